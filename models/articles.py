"""Article records as the models stage reads them (CONTRACT.md: `article_id`, `text`): the one check.

Kept apart from `models.extract` (which builds the spaCy pipeline on import) so that the run's steps can
check a staged articles file without loading the extractor.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warehouse.jsonl import read_jsonl


def require_article(record: Any, where: str) -> dict[str, Any]:
    """`record` when it is an article record; ValueError '<where>: an article needs ...' otherwise."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record.get("article_id"):
        raise ValueError(f"{where}: an article needs 'article_id' and 'text'")
    return record


def read_articles(path: Path) -> Iterator[dict[str, Any]]:
    """The article records of a staged file, read by the one JSON Lines reader (warehouse.jsonl): a bad file,
    line or record is a ValueError naming file and line (the CLI's one-line error, exit 2)."""
    for number, record in read_jsonl(path):
        yield require_article(record, f"{path}:{number}")
