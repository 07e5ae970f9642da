"""A warehouse-sized staged input made from a real run: its articles and claims copied under new ids.

The load target speaks of one million claims and the contradictions target of
100,000 articles; extracting that many in a benchmark run would take the whole
budget, so the claims a real run extracted are copied (each copy a new article
URL, hence new article and claim ids, same texts, values, outlets and dates).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any


def _sha16(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


#: Stand-ins for the values each copy changes, serialised once per record (`_template`): JSON writes the
#: NUL as "\\u0000", which no serialised field of a real record holds right after its opening quote.
_SLOT = "\x00dealwatch-copy-{}\x00"


def _template(record: dict[str, Any], slots: tuple[str, ...]) -> tuple[list[bytes], list[str]] | None:
    """`json.dumps(record)` (ensure_ascii off) cut where the values of the fields `slots` go: (the UTF-8
    bytes between them, the slot of each cut in order), so a copy is a join of bytes, not a new
    serialisation and encoding of the whole record (an article's text is most of it). None when a
    slot's stand-in is not found exactly once per slot field: the caller serialises the record itself."""
    text = json.dumps({**record, **{name: _SLOT.format(name) for name in slots}}, ensure_ascii=False)
    marks = {json.dumps(_SLOT.format(name)): name for name in slots}
    parts: list[bytes] = []
    order: list[str] = []
    rest = text
    while True:
        found = [(rest.find(mark), mark) for mark in marks if rest.find(mark) >= 0]
        if not found:
            break
        at, mark = min(found)
        parts.append(rest[:at].encode("utf-8"))
        order.append(marks[mark])
        rest = rest[at + len(mark):]
    parts.append(rest.encode("utf-8"))
    return (parts, order) if sorted(order) == sorted(slots) else None


def _fill(template: tuple[list[bytes], list[str]], values: dict[str, bytes]) -> bytes:
    """The serialised record of `_template` with `values` (JSON-serialised, UTF-8) in its slots, and a line end."""
    parts, order = template
    out = [parts[0]]
    for name, part in zip(order, parts[1:]):
        out.append(values[name])
        out.append(part)
    out.append(b"\n")
    return b"".join(out)


def _run_records(run_dir: Path) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]], int]:
    """run_dir's articles, its claims by article id, and the number of claims (one copy's); ValueError when either
    is empty."""
    articles = [json.loads(line) for line in (run_dir / "articles.jsonl").open(encoding="utf-8") if line.strip()]
    claims_by_article: dict[str, list[dict[str, Any]]] = {}
    for line in (run_dir / "claims.jsonl").open(encoding="utf-8"):
        if line.strip():
            claim = json.loads(line)
            claims_by_article.setdefault(claim["article_id"], []).append(claim)
    per_copy = sum(len(v) for v in claims_by_article.values())
    if not articles or not per_copy:
        raise ValueError(f"{run_dir}: no articles or no claims to copy")
    return articles, claims_by_article, per_copy


def _copies_needed(per_copy: int, articles: int, *, min_claims: int, min_articles: int) -> int:
    """How many copies of a run give at least `min_claims` claims and `min_articles` articles (ceiling divisions)."""
    return max(-(-min_claims // per_copy), -(-min_articles // articles))


def write_copies(run_dir: Path, out_dir: Path, *, min_claims: int, min_articles: int) -> dict[str, int]:
    """Write out_dir/articles.jsonl and out_dir/claims.jsonl with enough copies of run_dir's records.

    The same bytes as serialising every copied record (`_write_copies_plain`), made from one serialised
    template per record (`_template`): 23.2 -> 8.8 CPU seconds for the million claims of a QUICK run
    (session 17, speed24), outside every timing but inside the run's wall time."""
    articles, claims_by_article, per_copy = _run_records(run_dir)
    article_templates = [_template(a, ("article_id", "url", "canonical_url")) for a in articles]
    claim_templates = {article_id: [(_template(c, ("article_id", "claim_id")),
                                     f"|{c['type']}|{c['start']}|{c['end']}|{c['extractor_version']}")
                                    for c in claims]
                       for article_id, claims in claims_by_article.items()}
    if any(t is None for t in article_templates) or any(t is None for ts in claim_templates.values() for t, _ in ts):
        return _write_copies_plain(run_dir, out_dir, min_claims=min_claims, min_articles=min_articles)
    copies = _copies_needed(per_copy, len(articles), min_claims=min_claims, min_articles=min_articles)
    out_dir.mkdir(parents=True, exist_ok=True)
    n_articles = n_claims = 0
    with (out_dir / "articles.jsonl").open("wb") as fa, (out_dir / "claims.jsonl").open("wb") as fc:
        for copy in range(copies):
            article_lines: list[bytes] = []
            claim_lines: list[bytes] = []
            for article, template in zip(articles, article_templates):
                url = article["canonical_url"].replace(".html", f"-kopie{copy}.html")
                new_id = _sha16(url)
                quoted_url = json.dumps(url, ensure_ascii=False).encode("utf-8")
                quoted_id = b'"' + new_id.encode("ascii") + b'"'  # (hexadecimal: nothing to escape)
                article_lines.append(_fill(template, {"article_id": quoted_id, "url": quoted_url,  # type: ignore[arg-type]
                                                      "canonical_url": quoted_url}))
                for claim_template, key_rest in claim_templates.get(article["article_id"], []):
                    claim_id = b'"' + _sha16(new_id + key_rest).encode("ascii") + b'"'
                    claim_lines.append(_fill(claim_template, {"article_id": quoted_id, "claim_id": claim_id}))  # type: ignore[arg-type]
            fa.writelines(article_lines)
            fc.writelines(claim_lines)
            n_articles += len(article_lines)
            n_claims += len(claim_lines)
    return {"copies": copies, "articles": n_articles, "claims": n_claims}


def _write_copies_plain(run_dir: Path, out_dir: Path, *, min_claims: int, min_articles: int) -> dict[str, int]:
    """`write_copies` serialising every copied record anew (the reference its templates are tested against)."""
    articles, claims_by_article, per_copy = _run_records(run_dir)
    copies = _copies_needed(per_copy, len(articles), min_claims=min_claims, min_articles=min_articles)
    out_dir.mkdir(parents=True, exist_ok=True)
    n_articles = n_claims = 0
    with (out_dir / "articles.jsonl").open("w", encoding="utf-8") as fa, \
            (out_dir / "claims.jsonl").open("w", encoding="utf-8") as fc:
        for copy in range(copies):
            for article in articles:
                url = article["canonical_url"].replace(".html", f"-kopie{copy}.html")
                new_id = _sha16(url)
                fa.write(json.dumps({**article, "article_id": new_id, "url": url, "canonical_url": url},
                                    ensure_ascii=False) + "\n")
                n_articles += 1
                for claim in claims_by_article.get(article["article_id"], []):
                    key = f"{new_id}|{claim['type']}|{claim['start']}|{claim['end']}|{claim['extractor_version']}"
                    fc.write(json.dumps({**claim, "article_id": new_id, "claim_id": _sha16(key)},
                                        ensure_ascii=False) + "\n")
                    n_claims += 1
    return {"copies": copies, "articles": n_articles, "claims": n_claims}
