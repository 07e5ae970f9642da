"""A sum taken up by a word of degree, "so viel(e)" (issue 7, session 56, prec56).

German may state a figure bare and let the words after it say what it counts. Two shapes of it, one job (the unit or
the meaning of a bare figure given by a degree phrase after it):

- a bare number that opens its line, a dash, and a degree phrase that names a scale and a currency: "12 – so viele
  Milliarden Euro hat der Konzern ...": the number is that many billions of that currency (not after a colon: "drei
  plus neun macht 12: So viele ..." closes a sum worked out, which names no money itself) (`with_units_named_by_degree`;
  `models/price.py` reads bare numbers of a billion and more with "So viele Dollar" after them, this one the short
  number whose scale stands in the degree phrase);
- a heading or label line that states a bare sum, and a sentence right under it that opens with the degree word and
  says what was paid (no other buyer or bought company named there, no Konjunktiv II): "Die Zahl der Woche: 12 Milliarden" over "So viel will der Konzern ... bezahlen." The
  heading's sum is no shorthand then: the sentence below says it is what was paid (`resumed_below`; `models/price.py`
  asks it in `_heading_without_deal_words`).

`price_verdict` judges each amount as any other (another buyer's or another company's sum stays no price).
"""
from __future__ import annotations

import dataclasses
import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from models import context
from models.money import MoneyMention, parse_currency, parse_number, parse_scale, scale_words, vocabulary
from models.regex_tools import longest_first_patterns

PATTERNS_FILE = Path(__file__).resolve().parent / "patterns" / "price_degree_resumed.json"
_DEAL_SCALE = 1e9  # only scales of billions name a company's price
_SENTENCE_REACH = 200  # how far the sentence under a heading is read (characters)


def _escaped(words: list[str]) -> str:
    """`words` as one group of literal alternatives, longest first (regex_tools' order), a space matching any run of
    blanks on one line."""
    return "(?:" + longest_first_patterns(re.escape(word).replace(r"\ ", r"[^\S\n]+") for word in words) + ")"


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str]]:
    """The degree phrases, compiled (case-insensitive): the words from patterns/price_degree_resumed.json, the scales
    and currencies from patterns/money.json."""
    spec = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    vocab = vocabulary()
    degree = _escaped(spec["degree_words"])
    scales = scale_words(_DEAL_SCALE)
    currencies = _escaped([word for word in vocab["currencies"] if word[0].isalpha() or word in ("$", "€")])
    marks = "".join(re.escape(mark) for mark in spec["number_marks"])
    return {
        # a bare number that opens its line (a fact box's line), a dash, the degree phrase with its unit
        "number_unit": re.compile(
            rf"(?im)^[^\S\n]*(?P<number>\d{{1,3}}(?:,\d{{1,2}})?)[^\S\n]*[{marks}][^\S\n]*{degree}[^\S\n]+"
            rf"(?P<scale>{scales})(?![\wäöüß])[^\S\n]*(?P<currency>{currencies})(?![\wäöüß])"),
        # a sum ending its line, and under it the degree word with a currency, a scale between at most ("19 Milliarden"
        # over "So viele Dollar gab ...")
        "currency_below": re.compile(
            rf"(?i)[^\S\n]*\n\s*{degree}[^\S\n]+(?:(?:{scales})[^\S\n]+)?(?P<currency>{currencies})(?![\wäöüß])"),
        # the first words under a heading: the degree word opens the sentence
        "opens_below": re.compile(rf"(?i)(?P<gap>\s*){degree}(?![\wäöüß])"),
        "degree": re.compile(rf"(?i){degree}"),
    }


def may_hold(text: str) -> bool:
    """The cheap test first: does `text` hold a degree word at all?"""
    return _rules()["degree"].search(text) is not None


def with_units_named_by_degree(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """`mentions` and each bare number opening its line that a dash and a degree phrase with a scale of billions and a
    currency follow ("12 – so viele Milliarden Euro ..."), as that many billions of that currency; the mention spans
    the number and its degree phrase. A sum of no currency that ends its line takes the currency of a degree phrase
    opening the line under it (`_with_currency_below`)."""
    added = []
    for found in _rules()["number_unit"].finditer(text):
        at = found.start("number")
        if any(m.start <= at < m.end for m in mentions):
            continue
        said = parse_number(found.group("number"))
        value = float(said) * parse_scale(found.group("scale").lower(), said)
        added.append(MoneyMention(start=at, end=found.end(), amount_start=at, amount_end=found.end("number"),
                                  value=int(value) if value.is_integer() else value,
                                  currency=parse_currency(found.group("currency")), qualifier="exact", has_scale=True))
    mentions = [_with_currency_below(text, m) for m in mentions]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _with_currency_below(text: str, mention: MoneyMention) -> MoneyMention:
    """`mention` with the currency that the degree phrase right under its line names ("19 Milliarden" over "So viele
    Dollar gab ..."), where it states none and ends its line (review56, 15:26 UTC)."""
    if mention.currency is not None or not mention.has_scale:
        return mention
    below = _rules()["currency_below"].match(text, mention.end)
    if below is None:
        return mention
    return dataclasses.replace(mention, currency=parse_currency(below.group("currency")))


def resumed_below(doc: Doc, heading_end: int) -> bool:
    """Does the sentence right under the heading that ends at `heading_end` open with a degree word and speak of
    paying ("So viel will der Konzern ... bezahlen.")? Only blank space may stand between. The sentence is the
    layer's (models/sentences.py: "Mrd." or "z. B." end none), read at most _SENTENCE_REACH characters on."""
    text = context.doc_text(doc)
    opening = _rules()["opens_below"].match(text, heading_end)
    if opening is None or "\n" not in opening.group("gap"):
        return False  # (the degree word on the heading's own line takes up something else)
    sentences = context.Sentences.of(doc)
    _, end = sentences.span(sentences.index_at(opening.end() - 1))
    sentence = text[opening.end() : min(end, opening.end() + _SENTENCE_REACH)]
    # the sum is then judged as the heading's, so the sentence must say it is our buyer's sum, paid in fact: not another
    # buyer's bid ("So viel soll ein Suchkonzern geboten haben"), another target's price, nor a sum in the Konjunktiv II
    # ("So viel hätte ... gezahlt"); review56's finding of 14:49 UTC
    return (context.about_paying(sentence) and not context.has("other_buyers", sentence)
            and not context.has("other_targets", sentence) and not context.has("counterfactual_finites", sentence))
