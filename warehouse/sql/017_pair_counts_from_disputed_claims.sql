-- 017 (issue 12): the pair counts of 016 at a third of the cost. 016 read
-- `contradiction_claims`, which joins every claim with its article before it
-- is known which questions are in dispute (two thirds of the time at one
-- million claims). Now, as `contradictions` does since 015: each side's key,
-- number and figures come from the claims alone (`contradiction_side_keys`),
-- and only the claims of questions with two sides or more are joined with
-- their articles. Same columns and rows as 016 (the tests compare them with
-- `contradiction_pairs` claim by claim).

DROP VIEW IF EXISTS contradiction_side_pairs;
DROP VIEW IF EXISTS contradiction_outlet_pairs;

-- One row per side of every question: its key, its number (as in
-- contradiction_claims), label and figures, computed from the claims alone.
CREATE VIEW contradiction_side_keys AS
WITH stats AS (
    SELECT 'price' AS question_id, 'price' AS question_type, NULL::VARCHAR AS subject, side_key,
           min(lo) AS low, max(hi) AS high, any_value(currency) AS currency,
           list_sort(list_distinct(list(moment) FILTER (WHERE moment IS NOT NULL))) AS moments,
           min(usd_lo) AS usd_low, max(usd_hi) AS usd_high, max(unit) AS unit, max(usd_unit) AS usd_unit,
           NULL::VARCHAR AS answer, count(*) AS n_claims, count(DISTINCT article_id) AS n_articles
    FROM contradiction_price_claims
    GROUP BY side_key
    UNION ALL
    SELECT 'opt_out:' || scope, 'opt_out', scope::VARCHAR, stance::VARCHAR,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, stance::VARCHAR,
           count(*), count(DISTINCT article_id)
    FROM claims
    WHERE type = 'opt_out'::claim_type AND scope <> 'unspecified'::scope
    GROUP BY scope, stance
    UNION ALL
    SELECT 'data_shared:' || data_type, 'data_shared', data_type::VARCHAR, CASE WHEN shared THEN 'shared' ELSE 'not_shared' END,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, CASE WHEN shared THEN 'shared' ELSE 'not_shared' END,
           count(*), count(DISTINCT article_id)
    FROM claims
    WHERE type = 'data_shared'::claim_type AND data_type <> 'other'::data_type
    GROUP BY data_type, shared
)
SELECT question_id, question_type, subject, side_key,
       row_number() OVER (PARTITION BY question_id ORDER BY
           usd_low, currency, CASE answer WHEN 'possible' THEN 0 WHEN 'shared' THEN 0 ELSE 1 END) AS side,
       CASE WHEN question_type = 'price' THEN
            CASE WHEN low = high THEN printf('%.0f %s', low, currency) ELSE printf('%.0f-%.0f %s', low, high, currency) END
            ELSE answer END AS label,
       low, high, currency, coalesce(moments, []::VARCHAR[]) AS moments, usd_low, usd_high, unit, usd_unit, answer,
       n_claims, n_articles
FROM stats;

-- The claims of questions with two sides or more, with their side, outlet and price shape.
CREATE VIEW contradiction_disputed_claims AS
WITH all_keys AS MATERIALIZED (
    SELECT * FROM contradiction_side_keys
),
keys AS MATERIALIZED (  -- questions with two sides or more (sides are numbered from 1)
    SELECT * FROM all_keys WHERE question_id IN (SELECT question_id FROM all_keys WHERE side = 2)
),
member_claims AS (
    SELECT 'price' AS question_id, side_key, claim_id, article_id, currency, moment, lo, hi, unit, usd_lo, usd_hi, usd_unit
    FROM contradiction_price_claims
    WHERE 'price' IN (SELECT question_id FROM keys)
    UNION ALL
    SELECT 'opt_out:' || scope, stance::VARCHAR, claim_id, article_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM claims
    WHERE type = 'opt_out'::claim_type AND scope <> 'unspecified'::scope
      AND 'opt_out:' || scope IN (SELECT question_id FROM keys)
    UNION ALL
    SELECT 'data_shared:' || data_type, CASE WHEN shared THEN 'shared' ELSE 'not_shared' END, claim_id, article_id,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM claims
    WHERE type = 'data_shared'::claim_type AND data_type <> 'other'::data_type
      AND 'data_shared:' || data_type IN (SELECT question_id FROM keys)
)
SELECT m.question_id, k.question_type, k.side, m.claim_id, m.article_id, a.outlet_id,
       coalesce(o.name, a.outlet, a.outlet_id) AS outlet,
       m.currency, m.moment, m.lo, m.hi, m.unit, m.usd_lo, m.usd_hi, m.usd_unit
