"""The one class of the words that make a clause tell no fact of the writer's (models/hearsay_words.py,
models/patterns/hearsay_words.json): each subclass is a placeholder, and every reader that spelled the class by hand
now reads its subclasses, so a member reaches all of them (issue 7, session 42, merge42). The sentences are written
for the test."""
from __future__ import annotations

import re

import pytest

from models import context, pattern_marks, data_shared_phrases, hearsay_words, opt_out, opt_out_steps, price_refuted, year
from models.pattern_marks import expand


@pytest.mark.parametrize("name", hearsay_words.PLACEHOLDERS)
def test_each_subclass_is_a_placeholder_of_its_function(name: str) -> None:
    assert expand(f"@{name}@") == f"(?:{hearsay_words.subclass(name)})"


def test_the_placeholders_are_the_ones_pattern_marks_serves() -> None:
    served = {name for name, (module, _) in pattern_marks._READERS.items() if module == "models.hearsay_words"}
    assert served == set(hearsay_words.PLACEHOLDERS)


@pytest.mark.parametrize("name", hearsay_words.PLACEHOLDERS)
def test_a_subclass_is_lower_case_and_captures_nothing(name: str) -> None:
    pattern = hearsay_words.subclass(name)
    assert pattern == pattern.lower() and re.compile(pattern).groups == 0


def test_the_hearsay_adverb_reaches_every_reader_of_the_class() -> None:
    """One member ("vermeintlich", in two readers before) read by all six."""
    assert year._NOT_TOLD_AS_FACT.search("an dem Facebook vermeintlich WhatsApp kaufte")
    assert context.has("hearsay_words", "vermeintlich hat facebook geboten")
    assert data_shared_phrases.PHRASES["message_rumour_mark"].search("vermeintlich schickt whatsapp alle chats an facebook")
    assert price_refuted._rules()["hearsay"].search("facebook zahlte vermeintlich 21 milliarden")
    assert opt_out.PHRASES["proform_frame"].search("vermeintlich geht das nicht.")
    assert opt_out_steps.PHRASES["hearsay_label"].search("vermeintlich: ")


@pytest.mark.parametrize("reader, text, read", [
    # the year's guard: the rumour nouns, with their plural
    (lambda t: year._NOT_TOLD_AS_FACT.search(t), "an dem Spekulationen über einen Kauf aufkamen", True),
    (lambda t: year._NOT_TOLD_AS_FACT.search(t), "an dem der Kauf verkündet wurde", False),
    # price_refuted's frames: a verb of belief or fear before or after its quantifier, "las man"
    (lambda t: price_refuted._rules()["hearsay"].search(t), "viele vermuten 21 milliarden", True),
    (lambda t: price_refuted._rules()["hearsay"].search(t), "befürchten viele, facebook habe", True),
    (lambda t: price_refuted._rules()["hearsay"].search(t), "damals las man von 21 milliarden", True),
    (lambda t: price_refuted._rules()["hearsay"].search(t), "viele zahlten 21 milliarden", False),
    # opt-out's belief frame and hearsay label: the whole verb class, the source's prepositions, the Swiss fold
    (lambda t: opt_out.PHRASES["proform_frame"].search(t), "früher las man: das geht nicht.", True),
    (lambda t: opt_out.PHRASES["proform_frame"].search(t), "spekulation im forum: das geht nicht.", True),
    (lambda t: opt_out.PHRASES["proform_frame"].search(t), "früher hiess es: das geht nicht.", True),
    (lambda t: opt_out.PHRASES["proform_frame"].search(t), "das geht nicht.", False),
    (lambda t: opt_out_steps.PHRASES["hearsay_label"].search(t), "viele befürchten: ", True),
    (lambda t: opt_out_steps.PHRASES["hearsay_label"].search(t), "einem blog zufolge: ", True),
    (lambda t: opt_out_steps.PHRASES["hearsay_label"].search(t), "es hiess: ", True),
    (lambda t: opt_out_steps.PHRASES["hearsay_label"].search(t), "antwort: ", False),
])
def test_a_reader_reads_the_members_its_subclasses_hold(reader, text: str, read: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(reader(text)) is read


def test_price_refuted_reads_its_correction_labels_from_the_class() -> None:
    """One list of correction labels (hearsay_words.json correction_labels, "@correction_label@"; session 43, merge43):
    price_refuted.json reads the class, so a label added there reaches its correction reader. (data_shared.json's
    hearsay cue keeps its own three labels: it reads the correction line itself as no claim, a different reading, and
    the class's 'Erratum'/'Korrigendum' there lost items on review43's texts; session 43.)"""
    import json

    raw = json.loads((hearsay_words.VOCABULARY_FILE.parent / "price_refuted.json").read_text(encoding="utf-8"))
    assert raw["correction_labels"] == ["@correction_label@"]
    for label in hearsay_words.vocabulary()["correction_labels"]:
        assert price_refuted._rules()["correction_label"].match(f"{label}: der konzern zahlte mehr."), label


@pytest.mark.parametrize("text", [
    "Die Spekulationen der letzten Wochen stimmen: Der Messenger reicht die Handynummern an Facebook weiter.",
    "Der vermeintlich abgeschottete Messenger soll die Telefonnummern an Facebook weitergeben.",
])
def test_data_shared_keeps_its_own_hearsay_words(text: str) -> None:
    """data_shared.json's hearsay cue reads a noun or adverb anywhere in the sentence, so the whole hearsay class
    ('Spekulation', 'vermeintlich') would drop a confirmed rumour and an adverb of an adjective (review43, session 43):
    it keeps its own words."""
    from models.extract import extract_text

    assert [(c["type"], c.get("data_type"), c.get("shared")) for c in extract_text(text)] == [
        ("data_shared", "phone_number", True)]


@pytest.mark.parametrize("text, items", [
    ("Nach monatelangen Spekulationen steht es fest: Der Messenger teilt die Telefonnummern mit Facebook.",
     [("phone_number", True)]),
    ("Entgegen den Spekulationen gibt WhatsApp die Chats nicht an Facebook weiter.", [("message_content", False)]),
    ("Erratum: WhatsApp gibt die Telefonnummer an Facebook weiter, nicht die Kontakte.",
     [("phone_number", True), ("contacts", False)]),
])
def test_an_ended_speculation_and_a_label_outside_data_shared_s_list_keep_their_items(text: str, items: list) -> None:
    """review43's further shapes (session 43), in my words: a speculation ended or set against, and a correction label
    that data_shared.json's hearsay cue does not list, leave the sentence's items as main 5e58a30c gave them."""
    from models.extract import extract_text

    assert [(c.get("data_type"), c.get("shared")) for c in extract_text(text) if c["type"] == "data_shared"] == items
