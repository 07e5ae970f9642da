"""The data_shared phrasings file (models/patterns/data_shared_phrasings.json): it loads, every entry finds
its examples the way the code applies it and misses its near-misses, and every entry is read by the code
(models/data_shared.py, data_shared_layout.py, data_shared_anaphora.py)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import models.data_shared as data_shared
import models.data_shared_anaphora as data_shared_anaphora
import models.data_shared_layout as data_shared_layout
from models.phrasings import Phrasings, entry_examples, entry_pattern

SPEC = json.loads(data_shared.PHRASINGS_FILE.read_text(encoding="utf-8"))["phrasings"]
# The modules that read the file
SOURCE = "".join(Path(m.__file__).read_text(encoding="utf-8") for m in (data_shared, data_shared_layout, data_shared_anaphora))


def _found(pattern: re.Pattern[str], use: str, text: str) -> bool:
    return getattr(pattern, use)(text) is not None


@pytest.mark.parametrize("name", list(SPEC))
def test_every_entry_finds_its_examples_and_misses_its_near_misses(name: str) -> None:
    entry = SPEC[name]
    pattern = data_shared.PHRASES[name]
    assert entry["comment"] and entry_examples(entry), name
    for example in entry_examples(entry):
        assert example == example.lower(), (name, example)  # run over lowered text
        assert _found(pattern, entry["use"], example), (name, example)
    for miss in entry.get("near_misses", []):
        assert not _found(pattern, entry["use"], miss), (name, miss)


@pytest.mark.parametrize("name", [n for n, e in SPEC.items() if "branches" in e])
def test_each_branch_finds_its_own_examples(name: str) -> None:
    for branch in SPEC[name]["branches"]:
        own = re.compile(branch["pattern"])
        for example in branch["examples"]:
            assert _found(own, SPEC[name]["use"], example), (name, example)


def test_the_compiled_entry_is_the_file_pattern_with_the_same_matches() -> None:
    """literal_first rewrites the pattern for speed only: the plain pattern finds the same spans."""
    for name, entry in SPEC.items():
        plain = re.compile(entry_pattern(entry))
        for example in entry_examples(entry):
            want = [m.span() for m in plain.finditer(example)]
            assert [m.span() for m in data_shared.PHRASES[name].finditer(example)] == want, name


def test_every_entry_is_read_by_the_code_and_every_name_read_is_in_the_file() -> None:
    read = set(re.findall(r'PHRASES\["(\w+)"\]', SOURCE))
    assert read == set(SPEC)


def test_a_malformed_file_is_reported_with_its_path(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"phrasings": {"x": {"use": "scan", "comment": "", "pattern": "a", "examples": []}}}))
    with pytest.raises(ValueError, match="bad.json"):
        Phrasings.load(bad)
    bad.write_text(json.dumps({"phrasings": {"x": {"use": "search", "comment": "", "pattern": "(", "examples": []}}}))
    with pytest.raises(ValueError, match="bad.json"):
        Phrasings.load(bad)
