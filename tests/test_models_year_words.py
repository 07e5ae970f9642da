"""The acquisition-year rules' words in the data files (issue 7, session 23, debt23): every deal.json list that
models/year.py reads exists, the lists moved from its code are read, and the OWNER cues' hint in
patterns/year_tokens.jsonl covers every OWNER row (the hint is a prefilter: a row it missed would never match)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from models import context, year
from models.layer.cues import PATTERNS_DIR, hint_stems, pattern_rows

_SOURCE = Path(year.__file__).read_text(encoding="utf-8")
_READ = set(re.findall(r'(?:cue_list|cue_words|has)\("(\w+)"', _SOURCE))
_MOVED_IN_SESSION_23 = {"owner_nouns", "owner_names", "belongs_adverbs", "role_nouns", "grab_articles", "grab_final",
                        "grab_participles", "grab_separated"}


@pytest.mark.parametrize("name", sorted(_READ))
def test_every_list_year_reads_is_in_deal_json(name: str) -> None:
    assert context.cue_list(name) or isinstance(context._deal_entry(name), str)


def test_the_lists_moved_from_year_py_are_read_by_it() -> None:
    assert _MOVED_IN_SESSION_23 <= _READ


def _values(token: dict) -> list[str]:
    """The words a token spec of a cue row requires (LOWER or LEMMA, one value or an IN list); [] for any token."""
    for attr in ("LOWER", "LEMMA"):
        value = token.get(attr)
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict) and "IN" in value:
            return list(value["IN"])
    return []


@pytest.mark.parametrize("row", [r for r in pattern_rows("year") if r["label"] == "OWNER"], ids=lambda r: str(r["pattern"])[:60])
def test_every_owner_row_anchors_on_words_the_hint_finds(row: dict) -> None:
    """Some required token of the row has only words holding a hint stem (a lemma's text form keeps the stem)."""
    hint = re.compile("|".join(hint_stems("year", "OWNER")), re.IGNORECASE)
    required = [_values(token) for token in row["pattern"] if token.get("OP") not in ("?", "*") and _values(token)]
    assert any(all(hint.search(word) for word in words) for words in required), row


def test_the_hint_row_is_no_cue_row() -> None:
    rows = [json.loads(line) for line in (PATTERNS_DIR / "year_tokens.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(row.get("hint") == "OWNER" for row in rows) == 1
    assert all("hint" not in row for row in pattern_rows("year"))
    assert year._OWNER_HINT.pattern == "(?i)" + "|".join(hint_stems("year", "OWNER"))


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Es war im Jahr vierzehn, als der Kauf kam.", [(2014, "vierzehn")]),
        ("Im Jahre Zwölf, im Jahr '16 und anno 21 war es anders.", [(2012, "Zwölf"), (2016, "'16"), (2021, "21")]),
        ("Seit Februar vierzehn gehört der Dienst dazu; Ende Oktober vierzehn war es amtlich.",
         [(2014, "vierzehn"), (2014, "vierzehn")]),
        ("'14: der Kauf. Feb. '98: etwas anderes.", [(2014, "'14"), (1998, "'98")]),
        ("Im Februar vierzehn Tage, im Jahr zwanzig Prozent, im Mai zwölf Komma fünf.", []),  # counts, no years
        ("'19 Milliarden', sagte er; am 19. Februar 14 Uhr; im Jahr sechzig; E-Mail vierzehn.", []),
        ("Im Jahr Zwanzig-Vierzehn; im Februar zwanzig-vierzehn.", []),  # a year in words of its own (number_words)
    ],
)
def test_a_year_said_by_its_last_two_digits(text: str, years: list[tuple[int, str]]) -> None:
    """year._short_years: a frame ('im Jahr', 'anno', a month before a number word, an apostrophe) makes two digits a
    year of 1980-2049 (issue 7, session 36, num36)."""
    assert [(year, text[start:end]) for year, start, end in year._short_years(text)] == years


@pytest.mark.parametrize("text", [
    "Die Übernahme war im Jahr 14, so erzählt es der Chronist.",
    "Gekauft hat der Konzern den Dienst im Oktober vierzehn.",
    "Anno zweiundachtzig war davon noch keine Rede, im Dezember dreissig schon.",
    "Seit Februar EINUNDZWANZIG gilt das neue Regelwerk.",
])
def test_the_short_year_gate_lets_every_short_year_through(text: str) -> None:
    """year._may_say_a_short_year is a prefilter for speed: where it says no, `_SHORT_YEAR` must find nothing."""
    assert year._SHORT_YEAR.search(text) and year._may_say_a_short_year(text)


def test_every_two_digit_word_opens_the_short_year_gate() -> None:
    """Every word from ten to ninety-nine ends with one of the gate's literals (`_TWO_DIGIT_ENDS`, speed37), and each,
    in any case, after a month or "im Jahr", passes `_may_say_a_short_year` where `_SHORT_YEAR` finds it."""
    from models.number_words import two_digit_words

    assert all(any(word.endswith(end) for end in year._TWO_DIGIT_ENDS) for word in two_digit_words())
    assert len(year._TWO_DIGIT_ENDS) < len(two_digit_words()) / 5
    for word in two_digit_words():
        for written in (word, word.capitalize(), word.upper()):
            for text in (f"Seit Oktober {written} gehört der Dienst dazu.", f"Im Jahr {written}: der Kauf."):
                assert year._SHORT_YEAR.search(text) and year._may_say_a_short_year(text), text


def test_the_short_year_gate_says_no_only_where_the_scan_finds_nothing() -> None:
    """year._may_say_a_short_year asks for a frame right before a number word (speed37): on random texts of months,
    frames, number words, counts, blanks and letters folded otherwise, wherever it says no `_SHORT_YEAR` finds nothing
    that the gate before it (any number word from ten to ninety-nine as a word of the lowered text) let through; and it
    says no to most texts with a number word that no frame precedes. (Neither gate reads a number word with a long s,
    "ſechzehn", which the case-insensitive scan reads as "sechzehn".)"""
    import random

    rng = random.Random(36)
    pieces = ["Februar", "MÄRZ", "mai", "Vormai", "Jänner", "im Jahr", "im Jahre", "Anno", "anno", "Jahrzehnt", "vierzehn",
              "Zwölf", "ELF", "einundzwanzig", "dreissig", "zehn", "Monate", "14", "'98", " ", "  ", "\n", "\u00a0", "\t",
              ", ", ". ", "-", "helfen", "ſechzehn", "auguſt", "İ", "x"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12))) for _ in range(30_000)]
    said = [year._may_say_a_short_year(text) for text in texts]
    scanned = [year._SHORT_YEAR.search(text) is not None and (
        year._framed_digits(text, text.lower()) or not year._TWO_DIGIT_WORDS.isdisjoint(year._WORD.findall(text.lower())))
        for text in texts]
    assert not any(scan and not gate for gate, scan in zip(said, scanned))
    assert sum(scanned) > 300
    words = [t for t in texts if "zehn" in t.lower() and not year._SHORT_YEAR.search(t) and not year._FRAMED_DIGITS.search(t)]
    assert sum(map(year._may_say_a_short_year, words)) < len(words) / 2


