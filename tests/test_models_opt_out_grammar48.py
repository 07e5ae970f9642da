"""Opt-out by grammar, session 48 (issue 7, opt48): aims and motions, a source's 'Angaben', the contrastive ellipsis.

All sentences are written for these tests (never copied from a gold text).
"""
from __future__ import annotations

import pytest

from models.extract import extract_text


def _opt(text: str) -> set[tuple[str, str]]:
    return {(c["stance"], c["scope"]) for c in extract_text(text) if c["type"] == "opt_out"}


@pytest.mark.parametrize(
    "text",
    [
        # an aim with its correlate governs the dass-clause: what someone works towards, not what is
        "Die Grünen setzen sich dafür ein, dass Nutzer der Weitergabe ihrer Daten widersprechen können.",
        "Die Kommission soll darauf hinwirken, dass Kunden der Weitergabe ihrer Nummer widersprechen können.",
        "Der Verein macht sich dafür stark, dass man der Werbenutzung widersprechen kann.",
        "Ein Antrag, wonach sich die Regierung dafür einsetzen solle, dass man der Übermittlung widersprechen kann, "
        "fand keine Mehrheit.",
        # a motion's numbered item: a zu-infinitive whose demanding verb stands in the lead-in
        "Der Landtag fordert den Senat auf,\n1. die Aufsicht zu stärken;\n"
        "2. dafür Sorge zu tragen, dass Nutzer jeder Verknüpfung ihrer Daten widersprechen können;\n"
        "3. einen Bericht vorzulegen.",
        "Der Landtag fordert den Senat auf,\n1. sich im Bundesrat dafür einzusetzen, dass Kunden der Weitergabe "
        "ihrer Nummer widersprechen können.",
        # a request in the passive with its infinitive (no dass-clause)
        "Die Landesregierung wird aufgefordert, den Kunden zu ermöglichen, der Weitergabe ihrer Daten an Facebook "
        "zu widersprechen.",
    ],
)
def test_aims_and_motions_state_no_option(text: str) -> None:
    assert _opt(text) == set()


def test_sorgen_in_the_indicative_stays_a_fact() -> None:
    # only the zu-infinitive or a modal of obligation makes 'dafür sorgen' a demand
    assert _opt("Ein neuer Schalter sorgt dafür, dass Kunden der Weitergabe ihrer Nummer widersprechen können.") == {
        ("possible", "phone_number")
    }


def test_an_aim_denied_after_it_is_the_fact() -> None:
    # the demanded option denied in the next sentence: the denial is the text's own statement
    found = _opt("Die Verbände kämpfen dafür, dass man der Weitergabe widersprechen kann. Bislang geht das nicht.")
    assert found and all(stance == "not_possible" for stance, _ in found)


def test_a_source_named_by_angaben_is_no_data() -> None:
    # 'nach Angaben des Konzerns' names the source of the statement, not data beside the number
    text = (
        "Wer schon registriert war, konnte der Nutzung seiner Daten für Werbung binnen eines Monats widersprechen. "
        "Die Handynummer gehe nach Angaben des Konzerns aber in jedem Fall an Facebook."
    )
    assert ("not_possible", "phone_number") in _opt(text)
    assert ("not_possible", "all_sharing") not in _opt(text)


@pytest.mark.parametrize(
    "text, found",
    [
        # a denied loss whose verb goes on in a verbless remnant naming what is lost: D1 with its loss
        ("Meta reicht die Nummern an Facebook weiter. Wer nicht einwilligt, verliert seinen Account vorerst nicht, "
         "aber schrittweise die Anrufe.", ("not_possible", "unspecified")),
        ("Meta reicht die Nummern an Facebook weiter. Wer nicht einwilligt, verliert seinen Account nicht, "
         "wohl aber einzelne Funktionen.", ("not_possible", "unspecified")),
        # no remnant: the costless refusal (D26)
        ("Meta reicht die Nummern an Facebook weiter. Wer nicht einwilligt, verliert seinen Account nicht.",
         ("possible", "unspecified")),
        # a clause with its own verb after 'aber' is no remnant of the loss
        ("Meta reicht die Nummern an Facebook weiter. Wer nicht einwilligt, verliert seinen Account nicht, "
         "aber er sieht Hinweise.", ("possible", "unspecified")),
    ],
)
def test_loss_remnant(text: str, found: tuple[str, str]) -> None:
    assert found in _opt(text)
    assert ({("possible", "unspecified"), ("not_possible", "unspecified")} - {found}) & _opt(text) == set()


def test_a_window_ended_since_a_part_of_a_month() -> None:
    # 'seit Ende September 2016' is a time adverbial of the middle field like 'im Oktober'
    text = (
        "Bis Ende September konnten Nutzer der Verwendung ihrer Daten für Werbung auf Facebook innerhalb von "
        "30 Tagen widersprechen. Diese Frist ist allerdings seit Mitte Oktober 2016 abgelaufen."
    )
    assert ("not_possible", "ads") in _opt(text)


