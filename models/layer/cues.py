"""Token cues: spaCy Matcher patterns over lemma, tag and shape, read from commented JSONL files.

A component's cue file (`patterns/<name>_tokens.jsonl`) holds one pattern per
line: `{"label": "TRANSFER_STRONG", "pattern": [{"LEMMA": "weitergeben"}]}`,
plus `_comment` lines. Because the layer rejoins separable verbs and
lemmatises, one lemma covers "gibt ... weiter", "gab weiter", "weitergegeben"
and "weiterzugeben". The matches of a file are computed once per Doc and kept
in `doc.user_data`, so every component that asks gets the same answer.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IDX, LEMMA, LENGTH, LOWER
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from models.context import doc_text

PATTERNS_DIR = Path(__file__).resolve().parent.parent / "patterns"


@lru_cache(maxsize=None)
def pattern_rows(name: str) -> tuple[dict[str, Any], ...]:
    """The pattern rows of `patterns/<name>_tokens.jsonl`; ValueError naming file and line when malformed."""
    path = PATTERNS_DIR / f"{name}_tokens.jsonl"
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
        if "_comment" in row:
            continue
        if not isinstance(row.get("label"), str) or not isinstance(row.get("pattern"), list):
            raise ValueError(f"{path}:{number}: a row needs 'label' and 'pattern'")
        rows.append(row)
    return tuple(rows)


def _values(token: dict[str, Any], attr: str) -> list[str] | None:
    """The strings a token spec accepts for `attr` (a plain value or an IN list), else None."""
    value = token.get(attr)
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    return None


def _hashes(values: list[str], attr: str) -> set[int]:
    return {get_string_id(v if attr == "LEMMA" else v.lower()) for v in values}


def _single_token(row: dict[str, Any]) -> tuple[str, list[str]] | None:
    """(attr, values) of a pattern that is one token tested on LEMMA or LOWER alone; None otherwise."""
    pattern = row["pattern"]
    if len(pattern) != 1 or len(pattern[0]) != 1:
        return None
    (attr,) = pattern[0]
    values = _values(pattern[0], attr) if attr in ("LEMMA", "LOWER") else None
    return (attr, values) if values else None


def _anchor(row: dict[str, Any]) -> tuple[str, list[str]] | None:
    """The most selective required token test of a pattern (LEMMA before LOWER, fewest values), if any."""
    best: tuple[int, str, list[str]] | None = None
    for token in row["pattern"]:
        if "OP" in token:
            continue  # optional or repeated: not required
        for rank, attr in enumerate(("LEMMA", "LOWER")):
            values = _values(token, attr)
            if values and (best is None or (rank, len(values)) < (best[0], len(best[2]))):
                best = (rank, attr, values)
    return None if best is None else (best[1], best[2])


def _sorted_array(hashes: set[int]) -> numpy.ndarray:
    return numpy.array(sorted(hashes), dtype=numpy.uint64)


@dataclass(frozen=True)
class CueIndex:
    """A cue file split for speed: one-token rows are looked up in the Doc's token arrays
    (lemma and lower-case hashes, by label); the other rows go to a Matcher, which runs only
    where one of their anchor words stands (`anchored` False: wherever asked)."""

    single: dict[str, tuple[numpy.ndarray, numpy.ndarray]]  # label -> (lemma hashes, lower hashes), sorted
    rows: tuple[dict[str, Any], ...]  # the other rows, for the Matcher
    anchors: tuple[numpy.ndarray, numpy.ndarray]
    anchored: bool


@lru_cache(maxsize=None)
def cue_index(name: str) -> CueIndex:
    """The CueIndex of cue file `name` (built once per process)."""
    single: dict[str, tuple[set[int], set[int]]] = {}
    rows: list[dict[str, Any]] = []
    anchor_lemmas: set[int] = set()
    anchor_lowers: set[int] = set()
    anchored = True
    for row in pattern_rows(name):
        one = _single_token(row)
        if one is not None:
            lemmas, lowers = single.setdefault(row["label"], (set(), set()))
            (lemmas if one[0] == "LEMMA" else lowers).update(_hashes(one[1], one[0]))
            continue
        rows.append(row)
        anchor = _anchor(row)
        if anchor is None:
            anchored = False
        else:
            (anchor_lemmas if anchor[0] == "LEMMA" else anchor_lowers).update(_hashes(anchor[1], anchor[0]))
    return CueIndex(
        {label: (_sorted_array(a), _sorted_array(b)) for label, (a, b) in single.items()},
        tuple(rows),
        (_sorted_array(anchor_lemmas), _sorted_array(anchor_lowers)),
        anchored,
    )


_MATCHERS: dict[tuple[str, int], Matcher] = {}


def matcher(name: str, vocab: Vocab) -> Matcher:
    """The compiled Matcher of the multi-token rows of cue file `name` for `vocab` (built once)."""
    key = (name, id(vocab))
    if key not in _MATCHERS:
        m = Matcher(vocab)
        for row in cue_index(name).rows:
            m.add(row["label"], [row["pattern"]])
        _MATCHERS[key] = m
    return _MATCHERS[key]


def _member(values: numpy.ndarray, table: numpy.ndarray) -> numpy.ndarray:
    """values in table (sorted), element-wise: a binary search per value (numpy.isin sorts both sides every call)."""
    if not len(table):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(table, values), len(table) - 1)
    return table[at] == values


_ARRAYS_KEY = "dealwatch_token_arrays"


def _token_arrays(doc: Doc) -> numpy.ndarray:
    """Lemma hash, lower hash, start offset and length of every token (one pass per Doc, shared)."""
    arrays = doc.user_data.get(_ARRAYS_KEY)
    if arrays is None or len(arrays) != len(doc):
        arrays = doc.user_data[_ARRAYS_KEY] = doc.to_array([LEMMA, LOWER, IDX, LENGTH])
    return arrays


def _in_regions(offsets: numpy.ndarray, regions: list[tuple[int, int]]) -> numpy.ndarray:
    """Which `offsets` fall inside one of `regions` (character spans, possibly overlapping)."""
    inside = numpy.zeros(len(offsets), dtype=bool)
    for start, end in regions:
        inside |= (offsets >= start) & (offsets < end)
    return inside


def token_cues(
    doc: Doc, name: str, regions: list[tuple[int, int]] | None = None
) -> dict[str, list[tuple[int, int]]]:
    """Character spans of every match of cue file `name` in `doc`, by label, in text order (cached on the Doc).

    `regions` (character spans, e.g. the sentences a component's gate selected) limits the
    search: most sentences of an article hold no claim. One-token cues are read from the
    token arrays in one pass; the Matcher runs only on regions holding an anchor of its rows.
    The first caller's regions decide what is cached. Call it after the tagger: rejoined
    separable verbs change lemmas.
    """
    key = f"dealwatch_cues_{name}"
    cached = doc.user_data.get(key)
    if cached is not None:
        return cached
    index = cue_index(name)
    arrays = _token_arrays(doc)
    if regions is None:
        regions = [(0, len(doc_text(doc)))]
    inside = _in_regions(arrays[:, 2], regions) if len(arrays) else numpy.zeros(0, dtype=bool)
    found: dict[str, set[tuple[int, int]]] = {}
    for label, (lemmas, lowers) in index.single.items():
        hit = inside & (_member(arrays[:, 0], lemmas) | _member(arrays[:, 1], lowers))
        if hit.any():
            starts, lengths = arrays[hit, 2], arrays[hit, 3]
            found.setdefault(label, set()).update(zip(starts.tolist(), (starts + lengths).tolist()))
    if index.rows:
        if index.anchored:
            anchor = inside & (_member(arrays[:, 0], index.anchors[0]) | _member(arrays[:, 1], index.anchors[1]))
            offsets = arrays[anchor, 2]
            regions = [(s, e) for s, e in regions if ((offsets >= s) & (offsets < e)).any()]
        strings = doc.vocab.strings
        m = matcher(name, doc.vocab)
        for s, e in regions:
            part = doc.char_span(s, e, alignment_mode="expand")
            if part is None:
                continue
            for match_id, start, end in m(part):
                span = part[start:end]
                found.setdefault(strings[match_id], set()).add((span.start_char, span.end_char))
    cached = doc.user_data[key] = {label: sorted(spans) for label, spans in found.items()}
    return cached


@lru_cache(maxsize=1)
def cue_lemmas() -> frozenset[str]:
    """Every lemma any token cue file names (the tagger tags a sentence only where rejoining can make one)."""
    lemmas: set[str] = set()
    for path in PATTERNS_DIR.glob("*_tokens.jsonl"):
        for row in pattern_rows(path.name.removesuffix("_tokens.jsonl")):
            for token in row["pattern"]:
                value = token.get("LEMMA")
                if isinstance(value, str):
                    lemmas.add(value.lower())
                elif isinstance(value, dict):
                    lemmas.update(v.lower() for v in value.get("IN", []))
    return frozenset(lemmas)
