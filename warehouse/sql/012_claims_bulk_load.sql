-- 012: claims without the primary key's index. DuckDB keeps a PRIMARY KEY as
-- an ART index that every insert and delete maintains row by row: it tripled
-- the time of a bulk load of a million claims (measured against the same
-- insert into the same table without it) and made replacing an article's
-- claims a slow delete. claim_id stays NOT NULL and unique: the loader checks
-- both in the load's transaction (warehouse/load.py, `check_claim_ids`), and
-- the loader is the only writer (warehouse/publish.py). Constraints on values
-- (ENUM types, CHECKs, NOT NULL) stay as they were.

CREATE TABLE claims_011 AS SELECT * FROM claims;
DROP TABLE claims;

CREATE TABLE claims (
    claim_id          VARCHAR NOT NULL,
    article_id        VARCHAR NOT NULL,
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

INSERT INTO claims SELECT * FROM claims_011;
DROP TABLE claims_011;