def test_newcomers_joining_after_a_dated_day() -> None:
    # a wer-clause of joining in the preterite with an ordinal date ('nach dem 3. Mai') names the newcomers (D46)
    text = (
        "Altkunden von WhatsApp durften der Nutzung ihrer Daten für Werbung bei Facebook widersprechen; wer sich "
        "nach dem 3. Mai 2017 neu anmeldete, wurde gar nicht erst gefragt."
    )
    assert ("not_possible", "ads") in _opt(text)


def test_angaben_as_data_still_widens() -> None:
    text = "Die Nummer und weitere Angaben wandern zu Facebook. Dagegen lässt sich nichts unternehmen."
    assert ("not_possible", "all_sharing") in _opt(text)


def test_contrastive_ellipsis_takes_the_dialogue_transfer() -> None:
    # a reply across a heckle's paragraph: 'nicht der Weitergabe' shares the verb of the ads option before it
    text = (
        "Abgeordnete Meier (SPD): Seit dem Sommer bekommt Facebook die Handynummern aller Kunden.\n\n"
        "[Zuruf von der FDP: Es gibt doch einen Widerspruch!]\n\n"
        "Einspruch erheben können Sie nur gegen die Werbung, Herr Kollege, nicht gegen die Weitergabe!"
    )
    ellipsis = (
        "Abgeordnete Meier (SPD): Seit dem Sommer bekommt Facebook die Handynummern aller Kunden.\n\n"
        "[Zuruf von der FDP: Man kann doch widersprechen!]\n\n"
        "Widersprechen lässt sich nur der Nutzung für Werbung, Herr Kollege, nicht der Weitergabe!"
    )
    assert ("not_possible", "phone_number") in _opt(ellipsis)
    assert ("not_possible", "all_sharing") not in _opt(ellipsis)
    assert ("not_possible", "all_sharing") not in _opt(text) or ("not_possible", "phone_number") not in _opt(text)


def test_a_clause_with_its_own_verb_keeps_the_paragraph_limit() -> None:
    # no ellipsis: a new paragraph's bare "Weitergabe" is not scoped by a number-only transfer before the break
    # (session 52, opt52: the bare noun; with "als solche"/"selbst"/"an sich" beside the use option it is D22's
    # transfer set against its use and takes the transfer told last, as own95-021's and own96-020's gold read it:
    # test_the_transfer_itself_beside_a_use_option_takes_the_told_transfer)
    text = (
        "Facebook bekommt künftig die Handynummern aller Kunden.\n\n"
        "Widersprechen kann man nur der Nutzung für Werbung. Die Weitergabe lässt sich nicht abwählen."
    )
    assert ("not_possible", "phone_number") not in _opt(text)


def test_the_transfer_itself_beside_a_use_option_takes_the_told_transfer() -> None:
    # D22: "als solche" sets the transfer against the use option beside it; the transfer is the one told last
    # (session 52, opt52; until then the paragraph limit held, as for the bare noun above)
    text = (
        "Facebook bekommt künftig die Handynummern aller Kunden.\n\n"
        "Widersprechen kann man nur der Nutzung für Werbung. Die Weitergabe als solche lässt sich nicht abwählen."
    )
    assert ("not_possible", "phone_number") in _opt(text)
    assert ("not_possible", "all_sharing") not in _opt(text)


def test_the_ellipsis_after_a_list_of_data_stays_whole() -> None:
    text = (
        "Facebook bekommt künftig die Handynummern, die Gerätekennungen und die Nutzungszeiten.\n\n"
        "Widersprechen lässt sich nur der Nutzung für Werbung, nicht der Weitergabe!"
    )
    assert ("not_possible", "phone_number") not in _opt(text)


def test_prepositional_contrast_ellipsis() -> None:
    # the remnant answer names the use without a verb; 'nicht gegen die Weitergabe' shares its verb
    text = (
        "Abgeordneter Roth (SPD): Seit Herbst reicht WhatsApp die Handynummern an Facebook weiter.\n"
        "(Zuruf: Man kann doch Einspruch einlegen!)\n"
        "Nur gegen die Nutzung für Werbung, Herr Kollege, nicht gegen die Weitergabe."
    )
    assert ("not_possible", "phone_number") in _opt(text)
    assert ("not_possible", "all_sharing") not in _opt(text)


def test_a_reported_motion_with_koennen_sollen_is_a_demand() -> None:
    text = "Ein Antrag der Linken, wonach Kunden der Weitergabe ihrer Daten an Facebook widersprechen können sollen, scheiterte."
    assert _opt(text) == set()


def test_ausnahmslos_is_the_transfer_anyway() -> None:
    text = (
        "Altkunden konnten die Nutzung ihrer Daten für Werbezwecke bei WhatsApp abwählen. "
        "Die Nummer geht aber ausnahmslos an Facebook."
    )
    assert ("not_possible", "phone_number") in _opt(text)


def test_an_effort_told_as_achieved_is_no_demand() -> None:
    # review48's finding: 'erfolgreich' / 'mit Erfolg' make the aim reached a fact
    text = "Die Datenschützer haben sich mit Erfolg dafür eingesetzt, dass WhatsApp-Kunden der Nutzung für Werbung widersprechen können."
    assert ("possible", "ads") in _opt(text)
