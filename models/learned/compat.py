"""What today's learned stages read from `models/` that an older extractor's tree lacks.

The leave-one-set-out tool's blind-rules folds (`models.learned.loso.records_at`) run today's
`models/learned/` beside the `models/` of an older commit. Helpers added to `models/` since then
(speed only: the same answers) are imported from there when present, else read the plain way here.
tests/test_models_learned_compat.py imports this module with today's names removed and checks that
each fallback answers as today's helper does.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

try:
    from models.layer.deal_context import mention_spans
except ImportError:  # an older tree (tests/test_models_learned_compat.py runs this)
    def mention_spans(doc: Doc) -> list[tuple[int, int, str]] | None:  # type: ignore[misc]
        """(start_char, end_char, label) of the deal context's mentions; None where the layer has not run."""
        mentions = doc._.deal_mentions
        return None if mentions is None else [(m.start_char, m.end_char, m.label_) for m in mentions]

try:
    from models.negation import has_conditional_clause
except ImportError:  # an older tree (tests/test_models_learned_compat.py runs this)
    from models.negation import is_conditional, split_clauses

    def has_conditional_clause(text: str) -> bool:  # type: ignore[misc]
        """True when a clause of `text` opens a condition."""
        return any(is_conditional(text[a:b]) for a, b in split_clauses(text))

try:
    from models.doc_extensions import doc_value
except ImportError:  # an older tree (tests/test_models_learned_compat.py runs this)
    def doc_value(doc: Doc, name: str) -> Any:  # type: ignore[misc]
        """`getattr(doc._, name)`: the Doc extension's value (an older tree has no direct read)."""
        return getattr(doc._, name)

try:
    from models.regex_tools import gate_words, may_hold
except ImportError:  # an older tree (tests/test_models_learned_compat.py runs this)
    def gate_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:  # type: ignore[misc]
        """None: no word is known that every match of `pattern` holds (`may_hold` then always answers True)."""
        return None

    def may_hold(  # type: ignore[misc]
        words: tuple[str, ...] | None, text: str, pos: int = 0, endpos: int | None = None
    ) -> bool:
        """True: without gate words every text may hold a match, and the search decides."""
        return True

try:
    from models.layer.spelling import swiss_pattern
except ImportError:  # an older tree (tests/test_models_learned_compat.py runs this)
    def swiss_pattern(pattern: str) -> str:  # type: ignore[misc]
        """`pattern` as written: an older tree's rules read no Swiss "ss" for "ß", and the guards read as its rules do."""
        return pattern

__all__ = ["doc_value", "gate_words", "has_conditional_clause", "may_hold", "mention_spans", "swiss_pattern"]
