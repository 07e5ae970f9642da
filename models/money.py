"""German numbers and money amounts: the one place that parses them.

`parse_number("13,82")`, `parse_number("neunzehn")`, `find_money(text)` ->
`MoneyMention`s with value (in whole currency units), currency, qualifier and
exact character offsets. Vocabulary (scales, currencies, number words,
qualifiers) lives in `patterns/money.json`; this module only knows grammar:

- German separators: "19,5" (decimal comma), "1.000" / "19.000.000.000"
  (thousands dot), thin or plain spaces between thousands groups; an English
  decimal point ("19.5 bn") is read as such when it cannot be a thousands dot.
- number words ("neunzehn", "einundzwanzig", "eine Milliarde"), a decimal spoken in words
  ("einundzwanzig Komma acht").
- a text as printed: a word hyphenated at a line end ("19 Mrd. US-Dol-\nlar") and a running page header inside a
  sentence are read through by the layer's one join (the reading text, models/layer/reading.py, which the pipeline's
  Doc already is); this module adds only what is money's own: a scale or currency word split on its line by a copied
  PDF ("13,8 Milliar- den Euro") and OCR's letter errors in an amount ("l9 Milliarclen Dollar").
- currency before ("US$ 19 Mrd.", "$19bn") or after ("19 Mrd. Dollar"), also
  inside compounds ("19-Milliarden-Dollar-Deal").
- a currency named once at the end of an enumeration belongs to every amount
  of it ("von 16 Milliarden die Rede, mal von 19, mal von 22 Milliarden Dollar",
  "zwischen 16 und 19 Milliarden Dollar"); one named before does not carry on.
- a qualifier before the amount ("rund", "knapp", "bis zu", "mehr als", ...),
  possibly separated by quotes or an intensifying adjective
  ("für „schlappe“ 20 Milliarden").
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Any

from models.caseless import CASED_BEYOND_LATIN1, caseless_reading
from models.context import lower_keeping_offsets
from models.layer.reading import Reading, reading_of, to_original
from models.layer.spelling import swiss_file
from models.money_scan import StartScan, TriggerScan, matches_at_starts
from models.number_words import WORD_END, WORD_START, number_pattern, openers, read_number
from models.regex_tools import literal_automaton, longest_first
from models.quote_marks import QUOTE_MARKS

Number = int | float


@dataclass(frozen=True)
class MoneyMention:
    """An amount of money (or a scaled number) found in a text.

    `start`/`end` cover the qualifier (when it changes the meaning), the
    number, the scale and the currency; `amount_start`/`amount_end` the
    amount without the qualifier. `currency` is None when the text names none.
    """

    start: int
    end: int
    amount_start: int
    amount_end: int
    value: Number
    currency: str | None
    qualifier: str
    has_scale: bool


def same_figure(one: MoneyMention, other: MoneyMention) -> bool:
    """The same figure: the same value, in no other currency ("19 Milliarden" and "19 Milliarden Dollar"; not "19
    Milliarden Euro" and "19 Milliarden US-Dollar", the wrong currency a fact check corrects)."""
    return one.value == other.value and (one.currency is None or other.currency is None or one.currency == other.currency)


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """The money vocabulary from patterns/money.json; its words read the Swiss "ss" for "ß" (the file's "_spelling")."""
    text = resources.files("models.patterns").joinpath("money.json").read_text(encoding="utf-8")
    return swiss_file(json.loads(text))


_QUOTE_CLASS = f"[{QUOTE_MARKS}]"  # quotes around a qualifier ("für „schlappe“ 20 Milliarden")


@lru_cache(maxsize=1)
def _anchors() -> tuple[list[str], list[str]]:
    """The trigger's literals over the lowered text, in its alternation order (longest first): scale and
    currency words (without a final dot, matched only at a word start) and signs (anywhere)."""
    vocab = vocabulary()
    anchor_words = sorted({*vocab["scales"], *vocab["currencies"]}, key=len, reverse=True)
    return ([w.rstrip(".").lower() for w in anchor_words if w[0].isalpha()],
            [w.lower() for w in anchor_words if not w[0].isalpha()])


@lru_cache(maxsize=1)
def _scans() -> tuple[TriggerScan, StartScan] | None:
    """Speed: the trigger and the places an amount can begin, as literal scans (models/money_scan.py)."""
    vocab = vocabulary()
    trigger = TriggerScan.build(*_anchors())
    # An amount opens with a currency (cur1), a number in words (num3; the literals it opens with), or a digit.
    starts = StartScan.build([*vocab["currencies"], *openers()])
    return None if trigger is None or starts is None else (trigger, starts)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    vocab = vocabulary()
    # A number in words (models/number_words.py), with a decimal spoken after "Komma" ("einundzwanzig Komma acht
    # Milliarden", transcripts and radio scripts: the digit words belong to the number, or "acht Milliarden" would
    # be read alone; issue 7, session 30, price51).
    number_word = number_pattern()
    digits = (
        r"(?<![\d.,])(?:"
        r"\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)"  # 19.000.000.000 / 1.000,5
        r"|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,.]\d)"  # 19 000 000 000
        r"|\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?(?![\d'’])"  # Swiss grouping: 19'000'000'000, 17’000 Mio. (session 41)
        r"|\d{1,3}(?:,\d{3}){2,}(?![\d,.]\d)"  # English thousands: $19,000,000,000 (two groups at least: "19,000" is German 19)
        r"|\d+\.\d{1,2}(?![\d.])"  # English decimal point: 19.5
        r"|\d+(?:,\d+)?(?![\d])"  # 19 / 19,5
        r")"
    )
    number = rf"(?:{digits}|{WORD_START}{number_word})"
    scales = [s for s in vocab["scales"]]
    scale = "|".join(
        re.escape(s) if s.endswith(".") else re.escape(s) + WORD_END
        for s in sorted(scales, key=len, reverse=True)
    )
    # a scale letter glued to the digits after a currency sign ("$16B"; money.json sign_scales)
    glued = "|".join(rf"(?<=\d){re.escape(s)}{WORD_END}" for s in sorted(vocab["sign_scales"], key=len, reverse=True))
    currency_words = sorted(vocab["currencies"], key=len, reverse=True)
    currency = "|".join(
        re.escape(c) + (WORD_END if c[-1].isalpha() else "") for c in currency_words
    )
    # Before its number a three-letter currency code may be glued to the digits ("USD19bn", "EUR13,8 Mrd.":
    # English-mixed copy): a letter, not a digit, ends the code there (session 41, price41); other words end as words.
    currency_before = "|".join(
        re.escape(c) + ((r"(?![^\W\d_])" if len(c) == 3 and c.isalpha() else WORD_END) if c[-1].isalpha() else "")
        for c in currency_words
    )
    sep = r"[ \u00a0\u2009\u202f-]?"
    # A wrapped line inside an amount (subtitles, teletext, narrow columns: "zahlt 19 Milliarden\nDollar"): one line
    # break between the number, its scale and its currency, never a blank line (a new paragraph or subtitle cue).
    wrap = r"(?:[ \u00a0\u2009\u202f-]|[ \t]*\n[ \t]*)?"
    # Currency first ("US$ 19 Mrd.", "€ 13,8 Milliarden"), or number first with scale and/or currency.
    currency_word = "|".join(re.escape(c) + WORD_END for c in currency_words if c[-1].isalpha())
    worded = rf"{WORD_START}{number_word}"
    # Currency first ("US$ 19 Mrd."), digits first ("19 Mrd. $"), or a number word, which takes a scale
    # or a currency word but never a sign ("Ein $12bn-Deal" is twelve billion, not one dollar).
    # The currency as the first part of the scale's compound ("neunzehn Dollar-Milliarden", "16 Euromilliarden"):
    # tried first, or "19 Dollar" would be read alone.
    currency_stem = "|".join(re.escape(c) for c in currency_words if c[-1].isalpha())
    money = (
        rf"(?:(?P<num4>{number})[ \u00a0](?P<cur5>{currency_stem})-?(?P<scale4>{scale}))|"
        rf"(?:(?P<cur1>{currency_before})\s?(?P<num1>{number})(?:{sep}(?P<scale1>{scale}|{glued}))?)"
        rf"|(?:(?P<num2>{digits})(?:{wrap}(?P<scale2>{scale}))?(?:{wrap}(?P<cur2>{currency}))?)"
        rf"|(?:(?P<num3>{worded})(?:{wrap}(?P<scale3>{scale})(?:{wrap}(?P<cur3>{currency}))?|\s+(?P<cur4>{currency_word})))"
    )
    qualifier_words = {w: kind for kind, ws in vocab["qualifiers"].items() for w in ws}
    quote = _QUOTE_CLASS
    exact_adjectives = longest_first(vocab["qualifiers"]["exact"])
    qualifier_tail = (
        rf"(?:{WORD_START}(?P<qual>{longest_first(qualifier_words)}){WORD_END}{quote}?\s+)?"
        rf"(?:{quote}?(?:{exact_adjectives}){quote}?\s+)?{quote}?$"
    )
    words, signs = _anchors()
    return {
        # Every mention holds a scale or a currency: search the big pattern only around those.
        # Literal stems over the lower-cased text are ~20x faster than the case-insensitive pattern.
        # Words only at a word start ("eur" in "Europa" is no anchor), under one shared lookbehind; signs anywhere.
        "trigger": re.compile(
            r"(?<![a-zäöüß])(?:" + "|".join(map(re.escape, words)) + ")|" + "|".join(map(re.escape, signs))
        ),
        "money": re.compile(money, re.IGNORECASE),
        # The same pattern, case-sensitive, for the lowered text (`_candidate_matches`): markedly faster.
        "money_lowered": re.compile(money),
        "number": re.compile(rf"^(?:{number})$", re.IGNORECASE),
        "qualifier_tail": re.compile(qualifier_tail, re.IGNORECASE),
    }


def parse_number(text: str) -> Number:
    """Value of a German number written in digits or words.

    >>> parse_number("19,5"), parse_number("1.000"), parse_number("neunzehn")
    (19.5, 1000, 19)
    Raises ValueError for text that is not a number.
    """
    value = _parse_decimal(text.strip())
    return _plain(value)


_SPACES = re.compile(r"[ \u00a0\u2009\u202f'’]")  # a blank or the Swiss apostrophe between thousands groups
_THOUSANDS_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_THOUSANDS_COMMAS = re.compile(r"\d{1,3}(?:,\d{3}){2,}")  # English grouping, "19,000,000,000"
_PLAIN_DECIMAL = re.compile(r"\d+(?:\.\d{1,2})?")


def _parse_decimal(text: str) -> Decimal:
    """The value of a number in digits (German or English separators) or in words (models/number_words.py)."""
    worded = read_number(text)
    if worded is not None:
        return worded
    compact = _SPACES.sub("", text)
    if _THOUSANDS_DOTS.fullmatch(compact):
        compact = compact.replace(".", "").replace(",", ".")
    elif _THOUSANDS_COMMAS.fullmatch(compact):
        compact = compact.replace(",", "")
    elif _DECIMAL_COMMA.fullmatch(compact):
        compact = compact.replace(",", ".")
    elif not _PLAIN_DECIMAL.fullmatch(compact):
        raise ValueError(f"not a German number: {text!r}")
    try:
        return Decimal(compact)
    except InvalidOperation:  # pragma: no cover (the regexes above only pass valid decimals)
        raise ValueError(f"not a German number: {text!r}") from None


def _plain(value: Decimal) -> Number:
    """An int where the value is whole (19000000000), else a float (13.82)."""
    return int(value) if value == value.to_integral_value() else float(value)


def parse_scale(text: str, number: Number | None = None) -> Number:
    """Multiplier of a scale word: 'Mrd.' -> 1e9, 'Millionen' -> 1e6; the English singular after a number other than
    one ('19 billion') a thousand million (money.json plural_scales), a scale letter after a sign ('$16B') its own."""
    vocab = vocabulary()
    lowered = text.lower()
    if number is not None and number != 1 and lowered in vocab["plural_scales"]:
        return vocab["plural_scales"][lowered]
    return vocab["scales"][lowered] if lowered in vocab["scales"] else vocab["sign_scales"][lowered]


def scale_words(at_least: float, at_most: float = math.inf) -> str:
    """The scale words of patterns/money.json ("scales") of at least `at_least` ("Mrd.", "Milliarden", "bn", "Bio.", ...
    for 1e9) as one group of literal alternatives, longest first (`longest_first`): the one vocabulary of the scales for
    a rule that names a sum's scale, lower case (compile it case-insensitive).

    Two readings, one vocabulary: a rule that asks whether a written sum is big (a deal's sum, "19 Mrd.", "1,2 Bio.")
    takes every scale from `at_least` up; a rule that lends its scale to bare numbers elsewhere (a table's bracketed
    unit header "(in Mrd. US-Dollar)" over rows "19,0") takes the one scale it multiplies by, `at_most=at_least`:
    "(in Billionen Dollar)" would make "19,0" nineteen trillion, no row of a billion (issue 7, session 58, prec58)."""
    return "(?:" + longest_first(word for word, size in vocabulary()["scales"].items() if at_least <= size <= at_most) + ")"


def parse_currency(text: str) -> str:
    """ISO code of a currency word or sign: 'US-Dollar' -> 'USD', '€' -> 'EUR'."""
    return vocabulary()["currencies"][text.lower()]


# Characters whose case-insensitive matching is exactly `str.lower()` (Latin-1 and caseless punctuation).
_NOT_PLAIN = re.compile(r"[^\x00-\xff„“”‚‘’–—…€\u2009\u202f]")


@lru_cache(maxsize=1)
def _qualifier_words_lowered() -> tuple[str, ...]:
    return tuple({w.lower() for words in vocabulary()["qualifiers"].values() for w in words})


@lru_cache(maxsize=1)
def _qualifier_automaton() -> Any:
    """The qualifier words in one Aho-Corasick automaton (None without pyahocorasick)."""
    return literal_automaton(_qualifier_words_lowered())


_QUOTE = re.compile(_QUOTE_CLASS)


def _qualifier_tail(text: str, window_start: int, start: int) -> re.Match[str] | None:
    """`qualifier_tail.search(text, window_start, start)`, or None where that finds no qualifier word.

    Speed: most amounts stand without a qualifier, so no qualifier word occurs before them; where one
    does, the (case-insensitive, slow) tail pattern is tried only where a match can begin (a qualifier
    word, a quote, or the end) rather than at every position: the first that matches is the search's."""
    pattern = _patterns()["qualifier_tail"]
    window = text[window_start:start]
    if _NOT_PLAIN.search(window):
        return pattern.search(text, window_start, start)  # a character the pattern may fold differently
    low = window.lower()
    automaton = _qualifier_automaton()
    if automaton is None:
        return pattern.search(text, window_start, start) if any(w in low for w in _qualifier_words_lowered()) else None
    # one scan in C, not one substring test per word (about 40); exact adjectives are qualifier words too
    begins = {window_start + end + 1 - len(word) for end, word in automaton.iter(low)}
    if not begins:
        return None
    begins.update(window_start + quote.start() for quote in _QUOTE.finditer(window))
    begins.add(start)
    if start > window_start and text[start - 1] == "\n":
        begins.add(start - 1)  # "$" also matches before a final newline
    for begin in sorted(begins):
        match = pattern.match(text, begin, start)
        if match is not None:
            return match
    return None  # pragma: no cover (the pattern matches the empty tail at `start`)


_PREPOSITIONS = ("über", "unter")


@lru_cache(maxsize=1)
def _complement_noun_before() -> re.Pattern[str]:
    """A noun that takes the amount as its complement, right before "über"/"unter" (money.json complement_nouns)."""
    stems = longest_first(vocabulary()["complement_nouns"])
    return re.compile(rf"(?i)(?:{stems})[\wäöüß-]*\s+$")  # also the end of a compound ("Kaufvertrag")


def qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier right before `start` and where it begins (`start` itself when none or exact)."""
    window_start = max(0, start - 40)
    match = _qualifier_tail(text, window_start, start)
    if match is None or match.group("qual") is None:
        return "exact", start
    word = match.group("qual").lower()
    if word in _PREPOSITIONS and _complement_noun_before().search(text, window_start, match.start("qual")):
        return "exact", start  # "ein Vertrag über 19 Milliarden": the contract's sum, not "more than"
    for kind, words in vocabulary()["qualifiers"].items():
        if word in (w.lower() for w in words):
            if kind == "exact":
                return "exact", start
            return kind, match.start("qual")
    return "exact", start  # pragma: no cover


def find_money(text: str, lowered: str | None = None) -> list[MoneyMention]:
    """Every amount in `text` that has a scale or a currency, in text order (see share_currency), with offsets of
    `text` as given. `text` is read as the pipeline reads it: its reading text (`reading_of`: a word hyphenated at a
    line end rejoined, "19 Mrd. US-Dol-\nlar"; a running page header inside a sentence read through), itself for a
    Doc's text. `lowered`: `lower_keeping_offsets(text)` where the caller holds it (a Doc's `lower_text`), so it is
    not made again."""
    reading = reading_of(text)
    if reading.origin:  # a text as printed (not a Doc's): read its reading text, offsets mapped back
        return [_in_the_text(mention, reading) for mention in _find_in_reading(reading.text)]
    return _find_in_reading(text, lowered)


def _find_in_reading(text: str, lowered: str | None = None) -> list[MoneyMention]:
    """`find_money` of a reading text: money's own repairs (`_money_edits`), then the amounts."""
    joined = _money_edits(text)
    if joined is not None:  # "13,8 Milliar- den Euro", "l9 Milliarclen": read repaired, offsets of `text`
        joined_text, origin = joined
        return [_in_the_original(mention, origin) for mention in _find_in_reading(joined_text)]
    amounts = _with_scale_groups_joined(text, _find_amounts(text, lowered))
    return share_currency(text, _with_alternative_starts(text, _with_change_starts(text, amounts)))


