"""Near-duplicate texts (the same agency copy in several outlets): MinHash signatures and LSH bands.

Each article carries a compact signature of its text, `minhash`: NUM_PERM
unsigned 32-bit values over its word 5-grams, stable across processes and
runs (crc32 word hashes, datasketch's "affine32" MinHash with its fixed
seed), so it can be stored with the article and compared later without the
text. The signature is computed here in numpy with datasketch's own
permutations and mixing (byte-identical, tested against datasketch):
importing datasketch pulls in scipy (about 0.5 s of CPU per parse) for
nothing the parse needs. Two articles are related
when the Jaccard similarity of their word 5-gram sets is at least THRESHOLD:
candidates come from one LSH band index, `RelatedIndex` (datasketch's choice
of bands for MinHashLSH; nothing is compared pairwise), and
each candidate pair is checked on its texts where both are at hand (the
signatures' estimate has a standard error of 0.05: near-identical templates
at 0.6 would pass it now and then among thousands of pairs).

The parse feeds `RelatedIndex` article by article; `related_groups` (and
`relate` on top of it) relates the articles of a whole run among themselves
and against signatures stored earlier (the warehouse's) on the same index.
Related articles are kept, each listing the others' ids.
"""
from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from spiders.identity import normalise_text
from spiders.parse.compact import IdTable

SHINGLE_WORDS = 5
NUM_PERM = 64  # 64 values (256 bytes): the estimate's standard error at Jaccard 0.8 is 0.05
THRESHOLD = 0.8  # Jaccard of word 5-gram sets; agency copy with a changed intro stays above it
CANDIDATE_THRESHOLD = 0.5  # LSH bands tuned for 0.5: a pair at 0.8 is a candidate with probability > 0.999
#: MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)'s bands and rows (its optimisation
#: integrates with scipy; tests/test_related_minhash.py checks these against datasketch).
LSH_BANDS, LSH_ROWS = 14, 4
_SEED = 1  # datasketch's default seed: stored signatures depend on it
_MAX32 = np.uint32(0xFFFFFFFF)
# The 32-bit MurmurHash3 finalizer, datasketch's pre-mix of every input hash ("affine32").
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_BASE = np.uint64(1_000_003)
_MASK32 = np.uint64(0xFFFFFFFF)
_BAND_BASE = np.uint64(4_294_967_311)  # a prime above 2**32: a band's 32-bit values combined without overlap
_BAND_SALT = np.uint64(0x9E3779B97F4A7C15)
Signature = Sequence[int]


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations (a odd, b) for NUM_PERM and its seed, as one row each, made once."""
    generator = np.random.RandomState(_SEED)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a.reshape(1, -1), b.reshape(1, -1)


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer over uint32 values (multiplication wraps modulo 2**32, as intended)."""
    s1, m1, s2, m2, s3 = _FMIX
    values = values ^ (values >> s1)
    values = values * m1
    values = values ^ (values >> s2)
    values = values * m2
    return values ^ (values >> s3)


def shingles(text: str, *, normalised: bool = False) -> np.ndarray:
    """Hashes of the text's overlapping word n-grams (normalised text), as unsigned 32-bit integers.

    Each word is hashed once (crc32) and the n-gram hash is a polynomial of its
    words' hashes, in numpy: about a tenth of hashing every joined n-gram.
    `normalised=True`: `text` has been through `normalise_text` already.
    """
    # The normalised text has single ASCII spaces only: its UTF-8 bytes split into the same words.
    words = (text if normalised else normalise_text(text)).encode("utf-8").split()
    hashes = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    width = min(SHINGLE_WORDS, len(words))
    count = len(words) - width + 1 if words else 0
    combined = np.zeros(count, dtype=np.uint64)
    for k in range(width):
        combined = combined * _BASE + hashes[k:k + count]  # wraps modulo 2**64, as intended
    return combined & _MASK32


