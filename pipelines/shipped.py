"""An extraction batch as it travels to a task: one object that Prefect and Dask do not walk into.

A task's arguments are walked, in the flow's own process, by Prefect (looking
for futures and states: three passes per task with prefect-dask) and by Dask
(its task spec and key): every field of every article record, about 21,000
objects for 200 staged articles with their MinHash signatures. Measured with
`python -m bench.dask_bench`, that walking cost the flow process about half a
CPU second per batch, on the cores the workers need. An object of its own
class is a leaf to both, so the batch travels as one pickle; and it carries
only what extraction reads (`article_id`, `text`), a quarter less to ship.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

#: The fields of an article record that extraction reads (models.extract.extract_records).
EXTRACTION_FIELDS = ("article_id", "text")


class ArticleBatch:
    """Article records for one extraction task, reduced to EXTRACTION_FIELDS; iterates as those records."""

    __slots__ = ("records",)

    def __init__(self, records: Iterable[dict[str, Any]]) -> None:
        self.records = [{key: record.get(key) for key in EXTRACTION_FIELDS} for record in records]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    def __dask_tokenize__(self) -> tuple[str, tuple[Any, ...]]:
        """Dask's key for the batch from its article ids (instead of hashing every text)."""
        return ("ArticleBatch", tuple(record["article_id"] for record in self.records))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.records,))


def _rebuild(records: list[dict[str, Any]]) -> ArticleBatch:
    batch = ArticleBatch.__new__(ArticleBatch)
    batch.records = records
    return batch


def records_of(articles: ArticleBatch | Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records of a shipped batch, or of a plain list of records (the stage commands pass those)."""
    return articles.records if isinstance(articles, ArticleBatch) else list(articles)
