"""Why a fetch failed, as one reason word per failure (the drop reasons of a crawl)."""
from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    IgnoreRequest,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import defer
from twisted.internet import error as net_error
from twisted.python.failure import Failure

# Fetch-level drop reasons (the parse stage adds its own: not_german, not_article, ...).
FETCH_REASONS = ("not_found", "gone", "forbidden", "rate_limited", "server_error", "http_error", "timeout",
                 "too_large", "redirect_loop", "robots", "connection_error", "fetch_error")


def describe_failure(failure: Failure) -> tuple[str, str, bool]:
    """(reason, one-line message, permanent) for a failed request."""
    exc = failure.value
    if isinstance(exc, HttpError):
        status = exc.response.status
        reason = {404: "not_found", 410: "gone", 403: "forbidden", 401: "forbidden", 429: "rate_limited"}.get(
            status, "server_error" if status >= 500 else "http_error")
        return reason, f"HTTP {status}", not (status >= 500 or status in (408, 429))
    if isinstance(exc, IgnoreRequest):
        text = str(exc) or "forbidden by robots.txt"
        if "robots" in text.lower():
            return "robots", "forbidden by robots.txt", True
        if "redirect" in text.lower():
            return "redirect_loop", "too many redirects", True
        return "fetch_error", f"request ignored ({text})", True
    if isinstance(exc, DownloadCancelledError | defer.CancelledError) or "maxsize" in str(exc).lower():
        return "too_large", f"response larger than the maximum size ({str(exc).strip()[:120]})", True
    if isinstance(exc, FileNotFoundError | IsADirectoryError | PermissionError):
        return "not_found", f"cannot read file ({exc.strerror or exc})", True
    if isinstance(exc, net_error.DNSLookupError | CannotResolveHostError):
        return "connection_error", "DNS lookup failed", False
    if isinstance(exc, net_error.TimeoutError | net_error.TCPTimedOutError | DownloadTimeoutError):
        return "timeout", "timed out", False
    if isinstance(exc, net_error.ConnectionRefusedError | DownloadConnectionRefusedError):
        return "connection_error", "connection refused", False
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return "fetch_error", f"{type(exc).__name__}{': ' + text if text else ''}", False
