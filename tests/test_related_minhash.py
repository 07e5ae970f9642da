"""The parse's own MinHash (numpy, no datasketch import) gives datasketch's affine32 signatures and LSH bands."""
from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from spiders.parse.related import (CANDIDATE_THRESHOLD, LSH_BANDS, LSH_ROWS, NUM_PERM, RelatedIndex, shingles,
                                   signature)


def _datasketch_signature(text: str) -> list[int]:
    """How the parse made its signatures before: datasketch's MinHash over the unique shingle hashes."""
    minhash = MinHash(num_perm=NUM_PERM, hashfunc=lambda value: value, scheme="affine32")
    minhash.update_batch(np.unique(shingles(text)).tolist())
    return minhash.hashvalues.tolist()


def _texts() -> list[str]:
    rng = random.Random(6)
    words = ["Übernahme", "WhatsApp", "Facebook", "Milliarden", "Dollar", "Daten", "Nutzer", "und", "die", "für",
             "Datenschutz", "Kartellamt", "Straße", "ß", "zwei", "drei", "2014", "19", "Prozent", "„Zitat“"]
    texts = ["", "ein", "zwei Wörter", "genau fünf Wörter hier stehen", "Facebook kauft WhatsApp für 19 Mrd."]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(6, 900))) for _ in range(40)]
    return texts


@pytest.mark.parametrize("index", range(45))
def test_signature_equals_datasketch(index: int) -> None:
    text = _texts()[index]
    ours = signature(text)
    assert ours == _datasketch_signature(text)
    assert len(ours) == NUM_PERM and all(0 <= value < 2**32 for value in ours)


def test_empty_text_has_the_empty_signature() -> None:
    assert signature("") == [2**32 - 1] * NUM_PERM


def test_bands_are_datasketchs_choice() -> None:
    lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
    assert (LSH_BANDS, LSH_ROWS) == (lsh.b, lsh.r)
    index = RelatedIndex(lambda _key: "")
    assert len(index.band_keys(signature("ein Text mit genug Wörtern für einige Schindeln"))) == LSH_BANDS


def test_parse_does_not_import_datasketch() -> None:
    """The parse stage's modules load without datasketch (and so without scipy)."""
    import subprocess
    import sys

    code = "import sys, spiders.parse; print('datasketch' in sys.modules, 'scipy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]
