"""The literal scans of models/money_scan.py find exactly what the regex scans they replace find."""
from __future__ import annotations

import random

import pytest

from models import money
from models.money_scan import TriggerScan

PIECES = ["19", "1.000", "5", " ", "\n", ",", ".", "-", "Mrd.", "Milliarden", "milliarde", "Mio", "Dollar", "US-Dollar",
          "US$", "$", "€", "£", "Euro", "eur", "Europa", "Fr.", "frage", "eine", "neunzehn", "einundzwanzig", "zwei",
          "rund", "bis zu", "„", "“", "satte", "über", "Vertrag über", "knapp", "um", "Umsatz", "etwa", "x", "Sfr"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def _spans(matches: list) -> list[tuple[tuple[int, int], dict]]:  # type: ignore[type-arg]
    return [(m.span(), m.groupdict()) for m in matches]


def test_trigger_scan_finds_the_regex_matches() -> None:
    scan = money._scans()
    assert scan is not None, "pyahocorasick is a dependency"
    trigger = money._patterns()["trigger"]
    for text in _texts(1, 3000) + ["Europa zahlte 19 Mrd.-Dollar", "us-dollars und us-$ sowie eurofr. 5"]:
        lowered = text.lower()
        assert scan[0].spans(lowered) == [m.span() for m in trigger.finditer(lowered)], text


def test_a_shorter_word_listed_first_keeps_the_regex_scan() -> None:
    assert TriggerScan.build(["mrd", "mrd.-"], ["$"]) is None  # the regex would stop at "mrd"
    assert TriggerScan.build(["mrd.-", "mrd"], ["$"]) is not None


def test_amounts_tried_at_their_possible_starts_equal_the_region_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(2, 3000) + ["Facebook zahlte rund 19 Mrd. US-Dollar (13,8 Milliarden Euro), einundzwanzig Mio. €."]
    fast = [_spans(money._candidate_matches(text)) for text in texts]
    monkeypatch.setattr(money, "_scans", lambda: None)
    assert fast == [_spans(money._candidate_matches(text)) for text in texts]


def test_qualifier_tail_tried_at_its_possible_starts_equals_the_search() -> None:
    pattern = money._patterns()["qualifier_tail"]
    for text in _texts(3, 4000) + ["Er zahlte rund\n", "für „schlappe“ ", "mehr als ſatte "]:
        fast = money._qualifier_tail(text, 0, len(text))
        plain = pattern.search(text, 0, len(text))
        if fast is None:  # no qualifier word before the amount: the search finds none either
            assert plain is None or plain.group("qual") is None, text
        else:
            assert (fast.span(), fast.groupdict()) == (plain.span(), plain.groupdict()), text
