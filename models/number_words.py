"""German cardinal numbers in words: one reader for every rule (amounts, years, counts).

German writes a number below a million as one word built by a small grammar, which this module reads from the
vocabulary of `patterns/number_words.json` instead of listing the words:

- units, teens, tens and their 'und' compounds: "drei", "dreizehn", "dreißig", "einunddreißig";
- hundreds and thousands: "zweihundert", "neunzehnhundertachtundneunzig", "zweitausendvierzehn", "hunderteins";
- a half added at the end: "eineinhalb", "zweieinhalb", "neunzehneinhalb"; "anderthalb";
- whole words that are a number only alone: "eine" (Milliarde), "null", "halbe" (Milliarde);
- a decimal spoken after "Komma": "einundzwanzig Komma acht", "dreizehn Komma null fünf", "drei Komma fünfundzwanzig";
- a year said by its century: "zwanzigvierzehn", "Zwanzig-Sechzehn" (`spoken_year`).

Any case ("Zweitausendvierzehn" opening a sentence) and the Swiss "ss" ("dreissig", the file's fold) read alike. A
word that only begins like a number is none: "Einheit", "Dreieck", "einmal", "Achtung", "Eins-zu-eins" (a hyphen ends
the word "Eins", so the reader given the whole is asked about no number). Issue 7, session 36, num36.
"""
from __future__ import annotations

import json
import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

from models.layer.spelling import swiss_file
from models.regex_tools import longest_first

#: The end of a word: no word character follows, but a footnote marker may ("Milliarden²", "US-Dollar¹"; scholarly
#: texts; Python's \w holds the superscript digits; issue 7, session 27, price27). A hyphen ends a word: "Eins-zu-eins"
#: holds the whole word "Eins".
WORD_END = r"(?!(?![⁰¹²³⁴⁵⁶⁷⁸⁹])[\wäöüß])"
#: The start of a word.
WORD_START = r"(?<![\wäöüß])"
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzäöüß")


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """patterns/number_words.json, its words read with the Swiss "ss" for "ß" (the file's "_spelling")."""
    text = resources.files("models.patterns").joinpath("number_words.json").read_text(encoding="utf-8")
    return swiss_file(json.loads(text))


@lru_cache(maxsize=1)
def _grammar() -> dict[str, str]:
    """The pieces of the number grammar as regular expressions over lower-case text (no groups)."""
    vocab = vocabulary()
    unit, final = longest_first(vocab["units"]), longest_first(vocab["final_units"])
    teen, ten = longest_first(vocab["teens"]), longest_first(vocab["tens"])
    joint = f"(?:{longest_first(vocab['joint'])})"
    hundred, thousand = longest_first(vocab["hundred"]), longest_first(vocab["thousand"])
    below_100_open = f"(?:(?:{unit}){joint}(?:{ten})|{ten}|{teen}|{unit})"  # may stand before "hundert"
    below_100 = f"(?:(?:{unit}){joint}(?:{ten})|{ten}|{teen}|{final}|{unit})"  # may end a number
    below_1000_open = f"(?:{below_100_open}?(?:{hundred})(?:{joint}?{below_100_open})?|{below_100_open})"
    below_1000 = f"(?:{below_100_open}?(?:{hundred})(?:{joint}?{below_100})?|{below_100})"
    cardinal = f"(?:{below_1000_open}?(?:{thousand})(?:{joint}?{below_1000})?|{below_1000})"
    opened = f"(?:{below_1000_open}?(?:{thousand})(?:{joint}?{below_1000_open})?|{below_1000_open})"
    word = f"(?:{opened}(?:{longest_first(vocab['half'])})|{cardinal}|{longest_first(vocab['alone'])})"
    # the digits after "Komma": the units as they end a number ("eins", not "ein") and zero
    ones = set(vocab["final_units"].values())
    digit = longest_first([*(w for w, v in vocab["units"].items() if v not in ones), *vocab["final_units"],
                           *(w for w, v in vocab["alone"].items() if v == 0)])
    two_digits = f"(?:(?:{unit}){joint}(?:{ten})|{ten}|{teen})"
    end = WORD_END
    mark = longest_first(vocab["decimal_mark"])
    decimals = rf"(?:\s+(?:{mark})\s+(?:{two_digits}{end}|(?:{digit}){end}(?:\s+(?:{digit}){end}){{0,2}}))"
    centuries = longest_first(vocab["centuries"])
    # Speed: the shape of a number word, parts in any order (about four times faster to try than `word`, at every
    # "ein" before an amount); `read_word` then holds it to the grammar.
    parts = longest_first([*vocab["units"], *vocab["final_units"], *vocab["teens"], *vocab["tens"], *vocab["hundred"],
                           *vocab["thousand"], *vocab["joint"], *vocab["half"]])
    shape = f"(?:{longest_first(vocab['alone'])}|(?:{parts})+)"
    return {"word": word, "shape": shape, "decimals": decimals, "two_digits": two_digits, "centuries": centuries,
            "end": end}


