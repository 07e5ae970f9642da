"""The opt-out scope table (issue 7, session 27, scope27): what each opt-out statement is ABOUT, decided by
`OptOutComponent._resolve_scopes` (models/opt_out.py) and the readings where a claim is made.

tests/test_models_opt_scope.jsonl holds one row per shape of a wrong scope with the right stance found on the studied
sets (sentences written for the table, never press text; 'like' names the studied items of the shape) and the locks of
the resolver's steps. A row with 'wrong_today' is a known wrong scope (strict xfail: a fix turns it red and the row
loses the key). `test_challenge_scope_right_stance_right_scope` asks the same of challenge_scope: where an item's
stance is claimed, its gold scope is too."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from models.extract import extract_text

TABLE = Path(__file__).with_suffix(".jsonl")
CHALLENGE_SCOPE = Path(__file__).parent.parent / "models" / "heldout" / "challenge_scope.jsonl"


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines() if line.strip()]


def _cases() -> list[Any]:
    out = []
    for n, row in enumerate(_rows()):
        if "text" not in row:
            continue
        marks = [pytest.mark.xfail(strict=True, reason=row["wrong_today"])] if row.get("wrong_today") else []
        out.append(pytest.param(row, id=f"{n}:{row['text'][:40]}", marks=marks))
    return out


def _opt_outs(text: str) -> set[tuple[str, str]]:
    return {(c["stance"], c["scope"]) for c in extract_text(text) if c["type"] == "opt_out"}


def test_rows_are_complete() -> None:
    for row in _rows():
        if "text" in row:
            assert {"stance", "scope", "not", "by", "like"} <= set(row), row["text"]
            assert row["scope"] not in row["not"], row["text"]


@pytest.mark.parametrize("row", _cases())
def test_scope(row: dict[str, Any]) -> None:
    got = _opt_outs(row["text"])
    assert (row["stance"], row["scope"]) in got, f"{row['by']}: got {sorted(got)}"
    wrong = {(row["stance"], scope) for scope in row["not"]} & got
    assert not wrong, f"{row['by']}: wrong scope {sorted(wrong)}"


def test_challenge_scope_right_stance_right_scope() -> None:
    """challenge_scope (scope25's 60 texts): no item claims a gold stance with another scope than the gold's while
    missing the gold's (the wrong-scope pair `models.evaluate` prints as a MISS and a FALSE of one stance)."""
    pairs = []
    for line in CHALLENGE_SCOPE.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        gold = {(g["stance"], g["scope"]) for g in item["gold"]["opt_out"]}
        got = _opt_outs(item["text"])
        for stance, scope in gold - got:
            wrong = {s for st, s in got - gold if st == stance}
            if wrong:
                pairs.append((item["id"], stance, scope, sorted(wrong)))
    assert not pairs, pairs
