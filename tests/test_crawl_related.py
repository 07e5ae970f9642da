"""Agency copy across sources and runs: two local outlets serve one agency text in their own wrappers.

Each source is crawled and parsed on its own (as the flow does); the run's
merge relates the two copies, and a later run relates its copy to the one
stored in the warehouse, whose own `related` then names the newcomer. Nothing is dropped.
"""
from __future__ import annotations

import html
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipelines import atomic, steps
from pipelines.rundir import RunDir
from spiders.crawl import run_crawl
from spiders.parse.related import NUM_PERM
from tests.fixtures.crawling import FAST
from tests.fixtures.hostile_outlet import article_html
from tests.fixtures.http_server import serve_directory
from warehouse.load import load_staged

AGENCY = [
    "Die Datenschutzbehörde in Hamburg hat dem Messenger WhatsApp untersagt, die Daten deutscher Nutzer an "
    "Facebook weiterzugeben. Die Anordnung gilt nach Angaben der Behörde zunächst für drei Monate.",
    "Der Konzern habe nicht erklärt, wofür die Telefonnummern und Nutzungsdaten bei Facebook gebraucht würden, "
    "sagte der Landesbeauftragte für den Datenschutz bei der Vorstellung der Entscheidung.",
    "WhatsApp teilte mit, man halte die neuen Nutzungsbedingungen für rechtmäßig und werde gegen die Anordnung "
    "vorgehen. Nutzer, die nicht zustimmen, könnten den Dienst nach dem Stichtag nur eingeschränkt verwenden.",
    "Verbraucherschützer begrüßten den Schritt. Sie fordern seit Jahren, dass WhatsApp-Nutzer der Weitergabe "
    "ihrer Daten an Facebook ohne Nachteile widersprechen können.",
]
OWN_A = ["Facebook hatte WhatsApp im Jahr 2014 gekauft. Seitdem fragen sich Nutzer, welche Daten der Konzern "
         "aus dem Messenger bekommt und ob die Telefonnummer dazugehört.",
         "Unsere Redaktion hat die Einstellungen der App geprüft: Ein Widerspruch gegen die Weitergabe an "
         "Facebook ist dort nicht vorgesehen, nur die Werbung lässt sich abwählen."]
OWN_B = ["Die neuen Regeln von WhatsApp treten im Mai in Kraft. Wer ihnen nicht zustimmt, kann den Messenger "
         "nach Angaben von Facebook nach einer Übergangszeit nicht mehr vollständig nutzen.",
         "Datenschützer aus Wien raten, vor dem Stichtag eine Sicherung der Chats anzulegen und die eigenen "
         "Einstellungen zur Weitergabe der Daten genau zu lesen."]


def _outlet_b_page(title: str, paragraphs: list[str], *, dateline: str = "") -> str:
    """Another outlet's wrapper: its own header, a dateline, a byline box and a teaser rail."""
    body = "".join(f"<p class='text'>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{html.escape(title)} - Alpenkurier"
            "</title><meta property='og:type' content='article'><meta property='og:site_name' content='Alpenkurier'>"
            f"<meta property='article:published_time' content='2016-09-28T07:15:00+02:00'></head><body>"
            "<header class='masthead'><a href='/'>Alpenkurier</a><ul><li>Tirol</li><li>Welt</li></ul></header>"
            f"<main><div class='story'><h1>{html.escape(title)}</h1><div class='byline'>Von der Agentur</div>"
            f"<div class='story-body'>{'<p><b>' + dateline + '</b></p>' if dateline else ''}{body}</div></div>"
            "<section class='rail'><h3>Meistgelesen</h3><ul><li><a href='/x'>Lawinengefahr steigt</a></li>"
            "<li><a href='/y'>Neue Skilifte</a></li></ul></section></main>"
            "<footer>© Alpenkurier · Impressum</footer></body></html>")


