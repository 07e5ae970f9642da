"""Where a worry or warning word is the data_shared rules' speculation cue (session 45, ds45; D64).

The cue `speculation` (patterns/data_shared.json) holds befürchten, fürchten, warnen and sich sorgen: a source's fear
of a transfer is no report that data flows. Read clause-wide, such a word also silenced a fact coordinated with it
in the same clause ("Facebook sorgt sich um seine Werbeeinnahmen und holt sich deshalb die Telefonnummern von
WhatsApp": the worry's object is the revenue; the second conjunct, with a finite verb of its own, states the
transfer; review44's finding on ds44's 'sich sorgen').

`worry_in_own_conjunct`, asked by `DataSharedComponent._clause_info`: every speculation word of the clause is a worry
word followed by a coordinated predicate (a conjunction, then a word the tagger may read as a finite verb): the clause
is then no speculation (the worry's own conjunct holds no data mention in the cases seen; a "könnte" anywhere keeps
the clause a guess, and a worry whose object is a noun phrase, "befürchten Nachteile und eine Weitergabe ...", has no
second predicate).
"""
from __future__ import annotations

import re

from models.data_shared_phrases import PHRASES
from models.layer.tagger import FINITE, may_tag

_WORRY = PHRASES["worry_cue"]
_COORDINATED = PHRASES["coordinated_predicate"]
_WARNING = PHRASES["warning_word"]
_WARNED_POSSIBILITY = PHRASES["warned_possibility"]
_FULFILLED = PHRASES["fulfilled_worry"]  # "..., wie Datenschützer befürchtet hatten": what was feared came true
_COMPLEMENT_BREAK = re.compile(r"[,:;]")  # the worry's complement clause after it (not its own conjunct)


def _finite_follows(text: str, pos: int) -> bool:
    """A coordinated predicate opens after `pos` within the worry's own stretch: a conjunction, then (after an adverb or
    a one-word subject) a word that may be a finite verb ("und holt sich", "und WhatsApp gibt"). Not past a comma,
    colon or semicolon: "Viele fürchten, WhatsApp gibt die Kontakte an Facebook und verkauft sie" coordinates inside
    the feared complement (review45's observation on 165b374d)."""
    stop = _COMPLEMENT_BREAK.search(text, pos)
    for m in _COORDINATED.finditer(text, pos, len(text) if stop is None else stop.start()):
        word = m.group(1)
        if any(may_tag(word, tag, first=False) for tag in FINITE):
            return True
    return False


def _speculation_words(text: str, speculation: re.Pattern[str]) -> list[re.Match[str]]:
    return [m for m in speculation.finditer(text) if m.group(0).strip()]


def worry_in_own_conjunct(text: str, speculation: re.Pattern[str]) -> bool:
    """Every speculation word of the (lowered, masked) clause `text` is a worry word whose own conjunct ends before a
    coordinated predicate: "sorgt sich um seine Werbeeinnahmen und holt sich deshalb die Telefonnummern"."""
    words = _speculation_words(text, speculation)
    if not words:
        return False
    for m in words:
        worry = _WORRY.match(text, m.start())
        if worry is None or not _finite_follows(text, m.end()):
            return False
    return True


def worry_fulfilled(text: str, speculation: re.Pattern[str]) -> bool:
    """Every speculation word of the (lowered, masked) clause `text` lies inside a 'wie'-comment with the participle of
    a worry or forecast word ("..., wie Datenschützer befürchtet hatten", "wie von Experten vorhergesagt"): what the
    clause tells came as feared, a fact. A "könnte" or a present "wie Kritiker befürchten" keeps it a guess."""
    words = _speculation_words(text, speculation)
    if not words or "wie" not in text:
        return False
    comments = [m.span() for m in _FULFILLED.finditer(text)]
    return all(any(lo <= m.start() and m.end() <= hi for lo, hi in comments) for m in words)


def warning_only(text: str, speculation: re.Pattern[str]) -> bool:
    """Every speculation word of the clause is a warning verb not aimed at what should not happen ("warnen", not
    "warnen davor"): its that-clause is the warner's statement (D64, the lead's answer of 08:06, session 45)."""
    words = _speculation_words(text, speculation)
    return bool(words) and all(_WARNING.match(text, m.start()) is not None for m in words)


def warned_possibility(text: str) -> bool:
    """The warned clause names a future or a possibility of its own ("dass Facebook bald die Nummern erhält")."""
    return _WARNED_POSSIBILITY.search(text) is not None
