"""`dealwatch_tagger`: STTS tags and lemmas from HanTa on gated sentences; separable verbs rejoined.

HanTa (Hanover Tagger, trained on TIGER, shipped in its wheel) tags about
3k tokens/s: far too slow for every sentence of a million-word crawl, so a
cheap gate picks the sentences where a tag changes what the rules read: a
separable particle right before a clause end ("gibt ... an Facebook weiter.")
or a negation. Everywhere else the lookup lemmas stand and `tag_` stays empty.

Separable verbs: the particle (tag PTKVZ) is joined to the finite verb before
it in the same clause, so "leitete ... weiter" has the lemma "weiterleiten",
like "weitergeleitet" and "weiterzuleiten" have from the lookup table.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from models.component import DocComponent
from models.context import Sentences, doc_text

PATTERNS_FILE = Path(__file__).resolve().parent.parent / "patterns" / "layer.json"
CLAUSE_END = {".", ",", ";", ":", "!", "?", "–", "—", ")", "\""}
FINITE = {"VVFIN", "VAFIN", "VMFIN", "VVIMP"}

if not Token.has_extension("particle_joined"):
    Token.set_extension("particle_joined", default=False)  # True on a PTKVZ whose verb took it into its lemma
if not Doc.has_extension("tagged_sentences"):
    Doc.set_extension("tagged_sentences", default=0)  # how many sentences the gate let through (measured in make bench)


@lru_cache(maxsize=1)
def _data() -> dict[str, list[str]]:
    return json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def gate() -> re.Pattern[str]:
    """A sentence worth tagging: a particle before a clause end, or a negation word."""
    data = _data()
    particles = "|".join(sorted(data["particles"], key=len, reverse=True))
    negations = "|".join(sorted(data["negations"], key=len, reverse=True))
    return re.compile(
        rf"(?i)(?<![\wäöüß])(?:(?:{particles})\s*[.,;:!?–—)\"“]|(?:{negations})(?![\wäöüß]))"
    )


@lru_cache(maxsize=1)
def hanta():  # noqa: ANN201 (HanTa has no type hints)
    """HanTa's German model, loaded once per process (about 0.2 s)."""
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


def stts(tag: str) -> str:
    """HanTa writes 'VV(FIN)'; STTS writes 'VVFIN'."""
    return tag.replace("(", "").replace(")", "")


class GatedTagger(DocComponent):
    """Tags the sentences the gate selects and rejoins separable verbs there."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if gate().search(text) is None:
            return doc
        sentences = Sentences.of(doc)
        tagged = 0
        for index in range(len(sentences.starts)):
            start, end = sentences.span(index)
            if gate().search(text, start, end) is None:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            tokens = [t for t in span if not t.is_space]
            if not tokens:
                continue
            tagged += 1
            for token, (_, lemma, tag) in zip(tokens, hanta().tag_sent([t.text for t in tokens], taglevel=1)):
                token.tag_ = stts(tag)
                if tag.startswith("V") and lemma and lemma != "--":
                    token.lemma_ = lemma.lower() if token.lemma_.islower() else lemma
            rejoin_separable_verbs(tokens)
        doc._.tagged_sentences = tagged
        return doc


def rejoin_separable_verbs(tokens: list[Token]) -> None:
    """Give the finite verb before each PTKVZ particle (same clause) the joined lemma: geben + weiter -> weitergeben."""
    for i, particle in enumerate(tokens):
        if particle.tag_ != "PTKVZ":
            continue
        for verb in reversed(tokens[:i]):
            if verb.text in {",", ";", ":", "–", "—"}:
                break  # another clause: "..., die er weiterleitet" has no particle to join
            if verb.tag_ in FINITE:
                prefix = particle.lower_
                if not verb.lemma_.lower().startswith(prefix):
                    verb.lemma_ = prefix + verb.lemma_.lower()
                particle._.particle_joined = True
                particle.lemma_ = prefix  # "weiter", not the adjective "weit"
                break


@Language.factory("dealwatch_tagger")
def make_tagger(nlp: Language, name: str) -> GatedTagger:
    """spaCy factory: the gated HanTa tagger."""
    return GatedTagger()
