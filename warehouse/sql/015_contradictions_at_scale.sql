-- 015 (issue 12): `contradictions` fast at scale, same result. At 233,000
-- articles / 1,000,000 claims 006's view took 2.3-3.2 s on two cores (target:
-- under 1 s). It built every side's article, outlet and claim lists, one
-- join of every claim with its article, before it knew which questions are
-- in dispute. Now:
--   1. each side's figures (range, currency, moments, first and last article)
--      come from the claims table alone, grouped by their ENUM columns;
--   2. the disputed questions and their explanation follow from those few rows;
--   3. only the claims of disputed questions are joined with their articles
--      and listed.
-- A claim always has its article (the loader refuses any other), so step 1
-- needs no join. The side rules below (which claims take a side, what the
-- side keys are) are those of `contradiction_claims`; tests/test_warehouse_contradictions_equal.py
-- checks that `contradictions` equals what `contradiction_sides` computes
-- from scratch. (014 is the crawl engineer's, if needed.)

DROP VIEW IF EXISTS open_contradictions;
DROP VIEW IF EXISTS contradictions;

-- Every price claim that takes a side (value and currency stated), with the
-- range it allows, that range in US dollars at the rate of its moment, and
-- its side key: the claims of one currency whose ranges overlap, merged
-- (gaps and islands over the distinct ranges, a handful, not over every claim).
CREATE VIEW contradiction_price_claims AS
WITH rates AS (
    SELECT m.moment::VARCHAR AS moment, cur, CASE WHEN cur = 'EUR' THEN rr.usd_per_eur ELSE 1.0 END AS rate
    FROM deal_moments m
    JOIN reference_rates rr ON rr.rate_date = m.reference_date
    CROSS JOIN (SELECT unnest(['USD', 'EUR']) AS cur)
),
prices AS (
    SELECT p.*, stated_unit(p.value) AS unit, p.lo * r.rate AS usd_lo, p.hi * r.rate AS usd_hi,
           stated_unit(p.value) * r.rate AS usd_unit
    FROM (
        SELECT claim_id, article_id, currency::VARCHAR AS currency, moment::VARCHAR AS moment, round(value) AS value,
               CASE qualifier WHEN 'approx' THEN round(value) * 0.90 WHEN 'at_most' THEN round(value) * 0.85
                    ELSE round(value) END AS lo,
               CASE qualifier WHEN 'approx' THEN round(value) * 1.10 WHEN 'at_least' THEN round(value) * 1.15
                    ELSE round(value) END AS hi
        FROM claims
        WHERE type = 'price'::claim_type AND value IS NOT NULL AND currency IS NOT NULL
    ) p
    LEFT JOIN rates r ON r.moment = p.moment AND r.cur = p.currency
),
price_islands AS (
    SELECT currency, lo, hi,
           sum(CASE WHEN lo > prev_hi THEN 1 ELSE 0 END) OVER (PARTITION BY currency ORDER BY lo, hi) AS island
    FROM (
        SELECT currency, lo, hi, max(hi) OVER (PARTITION BY currency ORDER BY lo, hi
                                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_hi
        FROM (SELECT DISTINCT currency, lo, hi FROM prices)
    )
)
SELECT currency || ':' || island AS side_key, claim_id, article_id, currency, moment, value, lo, hi, unit,
       usd_lo, usd_hi, usd_unit
FROM prices JOIN price_islands USING (currency, lo, hi);

-- As 006, with the price sides taken from contradiction_price_claims (one definition of the islands).
CREATE OR REPLACE VIEW contradiction_claims AS
WITH facts AS MATERIALIZED (
    SELECT 'price' AS question_id, 'price' AS question_type, NULL::VARCHAR AS subject, p.side_key,
           p.claim_id, p.article_id, a.outlet_id, coalesce(o.name, a.outlet, a.outlet_id) AS outlet,
           p.currency, p.moment, p.value, p.lo, p.hi, p.unit, p.usd_lo, p.usd_hi, p.usd_unit, NULL::VARCHAR AS answer
    FROM contradiction_price_claims p
    JOIN articles a ON a.article_id = p.article_id
    LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
    UNION ALL
    SELECT 'opt_out:' || c.scope, 'opt_out', c.scope::VARCHAR, c.stance::VARCHAR,
           c.claim_id, c.article_id, a.outlet_id, coalesce(o.name, a.outlet, a.outlet_id),
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, c.stance::VARCHAR
    FROM claims c JOIN articles a ON a.article_id = c.article_id LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
    WHERE c.type = 'opt_out' AND c.scope <> 'unspecified'
    UNION ALL
    SELECT 'data_shared:' || c.data_type, 'data_shared', c.data_type::VARCHAR,
           CASE WHEN c.shared THEN 'shared' ELSE 'not_shared' END,
           c.claim_id, c.article_id, a.outlet_id, coalesce(o.name, a.outlet, a.outlet_id),
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, CASE WHEN c.shared THEN 'shared' ELSE 'not_shared' END
    FROM claims c JOIN articles a ON a.article_id = c.article_id LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
    WHERE c.type = 'data_shared' AND c.data_type <> 'other'
),
side_order AS (
    SELECT question_id, side_key,
           row_number() OVER (PARTITION BY question_id ORDER BY
               min(usd_lo), min(currency),
               CASE min(answer) WHEN 'possible' THEN 0 WHEN 'shared' THEN 0 ELSE 1 END) AS side
    FROM facts
    GROUP BY question_id, side_key
)
SELECT f.*, s.side
FROM facts f JOIN side_order s USING (question_id, side_key);

-- One row per question in dispute: its sides, the consensus, the explanation
-- (contract and rules as in 005/006: two sides are compared only when they are
-- not one and the same single article; NULL when any compared pair is
-- unexplained, else the strongest: reference_date, currency, rounding).
CREATE VIEW contradictions AS
WITH price_facts AS MATERIALIZED (
    SELECT * FROM contradiction_price_claims
),
side_stats AS MATERIALIZED (
    SELECT 'price' AS question_id, 'price' AS question_type, NULL::VARCHAR AS subject, side_key,
           min(lo) AS low, max(hi) AS high, any_value(currency) AS currency,
           min(usd_lo) AS usd_low, max(usd_hi) AS usd_high, max(unit) AS unit, max(usd_unit) AS usd_unit,
           min(article_id) AS first_article, max(article_id) AS last_article, NULL::VARCHAR AS answer
    FROM price_facts
    GROUP BY side_key
    UNION ALL
    SELECT 'opt_out:' || scope, 'opt_out', scope::VARCHAR, stance::VARCHAR,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, min(article_id), max(article_id), stance::VARCHAR
    FROM claims
    WHERE type = 'opt_out'::claim_type AND scope <> 'unspecified'::scope
    GROUP BY scope, stance
    UNION ALL
    SELECT 'data_shared:' || data_type, 'data_shared', data_type::VARCHAR, CASE WHEN shared THEN 'shared' ELSE 'not_shared' END,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, min(article_id), max(article_id),
           CASE WHEN shared THEN 'shared' ELSE 'not_shared' END
    FROM claims
    WHERE type = 'data_shared'::claim_type AND data_type <> 'other'::data_type
    GROUP BY data_type, shared
),
side_moments AS (
    SELECT side_key, list(moment ORDER BY moment) AS moments
    FROM (SELECT DISTINCT side_key, moment FROM price_facts WHERE moment IS NOT NULL)
    GROUP BY side_key
),
sides AS MATERIALIZED (
    SELECT s.*, CASE WHEN s.question_type = 'price' THEN coalesce(m.moments, []::VARCHAR[]) ELSE []::VARCHAR[] END AS moments,
           row_number() OVER (PARTITION BY s.question_id ORDER BY
               s.usd_low, s.currency, CASE s.answer WHEN 'possible' THEN 0 WHEN 'shared' THEN 0 ELSE 1 END) AS side,
           CASE WHEN s.question_type = 'price' THEN
                CASE WHEN s.low = s.high THEN printf('%.0f %s', s.low, s.currency)
                     ELSE printf('%.0f-%.0f %s', s.low, s.high, s.currency) END
                ELSE s.answer END AS label
    FROM side_stats s LEFT JOIN side_moments m ON s.question_type = 'price' AND m.side_key = s.side_key
),
disputed AS MATERIALIZED (
    SELECT a.question_id,
           CASE WHEN bool_or(explanation IS NULL) THEN NULL
                WHEN bool_or(explanation = 'reference_date') THEN 'reference_date'
                WHEN bool_or(explanation = 'currency') THEN 'currency'
                ELSE 'rounding' END AS explanation
    FROM (
        SELECT a.question_id,
               CASE WHEN a.question_type = 'price' THEN
                   price_explanation(a.currency, a.moments, a.low, a.high, a.usd_low, a.usd_high, a.unit, a.usd_unit,
                                     b.currency, b.moments, b.low, b.high, b.usd_low, b.usd_high, b.unit, b.usd_unit)
               END AS explanation
        FROM sides a
        JOIN sides b ON a.question_id = b.question_id AND a.side < b.side
        WHERE NOT (a.first_article = a.last_article AND b.first_article = b.last_article
                   AND a.first_article = b.first_article)
    ) a
    GROUP BY a.question_id
),
member_claims AS (
    SELECT 'price' AS question_id, side_key, claim_id, article_id
    FROM price_facts
    WHERE 'price' IN (SELECT question_id FROM disputed)
    UNION ALL
    SELECT 'opt_out:' || scope, stance::VARCHAR, claim_id, article_id
    FROM claims
    WHERE type = 'opt_out'::claim_type AND scope <> 'unspecified'::scope
      AND 'opt_out:' || scope IN (SELECT question_id FROM disputed)
    UNION ALL
    SELECT 'data_shared:' || data_type, CASE WHEN shared THEN 'shared' ELSE 'not_shared' END, claim_id, article_id
    FROM claims
    WHERE type = 'data_shared'::claim_type AND data_type <> 'other'::data_type
      AND 'data_shared:' || data_type IN (SELECT question_id FROM disputed)
),
members AS MATERIALIZED (
    SELECT m.question_id, s.side, m.article_id, m.claim_id
    FROM member_claims m
    JOIN sides s USING (question_id, side_key)
),
side_articles AS MATERIALIZED (
    SELECT m.question_id, m.side, m.article_id, a.outlet_id, coalesce(o.name, a.outlet, a.outlet_id) AS outlet
    FROM (SELECT DISTINCT question_id, side, article_id FROM members) m
    JOIN articles a ON a.article_id = m.article_id
    LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
),
side_lists AS (
    SELECT question_id, side, list(article_id ORDER BY article_id) AS article_ids
    FROM side_articles
    GROUP BY question_id, side
),
side_outlets AS (
    SELECT question_id, side, list(outlet_id ORDER BY outlet_id) AS outlet_ids, list(outlet ORDER BY outlet) AS outlets
    FROM (SELECT DISTINCT question_id, side, outlet_id, outlet FROM side_articles)
    GROUP BY question_id, side
),
side_claims AS (
    SELECT question_id, side, list(claim_id ORDER BY claim_id) AS claim_ids
    FROM members
    GROUP BY question_id, side
),
question_support AS (
    SELECT question_id, count(DISTINCT outlet_id) AS n_outlets, count(DISTINCT article_id) AS n_articles
    FROM side_articles
    GROUP BY question_id
),
full_sides AS (
    SELECT s.question_id, s.question_type, s.subject, s.side, s.label, s.low, s.high, s.currency, s.moments,
           len(o.outlet_ids) AS n_outlets, len(l.article_ids) AS n_articles,
           o.outlet_ids, o.outlets, l.article_ids, c.claim_ids
    FROM sides s
    JOIN side_lists l USING (question_id, side)
    JOIN side_outlets o USING (question_id, side)
    JOIN side_claims c USING (question_id, side)
),
questions AS (
    SELECT question_id, any_value(question_type) AS question_type, any_value(subject) AS subject,
           count(*) AS n_sides,
           list({'side': side, 'label': label, 'low': low, 'high': high, 'currency': currency,
                 'moments': moments, 'n_outlets': n_outlets, 'n_articles': n_articles,
                 'outlet_ids': outlet_ids, 'outlets': outlets, 'article_ids': article_ids,
                 'claim_ids': claim_ids} ORDER BY side) AS sides,
           first(label ORDER BY n_outlets DESC, n_articles DESC, side) AS consensus,
           max(n_outlets) AS consensus_outlets
    FROM full_sides
    GROUP BY question_id
)
SELECT q.question_id, q.question_type, q.subject, q.n_sides, q.sides, q.consensus, q.consensus_outlets,
       d.explanation, qs.n_outlets, qs.n_articles
FROM questions q
JOIN disputed d USING (question_id)
JOIN question_support qs USING (question_id);

CREATE VIEW open_contradictions AS
SELECT * FROM contradictions WHERE explanation IS NULL;
