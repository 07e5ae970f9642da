-- 018 (issue 10): article texts stored with ZSTD instead of DuckDB's default choice for
-- strings (dictionary + FSST). Every load copies the whole warehouse file before writing
-- (warehouse/publish.py) and the texts are most of it: at 215,877 articles they took 1,371
-- of the file's 1,676 blocks. ZSTD keeps German prose in about a quarter of FSST's room
-- (951 distinct bench texts: 2 blocks against 7), is cheaper to write (the same 215,877
-- texts: 2.9 against 14.2 CPU s) and as cheap to read (0.48 against 0.51 CPU s for a scan).
-- The column's compression is part of the table's definition (`USING COMPRESSION`), so the
-- table is made anew, as in 003 and 012; columns, order, types and keys are unchanged.

CREATE TABLE articles_017 AS SELECT * FROM articles;
DROP TABLE articles;

CREATE TABLE articles (
    article_id      VARCHAR PRIMARY KEY,
    url             VARCHAR NOT NULL,
    canonical_url   VARCHAR,
    outlet_id       VARCHAR NOT NULL,      -- refers to outlets (kept by the loader)
    outlet          VARCHAR,
    title           VARCHAR,
    authors         VARCHAR[],
    published       VARCHAR,
    published_date  DATE,
    language        VARCHAR,
    text            VARCHAR USING COMPRESSION zstd,
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
    last_run_id     VARCHAR,
    minhash         UINTEGER[]
);

INSERT INTO articles SELECT * FROM articles_017;
DROP TABLE articles_017;
