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
import zlib
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
        """One request record and its response record (the body exactly as received, still content-encoded)."""
        extra = dealwatch_headers(meta)
        if urlsplit(url).scheme not in ("http", "https"):
            # file:// has no HTTP exchange: a `resource` record holding the page.
            record = self._writer.create_warc_record(url, "resource", payload=io.BytesIO(body), length=len(body),
                                                     warc_content_type="text/html", warc_headers_dict=extra)
            self._write(record)
            return
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        req_headers = StatusAndHeaders(f"{method} {target} HTTP/1.1",
                                       [("Host", parts.netloc), *request_headers], is_http_request=True)
        request = self._writer.create_warc_record(url, "request", payload=io.BytesIO(b""), length=0,
                                                  http_headers=req_headers,
                                                  warc_headers_dict=self._digests(req_headers, b""))
        headers = [(k, v) for k, v in response_headers if k.lower() not in _DROP_HEADERS]
        headers.append(("Content-Length", str(len(body))))
        http = StatusAndHeaders(f"{status} {_reason(status)}", headers, protocol="HTTP/1.1")
        response = self._writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                                   http_headers=http,
                                                   warc_headers_dict={**extra, **self._digests(http, body)})
        request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
        self._write(response)
        self._write(request)

    def write_failure(self, *, url: str, reason: str, error: str, meta: dict[str, Any]) -> None:
        """A metadata record for a fetch that ended without a usable response."""
        payload = json.dumps({"url": url, "reason": reason, "error": error}, ensure_ascii=False).encode("utf-8")
        record = self._writer.create_warc_record(url, "metadata", payload=io.BytesIO(payload), length=len(payload),
                                                 warc_content_type=FAILURE_CONTENT_TYPE,
                                                 warc_headers_dict=dealwatch_headers(meta))
        self._write(record)

    def _digests(self, http: StatusAndHeaders, body: bytes) -> dict[str, str]:
        """WARC-Block-Digest and WARC-Payload-Digest (SHA-1, base32, as warcio writes them), each one hashlib call.

        warcio keeps digests that are given only when the record's length is
        given too (`length=` in create_warc_record); without a length it drops
        them, copies the body into a temporary file and streams it through two
        SHA-1 digesters in 16 kB pieces, at record creation and again at writing.
        """
        http.compute_headers_buffer(self._writer.header_filter)
        block = hashlib.sha1(http.headers_buff)
        block.update(body)
        return {"WARC-Payload-Digest": _sha1_label(hashlib.sha1(body)), "WARC-Block-Digest": _sha1_label(block)}

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


def _sha1_label(digest: Any) -> str:
    return "sha1:" + base64.b32encode(digest.digest()).decode("ascii")


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"
