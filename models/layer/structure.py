"""`dealwatch_structure`: the layout of a document: headings, lists, Q&A blocks, quotes.

Articles reach us as plain text with one paragraph or line per block (what
trafilatura keeps). A line is read as

- `list_item`: it starts with a bullet ("-", "•", "*", "–", "1.", "a)");
- `question`: it ends with "?" and is short (a question heading, or the
  question of a Q&A / FAQ block: "Frage: ...", "F: ...");
- `answer`: the line after a question, or one opening with "Antwort:", "A:";
- `heading`: short, without a closing full stop, followed by more text;
- `quote`: it opens with a quotation mark;
- `paragraph`: anything else.

Each block knows the block that introduces it (`intro`): for list items the
nearest heading, question or line ending with ":" before the list; for an
answer its question; for a paragraph the heading above it. So a data type in a
bullet under "Was erfährt Facebook künftig?" can be read with its heading.

`doc._.blocks` is the list of `Block`s in text order; `block_at(doc, offset)`
finds the block holding a character offset.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from models.component import DocComponent
from models.context import doc_text

MAX_HEADING_WORDS = 14
_BULLET = re.compile(r"^\s*(?:[-•*–—▪●◦·]|\d{1,2}[.)]|[a-z]\))\s+")
_QA_QUESTION = re.compile(r"^\s*(?:frage|f)\s*:\s*", re.IGNORECASE)
_QA_ANSWER = re.compile(r"^\s*(?:antwort|a)\s*:\s*", re.IGNORECASE)
_QUOTE_OPEN = re.compile(r"^\s*[„\"»«“]")

if not Doc.has_extension("blocks"):
    Doc.set_extension("blocks", default=None)


@dataclass(frozen=True)
class Block:
    """One line or paragraph of the document: its character span, kind and introducing block."""

    index: int
    start: int
    end: int
    kind: str  # heading | question | answer | list_item | quote | paragraph
    intro: int | None  # index of the block that introduces this one (heading, question, "...:" line)

    def text(self, doc: Doc) -> str:
        """The block's text."""
        return doc_text(doc)[self.start : self.end]


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((match.start() + lead, match.start() + len(line.rstrip())))
    return spans


def _kind(line: str, previous_kind: str | None) -> str:
    words = len(line.split())
    if _BULLET.match(line):
        return "list_item"
    if _QA_QUESTION.match(line) or (line.endswith("?") and words <= MAX_HEADING_WORDS * 2):
        return "question"
    if _QA_ANSWER.match(line) or previous_kind == "question":
        return "answer"
    if _QUOTE_OPEN.match(line):
        return "quote"
    if words <= MAX_HEADING_WORDS and not line.endswith((".", "!", ",", ";", ":", "…")):
        return "heading"
    return "paragraph"


def blocks_of(text: str) -> list[Block]:
    """The blocks of `text` (see the module docstring)."""
    blocks: list[Block] = []
    last_intro: int | None = None  # the latest heading / question / "...:" line
    for index, (start, end) in enumerate(_lines(text)):
        line = text[start:end]
        previous = blocks[-1] if blocks else None
        kind = _kind(line, previous.kind if previous else None)
        if kind == "answer" and previous is not None and previous.kind == "list_item":
            kind = "paragraph"
        if kind == "list_item":
            intro = previous.intro if previous is not None and previous.kind == "list_item" else (
                previous.index if previous is not None and (previous.kind in ("heading", "question") or text[previous.start:previous.end].endswith(":")) else last_intro
            )
        elif kind == "answer":
            intro = previous.index if previous is not None and previous.kind == "question" else last_intro
        else:
            intro = last_intro
        block = Block(index, start, end, kind, intro)
        blocks.append(block)
        if kind in ("heading", "question") or line.endswith(":"):
            last_intro = index
    return blocks


def block_at(doc: Doc, offset: int) -> Block | None:
    """The block of `doc` holding character `offset` (None between blocks or without the component)."""
    blocks = doc._.blocks
    if not blocks:
        return None
    i = bisect.bisect_right(blocks, offset, key=lambda b: b.start) - 1  # no list of starts per call: hot path
    if i >= 0 and blocks[i].start <= offset < blocks[i].end:
        return blocks[i]
    return None


class DocumentStructure(DocComponent):
    """Sets `doc._.blocks`."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.blocks = blocks_of(doc_text(doc))
        return doc


@Language.factory("dealwatch_structure")
def make_structure(nlp: Language, name: str) -> DocumentStructure:
    """spaCy factory: the document-structure component."""
    return DocumentStructure()
