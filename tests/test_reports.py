"""Report: a self-contained, escaped HTML page with charts, contradictions and marked claims."""
from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import pytest

from reports.build import build_report, safe_url, split_sentence
from warehouse.db import connect
from warehouse.errors import WarehouseError
from warehouse.load import load_staged
from warehouse.runs import finish_run, start_run

# Invented sentences, not real coverage.
TEXT_1 = ("Einleitung. Der Konzern zahlte 19 Milliarden Dollar für den Dienst Quasselbox. "
          "Nutzer können der Weitergabe widersprechen. Die Telefonnummer wird weitergegeben.")
TEXT_2 = ("Quasselbox ging für 20 Milliarden Dollar an den Konzern. "
          "Ein Widerspruch gegen die Weitergabe ist nicht möglich. Telefonnummern werden nicht weitergegeben.")
XSS_TITLE = "<script>alert(1)</script> Preis & Daten"


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def sentence_of(text: str, needle: str) -> str:
    start = text.index(needle)
    begin = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) != -1 else 0
    end = text.index(".", start) + 1
    return text[begin:end]


def claim(cid: str, aid: str, text: str, needle: str, ctype: str, **fields: Any) -> dict[str, Any]:
    start, end = span(text, needle)
    return {"claim_id": cid, "article_id": aid, "type": ctype, "text": needle, "start": start, "end": end,
            "sentence": sentence_of(text, needle), "extractor_version": "0.1.0", **fields}


def article(aid: str, outlet: str, title: str, url: str, text: str) -> dict[str, Any]:
    return {"article_id": aid, "url": url, "canonical_url": url, "outlet": outlet, "title": title,
            "authors": [], "published": "2014-02-20T08:00:00+01:00", "language": "de", "text": text,
            "html_sha256": "0" * 64, "fetched_at": "2026-11-24T12:00:00Z", "source": "file:///demo"}


@pytest.fixture
def loaded_db(tmp_path: Path) -> Path:
    db = tmp_path / "dealwatch.duckdb"
    articles = [
        article("a1", "Blatt", XSS_TITLE, "javascript:alert(document.cookie)", TEXT_1),
        article("a2", "Kurier", "Quasselbox verkauft", "https://kurier.example/quasselbox?x=1&y=2", TEXT_2),
    ]
    claims = [
        claim("c1", "a1", TEXT_1, "19 Milliarden Dollar", "price", value=19e9, currency="USD", qualifier="exact"),
        claim("c2", "a2", TEXT_2, "20 Milliarden Dollar", "price", value=20e9, currency="USD", qualifier="exact"),
        claim("c3", "a1", TEXT_1, "können der Weitergabe widersprechen", "opt_out", stance="possible", scope="unspecified"),
        claim("c4", "a2", TEXT_2, "Widerspruch gegen die Weitergabe ist nicht möglich", "opt_out", stance="not_possible", scope="all_sharing"),
        claim("c5", "a1", TEXT_1, "Telefonnummer wird weitergegeben", "data_shared", data_type="phone_number", shared=True),
        claim("c6", "a2", TEXT_2, "Telefonnummern werden nicht weitergegeben", "data_shared", data_type="phone_number", shared=False),
    ]
    a = tmp_path / "articles.jsonl"
    c = tmp_path / "claims.jsonl"
    a.write_text("".join(json.dumps(r) + "\n" for r in articles), encoding="utf-8")
    c.write_text("".join(json.dumps(r) + "\n" for r in claims), encoding="utf-8")
    start_run(db, "r1", ["file:///demo"])
    load_staged(db, a, c, run_id="r1")
    finish_run(db, "r1", "completed", {"articles_loaded": 2, "claims_loaded": 6})
    return db


def test_report_is_self_contained_with_three_charts(loaded_db: Path, tmp_path: Path) -> None:
    out = build_report(loaded_db, tmp_path / "site")
    assert out == tmp_path / "site" / "index.html"
    html = out.read_text(encoding="utf-8")
    images = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)" alt="([^"]+)"', html)
    assert len(images) == 3
    for data, alt in images:
        assert base64.b64decode(data).startswith(b"\x89PNG\r\n\x1a\n")
        assert alt.strip()
    assert not re.search(r'(src|href)="(?!data:|https://kurier\.example)', html)  # no external assets
    assert [p.name for p in out.parent.iterdir()] == ["index.html"]  # temp file replaced, not left
    assert "completed" in html


def test_scraped_text_is_escaped_and_unsafe_urls_are_not_links(loaded_db: Path, tmp_path: Path) -> None:
    html = build_report(loaded_db, tmp_path / "site").read_text(encoding="utf-8")
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Preis &amp; Daten" in html
    assert 'href="javascript:' not in html
    assert "javascript:alert(document.cookie)" in html  # shown as text
    assert 'href="https://kurier.example/quasselbox?x=1&amp;y=2"' in html


def test_contradictions_are_shown(loaded_db: Path, tmp_path: Path) -> None:
    html = build_report(loaded_db, tmp_path / "site").read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="contradiction">(.*?)</tr>', html, flags=re.S)
    by_question = {re.search(r"<td>(.*?)</td>", r).group(1): r for r in rows}
    assert set(by_question) == {"price", "data_shared:phone_number"}  # an unspecified opt-out scope takes no side
    price = by_question["price"]
    assert "19000000000 USD" in price and "20000000000 USD" in price
    assert "Blatt" in price and "Kurier" in price
    assert '<a href="https://kurier.example/quasselbox?x=1&amp;y=2"' in price


def test_claim_span_is_marked_in_its_sentence(loaded_db: Path, tmp_path: Path) -> None:
    html = build_report(loaded_db, tmp_path / "site").read_text(encoding="utf-8")
    assert "Der Konzern zahlte <mark>19 Milliarden Dollar</mark> für den Dienst Quasselbox." in html
    assert "Ein <mark>Widerspruch gegen die Weitergabe ist nicht möglich</mark>." in html
    assert html.count("<mark>") == 6


def test_split_sentence_uses_offsets_and_escapes_pieces_separately() -> None:
    text = "Intro. 19 oder 19? Ja, 19 <b>."
    sentence = "19 oder 19?"
    second = text.index("19", text.index("19") + 1)
    claim = {"text": "19", "sentence": sentence, "start_char": second}
    assert split_sentence(claim, text) == ("19 oder ", "19", "?")
    assert split_sentence({"text": "19", "sentence": sentence, "start_char": None}, None) == ("", "19", " oder 19?")
    assert split_sentence({"text": "zz", "sentence": sentence, "start_char": 0}, text) == (sentence, "", "")


def test_safe_url() -> None:
    assert safe_url("https://a.example/x") == "https://a.example/x"
    assert safe_url("HTTP://a.example") == "HTTP://a.example"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//a.example", "", None):
        assert safe_url(bad) is None


def test_empty_warehouse_gives_a_valid_report(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    connect(db).close()
    html = build_report(db, tmp_path / "site").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert "No data yet" in html and "<img" not in html
    missing = build_report(tmp_path / "absent.duckdb", tmp_path / "site2").read_text(encoding="utf-8")
    assert "No data yet" in missing
    assert not (tmp_path / "absent.duckdb").exists()


def test_corrupt_warehouse_raises_and_keeps_old_report(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    db.write_bytes(b"not a database" * 100)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old", encoding="utf-8")
    with pytest.raises(WarehouseError, match="is not a DuckDB file"):
        build_report(db, site)
    assert (site / "index.html").read_text(encoding="utf-8") == "old"
