"""Errors of the crawl stage."""
from __future__ import annotations


class SourceError(Exception):
    """A source is malformed, or every source failed.

    `permanent` tells the caller whether retrying later could help: False for
    network trouble, 5xx answers and timeouts; True for bad URLs, 404s and
    content that cannot be parsed.
    """

    def __init__(self, message: str, *, permanent: bool = True) -> None:
        super().__init__(message)
        self.permanent = permanent


class AllSourcesFailed(SourceError):
    """Every source of a crawl failed (the run fails: exit status 1, not a usage error)."""
