"""The bounded pairwise views (016) count exactly the claim pairs of `contradiction_pairs`.

`contradiction_outlet_pairs` (one row per pair of sides and of outlets) and
`contradiction_side_pairs` (one row per pair of sides) never list a claim
pair: they pair claims counted per side, outlet and price shape and take off
the pairs inside one article. Here they are checked against the claim-by-claim
view on a hand-made set and on random sets (the same generator as the
`contradictions` equality test).
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.fixtures.warehouse_data import article, load, opt_out, price, records, rows, shared
from tests.test_warehouse_contradictions_equal import OUTLETS, random_claims

# contradiction_pairs grouped by pair of outlets: what contradiction_outlet_pairs must say
PAIRS_BY_OUTLETS = """
SELECT question_id, side_a, side_b, outlet_id_a, outlet_id_b, count(*) AS n_pairs,
       count(*) FILTER (WHERE explanation IS NULL) AS n_open_pairs,
       CASE WHEN bool_or(explanation IS NULL) THEN NULL
            WHEN bool_or(explanation = 'reference_date') THEN 'reference_date'
            WHEN bool_or(explanation = 'currency') THEN 'currency'
            ELSE 'rounding' END AS explanation
FROM contradiction_pairs
GROUP BY ALL ORDER BY ALL
"""
OUTLET_PAIRS = """
SELECT question_id, side_a, side_b, outlet_id_a, outlet_id_b, n_pairs, n_open_pairs, explanation
FROM contradiction_outlet_pairs ORDER BY ALL
"""
PAIRS_BY_SIDES = """
SELECT question_id, side_a, side_b, count(*), count(*) FILTER (WHERE explanation IS NULL)
FROM contradiction_pairs GROUP BY ALL ORDER BY ALL
"""
SIDE_PAIRS = "SELECT question_id, side_a, side_b, n_pairs, n_open_pairs FROM contradiction_side_pairs ORDER BY ALL"


def assert_counts_match_the_pairs(db: Path) -> None:
    assert rows(db, OUTLET_PAIRS) == rows(db, PAIRS_BY_OUTLETS)
    assert rows(db, SIDE_PAIRS) == rows(db, PAIRS_BY_SIDES)
    # labels and support as contradiction_sides gives them
    assert rows(db, """SELECT p.question_id, p.side_a, p.side_b FROM contradiction_side_pairs p
                       JOIN contradiction_sides a ON a.question_id = p.question_id AND a.side = p.side_a
                       JOIN contradiction_sides b ON b.question_id = p.question_id AND b.side = p.side_b
                       WHERE p.label_a <> a.label OR p.label_b <> b.label OR p.n_articles_a <> a.n_articles
                          OR p.n_outlets_b <> b.n_outlets OR p.n_claims_a <> len(a.claim_ids)""") == []


def test_outlet_and_side_pairs_on_a_hand_made_set(tmp_path: Path) -> None:
    db = tmp_path / "data" / "dealwatch.duckdb"
    load(tmp_path, db, [article("a1", "Blatt"), article("a2", "Blatt"), article("a3", "Kurier"), article("a4", "Welt")], [
        price("c1", "a1", 19e9, moment="announced"), price("c2", "a2", 19e9),
        price("c3", "a3", 22e9, moment="closing"), price("c3b", "a3", 22e9, moment="closing"),
        price("c4", "a4", 22e9, moment="closing"),
        price("c5", "a1", 22e9, moment="closing"),  # a1 on both sides: c1-c5 is no pair
        opt_out("o1", "a1", "possible", "ads"), opt_out("o2", "a3", "not_possible", "ads"),
        shared("s1", "a2", "contacts", True),  # one side only: no pair
    ])
    got = {(r["question_id"], r["outlet_id_a"], r["outlet_id_b"]): r for r in records(db, "SELECT * FROM contradiction_outlet_pairs")}
    assert set(got) == {("price", "blatt.example", "blatt.example"), ("price", "blatt.example", "kurier.example"),
                        ("price", "blatt.example", "welt.example"), ("opt_out:ads", "blatt.example", "kurier.example")}
    # Blatt's c1 (announced) and c2 (unspecified) against Kurier's two closing claims: 4 pairs, the 2 of c2 open
    kurier = got[("price", "blatt.example", "kurier.example")]
    assert (kurier["n_pairs"], kurier["n_open_pairs"], kurier["explanation"]) == (4, 2, None)
    assert (kurier["n_claims_a"], kurier["n_articles_a"], kurier["n_claims_b"], kurier["outlet_b"]) == (2, 2, 2, "Kurier")
    # within Blatt only c2 (a2) vs c5 (a1) is a pair: c1 and c5 share article a1
    assert (got[("price", "blatt.example", "blatt.example")]["n_pairs"]) == 1
    sides = records(db, "SELECT * FROM contradiction_side_pairs WHERE question_id = 'price'")
    assert [(s["label_a"], s["label_b"], s["n_pairs"], s["n_open_pairs"], s["n_claims_a"], s["n_claims_b"])
            for s in sides] == [("19000000000 USD", "22000000000 USD", 7, 4, 2, 4)]
    assert sides[0]["explanation"] is None  # the 19 side names no moment in c2: as contradictions says
    assert rows(db, "SELECT explanation FROM contradictions WHERE question_id = 'price'") == [(None,)]
    assert_counts_match_the_pairs(db)


@pytest.mark.parametrize("seed", [4, 5])
def test_counts_equal_the_claim_pairs_on_random_sets(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    db = tmp_path / "data" / "dealwatch.duckdb"
    ids = [f"a{i:02d}" for i in range(40)]
    load(tmp_path, db, [article(i, rng.choice(OUTLETS)) for i in ids], random_claims(rng, ids, "r"))
    assert rows(db, "SELECT count(*) FROM contradiction_pairs")[0][0] > 50  # the set holds pairs to count
    assert_counts_match_the_pairs(db)
