"""A page and its copy (another URL naming it canonical): the parse keeps the original whatever the archive order."""
from __future__ import annotations

from pathlib import Path

import pytest

from spiders.archive import WarcArchive
from spiders.parse import parse_run
from tests.fixtures.crawling import articles
from tests.fixtures.hostile_outlet import article_html

BASE = "https://www.beispielblatt.example/"
ORIGINAL, COPY, OTHER = BASE + "digital/whatsapp-daten.html", BASE + "amp/whatsapp-daten.html", BASE + "digital/b.html"
_TEXT = ["Facebook hat WhatsApp im Jahr 2014 gekauft und will nun die Telefonnummern der Nutzer für Werbung "
         "verwenden. Verbraucherschützer halten das für einen Bruch der damaligen Zusagen.",
         "Wer nicht möchte, dass seine Daten für Werbung genutzt werden, kann in den Einstellungen einen Haken "
         "entfernen. Die Weitergabe an den Konzern selbst lässt sich damit aber nicht abstellen.",
         "Die Datenschutzbehörden prüfen nun, ob das Vorgehen mit europäischem Recht vereinbar ist, und haben "
         "das Unternehmen um eine Stellungnahme gebeten."]
_OTHER_TEXT = ["Ein zweiter Bericht: " + p.replace("Telefonnummern", "Rufnummern") for p in _TEXT]


def _page(url: str) -> bytes:
    if url == OTHER:
        return article_html("Ein zweiter Bericht", _OTHER_TEXT, site="Beispielblatt").encode("utf-8")
    return article_html("WhatsApp gibt Nummern weiter", _TEXT, site="Beispielblatt",
                        canonical=ORIGINAL if url == COPY else None).encode("utf-8")


def _parse(order: list[str], run: Path) -> tuple[dict, list[dict]]:
    run.mkdir()
    archive = WarcArchive(run / "raw.warc.gz")
    for url in order:
        archive.write_exchange(url=url, method="GET", request_headers=[], status=200,
                               response_headers=[("Content-Type", "text/html; charset=utf-8")], body=_page(url),
                               meta={"dealwatch_role": "article", "found_via": "sitemap"})
    archive.close()
    return parse_run(run), articles(run)


@pytest.mark.parametrize("order", [[COPY, OTHER, ORIGINAL], [ORIGINAL, OTHER, COPY], [OTHER, COPY, ORIGINAL]])
def test_the_original_wins_over_its_copy_in_any_order(order: list[str], tmp_path: Path) -> None:
    stats, stored = _parse(order, tmp_path / "run")
    assert (stats["kept"], stats["dropped"]) == (2, {"duplicate": 1})
    assert sorted(a["url"] for a in stored) == sorted([ORIGINAL, OTHER])
    original = next(a for a in stored if a["url"] == ORIGINAL)
    assert original["canonical_url"] == ORIGINAL


def test_a_copy_whose_original_was_not_archived_is_kept(tmp_path: Path) -> None:
    stats, stored = _parse([COPY, OTHER], tmp_path / "run")
    assert (stats["kept"], stats["dropped"]) == (2, {})
    copy = next(a for a in stored if a["url"] == COPY)
    assert copy["canonical_url"] == ORIGINAL
