"""Compact per-article bookkeeping for the parse: what it keeps for every article, in arrays, not Python objects.

A parse of 100,000 pages keeps a few things per kept article (its id, where
its line starts in the file, the keys that tell a duplicate): as Python
objects (a str, an int, a bytes in a set or dict) each costs 50 to 100 bytes
more than its value. Here they sit in a bytearray and numpy/array arrays.
"""
from __future__ import annotations

from array import array

import numpy as np


class IdTable:
    """Strings by position (the article ids of an index, in the order they came), about len(id) + 8 bytes each."""

    def __init__(self) -> None:
        self._blob = bytearray()
        self._ends = array("Q")

    def __len__(self) -> int:
        return len(self._ends)

    def append(self, value: str) -> None:
        """Add `value` at the next position."""
        self._blob += value.encode("utf-8")
        self._ends.append(len(self._blob))

    def __getitem__(self, row: int) -> str:
        start = self._ends[row - 1] if row else 0
        return self._blob[start:self._ends[row]].decode("utf-8")


class KeySet:
    """A set of unsigned 64-bit keys in about 8 bytes a key (a Python set of ints: about 80).

    The latest keys sit in a Python set; every MERGE_EVERY of them are merged
    into one sorted numpy array (inserted in place of a full re-sort: the
    merge needs the old and the new array, never an argsort's index array).
    """

    MERGE_EVERY = 16_384

    def __init__(self) -> None:
        self._recent: set[int] = set()
        self._sorted = np.empty(0, dtype=np.uint64)

    def __len__(self) -> int:
        return len(self._sorted) + len(self._recent) - int(np.count_nonzero(self._merged(self._as_array())))

    def __contains__(self, key: int) -> bool:
        if key in self._recent:
            return True
        found = self._sorted
        if not len(found):
            return False
        at = int(found.searchsorted(np.uint64(key)))
        return at < len(found) and int(found[at]) == key

    def add(self, key: int) -> None:
        """Add `key` (an int in [0, 2**64)); a key added before is kept once (checked at the merge, not here)."""
        self._recent.add(key)
        if len(self._recent) >= self.MERGE_EVERY:
            self._merge()

    def _as_array(self) -> np.ndarray:
        return np.fromiter(sorted(self._recent), dtype=np.uint64, count=len(self._recent))

    def _merged(self, new: np.ndarray) -> np.ndarray:
        """Which of the sorted keys `new` are in the sorted array already."""
        at = self._sorted.searchsorted(new)
        found = at < len(self._sorted)
        found[found] = self._sorted[at[found]] == new[found]
        return found

    def _merge(self) -> None:
        new = self._as_array()
        new = new[~self._merged(new)]
        self._sorted = np.insert(self._sorted, self._sorted.searchsorted(new), new)
        self._recent = set()
