"""A one-entry cache keyed by the identity of the arguments: the last call's result, for the same objects.

The components ask for facts of one document's text (its lower-cased form, its clause edges, its header lines) many
times in a row, once per price, clause or cue list. Comparing a long text by equality would cost what recomputing
costs, so the cache compares by identity (`is`) and keeps a reference to the arguments: while they are kept, no
other object can take their identity. One entry is enough (the calls for one document come together) and keeps
no document alive after the next one is asked.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from operator import is_
from typing import Any, TypeVar

Result = TypeVar("Result")


def last_call_by_identity(function: Callable[..., Result]) -> Callable[..., Result]:
    """`function` remembering its last positional arguments and result: called again with the very same objects
    (compared by `is`), it returns the kept result instead of computing it again."""
    # One tuple (arguments, result), read and replaced whole, so a reader never sees one without the other.
    kept: list[tuple[tuple[Any, ...], Any] | None] = [None]

    @wraps(function)
    def remembering(*args: Any) -> Result:
        last = kept[0]
        # (`map(is_, ...)` compares in C: a generator's frame per call cost about as much as the look-up saves; speed34)
        if last is not None and len(last[0]) == len(args) and all(map(is_, last[0], args)):
            return last[1]
        result = function(*args)
        kept[0] = (args, result)
        return result

    def remember(result: Result, *args: Any) -> None:
        """Keep `result` as the answer for these very objects, as if `function(*args)` had just returned it (a caller
        that derived the answer more cheaply, and knows it is the same: opt_out.py's second reading)."""
        kept[0] = (args, result)

    remembering.remember = remember  # type: ignore[attr-defined]
    return remembering
