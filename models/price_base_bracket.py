"""The base price told in cash and shares in a bracket after it (issue 7, session 53, prec53).

The lead's D19: the sum paid for the company itself in cash and shares ("16 Milliarden Dollar in bar und Aktien") is a
price, though the staff's shares come on top of it. Guides, answers and notes say how it is paid in a bracket right
after the sum, or after its "für" phrase: "Er bestand aus 16 Milliarden Dollar für das Unternehmen (bar und in
Aktien) und 3 Milliarden für die Mitarbeiter", "davon 16 Milliarden (Barmittel plus Aktien) an die Eigentümer". A
composition's or a "davon" part word then names the base of the price, not one of its parts; `price._TOTAL_IN_PARTS`
reads the same words without a bracket. The bracket must name both cash (deal.json cash_words, cash_nouns) and shares
(share_words): "4 Mrd. (in bar)" or "12 Mrd. (in Aktien)" are parts.

`models/price.py` asks it before it calls an amount a deal component (`_verdict`).
"""
from __future__ import annotations

import re

from models import context
from models.money import MoneyMention

# A bracket right after the amount, or after its "für" phrase of up to forty characters ("für die Firma selbst").
_BRACKET_AFTER = re.compile(r"(?:[ \t]+für[ \t]+[^()\n.;:,]{1,40}?)?[ \t]*\((?P<inner>[^()\n]{1,40})\)")
_CASH = re.compile(rf"(?i)(?<![\wäöüß])(?:{context.cue_words('cash_words', bare=True)}|"
                   rf"{context.cue_words('cash_nouns', bare=True)})(?![\wäöüß])")
_SHARES = re.compile(rf"(?i)(?<![\wäöüß-])(?:[\wäöüß]+-)?{context.cue_words('share_words', bare=True)}(?![\wäöüß])")


def told_in_cash_and_shares(text: str, mention: MoneyMention) -> bool:
    """Does a bracket right after `mention` (or after its "für" phrase) name both cash and shares?"""
    if "(" not in text[mention.end : mention.end + 50]:
        return False  # (the cheap test first: no bracket near, nothing to read)
    bracket = _BRACKET_AFTER.match(text, mention.end)
    return bracket is not None and _CASH.search(bracket.group("inner")) is not None \
        and _SHARES.search(bracket.group("inner")) is not None
