"""The opt_out phrasings file (models/patterns/opt_out_phrasings.json): every entry finds its examples the way
the rules apply it and misses its near-misses, every entry is read by models/opt_out.py and every name it reads
is in the file. The file format and its loader are shared with data_shared (models/phrasings.py)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import models.opt_out as opt_out
from models.phrasings import entry_examples

SPEC = json.loads(opt_out.PHRASINGS_FILE.read_text(encoding="utf-8"))["phrasings"]


@pytest.mark.parametrize("name", list(SPEC))
def test_every_opt_out_phrasing_finds_its_examples(name: str) -> None:
    entry, pattern = SPEC[name], getattr(opt_out._S, name)
    apply = getattr(pattern, entry["use"])
    assert entry["comment"] and entry_examples(entry), name
    for example in entry_examples(entry):
        assert example == example.lower() and apply(example) is not None, (name, example)
    for miss in entry.get("near_misses", []):
        assert apply(miss) is None, (name, miss)


def test_the_rules_read_every_phrasing_and_only_those() -> None:
    source = Path(opt_out.__file__).read_text(encoding="utf-8")
    assert set(re.findall(r"\b_S\.(\w+)", source)) == set(SPEC) == set(vars(opt_out._S))
    assert any("near_misses" in entry for entry in SPEC.values())
