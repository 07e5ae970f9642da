"""The price's moment by grammar (issue 7, session 45, year45): a fronted verb-first 'man'-condition's dating cue, the
comparative's 'als'-clause, the weak preterite by morphology, an anniversary of the deal, a bare price converted by
'umgerechnet'. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from models.extract import extract_text


def moments(text: str) -> list[tuple[int, str | None, str]]:
    return [(c["value"], c.get("currency"), c["moment"]) for c in extract_text(text) if c["type"] == "price"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the basis a fronted reckoning frame names dates the sum of its main clause
        ("Setzt man den Börsenkurs am Tag des Vollzugs an, hat Facebook für WhatsApp rund 21,8 Milliarden Dollar bezahlt.",
         [(21800000000, "USD", "closing")]),
        # the matrix clause's offer cue tells the compared quantity, not the amount of the comparative's als-clause
        ("Für die Foto-App wurde weniger geboten, als Zuckerberg 2014 für WhatsApp 19 Milliarden Dollar ausgab.",
         [(19000000000, "USD", "unspecified")]),
        # a weak preterite of any verb of getting in the price's clause: a narrative tense, no news default
        ("Facebook sicherte sich WhatsApp für 19 Milliarden Dollar.", [(19000000000, "USD", "unspecified")]),
        # an anniversary of the deal: the text speaks from that later time
        ("Zehn Jahre WhatsApp bei Facebook: eine Bilanz\nFacebook hat für den Dienst 19 Milliarden Dollar bezahlt.",
         [(19000000000, "USD", "unspecified")]),
        # a bare price converted by 'umgerechnet' gives its moment to the conversion
        ("Für WhatsApp legt Facebook 19 Milliarden hin, umgerechnet etwa 13,8 Milliarden Euro.",
         [(19000000000, None, "announced"), (13800000000, "EUR", "announced")]),
    ],
)
def test_the_moment_is_read_from_the_grammar(text: str, expected: list) -> None:
    assert moments(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the present and the perfect stay news
        ("Facebook schnappt sich den Messenger WhatsApp für 19 Milliarden Dollar.", [(19000000000, "USD", "announced")]),
        # a temporal 'als' after a complete comparison keeps its own cue (D8)
        ("Im Quartalsbericht setzte Facebook für WhatsApp nach dem Vollzug 21,8 Milliarden Dollar an, deutlich mehr als "
         "im Februar, als noch 19 Milliarden Dollar genannt worden waren.",
         [(21800000000, "USD", "closing"), (19000000000, "USD", "announced")]),
        # a count of years that is no anniversary of the deal
        ("Facebook kauft WhatsApp für 19 Milliarden Dollar. Die App ist fünf Jahre alt.", [(19000000000, "USD", "announced")]),
    ],
)
def test_the_moment_stays(text: str, expected: list) -> None:
    assert moments(text) == expected
