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
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from models.evaluate import MOMENT_TYPE, Score, gold_sets, normal_value, predicted_sets
from models.learned import classifier, retrain_rule
from models.learned.dataset import DocRecord
from models.learned.loso import BLIND_RULES, add_record_options, cached_rule_records, prf, records_at
from models.learned.moment_stage import decide_moment, keeps_rule, stated_in
from models.learned.moment_words import MOMENTS, USES_RULE, VARIANTS, TextView, moment_words
from models.learned.price_words import claimed_amount
from models.money import MoneyMention, find_money
from models.sentences import sentence_starts

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
MAX_FOLD_LOSS = 0.02  # price-moment F1 a left-out set may lose before a setting is ruled out
Key = tuple[str, str, int]  # (set, text name, index of the claim in the record's rule claims)
Row = tuple[str, Score, Score]  # (fold, without, with the stage)


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


def examples(records: list[DocRecord], variant: str) -> list[tuple[tuple[str, ...], dict[str, bool]]]:
    """Training pairs of `records` (texts with moments only): M1 every amount that is a gold price with a
    moment (independent of the rules), M2/M3 the rule price claims that are one (with the rules' moment)."""
    out = []
    for record in filter(has_moments, records):
        if variant in USES_RULE:
            pairs = [(u.words, gold) for u, gold in units(record, variant) if gold]
        else:
            view, mentions = _read(record.text)
            want = gold_moments(record)
            pairs = [(moment_words(view, m, mentions, variant), want[(normal_value(m.value), m.currency)])
                     for m in mentions if (normal_value(m.value), m.currency) in want]
        out += [(words, {moment: moment in gold for moment in MOMENTS}) for words, gold in pairs]
    return out


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
              without: frozenset[str] = frozenset()) -> dict[float, Row]:
    """Threshold -> (fold label, score without, score with the stage) of `held`, trained on the other sets but `without`."""
    train_on = [r for r in records if r.set_name != held and r.set_name not in without]
    model = classifier.train(examples(train_on, variant), MOMENTS, seed=seed)
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


def measure(variant: str, current: list[DocRecord], blind: dict[str, list[DocRecord]], seed: int,
            without: frozenset[str] = frozenset()) -> dict[float, tuple[list[Row], list[Row]]]:
    """Threshold -> (today's-rules rows, blind-rules rows) of `variant`, never trained on the sets `without`."""
    sets = [s for s in dict.fromkeys(r.set_name for r in current) if any(has_moments(r) for r in current if r.set_name == s)]
    now = [fold_rows(current, held, held, variant, seed, without) for held in sets]
    old = [fold_rows(records, held, f"{held} @ {BLIND_RULES[held]}", variant, seed, without) for held, records in blind.items()]
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
    args = parser.parse_args(argv)
    current, _ = cached_rule_records(args.shared, args.cache)
    if not current:
        print("moment_loso: no studied gold sets found", file=sys.stderr)
        return 2
    blind = {} if args.no_blind_rules else {held: records_at(commit, args.shared, args.cache) for held, commit in BLIND_RULES.items()}
    best: tuple[float, str, float] | None = None
    results = {}
    for variant in args.variant or list(VARIANTS):
        results[variant] = measure(variant, current, blind, args.seed, frozenset(args.train_without))
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