def _site(root: Path, pages: dict[str, str]) -> None:
    root.mkdir(parents=True)
    for name, page in pages.items():
        (root / name).write_text(page, encoding="utf-8")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each outlet's source crawled into its own source directory (the crawl stage's output)."""
    base = tmp_path_factory.mktemp("related")
    _site(base / "a", {"agentur.html": article_html("Hamburg stoppt Datenweitergabe", AGENCY,
                                                    site="Rheinblick Online"),
                       "eigen.html": article_html("Was Facebook von WhatsApp weiß", OWN_A, site="Rheinblick Online")})
    _site(base / "b", {"meldung.html": _outlet_b_page("Behörde untersagt WhatsApp die Weitergabe", AGENCY,
                                                      dateline="Hamburg (dpa) -"),
                       "regeln.html": _outlet_b_page("Neue Regeln ab Mai", OWN_B)})
    dirs = {}
    for name in ("a", "b"):
        with serve_directory(base / name) as url:
            sitemap = "".join(f"<url><loc>{url}{page.name}</loc></url>" for page in sorted((base / name).glob("*.html")))
            (base / name / "sitemap.xml").write_text(
                f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sitemap}</urlset>',
                encoding="utf-8")
            dirs[name] = base / "crawls" / name
            run_crawl([url + "sitemap.xml"], dirs[name], settings=FAST)
    return dirs


def _run(run_id: str, sources: list[Path], db: Path) -> tuple[RunDir, list[dict[str, Any]]]:
    """A run whose crawl step produced `sources`; its parse step, as the flow runs it."""
    run = RunDir.create(run_id, {"sources": [str(s) for s in sources], "all_topics": False, "db": str(db)})
    for number, source in enumerate(sources):
        shutil.copytree(source, run.path / steps.SOURCES_DIR / f"{number:03d}")
    steps.parse(run, False, steps.run_sequentially)
    return run, list(atomic.read_jsonl(run.path / "articles.jsonl"))


def _by_title(articles: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {a["title"]: a for a in articles}


def test_agency_copy_from_two_sources_is_related_in_the_run(crawled: dict[str, Path], data_home: Path) -> None:
    _run_dir, articles = _run("r-both", [crawled["a"], crawled["b"]], data_home / "none.duckdb")
    found = _by_title(articles)
    assert set(found) == {"Hamburg stoppt Datenweitergabe", "Was Facebook von WhatsApp weiß",
                          "Behörde untersagt WhatsApp die Weitergabe", "Neue Regeln ab Mai"}  # nothing dropped
    a, b = found["Hamburg stoppt Datenweitergabe"], found["Behörde untersagt WhatsApp die Weitergabe"]
    assert a["outlet"] != b["outlet"]
    assert a["related"] == [b["article_id"]] and b["related"] == [a["article_id"]]
    assert found["Was Facebook von WhatsApp weiß"]["related"] == found["Neue Regeln ab Mai"]["related"] == []


def test_a_later_run_relates_its_copy_to_the_stored_one_both_ways(crawled: dict[str, Path], data_home: Path) -> None:
    db = data_home / "warehouse.duckdb"
    first, articles = _run("r-first", [crawled["a"]], db)
    load_staged(db, first.path / "articles.jsonl", first.path / "claims.jsonl", run_id="r-first")
    stored = _by_title(articles)["Hamburg stoppt Datenweitergabe"]

    second, articles = _run("r-second", [crawled["b"]], db)
    copy = _by_title(articles)["Behörde untersagt WhatsApp die Weitergabe"]
    assert copy["related"] == [stored["article_id"]]
    assert _by_title(articles)["Neue Regeln ab Mai"]["related"] == []
    load_staged(db, second.path / "articles.jsonl", second.path / "claims.jsonl", run_id="r-second")

    conn = duckdb.connect(str(db), read_only=True)
    try:
        rows = dict(conn.execute("SELECT article_id, related FROM articles").fetchall())
        signatures = conn.execute("SELECT count(*) FROM articles WHERE len(minhash) = ?", [NUM_PERM]).fetchone()[0]
    finally:
        conn.close()
    assert rows[stored["article_id"]] == [copy["article_id"]]  # the stored article names the newcomer
    assert rows[copy["article_id"]] == [stored["article_id"]]
    assert len(rows) == signatures == 4  # every article kept, each with its signature