# Between the groups of one amount said by its scales ("einundzwanzig Milliarden achthundert Millionen Dollar"): blanks
# on one line, or "und".
_SCALE_GROUP_GAP = re.compile(r"[ \u00a0]+(?:und[ \u00a0]+)?")


def _with_scale_groups_joined(text: str, amounts: list[MoneyMention]) -> list[MoneyMention]:
    """`amounts` with an amount said by its scale groups read as one: a scaled sum with no currency right before a
    smaller one that names it ("Einundzwanzig Milliarden achthundert Millionen Dollar", "21 Milliarden 800 Millionen
    US-Dollar", "zwei Millionen fünfhunderttausend Euro"), as German speaks a number past its first scale. Not two
    sums of one power ("19 Milliarden, 16 Milliarden"), nor a count after a sum ("19 Milliarden 450 Millionen Nutzer":
    the second names no currency)."""
    joined: list[MoneyMention] = []
    for amount in amounts:
        last = joined[-1] if joined else None
        if (last is not None and last.has_scale and last.currency is None and amount.currency is not None
                and amount.qualifier == "exact" and amount.start == amount.amount_start
                and _SCALE_GROUP_GAP.fullmatch(text, last.end, amount.amount_start) is not None
                and _thousands_power(amount.value) < _thousands_power(last.value)):
            joined[-1] = replace(last, end=amount.end, amount_end=amount.amount_end, currency=amount.currency,
                                 value=_plain(Decimal(str(last.value)) + Decimal(str(amount.value))))
            continue
        joined.append(amount)
    return joined


