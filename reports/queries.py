"""Every query the report runs, read-only, results as lists of dicts.

The warehouse grows while the report is built against it (docs/stages.md,
"Agreed extensions"): columns such as `articles.outlet_id`, `capture_url` or
`claims.moment`, the `outlets` table and the `coverage` view may not exist yet
in an older warehouse. `Schema` looks once at what exists, and the queries
select a NULL (or the closest older column) in place of what is missing, so
adapting to the warehouse is this one file.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

Conn = duckdb.DuckDBPyConnection
Record = dict[str, Any]

# Claim types the report has questions for (acquisition_year is not a question in dispute).
QUESTION_TYPES = ("price", "opt_out", "data_shared")


def _records(conn: Conn, sql: str, params: list[Any] | None = None, *, shared: bool = False) -> list[Record]:
    """The rows as dicts; with `shared`, equal values are one object (the claims repeat their article's title,
    URL, outlet and date: the report holds every claim, so this keeps its memory small)."""
    cursor = conn.execute(sql, params or [])
    columns = [d[0] for d in cursor.description]
    if not shared:
        return [dict(zip(columns, row)) for row in cursor.fetchall()]
    seen: dict[Any, Any] = {}
    records = []
    while rows := cursor.fetchmany(10_000):
        for row in rows:
            records.append(dict(zip(columns, [seen.setdefault(v, v) if isinstance(v, str | date) else v
                                              for v in row])))
    return records


@dataclass(frozen=True)
class Schema:
    """Which tables/views and columns the warehouse has (name -> set of columns)."""

    relations: dict[str, frozenset[str]]

    @classmethod
    def read(cls, conn: Conn) -> Schema:
        rows = conn.execute(
            "SELECT table_name, list(column_name) FROM information_schema.columns "
            "WHERE table_schema = current_schema() GROUP BY table_name"
        ).fetchall()
        return cls({name: frozenset(cols) for name, cols in rows})

    def has(self, relation: str, column: str | None = None) -> bool:
        cols = self.relations.get(relation)
        return cols is not None and (column is None or column in cols)

    def col(self, alias: str, relation: str, column: str, fallback: str = "NULL") -> str:
        """`alias.column` when it exists, else the SQL `fallback` expression."""
        return f"{alias}.{column}" if self.has(relation, column) else fallback


def _outlet_id(s: Schema, alias: str = "a") -> str:
    return s.col(alias, "articles", "outlet_id", f"coalesce({alias}.outlet, '?')")


def summary(conn: Conn, s: Schema) -> Record:
    """Articles, outlets, claims, time span of publication and when the data was last loaded."""
    if not s.has("articles"):
        return {"articles": 0, "outlets": 0, "claims": 0, "first": None, "last": None, "updated": None}
    row = _records(
        conn,
        f"SELECT count(*) AS articles, count(DISTINCT {_outlet_id(s)}) AS outlets, "
        "(SELECT count(*) FROM claims) AS claims, min(a.published_date) AS first, "
        "max(a.published_date) AS last, max(a.fetched_at) AS fetched FROM articles a",
    )[0]
    ended = None
    if s.has("runs"):
        ended = conn.execute("SELECT max(ended_at) FROM runs WHERE state <> 'failed'").fetchone()[0]
    row["updated"] = max((t for t in (ended, row.pop("fetched")) if t is not None), default=None)
    return row


def runs(conn: Conn, s: Schema, limit: int = 200) -> list[Record]:
    """The latest runs, newest first."""
    if not s.has("runs"):
        return []
    return _records(
        conn,
        "SELECT run_id, state, started_at, ended_at, pages_seen, articles_crawled, claims_extracted, "
        "articles_loaded, claims_loaded, error FROM runs "
        "ORDER BY coalesce(started_at, ended_at) DESC NULLS LAST, run_id DESC LIMIT ?",
        [limit],
    )


def outlets(conn: Conn, s: Schema) -> list[Record]:
    """Every outlet with articles: id, name, country, kind, article and claim counts."""
    if s.has("outlets") and s.has("articles", "outlet_id"):
        names = ("o.name", s.col("o", "outlets", "country"), s.col("o", "outlets", "kind"))
        join = "LEFT JOIN outlets o ON o.outlet_id = a.outlet_id"
    else:
        names, join = ("NULL", "NULL", "NULL"), ""
    return _records(
        conn,
        f"SELECT {_outlet_id(s)} AS outlet_id, coalesce(any_value({names[0]}), any_value(a.outlet), "
        f"{_outlet_id(s)}) AS name, any_value({names[1]}) AS country, any_value({names[2]}) AS kind, "
        "count(*) AS articles, sum(coalesce(n.claims, 0))::BIGINT AS claims "
        f"FROM articles a {join} "
        "LEFT JOIN (SELECT article_id, count(*) AS claims FROM claims GROUP BY article_id) n "
        "ON n.article_id = a.article_id GROUP BY 1 ORDER BY articles DESC, name",
    )


def articles(conn: Conn, s: Schema) -> list[Record]:
    """Every article without its text, for the outlet pages, newest first within an outlet."""
    return _records(
        conn,
        f"SELECT a.article_id, {_outlet_id(s)} AS outlet_id, coalesce(a.outlet, '?') AS outlet, a.title, a.url, "
        f"{s.col('a', 'articles', 'canonical_url')} AS canonical_url, a.published_date, "
        f"{s.col('a', 'articles', 'found_via')} AS found_via, "
        f"{s.col('a', 'articles', 'capture_url')} AS capture_url, "
        f"{s.col('a', 'articles', 'capture_time')} AS capture_time "
        "FROM articles a ORDER BY outlet_id, a.published_date DESC NULLS LAST, a.title, a.article_id",
    )


def claims(conn: Conn, s: Schema) -> list[Record]:
    """Every claim the questions use, with its article and where its span lies in its sentence.

    `span_offset` is the span's position inside `sentence`, found by locating
    the sentence in the article text just before the claim's offset (so the
    right one of two equal numbers in a sentence is marked); NULL when the
    sentence is not found there.
    """
    price_join = (
        "LEFT JOIN price_ranges r ON r.claim_id = c.claim_id" if s.has("price_ranges", "lo") else ""
    )
    lo = "r.lo" if price_join else "c.value"
    hi = "r.hi" if price_join else "c.value"
    return _records(
        conn,
        f"""
        WITH located AS (
            SELECT c.claim_id,
                   greatest(1, c.start_char + 1 - length(c.sentence)) AS base,
                   strpos(substr(a.text, greatest(1, c.start_char + 1 - length(c.sentence)),
                                 2 * length(c.sentence) + 1), c.sentence) AS pos
            FROM claims c JOIN articles a ON a.article_id = c.article_id
            WHERE c.sentence IS NOT NULL AND a.text IS NOT NULL
        )
        SELECT c.claim_id, c.article_id, c.type, c.value, c.currency, c.qualifier,
               {s.col('c', 'claims', 'moment', "'unspecified'")} AS moment,
               c.data_type, c.shared, c.stance, coalesce(c.scope, 'unspecified') AS scope,
               {lo} AS lo, {hi} AS hi,
               c.text, c.start_char, c.sentence,
               CASE WHEN l.pos > 0 THEN c.start_char - (l.base - 1 + l.pos - 1) END AS span_offset,
               {_outlet_id(s)} AS outlet_id, coalesce(a.outlet, '?') AS outlet, a.title, a.url,
               {s.col('a', 'articles', 'canonical_url')} AS canonical_url, a.published_date,
               {s.col('a', 'articles', 'capture_url')} AS capture_url,
               {s.col('a', 'articles', 'capture_time')} AS capture_time
        FROM claims c
        JOIN articles a ON a.article_id = c.article_id
        LEFT JOIN located l ON l.claim_id = c.claim_id
        {price_join}
        WHERE c.type IN ('price', 'opt_out', 'data_shared')
        ORDER BY a.published_date NULLS LAST, outlet, c.article_id, c.start_char, c.claim_id
        """,
        shared=True,
    )


def contradictions(conn: Conn, s: Schema) -> list[Record]:
    """The rows of the `contradictions` view in the agreed shape (docs/stages.md).

    Each row: question_id, question_type, subject, sides (list of dicts with
    side, label, low, high, currency, moments, n_outlets, outlet_ids, outlets,
    article_ids, claim_ids), consensus, explanation.
    """
    if s.has("contradictions", "sides"):
        rows = _records(
            conn,
            "SELECT question_id, question_type, subject, sides, consensus, explanation "
            "FROM contradictions ORDER BY question_type, subject NULLS FIRST",
        )
        for row in rows:
            row["sides"] = sorted(row["sides"], key=lambda side: side["side"])
        return rows
    if s.has("contradictions", "value_a"):
        return _pairs_as_sides(conn)
    return []


def _pairs_as_sides(conn: Conn) -> list[Record]:
    """The older pairwise `contradictions` view (one row per pair of values) regrouped per question.

    Only a re-shaping of the view's own rows: no claim is compared here. It
    goes once the warehouse's view in the agreed shape is on main.
    """
    rows = _records(
        conn,
        "SELECT question, value_a, value_b, outlets_a, outlets_b, articles_a, articles_b, claims_a, claims_b, "
        "price_a, price_b, currency FROM contradictions ORDER BY question, value_a, value_b",
    )
    questions: dict[str, Record] = {}
    for row in rows:
        qtype, _, subject = row["question"].partition(":")
        if qtype == "opt_out":
            subject = row["value_b"].partition("(")[2].rstrip(")") or "unspecified"
        qid = f"{qtype}:{subject}" if subject else qtype
        q = questions.setdefault(qid, {"question_id": qid, "question_type": qtype, "subject": subject or None,
                                       "sides": {}, "consensus": None, "explanation": None})
        for key in ("a", "b"):
            label = row[f"value_{key}"]
            if qtype == "opt_out":
                label = "possible" if key == "a" else "not_possible"
            elif qtype == "data_shared":
                label = "shared" if key == "a" else "not_shared"
            side = q["sides"].setdefault(label, {"label": label, "outlet_ids": set(), "outlets": set(),
                                                 "article_ids": set(), "claim_ids": set(), "moments": [],
                                                 "low": row.get(f"price_{key}"), "high": row.get(f"price_{key}"),
                                                 "currency": row.get("currency")})
            side["outlets"].update(row[f"outlets_{key}"])
            side["article_ids"].update(row[f"articles_{key}"])
            side["claim_ids"].update(row[f"claims_{key}"])
    out = []
    for q in questions.values():
        sides = sorted(q["sides"].values(), key=lambda side: (-len(side["outlets"]), side["label"]))
        for number, side in enumerate(sides, 1):
            side["side"] = number
            for key in ("outlets", "article_ids", "claim_ids"):
                side[key] = sorted(side[key])
            side["outlet_ids"] = side["outlets"]
            side["n_outlets"] = len(side["outlets"])
        q["sides"] = sides
        q["consensus"] = sides[0]["label"] if len(sides[0]["outlets"]) > len(sides[1]["outlets"]) else None
        out.append(q)
    return out


def coverage(conn: Conn, s: Schema) -> list[Record]:
    """Articles per outlet and month (the warehouse's `coverage` view where it exists)."""
    if s.has("coverage", "n_articles"):
        sql = ("SELECT outlet_id, month::DATE AS month, n_articles AS articles FROM coverage "
               "WHERE month IS NOT NULL ORDER BY outlet_id, month")
    else:
        sql = (f"SELECT {_outlet_id(s)} AS outlet_id, date_trunc('month', a.published_date)::DATE AS month, "
               "count(*) AS articles FROM articles a WHERE a.published_date IS NOT NULL "
               "GROUP BY ALL ORDER BY outlet_id, month")
    return _records(conn, sql)


def events(conn: Conn, s: Schema) -> list[Record]:
    """The key events (event_id, event_date, name) from the warehouse's `events` table; [] where it has none."""
    if not s.has("events", "event_date"):
        return []
    return _records(conn, "SELECT event_id, event_date, name FROM events ORDER BY event_date, event_id")
