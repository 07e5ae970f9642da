"""models.extract.extract_records: claims of article records without files (used by pipelines.stages.extract_articles)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from models.extract import extract_file, extract_records
from pipelines import stages

ARTICLES = [
    {"article_id": "a1", "text": "Facebook kaufte WhatsApp im Jahr 2014 für 19 Milliarden Dollar."},
    {"article_id": "a2", "text": "Ein Text ohne jede Behauptung über den Kauf."},
    {"article_id": "a3", "text": "Facebook hat WhatsApp gekauft. WhatsApp gibt die Telefonnummer an Facebook weiter."},
]


def test_records_match_the_staged_file(tmp_path: Path) -> None:
    staged = tmp_path / "articles.jsonl"
    staged.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    extract_file(staged, tmp_path / "claims.jsonl")
    from_file = [json.loads(line) for line in (tmp_path / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    records = list(extract_records(ARTICLES))
    assert records == from_file
    assert {r["article_id"] for r in records} == {"a1", "a3"}
    assert {r["type"] for r in records} >= {"price", "data_shared", "acquisition_year"}
    assert stages.extract_articles(ARTICLES) == records


def test_records_are_a_stream() -> None:
    taken: list[str] = []

    def articles() -> Iterator[dict[str, Any]]:
        for article in ARTICLES * 50:
            taken.append(article["article_id"])
            yield article

    first = next(extract_records(articles()))
    assert first["article_id"] == "a1"
    assert len(taken) < len(ARTICLES * 50)  # one batch read, not the whole input


@pytest.mark.parametrize("bad", [{"text": "Facebook."}, {"article_id": "x"}, {"article_id": "x", "text": 3}, "text"])
def test_a_bad_record_is_named(bad: Any) -> None:
    with pytest.raises(ValueError, match=r"article 2: an article needs 'article_id' and 'text'"):
        list(extract_records([ARTICLES[0], bad]))
