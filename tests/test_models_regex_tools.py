"""models/regex_tools.trim_span: the one trim of a claim's span, each reader passing its own characters (issue 7,
session 42, merge42: opt_out.py and opt_out_steps.py each spelled the loop)."""
from __future__ import annotations

import pytest

from models.regex_tools import trim_span


@pytest.mark.parametrize("text, chars, trimmed", [
    ("  „Einstellungen“, ", ",„“", "Einstellungen"),
    ("\u00a0Konto => Datenschutz =>\u2009", "=>", "Konto => Datenschutz"),  # every whitespace, inner arrows kept
    ("=> Konto", ",", "=> Konto"),  # a character the reader does not name stays
    (" ,;. ", ",;.", ""),
])
def test_a_span_is_trimmed_of_its_readers_characters_and_whitespace(text: str, chars: str, trimmed: str) -> None:
    start, end = trim_span(text, 0, len(text), chars)
    assert text[start:end] == trimmed


def test_only_the_span_is_read() -> None:
    text = "Tippe auf „Konto“ und dann weiter."
    start, end = trim_span(text, 9, 18, "„“ ")
    assert text[start:end] == "Konto"