def word_pattern() -> str:
    """A regex (lower case, no groups) of one number word, "neunzehn" to "zweitausendvierzehn"; the caller places it
    between its own word boundaries."""
    return _grammar()["word"]


def count_pattern() -> str:
    """A regex (lower case, no groups) of a number word that counts more than one, as before a plural noun ("zwei
    Tage", "zwölf Deals", "einundzwanzig Jahren", "eineinhalb Wochen", "dreihundert Firmen"): `word_pattern` without
    the words of one or less ("ein", "eins", "eine", "einem", "null", "halbe"), which a singular follows ("nach einem
    Monat", "eine der größten Übernahmen"). The caller places its word boundaries."""
    vocab = vocabulary()
    small = longest_first([w for key in ("units", "final_units", "alone") for w, v in vocab[key].items() if v <= 1])
    return f"(?!(?:{small}){WORD_END})(?:{word_pattern()})"


def number_pattern() -> str:
    """A regex (lower case, no groups) of a number in words: a word made of number parts only, and a decimal spoken
    after "Komma" when one follows ("einundzwanzig Komma acht"). The caller places its start at a word start. Every
    number in words matches it whole; a word of number parts the grammar does not build matches too ("zweidrei"):
    `read_number` of the match tells (None)."""
    grammar = _grammar()
    return f"{grammar['shape']}{grammar['end']}{grammar['decimals']}?"


@lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern[str]]:
    grammar = _grammar()
    vocab = vocabulary()
    values = {w: v for key in ("units", "final_units", "teens", "tens", "half") for w, v in vocab[key].items()}
    return {
        "word": re.compile(grammar["word"]),
        "number": re.compile(number_pattern()),
        "token": re.compile(longest_first([*values, *vocab["joint"], *vocab["hundred"], *vocab["thousand"]])),
        "decimals": re.compile(rf"\s+(?:{longest_first(vocab['decimal_mark'])})\s+"),
        "year_literal": re.compile(longest_first(_year_literals())),
        "year": re.compile(rf"{WORD_START}(?:(?P<century>{grammar['centuries']})[-\u2011]?(?P<rest>{grammar['two_digits']})"
                           rf"|(?P<cardinal>{grammar['word']})){grammar['end']}"),
    }


def ordinal_pattern() -> str:
    """A regex (lower case, no groups) of the shape of an ordinal in words ("neunzehnten", "ersten", "zwanzigste"):
    number parts or an ordinal stem, then "-te" or "-ste" and an ending; `read_ordinal` holds it to the grammar."""
    vocab = vocabulary()
    parts = longest_first([*vocab["units"], *vocab["final_units"], *vocab["teens"], *vocab["tens"], *vocab["hundred"],
                           *vocab["thousand"], *vocab["joint"], *vocab["ordinal_stems"]])
    return f"(?:{parts})+s?te[nrsm]?{WORD_END}"


_ORDINAL_ENDING = re.compile(r"(?P<stem>.+?)(?P<st>s?)te[nrsm]?")


def read_ordinal(word: str) -> int | None:
    """The number of an ordinal in words in any case ("neunzehnten" -> 19, "Ersten" -> 1, "dritte" -> 3, "achten" -> 8,
    "zwanzigsten" -> 20, "einundzwanzigste" -> 21, "hundertste" -> 100); None for any other word ("Achtung",
    "Zehntel", "heute")."""
    found = _ORDINAL_ENDING.fullmatch(word.lower())
    if found is None:
        return None
    stem, st = found.group("stem"), found.group("st")
    if st:  # "-ste" after twenty and up ("zwanzigste"); a stem in "s" may take "-te" ("sechste", "ersten")
        value = read_word(stem)
        if value is not None and value >= 20 and value == int(value):
            return int(value)
        stem += "s"
    for irregular, regular in vocabulary()["ordinal_stems"].items():
        if stem.endswith(irregular) and read_word(stem) is None:  # "ersten" -> "eins", "achten" -> "acht"
            stem = stem[: -len(irregular)] + regular
            break
    value = read_word(stem)
    if value is None or value != int(value) or value % 100 >= 20 or value == 0:
        return None
    return int(value)


def year_word_pattern() -> str:
    """A regex (lower case, no groups) of a year said in words, as `spoken_years` reads it: a cardinal with a hundred
    or a thousand ("zweitausendvierzehn", "neunzehnhundertneunundneunzig") or a century and two digits
    ("zwanzigvierzehn", "zwanzig-vierzehn"); the caller places its word boundaries."""
    grammar, vocab = _grammar(), vocabulary()
    scale = longest_first([*vocab["hundred"], *vocab["thousand"]])
    return (f"(?:(?:{grammar['centuries']})-?(?:{grammar['two_digits']})"
            f"|(?=[a-zäöüß]*(?:{scale})){grammar['word']})")


def two_digits_pattern() -> str:
    """A regex (lower case, no groups) of a number from ten to ninety-nine in words ("vierzehn", "einundzwanzig"), the
    two last digits of a year said short ("im Jahr vierzehn"); the caller places its word boundaries."""
    return _grammar()["two_digits"]


