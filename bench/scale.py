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


def write_copies(run_dir: Path, out_dir: Path, *, min_claims: int, min_articles: int) -> dict[str, int]:
    """Write out_dir/articles.jsonl and out_dir/claims.jsonl with enough copies of run_dir's records."""
    articles = [json.loads(line) for line in (run_dir / "articles.jsonl").open(encoding="utf-8") if line.strip()]
    claims_by_article: dict[str, list[dict[str, Any]]] = {}
    for line in (run_dir / "claims.jsonl").open(encoding="utf-8"):
        if line.strip():
            claim = json.loads(line)
            claims_by_article.setdefault(claim["article_id"], []).append(claim)
    per_copy = sum(len(v) for v in claims_by_article.values())
    if not articles or not per_copy:
        raise ValueError(f"{run_dir}: no articles or no claims to copy")
    copies = max(-(-min_claims // per_copy), -(-min_articles // len(articles)))
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