# A scale or currency word split on its line where a copied PDF left a space for the line end's hyphen: its first
# part, the hyphen, blanks and its lower-case rest ("Milliar- den"; own52-018). The line-end case ("US-Dol-\nlar",
# own52-006) is the reading text's (models/layer/reading.py), read before this.
_PRINT_BREAK = re.compile(r"(?<![\wäöüß-])([\wäöüß-]*[a-zäöüß])-[ \t]+([a-zäöüß]+)(?![\wäöüß-])")


@lru_cache(maxsize=1)
def _money_words() -> frozenset[str]:
    """The scale and currency words (lower case, without a final dot) a print break may split."""
    vocab = vocabulary()
    return frozenset(w.rstrip(".").lower() for w in (*vocab["scales"], *vocab["currencies"]) if w[0].isalpha())


def _money_edits(text: str) -> tuple[str, list[int]] | None:
    """`text` with every scale or currency word split on its line joined (`_PRINT_BREAK`) and the OCR letter errors of
    an amount read right (`_ocr_edits`), and for each of its characters (and its end) the offset in `text`; None where
    there is none. Only a money word is joined: "Millionen- und Milliardenbeträge" (a suspended compound) and other
    words keep their hyphen."""
    edits = _ocr_edits(text)
    if "- " in text or "-\t" in text:  # speed: else no hyphen before a blank
        edits += [(m.end(1), m.start(2), "") for m in _PRINT_BREAK.finditer(text)
                  if (m.group(1) + m.group(2)).lower() in _money_words()]
    if not edits:
        return None
    parts, origin, last = [], [], 0
    for start, end, replacement in sorted(edits):
        if start < last:
            continue  # overlapping edits: the first one read
        parts.append(text[last:start])
        origin.extend(range(last, start))
        parts.append(replacement)
        origin.extend(start + min(k, max(0, end - start - 1)) for k in range(len(replacement)))
        last = end
    parts.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return "".join(parts), origin


