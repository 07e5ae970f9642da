"""WhatsApp's one sale told without its buyer, further from the sum than the passage (issue 7, session 53, prec53).

WhatsApp has been bought once, by Facebook: a sum the text gives as that sale's, in a text that names no buyer and no
other bought company, is what Facebook paid (`context.sold_once`; `price._the_targets_one_sale` reads a sentence that
names WhatsApp and its purchase). Private writing names the sale without naming WhatsApp in the sum's sentence:

- a purchase's own price noun right before the sum ("Bei einem Kaufpreis von 19 Mrd Dollar wundert mich nichts"; deal.json
  consideration_nouns: "Kaufpreis", "Kaufsumme", "Übernahmepreis", "Gegenleistung", not the bare "Preis" that any thing
  has) in a text that speaks of WhatsApp and names no buyer or other bought company anywhere;
- a note's line labelled with WhatsApp's name, whose short sentence tells a sale ("WhatsApp: gegründet 2009. Kaum Umsatz.
  Verkauft für 19 Mrd Dollar."): the label says what the line's sentences speak of.

`models/price.py` asks both where the amount's verdict lacks only the buyer ("no_buyer").
"""
from __future__ import annotations

import re

from models import context
from models.money import MoneyMention

# The deal's own price noun right before an amount ("bei einem Kaufpreis von 19 Mrd Dollar"; deal.json consideration_nouns).
_CONSIDERATION_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß]){context.cue_words('consideration_nouns')}(?:e?s)?\s+(?:von|in\s+höhe\s+von|über)\s+$")
# A line's label: up to 40 characters of no sentence end before a colon and a space at the line's start ("WhatsApp: ").
_LINE_LABEL = re.compile(r"[^\S\n]*(?P<label>[^:\n.!?]{2,40}):[^\S\n]")


def purchase_price_of_the_one_sale(text: str, mention: MoneyMention, target_in_doc: bool) -> bool:
    """Is `mention` named by a purchase's own price noun right before it, in a text (`text`, the whole document) that
    speaks of WhatsApp (`target_in_doc`) and names no buyer and no other bought company anywhere?"""
    return (target_in_doc and _CONSIDERATION_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
            and context.sold_once(text, text))


def labelled_targets_one_sale(text: str, mention: MoneyMention, clause: str) -> bool:
    """Does `mention` stand on a line whose label names WhatsApp, its clause (`clause`) telling a purchase, in a text that
    names no other buyer and a clause that names no other bought company?"""
    line_start = text.rfind("\n", 0, mention.start) + 1
    label = _LINE_LABEL.match(text, line_start, mention.start)
    return (label is not None and context.has("target", label.group("label")) and context.about_acquisition(clause)
            and context.sold_once(text, clause))
