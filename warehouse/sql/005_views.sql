-- 005: reading views. Every view names outlets by outlets.outlet_id and shows
-- the canonical outlets.name; contradictions are one row per question in
-- dispute (contract in docs/stages.md, "Contradiction views").

-- The precision a figure is stated with, in whole currency units: the named
-- unit (thousand, million, billion) or the decimal of it the figure uses.
-- 19 bn -> 1 bn, 21.8 bn -> 0.1 bn, 20 bn -> 1 bn (never 10 bn: "20 Milliarden"
-- is a count of billions), 1.35 bn -> 0.01 bn.
CREATE MACRO named_unit(v) AS pow(10, 3 * floor(log10(greatest(round(v), 1)) / 3));
CREATE MACRO stated_unit(v) AS
    CASE WHEN round(v) % named_unit(v) = 0 THEN named_unit(v)
         WHEN round(v) % (named_unit(v) / 10) = 0 THEN named_unit(v) / 10
         WHEN round(v) % (named_unit(v) / 100) = 0 THEN named_unit(v) / 100
         ELSE greatest(named_unit(v) / 1000, 1) END;

-- The gap between two ranges (0 when they overlap).
CREATE MACRO range_gap(lo_a, hi_a, lo_b, hi_b) AS greatest(lo_b - hi_a, lo_a - hi_b, 0);

