"""The moment a purchase price refers to: `announced`, `closing` or `unspecified` (CONTRACT.md).

Facebook announced the deal in February 2014 (16 billion dollars, 19 with the
restricted stock units) and closed it in October 2014, when the shares it paid
with were worth more (about 21.8 to 22 billion). The text says which one it
means ("bei Bekanntgabe", "im Oktober", "zum Abschluss", "am Ende"); the cues
are in patterns/moment.json. The cue nearest the amount in its clause wins,
else the nearest in its sentence that is not nearer another amount; with no cue
there, the cues of the sentence before in the same paragraph when they agree
("Facebook kündigt die Übernahme an. Der Preis: 19 Mrd. USD") and that sentence
is about the purchase or names neither party (not "WhatsApp kündigte an, ..."
of another event), then the moment
of the same sum stated elsewhere in the text, then the moment of the whole
document when all cues of its sentences about the deal agree (a report of
announcement night; not a text that looks back); else `unspecified`. A cue
that "seit" governs ("seit Februar") is a point of reference, no moment. The
value alone decides nothing: that would be guessing, not reading.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from pathlib import Path
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from spacy.tokens import Doc

from models import context, dates, moment_heading, number_words, tense, year_relative
from models.caseless import CaselessTest
from models.context import Sentences, clause_around, lower_keeping_offsets
from models.last_call import last_call_by_identity
from models.layer.structure import block_at
from models.layer.tagger import FINITE, may_tag, must_tag, tag_words
from models.money import MoneyMention, find_money
from models.months import MONTH_INDEX
from models.layer.spelling import swiss_file
from models.patterns import load_compiled
from models.regex_tools import ExistenceTest, blank_span, top_level_branches
from models.sentences import sentence_starts
from models.quote_marks import CLOSING_DOUBLE_QUOTE_MARKS, OPENING_QUOTE_MARKS, QUOTE_MARKS

PATTERNS_FILE = Path(__file__).parent / "patterns" / "moment.json"
T = TypeVar("T")


def _load_moment(what: str, build: Callable[[dict[str, Any]], T]) -> T:
    """`build(spec)` of moment.json, every pattern reading the Swiss "ss" for "ß" ("schliesslich"; the file's
    "_spelling", models/layer/spelling.py)."""
    return load_compiled(PATTERNS_FILE, what, lambda spec: build(swiss_file(spec)))


UNSPECIFIED = "unspecified"


def _lowered(text: str) -> str:
    """`text` lower-cased with offsets kept, for reading cues, without the adverbs that date a company's present name
    ("Facebook (inzwischen Meta) zahlte 19 Mrd.": no "inzwischen" of the closing; `context.without_present_names`)."""
    return lower_keeping_offsets(context.without_present_names(text))


@last_call_by_identity
def _lowered_text(text: str) -> str:
    """`_lowered(text)` for a document's whole text, asked once per price (`_told_in_the_pluperfect`) between the
    sentences' own: kept for the last text asked. Speed (speed28): the present names' blanking and the lower-casing
    of the whole text, once per price, grew with the text times its prices."""
    return _lowered(text)


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    """The cue pattern of each key: "announced" (every announcement cue), "announced_anytime" (those that count in a
    text that looks back too: all but moment.json's "announced_news"), "announced_dated" (those that date the amount:
    not the tense of news either), "closing", and "buying_tense" (the tenses of news alone, "announced_tense" and
    "announced_news": buying, paying or owning now, `_buys`)."""
    def compile_cues(patterns: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?<![\wäöüß])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\wäöüß])")

    def build(spec: dict[str, Any]) -> dict[str, re.Pattern[str]]:
        news = spec["announced_news"] + _selling(spec, spec["sells"]["news_verb"])
        anytime = spec["announced"] + spec["announced_tense"] + [_near_past_purchase()]
        closing = spec["closing"] + [word + rest for word, rest in spec["closing_participles"].items()]
        # an attributive participle only after a preposition of time or a negation ("die 2014 vollzogene Übernahme":
        # the takeover as a past event, no cue; "nach der vollzogenen Übernahme", "die noch nicht vollzogene")
        attributive = spec["closing_attributive"]
        closing += [attributive["after_preposition"] + word + attributive["endings"]
                    for word in spec["closing_participles"]]
        closing += [rf"(?<={negation}\s){word}{attributive['endings']}"
                    for word in spec["closing_participles"] for negation in spec["not_yet"]["negations"]]
        return {"announced": compile_cues(anytime + news), "announced_anytime": compile_cues(anytime),
                "announced_dated": compile_cues(spec["announced"] + [_near_past_purchase()]),
                "closing": compile_cues(closing),
                "buying_tense": compile_cues(spec["announced_tense"] + news)}

    return _load_moment("moment cues", build)


# One word of a clause between a day's deixis and the verb of buying: no clause edge, no year (a number with a decimal
# comma and the abbreviated scales "Mrd." / "Mio." / "Mia." hold their dot inside the clause).
_CLAUSE_WORD = r"(?:(?!(?:19|20)\d\d(?!\d)){barred}(?:\d+[.,]\d+|mrd\.|mio\.|mia\.|[^\s,;:.!?()]+)\s+)"
_RELATIVE_OR_ARTICLE = re.compile(r"de[mnr]|die|das|welche\[nrms\]\?")


def _near_past_purchase() -> str:
    """The purchase dated by a deixis of the days just before the text's own ("Facebook hat WhatsApp vergangene Woche
    für 19 Mrd. übernommen", "Facebook kaufte am Mittwochabend den Messenger", "hat am Montag ... gekauft"): a text that
    tells the buying or paying itself as a matter of last week or of a weekday was written while the deal was news, so
    the clause's sum is the agreed one (D10), whatever else the text speaks of (its terms of use, its data) and in
    whatever tense the wire tells it (issue 7, session 58, moment58). One pattern of the announcement cues: the
    deixis (a weekday of deal.json "weekdays" with "am" and a part of the day, moment.json words "near_past") and a verb
    of buying or paying (words "buying_verbs") in one clause, either first, no year between (a year dates the purchase
    otherwise: "Am Mittwoch erinnerte die Kommission daran, dass Facebook WhatsApp 2014 gekauft hat"), nor a word that
    opens a clause of its own or looks back (words "subordinators" but the articles, "question_clause_openers",
    "then_adverbs": "hat kürzlich erzählt, wie viel er damals für WhatsApp bezahlt hat" dates the telling, review58).
    Not the deixis of another act of the clause ("hat am Montag die Übernahme abgeschlossen": no verb of buying; the
    closing cue there)."""
    barred = "|".join(w for w in _word_lists()["subordinators"] if not _RELATIVE_OR_ARTICLE.fullmatch(w))
    barred += "|" + _words("question_clause_openers") + "|" + _words("then_adverbs")
    word = _CLAUSE_WORD.format(barred=r"(?!(?:" + barred + r")(?![\wäöüß]))")
    deixis = (r"(?:am\s+(?:" + context.cue_words("weekdays", bare=True) + r")(?:" + context.cue_words("day_parts", bare=True)
              + r")?|" + _words("near_past") + r")")
    buying = "(?:" + _words("buying_verbs") + ")"
    return (rf"{deixis}\s+{word}{{0,8}}?{buying}(?![\wäöüß])|"
            rf"(?<![\wäöüß]){buying}\s+{word}{{0,4}}?{deixis}(?![\wäöüß])")


@lru_cache(maxsize=1)
def _near_past_cue() -> re.Pattern[str]:
    """`_near_past_purchase` alone, to tell its matches among the announcement cues (`_day_of_the_closing`)."""
    return _load_moment("moment near-past cue", lambda spec: re.compile(_near_past_purchase()))


def _day_of_the_closing(low: str, cue: re.Match[str]) -> bool:
    """Is `cue` a purchase dated by a near-past deixis (`_near_past_purchase`) in a clause that holds a closing cue
    ("Weil die Aktie gestiegen ist, hat der Konzern beim Abschluss am Montag rund 21,8 Mrd. bezahlt")? The day is then
    the closing's, no announcement: the closing cue dates the sum (issue 7, session 58, moment58; own42-007)."""
    if _near_past_cue().fullmatch(cue.group()) is None:
        return False
    lo, hi = clause_around(low, cue.start(), cue.end())
    return _cues()["closing"].search(low, lo, hi) is not None


def _selling(spec: dict[str, Any], verb: str) -> list[str]:
    """The seller cue's phrasings (moment.json "sells") with `verb` (the verb forms) filled in."""
    return [p.replace("{verb}", verb) for p in spec["sells"]["phrasings"]]


@lru_cache(maxsize=1)
def _sells() -> re.Pattern[str]:
    """Selling to the buyer in any tense ("verkaufen ihr Start-up an Facebook", "an Facebook verkauft hatte"): with
    both parties named, a sentence about the purchase (`_about_the_deal`). One list with the seller cue of `_cues`."""
    def build(spec: dict[str, Any]) -> re.Pattern[str]:
        return re.compile(r"(?i)(?<![\wäöüß])(?:" + "|".join(_selling(spec, spec["sells"]["any_verb"])) + r")(?![\wäöüß])")

    return _load_moment("moment seller cue", build)


@lru_cache(maxsize=1)
def _cue_tests() -> dict[str, ExistenceTest]:
    """Speed only: per cue key, whether its cue occurs at all (`models/regex_tools.ExistenceTest`)."""
    return {key: ExistenceTest(cue.pattern) for key, cue in _cues().items()}


def _keys(news: bool, dated: bool = False) -> tuple[tuple[str, str], ...]:
    """(moment, cue key) of the cues that count: with `news` False (a text that looks back, `_looks_back`) the news
    cues of moment.json's "announced_news" ("Das Netzwerk bezahlt für das Start-up 19 Mrd.", "hat seine App an
    Facebook verkauft") are a historical or generic present, no date of the amount; with `dated` only the cues that
    date the amount (no tense of news at all)."""
    if dated:
        return (("announced", "announced_dated"), ("closing", "closing"))
    return (("announced", "announced" if news else "announced_anytime"), ("closing", "closing"))


def price_moment(sentence: str, start: int, end: int, others: tuple[tuple[int, int], ...] = (),
                 rivals: tuple[tuple[int, int], ...] | None = None, news: bool = True, dated: bool = False,
                 clause_only: bool = False) -> str:
    """The moment of the amount at [start, end) of `sentence` (offsets relative to it).

    `others` are the other amounts of the sentence: a cue nearer one of them is theirs ("Der Kaufpreis
    lag bei 19 Mrd.; bis zum Abschluss stieg er auf 22 Mrd.", "nun 21,8 Mrd. statt der im Februar
    angekündigten 19 Mrd."), and outside the amount's clause so is a cue in their clause, except a
    frame that opens the sentence ("Bei Bekanntgabe ... bot er 16 Mrd.; rechnete man ..., waren es 19
    Mrd.") unless the amount's clause moves on in time ("später", "inzwischen"). Nearness counts only
    against `rivals` (the other prices, default: all of `others`): a part of the deal named after the
    price ("..., so stand es in der Mitteilung vom 19. Februar, dazu Aktien für drei Milliarden") takes
    no cue from it by being nearer. `news` False: moment.json's news cues are none; `dated`: no tense of news (`_keys`).
    `clause_only`: only the amount's own clause (or attribute) counts, not the rest of its sentence (a clause told from
    later, `_clause_counted_back`).
    """
    rivals = others if rivals is None else rivals
    if starts_a_rise(sentence, start, end):
        return "announced"  # "ist seit der Ankündigung von 19 Mrd. auf 21,8 Mrd. gestiegen": where the rise began (D8)
    # the sum a rise starts from takes no closing cue by being nearer: "Bis zum Abschluss stieg der Preis von 19 Mrd. auf
    # rund 22 Mrd.": the closing cue dates the sum the rise went to
    risers = {other for other in rivals if starts_a_rise(sentence, *other)}
    low = _lowered(sentence)
    clause = own_predicate(sentence, start, end)
    whole_clause = clause_around(sentence, start, end)
    if (predicate := colon_predicate(sentence, clause)) is not None:
        # "Zuletzt hat der Konzern dann mehr überwiesen: knapp 22 Mrd. Dollar": the verbless fragment after the colon is
        # the object of the clause before it, whose dating cue is the amount's own (issue 7, session 46, year46)
        clause = (predicate, clause[1])
    passes: tuple[tuple[int, int, bool], ...] = ((*clause, False), (0, len(sentence), True))
    attribute = participial_attribute(sentence, start, end) or relative_clause(sentence, start, end) or \
        participial_clause(sentence, start, end)
    if attribute is not None:
        passes = ((*attribute, False),)  # "Für den 2014 für 19 Mrd. übernommenen Messenger folgt zunächst wenig"
        # (or its clausal twin: "Jan Koum, der WhatsApp für 19 Mrd. verkaufte, investiert inzwischen in Oldtimer"; or a
        # participle clause: "WhatsApp, 2014 für rund 19 Mrd. übernommen, ist inzwischen ...")
    bracket = low.rfind("(", 0, start)
    if _compared_als_clause(low, whole_clause[0]) or (
            bracket > 0 and ")" not in low[bracket:start] and not low[:bracket].rstrip().endswith(",")
            and _compared_als_clause(low, clause_around(low, bracket - 1, bracket - 1)[0])):
        passes = passes[:1]  # "Für das Start-up wurde weniger geboten, als Zuckerberg 2014 für WhatsApp 19 Mrd. ausgab": the
        # matrix clause's cue tells the quantity compared with the amount, not the amount (year45, challenge_gen21 Y15)
    if clause_only:
        passes = passes[:1]  # "Zum Schluss noch eine Zahl: Vor zwei Jahren hat Facebook 19 Mrd. bezahlt": the look-back's
        # own clause dates the sum; a cue elsewhere in the sentence dates something else
    frame = _valuation_frame(sentence, clause[0])
    if frame is not None and attribute is None:
        # "Legt man den Aktienkurs am Tag des Abschlusses zugrunde, hat Facebook ... 21,8 Mrd. bezahlt": the fronted
        # verb-first condition with "man" names the basis the sum is reckoned on; its dating cue is the amount's own
        # (issue 7, session 45, year45; challenge_gen21 M09)
        passes = ((frame[0], clause[1], False), *passes[1:])
    for lo, hi, shared in passes:
        best: tuple[int, str] | None = None
        # in the amount's own clause a cue that dates it outranks the tense of news, however near that is: "Am Ende
        # zahlt Facebook rund 21,8 Mrd. Dollar" is the closing ("zahlt" is the present of the report, no date)
        best_dating: tuple[int, str] | None = None
        for moment, key in _keys(news, dated):
            if not _cue_tests()[key].possible(low):
                continue  # none of its words in the sentence
            for match in _cues()[key].finditer(low, lo, hi):
                found = moment
                # (a date that a when-clause holding the amount defines is the amount's: "mehr als im Februar, als von 19
                # Mrd. die Rede war", however near another amount it stands)
                when_dated = _dated_by_its_when_clause(low, match, start)
                if _COMPARED_BEFORE.search(low, max(0, match.start() - 80), match.start()) and not _attribute_of(low, match, start) \
                        and not when_dated:
                    if not (moment == "announced" and _more_than_announced(low, match, start)):
                        continue  # "teurer als im Februar angekündigt": the point compared with, not the amount's moment
                    found = "closing"  # "für knapp 22 Mrd. gekauft - mehr als zunächst angekündigt": the figure after it
                if _tense_of_a_compared_standard(low, match, key):
                    continue  # "Das ist mehr, als unser Bundesland in einem Jahr für alle Schulen ausgibt": theirs
                if _noun_of_a_tense_cue(sentence, low, match):
                    continue  # "die Erwerbe durch Facebook": the plural noun of "Erwerb", no present of buying
                if _reference_point(low, match):
                    continue  # "Weil die Aktie seit Februar zugelegt hat, zahlt er nun 22 Mrd.": the start of a rise
                if _generic(low, match) and not (frame is not None and frame[0] <= match.start() < frame[1]):
                    continue  # "Wer 19 Mrd. Dollar zahlt, will ...": the tense of the text's time, no date of the sum
                    # (not the basis a reckoning frame names: "Legt man den Kurs beim Abschluss zugrunde, ...")
                if moment == "announced" and _announces_another_act(low, match):
                    continue  # "hat angekündigt, Beschwerde einzulegen": another act announced, not the deal
                if moment == "announced" and _day_of_the_closing(low, match):
                    continue  # "hat beim Abschluss am Montag rund 21,8 Mrd. bezahlt": the closing's day
                if _news_tense_looking_back(low, match, key, lo):
                    continue  # "hatte WhatsApp 2014 für 19 Mrd. an Facebook verkauft": a look back, not news of the deal
                if _news_tense_dates_nothing(sentence, low, match, key):
                    continue  # "2014: Facebook kauft WhatsApp für 19 Mrd.", "Übernimmt ein Konzern ein Start-up, ..."
                if shared and clause[1] <= match.start() < whole_clause[1]:
                    continue  # "... 19 Mrd. gezahlt und verdiene inzwischen ...": the other predicate's (`own_predicate`)
                if moment == "closing" and _in_an_indirect_question(low, match, start):
                    continue  # "zählte auf, was Chat-Apps inzwischen wert wären: Für die 19 Mrd. ...": the question's
                    # own subject's time, not the price's (issue 7, session 55, year55)
                if moment == "closing" and _reason_particle(low, match):
                    continue  # "denn Facebook zahlt schließlich 19 Mrd.": the particle of a reason, no time (D9)
                if moment == "closing" and start < match.start() and _rises_to(low, match):
                    continue  # "Der Preis von 19 Mrd. stieg auf rund 22 Mrd.": the sum it rises from, not to (D5)
                if moment == "closing" and _rise_of_another_sum(sentence, match, start, end):
                    continue  # "deren Kurs ist seit dem Frühjahr auf gut 77 Dollar geklettert": a share price's rise
                if moment == "closing" and not news and _dates_an_earlier_stage(low, match):
                    continue  # "Die Wettbewerbshüter hatten den Kauf für 19 Mrd. im Herbst 2014 gebilligt. Drei Jahre
                    # danach ...": told from later, the approval's date is another act's, no date of the sum (D45's
                    # bare look-back; issue 7, session 46, year46); told as news of the approval, D54 (b) below
                if moment == "closing" and (_not_yet(low, match) or _dates_an_earlier_stage(low, match)):
                    found = "announced"  # "Die Übernahme ist angekündigt, nicht vollzogen": the deal still pending;
                    # "genehmigte den Kauf im Oktober 2014": the approval's date, the contract sum still the agreed one
                distance = _distance(match.start(), match.end(), start, end)
                nearer = rivals if moment != "closing" else tuple(o for o in rivals if o not in risers)
                if not shared and not when_dated and _nearer_another(low, match, [o for o in nearer if lo <= o[0] < hi], start,
                                                                     distance):
                    continue
                if shared and not when_dated and (_belongs_to_another(sentence, match, others, nearer, distance)
                                                  or _figure_of_its_own(sentence, low, match, start)) and not (
                    _opens_sentence(low, match) and not _TIME_MOVES_ON.search(low, *clause)
                ):
                    continue
                if best is None or distance < best[0]:
                    best = (distance, found)
                if not shared and (key == "closing" or _dated_cue(low, match)) and (
                        best_dating is None or distance < best_dating[0]):
                    best_dating = (distance, found)
        if best_dating is not None:
            return best_dating[1]
        if best is not None:
            return best[1]
    return UNSPECIFIED


# A present-tense cue of buying or paying (moment.json "announced_tense": "erwerbe", "kaufe", "zahle") written with a
# capital after a determiner, an adjective between at most, is a noun ("Als Beispiele werden die Erwerbe durch Facebook
# genannt": the plural of "Erwerb"): German writes a verb small inside a sentence (issue 7, session 48, year48;
# own87-057). Only the tense's cues: the cue nouns ("Ankündigung", "Angebot") are nouns anyway. The determiners are
# moment.json words "noun_determiners" (one list as data; session 49, year49).
@lru_cache(maxsize=1)
def _determiner_before() -> re.Pattern[str]:
    """A determiner of moment.json words "noun_determiners", an adjective after it at most, right before the end."""
    return re.compile(r"(?<![\wäöüß])(?:" + _words("noun_determiners") + r")\s+(?:[\wäöüß-]+\s+)?$")


@lru_cache(maxsize=1)
def _tense_cue() -> re.Pattern[str]:
    """One present-tense cue word of moment.json "announced_tense", as a whole match."""
    return _load_moment("tense cue words", lambda spec: re.compile("|".join(f"(?:{p})" for p in spec["announced_tense"])))


def _noun_of_a_tense_cue(sentence: str, low: str, cue: re.Match[str]) -> bool:
    """Is `cue` (over `low`, the lowered `sentence`) a present-tense cue word that the sentence writes as a noun: with a
    capital, after a determiner (`_determiner_before`)?"""
    return (cue.start() > 0 and sentence[cue.start()].isupper() and _tense_cue().fullmatch(cue.group()) is not None
            and _determiner_before().search(low, max(0, cue.start() - 40), cue.start()) is not None)


# A fronted verb-first condition with the indefinite "man" right after its verb, up to its comma ("Legt man den
# Aktienkurs am Tag des Abschlusses zugrunde,", "Nimmt man den Wert beim Vollzug,", "Rechnet man mit dem Kurs vom
# Oktober,"): a declarative puts "man" first ("Man legt ..."), so a capitalised word before "man" opening the sentence is
# the verb of a condition.
_VALUATION_FRAME = re.compile(r"^\W*[A-ZÄÖÜ][a-zäöüß]+\s+man\s+[^,;:.!?]{3,120},\s*")


def _valuation_frame(sentence: str, clause_start: int) -> tuple[int, int] | None:
    """(start, end) of a fronted verb-first "man"-condition that ends right before the amount's clause (which begins at
    `clause_start`), or None (issue 7, session 45, year45)."""
    found = _VALUATION_FRAME.match(sentence)
    if found is None or found.end() > clause_start + 1 or sentence[found.end() : clause_start].strip():
        return None
    return found.start(), found.end()


