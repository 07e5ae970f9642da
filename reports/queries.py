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


def outlet_id_sql(s: Schema, alias: str = "a") -> str:
    """The SQL of an article's outlet id (its host name in a warehouse from before outlet ids)."""
    return s.col(alias, "articles", "outlet_id", f"coalesce({alias}.outlet, '?')")


def summary(conn: Conn, s: Schema) -> Record:
    """Articles, outlets, claims, time span of publication and when the data was last loaded."""
    if not s.has("articles"):
        return {"articles": 0, "outlets": 0, "claims": 0, "first": None, "last": None, "updated": None}
    row = _records(
        conn,
        f"SELECT count(*) AS articles, count(DISTINCT {outlet_id_sql(s)}) AS outlets, "
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
        f"SELECT {outlet_id_sql(s)} AS outlet_id, coalesce(any_value({names[0]}), any_value(a.outlet), "
        f"{outlet_id_sql(s)}) AS name, any_value({names[1]}) AS country, any_value({names[2]}) AS kind, "
        "count(*) AS articles, sum(coalesce(n.claims, 0))::BIGINT AS claims "
        f"FROM articles a {join} "
        "LEFT JOIN (SELECT article_id, count(*) AS claims FROM claims GROUP BY article_id) n "
        "ON n.article_id = a.article_id GROUP BY 1 ORDER BY articles DESC, name",
    )


