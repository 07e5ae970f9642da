"""`dealwatch_learned_opt_out`: opt-out statements the rules missed, where a learned classifier reads
that users can (`possible`) or cannot (`not_possible`) object; the rules keep the scope.

Recall-first like the data_shared stage (`models.learned.stage`): only a sentence of the rules'
opt-out gate (objection, consent, setting words) that stands in the deal context, is no question
and got no opt_out claim from the rules, and that none of the general guards of `opt_guards.py`
rules out (no choice cue, a hedge, a cue only in a condition or relative clause, ...), is classified
(a bag of lemma n-grams, `classifier.py`, trained on every studied set by `python -m models.learned.train`). Where a stance reaches the
threshold and the document has no claim of that stance yet, the sentence becomes an opt_out claim
with that stance and the scope the rules' own readers give the sentence (`_scope_possible` / `_scope_not_possible` of `models.opt_out`).
Settings (enabled, threshold: chosen by `python -m models.learned.loso`, never by one set) are
in `opt_out_stage.json`, the weights in `opt_out.bin`.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from models.claims import add_claim, claims_of
from models.context import Sentences, doc_text
from models.doc_extensions import doc_value
from models.component import build_now
from models.learned import classifier, opt_guards
from models.learned.dataset import NOT_POSSIBLE, OPT_LABELS, POSSIBLE
from models.learned.features import Sentence, fill_opt_scopes, opt_guard, opt_out_sentences
from models.learned.stage_base import LearnedStage, shipped_if_enabled
from models.opt_out import refined_away, sentences_beside

STANCES = frozenset((POSSIBLE, NOT_POSSIBLE))  # the stances the stage can add
UNSPECIFIED = "unspecified"
HERE = Path(__file__).resolve().parent
SETTINGS_FILE = HERE / "opt_out_stage.json"
WEIGHTS_FILE = HERE / "opt_out.bin"


def settings() -> dict[str, Any]:
    """The stage's settings: {"enabled": bool, "threshold": float, "scope_before": bool, "per_scope": bool,
    "per_unspecified": bool (the last three absent: off; `OptSettings` reads them)}."""
    return classifier.read_settings(SETTINGS_FILE)


@dataclass(frozen=True)
class OptSettings:
    """How the stage turns a stance into a claim (`decide_opt`): one object for the stage, the fold tools
    (`models.learned.loso`) and the scope tools, so that a tool scores what ships unless told otherwise.

    - `scope_before` (session 13 round 2): an `unspecified` scope gives way to the one the sentence before names;
    - `per_scope` (session 14 round 2): only a claim of the same stance AND scope stops the stage's claim;
    - `per_unspecified` (session 15): a named scope passes a claim of the stance whose scope is `unspecified`."""

    scope_before: bool = False
    per_scope: bool = False
    per_unspecified: bool = False

    @classmethod
    def from_settings(cls, config: Mapping[str, Any]) -> OptSettings:
        """The settings of those names in `config` (opt_out_stage.json's mapping; a name absent: off)."""
        return cls(**{f.name: bool(config.get(f.name)) for f in fields(cls)})


def shipped_settings() -> OptSettings:
    """The shipped `OptSettings` (opt_out_stage.json)."""
    return OptSettings.from_settings(settings())


def shipped_model(path: str = str(WEIGHTS_FILE)) -> Language:
    """The shipped classifier (loaded once per process)."""
    return classifier.shipped(path, tuple(OPT_LABELS))


def opt_candidates(sentences: Sequence[Sentence], ruled: set[int]) -> list[Sentence]:
    """The gate: in the deal context, no question, no rule opt_out claim in the sentence, no guard against it
    (`models.learned.opt_guards`)."""
    return [s for s in sentences if s.in_context and not s.question and s.index not in ruled and not s.opt_blocked]


class Claimed:
    """The (stance, scope) pairs of a document's opt_out claims, for `decide_opt`: the only thing kept; which
    stances are claimed and whether a claim of a stance names its scope are read from the pairs."""

    __slots__ = ("pairs",)

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self.pairs: set[tuple[str, str]] = set(pairs)

    def add(self, stance: str, scope: str) -> None:
        """Record a claim (stance, scope)."""
        self.pairs.add((stance, scope))

    def stances(self) -> set[str]:
        """The stances claimed."""
        return {stance for stance, _ in self.pairs}

    def names_scope(self, stance: str) -> bool:
        """Whether a claim of `stance` names its scope (one that is not `unspecified`)."""
        return any(claimed == stance and scope != UNSPECIFIED for claimed, scope in self.pairs)


def stopped(stance: str, scope: str, have: Claimed, opt: OptSettings = OptSettings()) -> bool:
    """Whether the claims `have` stop a claim (stance, scope) of the stage: a claim of the stance; with
    `per_scope` only one of the same pair; with `per_unspecified` a claim of the stance that names its scope, or any
    claim of it where the stage's own scope is unspecified (an unspecified rule claim lets a named scope through)."""
    if opt.per_scope:
        return (stance, scope) in have.pairs
    if opt.per_unspecified and scope != UNSPECIFIED:
        return have.names_scope(stance)
    return stance in have.stances()


def reaches_threshold(probs: dict[str, float], threshold: float) -> bool:
    """Whether a stance's probability reaches `threshold` (else `decide_opt` gives nothing, whatever the scopes)."""
    return max(probs.get(POSSIBLE, 0.0), probs.get(NOT_POSSIBLE, 0.0)) >= threshold


def decide_opt(sentence: Sentence, probs: dict[str, float], threshold: float, have: Claimed,
               opt: OptSettings = OptSettings()) -> tuple[str, str] | None:
    """(stance, scope) of a candidate sentence, or None when neither stance reaches the threshold or the
    document already has a claim of that stance (`have`, updated): the rules' statement of it usually
    stands in another sentence than the one the classifier reads, and a second claim there can only
    add a scope the rules did not choose. `opt` (`OptSettings`): with `scope_before` an `unspecified` scope gives way
    to the one the sentence before names (`Sentence.opt_scope_before`); with `per_scope` only a claim of the same
    stance AND scope stops it (a rule claim of another scope no longer hides a right pair); with `per_unspecified`
    only a rule claim whose scope is `unspecified` lets a claim of the same stance with a named scope through
    (`stopped`)."""
    if not reaches_threshold(probs, threshold):
        return None
    possible, not_possible = probs.get(POSSIBLE, 0.0), probs.get(NOT_POSSIBLE, 0.0)
    stance = POSSIBLE if possible >= not_possible else NOT_POSSIBLE
    scope = sentence.opt_scopes[0 if stance == POSSIBLE else 1]
    if opt.scope_before and scope == UNSPECIFIED:
        scope = sentence.opt_scope_before
    if stopped(stance, scope, have, opt):
        return None
    have.add(stance, scope)
    return stance, scope


def ruled_opt_sentences(doc: Doc) -> set[int]:
    """Indices of the sentences holding an opt_out claim already, or whose claim the rules rejected (a denial
    called false in the next sentence, a cited title: `models.claims.rejected_sentences`; opt26)."""
    sents = Sentences.of(doc)
    rejected = (doc._.rejected_sentences or {}).get("opt_out", set())
    return {sents.index_at(c.start) for c in doc_value(doc, "claims") or () if c.type == "opt_out"} | rejected


def rule_stances(doc: Doc) -> Claimed:
    """What the opt_out claims `doc` holds already have claimed (their (stance, scope) pairs)."""
    return Claimed((c.fields["stance"], c.fields["scope"])
                   for c in doc_value(doc, "claims") or () if c.type == "opt_out")


# An item the stage classifies: (doc, a candidate sentence, the claims `doc` has, shared by the items of one Doc
# and updated by `decide_opt`).
OptItem = tuple[Doc, Sentence, Claimed]


class LearnedOptOut(LearnedStage[OptItem]):
    """Adds opt_out claims where the classifier reads a stance the rules did not claim."""

    def __init__(self, model: Language | None, threshold: float, enabled: bool, rules: Any = None,
                 opt: OptSettings = OptSettings()) -> None:
        super().__init__(model, threshold, enabled)
        self.rules = rules  # the rules' opt_out component: its scope readers
        self.opt = opt  # `decide_opt`'s settings

    def items(self, batch: Sequence[Doc]) -> list[OptItem]:
        """The candidate sentences of every Doc of the batch, each with its Doc's stances."""
        have = {id(doc): rule_stances(doc) for doc in batch}
        # Speed, same claims: a document whose rules claimed both stances can get no claim (`decide_opt`, unless
        # `per_scope` or `per_unspecified`), so its sentences are neither guarded nor classified.
        every = self.opt.per_scope or self.opt.per_unspecified
        return [
            (doc, s, have[id(doc)])
            for doc in batch if every or not have[id(doc)].stances() >= STANCES
            # (the scopes are read in `apply`, only where the classifier's answer reaches the threshold)
            # (and only the first guard is asked here, the others in `apply` where the answer reaches the threshold)
            for s in opt_out_sentences(doc, self.rules, ruled=ruled_opt_sentences(doc), scope_before=self.opt.scope_before,
                                       lazy_scopes=True, lazy_guards=True)
        ]

    def words(self, item: OptItem) -> Sequence[str]:
        """The sentence's words (`models.learned.features`)."""
        return item[1].words

    def apply(self, item: OptItem, probs: dict[str, float]) -> None:
        """An opt_out claim over the sentence, stripped of its outer white space, where `decide_opt` gives one."""
        doc, sentence, have = item
        if self.rules is not None and reaches_threshold(probs, self.threshold):
            if opt_guard(doc, sentence, self.rules):
                return  # a guard against it (`opt_guards.blocked`): never claimed, as if never classified
            fill_opt_scopes(doc, sentence, self.rules, self.opt.scope_before)
        decided = decide_opt(sentence, probs, self.threshold, have, self.opt)
        if decided is not None:
            span = doc_text(doc)[sentence.start:sentence.end]
            start = sentence.start + len(span) - len(span.lstrip())
            end = sentence.start + len(span.rstrip())
            add_claim(doc, "opt_out", start, end, stance=decided[0], scope=decided[1])
            if self.rules is not None:
                drop_verdicts_beside(doc, sentence, self.rules)
            if decided[0] == POSSIBLE and decided[1] != UNSPECIFIED and self.rules is not None:
                refine_step(doc, sentence, self.rules)


def drop_verdicts_beside(doc: Doc, sentence: Sentence, rules: Any) -> None:
    """The rules' no-choice verdicts ("„Das ist keine echte Wahl“, sagt ...") in the sentence right before or after a
    statement the stage adds, with no paragraph break between, read with it (the lead's D41, session 31): they are
    dropped, as the rules drop a verdict beside a statement of their own (`_verdicts_read_with_statements`,
    models/opt_out.py), which runs before the stage and so never sees its claim."""
    text = doc_text(doc)
    sents = Sentences.of(doc)
    near = sentences_beside(text, list(zip(sents.starts, sents.ends)), sentence.index)
    claims = claims_of(doc)
    claims[:] = [c for c in claims if not (
        c.type == "opt_out" and c.fields["stance"] == "not_possible" and c.fields["scope"] == UNSPECIFIED
        and sents.index_at(c.start) in near and rules.verdict_span(text[c.start:c.end].lower())
    )]


def refine_step(doc: Doc, sentence: Sentence, rules: Any) -> None:
    """A result the stage read with a named scope, referring back (the rules' cue `anaphor`: "Das verhindert, dass
    Facebook die Daten für Werbung nutzt") to the sentence just before it, drops that sentence's possible claims
    of every scope (`opt_out.refined_away`, the one decision the rules' `refines` asks too; until session 29 only
    the `unspecified` ones, claims identical on every studied, challenge and generated text): the step's result
    names the scope, as the rules' own results do (`_results`, `refines`, models/opt_out.py), which
    run before the stage and so never see its claim (session 28, learn28:
    own48-023's "... lässt sich ... der Haken entfernen. Das verhindert, dass ...")."""
    if sentence.index == 0 or not rules.c.has("anaphor", doc_text(doc)[sentence.start:sentence.end].lower()):
        return
    sents = Sentences.of(doc)
    claims = claims_of(doc)
    claims[:] = [c for c in claims if not (
        c.type == "opt_out" and refined_away(c.fields["stance"])
        and sents.index_at(c.start) == sentence.index - 1
    )]


@Language.factory("dealwatch_learned_opt_out")
def make_component(nlp: Language, name: str) -> LearnedOptOut:
    """spaCy factory: the stage with the shipped weights and settings."""
    config = settings()
    model = shipped_if_enabled(config, WEIGHTS_FILE, tuple(OPT_LABELS))
    # the guards' frames and the rules' phrasings they read, built now (`build_now`, speed30)
    build_now(opt_guards._frames, opt_guards.rule_phrasings, opt_guards._choice_words, opt_guards.refusal_objects,
              opt_guards.device_objects, opt_guards.setting_objects)
    rules = nlp.get_pipe("dealwatch_opt_out") if "dealwatch_opt_out" in nlp.pipe_names else None
    return LearnedOptOut(model, float(config["threshold"]), bool(config.get("enabled")), rules,
                         OptSettings.from_settings(config))
