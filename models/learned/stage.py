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
hearsay, denial, dispute) rules it out; a bare "Nachrichten" is never claimed. Settings (enabled, threshold: chosen by `python -m models.learned.loso`,
never by one set) are in `data_shared_stage.json`; the weights in `data_shared.bin`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from models.claims import add_claim
from models.component import DEFAULT_BATCH_SIZE, DocComponent
from models.context import Sentences, doc_text
from models.layer.literals import gate_sentences
from models.learned import classifier, features
from models.learned.dataset import DATA_LABELS, NOT_SHARED, SHARED
from models.learned.features import Sentence, doc_sentences, is_candidate
from models.negation import clause_index, has_negation, split_clauses

HERE = Path(__file__).resolve().parent
SETTINGS_FILE = HERE / "data_shared_stage.json"
WEIGHTS_FILE = HERE / "data_shared.bin"


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


def candidates(sentences: Sequence[Sentence], ruled: set[int]) -> list[Sentence]:
    """The sentences the stage classifies (`models.learned.features.is_candidate`)."""
    return [s for s in sentences if is_candidate(s, ruled)]


def decide(text: str, sentence: Sentence, probs: dict[str, float], threshold: float) -> list[StageClaim]:
    """The claims of one candidate sentence given its label probabilities (see the module docstring)."""
    shared_p, not_p = probs.get(SHARED, 0.0), probs.get(NOT_SHARED, 0.0)
    if max(shared_p, not_p) < threshold:
        return []
    both = shared_p >= threshold and not_p >= threshold
    low = text[sentence.start:sentence.end].lower()
    clauses = split_clauses(low) if both else []
    out: dict[tuple[str, bool], StageClaim] = {}
    for mention in sentence.mentions:
        if both:
            clause = clauses[clause_index(clauses, mention.start - sentence.start)] if clauses else (0, len(low))
            shared = not has_negation(low[clause[0]:clause[1]])
        else:
            shared = shared_p >= threshold
        out.setdefault((mention.data_type, shared), StageClaim(mention.start, mention.end, mention.data_type, shared))
    return list(out.values())


def ruled_sentences(doc: Doc) -> set[int]:
    """Indices of the sentences holding a data_shared claim already."""
    sents = Sentences.of(doc)
    return {sents.index_at(c.start) for c in doc._.claims or () if c.type == "data_shared"}


class LearnedDataShared(DocComponent):
    """Adds data_shared claims where the classifier reads a transfer the rules did not claim."""

    def __init__(self, model: Language | None, threshold: float, enabled: bool) -> None:
        self.model = model
        self.threshold = threshold
        self.enabled = enabled and model is not None

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Doc]:
        """The candidates of a whole batch of Docs are classified in one call (the model's cost is per call)."""
        for batch in minibatch(docs, batch_size):
            found = [(doc, sentence) for doc in batch for sentence in self._candidates(doc)]
            if found:
                probs = classifier.predict(self.model, [sentence.words for _, sentence in found])
                for (doc, sentence), p in zip(found, probs):
                    for claim in decide(doc_text(doc), sentence, p, self.threshold):
                        add_claim(doc, "data_shared", claim.start, claim.end, data_type=claim.data_type, shared=claim.shared)
            yield from batch

    def _candidates(self, doc: Doc) -> list[Sentence]:
        if not self.enabled:
            return []
        with_terms = gate_sentences(doc, "data_shared.terms")
        if not with_terms or not any(m.label_ == "BUYER" for m in doc._.deal_mentions or ()):
            return []  # no data word, or Facebook never spoken of: nothing to add
        return doc_sentences(doc, only=with_terms, ruled=ruled_sentences(doc))


@Language.factory("dealwatch_learned_data_shared")
def make_component(nlp: Language, name: str) -> LearnedDataShared:
    """spaCy factory: the stage with the shipped weights and settings."""
    config = settings()
    if "dealwatch_data_shared" in nlp.pipe_names:
        features.use_finder(nlp.get_pipe("dealwatch_data_shared"))  # its vocabulary, not a second compiled copy
    model = shipped_model() if config.get("enabled") and WEIGHTS_FILE.is_file() else None
    return LearnedDataShared(model, float(config["threshold"]), bool(config.get("enabled")))