def articles(conn: Conn, s: Schema) -> list[Record]:
    """Every article without its text, for the outlet pages, newest first within an outlet."""
    return _records(
        conn,
        f"SELECT a.article_id, {outlet_id_sql(s)} AS outlet_id, coalesce(a.outlet, '?') AS outlet, a.title, a.url, "
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
               {outlet_id_sql(s)} AS outlet_id, coalesce(a.outlet, '?') AS outlet, a.title, a.url,
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
        sql = (f"SELECT {outlet_id_sql(s)} AS outlet_id, date_trunc('month', a.published_date)::DATE AS month, "
               "count(*) AS articles FROM articles a WHERE a.published_date IS NOT NULL "
               "GROUP BY ALL ORDER BY outlet_id, month")
    return _records(conn, sql)


def events(conn: Conn, s: Schema) -> list[Record]:
    """The key events (event_id, event_date, name) from the warehouse's `events` table; [] where it has none."""
    if not s.has("events", "event_date"):
        return []
    return _records(conn, "SELECT event_id, event_date, name FROM events ORDER BY event_date, event_id")


# ------------------------------------------------------------------ the claims, a page at a time
#
# The site lists every claim (on its question's pages and its outlet's pages), so it must never hold
# them all: at 100,000 articles that is 460,000 claims. The queries below read what a page shows, in
# the pages' order, as cursors the builder reads 50 rows at a time, and everything else (answers,
# chart inputs) as aggregates. `prepare` makes two small temporary tables on the read-only connection:
# the outlets' display names and each claim's reading position (`pos`).

ORDER_TABLE = "report_order"  # claim_id -> pos: the order the site lists claims in (date, outlet, article, offset)
NAMES_TABLE = "report_outlet_names"
UNSPECIFIED = "'unspecified'"  # the moment of a claim from a warehouse without moments  # outlet_id -> name, as `outlets()` names them


def question_id_sql(alias: str = "c") -> str:
    """The SQL of a claim's question id (`price`, `opt_out:<scope>`, `data_shared:<data_type>`)."""
    return (f"CASE {alias}.type WHEN 'price' THEN 'price' "
            f"WHEN 'opt_out' THEN 'opt_out:' || coalesce(CAST({alias}.scope AS VARCHAR), 'unspecified') "
            f"ELSE 'data_shared:' || CAST({alias}.data_type AS VARCHAR) END")


def prepare(conn: Conn, s: Schema, outlet_rows: list[Record]) -> None:
    """The temporary tables the claim queries join: outlet names and every question claim's position."""
    conn.execute(f"CREATE OR REPLACE TEMP TABLE {NAMES_TABLE} (outlet_id VARCHAR, name VARCHAR)")
    if outlet_rows:
        conn.executemany(f"INSERT INTO {NAMES_TABLE} VALUES (?, ?)", [[o["outlet_id"], o["name"]] for o in outlet_rows])
    conn.execute(
        f"CREATE OR REPLACE TEMP TABLE {ORDER_TABLE} AS SELECT c.claim_id, row_number() OVER ("
        "ORDER BY a.published_date NULLS LAST, coalesce(a.outlet, '?'), c.article_id, c.start_char, c.claim_id) AS pos "
        "FROM claims c JOIN articles a ON a.article_id = c.article_id "
        "WHERE c.type IN ('price', 'opt_out', 'data_shared')"
    )


def _claim_columns(s: Schema) -> str:
    """The columns of a question claim as the site shows it (no article text: see `span_offset`)."""
    return (
        "c.claim_id, c.article_id, CAST(c.type AS VARCHAR) AS type, c.value, CAST(c.currency AS VARCHAR) AS currency, "
        "CAST(c.qualifier AS VARCHAR) AS qualifier, "
        f"CAST({s.col('c', 'claims', 'moment', UNSPECIFIED)} AS VARCHAR) AS moment, "
        "CAST(c.data_type AS VARCHAR) AS data_type, c.shared, CAST(c.stance AS VARCHAR) AS stance, "
        "coalesce(CAST(c.scope AS VARCHAR), 'unspecified') AS scope, "
        f"{'r.lo' if s.has('price_ranges', 'lo') else 'c.value'} AS lo, "
        f"{'r.hi' if s.has('price_ranges', 'lo') else 'c.value'} AS hi, "
        "c.text, c.start_char, c.sentence, "
        f"{outlet_id_sql(s)} AS outlet_id, coalesce(n.name, a.outlet, '?') AS outlet, a.title, a.url, "
        f"{s.col('a', 'articles', 'canonical_url')} AS canonical_url, a.published_date, "
        f"{s.col('a', 'articles', 'found_via')} AS found_via, "
        f"{s.col('a', 'articles', 'capture_url')} AS capture_url, "
        f"{s.col('a', 'articles', 'capture_time')} AS capture_time, "
        f"{question_id_sql()} AS question_id, o.pos"
    )


def _claim_joins(s: Schema) -> str:
    price = "LEFT JOIN price_ranges r ON r.claim_id = c.claim_id" if s.has("price_ranges", "lo") else ""
    return (f"FROM claims c JOIN articles a ON a.article_id = c.article_id "
            f"JOIN {ORDER_TABLE} o ON o.claim_id = c.claim_id "
            f"LEFT JOIN {NAMES_TABLE} n ON n.outlet_id = {outlet_id_sql(s)} {price}")


def question_claims(conn: Conn, s: Schema, question_id: str) -> duckdb.DuckDBPyConnection:
    """A cursor over the question's claims in the order its pages list them: dated first, by date, outlet name."""
    return conn.execute(
        f"SELECT {_claim_columns(s)} {_claim_joins(s)} WHERE {question_id_sql()} = ? "
        "ORDER BY a.published_date IS NULL, a.published_date, outlet, o.pos",
        [question_id],
    )


def claims_by_id(conn: Conn, s: Schema, claim_ids: list[str]) -> dict[str, Record]:
    """The question claims with these ids (a few: the quotes shown beside each answer), by id."""
    if not claim_ids:
        return {}
    marks = ", ".join("?" * len(claim_ids))
    return {r["claim_id"]: r for r in _records(
        conn, f"SELECT {_claim_columns(s)} {_claim_joins(s)} WHERE c.claim_id IN ({marks})", list(claim_ids))}


def outlet_items(conn: Conn, s: Schema, outlet_id: str) -> duckdb.DuckDBPyConnection:
    """A cursor over one outlet's articles (articles with claims first, each group newest first), each
    article's question claims after it in reading order: one row per claim, or one for an article without."""
    claim_cols = _claim_columns(s)
    return conn.execute(
        f"""
        WITH art AS (
            SELECT a.article_id, a.title, a.url, {s.col('a', 'articles', 'canonical_url')} AS canonical_url,
                   a.published_date, {s.col('a', 'articles', 'found_via')} AS found_via,
                   {s.col('a', 'articles', 'capture_url')} AS capture_url,
                   {s.col('a', 'articles', 'capture_time')} AS capture_time
            FROM articles a WHERE {outlet_id_sql(s)} = ?
        ), qc AS (
            SELECT {claim_cols} {_claim_joins(s)} WHERE {outlet_id_sql(s)} = ?
        )
        SELECT art.*, qc.claim_id IS NOT NULL AS has_claim,
               max(qc.claim_id IS NOT NULL) OVER (PARTITION BY art.article_id) AS with_claims,
               qc.* EXCLUDE (article_id, title, url, canonical_url, published_date, found_via, capture_url,
                             capture_time)
        FROM art LEFT JOIN qc ON qc.article_id = art.article_id
        ORDER BY with_claims DESC, art.published_date DESC NULLS LAST, art.title, art.article_id, qc.pos
        """,
        [outlet_id, outlet_id],
    )


def answer_groups(conn: Conn, s: Schema, where: str, params: list[Any], by: str, first: int) -> list[Record]:
    """Question claims grouped by `by` (question_id and the answer's key): how many, from which outlets,
    where the group first appears (`first_pos`) and the ids of its first `first` claims in reading order."""
    return _records(
        conn,
        f"SELECT {by}, count(*) AS n, min(o.pos) AS first_pos, arg_min(c.value, o.pos) AS value, "
        f"arg_min(CAST(c.currency AS VARCHAR), o.pos) AS currency, "
        f"list(DISTINCT {outlet_id_sql(s)}) AS outlet_ids, "
        f"list(c.claim_id ORDER BY o.pos)[1:{int(first)}] AS first_ids "
        f"FROM claims c JOIN articles a ON a.article_id = c.article_id JOIN {ORDER_TABLE} o ON o.claim_id = c.claim_id "
        f"WHERE {where} GROUP BY ALL ORDER BY first_pos",
        params,
    )


def answer_key(question_type: str) -> str:
    """The SQL of the claim field that is a question type's answer (price: amount and currency)."""
    return {"price": "c.value AS value_key, CAST(c.currency AS VARCHAR) AS currency_key",
            "opt_out": "CAST(c.stance AS VARCHAR) AS stance", "data_shared": "c.shared"}[question_type]


def question_counts(conn: Conn) -> dict[str, int]:
    """Claims per question."""
    return dict(conn.execute(
        f"SELECT {question_id_sql()}, count(*) FROM claims c JOIN {ORDER_TABLE} o ON o.claim_id = c.claim_id GROUP BY 1"
    ).fetchall())


def disputed_sides(conn: Conn, s: Schema) -> list[Record]:
    """The `contradictions` rows with each side's claims counted and only its first `QUOTE_IDS` claim ids."""
    if not s.has("contradictions", "sides"):
        return contradictions(conn, s)
    rows = _records(
        conn,
        "SELECT question_id, question_type, subject, consensus, explanation, "
        "list_transform(sides, x -> {'side': x.side, 'label': x.label, 'low': x.low, 'high': x.high, "
        "'currency': x.currency, 'moments': x.moments, 'outlet_ids': x.outlet_ids, 'outlets': x.outlets, "
        f"'n_claims': len(x.claim_ids), 'claim_ids': x.claim_ids[1:{QUOTE_IDS}]}}) AS sides "
        "FROM contradictions ORDER BY question_type, subject NULLS FIRST",
    )
    for row in rows:
        row["sides"] = sorted(row["sides"], key=lambda side: side["side"])
    return rows


QUOTE_IDS = 10  # claim ids read per side: the most any page quotes (reports.site.QUOTES_PER_SIDE)


def price_points(conn: Conn, s: Schema) -> tuple[list[tuple[str | None, int]], list[tuple[Any, int]], Any]:
    """What the price chart draws, every price claim with a value but none held: (currencies with their claim
    counts, the table's groups (currency, value, qualifier, moment, lo, hi) with their counts in order of first
    appearance, a cursor over the claims (currency, value, qualifier, moment, lo, hi) in the order the chart
    stacks them: by currency, the width of the range, value, moment)."""
    lo = "r.lo" if s.has("price_ranges", "lo") else "c.value"
    hi = "r.hi" if s.has("price_ranges", "lo") else "c.value"
    price = "LEFT JOIN price_ranges r ON r.claim_id = c.claim_id" if s.has("price_ranges", "lo") else ""
    moment = f"CAST({s.col('c', 'claims', 'moment', UNSPECIFIED)} AS VARCHAR)"
    moment = f"CASE WHEN {moment} IN ('announced', 'closing') THEN {moment} ELSE 'unspecified' END"
    base = f"FROM claims c JOIN {ORDER_TABLE} o ON o.claim_id = c.claim_id {price} WHERE c.type = 'price' AND c.value IS NOT NULL"
    currencies = conn.execute(f"SELECT CAST(c.currency AS VARCHAR), count(*) {base} GROUP BY 1").fetchall()
    groups = [((currency, value, qualifier or "exact", m, glo, ghi), n) for currency, value, qualifier, m, glo, ghi, n
              in conn.execute(f"SELECT CAST(c.currency AS VARCHAR), c.value, CAST(c.qualifier AS VARCHAR), {moment}, "
                              f"{lo}, {hi}, count(*) {base} GROUP BY ALL ORDER BY min(o.pos)").fetchall()]
    cursor = conn.execute(
        f"SELECT CAST(c.currency AS VARCHAR) AS currency, c.value, CAST(c.qualifier AS VARCHAR) AS qualifier, "
        f"{moment} AS moment, {lo} AS lo, {hi} AS hi {base} "
        f"ORDER BY currency, coalesce({hi}, c.value) / 1e9 - coalesce({lo}, c.value) / 1e9, c.value, moment, o.pos"
    )
    return currencies, groups, cursor


def timeline_counts(conn: Conn, s: Schema, where: str, params: list[Any], yes: str) -> list[Record]:
    """Dated question claims counted per day, outlet, answer (`yes`: SQL of a boolean) and scope, in order of
    first appearance."""
    return _records(
        conn,
        f"SELECT a.published_date, coalesce(n.name, a.outlet, '?') AS outlet, {yes} AS yes, "
        "coalesce(CAST(c.scope AS VARCHAR), 'unspecified') AS scope, count(*) AS n, min(o.pos) AS first_pos "
        f"FROM claims c JOIN articles a ON a.article_id = c.article_id JOIN {ORDER_TABLE} o ON o.claim_id = c.claim_id "
        f"LEFT JOIN {NAMES_TABLE} n ON n.outlet_id = {outlet_id_sql(s)} "
        f"WHERE a.published_date IS NOT NULL AND {where} GROUP BY ALL ORDER BY first_pos",
        params,
    )


def last_answers(conn: Conn, where: str, params: list[Any], yes: str, key: str) -> dict[bool, Any]:
    """For each answer (`yes`), the answer key (`key`: SQL) of its last claim in reading order."""
    return {bool(y): k for y, k in conn.execute(
        f"SELECT {yes} AS yes, arg_max({key}, o.pos) FROM claims c JOIN {ORDER_TABLE} o ON o.claim_id = c.claim_id "
        f"WHERE {where} GROUP BY 1", params).fetchall()}


def matrix_cells(conn: Conn, s: Schema) -> list[Record]:
    """Which outlet said which data type is (or is not) shared: distinct (outlet, data_type, shared)."""
    return _records(
        conn,
        f"SELECT DISTINCT coalesce(n.name, a.outlet, '?') AS outlet, CAST(c.data_type AS VARCHAR) AS data_type, c.shared "
        "FROM claims c JOIN articles a ON a.article_id = c.article_id "
        f"LEFT JOIN {NAMES_TABLE} n ON n.outlet_id = {outlet_id_sql(s)} WHERE c.type = 'data_shared'",
    )


def article_text(conn: Conn, article_id: str) -> str | None:
    """One article's text (for the rare claim whose span occurs twice in its sentence)."""
    row = conn.execute("SELECT text FROM articles WHERE article_id = ?", [article_id]).fetchone()
    return row[0] if row else None
