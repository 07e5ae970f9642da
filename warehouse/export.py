"""Exports: Parquet partitioned by month of publication, and claims as schema.org ClaimReview JSON-LD."""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import duckdb

from warehouse.claim_schema import sql_string
from warehouse.db import connect, translate_error
from warehouse.errors import WarehouseError

MARKER = "_dealwatch_export.json"  # marks a directory as ours, so a re-export may replace it

#: Tables with a month of publication (from their article), written PARTITION_BY month.
BY_MONTH = {
    "articles": "SELECT a.*, coalesce(strftime(a.published_date, '%Y-%m'), 'unknown') AS month FROM articles a",
    "claims": "SELECT c.*, coalesce(strftime(a.published_date, '%Y-%m'), 'unknown') AS month "
              "FROM claims c LEFT JOIN articles a USING (article_id)",
}
#: Reference and bookkeeping tables, one file each.
WHOLE_TABLES = ("outlets", "runs", "events", "reference_rates", "deal_moments")


def export_parquet(db_path: Path, out_dir: Path) -> dict[str, int]:
    """Write the warehouse's tables as Parquet under `out_dir`; returns rows per table.

    articles and claims are partitioned by month of publication
    (`articles/month=2014-02/*.parquet`, `unknown` without a date), the
    reference tables are one file each (`outlets/outlets.parquet`). The export
    is built beside `out_dir` and moved into place, so a failed export leaves
    the old one; an existing directory is replaced only when an earlier export made it.
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or (any(out_dir.iterdir()) and not (out_dir / MARKER).is_file())):
        raise WarehouseError(f"{out_dir} exists and is not an earlier dealwatch export; choose another directory")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    counts: dict[str, int] = {}
    try:
        conn = connect(Path(db_path), read_only=True)
        try:
            for table, query in BY_MONTH.items():
                counts[table] = _count(conn, table)
                # COPY takes no parameters for its target: the path is quoted as a literal (quotes doubled).
                conn.execute(f"COPY ({query}) TO {sql_string(str(staging / table))} "
                             "(FORMAT parquet, PARTITION_BY (month), FILENAME_PATTERN 'part_{i}')")
            for table in WHOLE_TABLES:
                counts[table] = _count(conn, table)
                (staging / table).mkdir()
                conn.execute(f"COPY {table} TO {sql_string(str(staging / table / f'{table}.parquet'))} (FORMAT parquet)")
        except duckdb.Error as exc:
            raise translate_error(Path(db_path), exc) from None
        finally:
            conn.close()
        (staging / MARKER).write_text(json.dumps({"tables": counts}, indent=2) + "\n", encoding="utf-8")
        if out_dir.exists():
            shutil.rmtree(out_dir)
        os.replace(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return counts


def _count(conn: duckdb.DuckDBPyConnection, table: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]  # table names come from this module


_CLAIMREVIEW_SQL = """
SELECT c.claim_id, c.type::VARCHAR AS type, c.text, c.sentence, c.value, c.currency::VARCHAR AS currency,
       c.qualifier::VARCHAR AS qualifier, c.moment::VARCHAR AS moment, c.data_type::VARCHAR AS data_type,
       c.shared, c.stance::VARCHAR AS stance, c.scope::VARCHAR AS scope, c.year, c.extractor_version,
       a.url, a.title, a.published, a.outlet_id, coalesce(o.name, a.outlet, a.outlet_id) AS outlet,
       k.question_id, s.label AS side_label, d.consensus, d.explanation
FROM claims c
JOIN articles a USING (article_id)
LEFT JOIN outlets o ON o.outlet_id = a.outlet_id
LEFT JOIN contradiction_claims k ON k.claim_id = c.claim_id
LEFT JOIN contradiction_sides s ON s.question_id = k.question_id AND s.side = k.side
LEFT JOIN contradictions d ON d.question_id = k.question_id
ORDER BY a.published NULLS LAST, c.article_id, c.start_char, c.claim_id
"""


def claim_reviews(db_path: Path) -> dict[str, Any]:
    """The claims as one schema.org JSON-LD document: a ClaimReview per claim."""
    conn = connect(Path(db_path), read_only=True)
    try:
        cursor = conn.execute(_CLAIMREVIEW_SQL)
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r)) for r in cursor.fetchall()]
    except duckdb.Error as exc:
        raise translate_error(Path(db_path), exc) from None
    finally:
        conn.close()
    return {"@context": "https://schema.org", "@graph": [_review(r) for r in rows]}


def export_claimreview(db_path: Path, out_file: Path) -> int:
    """Write `claim_reviews` to `out_file` (atomically); returns the number of claims."""
    document = claim_reviews(db_path)
    out_file = Path(out_file)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_file.with_name(f".{out_file.name}.tmp")
    tmp.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, out_file)
    return len(document["@graph"])


def _review(row: dict[str, Any]) -> dict[str, Any]:
    """One ClaimReview: the claim (its sentence, outlet, date, appearance) and dealwatch's verdict on it."""
    claim: dict[str, Any] = {
        "@type": "Claim",
        "@id": f"urn:dealwatch:claim:{row['claim_id']}",
        "text": row["text"],
        "author": {"@type": "Organization", "name": row["outlet"], "identifier": row["outlet_id"]},
        "appearance": {"@type": "NewsArticle", "url": row["url"], "headline": row["title"]},
        "additionalProperty": [
            {"@type": "PropertyValue", "name": key, "value": row[key]}
            for key in ("type", "value", "currency", "qualifier", "moment", "data_type", "shared", "stance",
                        "scope", "year", "extractor_version")
            if row[key] is not None
        ],
    }
    if row["published"]:
        claim["datePublished"] = row["published"]
    return {
        "@type": "ClaimReview",
        "claimReviewed": row["sentence"] or row["text"],
        "itemReviewed": claim,
        "author": {"@type": "Organization", "name": "dealwatch"},
        "reviewRating": {"@type": "Rating", "alternateName": _verdict(row)},
        "url": row["url"],
    }


def _verdict(row: dict[str, Any]) -> str:
    """Where the claim stands among the outlets: undisputed, the consensus, or a disputed minority."""
    if row["question_id"] is None or row["consensus"] is None:
        return "undisputed"
    if row["explanation"]:
        return f"differs, explained by {row['explanation']}"
    return "consensus" if row["side_label"] == row["consensus"] else f"disputed (consensus: {row['consensus']})"
