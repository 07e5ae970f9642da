"""spiders.extract.parse_html gives the tree trafilatura.load_html gives (it parses UTF-8 bytes, which is faster)."""
from __future__ import annotations

from pathlib import Path

import lxml.etree
import pytest
import trafilatura

from spiders.extract import parse_html

_FIXTURES = sorted(p for p in (Path(__file__).parent / "fixtures").rglob("*.html") if p.stat().st_size < 2_000_000)
_ODD = [
    '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Übernahme für Größe</p></body></html>',
    '<html><head><meta charset="windows-1252"></head><body><p>Übernahme – „Zitat“</p></body></html>',
    "<!DOCTYPE html><html><body><p>ein Absatz</p><p>noch einer</p></body></html>",
    "<p>nur ein Fragment</p>",
    "kein HTML, nur Text",
    "<html><body><p>kaputt <b>fett <i>kursiv</p></body>",
    "<html><body><p>Ersatzzeichen \ud800 im Text</p></body></html>",
    "",
]


def _same(html: str) -> None:
    ours, theirs = parse_html(html), trafilatura.load_html(html)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert lxml.etree.tostring(ours) == lxml.etree.tostring(theirs)


@pytest.mark.parametrize("html", _ODD)
def test_odd_pages_parse_as_trafilatura_parses_them(html: str) -> None:
    _same(html)


def test_fixture_pages_parse_as_trafilatura_parses_them() -> None:
    assert len(_FIXTURES) > 10
    for path in _FIXTURES:
        _same(path.read_bytes().decode("utf-8", errors="replace"))
