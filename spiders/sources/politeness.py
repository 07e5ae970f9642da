"""A polite HTTP client for the archive indexes: one request at a time per service, retries with backoff.

requests + urllib3's Retry do the retrying (429, 500, 502, 503, 504 and
connection resets, exponential backoff, Retry-After honoured); this module adds
only the minimum interval between two requests to one service.
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spiders.sources.candidates import settings

if TYPE_CHECKING:
    import requests

USER_AGENT = "dealwatch/0.1 (+https://example.invalid/dealwatch; archive research, polite)"
RETRY_STATUSES = (429, 500, 502, 503, 504)


class ArchiveError(Exception):
    """An archive or listing service could not be read (after retries): one line for the user."""


@dataclass(frozen=True)
class Politeness:
    """Per-service request pacing and retry policy (defaults from archive.toml)."""

    delay: float = 1.0
    retries: int = 5
    backoff: float = 2.0
    max_backoff: float = 60.0
    timeout: float = 60.0

    @classmethod
    def default(cls) -> "Politeness":
        """archive.toml's [politeness], with DEALWATCH_ARCHIVE_DELAY / _BACKOFF overriding (tests, mirrors)."""
        values = dict(settings().get("politeness", {}))
        for key in ("delay", "backoff"):
            env = os.environ.get(f"DEALWATCH_ARCHIVE_{key.upper()}")
            if env:
                values[key] = float(env)
        return cls(**values)


class PoliteClient:
    """GET with a minimum interval between requests to one service and retries with backoff.

    Counts the requests it was asked to send (`requests_sent`, retries not
    included) so a caller can report how often a service was asked.
    """

    def __init__(self, service: str, politeness: Politeness | None = None) -> None:
        # requests (with urllib3 and charset_normalizer) is imported by the first client, not with this
        # module: every crawl and parse imports the archive sources' modules (their kinds and unwrappers),
        # and only a listing or archive source makes a client (about 0.025 s of CPU a process otherwise).
        import requests
        from requests.adapters import HTTPAdapter
        from urllib3.util.retry import Retry

        self.service = service
        self.politeness = politeness or Politeness.default()
        self.requests_sent = 0
        self._last = 0.0
        self._lock = threading.Lock()
        self.session = requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT
        retry = Retry(
            total=self.politeness.retries, connect=self.politeness.retries, read=self.politeness.retries,
            status=self.politeness.retries, backoff_factor=self.politeness.backoff,
            backoff_max=self.politeness.max_backoff, status_forcelist=RETRY_STATUSES,
            allowed_methods=frozenset({"GET"}), respect_retry_after_header=True, raise_on_status=False,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def get(self, url: str, *, params: dict[str, Any] | None = None,
            headers: dict[str, str] | None = None, ok: tuple[int, ...] = (200,)) -> requests.Response:
        """One GET; raises ArchiveError unless the final status is in `ok`."""
        import requests  # (imported by __init__ already: a dictionary look-up)

        self._wait_turn()
        self.requests_sent += 1
        try:
            response = self.session.get(url, params=params, headers=headers, timeout=self.politeness.timeout)
        except requests.RequestException as exc:
            raise ArchiveError(f"{self.service}: {url}: {_one_line(exc)}") from None
        if response.status_code not in ok:
            raise ArchiveError(f"{self.service}: {response.url}: HTTP {response.status_code}")
        return response

    def close(self) -> None:
        """Release the connection pool."""
        self.session.close()

    def _wait_turn(self) -> None:
        with self._lock:
            pause = self._last + self.politeness.delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            self._last = time.monotonic()


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    reason = text[0] if text else type(exc).__name__
    if "Max retries exceeded" in reason:
        reason = "gave up after retries (" + reason.rsplit("(Caused by ", 1)[-1].rstrip(")") + ")"
    return reason[:300]
