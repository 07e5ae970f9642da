-- 016 (issue 12): the pairwise detail as a reader can take it at scale.
-- `contradiction_pairs` has one row per pair of claims on different sides
-- (billions of rows when one side holds 100,000 claims): kept as it was, for
-- the detail of one question or outlet, filtered and limited. Beside it, two
-- bounded views that count those same pairs:
--   contradiction_outlet_pairs  one row per pair of sides and pair of outlets
--                               (sides^2 x outlets^2 rows at most);
--   contradiction_side_pairs    one row per pair of sides (a handful per question).
-- Their counts are exactly those of `contradiction_pairs` (a pair of claims
-- from two different articles; tests/test_warehouse_contradiction_counts.py),
-- computed without listing a pair: claims are counted per side, outlet and
-- "shape" (currency, moment, range, stated unit: all a pair's explanation
-- depends on), the shapes are paired, and the pairs inside one article are
-- taken off.

CREATE VIEW contradiction_outlet_pairs AS
WITH all_members AS MATERIALIZED (
    SELECT question_id, question_type, side, article_id, outlet_id, outlet,
           currency, moment, lo, hi, unit, usd_lo, usd_hi, usd_unit
    FROM contradiction_claims
),
-- only questions with two sides or more have pairs (sides are numbered from 1)
members AS MATERIALIZED (
    SELECT * FROM all_members WHERE question_id IN (SELECT question_id FROM all_members WHERE side = 2)
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

-- One row per pair of sides with at least one pair of claims from different
-- articles: the sides' labels and support, the claim pairs between them, how
-- many of those nothing explains, and the explanation of the two sides as
-- `contradictions` judges them (a side's moments, ranges and units taken together).
CREATE VIEW contradiction_side_pairs AS
WITH side_stats AS MATERIALIZED (
    SELECT question_id, side, any_value(question_type) AS question_type,
           CASE WHEN any_value(question_type) = 'price' THEN
                    CASE WHEN min(lo) = max(hi) THEN printf('%.0f %s', min(lo), any_value(currency))
                         ELSE printf('%.0f-%.0f %s', min(lo), max(hi), any_value(currency)) END
                ELSE any_value(answer) END AS label,
           min(lo) AS low, max(hi) AS high, any_value(currency) AS currency,
           coalesce(list_sort(list_distinct(list(moment) FILTER (WHERE moment IS NOT NULL))), []::VARCHAR[]) AS moments,
           min(usd_lo) AS usd_low, max(usd_hi) AS usd_high, max(unit) AS unit, max(usd_unit) AS usd_unit,
           count(*) AS n_claims, count(DISTINCT article_id) AS n_articles, count(DISTINCT outlet_id) AS n_outlets
    FROM contradiction_claims
    GROUP BY question_id, side
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
