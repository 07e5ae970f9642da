"""The shared reading of a document, step one: which cue families each sentence holds, read once (issue 10, session 44).

Every claim component reads only the sentences that can give it a claim, and until now each found them with its own
scan: the opt-out and data components asked the layer's literal scan (`models/layer/literals.py`), the price component
its amounts, and the opt-out component's document readers walked every sentence of the text, slicing it and testing
their own words ("mehr", "ob ", the words of an option's end) once per reader. This module is the one place that says,
per sentence, which families of cues it holds, so a component asks it before its own regexes and skips a sentence it
cannot claim from:

- `sentence_families(doc)`: per sentence of a Doc, a bit mask of the layer's families (`FAMILIES`): the components'
  literal gates (`option`: opt_out.json "gate"; `data`, `data_cue`, `whatsapp`: data_shared.json "gate_terms",
  "gate_cues", "gate_whatsapp"; the sentences in which one of their words starts, the layer's one scan), `amount`
  (an amount of `money.find_money` starts in it: the price component's and the moment stage's reading), `question`
  (it asks: `negation.is_question`, it asserts nothing) and `context` (the layer's deal context). Read as
  `Doc._.cue_families` (the names, per sentence) and `Span._.cue_families` (the names of the sentences it overlaps).
- `WordFamilies`: named word lists of a component, found by sentence in one Aho-Corasick pass over a text (a word
  counts where it lies wholly inside the sentence, as `word in text[start:end]` answers), remembered for the last
  (text, bounds) objects asked, so the readers of one reading share one pass. The opt-out component's document
  readers ask it instead of walking every sentence (models/opt_out.py `_reader_families`, held by `Cues`).

Nothing here is a new vocabulary: every family is a list a component already held; what changes is that it is read
once per sentence, not once per reader. tests/test_models_families.py checks that every word of every family opens its
family (reachability), and that the readers asked through it see the sentences they saw before.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Doc, Span

from models.context import Sentences, doc_text
from models.last_call import last_call_by_identity
from models.layer.deal_context import in_deal_context
from models.layer.literals import gate_sentences
from models.layer.text import money_in
from models.negation import is_question
from models.regex_tools import valued_automaton

#: The families that are a component's literal gate: family -> gate of `models.layer.literals.GATES`.
GATE_FAMILIES: dict[str, str] = {
    "option": "opt_out",
    "data": "data_shared.terms",
    "data_cue": "data_shared.cues",
    "whatsapp": "data_shared.whatsapp",
}
#: Every family of the layer, in bit order.
FAMILIES: tuple[str, ...] = (*GATE_FAMILIES, "amount", "question", "context")
BIT: dict[str, int] = {name: 1 << i for i, name in enumerate(FAMILIES)}
_KEY = "dealwatch_cue_families"
_SETS_KEY = "dealwatch_cue_family_sets"


def sentence_families(doc: Doc) -> list[int]:
    """Per sentence of `doc`, the bits (`BIT`) of the families it holds; one reading per Doc, kept while its sentences
    and its deal context are the same objects (the context is the layer's, set by its deal-context component)."""
    sents = Sentences.of(doc)
    context = in_deal_context(doc)
    kept = doc.user_data.get(_KEY)
    if kept is not None and kept[0] is sents and kept[1] is context:
        return kept[2]
    masks = [0] * len(sents.starts)
    for family, gate in GATE_FAMILIES.items():
        bit = BIT[family]
        for si in gate_sentences(doc, gate):
            masks[si] |= bit
    bit = BIT["amount"]
    for mention in money_in(doc):
        masks[sents.index_at(mention.start)] |= bit
    text = doc_text(doc)
    question, in_context = BIT["question"], BIT["context"]
    for si, (start, end) in enumerate(zip(sents.starts, sents.ends)):
        if is_question(text[start:end]):
            masks[si] |= question
        if si < len(context) and context[si]:
            masks[si] |= in_context
    doc.user_data[_KEY] = (sents, context, masks)
    return masks


def family_sentences(doc: Doc, family: str) -> set[int]:
    """The indices of the sentences of `doc` that hold `family` (a name of `FAMILIES`); for a literal gate's family
    the very set the layer's scan gave (`gate_sentences`: the caller's to read, not to change), else built once per
    reading of the Doc."""
    masks = sentence_families(doc)
    if family in GATE_FAMILIES:
        return gate_sentences(doc, GATE_FAMILIES[family])
    by_family = doc.user_data.setdefault(_SETS_KEY, {})
    kept = by_family.get(family)
    if kept is None or kept[0] is not masks:
        bit = BIT[family]
        kept = by_family[family] = (masks, {si for si, mask in enumerate(masks) if mask & bit})
    return kept[1]


def names_of(mask: int) -> frozenset[str]:
    """The names of the families whose bits `mask` holds."""
    return frozenset(name for name in FAMILIES if mask & BIT[name])


def _doc_families(doc: Doc) -> list[frozenset[str]]:
    return [names_of(mask) for mask in sentence_families(doc)]


def _span_families(span: Span) -> frozenset[str]:
    masks = sentence_families(span.doc)
    sents = Sentences.of(span.doc)
    first, last = sents.index_at(span.start_char), sents.index_at(max(span.start_char, span.end_char - 1))
    mask = 0
    for value in masks[first : last + 1]:
        mask |= value
    return names_of(mask)


if not Doc.has_extension("cue_families"):
    Doc.set_extension("cue_families", getter=_doc_families)
if not Span.has_extension("cue_families"):
    Span.set_extension("cue_families", getter=_span_families)


class WordFamilies:
    """Named word lists found by sentence in one pass over a text: `sentences(text, bounds)` gives, per family, the
    indices (ascending) of the sentences of `bounds` ((start, end) offsets into `text`) inside which one of its words
    lies, as `any(word in text[start:end] for word in words)` answers sentence by sentence. Remembered for the last
    (text, bounds) objects asked (`last_call_by_identity`): every reader of one reading of a document shares the pass.
    Without pyahocorasick the substring tests run sentence by sentence (the same answers)."""

    def __init__(self, families: Mapping[str, Sequence[str]]) -> None:
        self.names = tuple(families)
        self.words = {name: tuple(words) for name, words in families.items()}
        for name, words in self.words.items():
            if not words or not all(words):
                raise ValueError(f"word family {name!r}: no word, or an empty one (it would hold every sentence)")
        values: dict[str, tuple[int, int]] = {}
        for i, name in enumerate(self.names):
            for word in self.words[name]:
                values[word] = (len(word), values.get(word, (0, 0))[1] | (1 << i))
        self._automaton = valued_automaton(values)
        self.sentences: Callable[[str, Sequence[tuple[int, int]]], dict[str, list[int]]] = last_call_by_identity(
            self._sentences)

    def sentences_changed(
        self, found: Mapping[str, Sequence[int]], text: str, bounds: Sequence[tuple[int, int]], changed: Sequence[int]
    ) -> dict[str, list[int]]:
        """`sentences(text, bounds)` from `found`, the answer for another text with the same `bounds` that differs from
        `text` only inside the sentences `changed`: a sentence's answer depends on its own words alone, so only those are
        read again (opt_out.py's second reading, which blanks a few sentences' adjuncts; issue 10, session 54, speed54)."""
        if not changed:
            return {name: list(found[name]) for name in self.names}
        again = set(changed)
        holding: dict[str, set[int]] = {name: set() for name in self.names}
        for si in again:
            start, end = bounds[si]
            for name, hits in self._sentences(text[start:end], [(0, end - start)]).items():
                if hits:
                    holding[name].add(si)
        return {name: sorted({si for si in found[name] if si not in again} | holding[name]) for name in self.names}

    def _sentences(self, text: str, bounds: Sequence[tuple[int, int]]) -> dict[str, list[int]]:
        found: list[list[int]] = [[] for _ in self.names]
        if self._automaton is None:
            for si, (start, end) in enumerate(bounds):
                sentence = text[start:end]
                for i, name in enumerate(self.names):
                    if any(word in sentence for word in self.words[name]):
                        found[i].append(si)
            return dict(zip(self.names, found))
        starts = [start for start, _ in bounds]
        for end, (length, bits) in self._automaton.iter(text):
            si = bisect.bisect_right(starts, end - length + 1) - 1
            if si < 0 or end >= bounds[si][1]:
                continue  # before the first sentence, or running past its sentence's end
            i = 0
            while bits:
                if bits & 1 and (not found[i] or found[i][-1] != si):
                    found[i].append(si)  # (hits come in the order of their ends: a sentence's after the one before)
                bits >>= 1
                i += 1
        return dict(zip(self.names, found))
