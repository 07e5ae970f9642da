"""The contradiction views on hand-made claim sets: sides, consensus, explanations, pairs."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.warehouse_data import article, load, opt_out, price, records, rows, shared


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "dealwatch.duckdb"


def disputes(db: Path) -> dict[str, dict[str, Any]]:
    return {r["question_id"]: r for r in records(db, "SELECT * FROM contradictions")}


def open_ids(db: Path) -> list[str]:
    return [r[0] for r in rows(db, "SELECT question_id FROM open_contradictions ORDER BY question_id")]


def one_price_dispute(tmp_path: Path, db: Path, *claims: dict) -> dict[str, Any] | None:
    """Load one article per claim (outlet O<i>) and return the price row, if any."""
    load(tmp_path, db, [article(f"a{i}", f"O{i}") for i in range(len(claims))],
         [{**c, "claim_id": f"c{i}", "article_id": f"a{i}"} for i, c in enumerate(claims)])
    return disputes(db).get("price")


def test_19_vs_20_exact_is_one_open_row_with_sides_and_consensus(tmp_path: Path, db: Path) -> None:
    articles = [article(f"a{i}", f"Outlet{i}") for i in range(1, 5)]
    claims = [price("c1", "a1", 19e9), price("c2", "a2", 19e9), price("c2b", "a2", 19e9),
              price("c3", "a3", 19e9), price("c4", "a4", 20e9)]
    load(tmp_path, db, articles, claims)
    row = disputes(db)["price"]
    assert (row["question_type"], row["subject"], row["n_sides"], row["explanation"]) == ("price", None, 2, None)
    first, second = row["sides"]
    assert (first["side"], first["label"], first["low"], first["high"], first["currency"]) == (1, "19000000000 USD", 19e9, 19e9, "USD")
    assert first["outlet_ids"] == ["outlet1.example", "outlet2.example", "outlet3.example"]
    assert first["outlets"] == ["Outlet1", "Outlet2", "Outlet3"]
    assert (first["n_outlets"], first["n_articles"], first["claim_ids"]) == (3, 3, ["c1", "c2", "c2b", "c3"])
    assert (second["label"], second["article_ids"], second["moments"]) == ("20000000000 USD", ["a4"], ["unspecified"])
    assert (row["consensus"], row["consensus_outlets"], row["n_outlets"], row["n_articles"]) == ("19000000000 USD", 3, 4, 4)
    assert open_ids(db) == ["price"]
    pairs = rows(db, "SELECT claim_id_a, claim_id_b, side_a, side_b, explanation FROM contradiction_pairs ORDER BY 1")
    assert pairs == [("c1", "c4", 1, 2, None), ("c2", "c4", 1, 2, None), ("c2b", "c4", 1, 2, None), ("c3", "c4", 1, 2, None)]


def test_announced_16_vs_closing_22_is_explained_by_reference_date(tmp_path: Path, db: Path) -> None:
    row = one_price_dispute(tmp_path, db, price("", "", 16e9, moment="announced"), price("", "", 22e9, moment="closing"))
    assert row is not None and row["explanation"] == "reference_date"
    assert [s["moments"] for s in row["sides"]] == [["announced"], ["closing"]]
    assert open_ids(db) == []  # listed, labelled, but not open
    assert rows(db, "SELECT explanation FROM contradiction_pairs") == [("reference_date",)]


def test_an_unstated_moment_explains_nothing(tmp_path: Path, db: Path) -> None:
    row = one_price_dispute(tmp_path, db, price("", "", 16e9), price("", "", 22e9, moment="closing"))
    assert row is not None and row["explanation"] is None


def test_dollars_and_euros_at_the_rate_of_the_day_are_explained_by_currency(tmp_path: Path, db: Path) -> None:
    # 19 bn USD at 1.3745 USD/EUR (ECB, 2014-02-19) is 13.82 bn EUR: "13,8 Milliarden Euro" says the same.
    row = one_price_dispute(tmp_path, db, price("", "", 19e9), price("", "", 13.8e9, currency="EUR"))
    assert row is not None and row["explanation"] == "currency"
    assert sorted(s["currency"] for s in row["sides"]) == ["EUR", "USD"]


def test_euros_that_do_not_match_the_rate_stay_open(tmp_path: Path, db: Path) -> None:
    row = one_price_dispute(tmp_path, db, price("", "", 19e9), price("", "", 13.5e9, currency="EUR"))
    assert row is not None and row["explanation"] is None


def test_closing_euros_use_the_closing_rate(tmp_path: Path, db: Path) -> None:
    # 22 bn USD at 1.2565 (ECB, 2014-10-06) is 17.5 bn EUR; at the announcement's rate it would be 16.0.
    row = one_price_dispute(tmp_path, db, price("", "", 22e9, moment="closing"),
                            price("", "", 17.4e9, currency="EUR", moment="closing"))
    assert row is not None and row["explanation"] == "currency"


def test_21_8_vs_22_is_rounding_but_19_vs_20_is_not(tmp_path: Path, db: Path) -> None:
    row = one_price_dispute(tmp_path, db, price("", "", 21.8e9), price("", "", 22e9))
    assert row is not None and row["explanation"] == "rounding"


@pytest.mark.parametrize("other, disputed", [
    (price("", "", 20e9, qualifier="at_most"), False),    # "fast 20": [17, 20] holds 19: one side
    (price("", "", 20e9, qualifier="approx"), False),     # "rund 20": [18, 22] holds 19
    (price("", "", 22e9, qualifier="approx"), True),      # "rund 22": [19.8, 24.2] excludes 19
    (price("", "", 16e9, qualifier="at_least"), True),    # "mehr als 16": [16, 18.4] excludes 19
    (price("", "", 18e9, qualifier="at_least"), False),   # "mehr als 18": [18, 20.7] holds 19
    (price("", "", 19e9 + 0.3), False),                   # float noise below a unit is no disagreement
    (price("", "", 16e9, currency=None), False),          # no currency stated: vague, takes no side
])
def test_overlapping_ranges_form_one_side(tmp_path: Path, db: Path, other: dict, disputed: bool) -> None:
    assert (one_price_dispute(tmp_path, db, price("", "", 19e9), other) is not None) is disputed


def test_overlapping_ranges_are_merged_into_one_side(tmp_path: Path, db: Path) -> None:
    # 19 exact, "fast 20" [17, 20] and "rund 21" [18.9, 23.1] chain into one side; 30 is another.
    row = one_price_dispute(tmp_path, db, price("", "", 19e9), price("", "", 20e9, qualifier="at_most"),
                            price("", "", 21e9, qualifier="approx"), price("", "", 30e9))
    assert row is not None and row["n_sides"] == 2
    assert row["sides"][0]["label"] == "17000000000-23100000000 USD" and row["sides"][0]["n_articles"] == 3


def test_an_article_never_contradicts_only_itself(tmp_path: Path, db: Path) -> None:
    load(tmp_path, db, [article("a1", "Blatt")], [
        price("c1", "a1", 19e9), price("c2", "a1", 20e9),
        opt_out("c3", "a1", "possible", "ads"), opt_out("c4", "a1", "not_possible", "ads"),
        shared("c5", "a1", "phone_number", True), shared("c6", "a1", "phone_number", False),
    ])
    assert disputes(db) == {}
    assert rows(db, "SELECT count(*) FROM contradiction_pairs") == [(0,)]


def test_opt_out_and_data_shared_questions(tmp_path: Path, db: Path) -> None:
    load(tmp_path, db, [article("a1", "Blatt"), article("a2", "Kurier"), article("a3", "Welt")], [
        opt_out("c1", "a1", "possible", "ads"), opt_out("c2", "a2", "not_possible", "ads"),
        opt_out("c3", "a3", "not_possible", "ads"),
        opt_out("c4", "a1", "possible", "unspecified"), opt_out("c5", "a2", "not_possible", "unspecified"),
        shared("c6", "a1", "phone_number", True), shared("c7", "a2", "phone_number", False),
        shared("c8", "a1", "other", True), shared("c9", "a2", "other", False),
        shared("c10", "a3", "message_content", False),
    ])
    found = disputes(db)
    assert set(found) == {"opt_out:ads", "data_shared:phone_number"}  # vague scope and `other` take no side
    ads = found["opt_out:ads"]
    assert (ads["question_type"], ads["subject"], ads["explanation"]) == ("opt_out", "ads", None)
    assert [(s["label"], s["outlets"]) for s in ads["sides"]] == [("possible", ["Blatt"]), ("not_possible", ["Kurier", "Welt"])]
    assert (ads["consensus"], ads["consensus_outlets"]) == ("not_possible", 2)
    phone = found["data_shared:phone_number"]
    assert [s["label"] for s in phone["sides"]] == ["shared", "not_shared"] and phone["sides"][1]["claim_ids"] == ["c7"]


def test_two_spellings_of_one_outlet_are_one_side(tmp_path: Path, db: Path) -> None:
    outlets = [{"outlet_id": "spiegel", "name": "DER SPIEGEL", "hosts": ["spiegel.de"], "country": "DE",
                "kind": "magazine", "aliases": ["SPIEGEL ONLINE"]}]
    load(tmp_path, db, [
        {**article("a1", "x", url="https://www.spiegel.de/a1"), "outlet": "SPIEGEL ONLINE"},
        {**article("a2", "x", url="https://m.spiegel.de/a2"), "outlet": "DER SPIEGEL"},
        article("a3", "Kurier"),
    ], [price("c1", "a1", 19e9), price("c2", "a2", 19e9), price("c3", "a3", 20e9)], outlets=outlets)
    side = disputes(db)["price"]["sides"][0]
    assert (side["outlet_ids"], side["outlets"], side["n_outlets"], side["n_articles"]) == (["spiegel"], ["DER SPIEGEL"], 1, 2)
