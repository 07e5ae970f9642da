-- 001: the three tables. Column names follow CONTRACT.md (Warehouse section);
-- claim offsets `start`/`end` are stored as start_char/end_char.

CREATE TABLE articles (
    article_id      VARCHAR PRIMARY KEY,   -- first 16 hex of sha256(canonical_url)
    url             VARCHAR NOT NULL,      -- as fetched, after redirects
    canonical_url   VARCHAR,
    outlet          VARCHAR,
    title           VARCHAR,
    authors         VARCHAR[],
    published       VARCHAR,               -- ISO date or datetime as staged
    published_date  DATE,                  -- date part of `published`, NULL when unparseable
    language        VARCHAR,
    text            VARCHAR,
    html_sha256     VARCHAR,
    fetched_at      TIMESTAMP,             -- UTC
    source          VARCHAR,               -- start URL that led to the article
    first_run_id    VARCHAR,               -- run that first loaded the article
    last_run_id     VARCHAR                -- run that last loaded it
);

CREATE TABLE claims (
    claim_id          VARCHAR PRIMARY KEY, -- first 16 hex of sha256(article_id|type|start|end|extractor_version)
    article_id        VARCHAR NOT NULL,
    type              VARCHAR NOT NULL,    -- price | data_shared | opt_out | acquisition_year
    value             DOUBLE,              -- price: whole currency units
    currency          VARCHAR,             -- price: USD | EUR | NULL
    qualifier         VARCHAR,             -- price: exact | approx | at_most | at_least
    data_type         VARCHAR,             -- data_shared
    shared            BOOLEAN,             -- data_shared
    stance            VARCHAR,             -- opt_out: possible | not_possible
    scope             VARCHAR,             -- opt_out: ads | friend_suggestions | phone_number | all_sharing | unspecified
    year              INTEGER,             -- acquisition_year
    text              VARCHAR NOT NULL,    -- exact span, == articles.text[start_char:end_char]
    start_char        INTEGER NOT NULL,
    end_char          INTEGER NOT NULL,
    sentence          VARCHAR,
    extractor_version VARCHAR,
    run_id            VARCHAR
);

CREATE INDEX claims_article_idx ON claims (article_id);

CREATE TABLE runs (
    run_id            VARCHAR PRIMARY KEY,
    started_at        TIMESTAMP,
    ended_at          TIMESTAMP,
    state             VARCHAR NOT NULL,    -- running | completed | failed
    sources           VARCHAR[],
    pages_seen        INTEGER,
    articles_crawled  INTEGER,
    claims_extracted  INTEGER,
    articles_loaded   INTEGER,
    claims_loaded     INTEGER,
    counts            JSON,                -- every count the run reported, including the ones above
    error             VARCHAR              -- one line, for failed runs
);
