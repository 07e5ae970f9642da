"""The word classes of consenting and refusing (models/consent_words.py, models/patterns/consent_words.json): every
member of a class in every form is read, the near words are not, and the opt-out refusal cues name the classes by their
placeholders instead of spelling the words a sentence once showed (issue 7, session 40, opt40). The words and
sentences are written for the test."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from models import consent_words
from models.pattern_marks import expand
from models.opt_out import default_cues

PATTERNS = Path(__file__).resolve().parent.parent / "models" / "patterns"


def _word(name: str) -> re.Pattern[str]:
    return re.compile(r"(?:" + getattr(consent_words, name)() + r")")


@pytest.mark.parametrize("name, words", [
    ("consent_verb", ["zustimmen", "zustimmt", "zugestimmt", "zuzustimmen", "einwilligt", "eingewilligt",
                      "einzuwilligen", "annimmt", "annahm", "angenommen", "anzunehmen", "abgenickt", "abgesegnet",
                      "hingenommen", "gutgeheißen", "akzeptiert", "zu akzeptieren", "einverstanden"]),
    ("consent_zu", ["zuzustimmen", "einzuwilligen", "anzunehmen", "zu akzeptieren"]),
    ("consent_noun", ["zustimmung", "einwilligung", "einverständnis", "einverständniserklärung", "plazet", "okay"]),
    ("refusal_verb", ["ablehnt", "abgelehnt", "abzulehnen", "verweigert", "verweigern", "zu verweigern", "weigert",
                      "zurückweist", "zurückgewiesen", "zurückzuweisen", "ausgeschlagen", "ausschlägt"]),
    ("refusal_noun", ["ablehnung", "verweigerung", "weigerung", "verweigerer"]),
    ("give_verb", ["gibt", "gab", "gegeben", "erteilt", "erteilen", "abgegeben", "erklärt"]),
])
def test_every_member_of_a_class_is_read_in_every_form(name: str, words: list[str]) -> None:
    pattern = _word(name)
    assert [word for word in words if not pattern.fullmatch(word)] == []


@pytest.mark.parametrize("name, words", [
    ("consent_verb", ["zustimmung", "stimmt", "angenehm", "billigt", "akzeptanz"]),
    ("consent_zu", ["zustimmen", "akzeptieren"]),
    ("refusal_verb", ["ablehnung", "lehnt", "weist"]),
])
def test_the_near_words_of_a_class_are_not_read(name: str, words: list[str]) -> None:
    pattern = _word(name)
    assert [word for word in words if pattern.fullmatch(word)] == []


def test_the_split_verb_is_read_with_its_particle_after_the_negation() -> None:
    split = _word("consent_split")
    assert split.search("stimmt den regeln nicht zu")
    assert split.search("willigt bis mai nie ein")
    assert split.search("nimmt die bedingungen nicht an,")
    assert not split.search("nimmt nicht an der umfrage teil")  # 'an' a preposition: read only at the clause's end


def test_the_refusal_cues_name_the_classes_not_their_words() -> None:
    cues = json.loads((PATTERNS / "opt_out.json").read_text(encoding="utf-8"))["cues"]
    for name in ("refuse", "refuse_terms"):
        assert "@consent_verb@" in cues[name] and "@consent_noun@" in cues[name] and "@negation@" in cues[name]
        # spelled once, in the vocabulary (a button's label, "auf „Akzeptieren“ drücken", is a label, not the verb)
        assert not re.search(r"zugestimmt|zustimm\\w|einwillig|akzeptier\\w|ablehn", cues[name]), name


@pytest.mark.parametrize("text, refused", [
    ("wer in die regeln nicht eingewilligt hat", True),
    ("wer den regeln nie zugestimmt hat", True),
    ("ohne einverständnis zu den neuen regeln", True),
    ("wer keine einwilligung erteilt", True),
    ("wer sein einverständnis nicht gibt", True),
    ("ohne die bedingungen zu akzeptieren", True),
    ("wer die regeln zurückweist", True),
    ("wer bereits eingewilligt hat", False),
    ("facebook könne sich nicht auf eine wirksame einwilligung berufen", False),  # no giving verb: no refusal
    ("daten, die ohne einwilligung übertragen wurden", False),  # the legal ground of a transfer
    ("die weitergabe sei ohne wirksame einwilligung rechtswidrig", False),
])
def test_the_refusal_cue_reads_the_classes_and_their_grammar(text: str, refused: bool) -> None:
    assert (default_cues().rx["refuse"].search(text) is not None) is refused


def test_the_placeholders_expand_to_the_readers_patterns() -> None:
    assert expand("@consent_noun@") == f"(?:{consent_words.consent_noun()})"
    assert expand("@consent_ground@") == f"(?:{consent_words.consent_ground()})"
