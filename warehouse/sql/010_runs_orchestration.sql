-- 010 (issue 9): what orchestration needs to know about a run, and which
-- article texts were extracted with which extractor version.

ALTER TABLE runs ADD COLUMN command VARCHAR;      -- run | crawl | parse | extract | load | report
ALTER TABLE runs ADD COLUMN flow_run_id VARCHAR;  -- Prefect flow run id (runs of the flow only)
ALTER TABLE runs ADD COLUMN stage VARCHAR;        -- last completed stage
ALTER TABLE runs ADD COLUMN failures JSON;        -- [{stage, item, error}] of a partial or failed run
ALTER TABLE runs ADD COLUMN host VARCHAR;         -- host and process that run it, so that a
ALTER TABLE runs ADD COLUMN pid INTEGER;          -- row left 'running' by a killed process
ALTER TABLE runs ADD COLUMN pid_started DOUBLE;   -- can be told from a live one (pid reuse)
ALTER TABLE runs ADD COLUMN attempts INTEGER;     -- 1, plus one per resume

-- An article whose exact text was extracted by this extractor version is not extracted again.
CREATE TABLE extractions (
    article_id        VARCHAR PRIMARY KEY,
    text_sha256       VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    run_id            VARCHAR,
    extracted_at      TIMESTAMP
);
