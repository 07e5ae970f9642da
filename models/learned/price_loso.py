"""`python -m models.learned.price_loso`: a learned price VETO, measured by leaving whole sets out.

The veto never adds a price: it may only drop a price claim of the rules whose amount the
classifier finds unlike a purchase price. Training data (rule-independent): every amount
`find_money` finds in a studied text, labelled `price` when its (value, currency) is a gold price
of that text (users, fines, other deals, revenues, costs and the gold distractors are the rest).

Per left-out set: the classifier is trained on the other sets; the veto threshold is chosen
INSIDE those training sets (an inner leave-one-set-out over them: the largest threshold at which
vetoing today's rule price claims of the training sets loses no true price); the left-out set is
scored with and without the veto, with today's rules and, for the sets of
`models.learned.loso.BLIND_RULES`, with the rules from before that set was studied.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any

from models.evaluate import Score, normal_value, gold_sets, predicted_sets
from models.learned import classifier
from models.learned.dataset import DocRecord
from models.learned.loso import BLIND_RULES, add_record_options, cached_rule_records, prf, records_at
from models.learned.price_words import VARIANTS, Candidate, candidates, claimed_amount

LABELS = ("price",)
THRESHOLDS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
Key = tuple[str, str, int]  # (set, text name, amount start)


def gold_prices(record: DocRecord) -> set[tuple[Any, Any]]:
    """The (value, currency) pairs of the record's gold prices."""
    return gold_sets(record.gold)["price"]


def labelled(record: DocRecord, variant: str) -> list[tuple[Candidate, bool]]:
    """The record's amounts with their label (a gold price of the text or not)."""
    want = gold_prices(record)
    return [(c, (normal_value(c.value), c.currency) in want) for c in candidates(record.text, variant)]


def train(data: dict[str, list[tuple[str, Candidate, bool]]], sets: Iterable[str], seed: int) -> Any:
    """A classifier trained on the amounts of `sets`."""
    examples = [(c.words, {"price": y}) for name in sets for _, c, y in data[name]]
    return classifier.train(examples, LABELS, seed=seed)


def probabilities(model: Any, data: dict[str, list[tuple[str, Candidate, bool]]], sets: Iterable[str]) -> dict[Key, float]:
    """(set, text, amount start) -> P(price) for the amounts of `sets`."""
    rows = [(name, text, c) for name in sets for text, c, _ in data[name]]
    if not rows:
        return {}
    out = classifier.predict(model, [c.words for _, _, c in rows])
    return {(name, text, c.start): p["price"] for (name, text, c), p in zip(rows, out)}


def vetoed_claims(record: DocRecord, probs: dict[Key, float], threshold: float, amounts: list[Candidate]) -> list[dict[str, Any]]:
    """The record's rule claims without the price claims whose amount scores below `threshold`."""
    kept = []
    for claim in record.rule_claims:
        if claim["type"] == "price":
            amount = claimed_amount(claim, amounts)
            p = probs.get((record.set_name, record.name, amount.start)) if amount else None
            if p is not None and p < threshold:
                continue
        kept.append(claim)
    return kept


def claim_probabilities(records: list[DocRecord], probs: dict[Key, float],
                        amounts: dict[tuple[str, str], list[Candidate]]) -> tuple[list[float], list[float]]:
    """P(price) of the records' rule price claims whose amount the classifier read: (true ones, false ones)."""
    true, false = [], []
    for record in records:
        want = gold_prices(record)
        for claim in (c for c in record.rule_claims if c["type"] == "price"):
            amount = claimed_amount(claim, amounts[(record.set_name, record.name)])
            if amount is not None:
                p = probs[(record.set_name, record.name, amount.start)]
                (true if (normal_value(claim["value"]), claim["currency"]) in want else false).append(round(p, 3))
    return sorted(true), sorted(false)


def price_score(records: list[DocRecord], probs: dict[Key, float] | None, threshold: float,
                amounts: dict[tuple[str, str], list[Candidate]]) -> Score:
    """Price tp / fp / fn of `records`, with the veto at `threshold` when `probs` is given."""
    score = Score()
    for record in records:
        claims = record.rule_claims if probs is None else vetoed_claims(record, probs, threshold, amounts[(record.set_name, record.name)])
        score.add(gold_prices(record), predicted_sets(claims)["price"])
    return score


