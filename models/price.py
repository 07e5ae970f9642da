"""The `dealwatch_price` component: the purchase price of WhatsApp paid by Facebook.

Every money amount comes from `models.money.find_money`; this module only
decides which of them are *the purchase price*. An amount is a price when

1. it is big enough to be the price of a company (>= 1 billion) and in a
   currency the contract knows (USD, EUR or none stated),
2. it is not followed by a counted noun ("2 Milliarden Betriebskosten",
   "1 Mrd. Nachrichten", "eine Milliarde Nutzer"),
3. its clause names nothing that is not a price (fines, revenue, costs,
   salaries, fortunes, valuations, share counts, IPOs; cue lists in
   patterns/deal.json), nor a part of the deal ("in bar", "in Aktien",
   "weitere") unless it is stated as the total ("in bar und Aktien",
   "insgesamt"), nor another acquisition (Instagram, Viber, ...),
4. its sentence speaks of the acquisition (kaufen, übernehmen, Übernahme,
   zahlen, Deal, wert, ...) and WhatsApp is named in it or in the two
   sentences before, with Facebook (or Zuckerberg, Meta) in the same window
   or anywhere in the document.

A currency conversion right after a price ("19 Mrd. Dollar (13,82 Mrd.
Euro)", "..., umgerechnet 14 Milliarden Euro") is a price too, with its own
qualifier or, when it has none, the qualifier of the amount it converts.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from models import context
from models.claims import add_claim
from models.component import DocComponent
from models.layer.structure import block_at
from models.moment import UNSPECIFIED, document_moment, price_moment
from models.money import MoneyMention, find_money

MIN_PRICE = 1e9  # a purchase price of a company in whole currency units; smaller sums are parts or other money
MAX_PRICE = 2e11
PRICE_CURRENCIES = {"USD", "EUR", None}

# A capitalised word right after an amount that has no currency: what is being counted.
# Stays on the line: a headline amount is not "followed" by the first word of the next paragraph.
_FOLLOWING_WORD = re.compile(r"[ \t\u00a0\"“”»«']*(?:-)?([A-Za-zÄÖÜäöüß][\wäöüß-]*)")
_ALLOWED_FOLLOWERS = re.compile(
    r"(?i)^(?:deal|übernahme|kauf|kaufpreis|zukauf|einkauf|transaktion|dollar|euro|us-dollar|schwer\w*|teur\w*|und|oder|für|an|in|im|als|wert|gekostet|bezahlt|gezahlt|übernommen|gekauft|hingeblättert|hingelegt|auf|bzw|zu|ausgegeben|investiert|\w*en|\w*te|\w*t)$"
)


def is_price(
    text: str,
    mention: MoneyMention,
    sentence: tuple[int, int],
    window: str,
    *,
    segment: tuple[int, int] | None = None,
    next_sentence: str = "",
    doc_mentions_target: bool,
    doc_mentions_buyer: bool,
) -> bool:
    """Is `mention` (in sentence span `sentence` of `text`) the purchase price of WhatsApp?

    `segment` (absolute offsets) narrows the clause to the stretch between the
    neighbouring amounts, so that "Gewinn von 3 Mrd. Dollar und kaufte WhatsApp
    für 19 Mrd. Dollar" judges each amount by its own words.
    """
    if mention.currency not in PRICE_CURRENCIES or not (MIN_PRICE <= mention.value <= MAX_PRICE):
        return False
    if mention.currency is None and _counts_something(text, mention):
        return False
    if mention.currency is not None and _followed_by_other_money(text, mention):
        return False
    sent_start, sent_end = sentence
    sentence_text = text[sent_start:sent_end]
    rel_start, rel_end = mention.start - sent_start, mention.end - sent_start
    if _DEAL_COMPOUND.match(text, mention.end) and (context.has("target", window) or doc_mentions_target):
        return context.has("buyer", window) or doc_mentions_buyer  # "des 19-Milliarden-Dollar-Deals"
    clause_start, clause_end = context.clause_around(sentence_text, rel_start, rel_end)
    if segment is not None:
        clause_start = max(clause_start, segment[0] - sent_start)
        clause_end = min(clause_end, segment[1] - sent_start)
    clause = sentence_text[clause_start:clause_end]
    if (
        clause_start > 0
        and sentence_text[clause_start - 1] == ","
        and context.RELATIVE_START.match(clause)
        and not context.has("acquisition", clause)  # "für Facebook, das WhatsApp für 19 Mrd. kaufte" stands alone
    ):
        # "Allein der Aktienanteil, der mit 12 Mrd. Dollar angesetzt war": the antecedent says what the sum is.
        antecedent_start = context.clause_around(sentence_text, clause_start - 1, clause_start - 1)[0]
        clause = sentence_text[antecedent_start:clause_end]
    if context.has("not_price_nouns", clause) or context.has("not_price_nouns_cs", clause):
        return False
    if context.has("breakup", sentence_text) or context.cue("myth_label").search(sentence_text.lower()):
        return False  # "Scheitert der Deal, zahlt Facebook 2 Mrd. Dollar": a break-up fee; "Behauptung 6: ...": a refuted claim
    if context.has("deal_component", clause) and not context.has("deal_total", clause):
        return False
    if context.has("later_value", sentence_text) and not (
        context.has("acquisition", clause) or context.has("price_context", clause)
    ):
        return False  # "heute ... 100 Milliarden Dollar wert": a later valuation, not what was paid
    if context.has("other_targets", clause) and not context.has("target", clause):
        return False
    if context.has("other_buyers", clause) and not context.has("buyer", clause):
        return False  # "Google soll 10 Milliarden Dollar geboten haben": someone else's money
    if context.has("other_targets", sentence_text) and not _whatsapp_is_nearest(sentence_text, rel_start):
        return False  # "kaufte Facebook auch Oculus – für 2 Milliarden Dollar"
    if not (
        context.about_paying(sentence_text)
        or _paid_for_the_target(text, mention, sentence_text)
        or _price_of_the_target(text, mention, window)
        or _next_sentence_refers_back(next_sentence)
        or _labelled_with_the_target(text, mention, window)
    ):
        return False
    if not context.has("target", window):
        # Further back in the text WhatsApp may be "der Messenger"; trust that only with no rival target nearby.
        if not doc_mentions_target or context.has("other_targets", window):
            return False
    return context.has("buyer", window) or doc_mentions_buyer


_FOR_BEFORE = re.compile(r"(?i)(?<![\wäöüß])für\s+(?:[„\"»]?[\wäöüß]+[“\"«]?\s+)?$")



def _whatsapp_is_nearest(sentence: str, offset: int) -> bool:
    """Is WhatsApp the company named closest before `offset` (else first after it) in `sentence`?"""
    named = sorted(
        [(m.start(), True) for m in context.finditer("target", sentence)]
        + [(m.start(), False) for m in context.finditer("other_targets", sentence)]
    )
    before = [is_target for start, is_target in named if start < offset]
    if before:
        return before[-1]
    return bool(named) and named[0][1]


# "des 19-Milliarden-Dollar-Deals", "die 19-Milliarden-Übernahme": the amount names the deal itself.
_DEAL_COMPOUND = re.compile(r"(?i)-(?:deal|übernahme|kauf|zukauf|transaktion|akquisition)")
# "WhatsApp 2014: 19 Milliarden Dollar." in a list of purchases.
_TARGET_LABEL = re.compile(r"(?i)whats\s?app(?:\s*\(?\d{4}\)?)?\s*:\s*$")


def _labelled_with_the_target(text: str, mention: MoneyMention, window: str) -> bool:
    """'WhatsApp 2014: 19 Milliarden Dollar.' where the passage is about buying."""
    before = text[max(0, mention.start - 30) : mention.start]
    return _TARGET_LABEL.search(before) is not None and context.about_paying(window)


# "Neunzehn Milliarden für eine Firma, die ...": the amount paid for the company named nearby.
_FOR_THE_TARGET_AFTER = re.compile(
    r"(?i)[ \t]+(?:für|in)\s+(?:die|den|das|eine|einen|ein)?\s*(?:whats\s?app|firma|app|messenger\w*|dienst|start-?up|unternehmen|kurznachrichtendienst|chat-?app)\b"
)
# "19.000.000.000 Dollar. So viel war Facebook der Messenger wert.": the next sentence points back at the amount.
_REFERS_BACK = re.compile(
    r"(?i)^\W*(?:so\s*viel|das\s+(?:war|ist)\s+(?:der|die)\s+(?:preis|summe))\b"
    r"|\bdiese[rsnm]?\s+(?:(?:stolze|gewaltige|enorme|riesige)\w*\s+)?(?:summe|betrag|preis|geld)\b"
)


def _price_of_the_target(text: str, mention: MoneyMention, window: str) -> bool:
    """'19 Milliarden für eine Firma ...' with WhatsApp and Facebook named nearby."""
    return (
        _FOR_THE_TARGET_AFTER.match(text, mention.end) is not None
        and context.has("target", window)
        and context.has("buyer", window)
    )


def _next_sentence_refers_back(next_sentence: str) -> bool:
    """'So viel war Facebook WhatsApp wert.' right after the amount's sentence."""
    return _REFERS_BACK.search(next_sentence) is not None and context.about_paying(next_sentence)


