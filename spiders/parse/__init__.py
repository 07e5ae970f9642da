"""The parse stage: a run's WARC -> articles.jsonl + parse_stats.json, offline.

Every archived article page ends kept or dropped with one reason:
fetch failures come from the crawl's failure records (not_found, timeout,
too_large, robots, ...), the rest from here: blocked, not_article,
not_german, off_topic, duplicate, too_large, parse_error. Near-duplicates
across outlets (agency copy) are kept and listed in each other's `related`.
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import py3langid
from scrapy.http import HtmlResponse
from warcio.archiveiterator import ArchiveIterator

from spiders.archive import FAILURE_CONTENT_TYPE, META_HEADERS, WARC_FILE
from spiders.extract import article_id_for, extract_article, parse_html
from spiders.identity import amp_to_canonical, clean_url, content_sha256, is_amp
from spiders.outlets import bare_host, identify
from spiders.parse.blocked import block_kind
from spiders.parse.related import relate, signature
from spiders.parse.unwrap import Unwrapped, unwrapper_for
from spiders.sources.page import looks_like_html
from spiders.topic import is_about_the_deal

log = logging.getLogger(__name__)

ARTICLES_FILE = "articles.jsonl"
STATS_FILE = "parse_stats.json"
ERRORS_FILE = "errors.jsonl"
PARSE_REASONS = ("blocked", "not_article", "not_german", "off_topic", "duplicate", "too_large", "parse_error")
MAX_HTML_CHARS = 5_000_000  # larger HTML is not an article page (and would stall the HTML parser)
MAX_TEXT_CHARS = 200_000  # longer "article" text is a dump or a live blog archive; never handed to spaCy
LANGID_CHARS = 300  # the language is told from a sample of the text (py3langid's cost grows with its length)
_HEADER_KEYS = {header: key for key, header in META_HEADERS.items()}


@dataclass
class ArchivedPage:
    """One article page from the WARC with the crawl's metadata."""

    response: Unwrapped
    meta: dict[str, str]
    fetched_at: str


@dataclass
class FetchFailure:
    """A page the crawl could not fetch (a failure record)."""

    url: str
    reason: str
    error: str
    meta: dict[str, str]


