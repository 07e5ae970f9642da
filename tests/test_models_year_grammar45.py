"""Acquisition years by the grammar of the year's clause: a later act on the purchase told as done again, a measure's
date, and (year45's further steps) counts from the text's own date (issue 7, session 45, year45). The sentences are
written for these tests."""
from __future__ import annotations

import pytest

from models.extract import extract_text


def years(text: str) -> list[int]:
    return [c["year"] for c in extract_text(text) if c["type"] == "acquisition_year"]


@pytest.mark.parametrize(
    "text",
    [
        # a later act of confirming, approving or reviewing, told as done again: the act's year
        "Facebook hat WhatsApp erworben. Im Jahr 2018 bekräftigte die Kartellbehörde die Übernahme abermals.",
        "Facebook hat WhatsApp erworben. 2017 untersuchte die Behörde den Kauf erneut.",
        "Facebook hat WhatsApp erworben. Die Wettbewerbshüter rollten die Übernahme 2019 wieder auf.",
        "Facebook hat WhatsApp erworben. 2016 befasste sich das Amt nachträglich mit dem Zukauf.",
        # a measure's date in a clause that names the purchase
        "Facebook hat WhatsApp erworben. Stellen Sie den Kaufpreis der Marktkapitalisierung von Meta Anfang 2023 gegenüber.",
        "Stichworte: whatsapp übernahme · whatsapp umsatz 2023 · facebook aktie",
    ],
)
def test_a_year_of_something_else_is_no_purchase_year(text: str) -> None:
    assert years(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a first approval or confirmation, a purchase told as a second buy: the purchase's year
        "Im Jahr 2014 billigte die Kartellbehörde den Erwerb von WhatsApp durch Facebook.",
        "Facebook schlug 2014 erneut zu und erwarb WhatsApp.",
        # the purchase noun with its own year, reviewed later
        "Facebook hat WhatsApp erworben. 2019 untersuchte die Behörde den Kauf aus dem Jahr 2014 erneut.",
        # the purchase between the measure noun and the year, or the price noun itself
        "Der Wert des Erwerbs von WhatsApp 2014 überraschte Analysten, Facebook hatte tief in die Tasche gegriffen.",
        "Facebook erwarb WhatsApp. Der Kaufpreis 2014 lag bei 19 Milliarden Dollar.",
    ],
)
def test_the_purchase_keeps_its_year(text: str) -> None:
    assert years(text) == [2014]


@pytest.mark.parametrize(
    "text",
    [
        # a header line that dates the text, a count under it that tells the purchase (D44, D57 (c))
        "Veröffentlicht am 12.03.2018\nDie Debatte geht weiter. Die Behörden sind uneins. Vor vier Jahren erwarb Facebook "
        "den Messenger WhatsApp.",
        "Erschienen: Mo, 05.03.2018 · 12 Kommentare\nNeue Regeln. Außerdem Tipps. Vier Jahre nach dem Kauf: Was ist aus "
        "WhatsApp geworden?",
        "Diskussionspapier 7/2018: Daten im Konzern\n\nWhatsApp gibt Daten weiter. Als Facebook WhatsApp vor vier Jahren "
        "erwarb, war davon keine Rede.",
        # a slide or box whose heading names the deal as a buyer/target pair, its rows dated (D7)
        "Lektion 3\nBeispiel Facebook/WhatsApp\n- Bekanntgabe: 19.02.2014\n- Vollzug: 06.10.2014",
    ],
)
def test_the_year_is_counted_from_the_texts_date_or_read_from_a_deal_box(text: str) -> None:
    assert years(text) == [2014]


