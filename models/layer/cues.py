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
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

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


_MATCHERS: dict[tuple[str, int], Matcher] = {}


def matcher(name: str, vocab: Vocab) -> Matcher:
    """The compiled Matcher of cue file `name` for `vocab` (built once)."""
    key = (name, id(vocab))
    if key not in _MATCHERS:
        m = Matcher(vocab)
        for row in pattern_rows(name):
            m.add(row["label"], [row["pattern"]])
        _MATCHERS[key] = m
    return _MATCHERS[key]


def token_cues(
    doc: Doc, name: str, regions: list[tuple[int, int]] | None = None
) -> dict[str, list[tuple[int, int]]]:
    """Character spans of every match of cue file `name` in `doc`, by label (cached on the Doc).

    `regions` (character spans, e.g. the sentences a component's gate selected) limits the
    search: the Matcher costs time per token, and most sentences of an article hold no claim.
    The first caller's regions decide what is cached.
    """
    key = f"dealwatch_cues_{name}"
    cached = doc.user_data.get(key)
    if cached is None:
        cached = {}
        strings = doc.vocab.strings
        m = matcher(name, doc.vocab)
        parts = [doc] if regions is None else [doc.char_span(s, e, alignment_mode="expand") for s, e in regions]
        for part in parts:
            if part is None:
                continue
            for match_id, start, end in m(part):
                span = part[start:end]
                cached.setdefault(strings[match_id], []).append((span.start_char, span.end_char))
        doc.user_data[key] = cached
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
