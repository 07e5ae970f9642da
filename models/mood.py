"""The unreal clause: what the Konjunktiv II and a condition say did not happen (issue 7, session 39, when39).

"Hätte Facebook ein Jahr gewartet, hätte es 21 Milliarden zahlen müssen", "wenn Facebook schon 2012 zugegriffen
hätte": the clause's finite verb is in the Konjunktiv II (deal.json counterfactual_finites) and it is an unreal
condition (opened by "wenn"/"falls"/"sofern", or verb first where a sentence or statement opens) or the consequence
of one in its sentence. Its sum was not paid (price.py `_counterfactual`) and its year dates no purchase (year.py
`_unreal_clause`). Session 38 wrote the two readings as near copies; this is the one reader both call. Where the two
readings differ (which words deny, whether a statement opens after a colon, which marks may stand around a verb-first
clause and a question's mark) the difference is a named parameter of `UnrealClauses`, not a copy. Vocabulary:
patterns/mood.json.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from models import context, hearsay_words
from models.layer.spelling import swiss_file
from models.layer.tagger import FINITE, may_tag
from models.pattern_marks import expand_file
from models.quote_marks import CLOSING_DOUBLE_QUOTE_MARKS
from models.regex_tools import EDGE_AFTER as _EDGE_AFTER, EDGE_BEFORE as _EDGE_BEFORE, grouped

PATTERNS_FILE = Path(__file__).resolve().parent / "patterns" / "mood.json"
# The characters of a clause edge and the blanks around it (context.clause_around's edges): skipped to reach the next
# clause when walking a sentence's clauses.
_EDGE_CHARACTERS = frozenset(" \t\n,;:()[]–—-+")


@lru_cache(maxsize=1)
def _spec() -> dict[str, Any]:
    """patterns/mood.json, its placeholders expanded ("@negation@", models/pattern_marks.py) and folded for the Swiss
    spelling, read once."""
    return swiss_file(expand_file(json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))))


_FINITES = context.cue_words("counterfactual_finites")
# A finite verb in the Konjunktiv II anywhere in a text ("hätte", "wären", "müsste", "läge")
UNREAL_FINITE = re.compile(rf"(?i){_EDGE_BEFORE}{_FINITES}{_EDGE_AFTER}")
# A clause opened by a condition's subordinator ("wenn", "und falls", "selbst wenn")
CONDITION_OPENS = re.compile(
    rf"(?i)^\W*(?:{grouped(_spec()['condition_particles'])}\s+)?{grouped(_spec()['condition_openers'])}{_EDGE_AFTER}")
# A clause opened by a fronted "ohne" phrase before a Konjunktiv II verb ("Ohne den Kursanstieg hätte ...")
WITHOUT_OPENS = re.compile(rf"(?i)^\W*{_spec()['without']}\s+(?:[\wäöüß-]+\s+){{1,4}}?{_FINITES}{_EDGE_AFTER}")
# The denials (patterns/mood.json "denials": the negation class of negation_words.json and "kein"), one list for every
# reader of the unreal's denial
DENIAL = re.compile(rf"(?i){_EDGE_BEFORE}{grouped(_spec()['denials'])}{_EDGE_AFTER}")
_STATEMENT_OPENER = re.compile(_spec()["statement_openers"])


def unreal_finite(text: str) -> bool:
    """Does `text` hold a finite verb in the Konjunktiv II ("hätte", "wären", "würde", "läge")?"""
    return UNREAL_FINITE.search(text) is not None


def condition_opens(clause: str) -> bool:
    """Is `clause` opened by a condition's subordinator ("wenn", "falls", "sofern"; "selbst wenn")?"""
    return CONDITION_OPENS.match(clause) is not None


def without_opens(clause: str) -> bool:
    """Does `clause` open with an "ohne" phrase before its Konjunktiv II verb ("Ohne den Kursanstieg hätte die
    Übernahme 17 Milliarden gekostet"): a condition said as a phrase?"""
    return WITHOUT_OPENS.match(clause) is not None


