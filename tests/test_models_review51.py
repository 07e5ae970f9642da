"""review51's probes as a regression (issue 7, session 51, review51): sentences written for the review of session 51's
rule branches, each with the claims it must give (`expect`) and must not give (`absent`) - the near misses that found
a wrong claim on a branch (a true price lost to a betting verb, false years from a main clause past a relative clause
or a chronicle line that counts back, false data items from claims under 'Niemand' or refuted in the next sentence,
opt-out claims from texts about other firms' terms) and the neighbouring readings the branches had right. Every text
is the reviewer's own (tests/test_models_cases_own_words.py reads this file as a case table); the blind sets were
never read."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_models_cases import check_case, read_rows

PROBES = Path(__file__).parent / "fixtures" / "review51_probes.jsonl"


@pytest.mark.parametrize("row", [pytest.param(row, id=row["note"].split(":")[0]) for row in read_rows(PROBES)])
def test_probe(row: dict[str, Any]) -> None:
    check_case(row)  # the case table's own check: expected claims, absent ones, spans


def test_every_probe_asserts_something() -> None:
    assert all(row.get("expect") or row.get("absent") for row in read_rows(PROBES))
