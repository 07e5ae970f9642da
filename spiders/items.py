"""The staged article record (docs/stages.md): one line of articles.jsonl."""
from __future__ import annotations

from typing import NotRequired, TypedDict


class ArticleRecord(TypedDict):
    """One staged article. The NotRequired fields are set by the parse stage (spiders/parse/)."""

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
    outlet_id: NotRequired[str]
    found_via: NotRequired[str]
    capture_url: NotRequired[str | None]
    capture_time: NotRequired[str | None]
    content_sha256: NotRequired[str]
    related: NotRequired[list[str]]
    minhash: NotRequired[list[int]]  # MinHash signature of the text (spiders/parse/related.py)
    lastmod: NotRequired[str | None]
