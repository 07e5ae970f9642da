# SPDX-License-Identifier: LGPL-3.0-or-later
# Derived from HanTa 1.2.1 (HanoverTagger.analyze_forward, lp_m_t, tag_sent_viterbi; Christian Wartena,
# https://github.com/wartaal/HanTa), which is LGPL-3.0-or-later: this file is under that licence, the rest of
# dealwatch under MIT (pyproject.toml). Where `matches` fails, tagger.py keeps HanTa's own methods.
"""HanTa's word analysis and sentence pass with the same results in less time (issue 10, session 48, speed48).

HanTa analyses a word it has not cached by a Viterbi pass over the word's segmentations into morphemes: for every
stretch word[i:j] and every tag a state may go on with, the log probability of the stretch as a morpheme of that tag
(`lp_m_t`: the model's value for a known morpheme, a guess from its length and suffix for an open-class tag, minus
infinity otherwise). On unseen text those are the rare words the readers ask about (names, long compounds): about
1,800 calls of `lp_m_t` a word, 98% of them on a stretch no tag knows, most for tags that cannot guess, and 0.7 ms a
word, 6% of a cold pass (speed48's count on 1,500 real texts). `forward` below computes the same table:

- a stretch is looked up once per row (`word[i:j]`), in one index of the known morphemes of every tag;
- where no tag knows the stretch, only the open-class tags a state goes on with are tried (the others give minus
  infinity, which never enters the table), and none where the stretch is too short to guess;
- an open-class guess is computed once per stretch and tag, its tag-dependent sum of intercept, hapax and length
  probabilities taken from a table (the same additions in the same order, so the same floats).

The states are visited, and enter each row, in HanTa's own order (the later rows' order and the final sums of
equal parts of speech depend on it), so the result is HanTa's list itself, equal float for float
(tests/test_models_speed_paths_hanta.py against HanTa's method on words of every shape). `sentence_pass` does the
same for HanTa's pass over a sentence (`tag_sent_viterbi`): a state goes on only with the tags the next word's
analysis offers, in HanTa's order, instead of trying all 56 and skipping the others. Both are used only where HanTa's
methods are the code they were written from (`matches`): another HanTa keeps its own.

Licence: the module follows HanTa's algorithm step for step, so it is a derivative of HanTa and stays under HanTa's
LGPL-3.0-or-later (the header above); nothing else in dealwatch copies HanTa's code.
"""
from __future__ import annotations

import hashlib
import math
from collections.abc import Callable
from operator import itemgetter
from types import CodeType
from typing import Any

from numpy import logaddexp

EMPTY, START, END, UNKNOWN = 0, 1, 2, 3  # HanTa's numbers (HanoverTagger.EMPTY, START, END, UNKNOWN)
LOWER_BOUND = -1e6  # HanTa's bound below which a state is dropped
LENGTH_CAP = 24  # HanTa reads a morpheme's length probability up to this length
CACHE_SIZE = 50_000  # distinct words whose analysis is kept; emptied when full

# sha256 of the byte code, names and constants of HanTa 1.2.1's `analyze_forward`, `lp_m_t` and `tag_sent_viterbi`
# (under Python 3.11), which `forward` and `sentence_pass` mirror (`code_digest`): another version or interpreter
# keeps HanTa's own methods.
_WRITTEN_FROM = {
    "analyze_forward": "f2258ff8396f54690b0d79d019a6cde810190ba9f83540849e690844fa4f70c4",
    "lp_m_t": "659bef70383c35a7ed3854570c04ad379e253c4db2778bd1b6b4ea7cf751cb6a",
    "tag_sent_viterbi": "7a4fcab71a6919e8f281fbd05379f16fcdaee043011f52b134e9bd26f8113359",
}


def code_digest(function: Callable[..., Any]) -> str:
    """A digest of a function's byte code and constants (what `_WRITTEN_FROM` records)."""
    return hashlib.sha256(_code_bytes(function.__code__)).hexdigest()


def _code_bytes(code: CodeType) -> bytes:
    """A code object's byte code, names and constants, nested code objects (comprehensions) by their own."""
    parts = [code.co_code, repr(code.co_names).encode()]
    for const in code.co_consts:
        parts.append(_code_bytes(const) if isinstance(const, CodeType) else repr(const).encode())
    return b"\0".join(parts)


