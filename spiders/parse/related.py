"""Near-duplicate texts (the same agency copy in several outlets): MinHash signatures and LSH (datasketch).

Each article carries a compact signature of its text, `minhash`: NUM_PERM
unsigned 32-bit values over its word 5-grams, stable across processes and
runs (crc32 shingle hashes, datasketch's fixed seed), so it can be stored with
the article and compared later without the text. Two articles are related
when the Jaccard similarity their signatures estimate is at least THRESHOLD;
candidates come from MinHashLSH's bands, so nothing is compared pairwise.

`related_groups` relates the articles of one parse, `relate` the articles of
a whole run among themselves and against signatures stored earlier (the
warehouse's). Related articles are kept, each listing the others' ids.
"""
from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from spiders.identity import normalise_text

SHINGLE_WORDS = 5
NUM_PERM = 64  # 64 values (256 bytes): the estimate's standard error at Jaccard 0.8 is 0.05
THRESHOLD = 0.8  # Jaccard of word 5-gram sets; agency copy with a changed intro stays above it
_SCHEME = "affine32"
Signature = Sequence[int]


@lru_cache(maxsize=1)
def _permutations() -> Any:
    """datasketch's permutations for NUM_PERM and its default seed, made once (not per article)."""
    return MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, scheme=_SCHEME).permutations


def shingles(text: str) -> list[bytes]:
    """The text's overlapping word n-grams (normalised text), as bytes for hashing."""
    words = normalise_text(text).split()
    if len(words) < SHINGLE_WORDS:
        return [" ".join(words).encode("utf-8")] if words else []
    return [" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8") for i in range(len(words) - SHINGLE_WORDS + 1)]


def signature(text: str) -> list[int]:
    """The text's MinHash signature: NUM_PERM integers in [0, 2**32)."""
    minhash = _minhash()
    minhash.update_batch(set(shingles(text)))
    return [int(v) for v in minhash.hashvalues]


def similarity(a: Signature, b: Signature) -> float:
    """The Jaccard similarity two signatures estimate (share of equal values)."""
    if len(a) != len(b) or not a:
        return 0.0
    return float(np.count_nonzero(np.asarray(a, dtype=np.uint32) == np.asarray(b, dtype=np.uint32))) / len(a)


def related_groups(signatures: Mapping[str, Signature], threshold: float = THRESHOLD,
                   stored: Iterable[tuple[str, Signature]] = ()) -> dict[str, list[str]]:
    """For each id of `signatures`, the ids whose signature is a near-duplicate of its own (sorted).

    `stored` are (id, signature) pairs known from earlier runs: they are
    matched against `signatures` (not among themselves), and an id of
    `stored` that is related to one of `signatures` gets an entry too. Ids
    without any near-duplicate are absent. Signatures of another length
    (another NUM_PERM) are ignored.
    """
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    current: dict[str, MinHash] = {}
    for key, values in signatures.items():
        if len(values) == NUM_PERM:
            current[key] = _minhash(values)
            lsh.insert(key, current[key], check_duplication=False)
    related: dict[str, set[str]] = defaultdict(set)
    for key, minhash in current.items():
        for other in lsh.query(minhash):
            if other != key and current[other].jaccard(minhash) >= threshold:
                related[key].add(other)
    for key, values in stored:
        if key in current or len(values) != NUM_PERM:
            continue  # an article of this run that is stored already: it is matched as a current one
        minhash = _minhash(values)
        for other in lsh.query(minhash):
            if current[other].jaccard(minhash) >= threshold:
                related[other].add(key)
                related[key].add(other)
    return {key: sorted(values) for key, values in related.items()}


def relate(articles: list[dict[str, Any]], stored: Iterable[tuple[str, Signature]] = ()) -> dict[str, list[str]]:
    """Set every article's `related` from the near-duplicates among `articles` and in `stored`.

    Articles without a `minhash` get one from their text. An article's earlier
    `related` ids are kept (a parse of one source may have found them).
    Returns the stored ids that became related to an article of `articles`
    ({stored id: [article ids]}), so their records can be updated too.
    """
    for article in articles:
        if len(article.get("minhash") or ()) != NUM_PERM:
            article["minhash"] = signature(article.get("text") or "")
    groups = related_groups({a["article_id"]: a["minhash"] for a in articles}, stored=stored)
    for article in articles:
        found = set(article.get("related") or ()) | set(groups.pop(article["article_id"], ()))
        article["related"] = sorted(found - {article["article_id"]})
    return groups


def _minhash(values: Signature | None = None) -> MinHash:
    if values is None:
        return MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=_permutations(), scheme=_SCHEME)
    return MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=_permutations(), scheme=_SCHEME,
                   hashvalues=np.asarray(values, dtype=np.uint64))
