"""models/caseless.py: a (?i) pattern asked of the lowered text answers like the pattern itself."""
from __future__ import annotations

import random
import re

import pytest

from models import year
from models.caseless import CaselessTest

PIECES = ["Facebook", "META", "gehört", "GEHÖRT", "Tochter", "ſ", "ẞ", "İ", "das Geschäft", "DER DEAL", "wurde", " ",
          "verkündet", "Vollzug", "VOLLZUG", "bezahlt", "Kaufpreis", "kosten", "Kosten", "\n", "x", "2014", ",", "-"]


@pytest.mark.parametrize("name", ["_BELONGS_TO_BUYER", "_DEAL_ANNOUNCED", "_DEAL_COMPLETED", "_PAID"])
def test_lowered_answers_equal_the_case_insensitive_search(name: str) -> None:
    pattern = getattr(year, name)
    test = getattr(year, name + "_TEST")
    rng = random.Random(name)
    texts = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    texts += ["WhatsApp gehört seit 2014 zu FACEBOOK.", "Der Deal wurde im Oktober VOLLZOGEN.", "Facebook beſaß"]
    found = 0
    for text in texts:
        expected = pattern.search(text) is not None
        assert test(text) == expected, text
        found += expected
    assert found > 0  # the texts hold matches, not only misses


def test_a_pattern_that_is_not_lower_case_caseless_is_refused() -> None:
    with pytest.raises(ValueError):
        CaselessTest(re.compile(r"Facebook"))
    with pytest.raises(ValueError):
        CaselessTest(re.compile(r"(?i)Facebook"))


def test_owner_hint_over_the_lowered_text_equals_the_pattern() -> None:
    rng = random.Random(5)
    texts = ["".join(rng.choice(PIECES + ["Besitz", "EIGENTÜMER", "riss", "RISS", "schnappte"]) for _ in range(8))
             for _ in range(2000)]
    for text in texts:
        if not re.search(r"[^\W\d_\x00-\xff]", text):
            assert (year._OWNER_HINT.search(text) is None) == (year._OWNER_HINT_LOWERED.search(text.lower()) is None), text


def test_price_and_moment_tests_answer_like_their_patterns() -> None:
    from models import moment, price

    pieces = PIECES + ["nach dem", "WhatsApp-Kauf", "WHATSAPP", "whats app", "Übernahme von", "gekauft und", "GEZAHLT UND",
                       "Werte", "SUMMEN", "Preise", "Kaufpreise", "für"]
    rng = random.Random(7)
    texts = [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(4000)]
    for pattern, test in ((price._PAID_AND, price._PAID_AND_TEST), (price._TIME_REFERENCE, price._TIME_REFERENCE_TEST),
                          (moment._SUMS_NOTE, moment._SUMS_NOTE_TEST)):
        hits = [text for text in texts if pattern.search(text)]
        assert hits and all(test(text) == (pattern.search(text) is not None) for text in texts)
    for text in texts:  # the gate of the coordinated-targets pattern never hides a match
        assert price.may_hold(text, "whats") or price._COORDINATED_TARGETS.search(text) is None


def test_bare_big_number_with_the_lookbehind_moved() -> None:
    from models import price

    plain = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){3,}(?![.,]?\d)")
    rng = random.Random(8)
    pieces = ["1", "19", "000", ".", ",", " ", ".000", "x", "22.000.000.000"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20))) for _ in range(5000)]
    assert any(plain.search(text) for text in texts)
    for text in texts:
        assert [m.span() for m in price._BARE_BIG_NUMBER.finditer(text)] == [m.span() for m in plain.finditer(text)], text
