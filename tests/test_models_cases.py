"""The rule regression table (tests/test_models_cases.jsonl): one parametrised test over every phrasing."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from models.extract import extract_text, ordered_claims
from models.pipeline import RULE_COMPONENTS, load_rules_pipeline

CASES_FILE = Path(__file__).with_suffix(".jsonl")
# A row with "rules_only": true checks the rule layer alone (the pipeline without the learned stages): what the
# rules must or must not claim whatever the recall-first stages add after them (session 18, ds25, for ds24's ask).
RULES_ONLY = "rules_only"


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Every row of a case table (JSON lines), note headers included, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _rows() -> list[dict[str, Any]]:
    """Every row of the table, note headers included, in file order."""
    return read_rows(CASES_FILE)


def _cases() -> list[Any]:
    return [pytest.param(row, id=f"{n}:{row['text'][:50]}") for n, row in enumerate(_rows()) if "text" in row]


def _matches(claim: dict[str, Any], want: dict[str, Any]) -> bool:
    return all(claim.get(key) == value for key, value in want.items())


def _claims(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The claims of a row's text: of the whole pipeline, or of the rules alone for a `rules_only` row."""
    if case.get(RULES_ONLY):
        return [claim.to_record() for claim in ordered_claims(load_rules_pipeline()(case["text"]))]
    return extract_text(case["text"])


def check_case(case: dict[str, Any]) -> None:
    """A row's text gives every claim of `expect`, none of `absent`, and each claim's span is its text (also read by
    other case tables of the same format, e.g. tests/test_models_review_probes.py)."""
    claims = _claims(case)
    for want in case.get("expect", []):
        assert any(_matches(c, want) for c in claims), f"missing {want}; got {claims}"
    for unwanted in case.get("absent", []):
        assert not any(_matches(c, unwanted) for c in claims), f"unwanted {unwanted}; got {claims}"
    for claim in claims:
        assert case["text"][claim["start"] : claim["end"]] == claim["text"]


@pytest.mark.parametrize("case", _cases())
def test_phrasing(case: dict[str, Any]) -> None:
    check_case(case)


def test_rules_only_rows_name_rule_components() -> None:
    assert RULE_COMPONENTS and all(not name.startswith("dealwatch_learned") for name in RULE_COMPONENTS)
    assert all(row.get(RULES_ONLY) in (None, True) for row in _rows()), "rules_only is true or absent"


def test_every_case_asserts_something() -> None:
    """Every row expects or forbids a claim; a near miss forbids the claim it guards against (`absent`), unless its
    note says it guards a claim that must stay ("near miss (must claim)": the error is the claim dropped, `expect`)."""
    for case in _cases():
        row = case.values[0]
        assert row.get("expect") or row.get("absent"), row["text"]


# Rows from this 0-based index on (the rows added since `3d335e2`, session 12) say what they are: the phrasing a rule
# was written for, a near miss that must NOT claim, or a regression lock that passed before (session 12's reader
# found half of them passing on older code with nothing saying why they were there).
FIRST_NOTED_ROW = 1534
ROW_KINDS = ("phrasing", "near miss", "regression lock")


def test_rows_since_session_12_say_what_they_are() -> None:
    unsaid = [n + 1 for n, row in enumerate(_rows()) if n >= FIRST_NOTED_ROW
              and not any(kind in row.get("note", "").lower() for kind in ROW_KINDS)]
    assert not unsaid, f"lines without a note naming one of {ROW_KINDS}: {unsaid}"


def test_a_near_miss_names_the_claim_it_guards_against() -> None:
    # a near-miss row with no `absent` cannot fail when the claim it was written against appears (code24, session 17)
    bare = [n + 1 for n, row in enumerate(_rows()) if "text" in row and "near miss" in row.get("note", "").lower()
            and not (row.get("expect") if "must claim" in row["note"].lower() else row.get("absent"))]
    assert not bare, f"near-miss lines without `absent` (or, marked 'must claim', without `expect`): {bare}"
