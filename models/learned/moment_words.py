"""What the learned price-moment stage reads about one amount: its words, value band, years and heading.

The moment a price refers to (`announced`, `closing`, `unspecified`, CONTRACT.md) is said around
the amount ("bei Bekanntgabe", "zum Abschluss", "inzwischen", "heute wert"), by the dates near it
("Februar 2014" against "Oktober 2014"), by the block's heading, and by the figure itself (16 or
19 billion dollars at the announcement, 21.8 to 22 at the closing). The words come from
`models.learned.price_words` (the amount's sentence, the amount `__amt__`, other amounts
`__money__`, other numbers `__num__`), with these additions, all general:

- a year 1990-2039 of the sentence as a word (`y:2014`; `price_words` hides every number);
- the value band `band:<currency>:<billions rounded>` (`band:USD:19`, `band:USD:22`);
- the heading (`h:` words): the nearest line above the amount's line with at most 12 words and
  no final `.!?:`, else the text's first line.

Variants (declared before measuring, docs/extraction-quality.md, "A learned price moment",
session 10):
- `M1` context: the sentence, the previous sentence (`p:`), band, years, heading; no rules' moment;
- `M2` context+rule: M1 plus the rules' moment as a word (`rule:announced`);
- `M3` near+rule: eight words either side of the amount in its sentence, its years, band, rules' moment.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from models.learned.price_words import AMOUNT, amount_words, sentence_bounds, sentence_index
from models.money import MoneyMention

VARIANTS = ("M1", "M2", "M3")
USES_RULE = frozenset(("M2", "M3"))  # the variants that read the rules' moment
NEAR = 8  # M3: words either side of the amount
HEADING_WORDS = 12
MOMENTS = ("announced", "closing", "unspecified")
_YEAR = re.compile(r"(?<!\d)(?:199\d|20[0-3]\d)(?!\d)")
_LINE = re.compile(r"[^\n]+")
_HEADING_END = re.compile(r"[.!?:]\s*$")


@dataclass(frozen=True)
class TextView:
    """One text's sentence bounds and non-empty lines, computed once for all its amounts."""

    text: str
    bounds: tuple[tuple[int, int], ...]
    lines: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, text: str) -> TextView:
        """The view of `text`."""
        return cls(text, tuple(sentence_bounds(text)), tuple(m.span() for m in _LINE.finditer(text) if m.group().strip()))

    def sentence_at(self, at: int) -> int:
        """The index of the sentence holding offset `at` (the last one past the end)."""
        return sentence_index(self.bounds, at)

    def heading(self, at: int) -> str:
        """The heading above offset `at` (see the module docstring); '' for a text without lines."""
        for a, b in reversed([(a, b) for a, b in self.lines if b <= at]):  # the lines ending before the amount
            line = self.text[a:b].strip()
            if len(line.split()) <= HEADING_WORDS and not _HEADING_END.search(line):
                return line
        return self.text[self.lines[0][0]:self.lines[0][1]].strip() if self.lines else ""


def value_band(value: float, currency: str | None) -> str:
    """`band:<currency>:<billions rounded>` ('other' outside 1 to 999 billion)."""
    billions = float(value) / 1e9
    return f"band:{currency or 'none'}:{round(billions) if 1 <= billions < 1000 else 'other'}"


def years(text: str, start: int, end: int, prefix: str = "") -> list[str]:
    """The years 1990-2039 written in text[start:end], as `y:YYYY` words."""
    return [f"{prefix}y:{m.group()}" for m in _YEAR.finditer(text, start, end)]


def _plain(line: str) -> list[str]:
    """The lower-cased words of a line (the heading's `h:` words)."""
    return re.findall(r"\w+", line.lower())


def moment_words(view: TextView, mention: MoneyMention, mentions: list[MoneyMention], variant: str,
                 rule_moment: str | None = None) -> tuple[str, ...]:
    """The words the classifier reads for `mention` (one of `mentions`, the text's amounts) in `variant`."""
    text = view.text
    index = view.sentence_at(mention.start)
    start, end = view.bounds[index]
    extra = [value_band(mention.value, mention.currency), *years(text, start, end)]
    if variant == "M3":
        words = list(amount_words(text, mention, mentions, "sentence", list(view.bounds)))
        at = words.index(AMOUNT)
        words = words[max(0, at - NEAR):at + NEAR + 1]
    else:
        words = list(amount_words(text, mention, mentions, "previous", list(view.bounds)))
        if index > 0:
            extra += years(text, *view.bounds[index - 1], prefix="p:")
        extra += ["h:" + w for w in _plain(view.heading(mention.start))]
    if variant in USES_RULE:
        extra.append(f"rule:{rule_moment or 'none'}")
    return tuple(words + extra)