def signature(text: str, *, normalised: bool = False) -> list[int]:
    """The text's MinHash signature: NUM_PERM integers in [0, 2**32) (all 2**32 - 1 for a text without words).

    What datasketch's `MinHash(num_perm=NUM_PERM, scheme="affine32").update_batch`
    gives for the unique shingles: each permuted as (a * fmix32(h) + b) mod 2**32, the minimum kept.
    """
    # No np.unique: a repeated shingle cannot change a minimum, and sorting cost more than the repeats.
    hashes = shingles(text, normalised=normalised).astype(np.uint32)
    if not len(hashes):
        return [int(_MAX32)] * NUM_PERM
    a, b = _permutations()
    permuted = _fmix32(hashes).reshape(-1, 1) * a + b
    return np.minimum(permuted.min(axis=0), _MAX32).tolist()


class RelatedIndex:
    """The near-duplicates of one parse, found as articles arrive; per article only its LSH band keys are held.

    The bands are MinHashLSH's (datasketch's own choice of bands and rows for
    CANDIDATE_THRESHOLD), each band one 64-bit key. datasketch's index keeps
    a Python set per bucket, about 5 KB an article: at 100,000 pages the
    parse's largest growing cost. Here the keys of the latest articles sit in
    a dict and are merged, every MERGE_EVERY keys, into sorted numpy arrays
    (8 bytes a key, 4 for its article's row), runs of at most RUN_KEYS keys:
    a merge copies one run, never the whole index (a parse's peak memory
    would grow with it). The signatures are kept too (NUM_PERM x 4 bytes)
    and the ids (`IdTable`): about 450 bytes an article in all.
    A candidate whose signatures agree on at least ESTIMATE_FLOOR of their
    values is then checked on the exact Jaccard of the two texts' shingle
    sets, the earlier text read back through `text_of(article_id)`, or
    `text_at(row)` (the row-th article indexed, from 0) when that is given
    (so no text stays in memory). Pages written from one template are often
    candidates; the estimate spares reading most of them back.
    """

    MERGE_EVERY = 50_000
    RUN_KEYS = 524_288  # keys of a sorted run (6 MB with their rows); a few runs at 100,000 articles
    FIRST_ROWS = 4_096  # signature rows allocated first; the array doubles when full
    #: A pair at the threshold has an estimate below this with a chance of about 1 in 10**6 (5 standard errors).
    ESTIMATE_FLOOR = THRESHOLD - 0.25

    def __init__(self, text_of: Callable[[str], str] | None = None, threshold: float = THRESHOLD, *,
                 text_at: Callable[[int], str] | None = None) -> None:
        self._bands, self._rows = LSH_BANDS, LSH_ROWS
        # Each band's key is salted with its band number, so one table serves every band.
        self._salt = (np.arange(self._bands, dtype=np.uint64) + np.uint64(1)) * _BAND_SALT
        self._ids = IdTable()
        self._recent: dict[int, int | list[int]] = {}
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []  # (sorted keys, their rows), RUN_KEYS at most
        # One array of signatures, rows by index row, doubled when full: a candidate's rows are gathered
        # in one step. Only the rows written are resident (the rest of a new array is untouched memory),
        # and the copy at a doubling holds the old rows once more, for a moment.
        self._signatures = np.empty((self.FIRST_ROWS, NUM_PERM), dtype=np.uint32)
        self._text_of = text_of
        self._text_at = text_at
        self._threshold = threshold

    def __len__(self) -> int:
        """How many articles are indexed (the next one's row)."""
        return len(self._ids)

    def band_keys(self, values: Signature) -> list[int]:
        """One 64-bit key per band: the band's values combined (numpy, wrapping modulo 2**64)."""
        rows = np.asarray(values[: self._bands * self._rows], dtype=np.uint64).reshape(self._bands, self._rows)
        keys = self._salt.copy()
        for column in range(self._rows):
            keys = keys * _BAND_BASE + rows[:, column]
        return keys.tolist()

    def add(self, key: str, values: Signature, text: str) -> list[str]:
        """Index article `key`; the ids of the earlier articles whose text is a near-duplicate of `text`."""
        if len(values) != NUM_PERM:
            return []
        bands = self.band_keys(values)
        own_values = np.asarray(values, dtype=np.uint32)
        rows = self._candidates(bands)
        agree = self._agreements(rows, own_values)
        owners = rows[agree >= self.ESTIMATE_FLOOR * NUM_PERM].tolist()
        self._insert(key, own_values, bands)
        candidates = {self._ids[owner]: owner for owner in owners}  # an id indexed twice: its latest row
        candidates.pop(key, None)
        if not candidates:
            return []
        own = shingle_set(text)
        return [other for other in sorted(candidates)
                if jaccard_at_least(own, shingle_set(self._text(other, candidates[other])), self._threshold)]

    def _text(self, key: str, row: int) -> str:
        if self._text_at is not None:
            return self._text_at(row)
        if self._text_of is None:
            raise TypeError("RelatedIndex.add needs text_of or text_at to check a candidate")
        return self._text_of(key)

    def insert(self, key: str, values: Signature) -> None:
        """Index article `key` without looking for its near-duplicates (`related_groups` checks pairs itself)."""
        if len(values) == NUM_PERM:
            self._insert(key, np.asarray(values, dtype=np.uint32), self.band_keys(values))

    def candidates(self, values: Signature) -> list[tuple[str, float]]:
        """The indexed articles sharing an LSH band with `values`, each with the Jaccard its signature estimates
        (in the order they were indexed; nothing is checked: see `add` for the checks)."""
        if len(values) != NUM_PERM:
            return []
        rows = self._candidates(self.band_keys(values))
        agree = self._agreements(rows, np.asarray(values, dtype=np.uint32))
        return [(self._ids[row], equal / NUM_PERM) for row, equal in zip(rows.tolist(), agree.tolist())]

    def _agreements(self, rows: np.ndarray, own_values: np.ndarray) -> np.ndarray:
        """For each indexed row, how many of its signature's values equal `own_values`.

        One gather and one comparison for all candidates: on the bench corpus (pages written
        from one pool of sentences) the candidates per article grow with the corpus, about 65
        at 100,000 articles, and a numpy comparison per chunk of signatures (as before) or a
        call per candidate cost more the larger the index grew.
        """
        return np.count_nonzero(self._signatures[rows] == own_values, axis=1)

    def _insert(self, key: str, own_values: np.ndarray, bands: list[int]) -> None:
        row = len(self._ids)
        self._ids.append(key)
        if row == len(self._signatures):
            grown = np.empty((2 * row, NUM_PERM), dtype=np.uint32)
            grown[:row] = self._signatures
            self._signatures = grown
        self._signatures[row] = own_values
        for band in bands:
            found = self._recent.get(band)
            if found is None:
                self._recent[band] = row
            elif isinstance(found, int):
                self._recent[band] = [found, row]
            else:
                found.append(row)
        if len(self._recent) >= self.MERGE_EVERY:
            self._merge()

    def _signature(self, row: int) -> np.ndarray:
        return self._signatures[row]

    def _candidates(self, bands: list[int]) -> np.ndarray:
        """The rows sharing at least one band key with `bands`, sorted, once each (the runs' rows taken as slices)."""
        found: list[int] = []
        for band in bands:
            owner = self._recent.get(band)
            if owner is not None:
                if isinstance(owner, int):
                    found.append(owner)
                else:
                    found += owner
        parts = [np.asarray(found, dtype=np.int64)]
        if self._runs:
            wanted = np.asarray(bands, dtype=np.uint64)
            for keys, rows in self._runs:
                lo, hi = keys.searchsorted(wanted, "left"), keys.searchsorted(wanted, "right")
                parts += [rows[start:end] for start, end in zip(lo.tolist(), hi.tolist()) if end > start]
        return np.unique(np.concatenate(parts)) if len(parts) > 1 else np.unique(parts[0])

    def _merge(self) -> None:
        """Move the recent keys into the last sorted run (a new run once it holds RUN_KEYS keys)."""
        keys, owners = [], []
        for band, found in self._recent.items():
            for owner in (found,) if isinstance(found, int) else found:
                keys.append(band)
                owners.append(owner)
        self._recent = {}
        new_keys = np.asarray(keys, dtype=np.uint64)
        order = np.argsort(new_keys, kind="stable")
        new_keys, new_owners = new_keys[order], np.asarray(owners, dtype=np.int32)[order]
        if not self._runs or len(self._runs[-1][0]) >= self.RUN_KEYS:
            self._runs.append((new_keys, new_owners))
            return
        run_keys, run_owners = self._runs.pop()
        at = run_keys.searchsorted(new_keys, "right")  # the order of a key's rows does not matter
        self._runs.append((np.insert(run_keys, at, new_keys), np.insert(run_owners, at, new_owners)))


