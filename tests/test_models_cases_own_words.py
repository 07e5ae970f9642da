"""The own-words rule, checked: no case row of the tests' data tables and no pattern entry copies real coverage
(the dev set in ../shared) or gold text of a studied or challenge set (issue 7, session 35, review35).

A copy is a run of RUN_WORDS consecutive words (lower-cased, punctuation dropped) that a table string shares with
a gold text. The blind sets are never read: only models.heldout.STUDIED_SETS and CHALLENGE_SETS, named one by one.
One pass: the runs of every table string go into one dict, and each gold text's runs are looked up in it.

Rows that copied before this test existed are listed in own_words_debt.txt by file, field and a hash of the string
(no words of the gold text): a listed row is tolerated until someone rewrites it in their own words, then its line
goes (a listed row that no longer copies fails the test, so the list only shrinks). A new copy fails at once.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.evaluate import load_dev_set, load_heldout_set, shared_dir
from models.heldout import CHALLENGE_SETS, STUDIED_SETS

TESTS = Path(__file__).parent
PATTERNS = TESTS.parent / "models" / "patterns"
# The tests' data tables (sentence -> expected claims); a new table joins here. The reviewers' probe fixtures are
# found as tests/test_models_review_probes.py finds them, so a new review's fixture is checked without an edit here
# (review52's was missed for a session when the list was written by hand).
CASE_TABLES = (TESTS / "test_models_cases.jsonl", TESTS / "test_models_opt_scope.jsonl",
               *sorted((TESTS / "fixtures").glob("review*_probes.jsonl")))
DEBT_FILE = TESTS / "own_words_debt.txt"
# Measured on main 8255e22 over every table string and pattern entry (hit strings at N words): 5: 4362, 6: 3047,
# 7: 1951, 8: 1124, 9: 701, 10: 455, 11: 300, 12: 232, 15: 90. Up to 10 words the hits include plain phrasings
# of the deal any writer uses ('beim Verkauf von WhatsApp an Facebook für 19 Milliarden Dollar', the 4 + 12 billion
# split); from 12 words on every hit read was a sentence or clause taken over from a gold text.
RUN_WORDS = 12
_WORD = re.compile(r"\w+")

Entry = tuple[str, str, str]  # (where: file or file:line, field, the string)


def _words(text: str) -> list[str]:
    """The text's words, lower-cased, punctuation dropped."""
    return _WORD.findall(text.lower())


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a JSON value (comments, notes and patterns alike)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _table_entries() -> Iterator[Entry]:
    """Every string of every case table row (text, note, ...), with file:line and field."""
    for table in CASE_TABLES:
        for number, line in enumerate(table.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                for field, value in json.loads(line).items():
                    for string in _strings(value):
                        yield f"{table.name}:{number}", field, string


def _pattern_entries() -> Iterator[Entry]:
    """Every string of the pattern files: JSON values (comments included), JSON-lines values, text lines."""
    for path in sorted(PATTERNS.iterdir()):
        if path.suffix == ".json":
            for string in _strings(json.loads(path.read_text(encoding="utf-8"))):
                yield path.name, "json", string
        elif path.suffix in (".jsonl", ".txt"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                strings = _strings(json.loads(line)) if path.suffix == ".jsonl" else iter((line,))
                for string in strings:
                    yield f"{path.name}:{number}", path.suffix[1:], string


def _gold_texts() -> Iterator[tuple[str, str]]:
    """(document id, text) of the dev set and of every studied and challenge set; never a blind set."""
    for document in load_dev_set(shared_dir()):
        yield document.name, document.text
    files = [file for file in STUDIED_SETS.values() if file] + list(CHALLENGE_SETS.values())
    for file in files:
        for document in load_heldout_set(file):
            yield document.name, document.text


def debt_key(where: str, field: str, string: str) -> str:
    """The debt list's key of a string: its file (no line number, rows move), field and a hash of the string."""
    digest = hashlib.sha1(string.encode("utf-8")).hexdigest()[:16]
    return f"{where.split(':')[0]} {field} {digest}"


def copied_runs(entries: list[Entry], texts: Iterator[tuple[str, str]], size: int) -> dict[Entry, dict[str, set[str]]]:
    """For each entry that shares a run of `size` words with a text: the shared runs and the ids of the texts."""
    runs: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
    for entry in entries:
        words = _words(entry[2])
        for start in range(len(words) - size + 1):
            runs[tuple(words[start:start + size])].append(entry)
    found: dict[Entry, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for name, text in texts:
        words = _words(text)
        for start in range(len(words) - size + 1):
            run = tuple(words[start:start + size])
            for entry in runs.get(run, ()):
                found[entry][" ".join(run)].add(name)
    return found


def _describe(entry: Entry, runs: dict[str, set[str]]) -> str:
    """One line of the failure report: where the string stands, the texts it copies and the shared words."""
    names = sorted({name for texts in runs.values() for name in texts})
    return f"{entry[0]} [{entry[1]}] shares with {', '.join(names)}: {' | '.join(sorted(runs))}"


def _debt() -> set[str]:
    """The keys of the rows that copied before this test (comment lines and blanks skipped)."""
    lines = DEBT_FILE.read_text(encoding="utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()}


def test_no_run_of_words_is_shared_with_gold_or_dev_text() -> None:
    entries = list(_table_entries()) + list(_pattern_entries())
    found = copied_runs(entries, _gold_texts(), RUN_WORDS)
    debt = _debt()
    new = [entry for entry in found if debt_key(*entry) not in debt]
    report = "\n".join(_describe(entry, found[entry]) for entry in new)
    assert not new, f"{len(new)} strings copy gold or dev text (write them in your own words):\n{report}"
    if load_dev_set(shared_dir()):  # without ../shared a row that copied only dev text cannot be seen
        stale = debt - {debt_key(*entry) for entry in found}
        assert not stale, f"rewritten or gone, delete from {DEBT_FILE.name}: {sorted(stale)}"


def test_the_check_finds_a_copy_and_passes_own_words() -> None:
    gold = [("g-1", "Am Dienstag sagte ein Sprecher, die Nummern der Nutzer würden ab sofort an Facebook übermittelt, "
                    "ein Widerspruch sei nicht vorgesehen.")]
    copy = ("t.jsonl:1", "text", "Ein Sprecher: Die Nummern der Nutzer würden ab sofort an Facebook übermittelt, "
                                 "ein Widerspruch sei nicht vorgesehen!")
    own = ("t.jsonl:2", "text", "WhatsApp schickt die Nummern jetzt zu Facebook, widersprechen kann man nicht.")
    found = copied_runs([copy, own], iter(gold), RUN_WORDS)
    assert set(found) == {copy}
    assert all(names == {"g-1"} for names in found[copy].values())
