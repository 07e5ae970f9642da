"""`python -m models.learned.scope_variants`: the declared opt-out scope variants of session 15, on the folds (issue 7).

Each variant is a step after the learned opt-out stage: it reads one document's opt_out claims (the rules' plus
the stance stage's, `scope_confusion.opt_claims`) and returns them rescoped, or with claims added. Scored as
stance + scope per left-out set, on today's-rules folds and on the blind-rules folds (`loso.BLIND_RULES`), with the
folds `scope_confusion.all_folds` keeps in the cache, the stance stage with the shipped settings unless a switch
(`loso.add_opt_setting_options`) says otherwise. Declared before measuring in docs/extraction-quality.md
("Opt-out scope on the fifteen blind-rules folds"):

- V1, the closed-window convention: a not_possible claim scoped `all_sharing` / `unspecified` whose sentence names
  no data, transfer or use and says an option ended or is withheld now ("nicht mehr", "diesmal", "danach", new
  users) takes `ads`: the one option ever offered was the 2016 setting (ads and friend suggestions: `ads`).
- V1+: V1, and a stance-stage candidate sentence of that kind, not_possible by the classifier, adds not_possible /
  `ads` where the document lacks that pair (the stage itself stops at the document's first not_possible claim).
- V2 / V2b: the learned override (`scope_confusion.scope_examples`, one classifier per fold) at 0.8, for
  `unspecified` claims (V2) or for `unspecified` / `all_sharing` claims in a sentence naming no data (V2b).
- V3, the "Datenweitergabe" convention: a possible `unspecified` claim whose sentence names the transfer takes
  `all_sharing`.
"""
from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from typing import Any

from models.evaluate import Score, gold_sets, predicted_sets
from models.learned import classifier
from models.learned.dataset import NOT_POSSIBLE, POSSIBLE, DocRecord
from models.learned.features import Sentence
from models.learned.loso import add_opt_setting_options, add_record_options, opt_settings_of
from models.learned.opt_out_stage import opt_candidates, settings
from models.learned.scope_confusion import (
    SCOPES, STANCED, all_folds, f1_cell, fold_claims, scope_examples, sentence_of,
)
from models.opt_out import default_cues

OVERRIDE_AT = 0.8  # the learned override's declared threshold (session 8's best, not chosen again)
LATER_FOLDS = {f"heldout{n}" for n in range(16, 24)}  # the declared second judge: own16..own23's blind-rules folds
_USES = ("scope_ads", "scope_friend_suggestions", "scope_phone_number")
# An option that ended or is withheld now: time adverbs of a closed window, and new users who never had it.
_CLOSED = re.compile(
    r"\bnicht\s+(?:mehr|länger)\b|\bdiesmal\b|\bdieses\s+mal\b|\bdanach\b|\bnach\s+ablauf\b|\babgelaufen\b"
    r"|\bverstrichen\b|\bvorbei\b|\bverschwunden\b|\bendgültig\b|\berstmals\b"
    r"|\bneue[nr]?\s+(?:nutzer|kunden|mitglieder)\w*|\bneu\s+(?:\w+\s+)?(?:registriert|angemeldet|installiert|dazugekommen)\w*"
)
_NOW = re.compile(r"\b(?:inzwischen|mittlerweile|heute)\b")
_NEGATION = re.compile(r"\b(?:nicht|kein\w*|nie|nirgends)\b")

Step = Callable[[DocRecord, list[dict[str, Any]], dict[str, Any]], list[dict[str, Any]]]


def objectless(low: str, sentence: Sentence | None) -> bool:
    """Names no data (the data vocabulary's mentions, the opt-out cues' data words), no transfer and no use."""
    c = default_cues()
    if sentence is not None and sentence.mentions:
        return False
    return not (c.has("data", low) or c.has("transfer_object", low) or any(c.has(name, low) for name in _USES))


def closed_window(low: str) -> bool:
    """An option told as ended or withheld now ("gibt es nicht mehr", "diesmal", new users), `low` lowered."""
    return bool(_CLOSED.search(low) or (_NOW.search(low) and _NEGATION.search(low)))


_OPTION_CUES = ("optout_noun", "restricted_choice")
_LEAVE_CUES = ("accept", "refuse", "quit", "consequence", "keep_using", "terms_object", "anaphor")
_CHOICE_NOUN = re.compile(r"\bwahl\b")


def option_closed(low: str, sentence: Sentence | None) -> bool:
    """V4: an ended or withheld option named as such (switch, setting, objection, choice), with no accept-or-leave
    or terms word and no anaphor, naming no data, transfer or use."""
    c = default_cues()
    named = any(c.has(name, low) for name in _OPTION_CUES) or bool(_CHOICE_NOUN.search(low))
    return (named and closed_window(low) and not any(c.has(name, low) for name in _LEAVE_CUES)
            and objectless(low, sentence))


