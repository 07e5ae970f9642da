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
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from spiders.archive import FAILURE_CONTENT_TYPE, META_HEADERS, WARC_FILE
from spiders.extract import article_id_for, extract_article, parse_html
from spiders.identity import amp_to_canonical, clean_url, is_amp, normalise_text, normalised_sha256
from spiders.outlets import bare_host, identify
from spiders.parse.blocked import block_kind
from spiders.parse.compact import KeySet
from spiders.parse.copies import CopySpill, names_another_page
from spiders.parse.decode import decode_html
from spiders.parse.language import language_of, language_sample  # noqa: F401 - language_sample: re-exported
from spiders.parse.related import RelatedIndex, signature
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
    """What one parse run counted (the articles themselves go to the file as they are made)."""

    kept: int = 0
    dropped: Counter = field(default_factory=Counter)
    per_outlet: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: int = 0
    pages: int = 0

    def count(self, outlet_id: str, reason: str | None) -> None:
        entry = self.per_outlet.setdefault(outlet_id or "unknown", {"kept": 0, "dropped": {}})
        if reason is None:
            self.kept += 1
            entry["kept"] += 1
        else:
            self.dropped[reason] += 1
            entry["dropped"][reason] = entry["dropped"].get(reason, 0) + 1

    def stats(self) -> dict[str, Any]:
        return {"pages": self.pages, "kept": self.kept, "articles": self.kept,
                "dropped": dict(sorted(self.dropped.items())), "dropped_total": sum(self.dropped.values()),
                "per_outlet": dict(sorted(self.per_outlet.items())), "errors": self.errors}


