"""The report's datasets: one read-only query per function, results as lists of dicts."""
from __future__ import annotations

from typing import Any

import duckdb


def _records(conn: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params or [])
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def totals(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row counts: articles, claims, runs, contradictions."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims), "
        "(SELECT count(*) FROM runs), (SELECT count(*) FROM contradictions)"
    ).fetchone()
    return dict(zip(("articles", "claims", "runs", "contradictions"), row))


def recent_runs(conn: duckdb.DuckDBPyConnection, limit: int = 10) -> list[dict[str, Any]]:
    """The latest runs, newest first."""
    return _records(
        conn,
        "SELECT run_id, state, started_at, ended_at, sources, pages_seen, articles_crawled, "
        "claims_extracted, articles_loaded, claims_loaded, error FROM runs "
        "ORDER BY coalesce(started_at, ended_at) DESC NULLS LAST, run_id DESC LIMIT ?",
        [limit],
    )


def contradictions(conn: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """One entry per two sides of a question in dispute (the per-question view, issue 12, spread into pairs)."""
    out = []
    for row in _records(conn, "SELECT question_id, sides, explanation FROM contradictions ORDER BY question_id"):
        sides = row["sides"]
        for i, a in enumerate(sides):
            for b in sides[i + 1:]:
                if len(a["article_ids"]) == 1 and a["article_ids"] == b["article_ids"]:
                    continue  # an article never contradicts only itself
                out.append({
                    "question": row["question_id"], "explanation": row["explanation"],
                    "value_a": a["label"], "value_b": b["label"], "outlets_a": a["outlets"], "outlets_b": b["outlets"],
                    "articles_a": a["article_ids"], "articles_b": b["article_ids"],
                    "claims_a": a["claim_ids"], "claims_b": b["claim_ids"],
                })
    return out


def articles_by_id(conn: duckdb.DuckDBPyConnection, article_ids: list[str]) -> dict[str, dict[str, Any]]:
    """outlet, title and url of the given articles, keyed by article_id."""
    if not article_ids:
        return {}
    rows = _records(
        conn,
        "SELECT article_id, outlet, title, url FROM articles WHERE article_id IN (SELECT unnest(?))",
        [sorted(set(article_ids))],
    )
    return {r["article_id"]: r for r in rows}


def articles_with_claims(conn: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Articles that have claims, each with its text and its claims (ordered by position)."""
    articles = _records(
        conn,
        "SELECT a.article_id, a.outlet, a.title, a.url, a.published, a.published_date, a.text "
        "FROM articles a WHERE EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.article_id) "
        "ORDER BY a.published_date NULLS LAST, a.outlet, a.title, a.article_id",
    )
    claims = _records(
        conn,
        "SELECT claim_id, article_id, type, value, currency, qualifier, data_type, shared, stance, "
        "scope, year, text, start_char, end_char, sentence FROM claims ORDER BY article_id, start_char, claim_id",
    )
    by_article: dict[str, list[dict[str, Any]]] = {}
    for claim in claims:
        by_article.setdefault(claim["article_id"], []).append(claim)
    for article in articles:
        article["claims"] = by_article.get(article["article_id"], [])
    return articles


def price_points(conn: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Price claims with their allowed range, for the price chart."""
    return _records(
        conn,
        "SELECT r.article_id, coalesce(r.outlet, '?') AS outlet, a.title, r.currency, r.qualifier, "
        "r.value, r.lo, r.hi FROM price_ranges r JOIN articles a ON a.article_id = r.article_id "
        "ORDER BY outlet, a.title, r.article_id, r.value",
    )


def opt_out_stances(conn: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Distinct (outlet, scope, stance) of opt-out claims."""
    return _records(
        conn,
        "SELECT DISTINCT coalesce(a.outlet, '?') AS outlet, coalesce(c.scope, 'unspecified') AS scope, c.stance "
        "FROM claims c JOIN articles a ON a.article_id = c.article_id "
        "WHERE c.type = ? AND c.stance IS NOT NULL ORDER BY outlet, scope, c.stance",
        ["opt_out"],
    )


def data_shared_marks(conn: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Distinct (outlet, data_type, shared) of data_shared claims."""
    return _records(
        conn,
        "SELECT DISTINCT coalesce(a.outlet, '?') AS outlet, c.data_type, c.shared "
        "FROM claims c JOIN articles a ON a.article_id = c.article_id "
        "WHERE c.type = ? AND c.data_type IS NOT NULL AND c.shared IS NOT NULL "
        "ORDER BY outlet, c.data_type, c.shared",
        ["data_shared"],
    )