# A word or a punctuation mark, as HanTa reads a sentence's words.
_WORDS = re.compile(r"[\wäöüß]+(?:[-'’.][\wäöüß]+)*|[^\s\wäöüß]")
# "und" as a word: where a clause may join two predicates.
_AND = re.compile(r"(?<![\wäöüß])und(?![\wäöüß])", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _finite_verbs_and_joins(sentence: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """The offsets of the finite verbs of `sentence` and the spans of its "und" tagged as a conjunction (KON), by
    HanTa's tags of the whole sentence (its tags in context, not one word's possible tags)."""
    words = list(_WORDS.finditer(sentence))
    # Cheap first, the same answer (as data_shared's verbless fragments and price_parties' names): a sentence none of
    # whose words any analysis offers as a finite verb has none in context, and `own_predicate` needs two.
    if not any(may_tag(w.group(), tag, first=i == 0) for i, w in enumerate(words) for tag in FINITE):
        return (), ()
    tags = tag_words([w.group() for w in words])  # (`_tagged_words` after the gate: the words are split already)
    finite = tuple(w.start() for w, tag in zip(words, tags) if tag in FINITE)
    joins = tuple(w.span() for w, tag in zip(words, tags) if tag == "KON" and w.group().lower() == "und")
    return finite, joins


def colon_predicate(sentence: str, clause: tuple[int, int]) -> int | None:
    """The start of the clause before a colon whose verbless fragment `clause` (offsets of `sentence`) follows it, or
    None. German sets an object or complement after its predicate behind a colon ("Zuletzt hat der Konzern dann mehr
    überwiesen: knapp 22 Mrd. Dollar", "Im Oktober zahlte der Konzern dann: fast 22 Mrd."; plain language and chronicles
    use it often): the fragment has no finite verb of its own, the clause before the colon has one, and that clause
    is the fragment's predicate. A fragment with its own finite verb ("Es hieß: Facebook zahlt 19 Mrd.") is a clause
    of its own, and a label with no verb ("Der Preis: 19 Mrd.") names no predicate."""
    lo, hi = clause
    head = sentence[:lo].rstrip()
    if not head.endswith(":"):
        return None
    before = clause_around(sentence, len(head) - 1, len(head) - 1)
    if not _words_may_tag(sentence, before, FINITE) or _a_word_must_tag(sentence, clause, FINITE):
        return None  # speed: the answer without the sentence's tags (below)
    if _a_word_must_tag(sentence, before, FINITE) and not _words_may_tag(sentence, clause, FINITE):
        return before[0]  # speed (speed50), the converse: a finite verb before the colon wherever it stands, none after
    finite, _ = _finite_verbs_and_joins(sentence)
    if any(lo <= f < hi for f in finite):
        return None
    if not any(before[0] <= f < before[1] for f in finite):
        return None
    return before[0]


# Speed (speed47, issue 10): HanTa's Viterbi pass gives a word only a tag its own analysis of the word offers (any
# tag where it offers none; `tagger.may_tag`, `tagger.must_tag`, with the pass's case rule for the sentence's first
# word), so a reader that needs some word of a stretch tagged so, or none, can often answer from the remembered word
# analyses alone: the sentence is tagged (about half a millisecond a sentence on unseen text) only where the answer
# turns on its tags in context. On the real texts 7 of 10 sentences that reached the tagger in `colon_predicate`
# and `closed_relative_clauses` were answered so.
def _words_may_tag(sentence: str, span: tuple[int, int], tags: Iterable[str]) -> bool:
    """Could HanTa's tags of `sentence` (its `_WORDS`) give a word starting inside `span` one of `tags`?"""
    lo, hi = span
    return any(
        may_tag(word.group(), tag, first=i == 0)
        for i, word in enumerate(_WORDS.finditer(sentence)) if lo <= word.start() < hi for tag in tags
    )


def _a_word_must_tag(sentence: str, span: tuple[int, int], tags: set[str]) -> bool:
    """Must HanTa's tags of `sentence` (its `_WORDS`) give some word starting inside `span` one of `tags`?"""
    lo, hi = span
    wanted = frozenset(tags)
    return any(
        must_tag(word.group(), wanted, first=i == 0)
        for i, word in enumerate(_WORDS.finditer(sentence)) if lo <= word.start() < hi
    )


def _may_tag_count(sentence: str, end: int, tag: str) -> int:
    """How many words of `sentence` (its `_WORDS`) starting before offset `end` HanTa's tags could give `tag`."""
    # (the whole sentence's words: a word running over `end` is read whole, as the tagger reads it)
    return sum(
        1 for i, word in enumerate(_WORDS.finditer(sentence)) if word.start() < end and may_tag(word.group(), tag, first=i == 0)
    )


def own_predicate(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of [start, end) (`context.clause_around`) up to a second predicate joined after the amount's: an "und"
    after the amount with a finite verb of its own on each side, between it and the clause's edges (HanTa's tags of
    the sentence), opens a clause of its own ("Facebook hatte 2014 für WhatsApp 19 Mrd. gezahlt und verdiene
    inzwischen ... drei Mrd.": "inzwischen" is the revenue's time). An "und" between nouns or amounts ("vier Mrd. in bar
    und zwölf Mrd. in Aktien") or before a predicate that shares the finite verb ("hat ... gekauft und beim Vollzug 22
    Mrd. bezahlt") ends nothing. Only after the amount: a first predicate's time may frame the second's amount
    ("rechneten ... am Tag der Ankündigung in Euro um und schrieben von knapp zwölf Mrd. Euro")."""
    lo, hi = clause_around(sentence, start, end)
    if _AND.search(sentence, end, hi) is None:
        return lo, hi
    if not any(_may_join(sentence, lo, hi, found) for found in _AND.finditer(sentence, end, hi)):
        return lo, hi  # speed (speed50): no "und" after the amount can join two predicates, no sentence tagged
    finite, joins = _finite_verbs_and_joins(sentence)
    for j0, j1 in joins:
        if end <= j0 and j1 <= hi and any(lo <= f < j0 for f in finite) and (
                any(j1 <= f < hi for f in finite) or _finite_at_clause_end(sentence, (lo, j0), (j1, hi))):
            return lo, j0  # the nearest such "und" after the amount
    return lo, hi


def _may_join(sentence: str, lo: int, hi: int, found: re.Match[str]) -> bool:
    """Could the "und" `found` join a second predicate in `own_predicate` (clause [lo, hi))? Not where no word before
    it in the clause may be a finite verb, nor where no word after it may be a finite verb or a participle (the
    clause-final verb `_finite_at_clause_end` reads is tagged VVPP): HanTa gives a word only a tag its own analysis
    offers (`_words_may_tag`). Speed (speed50, issue 10), the same answer: `own_predicate` tags the sentence only
    where one may."""
    j0, j1 = found.span()
    return _words_may_tag(sentence, (lo, j0), FINITE) and _words_may_tag(sentence, (j1, hi), FINITE | {"VVPP"})


def _tagged_words(sentence: str) -> tuple[list[re.Match[str]], tuple[str, ...]]:
    """The words of `sentence` as HanTa reads them (`_WORDS`) and their STTS tags in context (`tag_words`, cached per
    word sequence): what `_finite_at_clause_end`, `participial_attribute` and `relative_clause` read."""
    words = list(_WORDS.finditer(sentence))
    return words, tag_words([w.group() for w in words])


def _finite_at_clause_end(sentence: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Is the last word of the second predicate (`second`, after "und") a finite verb HanTa tagged as a participle?
    In a verb-final clause "dass Facebook 19 Mrd. ausgab und inzwischen mit Geschäftskunden Geld verdient" the
    clause-final "verdient" is read VVPP (challenge_gen8-044); it is finite when it may be one (HanTa's analysis), no
    finite verb follows it in its predicate, and the first predicate's finite verb is a full verb with no auxiliary
    (VVFIN, no VAFIN/VMFIN): no participle there shares an auxiliary with it ("hat 19 Mrd. gezahlt und inzwischen ...
    verdient" keeps one predicate). Session 27 (moment27b)."""
    words, tags = _tagged_words(sentence)
    in_first = [t for w, t in zip(words, tags) if first[0] <= w.start() < first[1]]
    if "VVFIN" not in in_first or "VAFIN" in in_first or "VMFIN" in in_first:
        return False
    last = [(w, t) for w, t in zip(words, tags) if second[0] <= w.start() < second[1] and t[0] != "$"]
    if not last:
        return False
    word, tag = last[-1]
    return tag == "VVPP" and may_tag(word.group(), "VVFIN", first=False)


# A word that may be an attributive participle: an adjective's ending after the participle's ("übernommenen",
# "gekaufte", "bezahlter"); HanTa's tag and its analysis of the stem decide (`participial_attribute`).
_ATTRIBUTIVE_ENDING = re.compile(r"(?:e|en|er|es|em)$")
# Between the amount and the attribute's participle: up to three words, no clause edge (`participial_attribute`).
_TO_PARTICIPLE = re.compile(r"(?:\s+[^\s,;:!?()–—]+){1,4}?")
# HanTa's tags that end the stretch before an attribute (`participial_attribute`): a finite verb or a clause edge.
_ATTRIBUTE_EDGES = {"VVFIN", "VAFIN", "VMFIN", "VVIMP", "$,", "$("}


def participial_attribute(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the extended participial attribute the amount at [start, end) stands in, else None: the amount is
    followed, within three words and no clause edge, by a participle with an adjective's ending that HanTa tags ADJA
    before a noun ("Für den 2014 für 19 Mrd. US-Dollar übernommenen Messenger folgt ... zunächst wenig", own46-049:
    the price dated by the attribute alone, not by the main clause's "zunächst"). The span runs from after the last
    finite verb or comma before the amount (or the clause's start) to the participle's end; a date inside it stays
    the amount's ("den im Februar 2014 für 19 Mrd. übernommenen Messenger"). Not an adjective that is no participle
    ("die 19 Mrd. schwere Übernahme": the main clause dates it). Session 27 (moment27b)."""
    lo, hi = clause_around(sentence, start, end)
    stretch = _TO_PARTICIPLE.match(sentence, end, hi)
    if stretch is None or not any(_ATTRIBUTIVE_ENDING.search(w) for w in sentence[end:stretch.end()].split()):
        return None  # cheap first: no word with an adjective's ending right after the amount
    if not _may_be_attributive(sentence, end):
        return None  # cheap second: no tagging can find the participle
    return _tagged_attribute(sentence, lo, hi, start, end)


def _may_be_attributive(sentence: str, end: int) -> bool:
    """Could one of the four words after `end` be the participle `participial_attribute` finds? It must be tagged
    ADJA with a stem that may be a participle; False where HanTa's analysis offers ADJA to none of them with such a
    stem (`may_tag`), and then no tagging of the sentence gives one (speed29: the sentence is not tagged)."""
    after = [(i, w.group()) for i, w in enumerate(_WORDS.finditer(sentence)) if w.start() >= end][:4]
    return any(
        may_tag(word, "ADJA", first=i == 0) and may_tag(_ATTRIBUTIVE_ENDING.sub("", word), "VVPP", first=False)
        for i, word in after
    )


def _tagged_attribute(sentence: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int] | None:
    """`participial_attribute` read from HanTa's tags of the sentence (`lo`, `hi`: the amount's clause)."""
    words, tags = _tagged_words(sentence)
    after = [i for i, w in enumerate(words) if w.start() >= end]
    for i in after[:4]:
        word, tag = words[i].group(), tags[i]
        if tag in _ATTRIBUTE_EDGES or words[i].start() >= hi:
            return None
        if tag != "ADJA":
            continue
        stem = _ATTRIBUTIVE_ENDING.sub("", word)
        if not (i + 1 < len(words) and tags[i + 1] in ("NN", "NE") and may_tag(stem, "VVPP", first=False)):
            return None
        begin = lo
        for w, t in zip(words, tags):
            if lo <= w.start() < start and t in _ATTRIBUTE_EDGES:
                begin = w.end()
        return begin, words[i].end()
    return None


# A relative clause's opening after its comma: a relative pronoun, after a preposition or not ("der", "für den", "mit
# dem", "welches"); `relative_clause` asks HanTa whether its finite verb stands last.
_RELATIVE_OPENING = re.compile(
    r"\s*(?:(?:für|mit|von|an|bei|über|um|durch|gegen|ohne|aus|nach|zu|vor|unter|in)\s+)?"
    r"(?:der|die|das|den|dem|denen|dessen|deren|welche[nrms]?)\s", re.IGNORECASE)
# The last words before a comma, in their clause: the relative clause's antecedent with its attribute ("die Übernahme
# von WhatsApp, die ...": the head may stand before a genitive or a PP).
_ANTECEDENT = re.compile(r"((?:[\wäöüß-]+\s+){0,3}[\wäöüß-]+)\s*,\s*$")
# A date closing the antecedent's phrase right before its comma ("die Übernahme am 6. Oktober 2014, deren Wert ...",
# "der Kauf im Februar 2014, für den ..."): an adverbial of the antecedent, not its head; the head stands before it.
_DATE_BEFORE_COMMA = re.compile(
    r"(?i)\s+(?:am|im|vom|zum|seit|bis|ab)\s+(?:(?:anfang|mitte|ende)\s+)?(?:\d{1,2}\.\s*)?(?:(?:" + "|".join(MONTH_INDEX)
    + r")\.?\s+|\d{1,2}\.\s*)?(?:19|20)\d\d\s*,\s*$")


@lru_cache(maxsize=1)
def _deal_antecedent() -> re.Pattern[str]:
    """moment.json words "deal_antecedents" as one pattern (read at call time: `_words` is defined below)."""
    return re.compile(r"(?:" + _words("deal_antecedents") + r")")


def _names_a_deal_antecedent(words: Iterable[str]) -> bool:
    """Is one of the lower-cased `words` a noun of the deal or its sum (moment.json words "deal_antecedents": "kauf",
    "milliardenübernahme", "gesamtsumme")? Then the clause beside it dates the deal itself (`relative_clause`,
    `participial_clause`)."""
    return any(_deal_antecedent().fullmatch(word) for word in words)


_FINITE_TAGS = ("VVFIN", "VAFIN", "VMFIN")


def relative_clause(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the relative clause the amount at [start, end) stands in, else None: its clause opens after a comma
    with a relative pronoun (after a preposition or not) and ends in its finite verb (HanTa's tags: verb-final), and
    no noun of the deal or its sum (moment.json words "deal_antecedents") is among the four words before its comma
    (the antecedent with a genitive or PP: "die Übernahme von WhatsApp, die ..."). Such a clause tells the
    price in its own tense and time; the clause it is attached to tells the antecedent's story, whose cues are not the
    price's ("Jan Koum, der WhatsApp 2014 für 19 Mrd. Dollar an Facebook verkaufte, investiert sein Vermögen
    inzwischen in Oldtimer": no closing), as the main clause's cues are not a participial attribute's
    (`participial_attribute`). A relative clause of the deal itself keeps them ("Der Kauf, für den Facebook knapp 22
    Mrd. zahlte, wurde im Oktober 2014 abgeschlossen"). Issue 7, session 37, when37."""
    lo, hi = clause_around(sentence, start, end)
    dated = _DATE_BEFORE_COMMA.search(sentence, 0, lo)  # ("der Übernahme am 6. Oktober 2014, deren ...": year51, own93)
    antecedent = _ANTECEDENT.search(sentence[: dated.start()] + "," if dated is not None else sentence, 0,
                                    dated.start() + 1 if dated is not None else lo)
    if antecedent is None or _RELATIVE_OPENING.match(sentence, lo) is None:
        return None
    if _names_a_deal_antecedent(antecedent.group(1).lower().split()):
        return None  # the deal or its sum: the clause it is attached to dates the deal itself
    known = _last_word_finite(sentence, (lo, hi))
    if known is not None:
        return (lo, hi) if known else None  # speed (speed50): the answer from the word analyses, no sentence tagged
    words, tags = _tagged_words(sentence)
    last = [t for w, t in zip(words, tags) if lo <= w.start() < hi and t[0] != "$"]
    return (lo, hi) if last and last[-1] in _FINITE_TAGS else None


#: The tags `stts` writes for HanTa's punctuation ("$(" becomes "$"): every tag `relative_clause` passes over.
_PUNCTUATION_TAGS = frozenset({"$", "$,", "$."})


def _last_word_finite(sentence: str, span: tuple[int, int]) -> bool | None:
    """Is the last word of `span` (offsets of `sentence`) that HanTa's tags of the sentence do not read as punctuation
    a finite verb (`_FINITE_TAGS`)? The answer `relative_clause` reads from the tagged sentence, here from the word
    analyses alone (`may_tag`, `must_tag`: the Viterbi pass gives a word only a tag its analysis offers), or None
    where they leave it open (then the sentence is tagged). From the span's end: a word that must be punctuation is
    passed over; the first that may not be decides where it must be a word (True where it must be finite, False where
    it may not be) and leaves the answer open otherwise; False where every word must be punctuation (none is left)."""
    lo, hi = span
    inside = [(i, w.group()) for i, w in enumerate(_WORDS.finditer(sentence)) if lo <= w.start() < hi]
    for i, word in reversed(inside):
        first = i == 0
        if must_tag(word, _PUNCTUATION_TAGS, first=first):
            continue  # read as punctuation wherever it stands: the word before is the last
        if any(may_tag(word, tag, first=first) for tag in _PUNCTUATION_TAGS):
            return None  # punctuation or a word, by its sentence
        if must_tag(word, frozenset(_FINITE_TAGS), first=first):
            return True
        if not any(may_tag(word, tag, first=first) for tag in _FINITE_TAGS):
            return False
        return None
    return False


# The tags of a relative clause's opening (HanTa): a relative pronoun or a relative article ("die", "deren"), after a
# preposition or not.
_RELATIVE_TAGS = ("PRELS", "PRELAT")
_COMMA_RELATIVE = re.compile(r",\s*(?:[a-zäöü]+\s+)?" + context.RELATIVE_PRONOUN + r"\s", re.IGNORECASE)


def closed_relative_clauses(sentence: str, before: int) -> list[tuple[int, int]]:
    """The relative clauses of `sentence`, with their two commas, that open after a comma and close with a comma before
    offset `before` (an amount after them: "Facebook zahlt für die App, die 450 Millionen Menschen nutzen, 19
    Milliarden Dollar"): HanTa tags the clause's first word (after a preposition or not) a relative pronoun and its
    last word a verb (any form: the plural "nutzen" is tagged as an infinitive there). Such a clause tells its
    antecedent's story; its nouns and numbers are not the amount's. Read by models/price.py `_without_closed_relatives`.
    Issue 7, session 41, price41 (own74-015)."""
    if _COMMA_RELATIVE.search(sentence, 0, before) is None:
        return []  # speed: no comma before a relative pronoun, no closed clause (the tagger asked only then)
    if _may_tag_count(sentence, before, "$,") < 2:
        return []  # speed (speed47): a closed clause needs two words tagged as commas before `before`
    words, tags = _tagged_words(sentence)
    spans = []
    for i, (word, tag) in enumerate(zip(words, tags)):
        if word.start() >= before or tag != "$," or i + 1 >= len(words):
            continue
        first = i + 2 if tags[i + 1] == "APPR" and i + 2 < len(words) else i + 1
        if tags[first] not in _RELATIVE_TAGS:
            continue
        close = next((j for j in range(first + 1, len(words)) if tags[j][0] == "$"), None)
        if close is None or tags[close] != "$," or words[close].start() >= before or not tags[close - 1].startswith("V"):
            continue
        spans.append((word.start(), words[close].end()))
    return spans


def participial_clause(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the participle clause the amount at [start, end) stands in, else None: its clause is set off by a
    comma from the rest of the sentence (an apposition after its noun, "WhatsApp, 2014 von Facebook für rund 19 Mrd.
    Dollar übernommen, ist inzwischen einer der wichtigsten Dienste", or fronted, "Für 19 Mrd. gekauft, ist der
    Messenger heute ..."), holds no finite verb and ends in a past participle (HanTa's tags of the sentence: VVPP).
    Such a clause tells the purchase in its own time; the main clause's cues ("inzwischen") tell its subject's
    story, as a relative clause's main clause does (`relative_clause`). Not where the deal or its sum is the noun it
    is set beside ("Der Kauf, im Februar für 19 Mrd. vereinbart, wurde im Oktober vollzogen": the main clause dates the
    deal itself; moment.json words "deal_antecedents"). Issue 7, session 39, recall39 (own70-052)."""
    lo, hi = clause_around(sentence, start, end)
    before, after = sentence[:lo].rstrip(), sentence[hi:].lstrip()
    apposition = before.endswith(",") and after.startswith(",")
    fronted = not before.strip(" \t\n\"„“»«–—-") and after.startswith(",")
    if not (apposition or fronted):
        return None
    if not _ends_in_participle(sentence[start:hi]):
        return None  # cheap first: the clause's last word cannot be a participle
    if apposition:
        antecedent = _ANTECEDENT.search(sentence, 0, lo)
        if antecedent is None or _names_a_deal_antecedent(antecedent.group(1).lower().split()):
            return None
    else:
        main_words = sentence[hi:].lower().split()[:6]
        if _names_a_deal_antecedent(word.strip(".,;:!?") for word in main_words):
            return None
    if _a_word_must_tag(sentence, (lo, hi), set(_FINITE_TAGS)):
        return None  # speed (speed47): a word of the clause is tagged finite wherever it stands
    words, tags = _tagged_words(sentence)
    inside = [t for w, t in zip(words, tags) if lo <= w.start() < hi and t[0] != "$"]
    if not inside or inside[-1] != "VVPP" or any(t in _FINITE_TAGS for t in inside):
        return None
    return lo, hi


# The last word of a clause before its comma: a word that may be a past participle ("übernommen", "gekauft", "erworben",
# "akquiriert": `_ends_in_participle`).
_LAST_WORD = re.compile(r"([\wäöüß]+)\W*$")


def _ends_in_participle(clause: str) -> bool:
    """Could the last word of `clause` be a past participle (HanTa's analysis offers VVPP)? Speed: the sentence is
    tagged only then."""
    last = _LAST_WORD.search(clause)
    return last is not None and may_tag(last.group(1), "VVPP", first=False)


def _year_in_attribute(sentence: str, start: int, end: int) -> bool:
    """Does the participial attribute the amount stands in (`participial_attribute`) hold the deal's year, not after
    "seit" ("den 2014 für 19 Mrd. übernommenen Messenger": told from later, D38)?"""
    attribute = participial_attribute(sentence, start, end)
    if attribute is None:
        return False
    low = lower_keeping_offsets(sentence)
    return any(not _reference_point(low, year) for year in _DEAL_YEAR.finditer(low, *attribute))


def _without_joined_predicates(text: str, sentences: Sentences, prices: list[tuple[MoneyMention, int]]) -> str:
    """`text` with the predicates blanked that "und" joins to a price's own (`own_predicate`) and that hold no price;
    and the rest of the sentence around a price's relative clause of an antecedent that is not the deal (a founder,
    the buyer, the app: `relative_clause`) where no other price stands: the antecedent's story ("Jan Koum, der ... für 19 Mrd. verkaufte,
    investiert inzwischen in Oldtimer"), whose cues date no price (issue 7, session 37, when37); and so around a price's
    participle clause ("Für 19 Mrd. gekauft, ist WhatsApp inzwischen ...", `participial_clause`; session 39, recall39)."""
    blanks: list[tuple[int, int]] = []
    for mention, index in prices:
        sent_start, sent_end = sentences.span(index)
        sentence = text[sent_start:sent_end]
        start, end = mention.start - sent_start, mention.end - sent_start
        relative = relative_clause(sentence, start, end) or participial_clause(sentence, start, end)
        if relative is not None:
            outside = ((sent_start, sent_start + relative[0]), (sent_start + relative[1], sent_end))
            blanks.extend(span for span in outside if not any(span[0] <= m.start < span[1] for m, _ in prices))
        if _AND.search(sentence) is None:
            continue
        own_hi = own_predicate(sentence, start, end)[1]
        hi = clause_around(sentence, start, end)[1]
        if own_hi < hi and not any(sent_start + own_hi <= m.start < sent_start + hi for m, _ in prices):
            blanks.append((sent_start + own_hi, sent_start + hi))
    if not blanks:
        return text
    chars = list(text)
    for b0, b1 in blanks:
        chars[b0:b1] = " " * (b1 - b0)
    return "".join(chars)


def clause_moment(sentence: str, start: int, end: int) -> str:
    """The moment a cue in the amount's own clause gives, else `unspecified`."""
    low = _lowered(sentence)
    lo, hi = clause_around(sentence, start, end)
    best: tuple[int, str] | None = None
    for moment, key in _keys(True):
        if not _cue_tests()[key].possible(low):
            continue  # none of its words in the sentence
        for match in _cues()[key].finditer(low, lo, hi):
            if _reference_point(low, match):
                continue  # "seit der Ankündigung": a point things are counted from
            distance = _distance(match.start(), match.end(), start, end)
            if best is None or distance < best[0]:
                best = (distance, moment)
    return UNSPECIFIED if best is None else best[1]


# A date of the deal's two events: February 2014 is the announcement, October 2014 the closing (issue 7, point 6;
# docs/extraction-quality.md, annotation conventions). A year or a day number makes it a date, not a month of
# any year ("bis Februar zustimmen" in 2021). A day and month followed by another year ("19. Februar 2021") is
# another event's date.
_FEBRUARY = "|".join(name for name, number in MONTH_INDEX.items() if number == 1)  # "februar|feber" (models/months.py)
_OCTOBER = "|".join(name for name, number in MONTH_INDEX.items() if number == 9)
_DEAL_DATE = re.compile(
    r"(?<![\wäöüß])(?:\d{1,2}\.\s*)?(?:(?P<feb>" + _FEBRUARY + r")|(?P<oct>" + _OCTOBER + r"))\s+2014(?!\d)"
    r"|(?<![\wäöüß\d])\d{1,2}\.\s*(?:(?P<feb2>" + _FEBRUARY + r")|(?P<oct2>" + _OCTOBER + r"))(?![\wäöüß])(?!\s*\d)"
    # a numeric date of the deal's year ("am 6.10.2014 abgeschlossen", "am 19.02.14 angekündigt"; issue 7, session 59)
    # (not a stamp: a date that ends a line or a label, "Korrektur (05.10.2014):", a byline's "Verein, 04.10.2014")
    r"|(?<![\w.,])\d{1,2}\.\s?(?:(?P<feb3>0?2)|(?P<oct3>10))\.\s?(?:20)?14(?![\d.,]\d|\d)(?![ \t]*(?:[):|\n]|$))"
)


def dated_moment(sentence: str, start: int, end: int) -> str | None:
    """The moment a date of the deal in the amount's clause, else in its sentence, gives ("hatte WhatsApp im
    Februar 2014 für 19 Mrd. übernommen": announced; "im Oktober 2014": closing), else None. A date that "seit"
    governs is a point of reference ("seit Februar 2014 gestiegen"), no moment; two different dates decide nothing."""
    return _dated(lower_keeping_offsets(sentence), clause_around(sentence, start, end))


def _dated(low: str, clause: tuple[int, int]) -> str | None:
    """`dated_moment` on the lowered sentence and the amount's clause."""
    for lo, hi in (clause, (0, len(low))):
        found = {
            "announced" if match.group("feb") or match.group("feb2") or match.group("feb3") else "closing"
            for match in _DEAL_DATE.finditer(low, lo, hi)
            if not _reference_point(low, match)
        }
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _attributed(low: str, lo: int, start: int) -> str | None:
    """The moment of a cue in the attribute an article opens before the amount ("statt der ursprünglich genannten
    19 Milliarden", "die bei der Ankündigung genannten 19 Mrd."): the amount's own words, else None. `low` is the
    lowered sentence, `lo` its clause's start, `start` the amount's."""
    for moment, key in _keys(True):
        if any(_attribute_of(low, match, start) and not _reference_point(low, match)
               for match in _cues()[key].finditer(low, lo, start)):
            return moment
    return None


def stated_moment(sentence: str, start: int, end: int) -> str | None:
    """The moment the amount's own words state beyond doubt: the start of a rise (`starts_a_rise`: announced), a date
    of the deal (`dated_moment`) or a cue in its attribute (`_attributed`); None where only the wider context tells.
    A date of the sentence outside the amount's clause states nothing where a dating cue of the clause itself says
    the other moment ("lag beim Vollzug am 6. Oktober bei rund 21,8 Mrd. – angekündigt waren 19 Mrd.": own42-012)."""
    if starts_a_rise(sentence, start, end):
        return "announced"
    low = lower_keeping_offsets(sentence)  # both tests read one lowered sentence and one clause
    clause = clause_around(sentence, start, end)
    dated = _dated(low, clause)
    if dated is not None and not _dates_in(low, clause) and _clause_cues(low, clause) - {dated}:
        dated = None
    return dated or _attributed(low, clause[0], start)


def _dates_in(low: str, clause: tuple[int, int]) -> bool:
    """Does a date of the deal stand in the clause itself (not governed by "seit")?"""
    return any(not _reference_point(low, match) for match in _DEAL_DATE.finditer(low, *clause))


def _clause_cues(low: str, clause: tuple[int, int]) -> set[str]:
    """The moments the dating cues inside the clause give (`_keys` with `dated`: no tense of news; "seit ..." none)."""
    return {moment for moment, key in _keys(True, dated=True)
            for match in _cues()[key].finditer(low, *clause) if not _reference_point(low, match)}


def _announces_another_act(low: str, cue: re.Match[str]) -> bool:
    """Is the announcing cue followed, after a comma, by an infinitive clause of another act than the deal's ("hat
    angekündigt, Beschwerde einzulegen", "kündigte im März an, gegen die Regeln vorzugehen"; moment.json words
    "infinitive_marker", "deal_infinitives"), or does a separable "kündigt ... an" hold such an act as its object
    ("kündigte Berufung an", own45-046; words "announced_acts")? It announces that act, not the purchase or its price;
    "angekündigt, WhatsApp zu übernehmen" announces the deal (own41-031, own41-049)."""
    if _OFFER.fullmatch(cue.group()) is not None and _DECLINED.search(low, *clause_around(low, cue.start(), cue.end())):
        return True  # "Bereuen Sie, das Angebot von Facebook abgelehnt zu haben?" (own48-058): an offer refused, no price
    if _OFFER.fullmatch(cue.group()) is not None:
        # or the relative clause right after the offer's clause says so, its verb last ("hatte den Gründern ein Angebot
        # gemacht, das sie ablehnten", challenge_price8-007; issue 7, session 29, moment29)
        end = clause_around(low, cue.start(), cue.end())[1]
        relative = _RELATIVE_AFTER.match(low, end)
        if relative is not None and _DECLINED.search(low, relative.end(), clause_around(low, relative.end(), relative.end())[1]):
            return True
    if _ANNOUNCING_VERB.match(low, cue.start()) is None:
        return False  # another cue ("hat 16 Mrd. ausgegeben, um die Daten ... zu lassen": a purpose, no announcing)
    if _ANNOUNCED_ACT.search(low, cue.start(), cue.end()) is not None:
        return True  # "kündigte Berufung an", "kündigt Widerspruch gegen den Bescheid an": the object is another act
    infinitive = _INFINITIVE_CLAUSE.match(low, cue.end())
    if infinitive is None or _PURPOSE.match(low, infinitive.start()) is not None:
        return False
    return _DEAL_INFINITIVE.search(infinitive.group("verb")) is None


def _posted_in_february(text: str, start: int) -> bool:
    """Is the paragraph holding the amount at `start` headed by a line of its own that dates it to February 2014 ("#1
    boersenfuchs_68 | 19.02.2014, 23:12", "@kai@chaos.social · 20. Feb. 2014", "Lisa M., 20. Februar 2014")? A post,
    comment or entry written then is news of the announcement (D10; own41-011, own41-013: a forum thread whose later
    posts tell the closing)."""
    opening = text.rfind("\n\n", 0, start)
    opening = 0 if opening < 0 else opening + 2
    line_end = text.find("\n", opening)
    if line_end < 0 or line_end >= start or line_end - opening > _HEADER_LINE_MAX:
        return False  # the amount on the paragraph's first line, or no short line above it
    return _FEBRUARY_2014.search(lower_keeping_offsets(text[opening:line_end])) is not None


def posted_later_moment(text: str, start: int) -> str | None:
    """`unspecified` where the header lines right above the line of the amount at `start` (at most `_DATELINE_LINES`
    lines of its paragraph, each a `_header_line`) date it only to years after 2014 ("★★★★★ Antwort auf Tobias_K." /
    "Von leselampe am 5. März 2019" over a reader's reply, "Kommentar vom 12.08.2021"): a post, review or entry written
    then tells the deal from later (D60 (b), D61 (a): a comment's own date decides by D38), else None. For the learned
    moment stage's guard (`models.learned.moment_stage.stated_in`), as `_posted_in_february` is the rules' reading of a
    post dated in the announcement's month (issue 7, session 48, year48; own88-006)."""
    opening = text.rfind("\n\n", 0, start)
    opening = 0 if opening < 0 else opening + 2
    line_start = text.rfind("\n", 0, start) + 1
    years: list[int] = []
    for line in reversed(text[opening:line_start].split("\n")[:-1][-_DATELINE_LINES:]):
        if not line.strip() or not _header_line(line):
            break  # a line of prose: the header above the amount's line has ended
        years += [int(date.group("year")) for date in dates.FULL_DATE.finditer(line.lower())]
    return UNSPECIFIED if years and min(years) > _DEAL_YEAR_NUMBER else None


def _dated_while_pending(text: str) -> bool:
    """Does the text's own heading date it between the announcement and the closing ("Mandanteninformation
    Gesellschaftsrecht, März 2014", "Börsenbrief vom 24. Februar 2014", "Berlin, 12.03.2014")? One of its first short
    lines (at most `_DATELINE_LINES`, each a line of its own of at most `_HEADER_LINE_MAX` characters with no closing
    full stop, before the first line of prose) names a month of 2014 from February to September, not as a point things are counted from ("seit
    März 2014"). Such a text was written while the deal was pending: its prices with no cue of their own are the agreed
    ones (D10; own44-013, a law firm's circular of March 2014). A dateline that opens the first line of prose dates the
    text as well ("Frankfurt, 20.02.2014 – ...", `dates.OPENING_DATELINE`)."""
    lines = [line for line in text.split("\n", _DATELINE_LINES * 3)[: _DATELINE_LINES * 3] if line.strip()]
    for line in lines[:_DATELINE_LINES]:
        if not _header_line(line):
            # a line of prose: the text's heading has ended; a dateline that opens it is the text's own date too
            # ("Frankfurt, 20.02.2014 – Der DAX hat ... nachgegeben", models/dates.py; issue 7, session 36, price36)
            dateline = dates.OPENING_DATELINE.match(line)
            return dateline is not None and _names_a_pending_month(dateline.group("date"))
        if _names_a_pending_month(line):
            return True
    return False


def _names_a_pending_month(line: str) -> bool:
    """Does `line` name a month of 2014 from February to September (`_PENDING_2014`), not as a point things are
    counted from ("seit März 2014")?"""
    low = lower_keeping_offsets(line)
    return any(not _reference_point(low, match) for match in _PENDING_2014.finditer(low))


def dated_text_moment(text: str) -> str | None:
    """The moment the text's own date states for a price with no cue of its own: `announced` in a text its heading
    dates while the deal was pending (`_dated_while_pending`), else None (for the learned moment stage, which keeps
    the rules' moment where the text states it: `models.learned.moment_stage.stated_in`)."""
    return "announced" if _dated_while_pending(text) else None


def looked_back_moment(text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """`unspecified` where the words around the amount text[start:end] (in `sentence`, offsets of `text`) tell the
    purchase from a later time (D38's look-backs), else None. The learned moment stage keeps a rule moment that agrees
    with it (`models.learned.moment_stage.stated_in`; issue 7, session 27, learn27): a told-from-later cue of the
    sentence (moment.json "told_from_later": "für damals 19 Mrd.", "vor zwei Jahren", "seit der Übernahme"; "then_adverbs":
    "einst"), the pluperfect in the amount's clause ("hatte ... einst um 19 Mrd. erworben", `_is_pluperfect`), the deal's
    year in the clause with a past tense of paying or buying ("hat WhatsApp 2014 für 19 Mrd. gekauft"), also in the
    question the amount answers ("Wie viel zahlte Facebook 2014 für WhatsApp?\nb) 19 Mrd."), a time since the deal's year
    (moment.json "since_deal_year": "Seit 2014 gehört WhatsApp zu Facebook, das ... bezahlt hat"), or closing a label right
    before the amount ("Kaufpreis 2014: 19,3 Mrd. $"), a list row's bare year in brackets after the amount ("Facebook/
    WhatsApp: 19 Mrd. Dollar (2014)", moment.json shapes "chronicle_row"),
    a line opening with the year of an entry of a chronicle ("2014 – Facebook kauft WhatsApp. Preis: rund 19 Mrd."),
    or the temporal "als" of a past purchase opening the clause ("Als Facebook WhatsApp für 19 Mrd. kaufte, habe es
    geheißen, ..."). The amount's own words come first (`stated_moment`); the look-back comes before the dating cues
    of its sentence (`dating_cue_moment`: "Facebook zahlte für WhatsApp vor zwei Jahren 19 Mrd. Dollar, Microsoft
    legte in diesem Sommer 26,2 Mrd. auf den Tisch" dates the other amount, own13-022)."""
    sent_start, sent_end = sentence
    words = text[sent_start:sent_end]
    low = lower_keeping_offsets(words)
    lo, hi = clause_around(words, start - sent_start, end - sent_start)
    shapes = _shapes()
    own_lo, own_hi = own_predicate(words, start - sent_start, end - sent_start)  # (not a predicate joined by "und")
    if _AGREED.search(low, own_lo, own_hi) is not None or (
            _OFFER.search(low, own_lo, own_hi) is not None and _DECLINED.search(low, lo, hi) is None):
        return None  # "Die Übernahme selbst, 2014 für 19 Mrd. vereinbart, wurde nie rückgängig gemacht": the amount's own
        # clause tells the sum agreed or offered, the announced one also in a look-back (D45, D14; year48, own88-060)
    if _TOLD_FROM_LATER.search(low) is not None or _THEN.search(low) is not None:
        return UNSPECIFIED  # the sentence's: "Der Kaufpreis von damals – 19 Mrd. –" (own8-020), "einst"
    if _SINCE_DEAL_YEAR.search(low) is not None:
        return UNSPECIFIED  # "Seit 2014 gehört WhatsApp zu Facebook, das 19 Mrd. bezahlt hat": a time since the deal's
        # year, told from later for the rules too (`moments_of`, moment27b; issue 7, session 28, year28)
    if any(_is_pluperfect(words, _lowered(words), found) for found in _PLUPERFECT.finditer(low, lo, hi)):
        return UNSPECIFIED  # the clause's pluperfect, a look-back's tense: "So hatte Facebook einst um 19 Mrd. ... erworben"
    past = _PAST_PRICE.search(low, lo, hi) is not None
    if _year_with_past(low, lo, hi):
        return UNSPECIFIED
    if _year_in_attribute(words, start - sent_start, end - sent_start):
        return UNSPECIFIED  # "Für den 2014 für 19 Mrd. übernommenen Messenger folgt ... zunächst wenig" (moment27b)
    line_start = text.rfind("\n", 0, start) + 1
    # the question the amount answers, on its line or the line right before it ("Wie viel zahlte Facebook 2014 für
    # WhatsApp?\na) 1 Mrd. b) 19 Mrd.": a quiz's options, own43-032)
    mark = text.rfind("?", text.rfind("\n", 0, max(0, line_start - 1)) + 1, start)
    if mark >= 0:
        question = lower_keeping_offsets(text[text.rfind("\n", 0, mark) + 1:mark])
        if _year_with_past(question, 0, len(question)):
            return UNSPECIFIED
    before = lower_keeping_offsets(text[line_start:start])
    if shapes["year_label"].search(before) is not None or shapes["dated_line"].match(before) is not None:
        return UNSPECIFIED
    if shapes["chronicle_row"].match(low, end - sent_start) is not None:
        return UNSPECIFIED  # a list row's bare year in brackets after the amount ("9. Facebook/WhatsApp: 19 Mrd. Dollar
        # (2014) …" in a list of record deals, own49-050): the year only, no moment (issue 7, session 29, moment29)
    if (shapes["dated_line"].match(low) is not None and low.find("\n", 0, start - sent_start) < 0
            and dating_cue_moment(words, start - sent_start, end - sent_start) is None):
        return UNSPECIFIED  # an entry of a chronicle run on in one line, opening its sentence ("2012 – Facebook erwirbt
        # Instagram. 2014 – Facebook erwirbt WhatsApp und zahlt dafür 19 Mrd.": challenge_gen9-049; session 28, momall28),
        # unless a cue of the sentence dates the amount ("2014 – ... zahlt beim Vollzug im Oktober knapp 22 Mrd.")
    if past and shapes["when_opening"].match(low, lo) is not None:
        return UNSPECIFIED
    if _generic_buying(low, lo, hi) and dating_cue_moment(words, start - sent_start, end - sent_start) is None:
        return UNSPECIFIED  # the indefinite "man" buying or paying in the amount's clause ("Für 19 Mrd. Dollar kauft man
        # keine Wohltätigkeit", own57-026): the present of anyone, no news of the deal (issue 7, session 33, dpy57)
    relative = _RELATIVE_AFTER.match(low, end - sent_start)
    if (relative is not None and _PAST_PRICE.search(low, relative.end(), clause_around(words, relative.end(), relative.end())[1])
            is not None and dating_cue_moment(words, start - sent_start, end - sent_start) is None):
        return UNSPECIFIED  # the preterite of paying in the relative clause right after the amount, nothing dating it:
        # "Von den 19 Mrd. Dollar, die Facebook für WhatsApp zahlte, flossen nur vier Mrd. in bar" (D38's narrative
        # preterite; challenge_price4-011; issue 7, session 29, moment29)
    return None


# A relative clause right after an amount (its currency word may follow the span read): a comma and a relative pronoun
# ("19 Mrd. Dollar, die Facebook ... zahlte").
_RELATIVE_AFTER = re.compile(r"(?:\s*(?:us-)?(?:dollar|euro|franken))?\s*,\s*(?:die|den|das|welche[nrms]?)\s")


_QUOTE_OPENS = re.compile(f"[{OPENING_QUOTE_MARKS}]")
_QUOTE_CLOSES = re.compile(f"[{CLOSING_DOUBLE_QUOTE_MARKS}]")


def _quoted_from_later(sentence: str, start: int, end: int) -> bool:
    """Does the amount at [start, end) of `sentence` stand in a quotation whose frame outside it, in the same sentence,
    speaks from a later time (moment.json "told_from_later", "counted_back": "„Facebook kauft WhatsApp für 19 Mrd.“ –
    das stand damals überall", "„... zahlt 19 Milliarden“, titelten die Zeitungen vor zehn Jahren")? The quotation's
    news tense is then the recalled headline's, no date of the sum (D86 (b); issue 7, session 59, moment59)."""
    opened = [m.start() for m in _QUOTE_OPENS.finditer(sentence, 0, start)]
    if not opened or _QUOTE_CLOSES.search(sentence, opened[-1] + 1, start) is not None:
        return False
    closed = _QUOTE_CLOSES.search(sentence, end)
    if closed is None:
        return False
    low = lower_keeping_offsets(sentence)
    return _TOLD_FROM_LATER.search(low, 0, opened[-1]) is not None or \
        _TOLD_FROM_LATER.search(low, closed.end()) is not None


def _clause_counted_back(sentence: str, start: int, end: int, dated: bool = True) -> bool:
    """Does the clause of the amount at [start, end) of `sentence` count years back from the text's time or on from the
    purchase (moment.json words "counted_back": "Vor zwei Jahren hat Facebook 19 Mrd. bezahlt", "Sieben Jahre nach dem
    Kauf für 22 Mrd. zeigt sich ..."), or tell the purchase with the deal's year or since it (`_year_with_past`,
    "since_deal_year", "seit der Übernahme")? Then a cue of the sentence outside that clause ("Zum Schluss noch eine Zahl: ...", "...: WhatsApp
    ist endgültig ein Teil von Zuckerbergs Reich") or of the sentence before dates something else, not the sum the
    look-back tells (D38, D45; issue 7, session 59, moment59). With `dated` False only the counts and spans, not the
    deal's year: "hat den Messenger 2014 für knapp 22 Mrd. gekauft – mehr als zunächst angekündigt" names its moment
    in the words after the dash, which a bare year does not set apart."""
    low = lower_keeping_offsets(sentence)
    clause = clause_around(sentence, start, end)
    return _COUNTED_BACK.search(low, *clause) is not None or _SINCE_THE_DEAL.search(low, *clause) is not None or (
        dated and (_SINCE_DEAL_YEAR.search(low, *clause) is not None or _year_with_past(_lowered(sentence), *clause)))


def _year_with_past(low: str, lo: int, hi: int) -> bool:
    """Does low[lo:hi] hold the deal's year (not after "seit") and a past tense of paying or buying (moment.json
    "past_price", "bought_participles")?"""
    return any(not _reference_point(low, year) for year in _DEAL_YEAR.finditer(low, lo, hi)) and (
        _PAST_PRICE.search(low, lo, hi) is not None or _BOUGHT.search(low, lo, hi) is not None)


def starts_a_rise(sentence: str, start: int, end: int) -> bool:
    """Is the amount at [start, end) of `sentence` the sum a rise in its clause starts from ("Der Kaufpreis ist seit der
    Ankündigung von 19 Mrd. auf rund 21,8 Mrd. gestiegen", "stieg von 19 Milliarden Dollar auf knapp 22")? Its words
    state the announced sum (D8), whatever dates the rise's end (own41-007)."""
    low = lower_keeping_offsets(sentence)
    lo = clause_around(sentence, start, end)[0]
    to = _RISE_TO_FIGURE.match(low, end)
    if to is None or _RISE_FROM.search(low, max(lo, start - 40), start) is None:
        return False
    if any(_reference_point(low, cue) or cue.group().startswith("nach")
           for cue in _cues()["closing"].finditer(low, lo, start)):
        return False  # "Seit dem Abschluss / nach dem Vollzug stieg der Wert von 22 Mrd. auf ...": a rise after the closing
    return _RISE_WORD.search(low, lo, clause_around(sentence, to.end(), to.end())[1]) is not None  # past "21,8"


# The joining words of a conversion that opens its own sentence ("Umgerechnet waren das ...", "In Euro gerechnet sind
# das ...", "Das entsprach ..."): moment.json words "conversion_joints", before the amount in its clause.
@lru_cache(maxsize=1)
def _conversion_joint() -> re.Pattern[str]:
    return re.compile(r"(?i)(?<![\wäöüß])(?:" + _words("conversion_joints") + r")(?![\wäöüß])")


def converted_head_moment(text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """The moment the head of a conversion across a full stop states, else None: the amount text[start:end] (in
    `sentence`, offsets of `text`) is the first amount of its sentence, a conversion joint stands before it in its clause
    ("Knapp 22 Mrd. Dollar war das Paket nun wert. In Euro gerechnet waren das rund 17 Mrd.", "... kostete WhatsApp am
    Ende rund 21,8 Mrd. Dollar. Umgerechnet in Euro waren das damals gut 17 Mrd."), and the last amount of the sentence
    right before (no blank line between) is in another currency: D17, a conversion at no stated rate keeps its head's
    moment, which the head's own words (`stated_moment`) or its sentence's dating cues (`dating_cue_moment`) give. The
    learned moment stage keeps a rule moment that agrees with it (`models.learned.moment_stage.stated_in`; issue 7,
    session 28, momall28: own12-063, own19-045). Not at today's rate (D17). A date in the conversion's own clause
    ("Im Februar waren es umgerechnet rund 14 Mrd. Euro gewesen") comes first: the stage asks `stated_moment` before."""
    from models.money import find_money  # here: models.money imports nothing of this module, but keep the top light

    sent_start, sent_end = sentence
    words = text[sent_start:sent_end]
    lo = clause_around(words, start - sent_start, end - sent_start)[0]
    # at today's rate only what the sum would be today, said in the Konjunktiv II ("Zum heutigen Wechselkurs entspräche
    # das gut 20 Mrd. Euro", "Heute umgerechnet wären das etwa 17,6 Mrd. Euro"): a time after the deal's, `unspecified`
    # (D17; M12, issue 7, session 44, year44: the stage overruled challenge_gen20-034's rule moment)
    todays = _TODAYS_RATE.search(words) is not None
    if todays and not unreal_conversion(words[lo : start - sent_start]):
        return None
    if not todays and _conversion_joint().search(words, lo, start - sent_start) is None:
        return None
    found = find_money(words)
    if any(m.end <= start - sent_start for m in found):
        return None  # another amount before it in its sentence: the in-sentence conversion is `_converted_moment`'s
    mine = next((m for m in found if m.start < end - sent_start and start - sent_start < m.end), None)
    if mine is None:
        return None
    starts = _sentence_starts(text)
    index = bisect.bisect_right(starts, sent_start) - 1
    if index <= 0:
        return None
    prev_start = starts[index - 1]
    previous = text[prev_start:sent_start]
    if "\n\n" in previous.rstrip():
        return None
    heads = find_money(previous)
    if not heads or heads[-1].currency in (None, mine.currency):
        return None
    if todays:
        return UNSPECIFIED
    head = heads[-1]
    return stated_moment(previous, head.start, head.end) or dating_cue_moment(previous, head.start, head.end)


def unreal_conversion(words: str) -> bool:
    """Do `words` (a conversion's, before its amount) hold a finite verb in the Konjunktiv II, of any verb
    (`mood.unreal_finite`: "wären das") or of a verb of conversion (deal.json unreal_conversion_finites: "entspräche
    das")? (issue 7, session 44, year44)"""
    from models import mood  # here: mood is read by few callers of this module

    return mood.unreal_finite(words) or context.has("unreal_conversion_finites", words)


_BIG_AMOUNT = 1e9  # the amounts the text-only D8 test reads (price.MIN_PRICE: a company's price)
_CLOSING_RATIO = 1.25  # the largest closing value the text-only D8 test reads, as a multiple of the amount


def set_against_the_closing(text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """`announced` where the amount text[start:end] (in `sentence`, offsets of `text`) is set against a larger figure
    its own words date to the closing, in its sentence, the next, or the opening sentence of the reply right below its
    post (the lead's D8, `_base_of_a_rise_to_closing` over the text's big amounts, each with the moment its own
    sentence's dating cues give: "Kommentar von Jörg (12. Mai 2019) / Damals hat Facebook für WhatsApp 19 Milliarden
    Dollar ausgegeben. / Antwort von Sabine (12. Mai 2019) / Beim Vollzug der Übernahme waren es dann schon rund 22
    Milliarden Dollar."), else None. The learned moment stage keeps a rule moment that agrees with it
    (`models.learned.moment_stage.stated_in`; issue 7, session 29, moment29: the stage overruled challenge_gen10-019's
    D8 across a reply). Read from the text alone, as the stage's folds (`moment_loso`) read it."""
    from models.money import find_money  # here: as in `converted_head_moment`

    found = [m for m in find_money(text) if m.value >= _BIG_AMOUNT]
    amount = next((m for m in found if m.start < end and start < m.end), None)
    if amount is None:
        return None
    # the text's other big amounts are no prices here (revenue, a market value: "Der Umsatz stieg auf 40,1 Mrd."):
    # only a figure at most `_CLOSING_RATIO` times the amount can be the same deal's closing value (19 -> 21,8 or 22)
    amounts = [m for m in found if m.value <= amount.value * _CLOSING_RATIO]
    mine = amounts.index(amount)
    if not any(m.value > amount.value for m in amounts[mine + 1:]):
        return None  # speed: no larger figure after it
    starts = sorted(set(_sentence_starts(text)))
    sentences = Sentences(starts=starts, ends=[*starts[1:], len(text)], text=text)
    prices = [(m, sentences.index_at(m.start)) for m in amounts]
    own = []
    for m, index in prices:
        lo, hi = sentences.span(index)
        own.append(price_moment(text[lo:hi], m.start - lo, m.end - lo, dated=True))
    return "announced" if _base_of_a_rise_to_closing(text, sentences, prices, own, mine) else None


def headed_row_moment(text: str, start: int) -> str | None:
    """The moment the heading of the list or table row holding `start` states for every row (D65 (a),
    `moment_heading.headed_moment`, read by the moment cues without the tense of news), or the header cell of its
    column (`moment_heading.column_moment`, first: one header may name a column for each moment), else None: the learned moment
    stage keeps a rule moment that agrees with it (`models.learned.moment_stage.stated_in`)."""
    def moment_of(clause: str) -> str:
        return text_moment(clause, news=False)

    return moment_heading.column_moment(text, start, moment_of) or moment_heading.headed_moment(text, start, moment_of)


def interim_value_moment(text: str, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """`unspecified` where the amount text[start:end] (in `sentence`, offsets of `text`) is the pending deal valued at
    the report's day (D68 (f), D70 (a)): its clause holds a value word (moment.json words "value_words": "wert",
    "Gegenwert", "beläuft sich") and an adverb of that day ("interim_adverbs": "derzeit nur noch rund 17 Mrd. Dollar
    wert"), or "inzwischen"/"nun" ("pending_adverbs") where its sentence or the one before tells the deal not yet
    completed ("not_completed": "das noch nicht vollzogene Angebot ... inzwischen einen Wert von rund 20 Mrd."); else
    None. Neither the sum announced nor the value at the closing (issue 7, session 51, year51: own91-005, the M07 and P04
    causes of challenge_gen27 and challenge_gen28). The learned stage keeps it (`moment_stage.stated_in`)."""
    sent_start, sent_end = sentence
    low = _lowered(text[sent_start:sent_end])
    lo, hi = clause_around(low, start - sent_start, end - sent_start)
    if _VALUE_WORD.search(low, lo, hi) is None:
        return None
    interim = _INTERIM_ADVERB.search(low, lo, hi) is not None
    if not interim and _PENDING_ADVERB.search(low, lo, hi) is None:
        return None
    starts = _sentence_starts(text)
    index = bisect.bisect_right(starts, sent_start) - 1
    before = starts[index - 1] if index > 0 else sent_start
    pending = _NOT_COMPLETED.search(_lowered(text[before:sent_end])) is not None
    if interim and not pending and _COMPLETED.search(low) is None:
        return UNSPECIFIED
    # ("Mit dem heutigen Abschluss ist das Geschäft aktuell 21,8 Mrd. wert": the completion named done, the day's value
    # is the closing's; review51)
    return UNSPECIFIED if pending else None


def dating_cue_moment(sentence: str, start: int, end: int) -> str | None:
    """The moment the cues of the amount's sentence that date it give (`price_moment` with `dated`: a date, "bei
    Bekanntgabe", "ursprünglich", "bis zum Vollzug", not the tense of news), else None. The learned moment stage keeps
    a rule moment that agrees with it (`models.learned.moment_stage.stated_in`)."""
    moment = price_moment(sentence, start, end, dated=True)
    return None if moment == UNSPECIFIED else moment


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, list[str]]:
    """moment.json "words": the word lists of the module's own phrase shapes (read once)."""
    return _load_moment("moment word lists", lambda spec: dict(spec["words"]))


def _words(name: str) -> str:
    """moment.json "words" list `name` as one alternation, for the module's own phrase shapes below."""
    return "|".join(_word_lists()[name])


# The pending deal valued at the report's day (`interim_value_moment`; moment.json words "value_words",
# "interim_adverbs", "pending_adverbs", "not_completed").
_VALUE_WORD = re.compile(r"(?<![\wäöüß])(?:" + _words("value_words") + r")(?![\wäöüß])")
_INTERIM_ADVERB = re.compile(r"(?<![\wäöüß])(?:" + _words("interim_adverbs") + r")(?![\wäöüß])")
_PENDING_ADVERB = re.compile(r"(?<![\wäöüß])(?:" + _words("pending_adverbs") + r")(?![\wäöüß])")
_NOT_COMPLETED = re.compile(r"(?<![\wäöüß])(?:" + _words("not_completed") + r")(?![\wäöüß])")
# The sum a rise starts from (moment.json words "rise_from", "rise_to", "rise"): "von" before it, an article and an
# attribute or two between ("von den angekündigten 19 Mrd."), "auf" and a figure within its next words ("von 19 Mrd. auf
# rund 21,8 Mrd."), a word of rising in its clause. D8: the figure a later rise started from is the one announced.
_RISE_FROM = re.compile(
    r"(?<![\wäöüß])(?:" + _words("rise_from") + r")\s+(?:(?:de[nmr]|eine[mr]?)\s+)?(?:[\wäöüß-]+\s+){0,2}?$")
# (the figure in digits or in words: "von neunzehn auf knapp zweiundzwanzig Milliarden", models/number_words.py;
# issue 7, session 36, moment36)
_RISE_TO_FIGURE = re.compile(
    r"\s+(?:[^\s.;:!?]+\s+){0,3}?(?:" + _words("rise_to") + r")\s+(?:[\wäöüß.]+\s+){0,2}?(?:\d|(?:"
    + number_words.word_pattern() + r")(?![\wäöüß]))")
# A comma and an infinitive clause after it, its verb last: "zu" before the verb or inside a separable one ("einzulegen").
_INFINITIVE_CLAUSE = re.compile(
    r"\s*,\s*(?:[^,.;:!?\n]*?\s)?(?P<verb>(?:" + _words("infinitive_marker") + r")\s+[\wäöüß]+en|[\wäöüß]+?(?:"
    + _words("infinitive_marker") + r")[\wäöüß]+en)\s*(?=[,.;:!?\n]|$)")
# The deal's own infinitives, at the end of the clause's verb ("zu übernehmen", "abzuschließen", "einzukaufen").
_DEAL_INFINITIVE = re.compile(r"(?:" + _words("deal_infinitives") + r")$")
_ANNOUNCING_VERB = re.compile(r"(?:" + _words("announcing_verbs") + r")(?![\wäöüß])")
# The object of a separable "kündigt ... an" that names another act than the deal ("kündigte Berufung an").
_ANNOUNCED_ACT = re.compile(r"(?<![\wäöüß])(?:" + _words("announced_acts") + r")(?![\wäöüß])")
# The opening of an infinitive clause of purpose ("um ... zu"), read from the comma before it.
_PURPOSE = re.compile(r"[\s,]*(?:" + _words("purpose_openers") + r")\s")
# A date of February 2014 in a header line: "19.02.2014", "19.2.14", "20. Februar 2014", "20. Feb. 2014" (months.py
# names, moment.json words "month_abbreviations_february").
_FEBRUARY_2014 = re.compile(
    r"(?<![\d.])\d{1,2}\.\s*(?:0?2\.\s*(?:20)?14|(?:" + _FEBRUARY + "|" + _words("month_abbreviations_february")
    + r")\s*2014)(?!\d)")
_DEAL_YEAR_NUMBER = 2014  # the year of the announcement and the closing
_HEADER_LINE_MAX = 100  # characters: a post's or entry's header line (name, date, time), not a line of prose


def _header_line(line: str) -> bool:
    """Is `line` (a line of its own) a header line - a heading, a dateline, a post's or reply's header ("Berlin,
    12.03.2014", "Kommentar von Tom_B (3. März 2019)") - not a line of prose: at most `_HEADER_LINE_MAX` characters,
    not ending as a sentence does? The one definition `_dated_while_pending` and `_opens_the_reply` read (issue 7,
    session 29, clean29)."""
    return len(line) <= _HEADER_LINE_MAX and not line.rstrip().endswith((".", "!", "?"))


# A month of 2014 after the announcement and before the closing (February to September, models/months.py numbers 1 to
# 8): "März 2014", "12. Juni 2014", "24.02.2014", "03/2014". A text dated so was written while the deal was pending.
_PENDING_MONTHS = "|".join(name for name, number in MONTH_INDEX.items() if 1 <= number <= 8)
_PENDING_2014 = re.compile(
    r"(?<![\wäöüß\d.])(?:\d{1,2}\.\s*)?(?:" + _PENDING_MONTHS + "|" + _words("month_abbreviations_february")
    + r")\s*2014(?!\d)|(?<![\d.])(?:\d{1,2}\.\s*0?[2-9]\.\s*(?:20)?14|0?[2-9]/2014)(?![\d.]\d)")
_DATELINE_LINES = 3  # the text's first lines that may carry its own date (a heading, a subtitle, a dateline)
_RISE_WORD = re.compile(r"(?<![\wäöüß])(?:" + _words("rise") + r")(?![\wäöüß])")


# moment.json words "exact_ago": an exact count of years back ("heute vor zehn Jahren", "vor genau zehn Jahren").
_EXACT_AGO = re.compile(r"(?<![\wäöüß])(?:" + _words("exact_ago") + r")(?![\wäöüß])")
_DATE_LINES_UP = 3  # the non-empty lines above a sentence's line that may carry the date of its item or post


def _date_above(text: str, start: int) -> re.Match[str] | None:
    """The full date that heads the line or item holding text[start]: a date opening that line before `start`
    ("14.03.2019 — Als Facebook den Dienst kaufte, lag der Preis bei ...": a search result's snippet), else the last
    one of a short line (at most `_HEADER_LINE_MAX` characters) among the `_DATE_LINES_UP` non-empty lines above it
    ("JUBILÄUM · 19.02.2024", "Tim Adler · ... · 19. Februar 2024"); None where there is none. Matched over
    `lower_keeping_offsets` of its line."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = dates.FULL_DATE.match(lower_keeping_offsets(text[line_start:start]).lstrip())
    if opening is not None:
        return opening
    lines_up = 0
    end = line_start - 1
    while end > 0 and lines_up < _DATE_LINES_UP:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        end = begin - 1
        if not line.strip():
            continue
        lines_up += 1
        if len(line) <= _HEADER_LINE_MAX:
            found = list(dates.FULL_DATE.finditer(lower_keeping_offsets(line)))
            if found:
                return found[-1]
    return None


def items_of_other_years(text: str, first: int, second: int) -> bool:
    """Do the amounts at text offsets `first` and `second` stand in items headed by dates of different years
    (`_date_above`): a search result's snippets, a feed's or topic page's teasers, posts of other years side by side?
    One sum, one moment (D24) does not reach across them: "19.02.2014 — Facebook übernimmt WhatsApp für 19 Mrd.
    Dollar" does not date "14.03.2019 — Als Facebook den Dienst kaufte, lag der Preis bei rund 19 Mrd. Dollar", a
    look-back of its own (own49-015; issue 7, session 29, moment29)."""
    one, other = _date_above(text, first), _date_above(text, second)
    return one is not None and other is not None and one.group("year") != other.group("year")


def _counted_back_from_the_date_line(text: str, sent_start: int, sentence: str) -> str | None:
    """The moment an exact count of years back in the sentence gives, counted from the date of a short line at most
    `_DATE_LINES_UP` non-empty lines above it ("Tim Adler · ... · 19. Februar 2024" over "Heute vor genau zehn Jahren
    kaufte Facebook WhatsApp für 19 Milliarden Dollar", own41-053; "JUBILÄUM · 19.02.2024" over "Vor genau zehn Jahren
    kaufte ...", own49-048): February 2014 `announced`, October 2014 `closing`, else None. A count back from a dated
    line is a DATE cue (the lead's ruling of 04:45, session 28); a count that is not exact ("vor gut zehn Jahren", or
    no "genau"/"heute") dates nothing (D38: a look-back). Issue 7, session 29, moment29."""
    low = lower_keeping_offsets(sentence)
    if _EXACT_AGO.search(low) is None:
        return None
    counted = year_relative.years_ago(low)
    if counted is None or counted[0] is None:
        return None
    date = _date_above(text, sent_start)
    if date is None or int(date.group("year")) - counted[0] != 2014:
        return None
    month = int(date.group("month")) - 1 if date.group("month") else MONTH_INDEX[date.group("name")]
    return "announced" if month == 1 else "closing" if month == 9 else None


# The comparative's "als"-clause: a comparative (moment.json words comparatives) in the clause before, then the comma and
# "als" that open the amount's clause ("weniger geboten, als Zuckerberg ... ausgab").
# (the comparative without its own "als"/"wie" before the comma: in "mehr als im Februar, als von 19 Mrd. die Rede
# war" the second "als" is temporal, the comparison already complete)
_COMPARED_ALS = re.compile(r"(?<![\wäöüß])(?:" + _words("comparatives") + r")(?![\wäöüß])"
                           r"(?:(?!(?<![\wäöüß])(?:als|wie)(?![\wäöüß]))[^,;:.!?]){0,80},\s*$")
_ALS_OPENS = re.compile(r"\s*als\s")


def _compared_als_clause(low: str, clause_start: int) -> bool:
    """Does the amount's clause (beginning at `clause_start` of the lower-cased sentence `low`) open with "als" after a
    clause that holds a comparative (issue 7, session 45, year45)?"""
    return _ALS_OPENS.match(low, clause_start) is not None and _COMPARED_ALS.search(low, 0, clause_start) is not None


# A comparative and "als" right before a cue: the cue names what the amount is compared with.
_COMPARED_BEFORE = re.compile(
    r"(?<![\wäöüß])(?:" + _words("comparatives") + r")\s+(?:\S+\s+){0,2}?(?:als|wie)\s+(?:\S+\s+){0,3}$"
)
# A comparison that makes the amount larger than the announced one ("mehr als zunächst angekündigt", "deutlich teurer
# als im Februar genannt"): the cue, complete after "als", names the earlier figure; the amount is the later one.
_MORE_THAN = re.compile(r"(?<![\wäöüß])(?:" + _words("larger") + r")\s+(?:\S+\s+){0,2}?als\s+(?:\S+\s+){0,3}$")
# What may follow such a cue for the comparison to be complete (no amount of its own: "mehr wert als die vereinbarten
# 19 Mrd." compares with the amount, which the cue then dates as an attribute).
_COMPARISON_ENDS = re.compile(r"\w*\s*(?:[.,;:)–—!?-]|$)")


# A comparison's "als"/"wie" clause, however long, up to a cue ("mehr, als unser Bundesland in einem Jahr für alle
# Schulen ausgibt"): a verb there is the standard's, whose subject is someone else.
_COMPARED_CLAUSE_BEFORE = re.compile(
    r"(?<![\wäöüß])(?:" + _words("comparatives") + r"|so\s+[a-zäöüß]+)\s*,?\s+(?:als|wie)\s+[^.;:!?]{0,120}$"
)


def _tense_of_a_compared_standard(low: str, cue: re.Match[str], key: str) -> bool:
    """Is the cue a tense of news (no cue that dates, `_dated_cue`) inside the "als"/"wie" clause of a comparison
    ("Das ist mehr, als unser Bundesland ... für alle Schulen ausgibt", "mehr, als Google je für eine Firma
    ausgegeben hat")? The verb tells what the standard does, not when the amount was paid."""
    return key in ("announced", "announced_anytime") and not _dated_cue(low, cue) and \
        _COMPARED_CLAUSE_BEFORE.search(low, max(0, cue.start() - 160), cue.start()) is not None


def _more_than_announced(low: str, cue: re.Match[str], start: int) -> bool:
    """Does the announcement cue end a comparison "mehr/teurer/höher als (zunächst) angekündigt" that stands after
    the amount at `start` in `low` (the amount's sentence): the amount exceeds the announced figure, the closing?"""
    return (start < cue.start() and _MORE_THAN.search(low, max(0, cue.start() - 80), cue.start()) is not None
            and _COMPARISON_ENDS.match(low, cue.end()) is not None)


# A clause that speaks of a later time than the sentence's opening frame.
_TIME_MOVES_ON = re.compile(r"(?<![\wäöüß])(?:" + _words("later_time") + r")(?![\wäöüß])")
_SENTENCE_OPENING = re.compile(r"^[\W\d]*$")


# "seit" governing a cue ("seit Februar", "seit der Ankündigung (im Februar)", "seit dem Abschluss"): the point from
# which something else is counted, not the moment of an amount. Only the cue itself or its one noun may follow
# "seit": "Seit der Übernahme für 19 Mrd. Dollar im Februar" still dates the amount.
_SINCE_GOVERNS = re.compile(r"(?<![\wäöüß])seit\s+(?:de[mnr]\s+)?(?:(?:" + _words("since_nouns") + r")\w*\s+)?$")


def _reference_point(low: str, cue: re.Match[str]) -> bool:
    """Is the cue the object of "seit" (a point of reference, not the amount's moment)?"""
    return _SINCE_GOVERNS.search(low, max(0, cue.start() - 40), cue.start()) is not None


# A clause that a generalising "wer" opens ("Wer so viel zahlt, will ...", "..., wer WhatsApp kauft"): a free relative
# clause speaks of anyone who does it. Its present tense is the tense of the text's time, not a date of the sum: it
# is no cue of the amount's own (a 2016 commentary says "Wer 19 Mrd. zahlt, ..." too), only of the document's
# moment, which a text that looks back does not have.
_GENERIC_OPENING = re.compile(r"\s*(?:" + _words("generic_openers") + r")\s")
# A negative or universal subject right before the verb ("Kein Konzern zahlt 19 Mrd. Dollar für eine App, ohne ...",
# "Niemand zahlt so viel für ..."): a statement about anyone, in the tense of the text's time, like "wer".
_QUANTIFIED_SUBJECT = re.compile(r"\s*(?:" + _words("quantified_subjects") + r")\s+")
# The indefinite subject "man" (moment.json words "generic_pronouns"): "Man zahlt neunzehn Milliarden nicht für
# Wohltätigkeit", "Für 19 Mrd. kauft man keinen Messenger": a statement about anyone, like a negative subject.
_GENERIC_PRONOUN = re.compile(r"(?<![\wäöüß])(?:" + _words("generic_pronouns") + r")(?![\wäöüß])")
# The same pronoun right after the cue's verb ("kauft man"), with nothing but spaces between.
_GENERIC_PRONOUN_AFTER = re.compile(r"\s+(?:" + _words("generic_pronouns") + r")(?![\wäöüß])")
# A verb of reciprocal agreement in a cue (moment.json words "agreeing": "einigte man sich", "habe sich ... verständigt"):
# its subject is the deal's parties, "man" included, no statement about anyone (issue 7, session 59, moment59).
_AGREEING = re.compile(r"(?<![\wäöüß])(?:" + _words("agreeing") + r")(?![\wäöüß])")
# An indefinite or universal noun phrase that opens the sentence and is the antecedent of the relative clause after its
# comma (moment.json words "generic_antecedents": "Ein Konzern, der 19 Milliarden für einen Messenger ausgibt, kann vieles
# kaufen", "Jedes Unternehmen, das ..."): the clause says what any such company does, no date of the sum; not an
# apposition to a name before it ("Facebook, ein Konzern, der gerade 19 Mrd. ausgibt": the sentence opens with the name).
_GENERIC_ANTECEDENT = re.compile(
    r"^\W*(?:" + _words("generic_antecedents") + r")\s+(?:[\wäöüß-]+\s+){0,3}?[\wäöüß-]+\s*,\s*$")


def _generic(low: str, cue: re.Match[str]) -> bool:
    """Is the cue in a clause that a generalising "wer" opens, the verb right after a negative subject that opens
    its clause, or a verb whose subject is the indefinite "man" (in its clause before it: "Man zahlt 19 Mrd. nicht
    für ...", "..., obwohl man sonst 19 Mrd. nur für Konzerne zahlt"; or right after it: "Für 19 Mrd. kauft man keinen
    Messenger"), or a relative clause of an indefinite or universal antecedent opening the sentence ("Ein Konzern, der
    19 Mrd. für einen Messenger ausgibt, kann vieles kaufen", `_GENERIC_ANTECEDENT`) (lower-cased sentence `low`)? The
    tense of the text's time, no date of the sum (issue 7, session 29, moment29: own50-018; session 39, recall39:
    own69-038)."""
    lo = clause_around(low, cue.start(), cue.end())[0]
    if _GENERIC_OPENING.match(low, lo) is not None:
        return True
    if _GENERIC_ANTECEDENT.match(low, 0, lo) is not None and _RELATIVE_OPENING.match(low, lo) is not None:
        return True  # "Ein Konzern, der 19 Mrd. für einen Messenger ausgibt, ...": anyone such (issue 7, session 39, recall39)
    subject = _QUANTIFIED_SUBJECT.match(low, lo)
    if subject is not None and subject.end() == cue.start():
        return True
    if _AGREEING.search(cue.group()) is not None:
        return False  # "Am Ende einigte man sich auf 19 Mrd.": "man" are the parties agreeing (issue 7, session 59)
    return _GENERIC_PRONOUN.search(low, lo, cue.start()) is not None or _GENERIC_PRONOUN_AFTER.match(
        low, _first_word_end(low, cue)) is not None


def _generic_buying(low: str, lo: int, hi: int) -> bool:
    """Is a present of buying or paying in low[lo:hi] (a cue of moment.json's "buying_tense": "kauft", "zahlt",
    "bezahlt", "erwirbt", "blättert ... hin") a statement about anyone, as the rules read each cue (`_generic`: "kauft
    man", "Wer 19 Mrd. zahlt")? For the learned stage's guard (`looked_back_moment`): the rules' own reading, not a
    second list of verbs. Only buying and paying: "Am Ende einigte man sich auf 16 Mrd." (an announcement cue with
    "man") dates the sum (own19-049)."""
    return _cue_tests()["buying_tense"](low) and any(
        _generic(low, cue) for cue in _cues()["buying_tense"].finditer(low, lo, hi)
    )


def _first_word_end(low: str, cue: re.Match[str]) -> int:
    """The end of the cue's first word ("kauft" of "kauft man", whose cue may run on past the pronoun)."""
    space = low.find(" ", cue.start(), cue.end())
    return cue.end() if space < 0 else space


# The finite verb of the pluperfect ("hatte ... verkauft", "war ... übernommen worden"): what the clause tells lies
# before the text's time, so a news tense of buying or selling in it is no news of the deal.
_PLUPERFECT = re.compile(r"(?<![\wäöüß])(?:" + _words("pluperfect") + r")(?![\wäöüß])")


def _pluperfect_before(low: str, cue: re.Match[str], lo: int) -> bool:
    """Is there a pluperfect auxiliary in the cue's clause before it (from `lo`, at most 120 characters back), or
    right after it, where a subordinate clause puts it last ("nachdem sie den Messenger an Facebook verkauft hatten")?"""
    start = max(lo, clause_around(low, cue.start(), cue.end())[0], cue.start() - 120)
    after = len(low) - len(low[cue.end() :].lstrip())  # the word after the cue's participle
    return _PLUPERFECT.search(low, start, cue.start()) is not None or _PLUPERFECT.match(low, after) is not None


def _news_tense_looking_back(low: str, cue: re.Match[str], key: str, lo: int) -> bool:
    """Is `cue` (of cue key `key`) a tense of news inside a pluperfect clause ("hatte WhatsApp 2014 für 19 Mrd. an
    Facebook verkauft") or inside a temporal als-clause (`_in_a_when_clause`): a look back, no news of the deal? Cues
    that date the amount (`_dated_cue`) still count."""
    return key == "announced" and (_pluperfect_before(low, cue, lo) or _in_a_when_clause(low, cue)) \
        and not _dated_cue(low, cue)


# The opening of a temporal als-clause, after a quotation mark at most.
_WHEN_ALS_OPENS = re.compile(rf"[\s{QUOTE_MARKS}]*als\s")


# The opening of an indirect question (moment.json words "question_clause_openers"), after its comma or at a clause's start.
_QUESTION_OPENS = re.compile(r"\s*(?:" + _words("question_clause_openers") + r")\s")


def _in_an_indirect_question(low: str, cue: re.Match[str], start: int | None = None) -> bool:
    """Does `cue` stand in a clause that a w-word opens as an indirect question, one that does not hold the amount at
    `start` ("Eine Analystin zählte auf, was Chat-Apps inzwischen wert wären: Für die 19 Mrd. ...", "Der Kaufpreis von 13,8
    Mrd. zeigt, welchen Wert Nutzerdaten inzwischen haben")? With `start` None (the cues of a whole sentence or text):
    one that holds no number."""
    if "," not in low:
        return False  # speed: the comma before the question's w-word
    lo, hi = clause_around(low, cue.start(), cue.end())
    holds = lo <= start < hi if start is not None else any(char.isdigit() for char in low[lo:hi])
    # (after the comma of the verb it depends on: a w-clause that opens the sentence is a free relative, "Was Facebook am
    # Ende zahlte, waren 22 Mrd.", whose cue is the amount's)
    if holds or not low[:lo].rstrip().endswith(",") or _QUESTION_OPENS.match(low, lo) is None:
        return False
    # (nor one whose comma a copula follows: the w-clause is its subject, a free relative, "Er sagte, was Facebook
    # schließlich gezahlt habe, seien 21,8 Mrd. gewesen"; review55 12:13. A verb of saying after it is an inquit:
    # "..., welchen Wert Daten inzwischen haben, sagte sie")
    return _COPULA_AFTER.match(low, hi) is None


_COPULA_AFTER = re.compile(r"\s*,\s*(?:ist|sind|war|waren|sei|seien|wäre|wären|bleibt|blieb|blieben|betrug|betrugen|"
                           r"beträgt|lag|lagen|liegt)(?![\wäöüß])")


def _price_in_a_when_clause(sentence: str, start: int, end: int) -> bool:
    """Does the amount at [start, end) of `sentence` stand in a temporal als-clause (`_when_clause_at`): one that closes
    with a comma after its last word, a word that may be a finite verb and is written small ("Als wir den Dienst für
    19 Mrd. gekauft haben, war ...")? Not "als" as the preposition of a role in a main clause ("Als Kaufpreis nennt
    Facebook 19 Mrd. Dollar, wie ...": its clause ends in a noun; review55)."""
    if "als" not in sentence and "Als" not in sentence:
        return False  # speed: the clause's conjunction
    low = _lowered(sentence)
    lo, hi = clause_around(low, start, end)
    if not _when_clause_at(low, lo, hi):
        return False
    last = list(_WORDS.finditer(sentence, lo, hi))
    return bool(last) and last[-1].group()[:1].islower() and _last_word_finite(sentence, (lo, hi)) is not False


def _in_a_when_clause(low: str, cue: re.Match[str]) -> bool:
    """Is `cue` in a clause that "als" opens as a clause of time (`_when_clause_at`), the cue its verb at the clause's
    end, an auxiliary after it at most ("Als wir den Dienst für 19 Mrd. gekauft haben, war das nicht absehbar"): the
    purchase as the time of another event, told from later, as the preterite "Als Facebook ... kaufte" does; the perfect
    there is no news of the deal (issue 7, session 55, year55)? Not "Als Preis nannte Facebook ...", a main clause
    whose verb comes second (review55)."""
    lo, hi = clause_around(low, cue.start(), cue.end())
    after = low[cue.end() : hi].split()
    return _when_clause_at(low, lo, hi) and (not after or (len(after) == 1 and _AUXILIARY.fullmatch(after[0]) is not None))


# The auxiliaries that may follow a participle at the end of a verb-final clause.
_AUXILIARY = re.compile(r"(?:hat|haben|habe|hatte|hatten|ist|sind|sei|war|waren|wurde|wurden|worden)")


def _when_clause_at(low: str, lo: int, hi: int) -> bool:
    """Does the clause [lo, hi) of `low` open with "als" (after a quotation mark at most), not after a comparative
    (`_compared_als_clause`), and close with a comma, a main clause after it?"""
    return _WHEN_ALS_OPENS.match(low, lo) is not None and low[hi:].lstrip().startswith(",") \
        and _COMPARED_ALS.search(low, 0, lo) is None


def _dated_cue(low: str, cue: re.Match[str]) -> bool:
    """Is the cue one that dates the amount in any text (`announced_dated`), not only the news tense?"""
    return _cues()["announced_dated"].fullmatch(low, cue.start(), cue.end()) is not None


@lru_cache(maxsize=1)
def _shapes() -> dict[str, re.Pattern[str]]:
    """moment.json "shapes": a chronicle's year entry before a cue ("chronicle_entry"), what may open a sentence
    before a verb that opens it ("label_opening"), and what makes such a verb a condition or a question after it
    ("condition_rest")."""
    def build(spec: dict[str, Any]) -> dict[str, re.Pattern[str]]:
        return {name: re.compile(pattern) for name, pattern in spec["shapes"].items()}

    return _load_moment("moment sentence shapes", build)


@lru_cache(maxsize=4)
def _sentence_starts(text: str) -> tuple[int, ...]:
    """The layer's sentence starts in `text` (`models.sentences.sentence_starts`, which knows German abbreviations,
    ordinals and line breaks), with 0; kept for the few texts in a row whose cues ask (a document's, a sentence's)."""
    return (0, *sentence_starts(text))


def _opening_of(text: str, cue: re.Match[str]) -> int:
    """The offset where the layer's sentence holding the cue begins in `text` (the cue's match is over the lowered
    text, whose offsets are `text`'s)."""
    starts = _sentence_starts(text)
    return starts[bisect.bisect_right(starts, cue.start()) - 1]


def _undated_news_opening(text: str, low: str, cue: re.Match[str], key: str) -> int | None:
    """Where the sentence of `cue` begins (`_opening_of`), when the cue (of cue key `key`) is a tense of news
    that dates no amount by its own words (not `_dated_cue`); None for any other cue. The two shapes in which such a
    tense dates no sum (`_chronicle_present`, `_verb_first_condition`) both read the cue from this opening. `low` is
    `text` lowered (`lower_keeping_offsets`)."""
    if key not in ("announced", "announced_anytime") or _dated_cue(low, cue):
        return None
    return _opening_of(text, cue)


def _news_tense_dates_nothing(text: str, low: str, cue: re.Match[str], key: str) -> bool:
    """Is `cue` (of cue key `key`, found in `low`, `text` lowered) a tense of news in a chronicle's year entry or in a
    verb-first condition or question, which dates no sum? The cue's opening is found once for both shapes."""
    opening = _undated_news_opening(text, low, cue, key)
    return opening is not None and (_chronicle_present(low, cue, opening) or _verb_first_condition(low, cue, opening))


def _chronicle_present(low: str, cue: re.Match[str], opening: int) -> bool:
    """Is `cue`, a tense of news whose sentence or line opens at `opening` (`_undated_news_opening`), in a chronicle's
    year entry ("2014: Facebook kauft WhatsApp für 19 Mrd. Dollar", "2014 – Facebook kauft WhatsApp. Preis: rund 19
    Mrd.")? A list of years tells each year's event in the present: the year dates the purchase, the tense dates no
    sum (own10-019, own33-058 annotate `unspecified`). So is a list row whose year stands in brackets after the cue
    ("Facebook kauft WhatsApp (2014): 19 Mrd. Dollar" among other deals, own45-057; "chronicle_row"). Cues that date
    the amount ("2014: Im Februar kündigt Facebook die Übernahme an") still count: `_undated_news_opening` gives them
    no opening."""
    return (_shapes()["chronicle_entry"].fullmatch(low, opening, cue.start()) is not None
            or _shapes()["chronicle_row"].match(low, cue.end()) is not None)


def _verb_first_condition(low: str, cue: re.Match[str], opening: int) -> bool:
    """Is `cue`, a tense of news whose sentence or line opens at `opening` (`_undated_news_opening`), the verb that
    opens its sentence, with a comma and a main clause after it ("Übernimmt ein großes Unternehmen ein kleineres,
    spricht man von einer Akquisition", "Zahlt ein Konzern so viel, will er ...")? A verb-first clause before the
    main clause is a condition: the present of anyone who does it, like "wer" and "wenn" (`_generic`), no date of
    the sum. Nor does a yes-no question ("Faktencheck: Hat Facebook 22 Milliarden für WhatsApp bezahlt?"): it asks
    whether, it tells nothing."""
    return _SUBORDINATOR.match(low, cue.start()) is None and \
        _shapes()["label_opening"].fullmatch(low, opening, cue.start()) is not None and \
        _shapes()["condition_rest"].match(low, cue.end()) is not None


# The word that opens a subordinate or relative clause: a cue that begins with it is the clause's verb-final perfect
# ("Seit Facebook WhatsApp ... gekauft hat, ..."), not a verb that opens its sentence.
_SUBORDINATOR = re.compile(r"(?:" + _words("subordinators") + r")\s")


@lru_cache(maxsize=1)
def _denied_closing() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a closing participle of moment.json "closing_participles" with any ending, a negation of "not_yet" right
    before a cue or one word before it, up to the cue)."""
    def build(spec: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
        participle = re.compile("(?:" + "|".join(spec["closing_participles"]) + r")\w*")
        negation = re.compile(r"(?<![\wäöüß])(?:" + "|".join(spec["not_yet"]["negations"]) + r")\s+(?:[\wäöüß]+\s+)?$")
        return participle, negation

    return _load_moment("moment denied closing", build)


def _not_yet(low: str, cue: re.Match[str]) -> bool:
    """Is the closing cue a participle of closing that a negation denies ("Die Übernahme ist angekündigt, nicht
    vollzogen", "Der Kauf ist noch nicht abgeschlossen")? Such a text speaks before the closing: the announced deal."""
    participle, negation = _denied_closing()
    return participle.fullmatch(low, cue.start(), cue.end()) is not None and \
        negation.search(low, max(0, cue.start() - 30), cue.start()) is not None


# A stage of the deal before its completion, named by the clause of a closing month ("genehmigte ... im Oktober", "die
# Freigabe im Oktober", "gab grünes Licht"; moment.json "earlier_stages"), and the words of the completion itself
# (moment.json "completion_words").
_EARLIER_STAGE = re.compile(r"(?<![\wäöüß])(?:" + _words("earlier_stages") + r")(?![\wäöüß])")


def names_an_approval(low: str) -> bool:
    """Does the lower-cased text name the deal's approval, a stage before its completion (moment.json earlier_stages:
    "genehmigt", "Freigabe", "grünes Licht", "winkte durch")? models/year.py reads it for a conjunct that goes on with
    the purchase (issue 7, session 43, prec43)."""
    return _EARLIER_STAGE.search(low) is not None
_COMPLETED = re.compile(r"(?<![\wäöüß])(?:" + _words("completion_words") + r")(?![\wäöüß])")


def _dates_an_earlier_stage(low: str, cue: re.Match[str]) -> bool:
    """Is the closing cue a month that dates a stage before the completion, the clause holding the approval and no
    word of the completion ("Die EU-Kommission hat die Übernahme ... am 3. Oktober 2014 genehmigt", "Die Freigabe im
    Oktober")? The deal is still pending there: the contract sum is the agreed one (the lead's D54 (b); issue 7,
    session 40, when40, own71-016)."""
    if "oktober" not in cue.group() and "herbst" not in cue.group():
        return False
    lo, hi = clause_around(low, cue.start(), cue.end())
    if len(low[lo : cue.start()].split()) + len(low[cue.end() : hi].split()) <= 2 and lo > 0 and hi < len(low):
        # a date set off by commas ("..., am Freitag, dem 3. Oktober 2014, ohne Auflagen genehmigt"): the clause around it
        lo, hi = clause_around(low, lo - 1, lo - 1)[0], clause_around(low, hi + 1, hi + 1)[1]
    clause = low[lo:hi]
    return _EARLIER_STAGE.search(clause) is not None and _COMPLETED.search(clause) is None


# A temporal "als" clause right after a date: "mehr als im Februar, als von 19 Mrd. die Rede war".
_WHEN_CLAUSE_AFTER = re.compile(r"\s*,\s*als\s")


def _dated_by_its_when_clause(low: str, cue: re.Match[str], start: int) -> bool:
    """Is the cue a date that a temporal "als" clause after it defines, and the amount at `start` in that clause ("...
    deutlich mehr als im Februar, als von 19 Milliarden Dollar die Rede war")? The date compared with is the time of
    the amount the clause tells (issue 7, session 40, when40, own71-012)."""
    after = _WHEN_CLAUSE_AFTER.match(low, cue.end())
    return after is not None and start >= after.end() and clause_around(low, start, start + 1)[0] <= after.end()


def _opens_sentence(low: str, cue: re.Match[str]) -> bool:
    """Does the cue open the sentence (nothing but punctuation, digits or space before it)?"""
    return _SENTENCE_OPENING.match(low, 0, cue.start()) is not None


def _attribute_of(low: str, cue: re.Match[str], start: int) -> bool:
    """Does the cue open an attribute of the amount starting at `start` ("die bei der Ankündigung genannten 19 Mrd.")?"""
    return (cue.end() <= start and _ARTICLE_BEFORE.search(low, 0, cue.start()) is not None
            and _ATTRIBUTE_REST.match(low, cue.end(), start) is not None)


def _nearer_another(low: str, cue: re.Match[str], others: list[tuple[int, int]], start: int, distance: int) -> bool:
    """Is the cue nearer one of `others` (the other amounts of the clause) than this one, or part of the
    attribute that an article opens before another ("statt der im Februar genannten 19 Mrd.")?"""
    if _RISE_END_BEFORE.search(low, max(0, cue.start() - 4), cue.start()) and _RISE_TO.match(low, cue.end()):
        # "Der Preis von 19 Mrd. stieg bis zum Abschluss auf rund 22 Mrd.": "bis" marks the end of the rise,
        # the moment of the amount it rises to, however near the amount it rises from stands
        return start < cue.start() and any(o_start >= cue.end() for o_start, _ in others)
    for o_start, o_end in others:
        other_distance = _distance(cue.start(), cue.end(), o_start, o_end)
        if other_distance < distance:
            return True
        if (start < cue.start() < o_start and _ARTICLE_BEFORE.search(low, 0, cue.start()) is not None
                and _ATTRIBUTE_REST.match(low, cue.end(), o_start) is not None):
            return True
    return False


_FINALLY = re.compile(r"(?:" + _words("finally_particle") + r")")
_JUSTIFYING = re.compile(r"(?<![\wäöüß])(?:" + _words("justifying") + r")(?![\wäöüß])")
_OWNING_PRESENT = re.compile(r"(?<![\wäöüß])(?:" + _words("owning_present") + r")(?![\wäöüß])")


@lru_cache(maxsize=1)
def _present_of_buying() -> re.Pattern[str]:
    """The present of buying or paying (moment.json "announced_tense": "zahlt", "kauft", "übernimmt")."""
    return _load_moment("moment present of buying", lambda spec: re.compile(
        r"(?<![\wäöüß])(?:" + "|".join(f"(?:{p})" for p in spec["announced_tense"]) + r")(?![\wäöüß])"))


def _reason_particle(low: str, cue: re.Match[str]) -> bool:
    """Is the closing cue "schließlich" the modal particle of a reason, no time (D9 names it a closing cue where it tells
    the last step): a causal conjunction opening its clause or a modal particle by it ("denn Facebook zahlt schließlich
    19 Mrd.", "er zahlt ja schließlich 19 Mrd."), or a present of buying or paying in its clause ("Schließlich zahlt
    Facebook 19 Mrd. für einen Dienst ohne Umsatz": the tense of an argument; the last step of a story is told in the
    past, "schließlich zahlte Facebook knapp 22 Mrd."), or a present of owning ("..., gehört der Dienst schließlich":
    the buyer owns it after all)?"""
    if _FINALLY.fullmatch(cue.group()) is None:
        return False
    lo, hi = clause_around(low, cue.start(), cue.end())
    return (_JUSTIFYING.search(low, lo, cue.start()) is not None
            or _JUSTIFYING.match(low, cue.end() + 1) is not None
            or _present_of_buying().search(low, lo, hi) is not None
            or _OWNING_PRESENT.search(low, lo, hi) is not None)


def _dates_another_value(low: str, cue: re.Match[str]) -> bool:
    """Is a closing cue told as a point in time ("nach Abschluss", "nach dem Vollzug") for a clause about another value,
    one of deal.json's not-price nouns and no price or worth of the deal ("Nach Abschluss der Übernahme stieg der
    Börsenwert um 20 Mrd.")? It dates that value's change, not the price told before it. Issue 7, session 35, price35
    (price34's probe)."""
    if not cue.group().startswith("nach"):
        return False
    clause = low[slice(*clause_around(low, cue.start(), cue.end()))]
    return context.has("not_price_nouns", clause) and _PRICE_OR_WORTH.search(clause) is None


# The price or the deal's worth named in a clause ("der Kaufpreis", "der Wert des Deals", "kostete").
_PRICE_OR_WORTH = re.compile(r"(?<![\wäöüß])(?:[\wäöüß-]*preis\w*|[\wäöüß-]*summe\w*|(?:gesamt)?wert(?:es|s)?|kost\w*|zahl\w*)(?![\wäöüß])")


def _rises_to(low: str, cue: re.Match[str]) -> bool:
    """Is the cue a finite verb of rising with its "auf" ("stieg ... auf", "kletterte mit der Aktie auf", "erhöhte sich
    auf"; moment.json "closing")? It dates the figure it rises to, after it; the sum before it is where the rise began."""
    return low.endswith("auf", cue.start(), cue.end()) and _RISE.match(low, cue.start()) is not None


def _rise_of_another_sum(sentence: str, cue: re.Match[str], start: int, end: int) -> bool:
    """Does the cue of a rise hold the figure it rises to, and is that figure not the amount at [start, end) ("deren Kurs
    ist von rund 68 auf gut 77 Dollar geklettert": a share price's rise)? The cue dates what it rises to, another sum
    (any size: the sentence's other amounts of interest are only the big ones). Issue 7, session 40, price40
    (own69-010)."""
    if start < cue.end() and cue.start() < end:
        return False
    return any(found.currency is not None or found.has_scale for found in find_money(sentence[cue.start() : cue.end()]))


# "bis" before a cue of a rise: "stieg bis zum Abschluss (durch Kursgewinne) auf rund 22 Mrd." (then "auf").
_RISE_END_BEFORE = re.compile(r"(?<![\wäöüß])bis\s+$")
_RISE_TO = re.compile(r"(?:\s+[\wäöüß-]+){0,4}?\s+auf\s")


# An article right before a cue: the cue opens an attribute of the noun (the amount) that follows.
_ARTICLE_BEFORE = re.compile(r"(?<![\wäöüß])(?:der|die|den|des|dem)\s+$")
# What may stand between such a cue and its amount: a participle or two ("angekündigten", "offiziell genannten").
_ATTRIBUTE_REST = re.compile(r"\s*(?:[\wäöüß-]+\s+){0,2}$")


def _belongs_to_another(sentence: str, cue: re.Match[str], others: tuple[tuple[int, int], ...],
                        rivals: tuple[tuple[int, int], ...], distance: int) -> bool:
    """Is the cue another amount's: in that amount's clause, or nearer to another price?"""
    cue_clause = clause_around(sentence, cue.start(), cue.end())
    return any(cue_clause[0] <= other_start < cue_clause[1] for other_start, _ in others) or any(
        _distance(cue.start(), cue.end(), other_start, other_end) < distance for other_start, other_end in rivals
    )


# A figure written in digits with its scale ("rund 450 Millionen", "2,5 Mrd."): a quantity of its own, whatever it counts
# (users, messages, revenue), also below a price's size. Not a rate ("um 20 Prozent zugelegt", "mit -3,4 % negativ"):
# a change told beside the deal's date or its closing is read as before (challenge_price18-004, own81-008).
_FIGURE = re.compile(r"(?<![\wäöüß.,])\d[\d.,]*\s*(?:millionen|milliarden|mio\.|mrd\.|mia\.)(?![\wäöüß])")


def _figure_of_its_own(sentence: str, low: str, cue: re.Match[str], start: int) -> bool:
    """Is the cue, outside the clause of the amount at `start`, in a clause that holds a figure of its own ("Sie nennen 19
    Mrd. Dollar als Preis, ... – tatsächlich waren es zum Zeitpunkt der Ankündigung rund 450 Millionen": the cue dates
    the user count its clause states, not the price; issue 7, session 48, year48, own88-009)?"""
    lo, hi = clause_around(sentence, cue.start(), cue.end())
    return not lo <= start < hi and _FIGURE.search(low, lo, hi) is not None


def _distance(cue_start: int, cue_end: int, start: int, end: int) -> int:
    return start - cue_end if cue_end <= start else max(0, cue_start - end)


def text_moment(text: str, news: bool = True) -> str:
    """The moment every cue of `text` points to, else `unspecified` (cues of both kinds, or none); `news` as in
    `price_moment`."""
    found = _told_moments(text, news)
    return found.pop() if len(found) == 1 else UNSPECIFIED


def _told_moments(text: str, news: bool = True, dated: bool = False) -> set[str]:
    """The moments the cues of `text` tell, leaving out the point a comparison is made with ("höher als
    angekündigt") and a point of reference for what came after ("seit der Ankündigung im Februar gestiegen")."""
    low = _lowered(text)
    told: set[str] = set()
    for moment, key in _keys(news, dated):
        if not _cue_tests()[key](low):
            continue  # speed: none of its words in the text
        for m in _cues()[key].finditer(low):
            if (_reference_point(low, m) or _COMPARED_BEFORE.search(low, max(0, m.start() - 80), m.start())
                    or _news_tense_looking_back(low, m, key, 0) or _generic(low, m)
                    or (moment == "announced" and _announces_another_act(low, m))
                    or (moment == "announced" and _day_of_the_closing(low, m))
                    or _news_tense_dates_nothing(text, low, m, key)
                    or (moment == "closing" and _reason_particle(low, m))
                    or (moment == "closing" and _dates_another_value(low, m))
                    or (moment == "closing" and _in_an_indirect_question(low, m))):
                continue
            # "noch nicht abgeschlossen": a closing denied tells the time before it, the deal announced and pending
            told.add("announced" if moment == "closing" and (_not_yet(low, m) or _dates_an_earlier_stage(low, m))
                     else moment)
    return told


def moments_of(doc: Doc, text: str, sentences: Sentences, prices: list[tuple[MoneyMention, int]],
               amounts: list[MoneyMention]) -> list[str]:
    """The moment of each price (mention, sentence index) of `doc`, in order (see the module docstring).

    `amounts` are the document's big amounts (prices or not): a cue in the clause of one of them is its own.
    """
    price_sentences = {index for _, index in prices}
    parties = doc._.deal_parties or []
    looks_back = _looks_back(text, sentences, parties)
    # the news tense dates a price only in a text that reports the deal as news (`_keys`): not in one that looks back,
    # nor in one about the later sharing of data (`_later_sharing`)
    news = not looks_back and not _later_sharing()(text)
    moments = []
    own: list[str] = []  # the moment each price's own sentence gives it
    tensed: set[int] = set()  # prices whose own moment only the news tense gave
    told_later: set[int] = set()  # prices whose own sentence speaks from a later time ("told_from_later")
    interim: set[int] = set()  # prices that value the pending deal at the report's day (`interim_value_moment`)
    for mention, index in prices:
        sent_start, sent_end = sentences.span(index)
        sentence = text[sent_start:sent_end]
        others = tuple(
            (m.amount_start - sent_start, m.end - sent_start) for m in amounts
            if sent_start <= m.amount_start < sent_end and m.amount_start != mention.amount_start
        )
        rivals = tuple(
            (m.amount_start - sent_start, m.end - sent_start) for m, _ in prices
            if sent_start <= m.amount_start < sent_end and m.amount_start != mention.amount_start
        )
        # a price whose own sentence speaks from a later time (moment.json "told_from_later", D38's look-back words:
        # "Vor ein paar Jahren hat Facebook ... 19 Mrd. ausgegeben", "Dass Facebook 19 Mrd. gezahlt hat, verstehen viele
        # bis heute nicht") is told in a look-back's perfect, not in the tense of news (moment26b's Left)
        later_told = _TOLD_FROM_LATER.search(lower_keeping_offsets(sentence)) is not None or _SINCE_DEAL_YEAR.search(
            lower_keeping_offsets(sentence)) is not None or _year_with_past(
            _lowered(sentence), *clause_around(sentence, mention.start - sent_start, mention.end - sent_start))
        # (or the deal's year with a past or perfect of paying or buying in the price's clause: "Für WhatsApp (2014) hat
        # Facebook 19 Mrd. bezahlt", "2014 hat Facebook ... bezahlt": told from later, D38)
        # (or the deal's year in the participial attribute the price stands in: "Für den 2014 für 19 Mrd. übernommenen
        # Messenger folgt ... wenig": the purchase told as a past event, D38)
        later_told = later_told or _year_in_attribute(sentence, mention.start - sent_start, mention.end - sent_start)
        # (or a temporal als-clause that holds the price: "Als wir den Dienst für 19 Mrd. gekauft haben, war ...": the
        # purchase as the time of another event, told from later; issue 7, session 55, year55)
        later_told = later_told or _price_in_a_when_clause(sentence, mention.start - sent_start, mention.end - sent_start)
        if later_told:
            told_later.add(len(own))
        clause_later = _clause_counted_back(sentence, mention.start - sent_start, mention.end - sent_start)
        moment = price_moment(sentence, mention.start - sent_start, mention.end - sent_start, others, rivals,
                              news and not later_told, clause_only=_clause_counted_back(
                                  sentence, mention.start - sent_start, mention.end - sent_start, dated=False))
        if moment == "closing" and (spanned := _span_since_the_deal(sentence)) is not None:
            # "Seit dem 19-Milliarden-Dollar-Deal ist WhatsApp gewachsen: ... nutzen den Dienst inzwischen": 'seit'
            # spans the time from the purchase to the sentence's present, whose "inzwischen" is that present, not
            # the closing (own56-018)
            moment = price_moment(spanned, mention.start - sent_start, mention.end - sent_start, others, rivals, False)
        if moment == "announced" and price_moment(
                sentence, mention.start - sent_start, mention.end - sent_start, others, rivals, dated=True) == UNSPECIFIED:
            tensed.add(len(own))  # only the news tense ("Facebook zahlt 22 Mrd. für WhatsApp") gave it
            if _quoted_from_later(sentence, mention.start - sent_start, mention.end - sent_start):
                # "„Facebook kauft WhatsApp für 19 Milliarden Dollar“ – das stand damals überall": a headline quoted
                # by a frame that looks back is recalled, its present no news of the text's time (D86 (b), D45)
                moment = UNSPECIFIED
                tensed.discard(len(own))
                told_later.add(len(own))
        if moment == "closing" and (_after_a_rival_bid(text, sentences, index)
                                    or _after_an_expectation(text, sentences, index)):
            # "Google soll zehn Milliarden geboten haben. ... Facebook zahlt schließlich 19 Milliarden": the end of
            # the bidding (or of the guessing: "Ich hatte mit zehn Milliarden gerechnet. Dass es am Ende 19 Mrd.
            # wurden"), not the closing; the sentence's other cues still count ("zahlt" is the announcement), and with
            # none the outcome of the bidding is the price agreed at the announcement
            moment = price_moment(_END_OF_BIDDING.sub(lambda m: " " * len(m.group()), sentence),
                                  mention.start - sent_start, mention.end - sent_start, others, rivals, news)
            moment = "announced" if moment == UNSPECIFIED else moment
        if (moment == UNSPECIFIED or len(own) in tensed) and _posted_in_february(text, mention.start):
            # "#1 anleger77 | 19.02.2014, 22:40 / Facebook kauft WhatsApp für 19 Mrd. Dollar": a post or entry headed
            # by a date of the announcement's month is news of the deal, whatever later posts tell (D10)
            moment = "announced"
            tensed.discard(len(own))
        if moment == UNSPECIFIED and (counted := _counted_back_from_the_date_line(text, sent_start, sentence)) is not None:
            # "19. Februar 2024 / Heute vor genau zehn Jahren kaufte Facebook WhatsApp für 19 Mrd. Dollar": the count
            # back from the line's date is a date of the amount (the lead's ruling of 04:45, session 28; own41-053)
            moment = counted
        if moment == UNSPECIFIED and (headed := headed_row_moment(text, mention.start)) is not None:
            # "Zukäufe (Jahr, Preis bei Bekanntgabe) / WhatsApp (2014): 19 Mrd. Dollar": the heading of
            # a list or table states the moment of every row that names none itself (D65 (a), models/moment_heading.py)
            moment = headed
        if interim_value_moment(text, (sent_start, sent_end), mention.start, mention.end) is not None:
            # "ist die Offerte derzeit nur noch rund 17 Mrd. Dollar wert": the pending deal valued at the report's day,
            # no cue nor context of the text dates it otherwise (D68 (f), D70 (a); year51)
            moment = UNSPECIFIED
            interim.add(len(own))
        own.append(moment)
        if len(own) - 1 in interim:
            moments.append(moment)
            continue
        if moment == UNSPECIFIED and index > 0 and _refers_to_the_time_before(
                sentence, mention.start - sent_start, mention.end - sent_start):
            # "... im Februar 2014 in Barcelona. Wenige Tage zuvor hatten sie ihre Firma für 19 Mrd. verkauft": the
            # time the sentence before names is the amount's, whatever that sentence is about
            told = _told_moments(text[slice(*sentences.span(index - 1))], news, dated=True)
            moment = told.pop() if len(told) == 1 else UNSPECIFIED
        if moment == UNSPECIFIED and index > 0:
            block = block_at(doc, sent_start)
            previous = text[slice(*sentences.span(index - 1))]
            # (a price whose own clause speaks from a later time takes the time of the sentence before only where that
            # sentence is about the purchase itself, "Der Kauf wurde im Oktober abgeschlossen. Facebook zahlte 2014 ...
            # 21,8 Mrd.": not "Ursprünglich hatte die Behörde 30 Mio. vorgesehen. WhatsApp, das Facebook seit der
            # Übernahme für damals 19 Mrd. gehört, ...", whose cue dates another thing; issue 7, session 59, moment59)
            if block is not None and sentences.starts[index - 1] >= block.start and _may_date_what_follows(
                previous, index - 1, parties, price_sentences, news
            ) and not (clause_later and not _about_the_deal(previous, index - 1, parties, price_sentences, news)) \
                    and not _told_in_the_pluperfect(text, sent_start, sentence, mention):
                moment = text_moment(_without_other_amounts(previous, sentences.starts[index - 1], amounts, prices),
                                     news)
                if moment == "closing" and _after_a_larger_figure(mention, sentences.span(index - 1), amounts):
                    # "Weil die Aktie bis zum Vollzug gestiegen war, lag der Wert bei 21,8 Mrd. Nach heutigem Kurs
                    # entsprächen die 19 Mrd. von damals ...": the closing dates the larger figure, not the smaller
                    # sum after it (D8: the sum before the rise to the closing value is not the closing's)
                    moment = UNSPECIFIED
        if moment == UNSPECIFIED:
            moment = _moment_of_the_question(doc, sent_start, news)
        if moment == UNSPECIFIED:
            moment = _moment_pointed_back(text, sentences, index, amounts, news)
        moments.append(moment)
    # the document's cues leave out a predicate joined to a price's by "und" that holds no price ("19 Mrd. gezahlt und
    # verdiene inzwischen ... drei Mrd.": the revenue's time, `own_predicate`)
    own_text = _without_joined_predicates(text, sentences, prices)
    for i in range(len(prices)):
        if _replaced_by_a_larger(text, prices, i):
            # "Statt 19 Mrd. Dollar sind es nun rund 21,8 Mrd.": the sum before the later one, whatever cue of the
            # sentence stands nearer it (D8: a price set against the closing value is announced)
            own[i] = moments[i] = "announced"
    for i, (mention, index) in enumerate(prices):
        if moments[i] != "closing" and _later_than_announced(text, sentences, prices, own, i):
            moments[i] = "closing"  # "zahlt nun knapp 22 Mrd. statt der im Februar genannten 19 Mrd."
    for i in range(len(prices)):
        if moments[i] == UNSPECIFIED and _base_of_a_rise_to_closing(text, sentences, prices, own, i):
            moments[i] = "announced"  # "19 Mrd. zahlte er. Bis zum Abschluss wuchs der Wert auf rund 22 Mrd.": the start
    for i in range(len(prices)):
        if moments[i] == UNSPECIFIED and (summed := _moment_of_the_parts(text, sentences, prices, own, i)) is not None:
            own[i] = moments[i] = summed  # "für 16 Mrd. Dollar plus drei Milliarden in Aktien, macht zusammen 19 Mrd."
    for i in range(len(prices)):
        if moments[i] == UNSPECIFIED and (whole := _moment_of_the_whole(text, prices, own, i)) is not None:
            own[i] = moments[i] = whole  # "zahlt 19 Mrd. Dollar, davon 16 Mrd. in bar und Aktien": the total's (D19)
    for i, (mention, _) in enumerate(prices):
        if moments[i] == UNSPECIFIED:
            # (not across items headed by dates of other years: a search page's snippets, `items_of_other_years`)
            same = {m for (other, _), m in zip(prices, moments) if other.value == mention.value and m != UNSPECIFIED
                    and not items_of_other_years(text, mention.start, other.start)}
            if len(same) == 1:
                moments[i] = same.pop()  # "den $19bn-Kauf" in the heading, "zahlt $19bn" below: one sum, one moment
        elif i in tensed:
            # "Facebook zahlt 22 Milliarden Dollar für WhatsApp" over "Der Kauf ist abgeschlossen ... knapp 22 Milliarden":
            # the headline's present is the tense of news, the body's words date the same sum
            same = {m for j, ((other, _), m) in enumerate(zip(prices, moments))
                    if j not in tensed and other.value == mention.value and m != UNSPECIFIED}
            if len(same) == 1:
                moments[i] = same.pop()
            elif not same and not _base_of_a_rise_to_closing(
                    text, sentences, prices, [*own[:i], UNSPECIFIED, *own[i + 1:]], i) and (whole := document_moment(
                    doc, own_text, sentences, price_sentences, dated=True, looks_back=looks_back)) != UNSPECIFIED:
                # (not where a larger closing figure follows it, in its sentence or the next: "Zuck hat für WA 19 Mrd.
                # bezahlt. Nach Abschluss des Deals lag der Preis bei fast 22 Mrd.": the sum set against the closing
                # value keeps the tense of news, D8; gen28, challenge_gen10-020/-022)
                # "Der Kauf ist abgeschlossen. Facebook bezahlt für den Messenger 21,8 Mrd.": news of the closing
                moments[i] = whole
    # "hatte 19 Mia. $ bezahlt, am Ende sogar rund 22 Mia. $": a price its sentence sets apart from another
    # price the sentence gives a moment takes none from the whole document
    apart = {i for i, (_, index) in enumerate(prices) if own[i] == UNSPECIFIED and any(
        j != i and other_index == index and own[j] != UNSPECIFIED for j, (_, other_index) in enumerate(prices))}
    settled = set(apart)
    # "Google kauft Fitbit ... Zum Vergleich: WhatsApp hatte Facebook 19 Mrd. gekostet": a price its own clause tells in
    # the pluperfect, a look-back's tense (D38), takes no moment from the whole document
    # a price whose own sentence speaks from a later time takes none either ("Vor ein paar Jahren hat ... ausgegeben")
    settled |= {i for i in told_later if moments[i] == UNSPECIFIED}
    settled |= interim
    settled |= {i for i, (mention, index) in enumerate(prices) if moments[i] == UNSPECIFIED and _told_in_the_pluperfect(
        text, sentences.starts[index], text[slice(*sentences.span(index))], mention)}
    if any(m == UNSPECIFIED and i not in settled for i, m in enumerate(moments)):
        whole = UNSPECIFIED if looks_back else document_moment(doc, own_text, sentences, price_sentences,
                                                               looks_back=False, news=news)
        moments = [(_below_a_closing_figure(prices, own, i, whole) or whole) if m == UNSPECIFIED and i not in settled
                   else m for i, m in enumerate(moments)]
    if UNSPECIFIED in moments and not looks_back and _dated_while_pending(text):
        # "Mandanteninformation Gesellschaftsrecht, März 2014 / ... die Übernahme von WhatsApp durch Facebook zum
        # Kaufpreis von 19 Mrd. USD zeigt ...": a text dated while the deal was pending tells the agreed price (D10),
        # whatever the tense (D74 (a)): a span since the purchase or a pluperfect in such a text reaches back weeks, not
        # to another moment ("Hamburg, 3. April 2014 – Seit dem Kauf für 19 Mrd. ..."; issue 7, session 55, year55).
        # Not a price its sentence sets apart from another one with a moment, nor the pending deal's day value.
        moments = ["announced" if m == UNSPECIFIED and i not in apart and i not in interim else m
                   for i, m in enumerate(moments)]
    for i in range(len(prices)):
        converted = _converted_moment(text, sentences, prices, amounts, moments, i, later=looks_back or not news)
        if converted is not None and i not in interim:
            moments[i] = converted  # "19 Mrd. Dollar, also rund 13,8 Mrd. Euro": the sum converted, its moment (D17)
    if news and UNSPECIFIED in moments and "closing" not in _told_moments(text, news):
        # "Das Geschäft in Zahlen / Käufer: Facebook / Kaufpreis: 19 Mrd. $": a fact box of the deal in coverage of the
        # news holds the agreed figures (D10); not where the text tells a closing, whose figures a box may give too;
        # so does a price its clause states in the present ("Der Kaufpreis liegt bei 19 Mrd. Dollar", `_present_price`)
        # and any price of an undated text that tells nothing in the pluperfect (`_undated_coverage`: D10's tense default)
        # (D38, the lead's convention of session 26: an undated text that reads as news)
        undated = _undated_coverage(text, sentences, prices, amounts)
        moments = [("announced" if m == UNSPECIFIED and i not in settled
                    and (_fact_box_price(text, sentences.starts[prices[i][1]], prices[i][0].start)
                         or _present_price(text, sentences, prices[i])
                         or (undated and not _past_price(text, sentences, prices[i])
                             and not _asked_in_the_perfect(text, sentences, prices[i]))) else m)
                   for i, m in enumerate(moments)]
    for i in interim:  # (no later reading of the text dates the day's value: `interim_value_moment`)
        moments[i] = UNSPECIFIED
    return moments


def _below_a_closing_figure(prices: list[tuple[MoneyMention, int]], own: list[str], i: int, whole: str) -> str | None:
    """'announced' where the document's moment is the closing and price `i` (with no moment of its own) is smaller than
    a sum of the same currency that its own sentence dates to the closing ("ein Zusammenschluss im Wert von 19
    Milliarden Dollar" ... "waren es nicht 19, sondern am Ende fast 22 Milliarden Dollar"; an edit history's "für 19 Mrd.
    USD" under "Kaufpreis auf 21,8 Mrd. USD zum Abschluss aktualisiert"): the closing the text tells is that larger
    figure's, and the sum set against the closing value is the announced one (the lead's D8); None otherwise. Issue 7,
    session 54, year54 (own100-052, own99-015)."""
    if whole != "closing":
        return None
    mention = prices[i][0]
    larger = any(own[j] == "closing" and other.value > mention.value and other.currency in (mention.currency, None)
                 for j, (other, _) in enumerate(prices) if j != i)
    return "announced" if larger else None


# The words between a price and its conversion into another currency (", also rund", " (", ", das sind", " bzw. "):
# punctuation and at most one joining word (the conversion's qualifier is part of its mention); or the rest of the
# price's clause (a separable verb's particle: "legt 19 Mrd. Dollar auf den Tisch, also rund 13,8 Mrd. Euro"), a
# comma, dash or bracket and a joining word.
_CONVERSION_GAP = re.compile(
    r"(?i)(?:[\s,;:(–—-]*(?:(?:{joints})(?![\wäöüß])[\s,:(–—-]*)?"
    r"|[^.;:!?,()–—\d]{{1,40}}[,(–—]\s*(?:{joints})(?![\wäöüß])[\s,:(–—-]*)".format(joints=_words("conversion_joints"))
)
# A conversion at today's rate ("nach heutigem Kurs", "derzeit rund"): in a later text not the deal's rate (D17).
_TODAYS_RATE = re.compile(r"(?i)(?<![\wäöüß])(?:" + _words("todays_rate") + r")(?![\wäöüß])")


def _converted_moment(text: str, sentences: Sentences, prices: list[tuple[MoneyMention, int]],
                      amounts: list[MoneyMention], moments: list[str], i: int, later: bool) -> str | None:
    """The moment of price `i` when it converts the price right before it into another currency ("legt 19 Mrd. Dollar
    auf den Tisch, also rund 13,8 Mrd. Euro", "waren 19 Mrd. Dollar ungefähr 13,8 Mrd. Euro"): the converted sum's
    moment (D17: a conversion at no stated rate keeps its head's moment), except at today's rate in a text written
    after the deal ("Nach heutigem Kurs wären die 19 Mrd. Dollar von damals rund 17,6 Mrd. Euro"), `unspecified`:
    the rate's date is not the deal's. None when it converts no price of its sentence."""
    mention, index = prices[i]
    sent_start, sent_end = sentences.span(index)
    before = [m for m in amounts if sent_start <= m.amount_start < mention.amount_start and m.end <= mention.start]
    heads = [j for j, (m, other) in enumerate(prices) if other == index and m.end <= mention.start]
    if not heads or mention.currency is None:
        return None
    head_mention = prices[heads[-1]][0]
    if head_mention.currency == mention.currency:
        return None
    if head_mention.currency is None and _CONVERSION_WORD.search(text, head_mention.end, mention.start) is None:
        return None  # a bare head converts only by a word of converting ("19 Milliarden hin, umgerechnet rund 13,8
        # Milliarden Euro": the Euro sum is the head's in another currency; year45, challenge_gen21 P07 near miss)
    sentence = text[sent_start:sent_end]
    if later and _TODAYS_RATE.search(sentence):
        return UNSPECIFIED  # D17
    if any(m.amount_start > head_mention.amount_start for m in before):
        return None  # another amount between: not the price right before
    if _CONVERSION_GAP.fullmatch(text, head_mention.end, mention.start) is None:
        return None
    head = moments[heads[-1]]
    return head if head != UNSPECIFIED else None


# A word of converting between a bare price and its conversion ("umgerechnet", "das sind", "in Euro"; moment.json words
# conversion_joints, not the mere "oder"/"bzw." of two figures).
_CONVERSION_WORD = re.compile(r"(?i)(?<![\wäöüß])(?:umgerechnet|das\s+sind|das\s+waren|sind\s+das|waren\s+das|"
                              r"entspricht|entsprach|entsprechen|entsprachen|in\s+euro|in\s+dollar)(?![\wäöüß])")


# The present of stating the price itself (moment.json "present_price": "beträgt", "liegt bei", "kostet").
_PRESENT_PRICE = re.compile(r"(?<![\wäöüß])(?:" + _words("present_price") + r")(?![\wäöüß])")


def _present_price(text: str, sentences: Sentences, price: tuple[MoneyMention, int]) -> bool:
    """Does the price's own clause state it in the present ("Der Kaufpreis liegt bei 19 Mrd. Dollar", "WhatsApp kostet
    den Konzern 19 Mrd.", "Zusammen ... kommt Facebook auf 19 Mrd. Dollar")? The caller asks it only in a text that
    reports the deal as news and tells no closing: there the present is the time of the report, the agreed price (D10);
    a later text tells the price in the preterite or perfect ("lag bei", "hat ... gekostet")."""
    return _clause_of_price_says(_PRESENT_PRICE, text, sentences, price)


def _clause_of_price_says(pattern: re.Pattern[str], text: str, sentences: Sentences,
                          price: tuple[MoneyMention, int]) -> bool:
    """Does `pattern` match in the price's own clause (`clause_around`), read lower-cased?"""
    mention, index = price
    sent_start, sent_end = sentences.span(index)
    sentence = text[sent_start:sent_end]
    lo, hi = clause_around(sentence, mention.start - sent_start, mention.end - sent_start)
    return pattern.search(_lowered(sentence), lo, hi) is not None


# moment.json words "past_price": the preterite of stating or paying the price in its clause ("Der Kaufpreis betrug").
_PAST_PRICE = re.compile(r"(?<![\wäöüß])(?:" + _words("past_price") + r")(?![\wäöüß])")
# moment.json words "past_stating": the preterites of "past_price" that state a figure ("betrug", "lag ... bei").
_PAST_STATING = re.compile(r"(?:" + _words("past_stating") + r")")
# moment.json words "told_from_later": a time since the purchase ("seit der Übernahme", "bis heute"), a later undoing
# ("nachträglich"), the reported perfect of buying ("Facebook habe WhatsApp ... gekauft"): a text written later.
_TOLD_FROM_LATER = re.compile(r"(?<![\wäöüß])(?:" + _words("told_from_later") + "|" + _words("counted_back")
                              + r")(?![\wäöüß])")  # (a count of years back is told from later too)
# The 'seit' rows of moment.json's "told_from_later" words ("seit dem 19-Milliarden-Dollar-Kauf", "seit der
# Übernahme"): a span from the purchase to the sentence's present.
_SINCE_THE_DEAL = re.compile(r"(?<![\wäöüß])(?:" + "|".join(
    word for word in _word_lists()["told_from_later"] if word.startswith("seit\\s+d")) + r")(?![\wäöüß])")
# The present of such a span ("inzwischen", "mittlerweile"): moment.json's closing cue "inzwischen" reads it as the
# purchase done by now, which a span since the purchase already says of every later time.
_NOW_OF_THE_SPAN = re.compile(r"(?<![\wäöüß])(?:inzwischen|mittlerweile)(?![\wäöüß])")


def _span_since_the_deal(sentence: str) -> str | None:
    """`sentence` with the present of a span since the purchase blanked ("Seit dem 19-Milliarden-Dollar-Deal ist
    WhatsApp gewachsen: Mehr als 800 Millionen nutzen den Dienst inzwischen"), None where it spans no such time or
    names no such present."""
    low = lower_keeping_offsets(sentence)
    if _SINCE_THE_DEAL.search(low) is None or _NOW_OF_THE_SPAN.search(low) is None:
        return None
    return _NOW_OF_THE_SPAN.sub(lambda found: " " * len(found.group()), sentence)


# moment.json words "since_deal_year": a time since the deal's year ("Seit 2014 gehört WhatsApp zu Facebook, das ...
# bezahlt hat"): the price's sentence told from later for the rules (moments_of), not for the learned stage's guard.
# A count of years back in a price's clause (moment.json words "counted_back", `_clause_counted_back`).
_COUNTED_BACK = re.compile(r"(?<![\wäöüß])(?:" + _words("counted_back") + r")(?![\wäöüß])")
_SINCE_DEAL_YEAR = re.compile(r"(?<![\wäöüß])(?:" + _words("since_deal_year") + r")(?![\wäöüß])")
# The deal's year ("2014", not "20140"); moment.json words "bought_participles": the perfect of paying or buying.
_DEAL_YEAR = re.compile(r"(?<![\wäöüß\d.])2014(?!\d)")
_BOUGHT = re.compile(r"(?<![\wäöüß])(?:" + _words("bought_participles") + r")(?![\wäöüß])")
# moment.json words "then_adverbs": "damals", "einst", "seinerzeit" (a text that looks back).
_THEN = re.compile(r"(?<![\wäöüß])(?:" + _words("then_adverbs") + r")(?![\wäöüß])")


# The deal's year or a later one said short, by its apostrophe: a timeline's "'14 – Facebook kauft WhatsApp ...", "'16"
# (issue 7, session 40, when40, own72-012): a text that names it is no undated coverage. The short year is
# dates.SHORT_DEAL_OR_LATER_YEAR ('14 to '29, as `_LATER_YEAR_DIGITS` below; '14 to '49 until session 41, merge41).
_SHORT_DEAL_OR_LATER_YEAR = (rf"|(?<![\wäöüß{dates.YEAR_APOSTROPHES}]){dates.SHORT_DEAL_OR_LATER_YEAR}"
                             r"(?![\wäöüß\d])")


def _undated_coverage(text: str, sentences: Sentences, prices: list[tuple[MoneyMention, int]],
                      amounts: list[MoneyMention]) -> bool:
    """D10's tense default, the lead's D38 (issue 7, session 26; built by gen26, landed by moment26b): fresh coverage
    of the deal tells its reaction, its questions and its judgements in the present or perfect with no cue word of the
    moment ("Der 19-Milliarden-Dollar-Deal hat bei vielen Nutzern Misstrauen geweckt", "Analysten wundern sich über den
    Preis von 19 Mrd. Dollar", "Bei uns gehen täglich Briefe ein"); listing such verbs one by one (moment.json
    `announced_news`) does not transfer (challenge_gen6: 1 of 11). The caller asks it only in a text that does not look
    back (`_looks_back`: no later year, no "Meta"), is not about the later sharing of data, and tells no closing. Such a
    text is fresh coverage unless it names the deal's year or a later one ("hat WhatsApp 2014 gekauft" is told from
    later), speaks from a later time (moment.json "told_from_later": "damals", "vor ... Jahren", "seit der Übernahme",
    "bis heute", "noch immer", "gilt heute als", an undoing of the purchase, the reported "Facebook habe ... gekauft"
    of court reports), or tells anything in the pluperfect ("Facebook hatte den Dienst für 19 Mrd. übernommen", a
    look-back's tense, `_is_pluperfect`) or in a narrative preterite of the price or the purchase or the passive
    (moment.json "past_price": "betrug", "zahlte", "gab ... aus", "wurde"). In a sentence that holds another figure
    and no price, a preterite that states a figure ("past_stating") is that figure's ("Der Börsenwert von Facebook lag
    zuletzt bei rund 175 Mrd. Dollar", own17-009) and does not date the deal; one of paying or buying still does."""
    deal_or_later_year = r"(?<!\d)(?:2014|" + _LATER_YEAR_DIGITS + r")(?!\d)" + _SHORT_DEAL_OR_LATER_YEAR  # (read at call time)
    # read over the text as written: `_lowered` blanks a "heute" before "als" as if it dated a present name
    if re.search(deal_or_later_year, text) is not None or _TOLD_FROM_LATER.search(lower_keeping_offsets(text)):
        return False
    low = _lowered(text)
    # (not the pluperfect of another purchase: "Bei Instagram hatte Facebook pro Nutzer etwa 30 Dollar bezahlt" dates
    # that purchase, not the text; issue 7, session 34, price34)
    # (nor the pluperfect of an act before the news in a sentence that tells nothing of the purchase: "Beide Unternehmen
    # hatten zuvor betont, dass ...", "vor dem er früher angestanden hatte": the background of a wire, whose tense is
    # relative to the news it reports; issue 7, session 58, moment58)
    if any(_is_pluperfect(text, low, found) and _tells_the_purchase(
            text[slice(*sentences.span(sentences.index_at(found.start())))]) for found in _PLUPERFECT.finditer(low)):
        return False
    price_sentences = {index for _, index in prices}
    other_figures = {sentences.index_at(m.start) for m in amounts} - price_sentences
    for index in range(len(sentences.starts)):
        start, end = sentences.span(index)
        tells = None  # whether the sentence tells the purchase at all, read once where asked
        for found in _PAST_PRICE.finditer(low, start, end):
            if index in other_figures and _PAST_STATING.fullmatch(found.group()):
                continue  # "lag ... bei" where another figure is what it states
            if _BUYING_VERB.fullmatch(found.group()) is None:
                tells = _tells_the_purchase(text[start:end]) if tells is None else tells
                if not tells:
                    continue  # "Am Montag wurde der Gründer 38", "Unterschrieben wurde der Vertrag an der Tür ...": a
                    # preterite of the story around the news, no narrative of the purchase (session 58, moment58)
            return False  # "zahlte", "übernahm"
    return True


_BUYING_VERB = re.compile("(?:" + _words("buying_verbs") + r"|kostete\w*)")


_PURCHASE_WORD = re.compile(r"(?i)(?<![\wäöüß])(?:[\wäöüß]+-)?(?:" + _words("purchase_nouns") + r"|verkauf)\w*|"
                            + r"(?<![\wäöüß])(?:" + _words("bought_participles") + r"|verkauft|gewechselt)(?![\wäöüß])")


def _tells_the_purchase(sentence: str) -> bool:
    """May a pluperfect in `sentence` tell the purchase from later (`_undated_coverage`)? It names WhatsApp's buying, its
    price or the deal (moment.json words "purchase_nouns", "bought_participles"; "verkauft") or an amount of money, and
    is not about another company Facebook bought only ("Bei Instagram hatte Facebook ... bezahlt")."""
    return (_PURCHASE_WORD.search(sentence) is not None or bool(find_money(sentence))) \
        and not context.names_only_another_target(sentence)


# The last word of a clause after the finite verb of the pluperfect, up to a comma or the sentence's end.
_CLAUSE_END_WORD = re.compile(r"[^.;:!?,()\n]*?(?<![\wäöüß])([a-zäöüß][\wäöüß]*)\s*(?=[.;:!?,()\n]|$)")
_PARTICIPLE_TAGS = ("VVPP", "VAPP", "VMPP")
# The word right before the finite verb (the verb-final pluperfect, "nachdem ... gekauft hatte").
_WORD_BEFORE = re.compile(r"(?<![\wäöüß])([a-zäöüß][\wäöüß]*)\s+$")


def _is_pluperfect(text: str, low: str, finite: re.Match[str]) -> bool:
    """Is `finite` ("hatte", "war", moment.json "pluperfect") the finite verb of a pluperfect: does its clause end in,
    or does it follow right after ("nachdem Facebook WhatsApp gekauft hatte"), a lower-case word the layer's HanTa
    tagger may read as a participle ("hatte das Netzwerk zwölf Milliarden Dollar umgesetzt", "war ... gewesen")? Not
    "Die Telekom hatte zuletzt rund 60 Mrd. Euro Umsatz im Jahr" (a full verb of having: own6-032, D38)."""
    before = _WORD_BEFORE.search(text, max(0, finite.start() - 40), finite.start())  # verb-final: "gekauft hatte"
    end = _CLAUSE_END_WORD.match(text, finite.end())
    return any(found is not None and _participle(found.group(1), low[found.start(1):found.end(1)])
               for found in (before, end))


def _participle(word: str, lowered: str) -> bool:
    """Is `word` lower-case and one the layer's HanTa tagger may read as a participle?"""
    return word == lowered and any(may_tag(word, tag, first=False) for tag in _PARTICIPLE_TAGS)


# The end of an infinitive clause with "zu": "zu zahlen", "auszugeben", "hinzublättern" (lower case as written), before
# the clause's end.
_INFINITIVE_END = re.compile(r"(?:(?<![\wäöüß])zu\s+[a-zäöüß]+|(?<![\wäöüß])[a-zäöüß]{2,}zu[a-zäöüß]+n)\s*[.!?]?\s*$")


def _told_in_the_pluperfect(text: str, sent_start: int, sentence: str, mention: MoneyMention) -> bool:
    """Is the price's own clause in the pluperfect ("Zum Vergleich: WhatsApp hatte Facebook 19 Mrd. Dollar gekostet")?
    A look-back's tense (D38): the sentence before, about another purchase's news ("Google kauft Fitbit für 2,1 Mrd.
    Dollar."), does not date it (moment26's Left). An infinitive clause ("..., 19 Mrd. Dollar zu zahlen") is told in
    the tense of the clause that governs it, the one before its comma ("Für WhatsApp war Facebook zuvor bereit gewesen,
    19 Mrd. Dollar zu zahlen": issue 7, session 27, gen27)."""
    lo, hi = clause_around(sentence, mention.start - sent_start, mention.end - sent_start)
    if lo > 1 and _INFINITIVE_END.search(sentence, lo, hi) is not None:
        lo = clause_around(sentence, lo - 2, lo - 1)[0]  # the governing clause before the comma
    low = _lowered_text(text)
    return any(_is_pluperfect(text[:sent_start + hi], low, found)
               for found in _PLUPERFECT.finditer(low, sent_start + lo, sent_start + hi))


def _past_price(text: str, sentences: Sentences, price: tuple[MoneyMention, int]) -> bool:
    """Does the price's own clause state or pay it in the preterite ("Richtig ist: Der Kaufpreis betrug 19 Mrd.
    US-Dollar", "Als Facebook WhatsApp übernahm, zahlte der Konzern 19 Mrd.")? A narrative tense: no default."""
    if _clause_of_price_says(_PAST_PRICE, text, sentences, price):
        return True
    # any verb's weak preterite in the price's clause ("wie sich Facebook WhatsApp für 19 Mrd. sicherte", "schnappte
    # sich"): a narrative tense too (models/tense.py; issue 7, session 45, year45)
    mention, index = price
    sent_start, sent_end = sentences.span(index)
    sentence = text[sent_start:sent_end]
    lo, hi = clause_around(sentence, mention.start - sent_start, mention.end - sent_start)
    return tense.clause_in_weak_preterite(sentence[lo:hi])


# moment.json words "asked_perfect": the auxiliary of the perfect opening a yes-no question ("Hat Facebook ... bezahlt?").
_ASKED_PERFECT = re.compile(r"(?:" + _words("asked_perfect") + r")\s")


def _asked_in_the_perfect(text: str, sentences: Sentences, price: tuple[MoneyMention, int]) -> bool:
    """Is the price's sentence a yes-no question in the perfect ("Faktencheck: Hat Facebook wirklich 19 Mrd. Dollar
    für WhatsApp bezahlt?")? It asks whether the sum was paid, a question about a past act: it tells no news (D38)."""
    sent_start, sent_end = sentences.span(price[1])
    sentence = _lowered(text[sent_start:sent_end])
    if not sentence.rstrip().endswith("?"):
        return False
    opening = _shapes()["label_opening"].match(sentence)  # "Faktencheck: " (moment.json shapes)
    return _ASKED_PERFECT.match(sentence, opening.end() if opening else 0) is not None


def _moment_pointed_back(text: str, sentences: Sentences, index: int, amounts: list[MoneyMention], news: bool) -> str:
    """The moment of a later sentence that points back at the amount of sentence `index` ("22.000.000.000" / "So viele
    Dollar war ... beim Abschluss wert"): the next one, or the one after it when the sentence between holds no amount
    ("Neunzehn Milliarden Dollar. Ich habe die Zahl dreimal gelesen. So viel zahlt Facebook in diesen Tagen ...")."""
    for step in (1, 2):
        if index + step >= len(sentences.starts):
            break
        following = text[slice(*sentences.span(index + step))]
        back = _POINTS_BACK.match(following)
        if back is not None:
            return price_moment(following, back.start(1), back.end(1), news=news)
        between_start, between_end = sentences.span(index + 1)
        if any(between_start <= m.amount_start < between_end for m in amounts):
            break  # the sentence between has an amount of its own: a pointer after it points at that
    return UNSPECIFIED


# A label right before an amount, from the start of its sentence ("Kaufpreis: 19 Mrd. $", "- Preis: 16 Mrd. Dollar").
_FACT_LABEL = re.compile(r"[^\S\n]*(?:[-•*–][^\S\n]*)?(?P<label>[^:\n.!?]{2,40}):[^\S\n]*$")
# A line of a fact box: "Label: value" ("Käufer: Facebook", "- Nutzer: 450 Mio."), not prose with a colon.
_BOX_LINE = re.compile(r"^[^\S\n]*(?:[-•*–][^\S\n]*)?[^:\n.!?]{2,40}:[^\S\n]*\S[^\n]{0,80}$")
# A caption's opening label: the line is a caption, whose "Kaufpreis: ..." is a box row of its own.
_CAPTION = re.compile(r"(?i)^[^\S\n]*(?:" + _words("captions") + r")[^\S\n]*:")


def _fact_box_price(text: str, sent_start: int, start: int) -> bool:
    """Is the amount at `start` the value of a price label (deal.json `price_label`, not `not_price_nouns`:
    "Kaufpreis: 19 Mrd. $", not "Börsenwert: ...") that opens its sentence, on a line of a fact box (the line before
    or after is a "Label: value" line too) or in a caption ("Bildunterschrift: ... Kaufpreis: 19 Mrd. $")? Prose
    with a colon ("Der Preis: 19 Mrd.") is no box."""
    label = _FACT_LABEL.match(text, sent_start, start)
    if label is None or not context.has("price_label", label.group("label")) or context.has(
            "not_price_nouns", label.group("label")):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if _CAPTION.match(text, line_start, line_end):
        return True
    before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    after_end = text.find("\n", line_end + 1)
    after = text[line_end + 1 : len(text) if after_end < 0 else after_end]
    return line_start == label.start() and any(_BOX_LINE.match(line) for line in (before, after) if line.strip())



def _after_a_larger_figure(mention: MoneyMention, span: tuple[int, int], amounts: list[MoneyMention]) -> bool:
    """Does the sentence at `span` (the one before the price's) hold a larger amount of the price's currency (or of
    none on either side)? The closing cue there is that figure's: the closing value is the larger one."""
    return any(span[0] <= other.amount_start < span[1] and other.value > mention.value
               and (other.currency == mention.currency or None in (other.currency, mention.currency))
               for other in amounts)


def _without_other_amounts(sentence: str, sent_start: int, amounts: list[MoneyMention],
                           prices: list[tuple[MoneyMention, int]]) -> str:
    """`sentence` (starting at `sent_start` of the text) with the clause of each amount that is no price blanked out:
    a cue there is that amount's ("Der Konzern ist an der Börse inzwischen 170 Mrd. Dollar wert."), no date for a
    price in the sentence after it."""
    price_starts = {mention.amount_start for mention, _ in prices}
    for amount in amounts:
        if sent_start <= amount.amount_start < sent_start + len(sentence) and amount.amount_start not in price_starts:
            lo, hi = clause_around(sentence, amount.start - sent_start, amount.end - sent_start)
            sentence = blank_span(sentence, lo, hi)
    return sentence


@lru_cache(maxsize=1)
def _time_anaphora() -> re.Pattern[str]:
    """moment.json "time_anaphora": a time told by reference to the one named before ("wenige Tage zuvor", "im
    selben Monat", "am gleichen Tag")."""
    def build(spec: dict[str, Any]) -> re.Pattern[str]:
        return re.compile(r"(?i)(?<![\wäöüß])(?:" + "|".join(spec["time_anaphora"]) + r")(?![\wäöüß])")

    return _load_moment("moment time anaphora", build)


def _refers_to_the_time_before(sentence: str, start: int, end: int) -> bool:
    """Does the clause of the amount at [start, end) of `sentence` tell its time by reference to the time named in the
    sentence before ("Wenige Tage zuvor hatten sie ihre Firma für 19 Mrd. an Facebook verkauft", "Im selben Monat vor
    zwei Jahren hatte Facebook den Dienst für 19 Mrd. gekauft")? Not an anaphor right before the amount ("seit der
    Übernahme für damals 19 Mrd.": the amount's value then, the time of its own clause; issue 7, session 59)."""
    return any(not (_ATTRIBUTIVE_GAP.fullmatch(sentence, anaphor.end(), start)
                    and _ATTRIBUTIVE_OPENER.search(sentence, 0, anaphor.start()))
               for anaphor in _time_anaphora().finditer(sentence, *clause_around(sentence, start, end)))


# The gap between an attributive time word and the amount it qualifies: spaces, at most one word ("damals rund"),
# and the preposition or article that opens the phrase right before the time word ("für damals 19 Mrd.", "die damals
# 19 Mrd."; not the adverb of the clause: "Facebook hat damals 19 Mrd. bezahlt").
_ATTRIBUTIVE_GAP = re.compile(r"\s+(?:[\wäöüß.]+\s+)?")
_ATTRIBUTIVE_OPENER = re.compile(r"(?i)(?<![\wäöüß])(?:für|um|von|zu|auf|über|mit|bei|de[rnms]|die|das)\s+$")


# A question of when ("Wann ist der Kauf abgeschlossen?"): it asks for a moment still to come, it names none.
_ASKS_WHEN = re.compile(r"(?i)^\W*(?:" + context.cue_words("when_questions", bare=True) + r")(?![\wäöüß])")  # deal.json


def _moment_of_the_question(doc: Doc, sent_start: int, news: bool) -> str:
    """The moment the question a price answers tells ("Wie viel zahlt Facebook?" over a list of the parts and
    "Zusammen also 19 Mrd. Dollar."): the price's line is an answer, or a line the layer's structure puts under a
    question (`Block.intro`), and the question asks about buying or paying (`context.about_paying`). A question of
    when names no closing. Else `unspecified`."""
    block = block_at(doc, sent_start)
    if block is None or block.intro is None:
        return UNSPECIFIED
    question = doc._.blocks[block.intro]
    if question.kind != "question":
        return UNSPECIFIED
    asked = question.text(doc)
    if not context.about_paying(asked):
        return UNSPECIFIED  # "Frau Schöne, zum Schluss: Was raten Sie?" asks for no sum: its words date nothing
    told = _told_moments(asked, news)
    if _ASKS_WHEN.match(asked):
        told.discard("closing")
    return told.pop() if len(told) == 1 else UNSPECIFIED


# Words that add up what came before, right before a total ("macht zusammen 19 Mrd.", "Zusammen also 19 Mrd.",
# "Insgesamt ergibt das die Summe von 19 Mrd."): the total is the sum of the parts just named.
_SUMS_UP = re.compile(
    r"(?i)(?<![\wäöüß])(?:" + _words("sums_up") + r")(?![\wäöüß])[^.;:!?]{0,40}$"
)


# The words of adding up right after the total ("Also 19 Mrd. insgesamt", "19 Mrd. zusammen"): prec58's M04 rule of
# session 58 (own107-025), handed to moment58 with the moment type.
_SUMS_UP_AFTER = re.compile(r"(?i)[ \t\u00a0]+(?:" + _words("sums_up") + r")(?![\wäöüß])")


def _moment_of_the_parts(text: str, sentences: Sentences, prices: list[tuple[MoneyMention, int]], own: list[str],
                         i: int) -> str | None:
    """The moment of the parts a cue-less total adds up: price `i` follows words of adding up in its sentence
    ("Facebook hat angekündigt, WhatsApp für 16 Mrd. Dollar plus drei Mrd. in Aktien zu übernehmen, macht zusammen
    19 Mrd.") or is followed by them ("Also 19 Mrd. insgesamt", `_SUMS_UP_AFTER`), and the smaller prices of its sentence and the one before, all before it, have one moment of their own
    words: the sum of the announced parts is the announced total. Else None."""
    mention, index = prices[i]
    sent_start = sentences.starts[index]
    if _SUMS_UP.search(text, sent_start, mention.start) is None and _SUMS_UP_AFTER.match(text, mention.end) is None:
        return None
    parts = {own[j] for j, (other, at) in enumerate(prices)
             if j != i and index - 1 <= at <= index and other.end <= mention.start and other.value < mention.value}
    parts.discard(UNSPECIFIED)
    return parts.pop() if len(parts) == 1 else None


# "davon"/"darunter"/"wovon" right before an amount, after a comma, a dash or a bracket, with at most a qualifier
# between ("19 Mrd. Dollar, davon rund 16 Mrd. in bar und Aktien").
_PART_OF = re.compile(r"(?i)[,;(–—-]\s*(?:" + _words("part_of") + r")\s+(?:[\wäöüß.]+\s+)?$")
# "die übrigen 16 Mrd.": the rest of a total split in parts, its article and adjective right before the amount.
_REMAINDER_OF = re.compile(r"(?i)(?<![\wäöüß])(?:die|den|der)\s+(?:" + _words("remainder_of") + r")\s+$")


def _moment_of_the_whole(text: str, prices: list[tuple[MoneyMention, int]], own: list[str], i: int) -> str | None:
    """The moment of the total a part is named of: price `i` follows "davon"/"darunter"/"wovon" (or "die übrigen", the
    rest of the split) after a larger price of its sentence, in the same currency or none, whose own words give it a
    moment ("Facebook zahlt für den Messenger 19 Mrd. Dollar, davon 16 Mrd. in bar und Aktien", own45-014: the 16 bn
    core is a price by D19, of the total's moment). Else None."""
    mention, index = prices[i]
    if (_PART_OF.search(text, max(0, mention.start - 40), mention.start) is None
            and _REMAINDER_OF.search(text, max(0, mention.start - 40), mention.start) is None):
        return None
    wholes = {own[j] for j, (other, at) in enumerate(prices)
              if j != i and at == index and other.end <= mention.start and other.value > mention.value
              and (other.currency == mention.currency or None in (other.currency, mention.currency))}
    wholes.discard(UNSPECIFIED)
    return wholes.pop() if len(wholes) == 1 else None


# "nun"/"jetzt" set against a figure of before: "statt" in the sentence, or "noch" in the sentence before ("Im Februar
# hatte er den Preis noch mit 19 Mrd. angegeben. Tatsächlich sind es nun 21,8 Mrd. geworden").
_NOW = re.compile(r"(?i)(?<![\wäöüß])(?:" + _words("now") + r")(?![\wäöüß])")
_INSTEAD = re.compile(r"(?i)(?<![\wäöüß])(?:" + _words("instead") + r")(?![\wäöüß])")
_STILL = re.compile(r"(?i)(?<![\wäöüß])noch(?![\wäöüß])")
# "statt" governing the amount right after it ("Statt 19 Mrd.", "statt der im Februar genannten 19 Mrd.").
_REPLACED_BEFORE = re.compile(
    r"(?i)(?<![\wäöüß])(?:" + _words("instead") + r")\s+(?:(?:der|den|des|die|von)\s+)?(?:[\wäöüß.-]+\s+){0,3}$"
)


def _replaced_by_a_larger(text: str, prices: list[tuple[MoneyMention, int]], i: int) -> bool:
    """Is price `i` the figure "statt" sets aside for a larger price of its sentence ("Statt 19 Mrd. Dollar sind es
    nun rund 21,8 Mrd.", "nun 21,8 Mrd. statt der angekündigten 19 Mrd.")?"""
    mention, index = prices[i]
    if _REPLACED_BEFORE.search(text, max(0, mention.start - 60), mention.start) is None:
        return False
    return any(j != i and at == index and other.value > mention.value
               and (other.currency == mention.currency or None in (other.currency, mention.currency))
               for j, (other, at) in enumerate(prices))


# A figure that became another: "ist aus dieser Zahl eine andere geworden", "daraus wurden", "wurden daraus".
_BECAME = re.compile(
    r"(?i)(?<![\wäöüß])(?:aus\s+(?:" + _words("became_from") + r")[\wäöüß]*\s+(?:[\wäöüß-]+\s+){0,2}?(?:[\wäöüß-]+\s+){0,4}?"
    + _words("became_participles") + r"|daraus\s+(?:[\wäöüß-]+\s+){0,3}?(?:" + _words("became_participles") + "|"
    + _words("became_past") + r")|(?:" + _words("became_past") + "|" + _words("became_present") + r")\s+daraus)(?![\wäöüß])"
)


def _later_than_announced(text: str, sentences: Sentences, prices: list[tuple[MoneyMention, int]], own: list[str],
                          i: int) -> bool:
    """Is price `i` the later figure its text sets against a smaller announced one: "nun"/"jetzt" in its sentence,
    contrasted by "statt" there or "noch" in the sentence before, or a figure that became another ("ist aus dieser
    Zahl eine andere geworden") in its sentence or the one before, with a price of the sentences since the one before
    the contrast whose own words say `announced`, in the same currency, smaller - in a text that reports the closing (a
    closing cue in its sentences)? That is the price at the closing ("Statt 19 Mrd. Dollar sind es nun rund 21,8
    Mrd.", "... 19 Milliarden Dollar. Acht Monate später ist aus dieser Zahl eine andere geworden. Facebook beziffert
    den Wert auf 21,8 Milliarden Dollar")."""
    mention, index = prices[i]
    sentence = text[slice(*sentences.span(index))]
    previous = text[slice(*sentences.span(index - 1))] if index > 0 else ""
    if _NOW.search(sentence) and (_INSTEAD.search(sentence) or _STILL.search(previous)):
        first = index - 1
    elif _BECAME.search(sentence):
        first = index - 1
    elif _BECAME.search(previous):
        first = index - 2
    else:
        return False
    earlier = [j for j, (other, at) in enumerate(prices) if j != i and first <= at <= index
               and own[j] == "announced" and other.currency == mention.currency and other.value < mention.value]
    return bool(earlier) and "closing" in _told_moments(text)


# Words of a value growing ("wuchs der Wert auf", "stieg der Preis auf", "ist ... gestiegen").
_RISE = re.compile(r"(?i)(?<![\wäöüß])(?:" + _words("rise") + r")(?![\wäöüß])")
# A bare number after a closing cue, its scale that of the sum before it ("19 Milliarden Dollar. Am Ende wurden es
# sogar fast 22, weil ..."): a figure the money scanner does not see as an amount, ending its phrase.
_BARE_FIGURE = re.compile(r"(?<![\wäöüß\d.,])(\d{1,3}(?:,\d{1,2})?)(?=\s*(?:[,;:)–—]|\.(?!\d)|$))")
_BARE_FIGURE_REACH = 40  # characters from the end of the closing cue: the cue's own phrase


def _base_of_a_rise_to_closing(text: str, sentences: Sentences, prices: list[tuple[MoneyMention, int]], own: list[str],
                               i: int) -> bool:
    """Is price `i` (no cue of its own) the sum set against the closing value or the sum a later price grew from (the
    lead's D5 and D8): a larger figure after it, in its sentence or the next, that its own words date to the closing
    ("hatte 19 Mrd. Dollar gezahlt, nach dem Abschluss lag der Wert bei rund 22 Mrd.", "2014 waren es 19 Mrd. Dollar.
    Am Ende wurden es sogar fast 22") or that the value grew to ("19 Mrd. Dollar zahlte Zuckerberg. Danach stieg der
    Wert auf rund 22 Mrd. Dollar")? The figure before the closing one is the sum agreed at the announcement: the text
    dates it by setting it against the closing."""
    mention, index = prices[i]
    if own[i] != UNSPECIFIED:
        return False
    for j, (other, at) in enumerate(prices):
        # the closing value in the opening sentence of the reply right below the price's post (own47-033: "FB hat 2014
        # 19 mrd für WA hingelegt ... Und jetzt das. ... / Geschrieben von P.: / @K. Es waren sogar knapp 22 Milliarden,
        # als der Deal abgeschlossen wurde"): the reply sets it against the post's sum
        reply = j > i and own[j] == "closing" and _opens_the_reply(text, sentences, index, at)
        # a post's author line between them is no sentence of the text ("Elke antwortet Frank:" over the answer)
        at -= _author_lines_between(text, sentences, index, at)
        # a bare sum on either side shares the currency of the other ("lag bei 19 Milliarden Dollar; bis zum
        # Abschluss stieg der Wert auf knapp 22 Milliarden", "für WhatsApp 19 Milliarden - beim Abschluss rund 22
        # Milliarden Dollar")
        if not (j > i and (index <= at <= index + 2 or reply)
                and (other.currency == mention.currency or other.currency is None or mention.currency is None)
                and other.value > mention.value):
            continue
        if own[j] == "closing" and (at <= index + 1 or j == i + 1 or reply):
            # D8: set against the closing value; two sentences on only as the next price ("Zusammen sind das 19 Mrd.
            # Dollar. Koum erhält einen Sitz im Verwaltungsrat. Weil die Aktie steigt, liegt der Wert beim Vollzug bei
            # rund 22 Mrd. Dollar")
            return True
        if at > index + 1:
            continue
        if own[j] == UNSPECIFIED and _RISE.search(text, sentences.starts[at], other.start) is not None:
            return True  # D5: "stieg der Wert auf 22 Mrd.", the figure it grew to
    return _bare_closing_figure_after(text, sentences, mention, index)


_REPLY_POST_SENTENCES = 2  # the most sentences of the price's post after its sentence, above a reply to it


def _opens_the_reply(text: str, sentences: Sentences, first: int, last: int) -> bool:
    """Is sentence `last` the opening sentence of the reply right below the post holding sentence `first`: after the
    rest of the post's paragraph (at most `_REPLY_POST_SENTENCES` sentences, no line break) comes one header line of
    the reply (a short line of its own not ending as a sentence does: "Geschrieben von Paketverlust (11.01.2021,
    20:15):", "Kommentar von Tom_B (3. März 2019)") and then sentence `last`? (Blank lines do not count.)"""
    if last <= first or last - first - 1 > _REPLY_POST_SENTENCES + 1:
        return False
    gap = text[sentences.ends[first]:sentences.starts[last]]
    rest, broken, below = gap.partition("\n")
    lines = [line.strip() for line in below.split("\n") if line.strip()]
    if not broken or len(lines) != 1 or not _header_line(lines[0]):
        return False
    paragraph_end = sentences.ends[first] + len(rest)
    return sum(1 for k in range(first + 1, last) if sentences.starts[k] < paragraph_end) <= _REPLY_POST_SENTENCES


def _author_lines_between(text: str, sentences: Sentences, first: int, last: int) -> int:
    """How many sentences after sentence `first` and before sentence `last` are a post's header line: a short line of
    its own ending with a colon ("Elke_Sch antwortet Frank_aus_Unna:", "Marion1970:"), the author of the answer below,
    no sentence of the thread's talk (own43-047: the closing sum in the answer to the comment that gave the price)."""
    if last <= first + 1:
        return 0
    counts = _author_line_counts(text, sentences)
    return counts[last] - counts[first + 1]


@last_call_by_identity
def _author_line_counts(text: str, sentences: Sentences) -> list[int]:
    """Per sentence index k (and one past the last), how many sentences before k are a post's header line
    (`_author_lines_between`). Speed (speed28): computed once per document, not once per pair of prices, each of which
    read every sentence between them (the pairs of a long text with many sums read it over and over)."""
    counts = [0]
    for k in range(len(sentences.starts)):
        line = text[slice(*sentences.span(k))].strip()
        counts.append(counts[-1] + (line.endswith(":") and len(line) <= _HEADER_LINE_MAX and "\n" not in line))
    return counts


def _bare_closing_figure_after(text: str, sentences: Sentences, mention: MoneyMention, index: int) -> bool:
    """Does a closing cue after the price, in its sentence or the next, lead to a bare larger number of the price's
    scale ("Am Ende wurden es sogar fast 22, weil die Aktie gestiegen war")?"""
    end = sentences.ends[index + 1] if index + 1 < len(sentences.starts) else sentences.ends[index]
    low = lower_keeping_offsets(text[mention.end:end])
    if not _cue_tests()["closing"](low):
        return False
    scale = 1_000_000_000 if mention.value >= 1_000_000_000 else 1_000_000
    for cue in _cues()["closing"].finditer(low):
        if _reference_point(low, cue):
            continue
        for figure in _BARE_FIGURE.finditer(low, cue.end(), min(len(low), cue.end() + _BARE_FIGURE_REACH)):
            value = float(figure.group(1).replace(",", ".")) * scale
            if mention.value < value < 1.5 * mention.value:  # a later sum of the same order, not a share or a count
                return True
    return False


# "schließlich" / "am Ende": in the end of what came before; after another bidder's offer, of the bidding.
_END_OF_BIDDING = re.compile(r"(?i)(?<![\wäöüß])(?:" + _words("end_of_bidding") + r")(?![\wäöüß])")
_OFFER = re.compile(r"(?i)(?<![\wäöüß])(?:" + _words("offer") + r")(?![\wäöüß])")
# A sum agreed: "vereinbart", "ausgehandelt", "zugesagt" (moment.json words "agreed"; D45).
_AGREED = re.compile(r"(?i)(?<![\wäöüß])(?:" + _words("agreed") + r")(?![\wäöüß])")
# A declining verb (moment.json words "declined"): an offer its clause says was refused announces no price.
_DECLINED = re.compile(r"(?<![\wäöüß])(?:" + _words("declined") + r")(?![\wäöüß])")


def _after_a_rival_bid(text: str, sentences: Sentences, index: int) -> bool:
    """Does the price sentence `index` end a bidding: an "in the end" word in it, and an offer by another bidder
    ("Google soll ... geboten haben") in the three sentences before (its paragraph's or not)?"""
    if not _END_OF_BIDDING.search(text, *sentences.span(index)):
        return False
    window = text[sentences.starts[max(0, index - 3)] : sentences.starts[index]]
    # the bidder may be named in one sentence and its offer told in the next ("Auch Google soll geworben haben.
    # Angeblich habe der Suchmaschinenkonzern zehn Milliarden geboten.")
    return _OFFER.search(window) is not None and context.has("other_buyers", window)


@lru_cache(maxsize=1)
def _expected_before() -> re.Pattern[str]:
    """moment.json "expected_before": an expectation told in the pluperfect ("Ich hatte mit einem einstelligen
    Milliardenbetrag gerechnet", "Analysten hatten weniger erwartet")."""
    def build(spec: dict[str, Any]) -> re.Pattern[str]:
        return re.compile(r"(?i)(?<![\wäöüß])(?:" + "|".join(spec["expected_before"]) + r")(?![\wäöüß])")

    return _load_moment("moment expectation", build)


def _after_an_expectation(text: str, sentences: Sentences, index: int) -> bool:
    """Does the price sentence `index` hold an "in the end" word after an expectation told in the pluperfect in it or
    in the two sentences before ("Ich hatte mit einem einstelligen Milliardenbetrag gerechnet. Dass es am Ende
    19 Mrd. Dollar werden, hat mich überrascht")? "Am Ende" is then the outcome against the guess - the agreed
    price - not the closing."""
    sent_start, sent_end = sentences.span(index)
    end_word = _END_OF_BIDDING.search(text, sent_start, sent_end)
    if end_word is None:
        return False
    return _expected_before().search(text, sentences.starts[max(0, index - 2)], end_word.start()) is not None


# A sentence that opens by pointing back at the amount just before ("So viele Dollar war ...") or at the
# statement before with a demonstrative pronoun ("Das gab der Konzern am Mittwoch bekannt."): a verb, in lower
# case, follows the pronoun; "Das Angebot von Google ..." is an article and its noun; or a sum noun that a relative
# clause defines ("Neunzehn Milliarden Dollar. Die Summe, die Facebook ... geboten hat, ...").
_POINTS_BACK = re.compile(
    r"^\W*((?i:so\s+viele?(?:\s+(?:us-dollar|dollar|euro))?)|[Dd](?:as|ies)(?=\s+[a-zäöü])"
    r"|(?i:" + context.SUM_NOUN_DEFINED + r"))(?![\wäöüß])"
)


# A fact-box line about the deal's moments ("Abschluss: erwartet bis Ende 2014").
_DEAL_LABEL = re.compile(r"(?i)^\W*(?:" + _words("deal_labels") + r")\w*\s*:")


# A sentence speaking of the sums themselves ("Die Werte in der Liste sind die bei Bekanntgabe genannten Summen",
# a table's title "(Kaufpreis bei Ankündigung)"):
# it says for which moment a list's or table's prices hold, so its cues count for the document's moment.
_SUMS_NOTE = re.compile(r"(?i)(?<![\wäöüß])(?:" + _words("sum_nouns") + r")(?![\wäöüß])")
_SUMS_NOTE_TEST = CaselessTest(_SUMS_NOTE)  # speed: the same answer behind literal tests


# Words of a text written from a later time than the deal: a later year, "damals", "einst", "seinerzeit" (group 1:
# the adverbs, which may tell only the past of what a relative clause describes, `_only_a_past_of_someone`), or a
# span of years since the purchase ("vor (gut) zweieinhalb Jahren", "zwei Jahre nach dem Kauf", "Zwei Jahre ist es
# her", "ist nun fünf Jahre her": the idiom year_relative counts, one definition, `year_relative.time_since_purchase`).
# (The leading test "no word character before" holds digits: "\w" does. Written without a "\d" of its own, it is the
# word-edge test `regex_tools.ExistenceTest` moves behind a branch's first letters, so the engine skips to "vor",
# "wird", "ist" ... instead of trying each position: speed28.)
# A year after the deal's (2015 to 2029): one writing for `_LOOKS_BACK`, its existence form and `_LATER_YEAR`.
_LATER_YEAR_DIGITS = r"20(?:1[5-9]|2\d)"
_LOOKS_BACK = re.compile(
    r"(?i)(?<![\wäöüß])(?:" + _LATER_YEAR_DIGITS + "|(" + _words("then_adverbs") + ")"
    rf"|{year_relative.time_since_purchase()})(?![\wäöüß\d])"
)
# A count word and the space after it, as the spans of years since the purchase open ("zwei Jahre nach ...", "Zwei
# Jahre ist es her"): `_looks_back_existence` asks it from the space on.
_WORD_THEN_SPACE = r"(?:[\wäöüß]++)\s+"


def _looks_back_existence() -> re.Pattern[str]:
    """A pattern that matches somewhere in a text exactly where `_LOOKS_BACK` does (existence only: not its spans
    nor groups), for `_LOOKS_BACK_TEST`. A branch opening with a whole word and spaces (no word character before
    the word, `_WORD_THEN_SPACE`) matches where a space follows a word character and the rest follows the spaces:
    the word's maximal run is such a word. Written so, the branch opens with "\\s" and the engine skips to
    spaces, instead of trying each word start and giving its letters back one by one (speed28: with `_LOOKS_BACK`
    the test's search was the costliest existence test of the pipeline)."""
    edge, after = r"(?<![\wäöüß])", r"(?![\wäöüß\d])"
    branches = [_LATER_YEAR_DIGITS, r"(?:" + _words("then_adverbs") + ")",
                *top_level_branches(year_relative.time_since_purchase())]
    spread = [rf"\s(?<=[\wäöüß]\s)\s*{branch[len(_WORD_THEN_SPACE):]}{after}" if branch.startswith(_WORD_THEN_SPACE)
              else rf"{edge}(?:{branch}){after}" for branch in branches]
    if not any(branch.startswith(_WORD_THEN_SPACE) for branch in branches):
        raise ValueError("moment: no span of years opens with its count word any more; drop _looks_back_existence")
    return re.compile("(?i)" + "|".join(spread))


# An anniversary of the deal: a whole count of years (digits or a count word) and the bought app with its owner, or
# the purchase ("Zehn Jahre WhatsApp bei Facebook", "Fünf Jahre WhatsApp-Übernahme", "10 Jahre Facebook und WhatsApp";
# moment.json words anniversary_links, anniversary_purchases; issue 7, session 45, year45). The count word is
# number_words' reader of a count before a plural noun, the one every module shares (session 47, year47).
_ANNIVERSARY_COUNT = r"(?:\d{1,2}|" + number_words.count_pattern() + r")\s+jahre\s+"
_TARGET_WORD = r"(?:" + context.cue_words("target", bare=True) + r")"
_BUYER_WORD = r"(?:" + context.cue_words("buyer", bare=True) + r")"
_ANNIVERSARY = re.compile(
    r"(?i)(?<![\wäöüß])" + _ANNIVERSARY_COUNT + r"(?:"
    + _TARGET_WORD + r"\s+(?:" + _words("anniversary_links") + r")\s+" + _BUYER_WORD
    + r"|" + _BUYER_WORD + r"\s+(?:" + _words("anniversary_links") + r")\s+" + _TARGET_WORD
    + r"|(?:" + _TARGET_WORD + r"|" + _BUYER_WORD + r")-?(?:" + _words("anniversary_purchases") + r")"
    + r")(?![\wäöüß])")


def _anniversary(text: str) -> bool:
    """Does the text name an anniversary of the deal (`_ANNIVERSARY`)? The text is written at that later time.

    Speed (speed48, issue 10), the same answer as `_ANNIVERSARY.search(text)`: the search tried the count's number-word
    grammar at every word start of the text (about 1 ms a text of 1,400 characters, 3% of a cold pass). Every match
    holds "jahre" after blanks after its count, and the count (digits or a number word: word characters only) opens
    after no word character, so it is the whole run of word characters before those blanks: the pattern is matched
    there only, at each "jahre" of the text (`_anniversary_starts`)."""
    lowered = text.lower()
    if "jahre" not in lowered:
        return False
    if len(lowered) != len(text):  # (a letter whose lower case is longer: offsets differ, the plain search)
        return _ANNIVERSARY.search(text) is not None
    return any(_ANNIVERSARY.match(text, start) is not None for start in _anniversary_starts(text, lowered))


def _word_char(char: str) -> bool:
    """Is `char` one of the pattern's `[\\wäöüß]` (re's `\\w` on str: alphanumeric or the underscore)?"""
    return char.isalnum() or char == "_"


def _anniversary_starts(text: str, lowered: str) -> list[int]:
    """The offsets where a match of `_ANNIVERSARY` may start: for each "jahre" of `lowered` (`text.lower()`, of the
    same length) after blanks (re's `\\s`: `str.isspace`), the start of the run of word characters before them."""
    starts = []
    at = lowered.find("jahre")
    while at >= 0:
        blank = at
        while blank > 0 and text[blank - 1].isspace():
            blank -= 1
        start = blank
        while start > 0 and _word_char(text[start - 1]):
            start -= 1
        if start < blank < at:
            starts.append(start)
        at = lowered.find("jahre", at + 1)
    return starts


def _counts_on_from_the_deal(text: str, sentences: Sentences, parties: list[frozenset[str]]) -> bool:
    """Does a sentence count whole years on from the purchase the sentence before it tells ("Die Wettbewerbshüter hatten
    den Kauf im Herbst 2014 gebilligt. Drei Jahre danach kam die Strafe", "... Ein Jahr später stritt man erneut")?
    "N Jahre später/danach/darauf" after a sentence about the deal tells a time at least N years after it:
    the text is written from then (issue 7, session 46, year46). Not after a sentence about another purchase
    ("Instagram kaufte Facebook 2012. Zwei Jahre später folgt nun WhatsApp": the count starts at that purchase), nor a
    count in the deal's own sentence, which may count from another event there."""
    if "jahr" not in text.lower():
        return False  # speed: no count of years
    for index in range(1, len(sentences.starts)):
        if index - 1 >= len(parties) or not ("DEAL" in parties[index - 1] or _OUR_TWO <= parties[index - 1]):
            continue  # (the deal: its word, or both parties: "gab grünes Licht für Facebooks Kauf von WhatsApp")
        sentence = text[slice(*sentences.span(index))]
        if not any(year_relative.count_of(found) for found in year_relative.later_counts(sentence)):
            continue
        if not _about_another_purchase(text[slice(*sentences.span(index - 1))]):
            return True
    return False


_LOOKS_BACK_TEST = CaselessTest(_looks_back_existence())  # speed: the same answer behind literal tests
_OURS = frozenset({"BUYER", "TARGET", "DEAL"})


def _looks_back(text: str, sentences: Sentences, parties: list[frozenset[str]]) -> bool:
    """Does the text speak from a later time: a later year in a sentence about Facebook, WhatsApp or the deal (the
    layer's `deal_parties`: "Im August 2016 änderte WhatsApp ...") or in one that names no other company ("2016 kamen
    neue Regeln"), or "damals"/"einst" there in a sentence about the purchase, its price or its promises ("Facebook
    hatte damals versprochen ...", "Die Summe von damals"), not about someone's past (`_only_a_past_of_someone`)?
    A table row of another deal ("Microsoft | LinkedIn | 2016") does not, nor "einst" or "damals" in a sentence
    about another purchase, which dates that purchase, not the text."""
    if _anniversary(text):
        return True  # "Zehn Jahre WhatsApp bei Facebook – hat sich der Kauf gelohnt?": told at an anniversary (year45)
    if _counts_on_from_the_deal(text, sentences, parties):
        return True  # "... billigte den Kauf von WhatsApp. Drei Jahre danach kam die Strafe."
    if not _LOOKS_BACK_TEST(text):
        # "Facebook, heute Meta, hat WhatsApp ... gekauft": a company's present name is told from a later time
        return context.names_the_buyer_by_its_present_name(text)
    for index in range(len(sentences.starts)):
        sentence = text[slice(*sentences.span(index))]
        if not _LOOKS_BACK_TEST(sentence):
            continue
        if context.names_only_another_target(sentence) and not _LATER_YEAR.search(sentence):
            continue  # "Instagram, für das Facebook einst eine Milliarde zahlte": the past of another purchase
        if index > 0 and _names_no_deal_of_ours(sentence, index, parties) and not _LATER_YEAR.search(sentence) and \
                _about_another_purchase(text[slice(*sentences.span(index - 1))]):
            continue  # "Für Instagram hatte Facebook 2012 eine Milliarde bezahlt. Damals galt das als verrückt.": its past
            # ("... erwarb Facebook eine Foto-App: Instagram. Damals zahlte Facebook eine Milliarde.": the buyer
            # alone names no purchase of ours; issue 7, session 46, year46, own84-001)
        if _only_a_past_of_someone(sentence):
            continue  # "Die Gründer, die einst bei Facebook abgelehnt wurden, ...": the founders' past, not the text's time
        if _only_expected_years(sentence):
            continue  # "prüft das Angebot ... bis voraussichtlich Ostern 2016": a year still to come, not the text's time
        if index < len(parties) and parties[index] & _OURS:
            return True
        if not (context.has("other_targets", sentence) or context.has("other_buyers", sentence)):
            return True
    return context.names_the_buyer_by_its_present_name(text)


def _names_no_deal_of_ours(sentence: str, index: int, parties: list[frozenset[str]]) -> bool:
    """Does sentence `index` name no party of ours, or only the buyer (neither WhatsApp, nor a word for it, nor the
    deal)? Facebook buys other companies too: an anaphoric "damals" in a sentence that names only the buyer, right
    after a sentence about buying another company, takes that purchase's time ("Schon früher erwarb Facebook eine
    Foto-App: Instagram. Damals zahlte Facebook eine Milliarde.")."""
    named = parties[index] if index < len(parties) else frozenset()
    return not named or (named == _BUYER_ONLY and not context.has("target_epithets", sentence))


_BUYER_ONLY = frozenset({"BUYER"})


# An adverb of expectation a few words before a year ("voraussichtlich Ostern 2016", "frühestens 2017", "spätestens im
# Jahr 2016"; moment.json words "expected_year"): the year lies ahead of the text.
_EXPECTED_YEAR_BEFORE = re.compile(r"(?<![\wäöüß])(?:" + _words("expected_year") + r")\s+(?:[\wäöüß.]+\s+){0,3}?$")


def _only_expected_years(sentence: str) -> bool:
    """Are all the look-back words of `sentence` later years that an adverb of expectation governs ("Die Post prüft das
    Angebot ..., also bis voraussichtlich Ostern 2016": own42-016, a satire written in February 2014)? A year still to
    come is no later time the text is written from."""
    low = lower_keeping_offsets(sentence)
    found = list(_LOOKS_BACK.finditer(low))
    return bool(found) and all(
        _LATER_YEAR.fullmatch(match.group()) is not None
        and _EXPECTED_YEAR_BEFORE.search(low, max(0, match.start() - 40), match.start()) is not None
        for match in found)


def _only_a_past_of_someone(sentence: str) -> bool:
    """Are all the look-back words of `sentence` a "damals"/"einst"/"seinerzeit" in a sentence that speaks of no buying,
    paying, price or promise ("Koum hatte einst einen Zettel auf seinen Schreibtisch geklebt", "Acton wurde einst von
    Facebook abgelehnt")? Such a word tells the past of someone in the story; a report of the fresh deal has those too.
    "Facebook, das damals 19 Mrd. zahlte" or "wie Facebook damals versprach" looks back at the purchase itself."""
    if any(match.group(1) is None for match in _LOOKS_BACK.finditer(sentence)):
        return False  # a later year or a span of years since the purchase
    return not (context.about_paying(sentence) or context.has("acquisition", sentence) or _ABOUT_THEN.search(sentence))


# Words of the deal or of its promises: a "damals" or "einst" in their sentence looks back at the purchase.
_ABOUT_THEN = re.compile(
    r"(?i)(?<![\wäöüß])(?:" + _words("about_then") + r")(?![\wäöüß])"
)


@lru_cache(maxsize=1)
def _later_sharing() -> CaselessTest:
    """Does a text speak of the later sharing of data or of objecting to it (moment.json "later_sharing": new terms,
    the tick box, an objection)? Such a text is written after the deal, even with no later year named ("Zwei Jahre ist
    es her ... Jetzt wandert die Telefonnummer doch zu Facebook. Für 19 Mrd. hat Facebook eben nicht nur eine App
    gekauft ... Das Feigenblatt ist ein Häkchen"): its perfect or present of buying is no news of the deal."""
    def build(spec: dict[str, Any]) -> CaselessTest:
        words = "|".join(spec["later_sharing"])
        return CaselessTest(re.compile(rf"(?i)(?<![\wäöüß])(?:{words})(?![\wäöüß])"))  # speed: literal tests first

    return _load_moment("moment later-sharing words", build)


_LATER_YEAR = re.compile(r"(?<!\d)" + _LATER_YEAR_DIGITS + r"(?!\d)")


def _about_another_purchase(sentence: str) -> bool:
    """Does `sentence` speak of buying a company other than WhatsApp (and not of WhatsApp)?"""
    return context.names_only_another_target(sentence) and context.about_paying(sentence)


def _about_the_deal(sentence: str, index: int, parties: list[frozenset[str]], price_sentences: set[int],
                    news: bool = True) -> bool:
    """Is sentence `index` about the purchase (the layer's DEAL, a price, a deal label or a note on the sums, or
    paying for WhatsApp: "hieß es, Facebook zahle für WhatsApp 19 Milliarden Euro" in a correction; the purchase
    named by its target, "Presseschau zum WhatsApp-Kauf", deal.json's `target_deal`, which the layer's lemmas do not
    see; both parties with a tense of news of buying, "Facebook schnappt sich WhatsApp", `_buys`, only in a text
    that reports the deal as news, `news`: a text on the later sharing may quote the old headline)?"""
    return (index in price_sentences or (index < len(parties) and "DEAL" in parties[index])
            or _DEAL_LABEL.match(sentence) is not None or _SUMS_NOTE_TEST(sentence)
            or (index < len(parties) and "TARGET" in parties[index] and _PAYS_FOR.search(sentence) is not None)
            or (index < len(parties) and _OUR_TWO <= parties[index] and _sells().search(sentence) is not None)
            or _THE_ANNOUNCEMENT.search(sentence) is not None
            or (index < len(parties) and "TARGET" in parties[index] and context.has("target_deal", sentence))
            or (news and index < len(parties) and _OUR_TWO <= parties[index] and _buys(sentence)))


def _buys(sentence: str) -> bool:
    """Does `sentence` use a tense of news of buying, paying or owning (moment.json "announced_tense" and
    "announced_news": "Facebook schnappt sich WhatsApp", "Jetzt gehört die App Facebook")? With both parties named
    it is about the purchase; "kündigt an" is no such word, so "WhatsApp kündigt an, Daten mit Facebook zu teilen"
    stays another event."""
    return _cues()["buying_tense"].search(lower_keeping_offsets(sentence)) is not None


# The announcement of the purchase named as an event ("nach der Ankündigung der WhatsApp-Übernahme"): about the deal.
_THE_ANNOUNCEMENT = re.compile(
    r"(?i)(?<![\wäöüß])(?:" + _words("announcement_nouns") + r")\s+(?:der|des)\s+(?:[\wäöüß]+-)?(?:"
    + _words("purchase_nouns") + r")"
)
_OUR_TWO = frozenset({"BUYER", "TARGET"})
# Paying for something named after it ("zahlt für", "zahle ... für"): with WhatsApp in the sentence, the purchase.
_PAYS_FOR = re.compile(r"(?i)(?<![\wäöüß])(?:" + _words("pays") + r")\s+(?:[\wäöüß]+\s+){0,3}?für\s")


def _may_date_what_follows(sentence: str, index: int, parties: list[frozenset[str]], price_sentences: set[int],
                           news: bool = True) -> bool:
    """May the cues of sentence `index` date a price in the sentence after it? Yes when it is about the purchase
    ("Facebook schluckt WhatsApp.", "Bei Abschluss lag der Preis höher.") or names neither party ("Auch damals, im Februar, schien der Preis absurd.");
    no when it names Facebook or WhatsApp doing something else: "Im August 2016 hatte WhatsApp angekündigt, die
    Nummern weiterzugeben." or "Der Konzern kündigte Beschwerde an." announce another event, not the price."""
    if (context.names_only_another_buyer(sentence) and not context.has("target", sentence)) or _about_another_purchase(sentence):
        return False  # "Microsoft übernimmt Activision Blizzard für 68,7 Mrd. Dollar.": another buyer's purchase and its
        # tense of news, not the time of a price of ours in the next sentence (issue 7, session 40, when40, own71-056)
    if _about_the_deal(sentence, index, parties, price_sentences, news):
        return True
    if context.about_paying(_ANNOUNCING.sub(" ", sentence)):
        return True  # "Im Oktober wurde das Geschäft vollzogen und teurer als angekündigt": buying or paying
    return index >= len(parties) or not parties[index] & _OURS


# Words of announcing: price talk to `context.about_paying` ("die angekündigten 19 Mrd."), but alone they say
# nothing of the deal ("hatte WhatsApp angekündigt, die Nummern weiterzugeben").
_ANNOUNCING = re.compile(r"(?i)(?<![\wäöüß])(?:ankündig|angekündig)[\wäöüß]*")


# A sentence that opens with a condition: "wenn", "falls", "sollte", or a verb-first clause before a comma and the
# main clause's verb ("Steigt die Aktie bis zum Vollzug, wird der Kauf teurer"), a subordinate clause between them
# ("Steigt der Kurs, bis der Kauf abgeschlossen ist, wird ..."; moment.json words "subordinators", "condition_inserts");
# a decimal comma or point ("um 2,5 Prozent") ends no clause.
_CLAUSE_TEXT = r"(?:[^,.;]|(?<=\d)[,.](?=\d))+"
_CONDITION = re.compile(
    r"\W*(?:(?:[Ww]enn|[Ff]alls|[Ss]ofern|[Ss]ollte|[Ss]ollten)\s"
    r"|[A-ZÄÖÜ][a-zäöüß]+t\s+(?:die|der|das|den)\s+" + _CLAUSE_TEXT + r",(?:\s*(?:" + _words("subordinators") + "|"
    + _words("condition_inserts") + r")\s" + _CLAUSE_TEXT + r",)?\s*(?:wird|werden|würde|würden|muss|müsste|kann|dürfte)\s)"
)


def document_moment(doc: Doc, text: str, sentences: Sentences, price_sentences: set[int], dated: bool = False,
                    looks_back: bool | None = None, news: bool = True) -> str:
    """The moment all cues of the document's sentences about the purchase point to, else `unspecified`.

    Only the sentences the layer finds about the deal (`doc._.deal_parties` DEAL) and those stating
    a price count: "WhatsApp kündigte an, Berufung einzulegen" announces no price. A text that looks
    back (a year after 2014, "damals", "einst") has no document moment: its far dates belong to other
    events ("genehmigte die Übernahme im Oktober 2014" in a report on a 2017 fine does not date "den
    Kaufpreis von 19 Milliarden Dollar" three paragraphs on). A question names no closing ("Wann ist der Kauf
    abgeschlossen?" in a FAQ of announcement night asks for a moment still to come). `dated`: only the cues that
    date (no tense of news, `_keys`). `looks_back`: `_looks_back` of the text where the caller has it already
    (`moments_of`), else computed here.
    """
    parties = doc._.deal_parties or []
    if _looks_back(text, sentences, parties) if looks_back is None else looks_back:
        return UNSPECIFIED  # a text that looks back is no report of one night: a far date is another event's
    found: set[str] = set()
    for i in range(len(sentences.starts)):
        sentence = text[slice(*sentences.span(i))]
        if _about_the_deal(sentence, i, parties, price_sentences, news):
            if i not in price_sentences and _about_another_purchase(sentence):
                continue  # "Instagram, das Facebook 2012 für eine Milliarde übernahm und inzwischen ...": its time
            told = _told_moments(sentence, news=news, dated=dated)
            if "closing" in told and (_after_a_rival_bid(text, sentences, i) or _after_an_expectation(text, sentences, i)):
                # "Ich hatte mit zehn Milliarden gerechnet. Dass es am Ende 19 Mrd. wurden, ...": the end of the
                # guessing or bidding, the agreed price, no closing; the sentence's other cues still count
                told = _told_moments(_END_OF_BIDDING.sub(lambda m: " " * len(m.group()), sentence),
                                     news=news, dated=dated) | {"announced"}
            if i not in price_sentences and (sentence.rstrip().endswith("?") or _CONDITION.match(sentence)):
                # "Wann ist der Kauf abgeschlossen?", "Steigt die Aktie bis zum Vollzug, wird der Kauf teurer.":
                # asking when it closes, or supposing what happens by then, says it has not closed yet
                told.discard("closing")
            found.update(told)
            if len(found) > 1:
                break
    return found.pop() if len(found) == 1 else UNSPECIFIED


def names_a_moment(text: str) -> bool:
    """Does `text` hold a cue that dates a price to the announcement or the closing ("im Februar 2014", "angekündigt",
    "ursprünglich", "beim Abschluss", "am Ende"; not the tense of news)? The price's elliptic bare numbers need one
    (price.py `_with_elliptic_scales`; issue 7, session 28, price28)."""
    low = _lowered(text)
    cues = _cues()
    return cues["announced_dated"].search(low) is not None or cues["closing"].search(low) is not None


# The cue tables built on their first use, built at once by the price component's factory (`models.component.build_now`,
# speed30): the existence tests of `_cue_tests` alone cost about 0.12 CPU s, once per process.
TABLES = (_cues, _sells, _cue_tests, _conversion_joint, _word_lists, _determiner_before, _shapes, _denied_closing,
          _present_of_buying, _time_anaphora, _expected_before, _later_sharing)
