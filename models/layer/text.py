"""Per-document text facts every layer and claim component shares: the lowered text, literal gates by sentence.

Each is computed once per Doc and kept in `doc.user_data`, so the deal context,
the tagger and the claim components never lower the same text twice.
"""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from models.context import doc_text, has, lower_keeping_offsets, speaks_of_target
from models.money import MoneyMention, find_money

LOWER_KEY = "dealwatch_lower"
_NAMES_KEY = "dealwatch_names_parties"
_MONEY_KEY = "dealwatch_money"


def lower_text(doc: Doc) -> str:
    """`doc.text` lowered with offsets kept (computed once per Doc)."""
    low = doc.user_data.get(LOWER_KEY)
    if low is None:
        low = doc.user_data[LOWER_KEY] = lower_keeping_offsets(doc_text(doc))
    return low


def money_in(doc: Doc) -> list[MoneyMention]:
    """`find_money(doc.text)`, found once per Doc: the price component and the learned moment stage both read
    every amount of the text (a new list each call: the callers' own to change)."""
    found = doc.user_data.get(_MONEY_KEY)
    if found is None:
        found = doc.user_data[_MONEY_KEY] = find_money(doc_text(doc), lower_text(doc))
    return list(found)


def names_parties(doc: Doc) -> tuple[bool, bool]:
    """(the document speaks of WhatsApp, it names the buyer): `context.speaks_of_target` and
    `context.has("buyer")` (or a compound naming the deal, "target_deal") of the whole text, asked once per Doc
    over its one lower-casing (price and year both read them)."""
    found = doc.user_data.get(_NAMES_KEY)
    if found is None:
        text, low = doc_text(doc), lower_text(doc)
        # "WhatsApp-Deal: Auch Oberpfälzer Firmen staunen": the deal's name stands for its buyer too
        buyer = has("buyer", text, low) or has("target_deal", text, low)
        found = doc.user_data[_NAMES_KEY] = (speaks_of_target(text, low), buyer)
    return found


def sentences_with(pattern: re.Pattern[str], text: str, starts: list[int], ends: list[int]) -> set[int]:
    """Indices of the sentences (`starts`/`ends`) in which `pattern` matches, in one pass over `text`.

    After a hit the search goes on at the end of that sentence: each sentence is searched
    at most once, and stretches without a hit are scanned once, not once per sentence.
    """
    found: set[int] = set()
    pos, end = (starts[0], ends[-1]) if starts else (0, 0)
    while pos < end:
        m = pattern.search(text, pos, end)
        if m is None:
            break
        si = bisect.bisect_right(starts, m.start()) - 1
        found.add(si)
        pos = max(ends[si], m.start() + 1)
    return found


def token_range(starts: list[int], lengths: list[int], size: int, start: int, end: int) -> range:
    """The tokens of `doc.char_span(start, end, alignment_mode="expand")` (none where it is None), from the
    tokens' start offsets (`starts`, ascending) and lengths and the text's `size`: a binary search, no Span.
    A token covers its text and its trailing whitespace (spaCy's token_by_char); a span starting on that
    whitespace starts at the next token."""
    if not (0 <= start < size and 0 <= end - 1 < size):
        return range(0)
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, end - 1) - 1
    if first < 0 or last < 0:
        return range(0)
    if start == starts[first] + lengths[first]:
        first += 1  # the trailing whitespace of the token before: not part of it ("expand")
    return range(first, last + 1)