@dataclass(frozen=True)
class UnrealClauses:
    """The reader of unreal conditions and their consequences in a sentence, with the choices its callers differ in.

    `denial`: the words that deny (`DENIAL`). `statements_inside`: does a statement open
    after a colon or a dash inside a sentence, where a verb-first clause is put first as at the sentence's start
    ("Ein Gutachter rechnete vor: Hätte Facebook gewartet, ...")? `edges`: "any" (any non-word character may stand
    before a verb-first clause's verb; a question's mark is the last character but blanks) or "quotes" (only blanks
    and opening quote marks before the verb; blanks and closing quote marks after the mark)."""

    denial: re.Pattern[str]
    statements_inside: bool
    edges: str
    _verb_first: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _after_question: str | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        edges = _spec()["edges"][self.edges]
        object.__setattr__(self, "_verb_first", re.compile(rf"(?i)^{edges['before_verb']}{_FINITES}{_EDGE_AFTER}"))
        object.__setattr__(self, "_after_question", edges["after_question"])

    def denied(self, text: str) -> bool:
        """Does `text` deny (a denial makes the unreal's content the fact: "Hätte Facebook nicht 19 Milliarden
        gezahlt, ...")?"""
        return self.denial.search(text) is not None

    def asks(self, sentence: str) -> bool:
        """Does `sentence` end with a question mark (a verb-first clause there asks, it supposes nothing)?"""
        return sentence.rstrip(self._after_question).endswith("?")

    def opens_statement(self, sentence: str, start: int) -> bool:
        """Does the clause at `start` open its sentence, or (`statements_inside`) a statement after a colon or a
        dash inside it? A verb-first clause there is a condition or a question put first."""
        return start == 0 or (self.statements_inside and _STATEMENT_OPENER.search(sentence, 0, start) is not None)

    def condition(self, sentence: str, start: int, end: int, *, verb_first: bool = True) -> bool:
        """Is sentence[start:end] an unreal condition: a Konjunktiv II finite verb, and opened by "wenn"/"falls"/
        "sofern" or (`verb_first`, where a statement opens) by that verb ("Hätte Facebook gewartet, ...")?"""
        clause = sentence[start:end]
        return unreal_finite(clause) and (condition_opens(clause) or (
            verb_first and self.opens_statement(sentence, start) and self._verb_first.match(clause) is not None))

    def condition_elsewhere(self, sentence: str, start: int, end: int, *, verb_first: bool = True) -> bool:
        """Is another clause of `sentence` than sentence[start:end] an unreal condition (`condition`): the clause at
        [start, end) is then its consequence ("Hätte Zuckerberg gewartet, hätte er WhatsApp erst 2016 gekauft")?"""
        return any((other_start, other_end) != (start, end) and self.condition(
            sentence, other_start, other_end, verb_first=verb_first) for other_start, other_end in _clauses(sentence))


def _clauses(sentence: str) -> Iterator[tuple[int, int]]:
    """The clauses of `sentence` (`context.clause_around`) from its first to its last, as (start, end): the one walk
    over a sentence's clauses that `UnrealClauses.condition_elsewhere` and `scenario_condition_elsewhere` share."""
    position = 0
    while position < len(sentence):
        other_start, other_end = context.clause_around(sentence, position, position)
        yield other_start, other_end
        position = max(other_end, position) + 1
        while position < len(sentence) and sentence[position] in _EDGE_CHARACTERS:
            position += 1  # past the edge ("So sieht es der Gutachter – hätte Meta gezögert, ..."): the next clause


# A scenario's condition in any mood (patterns/mood.json "scenario_openers": "falls", "sofern"), and the Konjunktiv II
# finites of its consequence: deal.json counterfactual_finites with mood.json "scenario_finites" ("dürfte").
SCENARIO_OPENS = re.compile(
    rf"(?i)^\W*(?:{grouped(_spec()['condition_particles'])}\s+)?{grouped(_spec()['scenario_openers'])}{_EDGE_AFTER}")
SCENARIO_FINITE = re.compile(
    rf"(?i){_EDGE_BEFORE}(?:{_FINITES}|{grouped(_spec()['scenario_finites'])}){_EDGE_AFTER}")
# The first word of a clause, past marks, quotes and a coordinating particle in any case ("Und sollte ...", "und
# sollte ...": deal.json coordinating_particles).
_FIRST_WORD = re.compile(rf"\W*(?:(?i:{context.cue_words('coordinating_particles')})\s+)?([A-Za-zÄÖÜäöüß]+)")


