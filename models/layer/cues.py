"""Token cues: spaCy Matcher patterns over lemma, tag and shape, read from commented JSONL files.

A component's cue file (`patterns/<name>_tokens.jsonl`) holds one pattern per
line: `{"label": "TRANSFER_STRONG", "pattern": [{"LEMMA": "weitergeben"}]}`,
plus `_comment` lines. Because the layer rejoins separable verbs and
lemmatises, one lemma covers "gibt ... weiter", "gab weiter", "weitergegeben"
and "weiterzugeben". The matches of a file are computed once per Doc and kept
in `doc.user_data`, so every component that asks gets the same answer.
"""
from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import IDX, LEMMA, LENGTH, LOWER
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from models.context import doc_text
from models.layer.spelling import swiss_pattern, swiss_words

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
        rows.append({**row, "pattern": [_swiss_token(token) for token in row["pattern"]]})
    return tuple(rows)


def _swiss_token(token: dict[str, Any]) -> dict[str, Any]:
    """A token spec whose LOWER and LEMMA tests read the Swiss "ss" for "ß" as well (models/layer/spelling.py): a
    word gains its Swiss spelling, a REGEX reads both. The layer gives a Swiss form its standard lemma where its
    lemma table knows the form ("gutgeheissen" -> "gutheißen"); a form the table lacks keeps a lemma in the Swiss
    spelling, which the LEMMA list then reads too, so no list writes "gutheissen" beside "gutheißen" by hand."""
    folded = {attr: _swiss_value(token[attr]) for attr in ("LOWER", "LEMMA") if attr in token}
    changed = {attr: value for attr, value in folded.items() if value is not token[attr]}
    return {**token, **changed} if changed else token


def _swiss_value(value: Any) -> Any:
    """One attribute's test of a token spec folded for the Swiss "ss" (`_swiss_token`); `value` itself where it
    holds no "ß" to fold."""
    if isinstance(value, str) and "ß" in value:
        return {"IN": swiss_words([value])}
    if isinstance(value, dict) and isinstance(value.get("IN"), list) and any("ß" in word for word in value["IN"]):
        return {**value, "IN": swiss_words(value["IN"])}
    if isinstance(value, dict) and isinstance(value.get("REGEX"), str) and "ß" in value["REGEX"]:
        return {**value, "REGEX": swiss_pattern(value["REGEX"])}
    return value


@lru_cache(maxsize=None)
def hint_stems(name: str, label: str) -> tuple[str, ...]:
    """The stems of the row `{"_comment": ..., "hint": label, "stems": [...]}` of `patterns/<name>_tokens.jsonl`:
    regular expressions of which every word the cues of `label` anchor on holds one, for a component's literal
    prefilter (which sentences to hand to the matcher at all). `pattern_rows` passes over the row (a comment row).
    KeyError when the file has no hint for `label`."""
    path = PATTERNS_DIR / f"{name}_tokens.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if row.get("hint") == label:
            return tuple(swiss_pattern(stem) for stem in row["stems"])
    raise KeyError(f"{path}: no hint row for {label}")


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


def _regex_token(row: dict[str, Any]) -> str | None:
    """The regular expression of a pattern that is one token tested by a REGEX on LOWER alone; None otherwise."""
    pattern = row["pattern"]
    if len(pattern) != 1 or set(pattern[0]) != {"LOWER"}:
        return None
    value = pattern[0]["LOWER"]
    return value["REGEX"] if isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str) else None


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