def test_the_framed_digits_tried_where_a_frame_begins_equal_the_search() -> None:
    """year._framed_digits (speed37) tries `_FRAMED_DIGITS` only where "jahr" or "anno" begins in the lowered text: the
    same answer as its search, also with letters lower-cased longer ("İ") or folded otherwise ("ſ", the Kelvin sign)."""
    import random

    rng = random.Random(37)
    pieces = ["Jahr", "JAHRE", "jahr", "anno", "ANNO", "Anno", " ", "  ", "\n", "'", "’", "14", "9", "98", "2014", "İ",
              "ſ", "\u212a", "x", "im ", "Vorjahr", "Annonce", ".", "e"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14))) for _ in range(20_000)]
    answers = [year._framed_digits(text, text.lower()) for text in texts]
    assert answers == [year._FRAMED_DIGITS.search(text) is not None for text in texts]
    assert sum(answers) > 100


@pytest.mark.parametrize("text", [
    "Im Februar 2014 gab Facebook den Kauf bekannt; das Jahrzehnt davor gehörte anderen.",
    "Die einzige Frage im Jahr 2021 war, ob man helfen kann.",
])
def test_the_short_year_gate_skips_texts_without_a_two_digit_number(text: str) -> None:
    assert not year._may_say_a_short_year(text) and not year._SHORT_YEAR.search(text)