# The open condition (patterns/mood.json "open_condition_finites", "consequence_openers"): "sollte" after "wenn" or verb
# first; the words that open a consequence after a condition's comma ("..., dann ist das ein Rekord").
_OPEN_FINITE = re.compile(rf"(?i){_EDGE_BEFORE}{grouped(_spec()['open_condition_finites'])}{_EDGE_AFTER}")
_OPEN_FINITE_FIRST = re.compile(
    rf"\W*(?:(?i:{context.cue_words('coordinating_particles')})\s+)?(?i:{grouped(_spec()['open_condition_finites'])})"
    r"\s+(?:[A-ZÄÖÜ]|(?:der|die|das|den|dem|des|ein|eine|einen|einem|es|er|sie|man|wir|ihr|du|ich)(?![\wäöüß]))")
_CONSEQUENCE_WORD = re.compile(rf"\s*,\s*(?:(?i:{grouped(_spec()['consequence_openers'])})\s+)?([A-Za-zÄÖÜäöüß]+)")
# The words one of which a clause needs to be an open condition of `open_condition` other than a verb-first one read by
# its consequence after a comma: "falls"/"sofern" (scenario_openers) and the Konjunktiv II of "sollen"
# (open_condition_finites, also what "wenn" needs). A reader's cheap gate before the tagger is asked (issue 10); one
# vocabulary with `open_condition` (review42, session 42: price.py had spelled the five words again).
OPEN_CONDITION_WORDS = re.compile(
    rf"(?i){_EDGE_BEFORE}{grouped(_spec()['scenario_openers'] + _spec()['open_condition_finites'])}{_EDGE_AFTER}")


# The start of a condition (patterns/mood.json "condition_start"): past marks and one particle, a condition's
# subordinator, the verb-first "sollte" or a supposition ("angenommen", "im Fall, dass"). Over the lower-cased text,
# case-sensitive (its readers lower their text once; the case-sensitive scan is the cheaper one). The one vocabulary of
# "does this clause open a condition?" (issue 7, session 43, merge43): negation.is_conditional and opt_out.py's world
# condition spelled it apart until then.
_CONDITION_PARTICLES = _spec()["condition_particles"] + _spec()["condition_start_particles"]
# A concessive particle ("selbst wenn", "auch wenn") makes the condition concede: its main clause holds either way, so
# the supposed reading does not take it (review43, session 43)
_SUPPOSING_PARTICLES = [word for word in _CONDITION_PARTICLES if word not in _spec()["concessive_particles"]]
_CONDITION_WORDS_EXCEPT_WENN = grouped(
    [word for word in _spec()["condition_openers"] if word != "wenn"]
    + _spec()["open_condition_finites"] + _spec()["supposition_openers"])
# "wenn" with a Konjunktiv II finite or "sollte" before the clause's first comma, semicolon or colon
_SUPPOSED_WENN = (rf"wenn{_EDGE_AFTER}(?=[^,;:]*{_EDGE_BEFORE}"
                  rf"{grouped(context.cue_list('counterfactual_finites') + _spec()['open_condition_finites'])}{_EDGE_AFTER})")
CONDITION_START = {
    wenn: re.compile(rf"\W*(?:{grouped(particles)}\s+)?(?:{_CONDITION_WORDS_EXCEPT_WENN}{_EDGE_AFTER}|{pattern})")
    for wenn, particles, pattern in (("any", _CONDITION_PARTICLES, rf"wenn{_EDGE_AFTER}"),
                                     ("supposed", _SUPPOSING_PARTICLES, _SUPPOSED_WENN))
}


def condition_start(text: str, pos: int = 0, endpos: int | None = None, *, wenn: str = "any") -> re.Match[str] | None:
    """Does the clause text[pos:endpos] (lower-cased) open a condition: past marks and a particle ("und", "denn",
    "selbst"), "wenn", "falls", "sofern", a verb-first "sollte" or a supposition ("angenommen", "im Fall, dass")? Its
    match, or None. `wenn`: "any" ("wenn" in any mood opens one: "wenn man widerspricht, ...") or "supposed" ("wenn"
    only with a Konjunktiv II finite or "sollte" before the clause's first comma: "wenn whatsapp die regeln ändern
    würde, ..." supposes, "wenn whatsapp die regeln ändert, ..." may tell; and no concessive particle before it:
    "selbst wenn whatsapp die regeln ändern würde, ..." concedes, its main clause holds). The one reader of a condition's start
    (negation.is_conditional, opt_out.py `_world_condition`); `open_condition` reads whether such a clause's content is
    supposed in the price's sentence."""
    pattern = CONDITION_START[wenn]
    return pattern.match(text, pos) if endpos is None else pattern.match(text, pos, endpos)