@dataclass(frozen=True)
class CueIndex:
    """A cue file split for speed: one-token rows are looked up per token (lemma and lower-case
    hashes, by label); the other rows go to a Matcher, which runs only where one of their anchor
    words stands (`anchored` False: wherever asked).

    The one-token tables of every label and the anchors share two tables (`lemma_bits`,
    `lower_bits`: hash -> bit mask, bit i: label `labels[i]`, the last bit: an anchor), so a token
    is looked up with one dict access per attribute, whatever the number of labels.
    """

    labels: tuple[str, ...]
    lemma_bits: dict[int, int]
    lower_bits: dict[int, int]
    rows: tuple[dict[str, Any], ...]  # the other rows, for the Matcher
    anchored: bool
    # The one-token rows tested by a REGEX on LOWER ("nutzer$"): (bit of their label, the expression), asked of a
    # token's lower-case string as the Matcher's REGEX predicate asks it (`re.search`), once per distinct string
    # (`regex_bits`). Speed (speed27b): in the Matcher such a row has no needed token, so it ran over every token
    # of every region and kept the region's other rows from their windows.
    regex_rows: tuple[tuple[int, re.Pattern[str]], ...] = ()

    @property
    def anchor_bit(self) -> int:
        return 1 << len(self.labels)


@lru_cache(maxsize=None)
def cue_index(name: str) -> CueIndex:
    """The CueIndex of cue file `name` (built once per process)."""
    single: dict[str, tuple[set[int], set[int]]] = {}
    rows: list[dict[str, Any]] = []
    anchor_lemmas: set[int] = set()
    anchor_lowers: set[int] = set()
    anchored = True
    regex: list[tuple[str, str]] = []
    for row in pattern_rows(name):
        one = _single_token(row)
        if one is not None:
            lemmas, lowers = single.setdefault(row["label"], (set(), set()))
            (lemmas if one[0] == "LEMMA" else lowers).update(_hashes(one[1], one[0]))
            continue
        expression = _regex_token(row)
        if expression is not None:
            single.setdefault(row["label"], (set(), set()))  # (a label of its own bit, maybe of no table entry)
            regex.append((row["label"], expression))
            continue
        rows.append(row)
        anchor = _anchor(row)
        if anchor is None:
            anchored = False
        else:
            (anchor_lemmas if anchor[0] == "LEMMA" else anchor_lowers).update(_hashes(anchor[1], anchor[0]))
    labels = tuple(single)
    lemma_bits: dict[int, int] = {}
    lower_bits: dict[int, int] = {}
    for bit, label in enumerate(labels):
        for h in single[label][0]:
            lemma_bits[h] = lemma_bits.get(h, 0) | (1 << bit)
        for h in single[label][1]:
            lower_bits[h] = lower_bits.get(h, 0) | (1 << bit)
    anchor = 1 << len(labels)
    for h in anchor_lemmas:
        lemma_bits[h] = lemma_bits.get(h, 0) | anchor
    for h in anchor_lowers:
        lower_bits[h] = lower_bits.get(h, 0) | anchor
    regex_rows = tuple((1 << labels.index(label), re.compile(expression)) for label, expression in regex)
    return CueIndex(labels, lemma_bits, lower_bits, tuple(rows), anchored, regex_rows)


_REGEX_BITS: dict[str, dict[int, int]] = {}
_REGEX_BITS_MAX = 100_000  # distinct lower-case strings remembered per cue file


def regex_bits(name: str, index: CueIndex, strings: Any) -> Any:
    """A function giving, for a token's lower-case hash, the label bits of `index`'s REGEX rows matching its string
    (`strings`: the vocab's StringStore), remembered per hash (the same string gives the same answer)."""
    memo = _REGEX_BITS.setdefault(name, {})
    rows = index.regex_rows

    def bits(lower: int) -> int:
        found = memo.get(lower)
        if found is None:
            if len(memo) >= _REGEX_BITS_MAX:
                memo.clear()
            text = strings[lower]
            found = memo[lower] = sum(bit for bit, expression in rows if expression.search(text) is not None)
        return found

    return bits


