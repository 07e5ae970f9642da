"""review50's probes as a regression (issue 7, session 50, review50): sentences written for the review of session 50's
rule branches, each with the claims it must give (`expect`) and must not give (`absent`) - the near misses that found
a wrong claim on a branch (a true price or year lost, a stance flipped, a true item lost in a checklist) and the
neighbouring readings the branches had right. Every text is the reviewer's own (tests/test_models_cases_own_words.py
reads this file as a case table); the blind sets were never read."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_models_cases import check_case, read_rows

PROBES = Path(__file__).parent / "fixtures" / "review50_probes.jsonl"


@pytest.mark.parametrize("row", [pytest.param(row, id=row["note"].split(":")[0]) for row in read_rows(PROBES)])
def test_probe(row: dict[str, Any]) -> None:
    check_case(row)  # the case table's own check: expected claims, absent ones, spans


def test_every_probe_asserts_something() -> None:
    assert all(row.get("expect") or row.get("absent") for row in read_rows(PROBES))
