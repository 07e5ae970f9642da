"""The sentence classifier of the learned stages: spaCy's `textcat_multilabel` over lemma words.

A bag of lemma unigrams and bigrams (`spacy.TextCatBOW.v3`, a sparse linear model
over hashed n-grams) on the generalised words of `models.learned.features`.
It is small (its weights are one `length` x labels table, a few hundred KB), fast
(no vectors, no network) and trained deterministically from a seed with spaCy's
own training API (`Language.initialize`, `Language.update`).
"""
from __future__ import annotations

import json
import random
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch

PIPE = "textcat_multilabel"
BOW_LENGTH = 2**16  # hashed n-gram buckets: 65,536 x 2 labels x 4 bytes = 512 KB of weights
NGRAM_SIZE = 2
EPOCHS = 12
BATCH_SIZE = 16
DROPOUT = 0.1
SEED = 7
LEARN_RATE = 0.001  # Adam's step (spaCy's default)


def blank_classifier(labels: Sequence[str]) -> Language:
    """An empty pipeline holding only the multilabel text classifier for `labels`."""
    nlp = spacy.blank("xx")  # the words come pre-made from our layer: no tokenizer rules needed
    textcat = nlp.add_pipe(
        PIPE,
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": False,
                "ngram_size": NGRAM_SIZE,
                "no_output_layer": False,
                "length": BOW_LENGTH,
            }
        },
    )
    for label in labels:
        textcat.add_label(label)
    return nlp


EMPTY_WORDS = ["__empty__"]  # what the model reads for an empty word list (as_doc and _Orths must agree)


def as_doc(nlp: Language, words: Sequence[str]) -> Doc:
    """A Doc of already generalised words (an empty list becomes one placeholder word)."""
    return Doc(nlp.vocab, words=list(words) or EMPTY_WORDS)


def train(
    examples: Sequence[tuple[Sequence[str], dict[str, bool]]],
    labels: Sequence[str],
    *,
    seed: int = SEED,
    epochs: int = EPOCHS,
) -> Language:
    """Train a classifier on (words, {label: bool}) pairs; the same data and seed give the same weights."""
    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = blank_classifier(labels)
    data = [
        Example.from_dict(as_doc(nlp, words), {"cats": {label: float(bool(cats.get(label))) for label in labels}})
        for words, cats in examples
    ]
    optimizer = nlp.initialize(lambda: data)
    optimizer.learn_rate = LEARN_RATE
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for batch in minibatch([data[i] for i in order], size=BATCH_SIZE):
            nlp.update(batch, sgd=optimizer, drop=DROPOUT)
    return nlp


class _Orths:
    """A word list as the model reads a Doc: `extract_ngrams` asks only `to_array([ORTH])`, the words' hashes.

    Speed only, same probabilities: a Doc per sentence costs a vocabulary look-up (and, for a word not seen
    before, a new lexeme) per word, and `doc.cats`; the model's input is the ORTH column alone."""

    __slots__ = ("orths",)

    def __init__(self, words: Sequence[str]) -> None:
        # as `as_doc`: an empty list is one placeholder word; ORTH is the hash of the word's string
        self.orths = numpy.fromiter(map(get_string_id, words or EMPTY_WORDS), dtype=numpy.uint64)

    def to_array(self, attrs: Any) -> numpy.ndarray:
        """The ORTH column (the one attribute the bag-of-n-grams model reads); ValueError for any other request
        (a model reading another attribute needs real Docs: `as_doc`)."""
        if list(attrs) != [ORTH]:
            raise ValueError(f"only ORTH is kept for a word list, not {attrs!r}")
        return self.orths


def predict(nlp: Language, sentences: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    """The label probabilities of each word list: what `textcat.pipe` over `as_doc` Docs writes to `doc.cats`
    (each row is scored on its own words alone: the batch does not change it)."""
    if not sentences:
        return []
    textcat = nlp.get_pipe(PIPE)
    scores = textcat.model.ops.to_numpy(textcat.model.predict([_Orths(words) for words in sentences]))
    labels = textcat.labels
    return [{label: float(value) for label, value in zip(labels, row)} for row in scores.tolist()]


def predict_mean(models: Sequence[Language], sentences: Sequence[Sequence[str]]) -> list[dict[str, float]]:
    """The label probabilities of each word list, averaged over `models` (one model: its own)."""
    runs = [predict(model, sentences) for model in models]
    if len(runs) == 1:
        return runs[0]
    return [{label: sum(run[i][label] for run in runs) / len(runs) for label in runs[0][i]} for i in range(len(sentences))]


def save(nlp: Language, path: Path) -> Path:
    """Write the classifier's weights and labels to one file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(nlp.get_pipe(PIPE).to_bytes(exclude=["vocab"]))
    return path


def load(path: Path, labels: Sequence[str]) -> Language:
    """The classifier stored at `path` (written by `save` for the same labels)."""
    nlp = blank_classifier(labels)
    nlp.initialize(lambda: [Example.from_dict(as_doc(nlp, ["x"]), {"cats": {label: 0.0 for label in labels}})])
    nlp.get_pipe(PIPE).from_bytes(path.read_bytes(), exclude=["vocab"])
    return nlp


def read_settings(path: Path) -> dict[str, Any]:
    """A stage's settings file: {"enabled": bool, "threshold": float, ...} (written by `models.learned.loso`)."""
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def shipped(path: str, labels: tuple[str, ...]) -> Language:
    """A stage's shipped classifier (loaded once per process and file)."""
    return load(Path(path), labels)
