"""dealwatch_data_shared: which data types the text says WhatsApp passes (or not) to Facebook.

All sentences are written for these tests.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import models.data_shared  # noqa: F401  (registers the factory)
import models.sentences  # noqa: F401
from models.claims import claims_of
from models.pipeline import build_pipeline
from models.data_shared import Vocabulary
from models.negation import has_negation, literal_alternation, split_clauses


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(("dealwatch_data_shared",))  # the linguistic layer and this one component


def extract(nlp: Language, text: str) -> list[tuple[str, bool, str]]:
    """(data_type, shared, span text) of every data_shared claim, checking offsets on the way."""
    doc = nlp(text)
    out = []
    for claim in claims_of(doc):
        assert claim.type == "data_shared"
        assert text[claim.start:claim.end] == claim.text
        out.append((claim.fields["data_type"], claim.fields["shared"], claim.text))
    return out


def test_enumeration_gives_one_claim_per_type(nlp: Language) -> None:
    text = "WhatsApp gibt künftig Telefonnummer, Profilbild, Gerätemodell und Standort seiner Nutzer an Facebook weiter."
    assert extract(nlp, text) == [
        ("phone_number", True, "Telefonnummer"),
        ("profile_data", True, "Profilbild"),
        ("device_data", True, "Gerätemodell"),
        ("location", True, "Standort"),
    ]


def test_adjacent_items_of_one_type_share_a_span(nlp: Language) -> None:
    text = "Der Messenger überträgt Betriebssystem, Mobilfunkanbieter und IP-Adresse an den Mutterkonzern Facebook."
    assert extract(nlp, text) == [("device_data", True, "Betriebssystem, Mobilfunkanbieter und IP-Adresse")]


def test_weder_noch_negates_both_items(nlp: Language) -> None:
    text = "Der Konzern betont, dass Facebook weder Chatverläufe noch Standortdaten von WhatsApp erhält."
    assert extract(nlp, text) == [
        ("message_content", False, "Chatverläufe"),
        ("location", False, "Standortdaten"),
    ]


def test_negation_covers_the_examples_it_governs(nlp: Language) -> None:
    text = "WhatsApp versichert, dass keine anderen Daten wie Kontaktlisten oder Profilfotos an Facebook übermittelt werden."
    assert extract(nlp, text) == [
        ("contacts", False, "Kontaktlisten"),
        ("profile_data", False, "Profilfotos"),
    ]


def test_negation_stays_in_its_clause(nlp: Language) -> None:
    text = "Facebook bekommt die Handynummer der WhatsApp-Nutzer, aber die Nachrichteninhalte bleiben Ende-zu-Ende-verschlüsselt."
    assert extract(nlp, text) == [
        ("phone_number", True, "Handynummer"),
        ("message_content", False, "Nachrichteninhalte"),
    ]


def test_protected_content_is_not_shared(nlp: Language) -> None:
    text = "Facebook hat WhatsApp gekauft. Die Chat-Inhalte bleiben aber durch die Verschlüsselung geschützt."
    assert extract(nlp, text) == [("message_content", False, "Chat-Inhalte")]


def test_collecting_is_not_sharing(nlp: Language) -> None:
    text = "WhatsApp speichert die Telefonnummer und das Adressbuch seiner Nutzer auf eigenen Servern, erklärte Facebook."
    assert extract(nlp, text) == []


def test_phone_number_outside_a_transfer_is_ignored(nlp: Language) -> None:
    text = (
        "Facebook hat WhatsApp im Jahr 2014 gekauft. "
        "Fragen beantwortet die Verbraucherzentrale unter der Telefonnummer 0800 123456."
    )
    assert extract(nlp, text) == []
    assert extract(nlp, "Leser erreichen die Redaktion unter der Telefonnummer 030 987654.") == []


def test_continuation_sentence_takes_the_previous_transfer(nlp: Language) -> None:
    text = (
        "WhatsApp teilt künftig mehr Informationen mit Facebook. "
        "Dazu gehören die Nutzungshäufigkeit und das Betriebssystem des Telefons."
    )
    assert extract(nlp, text) == [
        ("usage_data", True, "Nutzungshäufigkeit"),
        ("device_data", True, "Betriebssystem"),
    ]


def test_compounds_and_inflection(nlp: Language) -> None:
    text = "Facebook erhält Zugriff auf die WhatsApp-Kontaktdaten und auf die Nutzungsstatistiken der Messenger-App."
    assert extract(nlp, text) == [
        ("contacts", True, "WhatsApp-Kontaktdaten"),
        ("usage_data", True, "Nutzungsstatistiken"),
    ]


def test_truncated_compound_is_part_of_the_span(nlp: Language) -> None:
    text = "WhatsApp übermittelt die Nutzungsdauer und -häufigkeit an Facebook."
    assert extract(nlp, text) == [("usage_data", True, "Nutzungsdauer und -häufigkeit")]


def test_phrase_how_often_the_app_is_used(nlp: Language) -> None:
    text = "Außerdem erfährt Facebook über WhatsApp, wie oft die App täglich genutzt wird, und bekommt so Daten für Werbung."
    # "erfährt" is no transfer verb, but "bekommt" with Facebook in the sentence carries the clause list.
    assert ("usage_data", True, "wie oft die App täglich genutzt wird") in extract(nlp, text)


def test_choosing_not_to_share_is_not_a_denial(nlp: Language) -> None:
    text = "Bestehende WhatsApp-Nutzer können wählen, ihre Kontoinformationen nicht mit Facebook zu teilen."
    assert extract(nlp, text) == [("account_info", True, "Kontoinformationen")]


def test_questions_and_conditions_assert_nothing(nlp: Language) -> None:
    assert extract(nlp, "Gibt WhatsApp meine Telefonnummer an Facebook weiter?") == []
    assert extract(nlp, "Wenn WhatsApp den Standort an Facebook übermitteln würde, wäre das ein Skandal.") == []


def test_weak_word_alone_is_no_data_type(nlp: Language) -> None:
    text = "Facebook nutzt den Namen WhatsApp auch für den neuen Business-Dienst."
    assert extract(nlp, text) == []


def test_weak_word_counts_inside_an_enumeration(nlp: Language) -> None:
    text = "An Facebook fließen nun Name, Status und Handynummer jedes WhatsApp-Kontos."
    assert extract(nlp, text) == [
        ("profile_data", True, "Name, Status"),
        ("phone_number", True, "Handynummer"),
    ]


def test_plain_data_names_no_data_type(nlp: Language) -> None:
    # Issue 7: a vague "Daten" is no claim of type other (it contradicted every later claim).
    assert extract(nlp, "Eine Weitergabe von Nutzerdaten an Facebook sei in Europa nicht vorgesehen, sagt WhatsApp.") == []


def test_named_other_data_is_other(nlp: Language) -> None:
    assert extract(nlp, "WhatsApp gibt die Zahlungsdaten der Nutzer an Facebook weiter.") == [
        ("other", True, "Zahlungsdaten")
    ]


def test_no_facebook_no_claim(nlp: Language) -> None:
    text = "WhatsApp gibt die Telefonnummern an Mobilfunkanbieter weiter, sagt ein Sprecher des Messengers."
    assert extract(nlp, text) == []


def test_clause_split_and_negation_helpers() -> None:
    text = "facebook erhält die nummer, aber keine chats, die verschlüsselt sind"
    pieces = [text[a:b] for a, b in split_clauses(text)]
    assert pieces == ["facebook erhält die nummer", "aber keine chats", "die verschlüsselt sind"]
    assert has_negation("aber keine chats")
    assert not has_negation("nicht nur die nummer, sondern auch")
    assert not has_negation("es sei nicht rechtens")
    gate = literal_alternation(["abschalten", "ablehnen", "ab", "zu"])
    assert [m.group() for m in gate.finditer("ablehnen, abschalten, abwarten, zu")] == ["ablehnen", "abschalten", "ab", "zu"]


def test_vocabulary_errors_are_one_line(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"inflection": "", "terms": [{"type": "x"}]}', encoding="utf-8")
    with pytest.raises(ValueError, match="bad data_shared vocabulary"):
        Vocabulary.load(bad)


def test_only_matching_tells_matching_cues_from_other_transfer_cues(nlp: Language) -> None:
    """`only_matching`: every passing-on cue is one of matching or linking (a use, whoever does it; _clause_info
    asks who), with any other transfer cue beside it the text passes data on."""
    component = nlp.get_pipe("dealwatch_data_shared")
    assert component.only_matching("Der Messenger gleicht die Nummern im Adressbuch ab.")
    assert component.only_matching("Der Konzern verknüpft die Nummer mit dem Profil.")
    assert not component.only_matching("Der Messenger gibt die Nummern an Facebook weiter und gleicht sie ab.")
    assert not component.only_matching("Der Messenger übermittelt die Nummern.")


def test_data_derivable_from_the_shared_data_is_not_claimed(nlp: Language) -> None:
    # (issue 7, session 14, ds20) a relative clause of what can be derived from the data names no data passed on
    text = "Facebook hat WhatsApp gekauft. WhatsApp übermittelt die IP-Adresse an Facebook, aus der sich der ungefähre Standort ableiten lässt."
    assert extract(nlp, text) == [("device_data", True, "IP-Adresse")]
    listed = "Facebook hat WhatsApp gekauft. WhatsApp übermittelt die IP-Adresse und den Standort an Facebook."
    assert ("location", True, "Standort") in extract(nlp, listed)


@pytest.mark.parametrize(
    ("low", "named"),
    [("die whatsapp-nutzer", True), ("bei whats app", True), ("whats\napp", True), ("der messenger", False),
     ("whats  app", False), ("threema und signal", False)],
)
def test_one_test_of_whatsapps_own_name(low: str, named: bool) -> None:
    """data_shared asks "is WhatsApp's own name here" through `_names_whatsapp` alone (one space or none between
    its halves; session 15 replaced two `"whatsapp" in text.replace(" ", "")` tests and one without a space)."""
    from models.data_shared import _names_whatsapp

    assert _names_whatsapp(low) is named


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Dazu die Angabe, welches Handy man hat.", True),  # "Angabe" could be a verb form alone: the tagger reads it
        ("Außerdem wie oft man die App öffnet.", True),  # a wh-clause with no main clause
        ("Plus die Zeit, zu der man zuletzt aktiv war.", True),
        ("Und die Information, wann man zuletzt online war.", True),
        ("Mehr soll es nicht sein.", False),
        ("Die Nummer, die Facebook bekommt, ist wichtig.", False),  # the relative clause's verb is not the main one
        ("Angaben zum Gerät landen bei Meta.", False),
        ("Und welche Daten gehen an Facebook?", False),  # a question is none
    ],
)
def test_a_verbless_fragment_has_no_main_clause(text: str, fragment: bool) -> None:
    """Session 26 (ds26): a sentence whose every finite verb is a subordinate clause's continues the one before it."""
    assert models.data_shared.verbless_fragment(text) is fragment