def _paid_for_the_target(text: str, mention: MoneyMention, sentence_text: str) -> bool:
    """'Für 19 Milliarden Dollar ging WhatsApp an Facebook': 'für' + amount with both parties in the sentence."""
    before = text[max(0, mention.start - 40) : mention.start]
    return (
        _FOR_BEFORE.search(before) is not None
        and context.has("target", sentence_text)
        and context.has("buyer", sentence_text)
    )


def _counts_something(text: str, mention: MoneyMention) -> bool:
    """'2 Milliarden Betriebskosten', '1 Mrd. Nachrichten': a noun right after a currency-less amount."""
    match = _FOLLOWING_WORD.match(text, mention.end)
    if match is None:
        return False
    word = match.group(1)
    if not word[0].isupper():
        return False
    return _ALLOWED_FOLLOWERS.match(word) is None or context.has("not_price_nouns", word)


def _followed_by_other_money(text: str, mention: MoneyMention) -> bool:
    """'19 Milliarden Dollar Umsatz': a money noun right after the currency."""
    match = _FOLLOWING_WORD.match(text, mention.end)
    return match is not None and context.has("not_price_nouns", match.group(1))


def _is_conversion(text: str, head: MoneyMention, mention: MoneyMention) -> bool:
    """Is `mention` the same sum as `head` in another currency, written right after it?"""
    if head.currency is None or mention.currency is None or head.currency == mention.currency:
        return False
    return context.match("conversion_gap", text[head.end : mention.amount_start]) is not None


