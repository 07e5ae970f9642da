"""Years counted from a written year: the purchase year by arithmetic.

German often dates the purchase of WhatsApp only relative to another written year:

- later: "Facebook übernahm 2012 Instagram und zwei Jahre später WhatsApp" (2012 + 2);
- earlier: "2016 untersagte Caspar den Abgleich von WhatsApp-Daten. Facebook hatte den Dienst zwei Jahre zuvor
  übernommen" (2016 - 2);
- back from a later year: "2024: Zehn Jahre nach der Übernahme nutzen ..." (2024 - 10), "Die Übernahme jährt sich
  2024 zum zehnten Mal" (2024 - 10);
- back from the text's own date: "Hamburg, im Februar 2016. Vor zwei Jahren hat Facebook WhatsApp übernommen"
  (2016 - 2).

This module reads the counts; models/year.py decides whether the counted year is the purchase's.
A count that is not a whole number of years ("zweieinhalb Jahre später") dates nothing.
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from models.context import PURCHASE_NOUNS, cue_list as context_cue_list
from models.layer.spelling import swiss_file
from models.money import parse_number
from models.months import MONTH_WORDS
from models.number_words import read_ordinal
from models.regex_tools import grouped

# The count word, possessive ("++"): the "\s+" after it in every pattern below needs a character no word holds, so
# giving letters back could never let a match through; without backtracking into the word the engine leaves a failed
# word start at once (speed28: `moment._LOOKS_BACK`'s test over the studied texts -15 to -20% CPU, same answers).
_COUNT = r"(?P<count>[\wäöüß]++)"
# "zwei Jahre später", "ein Jahr danach", "drei Jahre darauf"; one year without a numeral, "im Jahr darauf", "im
# Folgejahr" (patterns/year_counts.json one_year_later, group "one"; issue 7, session 39, when39): `count_of` reads both
# (The patterns are compiled below the vocabulary's reader, `_counts_spec`.)
# The time gone by since the purchase, one definition of the idiom for two readers: this module counts it (the
# purchase year by arithmetic, below), `moment._looks_back` reads any of it as a text written later
# (`time_since_purchase`). "zehn Jahre nach der Übernahme", "drei Jahre nach dem Kauf von WhatsApp":
_AFTER_PURCHASE_WORDS = (
    rf"{_COUNT}\s+jahre?n?\s+nach\s+(?:der|dem|seiner|ihrer|seinem|ihrem)\s+(?:[\wäöüß-]+\s+)?"
    r"(?:" + "|".join(r"[\wäöüß-]*" + noun for noun in PURCHASE_NOUNS) + r")"
)
# "Der WhatsApp-Kauf wird 2024 zehn Jahre alt", "ist nun fünf Jahre her": the age of the purchase in a later year
# (written in lower case, "[^\s]" for "\S", so that `moment._LOOKS_BACK` can be tested over the lowered text)
_AGE_WORDS = rf"(?:wird|werden|wurde|wurden|ist|sind|war)\s+(?:[^\s]+\s+){{0,3}}?{_COUNT}\s+jahre?\s+(?:alt|her)"
# "Zwei Jahre ist es her, dass Koum schrieb ...", "Zehn Jahre sind es her": the same age told first; it names no
# event to count from, so only `time_since_purchase` reads it
_GONE_BY_WORDS = rf"{_COUNT}\s+jahre?\s+(?:ist|sind)\s+es\s+her"
# "Sieben Jahre nachdem Facebook den Messenger gekauft hat, erlebt WhatsApp ...", "zwei Jahre, nachdem ...": the count of
# years from the purchase its clause tells to the time of the clause it frames; like the age, only `time_since_purchase`
# reads it (the clause may tell another event, so nothing is counted from it; issue 7, session 39, recall39, own69-038)
_AFTER_CLAUSE_WORDS = rf"{_COUNT}\s+jahre?\s*,?\s+nachdem"
# "vor zwei Jahren", "vor genau zehn Jahren" (an exact count stays whole); "vor gut zwei Jahren" counts no whole
# number of years
_AGO_WORDS = (rf"vor\s+(?:(?P<approx>gut|knapp|fast|etwa|rund|ungefähr|über|mehr\s+als)\s+|(?:genau|exakt)\s+)?"
              rf"{_COUNT}\s+jahren")
# "jährt sich 2024 zum zehnten Mal", "zum 10. Mal", "der zehnte Jahrestag"
# (The subject may stand between "jährt sich" and the count, after a fronted date: "Am 19. Februar 2024 jährt sich die
# Übernahme von WhatsApp durch Facebook zum zehnten Mal"; issue 7, session 38, when38.)
_ANNIVERSARY = re.compile(
    r"(?i)(?<![\wäöüß])(?:jährt\w*\s+sich\s+(?:\S+\s+){0,8}?zum\s+(?P<ordinal>[\wäöüß]+|\d{1,2}\.)\s+mal"
    r"|(?P<ordinal2>[\wäöüß]+|\d{1,2}\.)\s+jahrestag)(?![\wäöüß])"
)
# The anniversary named as a verbless phrase: "Zum fünften Jahrestag des Deals", "am zehnten Jahrestag der Übernahme von
# WhatsApp" (set beside a date by commas, it says how far that date lies from the purchase; when38).
_ANNIVERSARY_OF_PURCHASE = re.compile(
    r"(?i)(?<![\wäöüß])(?:zum|am|beim)\s+(?P<ordinal>[\wäöüß]+|\d{1,2}\.)\s+jahrestag\s+(?:der|des)\s+(?:[\wäöüß-]+\s+)?"
    r"(?:" + "|".join(r"[\wäöüß-]*" + noun for noun in PURCHASE_NOUNS) + r")\w*(?![\wäöüß])"
)
_AGE = re.compile(rf"(?i)(?<![\wäöüß]){_AGE_WORDS}(?![\wäöüß])")
_AGO = re.compile(rf"(?i)(?<![\wäöüß]){_AGO_WORDS}(?![\wäöüß])")
# "Zehn Jahre ist es her, dass Facebook WhatsApp kaufte", "Genau fünf Jahre ist es her": the same count back told as
# the time gone by; "Gut zehn Jahre ist es her" counts no whole number of years (issue 7, session 29, gen29)
_GONE_BY = re.compile(rf"(?i)(?<![\wäöüß])(?:(?P<approx>gut|knapp|fast|etwa|rund|ungefähr|über|mehr\s+als)\s+"
                      rf"|(?:genau|exakt)\s+)?{_GONE_BY_WORDS}(?![\wäöüß])")
_LONGEST_COUNT = 30  # a count of years beyond this is not a date ("vor 100 Jahren")


# A span of years from the purchase on, not a later point: "in den ersten (beiden) Jahren nach der Übernahme", "während
# der zwei Jahre nach dem Kauf", "innerhalb der drei Jahre nach ...": an article or "ersten"/"folgenden" before the count
# makes it a period that starts at the purchase, so a written year beside it is not counted back (own46-025, price27b)
_PERIOD_BEFORE = re.compile(r"(?i)(?<![\wäöüß])(?:den|der|ersten|folgenden|kommenden)\s+$")


_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def time_since_purchase() -> str:
    """A regular expression (no groups of its own, to be embedded) of a span of years since the purchase: "vor (gut)
    zwei Jahren", "zwei Jahre nach dem Kauf", "ist nun fünf Jahre her", "Zwei Jahre ist es her", "Sieben Jahre nachdem
    Facebook ... gekauft hat". The idiom this
    module counts from; `moment._looks_back` reads it as the words of a text written later than the deal."""
    return "|".join(_NAMED_GROUP.sub("(?:", words)
                    for words in (_AGO_WORDS, _AFTER_PURCHASE_WORDS, _AGE_WORDS, _GONE_BY_WORDS, _AFTER_CLAUSE_WORDS))


def year_count(word: str) -> int | None:
    """The whole number of years a count word gives ("zwei" -> 2, "ein" -> 1, "3" -> 3); None for
    anything else ("zweieinhalb", "einigen", "100")."""
    try:
        value = parse_number(word)
    except ValueError:
        return None
    return value if isinstance(value, int) and 0 < value <= _LONGEST_COUNT else None


def count_of(found: re.Match[str]) -> int | None:
    """The whole count of years of a `later_counts`/`earlier_counts` match: 1 for a one-year phrase ("im Jahr
    darauf"), else `year_count` of its count word; None for an approximate count ("knapp fünf Jahre später")."""
    return 1 if found.group("one") else _whole_count(found)


def later_counts(text: str) -> list[re.Match[str]]:
    """The "N Jahre später/danach/darauf" and "im Jahr darauf" of `text`, in order (`count_of` reads their count)."""
    return list(_LATER.finditer(text))


def earlier_counts(text: str) -> list[re.Match[str]]:
    """The "N Jahre zuvor/davor/vorher/früher" and "im Jahr zuvor" of `text`, in order (`count_of` reads their count)."""
    return list(_EARLIER.finditer(text))


def counts_from_year_before(text: str) -> tuple[list[re.Match[str]], int]:
    """The counts in `text` of years from a year written before it, with their direction: its "N Jahre
    später/danach/darauf" and +1, or, when it has none, its "N Jahre zuvor/davor/vorher/früher" and -1."""
    later = later_counts(text)
    return (later, 1) if later else (earlier_counts(text), -1)


def _ordinal(word: str) -> int | None:
    """The number of an ordinal ("zehnten" -> 10, "dritten" -> 3, "10." -> 10; models/number_words.py reads the
    words); None for anything else or beyond a count of years."""
    if word.endswith("."):
        return year_count(word[:-1])
    found = read_ordinal(word)
    return found if found is not None and 0 < found <= _LONGEST_COUNT else None


def counted_back(text: str) -> tuple[int | None, re.Match[str]] | None:
    """A later time counted from the purchase in `text`: "zehn Jahre nach der Übernahme", "jährt sich zum zehnten
    Mal", "der zehnte Jahrestag", "wird zehn Jahre alt", "ist zehn Jahre her". Its whole count (None where it gives none) and the match; None when there is none."""
    found = next((m for m in _AFTER_PURCHASE.finditer(text) if not _PERIOD_BEFORE.search(text, 0, m.start())), None)
    if found is not None:
        return _whole_count(found), found
    found = _ANNIVERSARY.search(text)
    if found is not None:
        return _ordinal(found.group("ordinal") or found.group("ordinal2")), found
    found = _AGE.search(text)
    if found is not None:
        return year_count(found.group("count")), found
    return None


# What may follow "N Jahre nach dem Kauf" in a verbless phrase: the parties of the purchase ("von WhatsApp", "durch
# Facebook", both: "von WhatsApp durch Facebook").
_PARTY_AFTER = re.compile(r"(?i)(?:\s*(?:von|durch|an)\s+[\wäöüß-]+){0,2}[\W]*$")


def counted_phrase(text: str) -> tuple[int | None, re.Match[str]] | None:
    """`text` as a verbless phrase that counts from the purchase, nothing else ("drei Jahre nach dem Verkauf von
    WhatsApp", "Zehn Jahre nach der Übernahme durch Facebook", "Zum fünften Jahrestag des Deals"): its whole count and
    the match; None otherwise. Set beside a year by a comma, it says how far that year lies from the purchase."""
    found = _AFTER_PURCHASE.search(text) or _ANNIVERSARY_OF_PURCHASE.search(text) or _SHORTLY_AFTER_PURCHASE.search(text)
    if found is None or text[: found.start()].strip(" \t\n,–—-") or not _PARTY_AFTER.match(text, found.end()):
        return None
    if found.re is _ANNIVERSARY_OF_PURCHASE:  # "Zum fünften Jahrestag des Deals": an ordinal
        return _ordinal(found.group("ordinal")), found
    if found.re is _SHORTLY_AFTER_PURCHASE:  # "kurz nach dem Kauf": the year beside it is the purchase's (D69 (d))
        return 0, found
    return _whole_count(found), found


def counts_from_the_purchase(found: re.Match[str]) -> bool:
    """Is `found` (of `counted_back`) a count that names the purchase it counts from ("fünf Jahre nach der Übernahme")?"""
    return found.re is _AFTER_PURCHASE


def years_ago(text: str) -> tuple[int | None, re.Match[str]] | None:
    """The first "vor N Jahren" or "N Jahre ist es her" of `text`: its whole count (None for "vor gut zwei Jahren",
    "vor zweieinhalb Jahren", "Gut zehn Jahre ist es her") and the match; None when there is none. A count of one year
    told with the singular or a deictic adjective ("vor einem Jahr", "im vergangenen Jahr", `_ONE_YEAR_AGO`) counts 1
    (issue 7, session 55, year55)."""
    found = _AGO.search(text)
    gone = _GONE_BY.search(text, 0, found.start() if found else len(text))
    found = gone or found  # the first of "vor N Jahren" and "N Jahre ist es her"
    if "ahr" in text or "AHR" in text:  # speed: the word "Jahr"
        one = _ONE_YEAR_AGO.search(text, 0, found.start() if found else len(text))
        if one is not None:
            return 1, one
    if found is None:
        return None
    return _whole_count(found), found


# Counts from a frame's year to the purchase: the vocabulary of patterns/year_counts.json (issue 7, session 39, when39).
@lru_cache(maxsize=1)
def _counts_spec() -> dict[str, Any]:
    """patterns/year_counts.json, folded for the Swiss spelling, read once."""
    return swiss_file(json.loads(_COUNTS_FILE.read_text(encoding="utf-8")))


def _alternation(key: str) -> str:
    """List `key` of patterns/year_counts.json as one group, each entry a group of its own."""
    return grouped(_counts_spec()[key])


_COUNTS_FILE = Path(__file__).resolve().parent / "patterns" / "year_counts.json"
# "kurz nach dem Kauf", "wenige Wochen nach der Übernahme": a time too short to leave the year (year_counts.json shortly)
_SHORTLY_AFTER_PURCHASE = re.compile(
    r"(?i)(?<![\wäöüß])" + _alternation("shortly") + r"\s+nach\s+(?:der|dem|seiner|ihrer|seinem|ihrem)\s+(?:[\wäöüß-]+\s+)?"
    r"(?:" + "|".join(r"[\wäöüß-]*" + noun for noun in PURCHASE_NOUNS) + r")\w*(?![\wäöüß])"
)
# "(gut|genau) " before a count: an approximate count (group "approx") or an exact one
_QUALIFIER = rf"(?:(?P<approx>{_alternation('approximate')})\s+|{_alternation('exact')}\s+)?"
_FILLERS = rf"(?:{_alternation('fillers')}\s+){{0,2}}"
# "ist es (nun) (genau) zehn Jahre her, dass", "war es ein Jahr her, seit": the copula first ...
_HER_AFTER_COPULA = re.compile(
    rf"(?i)(?<![\wäöüß])(?:ist|war|sind|waren)\s+es\s+{_FILLERS}{_QUALIFIER}{_COUNT}\s+jahre?\s+her\s*,?\s*"
    rf"(?P<that>{_alternation('that_openers')})(?![\wäöüß])")
# ... or the count first: "(Genau) Zehn Jahre ist es (nun) her, dass"
_HER_AFTER_COUNT = re.compile(
    rf"(?i)(?<![\wäöüß]){_QUALIFIER}{_COUNT}\s+jahre?\s+(?:ist|war|sind|waren)\s+es\s+(?:[^\s,]+\s+){{0,3}}?her\s*,?\s*"
    rf"(?P<that>{_alternation('that_openers')})(?![\wäöüß])")
# ... or the count before a clause of the earlier event: "2021 wollte WhatsApp ... – sieben Jahre, nachdem Facebook den
# Dienst gekauft hatte" (the frame's clause is so many years after the event; issue 7, session 40, when40)
_COUNT_BEFORE_AFTER_CLAUSE = re.compile(
    rf"(?i)(?<![\wäöüß]){_QUALIFIER}{_COUNT}\s+jahre?\s*,?\s*(?P<that>nachdem)(?![\wäöüß])")
# "zehn Jahre nach der Übernahme"; with a qualifier, "knapp zehn Jahre nach dem Kauf", no whole count (D57 (c), when40)
_AFTER_PURCHASE = re.compile(rf"(?i)(?<![\wäöüß]){_QUALIFIER}{_AFTER_PURCHASE_WORDS}(?![\wäöüß])")
# "seit fünf Jahren", "schon sieben Jahre", "bereits seit gut zwei Jahren": a state's duration up to the frame's time
_SINCE_COUNT = re.compile(rf"(?i)(?<![\wäöüß]){_alternation('since')}\s+{_QUALIFIER}{_COUNT}\s+jahren?(?![\wäöüß])")
# A predicate of belonging to the buyer ("gehört ... zu", "Teil von", "unter dem Dach"; year_counts.json belonging): year.py
# finds by it the clauses whose duration counts back from a frame's year (`_counted_from_the_frame`, `time_belonging`).
BELONGING = re.compile(rf"(?i)(?<![\wäöüß]){_alternation('belonging')}(?![\wäöüß])")
# (A qualifier before the count, "knapp fünf Jahre später", "gut zwei Jahre zuvor", makes it no whole number of years:
# `count_of` gives None, the lead's D57 (c); issue 7, session 40, when40, own71-017.)
_LATER = re.compile(rf"(?i)(?<![\wäöüß])(?:(?P<one>{_alternation('one_year_later')})|{_QUALIFIER}{_COUNT}\s+jahre?\s+"
                    rf"(?:später|danach|darauf))(?![\wäöüß])")  # (the phrase first: "im Jahr darauf" is no count "im")
# "zwei Jahre zuvor", "ein Jahr davor", "drei Jahre vorher/früher", "im Jahr zuvor": counted back from the year of the
# sentence before
_EARLIER = re.compile(rf"(?i)(?<![\wäöüß])(?:(?P<one>{_alternation('one_year_earlier')})"
                      rf"|{_QUALIFIER}{_COUNT}\s+jahre?\s+(?:zuvor|davor|vorher|früher))(?![\wäöüß])")


# A count of years from another event whose year closes the phrase: "vier Jahre nach dem Start im Jahr 2010",
# "zwei Jahre nach seinem Start 2009", "drei Jahre vor dem Börsengang von 2012" (group "direction": "nach" or "vor"; the
# event's noun, group "event", one word after its article). Matched on the text that ends where the year begins.
_COUNT_TO_ANCHOR = re.compile(
    rf"(?i)(?<![\wäöüß]){_QUALIFIER}{_COUNT}\s+jahre?\s+(?P<direction>nach|vor)\s+"
    rf"(?:der|dem|des|seiner|ihrer|seinem|ihrem|deren|dessen)\s+(?P<event>[\wäöüß-]+)\s+"
    rf"(?:(?:im\s+jahre?|anno|von|aus\s+dem\s+jahre?)\s+)?$")


def count_to_anchor(before: str) -> tuple[int | None, int, re.Match[str]] | None:
    """A count of years from another event to the time of its clause, whose anchor is the year written right after
    `before` ("vier Jahre nach dem Start im Jahr " + "2010"): its whole count (None for an approximate one, D57
    (c)), the sign (+1 "nach", -1 "vor") and the match; None when `before` ends in no such phrase or the event is the
    purchase itself ("zwei Jahre nach dem Kauf 2014": that year is the purchase's). The clause's time is the year
    plus (or minus) the count (issue 7, session 40, when40, challenge_year6-008)."""
    found = _COUNT_TO_ANCHOR.search(before)
    if found is None or any(found.group("event").lower().endswith(noun) for noun in PURCHASE_NOUNS):
        return None
    return _whole_count(found), (1 if found.group("direction").lower() == "nach" else -1), found


def _whole_count(found: re.Match[str]) -> int | None:
    """The whole count of a match with groups "count" and "approx": None for an approximate one ("gut zehn Jahre")."""
    return None if found.group("approx") else year_count(found.group("count"))


def time_since_that(text: str) -> tuple[int | None, re.Match[str]] | None:
    """The time gone by since the event of a "dass"/"seit" clause: "ist es genau zehn Jahre her, dass ...", "war es
    ein Jahr her, dass ...", "Zehn Jahre ist es her, seit ...". Its whole count (None for "gut zehn Jahre") and the
    match, which ends with the clause's opener (group "that"); None when there is none. Said at a frame's time (a
    written year before it), it counts back from that year to the event."""
    found = [m for m in (_HER_AFTER_COPULA.search(text), _HER_AFTER_COUNT.search(text),
                         _COUNT_BEFORE_AFTER_CLAUSE.search(text)) if m is not None]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return _whole_count(first), first


def time_belonging(clause: str) -> tuple[int | None, re.Match[str]] | None:
    """The duration of belonging in `clause`: a count of years ("seit fünf Jahren", "schon sieben Jahre") in a clause
    with a predicate of belonging (patterns/year_counts.json "belonging": "gehört ... zu", "Teil von", "unter dem
    Dach"). Its whole count (None for "seit gut zwei Jahren") and the count's match; None otherwise. Said at a frame's
    time, the owner has held the company since that year minus the count."""
    found = _SINCE_COUNT.search(clause)
    if found is None or BELONGING.search(clause) is None:
        return None
    return _whole_count(found), found


# Two years paired with the parties of a coordination (step 3): "2012 beziehungsweise 2014", "der eine 2012, der andere
# 2014" (patterns/year_counts.json pair_joints, pair_first_halves, pair_second_halves); a year may stand with "im Jahr".
_PAIR_YEAR = r"(?:im\s+jahr\s+)?(?P<{name}>(?:19|20)\d\d)(?!\d)"
_PAIRED_BY_JOINT = re.compile(
    rf"(?i)(?<!\d){_PAIR_YEAR.format(name='first')}\s*,?\s*{_alternation('pair_joints')}\s*{_PAIR_YEAR.format(name='second')}")
_PAIRED_BY_HALVES = re.compile(
    rf"(?i)(?<![\wäöüß]){_alternation('pair_first_halves')}\s+(?:[^\s,;.]+\s+){{0,3}}?{_PAIR_YEAR.format(name='first')}\s*[,;]\s*"
    rf"(?:und\s+)?{_alternation('pair_second_halves')}\s+(?:[^\s,;.]+\s+){{0,3}}?{_PAIR_YEAR.format(name='second')}")


def paired_years(text: str) -> re.Match[str] | None:
    """The first pair of years in `text` that a distributive conjunction or distributive halves join ("2012
    beziehungsweise 2014", "der eine 2012, der andere 2014"): groups "first" and "second"; None when there is none."""
    found = [m for m in (_PAIRED_BY_JOINT.search(text), _PAIRED_BY_HALVES.search(text)) if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


# Counts of months from a dated month written before them (patterns/year_counts.json one_month_later/earlier; when41).
_MONTHS_LATER = re.compile(rf"(?i)(?<![\wäöüß])(?:(?P<one>{_alternation('one_month_later')})|{_QUALIFIER}{_COUNT}\s+monate?n?\s+"
                           rf"(?:später|danach|darauf))(?![\wäöüß])")
_MONTHS_EARLIER = re.compile(rf"(?i)(?<![\wäöüß])(?:(?P<one>{_alternation('one_month_earlier')})|{_QUALIFIER}{_COUNT}\s+monate?n?\s+"
                             rf"(?:zuvor|davor|vorher|früher))(?![\wäöüß])")


# Counts of weeks from a dated month written before them ("Das Memo ist auf Januar 2014 datiert. Einige Wochen später
# wurde Facebook ... einig"; issue 7, session 57, year57): an indefinite small number (year_counts.json few_words) or a
# numeral, "später/danach/darauf" or "zuvor/davor/vorher".
_WEEKS_FROM_BEFORE = re.compile(rf"(?i)(?<![\wäöüß])(?:(?P<few>{_alternation('few_words')})|{_COUNT})\s+wochen?\s+"
                                r"(?:(?P<later>später|danach|darauf)|zuvor|davor|vorher)(?![\wäöüß])")


def week_counts_from_before(text: str) -> list[tuple[re.Match[str], int, int]]:
    """(match, sign, most months) of each count of weeks in `text` from a month written before it: +1 for "wenige Wochen
    später/danach", -1 for "drei Wochen zuvor"; the most months it may reach (an indefinite count its span's longest
    weeks, few_unit_spans). A count that reads as no number of weeks (beyond twenty) is left out."""
    found = []
    for counted in _WEEKS_FROM_BEFORE.finditer(text):
        weeks = _FEW_SPANS["woche"][1] if counted.group("few") else year_count(counted.group("count"))
        if weeks is None or not 0 < weeks <= _LONGEST_SHORT_COUNT["woche"]:
            continue
        found.append((counted, 1 if counted.group("later") else -1, -(-weeks * _UNIT_DAYS["woche"] // _UNIT_DAYS["monat"])))
    return found


def month_counts_from_before(text: str) -> tuple[list[re.Match[str]], int]:
    """The counts of months in `text` from a month written before it, with their direction: "drei Monate
    später/danach/darauf" and +1, or, when it has none, "vier Monate zuvor" and -1 (`count_of` reads their count: 1 for
    "einen Monat später", None for "einige Monate", D57 (c))."""
    later = list(_MONTHS_LATER.finditer(text))
    return (later, 1) if later else (list(_MONTHS_EARLIER.finditer(text)), -1)


# "Zwei Jahre nach Instagram übernahm Zuckerberg auch WhatsApp", "drei Jahre nach dem Kauf von Instagram": a count of
# years after an event named by a company (group "name", capitalised), or by the purchase of one; the count's whole
# number by `count_of`. year.py asks whether the name is another company bought and where the text dates its purchase
# (issue 7, session 44, year44: own79-059).
_AFTER_A_NAMED_PURCHASE = re.compile(
    rf"(?i)(?<![\wäöüß]){_QUALIFIER}{_COUNT}\s+jahre?\s+nach\s+(?:(?:dem|der)\s+(?:kauf|übernahme|erwerb)\s+(?:von|des)\s+)?"
    r"(?-i:(?P<name>[A-ZÄÖÜ][\wäöüß-]+))(?![\wäöüß-])")


def after_a_named_purchase(text: str) -> tuple[int | None, re.Match[str]] | None:
    """The first count of years after a named company's purchase in `text` ("Zwei Jahre nach Instagram"): its whole
    count (None for "gut zwei Jahre", D57 (c)) and the match; None when there is none."""
    found = _AFTER_A_NAMED_PURCHASE.search(text)
    return None if found is None else (_whole_count(found), found)


# How far an approximate count may lie from its count word, in years (lower, upper): "gut zwei Jahre" is two years or a
# little more, "knapp zwei Jahre" a little less; "etwa"/"rund"/"ungefähr" either side. A little is taken as half a year
# (issue 7, session 46, year46; D57 (c): the year it lands on where that is one calendar year).
_APPROXIMATION = {"gut": (0.0, 0.5), "knapp": (-0.5, 0.0), "fast": (-0.5, 0.0), "etwa": (-0.5, 0.5),
                  "rund": (-0.5, 0.5), "ungefähr": (-0.5, 0.5)}


def approximate_landing(found: re.Match[str], year: int, month: int, day: int) -> int | None:
    """The calendar year an approximate count back ("vor gut zwei Jahren", "Gut zehn Jahre ist es her") from a full
    date lands on, where every time it may mean lies in one calendar year: from 25 August 2016 "gut zwei Jahre" reach
    back to between February and August 2014, so 2014; from 10 March 2016 they reach into 2013 or 2014, so None (D57
    (c)). None for a whole count, a count word it cannot read, or an approximation of another kind ("über", "mehr
    als")."""
    approx = found.groupdict().get("approx")
    if not approx and found.groupdict().get("count"):
        return _half_count_landing(found.group("count"), year, month)
    count: float | None = year_count(found.group("count")) if found.groupdict().get("count") else None
    if count is None and found.groupdict().get("count"):
        count = _half_count(found.group("count"))  # "vor knapp zweieinhalb Jahren" (year59, challenge_gen36-036)
    if not approx or count is None or approx.lower() not in _APPROXIMATION:
        return None
    low, high = _APPROXIMATION[approx.lower()]
    now = year + (month - 1) / 12 + (day - 1) / 365
    earliest, latest = now - (count + high), now - (count + low)
    # (the bounds themselves are kept off a year's edge by a day: "knapp zwei Jahre" stop short of the full count)
    first, last = int(earliest + 1 / 365), int(latest - 1 / 365)
    return first if first == last else None


def _half_count(word: str) -> float | None:
    """The count of years and a half a word gives ("zweieinhalb" 2.5, "anderthalb" 1.5, "2,5"), None for a whole count
    or a word it cannot read."""
    try:
        value = parse_number(word)
    except ValueError:
        return None
    if isinstance(value, int) or not 0 < value <= _LONGEST_COUNT or (value * 2) % 1:
        return None
    return float(value)


def _half_count_landing(word: str, year: int, month: int) -> int | None:
    """The calendar year a count of years and a half ("vor zweieinhalb Jahren", "vor anderthalb Jahren", "vor 2,5
    Jahren") lands on back from a date's month: the month that many months back, a month either side for the day the
    count leaves open, where all three lie in one year (D57 (c); issue 7, session 59, year59, own110-053: from 28
    September 2016 two and a half years reach February to April 2014). None for a whole count (`year_count` reads it)
    or a word it cannot read."""
    value = _half_count(word)
    if value is None:
        return None
    back = round(value * 12)
    first, last = ((year * 12 + month - 1 - n) // 12 for n in (back + 1, back - 1))
    return first if first == last else None


# A count back of days, weeks or months ("vor drei Wochen", "vor zwei Monaten", "vor zehn Tagen", "vor knapp drei
# Wochen"): told under a date line of the text, it lands on a day the date line and the count fix (D66 (a): "Vor drei
# Wochen hat Facebook ... gekauft" in a protocol of 13 March 2014); an approximate count lands on a span of days, a year
# only where the whole span lies in one (D57 (c)). A count word it cannot read ("vor einigen Wochen") gives no day
# (issue 7, session 48, year48).
_SHORT_AGO = re.compile(rf"(?i)(?<![\wäöüß])vor\s+{_QUALIFIER}{_COUNT}\s+(?P<unit>tag|woche|monat)(?:en|e|n)?(?![\wäöüß])")
# The unit just gone by, no numeral ("vergangene Woche", "letzten Monat", "in der vorigen Woche"; year_counts.json
# last_unit_words): a count of one (issue 7, session 49, year49, own89-017).
_LAST_UNIT = re.compile(rf"(?i)(?<![\wäöüß])(?P<last>{_alternation('last_unit_words')})(?:e|en|er|em)?\s+"
                        r"(?P<unit>woche|monat)(?![\wäöüß])")
# The day before the text's date told by a deictic adverb, no numeral ("gestern", "vorgestern", "am Vortag";
# year_counts.json day_before_words, each with its count of days; issue 7, session 53, year53, own97-005): a count of
# days back (group "daybefore"), read as "vor N Tagen".
_DAYS_BEFORE: dict[str, int] = dict(_counts_spec()["day_before_words"])
_DAY_BEFORE = re.compile(rf"(?i)(?<![\wäöüß])(?P<daybefore>{'|'.join(f'(?:{word})' for word in _DAYS_BEFORE)})"
                         r"(?![\wäöüß])")
# A month of the text's own year told deictically ("im Februar dieses Jahres"; year_counts.json this_year_words; issue 7,
# session 54, year54, own99-010): it lands on the year of the text's date (D73 (d)), a count of zero years (group
# "thisyear").
_THIS_YEAR = re.compile(rf"(?i)(?<![\wäöüß])(?P<thisyear>(?:{MONTH_WORDS})\s+{_alternation('this_year_words')})(?![\wäöüß])")
# A count back of one year with no numeral or with the singular ("vor einem Jahr", "im vergangenen Jahr", "letztes
# Jahr"; year_counts.json one_year_ago; issue 7, session 55, year55): read by `years_ago` as a count of one.
_ONE_YEAR_AGO = re.compile(rf"(?i)(?<![\wäöüß]){_alternation('one_year_ago')}(?![\wäöüß])")
# A count back told by an indefinite small number ("vor wenigen Tagen", "vor einigen Wochen", "vor ein paar Monaten";
# year_counts.json few_words; group "few"): it lands on the span few_unit_spans gives (issue 7, session 55, year55).
_FEW_AGO = re.compile(rf"(?i)(?<![\wäöüß])vor\s+(?P<few>{_alternation('few_words')})\s+(?P<unit>tag|woche|monat)(?:en|e|n)?"
                      r"(?![\wäöüß])")
_FEW_SPANS: dict[str, list[int]] = dict(_counts_spec()["few_unit_spans"])
# The month of the text's own date named deictically ("Anfang des Monats", "in diesem Monat"; year_counts.json
# this_month_words; group "thismonth"): the date's own year, a count of zero (issue 7, session 55, year55).
_THIS_MONTH = re.compile(rf"(?i)(?<![\wäöüß])(?P<thismonth>{_alternation('this_month_words')})(?![\wäöüß])")
# The week or the year of the text's own date named deictically ("in dieser Woche", "diese Woche"; "in diesem Jahr",
# "dieses Jahr", "heuer"), a day of the week just gone by ("am Montag", "am vergangenen Freitag"; deal.json weekdays) and
# the news just come ("gerade erst", "soeben"; year_counts.json this_week_words, this_year_alone_words, weekday_openers,
# recent_words; issue 7, session 58, year58): groups "thisweek", "thisyear", "weekday", "recent". Not "dieses Jahres"
# (a month's year, `_THIS_YEAR`) nor a weekday with a date after it ("am Montag, 3. März").
_THIS_WEEK_OR_YEAR = re.compile(rf"(?i)(?<![\wäöüß])(?:(?P<thisweek>{_alternation('this_week_words')})"
                                rf"|(?P<thisyear>{_alternation('this_year_alone_words')}))(?![\wäöüß])")
_WEEKDAYS = context_cue_list("weekdays")
# (the weekday may take its part of the day, "am Mittwochabend", "am Montagmorgen": year_counts.json day_parts; issue 7,
# session 59, year59, review59's 00:17 note)
_WEEKDAY = re.compile(rf"(?i)(?<![\wäöüß]){_alternation('weekday_openers')}(?P<weekday>{'|'.join(_WEEKDAYS)})"
                      rf"(?:{_alternation('day_parts')})?(?![\wäöüß])(?!,?\s*(?:den\s+)?\d)")
_RECENT = re.compile(rf"(?i)(?<![\wäöüß])(?P<recent>{_alternation('recent_words')})(?![\wäöüß])")
# The text's own day named deictically ("heute"; year_counts.json today_words; not "bis heute", "seit heute", "ab heute",
# "von heute", nor "heute vor zehn Jahren", a count of years): a count of zero days back from a post's or a date line's
# day (issue 7, session 59, year59, own110-018; the lead's ruling of session 28 for a byline's "heute"); group "today".
# "gerade"/"grad" of a message's news told in the present ("Facebook kauft grad WhatsApp" under a post's or a chat
# message's stamp; year_counts.json just_now_words; the lead's D85 (a) names 'grad(e)'): the stamp's day, a count of
# zero, read only inside a post or a message (year.py `_counted_from_the_texts_date`; group "justnow").
_JUST_NOW = re.compile(rf"(?i)(?<![\wäöüß])(?P<justnow>{_alternation('just_now_words')})(?![\wäöüß])"
                       r"(?!\s+(?:erst|eben|mal|noch|so|einmal|wegen|weil|dann|deshalb|deswegen|auch|nicht)(?![\wäöüß]))")
_TODAY = re.compile(rf"(?i)(?<![\wäöüß])(?<!bis )(?<!seit )(?<!ab )(?<!von )(?P<today>{_alternation('today_words')})"
                    r"(?![\wäöüß])(?!\s+vor\s)")
_RECENT_DAYS: int = _counts_spec()["recent_days"]
RECENT_DAYS = _RECENT_DAYS  # (the most days back the news of the last weeks reaches: year.py `_short_landing_under`)
_LONGEST_SHORT_COUNT = {"tag": 60, "woche": 20, "monat": 18}  # beyond these a count of years would be said
_UNIT_DAYS = {"tag": 1, "woche": 7, "monat": 30}


def short_agos(text: str) -> list[re.Match[str]]:
    """Every count of `short_ago`'s kinds in `text` (and "heute", `_TODAY`), in text order: a sentence may hold a
    deictic word of another verb before the purchase's own count ("Wer heute vor einer Klasse steht, ... den Facebook
    vor wenigen Wochen gekauft hat"; issue 7, session 59, year59)."""
    lowered = text.lower()
    found = [m for pattern, gate in ((_FEW_AGO, "vor "), (_SHORT_AGO, "vor "), (_LAST_UNIT, ""), (_DAY_BEFORE, ""),
                                     (_THIS_YEAR, "jahres"), (_THIS_MONTH, "monat"), (_THIS_WEEK_OR_YEAR, ""),
                                     (_WEEKDAY, "am "), (_RECENT, ""), (_TODAY, "heute"))
             if gate in lowered for m in pattern.finditer(text)]
    found.sort(key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match[str]] = []
    for m in found:  # (the indefinite count first where two read the same words: "vor wenigen Tagen")
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


def short_reach_days(found: re.Match[str]) -> int | None:
    """The most days back from the text's day a count of `short_agos` may reach ("diese Woche" 6, "gerade erst" 42,
    "vor wenigen Wochen" 42, "letzten Monat" 62), None for a count word it cannot read. A count of zero for the text's
    own day, week, month or year where it names no unit back (issue 7, session 59, year59)."""
    groups = found.groupdict()
    if groups.get("today") or groups.get("justnow"):
        return 0
    if groups.get("thisyear") or groups.get("thismonth"):
        return None  # (the date's own year or month: `short_landing` gives it, no count of days)
    if groups.get("thisweek"):
        return 6
    if groups.get("weekday"):
        return 8
    if groups.get("recent"):
        return _RECENT_DAYS
    if groups.get("daybefore"):
        word = groups["daybefore"]
        return next(days for pattern, days in _DAYS_BEFORE.items() if re.fullmatch(pattern, word, re.IGNORECASE))
    unit = found.group("unit").lower()
    if groups.get("few"):
        return _FEW_SPANS[unit][1] * _UNIT_DAYS[unit]
    if groups.get("last"):
        return 2 * _UNIT_DAYS[unit] + (1 if unit == "monat" else 0)
    count = _short_count(found, unit)
    if count is None:
        return None
    return (count + (1 if found.group("approx") is not None else 0)) * _UNIT_DAYS[unit]


def _short_count(found: re.Match[str], unit: str) -> int | None:
    """The whole count of a short span ("vor drei Tagen") within its unit's reach, or None (a word that is no number,
    a fraction, or more than `_LONGEST_SHORT_COUNT` allows)."""
    try:
        count = parse_number(found.group("count"))
    except ValueError:
        return None
    if not isinstance(count, int) or not 0 < count <= _LONGEST_SHORT_COUNT[unit]:
        return None
    return count


def just_now(text: str) -> re.Match[str] | None:
    """The first "gerade"/"grad"/"eben" of `text` (`_JUST_NOW`), or None (read only inside a post or a message)."""
    return _JUST_NOW.search(text)


def short_ago(text: str) -> re.Match[str] | None:
    """The first "vor N Tagen/Wochen/Monaten", "vergangene Woche"/"letzten Monat" or "gestern"/"am Vortag" of `text`
    (`short_landing` reads the year it lands on), or None."""
    lowered = text.lower()
    # (the indefinite count first: "vor wenigen Tagen" is also `_SHORT_AGO`'s shape, with a count word it cannot read)
    found = [m for m in (_FEW_AGO.search(text) if "vor " in lowered else None, _SHORT_AGO.search(text),
                         _LAST_UNIT.search(text), _DAY_BEFORE.search(text),
                         _THIS_YEAR.search(text) if "jahres" in lowered else None,
                         _THIS_MONTH.search(text) if "monat" in lowered else None,
                         _THIS_WEEK_OR_YEAR.search(text) if "diese" in lowered or "heuer" in lowered else None,
                         _WEEKDAY.search(text) if "am " in lowered else None,
                         _RECENT.search(text) if "erst" in lowered or "soeben" in lowered else None) if m is not None]
    return min(found, key=lambda m: m.start()) if found else None


def short_landing(found: re.Match[str], year: int, month: int, day: int) -> int | None:
    """The calendar year a count back of days, weeks or months (`short_ago`) lands on from the date `day`.`month`.`year`:
    a whole count's day, or an approximate count's span (one unit either side of the count) where it lies in one year;
    None for a count word it cannot read ("vor einigen Wochen"), a span across a new year, or a count longer than such a
    unit is used for."""
    if found.groupdict().get("thisyear") or found.groupdict().get("thismonth"):  # "im Februar dieses Jahres", "Anfang
        return year  # des Monats": the date's own year
    if found.groupdict().get("today") or found.groupdict().get("justnow"):  # "heute", "grad": the text's own day
        return year
    if found.groupdict().get("thisweek"):  # "in dieser Woche": the text's day or up to six days before it
        return _short_span_year("tag", 3, 3, year, month, day)
    if found.groupdict().get("weekday"):  # "am Montag": the last such day of the week up to the text's own
        back = (date(year, month, day).weekday() - _WEEKDAYS.index(found.group("weekday").lower())) % 7
        if not back:  # (the text's own weekday: that day or the week before)
            return _short_span_year("tag", 4, 4, year, month, day)
        return _short_span_year("tag", back, 0, year, month, day)
    if found.groupdict().get("recent"):  # "gerade erst": the news of the last weeks
        return _short_span_year("tag", _RECENT_DAYS // 2, _RECENT_DAYS // 2, year, month, day)
    if found.groupdict().get("few"):  # "vor wenigen Tagen": the span of units such a word stands for, one year or none
        fewest, most = _FEW_SPANS[found.group("unit").lower()]
        if found.group("unit").lower() == "monat":
            first, last = ((year * 12 + month - 1 - n) // 12 for n in (most, fewest))
        else:
            first, last = ((date(year, month, day) - timedelta(days=n * _UNIT_DAYS[found.group("unit").lower()])).year
                           for n in (most, fewest))
        return first if first == last else None
    if found.groupdict().get("daybefore"):  # "gestern": one day back, "vorgestern" two
        word = found.group("daybefore")
        count = next(days for pattern, days in _DAYS_BEFORE.items() if re.fullmatch(pattern, word, re.IGNORECASE))
        return _short_span_year("tag", count, 0, year, month, day)
    unit = found.group("unit").lower()
    if found.groupdict().get("last"):  # "vergangene Woche": one week back, its day anywhere in that week; "letzten
        # Monat": the calendar month before
        count, spread = 1, 1 if unit == "woche" else 0
        return _short_span_year(unit, count, spread, year, month, day)
    count = _short_count(found, unit)
    if count is None:
        return None
    spread = 1 if found.group("approx") is not None else 0
    return _short_span_year(unit, count, spread, year, month, day)


def _short_span_year(unit: str, count: int, spread: int, year: int, month: int, day: int) -> int | None:
    """The calendar year `count` (± `spread`) units back from the day lands on, where the whole span lies in one."""
    if unit == "monat":
        first, last = ((year * 12 + month - 1 - n) // 12 for n in (count + spread, count - spread))
    else:
        first, last = ((date(year, month, day) - timedelta(days=n * _UNIT_DAYS[unit])).year
                       for n in (count + spread, count - spread))
    return first if first == last else None
