"""Near-duplicate texts (the same agency copy in several outlets): word-shingle Jaccard over an inverted index."""
from __future__ import annotations

from collections import defaultdict

from spiders.identity import normalise_text

SHINGLE_WORDS = 5
THRESHOLD = 0.8  # Jaccard of word 5-gram sets; agency copy with a changed intro stays above it


def shingles(text: str) -> set[int]:
    """Hashes of the text's overlapping word n-grams."""
    words = normalise_text(text).split()
    if len(words) < SHINGLE_WORDS:
        return {hash(" ".join(words))} if words else set()
    return {hash(" ".join(words[i:i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)}


def related_groups(texts: dict[str, str], threshold: float = THRESHOLD) -> dict[str, list[str]]:
    """For each id, the other ids whose text is a near-duplicate of its text (sorted); ids without any are absent."""
    sets = {key: shingles(text) for key, text in texts.items()}
    index: dict[int, list[str]] = defaultdict(list)
    for key, shingle_set in sets.items():
        for shingle in shingle_set:
            index[shingle].append(key)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for keys in index.values():
        if len(keys) < 2 or len(keys) > 50:  # a phrase in 50+ texts is boilerplate, not evidence
            continue
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                shared[(a, b) if a < b else (b, a)] += 1
    related: dict[str, set[str]] = defaultdict(set)
    for (a, b), common in shared.items():
        union = len(sets[a]) + len(sets[b]) - common
        if union and common / union >= threshold:
            related[a].add(b)
            related[b].add(a)
    return {key: sorted(values) for key, values in related.items()}
