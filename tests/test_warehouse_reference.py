"""Reference rates: the ECB's rate of the day each price moment refers to decides the `currency` explanation."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.warehouse_data import article, load, price, records, rows


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "dealwatch.duckdb"


def price_explanation(tmp_path: Path, db: Path, *claims: dict) -> str | None:
    """Load one article per claim and return the price question's explanation ('open' when unexplained)."""
    load(tmp_path, db, [article(f"a{i}", f"O{i}") for i in range(len(claims))],
         [{**c, "claim_id": f"c{i}", "article_id": f"a{i}"} for i, c in enumerate(claims)])
    found = records(db, "SELECT explanation FROM contradictions WHERE question_id = 'price'")
    assert len(found) == 1
    return found[0]["explanation"] or "open"


def test_each_moment_refers_to_a_rate_with_a_named_source(tmp_path: Path, db: Path) -> None:
    load(tmp_path, db, [], [])
    found = rows(db, "SELECT m.moment::VARCHAR, r.rate_date, r.source FROM deal_moments m "
                     "JOIN reference_rates r ON r.rate_date = m.reference_date ORDER BY 1")
    assert [(moment, str(day)) for moment, day, _ in found] == [
        ("announced", "2014-02-19"), ("closing", "2014-10-06"), ("unspecified", "2014-02-19")]
    assert all(source.startswith("ECB euro foreign exchange reference rate (eurofxref-hist.csv)") for *_, source in found)


def test_closing_euros_are_compared_at_the_ecb_rate_of_2014_10_06(tmp_path: Path, db: Path) -> None:
    # 17.7 bn EUR at 1.2565 USD/EUR is 22.24 bn USD: within 22 bn's tolerance. At 1.2645 (the rate
    # of 2014-10-08, which 004 had entered from memory) it would be 22.38 bn USD and stay open.
    assert price_explanation(tmp_path, db, price("", "", 22e9, moment="closing"),
                             price("", "", 17.7e9, currency="EUR", moment="closing")) == "currency"


def test_euros_far_from_the_rate_of_the_day_stay_open(tmp_path: Path, db: Path) -> None:
    # 18.2 bn EUR at 1.2565 is 22.87 bn USD: no rate of the day makes that the 22 bn at closing.
    assert price_explanation(tmp_path, db, price("", "", 22e9, moment="closing"),
                             price("", "", 18.2e9, currency="EUR", moment="closing")) == "open"
