"""CUT SENTENCES: where a page's text breaks off inside a sentence (a paywall, a reading sample, a teaser's truncation).

Convention D61 (c) (docs/extraction-quality.md): a sentence cut off by a paywall or a truncation gives only what its
remaining words state; a claim whose deciding words are cut off is no claim. German decides a clause at its end: the
right bracket (participle, infinitive, separable particle: "gehen dabei nicht [verloren | an Facebook]"), the negation
and the adjective of a predicate ("ist ... nicht mö[glich]"), and the purpose or scope after the object ("der
Weitergabe ihrer Daten für [Werbung]") stand last. So a clause that breaks off has decided nothing of a stance, a scope
or a polarity: the opt-out and data claims read from it are dropped (models/extract.py). A price's amount and currency
are words of their own, complete before the cut (the sum stays, as the gold reads "19 Milliarden Dollar, wovon der
größere Teil in Aktien flie"); a year is told by its own clause.

A CUT is found from the page's layout alone, never from the cut sentence's words:

- a line that ends without a stop (its last character a letter, a digit or a comma) before a box line of the page
  furniture (models/layer/furniture.py) that says the text goes on behind a wall (patterns/page_furniture.json
  `cut.wall_words`: "weiterlesen", "Abonnenten", "Leseprobe", "Vorschau", "den vollständigen Artikel"; a newsletter
  or app box is no wall: a list row without a stop may stand before it), blank lines between allowed; a line that
  is one short unended phrase (a headline, fewer than MIN_CUT_WORDS words and no sentence end before) is no cut
  sentence;
- a box call glued to such a line ("... bis Ende September Weiterlesen", "... der Jetzt weiterlesen mit Plus");
- an editorial truncation mark at a line's end ("[…]", "(...)"); an ellipsis glued to a word at a line's end ("nicht
  mö…") only before a wall line: a chat's or forum's "Solang meine Chats in Ruhe gelassen werden…" is style.

A bare link label ("Weiterlesen" alone on its line, or glued to the line's end) and an editor's "[…]" are no paywall's
wall: the first follows a teaser's whole headline ("WhatsApp gibt die Nummern an Facebook weiter / Weiterlesen"), the
second marks an omission after a clause that may be whole. Before them a line is cut only where its last clause lacks
its end (`whole_clause`, from HanTa's tags of its words; session 44, page44): it ends on a word that opens a phrase (an
article, a preposition, an attributive adjective, a conjunction, "zu", the negation), has no finite verb, or has a
modal verb without the infinitive of its right bracket ("sonst können sie die App nicht mehr im vollen Umfang"); a
contrastive ellipsis ("..., der Weitergabe der Nummer aber nicht") is whole: the verb of the clause before stands for it.

`cut_clauses(text, spans)` gives, for each cut, (start of its last clause, the cut): the clause that breaks off,
from the last clause edge of its sentence (models/negation.py `split_clauses`: an enumeration's commas are no edge)
to the end of its last word. Issue 7, session 43, page43.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from models.layer.furniture import FURNITURE_FILE, MIN_CUT_WORDS
from models.quote_marks import CLOSING_QUOTE_MARKS

_EDITORS_MARK = re.compile(r"[^\S\n]*(?:\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))[^\S\n]*$")  # "[…]" ends a line
_GLUED_ELLIPSIS = re.compile(r"(?<=[^\W\d_])(?:…|\.\.\.)[^\S\n]*$")  # "nicht mö…": before a wall line only
_SENTENCE_END = re.compile(rf"[.!?…][{CLOSING_QUOTE_MARKS})\]]*[^\S\n]+")
_WORDS = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(FURNITURE_FILE.read_text(encoding="utf-8"))["cut"]


@lru_cache(maxsize=1)
def _wall() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a wall line (lower case) and the words that make a box line no wall."""
    table = _table()
    return tuple(table["wall_words"]), tuple(table["not_wall_words"])


@lru_cache(maxsize=1)
def _link_label() -> re.Pattern[str]:
    """A bare link label: a box line (or glued box) that is 'Weiterlesen' and nothing else (page_furniture.json)."""
    return re.compile(_table()["link_label"], re.IGNORECASE)


@lru_cache(maxsize=1)
def _elliptic_end() -> re.Pattern[str]:
    """A contrastive ellipsis ending on its negation ("der Weitergabe aber nicht"; page_furniture.json)."""
    return re.compile(_table()["elliptic_end"], re.IGNORECASE)


_CLAUSE_WORDS = re.compile(r"[^\W_][\w'’-]*|[^\w\s]")  # words and punctuation marks, as HanTa reads a clause


