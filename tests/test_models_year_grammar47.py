"""Acquisition years by grammar and layout (issue 7, session 47, year47): the verbless owner phrase set beside the
buyer's name, the year in the attribute of another buyer's purchase ("durch" and its name), and a fact box's row in
the entry of another company. The texts are written for these tests."""
from __future__ import annotations

import pytest

from models.extract import extract_text


def years(text: str) -> list[int]:
    return [c["year"] for c in extract_text(text) if c["type"] == "acquisition_year"]


@pytest.mark.parametrize(
    "text",
    [
        # a glossary's label and a verbless owner phrase after it
        "Messenger-Lexikon\n\nFacebook: Mutterkonzern von WhatsApp seit 2014. Steht seit 2021 unter dem Namen Meta.",
        # the same phrase as an apposition after the buyer's name
        "Facebook, seit 2014 Mutterkonzern von WhatsApp, verdient am Messenger kaum.",
        "Messenger-Lexikon\n\nFacebook: seit 2014 Eigentümer von WhatsApp.",
    ],
)
def test_a_verbless_owner_phrase_beside_the_buyer_dates_the_purchase(text: str) -> None:
    assert years(text) == [2014]


@pytest.mark.parametrize(
    "text",
    [
        # a clause of its own after the label: its verb dates the data, not the owner
        "Facebook: Der Konzern besitzt seit 2016 die Nummern von WhatsApp-Nutzern.",
        # the owner phrase of another company bought
        "Facebook, seit 2012 Eigentümer von Instagram, wirbt um Nutzer.",
        # the year in the attribute of another buyer's purchase, the messenger named in the clause before
        "Facebook zahlte für WhatsApp 19 Milliarden Dollar. Damit steht der Messenger auf Platz 8. Der 2016 "
        "verkündete Kauf der Chipfirma ARM durch Softbank fehlt.",
        # a fact box's owner row in the entry of another company
        "Oculus\n\nOculus baut Brillen für virtuelle Realität. Sie gehören zu Meta.\n\nKurzinfo\nGründer: Palmer Luckey\n"
        "Eigentümer: Meta Platforms (seit 2014)\n\nDie Marke steht neben WhatsApp und Instagram im Konzern.",
    ],
)
def test_another_subject_s_year_is_no_purchase_year(text: str) -> None:
    assert years(text) == []


def test_the_purchase_by_the_buyer_keeps_its_attributed_year() -> None:
    assert years("Die 2014 angekündigte Übernahme von WhatsApp durch Facebook kostete 19 Milliarden Dollar.") == [2014]


@pytest.mark.parametrize(
    "text",
    [
        # the buyer named by a first name or a genitive after "durch" (review47's finding): the purchase keeps its year
        "WhatsApp: Die 2014 vollzogene Übernahme durch Mark Zuckerberg änderte vieles.",
        "Die Gründer von WhatsApp wurden reich: Die 2014 gemeldete Übernahme durch Marc Zuckerbergs Konzern brachte Milliarden.",
        # a section line that names the purchase by the buyer heads its rows in an entry on WhatsApp
        "Kurzporträt WhatsApp\nGegründet: 2009\n\nKauf durch Facebook\nBekanntgabe: 19.02.2014\nVollzug: 06.10.2014",
        # a row of the purchase's own date beside the buyer's row
        "Steckbrief\nName: WhatsApp\nKäufer: Facebook Inc.\nÜbernahmedatum: Oktober 2014",
        # the owner row with a feminine owner noun
        "WhatsApp\nBesitzerin: Facebook Inc. (seit 2014)\nSitz: Menlo Park",
        # a quiz's key to a question of time about the purchase (D57 (a))
        "Quiz\n1. Wann wurde WhatsApp gegründet?\na) 2009 b) 2011\n2. In welchem Jahr übernahm Facebook WhatsApp?\n"
        "a) 2012 b) 2014 c) 2015\n\nLösungen\n1a: 2009\n2b: 2014",
        "Knobelei: Wann kaufte Facebook den Messenger WhatsApp? Die Antwort: 2014.",
        # a count from the purchase in a month entry of a one-year chronicle: the chronicle's year minus the count
        "Chronik 2018\n\nMärz – Vier Jahre nach dem Kauf von WhatsApp durch Facebook verlässt Jan Koum den Konzern.",
        "Netzjahr 2016: Ein Überblick\n\nAugust – Zwei Jahre nach der Übernahme durch Facebook ändert WhatsApp seine Regeln.",
    ],
)
def test_years_of_the_purchase_by_layout(text: str) -> None:
    assert years(text) == [2014]


@pytest.mark.parametrize(
    "text",
    [
        # a section line of the purchase in another company's box
        "Kurzporträt WhatsApp\n\nInstagram\nÜbernahme durch Facebook\nBekanntgabe: 09.04.2012",
        # a key to a question about another company's purchase or about the founding
        "Quiz zu WhatsApp\n1. In welchem Jahr übernahm Facebook Instagram?\na) 2012 b) 2014\n\nLösungen\n1a: 2012",
        "Quiz zu WhatsApp und Facebook\n1. Wann wurde WhatsApp gegründet?\na) 2009 b) 2011\n\nLösungen\n1a: 2009",
        # a chronicle's count from another company's purchase, or an approximate count
        "Chronik 2018\n\nMärz – Sechs Jahre nach dem Kauf von Instagram durch Facebook gehen dessen Gründer; WhatsApp wächst.",
        "Chronik 2018\n\nMärz – Gut vier Jahre nach dem Kauf von WhatsApp durch Facebook verlässt Jan Koum den Konzern.",
        # a key to a question about another event that names the purchase
        "Quiz zu WhatsApp\n1. Wann musste Facebook wegen der WhatsApp-Übernahme eine Buße zahlen?\na) 2016 b) 2017\n\n"
        "Lösungen\n1b: 2017",
        # another buyer's wish, data sold (review47's findings)
        "Knobelei zu WhatsApp: Wann wollte Google WhatsApp kaufen? Die Antwort: 2013.",
        "Knobelei: Wann verkaufte WhatsApp erstmals Daten an Facebook? Die Antwort: 2016.",
        # a chronicle entry that tells the purchase as years ago
        "Chronik 2016\n\nJanuar – Vor zwei Jahren kaufte Facebook WhatsApp; nun fällt die Gebühr weg.",
        # the options alone, no key
        "Quiz\n2. In welchem Jahr übernahm Facebook WhatsApp?\na) 2012 b) 2014 c) 2015",
    ],
)
def test_no_year_from_another_box_or_another_question(text: str) -> None:
    assert years(text) == []