def shingle_set(text: str) -> frozenset[int]:
    """The text's shingles as a set, for the exact Jaccard check of a candidate pair."""
    return frozenset(shingles(text).tolist())


def jaccard_at_least(a: frozenset[int], b: frozenset[int], threshold: float) -> bool:
    """True when the exact Jaccard similarity of two shingle sets reaches `threshold` (never for two empty sets)."""
    union = len(a | b)
    return bool(union) and len(a & b) / union >= threshold


def similarity(a: Signature, b: Signature) -> float:
    """The Jaccard similarity two signatures estimate (share of equal values)."""
    if len(a) != len(b) or not a:
        return 0.0
    return float(np.count_nonzero(np.asarray(a, dtype=np.uint32) == np.asarray(b, dtype=np.uint32))) / len(a)


def related_groups(signatures: Mapping[str, Signature], threshold: float = THRESHOLD,
                   stored: Iterable[tuple[str, Signature]] = (), texts: Mapping[str, str] | None = None,
                   stored_texts: Callable[[list[str]], Mapping[str, str]] | None = None) -> dict[str, list[str]]:
    """For each id of `signatures`, the ids whose text is a near-duplicate of its own (sorted).

    The LSH bands of `RelatedIndex` (the parse's index) propose candidates; a
    candidate pair is then checked on the exact Jaccard of its shingle sets
    where both texts are known (`texts` for the ids of `signatures`,
    `stored_texts(ids)` for stored ids), else on the signatures' estimate.
    `stored` are (id, signature) pairs known from earlier runs: matched
    against `signatures` (not among themselves); a stored id related to one
    of `signatures` gets an entry too. Ids without a near-duplicate are
    absent; signatures of another length are ignored.
    """
    known_texts = dict(texts or {})
    sets: dict[str, frozenset[int]] = {}

    def similar(a: str, b: str, estimate: float) -> bool:
        if a in known_texts and b in known_texts:
            for key in (a, b):
                if key not in sets:
                    sets[key] = shingle_set(known_texts[key])
            return jaccard_at_least(sets[a], sets[b], threshold)
        return estimate >= threshold

    index = RelatedIndex(known_texts.__getitem__, threshold)
    related: dict[str, set[str]] = defaultdict(set)
    current: set[str] = set()
    for key, values in signatures.items():
        if len(values) != NUM_PERM:
            continue
        for other, estimate in index.candidates(values):  # each pair once: the later article asks the earlier
            if other != key and similar(key, other, estimate):
                related[key].add(other)
                related[other].add(key)
        index.insert(key, values)
        current.add(key)
    candidates: list[tuple[str, str, float]] = []
    for key, values in stored:
        if key in current or len(values) != NUM_PERM:
            continue  # an article of this run that is stored already: it is matched as a current one
        candidates += [(other, key, estimate) for other, estimate in index.candidates(values)]
    if candidates and stored_texts is not None:
        known_texts.update(stored_texts(sorted({key for _other, key, _estimate in candidates})))
    for other, key, estimate in candidates:
        if similar(other, key, estimate):
            related[other].add(key)
            related[key].add(other)
    return {key: sorted(values) for key, values in related.items()}


def relate(articles: list[dict[str, Any]], stored: Iterable[tuple[str, Signature]] = (),
           stored_texts: Callable[[list[str]], Mapping[str, str]] | None = None) -> dict[str, list[str]]:
    """Set every article's `related` from the near-duplicates among `articles` and in `stored`.

    Articles without a `minhash` get one from their text. An article's earlier
    `related` ids are kept (a parse of one source may have found them).
    `stored_texts(ids)` gives the texts of stored candidates, so they are
    compared exactly (else on their signatures). Returns the stored ids that
    became related to an article of `articles` ({stored id: [article ids]}),
    so their records can be updated too.
    """
    for article in articles:
        if len(article.get("minhash") or ()) != NUM_PERM:
            article["minhash"] = signature(article.get("text") or "")
    groups = related_groups({a["article_id"]: a["minhash"] for a in articles}, stored=stored,
                            texts={a["article_id"]: a.get("text") or "" for a in articles}, stored_texts=stored_texts)
    for article in articles:
        found = set(article.get("related") or ()) | set(groups.pop(article["article_id"], ()))
        article["related"] = sorted(found - {article["article_id"]})
    return groups