def _consequence_word(sentence: str, end: int) -> str | None:
    """The first word of the consequence after the clause that ends at `end`: past its comma (and "dann"/"so") a word
    in lower case that may be the main clause's finite verb ("..., wäre das ein Rekord", "..., dann ist das viel");
    None where none follows. A verb-first clause so followed is a condition put first, not a question or a statement
    with its subject left out."""
    following = _CONSEQUENCE_WORD.match(sentence, end)
    if following is None or not following.group(1)[0].islower():
        return None
    word = following.group(1)
    return word if any(may_tag(word, tag, first=False) for tag in FINITE) else None


def open_condition(unreal: UnrealClauses, sentence: str, start: int, end: int) -> bool:
    """Is the clause sentence[start:end] an open condition whose content is supposed, not told: opened by
    "falls"/"sofern" ("Falls Facebook 19 Milliarden zahlt, ..."), by "wenn" with "sollte" ("Wenn Facebook 19
    Milliarden zahlen sollte, ..."), verb first where a statement opens with its consequence after its comma and
    either "sollte" as its verb ("Sollte der Preis 19 Milliarden Dollar betragen, wird es teuer") or the consequence
    in the Konjunktiv II ("Zahlte Facebook 19 Milliarden, wäre das ein Rekord"), or "sollte" first after a comma with
    its subject next ("..., sollte Facebook 19 Milliarden bieten")? Not in a question. A verb-first condition in the
    indicative with an indicative consequence ("Rechnet man 19 Milliarden auf die Nutzer um, ergibt das ...") may
    take the known sum up, and stays to the other readers; so does "wenn" with the indicative (also factual or
    temporal). `scenario_condition_elsewhere` reads the consequence of a condition; this reads the condition itself.
    Issue 7, session 42, prec42."""
    if unreal.asks(sentence):
        return False
    clause = sentence[start:end]
    if SCENARIO_OPENS.match(clause) is not None:
        return True
    if CONDITION_OPENS.match(clause) is not None:
        return _OPEN_FINITE.search(clause) is not None
    if unreal.opens_statement(sentence, start):
        if not _verb_first(clause):
            return False
        consequence = _consequence_word(sentence, end)
        return consequence is not None and (_OPEN_FINITE_FIRST.match(clause) is not None or unreal_finite(consequence))
    return start > 0 and sentence[:start].rstrip().endswith(",") and _OPEN_FINITE_FIRST.match(clause) is not None


def scenario_finite(text: str) -> bool:
    """Does `text` hold a finite verb of a scenario's consequence in the Konjunktiv II ("könnte", "wäre", "dürfte")?"""
    return SCENARIO_FINITE.search(text) is not None


_POSSIBILITY_FINITE = re.compile(rf"(?i){_EDGE_BEFORE}{grouped(_spec()['possibility_finites'])}{_EDGE_AFTER}")


def possibility_finite(text: str) -> bool:
    """Does `text` hold a modal of possibility in the indicative or the Konjunktiv I ("kann", "könne"): a scenario's
    consequence under a condition as much as "könnte" (mood.json possibility_finites; session 48, prec48)?"""
    return _POSSIBILITY_FINITE.search(text) is not None


def _verb_first(clause: str) -> bool:
    """Does `clause` open with a word that may be a finite verb ("Sollte der Kurs ...", "Fällt der Kurs ...")?"""
    first = _FIRST_WORD.match(clause)
    return first is not None and any(may_tag(first.group(1), tag, first=True) for tag in FINITE)


def scenario_condition_elsewhere(unreal: UnrealClauses, sentence: str, start: int, end: int) -> bool:
    """Is the clause sentence[start:end] the consequence of a scenario: another clause of the sentence a condition in
    any mood, opened by "falls"/"sofern" (anywhere: "könnte ... 22 Milliarden Euro erreichen, falls Meta ...
    freischaltet") or verb first where a statement opens, before the clause ("Sollte der Höhenflug anhalten, könnte der
    Kaufpreis auf 22,5 Milliarden steigen", "Fällt der Kurs, wären es 17 Milliarden")? Not in a question (a verb-first
    clause there asks). `UnrealClauses.condition_elsewhere` reads only conditions in the Konjunktiv II; the lead's D55
    (a) makes a scenario's sum under any condition no price. Issue 7, session 40, price40."""
    if unreal.asks(sentence):
        return False
    for other_start, other_end in _clauses(sentence):
        if (other_start, other_end) != (start, end):
            clause = sentence[other_start:other_end]
            if SCENARIO_OPENS.match(clause) is not None or (
                    other_end <= start and unreal.opens_statement(sentence, other_start) and _verb_first(clause)):
                return True
    return False


