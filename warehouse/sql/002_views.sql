-- 002: views for reading: price claims with their article, price ranges, contradictions.

-- Price claims with the article they come from; value_bn for charts and reading.
CREATE VIEW price_claims AS
SELECT c.claim_id, c.article_id, a.outlet, a.url, a.title, a.published, a.published_date,
       c.value, c.value / 1e9 AS value_bn, c.currency, c.qualifier,
       c.text, c.sentence, c.start_char, c.end_char, c.extractor_version, c.run_id
FROM claims c
JOIN articles a ON a.article_id = c.article_id
WHERE c.type = 'price';

-- Each price claim as the range of values it allows, by qualifier:
--   exact    [v, v]            (v rounded to whole currency units, so float noise is not a disagreement)
--   approx   [0.90 v, 1.10 v]  ("rund", "etwa": within 10 %)
--   at_most  [0.85 v, v]       ("bis zu", "knapp", "fast": at most v, and not far below it)
--   at_least [v, 1.15 v]       ("mehr als", "über": at least v, and not far above it)
-- A missing or unknown qualifier counts as exact.
CREATE VIEW price_ranges AS
SELECT claim_id, article_id, outlet, currency, qualifier, v AS value,
       CASE qualifier WHEN 'approx' THEN v * 0.90 WHEN 'at_most' THEN v * 0.85 ELSE v END AS lo,
       CASE qualifier WHEN 'approx' THEN v * 1.10 WHEN 'at_least' THEN v * 1.15 ELSE v END AS hi
FROM (
    SELECT claim_id, article_id, outlet, currency, round(value) AS v,
           CASE WHEN qualifier IN ('approx', 'at_most', 'at_least') THEN qualifier ELSE 'exact' END AS qualifier
    FROM price_claims
    WHERE value IS NOT NULL
);

-- One row per disagreement between articles on the same question.
--
-- Claims are first grouped into "sides" by the answer they give (one distinct
-- value each), so five articles saying 19 bn against two saying 20 bn is ONE
-- row, listing every outlet, article and claim on each side. Two sides form a
-- row only when at least one claim on side a and one on side b come from
-- different articles (an article never contradicts only itself).
--
--   price:  sides = (currency, qualifier, value). Compared only within the same
--           stated currency (USD with USD, EUR with EUR; a EUR conversion never
--           contradicts a USD figure, a claim without currency is not compared).
--           A contradiction is two ranges (see price_ranges) that do not overlap,
--           i.e. both cannot be true. 19 bn exact vs 20 bn exact: a row;
--           19 bn exact vs "fast 20 bn" (at_most, [17, 20]): no row.
--   opt_out: sides = (stance, scope). Side a says possible, side b not_possible.
--           They contradict on the same scope, or when side a's scope is
--           all_sharing (opting out of everything implies opting out of any
--           part) or unspecified, or when side b's scope is unspecified.
--           "possible for ads" vs "not possible for all sharing" is NOT a row:
--           both can be true (2016: ads use could be refused, the sharing itself not).
--   data_shared:<data_type>: same data_type, side a shared = true, side b false.
CREATE VIEW contradictions AS
WITH facts AS (
    SELECT c.claim_id, c.article_id, coalesce(a.outlet, '?') AS outlet, c.type,
           c.data_type, c.shared, c.stance, coalesce(c.scope, 'unspecified') AS scope
    FROM claims c
    JOIN articles a ON a.article_id = c.article_id
),
price_sides AS (
    SELECT r.currency, r.qualifier, r.value, min(r.lo) AS lo, max(r.hi) AS hi,
           list(DISTINCT coalesce(r.outlet, '?') ORDER BY coalesce(r.outlet, '?')) AS outlets,
           list(DISTINCT r.article_id ORDER BY r.article_id) AS articles,
           list(r.claim_id ORDER BY r.claim_id) AS claims
    FROM price_ranges r
    WHERE r.currency IS NOT NULL
    GROUP BY r.currency, r.qualifier, r.value
),
opt_sides AS (
    SELECT stance, scope,
           list(DISTINCT outlet ORDER BY outlet) AS outlets,
           list(DISTINCT article_id ORDER BY article_id) AS articles,
           list(claim_id ORDER BY claim_id) AS claims
    FROM facts
    WHERE type = 'opt_out' AND stance IN ('possible', 'not_possible')
    GROUP BY stance, scope
),
shared_sides AS (
    SELECT data_type, shared,
           list(DISTINCT outlet ORDER BY outlet) AS outlets,
           list(DISTINCT article_id ORDER BY article_id) AS articles,
           list(claim_id ORDER BY claim_id) AS claims
    FROM facts
    WHERE type = 'data_shared' AND data_type IS NOT NULL AND shared IS NOT NULL
    GROUP BY data_type, shared
)
SELECT 'price' AS question,
       printf('%s bn %s (%s)', printf('%g', a.value / 1e9), a.currency, a.qualifier) AS value_a,
       printf('%s bn %s (%s)', printf('%g', b.value / 1e9), b.currency, b.qualifier) AS value_b,
       a.outlets AS outlets_a, b.outlets AS outlets_b,
       a.articles AS articles_a, b.articles AS articles_b,
       a.claims AS claims_a, b.claims AS claims_b,
       a.value AS price_a, b.value AS price_b, a.currency AS currency
FROM price_sides a
JOIN price_sides b
  ON a.currency = b.currency AND a.value < b.value AND (a.hi < b.lo OR b.hi < a.lo)
WHERE NOT (len(a.articles) = 1 AND a.articles = b.articles)
UNION ALL
SELECT 'opt_out', printf('possible (%s)', a.scope), printf('not_possible (%s)', b.scope),
       a.outlets, b.outlets, a.articles, b.articles, a.claims, b.claims,
       NULL::DOUBLE, NULL::DOUBLE, NULL::VARCHAR
FROM opt_sides a
JOIN opt_sides b
  ON a.stance = 'possible' AND b.stance = 'not_possible'
 AND (a.scope = b.scope OR a.scope IN ('all_sharing', 'unspecified') OR b.scope = 'unspecified')
WHERE NOT (len(a.articles) = 1 AND a.articles = b.articles)
UNION ALL
SELECT 'data_shared:' || a.data_type, 'shared', 'not shared',
       a.outlets, b.outlets, a.articles, b.articles, a.claims, b.claims,
       NULL::DOUBLE, NULL::DOUBLE, NULL::VARCHAR
FROM shared_sides a
JOIN shared_sides b
  ON a.data_type = b.data_type AND a.shared AND NOT b.shared
WHERE NOT (len(a.articles) = 1 AND a.articles = b.articles);
