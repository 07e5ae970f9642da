"""The components' literal gates, answered for every sentence by one scan of the document.

A gate is a list of literal stems ("widersp", "nummer", "whatsapp"): a sentence
that holds none of them cannot give the component a claim, so the component
reads only the gated sentences. Each gate used to be its own regex pass over
the lowered text; here one Aho-Corasick automaton (pyahocorasick, in C) holds
the stems of every gate, finds all their occurrences, overlapping ones too, in
one pass, and each occurrence marks its sentence for the gates it belongs to.
The answer is the one `models.layer.text.sentences_with` gives with the gate's
alternation: the sentences in which an occurrence starts
(tests/test_models_speed_paths.py). Adding a gate is one line in `GATES`.

The same scan answers the layer's candidate gates (`CANDIDATE_GATES`: for each gate, the sentences
inside which one of its words lies, `candidate_sentences`): the tagger reads only the sentences that
hold a data term or a candidate stem, instead of searching the whole text for split particles first
(speed29, issue 10: the layer gated by the one shared scan).

The same scan answers the per-rule gates of a component (`RULE_GATES`: for each sentence, the bits of
the rules one of whose words lies inside it, `rule_masks`), so a component with rule gates does not
traverse the text a second time with its own automaton (a traversal costs about as much as the rest
of the scan: pyahocorasick reads every character).
"""
from __future__ import annotations

import bisect
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from models.context import Sentences
from models.layer.spelling import swiss_file
from models.layer.text import lower_text, sentences_with
# ahocorasick is None in a venv not reinstalled since the dependency came: the same answers, one regex pass per gate.
from models.regex_tools import ahocorasick, literal_found, valued_automaton

PATTERNS_DIR = Path(__file__).resolve().parent.parent / "patterns"

#: Gate name -> (pattern file, key of its literal list).
GATES: dict[str, tuple[str, str]] = {
    "data_shared.terms": ("data_shared.json", "gate_terms"),
    "data_shared.whatsapp": ("data_shared.json", "gate_whatsapp"),
    "data_shared.cues": ("data_shared.json", "gate_cues"),
    "opt_out": ("opt_out.json", "gate"),
}
#: Candidate gate -> the (pattern file, key of its literal list) pairs whose words it holds. "Inside" gates: a
#: sentence passes when one of the words lies wholly inside it (as `literal_found` over the sentence answers).
CANDIDATE_GATES: dict[str, tuple[tuple[str, str], ...]] = {
    # the tagger's candidates: the data terms and the stems of patterns/layer.json (models/layer/tagger.py)
    "tagger": (("data_shared.json", "gate_terms"), ("layer.json", "candidates")),
}
#: Component -> (pattern file, key of its {rule: literal list}); a rule's bit is 1 << its place in that mapping.
RULE_GATES: dict[str, tuple[str, str]] = {
    "opt_out": ("opt_out.json", "rule_gates"),
}
_KEY = "dealwatch_gate_sentences"
_RULES_KEY = "dealwatch_rule_masks"
_CANDIDATES_KEY = "dealwatch_candidate_sentences"


def _nonempty(words: list[str], where: str) -> list[str]:
    """`words`; ValueError naming `where` for an empty one (found in every text, it would open the gate
    everywhere, and no automaton could hold it: every gate would go back to one scan of its own)."""
    if not all(words):
        raise ValueError(f"{where}: an empty gate word")
    return words


def _folded(file: str) -> dict[str, Any]:
    """Pattern file `file` as the components read it: its word lists with their Swiss spellings (a "ß" written "ss")
    where the file's "_spelling" declares them words (models/layer/spelling.py `swiss_file`)."""
    return swiss_file(json.loads((PATTERNS_DIR / file).read_text(encoding="utf-8")))


def gate_words(name: str) -> list[str]:
    """The literals of gate `name`, as its pattern file lists them, each with its Swiss spelling (a "ß" written
    "ss", models/layer/spelling.py); ValueError for an empty one."""
    file, key = GATES[name]
    return _nonempty(list(_folded(file)[key]), f"{file} {key}")


@lru_cache(maxsize=None)
def candidate_words(name: str) -> tuple[str, ...]:
    """The words of candidate gate `name` (`CANDIDATE_GATES`), each once, longest first; ValueError for an
    empty one."""
    words: set[str] = set()
    for file, key in CANDIDATE_GATES[name]:
        words.update(_nonempty(list(_folded(file)[key]), f"{file} {key}"))
    return tuple(sorted(words, key=len, reverse=True))


def rule_gate_words(component: str) -> dict[str, tuple[str, ...]]:
    """The rule gates of `component` ({rule: its literals}), as its pattern file lists them with their Swiss
    spellings (`swiss_file`); ValueError for an empty word."""
    file, key = RULE_GATES[component]
    return {rule: tuple(_nonempty(list(words), f"{file} {key} {rule}")) for rule, words in _folded(file)[key].items()}


