"""The report site: pages and links, the story first, quotes, languages, charts, safety, emptiness, paging."""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest

from models import schema
from pipelines.cli import main
from reports import charts
from reports.build import build_report
from reports.i18n import Translator
from reports.quotes import article_link, safe_url, split_sentence
from reports.site import paginate
from tests.fixtures.report_warehouse import XSS_SENTENCE_TAIL, XSS_TITLE, build_warehouse
from warehouse.db import connect
from warehouse.errors import WarehouseError
from warehouse.load import load_staged

QUESTION_PAGES = 1 + len(schema.SCOPES) + len(schema.DATA_TYPES)


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_warehouse(tmp_path_factory.mktemp("wh"))


@pytest.fixture(scope="module")
def site(warehouse: Path) -> Path:
    return build_report(warehouse, warehouse.parent / "site").parent


@pytest.fixture(scope="module")
def site_en(warehouse: Path) -> Path:
    return build_report(warehouse, warehouse.parent / "site_en", lang="en").parent


def page(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


def norm(text: str) -> str:
    """Whitespace collapsed; Babel's no-break spaces ("19\u00a0Mrd.") read as spaces."""
    return " ".join(text.split())


def text_of(path: Path) -> str:
    return norm(page(path).text_content())


def test_site_has_a_page_per_question_and_outlet_linked_both_ways(site: Path) -> None:
    assert {p.name for p in site.iterdir()} == {"index.html", "runs.html", "style.css", "questions", "outlets", "tables"}
    assert {p.name for p in (site / "tables").iterdir()} >= {"price.csv", "matrix.csv", "optout.csv", "coverage.csv"}
    assert len(list((site / "questions").glob("*.html"))) == QUESTION_PAGES
    assert {p.name for p in (site / "outlets").glob("*.html")} == {
        f"{o}.html" for o in ("tagesblatt", "morgenkurier", "netzwelt", "wirtschaftsbote", "abendpost")}
    question = page(site / "questions" / "price.html")
    assert "../outlets/netzwelt.html" in question.xpath("//a/@href")
    outlet = page(site / "outlets" / "netzwelt.html")
    assert {"../questions/price.html", "../questions/opt_out-ads.html", "../questions/data_shared-phone_number.html"} <= set(
        outlet.xpath("//a/@href"))


def test_every_local_link_resolves_and_nothing_is_loaded_from_the_network(site: Path) -> None:
    for html in site.rglob("*.html"):
        tree = page(html)
        for href in tree.xpath("//a/@href | //link/@href"):
            parts = urlsplit(href)
            if parts.scheme in ("http", "https"):
                continue  # article links: followed by the reader, never loaded by the page
            assert not parts.scheme, f"{html.name}: {href}"
            target = (html.parent / parts.path).resolve() if parts.path else html
            assert target.is_file(), f"{html.relative_to(site)} links to missing {href}"
        assert not tree.xpath("//*[@src]"), "pages embed nothing by URL (charts are inline SVG)"
        assert tree.xpath("//link[@rel='stylesheet']/@href")[0].endswith("style.css")


def test_index_tells_the_story_first(site: Path) -> None:
    tree = page(site / "index.html")
    sections = tree.xpath("//main/section/@id")
    assert sections[:3] == ["summary", "open", "consensus"]
    assert "runs" not in sections  # runs have their own page
    summary = " ".join(tree.get_element_by_id("summary").text_content().split())
    assert "8 Artikel" in summary and "5 Medien" in summary and "13 Aussagen" in summary
    assert "20. Februar 2014 – 16. Mai 2021" in summary
    sentences = [" ".join(s.text_content().split()) for s in tree.xpath("//section[@id='open']//p[@class='sentence']")]
    assert ("2 Medien nennen 19 Mrd. US-Dollar (bei Ankündigung), 1 Medium nennt 20 Mrd. US-Dollar, "
            "1 Medium nennt 21,8 Mrd. US-Dollar (bei Abschluss), 1 Medium nennt 13,8 Mrd. € (bei Ankündigung).") in sentences
    assert "2 Medien sagen weitergegeben, 1 Medium sagt nicht weitergegeben." in sentences
    consensus = {r.xpath("td[1]")[0].text_content(): [norm(c.text_content()) for c in r.xpath("td")]
                 for r in tree.xpath("//section[@id='consensus']//tbody/tr")}
    assert consensus["Kaufpreis"][1:3] == ["19 Mrd. US-Dollar (bei Ankündigung)", "2"]
    assert consensus["Kaufpreis"][4] == "umstritten"
    assert consensus["Weitergabe: Kontakte"][4] == "einig"
    assert "r1" in text_of(site / "runs.html")


def test_contradictions_quote_both_sides_with_the_span_marked_and_linked(site: Path) -> None:
    tree = page(site / "index.html")
    price = tree.xpath("//article[@id='q-price']")[0]
    sides = price.xpath(".//section[contains(@class, 'side')]")
    assert len(sides) == 4  # 19 and 20 billion dollars, 21.8 at closing, 13.8 billion euros
    for side in sides:
        quote = side.xpath(".//figure[@class='quote']")[0]
        assert quote.xpath(".//mark")
        assert quote.xpath(".//a[starts-with(@href, 'https://')]")
    marks = [m.text for m in price.xpath(".//mark")]
    assert "19 Milliarden Dollar" in marks and "20 Milliarden Dollar" in marks
    netzwelt = sides[1].xpath(".//figure[@class='quote']")[0]
    assert netzwelt.xpath(".//a/@href") == ["outlets/netzwelt.html", "https://netzwelt.example/a/3",
                                            "https://web.archive.example/web/20140302120000/https://netzwelt.example/a/3"]
    assert "2. März 2014" in netzwelt.text_content()
    assert "Archivkopie vom 2. März 2014" in netzwelt.text_content()  # an archived copy says so


def test_opt_out_scopes_are_separate_questions_and_the_page_says_why(site: Path) -> None:
    index = text_of(site / "index.html")
    assert "verschiedene Fragen" in index
    ads = page(site / "questions" / "opt_out-ads.html")
    assert "umstritten" in ads.text_content()
    all_sharing = text_of(site / "questions" / "opt_out-all_sharing.html")
    assert "einig" in all_sharing and "Morgenkurier" in all_sharing


def test_english_labels_dates_and_amounts(site_en: Path) -> None:
    tree = page(site_en / "index.html")
    assert tree.get("lang") == "en"
    text = " ".join(tree.text_content().split())
    assert "2 outlets say $19B (at announcement), 1 outlet says $20B, " in text
    assert "February 20, 2014 – May 16, 2021" in text
    assert "Umgerechnet" in text_of(site_en / "questions" / "price.html")  # quotes stay in German
    assert "€13.8B" in text_of(site_en / "questions" / "price.html")


def test_formatting_follows_the_readers_convention() -> None:
    de, en = Translator("de"), Translator("en")
    assert norm(de.amount(19e9, "USD")) == "19 Mrd. US-Dollar"
    assert norm(de.amount(13.8e9, "EUR")) == "13,8 Mrd. €"
    assert en.amount(19e9, "USD") == "$19B"
    from datetime import date
    assert de.date(date(2014, 2, 19)) == "19. Februar 2014"
    assert en.date(date(2014, 2, 19)) == "February 19, 2014"
    assert de.count(1, "outlet") == "1 Medium" and de.count(3, "outlet") == "3 Medien"
    with pytest.raises(ValueError):
        Translator("fr")


def test_charts_are_inline_svg_with_title_labels_alt_text_and_their_numbers(site: Path) -> None:
    tree = page(site / "index.html")
    figures = tree.xpath("//figure[contains(@class, 'chart')]")
    assert [f.get("id") for f in figures] == [f"chart-{k}-figure" for k in ("price", "matrix", "optout", "coverage")]
    for figure in figures:
        assert figure.xpath(".//svg"), figure.get("id")
        assert len(figure.xpath(".//div[@role='img']/@aria-label")[0]) > 40
        assert figure.xpath(".//table/tbody/tr")
    ids = tree.xpath("//svg//@id")
    assert len(ids) == len(set(ids)), "ids of inline SVGs collide"
    price_svg = " ".join(figures[0].xpath(".//svg//text()"))
    assert "Genannter Kaufpreis" in price_svg and "Mehrheit" in price_svg
    coverage = figures[3].text_content()
    assert "Kauf angekündigt (19. Februar 2014)" in coverage and "EU-Bußgeld (18. Mai 2017)" in coverage


def test_readers_see_labels_not_vocabulary_ids(site: Path) -> None:
    ids = {v for field in ("scope", "data_type", "stance", "moment", "qualifier") for v in schema.VOCABULARIES[field]}
    ids -= {"other", "exact"}  # also ordinary English words
    for html in [site / "index.html", *sorted((site / "questions").glob("*.html"))]:
        words = set(re.findall(r"[a-z_]+", page(html).text_content()))
        assert not words & ids, f"{html.name} shows {words & ids}"


def test_scraped_text_cannot_execute(site: Path) -> None:
    outlet = site / "outlets" / "abendpost.html"
    tree = page(outlet)
    csp = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "script-src 'none'" in csp and "default-src 'none'" in csp
    for html in site.rglob("*.html"):
        doc = page(html)
        assert not doc.xpath("//script"), html.name
        assert not doc.xpath("//@*[starts-with(name(), 'on')]"), html.name
        assert not [h for h in doc.xpath("//a/@href") if h.lower().startswith(("javascript:", "data:"))]
    titles = [h.text_content().strip() for h in tree.xpath("//article[@class='item']/h3")]
    assert any(XSS_TITLE in t for t in titles)  # shown as text, exactly
    assert any(q.text_content().endswith(XSS_SENTENCE_TAIL) for q in tree.xpath("//blockquote"))
    assert "javascript:alert(document.cookie)" in tree.text_content()  # the unsafe URL is shown, not linked


def test_empty_or_missing_warehouse_gives_a_no_data_page(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    connect(db).close()
    tree = page(build_report(db, tmp_path / "site"))
    assert tree.get_element_by_id("empty") is not None
    assert "Noch keine Daten" in tree.text_content() and not tree.xpath("//svg")
    missing = build_report(tmp_path / "absent.duckdb", tmp_path / "site2", lang="en")
    assert "No data yet" in missing.read_text(encoding="utf-8")
    assert not (tmp_path / "absent.duckdb").exists()


def test_corrupt_warehouse_raises_and_keeps_the_old_site(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    db.write_bytes(b"not a database" * 100)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("old", encoding="utf-8")
    with pytest.raises(WarehouseError, match="is not a DuckDB file"):
        build_report(db, site)
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text(encoding="utf-8") == "old"


def test_a_build_failing_midway_keeps_the_old_site_and_leaves_no_staging(
        warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages are written to a staging directory as they are rendered; a failure after some pages moves none."""
    site = tmp_path / "site"
    build_report(warehouse, site)
    before = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    from reports.site import SiteBuilder

    def broken(self: SiteBuilder) -> dict[str, str]:  # after every page is rendered, before the CSV tables
        assert list(tmp_path.glob(".site.build-*/questions/*.html")), "pages were staged as they were rendered"
        raise RuntimeError("disk full")

    monkeypatch.setattr(SiteBuilder, "tables", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        build_report(warehouse, site)
    assert {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_long_lists_are_paginated_and_stale_pages_removed(tmp_path: Path) -> None:
    texts = []
    for n in range(120):
        text = f"Bericht {n}. Der Dienst kostete 19 Milliarden Dollar."
        texts.append(({"article_id": f"p{n}", "url": f"https://viel.example/{n}", "canonical_url": f"https://viel.example/{n}",
                       "outlet": "Vielschreiber", "outlet_id": "vielschreiber", "title": f"Folge {n}", "authors": [], "published": "2014-02-20",
                       "language": "de", "text": text, "html_sha256": "0" * 64, "fetched_at": "2026-11-24T12:00:00Z",
                       "source": "https://viel.example/feed"},
                      {"claim_id": f"pc{n}", "article_id": f"p{n}", "type": "price", "value": 19e9, "currency": "USD",
                       "qualifier": "exact", "text": "19 Milliarden Dollar", "start": text.index("19"),
                       "end": text.index("19") + 20, "sentence": "Der Dienst kostete 19 Milliarden Dollar.",
                       "extractor_version": "test"}))
    a, c = tmp_path / "a.jsonl", tmp_path / "c.jsonl"
    a.write_text("".join(json.dumps(x) + "\n" for x, _ in texts), encoding="utf-8")
    c.write_text("".join(json.dumps(y) + "\n" for _, y in texts), encoding="utf-8")
    load_staged(tmp_path / "db.duckdb", a, c)
    site = tmp_path / "site"
    (site / "outlets").mkdir(parents=True)
    (site / "outlets" / "gone.html").write_text("from an earlier build", encoding="utf-8")
    build_report(tmp_path / "db.duckdb", site)
    assert not (site / "outlets" / "gone.html").exists()
    pages = sorted(p.name for p in (site / "outlets").glob("vielschreiber*.html"))
    assert pages == ["vielschreiber-2.html", "vielschreiber-3.html", "vielschreiber.html"]
    second = page(site / "outlets" / "vielschreiber-2.html")
    assert second.xpath("//a[@rel='prev']/@href")[0] == "vielschreiber.html"
    assert second.xpath("//a[@rel='next']/@href")[0] == "vielschreiber-3.html"
    assert len(second.xpath("//article[@class='item']")) == 50
    assert len(page(site / "outlets" / "vielschreiber-3.html").xpath("//article[@class='item']")) == 20
    assert len(list((site / "questions").glob("price*.html"))) == 3


def test_paginate() -> None:
    assert [p["path"] for p in paginate(list(range(5)), "q/x", size=2)] == ["q/x.html", "q/x-2.html", "q/x-3.html"]
    only = paginate([], "x")
    assert len(only) == 1 and only[0]["items"] == [] and only[0]["next"] is None


def test_price_chart_stays_bounded_with_many_equal_claims() -> None:
    claims = [{"value": 19e9, "currency": "USD", "qualifier": "exact", "moment": "announced", "lo": 19e9, "hi": 19e9}
              for _ in range(5000)]
    chart = charts.price_chart(claims, {"low": 19e9, "high": 19e9, "currency": "USD"}, Translator("de"))
    assert chart.svg.count("<path") < 200  # one scatter, not 5000 artists
    assert f"+{Translator('de').number(5000 - charts.MAX_STACK)}" in chart.svg
    assert [tuple(map(norm, row)) for row in chart.table.rows] == [("19 Mrd. US-Dollar", "bei Ankündigung", "5.000")]


def test_split_sentence_uses_the_offset_found_by_the_query() -> None:
    sentence = "19 oder 19?"
    assert split_sentence({"text": "19", "sentence": sentence, "span_offset": 8}) == ("19 oder ", "19", "?")
    assert split_sentence({"text": "19", "sentence": sentence, "span_offset": None}) == ("", "19", " oder 19?")
    assert split_sentence({"text": "19", "sentence": sentence, "span_offset": 3}) == ("", "19", " oder 19?")
    assert split_sentence({"text": "zz", "sentence": sentence, "span_offset": 0}) == (sentence, "", "")


def test_safe_url_and_archived_links() -> None:
    assert safe_url("https://a.example/x?a=1&b=2") == "https://a.example/x?a=1&b=2"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "file:///etc/passwd",
                "//a.example", "https://a.example/\" onmouseover=x", "", None):
        assert safe_url(bad) is None
    link = article_link({"canonical_url": "https://blatt.example/a", "url": "https://web.archive.example/x",
                         "found_via": "wayback", "capture_url": "https://web.archive.example/web/2014/x",
                         "capture_time": None, "title": "T", "published_date": None}, Translator("de"))
    assert link["href"] == "https://blatt.example/a"
    assert link["archived"] == {"href": "https://web.archive.example/web/2014/x", "label": "archivierte Kopie"}


def test_report_command_takes_a_language(warehouse: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--db", str(warehouse), "--out", str(tmp_path / "en"), "--lang", "en"]) == 0
    assert page(tmp_path / "en" / "index.html").get("lang") == "en"
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--db", str(warehouse), "--lang", "fr"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "invalid choice: 'fr'" in err


def test_dense_timelines_group_dates_so_the_chart_stays_readable() -> None:
    from datetime import date, timedelta

    t = Translator("de")
    claims = [{"published_date": date(2014, 1, 1) + timedelta(days=(n * 37) % 2900), "outlet": f"Blatt {n % 26}",
               "yes": n % 3 == 0, "answer": "möglich" if n % 3 == 0 else "nicht möglich",
               "scope": schema.SCOPES[n % 5]} for n in range(6000)]
    chart = charts.answer_timeline(claims, t, key="dense", title="T", answer_header="A", shapes=True)
    assert chart.table.headers[0] == "Jahr"  # quarters would draw more than MAX_MARKERS markers
    assert len(chart.table.rows) <= 8 * 26 * 2 * 5  # one per year, outlet, answer and scope at most
    assert sum(int(row[-1].replace(".", "")) for row in chart.table.rows) == 6000  # every claim counted once
    some = charts.answer_timeline(claims[:600], t, key="some", title="T", answer_header="A", shapes=True)
    assert some.table.headers[0] == "Quartal"  # eight years of data: quarters, as long as they stay few enough


def test_an_explained_difference_is_not_an_open_contradiction(tmp_path: Path) -> None:
    """19 billion dollars and 13.8 billion euros at the announcement: the warehouse explains it by the currency."""
    rows = [("e1", "Ostblatt", "Facebook zahlt 19 Milliarden Dollar.", "19 Milliarden Dollar", 19e9, "USD"),
            ("e2", "Westblatt", "Facebook zahlt 13,8 Milliarden Euro.", "13,8 Milliarden Euro", 13.8e9, "EUR")]
    a, c = tmp_path / "a.jsonl", tmp_path / "c.jsonl"
    a.write_text("".join(json.dumps({
        "article_id": aid, "url": f"https://{outlet.lower()}.example/{aid}", "canonical_url": f"https://{outlet.lower()}.example/{aid}",
        "outlet": outlet, "outlet_id": outlet.lower(), "title": "Der Kauf", "authors": [], "published": "2014-02-20",
        "language": "de", "text": text, "html_sha256": "0" * 64, "fetched_at": "2026-11-24T12:00:00Z",
        "source": "https://x.example/feed"}) + "\n" for aid, outlet, text, *_ in rows), encoding="utf-8")
    c.write_text("".join(json.dumps({
        "claim_id": f"{aid}c", "article_id": aid, "type": "price", "value": value, "currency": currency,
        "qualifier": "exact", "moment": "announced", "text": span, "start": text.index(span),
        "end": text.index(span) + len(span), "sentence": text, "extractor_version": "test"}) + "\n"
        for aid, _, text, span, value, currency in rows), encoding="utf-8")
    load_staged(tmp_path / "db.duckdb", a, c)
    tree = page(build_report(tmp_path / "db.duckdb", tmp_path / "site"))
    assert norm(tree.get_element_by_id("open").text_content()).endswith("Keine offenen Widersprüche zwischen den Medien.")
    explained = norm(tree.get_element_by_id("explained").text_content())
    assert "Die Seiten nennen den Preis in verschiedenen Währungen." in explained
    assert "1 Medium nennt 19 Mrd. US-Dollar (bei Ankündigung)" in explained
    assert "1 Medium nennt 13,8 Mrd. € (bei Ankündigung)" in explained


def test_several_answers_without_a_contradiction_are_not_called_agreement(tmp_path: Path) -> None:
    from reports.site import SiteBuilder, read_site_data

    rows = [("c1", "ablatt", "possible", "unspecified"), ("c2", "bblatt", "not_possible", "unspecified"),
            ("c3", "ablatt", "possible", "ads"), ("c4", "bblatt", "possible", "ads")]
    text = "Man kann widersprechen."
    a, c = tmp_path / "a.jsonl", tmp_path / "c.jsonl"
    a.write_text("".join(json.dumps({
        "article_id": cid, "url": f"https://{outlet}.example/{cid}", "canonical_url": f"https://{outlet}.example/{cid}",
        "outlet": outlet, "outlet_id": outlet, "title": "T", "authors": [], "published": "2016-08-26",
        "language": "de", "text": text, "html_sha256": "0" * 64, "fetched_at": "2026-11-24T12:00:00Z",
        "source": "https://x.example/feed"}) + "\n" for cid, outlet, *_ in rows), encoding="utf-8")
    c.write_text("".join(json.dumps({
        "claim_id": f"{cid}c", "article_id": cid, "type": "opt_out", "stance": stance, "scope": scope,
        "text": "widersprechen", "start": 9, "end": 22, "sentence": text, "extractor_version": "test"}) + "\n"
        for cid, _, stance, scope in rows), encoding="utf-8")
    load_staged(tmp_path / "db.duckdb", a, c)
    conn = connect(tmp_path / "db.duckdb", read_only=True)
    try:
        status = {q.question_id: q.status for q in SiteBuilder(conn, read_site_data(conn), Translator("de")).questions}
    finally:
        conn.close()
    assert status["opt_out:unspecified"] == "uncompared"  # both answers, but too vague for the view to compare
    assert status["opt_out:ads"] == "agreed"
    assert status["price"] == "none"


def _many_claims_warehouse(path: Path, n: int) -> Path:
    """`n` articles of three outlets, each with a price and an opt-out claim (invented sentences)."""
    a, c = path / "a.jsonl", path / "c.jsonl"
    with a.open("w", encoding="utf-8") as fa, c.open("w", encoding="utf-8") as fc:
        for k in range(n):
            outlet = ("Nordblatt", "Suedblatt", "Westblatt")[k % 3]
            price = f"Laut Bericht {k} kostete der Messenger {19 + k % 3} Milliarden Dollar."
            opt = f"Der Weitergabe für Werbung kann man in Folge {k} widersprechen."
            text = f"{price} {opt}"
            fa.write(json.dumps({
                "article_id": f"m{k}", "url": f"https://{outlet.lower()}.example/{k}",
                "canonical_url": f"https://{outlet.lower()}.example/{k}", "outlet": outlet, "outlet_id": outlet.lower(),
                "title": f"Bericht {k}", "authors": [], "published": f"2014-0{1 + k % 9}-1{k % 10}", "language": "de",
                "text": text, "html_sha256": "0" * 64, "fetched_at": "2026-11-24T12:00:00Z",
                "source": "https://x.example/feed"}) + "\n")
            span = f"{19 + k % 3} Milliarden Dollar"
            fc.write(json.dumps({"claim_id": f"m{k}p", "article_id": f"m{k}", "type": "price", "value": (19 + k % 3) * 1e9,
                                 "currency": "USD", "qualifier": "exact", "text": span, "start": text.index(span),
                                 "end": text.index(span) + len(span), "sentence": price,
                                 "extractor_version": "test"}) + "\n")
            fc.write(json.dumps({"claim_id": f"m{k}o", "article_id": f"m{k}", "type": "opt_out", "stance": "possible",
                                 "scope": "ads", "text": "widersprechen", "start": text.index("widersprechen"),
                                 "end": text.index("widersprechen") + 13, "sentence": opt,
                                 "extractor_version": "test"}) + "\n")
    load_staged(path / "db.duckdb", a, c)
    return path / "db.duckdb"


def test_list_pages_read_their_claims_while_they_are_rendered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The report never holds every claim: a list page's rows are read from the warehouse when it is rendered."""
    from reports import build, site

    streamed: list[int] = [0]
    real_stream = site._stream

    def counting(cursor):  # type: ignore[no-untyped-def]
        for row in real_stream(cursor):
            streamed[0] += 1
            yield row

    monkeypatch.setattr(site, "_stream", counting)
    n = 1200
    read_when: dict[str, int] = {}
    for path, _html in build.iter_site(_many_claims_warehouse(tmp_path, n)):
        read_when[path] = streamed[0]
    # The index's price chart streams the prices once (drawn, not kept); the first list page then reads
    # one fetch of rows, not all 1,200 price claims.
    assert read_when["index.html"] == n
    assert read_when["questions/price.html"] - read_when["runs.html"] <= site.FETCH < n
    assert read_when["questions/price-2.html"] - read_when["questions/price.html"] <= site.FETCH
    assert len([p for p in read_when if p.startswith("questions/price")]) == n // site.PAGE_SIZE
    assert read_when["questions/opt_out-ads.html"] - read_when["questions/price-24.html"] <= site.FETCH
