"""`dealwatch_deal_context`: one decision, once per document, of which sentences speak about the deal.

Parties: BUYER (Facebook, Meta, Zuckerberg, "das Unternehmen aus Menlo Park"),
TARGET (WhatsApp) and DEAL (the purchase itself). The vocabulary is one file of
spaCy Matcher patterns, `patterns/deal_context.jsonl`, each with a kind:

- `name`: always a mention of its party;
- `epithet` ("der Konzern", "das Netzwerk", "die App", "der Messenger"): a
  mention only when its party was named in the same sentence or up to
  `EPITHET_REACH` sentences before, so a stray "der Konzern" in an article
  about Siemens refers to nothing;
- `pronoun` ("er", "sie", "dessen"): a mention of the party named last, only
  in the sentence right after one that named a party.

Exposed on the Doc and its spans (offsets align with models.context.Sentences):

- `doc._.deal_mentions`: the mention Spans (label_ BUYER / TARGET / DEAL), resolved;
- `doc._.deal_parties`: per sentence index, the frozenset of parties it speaks about;
- `span._.deal_parties`: the parties of the sentences the span overlaps;
- `span._.about_deal`: the span speaks about Facebook, WhatsApp or the deal.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from models.component import DocComponent
from models.context import Sentences

PATTERNS_FILE = Path(__file__).resolve().parent.parent / "patterns" / "deal_context.jsonl"
EPITHET_REACH = 3  # sentences back in which an epithet's party must have been named
PARTIES = ("BUYER", "TARGET", "DEAL")

for _name, _default in (("deal_mentions", None), ("deal_parties", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _span_parties(span: Span) -> frozenset[str]:
    per_sentence = span.doc._.deal_parties
    if per_sentence is None:
        return frozenset()
    sentences = Sentences.of(span.doc)
    first, last = sentences.index_at(span.start_char), sentences.index_at(max(span.start_char, span.end_char - 1))
    return frozenset().union(*per_sentence[first : last + 1])


if not Span.has_extension("deal_parties"):
    Span.set_extension("deal_parties", getter=_span_parties)
    Span.set_extension("about_deal", getter=lambda span: bool(_span_parties(span)))


@lru_cache(maxsize=1)
def pattern_rows() -> tuple[dict[str, Any], ...]:
    """The rows of deal_context.jsonl (comment lines dropped)."""
    rows = []
    for number, line in enumerate(PATTERNS_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if "_comment" in row:
            continue
        if row.get("label") not in (*PARTIES, "ANY") or row.get("kind") not in ("name", "epithet", "pronoun"):
            raise ValueError(f"{PATTERNS_FILE}:{number}: needs a label ({', '.join(PARTIES)}, ANY) and a kind")
        rows.append(row)
    return tuple(rows)


def build_matcher(vocab: Vocab) -> Matcher:
    """A Matcher with every pattern, keyed '<label>|<kind>'."""
    matcher = Matcher(vocab)
    for row in pattern_rows():
        matcher.add(f"{row['label']}|{row['kind']}", [row["pattern"]])
    return matcher


class DealContext(DocComponent):
    """Finds and resolves the deal mentions of a Doc and the parties of each sentence."""

    def __init__(self, vocab: Vocab) -> None:
        self.matcher = build_matcher(vocab)

    def __call__(self, doc: Doc) -> Doc:
        sentences = Sentences.of(doc)
        found: list[tuple[int, str, str, Span]] = []  # (sentence, label, kind, span)
        strings = doc.vocab.strings
        for key, start, end in self.matcher(doc):
            label, kind = strings[key].split("|")
            span = doc[start:end]
            found.append((sentences.index_at(span.start_char), label, kind, span))
        found.sort(key=lambda f: (f[3].start, -f[3].end))
        parties: list[set[str]] = [set() for _ in sentences.starts]
        last_named: list[str | None] = [None] * len(sentences.starts)
        for index, label, kind, span in found:
            if kind == "name":
                parties[index].add(label)
        named_in = [frozenset(p) for p in parties]
        # the party named last up to and including each sentence (for pronouns in the next one)
        current: str | None = None
        for index, label, kind, span in found:
            if kind == "name" and label != "DEAL":
                current = label
                last_named[index] = current
        mentions: list[Span] = []
        for index, label, kind, span in found:
            if kind == "name":
                mentions.append(Span(doc, span.start, span.end, label=label))
            elif kind == "epithet":
                reach = range(max(0, index - EPITHET_REACH), index + 1)
                if any(label in named_in[j] for j in reach):
                    parties[index].add(label)
                    mentions.append(Span(doc, span.start, span.end, label=label))
            elif kind == "pronoun" and index > 0 and last_named[index - 1] is not None:
                party = last_named[index - 1]
                parties[index].add(party)
                mentions.append(Span(doc, span.start, span.end, label=party))
        doc._.deal_mentions = mentions
        doc._.deal_parties = [frozenset(p) for p in parties]
        return doc


@Language.factory("dealwatch_deal_context")
def make_deal_context(nlp: Language, name: str) -> DealContext:
    """spaCy factory: the deal-context component."""
    return DealContext(nlp.vocab)