FROM member_claims m
JOIN keys k USING (question_id, side_key)
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id;

CREATE VIEW contradiction_outlet_pairs AS
WITH members AS MATERIALIZED (
    SELECT * FROM contradiction_disputed_claims
),
-- claims per side, outlet and shape (a price's currency, moment, range and unit: all a pair's explanation reads)
shapes AS MATERIALIZED (
    SELECT question_id, any_value(question_type) AS question_type, side, outlet_id, currency, moment, lo, hi, unit,
           any_value(usd_lo) AS usd_lo, any_value(usd_hi) AS usd_hi, any_value(usd_unit) AS usd_unit, count(*) AS n_claims
    FROM members
    GROUP BY question_id, side, outlet_id, currency, moment, lo, hi, unit
),
-- pairs of claims inside one article (an article never contradicts itself): only articles on two sides
own AS (
    SELECT question_id, side, article_id, outlet_id, currency, moment, lo, hi, unit, count(*) AS n_claims
    FROM members
    WHERE (question_id, article_id) IN (
        SELECT question_id, article_id FROM members GROUP BY question_id, article_id HAVING count(DISTINCT side) > 1)
    GROUP BY question_id, side, article_id, outlet_id, currency, moment, lo, hi, unit
),
own_pairs AS (
    SELECT a.question_id, a.side AS side_a, b.side AS side_b, a.outlet_id,
           a.currency AS currency_a, a.moment AS moment_a, a.lo AS lo_a, a.hi AS hi_a, a.unit AS unit_a,
           b.currency AS currency_b, b.moment AS moment_b, b.lo AS lo_b, b.hi AS hi_b, b.unit AS unit_b,
           sum(a.n_claims * b.n_claims) AS n_pairs
    FROM own a JOIN own b ON a.question_id = b.question_id AND a.article_id = b.article_id AND a.side < b.side
    GROUP BY ALL
),
shape_pairs AS (
    SELECT a.question_id, a.side AS side_a, b.side AS side_b, a.outlet_id AS outlet_id_a, b.outlet_id AS outlet_id_b,
           a.n_claims * b.n_claims - coalesce(o.n_pairs, 0) AS n_pairs,
           CASE WHEN a.question_type = 'price' THEN
               price_explanation(a.currency, [a.moment], a.lo, a.hi, a.usd_lo, a.usd_hi, a.unit, a.usd_unit,
                                 b.currency, [b.moment], b.lo, b.hi, b.usd_lo, b.usd_hi, b.unit, b.usd_unit)
           END AS explanation
    FROM shapes a
    JOIN shapes b ON a.question_id = b.question_id AND a.side < b.side
    LEFT JOIN own_pairs o ON o.question_id = a.question_id AND o.side_a = a.side AND o.side_b = b.side
         AND o.outlet_id = a.outlet_id AND o.outlet_id = b.outlet_id
         AND o.currency_a IS NOT DISTINCT FROM a.currency AND o.moment_a IS NOT DISTINCT FROM a.moment
         AND o.lo_a IS NOT DISTINCT FROM a.lo AND o.hi_a IS NOT DISTINCT FROM a.hi AND o.unit_a IS NOT DISTINCT FROM a.unit
         AND o.currency_b IS NOT DISTINCT FROM b.currency AND o.moment_b IS NOT DISTINCT FROM b.moment
         AND o.lo_b IS NOT DISTINCT FROM b.lo AND o.hi_b IS NOT DISTINCT FROM b.hi AND o.unit_b IS NOT DISTINCT FROM b.unit
),
outlet_sides AS (
    SELECT question_id, side, outlet_id, any_value(outlet) AS outlet, count(*) AS n_claims,
           count(DISTINCT article_id) AS n_articles
    FROM members
    GROUP BY question_id, side, outlet_id
)
SELECT p.question_id, p.side_a, p.side_b, p.outlet_id_a, oa.outlet AS outlet_a, p.outlet_id_b, ob.outlet AS outlet_b,
       oa.n_claims AS n_claims_a, ob.n_claims AS n_claims_b, oa.n_articles AS n_articles_a, ob.n_articles AS n_articles_b,
       p.n_pairs::BIGINT AS n_pairs, p.n_open_pairs::BIGINT AS n_open_pairs, p.explanation
