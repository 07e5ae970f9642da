"""The run's WARC file: every request and response of a crawl, plus a record for each failed fetch.

Response records carry dealwatch's request metadata as `WARC-Dealwatch-*`
headers (docs/stages.md), so the parse stage can work from the WARC alone.
A fetch that ended without a usable response (timeout, too large, robots,
redirect loop, HTTP error after retries) adds a `metadata` record naming the
URL and the reason, so the archive accounts for every page.
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import time
import uuid
import zlib
from collections.abc import Sequence
from http import HTTPStatus
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from isal import isal_zlib
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

WARC_FILE = "raw.warc.gz"
# warcio compresses every record with zlib at level 9 (1.6 ms per 34 kB bench page). ISA-L's
# deflate (isal) at its level 1 writes the same standard gzip members in 0.045 ms (zlib level 1:
# 0.16 ms) and smaller (7.1 kB against zlib level 1's 7.5 kB; measured on 500 bench pages).
GZIP_LEVEL = 1
FAILURE_CONTENT_TYPE = "application/vnd.dealwatch.fetch-failure+json"

# request.meta key -> WARC header (agreed with issue 8).
META_HEADERS = {
    "dealwatch_source": "WARC-Dealwatch-Source",
    "found_via": "WARC-Dealwatch-Found-Via",
    "original_url": "WARC-Dealwatch-Original-URL",
    "capture_time": "WARC-Dealwatch-Capture-Time",
    "capture_url": "WARC-Dealwatch-Capture-URL",
    "lastmod": "WARC-Dealwatch-Lastmod",
    "outlet_id": "WARC-Dealwatch-Outlet-Id",
    "dealwatch_role": "WARC-Dealwatch-Role",  # "article" | "document" (sitemap, feed, ...); absent: robots.txt etc.
    "published_hint": "WARC-Dealwatch-Published-Hint",
}
# Hop-by-hop or no longer true once the body is stored as received.
_DROP_HEADERS = {"transfer-encoding", "content-length"}


def dealwatch_headers(meta: dict[str, Any]) -> dict[str, str]:
    """The WARC-Dealwatch-* headers for a request's meta (only keys that are set)."""
    return {header: str(meta[key]) for key, header in META_HEADERS.items() if meta.get(key) not in (None, "")}


