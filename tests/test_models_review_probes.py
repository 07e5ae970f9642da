"""The reviewers' probes as a regression (issue 7; review50 in session 50, review51 in session 51, review52 in session
52, and each review since): sentences written for the review of a session's rule branches, each with the claims it must
give (`expect`) and must not give (`absent`) - the near misses that found a wrong claim on a branch and the neighbouring
readings the branches had right. One fixture per review, `tests/fixtures/review<NN>_probes.jsonl`; every text is the
reviewer's own (tests/test_models_cases_own_words.py reads these files as case tables); the blind sets were never
read."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_models_cases import check_case, read_rows

PROBE_FILES = sorted((Path(__file__).parent / "fixtures").glob("review*_probes.jsonl"))


def test_the_reviews_probe_files_are_found() -> None:
    assert [path.name for path in PROBE_FILES][:2] == ["review50_probes.jsonl", "review51_probes.jsonl"]


# A probe of a finding its engineer left open when the branch landed says so in "known_miss" (why, and which branch):
# it is run and expected to fail (not strict: the day a rule mends it, the probe passes and the mark can go; review58).
@pytest.mark.parametrize("row", [pytest.param(row, id=f"{path.stem}:{row['note'].split(':')[0]}",
                                              marks=[pytest.mark.xfail(reason=row["known_miss"], strict=False)]
                                              if row.get("known_miss") else [])
                                 for path in PROBE_FILES for row in read_rows(path)])
def test_probe(row: dict[str, Any]) -> None:
    check_case(row)  # the case table's own check: expected claims, absent ones, spans


@pytest.mark.parametrize("path", PROBE_FILES, ids=lambda path: path.stem)
def test_every_probe_asserts_something(path: Path) -> None:
    assert all(row.get("expect") or row.get("absent") for row in read_rows(path))


def test_a_known_miss_names_its_cause() -> None:
    # a "known_miss" mark is a reason, not a flag (review58): it names the branch and the finding left open
    assert all(isinstance(row["known_miss"], str) and len(row["known_miss"]) > 20
               for path in PROBE_FILES for row in read_rows(path) if "known_miss" in row)


def test_review59_probes_say_what_they_lock() -> None:
    # session 59 (review59): every row names its probe; a row that found something names the branch, the time of its
    # FINDING line in notes_lead.md and the commit that mended it, after a " | " (the rest are the readings that were
    # right on the branches, or near misses they kept)
    rows = read_rows(Path(__file__).parent / "fixtures" / "review59_probes.jsonl")
    assert rows and all(row["note"].startswith("review59 probe ") for row in rows)
    found = [row["note"].split(" | ", 1)[1] for row in rows if " | " in row["note"]]
    branches = ("prec59", "moment59", "opt59", "ds59", "year59")
    assert found and all(note.split()[0] in branches and (" finding " in note or " note " in note) for note in found)
