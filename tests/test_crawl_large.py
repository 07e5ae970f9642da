"""A 2,000-page local outlet: every page the sitemaps list ends stored or dropped with the right reason."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.fixtures.crawling import articles, crawl_and_parse
from tests.fixtures.hostile_outlet import _ENGLISH, article_html
from tests.fixtures.http_server import serve_directory

PAGES = 2000
PER_SITEMAP = 500
# Page kind by number % 10, and what the crawl must do with it.
KINDS = {0: "deal", 1: "deal", 2: "deal", 3: "deal", 4: "deal", 5: "off_topic", 6: "not_german",
         7: "not_article", 8: "not_found", 9: "duplicate"}


def _deal_text(n: int) -> list[str]:
    return [f"Meldung {n}: Facebook hat den Messenger WhatsApp im Jahr 2014 übernommen. In Folge {n} dieser "
            f"Reihe geht es um die Frage, welche Daten seitdem zwischen den Diensten fließen.",
            f"Die Redaktion hat für Teil {n} mit Datenschützern gesprochen. Sie sehen die Weitergabe der "
            f"Telefonnummern an Facebook kritisch und verlangen mehr Transparenz von WhatsApp.",
            f"Nutzer können nach Angaben des Unternehmens nur einem Teil der Verwendung widersprechen; "
            f"Ausgabe {n} erklärt, wo sich die Einstellung findet und was sie bewirkt."]


def _page(n: int, base: str) -> str | None:
    kind = KINDS[n % 10]
    if kind == "deal":
        return article_html(f"Folge {n}: WhatsApp und Facebook", _deal_text(n), site="Großes Testblatt")
    if kind == "duplicate":  # the same article as n - 9 under another URL, naming it canonical
        return article_html(f"Folge {n - 9}: WhatsApp und Facebook", _deal_text(n - 9), site="Großes Testblatt",
                            canonical=f"{base}p/{n - 9}.html")
    if kind == "off_topic":
        return article_html(f"Stadtrat {n}", [
            f"Der Stadtrat hat in Sitzung {n} über den neuen Radweg an der Lindenallee beraten. Die Anwohner "
            "wünschen sich mehr Bäume und weniger Parkplätze.",
            "Die Händler fürchten um ihre Kundschaft, wenn die Autos nicht mehr vor der Tür halten können. Sie "
            "fordern eine Lieferzone an jeder Kreuzung.",
            "Die Verwaltung will bis zum Herbst einen Entwurf vorlegen, über den dann in einer Bürgerversammlung "
            "gesprochen werden soll."], site="Großes Testblatt")
    if kind == "not_german":
        return article_html(f"Episode {n}", [f"Episode {n}. " + p for p in _ENGLISH], site="Großes Testblatt",
                            lang="en")
    if kind == "not_article":
        return f"<!DOCTYPE html><html lang='de'><body><h1>Seite {n}</h1><p>Kurz notiert.</p></body></html>"
    return None  # not_found: listed in the sitemap, never written


@pytest.mark.e2e
def test_two_thousand_pages_are_all_accounted_for(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "p").mkdir(parents=True)
    with serve_directory(root) as base:
        for n in range(PAGES):
            page = _page(n, base)
            if page is not None:
                (root / "p" / f"{n}.html").write_text(page, encoding="utf-8")
        children = []
        for part in range(PAGES // PER_SITEMAP):
            urls = "".join(f"<url><loc>{base}p/{n}.html</loc></url>"
                           for n in range(part * PER_SITEMAP, (part + 1) * PER_SITEMAP))
            (root / f"sitemap-{part}.xml").write_text(
                f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
                encoding="utf-8")
            children.append(f"<sitemap><loc>{base}sitemap-{part}.xml</loc></sitemap>")
        (root / "sitemap.xml").write_text('<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/'
                                          f'schemas/sitemap/0.9">{"".join(children)}</sitemapindex>', encoding="utf-8")
        stats, parsed = crawl_and_parse([base + "sitemap.xml"], tmp_path / "run",
                                        settings={"CONCURRENT_REQUESTS": 32, "CONCURRENT_REQUESTS_PER_DOMAIN": 32})
    expected = Counter(KINDS[n % 10] for n in range(PAGES))
    assert parsed["pages"] == PAGES == stats["pages_seen"]
    # Kept and dropped in one comparison: a lost page shows its drop reason (a timeout, a duplicate, ...).
    assert (parsed["kept"], {k: v for k, v in parsed["dropped"].items() if v}) == (
        expected["deal"], {k: v for k, v in expected.items() if k != "deal"})
    stored = articles(tmp_path / "run")
    assert len({a["article_id"] for a in stored}) == len(stored) == expected["deal"]
    assert all(a["related"] == [] for a in stored)  # one template, different texts: not agency copy