# OCR's letter errors in a scanned amount (own52-007 "l9 Milliarclen Dollar"): "cl" read for "d", a capital I or a one
# for "l" inside a scale or currency word; "l" or "I" for a one and "O" for a zero among digits.
_OCR_LETTERS = {"d": "(?:d|cl)", "l": "[lI1]"}
# Speed: the gates, cheapest first ("cl" a literal; a letter among digits; a capital I or a one inside a word)
# (written to open with the digit, rarer than "l", with the letter before it asked by a lookbehind: the same texts
# match as `[0-9][lIO]|[lIO][0-9]`, and the engine tries only digits; speed34)
_OCR_DIGIT_MIX = re.compile(r"[0-9](?:[lIO]|(?<=[lIO][0-9]))")
_OCR_IN_WORD = re.compile(r"[I1](?=[a-zäöü])(?<=[a-zäöü][I1])")


@lru_cache(maxsize=1)
def _ocr_words() -> re.Pattern[str]:
    """The scale and currency words of money.json (letters only, three or more) as OCR may misread them."""
    words = sorted((w for w in _money_words() if w.isalpha() and len(w) >= 3), key=len, reverse=True)
    return re.compile(r"(?<![\wäöüß])(?:" + "|".join(map(_ocr_spelling, words)) + r")(?![\wäöüß])")


