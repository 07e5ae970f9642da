"""A figure in a currency the text judges wrong: no purchase price (issue 7, session 52, prec52).

Advice columns and fact checks answer a reader who quotes the deal's sum in the wrong currency: "Ein Kollege behauptet,
Facebook habe für WhatsApp 19 Milliarden Euro bezahlt. ... 19 Milliarden Dollar ... Die Angabe in Euro ist schlicht
falsch." The figure in euros is the misquote the text corrects (the lead's D56 (b)), not a price. One reader, one job:

- the figure names a contract currency, and the text states the same number in the other contract currency (the
  correction's figure: "19 Milliarden Euro" against "19 Milliarden Dollar"; a conversion has another number);
- a sentence at or after the figure's names that currency - by a currency word ("die Angabe in Euro") or a figure in
  it ("Die Angabe „19 Mrd. €“") - in the clause of a negative verdict and before it: a copula with a predicate of
  falsehood ("ist schlicht falsch"), "stimmt nicht", or a verb of mixing up the currency ("vermischt Zahl und Währung";
  patterns/price_currency_judged.json). The name must stand in the verdict's own clause, before the verdict: "das ist
  falsch: es waren 19 Milliarden Euro" names the currency it corrects to, after the verdict; "Dass die Summe in Dollar
  ausgezahlt wurde, ist falsch" judges a clause about the payment; a clause naming both currencies judges neither; a
  negation in the clause beside the verdict's own ("ist aber nicht falsch") judges none;
- or a sentence at or after the figure's denies the figure itself - the same number in the same currency - in favour of
  the same number in the other contract currency ("Die Summe betrug nicht 19 Milliarden Euro, sondern 19
  Milliarden Dollar"; patterns/price_currency_judged.json denial_before, but_rather): a chatbot's or a writer's own
  correction of the currency two paragraphs after the first answer (issue 7, session 53, prec53).

`models/price_refuted.py` asks it for each figure it judges in context (`refuted_in_context`).
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from models import context
from models.money import MoneyMention
from models.regex_tools import EDGE_AFTER, EDGE_BEFORE, grouped

PATTERNS_FILE = Path(__file__).resolve().parent / "patterns" / "price_currency_judged.json"
_CONTRACT_CURRENCIES = frozenset({"EUR", "USD"})
# The negation that is the verdict itself, at its end ("stimmt nicht", "trifft nicht zu"); any other takes it back
_OWN_NEGATION_END = re.compile(r"(?<![\wäöüß])nicht(?:\s+zu)?$")
# A clause's edge inside a verdict's match: the words run into the next clause
_CLAUSE_EDGE = re.compile(r"[,;:()–—]|\s-\s")
# A negation ("nicht", "kein Fehler", "keineswegs"): one in the verdict's clause beyond the verdict's own ("stimmt
# nicht") takes it back ("ist aber nicht falsch")
_NEGATION = re.compile(r"(?<![\wäöüß])(?:nicht|kein|keine|keinen|keineswegs|nie|niemals)(?![\wäöüß])")


@lru_cache(maxsize=1)
def _rules() -> dict[str, re.Pattern[str]]:
    """patterns/price_currency_judged.json, compiled (over lower-cased text)."""
    spec = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    rules = {f"currency:{code}": re.compile(rf"(?<![\wäöüß]){grouped(words)}(?![\wäöüß])")
             for code, words in spec["currency_words"].items()}
    rules["verdict"] = re.compile(rf"{EDGE_BEFORE}{grouped(spec['negative_verdicts'])}{EDGE_AFTER}")
    rules["denial_before"] = re.compile(spec["denial_before"])
    rules["but_rather"] = re.compile(spec["but_rather"])
    return rules


def _currencies_named(low: str, start: int, end: int, mentions: Sequence[MoneyMention]) -> set[str]:
    """The contract currencies [start, end) names, by a currency word or by a figure in it."""
    rules = _rules()
    named = {m.currency for m in mentions if start <= m.start < end and m.currency in _CONTRACT_CURRENCIES}
    named |= {code for code in _CONTRACT_CURRENCIES if rules[f"currency:{code}"].search(low, start, end)}
    return named


def _judges_currency_wrong(low: str, start: int, end: int, mentions: Sequence[MoneyMention]) -> str | None:
    """The currency the sentence [start, end) judges wrong, else None: a negative verdict whose own clause
    (`context.clause_around`: "Dass die Summe in Dollar ausgezahlt wurde, | ist falsch" judges a clause, no currency)
    names one contract currency and no other before it (a word or a figure: its subject, "Die Angabe in Euro"), with no
    negation in the clause beside the verdict's own ("ist aber nicht falsch")."""
    rules = _rules()
    sentence = low[start:end]
    for verdict in rules["verdict"].finditer(low, start, end):
        if _CLAUSE_EDGE.search(verdict.group()):
            continue  # the verdict runs past its clause ("ist korrekt, falsch ist ...")
        left, _ = context.clause_around(sentence, verdict.start() - start, verdict.end() - start)
        own = 1 if _OWN_NEGATION_END.search(verdict.group()) else 0  # "stimmt nicht", "trifft nicht zu"
        if len(_NEGATION.findall(low, start + left, verdict.end())) > own:
            continue
        named = _currencies_named(low, start + left, verdict.start(), mentions)
        if len(named) == 1:
            return next(iter(named))
    return None


def judged_wrong(low: str, starts: Sequence[int], ends: Sequence[int], index: int, mention: MoneyMention,
                 mentions: Sequence[MoneyMention]) -> bool:
    """Is `mention` (in sentence `index` of the sentences `starts`/`ends` of the text whose lower case with offsets
    kept is `low`) a figure in a currency the text judges wrong, the same number stated in the other contract
    currency?"""
    if mention.currency not in _CONTRACT_CURRENCIES:
        return False
    if not any(m.value == mention.value and m.currency in _CONTRACT_CURRENCIES - {mention.currency} for m in mentions):
        return False  # (the cheap test first: no correction's figure, nothing to judge)
    return any(_judges_currency_wrong(low, starts[later], ends[later], mentions) == mention.currency
               or _denied_for_the_other_currency(low, starts[later], ends[later], mention, mentions)
               for later in range(index, len(starts)))


def _denied_for_the_other_currency(low: str, start: int, end: int, mention: MoneyMention,
                                   mentions: Sequence[MoneyMention]) -> bool:
    """Does the sentence [start, end) deny `mention`'s figure - the same number in the same currency, "nicht" right
    before it - and set against it, after "sondern", the same number in the other contract currency ("Die Summe
    betrug nicht 19 Milliarden Euro, sondern 19 Milliarden Dollar")? A correction to another number ("nicht 19,
    sondern 22 Milliarden Dollar") may date the two sums apart (announced, closing): only the currency is judged here."""
    rules = _rules()
    others = _CONTRACT_CURRENCIES - {mention.currency}
    for denied in mentions:
        if not start <= denied.start < end or denied.value != mention.value or denied.currency != mention.currency:
            continue
        if rules["denial_before"].search(low, max(start, denied.start - 30), denied.start) is None:
            continue
        rather = rules["but_rather"].match(low, denied.end, end)
        if rather is not None and any(rather.end() <= m.start < end and m.value == mention.value
                                      and m.currency in others for m in mentions):
            return True
    return False
