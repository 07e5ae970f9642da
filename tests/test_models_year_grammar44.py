"""Acquisition years by the grammar of datelines, alert lines, time stamps and membership phrases (issue 7, session 44,
year44). The sentences are written for these tests."""
from __future__ import annotations

import pytest

from models.extract import extract_text


def years(text: str) -> list[int]:
    return [c["year"] for c in extract_text(text) if c["type"] == "acquisition_year"]


@pytest.mark.parametrize(
    "text",
    [
        # a dateline's written date with the agency's bracket before the dash (D44)
        "Kalifornien, 19. Februar 2014 (AFP) - Das Netzwerk Facebook erwirbt den Chatdienst WhatsApp.",
        # a ticker line's clock time between its date and the dash (D43)
        "Liveticker\n20.02.2014, 09.40 – Facebook bestätigt den Kauf von WhatsApp in einer Mitteilung.",
        "19.02.2014, 23:02 Uhr – Facebook erwirbt WhatsApp.",
        # an alert's label, date and clock time before the colon (D43)
        "Breaking, 19.02.2014, 22.40 Uhr: Facebook erwirbt den Messenger WhatsApp.\nWeitere Details folgen.",
        "Push-Nachricht, 19.02.2014, 22.41 Uhr: Facebook erwirbt den Messenger WhatsApp.",
        # membership told by a noun phrase after "seit" and the year (D2 in other grammar)
        "Die App ist seit 2014 Teil des Meta-Imperiums und zählt viele Nutzer in der Schweiz. WhatsApp wächst.",
        "Seit 2014 unter dem Dach von Facebook, zahlt WhatsApp nun eine Busse.",
        "Facebook und WhatsApp fielen aus. In manchen Ländern ist WhatsApp, seit 2014 Teil des Konzerns, das wichtigste Telefon.",
        # whole years counted after another company's dated purchase (the arithmetic convention)
        "Facebook erwarb im Frühjahr 2012 die Foto-App Instagram. Die App wuchs rasch. Zwei Jahre nach Instagram "
        "erwarb der Konzern auch WhatsApp.",
    ],
)
def test_the_year_is_read_from_the_grammar(text: str) -> None:
    assert years(text) == [2014]


@pytest.mark.parametrize(
    "text",
    [
        # a dateline over another event of the parties: a purchase told after it looks back (D44)
        "Bonn, 12. März 2016 (dpa) - Facebook will mehr Daten der WhatsApp-Nutzer auswerten. Der Konzern hatte den Dienst gekauft.",
        # a count after another company's event that is no purchase, or from a purchase no sentence dates
        "Im Jahr 2012 erwarb Facebook Instagram. Zwei Jahre nach Instagram startete WhatsApp Sprachanrufe.",
        "Im Jahr 2012 wurde Instagram gegründet. Zwei Jahre nach Instagram kaufte Facebook WhatsApp.",
        "Im Jahr 2012 erwarb Facebook Instagram. Gut zwei Jahre nach Instagram kaufte Facebook WhatsApp.",
        # a written piece's date with no clock time before its colon (D44)
        "Kundenbrief, 21.02.2014: Facebook gibt für WhatsApp 19 Milliarden Dollar aus.",
        # a commenter's name before the stamp, no label of a feed's entry
        "Leserin_Anna, 26.08.2016, 10:03: Facebook hat WhatsApp nur wegen der Nummern erworben.",
        "Kommentar, 26.08.2016, 10:03: Facebook hat WhatsApp nur wegen der Nummern erworben.",
        # a label that calls the entry false (review44)
        "Falschmeldung, 26.08.2016, 10:03 Uhr: Facebook erwirbt WhatsApp.",
        # a ticker line whose news is a denial, or another purchase
        "22.05.2016, 11.05 – Facebook bestätigt den Kauf von WhatsApp nicht.",
        "22.05.2016, 11.05 – Facebook bestätigt den Kauf von Oculus. WhatsApp bleibt, wie es ist.",
        # a purchase noun that governs data, not WhatsApp (review44)
        "Ticker\n26.08.2016, 10.15 – WhatsApp bestätigt die Übernahme der Kontaktlisten durch Facebook.",
        "26.08.2016, 10.15 – Facebook bestätigt die Übernahme der WhatsApp-Profile.",
        # the year of the buyer's new name (review44)
        "Der Messenger WhatsApp ist seit 2021 Teil der Meta-Gruppe, seit Facebook umbenannt wurde.",
        # membership of another company, or of a thing that is no company
        "Instagram, seit 2012 Teil des Konzerns, wächst schneller als WhatsApp. Facebook freut sich.",
        "WhatsApp ist seit 2016 Teil der Werbestrategie von Facebook.",
        "Die App ist seit 2014 Teil der Familie. Facebook freut sich.",
    ],
)
def test_no_year_where_the_grammar_dates_something_else(text: str) -> None:
    assert years(text) == []


def moments(text: str) -> list[tuple[float, str | None, str]]:
    return [(c["value"], c["currency"], c["moment"]) for c in extract_text(text) if c["type"] == "price"]


def test_a_conversion_at_todays_rate_in_the_konjunktiv_is_unspecified() -> None:
    # D17: what the sum would be at today's rate, said in a sentence of its own after the dated sum
    text = ("Bei der Bekanntgabe am 19. Februar 2014 nannte Facebook für WhatsApp 19 Milliarden Dollar. "
            "Nach heutigem Kurs wären das umgerechnet ungefähr 17 Milliarden Euro.")
    assert moments(text)[-1] == (17_000_000_000, "EUR", "unspecified")
    text = ("Zum Vollzug im Oktober 2014 kostete WhatsApp Facebook rund 21,8 Milliarden Dollar. "
            "Heute umgerechnet wären das knapp 20 Milliarden Euro.")
    assert moments(text)[-1][2] == "unspecified"


def test_a_conversion_in_the_indicative_keeps_the_moment_of_its_sum() -> None:
    text = ("Zum Vollzug im Oktober 2014 kostete WhatsApp Facebook rund 21,8 Milliarden Dollar. "
            "Umgerechnet waren das damals knapp 16 Milliarden Euro.")
    assert moments(text)[-1] == (16_000_000_000, "EUR", "closing")
