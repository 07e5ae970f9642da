-- 008: no secondary indexes. DuckDB scans and hash-joins for everything the
-- warehouse asks (deleting an article's claims is a join on article_id), and
-- each ART index slowed a bulk load of a million claims by seconds. The
-- primary keys stay: they are constraints.
DROP INDEX IF EXISTS claims_article_idx;
DROP INDEX IF EXISTS articles_outlet_idx;
