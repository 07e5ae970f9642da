"""review50's probes as a regression (issue 7, session 50, review50): sentences written for the review of session 50's
rule branches, each with the claims it must give (`expect`) and must not give (`absent`) - the near misses that found
a wrong claim on a branch (a true price or year lost, a stance flipped, a true item lost in a checklist) and the
neighbouring readings the branches had right. Every text is the reviewer's own (tests/test_models_cases_own_words.py
reads this file as a case table); the blind sets were never read."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from models.extract import extract_text

PROBES = Path(__file__).parent / "fixtures" / "review50_probes.jsonl"


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _matches(claim: dict[str, Any], want: dict[str, Any]) -> bool:
    return all(claim.get(key) == value for key, value in want.items())


@pytest.mark.parametrize("row", [pytest.param(row, id=row["note"].split(":")[0]) for row in _rows()])
def test_probe(row: dict[str, Any]) -> None:
    claims = extract_text(row["text"])
    for want in row.get("expect", []):
        assert any(_matches(c, want) for c in claims), f"{row['note']}: missing {want}; got {claims}"
    for unwanted in row.get("absent", []):
        assert not any(_matches(c, unwanted) for c in claims), f"{row['note']}: unwanted {unwanted}; got {claims}"


def test_every_probe_asserts_something() -> None:
    assert all(row.get("expect") or row.get("absent") for row in _rows())
