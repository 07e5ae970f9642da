"""What the learned price veto reads: the sentence around an amount, the amount itself hidden.

An amount of money (a `models.money.find_money` mention) is shown to the classifier as the
words of its sentence with the amount replaced by `__amt__`, every other amount by
`__money__` and every other number by `__num__`: it learns how a purchase price is said
("kostet", "Kaufpreis", "übernimmt für"), not which figures a set used. The sentence split is
a plain one on the text (line ends; `.!?` before a capital, not after a number or a
scale abbreviation), so training and run time cut the same sentences without the pipeline.

Variants (declared before measuring, issue 7 session 9; `python -m models.learned.price_loso`):
- `sentence`: the amount's sentence;
- `previous`: the sentence plus the one before it (its words marked `p:`);
- `window`: only the six words either side of the amount, inside its sentence.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from models.money import MoneyMention, find_money

VARIANTS = ("sentence", "previous", "window")
WINDOW = 6
AMOUNT, OTHER_AMOUNT, NUMBER = "__amt__", "__money__", "__num__"
_WORD = re.compile(r"\w+|[^\w\s]")
# A sentence ends at a line end, or at .!? followed by space and a capital or a quote, unless the
# period ends a number ("19. Februar") or an abbreviation inside an amount or phrase.
_END = re.compile(r"\n+|(?<=[.!?])[\"“”»)]?\s+(?=[\"„“«(]?[A-ZÄÖÜ])")
_ABBREVIATIONS = frozenset("mrd mio md tsd bio dr nr ca rd bzw vgl evtl z b u a s co inc corp st abs".split())


class _Spanned(Protocol):
    """Anything with character offsets (a `MoneyMention`, a `Candidate`)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


Amount = TypeVar("Amount", bound=_Spanned)


def claimed_amount(claim: dict[str, Any], amounts: Sequence[Amount]) -> Amount | None:
    """The amount a price claim was read from (the first its span overlaps), if the money finder found it."""
    return next((c for c in amounts if c.start < claim["end"] and claim["start"] < c.end), None)


@dataclass(frozen=True)
class Candidate:
    """One amount of a text as the veto sees it: where it is, what it is worth, and its words."""

    start: int
    end: int
    value: Any
    currency: str | None
    words: tuple[str, ...]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of `text` by the plain split of the module docstring."""
    bounds, start = [], 0
    for match in _END.finditer(text):
        if match.group().strip() == "" and "\n" not in match.group():
            before = word_before_end(text, start, match.start())
            if before and (before.group(1).isdigit() or before.group(1).lower() in _ABBREVIATIONS):
                continue  # "am 19. Februar", "16 Mrd. Dollar": no sentence end
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if b > a]


_WORD_BEFORE_END = re.compile(r"(\w+)[.!?][\"“”»)]?$")
_TAIL = 64  # characters searched first: a word that long before a sentence end is all but unknown


def word_before_end(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_WORD_BEFORE_END.search(text[start:end])` (group 1: the word before the final `.!?`), offsets into `text`.

    Speed, the same group: a search over the whole sentence tries the pattern at every word of it; the
    match can only lie in the sentence's last word, so only its tail is searched. A match at the tail's
    very start may be the end of a longer word: then the whole sentence is searched."""
    lo = max(start, end - _TAIL)
    found = _WORD_BEFORE_END.search(text, lo, end)
    if found is not None and found.start() == lo and lo > start:
        found = _WORD_BEFORE_END.search(text, start, end)  # the word may begin before the tail
    return found


def sentence_index(bounds: Sequence[tuple[int, int]], at: int) -> int:
    """The index of the sentence of `bounds` (`sentence_bounds`: in order, disjoint) holding offset `at`; the last
    one where none does (`at` between sentences or past the end). A binary search, not a scan of the sentences."""
    i = bisect.bisect_right(bounds, (at, float("inf"))) - 1  # the last sentence starting at or before `at`
    return i if i >= 0 and at < bounds[i][1] else len(bounds) - 1


def _words(text: str, start: int, end: int, amount: tuple[int, int] | None, others: list[tuple[int, int]]) -> list[str]:
    """The lowered words of text[start:end], the amount, other amounts and numbers replaced by placeholders."""
    spans = [(a, b, OTHER_AMOUNT) for a, b in others if a < end and b > start]
    if amount is not None:
        spans.append((amount[0], amount[1], AMOUNT))
    spans.sort()
    words: list[str] = []
    position = start
    for a, b, mark in spans:
        words += _plain_words(text[position:max(position, a)])
        words.append(mark)
        position = max(position, b)
    words += _plain_words(text[position:end])
    return words


def _plain_words(text: str) -> list[str]:
    # (speed, the same words: a word of letters holds no digit; the test runs in C, no generator per word)
    return [w if w.isalpha() or not any(map(str.isdigit, w)) else NUMBER for w in _WORD.findall(text.lower())]


def amount_words(text: str, mention: MoneyMention, mentions: list[MoneyMention], variant: str = "sentence",
                 bounds: list[tuple[int, int]] | None = None) -> tuple[str, ...]:
    """The words the classifier reads for `mention` (one of `mentions`, the text's amounts) in `variant`."""
    bounds = bounds if bounds is not None else sentence_bounds(text)
    index = sentence_index(bounds, mention.start)
    start, end = bounds[index]
    others = [(m.start, m.end) for m in mentions if m is not mention]
    words = _words(text, start, end, (mention.start, mention.end), others)
    if variant == "window":
        at = words.index(AMOUNT)
        words = words[max(0, at - WINDOW):at + WINDOW + 1]
    elif variant == "previous" and index > 0:
        a, b = bounds[index - 1]
        words = ["p:" + w for w in _words(text, a, b, None, others)] + words
    return tuple(words)


def candidates(text: str, variant: str = "sentence") -> list[Candidate]:
    """Every amount `find_money` finds in `text`, with the words the classifier reads for it."""
    mentions = find_money(text)
    bounds = sentence_bounds(text)
    return [Candidate(m.start, m.end, m.value, m.currency, amount_words(text, m, mentions, variant, bounds)) for m in mentions]
