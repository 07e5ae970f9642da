"""Years that a purchase's clause holds but that date something else (issue 7, session 45, year45).

A clause may name the purchase and still give its year to another thing the clause speaks of. Two word classes:

- a later act on the purchase told as done again: a verb or noun of confirming, approving or reviewing with a word
  of repetition in the same clause ("2018 bestätigte die EU-Kommission die Übernahme noch einmal", "2017 prüfte
  Brüssel den Kauf erneut", "Die Kartellwächter rollten den Fall 2019 neu auf"): the year dates the later act. A first
  approval or confirmation ("2014 genehmigte die EU die Übernahme") has no repetition word and keeps its year; a
  purchase told as a second buy ("2014 schlug Facebook erneut zu") has no act of confirming or reviewing;
- a measure's date: a year right after a noun of a measured quantity, or after its "Ende"/"Anfang"/"Mitte"/"im
  Jahr" ("der Börsenwert von Meta Ende 2022", a search line's "whatsapp wert 2024", "der Umsatz 2013"), dates that
  measure; a genitive or "von" phrase between noun and year may name the buyer but not the purchase nor WhatsApp
  ("der Wert der Übernahme 2014", "der Kaufpreis 2014" date the purchase).

- a function or task taken on: "übernehmen" with an object noun of a post, a task or a burden ("übernahm im Frühjahr
  2019 die Leitung von WhatsApp", "der 2016 den Vorsitz übernommen hatte", "übernimmt die Kosten"): the clause tells
  no purchase by that verb, and its year dates the new post or task (session 49, year49, own90-037). Taking over
  control, a majority, shares or a business ("übernahm die Mehrheit an ...") is buying and no such noun.

Vocabulary: patterns/year_grammar.json (later_act_words, repetition_words, measure_nouns, office_nouns), read by
year_denied.py.
"""
from __future__ import annotations

import re

from models import context, year_denied
from models.dates import FOUR_DIGIT_YEAR
from models.months import MONTH_PARTS, MONTH_WORDS

_ACT_WORDS, _REPETITION_WORDS = year_denied.words('later_act_words'), year_denied.words('repetition_words')
_EDGE = r"(?<![\wäöüß])"
_END = r"(?![\wäöüß])"
_LATER_ACT = re.compile(rf"(?i){_EDGE}(?:{_ACT_WORDS}){_END}")
_REPETITION = re.compile(rf"(?i){_EDGE}(?:{_REPETITION_WORDS}){_END}")
# The purchase noun with its own year attached ("die Übernahme von 2014", "den Kauf aus dem Jahr 2014"): the year
# is the purchase's whatever act the clause tells of it.
# A verb of completing the purchase, which tells it as an event as a verb of buying does ("bevor sie abgeschlossen
# wurde").
_PURCHASE_VERB = re.compile(r"(?<![\wäöüß])(?:abgeschlossen|abschloss\w*|vollzogen|vollzog\w*)(?![\wäöüß])")
# A span of two written years: "zwischen 2011 und 2016", "von 2011 bis 2016", "2012 bis 2014", "2012–2014".
_YEAR_SPAN = re.compile(
    rf"(?i)(?:(?:zwischen|von|vom\s+jahr)\s+)?{FOUR_DIGIT_YEAR}\s*(?:und|bis|[–—-])\s*{FOUR_DIGIT_YEAR}(?!\d)"
)
_SPAN_PLURAL = re.compile(rf"(?i){_EDGE}(?:{year_denied.words('span_purchase_plurals')}){_END}")
_OF_THE_YEAR_BEFORE = re.compile(r"(?i)(?<![\wäöüß])(?:von|aus)\s+(?:dem\s+jahre?\s+)?$")
# A measure noun, an optional genitive or "von" phrase of up to three words (no digits: "im Wert von 19 Milliarden"
# holds the price), and an optional time word, right before the year.
_MEASURE_BEFORE = re.compile(
    rf"(?i){_EDGE}(?P<noun>{year_denied.words('measure_nouns')})"
    r"(?P<of>\s+(?:von|des|der|vom)\s+(?:[^\W\d_][\wäöüß-]*\s+){0,2}?[^\W\d_][\wäöüß-]*)?"
    r"\s+(?:(?:ende|anfang|mitte|stand)\s+|im\s+jahre?\s+)?$"
)


