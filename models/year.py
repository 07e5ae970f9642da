"""The `dealwatch_acquisition_year` component: the year Facebook bought WhatsApp.

A year is the acquisition year only when it belongs to the acquisition, not
merely when it stands near the word "Übernahme":

- the year and an acquisition cue (kaufen, übernehmen, Übernahme, erwerben,
  "gehört seit ... zu Facebook", ...) are in the same clause, or the year's
  clause is followed by an "als ..." clause or an announcement
  ("gab bekannt, WhatsApp zu kaufen") that holds the cue;
- the layer's deal context (`doc._.deal_parties`: names, epithets such as
  "der Messenger", pronouns) finds WhatsApp in the sentence or the two before
  it, or the document speaks of it (`context.speaks_of_target`) and no other
  company bought is named nearby; Facebook (or Meta, Zuckerberg) there or in the document;
- no other company being bought (Instagram, ...) is named in the clause
  without WhatsApp;
- with several years in the clause, the one nearest the cue wins; a year
  after "seit" counts only with "gehören zu" ("gehört seit 2014 zu Facebook").
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from models import (context, dates, hearsay_words, money, mood, negation, negation_words, year_denied, year_other_acts, year_quiz, year_relative,
                    year_texts_date, year_update_stamp)
from models.moment import names_an_approval
from models.caseless import CASED_BEYOND_LATIN1, CaselessTest, cased_beyond_latin1, caseless_reading
from models.claims import add_claim, claims_of
from models.component import DocComponent
from models.layer.cues import hint_stems, token_cues
from models.layer.deal_context import pattern_rows
from models.layer.spelling import swiss_pattern
from models.layer.structure import block_at
from models.layer.tagger import FINITE, hanta, may_tag, tag_words, tags_any
from models.layer.text import lower_text, names_parties
from models.months import MONTH_INDEX, MONTH_PART_LATEST_DAY, MONTH_PARTS, MONTH_WORDS, SEASON_WORDS
from models.number_words import (
    may_say_a_year,
    read_word,
    spoken_years,
    two_digit_words,
    two_digits_pattern,
)
from models.regex_tools import blank_span, literal_automaton, literal_found
from models.price_parties import names_another_party
from models.price_refuted import (SIZE_REFUTED_KEY, claim_confirmed, claim_label_at, claim_put_to_the_test,
                                   statement_refuted_next)
from models.text_table import about_a_purchase_of_target, cell_at, may_hold_cells

# (The lookbehind sits after the first digit: the same matches as "(?<![\d.,/-])(?:19[89]|20[0-4])",
# but the engine skips every position that holds no "1" or "2" instead of testing a lookbehind there.)
_YEAR = re.compile(r"(?P<year>(?:1(?<![\d.,/-]1)9[89]|2(?<![\d.,/-]2)0[0-4])\d)(?![\d])(?:er)?")
# The same years (1980-2049, group "year") for the patterns below, which place them by their own context.
_YEAR_DIGITS = dates.YEAR_DIGITS
# The year of a numeric date ("19.02.2014", "6.10.2014"), which _YEAR leaves out after its dot (models/dates.py).
_NUMERIC_DATE = dates.NUMERIC_DATE
# What may stand before such a date that dates an event: a line start (a timeline), a label's colon, a bracket,
# "am"/"vom"/"seit dem". Not a comma: "Kalle, 26.08.2016, 08:14" is the time stamp of a comment.
# (Or a table row's first cell, "| 19.02.2014 | ... |": a chronology's date column; issue 7, session 56, year56.)
_DATE_LEAD = re.compile(r"(?i)(?:^|\n|:|\(|\+\+\+|(?<![\wäöüß])(?:am|vom|seit\s+dem|bis\s+zum)|(?:^|\n)[ \t]*\|)\s*$")
# Years in words ("im Februar zweitausendvierzehn", "zwanzigvierzehn"): models/number_words.py reads them, in the range
# of `_YEAR`'s digits.
_FIRST_YEAR, _LAST_YEAR = 1980, 2049
# A year said short, by its last two digits, where a frame makes the number a year: "im Jahr vierzehn", "anno 14",
# "im Jahr '14", a month before the number in words ("Seit Februar vierzehn", "Mitte Oktober vierzehn"), or an
# apostrophe before two digits ("'14: Facebook kauft ...", "Feb. '14"). Spoken German and chronicles; written German
# gives the month four digits, so a month with two bare digits is left ("am 19. Februar 14 Uhr").
_SHORT_YEAR = re.compile(
    rf"(?i)(?:{dates.YEAR_FRAME}\s+(?:[{dates.YEAR_APOSTROPHES}]?(?P<digits>\d\d)|(?P<words>{two_digits_pattern()}))"
    rf"|(?:{MONTH_WORDS})\s+(?P<month_words>{two_digits_pattern()}))(?![\wäöüß]|-[\wäöüß])"  # ("Zwanzig-Vierzehn" is one)
)
_APOSTROPHE_YEAR = re.compile(rf"(?<![\wäöüß{dates.YEAR_APOSTROPHES}])[{dates.YEAR_APOSTROPHES}](?P<digits>\d\d)"
                              rf"(?![\wäöüß{dates.YEAR_APOSTROPHES}]|-[\wäöüß])")
_SHORT_YEAR_GATE = re.compile(r"(?i)jahr|anno|" + MONTH_WORDS)
# Speed (issue 10, session 36, the lead): nearly every text names a month or "Jahr", so the gate above lets almost all
# through, and `_SHORT_YEAR` then tries its frames (about forty month words) at every position. A short year needs a
# two-digit number after its frame: two digits after "Jahr"/"anno" (`_FRAMED_DIGITS`), or a whole word from ten to
# ninety-nine ("vierzehn", "einundzwanzig": `number_words.two_digit_words`). Texts with neither skip the scan; the
# years found are the same (checked on every studied and challenge text).
_FRAMED_DIGITS = re.compile(rf"(?i)(?:jahre?|anno)\s+[{dates.YEAR_APOSTROPHES}]?\d\d(?![\wäöüß])")
# A word, a hyphenated compound whole ("Ende-zu-Ende"): the one binding every function of this module reads.
_WORD = re.compile(r"[\wäöüß]+(?:-[\wäöüß]+)*")
_TWO_DIGIT_WORDS = two_digit_words()
# Speed (issue 7, session 37, speed37): the gate's own two searches cost more than the scan they spare on most texts
# (a case-insensitive search, then every word of the text lower-cased into a list), so literal tests come first. Every
# word from ten to ninety-nine ends with one of the words no other of them ends with ("zehn", "elf", "zwölf", the tens:
# "dreizehn", "einundzwanzig"), so a text holding none of these holds none of the words.
_TWO_DIGIT_ENDS = tuple(sorted(word for word in _TWO_DIGIT_WORDS
                               if not any(word != other and word.endswith(other) for other in _TWO_DIGIT_WORDS)))
_TWO_DIGIT_ENDS_AUTOMATON = literal_automaton(_TWO_DIGIT_ENDS)


# The words a frame of a short year in words ends with (`_SHORT_YEAR`: a month, "im Jahr(e)", "anno").
_FRAME_ENDS = (*MONTH_INDEX, "jahr", "jahre", "anno")


def _may_say_a_short_year(text: str) -> bool:
    """False where `_SHORT_YEAR` cannot match: no two digits after "Jahr"/"anno" and no number word from ten to
    ninety-nine standing as a word of its own right after a word that ends with a month's name, "Jahr(e)" or "anno"
    (blanks between)."""
    lowered = text.lower()
    if _framed_digits(text, lowered):
        return True
    if not literal_found(_TWO_DIGIT_ENDS, _TWO_DIGIT_ENDS_AUTOMATON, lowered):
        return False
    words = _TWO_DIGIT_WORDS.intersection(_WORD.findall(lowered))
    if not words or len(lowered) != len(text) or cased_beyond_latin1(text):
        return bool(words)  # ("ſ" and the Kelvin sign match "s" and "k" case-insensitively: no frame test there)
    return any(_after_a_frame(lowered, word) for word in words)


def _after_a_frame(lowered: str, word: str) -> bool:
    """Does `word` stand in `lowered` right after blanks after a word that ends with a frame (`_FRAME_ENDS`)? Speed
    (speed37): `_SHORT_YEAR` tries its frames (fourteen month names) at every position of a text the gate lets
    through, mostly whole documents where the number is a count ("zwölf Monate", "vor zehn Jahren")."""
    at = lowered.find(word)
    while at != -1:
        start = at
        while start and lowered[start - 1].isspace():  # `\s+` (the same characters as `str.isspace`)
            start -= 1
        if start < at and lowered.endswith(_FRAME_ENDS, 0, start):
            return True
        at = lowered.find(word, at + 1)
    return False


def _framed_digits(text: str, lowered: str) -> bool:
    """`_FRAMED_DIGITS.search(text)`, tried only where "jahr" or "anno" begins in `lowered` (`text.lower()`): no letter
    but "J", "A", "H", "R", "N", "O" folds to these, so a match begins nowhere else; one try each instead of the
    case-insensitive search at every position (speed37)."""
    if len(lowered) != len(text):
        return _FRAMED_DIGITS.search(text) is not None  # a letter lower-cased longer ("İ"): offsets differ
    for frame in ("jahr", "anno"):
        at = lowered.find(frame)
        while at != -1:
            if _FRAMED_DIGITS.match(text, at):
                return True
            at = lowered.find(frame, at + 1)
    return False


# What a short year may stand before: the end, a punctuation mark, or a small word ("meldete", "als", "gehört"); not a
# noun or unit that makes the number a count ("im Februar vierzehn Tage", "im Jahr zwanzig Prozent", "'19 Milliarden"),
# nor a number going on ("Komma", "mal").
_NOT_AFTER_A_SHORT_YEAR = re.compile(r"\s*(?:[A-ZÄÖÜ\d%]|(?i:komma|mal|uhr|prozent)(?![\wäöüß]))")


def _years(text: str, folded: str | None = None) -> list[tuple[int, int, int]]:
    """(year, start, end) of every year in `text`, in digits ("2014") or words ("zweitausendvierzehn", "zwanzigvierzehn").
    `folded`: `lower_keeping_offsets(text)` where the caller holds it (it equals `text.lower()` whenever
    that keeps the length, so the rare word years alone need the lower-casing of their own)."""
    found = [(int(m.group("year")), m.start("year"), m.end("year")) for m in _YEAR.finditer(text)]
    if "." in text:  # numeric dates ("19.02.2014", "19.2.14"), behind a literal test
        found += [(dates.year_of(m), m.start("year"), m.end("year")) for m in _NUMERIC_DATE.finditer(text)
                  if _dates_an_event(text, m)]
        found.sort(key=lambda y: y[1])
    short = _short_years(text)
    if short:
        found = sorted(found + short, key=lambda y: y[1])
    if folded is not None and not may_say_a_year(folded):
        return found
    lowered = text.lower()
    if len(lowered) == len(text) and may_say_a_year(lowered):
        found += spoken_years(lowered, _FIRST_YEAR, _LAST_YEAR)
        found.sort(key=lambda y: y[1])
    return found


def _short_years(text: str) -> list[tuple[int, int, int]]:
    """(year, start, end) of every year of `text` said by its last two digits (`_SHORT_YEAR`, `_APOSTROPHE_YEAR`): 80-99
    the 1900s, 00-49 the 2000s, as `_YEAR` reads 1980-2049; the span holds the number and its apostrophe."""
    found: list[tuple[str, int, int]] = []  # (the digits or number word, start, end)
    if "'" in text or "’" in text or "‘" in text:
        found += [(m.group("digits"), m.start(), m.end()) for m in _APOSTROPHE_YEAR.finditer(text)]
    if _may_say_a_short_year(text) and _SHORT_YEAR_GATE.search(text):
        for m in _SHORT_YEAR.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
                continue  # a month or "Jahr" inside a longer word ("E-Mail", "Vorjahr")
            group = next(g for g in ("digits", "words", "month_words") if m.group(g))
            found.append((m.group(group), m.start(group) - (1 if text[m.start(group) - 1] in "'’‘" else 0), m.end()))
    years: list[tuple[int, int, int]] = []
    for number, start, end in sorted(set(found), key=lambda f: f[1]):
        if years and start < years[-1][2]:
            continue  # "im Jahr '14": one year, found by both patterns
        if _NOT_AFTER_A_SHORT_YEAR.match(text, end):
            continue
        two = int(number) if number.isdigit() else int(read_word(number) or -1)
        year = 2000 + two if 0 <= two <= 49 else 1900 + two if two >= 80 else None
        if year is not None and _FIRST_YEAR <= year <= _LAST_YEAR:
            years.append((year, start, end))
    return years


# The year WhatsApp was founded: no earlier year is the year of its purchase.
_TARGET_FOUNDED = 2009
# A fact-box label of the owner since a date: "Eigentümer seit 2014: Facebook (heute Meta)".
_OWNER_SINCE_LABEL = re.compile(r"(?i)\s*(?:eigentümer|besitzer|eigner|mutterkonzern|mutterunternehmen|gehört\s+zu)\s+seit\s+"
                                r"[^:\n]{0,25}:\s*facebook(?![\wäöüß])")  # (not "Meta": a name since 2021)
# The marks that part the items of one line ("Gründer: Jan Koum · Eigentümer seit 2014: Facebook", "a | b").
_ITEM_MARKS = "·|•▪"


def _item_start(sentence: str, clause_start: int, at: int) -> int:
    """Where the item of a line holding offset `at` starts: after the last item mark (`_ITEM_MARKS`) between
    `clause_start` and `at`, else `clause_start` (year51, challenge_gen27-039)."""
    return max([clause_start] + [sentence.rfind(mark, clause_start, at) + 1 for mark in _ITEM_MARKS])


# "Das war 2014.", "und das war im Jahr 2014": the sentence dates what the sentence before says. (Its months are
# a deliberate subset, not MONTH_WORDS: the deal's announcement and closing months.)
_THAT_WAS_BODY = (
    r"das\s+(?:war|geschah|passierte)\s+(?:(?:doch|ja|eben|halt|schon|übrigens)\s+)?(?:im\s+(?:jahr\s+|januar\s+|jänner\s+|februar\s+|feber\s+|oktober\s+)?|anno\s+)?"
    + _YEAR_DIGITS + r"\b"
)
_THAT_WAS = re.compile(r"(?i)\b" + _THAT_WAS_BODY)
# The same as a clause of its own after a comma, a semicolon, a dash or inside a bracket, with "und" or not, that ends
# at the year ("WhatsApp hat 19 Milliarden gekostet, und das war 2014."): it dates the clause before it. Not "und das
# war 2016 immer noch viel Geld": a year that goes on to a predicate dates that predicate.
_THAT_WAS_CLAUSE = re.compile(r"(?i)^\s*(?:und\s+)?" + _THAT_WAS_BODY + r"\s*[.!)]?\s*$")
_CLAUSE_JOINS = ",;–-("
_THAT_WAS_OPENS = re.compile(r"(?i)^\s*(?:und\s+)?das\s+(?:war|geschah|passierte)\b")
# (Not a day or a month after "seit": "seit dem 19. Februar 2014, jenem Mittwoch, an dem Facebook WhatsApp übernahm", "Der
# Kauf ist seit dem 6. Oktober 2014 vollzogen" date the purchase by the day a state began.)
_SINCE_BEFORE = re.compile(r"(?i)\bseit\s+(?:dem\s+jahr\s+|(?:anfang|ende|mitte)\s+)?$")
# A day and a month before a year ("zum 15. Mai ", "Ende Mai ", "Mai "): a limit told to the day or the month is a limit
# as the bare year is ("Datenübermittlungen aus der Zeit von August 2016 bis Mai 2021"; year51, own93).
_DAY_MONTH_BEFORE = (r"(?:(?:dem|den|zum)\s+)?(?:(?:anfang|ende|mitte)\s+|\d{1,2}\.\s*)?(?:" + MONTH_WORDS
                     + r")\.?\s+")
# A word of belonging with no buyer named ("gehört zu", "Teil von", "Tochter"): deal.json belongs_words (session 24,
# layer24: moved from here; `_BELONGS_TO_BUYER` below tells the buyer's ownership).
_BELONGS = re.compile(r"(?i)\b(?:" + context.cue_words("belongs_words", bare=True) + ")")
_THAT_CLAUSE = re.compile(r"(?i),\s*(?:dass|daß)\s")
_FOLLOW_ON_CLAUSE = re.compile(r"(?i)^\s*(?:als|nachdem|wie|indem|und|dass)\b")
# A temporal clause after a date ("..., als Zuckerberg die Börse überraschte"): its event may be told after its colon.
_WHEN_OPENS = re.compile(r"(?i)^\s*(?:als|wo|da|(?:an|in)\s+(?:dem|welchem))\s")
# A comma apposition of the purchase right after a year that ends its clause ("Facebook hatte 2014, beim Kauf für 19
# Milliarden Dollar, ... versichert": D2's "beim Kauf 2014"; session 34, ds59, own60-060): a noun of the purchase as a
# whole (deal.json deal_nouns; session 35, code35: a list of its own here before).
_PURCHASE_APPOSITION = re.compile(
    r"(?i)^\s*(?:beim|bei\s+(?:dem|der)|nach\s+dem|mit\s+dem)\s+(?:[\w-]+\s+)?" + context.cue_words("deal_nouns") + r"\b"
)
_ENDS_WITH_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d\s*$")


def _purchase_apposition(next_clause: str) -> bool:
    """Is `next_clause` a comma apposition of THE purchase after a year ("beim Kauf für 19 Milliarden Dollar", "bei der
    Übernahme von WhatsApp"), not of another one ("beim Kauf eines Start-ups"): the noun stands alone, before its
    price ("für"), or with the target named?"""
    found = _PURCHASE_APPOSITION.match(next_clause)
    if found is None:
        return False
    rest = next_clause[found.end():].strip()
    return not rest or rest.lower().startswith("für ") or context.has("target", rest)
# "nachdem" puts the clause it opens before the event of the clause it follows.
_ANTERIOR_CLAUSE = re.compile(r"(?i)^\s*nachdem\b")
# A that-clause: after a verb of promising (deal.json promise_words) it holds what was promised, which a year of the
# promise does not date ("2014 hat Koum versprochen, dass sich durch den Verkauf nichts ändert": decision D2).
_THAT_START = re.compile(r"(?i)^\s*(?:dass|daß)\b")
# WhatsApp belonging to the buyer: "Eigentümer: Facebook", "Teil von Facebook", "Facebook-Tochter", "Tochter von Meta",
# "WhatsApp gehört Facebook?", "Gehört WhatsApp eigentlich Facebook?" (deal.json owner_nouns, owner_names,
# belongs_adverbs). Not "Der Facebook-Mutterkonzern Meta": Meta owns Facebook, not WhatsApp; the compound's first part
# is what is owned.
_OWNER_NAMES = context.cue_words("owner_names", bare=True)
# Not the owner noun as the head of a noun phrase after its article, the name in apposition ("Der Mutterkonzern Meta ist
# an der Börse 1,2 Billionen Dollar wert"): the phrase names the owner as the subject or object of another predicate; a
# label's colon ("Eigentümer: Facebook") or no article ("WhatsApp, Mutterkonzern Meta, ...") tells the belonging.
_OWNER_NOUN_AFTER_ARTICLE = "".join(f"(?<!{article} )" for article in ("der", "die", "das", "dem", "den", "des", "zum", "vom", "beim"))
_BELONGS_TO_BUYER = re.compile(
    r"(?i)\b(?:" + "".join(f"(?<!{name}-)" for name in context.cue_list("owner_names")) + "(?:" + context.cue_words("owner_nouns", bare=True)
    + r")\s*:\s*(?:" + _OWNER_NAMES + r")|" + _OWNER_NOUN_AFTER_ARTICLE
    + "".join(f"(?<!{name}-)" for name in context.cue_list("owner_names")) + "(?:" + context.cue_words("owner_nouns", bare=True)
    + r")\s*(?:" + _OWNER_NAMES + r")|teil\s+(?:von|des)\s+(?:" + _OWNER_NAMES + r")|(?:" + _OWNER_NAMES
    + r")-?tochter\w*|tochter\w*\s+von\s+(?:" + _OWNER_NAMES + r")|gehör\w*\s+(?:whats\s?app\s+)?(?:(?:"
    + context.cue_words("belongs_adverbs", bare=True) + r")\s+)?(?:" + _OWNER_NAMES + r")(?![\wäöüß-]))")
_ANNOUNCE = re.compile(r"(?i)\b(?:" + context.cue_words("announce_words", bare=True) + r")\b")
# A verb of binding oneself to pay in the year's clause and the zu-infinitive of paying that ends the next clause
# (year_grammar.json commitment_verbs, paying_infinitives; `_commits_to_pay`).
_COMMITS = re.compile(r"(?i)(?<![\wäöüß])(?:" + year_denied.words('commitment_verbs') + r")(?![\wäöüß])")
_PAYING_INFINITIVE_END = re.compile(r"(?i)(?<![\wäöüß])(?:" + year_denied.words('paying_infinitives') + r")\W*$")


def _commits_to_pay(sentence: str, clause: str, clause_end: int, price_offsets: tuple[int, ...]) -> bool:
    """'Im Februar 2014 verpflichtete sich der Käufer, 19 Milliarden Dollar für den Messenger zu zahlen': the year's clause
    holds a verb of binding oneself and the clause right after it, a zu-infinitive of paying, holds a price: the agreed
    sum (D45), its year the purchase's, as an announcing verb's (issue 7, session 54, year54, own100-002)."""
    if clause_end >= len(sentence) or sentence[clause_end] != "," or _COMMITS.search(clause) is None:
        return False
    lo, hi = context.clause_around(sentence, clause_end + 1, clause_end + 1)
    return any(lo <= offset < hi for offset in price_offsets) and _PAYING_INFINITIVE_END.search(sentence[lo:hi]) is not None


def acquisition_year_in(sentence: str, price_offsets: tuple[int, ...] = (), *, price_next: bool = False,
                        owner_spans: tuple[tuple[int, int], ...] = (), buyer_in_reach: bool = False,
                        closing_starts: tuple[int, ...] = (), confirmed: bool = False) -> tuple[int, int, int] | None:
    """(year, start, end) of the acquisition year in one sentence, offsets relative to it; None if none.

    `price_offsets` are where purchase-price claims start in the sentence: a clause that states
    the price dates the purchase too ("für das der Konzern im Jahr 2014 19 Mrd. Dollar bezahlt hatte").
    `price_next`: the next sentence states a purchase price (and no year of its own), so a clause
    that goes on to price talk dates it ("Es war ein Mittwoch im Februar 2014, als Zuckerberg eine
    Summe nannte. ... bot er 19 Mrd. Dollar."). `owner_spans` are the layer's OWNER token cues
    (patterns/year_tokens.jsonl: Besitz, Eigentümer, Tochter, ...) in the sentence. `buyer_in_reach`: the layer's
    deal context names Facebook in the sentence or the two before, so a word for it ("zum Konzern") is the buyer.
    `closing_starts`: where closing nouns with a year attached stand (`_bare_closing_years`) in a sentence the caller
    found in a passage about the purchase: such a noun dates the purchase as a buying word does.
    `confirmed`: the sentence is a fact check's claim a verdict after it confirms (`price_refuted.claim_confirmed`:
    "Behauptung 1: Facebook hat WhatsApp 2014 gekauft. / Das stimmt."): its label no longer makes it a quoted claim.
    """
    best: tuple[int, int, int, int] | None = None  # (distance, year, start, end)
    low = sentence.lower()  # (lowered once: read for the label and for every year's denial)
    if not confirmed and context.cue("myth_label").search(low):
        return None  # "Behauptung 5: Facebook hat WhatsApp erst 2019 gekauft": a claim quoted to refute it
    years = _years(sentence)  # (read again by the two fallbacks below)
    for year, start, end in years:
        if year < _TARGET_FOUNDED:
            continue  # "erinnert fatal an das Jahr 2000": WhatsApp cannot have been bought before it existed
        if year_denied.year_denied(sentence, start, low):
            continue  # "Facebook übernahm WhatsApp nicht 2012, sondern erst 2014": the year denied (when41)
        if year_denied.year_repaired(sentence, start, low):
            continue  # "das war äh 2013 nein quatsch 2014": a spoken year the speaker repairs (year53)
        anchored = year_relative.count_to_anchor(sentence[max(0, start - 120) : start])
        if anchored is not None:
            # "Fünf Jahre nach seinem Start 2009 wechselte der Messenger den Besitzer: ...": the year anchors a
            # count from another event; the clause's time, and a purchase it tells, is the year plus the count
            count, sign, found = anchored
            if count is None or year + sign * count < _TARGET_FOUNDED:
                continue
            year, start = year + sign * count, max(0, start - 120) + found.start()
        label = year_other_acts.cell_label(sentence, start)
        if label is not None and "|" in sentence and not _DEAL_LABEL_WORD.search(label):
            continue  # "Gründung: 2009 | Übernahme durch Facebook: 2014": a cell's year dates its label (year45, Y08)
        if label is not None and "|" in sentence and context.has("acquisition", label) \
                and not context.names_only_another_target(label):
            best = (0, year, start, end)  # "Übernahme durch Facebook: 2014": the purchase's cell
            continue
        clause_start, clause_end = context.clause_around(sentence, start, end)
        clause = sentence[clause_start:clause_end]
        apposed = _count_beside(sentence, clause_start, clause_end)
        if apposed is not None:
            # "verließ Facebook 2017, drei Jahre nach dem Verkauf von WhatsApp": the phrase beside the year counts
            # from the purchase (the arithmetic convention); the year's own clause tells of something else
            count, lo, hi = apposed
            if count is not None and year - count >= _TARGET_FOUNDED and \
                    not context.names_only_another_target(sentence[lo:hi]) and (best is None or best[0] > 0):
                best = (0, year - count, min(start, lo), max(end, hi))
            continue
        cue_text, cue_offset = clause, clause_start
        same_year = None  # "im selben Jahr, in dem ...": the apposition says the year is the purchase's (below)
        states_price = any(clause_start <= offset < clause_end for offset in price_offsets) or (
            price_offsets and _LABEL_BEFORE_COLON.match(sentence, clause_end) is not None
            and context.has("target", sentence[max(0, clause_start - 40) : clause_end])  # "WhatsApp 2014:", not "Stand 2021:"
        ) or (
            price_offsets and clause_start > 0
            and ((_relative_opens(clause) and not _after_a_semicolon(sentence, clause_start))
                 or _SOURCE_CLAUSE.match(clause) is not None
                 or _date_opening_bracket(sentence, clause_start, clause))
            and any(_previous_clause_start(sentence, clause_start) <= o < clause_start for o in price_offsets)
        ) or (
            # "die Übernahmen von Instagram (2012, eine Milliarde Dollar) und WhatsApp (2014, 19 Milliarden Dollar)":
            # a bracket that dates a price it holds
            price_offsets and _in_bracket_with_price(sentence, clause_start, clause_end, price_offsets)
        ) or (
            # "2012 mit Instagram, ..., und 2014 mit WhatsApp, für das am Ende rund 22 Milliarden Dollar fällig wurden": a
            # relative clause right after the year's clause gives WhatsApp's price
            price_offsets and context.has("target", clause)
            and _price_in_relative_after(sentence, clause_end, price_offsets)
        ) or (
            # "Preis: 19 Mrd. $ (Ankündigung, Feb. 2014)": a bracket naming the price's event and its date
            price_offsets and _labelled_date_bracket(sentence, start, end, price_offsets)
        ) or (
            # "Das waren damals, 2014, rund 19 Milliarden Dollar": the year in apposition to "damals" of a price
            price_offsets and _THEN_BEFORE.search(sentence, 0, start) is not None and any(o >= end for o in price_offsets)
        ) or (
            price_offsets and _ANNOUNCE.search(clause) is not None and clause_end < len(sentence)
            and any(clause_end <= o < context.clause_around(sentence, clause_end + 1, clause_end + 1)[1] for o in price_offsets)
        ) or (
            price_offsets and _commits_to_pay(sentence, clause, clause_end, price_offsets)
        )  # "Facebook hatte im Februar 2014 angekündigt, 16 Milliarden Dollar zu zahlen": the announced price's year;
        # "WhatsApp 2014: 19 Milliarden Dollar"; "Die 16 Milliarden Dollar waren der Preis, den Facebook 2014 nannte";
        # "16 Milliarden Dollar sollte WhatsApp kosten, so stand es in der Mitteilung vom 19. Februar 2014"; "$19bn (2014)"
        owned = _year_of_deal_notation(sentence, start, end) or _bracket_dates_the_purchase(sentence, start, end) or (
            _apposed_date_participle(sentence, start, end)) or (
            _DATE_ONLY.match(clause) is not None and _BELONGS_TO_BUYER.search(sentence, 0, start) is not None) or (
            _OWNER_SINCE_LABEL.match(sentence, _item_start(sentence, clause_start, start)) is not None) or (
            _member_since(sentence, start, end, clause_start, clause_end, buyer_in_reach)) or (
            _owned_by_the_antecedent(sentence, clause_start, clause)) or (
            _owner_of_target(sentence, clause_start, clause_end, owner_spans, buyer_in_reach)) or (
            _owned_since_set_off(sentence, clause_start, clause_end, owner_spans, buyer_in_reach)
        )
        closing_here = [at for at in closing_starts if clause_start <= at < clause_end or (
            # "Vollzug: erwartet bis spätestens Mitte 2014": a box row's closing noun before its colon, its year after it
            at < clause_start and (found := _BARE_CLOSING_YEAR.match(sentence, at)) is not None and found.end() == end)]
        if not (states_price or owned or closing_here or _dates_the_purchase(clause)):
            linked = _over_a_verbless_insertion(sentence, clause_start, clause_end)
            if linked is not None and not _dates_the_purchase(linked[0]):
                linked = None
            if linked is None:
                linked = _linked_clause(sentence, clause_start, clause_end)
            if linked is None:
                linked = same_year = _same_year_clause(sentence, clause_end, owner_spans, clause_start)
            if linked is None:
                linked = _price_talk_clause(sentence, clause_end, price_offsets, price_next, clause_start)
            if linked is None:
                linked = _deal_subject_of_a_gapped_conjunct(sentence, clause_start, clause)
            if linked is None:
                continue
            cue_text, cue_offset = linked
        if (cue_text is clause and _unreal_clause(sentence, clause_start, clause_end)) or (
                cue_text is not clause and mood.unreal_finite(cue_text) and not _UNREAL_CLAUSES.denied(cue_text)):
            continue  # "wenn Facebook schon 2012 zugegriffen hätte", "2012, als Facebook WhatsApp beinahe gekauft hätte" (not
            # an unreal clause whose year a real purchase dates: "Hätte man das 2014 verhindern können, als Facebook ... kaufte?")
        if not states_price and _only_counted_back_from(sentence):
            continue  # "Archivfoto von 2013: Jan Koum ..., Monate vor dem Verkauf von WhatsApp": the year lies before the
            # purchase by a time that may cross a year's end: no purchase year (D57 (c); year51, challenge_gen28-034)
        if not states_price and not owned and _only_a_generic_purchase(cue_text) and (
                cue_text is not clause or _class_of_purchases(sentence, clause_end)):
            continue  # "gilt seit dem 9. Juni 2017 eine neue Schwelle: Ein Zusammenschluss ist auch dann anzumelden, wenn
            # ...": an indefinite purchase noun is any purchase of its kind, not WhatsApp's (year51, own93-010); so also in
            # the year's own clause where a relative clause defines the noun as a class and the sentence names neither
            # party ("Seit 2017 muss auch ein Zusammenschluss angemeldet werden, bei dem ...": year54, own100-013)
        if same_year is None and (context.names_only_another_target(clause) or (
                context.names_only_another_buyer(clause) and not context.has("target", clause))):
            continue  # "Yahoo zahlte 2013 für die Blogplattform Tumblr 1,1 Milliarden Dollar": another buyer's purchase
        if cue_text is clause and not states_price and _sold_as_something(clause):
            continue  # "Was Facebook den Nutzern 2016 noch als Wahl verkaufte": an idea presented, no company sold
        if not states_price and _year_of_a_label_noun(sentence, start) and (
                cue_text is clause or not _tells_the_purchase(cue_text)):
            continue  # "WhatsApp-Marketing 2014: Was der Facebook-Deal für Agenturen bedeutet": the year of the noun the
            # sentence opens with; a clause after it ties it only when it tells the purchase as an event (year29)
        if cue_text is clause and not states_price and _year_of_another_noun(sentence, start):
            continue  # "Das Urteil von 2022 zur Übernahme": the year belongs to the noun before it (a clause after a
            # colon may still tie it to the purchase: "die Zusicherungen von 2014: Als Facebook den Dienst ... kaufte")
        if cue_text is clause and not states_price and year_other_acts.takes_on_a_task(clause) \
                and _linked_clause(sentence, clause_start, clause_end) is None:
            continue  # "übernahm im Frühjahr 2019 die Leitung von WhatsApp": a post taken on, no purchase (year49); not with
            # a clause after it that tells the purchase ("übernahm 2014 die Rolle des Marktführers, indem es WhatsApp kaufte")
        if not states_price and year_other_acts.year_of_a_measure(sentence, start):
            continue  # "Vergleichen Sie den Kaufpreis mit dem Börsenwert von Meta Ende 2022": the measure's date (year45)
        if not states_price and year_other_acts.later_act_on_the_purchase(
                sentence, tuple(clause_start + at for at in _conjunct_around(clause, start - clause_start)), start):
            continue  # "2018 bestätigte die EU-Kommission die Übernahme noch einmal": a later act's year (year45)
        if not states_price and year_other_acts.year_of_a_span_of_purchases(sentence, (clause_start, clause_end), start, end):
            continue  # "Der Markt war zwischen 2011 und 2016 von einer Reihe großer Übernahmen geprägt": several
            # purchases' span (D57 (b); the lead's ruling 07:10, year45)
        if not states_price and _names_only_a_name(clause):
            continue  # "Seit 2021 heißt der Mutterkonzern Meta": the year of a name, not of the purchase; so also a
            # relative clause's ("Zukäufe des Unternehmens, das bis Oktober 2021 Facebook Inc. hieß"), whatever its antecedent
        if cue_text is clause and not states_price and _offer_only(clause):
            continue  # "hatte Facebook WhatsApp bereits 2012 ein Übernahmeangebot gemacht": an offer's year, not the purchase's
        if any(m.start() <= start and end <= m.end() for m in context.finditer("plural_deals_years", sentence)):
            continue  # "ob die Übernahmen von 2012 und 2014 wettbewerbswidrig waren": years of several deals (price27)
        if not states_price and context.has("counted_deals", cue_text) and not (
                context.has("target", clause) or context.has("target", cue_text)):
            continue  # "2022 begleiteten wir 31 Übernahmen", "2016 wurden so viele Tech-Übernahmen angekündigt wie nie":
            # the year of several deals counted, none of them WhatsApp's (issue 7, session 42, when42)
        if cue_text is clause and not states_price and _purchase_of_a_named_other(clause):
            continue  # "Als AT&T 2011 mit der Übernahme von T-Mobile USA scheiterte": another named company's purchase
        if not states_price and _purchase_by_another_after(sentence, end):
            continue  # "Der 2016 angekündigte Kauf des Chipdesigners durch Softbank": the year in the attribute of
            # another buyer's purchase (year47)
        if _another_company_s_year(clause, start - clause_start):
            continue  # "Instagram im Jahr 2012 oder WhatsApp im Jahr 2014": 2012 dates the other purchase
        if _inserted_after_another_company(sentence, clause_start, clause):
            continue  # "Instagram, 2012 von Facebook gekauft, wuchs schneller": the clause tells of Instagram
        if _bracket_after_another_company(sentence, clause_start):
            continue  # "die Fotoplattform Instagram (übernommen 2012), der Messenger WhatsApp (übernommen 2014)"
        if _BUYS_SOMETHING_ELSE.search(clause) or (cue_text is not clause and _BUYS_SOMETHING_ELSE.search(cue_text)):
            continue  # "2023 kaufte Meta eigene Aktien zurück", "2009 kauft sich Koum ein iPhone"; the linked clause
            # likewise: "hatte die Idee 2009, als er sich ein neues Handy kaufte" (session 35, price35, own62-005)
        if cue_text is not clause and (
            context.names_only_another_target(cue_text) or context.has("other_events", cue_text)
        ):
            continue  # "2012: Facebook kauft Instagram", "Mai 2017: Die EU verhängt eine Strafe wegen ... der Übernahme"
        if _SINCE_BEFORE.search(sentence, 0, start) and (_since_of_another_verb(
                clause, start - clause_start, tuple((s - clause_start, e - clause_start) for s, e in owner_spans)) or not (
            owned or _belonging_told(clause)
            or (cue_text is not clause and _THEN_OPENS.match(cue_text))  # "seit 2014: Damals hatte Facebook ... gekauft"
        )):
            continue  # "seit 2016 teilt WhatsApp Daten": a start date, not the purchase; "Den Messenger gibt es seit 2009,
            # und er gehört heute dem Konzern": the start of the first verb phrase, the belonging told in the second
        if _UNTIL_BEFORE.search(sentence, 0, start) and _CLOSING_WORD.search(clause) is None and not closing_here and (
                cue_text is clause or _CLOSING_WORD.search(cue_text) is None):  # (or the gapped subject's: year49)
            continue  # "Bis 2019 gehörte ...": a limit, not a date (but "soll bis Ende 2014 abgeschlossen sein", "Der
            # Abschluss wird bis Ende 2014 erwartet": the closing's deadline dates the purchase, D7 in prose)
        if _STATUS_BEFORE.search(sentence, 0, start):
            continue  # "Stand 2021: ...", "aktualisiert im Mai 2021": the date of the text, not of the purchase
        if _WRITTEN_BEFORE.search(sentence, 0, start):
            continue  # "Ein Rückblick aus dem Januar 2021: Wie viel Facebook ... bezahlt hat": when the text was written
        if _issue_date_label(sentence, start, end):
            continue  # "Fondsbrief April 2014: Vereinbart sind für WhatsApp 19 Mrd. US-Dollar": the day the letter was issued
        cue_starts = [cue_offset + m.start() for name in ("acquisition", "acquisition_cs") for m in context.finditer(name, cue_text)]
        if cue_text is clause:
            cue_starts += closing_here
        distance = min((abs(at - start) for at in cue_starts), default=abs(cue_offset - start))
        attached = any(_ATTACHED.fullmatch(sentence, at, start) for at in _cue_ends(cue_text, cue_offset)) or any(
            (found := _BARE_CLOSING_YEAR.match(sentence, at)) is not None and found.end() == end for at in closing_here) or (
            _purchase_noun_of_year(sentence, start))
        if not states_price and _purchase_only_compared(sentence, end, cue_starts):
            continue  # "budgetiert für 2014 Ausgaben von knapp 15 Mia. Franken – weniger als Facebook für WhatsApp zahlt"
        if not attached and cue_text is clause and _year_of_a_later_conjunct(
                clause, start - clause_start, [at - clause_start for at in cue_starts]
                + [at - clause_start for at in price_offsets if clause_start <= at < clause_end]):
            continue  # "hat WhatsApp 2014 ... übernommen und 2016 erstmals Daten ... verknüpft": 2016 dates the linking
        if not attached and same_year is None and _nearest_event_distance(clause, start - clause_start) < distance:
            # ("Sie haben Ihr Start-up 2014 gegründet, im selben Jahr, in dem Facebook WhatsApp kaufte": the apposition
            # gives the founding's year to the purchase too, year29)
            continue  # "2017 verhängte die EU eine Strafe wegen ... der Übernahme": the year of another event
        counted = year_relative.counted_back(cue_text) if not attached and cue_offset >= clause_start else None
        if counted is None and cue_offset == clause_end + 1 and sentence[clause_end : clause_end + 1] == ":":
            # "Februar 2024: Vor einem Jahrzehnt kaufte Facebook den Messenger WhatsApp" (own55-049): the label's year
            # is the count's starting point (the arithmetic convention, the lead's ruling of 04:45, session 28)
            counted = _counted_ago(cue_text)
        if counted is not None:  # "2024: Zehn Jahre nach der Übernahme nutzen ...": a later year, counted from it
            count, counted_from = counted
            if count is None or year - count < _TARGET_FOUNDED:
                continue
            year -= count
            start, end = min(start, cue_offset + counted_from.start()), max(end, cue_offset + counted_from.end())
        if best is None or distance < best[0]:
            best = (distance, year, start, end)
    return (_counted_from_a_written_year(sentence, years) or _month_of_written_year(sentence, years)) if best is None else best[1:]


# "vor einem Jahrzehnt", "vor gut einem Jahrzehnt" (no whole count): the decade told as the time ago.
_DECADE_AGO = re.compile(r"(?i)(?<![\wäöüß])vor\s+(?:(?P<approx>gut|knapp|fast|etwa|rund|ungefähr|über|mehr\s+als)\s+"
                         r"|(?:genau|exakt)\s+)?einem\s+jahrzehnt(?![\wäöüß])")


def _counted_ago(text: str) -> tuple[int | None, re.Match[str]] | None:
    """The time ago `text` tells the purchase at: "vor fünf Jahren", "Zehn Jahre ist es her" (`years_ago`) or "vor
    einem Jahrzehnt"; its whole count (None where it gives none: "vor gut zehn Jahren") and the match."""
    ago = year_relative.years_ago(text)
    if ago is not None:
        return ago
    decade = _DECADE_AGO.search(text)
    return None if decade is None else (None if decade.group("approx") else 10, decade)


# "als Wahl verkaufte", "verkaufte das als Fortschritt": "verkaufen ... als" presents something as something else
_SOLD_AS = re.compile(r"(?i)(?<![\wäöüß])als\s+(?:[\wäöüß-]+\s+){0,3}?verkauf\w*"
                      r"|(?<![\wäöüß])verkauf\w*\s+(?:[\wäöüß-]+\s+){0,4}?als(?![\wäöüß])")


# A list's notation of a deal, the company bought and a bracket with its buyer and the year: "WhatsApp (Facebook, 2014)",
# "WhatsApp (von Facebook, 2014)" (deal.json "target", "buyer"); "Tumblr (Yahoo, 2013)" names another company (year51,
# challenge_gen11-036).
_DEAL_NOTATION_BEFORE = re.compile(r"(?i)(?<![\wäöüß-])" + context.cue_words("target") + r"\s*\(\s*(?:(?:von|durch|an)\s+)?"
                                   + context.cue_words("buyer") + r"(?:\s+inc\.)?\s*,\s*$")
_BRACKET_CLOSES = re.compile(r"\s*\)")
# The scale words of a deal's sum (billions and above) from patterns/money.json, the one vocabulary of the scales
# ("Mrd.", "Milliarden", "Mia.", "bn", "Bio.", ...; issue 10, session 57, speed57: they were written here by hand).
_BILLIONS = money.scale_words(1e9)
# A ranking's or list's row that names the deal by its buyer and the company bought joined by a slash, with the year in
# brackets or after a comma: "3. Facebook/WhatsApp, 2014 – 19 Milliarden", "• Facebook/WhatsApp (2014): 19 Mrd. $"
# (issue 7, session 40, when40: own72-057, challenge_year6-034). The pair opens its row (a line, a list item's
# number or bullet, or after a semicolon or a colon): "Kartellfall Facebook/WhatsApp (2017)" names a case of that year.
_SLASH_NOTATION_BEFORE = re.compile(
    r"(?i)(?:^|[\n;:])[ \t]*(?:[-•*–][ \t]*|\d{1,2}\.[ \t]*)?" + context.cue_words("buyer") + r"\s*/\s*"
    + context.cue_words("target") + r"\s*(?:\(\s*|,\s*)$")
# The rest of such a row names the deal's sum, as a ranking's row does ("...: 19 Mrd. Dollar"); a row that goes on to
# other news ("Meta/WhatsApp, 2021: neue Nutzungsbedingungen") dates that news.
_ROW_SUM = re.compile(r"(?i)[^\n;]*?\d[\d.,]*\s*" + _BILLIONS + r"(?![\wäöüß])"
                      # or a table's cell with a decimal sum alone, its scale in the column's header ("... (2014) | 19,0";
                      # D69 (a); issue 7, session 56, year56)
                      r"|[ \t]*\|[ \t]*\d{1,3},\d{1,2}[ \t]*(?:\||\n|$)")
# The year first in a bracket after WhatsApp's name, as a list of a group's or a regulator's purchases writes a case (the
# buyer and a slash may stand before the name): the bracket goes on to the deal's sum after a comma ("WhatsApp (2014, 19
# Mrd. US-Dollar)", "Facebook/WhatsApp (2014, rd. 19 Mrd. USD)", "WhatsApp (2014, 19 Milliarden)"; a currency word of
# money.json or none before the bracket closes, so "(2014, 2 Mrd. Nutzer)" is no sum), or closes on the year before a
# row's sum after a bar or a dash ("WhatsApp (2014) | 19 Mrd. US-$"; with the buyer's slash a bare number, whose scale
# the list's title gives: "6. Facebook / WhatsApp (2014) – 19"). The notation binds the year to WhatsApp's purchase
# whatever other companies the list names (D49 (b), D76 (a); issue 7, session 58, year58: own107-018's cause P01/Y08,
# own80-049, own92-027, own98-048, own100-028).
_CURRENCY_WORDS = "|".join(re.escape(word) for word in sorted(money.vocabulary()["currencies"], key=len, reverse=True))
_YEAR_FIRST_BRACKET = re.compile(
    r"(?i)(?<![\wäöüß-])(?P<buyer>" + context.cue_words("buyer") + r"\s*/\s*)?" + context.cue_words("target")
    + r"\s*\(\s*" + _YEAR_DIGITS + r"(?!\d)(?:\s*,\s*(?:[a-zäöüß.]+\s+)?\d[\d.,]*\s*" + _BILLIONS
    + r"(?![\wäöüß])(?:\s*(?:" + _CURRENCY_WORDS + r"))?\s*\)"
    r"|\s*\)[ \t]*(?:\||[–—:-])[ \t]*(?:[a-zäöüß.]+\s+)?\d[\d.,]*(?P<scale>\s*" + _BILLIONS + r"(?![\wäöüß]))?"
    r"(?:\s*(?:" + _CURRENCY_WORDS + r"))?[ \t]*(?=\||\n|$))")  # (the row's cell ends there: "225 Mio. Euro Bußgeld" no sum)


# A value, not a price: the deal.json valuing words ("Bewertung", "bewertet", "wert", "geschätzt").
_VALUING = re.compile(r"(?i)(?<![\wäöüß])(?:" + context.cue_words("valuing_words", bare=True) + r")(?![\wäöüß])")


def _year_first_bracket(sentence: str, price_offsets: tuple[int, ...] = (), buyer_near: bool = False) -> tuple[int, int, int] | None:
    """(year, start, end of the year) of WhatsApp's year-first bracket in `sentence` (`_YEAR_FIRST_BRACKET`); None where
    there is none, or where a bracket that closes on the year has neither the
    buyer's slash before the name nor a scale word in the row's sum."""
    for found in _YEAR_FIRST_BRACKET.finditer(sentence):
        closes_on_year = sentence[found.end("year"):].lstrip().startswith(")")
        if closes_on_year and not (found.group("buyer") or found.group("scale")):
            continue
        clause = _up_to_semicolon(sentence, found.end())
        clause = clause[clause.rfind(";", 0, found.start()) + 1 :]  # (the bracket's own main clause: from a semicolon before)
        if _VALUING.search(clause) is not None:
            continue  # "die Bewertung von WhatsApp (2024, 120 Mrd. Dollar)", "hatte WhatsApp (2013, 1,5 Mrd. Dollar) hoch
            # bewertet": a valuation, not the purchase (review58's 22:12 finding)
        if not (found.group("buyer") or any(found.start() <= offset < found.end() for offset in price_offsets)
                or context.has("buyer", clause) or buyer_near):
            continue  # neither the buyer's slash, nor the bracket's sum a price, nor the buyer in the clause or the
            # deal context (this sentence and the two before)
        year = int(found.group("year"))
        if year >= _TARGET_FOUNDED:
            return year, found.start("year"), found.end("year")  # (the year's digits, as a table's year cell)
    return None


# A bracket after WhatsApp that gives its sum, then a comma before the year: "WhatsApp (rund 22 Mrd. Dollar, 2014)" in a
# list of a group's purchases; the sum and the year are the purchase's, as the buyer and the year are in
# `_DEAL_NOTATION_BEFORE` (D49 (b), D76 (a); issue 7, session 56, year56).
_SUM_BRACKET_BEFORE = re.compile(r"(?i)(?<![\wäöüß-])" + context.cue_words("target") + r"\s*\(\s*(?:[a-zäöüß.]+\s+)?\d[\d.,]*\s*"
                                 + _BILLIONS + r"(?:\s*[\wäöüß$€.-]+)?\s*,\s*$")
# What closes such a row's year: its bracket, or the row's colon, comma or semicolon, or the line's end.
_NOTATION_YEAR_CLOSES = re.compile(r"\s*(?:\)|[:;,]|$)", re.MULTILINE)


# The deal named by its target and its agent, a verbless notation closed by the year ("Zukäufe junger Unternehmen – etwa
# WhatsApp durch Facebook 2014 – ...", "Übernahmen wie Instagram durch Facebook 2012 oder WhatsApp durch Facebook 2014"),
# under a purchase word of the sentence before it (issue 7, session 59, year59, own70-056).
_AGENT_NOTATION_BEFORE = re.compile(r"(?i)(?<![\wäöüß-])" + context.cue_words("target") + r"\s+durch\s+"
                                    + context.cue_words("buyer") + r"\s+(?:im\s+jahr\s+|anno\s+)?$")
_AGENT_NOTATION_CLOSES = re.compile(r"\s*(?:[–—),;:.!?]|-\s|(?:oder|und|sowie)\s|$)")


def _year_of_deal_notation(sentence: str, start: int, end: int) -> bool:
    """Does the year at [start, end) of `sentence` close a deal's notation: "WhatsApp (Facebook, 2014)", "WhatsApp (19 Mrd.
    Dollar, 2014)", or a row's
    "Facebook/WhatsApp (2014)", "Facebook/WhatsApp, 2014:"? The notation says the buyer bought the company that year."""
    if (_DEAL_NOTATION_BEFORE.search(sentence, 0, start) or _SUM_BRACKET_BEFORE.search(sentence, 0, start)) \
            and _BRACKET_CLOSES.match(sentence, end):
        return True
    agent = _AGENT_NOTATION_BEFORE.search(sentence, max(0, start - 60), start) if "durch" in sentence else None
    if agent is not None and _AGENT_NOTATION_CLOSES.match(sentence, end) is not None \
            and context.has("acquisition", sentence[: agent.start()]):
        return True  # "Zukäufe ... – etwa WhatsApp durch Facebook 2014 –" (year59)
    notation = _SLASH_NOTATION_BEFORE.search(sentence, 0, start)
    if notation is None:
        return False
    closes = (_BRACKET_CLOSES if notation.group().rstrip().endswith("(") else _NOTATION_YEAR_CLOSES).match(sentence, end)
    return closes is not None and _ROW_SUM.match(sentence, closes.end()) is not None


def _in_deal_notation(sentence: str) -> bool:
    """Does a year of the sentence close a deal's notation (`_year_of_deal_notation`)?"""
    return any(_year_of_deal_notation(sentence, start, end) for _, start, end in _years(sentence))


# A relative clause in the dative that says WhatsApp belongs to its antecedent ("..., dem WhatsApp seit 2014 gehört"),
# and the buyer named right before its comma.
# ("Meta, zu dem WhatsApp seit 2014 gehört, ...": the pronoun after "zu", the same belonging; year54, own99-057)
_BELONGS_TO_RELATIVE = re.compile(r"(?i)^\s*(?:zu\s+)?(?:dem|der)\s+(?:whats\s?app|(?:der\s+)?messenger|(?P<service>(?:der|die|das)\s+"
                                  + context.cue_words("service_nouns") + r"))\s+(?:[\wäöüß-]+\s+){0,4}?gehör\w*")
# The relative clause may follow the verb that ends its antecedent's clause ("Daten an Facebook weitergibt, dem ..."):
# one lower-case word may stand between the name and the comma.
_BUYER_BEFORE_COMMA = re.compile(r"(?i)(?<![\wäöüß-])(?:facebook|meta)(?:-konzern|-konzerns)?(?:\s+(?-i:[a-zäöüß]+))?\s*$")


def _owned_by_the_antecedent(sentence: str, clause_start: int, clause: str) -> bool:
    """"Facebook, dem WhatsApp seit 2014 gehört, will ...": a relative clause whose pronoun is Facebook says WhatsApp
    belongs to it since the year; so does "der Dienst" or "die App" in a sentence that names WhatsApp and no other
    company bought ("WhatsApp gibt Daten an Facebook weiter, dem der Dienst seit 2014 gehört")."""
    belongs = _BELONGS_TO_RELATIVE.match(clause)
    if belongs is not None and belongs.group("service") is not None and not (
            context.has("target", sentence) and not context.has("other_targets", sentence)):
        return False  # "Instagram teilt Daten mit Facebook, dem die App seit 2012 gehört": the app is the one named
    return (clause_start > 0 and sentence[clause_start - 1] == "," and belongs is not None
            and _BUYER_BEFORE_COMMA.search(sentence, 0, clause_start - 1) is not None)


# A verbless insertion set off by commas inside a clause ("Meta hat WhatsApp 2014, seinerzeit noch unter dem Namen
# Facebook, für eine Milliardensumme erworben"): up to six words, no finite verb, no clause opener; the clause goes on
# after it.
_INSERTION = re.compile(r",[^\S\n]*(?P<insertion>[^,;:.!?()\n]{1,60}?)[^\S\n]*,[^\S\n]*")
_INSERTION_WORDS = 6
# What the words after the insertion may not open with or hold: a coordinator or an infinitive's "um"/"ohne"/"statt"
# (a clause of its own), a zu-infinitive, a finite verb.
_INSERTION_REST_OPENERS = frozenset({"KON", "KOUI", "KOUS"})
_INSERTION_REST_BARS = frozenset({"PTKZU", "VVIZU", "VVFIN", "VAFIN", "VMFIN"})
_INSERTION_CLAUSE_FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def _over_a_verbless_insertion(sentence: str, clause_start: int, clause_end: int) -> tuple[str, int] | None:
    """(the clause read over a verbless insertion, its offset): where the year's clause is followed by an insertion set
    off by commas that holds no finite verb and opens no clause (`_INSERTION`: an apposition, "damals noch als
    Facebook", "so der Konzern"), and the words after it hold no finite verb of their own and open no clause (they are
    the rest of the year's clause: its objects and participle), the two parts with the insertion blanked. None
    otherwise. A comma ends no clause before a parenthetical phrase (issue 7, session 59, year59, own74-050)."""
    found = _INSERTION.match(sentence, clause_end)
    if found is None:
        return None
    insertion = found.group("insertion")
    words = _LINE_WORDS.findall(insertion)
    if not words or len(words) > _INSERTION_WORDS or _SUBORDINATE_OPENS.match(insertion) or _RELATIVE_OPENS.match(insertion) \
            or tags_any(words, FINITE):
        return None
    rest_end = found.end() + context.clause_around(sentence[found.end():], 0, 0)[1]
    rest = sentence[found.end() : rest_end]
    rest_tags = tag_words(_LINE_WORDS.findall(rest))
    if not rest_tags or _SUBORDINATE_OPENS.match(rest) or _RELATIVE_OPENS.match(rest) \
            or rest_tags[0] in _INSERTION_REST_OPENERS or any(tag in _INSERTION_REST_BARS for tag in rest_tags):
        return None  # (a conjunct, an um-/zu-infinitive or a clause of its own after the insertion: "..., mehr als genug,
        # um eine Übernahme ... zu bezahlen", "..., künftig nicht nur den Umsatz, sondern auch ..."; review by snapshot)
    if not tags_any(_LINE_WORDS.findall(sentence[clause_start:clause_end]), _INSERTION_CLAUSE_FINITE):
        return None  # the year's clause is a main clause's first part: its finite verb, the rest after the insertion
    return sentence[clause_start:clause_end] + " " * (found.end() - clause_end) + rest, clause_start


def _count_beside(sentence: str, clause_start: int, clause_end: int) -> tuple[int | None, int, int] | None:
    """The count of a verbless phrase set beside the year's clause by a comma that counts from the purchase and says
    nothing else ("2017, drei Jahre nach dem Verkauf von WhatsApp", "Zehn Jahre nach der Übernahme durch Facebook, im
    Februar 2024, ..."): (count, start, end of the phrase); None when neither neighbour is one. The phrase after the
    year's clause, or the one before a year's clause that is a bare date."""
    if sentence[clause_end : clause_end + 1] == ",":
        follow = sentence[clause_end + 1 :]
        lo = clause_end + 1
        hi = lo + context.clause_around(follow, 0, 0)[1]
        counted = year_relative.counted_phrase(sentence[lo:hi])
        if counted is not None:
            return counted[0], lo, hi
        same = _SAME_YEAR.match(sentence, clause_end)
        if same is not None:  # "Sie begann 2016 ihr Studium, im selben Jahr, in dem WhatsApp erstmals Daten teilte, zwei
            # Jahre nach dem Verkauf": the phrase after the apposition and its relative clause is set beside the year too
            after = context.clause_around(sentence, same.start("rel"), same.start("rel"))[1]
            if sentence[after : after + 1] == ",":
                lo = after + 1
                hi = lo + context.clause_around(sentence[lo:], 0, 0)[1]
                counted = year_relative.counted_phrase(sentence[lo:hi])
                if counted is not None:
                    return counted[0], lo, hi
    if clause_start > 0 and sentence[clause_start - 1] == "," and _DATE_ONLY.match(sentence[clause_start:clause_end]):
        lo = context.clause_around(sentence, clause_start - 1, clause_start - 1)[0]
        counted = year_relative.counted_phrase(sentence[lo : clause_start - 1])
        if counted is not None:
            return counted[0], lo, clause_start - 1
    return None


def _sold_as_something(clause: str) -> bool:
    """Is the clause's only buying word a "verkaufen ... als" that presents something as something else ("Was
    Facebook den Nutzern 2016 noch als Wahl verkaufte"), with WhatsApp not named as what is sold?"""
    return (_SOLD_AS.search(clause) is not None and _TARGET_ITSELF.search(clause) is None
            and not _dates_the_purchase(_SOLD_AS.sub(" ", clause)))


# A noun the year is attached to by "von"/"aus (dem Jahr)": "das Urteil von 2022", "die Richtlinie aus dem Jahr 2016".
# (The noun's number may stand between: "Unsere Folge 58 von 2014 zur Übernahme", "Heft 3 aus dem Jahr 2014": an
# episode's or an issue's year, D78 (b)'s bibliographic line; issue 7, session 58, year58, own107-034.)
_NOUN_OF_YEAR = re.compile(
    r"(?<![\wäöüß-])(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)(?:\s+(?i:nr\.\s*)?\d{1,4}(?![\d.,]))?\s+(?i:(?:von|aus|für)\s+(?:(?:dem|im|das)\s+(?:jahr|" + SEASON_WORDS + "|"
    + MONTH_WORDS + r")\s+|(?:" + MONTH_PARTS + "|" + MONTH_WORDS + r")\s+)?)$"
)
# Nouns whose year is the purchase's: the price, the sum, the deal ("die 19 Milliarden Dollar von 2014", "der Coup von 2014").
_PURCHASE_LIKE_NOUN = re.compile(r"(?i)[\wäöüß-]*(?:preis|summe|betrag|geschäft|coup|schritt|dollar|euro|milliarden?|mrd)$")


def _year_of_another_noun(sentence: str, year_start: int) -> bool:
    """Is the year attached by "von"/"aus" to a noun that is not the purchase ("Das Urteil von 2022 zur Übernahme",
    "die Versprechen von 2014"), or by "für" to a noun whose period it names ("Sein Voranschlag für 2014 sieht Ausgaben
    von knapp 67 Mia. Fr. vor", own78-015; session 43, prec43)? "der Kauf von 2014", "Facebooks Milliardenkauf von
    2014" date the purchase."""
    found = _NOUN_OF_YEAR.search(sentence, 0, year_start)
    if found is None:
        return False
    noun = found.group("noun")
    if _YEAR_NOUN.match(noun):
        return False  # "Der Deal des Jahres für 2014: Facebook kauft WhatsApp": a time noun, the year its own (review43)
    return not (context.has("acquisition", noun) or _PURCHASE_LIKE_NOUN.match(noun)
                or context.has("buyer", noun) or context.has("target", noun)  # "durch Facebook von 2014": the deal's party
                or names_an_approval(noun.lower()))  # "im Genehmigungsverfahren von 2014 zum WhatsApp-Kauf": the review of
    # the purchase dated in a year dates it (D18; year51, challenge_gen27-030)


def _purchase_noun_of_year(sentence: str, year_start: int) -> bool:
    """Is the year attached by "von"/"aus (dem Jahr)" to a noun of buying ("bei der Prüfung der WhatsApp-Übernahme von
    2014 falsche Angaben gemacht", "der Kauf aus dem Jahr 2014")? The attribute dates the noun it follows, whatever
    other event the clause tells around it (issue 7, session 52, year52); not a noun of another company's purchase
    ("die Instagram-Übernahme von 2012")."""
    found = _NOUN_OF_YEAR.search(sentence, 0, year_start)
    if found is None or not found.group().split(None, 1)[1].lower().startswith(("von", "aus")):
        return False
    noun = found.group("noun")
    return context.has("acquisition", noun) and not context.names_only_another_target(noun)


# The noun of the year itself before "für"/"von" ("des Jahres für 2014"): no other noun the year belongs to.
_YEAR_NOUN = re.compile(r"(?i)jahr(?:es|s)?$")


# The noun a sentence or headline opens with, right before a year ("WhatsApp-Marketing 2014: ...", "Die Kampagnenplanung
# 2014 bleibt ..."): in verb-second order the first phrase ends before the finite verb, so a year right after the first
# noun belongs to that noun. Not a time word ("Anfang 2014", "Frühjahr 2014", deal.json label_time_nouns).
_OPENING_NOUN = re.compile(r"^[\W\d]*(?:(?i:der|die|das|den|dem)\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)\s+$")
_LABEL_TIME_NOUN = re.compile(r"(?i)[\wäöüß-]*(?:" + context.cue_words("label_time_nouns", bare=True) + r")$")


def _year_of_a_label_noun(sentence: str, year_start: int) -> bool:
    """Is the year right after the noun the sentence opens with (its article before it), a noun that is neither the
    purchase, its price, a party nor a time ("WhatsApp-Marketing 2014:", "Budgetplanung 2014 nach dem Facebook-Deal",
    "Die Kampagnenplanung 2014 bleibt ...")? The tagger must read the word as a noun (not "Bereits 2014", "Schon 2014").
    (issue 7, session 29, year29: own50-007)"""
    found = _OPENING_NOUN.match(sentence[:year_start])
    if found is None:
        return False
    noun = found.group("noun").rstrip("-").rsplit("-", 1)[-1]  # a compound's head: "WhatsApp-Marketing" is marketing
    if (context.has("acquisition", noun) or _PURCHASE_LIKE_NOUN.match(noun) or context.has("buyer", noun)
            or context.has("target", noun) or _LABEL_TIME_NOUN.match(noun) or noun.lower() in MONTH_INDEX):
        return False
    words = _LINE_WORDS.findall(sentence[:year_start])
    return tag_words(words)[-1] in ("NN", "NE")


# A determiner that makes a word of belonging the name of a thing the clause speaks of ("die Facebook-Tochter", "der
# ehemaligen Tochterfirma", the head of a compound: "die Facebook-Tochter"), not its predicate ("ist seit 2014 eine
# Facebook-Tochter", "gehört seit 2014 zu Facebook"; the adjective lower-case: "Das Unternehmen gehört seit 2014 ...").
_REFERRING_DETERMINER = re.compile(r"(?i)(?<![\wäöüß])(?:der|die|das|den|dem|des|diese[rsmn]?|jene[rsmn]?)\s+"
                                   r"(?:(?-i:[a-zäöüß][\wäöüß]*e[nmrs]?)\s+)?(?:[\wäöüß]+-)?$")


def _belonging_told(clause: str) -> bool:
    """Does the clause tell that WhatsApp belongs to the buyer (deal.json belongs_words, or the buyer's ownership)? Not
    where the word of belonging only names the company under a definite determiner: "Seit 2016 verlangt die
    Facebook-Tochter keine Gebühr mehr" tells the start of something else (issue 7, session 42, when42)."""
    return any(_REFERRING_DETERMINER.search(clause, 0, found.start()) is None
               for pattern in (_BELONGS, _BELONGS_TO_BUYER) for found in pattern.finditer(clause))


def _since_of_another_verb(clause: str, at: int, owner_spans: tuple[tuple[int, int], ...] = ()) -> bool:
    """Does the "seit" year at `at` stand in a conjunct of a coordination ("und", "sowie", "oder") that has a finite verb
    of its own and tells no belonging, the belonging told in another conjunct ("Den Messenger gibt es seit 2009, und er
    gehört heute dem Konzern")? The year dates the start of its own verb's state, not the belonging (issue 7, session 53, year53,
    own97-052). A conjunct without a verb of its own ("seit 2014 und bis heute gehört ...") shares the belonging; one
    with an owner word (`owner_spans`, offsets in `clause`: "Eigentümer", "Besitz") tells it."""
    if " und " not in clause and " sowie " not in clause and " oder " not in clause:
        return False  # speed: no coordination
    lo, hi = _conjunct_around(clause, at)
    if (lo, hi) == (0, len(clause)):
        return False
    part = clause[lo:hi]
    if any(lo <= owner_start < hi for owner_start, _ in owner_spans) or _belonging_told(part) \
            or _MEMBERSHIP_HEAD.search(part) is not None:
        return False  # ("Seit 2014 gehört der Messenger zum Konzern und ist heute ...": the membership's own)
    return tags_any(_LINE_WORDS.findall(part), FINITE)


def _names_only_a_name(clause: str) -> bool:
    """Does the clause tell of a name borne or changed (deal.json naming_words: "heißt", "firmiert", "umbenannt")
    and of no buying? "Seit 2021 heißt der Mutterkonzern Meta" names the owner, but the year dates its name."""
    return context.has("naming_words", clause) and not context.has("acquisition", clause)


# An offer ("Übernahmeangebot", "Kaufangebot", "Offerte") and its acceptance ("nahm das Angebot an", "akzeptierte").
_OFFER_WORD = re.compile(r"(?i)[\wäöüß-]*(?:angebot|offerte)[\wäöüß]*")
_ACCEPTED = re.compile(r"(?i)(?<![\wäöüß])(?:nahm\w*\s+(?:[\wäöüß-]+\s+){0,6}?an(?![\wäöüß])|angenommen|akzeptiert\w*"
                       r"|willigte\w*|eingewilligt|(?:stimmte|stimmten)\s+(?:[\wäöüß-]+\s+){0,6}?zu(?![\wäöüß])|zugestimmt)")


def _offer_only(clause: str) -> bool:
    """Is every buying word of `clause` an offer noun ("Übernahmeangebot") and nothing says it was accepted? The year
    of an offer is not the year of the purchase ("bereits 2012 ein Übernahmeangebot gemacht", turned down)."""
    cues = [m for name in ("acquisition", "acquisition_cs") for m in context.finditer(name, clause)]
    offers = [(m.start(), m.end()) for m in _OFFER_WORD.finditer(clause)]
    return bool(cues) and all(any(s <= m.start() < e for s, e in offers) for m in cues) and not _ACCEPTED.search(clause)


# A relative clause's start, with a preposition before its pronoun or without ("..., für das ...", "..., das ...").
_RELATIVE_OPENS = re.compile(r"(?i)^\s*(?:(?:für|mit|bei|um|an)\s+)?(?:den|die|das|dem|der|deren|dessen)\s")


def _price_in_relative_after(sentence: str, clause_end: int, price_offsets: tuple[int, ...]) -> bool:
    """Does a relative clause opening right after the clause ending at `clause_end` (after a comma) hold a price?"""
    if sentence[clause_end : clause_end + 1] != "," or not _RELATIVE_OPENS.match(sentence[clause_end + 1 :]):
        return False
    next_end = clause_end + 1 + context.clause_around(sentence[clause_end + 1 :], 0, 0)[1]
    if _fronted_object_clause(sentence[clause_end + 1 : next_end]):
        return False
    return any(clause_end < offset < next_end for offset in price_offsets)


# An article and a noun (one or two words, the first capitalised) opening a clause, then its next word.
_ARTICLE_NOUN_VERB = re.compile(r"^\s*(?:den|die|das|dem|der)\s+[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?\s+"
                                r"(?P<verb>[\wäöüß]+)\s+\S")


def _fronted_object_clause(clause: str) -> bool:
    """Is `clause`, opened by "den/die/das/dem/der", a main clause with a fronted object rather than a relative
    clause: the article takes a noun and the finite verb follows in second place with more words after it ("den
    Messenger verkaufte er später für 19 Mrd. an Facebook", own55-053), where a relative clause ends on its finite
    verb ("den Facebook für 19 Mrd. kaufte")?"""
    found = _ARTICLE_NOUN_VERB.match(clause)
    return found is not None and tags_any((found.group("verb"),), FINITE)


def _in_bracket_with_price(sentence: str, clause_start: int, clause_end: int, price_offsets: tuple[int, ...]) -> bool:
    """Is the clause a bare date that opens a bracket holding a price after it ("WhatsApp (2014, 19 Mrd. Dollar)")?"""
    if not _date_opening_bracket(sentence, clause_start, sentence[clause_start:clause_end]):
        return False
    close = sentence.find(")", clause_end)
    return close > 0 and any(clause_end <= offset < close for offset in price_offsets)


# A bracket that names the deal event of the amount before it and the event's date: "19 Mrd. $ (Ankündigung, Feb. 2014)",
# "(Closing, Okt. 2014)" (deal.json box_date_labels; the month written out or cut short with a dot), up to the year.
_LABELLED_DATE_BRACKET = re.compile(r"(?i)\(\s*(?:" + context.cue_words("box_date_labels")
                                    # or a participle of the event, a noun of the deal before it (gen25b, session 25:
                                    # "(unterschrieben am 19.02.2014)", "(Einigung erzielt am 19. Februar 2014)")
                                    + r"|(?:" + context.cue_words("bracket_event_nouns") + r"\s+)?"
                                    + context.cue_words("bracket_event_participles") + r")"
                                    # the label and its date: after a comma, "am"/"im", or a space (gen25, session 25:
                                    # "(Signing Februar 2014)", "(angekündigt am 19. Februar 2014)"); the month also
                                    # as a number ("19.02.2014")
                                    + r"(?:\s*,\s*|\s+(?:am|im)\s+|\s+)(?:\d{1,2}\.\s*)?"
                                    r"(?:(?:" + MONTH_WORDS + r")\s+|[a-zäöü]{3,4}\.\s*|\d{1,2}\.\s*)?$")


def _labelled_date_bracket(sentence: str, start: int, end: int, price_offsets: tuple[int, ...]) -> bool:
    """Is the year (at start:end) the date of a bracket that names a deal event, right after a price of the clause
    before it ("Preis: 19 Mrd. $ (Ankündigung, Feb. 2014)")? The bracket dates that price."""
    opened = _LABELLED_DATE_BRACKET.search(sentence, max(0, start - 40), start)
    if opened is None or not sentence[end:].lstrip().startswith(")"):
        return False
    bracket = opened.start()
    lo = _previous_clause_start(sentence, bracket) if bracket > 0 else 0
    return any(lo <= offset < bracket for offset in price_offsets)


def _bracket_dates_the_purchase(sentence: str, start: int, end: int) -> bool:
    """Is the year (at start:end) the date of a bracket that names a deal event (`_LABELLED_DATE_BRACKET`) right after a
    clause that tells the purchase of WhatsApp and no other company's ("Der Messenger ging an Facebook (Abschluss am 6.
    Oktober 2014)")? The bracket dates the purchase it follows, as it dates a price (`_labelled_date_bracket`; D49 (b)).
    (issue 7, session 56, year56)"""
    opened = _LABELLED_DATE_BRACKET.search(sentence, max(0, start - 40), start)
    if opened is None or not sentence[end:].lstrip().startswith(")"):
        return False
    bracket = opened.start()
    return _tells_the_targets_purchase(sentence[_previous_clause_start(sentence, bracket) if bracket > 0 else 0 : bracket])


# A participle of the deal's event or of announcing and its full date set off by a comma after the clause it dates
# ("Facebook übernimmt WhatsApp für 19 Milliarden US-Dollar, angekündigt am 19.02.2014", "..., mitgeteilt am 19.02.2014
# nach US-Börsenschluss"): the apposition dates the purchase its clause tells, as the bracket `_LABELLED_DATE_BRACKET`
# does (deal.json bracket_event_participles, year_grammar.json announcing_participles; issue 7, session 58, year58:
# own107-029, challenge_gen35-032). The year ends the apposition or a time phrase follows it.
_APPOSED_PARTICIPLE_DATE = re.compile(
    r"(?i),\s*(?:" + context.cue_words("bracket_event_participles", bare=True) + r"|" + year_denied.words("announcing_participles")
    + r")\s+(?:am|vom)\s+\d{1,2}\.\s*(?:\d{1,2}\.\s*|(?:" + MONTH_WORDS + r")\s+)$")
_APPOSITION_ENDS = re.compile(r"(?i)\s*(?:[.,;:!?)]|\+\+\+|$|(?:nach|um|gegen|kurz|abends|morgens)(?![\wäöüß]))")


def _apposed_date_participle(sentence: str, start: int, end: int) -> bool:
    """Is the year at [start, end) the end of a participle's dated apposition (`_APPOSED_PARTICIPLE_DATE`) after a clause
    that tells the purchase of WhatsApp and no other company's (`_tells_the_targets_purchase`)?"""
    opened = _APPOSED_PARTICIPLE_DATE.search(sentence, max(0, start - 60), start)
    if opened is None or _APPOSITION_ENDS.match(sentence, end) is None:
        return False
    return _tells_the_targets_purchase(sentence[_previous_clause_start(sentence, opened.start()) : opened.start()])


def _tells_the_targets_purchase(told: str) -> bool:
    """Does the clause `told` date the purchase (`_dates_the_purchase`) of WhatsApp, named or by an epithet, and of no
    other company? The clause a bracket of the deal's event follows (`_bracket_dates_the_purchase`,
    `_month_of_a_purchase_bracket`). (issue 7, session 56, year56)"""
    return (_dates_the_purchase(told) and (context.has("target", told) or context.has("target_epithets", told))
            and not context.has("other_targets", told))


def _date_opening_bracket(sentence: str, clause_start: int, clause: str) -> bool:
    """Is `clause` (starting at `clause_start`) a bare date right after an opening bracket ("WhatsApp (2014, ...")?
    It dates a price in the clause before the bracket or in the bracket itself."""
    return clause_start > 0 and sentence[clause_start - 1] == "(" and _DATE_ONLY.match(clause) is not None


# A month without its year ("im Februar", "am 6. Oktober"), and the month right before a written year.
_MONTH_ALONE = re.compile(r"(?i)(?<![\wäöüß])(?:im|am|ab|bis|seit)\s+(?:(?P<day>\d{1,2})\.\s*)?(?P<month>" + MONTH_WORDS
                          + r")(?![\wäöüß])(?!\s+(?:\d{4}|des|desselben|dieses|jenes)\b)")
_MONTH_BEFORE_YEAR = re.compile(r"(?i)(?P<month>" + MONTH_WORDS + r")\s+$")


def _month_of_written_year(sentence: str, years: list[tuple[int, int, int]]) -> tuple[int, int, int] | None:
    """'Im Jänner 2014 verhandelte Zuckerberg mit Koum; im Februar war der Kauf von WhatsApp perfekt': a month
    without a year, in a clause that dates the purchase of WhatsApp, is of the last year written before it (the
    next year when its month comes before that year's month: "im Dezember 2013 ..., im Februar ..."). `years`:
    `_years(sentence)`."""
    for month in _MONTH_ALONE.finditer(sentence):
        anchors = [y for y in years if y[2] <= month.start()]
        if not anchors:
            continue
        clause = sentence[slice(*context.clause_around(sentence, month.start(), month.end()))]
        if not (context.has("target", clause) and _dates_the_purchase(clause)) or (
                context.has("other_targets", clause) or context.has("other_events", clause)):
            continue
        year, start, _ = anchors[-1]
        before = _MONTH_BEFORE_YEAR.search(sentence, max(0, start - 12), start)
        next_year = before is not None and MONTH_INDEX[month.group("month").lower()] < MONTH_INDEX[before.group("month").lower()]
        return year + 1 if next_year else year, start, month.end()
    return None


_BRACKETED_PART = re.compile(r"\([^()\n]*\)")


def _counted_from_a_written_year(sentence: str, years: list[tuple[int, int, int]]) -> tuple[int, int, int] | None:
    """'Facebook übernahm 2012 Instagram und zwei Jahre später WhatsApp': the written year plus the count, with
    the span from the year to the count; and "N Jahre zuvor" back from a year before it in the sentence ("Microsoft
    übernahm 2016 LinkedIn; zwei Jahre zuvor hatte Facebook für WhatsApp 19 Mrd. gezahlt", "Die FTC argumentierte
    2020, Facebook habe WhatsApp sechs Jahre zuvor gekauft": 2016 - 2, 2020 - 6; issue 7, session 40, when40). The part
    of the clause with the count names WhatsApp and no other company nor another event; it speaks of buying or paying,
    or (a count later only) the words from the written year's clause on do (the verb is often left out: "und zwei Jahre
    später WhatsApp für 19 Milliarden"). `years`: `_years(sentence)`."""
    counts = [(found, 1) for found in year_relative.later_counts(sentence)] + [
        (found, -1) for found in year_relative.earlier_counts(sentence)]
    if counts and "(" in sentence:
        # "wurde WhatsApp fünf Jahre später für 19 Mrd. US-Dollar (damals rund 13,8 Mrd. Euro) an Facebook verkauft": a
        # bracket inside the clause does not end it (blanked, so the offsets stay)
        sentence = _BRACKETED_PART.sub(lambda found: " " * len(found.group()), sentence)
    for counted, sign in counts:
        count = year_relative.count_of(counted)
        anchors = [y for y in years if y[2] <= counted.start()]
        if count is None or not anchors or anchors[-1][0] + sign * count < _TARGET_FOUNDED:
            continue
        year, start, _ = anchors[-1]
        clause_start, clause_end = context.clause_around(sentence, counted.start(), counted.end())
        lo, hi = _conjunct_around(sentence[clause_start:clause_end], counted.start() - clause_start)
        part = sentence[clause_start + lo : clause_start + hi]
        earlier = sentence[context.clause_around(sentence, start, start)[0] : counted.start()]
        after = sentence[counted.start() : clause_start + hi]
        names_target = context.has("target", part) or context.has("target_epithets", after) or (
            # "WhatsApp wurde 2009 gegründet, fünf Jahre später kaufte Facebook den Dienst"
            context.refers_to_target(part) and context.last_named_company(earlier) == "target")
        if not names_target or context.has("other_events", part) or _another_company_s_year(after, 0):
            continue  # ("Nach dem Kauf der Foto-App 2012 griff Facebook zwei Jahre später beim Messenger zu": after the count)
        if _dates_the_purchase(part) or (sign > 0 and context.about_paying(earlier)):
            return year + sign * count, start, counted.end()
    return None


# Buying that is not the purchase of a company: shares bought back ("kaufte ... Aktien zurück"), a thing
# bought for oneself ("kauft sich ein iPhone"; "Facebook kauft sich WhatsApp" names its object).
_BUYS_SOMETHING_ELSE = re.compile(
    r"(?i)(?<![\wäöüß])k[aä]uf\w*\s+(?:\S+\s+){0,12}?zurück(?![\wäöüß])"
    r"|(?<![\wäöüß])kauf\w*\s+sich\s+(?:\S+\s+){0,3}?(?:ein|eine|einen)\s+(?![\w-]*(?:messenger|app|dienst|whats))"
    # (the verb-final order of a subordinate clause: "als er sich einen Laptop kaufte"; session 35, price35, own62-005)
    r"|(?<![\wäöüß])sich\s+(?:\S+\s+){0,2}?(?:ein|eine|einen)\s+(?![\w-]*(?:messenger|app|dienst|whats))[\wäöüß-]+"
    r"\s+(?:[\wäöüß-]+\s+){0,2}?(?:ge)?kauf(?:t|te|ten|en)?(?![\wäöüß])"
)
# A sale that names whom or where it went to: "an die Beteiligungsgesellschaft Afinum verkauft", "Waren ... ins
# Ausland verkauft" (exports).
_SOLD_TO = re.compile(swiss_pattern(  # (Swiss "veräussert" too)
    r"(?i)(?<![\wäöüß])(?:an\s+(?:den|die|das|einen|eine|einem)?|ins)\s*(?P<who>(?:[\wäöüß-]+\s+){0,3}?[\wäöüß-]+)\s+"
    r"(?:verkauft|veräußert|abgegeben|abgetreten)\w*"
))


def _sold_to_another(text: str) -> bool:
    """Does `text` sell something to someone it does not call Facebook by name ("an die Beteiligungsgesellschaft
    Afinum verkauft")? "WhatsApp wurde 2014 an Facebook verkauft" is the purchase itself; the caller asks the
    layer for Facebook's epithets ("an das soziale Netzwerk verkauft")."""
    return any(not context.has("buyer", m.group("who")) for m in _SOLD_TO.finditer(text))


# The year right after the purchase it dates: "seit der Übernahme durch Facebook im Jahr 2014".
_ATTACHED = re.compile(
    r"(?i)\s+(?:(?:durch|von|an)\s+(?:den\s+|die\s+|das\s+)?[\wäöüß-]+\s+)?"
    r"(?:im\s+(?:jahr|" + MONTH_WORDS + r")\s+|(?:" + MONTH_PARTS + r")\s+)?"
)
# A label before a colon that the rest of the sentence explains: "WhatsApp 2014: 19 Milliarden Dollar".
_LABEL_BEFORE_COLON = re.compile(r"\)?\s*:")


# WhatsApp by its name standing alone ("WhatsApp-Nutzer" speaks of users) or by a word for it ("der Messenger").
_TARGET_ITSELF = re.compile(r"(?i)(?<![\wäöüß-])whats\s?app(?![\wäöüß-])|(?<![\wäöüß-])(?:den|der|des|dem|die|das)\s+"
                            r"(?:\w+\s+)?(?:messenger|dienst(?:es|s)?|app|chatdienst\w*|kurznachrichtendienst\w*|start-?up)(?![\wäöüß-])")


# What a clause about the owner dates when it speaks of the data sharing or the terms rather than the purchase.
_DATA_TALK = re.compile(r"(?i)" + context.cue_words("data_talk_words", bare=True)
                        + r"|(?<![\wäöüß])(?:" + context.cue_words("data_talk_verbs", bare=True) + r")(?![\wäöüß])")
_PARTIES_SIDE_BY_SIDE = re.compile(r"(?i)(?:facebook|meta|whatsapp)\s+(?:und|sowie|&)\s+(?:facebook|meta|whatsapp)(?![\wäöüß-])")


def _owner_of_target(sentence: str, clause_start: int, clause_end: int, owner_spans: tuple[tuple[int, int], ...],
                     buyer_in_reach: bool = False) -> bool:
    """Does the clause say who owns WhatsApp: an OWNER word of the layer (Besitz, Eigentümer, Tochter,
    besitzen, ...) with the buyer, and WhatsApp itself in it or in the clause it is set beside ("WhatsApp
    ist seit 2014 im Besitz von Facebook", "WhatsApp, seit 2014 im Besitz von Facebook, ...")?
    "Seit 2016 besitzt Facebook die Nummern der WhatsApp-Nutzer" names users, not WhatsApp. The buyer may be named by a
    word for it where `buyer_in_reach` ("Facebook heißt jetzt Meta. ... WhatsApp gehört seit 2014 zum Konzern")."""
    if not any(clause_start <= s < clause_end for s, _ in owner_spans):
        return False
    clause = sentence[clause_start:clause_end]
    before = sentence[_previous_clause_start(sentence, clause_start) : clause_start] if clause_start else ""
    if _DATA_TALK.search(clause) or context.has("other_events", clause):
        return False  # "Seit 2016 teilt der Besitzer Facebook Daten von WhatsApp": the owner named, data dated
    if _PARTIES_SIDE_BY_SIDE.search(clause):
        return False  # "gehört zum Konzept von Facebook und WhatsApp": both own something else, neither the other
    buyer = context.has("buyer", clause) or (buyer_in_reach and _BUYER_EPITHET.search(clause) is not None) or (
        _APPOSED_BUYER.fullmatch(before) is not None and _verbless(clause))
    return buyer and (_TARGET_ITSELF.search(clause) is not None or _TARGET_ITSELF.search(before) is not None)


# A bare "seit" and its year as a clause of its own, set off by commas or a dash ("gehört zum Konzern – seit 2014",
# "Instagram und, seit 2014, der Messenger WhatsApp"): no verb, an adverbial of the clause it is set into.
_SINCE_SET_OFF = re.compile(r"(?i)\s*seit\s+(?:dem\s+jahr\s+)?(?:19|20)\d\d\s*[.!]?\s*")
# A coordinator (and its comma) ending the clause before the set-off phrase: the phrase opens the conjunct after it
# (year_grammar.json list_coordinators).
_COORDINATOR_BEFORE = re.compile(r"(?i)(?<![\wäöüß])(?:" + year_denied.words('list_coordinators') + r")\s*,\s*$")
_LAST_WORD = re.compile(r"([\wäöüß-]+)\W*$")


def _owned_since_set_off(sentence: str, clause_start: int, clause_end: int, owner_spans: tuple[tuple[int, int], ...],
                         buyer_in_reach: bool) -> bool:
    """Is the year's clause a bare "seit YEAR" set off by commas or a dash, which dates the belonging the clause it is
    set into tells ("WhatsApp ist keine eigene Firma, sondern gehört zum Konzern – seit 2014", "Zum Konzern gehören
    Instagram und, seit 2014, der Messenger WhatsApp")? After a coordinator the phrase opens the conjunct after it, a
    verbless noun phrase that is WhatsApp itself and no other company (the clause before reaching back over a list's
    verbless items: "gehören Instagram, Oculus und, seit 2014, WhatsApp"); otherwise it closes the clause before it,
    whose last word names no other company ("Zum Konzern gehört Instagram, seit 2012, und ..."). No finite verb stands
    between the word of belonging and the phrase ("gehört zu Facebook und gibt, seit 2016, ... weiter" dates the
    giving). The belonging is then read as `_owner_of_target` reads it, over the clause before and the conjunct (issue
    7, session 52, year52)."""
    if clause_start == 0 or _SINCE_SET_OFF.fullmatch(sentence, clause_start, clause_end) is None:
        return False
    lo = _previous_clause_start(sentence, clause_start)
    before = sentence[lo:clause_start]
    hi = clause_start
    if _COORDINATOR_BEFORE.search(before) is not None:
        if sentence[clause_end : clause_end + 1] != ",":
            return False
        hi = context.clause_around(sentence, clause_end + 1, clause_end + 1)[1]
        conjunct = sentence[clause_end + 1 : hi]
        if _TARGET_ITSELF.search(conjunct) is None or context.has("other_targets", conjunct) or not _verbless(conjunct):
            return False
        for _ in range(4):  # "gehören Instagram, Oculus und, seit 2014, WhatsApp": back over the list's verbless items
            if lo == 0 or sentence[lo - 1] != "," or not _verbless(sentence[lo:clause_start]):
                break
            lo = _previous_clause_start(sentence, lo)
    else:
        last = _LAST_WORD.search(before)
        if last is None or context.has("other_targets", last.group(1)):
            return False
    owner_ends = [e for s, e in owner_spans if lo <= s < clause_start]
    if not owner_ends:
        return False
    between = sentence[max(owner_ends) : clause_start]
    if _WORD.search(between) is not None and not _verbless(between):
        return False  # "WhatsApp gehört zu Facebook und gibt, seit 2016, Nummern weiter": the phrase dates the verb
        # that stands between the belonging and it (review52's finding of 03:34)
    return _owner_of_target(sentence, lo, hi, owner_spans, buyer_in_reach)


# The buyer's name alone before a label's colon or an apposition's comma ("Facebook: Mutterkonzern von WhatsApp seit
# 2014", "Facebook, seit 2014 Eigentümer von WhatsApp, ..."): the subject of the verbless owner phrase after it. Only
# "Facebook": "Meta" is a name since 2021, whose "seit" may date the name (as `_OWNER_SINCE_LABEL`), and a person
# ("Zuckerberg: seit 2014 ...") is no owner.
_APPOSED_BUYER = re.compile(r"(?i)\s*(?:[-•*]\s*)?facebook(?:\s+inc\.?)?\s*[:,]\s*")


# A fact box's row: a short label and its colon opening the line ("Eigentümer: Meta Platforms (seit 2012)").
_LABEL_ROW = re.compile(r"\s*[A-ZÄÖÜ][\wäöüß-]*(?:\s+[\wäöüß-]+){0,3}\s*:\s*\S")


def _row_of_another_subject(text: str, sentence: str) -> bool:
    """Is `sentence` one line of a fact box (a label, its colon and a value) in an entry whose title - the text's first
    line - names another company bought and not WhatsApp ("Instagram" over "Eigentümer: Meta Platforms (seit 2012)")?
    A box's rows tell of the entry's subject, so the owner's year there is that company's (a reference work's
    neighbouring entry; issue 7, session 47, year47). The caller asks only where the deal context names no WhatsApp
    in the sentence or the two before."""
    if "\n" in sentence.strip() or _LABEL_ROW.match(sentence) is None:
        return False
    title = text.lstrip().split("\n", 1)[0]
    return context.has("other_targets", title) and not (context.has("target", title) or context.refers_to_target(title))


def _verbless(clause: str) -> bool:
    """Does `clause` hold no finite verb (the layer's tagger on its words): a noun phrase set beside a name, a label's
    value, not a clause of its own ("Facebook: Mutterkonzern von WhatsApp seit 2014"; not "Facebook: Der Konzern
    besitzt seit 2016 die Nummern")? Issue 7, session 47, year47."""
    words = _WORD.findall(clause)
    return bool(words) and not tags_any(words, FINITE)  # (the word analyses first: speed48)


_MEMBERSHIP_HEADS, _MEMBERSHIP_GROUPS = year_denied.words('membership_heads'), year_denied.words('membership_groups')
# After "seit" and the year: a noun phrase of belonging and its owner, the buyer by name or as the first part of a
# group's compound (group "named": "Teil von Facebook", "unter dem Dach des Facebook-Konzerns", "Teil des
# Zuckerberg-Imperiums") or by a group noun alone (group "epithet": "Teil des Konzerns"), which is the buyer only where the
# deal context names it in reach. (The epithets are the two group nouns that name a company, not "der Familie".)
# A group noun after a possessive of the first person plural, alone or the last part of a compound ("Teil unserer
# Unternehmensgruppe", "Teil unserer App-Familie"; group "ours"): the speaker's group, the buyer's where the deal context
# names Facebook in reach (its release or its chief quoted; session 49, year49, own89-051).
_MEMBERSHIP_AFTER_YEAR = re.compile(
    r"(?i)\s+(?:" + _MEMBERSHIP_HEADS + r")\s+(?:(?:der|des|dem)\s+)?(?:(?P<named>" + context.cue_words("buyer")
    + r"(?:-" + _MEMBERSHIP_GROUPS + r")?)|(?P<epithet>konzerns?|imperiums?))(?![\wäöüß-])"
    r"|(?i:\s+(?:ein\s+|fester\s+|festes\s+)?teil\s+(?P<ours>unser(?:er|es)\s+(?:[\wäöüß]+-?)?"
    + _MEMBERSHIP_GROUPS + r"))(?![\wäöüß-])")


# A noun phrase of belonging's head anywhere in a clause ("Teil der", "im Besitz von": year_grammar.json membership_heads).
_MEMBERSHIP_HEAD = re.compile(r"(?i)(?<![\wäöüß])(?:" + _MEMBERSHIP_HEADS + r")(?![\wäöüß])")
# The copula of a fronted "seit" phrase and WhatsApp as its subject, by name or as "der Messenger" (`_TARGET_ITSELF`'s
# words), right after the year: "Seit 2014 ist der Messenger | Teil des Konzerns", "seit 2014 ist WhatsApp | im Besitz ...".
_COPULA_AND_TARGET_AFTER_YEAR = re.compile(
    r"(?i)\s+(?:ist|war)\s+(?:whats\s?app|(?:der|die|das)\s+(?:[\wäöüß]+\s+)?(?:messenger|dienst|app|chatdienst\w*"
    r"|kurznachrichtendienst\w*|start-?up))(?![\wäöüß-])(?=\s)")


def _member_since(sentence: str, start: int, end: int, clause_start: int, clause_end: int, buyer_in_reach: bool) -> bool:
    """Does the year at start:end start WhatsApp's membership of the buyer, told by a noun phrase after "seit" with no
    verb of belonging ("WhatsApp, seit 2014 Teil des Konzerns, ...", "Der Messenger ist seit 2014 Teil des
    Zuckerberg-Imperiums", "Seit 2014 unter dem Dach des Facebook-Konzerns, muss WhatsApp ...")? WhatsApp itself
    (`_TARGET_ITSELF`, not "WhatsApp-Nutzer") in the year's clause, in the clause before it (an apposition) or, where the
    phrase opens the sentence, in the clause after it; no other company bought there ("Instagram, seit 2012 Teil des
    Konzerns"). D2's "gehört seit 2014 zu Facebook" in other grammar (issue 7, session 44, year44: own80-054,
    challenge_gen20-076, -077; year_grammar.json membership_heads)."""
    if _SINCE_BEFORE.search(sentence, max(0, start - 30), start) is None:
        return False
    found = _MEMBERSHIP_AFTER_YEAR.match(sentence, end)
    if found is None and (subject := _COPULA_AND_TARGET_AFTER_YEAR.match(sentence, end)) is not None:
        # "Seit 2014 ist der Messenger Teil des Konzerns": the fronted "seit" phrase, the copula and WhatsApp as its
        # subject before the noun phrase of belonging (verb second; issue 7, session 53, year53, challenge_gen29-014)
        found = _MEMBERSHIP_AFTER_YEAR.match(sentence, subject.end())
    if found is None or ((found.group("epithet") or found.group("ours")) and not buyer_in_reach) \
            or context.has("naming_words", sentence):
        return False  # ("WhatsApp ist seit 2021 Teil der Meta-Familie, nachdem Facebook sich umbenannt hat": the year of
        # the buyer's new name, review44)
    lo = _previous_clause_start(sentence, clause_start) if clause_start else 0
    hi = clause_end
    if not sentence[:clause_start].strip(" \t\n\"„“") and sentence[clause_end : clause_end + 1] == ",":
        hi = clause_end + 1 + context.clause_around(sentence[clause_end + 1 :], 0, 0)[1]
    around = sentence[lo:hi]
    return _TARGET_ITSELF.search(around) is not None and not context.has("other_targets", around)


# Facebook by a word for it, after an article or a contraction ("zum Konzern", "des Netzwerks", "dem Käufer"): the BUYER
# epithets of the layer's deal context (patterns/deal_context.jsonl), the buyer where the deal context names it in reach
# (the layer reads no contraction before an epithet, so the year component asks for the words itself).
_BUYER_EPITHET = re.compile(r"(?i)(?<![\wäöüß-])(?:der|den|dem|des|zum|vom|beim)\s+(?:" + "|".join(
    re.escape(phrase) for row in pattern_rows() if row["label"] == "BUYER" and row["kind"] == "epithet"
    for phrase in row["phrases"]) + r")(?![\wäöüß-])")


# Talk of a sum paid or offered (narrower than price_context: "nannte" alone names anything).
_PRICE_TALK = re.compile(r"(?i)(?<![\wäöüß])(?:\w*summe|\w*preis|betrag|angebot|gebot|offerte|bot|bietet|geboten|zahlte\w*|bezahlte\w*)(?![\wäöüß])")


# The finite verbs of reported speech and of the unreal: the Konjunktiv I of haben, sein, werden and the modals (deal.json
# reported_finites) and the Konjunktiv II (counterfactual_finites); "ich habe", "ich werde" are the indicative.
_REPORTED_OR_UNREAL_FINITE = re.compile(
    r"(?i)(?<![\wäöüß])(?<!ich )(?:" + context.cue_words("reported_finites", bare=True) + "|"
    + context.cue_words("counterfactual_finites", bare=True) + r")(?![\wäöüß])")
# A clause opened by a subordinator: the main clause it is fronted before follows it ("Als Facebook WhatsApp kaufte, sei
# das ein Fehler gewesen").
_SUBORDINATE_OPENS = re.compile(r"(?i)^\W*(?:als|wenn|falls|nachdem|weil|da|dass|ob|obwohl|bevor|seit|sobald)(?![\wäöüß])")


def _reported_or_unreal(content: str) -> bool:
    """Is `content`, what follows a frame's colon or its that-clause, told in reported or unreal speech: its first clause
    (and the main clause after a fronted subordinate one) has a finite verb in the Konjunktiv I or II ("Der Kauf habe ...
    gekostet", "WhatsApp sei mehr wert", "Hätte Facebook gewartet, ...", "Würde man WhatsApp heute verkaufen",
    "dass Facebook den Messenger gekauft habe", "Facebook zahle zu viel": a main verb's Konjunktiv I, a finite verb in -e
    not in -te, HanTa's VVFIN, with no "ich" before)? Then the purchase stands only in what someone says or supposes, and
    a year of the frame dates the saying (the lead's D2: a statement's year alone is no acquisition year). Issue 7,
    session 38, when38 (challenge_price20-001, -047, -057, -081; challenge_price19-009, -027)."""
    first_end = context.clause_around(content, 0, 0)[1]
    clauses = [content[:first_end]]
    if _SUBORDINATE_OPENS.match(clauses[0]) and first_end < len(content):
        clauses.append(content[first_end + 1 : first_end + 1 + context.clause_around(content[first_end + 1 :], 0, 0)[1]])
    for clause in clauses:
        if _REPORTED_OR_UNREAL_FINITE.search(clause):
            return True
        words = _WORD.findall(clause)
        in_e = [word.endswith("e") and not word.endswith("te") and (i == 0 or words[i - 1].lower() != "ich")
                for i, word in enumerate(words)]
        if tags_any(words, _FULL_FINITE, in_e):  # (the word analyses first: speed48)
            return True
    return False


_FULL_FINITE = frozenset({"VVFIN"})  # a full verb's finite form (`_reported_or_unreal`)

# The unreal clause (models/mood.py, the reader price.py shares; one reader since session 39, when39): the Konjunktiv II
# (deal.json counterfactual_finites), the openers of a condition, a denial (which makes the unreal's content the fact:
# "Hätte Facebook WhatsApp nicht 2014 gekauft, ...", "nie", "niemals" too). A verb-first condition opens the sentence
# itself, after blanks and opening quote marks ("„Hätte Facebook gewartet, ..."); a question's mark may stand before
# closing quote marks.
_UNREAL_CLAUSES = mood.UnrealClauses(denial=mood.DENIAL, statements_inside=False, edges="quotes")


def _unreal_clause(sentence: str, clause_start: int, clause_end: int) -> bool:
    """Does the clause sentence[clause_start:clause_end] tell what did not happen: its finite verb in the Konjunktiv II
    and it is an unreal condition ("wenn Facebook schon 2012 zugegriffen hätte", "Hätte die Kommission den Deal 2014
    untersagt") or the consequence of one in the sentence ("Hätte Zuckerberg gewartet, hätte er WhatsApp erst 2016
    gekauft")? A year there dates no purchase (the lead's D2: the year tied to THE purchase). Not a denied one: "Hätte
    Facebook WhatsApp nicht 2014 gekauft, ..." tells the purchase as the fact. Issue 7, session 38, when38
    (challenge_price20-025, -055)."""
    clause = sentence[clause_start:clause_end]
    if not mood.unreal_finite(clause) or _UNREAL_CLAUSES.denied(clause):
        return False
    # "Hätte Facebook WhatsApp 2014 auch ohne Google gekauft?" asks, it supposes nothing: no verb-first condition
    verb_first = not _UNREAL_CLAUSES.asks(sentence)
    # the clause itself is the unreal condition, or the consequence of one (another clause of the sentence)
    return (_UNREAL_CLAUSES.condition(sentence, clause_start, clause_end, verb_first=verb_first)
            or _UNREAL_CLAUSES.condition_elsewhere(sentence, clause_start, clause_end, verb_first=verb_first))


def _later_than(clause: str, next_clause: str) -> bool:
    """Does `next_clause` ("nachdem ...") tell what came before the event of the year's `clause`? Then the year dates
    that later event ("Der Konzern setzte 2021 ... um, nachdem er WhatsApp einst ... übernommen hatte"), unless the
    clause is a bare date the sentence goes on from ("Im Februar 2014, nachdem ..."), so not the purchase."""
    return _ANTERIOR_CLAUSE.match(next_clause) is not None and _DATE_ONLY.match(clause) is None


# A conjunct with no subject of its own: a coordinating conjunction right before its finite verb ("..., und wird im Laufe
# des Jahres 2014 erwartet"); and a sentence whose subject is the deal itself, a determiner, an adjective at most, a
# purchase or closing noun (deal.json deal_nouns, closing_nouns) and its genitive or "von" phrase ("Der Vollzug der
# Transaktion steht unter dem Vorbehalt ..., und wird ... erwartet").
_GAPPED_CONJUNCT = re.compile(r"(?i)^\s*(?:" + context.cue_words("clause_coordinators", bare=True) + r"|sowie)\s+"
                              r"(?P<verb>[a-zäöüß]+)(?![\wäöüß-])")
_DEAL_SUBJECT = re.compile(r"(?i)^\W*(?:der|die|das)\s+(?:[\wäöüß-]+\s+)?(?:[\wäöüß]+-)?(?:" + context.cue_words("deal_nouns", bare=True)
                           + "|" + context.cue_words("closing_nouns", bare=True) + r")(?:e?s)?(?![\wäöüß-])")
_GAPPED_DEAL_PREDICATE = re.compile(r"(?i)(?<![\wäöüß])(?:" + year_denied.words('gapped_deal_predicates') + r")(?![\wäöüß])")


def _deal_subject_of_a_gapped_conjunct(sentence: str, clause_start: int, clause: str) -> tuple[str, int] | None:
    """The sentence's first clause, with its offset, where the year's clause is a conjunct with no subject of its own
    (a conjunction, then its finite verb: HanTa) and that first clause's subject is the deal itself ("Der Vollzug der
    Transaktion steht unter dem Vorbehalt ..., und wird im Laufe des Jahres 2014 erwartet": the gapped subject is the
    closing's, which the year dates, D44 in prose; issue 7, session 49, year49, own89-002). Not a conjunct after a
    clause whose subject is WhatsApp or Facebook ("WhatsApp gehört zu Facebook, und teilt seit 2016 Daten"): the year
    is that subject's other act; not a conjunct of another act on the deal ("Die Übernahme war umstritten, und wurde
    2017 mit einer Strafe belegt"): only the deal's own participles (year_grammar.json gapped_deal_predicates). None
    otherwise."""
    gapped = _GAPPED_CONJUNCT.match(clause)
    if clause_start == 0 or gapped is None or not tags_any([gapped.group("verb")], FINITE):
        return None
    if _DEAL_SUBJECT.match(sentence) is None or _GAPPED_DEAL_PREDICATE.search(clause) is None:
        return None  # ("..., und wurde 2017 mit einer Strafe belegt": a later act's year, year_grammar.json)
    first_end = context.clause_around(sentence, 0, 0)[1]
    first = sentence[:first_end]
    return (first, 0) if first_end <= clause_start and _dates_the_purchase(first) else None


def _price_talk_clause(sentence: str, clause_end: int, price_offsets: tuple[int, ...],
                       price_next: bool, clause_start: int = 0) -> tuple[str, int] | None:
    """The clause after a year's cue-less clause that tells of the deal's price, with its offset: after a
    colon or as an "als"/"nachdem" clause, it states a price the price component accepted ("Im Februar 2014
    schlug Zuckerberg zu: Er bot 19 Mrd. Dollar für WhatsApp"), or it talks of paying and the next sentence
    states the price ("Es war ein Mittwoch im Februar 2014, als Zuckerberg eine Summe nannte. ... bot er
    19 Mrd. Dollar"). The price component decided that the sum is WhatsApp's; this dates it."""
    if clause_end >= len(sentence):
        return None
    after_colon = sentence[clause_end] == ":"
    follow = sentence[clause_end + 1 :]
    end = len(follow) if after_colon else context.clause_around(follow, 0, 0)[1]
    next_clause = follow[:end]
    if not (after_colon or _FOLLOW_ON_CLAUSE.match(next_clause)) or (
            not after_colon and _later_than(sentence[clause_start:clause_end], next_clause)):
        return None
    if (after_colon or _THAT_START.match(next_clause)) and _ANNOUNCE.search(sentence, clause_start, clause_end) is None \
            and _reported_or_unreal(next_clause):
        return None  # "Im Jänner 2015 zog der Konzern Bilanz: Der Kauf habe ... 22 Mrd. Dollar gekostet": the saying's year
    rest_start = clause_end + 1
    if any(rest_start <= o < rest_start + end for o in price_offsets):
        return next_clause, rest_start
    if price_next and not price_offsets and _PRICE_TALK.search(next_clause):
        return next_clause, rest_start
    return None


def _previous_clause_start(sentence: str, clause_start: int) -> int:
    return context.clause_around(sentence, clause_start - 1, clause_start - 1)[0]


def _clause_before(sentence: str, mark_end: int) -> tuple[str, int]:
    """The clause that ends right before the mark (a comma, colon, dash or bracket) at `mark_end - 1`, and its start:
    the clause `_linked_clause` asks whether it dates the purchase for a relative, demonstrative, correcting or bare
    date clause after the mark (review41 item 10: the same three lines four times)."""
    start = _previous_clause_start(sentence, mark_end)
    return sentence[start : mark_end - 1], start


def _cue_ends(cue_text: str, cue_offset: int) -> list[int]:
    """Where the acquisition cues of `cue_text` end (offsets in the sentence)."""
    return [cue_offset + m.end() for m in context.finditer("acquisition", cue_text)]


# A clause after the date that tells what happened then ("..., als WhatsApp die Regeln änderte").
_EVENT_CLAUSE_AFTER = re.compile(r"(?i),\s*(?:als|nachdem|wo|da)\s")
# A heading that asks what a year saw: "Was geschah 2014?", "Und was passierte im Jahr 2014?"
_WHAT_HAPPENED = re.compile(r"(?i)\s*(?:und\s+)?was\s+(?:geschah|passierte|war)\s+(?:im\s+(?:jahr\s+)?)?"
                            + _YEAR_DIGITS + r"\s*\?\s*$")
# "Erinnern Sie sich an 2014? Damals kaufte Facebook WhatsApp.": a year that a question or an exclamation ends on,
# which "damals" (or "in diesem Jahr") in the next sentence refers back to.
_YEAR_ASKED = re.compile(_YEAR_DIGITS + r"\s*[?!]\s*$")
# "damals, 2014, ...": a year in apposition to "damals" (or "seinerzeit") dates what its clause tells.
_THEN_BEFORE = re.compile(r"(?i)(?<![\wäöüß])(?:damals|seinerzeit)\s*,\s*(?:(?:im|am)\s+(?:jahr|(?:\d{1,2}\.\s*)?(?:"
                          + MONTH_WORDS + r"))\s+)?$")  # "Damals, im Februar 2014, legte Zuckerberg 19 Milliarden ..."
_THEN_OPENS = re.compile(r"(?i)\W*(?:damals|seinerzeit|in\s+(?:diesem|jenem)\s+jahr)(?![\wäöüß])")
_MONTH_YEAR = re.compile(
    r"(?i)\b(?:" + MONTH_WORDS + r")\s+" + _YEAR_DIGITS + r"\b"
)
# A clause that names the source of the statement before it ("so stand es in der Mitteilung vom ...").
_SOURCE_CLAUSE = re.compile(swiss_pattern(  # (Swiss "hiess", "heisst" too)
    r"(?i)^\s*so\s+(?:stand|steht|hieß|heißt|teilte|meldete|sagte|schrieb|verkündete|gab)\b"
))
# "Stand: Mai 2021", "aktualisiert am 2. September 2016": up to a weekday or day, a month and a preposition between.
# "Stand" is the label only as a capitalised noun opening its line, sentence, bracket or comma phrase ("(Stand: Mai
# 2021)", "Zahlen, Stand 2021"): "Im Rundbrief stand: Facebook hat WhatsApp 2014 gekauft" is the verb 'stehen'.
_STATUS_BEFORE = re.compile(
    r"(?i)(?:(?:^|[(\[,;|–—\n])\s*(?-i:Stand)|\b(?:aktualisiert|zuletzt\s+geändert|update))\b\W{0,3}(?:\w+\W{1,3}){0,3}$"
)
# "Ein Rückblick aus dem Januar 2021", "Artikel vom 3. März 2019", "erschienen im Mai 2021": a piece of writing
# (deal.json written_pieces) and its date, up to a day, a month and "Jahr" between (the year the text was written, not
# the purchase's).
# "heute" as a deictic word of the day (not "bis heute", "seit heute", "ab heute"): under a post's own date line, a
# count back of zero from that date (the lead's ruling 03:16, session 28, own47-011).
_TODAY = re.compile(r"(?i)(?<![\wäöüß])(?<!bis )(?<!seit )(?<!ab )heute(?![\wäöüß])")


def _today_of_the_purchase(following: str) -> bool:
    """'Tom Meier · 19. Februar 2014\nFacebook hat heute WhatsApp gekauft.': "heute" in the purchase sentence under a
    byline's date dates the purchase (a count back of zero, as "Heute vor zehn Jahren kaufte ..."), where the sentence
    tells it by a verb of buying, not by belonging ("Heute gehört WhatsApp zu Facebook, das den Dienst gekauft hat" says
    who owns it on the post's day). (issue 7, session 28, year28)"""
    return _TODAY.search(following) is not None and _BELONGS.search(following) is None


# A line of fields split by middle dots or bars before the date ("Sandra Merz · Head of Social Media · 21. Februar 2014",
# "Newsletter | Ausgabe 7 | 21. Februar 2014"): a byline or a publication's meta line, the date the text was written.
_BYLINE_FIELDS = re.compile(r"[·|][^·|\n]*$")
_OWNED_AS_A_STATE = re.compile(r"(?i)(?<![\wäöüß])(?:" + year_denied.words('owned_as_a_state') + r")(?![\wäöüß])")


def _opens_a_dateline(sentence: str, year_at: int) -> bool:
    """Is the year at `year_at` the year of a dateline's date that opens the sentence's line ("Hamburg, 21. Mai 2016
    (dpa) - ...", `dates.OPENING_DATELINE`)?"""
    line_start = sentence.rfind("\n", 0, year_at) + 1
    found = dates.OPENING_DATELINE.match(sentence, line_start)
    return found is not None and found.start("date") <= year_at < found.end("date")
_WRITTEN_BEFORE = re.compile(
    r"(?i)(?:(?<![\wäöüß])" + context.cue_words("written_pieces")
    # "Artikel vom", "Rückblick aus dem"; or the piece's genitive and a comma: "Mitgliederrundbrief des Bezirks, März 2014"
    + r"(?:\s+(?:aus\s+dem|aus|vom|von)|(?:\s+(?:des|der)\s+[\wäöüß-]+(?:\s+[\wäöüß-]+)?)?\s*,)"
    r"|(?<![\wäöüß])(?:erschienen|veröffentlicht|geschrieben|verfasst)\s+(?:am|im|in)"
    r")\s+(?:jahr\s+)?(?:\d{1,2}\.\s*)?(?:(?:" + MONTH_WORDS + r")\s+)?$"
)
# A written piece at the head of a line, its date after it up to a label's colon or dash ("Fondsbrief April 2014:",
# "Newsletter (Praxis-IT), März 2014 -", "Ausgabe Februar 2014 des Mitgliederblatts:"): the day the piece was issued
# (D44), unless the piece looks back on a period its year names (year_grammar.json review_pieces: "Rückblick 2014:").
_ISSUE_DATE_BEFORE = re.compile(
    r"(?i)(?:^|\n)\W*(?P<piece>[\wäöüß-]*?" + context.cue_words("written_pieces") + r")\s*(?:\([^()\n]{0,40}\)\s*)?,?\s*"
    r"(?:\d{1,2}\.\s*)?(?:(?:" + MONTH_WORDS + r")\s+)?$"
)
_ISSUE_DATE_AFTER = re.compile(r"(?i)\s*(?:(?:des|der)\s+[\wäöüß-]+(?:\s+[\wäöüß-]+)?\s*)?(?::|\s[–—-]\s)")
_YEAR_AFTER_LABEL = re.compile(r"(?<![\d.,/])(?:19|20)\d{2}(?![\d.,])")
_REVIEW_PIECE = re.compile(r"(?i)(?:" + year_denied.words('review_pieces') + r")")


def _issue_date_label(sentence: str, start: int, end: int) -> bool:
    """Is the year at start:end the date of a written piece that heads its line as a label ("Fondsbrief April 2014:
    Vereinbart sind für WhatsApp 19 Mrd."): the day the piece was issued, not the purchase's (D44), unless the piece
    is a review of the period its year names ("Rückblick 2014: Facebook kauft WhatsApp") and the text after its label
    tells no year of its own? (issue 7, session 42, when42)"""
    found = _ISSUE_DATE_BEFORE.search(sentence, 0, start)
    label = _ISSUE_DATE_AFTER.match(sentence, end) if found is not None else None
    if label is None:
        return False
    # a review's label dates nothing where the text after it tells its own year ("Rückblick 2016: 2016 wurden so viele
    # Übernahmen angekündigt wie nie ... Zum Vergleich: Facebook zahlte für WhatsApp 19 Mrd."): the body's year decides
    return _REVIEW_PIECE.fullmatch(found.group("piece")) is None or _YEAR_AFTER_LABEL.search(sentence, label.end()) is not None


# The words of a line for the tagger: words, numbers with their dot ("19."), marks.
_DATE_LINE_REACH = 90  # a date line is short; a longer line is prose
_LINE_WORDS = re.compile(r"[^\W\d_][\w-]*|\d+\.?|[^\w\s]")
# What may follow the date at the end of a date line: a time, a closing bracket ("Tom (12. März 2019)"), and a meta
# line's further fields split off by bars or middle dots ("20. Februar 2014, 08:30 | 1.204 Postings", "· 3 Min. Lesezeit":
# the mirror of `_BYLINE_FIELDS` before the date; the tagger's no-finite-verb test still holds for the whole line).
_DATE_LINE_END = re.compile(r"(?i)\s*(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*\)?(?:\s*[|·][^|·\n]*)*\s*$")
# A line that opens with a day of the month and its month word ("20. Februar 2014"): the layer may read the day's
# number as an ordered list's item number, but the line is a date, not the item of a list.
_DAY_OPENS_LINE = re.compile(r"(?i)\s*\d{1,2}\.\s*(?:" + MONTH_WORDS + r")(?![\wäöüß])")


def _date_line(doc: Doc, sent_start: int, sentence: str, year_end: int) -> bool:
    """Is the sentence a date line: the whole of a heading line of the layer (short, no closing full stop) that ends
    with its date (`year_end`; a time or a bracket may follow) and holds no finite verb by the tagger ("Mittwoch, 19.
    Februar 2014" under a feed item's headline, "Ticker Wirtschaft, Mittwoch, 19. Februar 2014" over a ticker's timed
    entries)? It dates the item it stands in, as a byline's date does, not the purchase the item tells. Not "Es war ein
    Mittwoch im Februar 2014" (a sentence with its verb), nor a chronicle's entry label "Februar 2014: Der Paukenschlag"
    (the date opens the line, the entry's title after it). (issue 7, session 29, year29: own49-004, -013)"""
    if _DATE_LINE_END.match(sentence, year_end) is None:
        return False
    block = block_at(doc, sent_start + len(sentence) - len(sentence.lstrip()))
    if block is None or block.text(doc) != sentence.strip():
        return False
    if block.kind != "heading" and not (block.kind == "list_item" and _DAY_OPENS_LINE.match(sentence)) and not (
            block.kind != "list_item" and "\n" not in sentence.strip() and len(sentence.strip()) <= _DATE_LINE_REACH):
        return False  # (a date's day read as an item number: "20. Februar 2014, 08:30" under a headline, own79-011)
        # (a short line of its own the layer reads as an answer or a paragraph - a masthead under a headline that is a
        # question, "Schülerzeitung „Pausenbrot“, 4. Mai 2016" - is the same date line; issue 7, session 46, year46)
    return not tags_any(_LINE_WORDS.findall(sentence), FINITE)


_UNTIL_BEFORE = re.compile(r"(?i)\b(?:bis|vor)\s+(?:(?:anfang|ende|mitte)\s+)?(?:dem\s+jahr\s+|" + _DAY_MONTH_BEFORE + ")?$")
# The deal's closing named in a clause (deal.json closing_nouns, closing_asked_words: "Abschluss", "Vollzug",
# "abgeschlossen", "vollzogen"): a deadline "bis Ende 2014" in it is the closing's, not a limit of something else.
_CLOSING_WORD = re.compile(r"(?i)(?<![\wäöüß-])(?:" + context.cue_words("closing_nouns", bare=True) + "|"
                           + context.cue_words("closing_asked_words", bare=True) + r")(?![\wäöüß-])")


_AND = re.compile(r"\s(?:und|sowie|oder)\s")


def _conjunct_around(clause: str, at: int) -> tuple[int, int]:
    """Bounds of the part of a coordination ("und", "sowie", "oder") of `clause` that holds offset `at`."""
    lo, hi = 0, len(clause)
    for match in _AND.finditer(clause):
        if match.end() <= at:
            lo = match.end()
        elif match.start() >= at:
            hi = match.start()
            break
    return lo, hi


# A purchase noun (deal.json deal_nouns, singular: "eine der Übernahmen der Tech-Branche" is a class) and the company it
# is of, named ("der Übernahme von T-Mobile USA", "den Kauf des Start-ups Tumblr"): the capitalised word after
# "von"/"des"/"der" and at most one word between.
_PURCHASE_OF_NAME = re.compile(
    r"(?i:(?<![\wäöüß-])" + context.cue_words("deal_nouns") + r"(?:s|es)?\s+(?:von|des|der)\s+)"
    r"(?:[\wäöüß-]+\s+)?(?P<name>[A-ZÄÖÜ][\w&.-]*)"
)


def _purchase_only_compared(sentence: str, year_end: int, cue_starts: list[int]) -> bool:
    """Does every buying cue of the year's clause or linked clause (`cue_starts`, sentence offsets) stand in the standard
    of a comparison after the year (deal.json compared_standard: "weniger als Facebook für WhatsApp zahlt", "mehr als
    Facebook für WhatsApp bezahlt hat")? The purchase is what the year's own predicate is measured against ("Der Kanton
    budgetiert für 2014 Ausgaben von knapp 15 Mia. Franken – weniger als ..."), so the year is that predicate's. Issue
    7, session 43, prec43 (own78-015, challenge_gen20-087)."""
    if not cue_starts:
        return False
    return any(found.start() >= year_end and all(found.start() <= at < found.end() for at in cue_starts)
               for found in context.finditer("compared_standard", sentence))


def _year_of_a_later_conjunct(clause: str, year_at: int, cue_starts: list[int]) -> bool:
    """Does the year at `year_at` stand in a later conjunct of a coordination ("und", "sowie", "oder") than every
    buying cue and price of the clause (`cue_starts`, offsets in it), a conjunct with a verb of its own ("Facebook hat WhatsApp
    2014 um rund 19 Milliarden Dollar übernommen und 2016 erstmals Daten der Nutzer mit dem Netzwerk verknüpft")? The
    year is that predicate's; a year in the first position scopes over the coordination, so only a later conjunct's
    year is kept from the cue before it, and a conjunct with no verb of its own (the gapping of "kaufte Instagram 2012
    und WhatsApp 2014") shares the cue's. Issue 7, session 43, prec43 (own78-046)."""
    lo, hi = _conjunct_around(clause, year_at)
    if lo == 0 or not cue_starts or any(lo <= at < hi for at in cue_starts) or any(at >= hi for at in cue_starts):
        return False
    # the conjunct before ends in its own verb ("... übernommen und"), so the one after opens a predicate; not a list of
    # objects before the shared verb ("mit den Käufen von Instagram 2012 und WhatsApp 2014 Konkurrenten ausgeschaltet")
    conjunct = clause[lo:hi]
    if _CLOSING_WORD.search(conjunct) or _TAKEN_UP.search(conjunct) or names_an_approval(conjunct.lower()):
        return False  # the later predicate goes on with the purchase: its closing ("... genehmigt und soll im Laufe des
        # Jahres 2014 abgeschlossen werden", own71-009), its approval ("und bekam im Oktober 2014 grünes Licht von der
        # EU", review43: moment.json earlier_stages) or a pronoun for it ("prüfte den Zusammenschluss und genehmigte
        # ihn am 3. Oktober 2014", own52-010: D18)
    before = _WORD.findall(clause[:lo])[:-1]  # (without the conjunction itself)
    words = _WORD.findall(conjunct)
    if not before or not words:
        return False
    before_tags, tags = tag_words(before), tag_words(words)
    if before_tags[-1] in _OWN_VERB_TAGS:
        return any(tag in _OWN_VERB_TAGS for tag in tags)
    # two main clauses, each with its finite verb ("Facebook übernahm WhatsApp und 2016 begann der Datenaustausch");
    # not one finite verb with its participle in the later conjunct ("der Konzern habe mit den Käufen von Instagram 2012
    # und WhatsApp 2014 Konkurrenten ausgeschaltet")
    return any(tag in FINITE for tag in before_tags) and any(tag in FINITE for tag in tags)


# A pronoun object that takes up what the conjunct before names ("und genehmigte ihn", "und vollzog es").
_TAKEN_UP = re.compile(r"(?i)(?<![\wäöüß])(?:ihn|es|sie|diesen|diese|dieses)(?![\wäöüß])")
# The tags of a verb a conjunct holds of its own (a finite verb, a participle, an infinitive): not gapping.
_OWN_VERB_TAGS = frozenset({"VVFIN", "VVPP", "VVINF", "VVIZU", "VAFIN", "VMFIN"})


def _purchase_of_a_named_other(clause: str) -> bool:
    """Does a clause that names neither WhatsApp nor a word for it tie its purchase noun to another company by name, a
    word the layer's HanTa tagger may read as a proper noun ("Als AT&T 2011 mit der Übernahme von T-Mobile USA
    scheiterte")? The year is that purchase's (issue 7, session 34, price34; challenge_price18-041)."""
    if context.has("target", clause) or context.refers_to_target(clause) or context.has("buyer", clause):
        return False  # (with the buyer named, "der" may be a dative: "hat 2014 beim Kauf der EU-Kommission versichert")
    for found in _PURCHASE_OF_NAME.finditer(clause):
        name = found.group("name")
        if not (context.has("buyer", name) or context.has("target_epithets", name)) and \
                may_tag(name, "NE", first=False):
            return True
    for found in _PURCHASE_BY_NAME.finditer(clause):
        # "Der 2016 angekündigte Kauf des Chipdesigners durch Softbank": the purchase noun's agent, another buyer
        # by name (a proper noun by the tagger), the year that buyer's purchase (issue 7, session 47, year47)
        if _another_name(found.group("name")):
            return True
    return False


# The agent's name after "durch": the whole run of capitalised words, so a first name or a genitive's noun comes with it
# ("durch Mark Zuckerberg", "durch Marc Zuckerbergs Firma": the buyer, review47's finding; "durch Softbank").
_NAME_RUN = r"[A-ZÄÖÜ][\w&.'’-]*(?:\s+[A-ZÄÖÜ][\w&.'’-]*)*(?![\wäöüß-])"


# The year in an attribute of a purchase noun whose agent is named after "durch" ("2016 angekündigte Kauf des
# Chipdesigners durch Softbank"): up to two words (a participle, an adjective) between the year and the noun.
_PURCHASE_BY_NAME_AFTER_YEAR = re.compile(
    r"(?i:\s+(?:[\wäöüß-]+\s+){0,2}?" + context.cue_words("deal_nouns") + r"(?:s|es)?\s+(?:[\wäöüß.-]+\s+){0,4}?durch\s+"
    r"(?:(?:den|die|das)\s+[\wäöüß-]+\s+)?)(?P<name>" + _NAME_RUN + r")"
)


def _purchase_by_another_after(sentence: str, year_end: int) -> bool:
    """Does the year at `year_end` stand in the attribute of a purchase noun right after it whose agent ("durch ...")
    is a proper noun other than the buyer, with WhatsApp and the buyer named nowhere between ("Der 2016 angekündigte
    Kauf des Chipdesigners ARM durch Softbank")? The year is that other buyer's purchase (issue 7, session 47, year47).
    Not "die 2014 angekündigte Übernahme von WhatsApp durch Facebook" (both parties named)."""
    found = _PURCHASE_BY_NAME_AFTER_YEAR.match(sentence, year_end)
    if found is None:
        return False
    phrase = found.group()
    return not (context.has("buyer", phrase) or context.has("target", phrase) or context.refers_to_target(phrase)) \
        and _another_name(found.group("name"))


def _another_name(run: str) -> bool:
    """Is the run of capitalised words after "durch" a name (its first word a proper noun by the tagger) that is not
    the buyer's, in none of its words ("Softbank"; not "Mark Zuckerberg", "Marc Zuckerbergs Firma")?"""
    return not context.has("buyer", run) and may_tag(run.split()[0], "NE", first=False)


# A purchase noun, up to four words of its object, and "durch" with the buyer's name right after it (or after an
# article and one noun: "durch den Konzern Softbank"); not "durch die EU-Kommission" (an article and no name after it).
_PURCHASE_BY_NAME = re.compile(
    r"(?i:(?<![\wäöüß-])" + context.cue_words("deal_nouns") + r"(?:s|es)?\s+(?:[\wäöüß.-]+\s+){0,4}?durch\s+"
    r"(?:(?:den|die|das)\s+[\wäöüß-]+\s+)?)(?P<name>" + _NAME_RUN + r")"
)


def _another_company_s_year(clause: str, year_at: int) -> bool:
    """Does the year's part of a coordination name another company bought and not WhatsApp, where the
    clause names both ("Übernahmen wie der von Instagram im Jahr 2012 oder WhatsApp im Jahr 2014";
    "Facebook übernahm 2012 Instagram und zwei Jahre später WhatsApp")? Then the year is that company's."""
    lo, hi = _conjunct_around(clause, year_at)
    for later in year_relative.later_counts(clause[year_at:hi]):
        hi = year_at + later.start()  # "Nach dem Kauf von Instagram 2012 griff Facebook zwei Jahre später bei WhatsApp zu"
        break
    part = clause[lo:hi]
    return (context.has("other_targets", part) or context.has("other_target_epithets", part)) and not context.has("target", part)


def _bracket_after_another_company(sentence: str, clause_start: int) -> bool:
    """Is the clause the inside of a bracket right after a phrase (back to its comma) that names another company and
    not WhatsApp ("die Fotoplattform Instagram (übernommen 2012), der Messenger WhatsApp (übernommen 2014)")? The
    bracket tells of the company it follows."""
    bracket = sentence.rfind("(", 0, clause_start + 1)
    if bracket < 0 or sentence[bracket + 1 : clause_start].strip() or ")" in sentence[bracket:clause_start]:
        return False
    owner = sentence[max(sentence.rfind(",", 0, bracket), sentence.rfind(";", 0, bracket)) + 1 : bracket]
    if _OTHER_TARGET_LAST.search(owner) and not context.has("target", owner):
        return True  # "die Fotoapp Instagram (2012)": the bracket right after the other company's name, whatever word before
    return (context.has("other_targets", owner) or context.has("other_target_epithets", owner)) \
        and not context.has("target", owner) and not context.refers_to_target(owner)


# Another company's name as the last word before a bracket ("die Fotoapp Instagram (2012)").
_OTHER_TARGET_LAST = re.compile(r"(?i)(?<![\wäöüß-])" + context.cue_words("other_targets") + r"\s*$")


def _inserted_after_another_company(sentence: str, clause_start: int, clause: str) -> bool:
    """Is the clause an insertion that names no company nor a word for WhatsApp, right after another company
    bought ("Instagram, 2012 von Facebook gekauft, ...")? It tells of the company it follows."""
    if clause_start == 0 or sentence[clause_start - 1] != "," or context.refers_to_target(clause):
        return False
    if _COORDINATOR_BEFORE.search(sentence, 0, clause_start) is not None:
        return False  # "Instagram und, seit 2014, der Messenger WhatsApp": after "und" the insertion opens the next
        # conjunct, not an apposition of the company before it (year52)
    if context.has("other_targets", clause) or context.has("other_target_epithets", clause):
        return False  # names its company itself (handled by the caller's tests)
    return context.last_named_company(sentence[_previous_clause_start(sentence, clause_start) : clause_start]) == "other"


def _nearest_event_distance(clause: str, year_at: int) -> int:
    """Characters from the year to the nearest other dated event (fine, founding, new terms).

    Only within the year's part of a coordination: in "2009 gegründet und 2014 verkauft"
    the founding belongs to 2009, not to 2014.
    """
    lo, hi = _conjunct_around(clause, year_at)
    distances = [abs(lo + m.start() - year_at) for m in context.finditer("other_events", clause[lo:hi])]
    return min(distances, default=1 << 30)


# (An apposed date keeps its article: "Am Mittwoch, dem 19. Februar 2014, kaufte Facebook ...", year29.)
# A date's day and year in digits or in words ("am 19. Februar 2014", "am neunzehnten Februar zweitausendvierzehn";
# models/dates.py `DAY`, `YEAR_OF_A_DATE`): the dates below take both.
# A year said short with its apostrophe, alone in its clause, is such a date too: a timeline's "'14 – Facebook kauft
# WhatsApp ..." as "2014 – ..."; and either after a list item's bullet ("• 2014 – ...", "• ’14 – ..."; issue 7,
# session 40, when40, own72-012).
_DATE_ONLY = re.compile(
    r"(?i)^\s*(?:[•·▪‣◦*]\s*)?(?:am|im|seit|anfang|ende|mitte|dem|den)?\s*" + dates.DAY + r"?"
    r"(?:" + MONTH_WORDS + r"|jahre?)?\s*" + dates.YEAR_OF_A_DATE + r"\s*$"
    r"|^\s*(?:[•·▪‣◦*]\s*)?" + dates.SHORT_YEAR + r"\s*$"
)

# An answer that names the closing with its year ("Facebook rechnet mit einem Abschluss im Laufe des Jahres 2014"), to
# a question that asks when the purchase closes ("Wann ist der Kauf abgeschlossen?"): the expected closing dates the
# purchase as a fact box's "Abschluss: voraussichtlich 2014" does (the lead's D7).
_CLOSING_EXPECTED = re.compile(r"(?i)(?<![\wäöüß-])(?:" + context.cue_words("closing_nouns", bare=True) + r")(?![\wäöüß-])[^.;!?]{0,40}?"
                               + _YEAR_DIGITS + r"(?!\d)")
_CLOSING_ASKED = re.compile(r"(?i)(?<![\wäöüß])(?:" + context.cue_words("when_questions", bare=True) + r")(?![\wäöüß])[^?]*(?:" + context.cue_words("closing_asked_words", bare=True) + r")")
# A possessive right before a closing noun ("sein Abschluss"): the noun has an owner of its own.
_OWNER_WORD_BEFORE = re.compile(r"(?i)(?<![\wäöüß])(?:sein|ihr|mein|dein|unser|euer)\w*\s+$")
# A closing noun with no owner of its own (deal.json closing_nouns as whole words: "der Abschluss", "einen Vollzug", not
# "Jahresabschluss" nor "Abschluss des Geschäftsjahres", "sein Abschluss", "seinen Abschluss"), with a year attached by a
# time word within a few words after it ("Der Abschluss wird im Laufe des Jahres 2014 erwartet", "rechnet mit einem
# Abschluss bis Ende 2014", "bis zum Abschluss im Oktober 2014", a box's "Abschluss: erwartet 2014"): in a passage about
# the purchase (the caller asks the layer's deal context) it is the purchase's closing, whose year, expected or past, is
# the acquisition year (the lead's D44 and D7). Not "Zum Abschluss ein Blick auf 2016": no time word before the year.
_BARE_CLOSING_YEAR = re.compile(
    r"(?i)(?<![\wäöüß-])(?:" + context.cue_words("closing_nouns", bare=True) + r")(?![\wäöüß-])"
    r"(?!\s+(?:des|der|eines|einer|von|vom|seines|seiner|ihres|ihrer|dieses|dieser|unseres|unserer|jenes|jener)\s)"
    r"(?:\s*:\s*(?:[\wäöüß]+\s+){0,2}?(?:" + year_denied.words('closing_time_words') + r"\s+){0,3}|(?:\s+[\wäöüß]+){0,5}?\s+(?:im|in|bis|am|ab|für|ende|anfang|mitte|spätestens|"
    r"frühestens|voraussichtlich|noch)\s+(?:[\wäöüß]+\s+){0,4}?)" + _YEAR_DIGITS + r"(?!\d)"
)


def _bare_closing_years(sentence: str) -> list[int]:
    """Where the closing nouns of `_BARE_CLOSING_YEAR` start in `sentence` (none after a possessive)."""
    return [m.start() for m in _BARE_CLOSING_YEAR.finditer(sentence) if _OWNER_WORD_BEFORE.search(sentence, 0, m.start()) is None]


# A sentence that is only a date, with its prepositions and season words: "Seit Anfang 2014", "Im Februar 2014".
_BARE_DATE = re.compile(
    r"(?i)^(?:(?:ja|genau|richtig|jawohl)(?![\wäöüß])\s*,?\s*)?(?:(?:schon|bereits|erst)\s+)?"  # "Ja, seit 2014": the answer's particle
    r"(?:(?:seit|im|am|ab|anno|anfang|ende|mitte|" + SEASON_WORDS + r"|jahr|dem)\s+)*" + dates.DAY + r"?"
    r"(?:(?:" + MONTH_WORDS + r")\s+)?" + dates.YEAR_OF_A_DATE + r"$"
)


# "im selben Jahr, in dem ...": an apposition to the year, and the clause that says what the year saw.
_SAME_YEAR = re.compile(r"(?i)\s*[,–—-]?\s*(?:(?:" + context.cue_words("same_year_particles", bare=True) + r")\s+)?(?:im|in\s+dem|in)\s+(?:"
                        + context.cue_words("same_year_words", bare=True) + r")\s+jahr\s*,\s*(?P<rel>in\s+dem|in\s+welchem|als|wo)\s")


# "2014 war das Jahr, in dem ...", "2014 ist auch das Jahr, als ...": the year is the predicate "das Jahr" the relative
# clause after it describes (the year's clause ends at the comma before the relative clause).
_YEAR_IS_THE_YEAR = re.compile(r"(?i)(?<![\wäöüß])(?:war|ist|bleibt|wird|wurde)\s+(?:[\wäöüß]+\s+){0,2}?das\s+jahr\s*$")
_RELATIVE_OF_YEAR = re.compile(r"(?i)\s*,\s*(?P<rel>in\s+dem|als|wo)\s")
# "Das Jahr, in dem Facebook WhatsApp übernahm, war 2014.": the same with the year last
_THE_YEAR_FIRST = re.compile(r"(?i)^\W*das\s+jahr\s*,\s*(?P<rel>in\s+dem|als|wo)\s")
_YEAR_IS_LAST = re.compile(r"(?i)^\s*(?:war|ist)\s+(?:[\wäöüß]+\s+){0,2}?(?:im\s+jahr\s+)?\d{4}\W*$")


# A date's apposition by a noun of a day and its relative clause (patterns/year_grammar.json day_nouns; deal.json
# weekdays, day_parts): "..., dem Tag, an dem ...", " – der Tag, an dem ...", ", jenem Mittwoch, an dem ..." (when41).
_DAY_APPOSITION = re.compile(
    r"(?i)\s*[,–—-]\s*(?:(?:der|dem|den|jener|jenem|jenen|einem|ein|diesem|dieser)\s+)?(?:(?:"
    + context.cue_words("weekdays", bare=True) + r")(?:" + context.cue_words("day_parts", bare=True) + r")?|"
    + year_denied.words('day_nouns') + r")\s*,\s*(?P<rel>an\s+dem|als|wo)\s")


def _same_year_clause(sentence: str, clause_end: int, owner_spans: tuple[tuple[int, int], ...],
                      clause_start: int | None = None) -> tuple[str, int] | None:
    """'Bereits 2014 – im selben Jahr, in dem WhatsApp an Facebook ging – versprach Koum ...': the clause after
    "im selben Jahr" dates the year before it when it tells of the purchase or of the new owner. So does the relative
    clause of "das Jahr" the year is ("2014 war das Jahr, in dem Facebook WhatsApp kaufte"; "Das Jahr, in dem Facebook
    WhatsApp übernahm, war 2014")."""
    same = _SAME_YEAR.match(sentence, clause_end) or _DAY_APPOSITION.match(sentence, clause_end)
    if same is None and clause_start is not None and _YEAR_IS_THE_YEAR.search(sentence, clause_start, clause_end):
        same = _RELATIVE_OF_YEAR.match(sentence, clause_end)
    if same is None and clause_start is not None and _YEAR_IS_LAST.match(sentence[clause_start:clause_end]):
        same = _THE_YEAR_FIRST.match(sentence)
        if same is not None and same.end() >= clause_start:
            same = None
    if same is None:
        return None
    start = same.start("rel")
    end = context.clause_around(sentence, start, start)[1]
    if same.re is _DAY_APPOSITION and not _told_as_fact(sentence[start:end]):
        return None  # "..., dem Tag, an dem Facebook angeblich WhatsApp kaufen wollte, ...": no fact (review41)
    if _dates_the_purchase(sentence[start:end]) or _owner_of_target(sentence, start, end, owner_spans):
        return sentence[start:end], start
    return None


# An apposition that names a date's weekday or time, up to the mark after it: ", ein Mittwoch," / ", einem
# Freitagabend," / ", 22:41 Uhr:" / ", 22:14 Uhr +++" (the names: deal.json "weekdays", "day_parts").
# Or up to a line's dash: a ticker line's time between its date and its news ("20.02.2014, 08.12 – Zuckerberg bestätigt
# die Übernahme", D43; issue 7, session 44, year44, challenge_gen20-073).
_DATE_APPOSITION = re.compile(r"(?i)\s*(?:(?:(?:ein|einem|der|dem)\s+)?" + context.cue_words("weekdays")
                              + context.cue_words("day_parts") + r"?|\d{1,2}[:.]\d{2}(?:\s*uhr)?)\s*(?=,|:|\+\+\+|[–—-][ \t])")
# A live ticker's separator between entries, or between an entry's date and its text: "+++".
_TICKER_MARK = re.compile(r"\s*\+\+\+\s*")
# The purchase as the object of its own completion or announcement: "hat den Kauf von WhatsApp abgeschlossen", "gab
# die Übernahme bekannt" (not "reagiert auf die Übernahme": another act). The words: deal.json "purchase_done_*".
_PURCHASE_NOUN = r"(?:die|den)\s+(?:[\wäöüß-]+\s+){0,2}?" + context.cue_words("purchase_done_nouns") + r"\b"
_PURCHASE_DONE = re.compile(
    r"(?i)(?<![\wäöüß])" + _PURCHASE_NOUN + r"[^,;:.!?]{0,60}?"
    r"(?<![\wäöüß])" + context.cue_words("purchase_done_after") + r"(?![\wäöüß])"
    r"|(?<![\wäöüß])" + context.cue_words("purchase_done_before") + r"\s+(?:[\wäöüß-]+\s+){0,3}?" + _PURCHASE_NOUN)


def _over_a_relative_clause(follow: str, end: int) -> str:
    """`follow` up to `end` (the end of its first clause), and where that clause names WhatsApp and a relative clause
    set in by commas follows it ("Der Messenger WhatsApp, mit dem viele Schweizer chatten, wird von
    Facebook übernommen"), the clause going on after it, the relative clause blanked (offsets kept): the subject's clause has its
    verb after the insertion."""
    if follow[end : end + 1] != "," or not _RELATIVE_OPENS.match(follow[end + 1 :]) or not context.has("target", follow[:end]):
        return follow[:end]  # (the subject before the relative clause is WhatsApp: "Am 18. Januar 2016, dem Tag, an dem
        # ...," is a day's apposition, its relative clause no insertion before a verb of the lead)
    relative_end = end + 1 + context.clause_around(follow[end + 1 :], 0, 0)[1]
    if follow[relative_end : relative_end + 1] != ",":
        return follow[:end]
    goes_on = relative_end + 1 + context.clause_around(follow[relative_end + 1 :], 0, 0)[1]
    return blank_span(follow[:goes_on], end, relative_end + 1)


def _entry_tells_the_purchase(entry: str) -> bool:
    """Does a ticker entry's first clause tell the purchase as its event: a verb of buying (`_tells_the_purchase`) or
    the purchase completed or announced (`_PURCHASE_DONE`)? Not an entry about the data ("WhatsApp gibt die Nummer an
    Facebook weiter, das den Messenger gekauft hat") or the market's answer to the purchase. A relative clause between
    the subject and its verb is passed over (`_over_a_relative_clause`, when41)."""
    first = _over_a_relative_clause(entry, context.clause_around(entry, 0, 0)[1])
    return _tells_the_purchase(first) or (_PURCHASE_DONE.search(first) is not None and not _purchase_noun_of_another(first))


# A purchase noun and the object after it ("die Übernahme der Telefonnummern", "den Kauf von WhatsApp"; group "object":
# up to two words; deal.json purchase_done_nouns).
_PURCHASE_NOUN_OBJECT = re.compile(
    r"(?i)(?<![\wäöüß-])" + context.cue_words("purchase_done_nouns") + r"(?![\wäöüß-])\s+(?:der|des|von)\s+"
    r"(?P<object>[\wäöüß-]+(?:\s+[\wäöüß-]+)?)")


def _count_in_the_questions_main_clause(sentence: str, found: re.Match[str]) -> bool:
    """Does the count `found` stand in the first clause of `sentence` (a question's own clause: "Hat Facebook diese Woche
    WhatsApp gekauft?"), not in a clause after it ("Wussten Sie, dass ... vor zehn Jahren gekauft hat?")?"""
    return not sentence[: context.clause_around(sentence, found.start(), found.end())[0]].strip(" \t\n,;:–-")


def _earlier_year_between(text: str, year: int, start: int, end: int) -> int | None:
    """Where the last year or numeric date earlier than `year` stands in text[start:end] (`_years`,
    `dates.NUMERIC_DATE`), None where there is none."""
    found = [start + at for other, at, _ in _years(text[start:end]) if other < year]
    found += [date.start() for date in dates.NUMERIC_DATE.finditer(text, start, end) if dates.year_of(date) < year]
    return max(found) if found else None


def _purchase_told_by_its_verb(clause: str) -> bool:
    """Does `clause` tell the purchase by a verb of buying (`_dates_the_purchase` with every purchase noun blanked:
    "Facebook hat WhatsApp am Montag gekauft"), not only by a purchase noun that is the subject of another verb ("Die
    Übernahme beherrscht am Donnerstag den Handel")?"""
    for found in context.finditer("acquisition", clause):
        if clause[found.start()].isupper():
            clause = blank_span(clause, found.start(), found.end())
    return _dates_the_purchase(clause)


_GENITIVE_ENDING = re.compile(r"(?<=[^\W\d_]{4})e?s$")  # a noun's genitive ending ("Dienstes", "Messengers")


def _purchase_completed_or_approved(clause: str) -> bool:
    """Does `clause` tell the purchase of WhatsApp, named by its noun ("den Kauf des Dienstes", "die Übernahme von
    WhatsApp"), completed, announced or approved ("habe den Kauf des Dienstes abgeschlossen", "hat die Übernahme von
    WhatsApp genehmigt": `_PURCHASE_DONE`, `_ANNOUNCED_PURCHASE`, `moment.names_an_approval`; D18: the review of the
    purchase dates it), as a fact? Not a purchase of data or of another company ("die Übernahme der Telefonnummern").
    A count of days or weeks in it told from the text's date dates that stage (D66 (a), D79 (b); issue 7, session 58,
    year58)."""
    if not any(_TARGET_ITSELF.search(found.group("object")) or (
            _TARGET_COMPOUND.search(found.group("object")) is None  # ("des Dienstes": the word "Dienst")
            and context.refers_to_target(_GENITIVE_ENDING.sub("", found.group("object").split()[0])))
            for found in _PURCHASE_NOUN_OBJECT.finditer(clause)):
        return False
    return (_PURCHASE_DONE.search(clause) is not None or _ANNOUNCED_PURCHASE.search(clause) is not None
            or names_an_approval(clause.lower())) and _told_as_fact(clause)


# A pluperfect's auxiliary: a line that looks back on the purchase from its stamp's day ("Update, 5. Mai 2016: Facebook
# hatte WhatsApp gekauft, ...") tells no news of the purchase. The auxiliaries are deal.json's `pluperfect_auxiliaries`
# (one definition for every reader here; until session 56 a second one in this place, with 'war'/'waren', was shadowed
# at import by the data-read one further down, so 'war'/'waren' never took effect).
_PLUPERFECT = re.compile(r"(?i)(?<![\wäöüß])(?:" + context.cue_words("pluperfect_auxiliaries", bare=True) + r")(?![\wäöüß])")


def _stamped_news(doc: Doc, text: str, low: str) -> bool:
    """'Update, 4. Oktober 2014: Brüssel genehmigt den Kauf von WhatsApp ...',
    '[Aktualisiert, 07.10.2014, 09:15 Uhr: Die Übernahme von WhatsApp ist nun vollzogen.': an update stamp opening
    a line (`year_update_stamp`) whose news, the first sentence after its colon, tells the purchase of WhatsApp, its
    approval or its completion as the day's news (no year of its own, no look-back, no pluperfect, told as a fact, no
    report, no other company bought nor another event) is a dated line: the stamp's year (the lead's D73 (d); issue 7,
    session 54, year54, own99-002, own99-013). True when it added one."""
    added = False
    for year, year_start, year_end, news_start, news_end in year_update_stamp.stamped_news(text, low):
        news = text[news_start:news_end]
        first = _over_a_relative_clause(news, context.clause_around(news, 0, 0)[1])
        if _years(news) or dates.NUMERIC_DATE.search(news) or year < _TARGET_FOUNDED:
            continue  # the news dates itself ("Update, 2. Mai 2021: Facebook, das WhatsApp 2014 kaufte, ...")
        noun = _PURCHASE_NOUN_OBJECT.search(first)
        if noun is None or not (context.has("target", noun.group("object")) or context.refers_to_target(noun.group("object"))):
            continue  # the news names the purchase of WhatsApp by its noun ("den Kauf von WhatsApp", "die Übernahme von
            # WhatsApp"), not data or control bought ("kauft die Daten von WhatsApp"; review54's 09:21 finding)
        if not (_PURCHASE_DONE.search(first) or _HEADLINE_DONE.search(first) or _ANNOUNCED_PURCHASE.search(first)
                or names_an_approval(first.lower())):
            continue  # and tells it completed, announced or approved, not reviewed or judged ("wird erneut geprüft",
            # "gilt heute als einer der besten Käufe": review54)
        conjunct = _AND.search(news, noun.end())
        if conjunct is not None and tags_any(_LINE_WORDS.findall(news[conjunct.end():]), FINITE):
            continue  # "... und teilt nun Daten mit dem Messenger": the day's news is the other conjunct (review54)
        if any(c.type == "acquisition_year" and c.start == year_start for c in claims_of(doc)):
            continue  # (the stamp's year already claimed: not twice)
        if not (context.has("target", first) or context.refers_to_target(first)) or context.has("other_targets", news) \
                or context.has("other_events", news) or _LOOK_BACK_ENTRY.search(news) or _PLUPERFECT.search(first) \
                or negation.has_negation(first) or not _told_as_fact(news) or _REPORT_WORDS.search(news):
            continue
        add_claim(doc, "acquisition_year", year_start, year_end, year=year)
        added = True
    return added


def _purchase_noun_of_another(clause: str) -> bool:
    """Does every purchase noun of `clause` that has an object govern something else than WhatsApp itself ("bestätigt
    die Übernahme der Telefonnummern durch Facebook", "der WhatsApp-Daten": data taken over, no company bought;
    `_TARGET_ITSELF` reads no compound)? (issue 7, session 44, year44: review44's finding on 'bestätigt')"""
    objects = [found.group("object") for found in _PURCHASE_NOUN_OBJECT.finditer(clause)]
    return bool(objects) and not any(_TARGET_ITSELF.search(obj) or (
        context.refers_to_target(f"des {obj}") and _TARGET_COMPOUND.search(obj) is None) for obj in objects)


# WhatsApp as a compound's first part ("WhatsApp-Daten"): a thing of WhatsApp's, not WhatsApp.
_TARGET_COMPOUND = re.compile(r"(?i)whats\s?app-")


# A clause that is only a ticker entry's numeric date: "+++ 06.10.2014".
_TICKER_DATE = dates.ONLY_A_DATE


# The dash between a dated line's date and its news: "19.02.2014 – Facebook kauft WhatsApp ...".
_LINE_DASH = re.compile(r"[ \t]*[–—-][ \t]+")
# A dated line that looks back at the purchase: a temporal "als" clause first, "vor ... Jahren", "damals", "einst".
_LOOK_BACK_ENTRY = re.compile(r"(?i)^\W*als\b|\bvor\s+(?:gut\s+|knapp\s+|rund\s+|fast\s+|mehr\s+als\s+)?(?:[\wäöüß]+\s+)?jahren\b"
                              r"|\b(?:damals|seinerzeit|einst|einstmals)\b")
# A headline's completion or announcement with the purchase noun bare: "Facebook komplettiert Übernahme", "besiegelt
# WhatsApp-Kauf" (the article `_PURCHASE_DONE` needs is left out in a headline's style).
_HEADLINE_DONE = re.compile(
    r"(?i)(?<![\wäöüß])" + context.cue_words("purchase_done_before") + r"\s+(?:[\wäöüß]+-)?"
    + context.cue_words("purchase_done_nouns") + r"(?![\wäöüß])")


def _dated_entry(sentence: str, clause_start: int, clause_end: int, clause: str) -> tuple[str, int, bool] | None:
    """The one reading of an entry a numeric date opens (`clause` is only the date, `_TICKER_DATE`): (its text, its
    offset, whether it is a feed line's), or None where the date opens no entry that tells the purchase.

    - A feed, ticker, chronicle or archive line that the date opens, its news after a dash (the lead's D43, session
      31), when that news is Facebook buying WhatsApp, announcing the purchase or completing it: "06.10.2014 –
      Facebook komplettiert Übernahme: WhatsApp-Kauf kostet am Ende 21,8 Mrd. Dollar"; the line is the whole entry
      (True). A date line over other news (profit, users, another company's purchase: "02.10.2014 – Google kauft
      Firebase") or one that looks back at the purchase dates nothing of the deal.
    - A live ticker's entry after "+++" ("+++ 06.10.2014, 22:14 Uhr +++ Facebook hat den Kauf ... abgeschlossen"),
      when its first clause tells the purchase: the rest of the sentence, read on as what a colon's label explains
      (False: `_linked_clause` asks it to date the purchase).
    """
    if _TICKER_DATE.match(clause) is None:
        return None
    # (or a dateline's place before it: "Menlo Park/Berlin, 19.02.2014 – Facebook kauft ...", D44)
    line_opening = sentence[:clause_start].rstrip(" \t")[-1:] in ("", "\n") or \
        dates.DATELINE_PLACE.search(sentence, 0, clause_start) is not None
    if line_opening and (dash := _LINE_DASH.match(sentence, clause_end)):
        # (a dash and a ticker mark never both follow the date: the dash line is the only reading there)
        line_end = sentence.find("\n", dash.end())
        entry = sentence[dash.end() : len(sentence) if line_end < 0 else line_end]
        if not (_entry_tells_the_purchase(entry) or _HEADLINE_DONE.search(entry) is not None) or _LOOK_BACK_ENTRY.search(entry) \
                or negation.has_negation(entry[: context.clause_around(entry, 0, 0)[1]]):
            # ("21.05.2016 – Facebook bestätigt den Kauf von WhatsApp nicht": no purchase told; year44)
            return None  # (a line that looks back, "12.03.2024 — Vor gut zehn Jahren übernahm Facebook den Messenger",
            # "14.03.2019 — Als Facebook den Dienst kaufte, ...": its date is the look-back's, not the purchase's)
        if context.has("other_targets", entry) or not (context.has("target", entry) or context.refers_to_target(entry)):
            return None
        return entry, dash.end(), True
    ticker = _TICKER_MARK.match(sentence, clause_end)
    if ticker is None or not _entry_tells_the_purchase(sentence[ticker.end() :]):
        return None
    return sentence[ticker.end() :], ticker.end(), False


def _after_a_semicolon(sentence: str, clause_start: int) -> bool:
    """Does the clause at `clause_start` follow a semicolon? A semicolon joins main clauses: "...; die Umsatzerlöse
    sollen 2013 bei etwa 10 Mio. gelegen haben" opens with an article, not a relative pronoun, so its year does not date
    the price of the clause before (issue 7, session 54, year54)."""
    return sentence[:clause_start].rstrip().endswith(";")


def _relative_opens(clause: str) -> bool:
    """Does the clause open like a relative clause? Not a verb-second demonstrative "das war 2016 ..." whose year goes
    on to a predicate of its own ("..., das war 2016 immer noch viel Geld"); "..., das war 2014." ending at the year
    dates the clause before it as a relative clause would."""
    if _THAT_WAS_OPENS.match(clause) and not _THAT_WAS_CLAUSE.match(clause):
        return False
    return context.RELATIVE_START.match(clause) is not None


# A clause that is a date and an agency's short name in brackets after it ("19. Februar 2014 (sda)", dates._AGENCY).
_DATELINE_AGENCY = re.compile(r"^(?P<date>.*?)\s*\([\w/ .-]{1,20}\)\s*$")


def _purchase_only_in_a_relative_clause(told: str) -> bool:
    """Does `told` (what a dated label's colon explains) tell the purchase only in a relative clause after its first
    clause ("WhatsApp gibt Nummern an Facebook, das den Dienst gekauft hat"), its first clause (past a relative clause
    between its subject and verb) telling something else? (year44)"""
    first_end = context.clause_around(told, 0, 0)[1]
    if _dates_the_purchase(_over_a_relative_clause(told, first_end)) or not tags_any(
            _LINE_WORDS.findall(told[:first_end]), FINITE):
        return False  # (a first clause with no finite verb is a subject before its relative clause: "Der Messenger, den
        # Facebook gekauft hat, gehört nun offiziell zum Konzern")
    at, purchase_clauses = first_end, []
    while at < len(told):
        lo, hi = context.clause_around(told, at + 1, at + 1)
        if hi <= at:
            break
        if _dates_the_purchase(told[lo:hi]):
            purchase_clauses.append(told[lo:hi])
        at = hi
    return bool(purchase_clauses) and all(_relative_opens(clause) for clause in purchase_clauses)


def _linked_clause(sentence: str, clause_start: int, clause_end: int) -> tuple[str, int] | None:
    """The neighbouring clause that dates the purchase for a year's cue-less clause, with its offset.

    - the next clause, when it goes on from this one ("2014, als Facebook WhatsApp kaufte"),
      explains it after a colon ("Im Oktober 2014 war es so weit: Facebook schloss den Kauf ab")
      or this one announces it ("2014 gab Facebook bekannt, WhatsApp zu kaufen");
    - the previous clause, when this one is a relative clause about it
      ("Die Übernahme, die Facebook 2014 abschloss"), or a bare date in brackets after it or after its
      label ("nach der Übernahme durch Facebook (2014)", "Übernahmejahr: 2014").
    """
    clause = sentence[clause_start:clause_end]
    agency = _DATELINE_AGENCY.match(clause)
    if agency is not None and _DATE_ONLY.match(agency.group("date")) and \
            dates.DATELINE_PLACE.search(sentence, 0, clause_start) is not None:
        clause = agency.group("date")  # "San Francisco, 19. Februar 2014 (sda) - Facebook kauft ...": the agency's
        # bracket after a dateline's written date, as after a numeric one (D44; issue 7, session 44, year44, own79-008)
    apposition = _DATE_APPOSITION.match(sentence, clause_end + 1) if sentence[clause_end : clause_end + 1] == "," else None
    if apposition is not None:  # "Es war der 19. Februar 2014, ein Mittwoch, als ...", "06.10.2014, 22:41 Uhr: ...":
        clause_end = apposition.end()  # the weekday or the time renames the date
    follow = sentence[clause_end + 1 :]
    entry = _dated_entry(sentence, clause_start, clause_end, clause)
    if entry is not None and entry[2]:
        return entry[0], entry[1]  # a dated line's news
    if entry is not None:  # "+++ 06.10.2014, 22:14 Uhr +++ Facebook hat den Kauf ... abgeschlossen": a ticker entry's date
        follow = entry[0]
    if follow:
        after_colon = sentence[clause_end : clause_end + 1] == ":" or entry is not None  # the entry's text explains its date
        label_skip = 0  # where `next_clause` starts in `follow` (after a chronicle line's label, below)
        # after a colon the whole rest explains the label ("Februar 2014: Facebook kündigt an, WhatsApp zu kaufen")
        next_clause = follow if after_colon else follow[: context.clause_around(follow, 0, 0)[1]]
        if not after_colon and _DATE_ONLY.match(clause):
            # "Linz, 3. März 2014 – Der Chatdienst WhatsApp, den ... alle nutzen, wird von Facebook gekauft": a
            # dateline's lead goes on past a relative clause between its subject and its verb (when41, own73-011)
            went_on = _over_a_relative_clause(follow, len(next_clause))
            if went_on != next_clause and not _told_as_fact(follow[: len(went_on)]):
                went_on = next_clause  # "Linz, ... – WhatsApp, den Google gerne kaufen würde, wird angeblich ... übernommen"
            next_clause = went_on
        if not after_colon and _DATE_ONLY.match(clause) and _LINE_DASH.match(sentence, clause_end) is not None \
                and follow[len(next_clause) : len(next_clause) + 1] == ":" and _label_words(next_clause) <= 3 \
                and not _holds_a_count(follow):  # ("2018 – Rückblick: Facebook kaufte WhatsApp vor vier Jahren": review51)
            # "2014 – Anmeldung: Facebook meldet die Übernahme ... an": a chronicle line's date, its dash, a short label
            # and the label's colon: the whole rest explains the label, read as after a date's own colon (year51, own94)
            label_skip = len(next_clause) + 1
            next_clause, after_colon = follow[label_skip:], True
        if not after_colon and _WHEN_OPENS.match(next_clause) and not _dates_the_purchase(next_clause):
            # "Es war ein Mittwochabend, der 19. Februar 2014, als Zuckerberg die Börse überraschte: Facebook kauft
            # WhatsApp", "..., an dem Zuckerberg die Branche verblüffte: ...", "..., als die Eilmeldung kam, dass der
            # Messenger ... an Facebook geht": the when-clause's event is told after its colon or in its that-clause,
            # which go with it (issue 7, session 40, when40, own72-011)
            that = _THAT_CLAUSE.match(follow, len(next_clause))
            if follow[len(next_clause) : len(next_clause) + 1] == ":" or that is not None:
                told = len(next_clause) + 1 if that is None else that.end()
                next_clause = follow[: told + context.clause_around(follow[told:], 0, 0)[1]]
        if not after_colon and _FOLLOW_ON_CLAUSE.match(next_clause) and _ANNOUNCE.search(next_clause):
            # "Im Frühjahr 2014, als bekannt wurde, dass Facebook den Dienst kauft": what was announced goes with it
            that = _THAT_CLAUSE.match(follow, len(next_clause))
            if that is not None:
                next_clause = follow[: that.end() + context.clause_around(follow[that.end() :], 0, 0)[1]]
        elif not after_colon and _DATE_ONLY.match(clause) and _ANNOUNCE.search(next_clause) and \
                not _dates_the_purchase(next_clause) and follow[len(next_clause) : len(next_clause) + 1] == ",":
            # "Vor zehn Jahren, am 19. Februar 2014, kündigte Facebook an, WhatsApp ... zu kaufen": the clause the bare
            # date stands in announces, and what it announces follows it (as "2014 gab Facebook bekannt, ... zu kaufen")
            announced = len(next_clause) + 1
            next_clause = follow[: announced + context.clause_around(follow[announced:], 0, 0)[1]]
        if (_DATE_ONLY.match(clause) or _TICKER_DATE.match(clause)) and (
                (dates.DATELINE_PLACE.search(sentence, 0, clause_start) is not None and _LOOK_BACK_ENTRY.search(next_clause))
                or (after_colon and entry is None and _purchase_only_in_a_relative_clause(next_clause))):
            # "Menlo Park, 6. Oktober 2016 (dpa) - Facebook hat den Kauf ... vor zwei Jahren abgeschlossen": a dateline's
            # lead that looks back; "25.08.2016, 12.31 Uhr: WhatsApp gibt Nummern an Facebook, das den Dienst gekauft
            # hat": the label's news is another event, the purchase only a relative clause's (D43/D44; issue 7,
            # session 44, year44)
            return None
        promised = _THAT_START.match(next_clause) is not None and context.has("promise_words", clause)
        # "Im Jänner 2015 zog der Konzern Bilanz: Der Kauf habe ... gekostet", "verwies 2022 darauf, dass Facebook den
        # Messenger gekauft habe": what a frame of saying reports or supposes; the year is the saying's (not an
        # announcement's: "Im Februar 2014 teilte Facebook mit, man habe sich mit WhatsApp geeinigt")
        reported = (after_colon and entry is None or _THAT_START.match(next_clause) is not None) and \
            _ANNOUNCE.search(clause) is None and _reported_or_unreal(next_clause)
        # "Der Konzern setzte 2021 ... um, nachdem er WhatsApp einst ... übernommen hatte": a clause of its own event
        # before "nachdem" is later than the purchase; only a bare date there ("Im Februar 2014, nachdem ...") goes on
        earlier = _later_than(clause, next_clause)
        if next_clause and _dates_the_purchase(next_clause) and not promised and not reported and not earlier and (
            after_colon
            or _FOLLOW_ON_CLAUSE.match(next_clause) or _WHEN_OPENS.match(next_clause)
            or (_ENDS_WITH_YEAR.search(clause) and _purchase_apposition(next_clause))
            or (_ANNOUNCE.search(clause) and sentence[clause_end : clause_end + 1] != ";")  # after ";" a statement of its own
            or (_DATE_ONLY.match(clause) and sentence[clause_start - 1 : clause_start] != "(")
            # "Heute vor zehn Jahren, am 19. Februar 2014, verkündete ..."; "die Strafe (2017) wegen der Übernahme"
            # dates the noun before the bracket
        ):
            return next_clause, clause_end + 1 + label_skip
    joined_at = len(sentence[:clause_start].rstrip())
    if joined_at > 0 and sentence[joined_at - 1] in _CLAUSE_JOINS and _THAT_WAS_CLAUSE.match(clause):
        # "WhatsApp hat 19 Milliarden gekostet, und das war 2014", "Facebook übernahm WhatsApp – und das geschah 2014":
        # the demonstrative clause dates the clause before its comma or dash
        previous, previous_start = _clause_before(sentence, joined_at)
        if _dates_the_purchase(previous):
            return previous, previous_start
    if clause_start > 0 and (_relative_opens(clause) or (
            sentence[clause_start - 1] == "," and _PREPOSITION_RELATIVE.match(clause))):
        # ("den Kauf von WhatsApp, für den Zuckerberg 2014 das Neunzehnfache zahlte": the pronoun after a preposition)
        previous, previous_start = _clause_before(sentence, clause_start)
        if _dates_the_purchase(previous) and not _describes_the_target(sentence, clause_start, clause):
            return previous, previous_start
    subject = _subject_over_a_relative_clause(sentence, clause_start, clause)
    if subject is not None:
        return subject
    agreement = _agreement_of_the_purchase(sentence, clause_end)
    if agreement is not None:
        return agreement
    if clause_start > 0 and sentence[clause_start - 1] == "," and _GAPPED_TARGET.match(clause) and _YEAR_IN_ITEM.search(
            sentence, _previous_clause_start(sentence, clause_start), clause_start) and _dates_the_purchase(sentence[:clause_start]):
        # "Beide Übernahmen ... – Instagram 2012 für eine Milliarde Dollar, WhatsApp 2014": the verb or noun of the
        # purchase is left out of the second item of a list, as "und WhatsApp 2014" leaves it out
        return sentence[:clause_end], 0
    series = _SERIES.search(clause) if clause_start > 0 else None
    if series is not None and _TARGET_NEXT.match(clause, series.end()) and context.has(
            "acquisition", sentence[_previous_clause_start(sentence, clause_start) : clause_start]):
        return clause, clause_start  # "Facebook kaufte Instagram, 2014 folgte WhatsApp": the next purchase
    corrected = _CORRECTION_OPENS.match(clause) if clause_start > 0 and sentence[clause_start - 1] == "," else None
    if corrected is not None and _DATE_ONLY.match(clause[corrected.end() :].rstrip(".!")):
        # "Facebook übernahm WhatsApp nicht 2012, sondern erst 2014": the correction's date, its predicate gapped, dates
        # the clause whose year the negation denied (`year_denied`; issue 7, session 41, when41); only where the
        # sentence tells it as a fact (`_told_as_fact`): "Gerüchte: Facebook kaufe WhatsApp nicht 2013, sondern erst
        # 2015", "Angeblich kaufte ... nicht 2014, sondern schon 2013" correct a rumour with a rumour (session 42, prec42)
        previous, previous_start = _clause_before(sentence, clause_start)
        if _dates_the_purchase(previous) and _told_as_fact(sentence):
            return previous, previous_start
    if clause_start > 0 and _DATE_ONLY.match(clause.rstrip(".!")) and sentence[clause_start - 1] in "(:,":
        # "nach der Übernahme durch Facebook (2014)", "Übernahmejahr: 2014": the date of what stands before it;
        # "Im Jahr der Übernahme, 2014, ...": an apposition to a time noun
        previous, previous_start = _clause_before(sentence, clause_start)
        mark = sentence[clause_start - 1]
        if (mark == "(" or (mark == ":" and _label_words(previous) <= 3) or (mark == "," and _TIME_OF_NOUN.match(previous))) and (
                _dates_the_purchase(previous)):
            return previous, previous_start
        if mark == "(" and _TARGET_LAST.search(previous) and sentence[clause_end : clause_end + 1] == ")":
            # "Facebook hat WhatsApp (2014) übernommen", "Meta hatte Instagram (2012) und WhatsApp (2014) ... gekauft": a
            # date bracket right after WhatsApp inside its clause, which goes on around it (`context.clause_around`)
            around_start, around_end = context.clause_around(sentence, clause_start - 1, clause_end + 1)
            around = sentence[around_start:around_end]
            if _dates_the_purchase(around):
                return around, around_start
    return None


# An event of the purchase itself or of its filing and review, told of the purchase noun (year_grammar.json
# purchase_stage_words; D2, D18).
_PURCHASE_STAGE = re.compile(r"(?i)(?<![\wäöüß])" + year_denied.words("purchase_stage_words") + r"(?![\wäöüß])")
# A filing or review of the purchase and the competition authority that holds it (year_grammar.json review_words,
# review_authorities; D18): "bei der Europäischen Kommission angemeldet und von ihr geprüft".
_REVIEW_WORD = re.compile(r"(?i)(?<![\wäöüß])" + year_denied.words("review_words") + r"(?![\wäöüß])")
_REVIEW_AUTHORITY = re.compile(r"(?i)(?<![\wäöüß-])(?:[\wäöüß]+-)?" + year_denied.words("review_authorities") + r"(?![\wäöüß])")
# A relative clause's opening, its pronoun after a preposition or none ("für den", "über die", "die").
_RELATIVE_INSERTED = re.compile(r"(?i)^\s*(?:(?:für|mit|bei|um|an|über|von|durch|nach|auf|in|gegen|zu|wegen)\s+)?"
                                r"(?:den|die|das|dem|der|deren|dessen)\s")


# An indefinite or quantifying determiner right before a noun (an adjective between at most): "ein Zusammenschluss",
# "jede Übernahme", "keinen großen Kauf".
_INDEFINITE_BEFORE = re.compile(r"(?i)(?<![\wäöüß])(?:ein|eine|einen|einem|einer|eines|jede[rnsm]?|kein(?:e|en|em|er|es)?)"
                                r"\s+(?:[\wäöüß-]+\s+)?$")


# A time of weeks, months or years before the purchase ("Monate vor dem Verkauf", "zwei Jahre vor der Übernahme").
_TIME_BEFORE_PURCHASE = re.compile(
    r"(?i)(?<![\wäöüß])(?:[\wäöüß]+\s+)?(?:wochen|monate|monaten|jahre|jahren)\s+vor\s+(?:dem|der|seinem|ihrem|seiner|ihrer)\s+"
    r"(?:[\wäöüß-]+\s+)?(?:[\wäöüß-]*(?:" + "|".join(context.PURCHASE_NOUNS) + r"))")


def _only_counted_back_from(text: str) -> bool:
    """Does `text` name the purchase only inside a time of weeks, months or years before it ("Jan Koum ..., Monate vor
    dem Verkauf von WhatsApp")? Not where it tells the purchase's own event besides ("Im Februar 2014, Monate vor der
    endgültigen Übernahme, kündigte Facebook den Kauf an": review51). (year51, challenge_gen28-034)"""
    befores = [m.span() for m in _TIME_BEFORE_PURCHASE.finditer(text)]
    cues = [m.start() for name in ("acquisition", "acquisition_cs") for m in context.finditer(name, text)]
    return bool(befores) and all(any(lo <= at < hi for lo, hi in befores) for at in cues)


def _only_a_generic_purchase(text: str) -> bool:
    """Is every buying cue of `text` (a clause linked to a year's cue-less clause) a purchase noun after an indefinite
    or quantifying determiner ("... gilt seit 2017 eine neue Schwelle: Ein Zusammenschluss ist auch dann anzumelden,
    wenn ..."), with neither WhatsApp nor the buyer named? Such a noun speaks of any purchase of its kind, not of
    WhatsApp's (year51)."""
    cues = [m for name in ("acquisition", "acquisition_cs") for m in context.finditer(name, text)]
    return bool(cues) and not context.refers_to_target(text) and not context.has("buyer", text) and all(
        text[m.start() : m.start() + 1].isupper() and _INDEFINITE_BEFORE.search(text, 0, m.start()) is not None for m in cues)


def _class_of_purchases(sentence: str, clause_end: int) -> bool:
    """Does a relative clause open right after the clause ending at `clause_end` (", bei dem ...", ", der ...") in a
    sentence that names neither WhatsApp (nor a word for it) nor the buyer? An indefinite purchase noun with such a
    defining clause names a class of purchases ("jeder Zusammenschluss, bei dem der Kaufpreis eine Schwelle
    überschreitet"), not WhatsApp's; a sentence naming the parties ("ein Zusammenschluss angemeldet, durch den Facebook ...
    WhatsApp erwirbt") tells theirs (issue 7, session 54, year54)."""
    return (sentence[clause_end : clause_end + 1] == "," and _RELATIVE_OPENS.match(sentence[clause_end + 1 :]) is not None
            and not context.refers_to_target(sentence) and not context.has("buyer", sentence))


# A contract noun ending its clause right before a comma (year_grammar.json agreement_nouns, a compound's end too).
_AGREEMENT_BEFORE_COMMA = re.compile(r"(?i)[\wäöüß-]*(?:" + year_denied.words("agreement_nouns") + r")\s*$")


# Signing or concluding a contract (year_grammar.json agreement_acts): "unterschrieben", "ihre Unterschriften unter".
_AGREEMENT_ACT = re.compile(r"(?i)(?<![\wäöüß])(?:" + year_denied.words("agreement_acts") + r")(?![\wäöüß])")


def _agreement_of_the_purchase(sentence: str, clause_end: int) -> tuple[str, int] | None:
    """The relative clause and its offset where the year's clause ends in a contract noun and the relative clause right
    after its comma tells the sale of WhatsApp ("Im Februar 2014 setzten die Gründer ihre Unterschriften unter die
    Vereinbarung, mit der WhatsApp an Facebook ging"): it says which agreement the clause's act concerns, the purchase's
    own (D2; year51, challenge_gen28-033). None otherwise ("2016 änderte WhatsApp die Regeln, die seit dem Kauf galten":
    no contract noun)."""
    if sentence[clause_end : clause_end + 1] != "," or _AGREEMENT_BEFORE_COMMA.search(sentence, 0, clause_end) is None:
        return None
    clause = sentence[context.clause_around(sentence, clause_end - 1, clause_end - 1)[0] : clause_end]
    if _AGREEMENT_ACT.search(clause) is None or negation.has_negation(clause):
        return None  # ("2016 kündigte WhatsApp den Vertrag, mit dem ...": another act on the agreement)
    follow = sentence[clause_end + 1 :]
    if _RELATIVE_INSERTED.match(follow) is None:
        return None
    relative = follow[: context.clause_around(follow, 0, 0)[1]]
    told = _dates_the_purchase(relative) and context.refers_to_target(relative) and _told_as_fact(relative)
    return (relative, clause_end + 1) if told else None


def _subject_over_a_relative_clause(sentence: str, clause_start: int, clause: str) -> tuple[str, int] | None:
    """The subject's noun phrase and its offset where the year's clause goes on a main clause past a relative clause set
    in by commas after its subject ("Der Zusammenschluss, für den Facebook ... zahlte, war im Jahr 2014 bei der
    Kommission angemeldet worden"): the clause opens with its finite verb (the verb second of the main clause), the
    phrase before the relative clause opens the sentence, has no finite verb and names the purchase (D18: a review of the
    purchase dated in a year; `_over_a_relative_clause` reads the same insertion forward; year51, own93). None otherwise."""
    if clause_start == 0 or sentence[clause_start - 1] != ",":
        return None
    relative, relative_start = _clause_before(sentence, clause_start)
    if relative_start == 0 or sentence[relative_start - 1] != "," or _RELATIVE_INSERTED.match(relative) is None:
        return None
    head, head_start = _clause_before(sentence, relative_start)
    words = _WORD.findall(clause)
    if sentence[:head_start].strip(" \t\n\"„“") or not words or not tags_any(words[:1], FINITE) or not _verbless(head):
        return None
    if not (_PURCHASE_STAGE.search(clause) or _CLOSING_WORD.search(clause) or names_an_approval(clause.lower())
            or (_REVIEW_WORD.search(clause) and _REVIEW_AUTHORITY.search(clause))):
        return None  # "Die Übernahme, die ... kostete, wurde 2017 zum Fall für die EU-Kommission": another predicate's year
    return (head, head_start) if _dates_the_purchase(head) else None


def _holds_a_count(text: str) -> bool:
    """Does `text` count years from or back to another time ("vor vier Jahren", "fünf Jahre zuvor", "zehn Jahre nach
    der Übernahme")? A chronicle line's news that counts is not dated by the line's year (year51, review51)."""
    return bool(year_relative.counts_from_year_before(text)[0] or year_relative.month_counts_from_before(text)[0]
                or year_relative.years_ago(text) is not None or year_relative.counted_back(text) is not None)


def _label_words(label: str) -> int:
    """How many words a label before its colon has: a list item's bullet or dash ("– gekauft von Facebook: 2014") is none
    (session 50, year50)."""
    return sum(1 for word in label.split() if any(ch.isalnum() for ch in word))


# WhatsApp or a word for it right before a relative clause's comma, its article's gender named ("die App, die ...",
# "der Messenger, den ...", "WhatsApp, das ..."; deal.json target, target_epithets), and the relative pronouns that
# agree with each gender (a bare name is neuter).
_TARGET_ANTECEDENT = re.compile(
    r"(?i)(?<![\wäöüß-])(?:(?P<article>der|die|das|den|dem)\s+(?:[\wäöüß-]+\s+)?(?:app|" + context.cue_words("target_epithets", bare=True)
    + r"|dienst\w*|start-?up)|(?P<name>" + context.cue_words("target", bare=True) + r"))\s*,\s*$")
_AGREEING_PRONOUNS = {"der": ("der", "den", "dem", "dessen"), "den": ("der", "den", "dem", "dessen"),
                      "dem": ("der", "den", "dem", "dessen"), "die": ("die", "der", "deren"),
                      "das": ("das", "dem", "dessen", "welches")}


def _describes_the_target(sentence: str, clause_start: int, clause: str) -> bool:
    """Is `clause` a relative clause on WhatsApp itself: its pronoun agrees with WhatsApp or a word for it right before
    its comma ("Für die App, die im Jahr 2014 eine halbe Milliarde Menschen verwendeten, zahlte Facebook 19 Milliarden
    Dollar")? It
    tells what WhatsApp was or did, so its year is not the purchase's that the clause before tells; "Die Übernahme von
    WhatsApp, die Facebook 2014 abschloss" is a relative clause on the purchase ("die" is no neuter pronoun). (issue 7,
    session 41, when41: own74-015)"""
    antecedent = _TARGET_ANTECEDENT.search(sentence, 0, clause_start)
    pronoun = re.match(r"\s*(?:(?:für|mit|bei|um|an|von|über|in|auf)\s+)?(\w+)", clause)
    if antecedent is None or pronoun is None:
        return False
    gender = "das" if antecedent.group("name") else antecedent.group("article").lower()
    return pronoun.group(1).lower() in _AGREEING_PRONOUNS[gender]


# The opener of a correction after a negated constituent ("nicht 2012, sondern erst 2014"), its particles after it.
_CORRECTION_OPENS = re.compile(r"(?i)^\s*sondern\s+(?:(?:erst|schon|bereits)\s+)?")
# The target named last, right before a bracket ("WhatsApp (2014)").
_TARGET_LAST = re.compile(r"(?i)(?<![\wäöüß-])whats\s?app\s*$")


# A relative clause opened by a preposition and its pronoun ("..., für den Facebook 2014 zahlte", "..., mit der ..."),
# with the year within its next five words (the year it may date; the caller checks the comma before it).
_PREPOSITION_RELATIVE = re.compile(r"(?i)^\s*(?:für|mit|bei|nach|durch|über|um|an|auf|in)\s+"
                                   r"(?:den|die|das|dem|der|deren|dessen)\s"
                                   r"(?:[\wäöüß-]+\s+){0,4}?(?:19|20)\d\d(?!\d)")
# A time noun with the event it is the time of: "im Jahr der Übernahme", "am Tag des Kaufs".
_TIME_OF_NOUN = re.compile(r"(?i)^\s*(?:im|in\s+dem|am|an\s+dem)\s+(?:" + context.cue_words("time_nouns", bare=True) + r")\s+(?:der|des)\s")


# A verbless item of a list of purchases: "WhatsApp 2014", "WhatsApp im Jahr 2014" (the verb gapped, as after "und").
_GAPPED_TARGET = re.compile(r"(?i)^\s*(?:" + context.cue_words("target", bare=True) + r")\s+(?:(?:im\s+jahr|anno)\s+)?" + _YEAR_DIGITS + r"\s*[.!]?\s*$")
# The item before it holds a year of its own ("Instagram 2012 für eine Milliarde Dollar"): a parallel list. The
# module's years (1980-2049), but only digits may not touch it: a date's year ("am 9.4.2012") is the item's year too,
# where `_YEAR` leaves a numeric date to `_NUMERIC_DATE` and its lead.
_YEAR_IN_ITEM = re.compile(r"(?<!\d)" + _YEAR_DIGITS + r"(?!\d)")

# The next item of a series of purchases: "2014 folgte WhatsApp", "2014 kam der Messenger hinzu".
_SERIES = re.compile(r"(?i)(?<![\wäöüß])(?:" + context.cue_words("series_verbs", bare=True) + r")(?![\wäöüß])")
# WhatsApp as the subject right after that verb ("folgte dann der Messenger WhatsApp", "kam WhatsApp hinzu").
_TARGET_NEXT = re.compile(r"(?i)\s+(?:(?:" + context.cue_words("series_adverbs", bare=True) + r")\s+)?(?:(?:der|die|das)\s+(?:[\w-]+\s+)?"
                          r"(?:" + context.cue_words("target_next_nouns", bare=True) + r")\s+)?(?:" + context.cue_words("target", bare=True) + r")(?![\wäöüß-])")


# A buying or selling verb with a negative object ("Wir verkaufen keine Werbung", "kaufen nichts"): a practice denied,
# no sale of WhatsApp for "Das war 2012." to date (issue 7, session 35, price35, own61-041).
_SALE_DENIED = re.compile(r"(?i)(?<![\wäöüß])(?:ver)?k[aä]uf\w*\s+(?:[\wäöüß]+\s+)?(?:keine[nmrs]?|kein|nichts)(?![\wäöüß])")
# The end of a series item's clause right after WhatsApp ("2014 folgte WhatsApp.", "2014 kam WhatsApp hinzu."), not an
# object after it ("2016 folgte WhatsApp dem Vorbild": following an example).
_SERIES_ITEM_END = re.compile(r"(?i)\s*(?:(?:hinzu|dazu)(?![\wäöüß])\s*)?(?:[.!;–—]|,\s|-\s|$)")


def _next_of_a_series(before: str, sentence: str) -> tuple[int, int, int] | None:
    """The year of a sentence that names WhatsApp as the next item of a series of purchases told in the sentences
    `before` it ("Im Mai 2012 übernahm der Konzern die Foto-App Instagram. ... / Im Februar 2014 folgte dann WhatsApp."):
    its one year, with the series verb and WhatsApp ending its clause (`_SERIES`, `_TARGET_NEXT`), after a sentence
    that dates a purchase; the one-sentence form ("Facebook kaufte Instagram, 2014 folgte WhatsApp") is
    `_linked_clause`'s. Issue 7, session 35, price35 (own62-018)."""
    years = _years(sentence)
    series = _SERIES.search(sentence) if len(years) == 1 else None
    target = _TARGET_NEXT.match(sentence, series.end()) if series is not None else None
    if target is None or _SERIES_ITEM_END.match(sentence, target.end()) is None or not (
            context.has("acquisition", before) and _dates_the_purchase(before)):
        return None
    clause_start, clause_end = context.clause_around(sentence, years[0][1], years[0][2])
    if not clause_start <= series.start() < clause_end or _dates_the_purchase(sentence[:clause_start]):
        return None  # "2012 erwarb Facebook Instagram, zwei Jahre später folgte WhatsApp": the year is the first item's
    return years[0]


# A party named by its role in the deal ("dem Käufer Facebook", "der Verkäufer"): a person or firm, no event a year dates.
_ROLE_NOUN = re.compile(r"(?<![\wäöüß-])(?:" + context.cue_words("role_nouns", bare=True) + r")(?![\wäöüß-])")


# A count right before a purchase noun: digits (with the thousands' space or dot: "1 100", "1.200") or a quantifier, an
# adjective between at most ("rund 1 100 Zusammenschlussvorhaben", "zahlreiche weitere Übernahmen").
# A year is no count ("die 2014 vollzogene Übernahme"): digits that read as one (1900 to 2099) are left out.
_COUNT_BEFORE_NOUN = re.compile(r"(?i)(?:(?<![\wäöüß\d.,])(?!(?:19|20)\d\d(?!\d))(?:\d{1,3}(?:[ .]\d{3})+|\d{1,4}|viele|"
                                r"zahlreiche|mehrere|hunderte|tausende|dutzende|etliche)\s+(?:[\wäöüß-]+\s+)?)$")


def _only_counted_deals(sentence: str) -> bool:
    """Is every purchase word of `sentence` a noun under a count ("Im Jahr 2013 wurden rund 1 100
    Zusammenschlussvorhaben angemeldet", "meldeten ... 1.200 Zusammenschlüsse an")? The sentence counts deals of a
    period, it tells no one purchase: its year is the period's (issue 7, session 48, year48; own87-017's 2013). A verb of
    buying or an uncounted purchase noun beside the count still tells one ("Facebook kaufte 2014 WhatsApp, eine von 50
    Übernahmen"), and the caller keeps a sentence that names WhatsApp beside the count ("2014 meldete das Kartellamt
    1.200 Zusammenschlüsse, darunter den von Facebook und WhatsApp": this deal one of them; review48)."""
    found = list(context.finditer("acquisition", sentence))
    return bool(found) and all(sentence[m.start()].isupper() and _COUNT_BEFORE_NOUN.search(sentence, 0, m.start())
                               for m in found)


def _dates_the_purchase(text: str) -> bool:
    """Buying words, paying for WhatsApp ("hat für WhatsApp 2014 eine gewaltige Summe bezahlt"), the deal
    announced ("als das Geschäft im Februar 2014 verkündet wurde"), or belonging to the buyer
    ("seit 2014 eine Facebook-Tochter"). "wert" alone dates nothing ("ein Versprechen aus dem Jahr 2014 wert")."""
    folded = context.lower_keeping_offsets(text)  # once for every test below
    return (
        (context.has("acquisition", text, folded)
         and (_ROLE_NOUN.search(folded) is None or context.has("acquisition", _ROLE_NOUN.sub(" ", folded)))
         and _names_the_purchase_beyond_compounds(text))
        or (_BELONGS_TO_BUYER_TEST(text, folded) and _DATA_TALK.search(text) is None)
        or _DEAL_ANNOUNCED_TEST(text, folded)
        or _DEAL_COMPLETED_TEST(text, folded)
        or _CAME_TO_BUYER.search(text) is not None
        or _GRABBED_TEST(text, folded)
        or (_PAID_TEST(text, folded) and (context.refers_to_target(text, folded) or _THIS_SUM.search(text) is not None))
    )


# A capitalised word around a cue, the whole compound noun the cue may stand first in.
_NOUN_AROUND = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{11,}")


@lru_cache(maxsize=4096)
def _purchase_modifies_a_modifier(word: str) -> bool:
    """Is `word` a compound of three or more nouns by HanTa's analysis whose first is the purchase word and none after it
    ("Transaktion|s|wert|schwelle", "Kauf|preis|formel")? The purchase then determines a determiner: the head names a
    thing of its own (a legal threshold, a formula), no purchase nor its price ("Transaktionswert", "Kaufpreis" have
    the purchase two nouns from their head no more). (issue 7, session 30, year51: own51-045)"""
    parts = [part for part, tag in hanta().analyze(word, taglevel=3)[1] if tag == "NN"]
    return len(parts) >= 3 and context.has("acquisition", parts[0]) and not any(
        context.has("acquisition", part) for part in parts[1:])


def _names_the_purchase_beyond_compounds(text: str) -> bool:
    """Does `text` hold an acquisition cue that is not the first part of such a compound ("Deshalb haben wir 2017 die
    Transaktionswertschwelle eingeführt" holds none)?"""
    for found in context.finditer("acquisition", text):
        noun = _NOUN_AROUND.fullmatch(text, found.start(), found.end())
        if noun is None or not _purchase_modifies_a_modifier(noun.group(0)):
            return True
    return False


# WhatsApp itself passing to the buyer: "WhatsApp kam im Oktober 2014 zu Facebook", "der Messenger ging 2014 an Facebook",
# "ist 2014 zu Facebook gekommen" (the target as the subject, right before the verb; not "die Nummer geht an Facebook").
# The words: deal.json "came_subjects", "came_verbs", "came_participles" and the buyer's names ("buyer").
_TO_BUYER = r"(?:zu|an)\s+" + context.cue_words("buyer")
# (session 39, when39: a goal as the buyer's place, "unter das Dach von Facebook"; the buyer as "Facebook" or its
# group, "der Facebook-Familie")
_BUYER_OR_GROUP = context.cue_words("buyer") + r"(?:-" + context.cue_words("became_groups") + r")?"
_CAME_GOAL = r"(?:" + _TO_BUYER + r"|" + context.cue_words("came_goals") + r"\s+" + _BUYER_OR_GROUP + r")"
_CAME_VERB = r"(?:" + context.cue_words("came_verbs") + r"|" + context.cue_words("came_verbs_more") + r")"
_CAME_TO_BUYER = re.compile(
    r"(?i)(?<![\wäöüß-])" + context.cue_words("came_subjects") + r"(?:\s+" + context.cue_words("came_subject_modifiers")
    + r")?\s+(?:" + _CAME_VERB
    + r"\s+(?:[\wäöüß.-]+\s+){0,4}?" + _CAME_GOAL + r"|ist\s+(?:[\wäöüß.-]+\s+){0,4}?" + _TO_BUYER + r"\s+"
    + context.cue_words("came_participles")
    + r"|(?:[\wäöüß.-]+\s+){0,3}?" + context.cue_words("became_part") + r"\s+(?:der\s+|des\s+)?" + _BUYER_OR_GROUP
    + r"\s+(?:wurde|geworden|wird)"
    # verb-final: "Seit WhatsApp im Februar in die Hände von Facebook übergegangen ist" (year58)
    + r"|(?:[\wäöüß.-]+\s+){0,4}?" + _CAME_GOAL + r"\s+" + context.cue_words("came_final_participles") + r")(?![\wäöüß-])"
    # the subject after the verb: "Damals kam der Messenger zu Facebook", "Im Jahr 2014 ging WhatsApp an Facebook"
    + r"|(?<![\wäöüß-])" + _CAME_VERB + r"\s+(?:[\wäöüß.-]+\s+){0,2}?" + context.cue_words("came_subjects")
    + r"\s+(?:[\wäöüß.-]+\s+){0,3}?" + _CAME_GOAL + r"(?![\wäöüß-])"
    # the verb last, in a subordinate or relative clause: "..., mit der WhatsApp an Facebook ging" (year51)
    + r"|(?<![\wäöüß-])" + context.cue_words("came_subjects") + r"\s+(?:[\wäöüß.-]+\s+){0,3}?" + _CAME_GOAL + r"\s+"
    + context.cue_words("came_verbs") + r"(?![\wäöüß-])")


# The words before a subject that opens its sentence: "Die Übernahme ...", "Der geplante Kauf ...".
_SUBJECT_OPENING = re.compile(r"(?i)^\W*(?:die|der|das|den)\s+(?:[\wäöüß-]+\s+){0,2}$")


def _the_targets_one_sale(text: str, low: str, parties: frozenset[str], sentence: str) -> bool:
    """'Am 6. Oktober 2014 haben wir die Übernahme von WhatsApp abgeschlossen.' in a buyer's own report that never names
    itself: WhatsApp named in the sentence, no other buyer in the text and no other company bought in the sentence.
    WhatsApp has been bought once, so the purchase told of it is Facebook's (`context.sold_once`, as `price._the_targets_one_sale`); the
    year's clause must still tell the purchase (`acquisition_year_in`). (issue 7, session 28, year28: own48-007, -016)"""
    return "TARGET" in parties and context.sold_once(text, sentence, low)


# A personal pronoun opening a sentence, and the noun phrase opening the sentence before it whose article agrees with it
# ("Der Abschluss der Transaktion ... Er wird ... erwartet", "Die Übernahme ... Sie soll ..."): the pronoun takes up
# that subject.
_PRONOUN_OPENING = re.compile(r"^(?P<lead>\W*)(?P<pronoun>Er|Sie|Es)(?![\wäöüß])")
_PRONOUN_ARTICLE = {"Er": "der", "Sie": "die", "Es": "das"}
_NOUN_PHRASE_OPENING = re.compile(r"^\W*(?P<np>(?P<article>Der|Die|Das)\s+(?:[a-zäöüß-]+\s+)?[A-ZÄÖÜ][\wäöüß-]*"
                                  r"(?:\s+(?:der|des|von)\s+(?:[\wäöüß.-]+\s+){0,2}?(?:[A-ZÄÖÜ][\wäöüß-]*(?:\s+Inc\.)?))?)")


def _with_antecedent(previous: str, sentence: str) -> tuple[str, int]:
    """`sentence` with an opening "Er"/"Sie"/"Es" replaced by the noun phrase that opens `previous`, where that phrase
    names the purchase or its closing and its article agrees ("Der Abschluss des Kaufs steht unter Vorbehalt. Er wird
    bis Ende 2014 erwartet."), and how much longer it got (0 and the sentence as it was otherwise). (year28)"""
    pronoun = _PRONOUN_OPENING.match(sentence)
    subject = _NOUN_PHRASE_OPENING.match(previous) if pronoun is not None else None
    if subject is None or subject.group("article").lower() != _PRONOUN_ARTICLE[pronoun.group("pronoun")]:
        return sentence, 0
    phrase = subject.group("np")
    if not _dates_the_purchase(phrase):
        return sentence, 0
    return sentence[: pronoun.start("pronoun")] + phrase + sentence[pronoun.end("pronoun") :], len(phrase) - len(pronoun.group("pronoun"))


def _tells_the_purchase(sentence: str) -> bool:
    """Does the sentence tell of the purchase as an event: `_dates_the_purchase` by a verb ("Facebook übernimmt
    WhatsApp", "hat ... gekauft") or by a purchase noun that is its subject ("Die Übernahme ist perfekt")? A purchase
    noun as the object of another verb ("Der Datenschützer sieht die Übernahme von WhatsApp kritisch") tells of that
    verb's act: a dateline before such a sentence dates the statement, not the purchase. German writes nouns
    capitalised, so a buying word written small is a verb or participle."""
    objects = [m for m in context.finditer("acquisition", sentence)
               if sentence[m.start()].isupper() and _SUBJECT_OPENING.match(sentence, 0, m.start()) is None]
    for found in objects:
        sentence = blank_span(sentence, found.start(), found.end())
    return _dates_the_purchase(sentence)


def _a_clause_dates_the_purchase(sentence: str) -> bool:
    """Does the clause of one of the sentence's years date the purchase, where the whole sentence does not
    ("WhatsApp, seit 2014 Teil des Facebook-Konzerns, hat neue Nutzungsbedingungen veröffentlicht": the
    sentence talks of data, its inserted clause of the owner)?"""
    return any(_dates_the_purchase(sentence[slice(*context.clause_around(sentence, start, end))])
               or _MEMBERSHIP_AFTER_YEAR.match(sentence, end) is not None  # "seit 2014 Teil des Konzerns" (year44)
               for _, start, end in _years(sentence))


# "Facebook legte 2014 diese stolze Summe auf den Tisch": the sum named just before, so the price.
_THIS_SUM = re.compile(r"(?i)\bdiese[rsnm]?\s+(?:\w+\s+)?(?:" + context.cue_words("this_sum_nouns", bare=True) + r")\b"
                       r"|(?<![\wäöüß])(?:den|die|einen|eine)\s+rekord(?:" + context.cue_words("this_sum_nouns", bare=True) + r")\b")  # "den Rekordpreis bezahlt"
# Paying words (a narrower list than the price component's: announcing something dates nothing by itself).
_PAID = re.compile(r"(?i)" + context.cue_words("paid_words", bare=True))

# "stieg bis zum Vollzug im Oktober 2014": the completion of the deal (the noun is used of mergers, not of much
# else; the verb "vollzogen" is: "die Trennung wurde 2018 vollzogen").
_DEAL_COMPLETED = re.compile(r"(?i)(?<![\wäöüß-])vollzug\w*")
_DEAL_ANNOUNCED = re.compile(
    r"(?i)\b(?:" + context.cue_words("deal_announced_subjects", bare=True) + r")\b.{0,60}?\b(?:" + context.cue_words("deal_announced_words", bare=True) + r")\w*"
)


# Grabbing a company: "Als Zuckerberg im Februar 2014 zugriff", "griff Facebook zu", "schlug Zuckerberg zu"
# ("zu" standing alone: not "griff zum Telefon"; the verb at the clause's end: not "der Zugriff auf die Daten", nor
# after an article: deal.json grab_articles, grab_final, grab_participles, grab_separated).
_GRABBED = re.compile(r"(?i)(?<![\wäöüß])" + "".join(f"(?<!{article} )" for article in context.cue_list("grab_articles"))
                      + r"(?:(?:" + context.cue_words("grab_final", bare=True) + r")(?=\s*(?:[,.;:!?)–-]|$))|" + context.cue_words("grab_participles", bare=True)
                      + r"|(?:" + context.cue_words("grab_separated", bare=True) + r")\w*\s+(?:[^\s]+\s+){0,5}?zu(?![\wäöüß]))")


# Speed: the same answers over the lowered text, behind literal tests (models/caseless.py).
_BELONGS_TO_BUYER_TEST, _DEAL_ANNOUNCED_TEST, _DEAL_COMPLETED_TEST, _PAID_TEST, _GRABBED_TEST = map(
    CaselessTest, (_BELONGS_TO_BUYER, _DEAL_ANNOUNCED, _DEAL_COMPLETED, _PAID, _GRABBED))


# The header of a table column that dates something ("Jahr", "Datum", "gekauft").
_YEAR_HEADER = re.compile(r"(?i)(?<![\wäöüß])(?:" + context.cue_words("year_headers", bare=True) + r")(?![\wäöüß])")


def _table_year(text: str, sent_start: int, sentence: str) -> tuple[int, int, int] | None:
    """'WhatsApp | 2014 | 19 Mrd. US-$' under 'Unternehmen | Jahr | Kaufpreis': the year cell of WhatsApp's
    row in a table of purchases (models/text_table.py); (year, start, end) relative to the sentence."""
    if not may_hold_cells(sentence):
        return None
    for year, start, end in _years(sentence):
        cell = cell_at(text, sent_start + start)
        if cell is not None and _YEAR_HEADER.search(cell.header) and about_a_purchase_of_target(cell):
            return year, start, end
    return None


_NEWS_REACH = 3  # the head of a text whose first purchase told is its news: a masthead, the title, the lead


def _news_of_another_purchase(text: str, sentences: context.Sentences) -> bool:
    """Is the first purchase the text tells, in its first sentences (`_NEWS_REACH`: a masthead, the title, the lead),
    another company's, with WhatsApp named nowhere there ("Facebook Newsroom / Facebook übernimmt Oculus VR")? The text's
    news is that purchase, and a deal noun that names no company further on ("Die Transaktion soll im zweiten Quartal
    2014 abgeschlossen werden") is its (issue 7, session 49, year49, own89-014)."""
    heads = [text[slice(*sentences.span(index))] for index in range(min(_NEWS_REACH, len(sentences.starts)))]
    if any(context.has("target", head) for head in heads):
        return False  # ("Chronik: WhatsApp und Facebook / ... / 2012: Facebook kauft Instagram": WhatsApp's story)
    told = next((head for head in heads if context.has("acquisition", head)), None)
    return told is not None and context.names_only_another_target(told)


def _answers_a_question_about_another(text: str, sentences: context.Sentences, index: int, sentence: str) -> bool:
    """Does sentence `index`, opening its block (a reply, an answer) and naming neither WhatsApp nor a word for it,
    answer a question right before it that names another company last ("Und Instagram?" / "Das hat Facebook schon 2012
    gekauft")? The answer's pronoun takes up the company asked about, so its year is that purchase's (issue 7, session
    52, year52). Not after a question that names WhatsApp ("Und WhatsApp?" / "Den hat Facebook 2014 gekauft")."""
    if index == 0 or context.has("target", sentence) or context.has("target_epithets", sentence):
        return False
    question = text[slice(*sentences.span(index - 1))].rstrip()
    return question.endswith("?") and context.last_named_company(question) == "other"


def _passage_text(doc: Doc, text: str, sentences: context.Sentences, index: int) -> str:
    """Sentence `index` and up to two before it, not reaching back over the start of its block."""
    sent_start, sent_end = sentences.span(index)
    block = block_at(doc, sent_start)
    start = max(sentences.starts[max(0, index - 2)], block.start if block is not None else 0)
    return text[start:sent_end]


# Speed: the stems of every OWNER token cue, written beside the cues in patterns/year_tokens.jsonl (its "hint" row;
# tests/test_models_year_words.py checks every OWNER row holds one); only sentences holding one are matched.
_OWNER_HINT = re.compile(r"(?i)" + "|".join(hint_stems("year", "OWNER")))
_OWNER_HINT_LOWERED = re.compile(_OWNER_HINT.pattern.removeprefix("(?i)"))  # the same over the lowered text (caseless.py)


# A fact box of the deal: "Käufer: Facebook Inc. | Ziel: WhatsApp Inc. | Bekanntgabe: 19.02.2014", one box a paragraph;
# a label as a participle ("Angekündigt: 19. Februar 2014", "Abgeschlossen: Oktober 2014") dates the same events.
# The labels: deal.json "box_*_labels"; the parties' names: its "buyer" and "target".
_BOX_BUYER = re.compile(r"(?i)(?<![\wäöüß])" + context.cue_words("box_buyer_labels") + r"\s*:\s*" + context.cue_words("buyer")
                        + r"(?![\wäöüß])")
_BOX_TARGET = re.compile(r"(?i)(?<![\wäöüß])" + context.cue_words("box_target_labels") + r"\s*:\s*"
                         + context.cue_words("target") + r"(?![\wäöüß])")
_BOX_DATE = re.compile(r"(?i)(?<![\wäöüß])" + context.cue_words("box_date_labels") + r"\s*:\s*")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# The rest of the buyer's line in a fact box, a year alone after a comma or in brackets ("Käufer: Facebook, 2014").
_BUYER_LINE_YEAR = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:im\s+jahr[^\S\n]+)?|\([^\S\n]*)" + _YEAR_DIGITS + r"\)?[^\S\n]*(?:\n|\||$)")
_CELL_END = re.compile(r"[\n|]")  # a box line or a cell of a one-line box ("Abschluss: 2014 | Nutzer: ...")


# A title that names the year the text reviews: "Das Jahr 2014 in der Digitalwirtschaft", "Das war 2014: ...",
# "Jahresrückblick 2014", "Rückblick auf 2014", "2014, das Jahr der Übernahmen"; a round letter's "Unser Jahr 2014" (a
# possessive before "Jahr": D71 (a), issue 7, session 53, year53, own97-013), an annual piece "Jahresbrief 2014",
# "Jahresbericht 2014" (year53, challenge_gen30-043).
_YEAR_IN_REVIEW = re.compile(
    r"(?i)(?<![\wäöüß])(?:das\s+(?:jahr|war)\s+|(?:jahres)?rückblick\s+(?:auf\s+(?:das\s+jahr\s+)?)?|chronik\s+"
    r"|[\wäöüß]+jahr\s+|(?:unser|mein|euer)\s+jahr\s+|jahres[\wäöüß]+\s+|(?:" + year_denied.words('period_reports') + r")\s+)"
    + _YEAR_DIGITS
    + r"(?!\d)|" + _YEAR_DIGITS.replace("year", "year2") + r"\s*,\s*das\s+jahr\b")
# An entry of such a review under a month: a line that is only the month ("Februar") or an entry opened by it
# ("Februar: Facebook kauft WhatsApp ...", "Mai und Juni").
_MONTH_ENTRY = re.compile(r"(?i)^\W*(?:" + MONTH_WORDS + r")(?:\s+(?:und|bis)\s+(?:" + MONTH_WORDS + r"))?\s*(?::|[–—]|-(?=\s)|$)")


def _year_in_review(doc: Doc, text: str, sentences: context.Sentences) -> bool:
    """'Das war 2014: Die Wirtschaftsmeldungen des Jahres' over 'Februar: Facebook kauft WhatsApp für 19 Milliarden
    Dollar.': a review of one year, named in its title, tells the purchase in the entry of a month with no year of
    its own; the month is of the title's year. Only a verb of buying or the purchase announced or completed as the
    entry's event (`_tells_the_purchase`, `_PURCHASE_DONE`), of WhatsApp, in an entry under a month. True when it
    added a claim."""
    blocks = doc._.blocks or []
    if not blocks or blocks[0].kind not in ("heading", "question"):
        return False
    review = _YEAR_IN_REVIEW.search(text, blocks[0].start, blocks[0].end)
    if review is None:
        return False
    group = "year" if review.group("year") else "year2"
    for start, end in zip(sentences.starts, sentences.ends):
        if start < blocks[0].end:
            continue
        sentence = text[start:end]
        if _years(sentence) or not context.has("target", sentence) or context.names_only_another_target(sentence):
            continue
        counted = year_relative.counted_back(sentence)
        if counted is not None and year_relative.counts_from_the_purchase(counted[1]) and _under_a_month(doc, text, start):
            # "Chronik 2017 / Mai – Drei Jahre nach dem Kauf von WhatsApp durch Facebook verhängt die EU ...": a month
            # entry's event is of the review's year, so the count from the purchase lands on that year minus the count
            # (D57 (c), D66 (a); issue 7, session 47, year47). Not a count from another company's purchase.
            count, found = counted
            landed = None if count is None else int(review.group(group)) - count
            if landed is None or landed < _TARGET_FOUNDED or context.names_only_another_target(
                    sentence[found.start() : found.end() + 40]):
                continue
            add_claim(doc, "acquisition_year", start + found.start(), start + found.end(), year=landed)
            return True
        # (a month in a clause that tells the purchase's announcement or completion, or its news: "Im Februar wurde
        # bekannt, dass Facebook WhatsApp kauft" under "Jahresbericht 2014"; issue 7, session 57, year57)
        month_event = not _PLUPERFECT.search(sentence) and _month_of_the_purchase_event(sentence) is not None
        if not (_tells_the_purchase(sentence) or _PURCHASE_DONE.search(sentence) or month_event):
            continue
        month_told = month_event or _month_of_the_purchase_clause(sentence)  # (its clause has no pluperfect of its own)
        if _PLUPERFECT.search(sentence) and not month_told:
            continue  # ("August: ... Facebook hatte WhatsApp gekauft": the pluperfect tells an earlier year's event)
        if year_relative.years_ago(sentence) is not None:
            continue  # ("Januar – Vor zwei Jahren kaufte Facebook WhatsApp": an earlier year's event, year47)
        if not (month_told or _under_a_month(doc, text, start)):
            continue
        add_claim(doc, "acquisition_year", review.start(group), review.end(group), year=int(review.group(group)))
        return True
    return False


def _month_of_the_purchase_clause(sentence: str) -> bool:
    """Does a month with no year of its own ("im Februar", "am 19. Februar": `_MONTH_ALONE`) stand in a clause of
    `sentence` that tells the purchase ("..., worauf der Konzern im Februar den Messenger für 19 Milliarden übernahm"):
    told under a review's title, the month is of the title's year (D71 (a); issue 7, session 53, year53, own97-013)?"""
    for month in _MONTH_ALONE.finditer(sentence):
        clause_start, clause_end = context.clause_around(sentence, month.start(), month.end())
        clause = sentence[clause_start:clause_end]
        if _tells_the_purchase(clause) and not _PLUPERFECT.search(clause) and _told_as_fact(clause):
            return True
        if _month_of_a_purchase_bracket(sentence, month.start()):
            return True
        if clause_end >= len(sentence):
            continue
        # the clause right after the month's, opened by a temporal "als" or after a colon, tells what happened then ("im
        # Februar staunten alle, als Facebook WhatsApp kaufte", "Im Februar ließ Papa die Zeitung fallen: Facebook kauft
        # WhatsApp"; year53, challenge_gen30-042, -043)
        after = sentence[slice(*context.clause_around(sentence, clause_end + 1, clause_end + 1))]
        if (sentence[clause_end] == ":" or _WHEN_CLAUSE_OPENS.match(after)) and _tells_the_purchase(after) \
                and not _PLUPERFECT.search(after) and _told_as_fact(after):
            return True
    return False


# A bracket opened by a participle of the deal's event ("(unterzeichnet im März", "(angekündigt am 3. Mai"):
# deal.json bracket_event_participles.
_EVENT_BRACKET_OPENS = re.compile(r"(?i)\(\s*(?:" + context.cue_words("bracket_event_participles") + r")(?![\wäöüß])")


def _month_of_a_purchase_bracket(sentence: str, at: int) -> bool:
    """Does the month at `at` stand in a bracket opened by a participle of the deal's event, right after a noun phrase
    that tells the purchase of WhatsApp ("Der Kauf des Messengers durch Facebook (verkündet im März, vollzogen im
    Herbst) war ...")? The bracket dates that purchase, as `_bracket_dates_the_purchase` reads one with its year.
    (issue 7, session 56, year56)"""
    opened = sentence.rfind("(", 0, at)
    if opened < 0 or ")" in sentence[opened:at] or _EVENT_BRACKET_OPENS.match(sentence, opened) is None:
        return False
    told = sentence[context.clause_around(sentence, opened - 1, opened - 1)[0] if opened > 0 else 0 : opened]
    return _tells_the_targets_purchase(told) and not _PLUPERFECT.search(told)


_WHEN_CLAUSE_OPENS = re.compile(r"(?i)^[\s,]*als(?![\wäöüß])")


def _under_a_month(doc: Doc, text: str, offset: int) -> bool:
    """Does the sentence at `offset` stand in a review's month entry: its line opens with the month and a colon
    ("Februar: Facebook kauft ..."), an entry of that line opens so before it, or the heading it stands under is the
    month ("Februar" over a paragraph)?"""
    block = block_at(doc, offset)
    if block is None:
        return False
    line = text[block.start : offset]
    entries = re.split(r"(?<=[.!?])\s+", line)
    if _MONTH_ENTRY.match(entries[-1] if entries[-1].strip() else text[offset : block.end]):
        return True
    if _MONTH_ENTRY.match(text[offset : block.end]):
        return True
    if block.intro is None:
        return False
    intro = doc._.blocks[block.intro]
    return intro.kind == "heading" and _MONTH_ENTRY.match(text[intro.start : intro.end]) is not None


def _paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the paragraph (blank lines apart) that holds text[start:end]: a fact box or an entry's block."""
    starts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, start)]
    after = _PARAGRAPH_BREAK.search(text, end)
    return (starts[-1] if starts else 0), (after.start() if after else len(text))


def _fact_box_year(doc: Doc, text: str) -> bool:
    """'Käufer: Facebook Inc. | Ziel: WhatsApp Inc. | Bekanntgabe: 19.02.2014': the first dated deal event
    (announcement, closing, a date or year) of a paragraph whose labels name Facebook as buyer and WhatsApp
    as target, or whose heading lines name WhatsApp ("INFOBOX / WhatsApp in Zahlen / ... / Käufer: Facebook /
    Abschluss: voraussichtlich Ende 2014": the box is about WhatsApp, so its buyer bought it). True when it added a claim."""
    if "whats" not in lower_text(doc) and CASED_BEYOND_LATIN1.search(text) is None:
        return False  # speed: every match names WhatsApp (a letter beyond Latin-1 may fold otherwise: then search)
    for found in _PURCHASE_HEADING_LINE.finditer(text):
        # "Firmenprofil | WhatsApp LLC / ... / Übernahme durch Facebook / Angekündigt: 19.02.2014 / Vollzug: ...": a
        # line that names the purchase by the buyer heads the rows under it in an entry on WhatsApp (its title or the
        # box's first lines name WhatsApp, no other company bought there): its first deal-event row dates the purchase
        # (D7, D43; issue 7, session 47, year47)
        box_start, box_end = _paragraph_around(text, found.start(), found.end())
        title = text.lstrip().split("\n", 1)[0]
        if context.has("other_targets", text[box_start:box_end]) or not (
                _box_heading_names_target(text, box_start, found.start()) or _BOX_HEADING_TARGET.match(title)):
            continue
        if _first_box_date(doc, text, found.end(), box_end, rows_only=True):
            return True
    for found in _BOX_BUYER.finditer(text):
        box_start, box_end = _paragraph_around(text, found.start(), found.end())
        if not (_BOX_TARGET.search(text, box_start, box_end) or _box_heading_names_target(text, box_start, found.start())):
            continue
        # "Käufer: Facebook, 2014" / "Käufer: Facebook (2014)": the buyer's own line dates the purchase
        line = _BUYER_LINE_YEAR.match(text, found.end(), min(box_end, found.end() + 30))
        if line is not None and int(line.group("year")) >= _TARGET_FOUNDED:
            add_claim(doc, "acquisition_year", line.start("year"), line.end("year"), year=int(line.group("year")))
            return True
        if _first_box_date(doc, text, box_start, box_end):
            return True
    for heading in _PAIR_HEADING.finditer(text):
        # "Fallbeispiel Facebook/WhatsApp" / "• Ankündigung: 19.02.2014" / "• Closing: 06.10.2014": a box or slide whose
        # heading names the deal as its buyer/target pair; its rows of deal events date the purchase as a box with
        # "Käufer:" and "Ziel:" does (D7; issue 7, session 45, year45)
        after = _PARAGRAPH_BREAK.search(text, heading.end())
        box_end = after.start() if after else len(text)
        rows = [m for m in _BOX_DATE.finditer(text, heading.end(), box_end) if _GENERIC_BOX_LABEL.match(m.group()) is None
                and _ROW_OPENS.search(text, max(heading.end() - 1, 0), m.start()) is not None]
        if len(rows) < 2 and not (rows and context.has("acquisition", text[heading.end() : box_end])):
            continue  # "Facebook/WhatsApp" / "Datum: 25.08.2016" / "WhatsApp gibt die Telefonnummer ... weiter", an
            # EU procedure named so ("Beschluss Facebook/WhatsApp" / "Datum: 18.05.2017" / "Geldbuße: ..."): the box
            # must name the purchase by a second deal-event row or a word of buying (review45)
        if _first_box_date(doc, text, heading.end(), box_end, rows_only=True):
            return True
    return False


# A line that is only the purchase by the buyer, a fact box's section heading: "Übernahme durch Facebook", "Kauf durch
# Facebook Inc.", "Verkauf an Facebook" (a purchase noun, "durch"/"an"/"von" and the buyer, an optional colon).
_PURCHASE_HEADING_LINE = re.compile(
    r"(?im)^[^\S\n]*(?:" + context.cue_words("deal_nouns", bare=True) + r")[^\S\n]+(?:durch|an|von)[^\S\n]+(?:"
    + context.cue_words("buyer", bare=True) + r")(?:[^\S\n]+inc\.?)?[^\S\n]*:?[^\S\n]*$")


# The labels of a box date that name no event of the deal ("Datum:", "Jahr:"): under a pair heading they date
# whatever the box is about.
_GENERIC_BOX_LABEL = re.compile(r"(?i)(?:datum|jahr)\b")


# A heading line that names the deal as its buyer/target pair joined by a slash or dash, up to three words before it
# ("Fallbeispiel Facebook/WhatsApp", "Deal: Facebook / WhatsApp", "Facebook – WhatsApp"), nothing after it.
_PAIR_HEADING = re.compile(
    r"(?im)^[^\S\n]*(?:[\wäöüß-]+:?[^\S\n]+){0,3}(?:" + context.cue_words("buyer", bare=True) + r")(?:[^\S\n]+inc\.)?"
    r"[^\S\n]*(?:/|[^\S\n][–—-][^\S\n])[^\S\n]*(?:" + context.cue_words("target", bare=True) + r")(?:[^\S\n]+inc\.)?[^\S\n]*$")
# A box's row: its label opens a line, after a bullet ("• Ankündigung: 19.02.2014").
_ROW_OPENS = re.compile(r"(?:^|\n)[^\S\n]*(?:[•·▪‣◦*–-][^\S\n]*)?$")


def _first_box_date(doc: Doc, text: str, box_start: int, box_end: int, rows_only: bool = False) -> bool:
    """Add the year of the first dated deal event of the box `text[box_start:box_end]` ("Bekanntgabe: 19.02.2014",
    "Abschluss: erwartet bis Ende 2014"); `rows_only`: the label must open its line. True when it added a claim."""
    for date in _BOX_DATE.finditer(text, box_start, box_end):
        if rows_only and (_ROW_OPENS.search(text, max(box_start - 1, 0), date.start()) is None
                          or _GENERIC_BOX_LABEL.match(date.group()) is not None):
            continue
        # the label's value runs to the end of its line or cell: "19.02.2014", "erwartet bis Ende 2014"
        cell = _CELL_END.search(text, date.end(), min(box_end, date.end() + 40))
        years = _years(text[date.end() : cell.start() if cell else min(box_end, date.end() + 40)])
        if rows_only and not years:
            numeric = dates.NUMERIC_DATE.search(text, date.end(), cell.start() if cell else min(box_end, date.end() + 40))
            if numeric is not None and numeric.start() == date.end():
                years = [(dates.year_of(numeric), numeric.start("year") - date.end(), numeric.end("year") - date.end())]
        if years and years[0][0] >= _TARGET_FOUNDED:
            year, start, end = years[0]
            add_claim(doc, "acquisition_year", date.end() + start, date.end() + end, year=year)
            return True
    return False


# A fact box's heading line that names WhatsApp (deal.json "target") and holds no label ("WhatsApp in Zahlen", "INFOBOX: WhatsApp").
_BOX_HEADING_TARGET = re.compile(r"(?i)^[^\S\n]*(?:[\wäöüß]+[^\S\n]*:[^\S\n]*)?[^:\n]{0,30}(?<![\wäöüß-])(?:"
                                 + context.cue_words("target", bare=True) + r")(?![\wäöüß-])[^:\n]{0,30}$",
                                 re.MULTILINE)


def _box_heading_names_target(text: str, box_start: int, label_at: int) -> bool:
    """Does one of the first two lines of the box (before the buyer's label) name WhatsApp as its heading?"""
    lines = text[box_start:label_at].split("\n")[:2]
    return any(_BOX_HEADING_TARGET.match(line) for line in lines)


def _aside_between(doc: Doc, text: str, sentences: context.Sentences, index: int, over: int = 1) -> bool:
    """Are the `over` sentences after sentence `index` (one or two) asides that a count of years may reach over ("Als
    Facebook im April 2012 Instagram übernahm, zahlte der Konzern ... Heute hat Instagram über eine Milliarde Nutzer.
    Zwei Jahre später folgte WhatsApp.")? Each holds no year and no count of its own, and all the sentences share one
    block (the last one's blank line after it, which its span keeps, lies outside the block)."""
    for aside_index in range(index + 1, index + over + 1):
        aside = text[slice(*sentences.span(aside_index))]
        if _years(aside) or year_relative.counts_from_year_before(aside)[0]:
            return False
    block = block_at(doc, sentences.starts[index])
    last = text[slice(*sentences.span(index + over + 1))]
    return block is not None and sentences.ends[index + over + 1] - (len(last) - len(last.rstrip())) <= block.end


# How many sentences a count may reach down from the heading that dates its section (`_in_section_of_dated_heading`).
_SECTION_REACH = 6
# A heading that asks what happened on a date ("Was passierte am 3. Mai 2013?"): the question's words before the date.
_WHAT_HAPPENED_ON = re.compile(r"(?i)^\W*(?:und\s+)?was\s+(?:geschah|passierte|war\s+los)\s+")


def _dated_heading(heading: str) -> bool:
    """Is `heading` only a date, or a question what happened on it ("3. Mai 2013", "Im Februar 2014:", "Was war los
    am 3. Mai 2013?")? Such a heading dates the section it stands over, as a chronicle's date dates its entry."""
    bare = _WHAT_HAPPENED_ON.sub("", heading.strip().rstrip("?:").strip(), count=1)
    return _DATE_ONLY.match(bare) is not None


def _in_section_of_dated_heading(doc: Doc, text: str, sentences: context.Sentences, index: int, step: int) -> bool:
    """Is sentence `index` a heading block that is only a date or asks what happened on it (`_dated_heading`), and
    sentence `index + step` in the section under it: no heading between, and no year nor count in the sentences
    between (their story is the heading's day)? A count there ("Ein Jahr später übernahm der Konzern auch den
    Chat-Dienst WhatsApp") counts from the heading's date (issue 7, session 40, when40, own72-058)."""
    start, end = sentences.span(index)
    block = block_at(doc, start + len(text[start:end]) - len(text[start:end].lstrip()))
    if block is None or block.kind not in ("heading", "question") or not _dated_heading(text[block.start : block.end]) \
            or len(_years(text[start:end])) != 1:
        return False  # (a heading with no end mark may share its sentence with the first line under it)
    for between in range(index + 1, index + step + 1):
        b_start, b_end = sentences.span(between)
        raw = text[b_start:b_end]
        inner = block_at(doc, b_start + len(raw) - len(raw.lstrip()))
        if inner is None or inner.kind in ("heading", "question") or inner.index <= block.index:
            return False
        if between < index + step and (_years(raw) or year_relative.counts_from_year_before(raw)[0]):
            return False
    return True


# A chronicle's row dated by its day alone, the month and year standing in the heading over the rows: "19.: Der
# US-Konzern Facebook kauft ...", "19. Februar: Facebook übernimmt ...", "19. – Facebook ..." (group "entry": the news).
_DAY_ROW = re.compile(r"(?i)^[ \t]*(?:[-•*][ \t]*)?\d{1,2}\.[ \t]*(?:(?:" + MONTH_WORDS + r")[ \t]*)?(?::|[–—-][ \t])[ \t]*(?P<entry>.+)",
                      re.DOTALL)


# How many sentences back the year of a named company's purchase may stand (`_counted_from_a_named_purchase`).
_NAMED_PURCHASE_REACH = 4


def _counted_from_a_named_purchase(doc: Doc, text: str, sentences: context.Sentences) -> bool:
    """'Im April 2012 kaufte Facebook Instagram. ... Zwei Jahre nach Instagram übernahm Zuckerberg auch WhatsApp.': a
    sentence with no year of its own whose clause tells the purchase of WhatsApp and counts whole years after another
    company's purchase, named by the company ("nach Instagram") or the purchase of it ("nach dem Kauf von Instagram"),
    dates it by the year an earlier sentence (up to `_NAMED_PURCHASE_REACH` back) gives that company's purchase plus the
    count (the arithmetic convention; Y29, issue 7, session 44, year44: own79-059). Not a count from WhatsApp's own
    purchase ("zwei Jahre nach der Übernahme": year_relative.counted_back), not a company that is no other purchase
    (context other_targets), not where the earlier sentence tells no purchase of it. True when it added a claim."""
    for index in range(len(sentences.starts)):
        sentence = text[slice(*sentences.span(index))]
        counted = year_relative.after_a_named_purchase(sentence) if "nach" in sentence else None
        if counted is None or counted[0] is None or _years(sentence):
            continue
        count, found = counted
        name = found.group("name")
        if not context.has("other_targets", name):
            continue
        clause = sentence[slice(*context.clause_around(sentence, found.start(), found.end()))]
        told = clause[clause.find(name) + len(name) :]
        if not (context.has("target", told) and _dates_the_purchase(clause)) or context.has("other_events", clause):
            continue
        for back in range(index - 1, max(-1, index - 1 - _NAMED_PURCHASE_REACH), -1):
            previous = text[slice(*sentences.span(back))]
            at = previous.lower().find(name.lower())
            years = _years(previous)
            if at < 0 or not years or context.has("target", previous) or not context.has("acquisition", previous):
                continue
            base = min(years, key=lambda y: abs(y[1] - at))[0]
            if base + count < _TARGET_FOUNDED:
                break
            start = sentences.span(index)[0] + found.start()
            add_claim(doc, "acquisition_year", start, sentences.span(index)[0] + found.end(), year=base + count)
            return True
    return False


def _day_row_under_dated_heading(doc: Doc, text: str, sentences: context.Sentences) -> bool:
    """A chronicle's row dated by its day alone under a heading that holds one year ("Rückblick 2014 – Technik,
    Februar" over "19.: Facebook übernimmt den Messenger WhatsApp ..."): where the row's
    news is the purchase of WhatsApp (its first clause buys, completes or announces it, no other company bought), the
    heading's year is the row's and the purchase's (the lead's D43; issue 7, session 40, when40, own72-018). The
    heading's year must be the only one of the heading and not a status ("Stand 2021"). True when it added one."""
    blocks = doc._.blocks or []
    for index, (start, end) in enumerate(zip(sentences.starts, sentences.ends)):
        raw = text[start:end]
        row = _DAY_ROW.match(raw)
        if row is None or (start and text[start - 1] != "\n"):
            continue  # (the row opens its line)
        block = block_at(doc, start)
        if block is None or block.intro is None or blocks[block.intro].kind != "heading":
            continue
        heading = blocks[block.intro]
        heading_text = text[heading.start : heading.end]
        years = _years(heading_text)
        entry = row.group("entry")
        if len(years) != 1 or _STATUS_BEFORE.search(heading_text, 0, years[0][1]) or _WRITTEN_BEFORE.search(
                heading_text, 0, years[0][1]):
            continue
        if not _entry_tells_the_purchase(entry) or context.has("other_targets", entry) or not context.has("target", entry):
            continue
        year, y_start, y_end = years[0]
        add_claim(doc, "acquisition_year", heading.start + y_start, heading.start + y_end, year=year)
        return True
    return False


def _sale_told_by_a_verb(sentence: str) -> bool:
    """Does the sentence tell a sale by verbs only ("wurden ... verkauft", "verkaufte", "wechselt ... den Besitzer"), with
    no purchase noun (capitalised, past its first word: "Drei Jahre nach dem Megadeal" names the deal the text is about)
    and no buyer named ("Eigentümer: Facebook, seit Oktober 2014", "gehört ... zu Facebook" are Facebook's)? A verb's
    sale has subjects and objects of its own, which may be another item's firms."""
    if context.has("buyer", sentence):
        return False
    lead = len(sentence) - len(sentence.lstrip(_BULLET_OR_SPACE))
    cues = [m for name in ("acquisition", "acquisition_cs") for m in context.finditer(name, sentence)]
    return bool(cues) and not any(sentence[m.start()].isupper() and m.start() > lead for m in cues)


def _another_items_sale(doc: Doc, sentences: context.Sentences, parties: list[frozenset[str]], index: int) -> bool:
    """Does sentence `index` stand in an item of a listing (a feed, an archive, a topic page, a wiki of deals) that names
    neither WhatsApp nor the deal: under a heading of the layer that is not the document's title (or being such a
    heading itself), with no TARGET and no DEAL of the layer's deal context from that heading to the sentence? Then a
    sale the sentence tells is the item's own ("09.04.2012 · Draw Something wechselt für 180 Millionen Dollar den
    Besitzer"; "Tumblr (Yahoo, 2013)" over "2019 verkaufte Verizon die Plattform ..."), whatever the items before it
    said of WhatsApp. (issue 7, session 29, year29: own49-043, -054, own50-053)"""
    start, end = sentences.span(index)
    raw = context.doc_text(doc)[start:end]
    block = block_at(doc, start + len(raw) - len(raw.lstrip()))
    if block is None:
        return False
    blocks = doc._.blocks
    heading = block if block.kind == "heading" else (
        blocks[block.intro] if block.intro is not None and blocks[block.intro].kind == "heading" else None)
    if heading is None or heading.index == 0:
        return False
    first = sentences.index_at(heading.start)
    return not any(("TARGET" in named or "DEAL" in named) for named in parties[first : index + 1])


# The target named last before a relative clause's comma: "WhatsApp, das ...", "der Messenger, den ..." (its name or
# an epithet, with its article).
_TARGET_BEFORE_COMMA = re.compile(
    r"(?i)(?<![\wäöüß-])(?:" + context.cue_words("target", bare=True) + "|" + context.cue_words("target_epithets", bare=True)
    + r")\s*,\s*$")


def _antecedent_is_target(text: str, clause_start: int) -> bool:
    """Does the clause of `text` that starts at `clause_start` open as a relative clause ("das", "den", "welches")
    right after WhatsApp or a word for it and its comma ("Auch der Messenger, den Zuckerberg ein Jahr später
    übernahm")? Its pronoun then stands for WhatsApp, the subject or object of what the clause tells."""
    return clause_start > 0 and context.RELATIVE_START.match(text[clause_start:]) is not None and \
        _TARGET_BEFORE_COMMA.search(text, 0, clause_start) is not None


# What a list item opens with before its words: its bullet and spaces.
_BULLET_OR_SPACE = " \t\n\u00a0•·▪‣◦–—-*"


def _counted_from_the_frame(sentence: str, buyer_near: bool) -> tuple[int | None, int, int] | None:
    """A sentence that dates a moment or a state by a written year (the frame) and counts from it back to the purchase:
    the time gone by since a "dass"/"seit" clause that tells the purchase ("Heute, im Februar 2024, ist es genau zehn
    Jahre her, dass Zuckerberg WhatsApp kaufte", "Am 6. Oktober 2015 war es ein Jahr her, dass Facebook den Kauf ...
    abgeschlossen hatte"), or how long WhatsApp has belonged to the buyer by then ("Als Facebook im Oktober 2021 zu Meta
    wurde, gehörte WhatsApp schon seit sieben Jahren zum Konzern", "Kleines Jubiläum im Februar 2019: Seit fünf Jahren
    gehört WhatsApp nun zu Facebook"). (year, start, end): the frame's year minus the count (year None where the count
    is no whole number of years, "gut zehn Jahre", the lead's D57 (c), or lands before WhatsApp was founded), spanning
    the frame's year and the count; the frame's year is never the purchase's. None when the sentence counts so from no
    single written year: a year inside the "dass" clause is the event's own ("Es ist zehn Jahre her, dass Facebook
    2014 ..."); a clause about another company or not about WhatsApp belonging to the buyer counts nothing here
    (patterns/year_counts.json; issue 7, session 39, when39). One function for each count: `_counted_since_that`,
    `_counted_belonging`."""
    years = _years(sentence)
    if not years:
        return None
    since = year_relative.time_since_that(sentence)
    if since is not None:
        return _counted_since_that(sentence, years, since)
    return _counted_belonging(sentence, years, buyer_near)


def _counted_since_that(sentence: str, years: list[tuple[int, int, int]],
                        since: tuple[int | None, re.Match[str]]) -> tuple[int | None, int, int] | None:
    """`_counted_from_the_frame` for the time gone by since a "dass"/"seit" clause (`since`: year_relative's
    `time_since_that` of `sentence`; `years`: the sentence's written years): the frame's year minus the count where the
    clause tells the purchase; the frame alone (year None) where it tells another event of WhatsApp; None where the
    sentence has no single frame before the clause, or the clause is not about WhatsApp."""
    count, found = since
    that_end = context.clause_around(sentence, found.end(), found.end())[1]
    event = sentence[found.start("that") : that_end]
    frames = [(year, start, end) for year, start, end in years if end <= found.start("that")]
    if len(frames) != 1 or len(years) != 1 or not context.refers_to_target(event) \
            or context.names_only_another_target(event) or _dates_the_purchase(sentence[: found.start()]):
        return None
    if _dates_the_purchase(event) and not _BUYS_SOMETHING_ELSE.search(event):
        return _frame_minus_count(frames[0], count, found)
    # the frame's year dates the saying, not the event told of WhatsApp ("Heute, im Februar 2024, ist es zehn
    # Jahre her, dass Zuckerberg nach WhatsApp griff"): no purchase year from it
    return None, frames[0][1], frames[0][2]


def _counted_belonging(sentence: str, years: list[tuple[int, int, int]],
                       buyer_near: bool) -> tuple[int | None, int, int] | None:
    """`_counted_from_the_frame` for a duration of WhatsApp's belonging to the buyer (year_relative's `time_belonging`
    in a clause with a predicate of belonging; `buyer_near`: the buyer named in the deal context): the single written
    year of `sentence` (`years`) minus the count, where that year does not stand inside the count; None otherwise."""
    for match in year_relative.BELONGING.finditer(sentence):
        clause_start, clause_end = context.clause_around(sentence, match.start(), match.end())
        clause = sentence[clause_start:clause_end]
        belonging = year_relative.time_belonging(clause)
        if belonging is None or not context.refers_to_target(clause) or context.names_only_another_target(clause) \
                or not (buyer_near or context.has("buyer", clause)):
            continue
        count, found = belonging
        if len(years) == 1 and not (clause_start + found.start() <= years[0][1] < clause_start + found.end()):
            return _frame_minus_count(years[0], count, found, clause_start)
        return None
    return None


def _paired_year(sentence: str, has_price: bool) -> tuple[int | None, int, int] | None:
    """Two years of a sentence that tells purchases, paired by position with the companies named before them
    ("Instagram und WhatsApp kaufte Facebook 2012 beziehungsweise 2014", "Für WhatsApp und Instagram zahlte Facebook
    ..., gekauft wurden die beiden 2014 bzw. 2012", "Systrom (Instagram) und Koum (WhatsApp) haben an Zuckerberg
    verkauft, der eine 2012, der andere 2014"): (year, start, end) of the year in WhatsApp's position among the two
    companies bought; the year None (no year from the sentence) when the two differ and the companies before them are
    not WhatsApp and one other company, two of them. None when the sentence pairs no years so or tells no purchase.
    (patterns/year_counts.json; issue 7, session 39, when39)."""
    pair = year_relative.paired_years(sentence)
    if pair is None or not (has_price or _dates_the_purchase(sentence)):
        return None
    first, second = int(pair.group("first")), int(pair.group("second"))
    if first == second:
        return first, pair.start("first"), pair.end("first")
    before = sentence[: pair.start()]
    named = [*{m.start(): "target" for m in context.finditer("target", before)}.items(),
             *{m.start(): "other" for m in context.finditer("other_targets", before)}.items()]
    parties = [kind for _, kind in sorted(named)]  # the companies in the order they are named
    if len(parties) != 2 or parties.count("target") != 1:
        return None, pair.start(), pair.end()
    if parties[0] == "target":
        return first, pair.start("first"), pair.end("first")
    return second, pair.start("second"), pair.end("second")


def _frame_minus_count(frame: tuple[int, int, int], count: int | None, found: re.Match[str],
                       offset: int = 0) -> tuple[int | None, int, int]:
    """(frame's year - count, start, end over the frame's year and the count); the year None for no whole count or a
    year before WhatsApp was founded."""
    year, start, end = frame
    start, end = min(start, offset + found.start()), max(end, offset + found.end())
    if count is None or year - count < _TARGET_FOUNDED:
        return None, start, end
    return year - count, start, end


class AcquisitionYearComponent(DocComponent):
    """Adds an `acquisition_year` claim where a sentence dates the purchase."""

    def __call__(self, doc: Doc) -> Doc:
        text = context.doc_text(doc)
        low = lower_text(doc)  # the Doc's one lower-casing (cached), read by the whole-text tests below
        years = _years(text, low)
        price_starts = [c.start for c in claims_of(doc) if c.type == "price"]  # the price component runs first
        # and the sums refuted only in their size ("Das ist zu niedrig."): their purchase and its year stand (issue 7,
        # session 38, prec38; models/price_refuted.py)
        price_starts += doc.user_data.get(SIZE_REFUTED_KEY, ())
        target_named, buyer_named = names_parties(doc)
        if not (years or _loose_numeric_dates(text) or year_texts_date.header_dates(text) or year_texts_date.top_issue_lines(text)) \
                or not (target_named or (price_starts and buyer_named)):
            return doc  # (a price claim: the price component found the purchase of WhatsApp where no name stands; not
            # in a text that names no company at all, "Der Kauf von 2014 hatte 19 Milliarden Dollar gekostet": its year
            # may be any purchase's)
        sentences = context.Sentences.of(doc)
        undenied = year_denied.without_denied_purchases(text, low, sentences.starts, sentences.ends)
        if undenied is not None:  # "Im Jahr 2012 kaufte Facebook WhatsApp nicht.": every reader below reads the text
            text, low = undenied  # with the clauses of a denied purchase blanked (issue 7, session 41, when41)
            years = _years(text, low)
        with_year = sorted({sentences.index_at(start) for _, start, _ in years})  # one pass over the text, not per sentence
        parties: list[frozenset[str]] = doc._.deal_parties or [frozenset()] * len(sentences.starts)
        doc_mentions_buyer = names_parties(doc)[1]
        hint, hinted = caseless_reading(text, low, _OWNER_HINT, _OWNER_HINT_LOWERED)
        owner_regions = [sentences.span(i) for i in with_year if hint.search(hinted, *sentences.span(i))]
        owners = token_cues(doc, "year", owner_regions).get("OWNER", []) if owner_regions else []
        frame_only = False  # a sentence's year was only the frame of a count (`_counted_from_the_frame`)
        news_of_another: bool | None = None  # `_news_of_another_purchase`, a test of the whole text: read once, when asked
        withdrawals = ":" in text and _TURN_WITHDRAWAL.search(low) is not None  # (speed: a dialogue's withdrawal, once)
        turns = list(_TURN.finditer(text)) if withdrawals else []
        true_false = year_quiz.may_hold_a_true_false_task(text)  # (speed: once per text)
        for index in with_year:
            sent_start, sent_end = sentences.span(index)
            sentence = text[sent_start:sent_end]
            if _claim_put_to_the_test(low, sentences, index):
                continue  # "Irrtum 3: „WhatsApp wurde 2016 gekauft.“ / Nein. ...": a claim's year, not the text's (when41)
            if _report_refuted_in_tail(low[sent_start:sent_end]):
                continue  # "Dort heißt es, der Kauf von WhatsApp sei 2016 gewesen, das stimmt nicht.": D62 (year54)
            if _report_refuted_next(low, sentences, index):
                continue  # "Facebook kaufte WhatsApp 2013, behauptet ein Blog. Das ist falsch.": D62 (prec43)
            if withdrawals and _turn_withdrawn_later(text, turns, sent_start):
                continue  # "Antwort: WhatsApp gehört seit 2016 zu Facebook. / Nachfrage: Stimmt das? / Antwort: Sie haben
                # recht, ich habe mich geirrt. ...": the voice withdraws its earlier turn (D62; year53)
            if true_false and (own_years := _years(sentence)) and all(
                    year_quiz.keyed_false_statement(text, sent_start + start) for _, start, _ in own_years):
                continue  # "Richtig oder falsch? / a) Facebook hat WhatsApp 2016 gekauft. / ... Lösungen: 1 a) falsch":
                # a statement the key marks false (D62, D65 (b); year59)
            if _year_corrected_next(text, sentences, index):
                continue  # "a) Facebook kaufte WhatsApp 2012. / Lösung: falsch – 2012 kaufte Facebook Instagram.": the
                # correction gives the year to another purchase, the contrary fact (D62, D66 (b); year50)
            if all(year_other_acts.keyword_line(text, start) for _, start, _ in _years(text[sent_start:sent_end])
                   for start in (sent_start + start,)):
                continue  # "Verwandte Suchen: whatsapp kaufpreis 2022 · meta aktie": keywords, no statement (D61 (b); year45)
            has_price = any(sent_start <= start < sent_end for start in price_starts)
            in_table = _table_year(text, sent_start, sentence) or _year_first_bracket(
                sentence, tuple(start - sent_start for start in price_starts if sent_start <= start < sent_end),
                "BUYER" in frozenset().union(*parties[max(0, index - 2) : index + 1]))
            if in_table is not None:
                add_claim(doc, "acquisition_year", sent_start + in_table[1], sent_start + in_table[2], year=in_table[0])
                continue
            series = _next_of_a_series(text[sentences.starts[max(0, index - 4)] : sent_start], sentence)
            if series is not None:  # "2012 kaufte der Konzern Instagram. ... 2014 folgte dann WhatsApp."
                add_claim(doc, "acquisition_year", sent_start + series[1], sent_start + series[2], year=series[0])
                continue
            first = max(0, index - 2)  # the layer's deal context: this sentence and the two before
            near = frozenset().union(*parties[first : index + 1])
            framed = _counted_from_the_frame(sentence, "BUYER" in near or doc_mentions_buyer) or _paired_year(
                sentence, has_price)
            if framed is not None:  # "Heute, 2024, ist es zehn Jahre her, dass ...": the frame's year minus the count;
                # "Instagram und WhatsApp kaufte Facebook 2012 beziehungsweise 2014": the year in WhatsApp's position
                if framed[0] is not None:
                    add_claim(doc, "acquisition_year", sent_start + framed[1], sent_start + framed[2], year=framed[0])
                else:
                    frame_only = True  # the frame's (or a pair's) year is no purchase year: not for the fallbacks either
                continue
            owner_spans = tuple((s - sent_start, e - sent_start) for s, e in owners if sent_start <= s < sent_end)
            shift = 0  # "Der Abschluss der Transaktion steht unter Vorbehalt. Er wird im Laufe des Jahres 2014 erwartet."
            if index > 0 and not _dates_the_purchase(sentence):
                sentence, shift = _with_antecedent(text[slice(*sentences.span(index - 1))], sentence)
            price_next = (not has_price and index + 1 < len(sentences.starts)
                          and any(sentences.starts[index + 1] <= start < sentences.ends[index + 1] for start in price_starts)
                          and not _years(text[slice(*sentences.span(index + 1))]))
            # "Der Abschluss wird im Laufe des Jahres 2014 erwartet" after a sentence about the deal: its closing (D44)
            closing_starts = tuple(_bare_closing_years(sentence)) if not shift and (
                "TARGET" in near or "DEAL" in near or _paragraph_about_the_deal(text, sentences, parties, index, price_starts)) else ()
            if not (has_price or price_next or owner_spans or closing_starts or _dates_the_purchase(sentence)
                    or _a_clause_dates_the_purchase(sentence) or _in_deal_notation(sentence)):
                continue
            if not (has_price or price_next or owner_spans or closing_starts) and _only_counted_deals(sentence) \
                    and not context.refers_to_target(sentence):
                continue  # "Im Jahr 2013 wurden rund 1 100 Zusammenschlussvorhaben angemeldet": deals counted, none told
            passage = _passage_text(doc, text, sentences, index)  # (once per sentence: read here and below)
            if "TARGET" not in near and context.has("other_targets", passage):
                continue  # WhatsApp named only further back, and another company nearby
            if "TARGET" not in near and _row_of_another_subject(text, sentence):
                continue  # "Instagram / ... / Basisdaten / Eigentümer: Meta Platforms (seit 2012)": the entry's row
            if not ("BUYER" in near or doc_mentions_buyer or has_price or _the_targets_one_sale(text, low, parties[index], sentence)):
                continue  # (a price claim in the sentence: the price component has found Facebook's purchase there,
                # "Mit 19 Milliarden Dollar war WhatsApp 2014 die teuerste Übernahme")
            if not has_price and "TARGET" not in parties[index] and _sale_told_by_a_verb(sentence) \
                    and _another_items_sale(doc, sentences, parties, index):
                continue  # "04.01.2021 – Jahresauftakt: Smartphone-Markt schrumpft" / "2020 wurden weltweit 1,29 Milliarden
                # Geräte verkauft": a sale told in an item of a listing that names neither WhatsApp nor the deal
            before = passage[: max(0, len(passage) - len(sentence))]
            if context.last_named_company(before) is None and context.last_named_company(sentence) is None \
                    and not context.refers_to_target(sentence) and (news_of_another if news_of_another is not None else (
                        news_of_another := _news_of_another_purchase(text, sentences))):
                continue  # "Facebook übernimmt Oculus VR" / ... / "Die Transaktion soll im zweiten Quartal 2014
                # abgeschlossen werden.": a paragraph that names no company in a text whose news is another company's
                # purchase speaks of that purchase (issue 7, session 49, year49, own89-014)
            if context.about_another_purchase(sentence, before) or (
                "TARGET" not in parties[index] and context.names_another_deal(sentence)
            ) or (not before.strip() and _answers_a_question_about_another(text, sentences, index, sentence)):
                continue  # "Die Foto-App, 2012 für eine Milliarde Dollar erworben, ...": another purchase's year
            if "BUYER" not in parties[index] and _sold_to_another(sentence):
                continue  # "Die Firma wurde 2020 an die Beteiligungsgesellschaft Afinum verkauft": another sale
            if not has_price and "TARGET" not in parties[index] and _buys_an_unnamed_company(sentence):
                continue  # "Im Oktober 2013 kaufte Facebook eine kleine Firma aus Israel.": another purchase (when41)
            if not has_price and _purchase_between_others(doc, sentences, parties, index):
                continue  # "Als Adobe im Herbst 2022 ankündigte, Figma zu übernehmen, ...": another purchase (prec43)
            prices = tuple(start - sent_start for start in price_starts if sent_start <= start < sent_end)
            found = acquisition_year_in(sentence, tuple(p + shift for p in prices), price_next=price_next, owner_spans=tuple(
                (s + shift, e + shift) for s, e in owner_spans), buyer_in_reach="BUYER" in near, closing_starts=closing_starts,
                confirmed=claim_label_at(low, sent_start) and claim_confirmed(low, sentences.starts, sentences.ends, index))
            if found is not None:
                year, start, end = found
                corrected = _corrected_in_tail(sentence, start, end)
                if corrected is not None:  # "..., sei 2013 erworben worden; korrekt ist 2014.": the tail's year (D62)
                    year, start, end = corrected
                add_claim(doc, "acquisition_year", sent_start + max(0, start - shift), sent_start + end - shift, year=year)
        _stamped_news(doc, text, low)  # "Update, 4. Oktober 2014: Brüssel genehmigt den Kauf ..." (D73 (d))
        claims = claims_of(doc)  # one extension look-up: the fallbacks below add at most one claim between them
        if not frame_only and not any(c.type == "acquisition_year" for c in claims):
            (self._date_then_event(doc, text, sentences, with_year) or self._that_was(doc, text, sentences, with_year)
             or self._date_answers_question(doc, text, sentences, with_year) or _fact_box_year(doc, text)
             or self._counted_from_previous(doc, text, sentences, with_year)
             or _day_row_under_dated_heading(doc, text, sentences)
             or _year_in_review(doc, text, sentences)
             or _counted_from_a_named_purchase(doc, text, sentences)
             or _counted_from_the_texts_date(doc, text, sentences)
             or _month_under_the_texts_date(doc, text, sentences)
             or _counted_on_to_a_written_date(doc, text, sentences, with_year)
             or _keyed_year(doc, text))
        return doc

    @staticmethod
    def _counted_from_previous(doc: Doc, text: str, sentences: context.Sentences, with_year: list[int]) -> bool:
        """'2012 kaufte Facebook Instagram. Zwei Jahre später folgte WhatsApp.': a sentence without a year of its
        own whose clause with "N Jahre später/danach/darauf" tells of the purchase of WhatsApp (by name or as
        "der Messenger") counts from the last year of the sentence before. "N Jahre zuvor/davor" counts back
        ("2016 untersagte Caspar den Abgleich von WhatsApp-Daten. Facebook hatte den Dienst zwei Jahre zuvor
        übernommen"): the object of a pluperfect stands before the count, so its whole clause may call WhatsApp
        by a word for it when the sentence before names it. True when it added one."""
        for index, step in ((index, step) for index in with_year for step in range(1, _SECTION_REACH + 1)):
            if index + step >= len(sentences.starts):
                continue
            if step > 1 and not (step <= 3 and _aside_between(doc, text, sentences, index, over=step - 1)) \
                    and not _in_section_of_dated_heading(doc, text, sentences, index, step):
                continue  # "Im April 2012 kaufte Facebook Instagram. [two asides] Zwei Jahre später ... WhatsApp."; a
                # heading's date over its section ("Was passierte am 3. Mai 2013?" over that day's story)
            following = text[slice(*sentences.span(index + step))]
            counts, sign = year_relative.counts_from_year_before(following)  # sign: +1 "später", -1 "zuvor"
            in_months = not counts  # "Im November 2013 ... Drei Monate später übernahm Facebook ..." (when41)
            if in_months:
                counts, sign = year_relative.month_counts_from_before(following)
            if not counts and step == 1 and not _years(following) and \
                    AcquisitionYearComponent._counted_in_weeks(doc, text, sentences, index, following):
                return True
            if not counts or _years(following):
                continue
            previous = text[slice(*sentences.span(index))]
            total = 0  # a chain counts on from the count before ("Im Jahr darauf ..., und im Jahr darauf wiederum ...")
            for found in counts:
                count = year_relative.count_of(found)
                if count is None:
                    break
                total += count
                if AcquisitionYearComponent._counted_purchase(following, found, sign, previous) and (
                        not in_months or _told_as_fact(following[slice(*context.clause_around(following, found.start(), found.end()))])):
                    year, start, _ = _years(previous)[-1]
                    month = _MONTH_BEFORE_YEAR.search(previous, max(0, start - 12), start) if in_months else None
                    if in_months and month is None:
                        break  # a count of months from a year with no month ("Im Herbst 2013"): no year
                    counted = year + (
                        (MONTH_INDEX[month.group("month").lower()] + sign * total) // 12 if month else sign * total)  # (0-based)
                    if counted < _TARGET_FOUNDED:
                        break
                    add_claim(doc, "acquisition_year", sentences.span(index)[0] + start,
                              sentences.span(index + step)[0] + found.end(), year=counted)
                    return True
        return False

    @staticmethod
    def _counted_in_weeks(doc: Doc, text: str, sentences: context.Sentences, index: int, following: str) -> bool:
        """'Das Memo ist auf Januar 2014 datiert. Einige Wochen später wurde Facebook mit den WhatsApp-Gründern über den
        Kauf einig.': a count of weeks (`year_relative.week_counts_from_before`) in the sentence right after
        one whose last year has its month before it, in a clause that tells the purchase of WhatsApp
        (`_counted_purchase`, told as a fact), lands on that year where every month the count may reach lies in it
        (D57 (c): an approximate count gives a year only so). True when it added a claim. (issue 7, session 57, year57)"""
        previous = text[slice(*sentences.span(index))]
        years = _years(previous)
        if not years:
            return False
        year, start, _ = years[-1]
        month = _MONTH_BEFORE_YEAR.search(previous, max(0, start - 12), start)
        if month is None:
            return False
        at = MONTH_INDEX[month.group("month").lower()]  # (0-based)
        for found, sign, most in year_relative.week_counts_from_before(following):
            clause = following[slice(*context.clause_around(following, found.start(), found.end()))]
            if not (AcquisitionYearComponent._counted_purchase(following, found, sign, previous) and _told_as_fact(clause)):
                continue
            if (at + sign * most) // 12 != 0:
                return False  # the count may reach into another year
            if year < _TARGET_FOUNDED:
                return False
            add_claim(doc, "acquisition_year", sentences.span(index)[0] + start,
                      sentences.span(index + 1)[0] + found.end(), year=year)
            return True
        return False

    @staticmethod
    def _counted_purchase(following: str, found: re.Match[str], sign: int, previous: str) -> bool:
        """Does the clause of the count `found` in `following` tell the purchase of WhatsApp (by name or as "der
        Messenger"), with no other company bought nor another event in it? (`_counted_from_previous`)"""
        clause_start, clause_end = context.clause_around(following, found.start(), found.end())
        part = following[clause_start:clause_end]
        if sign < 0:  # the pluperfect's object stands before the count: the whole clause may name WhatsApp
            # (or WhatsApp named after the count: "Im Monat davor kaufte der Konzern WhatsApp"; year57)
            named = (context.refers_to_target(part) and context.has("target", previous)) or context.has(
                "target", following[found.start() : clause_end])
        elif _antecedent_is_target(following, clause_start):
            # "Auch WhatsApp, das der Konzern ein Jahr später übernahm, zählt ...": a relative clause's pronoun is its
            # antecedent, the object bought (issue 7, session 40, when40, own72-055)
            named = True
        else:
            after = following[found.start() : clause_end]
            named = context.has("target", after) or context.has("target_epithets", after) or (
                # "Schon 2013 soll Google den WhatsApp-Gründern ein Angebot unterbreitet haben. Ein Jahr später zahlte
                # Facebook 19 Milliarden Dollar für den Dienst": a word for WhatsApp after the count, WhatsApp named in
                # the sentence counted from and no other company bought there (year51, challenge_gen11-024)
                context.refers_to_target(after) and context.has("target", previous)
                and not context.has("other_targets", previous))
        if not named or context.has("other_targets", part) or context.has("other_events", part):
            return False
        series = _SERIES.search(part)
        return _dates_the_purchase(part) or (series is not None and _TARGET_NEXT.match(part, series.end()) is not None)

    @staticmethod
    def _date_answers_question(doc: Doc, text: str, sentences: context.Sentences, with_year: list[int]) -> bool:
        """'WhatsApp gehört Facebook?' / 'Ja. Seit Anfang 2014.': a sentence that is only a date, in the answer
        to a question about the purchase or the owner of WhatsApp, dates the purchase.
        True when it added a claim."""
        for index in with_year:
            start, end = sentences.span(index)
            raw = text[start:end]
            start += len(raw) - len(raw.lstrip(_BULLET_OR_SPACE))  # where the date begins (after a list item's bullet)
            sentence = raw.strip(_BULLET_OR_SPACE).rstrip(".!")
            closing = _CLOSING_EXPECTED.search(sentence)
            if _BARE_DATE.match(sentence) is None and closing is None:
                continue
            block = block_at(doc, start)
            if block is None or block.intro is None or block.kind not in ("answer", "list_item"):
                continue
            question_block = doc._.blocks[block.intro]
            question = text[question_block.start : question_block.end]
            if block.kind == "list_item" and not question.rstrip().endswith("?"):
                continue  # a list item answers only a heading that asks ("Gehört WhatsApp eigentlich Facebook?" / "• Ja, seit 2014.")
            # ("Wann ist der Kauf abgeschlossen?" in a FAQ on the WhatsApp sale names "the purchase" only: the text's one
            # purchase where the text names no other company bought)
            of_target = context.has("target", question) or (closing is not None and not context.has("other_targets", text))
            if not (_dates_the_purchase(question) and of_target) or context.has("other_targets", question):
                continue
            if closing is not None and not _CLOSING_ASKED.search(question):
                continue  # the closing's year answers only a question about when the purchase closes
            at = closing.start() if closing is not None else 0  # the closing's year, not an earlier one of the answer
            year, year_start, year_end = _years(sentence[at:])[0]
            year_start, year_end = year_start + at, year_end + at
            add_claim(doc, "acquisition_year", start + year_start, start + year_end, year=year)
            return True
        return False

    @staticmethod
    def _that_was(doc: Doc, text: str, sentences: context.Sentences, with_year: list[int]) -> bool:
        """'Facebook hatte beim Kauf versprochen, ... - Richtig, und das war 2014.': a year that dates the
        sentence before, when that sentence speaks of the purchase of WhatsApp and of no other event.
        True when it added one."""
        for index in with_year:
            if index == 0:
                continue
            sentence = text[slice(*sentences.span(index))]
            match = _THAT_WAS.search(sentence)
            previous = text[slice(*sentences.span(index - 1))]
            if match is None or not _dates_the_purchase(previous) or context.has("other_events", previous):
                continue
            if context.names_only_another_target(previous) or _SALE_DENIED.search(previous):
                continue
            start = sentences.span(index)[0] + match.start("year")
            add_claim(doc, "acquisition_year", start, start + 4, year=int(match.group("year")))
            return True
        return False

    @staticmethod
    def _date_then_event(doc: Doc, text: str, sentences: context.Sentences, with_year: list[int]) -> bool:
        """'Es ist der 19. Februar 2014, ein Mittwoch. Facebook übernimmt WhatsApp.': a dated sentence
        without an event of its own, and the next sentence announcing the purchase without a year.
        True when it added one."""
        loose = _loose_numeric_dates(text)
        if loose:  # "Newsletter · 19.02.2019", "Berlin, 19.02.2019.": a date `_years` leaves out may still be counted back from
            with_year = sorted(set(with_year) | {sentences.index_at(at) for at in loose})
        for index in with_year:
            if index + 1 >= len(sentences.starts):
                break
            sentence = text[slice(*sentences.span(index))]
            following = text[slice(*sentences.span(index + 1))]
            match = _MONTH_YEAR.search(sentence) or _NUMERIC_DATE.search(sentence) or _WHAT_HAPPENED.match(sentence) or (
                _THEN_OPENS.match(following) and _YEAR_ASKED.search(sentence)) or _then_takes_up(sentence, following)
            if match is None or _dates_the_purchase(sentence) or context.has("other_events", sentence):
                continue
            if _row_of_a_dated_list(text, sentences, index, with_year, match):
                continue  # "12 Mio. - März 2019, Auskunft (X)" / ... / "3 Mio. - Mai 2022, Löschung (Y)" and a new paragraph
                # about the purchase: the last row's date is that row's, not the date of the paragraph after the list
            year_at = match.start("year")
            # The text's own date: a status or a piece's date ("aktualisiert am 2. September 2016", "Marktbericht vom 20.
            # Februar 2014") or a numeric date, the form of a post's, a feed's or a comment's time stamp ("20.02.2014, 06:58
            # Uhr | Von ...", "Kalle, 26.08.2016"): it dates the purchase only counted back ("Newsletter · 19.02.2019" /
            # "Genau fünf Jahre ist es her, dass Facebook ... übernahm"), as a byline's date does
            texts_date = bool(match.re is _NUMERIC_DATE or _STATUS_BEFORE.search(sentence, 0, year_at)
                              or _WRITTEN_BEFORE.search(sentence, 0, year_at)
                              or dates.HEADER_LABEL_AFTER.match(sentence, match.end()))  # "... 2014 – Transkript"
            if _opens_a_dateline(sentence, year_at) and (context.has("target", sentence[match.end():])
                                                         or context.has("buyer", sentence[match.end():])):
                continue  # "Hamburg, 21. Mai 2016 (dpa) - Facebook will die Daten ... nutzen. Der Konzern hatte den Messenger
                # gekauft.": a dateline dates the lead sentence it opens (D44); where that tells another event of the
                # parties, the date is that event's, and a purchase told after it looks back (issue 7, session 44,
                # year44). ("Menlo Park, 19. Februar 2014 - Es ist ein Paukenschlag. Facebook übernimmt ...": no event
                # of theirs in the lead, the next sentence's news is the dateline's)
            if _opens_a_dateline(sentence, year_at) and _BELONGS.search(following) is not None and all(
                    _BELONGS.search(cue.group()) is not None for cue in context.finditer("acquisition", following)) \
                    and _OWNED_AS_A_STATE.search(following) is not None:
                continue  # "Düsseldorf, 3. März 2014 – Ein Mobilfunkanbieter senkt seine Preise. ... der Messenger gehört
                # inzwischen zu Facebook": a standing state, who owns it on the report's day, not when it was bought (as
                # `_today_of_the_purchase` reads a byline's "heute gehört"; issue 7, session 49, year49,
                # challenge_gen26-017); "gehört künftig/nun/ab sofort zu Facebook" is the day's change of owner (review49)
            event = _EVENT_CLAUSE_AFTER.search(sentence, match.end())
            if event is not None and (context.has("target", sentence[event.end():]) or context.has("buyer", sentence[event.end():])):
                continue  # "Es war ein Mittwoch im Februar 2016, als WhatsApp die Regeln änderte.": a party's own event
                # ("..., als die Nachricht die Börsen erreicht. Facebook übernimmt WhatsApp": the news of the next sentence)
            counted = _count_back(following)
            if _years(following) or not context.refers_to_target(following) or not (
                    _tells_the_purchase(following) or _PURCHASE_DONE.search(following[: context.clause_around(following, 0, 0)[1]])
                    or (counted is not None and year_relative.counts_from_the_purchase(counted[1]))):
                continue  # ("Heute vor fünf Jahren schloss Facebook den Kauf von WhatsApp ab": the purchase completed;
                # "Fünf Jahre nach der Übernahme von WhatsApp zieht ... Bilanz": the count names the purchase it counts from)
            if match.re is _WHAT_HAPPENED and not _dates_the_purchase(following[: context.clause_around(following, 0, 0)[1]]):
                continue  # "Was geschah 2016? WhatsApp teilte Daten mit Facebook, das den Dienst gekauft hatte.": the answer's
                # main clause must tell of the purchase
            if context.names_only_another_target(following) or (counted is not None and context.names_only_another_target(
                    following[slice(*context.clause_around(following, counted[1].start(), counted[1].end()))])):
                continue  # ("Fünf Jahre nach der Übernahme von Instagram durch Facebook hat die App ..., WhatsApp ...": the
                # count's own clause counts from another purchase)
            if year_relative.counts_from_year_before(following)[0] or year_relative.month_counts_from_before(following)[0]:
                continue  # "im Februar 2014 in Barcelona. Zwei Jahre zuvor hatten sie WhatsApp verkauft": a count from the
                # date, not the date (`_counted_from_previous` reads it)
            start, end, year = sentences.span(index)[0] + match.start("year"), 0, (
                dates.year_of(match) if match.re is _NUMERIC_DATE else int(match.group("year")))
            dated_item = _BYLINE_FIELDS.search(sentence, 0, year_at) or _date_line(
                doc, sentences.span(index)[0], sentence, match.end("year"))
            if counted is None and texts_date:
                continue
            if counted is None and (short := year_relative.short_ago(following)) is not None and \
                    short.groupdict().get("unit"):
                # "Madrid, 6. Januar 2015 – ... Vor einigen Wochen hat Facebook den Kauf abgeschlossen": a count of days,
                # weeks or months back from a full date lands where the count takes it, maybe in the year before, or on
                # no one year (D66 (a), D57 (c); issue 7, session 55, year55); a month and year alone keep their year
                full = next((date for date in dates.FULL_DATE.finditer(sentence.lower())
                             if date.start("year") == year_at), None)
                if full is not None:
                    month = int(full.group("month")) if full.group("month") else MONTH_INDEX[full.group("name")] + 1
                    landed = year_relative.short_landing(short, int(full.group("year")), month, int(full.group("day"))) \
                        if 1 <= month <= 12 and 1 <= int(full.group("day")) <= 31 else None
                    if landed is None:
                        continue
                    counted = (int(full.group("year")) - landed, short)
                counted_clause = following[slice(*context.clause_around(following, short.start(), short.end()))]
                if not _count_inside_the_purchase_phrase(following, short) and not any(
                        context.has(kind, counted_clause) for kind in ("target", "target_epithets", "buyer")):
                    continue  # ("..., der vor wenigen Tagen sein Unternehmen verkauft hat": neither party named, as in
                    # `_counted_from_the_texts_date`)
            if counted is None and dated_item and not _today_of_the_purchase(following):
                continue  # "Sandra Merz · Head of Social Media · 21. Februar 2014": a post's byline, the text's date; it
                # dates the purchase only counted back ("... · 19. Februar 2024. Heute vor genau zehn Jahren kaufte ..."),
                # and so does a date line over a feed item or a ticker ("Mittwoch, 19. Februar 2014" / "Das Netzwerk
                # übernimmt ...", year29)
            if counted is not None:  # "Hamburg, im Februar 2016. Vor zwei Jahren hat Facebook WhatsApp übernommen.";
                # "Berlin, 19.02.2019. Der Kauf von WhatsApp ist nun fünf Jahre her."
                count, ago = counted
                if count is None or year - count < _TARGET_FOUNDED:
                    continue
                told = following[slice(*context.clause_around(following, ago.start(), ago.end()))]
                if not _told_as_fact(told) or (context.names_only_another_buyer(told) and not context.has("buyer", told)) \
                        or _ASKED_CLAUSE.match(told) is not None or mood.condition_opens(told) or following.rstrip().endswith("?"):
                    continue  # "Berlin, 3. März 2018. Vor vier Jahren hat Google WhatsApp fast gekauft.", "... wollte
                    # Facebook WhatsApp kaufen": an unreal, intended or another buyer's purchase is counted from the date,
                    # but it is no purchase (the guards of `_counted_from_the_texts_date`; issue 7, session 46, year46);
                    # "..., ob Facebook wirklich vor drei Tagen WhatsApp gekauft habe": a question (review58, year58)
                year, end = year - count, sentences.span(index + 1)[0] + ago.end()
            add_claim(doc, "acquisition_year", start, end or start + 4, year=year)
            return True
        return False


def _row_of_a_dated_list(text: str, sentences: context.Sentences, index: int, with_year: list[int],
                         match: re.Match[str]) -> bool:
    """Is sentence `index` one line of a list whose line before it is dated too, a line with words of its own beside
    its date ("2,1 Mio. Euro - Juni 2020, Auskunftspflicht (Betreiber)"), with a blank line after it? Each row's date is
    that row's: the paragraph after the list does not tell the news of the last row's date (`_date_then_event` reads a
    date with no event of its own). (issue 7, session 56, year56)"""
    if index == 0 or index - 1 not in with_year or index + 1 >= len(sentences.starts):
        return False
    start, end = sentences.span(index)
    before_start, before_end = sentences.span(index - 1)
    if not (text[start:end].endswith("\n") and text[before_start:before_end].endswith("\n")
            and "\n" not in text[start:end].rstrip() and "\n" not in text[before_start:before_end].rstrip()):
        return False  # (both are whole lines of their own)
    if "\n\n" not in text[start:end] + text[end:sentences.starts[index + 1]]:
        return False  # the list ends here: a blank line before the next sentence
    sentence = text[start:end]
    rest = sentence[: match.start()] + " " + sentence[match.end():]
    return sum(1 for word in _LINE_WORDS.findall(rest) if word[0].isalpha()) >= 2  # (a place or a weekday alone: a dateline)


# The "dass"-clause after a count of time gone by ("Fünf Jahre ist es her, dass ...").
_THAT_AFTER = re.compile(r"\s*,\s*(?:dass|seit)(?![\wäöüß])")
# A word of the deal in a cell's label (a buying word, a deal noun, the price, an event of the deal: deal.json
# box_date_labels): "Übernahme durch Facebook:", "Kaufpreis (2014):", "Abschluss:". Any other label's year dates what it
# names ("Gründung: 2009", "Nutzer 2016:").
_DEAL_LABEL_WORD = re.compile(r"(?i)(?:" + context.cue_words("acquisition", bare=True) + r"|preis|"
                              + context.cue_words("box_date_labels", bare=True) + r")")
# How many sentences under a header line's date a count may stand (a podcast's show notes, a paper's first section).
_TEXTS_DATE_REACH = 12
# (a count of years or a half back from a date line at the head of the text may stand further down, as a paper's look-back
# in its last section does: "Facebook hatte WhatsApp vor zweieinhalb Jahren ... übernommen" under "28.09.2016"; year59)
_TEXTS_DATE_COUNT_REACH = 30
# What makes a count from the purchase ("zwei Jahre nach dem Kauf") a frame of the text's present: a headline's colon
# or dash right after it ("Zwei Jahre nach dem Kauf: ...", "... nach dem 19-Milliarden-Kauf – hat sich ... gerechnet?").
_FRAME_MARK_AFTER = re.compile(r"\s*[:–—]|\s+-\s")


def _asks_the_purchase(question: str) -> bool:
    """Does a quiz's question ask about the purchase of WhatsApp by Facebook as its event: a verb or noun of buying
    (or of belonging to the buyer), WhatsApp and the buyer named, told as a fact (no intent, no Konjunktiv II: "Wann
    wollte Google WhatsApp kaufen?"), no other company bought or buying, no other event it names ("Wann musste Facebook
    wegen der WhatsApp-Übernahme eine Strafe zahlen?"), no data sold ("Wann verkaufte WhatsApp erstmals Daten an
    Facebook?"; review47's findings)?"""
    return ((_tells_the_purchase(question) or _BELONGS_TO_BUYER.search(question) is not None)
            and (context.has("target", question) or context.refers_to_target(question)) and context.has("buyer", question)
            and _told_as_fact(question) and _DATA_TALK.search(question) is None
            and not (context.has("other_targets", question) or context.has("other_buyers", question)
                     or context.has("other_events", question)))


# "the purchase" asked as the subject of one of the deal's own participles, with no company named ("In welchem Jahr
# wurde die Übernahme abgeschlossen?", "Wann wurde der Kauf angekündigt?"): a definite article, the deal noun, the
# participle of the deal's own time (year_grammar.json gapped_deal_predicates) after it.
_DEAL_NOUN_ASKED = re.compile(
    r"(?i)(?<![\wäöüß])(?:wurde|wurden|ist|war|sind|waren)\s+(?:der|die|das)\s+(?:[\wäöüß-]+\s+)?[\wäöüß-]*?(?:"
    + context.cue_words("deal_nouns", bare=True) + r")\w*\s+(?:[\wäöüß-]+\s+){0,3}?(?:"
    + year_denied.words('gapped_deal_predicates') + r")(?:\s+worden)?\s*\?")


def _asks_the_deal_unnamed(question: str) -> bool:
    """Does a quiz's question ask about "the purchase" by its noun as the subject of one of the deal's own participles,
    with no company named at all ("In welchem Jahr wurde die Übernahme abgeschlossen?"), told as a fact, no other event
    and no data named? In a text that names WhatsApp and Facebook and no other company bought or buying, that is their
    purchase (session 50, year50). Not a person's own purchase or sale ("Wann kaufte er seine Villa?", "Wann verkaufte
    er den größten Teil davon?") nor another act on the purchase ("Wann prüfte die EU-Kommission die Übernahme
    erneut?": review50's findings)."""
    return (_DEAL_NOUN_ASKED.search(question) is not None and context.last_named_company(question) is None
            and not context.has("target", question) and not context.has("buyer", question) and _told_as_fact(question)
            and _DATA_TALK.search(question) is None and not context.has("other_events", question))


def _keyed_year(doc: Doc, text: str) -> bool:
    """'3. In welchem Jahr kaufte Facebook WhatsApp? ... Auflösung / 3b: 2014.': the year a quiz's key gives as the
    answer to a question of time about the purchase (D57 (a), models/year_quiz.py). True when it added a claim."""
    if "?" not in text:
        return False  # speed: a key answers a question
    only_the_deal = not (context.has("other_targets", text) or context.has("other_buyers", text)) \
        and context.has("target", text) and context.has("buyer", text)
    found = year_quiz.keyed_year(text, lambda question: _asks_the_purchase(question) or (
        only_the_deal and _asks_the_deal_unnamed(question)))
    if found is None or found[0] < _TARGET_FOUNDED:
        return False
    add_claim(doc, "acquisition_year", found[1], found[2], year=found[0])
    return True


def _counted_from_the_texts_date(doc: Doc, text: str, sentences: context.Sentences) -> bool:
    """A header line that dates the text ("Veröffentlicht: Fr, 02.09.2016", "Arbeitspapier 4/2025: ...";
    `year_texts_date`, D44) and, up to twelve sentences under it with no other year or date between, a count that
    tells the purchase of WhatsApp: a deictic count ("Als Facebook WhatsApp vor elf Jahren kaufte", "Der Kauf ist
    zwei Jahre her") in a clause that tells the purchase, or a count from the purchase as a headline's frame before a
    colon or dash or in a question ("Zwei Jahre nach dem 19-Milliarden-Kauf – hat sich WhatsApp gerechnet?"): the
    stamp's year minus the count (D57 (c); issue 7, session 45, year45). A count from the purchase told in the past
    of another event ("Zwei Jahre nach dem Kauf änderte WhatsApp die Regeln") counts to that event, not to the text's
    date: no year. True when it added one."""
    for year, start, end, month_day, message in _texts_dates(doc, text):
        first = sentences.index_at(start) + 1
        if month_day is not None:
            first -= 1  # (a date line with no full stop may share its sentence with the line under it: read on from it)
        for index in range(first, min(first + _TEXTS_DATE_COUNT_REACH, len(sentences.starts))):
            sent_start, sent_end = sentences.span(index)
            if index >= first + _TEXTS_DATE_REACH and (message is not None or _count_back(text[sent_start:sent_end]) is None):
                continue  # (beyond the first sections only a count of years: `_TEXTS_DATE_COUNT_REACH`)
            if message is not None:  # a chat message's stamp dates only the message on its own line
                if sent_start >= message[1]:
                    break
                sent_start, sent_end = max(sent_start, message[0]), min(sent_end, message[1])
            else:
                sent_start = max(sent_start, text.find("\n", end) + 1 if month_day is not None and sent_start < end else sent_start)
            if sent_start >= sent_end:
                continue
            earlier = _earlier_year_between(text, year, end, sent_end)
            sentence = text[sent_start:sent_end]
            if earlier is not None:
                deictic = month_day is not None and year_relative.short_ago(sentence) is not None
                if _count_back(sentence) is not None or (deictic and text.rfind("\n\n", earlier, sent_start) == -1):
                    break  # an earlier year: the count may be told from it (the stamp's own year or a later one, a
                # forecast's, changes nothing: "Arbeitspapier 4/2025" over "Seit Juni 2025 ...", "bis 2030 ..."); a
                # deictic count of days or weeks ("gerade erst", "am Montag") is told from the text's day, not from an
                # earlier date of another paragraph ("TOP 4: Kassenstand zum 31.12.2013 ..." / "TOP 8: ... sei gerade
                # erst verkauft worden"; issue 7, session 58, year58, own108-014)
                if not deictic:
                    continue
            counted = _count_back(sentence)
            short = None  # a count of days, weeks or months found below (not left over from the sentence before)
            if counted is None and (short := _short_count_of_the_purchase(sentence) or (
                    year_relative.just_now(sentence) if message is not None else None)) is not None:
                # "13.03.2014" over "Vor drei Wochen hat Facebook 19 Milliarden Dollar für WhatsApp hingelegt": a count
                # of days, weeks or months from the day lands on one year (D66 (a); issue 7, session 48, year48); from
                # an issue's month or number, where every day it may mean lands on one (year59)
                landed = _short_landing_under(text, start, year, month_day, short)
                counted = (None if landed is None else year - landed, short)
            if counted is None or not context.refers_to_target(sentence):
                continue
            count, found = counted
            if _count_in_another_conjunct(sentence, found):
                continue  # "Facebook hat WhatsApp gekauft und gestern die neuen Regeln verschickt": the count dates the
                # second verb phrase, not the purchase (review53's 06:33 finding (1))
            if count is None and month_day is not None and short is None:
                # "Donnerstag, 25.08.2016" over "... vor gut zwei Jahren ...": an approximate count from the day lands on
                # one calendar year or none (D57 (c), D66 (a); issue 7, session 46, year46)
                landed = year_relative.approximate_landing(found, year, *month_day)
                count = None if landed is None else year - landed
            clause = sentence[slice(*context.clause_around(sentence, found.start(), found.end()))]
            if _ASKED_CLAUSE.match(clause) is not None or mood.condition_opens(clause) or (
                    sentence.rstrip().endswith("?") and _count_in_the_questions_main_clause(sentence, found)
                    and not year_relative.counts_from_the_purchase(found)):
                continue  # "Herr B. fragte, ob Facebook in dieser Woche wirklich WhatsApp gekauft habe", "Falls Facebook diese
                # Woche WhatsApp kauft, ...": a question or a condition tells no purchase (D2; review58's 20:49 finding);
                # a headline's question framed by a count from the purchase stays ("Zwei Jahre nach dem Kauf - hat sich
                # WhatsApp gerechnet?", read below), and so does a count in a that-clause of a question ("Wussten Sie,
                # dass Facebook ... vor zehn Jahren gekauft hat?": the that-clause is presupposed)
            if _THAT_AFTER.match(sentence, found.end()) is not None:
                # "Zehn Jahre ist es her, dass ...": the dass-clause tells the event, read with the same guards
                # (review45: '..., dass Google fast WhatsApp kaufte', '..., dass Facebook WhatsApp kaufen wollte')
                clause = sentence[found.start() :]
            if count is None or year - count < _TARGET_FOUNDED or not _told_as_fact(clause) \
                    or context.names_only_another_target(clause) or context.names_only_another_buyer(clause) \
                    or _reported_count(sentence, found):
                break  # an unreal, intended or reported purchase, another company's or another buyer's (year45's
                # near misses: "Vor vier Jahren hat Google WhatsApp fast gekauft", "..., behauptet ein Blog")
            named_after = sentence[context.clause_around(sentence, found.start(), found.end())[1] :]
            if named_after.lstrip().startswith(":") and context.names_only_another_target(named_after):
                break  # "Vor zwei Jahren hat Facebook schon einmal eine beliebte App gekauft: Instagram, ...": the word for
                # an app is named after the colon, another company (year59)
            if year_relative.counts_from_the_purchase(found):
                framed = _FRAME_MARK_AFTER.match(sentence, found.end()) is not None or sentence.rstrip().endswith("?")
                if not framed:
                    break
            elif not (_tells_the_purchase(clause) or _ANNOUNCED_PURCHASE.search(clause) is not None
                      or _announced_infinitive(sentence, found) or _news_of_the_purchase(sentence, found)
                      or _PURCHASE_NOUN_BEFORE_COUNT.search(sentence, 0, found.start()) is not None
                      or _count_inside_the_purchase_phrase(sentence, found)
                      or _purchase_completed_or_approved(clause)
                      or (_THAT_AFTER.match(sentence, found.end()) is not None
                          and _tells_the_purchase(sentence[found.end():]))):
                continue  # ("Fünf Jahre ist es her, dass Facebook den Messenger WhatsApp gekauft hat": the dass-clause)
            if context.has("other_buyers", clause) and not context.has("buyer", clause):
                break  # another buyer's purchase ("..., dass Google WhatsApp kaufte"; review45)
            if short is not None and not _count_inside_the_purchase_phrase(sentence, found) and not any(
                    context.has(kind, clause) for kind in ("target", "target_epithets", "buyer")) \
                    and not _news_of_the_purchase(sentence, found):
                continue  # a count of days, weeks or months whose own clause names neither party: "Koum, der vor wenigen
                # Tagen seine Firma verkauft hat" tells a founder's sale of an unnamed firm (issue 7, session 55, year55);
                # the news's content after its colon or comma names them ("gestern kam die Nachricht: Facebook kauft
                # WhatsApp", "Seit vorgestern die Meldung kam, dass Facebook WhatsApp kauft")
            if short is not None and short.groupdict().get("today") and _BELONGS.search(clause) is not None:
                continue  # "Heute gehört WhatsApp zu Facebook, das den Dienst gekauft hat": who owns it on the text's day,
                # not when it was bought (as `_today_of_the_purchase` reads a byline's "heute"; year59)
            if short is not None and not (_purchase_told_by_its_verb(clause) or _purchase_completed_or_approved(clause)
                                          or _ANNOUNCED_PURCHASE.search(clause) is not None
                                          or _announced_infinitive(sentence, found) or _news_of_the_purchase(sentence, found)
                                          or _count_inside_the_purchase_phrase(sentence, found)):
                continue  # a day or a week that dates another verb whose subject is the purchase's noun: "Die Übernahme
                # von WhatsApp beherrscht am Donnerstag den Handel" dates the trading (issue 7, session 58, year58)
            # (the span is the count's own: the stamp may stand many sentences above it)
            add_claim(doc, "acquisition_year", sent_start + found.start(), sent_start + found.end(), year=year - count)
            return True
    return False


def _short_count_of_the_purchase(sentence: str) -> re.Match[str] | None:
    """The count of days, weeks or months (`year_relative.short_agos`) of the sentence that dates the purchase: the
    first whose own clause names a party or that stands inside the purchase's phrase, else the first ("Wer heute vor
    einer Klasse steht, blickt auf WhatsApp, den Facebook vor wenigen Wochen gekauft hat": the second; issue 7, session
    59, year59). None where the sentence holds none."""
    found = year_relative.short_agos(sentence)
    for count in found:
        clause = sentence[slice(*context.clause_around(sentence, count.start(), count.end()))]
        if _count_inside_the_purchase_phrase(sentence, count) or any(
                context.has(kind, clause) for kind in ("target", "target_epithets", "buyer")):
            return count
    return found[0] if found else None


_ISSUE_NUMBER_BEFORE = re.compile(r"(?<![\d/.])(?P<number>\d{1,3})[ \t]*/[ \t]*$")


def _short_landing_under(text: str, start: int, year: int, month_day: tuple[int, int] | None,
                         short: re.Match[str]) -> int | None:
    """The year a count of days, weeks or months (`short`) lands on from the text's date whose year stands at `start`:
    from a full date its day (`year_relative.short_landing`); from an issue's month and year ("Clubnachrichten November
    2014", "Stand: März 2014") the year where it lands on one from the month's first and last day (D57 (c)); from an
    issue's number ("Praxis-Info 2/2014") the issue's year for a count of the news of the last weeks ('diese Woche',
    'gerade erst', 'vor wenigen Wochen': up to six weeks), unless it is the year's first issue, which may appear in its
    first days (D81 (b) names 'Mitgliederbrief 2/2014' and 'diese Woche'; issue 7, session 59, year59). None otherwise."""
    if month_day is not None:
        return year_relative.short_landing(short, year, *month_day)
    named = _MONTH_BEFORE_YEAR.search(text, max(0, start - 12), start)
    if named is not None:
        month = MONTH_INDEX[named.group("month").lower()] + 1
        first, last = (year_relative.short_landing(short, year, month, day)
                       for day in (1, calendar.monthrange(year, month)[1]))
        return first if first == last else None
    issue = _ISSUE_NUMBER_BEFORE.search(text, max(0, start - 8), start)
    if issue is None or int(issue.group("number")) < 2:
        return None
    if short.groupdict().get("thisyear") or short.groupdict().get("thismonth"):
        return year
    reach = year_relative.short_reach_days(short)
    return year if reach is not None and reach <= year_relative.RECENT_DAYS else None


# A day and month with no year ("am 19.02.", "am 19.2."; not "19.02.2014" nor "19.02.14"), as `_MONTH_ALONE` reads a
# month's name.
_DAY_MONTH_ALONE = re.compile(r"(?i)(?<![\wäöüß])(?:am|vom|seit|bis)\s+(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.(?!\s?\d)")


_INNER_FULL_STOP = re.compile(r"\.(?=.)", re.DOTALL)
# An indirect question's clause: "ob" or a question word opening it ("..., ob Facebook WhatsApp im Februar gekauft hat").
_ASKED_CLAUSE = re.compile(r"(?i)^[\s,;:–-]*(?:ob|wann|warum|wieso|weshalb|wie|wer|was)(?![\wäöüß])")


# A part of a month with no year ("Anfang Oktober", "Mitte Februar", "Ende Oktober"), the day it stands for at the
# latest: a month told so lands on the text's year only where that day is not after the text's own.
_MONTH_PART_ALONE = re.compile(r"(?i)(?<![\wäöüß])(?P<part>" + MONTH_PARTS + r")\s+(?P<month>" + MONTH_WORDS
                               + r")(?![\wäöüß])(?!\s+(?:\d{4}|des|desselben|dieses|jenes)\b)")
# The purchase's own stage as a noun right before the month ("beim Vollzug Anfang Oktober", "bei der Bekanntgabe am 19.
# Februar", "nach dem Abschluss im Oktober"; deal.json deal_event_nouns): the month dates that stage.
_STAGE_BEFORE_MONTH = re.compile(r"(?i)(?<![\wäöüß])(?:beim|bei\s+der|nach\s+(?:dem|der)|mit\s+(?:dem|der))\s+(?:"
                                 + context.cue_words("deal_event_nouns", bare=True) + r")\w*\s+$")


def _month_number(found: re.Match[str]) -> int | None:
    """The month (1-12) of a `_MONTH_ALONE`, `_DAY_MONTH_ALONE` or `_MONTH_PART_ALONE` match."""
    said = found.group("month").lower()
    number = int(said) if said.isdigit() else MONTH_INDEX.get(said, -1) + 1
    return number if 1 <= number <= 12 else None


def _latest_day(found: re.Match[str]) -> int:
    """The latest day of the month a month match stands for: its own day, a part's latest day, else 0 (the month
    alone, not after a text's date in the same month)."""
    groups = found.groupdict()
    if groups.get("day"):
        return int(groups["day"])
    return MONTH_PART_LATEST_DAY.get((groups.get("part") or "").lower(), 0)


def _month_of_the_purchase_event(sentence: str) -> re.Match[str] | None:
    """A month with no year (`_MONTH_ALONE`, `_DAY_MONTH_ALONE`) in a clause of `sentence` that tells the purchase of
    WhatsApp or its own announcement or completion as a fact: a verb of buying (`_month_of_the_purchase_clause`), the
    purchase noun as the object of announcing or completing ("hat den Kauf von WhatsApp am 19. Februar angekündigt",
    "Im Oktober war die Übernahme von WhatsApp abgeschlossen": `_ANNOUNCED_PURCHASE`, `_PURCHASE_DONE`), a verb of
    announcing with its zu-infinitive of buying WhatsApp ("habe am 19.2. bekannt gegeben, WhatsApp zu übernehmen":
    `_announced_infinitive`), or a verb of news whose content clause tells the purchase in the present ("Im Februar wurde
    bekannt, dass Facebook WhatsApp kauft": `_news_of_the_purchase`). The month's words are blanked before the clause is
    read, and a full stop inside the clause ends no phrase ("16 Mrd. USD"). (issue 7, session 57, year57)"""
    for month in [*_MONTH_ALONE.finditer(sentence), *_DAY_MONTH_ALONE.finditer(sentence), *_MONTH_PART_ALONE.finditer(sentence)]:
        if _month_number(month) is None:
            continue
        if _STAGE_BEFORE_MONTH.search(sentence, max(0, month.start() - 40), month.start()) is not None \
                and _tells_the_purchase(sentence) and _told_as_fact(sentence):
            return month  # ("..., mit dem Facebook WhatsApp gekauft hat, beim Vollzug Anfang Oktober wert")
        blanked = blank_span(sentence, month.start(), month.end())
        clause_start, clause_end = context.clause_around(blanked, month.start(), month.end())
        clause = blanked[clause_start:clause_end]
        clause = _INNER_FULL_STOP.sub(" ", clause)  # ("16 Mrd. USD": a full stop inside one clause ends no phrase)
        if _ASKED_CLAUSE.match(clause) is not None or sentence.rstrip().endswith("?"):
            continue  # "Frau S. fragt, ob Facebook WhatsApp im Februar wirklich gekauft hat": a question tells nothing
            # (D2; review57)
        if not _told_as_fact(clause) or context.names_only_another_target(clause) \
                or context.names_only_another_buyer(clause):
            continue
        if context.has("target", clause) and (_ANNOUNCED_PURCHASE.search(clause) or _PURCHASE_DONE.search(clause)
                                              or _tells_the_purchase(clause)):
            return month
        if _purchase_completed_or_approved(clause):
            return month  # "Anfang Oktober hat Facebook den Kauf des Dienstes abgeschlossen": the purchase's noun with a
            # word for WhatsApp, completed (issue 7, session 59, year59, own110-052)
        if _announced_infinitive(blanked, month) or _news_of_the_purchase(blanked, month):
            return month
    return None


# A count on that the sentence restates at once as a written date, set off by commas: "Zwei Jahre später, im August
# 2016, ...", "Fünf Jahre danach, im Jahr 2019, ...", "Drei Jahre später, im Sommer 2017, ..." (the date in apposition to
# the count).
_COUNT_RESTATED_AS_DATE = re.compile(r"(?i)\s*,\s*(?:(?:im|am)\s+(?:jahr\s+|(?:\d{1,2}\.\s*)?(?:" + MONTH_WORDS + r"|"
                                     + SEASON_WORDS + r")\s+)?"
                                     r"|(?:" + MONTH_PARTS + r")\s+(?:(?:" + MONTH_WORDS + r")\s+)?)?" + _YEAR_DIGITS + r"(?!\d)\s*,")
# A sentence whose time is the purchase's: it opens with the purchase noun after "nach" ("Nach der Übernahme durch
# Facebook ...", "Nach dem Kauf für 19 Milliarden Dollar ...") or with a when-clause that tells the purchase ("Als
# Facebook WhatsApp übernahm, ...").
_OPENS_AFTER_THE_PURCHASE = re.compile(r"(?i)^\W*nach\s+(?:dem|der)\s+(?:[\wäöüß-]+\s+)?(?:[\wäöüß]+-)?(?:"
                                       + "|".join(context.cue_list("deal_nouns")) + r")(?:e?s)?(?![\wäöüß])")


def _time_of_the_purchase(sentence: str) -> bool:
    """Is the time `sentence` tells of the purchase's own: it tells the purchase of WhatsApp ("Facebook kaufte WhatsApp
    für 19 Milliarden Dollar"), opens with "Nach dem Kauf ..." or with a when-clause that tells it ("Als Facebook WhatsApp
    übernahm, ...") - told as a fact, with no year and no count of its own?"""
    if _years(sentence) or year_relative.counted_back(sentence) is not None or year_relative.later_counts(sentence) \
            or year_relative.earlier_counts(sentence) or not _told_as_fact(sentence):
        return False
    if _OPENS_AFTER_THE_PURCHASE.match(sentence) is not None:
        return True
    if _WHEN_CLAUSE_OPENS.match(sentence) is not None:
        return _tells_the_purchase(sentence[: context.clause_around(sentence, 0, 0)[1]])
    return _tells_the_purchase(sentence)


def _counted_on_to_a_written_date(doc: Doc, text: str, sentences: context.Sentences, with_year: list[int]) -> bool:
    """'Nach dem Kauf durch Facebook versicherte WhatsApp, ... / Zwei Jahre später, im August 2016, begann ...': a sentence
    that opens with a count on ("N Jahre später/danach/darauf", a whole number) restated at once as a written date
    (`_COUNT_RESTATED_AS_DATE`), right after a sentence whose time is the purchase of WhatsApp (`_time_of_the_purchase`),
    counts on from the purchase: its year is the written year minus the count (D76 (b): the year by arithmetic; D70 (c) gives
    none where no date is written). The claim's span runs from the count to the year. True when it added one. (issue 7,
    session 57, year57)"""
    for index in with_year:
        if index == 0:
            continue
        sent_start, sent_end = sentences.span(index)
        sentence = text[sent_start:sent_end]
        counts = year_relative.later_counts(sentence)
        if not counts or sentence[: counts[0].start()].strip(" \t\n–-•*") != "":
            continue
        count = year_relative.count_of(counts[0])
        dated = _COUNT_RESTATED_AS_DATE.match(sentence, counts[0].end())
        if count is None or dated is None:
            continue
        landed = int(dated.group("year")) - count
        previous = text[slice(*sentences.span(index - 1))]
        if landed < _TARGET_FOUNDED or not _time_of_the_purchase(previous) or not (
                context.has("target", previous) or context.has("target_epithets", previous)
                or (context.refers_to_target(previous) and context.has("target", text[: sentences.starts[index - 1]]))):
            continue
        if context.names_only_another_target(previous) or context.names_only_another_buyer(previous):
            continue
        add_claim(doc, "acquisition_year", sent_start + counts[0].start(), sent_start + dated.end("year"), year=landed)
        return True
    return False


def _month_under_the_texts_date(doc: Doc, text: str, sentences: context.Sentences) -> bool:
    """A full date that dates the text (`_texts_dates`: a minutes' or a note's header, "Protokoll vom 12.03.2014",
    "Niederschrift der Sitzung, 3. April 2014", a dateline) and, up to twelve sentences under it with no year of their
    own, a month with no year in a clause that tells the purchase of WhatsApp, its announcement or completion
    (`_month_of_the_purchase_event`: "Facebook habe am 19.02. die Übernahme von WhatsApp bekannt gegeben", "Im Februar
    wurde bekannt, dass Facebook WhatsApp kauft"): the month lands on the text's year where it is not later in the year
    than the text's own day (D74 (b), D76 (b), D79 (b)); a later month ("im Oktober" under "3. April 2014") gives
    nothing. A chat message's stamp dates only its own message. True when it added a claim. (issue 7, session 57,
    year57)"""
    for year, start, end, month_day, message in _texts_dates(doc, text):
        if month_day is None:  # a month and year ("Stand: März 2014"): its month, any day of it
            named = _MONTH_BEFORE_YEAR.search(text, max(0, start - 12), start)
            issue = _ISSUE_NUMBER_BEFORE.search(text, max(0, start - 8), start) if named is None else None
            if named is not None:
                month_day = (MONTH_INDEX[named.group("month").lower()] + 1, 31)
            elif issue is not None and int(issue.group("number")) >= 2:
                month_day = (12, 31)  # an issue's number, not the year's first ("Mitgliederbrief 2/2014" over "die im
                # Februar durch alle Medien ging"): the month of the purchase's news resolves against its year (D81 (b);
                # issue 7, session 59, year59)
            else:
                continue
        first = sentences.index_at(start)
        for index in range(first, min(first + 1 + _TEXTS_DATE_REACH, len(sentences.starts))):
            sent_start, sent_end = sentences.span(index)
            if message is not None:
                if sent_start >= message[1]:
                    break
                sent_start, sent_end = max(sent_start, message[0]), min(sent_end, message[1])
            elif sent_start < end:
                sent_start = end  # (the date's own line may share its sentence with the line under it)
            if sent_start >= sent_end:
                continue
            sentence = text[sent_start:sent_end]
            if _years(sentence) or dates.NUMERIC_DATE.search(sentence):
                break  # a year or a full date of its own: the months after it may be of that year
            if not (context.has("target", sentence) or _purchase_completed_or_approved(sentence)):
                continue  # (WhatsApp named, or a word for it the purchase's noun takes: "den Kauf des Dienstes")
            month = _month_of_the_purchase_event(sentence)
            if month is None or _PLUPERFECT.search(sentence[slice(*context.clause_around(sentence, month.start(), month.end()))]):
                continue  # ("Facebook hatte im Februar angekündigt, ..." under "26. März 2014": the studied gold of own87
                # gives no year to a pluperfect told before the text's date; the month's own clause in the perfect or
                # preterite lands)
            if (_month_number(month), _latest_day(month)) > month_day:
                continue  # a month later in the year than the text's day: not of the text's year
            add_claim(doc, "acquisition_year", sent_start + month.start(), sent_start + month.end(), year=year)
            return True
    return False


# A verb of announcing with the purchase noun as its object ("verkündete Facebook den Kauf von WhatsApp", "gab die
# Übernahme bekannt", "kündigte den Kauf an"): the announcement is the purchase's own event (D2, D49 (b): the deal's
# February dates the purchase), as a verb of buying would be (issue 7, session 46, year46).
_PURCHASE_OBJECT = (r"\s+(?:[\wäöüß-]+\s+){0,3}?(?:den|die|seinen|seine|ihren|ihre)\s+(?:[\wäöüß-]+\s+)?(?:[\wäöüß]+-)?(?:"
                    + "|".join(context.PURCHASE_NOUNS) + r")\w*(?:\s+(?:von|des)\s+[\wäöüß-]+)?")
_ANNOUNCED_PURCHASE = re.compile(
    r"(?i)(?<![\wäöüß])(?:(?:verkündet\w*|angekündigt|bekannt\s*gegeben|bekanntgab\w*)" + _PURCHASE_OBJECT
    + r"|(?:kündigt\w*|gab|gibt)" + _PURCHASE_OBJECT + r"\s+(?:an|bekannt)"
    # the object before the verb-final participle ("hatte gestern den Kauf von WhatsApp für 19 Milliarden Dollar
    # bekanntgegeben": year53, challenge_gen30-038)
    + r"|(?:den|die|seinen|seine|ihren|ihre)\s+(?:[\wäöüß-]+\s+)?(?:[\wäöüß]+-)?(?:" + "|".join(context.PURCHASE_NOUNS)
    + r")\w*(?:\s+[^\s,.;:!?]+){0,8}?\s+(?:verkündet|angekündigt|bekannt\s*gegeben))(?![\wäöüß])")

# A verb of announcing with a zu-infinitive of buying as its object, after the comma that ends the verb's clause ("Facebook
# hatte am Vortag mitgeteilt, den Messenger WhatsApp für 19 Milliarden Dollar zu übernehmen"): the announcement of the
# purchase, as `_ANNOUNCED_PURCHASE` (year_grammar.json announcing_participles, buying_infinitives; issue 7, session 53,
# year53, own98-008). The infinitive closes its clause (a dash too: "..., WhatsApp zu übernehmen – 12 Milliarden in
# Aktien, ..."; year57); "übernehmen zu wollen" is an intent, not matched.
_ANNOUNCED_INFINITIVE = re.compile(
    r"(?i)(?<![\wäöüß])(?:" + year_denied.words('announcing_participles') + r")\s*,\s*(?P<object>(?:[^\s,.;:!?]+\s+){1,10}?)(?:"
    + year_denied.words('buying_infinitives') + r")(?=\s*(?:[,.;:!?–—]|$))")
# The infinitive's object is WhatsApp itself, first in it: its name after an article and at most two words ("den
# Messenger-Dienst WhatsApp für 19 Milliarden Dollar") or the messenger by a word for it; not data, users or a part of
# it ("Daten von WhatsApp", "die Telefonnummern der WhatsApp-Nutzer", "einen Teil der WhatsApp-Infrastruktur";
# review53's 06:33 finding (2)).
_TARGET_OBJECT_FIRST = re.compile(
    r"(?i)\s*(?:(?:den|das)\s+(?:[\wäöüß-]+\s+){0,2}?)?whats\s?app(?![\wäöüß-])"
    r"|\s*(?:den|das)\s+(?:[\wäöüß]+\s+)?(?:messenger|kurznachrichtendienst|chatdienst)(?![\wäöüß-])")


# The purchase's noun phrase right before a count back, the count its postmodifier ("Nach dem Erwerb von WhatsApp durch
# Facebook vor zwei Jahren haben sie zugesichert, ...", "Der Kauf vor drei Wochen ..."): the count dates the purchase
# the noun names, whatever the clause's verb tells (issue 7, session 48, year48). Nouns are capitalised; the parties
# follow as at most three prepositional phrases of one word each. The nouns are deal.json deal_nouns (one list; session
# 49, year49), written with their capital (a noun; "der Kauf", not "kauf"), a genitive's "-s"/"-es" allowed.
_CAPITAL_OPENS = re.compile(r"(^|\(\?:|\|)([a-zäöüß])")  # each alternative's first letter (a noun's capital)
_PURCHASE_NOUN_BEFORE_COUNT = re.compile(
    r"(?<![\wäöüß])(?:[\wäöüß]+-)?(?:" + "|".join(_CAPITAL_OPENS.sub(lambda m: m.group(1) + m.group(2).upper(), noun)
                                                 for noun in context.cue_list("deal_nouns"))
    + r")(?:e?s)?(?:\s+(?:von|des|der|durch|an)\s+[\wäöüß-]+){0,3}\s+$")
# A count inside the purchase noun's own phrase, with a participle of the purchase's own events (year_grammar.json
# counted_stage_participles; issue 7, session 55, year55): an attribute before the noun ("die vor einer Woche angekündigte
# Übernahme": the participle, inflected, then the noun) or a relative clause right after it ("die Übernahme, die Anfang
# des Monats abgeschlossen worden war": the noun, its parties, the comma and the relative pronoun before the count; the
# participle and its auxiliaries close the clause after it).
_DEAL_NOUN = (r"(?:[\wäöüß]+-)?(?:" + "|".join(_CAPITAL_OPENS.sub(lambda m: m.group(1) + m.group(2).upper(), noun)
                                               for noun in context.cue_list("deal_nouns")) + r")")
_STAGE_PARTICIPLE = r"(?:" + year_denied.words('counted_stage_participles') + r")"
_ATTRIBUTE_AFTER_COUNT = re.compile(r"\s+(?:[a-zäöüß]+\s+)?" + _STAGE_PARTICIPLE + r"(?:e|en|er|es|em)\s+" + _DEAL_NOUN
                                    + r"(?![\wäöüß])")
# (the noun may close a compound, "die Milliardenübernahme von WhatsApp durch Facebook, die letzte Woche bekannt wurde";
# and the relative clause may tell the purchase's news by "bekannt"/"publik" and its auxiliary, year_grammar.json
# news_predicates: the announcement made known; issue 7, session 59, year59, own110-056)
_CLOSED_DEAL_NOUN = (r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:" + "|".join(noun for noun in context.cue_list("deal_nouns") if noun.isalpha())
                     + r")")
_RELATIVE_OPEN_BEFORE_COUNT = re.compile(r"(?<![\wäöüß])(?:" + _DEAL_NOUN + "|" + _CLOSED_DEAL_NOUN
                                         + r")(?:e?s)?(?:\s+(?:von|des|der|durch|an)\s+"
                                         r"[\wäöüß-]+){0,3}\s*,\s*(?:die|der|das)\s+$")
_RELATIVE_CLOSE_AFTER_COUNT = re.compile(r"\s+(?:[a-zäöüß]+\s+)?(?:" + _STAGE_PARTICIPLE + "|"
                                         + year_denied.words('news_predicates') + r")"
                                         + r"(?:\s+(?:worden|wurde|war|ist|hat|hatte|wird))*\s*(?:[,.;:!?]|$)")


def _count_inside_the_purchase_phrase(sentence: str, found: re.Match[str]) -> bool:
    """Does the count `found` stand inside the purchase noun's own phrase with a participle of the purchase's own events
    (`_ATTRIBUTE_AFTER_COUNT`, `_RELATIVE_OPEN_BEFORE_COUNT` with `_RELATIVE_CLOSE_AFTER_COUNT`)?"""
    if _ATTRIBUTE_AFTER_COUNT.match(sentence, found.end()) is not None:
        return True
    return _RELATIVE_CLOSE_AFTER_COUNT.match(sentence, found.end()) is not None and \
        _RELATIVE_OPEN_BEFORE_COUNT.search(sentence, max(0, found.start() - 120), found.start()) is not None


# A main clause coordinated after the counted one (", und damals hieß es, ...", ", aber ..."): its own statement
# (deal.json clause_coordinators).
_COORDINATED_CLAUSE = re.compile(r",\s*(?:" + context.cue_words("clause_coordinators", bare=True) + r")\s")


_FULL_VERBS = frozenset({"VVFIN", "VVPP", "VVINF", "VVIZU"})


def _count_in_another_conjunct(sentence: str, found: re.Match[str]) -> bool:
    """Does the count `found` stand in a conjunct of its clause's coordination ("und", "sowie", "oder") that has a full
    verb of its own and does not tell the purchase, the purchase told in another conjunct ("Facebook hat WhatsApp gekauft
    und gestern die neuen Regeln verschickt", "... gekauft und gestern kam die Nachricht")? The count dates that verb
    (issue 7, session 53, year53; review53's 06:33 finding (1)). "Vor zwei Jahren hat Facebook WhatsApp und Instagram
    gekauft": the count's conjunct has no full verb of its own."""
    clause_start, clause_end = context.clause_around(sentence, found.start(), found.end())
    clause = sentence[clause_start:clause_end]
    if " und " not in clause and " sowie " not in clause and " oder " not in clause:
        return False  # speed: no coordination
    lo, hi = _conjunct_around(clause, found.start() - clause_start)
    if (lo, hi) == (0, len(clause)):
        return False
    part = clause[lo:hi]
    return not _tells_the_purchase(part) and tags_any(_LINE_WORDS.findall(part), _FULL_VERBS)


def _announced_infinitive(sentence: str, found: re.Match[str]) -> bool:
    """Does the clause of the count `found` end in a verb of announcing whose zu-infinitive after the comma tells the
    purchase (`_ANNOUNCED_INFINITIVE`: "Facebook hatte am Vortag mitgeteilt, WhatsApp zu übernehmen")?"""
    if "zu " not in sentence:
        return False  # speed: the infinitive's particle
    clause_start, clause_end = context.clause_around(sentence, found.start(), found.end())
    announced = _ANNOUNCED_INFINITIVE.search(sentence, clause_start)
    return announced is not None and announced.start() < clause_end and _told_as_fact(sentence[clause_end : announced.end()]) \
        and _TARGET_OBJECT_FIRST.match(announced.group("object")) is not None


# A verb of writing, reading or hearing news ending the count's clause, and its content clause after the comma that tells
# the purchase in the present tense ("Heute vor zehn Jahren habe ich hier geschrieben, dass Facebook WhatsApp kauft"):
# the present of a content clause is the time of the verb it depends on, so the purchase is the news of the counted day
# (year_grammar.json news_verbs, present_buying_verbs; issue 7, session 53, year53).
_NEWS_OF_THE_PURCHASE = re.compile(
    r"(?i)(?<![\wäöüß])(?:" + year_denied.words('news_verbs') + r")\s*,\s*(?:dass|daß|wie)\s+[^,.;:!?]{0,100}?(?<![\wäöüß])(?:"
    + year_denied.words('present_buying_verbs') + r")(?![\wäöüß])")


# A news noun whose content follows its colon as the purchase told in the present ("dann kam gestern Abend die Nachricht:
# Facebook kauft WhatsApp", "Am Mittwoch lief die Eilmeldung: Facebook übernimmt WhatsApp"; year_grammar.json
# news_nouns; issue 7, session 59, year59, own110-009): the count of the noun's clause dates the purchase's news.
_NEWS_NOUN_COLON = re.compile(
    r"(?i)(?<![\wäöüß-])(?:die|eine|der|diese)\s+(?:[\wäöüß-]+\s+)?(?:" + year_denied.words('news_nouns')
    + r")(?:en)?\s*(?P<colon>:)\s*[^,.;:!?]{0,60}?(?<![\wäöüß])(?:" + year_denied.words('present_buying_verbs')
    + r")(?![\wäöüß])")


_NEWS_OF_THE_PURCHASE_PERFECT = re.compile(
    r"(?i)(?<![\wäöüß])(?:" + year_denied.words('news_verbs') + r")\s*,\s*(?:dass|daß)\s+[^,.;:!?]{0,100}?(?<![\wäöüß])(?:"
    + year_denied.words('perfect_buying_participles') + r")\s+(?:hat|habe|haben)(?![\wäöüß])")
_NEWS_NOUN = re.compile(r"(?i)(?<![\wäöüß-])(?:" + year_denied.words('news_nouns') + r")(?:en)?(?![\wäöüß])")
_PRESENT_BUYING = re.compile(r"(?i)(?<![\wäöüß])(?:" + year_denied.words('present_buying_verbs') + r")(?![\wäöüß])")


def _news_of_the_purchase(sentence: str, found: re.Match[str]) -> bool:
    """Does the clause of the count `found` end in a verb of news whose content clause tells the purchase in the present
    (`_NEWS_OF_THE_PURCHASE`), or hold a news noun whose content after its colon tells it so (`_NEWS_NOUN_COLON`), of
    WhatsApp, told as a fact?"""
    if "," not in sentence and ":" not in sentence:
        return False  # speed: the content clause follows a comma or a colon
    clause_start, clause_end = context.clause_around(sentence, found.start(), found.end())
    news = _NEWS_OF_THE_PURCHASE.search(sentence, clause_start) if "," in sentence else None
    if (news is None or news.start() >= clause_end) and "," in sentence and any(
            found.groupdict().get(group) for group in ("today", "justnow", "daybefore")):
        # "Hab eben gelesen, dass Facebook WhatsApp gekauft hat" in a post: news of the day's count, told in the perfect
        # (the purchase done by the time it was read that day; issue 7, session 59, year59)
        news = _NEWS_OF_THE_PURCHASE_PERFECT.search(sentence, clause_start)
    if news is not None and news.start() < clause_end:
        content = sentence[clause_end : news.end()]
    elif ":" in sentence and sentence[clause_end : clause_end + 2].strip()[:1] == ":" and _PRESENT_BUYING.search(
            sentence, clause_end, clause_end + 2 + context.clause_around(sentence[clause_end + 2 :], 0, 0)[1]):
        # "Gestern ist es offiziell geworden: Facebook kauft WhatsApp": the count's clause ends at a colon whose content
        # tells the purchase in the present, the news the clause introduces (issue 7, session 59, year59)
        after = sentence.index(":", clause_end) + 1
        content = sentence[after : after + context.clause_around(sentence[after:], 0, 0)[1]]
    else:
        news = _NEWS_NOUN_COLON.search(sentence, clause_start) if ":" in sentence else None
        if news is None or news.start() >= clause_end or news.start("colon") < found.end():
            return False
        after = news.end("colon")
        content = sentence[after : max(news.end(), after + context.clause_around(sentence[after:], 0, 0)[1])]
    return context.has("target", content) and _told_as_fact(content) and not context.names_only_another_buyer(content)


def _up_to_coordination(sentence: str, at: int) -> str:
    """`sentence` up to the first semicolon after `at` (`_up_to_semicolon`) and up to a main clause coordinated after
    the clause holding `at` ("Vor sieben Jahren hat Facebook WhatsApp ... gekauft, und damals hieß es, ...": the
    report is the second clause's, not the counted purchase's; issue 7, session 48, year48)."""
    cut = _up_to_semicolon(sentence, at)
    clause_end = context.clause_around(cut, at, at)[1]
    coordinated = _COORDINATED_CLAUSE.search(cut, clause_end)
    return cut if coordinated is None else cut[: coordinated.start()]


def _up_to_semicolon(sentence: str, at: int) -> str:
    """`sentence` up to the first semicolon after `at`: a semicolon joins main clauses of their own, so a report or a
    plan told after it ("Vor gut zwei Jahren hatte Facebook WhatsApp gekauft; nun sollen erstmals Daten fließen") is
    not the counted clause's (issue 7, session 46, year46)."""
    cut = sentence.find(";", at)
    return sentence if cut == -1 else sentence[:cut]




def _texts_dates(doc: Doc, text: str) -> list[tuple[int, int, int, tuple[int, int] | None, tuple[int, int] | None]]:
    """(year, start, end, (month, day) or None) of the text's own dates, in text order: its labelled header lines
    (`year_texts_date.header_dates`: "Veröffentlicht: ...", "Heft 2/2016") and the date lines at its head that hold no
    finite verb (`year_texts_date.top_date_lines`: "Ticker vom 25.08.2016", "Liveblog, Mittwoch, 19.02.2020",
    "Kindernachrichten, 26. August 2016"; D44 dates the text by them, D66 (a) counts back from them; issue 7, session
    46, year46). A full date gives its month and day, which an approximate count needs. A chat message's time stamp
    (`year_texts_date.message_stamps`: "[19.02.24, 08:03] Cem: ...") dates its own message: the last item gives the
    message's bounds (None for the other dates, which date the text under them; D71 (a); issue 7, session 53, year53)."""
    found: dict[int, tuple[int, int, int, tuple[int, int] | None, tuple[int, int] | None]] = {}
    for year, month, day, start, end in year_texts_date.top_date_lines(text):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end == -1 else line_end]
        if not tags_any(_LINE_WORDS.findall(line), FINITE):
            found[start] = (year, start, end, (month, day), None)
    for year, start, end, month_day in year_texts_date.header_full_dates(text):
        found.setdefault(start, (year, start, end, month_day, None))
    for year, start, end in year_texts_date.top_month_lines(text):  # "Gemeindebrief ... – Ausgabe April 2014": the
        line_start = text.rfind("\n", 0, start) + 1  # issue's month, no day (year58)
        line_end = text.find("\n", end)
        if not tags_any(_LINE_WORDS.findall(text[line_start : len(text) if line_end == -1 else line_end]), FINITE):
            found.setdefault(start, (year, start, end, None, None))
    for year, _, start, end, month_day in year_texts_date.top_issue_lines(text):  # "Praxis-Info 2/2014": the issue's
        line_start = text.rfind("\n", 0, start) + 1  # year, no month or day unless they follow it (year59)
        line_end = text.find("\n", end)
        if not tags_any(_LINE_WORDS.findall(text[line_start : len(text) if line_end == -1 else line_end]), FINITE):
            found.setdefault(start, (year, start, end, month_day, None))
    for year, month, day, start, end, message_start, line_end in year_texts_date.message_stamps(text):
        found[start] = (year, start, end, (month, day), (message_start, line_end))
    for year, month, day, start, end, post_start, post_end in year_texts_date.post_stamps(text):  # "Name · 19.02.2014
        found[start] = (year, start, end, (month, day), (post_start, post_end))  # 23:14": its post below it (year59)
    dateline = year_texts_date.opening_dateline(text)  # "Düsseldorf, 28. Februar 2014 – Die E-Plus Gruppe ...": a
    if dateline is not None:  # release's or report's dateline, its date (D44) counted back from as a date line's (year49)
        year, month, day, start, end = dateline
        # (also over another company's purchase: "Menlo Park, 25.03.2014 – Facebook kauft den Brillenhersteller Oculus
        # VR ... Erst vor einem Monat hatte das Netzwerk den Messenger WhatsApp übernommen": the dateline dates the text,
        # and a count back from it lands on the year it lands on, D66 (a); the lead's ruling left from session 49,
        # challenge_gen15-097 relabelled with it in session 50, year50)
        found.setdefault(start, (year, start, end, (month, day), None))
    return [found[start] for start in sorted(found)]


def _paragraph_about_the_deal(text: str, sentences: context.Sentences, parties: list[frozenset[str]], index: int,
                              price_starts: list[int]) -> bool:
    """Does the paragraph of sentence `index` (back to the blank line before it) name WhatsApp or the deal, or state the
    purchase price (`price_starts`: the price claims), before it: a fact box's lines ("Der Deal um WhatsApp im Überblick /
    Käufer: Facebook / Kaufsumme: ... / Vollzug: erwartet bis spätestens Mitte 2014", "Kaufsumme: 19 Mrd. Dollar /
    Closing: wohl bis Ende 2014"), where the two sentences before a row need not name it? (issue 7,
    session 41, when41)"""
    paragraph = text.rfind("\n\n", 0, sentences.starts[index])
    first = sentences.index_at(paragraph + 2) if paragraph >= 0 else 0
    return any("TARGET" in named or "DEAL" in named for named in parties[first:index]) or any(
        sentences.starts[first] <= at < sentences.starts[index] for at in price_starts)


# A buying verb and an indefinite noun phrase as its object, one to three words between ("kaufte 2013 eine kleine
# Firma", "erwarb Facebook ein Start-up"): the noun (group "noun"), capitalised, after lower-case adjectives.
_UNNAMED_OBJECT = re.compile(
    r"(?<![\wäöüß])(?:kauf(?:t|te|ten|en)?|gekauft|erwarb(?:en)?|erworben|erwirbt|übernahm(?:en)?|übernommen|übernimmt|"
    r"schluckte[n]?|geschluckt|KAUFTE|ERWARB|ÜBERNAHM)"  # (a verb, written small: "Übernahme" is the noun; a line in capitals)
    r"\s+(?:[\wäöüß.-]+\s+){0,3}?(?i:ein|eine|einen)\s+(?:[a-zäöüß-]+\s+){0,2}(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)")
_NOT_A_COMPANY = re.compile(r"(?i)(?:" + year_denied.words('not_a_company_nouns') + r")$")


def _purchase_between_others(doc: Doc, sentences: context.Sentences, parties: list[frozenset[str]], index: int) -> bool:
    """Does sentence `index`, which speaks of neither Facebook nor WhatsApp (the layer's deal context: no name, epithet
    or pronoun of ours), tell a purchase between other companies, named as its parties (models/price_parties.py, the
    price's reading of whose purchase a clause tells: a proper noun as subject or object of a buying verb, after a
    party preposition, in the verbal bracket of a buying verb at the clause's end), or go on with one the sentence
    before tells ("Als Adobe 2022 ankündigte, Figma zu übernehmen, staunten viele. Im Dezember 2023 wurde das Geschäft
    abgeblasen.")? Its years are that purchase's. The year reader knew other companies only by its closed lists
    (deal.json other_targets), so a business page's other deals gave their years (issue 7, session 43, prec43,
    own78-057)."""
    if parties[index] & _OUR_PARTIES:
        return False
    sent_start, sent_end = sentences.span(index)
    if names_another_party(doc, sent_start, sent_end, (sent_start, sent_start)):
        return True
    if index == 0 or parties[index - 1] & _OUR_PARTIES:
        return False
    # (the sentence before in the same paragraph, telling a purchase: a bullet's "die Fusionskontrolle bietet hierfür
    # kein Forum" names no deal a next paragraph's "Der Vollzug der Transaktion erfolgte ..." goes on with)
    before_start, before_end = sentences.span(index - 1)
    text = context.doc_text(doc)
    if "\n\n" in text[before_start:sent_start] or not context.has("acquisition", text[before_start:before_end]):
        return False
    return names_another_party(doc, before_start, before_end, (before_end, before_end))


_OUR_PARTIES = frozenset({"BUYER", "TARGET"})


def _buys_an_unnamed_company(sentence: str) -> bool:
    """Does `sentence` (which names neither WhatsApp nor a word for it, by the layer) buy a company it does not name,
    an indefinite noun phrase as the object of its buying verb ("Im Oktober 2013 kaufte Facebook eine kleine Firma aus
    Israel", "erwarb ein Start-up")? Not an amount ("für eine Milliarde") nor a word for WhatsApp ("einen Messenger").
    The session 40 leftover "an unnamed company's purchase read as WhatsApp's" (issue 7, session 41, when41)."""
    clauses = [context.clause_around(sentence, start, end) for _, start, end in _years(sentence)]
    for found in _UNNAMED_OBJECT.finditer(sentence):
        noun = found.group("noun")
        if not any(lo <= found.start() < hi for lo, hi in clauses):
            continue  # (the year's own clause must buy it: "Ein Konzern kauft ein Produkt, ..." beside another year)
        if not (_NOT_A_COMPANY.match(noun) or context.has("target_epithets", noun) or context.has("target", noun)
                or noun.lower() in ("app", "dienst", "messenger")):
            return True
    return False


_NOT_TOLD_AS_FACT = re.compile(r"(?i)(?<![\wäöüß])" + year_denied.words('not_told_as_fact') + r"(?![\wäöüß])")


def _told_as_fact(clause: str) -> bool:
    """Does `clause` tell the purchase of WhatsApp as a fact: not in the Konjunktiv II ("Hätte Facebook WhatsApp damals
    gekauft"), with no word of intent or hearsay ("wollte ... kaufen", "soll ... gekauft haben", "angeblich",
    "Gerüchte": year_grammar.json not_told_as_fact) and no other company bought in it ("Damals kaufte Facebook
    Instagram")? The one guard of the clauses step 2's readers take the purchase from (review41, 20:50)."""
    return not (mood.unreal_finite(clause) or _NOT_TOLD_AS_FACT.search(clause) or context.has("other_targets", clause))


# A labelled turn of a dialogue: a line opened by a speaker's label of up to three words and a colon ("Antwort: ...",
# "Assistent: ...", "Du: ..."), perhaps after a chat's bracketed time stamp ("[19.02.24, 08:03] Cem: ...").
_TURN = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?(?P<label>[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*){0,2})[ \t]*:[ \t]+(?=\S)")
# A voice's withdrawal of what it said (year_grammar.json turn_withdrawals).
_TURN_WITHDRAWAL = re.compile(r"(?<![\wäöüß])(?:" + year_denied.words('turn_withdrawals') + r")(?![\wäöüß])")
_WITHDRAWAL_REACH = 80  # the withdrawal opens its turn: its first words


def _turn_withdrawn_later(text: str, turns: list[re.Match[str]], offset: int) -> bool:
    """Does the turn that holds `offset` (`_TURN`) have its voice's next turn, after exactly one turn of another voice
    that contests the year, open with a withdrawal (`_TURN_WITHDRAWAL`: "Antwort: ... / Frage: Wirklich? Bei mir stand
    2014. / Antwort: Richtig, das war ein Fehler von mir.")? The earlier turn is refuted by its own voice (D62;
    issue 7, session 53, year53). The voice is its label ("Antwort", "Assistent", a chat's name)."""
    at = next((i for i in range(len(turns) - 1, -1, -1) if turns[i].start() <= offset), None)
    if at is None or at + 2 >= len(turns):
        return False
    turn, other, again = turns[at], turns[at + 1], turns[at + 2]
    if text.find("\n\n", turn.end(), offset) != -1:
        return False  # a paragraph after the turn's line: no longer the turn
    voice = turn.group("label").lower()
    if other.group("label").lower() == voice or again.group("label").lower() != voice:
        return False
    if _TURN_WITHDRAWAL.search(text[again.end() : again.end() + _WITHDRAWAL_REACH].lower()) is None:
        return False
    # the objection must contest the year: a year of its own that is not the turn's ("Stimmt das? Ich habe 2014
    # gelesen.") and no other event, or the purchase given to another company ("das war doch Instagram??"); not an
    # objection to a sum ("Waren es nicht 19?") nor a question about something else (review53, 06:40 finding (3))
    objection = text[other.end() : again.start()]
    own = {year for year, _, _ in _years(text[turn.end() : other.start()])}
    contested = {year for year, _, _ in _years(objection)} - own
    return bool(contested and not context.has("other_events", objection)) or (
        context.names_only_another_target(objection) and not context.has("target", objection))


def _report_refuted_next(low: str, sentences: context.Sentences, index: int) -> bool:
    """Does sentence `index` report what others say (year_grammar.json report_words: "behauptet ein Blog", "laut einem
    Bericht", "soll ... gekauft haben"; or the Konjunktiv I, deal.json reported_finites) and the next sentence open with
    a verdict that it is false ("Das ist falsch.", "Das trifft nicht zu.": models/price_refuted.py
    `statement_refuted_next`)? The lead's D62: a statement the same text refutes gives no item, its year none. A
    writer's own statement before such a verdict is left to the verdict's other readers: "Das ist falsch" after a
    sentence of the writer's may refute one word of it (a currency), not the purchase. Issue 7, session 43, prec43
    (review42's sentence: the year reader took the hearsay before a reporting tail, not the verdict after it)."""
    if not statement_refuted_next(low, sentences.starts, index):
        return False
    sentence = low[slice(*sentences.span(index))]
    for found in _YEAR.finditer(sentence):
        start, end = context.clause_around(sentence, found.start(), found.end())
        # the report's words in the year's clause, or a reporting tail right after it ("2013, behauptet ein Blog"); not a
        # report in another clause ("hatte bei der Prüfung 2014 angegeben, er könne ... Das war falsch": the year is
        # the writer's, the content clause is what the verdict refutes, own72-032)
        clause = sentence[start:end]
        if _REPORT_WORDS.search(clause) or context.has("reported_finites", clause) or \
                _REPORT_TAIL.match(sentence, end) is not None:
            return True
    return False


# A verdict of falsehood closing the sentence after a comma (year_grammar.json refuted_tails: ", das passt nicht.").
_REFUTED_TAIL = re.compile(r"\s*,\s*(?:" + year_denied.words('refuted_tails') + r")\s*[.!]?\s*$")


def _report_refuted_in_tail(sentence: str) -> bool:
    """Does the lowered `sentence` report a statement with a year in a clause (report words or the Konjunktiv I, as
    `_report_refuted_next` reads it) that a verdict of falsehood right after it closes ("Dort heißt es noch, der Kauf
    von WhatsApp sei 2016 gewesen, das stimmt nicht.")? The lead's D62: the refuted statement gives no year
    (issue 7, session 54, year54, own99-036). Not a verdict on a clause of the writer's own ("Facebook kaufte WhatsApp
    2014, das stimmt nicht mit der Mitteilung überein": the tail must end the sentence)."""
    if "," not in sentence:
        return False
    for found in _YEAR.finditer(sentence):
        start, end = context.clause_around(sentence, found.start(), found.end())
        if _REFUTED_TAIL.match(sentence, end) is None:
            continue
        clause = sentence[start:end]
        if _REPORT_WORDS.search(clause) or context.has("reported_finites", clause):
            return True
    return False


# A correction's opening: a bracket or a label of up to two words and its colon ("[Anm.:", "Lösung:", "Korrektur:"), then
# a verdict of falsehood (year_grammar.json correction_verdicts: "Nein", "falsch", "✗").
_VERDICT_OPENS = re.compile(r"(?i)[\s\[(–—-]*(?:[^\W\d_][\w.-]{0,20}(?:[^\S\n]+[^\W\d_][\w.-]{0,20})?[^\S\n]*:[^\S\n]*)?"
                               r"(?:" + year_denied.words('correction_verdicts') + r")(?![\wäöüß])")


# A negation (negation_words.json) in a correction's clause: its year is denied, not affirmed (review50's finding).
_NEGATED = re.compile(r"(?<![\wäöüß])(?:" + negation_words.negation() + r")(?![\wäöüß])")


# The words between a correction's first two commas ("Nein, schreibt ein Leser, ...").
_BETWEEN_COMMAS = re.compile(r"^[^,\n]*,\s*(?P<frame>[^,\n]{1,40}),")


def _inserted_frame(correction: str) -> bool:
    """Is a short clause opened by a finite verb inserted between the verdict and the correction ("Nein, schreibt ein
    Leser, ...", "Falsch, meint der Autor, ..."): a reporting frame, the objection another voice's (review50)?"""
    found = _BETWEEN_COMMAS.match(correction)
    if found is None:
        return False
    words = _LINE_WORDS.findall(found.group("frame"))
    return 1 < len(words) <= 4 and tag_words(words)[0] in FINITE


def _year_corrected_next(text: str, sentences: context.Sentences, index: int) -> bool:
    """Does the sentence after sentence `index` open with a verdict of falsehood (`_VERDICT_OPENS`) and state the
    contrary fact, in its own sentence or, where the verdict stands alone, in the next: a year of this sentence given to
    another company's purchase in a clause that names only that company ("a) Facebook kaufte WhatsApp im Jahr 2012. /
    Lösung: falsch – 2012 kaufte Facebook Instagram.", "Facebook hat WhatsApp 2012 gekauft. [Anm.: Nein, 2012 war
    Instagram.]"), or another year given to the purchase ("... im Jahr 2016. – Lösung: falsch. Der Kauf wurde 2014
    abgeschlossen.")? The statement's year is refuted (D62, D66 (b)), and the correction's sentence gives its own year. A verdict with no such fact ("Lösung: falsch.") is left to
    the verdict's other readers (`_report_refuted_next`). Issue 7, session 50, year50 (own92-004, own92-042)."""
    if index + 1 >= len(sentences.starts):
        return False
    following = text[slice(*sentences.span(index + 1))]
    opening = _VERDICT_OPENS.match(following)
    if opening is None:
        return False
    stated = {year for year, _, _ in _years(text[slice(*sentences.span(index))])}
    # the correction's own sentence, and the next one where the verdict stands alone ("Lösung: falsch. Der Kauf wurde
    # 2014 abgeschlossen.")
    corrections = [following] + ([text[slice(*sentences.span(index + 2))]] if index + 2 < len(sentences.starts)
                                 and not _years(following[opening.end():]) else [])
    for correction in corrections:
        if _REPORT_WORDS.search(correction) or _inserted_frame(correction):
            continue  # "Nein, schreibt ein Leser, eingefädelt wurde der Kauf schon 2013.": another voice's objection
        for year, start, end in _years(correction):
            clause = correction[slice(*context.clause_around(correction, start, end))]
            if year_denied.year_denied(correction, start) or _NEGATED.search(clause.lower()):
                continue  # "Nein, der Kauf wurde nicht erst 2015 abgeschlossen, sondern ...": a year denied is no fact
            if year in stated and context.names_only_another_target(clause):
                return True  # "Nein, 2012 war Instagram.": the year is another company's purchase
            if year not in stated and _dates_the_purchase(clause) and not context.names_only_another_target(clause) \
                    and _told_as_fact(clause):
                return True  # "Der Kauf wurde 2014 abgeschlossen.": the purchase has another year
    return False


# A second clause that puts the right year in place of the one before it ("...; richtig ist 2014", ", korrekt wäre
# vielmehr 2014."): year_grammar.json correction_tail_words, _copulas, _particles; the tail closes the sentence.
_CORRECTED_TAIL = re.compile(r"(?i)\s*[;,–—-]\s*(?:" + year_denied.words('correction_tail_words') + r")\s+(?:"
                             + year_denied.words('correction_tail_copulas') + r")\s+(?:(?:"
                             + year_denied.words('correction_tail_particles') + r")\s+)?(?:das\s+jahr\s+)?"
                             + _YEAR_DIGITS + r"(?!\d)\s*[.!)]?\s*$")


def _corrected_in_tail(sentence: str, start: int, end: int) -> tuple[int, int, int] | None:
    """The year and span of the year of a correcting tail (`_CORRECTED_TAIL`) right after the clause of the year found at
    `start`..`end` of `sentence`, where the tail gives another year: "Im Blog stand, der Konzern habe den Messenger 2013
    erworben; korrekt ist 2014." The first clause tells the wrong year, the tail the text's own (D62: a correction gives
    its own item); None otherwise. Read only for a year the sentence already gave. (issue 7, session 56, year56)"""
    clause_end = context.clause_around(sentence, start, end)[1]
    tail = _CORRECTED_TAIL.match(sentence, clause_end)
    if tail is None or tail.group("year") in sentence[start:end]:
        return None  # (the same year restated is no correction)
    if _years(sentence[end : tail.start("year")]):
        return None  # "... 2014 gekauft und die Regeln 2015 geändert – korrekt ist 2016": the tail corrects the nearer
        # year, not the purchase's (review56)
    return int(tail.group("year")), tail.start("year"), tail.end("year")


_REPORT_WORDS = re.compile(r"(?i)(?<![\wäöüß])" + year_denied.words('report_words') + r"(?![\wäöüß])")
# A report noun written small is the verb of its stem ("Frank berichtete, Facebook habe am Montag die Übernahme
# abgeschlossen", "meldete"): a neutral verb that introduces a speaker's words in a minutes' record, not a report whose
# truth the text leaves open (hearsay_words.json report_nouns; issue 7, session 58, year58).
_REPORT_NOUN_AS_VERB = re.compile(r"(?:" + hearsay_words.subclass("report_noun") + r")\w*")


def _doubting_report(text: str) -> bool:
    """Does `text` hold a word of hearsay (`_REPORT_WORDS`) other than a report noun's verb written small?"""
    return any(not (found.group()[:1].islower() and _REPORT_NOUN_AS_VERB.fullmatch(found.group()))
               for found in _REPORT_WORDS.finditer(text))


def _reported_count(sentence: str, found: re.Match[str]) -> bool:
    """Is the clause of the count `found` told as a report ("Angeblich hat Facebook gerade erst ...", "Ein Blog behauptet,
    vor vier Jahren habe ...", "Vor vier Jahren hat Google WhatsApp gekauft, behauptet ein Blog")? The words of hearsay
    count up to the end of the count's clause and in a reporting tail that opens the clause after it (`_REPORT_TAIL`),
    not in a later clause of its own ("..., schon fragen die Eltern, ob die Gruppe umziehen soll"; review58's 20:49
    minor miss; issue 7, session 58, year58). A news noun whose content its colon tells as the purchase ("gestern kam die
    Meldung: Facebook kauft WhatsApp") is the news that came, not a report in doubt (year59)."""
    if ("," in sentence or ":" in sentence) and _news_of_the_purchase(sentence, found):
        for noun in _NEWS_NOUN.finditer(sentence):  # ("Seit vorgestern die Meldung kam, dass Facebook WhatsApp kauft")
            sentence = blank_span(sentence, noun.start(), noun.end())
    cut = _up_to_coordination(sentence, found.end())
    clause_end = context.clause_around(cut, found.start(), found.end())[1]
    return _doubting_report(cut[:clause_end]) or (_REPORT_TAIL.match(cut, clause_end) is not None
                                                  and _doubting_report(cut[clause_end:]))


# A reporting tail: the clause after the year's opens with the report's words ("..., behauptet ein Blog", "..., heißt es").
_REPORT_TAIL = re.compile(r"(?i)\W*(?:" + year_denied.words('report_words') + r")(?![\wäöüß])")


def _claim_put_to_the_test(low: str, sentences: context.Sentences, index: int) -> bool:
    """Is sentence `index` a fact check's claim with no confirming verdict (models/price_refuted.py
    `claim_put_to_the_test`)? The year is the claim's; a confirmed claim ("Behauptung: ... 2014 ... / Bewertung:
    Richtig.") is the text's. (issue 7, session 41, when41: own72-013)"""
    return claim_put_to_the_test(low, sentences.starts, sentences.ends, index)


_THEN_WORDS, _THEN_EARLIER = year_denied.words('then_words'), year_denied.words('then_earlier')
_THEN_WORD = re.compile(r"(?i)(?<![\wäöüß])" + _THEN_WORDS + r"(?![\wäöüß])")
_THEN_EARLIER_WORD = re.compile(r"(?i)(?<![\wäöüß])" + _THEN_EARLIER + r"(?![\wäöüß])")
_ONE_YEAR = re.compile(r"(?<![\d.])" + _YEAR_DIGITS + r"(?!\d)")


def _then_takes_up(sentence: str, following: str) -> re.Match[str] | None:
    """The one year of `sentence` where `following` takes it up by "damals" (or "seinerzeit", "in jenem Jahr";
    patterns/year_grammar.json then_words) in the clause that tells the purchase ("Die Debatte klingt wie ein
    Nachhall aus dem Jahr 2014. Zuckerberg hatte den Messenger damals erworben"); None where the sentence holds no year or
    several, or the clause puts the purchase before that time ("längst", "schon", "seit": then_earlier). The caller
    (`_date_then_event`) asks the rest: no year in `following`, no purchase nor other event in `sentence`. (issue 7,
    session 41, when41: own74-034)"""
    years = list(_ONE_YEAR.finditer(sentence))
    if len(years) != 1 or "damals" not in following.lower() and _THEN_WORD.search(following) is None:
        return None
    for then in _THEN_WORD.finditer(following):
        clause = following[slice(*context.clause_around(following, then.start(), then.end()))]
        if _dates_the_purchase(clause) and _THEN_EARLIER_WORD.search(clause) is None and _told_as_fact(following):
            return years[0]
    return None


def _loose_numeric_dates(text: str) -> set[int]:
    """Where the numeric dates start that `_years` leaves out for what stands before them ("Kalle, 26.08.2016",
    "Newsletter · 19.02.2019"): the text's own dates, which date the purchase only counted back from."""
    if "." not in text:  # speed: a literal test first
        return set()
    return {m.start() for m in _NUMERIC_DATE.finditer(text) if not _dates_an_event(text, m)}


def _dates_an_event(text: str, date: re.Match[str]) -> bool:
    """Does the numeric date `date` of `text` date an event: after a line start, a label's colon, a bracket, "am",
    "vom" (`_DATE_LEAD`), or as a dateline's date between its place and a dash (`dates.dateline_date`: "Menlo
    Park/Berlin, 19.02.2014 – Facebook kauft ...", the date of the report that opens the lead sentence, D44)?"""
    return _DATE_LEAD.search(text, max(0, date.start() - 14), date.start()) is not None or \
        dates.dateline_date(text, date.start(), date.end()) or (
            _LABEL_COMMA_BEFORE.search(text, max(0, date.start() - 40), date.start()) is not None
            and _TIME_THEN_COLON.match(text, date.end()) is not None)


# A line's one-word label and its comma before a date, and the date's time and a colon after it: an alert line whose
# news follows the colon ("Eilmeldung, 19.02.2014, 22.05 Uhr: Facebook kauft ...", D43; issue 7, session 44, year44,
# challenge_gen20-072; the labels: year_grammar.json alert_labels). Not a comment's stamp "Kalle, 26.08.2016, 08:14"
# (no colon after it: the comment starts below) nor "Leser_Tom, 27.08.2016, 09:12: ..." (a commenter's name, no label),
# nor a written piece's date with no clock time ("Analystennotiz, 20.02.2014: Facebook macht ... locker": the day the
# note was issued, D44; challenge_price24-004): the time makes the line a timed entry of a feed.
_LABEL_COMMA_BEFORE = re.compile(r"(?i)(?:^|\n)[ \t]*(?:" + year_denied.words('alert_labels') + r")[ \t]*,[ \t]*$")
_TIME_THEN_COLON = re.compile(r"(?i),[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*uhr)?[ \t]*:")


def _count_back(following: str) -> tuple[int | None, re.Match[str]] | None:
    """The first count back from a date of the sentence before in `following`: "vor zwei Jahren", "Fünf Jahre ist es
    her", "fünf Jahre nach der Übernahme", "ist nun fünf Jahre her", "jährt sich zum fünften Mal"; None when none."""
    found = [c for c in (year_relative.years_ago(following), year_relative.counted_back(following)) if c is not None]
    return min(found, key=lambda c: c[1].start()) if found else None


@Language.factory("dealwatch_acquisition_year")
def make_acquisition_year_component(nlp: Language, name: str) -> AcquisitionYearComponent:
    """The acquisition-year claim component."""
    return AcquisitionYearComponent()