@dataclass(frozen=True)
class RowNeeds:
    """What a Matcher row needs in a stretch to match there: every token of it without an "OP" that is tested on
    LEMMA or LOWER (a plain value or an IN list) must find a token of the stretch it accepts. Each such test has a
    bit (`lemma_bits`, `lower_bits`: hash -> the bits of the tests accepting it); `rows` holds per row the bits of its
    tests. A stretch where no row finds all its tests holds no match: the Matcher need not run there. Other
    attributes and optional tokens are not asked (they only narrow a match), so the test is a necessary condition."""

    lemma_bits: dict[int, int]
    lower_bits: dict[int, int]
    rows: tuple[int, ...]
    # Per row, the most tokens one of its matches spans (`_longest_match`; None: unbounded, or a row of no needed test).
    longest: tuple[int | None, ...] = ()

    def may_match(self, lemmas: list[int], lowers: list[int]) -> bool:
        """Can a row match in the stretch of these tokens' lemma and lower-case hashes?"""
        return self.possible_rows(lemmas, lowers) != 0

    def possible_rows(self, lemmas: list[int], lowers: list[int]) -> int:
        """The rows that can match in the stretch of these tokens' lemma and lower-case hashes, as bits
        (bit i: row i of the cue file's Matcher rows, `cue_index(name).rows`); 0: none can."""
        return self.rows_passed(self.tested_tokens(lemmas, lowers))

    def rows_passed(self, tested: list[tuple[int, int]]) -> int:
        """`possible_rows` of a stretch whose `tested_tokens` are `tested` (for a caller that reads them again)."""
        found = 0
        for _k, bits in tested:
            found |= bits
        return self.rows_of(found)

    def tested_tokens(self, lemmas: list[int], lowers: list[int]) -> list[tuple[int, int]]:
        """(index, bits of the needed tests it passes) of every token of the stretch passing one."""
        lemma_get, lower_get = self.lemma_bits.get, self.lower_bits.get
        return [
            (k, bits) for k, (lemma, lower) in enumerate(zip(lemmas, lowers))
            if (bits := lemma_get(lemma, 0) | lower_get(lower, 0))
        ]

    def rows_of(self, found: int) -> int:
        """The rows (bits) every needed test of which is among the tests `found` (bits)."""
        rows = 0
        for i, needs in enumerate(self.rows):
            if needs & found == needs:
                rows |= 1 << i
        return rows

    @cached_property
    def unbounded(self) -> int:
        """The rows (bits) whose matches `windows` cannot bound: no needed test, or no longest match (computed once
        per cue file: every region asks it; speed34)."""
        return sum(1 << i for i, longest in enumerate(self.longest) if longest is None)

    def windows(self, tested: list[tuple[int, int]], length: int, rows: int) -> list[tuple[int, int]]:
        """Token windows [a, b) of a stretch of `length` tokens that hold every match of the rows `rows` (bits, as
        `possible_rows` gives them; none of them `unbounded`), merged and in order; `tested`: the stretch's
        `tested_tokens`.

        Every match of a row holds a token passing one of the row's needed tests (a token without "OP" is matched
        exactly once) and spans at most `longest[i]` tokens, so it lies within that many tokens before and after
        such a token. The Matcher reads no token outside its match (no anchors at a span's edges, no greedy
        filter in `rows_matcher`), so the matches inside the windows are the stretch's matches. Speed (speed27b):
        the Matcher's cost grows with the tokens it walks, and a sentence's needed tokens are few."""
        need = 0
        reach = 0
        for i, needs in enumerate(self.rows):
            if rows >> i & 1:
                longest = self.longest[i]
                if longest is None:
                    raise ValueError(f"row {i} has no bounded match: read it over the whole stretch")
                need |= needs
                reach = max(reach, longest)
        windows: list[tuple[int, int]] = []
        for k, bits in tested:
            if bits & need:
                a, b = max(0, k - reach + 1), min(length, k + reach)
                if windows and a <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], b)
                else:
                    windows.append((a, b))
        return windows


def _longest_match(pattern: list[dict[str, Any]]) -> int | None:
    """The most tokens a match of the Matcher pattern `pattern` can span; None: no bound ("*", "+", "{n,}", an
    operator not read here)."""
    total = 0
    for token in pattern:
        op = token.get("OP")
        if op is None or op in ("?", "!", "1"):
            total += 1  # ("!": a token that must not match; 1 is a bound however it is counted)
            continue
        bounds = re.fullmatch(r"\{(\d*)(?:(,)(\d*))?\}", op) if isinstance(op, str) else None
        if bounds is None:
            return None
        low, comma, high = bounds.groups()
        if comma is None:
            total += int(low or 0)  # "{n}"
        elif high:
            total += int(high)  # "{n,m}", "{,m}"
        else:
            return None  # "{n,}"
    return total