def later_act_on_the_purchase(sentence: str, conjunct: tuple[int, int], year_start: int) -> bool:
    """Does the year at `year_start` stand in a conjunct of its clause (`conjunct`: its span in `sentence`, the part
    of a coordination that holds the year) that tells a later act on the purchase (a word of confirming, approving or
    reviewing and a word of repetition), in a sentence that tells no purchase by a verb and with the year not
    attached to a purchase noun by "von"/"aus"? ("2014 übernahm Facebook WhatsApp und bestätigte erneut seinen Hunger
    nach Zukäufen": the purchase verb dates the year, review45.)"""
    text = sentence[conjunct[0] : conjunct[1]]
    if _LATER_ACT.search(text) is None or _REPETITION.search(text) is None:
        return False
    if _PURCHASE_VERB.search(sentence) is not None or any(
            sentence[found.start()].islower() for found in context.finditer("acquisition", sentence)):
        return False  # a verb of buying or completing in the sentence: the purchase told as an event
    if _OF_THE_YEAR_BEFORE.search(sentence, max(0, year_start - 20), year_start) is not None and context.has(
            "acquisition", sentence[max(0, year_start - 40) : year_start]):
        return False  # "prüfte 2018 die Übernahme von 2014 erneut": 2014 is the purchase's
    return True


def year_of_a_span_of_purchases(sentence: str, clause: tuple[int, int], year_start: int, year_end: int) -> bool:
    """Is the year at `year_start`..`year_end` one end of a span of two written years ("zwischen 2011 und 2016", "von
    2011 bis 2016", "2012–2014") in a clause whose purchase word is a plural noun ("von einer Reihe großer Übernahmen
    geprägt") or that names WhatsApp beside another company bought? Such a span dates several purchases (D57 (b))."""
    text = sentence[clause[0] : clause[1]]
    if _SPAN_PLURAL.search(text) is None and not (context.has("other_targets", text) and context.has("target", text)):
        return False  # (nor several companies bought: "Zwischen 2012 und 2014 kaufte Facebook Instagram und WhatsApp";
        # issue 7, session 46, year46)
    return any(found.start() <= year_start - clause[0] and year_end - clause[0] <= found.end()
               for found in _YEAR_SPAN.finditer(text))


def year_of_a_measure(sentence: str, year_start: int) -> bool:
    """Is the year at `year_start` attached to a noun of a measured quantity ("Börsenwert von Meta Ende 2022",
    "wert 2024"), with no purchase and no WhatsApp between the noun and the year?"""
    found = _MEASURE_BEFORE.search(sentence, max(0, year_start - 80), year_start)
    if found is None:
        return False
    between = found.group("of") or ""
    return not (context.has("acquisition", between) or context.has("target", between)
                or context.has("acquisition", found.group("noun")))


# A line of search or tag keywords opened by its label ("Verwandte Suchen: ...", "Schlagworte: ..."; year_grammar.json
# keyword_line_labels), the label at the line's start.
_KEYWORD_LINE = re.compile(rf"(?im)^[ \t]*(?:{year_denied.words('keyword_line_labels')})[ \t]*:")


def keyword_line(text: str, at: int) -> bool:
    """Does the line of `text` that holds offset `at` open with the label of a search or tag keyword line ("Ähnliche
    Suchanfragen: whatsapp umsatz · whatsapp wert 2024")? Its years are keywords, not statements (D61 (b))."""
    line_start = text.rfind("\n", 0, at) + 1
    return _KEYWORD_LINE.match(text, line_start) is not None


# A cell's label right before its year: the label opens a line, a bullet's item or a "|"-cell and ends with a colon;
# a month or "Anfang/Mitte/Ende" may stand between the colon and the year ("Gründung: 2009 | Übernahme durch Facebook:
# 2014", "• Angebot: Februar 2014").
_CELL_LABEL = re.compile(r"(?:^|[\n|•·▪;])[ \t]*(?P<label>[^\n|•·▪;:.!?]{2,40}?)[ \t]*:[ \t]*"
                         rf"(?:(?:{MONTH_PARTS}|{MONTH_WORDS})[ \t]+)?$", re.IGNORECASE)