def parse_run(run_dir: Path, *, warc: Path | None = None, all_topics: bool = False) -> dict[str, Any]:
    """Parse `warc` (default: the run's raw.warc.gz) into the run's articles.jsonl, parse_stats.json, errors.jsonl.

    Returns the parse stats. Raises FileNotFoundError when there is no WARC and
    ValueError when the file is not a readable WARC. Pages are parsed and
    written one at a time: memory holds the near-duplicate index (signatures
    only) and the keys that tell duplicates, never the articles.
    """
    run_dir = Path(run_dir)
    warc = Path(warc) if warc else run_dir / WARC_FILE
    if not warc.is_file():
        raise FileNotFoundError(f"no WARC file at {warc}")
    run_dir.mkdir(parents=True, exist_ok=True)
    target, errors_path = run_dir / ARTICLES_FILE, run_dir / ERRORS_FILE
    with ArticleWriter(target) as writer, _ErrorLog(errors_path) as errors:
        result = parse_warc(warc, writer, errors, all_topics=all_topics)
    stats = result.stats()
    (run_dir / STATS_FILE).write_text(json.dumps(stats, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return stats


def parse_warc(warc: Path, writer: ArticleWriter, errors: _ErrorLog, *, all_topics: bool = False) -> ParseResult:
    """Every archived article page of `warc`, kept (handed to `writer`) or dropped with its reason.

    A page naming another URL canonical is decided after all other pages, so an original
    archived after its copy still wins over it (spiders/parse/copies.py).
    """
    result = ParseResult()
    # 64-bit digests of the keys in a compact set: it grows with the corpus (a URL and a hex hash
    # cost ~250 bytes, a digest in a Python set ~90, here 8).
    seen = KeySet()
    with CopySpill() as copies:
        for item in iter_archive(warc):
            result.pages += 1
            if isinstance(item, FetchFailure):
                result.count(item.meta.get("outlet_id", ""), item.reason)
                continue
            try:
                record, reason = _page_to_record(item, all_topics=all_topics)
            except Exception as exc:  # noqa: BLE001 - one bad page must not end the run
                url = item.response.url
                errors.write({"stage": "parse", "url": url, "error": f"{type(exc).__name__}: {exc}"[:500]})
                result.errors += 1
                log.warning("could not parse %s: %s", url, exc)
                record, reason = None, "parse_error"
            if record is None:
                result.count(item.meta.get("outlet_id", ""), reason)
            elif names_another_page(record):
                copies.add(record)
            else:
                _keep_unless_seen(record, seen, writer, result)
        for record in copies:
            _keep_unless_seen(record, seen, writer, result)
    return result


def _keep_unless_seen(record: dict[str, Any], seen: KeySet, writer: ArticleWriter, result: ParseResult) -> None:
    """Write `record` unless its canonical URL or its content (per outlet) was kept before; count it either way."""
    url_key = _key("url", record["canonical_url"])
    content_key = _key("content", record["outlet_id"], record["content_sha256"])
    if url_key in seen or content_key in seen:
        result.count(record["outlet_id"], "duplicate")
        return
    seen.add(url_key)
    seen.add(content_key)
    writer.write(record)
    result.count(record["outlet_id"], None)


def _key(*parts: str) -> int:
    """A 64-bit digest of a duplicate key (a collision among a million keys: about 1 in 3.7 * 10**7)."""
    return int.from_bytes(hashlib.blake2b("\0".join(parts).encode("utf-8"), digest_size=8).digest(), "big")


class ArticleWriter:
    """Writes articles.jsonl one record at a time and relates near-duplicates as they come.

    Each record is written at once (temporary name); a later article related
    to an earlier one is noted, and on close the file is copied once more with
    the `related` lists of the earlier lines filled in (only when there were
    any), then renamed into place. The near-duplicate index holds signatures;
    the text of a candidate is read back from the file, at the offset kept
    for its row of the index (8 bytes an article, not a dict entry by id).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._tmp = self.path.with_suffix(self.path.suffix + ".tmp")
        self._fh = self._tmp.open("w+b")
        self._offsets = array("q")  # where each indexed article's line starts, by its row in the index
        self._index = RelatedIndex(text_at=self._text_at)
        self._later: dict[str, list[str]] = {}  # earlier article id -> ids of later near-duplicates

    def write(self, record: dict[str, Any]) -> None:
        """Append one ArticleRecord (its `related` filled with the earlier near-duplicates)."""
        indexed = len(self._index)
        related = self._index.add(record["article_id"], record["minhash"], record["text"])
        record["related"] = sorted(set(record.get("related") or ()) | set(related))
        for other in related:
            self._later.setdefault(other, []).append(record["article_id"])
        if len(self._index) > indexed:  # not indexed (a signature of another length): never a candidate
            self._offsets.append(self._fh.tell())
        self._fh.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")

    def _text_at(self, row: int) -> str:
        here = self._fh.tell()
        self._fh.seek(self._offsets[row])
        text = json.loads(self._fh.readline())["text"]
        self._fh.seek(here)
        return text

    def __enter__(self) -> ArticleWriter:
        return self

    def __exit__(self, exc_type: Any, *_exc: Any) -> None:
        self._fh.close()
        if exc_type is not None:
            self._tmp.unlink(missing_ok=True)
            return
        if self._later:
            self._fill_related()
        self._tmp.replace(self.path)

    def _fill_related(self) -> None:
        """Copy the file once, adding the later near-duplicates to the `related` of earlier lines."""
        done = self._tmp.with_suffix(".related")
        with self._tmp.open("rb") as src, done.open("wb") as out:
            for line in src:
                later = self._later.get(_article_id_of(line)) if line.strip() else None
                if later:
                    record = json.loads(line)
                    record["related"] = sorted(set(record["related"]) | set(later))
                    line = json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
                out.write(line)
        done.replace(self._tmp)


def _article_id_of(line: bytes) -> str:
    """The article id of a written line (its first field, as `write` puts it), without parsing the whole line."""
    prefix = b'{"article_id": "'
    if line.startswith(prefix):
        return line[len(prefix):line.index(b'"', len(prefix))].decode("ascii")
    return json.loads(line)["article_id"]


class _ErrorLog:
    """errors.jsonl, opened on the first error (a run without errors leaves none)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fh: Any = None

    def write(self, row: dict[str, str]) -> None:
        if self._fh is None:
            self._fh = self.path.open("w", encoding="utf-8")
        self._fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    def __enter__(self) -> _ErrorLog:
        return self

    def __exit__(self, *_exc: Any) -> None:
        if self._fh is not None:
            self._fh.close()


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
    html = decode_html(response.body, response.headers)
    if len(html) > MAX_HTML_CHARS:
        return None, "too_large"
    # One parse of the page, read by the extraction (metadata, title, lead, date), then given up to
    # trafilatura, which prunes it in place (spiders/body.py): it is not read again here.
    tree = parse_html(html)
    if tree is None:
        return None, "not_article"
    extracted = extract_article(html, url, source=meta.get("dealwatch_source", ""), fetched_at=page.fetched_at,
                                tree=tree, raw=response.body, keep_tree=False)
    text_chars = len(extracted["text"]) if extracted else 0
    # The wall check reads the page only when the text is short (blocked.READABLE_CHARS); then from
    # a fresh parse of the HTML, as the tree has been pruned.
    if block_kind(html, text_chars):
        return None, "blocked"
    if extracted is None:
        return None, "not_article"
    if len(extracted["text"]) > MAX_TEXT_CHARS:
        return None, "too_large"
    if language_of(extracted["text"]) != "de":
        return None, "not_german"
    if not all_topics and not is_about_the_deal(extracted["title"], extracted["text"]):
        return None, "off_topic"
    record = dict(extracted)
    normalised = normalise_text(record["text"])  # once, for the content hash and the signature
    canonical = _canonical(record["canonical_url"], url)
    host = urlsplit(canonical).hostname or urlsplit(url).hostname or ""
    outlet_id, outlet_name = identify(host, [record["outlet"]])
    record.update(
        article_id=article_id_for(canonical),
        url=url,
        canonical_url=canonical,
        outlet_id=outlet_id,
        outlet=outlet_name,
        content_sha256=normalised_sha256(normalised),
        minhash=signature(normalised, normalised=True),
        found_via=meta.get("found_via") or "page",
        capture_url=capture_url,
        capture_time=meta.get("capture_time"),
        lastmod=meta.get("lastmod"),
        related=[],
    )
    return record, None


def _canonical(declared: str, url: str) -> str:
    """The canonical URL: the page's own (rel=canonical, og:url) unless it is missing or on another site."""
    declared_host = bare_host(urlsplit(declared).hostname or "")
    own_host = bare_host(urlsplit(url).hostname or "")
    if not declared or declared_host != own_host and not declared_host.endswith("." + own_host) \
            and not own_host.endswith("." + declared_host):
        declared = url
    declared = clean_url(declared)
    return amp_to_canonical(declared) if is_amp(declared) else declared
