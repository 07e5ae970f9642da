"""spiders.body: trafilatura's body without its copy of the tree gives bare_extraction's text, on every fixture page."""
from __future__ import annotations

import functools
from pathlib import Path

import lxml.etree
import pytest
import trafilatura

from spiders import body
from spiders.extract import extract_article, parse_html

_FIXTURES = sorted(p for p in (Path(__file__).parent / "fixtures").rglob("*.html") if p.stat().st_size < 2_000_000)
_URL = "https://www.example.de/wirtschaft/artikel.html"


def _through_bare_extraction(html: str) -> str:
    """The body as extract.py took it before spiders.body: bare_extraction on the tree, fast, then with fallbacks."""
    text = ""
    for fast in (True, False):
        document = trafilatura.bare_extraction(parse_html(html), url=_URL, options=body.extractor_options(fast, _URL))
        text = (document.text if document is not None else None) or ""
        if len(text) >= body.FALLBACK_BELOW_CHARS:
            break
    return text


@functools.cache
def _pages() -> list[str]:
    """The page fixtures and 30 bench corpus pages (outlet-like markup around generated German text)."""
    from bench.corpus import make_article, render_page

    return ([p.read_bytes().decode("utf-8", errors="replace") for p in _FIXTURES]
            + [render_page(make_article(7, index)) for index in range(30)])


def test_the_skipped_steps_of_bare_extraction_are_off_for_our_options() -> None:
    # body._sequence_text repeats only bare_extraction's sequence and output check: its other steps must be no-ops.
    for fast in (True, False):
        options = body.extractor_options(fast, _URL)
        assert not options.with_metadata and not options.lang and not options.dedup and not options.comments
        assert options.max_tree_size is None and options.format == "python"


def test_body_text_is_bare_extractions_text_on_every_fixture_page() -> None:
    pages = _pages()
    assert len(pages) > 40
    short = 0
    for html in pages:
        tree = parse_html(html)
        if tree is None:
            continue
        expected = _through_bare_extraction(html)
        short += len(expected) < body.FALLBACK_BELOW_CHARS
        assert body.body_text(tree, _URL, reparse=lambda html=html: parse_html(html)) == expected
    assert short > 0  # the fallback pass (a fresh tree) is exercised too


def test_body_text_prunes_the_tree_it_is_given() -> None:
    html = _pages()[-1]  # a bench page: navigation, scripts, teasers and comments around the article
    tree = parse_html(html)
    before = lxml.etree.tostring(tree)
    body.body_text(tree, _URL, reparse=lambda: parse_html(html))
    assert lxml.etree.tostring(tree) != before  # why the parse reads everything else first


@pytest.mark.parametrize("index", range(len(_FIXTURES) + 30))
def test_a_given_up_tree_gives_the_same_record_and_a_kept_tree_is_untouched(index: int) -> None:
    html = _pages()[index]
    kept = parse_html(html)
    assert kept is not None
    before = lxml.etree.tostring(kept)
    with_copy = extract_article(html, _URL, source="s", fetched_at="t", tree=kept)
    assert lxml.etree.tostring(kept) == before
    given = extract_article(html, _URL, source="s", fetched_at="t", tree=parse_html(html), keep_tree=False)
    assert given == with_copy
    assert extract_article(html, _URL, source="s", fetched_at="t") == with_copy