def _ocr_spelling(word: str) -> str:
    """A pattern of `word` (lower case) as OCR may read it, its first letter in either case."""
    return "".join((_OCR_LETTERS[c].replace(c, f"[{c}{c.upper()}]", 1) if i == 0 else _OCR_LETTERS[c]) if c in _OCR_LETTERS
                   else (f"[{c}{c.upper()}]" if i == 0 else re.escape(c)) for i, c in enumerate(word))


_OCR_NUMBER = re.compile(r"(?<![\wäöüß.,])[\dlIO]{1,3}(?:,[\dlIO]{1,2})?(?=[ \u00a0]+\S)")


def _ocr_edits(text: str) -> list[tuple[int, int, str]]:
    """The OCR repairs of `text`'s amounts: a scale or currency word misread (`_ocr_words`, the word as money.json
    spells it, its first letter's case kept) and a number misread right before such a word ("l9" -> "19"), as (start,
    end, reading). Only where the misread word is a money word: "Milliarclär" or "Clemens" stay."""
    if "cl" not in text and _OCR_DIGIT_MIX.search(text) is None and _OCR_IN_WORD.search(text) is None:
        return []  # speed: no letters OCR misreads
    edits = []
    for match in _ocr_words().finditer(text):
        written = match.group()
        reading = next((w for w in _money_words() if re.fullmatch(_ocr_spelling(w), written)), None) \
            if written.isalpha() else None
        reading = reading or next(w for w in _money_words() if w.isalpha() and re.fullmatch(_ocr_spelling(w), written))
        if reading != written.lower():
            edits.append((match.start(), match.end(), reading[0].upper() + reading[1:] if written[0].isupper() else reading))
        number = _number_before(text, match.start())
        if number is not None:
            edits.append(number)
    return edits


def _number_before(text: str, start: int) -> tuple[int, int, str] | None:
    """The misread number right before the money word at `start` ("l9 Milliarden"), as an edit; None when there is none
    or it is read right already."""
    for match in _OCR_NUMBER.finditer(text, max(0, start - 12), start + 1):
        if text[match.end() : start].strip(" \u00a0") or not any(c.isdigit() for c in match.group()):
            continue
        reading = match.group().translate(str.maketrans("lIO", "110"))
        if reading != match.group():
            return match.start(), match.end(), reading
    return None


@lru_cache(maxsize=1)
def _wrapped_amount() -> re.Pattern[str]:
    """An amount's abbreviated scale word at a line end, its currency word opening the next line ("12 Mrd.\nUSD";
    money.json's scales written with a period and its currency words; every such scale is an abbreviation the
    sentence splitter never ends a sentence with, tests/test_models_sentences.py)."""
    scales = sorted((w for w in vocabulary()["scales"] if w.endswith(".")), key=len, reverse=True)
    currencies = sorted(vocabulary()["currencies"], key=len, reverse=True)
    return re.compile(r"(?i)(?<![\wäöüß])(?:" + "|".join(map(re.escape, scales)) + r")\s*\n[ \t]*(?:"
                      + "|".join(map(re.escape, currencies)) + r")(?![\wäöüß])")


def wraps_amount(text: str, end: int) -> bool:
    """Does the line that ends at `end` (before its line break) wrap a printed amount between its abbreviated scale and
    its currency ("wovon 4 Mrd. USD in bar, 12 Mrd.\nUSD in Facebook-Stammaktien"; a PDF or a narrow column)? Then the
    next line goes on with the amount's sentence (the sentence splitter asks, models/sentences.py; issue 7, session 30,
    price51, own52-010). Not a fact box's or list's line after a scale ("Nachrichten pro Tag: 18 Mrd.\nKäufer:
    Facebook"), nor other abbreviations ("vor 2 Std.\n...")."""
    if end == 0 or text[end - 1] != ".":
        return False
    return _wrapped_amount().match(text, max(0, text.rfind(" ", 0, end - 1) + 1)) is not None


