"""The report in a real browser: Debian's headless Chromium renders the index and a question page.

Checks what a reader would notice: console errors (a blocked stylesheet, a
CSP violation), charts missing or invisible, a blank page, a phone layout
that scrolls sideways, and planted hostile text that turned into markup.
Skipped, with the reason, where Chromium is not installed (.ci/run installs it).
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from reports.build import build_report
from tests.fixtures.chromium import Browser, find_chromium
from tests.fixtures.report_warehouse import XSS_SENTENCE_TAIL, XSS_TITLE, build_warehouse

pytestmark = pytest.mark.e2e

CHROMIUM = find_chromium()
PAGES = ("index.html", "questions/price.html", "outlets/abendpost.html")
WIDTHS = (1280, 390)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = build_warehouse(tmp_path_factory.mktemp("browser"))
    return build_report(db, db.parent / "site").parent


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium; .ci/run does it where it can)")
    with Browser(CHROMIUM) as b:
        yield b


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_page_renders_without_errors_with_visible_charts(site: Path, browser: Browser, name: str, width: int) -> None:
    browser.open((site / name).as_uri(), width)
    assert browser.errors() == []
    # The stylesheet applied (no CSP or file-access block): the body font is not the browser default serif.
    assert "serif" != browser.evaluate("getComputedStyle(document.body).fontFamily").split(",")[-1].strip()
    charts = browser.evaluate("""[...document.querySelectorAll('figure.chart svg')].map(svg => {
        const r = svg.getBoundingClientRect(), s = getComputedStyle(svg);
        return [r.width, r.height, s.visibility, s.display, svg.querySelectorAll('text').length];
    })""")
    expected = {"index.html": 4, "questions/price.html": 1, "outlets/abendpost.html": 0}[name]
    assert len(charts) == expected
    for w, h, visibility, display, texts in charts:
        assert w > 300 and h > 150 and visibility == "visible" and display != "none" and texts > 5
    # No sideways scrolling of the page itself (a chart may scroll inside its own box on a phone).
    assert browser.evaluate("document.documentElement.scrollWidth") <= width
    assert _ink(browser.screenshot()) > 0.02, "the page looks blank"


def test_hostile_text_stays_text_in_the_rendered_dom(site: Path, browser: Browser) -> None:
    browser.open((site / "outlets" / "abendpost.html").as_uri(), 1280)
    assert browser.evaluate("document.scripts.length") == 0
    assert browser.evaluate("[...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                            ".some(a => a.name.startsWith('on'))).length") == 0
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    titles = browser.evaluate("[...document.querySelectorAll('article.item h3')].map(h => h.textContent.trim())")
    assert any(title.startswith(XSS_TITLE) for title in titles)  # the title exactly as text, then the unlinked URL
    quotes = browser.evaluate("[...document.querySelectorAll('blockquote')].map(q => q.textContent)")
    assert any(q.endswith(XSS_SENTENCE_TAIL) for q in quotes)
    hrefs = browser.evaluate("[...document.querySelectorAll('a')].map(a => a.protocol)")
    assert set(hrefs) <= {"file:", "http:", "https:"}
    assert browser.errors() == []


def _ink(png: bytes) -> float:
    """Share of pixels that are not (near) white."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("L")
    histogram = image.histogram()
    return 1 - sum(histogram[245:]) / (image.width * image.height)