def matches(tagger_class: type) -> bool:
    """Are the HanTa class's `analyze_forward`, `lp_m_t` and `tag_sent_viterbi` the code `forward` and `sentence_pass`
    were written from?"""
    return all(code_digest(getattr(tagger_class, name)) == digest for name, digest in _WRITTEN_FROM.items())


def forward(tagger: Any) -> Callable[[str], list[tuple[int, float]]]:  # noqa: ANN401 (HanTa has no type hints)
    """`tagger.analyze_forward` computed faster, the same list for every word (remembered per word, as HanTa's
    results are read only)."""
    strict = tagger.strict
    nonfinal = tagger.LP_trans_nonfinal
    final = tagger.LP_trans_final
    lp_s_t = tagger.LP_s_t
    # every tag `lp_m_t` may guess for (an open class: hapax and suffix probabilities), and what it adds before the suffix
    open_tags = frozenset(t for t in tagger.LP_m_t if t in tagger.LP_hapax_t and t in lp_s_t)
    base = {t: [tagger.Int_t + tagger.LP_hapax_t[t] + tagger.LP_len_t[t][n] for n in range(LENGTH_CAP + 1)]
            for t in open_tags}
    known: dict[str, dict[int, float]] = {}  # morpheme -> {tag: its log probability}
    for tag, morphemes in tagger.LP_m_t.items():
        for morpheme, lp in morphemes.items():
            known.setdefault(morpheme, {})[tag] = lp
    open_followers = {state: [(t, lp) for t, lp in followers if t in open_tags] for state, followers in nonfinal.items()}
    known_get = known.get
    cache: dict[str, list[tuple[int, float]]] = {}

    def guess(segment: str, tag: int, wlen: int) -> float:
        """`lp_m_t`'s guess for a stretch no morpheme of `tag` is (an open tag, not strict, long enough)."""
        mlen = len(segment)
        suffixes = lp_s_t[tag]
        if mlen > 4 and segment[-4:] in suffixes:
            lp_suffix = suffixes[segment[-4:]]
        elif mlen > 3 and segment[-3:] in suffixes:
            lp_suffix = suffixes[segment[-3:]]
        elif mlen > 2 and segment[-2:] in suffixes:
            lp_suffix = suffixes[segment[-2:]]
        elif mlen > 1 and segment[-1:] in suffixes:
            lp_suffix = suffixes[segment[-1:]]
        else:
            lp_suffix = suffixes[""]
        lp = base[tag][min(mlen, LENGTH_CAP)] + lp_suffix
        if wlen == mlen:
            lp -= 4.6
        return lp

    def analyze(word: str) -> list[tuple[int, float]]:
        wlen = len(word)
        table: list[dict[tuple[int, int], float]] = [{(EMPTY, START): 0}] + [{} for _ in range(wlen + 1)]
        for i in range(wlen + 1):
            row = table[i]
            # (HanTa goes on only from the states within 1 of the fourth best)
            rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else LOWER_BOUND
            stretches: list[Any] | None = None  # per j: (word[i:j], its known tags, guesses, may it be guessed)
            for state in row:
                lp = row[state]
                if lp < rowbound:
                    continue
                followers = nonfinal.get(state)
                if not followers:
                    continue
                if stretches is None:
                    stretches = [None] * (wlen + 1)
                followers_open = open_followers[state]
                for j in range(i + 1, wlen + 1):
                    stretch = stretches[j]
                    if stretch is None:
                        segment = word[i:j]
                        stretch = stretches[j] = (segment, known_get(segment), {}, not strict and (wlen < 4 or j - i > 2))
                    segment, tags_known, guessed, may_guess = stretch
                    if tags_known is None:  # no tag knows the stretch: only a guess of an open tag may enter
                        if not may_guess:
                            continue
                        tried, tags_known = followers_open, _NONE
                    else:
                        tried = followers
                    target = table[j]
                    for tag, lp_trans in tried:
                        lp_m = tags_known.get(tag)
                        if lp_m is None:
                            if not may_guess or tag not in open_tags:
                                continue  # (HanTa: minus infinity, never above the bound)
                            lp_m = guessed.get(tag)
                            if lp_m is None:
                                lp_m = guessed[tag] = guess(segment, tag, wlen)
                        lp1 = lp + lp_trans + lp_m
                        if lp1 > LOWER_BOUND:
                            new_state = (state[1], tag)
                            old = target.get(new_state)
                            if old is None or lp1 > old:
                                target[new_state] = lp1
        # from here HanTa's own steps: the final transitions and the sum per part of speech
        last = table[-1]
        for state, lp in table[-2].items():
            for tag, lp_trans in final.get(state, []):
                lp1 = lp + lp_trans
                if lp1 > LOWER_BOUND:
                    new_state = (state[1], tag)
                    if new_state not in last or lp1 > last[new_state]:
                        last[new_state] = lp1
        results: dict[int, float] = {}
        for state, lp in last.items():
            if lp == -math.inf:
                continue
            pos = -state[1]
            results[pos] = logaddexp(results[pos], lp) if pos in results else lp
        result_list = list(results.items())
        result_list.sort(key=itemgetter(1), reverse=True)
        return result_list or [(UNKNOWN, 0)]

    def remembered(word: str) -> list[tuple[int, float]]:
        found = cache.get(word)
        if found is None:
            if len(cache) >= CACHE_SIZE:
                cache.clear()
            found = cache[word] = analyze(word)
        return found

    remembered.uncached = analyze  # type: ignore[attr-defined]  # (the tests compare it without the memo)
    return remembered


