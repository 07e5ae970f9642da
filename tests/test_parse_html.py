"""spiders.extract.parse_html gives the tree trafilatura.load_html gives (it parses UTF-8 bytes, which is faster)."""
from __future__ import annotations

from pathlib import Path

import lxml.etree
import pytest
import trafilatura

from spiders.extract import _needs_repair, parse_html

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
    # trafilatura's repairs: control characters, U+FFFE/U+FFFF, a DOCTYPE with a slash, one without a newline,
    # a self-closing <html/>.
    "<html><body><p>Steuer\x0czeichen\x01 und \x1f</p><p>zwei</p></body></html>",
    "<html><body><p>Nicht\ufffe-Zeichen \uffff</p><p>zwei</p></body></html>",
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    "<html><body><p>eins</p><p>zwei</p></body></html>",
    "<!DOCTYPE html><html><body><p>ohne Zeilenumbruch</p><p>zwei</p></body></html>",
    '<!doctype html>\n<html lang="de"/>\n<body><p>eins</p><p>zwei</p></body>',
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


def test_trafilaturas_control_characters_are_those_the_repair_check_knows() -> None:
    # spiders.extract._needs_repair finds INVALID_XML_CHARS by a byte translation; a new pattern must be seen.
    assert trafilatura.utils.INVALID_XML_CHARS.pattern == r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]"


@pytest.mark.parametrize("html", _ODD)
def test_a_page_said_to_need_no_repair_is_left_as_it_is_by_trafilatura(html: str) -> None:
    beginning = html[:50].lower()
    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:
        return
    repaired = trafilatura.utils.repair_faulty_html(html, beginning)
    assert _needs_repair(html, data, beginning) == (repaired != html)


def test_fixture_pages_need_a_repair_only_where_trafilatura_changes_them() -> None:
    changed = 0
    for path in _FIXTURES:
        html = path.read_bytes().decode("utf-8", errors="replace")
        repaired = trafilatura.utils.repair_faulty_html(html, html[:50].lower())
        if not _needs_repair(html, html.encode("utf-8"), html[:50].lower()):
            assert repaired == html
        changed += repaired != html
    assert changed < len(_FIXTURES)


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
