"""A purchase told as denied, and a year denied: no acquisition year (issue 7, session 41, when41).

"Im Jahr 2012 kaufte Facebook den Messenger WhatsApp nicht." and "Drei Jahre nach dem Börsengang im Jahr 2012 hatte
Facebook WhatsApp noch nicht gekauft." tell the purchase only to deny it: their years (2012, and 2015 by the count)
date no purchase. German negates a clause's predicate by its sentential negation, which stands after every other
part of the middle field, right before the verbs that close the clause (or at its very end in verb-second order);
a negation before another constituent denies only that constituent ("nicht nur WhatsApp", "nicht ohne Widerstand",
"nicht billig", "nicht 2012, sondern 2014"). So, over the negation class of negation_words.json ("nicht", "nie",
"niemals", "keinesfalls", ...) and the negative determiners of mood.json's denials ("kein..."):

- a clause is denied where a negation has nothing after it up to its clause's edge but verbs and separable particles
  (the tagger's V* and PTKVZ; "mehr" may stand between: "nicht mehr verkaufen"), or only the buyer as the goal of
  belonging ("gehörte 2013 noch nicht zu Facebook"); or where a negative determiner stands on a purchase noun
  ("keinen Kauf"); its buying words date nothing (`without_denied_purchases`). Where the buying word is a noun, its
  clause is denied only when the noun is indefinite ("Einen Kauf gab es 2012 nicht") or the predicate says the event
  took place (patterns/year_grammar.json happening_predicates: "kam nicht zustande"): "Den Kauf 2014 hat er nie
  bereut" still dates the purchase;
- a year right after a negation (its fillers between: "nicht erst 2016", "nicht schon im Jahr 2012") is a year
  denied (`year_denied`).

A negation in the Konjunktiv II denies the unreal, which makes the purchase the fact ("Hätte Facebook WhatsApp 2014
nicht gekauft, ..."): such a clause is left to models/mood.py's reading. Vocabulary: patterns/year_grammar.json.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from models import context, mood, negation_words
from models.layer.spelling import swiss_file
from models.layer.tagger import FINITE, may_tag_any, must_tag, tag_words, tags_starting
from models.layer.text import sentences_with
from models.negation import literal_alternation
from models.pattern_marks import expand_file
from models.regex_tools import EDGE_AFTER as _EDGE_AFTER, EDGE_BEFORE as _EDGE_BEFORE, blank_span, gate_words, grouped

PATTERNS_FILE = Path(__file__).resolve().parent / "patterns" / "year_grammar.json"


@lru_cache(maxsize=1)
def _spec() -> dict[str, Any]:
    """patterns/year_grammar.json, its placeholders expanded and folded for the Swiss spelling, read once."""
    return swiss_file(expand_file(json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))))


# The negation class (negation_words.json negations and negation adverbs), over the lower-cased text.
_NEGATION = re.compile(rf"{_EDGE_BEFORE}(?:{negation_words.negation()}){_EDGE_AFTER}")
# A negative determiner ("kein...", as in mood.json denials) and the purchase noun it stands on, up to two words between
# ("keinen Kauf", "keine milliardenschwere Übernahme"; deal.json deal_nouns as a compound's head).
_NO_PURCHASE = re.compile(rf"{_EDGE_BEFORE}kein\w*\s+(?:[\wäöüß-]+\s+){{0,2}}?[\wäöüß-]*{context.cue_words('deal_nouns')}\w*{_EDGE_AFTER}")
# The literal every match of the two holds one of (a gate: most texts deny nothing).
_GATE = re.compile(rf"{_EDGE_BEFORE}(?:{negation_words.negation()}|kein\w*){_EDGE_AFTER}")
# Those literals as plain words: the sentences that may hold a match, found in one pass over the text (speed42).
# None: no such words known (every sentence is searched).
_GATE_WORDS = None if (_words := gate_words(_GATE)) is None else literal_alternation(list(_words))
# An indefinite article right before a purchase noun ("einen Kauf", "eine Übernahme").
_INDEFINITE_PURCHASE = re.compile(rf"{_EDGE_BEFORE}(?:ein|eine|einen|einem|einer)\s+(?:[\wäöüß-]+\s+){{0,2}}?"
                                  rf"[\wäöüß-]*{context.cue_words('deal_nouns')}\w*{_EDGE_AFTER}")
_HAPPENING = re.compile(rf"{_EDGE_BEFORE}{grouped(_spec()['happening_predicates'])}{_EDGE_AFTER}")
# A year right after a negation and its fillers ("nicht erst 2016", "nie im Jahr 2012"): its start is group "year".
_DENIED_YEAR = re.compile(rf"{_EDGE_BEFORE}(?:{negation_words.negation()})\s+(?:{grouped(_spec()['denied_year_fillers'])}\s+)"
                          r"{0,2}(?P<year>(?:19|20)\d\d)(?!\d)")
# The words of a clause for the tagger.
_WORDS = re.compile(r"[^\W\d_][\w-]*|\d+")
# The buyer as the goal of belonging or passing, after the negation ("nicht zu Facebook", "nicht an den Konzern").
_GOAL_OF_BUYER = re.compile(rf"\s*(?:zu|zum|an|in)\s+(?:den\s+|dem\s+|das\s+)?(?:{context.cue_words('buyer')})\s*")
_VERB_TAGS = ("VV", "VA", "VM", "PTKVZ")
# A comma and a subordinator of reason or purpose right after a negation ("nicht, um Werbung zu zeigen").
_REASON_AFTER = re.compile(rf"\s*,\s*{grouped(_spec()['reason_openers'])}{_EDGE_AFTER}")
# A negation right before WhatsApp (an article and one capitalised word between: "nicht den Messenger WhatsApp"), not
# through a focus particle ("nicht nur WhatsApp"): WhatsApp is the constituent denied ("kaufte 2012 nicht WhatsApp,
# sondern Instagram").
_DENIED_TARGET = re.compile(
    rf"(?i:{_EDGE_BEFORE}(?:{negation_words.negation()}))\s+(?!(?i:{grouped(_spec()['focus_particles'])}){_EDGE_AFTER})"
    rf"(?:(?i:den|die|das|dem|der|des)\s+)?(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?(?i:{context.cue_words('target')}){_EDGE_AFTER}")


def year_denied(text: str, year_start: int, low: str | None = None) -> bool:
    """Does a negation deny the year that starts at `year_start` of `text` ("nicht 2012, sondern 2014", "nicht erst
    2016")? Not in the Konjunktiv II's clause ("Hätte Facebook WhatsApp nicht 2014 gekauft, ...": the fact). `low`:
    `text` lower-cased, where the caller has it (it asks for every year of a sentence)."""
    low = text.lower() if low is None else low
    if not _GATE.search(low, max(0, year_start - 60), year_start):
        return False
    found = next((m for m in _DENIED_YEAR.finditer(low, max(0, year_start - 60)) if m.start("year") == year_start), None)
    return found is not None and not mood.unreal_finite(text[slice(*context.clause_around(text, year_start, year_start))])


# A spoken repair right after a year (year_grammar.json self_repairs): up to eight words with no punctuation, the repair
# word (fillers "oder", "äh", "ähm" around it), up to three words and a year (group "again"); over the lowered text.
_REPAIR_AFTER_YEAR = re.compile(
    r"\d{4}(?:\s+[\wäöüß]+){0,8}?[\s,]+(?:(?:oder|äh|ähm)\s+)*(?:" + grouped(_spec()["self_repairs"]) + r")(?![\wäöüß])"
    r"(?:[\s,]+(?:" + grouped(_spec()["self_repairs"]) + r"|äh|ähm)(?![\wäöüß]))*[\s,.!–-]+(?P<gap>(?:[\wäöüß]+\s+){0,3}?)"
    r"(?P<again>(?:19|20)\d\d)(?!\d)(?P<after>[^.!?\n]{0,40})")


def year_repaired(text: str, year_start: int, low: str | None = None) -> bool:
    """Does a spoken repair withdraw the year that starts at `year_start` of `text` (`_REPAIR_AFTER_YEAR`): another year
    after the repair word ("das war äh 2013 nein quatsch 2014"), or the same year given to another company ("gekauft so
    um 2012 ... nee warte, 2012 war ja Instagram")? Not another year that opens a clause of its own (year54). Issue 7,
    session 53, year53."""
    low = text.lower() if low is None else low
    found = _REPAIR_AFTER_YEAR.match(low, year_start)
    if found is None:
        return False
    if found.group("again") == low[year_start : year_start + 4]:
        return context.names_only_another_target(found.group("after"))
    gap = text[found.start("gap") : found.end("gap")].split()
    cased = text != low[: len(text)] and any(char.isupper() for char in text)
    if any(_AUXILIARY.fullmatch(word.lower()) or must_tag(word, _FINITE, first=False) or (cased and word[:1].isupper())
           for word in gap) or (gap and _TIME_PREPOSITION.fullmatch(gap[-1].lower())):
        return False  # "..., nee warte, Instagram kam 2012 dazu", "..., ich meine, seit 2016 teilen sie Daten": the words
        # before the other year tell another event (a finite verb, a name or noun in a written text, a 'seit' of a state's
        # start), not a repair in the same slot (review54's 09:05 and 09:36 findings; year54)
    first_after = _FIRST_WORD.match(found.group("after"))
    # "2014 gekauft, ich meine, 2016 kam dann der Datenabgleich", "..., sorry, 2016 war das mit den Daten": another year
    # that opens a clause of its own (a finite verb right after it: the year in the first position of a main clause) is
    # another event's date, not a repair in the same slot (review53's 07:23 finding; year54)
    return first_after is None or not (must_tag(first_after.group(1), _FINITE, first=False)
                                       or _AUXILIARY.fullmatch(first_after.group(1)) is not None)


_FIRST_WORD = re.compile(r"[\s,]*([\wäöüß]+)")
_TIME_PREPOSITION = re.compile(r"seit|bis|ab|nach|vor|ende|anfang|mitte")
_FINITE = frozenset(FINITE)
# The finite forms of the auxiliaries and the copula, which the tagger's word analysis also reads as other words ("war").
_AUXILIARY = re.compile(r"(?:war|waren|ist|sind|hat|hatte|hatten|haben|wurde|wurden|wird|werden|kam|kamen|ging|gingen)")


def without_denied_purchases(text: str, folded: str, starts: list[int], ends: list[int]) -> tuple[str, str] | None:
    """`text` and `folded` (its lower-casing, offsets kept) with every clause blanked, offsets kept, whose purchase a
    negation denies (see the module), sentence by sentence (`starts`, `ends`: the sentences' spans); None where none
    is (the caller reads the text as it is)."""
    if not _GATE.search(folded):
        return None
    spans: list[tuple[int, int]] = []
    # (speed42: the sentences that may hold a negation found in one pass over the text, not one search each)
    holding = None if _GATE_WORDS is None else sentences_with(_GATE_WORDS, folded, starts, ends)
    for si, (s_start, s_end) in enumerate(zip(starts, ends)):
        if (holding is not None and si not in holding) or not _GATE.search(folded, s_start, s_end):
            continue
        sentence, low = text[s_start:s_end], folded[s_start:s_end]
        clauses = {context.clause_around(sentence, m.start(), m.end()) for m in _GATE.finditer(low)}  # the negations' own
        spans += [(s_start + lo, s_start + hi) for lo, hi in sorted(clauses) if _denied_clause(sentence, low, lo, hi)]
    if not spans:
        return None
    for lo, hi in spans:
        text, folded = blank_span(text, lo, hi), blank_span(folded, lo, hi)
    return text, folded


def _denied_clause(text: str, folded: str, start: int, end: int) -> bool:
    """Does a negation deny the purchase told in text[start:end] (the clause of a negation, `context.clause_around`)?"""
    clause = folded[start:end]
    if not _GATE.search(clause) or not context.has("acquisition", clause, clause) or mood.unreal_finite(clause):
        return False
    if _NO_PURCHASE.search(clause) or _DENIED_TARGET.search(text, start, end):
        return True  # "2012 gab es noch keinen Kauf von WhatsApp", "kaufte 2012 nicht WhatsApp, sondern Instagram"
    if not any(_sentential(text, folded, negation.end()) for negation in _NEGATION.finditer(folded, start, end)):
        return False
    # (what the clause tells does not depend on which negation is the sentential one: read once, the tagger asked once)
    return bool(_buying_verb(text, start, end) or _INDEFINITE_PURCHASE.search(clause) or _HAPPENING.search(clause))


def _sentential(text: str, folded: str, after: int) -> bool:
    """Is the negation that ends at `after` the sentential one of its clause: nothing after it up to the clause's edge
    (`context.clause_around`) but verbs, separable particles and "mehr", or the buyer as a goal before them? (The
    whole clause is tagged: a word alone is read out of its context.)"""
    lo, edge = context.clause_around(text, after - 1, after)
    if _REASON_AFTER.match(folded, after):
        return False  # "kaufte WhatsApp 2014 nicht, um Werbung zu zeigen": the purpose denied
    goal = _GOAL_OF_BUYER.match(folded, after, edge)
    rest_start = goal.end() if goal else after
    words = list(_WORDS.finditer(text, lo, edge))
    known = _only_verbs_untagged(words, rest_start)
    if known is not None:
        return known
    tags = tag_words([w.group() for w in words])
    return all(word.group().lower() == "mehr" or tag.startswith(_VERB_TAGS)
               for word, tag in zip(words, tags) if word.start() >= rest_start)


def _only_verbs_untagged(words: list[re.Match[str]], rest_start: int) -> bool | None:
    """`_sentential`'s answer from the word analyses alone, or None where they leave it open: are all of `words`
    (the clause's, as it tags them) from `rest_start` on, but "mehr", verbs or separable particles? Speed (speed50,
    issue 10), the same answer: HanTa gives a word only a tag its own analysis offers (`may_tag_any`, `must_tag`), so
    a word there that cannot be read so says False, and words that all must be say True, with no clause tagged."""
    rest = [(i, w.group()) for i, w in enumerate(words) if w.start() >= rest_start and w.group().lower() != "mehr"]
    verbal = tags_starting(_VERB_TAGS)
    if any(not may_tag_any(word, verbal, first=i == 0) for i, word in rest):
        return False
    if all(must_tag(word, verbal, first=i == 0) for i, word in rest):
        return True
    return None


def _buying_verb(text: str, start: int, end: int) -> bool:
    """Is a buying word of text[start:end] a verb or participle, not a noun (the tagger's reading of its word in the
    clause, so that a capitalised verb opening a sentence or a line in capitals reads as a verb)?"""
    words = list(_WORDS.finditer(text, start, end))
    tags = tag_words([w.group() for w in words])
    for cue in context.finditer("acquisition", text[start:end]):
        at = start + cue.start()
        tag = next((t for w, t in zip(words, tags) if w.start() <= at < w.end()), "")
        if tag.startswith(("VV", "VA", "VM", "ADJD")):  # (HanTa reads a predicative participle as ADJD at times)
            return True
    return False


def words(name: str) -> str:
    """The word list `name` of patterns/year_grammar.json as one alternation (its placeholders expanded, folded for the
    Swiss spelling); the file is read here, the one reader of year_grammar.json. One accessor for every list the year
    rules read (session 50, year50: seventeen one-line accessors before, one per list)."""
    return grouped(_spec()[name])
