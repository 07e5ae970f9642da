"""The phrasings files (models/patterns/*_phrasings.json, loader models/phrasings.py): each loads, every entry
finds its examples the way the code applies it and misses its near-misses, and every entry is read by the code
that loads the file (data_shared: models/data_shared*.py; opt_out: models/opt_out.py and opt_out_reference.py) or by
name by a learned stage's guards (the guard file's "rule_phrasings"), and only those."""
from __future__ import annotations

import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest

import models.data_shared as data_shared
import models.data_shared_anaphora as data_shared_anaphora
import models.data_shared_clauses as data_shared_clauses
import models.data_shared_worry as data_shared_worry
import models.data_shared_layout as data_shared_layout
import models.data_shared_phrases as data_shared_phrases
import models.opt_out as opt_out
import models.opt_out_reference as opt_out_reference
import models.opt_out_steps as opt_out_steps
from models.learned import ds_guards, opt_guards
from models.learned.frames import guard_spec
from models.pattern_marks import expand_file
from models.phrasings import Phrasings, entry_examples, entry_pattern


class PhrasingsFile(NamedTuple):
    """One phrasings file, the compiled patterns its rules use, and how the rules' source names an entry."""

    path: Path
    compiled: Phrasings
    readers: tuple[ModuleType, ...]
    read_as: str  # a regex over the readers' source whose group is an entry name
    guards: Path | None  # a learned stage's guard file, whose "rule_phrasings" read entries by name (None: no stage reads it)

    def spec(self) -> dict[str, Any]:
        """The file's entries as its loader reads them: the shared vocabularies' placeholders expanded."""
        return expand_file(json.loads(self.path.read_text(encoding="utf-8")))["phrasings"]

    def guard_reads(self) -> set[str]:
        """The entry names the guard file's "rule_phrasings" (reason -> names; "_" keys are comments) reads."""
        if self.guards is None:
            return set()
        wanted = guard_spec(self.guards).get("rule_phrasings", {})
        return {name for reason, names in wanted.items() if not reason.startswith("_") for name in names}


FILES = {
    "data_shared": PhrasingsFile(data_shared.PHRASINGS_FILE, data_shared.PHRASES,
                                 (data_shared, data_shared_clauses, data_shared_layout, data_shared_anaphora, data_shared_phrases,
                                  data_shared_worry), r'PHRASES\["(\w+)"\]',
                                 ds_guards.GUARDS_FILE),
    # opt_out.py names its phrasings through a namespace over the same compiled patterns (models/phrasings.py);
    # opt_out_reference.py reads its reference_* entries from the same compiled file as PHRASES["name"].
    "opt_out": PhrasingsFile(opt_out.PHRASINGS_FILE, opt_out.PHRASES, (opt_out, opt_out_reference),
                             r'(?:\b_S\.|PHRASES\[")(\w+)', opt_guards.GUARDS_FILE),
    # the step-list and short-answer readers of session 41 (steps41), their own file
    "opt_out_steps": PhrasingsFile(opt_out_steps.PHRASINGS_FILE, opt_out_steps.PHRASES, (opt_out_steps,),
                                   r'PHRASES\["(\w+)"\]', None),
}
ENTRIES = [(file, name, entry) for file, f in FILES.items() for name, entry in f.spec().items()]


def _found(pattern: re.Pattern[str], use: str, text: str) -> bool:
    return getattr(pattern, use)(text) is not None


@pytest.mark.parametrize(("file", "name", "entry"), ENTRIES, ids=[f"{file}:{name}" for file, name, _ in ENTRIES])
def test_every_entry_finds_its_examples_and_misses_its_near_misses(file: str, name: str, entry: dict[str, Any]) -> None:
    pattern = FILES[file].compiled[name]
    assert entry["comment"] and entry_examples(entry), name
    for example in entry_examples(entry):
        assert example == example.lower(), (name, example)  # run over lowered text
        assert _found(pattern, entry["use"], example), (name, example)
    for miss in entry.get("near_misses", []):
        assert not _found(pattern, entry["use"], miss), (name, miss)


@pytest.mark.parametrize(("file", "name", "entry"), [e for e in ENTRIES if "branches" in e[2]],
                         ids=[f"{file}:{name}" for file, name, entry in ENTRIES if "branches" in entry])
def test_each_branch_finds_its_own_examples(file: str, name: str, entry: dict[str, Any]) -> None:
    for branch in entry["branches"]:
        own = re.compile(branch["pattern"])
        for example in branch["examples"]:
            assert _found(own, entry["use"], example), (name, example)


@pytest.mark.parametrize("file", list(FILES))
def test_the_compiled_entry_is_the_file_pattern_with_the_same_matches(file: str) -> None:
    """literal_first rewrites the pattern for speed only: the plain pattern finds the same spans."""
    for name, entry in FILES[file].spec().items():
        plain = re.compile(entry_pattern(entry))
        for example in entry_examples(entry):
            want = [m.span() for m in plain.finditer(example)]
            assert [m.span() for m in FILES[file].compiled[name].finditer(example)] == want, name


@pytest.mark.parametrize("file", list(FILES))
def test_every_entry_is_read_by_the_code_and_every_name_read_is_in_the_file(file: str) -> None:
    f = FILES[file]
    source = "".join(Path(m.__file__).read_text(encoding="utf-8") for m in f.readers)
    assert f.guard_reads() <= set(f.spec())  # a name the guards read is in the file
    assert set(re.findall(f.read_as, source)) | f.guard_reads() == set(f.spec()) == set(f.compiled.names())
    assert any("near_misses" in entry for entry in f.spec().values())  # the near-miss check above runs


def test_a_malformed_file_is_reported_with_its_path(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"phrasings": {"x": {"use": "scan", "comment": "", "pattern": "a", "examples": []}}}))
    with pytest.raises(ValueError, match="bad.json"):
        Phrasings.load(bad)
    bad.write_text(json.dumps({"phrasings": {"x": {"use": "search", "comment": "", "pattern": "(", "examples": []}}}))
    with pytest.raises(ValueError, match="bad.json"):
        Phrasings.load(bad)
