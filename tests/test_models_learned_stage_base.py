"""The shared loop of the learned stages (models/learned/stage_base.py): one classifier call per minibatch."""
from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc

from models.learned import classifier
from models.learned.stage_base import LearnedStage


class _Words(LearnedStage[tuple[Doc, str]]):
    """A toy stage: every word of a Doc is an item; it records the probabilities it is given."""

    def __init__(self, model: object, threshold: float, enabled: bool) -> None:
        super().__init__(model, threshold, enabled)  # type: ignore[arg-type]
        self.applied: list[tuple[str, float]] = []

    def items(self, batch: Sequence[Doc]) -> list[tuple[Doc, str]]:
        return [(doc, t.text) for doc in batch for t in doc]

    def words(self, item: tuple[Doc, str]) -> Sequence[str]:
        return [item[1]]

    def apply(self, item: tuple[Doc, str], probs: dict[str, float]) -> None:
        self.applied.append((item[1], probs["p"]))


def _fake_predict(calls: list[int]):
    def predict(model, sentences):
        calls.append(len(sentences))
        return [{"p": float(len(words[0]))} for words in sentences]
    return predict


def test_one_predict_call_per_minibatch_and_every_item_applied(monkeypatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(classifier, "predict", _fake_predict(calls))
    nlp = spacy.blank("de")
    docs = [nlp.make_doc(t) for t in ("a bb", "ccc", "", "dddd e")]
    stage = _Words(model=object(), threshold=0.5, enabled=True)
    out = list(stage.pipe(docs, batch_size=2))
    assert out == docs  # every Doc comes back, in order
    assert calls == [3, 2]  # batches (a bb, ccc) and ("", dddd e): one call each
    assert stage.applied == [("a", 1.0), ("bb", 2.0), ("ccc", 3.0), ("dddd", 4.0), ("e", 1.0)]


def test_disabled_or_without_model_never_classifies(monkeypatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(classifier, "predict", _fake_predict(calls))
    doc = spacy.blank("de").make_doc("ein Satz")
    off, no_model = _Words(object(), 0.5, enabled=False), _Words(None, 0.5, enabled=True)
    assert off(doc) is doc and no_model(doc) is doc
    assert not no_model.enabled and calls == [] and off.applied == no_model.applied == []
