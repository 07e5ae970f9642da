"""The rule table as a check of a learned data_shared stage setting: which rows of
`tests/test_models_cases.jsonl` (our own sentences, many of them hard negatives no studied set holds)
a setting breaks.

Leave-one-set-out scores the stage on the studied sets only; a setting can raise those figures and
still claim where a row says no claim belongs (session 9: the variant the measure picked broke 18 rows).
So `python -m models.learned.loso` trains the chosen setting on every studied set, as
`python -m models.learned.train` would, and counts the rows whose data_shared expectations fail.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language

from models.claims import claims_of
from models.learned.ds_options import Options

STAGE = "dealwatch_learned_data_shared"


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a rule-table file (JSON lines), numbered as the rule-table test numbers them."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _data_wants(row: dict[str, Any], key: str) -> list[dict[str, Any]]:
    return [want for want in row.get(key, []) if want.get("type") == "data_shared"]


def fails(claims: list[dict[str, Any]], row: dict[str, Any]) -> bool:
    """Whether `claims` miss an expected data_shared claim of `row` or hold one it rules out."""
    def matches(claim: dict[str, Any], want: dict[str, Any]) -> bool:
        return all(claim.get(key) == value for key, value in want.items())

    return (any(not any(matches(c, w) for c in claims) for w in _data_wants(row, "expect"))
            or any(any(matches(c, w) for c in claims) for w in _data_wants(row, "absent")))


def broken_rows(nlp: Language, rows: list[dict[str, Any]], model: Language, threshold: float, options: Options) -> list[int]:
    """Indices of the data_shared rows that pass with the stage off and fail with it set so (`nlp`: the full
    pipeline; its stage component is set in place for the check and restored afterwards)."""
    stage = nlp.get_pipe(STAGE)
    saved = (stage.model, stage.threshold, stage.options, stage.enabled)
    relevant = [(i, row) for i, row in enumerate(rows) if "text" in row and (_data_wants(row, "expect") or _data_wants(row, "absent"))]
    texts = [row["text"] for _, row in relevant]
    try:
        stage.enabled = False
        before = [[c.to_record() for c in claims_of(doc)] for doc in nlp.pipe(texts)]
        stage.model, stage.threshold, stage.options, stage.enabled = model, threshold, options, True
        after = [[c.to_record() for c in claims_of(doc)] for doc in nlp.pipe(texts)]
    finally:
        stage.model, stage.threshold, stage.options, stage.enabled = saved
    return [i for (i, row), a, b in zip(relevant, before, after) if not fails(a, row) and fails(b, row)]
