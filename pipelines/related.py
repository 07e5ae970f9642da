"""Near-duplicates across a whole run and against the warehouse: agency copy is related, never dropped.

Each source's archive is parsed on its own (possibly on another worker), so
the same agency text fetched from two outlets' sources, or stored by an
earlier run, is only found once the run's articles are merged. The records'
`related` lists are completed here; the load then adds the new ids to the
stored articles' own lists (warehouse/load.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any


def relate_run(articles: list[dict[str, Any]], db_path: Path | None) -> int:
    """Complete every article's `related` over the run and the warehouse at `db_path`; returns how many have any."""
    from spiders.parse.related import relate

    stored: list[tuple[str, list[int]]] = []
    stored_texts = None
    if db_path is not None and Path(db_path).is_file():
        from warehouse.read import article_texts, stored_signatures

        stored = stored_signatures(Path(db_path))

        def stored_texts(ids: list[str]) -> dict[str, str]:
            return article_texts(Path(db_path), ids)

    relate(articles, stored, stored_texts=stored_texts)
    return sum(1 for article in articles if article.get("related"))
