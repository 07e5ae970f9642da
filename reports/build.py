"""Building the self-contained HTML report (index.html) from the warehouse."""
from __future__ import annotations

import base64
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb
from jinja2 import Environment, PackageLoader, select_autoescape

from reports import charts, queries
from warehouse.db import connect, translate_error

REPORT_FILE = "index.html"


def build_report(db_path: Path, out_dir: Path) -> Path:
    """Write `out_dir/index.html` from the warehouse at `db_path`; returns its path.

    The warehouse is opened read-only (a missing one gives the "no data yet"
    page, it is not created). The page embeds its charts as data: URIs, so it
    is one self-contained file; it replaces the old one atomically.
    """
    context = report_context(Path(db_path))
    html = _environment().get_template("index.html.j2").render(**context)
    return write_atomic(Path(out_dir) / REPORT_FILE, html)


def report_context(db_path: Path) -> dict[str, Any]:
    """Everything the template shows, read from the warehouse (empty when it does not exist)."""
    context: dict[str, Any] = {
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "db_name": db_path.name,
        "totals": {"articles": 0, "claims": 0, "runs": 0, "contradictions": 0},
        "runs": [], "contradictions": [], "charts": [], "articles": [],
    }
    if not db_path.is_file():
        return context
    conn = connect(db_path, read_only=True)
    try:
        context.update(_read(conn))
    except duckdb.Error as exc:
        raise translate_error(db_path, exc) from None
    finally:
        conn.close()
    return context


def _read(conn: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    rows = queries.contradictions(conn)
    ids = [a for r in rows for a in r["articles_a"] + r["articles_b"]]
    known = queries.articles_by_id(conn, ids)
    for row in rows:
        row["side_a"] = [_link(known.get(a, {"article_id": a})) for a in row["articles_a"]]
        row["side_b"] = [_link(known.get(a, {"article_id": a})) for a in row["articles_b"]]
    articles = queries.articles_with_claims(conn)
    for article in articles:
        article.update(_link(article))
        for claim in article["claims"]:
            claim["before"], claim["span"], claim["after"] = split_sentence(claim, article.get("text"))
            claim["summary"] = claim_summary(claim)
    return {
        "totals": queries.totals(conn),
        "runs": queries.recent_runs(conn),
        "contradictions": rows,
        "charts": [_chart_view(c) for c in _charts(conn)],
        "articles": articles,
    }


def _charts(conn: duckdb.DuckDBPyConnection) -> list[charts.Chart]:
    """The charts that have data to show."""
    out = []
    if points := queries.price_points(conn):
        out.append(charts.price_chart(points))
    if stances := queries.opt_out_stances(conn):
        out.append(charts.opt_out_chart(stances))
    if marks := queries.data_shared_marks(conn):
        out.append(charts.data_shared_chart(marks))
    return out


def _chart_view(chart: charts.Chart) -> dict[str, str]:
    encoded = base64.b64encode(chart.png).decode("ascii")
    return {"title": chart.title, "alt": chart.alt, "src": f"data:image/png;base64,{encoded}"}


def safe_url(url: str | None) -> str | None:
    """`url` when it is an http(s) URL with a host, else None (never link javascript:, data:, ...)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _link(article: dict[str, Any]) -> dict[str, Any]:
    """What the template needs to show an article: outlet, title, and href only when safe."""
    return {
        "article_id": article.get("article_id"),
        "outlet": article.get("outlet") or "?",
        "title": article.get("title") or "(untitled)",
        "url": article.get("url"),
        "href": safe_url(article.get("url")),
    }


def split_sentence(claim: dict[str, Any], article_text: str | None) -> tuple[str, str, str]:
    """The claim's sentence as (before, span, after) so the span can be marked.

    The span is located by the claim's offsets where the sentence can be found
    in the article text around them, else by the first occurrence of the claim
    text in the sentence; when neither works the whole sentence is `before`.
    """
    sentence = claim.get("sentence") or claim.get("text") or ""
    span = claim.get("text") or ""
    start = claim.get("start_char")
    if article_text and span and start is not None:
        pos = article_text.find(sentence, max(0, start - len(sentence)))
        while pos != -1 and pos <= start:
            offset = start - pos
            if sentence[offset:offset + len(span)] == span:
                return sentence[:offset], span, sentence[offset + len(span):]
            pos = article_text.find(sentence, pos + 1)
    offset = sentence.find(span) if span else -1
    if offset == -1:
        return sentence, "", ""
    return sentence[:offset], span, sentence[offset + len(span):]


def claim_summary(claim: dict[str, Any]) -> str:
    """The claim's normalised fields in a few words, e.g. '19 bn USD (exact)'."""
    kind = claim.get("type")
    if kind == "price":
        value = claim.get("value")
        amount = "?" if value is None else f"{value / 1e9:g} bn"
        return f"{amount} {claim.get('currency') or '(no currency)'} ({claim.get('qualifier') or 'exact'})"
    if kind == "data_shared":
        shared = {True: "shared", False: "not shared"}.get(claim.get("shared"), "?")
        return f"{claim.get('data_type') or '?'}: {shared}"
    if kind == "opt_out":
        return f"{claim.get('stance') or '?'} ({claim.get('scope') or 'unspecified'})"
    if kind == "acquisition_year":
        return str(claim.get("year") or "?")
    return ""


def write_atomic(path: Path, text: str) -> Path:
    """Write `text` to `path` via a temporary file in the same directory and os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return path


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