-- Why two price sides (or two price claims) can both be true, or NULL:
--   reference_date  every figure on both sides names its moment (announced,
--                   closing) and the two sides name different moments;
--   currency        a euro and a dollar side agree at the reference rate of their
--                   moment, within half the euro figure's stated unit plus 1 %
--                   (a newsroom's rate of a neighbouring day);
--   rounding        same currency, and the ranges are within half the coarser
--                   stated unit of each other (21.8 bn vs 22 bn; not 19 vs 20).
CREATE MACRO price_explanation(cur_a, moments_a, lo_a, hi_a, ulo_a, uhi_a, unit_a, uunit_a,
                               cur_b, moments_b, lo_b, hi_b, ulo_b, uhi_b, unit_b, uunit_b) AS
    CASE
        WHEN NOT list_contains(moments_a, 'unspecified') AND NOT list_contains(moments_b, 'unspecified')
             AND len(list_intersect(moments_a, moments_b)) = 0 THEN 'reference_date'
        WHEN cur_a <> cur_b
             AND range_gap(ulo_a, uhi_a, ulo_b, uhi_b)
                 <= (CASE WHEN cur_a = 'EUR' THEN uunit_a ELSE uunit_b END) / 2
                    + 0.01 * greatest(uhi_a, uhi_b) THEN 'currency'
        WHEN cur_a = cur_b AND range_gap(lo_a, hi_a, lo_b, hi_b) <= greatest(unit_a, unit_b) / 2 THEN 'rounding'
    END;

CREATE VIEW price_claims AS
SELECT c.claim_id, c.article_id, a.outlet_id, coalesce(o.name, a.outlet, a.outlet_id) AS outlet,
       a.url, a.title, a.published, a.published_date,
       c.value, c.value / 1e9 AS value_bn, c.currency, c.qualifier, c.moment,
       c.text, c.sentence, c.start_char, c.end_char, c.extractor_version, c.run_id
FROM claims c
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
WHERE c.type = 'price';

-- Each price claim as the range of values it allows, by qualifier:
--   exact    [v, v]            (v rounded to whole currency units)
--   approx   [0.90 v, 1.10 v]  ("rund", "etwa": within 10 %)
--   at_most  [0.85 v, v]       ("bis zu", "knapp", "fast": at most v, and not far below it)
--   at_least [v, 1.15 v]       ("mehr als", "über": at least v, and not far above it)
-- and the same range in US dollars at the reference rate of the claim's moment.
CREATE VIEW price_ranges AS
SELECT p.claim_id, p.article_id, p.outlet_id, p.outlet, p.currency, p.qualifier, p.moment, p.value,
       p.lo, p.hi, stated_unit(p.value) AS unit,
       p.lo * r.rate AS usd_lo, p.hi * r.rate AS usd_hi, stated_unit(p.value) * r.rate AS usd_unit
FROM (
    SELECT claim_id, article_id, outlet_id, outlet, currency, qualifier, moment, round(value) AS value,
           CASE qualifier WHEN 'approx' THEN round(value) * 0.90 WHEN 'at_most' THEN round(value) * 0.85
                ELSE round(value) END AS lo,
           CASE qualifier WHEN 'approx' THEN round(value) * 1.10 WHEN 'at_least' THEN round(value) * 1.15
                ELSE round(value) END AS hi
    FROM price_claims
    WHERE value IS NOT NULL
) p
LEFT JOIN (
    SELECT m.moment, CASE WHEN cur = 'EUR' THEN rr.usd_per_eur ELSE 1.0 END AS rate, cur
    FROM deal_moments m
    JOIN reference_rates rr ON rr.rate_date = m.reference_date
    CROSS JOIN (SELECT unnest(['USD', 'EUR']) AS cur)
) r ON r.moment = p.moment AND r.cur = p.currency::VARCHAR;

-- Every claim that takes a side on a question, with the side it belongs to.
-- Vague claims take no side: a price without currency, an opt-out of
-- unspecified scope, a data type `other`. Price sides are the claims of one
-- currency whose ranges overlap, merged (gaps and islands over the ranges).
CREATE VIEW contradiction_claims AS
WITH price_islands AS (
    SELECT *, sum(CASE WHEN lo > prev_hi THEN 1 ELSE 0 END)
                  OVER (PARTITION BY currency ORDER BY lo, hi, claim_id) AS island
    FROM (
        SELECT *, max(hi) OVER (PARTITION BY currency ORDER BY lo, hi, claim_id
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_hi
        FROM price_ranges
        WHERE currency IS NOT NULL
    )
),
facts AS MATERIALIZED (
    SELECT 'price' AS question_id, 'price' AS question_type, NULL::VARCHAR AS subject,
           currency::VARCHAR || ':' || island AS side_key,
           claim_id, article_id, outlet_id, outlet, currency::VARCHAR AS currency, moment::VARCHAR AS moment,
           value, lo, hi, unit, usd_lo, usd_hi, usd_unit, NULL::VARCHAR AS answer
    FROM price_islands
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

-- One row per side of a question.
CREATE VIEW contradiction_sides AS
SELECT question_id, any_value(question_type) AS question_type, any_value(subject) AS subject, side,
       CASE WHEN any_value(question_type) = 'price' THEN
                CASE WHEN min(lo) = max(hi) THEN printf('%.0f %s', min(lo), any_value(currency))
                     ELSE printf('%.0f-%.0f %s', min(lo), max(hi), any_value(currency)) END
            ELSE any_value(answer) END AS label,
       min(lo) AS low, max(hi) AS high, any_value(currency) AS currency,
       list(DISTINCT moment ORDER BY moment) FILTER (WHERE moment IS NOT NULL) AS moments,
       count(DISTINCT outlet_id) AS n_outlets, count(DISTINCT article_id) AS n_articles,
       list(DISTINCT outlet_id ORDER BY outlet_id) AS outlet_ids,
       list(DISTINCT outlet ORDER BY outlet) AS outlets,
       list(DISTINCT article_id ORDER BY article_id) AS article_ids,
       list(claim_id ORDER BY claim_id) AS claim_ids,
       min(usd_lo) AS usd_low, max(usd_hi) AS usd_high, max(unit) AS unit, max(usd_unit) AS usd_unit
FROM contradiction_claims
GROUP BY question_id, side;

-- One row per question in dispute: its sides, the consensus, the explanation.
-- Two sides are compared only when they come from different articles (an
-- article never contradicts only itself); a question is in dispute when two
-- of its sides are. Its explanation is NULL when any compared pair of sides
-- is unexplained, else the strongest of the pairs' explanations
-- (reference_date, then currency, then rounding).
CREATE VIEW contradictions AS
WITH sides AS MATERIALIZED (
    SELECT * FROM contradiction_sides
),
side_pairs AS (
    SELECT a.question_id,
           CASE WHEN a.question_type = 'price' THEN
               price_explanation(a.currency, coalesce(a.moments, []), a.low, a.high, a.usd_low, a.usd_high, a.unit, a.usd_unit,
                                 b.currency, coalesce(b.moments, []), b.low, b.high, b.usd_low, b.usd_high, b.unit, b.usd_unit)
           END AS explanation
    FROM sides a
    JOIN sides b ON a.question_id = b.question_id AND a.side < b.side
    WHERE NOT (len(a.article_ids) = 1 AND a.article_ids = b.article_ids)
),
disputed AS (
    SELECT question_id,
           CASE WHEN bool_or(explanation IS NULL) THEN NULL
                WHEN bool_or(explanation = 'reference_date') THEN 'reference_date'
                WHEN bool_or(explanation = 'currency') THEN 'currency'
                ELSE 'rounding' END AS explanation
    FROM side_pairs
    GROUP BY question_id
),
questions AS (
    SELECT question_id, any_value(question_type) AS question_type, any_value(subject) AS subject,
           count(*) AS n_sides,
           list({'side': side, 'label': label, 'low': low, 'high': high, 'currency': currency,
                 'moments': coalesce(moments, []::VARCHAR[]), 'n_outlets': n_outlets, 'n_articles': n_articles,
                 'outlet_ids': outlet_ids, 'outlets': outlets, 'article_ids': article_ids,
                 'claim_ids': claim_ids} ORDER BY side) AS sides,
           first(label ORDER BY n_outlets DESC, n_articles DESC, side) AS consensus,
           max(n_outlets) AS consensus_outlets,
           len(list_distinct(flatten(list(outlet_ids)))) AS n_outlets,
           len(list_distinct(flatten(list(article_ids)))) AS n_articles
    FROM sides
    GROUP BY question_id
)
SELECT q.question_id, q.question_type, q.subject, q.n_sides, q.sides, q.consensus, q.consensus_outlets,
       d.explanation, q.n_outlets, q.n_articles
FROM questions q
JOIN disputed d USING (question_id);

-- The pairwise detail: every two claims on different sides of a disputed
-- question, from different articles, with the explanation of that pair.
CREATE VIEW contradiction_pairs AS
SELECT a.question_id, a.claim_id AS claim_id_a, b.claim_id AS claim_id_b,
       a.article_id AS article_id_a, b.article_id AS article_id_b,
       a.outlet_id AS outlet_id_a, b.outlet_id AS outlet_id_b,
       a.side AS side_a, b.side AS side_b,
       CASE WHEN a.question_type = 'price' THEN
           price_explanation(a.currency, [a.moment], a.lo, a.hi, a.usd_lo, a.usd_hi, a.unit, a.usd_unit,
                             b.currency, [b.moment], b.lo, b.hi, b.usd_lo, b.usd_hi, b.unit, b.usd_unit)
       END AS explanation
FROM contradiction_claims a
JOIN contradiction_claims b
  ON a.question_id = b.question_id AND a.side < b.side AND a.article_id <> b.article_id;

CREATE VIEW open_contradictions AS
SELECT * FROM contradictions WHERE explanation IS NULL;

-- Articles per outlet and month of publication, with the key events of that month.
CREATE VIEW coverage AS
WITH per_month AS (
    SELECT a.outlet_id, date_trunc('month', a.published_date)::DATE AS month, count(*) AS n_articles
    FROM articles a
    WHERE a.published_date IS NOT NULL
    GROUP BY ALL
),
month_events AS (
    SELECT date_trunc('month', event_date)::DATE AS month, list(event_id ORDER BY event_date) AS events
    FROM events
    GROUP BY ALL
)
SELECT p.outlet_id, coalesce(o.name, p.outlet_id) AS outlet, p.month, p.n_articles,
       coalesce(e.events, []::VARCHAR[]) AS events
FROM per_month p
LEFT JOIN outlets o ON o.outlet_id = p.outlet_id
LEFT JOIN month_events e ON e.month = p.month;