class PriceComponent(DocComponent):
    """Adds a `price` claim for each purchase-price amount in the Doc."""

    def __call__(self, doc: Doc) -> Doc:
        text = context.doc_text(doc)
        mentions = find_money(text)
        if not mentions:
            return doc
        sentences = context.Sentences.of(doc)
        doc_mentions_target = context.has("target", text)
        doc_mentions_buyer = context.has("buyer", text)
        groups = _group_conversions(text, mentions)
        doc_moment: str | None = None  # computed once, when a price has no cue of its own
        for number, (head, conversions) in enumerate(groups):
            index = sentences.index_at(head.amount_start)
            segment_start = _group_end(groups[number - 1]) if number else 0
            segment_end = groups[number + 1][0].start if number + 1 < len(groups) else len(text)
            if not is_price(
                text,
                head,
                sentences.span(index),
                sentences.window(index, before=2),
                segment=(segment_start, segment_end),
                next_sentence=text[slice(*sentences.span(index + 1))] if index + 1 < len(sentences.starts) else "",
                doc_mentions_target=doc_mentions_target,
                doc_mentions_buyer=doc_mentions_buyer,
            ):
                continue  # its conversions share its fate: the euro value of a fine is no price either
            if head.currency is None and _heading_without_deal_words(doc, text, head.start):
                continue  # "Nicht 19, sondern 22 Milliarden: Warum ...": a headline's shorthand, no statement
            sent_start, sent_end = sentences.span(index)
            moment = price_moment(text[sent_start:sent_end], head.start - sent_start, head.end - sent_start)
            if moment == UNSPECIFIED:
                if doc_moment is None:
                    doc_moment = document_moment(text)
                moment = doc_moment
            _add_price(doc, head, head.qualifier, moment)
            for conversion in conversions:
                if conversion.currency in PRICE_CURRENCIES and MIN_PRICE <= conversion.value <= MAX_PRICE:
                    qualifier = conversion.qualifier if conversion.qualifier != "exact" else head.qualifier
                    _add_price(doc, conversion, qualifier, moment)  # the same sum, so the same moment
        return doc


def _heading_without_deal_words(doc: Doc, text: str, offset: int) -> bool:
    """Does `offset` lie in a heading (document structure of the linguistic layer) that itself
    says nothing of buying or paying? ("Facebook schluckt WhatsApp für 19 Milliarden" does.)"""
    block = block_at(doc, offset)
    if block is None or block.kind not in ("heading", "question"):
        return False
    heading = text[block.start : block.end]
    return not (context.about_paying(heading) or _FOR_BEFORE.search(text[max(block.start, offset - 40) : offset]))


def _group_conversions(text: str, mentions: list[MoneyMention]) -> list[tuple[MoneyMention, list[MoneyMention]]]:
    """Each amount with the conversions into other currencies written right after it."""
    groups: list[tuple[MoneyMention, list[MoneyMention]]] = []
    for mention in mentions:
        if groups:
            head, conversions = groups[-1]
            previous = conversions[-1] if conversions else head
            seen = {head.currency, *(c.currency for c in conversions)}
            if mention.currency not in seen and _is_conversion(text, previous, mention):
                conversions.append(mention)
                continue
        groups.append((mention, []))
    return groups


def _group_end(group: tuple[MoneyMention, list[MoneyMention]]) -> int:
    """Where an amount and its conversions end."""
    head, conversions = group
    return conversions[-1].end if conversions else head.end


def _add_price(doc: Doc, mention: MoneyMention, qualifier: str, moment: str) -> None:
    add_claim(
        doc, "price", mention.start, mention.end,
        value=mention.value, currency=mention.currency, qualifier=qualifier, moment=moment,
    )


@Language.factory("dealwatch_price")
def make_price_component(nlp: Language, name: str) -> PriceComponent:
    """The purchase-price claim component."""
    return PriceComponent()