@dataclass
class ParseResult:
    """What one parse run produced."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    dropped: Counter = field(default_factory=Counter)
    per_outlet: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)
    pages: int = 0

    def count(self, outlet_id: str, reason: str | None) -> None:
        entry = self.per_outlet.setdefault(outlet_id or "unknown", {"kept": 0, "dropped": {}})
        if reason is None:
            entry["kept"] += 1
        else:
            self.dropped[reason] += 1
            entry["dropped"][reason] = entry["dropped"].get(reason, 0) + 1

    def stats(self) -> dict[str, Any]:
        return {"pages": self.pages, "kept": len(self.articles), "articles": len(self.articles),
                "dropped": dict(sorted(self.dropped.items())), "dropped_total": sum(self.dropped.values()),
                "per_outlet": dict(sorted(self.per_outlet.items())), "errors": len(self.errors)}


def parse_run(run_dir: Path, *, warc: Path | None = None, all_topics: bool = False) -> dict[str, Any]:
    """Parse `warc` (default: the run's raw.warc.gz) into the run's articles.jsonl, parse_stats.json, errors.jsonl.

    Returns the parse stats. Raises FileNotFoundError when there is no WARC and
    ValueError when the file is not a readable WARC.
    """
    run_dir = Path(run_dir)
    warc = Path(warc) if warc else run_dir / WARC_FILE
    if not warc.is_file():
        raise FileNotFoundError(f"no WARC file at {warc}")
    result = parse_warc(warc, all_topics=all_topics)
    run_dir.mkdir(parents=True, exist_ok=True)
    _write_lines(run_dir / ARTICLES_FILE, result.articles)
    if result.errors:
        _write_lines(run_dir / ERRORS_FILE, result.errors)
    stats = result.stats()
    (run_dir / STATS_FILE).write_text(json.dumps(stats, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return stats


def parse_warc(warc: Path, *, all_topics: bool = False) -> ParseResult:
    """Every archived article page of `warc`, kept or dropped with its reason."""
    result = ParseResult()
    seen_canonical: set[str] = set()
    seen_content: set[tuple[str, str]] = set()
    for item in iter_archive(warc):
        result.pages += 1
        if isinstance(item, FetchFailure):
            result.count(item.meta.get("outlet_id", ""), item.reason)
            continue
        try:
            record, reason = _page_to_record(item, all_topics=all_topics)
        except Exception as exc:  # noqa: BLE001 - one bad page must not end the run
            url = item.response.url
            result.errors.append({"stage": "parse", "url": url, "error": f"{type(exc).__name__}: {exc}"[:500]})
            log.warning("could not parse %s: %s", url, exc)
            record, reason = None, "parse_error"
        if record is not None:
            content_key = (record["outlet_id"], record["content_sha256"])
            if record["canonical_url"] in seen_canonical or content_key in seen_content:
                record, reason = None, "duplicate"
            else:
                seen_canonical.add(record["canonical_url"])
                seen_content.add(content_key)
                result.articles.append(record)
        result.count(record["outlet_id"] if record else item.meta.get("outlet_id", ""), reason)
    relate(result.articles)
    return result


def iter_archive(warc: Path) -> Iterator[ArchivedPage | FetchFailure]:
    """The article pages and fetch failures of a WARC, in archive order.

    Skipped: request records, source documents (sitemaps, feeds, robots.txt),
    redirects and responses that were retried (3xx, 5xx, 429: the request's
    final outcome is another record).
    """
    try:
        with Path(warc).open("rb") as fh:
            for record in ArchiveIterator(fh):
                meta = {_HEADER_KEYS[k]: v for k, v in record.rec_headers.headers if k in _HEADER_KEYS}
                if record.rec_type == "metadata":
                    if (record.rec_headers.get_header("Content-Type") or "") == FAILURE_CONTENT_TYPE:
                        data = json.loads(record.content_stream().read())
                        yield FetchFailure(data["url"], data["reason"], data.get("error", ""), meta)
                    continue
                if record.rec_type not in ("response", "resource"):
                    continue
                role = meta.get("dealwatch_role")
                if role not in ("article", "start"):
                    continue
                try:
                    response = unwrapper_for(meta.get("found_via"))(record)
                except Exception as exc:  # noqa: BLE001 - an unreadable record is one dropped page
                    url = record.rec_headers.get_header("WARC-Target-URI") or ""
                    yield FetchFailure(url, "parse_error", f"cannot unwrap: {type(exc).__name__}: {exc}", meta)
                    continue
                if not 200 <= response.status < 300:
                    continue
                content_type = next((v for k, v in response.headers if k.lower() == "content-type"), "")
                if role == "start" and not looks_like_html(response.body, content_type):
                    continue  # a sitemap or feed given as source
                if role == "start":
                    meta["found_via"] = "page"
                yield ArchivedPage(response, meta, record.rec_headers.get_header("WARC-Date") or "")
    except (OSError, EOFError, ValueError) as exc:
        raise ValueError(f"{warc}: not a readable WARC file ({type(exc).__name__}: {exc})") from None


def _page_to_record(page: ArchivedPage, *, all_topics: bool) -> tuple[dict[str, Any] | None, str | None]:
    """(ArticleRecord, None) for a kept page, else (None, reason)."""
    response = page.response
    meta = page.meta
    capture_url = (meta.get("capture_url") or response.url) if meta.get("original_url") else None
    url = meta.get("original_url") or response.url
    if len(response.body) > MAX_HTML_CHARS * 4:
        return None, "too_large"
    # Scrapy's decoding: HTTP header charset, then <meta charset>, then detection.
    html = HtmlResponse(url=url, status=response.status, headers=response.headers, body=response.body).text
    if len(html) > MAX_HTML_CHARS:
        return None, "too_large"
    # One parse of the page, read by the extraction (trafilatura, htmldate, metadata) and the wall check.
    tree = parse_html(html)
    if tree is None:
        return None, "not_article"
    extracted = extract_article(html, url, source=meta.get("dealwatch_source", ""), fetched_at=page.fetched_at,
                                tree=tree)
    text_chars = len(extracted["text"]) if extracted else 0
    if block_kind(tree, text_chars):
        return None, "blocked"
    if extracted is None:
        return None, "not_article"
    if len(extracted["text"]) > MAX_TEXT_CHARS:
        return None, "too_large"
    language, _score = py3langid.classify(language_sample(extracted["text"]))
    if language != "de":
        return None, "not_german"
    if not all_topics and not is_about_the_deal(extracted["title"], extracted["text"]):
        return None, "off_topic"
    record = dict(extracted)
    canonical = _canonical(record["canonical_url"], url)
    host = urlsplit(canonical).hostname or urlsplit(url).hostname or ""
    outlet_id, outlet_name = identify(host, [record["outlet"]])
    record.update(
        article_id=article_id_for(canonical),
        url=url,
        canonical_url=canonical,
        outlet_id=outlet_id,
        outlet=outlet_name,
        html_sha256=hashlib.sha256(response.body).hexdigest(),
        content_sha256=content_sha256(record["text"]),
        minhash=signature(record["text"]),
        found_via=meta.get("found_via") or "page",
        capture_url=capture_url,
        capture_time=meta.get("capture_time"),
        lastmod=meta.get("lastmod"),
        related=[],
    )
    return record, None


def language_sample(text: str, chars: int = LANGID_CHARS) -> str:
    """About `chars` characters of `text` for the language check: half from the opening, half from the middle.

    py3langid reads its input byte by byte in Python: 300 characters cost a
    fifth of 2,000 and tell a German article from an English one as surely; the
    middle guards against an opening (dateline, quote, a kicker) in another language.
    """
    if len(text) <= chars:
        return text
    half = chars // 2
    middle = len(text) // 2
    return f"{text[:half]}\n{text[middle:middle + half]}"


def _canonical(declared: str, url: str) -> str:
    """The canonical URL: the page's own (rel=canonical, og:url) unless it is missing or on another site."""
    declared_host = bare_host(urlsplit(declared).hostname or "")
    own_host = bare_host(urlsplit(url).hostname or "")
    if not declared or declared_host != own_host and not declared_host.endswith("." + own_host) \
            and not own_host.endswith("." + declared_host):
        declared = url
    declared = clean_url(declared)
    return amp_to_canonical(declared) if is_amp(declared) else declared


def _write_lines(path: Path, rows: list[dict[str, Any]]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(path)
