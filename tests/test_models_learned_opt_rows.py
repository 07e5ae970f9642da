"""The rule table's opt-out rows as stance training pairs (models/learned/opt_rows.py, session 29, learn29)."""
from __future__ import annotations

from models.learned.opt_rows import names_opt_out, opt_rows


def test_a_row_names_an_opt_out_by_an_expect_or_an_absent() -> None:
    assert names_opt_out({"text": "x", "expect": [{"type": "opt_out", "stance": "possible"}]})
    assert names_opt_out({"text": "x", "absent": [{"type": "opt_out", "stance": "not_possible"}]})
    assert not names_opt_out({"text": "x", "expect": [{"type": "price"}]})


def test_the_tables_opt_out_rows_leave_out_rules_only_rows() -> None:
    rows = opt_rows()
    assert rows and all(names_opt_out(row) and not row.get("rules_only") for row in rows)
