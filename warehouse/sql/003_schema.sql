-- 003: one schema. Closed vocabularies become ENUM types generated from
-- models/schema.py ({{vocab:...}} is filled in by warehouse/claim_schema.py),
-- each claim type's fields are CHECKed, outlets get a table of their own and
-- articles and claims are rebuilt with NOT NULL constraints.
-- No FOREIGN KEY on claims.article_id or articles.outlet_id: DuckDB refuses to
-- update a referenced row whose children were deleted in the same transaction
-- (its documented foreign-key limitation), and loads upsert both parents. The
-- loader keeps them instead (every claim's article and every article's outlet
-- exists), and tests/test_warehouse_schema.py checks it after loads.
-- Old rows that would break a constraint are set aside in claims_rejected,
-- never silently dropped.

DROP VIEW IF EXISTS contradictions;
DROP VIEW IF EXISTS price_ranges;
DROP VIEW IF EXISTS price_claims;
DROP INDEX IF EXISTS claims_article_idx;

CREATE TYPE claim_type AS ENUM {{vocab:claim_type}};
CREATE TYPE currency AS ENUM {{vocab:currency}};
CREATE TYPE qualifier AS ENUM {{vocab:qualifier}};
CREATE TYPE moment AS ENUM {{vocab:moment}};
CREATE TYPE data_type AS ENUM {{vocab:data_type}};
CREATE TYPE stance AS ENUM {{vocab:stance}};
CREATE TYPE scope AS ENUM {{vocab:scope}};

CREATE TABLE outlets (
    outlet_id VARCHAR PRIMARY KEY,
    name      VARCHAR NOT NULL,
    hosts     VARCHAR[] NOT NULL,
    country   VARCHAR CHECK (country IN ('DE', 'AT', 'CH')),
    kind      VARCHAR,
    aliases   VARCHAR[] NOT NULL DEFAULT []
);

-- Copies instead of ALTER TABLE ... RENAME: DuckDB 2.0 fails to bind a table
-- renamed earlier in the same transaction once the file was reopened.
CREATE TEMP TABLE articles_002 AS SELECT * FROM articles;
CREATE TEMP TABLE claims_002 AS SELECT * FROM claims;
DROP TABLE claims;
DROP TABLE articles;

-- Old articles carry only a free-text outlet: their outlet is their bare host,
-- named by the spelling most of its articles use, until outlet records arrive.
INSERT INTO outlets (outlet_id, name, hosts, kind)
SELECT host, coalesce(mode(outlet), host), [host], 'unlisted'
FROM (
    SELECT lower(regexp_extract(url, '^[A-Za-z][A-Za-z0-9+.-]*://(?:www\.)?([^/:?#]+)', 1)) AS host, outlet
    FROM articles_002
)
GROUP BY host;

CREATE TABLE articles (
    article_id      VARCHAR PRIMARY KEY,
    url             VARCHAR NOT NULL,
    canonical_url   VARCHAR,
    outlet_id       VARCHAR NOT NULL,      -- refers to outlets (kept by the loader, see below)
    outlet          VARCHAR,
    title           VARCHAR,
    authors         VARCHAR[],
    published       VARCHAR,
    published_date  DATE,
    language        VARCHAR,
    text            VARCHAR,
    html_sha256     VARCHAR,
    fetched_at      TIMESTAMP,
    source          VARCHAR,
    found_via       VARCHAR,
    capture_url     VARCHAR,
    capture_time    TIMESTAMP,
    content_sha256  VARCHAR,
    related         VARCHAR[],
    lastmod         VARCHAR,
    first_run_id    VARCHAR,
    last_run_id     VARCHAR
);

INSERT INTO articles (article_id, url, canonical_url, outlet_id, outlet, title, authors, published,
                      published_date, language, text, html_sha256, fetched_at, source, first_run_id, last_run_id)
SELECT article_id, url, canonical_url,
       lower(regexp_extract(url, '^[A-Za-z][A-Za-z0-9+.-]*://(?:www\.)?([^/:?#]+)', 1)),
       outlet, title, authors, published, published_date, language, text, html_sha256, fetched_at,
       source, first_run_id, last_run_id
FROM articles_002;

CREATE TABLE claims (
    claim_id          VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,    -- refers to articles (kept by the loader, see below)
    type              claim_type NOT NULL,
    value             DOUBLE CHECK (value > 0),
    currency          currency,
    qualifier         qualifier,
    moment            moment,
    data_type         data_type,
    shared            BOOLEAN,
    stance            stance,
    scope             scope,
    year              INTEGER,
    text              VARCHAR NOT NULL,
    start_char        INTEGER NOT NULL CHECK (start_char >= 0),
    end_char          INTEGER NOT NULL,
    sentence          VARCHAR,
    extractor_version VARCHAR,
    run_id            VARCHAR,
    CHECK (end_char >= start_char),
    {{claim_checks}}
);

-- Old claims: a price without qualifier was read as exact and one without moment is unspecified.
CREATE TEMP TABLE claims_cast AS
SELECT o.claim_id, o.article_id,
       TRY_CAST(o.type AS claim_type) AS type, o.value,
       TRY_CAST(o.currency AS currency) AS currency,
       TRY_CAST(CASE WHEN o.type = 'price' THEN coalesce(o.qualifier, 'exact') ELSE o.qualifier END AS qualifier) AS qualifier,
       TRY_CAST(CASE WHEN o.type = 'price' THEN 'unspecified' END AS moment) AS moment,
       TRY_CAST(o.data_type AS data_type) AS data_type, o.shared,
       TRY_CAST(o.stance AS stance) AS stance, TRY_CAST(o.scope AS scope) AS scope, o.year,
       o.text, o.start_char, o.end_char, o.sentence, o.extractor_version, o.run_id,
       (o.type IS NOT NULL AND TRY_CAST(o.type AS claim_type) IS NOT NULL)
       AND (o.currency IS NULL OR TRY_CAST(o.currency AS currency) IS NOT NULL)
       AND (o.qualifier IS NULL OR TRY_CAST(o.qualifier AS qualifier) IS NOT NULL)
       AND (o.data_type IS NULL OR TRY_CAST(o.data_type AS data_type) IS NOT NULL)
       AND (o.stance IS NULL OR TRY_CAST(o.stance AS stance) IS NOT NULL)
       AND (o.scope IS NULL OR TRY_CAST(o.scope AS scope) IS NOT NULL)
       AND (o.value IS NULL OR o.value > 0)
       AND o.start_char >= 0 AND o.end_char >= o.start_char
       AND EXISTS (SELECT 1 FROM articles a WHERE a.article_id = o.article_id) AS castable
FROM claims_002 o;

CREATE TABLE claims_rejected AS
SELECT o.*, '003' AS rejected_by
FROM claims_002 o
WHERE o.claim_id IN (SELECT claim_id FROM claims_cast WHERE NOT (castable AND {{claim_fields_ok}}));

INSERT INTO claims
SELECT claim_id, article_id, type, value, currency, qualifier, moment, data_type, shared, stance, scope,
       year, text, start_char, end_char, sentence, extractor_version, run_id
FROM claims_cast
WHERE claim_id NOT IN (SELECT claim_id FROM claims_rejected);

DROP TABLE claims_cast;
DROP TABLE claims_002;
DROP TABLE articles_002;

CREATE INDEX claims_article_idx ON claims (article_id);
CREATE INDEX articles_outlet_idx ON articles (outlet_id);
