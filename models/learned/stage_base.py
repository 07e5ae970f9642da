"""What the three learned stages share: one classifier call per minibatch of Docs.

A learned stage (`stage.py`, `opt_out_stage.py`, `moment_stage.py`) finds the items of a batch the
classifier should read (sentences, price claims), has them classified in ONE `classifier.predict`
call (the model's cost is per call, not per item), and decides per item what to add or change.
`LearnedStage` holds that loop and the settings every stage has (model, threshold, enabled); a stage
defines only `items`, `words` and `apply`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Generic, TypeVar

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from models.component import DEFAULT_BATCH_SIZE, DocComponent
from models.learned import classifier

Item = TypeVar("Item")


class LearnedStage(DocComponent, Generic[Item]):
    """Base of a learned stage: `items` of a batch -> one `classifier.predict` -> `apply` per item.

    `model`, `threshold` and `enabled` stay plain attributes: `models.learned.row_check` swaps them
    on a built pipeline. Without a model the stage is off whatever `enabled` says.
    """

    def __init__(self, model: Language | None, threshold: float, enabled: bool) -> None:
        self.model = model
        self.threshold = threshold
        self.enabled = enabled and model is not None

    def items(self, batch: Sequence[Doc]) -> list[Item]:  # pragma: no cover (abstract)
        """What the classifier reads in `batch` (only called when the stage is enabled)."""
        raise NotImplementedError

    def words(self, item: Item) -> Sequence[str]:  # pragma: no cover (abstract)
        """The classifier's input for one item."""
        raise NotImplementedError

    def apply(self, item: Item, probs: dict[str, float]) -> None:  # pragma: no cover (abstract)
        """Add or change the claims of the item's Doc given its label probabilities."""
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Doc]:
        """The items of a whole batch of Docs are classified in one call."""
        for batch in minibatch(docs, batch_size):
            found = self.items(batch) if self.enabled else []
            if found:
                for item, probs in zip(found, classifier.predict(self.model, [self.words(item) for item in found])):
                    self.apply(item, probs)
            yield from batch


def shipped_if_enabled(config: dict[str, Any], weights: Path, labels: tuple[str, ...]) -> Language | None:
    """The shipped classifier at `weights` when the settings enable the stage and the file exists, else None."""
    return classifier.shipped(str(weights), labels) if config.get("enabled") and weights.is_file() else None
