"""The items the spider hands to the pipelines."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict


class ArticleRecord(TypedDict):
    """One staged article, exactly the fields of docs/stages.md (one JSONL line)."""

    article_id: str
    url: str
    canonical_url: str
    outlet: str
    title: str
    authors: list[str]
    published: str | None
    language: str
    text: str
    html_sha256: str
    fetched_at: str
    source: str


@dataclass
class RawPage:
    """The fetched response as archived in the WARC file."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    synthesized: bool = False  # True for file:// pages: no HTTP exchange, headers made up


@dataclass
class CrawledArticle:
    """An extracted article plus the raw response it came from."""

    record: ArticleRecord
    raw: RawPage
    notes: dict[str, str] = field(default_factory=dict)