@lru_cache(maxsize=1)
def _automaton() -> tuple["ahocorasick.Automaton", tuple[str, ...], tuple[str, ...]] | None:
    """One automaton over the literals of every gate, rule gate and candidate gate; each literal's value:
    (length, bit per gate, (bits of the rules naming it, one int per component of `RULE_GATES`), bit per
    candidate gate). (No word is empty: see `gate_words`.)"""
    names = tuple(GATES)
    bits: dict[str, int] = {}
    for i, name in enumerate(names):
        for word in gate_words(name):
            bits[word] = bits.get(word, 0) | (1 << i)
    components = tuple(RULE_GATES)
    rules: dict[str, list[int]] = {}
    for c, component in enumerate(components):
        for r, words in enumerate(rule_gate_words(component).values()):
            for word in words:
                rules.setdefault(word, [0] * len(components))[c] |= 1 << r
    candidates: dict[str, int] = {}
    for g, name in enumerate(CANDIDATE_GATES):
        for word in candidate_words(name):
            candidates[word] = candidates.get(word, 0) | (1 << g)
    automaton = valued_automaton({word: (len(word), bits.get(word, 0), tuple(rules.get(word, ())), candidates.get(word, 0))
                                  for word in bits.keys() | rules.keys() | candidates.keys()})
    return automaton, names, components


def gate_sentences(doc: Doc, name: str) -> set[int]:
    """Indices of the sentences of `doc` in which a literal of gate `name` starts (one scan per Doc, shared)."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = _scan_once(doc)
    return found[name]


def rule_masks(doc: Doc, component: str) -> list[int] | None:
    """Per sentence of `doc`, the bits of `component`'s rules (`RULE_GATES`) one of whose literals lies inside
    the sentence, from the gates' one scan; None without pyahocorasick (the component scans on its own)."""
    if doc.user_data.get(_KEY) is None:
        _scan_once(doc)
    found = doc.user_data.get(_RULES_KEY)
    return None if found is None else found[component]


def candidate_sentences(doc: Doc, name: str) -> set[int]:
    """Indices of the sentences of `doc` inside which a word of candidate gate `name` (`CANDIDATE_GATES`) lies:
    the sentences for which `literal_found(candidate_words(name), ..., lowered, start, end)` is true, from the
    gates' one scan per Doc (shared with every component's gates)."""
    if doc.user_data.get(_KEY) is None:
        _scan_once(doc)
    return doc.user_data[_CANDIDATES_KEY][name]


def _scan_once(doc: Doc) -> dict[str, set[int]]:
    gates, rules, candidates = _scan(doc)
    doc.user_data[_KEY] = gates
    doc.user_data[_CANDIDATES_KEY] = candidates
    if rules is not None:
        doc.user_data[_RULES_KEY] = rules
    return gates


@lru_cache(maxsize=None)
def _alternation(name: str):  # noqa: ANN202
    from models.negation import literal_alternation

    return literal_alternation(gate_words(name))


def _mark(sets: list[set[int]], bits: int, si: int) -> None:
    """Adds sentence `si` to `sets[i]` for every bit i set in `bits` (a gate's or candidate gate's bit)."""
    i = 0
    while bits:
        if bits & 1:
            sets[i].add(si)
        bits >>= 1
        i += 1


def _scan(doc: Doc) -> tuple[dict[str, set[int]], dict[str, list[int]] | None, dict[str, set[int]]]:
    built = None if ahocorasick is None else _automaton()
    if built is None:
        sents = Sentences.of(doc)
        low = lower_text(doc)
        candidates = {
            name: {si for si, (start, end) in enumerate(zip(sents.starts, sents.ends))
                   if literal_found(candidate_words(name), None, low, start, end)}
            for name in CANDIDATE_GATES
        }
        return {name: sentences_with(_alternation(name), low, sents.starts, sents.ends) for name in GATES}, None, candidates
    automaton, names, components = built
    sents = Sentences.of(doc)
    starts, ends = sents.starts, sents.ends
    hits = [set() for _ in names]
    masks = [[0] * len(starts) for _ in components]
    inside: list[set[int]] = [set() for _ in CANDIDATE_GATES]
    seen: dict[tuple[int, int], None] = {}  # (sentence, gate bits) already marked
    for end, (length, mask, rules, candidate) in automaton.iter(lower_text(doc)):
        si = bisect.bisect_right(starts, end - length + 1) - 1
        if (rules or candidate) and si >= 0 and end < ends[si]:  # a rule or candidate word counts inside the sentence
            for c, bits in enumerate(rules):
                masks[c][si] |= bits
            if candidate:
                _mark(inside, candidate, si)
        if not mask or (si, mask) in seen:
            continue
        seen[si, mask] = None
        _mark(hits, mask, si)
    return dict(zip(names, hits)), dict(zip(components, masks)), dict(zip(CANDIDATE_GATES, inside))