# A norm told, not a fact (patterns/mood.json "norm_finites", "opinion_norm_finites"): the Konjunktiv I and II of
# "müssen" ("müsse", "müssten"), and "sollte(n)" beside an opinion's holder: an opinion frame before it in its clause
# (hearsay_words.json opinion_frames: "aus Sicht der Stiftung") or a belief verb's tail after it (belief_verbs:
# "..., meint der Datenschützer"). Over the lower-cased sentence.
_NORM_FINITE = re.compile(rf"{_EDGE_BEFORE}{grouped(_spec()['norm_finites'])}{_EDGE_AFTER}")
_OPINION_NORM_FINITE = re.compile(rf"{_EDGE_BEFORE}{grouped(_spec()['opinion_norm_finites'])}{_EDGE_AFTER}")
_OPINION_FRAME = re.compile(rf"{_EDGE_BEFORE}(?:{hearsay_words.subclass('opinion_frame')}){_EDGE_AFTER}")
# a belief verb's tail closing the sentence: ", meint der Datenschützer.", ", glauben Verbraucherschützer."
_BELIEF_TAIL = re.compile(
    rf",\s*(?:{hearsay_words.subclass('belief_verb')}){_EDGE_AFTER}[^,;:.!?]{{0,80}}[.!]?\W*$")
# the infinitive that closes the norm's clause: its content is an ability or an option's existence ("bestimmen dürfen",
# "die Möglichkeit haben", "es ... einen Schalter geben"), not an act ("den Haken entfernen")
_NORM_INFINITIVE = re.compile(rf"{_EDGE_BEFORE}{grouped(_spec()['norm_infinitives'])}[\s.!?{CLOSING_DOUBLE_QUOTE_MARKS}']*$")
# what ends the first clause before a norm's modal ("Wer widersprechen will, | müsse ..." tells the way to an option)
_CLAUSE_EDGE = re.compile(r"[,;:–—(]|\s-\s")


def norm_modal(sentence: str, lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
    """The span of the modal that makes the lower-cased `sentence` tell a norm within [lo, hi): a Konjunktiv of
    "müssen" ("Jeder müsse selbst bestimmen dürfen, ob ...", "Nutzer müssten eigentlich die Möglichkeit haben, ...")
    or "sollte(n)" beside an opinion's holder, the clause closed by an infinitive of ability or existence ("dürfen",
    "können", "haben", "geben": mood.json norm_infinitives; not an act, "Nutzer sollten den Haken entfernen, meint der
    Datenschützer", advice that presupposes the option), ("Aus Sicht der Stiftung sollte es einen Schalter geben, ...", "Es sollte
    eine Wahl geben, meint der Verband"), standing in the sentence's first clause from `lo` (no comma, colon or dash
    before it: "Wer widersprechen will, müsse den Haken entfernen" tells the way to an option that exists). What
    follows the modal is what should be, not what is: a reported or wished norm (the demand convention). None where
    the sentence tells none. Issue 7, session 44, opt44 (challenge_gen20's O15: three demands read as options)."""
    hi = len(sentence) if hi is None else hi
    edge = _CLAUSE_EDGE.search(sentence, lo, hi)
    first_end = edge.start() if edge is not None else hi
    found = _NORM_FINITE.search(sentence, lo, first_end)
    if found is not None and _NORM_INFINITIVE.search(sentence, found.end(), first_end) is not None:
        return found.span()
    found = _OPINION_NORM_FINITE.search(sentence, lo, first_end)
    if found is not None and _NORM_INFINITIVE.search(sentence, found.end(), first_end) is not None and (_OPINION_FRAME.search(sentence, lo, found.start()) is not None
                              or _BELIEF_TAIL.search(sentence, found.end()) is not None):
        return found.span()
    return None
