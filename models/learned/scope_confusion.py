"""`python -m models.learned.scope_confusion`: where the opt-out SCOPE goes wrong, left-one-set-out (issue 7).

For every document and stance that both the gold and the extractor (rules plus the opt-out stance
stage of `models.learned.loso`'s folds) have, the scopes the extractor claims that the gold lacks
are paired with the gold's scopes the extractor lacks: (stance, predicted scope, gold scope) counts,
the pairs of a stance sharing max(wrong, missed) counts evenly, `(none: ...)` (1 each) where one side is empty.
Counted on today's rules (every studied set) and on the blind-rules folds (`loso.BLIND_RULES`). The stance stage
claims with the shipped settings (`opt_out_stage.OptSettings`; `--no-opt-per-unspecified` and the other switches of
`loso.add_opt_setting_options` vary them).

`--textcat` also measures a learned scope override: a bag of lemma n-grams (`classifier.py`, seed 7)
over the claim's sentence, one label per stance and scope, trained on the other sets' sentences that
a gold opt-out span overlaps, replacing an `unspecified` scope where the claim's stance's best other
scope reaches the threshold. Measured 2026-12-01, not shipped
(docs/extraction-quality.md, "Opt-out scope on unseen text").

`--reference` scores the opt-out reference step (`models/opt_out_reference.py`) the same way: applied to
the rules' claims of each fold (today's rules and the blind-rules folds' older ones), before the stance
stage adds its claims, stance + scope F1 per left-out set without / with it. `--sets` limits the
confusion tables to the named sets (design from some sets, measure on others).

`--restated` scores the restated-option step (`models/opt_out_restated.py`) the same way, on top of the
reference step: V1 drops possible/`unspecified` beside a scoped possibility, V2 does so for both stances.
"""
from __future__ import annotations

import argparse
import pickle
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from models.evaluate import Score, gold_sets, predicted_sets
from models.learned import classifier
from models.learned.dataset import DocRecord, find_span
from models.learned.features import Sentence
from models.learned.loso import (
    BLIND_RULES, add_opt_setting_options, add_record_options, cached_rule_records, opt_fold, opt_settings_of,
    opt_stage_claims, records_at,
)
from models.learned.opt_out_stage import OptSettings, settings, shipped_settings

SCOPES = ("ads", "friend_suggestions", "phone_number", "all_sharing", "unspecified")
STANCED = tuple(f"{stance}:{scope}" for stance in ("possible", "not_possible") for scope in SCOPES)
THRESHOLDS = (0.5, 0.8, 0.95)
Triple = tuple[str, str, str]