def _in_the_text(mention: MoneyMention, reading: Reading) -> MoneyMention:
    """`mention` found in `reading`'s reading text, with the offsets of the text as given (`to_original`)."""
    return replace(mention, start=to_original(reading, mention.start, end=False),
                   end=to_original(reading, mention.end, end=True),
                   amount_start=to_original(reading, mention.amount_start, end=False),
                   amount_end=to_original(reading, mention.amount_end, end=True))


def _in_the_original(mention: MoneyMention, origin: list[int]) -> MoneyMention:
    """`mention` found in the joined text, with the offsets of the text as given (an end after its last character)."""
    return replace(mention, start=origin[mention.start], end=origin[mention.end - 1] + 1,
                   amount_start=origin[mention.amount_start], amount_end=origin[mention.amount_end - 1] + 1)


@lru_cache(maxsize=1)
def _bare_change_start() -> re.Pattern[str]:
    """The first end of a change written without its scale, right before the second end: "von (ursprünglich) 19 auf "
    (money.json range_from, range_to; at most two small words between "von" and the number)."""
    vocab = vocabulary()
    return re.compile(rf"{WORD_START}(?i:{longest_first(vocab['range_from'])})\s+(?:[a-zäöüß]+\s+){{0,2}}"
                      rf"(?P<number>\d{{1,3}}(?:,\d+)?|(?i:{number_pattern()}))\s+(?i:{longest_first(vocab['range_to'])})\s+$")


@lru_cache(maxsize=1)
def _bare_alternative_start() -> re.Pattern[str]:
    """The first of two alternatives written without its scale, right before the second: "19 oder " (a number of one
    to three digits or a number in words, models/number_words.py)."""
    return re.compile(rf"{WORD_START}(?P<number>\d{{1,3}}(?:,\d+)?|(?i:{number_pattern()}))\s+oder\s+$")


def _with_alternative_starts(text: str, amounts: list[MoneyMention]) -> list[MoneyMention]:
    """`amounts` with the first of two alternatives whose scale German names once, at the second ("Kostet WhatsApp nun
    19 oder 16 Milliarden?", own55-014; "16 oder 19 Mrd. Dollar": 19 Milliarden, 16 Milliarden), in text order, as
    `_with_change_starts` reads "von 19 auf 22 Milliarden". Its currency follows from the second (`share_currency`);
    within a tenfold of the second, one power of a thousand. Issue 7, session 32, price56."""
    if " oder " not in text:
        return amounts  # speed: no alternative written so
    return _with_scale_shared_starts(text, amounts, _bare_alternative_start(), window=30, skip_taken=True)


def _with_change_starts(text: str, amounts: list[MoneyMention]) -> list[MoneyMention]:
    """`amounts` with the first end of each change whose scale German names once, at the second end ("von
    ursprünglich 19 auf knapp 22 Milliarden Dollar": 19 Milliarden), in text order. Its currency follows from the
    second end (`share_currency`). Only a number of one to three digits (or a number word) in front of a scaled
    amount, so the two ends share a power of a thousand, and within a tenfold of the second end."""
    if " auf " not in text:
        return amounts  # speed: no change written so
    return _with_scale_shared_starts(text, amounts, _bare_change_start(), window=40, skip_taken=False)


def _with_scale_shared_starts(text: str, amounts: list[MoneyMention], start: re.Pattern[str], window: int,
                              skip_taken: bool) -> list[MoneyMention]:
    """`amounts` with each bare number `start` finds within `window` characters before a scaled amount, read at that
    amount's scale: German names the scale once for two numbers ("19 oder 16 Milliarden", "von 19 auf 22
    Milliarden"). Kept only where both share a power of a thousand and lie within a tenfold ("von 800 auf 1,2
    Milliarden": 800 Milliarden would be a thousandfold); `skip_taken` leaves a number already read as an amount."""
    added = []
    taken = {amount.amount_start for amount in amounts} if skip_taken else set()
    for amount in amounts:
        if not amount.has_scale:
            continue
        found = start.search(text, max(0, amount.start - window), amount.start)
        if found is None or found.start("number") in taken:
            continue
        try:
            number = _parse_decimal(found.group("number"))
        except ValueError:
            continue
        scale = Decimal(1000) ** _thousands_power(amount.value)
        value = _plain(number * scale)
        if _thousands_power(value) != _thousands_power(amount.value) or not amount.value / 10 <= value <= amount.value * 10:
            continue
        added.append(MoneyMention(start=found.start("number"), end=found.end("number"), amount_start=found.start("number"),
                                  amount_end=found.end("number"), value=value, currency=None, qualifier="exact",
                                  has_scale=True))
    return sorted([*amounts, *added], key=lambda m: m.start) if added else amounts


# Between two amounts of one enumeration: no sentence end, at most a few words, a list joint.
_ENUMERATION_GAP = re.compile(r"[^.;:!?()\n]{0,60}")
_COUNTED_NOUN = re.compile(r"\s*[A-ZÄÖÜ]")  # "2 Milliarden Nachrichten": a noun right after the amount
# Nouns and names in a gap: an enumeration's joint holds at most one ("die Rede, mal von").
_CAPITALISED = re.compile(r"(?<![\wäöüß])[A-ZÄÖÜ][\wäöüß-]*")


def _thousands_power(value: Number) -> int:
    """The power of a thousand of a value (Millionen 2, Milliarden 3): 600 Millionen and 19 Milliarden differ, where
    `_magnitude`, which counts digits, puts them together."""
    return int(math.log10(max(value, 1))) // 3