@lru_cache(maxsize=1)
def two_digit_words() -> frozenset[str]:
    """Every number word from ten to ninety-nine (lower case) that `two_digits_pattern` reads: the teens, the tens and
    their 'und' compounds ("vierzehn", "dreissig", "einundzwanzig"); for a literal test before the pattern."""
    vocab = vocabulary()
    compounds = {unit + joint + ten for unit in vocab["units"] for joint in vocab["joint"] for ten in vocab["tens"]}
    return frozenset({*vocab["teens"], *vocab["tens"], *compounds})

def openers() -> frozenset[str]:
    """Literals one of which every number in words begins with (lower case): where a reader of amounts may look."""
    vocab = vocabulary()
    return frozenset({*vocab["units"], *vocab["final_units"], *vocab["teens"], *vocab["tens"], *vocab["hundred"],
                      *vocab["thousand"], *vocab["alone"]})


def read_word(word: str) -> Decimal | None:
    """The value of one number word in any case ("Einundzwanzig" -> 21, "zweitausendvierzehn" -> 2014, "eineinhalb"
    -> 1.5, "dreissig" -> 30); None for a word that is no number ("Einheit", "Dreieck", "einmal")."""
    lowered = word.lower()
    if _compiled()["word"].fullmatch(lowered) is None:
        return None
    alone = vocabulary()["alone"]
    if lowered in alone:
        return Decimal(str(alone[lowered]))
    return _compose(lowered)


@lru_cache(maxsize=1)
def _part_values() -> dict[str, Decimal]:
    """The value of each number part that adds (units, teens, tens, halves), built once (speed37: `_compose` built this
    table for every word it read)."""
    vocab = vocabulary()
    return {w: Decimal(str(v)) for key in ("units", "final_units", "teens", "tens", "half") for w, v in vocab[key].items()}


def _compose(word: str) -> Decimal:
    """The value of a word the grammar takes: its parts left to right, a hundred or a thousand multiplying what
    comes before it ("neunzehn|hundert|acht|und|neunzig" = 19 * 100 + 8 + 90)."""
    vocab = vocabulary()
    values = _part_values()
    total = group = small = Decimal(0)
    for part in _compiled()["token"].findall(word):
        if part in vocab["hundred"]:
            group, small = group + (small or 1) * 100, Decimal(0)
        elif part in vocab["thousand"]:
            total, group, small = total + ((group + small) or 1) * 1000, Decimal(0), Decimal(0)
        elif part in values:
            small += values[part]
    return total + group + small


def read_number(text: str) -> Decimal | None:
    """The value of a number in words: one word, or one word and a decimal spoken after "Komma" ("einundzwanzig Komma
    acht" -> 21.8, "dreizehn Komma null fünf" -> 13.05, "drei Komma fünfundzwanzig" -> 3.25); None for anything else."""
    lowered = text.strip().lower()
    if not lowered[:1].isalpha():
        return None  # speed (speed37): digits ("19", "13,8"), which money reads through here first; every word is letters
    parts = _compiled()["decimals"].split(lowered, maxsplit=1)
    whole = read_word(parts[0])
    if whole is None or len(parts) == 1:
        return whole
    if _compiled()["number"].fullmatch(lowered) is None:
        return None
    digits = "".join(str(int(read_word(d) or 0)) for d in parts[1].split())
    return whole + Decimal(f"0.{digits}")


@lru_cache(maxsize=1)
def _year_literals() -> tuple[str, ...]:
    """Words one of which every year said in words holds: a hundred or a thousand, or a century word."""
    vocab = vocabulary()
    return tuple({*vocab["hundred"], *vocab["thousand"], *vocab["centuries"]})


def may_say_a_year(lowered: str) -> bool:
    """Speed: may lower-case `lowered` say a year in words (`spoken_years`)? False where it holds none of the words
    every such year holds."""
    return any(literal in lowered for literal in _year_literals())


def spoken_years(lowered: str, first: int, last: int) -> list[tuple[int, int, int]]:
    """(year, start, end) of every year from `first` to `last` said in words in `lowered` (lower-case text): the
    cardinal ("zweitausendvierzehn", "neunzehnhundertneunundneunzig") or the century and the last two digits
    ("zwanzigvierzehn", "zwanzig-sechzehn")."""
    found: list[tuple[int, int, int]] = []
    compiled = _compiled()
    for hit in compiled["year_literal"].finditer(lowered):
        start = hit.start()
        while start and lowered[start - 1] in _LETTERS:  # back to the start of the word holding the literal
            start -= 1
        match = compiled["year"].match(lowered, start)
        if match is None or (found and start < found[-1][2]):
            continue
        if match.group("century"):
            value = int(vocabulary()["centuries"][match.group("century")]) * 100 + int(_compose(match.group("rest")))
        else:
            value = read_word(match.group("cardinal"))
        if value is not None and first <= value <= last and value == int(value):
            found.append((int(value), match.start(), match.end()))
    return found
