"""Near-duplicates between a load and the stored articles: the back links.

A new article's `related` lists stored articles it duplicates (found by the
parse step against `minhash` signatures, spiders/parse/related.py); the
stored articles get the new id in their own `related` in the same
transaction, so the relation reads the same from both sides.
"""
from __future__ import annotations

import duckdb

_LINK_BACK = """
UPDATE articles
SET related = list_sort(list_distinct(list_concat(coalesce(articles.related, []::VARCHAR[]), back.ids)))
FROM (
    SELECT related_id, list(DISTINCT article_id) AS ids
    FROM (SELECT article_id, unnest(related) AS related_id FROM articles
          WHERE article_id IN (SELECT article_id FROM {loaded}))
    GROUP BY related_id
) AS back
WHERE articles.article_id = back.related_id
  AND articles.article_id NOT IN (SELECT article_id FROM {loaded})
"""


def link_back(conn: duckdb.DuckDBPyConnection, loaded: str) -> None:
    """Inside the load's transaction, after the articles are written: add each loaded article's id to the
    `related` of the stored (not loaded) articles it names. `loaded` is a table or view with the loaded
    `article_id`s (a name the loader chose, never input)."""
    conn.execute(_LINK_BACK.format(loaded=loaded))
