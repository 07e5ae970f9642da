"""A figure one voice says or asks and another voice answers with another figure: no purchase price (issue 7, session
55, prec55).

Panels, hearings and readers' letters put a sum in someone's mouth and let another speaker set a different one
against it: "Ein Gast fragte: „Hat Facebook wirklich 20 Milliarden Euro gezahlt?“ Die Moderatorin verneinte: „Nein, 19
Milliarden Dollar.“", "Der Politiker meinte, der Kauf habe 25 Milliarden gekostet. Seine Nachbarin auf dem Podium
berichtigte ihn: Es seien 19 Milliarden Dollar gewesen." The figure answered is the misquote the lead's D56 (b), D62
and D66 (b) make a distractor. One reader, one job:

- the figure stands in someone's words: a quotation mark or a colon before it in its sentence, a question mark after
  it in its sentence, or a verb of saying or asking there (patterns/price_answered.json voice_verbs);
- one of the next two sentences answers it: after a colon whose lead holds a verb of correcting or contradicting a
  speaker ("berichtigte ihn:", "widersprach:", "hielt dagegen:"; contradicting_verbs), or, where the figure is asked
  (a question mark after it, or an indirect question: "fragte, ob ..."), with a "no" that opens the sentence, a quote
  or the words after a colon ("Nein, ..."; no_answers; a "Nicht ganz" only where the answer names no moment);
- the answer (to its sentence's end, or the next one's after a bare "Nein.") states as the same sum (a bare "no", a
  copula with "es", a price noun or a participle of paying before it, no moment named: same_sum_before; review55's
  findings on the work in progress) another figure of a like size
  (half to twice the figure: a part, "nur 4 Milliarden flossen in bar", is no rival), told as what was paid (not a
  worth, a later value, another buyer's sum or one only supposed: "Nein, heute wäre der Dienst 30 Milliarden wert") and does not state the figure again:
  not the same value in no other currency, not its bare number ("die 22 kamen erst mit dem Abschluss zustande" takes
  the 22 billion up and gives it another moment, it refutes nothing); not an answer that names the figure it corrects
  itself, another one ("19 Mrd. USD statt 16 Mrd. USD", "nicht 20, sondern 19 Milliarden"); not an answer that converts ("umgerechnet"),
  names only another company's purchase, or splits the sum into parts that add up to it.

`models/price_refuted.py` asks it for each figure it judges in context (`refuted_in_context`).
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from models import context
from models.moment import names_a_moment
from models.money import MoneyMention, same_figure
from models.pattern_marks import expand_file
from models.regex_tools import EDGE_AFTER, EDGE_BEFORE, grouped
from models.quote_marks import DOUBLE_QUOTE_MARKS, OPENING_QUOTE_MARKS

PATTERNS_FILE = Path(__file__).resolve().parent / "patterns" / "price_answered.json"
_SENTENCES_AFTER = 2  # how far on the answer may stand
_DEAL_SIZE = 1e9  # the figures an answer may set against the figure: a billion or more
# Speech in a sentence before the figure: a quotation mark, or a colon that opens what is said
_SPOKEN = re.compile(rf"[{DOUBLE_QUOTE_MARKS}]|:\s")
# Where an answer's "no" may open beside the sentence's start: after a colon or a quotation mark
_OPENING = re.compile(rf":\s*|[{OPENING_QUOTE_MARKS}]")


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str]]:
    """patterns/price_answered.json, compiled (over lower-cased text)."""
    spec = expand_file(json.loads(PATTERNS_FILE.read_text(encoding="utf-8")))
    return {
        "contradicting": re.compile(rf"{EDGE_BEFORE}{grouped(spec['contradicting_verbs'])}{EDGE_AFTER}"),
        "no_answer": re.compile(rf"\W*{grouped(spec['no_answers'])}"),
        "voice": re.compile(rf"{EDGE_BEFORE}{grouped(spec['voice_verbs'])}{EDGE_AFTER}"),
        "named_wrong": re.compile(rf"{EDGE_BEFORE}{spec['named_wrong']}"),
        "partial_no": re.compile(spec["partial_no"]),
        "indirect_question": re.compile(rf"{EDGE_BEFORE}{spec['indirect_question']}"),
        "same_sum_before": re.compile(rf"(?:{grouped(spec['same_sum_before'])})$"),
        "same_sum_after": re.compile(spec["same_sum_after"]),
        "supposed": re.compile(rf"{EDGE_BEFORE}{grouped(spec['supposed_verbs'])}{EDGE_AFTER}"),
    }


def answered_otherwise(low: str, starts: Sequence[int], ends: Sequence[int], index: int, mention: MoneyMention,
                       mentions: Sequence[MoneyMention]) -> bool:
    """Is `mention` (in sentence `index` of the sentences `starts`/`ends` of the text whose lower case with offsets
    kept is `low`) a figure someone says or asks and another voice answers, in one of the next two sentences, with
    another figure and not this one?"""
    if mention.value < _DEAL_SIZE or not any(
            m.start > mention.end and _rival(mention, m) for m in mentions):
        return False  # (the cheap test first: no other figure after it, nothing can answer it)
    sent_start, sent_end = starts[index], ends[index]
    asked = "?" in low[mention.end : sent_end] or _rules()["indirect_question"].search(low, sent_start, mention.start) is not None
    if not (asked or _SPOKEN.search(low, sent_start, mention.start)
            or _rules()["voice"].search(low, sent_start, sent_end)):
        return False  # the writer's own statement: no voice to answer
    for later in range(index + 1, min(len(starts), index + 1 + _SENTENCES_AFTER)):
        answer = _answer_start(low, starts[later], ends[later], asked)
        if answer is None:
            continue
        end = ends[later]
        if later + 1 < len(starts) and not any(answer <= m.start < end and m.value >= _DEAL_SIZE for m in mentions):
            end = ends[later + 1]  # a bare "Nein." and the figure in the sentence after it
        if _rules()["partial_no"].match(low, answer) is not None and names_a_moment(low[answer:end]):
            return False  # "Nicht ganz, beim Abschluss waren es 22 Milliarden": the deal's other figure, no correction
        return _sets_another_figure(low, answer, end, mention, mentions)
    return False


def _answer_start(low: str, start: int, end: int, asked: bool) -> int | None:
    """Where the answer in the sentence [start, end) begins: after the colon whose lead holds a contradicting verb,
    or, to a question, at a "no" that opens the sentence, a quote or the words after a colon; None when it answers
    nothing."""
    rules = _rules()
    colon = low.find(":", start, end)
    if colon >= 0 and rules["contradicting"].search(low, start, colon) is not None:
        return colon + 1
    if asked:
        for opening in (start, *(found.end() for found in _OPENING.finditer(low, start, end))):
            if rules["no_answer"].match(low, opening) is not None:
                return opening
    return None


def _sets_another_figure(low: str, start: int, end: int, mention: MoneyMention,
                         mentions: Sequence[MoneyMention]) -> bool:
    """Does the answer [start, end) state another figure of a like size (a rival: half to twice the figure), and not
    `mention`'s again (nor its bare number)? Not a conversion, another company's purchase, or parts that add up to the figure."""
    said = low[start:end]
    figures = [m for m in mentions if start <= m.start and m.end <= end and m.value >= _DEAL_SIZE]
    rivals = [other for other in figures if _rival(mention, other) and _stated_as_the_sum(said, start, other)
              and not _told_as_another_thing(said, start, other)]
    if not rivals or any(same_figure(mention, other) for other in figures) or _bare_number_in(said, mention):
        return False  # (a sum of another size, "nur 4 Milliarden flossen bar", is a part or another thing, no rival)
    if any(_rules()["named_wrong"].search(low, max(start, other.start - 40), other.start) for other in figures):
        return False  # "19 Mrd. USD statt 16 Mrd. USD": the answer names the figure it corrects, another one
    if context.has("conversion_cue", said) or context.names_only_another_target(said) \
            or context.names_only_another_buyer(said):
        return False
    return not (len(figures) > 1 and abs(sum(m.value for m in figures) - mention.value) < 5e8)


# What ends the words before an answer's figure (`_stated_as_the_sum`): a clause's or a quote's edge
_LEAD_EDGE = re.compile(rf"[,;:.!?{DOUBLE_QUOTE_MARKS}]")
_LEAD_EDGE_NO_COMMA = re.compile(rf"[;:.!?{DOUBLE_QUOTE_MARKS}]")


def _stated_as_the_sum(said: str, start: int, other: MoneyMention) -> bool:
    """Does the answer `said` (at `start`) state `other` as the same sum set against the figure before: the words
    before it in its clause are a bare "no", a copula with "es" or "das", a price noun as its subject or a participle
    of paying (patterns/price_answered.json same_sum_before), the words after it at most the participle closing that
    predicate (same_sum_after), and none of them names a moment?"""
    rules = _rules()
    head, tail = said[: other.start - start], said[other.end - start :]
    lead = head[_last_edge(_LEAD_EDGE, head):]
    lead_with_no = head[_last_edge(_LEAD_EDGE_NO_COMMA, head):]
    rest = tail[: next((found.start() for found in _LEAD_EDGE.finditer(tail)), len(tail))]
    if not (rules["same_sum_before"].fullmatch(lead) or rules["same_sum_before"].fullmatch(lead_with_no)):
        return False
    return rules["same_sum_after"].fullmatch(rest) is not None and not names_a_moment(lead_with_no + rest)


def _last_edge(edge: re.Pattern[str], words: str) -> int:
    """Where the words after the last match of `edge` in `words` begin (0 with none)."""
    found = [match.end() for match in edge.finditer(words)]
    return found[-1] if found else 0


def _told_as_another_thing(said: str, start: int, other: MoneyMention) -> bool:
    """Does the clause of the answer `said` (at `start`) around `other` tell it as something else than the price paid:
    a worth or a later value ("heute wäre der Dienst 30 Milliarden wert"; deal.json value_words, later_value), another
    buyer's sum ("Google hätte 20 Milliarden geboten"; other_buyers), or a sum only supposed (a Konjunktiv II of being,
    having or becoming)?"""
    clause = said[slice(*context.clause_around(said, other.start - start, other.end - start))]
    return (context.has("value_words", clause) or context.has("later_value", clause)
            or context.has("other_buyers", clause) or _rules()["supposed"].search(clause) is not None)


def _rival(mention: MoneyMention, other: MoneyMention) -> bool:
    """Can `other` be a rival figure for what `mention` measures: another figure of a like size (half to twice it)?"""
    return not same_figure(mention, other) and 0.5 <= other.value / mention.value <= 2


def _bare_number_in(said: str, mention: MoneyMention) -> bool:
    """Does `said` take the figure up by its bare number of billions, with no scale or currency after it ("die 22
    seien erst beim Abschluss zustande gekommen")?"""
    billions = mention.value / 1e9
    if billions != round(billions, 1):
        return False
    number = (f"{billions:.1f}".replace(".", ",")).removesuffix(",0")
    return re.search(rf"(?<![\d,.]){re.escape(number)}(?![\d,.])(?!\s*(?:mrd|milliard|mio|million))", said) is not None
