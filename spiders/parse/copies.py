"""Pages that name another page canonical, set aside until every other page of the WARC is parsed.

Why: the duplicate check keeps the first page of a canonical URL. A copy (an
AMP page, a syndicated URL with <link rel=canonical> to the original) fetched
before its original would otherwise be kept in the original's place, and the
original dropped as its duplicate, so which URL a run stores would depend on
the order the pages arrived. Copies wait on disk (their records hold the
text), not in memory, and come back in the order they were set aside.
"""
from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from typing import IO, Any

from spiders.identity import clean_url


def names_another_page(record: dict[str, Any]) -> bool:
    """True when the page's canonical URL is not the page's own (cleaned) URL."""
    return record["canonical_url"] != clean_url(record["url"])


class CopySpill:
    """A temporary file of ArticleRecords read back, in order, after the main pass."""

    def __init__(self) -> None:
        self._fh: IO[bytes] | None = None

    def add(self, record: dict[str, Any]) -> None:
        """Set `record` aside."""
        if self._fh is None:
            self._fh = tempfile.TemporaryFile()
        self._fh.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")

    def __iter__(self) -> Iterator[dict[str, Any]]:
        if self._fh is None:
            return
        self._fh.seek(0)
        for line in self._fh:
            yield json.loads(line)

    def __enter__(self) -> CopySpill:
        return self

    def __exit__(self, *_exc: Any) -> None:
        if self._fh is not None:
            self._fh.close()