def _low(record: DocRecord, claim: dict[str, Any], sentence: Sentence | None) -> str:
    return (record.text[sentence.start:sentence.end] if sentence is not None else claim.get("text") or "").lower()


def _ended(low: str, sentence: Sentence | None) -> bool:
    return closed_window(low) and objectless(low, sentence)


def rescope_ended(record: DocRecord, claims: list[dict[str, Any]], ended: Callable[[str, Sentence | None], bool]) -> list[dict[str, Any]]:
    """Objectless not_possible claims (`all_sharing` / `unspecified`) of an ended option (`ended`) rescoped to `ads`."""
    out = []
    for claim in claims:
        if claim["stance"] == NOT_POSSIBLE and claim["scope"] in ("all_sharing", "unspecified"):
            sentence = sentence_of(record, claim.get("start"))
            if ended(_low(record, claim, sentence), sentence):
                claim = {**claim, "scope": "ads"}
        out.append(claim)
    return out


def add_ended(record: DocRecord, claims: list[dict[str, Any]], ctx: dict[str, Any],
              ended: Callable[[str, Sentence | None], bool], rescope: bool = True) -> list[dict[str, Any]]:
    """`rescope_ended` (unless not `rescope`), and a not_possible / `ads` claim on a stage candidate of an ended
    option the stage left."""
    out = rescope_ended(record, claims, ended) if rescope else list(claims)
    have = {(c["stance"], c["scope"]) for c in out}
    claimed_at = {c.get("start") for c in out}
    for sentence in opt_candidates(record.opt_sentences, record.opt_ruled):
        probs = ctx["opt_probs"][(record.set_name, record.name, sentence.index)]
        if (NOT_POSSIBLE, "ads") in have or sentence.start in claimed_at:
            continue
        if probs.get(NOT_POSSIBLE, 0.0) >= max(ctx["threshold"], probs.get(POSSIBLE, 0.0)):
            if ended(record.text[sentence.start:sentence.end].lower(), sentence):
                out.append({"type": "opt_out", "stance": NOT_POSSIBLE, "scope": "ads", "start": sentence.start})
                have.add((NOT_POSSIBLE, "ads"))
    return out


def v1(record: DocRecord, claims: list[dict[str, Any]], ctx: dict[str, Any]) -> list[dict[str, Any]]:
    """The closed-window convention: rescope objectless not_possible claims of an ended option to `ads`."""
    return rescope_ended(record, claims, _ended)


def v1_plus(record: DocRecord, claims: list[dict[str, Any]], ctx: dict[str, Any]) -> list[dict[str, Any]]:
    """V1, and a not_possible / `ads` claim on a stage candidate of an ended option the stage left unclaimed."""
    return add_ended(record, claims, ctx, _ended)


def v4(record: DocRecord, claims: list[dict[str, Any]], ctx: dict[str, Any]) -> list[dict[str, Any]]:
    """V1+ read on the option itself (`option_closed`)."""
    return add_ended(record, claims, ctx, option_closed)


def v5(record: DocRecord, claims: list[dict[str, Any]], ctx: dict[str, Any]) -> list[dict[str, Any]]:
    """V4's addition only: no claim is rescoped."""
    return add_ended(record, claims, ctx, option_closed, rescope=False)


def _override(record: DocRecord, claims: list[dict[str, Any]], ctx: dict[str, Any],
              applies: Callable[[dict[str, Any], Sentence], bool], others_only: bool) -> list[dict[str, Any]]:
    have = {(c["stance"], c["scope"]) for c in claims}
    out = []
    for claim in claims:
        sentence = sentence_of(record, claim.get("start"))
        if sentence is not None and applies(claim, sentence):
            probs = classifier.predict(ctx["model"], [sentence.words])[0]
            scopes = [s for s in SCOPES if not (others_only and s == claim["scope"])]
            best = max(scopes, key=lambda s: probs.get(f"{claim['stance']}:{s}", 0.0))
            if best != claim["scope"] and probs[f"{claim['stance']}:{best}"] >= OVERRIDE_AT and (claim["stance"], best) not in have:
                have.add((claim["stance"], best))
                claim = {**claim, "scope": best}
        out.append(claim)
    return out


def v2(record: DocRecord, claims: list[dict[str, Any]], ctx: dict[str, Any]) -> list[dict[str, Any]]:
    """The learned override of an `unspecified` scope (session 8's design)."""
    return _override(record, claims, ctx, lambda c, s: c["scope"] == "unspecified", True)