def whole_clause(clause: str) -> bool:
    """Does `clause` (the last clause before a link label or an editor's mark) end where a German clause can end?

    No where HanTa's tags (models/layer/tagger.py `tag_words`) show it open: its last word opens a phrase
    (page_furniture.json `cut.open_end_tags`: "für", "der", "weitere", "und", "nicht", "mö"), it has no finite verb (a
    nominal heading decides no stance), or a modal verb waits for the infinitive of its right bracket."""
    words = _CLAUSE_WORDS.findall(clause)
    if not words or not words[-1][0].isalnum():
        return False
    if _elliptic_end().search(clause):  # "..., der Weitergabe der Nummer aber nicht": the verb before is understood
        return True
    # (imported here: the tagger reads the layer, which reads this module's reader; a mark is rare)
    from models.layer.tagger import tag_words

    tags = tag_words(words)
    table = _table()
    if tags[-1] in table["open_end_tags"] or not any(tag in table["finite_tags"] for tag in tags):
        return False
    if any(tag in table["modal_tags"] for tag in tags):
        return any(tag in table["infinite_tags"] for tag in tags)
    return True


def _a_wall(line: str) -> bool:
    """Does a box line say that the text goes on behind a wall (a paywall, a reading sample's end)?"""
    low = line.lower()
    words, not_words = _wall()
    return any(word in low for word in words) and not any(word in low for word in not_words)


def _unended(text: str) -> bool:
    """Does `text` (a line up to its cut, right-stripped) end without a stop: a letter, a digit or a comma last?"""
    return bool(text) and (text[-1].isalnum() or text[-1] == ",")


def _clause_start(text: str, line_start: int, cut: int) -> int | None:
    """The start of the clause that breaks off at `cut` (text offsets), or None where the line before the cut is a
    short phrase of its own (a headline) rather than a sentence."""
    sentence = line_start
    for end in _SENTENCE_END.finditer(text, line_start, cut):
        sentence = end.end()
    if sentence == line_start and len(_WORDS.findall(text, line_start, cut)) < MIN_CUT_WORDS:
        return None
    # (imported here: models/negation.py reads mood.py, whose tagger reads the money layer, which reads this module's
    # reader, models/layer/reading.py; a cut is rare, so the import is paid where one stands)
    from models.negation import split_clauses

    clauses = split_clauses(text[sentence:cut].lower())
    return sentence + clauses[-1][0] if clauses else sentence


def cut_clauses(text: str, spans: list[tuple[int, int, str]]) -> tuple[tuple[int, int], ...]:
    """The clauses of `text` that break off: (start, cut) in text order (see the module doc). `spans`: the text's
    page furniture (models/layer/furniture.py `furniture_spans`), of which the boxes are read."""
    cuts: dict[int, bool] = {}  # cut -> must its clause be incomplete (a link label's or an editor's mark)?
    for start, end, kind in spans:
        if kind != "box":
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if text[line_start:start].strip():  # a call glued to the line's last words
            if _unended(text[line_start:start].rstrip()):
                _add(cuts, len(text[:start].rstrip()), bool(_link_label().search(text[start:end].strip())))
            continue
        line_end = text.find("\n", start)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if not _a_wall(line):
            continue
        before = len(text[:line_start].rstrip())  # the last line of text before the box line, past blank lines
        ellipsis = _GLUED_ELLIPSIS.search(text, text.rfind("\n", 0, before) + 1, before)
        if ellipsis is not None:  # (a chat's or forum's "werden…" with no wall after it is style, not a cut)
            before = ellipsis.start()
        if before and _unended(text[:before]):
            # (a truncated teaser's ellipsis is a cut whatever the label after it: the writer marked it)
            _add(cuts, before, ellipsis is None and bool(_link_label().search(line)))
    if "[" in text or "(" in text:
        for line_match in re.finditer(r"[^\n]+", text):
            mark = _EDITORS_MARK.search(line_match.group())
            if mark is not None and _unended(line_match.group()[: mark.start()].rstrip()):
                _add(cuts, len(text[: line_match.start() + mark.start()].rstrip()), True)
    found: list[tuple[int, int]] = []
    for cut in sorted(cuts):
        start = _clause_start(text, text.rfind("\n", 0, cut) + 1, cut)
        if start is not None and not (cuts[cut] and whole_clause(text[start:cut])):
            found.append((start, cut))
    return tuple(found)


def _add(cuts: dict[int, bool], cut: int, if_incomplete: bool) -> None:
    """Record a cut; a paywall's wall (`if_incomplete` False) at the same place decides over a link label or a mark."""
    cuts[cut] = cuts.get(cut, True) and if_incomplete


def cut_clause_of(claim_type: str, start: int, end: int, cuts: tuple[tuple[int, int], ...]) -> int | None:
    """The start of the first clause that breaks off (D61 (c)) under a claim of `claim_type` at [start, end), or None.
    Only opt-out and data claims: a stance, scope or polarity is decided at the clause's end; a price's sum and a year
    are words of their own. A claim that starts before that clause began in whole clauses: models/extract.py keeps it
    where they alone state it."""
    if claim_type not in ("opt_out", "data_shared"):
        return None
    return min((clause for clause, cut in cuts if start < cut and end > clause), default=None)