@lru_cache(maxsize=None)
def row_needs(name: str) -> RowNeeds:
    """The RowNeeds of the Matcher rows of cue file `name` (built once per process)."""
    lemma_bits: dict[int, int] = {}
    lower_bits: dict[int, int] = {}
    rows: list[int] = []
    longest: list[int | None] = []
    bit = 0
    for row in cue_index(name).rows:
        needs = 0
        for token in row["pattern"]:
            if "OP" in token:
                continue  # optional or repeated: not needed
            for attr, table in (("LEMMA", lemma_bits), ("LOWER", lower_bits)):
                values = _values(token, attr)
                if not values:
                    continue
                for h in _hashes(values, attr):
                    table[h] = table.get(h, 0) | (1 << bit)
                needs |= 1 << bit
                bit += 1
        rows.append(needs)  # (0: a row of no such test, possible anywhere)
        longest.append(_longest_match(row["pattern"]) if needs else None)
    return RowNeeds(lemma_bits, lower_bits, tuple(rows), tuple(longest))


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


_ROW_MATCHERS: dict[tuple[str, int, int], Matcher] = {}
_ROW_MATCHERS_MAX = 4096  # distinct (cue file, rows) sets kept; the studied texts need about 50


def rows_matcher(name: str, vocab: Vocab, rows: int) -> Matcher:
    """A Matcher of only the Matcher rows of cue file `name` whose bits are set in `rows` (`RowNeeds.possible_rows`),
    built once per set. Its matches in a stretch where the other rows cannot match are `matcher(name, vocab)`'s:
    the Matcher tries every row at every token, no row's matches depend on another's (no greedy, no callback), and
    a row left out matches nowhere there. Speed (speed25): the Matcher's cost grows with its rows, and a stretch
    holds the needed tokens of a few rows only."""
    key = (name, id(vocab), rows)
    m = _ROW_MATCHERS.get(key)
    if m is None:
        if len(_ROW_MATCHERS) >= _ROW_MATCHERS_MAX:
            _ROW_MATCHERS.clear()
        m = Matcher(vocab)
        for i, row in enumerate(cue_index(name).rows):
            if rows >> i & 1:
                m.add(row["label"], [row["pattern"]])
        _ROW_MATCHERS[key] = m
    return m


_TABLE_KEY = "dealwatch_token_table"


def token_table(doc: Doc) -> tuple[numpy.ndarray, list[int], list[int]]:
    """Lemma hash, lower hash, start offset and length of every token (one pass per Doc, shared), and the
    offsets and lengths as lists: the hashes become Python ints only for the tokens a caller reads. Read it
    after the tagger (rejoined separable verbs change lemmas): the deal context, the first to ask, runs after it."""
    table = doc.user_data.get(_TABLE_KEY)
    if table is None or len(table[1]) != len(doc):
        arrays = doc.to_array([LEMMA, LOWER, IDX, LENGTH])
        table = doc.user_data[_TABLE_KEY] = (arrays, arrays[:, 2].tolist(), arrays[:, 3].tolist())
    return table


def _merged(regions: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """`regions` (character spans, possibly overlapping, in any order) as sorted disjoint spans (starts, ends)."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(regions):
        if end <= start:
            continue
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _token_ranges(offsets: list[int], regions: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Per region (merged, in order), the token indices [a, b) whose start offset (`offsets`, ascending) lies in it."""
    for start, end in zip(*_merged(regions)):
        a, b = bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)
        if a < b:
            yield a, b


