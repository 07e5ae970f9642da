"""Article extraction: body text (trafilatura) plus metadata (JSON-LD, OpenGraph, htmldate)."""
from __future__ import annotations

import copy
import hashlib
import json
import logging
import re
from datetime import datetime
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
import trafilatura
from htmldate import find_date

from spiders.items import ArticleRecord
from spiders.outlets import outlet_for_host

log = logging.getLogger(__name__)

MIN_TEXT_CHARS = 300
_UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")
ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                 "opinionnewsarticle", "reportage", "techarticle", "socialmediaposting"}


def article_id_for(canonical_url: str) -> str:
    """The stable article id: first 16 hex digits of sha256(canonical_url)."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]


def extract_article(html: bytes | str, url: str, *, source: str, fetched_at: str) -> ArticleRecord | None:
    """Turn one HTML page into an ArticleRecord, or None when the page is not an article.

    `language` is set to "de" here; the language pipeline checks it.
    """
    if isinstance(html, bytes):
        # Bytes: decoded like Scrapy does (header is unknown here: <meta charset>, then detection).
        from scrapy.http import HtmlResponse

        raw = html
        text_html = HtmlResponse(url=url, body=html).text
    else:
        raw, text_html = html.encode("utf-8"), html
    try:
        # Parse the decoded text (as UTF-8 bytes, so an XML declaration or <meta charset> cannot mislead lxml).
        tree = lxml.html.fromstring(text_html.encode("utf-8"), parser=_UTF8_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return None
    meta = _page_metadata(tree, url)
    if meta["declared_non_article"]:
        return None

    document = trafilatura.bare_extraction(
        text_html, url=url, include_comments=False, include_tables=False, with_metadata=True
    )
    body = document.as_dict() if document is not None and hasattr(document, "as_dict") else (document or {})
    if not body.get("text"):
        return None
    text = _paragraphs(body["text"])
    if len(text) < MIN_TEXT_CHARS:
        return None

    canonical = meta["canonical"] or urldefrag(url)[0]
    host = urlsplit(canonical).hostname or urlsplit(url).hostname or ""
    outlet = meta["publisher"] or meta["site_name"] or outlet_for_host(host) or host or "unknown"
    return ArticleRecord(
        article_id=article_id_for(canonical),
        url=url,
        canonical_url=canonical,
        outlet=outlet,
        title=meta["headline"] or meta["og_title"] or (body.get("title") or "").strip(),
        # trafilatura's byline guess is noisy (it takes any "byline" text); only markup names authors.
        authors=meta["authors"],
        published=meta["published"] or _htmldate(tree, url),
        language="de",
        text=text,
        html_sha256=hashlib.sha256(raw).hexdigest(),
        fetched_at=fetched_at,
        source=source,
    )


# ------------------------------------------------------------------ metadata


def _page_metadata(tree: lxml.html.HtmlElement, url: str) -> dict[str, Any]:
    """Metadata from JSON-LD, OpenGraph, rel=canonical; JSON-LD wins over OpenGraph."""
    og = {
        (el.get("property") or el.get("name") or "").strip().lower(): (el.get("content") or "").strip()
        for el in tree.xpath("//meta[@content]")
    }
    ld = _jsonld_article(tree)
    canonical_href = next(iter(tree.xpath("//link[@rel='canonical']/@href")), None) or og.get("og:url")
    canonical = urldefrag(urljoin(url, canonical_href.strip()))[0] if canonical_href else None
    publisher = ld.get("publisher")
    og_type = og.get("og:type", "")
    return {
        "canonical": canonical,
        "headline": _text(ld.get("headline")),
        "og_title": og.get("og:title", ""),
        "site_name": og.get("og:site_name", ""),
        "publisher": _text(publisher.get("name")) if isinstance(publisher, dict) else _text(publisher),
        "authors": _ld_authors(ld.get("author")) or _split_authors(og.get("author")),
        "published": _iso(ld.get("datePublished")) or _iso(og.get("article:published_time")),
        # A page that says it is something else (og:type=website, no Article JSON-LD) is not an article.
        "declared_non_article": bool(og_type) and og_type != "article" and not ld,
    }


def _jsonld_article(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """The first Article-like JSON-LD object on the page, or {}."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for obj in _walk_ld(data):
            types = obj.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in types):
                return obj
    return {}


def _walk_ld(data: Any):
    if isinstance(data, list):
        for entry in data:
            yield from _walk_ld(entry)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk_ld(data["@graph"])


def _ld_authors(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = [_text(v.get("name")) if isinstance(v, dict) else _text(v) for v in values if v]
    return [n for n in names if n]


def _split_authors(value: Any) -> list[str]:
    if not value or not isinstance(value, str):
        return []
    return [a.strip() for a in re.split(r";|\s+und\s+|,", value) if a.strip()]


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _iso(value: Any) -> str | None:
    """A date as `YYYY-MM-DD`, or a full ISO datetime when a time is given; None if unparseable."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.date().isoformat() if len(value) <= 10 else parsed.isoformat()


# Body text blocks are hidden from htmldate: a date in running text ("zustimmen bis
# 15.5.2021") is not the publication date. Blocks marked as date/byline stay.
_TEXT_BLOCKS = ("//p|//li|//blockquote|//table|//pre|//h2|//h3|//h4|//h5|//h6|//dd"
                "|//meta[contains(@name, 'description') or contains(@property, 'description')]")
_DATE_HINT = re.compile(r"date|time|byline|publish|datum", re.IGNORECASE)


def _htmldate(tree: lxml.html.HtmlElement, url: str) -> str | None:
    """A publication date from markup (meta, <time>, bylines, URL), never from body text."""
    pruned = copy.deepcopy(tree)
    for el in pruned.xpath(_TEXT_BLOCKS):
        if not _DATE_HINT.search(f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')}"):
            el.drop_tree()
    try:
        return find_date(pruned, url=url, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises assorted errors on odd markup; a missing date is fine
        log.debug("htmldate failed on %s", url, exc_info=True)
        return None


def _paragraphs(text: str) -> str:
    """trafilatura's one-line-per-block text as paragraphs separated by a blank line."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
