"""`dealwatch_learned_data_shared`: data_shared claims the rules missed, where a learned classifier says
the sentence states a transfer.

Recall-first, the rules keep the values: only a sentence that
- holds a data mention of the rules' own vocabulary (compounds included),
- stands in the deal context (`doc._.deal_context`: by name, epithet, pronoun, title,
  or the heading / question introducing its block),
- is no question, and
- got no data_shared claim from the rules,
is classified at all (the gate: a handful of sentences per article). Where the
classifier's probability of `shared` or `not_shared` reaches the threshold, each
data type named there becomes a claim. Polarity: the classifier's when only one
label passes; when both do (a sentence that shares one thing and keeps back
another), the negation scope of the mention's clause (`models.negation`) decides.
Precision guards (from the rules' own cue lists): the sentence must name Facebook or
follow a transfer cue (sentences before, its heading or question, the title) or a rule
claim; another service (Instagram, Signal), another recipient (advertisers), a matching
("gleicht ... ab"), or a statement not asserted as fact (condition, speculation, warning,
hearsay, denial, dispute) rules it out; a bare "Nachrichten" is never claimed. With the option `guards` (shipped since
session 9, variant V6) the stage's own guards (`models.learned.ds_guards`: hearsay, a user's choice, advice, no
transfer to Facebook, a state of the data) rule out more. Settings (enabled, threshold: chosen by `python -m models.learned.loso`,
never by one set; "options": what else the stage reads, `models.learned.ds_options`, measured by `loso --variant`)
are in `data_shared_stage.json`; the weights in `data_shared.bin`.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from models.claims import add_claim, claims_of
from models.context import Sentences, doc_text
from models import data_shared_layout
from models.data_shared_phrases import bare_message_word
from models.doc_extensions import doc_value
from models.layer.text import lower_text
from models.layer.literals import gate_sentences
from models.component import build_now
from models.learned import classifier, ds_guards, features
from models.learned.ds_guards import (
    STRONG_TRANSFER_CUES, negated_use, own_transfer_cue, provided_by_user, stored_by_sender, visible_to_other,
)
from models.learned.ds_options import Options
from models.learned.dataset import DATA_LABELS, NOT_SHARED, SHARED
from models.learned.features import (
    MESSAGE_KINDS, Sentence, classifier_words, doc_sentences, hedged_protection, is_candidate, party_spans,
    protection_cue,
)
from models.learned.stage_base import LearnedStage, shipped_if_enabled
from models.negation import clause_index, has_negation, split_clauses

HERE = Path(__file__).resolve().parent
SETTINGS_FILE = HERE / "data_shared_stage.json"
WEIGHTS_FILE = HERE / "data_shared.bin"


@lru_cache(maxsize=1)
def _kein_before() -> re.Pattern[str] | None:
    """The negating determiner "kein" (models/negation_words.py, the one vocabulary) opening the mention's noun phrase,
    perhaps with an attribute or two in lower case between ("aber keine Nachrichteninhalte", "keine privaten Chats"):
    that phrase is what is NOT passed on. None in a blind-rules fold whose older rules tree lacks the vocabulary
    (models/learned/loso.py `fold_tree`): nothing is read so there, as it was not then."""
    reader = _negation_words()
    if reader is None:
        return None
    return re.compile(r"\b(?:" + reader() + r")\s+(?:[a-zäöüß][\w-]*\s+){0,2}$")


def _negation_words() -> Any:
    """`models.negation_words.negative_determiner`, or None where the rules tree lacks it (older than session 42)."""
    try:
        return importlib.import_module("models.negation_words").negative_determiner
    except (ImportError, AttributeError):
        return None


def kein_before(text: str, start: int) -> bool:
    """Whether a negating determiner opens the noun phrase of the mention at `start` of the original-case `text`
    (issue 7, session 49, ds49: own90-052's verbless answer "Telefonnummer, Angaben zum Gerät ..., aber keine
    Nachrichteninhalte" took the sentence's shared label for every mention). Only the 80 characters before it are read."""
    pattern = _kein_before()
    return pattern is not None and pattern.search(text[max(0, start - 80):start]) is not None


@dataclass(frozen=True)
class StageClaim:
    """A claim the stage adds: absolute offsets, data type, polarity."""

    start: int
    end: int
    data_type: str
    shared: bool


def settings() -> dict[str, Any]:
    """The stage's settings: {"enabled": bool, "threshold": float}."""
    return classifier.read_settings(SETTINGS_FILE)


def shipped_model(path: str = str(WEIGHTS_FILE)) -> Language:
    """The shipped classifier (loaded once per process)."""
    return classifier.shipped(path, tuple(DATA_LABELS))


def candidates(sentences: Sequence[Sentence], ruled: set[int], options: Options = Options()) -> list[Sentence]:
    """The sentences the stage classifies (`models.learned.features.is_candidate`)."""
    return [s for s in sentences if is_candidate(s, ruled, options)]


def stage_words(sentence: Sentence, options: Options) -> list[str]:
    """What the classifier reads of a sentence: its words, and its context's with `options.context_words`."""
    return classifier_words(sentence, options.context_words)


def decide_with(options: Options, text: str, sentence: Sentence, probs: dict[str, float], threshold: float,
                skip: frozenset[str] = frozenset()) -> list[StageClaim]:
    """`decide` with the stage's `options` (the sentence's own threshold, the message options, the visibility, store
    and use guards): the one call of the run-time stage and of the fold scorer (`models.learned.loso`), so the two
    cannot drift apart."""
    low = text[sentence.start:sentence.end].lower()
    tests = features.rule_cue_tests()
    if ((options.visibility_guard and visible_to_other(low))
            or (options.store_guard and (stored_by_sender(low, tests) or provided_by_user(low, tests)))
            or (options.use_guard and negated_use(low, strong_transfer=own_transfer_cue(tests, low, STRONG_TRANSFER_CUES))
                and not protection_cue(low))):
        return []
    return decide(text, sentence, probs, options.threshold_for(sentence, threshold), skip,
                  options.message_not_shared, options.message_anchor,
                  sentence.ds_derived if options.phrasing_guards else ())


def vetoed(options: Options, probs: dict[str, float], data_type: str, shared: bool) -> bool:
    """Whether the option `veto` drops a rule claim (`data_type`, `shared`) of a sentence the stage classified with
    `probs`: the probability of the claim's own polarity is below `options.veto`. "other" is never vetoed (the
    scores ignore it, so no fold could show what a veto of it does). The one test of the run-time stage and of the
    fold scorer (`models.learned.loso`)."""
    return (options.veto > 0.0 and data_type != "other"
            and probs.get(SHARED if shared else NOT_SHARED, 0.0) < options.veto)


def vetoed_in(options: Options, sentence: Sentence, probs: dict[str, float], claim_type: str, start: int,
              fields: Mapping[str, Any]) -> bool:
    """Whether `vetoed` drops a claim (`claim_type` starting at `start`, its `fields` holding data_type and shared)
    of `sentence`: a data_shared claim of this sentence only. One test for the stage's claim objects and the fold
    scorer's claim dicts."""
    return (claim_type == "data_shared" and sentence.start <= start < sentence.end
            and vetoed(options, probs, fields["data_type"], bool(fields["shared"])))


def decide(text: str, sentence: Sentence, probs: dict[str, float], threshold: float,
           skip: frozenset[str] = frozenset(), messages: bool = False, anchored: bool = False,
           held: Sequence[tuple[int, int]] = ()) -> list[StageClaim]:
    """The claims of one candidate sentence given its label probabilities (see the module docstring);
    no claim for a data type in `skip` (the rules claimed it in this sentence). With `messages` (option
    `message_not_shared`), its bare message words too, where they are decided not shared; with `anchored`
    (option `message_anchor`) only where the sentence names Facebook or holds a protection cue; no claim of a mention
    starting inside a `held` span (doc offsets: the rules' derived-from clauses, option `phrasing_guards`)."""
    shared_p, not_p = probs.get(SHARED, 0.0), probs.get(NOT_SHARED, 0.0)
    if max(shared_p, not_p) < threshold:
        return []
    both = shared_p >= threshold and not_p >= threshold
    low = text[sentence.start:sentence.end].lower()
    clauses = split_clauses(low) if both else []
    out: dict[tuple[str, bool], StageClaim] = {}
    if messages and anchored and sentence.message_mentions:
        messages = sentence.names_buyer or protection_cue(low)
    if messages and sentence.message_mentions and hedged_protection(low):
        messages = False  # "Diese Unterhaltungen sind nicht mehr vollständig verschlüsselt": nothing said either way
    for mention in [*sentence.mentions, *(sentence.message_mentions if messages else ())]:
        if mention.data_type in skip or any(a <= mention.start < b for a, b in held):
            continue
        if both:
            clause = clauses[clause_index(clauses, mention.start - sentence.start)] if clauses else (0, len(low))
            shared = not has_negation(low[clause[0]:clause[1]])
        else:
            shared = shared_p >= threshold
        if shared and kein_before(text, mention.start):
            shared = False  # "..., aber keine Nachrichteninhalte": the determiner negates this phrase alone
        if shared and mention.kind in MESSAGE_KINDS:
            continue  # a bare "Nachrichten" has too many other readings to be claimed as passed on
        if mention.kind in MESSAGE_KINDS and low[mention.start - sentence.start:mention.end - sentence.start] == "chat":
            continue  # the singular "den Chat" is claimed only passed on, as the rules do (session 46, ds46)
        if mention.kind in MESSAGE_KINDS and bare_message_word(low, mention.start - sentence.start):
            # the rules' reading (models/data_shared._sentence): a bare "die Kommunikation" names no data type
            # ("..., die Kommunikation mit Firmen werde aber neu geregelt"); the stage never claims it passed on
            continue
        out.setdefault((mention.data_type, shared), StageClaim(mention.start, mention.end, mention.data_type, shared))
    return list(out.values())


def ruled_data_types(doc: Doc) -> dict[int, frozenset[str]]:
    """Sentence index -> the data types of the data_shared claims already in it."""
    sents = Sentences.of(doc)
    out: dict[int, set[str]] = {}
    for c in doc._.claims or ():
        if c.type == "data_shared":
            out.setdefault(sents.index_at(c.start), set()).add(c.fields["data_type"])
    return {i: frozenset(types) for i, types in out.items()}


_OPTIONS_KEY = "dealwatch_unkeyed_options"  # doc.user_data: the spans of a quiz's unkeyed options, read once


def _unkeyed_options(doc: Doc) -> list[tuple[int, int]]:
    """The spans of the document's multiple-choice options that no key names (models/data_shared_layout.py
    `unkeyed_options`), worked out once per document."""
    if _OPTIONS_KEY not in doc.user_data:
        # (a blind-rules fold's older rules tree has no such reader: no options to keep out there)
        reader = getattr(data_shared_layout, "unkeyed_options", None)
        doc.user_data[_OPTIONS_KEY] = reader(lower_text(doc), doc_value(doc, "blocks") or []) if reader else []
    return doc.user_data[_OPTIONS_KEY]


# An item the stage classifies: (doc, the data types the rules claimed per sentence, a candidate sentence).
DsItem = tuple[Doc, dict[int, frozenset[str]], Sentence]


class LearnedDataShared(LearnedStage[DsItem]):
    """Adds data_shared claims where the classifier reads a transfer the rules did not claim."""

    def __init__(self, model: Language | None, threshold: float, enabled: bool, options: Options = Options()) -> None:
        super().__init__(model, threshold, enabled)
        self.options = options

    def items(self, batch: Sequence[Doc]) -> list[DsItem]:
        """The candidate sentences of every Doc of the batch."""
        return [(doc, ruled, sentence) for doc in batch for ruled, sentences in [self._candidates(doc)] for sentence in sentences]

    def words(self, item: DsItem) -> list[str]:
        """`stage_words` of the item's sentence."""
        return stage_words(item[2], self.options)

    def apply(self, item: DsItem, probs: dict[str, float]) -> None:
        """The claims `decide` gives the sentence, but none of a data type the rules claimed there; with the option
        `veto`, the rules' claims of the sentence that `vetoed` drops are dropped first."""
        doc, ruled, sentence = item
        if self.options.veto and sentence.index in ruled:
            # (before adding: the stage's own claims pass its threshold, so a veto below it never drops them)
            claims = claims_of(doc)
            claims[:] = [c for c in claims if not vetoed_in(self.options, sentence, probs, c.type, c.start, c.fields)]
        options = _unkeyed_options(doc)
        for claim in decide_with(self.options, doc_text(doc), sentence, probs, self.threshold,
                                 ruled.get(sentence.index, frozenset())):
            if any(a <= claim.start < b for a, b in options):
                continue  # an option of a quiz its key does not name, as the rules read it (ds40, session 40)
            add_claim(doc, "data_shared", claim.start, claim.end, data_type=claim.data_type, shared=claim.shared)

    def _candidates(self, doc: Doc) -> tuple[dict[int, frozenset[str]], list[Sentence]]:
        """The data types the rules claimed per sentence, and the sentences to classify."""
        with_terms = gate_sentences(doc, "data_shared.terms")
        if not with_terms or not any(label == "BUYER" for _s, _e, label in party_spans(doc)):
            return {}, []  # no data word, or Facebook never spoken of: nothing to add
        ruled = ruled_data_types(doc)
        # (without a veto, a sentence whose data types the rules all claimed can get nothing: `doc_sentences` skips it)
        claimed = ruled if not self.options.veto else None
        sentences = doc_sentences(doc, only=with_terms, ruled=set(ruled), options=self.options, claimed=claimed)
        # (a sentence whose claim the rules dropped, a report a later sentence contradicts: read, left alone, as the
        # opt_out stage leaves the rules' rejected sentences; models.claims.rejected_sentences, session 54, ds54)
        rejected = (doc._.rejected_sentences or {}).get("data_shared")
        if rejected:
            sentences = [s for s in sentences if s.index not in rejected]
        return ruled, sentences


@Language.factory("dealwatch_learned_data_shared")
def make_component(nlp: Language, name: str) -> LearnedDataShared:
    """spaCy factory: the stage with the shipped weights and settings."""
    config = settings()
    if "dealwatch_data_shared" in nlp.pipe_names:
        features.use_finder(nlp.get_pipe("dealwatch_data_shared"))  # its vocabulary, not a second compiled copy
    model = shipped_if_enabled(config, WEIGHTS_FILE, tuple(DATA_LABELS))
    build_now(ds_guards._frames, ds_guards.rule_phrasings, features._topic_transfer)  # (speed30)
    return LearnedDataShared(model, float(config["threshold"]), bool(config.get("enabled")), Options.from_settings(config))
