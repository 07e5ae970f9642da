"""The moment rules' data (models/patterns/moment.json) read by models/moment.py: the denied closing ("not_yet")
and the sentence shapes ("shapes"). Sentences written for the test (issue 7, session 22, debt22)."""
from __future__ import annotations

import json
import re

import pytest

from models import moment


def _spec() -> dict:
    return json.loads(moment.PATTERNS_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("participle", list(_spec()["closing_participles"]))
def test_every_denied_participle_is_a_closing_cue(participle: str) -> None:
    """The participles `_not_yet` reads are closing cues themselves: one list, "closing_participles", for both."""
    assert moment._cues()["closing"].fullmatch(participle) is not None
    assert moment._denied_closing()[0].fullmatch(participle) is not None


def test_a_closing_participle_before_werden_is_no_closing_cue() -> None:
    """"abgeschlossen werden" is still to come: the rest written beside the participle keeps it out of the cues."""
    low = "der kauf soll bis herbst abgeschlossen werden."
    assert moment._cues()["closing"].search(low) is None


def _first_cue(low: str, word: str) -> re.Match[str]:
    match = moment._cues()["closing"].search(low, low.index(word))
    assert match is not None
    return match


@pytest.mark.parametrize("sentence, word, denied", [
    ("die übernahme ist angekündigt, aber nicht vollzogen.", "vollzogen", True),
    ("der kauf ist noch nicht ganz abgeschlossen.", "abgeschlossen", True),
    ("der kauf ist seit oktober abgeschlossen.", "abgeschlossen", False),  # no negation
    ("nicht alle waren froh, als der kauf abgeschlossen war.", "abgeschlossen", False),  # the negation is too far
])
def test_a_negation_before_a_closing_participle_denies_the_closing(sentence: str, word: str, denied: bool) -> None:
    assert moment._not_yet(sentence, _first_cue(sentence, word)) is denied


@pytest.mark.parametrize("name, text, found", [
    ("chronicle_entry", "2014 – facebook ", True),
    ("chronicle_entry", "- 2014: facebook ", True),
    ("chronicle_entry", "im jahr 2014 ", False),
    ("label_opening", "merke: ", True),
    ("label_opening", "", True),
    ("label_opening", "damals ", False),
    ("condition_rest", " ein konzern ein start-up, spricht man von einer übernahme.", True),
    ("condition_rest", " facebook 22 milliarden für whatsapp bezahlt?", True),
    ("condition_rest", " facebook whatsapp für 19 mrd.", False),
])
def test_the_sentence_shapes(name: str, text: str, found: bool) -> None:
    shape = moment._shapes()[name]
    use = shape.match if name == "condition_rest" else shape.fullmatch  # as models/moment.py applies each
    assert (use(text) is not None) is found


def test_every_word_list_is_read_by_the_module_and_every_list_read_is_in_the_file() -> None:
    """moment.json "words" holds the lists moment.py's phrase shapes read by `_words("name")`, and only those."""
    from pathlib import Path

    source = Path(moment.__file__).read_text(encoding="utf-8")
    assert set(re.findall(r'_words\("(\w+)"\)', source)) == set(_spec()["words"])


@pytest.mark.parametrize("text, word, opening", [
    ("Der Preis: 19 Mrd. Dollar. 2014: Facebook kauft WhatsApp.", "kauft", "2014"),
    ("Laut Dr. Meier kauft Facebook den Dienst.", "kauft", "Laut"),  # an abbreviation's dot ends no sentence
    ("Am 19. Februar kauft Facebook den Dienst.", "kauft", "Am"),  # nor an ordinal's
    ("Chronik\n2014 – Facebook kauft WhatsApp", "kauft", "2014"),  # a line of its own
])
def test_a_cue_opens_where_the_layer_s_sentence_does(text: str, word: str, opening: str) -> None:
    """`_opening_of` reads the sentence boundaries of the linguistic layer (models/sentences.py), issue 7, session 23."""
    low = text.lower()
    cue = moment._cues()["announced"].search(low, low.index(word))
    assert cue is not None and cue.group() == word
    assert text[moment._opening_of(text, cue):].startswith(opening)