class WarcArchive:
    """Append-only writer of request/response/metadata records into one gzipped WARC file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fh: BinaryIO = self.path.open("wb")
        self._writer = _GzipMemberWriter(self._fh, GZIP_LEVEL)
        self.records = 0

    def close(self) -> None:
        """Flush and close the file."""
        if not self._fh.closed:
            self._fh.close()

    def write_exchange(self, *, url: str, method: str, request_headers: list[tuple[str, str]],
                       status: int, response_headers: list[tuple[str, str]], body: bytes,
                       meta: dict[str, Any]) -> None:
        """One response record and its request record (the body exactly as received, still content-encoded).

        The two records are formatted here, byte for byte as warcio's writer
        formats them (tests/test_archive_records.py), without its record
        objects: building and writing them through warcio cost a sixth of a
        page's writing (2.15 -> 1.78 M instructions a bench page, callgrind,
        digests and compression included). Both records
        carry the response's date, as warcio's `write_request_response_pair`
        gives them.
        """
        extra = dealwatch_headers(meta)
        if urlsplit(url).scheme not in ("http", "https"):
            # file:// has no HTTP exchange: a `resource` record holding the page.
            record = self._writer.create_warc_record(url, "resource", payload=io.BytesIO(body), length=len(body),
                                                     warc_content_type="text/html", warc_headers_dict=extra)
            self._write(record)
            return
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        # StatusAndHeaders for the HTTP header blocks: its ASCII encoding (%-encoding non-ASCII values) is the format's.
        request = StatusAndHeaders(f"{method} {target} HTTP/1.1", [("Host", parts.netloc), *request_headers],
                                   is_http_request=True)
        request.compute_headers_buffer(self._writer.header_filter)
        headers = [(k, v) for k, v in response_headers if k.lower() not in _DROP_HEADERS]
        headers.append(("Content-Length", str(len(body))))
        response = StatusAndHeaders(f"{status} {_reason(status)}", headers, protocol="HTTP/1.1")
        response.compute_headers_buffer(self._writer.header_filter)
        response_id, date = _record_id(), _warc_date()
        version = self._writer.warc_version
        self._fh.write(_http_record(version, "response", url, response_id, date, response.headers_buff, body,
                                    given=[*extra.items()]))
        # warcio's `write_request_response_pair` links the request to its response after creating it
        self._fh.write(_http_record(version, "request", url, _record_id(), date, request.headers_buff, b"",
                                    added=[("WARC-Concurrent-To", response_id)]))
        self._fh.flush()
        self.records += 2

    def write_failure(self, *, url: str, reason: str, error: str, meta: dict[str, Any]) -> None:
        """A metadata record for a fetch that ended without a usable response."""
        payload = json.dumps({"url": url, "reason": reason, "error": error}, ensure_ascii=False).encode("utf-8")
        record = self._writer.create_warc_record(url, "metadata", payload=io.BytesIO(payload), length=len(payload),
                                                 warc_content_type=FAILURE_CONTENT_TYPE,
                                                 warc_headers_dict=dealwatch_headers(meta))
        self._write(record)

    def _write(self, record: Any) -> None:
        self._writer.write_record(record)
        self.records += 1


class _GzipMember:
    """One gzip member around one record (what warcio's GzippingWrapper does, at our level)."""

    def __init__(self, out: BinaryIO, level: int) -> None:
        self._compressor = isal_zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        self._out = out

    def write(self, data: bytes) -> None:
        self._out.write(self._compressor.compress(data))

    def flush(self) -> None:
        self._out.write(self._compressor.flush())
        self._out.flush()


class _GzipMemberWriter(WARCWriter):
    """warcio's WARCWriter writing each record as its own gzip member at `level` (standard .warc.gz)."""

    def __init__(self, filebuf: BinaryIO, level: int) -> None:
        super().__init__(filebuf, gzip=False)
        self._level = level

    def write_record(self, record: Any, params: Any = None) -> None:
        # warcio ends every record with out.flush(), which closes the member.
        self._write_warc_record(_GzipMember(self.out, self._level), record)


def _http_record(version: str, kind: str, url: str, record_id: str, date: str, http_headers: bytes, body: bytes, *,
                 given: Sequence[tuple[str, str]] = (), added: Sequence[tuple[str, str]] = ()) -> bytes:
    """A request or response record as one gzip member: WARC header fields in warcio's order, then the block.

    warcio's order: the fields a record is created with (`given`, in their order), then the digests (SHA-1,
    base32: of the body, and of the header block and body), the record's type, id, URI and date; then the fields
    added to the record after it was created (`added`, in their order: warcio's `add_header` appends); then the
    Content-Type and Content-Length warcio sets on writing (tests/test_archive_records.py compares both lists
    against warcio's own records). Each digest is one hashlib call over bytes in memory.
    """
    block = hashlib.sha1(http_headers)
    block.update(body)
    head = [*given, ("WARC-Payload-Digest", _sha1_label(hashlib.sha1(body))), ("WARC-Block-Digest", _sha1_label(block)),
            ("WARC-Type", kind), ("WARC-Record-ID", record_id), ("WARC-Target-URI", url), ("WARC-Date", date),
            *added, ("Content-Type", f"application/http; msgtype={kind}"),
            ("Content-Length", str(len(http_headers) + len(body)))]
    text = f"{version}\r\n" + "".join(f"{name}: {value}\r\n" for name, value in head) + "\r\n"
    member = isal_zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS + 16)
    return member.compress(text.encode("utf-8")) + member.compress(http_headers) + member.compress(body) \
        + member.compress(b"\r\n\r\n") + member.flush()


def _record_id() -> str:
    """A WARC-Record-ID as warcio makes it."""
    return f"<urn:uuid:{uuid.uuid4()}>"


def _warc_date() -> str:
    """The current time as warcio writes WARC/1.0 dates (UTC, whole seconds)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _sha1_label(digest: Any) -> str:
    return "sha1:" + base64.b32encode(digest.digest()).decode("ascii")


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
