"""`dealwatch_structure`: the layout of a document: headings, lists, Q&A blocks, quotes.

Articles reach us as plain text with one paragraph or line per block (what
trafilatura keeps). A line is read as

- `list_item`: it starts with a bullet ("-", "•", "*", "–", "1.", "a)"), or it
  belongs to a bare list: a run of at least two short, verbless lines without
  a closing full stop ("Standortdaten", "die Handynummer,") right after a
  heading, a question or a line ending with ":" (plain text, feeds and other
  extractors drop the bullets). A caption, byline or dateline ("Foto: dpa",
  "Von Anna Roth", "Berlin, 3. März 2021") is no item, and the list ends at
  the first normal paragraph; a single short line stays a heading / answer;
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

A web page's furniture (share buttons, consent banners, newsletter and paywall boxes, 'Anzeige' blocks:
models/layer/furniture.py) is blanked in the reading text the Doc is made from, so it makes no block: a banner
between a question heading and its answer does not take the answer's place.

`doc._.blocks` is the list of `Block`s in text order; `block_at(doc, offset)`
finds the block holding a character offset.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from models import dates
from models.component import DocComponent
from models.context import doc_text
from models.layer.leads import BULLET_PATTERN
from models.quote_marks import CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS

MAX_HEADING_WORDS = 14
# The bullet: one of the layout leads defined once in patterns/layer.json (models/layer/leads.py, session 29).
_BULLET = re.compile(r"^\s*(?:" + BULLET_PATTERN + ")")
_QA_QUESTION = re.compile(r"^\s*(?:frage|f)\s*:\s*", re.IGNORECASE)
_QA_ANSWER = re.compile(r"^\s*(?:antwort|a)\s*:\s*", re.IGNORECASE)
_QUOTE_OPEN = re.compile(rf"^\s*[{OPENING_QUOTE_MARKS}]")
MAX_BARE_ITEM_WORDS = 6
# After a line ending with ":" the colon announces the enumeration, so its verbless items may run longer ("die
# Telefonnummer und Angaben aus der Registrierung", "Informationen darüber, wie Nutzer mit anderen interagieren").
MAX_COLON_ITEM_WORDS = 12
MIN_BARE_ITEMS = 2  # one short line after a question is its answer, after a heading a sub-heading
# A bare item carries no sentence end, no colon (caption "Foto: dpa", fact-box row) and no brackets ("(dpa)").
_NOT_BARE_ITEM = re.compile(r"[.!?:…()\[\]]\s*$|[:()\[\]]|^\s*[„\"»«“]")
# Bylines and datelines: "Von Anna Roth", "Berlin, 3. März 2021", "03.12.2021".
_BYLINE_OR_DATE = re.compile(r"^\s*(?:von|by|foto|bild|text|grafik|quelle)\s|" + dates.DATE_START, re.IGNORECASE)
# Verbless: no auxiliary, modal or frequent full verb form. A text-only test (the layer's tags are not set
# yet here); a line with a finite verb is a headline ("Facebook kauft WhatsApp"), not a data item.
_FINITE_VERB = re.compile(
    r"\b(?:ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|hatte|hatten|kann|können|konnte|soll|sollen|"
    r"muss|müssen|darf|dürfen|will|wollen|bleibt|bleiben|gibt|geben|geht|gehen|kommt|kommen|sagt|sagen|"
    r"bekommt|bekommen|erhält|erhalten|teilt|teilen|kauft|kaufte|zahlt|zahlte|zeigt|zeigen|macht|machen|"
    r"sieht|sehen|heißt|steht|stehen|fragt|droht|drohen|wechseln|wechselt)\b",
    re.IGNORECASE,
)

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
    if words <= MAX_HEADING_WORDS and not line.rstrip(_CLOSERS).endswith((".", "!", ",", ";", ":", "…")):
        return "heading"
    return "paragraph"


# Closing brackets and quotation marks after a line's last sentence mark: "(Zuruf von der LINKEN: 16 Milliarden in bar
# und Aktien!)", "Sie sagte: „Das ist zu viel.“" end a sentence inside the bracket or quote, so the line is a sentence,
# not a heading (a protocol's heckle, a short quoted reply). "(Beifall bei der SPD)" has no sentence mark: it stays
# what it was. Issue 7, session 48, prec48 (own87-001's heckle).
_CLOSERS = ")]" + CLOSING_QUOTE_MARKS


# A relative or indirect-question clause after a comma that belongs to the item's noun ("die Nummer, mit der man sich
# angemeldet hat", "Informationen darüber, wie Nutzer interagieren"): its finite verb is the clause's, not the line's.
_NOUN_CLAUSE = re.compile(
    r",\s+(?:(?:mit|zu|von|bei|an|in|über|auf|für|aus|nach)\s+)?"
    r"(?:der|die|das|dem|den|deren|dessen|denen|welche[mnrs]?|wie|wann|wo|womit|wofür|was|ob)\s.*$",
    re.IGNORECASE,
)


def _bare_item(line: str, max_words: int = MAX_BARE_ITEM_WORDS) -> bool:
    """Whether `line` could be an item of a list written without bullets: a few words, no verb, no sentence end.
    A longer item after a colon (`max_words` above MAX_BARE_ITEM_WORDS) may hold a verb in a clause of its noun."""
    head = _NOUN_CLAUSE.sub("", line) if max_words > MAX_BARE_ITEM_WORDS else line
    return (
        len(line.split()) <= max_words
        and not _NOT_BARE_ITEM.search(line)
        and not _BYLINE_OR_DATE.search(line)
        and not _FINITE_VERB.search(head)
    )


def _bare_list_after(lines: list[str], intro: int) -> range:
    """The indices of the bare list items right after line `intro` (empty when fewer than MIN_BARE_ITEMS)."""
    end = intro + 1
    max_words = MAX_COLON_ITEM_WORDS if lines[intro].endswith(":") else MAX_BARE_ITEM_WORDS
    while end < len(lines) and not _BULLET.match(lines[end]) and _bare_item(lines[end], max_words):
        end += 1
    return range(intro + 1, end) if end - intro - 1 >= MIN_BARE_ITEMS else range(0)


def blocks_of(text: str) -> list[Block]:
    """The blocks of `text` (see the module docstring)."""
    blocks: list[Block] = []
    last_intro: int | None = None  # the latest heading / question / "...:" line
    spans = _lines(text)
    lines = [text[start:end] for start, end in spans]
    bare_items: set[int] = set()  # lines read as items of a list without bullets
    for index, (start, end) in enumerate(spans):
        line = lines[index]
        previous = blocks[-1] if blocks else None
        kind = "list_item" if index in bare_items else _kind(line, previous.kind if previous else None)
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
            bare_items.update(_bare_list_after(lines, index))
    return blocks


# The blocks the component set and their start offsets, in `doc.user_data`: `block_at` (a hot path, thousands
# of calls per pass) reads them without building an extension accessor (`doc._`) and a key function per call.
_STARTS_KEY = "dealwatch_block_starts"


def block_at(doc: Doc, offset: int) -> Block | None:
    """The block of `doc` holding character `offset` (None between blocks or without the component)."""
    kept = doc.user_data.get(_STARTS_KEY)
    if kept is None:  # blocks not set by the component: the extension, searched by each block's start
        blocks = doc._.blocks
        if not blocks:
            return None
        i = bisect.bisect_right(blocks, offset, key=lambda b: b.start) - 1
    else:
        blocks, starts = kept
        i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and blocks[i].start <= offset < blocks[i].end:
        return blocks[i]
    return None


class DocumentStructure(DocComponent):
    """Sets `doc._.blocks`."""

    def __call__(self, doc: Doc) -> Doc:
        blocks = doc._.blocks = blocks_of(doc_text(doc))
        doc.user_data[_STARTS_KEY] = (blocks, [block.start for block in blocks])
        return doc


@Language.factory("dealwatch_structure")
def make_structure(nlp: Language, name: str) -> DocumentStructure:
    """spaCy factory: the document-structure component."""
    return DocumentStructure()
