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
        # The same Python class for every node (our parser picks them in C, lxml.html in Python).
        assert [type(node) for node in ours.iter()] == [type(node) for node in theirs.iter()]


@pytest.mark.parametrize("html", _ODD)
def test_odd_pages_parse_as_trafilatura_parses_them(html: str) -> None:
    _same(html)


def test_every_node_kind_gets_lxml_htmls_class() -> None:
    html = ("<html><body><form action='/x'><label>Name <input name='n'></label><select><option>a</option>"
            "</select><textarea>t</textarea></form><p>Absatz &amp; mehr</p><div><span>x</span></div></body></html>")
    tree = parse_html(html)
    classes = {node.tag: type(node).__name__ for node in tree.iter()}
    assert classes["form"] == "FormElement" and classes["input"] == "InputElement"
    assert classes["select"] == "SelectElement" and classes["textarea"] == "TextareaElement"
    assert classes["label"] == "LabelElement" and classes["p"] == classes["span"] == "HtmlElement"
    _same(html)


def test_fixture_pages_parse_as_trafilatura_parses_them() -> None:
    assert len(_FIXTURES) > 10
    for path in _FIXTURES:
        _same(path.read_bytes().decode("utf-8", errors="replace"))