FROM (
    SELECT question_id, side_a, side_b, outlet_id_a, outlet_id_b, sum(n_pairs) AS n_pairs,
           coalesce(sum(n_pairs) FILTER (WHERE explanation IS NULL), 0) AS n_open_pairs,
           CASE WHEN bool_or(explanation IS NULL) THEN NULL
                WHEN bool_or(explanation = 'reference_date') THEN 'reference_date'
                WHEN bool_or(explanation = 'currency') THEN 'currency'
                ELSE 'rounding' END AS explanation
    FROM shape_pairs
    WHERE n_pairs > 0
    GROUP BY question_id, side_a, side_b, outlet_id_a, outlet_id_b
) p
JOIN outlet_sides oa ON oa.question_id = p.question_id AND oa.side = p.side_a AND oa.outlet_id = p.outlet_id_a
JOIN outlet_sides ob ON ob.question_id = p.question_id AND ob.side = p.side_b AND ob.outlet_id = p.outlet_id_b;

-- As 016: one row per pair of sides with claim pairs between them; the sides'
-- figures from contradiction_side_keys, their outlets from the disputed claims.
CREATE VIEW contradiction_side_pairs AS
WITH side_stats AS MATERIALIZED (
    SELECT k.*, o.n_outlets
    FROM contradiction_side_keys k
    JOIN (SELECT question_id, side, count(DISTINCT outlet_id) AS n_outlets
          FROM contradiction_disputed_claims GROUP BY question_id, side) o USING (question_id, side)
),
pair_counts AS (
    SELECT question_id, side_a, side_b, sum(n_pairs) AS n_pairs, sum(n_open_pairs) AS n_open_pairs
    FROM contradiction_outlet_pairs
    GROUP BY question_id, side_a, side_b
)
SELECT p.question_id, a.question_type, p.side_a, p.side_b, a.label AS label_a, b.label AS label_b,
       a.n_outlets AS n_outlets_a, b.n_outlets AS n_outlets_b, a.n_articles AS n_articles_a, b.n_articles AS n_articles_b,
       a.n_claims AS n_claims_a, b.n_claims AS n_claims_b, p.n_pairs::BIGINT AS n_pairs, p.n_open_pairs::BIGINT AS n_open_pairs,
       CASE WHEN a.question_type = 'price' THEN
           price_explanation(a.currency, a.moments, a.low, a.high, a.usd_low, a.usd_high, a.unit, a.usd_unit,
                             b.currency, b.moments, b.low, b.high, b.usd_low, b.usd_high, b.unit, b.usd_unit)
       END AS explanation
FROM pair_counts p
JOIN side_stats a ON a.question_id = p.question_id AND a.side = p.side_a
JOIN side_stats b ON b.question_id = p.question_id AND b.side = p.side_b;
