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
