"""A claim as a traceable quote: its sentence with the span marked, outlet, date and a safe link."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit


def safe_url(url: str | None) -> str | None:
    """`url` when it is an http(s) URL with a host, else None (never link javascript:, data:, file:, ...)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(ch in url for ch in "\"'<> \n\r\t"):
        return None
    return url


def split_sentence(claim: dict[str, Any]) -> tuple[str, str, str]:
    """The claim's sentence as (before, span, after), so the span can be marked.

    `span_offset` (where the warehouse query found the span inside the
    sentence, from the claim's offsets) is used when it points at the span;
    else the first occurrence of the span in the sentence; when neither works
    the whole sentence is `before` and nothing is marked.
    """
    sentence = claim.get("sentence") or claim.get("text") or ""
    span = claim.get("text") or ""
    offset = claim.get("span_offset")
    if span and offset is not None and 0 <= offset and sentence[offset:offset + len(span)] == span:
        return sentence[:offset], span, sentence[offset + len(span):]
    offset = sentence.find(span) if span else -1
    if offset == -1:
        return sentence, "", ""
    return sentence[:offset], span, sentence[offset + len(span):]


def article_link(article: dict[str, Any], t: Any) -> dict[str, Any]:
    """Title, date and links of an article: its canonical http(s) URL; an archived copy says so and links the capture."""
    href = safe_url(article.get("canonical_url")) or safe_url(article.get("url"))
    capture = safe_url(article.get("capture_url"))
    archived = None
    if capture or article.get("found_via") in ("wayback", "commoncrawl"):
        when = article.get("capture_time")
        archived = {"href": capture, "label": t("archived.of", date=t.date(when)) if when else t("archived")}
    return {
        "title": article.get("title") or t("untitled"),
        "href": href,
        "shown_url": None if href else article.get("url"),  # an unsafe URL is shown as text, never linked
        "date": t.date(article.get("published_date")) or t("no_date"),
        "archived": archived,
    }
