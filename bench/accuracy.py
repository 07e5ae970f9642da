"""Extraction accuracy on the generated corpus, scored the way `make eval` scores (models.evaluate)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from models.evaluate import SCORED_TYPES, Score, gold_sets, predicted_sets
from pipelines.atomic import read_jsonl


def _read(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines file, one at a time (100,000 articles' texts do not fit twice); none if absent."""
    return read_jsonl(path) if path.is_file() else iter(())


def _key(url: str) -> str:
    """Host-free path: the generated pages' canonical URLs and served URLs share it."""
    return urlsplit(url or "").path


def score_run(gold: Iterable[dict[str, Any]], articles_jsonl: Path, claims_jsonl: Path) -> dict[str, Any]:
    """Claim scores per type on the articles the run kept, plus how well the parse stage did.

    Articles are matched to gold by their canonical URL's path. A gold article the
    run did not keep counts as misses for its claims (it was lost before extraction).
    """
    # Only what scoring needs is kept per article: its id, title and date, and its claims as scored sets.
    by_key = {_key(a.get("canonical_url") or a.get("url")): {k: a.get(k) for k in ("article_id", "title", "published")}
              for a in _read(articles_jsonl)}
    sets_by_article: dict[str, dict[str, set[Any]]] = {}
    for claim in _read(claims_jsonl):
        got = predicted_sets([claim])
        mine = sets_by_article.setdefault(claim["article_id"], {name: set() for name in got})
        for name, values in got.items():
            mine[name] |= values
    scores = {name: Score() for name in SCORED_TYPES}
    kept_on_topic = lost_on_topic = kept_off_topic = titles_ok = dates_ok = 0
    for record in gold:
        article = by_key.get(record["path"])
        if not record["on_topic"]:
            kept_off_topic += article is not None
            continue
        if article is None:
            lost_on_topic += 1
            got = predicted_sets([])
        else:
            kept_on_topic += 1
            titles_ok += (article.get("title") or "").strip() == record["title"]
            dates_ok += str(article.get("published") or "")[:10] == record["published"]
            got = sets_by_article.get(article["article_id"]) or predicted_sets([])
        want = gold_sets(record["gold"])
        for name in SCORED_TYPES:
            scores[name].add(want[name], got[name])
    # opt_out_stance stays out of the overall figure (as it always has): opt_out already counts each stance, with its scope.
    overall = Score.pooled(s for n, s in scores.items() if n != "opt_out_stance")
    on_topic = kept_on_topic + lost_on_topic
    return {
        "claims": {name: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                          "tp": s.true_positives, "fp": s.false_positives, "fn": s.false_negatives}
                   for name, s in scores.items()},
        "overall_f1": round(overall.f1, 4),
        "false_prices": scores["price"].false_positives,
        "parse": {"on_topic_pages": on_topic, "kept": kept_on_topic, "lost": lost_on_topic,
                  "off_topic_kept": kept_off_topic,
                  "title_exact": round(titles_ok / kept_on_topic, 4) if kept_on_topic else None,
                  "date_exact": round(dates_ok / kept_on_topic, 4) if kept_on_topic else None},
    }
