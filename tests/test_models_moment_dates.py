"""The deal's dates give a price its moment: February 2014 announced, October 2014 closing (models/moment.py)."""
from __future__ import annotations

import pytest

from models.moment import dated_moment


def _moment(sentence: str) -> str | None:
    """The dated moment of the first 'Milliarden' amount in the sentence."""
    start = sentence.index("19 Milliarden")
    return dated_moment(sentence, start, start + len("19 Milliarden Dollar"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Controls: the deal's own dates (these passed before the "another year" fix too).
        ("Am 19. Februar 2014 bot Facebook 19 Milliarden Dollar für den Messenger.", "announced"),
        ("Am 19. Februar bot Facebook 19 Milliarden Dollar für den Messenger.", "announced"),
        ("Im Oktober 2014 war der Kauf mit 19 Milliarden Dollar abgeschlossen.", "closing"),
        # Another year's February or October is another event, not the deal's date (these two failed before the fix).
        ("Am 19. Februar 2021 nannte ein Bericht erneut die 19 Milliarden Dollar von damals.", None),
        ("Am 6. Oktober 2016 erinnerte die Zeitung an die 19 Milliarden Dollar.", None),
        # Near miss: a month and another year without a day number (passed before too).
        ("Im Februar 2021 nannte ein Bericht erneut die 19 Milliarden Dollar von damals.", None),
    ],
)
def test_a_date_of_the_deal_gives_the_moment(sentence: str, expected: str | None) -> None:
    assert _moment(sentence) == expected
