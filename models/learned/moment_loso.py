"""`python -m models.learned.moment_loso`: a learned price moment, measured by leaving whole sets out.

The stage may only replace the rules' moment of a rule price claim (`moment_stage.decide_moment`).
Per left-out set (of the sets whose gold prices carry a moment): the classifier is trained on the
other sets, and the left-out set's price-moment F1 is scored with the rules' moments and with the
stage's, per threshold, with today's rules and, for the sets of `models.learned.loso.BLIND_RULES`,
with the rules from before that set was studied (trained on the other sets' records of the same
rules, as `loso` does). The stage is measured as shipped: its decision goes through `moment_stage.keeps_rule`
(the rules' moment stays where the amount's own words state it, `moment_stage.stated_in`, in the sentence as the
pipeline splits it). The declared variants are in `moment_words`; the choice and ship rule in
docs/extraction-quality.md ("A learned price moment", session 10; the check since session 13 round 2).
"""
from __future__ import annotations

import argparse
import bisect
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from models.evaluate import MOMENT_TYPE, Score, gold_sets, normal_value, predicted_sets
from models.learned import classifier, retrain_rule
from models.learned.dataset import DocRecord
from models.learned.loso import BLIND_RULES, REPO, add_record_options, cached_rule_records, prf, records_at
from models.learned.moment_stage import decide_moment, keeps_rule, stated_in
from models.learned.moment_words import MOMENTS, USES_RULE, VARIANTS, TextView, moment_words
from models.learned.price_words import claimed_amount
from models.money import MoneyMention, find_money
from models.sentences import sentence_starts

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
MAX_FOLD_LOSS = 0.02  # price-moment F1 a left-out set may lose before a setting is ruled out
Key = tuple[str, str, int]  # (set, text name, index of the claim in the record's rule claims)
Row = tuple[str, Score, Score]  # (fold, without, with the stage)
Pair = tuple[tuple[str, ...], dict[str, bool]]  # (the words of one amount, moment -> whether it is the amount's)
CASES = "tests/test_models_cases.jsonl"  # the rule table (our own sentences), in the repository
MOMENT_STAGE = "dealwatch_learned_moment"


@dataclass(frozen=True)
class Unit:
    """A rule price claim the stage reads: where it is, the rules' moment, its words, the moment its own words
    state (`moment_stage.stated_in`; None: none)."""

    key: Key
    rule_moment: str
    words: tuple[str, ...]
    stated: str | None = None


def has_moments(record: DocRecord) -> bool:
    """Whether the record's gold prices carry a moment (own4 on): only those texts are scored."""
    return any("moment" in p for p in record.gold.get("price") or [])


def gold_moments(record: DocRecord) -> dict[tuple[Any, Any], set[str]]:
    """(value, currency) -> the moments the gold gives that price."""
    out: dict[tuple[Any, Any], set[str]] = {}
    for value, currency, moment in gold_sets(record.gold)[MOMENT_TYPE]:
        out.setdefault((value, currency), set()).add(moment)
    return out


@lru_cache(maxsize=4096)
def _read(text: str) -> tuple[TextView, list[MoneyMention]]:
    """The text's view and amounts (the same texts recur in every fold and rule version)."""
    return TextView.of(text), find_money(text)


@lru_cache(maxsize=4096)
def _starts(text: str) -> list[int]:
    """Where the text's sentences start, as the pipeline splits it (`models.sentences`), 0 first."""
    return [0, *sentence_starts(text)]


