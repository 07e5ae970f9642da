"""The price's moment by layout and grammar (issue 7, session 47, year47): the heading of a list or table that states
the moment for every row (D65 (a)), a sum the buyer pledged ('zugesagt', D45/D54 (a)), and the rest of a total split
in parts ('die restlichen 16 Milliarden'). The texts are written for these tests."""
from __future__ import annotations

import pytest

from models.extract import extract_text
from models.moment import text_moment
from models.moment_heading import headed_moment


def moments(text: str) -> list[tuple[int, str | None, str]]:
    return [(c["value"], c.get("currency"), c["moment"]) for c in extract_text(text) if c["type"] == "price"]


_RANKED = ("1. Microsoft – Skype (2011): 8,5 Mrd. Dollar\n2. Facebook – WhatsApp (2014): 19 Mrd. Dollar\n"
           "3. Google – Nest (2014): 3,2 Mrd. Dollar")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a method line right above the list states the moment of every row
        ("Die teuersten Zukäufe im Netz\n\nAufgeführt ist immer der Preis am Tag der Ankündigung.\n\n" + _RANKED,
         [(19000000000, "USD", "announced")]),
        # a list's heading in the run of rows
        ("Meta im Überblick\n\nZukäufe (Jahr, Preis bei Bekanntgabe)\nFacebook kauft Instagram (2012, etwa 1 Mrd. Dollar)\n"
         "Facebook kauft WhatsApp (2014, etwa 19 Mrd. Dollar)\nFacebook kauft Giphy (2020, etwa 400 Mio. Dollar)",
         [(19000000000, "USD", "announced")]),
        # a table's column header: a compound whose first part is the moment
        ("Rekorddeals der Branche\n\nKäufer | Ziel | Jahr | Abschlusspreis\nFacebook | WhatsApp | 2014 | 21,8 Mrd. Dollar\n"
         "Microsoft | LinkedIn | 2016 | 26,2 Mrd. Dollar",
         [(21800000000, "USD", "closing")]),
    ],
)
def test_a_heading_states_the_moment_of_every_row(text: str, expected: list) -> None:
    assert moments(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading that names no moment: the row's bare year stays unspecified (D52 (b))
        ("Die teuersten Zukäufe im Netz\n\n" + _RANKED, [(19000000000, "USD", "unspecified")]),
        # a method line about the ranking's order, not the moment of its prices
        ("Die teuersten Zukäufe im Netz\n\nSortiert nach dem Jahr der Ankündigung.\n\n" + _RANKED,
         [(19000000000, "USD", "unspecified")]),
    ],
)
def test_a_heading_without_a_moment_of_the_price_leaves_the_row(text: str, expected: list) -> None:
    assert moments(text) == expected


def test_the_heading_reader_needs_rows_and_a_heading_without_amounts() -> None:
    moment_of = lambda clause: text_moment(clause, news=False)  # noqa: E731
    text = "Zukäufe (Preis bei Bekanntgabe)\nWhatsApp: 19 Mrd. Dollar\nNest: 3,2 Mrd. Dollar"
    assert headed_moment(text, text.index("19"), moment_of) == "announced"
    # one line under a heading is no list
    single = "Zukäufe (Preis bei Bekanntgabe)\nWhatsApp: 19 Mrd. Dollar"
    assert headed_moment(single, single.index("19"), moment_of) is None
    # a row above with its own amount is no heading: its "bei Abschluss" is its own
    rows = "WhatsApp: 19 Mrd. Dollar, Preis bei Abschluss 22 Mrd. Dollar\nNest: 3,2 Mrd. Dollar\nSkype: 8,5 Mrd. Dollar"
    assert headed_moment(rows, rows.index("3,2"), moment_of) is None
    # prose: a line that ends as a sentence is no row
    prose = "Zukäufe (Preis bei Bekanntgabe)\nFür WhatsApp zahlte Facebook 19 Mrd. Dollar.\nNest: 3,2 Mrd. Dollar"
    assert headed_moment(prose, prose.index("19"), moment_of) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sum the buyer pledged is the agreed one, also in a look-back; the rest of the split takes its moment
        ("Ein Beispiel ist der Kauf von WhatsApp durch Facebook im Jahr 2014: Von den 19 Milliarden Dollar, die der "
         "Konzern für den Messenger zusagte, gingen drei Milliarden als Aktien an die Belegschaft, die restlichen 16 "
         "Milliarden flossen in bar und in Aktien.",
         [(19000000000, "USD", "announced"), (16000000000, "USD", "announced")]),
        ("Ein Beispiel ist der Kauf von WhatsApp durch Facebook im Jahr 2014: Die zugesagten 19 Milliarden Dollar "
         "setzten sich aus Bargeld und Aktien zusammen.", [(19000000000, "USD", "announced")]),
        # a paid sum in a look-back keeps D45's bare year, and its rest takes nothing from it
        ("Ein Beispiel ist der Kauf von WhatsApp durch Facebook im Jahr 2014: Von den 19 Milliarden Dollar, die der "
         "Konzern für den Messenger bezahlte, gingen drei Milliarden als Aktien an die Belegschaft, die restlichen 16 "
         "Milliarden flossen in bar und in Aktien.",
         [(19000000000, "USD", "unspecified"), (16000000000, "USD", "unspecified")]),
    ],
)
def test_a_pledged_sum_and_its_rest(text: str, expected: list) -> None:
    assert moments(text) == expected


def test_a_heading_on_the_price_of_something_else_states_no_moment() -> None:
    # the issue price of shares at the end of an offering is not the deal's price (review47's finding)
    text = ("Zum Vergleich\n\nAusgabepreise der Aktien bei Abschluss des Börsengangs\n\n" + _RANKED)
    assert moments(text) == [(19000000000, "USD", "unspecified")]


def test_the_learned_stage_keeps_a_heading_s_moment() -> None:
    # a parenthesised row under a heading line that ends with a colon: the learned stage read no cue in the row and
    # overruled the rules' moment; `stated_in` now reads the heading as the row's stated moment (D65 (a))
    text = ("Einkäufe von Facebook (Preis jeweils zum Zeitpunkt der Bekanntgabe):\nInstagram (2012, etwa 1 Mrd. USD)\n"
            "WhatsApp (2014, etwa 19 Mrd. USD)\nOculus (2014, etwa 2 Mrd. USD)")
    assert moments(text) == [(19000000000, "USD", "announced")]