def _cached_folds(stored: Path | None, build: Callable[[], list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """`build()`, kept in the pickle `stored` when one is given and reused while no rule records' pickle beside it
    (`records_*.pkl`, what the folds are computed from) is newer: records deleted and rebuilt after a rule change, or
    a blind-rules commit added, rebuild the folds too instead of reading stale probabilities."""
    if stored is not None and stored.is_file():
        newest_records = max((p.stat().st_mtime for p in stored.parent.glob("records_*.pkl")), default=0.0)
        if stored.stat().st_mtime >= newest_records:
            return pickle.loads(stored.read_bytes())
    built = build()
    if stored is not None:
        stored.write_bytes(pickle.dumps(built))
    return built


def all_folds(shared: Path | None, cache: Path | None, blind_rules: bool = True, seed: int = classifier.SEED,
              opt: OptSettings | None = None) -> tuple[list[DocRecord], list[dict[str, Any]], list[dict[str, Any]], dict[str, list[DocRecord]]]:
    """(today's records, today's-rules folds, blind-rules folds, blind fold name -> its training records): every
    fold's stance probabilities, kept as `opt_folds_<seed>_current.pkl` / `_blind.pkl` in `cache` when one is given
    (`_cached_folds`: reused until a records pickle beside them is newer), and the stage settings the fold's claims
    take, `opt` ("opt"; None: the shipped ones)."""
    records, _ = cached_rule_records(shared, cache)
    # each blind-rules fold's records, read once (its fold and its training records both need them)
    older = {
        f"{held} @ {commit}": (held, records_at(commit, shared, cache)) for held, commit in BLIND_RULES.items()
    } if blind_rules else {}
    def stored(kind: str) -> Path | None:
        return cache / f"opt_folds_{seed}_{kind}.pkl" if cache is not None else None

    current = _cached_folds(stored("current"), lambda: [opt_fold(records, held, seed) for held in dict.fromkeys(r.set_name for r in records)])
    blind = _cached_folds(stored("blind"), lambda: [{**opt_fold(old, held, seed), "set": name} for name, (held, old) in older.items()]) if blind_rules else []
    train_on = {name: [r for r in old if r.set_name != held] for name, (held, old) in older.items()}
    # the settings are not cached with the probabilities: one cache serves every setting
    setting = {"opt": shipped_settings() if opt is None else opt}
    return records, [{**f, **setting} for f in current], [{**f, **setting} for f in blind], train_on


def opt_claims(record: DocRecord, opt_probs: dict | None, threshold: float, reference: Any = None,
               opt: OptSettings = OptSettings()) -> list[dict[str, Any]]:
    """The record's opt_out claims: the rules' (rescoped by `reference(record)`, index -> scope, when given),
    plus the stance stage's with settings `opt` (with its sentence's start) where `opt_probs` are given; copies, so a
    caller may change their scope."""
    changes = reference(record) if reference is not None else {}
    claims = [{**c, "scope": changes.get(i, c.get("scope"))} for i, c in enumerate(record.rule_claims) if c["type"] == "opt_out"]
    if opt_probs is not None:
        claims += opt_stage_claims(record, opt_probs, threshold, opt)
    return claims


def fold_claims(fold: dict[str, Any], record: DocRecord, threshold: float, reference: Any = None) -> list[dict[str, Any]]:
    """`opt_claims` of one of `fold`'s records with the fold's probabilities and stage settings (its "opt", set by
    `all_folds`; `OptSettings()` for a fold made without it)."""
    return opt_claims(record, fold["opt_probs"], threshold, reference, fold.get("opt", OptSettings()))


def scope_pairs(gold: set[tuple[str, str]], predicted: set[tuple[str, str]]) -> Counter:
    """(stance, predicted scope, gold scope) counts of one document, for the stances both sides have."""
    out: Counter = Counter()
    for stance in {s for s, _ in gold} & {s for s, _ in predicted}:
        want = {scope for s, scope in gold if s == stance}
        got = {scope for s, scope in predicted if s == stance}
        wrong, missed = got - want, want - got
        share = max(len(wrong), len(missed)) / (len(wrong) * len(missed)) if wrong and missed else 1
        for a in sorted(wrong) or (["(none: missed scope)"] if missed else []):
            for b in sorted(missed) or ["(none: extra scope)"]:
                out[(stance, a, b)] += share
    return out


def confusion(folds: list[dict[str, Any]], threshold: float, sets: set[str] | None = None) -> Counter:
    """The scope confusion of every fold's left-out records (rules plus stance stage), of `sets` only when given."""
    total: Counter = Counter()
    for f in folds:
        for record in f["records"]:
            if sets is not None and record.set_name not in sets:
                continue
            got = {(c["stance"], c["scope"]) for c in fold_claims(f, record, threshold)}
            total.update(scope_pairs(gold_sets(record.gold)["opt_out"], got))
    return total


def scope_errors(folds: list[dict[str, Any]], threshold: float) -> list[str]:
    """One line per wrong or missed (stance, scope) pair of a stance both sides have, every fold's left-out records
    (rules plus stance stage): the claim's text or the gold item's text, to read what a confusion group holds."""
    lines = []
    for f in folds:
        for record in f["records"]:
            claims = fold_claims(f, record, threshold)
            got = {(c["stance"], c["scope"]) for c in claims}
            gold = record.gold.get("opt_out") or []
            want = {(o["stance"], o["scope"]) for o in gold}
            for stance in {s for s, _ in want} & {s for s, _ in got}:
                for c in claims:
                    if c["stance"] == stance and (stance, c["scope"]) not in want:
                        text = c.get("text") or record.text[c["start"]:c["start"] + 160]
                        lines.append(f"{f['set']} {record.name} WRONG {stance}:{c['scope']} | {' '.join(text.split())}")
                for o in gold:
                    if o["stance"] == stance and (stance, o["scope"]) not in got:
                        lines.append(f"{f['set']} {record.name} MISSED {stance}:{o['scope']} | {' '.join((o.get('text') or '').split())}")
    return lines


def markdown(title: str, counts: Counter) -> list[str]:
    """One confusion table, most frequent pair first."""
    lines = [f"| {title}: stance | predicted scope | gold scope | count |", "|---|---|---|---|"]
    for (stance, a, b), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {stance} | {a} | {b} | {n:g} |")
    return lines


def scope_examples(records: list[DocRecord]) -> list[tuple[list[str], dict[str, bool]]]:
    """(words, {stance:scope: bool}) of the opt-out task's sentences a gold opt-out span overlaps."""
    out = []
    for record in records:
        spans = [(a, b, f"{o['stance']}:{o['scope']}") for o in record.gold.get("opt_out") or []
                 for a, b in find_span(record.text, o.get("text") or "")]
        for sentence in record.opt_sentences:
            labels = {label for a, b, label in spans if a < sentence.end and b > sentence.start}
            if labels and not sentence.question:
                out.append((sentence.words, {label: label in labels for label in STANCED}))
    return out


def sentence_of(record: DocRecord, start: int | None) -> Sentence | None:
    """The record's opt-out task sentence holding offset `start`."""
    return next((s for s in record.opt_sentences if start is not None and s.start <= start < s.end), None)


def override_score(folds: list[dict[str, Any]], models: dict[str, Any], stage_threshold: float, threshold: float | None) -> Score:
    """Pooled stance + scope score with `unspecified` scopes overridden by the fold's scope model at
    `threshold` (None: no override)."""
    total = Score()
    for f in folds:
        for record in f["records"]:
            claims = fold_claims(f, record, stage_threshold)
            have = {(c["stance"], c["scope"]) for c in claims}
            for claim in claims:
                sentence = sentence_of(record, claim.get("start"))
                if threshold is None or claim["scope"] != "unspecified" or sentence is None:
                    continue
                probs = classifier.predict(models[f["set"]], [sentence.words])[0]
                best = max(SCOPES, key=lambda scope: probs.get(f"{claim['stance']}:{scope}", 0.0))
                if best != "unspecified" and probs[f"{claim['stance']}:{best}"] >= threshold and (claim["stance"], best) not in have:
                    have.add((claim["stance"], best))
                    claim["scope"] = best
            total.add(gold_sets(record.gold)["opt_out"], predicted_sets(claims)["opt_out"])
    return total


def reference_step() -> Any:
    """record -> {index into its rule claims: new scope}: the reference step on the record's text, read with
    today's linguistic layer (sentences, blocks) beside the record's own claims."""
    from models.context import Sentences
    from models.opt_out_reference import rescoped
    from models.pipeline import build_pipeline

    nlp = build_pipeline(())

    def changes(record: DocRecord) -> dict[int, str]:
        doc = nlp(record.text)
        return rescoped(record.text, doc._.blocks or [], Sentences.of(doc), record.rule_claims)

    return changes


def reference_scores(folds: list[dict[str, Any]], threshold: float, reference: Any) -> list[tuple[str, Score, Score]]:
    """(left-out set, stance + scope without, with the reference step) per fold, rules plus stance stage."""
    rows = []
    for f in folds:
        pair = (Score(), Score())
        for record in f["records"]:
            want = gold_sets(record.gold)["opt_out"]
            for score, step in zip(pair, (None, reference)):
                score.add(want, predicted_sets(fold_claims(f, record, threshold, step))["opt_out"])
        rows.append((f["set"], *pair))
    return rows


def restated_scores(folds: list[dict[str, Any]], threshold: float, reference: Any) -> list[tuple[str, Score, Score, Score]]:
    """(left-out set, stance + scope with the reference step, plus V1, plus V2 of `models.opt_out_restated`) per fold,
    rules plus stance stage (the step reads the stage's claims too)."""
    from models.opt_out_restated import restated

    rows = []
    for f in folds:
        scores = (Score(), Score(), Score())
        for record in f["records"]:
            want = gold_sets(record.gold)["opt_out"]
            claims = fold_claims(f, record, threshold, reference)
            for score, stances in zip(scores, ((), ("possible",), ("possible", "not_possible"))):
                drop = restated(claims, stances)
                score.add(want, predicted_sets([c for i, c in enumerate(claims) if i not in drop])["opt_out"])
        rows.append((f["set"], *scores))
    return rows


def reference_markdown(title: str, rows: list[tuple[Any, ...]], columns: tuple[str, ...] = ("with the reference step",)) -> list[str]:
    """One table of `reference_scores` (or `restated_scores`, more `columns`), with the pooled row."""
    lines = [f"| {title}: left-out set | stance + scope F1 without (tp, fp, fn) | {' | '.join(columns)} |", "|---" * (len(columns) + 2) + "|"]
    pooled = tuple(Score() for _ in range(len(columns) + 1))
    for name, *scores in rows:
        for total, score in zip(pooled, scores):
            total.merge(score)
        lines.append(f"| {name} | {' | '.join(f1_cell(score) for score in scores)} |")
    lines.append(f"| **pooled** | {' | '.join(f1_cell(score) for score in pooled)} |")
    return lines


def f1_cell(score: Score) -> str:
    """A table cell "F1 (tp, fp, fn)" of `score` (this tool's tables and `scope_variants`')."""
    return f"{score.f1:.3f} ({score.true_positives}, {score.false_positives}, {score.false_negatives})"


def main(argv: list[str] | None = None) -> int:
    """Print the scope confusion tables (and, with --textcat, the learned override's LOSO scores)."""
    parser = argparse.ArgumentParser(prog="python -m models.learned.scope_confusion", description=main.__doc__)
    add_record_options(parser)
    parser.add_argument("--textcat", action="store_true", help="also score the learned scope override per threshold")
    parser.add_argument("--reference", action="store_true", help="also score the opt-out reference step per left-out set")
    parser.add_argument("--restated", action="store_true", help="also score the restated-option step (V1, V2) per left-out set")
    parser.add_argument("--list", action="store_true", help="also list the blind-rules folds' wrong and missed scopes with their texts")
    parser.add_argument("--sets", nargs="+", default=None, help="confusion tables of these studied sets only (e.g. dev heldout heldout2)")
    add_opt_setting_options(parser)
    args = parser.parse_args(argv)
    sets = set(args.sets) if args.sets else None
    stage_threshold = float(settings()["threshold"])
    opt = opt_settings_of(args)
    print("opt-out stage settings:", opt)
    records, current, blind, train_on = all_folds(args.shared, args.cache, not args.no_blind_rules, opt=opt)
    print("\n".join(markdown("today's rules, rules only", confusion([{**f, "opt_probs": None} for f in current], stage_threshold, sets))))
    print()
    print("\n".join(markdown("today's rules + stance stage", confusion(current, stage_threshold, sets))))
    if blind:
        print()
        print("\n".join(markdown("blind-rules folds + stance stage", confusion(blind, stage_threshold, sets))))
    if args.list:
        print()
        print("\n".join(scope_errors(blind, stage_threshold)))
    if args.reference:
        step = reference_step()
        for title, folds in (("today's rules", current), ("blind-rules folds", blind)):
            if folds:
                print()
                print("\n".join(reference_markdown(title, reference_scores(folds, stage_threshold, step))))
    if args.restated:
        step = reference_step()
        columns = ("V1: possible", "V2: both stances")
        for title, folds in (("today's rules, reference step on", current), ("blind-rules folds, reference step on", blind)):
            if folds:
                print()
                print("\n".join(reference_markdown(title, restated_scores(folds, stage_threshold, step), columns)))
    if args.textcat:
        train_on.update({f["set"]: [r for r in records if r.set_name != f["set"]] for f in current})
        models = {name: classifier.train(scope_examples(rs), STANCED, seed=classifier.SEED) for name, rs in train_on.items()}
        for threshold in (None, *THRESHOLDS):
            now, old = (override_score(folds, models, stage_threshold, threshold) for folds in (current, blind))
            print(f"override {threshold}: stance + scope, today's rules {now.f1:.3f} ({now.true_positives} tp, {now.false_positives} fp),"
                  f" blind rules {old.f1:.3f} ({old.true_positives} tp, {old.false_positives} fp)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
