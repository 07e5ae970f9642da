"""dealwatch_opt_out: can users object to WhatsApp passing their data to Facebook?

All sentences are written for these tests.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import models.opt_out  # noqa: F401  (registers the factory)
import models.sentences  # noqa: F401
from models.claims import claims_of
from models.opt_out import Cues


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("de")
    pipeline.add_pipe("dealwatch_sentences")
    pipeline.add_pipe("dealwatch_opt_out")
    return pipeline


def extract(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    """(stance, scope, span text) of every opt_out claim, checking offsets on the way."""
    doc = nlp(text)
    out = []
    for claim in claims_of(doc):
        assert claim.type == "opt_out"
        assert text[claim.start:claim.end] == claim.text
        out.append((claim.fields["stance"], claim.fields["scope"], claim.text))
    return out


def test_objection_to_ads_is_possible(nlp: Language) -> None:
    text = "Nutzer können der Verwendung ihrer Daten für Werbeanzeigen bei Facebook widersprechen."
    assert extract(nlp, text) == [
        ("possible", "ads", "Nutzer können der Verwendung ihrer Daten für Werbeanzeigen bei Facebook widersprechen")
    ]


def test_friend_suggestions_alone(nlp: Language) -> None:
    text = "WhatsApp-Kunden können der Nutzung ihrer Daten für Freundschaftsvorschläge auf Facebook widersprechen."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "friend_suggestions")]


def test_ads_and_friend_suggestions_count_as_ads(nlp: Language) -> None:
    text = "Nutzer dürfen der Verwendung ihrer WhatsApp-Daten für Werbung und Freundesvorschläge widersprechen."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "ads")]


def test_switching_off_ad_use(nlp: Language) -> None:
    text = "In den Einstellungen lässt sich die Nutzung der Daten für personalisierte Werbung deaktivieren, sagt Facebook."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "ads")]
    text = "Die Nutzung der Daten für personalisierte Werbung lässt sich nicht deaktivieren, sagt Facebook."
    assert [c[:2] for c in extract(nlp, text)] == [("not_possible", "ads")]
    text = "Wer will, kann die Nutzung seiner WhatsApp-Daten für personalisierte Werbung bei Facebook deaktivieren."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "ads")]


def test_choosing_not_to_share_for_ads(nlp: Language) -> None:
    text = "Als Bestandskunde kannst du wählen, deine Kontoinformationen nicht mit Facebook zu teilen, um Werbung zu vermeiden."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "ads")]


def test_objection_possible_but_phone_number_passed_anyway(nlp: Language) -> None:
    text = (
        "Man kann zwar der Verwendung für Werbung widersprechen, "
        "die Handynummer wird aber auf jeden Fall an Facebook übermittelt."
    )
    assert extract(nlp, text) == [
        ("possible", "ads", "Man kann zwar der Verwendung für Werbung widersprechen"),
        ("not_possible", "phone_number", "die Handynummer wird aber auf jeden Fall an Facebook übermittelt"),
    ]


def test_objection_impossible_for_phone_number(nlp: Language) -> None:
    text = "Gegen die Übermittlung der Telefonnummer an Facebook gibt es keinen Widerspruch, teilte WhatsApp mit."
    assert [c[:2] for c in extract(nlp, text)] == [("not_possible", "phone_number")]


def test_data_passed_on_despite_objection(nlp: Language) -> None:
    text = (
        "WhatsApp nennt das Verfahren einen Widerspruch. "
        "Die Informationen werden dennoch an Facebook weitergegeben."
    )
    assert extract(nlp, text) == [
        ("not_possible", "all_sharing", "Die Informationen werden dennoch an Facebook weitergegeben")
    ]


def test_anyway_without_an_objection_nearby_is_no_claim(nlp: Language) -> None:
    text = "Facebook hat WhatsApp gekauft. Die Daten werden trotzdem getrennt gespeichert."
    assert extract(nlp, text) == []


def test_refusal_leads_to_blocked_account(nlp: Language) -> None:
    text = "Wer den neuen WhatsApp-Bedingungen nicht zustimmt, dessen Konto wird gesperrt."
    assert [c[:2] for c in extract(nlp, text)] == [("not_possible", "all_sharing")]


def test_must_accept_to_keep_using(nlp: Language) -> None:
    text = "Alle Nutzer müssen die neue Datenschutzrichtlinie akzeptieren, wenn sie WhatsApp weiter verwenden wollen."
    assert extract(nlp, text) == [
        (
            "not_possible",
            "all_sharing",
            "Alle Nutzer müssen die neue Datenschutzrichtlinie akzeptieren, wenn sie WhatsApp weiter verwenden wollen",
        )
    ]


def test_no_choice_but_to_delete(nlp: Language) -> None:
    text = "Wer seine Daten vor Facebook schützen will, hat keine andere Wahl: Er muss WhatsApp löschen."
    assert [c[:2] for c in extract(nlp, text)] == [("not_possible", "all_sharing")]


def test_superseded_possibility_is_dropped(nlp: Language) -> None:
    text = (
        "Früher konnten Nutzer der Weitergabe ihrer Daten an Facebook widersprechen. "
        "Diese Möglichkeit entfällt nun."
    )
    assert extract(nlp, text) == [
        (
            "not_possible",
            "all_sharing",
            "Früher konnten Nutzer der Weitergabe ihrer Daten an Facebook widersprechen. Diese Möglichkeit entfällt nun",
        )
    ]


def test_unspecified_scope_when_only_the_transfer_is_named(nlp: Language) -> None:
    text = "Bestandskunden haben 30 Tage lang die Möglichkeit, der Weitergabe ihrer Daten an Facebook zu widersprechen."
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "unspecified")]


def test_anaphoric_objection_takes_the_previous_scope(nlp: Language) -> None:
    text = (
        "Facebook will mit den WhatsApp-Daten vor allem seine Werbung verbessern. "
        "Diesem Zweck können Nutzer widersprechen."
    )
    assert [c[:2] for c in extract(nlp, text)] == [("possible", "ads")]


def test_unrelated_objections_and_questions(nlp: Language) -> None:
    assert extract(nlp, "Der Bürgermeister widersprach der Darstellung der Opposition im Stadtrat.") == []
    assert extract(nlp, "Kann man der Weitergabe an Facebook widersprechen?") == []
    assert extract(nlp, "Das Unternehmen schließt Werbung in WhatsApp kategorisch aus.") == []
    assert extract(nlp, "Facebook muss die rechtswidrig erhaltenen Daten löschen, urteilte das Gericht.") == []


def test_cue_file_errors_are_one_line(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"context": "(", "cues": {}}', encoding="utf-8")
    with pytest.raises(ValueError, match="bad opt_out cue file"):
        Cues.load(bad)