def sentence_of(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the pipeline's sentence holding offset `at`."""
    starts = _starts(text)
    i = max(0, bisect.bisect_right(starts, at) - 1)
    return starts[i], starts[i + 1] if i + 1 < len(starts) else len(text)


def units(record: DocRecord, variant: str) -> list[tuple[Unit, set[str] | None]]:
    """The record's rule price claims whose amount `find_money` found, with their gold moments (None: the
    claim is no gold price of the text)."""
    view, mentions = _read(record.text)
    want = gold_moments(record)
    out = []
    for i, claim in enumerate(record.rule_claims):
        if claim["type"] != "price":
            continue
        amount = claimed_amount(claim, mentions)
        if amount is None:
            continue
        rule = claim.get("moment", "unspecified")
        stated = stated_in(record.text, sentence_of(record.text, claim["start"]), claim["start"], claim["end"])
        out.append((Unit((record.set_name, record.name, i), rule, moment_words(view, amount, mentions, variant, rule), stated),
                    want.get((normal_value(claim["value"]), claim["currency"]))))
    return out


def examples(records: list[DocRecord], variant: str, rows: list[Pair] | tuple[Pair, ...] = ()) -> list[Pair]:
    """Training pairs of `records` (texts with moments only): M1 every amount that is a gold price with a
    moment (independent of the rules), M2/M3 the rule price claims that are one (with the rules' moment); then
    `rows`, pairs of the rule table (`row_examples`; none unless asked for)."""
    out: list[Pair] = []
    for record in filter(has_moments, records):
        if variant in USES_RULE:
            pairs = [(u.words, gold) for u, gold in units(record, variant) if gold]
        else:
            view, mentions = _read(record.text)
            want = gold_moments(record)
            pairs = [(moment_words(view, m, mentions, variant), want[(normal_value(m.value), m.currency)])
                     for m in mentions if (normal_value(m.value), m.currency) in want]
        out += [(words, {moment: moment in gold for moment in MOMENTS}) for words, gold in pairs]
    return out + list(rows)


def names_moment(row: dict[str, Any]) -> bool:
    """Whether a rule-table row says something of a price's moment (an `expect` or `absent` price with a moment)."""
    return any(want.get("type") == "price" and "moment" in want for key in ("expect", "absent") for want in row.get(key, []))


def rule_rows(keep: Callable[[dict[str, Any]], bool], commit: str | None = None) -> list[dict[str, Any]]:
    """The rule-table rows `keep` accepts that are not `rules_only` (those the learned stages never see), as the
    table was at `commit` (None: the working tree's file)."""
    if commit is None:
        source = (REPO / CASES).read_text(encoding="utf-8")
    else:
        source = subprocess.run(["git", "-C", str(REPO), "show", f"{commit}:{CASES}"], check=True, capture_output=True,
                                text=True).stdout
    rows = [json.loads(line) for line in source.splitlines() if line.strip()]
    return [row for row in rows if "text" in row and not row.get("rules_only") and keep(row)]


def moment_rows(commit: str | None = None) -> list[dict[str, Any]]:
    """The rule-table rows that name a price moment and are not `rules_only`, as the table was at `commit` (None:
    the working tree's file): the rows a fold held out at `commit` may learn from (rows written while studying a
    set later never enter that set's blind fold)."""
    return rule_rows(names_moment, commit)


def row_passes(claims: list[dict[str, Any]], row: dict[str, Any]) -> bool:
    """Whether `claims` hold every `expect` of the row and no `absent` (as tests/test_models_cases.py reads a row)."""
    def matches(claim: dict[str, Any], want: dict[str, Any]) -> bool:
        return all(claim.get(key) == value for key, value in want.items())

    return (all(any(matches(c, w) for c in claims) for w in row.get("expect", []))
            and not any(matches(c, w) for w in row.get("absent", []) for c in claims))


def _rules_read(nlp: Any, texts: list[str], variant: str) -> dict[str, tuple[list[dict[str, Any]], list[Pair]]]:
    """Text -> (its claims with the learned moment stage of `nlp` off, in text order; one training pair per rule
    price claim whose amount `find_money` finds, labelled with the rules' moment). The stage is restored after."""
    from models.claims import claims_of
    from models.context import doc_text
    from models.extract import ordered_claims

    stage = nlp.get_pipe(MOMENT_STAGE)
    saved = stage.enabled
    try:
        stage.enabled = False
        docs = list(nlp.pipe(texts))
    finally:
        stage.enabled = saved
    out = {}
    for text, doc in zip(texts, docs):
        view, mentions = _read(doc_text(doc))
        pairs = []
        for claim in (c.to_record() for c in claims_of(doc)):
            amount = claimed_amount(claim, mentions) if claim["type"] == "price" else None
            if amount is not None:
                rule = claim.get("moment", "unspecified")
                pairs.append((moment_words(view, amount, mentions, variant, rule), {m: m == rule for m in MOMENTS}))
        out[text] = ([c.to_record() for c in ordered_claims(doc)], pairs)
    return out


def row_examples(nlp: Any, rows: list[dict[str, Any]], variant: str,
                 read: dict[str, tuple[list[dict[str, Any]], list[Pair]]] | None = None) -> list[Pair]:
    """Training pairs from rule-table rows (`moment_rows`): each text of the rows once, when every row of it passes
    with the rules (the learned moment stage of `nlp`, the full pipeline, off): one pair per rule price claim whose
    amount `find_money` finds, labelled with the rules' moment (which the rows approve). `read`: texts already read
    (`_rules_read`, for this `variant`), filled in place."""
    read = {} if read is None else read
    texts = list(dict.fromkeys(row["text"] for row in rows))
    read.update(_rules_read(nlp, [t for t in texts if t not in read], variant))
    failing = {row["text"] for row in rows if not row_passes(read[row["text"]][0], row)}
    return [pair for text in texts if text not in failing for pair in read[text][1]]


def moment_score(records: list[DocRecord], moments: Callable[[Key, str], str]) -> Score:
    """Price-moment tp / fp / fn of `records` (texts with moments), each rule price claim's moment from `moments`."""
    score = Score()
    for record in filter(has_moments, records):
        claims = [
            {**c, "moment": moments((record.set_name, record.name, i), c.get("moment", "unspecified"))} if c["type"] == "price" else c
            for i, c in enumerate(record.rule_claims)
        ]
        score.add(gold_sets(record.gold)[MOMENT_TYPE], predicted_sets(claims)[MOMENT_TYPE])
    return score


def fold_rows(records: list[DocRecord], held: str, label: str, variant: str, seed: int,
              without: frozenset[str] = frozenset(), rows: list[Pair] | tuple[Pair, ...] = ()) -> dict[float, Row]:
    """Threshold -> (fold label, score without, score with the stage) of `held`, trained on the other sets but `without`
    (and on `rows`, rule-table pairs: `row_examples`)."""
    train_on = [r for r in records if r.set_name != held and r.set_name not in without]
    model = classifier.train(examples(train_on, variant, rows), MOMENTS, seed=seed)
    test = [r for r in records if r.set_name == held]
    found = [u for r in filter(has_moments, test) for u, _ in units(r, variant)]
    probs = dict(zip((u.key for u in found), classifier.predict(model, [u.words for u in found]))) if found else {}
    stated = {u.key: u.stated for u in found}
    without = moment_score(test, lambda key, rule: rule)

    def shipped(key: Key, rule: str, t: float) -> str:
        # the stage's decision with its run-time check (`moment_stage.keeps_rule`)
        return keeps_rule(rule, decide_moment(rule, probs[key], t), lambda: stated[key]) if key in probs else rule

    return {t: (label, without, moment_score(test, lambda key, rule, t=t: shipped(key, rule, t))) for t in THRESHOLDS}


def total(rows: list[Row]) -> tuple[Score, Score]:
    """The rows' counts summed, without and with the stage."""
    return Score.pooled(a for _, a, _ in rows), Score.pooled(b for _, _, b in rows)


def table(rows: list[Row], label: str) -> list[str]:
    """Markdown: per left-out set and pooled, price-moment P / R / F1 without and with the stage."""
    lines = [f"| left-out set ({label}) | price moment P / R / F1, rules | with the stage |", "|---|---|---|"]
    lines += [f"| {name} | {prf(a, 3)} | {prf(b, 3)} |" for name, a, b in rows]
    a, b = total(rows)
    return lines + [f"| **pooled** | {prf(a, 3)} | {prf(b, 3)} |"]


def fold_commit(held: str) -> str | None:
    """The rule table a fold of `held` may learn from (`rows_by_fold`): as it was at the set's blind commit (rows
    written while studying the set or after it never enter either of its folds); None (today's table) for the sets
    studied before `BLIND_RULES` begins."""
    return BLIND_RULES.get(held)


def rows_by_fold(nlp: Any, sets: list[str], variant: str) -> dict[str, list[Pair]]:
    """Held set -> the rule-table pairs its folds train on (`fold_commit`'s table, labelled by today's rules)."""
    by_commit: dict[str | None, list[Pair]] = {}
    read: dict[str, tuple[list[dict[str, Any]], list[Pair]]] = {}  # each text through the pipeline once
    for commit in dict.fromkeys(fold_commit(held) for held in sets):
        by_commit[commit] = row_examples(nlp, moment_rows(commit), variant, read)
    return {held: by_commit[fold_commit(held)] for held in sets}


def measure(variant: str, current: list[DocRecord], blind: dict[str, list[DocRecord]], seed: int,
            without: frozenset[str] = frozenset(),
            rows: dict[str, list[Pair]] | None = None) -> dict[float, tuple[list[Row], list[Row]]]:
    """Threshold -> (today's-rules rows, blind-rules rows) of `variant`, never trained on the sets `without`; each
    held set's folds (both kinds) also trained on `rows[held]` (`rows_by_fold`; None: no rule-table rows)."""
    sets = [s for s in dict.fromkeys(r.set_name for r in current) if any(has_moments(r) for r in current if r.set_name == s)]
    extra = rows or {}
    now = [fold_rows(current, held, held, variant, seed, without, extra.get(held, ())) for held in sets]
    old = [fold_rows(records, held, f"{held} @ {BLIND_RULES[held]}", variant, seed, without, extra.get(held, ()))
           for held, records in blind.items()]
    return {t: ([f[t] for f in now], [f[t] for f in old]) for t in THRESHOLDS}


def worst_loss(rows: list[Row]) -> float:
    """The largest price-moment F1 loss of a left-out set."""
    return max((a.f1 - b.f1 for _, a, b in rows), default=0.0)


def nested_lines(tables: dict[float, tuple[list[Row], list[Row]]]) -> list[str]:
    """The retrain rule's measure (`retrain_rule`): each fold at the threshold chosen on the other sets' folds (best
    blind-rules pooled moment F1, no other fold losing more than MAX_FOLD_LOSS)."""
    def describe(rows: list[Row]) -> str:
        a, b = total(rows)
        return f"moment {a.f1:.3f} -> {b.f1:.3f} ({a.true_positives} -> {b.true_positives} tp, {a.false_positives} -> {b.false_positives} fp)"

    return retrain_rule.report(tables, lambda now, blind: blind, lambda rows: total(rows)[1].f1,
                               lambda row: row[1].f1 - row[2].f1, MAX_FOLD_LOSS, describe)


def main(argv: list[str] | None = None) -> int:
    """Leave-one-set-out for the learned price moment: every declared variant (or those named) and threshold."""
    parser = argparse.ArgumentParser(prog="python -m models.learned.moment_loso", description=main.__doc__)
    add_record_options(parser)
    parser.add_argument("--variant", choices=VARIANTS, action="append", default=None)
    parser.add_argument("--seed", type=int, default=classifier.SEED)
    parser.add_argument("--nested", action="store_true",
                        help="also score each fold at the threshold chosen without its set (the retrain rule, retrain_rule.py)")
    parser.add_argument("--train-without", action="append", default=[], metavar="SET",
                        help="never train on this studied set (it is still a fold): the stage as trained before it was studied")
    parser.add_argument("--rows", action="store_true",
                        help="also train on the rule table's price-moment rows, each fold on the table of its blind commit")
    args = parser.parse_args(argv)
    current, _ = cached_rule_records(args.shared, args.cache)
    if not current:
        print("moment_loso: no studied gold sets found", file=sys.stderr)
        return 2
    blind = {} if args.no_blind_rules else {held: records_at(commit, args.shared, args.cache) for held, commit in BLIND_RULES.items()}
    best: tuple[float, str, float] | None = None
    results = {}
    sets = [s for s in dict.fromkeys(r.set_name for r in current) if any(has_moments(r) for r in current if r.set_name == s)]
    nlp = None
    if args.rows:
        from models.pipeline import build_pipeline
        nlp = build_pipeline()
    for variant in args.variant or list(VARIANTS):
        rows = rows_by_fold(nlp, sets, variant) if nlp is not None else None
        results[variant] = measure(variant, current, blind, args.seed, frozenset(args.train_without), rows)
        print(f"\n== variant {variant}: {len(examples(current, variant))} training pairs (all studied sets, today's rules)")
        for t, (now, old) in results[variant].items():
            loss = max(worst_loss(now), worst_loss(old))
            (a, b), (c, d) = total(now), total(old)
            print(f"threshold {t:.1f}: blind-rules pooled moment F1 {c.f1:.3f} -> {d.f1:.3f}, today's rules {a.f1:.3f} -> {b.f1:.3f},"
                  f" worst fold loss {loss:.3f}{' (ruled out)' if loss > MAX_FOLD_LOSS + 1e-9 else ''}", flush=True)
            if loss <= MAX_FOLD_LOSS + 1e-9 and (best is None or d.f1 > best[0] + 1e-9):
                best = (d.f1, variant, t)
        if args.nested:
            print("\n".join(nested_lines(results[variant])))
    if best is None:
        print("\nno setting keeps every fold within the allowed loss: nothing to ship")
        return 0
    f1, variant, t = best
    now, old = results[variant][t]
    rules = total(old)[0].f1
    print(f"\nchosen: {variant} at {t:.1f} (blind-rules pooled moment F1 {rules:.3f} -> {f1:.3f})\n")
    print("\n".join(table(now, "today's rules")))
    print()
    print("\n".join(table(old, "blind rules")))
    print(f"\nverdict: {'SHIP' if f1 > rules + 1e-9 else 'do not ship'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
