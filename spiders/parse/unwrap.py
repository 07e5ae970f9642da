"""The unwrap registry: how to get (url, status, headers, body) out of one archived WARC record.

Keyed by the record's `found_via`. Most records are the HTTP exchange itself
(`default_unwrap`); an archive source registers its own function when the
response holds another container, e.g. a Common Crawl range response (one
gzip member with a WARC record inside):

    from spiders.parse.unwrap import register_unwrapper
    register_unwrapper("commoncrawl", unwrap_commoncrawl)

A function takes the warcio record and returns an `Unwrapped`, or raises
ValueError when the record cannot be read (the page is dropped as parse_error).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, NamedTuple


class Unwrapped(NamedTuple):
    """What the parse stage needs from a response: final URL, status, headers, decoded body."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes


Unwrapper = Callable[[Any], Unwrapped]
UNWRAPPERS: dict[str, Unwrapper] = {}
# Modules that register unwrappers when imported (issue 8 adds theirs here).
UNWRAP_MODULES = ["spiders.sources.commoncrawl", "spiders.sources.wayback"]
_CONTENT_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def register_unwrapper(found_via: str, func: Unwrapper) -> Unwrapper:
    """Use `func` for records whose WARC-Dealwatch-Found-Via is `found_via`."""
    UNWRAPPERS[found_via] = func
    return func


def default_unwrap(record: Any) -> Unwrapped:
    """The HTTP response as archived: body decoded from its Content-Encoding (warcio), headers kept."""
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    body = record.content_stream().read()
    if record.http_headers is None:  # a `resource` record (file://)
        return Unwrapped(url, 200, [("Content-Type", record.rec_headers.get_header("Content-Type") or "")], body)
    status = int((record.http_headers.get_statuscode() or "0")[:3] or 0)
    headers = [(k, v) for k, v in record.http_headers.headers if k.lower() not in _CONTENT_HEADERS]
    return Unwrapped(url, status, headers, body)


def unwrapper_for(found_via: str | None) -> Unwrapper:
    """The registered unwrapper for `found_via`, else the default."""
    _load_modules()
    return UNWRAPPERS.get(found_via or "", default_unwrap)


_loaded = False


def _load_modules() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in UNWRAP_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    if "commoncrawl" not in UNWRAPPERS:
        _register_commoncrawl()


def _register_commoncrawl() -> None:
    """Common Crawl: the stored range response is one gzip member holding the WARC record of the page."""
    try:
        from spiders.sources.commoncrawl import unwrap_warc_response
    except ImportError:
        return

    def unwrap(record: Any) -> Unwrapped:
        url, status, headers, body = unwrap_warc_response(record)
        return Unwrapped(url, status, [(k, v) for k, v in headers if k.lower() not in _CONTENT_HEADERS], body)

    register_unwrapper("commoncrawl", unwrap)
