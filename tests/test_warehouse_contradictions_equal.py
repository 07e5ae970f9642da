"""The fast `contradictions` view (015) equals the from-scratch computation over `contradiction_sides`.

015 computes sides and disputes from the claims alone and lists only the
disputed questions; `contradiction_sides` still builds every side in full.
The reference below is 006's definition of `contradictions` over it. Random
claim sets (several outlets, euros and dollars, moments, vague claims,
articles disputing only themselves) are compared after a load, a second load
that replaces some articles' claims, and a re-extraction.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.fixtures.warehouse_data import article, load, opt_out, price, rows, shared, write_jsonl
from warehouse.load import replace_claims

REFERENCE = """
WITH sides AS (SELECT * FROM contradiction_sides),
side_pairs AS (
    SELECT a.question_id,
           CASE WHEN a.question_type = 'price' THEN
               price_explanation(a.currency, coalesce(a.moments, []), a.low, a.high, a.usd_low, a.usd_high, a.unit, a.usd_unit,
                                 b.currency, coalesce(b.moments, []), b.low, b.high, b.usd_low, b.usd_high, b.unit, b.usd_unit)
           END AS explanation
    FROM sides a JOIN sides b ON a.question_id = b.question_id AND a.side < b.side
    WHERE NOT (len(a.article_ids) = 1 AND a.article_ids = b.article_ids)
),
disputed AS (
    SELECT question_id,
           CASE WHEN bool_or(explanation IS NULL) THEN NULL
                WHEN bool_or(explanation = 'reference_date') THEN 'reference_date'
                WHEN bool_or(explanation = 'currency') THEN 'currency'
                ELSE 'rounding' END AS explanation
    FROM side_pairs GROUP BY question_id
),
questions AS (
    SELECT question_id, any_value(question_type) AS question_type, any_value(subject) AS subject, count(*) AS n_sides,
           list({'side': side, 'label': label, 'low': low, 'high': high, 'currency': currency,
                 'moments': coalesce(moments, []::VARCHAR[]), 'n_outlets': n_outlets, 'n_articles': n_articles,
                 'outlet_ids': outlet_ids, 'outlets': outlets, 'article_ids': article_ids,
                 'claim_ids': claim_ids} ORDER BY side) AS sides,
           first(label ORDER BY n_outlets DESC, n_articles DESC, side) AS consensus,
           max(n_outlets) AS consensus_outlets,
           any_value(question_outlets) AS n_outlets, any_value(question_articles) AS n_articles
    FROM sides GROUP BY question_id
)
SELECT q.question_id, q.question_type, q.subject, q.n_sides, q.sides, q.consensus, q.consensus_outlets,
       d.explanation, q.n_outlets, q.n_articles
FROM questions q JOIN disputed d USING (question_id)
ORDER BY question_id
"""

OUTLETS = ("Blatt", "Kurier", "Welt", "Bote", "Rundschau")
PRICES = [(16e9, "USD"), (19e9, "USD"), (20e9, "USD"), (21.8e9, "USD"), (22e9, "USD"), (30e9, "USD"),
          (13.8e9, "EUR"), (17.4e9, "EUR"), (16e9, None)]
SCOPES = ("ads", "friend_suggestions", "phone_number", "all_sharing", "unspecified")
DATA_TYPES = ("phone_number", "contacts", "message_content", "other")


def random_claims(rng: random.Random, article_ids: list[str], tag: str) -> list[dict]:
    """0-4 claims per article, of every kind the views read, vague ones included."""
    claims = []
    for article_id in article_ids:
        for n in range(rng.randint(0, 4)):
            claim_id = f"{tag}-{article_id}-{n}"
            kind = rng.choice(("price", "price", "opt_out", "data_shared"))
            if kind == "price":
                value, currency = rng.choice(PRICES)
                claims.append(price(claim_id, article_id, value, currency=currency,
                                    qualifier=rng.choice(("exact", "exact", "approx", "at_most", "at_least")),
                                    moment=rng.choice(("unspecified", "announced", "closing"))))
            elif kind == "opt_out":
                claims.append(opt_out(claim_id, article_id, rng.choice(("possible", "not_possible")), rng.choice(SCOPES)))
            else:
                claims.append(shared(claim_id, article_id, rng.choice(DATA_TYPES), rng.random() < 0.7))
    return claims


def assert_fast_view_equals_reference(db: Path) -> None:
    fast = rows(db, "SELECT * FROM contradictions ORDER BY question_id")
    assert fast == rows(db, REFERENCE)
    assert rows(db, "SELECT * FROM open_contradictions ORDER BY question_id") == [r for r in fast if r[7] is None]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_contradictions_equal_the_reference_after_loads_replacements_and_reextraction(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    db = tmp_path / "data" / "dealwatch.duckdb"
    ids = [f"a{i:02d}" for i in range(40)]
    articles = {i: article(i, rng.choice(OUTLETS)) for i in ids}
    # an article that disputes only itself, on a scope nobody else mentions
    lonely = [opt_out("self-1", "a00", "possible", "friend_suggestions"),
              opt_out("self-2", "a00", "not_possible", "friend_suggestions")]
    first = [c for c in random_claims(rng, ids[:30], "one") if not (c["type"] == "opt_out" and c["scope"] == "friend_suggestions")]
    load(tmp_path, db, [articles[i] for i in ids[:30]], first + lonely, name="one")
    assert_fast_view_equals_reference(db)
    assert rows(db, "SELECT count(*) FROM contradictions")[0][0] >= 2  # the sets do hold disputes

    load(tmp_path, db, [articles[i] for i in ids[20:]], random_claims(rng, ids[20:], "two"), name="two")
    assert_fast_view_equals_reference(db)

    redone = ids[:12]
    claims_file = write_jsonl(tmp_path / "reextracted.jsonl", random_claims(rng, redone, "three"))
    replace_claims(db, redone, claims_file, run_id="three")
    assert_fast_view_equals_reference(db)


def test_a_question_without_dispute_is_not_listed_even_with_many_claims(tmp_path: Path) -> None:
    db = tmp_path / "data" / "dealwatch.duckdb"
    ids = [f"a{i}" for i in range(6)]
    load(tmp_path, db, [article(i, OUTLETS[n % 5]) for n, i in enumerate(ids)],
         [shared(f"c{i}", i, "contacts", True) for i in ids] + [price("p1", "a1", 19e9), price("p2", "a2", 20e9)])
    assert rows(db, "SELECT question_id FROM contradictions") == [("price",)]
    assert_fast_view_equals_reference(db)
