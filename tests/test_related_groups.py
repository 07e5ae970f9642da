"""`related_groups` on the parse's band index (`RelatedIndex`) finds the groups datasketch's MinHashLSH found."""
from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping

import pytest
from datasketch import MinHash, MinHashLSH

from spiders.parse.related import (CANDIDATE_THRESHOLD, NUM_PERM, THRESHOLD, jaccard_at_least, related_groups,
                                   shingle_set, signature)


def _minhash(values: list[int]) -> MinHash:
    """datasketch's MinHash holding a stored signature (the parse's own signatures are datasketch's affine32)."""
    import numpy as np

    return MinHash(num_perm=NUM_PERM, scheme="affine32", hashvalues=np.asarray(values, dtype=np.uint32))


def _datasketch_groups(signatures: Mapping[str, list[int]], texts: Mapping[str, str] | None,
                       stored: list[tuple[str, list[int]]], stored_texts: Mapping[str, str]) -> dict[str, list[str]]:
    """The former `related_groups`: datasketch's MinHashLSH proposes, the texts (else the estimate) decide."""
    lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
    current = {k: _minhash(v) for k, v in signatures.items() if len(v) == NUM_PERM}
    for key, minhash in current.items():
        lsh.insert(key, minhash, check_duplication=False)
    known = {**(texts or {}), **stored_texts}

    def similar(a: str, b: str, estimate: float) -> bool:
        if a in known and b in known:
            return jaccard_at_least(shingle_set(known[a]), shingle_set(known[b]), THRESHOLD)
        return estimate >= THRESHOLD

    related: dict[str, set[str]] = defaultdict(set)
    for key, minhash in current.items():
        for other in lsh.query(minhash):
            if other > key and similar(key, other, current[other].jaccard(minhash)):
                related[key].add(other)
                related[other].add(key)
    for key, values in stored:
        if key in current:
            continue
        minhash = _minhash(values)
        for other in lsh.query(minhash):
            if similar(other, key, current[other].jaccard(minhash)):
                related[other].add(key)
                related[key].add(other)
    return {key: sorted(values) for key, values in related.items()}


def _corpus(seed: int) -> dict[str, str]:
    """Families of texts: an original and copies with 2 to 40 of 300 words changed (Jaccard about 0.97 down to
    0.4), so pairs fall on both sides of the threshold and of the LSH's candidate threshold."""
    rng = random.Random(seed)
    vocabulary = [f"wort{n}" for n in range(3000)]
    texts = {}
    for family in range(40):
        words = rng.sample(vocabulary, 300)
        texts[f"f{family}"] = " ".join(words)
        for copy, changes in enumerate(rng.sample([2, 4, 6, 9, 12, 16, 20, 28, 40], 4)):
            changed = list(words)
            for position in rng.sample(range(300), changes):
                changed[position] = f"neu{family}x{copy}x{position}"
            texts[f"f{family}c{copy}"] = " ".join(changed)
    return texts


@pytest.mark.parametrize("with_texts", [True, False])
def test_related_groups_equal_datasketchs_lsh(with_texts: bool) -> None:
    texts = _corpus(11)
    keys = sorted(texts)
    run = {k: texts[k] for k in keys if not k.endswith("c3")}
    old = {k: texts[k] for k in keys if k.endswith("c3")}  # stored earlier: matched against the run only
    signatures = {k: signature(v) for k, v in run.items()}
    stored = [(k, signature(v)) for k, v in old.items()] + [("f0", signatures["f0"])]  # one stored again
    signatures["kurz"] = [1] * (NUM_PERM - 1)  # another length: ignored by both
    expected = _datasketch_groups(signatures, run if with_texts else None, stored, old if with_texts else {})
    found = related_groups(signatures, texts=run if with_texts else None, stored=stored,
                           stored_texts=(lambda ids: {i: old[i] for i in ids}) if with_texts else None)
    assert found == expected
    assert sum(len(v) for v in found.values()) > 100  # many pairs found, and not every candidate: a real test
    assert any(len(v) < 4 for v in found.values())
