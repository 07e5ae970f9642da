"""Score page extraction on HTML fixtures with expected JSON: body token F1, title exact match, date match.

`python -m spiders.page_quality [DIR]` scores dealwatch's extractor and
trafilatura alone on the same pages (DIR defaults to tests/fixtures/pages:
NAME.html + NAME.json with url, title, published, text).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

PAGES_DIR = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pages"
Extractor = Callable[[str, str], dict[str, Any]]


def tokens(text: str) -> Counter[str]:
    """Word tokens, case-folded, as a multiset."""
    return Counter(re.findall(r"\w+", (text or "").casefold()))


def token_f1(predicted: str, gold: str) -> float:
    """F1 of the word-token multisets (1.0 when both are empty)."""
    p, g = tokens(predicted), tokens(gold)
    if not p and not g:
        return 1.0
    common = sum((p & g).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def load_pages(directory: Path = PAGES_DIR) -> list[tuple[str, str, dict[str, Any]]]:
    """(name, html, expected) for every NAME.html with a NAME.json next to it."""
    pages = []
    for html_file in sorted(Path(directory).glob("*.html")):
        expected_file = html_file.with_suffix(".json")
        if expected_file.is_file():
            pages.append((html_file.stem, html_file.read_text(encoding="utf-8"),
                          json.loads(expected_file.read_text(encoding="utf-8"))))
    return pages


def dealwatch_extractor(html: str, url: str) -> dict[str, Any]:
    """dealwatch's page extraction (the parse stage's path)."""
    from spiders.extract import extract_article

    record = extract_article(html, url, source=url, fetched_at="")
    return dict(record) if record else {"title": "", "published": None, "text": ""}


def trafilatura_alone(html: str, url: str) -> dict[str, Any]:
    """trafilatura's own title, date and text, nothing else."""
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False)
    data = document.as_dict() if document is not None and hasattr(document, "as_dict") else (document or {})
    return {"title": data.get("title") or "", "published": data.get("date"), "text": data.get("text") or ""}


def score(extractor: Extractor, pages: list[tuple[str, str, dict[str, Any]]]) -> dict[str, Any]:
    """Mean body F1, share of exact titles and of right dates (day), plus per-page rows."""
    rows = []
    for name, html, expected in pages:
        got = extractor(html, expected["url"])
        rows.append({
            "page": name,
            "body_f1": round(token_f1(got.get("text") or "", expected["text"]), 4),
            "title_ok": (got.get("title") or "").strip() == expected["title"],
            "date_ok": (got.get("published") or "")[:10] == (expected.get("published") or ""),
            "title": got.get("title"), "published": got.get("published"),
        })
    n = len(rows) or 1
    return {"pages": len(rows), "body_f1": round(sum(r["body_f1"] for r in rows) / n, 4),
            "title_exact": round(sum(r["title_ok"] for r in rows) / n, 4),
            "date": round(sum(r["date_ok"] for r in rows) / n, 4), "rows": rows}


def main(argv: list[str] | None = None) -> int:
    """Print the scores of both extractors; --verbose adds a line per page."""
    parser = argparse.ArgumentParser(prog="python -m spiders.page_quality", description=__doc__)
    parser.add_argument("directory", nargs="?", type=Path, default=PAGES_DIR)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    pages = load_pages(args.directory)
    if not pages:
        print(f"no NAME.html + NAME.json pairs in {args.directory}", file=sys.stderr)
        return 2
    for label, extractor in (("trafilatura alone", trafilatura_alone), ("dealwatch", dealwatch_extractor)):
        result = score(extractor, pages)
        print(f"{label:<18} pages {result['pages']}  body F1 {result['body_f1']:.3f}  "
              f"title exact {result['title_exact']:.3f}  date {result['date']:.3f}")
        if args.verbose:
            for row in result["rows"]:
                print(f"   {row['page']:<28} F1 {row['body_f1']:.3f} title {'ok ' if row['title_ok'] else 'BAD'} "
                      f"{row['title']!r:.60} date {'ok ' if row['date_ok'] else 'BAD'} {row['published']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