def _magnitude(value: Number) -> int:
    """Thousands, millions, billions ...: items of one enumeration share their scale."""
    return len(str(int(value))) // 3
_ENUMERATION_JOINT = re.compile(r"(?i),|\b(?:und|oder|bis|mal|bzw\.?|beziehungsweise)\b")


@lru_cache(maxsize=1)
def _range_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The opening of a change's first sum ("von (ursprünglich) ") and its joint to the second (" auf "), from
    money.json range_from and range_to."""
    vocab = vocabulary()
    # the words between "von" and the sum are adverbs, written small ("von ursprünglich", "von zunächst"): a noun or a
    # name there makes "von" another phrase's ("nach dem Kauf von WhatsApp für 19 Milliarden auf ...")
    opening = re.compile(rf"{WORD_START}(?i:{longest_first(vocab['range_from'])})\s+(?:[a-zäöüß]+\s+){{0,2}}$")
    joint = re.compile(rf"(?i)\s+(?:{longest_first(vocab['range_to'])})\s+")
    return opening, joint


def _joins_a_change(text: str, mention: MoneyMention, following: MoneyMention) -> bool:
    """Are `mention` and `following` the two ends of a change, "von ursprünglich 19 Milliarden auf rund 21,8 Milliarden
    Dollar"? The unit named once at the end belongs to both."""
    opening, joint = _range_patterns()
    return (_thousands_power(mention.value) == _thousands_power(following.value)  # "von 19 Milliarden auf 600 Millionen"
            and joint.fullmatch(text, mention.end, following.start) is not None
            and opening.search(text, max(0, mention.start - 40), mention.start) is not None)


@lru_cache(maxsize=1)
def _conversion_words() -> re.Pattern[str]:
    """Words of converting one sum into another currency (money.json conversion_words), as whole words."""
    words = "|".join(r"\s+".join(map(re.escape, word.split())) for word in vocabulary()["conversion_words"])
    return re.compile(rf"(?i)(?<![\wäöüß])(?:{words})(?![\wäöüß])")


def _converts(gap: str) -> bool:
    """Do the words between two amounts say the second converts the first ("..., umgerechnet knapp", ", das sind")?"""
    return _conversion_words().search(gap) is not None


# A currency framed by "in" between two sums ("in Euro", "in heutigen Euro", "in US-Dollar gerechnet"): the second is
# the first converted (also read by models/price.py `_with_twin_currency`).
IN_CURRENCY = re.compile(r"(?i)(?<![\wäöüß])in\s+(?:[a-zäöüß]+\s+){0,2}?(?:euro|us-dollar|dollar)(?![\wäöüß])")
# A word that restates the sum before ("also", "sprich", "d. h."): with a value at an exchange rate, a conversion.
_RESTATED = re.compile(r"(?i)(?<![\wäöüß])(?:also|sprich|d\.\s*h\.|das\s+heißt)(?![\wäöüß])")
_RATE = (0.65, 0.98)  # euros per dollar over the story's years, as models/price.py `_EUR_PER_USD`


def _at_a_rate(first: Number, second: Number) -> bool:
    """Is one value the other at a dollar-euro exchange rate of the story's years (either way round)?"""
    low, high = sorted((float(first), float(second)))
    return low > 0 and _RATE[0] <= low / high <= _RATE[1]