@pytest.mark.parametrize(
    "text",
    [
        # another buyer, a near purchase, a report, another company, an approximate count
        "Veröffentlicht am 12.03.2018\nDie Debatte geht weiter. Vor vier Jahren hat Google WhatsApp beinahe erworben.",
        "Veröffentlicht am 12.03.2018\nDie Debatte geht weiter. Vor vier Jahren erwarb Facebook den Dienst Instagram.",
        "Veröffentlicht am 12.03.2018\nDie Debatte geht weiter. Vor gut vier Jahren erwarb Facebook WhatsApp.",
        # a count from the purchase told in the past of another event counts to that event
        "Veröffentlicht am 12.03.2018\nDie Debatte geht weiter. Vier Jahre nach dem Kauf führte WhatsApp neue Regeln ein.",
        # an earlier year between the stamp and the count
        "Veröffentlicht am 12.03.2018\nIm Jahr 2016 wuchs WhatsApp stark. Vor zwei Jahren erwarb Facebook den Messenger.",
        # a pair heading of another deal, a row that is no deal event
        "Beispiel Facebook/Instagram\n- Bekanntgabe: 09.04.2012\nAuch WhatsApp gehört zu Facebook.",
        "Facebook/WhatsApp\nDatenabgleich: 25.08.2016",
    ],
)
def test_no_year_from_the_texts_date_without_the_purchase(text: str) -> None:
    assert years(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # review45: a purchase verb in the sentence keeps its year beside an act word and a repetition word
        "Im Jahr 2014 erwarb Facebook WhatsApp und bekräftigte abermals seinen Appetit auf Zukäufe.",
        "Facebook erwarb WhatsApp 2014 und geriet damit erneut ins Visier der Kartellprüfer.",
        "Der Erwerb von WhatsApp wurde 2014 nochmals geprüft, bevor er im Herbst vollzogen wurde.",
        # 'Kurs' as a course, not a share price
        "Facebook hielt mit dem Erwerb von WhatsApp seinen Kurs 2014 bei.",
    ],
)
def test_review45_the_purchase_keeps_its_year(text: str) -> None:
    assert years(text) == [2014]


@pytest.mark.parametrize(
    "text",
    [
        # a span of years over several purchases (D57 (b); the lead's ruling for opt45)
        "Facebook erwarb WhatsApp. Die Branche war zwischen 2010 und 2015 von vielen Übernahmen geprägt.",
        "Facebook erwarb WhatsApp. Die Akquisitionen der Jahre 2012–2014 kosteten viel Geld.",
        # review45: a pair heading over another procedure or a generic date row
        "Verfahren Facebook/WhatsApp\nDatum: 18.05.2017\nBußgeld: 110 Millionen Euro.",
        "Facebook/WhatsApp\n- Ankündigung: 04.01.2021\n- Frist: 15.05.2021",
    ],
)
def test_review45_no_year(text: str) -> None:
    assert years(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a line of search or tag keywords is page furniture (D61 (b))
        ("Facebook übernimmt WhatsApp\nÄhnliche Suchanfragen: whatsapp preis 2019 · meta", []),
        ("Stichwörter: Messenger, Übernahme 2017, Facebook\n\nWhatsApp testet eine neue Funktion.", []),
        # a count of time gone by with its dass-clause under an issue line (D57 (c))
        ("Rundbrief Nr. 4/2019\n\nFünf Jahre ist es her, dass Facebook den Dienst WhatsApp erworben hat.", [2014]),
        # a cell's year dates its label: the founding's is no purchase year, the purchase's cell is
        ("Profil WhatsApp\nGründung: 2009 | Erwerb durch Facebook: 2014 | Sitz: Kalifornien", [2014]),
        ("Profil WhatsApp | Gründung: 2009 | Eigentümer: Meta | Sitz: Kalifornien", []),
        # review45: the dass-clause of a gone-by count read with the count's guards
        ("Stand: 2023\nNeun Jahre ist es her, dass Google beinahe WhatsApp erwarb.", []),
        ("Stand: 2023\nNeun Jahre ist es her, dass Google WhatsApp erwarb.", []),
        ("Stand: 2023\nNeun Jahre ist es her, dass Facebook WhatsApp erwerben wollte.", []),
    ],
)
def test_keyword_lines_counts_and_cells(text: str, expected: list[int]) -> None:
    assert years(text) == expected