_NONE: dict[int, float] = {}


def sentence_pass(tagger: Any) -> Callable[..., list[int]]:  # noqa: ANN401 (HanTa has no type hints)
    """`tagger.tag_sent_viterbi` (the tags of a sentence's words in context) computed faster, the same tags: a state
    goes on only with the tags the next word's analysis offers (HanTa tries each of the 56 tags a state may go on
    with and skips those the word does not offer), taken in the order HanTa tries them, so that of two equal paths
    the same one wins."""
    transitions = tagger.LP_trans_word
    positions: dict[Any, dict[int, int]] = {}  # state -> {tag: its place among the state's transitions}

    def order(state: Any) -> dict[int, int]:
        found = positions.get(state)
        if found is None:
            found = positions[state] = {tag: place for place, tag in enumerate(transitions[state])}
        return found

    def tag_sent_viterbi(sent: list[str], casesensitive: bool = True) -> list[int]:
        table: list[dict[Any, float]] = []
        backpointer: list[dict[Any, Any]] = []
        for i, w in enumerate(sent):
            cs = i != 0 and casesensitive  # (HanTa: the first word case-insensitive, the rest as asked)
            wprobs = dict(tagger._tag_word(w, cutoff=5, casesensitive=cs, conditional=True))
            wprobs_empty = len(wprobs) == 0
            if len(wprobs) == 1 and UNKNOWN in wprobs:
                wprobs = {}
                wprobs_empty = True
            row: dict[Any, float] = {}
            pointers: dict[Any, Any] = {}
            backpointer.append(pointers)
            prevrow = {(EMPTY, START): 0.0} if i == 0 else table[i - 1]
            # (HanTa goes on only from the states within 1 of the sixth best)
            rowbound = sorted(prevrow.values(), reverse=True)[5] - 1 if len(prevrow) > 5 else LOWER_BOUND
            for state in prevrow:
                lp0 = prevrow[state]
                if lp0 < rowbound:
                    continue
                lp_t = transitions[state]
                if wprobs_empty:  # an unknown word: any tag, at no cost of its own
                    tried = [(c, lp_tc, 0) for c, lp_tc in lp_t.items() if c != END]
                else:
                    places = order(state)
                    tried = [(c, lp_t[c], wprobs[c]) for c in sorted((c for c in wprobs if c in lp_t and c != END),
                                                                        key=places.__getitem__)]
                for c, lp_tc, lpwc in tried:
                    lp = lp0 + lp_tc + lpwc
                    if lp > LOWER_BOUND:
                        newstate = (state[1], c)
                        if newstate not in row or lp > row[newstate]:
                            row[newstate] = lp
                            pointers[newstate] = state
            table.append(row)
        # from here HanTa's own steps: the end state and the path back
        finalstate = (END, EMPTY)
        row = {}
        pointers = {}
        backpointer.append(pointers)
        for state, lp0 in table[-1].items():
            lp = lp0 + transitions[state].get(END, -math.inf)
            if lp > row.get(finalstate, -math.inf):
                row[finalstate] = lp
                pointers[finalstate] = state
        table.append(row)
        tags = []
        state = finalstate
        for i in range(len(backpointer) - 1, 0, -1):
            state = backpointer[i][state]
            tags.append(state[1])
        return tags[::-1]

    return tag_sent_viterbi
