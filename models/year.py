"""The `dealwatch_acquisition_year` component: the year Facebook bought WhatsApp.

A year is the acquisition year only when it belongs to the acquisition, not
merely when it stands near the word "Übernahme":

- the year and an acquisition cue (kaufen, übernehmen, Übernahme, erwerben,
  "gehört seit ... zu Facebook", ...) are in the same clause, or the year's
  clause is followed by an "als ..." clause or an announcement
  ("gab bekannt, WhatsApp zu kaufen") that holds the cue;
- WhatsApp is named in the sentence or the two before it, and Facebook (or
  Meta, Zuckerberg) in that window or the document;
- no other company being bought (Instagram, ...) is named in the clause
  without WhatsApp;
- with several years in the clause, the one nearest the cue wins; a year
  after "seit" counts only with "gehören zu" ("gehört seit 2014 zu Facebook").
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from models import context
from models.claims import add_claim, claims_of
from models.component import DocComponent

_YEAR = re.compile(r"(?<![\d.,/-])(?P<year>(?:19[89]|20[0-4])\d)(?![\d])(?:er)?")
_SINCE_BEFORE = re.compile(r"(?i)\bseit\s+(?:dem\s+jahr\s+|(?:anfang|ende|mitte)\s+)?$")
_BELONGS = re.compile(r"(?i)\bgehör\w*|\bteil\s+von\b|\btochter\w*")
_FOLLOW_ON_CLAUSE = re.compile(r"(?i)^\s*(?:als|nachdem|wie|indem|und|dass)\b")
_BELONGS_TO_BUYER = re.compile(r"(?i)\b(?:teil\s+(?:von|des)\s+(?:facebook|meta)|(?:facebook|meta)-?tochter\w*|tochter\w*\s+von\s+(?:facebook|meta))")
_ANNOUNCE = re.compile(r"(?i)\b(?:bekannt\w*|kündigte\w*|angekündigt|verkündete\w*|teilte\w*|meldete\w*|gab\w*)\b")


def acquisition_year_in(sentence: str, price_offsets: tuple[int, ...] = ()) -> tuple[int, int, int] | None:
    """(year, start, end) of the acquisition year in one sentence, offsets relative to it; None if none.

    `price_offsets` are where purchase-price claims start in the sentence: a clause that states
    the price dates the purchase too ("für das der Konzern im Jahr 2014 19 Mrd. Dollar bezahlt hatte").
    """
    best: tuple[int, int, int, int] | None = None  # (distance, year, start, end)
    for match in _YEAR.finditer(sentence):
        start, end = match.start("year"), match.end("year")
        clause_start, clause_end = context.clause_around(sentence, start, end)
        clause = sentence[clause_start:clause_end]
        cue_text, cue_offset = clause, clause_start
        states_price = any(clause_start <= offset < clause_end for offset in price_offsets)
        if not (states_price or _dates_the_purchase(clause)):
            linked = _linked_clause(sentence, clause_start, clause_end)
            if linked is None:
                continue
            cue_text, cue_offset = linked
        if context.has("other_targets", clause) and not context.has("target", clause):
            continue
        if _SINCE_BEFORE.search(sentence, 0, start) and not (_BELONGS.search(clause) or _BELONGS_TO_BUYER.search(clause)):
            continue  # "seit 2016 teilt WhatsApp Daten": a start date, not the purchase
        if _UNTIL_BEFORE.search(sentence, 0, start):
            continue  # "Bis 2019 gehörte ...": a limit, not a date
        cue_starts = [cue_offset + m.start() for name in ("acquisition", "acquisition_cs") for m in context.finditer(name, cue_text)]
        distance = min((abs(at - start) for at in cue_starts), default=abs(cue_offset - start))
        if _nearest_event_distance(clause, start - clause_start) < distance:
            continue  # "2017 verhängte die EU eine Strafe wegen ... der Übernahme": the year of another event
        if best is None or distance < best[0]:
            best = (distance, int(match.group("year")), start, end)
    return None if best is None else best[1:]


_MONTH_YEAR = re.compile(
    r"(?i)\b(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\s+(?P<year>(?:19[89]|20[0-4])\d)\b"
)
_UNTIL_BEFORE = re.compile(r"(?i)\b(?:bis|vor)\s+(?:(?:anfang|ende|mitte)\s+)?(?:dem\s+jahr\s+)?$")


_AND = re.compile(r"\s(?:und|sowie)\s")


def _nearest_event_distance(clause: str, year_at: int) -> int:
    """Characters from the year to the nearest other dated event (fine, founding, new terms).

    Only within the year's part of a coordination: in "2009 gegründet und 2014 verkauft"
    the founding belongs to 2009, not to 2014.
    """
    lo, hi = 0, len(clause)
    for match in _AND.finditer(clause):
        if match.end() <= year_at:
            lo = match.end()
        elif match.start() >= year_at:
            hi = match.start()
            break
    distances = [abs(lo + m.start() - year_at) for m in context.finditer("other_events", clause[lo:hi])]
    return min(distances, default=1 << 30)


_DATE_ONLY = re.compile(
    r"(?i)^\s*(?:am|im|seit|anfang|ende|mitte)?\s*(?:\d{1,2}\.\s*)?"
    r"(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)?\s*\d{4}\s*$"
)

def _linked_clause(sentence: str, clause_start: int, clause_end: int) -> tuple[str, int] | None:
    """The neighbouring clause that dates the purchase for a year's cue-less clause, with its offset.

    - the next clause, when it goes on from this one ("2014, als Facebook WhatsApp kaufte"),
      explains it after a colon ("Im Oktober 2014 war es so weit: Facebook schloss den Kauf ab")
      or this one announces it ("2014 gab Facebook bekannt, WhatsApp zu kaufen");
    - the previous clause, when this one is a relative clause about it
      ("Die Übernahme, die Facebook 2014 abschloss").
    """
    clause = sentence[clause_start:clause_end]
    follow = sentence[clause_end + 1 :]
    if follow:
        next_clause = follow[: context.clause_around(follow, 0, 0)[1]]
        after_colon = sentence[clause_end : clause_end + 1] == ":"
        if next_clause and _dates_the_purchase(next_clause) and (
            after_colon
            or _FOLLOW_ON_CLAUSE.match(next_clause)
            or _ANNOUNCE.search(clause)
            or _DATE_ONLY.match(clause)  # "Heute vor zehn Jahren, am 19. Februar 2014, verkündete ..."
        ):
            return next_clause, clause_end + 1
    if clause_start > 0 and context.RELATIVE_START.match(clause):
        previous_start = context.clause_around(sentence, clause_start - 1, clause_start - 1)[0]
        previous = sentence[previous_start : clause_start - 1]
        if _dates_the_purchase(previous):
            return previous, previous_start
    return None


def _dates_the_purchase(text: str) -> bool:
    """Buying words, or belonging to the buyer ("seit 2014 eine Facebook-Tochter")."""
    return context.about_acquisition(text) or _BELONGS_TO_BUYER.search(text) is not None


class AcquisitionYearComponent(DocComponent):
    """Adds an `acquisition_year` claim where a sentence dates the purchase."""

    def __call__(self, doc: Doc) -> Doc:
        text = context.doc_text(doc)
        if not _YEAR.search(text) or not context.has("target", text):
            return doc
        sentences = context.Sentences.of(doc)
        doc_mentions_buyer = context.has("buyer", text)
        price_claims = [c for c in claims_of(doc) if c.type == "price"]  # the price component runs first
        for index in range(len(sentences.starts)):
            sent_start, sent_end = sentences.span(index)
            sentence = text[sent_start:sent_end]
            has_price = any(sent_start <= c.start < sent_end for c in price_claims)
            if not _YEAR.search(sentence) or not (has_price or _dates_the_purchase(sentence)):
                continue
            window = sentences.window(index, before=2)
            if not context.has("target", window) and context.has("other_targets", window):
                continue  # WhatsApp named only further back, and another company nearby
            if not (context.has("buyer", window) or doc_mentions_buyer):
                continue
            prices = tuple(c.start - sent_start for c in price_claims if sent_start <= c.start < sent_end)
            found = acquisition_year_in(sentence, prices)
            if found is not None:
                year, start, end = found
                add_claim(doc, "acquisition_year", sent_start + start, sent_start + end, year=year)
        if not any(c.type == "acquisition_year" for c in claims_of(doc)):
            self._date_then_event(doc, text, sentences)
        return doc

    @staticmethod
    def _date_then_event(doc: Doc, text: str, sentences: context.Sentences) -> None:
        """'Es ist der 19. Februar 2014, ein Mittwoch. Facebook übernimmt WhatsApp.': a dated sentence
        without an event of its own, and the next sentence announcing the purchase without a year."""
        for index in range(len(sentences.starts) - 1):
            sentence = text[slice(*sentences.span(index))]
            following = text[slice(*sentences.span(index + 1))]
            match = _MONTH_YEAR.search(sentence)
            if match is None or _dates_the_purchase(sentence) or context.has("other_events", sentence):
                continue
            if _YEAR.search(following) or not _dates_the_purchase(following) or not context.has("target", following):
                continue
            if context.has("other_targets", following) and not context.has("target", following):
                continue
            start = sentences.span(index)[0] + match.start("year")
            add_claim(doc, "acquisition_year", start, start + 4, year=int(match.group("year")))
            return


@Language.factory("dealwatch_acquisition_year")
def make_acquisition_year_component(nlp: Language, name: str) -> AcquisitionYearComponent:
    """The acquisition-year claim component."""
    return AcquisitionYearComponent()
