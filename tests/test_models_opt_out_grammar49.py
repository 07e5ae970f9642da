"""Opt-out by grammar, session 49 (issue 7, opt49): a Markdown-bold question, the deadline as the end's subject, a
purpose clause of further use after a consent, the option hidden after its window.

All sentences are written for these tests (never copied from a gold text).
"""
from __future__ import annotations

import pytest

from models.extract import extract_text
from models.negation import is_question


def _opt(text: str) -> set[tuple[str, str]]:
    return {(c["stance"], c["scope"]) for c in extract_text(text) if c["type"] == "opt_out"}


def test_a_bold_question_is_a_question() -> None:
    assert is_question("**Lässt sich das abstellen?**")
    assert is_question("„Geht das noch?“ ")
    assert not is_question("**Das geht nicht.**")


def test_the_answer_to_a_bold_interview_question() -> None:
    # an interview page whose questions are set in bold: the question asks, its 'Nein.' answers it
    text = (
        "Der Messenger übermittelt die Handynummer an Facebook.\n\n"
        "**Können Kunden der Übermittlung ihrer Nummer heute noch widersprechen?**\n\n"
        "Nein. Die Nummer landet bei Facebook, sobald man die App benutzt."
    )
    found = _opt(text)
    assert ("not_possible", "phone_number") in found
    assert ("possible", "phone_number") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Der Messenger gibt Daten an Facebook. Kunden konnten nur die Werbenutzung abwählen, und die Frist dafür ist "
        "inzwischen verstrichen.",
        "Der Messenger gibt Daten an Facebook. Der Werbenutzung ließ sich widersprechen. Die Frist ist schon lange "
        "vorbei.",
    ],
)
def test_an_option_whose_deadline_ran_out_stays_beside_its_end(text: str) -> None:
    assert _opt(text) == {("possible", "ads"), ("not_possible", "ads")}


def test_an_option_held_until_now_is_still_superseded() -> None:
    # 'bisher' lets the option hold until now: the end replaces it, as before
    found = _opt("Der Messenger gibt Daten an Facebook. Bisher konnte man der Werbenutzung widersprechen, aber die "
                 "Frist ist jetzt abgelaufen.")
    assert found and all(stance == "not_possible" for stance, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Der Messenger teilt Daten mit Facebook. Bitte akzeptiere die neuen Regeln bis Ende Mai, um den Messenger "
        "weiterhin nutzen zu können.",
        "Der Messenger teilt Daten mit Facebook. Der Konzern verlangt von allen Kunden, die Bedingungen anzunehmen, "
        "um die App weiter ohne Einschränkung benutzen zu können.",
        "Der Messenger teilt Daten mit Facebook. WhatsApp bittet alle Kunden, die Regeln zu akzeptieren, damit sie "
        "den Dienst weiterhin verwenden können.",
        "Der Messenger teilt Daten mit Facebook. Tippe auf „Zustimmen“, um WhatsApp weiterhin benutzen zu können.",
    ],
)
def test_a_consent_for_further_use_is_accept_or_leave(text: str) -> None:
    assert _opt(text) == {("not_possible", "unspecified")}


@pytest.mark.parametrize(
    "text",
    [
        # a consent denied: no accept-or-leave
        "Der Messenger teilt Daten mit Facebook. Man muss die Regeln nicht akzeptieren, um den Messenger weiter "
        "nutzen zu können.",
        # supposed in the Konjunktiv II
        "Der Messenger teilt Daten mit Facebook. Würde man die Regeln akzeptieren, um den Messenger weiter nutzen zu "
        "können, gäbe man viel preis.",
        # asked
        "Der Messenger teilt Daten mit Facebook. Akzeptieren Sie die Regeln, um den Messenger weiter nutzen zu "
        "können?",
        # an authority's approval of the deal, another purpose
        "Facebook kauft WhatsApp. Die Behörde stimmte dem Kauf zu, um den Markt weiter beobachten zu können.",
        # a site's cookie banner inside an article about the messenger (review49)
        "Facebook hat WhatsApp gekauft. Bitte erlauben Sie Cookies und stimmen Sie zu, um unsere Seite weiterhin "
        "nutzen zu können.",
        # the buyer accepting an authority's conditions (review49)
        "Facebook hat WhatsApp gekauft. Meta akzeptierte die Auflagen aus Brüssel, um WhatsApp weiterhin nutzen zu "
        "können.",
        # advice, and a manner inside the purpose (review49)
        "Der Messenger teilt Daten mit Facebook. Fachleute raten, die Regeln erst nach dem Lesen zu akzeptieren, um "
        "WhatsApp weiterhin sicher nutzen zu können.",
        # a consent narrated as done, with its motive (review49)
        "Der Messenger teilt Daten mit Facebook. Viele Kunden akzeptierten die neuen Regeln, um den Messenger "
        "weiterhin nutzen zu können.",
    ],
)
def test_near_misses_of_a_consent_for_further_use(text: str) -> None:
    assert ("not_possible", "unspecified") not in _opt(text)


