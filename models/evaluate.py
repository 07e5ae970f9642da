"""Score the extractor against gold annotations (`make eval`).

Two sets:

- `dev`: the development set from the shared folder (`$DEALWATCH_SHARED`,
  else `../shared` next to the repository): `seeds/gold.jsonl` (texts in
  `seeds/<file>`) and `corpus/dev.jsonl` (texts inline). Those are
  third-party texts: they are read from there, never copied into the repository.
- `heldout`: `models/heldout/own.jsonl`, short texts the team wrote itself
  and annotated without looking at the extractor: a check that the
  extractor handles German, not just the development sentences. It ships
  with the repository, so CI scores it too. Its misses were studied to
  improve the extractor, so it is no longer blind.
- `heldout2`, `heldout3`: `models/heldout/own2.jsonl`, `own3.jsonl`,
  written the same way later; each was scored blind once, then studied.
  Before trusting a new score, write a fresh set and score it once, blind.
- `heldout4` to `heldout8`: `own4.jsonl` to `own8.jsonl`, the same kind of
  set with a `moment` on each price. own5 to own8 were scored blind, then
  studied, and are part of `all`; own9 (`heldout9`), the blind set of issue 7's
  fourth round, was scored blind twice and is studied from 2026-12-01 00:35 UTC
  (in `all` too); own10 (`heldout10`), the blind set of the fifth round, was
  scored blind twice and is studied from 2026-12-01 03:15 UTC (in `all`);
  own11 (`heldout11`) likewise from 2026-12-01 10:30 UTC, own12 and own13
  from 2026-12-01 15:07 UTC, own14 from 2026-12-01 17:30 UTC, own15 from 2026-12-01 18:44 UTC,
  own16 from 2026-12-01 20:20 UTC, own17 from 2026-12-01 21:25 UTC, own18 from 2026-12-01 23:07 UTC,
  own19 from 2026-12-02 00:12 UTC, own20 from 2026-12-02 02:08 UTC, own21 from 2026-12-02 03:12 UTC, own22 and own23 from 2026-12-02 05:04 UTC, own24 and own25 from 2026-12-02 07:53 UTC, own26 from 2026-12-02 10:42 UTC, own27 and own28 from 2026-12-02 13:31 UTC, own29 and own30 from 2026-12-02 16:15 UTC, own31 and own32 from 2026-12-02 22:35 UTC, own33 and own34 from 2026-12-03 05:00 UTC, own35 and own36 from 2026-12-03 07:37 UTC, own37 and own38 from 2026-12-03 10:25 UTC. own39 and own40 from 2026-12-03 13:30 UTC, own41 and own42 from 2026-12-03 16:24 UTC, own43 and own44 from 2026-12-03 20:30 UTC, own45 and own46 from 2026-12-03 23:30 UTC, own47 and own48 from 2026-12-04 03:09 UTC, own49 and own50 from 2026-12-04 08:38 UTC, own51 and own52 from 2026-12-04 11:20 UTC, own53 and own54 from 2026-12-04 14:10 UTC, own55 and own56 from 2026-12-04 17:12 UTC, own57 and own58 from 2026-12-04 20:20 UTC, own59 and own60 from 2026-12-04 23:30 UTC, own61 and own62 from 2026-12-05 02:06 UTC, own63 and own64 from 2026-12-05 05:45 UTC, own65 and own66 from 2026-12-05 08:26 UTC, own67 and own68 from 2026-12-05 11:08 UTC, own69 and own70 from 2026-12-05 13:50 UTC, own71 and own72 from 2026-12-05 16:39 UTC, own73 and own74 from 2026-12-05 19:29 UTC, own75 and own76 from 2026-12-05 22:21 UTC, own77 and own78 from 2026-12-06 01:14 UTC, own79 and own80 from 2026-12-06 03:55 UTC, own81 and own82 from 2026-12-06 06:48 UTC, own83 and own84 from 2026-12-06 09:28 UTC, own85 and own86 from 2026-12-06 12:24 UTC, own87 and own88 from 2026-12-06 15:10 UTC, own89 and own90 from 2026-12-06 18:06 UTC, own91 and own92 from 2026-12-06 20:53 UTC, own93 and own94 from 2026-12-06 23:44 UTC, own95 and own96 from 2026-12-07 02:51 UTC, own97 and own98 from 2026-12-07 06:06 UTC, own99 and own100 from 2026-12-07 08:49 UTC, own101 and own102 from 2026-12-07 11:39 UTC, own103 and own104 from 2026-12-07 14:34 UTC, own105 and own106 from 2026-12-07 17:45 UTC, own107 and own108 from 2026-12-07 20:50 UTC, own109 and own110 from 2026-12-07 23:35 UTC. own111, own112 (written in session 58) and own113, own114 (session 59) are blind. `models/heldout/__init__.py` holds the one list of studied and
  blind sets that every reader uses. A blind set is scored only when named,
  with `--scores-only`, and never joins `all` before its blind score is
  recorded in models/heldout/BLIND_SCORES.md.
- challenge sets (`models.heldout.CHALLENGE_SETS`, e.g. `challenge_price`): short texts one engineer
  wrote for one question, scored once before study (BLIND_SCORES.md); only when named, never in `all`.

Scoring is per document, a claim type being a set:
  price            (value, currency)
  data_shared      (data_type, shared); type `other` not scored
  opt_out          (stance, scope)
  opt_out_stance   stance
  acquisition_year year
  price_moment     (value, currency, moment), only where the gold prices carry a moment
Precision, recall and F1 are micro-averaged over all documents. Every miss and
false hit is listed. `--check` compares F1 with the floors pinned in
`models/baseline.json` and the false-price count with its ceiling (zero), and
exits 1 when the extractor got worse.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from models.heldout import BLIND_SETS, CHALLENGE_SETS, STUDIED_SETS

SCORED_TYPES = ("price", "data_shared", "opt_out", "opt_out_stance", "acquisition_year")
# Scored only where the gold gives prices a moment; kept apart so SCORED_TYPES (read by bench/) stays as it was.
MOMENT_TYPE = "price_moment"
REPORTED_TYPES = (*SCORED_TYPES, MOMENT_TYPE)


@dataclass
class GoldDocument:
    """One annotated text."""

    name: str
    text: str
    gold: dict[str, Any]


@dataclass
class Score:
    """Counts of one claim type, with the items behind them."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[tuple[str, Any]] = field(default_factory=list)
    false_hits: list[tuple[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, want: set[Any], got: set[Any], document: str | None = None) -> None:
        """Count one document's predicted set `got` against its gold set `want`; with `document`,
        also list the misses and false hits under that name (sorted, so a table prints the same each run)."""
        self.true_positives += len(want & got)
        self.false_positives += len(got - want)
        self.false_negatives += len(want - got)
        if document is not None:
            self.misses += [(document, item) for item in sorted(want - got, key=repr)]
            self.false_hits += [(document, item) for item in sorted(got - want, key=repr)]

    def merge(self, other: Score) -> None:
        """Add `other`'s counts (and listed items) to this score: pooling folds, sets or claim types."""
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.misses += other.misses
        self.false_hits += other.false_hits

    @classmethod
    def pooled(cls, scores: Iterable[Score]) -> Score:
        """One micro-averaged score of `scores` (a fresh object; the inputs are left as they were)."""
        total = cls()
        for score in scores:
            total.merge(score)
        return total


def shared_dir() -> Path:
    """The shared folder holding seeds/ and corpus/."""
    configured = os.environ.get("DEALWATCH_SHARED")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent.parent.parent / "shared"


def load_dev_set(root: Path) -> list[GoldDocument]:
    """Seeds and corpus/dev documents with their gold claims; [] when the folder is absent."""
    documents: list[GoldDocument] = []
    seeds = root / "seeds" / "gold.jsonl"
    if seeds.is_file():
        for line in seeds.read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold = json.loads(line)
                text = (root / "seeds" / gold["file"]).read_text(encoding="utf-8")
                documents.append(GoldDocument(gold["file"], text, gold))
    corpus = root / "corpus" / "dev.jsonl"
    if corpus.is_file():
        for line in corpus.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                documents.append(GoldDocument(record["id"], record["text"], record["gold"]))
    return documents


def load_heldout_set(name: str = "own.jsonl") -> list[GoldDocument]:
    """The team's own annotated texts (models/heldout/<name>); [] when absent."""
    entry = resources.files("models").joinpath("heldout", name)
    if not entry.is_file():
        return []
    documents = []
    for line in entry.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            documents.append(GoldDocument(record["id"], record["text"], record["gold"]))
    return documents


def normal_value(value: Any) -> Any:
    """19000000000.0 and 19000000000 are the same value."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def gold_sets(gold: dict[str, Any]) -> dict[str, set[Any]]:
    """The scored sets of one gold annotation."""
    year = gold.get("acquisition_year")
    return {
        "price": {(normal_value(p["value"]), p.get("currency")) for p in gold.get("price") or []},
        "data_shared": {
            (d.get("type") or d.get("data_type"), bool(d["shared"]))
            for d in gold.get("data_shared") or []
            if (d.get("type") or d.get("data_type")) != "other"
        },
        "opt_out": {(o["stance"], o["scope"]) for o in gold.get("opt_out") or []},
        "opt_out_stance": {o["stance"] for o in gold.get("opt_out") or []},
        "acquisition_year": {int(year["value"])} if year else set(),
        # (value, currency, moment); scored only on sets whose gold prices carry a moment (own4 on)
        "price_moment": {
            (normal_value(p["value"]), p.get("currency"), p["moment"]) for p in gold.get("price") or [] if "moment" in p
        },
    }


def predicted_sets(claims: Iterable[dict[str, Any]]) -> dict[str, set[Any]]:
    """The scored sets of the extractor's claims for one document."""
    sets: dict[str, set[Any]] = {name: set() for name in REPORTED_TYPES}
    for claim in claims:
        kind = claim["type"]
        if kind == "price":
            sets["price"].add((normal_value(claim["value"]), claim["currency"]))
            sets["price_moment"].add(
                (normal_value(claim["value"]), claim["currency"], claim.get("moment", "unspecified")))
        elif kind == "data_shared" and claim["data_type"] != "other":
            sets["data_shared"].add((claim["data_type"], bool(claim["shared"])))
        elif kind == "opt_out":
            sets["opt_out"].add((claim["stance"], claim["scope"]))
            sets["opt_out_stance"].add(claim["stance"])
        elif kind == "acquisition_year":
            sets["acquisition_year"].add(int(claim["year"]))
    return sets


def evaluate(documents: list[GoldDocument]) -> dict[str, Score]:
    """Score the current extractor on `documents`."""
    from models.extract import extract_text

    scores = {name: Score() for name in REPORTED_TYPES}
    for document in documents:
        want = gold_sets(document.gold)
        got = predicted_sets(extract_text(document.text))
        has_moments = any("moment" in p for p in document.gold.get("price") or [])
        for name in REPORTED_TYPES:
            if name == MOMENT_TYPE and not has_moments:
                continue  # a set annotated before prices had a moment
            scores[name].add(want[name], got[name], document.name)
    return scores


def format_scores(scores: dict[str, Score], documents: int, *, details: bool = True) -> str:
    """The score table and (with `details`) the list of misses and false hits."""
    lines = [f"{documents} documents", f"{'type':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for name, s in scores.items():
        if name == MOMENT_TYPE and not (s.true_positives or s.false_positives or s.false_negatives):
            continue  # a set whose gold gives no moments: nothing was scored
        lines.append(
            f"{name:<18}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}"
            f"{s.true_positives:5d}{s.false_positives:5d}{s.false_negatives:5d}"
        )
    for name, s in scores.items():
        if not details:
            break
        for doc, item in s.misses:
            lines.append(f"MISS   {name:<17} {doc}: {item}")
        for doc, item in s.false_hits:
            lines.append(f"FALSE  {name:<17} {doc}: {item}")
    return "\n".join(lines) + "\n"


def baseline() -> dict[str, Any]:
    """The pinned floors from models/baseline.json."""
    return json.loads(resources.files("models").joinpath("baseline.json").read_text(encoding="utf-8"))


def regressions(scores: dict[str, Score], set_name: str = "dev") -> list[str]:
    """Where the scores of set `set_name` fall below its pinned floors (empty when all hold)."""
    pinned = baseline().get(set_name)
    if pinned is None:  # a set with no floors yet (a new blind set)
        return []
    problems = [
        f"{name}: F1 {scores[name].f1:.3f} below the floor {floor:.3f}"
        for name, floor in pinned["f1_floor"].items()
        if scores[name].f1 + 1e-9 < floor
    ]
    false_prices = scores["price"].false_positives
    if false_prices > pinned["max_false_prices"]:
        problems.append(f"price: {false_prices} false prices (at most {pinned['max_false_prices']} allowed)")
    return problems


def main(argv: list[str] | None = None) -> int:
    """`python -m models.evaluate [--set dev|heldout|all] [--check] [--shared DIR]`."""
    parser = argparse.ArgumentParser(prog="python -m models.evaluate", description="Score claim extraction against gold annotations.")
    parser.add_argument("--shared", type=Path, default=None, help="folder with seeds/ and corpus/ (default: $DEALWATCH_SHARED or ../shared)")
    parser.add_argument("--set", choices=(*STUDIED_SETS, *BLIND_SETS, *CHALLENGE_SETS, "all"), default="all",
                        help="which gold set to score (default: all studied sets; a blind set only when named)")
    parser.add_argument("--scores-only", action="store_true", help="print the scores without the misses and false hits (for a blind set)")
    parser.add_argument("--check", action="store_true", help="exit 1 when F1 falls below the floors in models/baseline.json")
    args = parser.parse_args(argv)
    files = {**STUDIED_SETS, **BLIND_SETS, **CHALLENGE_SETS}
    # Dates each set was studied from: models/heldout/__init__.py and models/heldout/BLIND_SCORES.md.
    chosen = list(STUDIED_SETS) if args.set == "all" else [args.set]
    problems: list[str] = []
    scored = 0
    for name in chosen:
        file = files[name]
        documents = load_dev_set(args.shared or shared_dir()) if file is None else load_heldout_set(file)
        if not documents:
            hint = f"under {args.shared or shared_dir()} (set DEALWATCH_SHARED)" if name == "dev" else "in models/heldout/"
            print(f"evaluate: no {name} gold annotations {hint}", file=sys.stderr)
            continue
        scores = evaluate(documents)
        scored += 1
        print(f"== {name} set")
        sys.stdout.write(format_scores(scores, len(documents), details=not args.scores_only))
        problems += [f"{name}: {problem}" for problem in regressions(scores, name)]
    if not scored:
        return 2
    if args.check:
        for problem in problems:
            print(f"REGRESSION {problem}", file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