def inner_threshold(records: list[DocRecord], data: dict, sets: list[str], seed: int,
                    amounts: dict[tuple[str, str], list[Candidate]]) -> tuple[float, dict[float, tuple[int, int]]]:
    """The largest threshold at which, over an inner leave-one-set-out of `sets`, the veto loses no true
    price of today's rules (0.0, no veto, when every threshold loses one); and per threshold (tp lost, fp dropped)."""
    probs: dict[Key, float] = {}
    for held in sets:
        probs.update(probabilities(train(data, [s for s in sets if s != held], seed), data, [held]))
    mine = [r for r in records if r.set_name in sets]
    base = price_score(mine, None, 0.0, amounts)
    effect = {}
    for t in THRESHOLDS:
        s = price_score(mine, probs, t, amounts)
        effect[t] = (base.true_positives - s.true_positives, base.false_positives - s.false_positives)
    safe = [t for t in THRESHOLDS if effect[t][0] == 0]
    return (max(safe) if safe else 0.0), effect


def table(rows: list[tuple[str, float, Score, Score]], label: str) -> list[str]:
    """Markdown: per left-out set and pooled, price P / R / F1 without and with the veto."""
    lines = [f"| left-out set ({label}) | threshold (chosen in the training sets) | price P / R / F1 without | with the veto |", "|---|---|---|---|"]
    for name, t, a, b in rows:
        lines.append(f"| {name} | {t:.2f} | {prf(a, 3)} | {prf(b, 3)} |")
    total_a, total_b = (Score.pooled(row[i] for row in rows) for i in (2, 3))
    lines.append(f"| **pooled** | | {prf(total_a, 3)} | {prf(total_b, 3)} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Leave-one-set-out for the price veto, one declared variant (or all)."""
    parser = argparse.ArgumentParser(prog="python -m models.learned.price_loso", description=main.__doc__)
    add_record_options(parser, blind_rules_switch=False)
    parser.add_argument("--variant", choices=VARIANTS, action="append", default=None)
    parser.add_argument("--seed", type=int, default=classifier.SEED)
    parser.add_argument("--no-inner", action="store_true", help="fixed thresholds only (no inner choice): quicker look")
    args = parser.parse_args(argv)
    records, _ = cached_rule_records(args.shared, args.cache)
    if not records:
        print("price_loso: no studied gold sets found", file=sys.stderr)
        return 2
    blind = {held: records_at(commit, args.shared, args.cache) for held, commit in BLIND_RULES.items()}
    sets = list(dict.fromkeys(r.set_name for r in records))
    for variant in args.variant or list(VARIANTS):
        data: dict[str, list[tuple[str, Candidate, bool]]] = {s: [] for s in sets}
        amounts: dict[tuple[str, str], list[Candidate]] = {}
        for record in records:
            rows = labelled(record, variant)
            amounts[(record.set_name, record.name)] = [c for c, _ in rows]
            data[record.set_name] += [(record.name, c, y) for c, y in rows]
        positives = sum(y for rows in data.values() for _, _, y in rows)
        print(f"\n== variant {variant}: {sum(map(len, data.values()))} amounts, {positives} of them a gold price")
        now_rows, blind_rows = [], []
        for held in sets:
            train_sets = [s for s in sets if s != held]
            t, effect = (0.1, {}) if args.no_inner else inner_threshold(records, data, train_sets, args.seed, amounts)
            probs = probabilities(train(data, train_sets, args.seed), data, [held])
            mine = [r for r in records if r.set_name == held]
            now_rows.append((held, t, price_score(mine, None, t, amounts), price_score(mine, probs, t, amounts)))
            if held in blind:
                old = [r for r in blind[held] if r.set_name == held]
                blind_rows.append((f"{held} @ {BLIND_RULES[held]}", t, price_score(old, None, t, amounts), price_score(old, probs, t, amounts)))
                true, false = claim_probabilities(old, probs, amounts)
                print(f"{held} @ {BLIND_RULES[held]}: P(price) of the false claims {false}, of the six lowest true ones {true[:6]}")
            print(f"{held}: threshold {t} (inner effect per threshold, tp lost / fp dropped: {effect})", flush=True)
        print("\n".join(table(now_rows, "today's rules")))
        print()
        print("\n".join(table(blind_rows, "blind rules")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
