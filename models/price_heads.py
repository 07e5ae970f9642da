"""What a sum of the deal's size is by the noun or verb it attaches to (issue 7, session 39, price39).

A price is a sum paid, bought for, agreed or offered by the buyer. A sum of the same size that attaches to another
head is none of these, whatever the rest of the sentence says of Facebook and WhatsApp:

- a demand: the sum's clause is governed by a verb of demanding ("sollen die Gründer anfangs 21 Milliarden Dollar für
  ihre App verlangt haben", "forderten"), or the sum follows a noun of demand ("eine Forderung von 20 Milliarden");
- an offer rejected: an offer noun in the sum's clause ("Ein Gebot über 17 Milliarden Dollar schlugen Koum und Acton
  aus") whose clause, or a relative clause right after the sum, rejects or withdraws it (lemmas: "ablehnen",
  "ausschlagen", "zurückweisen", "zurückziehen");
- a past expectation: an expecting verb in the past governs the sum's clause or the that-clause holding it
  ("Beobachter hatten damit gerechnet, dass der Konzern höchstens 15 Milliarden Dollar bietet", "Die Börse erwartete
  16 Milliarden"), or a participle of expecting is the sum's attribute ("Statt der von Beobachtern erhofften 16
  Milliarden Dollar"): a guess made before the fact (the lead's D55 (a)); a forecast of the closing value stays a price;
- a bound of worth: the adjective "wert" with a bound adverb before the sum ("Allenfalls 16 Milliarden Dollar sei der
  Messenger wert gewesen");
- an arithmetic result: a reckoning phrase before the sum ("kommt man auf 17 Milliarden Dollar") with a value per head
  or unit in the reckoning ("Nimmt man je Nutzer 35 Dollar an");
- a threshold of a class of deals: a plural deal noun and a bound right before the sum ("Zukäufe ab 20 Milliarden
  Dollar bleiben die Ausnahme");
- a part of the price: a partitive noun with the price in the genitive before the sum in its sentence ("Der
  Hauptteil des Kaufpreises ging in den Firmenwert: Gut 15 Milliarden Dollar ...", "Die Hälfte der Grundsumme von
  16 Milliarden Dollar, also 8 Milliarden, ...").
- and, read in the sum's clause: an estimate noun before it ("Die Schätzung von 15 Milliarden"), a valuing verb with
  "auf" where neither the buyer nor the deal's value is named ("taxierte WhatsApp auf 15 Milliarden"), a cap set in
  advance ("werde maximal 20 Milliarden ausgeben"), a deal imagined in the Konjunktiv II ("hätten ... nicht
  ausgeschlagen") and a speaker's own unreal case ("hätte ich ... verkauft"). `stance_of_sum` names the kind.

A sum named with the definite article or as agreed or paid ("die vereinbarten 19 Milliarden") is the known price and is
never judged here. The vocabulary is data: patterns/price_heads.json; the lemma cues: patterns/price_tokens.jsonl.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from models import context
from models.layer.cues import token_cues
from models.layer.deal_context import mention_spans
from models.layer.spelling import swiss_file
from models.pattern_marks import expand_file
from models.money import MoneyMention, find_money
from models.regex_tools import EDGE_AFTER as _EDGE_AFTER, EDGE_BEFORE as _EDGE_BEFORE, grouped

PATTERNS_FILE = Path(__file__).resolve().parent / "patterns" / "price_heads.json"
# How far before the sum its head noun may stand (characters): an article and two attributes.
_HEAD_REACH = 60
# A subordinate clause that takes its subject's stance from the clause it depends on: "dass"/"ob" opens it.
_SUBORDINATE_OPENING = re.compile(r"(?i)\W*(?:dass|daß|ob|wonach)(?![\wäöüß])")
# What may open a clause before its sum when the sum stands in apposition or after a colon ("also", "nämlich", "d. h.",
# "das heißt", "und zwar"): the sum then names what the clause before it names.
_OPENS_THE_CLAUSE = re.compile(r"\W*(?:(?:also|nämlich|d\.\s*h\.|das\s+heißt|und\s+zwar|immerhin)\s+)?$")
# A relative clause right after the sum ("ein Angebot über 18 Milliarden, das die Gründer ablehnten").
_RELATIVE_AFTER = re.compile(r"(?i)\s*,\s*(?:das|die|der|den|welches|welche|welchen)(?![\wäöüß])")
# The definite article right before the sum, up to two attributes in lower case between ("die vereinbarten 19
# Milliarden"): the known price, not judged here; not "um die 16 Milliarden" (about 16), not a noun phrase of its own
# before the sum ("für den Messenger WhatsApp 16 Milliarden").
_KNOWN_BEFORE = re.compile(r"(?<![\wäöüß])(?<!um\s)(?i:die|den|der|diese|diesen|jene|jenen)\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,2}?$")
# What follows the stem of a weak verb in its preterite or its inflected participle ("erwart|eten", "rechn|ete",
# "schätz|ten", "tipp|te"): not the present ("erwart|en") nor the bare participle ("erwart|et"), which needs an
# auxiliary of the past to tell the past.
_PAST_ENDING = re.compile(r"e?te[nmrs]?")
# The word right before an expecting verb that compares the sum with the expectation ("wie erwartet", "mehr als
# erwartet"): the sum is told as fact, no expectation (`_expected_before`).
_COMPARING = frozenset({"wie", "als"})
# The lemmas of staking (price_heads.json staking_lemmas): a bet's sum in their own clause is the stake, not a guess.
_STAKING = frozenset(json.loads((Path(__file__).resolve().parent / "patterns" / "price_heads.json").read_text(
    encoding="utf-8"))["staking_lemmas"])
# "rechnen" expects only with its preposition ("mit 17 Milliarden gerechnet", "damit gerechnet, dass"); otherwise it
# reckons ("rechnete vor"), which `stance_of_sum` reads as arithmetic.
_WITH = re.compile(r"(?i)(?<![\wäöüß])(?:mit|damit)(?![\wäöüß])")


@lru_cache(maxsize=1)
def _spec() -> dict[str, Any]:
    """patterns/price_heads.json, its placeholders expanded ("@negation@", models/pattern_marks.py) and Swiss 'ss'
    folded, read once."""
    return swiss_file(expand_file(json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))))


def partitive_nouns() -> str:
    """The nouns of a part of a whole (price_heads.json partitive_nouns: "Teil", "Großteil", "Hauptteil", "Rest",
    "Löwenanteil", "Hälfte", "drei Viertel", ...) as one group without word edges: the one list of the part of the
    price, read here (`_part_named_before`) and by price.py's part before a colon (`_PART_LABEL_BEFORE`; issue 7,
    session 41, merge41)."""
    return grouped(_spec()["partitive_nouns"])


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str]]:
    """patterns/price_heads.json, compiled (over lower-cased text, Swiss 'ss' folded)."""
    spec = _spec()

    def words(key: str) -> str:
        return grouped(spec[key])

    # one fixed-width lookbehind per first part of the deal's own price nouns ("kaufpreis", price_heads.json)
    not_the_deals = "".join(f"(?<!{prefix})" for prefix in spec["deal_price_prefixes"])

    return {
        # "eine Forderung von", "Preisvorstellung:", "Die Preisvorstellung der Gründer lag bei"
        "demand_head": re.compile(rf"{_EDGE_BEFORE}{words('demand_nouns')}\s*(?::\s*|(?:[\wäöüß-]+\s+){{0,4}}?"
                                  r"(?:von|über|in\s+höhe\s+von|bei|auf)\s+)(?:[\wäöüß-]+\s+){0,2}?$"),
        "offer": re.compile(rf"{_EDGE_BEFORE}{words('offer_nouns')}{_EDGE_AFTER}"),
        "expected_attribute": re.compile(rf"{_EDGE_BEFORE}(?:die|den|der|des|dem)\s+(?:[^,.;:!?]{{0,40}}?\s)?"
                                         rf"{words('expectation_attributes')}\s+(?:[\wäöüß-]+\s+){{0,2}}?$"),
        # "Der Wunschpreis, den die Gründer im Kopf hatten, habe bei 21 Milliarden gelegen": a relative clause between
        "demand_subject": re.compile(rf"{_EDGE_BEFORE}{words('demand_nouns')}\s*,[^,.;:!?]{{1,100}},\s*(?:[\wäöüß-]+\s+){{0,4}}?"
                                     r"(?:von|über|in\s+höhe\s+von|bei|auf)\s+(?:[\wäöüß-]+\s+){0,2}?$"),
        "estimate_head": re.compile(rf"{_EDGE_BEFORE}{words('estimate_nouns')}\s*(?::\s*|(?:[\wäöüß-]+\s+){{0,4}}?"
                                    r"(?:von|über|in\s+höhe\s+von|bei|auf|mit)\s+)(?:[\wäöüß-]+\s+){0,2}?$"),
        "deal_value": re.compile(rf"{_EDGE_BEFORE}{words('deal_value_nouns')}{_EDGE_AFTER}"),
        "valuing_preposition": re.compile(rf"{_EDGE_BEFORE}{words('valuing_prepositions')}\s+$"),
        "intention": re.compile(rf"{_EDGE_BEFORE}{words('intention_finites')}{_EDGE_AFTER}"),
        "person": re.compile(rf"{_EDGE_BEFORE}{words('person_pronouns')}{_EDGE_AFTER}"),
        "unreal_person": re.compile(rf"{_EDGE_BEFORE}{words('unreal_person_finites')}{_EDGE_AFTER}"),
        "denial": re.compile(rf"{_EDGE_BEFORE}{words('denials')}{_EDGE_AFTER}"),
        "past_auxiliary": re.compile(rf"{_EDGE_BEFORE}{words('past_auxiliaries')}{_EDGE_AFTER}"),
        "closing": re.compile(rf"{_EDGE_BEFORE}{words('closing_words')}{_EDGE_AFTER}"),
        # the sum headed by a definite price noun and "von" ("der Preis von 19 Milliarden"): the known price
        "known_price_head": re.compile(rf"{_EDGE_BEFORE}(?:der|den|dem|des|dieser|diesen|diesem)\s+"
                                      rf"{words('known_price_nouns')}\s+(?:von|in\s+höhe\s+von)\s+(?:[\wäöüß-]+\s+)?$"),
        "perfect_auxiliary": re.compile(rf"{_EDGE_BEFORE}{words('perfect_auxiliaries')}{_EDGE_AFTER}"),
        # a correlate ending its clause right before the comma ("setzte darauf,", "rechneten damit,"): `_governing`
        "correlate_end": re.compile(rf"(?i){_EDGE_BEFORE}{words('correlates')}\s*$"),
        "bound_adverb": re.compile(rf"{_EDGE_BEFORE}{words('bound_adverbs')}\s+(?:[\wäöüß-]+\s+){{0,1}}?$"),
        "worth": re.compile(r"(?<![\wäöüß])wert(?![\wäöüß])"),
        "reckoning": re.compile(rf"{_EDGE_BEFORE}{words('reckoning')}"),
        "per_unit": re.compile(rf"{_EDGE_BEFORE}{words('per_unit')}"),
        "class_head": re.compile(rf"{_EDGE_BEFORE}{words('class_nouns')}\s+{words('class_bounds')}\s+$"),
        # a security's own price before the sum in its clause: "Die Aktienoptionen haben einen Basispreis von", "der
        # Ausübungspreis der Optionen liegt bei", "ein Ausgabepreis von" (session 41, price41)
        "paper_price": re.compile(
            rf"{_EDGE_BEFORE}(?:{words('paper_owners')}\s+(?:[\wäöüß-]+\s+){{0,3}}?{words('having_verbs')}\s+"
            rf"(?:[\wäöüß-]+\s+){{0,2}}?[\wäöüß-]*preis(?:es|e)?"
            # (not the deal's own price nouns: "Der Kaufpreis der Aktien und des Bargelds beträgt ...")
            rf"|[\wäöüß-]*{not_the_deals}preis(?:es|e)?\s+{words('genitive_articles')}\s+"
            rf"(?:[\wäöüß-]+\s+)?{words('paper_owners')}"
            rf"|[\wäöüß-]*{words('paper_price_nouns')}(?:es|e|s)?){_EDGE_AFTER}"),
        # "der Löwenanteil des Kaufpreises", "drei Viertel der Grundsumme", "ein Teil dieser Summe"
        "part_of_whole": re.compile(rf"{_EDGE_BEFORE}{words('partitive_nouns')}\s+{words('genitive_articles')}\s+"
                                    rf"(?:[\wäöüß-]+\s+)?{words('deal_value_nouns')}{_EDGE_AFTER}"
                                    # the whole with "von" ("ein Teil vom Kaufpreis"), or fronted before the part in
                                    # its clause ("Vom Kaufpreis entfiel der größte Teil"; session 49, prec49)
                                    rf"|{_EDGE_BEFORE}{words('partitive_nouns')}\s+{words('whole_prepositions')}\s+"
                                    rf"(?:[\wäöüß-]+\s+)?{words('deal_value_nouns')}{_EDGE_AFTER}"
                                    rf"|{_EDGE_BEFORE}{words('whole_prepositions')}\s+(?:[\wäöüß-]+\s+)?"
                                    rf"{words('deal_value_nouns')}\s+(?:[^\s,.;:!?]+\s+){{0,4}}?"
                                    rf"{words('partitive_nouns')}{_EDGE_AFTER}"),
        # the whole's own sum right after its noun: "der Grundsumme von 16 Milliarden", "des Kaufpreises in Höhe von"
        "whole_attached": re.compile(rf"{_EDGE_BEFORE}{words('deal_value_nouns')}\s*(?::\s*|(?:von|über|in\s+höhe\s+von)\s+)"
                                     r"(?:[\wäöüß-]+\s+){0,2}?$"),
    }


def stance_of_sum(doc: Doc, text: str, sentence: tuple[int, int], mention: MoneyMention, previous: str = "") -> str | None:
    """What the sum `mention` (in sentence span `sentence` of `text`) is when its head makes it no price: "demand",
    "estimate", "rejected_offer", "hypothetical_deal", "speakers_unreal", "valuation", "expectation", "cap",
    "worth_bound", "arithmetic", "class_threshold", "paper_price", "part"; None when its head says nothing against a price (the caller's other
    tests decide). `previous`: the sentence before, whose deal value or closing a valuation may take up by a pronoun."""
    sent_start, sent_end = sentence
    sentence_text = text[sent_start:sent_end]
    rel_start, rel_end = mention.start - sent_start, mention.end - sent_start
    low = sentence_text.lower()  # (the sentence lower-cased once: every test below reads it, none the whole text)
    rules = _rules()
    if _KNOWN_BEFORE.search(sentence_text, max(0, rel_start - 30), rel_start) and not rules["expected_attribute"].search(
            low, max(0, rel_start - _HEAD_REACH), rel_start):
        return None  # "die 19 Milliarden": the known sum, whatever its clause says of it
    left, right = context.clause_around(sentence_text, rel_start, rel_end)
    amount_at = mention.amount_start - sent_start  # (the head stands before the qualifier too: "eine Schätzung über 16")
    before = low[max(left, amount_at - _HEAD_REACH) : amount_at]
    if rules["class_head"].search(low[max(0, amount_at - _HEAD_REACH) : amount_at]):
        return "class_threshold"  # "Zukäufe ab 20 Milliarden Dollar bleiben die Ausnahme"
    if rules["demand_head"].search(before) or rules["demand_subject"].search(low[max(0, rel_start - 200) : rel_start]):
        return "demand"  # "eine Forderung von 20 Milliarden Dollar", "Der Wunschpreis, den ..., habe bei 21 Milliarden gelegen"
    own = low[left:right]
    if rules["estimate_head"].search(before) and not rules["closing"].search(own):
        return "estimate"  # "Die Schätzung von 15 Milliarden, mit der manche Analysten hantiert hatten, lag daneben"
    cues = token_cues(doc, "price")
    clause = (sent_start + left, sent_start + right)
    governing = _governing(sentence_text, left)
    denied = rules["denial"].search(low, left, right) is not None  # "lehnten es nicht ab", "verlangten nicht"
    if _cue_in(cues, "DEMANDS", clause) and not denied:
        return "demand"  # "sollen die Gründer anfangs 21 Milliarden Dollar für ihre App verlangt haben"
    if governing is not None and _cue_in(cues, "DEMANDS", (sent_start + governing[0], sent_start + governing[1])) \
            and not rules["denial"].search(low, *governing):
        return "demand"  # "habe verlangt, dass für den Verkauf nicht weniger als 17 Milliarden Dollar herausspringen"
    unreal = rules["unreal_person"].search(own) is not None
    if unreal and (_cue_in(cues, "ACCEPTS", clause) or _cue_in(cues, "REJECTS", clause)):
        return "hypothetical_deal"  # "auch 22 Milliarden hätten die Gründer wohl nicht ausgeschlagen": a deal imagined
    if unreal and rules["person"].search(own) and not context.has("buyer", own):
        return "speakers_unreal"  # "Für 20 Milliarden hätte ich WhatsApp auch verkauft", "Würdet ihr ... ausgeben?"
    if _cue_in(cues, "VALUES", clause) and rules["valuing_preposition"].search(low[max(left, rel_start - 10) : rel_start]) \
            and not _names_the_deal(own) and not _buyer_mentioned(doc, clause) \
            and not any(rules["deal_value"].search(words) or rules["closing"].search(words) for words in (low, previous.lower())):
        # (the deal's value or the closing in its sentence or the one before, whose value a pronoun takes up: "Bis zum
        # Vollzug dürfte der Wert der Transaktion steigen. Beobachter schätzen ihn auf knapp 22 Milliarden", D55 (a))
        return "valuation"  # "Die Investmentbank taxierte WhatsApp ... auf 15 Milliarden Dollar"
    relative = _relative_after(sentence_text, sent_start, rel_end)
    if rules["offer"].search(low, left, right) and (
            (_cue_in(cues, "REJECTS", clause) and not denied)
            or (_cue_in(cues, "REJECTS", relative)
                and not rules["denial"].search(low, relative[0] - sent_start, relative[1] - sent_start))):
        return "rejected_offer"  # "Ein Gebot über 17 Milliarden Dollar schlugen Koum und Acton aus"
    if _expected_before(doc, cues, clause, governing, sent_start, mention) or rules["expected_attribute"].search(
            low, max(0, rel_start - _HEAD_REACH), rel_start):
        return "expectation"  # "Beobachter hatten damit gerechnet, dass der Konzern höchstens 15 Milliarden bietet"
    bound = rules["bound_adverb"].search(low[max(left, rel_start - 40) : mention.amount_start - sent_start]) is not None
    if bound and rules["intention"].search(own):
        return "cap"  # "man werde für WhatsApp maximal 20 Milliarden Dollar ausgeben": a cap set in advance
    if rules["worth"].search(own) and bound:
        return "worth_bound"  # "Allenfalls 16 Milliarden Dollar sei der Messenger wert gewesen"
    if rules["reckoning"].search(low, left, rel_start) and rules["per_unit"].search(low) is not None:
        return "arithmetic"  # "Nimmt man je Nutzer 35 Dollar an, kommt man auf 17 Milliarden Dollar"
    if rules["paper_price"].search(low, left, amount_at):
        return "paper_price"  # "Die Aktienoptionen haben einen Basispreis von 15 Milliarden Dollar": the options' own price
    if _part_named_before(low, left, rel_start, amount_at, own):
        return "part"  # "Der Hauptteil des Kaufpreises ging in den Firmenwert: Gut 15 Milliarden Dollar ..."
    return None


def _part_named_before(low: str, left: int, rel_start: int, amount_at: int, own: str) -> bool:
    """Does a part of the deal's price, a partitive noun with the price or sum in the genitive ("der Löwenanteil des
    Kaufpreises", "drei Viertel der Grundsumme", patterns/price_heads.json partitive_nouns), name what the sum is: in
    the sum's own clause before it ("Der Großteil des Kaufpreises entfiel mit 15 Milliarden Dollar auf ..."), or in the
    clause right before one the sum opens (in apposition, after "also" or a colon: "Der Großteil des Kaufpreises, rund 15
    Milliarden Dollar, ...", "Der Hauptteil des Kaufpreises ging in den Firmenwert: Gut 15 Milliarden Dollar ...")?
    Not the whole's own sum ("der Grundsumme von 16 Milliarden"), nor a clause naming a total ("insgesamt",
    "zusammen": deal.json deal_total), nor a part named in another clause as a cause ("Weil Facebook einen großen Teil
    der Summe in Aktien zahlte, war der Messenger ... fast 22 Milliarden Dollar wert"). `low`: the sentence lower-cased;
    `left`: the sum's clause start; `rel_start`: the sum's start with its qualifier ("rund"), `amount_at`: its number's;
    `own`: its clause. Issue 7, session 40, price40."""
    rules = _rules()
    if rules["whole_attached"].search(low[max(0, amount_at - _HEAD_REACH) : amount_at]) or context.has("deal_total", own):
        return False
    if rules["part_of_whole"].search(low, left, amount_at):
        return True
    if left == 0 or not _OPENS_THE_CLAUSE.match(low, left, rel_start):
        return False
    before = low[:left].rstrip(" \t\n,;:–—-")
    if not before:
        return False
    previous = context.clause_around(low, len(before) - 1, len(before) - 1)
    return rules["part_of_whole"].search(low, *previous) is not None


def _cue_in(cues: dict[str, list[tuple[int, int]]], label: str, span: tuple[int, int] | None) -> bool:
    """Does a token cue of `label` start inside the character span `span`?"""
    return span is not None and any(span[0] <= start < span[1] for start, _ in cues.get(label, ()))


def _governing(sentence_text: str, left: int) -> tuple[int, int] | None:
    """The clause a "dass"/"ob" clause at `left` depends on, the one right before its comma (relative offsets); None
    when the clause is no such clause. A clause with no subordinator depends on the clause before its comma too where
    that clause ends in a correlate, a pronominal adverb that points forward to its complement ("Der Beklagte setzte
    darauf, der Preis liege über 20 Milliarden Dollar", "Beobachter rechneten damit, Facebook biete höchstens 15
    Milliarden": price_heads.json correlates; issue 7, session 51, prec51, own93-018)."""
    if left == 0:
        return None
    before = sentence_text[:left].rstrip()
    if not before.endswith(","):
        return None
    if not _SUBORDINATE_OPENING.match(sentence_text, left) and not _rules()["correlate_end"].search(before[:-1]):
        return None
    return context.clause_around(sentence_text, len(before) - 1, len(before) - 1)


def _relative_after(sentence_text: str, sent_start: int, rel_end: int) -> tuple[int, int] | None:
    """The relative clause right after the sum (absolute offsets), or None."""
    found = _RELATIVE_AFTER.match(sentence_text, rel_end)
    if found is None:
        return None
    start, end = context.clause_around(sentence_text, found.end(), found.end())
    return sent_start + start, sent_start + end


def _expected_before(doc: Doc, cues: dict[str, list[tuple[int, int]]], clause: tuple[int, int],
                     governing: tuple[int, int] | None, sent_start: int, amount: MoneyMention) -> bool:
    """Does an expecting verb told in the past govern the sum: in its own clause or in the clause its that-clause
    depends on, in the preterite ("erwarteten", "rechneten") or as a participle with an auxiliary of the past
    ("hatten ... gerechnet", "war ... erwartet worden")? Not a forecast of the closing value (a closing word in
    either clause: the lead's D55 (a))."""
    text = context.doc_text(doc)
    spans = [clause] + ([(sent_start + governing[0], sent_start + governing[1])] if governing else [])
    rules = _rules()
    if rules["known_price_head"].search(text[max(0, amount.start - _HEAD_REACH) : amount.start].lower()):
        return False  # "dass der Preis von 19 Milliarden Dollar zu hoch sei": the price named as known, judged (review51)
    for start, end in spans:
        words = text[start:end].lower()
        own_clause = (start, end) == clause
        for cue_start, _ in cues.get("EXPECTS", ()):
            if not start <= cue_start < end or _amount_between(text, cue_start, amount):
                continue  # (an attribute of another sum: "Statt der erwarteten 17 Milliarden bietet Facebook 19 Milliarden")
            if rules["closing"].search(words) or rules["denial"].search(words):
                return False  # a forecast of the closing (D55 (a)); "Niemand hatte erwartet, dass ...": a fact
            span = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
            if span is None:
                continue
            token = span[0]
            if token.i > 0 and token.nbor(-1).lower_ in _COMPARING:
                continue  # "wie erwartet", "mehr als erwartet": the sum compared with the expectation, told as fact
            lemma = token.lemma_.lower()
            if lemma == "rechnen" and not _WITH.search(words):
                continue  # "rechnete vor": a reckoning, not an expectation
            if own_clause and lemma in _STAKING:
                continue  # "Facebook wettet mit 19 Milliarden Dollar auf ...", "wettete 19 Milliarden darauf, dass ...":
                # the sum staked in the betting verb's own clause is what was put down, paid; a bet's guess is the sum
                # inside its complement (review51's finding on prec51)
            stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
            form = token.lower_
            if (form.startswith(stem) and _PAST_ENDING.fullmatch(form[len(stem):])) or rules["past_auxiliary"].search(words):
                return True
            if not own_clause and rules["perfect_auxiliary"].search(words):
                return True  # "Er hat darauf gesetzt, dass Facebook mehr als 20 Milliarden zahlt": the perfect of the
                # governing clause is its own verb's (the sum's clause has its own finite verb)
    return False


def _amount_between(text: str, cue_start: int, amount: MoneyMention) -> bool:
    """Does another sum stand between the cue at `cue_start` and `amount` (the cue is that sum's attribute or verb)?"""
    low, high = (cue_start, amount.start) if cue_start < amount.start else (amount.end, cue_start)
    return any(found.has_scale for found in find_money(text[low:high]))


# The deal as a point in time with its other party after a preposition ("wenige Wochen vor dem Verkauf an Facebook",
# "nach der Übernahme durch Meta"): it dates the clause, it names no party of its valuation.
_DEAL_AS_TIME = re.compile(rf"(?i)(?<![\wäöüß])(?:nach|vor|seit)\s+(?:dem|der|den)\s+{context.cue_words('deal_nouns')}\w*\s+"
                           r"(?:an|durch|von|mit)\s+[\wäöüß-]+")


def _buyer_mentioned(doc: Doc, span: tuple[int, int]) -> bool:
    """Does the layer's deal context find the buyer in the character span `span`, by name, epithet or pronoun ("der
    Konzern", "das Netzwerk"), outside a time reference to the deal?"""
    text = context.doc_text(doc)
    # (a mention inside the deal named as a time, "vor dem Verkauf an Facebook", is no party: blanked, offsets kept)
    words = _DEAL_AS_TIME.sub(lambda found: " " * len(found.group()),
                              context.without_time_references(text[span[0] : span[1]]))
    return any(label == "BUYER" and span[0] <= start < span[1] and not words[start - span[0]].isspace()
               for start, _, label in mention_spans(doc) or ())


def _names_the_deal(words: str) -> bool:
    """Do `words` name the buyer, the price, the deal or the closing, past the time references ("wenige Wochen vor dem
    Verkauf an Facebook" dates, it names nothing)? A valuation in such a clause is the deal's own (its price, the
    buyer's offer, D55 (a)'s closing value)."""
    own = _DEAL_AS_TIME.sub(" ", context.without_time_references(words))
    return (context.has("buyer", own) or context.has("price_nouns", own) or context.has("deal_nouns", own)
            or _rules()["closing"].search(own) is not None)
