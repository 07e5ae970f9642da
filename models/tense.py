"""The preterite of a clause's finite verb, read from its morphology (issue 7, session 45, year45).

German forms the preterite of a weak verb by "-te" after the stem ("kaufte", "sicherte", "schnappte", "holte",
"arbeitete": HanTa analyses the finite verb as stem + the finite suffix "te", "ten", "test", "tet", "ete", ...). A
price clause told in the preterite narrates a past purchase ("wie sich Facebook WhatsApp für 19 Milliarden Dollar
sicherte", "Facebook schnappte sich WhatsApp für 19 Milliarden"): no news of the deal (D4, D38), whatever verb of
getting it uses; the word list moment.json past_price names the common verbs of paying and buying, strong ones too
("übernahm", "erwarb"), which the morphology cannot tell from a present's vowel change ("nimmt"). The present
("schnappt sich") and the perfect ("hat ... gesichert") are not preterite.
"""
from __future__ import annotations

import re
from functools import lru_cache

from models.layer.tagger import hanta, may_tag, must_tag, tag_words

_WORDS = re.compile(r"[^\W\d_][\wäöüß-]*|\d+|[^\s\w]")
# The finite suffixes of the weak preterite, as HanTa segments them (the "-ete" of stems in t/d: "arbeitete").
_FULL_FINITE = frozenset({"VVFIN"})
_PRETERITE_SUFFIXES = frozenset({"te", "ten", "test", "tet", "ete", "eten", "etest", "etet"})


@lru_cache(maxsize=8192)
def weak_preterite(word: str) -> bool:
    """Does HanTa segment the finite verb `word` as a stem and a weak preterite suffix ("sicherte": sicher + te)?"""
    try:
        _, morphemes, tag = hanta().analyze(word, taglevel=3)
    except (ValueError, TypeError, IndexError):
        return False
    if not tag.startswith("VV") or not morphemes:
        return False
    last, kind = morphemes[-1]
    return kind == "SUF_FIN" and last in _PRETERITE_SUFFIXES


def clause_in_weak_preterite(clause: str) -> bool:
    """Is a finite full verb of `clause` (tagged VVFIN in it) a weak preterite?"""
    words = _WORDS.findall(clause)
    if not words:
        return False
    known = _weak_preterite_untagged(words)
    if known is not None:
        return known
    return any(tag == "VVFIN" and weak_preterite(word) for word, tag in zip(words, tag_words(words)))


def _weak_preterite_untagged(words: list[str]) -> bool | None:
    """`clause_in_weak_preterite`'s answer from the word analyses alone, or None where they leave it open. Speed
    (speed50, issue 10), the same answer: HanTa gives a word only a tag its own analysis offers (`may_tag`,
    `must_tag`); no word that may be VVFIN says False, a weak preterite that must be VVFIN says True, with no clause
    tagged."""
    possible = [(i, word) for i, word in enumerate(words) if may_tag(word, "VVFIN", first=i == 0)]
    if not possible:
        return False
    if any(must_tag(word, _FULL_FINITE, first=i == 0) and weak_preterite(word) for i, word in possible):
        return True
    return None