def cell_label(sentence: str, year_start: int) -> str | None:
    """The label of the cell whose value the year at `year_start` is ("Gründung" in "Gründung: 2009 | Übernahme
    durch Facebook: 2014"), or None where the year is no cell's value. A label names what the year dates: the founding
    dates nothing of the purchase, "Übernahme durch Facebook" the purchase (challenge_gen22 Y08; issue 7, session 45,
    year45)."""
    found = _CELL_LABEL.search(sentence, max(0, year_start - 60), year_start)
    return None if found is None else found.group("label")


# "übernehmen" in any form ("übernahm", "übernimmt", "übernommen", "zu übernehmen", "übernähme") and its object noun of a
# post, a task or a burden (year_grammar.json office_nouns: whole words and the compounds listed, "die Geschäftsleitung";
# not any compound ending in one, "die Kontrolle", "die Einführung"),
# after a determiner and at most one adjective: the verb first with up to five words before the object ("übernahm im
# Frühjahr 2019 die Leitung"), or the object first with up to six words before the verb-final form ("der 2016 den
# Vorsitz des Aufsichtsrats übernommen hatte").
_TAKE_ON = r"(?-i:übern(?:ehm|imm|ahm|omm|ähm)\w*)"  # (small: a verb; "die Übernahme" is the noun)
_OFFICE = (r"(?:die|der|den|das|dem|eine[nmrs]?|seine[nmrs]?|ihre[nmrs]?|deren|dessen)\s+(?:[\wäöüß-]+\s+)?"
           rf"(?:[\wäöüß]+-)?(?:{year_denied.words('office_nouns')})(?:en|n|s|es)?")
_OFFICE_TAKEN = re.compile(rf"(?i){_EDGE}{_TAKE_ON}(?P<gap>\s+(?:[\wäöüß.,-]+\s+){{0,5}}?){_OFFICE}{_END}"
                           rf"|{_EDGE}{_OFFICE}{_END}(?:\s+[\wäöüß.-]+){{0,6}}?\s+(?:zu\s+)?{_TAKE_ON}")


# A prepositional phrase of place or beneficiary of one noun in the gap between the verb and the post's noun ("übernahm
# 2016 bei WhatsApp die Verantwortung"), not the verb's object; not "mit WhatsApp" ("übernahm Facebook mit WhatsApp auch
# die Verantwortung für ...": what is taken over, review49).
_PREPOSITIONAL_PHRASE = re.compile(r"(?i)(?<![\wäöüß])(?:bei|für|in|im)\s+"
                                   r"(?:(?:dem|der|den|die|das)\s+)?[\wäöüß-]+")


def _names_the_target(gap: str) -> bool:
    """Does `gap` name WhatsApp or a word for it?"""
    return context.has("target", gap) or context.refers_to_target(gap)


def takes_on_a_task(clause: str) -> bool:
    """Does every word of buying in `clause` (deal.json acquisition) lie in a "übernehmen" whose object is a post, a
    task or a burden ("Der Manager übernahm im Frühjahr 2019 die Leitung von WhatsApp", "der den Vorsitz übernahm")?
    Then the clause tells no purchase and its year dates the post taken on (session 49, year49, own90-037). A verb that
    names WhatsApp before such a noun takes over WhatsApp ("Facebook übernahm 2014 WhatsApp und die Kosten ..."): no
    task's span; WhatsApp in a prepositional phrase there is the post's place ("übernahm 2016 bei WhatsApp die
    Verantwortung für ...")."""
    spans = [(found.start(), found.end()) for found in _OFFICE_TAKEN.finditer(clause)
             if not _names_the_target(_PREPOSITIONAL_PHRASE.sub(" ", found.group("gap") or ""))]
    if not spans:
        return False
    cues = list(context.finditer("acquisition", clause))
    return bool(cues) and all(any(lo <= cue.start() < hi for lo, hi in spans) for cue in cues)