def share_currency(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """Give a scaled amount without currency the currency of the next amount when both are items of one
    enumeration, or the two ends of a change ("von 19 auf 22 Milliarden Dollar"), and the next names it: German
    states the unit once, at the end."""
    shared = list(mentions)
    for i in range(len(shared) - 2, -1, -1):  # from the end, so "16, 19 und 22 Milliarden Dollar" all take it
        mention, following = shared[i], shared[i + 1]
        if mention.currency is not None or following.currency is None or not mention.has_scale:
            continue
        gap = text[mention.end : following.start]
        if _COUNTED_NOUN.match(gap) or _magnitude(mention.value) != _magnitude(following.value):
            continue  # "2 Milliarden Nachrichten und 3 Milliarden Dollar"; "19 Milliarden für eine Firma mit 10 Millionen Dollar Umsatz"
        if len(_CAPITALISED.findall(gap)) >= 2:
            continue  # "ging für 19 Milliarden an Facebook, Telegram sammelte 1,7 Milliarden Dollar": two statements
        if _converts(gap):
            continue  # "19 Milliarden waren es in der Summe, umgerechnet knapp 14 Milliarden Euro": a conversion, not an item
        if IN_CURRENCY.search(text, mention.end, following.end) or (
                _RESTATED.search(gap) and _at_a_rate(mention.value, following.value)):
            # "19 Milliarden, in Euro 13,8 Milliarden", "19 Milliarden, in heutigen Euro rund 18 Milliarden Euro": the
            # second sum's currency framed by "in" is a conversion's, not the unit of an enumeration; "19 Milliarden, also
            # rund 14 Milliarden Euro": a restatement at an exchange rate converts (issue 7, session 44, prec44)
            continue
        if (_ENUMERATION_GAP.fullmatch(gap) and _ENUMERATION_JOINT.search(gap)) or _joins_a_change(text, mention, following):
            shared[i] = replace(mention, currency=following.currency)
    return shared


_GROUPS = ("num1", "num2", "num3", "num4", "scale1", "scale2", "scale3", "scale4", "cur1", "cur2", "cur3", "cur4", "cur5")


def _find_amounts(text: str, lowered: str | None = None) -> list[MoneyMention]:
    """Every amount in `text` that has a scale or a currency, as written."""
    mentions = []
    for match in _candidate_matches(text, lowered):
        num1, num2, num3, num4, scale1, scale2, scale3, scale4, cur1, cur2, cur3, cur4, cur5 = match.group(*_GROUPS)
        number = num1 or num2 or num3 or num4
        scale = scale1 or scale2 or scale3 or scale4
        currency = cur1 or cur2 or cur3 or cur4 or cur5
        if number is None or (scale is None and currency is None):
            continue
        try:
            value = _parse_decimal(number)
        except ValueError:
            continue
        if scale is not None:
            value *= Decimal(str(parse_scale(scale, _plain(value))))
        end = match.end()
        if currency is not None and scale is not None and "\n" in text[match.start() : end] \
                and text[end : end + 1] in ("-", ":"):
            # "Nutzer: 450 Millionen\nEuro-Preis: 13,8 Milliarden": a wrapped line's first word is the currency only
            # when it is no label or compound of the next line
            currency, end = None, match.end(next(g for g in ("scale1", "scale2", "scale3") if match.group(g)))
        qualifier, start = qualifier_before(text, match.start())
        mentions.append(
            MoneyMention(
                start=start,
                end=end,
                amount_start=match.start(),
                amount_end=end,
                value=_plain(value),
                currency=parse_currency(currency) if currency else None,
                qualifier=qualifier,
                has_scale=scale is not None,
            )
        )
    return mentions


# How far an amount reaches around its scale or currency word: the number comes at most a long number in words before
# it ("einundzwanzig Komma fünfundachtzig ", "zweitausendvierhundertsiebenundsiebzig "; a region cut inside it would
# read its tail alone, "fünfundachtzig Milliarden"), a currency after a scale at most "Milliarden US-Dollars" after.
_REACH_BEFORE = 64
_REACH_AFTER = 40


def _candidate_matches(text: str, lowered: str | None = None) -> list[re.Match[str]]:
    """Matches of the money pattern in the regions around scale and currency words.

    Running the full pattern (number words, lookbehinds) at every position of
    a long article is the slowest part of extraction; amounts are rare, so
    first find their anchors with a cheap pattern.
    """
    patterns = _patterns()
    if lowered is None:
        lowered = lower_keeping_offsets(text)
    scans = _scans()
    triggers = (scans[0].spans(lowered) if scans is not None
                else [m.span() for m in patterns["trigger"].finditer(lowered)])
    regions: list[list[int]] = []
    for trigger_start, trigger_end in triggers:
        lo, hi = max(0, trigger_start - _REACH_BEFORE), min(len(text), trigger_end + _REACH_AFTER)
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], hi)
        else:
            regions.append([lo, hi])
    # The vocabulary is lower case: the case-insensitive pattern over the text finds what the plain one
    # finds over the lowered text, wherever case folding is plain lower-casing (no letter beyond Latin-1,
    # where "ſ", "K" or "İ" fold otherwise). The groups are then lower case; every reader lowers them.
    money, searched = caseless_reading(text, lowered, patterns["money"], patterns["money_lowered"])
    if scans is not None:
        if money is patterns["money_lowered"]:
            return matches_at_starts(money, lowered, regions, scans[1])  # tried only where an amount can begin: the same matches
        return _matches_region_by_region(text, lowered, regions, scans[1])
    matches: list[re.Match[str]] = []
    last_end = -1
    for lo, hi in regions:
        # Start a little earlier so a match is never cut at the region's left edge.
        for match in money.finditer(searched, max(lo, last_end), hi):
            if match.start() >= last_end:
                matches.append(match)
                last_end = match.end()
    return matches


def _matches_region_by_region(text: str, lowered: str, regions: list[list[int]], starts: StartScan) -> list[re.Match[str]]:
    """What the case-insensitive money pattern finds region by region (non-overlapping) in a text that holds a letter
    beyond Latin-1 somewhere (`caseless_reading` gives the slow pattern for the whole text). Speed (issue 7, session 37,
    speed37): such a letter is mostly a name's far from any amount ("Barış", "Kılıç"), and the slow pattern, tried at
    every position of every region, costs twice what it did since numbers in words joined it. The pattern reads no
    character outside its region but the one before a match (its lookbehinds are one character wide), so a region that
    holds no such letter from the character before it on is read as a plain text is (`matches_at_starts` over the
    lowered text): the same matches; only a region with such a letter is searched with the case-insensitive pattern."""
    patterns = _patterns()
    matches: list[re.Match[str]] = []
    last_end = -1
    for lo, hi in regions:
        begin = max(lo, last_end)
        if CASED_BEYOND_LATIN1.search(text, max(0, begin - 1), hi) is None:
            found = matches_at_starts(patterns["money_lowered"], lowered, [[begin, hi]], starts)
        else:
            found = list(patterns["money"].finditer(text, begin, hi))
        if found:
            matches += found
            last_end = found[-1].end()
    return matches


# The vocabulary and patterns built on their first use, built at once by the price component's factory
# (`models.component.build_now`, speed30).
TABLES = (vocabulary, _anchors, _scans, _patterns, _qualifier_words_lowered, _qualifier_automaton, _complement_noun_before,
          _bare_change_start, _range_patterns, _conversion_words)
