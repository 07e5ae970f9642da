"""The negation class (models/negation_words.py, models/patterns/negation_words.json): its members in every reading,
its near words not, its placeholders the class's, and no reader left on the old home in consent_words (issue 7,
session 42, merge42; the rows moved from tests/test_models_consent_words.py)."""
from __future__ import annotations

import re

import pytest

from models import consent_words, negation_words
from models.negation import has_negation
from models.pattern_marks import expand


@pytest.mark.parametrize("name, words", [
    ("negation", ["nicht", "nie", "niemals", "keinesfalls", "keineswegs", "mitnichten", "auf keinen fall",
                  "unter keinen umständen"]),
    ("negation_adverb", ["nie", "niemals", "keinesfalls", "keineswegs", "mitnichten", "in keinem fall"]),
    ("negative_determiner", ["kein", "keine", "keinen", "keinem", "keiner", "keines", "keins", "keinerlei"]),
])
def test_every_member_of_the_class_is_read(name: str, words: list[str]) -> None:
    pattern = re.compile(r"(?:" + getattr(negation_words, name)() + r")")
    assert [word for word in words if not pattern.fullmatch(word)] == []


@pytest.mark.parametrize("name, words", [
    ("negation", ["nichts", "niemand", "nie mehr als"]),
    ("negation_adverb", ["nicht", "nichts", "keine"]),
    ("negative_determiner", ["keinesfalls", "keineswegs", "nicht", "eine", "keimen"]),
])
def test_the_near_words_of_the_class_are_not_read(name: str, words: list[str]) -> None:
    pattern = re.compile(r"(?:" + getattr(negation_words, name)() + r")")
    assert [word for word in words if pattern.fullmatch(word)] == []


def test_the_placeholders_are_the_classs_and_consent_words_keeps_no_copy() -> None:
    assert expand("@negation@") == f"(?:{negation_words.negation()})"
    assert expand("@negation_adverb@") == f"(?:{negation_words.negation_adverb()})"
    assert expand("@negative_determiner@") == f"(?:{negation_words.negative_determiner()})"
    assert not hasattr(consent_words, "negation") and "negations" not in consent_words.vocabulary()


@pytest.mark.parametrize("text, negated", [
    # models/negation.py reads the class too (with its own pronouns, determiners and guards)
    ("WhatsApp gibt die Nummer mitnichten an Facebook weiter.", True),
    ("Die Nummer geht unter keinen Umständen an Facebook.", True),
    ("Die Nummer geht nicht nur an Facebook.", False),
    ("Die Nummer geht an Facebook.", False),
])
def test_has_negation_reads_the_class(text: str, negated: bool) -> None:
    assert has_negation(text.lower()) is negated
