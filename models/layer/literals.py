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
"""
from __future__ import annotations

import bisect
import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from models.context import Sentences
from models.layer.text import lower_text, sentences_with

try:
    import ahocorasick
except ImportError:  # a venv not reinstalled since the dependency came: the same answers, one regex pass per gate
    ahocorasick = None

PATTERNS_DIR = Path(__file__).resolve().parent.parent / "patterns"

#: Gate name -> (pattern file, key of its literal list).
GATES: dict[str, tuple[str, str]] = {
    "data_shared.terms": ("data_shared.json", "gate_terms"),
    "data_shared.whatsapp": ("data_shared.json", "gate_whatsapp"),
    "data_shared.cues": ("data_shared.json", "gate_cues"),
    "opt_out": ("opt_out.json", "gate"),
}
_KEY = "dealwatch_gate_sentences"


def gate_words(name: str) -> list[str]:
    """The literals of gate `name`, as its pattern file lists them."""
    file, key = GATES[name]
    return list(json.loads((PATTERNS_DIR / file).read_text(encoding="utf-8"))[key])


@lru_cache(maxsize=1)
def _automaton() -> tuple["ahocorasick.Automaton", tuple[str, ...]]:
    """One automaton over the literals of every gate; each literal's value: (length, bit per gate)."""
    names = tuple(GATES)
    bits: dict[str, int] = {}
    for i, name in enumerate(names):
        for word in gate_words(name):
            if word:
                bits[word] = bits.get(word, 0) | (1 << i)
    automaton = ahocorasick.Automaton()
    for word, mask in bits.items():
        automaton.add_word(word, (len(word), mask))
    automaton.make_automaton()
    return automaton, names


def gate_sentences(doc: Doc, name: str) -> set[int]:
    """Indices of the sentences of `doc` in which a literal of gate `name` starts (one scan per Doc, shared)."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = _scan(doc)
    return found[name]


@lru_cache(maxsize=None)
def _alternation(name: str):  # noqa: ANN202
    from models.negation import literal_alternation

    return literal_alternation(gate_words(name))


def _scan(doc: Doc) -> dict[str, set[int]]:
    if ahocorasick is None:
        sents = Sentences.of(doc)
        low = lower_text(doc)
        return {name: sentences_with(_alternation(name), low, sents.starts, sents.ends) for name in GATES}
    automaton, names = _automaton()
    starts = Sentences.of(doc).starts
    hits = [set() for _ in names]
    seen: dict[tuple[int, int], None] = {}  # (sentence, gate bits) already marked
    for end, (length, mask) in automaton.iter(lower_text(doc)):
        si = bisect.bisect_right(starts, end - length + 1) - 1
        if (si, mask) in seen:
            continue
        seen[si, mask] = None
        gate = 0
        while mask:
            if mask & 1:
                hits[gate].add(si)
            mask >>= 1
            gate += 1
    return dict(zip(names, hits))
