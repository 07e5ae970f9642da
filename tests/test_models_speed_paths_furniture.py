"""The page-furniture gates answered from one automaton scan give what the word-by-word substring tests give
(issue 10, session 47, speed47): `furniture._holds` and the gates cut to the text's words (`_narrowed`).

The texts are written for these tests."""
from __future__ import annotations

import pytest

from models.layer import furniture

PAGES = [
    # a share row, a cookie banner, an advert label with its body, a long line with labels at its edges
    "Messenger-Kauf: Was Nutzer jetzt wissen sollten\nTeilen: Facebook Twitter E-Mail Drucken\n"
    "Der Konzern übernimmt den Dienst für eine hohe Summe, berichtet die Zeitung am Mittwoch.\n"
    "Wir verwenden Cookies und vergleichbare Techniken unserer Partner. Alle akzeptieren | Einstellungen\n"
    "Anzeige\nJetzt den neuen Tarif sichern und sparen!\n"
    "Merken Teilen Die Kartellbehörde prüft nun, ob die Verbindung der beiden Dienste den Wettbewerb "
    "beschränkt und ob Nutzerdaten ausgetauscht werden dürfen, sagte eine Sprecherin. Per Mail senden",
    # no furniture at all, but words the gates hold inside other words ("mitteilen", "Partnerschaften")
    "Das Unternehmen will mitteilen, welche Daten es verteilen darf. Partnerschaften mit Banken sind "
    "geplant; eine Mailadresse braucht niemand.\nDie Aufsicht zeigt sich skeptisch.",
    # a newsletter box and a button row
    "Newsletter abonnieren\nMit der Anmeldung willigen Sie ein, dass wir Ihnen wöchentlich schreiben.\n"
    "Jetzt anmelden\nZustimmen Ablehnen\nDer Rest des Artikels folgt hier mit ganz normalem Text.",
    "",
    "Nur ein Satz ohne jede Zeile, die wie eine Leiste aussieht.",
]


def _all_gate_words() -> list[str]:
    vocab = furniture.vocabulary()
    return [*vocab.coarse_gate, *vocab.label_gate, *vocab.platform_gate, *vocab.button_gate, *vocab.advert_gate]


@pytest.mark.parametrize("page", PAGES)
def test_the_automaton_holds_what_the_substring_test_finds(page: str) -> None:
    lowered = page.lower()
    holds = furniture._holds(lowered)
    for word in _all_gate_words():
        assert holds(word) == (word in lowered), word


def test_nested_gate_words_are_found_inside_longer_ones() -> None:
    # "mail" stands inside "e-mail": an automaton that reported only the longer word would miss it
    holds = furniture._holds("bitte per e-mail teilen")
    assert holds("mail") and holds("e-mail") and holds("teilen")


@pytest.mark.parametrize("page", PAGES)
def test_spans_equal_the_unnarrowed_word_by_word_gates(page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = furniture.furniture_spans(page)
    monkeypatch.setattr(furniture, "_gate_automaton", lambda: None)  # substring tests, as before the automaton
    monkeypatch.setattr(furniture, "_narrowed", lambda vocab, holds: vocab)  # every gate word asked of every line
    assert furniture.furniture_spans(page) == fast


def test_the_pages_hold_furniture_of_each_kind() -> None:
    # the comparison above must have something to compare: share, banner, advert and box spans are found
    kinds = {kind for page in PAGES for _start, _end, kind in furniture.furniture_spans(page)}
    assert {"share", "banner", "advert", "box"} <= kinds, kinds
