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
# `_END` led by the character that decides each match, a line end or the `.!?` just before it, consumed: the engine
# then skips in C to those characters (rare in text), instead of trying `_END`'s lookbehind at every position (speed23).
# The same matches: group "at" (absent for a line end) spans `_END`'s match after a `.!?`; no match of `_END` holds
# a `.!?`, so the one consumed lies in no match before; a line end right after it is `_END`'s first branch, tried
# there first (`(?!\n)`). `test_the_sentence_split_led_by_its_end_splits_like_the_plain_one`.
_END_LED = re.compile(r"[\n.!?](?:(?<=\n)\n*|(?<=[.!?])(?!\n)(?P<at>[\"“”»)]?\s+)(?=[\"„“«(]?[A-ZÄÖÜ]))")
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
    for match in _END_LED.finditer(text):
        gap = match.group("at")
        if gap is None:  # a line end
            bounds.append((start, match.start()))
        else:
            at = match.start("at")
            if gap.strip() == "" and "\n" not in gap:
                word = word_before_stop(text, start, at - 1)
                if word and (word.isdigit() or word.lower() in _ABBREVIATIONS):
                    continue  # "am 19. Februar", "16 Mrd. Dollar": no sentence end
            bounds.append((start, at))
        start = match.end()
    bounds.append((start, len(text)))
    return [(a, b) for a, b in bounds if b > a]


def word_before_stop(text: str, start: int, stop: int) -> str:
    """The word characters (`\\w`) right before offset `stop`, back to `start` at most ("" where there are none):
    for a `.!?` at `stop`, group 1 of `(\\w+)[.!?]$` searched in text[start:stop + 1]. Speed (speed23): read backwards
    from the stop, not a search trying that pattern at each word before it (`\\w` is what `str.isalnum` says, or "_")."""
    i = stop
    while i > start and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:stop]


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
