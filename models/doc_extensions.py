"""The Doc extensions the components read per sentence, read where spaCy keeps them (issue 7, speed).

Every `doc._` builds an `Underscore` object before the look-up; the claim components ask `doc._.claims`,
`doc._.blocks` and `doc._.deal_parties` tens of thousands of times per corpus (once per claim, block or
sentence read). An extension declared with `default=None` (no getter, setter or method) keeps its value in
`doc.user_data` under `("._.", name, None, None)` and reads as None while unset: that entry read directly is
the same answer. Only those extensions are read here (`DEFAULT_NONE`; tests/test_models_speed_paths.py checks
their declarations).
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

# The Doc extensions declared with `default=None` and nothing else (models/claims.py, models/layer/structure.py,
# models/layer/deal_context.py).
DEFAULT_NONE = ("claims", "blocks", "deal_parties")


def doc_value(doc: Doc, name: str) -> Any:
    """`getattr(doc._, name)` for an extension of `DEFAULT_NONE`, without building `doc._`."""
    return doc.user_data.get(("._.", name, None, None))


def set_doc_value(doc: Doc, name: str, value: Any) -> None:
    """`setattr(doc._, name, value)` for an extension of `DEFAULT_NONE`, without building `doc._`."""
    doc.user_data[("._.", name, None, None)] = value