def v2b(record: DocRecord, claims: list[dict[str, Any]], ctx: dict[str, Any]) -> list[dict[str, Any]]:
    """The learned override of an `unspecified` / `all_sharing` scope in a sentence naming no data."""
    return _override(record, claims, ctx, lambda c, s: c["scope"] in ("unspecified", "all_sharing") and not s.mentions, False)


def v3(record: DocRecord, claims: list[dict[str, Any]], ctx: dict[str, Any]) -> list[dict[str, Any]]:
    """The "Datenweitergabe" convention: possible `unspecified` naming the transfer (or data and Facebook) -> all_sharing."""
    c = default_cues()
    out = []
    for claim in claims:
        if claim["stance"] == POSSIBLE and claim["scope"] == "unspecified":
            low = _low(record, claim, sentence_of(record, claim.get("start")))
            if c.has("transfer_object", low) or (c.has("data", low) and c.has("facebook", low)):
                claim = {**claim, "scope": "all_sharing"}
        out.append(claim)
    return out


VARIANTS: dict[str, Step] = {"V0": lambda record, claims, ctx: claims, "V1": v1, "V1+": v1_plus, "V2": v2, "V2b": v2b, "V3": v3, "V4": v4, "V5": v5}
LEARNED = ("V2", "V2b")


def fold_scores(folds: list[dict[str, Any]], step: Step, threshold: float, models: dict[str, Any] | None = None) -> list[tuple[str, Score]]:
    """(left-out set, stance + scope Score) per fold with `step` applied to every document's opt_out claims."""
    rows = []
    for f in folds:
        score = Score()
        ctx = {"opt_probs": f["opt_probs"], "threshold": threshold, "model": (models or {}).get(f["set"])}
        for record in f["records"]:
            claims = step(record, fold_claims(f, record, threshold), ctx)
            score.add(gold_sets(record.gold)["opt_out"], predicted_sets(claims)["opt_out"])
        rows.append((f["set"], score))
    return rows


def _pool(rows: list[tuple[str, Score]], keep: Callable[[str], bool] = lambda name: True) -> Score:
    total = Score()
    for name, score in rows:
        if keep(name):
            total.merge(score)
    return total


def main(argv: list[str] | None = None) -> int:
    """Score the declared scope variants: pooled stance + scope per kind of fold, and per fold against V0."""
    parser = argparse.ArgumentParser(prog="python -m models.learned.scope_variants", description=main.__doc__)
    add_record_options(parser)
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    parser.add_argument("--seed", type=int, default=classifier.SEED, help="the learned override's seed (the stance folds keep seed 7)")
    add_opt_setting_options(parser)
    args = parser.parse_args(argv)
    threshold = float(settings()["threshold"])
    opt = opt_settings_of(args)
    print("opt-out stage settings:", opt)
    records, current, blind, train_on = all_folds(args.shared, args.cache, not args.no_blind_rules, opt=opt)
    models: dict[str, Any] = {}
    if any(v in LEARNED for v in args.variants):
        train_on.update({f["set"]: [r for r in records if r.set_name != f["set"]] for f in current})
        models = {name: classifier.train(scope_examples(rs), STANCED, seed=args.seed) for name, rs in train_on.items()}
    base = {kind: fold_scores(folds, VARIANTS["V0"], threshold) for kind, folds in (("now", current), ("blind", blind))}
    print("| variant | today's-rules folds pooled F1 (tp, fp, fn) | blind-rules folds pooled | own16..own23 blind folds |"
          " worst fold loss | folds changed (blind: set delta tp/fp) |")
    print("|---|---|---|---|---|---|")
    later = lambda name: name.split(" @ ")[0] in LATER_FOLDS
    for name in args.variants:
        rows = {kind: fold_scores(folds, VARIANTS[name], threshold, models) for kind, folds in (("now", current), ("blind", blind))}
        loss = max((b.f1 - a.f1 for kind in rows for (_, a), (_, b) in zip(rows[kind], base[kind])), default=0.0)
        changed = [f"{n.split(' @ ')[0]} {a.true_positives - b.true_positives:+d}/{a.false_positives - b.false_positives:+d}"
                   for (n, a), (_, b) in zip(rows["blind"], base["blind"])
                   if (a.true_positives, a.false_positives) != (b.true_positives, b.false_positives)]
        print(f"| {name} | {f1_cell(_pool(rows['now']))} | {f1_cell(_pool(rows['blind']))} | {f1_cell(_pool(rows['blind'], later))} |"
              f" {loss:.3f} | {', '.join(changed) or '-'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
