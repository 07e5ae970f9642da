"""German cardinal numbers in words (models/number_words.py): the grammar read from patterns/number_words.json."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from models.number_words import (
    may_say_a_year,
    number_pattern,
    openers,
    ordinal_pattern,
    read_number,
    read_ordinal,
    read_word,
    spoken_years,
    two_digit_words,
    two_digits_pattern,
    vocabulary,
)
from models.regex_tools import longest_first

# word -> value: units, teens, tens, 'und' compounds, hundreds, thousands, halves, any case, the Swiss 'ss'
WORDS = {
    "null": 0, "eins": 1, "ein": 1, "eine": 1, "einem": 1, "Zwei": 2, "sieben": 7, "zehn": 10, "elf": 11, "zwölf": 12,
    "dreizehn": 13, "sechzehn": 16, "siebzehn": 17, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30,
    "Dreissig": 30, "sechzig": 60, "siebzig": 70, "einundzwanzig": 21, "Zweiundzwanzig": 22, "einunddreißig": 31,
    "einunddreissig": 31, "siebenundsiebzig": 77, "neunundneunzig": 99, "hundert": 100, "einhundert": 100,
    "hunderteins": 101, "hundertundzehn": 110, "zweihundertdreiundvierzig": 243, "zwölfhundert": 1200,
    "tausend": 1000, "eintausend": 1000, "zweitausend": 2000, "zweitausendeins": 2001, "Zweitausendvierzehn": 2014,
    "zweitausendundvierzehn": 2014, "zweitausendzweiundzwanzig": 2022, "neunzehnhundertachtundneunzig": 1998,
    "neunzehnhundertelf": 1911, "viertausendfünfhundert": 4500, "neunhundertneunundneunzigtausendneunhundertneunundneunzig": 999999,
    "eineinhalb": 1.5, "anderthalb": 1.5, "zweieinhalb": 2.5, "Dreieinhalb": 3.5, "neunzehneinhalb": 19.5,
    "einundzwanzigeinhalb": 21.5, "halbe": 0.5,
}

# words that only begin (or end) like a number, or numbers the grammar does not build
NOT_NUMBERS = [
    "Einheit", "Dreieck", "einmal", "Eins-zu-eins", "Achtung", "Elfmeter", "Zehntel", "Hunderte", "Tausende",
    "vierte", "zwanzigste", "einsundzwanzig", "zweidrei", "zehnzwanzig", "dreiundzehn", "einstausend", "einhalb",
    "eineeinhalb", "zwanzigvierzehn", "neunzehnhundertzwölfhundert", "Zweier", "Neunziger", "", "19",
]


@pytest.mark.parametrize(("word", "value"), WORDS.items())
def test_a_number_word_reads_its_value(word: str, value: float) -> None:
    assert read_word(word) == Decimal(str(value))


@pytest.mark.parametrize("word", NOT_NUMBERS)
def test_a_word_that_only_looks_like_a_number_is_none(word: str) -> None:
    assert read_word(word) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("einundzwanzig Komma acht", "21.8"),
        ("Dreizehn Komma null fünf", "13.05"),
        ("drei Komma fünfundzwanzig", "3.25"),  # the decimals said as one number below a hundred
        ("neunzehn Komma neun neun", "19.99"),
        ("zwei Komma eins", "2.1"),
        ("neunzehn", "19"),
    ],
)
def test_a_decimal_spoken_after_komma(text: str, value: str) -> None:
    assert read_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["zwei Komma ein", "Komma acht", "neunzehn Komma", "ein Komma, acht", "Einheit Komma eins"])
def test_no_decimal_without_its_digits(text: str) -> None:
    assert read_number(text) is None


def test_the_pattern_takes_every_number_word_whole_and_read_number_holds_it_to_the_grammar() -> None:
    pattern = re.compile(number_pattern(), re.IGNORECASE)
    assert all(pattern.fullmatch(word) for word in WORDS)
    # the pattern is the shape (number parts only); a shape the grammar does not build reads as no number
    assert not any(pattern.fullmatch(word) for word in ("Einheit", "Dreieck", "einmal", "Achtung", "Hunderte", "vierte"))
    assert all(read_number(pattern.fullmatch(word).group()) is None
               for word in NOT_NUMBERS if pattern.fullmatch(word))
    assert pattern.match("einundzwanzig Komma acht Milliarden").group() == "einundzwanzig Komma acht"
    assert pattern.match("Komma") is None


def test_every_number_word_opens_with_an_opener() -> None:
    """A reader of amounts looks for a number in words only where one of `openers` begins."""
    assert all(any(word.lower().startswith(opener) for opener in openers()) for word in WORDS)


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("Im Februar zweitausendvierzehn kaufte Facebook den Dienst.", [2014]),
        ("Zwanzigvierzehn war das Jahr der Übernahme.", [2014]),  # the century and the last two digits
        ("Das war im Jahr Zwanzig-Sechzehn, zwei Jahre später.", [2016]),
        ("Geboren neunzehnhundertsechsundsiebzig, gründete er den Dienst zweitausendneun.", [2009]),  # 1976: too early
        ("Seit zweitausendzweiundzwanzig heißt der Konzern anders.", [2022]),
        ("Zwanzig Jahre, neunzehn Tage und dreitausend Kilometer.", []),  # numbers, no years
        ("Im Jahr zweitausend gab es den Dienst noch nicht.", [2000]),  # as the digits "2000" read
        ("Er zählte zwanzig, vierzehn davon waren neu.", []),
    ],
)
def test_years_said_in_words(sentence: str, years: list[int]) -> None:
    lowered = sentence.lower()
    found = spoken_years(lowered, 1980, 2049)
    assert [year for year, _, _ in found] == years
    assert may_say_a_year(lowered) or not found  # the speed gate never hides a year the reader finds
    assert all(lowered[start:end].replace("-", "").isalpha() for _, start, end in found)


@pytest.mark.parametrize(
    ("word", "value"),
    [("neunzehnten", 19), ("Ersten", 1), ("dritte", 3), ("siebten", 7), ("siebenten", 7), ("achten", 8),
     ("sechsten", 6), ("zehnte", 10), ("elften", 11), ("zwanzigsten", 20), ("einundzwanzigste", 21),
     ("dreissigsten", 30), ("hundertste", 100), ("hunderterste", 101)],
)
def test_an_ordinal_reads_its_number(word: str, value: int) -> None:
    assert read_ordinal(word) == value
    assert re.fullmatch(ordinal_pattern(), word.lower())


@pytest.mark.parametrize("word", ["Achtung", "Zehntel", "heute", "Leute", "erst", "beste", "nächsten", "Sekte", "zwanzigte"])
def test_a_word_that_only_ends_like_an_ordinal_is_none(word: str) -> None:
    assert read_ordinal(word) is None


def test_longest_first_tries_a_word_before_its_prefix_and_reads_words_as_literals() -> None:
    """models.regex_tools.longest_first, the alternation the number grammar and money.py build from their tables."""
    pattern = re.compile(longest_first(["drei", "dreizehn", "Mrd.", "drei"]))
    assert pattern.match("dreizehn Milliarden").group() == "dreizehn"
    assert pattern.fullmatch("Mrd.") is not None and pattern.fullmatch("Mrdx") is None


def test_the_two_digit_words_are_the_words_the_two_digit_pattern_reads() -> None:
    """number_words.two_digit_words, the literal test before `two_digits_pattern` (year.py's short years)."""
    words = two_digit_words()
    assert len(words) == 100  # 10-99, and the Swiss 'ss' of the thirties
    assert all(re.fullmatch(two_digits_pattern(), word) for word in words)
    assert {read_word(word) for word in words} == set(range(10, 100))


def test_a_number_in_words_begins_with_a_letter() -> None:
    """number_words.read_number answers None at once for a text that does not begin with a letter (speed37: money asks
    it of every amount's digits first): every word of the grammar's vocabulary begins with a letter, so no number in
    words can begin otherwise, and the words still read."""
    vocab = vocabulary()
    for key in ("units", "final_units", "teens", "tens", "hundred", "thousand", "joint", "half", "alone", "centuries"):
        assert vocab[key] and all(word[:1].isalpha() for word in vocab[key]), key
    for text in ("19", "13,8", "1.000", " 19 ", "-zwanzig", "„neunzehn“", "", "  "):
        assert read_number(text) is None, text
    assert read_number(" Neunzehn ") == 19 and read_number("einundzwanzig Komma acht") == Decimal("21.8")
    assert read_number("Zweitausendvierzehn") == 2014 and read_word("dreihundertelf") == 311