def token_cues(
    doc: Doc, name: str, regions: list[tuple[int, int]] | None = None
) -> dict[str, list[tuple[int, int]]]:
    """Character spans of every match of cue file `name` in `doc`, by label, in text order (cached on the Doc).

    `regions` (character spans, e.g. the sentences a component's gate selected) limits the
    search: most sentences of an article hold no claim. One-token cues are looked up token by
    token inside the regions; the Matcher runs only on regions holding an anchor of its rows.
    The first caller's regions decide what is cached. Call it after the tagger: rejoined
    separable verbs change lemmas.
    """
    key = f"dealwatch_cues_{name}"
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = find_token_cues(doc, name, regions)
    return cached


def find_token_cues(
    doc: Doc, name: str, regions: list[tuple[int, int]] | None = None
) -> dict[str, list[tuple[int, int]]]:
    """`token_cues` without the Doc's cache: the matches inside `regions`, found anew. Each region is read on its
    own (its tokens, its Matcher run), so the matches inside one region are the same whatever other regions are asked."""
    index = cue_index(name)
    if regions is None:
        regions = [(0, len(doc_text(doc)))]
    found: dict[str, set[tuple[int, int]]] = {}
    # The one-token rows: a dict look-up per token inside the regions (the tokens of a few gated sentences).
    arrays, offsets, lengths = token_table(doc)
    lemma_get, lower_get = index.lemma_bits.get, index.lower_bits.get
    hits: list[tuple[int, int]] = []  # (bits, token index) of the tokens with a one-token cue or an anchor
    regex_get = regex_bits(name, index, doc.vocab.strings) if index.regex_rows else None
    for a, b in _token_ranges(offsets, regions):
        # (a cue file without REGEX rows asks no regular expression: `regex_get` is None there)
        hits += [
            (bits, i) for i, lemma, lower in zip(range(a, b), arrays[a:b, 0].tolist(), arrays[a:b, 1].tolist())
            if (bits := lemma_get(lemma, 0) | lower_get(lower, 0) | (regex_get(lower) if regex_get else 0))
        ]
    for bit, label in enumerate(index.labels):
        mask = 1 << bit
        spans = {(offsets[i], offsets[i] + lengths[i]) for bits, i in hits if bits & mask}
        if spans:
            found[label] = spans
    anchor_offsets = [offsets[i] for bits, i in hits if bits & index.anchor_bit]
    if index.rows:
        if index.anchored:
            # The regions holding an anchor token (the offsets are in text order).
            regions = [
                (s, e) for s, e in regions
                if (i := bisect.bisect_left(anchor_offsets, s)) < len(anchor_offsets) and anchor_offsets[i] < e
            ]
        strings = doc.vocab.strings
        needs = row_needs(name)
        unbounded_rows = needs.unbounded
        for s, e in regions:
            part = doc.char_span(s, e, alignment_mode="expand")
            if part is None:
                continue
            # Speed, the same matches: the Matcher (about 0.1 ms a region) only where some row finds every token
            # it needs (speed24, session 24: on the studied texts 1,775 regions held an anchor, 762 of them all
            # of a row's needed tokens, 565 a match)
            # (speed25, session 25: and only with the rows whose needed tokens the region holds, `rows_matcher`)
            a, b = part.start, part.end
            tested = needs.tested_tokens(arrays[a:b, 0].tolist(), arrays[a:b, 1].tolist())
            rows = needs.rows_passed(tested)
            if not rows:
                continue
            # (speed27b, session 27: and, where every such row's matches are bounded, only over the tokens around
            # their needed tokens, `RowNeeds.windows`; a row without a bound, e.g. consent's one-token REGEX rows,
            # reads the whole region, and so do the others with it: one Matcher run costs less than two there)
            windows = [part] if rows & unbounded_rows else [
                doc[a + w0:a + w1] for w0, w1 in needs.windows(tested, b - a, rows)
            ]
            run = rows_matcher(name, doc.vocab, rows)
            for window in windows:
                for match_id, start, end in run(window):
                    span = window[start:end]
                    found.setdefault(strings[match_id], set()).add((span.start_char, span.end_char))
    return {label: sorted(spans) for label, spans in found.items()}


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