def test_an_option_hidden_after_its_window_ends() -> None:
    found = _opt("Der Messenger gibt Daten an Facebook. Kunden konnten 30 Tage lang der Werbenutzung widersprechen. "
                 "Nach Ablauf dieser Zeit wurde die Einstellung ausgeblendet.")
    assert found == {("possible", "ads"), ("not_possible", "ads")}


def test_a_tick_removed_after_the_window_is_no_end() -> None:
    # 'der Haken entfernt' may be the user's own step
    found = _opt("Der Messenger gibt Daten an Facebook. Kunden konnten 30 Tage lang der Werbenutzung widersprechen. "
                 "Danach wurde der Haken entfernt.")
    assert ("not_possible", "ads") not in found


def test_another_deadline_ends_no_option() -> None:
    # a notice period is no window of the option (review49)
    found = _opt("Der Messenger gibt Daten an Facebook. Kunden können der Werbenutzung widersprechen; die "
                 "Kündigungsfrist ist aber längst abgelaufen.")
    assert found == {("possible", "ads")}


def test_another_services_consent_is_not_read_by_the_rule() -> None:
    # another service's terms (review49): the rule gives no span (the learned stage reads such a sentence on its own)
    from models.opt_out import default_cues, OptOutComponent, _split

    sent = ("der softwarekonzern verlangt von skype-kunden, den regeln zuzustimmen, um den dienst weiter nutzen zu "
            "können.")
    component = OptOutComponent.__new__(OptOutComponent)
    component.c = default_cues()
    assert component._accept_to_keep_using(sent, _split(sent)) == []
    own = "whatsapp verlangt von seinen kunden, den regeln zuzustimmen, um den dienst weiter nutzen zu können."
    assert component._accept_to_keep_using(own, _split(own)) != []


@pytest.mark.parametrize(
    "end",
    ["Danach war die Tür zu.", "Dann war der Zug abgefahren.", "„Danach war das Fenster geschlossen.“"],
)
def test_an_idiom_of_a_closed_way_after_a_window_ends_the_option(end: str) -> None:
    found = _opt("Der Messenger gibt Daten an Facebook. 2016 konnten Kunden vier Wochen lang der Werbenutzung "
                 "widersprechen. " + end)
    assert found == {("possible", "ads"), ("not_possible", "ads")}


def test_an_idiom_without_an_option_before_it_is_no_end() -> None:
    assert _opt("Facebook verhandelte einen Monat lang über WhatsApp. Danach war die Tür zu.") == set()


def test_a_loss_denied_under_a_solange_clause_is_no_possibility() -> None:
    # 'solange' opens a condition (mood.json condition_openers, the one reader): the spared loss holds only under it
    told = "Der Messenger teilt Daten mit Facebook. Wer die neuen Regeln ablehnt, verliert nach einigen Wochen Funktionen. "
    assert ("possible", "unspecified") not in _opt(told + "Niemand verliert sein Konto, solange die Prüfung läuft.")
    assert ("possible", "unspecified") in _opt(told + "Niemand verliert sein Konto.")


def test_an_idiom_answering_a_question_is_no_end_of_the_window() -> None:
    found = _opt("Der Messenger gibt Daten an Facebook. Kunden konnten vier Wochen lang der Werbenutzung widersprechen. "
                 "Und wenn ich gar nicht zustimme? Dann ist die Tür zu.")
    assert ("not_possible", "ads") not in found
