"""The blind gold set own5 (`--set heldout5`) is well-formed.

Checks the annotation, never the extractor: every annotated span occurs
verbatim in its document, and every field uses the vocabulary of
CONTRACT.md (plus `moment` on each price). A typo in the gold would
otherwise silently count as a miss of the extractor.
"""
from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

DATA_TYPES = {"phone_number", "usage_data", "metadata", "device_data", "contacts",
              "profile_data", "message_content", "location", "account_info", "other"}
SCOPES = {"ads", "friend_suggestions", "phone_number", "all_sharing", "unspecified"}
QUALIFIERS = {"exact", "approx", "at_most", "at_least"}
MOMENTS = {"announced", "closing", "unspecified"}
CURRENCIES = {"USD", "EUR", None}


def _records() -> list[dict[str, Any]]:
    text = resources.files("models").joinpath("heldout", "own5.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


RECORDS = _records()


def _spans(gold: dict[str, Any]) -> list[str]:
    """Every annotated text span of one document."""
    spans = [item["text"] for key in ("price", "distractors", "data_shared", "opt_out") for item in gold[key]]
    spans += list(gold["price_vague"])
    if gold["acquisition_year"]:
        spans.append(gold["acquisition_year"]["text"])
    return spans


def test_set_size_and_ids() -> None:
    assert len(RECORDS) >= 40
    ids = [r["id"] for r in RECORDS]
    assert len(set(ids)) == len(ids)
    assert all(r["split"] == "heldout5" for r in RECORDS)


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_spans_occur_verbatim(record: dict[str, Any]) -> None:
    missing = [span for span in _spans(record["gold"]) if span not in record["text"]]
    assert missing == []


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_fields_use_the_contract_vocabulary(record: dict[str, Any]) -> None:
    gold = record["gold"]
    for price in gold["price"]:
        assert isinstance(price["value"], int) and price["value"] > 0
        assert price["currency"] in CURRENCIES
        assert price["qualifier"] in QUALIFIERS
        assert price["moment"] in MOMENTS
    for item in gold["data_shared"]:
        assert item["type"] in DATA_TYPES and isinstance(item["shared"], bool)
    for item in gold["opt_out"]:
        assert item["stance"] in {"possible", "not_possible"} and item["scope"] in SCOPES
    # the summary is the document's overall position: absent exactly when there is no opt-out statement
    assert gold["opt_out_summary"] in ({None} if not gold["opt_out"] else {"possible", "not_possible", "partial"})
    year = gold["acquisition_year"]
    assert year is None or (isinstance(year["value"], int) and 2009 <= year["value"] <= 2030)
