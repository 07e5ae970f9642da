"""The `dealwatch_price` component: the purchase price of WhatsApp paid by Facebook.

Every money amount comes from `models.money.find_money`; this module only
decides which of them are *the purchase price*. An amount is a price when

1. it lies in the window of figures ever given for this deal (PLAUSIBLE_PRICE,
   10.4 to 22.5 billion) and in a currency the contract knows (USD, EUR or none
   stated): other deals, fines and parts of the deal are smaller,
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

import dataclasses
import functools
import itertools
import math
import re
from collections.abc import Iterable
from decimal import Decimal
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from models import context
from models.caseless import CaselessTest, may_hold
from models.claims import add_claim
from models.component import DocComponent, build_now
from models.doc_extensions import doc_value
from models.layer.cues import token_cues
from models.layer.diff_lines import on_a_removed_line, removed_lines
from models.layer.leads import body_start
from models.layer.reading import is_cue_header
from models.layer.spelling import swiss_pattern
from models.layer.structure import MAX_HEADING_WORDS, Block, block_at
from models.layer.text import lower_text, money_in, names_parties
from models import (dates, moment, money, mood, negation_words, price_base_bracket, price_degree_resumed, price_heads,
                    price_one_sale, price_parties, price_refuted)
from models.moment import (UNSPECIFIED, clause_moment, items_of_other_years, moments_of, names_a_moment, price_moment,
                           text_moment)
from models.money import MoneyMention, find_money, parse_currency, parse_number, qualifier_before
from models.number_words import number_pattern
from models.months import MONTH_INDEX
from models.layout_marks import ITEM_LETTER, ITEM_NUMBER, QUESTION_LABELS, item_label
from models.questions import WH_WORD, numbered_questions
from models.data_shared_phrases import PHRASES
from models.layer.tagger import FINITE, may_tag
from models.price_parties import names_another_party
from models.regex_tools import blank_span, longest_first
from models.text_table import about_a_purchase_of_target, cell_at
from models.quote_marks import CLOSING_DOUBLE_QUOTE_MARKS, CLOSING_QUOTE_MARKS

MIN_PRICE = 1e9  # a sum big enough to be a company's price: other amounts of that size own the cues near them (moments)
# What the WhatsApp price can be, in USD or EUR: every figure given for it lies between 16 bn dollars
# (the cash and shares announced) and about 22 bn (the value at the closing). The window reaches from
# 16 bn at the cheapest euro rate of the story's years (0.65 EUR per USD: 10.4 bn) to 22 bn and the half
# billion a rounding of it may add: no figure above 22 bn was ever given for the deal (no price of the
# studied and challenge golds; 36 of their distractors lie between 23 and 25 bn: forecasts, today's values,
# other deals, capex), so a sum above it is a value the deal never had (issue 7, session 37, prec37: the
# upper bound 25 -> 22.5 bn). Meta's other purchases (Instagram 1 bn, Oculus 2 bn, Giphy, Kustomer, Within),
# the fines (110 Mio., 225 Mio., 1,2 Mrd. EUR), the parts of the deal (4 bn in cash, 3 bn in shares), rival
# bids (Google's 10 bn), revenues, market values and user counts mostly fall outside it; those inside it are
# judged by the words around them (price_verdict).
PLAUSIBLE_PRICE = (10.4e9, 22.5e9)
PRICE_CURRENCIES = {"USD", "EUR", None}

# A capitalised word right after an amount that has no currency: what is being counted.
# Stays on the line: a headline amount is not "followed" by the first word of the next paragraph.
# A footnote marker glued to the amount ("19 Milliarden¹ Nachrichten") is skipped (issue 7, session 27, price27).
_FOLLOWING_WORD = re.compile(rf"[⁰¹²³⁴⁵⁶⁷⁸⁹]*[ \t\u00a0{CLOSING_DOUBLE_QUOTE_MARKS}']*(?:-)?([A-Za-zÄÖÜäöüß][\wäöüß-]*)")
_ALLOWED_FOLLOWERS = re.compile(
    rf"(?i)^{context.cue_words('amount_followers')}$"
)


@dataclass(frozen=True)
class Passage:
    """What the linguistic layer and the document say around one amount (built once per amount).

    Parties come from the layer's one deal context (`doc._.deal_parties`: names, epithets such
    as "der Messenger", pronouns), over the amount's sentence and the two before it.
    """

    text: str  # the sentence and up to two before it, never reaching back over its block's start
    target_near: bool  # WhatsApp spoken of in that passage
    buyer_near: bool  # Facebook spoken of in that passage
    deal_near: bool  # the purchase itself spoken of in that passage
    window: str  # the sentence and the two before it, blocks regardless
    target_in_doc: bool  # WhatsApp spoken of anywhere (see context.speaks_of_target)
    buyer_in_doc: bool
    next_sentence: str = ""
    previous_sentence: str = ""  # the sentence before, in the same block only
    # the sentence before when it ends the line right before the amount's line (one line break, no blank line) and
    # ends a sentence: text set one sentence a line (plain language, subtitles, slides) runs on over the line break
    line_before: str = ""
    sentence_before: str = ""  # the sentence before, whatever its block (a speaker's turn may go on with the last one's)
    intro: str = ""  # the heading or question that introduces the amount's block
    in_list_item: bool = False
    in_answer: bool = False  # the block answers the question that introduces it (FAQ, Q&A)
    target_in_sentence: bool = False  # the layer finds WhatsApp in the amount's own sentence
    earlier_prices: tuple[MoneyMention, ...] = ()  # amounts accepted as prices before this one
    price_just_before: bool = False  # one of them lies in the sentence just before, whatever its block
    window_prices: tuple[MoneyMention, ...] = ()  # those in the two sentences before, whatever their block
    # those in the two sentences before a label line that introduces the amount's block ("lisa antwortet tom:"): the
    # post a reply answers
    replied_prices: tuple[MoneyMention, ...] = ()
    # the document names no company bought, and no other bought company or buyer (`_no_company_named_but_the_buyer`,
    # asked once per document)
    only_purchase: bool = False


def _plausible(value: float) -> bool:
    """Can `value` (whole units of USD or EUR) be a figure of the WhatsApp price (PLAUSIBLE_PRICE)?"""
    return PLAUSIBLE_PRICE[0] <= value <= PLAUSIBLE_PRICE[1]


def _plausible_price(mention: MoneyMention) -> bool:
    """Can `mention` be a figure of the WhatsApp price: its size (`_plausible`) in a currency the contract knows?"""
    return mention.currency in PRICE_CURRENCIES and _plausible(mention.value)


def _without_costs_of_the_purchase(judged: str, mention: MoneyMention, passage: Passage) -> str:
    """`judged` without its bare "Kosten" (deal.json `bare_costs_cs`: no object of their own) when they are what the
    purchase cost in the end: a price of the amount's currency stands in the two sentences before, none larger than
    the amount, and the passage speaks of paying ("Facebook bot 19 Milliarden Dollar in Bargeld und Aktien. ...
    schließlich beliefen sich die Kosten auf knapp 22 Milliarden US-Dollar", own46-003). "Die Kosten für den Betrieb
    der Server" name their object; costs smaller than the price told before are some other sum."""
    if "Kosten" not in judged:
        return judged  # speed: the pattern needs the word
    told = [price for price in passage.window_prices if price.currency == mention.currency]
    if not told or any(price.value > mention.value for price in told) or not context.about_paying(passage.window):
        return judged
    return context.cue("bare_costs_cs").sub(lambda found: " " * len(found.group()), judged)


# The verdicts a sentence's mood, negation or question gives its amount: a relative clause between the amount and the
# clause that opens the mood hides them from the amount's clause ("Würde Facebook für die App, die 450 Millionen
# Menschen nutzen, 19 Milliarden Dollar zahlen?"), so they are asked again with it blanked (`price_verdict`).
_MOOD_VERDICTS = frozenset({"counterfactual", "supposed_price", "supposed_purchase", "supposed_value", "speculation",
                            "unanswered", "retracted", "bound"})


def price_verdict(text: str, mention: MoneyMention, sentence: tuple[int, int], passage: Passage,
                  *, segment: tuple[int, int] | None = None, labelled_claim: bool = False) -> str | None:
    """Why `mention` (in sentence span `sentence` of `text`) is not the purchase price of WhatsApp; None when it is
    (`_verdict`). A relative clause closed before the amount tells its antecedent's story (`_without_closed_relatives`):
    a noun of other money or quantity inside it is not the amount's ("Facebook zahlt für die App, die 450 Millionen
    Menschen nutzen, 19 Milliarden Dollar"), and the mood of the clause it interrupts is ("Würde Facebook für die App,
    die ..., 19 Milliarden Dollar zahlen?"). The clause keeps what it names of the deal: only those two readings are
    asked again without it. Issue 7, session 41, price41 (own74-015)."""
    verdict = _verdict(text, mention, sentence, passage, segment=segment, labelled_claim=labelled_claim)
    if verdict is not None and verdict != "not_price_noun":
        return verdict
    sent_start, sent_end = sentence
    without = _without_closed_relatives(text, sent_start, text[sent_start:sent_end], mention.start - sent_start)
    if without is None:
        return verdict
    across = _verdict(without, mention, sentence, passage, segment=segment, labelled_claim=labelled_claim)
    if verdict is None:
        return across if across in _MOOD_VERDICTS else None
    return None if across is None else verdict


def _after_the_last_but_rather(sentence_text: str, rel_start: int) -> int:
    """Where the words after the last "sondern" before `rel_start` begin (0 where none stands before it): what "nicht X,
    sondern Y" sets after "sondern" is the correction, out of the reach of what is said of X."""
    found = [match.end() for match in _BUT_RATHER.finditer(sentence_text, 0, rel_start)]
    return found[-1] if found else 0


def _verdict(text: str, mention: MoneyMention, sentence: tuple[int, int], passage: Passage,
             *, segment: tuple[int, int] | None = None, labelled_claim: bool = False) -> str | None:
    """Why `mention` (in sentence span `sentence` of `text`) is not the purchase price of WhatsApp; None when it is.

    `segment` (absolute offsets) narrows the clause to the stretch between the
    neighbouring amounts, so that "Gewinn von 3 Mrd. Dollar und kaufte WhatsApp
    für 19 Mrd. Dollar" judges each amount by its own words. `labelled_claim`: a
    claim label's sentence whose verdict confirms it (`price_refuted.claim_confirmed`),
    judged as any other sentence.
    """
    if mention.currency not in PRICE_CURRENCIES or not _plausible(mention.value):
        return "size_or_currency"
    if mention.currency is None and _counts_something(text, mention):
        return "counts_something"
    if mention.currency is None and _talked_of_as_a_number(text, mention, sentence):
        return "numeral"  # "Schreibe 19 Milliarden als Zahl mit allen Nullen": the number, not a sum of money
    if mention.currency is None and _item_of_a_numeral_task(text, mention):
        return "numeral"  # "Aufgabe 2: Schreiben Sie die Zahlen in Wörtern. / 19 Milliarden = ____": a number to write
    if mention.currency is None and _framed_in_other_currency(text, sentence[0], mention):
        return "size_or_currency"  # "In Franken sind das rund 14,3 Milliarden": a sum the contract's currencies cannot name
    deal_weighs = _deal_weighs(text, mention, sentence)
    # "die Übernahme ..., die mit 19 Milliarden US-Dollar bewertet worden war": the deal's own valuation is its price
    deal_valued = context.has("valued_deal", text[sentence[0] : sentence[1]])
    if mention.currency is not None and _followed_by_other_money(text, mention) and not (deal_weighs or deal_valued):
        return "other_money_noun"
    # "Der Kaufpreis von 19 Milliarden weniger verrückt, als er klingt": the noun before says what the amount is, so
    # "mehr"/"weniger" after it grades the predicate, not the sum
    named_price = _PRICE_NOUN_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
    if (_DIFFERENCE_AFTER.match(text, mention.end) or _comparative_measure(text, mention, sentence[0])) \
            and not named_price:
        return "difference"
    sent_start, sent_end = sentence
    sentence_text = text[sent_start:sent_end]
    if _measure_of_a_compared_standard(sentence_text, mention.start - sent_start):
        return "compared_standard"  # "mehr wert als die Lufthansa oder die Deutsche Bank mit 16 Milliarden Euro"
    # "19 Mrd. Dollar – mehr, als Sony oder Nokia damals wert waren": the standard of a comparison is no party
    compared = _without_comparison(sentence_text, text[mention.start : mention.end])
    before_sentence = passage.text[: max(0, len(passage.text) - len(sentence_text))]
    target_here = passage.target_near or (
        passage.target_in_doc and not context.has("other_targets", compared)
        and not _another_company_named_before(before_sentence)
    )
    buyer_here = passage.buyer_near or passage.buyer_in_doc
    rel_start, rel_end = mention.start - sent_start, mention.end - sent_start
    if (_DEAL_COMPOUND.match(text, mention.end) or _weighs_our_purchase(text, mention, sentence)) and target_here:
        return None if buyer_here else "no_buyer"  # "des 19-Milliarden-Dollar-Deals", "der 19 Mrd. Dollar schweren Übernahme"
    clause = _without_comparison(_clause_of(text, mention, sentence_text, rel_start, rel_end, segment, sent_start),
                                 text[mention.start : mention.end])
    if _ends_a_row(text, mention):
        # "Instagram (2012): 1. WhatsApp (2014): 19. Oculus VR (2014): 2.": a row's bare number ends its row; the next
        # row's label is no word of its clause (issue 7, session 51, prec51, own94-003)
        clause = _up_to_amount(clause, text[mention.start : mention.end])
    plus_component = _PLUS_COMPONENT_AFTER.match(text, mention.end)
    if plus_component is not None:
        # "Der Preis von 16 Mrd. US-Dollar plus Aktien für die Mitarbeiter": the amount is what the shares come on top of
        clause = _without_plus_component(clause, text[mention.start : mention.end], plus_component.group())
    if _PRICE_OF_PURCHASE_BEFORE.search(text, max(0, mention.start - 60), mention.start) and not _PART_AFTER.match(
        text, mention.end
    ):  # "Beim Verkauf an Facebook für 19 Mrd. Dollar war der Anteil ... wert": what follows is another predicate's
        clause = _up_to_amount(clause, text[mention.start : mention.end])
    elif (total := _TOTAL_IN_PARTS_AFTER.match(text, mention.end)) is not None and _PRICE_OF_PURCHASE_BEFORE.search(
            text, max(0, mention.start - 60), mention.start):
        # "Der Kauf von WhatsApp für 16 Mrd. Dollar in bar und Aktien verwässere den Gewinn je Aktie": the total in
        # cash and shares ends the purchase's phrase; the predicate after it is another's (issue 7, session 34, price34)
        clause = _up_to_amount(clause, text[mention.start : total.end()])
    judged = _without_side_phrases(_without_firm_description(_without_target_attribute(clause, text[mention.start : mention.end])))
    if _AND_PREDICATE_AFTER.match(text, mention.end):
        # "kauft WhatsApp für 19 Mrd. Dollar und übertrifft damit den eigenen Gewinn": another predicate follows
        judged = _up_to_amount(judged, text[mention.start : mention.end])
    judged = _before_coordinated_clause(judged, text[mention.start : mention.end])
    # "ein Konzern, der WhatsApp einst für 19 Milliarden Dollar gekauft hat und seither Milliarden Nutzer einsammelt"
    # (own49-039): the verb-final predicate after "gekauft hat und" is another's, its nouns not the amount's
    judged = _up_to_paid_and_after(judged, text[mention.start : mention.end])
    if deal_weighs:
        judged = _WEIGHS.sub(" ", judged)
    if _DEAL_VALUE_NOUN.search(judged) or _grown_from_a_price(sentence_text, rel_start, rel_end):
        # "Der Wert des Deals kletterte mit dem Kurs der Aktie auf 22 Mrd.": the share price is what the deal's value
        # rose with, not what the amount is; so in "Aus den vereinbarten 19 Milliarden Dollar sind mit dem Kursanstieg
        # der Facebook-Aktie knapp 22 Milliarden Dollar geworden" (the sum the price became; issue 7, session 47, prec47)
        judged = _WITH_SHARE_PRICE.sub(" ", judged)
    if target_here and _BUYERS_BID.search(judged):
        judged = _BUYERS_BID.sub(" ", judged)  # "Mit 19 Mrd. Dollar übertrifft Facebooks Gebot alles": the buyer's own bid (D14)
    if _INVESTS.search(judged) and _invests_in_the_target(text, mention, passage, judged):
        judged = _INVESTS.sub(" ", judged)  # "investiert 19 Mrd. Dollar in WhatsApp": buying it, no investment of another kind
    # the words just before the amount, within its sentence (the last sentence's "Nutzer" is not this amount's noun)
    noun_start = max(sent_start, mention.start - 40)
    price_noun = _PRICE_NOUN_BEFORE.search(text, noun_start, mention.start) or _PRICE_IS_BEFORE.search(
        text, max(sent_start, mention.start - 60), mention.start)
    # "Für einen Messenger ohne Umsatz zahlt Facebook 19 Milliarden": a money noun under "ohne" names what is absent,
    # not what the amount is (issue 7, session 48, prec48)
    judged = _WITHOUT_PHRASE.sub(lambda found: " " * len(found.group()), judged)
    # "In den Nachrichten hieß es 19 Milliarden Dollar": the news as the place a sum was said is its source, not messages
    # the amount counts (deal.json news_sources; issue 7, session 58, prec58, challenge_gen35-011)
    judged = _NEWS_SOURCE.sub(lambda found: " " * len(found.group()), judged)
    # "das Paket aus Barmitteln und Facebook-Aktien": cash a composition joins with shares is the deal's mix, what was
    # paid, not a company's cash reserves (issue 7, session 49, prec49, challenge_gen26-007)
    judged = _without_the_deals_mix(judged, sentence_text)
    if deal_valued:  # "Die angekündigte Transaktion bewertete WhatsApp mit 19 Mia. US-Dollar"
        judged = re.sub(context.cue("valued_deal_verb").pattern, " ", judged, flags=re.IGNORECASE)
    if (context.has("not_price_nouns", judged) or context.has("not_price_nouns_cs", _without_costs_of_the_purchase(
            judged, mention, passage))) and not (
        price_noun is not None and not context.has("not_price_nouns", text[price_noun.start() : mention.start])
    ) and not _named_as_the_agreed_sum(text, mention):
        # "Der Kaufpreis von 19 Mrd. Dollar übersteigt den Jahresumsatz": the noun before the amount says what it is,
        # whatever other money noun precedes it ("Die Jahresgebühr spielt bei einem Kaufpreis von X keine Rolle")
        return "not_price_noun"
    # "Der Kauf von WhatsApp für 19 Mrd. US-Dollar enthält eine Klausel für den Fall des Scheiterns": a sum a purchase noun
    # takes with "für" is that purchase's price, whatever the sentence goes on to say of its failing
    of_a_purchase = _PRICE_OF_PURCHASE_BEFORE.search(text, max(0, mention.start - 60), mention.start) is not None
    # (a break-up word after "und" and a predicate of its own is that predicate's: "Facebook zahlt für WhatsApp 19 Mrd.
    # Dollar und hat sich verpflichtet, auch im Fall eines Scheiterns ...", issue 7, session 34, price34)
    own_predicate = _AND_PREDICATE_AFTER.match(text, mention.end) or _AND_AUXILIARY_AFTER.match(text, mention.end)
    own_end = own_predicate.start() - sent_start if own_predicate is not None and own_predicate.end() <= sent_end else None
    if not of_a_purchase and _breakup_of_this(sentence_text, rel_end, own_end):
        return "breakup"  # "Scheitert der Deal, zahlt Facebook 2 Mrd. Dollar": a break-up fee
    if not labelled_claim and context.cue("myth_label").search(sentence_text.lower()):
        return "claim_label"  # "Behauptung 6: ...": a claim put to the test, no price unless its verdict confirms it
    # (not past a "sondern" that puts the correction after the retracted figure: "Facebook zahlt nicht, wie fälschlich
    # gemeldet, 20 Milliarden Euro, sondern 19 Milliarden Dollar"; review58's base error, session 58, prec58)
    if context.has("retracted", sentence_text[_after_the_last_but_rather(sentence_text, rel_start) : rel_start]):
        return "retracted"  # "In einer früheren Fassung hieß es, Facebook zahle 19 Milliarden Euro": a withdrawn figure
    if _rejected_alternative(sentence_text, rel_start):
        return "retracted"  # "entsprechen etwa 13,8 Milliarden Euro, nicht 15 Milliarden Euro": the figure the sentence rejects
    if (_NEGATED_BEFORE.search(sentence_text, max(0, rel_start - 30), rel_start)
            or _NEGATED_FOR_BEFORE.search(sentence_text, max(0, rel_start - 30), rel_start)) and \
            (but_rather := _BUT_RATHER.search(sentence_text, rel_end)) and \
            not _contrast_on_a_phrase_after(sentence_text, rel_end, but_rather.end()):
        return "retracted"  # "zahlte nicht 25 Milliarden Dollar, wie manche berichteten, sondern 19": the denied figure
    if mention.start == mention.amount_start and (
        _NEGATED_BEFORE.search(sentence_text, max(0, rel_start - 30), rel_start)
        or (_FRONTED_DENIAL_BEFORE.search(sentence_text, max(0, rel_start - 60), rel_start)
            and _SUM_IS_THE_FOCUS.match(sentence_text, rel_end) is not None)
    ) and not _PURPOSE_AFTER.match(sentence_text, rel_end) and not _FOR_AFTER.match(sentence_text, rel_end) \
            and not _restates_a_known_price(mention, passage) and not _in_unreal_condition(sentence_text, rel_start, rel_end) \
            and not _rhetorical_question_confirmed(sentence_text, rel_start, passage):
        return "retracted"  # "Facebook hat nicht 21 Milliarden Dollar gezahlt.": the sum denied, with no figure put in its
        # place (issue 7, session 41, price41; review41's near miss); not a denied purpose ("nicht 19 Milliarden
        # ausgegeben, um nichts zu verändern": the money spent stands), nor a bound ("nicht weniger als": a qualifier),
        # nor the price the text has stated, taken up ("„Wir brauchen keine 19 Milliarden“": D24's allusion; session 42),
        # nor a denial inside an unreal condition, which makes its content the fact ("Hätte Facebook nicht 19 Milliarden
        # für WhatsApp gezahlt, hätte Google ...": `_counterfactual` reads it; session 42)
    if _neither_nor(sentence_text, rel_start) and not _PURPOSE_AFTER.match(sentence_text, rel_end) \
            and not _restates_a_known_price(mention, passage):
        return "retracted"  # "Facebook zahlte weder 21 noch 22 Milliarden Dollar": both sums denied (session 42, prec42)
    if context.has("refuting_predicates", _clause_to_sentence_end(sentence_text, rel_start, rel_end)):
        return "retracted"  # "Gerüchte über 20 Milliarden Dollar erwiesen sich als falsch": a figure declared false
    if _report_declared_false(sentence_text, rel_start, rel_end):
        return "retracted"  # "Meldungen, Facebook zahle 24 Mrd. Dollar, stimmen nicht": a reported figure declared false
    if price_refuted.refuted_in_sentence(sentence_text, rel_start, rel_end, mention.amount_start - sent_start):
        return "retracted"  # "Der Mythos von den 20 Milliarden Euro ...", "Dass Facebook 20 Milliarden zahlte, ist ein Mythos"
    if _in_relative_of_a_compared_standard(sentence_text, rel_start, rel_end):
        return "compared_standard"  # "so groß wie der teuerste Kauf eines Start-ups, bei dem 10,5 Mrd. flossen"
    # "hatte für WhatsApp 19 Mrd. Dollar gezahlt und verdient allein im Quartal ...": a part word of the predicate after
    # "gezahlt und" is that predicate's, not the amount's
    own_clause = _up_to_paid_and_after(clause, text[mention.start : mention.end])
    # "16 Milliarden Dollar für das Unternehmen (bar und in Aktien)": the base told in cash and shares in a bracket (D19),
    # no part, whatever composition or "davon" names it (models/price_base_bracket.py; issue 7, session 53, prec53)
    base_told = price_base_bracket.told_in_cash_and_shares(text, mention)
    if context.has("deal_component", _without_cause_phrase(own_clause, text[mention.start : mention.end])) \
            and not context.has("deal_total", own_clause) \
            and not _total_listed_after(text, mention) \
            and not _stated_price(text, mention) and not _named_as_the_base(own_clause, passage) \
            and not _WHOLE_OF_A_PART_BEFORE.search(text, max(0, mention.start - 60), mention.start) \
            and not base_told:
        return "deal_component"
    if _values_shares(text, mention) or _holdings_worth(sentence_text, rel_start, rel_end):
        return "deal_component"  # "Facebook-Aktien im Wert von 12 Mrd. Dollar": shares held or handed over, a part
    if _part_of_the_sum(text, mention, sentence_text, rel_start) and not context.has("deal_total", own_clause) \
            and not base_told:
        return "deal_component"  # "12 Mrd. der Summe von 16 Mrd.", "Der Rest sind Aktien: 12 Mrd. ...", "Aus den
        # zwölf Milliarden in Aktien wurden ...": a part of the price, however the clause goes on
    amount_clause_start = context.clause_around(sentence_text, rel_start, rel_end)[0]
    if _SHARE_OF_THE_PRICE_BEFORE.search(sentence_text, amount_clause_start, rel_start):
        return "deal_component"  # "Der Aktienanteil am Kaufpreis stieg auf 15 Mrd.": a part, "Kaufpreis" named or not
    if _received_by_some_sellers(sentence_text, rel_start, rel_end, mention.value, passage) \
            and not _received_in_cash_and_shares(text, mention, clause):
        return "deal_component"  # "Die WhatsApp-Gründer bekommen zusammen 12 Milliarden Dollar": their share (not cash
        # and shares together, the whole they are paid: "Die Gründer erhalten Aktien und Bargeld im Gegenwert von ...")
    if _listed_as_parts(sentence_text, rel_start) and not _named_as_the_base(clause, passage) and not base_told \
            and not _told_in_both_kinds(text, mention):
        # (a listed amount told "in bar und Aktien" is the base of the price, D19, beside the staff's shares: "Die
        # Summe setzt sich aus 16 Milliarden Dollar in bar und Aktien sowie Aktienpaketen ... zusammen"; prec59)
        return "deal_component"  # "Der Preis setzt sich aus Bargeld und Aktien zusammen: 4 Mrd. und 12 Mrd. Dollar"
    if _SPENT_ON_AFTER.match(text, mention.end):
        return "spent_on_other"  # "gab 12 Mrd. Dollar für Forschung aus", "steckte 14 Mrd. in Rechenzentren"
    if _SPENT_ON_BEFORE.search(sentence_text, amount_clause_start, rel_start):
        return "spent_on_other"  # "Für Rechenzentren gibt Meta in diesem Jahr bis zu 20 Milliarden Dollar aus": the
        # purpose fronted (issue 7, session 49, prec49)
    if _FOR_THE_STAFF_AFTER.match(text, mention.end):
        return "deal_component"  # "hinzu kommen 3 Milliarden für die Mitarbeiter": their share, not the price
    if _STATISTIC_BEFORE.search(sentence_text, max(amount_clause_start, rel_start - 50), rel_start):
        return "statistic"  # "Antworten zwischen 500 Millionen und 100 Milliarden, Mittelwert ca. 14 Mrd.": the mean of
        # guesses, not a sum paid (issue 7, session 42, prec42)
    if _RATE_AFTER.match(text, mention.end):
        return "rate"  # "waren es rund 18 Milliarden täglich": a count or a sum per time unit, not a price paid once
    if _named_as_a_bound(text, mention, sent_start):
        return "bound"  # "Ein Analyst hatte nur 15 Milliarden als Obergrenze genannt": a cap, not a sum paid
    if _resumes_another_quantity(sentence_text, rel_start, rel_end, passage):
        return "other_quantity"  # "liquide Mittel von 11,2 Milliarden Dollar ... Vor dem Deal waren es fast 16 Milliarden"
    whole_clause = sentence_text[slice(*context.clause_around(sentence_text, rel_start, rel_end))]
    if mention.qualifier in ("at_least", "at_most") and _polar_question(sentence_text, rel_start):
        return "speculation"  # "Zahlt Facebook am Ende mehr als 20 Milliarden für WhatsApp?": a bound asked, not told
    # A sum the sentence takes for known is no sum asked. Cheapest first: the price noun (known), the question's shape
    # and the next sentence's first words, the words right before the amount; the search of the rest of the text for
    # the figure taken up again (`_left_unanswered`) last, for a cleft question about a sum newly told only.
    if not named_price and _answered_no(sentence_text, rel_start, passage) \
            and not _known_sum_before(sentence_text, rel_start):
        return "answered_no"  # "Stimmt es, dass WhatsApp für 21 Milliarden Euro verkauft wurde? Nein, ...": denied
    if not named_price and (cleft := _cleft_question(sentence_text, rel_start)) is not None \
            and not _known_sum_before(sentence_text, rel_start) \
            and _left_unanswered(text, sentence[1], cleft, mention, passage):
        return "unanswered"  # "Waren es wirklich 22 Milliarden Dollar, die Facebook bezahlte?" and no answer: asked, not told
    whole_start = context.clause_around(sentence_text, rel_start, rel_end)[0]
    if _INDEFINITE_PRICE_BEFORE.match(sentence_text[whole_start:rel_start]) and mood.unreal_finite(whole_clause):
        return "supposed_price"  # "Ein Preis von 17 Milliarden Dollar wäre vertretbar gewesen": a price imagined, the
        # indefinite article says it is not the one paid (D55 (b) keeps "die 19 Milliarden"; issue 7, session 40, price40);
        # denied or not ("Eine Summe von 15 Milliarden Dollar hätte nicht gereicht"): a clause the price noun opens is
        # no condition, where a denial would make the content the fact (issue 7, session 41, price41)
    if _supposed_worth(whole_clause) and not named_price and not _paid_by_its_relative(sentence_text, rel_start, rel_end):
        return "supposed_value"  # "Wäre der Dienst auch 25 Milliarden wert gewesen?": what it would be worth
    if _supposed_purchase(whole_clause) and not named_price:
        return "supposed_purchase"  # "einen Kalender, den man für neunzehn Milliarden nicht kaufen würde": a deal imagined
    if _answers_an_unreal_labelled_question(text, mention) and not _restates_a_known_price(mention, passage) \
            and _stated_before(text, mention.start) is None:  # "a) Genau die angekündigten 19 Mrd. Dollar.": the known sum
        # named as such answers the unreal question with the real figure (review50)
        return "counterfactual"  # "c) Angenommen, die Aktie wäre ... gefallen. Welchen Wert hätte der Kauf dann gehabt?"
        # ... "Lösungen" / "c) 19 Mrd. · 0,8 = 15,2 Mrd. US-Dollar": the key's answer to an unreal question (D55 (b))
    if _counterfactual(sentence_text, rel_start, rel_end):
        return "counterfactual"  # "Hätte Facebook gewartet, hätte es 21 Milliarden zahlen müssen": what would have been
    if context.has("later_value", context.without_present_names(_without_firm_description(sentence_text))) and not (
        context.has("acquisition", _SINCE_THE_DEAL.sub(" ", clause)) or context.has("price_context", clause)
        or context.has("price_context", whole_clause)  # "..., der heute Meta heißt; Zuckerberg hatte 19 Mrd. für die App bezahlt"
        or _dated_apart_from_later(sentence_text, whole_clause, rel_start, rel_end)
        # (the purchase as a point in time is no purchase of the amount's clause here either: "Analysten bewerten WhatsApp
        # nach der Übernahme inzwischen mit 20 Mrd. Dollar", issue 7, session 34, price34)
        or context.has("acquisition", _SINCE_THE_DEAL.sub(" ", _clause_past_brackets(sentence_text, rel_start, rel_end)))
        or _risen_until_closing(sentence_text)
        or _later_words_by_then(sentence_text)  # "..., weil die Aktie inzwischen zugelegt hatte": by then, not today
        or deal_weighs  # "ist das Geschäft inzwischen 21,8 Mrd. Dollar schwer": the deal's own value, what it cost
        # "Inzwischen ist das Geschäft wegen des gestiegenen Facebook-Kurses mehr als 21 Milliarden Dollar wert": the
        # agreed consideration valued by the share price before the closing (D68 (f), D70 (a))
        or _deal_worth_by_share_price(text, mention, sentence)
        or (not context.has("later_value", whole_clause) and _converts_a_price_before(text, sent_start, mention, passage))
        # "Ob sich 19 Milliarden jemals rechnen, weiß heute niemand": "heute" dates another clause, not the known price
        or (not context.has("later_value", whole_clause) and _restates_a_known_price(mention, passage))
        or _known_price_judged_today(text, mention, whole_clause, passage)
        # "Die 19 Milliarden Dollar von damals wirken heute fast bescheiden": the sum its attribute dates to then, judged
        # today (issue 7, session 48, prec48, own88-054)
        or _definite_sum_of_then(text, mention)
        # "Facebooks 19 Milliarden für WhatsApp ... wirkten heute fast bescheiden": the buyer's sum for WhatsApp, judged today
        or _the_buyers_sum_for_the_target(text, mention)
        # "heute mehr wert als die 22 Milliarden, die Facebook gezahlt hat": "heute" dates the worth compared, the
        # relative clause the sum paid
        or _paid_by_its_relative(sentence_text, rel_start, rel_end)
    ):  # "... da der Kurs seit Februar gestiegen ist; in Dollar sind das knapp 22 Milliarden": the price converted
        return "later_value"  # "heute ... 100 Milliarden Dollar wert": a later valuation, not what was paid
    # "muss wegen des Datenabgleichs bei WhatsApp 12 Milliarden Euro zahlen": what the cause names is not what is bought
    uncaused = _without_cause_before(clause, text[mention.start : mention.end])
    # "..., nachdem die FTC keine Einwände erhob, abgeschlossen; ... hatte der Gesamtwert 21,8 Mrd. erreicht": a penalty
    # word in another main clause, past a semicolon, is no cue of an amount its own clause calls a value (deal.json
    # value_words; issue 7, session 27, price27, own46-005)
    own_part = _semicolon_part(sentence_text, rel_start, rel_end)
    if context.has("penalty", _penalty_scope(text, mention, sentence_text)) and not (
        (not context.has("penalty", own_part) and context.has("value_words", own_part))
        or named_price  # "FTC-Anwalt ... fragte, ob der Preis von 19 Mrd. Dollar ...": named a price, not a fine
        or _definite_sum_of_a_moment(text, mention)  # "die Klageschrift der FTC nennt die 19 Milliarden aus der Ankündigung"
        or context.about_acquisition(uncaused) or context.has("target", uncaused)
        or _FOR_THE_TARGET_RELATIVE.search(sentence_text, 0, rel_start)
        or _buyer_paid_in_a_proceeding(sentence_text, uncaused)
        or _closing_sum_before_a_fine(sentence_text, rel_start, rel_end, segment, sent_start)
        or _insertion_of_the_deal(sentence_text, rel_start, rel_end)
        or _deal_resumed_by_a_demonstrative(uncaused, passage)
    ):
        return "fine"  # "Meta muss 1,2 Milliarden Euro zahlen – die höchste Strafe seit dem WhatsApp-Kauf"
    # "wenige Wochen nach dem WhatsApp-Deal": WhatsApp as a point in time says nothing of what was bought
    dated_clause, dated_sentence = _without_time_references(clause), _without_time_references(sentence_text)
    if context.has("other_targets", clause) and not context.has("target", dated_clause):
        return "other_target"
    bought_target = _attribute_of_the_target(text, mention)  # "der für 19 Mrd. $ übernommene Messenger Whatsapp"
    if not bought_target and may_hold(dated_sentence, "whats") and any(  # speed: both branches of the pattern need it
            _COORDINATED_TARGETS.search(words) and context.has("other_targets", words)
            for words in (dated_clause, _clause_after_apposed_targets(dated_sentence, rel_start, rel_end))):
        return "several_targets"  # "für Instagram und WhatsApp zusammen 20 Mrd.": the sum of two purchases; "Meta
        # hatte Instagram (2012) und WhatsApp (2014) für zusammen rund 20 Mrd. gekauft": the brackets are insertions
    if _TOGETHER_WITH_TARGET.search(dated_sentence, 0, rel_start) is not None:
        return "several_targets"  # "Zusammen mit WhatsApp hat Facebook in diesem Jahr damit 21 Mrd. Dollar ausgegeben":
        # WhatsApp's price and another purchase's summed (issue 7, session 34, price34)
    if _FOR_COUNTED_AFTER.match(text, mention.end):
        return "several_deals"  # "Das ergibt insgesamt 22 Mrd. für drei Firmen.": several purchases summed (session 42)
    if _counted_deals_before(clause, text[mention.start : mention.end]):
        return "several_deals"  # "eine Bank mit 14 Transaktionen im Wert von zusammen 11,7 Mrd.": the volume of many deals
    if context.names_only_another_buyer(_without_addressees(clause)):
        return "other_buyer"  # "Google soll 10 Milliarden Dollar geboten haben": someone else's money (not "ein Signal an
        # Google": a company a message is addressed to)
    if _rival_named_last(sentence_text, rel_start):
        return "other_buyer"  # "Hätte Google zugegriffen – angeblich lag dort ein Angebot über 10 Milliarden"
    # "der Messenger, den Facebook 2014 für 19 Milliarden Dollar gekauft hatte, sowie Oculus, das ...": the amount's own
    # relative clause tells of the target it hangs on; the company named after the clause closes is another's
    own_relative = _in_relative_of_the_target(sentence_text, rel_start, rel_end, passage.target_in_doc)
    if context.has("other_targets", compared) and not bought_target and not own_relative \
            and not _whatsapp_is_nearest(_without_like_adjuncts(dated_sentence), rel_start) \
            and not _FOR_NAMED_TARGET_AFTER.match(text, mention.end) \
            and not _rivals_own_later_sums(dated_sentence, rel_start, rel_end):
        return "other_target_nearer"  # "kaufte Facebook auch Oculus – für 2 Milliarden Dollar" (not "2012 eine Milliarde
        # für Instagram und zwei Jahre später 19 Milliarden für WhatsApp": the amount's own "für" names what it bought)
    if context.about_another_purchase(compared, before_sentence) and not bought_target and not own_relative and not any(
        price.value == mention.value for price in passage.earlier_prices
    ) and not _rivals_own_later_sums(dated_sentence, rel_start, rel_end):  # a sum already stated as the price is the price again ("... was Instagram gekostet hatte. Der Kaufpreis von 19 Mrd. ...")
        return "other_purchase"  # "Im März folgte Oculus. Für den Brillenhersteller zahlte Facebook ..."
    if not passage.target_in_sentence and context.names_another_deal(sentence_text):
        return "another_deal"  # "Facebook kaufte WhatsApp. Intel übernahm Mobileye für 15,3 Milliarden Dollar."
    if not (
        # "nach dem WhatsApp-Kauf" dates, it pays nothing; nor does "Seit dem Kauf" ("Seit dem Kauf taxieren Experten den
        # Messenger ... auf 21 Mrd. Dollar": issue 7, session 34, price34, challenge_gen14-062)
        _about_paying_for_the_target(_SINCE_THE_DEAL.sub(" ", dated_sentence), passage)
        or _paid_for_the_target(text, mention, sentence_text, passage.buyer_near, passage.target_near)
        or (_FOR_THE_TARGET_AFTER.match(text, mention.end) is not None and target_here)
        or (_FOR_A_PRODUCT_AFTER.match(text, mention.end) is not None and target_here)
        or (_sold_to_the_buyer(text, mention, passage.buyer_near) and target_here)
        or _received_by_the_target(sentence_text, rel_start, rel_end, passage.sentence_before)
        or bought_target
        or _next_sentence_refers_back(passage.next_sentence)
        or (_TARGET_LABEL.search(text, max(0, mention.start - 30), mention.start) is not None
            and (passage.deal_near or context.about_paying(passage.window) or context.about_acquisition(passage.intro)))
        or _fact_box_label(text, mention, passage, sent_start)
        or _fact_line(text, mention, passage.target_in_doc)
        or _ranked_deal_row(text, mention)
        or _acquisitions_list_row(text, mention)
        or _table_price(text, mention)
        or _row_under_a_deal_header(text, mention)
        or _bare_amount_under_price_talk(sentence_text, rel_start, rel_end, passage)
        or _bracketed_to_the_target(text, mention)
        or _definite_sum_of_a_moment(text, mention)
        or _said_of_the_purchase_before(sentence_text, rel_start, passage)
        or (deal_weighs and context.about_acquisition(passage.window))  # "Facebook kauft WhatsApp. Das Geschäft ist 19 Mrd. schwer."
        # "Bezahlt hat Facebook am Ende mehr als angekündigt. ..., hatte das Paket zuletzt einen Wert von 21,8 Mrd.": the
        # deal's value after the paying told (issue 7, session 27, price27, own45-052)
        or (deal_weighs and context.about_paying(passage.window))
        or _deal_worth_at_closing(text, mention, sentence)
        or _deal_worth_by_share_price(text, mention, sentence)
        or _names_the_known_price(text, mention, passage)
        or _restates_a_known_price(mention, passage)
        or _total_cost_after_the_deal(sentence_text, passage)
        or _restates_an_earlier_price(sentence_text, mention, passage.earlier_prices)
        or _converts_a_price_before(text, sent_start, mention, passage)
        or _continues_price_talk(sentence_text, passage)
        or _totals_the_parts(sentence_text, mention, passage)
        or _adds_up_the_parts(sentence_text, rel_start, mention, passage)
        or _answers_a_price_question(passage, sentence_text)
        or _answers_a_conversion_question(text, sent_start, mention, passage)
        or _answers_a_numbered_price_question(text, sent_start)
        or _answers_an_elliptic_amount_question(passage, sentence_text, rel_start,
                                                text[max(0, sent_start - 400) : sent_start])
        or (_received_in_cash_and_shares(text, mention, clause) and target_here
            and (passage.deal_near or context.about_paying(passage.window)))
        or (_INVESTS.search(clause) is not None and _invests_in_the_purchase(clause, passage))
        or (_sum_judged(sentence_text, rel_start, rel_end) and context.about_acquisition(passage.window))
        or _SPLIT_INTO_CASH_AFTER.match(text, mention.end) is not None
        or (_told_in_cash_and_shares(text, mention, sent_start) and target_here)
        or (_worth_to_the_buyer(text, mention) and target_here)
        or _opening_amount_after_price_talk(sentence_text, rel_start, rel_end, passage, mention.currency)
        or _closing_figure_after_the_price(sentence_text, passage)
        or _the_headlines_figure(sentence_text, passage)
        or _base_of_the_price_before(sentence_text, mention, passage, rel_start)
        or _named_as_the_base(clause, passage)
        # "Der Betrag besteht aus 16 Milliarden Dollar in bar und Aktien sowie ...": the base of a sum composed of
        # parts, after the price or talk of paying (D19; issue 7, session 59, prec59)
        or (_told_in_both_kinds(text, mention) and _listed_as_parts(sentence_text, rel_start)
            and (passage.price_just_before or context.about_paying(passage.window)))
    ):
        return "no_paying_cue"
    if not (target_here or _the_buyers_one_deal(text, passage)
            or (passage.only_purchase and not _another_thing_costs(whole_clause))
            # "19 Milliarden sind viel Geld" after the price was stated: that sum again, unless another company is named
            or (_restates_a_known_price(mention, passage) and not context.has("other_targets", sentence_text))):
        return "no_target"  # further back WhatsApp may be "der Messenger"; trusted only with no rival nearby
    if (buyer_here or _labelled_price_no_rival(text, mention, sent_start) or _the_targets_one_sale(text, clause, passage)
            or price_one_sale.labelled_targets_one_sale(text, mention, clause)
            or _named_price_of_the_targets_sale(text, clause, passage, named_price)
            or price_one_sale.purchase_price_of_the_one_sale(text, mention, passage.target_in_doc)
            or (passage.only_purchase and not _another_thing_costs(whole_clause))
            or _the_targets_price_told(text, clause, sentence_text, passage)
            # a row of a list of purchases that names WhatsApp ("Die Autorin listet die Zukäufe auf: / ... / Messenger
            # WhatsApp (2014) – 19 Milliarden"): WhatsApp was bought once, by Facebook (issue 7, session 49, prec49)
            or (_acquisitions_list_row(text, mention) and context.sold_once(text, sentence_text))):
        return None
    return "no_buyer"


# A composition of cash and shares with "aus" ("aus Barmitteln und Aktien", "aus Aktien und Barmitteln") after a noun:
# the deal's price nouns ("die Gegenleistung aus ...", "der Kaufpreis aus ...") make it what was paid; a noun of a mix
# ("das Paket aus ...", "eine Summe aus ...") may also be a company's holdings (`_without_the_deals_mix`).
_CASH_NOUN = context.cue_words("cash_nouns")
_CASH_AND_SHARES_AFTER_AUS = (
    rf"[ \t]+aus[ \t]+(?:{_CASH_NOUN}[ \t]+(?:und|sowie|plus)[ \t]+(?:eigenen[ \t]+)?(?:[\wäöüß]+-)?"
    rf"{context.cue_words('share_words')}|(?:eigenen[ \t]+)?(?:[\wäöüß]+-)?{context.cue_words('share_words')}[ \t]+"
    rf"(?:und|sowie|plus)[ \t]+{_CASH_NOUN})(?![\wäöüß])")
_CONSIDERATION_MIX = re.compile(
    rf"(?i)(?<![\wäöüß]){context.cue_words('consideration_nouns')}{_CASH_AND_SHARES_AFTER_AUS}")
_MIX = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('mix_nouns')}{_CASH_AND_SHARES_AFTER_AUS}")
# After the composition: a relative clause that defines it ("Die Summe aus Barmitteln und Wertpapieren, die der Konzern
# hält"), or a time before the deal ("vor dem Kauf"): a company's holdings, not the deal's mix.
_RELATIVE_AFTER_MIX = re.compile(r"(?i)[ \t]*,[ \t]*(?:die|der|das|welche[rs]?)(?![\wäöüß])")
_BEFORE_THE_DEAL = re.compile(rf"(?i)(?<![\wäöüß])vor[ \t]+(?:dem|der)[ \t]+(?:[\wäöüß-]+[ \t]+)?"
                              rf"{context.cue_words('deal_nouns')}(?![\wäöüß])")


def _without_the_deals_mix(judged: str, sentence_text: str) -> str:
    """`judged` without a composition of cash and shares that is the deal's consideration: after one of the deal's price
    nouns ("die Gegenleistung aus Barmitteln und Aktien"), or after a noun of a mix ("das Paket aus Barmitteln und
    Facebook-Aktien") in a sentence that speaks of the purchase or of paying, holds no verb of holding (deal.json
    holding_verbs), no time before the deal ("vor dem Kauf"), and no relative clause after the composition that defines
    it ("Die Summe aus Barmitteln und Wertpapieren, die der Konzern hält, ...": review49's near miss). "Barmittel" alone
    are a company's cash reserves (deal.json not_price_nouns); joined with shares as the deal's mix they are a part of
    what is paid. Issue 7, session 49, prec49 (challenge_gen26-007)."""
    blank = lambda found: " " * len(found.group())  # noqa: E731
    judged = _CONSIDERATION_MIX.sub(blank, judged)
    if _MIX.search(judged) is None:
        return judged
    outside = _MIX.sub(blank, sentence_text)  # (the mix's own noun, "Summe", is no word of paying)
    if not (context.about_acquisition(outside) or context.about_paying(outside)) \
            or context.has("holding_verbs", sentence_text) or _BEFORE_THE_DEAL.search(sentence_text) is not None:
        return judged
    return _MIX.sub(lambda found: found.group() if _RELATIVE_AFTER_MIX.match(judged, found.end()) else blank(found),
                    judged)


def _penalty_scope(text: str, mention: MoneyMention, sentence_text: str) -> str:
    """Where a penalty word makes the amount a fine: its sentence, or in a text table's row only its own cell and that
    cell's column header ("Messenger | 19 Mrd. USD bei Bekanntgabe | Kartellamt: geprüft":
    the review column's authority is no word of the sum's cell; issue 7, session 54, prec54)."""
    if "|" not in sentence_text and "\t" not in sentence_text:
        return sentence_text  # (the cheap test first: no cell separator, no table)
    cell = cell_at(text, mention.amount_start)
    if cell is None or not 0 <= cell.column < len(cell.row):
        return sentence_text
    return f"{cell.header} {cell.row[cell.column]}"


def _without_closed_relatives(text: str, sent_start: int, sentence_text: str, rel_start: int) -> str | None:
    """`text` with the relative clauses of the amount's sentence that close before the amount blanked, commas and all,
    offsets kept (`moment.closed_relative_clauses`); None where there is none. A relative clause tells its antecedent's
    story ("für die App, die 450 Millionen Menschen nutzen, ..."): its nouns are not what the amount is, and the clause
    around the amount goes on across it (its mood: "Würde Facebook für die App, die ..., 19 Milliarden zahlen?")."""
    spans = moment.closed_relative_clauses(sentence_text, rel_start)
    if not spans:
        return None
    for lo, hi in spans:
        text = blank_span(text, sent_start + lo, sent_start + hi)
    return text


# An indefinite price noun as the subject that opens the amount's clause ("Ein Preis von 17 Milliarden Dollar wäre
# vertretbar gewesen", "Eine Summe von 15 Milliarden hätte gereicht"): a price spoken of, not the one the text knows;
# with its predicate in the Konjunktiv II, one imagined. Not after a preposition: "bei einem Kaufpreis von 19
# Milliarden Dollar wären das rund 6,8 Milliarden" takes the real price as the premise of a reckoning (own62-005).
_INDEFINITE_PRICE_BEFORE = re.compile(
    rf"(?i)^\W*(?:{context.cue_words('coordinating_particles')}\s+)?(?:ein|eine)\s+(?:[a-zäöüß][\wäöüß-]*\s+)?"
    rf"(?:{context.cue_words('price_nouns')}|summe|betrag)(?:es|s)?\s+(?:von|in\s+höhe\s+von|über)\s+$")
# A rate's adverb right after the amount ("18 Milliarden täglich", "20 Milliarden pro Tag"; deal.json rate_adverbs).
# The adverb ends the amount's phrase: punctuation, the end, or a verb in lower case after it ("18 Milliarden täglich
# verschickt"), not a noun of the next phrase ("für 19 Milliarden Dollar täglich Briefe ...": the letters' rate).
# Right after the amount: "für" and companies or deals counted (deal.json counted_firms_after).
_FOR_COUNTED_AFTER = re.compile(rf"(?i){context.cue_words('counted_firms_after')}")
# A word of a statistic over a sample right before the amount, up to three words between (deal.json statistic_words).
_STATISTIC_BEFORE = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('statistic_words')}(?![\wäöüß])\W*(?:[\wäöüß.-]+\s+){{0,3}}?$")
_RATE_AFTER = re.compile(rf"(?i)[ \t\u00a0]+{context.cue_words('rate_adverbs')}(?![\wäöüß])"
                         r"(?=\s*(?:[,.;:!?)–—]|$)|\s+(?-i:[a-zäöüß]))")
# A bound's noun (deal.json bound_nouns) after the amount with "als" ("15 Milliarden als Obergrenze", "als absolute
# Schmerzgrenze"), or before it with "von"/"bei"/"auf"/"um" or a colon ("eine Obergrenze von 20 Milliarden", "Die
# Schmerzgrenze lag bei 18 Milliarden", "Obergrenze: 20 Milliarden").
_BOUND_AFTER = re.compile(rf"(?i)[ \t\u00a0]+als[ \t\u00a0]+(?:[\wäöüß-]+[ \t\u00a0]+)?{context.cue_words('bound_nouns')}(?:n|en)?(?![\wäöüß])")
_BOUND_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß]){context.cue_words('bound_nouns')}(?:n|en|s)?(?:\s*:\s*|\s+(?:[\wäöüß]+\s+){{0,2}}?"
    r"(?:von|bei|auf|um|in\s+höhe\s+von)\s+)$"
)


def _named_as_a_bound(text: str, mention: MoneyMention, sent_start: int) -> bool:
    """Is the amount named as a bound, a cap, a floor or a threshold ("15 Milliarden als Obergrenze genannt", "eine
    Obergrenze von 20 Milliarden Dollar", "Die Schmerzgrenze lag bei 18 Milliarden"; deal.json bound_nouns)? Such a
    figure says how far a sum may go, not what was paid (issue 7, session 38, price38)."""
    return (_BOUND_AFTER.match(text, mention.end) is not None
            or _BOUND_BEFORE.search(text, max(sent_start, mention.start - 50), mention.start) is not None)


# A clause that resumes a quantity named before with the expletive "es" and the copula ("Vor dem Deal waren
# es fast 16 Milliarden gewesen", "Damals waren es noch 18 Milliarden", "es sind 20 Milliarden").
# WhatsApp as the first part of a compound ("WhatsApp-Übernahme", "WhatsApp-Kauf"): the deal named, not the company.
_TARGET_COMPOUND = re.compile(r"(?i)(?<![\wäöüß])whats\s?app-[\wäöüß]+")
_RESUMING_COPULA = re.compile(
    r"(?i)(?<![\wäöüß])(?:(?:war|waren|ist|sind|wären|wäre)\s+es|es\s+(?:war|waren|ist|sind|wären|wäre))(?![\wäöüß])"
)


def _resumes_another_quantity(sentence_text: str, rel_start: int, rel_end: int, passage: Passage) -> bool:
    """Does the amount's clause resume with "es" and the copula ("Vor dem Deal waren es fast 16 Milliarden
    gewesen") a quantity the sentence before named as something other than a price: its last sum of a scale stands in
    a clause with a noun of other money or of a count (in the sentence's clauses before it, else in the sentence before:
    "Facebook hatte liquide Mittel von 11,2 Milliarden Dollar",
    "Die Zahl der ... Nachrichten überstieg die Marke von 20 Milliarden"; deal.json not_price_nouns)? The expletive
    takes up that quantity, not the price. Not when the clause names WhatsApp or paying itself, nor when that sum was
    accepted as a price (issue 7, session 38, price38)."""
    left, right = context.clause_around(sentence_text, rel_start, rel_end)
    clause = sentence_text[left:right]
    if not _RESUMING_COPULA.search(clause) or context.has("conversion_cue", clause) \
            or _definite_before(sentence_text, rel_start):
        return False  # ("Umgerechnet sind das ...", "mehr als das Dreifache der 19 Milliarden": a known sum)
    # "im Jahr der WhatsApp-Übernahme waren es ...": the deal named as a time or in a compound, no purchase told
    own = _TARGET_COMPOUND.sub(" ", _without_time_references(clause))
    if context.has("target", own) or context.has("price_context", own):
        return False
    before = sentence_text[:left]  # the sentence's own clauses before it ("Der Umsatz lag bei 18 Mrd.; 2014 waren es ...")
    scaled = [found for found in find_money(before) if found.has_scale]
    if not scaled and _names_the_deal(_without_time_references(before)):
        return False  # "Im Oktober ist der Kauf perfekt, und er ist teurer als gedacht: ..., sind es am Ende fast 22
        # Milliarden Dollar": the sentence's own clauses name the deal, "es" takes it up, not a count of the sentence
        # before (issue 7, session 52, prec52, own95-049)
    if not scaled:
        before = passage.sentence_before
        scaled = [found for found in find_money(before) if found.has_scale]
    if not scaled:
        return False
    last = scaled[-1]
    if any(price.value == last.value and price.currency == last.currency for price in passage.window_prices):
        return False
    told = before[slice(*context.clause_around(before, last.start, last.end))]
    return context.has("not_price_nouns", told)


def _names_the_deal(words: str) -> bool:
    """Do `words` name the purchase or its price (deal.json acquisition, price_context)?"""
    return context.has("acquisition", words) or context.has("price_context", words)


def _the_buyers_sum_for_the_target(text: str, mention: MoneyMention) -> bool:
    """Does the buyer's genitive stand right before the amount and "für WhatsApp" (or the messenger, the app) right
    after it ("Facebooks 19 Milliarden für WhatsApp", "Zuckerbergs 19 Milliarden Dollar für den Messenger")? The
    noun phrase names what the buyer paid for the target (deal.json buyer_possessives)."""
    if _BUYERS_RELATIVE_FOR_THE_TARGET_AFTER.match(text, mention.end) is not None:
        return True  # "Die 19 Milliarden Dollar, die Facebook für WhatsApp bezahlte, wirken heute bescheiden"
    return (_BUYER_POSSESSIVE_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None
            and _FOR_THE_TARGET_AFTER.match(text, mention.end) is not None)


# A relative clause right after an amount whose subject is the buyer and whose object is WhatsApp ("..., die Facebook
# (damals) für WhatsApp ausgab,").
_BUYERS_RELATIVE_FOR_THE_TARGET_AFTER = re.compile(
    rf"(?i)\s*,\s*(?:die|welche)\s+(?:{context.cue_words('buyer')})\s+(?:[a-zäöüß]+\s+){{0,2}}?für\s+"
    r"(?:den\s+|die\s+|das\s+)?(?:whats\s?app|messenger)(?![\wäöüß])"
)
# The buyer's genitive right before an amount ("Facebooks 19 Milliarden").
_BUYER_POSSESSIVE_BEFORE = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('buyer_possessives')}\s+$")


def _talked_of_as_a_number(text: str, mention: MoneyMention, sentence: tuple[int, int]) -> bool:
    """Is the bare amount talked of as a number in its clause, written in digits or counted by its zeros (deal.json
    numeral_talk: "Schreibe 19 Milliarden als Zahl mit allen Nullen", "Wie viele Nullen hat die Zahl 19 Milliarden?")?"""
    sentence_text = text[sentence[0] : sentence[1]]
    rel_start, rel_end = mention.start - sentence[0], mention.end - sentence[0]
    return context.has("numeral_talk", sentence_text[slice(*context.clause_around(sentence_text, rel_start, rel_end))]) \
        or _reads_a_bare_numeral(sentence_text, mention)


def _reads_a_bare_numeral(sentence_text: str, mention: MoneyMention) -> bool:
    """Does the sentence write the bare amount's value as a bare numeral, digits with no unit ("19.000.000.000 liest
    man: neunzehn Milliarden", "Die Zahl 16.000.000.000 schreibt man in Worten sechzehn Milliarden")? Then the amount
    is that number read out, no sum of money: money has its unit with the digits ("19.000.000.000 Dollar, also
    neunzehn Milliarden" stays)."""
    if "." not in sentence_text:
        return False  # speed: a bare numeral of a billion has its thousands dots
    for number in _BARE_BIG_NUMBER.finditer(sentence_text):
        found = find_money(sentence_text[number.start() : number.end() + 30])
        if found and found[0].amount_start == 0:
            continue  # the digits have a unit: money, not a numeral
        try:
            if parse_number(number.group()) == mention.value:
                return True
        except ValueError:
            continue
    return False


# A key's line by its opening word ("Lösungen (für die Lehrkraft): ...", "Musterlösung: ..."; deal.json answer_key_labels).
_KEY_LINE_OPENING = re.compile(rf"(?i)[^\S\n]*\W*{context.cue_words('answer_key_labels')}(?![\wäöüß])")
# An instruction's imperative anywhere in a task's line ("Schreiben Sie", "Notiert"; deal.json task_imperatives).
_TASK_IMPERATIVE = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('task_imperatives')}(?![\wäöüß])")
# A numbered task's line ("Aufgabe 2: ...", "3. ..."), its words after the label (group "task").
_TASK_LINE = re.compile(r"(?im)^" + item_label(QUESTION_LABELS) + r"(?P<task>[^\n]*)$")
# A key's entry of a task's number on the amount's line: "Lösungen: 1 a) falsch; 2: neunzehn Milliarden".
_KEY_ENTRY_NUMBER = re.compile(r"(?:^|[;,(]|[^\S\n])[^\S\n]*(?P<label>\d{1,2})[^\S\n]*[:.)][^\S\n]")


def _numeral_task_line(text: str, number: str, before: int) -> bool:
    """Is there a task's line labelled `number` before offset `before` ("Aufgabe 2: Schreiben Sie die Zahlen in
    Wörtern.") whose words ask for numbers written or read (deal.json numeral_talk, numeral_task)?"""
    for line in re.finditer(r"(?im)^" + item_label(QUESTION_LABELS, re.escape(number)) + r"(?P<task>[^\n]*)$",
                            text[:before]):
        if _asks_for_numbers(line.group("task")):
            return True
    return False


def _asks_for_numbers(task: str) -> bool:
    """Does a task's line instruct (an imperative of deal.json task_imperatives: "Schreiben Sie", "Notiere") to write
    or read numbers (numeral_talk, numeral_task)? Not a heading that only holds the words ("Die Fakten in Worten und
    Zahlen": review59)."""
    return (context.has("numeral_talk", task) or context.has("numeral_task", task)) \
        and _TASK_IMPERATIVE.search(task) is not None


def _item_of_a_numeral_task(text: str, mention: MoneyMention) -> bool:
    """Is the bare amount an item of a numbered task that asks for numbers written or read ("Aufgabe 2: Schreiben
    Sie die Zahlen in Wörtern." and below it, to the next blank line, "19 Milliarden = ____"), or that task's entry
    in its key ("Lösungen: 1 a) falsch, b) richtig; 2: neunzehn Milliarden, dreißig Tage": the entry's number, the
    last before the amount on its line, in a line with an answer key's label)? The number is the task's, not a sum
    paid. Issue 7, session 59, prec59 (own110-016)."""
    if "\n" not in text:
        return False  # speed: a task stands on a line of its own
    line_start = text.rfind("\n", 0, mention.start) + 1
    block_start = text.rfind("\n\n", 0, line_start)
    block_start = 0 if block_start < 0 else block_start + 2
    for line in _TASK_LINE.finditer(text, block_start, line_start):
        if _asks_for_numbers(line.group("task")):
            return True
    entries = list(_KEY_ENTRY_NUMBER.finditer(text, line_start, mention.start))
    if not entries or _KEY_LINE_OPENING.match(text, line_start) is None:
        return False
    return _numeral_task_line(text, entries[-1].group("label"), line_start)


# What may follow an amount that opens a verbless sentence: an apposition after a comma, a dash or a colon.
_APPOSITION_AFTER = re.compile(r"\s*[,–—:]")


# Penalty cues that name a proceeding or an authority, not money owed ("Die FTC hält dagegen: ...", "im Verfahren").
_PROCEEDING_CUE = re.compile(r"(?i)ftc|[\wäöüß]*verfahren[\wäöüß]*")
# The buyer's past payment: "Facebook habe die fast 22 Milliarden Dollar gezahlt", "zahlte", "hingelegt" (deal.json
# paid_participles, the list _PAID_AND reads too, and paid_preterites).
_PAID_PAST = re.compile(rf"(?i)(?<![\wäöüß])(?:{context.cue_words('paid_participles')}|{context.cue_words('paid_preterites')})(?![\wäöüß])")


def _buyer_paid_in_a_proceeding(sentence_text: str, clause: str) -> bool:
    """'Die FTC hält dagegen: Facebook habe die fast 22 Milliarden Dollar gezahlt, um ... auszuschalten': the sentence's
    only penalty cues name a proceeding or an authority, and the amount's clause says the buyer paid it (past tense):
    what the buyer paid in a trial report is the purchase (no fine in the price's range was ever paid)."""
    cues = list(context.finditer("penalty", sentence_text))
    return (bool(cues) and all(_PROCEEDING_CUE.fullmatch(cue.group()) for cue in cues)
            and _PAID_PAST.search(clause) is not None and context.has("buyer", clause))


def _opening_amount_after_price_talk(sentence_text: str, rel_start: int, rel_end: int, passage: Passage,
                                     currency: str | None) -> bool:
    """'Die Summe, die Facebook für den Messenger bezahlen will, hat sich herumgesprochen. Neunzehn Milliarden
    Dollar, rund 14 Milliarden Euro – eine Zahl, mit der niemand etwas anfangen konnte.': an amount that opens its
    sentence, an apposition after it, names the sum the sentence before (same block) or the heading pays; so does a
    verbless "für"/"um" phrase ("Facebook hatte WhatsApp gekauft. Um 19 Milliarden Dollar."). Not where
    the sentence names other money ("... – so viel setzte Facebook um"), a later value, or another amount than the
    sum in another currency ("12 Milliarden Dollar, so hieß es, davon vier Milliarden für Forschung": parts of what)."""
    opening = sentence_text[:rel_start]
    if _ONLY_PUNCTUATION.match(opening):
        if not _APPOSITION_AFTER.match(sentence_text, rel_end):
            return False
    elif _PREPOSITION_OPENING.match(opening) or _CONTINUED_PREPOSITION_OPENING.match(opening) or (
            "[" in opening and _PREPOSITION_OPENING.match(opening[body_start(sentence_text, 0, rel_start):])):
        # (after a chat stamp and its speaker, whose time has a colon of its own: "[03.03.14, 07:11] Mareike: Für 19
        # Milliarden Dollar 🤯"; models/layer/leads.py; issue 7, session 53, prec53)
        # "Facebook hatte WhatsApp gekauft. Um 19 Milliarden Dollar, was damals knapp 14 Milliarden Euro entsprach.": a
        # verbless "für"/"um" phrase adds the price to the sentence before; alone or with an apposition, no clause of its own
        # ("Und zwar für 19 Milliarden Dollar.", "Und jetzt haltet euch fest: für 19 Milliarden Dollar.")
        if not (_APPOSITION_AFTER.match(sentence_text, rel_end) or _ONLY_PUNCTUATION.match(sentence_text[rel_end:])):
            return False
        if context.names_only_another_buyer(opening):
            return False
    else:
        return False
    if any(other.currency in (None, currency) for other in find_money(sentence_text[rel_end:]) if other.has_scale):
        return False
    if (context.has("not_price_nouns", sentence_text) or context.has("not_price_nouns_cs", sentence_text)
            or context.has("later_value", sentence_text) or context.has("other_targets", sentence_text)):
        return False
    resumed = _RESUMED_AFTER.search(sentence_text, rel_end)
    if resumed is not None and not context.about_paying(sentence_text[resumed.start() :]):
        return False  # "13 Milliarden Dollar, so viel setzte Facebook um": the clause that takes the amount up says what it is
    if _GOES_ON_OPENING.match(opening) and not passage.previous_sentence:
        # "Anna: Facebook kauft WhatsApp. / Tobi: Und zwar für 19 Milliarden Dollar.": a turn that goes on with the
        # sentence before it, across the speaker's block
        return context.about_paying(passage.sentence_before)
    # (the sentence on the line before, in text set one sentence a line: "Facebook hat WhatsApp gekauft.\nFür 19
    # Milliarden Dollar."; issue 7, session 45, prec45)
    previous = passage.previous_sentence or passage.line_before
    if not previous and _INTERJECTION_OPENING.match(sentence_text):
        # "Facebook kauft einen Dienst mit 55 Beschäftigten. / (Zuruf von den GRÜNEN: Für 19 Milliarden Dollar!)": a
        # protocol's heckle in brackets completes the speaker's last sentence across the blank line (issue 7, session
        # 48, prec48); not a heckle that asks ("Für 19 Milliarden Dollar? Niemals!"), nor one the speaker's next turn
        # answers with another sum ("– Es waren 19 Milliarden, Herr Kollege.": a correction, review48's finding)
        if "?" in sentence_text[rel_end:] or any(
                other.has_scale for other in find_money(passage.next_sentence or "")):
            return False
        previous = passage.sentence_before
    if _pays_something_else(previous):
        return False
    return context.about_paying(previous) or context.about_paying(passage.intro)


# A bracketed interjection with a speaker's label: "(Zuruf von der SPD: ...", "(Abg. Haag [CDU]: ...".
_INTERJECTION_OPENING = re.compile(r"[^\S\n]*[(\[][^:\n()]{1,60}:")


# A sentence opening with the preposition of a price, "für" (also the Austrian "um"), right before the amount.
_PREPOSITION_OPENING = re.compile(r"(?i)^\W*(?:für|um)\s+$")
# The same verbless phrase after the words that go on with the sentence before ("Und zwar für", "Und das für sage und
# schreibe") or after a colon ("Und jetzt haltet euch fest: für", a speaker's "Tobi: Und zwar für"); up to three
# lower-case words between the preposition and the amount ("für satte", "für sage und schreibe").
_CONTINUED_PREPOSITION_OPENING = re.compile(
    rf"(?i)^(?:[^:\n]*:)?\W*(?:(?:{context.cue_words('confirming_answers')}\s*,?\s+)?{context.cue_words('going_on_words')}\s+)?"
    r"(?:für|um)\s+(?-i:[a-zäöüß]+\s+){0,3}$"
)  # (a confirmation before the going-on words: "– Richtig, und zwar für 19 Milliarden Dollar."; session 59, prec59)
# A sentence (or a speaker's turn after the label) that opens with the words going on with the sentence before.
_GOES_ON_OPENING = re.compile(rf"(?i)^(?:[^:\n]*:)?\W*{context.cue_words('going_on_words')}\s")
# A clause that takes the amount before it up ("..., so viel setzte Facebook um", "– das ist der Umsatz").
_RESUMED_AFTER = re.compile(r"(?i)[,–—:]\s*(?:so\s+(?:viel|viele|hoch|groß|teuer)|das|dies)(?![\wäöüß])")


def _closing_figure_after_the_price(sentence_text: str, passage: Passage) -> bool:
    """'Zusammen sind das 19 Milliarden Dollar. ... Weil Facebooks Aktie bis zum Abschluss steigt, liegt der Wert beim
    Vollzug bei rund 22 Milliarden Dollar.', 'Die rund 22 Milliarden ergeben sich erst beim Vollzug im Oktober': a
    sentence that tells the closing (its moment cues all say `closing`) after a price accepted in the sentence or the
    two before gives the purchase's figure at the closing (D5). Other money of that time is judged before this (a
    money noun, a later value, another buyer or target, an investment): 'Beim Vollzug hatte Facebook Barreserven von
    11 Mrd.' stays no price."""
    if not passage.window_prices:
        # "$19bn, so stand es in jeder Headline. / 1. Der Preis: ... / Beim Closing im Oktober 2014 war das Paket ...
        # fast 22 Milliarden Dollar wert." (own50-047): a sentence that tells the closing and names the value (deal.json
        # value_words) gives the closing figure of a price accepted further back in the text, past a heading or a note
        # (issue 7, session 29, price29)
        # (or refers back to the sum talked of with the copula's expletive "es" or "das": "Angekündigt waren 19
        # Milliarden Dollar. ... / **Und dann?** / ... Weil die Aktie in der Zeit gestiegen ist, waren es am Ende knapp
        # 22 Milliarden": "es" stands for the sum of the deal, an answer's turn past the interviewer's question; not
        # the other words that refer back, "sprach von", "insgesamt": other sums of that time; issue 7, session 49,
        # prec49, own90-014)
        return bool(passage.earlier_prices) and text_moment(sentence_text) == "closing" \
            and (context.has("value_words", sentence_text) or _EXPLETIVE_COPULA.search(sentence_text) is not None)
    # "... dürfte der Wert des Geschäfts beim Vollzug deutlich höher liegen. Analysten rechnen mit rund 22 Mrd. Dollar.":
    # an expected figure (deal.json `expected_figure`) right after the sentence that tells the closing is its value
    return text_moment(sentence_text) == "closing" or (
        bool(passage.previous_sentence) and context.has("expected_figure", sentence_text)
        and text_moment(passage.previous_sentence) == "closing")


# The copula with the expletive "es" or the demonstrative "das" standing for a sum ("waren es", "es waren", "sind das",
# "das waren", "wurden es"): the sentence's sum is the one talked of.
_EXPLETIVE_COPULA = re.compile(r"(?i)(?<![\wäöüß])(?:(?:sind|waren|wurden|wurde)\s+(?:es|das)|(?:es|das)\s+(?:sind|waren|wurden|wurde))"
                               r"(?![\wäöüß])")


def _the_headlines_figure(sentence_text: str, passage: Passage) -> bool:
    """'Von den 19 Milliarden, die in den Schlagzeilen stehen, spricht die Mitteilung selbst nicht' after the price talk
    of the two sentences before ('insgesamt also 16 Milliarden Dollar'): the figure the headlines carry (deal.json
    `headline_figure`) is the price the coverage names. Other money of the headlines is judged before this (a money
    noun: 'In den Schlagzeilen steht auch Apples Umsatz von 40 Mrd.')."""
    return bool(passage.window_prices) and context.has("headline_figure", sentence_text)


_CLAUSE_COMMA = re.compile(r"(?<!\d)[,;](?!\d)")


def _closing_sum_before_a_fine(sentence_text: str, rel_start: int, rel_end: int, segment: tuple[int, int] | None,
                               sent_start: int) -> bool:
    """'Beim Abschluss waren es 22 Milliarden, die Strafe der EU betrug später 110 Millionen Euro': the amount's own
    clause (between commas or semicolons) names the closing (deal.json closing_nouns) and no penalty, and every
    penalty word of the sentence stands after it, in a clause that holds the next amount: the fine has its own sum,
    the closing's figure is not it. Not 'Meta muss 1,2 Milliarden Euro zahlen, die höchste Strafe ...' (no closing,
    no sum of the fine's own), nor 'Beim Abschluss des Verfahrens zahlte Meta ...' (a penalty word in the clause)."""
    if segment is None:
        return False
    before = [m.end() for m in _CLAUSE_COMMA.finditer(sentence_text, 0, rel_start)]
    own_start = before[-1] if before else 0
    after = _CLAUSE_COMMA.search(sentence_text, rel_end)
    if after is None:
        return False
    own = sentence_text[own_start : after.start()]
    if not context.has("closing_nouns", own) or context.has("penalty", own):
        return False
    next_amount = segment[1] - sent_start
    if not after.end() <= next_amount < len(sentence_text):
        return False  # no amount after the clause in this sentence
    penalties = [m.start() for m in context.finditer("penalty", sentence_text)]
    if not penalties or min(penalties) < after.end():
        return False
    # the next amount's own clause holds a penalty word
    fine_start = max([m.end() for m in _CLAUSE_COMMA.finditer(sentence_text, 0, next_amount)] or [0])
    fine_end_match = _CLAUSE_COMMA.search(sentence_text, next_amount)
    fine_end = fine_end_match.start() if fine_end_match else len(sentence_text)
    return any(fine_start <= p < fine_end for p in penalties)


# A parenthetic insertion between dashes: its opening dash, with the words before it, and its closing dash.
_DASH = re.compile(r"[^\S\n][–—-][^\S\n]")
_DEAL_NOUN_AT_END = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('deal_nouns')}(?![\wäöüß])\W*$")


def _insertion_of_the_deal(sentence_text: str, rel_start: int, rel_end: int) -> bool:
    """Does the amount stand in an insertion between dashes right after a noun of the deal, with no penalty word in it
    ("Der Deal – 2014 zu 19 Milliarden Dollar ausgehandelt – blieb trotz der Strafe unangetastet")? The insertion is a
    parenthetic attribute of the deal (a participle phrase, an apposition): its sum is the deal's, and a penalty named
    outside it, in the main clause the insertion interrupts, is no cue of the amount. Issue 7, session 49, prec49
    (challenge_gen25-027)."""
    opening = [found for found in _DASH.finditer(sentence_text, 0, rel_start)]
    closing = _DASH.search(sentence_text, rel_end)
    if not opening or closing is None:
        return False
    inserted = sentence_text[opening[-1].end() : closing.start()]
    return (not context.has("penalty", inserted)
            and _DEAL_NOUN_AT_END.search(sentence_text[: opening[-1].start() + 1]) is not None)


def _semicolon_part(sentence_text: str, rel_start: int, rel_end: int) -> str:
    """The stretch of `sentence_text` between the semicolons around the amount at `rel_start`..`rel_end` (the whole
    sentence when it has none): a main clause of its own."""
    start = sentence_text.rfind(";", 0, rel_start) + 1
    end = sentence_text.find(";", rel_end)
    return sentence_text[start : end if end >= 0 else len(sentence_text)]


def _counted_deals_before(clause: str, amount_text: str) -> bool:
    """'Auf Platz zwei folgt eine Bank mit 14 Transaktionen im Wert von zusammen 11,7 Mrd. US-Dollar', 'Drei weitere
    Zukäufe kosteten Facebook zusammen 12 Mrd. Dollar': deals counted by a numeral or a quantifier before the plural
    noun (deal.json counted_deals) in the amount's clause before it, and WhatsApp not named there: the amount is what
    several deals come to. Not 'Von den drei Übernahmen des Jahres war WhatsApp mit 19 Mrd. die teuerste', nor 'Nach 14
    Übernahmen kaufte Facebook WhatsApp für 19 Mrd.' (the target named: the amount is its price). Also companies
    counted, then 'zusammen' before the amount: 'zwei Messenger-Dienste für zusammen fast 20 Mrd. Dollar'."""
    at = clause.find(amount_text)
    before = clause if at < 0 else clause[:at]
    # "zwei Messenger-Dienste für zusammen fast 20 Mrd.": companies counted, then "zusammen" (deal.json
    # counted_firms_together; issue 7, session 27, price27, own45-018)
    if context.has("counted_deals", before):
        return not context.has("target", before) and not context.refers_to_target(before)
    together = next(context.finditer("counted_firms_together", before.rstrip()), None)
    if together is None:
        return False
    uncounted = before[: together.start("counted")] + before[together.end("counted") :]  # "zwei Messenger": no epithet
    return not context.has("target", before) and not context.refers_to_target(uncounted)


def _the_buyers_one_deal(text: str, passage: Passage) -> bool:
    """'Neunzehn Milliarden Dollar, 55 Mitarbeiter, null Umsatz: Die Zahlen hinter dem Facebook-Deal ...': a text that
    never speaks of WhatsApp nor of any other company bought or buying, but names Facebook by a sum it paid (the
    paying cues are checked before). Facebook has paid a sum in PLAUSIBLE_PRICE for one company only, so the deal
    is WhatsApp's. Facebook must stand in the amount's passage, or in the next sentence that points back at it
    ("Neunzehn Milliarden. So viel ist Facebook ein Dienst wert")."""
    if passage.target_in_doc or not passage.buyer_in_doc:
        return False  # (WhatsApp spoken of elsewhere but not here: another company is near, see target_here)
    if any(context.has(name, text) for name in ("other_targets", "other_target_epithets", "other_buyers")):
        return False
    return passage.buyer_near or (context.has("buyer", passage.next_sentence)
                                  and _next_sentence_refers_back(passage.next_sentence))


def _the_targets_one_sale(text: str, clause: str, passage: Passage) -> bool:
    """'Mit 19 Milliarden Dollar war WhatsApp 2014 die teuerste Übernahme eines jungen Tech-Unternehmens.': WhatsApp
    named in the amount's sentence, the purchase in its clause, no buyer named anywhere and no other buyer either.
    WhatsApp has been bought once, so the sum is what Facebook paid for it."""
    return (passage.target_in_sentence and (context.about_acquisition(clause) or _target_costs(clause))
            and context.sold_once(text, clause))


def _the_targets_price_told(text: str, clause: str, sentence_text: str, passage: Passage) -> bool:
    """'Was hat WhatsApp am Ende gekostet? Unterm Strich etwa 22 Mrd. Dollar.', 'Wer über den Preis von WhatsApp liest,
    findet viele Zahlen. Die 19 Mrd. Dollar stammen von der Ankündigung': WhatsApp's own price or cost told in the
    amount's sentence, the sentence before it or the question heading its block (WhatsApp the subject of costing, a
    price noun of WhatsApp: deal.json target_price_told), no buyer named anywhere and no other buyer or bought company
    (`context.sold_once`): WhatsApp has been bought once, so the sum is what Facebook paid (D52 (c) as completed)."""
    return any(_target_costs(told) or context.has("target_price_told", told)
               for told in (sentence_text, passage.sentence_before, passage.intro) if told) \
        and context.sold_once(text, clause)


# "kostet WhatsApp knapp 22 Mrd.", "WhatsApp hat am Ende 19 Mrd. gekostet", "was WhatsApp kostete": WhatsApp (or the
# Messenger) as the subject of costing, any tense and order (the verb within a few words of it, either side; the
# infinitive "kosten würde" in lower case only: "die Kosten" is a noun). The words: deal.json cost_subjects, cost_verbs,
# cost_infinitives_cs, cost_subjects_after (session 24, layer24: moved from here); group `subject`: the subject before
# the verb.
_TARGET_COSTS = re.compile(
    r"(?i)(?<![\wäöüß-])(?P<subject>" + context.cue_words("cost_subjects", bare=True) + r")(?![\wäöüß-])(?:\s+\S+){0,5}?\s+"
    r"(?:" + context.cue_words("cost_verbs", bare=True) + r"|(?-i:" + context.cue_words("cost_infinitives_cs", bare=True) + r"))(?![\wäöüß])"
    r"|(?<![\wäöüß-])(?:" + context.cue_words("cost_verbs", bare=True) + r")(?:\s+(?:der\s+|die\s+)?\S+){0,2}?\s+"
    r"(?:" + context.cue_words("cost_subjects_after", bare=True) + r")(?![\wäöüß-])"
)


def _target_costs(clause: str) -> bool:
    """Is WhatsApp the subject of costing in `clause` ('Statt 19 Mrd. kostet WhatsApp jetzt knapp 22 Mrd.')? A sum
    WhatsApp costs is its price, as a sum paid for it; not what it costs its users ('kostet die Nutzer') or someone
    else ('kostet Facebook' is judged by the buyer rules)."""
    match = _TARGET_COSTS.search(clause)
    if match is None:
        return False
    if match.group("subject") is not None:
        return True  # the subject before the verb
    # the verb before WhatsApp: WhatsApp is the subject only when what stands before the verb is no noun phrase of its
    # own ("Der Betrieb der Server kostet WhatsApp 12 Mrd.": WhatsApp the one who pays, the accusative)
    fore = re.split(r"[,;:–—]", clause[: match.start()])[-1].split()
    return not fore or fore[0].lower() not in _SUBJECT_OPENERS


# A clause that opens with a noun phrase of its own, an article, up to two attributes and a noun, before a cost verb
# ("Der Mond kostet 20 Milliarden", "Ein neuer Flughafen kostete 19 Milliarden Euro"): the verb prices its subject.
_THING_COSTS = re.compile(
    r"\W*(?:[^\s:]{1,30}:\s*)?(?:der|die|das|ein|eine|dieser|diese|dieses)\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,2}"
    r"(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)\s+(?:" + context.cue_words("cost_verbs", bare=True) + r")(?![\wäöüß])", re.IGNORECASE)
# Nouns that may name the deal or the bought service itself as the subject of costing ("Die App kostet ...", "Der Deal
# kostete ...": deal.json deal_nouns and target_epithets, and the generic names of a firm or service).
_DEAL_OR_SERVICE_NOUN = re.compile(
    rf"(?i)(?:[\wäöüß-]*-)?(?:{context.cue_words('deal_nouns')}|{context.cue_words('target_epithets')}|app|dienst|firma|"
    r"unternehmen|start-?up|plattform|übernahme|kauf)\w*")


def _another_thing_costs(clause: str) -> bool:
    """Does `clause` open with a noun phrase whose noun names neither the deal nor a bought service, as the subject of
    a cost verb ("Der Mond kostet 20 Milliarden.")? In a text that names no company, the verb prices that thing, not
    the one purchase of the corpus (`Passage.only_purchase`). Issue 7, session 48, prec48 (a base error review47
    met)."""
    found = _THING_COSTS.match(clause)
    return found is not None and _DEAL_OR_SERVICE_NOUN.fullmatch(found.group("noun")) is None \
        and not context.has("purchase_epithets", found.group("noun").lower()) \
        and _AMOUNT_RIGHT_AFTER.match(clause, found.end()) is not None


# Right after the cost verb: the amount itself, no payer object between ("kostet 20 Milliarden"; "kostet das Netzwerk
# 19 Milliarden" names who pays: the purchase's cost to a buyer, review48's finding).
_AMOUNT_RIGHT_AFTER = re.compile(r"\s+(?:(?:rund|etwa|knapp|fast|gut|über|mehr\s+als|ganze|satte|stolze)\s+)?\d")


# Words that open a noun phrase in the position before the finite verb (a subject other than WhatsApp may stand there).
_SUBJECT_OPENERS = frozenset({"der", "die", "das", "ein", "eine", "dieser", "diese", "dieses", "sein", "seine", "ihr",
                              "ihre", "jeder", "jede", "jedes", "er", "sie", "es"})


def _another_company_named_before(before: str) -> bool:
    """Do the sentences before the amount's (`before`) name a company bought other than WhatsApp? Not a rival listed
    as an example ("Angebote wie Viber"), nor the standard of a comparison ("mehr Nutzer als Twitter"), nor a platform
    something was posted on ("schrieb er damals auf Twitter", `context.without_platforms_posted_on`)."""
    return context.has("other_targets", context.without_platforms_posted_on(
        context.without_compared_standards(context.without_listed_rivals(before))))


def _no_company_named_but_the_buyer(text: str, target_in_doc: bool) -> bool:
    """'Ein amerikanischer Konzern kauft für 19 Milliarden Dollar einen Dienst, den 30 Millionen Menschen nutzen':
    a text of the corpus (`text`, the whole document) that names no company bought, not WhatsApp (`target_in_doc`
    False), no other bought company or buyer (Facebook may be named) speaks of the one purchase the corpus is about;
    an amount the paying cues accept is its price. Asked once per document (`Passage.only_purchase`); not a sum a cost
    verb gives another thing named as its subject (`_another_thing_costs`)."""
    return not target_in_doc and not any(
        context.has(name, text) for name in ("other_targets", "other_target_epithets", "other_buyers"))


def _named_price_of_the_targets_sale(text: str, clause: str, passage: Passage, named_price: bool) -> bool:
    """'WhatsApp hatte zum Zeitpunkt der Übernahme mehr Nutzer als Twitter. Der Preis von 19 Milliarden Dollar
    entspricht ...': the amount named a price ("Der Preis von"), WhatsApp and its purchase in the passage (the
    sentence and the two before), no buyer named anywhere and no other buyer or bought company in the clause:
    WhatsApp has been bought once, so the price is what Facebook paid for it (as `_the_targets_one_sale`)."""
    return (named_price and passage.target_near and passage.deal_near
            and not context.has("other_buyers", context.without_compared_standards(text))  # "mehr Nutzer als Twitter"
            and not context.has("other_targets", clause))


# Right before an amount: the shares whose value it is ("Facebook-Aktien im Wert von (zuletzt) 12 Mrd. Dollar").
_SHARES_VALUE_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß]){context.cue_words('share_value_nouns')}\w*\s+im\s+wert\s+von\s+(?:[\wäöüß]+\s+){{0,2}}$"
)
# "in bar und Aktien im Wert von insgesamt 19 Mrd.": cash and shares together, the total; not when an amount
# owns the cash ("4 Mrd. Dollar in bar und Aktien im Wert von 12 Mrd."): then the shares are the other part.
_CASH_AND_SHARES_BEFORE = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('cash_words')}\s+(?:und|sowie)\s+(?:in\s+)?"
                                     rf"{context.cue_words('share_value_nouns')}n?\s+im\s+wert")
_AMOUNT_IN_CASH_BEFORE = re.compile(rf"(?i)(?:dollar|euro|\$|€|mrd\.?|milliarden|mio\.?|millionen)\s+(?:in\s+)?"
                                    rf"{context.cue_words('cash_words')}\s+(?:und|sowie)")


# Holdings as the antecedent of a relative clause in which the amount is their worth ("Anteile, die nun rund 10,5
# Milliarden Dollar wert sind"): deal.json holding_nouns, a comma, a relative pronoun, words of that clause.
_HOLDINGS_RELATIVE_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß-]){context.cue_words('holding_nouns')}\s*,\s*(?:die|der|das|welche)\s+[^,.;:!?()]{{0,60}}$"
)


# Someone's holdings as the subject of being worth ("sein Paket war damals etwa 10,5 Milliarden Dollar wert", "Koums
# Anteil ist ... wert"): a possessive (or a genitive name), the holding noun (or "Paket"), a form of "sein".
_POSSESSED_HOLDING_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß-])(?:sein|seine|ihr|ihre|dessen|deren|(?-i:[A-ZÄÖÜ][a-zäöüß]+s))\s+(?:[\wäöüß-]+\s+)?"
    rf"(?:{context.cue_words('holding_nouns')}|[\wäöüß-]*pakete?|[\wäöüß-]*anteil)\s+"
    r"(?:war|ist|waren|sind|wäre|wären|sei|seien)\s+(?:[\wäöüß]+\s+){0,3}$"
)


# The share nouns a part of the price is paid in ("Aktien", "Anteilen", "Papieren"): deal.json "share_words", the one
# vocabulary of them (issue 7, session 36, price36), as one group for the patterns below.
_SHARE_WORDS = context.cue_words("share_words", bare=True).join(("(?:", ")"))
# With 'Papiere' (deal.json "paper_words"), a share only where the pattern's place says so (a company's compound,
# after 'in', beside cash, after 'plus', a share price's genitive).
_SHARE_OR_PAPER_WORDS = "(?:" + _SHARE_WORDS + "|" + context.cue_words("paper_words", bare=True) + ")"

# The parts of a price told outside the amount's clause (`_part_of_the_sum`, issue 7, session 35, price35): the whole in
# the genitive after it ("12 Mrd. Dollar der Summe von 16 Mrd.", "elf Mrd. des Kaufpreises"; deal.json deal_component has
# the partitive with "von"), a colon after a clause naming the rest or larger part paid in shares ("Der Rest sind
# Facebook-Aktien:"), and a share part it turned into ("Aus den zwölf Milliarden in Aktien wurden ...", "wurden aus
# den zwölf Milliarden in Aktien ..."). The whole named after such a part
# ("... der Summe von 16 Mrd.") is the price, whatever part words its clause holds (`_WHOLE_OF_A_PART_BEFORE`).
_SUM_NOUN = r"(?:kauf|gesamt|gesamtkauf)?summe"
# The Swiss share word "Titel" only as a company's compound ("Facebook-Titeln") or the bare dative plural after "in"
# ("in Titeln"; not the verb "titeln"): a headline "Titel" is no share (issue 7, session 35, titel35).
_SHARES_WORD = r"(?:(?:[\wäöüß]+-)?" + _SHARE_OR_PAPER_WORDS + r"|[\wäöüß]+-titeln?|(?<=in\s)titeln)(?![\wäöüß])"
_PARTITIVE_AFTER = re.compile(rf"(?i)\s+(?:der|dieser|jener)\s+{_SUM_NOUN}(?![\wäöüß])"
                              r"|\s+(?:des|dieses)\s+(?:kauf|gesamt|gesamtkauf)?preise?s(?![\wäöüß])")
_WHOLE_OF_A_PART_BEFORE = re.compile(rf"(?i)(?:milliarden|mrd\.|mia\.|dollar|euro|franken|\$|€)\s+(?:der|dieser)\s+{_SUM_NOUN}\s+von\s+$")
# A clause naming the part paid in shares before a colon ("Den Rest zahlte Facebook in Aktien: 12 Mrd."): the part's
# noun is price_heads.json partitive_nouns, the one list of the part of a whole (issue 7, session 41, merge41).
_PART_LABEL_BEFORE = re.compile(rf"(?i)(?:^|[.;!?]\s)[^.;:!?]*?(?<![\wäöüß])(?:der|den|dem)\s+{price_heads.partitive_nouns()}"
                                rf"(?![\wäöüß])[^.;:!?]*?{_SHARES_WORD}[^.;:!?]{{0,30}}:\s*$")
_GROWN_FROM_PART_BEFORE = re.compile(rf"(?i)(?<![\wäöüß])aus\s+(?:den|dem|der|diesen)\s+[^.;:!?,]{{1,40}}?\s+in\s+"
                                     rf"(?:[\wäöüß-]+\s+)?{_SHARES_WORD}\s+(?:(?:wurden|wurde|werden|sind|waren|würden)\s+)?"
                                     r"(?:[\wäöüß]+\s+){0,4}?$")


# The genitive article and at most one attribute before a larger amount right after the amount: "zwölf Mrd. Dollar der
# vereinbarten 16 Milliarden" (`_part_of_a_larger_amount`; issue 7, session 35, titel35, gen35's challenge_gen15 cause).
_GENITIVE_ATTRIBUTE_AFTER = re.compile(r"\s+(?:der|dieser|jener)\s+(?:[a-zäöüß]+(?:en|ten)\s+)?(?=\d|[a-zäöüß])")


def _part_of_a_larger_amount(text: str, mention: MoneyMention) -> bool:
    """Is the amount followed by a partitive genitive whose whole is a larger amount ("Rund zwölf Mrd. Dollar der
    vereinbarten 16 Milliarden gehen in Aktien", "elf Milliarden der 19 Milliarden")? Then it is a part of that whole."""
    genitive = _GENITIVE_ATTRIBUTE_AFTER.match(text, mention.end)
    if genitive is None:
        return False
    wholes = money.find_money(text[genitive.end() : genitive.end() + 40])
    return bool(wholes) and wholes[0].start == 0 and wholes[0].value > mention.value


# The subject naming a part's share of the price before the amount in its clause ("Der Aktienanteil am Kaufpreis sei
# auf 15 Mrd. gestiegen", "der Baranteil des Kaufpreises"): the amount is that part, though the clause names the price
# (issue 7, session 35, titel35, gen35's challenge_gen15 cause).
_SHARE_OF_THE_PRICE_BEFORE = re.compile(
    r"(?i)(?<![\wäöüß])(?:der|dieser|sein|ihr)\s+[\wäöüß]+anteil\s+(?:am|an\s+dem|des)\s+(?:[\wäöüß-]+\s+)?"
    r"(?:[\wäöüß]+-)?(?:kauf|gesamt|übernahme)?preis(?:es)?(?![\wäöüß])"
)


def _part_of_the_sum(text: str, mention: MoneyMention, sentence_text: str, rel_start: int) -> bool:
    """Is the amount told as a part of the price in words that stand outside its clause: a partitive genitive after it
    ("12 Mrd. der Summe von 16 Mrd. gingen als Aktien"), a colon after a clause naming the rest or larger part paid in
    shares ("Den Rest zahlte Facebook in Aktien: 12 Mrd. ..."), or the value a share part turned into ("Aus den zwölf
    Milliarden in Aktien wurden ...")? Issue 7, session 35, price35 (own61/own62's false prices, the share part as
    the price)."""
    return (_PARTITIVE_AFTER.match(text, mention.end) is not None or _part_of_a_larger_amount(text, mention)
            or _PART_LABEL_BEFORE.search(sentence_text[:rel_start]) is not None
            or _GROWN_FROM_PART_BEFORE.search(sentence_text[:rel_start]) is not None)


def _values_shares(text: str, mention: MoneyMention) -> bool:
    """Is the amount the value of shares ("Aktien im Wert von 3 Mrd. Dollar", "Anteile, die rund 10,5 Mrd. Dollar
    wert sind"), not of cash and shares together?"""
    before = text[max(0, mention.start - 90) : mention.start]
    if (_HOLDINGS_RELATIVE_BEFORE.search(before) is not None or _POSSESSED_HOLDING_BEFORE.search(before) is not None) \
            and _WORTH_AFTER.match(text, mention.end) is not None:
        return True  # (the relative clause's verb-final "wert sind", or "war ... wert", right after the amount)
    if _SHARES_VALUE_BEFORE.search(before) is None:
        return False
    return not (_CASH_AND_SHARES_BEFORE.search(before) and not _AMOUNT_IN_CASH_BEFORE.search(before))


# A sentence opened by "Die Gesamtkosten" with nothing after it that says whose costs they are ("der
# Rechenzentren", "für Server").
_BARE_TOTAL_COST = re.compile(r"(?i)\W*(?:die\s+)?gesamtkosten(?!\s+(?:des|der|für|von|aus)\s)(?![\wäöüß-])")


# The buyer in the dative right before the amount, "wert" right after it: "Der Mann, der Facebook 19 Mrd. Dollar wert
# war", "dem Konzern ganze 16 Mrd. wert": what the target was worth to its buyer, what it paid. Not the buyer as the
# subject ("Facebook ist 170 Mrd. wert": a verb stands between) nor another's worth.
_BUYER_DATIVE_BEFORE = re.compile(
    r"(?i)(?<![\wäöüß])(?:" + context.cue_words("buyer") + r"|dem\s+(?:netzwerk|konzern|käufer|online-netzwerk))"
    r"\s+(?:(?:ganze|stolze|satte|immerhin)\s+)?$"
)
_WORTH_AFTER = re.compile(r"(?i)\s+wert(?![\wäöüß])")
# Holdings as the subject that opens the sentence ("Die Aktienpakete der WhatsApp-Mitarbeiter, die ..., waren ... wert",
# "Koums Anteile waren ... wert"): an article or a possessive, up to one word, a holding noun (deal.json holding_nouns).
_HOLDING_SUBJECT_OPENING = re.compile(
    rf"(?i)^\W*(?:die|das|der|sein|seine|ihr|ihre|deren|dessen|(?-i:[A-ZÄÖÜ][a-zäöüß]+s))\s+(?:[\wäöüß-]+\s+)?"
    rf"{context.cue_words('holding_nouns')}(?![\wäöüß])"
)


def _holdings_worth(sentence_text: str, rel_start: int, rel_end: int) -> bool:
    """Is the amount what holdings that open the sentence as its subject were worth ("Die Aktienpakete der
    WhatsApp-Mitarbeiter, die nach der Übernahme ausgegeben wurden, waren 2018 zusammen rund 16 Milliarden Dollar
    wert")? The worth of shares is a part or a later value, never the price; not with cash beside them ("Die Aktien und
    das Bargeld ... waren 22 Milliarden wert": the whole). Issue 7, session 38, price38."""
    if _WORTH_AFTER.match(sentence_text, rel_end) is None:
        return False
    opening = _HOLDING_SUBJECT_OPENING.match(sentence_text)
    return opening is not None and not context.has("cash_words", sentence_text[:rel_start])


def _worth_to_the_buyer(text: str, mention: MoneyMention) -> bool:
    """Is the amount what the target was worth to its buyer ("der Facebook 19 Mrd. Dollar wert war")?"""
    return _WORTH_AFTER.match(text, mention.end) is not None and \
        _BUYER_DATIVE_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None


# The buyer's own bid ("Facebooks Gebot", "das Gebot von Facebook"): an offer the target took, what D14 calls the price;
# "Gebot" alone stays a not-price noun (a rival's bid, "Googles Gebot").
_BUYERS_BID = re.compile(
    r"(?i)(?<![\wäöüß])(?:facebooks|zuckerbergs|metas)\s+(?:[\wäöüß-]+\s+)?gebot(?:s|e)?(?![\wäöüß])"
    r"|(?<![\wäöüß])(?:das|dem|des)\s+gebots?\s+(?:von\s+)?(?:facebook|zuckerberg|meta)s?(?![\wäöüß-])"
)
_INVESTS = re.compile(r"(?i)(?<![\wäöüß])investi\w*")


def _invests_in_the_target(text: str, mention: MoneyMention, passage: Passage, clause: str = "") -> bool:
    """Is the amount 'invested' in WhatsApp: "in WhatsApp"/"in den Messenger" right after it, the sum of a price
    already stated ("Doch wer neunzehn Milliarden investiert, will etwas davon haben"), or invested in the purchase of
    WhatsApp (`_invests_in_the_purchase`)? Then investing is the purchase."""
    return _IN_THE_TARGET_AFTER.match(text, mention.end) is not None or any(
        price.value == mention.value for price in passage.earlier_prices) or _invests_in_the_purchase(clause, passage)


# A purchase as the object of investing: "in"/"für" + an article + a deal noun, alone or as a compound's head ("in den
# Kauf", "in die Übernahme", "für den Erwerb", "in den WhatsApp-Deal"; deal.json deal_nouns); or "dafür"/"hierfür",
# which points back at what the sentence before tells.
_INTO_A_PURCHASE = re.compile(
    rf"(?i)(?<![\wäöüß])(?:in|für)\s+(?:den|die|das|diesen|diese|dieses|seinen|seine|ihren|ihre)\s+(?:[\wäöüß]+\s+)?"
    rf"(?:[\wäöüß]+-)?{context.cue_words('deal_nouns')}(?:s|es)?(?![\wäöüß])"
)
_BACK_TO_IT = re.compile(r"(?i)(?<![\wäöüß])(?:dafür|hierfür|darein)(?![\wäöüß])")


def _invests_in_the_purchase(clause: str, passage: Passage) -> bool:
    """Is what the clause invests in the purchase of WhatsApp: "investierte 19 Milliarden Dollar in den Kauf von
    WhatsApp", "Für die Übernahme des Messengers investierte Facebook ...", "hat ... in den WhatsApp-Deal investiert",
    or "Dafür investiert der Konzern ..." after a sentence that tells the purchase of WhatsApp? Investing in a purchase
    is paying its price, as investing "in WhatsApp" is (issue 7, session 40, recall40). Not a purchase named only as a
    time ("nach dem Kauf von WhatsApp investierte Facebook ... in Rechenzentren": no "in"/"für" before the deal noun);
    another company's purchase is left to the other-target readers after this one."""
    if _INTO_A_PURCHASE.search(clause):
        return context.has("target", clause) or (passage.target_near and not context.has("other_targets", clause))
    return (_BACK_TO_IT.search(clause) is not None and context.about_acquisition(passage.sentence_before)
            and context.has("target", passage.sentence_before)
            and not context.names_only_another_buyer(passage.sentence_before))


# "in WhatsApp", "in den Messenger" right after the amount (not "in das Start-up Scale AI": another company's noun).
_IN_THE_TARGET_AFTER = re.compile(
    r"\s+(?i:in\s+(?:den\s+)?(?:whats\s?app|messenger|kurznachrichtendienst))(?![\wäöüß-])(?!\s+[A-ZÄÖÜ])"
)


# "setzt sich (aus Bargeld und Aktien) zusammen", "besteht aus", "zusammengesetzt aus", "teilt sich auf": what follows
# lists the parts of a sum.
# (The Konjunktiv I of reported speech too: "Die Gegenleistung setze sich aus ... zusammen", "bestehe aus", own44-005.)
_COMPOSED_OF = re.compile(
    r"(?i)(?<![\wäöüß])(?:setz(?:t|e|en|te|ten)\w*\s+sich\s+(?:[^.;:]{0,80}?\s)?zusammen"
    r"|(?:besteht|bestand|bestehen|bestehe|bestünde|bestanden|bestehend)\s+aus"
    r"|zusammengesetzt\s+aus|(?:teilt|teilte)\s+sich\s+(?:[^.;:]{0,40}?\s)?auf)(?![\wäöüß])"
)


def _listed_as_parts(sentence_text: str, rel_start: int) -> bool:
    """Is the amount one of two or more amounts listed after words saying a sum is made of parts ("Der Preis setzt
    sich aus Bargeld und Aktien zusammen: vier Mrd. Dollar und zwölf Mrd. Dollar")? The sum itself stands before
    those words ("Die 19 Mrd. setzen sich zusammen aus ...") or is named as the total. The separable verb may frame
    the list ("setzt sich aus 4 Mrd. in bar und 12 Mrd. in Aktien zusammen": deal.json parts_bracket)."""
    if any(bracket.start() < rel_start < bracket.end()
           and len([m for m in find_money(sentence_text[bracket.start() : bracket.end()]) if m.has_scale]) >= 2
           for bracket in context.finditer("parts_bracket", sentence_text)):
        return True
    cue = _COMPOSED_OF.search(sentence_text, 0, rel_start)
    if cue is None:
        return False
    # the list ends with its clause: "...; zusammen mit den Aktien kommt das Paket auf 19 Mrd." is the total again
    list_end = sentence_text.find(";", cue.end())
    list_end = len(sentence_text) if list_end < 0 else list_end
    return rel_start < list_end and len([m for m in find_money(sentence_text[cue.end() : list_end]) if m.has_scale]) >= 2


# Right after "in bar und Aktien": an amount the last kind heads ("in Aktien und Bargeld von 4 Milliarden").
_KIND_HEADS_AN_AMOUNT = re.compile(r"(?i)\s*(?:(?:von|über|in\s+höhe\s+von|im\s+wert\s+von)\s+)?(?:rund\s+|etwa\s+)?\d")


def _told_in_both_kinds(text: str, mention: MoneyMention) -> bool:
    """Is the amount told as paid in cash and shares together right after it ("16 Milliarden Dollar in bar und
    Aktien"), the last kind heading no amount of its own ("12 Milliarden Dollar in Aktien und Bargeld von 4
    Milliarden" lists two parts)? Among listed parts that is the base of the price beside the staff's shares (D19).
    Issue 7, session 59, prec59 (own110-024, own78-002)."""
    told = _TOTAL_IN_PARTS_AFTER.match(text, mention.end)
    return told is not None and _KIND_HEADS_AN_AMOUNT.match(text, told.end()) is None


def _total_cost_after_the_deal(sentence_text: str, passage: Passage) -> bool:
    """'Facebook hat die Übernahme von WhatsApp abgeschlossen. Die Gesamtkosten lagen bei rund 22 Milliarden
    Dollar.': a sentence about the total cost, said of nothing else, right after a sentence about buying WhatsApp."""
    return (_BARE_TOTAL_COST.match(sentence_text) is not None and context.about_acquisition(passage.previous_sentence)
            and context.has("target", passage.previous_sentence))


# A frame of hearsay right before a sum, with at most a particle, "von" or a qualifier between ("hieß es 19 Milliarden",
# "stand etwas von 16 Milliarden Dollar", "las man von rund 19 Milliarden"): the sum is what was said (deal.json
# price_hearsay).
_HEARSAY_BEFORE = re.compile(rf"(?i){context.cue_words('price_hearsay')}(?:\s+(?:von|nur|gar|sogar|ja|schon|etwa|rund|knapp|fast|über|mehr\s+als)){{0,3}}\s+$")


def _said_of_the_purchase_before(sentence_text: str, rel_start: int, passage: Passage) -> bool:
    """'Anlass war die Nachricht, dass Facebook WhatsApp kauft. In der Zeitung stand etwas von 16 Milliarden Dollar, im
    Fernsehen hieß es 19 Milliarden': a sum that a frame of hearsay governs right before it (`_HEARSAY_BEFORE`), in the
    sentence right after one about paying, is the price said of that purchase. The frame must take the sum as what was
    said: "Die Schmerzgrenze der Aktionäre lag bei 18 Milliarden Dollar, hieß es." names its own noun (a bound), and a
    heading alone ("Der Deal im Überblick / 12 Milliarden Dollar, so hieß es ...") tells no purchase. Issue 7, session
    58, prec58 (own108-029, challenge_gen35-011)."""
    return _HEARSAY_BEFORE.search(sentence_text, max(0, rel_start - 60), rel_start) is not None \
        and context.about_paying(passage.previous_sentence)


# A parenthesis right after the target's name that holds its purchase's year and the amount, in either order, and nothing
# else: "WhatsApp (2014, 19 Mrd. US-Dollar)", "WhatsApp (19 Mrd. Dollar, 2014)" (`_bracketed_to_the_target`).
_TARGET_BRACKET_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß]){context.cue_words('target')}(?![\wäöüß-])[^\S\n]*\([^\S\n]*(?P<year>(?:19|20)\d\d[^\S\n]*[,;:][^\S\n]*)?$")
_TARGET_BRACKET_AFTER = re.compile(r"[^\S\n]*(?P<year>[,;][^\S\n]*(?:19|20)\d\d[^\S\n]*)?\)")


def _bracketed_to_the_target(text: str, mention: MoneyMention) -> bool:
    """'Die FTC will, dass Facebook Instagram (2012, 1 Mrd. US-Dollar) und WhatsApp (2014, 19 Mrd. US-Dollar) wieder
    abgeben muss': a parenthesis right after the target's name that holds the year of its purchase and the amount, and
    nothing else, is the text's own apposition of the purchase's year and price (the lead's D76 (a)), whatever the
    clause around it does with the target (an accusation, a split-off, a list). The year is what makes the bracket the
    purchase's: a bare amount in brackets after the name may be a value or a revenue of any time. Issue 7, session 58,
    prec58 (own107-018)."""
    before = _TARGET_BRACKET_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    after = _TARGET_BRACKET_AFTER.match(text, mention.end)
    if before is None or after is None or (before.group("year") is None) == (after.group("year") is None):
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    # (a row of a list that opens with the name is its list's: a title of other money vetoes it, "Börsenwerte der
    # Messenger (Schätzung) / WhatsApp (2014, ca. 19 Mrd. USD)", as it vetoes a ranking's rows, `_list_title`)
    return text[line_start : before.start()].strip(" \t-–—•*·") != "" or \
        not context.has("not_price_nouns", _list_title(text, line_start))


def _table_price(text: str, mention: MoneyMention) -> bool:
    """'WhatsApp | 2014 | 19 Mrd. US-$' under 'Unternehmen | Jahr | Kaufpreis': a cell of a price column
    in WhatsApp's row of a table of purchases."""
    cell = cell_at(text, mention.amount_start)
    return (cell is not None and context.has("price_label", cell.header)
            and not context.has("not_price_nouns", cell.header) and not context.has("deal_component", cell.header)
            and about_a_purchase_of_target(cell))


# A sentence that is only an amount ("Neunzehn Milliarden Dollar."): an ellipsis.
_ONLY_PUNCTUATION = re.compile(r"^[\W]*$")


def _bare_amount_under_price_talk(sentence_text: str, rel_start: int, rel_end: int, passage: Passage) -> bool:
    """'Kommentar: Der Preis der Gratis-App' / 'Neunzehn Milliarden Dollar. Man muss ...': a sentence that is
    the amount alone says no more than the heading or the sentence before it, which speak of paying."""
    if not ((_ONLY_PUNCTUATION.match(sentence_text[:rel_start]) or _GOES_ON_BEFORE.match(sentence_text[:rel_start]))
            and _ONLY_PUNCTUATION.match(sentence_text[rel_end:])):
        return False
    # the sentence before in its block, or on the line before in text set one sentence a line ("Das hat viel Geld
    # gekostet.\n19 Milliarden Dollar."), issue 7, session 45, prec45
    previous = passage.previous_sentence or passage.line_before
    around = passage.intro + " " + _without_the_news_day(previous)
    if context.has("later_value", around) or context.has("not_price_nouns", passage.next_sentence):
        return False  # "Was WhatsApp heute wert ist" / "20 Mrd. Dollar. So hoch schätzen Analysten den Umsatz."
    if _pays_something_else(previous):
        return False
    return context.about_paying(passage.intro) or context.about_paying(previous)


_VALUE_WORD = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('value_words')}(?![\wäöüß])")


def _without_the_news_day(sentence: str) -> str:
    """`sentence` without its "heute" where it tells the purchase as the day's news ("Facebook hat heute WhatsApp
    gekauft.") and names no value: the day of the news, not a later value ("das heute 50 Milliarden wert ist"), so the
    bare sum after it ("19 Milliarden Dollar!!") is the price the news tells. Issue 7, session 59, prec59 (own110-018)."""
    if _VALUE_WORD.search(sentence) is not None or not context.about_acquisition(sentence):
        return sentence
    return _TODAY.sub(" ", sentence)  # (_TODAY: "heute" as a word of its own, defined with the worth tests below)


_LAST_MAIN_CLAUSE = re.compile(r"[:;]\s|\s[–—]\s")


def _pays_something_else(sentence: str) -> bool:
    """Does `sentence`, whose predicate a verbless amount after it takes over ("Facebook muss eine Strafe zahlen. 12
    Milliarden Euro."), pay something other than the purchase: a fine or other money noun, money spent on something
    ("viel Geld für Werbung ausgegeben"), or a sum only imagined (Konjunktiv II: "Facebook hätte gern weniger bezahlt.
    15 Milliarden Dollar.")? The fragment says no more than its predicate: it is that money (issue 7, session 45,
    prec45). Only its last main clause is read, the one the fragment goes on with ("... war die Nachricht in den
    Abendnachrichten eine Randnotiz, am nächsten Morgen Tagesgespräch: Facebook hatte WhatsApp gekauft. Um 19
    Milliarden Dollar.", own31-048)."""
    sentence = _LAST_MAIN_CLAUSE.split(sentence)[-1]
    return (context.has("penalty", sentence) or context.has("not_price_nouns", sentence)
            or context.has("not_price_nouns_cs", sentence) or _SPENT_ON_AFTER.search(sentence) is not None
            or mood.unreal_finite(sentence))


# A bare amount after the words going on with the sentence before ("Nämlich 19 Milliarden Dollar.", "Und zwar 19
# Milliarden Dollar."): the amount alone, added to what the sentence before pays (issue 7, session 45, prec45).
_GOES_ON_BEFORE = re.compile(rf"(?i)^\W*{context.cue_words('going_on_words')}\s+$")


def _clause_before(sentence_text: str, clause_start: int) -> int:
    """Where the clause before the one starting at `clause_start` starts (the clause holding the punctuation mark
    at `clause_start - 1`): the words a relative clause, apposition or bracket after it refers back to."""
    return context.clause_around(sentence_text, clause_start - 1, clause_start - 1)[0]


# A relative clause that says what was paid for its antecedent, a noun of the deal: "das Geschäft, für das Facebook 19
# Milliarden Dollar zahlt" (the antecedent's own words, "sein Anteil an dem Geschäft", are not the amount's).
_DEAL_NOUN_ENDS = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('deal_nouns')}(?:e?s|en|e|n)?\s*,\s*$")
_FOR_WHICH = re.compile(r"(?i)\s*(?:für\s+(?:das|den|die|welche[ns]?)|wofür)\s")


def _deal_noun_paid_for(sentence_text: str, clause_start: int, clause: str) -> int | None:
    """Where the antecedent starts when `clause` (at `clause_start` of `sentence_text`) is a relative clause "für das ...
    zahlt" whose antecedent, right before its comma, is a noun of the deal ("Geschäft", "Übernahme", deal.json
    deal_nouns): the noun and its relative clause tell the deal's price, without the words before the noun ("sein
    Anteil an dem Geschäft, für das ..."); None otherwise (issue 7, session 54, prec54)."""
    if _FOR_WHICH.match(clause) is None or not context.about_paying(clause):
        return None
    noun = _DEAL_NOUN_ENDS.search(sentence_text, max(0, clause_start - 40), clause_start)
    return None if noun is None else noun.start()


def _clause_of(text: str, mention: MoneyMention, sentence_text: str, rel_start: int, rel_end: int,
               segment: tuple[int, int] | None, sent_start: int) -> str:
    """The words that say what the amount is: its clause, narrowed to its segment, with
    the antecedent of a relative clause, the clause before a bare amount after a colon,
    and without what describes the company after "für eine Firma"."""
    clause_start, clause_end = context.amount_clause(sentence_text, rel_start, rel_end)
    if segment is not None:
        clause_start = max(clause_start, segment[0] - sent_start)
        clause_end = min(clause_end, segment[1] - sent_start)
    line_break = sentence_text.find("\n", rel_end, clause_end)
    if line_break >= 0 and _LABELLED_LINE_START.match(sentence_text, line_break + 1):
        # "Preis: 19 Milliarden Dollar\ndavon Bargeld: 4 Milliarden Dollar": a fact box's next line is a line of its own
        # though it opens lower-cased (the splitter reads such a line on as a hard wrap); its part label is not the
        # price's (issue 7, session 35, price35, own62-015)
        clause_end = line_break
    for_the_target = _FOR_THE_TARGET_AFTER.match(text, mention.end)
    if for_the_target is not None:
        # "19 Milliarden für ein Unternehmen mit kaum Umsatz": the rest describes the company.
        clause_end = min(clause_end, for_the_target.end() - sent_start)
    if segment is not None and clause_start == segment[0] - sent_start:
        counted = _COUNTED_NOUN_BETWEEN.match(sentence_text, clause_start, rel_start)
        if counted is not None and counted.end() == rel_start and _NUMBER_END.search(sentence_text, 0, clause_start):
            # "für den Messenger mit damals rund 450 Millionen Nutzern 19 Milliarden Dollar": the noun right after the
            # amount before heads that numeral's phrase ("450 Millionen Nutzern"), not this amount's (issue 7, session
            # 47, prec47, own86-006)
            clause_start = counted.end()
        # "4 Mrd. Dollar in bar und Aktien im Wert von 12 Mrd. Dollar": "in bar" is the amount before's own
        # part; read with "und Aktien" it would look like a total stated in cash and shares.
        part_before = _PART_AFTER.match(sentence_text, clause_start)
        if part_before is not None:
            clause_start = min(part_before.end(), clause_end)
    clause = sentence_text[clause_start:clause_end]
    if segment is not None and clause_end == segment[1] - sent_start:
        # "Die 19 Mrd. entsprechen einem Zehntel des Börsenwerts von 170 Mrd.": the noun before the next amount is its own
        clause = _NEXT_AMOUNT_LABEL.sub(" ", clause)
    if (
        clause_start > 0
        and sentence_text[clause_start - 1] == ","
        and (context.RELATIVE_START.match(clause) or _RELATIVE_CLAUSE.match(clause))
        and not context.has("acquisition", clause)  # "für Facebook, das WhatsApp für 19 Mrd. kaufte" stands alone
    ):
        # "Allein der Aktienanteil, der mit 12 Mrd. Dollar angesetzt war": the antecedent says what the sum is; a deal
        # noun paid for is the antecedent itself, not the words before it ("sein Anteil an dem Geschäft, für das ...")
        antecedent_start = _deal_noun_paid_for(sentence_text, clause_start, clause)
        if antecedent_start is None:
            antecedent_start = _clause_before(sentence_text, clause_start)
        clause = sentence_text[antecedent_start:clause_end]
    elif clause_start > 0 and sentence_text[clause_start - 1] == "(" and _BARE_AMOUNT.match(
        sentence_text[clause_start:rel_start] + sentence_text[rel_end:clause_end]
    ):
        # "Facebook habe Instagram (eine Milliarde Dollar) und WhatsApp (19 Milliarden Dollar) gekauft": the
        # words the bracket follows say what the amount is
        before_start = _clause_before(sentence_text, clause_start)
        owner = _BRACKETED_TO.search(sentence_text, before_start, clause_start - 1)
        clause = sentence_text[owner.start("owner") if owner else before_start : clause_end]
    elif clause_start > 0 and sentence_text[clause_start - 1] == "," and (
        _APPOSITION_START.match(clause) or _EXAMPLE_START.match(clause)
        or (sentence_text[clause_end : clause_end + 1] == ","
            and _BARE_AMOUNT.match(sentence_text[clause_start:rel_start] + sentence_text[rel_end:clause_end]))
    ):
        # "... wird als Firmenwert verbucht, ein Posten von mehr als 15 Mrd. Dollar": an apposition renames what
        # the clause before names; "Ein Erwerb von Minderheitsbeteiligungen, etwa für 11 Mrd. Euro, reicht nicht":
        # an example of it; "... als Geschaeftswert (Goodwill) verbucht, rund 15 Mrd. Dollar, weil ...": a bare
        # amount between two commas, with no words of its own (issue 7, session 28, price28, own47-004; not one ending a
        # list, "Vier Jahre, 55 Menschen, neunzehn Milliarden"). Either way that clause says what the sum is.
        before_start = _clause_before(sentence_text, clause_start)
        clause = sentence_text[before_start:clause_end]
    elif clause_start > 0 and sentence_text[clause_start - 1] == "," and _SPECIFYING_START.match(clause):
        # "Der Großteil davon, nämlich zwölf Milliarden Dollar, wird in Aktien beglichen": the apposition names the
        # noun before it more exactly, so that noun and the predicate after the apposition say what the sum is
        before_start = _clause_before(sentence_text, clause_start)
        after_end = clause_end
        if clause_end < len(sentence_text) and sentence_text[clause_end] == ",":
            after_end = context.clause_around(sentence_text, clause_end + 1, clause_end + 1)[1]
        clause = sentence_text[before_start:after_end]
    elif clause_start > 0 and sentence_text[clause_start - 1] in ",;" and _DEMONSTRATIVE_START.match(clause):
        # "...übersteigt den Jahresumsatz; dieser lag bei 7,9 Mrd. Dollar": the clause before says what "dieser" is
        before_start = _clause_before(sentence_text, clause_start)
        clause = sentence_text[before_start:clause_end]
    elif clause_start > 0 and sentence_text[clause_start - 1] == "," and _PREDICATE_START.match(clause):
        # "Die Barmittel, über die das Netzwerk verfügte, lagen bei 11,4 Mrd. Dollar": the subject before
        # the relative clause says what the sum is.
        relative_start = _clause_before(sentence_text, clause_start)
        relative = sentence_text[relative_start : clause_start - 1]
        if relative_start > 0 and sentence_text[relative_start - 1] == "," and _RELATIVE_CLAUSE.match(relative):
            subject_start = _clause_before(sentence_text, relative_start)
            clause = sentence_text[subject_start:relative_start - 1] + " " + clause
    elif clause_start > 0 and sentence_text[clause_start - 1] == ":" and _BARE_AMOUNT.match(
        sentence_text[clause_start:rel_start] + sentence_text[rel_end:clause_end]
    ):
        # "... war das Paket beim Abschluss mehr wert: rund 21,8 Milliarden Dollar": the clause before says what it is.
        before_start = _clause_before(sentence_text, clause_start)
        clause = sentence_text[before_start:clause_end]
    return clause


# One capitalised noun and nothing else between two amounts ("450 Millionen Nutzern 19 Milliarden"), and the number or
# scale word that ends the amount before it (`_clause_of`).
_COUNTED_NOUN_BETWEEN = re.compile(r"[ \t\u00a0]*[A-ZÄÖÜ][\wäöüß-]*[ \t\u00a0]+")
_NUMBER_END = re.compile(rf"(?i)(?:\d|{context.cue_words('amount_end_scales')})[ \t\u00a0]*$")  # deal.json
# A fact box's line of a label and its value ("davon Bargeld: 4 Milliarden", "in Aktien: 12 Mrd."): a short label
# with no sentence mark, a colon, then the value.
_LABELLED_LINE_START = re.compile(r"[ \t]*[^\n:.;,!?]{1,40}:[ \t]*\S")
# Right before an amount: a purchase and "für" ("beim Verkauf an Facebook für", "die Übernahme von WhatsApp für",
# "nach dem Kauf für am Ende knapp 22 Mrd.": a time adverb of deal.json's time_adverbs_before_amount may stand
# between "für" and the amount).
_PRICE_OF_PURCHASE_BEFORE = re.compile(
    # ("mit Facebook um": the Austrian "um" for "für" after a party, challenge_gen14-065; issue 7, session 34, price34)
    rf"(?i)(?<![\wäöüß]){context.cue_words('deal_nouns')}(?:s|es)?\s+(?:(?:an|von|durch|mit)\s+[\wäöüß-]+\s+){{0,2}}(?:für|um)\s+"
    rf"(?:{context.cue('time_adverbs_before_amount').pattern}\s+)?$"
)


# A subordinate clause joined to the one before by a conjunction, with no comma ("dass Facebook ... gekauft hat und dass
# es mit den Daten Geld verdienen will"): another statement, with its own subject and verb.
_COORDINATED_CLAUSE = re.compile(r"(?i)\s+(?:und|oder|aber|sowie)\s+(?:dass|daß|ob|weil|wie|wenn|damit)\s")


def _before_coordinated_clause(clause: str, amount_text: str) -> str:
    """`clause` cut where a subordinate clause coordinated after the amount begins ("... für 14 Milliarden Euro
    gekauft hat und dass es mit den Daten Geld verdienen will": "Geld verdienen" is the second clause's, not what the
    sum is); unchanged when none follows or the amount is not in it."""
    at = clause.find(amount_text)
    if at < 0:
        return clause
    joint = _COORDINATED_CLAUSE.search(clause, at + len(amount_text))
    return clause if joint is None else clause[: joint.start()]


def _up_to_amount(clause: str, amount_text: str) -> str:
    """`clause` cut after the amount (unchanged when the amount is not in it)."""
    at = clause.find(amount_text)
    return clause if at < 0 else clause[: at + len(amount_text)]


# Right after an amount: the shares that come on top of it ("16 Mrd. Dollar plus Aktien für die Mitarbeiter"), also
# told as a further amount of shares or of the staff's ("16 Milliarden Dollar plus weitere drei Milliarden in
# Mitarbeiteraktien", own55-007; "zuzüglich weiterer 3 Mrd. US-Dollar in RSUs für die Gründer").
_PLUS_COMPONENT_AFTER = re.compile(
    r"(?i)[ \t]+(?:plus|zuzüglich|zzgl\.)\s+(?:(?:[\wäöüß-]+\s+){0,2}?(?:" + _SHARE_OR_PAPER_WORDS + r"|rsus?)\b"
    r"|(?:weitere[nmrs]?\s+)?(?:\d[\d.,]*|[\wäöüß]+)\s+(?:milliarde|mrd\.|millionen|mio\.)\w*"
    r"(?:\s+(?:us-?)?(?:dollar|euro|\$|€|usd|eur))?\s+(?:[\wäöüß-]+\s+){0,3}?"
    r"(?:[\wäöüß-]*" + _SHARE_OR_PAPER_WORDS + r"|rsus?|mitarbeiter\w*|gründer\w*|belegschaft|beschäftigte\w*)\b)[^,;:–()]*"
)


def _without_plus_component(clause: str, amount_text: str, component: str) -> str:
    """`clause` without the component added on top of the amount ("plus Aktien für Mitarbeiter im Wert von
    weiteren 3 Milliarden"), also where the clause was cut at the next amount inside that component."""
    at = clause.find(amount_text)
    if at < 0:
        return clause.replace(component, " ", 1)
    after = at + len(amount_text)
    tail = clause[after:]
    if tail and (component.startswith(tail) or component.startswith(tail.rstrip())):
        return clause[:after] + " "
    return clause.replace(component, " ", 1)


# The end of a clause cut at the next amount: that amount's noun ("des Börsenwerts von", "eine Strafe über").
_NEXT_AMOUNT_LABEL = re.compile(
    r"(?i)\b(?:des|der|dem|den|die|das|eines|einer|einem|ein|eine|einen)\s+(?:[\wäöüß-]+\s+){0,2}?"
    r"[\wäöüß-]+\s+(?:von|in\s+höhe\s+von|über)\s*$"
)
# "Die 19 Milliarden Dollar entsprechen ...": a definite article before the amount, a sum the reader knows.
_DEFINITE_BEFORE = re.compile(r"(?i)(?<![\wäöüß])(?:die|den|der|diese|diesen|jene|jenen)\s+(?:[„\"»]?\s*)?$")


# "zu den zunächst genannten 19 Milliarden": an article and a participle of stating before the amount.
_STATED_BEFORE = re.compile(
    r"(?i)(?<![\wäöüß])(?:der|die|den|dem|des)\s+(?:[\wäöüß]+\s+){0,4}?"
    rf"{context.cue_words('stated_participles')}\w*\s+$"
)


def _definite_before(text: str, at: int) -> re.Match[str] | None:
    """The definite article (or a demonstrative) right before the amount at `at`: a sum taken as known ("die 19
    Milliarden"), not one newly told."""
    return _DEFINITE_BEFORE.search(text, max(0, at - 12), at)


def _named_as_the_agreed_sum(text: str, mention: MoneyMention) -> bool:
    """'Die Bewertung bleibt unter den im Februar 2014 vereinbarten 19 Milliarden Dollar': the amount named by its own
    article and participle of stating (`_stated_before`) is the sum agreed or paid, whatever other money noun its
    clause holds (the valuation it is compared with); not where that attribute names other money itself ("die als
    Strafe gezahlten ..."). Issue 7, session 45, prec45 (challenge_gen22-008)."""
    stated = _stated_before(text, mention.start)
    return stated is not None and _AGREED.search(stated.group()) is not None and not (
        context.has("not_price_nouns", stated.group()) or context.has("penalty", stated.group()))


# The participle of agreeing: D45's "die vereinbarten 19 Milliarden" is the announced sum; a sum only named or reported
# ("unter den von Analysten genannten 15 Milliarden") may be another figure the comparison's subject names (revenue).
_AGREED = re.compile(r"(?i)(?<![\wäöüß])vereinbart\w*\s+$")


def _stated_before(text: str, at: int) -> re.Match[str] | None:
    """An article and a participle of stating right before the amount at `at` ("die vereinbarten 19 Milliarden",
    "den zunächst genannten 19 Milliarden"): the known sum, named as agreed or paid. The participle may head an
    extended attribute of up to four words ("unter den im Februar 2014 vereinbarten 19 Milliarden Dollar": issue 7,
    session 45, prec45, own81-009, challenge_gen22-008)."""
    return _STATED_BEFORE.search(text, max(0, at - 80), at)


# Right after an amount: it is a part paid in cash or shares ("3 Mrd. in Aktien").
_PART_AFTER = re.compile(r"(?i)\s+(?:in\s+(?:bar|cash|form|(?:\w+\s+)?" + _SHARE_WORDS + r")|an\s+" + _SHARE_WORDS
                         + r"|als\s+" + _SHARE_WORDS + ")")
# Right after an amount: the total told in both its parts ("16 Mrd. Dollar in bar und Aktien", "in Aktien und bar").
_TOTAL_IN_PARTS = (
    r"\s+in\s+(?:bar(?:geld)?|cash)\s+und\s+(?:in\s+)?(?:[\wäöüß-]+\s+)?(?:[\wäöüß]+-)?" + _SHARE_OR_PAPER_WORDS
    + r"(?![\wäöüß])"
    r"|\s+in\s+(?:[\wäöüß]+-)?" + _SHARE_WORDS + r"\s+und\s+(?:in\s+)?(?:bar(?:geld)?|cash)(?![\wäöüß])"
    # the plain words for the cash as nouns right after the amount ("16 Milliarden Dollar Geld und Facebook-Aktien",
    # "Bargeld und Aktien"; plain language, own84-004; issue 7, session 47, prec47)
    r"|\s+(?:bar)?geld\s+und\s+(?:[\wäöüß]+-)?" + _SHARE_WORDS + r"(?![\wäöüß])")
_TOTAL_IN_PARTS_AFTER = re.compile(r"(?i)" + _TOTAL_IN_PARTS)
# The same after the amount's own "davon" and a verb of its clause, lower-case words only, no comma between ("Sechzehn
# Milliarden davon fließen in bar und in Aktien", "Davon 16 Milliarden in Aktien und bar"; `_told_in_cash_and_shares`).
_TOLD_IN_CASH_AND_SHARES_AFTER = re.compile(r"(?P<davon>[ \t\n]+davon)?(?:[ \t\n]+[a-zäöüß]+){0,2}?(?i:" + _TOTAL_IN_PARTS + ")")
_DAVON_BEFORE = re.compile(r"(?i)(?<![\wäöüß])davon[ \t\n]+$")
# "Davon sind 16 Milliarden Dollar Geld und Aktien": the copula between "davon" and the part it names.
_DAVON_COPULA_BEFORE = re.compile(r"(?i)(?<![\wäöüß])davon[ \t\n]+(?:sind|waren|entfallen|entfielen)[ \t\n]+$")
# What may open a sentence before a verbless amount: nothing, or a speaker's label and its colon ("Reporter (Beitrag): ").
_OPENS_ITS_SENTENCE = re.compile(r"[ \t\n]*(?:(?P<label>[^\n.!?:]{1,40}):[ \t\n]*)?")


# After the amount: what it is compared with ("... so hoch wie das Google-Gebot", "... höher als bei Instagram").
_COMPARISON = re.compile(
    rf"(?i)(?<![\wäöüß])(?:{context.cue_words('comparison_degrees')}\s+)*so\s+[a-zäöüß]+\s+(?:\w+\s+)?wie\b.*$"
    rf"|(?<![\wäöüß]){context.cue_words('comparatives')}\s*,?\s+(?:\w+\s+)?als\b.*$"
    # a multiple: "16 Milliarden Dollar, das entspricht dem 19-fachen des Kaufpreises für Instagram"
    r"|(?<![\wäöüß])(?:\d+-?|(?!ein)[a-zäöüß]+)fache[nmrs]?(?![\wäöüß]).*$"  # (not "einfache": simple)
)


def _without_comparison(clause: str, amount_text: str) -> str:
    """`clause` without the standard of a comparison after the amount: its nouns say what the amount
    is compared with ("fast doppelt so hoch wie das Google-Gebot"), not what the amount is."""
    at = clause.find(amount_text)
    if at < 0:
        return clause
    tail = clause[at + len(amount_text) :]
    return clause[: at + len(amount_text)] + _COMPARISON.sub(" ", tail, count=1)


_LISTED_TOTAL_GAP = re.compile(r"(?i)[ \t\u00a0]+(?:in[ \t\u00a0]+)?")


def _total_listed_after(text: str, mention: MoneyMention) -> bool:
    """'Facebook kündigt den Kauf an: 19 Mrd. $ in bar, Aktien und Aktienpaketen': right after the amount, the kinds it
    is paid in listed with commas and a last 'und' (deal.json deal_total, its list patterns), cash and shares among
    them: the whole sum told in all its kinds, as 'in bar und Aktien' tells it. The clause splitter ends the amount's
    clause at the list's first comma, so the list is read after the amount (issue 7, session 51, prec51, own94-005)."""
    gap = _LISTED_TOTAL_GAP.match(text, mention.end)
    if gap is None:
        return False
    found = context.cue("deal_total").match(text[gap.end() : gap.end() + 200].lower())
    return found is not None and "," in found.group()


def _stated_price(text: str, mention: MoneyMention) -> bool:
    """'Die Differenz zu den zunächst genannten 19 Milliarden ergibt sich aus zusätzlichen Aktien': the amount
    is named as the stated price; what else its clause says of shares concerns the difference."""
    return (_stated_before(text, mention.start) is not None
            and _PART_AFTER.match(text, mention.end) is None)


def _dated_apart_from_later(sentence_text: str, whole_clause: str, rel_start: int, rel_end: int) -> bool:
    """'Wer im Frühjahr noch von 19 Milliarden sprach, liegt inzwischen daneben': the amount's own clause
    dates it (a moment cue) and the later-value word stands in another clause."""
    return (not context.has("later_value", whole_clause)
            and clause_moment(sentence_text, rel_start, rel_end) != UNSPECIFIED)


# Later-value words that also describe the rise up to the closing ("war auf 22 Mrd. gestiegen").
_RISE_WORDS = re.compile(context.cue("rise_words").pattern, re.IGNORECASE)


def _risen_until_closing(sentence_text: str) -> bool:
    """'Als das Geschäft im Oktober abgeschlossen war, ... war der Gegenwert auf 22 Mrd. gestiegen': a rise up
    to the closing, which the sentence names (and no later time: 'heute', 'inzwischen', 'seit')."""
    later = [m.group() for m in context.finditer("later_value", sentence_text)]
    # "seit der Ankündigung" starts the span at the announcement: in a sentence that tells the closing it ends there
    # ("Weil der Kurs seit der Ankündigung gestiegen ist, hat das Paket nun einen Wert von rund 21,8 Milliarden
    # Dollar"; deal.json since_the_announcement; issue 7, session 49, prec49, own89-007)
    spanned = context.cue("since_the_announcement").sub(lambda found: " " * len(found.group()), sentence_text.lower())
    return (bool(later) and all(_RISE_WORDS.fullmatch(word) for word in later)
            and _SINCE.search(spanned) is None and text_moment(sentence_text) == "closing")


_SINCE = re.compile(context.cue("since_words").pattern, re.IGNORECASE)
# The pluperfect: its auxiliary and a participle (ge-, a separable particle before ge-, or -iert) in one clause.
_PLUPERFECT_AUXILIARY = re.compile(r"(?i)(?<![\wäöüß])(?:hatte|hatten|hätte|hätten|war|waren|wäre|wären)(?![\wäöüß])")
_PARTICIPLE = re.compile(r"(?i)(?<![\wäöüß])(?:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert)(?![\wäöüß])")


# A question a wh-word opens (after a label such as "Leserfrage:"): it asks for the sum, it does not guess a bound.
_WH_OPENING = re.compile(r"(?i)^\W*(?:[\wäöüß-]+\s*:\s*)?(?:" + WH_WORD + r")(?![\wäöüß])")  # models/questions.py


def _polar_question(sentence_text: str, rel_start: int) -> bool:
    """Is the amount at `rel_start` asked in a yes-no question ("Zahlt Facebook am Ende mehr als 20 Milliarden?",
    "Wird der Kauf über 20 Milliarden Dollar kosten?"): its sentence ends with a question mark after the amount and
    no wh-word opens it? A bound ("mehr als", "über", "weniger als") asked so is a guess, no price told (issue 7,
    session 36, moment36)."""
    rest = sentence_text[rel_start:].rstrip()
    return rest.endswith("?") and "." not in rest and _WH_OPENING.match(sentence_text) is None


# The first words of an answer to a yes/no question ("Nein, ...", "Unsere Antwort: Nein.", "Moderatorin: Nein.",
# "Laut Meta nicht."): the phrasing data_shared reads answers with (data_shared_phrasings.json yes_no_answer).
_YES_NO_ANSWER = PHRASES["yes_no_answer"]
# Other words that answer no to the figure asked ("Nicht ganz: Es waren 19 Milliarden.", "Falsch, ...", "Das stimmt so
# nicht.", "Mitnichten."; deal.json no_answers), after a speaker's or an answer's label of up to eight words.
_NO_ANSWER = re.compile(rf"\W*(?:(?:[\w-]+,?\s+){{0,7}}[\w-]+\s*:\s*)?{context.cue_words('no_answers')}(?![\wäöüß])")


def _answered_no(sentence_text: str, rel_start: int, passage: Passage) -> bool:
    """Is the amount asked in a yes/no question (`_polar_question`: "Stimmt es, dass WhatsApp für 21 Milliarden Euro
    verkauft wurde?", "Hat Facebook 20 Milliarden Dollar für WhatsApp bezahlt?") that the next sentence or turn answers
    with "Nein" or an elliptic "nicht" ("Unsere Antwort: Nein, ...", "Experte: Nein.", "Laut Meta nicht.")? The sum
    asked is denied, no price told (issue 7, session 38, price38). A sum the question takes for known (the definite
    article, a price noun before it: "Ist der Preis von 19 Milliarden zu hoch? Nein.") is not what the answer denies;
    the caller keeps it."""
    if not passage.next_sentence:
        return False
    question = _asked_question(sentence_text, rel_start)
    if question is None:
        return False
    if not (_TAG_QUESTION.search(question) or _asked_verb_first(question, rel_start)):
        return False  # (a tag "..., oder?" asks yes or no whatever the word order: "Und dann hat Facebook ... hingelegt, oder?")
    answer = passage.next_sentence.lower()
    found = _YES_NO_ANSWER.match(answer)
    return (found is not None and (found.group(1) or "nein") == "nein") or _NO_ANSWER.match(answer) is not None


def _known_sum_before(sentence_text: str, rel_start: int) -> bool:
    """Do the words right before the amount at `rel_start` take it for known: the definite article ("die 19
    Milliarden", `_definite_before`) or an article and a participle of stating ("die vereinbarten 19 Milliarden",
    `_stated_before`)? Such a sum is not what a question asks or a "Nein" denies."""
    return _definite_before(sentence_text, rel_start) is not None or _stated_before(sentence_text, rel_start) is not None


def _cleft_question(sentence_text: str, rel_start: int) -> str | None:
    """The yes/no question (`_asked_question`) that holds the amount at `rel_start` when it is a cleft question that
    puts the figure in focus (`_CLEFT`: "Waren es wirklich 22 Milliarden Dollar, die Facebook bezahlte?", "Oder waren
    es doch 20 Milliarden Euro, die Zuckerberg hinlegte?"); None for any other sentence. A plain verb-first question
    ("Zahlt Facebook wirklich 19 Milliarden Dollar für WhatsApp? An der Börse staunt man.") voices surprise at the fact
    as often as doubt: kept, as the case table has it since session 21. A statement with a tag ("..., oder?") asserts
    and asks to agree: a "Nein" denies it, silence not. "Ist WhatsApp 19 Milliarden Dollar wert?" asks of a worth, the
    sum it weighs is the one paid."""
    question = _asked_question(sentence_text, rel_start)
    if question is None or not _asked_verb_first(question, rel_start) or not _CLEFT.match(
            question, _question_start(question)) or _WORTH.search(question):
        return None
    return question


def _left_unanswered(text: str, sentence_end: int, question: str, mention: MoneyMention, passage: Passage) -> bool:
    """Does nothing after the cleft question `question` (`_cleft_question`, its sentence ending at `sentence_end` in
    `text`) answer it: the next sentence does not say "Ja"/"Doch" or echo its verb, and no amount of the same value as
    `mention` follows in the text (a figure taken up again answers it)? It asks whether that figure is the right one,
    it tells none; a "Nein" is `_answered_no`'s. The caller keeps a sum the question takes for known (the definite
    article, a price noun, "die vereinbarten"). Issue 7, session 40, price40; split from the question's shape in
    session 41 (merge41), so that the cheap checks decide before the search of the rest of the text."""
    answer = passage.next_sentence.lower()
    found = _YES_NO_ANSWER.match(answer) if answer else None
    if found is not None and found.group(1) in ("ja", "doch"):
        return False
    if _echoes_the_question(question, answer) and not any(other.has_scale and other.value != mention.value
                                                          for other in find_money(passage.next_sentence)):
        return False  # "Zahlte Facebook wirklich 19 Milliarden Dollar ...? Es zahlte sie, ...": the verb echoed answers yes
    return not any(later.value == mention.value for later in find_money(text[sentence_end:]))


# What may stand before a yes/no question's finite verb: a coordinating particle (deal.json coordinating_particles,
# "Und waren es ...?", "Oder hat Facebook ...?") or "also", an adverb that takes the first position itself and tells in
# a statement ("Also zahlte Facebook ...") but before a question's verb only leads into the question ("Also waren es
# doch 22 Milliarden?"). Read by `_CLEFT` and `_FIRST_WORD`.
_QUESTION_PARTICLES = rf"(?:{context.cue_words('coordinating_particles')}|also)"
# A cleft question that puts the figure itself in focus ("Waren es wirklich 22 Milliarden, die ...?", "Oder war es doch
# eine andere Summe, die ...?"): it asks whether that figure is the right one. A plain verb-first question ("Zahlt
# Facebook wirklich 19 Milliarden Dollar für WhatsApp?") more often voices surprise at a known fact: not read here.
_CLEFT = re.compile(rf"(?i)\W*(?:{_QUESTION_PARTICLES}\s+)?(?:waren|war|sind|ist|wären|wäre)\s+es(?![\wäöüß])")


def _question_start(question: str) -> int:
    """Where the yes/no question opens in its sentence: after the last colon or dash (`_QUESTION_LEAD`), else 0."""
    leads = list(_QUESTION_LEAD.finditer(question))
    return leads[-1].end() if leads else 0


def _echoes_the_question(question: str, answer: str) -> bool:
    """Does the answer (lower-cased) repeat the finite verb that opens the yes/no question ("Zahlte Facebook ...? Es
    zahlte sie")? German answers yes by echoing the verb."""
    first = _FIRST_WORD.match(question, _question_start(question))
    return first is not None and re.search(rf"(?<![\wäöüß]){re.escape(first.group(1).lower())}(?![\wäöüß])", answer) is not None


# The closing quotation marks after a quoted question ("„Waren es nicht 20 Milliarden ...?“, will ein Leser wissen"), the
# German single closer ‘ too.
_CLOSING_QUOTE = CLOSING_QUOTE_MARKS + "‘"
# A tag that makes a statement a yes/no question ("..., oder?", "..., nicht wahr?", "..., stimmt's?", Swiss and Austrian
# "..., gell?", "..., gelt?", "..., richtig?").
_TAG_QUESTION = re.compile(r"(?i),\s*(?:oder|oder\s+nicht|nicht\s+wahr|stimmt['’]?s|stimmt\s+das|gell|gelt|richtig|ne|wa)\s*\?\W*$")


def _asked_question(sentence_text: str, rel_start: int) -> str | None:
    """The sentence up to the end of the yes/no question that holds the amount at `rel_start` (`_polar_question`), or up
    to a question mark that closes a quote after it ("„Waren es nicht 20 Milliarden, die Facebook ... überwiesen hat?“,
    will ein Leser wissen": the frame after the quote asks nothing of its own); None when the amount is asked in no
    yes/no question. Issue 7, session 39, price39."""
    if _polar_question(sentence_text, rel_start):
        return sentence_text.rstrip()
    mark = sentence_text.find("?", rel_start)
    if mark < 0 or "." in sentence_text[rel_start:mark] or _WH_OPENING.match(sentence_text) is not None:
        return None
    after = sentence_text[mark + 1 : mark + 3].lstrip()
    return sentence_text[: mark + 1] if after[:1] and after[0] in _CLOSING_QUOTE else None


# Where a question opens after a label, a speaker's or a report's lead ("Ein Leser fragt: Stimmt es, ...") or a topic
# put before it ("19 Milliarden Dollar für einen Messenger – hat Facebook den Verstand verloren?"): a colon or a dash.
_QUESTION_LEAD = re.compile(r"[:–—]|\s-\s")
_FIRST_WORD = re.compile(rf"\W*(?:(?i:{_QUESTION_PARTICLES})\s+)?([A-Za-zÄÖÜäöüß]+)")


def _asked_verb_first(sentence_text: str, rel_start: int) -> bool:
    """Does the amount at `rel_start` stand in the yes/no question itself, the part of its sentence after the last
    colon or dash before the amount, with none between the amount and the question mark, opened by a word that may be
    a finite verb ("Stimmt es, dass ...?", "Hat Facebook ...?", "Waren es ...?")? A sum put as the topic before a dash
    ("Frau Keller, 19 Milliarden Dollar für einen Messenger – hat Facebook den Verstand verloren?") is not what it asks,
    so a "Nein" does not deny it."""
    if _QUESTION_LEAD.search(sentence_text, rel_start) is not None:
        return False
    leads = list(_QUESTION_LEAD.finditer(sentence_text, 0, rel_start))
    first = _FIRST_WORD.match(sentence_text, leads[-1].end() if leads else 0)
    return first is not None and any(may_tag(first.group(1), tag, first=True) for tag in FINITE)


# The sentence after a question that is only a yes (deal.json confirming_answers): "Eben.", "Genau!", "Ja, ..."
_CONFIRMED_AFTER = re.compile(rf"(?i)\W*{context.cue_words('confirming_answers')}\s*[.!,]")
_NICHT_BEFORE = re.compile(r"(?i)(?<![\wäöüß])nicht\s+(?:etwa\s+)?(?:(?:bei|auf|um)\s+)?$")


def _rhetorical_question_confirmed(sentence_text: str, rel_start: int, passage: Passage) -> bool:
    """Is the "nicht" right before the amount that of a rhetorical question the writer confirms: a verb-first question
    in the indicative ("Hat Facebook 2014 nicht 19 Milliarden Dollar für WhatsApp bezahlt?", `_asked_verb_first`)
    answered by a bare yes in the next sentence ("Eben.", "Genau.", "Doch."; deal.json confirming_answers)? German
    asks "Hat X nicht Y getan?" expecting yes: the question asserts the sum, the answer seals it. Not "kein" (a denial of
    the amount's kind), not a question in the Konjunktiv II ("Hätte Facebook nicht 19 Milliarden zahlen sollen?": a
    case imagined), nor one answered no or left open. Issue 7, session 47, prec47 (own85-053, a reader's letter)."""
    if not sentence_text.rstrip().endswith("?") or _CONFIRMED_AFTER.match(passage.next_sentence) is None:
        return False
    if _NICHT_BEFORE.search(sentence_text, max(0, rel_start - 30), rel_start) is None:
        return False
    return _asked_verb_first(sentence_text, rel_start) and not mood.unreal_finite(sentence_text)


def _later_words_by_then(sentence_text: str) -> bool:
    """'Rund 22 Mrd. Dollar zeigte die Rechnung, weil die Facebook-Aktie inzwischen zugelegt hatte', 'denn der Kurs
    war mittlerweile gestiegen': every later-value word of the sentence stands in a clause in the pluperfect, whose
    'inzwischen' is 'by then' (a past time the sentence tells, the closing), not the writer's today (issue 7,
    session 36, moment36)."""
    later = list(context.finditer("later_value", sentence_text))
    if not later:
        return False
    for word in later:
        start, end = context.clause_around(sentence_text, word.start(), word.end())
        clause = sentence_text[start:end]
        if _PLUPERFECT_AUXILIARY.search(clause) is None or _PARTICIPLE.search(clause) is None:
            return False
    return True


def _restates_an_earlier_price(sentence_text: str, mention: MoneyMention, earlier_prices: tuple[MoneyMention, ...]) -> bool:
    """'Beim Ankündigen entsprachen 19 Milliarden Dollar ungefähr 13,8 Milliarden Euro.': a sentence that converts
    an amount equal to a price stated before (same value and currency): that price again."""
    return context.has("conversion_cue", sentence_text) and any(
        price.value == mention.value and price.currency in (None, mention.currency) for price in earlier_prices
    )


def _names_the_known_price(text: str, mention: MoneyMention, passage: Passage) -> bool:
    """'Die 19 Milliarden Dollar entsprechen einem Zehntel ...' in a passage about Facebook buying WhatsApp:
    the definite article names a sum already known, and here the only known sum is the price."""
    return (
        _definite_before(text, mention.start) is not None
        and (passage.deal_near or context.about_acquisition(passage.window))
        and passage.target_near and passage.buyer_near
        # "Den Satz mit den zwanzig Milliarden hat Katrin ... wiederholt" after the price of 19: with prices known and
        # none of this sum, the article names another sum the reader knows (a joke's, a guess's), not the price
        # (issue 7, session 31, price53, own53-002)
        and (not passage.earlier_prices or any(_same_sum(mention, price) for price in passage.earlier_prices))
    )


def _restates_a_known_price(mention: MoneyMention, passage: Passage) -> bool:
    """'Facebook kauft WhatsApp für 19 Milliarden Dollar. ... Ob sich 19 Milliarden jemals rechnen, weiß niemand.':
    in a text about Facebook and WhatsApp, a sum the text has already stated as the price (same value, no other
    currency) or rounds one it stated precisely ("22 Milliarden" after "21,8 Milliarden Dollar") is that price
    again, though its own sentence names no paying; the guards before this test keep out the same sum counted,
    earned, bid by a rival or valued later."""
    if not (passage.target_in_doc and passage.buyer_in_doc):
        return False
    return any(_same_sum(mention, price) for price in passage.earlier_prices)


_UNREAL = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('unreal_auxiliaries')}(?![\wäöüß])")
# The future of being worth ("werde WhatsApp 20 Mrd. Dollar wert sein", "wird ... wert sein"): a forecast of a worth,
# as the Konjunktiv II's is a supposed one (issue 7, session 34, price34).
_FUTURE_WORTH = re.compile(r"(?i)(?<![\wäöüß])(?:wird|werde|werden)\s+(?:[^.;:!?,]+\s+)?wert\s+sein(?![\wäöüß])")
# The adjective of worth, lower case: not "einen Wert von" (a deal's value). Read by `_supposed_worth` and by
# `_cleft_question` ("Ist WhatsApp 19 Milliarden Dollar wert?" asks of a worth).
_WORTH = re.compile(r"(?<![\wäöüß])wert(?![\wäöüß])")


# Right after an amount: a relative clause that defines it as paid, its verb-final perfect in the indicative ("die 22
# Milliarden, die Facebook am Ende gezahlt hat"): `_paid_by_its_relative`.
_PAID_RELATIVE_AFTER = re.compile(
    rf"(?i)[ \t]*,[ \t]*(?:die|welche)[ \t]+(?P<words>(?:[\wäöüß.-]+[ \t]+){{1,6}}?)"
    rf"(?:{context.cue_words('paid_participles')})[ \t]+(?:hat|hatte|haben|hatten)(?![\wäöüß])")


def _paid_by_its_relative(sentence_text: str, rel_start: int, rel_end: int) -> bool:
    """'... wäre es heute wohl deutlich mehr wert als die 22 Milliarden, die Facebook am Ende gezahlt hat': the sum named
    with the definite article and defined by a relative clause in the indicative perfect of paying whose subject is the
    buyer is the sum paid, real inside the unreal comparison around it (D55 (b): a real price in a relative clause of
    an unreal comparison). Not a relative in the Konjunktiv ("die Facebook gezahlt hätte": `_PAID_RELATIVE_AFTER` takes
    only the indicative) nor another payer's ("die Google geboten hat": the buyer must be its subject). Issue 7,
    session 47, prec47 (own83-038)."""
    paid = _PAID_RELATIVE_AFTER.match(sentence_text, rel_end)
    return (paid is not None and _definite_before(sentence_text, rel_start) is not None
            and context.has("buyer", paid.group("words")))


def _supposed_worth(clause: str) -> bool:
    """'Wäre der Dienst auch 25 Milliarden wert gewesen?', 'WhatsApp dürfte heute 24 Milliarden wert sein': a clause
    that gives a worth ("wert") in the Konjunktiv II, a modal of supposing (deal.json unreal_auxiliaries) or the future
    ("In zehn Jahren werde WhatsApp 20 Milliarden Dollar wert sein", `_FUTURE_WORTH`) and no
    word of paying says what something would be worth, not what was paid ("So viel hätte Facebook gezahlt" is left
    to the paying words)."""
    return (_WORTH.search(clause) is not None
            and (_UNREAL.search(clause) is not None
                 # (the future of a company's worth, not of the deal's: "Die Übernahme wird Facebook 19 Mrd. wert sein")
                 or (_FUTURE_WORTH.search(clause) is not None and not context.has("acquisition", clause)))
            and not context.has("price_context", _CLOSING_OF_THE_DEAL.sub(" ", clause))
            and not _forecast_of_the_deal_at_closing(clause))


# The epistemic "dürfte(n)": a guess of what is, not what would be (no condition in the Konjunktiv II).
_EPISTEMIC = re.compile(r"(?i)(?<![\wäöüß])dürften?(?![\wäöüß])")
# The deal itself as the subject of its worth ("die Transaktion", "der Deal", "das Geschäft"; deal.json deal_nouns).
_THE_DEAL = re.compile(rf"(?i)(?<![\wäöüß])(?:der|die|das)\s+(?:[\wäöüß-]+\s+)?{context.cue_words('deal_nouns')}(?![\wäöüß])")


def _forecast_of_the_deal_at_closing(clause: str) -> bool:
    """'Weil die Aktie seither zugelegt hat, dürfte die Transaktion beim Abschluss rund 21 Milliarden Dollar wert sein':
    the epistemic "dürfte" with the deal as what is worth and the closing named in the clause (moment.json closing) is a
    forecast of the deal's value at the closing, a price with moment `closing` (D55 (a); challenge_gen22-019), not a
    supposed worth ("WhatsApp dürfte heute 24 Milliarden wert sein": a company's later worth, no closing). A condition
    (a scenario: "Sollte der Kurs steigen, dürfte ...") is judged by `_counterfactual` before this (issue 7, session
    45, prec45)."""
    return (_EPISTEMIC.search(clause) is not None and _THE_DEAL.search(clause) is not None
            and text_moment(clause) == "closing")


# The Konjunktiv II of "werden" and "haben" ("würde ... kaufen", "hätten ... kaufen können"): a purchase imagined.
_IMAGINED_AUXILIARY = re.compile(r"(?i)(?<![\wäöüß])(?:würde|würden|würdest|hätte|hätten|hättest)(?![\wäöüß])")
# A verb of buying or paying in its infinitive or participle, the verb the imagining auxiliary goes with.
_BUY_OR_PAY_VERB = re.compile(r"(?i)(?<![\wäöüß])(?:(?:ein|ab)?kaufen|gekauft|(?:be)?zahlen|(?:be|ge)zahlt|erwerben|erworben"
                              r"|übernehmen|übernommen|ausgeben|ausgegeben|hinlegen|hingelegt|hinblättern|hingeblättert)"
                              r"(?![\wäöüß])")


def _supposed_purchase(clause: str) -> bool:
    """"(ein Kalender,) den man für neunzehn Milliarden nicht kaufen würde", "Für 20 Milliarden hätten wir drei
    Fussballclubs kaufen können": a clause that buys or pays in the Konjunktiv II ("würde", "hätte") and names neither
    party of the deal imagines a purchase of something else; its sum is no price. With Facebook or WhatsApp named
    ("Berichten zufolge würde Facebook für WhatsApp 19 Mrd. zahlen") the Konjunktiv reports the deal and stays to the
    other tests. Issue 7, session 31, price53 (own53-002)."""
    return (_IMAGINED_AUXILIARY.search(clause) is not None and _BUY_OR_PAY_VERB.search(clause) is not None
            and not context.has("target", clause) and not context.has("buyer", clause))


# The unreal clause (models/mood.py, the reader year.py shares; issue 7, session 37, prec37; one reader since session 39,
# when39): the finite verb of the unreal (deal.json counterfactual_finites: the Konjunktiv II of "haben", "sein",
# "werden" and the modals, "läge", "käme"), the openers of a condition ("wenn", "falls", "sofern") and of a fronted
# "ohne" phrase before such a verb ("Ohne den Kursanstieg hätte ..."). A denial inside an unreal condition makes its
# content the fact ("Hätte Facebook nicht 19 Milliarden gezahlt, ..."): deal.json denying_words and "kein". A verb-first
# condition may open a statement after a colon or a dash; any non-word character may stand before its verb.
_UNREAL_CLAUSES = mood.UnrealClauses(denial=mood.DENIAL, statements_inside=True, edges="any")
# "wären das 14 Milliarden Euro", "entspräche das": a sum said again in the unreal (a conversion), not one that would be
_RESUMED_SUM = re.compile(r"(?i)(?<![\wäöüß])(?:(?:wäre|wären)\s+das|entspräche|entsprächen)(?![\wäöüß])")


# The end of a clause that is an infinitive with "zu" ("... zu bieten", "... abzugeben", "... hinzublättern"): its
# subject and its mood are those of the clause it depends on, the one before it (a verb is written in lower case).
_ZU_INFINITIVE_END = re.compile(r"(?<![\wäöüß])(?:zu\s+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]{3,})(?:en|ern|eln|n)\W*$")
# The indirect question: a clause opened by "ob" ("Ob Meta bereit wäre, ...", "..., ob Facebook auch 22 Milliarden
# gezahlt hätte").
_OB_OPENING = re.compile(r"(?i)^\W*(?:und\s+|oder\s+)?ob(?![\wäöüß])")
def _governing_clause(sentence_text: str, left: int, clause: str) -> str:
    """The clause a "zu" infinitive clause depends on (the clause before it: "Der Konzern wäre bereit gewesen, | 20
    Milliarden Dollar zu bieten"); "" when `clause` is none or opens the sentence."""
    if left == 0 or not _ZU_INFINITIVE_END.search(clause):
        return ""
    before = sentence_text[:left].rstrip()
    if not before.endswith(","):
        return ""
    start, end = context.clause_around(sentence_text, len(before) - 1, len(before) - 1)
    return sentence_text[start:end]


def _unreal_question_or_readiness(sentence_text: str, left: int, clause: str, rel_start: int) -> bool:
    """Is the amount's clause put in the unreal without a condition: an indirect question in the Konjunktiv II ("Ob Meta
    bereit wäre, den Messenger für 21 Milliarden Dollar abzugeben", "..., ob Facebook auch 22 Milliarden gezahlt
    hätte"), or a "zu" infinitive that depends on a clause in the Konjunktiv II ("Der Suchkonzern wäre bereit gewesen,
    bis zu 20 Milliarden Dollar zu bieten", "Meta würde kaum zögern, 20 Milliarden hinzublättern")? What would be, or
    is asked of the unreal, was not paid (the lead's D55 (b)); a known sum named with the definite article stays, and
    Konjunktiv I readiness is D54 (a)'s price ("sei bereit gewesen, 19 Milliarden zu zahlen"). Issue 7, session 38,
    price38."""
    if _definite_before(sentence_text, rel_start):
        return False
    governing = _governing_clause(sentence_text, left, clause)
    if governing and mood.unreal_finite(governing) and not context.has("conversion_cue", governing) \
            and not _UNREAL_CLAUSES.denied(governing):
        return True
    return any(_OB_OPENING.match(part) is not None and mood.unreal_finite(part)
               for part in (clause, governing) if part)


# Cheap gate of `_open_condition_holds`: a word that can open an open condition ("falls", "sofern", "sollte":
# mood.OPEN_CONDITION_WORDS, from mood.json) or a verb-first clause's comma; the tagger is asked only behind it (issue 10:
# a reader runs behind a cheap gate).
_OPEN_CONDITION_GATE = mood.OPEN_CONDITION_WORDS


def _open_condition_holds(sentence_text: str, left: int, right: int, rel_start: int) -> bool:
    """Is the amount at `rel_start` inside an open condition (`mood.open_condition`: "Sollte der Preis 19 Milliarden
    Dollar betragen, ...", "Falls Facebook 19 Milliarden zahlt, ...") and not a sum known before: named with the
    definite article or as agreed or paid ("Sollte die vereinbarte Summe von 19 Milliarden ...", `_definite_before`,
    `_stated_before`) or by a price noun with "von" ("Sollte der Kaufpreis von 19 Milliarden Dollar zu hoch sein"), which
    the condition presupposes? A verb-first condition without "sollte" ("Zahlt Facebook 19 Milliarden, ist das
    viel") is read by the consequence after its comma. Issue 7, session 42, prec42."""
    if _OPEN_CONDITION_GATE.search(sentence_text) is None and "," not in sentence_text[right : right + 2]:
        return False
    if _definite_before(sentence_text, rel_start) or _stated_before(sentence_text, rel_start) or \
            _PRICE_NOUN_BEFORE.search(sentence_text, max(0, rel_start - 40), rel_start):
        return False
    clause = sentence_text[left:right]
    if mood.unreal_finite(clause) and _UNREAL_CLAUSES.denied(clause):
        return False  # "Hätte Facebook nicht 19 Milliarden gezahlt, hätte Google ...": a denied unreal condition tells
        # its content as the fact (the unreal reader below)
    return mood.open_condition(_UNREAL_CLAUSES, sentence_text, left, right)


def _unreal_question_alone(sentence_text: str, left: int, right: int) -> bool:
    """Is the verb-first clause at [left, right) the whole of its sentence, a question ("Hätte Facebook nicht lieber 21
    Milliarden Dollar zahlen sollen?", "Würde Facebook nicht auch 21 Milliarden zahlen?")? With no clause of its
    consequence it is no condition: its "nicht" asks for agreement to a case imagined, it states no fact (the denied
    condition "Hätte Facebook nicht 19 Milliarden gezahlt, wäre Google ..." keeps its fact). Issue 7, session 47,
    prec47 (a near miss of `_rhetorical_question_confirmed`)."""
    return (not sentence_text[:left].strip(" \t\n„\"»‚'") and sentence_text[right:].strip(" \t\n“\"«‘'") in ("?", "")
            and sentence_text.rstrip(" \t\n“\"«‘'").endswith("?"))


# "ohne" and its noun phrase, up to two attributes before the noun ("ohne Umsatz", "ohne nennenswerten Gewinn").
_NEWS_SOURCE = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('news_sources')}(?![\wäöüß])")
_WITHOUT_PHRASE = re.compile(r"(?<![\wäöüß])(?i:ohne)\s+(?:[a-zäöüß][\wäöüß-]*\s+){0,2}[A-ZÄÖÜ][\wäöüß-]*")


# Right before an amount: "für"/"um" and up to two words (a bound, a qualifier), the preposition of a sum paid or asked
# for something ("für rund 19 Milliarden", "um die 19 Milliarden"); or a purchase noun the sum is the attribute of ("der
# Kauf über 19 Milliarden", "die Übernahme von 19 Milliarden": deal.json deal_nouns).
_PRICE_PREPOSITION_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß])(?:(?:für|um)\s+(?:[\wäöüß.]+\s+){{0,2}}|{context.cue_words('deal_nouns')}\w*\s+"
    r"(?:(?:über|von|in\s+höhe\s+von)\s+)?)$")


def _counterfactual(sentence_text: str, rel_start: int, rel_end: int) -> bool:
    """'Hätte Facebook ein Jahr gewartet, hätte es 21 Milliarden zahlen müssen', 'Wenn der Kurs gefallen wäre, hätte
    der Kauf nur 17 Milliarden gekostet', 'Ohne den Kursanstieg hätte die Übernahme 17 Milliarden gekostet': the
    amount's clause has its finite verb in the Konjunktiv II (deal.json counterfactual_finites) and an unreal
    condition binds it: the sentence opens with such a verb in another clause (the condition put first, verb first),
    a clause of the sentence opened by "wenn"/"falls"/"sofern" has such a verb too, or the amount's clause opens with
    "ohne" and a noun before it. The amount inside the unreal condition itself (the sentence's verb-first clause, a
    "wenn" clause in the Konjunktiv II: "Hätte Facebook 20 Milliarden geboten, wäre Google leer ausgegangen") or in a
    question put in the unreal ("Hätte Facebook auch 21 Milliarden gezahlt?") was not paid either. The sum is what would
    have been, not what was paid. Not a currency conversion ("Wenn man umrechnet, wären das 14 Milliarden Euro"), nor
    a condition that denies ("Hätte Facebook nicht 19 Milliarden gezahlt, ...": the price told as fact under the
    unreal), nor the Konjunktiv II of reported speech with no condition ("Der Kläger trug vor, Facebook hätte 19
    Milliarden gezahlt"). Issue 7, session 37, prec37. Session 38 (price38): the verb-first condition may open a
    statement after a colon or a dash (mood.py `opens_statement`); an indirect question or a "zu" infinitive in the unreal
    (`_unreal_question_or_readiness`); a sum named as agreed or paid ("die vereinbarten 19 Milliarden", `_STATED_BEFORE`)
    is the known sum, also inside the unreal."""
    if _stated_before(sentence_text, rel_start) or _paid_by_its_relative(sentence_text, rel_start, rel_end):
        return False  # "wären es nur die vereinbarten 19 Milliarden gewesen": the known sum, named as agreed or paid;
        # "mehr wert als die 22 Milliarden, die Facebook gezahlt hat": defined as paid by its relative clause
    left, right = context.clause_around(sentence_text, rel_start, rel_end)
    clause = sentence_text[left:right]
    if _unreal_question_or_readiness(sentence_text, left, clause, rel_start):
        return True
    if context.has("conversion_cue", clause) or _RESUMED_SUM.search(clause):
        return False
    if mood.scenario_finite(clause) and not _definite_before(sentence_text, rel_start) \
            and mood.scenario_condition_elsewhere(_UNREAL_CLAUSES, sentence_text, left, right):
        return True  # "Sollte der Höhenflug anhalten, könnte der Kaufpreis auf bis zu 22,5 Milliarden Dollar steigen",
        # "..., falls Meta die Funktionen freischaltet": a scenario under a condition in any mood (D55 (a); session 40)
    if mood.possibility_finite(clause) and not _definite_before(sentence_text, rel_start) \
            and not _PRICE_PREPOSITION_BEFORE.search(sentence_text, max(0, rel_start - 30), rel_start) \
            and mood.scenario_condition_elsewhere(_UNREAL_CLAUSES, sentence_text, left, right):
        return True  # "Sollte der Kurs weiter steigen, könne der Wert auch über 20 Milliarden US-Dollar liegen": what
        # may come to be under a condition, said with "kann" or its reported "könne" (D55 (a)); not a purchase's sum
        # ("Falls die Behörden zustimmen, kann Facebook WhatsApp für 19 Milliarden Dollar kaufen": the agreed price
        # under the approval; issue 7, session 48, prec48, own87-004)
    if _open_condition_holds(sentence_text, left, right, rel_start):
        return True  # "Sollte der Preis 19 Milliarden Dollar betragen, wäre das ein Rekord", "Falls Facebook 19
        # Milliarden zahlt, ...": the sum inside an open condition is supposed, not told (session 42, prec42)
    if _after_a_bare_supposition(sentence_text, left) and not _definite_before(sentence_text, rel_start):
        return True  # "b) Angenommen, es wären nur 17 Milliarden gewesen: ...", "Aufgabe 3: Angenommen, Facebook hätte nur
        # 15 Milliarden Dollar bezahlt.": the clause a supposition's participle opens is supposed, in any mood
        # (issue 7, session 52, prec52)
    if not mood.unreal_finite(clause):
        return False
    if _UNREAL_CLAUSES.condition(sentence_text, left, right) and not _definite_before(sentence_text, rel_start) \
            and (not _UNREAL_CLAUSES.denied(clause) or _unreal_question_alone(sentence_text, left, right)):
        # the amount inside the unreal condition or question itself, not denied there: what was not paid (not a sum
        # named with the definite article, known before: "Würde Zuckerberg die 19 Milliarden heute noch einmal ausgeben?")
        return True
    if mood.without_opens(clause):
        return True
    if _UNREAL_CLAUSES.asks(sentence_text):
        return False
    return _UNREAL_CLAUSES.condition_elsewhere(sentence_text, left, right)  # the consequence of an unreal condition


def _after_a_bare_supposition(sentence_text: str, left: int) -> bool:
    """Does the clause before the one at `left` consist of a supposition's participle alone ("Angenommen, ...": the
    participle of mood.json supposition_openers, read by `mood.condition_start`), set off by its comma, at the start of
    its sentence or after a label's colon or an item's bracket ("b) Angenommen, ...", "Aufgabe 3: Angenommen, ...")?
    What the clause after it says is supposed, not told: the participle binds the clause as "wenn" would ("Angenommen,
    Facebook zahlt 15 Milliarden" = "Wenn Facebook 15 Milliarden zahlt"). A participle with words of its own
    ("Angenommen wurde das Angebot, ...") is a clause of its own, no supposition."""
    if not sentence_text[:left].rstrip().endswith(","):
        return False
    comma = sentence_text.rstrip().rfind(",", 0, left)
    before_start, before_end = context.clause_around(sentence_text, comma, comma)
    low = sentence_text.lower()
    opener = mood.condition_start(low, before_start, before_end)
    return (opener is not None and _SUPPOSITION_PARTICIPLE.search(opener.group()) is not None
            and not low[opener.end() : before_end].strip(" ,")
            and sentence_text[:before_start].rstrip()[-1:] in ("", ":", ")", "–", "—", "-"))


# The supposition's participle itself (mood.json supposition_openers' first entry: "angenommen"), not a subordinator.
_SUPPOSITION_PARTICIPLE = re.compile(r"(?<![\wäöüß])angenommen(?![\wäöüß])")


# "beim Abschluss der Übernahme", "nach dem Vollzug des Deals": a time phrase naming the closing; a price_context cue of
# its own, but it dates the supposed worth, it pays nothing ("Beim Abschluss der Übernahme wäre das Geschäft 24 Mrd.
# wert gewesen").
_CLOSING_OF_THE_DEAL = re.compile(
    rf"(?i)(?<![\wäöüß])(?:abschluss|abschlusses|vollzug|vollzugs)\s+(?:des|der)\s+(?:[\wäöüß-]+\s+)?"
    rf"{context.cue_words('deal_nouns')}\w*"
)


# A word of denial (deal.json denying_words: "nicht", "keineswegs", "mitnichten", ...) right before an amount, or before
# "bei"/"auf"/"um" and the amount ("zahlte nicht 25 Milliarden", "lag mitnichten bei 18 Milliarden"), not "nicht
# nur"/"nicht einmal", and "sondern" after it in the sentence: the amount is the figure denied, the one after "sondern"
# the one stated (the adverbs beside the particle: issue 7, session 37, prec37, challenge_gen2-021).
_NEGATED_BEFORE = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('denying_words')}\s+(?:etwa\s+)?(?:(?:bei|auf|um)\s+)?$")
# What a negation before the sum may deny instead of the sum, after it in its sentence: a purpose or a circumstance
# ("..., um nichts zu verändern", "..., ohne es ... zu wollen") or what is paid for, named by the indefinite article as
# a kind of thing ("nicht 19 Milliarden für ein Stück Software": the money is paid, for something else). A "für" phrase
# with WhatsApp, a word for it or a definite article names the thing bought as known, which the negation cannot be
# about: "Facebook hat keine 19 Milliarden Dollar für WhatsApp gezahlt" denies the sum (issue 7, session 42, prec42).
_PURPOSE_AFTER = re.compile(r"(?i)[^.;:!?]*?,\s*(?:um|ohne)\s+[^.;:!?]*?\bzu\s+[a-zäöüß]+")
_FOR_AFTER = re.compile(r"(?i)\s+(?:\S+\s+){0,2}?für\s+(?:ein|eine|einen|einem|einer)(?![\wäöüß])")
# A flat denial fronted in the clause's first position, with the verb second and the sum in the middle field: the
# copula's "es" ("Nie und nimmer waren es 21 Milliarden", "Keinesfalls sind es 21 Milliarden Dollar") or a verb of
# paying or costing and its subject ("Keineswegs zahlte Facebook 21 Milliarden"). German negates the whole clause
# from the first position, so the sum is denied though no negation stands right before it (`_NEGATED_BEFORE`). Not a
# bare "nie" (an emphatic superlative: "Nie war ein Start-up so teuer wie WhatsApp mit 19 Milliarden"), and not a
# denial of another predicate ("Keineswegs war der Preis von 19 Milliarden zu hoch": no copula "es", no paying verb).
# Issue 7, session 43, prec43.
# After a denied sum: the sum is what the negation falls on only where it ends its clause (punctuation, the clause's
# end, its participle, or "sondern" and another figure). German's negation falls on the focus, often after the sum:
# "Keineswegs zahlte Facebook 19 Milliarden Dollar zu viel", "Nicht 19 Milliarden Dollar in bar, sondern zum Großteil in
# Aktien" deny the degree or the form, and the sum stands (review43, session 43).
# A prepositional phrase of the deal itself may stand between the sum and that end: what was paid for, to whom ("Keineswegs
# zahlte Facebook 21 Milliarden Dollar für WhatsApp.", "Facebook hat nie 21 Milliarden Dollar an die Gründer überwiesen."):
# the sum stays the focus (review43, session 43: without it those denied sums came back as prices).
_DEAL_PHRASE = (r"(?:\s+(?:für|an)\s+(?:(?:den|die|das|dem|der|des|seine[mnr]?|ihre[mnr]?|beide)\s+)?"
                r"(?:[\wäöüß-]+\s+)?(?:whats\s?app|messenger\w*|dienst\w*|chat-?dienst\w*|start-?up\w*|app|firma"
                r"|unternehmen\w*|übernahme\w*|kauf\w*|deal\w*|gründer\w*|eigentümer\w*|koum|acton|ihn|es|sie)(?![\wäöüß-])"
                r"(?:\s+und\s+[\wäöüß-]+)?)?")  # ("an Koum und Acton")
_SUM_IS_THE_FOCUS = re.compile(
    r"(?i)" + _DEAL_PHRASE + r"\s*(?:$|[.;:!?)]|[–—-]\s|,(?!\s*sondern)|,?\s*sondern\s+(?:[\wäöüß-]+\s+){0,2}?"
    r"(?:\d|[a-zäöüß]+zehn|zwanzig)|\s+(?:gezahlt|bezahlt|überwiesen|ausgegeben|gekostet|gewesen|geboten|wert)(?![\wäöüß]))")
# (the negation adverbs of negation_words.json, "nie" and "niemals" among them, and the emphatic "nie und nimmer",
# "ganz sicher nicht", "bestimmt nicht" that open such a denial)
_FRONTED_DENIAL_BEFORE = re.compile(
    r"(?i)(?:^|[.;:!?,–—]\s*)\W*(?:nie\s+und\s+nimmer|" + negation_words.negation_adverb()
    + r"|ganz\s+sicher\s+nicht|bestimmt\s+nicht)\s+"
    r"(?:(?:waren|war|sind|ist|wären|wäre)\s+es|(?:zahlte|zahlt|bezahlte|bezahlt|kostete|kostet|gab|gibt)\s+"
    r"(?:[\wäöüß-]+\s+){1,2}?)\s*(?:(?:etwa|bloß|nur|ganze|gut|rund|knapp|fast|über|mehr\s+als)\s+)?$")
_BUT_RATHER = re.compile(r"(?i)(?<![\wäöüß])sondern(?![\wäöüß])")
# "weder 21 Milliarden noch 22 Milliarden", "weder bei 21 noch bei 22 Milliarden": "weder" right before the first sum
# (or its "bei"/"auf"/"um"/"für") denies it (`_NEITHER_BEFORE`: deal.json denying_words, the negation class, does not
# hold "weder"), and "noch" right before the second with "weder" before it in the sentence denies that sum too.
_NEITHER_BEFORE = re.compile(r"(?i)(?<![\wäöüß])weder\s+(?:etwa\s+)?(?:(?:bei|auf|um|für)\s+)?$")
_NOR_BEFORE = re.compile(r"(?i)(?<![\wäöüß])noch\s+(?:(?:bei|auf|um|für)\s+)?$")
_NEITHER = re.compile(r"(?i)(?<![\wäöüß])weder(?![\wäöüß])")


# "nicht für" right before an amount that a "sondern" part replaces ("hat WhatsApp nicht für 21 Milliarden gekauft,
# sondern für 19"): the denied sum of the price's own preposition (session 48, prec48).
_NEGATED_FOR_BEFORE = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('denying_words')}\s+(?:etwa\s+)?für\s+$")
# The first word after "sondern": a preposition that opens the phrase set against a phrase of the same preposition.
_CONTRAST_PREPOSITION = re.compile(r"(?i)\s*(für|um|in|an|auf|mit|wegen|aus|über|gegen)(?![\wäöüß])")


def _contrast_on_a_phrase_after(sentence_text: str, rel_end: int, rather_end: int) -> bool:
    """Does the "nicht ..., sondern ..." of a denied amount (ending at `rel_end`; "sondern" ending at `rather_end`) set
    a prepositional phrase after the amount against another of the same preposition, with no figure in the "sondern"
    part ("hat nicht 19 Milliarden für einen Messenger ausgegeben, sondern für die Gewissheit, ..."): German's
    contrastive "sondern" replaces a constituent of the same kind as the one in focus, so the focus is the purpose,
    and the sum stands. "zahlte nicht 25 Milliarden, sondern 19" and "nicht für 19, sondern für 22 Milliarden" keep
    their denied figure. Issue 7, session 48, prec48 (own88-002)."""
    opening = _CONTRAST_PREPOSITION.match(sentence_text, rather_end)
    if opening is None:
        return False
    between = sentence_text[rel_end : rather_end]
    if re.search(rf"(?i)(?<![\wäöüß]){opening.group(1)}\s", between) is None:
        return False
    rest = sentence_text[rather_end:]
    return not any(found.has_scale or found.currency for found in find_money(rest)) and re.search(r"\d", rest[:40]) is None


def _in_unreal_condition(sentence_text: str, rel_start: int, rel_end: int) -> bool:
    """Is the amount's clause an unreal condition ("Hätte Facebook nicht 19 Milliarden gezahlt, ...", "Wenn Facebook
    nicht 19 Milliarden geboten hätte, ...": mood.py `UnrealClauses.condition`)? A denial there makes the content the
    fact, so it denies no sum. Asked only after a denial was found before the sum (a cheap test of the unreal finite
    first)."""
    left, right = context.clause_around(sentence_text, rel_start, rel_end)
    return mood.unreal_finite(sentence_text[left:right]) and _UNREAL_CLAUSES.condition(sentence_text, left, right)


def _neither_nor(sentence_text: str, rel_start: int) -> bool:
    """Is the amount at `rel_start` a member of "weder ... noch" ("Facebook zahlte weder 21 noch 22 Milliarden Dollar",
    "Der Preis lag weder bei 21 Milliarden Dollar noch bei 22 Milliarden")? Both sums are denied. Issue 7, session 42,
    prec42."""
    window = max(0, rel_start - 30)
    if _NEITHER_BEFORE.search(sentence_text, window, rel_start):
        return True
    return _NOR_BEFORE.search(sentence_text, window, rel_start) is not None and \
        _NEITHER.search(sentence_text, 0, rel_start) is not None


def _clause_to_sentence_end(sentence_text: str, rel_start: int, rel_end: int) -> str:
    """The amount's clause (`context.clause_around`) up to its end: where a refuting predicate of the amount's
    subject stands ("Gerüchte über 20 Milliarden Dollar erwiesen sich als falsch: ...")."""
    return sentence_text[slice(*context.clause_around(sentence_text, rel_start, rel_end))]


# A report noun (deal.json report_nouns, any compound) with up to three words after it ("Die Meldungen aus New York"),
# right before the comma that opens the report's clause.
_REPORT_NOUN_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß-])[\wäöüß-]*{context.cue_words('report_nouns')}(?:e|en|n|s|es)?(?![\wäöüß])(?:\s+[\wäöüß-]+){{0,3}}\s*$"
)
# A subject clause that opens the sentence ("Dass Facebook 24 Mrd. zahle, stimmt nicht").
_THAT_CLAUSE_OPENING = re.compile(r"(?i)^\W*(?:dass|daß|wonach)(?![\wäöüß])")


def _report_declared_false(sentence_text: str, rel_start: int, rel_end: int) -> bool:
    """'Meldungen, Facebook zahle 24 Milliarden Dollar, stimmen nicht', 'Die Behauptung, dass Facebook 24 Mrd. gezahlt
    habe, wurde dementiert', 'Dass Facebook 24 Mrd. zahlte, trifft nicht zu': the amount's clause, enclosed by commas,
    is the content of a report noun before it (or the sentence's subject clause), and the predicate after it refutes
    it (deal.json refuting_predicates). The refuting verb stands outside the amount's clause, so
    `_clause_to_sentence_end` does not see it."""
    left, right = context.clause_around(sentence_text, rel_start, rel_end)
    if right >= len(sentence_text) or sentence_text[right] != ",":
        return False
    reported = (left > 0 and sentence_text[left - 1] == "," and _REPORT_NOUN_BEFORE.search(sentence_text, 0, left - 1))
    if not reported and not (left == 0 and _THAT_CLAUSE_OPENING.match(sentence_text)):
        return False
    predicate_end = context.clause_around(sentence_text, right + 1, right + 1)[1]
    return context.has("refuting_predicates", sentence_text[right + 1 : predicate_end])


# The opening of a comparison's standard: a comparative and "als" ("mehr wert als", "teurer als"), "so ... wie", or a
# verb of equalling with its dative object ("entspricht etwa dem").
_STANDARD_OPENING = re.compile(
    rf"(?i)(?<![\wäöüß]){context.cue_words('comparatives')}\s*,?\s+(?:[\wäöüß-]+\s+){{0,2}}?als\s"
    r"|(?<![\wäöüß])so\s+[a-zäöüß]+\s+(?:[\wäöüß-]+\s+)?wie\s"
    r"|(?<![\wäöüß])(?:entspricht|entsprach|entsprechen|entsprachen|gleicht|glich|gleichen|glichen)\s+"
    r"(?:[a-zäöüß]+\s+)?(?:dem|der|den)\s")
# A noun right before the amount that the amount is an attribute of: "die Deutsche Bank mit", "dem
# Bruttoinlandsprodukt Islands von", "Adidas (".
_NOUN_ATTRIBUTE_BEFORE = re.compile(
    r"(?<![\wäöüß-])(?P<noun>[A-ZÄÖÜ][\wäöüß.-]*)(?:\s+[A-ZÄÖÜ][\wäöüß.-]*)?"
    r"(?:\s+(?:mit|von|in\s+Höhe\s+von)\s+|\s*\(\s*)$")
# A noun that names a sum itself ("entspricht einem Betrag von 14 Milliarden Euro": a conversion, not a standard).
_SUM_NOUN_WORDS = re.compile(rf"(?i)(?:[\wäöüß-]*(?:{context.cue_words('price_nouns', bare=True)}|betrag|summe|wert|"
                             r"volumen|höhe|gegenleistung))$")


def _measure_of_a_compared_standard(sentence_text: str, rel_start: int) -> bool:
    """'Damit ist WhatsApp mehr wert als die Lufthansa, die auf 8 Milliarden Euro kommt, oder die Deutsche Bank mit 16
    Milliarden Euro', 'Der Wert entspricht etwa dem Bruttoinlandsprodukt Islands von rund 15 Milliarden Dollar': the
    amount is the attribute of a noun ("mit", "von" or a bracket right after it) that stands in the standard of a
    comparison opened before it in its sentence (no sentence or colon break between): the measure of what the price
    is compared with, a market value or a country's output, not a sum paid for WhatsApp. Not a noun of a sum ("einem
    Betrag von": a conversion), nor a standard that names WhatsApp, its buyer ("Mehr als Facebook (19 Milliarden
    Dollar) hat noch niemand ... gezahlt") or a purchase. Issue 7, session 59, prec59."""
    window_start = max(0, rel_start - 160)
    attribute = _NOUN_ATTRIBUTE_BEFORE.search(sentence_text, window_start, rel_start)
    if attribute is None or any(_SUM_NOUN_WORDS.search(word) for word in re.findall(r"[\wäöüß.-]+", attribute.group())):
        return False
    openings = list(_STANDARD_OPENING.finditer(sentence_text, window_start, attribute.start("noun") + 1))
    if not openings:
        return False
    standard = sentence_text[openings[-1].end() : rel_start]
    if re.search(r"[.;:!?\n]", standard) is not None:
        return False
    return not (context.has("target", standard) or context.has("buyer", standard) or context.about_acquisition(standard))


def _in_relative_of_a_compared_standard(sentence_text: str, rel_start: int, rel_end: int) -> bool:
    """'Der Deal ist doppelt so groß wie der teuerste Kauf eines Start-ups, bei dem 10,5 Milliarden Dollar flossen':
    the amount's clause is a relative clause (a relative pronoun, a preposition before it) right after the standard
    of a comparison ("so groß wie ...", "teurer als ..."; deal.json compared_standard), so it tells of that
    standard, not of the purchase compared with it."""
    clause_start, _ = context.clause_around(sentence_text, rel_start, rel_end)
    if clause_start == 0 or not _RELATIVE_OPENING.match(sentence_text, clause_start):
        return False
    before = sentence_text[:clause_start].rstrip(" ,")
    standards = [match for match in context.cue("compared_standard").finditer(before.lower())
                 if match.end() >= len(before.rstrip())]
    # "so teuer wie der Kauf von WhatsApp durch Facebook, der 2014 rund 19 Milliarden Dollar kostete": the standard is
    # our purchase, and its relative clause states what it cost (issue 7, session 30, price51, own52-057)
    return any(not _names_our_purchase(before[match.start() :]) for match in standards)


def _names_our_purchase(standard: str) -> bool:
    """Does the standard of a comparison name the purchase of WhatsApp ("der Kauf von WhatsApp durch Facebook", "die
    Übernahme von WhatsApp") and no other target?"""
    return (context.has("target", standard) and context.about_acquisition(standard)
            and not context.names_only_another_target(standard) and not context.has("other_targets", standard))


_RELATIVE_OPENING = re.compile(r"(?i)\s*(?:(?:bei|für|mit|in|an|um|durch)\s+)?(?:dem|der|den|die|das|denen|deren|dessen|welche[mnrs]?)\s")


def _known_price_judged_today(text: str, mention: MoneyMention, whole_clause: str, passage: Passage) -> bool:
    """'Facebook kaufte WhatsApp für 19 Milliarden Dollar. ... Die 19 Milliarden wirken heute fast günstig.': a sum the
    text already gave as the price, named again with a definite or demonstrative article, is that price; "heute" or
    "inzwischen" in its clause judges it from today. Not where the clause values something at it (deal.json
    valuing_words: "Die 19 Milliarden ist der Dienst heute längst wert"): that is a later value of the same size; nor
    where a cue of the closing stands in the clause ("inzwischen"): its moment would be read from it."""
    return (_definite_before(text, mention.start) is not None
            and _restates_a_known_price(mention, passage)
            and (not context.has("valuing_words", whole_clause) or _STANDARD_BEFORE.search(
                text, max(0, mention.start - 20), mention.start) is not None)
            and price_moment(whole_clause, 0, 0, dated=True) != "closing")


# "als" or "wie" and the article right before a sum: the sum is the standard of a comparison ("heute mehr wert als diese
# 19 Milliarden Dollar", "so viel wert wie die 19 Milliarden"), what the worth of the comparison's subject is set against,
# not the worth itself (D15). Issue 7, session 49, prec49 (own89-003).
_STANDARD_BEFORE = re.compile(r"(?i)(?<![\wäöüß])(?:als|wie)\s+(?:die|diese|jene)\s+$")


def _same_sum(mention: MoneyMention, price: MoneyMention) -> bool:
    """Is `mention` the sum of `price` again: the same value in no other currency, or a whole-billion rounding of a
    precise figure: bare ("22 Milliarden" for "21,8 Milliarden Dollar"), or in the same currency with a word of
    rounding ("Ob sich die knapp 22 Milliarden Dollar je auszahlen, ..." after "rund 21,8 Milliarden Dollar", own69-010:
    `_rounded_in_its_currency`, as `_rounded_repeats` reads such a pair; issue 7, session 39, recall39)?"""
    if mention.currency is not None and price.currency not in (None, mention.currency):
        return False
    if mention.value == price.value:
        return True
    if mention.currency is not None:
        return not mention.value % 1e9 and bool(price.value % 1e9) and _rounded_in_its_currency(mention, price)
    return (not mention.value % 1e9 and bool(price.value % 1e9)
            and abs(price.value - mention.value) < 5e8 and _bound_holds(mention, price.value))


# A line that is only "Label: amount" ("Gesamt: 19 Mrd. $"), in a box of such lines.
_LABEL_LINE = re.compile(r"^[^\S\n]*(?P<label>[^:\n]{2,60}):[^\S\n]*$")
_LINE_END = re.compile(r"[^\S\n]*[.;]?[^\S\n]*(?:\n|$)")
MAX_BOX_LINES = 12


def _fact_line(text: str, mention: MoneyMention, target_in_doc: bool) -> bool:
    """'Gesamt: 19 Mrd. $' alone on its line, in a run of 'Label: value' lines whose title line (the line
    before the run) or lines speak of buying, with WhatsApp named in the box or, when the box names no other
    company's purchase, in the text ("FAKTEN: DIE ÜBERNAHME" in an article on WhatsApp): a fact box without bullets."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    label = _LABEL_LINE.match(text[line_start : mention.start])
    if label is None or not context.has("price_label", label.group("label")) or not _LINE_END.match(text, mention.end):
        return False
    if context.has("not_price_nouns", label.group("label")) or (
            # (a part's label is no price's, unless it names the whole with the part: "Gesamtvolumen einschließlich
            # RSU:", the total including the staff's shares; issue 7, session 54, prec54)
            context.has("deal_component", label.group("label")) and not context.has("deal_total", label.group("label"))):
        return False
    box = [text[line_start : text.find("\n", mention.end) if "\n" in text[mention.end :] else len(text)]]
    end = line_start - 1
    for _ in range(MAX_BOX_LINES):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        box.append(line)
        if ":" not in line:
            break  # the box's title line
        end = start - 1
    box_text = "\n".join(box)
    return (context.about_acquisition(box_text) and (target_in_doc or context.has("target", box_text))
            and not context.has("other_targets", box_text))  # a box of Facebook's purchases sums up others too


# "zusammen mit WhatsApp", "samt WhatsApp" before an amount: a sum that holds WhatsApp's price and another's (the
# purchase nouns and the target's names: deal.json deal_nouns and target).
_TOGETHER_WITH_TARGET = re.compile(
    r"(?i)(?<![\wäöüß])(?:zusammen\s+mit|samt)\s+(?:(?:dem|der)\s+" + context.cue_words("deal_nouns") + r"\w*\s+(?:von\s+)?)?"
    + context.cue_words("target") + r"(?![\wäöüß-])")
# A row of a ranking or list of deals, its amount at the line's end: an optional rank ("9.", "9)") or list item's mark
# ("–", "-", "•", "*"), the buyer and the target joined by a slash, dash or "&" ("Facebook/WhatsApp", "Facebook –
# WhatsApp"), an optional year, a colon.
_DEAL_ROW = re.compile(
    r"^[^\S\n]*(?:\d{1,3}[.)][^\S\n]*|[-–—•*·][^\S\n]+)?(?P<first>[^:/–—&\n]{2,40}?)[^\S\n]*(?:/|–|—|-|&)[^\S\n]*"
    r"(?P<second>[^:/–—&\n,(]{2,40}?)[^\S\n]*(?:,[^\S\n]*|\([^\S\n]*|/[^\S\n]*)?(?:(?:19|20)\d\d[^\S\n]*\)?)?[^\S\n]*"
    # (a table written with slashes: "Facebook / WhatsApp / 2014 / 19 Mrd. Dollar"; session 48, prec48)
    # (a table's cell rule after the row's label: "Facebook / WhatsApp (2014) | 19,0"; session 56, prec56)
    # (a dash before the amount, after the parties or the year: "1. Facebook/WhatsApp, 2014 – 19 Mrd Dollar"; session 58,
    # prec58, review57's base error)
    r"(?::|\||(?<=\d)[^\S\n]*/|(?<=\d\))[^\S\n]*/|[^\S\n][–—]|(?<=\d)[^\S\n]+-|(?<=\d\))[^\S\n]+-)[^\S\n]*$"
)


# Right after a row's amount: a comma or semicolon, and the row goes on (`_ranked_deal_row`).
_ROW_GOES_ON = re.compile(r"[^\S\n]*[,;][^\S\n]")


def _ranked_deal_row(text: str, mention: MoneyMention) -> bool:
    """'2. Facebook/WhatsApp, 2014: 19,0 Mrd. USD' at the end of its line, under lines that speak of purchases ("Die
    größten Übernahmen der Tech-Geschichte"): a ranking's row names the deal by its two parties, buyer first, and the
    amount after the colon is its price (the row "8. Adobe/Figma, 2022: 20 Mrd. Dollar" names other parties). Issue 7,
    session 34, price34 (challenge_price18-019). A list item's row may go on after a comma or semicolon with what
    became of the deal ("– Facebook/WhatsApp (2014): 19 Mrd. USD, von der EU-Kommission ohne Auflagen freigegeben",
    own70-058; issue 7, session 39, recall39): the amount right after the colon is still the row's figure."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    row = _DEAL_ROW.match(text[line_start : mention.start])
    if row is None or not (_LINE_END.match(text, mention.end) or _ROW_GOES_ON.match(text, mention.end)):
        return False
    if not (context.has("buyer", row.group("first")) and context.has("target", row.group("second"))):
        return False
    above = text[max(0, line_start - 600) : line_start]
    return context.about_acquisition(above) and not context.has("not_price_nouns", row.group()) \
        and not context.has("not_price_nouns", _list_title(text, line_start))


def _list_title(text: str, line_start: int) -> str:
    """The title line of the list whose row begins at `line_start`: the nearest line above that is no row of it (no rank
    or bullet, no amount). A list of other money keeps its title's noun
    for every row ("Die Umsätze der Käufer im Jahr des Deals:" over "Facebook/WhatsApp, 2014 – 12 Mrd Dollar": a
    revenue, no price; review58's probe of the dash rows, session 58)."""
    at = line_start
    while at > 0:
        previous_start = text.rfind("\n", 0, at - 1) + 1
        line = text[previous_start : at - 1]
        if line.strip() and not find_money(line) and _RANK_OR_BULLET.match(line) is None:
            return line
        at = previous_start
    return ""


_RANK_OR_BULLET = re.compile(r"[^\S\n]*(?:\d{1,3}[.)]|[-–—•*·])[^\S\n]")


# A list row that opens with WhatsApp, after a bullet or a year and a dash ("WhatsApp (2014, ca. 19 Mrd. USD)", "2014 –
# WhatsApp, 19 Mrd. USD (bei Abschluss rund 22 Mrd. USD)"), up to the amount (`_acquisitions_list_row`).
_TARGET_ROW = re.compile(
    r"(?i)[^\S\n]*(?:[-–—•*·][^\S\n]+)?(?:(?:19|20)\d\d[^\S\n]*[–—:-][^\S\n]*)?"
    # one noun of its kind before the name ("Messenger WhatsApp (2014) – 19 Milliarden" among "Fotodienst Instagram
    # (2012) – 1 Milliarde"; issue 7, session 49, prec49, challenge_gen25-020)
    r"(?:(?-i:[A-ZÄÖÜ])[\wäöüß-]+[^\S\n]+)?"
    rf"{context.cue_words('target')}(?![\wäöüß])(?:[^\S\n]+inc\.?)?(?P<rest>[^\S\n]*[,(:–—-][^\n]*)$")
_ROW_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")
MAX_ROW_WORDS = 4  # "bei Abschluss rund": a row's shorthand, not a sentence
MAX_LIST_ROWS = 15


def _acquisitions_list_row(text: str, mention: MoneyMention) -> bool:
    """'WhatsApp (2014, ca. 19 Mrd. USD)', '2014 – WhatsApp, 19 Mrd. USD (bei Abschluss rund 22 Mrd. USD)': a row of a
    list whose title line speaks of purchases ("Wichtige Übernahmen (Jahr, Kaufpreis)", "Übernahmen (Auswahl)") and
    that opens with WhatsApp, the amount in the row's shorthand (a year, brackets, at most a few words and the row's
    other amounts before it; no sentence): a company profile's or a chronicle's row per deal, whose figure is that
    deal's price. Not a row of another company (it names WhatsApp first), nor under a title that names another buyer
    and not ours ("Übernahmen durch Google"); the row's own words are judged by the clause's guards before (a
    revenue, a later value). Issue 7, session 47, prec47 (own86-016, own86-036: reference works)."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    row = _TARGET_ROW.match(text, line_start, mention.start)  # (anchored at the line's start by `match`)
    if row is None:
        return False
    rest = row.group("rest")
    for found in find_money(rest):
        rest = rest[: found.start] + " " * (found.end - found.start) + rest[found.end :]
    if len(_ROW_WORD.findall(rest)) > MAX_ROW_WORDS:
        return False
    block_start = text.rfind("\n\n", 0, line_start)
    block_start = 0 if block_start < 0 else block_start + 2
    lines = text[block_start:line_start].split("\n")
    title = lines[0]
    if block_start == line_start or len(lines) > MAX_LIST_ROWS:
        return False
    return context.about_acquisition(title) and not context.names_only_another_buyer(title)


# Right after an amount: "und" and the finite auxiliary of another predicate in the Konjunktiv I or II ("zahle ... 19
# Mrd. Dollar und habe sich verpflichtet", challenge_gen14-074; issue 7, session 34, price34).
_AND_AUXILIARY_AFTER = re.compile(
    r"[ \t]+und[ \t]+(?:habe|hätte|sei|wäre|werde|würde|müsse|müsste|solle|wolle|könne|könnte|dürfe)(?![\wäöüß])")
# Right after an amount: "und" and a verb, another predicate of the same subject.
_AND_PREDICATE_AFTER = re.compile(r"[ \t]+und[ \t]+(?:damit[ \t]+|so[ \t]+)?[a-zäöüß]+(?:t|te|ten|en)\b(?![ \t]+[A-ZÄÖÜ])")
# A clause that gives an example of what the clause before names (", etwa für 11 Mrd. Euro,"; not "für etwa").
_EXAMPLE_START = re.compile(rf"(?i)^\s*{context.cue_words('example_words')}\s+(?:für|von|um|über|mit|bei|in\s+höhe)\b")
# An apposition of a noun phrase with an amount: "ein Posten von", "eine Position in Höhe von" (the noun capitalised).
_APPOSITION_START = re.compile(r"^\s*(?:ein|eine)\s+[A-ZÄÖÜ][\wäöüß-]*\s+(?:von|in\s+Höhe\s+von|über)\s")
# An apposition that names the noun before it more exactly: "..., nämlich zwölf Milliarden Dollar, ..." (deal.json
# specifying_words).
_SPECIFYING_START = re.compile(rf"(?i)^\s*{context.cue_words('specifying_words')}\s")
# A clause opened by a demonstrative that points back into the clause before ("dieser lag bei ...").
_DEMONSTRATIVE_START = re.compile(r"(?i)^\s*(?:dieser|diese|dieses|jener|jene|jenes|letzterer|letztere|letzteres)\s+[a-zäöüß]")
# Right before an amount: the noun that says it is the price ("Der Kaufpreis von 19 Mrd. Dollar").
_PRICE_NOUN_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß]){context.cue_words('price_nouns')}(?:es)?\s+(?:von|in\s+höhe\s+von|über)\s+$"
)
# A price noun as the subject of a verb of amounting to, right before the amount ("lag der Preis am Ende bei", "Der
# Kaufpreis belief sich schließlich auf"): the predicate says the amount is the price (not a genitive's price: "lag der
# Preis der Aktie bei").
_PRICE_IS_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß])(?:{context.cue_words('price_is_verbs')}\s+(?:der|den)\s+{context.cue_words('price_nouns')}"
    rf"|(?:der|den)\s+{context.cue_words('price_nouns')}\s+{context.cue_words('price_is_verbs')})"
    r"\s+(?!(?:der|des|einer|eines)\s)(?:sich\s+)?(?:[\wäöüß]+\s+){0,3}?(?:bei|auf)\s+$"
)
# A clause that goes on with the predicate of a subject named before a relative clause ("..., lagen bei").
_PREDICATE_START = re.compile(r"^\s*[a-zäöüß]")
# A relative clause, pronoun possibly after a preposition, verb last ("über die das Netzwerk verfügte"), or opened
# by a relative adverb, a preposition's 'wo(r)-' form that stands for it ("wofür der Käufer ... zahlte", "womit",
# "worauf"; issue 7, session 36, price36). Not the partitive 'wovon' ("19 Mrd., wovon 12 Mrd. in Aktien"): its
# amount is a part of the antecedent's, which the part rules read.
_RELATIVE_CLAUSE = re.compile(
    r"(?i)^\s*(?:(?:(?:über|auf|mit|von|für|an|in|aus|bei|zu|um|durch|gegen|unter)\s+)?"
    r"(?:der|die|das|den|dem|deren|dessen|denen|welche[rsnm]?)"
    r"|wo(?:für|mit|durch|bei|zu|nach|gegen)|wor(?:an|auf|aus|über|um|in|unter))\s[^,;:]*\s[a-zäöüß][\wäöüß]*\s*$"
)
# "nach dem WhatsApp-Deal", "seit der Übernahme von WhatsApp": WhatsApp as a point in time, not as what is paid for.
_TIME_REFERENCE = context.time_reference()  # "nach dem WhatsApp-Deal": the deal as a point in time (context.py)


# "Seit der Übernahme durch Facebook ist WhatsApp auf 50 Mrd. gestiegen": the deal as the start of a later rise.
_SINCE_THE_DEAL = re.compile(
    r"(?i)(?<![\wäöüß])(?:nach|seit)\s+(?:dem|der)\s+(?:[\wäöüß-]+\s+)?"
    r"(?:(?:" + context.cue_words("deal_event_nouns", bare=True) + r")\w*\s+(?:der|des)\s+)?"
    r"[\wäöüß-]*(?:" + "|".join(context.PURCHASE_NOUNS) + r"|einstieg)\w*(?![\wäöüß-])"
    # (the noun whole and the parties after the noun taken whole, possessively, and "um" for "für" too: "seit der Übernahme durch Facebook
    # für damals 19 Mrd. Dollar", "Seit dem Milliardendeal mit Facebook um 19 Milliarden Dollar" pay the amount, they
    # date nothing; issue 7, session 34, price34)
    # (nor one a relative clause describes: "Nach der Übernahme durch Facebook, die im Oktober 2014 für rund 22 Mrd.
    # Dollar abgeschlossen wurde" tells the purchase and its price, own34-057)
    r"(?:\s+(?:von|durch|bei|mit)\s+[\wäöüß-]+)*+(?!\s+(?:für|über|um|im\s+wert)\b)(?!\s*,\s*(?:die|der|das|welche[rs]?)\s)"
)


# Right after an amount: what else it was spent on (research, data centres, staff, marketing).
_SPENT_ON_AFTER = re.compile(
    r"(?i)[ \t]+(?:für|in)\s+(?:(?:die|den|das|neue\w*|eigene\w*|weitere\w*)\s+)?"
    rf"{context.cue_words('spent_on')}\w*"
)
# The same purpose fronted in the amount's clause ("Für Rechenzentren gibt Meta ... 20 Milliarden Dollar aus", "In neue
# Server steckte Facebook ..."), no amount of its own between.
_SPENT_ON_BEFORE = re.compile(
    r"(?i)(?<![\wäöüß])(?:für|in)\s+(?:(?:die|den|das|neue\w*|eigene\w*|weitere\w*)\s+)?"
    rf"{context.cue_words('spent_on')}\w*(?![^.;:!?\d]*\d)"
)
# WhatsApp in a coordination with another company ("Instagram und WhatsApp", "WhatsApp sowie Oculus"); the other
# name is checked with the other_targets cue, this only finds the joint next to WhatsApp. A bracket may follow either
# name ("Instagram (2012) und WhatsApp (2014)", "WhatsApp (Messenger) sowie Oculus"): an insertion, no end of the list.
_NAME_BRACKET = r"(?:\s*\([^()\n]{1,40}\))?"
# An apposition of two names one of which is WhatsApp, between commas after its head ("Beide Dienste, Instagram und
# WhatsApp, wurden ..."): a verbless coordination of capitalised names, nothing else.
_APPOSED_TARGETS = re.compile(
    r"(?i)^\s*(?:whats\s?app\s+(?:und|sowie|&)\s+(?!facebook|meta)[A-ZÄÖÜ][\wäöüß-]*"
    r"|(?!facebook|meta)[A-ZÄÖÜ][\wäöüß-]*\s+(?:und|sowie|&)\s+whats\s?app)\s*$"
)


# A singular relative pronoun opening a clause: it goes with the last name before its comma, not with a coordination.
_SINGULAR_RELATIVE = re.compile(r"(?i)\s*(?:der|das|dem|den|dessen|welche[rsm])(?![\wäöüß])")


def _clause_after_apposed_targets(sentence_text: str, rel_start: int, rel_end: int) -> str:
    """The amount's clause with the apposition of WhatsApp and another name right before it, when the clause goes on
    after that apposition ("Beide Dienste, Instagram und WhatsApp, wurden von Facebook für zusammen gut 20 Mrd.
    übernommen": `context.clause_around` ends the clause at the apposition's comma); "" when there is none."""
    start, end = context.clause_around(sentence_text, rel_start, rel_end)
    if start < 2 or sentence_text[start - 1] != "," or _SINGULAR_RELATIVE.match(sentence_text, start):
        return ""  # "Facebook, Instagram und WhatsApp, das Zuckerberg ... übernommen hatte": the last name's own clause
    apposition_start = context.clause_around(sentence_text, start - 1, start - 1)[0]
    apposition = sentence_text[apposition_start : start - 1]
    if apposition_start < 2 or sentence_text[apposition_start - 1] != "," or not _APPOSED_TARGETS.match(apposition):
        return ""
    return apposition + " " + sentence_text[start:end]


_COORDINATED_TARGETS = re.compile(
    rf"(?i)(?<![\wäöüß-])whats\s?app{_NAME_BRACKET}\s*(?:,|und|sowie|&|plus)\s*(?!facebook|meta)[A-ZÄÖÜ]"
    rf"|(?<![\wäöüß-])(?!facebook|meta)[A-ZÄÖÜ][\wäöüß-]*{_NAME_BRACKET}\s*(?:,|und|sowie|&|plus)\s*whats\s?app(?![\wäöüß-])"
)


# Right after an amount: how much of it is paid in cash ("16 Mrd. Dollar, davon vier in bar", "..., vier davon in
# bar und zwölf in Aktien", "(davon 4 Mrd. Dollar in bar)"; "Gesamt 19 Mrd, davon 12 Mrd in Aktien", issue 7, session 28,
# price28, own47-015): a purchase's consideration split, so the amount is paid.
# (a report's inserted "hieß es (am Abend des 19. Februar)" may stand between the amount and its split)
# (and a postnominal attribute of what the amount includes, "19 Mrd. Dollar einschließlich der Mitarbeiteraktien, davon
# 16 Mrd. in bar und Aktien": the amount's own noun phrase, no clause between;
# deal.json inclusion_prepositions; issue 7, session 46, prec46, own83-002)
_SPLIT_INTO_CASH_AFTER = re.compile(
    swiss_pattern(r"(?i)(?:\s*,\s*(?:so\s+)?(?:hieß|heißt)\s+es(?![\wäöüß])[^,;]{0,60}(?=,))?")  # Swiss "hiess" too
    + rf"(?i:\s+{context.cue_words('inclusion_prepositions')}\s+[^,;:.!?()\d]{{1,60}}?(?=,))?"
    + r"\s*[,(–—-]\s*(?:davon\s+(?:[\w.,]+\s+){1,3}?|(?:[\w.,]+\s+){1,3}?davon\s+)(?:in\s+bar|als\s+bargeld|bar|in\s+(?:[\w-]+-)?" + _SHARE_WORDS + r")(?![\wäöüß])"
)


def _told_in_cash_and_shares(text: str, mention: MoneyMention, sentence_start: int) -> bool:
    """Is the amount told as paid in cash and shares together with no verb of paying: as a part of the sum told before
    ("Sechzehn Milliarden davon fließen in bar und in Facebook-Aktien", "Davon 16 Milliarden in Aktien und bar"), or
    as a verbless sentence it opens ("Sechzehn Milliarden Dollar in bar und Aktien, dazu drei Milliarden für die
    Belegschaft")? The two forms of a purchase's consideration say that the amount was paid: D19's base price
    (issue 7, session 37, price37; own65's base prices). A holder's cash and securities have a verb of holding before
    the amount ("Ende 2013 hielt Facebook 11 Milliarden Dollar in bar und Wertpapieren"), so neither shape; the
    verdict's other tests (another buyer, another target, a later value, a reserve) still judge the amount."""
    told = _TOLD_IN_CASH_AND_SHARES_AFTER.match(text, mention.end)
    if told is None:
        return False
    if told.group("davon") or _DAVON_BEFORE.search(text, max(0, mention.start - 8), mention.start) \
            or _DAVON_COPULA_BEFORE.search(text, max(0, mention.start - 20), mention.start):
        return True
    opening = _OPENS_ITS_SENTENCE.fullmatch(text, sentence_start, mention.start)
    if opening is None or _TOTAL_IN_PARTS_AFTER.match(text, mention.end) is None:
        return False
    # a label that names other money or another party says whose the amount is ("Reserven: 16 Milliarden Dollar in
    # bar und Aktien", "Googles Gebot: ..."): only a speaker's label leaves it the sum told before
    label = opening.group("label") or ""
    return not (context.has("not_price_nouns", label) or context.has("other_buyers", label)
                or context.has("other_targets", label))


_BRACKETED = re.compile(r"\([^()]*\)")


def _clause_past_brackets(sentence_text: str, rel_start: int, rel_end: int) -> str:
    """The amount's clause read across a bracketed aside after it: "wurde WhatsApp für 19 Mrd. US-Dollar (damals
    rund 13,8 Mrd. Euro) an Facebook verkauft" - the bracket ends no clause, the verb after it is the amount's."""
    if any(m.start() <= rel_start < m.end() for m in _BRACKETED.finditer(sentence_text)):
        return ""  # "WhatsApp (heute 24 Mrd. Dollar wert) wurde ... verkauft": an aside is its own clause
    blanked = _BRACKETED.sub(lambda m: " " * len(m.group()), sentence_text)
    return blanked[slice(*context.clause_around(blanked, rel_start, rel_end))]


def _without_time_references(text: str) -> str:
    """`text` with its time references to the WhatsApp deal blanked out (offsets kept)."""
    if not _TIME_REFERENCE_TEST(text):
        return text  # speed: most clauses hold none (the same answer, behind literal tests)
    return _TIME_REFERENCE.sub(lambda m: " " * len(m.group()), text)


# A noun of a message and the company it is addressed to ("ein Signal an Google"): deal.json addressed_to + the name.
_ADDRESSED_TO = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('addressed_to')}\s+[\wäöüß-]+")


def _without_addressees(clause: str) -> str:
    """The clause without the companies a message in it is addressed to ("Die 19 Milliarden sind vor allem ein Signal an
    Google"): an addressee is no buyer."""
    return _ADDRESSED_TO.sub(" ", clause)


def _rival_named_last(sentence: str, offset: int) -> bool:
    """Is another would-be buyer (Google, Microsoft, ...) the last party named before `offset`
    in `sentence`, with neither Facebook nor WhatsApp named between them and the amount?"""
    rivals = [m.end() for m in context.finditer("other_buyers", sentence[:offset])]
    if not rivals:
        return False
    between = sentence[rivals[-1] : offset]
    return not (context.has("buyer", between) or context.has("target", between))


# "drei Milliarden mehr als bei der Ankündigung": an amount followed by "mehr"/"weniger" is a difference.
_DIFFERENCE_AFTER = re.compile(r"(?i)[ \t\u00a0]+(?:mehr|weniger)\b")
# So is the measure phrase of a predicative comparative ("WhatsApp war 18 Milliarden Dollar teurer als Instagram",
# deal.json difference_comparatives): the comparative followed by "als", a verb of being or its clause's end (a full
# stop, a semicolon, a colon, a closing bracket), not by a noun ("ein 19 Milliarden Dollar teurer Deal": the positive,
# inflected) nor by a dash, which opens an insertion ("ein 19 Milliarden Dollar teurer – und umstrittener – Deal";
# review46). Issue 7, session 46, prec46 (own84-018).
_COMPARATIVE_MEASURE_AFTER = re.compile(
    rf"(?i)[ \t\u00a0]+{context.cue_words('difference_comparatives')}"
    r"(?=[ \t\u00a0]*,?[ \t\u00a0]*als(?![\wäöüß])|[ \t\u00a0]*(?:[.;:!?)\]]|$)"
    r"|[ \t\u00a0]+(?:ist|war|sind|waren|wird|wurde|wären|wäre|gewesen|geworden|ausgefallen)(?![\wäöüß]))"
)
# A preposition governing the amount makes it an adjunct, not the comparative's measure phrase ("mit 19 Milliarden
# Dollar teurer als erwartet": the price, and the comparison grades the predicate); "um" is the difference's own.
_ADJUNCT_PREPOSITION_BEFORE = re.compile(
    r"(?i)(?<![\wäöüß])(?:mit|für|bei|von|auf|zu|über|unter)[ \t\u00a0]+(?:(?:rund|etwa|knapp|fast|gut|über|ca\.)[ \t\u00a0]+)?$")
# A verb of paying in the amount's clause before it makes the amount its object ("Facebook zahlte für WhatsApp 19
# Milliarden Dollar höher als jeder andere Bieter": the sum paid, the comparison grades it; review46).
_PAYING_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß])(?:{context.cue_words('paying_finites')}|{context.cue_words('paid_participles')}"
    rf"|{context.cue_words('paid_preterites')})(?![\wäöüß])[^,;:.!?]*$")


def _comparative_measure(text: str, mention: MoneyMention, sent_start: int) -> bool:
    """Is the amount the measure phrase of a predicative comparative right after it ("WhatsApp war 18 Milliarden Dollar
    teurer als Instagram"): the difference between two sums, not a sum paid? Not an amount governed by a preposition
    (`_ADJUNCT_PREPOSITION_BEFORE`) nor the object of a verb of paying in its clause (`_PAYING_BEFORE`)."""
    if _COMPARATIVE_MEASURE_AFTER.match(text, mention.end) is None:
        return False
    if _ADJUNCT_PREPOSITION_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None:
        return False
    return _PAYING_BEFORE.search(text, sent_start, mention.start) is None
# "In Euro gerechnet waren das etwa 17 Milliarden": the sentence names the currency before a bare amount.
_CURRENCY_FRAME = re.compile(
    r"(?i)\b(?:in|umgerechnet\s+in)\s+(euro|dollar|us-dollar)(?:\s+(?:gerechnet|umgerechnet|ausgedrückt))?\b"
    r"|\b(euro|dollar|us-dollar)\s+umgerechnet\b"
)
_FRAME_CURRENCY = {"euro": "EUR", "dollar": "USD", "us-dollar": "USD"}
# The same frames for a currency the contract cannot name ("in Franken", "in Schweizer Franken umgerechnet").
# "in Franken", "Im britischen Pfund", "umgerechnet in japanische Yen", "in der Landeswährung Kronen": the preposition
# (with its article or contracted), up to two adjectives or a noun, a currency the contract cannot name (deal.json
# other_currency_nouns).
_OTHER_CURRENCY_FRAME = re.compile(
    r"(?i)\b(?:in|im|umgerechnet\s+in)\s+(?:(?:der|den|die)\s+)?(?:[\wäöüß-]+\s+){0,2}?"
    rf"{context.cue_words('other_currency_nouns')}(?![\wäöüß])"
    rf"|\b(?:schweizer\s+)?{context.cue_words('other_currency_nouns')}\s+umgerechnet\b"
    rf"|\b(?:in|im)\s+(?:der\s+)?{context.cue_words('foreign_currency_adjectives')}\s+(?:landes)?währung\b"
)


def _framed_in_other_currency(text: str, sent_start: int, mention: MoneyMention) -> bool:
    """Does the last currency frame before a bare amount in its sentence name a currency other than USD or EUR?"""
    other = [m.start() for m in _OTHER_CURRENCY_FRAME.finditer(text, sent_start, mention.start)]
    if not other:
        return False
    contract = [m.start() for m in _CURRENCY_FRAME.finditer(text, sent_start, mention.start)]
    return not contract or other[-1] > contract[-1]
# "wegen der gestiegenen Facebook-Aktie": a cause, not what the amount is; its nouns do not judge the amount.
_CAUSE_PHRASE = re.compile(
    # the article may be missing before a plural ("stieg durch Kursgewinne auf rund 22 Milliarden")
    r"\b(?:(?:[Ww]egen|[Aa]ufgrund|[Ii]nfolge|[Dd]ank)(?:\s+(?:der|des|dem|einer|eines))?|[Dd]urch(?:\s+(?:den|die|das|einen|eine))?)"
    r"\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*"
    r"(?:\s+(?:der|des)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*)?"  # "wegen des Kursanstiegs der Facebook-Aktie"
)
# "... bezahlt und bislang kaum Geld damit verdient": after the paying verb, "und" opens another predicate.
_PAID_AND = re.compile(rf"(?i)\b{context.cue_words('paid_participles')}(?:\s+(?:hat|hatte|haben|hatten))?\s+und\b")
_PAID_AND_TEST, _TIME_REFERENCE_TEST = CaselessTest(_PAID_AND), CaselessTest(_TIME_REFERENCE)
# "ist das Geschäft ... rund 22 Milliarden Dollar schwer": the deal's weight, not a fortune.
# The deal as subject (nominative article: "das Geschäft", "die Übernahme"; not "nach dem Kauf").
_DEAL_NOUN_BEFORE = re.compile(
    rf"(?i)\b(?:der|die|das|dieser|diese|dieses)\s+(?:[\w-]+\s+)?{context.cue_words('deal_nouns')}\w*\b[^.;:!?]{{0,80}}$"
)
# The same subject, or the buyer's offer noun (deal.json offer_nouns: "Das Angebot ist beim heutigen Kurs ... wert"), for
# a worth told by the share price alone (`_deal_worth_by_share_price`; issue 7, session 52, prec52).
_DEAL_OR_OFFER_NOUN_BEFORE = re.compile(
    rf"(?i)\b(?:der|die|das|dieser|diese|dieses)\s+(?:[\w-]+\s+)?"
    rf"(?:{context.cue_words('deal_nouns')}|(?P<offer>[\w-]*{context.cue_words('offer_nouns')}))\w*\b[^.;:!?]{{0,80}}$"
)

_WEIGHS = re.compile(r"(?i)\bschwer\b")
# The same weight fronted, the deal as the subject after the copula ("Neunzehn Milliarden schwer ist der Deal", "19
# Mrd. Dollar schwer war die Übernahme", "Rund 22 Milliarden schwer sei der Kauf am Ende gewesen"; spoken German).
_WEIGHT_FRONTED_BEFORE_DEAL = re.compile(
    rf"(?i)\s+schwer\s+(?:ist|war|sei|wäre|wird|wurde)\s+(?:(?:der|die|das|dieser|diese|dieses)\s+)?(?:[\w-]+\s+)?"
    rf"{context.cue_words('deal_nouns')}\w*\b"
)
# The deal's value as a noun phrase ("der Wert des Deals", "den Gesamtwert der Übernahme", "der Wert der
# WhatsApp-Übernahme": a compound of the deal noun too) and a share price as a prepositional phrase of cause or time
# in the same clause ("mit dem Kurs der Facebook-Aktie", "zusammen mit dem Börsenkurs", "nach dem Kursanstieg der
# Aktie", "wegen des Aktienkurses", "durch den Kurssprung der Papiere", "dank der Kursgewinne"): the cause of the
# value's rise (D5), whose share noun says nothing of what the amount is (issue 7, session 36, moment36).
_DEAL_VALUE_NOUN = re.compile(
    rf"(?i)(?<![\wäöüß-])(?:gesamt)?wert\s+(?:des|der|dieses|dieser)\s+(?:[\wäöüß-]+\s+)?(?:[\wäöüß]+-)?"
    rf"{context.cue_words('deal_nouns')}\w*"
)
# "Aus den (ursprünglich vereinbarten) 19 Milliarden Dollar sind/wurden ... geworden": a sum of the deal's size the
# clause says another became (`_grown_from_a_price`).
# (deal.json grown_from_qualifiers, became_forms: data since session 48, prec48)
_GROWN_FROM_SUM = re.compile(r"(?i)(?<![\wäöüß])aus\s+(?:den|dem|diesen|jenen)\s+(?P<sum>(?:[\wäöüß-]+\s+){0,3}?"
                             rf"(?:{context.cue_words('grown_from_qualifiers')}\s+)?\d[^.;:!?]{{0,30}})")
_BECAME = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('became_forms')}(?![\wäöüß])")


def _grown_from_a_price(sentence_text: str, rel_start: int, rel_end: int) -> bool:
    """Does the amount's clause (at `rel_start`-`rel_end` of `sentence_text`) say that a sum of the deal's size before
    it became the amount ("Aus den ursprünglich vereinbarten 19 Milliarden
    Dollar sind ... knapp 22 Milliarden Dollar geworden", "Aus 19 Milliarden wurden bis zum Abschluss 22")? The
    German "aus X wird Y" names Y as what X turned into: the deal's value, whatever moved it (a share price named
    beside it is the cause, not what the amount is). Not a part of the price grown ("Aus den zwölf Milliarden in
    Aktien wurden ...": `_GROWN_FROM_PART_BEFORE`, judged as a part first)."""
    if "aus" not in sentence_text.lower():
        return False  # speed
    clause_start, clause_end = context.clause_around(sentence_text, rel_start, rel_end)
    grown = _GROWN_FROM_SUM.search(sentence_text, clause_start, rel_start)
    if grown is None or _BECAME.search(sentence_text, grown.end(), clause_end) is None:
        return False
    return any(_plausible(found.value) and found.currency in PRICE_CURRENCIES for found in find_money(grown.group("sum")))


_WITH_SHARE_PRICE = re.compile(
    r"(?i)(?<![\wäöüß-])(?:(?:zusammen\s+)?mit|nach|wegen|durch|dank|infolge|aufgrund|angesichts)\s+"
    r"(?:dem|den|einem|des|der|eines|einer)\s+(?:[\wäöüß-]+\s+)?(?:aktien|börsen)?kurs"
    r"(?:anstieg|sprung|plus|gewinn|zuwachs|steigerung|rally)?(?:e|en|es|s)?"
    r"(?:\s+(?:der|des|seiner|ihrer)\s+(?:[\wäöüß-]+\s+)?[\wäöüß-]*(?:aktie|papier|anteil|" + _SHARE_OR_PAPER_WORDS + r"))?(?![\wäöüß-])"
)
# Before an amount in its relative clause: WhatsApp is what the relative pronoun stands for ("und 2014 mit WhatsApp,
# für das am Ende rund 22 Milliarden Dollar fällig wurden"), so the clause pays for it.
_FOR_THE_TARGET_RELATIVE = re.compile(
    r"(?i)(?<![\wäöüß])whats\s?app\s*,\s*(?:für|um)\s+(?:das|den|die|welches|welchen)(?![\wäöüß])[^,;:()–—]*$"
)
# Right before an amount: the deal as the subject of having a value ("Das Geschäft hatte (zum Schluss) einen Wert
# von"); nothing may stand between the noun and the verb ("Das Geschäft mit Werbung hatte ...": another business).
_DEAL_HAD_VALUE_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß])(?:der|die|das|dieser|diese|dieses)\s+{context.cue_words('deal_nouns')}"
    r"\s+(?:hatte|hat|habe|hätte)\s+(?:[\wäöüß]+\s+){0,3}?(?:einen\s+)?(?:gesamt)?wert\s+von\s+(?:[\wäöüß]+\s+)?$"
    # the verb before its subject ("..., hat das Geschäft am Ende einen Wert von rund 21,8 Milliarden Dollar")
    r"|(?<![\wäöüß])(?:hatte|hat|habe|hätte)\s+(?:der|die|das|dieser|diese|dieses)\s+"
    rf"{context.cue_words('deal_nouns')}\s+(?:[\wäöüß]+\s+){{0,3}}?(?:einen\s+)?(?:gesamt)?wert\s+von\s+(?:[\wäöüß]+\s+)?$"
)

# Right after an amount: whom it goes to besides the sellers ("3 Milliarden (in Aktien) für die Mitarbeiter").
_FOR_THE_STAFF_AFTER = re.compile(
    r"(?i)\s+(?:in\s+(?:\w+\s+)?" + _SHARE_WORDS + r"\s+)?(?:für|an)\s+(?:die\s+|seine\s+|ihre\s+)?"
    + context.cue_words("staff")
)
# What may stand around an amount that forms a clause of its own ("...: rund 21,8 Milliarden Dollar.").
_BARE_AMOUNT = re.compile(r"^[\s.!]*$")
# "Das entspricht etwa 17,2 Milliarden Euro.", "Umgerechnet sind das ...": a conversion of an amount named before.
_EUR_PER_USD = (0.65, 0.98)  # the range of the exchange rate over the years of the story (2014 to 2021), generously


def _converts_an_earlier_price(sentence_text: str, rel_start: int, mention: MoneyMention,
                               earlier_prices: tuple[MoneyMention, ...]) -> bool:
    """'Das entspricht etwa 17,2 Milliarden Euro.' after a price in dollars: the same sum converted."""
    return _converted_price(sentence_text, rel_start, mention, earlier_prices) is not None


def _converts_a_price_before(text: str, sent_start: int, mention: MoneyMention, passage: Passage) -> bool:
    """'... umgerechnet rund 17 Milliarden Euro, da die Aktie gestiegen ist; in Dollar sind das knapp 22 Milliarden':
    the amount converts a price accepted before it (a bare amount in the currency its sentence frames)."""
    framed = mention if mention.currency is not None else _with_framed_currency(text, sent_start, mention)
    # (the text on after the amount: a conversion verb may end its clause, "..., was 14 Milliarden Euro entsprach")
    return _converts_an_earlier_price(text[sent_start : mention.end + 40], mention.start - sent_start, framed,
                                      passage.earlier_prices)


_CONVERSION_VERB_AFTER = re.compile(rf"(?i)[ \t\u00a0]+{context.cue_words('conversion_verb_after')}(?![\wäöüß])")


def _converted_price(sentence_text: str, rel_start: int, mention: MoneyMention,
                     earlier_prices: tuple[MoneyMention, ...]) -> MoneyMention | None:
    """The earlier price that `mention` converts, when its sentence says it converts one: the latest
    earlier price in the other currency, if it converts to this amount at a plausible rate. The cue stands before the
    amount, or is the verb that ends its relative clause right after it ("..., was damals 14 Milliarden Euro entsprach")."""
    if mention.currency is None:
        return None
    if not (context.has("conversion_cue", sentence_text[:rel_start])
            or _CONVERSION_VERB_AFTER.match(sentence_text, rel_start + mention.end - mention.start)):
        return None
    named = [m for m in find_money(sentence_text[:rel_start]) if m.value >= MIN_PRICE and m.currency not in (None, mention.currency)]
    if named and not any(price.value == named[-1].value and price.currency == named[-1].currency for price in earlier_prices):
        return None  # "Zum Vergleich: 19 Mrd. Dollar entsprechen etwa 13,9 Mrd. Euro": it converts the sum its sentence names
    for price in reversed(earlier_prices):
        if price.currency is None or price.currency == mention.currency:
            continue
        return price if _at_the_exchange_rate(price, mention) else None
    return None


_PART_OF_BEFORE_OPENING = re.compile(rf"(?i)^\W*{context.cue_words('part_of_before_openers')}(?![\wäöüß])")
# "davon" after the finite verb, right before the amount (a qualifier between): "... entfallen davon 16 Milliarden".
_DAVON_IN_THE_MIDFIELD = re.compile(r"(?i)(?<![\wäöüß])[a-zäöüß]+\s+(?:davon|hiervon)\s+(?:(?:rund|etwa|knapp|gut|fast)\s+)?$")


def _base_of_the_price_before(sentence_text: str, mention: MoneyMention, passage: Passage, rel_start: int) -> bool:
    """'Facebook übernimmt WhatsApp für 19 Mia. $. Davon entfallen 16 Mia. $ auf Cash und Aktien, ...': a sentence that
    opens by taking a part of the price just before and names that part cash and shares together is the base price
    (the lead's D19), a price of its own; a part that is not that base ('Davon entfallen 4 Mia. auf Bargeld') stays a
    part (`deal_component`, judged before). The "davon" may stand after the fronted kinds and the verb ('Auf Bargeld
    und eigene Papiere entfallen davon 16 Milliarden Dollar'; issue 7, session 59, prec59, challenge_gen36-005)."""
    return (passage.price_just_before and (_PART_OF_BEFORE_OPENING.match(sentence_text) is not None
                                           or _DAVON_IN_THE_MIDFIELD.search(sentence_text, 0, rel_start) is not None)
            and context.has("deal_total", sentence_text)
            and any(price.value > mention.value for price in passage.window_prices))


def _named_as_the_base(clause: str, passage: Passage) -> bool:
    """'Der Preis setzt sich aus mehreren Teilen zusammen. Den Kern bilden 16 Milliarden Dollar, davon vier Milliarden
    ... in bar': an amount its clause names the core or base of the price (deal.json `base_of_price`), in a passage about
    buying or paying, is the announced base price (the lead's D19, answer of 17:24, session 32: own56-001, own28-002), a
    price of its own also among listed parts; the parts after its own 'davon' and 'den Großteil machen' stay parts."""
    return context.has("base_of_price", clause) and (
        context.about_acquisition(passage.window) or context.about_paying(passage.window) or passage.price_just_before)


def _continues_price_talk(sentence_text: str, passage: Passage) -> bool:
    """'Insgesamt waren das 19 Mrd. US-Dollar.', 'Mal ist von 16 Milliarden die Rede ...': a sentence that
    refers back to a price talked of in the sentence before (same block) or in the block's heading, or
    to a price stated in the sentence just before in any block (the entries of a live ticker)."""
    if not context.has("price_reference", sentence_text):
        return False
    if context.match("it_is_opening", sentence_text) is not None and (
            passage.window_prices or passage.replied_prices or context.about_paying(passage.sentence_before)):
        # "Dafür bezahlt Facebook sehr viel Geld.\nEs sind 19 Milliarden Dollar.": the expletive's sum is the one
        # paid in the sentence before, or a price two sentences back (a reply after its label), across lines
        return True
    return (context.about_paying(passage.previous_sentence) or context.about_paying(passage.intro)
            or passage.price_just_before or _price_resumed_by_a_demonstrative(sentence_text, passage))


# A sentence opened by a demonstrative pronoun as its subject, no noun after it ("Der ist inzwischen gestiegen!", "Die lag
# bei ...", "Dieser wurde ..."): it resumes the noun the sentence before ends on or asks about.
_DEMONSTRATIVE_SUBJECT = re.compile(r"(?i)\W*(?:und\s+)?(?:der|die|das|dieser|diese|dieses)\s+(?:ist|war|wird|wurde|hat|hatte|"
                                    r"lag|liegt|stieg|steigt|sank|sinkt|blieb|bleibt)(?![\wäöüß])")


def _price_resumed_by_a_demonstrative(sentence_text: str, passage: Passage) -> bool:
    """'Und der Preis? Der ist inzwischen gestiegen! Jetzt sind es fast 22 Milliarden Dollar.': the sentence before opens
    with a demonstrative pronoun as its subject, which resumes what the sentence before it speaks of; where that speaks
    of the price or the deal (and of no other money: "Und der Börsenwert? Der ist gestiegen!"), the sum "es" stands for
    two sentences on is the price. German resumes a topic by the demonstrative "der/die/das" at the head of the next
    sentence; the topic's noun need not be repeated. Issue 7, session 47, prec47 (own84-015: children's news)."""
    previous = passage.previous_sentence
    if not previous or _DEMONSTRATIVE_SUBJECT.match(previous) is None:
        return False
    before = passage.text[: max(0, len(passage.text) - len(sentence_text))].rstrip()
    at = before.rfind(previous.strip())
    topic = before[:at].rstrip() if at > 0 else ""
    topic = re.split(r"(?<=[.!?:])\s+", topic)[-1] if topic else ""
    return (bool(topic) and context.about_paying(topic) and not context.has("not_price_nouns", topic + " " + previous)
            and not context.has("not_price_nouns_cs", topic + " " + previous))


def _deal_resumed_by_a_demonstrative(clause: str, passage: Passage) -> bool:
    """'Es geht um irreführende Angaben zur Übernahme von WhatsApp. Die hat damals 19 Milliarden Dollar gekostet, daher
    wirkt die Strafe winzig': the amount's clause opens (after its layout lead) with a demonstrative pronoun
    as its subject, no noun after it (`_DEMONSTRATIVE_SUBJECT`), which resumes what the sentence before speaks of; where
    that sentence names WhatsApp's purchase and no penalty or other money, the clause tells what the purchase cost, and a
    fine named in another clause of the sentence is no cue of the amount (issue 7, session 53, prec53)."""
    before = passage.sentence_before
    if not before or _DEMONSTRATIVE_SUBJECT.match(clause, body_start(clause, 0, len(clause))) is None:
        return False
    return (context.about_acquisition(before) and context.has("target", before) and not context.has("penalty", before)
            and not context.has("not_price_nouns", before) and not context.has("not_price_nouns_cs", before))


def _totals_the_parts(sentence_text: str, mention: MoneyMention, passage: Passage) -> bool:
    """'Der Kaufpreis: 16 Mrd. Dollar. Hinzu kommen Aktien für 3 Mrd. Dollar. Macht zusammen 19 Mrd. Dollar.':
    a sum ("zusammen", "insgesamt") that is a price of the two sentences before plus the parts of the deal
    the sentence just before adds. The sum must add up: a total of costs, taxes or shares someone holds
    does not ("Hinzu kommen Serverkosten von 2 Mrd. ...", "Zusammen besitzen die Gründer Aktien für 12 Mrd.")."""
    previous = passage.previous_sentence
    if not (passage.window_prices and context.has("price_reference", sentence_text)
            and context.has("deal_component", previous)):
        return False
    if (context.has("not_price_nouns", previous) or context.has("not_price_nouns_cs", previous)
            or context.has("other_targets", previous)):
        return False
    parts = sum(m.value for m in find_money(previous) if m.has_scale)
    return parts > 0 and any(abs(price.value + parts - mention.value) <= 0.01 * mention.value
                             for price in passage.window_prices)


_MOST_PARTS = 6  # the last amounts before a total that may be its parts (a deal has two to four)


def _adds_up_the_parts(sentence_text: str, rel_start: int, mention: MoneyMention, passage: Passage) -> bool:
    """'4 Mrd. Dollar fließen in bar, 12 Mrd. in Aktien, hinzu kommen 3 Mrd. ... Alles in allem sind das 19 Mrd.':
    a total ("zusammen", "alles in allem", "unter dem Strich") that two or more amounts named before it in its
    passage add up to, where that passage speaks of the deal's parts or its price; not the costs, revenues or
    other purchases a passage adds up ("Umsatz von 10 Mrd. und Gewinn von 9 Mrd. ... insgesamt 19 Mrd.")."""
    if not context.has("price_reference", sentence_text):
        return False
    before = passage.window[: len(passage.window) - len(sentence_text) + rel_start]
    if not (context.has("deal_component", before) or passage.window_prices) or (
        context.has("not_price_nouns", before) or context.has("not_price_nouns_cs", before)
        or context.has("other_targets", before)
    ):
        return False
    amounts = [m for m in find_money(before) if m.has_scale and m.value >= MIN_PRICE][-_MOST_PARTS:]
    if len({m.currency for m in [*amounts, mention]} - {None}) > 1:
        return False  # dollars and euros around it: which parts it adds is not clear
    return _adds_up_to([m.value for m in amounts], mention.value, 0.01, range(2, len(amounts) + 1))


def _adds_up_to(values: list[float], total: float, tolerance: float, sizes: Iterable[int]) -> bool:
    """Do `sizes` many of `values` (any choice of them) sum to `total`, within `tolerance` of it (relative)?"""
    return any(abs(sum(chosen) - total) <= tolerance * total
               for size in sizes for chosen in itertools.combinations(values, size))


def _about_paying_for_the_target(sentence_text: str, passage: Passage) -> bool:
    """Does the sentence speak of buying or paying? "wert" alone counts only when the sentence itself
    speaks of WhatsApp ("Der japanische Konzern ist 18 Milliarden Dollar wert" is about someone else)."""
    if context.has("acquisition", sentence_text) or context.has("price_context", sentence_text):
        return True
    if context.has("price_context_cs", sentence_text):
        return True
    return context.has("acquisition_cs", sentence_text) and (
        passage.target_in_sentence or (passage.target_in_doc and context.refers_to_target(sentence_text))
    )


# Right after an amount that opens its sentence: a plural copula and a predicate noun judging the sum ("Neunzehn
# Milliarden Dollar sind eine Wette darauf, ...", "19 Mrd. Dollar waren kein Schnäppchen"); "sind es" counts up.
_JUDGED_AFTER = re.compile(r"(?i)\s+(?:sind|waren)\s+(?:eine?|kein(?:e|en)?|viel|zu\s+viel|mehr)(?![\wäöüß])")
_OPENING = re.compile(r"(?:^|:)[^\w:]*$")  # the sentence's start, or a quote's after a colon ("meint: „...")


def _sum_judged(sentence_text: str, rel_start: int, rel_end: int) -> bool:
    """'„Neunzehn Milliarden Dollar sind eine Wette darauf, dass ...“': the amount opens its sentence as the subject
    of a judgement; in a passage about the purchase, the sum judged is its price (the sentence names no payer)."""
    return (_OPENING.search(sentence_text, 0, rel_start) is not None
            and _JUDGED_AFTER.match(sentence_text, rel_end) is not None)


def _answers_a_price_question(passage: Passage, sentence_text: str) -> bool:
    """'Wie viel hat Facebook bezahlt?' / '19 Milliarden Dollar, davon ...': the answer of a FAQ or Q&A
    block whose question asks for the price ("wert" alone asks for a price only when it names WhatsApp), or the
    sentence right after such a question in any block (a transcript: 'Sie schreibt: „Wie viel hat Facebook für
    WhatsApp bezahlt?“' - 'Brenner: Das waren damals rund 19 Milliarden Dollar.'). Not an answer a label gives as
    hearsay ('Gerüchte: 21 Milliarden Dollar.', deal.json hearsay_label): whose figure it is, not the text's."""
    if context.has("hearsay_label", sentence_text):
        return False
    if not passage.in_answer:
        # across blocks only a question for money ("Wie viel hat Facebook ... gezahlt?"), not for a count
        question = _question_just_before(passage.window, sentence_text, over_instructions=True)
        # "Für wie viel Geld hatte Facebook WhatsApp gekauft?" (a quiz's question before its answer line): "wie viel"
        # with a verb of buying asks for the price as a paying word does (issue 7, session 31, price53, own53-044)
        asks_money = context.has("price_context", question) or (
            _ASKS_HOW_MUCH.search(question) is not None and context.about_acquisition(question))
        return (asks_money and not _ASKS_A_COUNT.search(question)
                and not context.names_only_another_target(question) and not _unreal_question(question))
    question = passage.intro
    if not question or context.names_only_another_target(question) or _unreal_question(question):
        return False  # "Wie viel zahlte Facebook für Instagram?"
    asks_price = context.has("acquisition", question) or context.has("price_context", question) or context.has(
        "price_context_cs", question
    )
    return asks_price or (context.about_acquisition(question) and context.has("target", question))


# A question for the sum in the other currency ("Wieviel ist das in Euro?", "Und in Dollar?", "Was macht das umgerechnet?").
_CONVERSION_QUESTION = re.compile(r"(?i)(?<![\wäöüß])(?:in\s+(?:euro|dollar|us-dollar)|umgerechnet)(?![\wäöüß])[^?\n]{0,40}\?")
MAX_ANSWER_GAP = 160  # characters between a conversion question and its answer (a reply's stamp, a remark)


def _answers_a_conversion_question(text: str, sent_start: int, mention: MoneyMention, passage: Passage) -> bool:
    """'19 Milliarden Dollar!!' ... 'Wieviel ist das in Euro? Ich kann mir unter Dollar nix vorstellen.' / (a reply's
    stamp) / 'Knapp 14 Milliarden Euro.': an amount after a question for the sum in another currency (at most
    MAX_ANSWER_GAP characters back, no big amount between) that converts the latest price accepted before it at the
    exchange rate is that price converted. Issue 7, session 59, prec59 (own110-018)."""
    if mention.currency not in ("USD", "EUR") or not passage.earlier_prices:
        return False
    asked = list(_CONVERSION_QUESTION.finditer(text, max(0, sent_start - MAX_ANSWER_GAP), sent_start))
    if not asked or any(m.value >= MIN_PRICE for m in find_money(text[asked[-1].end() : sent_start])):
        return False
    converted = next((price for price in reversed(passage.earlier_prices)
                      if price.currency not in (None, mention.currency)), None)
    return converted is not None and _at_the_exchange_rate(converted, mention)


# The label of an answer key's line, read by the one reader of item labels (models/layout_marks.py `item_label`; issue 7,
# session 51, layout51), a blank after it: a number ("3: Auf fast 22 Milliarden Dollar.", "Zu 3: ...", "Antwort 3) ...")
# or a letter ("c) 19 Mrd. · 0,8 = ...", "zu b) ..."), perhaps after "zu", "Nr." or a key's label (deal.json
# answer_key_labels); group "label" the question's number or letter. `_NUMBERED_ANSWER`: a number only, the question
# a key's figure answers (`_answers_a_numbered_price_question`); `_LABELLED_ANSWER`: either, a new item of a list.
_ANSWER_LABELS = rf"zu|nr\.?|{context.cue_words('answer_key_labels')}"
_NUMBERED_ANSWER = re.compile(item_label(_ANSWER_LABELS, ITEM_NUMBER) + r"[^\S\n]+")
_LABELLED_ANSWER = re.compile(item_label(_ANSWER_LABELS, f"{ITEM_NUMBER}|{ITEM_LETTER}") + r"[^\S\n]+")


def _numbered_question(text: str, sent_start: int) -> str:
    """The question a numbered answer line answers: the sentence at `sent_start` opens its line with a number label
    ("3: Auf fast 22 Milliarden Dollar.") and a line above, before its block, asks the question of that number ("Frage 3:
    Auf welchen Wert war der Preis ... gestiegen?"); the last such line. "" where there is none."""
    line_start = text.rfind("\n", 0, sent_start) + 1
    if text[line_start:sent_start].strip():
        return ""  # not the line's first sentence: the rest of an answer, no answer of its own
    answer = _NUMBERED_ANSWER.match(text, sent_start)
    if answer is None:
        return ""
    above = text[: text.rfind("\n\n", 0, line_start) + 1]
    questions = numbered_questions(above, answer.group("label"))
    return questions[-1] if questions else ""


def _opens_a_labelled_item(text: str, sent_start: int) -> bool:
    """Does the sentence at `sent_start` open a new item of a lettered or numbered list ("b) ...", "3. ...", "Nr. 2:
    ...") whose line follows a blank line: an item of its own, not the going on of the item before?"""
    line_start = text.rfind("\n", 0, sent_start) + 1
    if text[line_start:sent_start].strip() and not _LABELLED_ANSWER.fullmatch(text, line_start, sent_start):
        return False
    if not _LABELLED_ANSWER.match(text, line_start):
        return False
    return line_start >= 2 and not text[max(0, text.rfind("\n", 0, line_start - 1)) : line_start].strip()


def _answers_an_unreal_labelled_question(text: str, mention: MoneyMention) -> bool:
    """'c) Angenommen, die Aktie wäre bis Oktober um 20 % gefallen. Welchen Wert hätte der Kauf dann gehabt?' ...
    'Lösungen' / 'c) 19 Mrd. · 0,8 = 15,2 Mrd. US-Dollar': the amount stands on a key's line labelled with a question's
    number or letter, apart from its questions (a block above, before the last blank line), and the question of that
    label asks what would be or would have been (`_unreal_question`): the answer is as unreal as its question (D55 (b);
    a known price the answer takes up stands by `_restates_a_known_price`). Issue 7, session 50, prec50 (own92-012)."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    answer = _LABELLED_ANSWER.match(text, line_start)
    if answer is None or answer.end() > mention.start:
        return False
    above = text[: text.rfind("\n\n", 0, line_start) + 1]
    questions = numbered_questions(above, answer.group("label"))
    return bool(questions) and _unreal_question(questions[-1])


def _answers_a_numbered_price_question(text: str, sent_start: int) -> bool:
    """'Frage 3: Auf welchen Wert war der Preis für WhatsApp bis zum Abschluss gestiegen?' ... 'Lösungen' / '3: Auf fast
    22 Milliarden Dollar.': a quiz or exercise whose answer key stands apart from its questions, each answer line
    labelled with its question's number; the answer's figure answers that question (`_numbered_question`), a price
    where the question asks for money of the deal (a paying or price word, or "wie viel" with a buying word) and not
    for a count, another company's deal or an unreal case ("Welche Summe zahlte Microsoft für LinkedIn?", "Wie hoch war
    das Bußgeld ...?": the guards of the amount's clause and size judge those too). Issue 7, session 47, prec47
    (own86-018: a pub quiz's solutions)."""
    question = _numbered_question(text, sent_start)
    if not question:
        return False
    asks_money = context.has("price_context", question) or (
        _ASKS_HOW_MUCH.search(question) is not None and context.about_acquisition(question))
    return (asks_money and not _ASKS_A_COUNT.search(question) and not context.has("penalty", question)
            and not context.names_only_another_target(question) and not context.names_only_another_buyer(question)
            and not _unreal_question(question))


# A polite request in the Konjunktiv II ("Könnten Sie sagen, ...?"): its mood asks politely, it imagines nothing.
# (deal.json polite_request_finites, polite_request_verbs; moved from inline lists in session 46, prec46)
_POLITE_REQUEST = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('polite_request_finites')}\s+(?:sie|du|ihr)\s+"
                             rf"(?:mir\s+|uns\s+)?(?:bitte\s+)?{context.cue_words('polite_request_verbs')}(?![\wäöüß])")


def _unreal_question(question: str) -> bool:
    """Does `question` ask what would be or would have been (a finite verb in the Konjunktiv II, deal.json
    counterfactual_finites: "Angenommen, ein Wettbewerber hätte nur 30 USD je Nutzer angesetzt. Welcher Preis hätte
    sich ergeben? (Lösung: 13,5 Mrd. USD)")? Its answer is as unreal as the question: no price told by answering it
    (D55 (b); a known price taken up again stands by `_restates_a_known_price`; issue 7, session 45, prec45,
    own81-005). Not a polite request ("Könnten Sie sagen, wie viel Facebook bezahlt hat?") nor a rhetorical surprise
    ("Wer hätte gedacht, wie viel ...?", `_SURPRISE_MATRIX`)."""
    return mood.unreal_finite(question) and _POLITE_REQUEST.search(question) is None \
        and _SURPRISE_MATRIX.search(question) is None


# A surprise asked in the Konjunktiv II ("Wer hätte gedacht, wie viel Facebook für WhatsApp zahlen würde?", "Wer hätte
# gewusst, ...?"): a rhetorical frame over a real fact, its clause's "würde" the future of the past (review45, session
# 45).
# (deal.json surprise_participles; moved from an inline list in session 46, prec46)
_SURPRISE_MATRIX = re.compile(r"(?i)(?<![\wäöüß])wer\s+hätte\s+(?:das\s+|es\s+|schon\s+|denn\s+){0,2}"
                              rf"{context.cue_words('surprise_participles')}(?![\wäöüß])")


# An elliptic question of amount, the whole question (deal.json elliptic_amount_questions, with the particles of
# elliptic_question_particles after it): "Wie tief?", "Und zwar?", "Für wie viel genau?".
_ELLIPTIC_AMOUNT_QUESTION = re.compile(
    rf"(?i)\s*[„\"»]?{context.cue_words('elliptic_amount_questions')}"
    rf"(?:\s+{context.cue_words('elliptic_question_particles')}){{0,2}}\s*\?[“\"«]?\s*"
)
# The question's start in the window: after the last sentence end or colon before it.
_BEFORE_THE_QUESTION = re.compile(r"(?s)^(?P<before>.*[.!:\n])?[^.!:\n]*\?[“\"«]?\s*$")
# At most one word before an answer's figure ("Satte 19 Milliarden.", "Genau 19 Milliarden Dollar."), not a label with a
# colon: "Gerüchte: 22 Milliarden", "Schätzung: ..." name whose figure it is, and it is not the answerer's.
_ANSWER_OPENING = re.compile(r"^[\s„\"»–-]*(?:[\wäöüß]+,?\s+)?$")
# A dialogue turn's label at the start of a line ("TOCHTER:", "Frau Keller (lacht):") and the same label ending the text
# before a question: a speaker's name, if it opens several lines (`_speaker_label`).
_TURN_LABEL = re.compile(r"[ \t]*(?P<label>[^\n:.!?]{1,40}):[ \t]*")
_TURN_LABEL_AT_END = re.compile(r"\n[ \t]*[^\n:.!?]{1,40}:[ \t]*$")
# The most words of a short answer to a question before it ("Facebook.", "Der Facebook-Konzern.").
_SHORT_ANSWER_WORDS = 4


def _answers_an_elliptic_amount_question(passage: Passage, sentence_text: str, rel_start: int,
                                         text_before: str = "") -> bool:
    """'Facebook griff für WhatsApp tief in die Tasche. Wie tief? 19 Milliarden Dollar.': a question that is only a
    word of amount asks how much of what the sentence before it tells; when that sentence pays or buys (deal.json
    price_context, acquisition) and names no other buyer or company bought, a figure that opens the next sentence
    answers with the price (issue 7, session 40, recall40). Not after a sentence in the Konjunktiv II ("Hätte Facebook
    gewartet, hätte es tiefer in die Tasche greifen müssen. Wie tief?": the answer is as unreal as its question), not a
    question with a noun of its own ("Wie hoch ist der Börsenwert?"), not a figure inside a sentence of its own."""
    opening = sentence_text[:rel_start]
    turn = _TURN_LABEL.match(opening)
    if turn is not None and _speaker_label(passage.window, turn.group("label")):
        opening = opening[turn.end() :]  # "TOCHTER: 19 Milliarden Dollar.": a dialogue's turn (issue 7, session 47, prec47)
    if _ANSWER_OPENING.match(opening) is None:
        return False
    window = passage.window[: max(0, len(passage.window) - len(sentence_text))]
    question = _question_just_before(passage.window, sentence_text)
    if not question or _ELLIPTIC_AMOUNT_QUESTION.fullmatch(question) is None:
        return False
    before = _BEFORE_THE_QUESTION.match(window.rstrip())
    told = (before.group("before") or "") if before is not None else ""
    # the asker's label that opens the question's turn ("VATER: Für wie viel?") is no sentence of what was told
    told = _TURN_LABEL_AT_END.sub("", told)
    told = re.split(r"(?<=[.!?:])\s+", told.strip())[-1] if told.strip() else ""
    if told and len(_GAP_WORD.findall(told)) <= _SHORT_ANSWER_WORDS:
        # "Wer hat WhatsApp gekauft? Facebook. Für wie viel? Rund 19 Mrd. USD.": the sentence before is a short answer
        # to a question of its own (the window may have cut it off: the text before it); question and answer together
        # tell what was bought (issue 7, session 54, prec54)
        earlier = text_before[: text_before.rfind(told)] if told in text_before else ""
        asked = re.split(r"(?<=[.!?:])\s+", earlier.strip())[-1] if earlier.strip() else ""
        if asked.endswith("?") and _ELLIPTIC_AMOUNT_QUESTION.fullmatch(asked) is None:
            told = f"{asked} {told}"
    return (bool(told) and context.about_paying(told) and not context.has("counterfactual_finites", told)
            and not context.names_only_another_target(told) and not context.names_only_another_buyer(told))


# What the sellers receive as the whole of the price: cash and shares together (either order), then the amount headed
# by "im (Gegen-|Gesamt-)Wert von", "(einen) Gegenwert von" or "in Höhe von".
_CASH_AND_SHARES = re.compile(
    rf"(?i)(?<![\wäöüß])(?:(?:{context.cue_words('cash_words')})(?:geld)?|geld)\s+(?:und|sowie|plus)\s+(?:in\s+)?(?:[\wäöüß]+\s+)?"
    rf"(?:[\wäöüß]+-)?{context.cue_words('share_words')}(?![\wäöüß])"
    rf"|(?<![\wäöüß-]){context.cue_words('share_words')}\s+(?:und|sowie|plus)\s+(?:in\s+)?(?:[\wäöüß]+\s+)?"
    rf"(?:{context.cue_words('cash_words')})(?:geld)?(?![\wäöüß])"
)
_IN_KIND_HEAD = re.compile(r"(?i)(?<![\wäöüß])(?:(?:im|einem|einen)\s+(?:gegen|gesamt)?wert|gegenwert|in\s+höhe)\s+von\s+$")
_RECEIVING_SELLERS = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('receiving_sellers')}(?![\wäöüß])")
_RECEIVING_VERB = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('receiving_verbs')}(?![\wäöüß])")


def _received_in_cash_and_shares(text: str, mention: MoneyMention, clause: str) -> bool:
    """'Die Gründer erhalten Aktien und Bargeld im Gegenwert von 19 Milliarden Dollar': the sellers as a class
    (deal.json receiving_sellers: plural nouns) receive (receiving_verbs) cash and shares together, the whole of what
    they are paid, worth the amount; in a passage about the purchase of WhatsApp that is its price (issue 7, session 40,
    recall40). Not one founder's own share ("Koum erhält ..."), not shares alone ("Aktien im Wert von 12 Milliarden":
    a part), not what a company holds ("Facebook verfügt über Bargeld und Aktien im Wert von ...": no receiving)."""
    if _IN_KIND_HEAD.search(text, max(0, mention.start - 30), mention.start) is None:
        return False
    return (_CASH_AND_SHARES.search(clause) is not None and _RECEIVING_SELLERS.search(clause) is not None
            and _RECEIVING_VERB.search(clause) is not None)


_ASKS_A_COUNT = re.compile(r"(?i)(?<![\wäöüß])wie\s+viele(?![\wäöüß])")
_ASKS_HOW_MUCH = re.compile(r"(?i)(?<![\wäöüß])wie\s*viel(?![\wäöüß])")  # "(Für/Um) wie viel (Geld)", not "wie viele"
# A question ending the text before an amount's sentence: after the last sentence end or colon, up to "?" and quotes.
_QUESTION_AT_END = re.compile(r"(?:^|[.!:\n])\s*[„\"»]?(?P<question>[^.!:?\n]+\?)[“\"«]?\s*$")


# A task's instruction after its question, one sentence in the imperative ("Nenne auch den Teil in bar.", "Runden Sie
# auf Milliarden."; deal.json task_imperatives), ending the text before the answer.
_INSTRUCTION_AT_END = re.compile(
    rf"(?i)(?<=[?])\s*(?:bitte\s+)?{context.cue_words('task_imperatives')}(?![\wäöüß])[^.!?:\n]*[.!]\s*$")


# An answer key's label opening the answer's sentence (deal.json answer_key_labels): "Lösung:", "Erwartete Antwort:".
_ANSWER_KEY_LABEL = re.compile(
    rf"(?i)\W*(?:[\wäöüß-]+[ \t]+){{0,2}}?{context.cue_words('answer_key_labels')}(?:[ \t]+[\wäöüß-]+){{0,2}}?[ \t]*:")


def _question_just_before(window: str, sentence_text: str, *, over_instructions: bool = False) -> str:
    """The question that the text before the amount's sentence (in `window`, which ends with it) ends with, else "".
    `over_instructions`: also a question followed by one imperative instruction of the same task ("Wie viel hat Facebook
    für WhatsApp bezahlt? Nenne auch den Teil in bar." / "Erwartete Antwort: 19 Milliarden Dollar."): the instruction
    is the task's, its answer still answers the question (issue 7, session 46, prec46, own84-013)."""
    end = max(0, len(window) - len(sentence_text))
    match = _QUESTION_AT_END.search(window, 0, end)
    # (only where the answer opens with an answer key's label, "Lösung:", "Erwartete Antwort:": a layout that says the
    # line answers the task; a report after it, "Die meisten schrieben: 20 Milliarden Dollar", tells others' answers;
    # review46)
    if match is None and over_instructions and _ANSWER_KEY_LABEL.match(sentence_text) is not None:
        instruction = _INSTRUCTION_AT_END.search(window, 0, end)
        # (not an instruction that asks for another quantity: "Nenne den Umsatz von Facebook 2014.")
        if instruction is not None and not context.has("not_price_nouns", instruction.group()):
            match = _QUESTION_AT_END.search(window, 0, instruction.start())
    return "" if match is None else match.group("question")


# "• Wert beim Abschluss im Oktober 2014: ca. 21,8 Mrd. $" in a fact box about the purchase.
_LABEL = re.compile(r"\W*(?P<label>[^:\n]{2,60}):\s*$")


def _fact_box_label(text: str, mention: MoneyMention, passage: Passage, sent_start: int) -> bool:
    """A list item 'Label: amount' whose label names a price or value, in a list introduced by the deal; or a
    sentence that is only such a label and amount right after a sentence about the purchase ("Oktober 2014: Die
    Übernahme ist abgeschlossen. Wert zum Vollzug: rund 22 Milliarden Dollar.")."""
    if passage.in_list_item:
        start, introduced = text.rfind("\n", 0, mention.start) + 1, context.about_acquisition(passage.intro)
    else:
        start = sent_start
        introduced = bool(passage.previous_sentence) and context.about_acquisition(passage.previous_sentence)
    return introduced and _names_a_price(_LABEL.match(text, start, mention.start))


def _names_a_price(label: re.Match[str] | None) -> bool:
    """Does a `_LABEL` match name a price or value ("Kaufpreis:", "Wert zum Vollzug:"), not another sum
    ("Börsenwert: ..." is no price)?"""
    return (label is not None and context.has("price_label", label.group("label"))
            and not context.has("not_price_nouns", label.group("label")))


def _labelled_price_no_rival(text: str, mention: MoneyMention, sent_start: int) -> bool:
    """'Kaufpreis: 19 Mrd. $' in a caption or fact box of WhatsApp's takeover that names no buyer at all: a label
    that names the price says whose price it is when the text names no other buyer either (the caller has found
    WhatsApp's purchase around it)."""
    label = _LABEL.match(text, sent_start, mention.start) or _LABEL.match(
        text, text.rfind("\n", 0, mention.start) + 1, mention.start)
    return _names_a_price(label) and not context.has("other_buyers", text)


_FOR_BEFORE = re.compile(r"(?i)(?<![\wäöüß])für\s+(?:[„\"»]?[\wäöüß]+[“\"«]?\s+){0,2}$")
# "Um umgerechnet knapp 14 Milliarden Euro ging der Messenger an Zuckerberg": "um" + amount opening the sentence
# (the Austrian "um" of a price; "stieg um" is a rise, and never opens a sentence).
_UM_OPENS = re.compile(r"(?i)\W*um\s+(?:[\wäöüß]+\s+){0,2}$")


# Right after an amount: "für WhatsApp", the amount's own phrase of what it paid for, whatever company a coordinated phrase
# before it named ("der 2012 eine Milliarde Dollar für Instagram und zwei Jahre später 19 Milliarden für WhatsApp
# ausgab", own69-049; issue 7, session 39, recall39).
_FOR_NAMED_TARGET_AFTER = re.compile(rf"(?i)[ \t]+für[ \t]+{context.cue_words('target')}(?![\wäöüß-])")


# "gehört wie Instagram zum Konzern": "wie" and a name after a word in lower case (a verb or an adverb, not a noun:
# "Dienste wie Instagram" lists rivals, context.without_listed_rivals): the name is the standard of a comparison, not
# the subject or object of the clause. Case-sensitive.
_LIKE_ADJUNCT = re.compile(r"(?<=[a-zäöüß] )wie\s+(?:[A-Z][\w-]*)(?:\s+(?:und|oder)\s+[A-Z][\w-]*)?(?=\s+[a-zäöüß])")


def _without_like_adjuncts(sentence: str) -> str:
    """`sentence` with each comparison adjunct "wie" + a name blanked (offsets kept): "WhatsApp ... gehört wie
    Instagram zum Konzern – seit 2014, damals kostete der Messenger rund 19 Milliarden Dollar" names Instagram as what
    WhatsApp is compared with (issue 7, session 52, prec52, own96-049)."""
    if " wie " not in sentence:
        return sentence
    return _LIKE_ADJUNCT.sub(lambda match: " " * len(match.group()), sentence)


def _rivals_own_later_sums(sentence: str, rel_start: int, rel_end: int) -> bool:
    """Does no company stand before the amount, and each other company named in the sentence stand after it, in a
    clause of its own that holds a sum of its own ("Rechnet man den Kaufpreis von 19 Milliarden Dollar auf die Nutzer
    um, landet man bei gut 42 Dollar pro Kopf – für Instagram waren es über 30 Dollar": Instagram's clause has its 30
    Dollar)? Then the other company owns that sum, not the amount. Issue 7, session 52, prec52 (own96-004)."""
    if context.has("target", sentence[:rel_start]) or context.has("other_targets", sentence[:rel_start]):
        return False
    rivals = list(context.finditer("other_targets", sentence))
    if not rivals:
        return False
    for rival in rivals:
        left, right = context.clause_around(sentence, rival.start(), rival.end())
        if left <= rel_start < right or not any(
                found.end <= right for found in find_money(sentence[left:right])):
            return False
    return True


# A relative clause's opening right after its antecedent's comma ("der Messenger, den ...", "WhatsApp, für das ...").
_RELATIVE_AFTER_COMMA = re.compile(
    r"(?i),[^\S\n]*(?:(?:für|um|mit|an|bei|von)[^\S\n]+)?(?:den|die|das|dem|der|welche[nmrs]?)(?![\wäöüß])")
# What closes a relative clause, or stands between its opening and the amount only when the amount is not in it.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\n]|[^\S\n][–—-][^\S\n]")
# The antecedent's words right before the comma: WhatsApp by name, or a noun the target is called by ("der Messenger").
_TARGET_ANTECEDENT = re.compile(rf"(?i)(?:(?<![\wäöüß-])whats\s?app[\wäöüß-]*|(?<![\wäöüß])(?:der|den|dem|des)\s+"
                                rf"(?:[\wäöüß-]+\s+)?{context.cue_words('target_subject_nouns')}(?:s|es)?"
                                rf"(?:\s+whats\s?app)?)\s*$")


def _in_relative_of_the_target(sentence_text: str, rel_start: int, rel_end: int, target_in_doc: bool) -> bool:
    """'Zum Konzern gehört der Messenger, den Facebook im Jahr 2014 für 19 Milliarden Dollar gekauft hatte, sowie
    Oculus, das 2014 für rund 2 Milliarden Dollar übernommen wurde': the amount stands in a relative clause (opened
    right after a comma, no break between its opening and the amount) whose antecedent is WhatsApp, or a noun the
    target is called by (deal.json target_subject_nouns: "der Messenger") in a text that names WhatsApp, and the clause
    (up to its closing comma) names no other company bought: the clause tells of the target it hangs on, whatever
    company the sentence names after the clause. Issue 7, session 59, prec59 (own110-027, own80-042)."""
    openings = [m for m in _RELATIVE_AFTER_COMMA.finditer(sentence_text, 0, rel_start)]
    if not openings:
        return False
    opening = openings[-1]
    if _CLAUSE_BREAK.search(sentence_text, opening.end(), rel_start) is not None:
        return False
    antecedent = _TARGET_ANTECEDENT.search(sentence_text, max(0, opening.start() - 60), opening.start())
    if antecedent is None or (not target_in_doc and not context.has("target", antecedent.group())):
        return False
    close = _CLAUSE_BREAK.search(sentence_text, rel_end)
    relative = sentence_text[opening.end() : close.start() if close else len(sentence_text)]
    return not context.has("other_targets", relative)


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
_DEAL_COMPOUND = re.compile(rf"(?i)-{context.cue_words('deal_nouns')}")
# Right after an amount: "schwer", "teuer" or "kostspielig" inflected as the attribute of a purchase noun ("der 19
# Milliarden Dollar schweren Übernahme", "der 19 Milliarden Dollar teuren Übernahme", own55-024): like the compound,
# the noun says what the amount is, whatever else the clause speaks of.
_WEIGHT_OF_PURCHASE_AFTER = re.compile(
    rf"(?i)\s+(?:schwere|teure|kostspielige)[nmrs]?\s+(?:[\wäöüß-]+\s+)?{context.cue_words('deal_nouns')}(?:s|es)?(?![\wäöüß-])"
)


def _weighs_our_purchase(text: str, mention: MoneyMention, sentence: tuple[int, int]) -> bool:
    """'Die Genehmigung der 19 Milliarden Dollar schweren Übernahme bleibt von der Strafe unberührt': the amount is
    the weight of a purchase that its sentence, after the amount, does not say is of another company
    ("die 15 Milliarden Dollar schwere Übernahme von Mobileye" is judged by the other rules)."""
    weight = _WEIGHT_OF_PURCHASE_AFTER.match(text, mention.end)
    if weight is None:
        return False
    rest = text[weight.end() : sentence[1]]
    return not context.has("other_targets", rest) and not context.has("other_buyers", rest)
# "WhatsApp 2014: 19 Milliarden Dollar." in a list of purchases; "Facebook und WhatsApp: $19bn" in a ranking of deals;
# "WhatsApp (Facebook, 2014): 19 Mrd. Dollar" with buyer and year in one bracket.
_TARGET_LABEL = re.compile(
    r"(?i)(?:(?:facebook|meta)\s*(?:und|&|/|–|-|kauft|übernimmt)\s*)?whats\s?app"
    r"(?:\s*\(?(?:\d{4}|facebook|meta)(?:\s*,\s*(?:\d{4}|facebook|meta))?\)?)?\s*:\s*$"
)


# After the noun of the company: no example of another company ("für einen Lieferdienst wie Delivery Hero", "für eine
# Firma wie Nuance": the noun is the kind, the example is what it would be paid for; "für einen Dienst wie WhatsApp" is
# ours). Issue 7, session 39, recall39.
_NOT_AN_EXAMPLE = r"(?![ \t]+(?:etwa[ \t]+)?wie[ \t]+(?!whats\s?app))"


def _noun_or_compound(nouns: str) -> str:
    """A regex for a noun of `nouns` alone or as the head of a compound (the head of a German compound is its last
    part): hyphenated ("die Quassel-App", "EINE HANDY-APP") or closed behind a capitalised noun ("einen Chatdienst",
    "eine Softwarefirma"). The closed form is read case-sensitively, so a lower-case word that merely ends in a noun
    is none ("für eine knapp bemessene Frist": "knapp" ends in "app"; issue 7, session 39, the lead, from review39)."""
    return r"(?:[\wäöüß]+-)*(?:" + nouns + r"|(?-i:[A-ZÄÖÜ][a-zäöüß]*(?:" + nouns + r")))"


# Nouns for the company bought, after "für eine"/"in die" (with "Messenger", which each pattern below ends its own way).
_COMPANY_NOUNS = r"firma|unternehmen|start-?up|dienst|app|kurznachrichtendienst|chat-?app"
# "Neunzehn Milliarden für eine Firma, die ...": the amount paid for the company named nearby.
# (A comma may come between, and one inserted phrase: "19 Milliarden Dollar, am Ende sogar fast 22 Milliarden, für
# einen Dienst ohne Werbung": the apposition grades the sum, the "für" phrase still says what it bought.)
_FOR_THE_TARGET_AFTER = re.compile(
    r"(?i)(?:[ \t]*,[^,.;:!?\n]{1,60},)?[ \t]*,?[ \t]+(?:[–—-]\s+)?(?:für|in)\s+(?:die|den|das|eine|einen|ein)?\s*(?:whats\s?app|messenger\w*|"
    # a compound names the same noun, hyphenated or closed: "für die Quassel-App", "für Handy-Spiel-App", "für einen
    # Chatdienst", "für eine Softwarefirma" (the head noun of a German compound is its last; issue 7, session 39,
    # recall39, own69-003)
    + _noun_or_compound(_COMPANY_NOUNS) + r")\b" + _NOT_AN_EXAMPLE
)
# "19.000.000.000 Dollar. So viel war Facebook der Messenger wert.": the next sentence points back at the amount -
# with "so viel(e)" (also "Wer so viel Geld für ... ausgibt"), a demonstrative ("diese Summe", "Das ist der Betrag,
# den ..."), or a sum noun that a relative clause defines as what is paid ("Die Summe, die Facebook ... geboten hat").
_REFERS_BACK = re.compile(
    r"(?i)^\W*(?:so\s*viele?|das\s+(?:war|ist)\s+(?:der|die)\s+(?:[\wäöüß]+\s+)?" + context.SUM_NOUNS + r")\b"
    # (or after the colon of a lead-in that names no other thing's sum: "Der Referent beginnt mit der Zahl, die alle
    # kennen: So viel hat Facebook für WhatsApp bezahlt."; session 58, prec58, own107-039)
    r"|^[^:\n\d]{0,80}:\s+\W*so\s*viele?\b"
    r"|^\W*" + context.SUM_NOUN_DEFINED
    + r"|\bso\s+viel\s+geld\b"
    r"|\bdiese[rsnm]?\s+(?:(?:stolze|gewaltige|enorme|riesige)\w*\s+)?(?:summe|betrag|preis|geld)\b"
)


# "So viel Umsatz ...", "So viele Schulden ...": "so viel" with a noun of other money after it (deal.json not_price_nouns,
# an adjective may stand between) measures that noun's thing by the amount, not what was paid.
_SO_MUCH_OF_OTHER_MONEY = re.compile(
    rf"(?i)(?<![\wäöüß])so\s*viele?[^\S\n]+(?:[\wäöüß-]+(?:e|en|er|es|em)[^\S\n]+)?{context.cue_words('not_price_nouns')}")


def _next_sentence_refers_back(next_sentence: str) -> bool:
    """'So viel war Facebook WhatsApp wert.' right after the amount's sentence; not another buyer's sum ("Die Summe,
    die Google in Rechenzentren steckt, ..."), nor "so viel" of other money ("So viel Umsatz machte Facebook im Jahr,
    in dem es WhatsApp kaufte": the revenue; issue 7, session 54, prec54)."""
    return (_REFERS_BACK.search(next_sentence) is not None and context.about_paying(next_sentence)
            and not context.names_only_another_buyer(next_sentence)
            and _SO_MUCH_OF_OTHER_MONEY.search(next_sentence) is None)


def _paid_for_the_target(text: str, mention: MoneyMention, sentence_text: str, buyer_near: bool,
                         target_near: bool = False) -> bool:
    """'Für 19 Milliarden Dollar ging WhatsApp an Facebook', 'Zwei Jahre später folgte WhatsApp – für
    19 Milliarden Dollar', 'Um umgerechnet 14 Milliarden Euro ging der Messenger an Zuckerberg': 'für' (or a
    sentence-opening 'um') + amount with WhatsApp (or "der Messenger") in the sentence and Facebook in it or just before.
    With WhatsApp or its founders in the passage (`target_near`), the company may be called by a possessive and a
    company noun, the founder's company ("Im Februar 2014 nahm ihm Facebook sein Start-up ab, für 19 Milliarden Dollar";
    issue 7, session 39, recall39, challenge_gen16-001)."""
    before = text[max(0, mention.start - 40) : mention.start]
    at = sentence_text.find(text[mention.start : mention.end])
    return (
        (_FOR_BEFORE.search(before) is not None or (at >= 0 and _UM_OPENS.fullmatch(sentence_text, 0, at) is not None))
        and (context.has("target", sentence_text) or context.has("target_epithets", sentence_text)
             or (target_near and _POSSESSED_COMPANY.search(sentence_text) is not None))
        and (buyer_near or context.has("buyer", sentence_text))
    )


# A possessive determiner and a noun for a company ("sein Start-up", "ihre Firma", "seinen Dienst"): the company of the
# person the possessive points back at (`_paid_for_the_target`).
_POSSESSED_COMPANY = re.compile(r"(?i)(?<![\wäöüß])(?:sein|seine|seinen|ihr|ihre|ihren)\s+(?:[\wäöüß]+-)?(?:"
                                + _COMPANY_NOUNS + r")(?![\wäöüß])")


# Before an amount: a figure the sentence rejects in favour of the one before it ("..., nicht 15 Milliarden Euro",
# "- und nicht etwa 16 Milliarden"): a correcting apposition, not a statement of the price.
_REJECTED_ALTERNATIVE_BEFORE = re.compile(r"(?i)[,;–—(]\s*(?:und\s+|aber\s+)?nicht\s+(?:etwa\s+|erst\s+)?$")
# The same with the preposition and the article of the phrase it corrects, or another word of denial ("lag bei knapp
# 22 Milliarden Dollar, nicht bei den 20 Milliarden, die ...", "keineswegs um die 17 Milliarden"; deal.json
# denying_words; issue 7, session 38, price38).
_REJECTED_PHRASE_BEFORE = re.compile(
    rf"(?i)[,;–—(]\s*(?:und\s+|aber\s+)?{context.cue_words('denying_words')}\s+(?:etwa\s+|erst\s+)?"
    r"(?:(?:bei|auf|um|von|für|mit|über)\s+)?(?:(?:den|die|der|dem|jenen|jene)\s+)?$"
)


def _rejected_alternative(sentence_text: str, rel_start: int) -> bool:
    """Is the amount at `rel_start` the figure a correcting apposition rejects ("..., nicht 15 Milliarden Euro")? In
    the longer form (`_REJECTED_PHRASE_BEFORE`) a sum of the deal's size must stand before it in the sentence, the
    figure the correction keeps ("lag bei knapp 22 Milliarden Dollar, nicht bei den 20 Milliarden"): "Nicht für 400
    Euro, nicht für 19 Milliarden." lists what one would not sell for, and a sum named as agreed or paid is the
    known one ("..., nicht mehr die angekündigten 19 Milliarden", `_STATED_BEFORE`)."""
    if _REJECTED_ALTERNATIVE_BEFORE.search(sentence_text, max(0, rel_start - 30), rel_start):
        return True
    if not _REJECTED_PHRASE_BEFORE.search(sentence_text, max(0, rel_start - 40), rel_start):
        return False
    if _stated_before(sentence_text, rel_start):
        return False
    return any(_plausible(kept.value) for kept in find_money(sentence_text[:rel_start]))


# After "für" + amount: the product bought named by a general noun, also as the fragment that follows a bare sum
# ("Neunzehn Milliarden Dollar für ein Programm, das ...", "neunzehn Milliarden Dollar. Für eine App, die ...").
# A fragment after a sentence end must be one: the noun, then a relative clause or the end ("Für eine App, die ..."),
# not a sentence of its own ("Für ein Programm zur Verwaltung ... will der Konzern ...").
_PRODUCT = (r"für[ \t]+(?:ein|eine|einen)[ \t]+"  # the noun, hyphenated or closed in a compound ("für einen Chatdienst")
            # up to two attributive adjectives before it, lower case ("für einen werbefreien Messenger", "für eine
            # kleine App"; issue 7, session 49, prec49, challenge_gen25-026)
            + r"(?:(?-i:[a-zäöüß][\wäöüß-]*(?:e|en|er|es|em))[ \t]+){0,2}"
            + _noun_or_compound(r"programm|anwendung|software|app|firma|unternehmen|start-?up|dienst|messenger")
            + r"(?![\wäöüß])" + _NOT_AN_EXAMPLE)
_FOR_A_PRODUCT_AFTER = re.compile(
    r"(?i)[ \t]*,?[ \t]+(?:[–—-][ \t]+)?" + _PRODUCT
    + r"|[ \t]*[.!][ \t]+" + _PRODUCT + r"(?=[ \t]*(?:,[ \t]*(?:die|der|das|deren|dessen|mit|ohne)(?![\wäöüß])|[.!?\n]))"
)
# After "für" + amount: the sale to the buyer ("dass der Dienst nun für 19 Milliarden Dollar an Facebook geht").
_SOLD_TO_BUYER_AFTER = re.compile(
    r"(?i)[ \t]+an[ \t]+(?:den[ \t]+(?:us-)?(?:konzern|internetkonzern|netzwerk)[ \t]+)?" + context.cue_words("buyer") + r"\w*"
    r"[ \t]+(?:geht|ging|gingen|gehen|gegangen|übergeht|überging|verkauft\w*|veräußert\w*|abgegeben|abgetreten)(?![\wäöüß])"
)
# The same sale to the buyer called by its epithet only ("..., nachdem er seine Firma für 19 Mrd. an den Konzern veräußert
# hatte"), verb-final: trusted where Facebook is named in the passage (`_sold_to_the_buyer`).
_SOLD_TO_EPITHET_AFTER = re.compile(
    r"(?i)[ \t]+an[ \t]+(?:den|das)[ \t]+(?:us-)?(?:konzern|internetkonzern|netzwerk|tech-?konzern|online-?netzwerk)[ \t]+"
    r"(?:verkauft\w*|veräußert\w*|abgegeben|abgetreten)(?![\wäöüß])"
)
# After "für" + amount: a participle of buying that qualifies WhatsApp ("der einst für 19 Mrd. $ übernommene Messenger
# Whatsapp"): the noun after the participle is what was bought, whatever company the sentence named before.
_BOUGHT_TARGET_AFTER = re.compile(
    r"(?i)[ \t]+(?:von[ \t]+" + context.cue_words("buyer") + r"[ \t]+)?(?:übernommen|gekauft|erworben|akquiriert)e[nmrs]?[ \t]+"
    r"(?:[\wäöüß-]+[ \t]+){0,2}?(?:whats\s?app|[\wäöüß-]*messenger\w*|[\wäöüß-]*kurznachrichtendienst\w*)(?![\wäöüß])"
)


# Right before an amount, inside its clause: a causal phrase ("wegen des Datenabgleichs bei WhatsApp"), up to the amount.
# The prepositions that name a cause ("wegen", "aufgrund", "infolge"), read by the two causal readers below.
_CAUSAL_PREPOSITIONS = ("wegen", "aufgrund", "infolge")
_CAUSE_UP_TO_AMOUNT = re.compile(rf"(?i)(?<![\wäöüß])(?:{'|'.join(_CAUSAL_PREPOSITIONS)})\s+[^,;:()–—]*$")


# A causal phrase with its noun (case-sensitive: the noun capitalised): "wegen des hohen Aktienanteils", "aufgrund der
# Aktienkomponente", and the words after it up to the amount's own preposition if one follows right away.
_NAMED_CAUSE = re.compile(rf"(?<![\wäöüß])(?i:{'|'.join(_CAUSAL_PREPOSITIONS)})\s+(?P<noun>(?i:des|der|dem|den|eines|einer|seines|seiner|"
                          r"ihres|ihrer)\s+(?:[a-zäöüß-]+\s+){0,2}[A-ZÄÖÜ][\wäöüß-]*)")
# What ties the amount to the noun right before it: "wegen des Aktienanteils von 12 Mrd." names the part's own sum
_AMOUNT_OF_THE_NOUN = re.compile(r"(?i)\s*(?:von|über|mit|in\s+höhe\s+von|im\s+wert\s+von)?\s*$")


def _without_cause_phrase(clause: str, amount_text: str) -> str:
    """`clause` without a causal phrase before the amount that names its cause by a noun ("Das Angebot ist wegen des
    hohen Aktienanteils inzwischen gut 20 Mrd. Dollar wert": the shares are why the worth rose, not what the amount
    is), unless the amount is the noun's own ("wegen des Aktienanteils von 12 Mrd.": the part's sum). Issue 7, session
    52, prec52 (own95-013)."""
    at = clause.find(amount_text)
    if at <= 0 or not any(word[1:] in clause for word in _CAUSAL_PREPOSITIONS):  # (cheap test first, any case)
        return clause
    causes = [cause.span("noun") for cause in _NAMED_CAUSE.finditer(clause, 0, at)
              if _AMOUNT_OF_THE_NOUN.fullmatch(clause, cause.end(), at) is None]
    for start, end in reversed(causes):  # the noun phrase blanked, the preposition kept ("allein wegen ...": the
        # component cues read the words after them)
        clause = clause[:start] + " " * (end - start) + clause[end:]
    return clause


def _without_cause_before(clause: str, amount_text: str) -> str:
    """`clause` without a causal phrase that runs up to the amount: "Facebook muss wegen des Datenabgleichs bei
    WhatsApp 12 Milliarden Euro zahlen" names WhatsApp as the cause of the payment, not as what it pays for."""
    at = clause.find(amount_text)
    cause = _CAUSE_UP_TO_AMOUNT.search(clause, 0, at) if at > 0 else None
    return clause if cause is None else clause[: cause.start()] + " " + clause[at:]


def _for_the_amount_then(after: re.Pattern[str], text: str, mention: MoneyMention) -> bool:
    """'für' right before the amount and `after` matching right after it."""
    return (_FOR_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
            and after.match(text, mention.end) is not None)


def _sold_to_the_buyer(text: str, mention: MoneyMention, buyer_near: bool = False) -> bool:
    """'Dass der Dienst nun für 19 Milliarden Dollar an Facebook geht': 'für' + amount + a sale to Facebook; or, with
    Facebook named in the passage (`buyer_near`), to 'den Konzern' in a verb-final clause of selling ('nachdem er
    seine Firma für 19 Mrd. an den Konzern veräußert hatte', any auxiliary)."""
    return _for_the_amount_then(_SOLD_TO_BUYER_AFTER, text, mention) or (
        buyer_near and _for_the_amount_then(_SOLD_TO_EPITHET_AFTER, text, mention))


# WhatsApp as the subject of a verb of receiving (deal.json `target_receiving_verbs`): the company by its name or "der
# Messenger", not a compound ("WhatsApp-Gründer": its founders' share is a part).
# (deal.json target_subject_nouns; moved from an inline list in session 46, prec46)
_TARGET_SUBJECT = (r"(?<![\wäöüß-])(?:whats\s?app|der\s+"
                   rf"{context.cue_words('target_subject_nouns')})(?![\wäöüß-])")
_RECEIVES = rf"{context.cue_words('target_receiving_verbs')}(?![\wäöüß])"
_FEW_WORDS = r"(?:[\wäöüß.-]+[ \t]+){0,4}"  # "dafür", "von Facebook", "am Ende": no comma, no clause between
# Before the amount: "WhatsApp nimmt 19 Milliarden", "Dafür bekommt WhatsApp von Facebook 19 Milliarden Dollar".
# WhatsApp's sellers named with WhatsApp ("die Gründer von WhatsApp", "die WhatsApp-Eigentümer"; deal.json receiving_sellers):
# the sale's other side, receiving its sum (challenge_gen22-001).
_SELLERS_SUBJECT = (rf"(?<![\wäöüß-])(?:whats\s?app-{context.cue_words('receiving_sellers')}"
                    rf"|{context.cue_words('receiving_sellers')}\s+(?:von|bei)\s+whats\s?app)(?![\wäöüß-])")
_RECEIVER = rf"(?:{_TARGET_SUBJECT}|{_SELLERS_SUBJECT})"
_RECEIVED_BEFORE = re.compile(rf"(?i)(?:{_RECEIVER}[ \t]+{_RECEIVES}|{_RECEIVES}[ \t]+{_RECEIVER})[ \t]+{_FEW_WORDS}$")
# The perfect: "WhatsApp hat dafür 19 Milliarden Dollar bekommen" (the participle within four words after the amount).
_TARGET_HAS_BEFORE = re.compile(rf"(?i){_RECEIVER}[ \t]+(?:hat|hatte|haben|hatten)[ \t]+{_FEW_WORDS}$")
_RECEIVED_PARTICIPLE_AFTER = re.compile(
    rf"(?i)[ \t]+(?:[\wäöüß-]+[ \t]+){{0,4}}?{context.cue_words('received_participles')}(?![\wäöüß])")
# The amount fronted: "19 Milliarden Dollar bekommt WhatsApp dafür".
_RECEIVED_AFTER = re.compile(rf"(?i)[ \t]+{_RECEIVES}[ \t]+(?:[\wäöüß-]+[ \t]+){{0,2}}?{_RECEIVER}")
# The sellers who are only a part of them (deal.json partial_sellers, a subset of receiving_sellers).
_PARTIAL_SELLERS = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('partial_sellers')}(?![\wäöüß])")
# Such sellers as the subject before the amount, in its clause: "Die WhatsApp-Gründer bekommen zusammen 12 Milliarden",
# "Den Investoren fließen davon 11 Milliarden zu" (the verb between them), "Die Gründer haben 12 Milliarden bekommen"
# (the participle after the amount, `_RECEIVED_PARTICIPLE_AFTER`).
_SOME_SELLERS_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß]){context.cue_words('partial_sellers')}(?![\wäöüß])[^,;:.!?]{{0,60}}$")
# ... or after the fronted amount: "12 Milliarden Dollar bekommen die Gründer".
_SOME_SELLERS_AFTER = re.compile(
    rf"(?i)[ \t]+(?<![\wäöüß]){context.cue_words('receiving_verbs')}(?![\wäöüß])"
    rf"[ \t]+(?:[\wäöüß-]+[ \t]+){{0,3}}?(?:whats\s?app-)?"
    rf"{context.cue_words('partial_sellers')}"
    r"(?![\wäöüß])")


# A finite verb or participle of selling (not the noun "Verkauf"; deal.json selling_finites).
_SELLING_VERB = re.compile(rf"(?i)(?<![\wäöüß]){context.cue_words('selling_finites')}(?![\wäöüß])")


def _received_by_some_sellers(sentence_text: str, rel_start: int, rel_end: int, value: float, passage: Passage) -> bool:
    """'Die WhatsApp-Gründer bekommen zusammen 12 Milliarden Dollar': a part of the sellers (the founders, the investors;
    deal.json partial_sellers) receiving the amount is their share of the price, a part of the deal (CONTRACT's parts
    are no price unless stated as the total), whatever total word ("zusammen") the sentence has. The whole price only
    where the buyer is named as the giver ("Die Gründer von WhatsApp kassieren 19 Milliarden Dollar von Facebook": the
    two parties of the sale) or the sum is a price the text told before (the same value). Issue 7, session 46,
    prec46 (the base error the brief names)."""
    clause_start = context.clause_around(sentence_text, rel_start, rel_end)[0]
    before = _SOME_SELLERS_BEFORE.search(sentence_text, clause_start, rel_start)
    # (the verb between them or, fronted, before the sellers: "Beim Verkauf bekommen die Gründer zusammen 12 Milliarden")
    received = ((before is not None and (_RECEIVING_VERB.search(sentence_text, clause_start, rel_start)
                                         or _RECEIVED_PARTICIPLE_AFTER.match(sentence_text, rel_end)))
                or _SOME_SELLERS_AFTER.match(sentence_text, rel_end))
    if not received or _SELLING_VERB.search(sentence_text) or _paid_for_the_sale(sentence_text):
        return False  # they sell the company in the sentence ("Die Gründer verkaufen WhatsApp an Facebook und bekommen
        # 19 Milliarden Dollar", the sale's party), or the sum is the sale's consideration
    return not any(price.value == value for price in passage.earlier_prices)


def _received_by_the_target(sentence_text: str, rel_start: int, rel_end: int, previous: str = "") -> bool:
    """'WhatsApp nimmt 19 Milliarden', 'Dafür bekommt WhatsApp 19 Milliarden Dollar', 'WhatsApp hat 19 Milliarden Dollar
    bekommen', '19 Milliarden Dollar kassiert WhatsApp': the sold company receiving the amount in the indicative, the
    purchase told from the seller's side (issue 7, session 45, prec45, own82-014). Its subject must be WhatsApp itself
    or its sellers named with it ("Die Gründer von WhatsApp kassieren 19 Milliarden Dollar von Facebook"); the clause's guards (a counterfactual "hätte ... bekommen", another buyer, other money nouns) judge it before."""
    window = sentence_text[max(0, rel_start - 90) : rel_start]
    received = (_RECEIVED_BEFORE.search(window)
                or (_RECEIVED_PARTICIPLE_AFTER.match(sentence_text, rel_end) and _TARGET_HAS_BEFORE.search(window))
                or _RECEIVED_AFTER.match(sentence_text, rel_end))
    if received is None:
        return False
    # (a part of the sellers receiving without the buyer named as the giver: their share, `_received_by_some_sellers`)
    if _PARTIAL_SELLERS.search(received.group()) is not None and not _paid_for_the_sale(sentence_text):
        return False
    # money received FOR something named after it is that thing's ("WhatsApp bekommt von Meta 20 Milliarden Dollar für
    # den Ausbau der Rechenzentren": funding), unless the "für" names WhatsApp or its sale (review45, session 45)
    purpose = _PURPOSE_FOR_AFTER.match(sentence_text, rel_end)
    if purpose is not None and _FOR_THE_TARGET_AFTER.match(sentence_text, rel_end) is None \
            and _FOR_THE_SALE.match(sentence_text, purpose.end()) is None:
        return False
    # the receiving is the sale's only where the text says so: the purchase in the sentence or the one before, a word
    # pointing back to it ("dafür", "im Gegenzug"), or the buyer named as the giver ("von Facebook", also in a parallel
    # clause: "Snapchat lehnte drei Milliarden Dollar von Facebook ab, WhatsApp nimmt 19 Milliarden"); not a parent
    # company's money ("vom Mutterkonzern": WhatsApp already owned) (review45, session 45)
    return (context.about_acquisition(sentence_text) or context.about_acquisition(previous)
            or _POINTS_BACK_TO_THE_SALE.search(window) is not None or _FROM_THE_BUYER.search(sentence_text) is not None)


# "für" within two words after the amount: what the money is for.
_PURPOSE_FOR_AFTER = re.compile(r"(?i)[ \t]+(?:[\wäöüß-]+[ \t]+){0,2}?für[ \t]+")
# ... naming the sale itself ("für den Verkauf", "für die Übernahme", "für die Firma", "für sein Start-up").
# An adjective of another company ("ihr neues Start-up", "eine andere Firma", "die zweite App") names no sale of WhatsApp
# (review45, session 45).
_FOR_THE_SALE_BODY = (r"(?:den|die|das|seine[nm]?|ihre[nm]?|sein|ihr)[ \t]+"
                      r"(?:(?!(?:neu|ander|weiter|zweit|dritt|nächst|nachfolg|eigen|spätere?)\w*[ \t])[\wäöüß-]+[ \t]+)?"
                      rf"(?:{context.cue_words('deal_nouns')}|{_COMPANY_NOUNS})(?![\wäöüß])")
_FOR_THE_SALE = re.compile(r"(?i)" + _FOR_THE_SALE_BODY)
# "für" + the company sold or its sale ("für WhatsApp", "für ihre Firma", "für den Verkauf"; `_FOR_THE_SALE`).
_FOR_THE_SOLD = re.compile(r"(?i)(?<![\wäöüß])für[ \t]+(?:whats\s?app(?![\wäöüß-])|" + _FOR_THE_SALE_BODY + ")")
_POINTS_BACK_TO_THE_SALE = re.compile(r"(?i)(?<![\wäöüß])(?:dafür|im\s+gegenzug|als\s+gegenleistung)(?![\wäöüß])")
# The buyer by name as the one the money comes from ("von Facebook", "von Zuckerberg"): not "Meta" (the later name,
# the parent of an owned WhatsApp) nor "vom Mutterkonzern".
# (deal.json giving_buyer_names; moved from an inline list in session 46, prec46)
_FROM_THE_BUYER = re.compile(rf"(?i)(?<![\wäöüß])von\s+{context.cue_words('giving_buyer_names')}(?![\wäöüß-])")


def _paid_for_the_sale(sentence_text: str) -> bool:
    """Is a sum the sellers receive in `sentence_text` the sale's consideration, the whole price and not their share:
    the buyer named as the giver ("von Facebook"), the sale pointed back to ("dafür", "im Gegenzug") or named as what
    the sum is for ("für WhatsApp", "für ihre Firma"; review46)? Not "davon" (a share of a sum told)."""
    return (_FROM_THE_BUYER.search(sentence_text) is not None
            or _POINTS_BACK_TO_THE_SALE.search(sentence_text) is not None
            or _FOR_THE_SOLD.search(sentence_text) is not None)


def _attribute_of_the_target(text: str, mention: MoneyMention) -> bool:
    """'der einst für 19 Mrd. $ übernommene Messenger Whatsapp': 'für' + amount inside a participle that qualifies
    WhatsApp (or "den Messenger")."""
    return _for_the_amount_then(_BOUGHT_TARGET_AFTER, text, mention)


def _counts_something(text: str, mention: MoneyMention) -> bool:
    """'2 Milliarden Betriebskosten', '1 Mrd. Nachrichten': a noun right after a currency-less amount."""
    match = _FOLLOWING_WORD.match(text, mention.end)
    if match is None:
        return False
    word = match.group(1)
    if not word[0].isupper():
        return False
    return _ALLOWED_FOLLOWERS.match(word) is None or context.has("not_price_nouns", word)


def _deal_weighs(text: str, mention: MoneyMention, sentence: tuple[int, int]) -> bool:
    """'das Geschäft ... 22 Milliarden Dollar schwer' ('schwer' after the amount with the deal named before it, or after
    the copula when the weight is fronted: 'Neunzehn Milliarden schwer ist der Deal'), or
    'Das Geschäft hatte einen Wert von 21,8 Milliarden Dollar' (the deal as the subject of having the value)."""
    if _DEAL_HAD_VALUE_BEFORE.search(text, max(sentence[0], mention.start - 90), mention.start):
        return True
    if _WEIGHT_FRONTED_BEFORE_DEAL.match(text, mention.end):
        return True  # "Neunzehn Milliarden schwer ist der Deal": the weight fronted, the deal after the copula
    match = _FOLLOWING_WORD.match(text, mention.end)
    return (match is not None and match.group(1).lower() == "schwer"
            and _DEAL_NOUN_BEFORE.search(text, sentence[0], mention.start) is not None)


def _deal_worth_at_closing(text: str, mention: MoneyMention, sentence: tuple[int, int]) -> bool:
    """'Zum Zeitpunkt des Abschlusses war das Geschäft 21,8 Milliarden Dollar wert', 'Beim Vollzug ist die Übernahme
    knapp 22 Mrd. wert gewesen': the deal (a deal noun with its article, deal.json deal_nouns) as the subject of being
    worth the amount ('wert' right after it), its sentence naming the closing (deal.json closing_nouns). What the
    deal was worth when it closed is what it cost (D5); not a supposed or a later worth (Konjunktiv II, 'heute',
    deal.json unreal_auxiliaries / later_value), nor the worth of another deal named in the sentence."""
    sentence_text = _deal_worth_sentence(text, mention, sentence)
    return (sentence_text is not None and context.has("closing_nouns", sentence_text)
            and not context.has("later_value", sentence_text))


def _deal_worth_sentence(text: str, mention: MoneyMention, sentence: tuple[int, int], *,
                         offers: bool = False) -> str | None:
    """The sentence of `mention` where it tells the deal's worth - a deal noun with its article before the amount as
    the subject of being worth it ('wert' right after the amount), not in the Konjunktiv II (deal.json
    unreal_auxiliaries) and not of another deal or company named in the sentence - else None. What is common to
    `_deal_worth_at_closing` and `_deal_worth_by_share_price`, which add the moment the worth is told of. `offers`:
    the buyer's offer noun may be the subject too (deal.json offer_nouns), where no other buyer is named in the
    sentence ("Das Angebot von Google ist ... wert" is a rival's)."""
    match = _FOLLOWING_WORD.match(text, mention.end)
    if match is None or match.group(1).lower() != "wert":
        return None
    sentence_text = text[slice(*sentence)]
    subject = (_DEAL_OR_OFFER_NOUN_BEFORE if offers else _DEAL_NOUN_BEFORE).search(text, sentence[0], mention.start)
    if (subject is None
            or context.has("unreal_auxiliaries", sentence_text)
            or context.names_another_deal(sentence_text) or context.has("other_targets", sentence_text)
            or (subject.groupdict().get("offer") and context.has("other_buyers", sentence_text))):
        return None
    return sentence_text


# A share price named in a sentence ("wegen des gestiegenen Facebook-Kurses", "beim heutigen Kurs", "Aktienkurs",
# "nach dem Kursanstieg"): not an exchange rate ("Wechselkurs", "Dollar-Kurs", "Euro-Kurs").
_SHARE_PRICE_NAMED = re.compile(
    r"(?i)(?<![\wäöüß-])(?!(?:dollar|euro|devisen|wechsel|umrechnungs)-?kurs)(?:[\wäöüß]+-)?(?:aktien|börsen)?"
    r"kurs(?:es|e|en|s|anstieg(?:s|es)?|sprung(?:s|es)?|gewinn(?:s|es|en)?|zuwachs(?:es)?|plus)?(?![\wäöüß])")
# "heute" as a date of its own (deal.json later_value's first entry): a worth told of today, past the closing
_TODAY = re.compile(r"(?i)(?<![\wäöüß])heute(?![\wäöüß])")


def _deal_worth_by_share_price(text: str, mention: MoneyMention, sentence: tuple[int, int]) -> bool:
    """'Inzwischen ist das Geschäft wegen des gestiegenen Facebook-Kurses mehr als 21 Milliarden Dollar wert': the deal
    (a deal noun with its article before the amount) as the subject of being worth the amount ('wert' right after it),
    the sentence naming the share price it is valued by. The agreed consideration valued at the share price of a day
    before the closing is a price of the deal with moment `unspecified` (the lead's D68 (f), D70 (a): also with
    'inzwischen'), not a later valuation of the company. Not a worth told of 'heute', nor in the Konjunktiv II, nor of
    another deal or company named in the sentence (issue 7, session 51, prec51, own94-020)."""
    sentence_text = _deal_worth_sentence(text, mention, sentence, offers=True)
    return (sentence_text is not None and _SHARE_PRICE_NAMED.search(sentence_text) is not None
            and _TODAY.search(sentence_text) is None)


# "für eine Firma mit 55 Mitarbeitern und kaum Umsatz", "für ein Unternehmen (hin), das ... kaum Umsatz macht": what
# describes the company bought; its nouns and its estimates are the company's, not the amount's (kept: the company noun).
_FIRM_DESCRIPTION = re.compile(
    r"(?i)(?P<firm>(?<![\wäöüß])für\s+(?:ein|eine|einen)\s+(?:[\wäöüß-]+\s+)?"
    r"(?:messenger|" + _COMPANY_NOUNS + r")(?![\wäöüß-])"
    r"(?:\s+(?:hin|aus|auf\s+den\s+tisch))?)"
    r"(?:\s*,\s*(?:das|die|der|dessen|deren)|\s+(?:mit|ohne))(?![\wäöüß])[^–—;]*"
)


def _without_firm_description(text: str) -> str:
    """`text` without what describes the company bought after "für eine Firma" ("mit kaum Umsatz", ", das nach
    Schätzungen ... Umsatz macht"): those words say what the company is, not what the amount is."""
    return _FIRM_DESCRIPTION.sub(lambda match: match.group("firm"), text) if "für" in text else text


# "für den Messenger mit damals rund 450 Millionen Nutzern" right before the amount: a "mit" attribute of what is bought
# (WhatsApp, its epithet; deal.json target/target_epithets, with or without an article), running up to the amount with
# no comma, colon, dash or bracket between (`_without_target_attribute`).
_TARGET_ATTRIBUTE_BEFORE = re.compile(
    rf"(?i)(?<![\wäöüß])für\s+(?:(?:den|die|das|dem|diesen|diese|dieses)\s+)?(?:[\wäöüß-]+\s+)?"
    rf"(?:{context.cue_words('target')}|{context.cue_words('target_epithets')})(?![\wäöüß-])"
    r"(?P<attribute>\s+mit\s+[^,;:()–—\n]*?)\s*$")


def _without_target_attribute(clause: str, amount_text: str) -> str:
    """`clause` without a "mit" attribute of the bought company that runs up to the amount ("Zuckerberg zahlt für den
    Messenger mit damals rund 450 Millionen Nutzern 19 Milliarden Dollar"): the attribute's counted noun says what the
    company has, not what the amount is (the indefinite "für eine Firma mit ..." is `_without_firm_description`'s). The
    prepositional phrase of the paid-for object ends where the amount, the verb's other object, begins; words after the
    amount stay judged. Issue 7, session 47, prec47 (own86-006)."""
    at = clause.find(amount_text)
    if at <= 0 or "mit" not in clause[:at]:
        return clause
    attribute = _TARGET_ATTRIBUTE_BEFORE.search(clause, 0, at)
    if attribute is None:
        return clause
    return clause[: attribute.start("attribute")] + " " + clause[attribute.end("attribute") :]


def _without_side_phrases(clause: str) -> str:
    """The clause without a causal phrase ('wegen der gestiegenen Aktie') and without what follows
    'bezahlt und' (another predicate): the words left say what the amount is."""
    clause = _CAUSE_PHRASE.sub(" ", clause)
    paid_and = _PAID_AND.search(clause) if _PAID_AND_TEST(clause) else None  # speed: the test is cheaper
    return clause[: paid_and.end()] if paid_and else clause


def _up_to_paid_and_after(clause: str, amount_text: str) -> str:
    """`clause` cut after a paid participle and "und" that follow the amount ("19 Mrd. Dollar gezahlt und verdient
    ..."): another predicate begins there (`_PAID_AND`); unchanged when none follows the amount or it is not in it."""
    at = clause.find(amount_text)
    if at < 0 or not _PAID_AND_TEST(clause):
        return clause
    paid_and = _PAID_AND.search(clause, at + len(amount_text))
    return clause if paid_and is None else clause[: paid_and.end()]


def _breakup_of_this(sentence_text: str, rel_end: int, own_end: int | None = None) -> bool:
    """Does a break-up word of the sentence speak of the amount ending at `rel_end`: one before it ("Scheitert der
    Deal, zahlt Facebook 2 Mrd."), or one after it with no amount of its own after the word ("zahlt 2 Mrd., falls
    der Deal scheitert")? A fee's clause after the price names its own sum ("für 19 Mrd. Dollar erhalten, wobei eine
    Klausel Facebook im Fall eines Scheiterns zu einer Zahlung von einer Milliarde Dollar verpflichtet"). `own_end`:
    where a predicate of its own begins after the amount ("... und hat sich verpflichtet, im Fall eines Scheiterns
    ..."): a word from there on is that predicate's."""
    if not context.has("breakup", sentence_text):
        return False  # speed: most sentences name no failing deal
    return any(found.start() < rel_end or (
        (own_end is None or found.start() < own_end)
        and not any(m.has_scale for m in find_money(sentence_text[found.end():])))
        for found in context.finditer("breakup", sentence_text))


def _followed_by_other_money(text: str, mention: MoneyMention) -> bool:
    """'19 Milliarden Dollar Umsatz': a money noun right after the currency."""
    match = _FOLLOWING_WORD.match(text, mention.end)
    return match is not None and context.has("not_price_nouns", match.group(1))


def _is_conversion(text: str, head: MoneyMention, mention: MoneyMention) -> bool:
    """Is `mention` the same sum as `head` in another currency, written right after it ("19 Mrd. Dollar (heute rund
    17 Mrd. Euro)")? Between dollars and euros the exchange rate must hold: "19 Milliarden Dollar, heute 40
    Milliarden Euro wert" is a later value, not the sum converted."""
    if head.currency is None or mention.currency is None or head.currency == mention.currency:
        return False
    if context.match("conversion_gap", text[head.end : mention.amount_start]) is None:
        return False
    return _at_the_exchange_rate(head, mention) if {head.currency, mention.currency} == {"USD", "EUR"} else True


def _at_the_exchange_rate(price: MoneyMention, mention: MoneyMention) -> bool:
    """Is one of the two amounts (one in USD, one in EUR) the other at an exchange rate of the story's years?"""
    usd, eur = (price.value, mention.value) if price.currency == "USD" else (mention.value, price.value)
    return usd > 0 and _EUR_PER_USD[0] <= eur / usd <= _EUR_PER_USD[1]


# Today's exchange rate named as a rate ("nach heutigem Kurs", "zum aktuellen Wechselkurs"; moment24, session 24).
_TODAYS_RATE_NAMED = re.compile(r"(?i)(?<![\wäöüß])(?:heutige[mn]?|aktuelle[mn]?|derzeitige[mn]?|jetzige[mn]?)\s+"
                                r"(?:wechsel)?kurs(?:es)?(?![\wäöüß])")


def _todays_rate_unreal(words_before: str) -> bool:
    """Do the words of a conversion's sentence before its amount name today's rate (deal.json todays_rate, or a rate
    named "heutiger/aktueller Wechselkurs") and hold a finite verb in the Konjunktiv II ("wären das", "entspräche
    das")?"""
    return (context.has("todays_rate", words_before) or _TODAYS_RATE_NAMED.search(words_before) is not None) \
        and moment.unreal_conversion(words_before)


def _at_todays_rate_of_a_past_sum(words_before: str, sentence: str) -> bool:
    """Is a conversion at today's rate (`words_before` the amount: "heute", "derzeit", "nach aktuellem Kurs"; deal.json
    todays_rate) of a sum its sentence tells as past ("hatte im Februar ... vereinbart", "damals"; told_as_past)? The
    text is written after the price's moment, so the rate's date is not the deal's: `unspecified` (the lead's D17).
    Fresh coverage's "Das Netzwerk zahlt 19 Milliarden Dollar, nach heutigem Kurs 14 Milliarden Euro" keeps its moment."""
    return context.has("todays_rate", words_before) and context.has("told_as_past", sentence)


# The German scale a translation writes for the English "billion" (a false friend: "19 Billionen Dollar" for $19bn).
_TRILLION = 1e12


def _false_friend_billions(mentions: list[MoneyMention]) -> tuple[list[MoneyMention], dict[tuple[int, int], float]]:
    """`mentions` with each sum in German "Billionen" (a thousand Milliarden) whose thousandth is a figure of the price
    (`_plausible`) read at that thousandth, and the value each such sum states (by its span): a translation that wrote
    "19 Billionen Dollar" for "$19 billion" names the price in a false friend; the claim keeps the figure the text
    states (own74-016's gold). Only a sum with a currency, and not where the text also names the thousandth itself
    ("las sie als 'neunzehn Billionen' vor ... Gemeint sind 19 Milliarden Dollar": the misreading told as one), nor a
    trillion of no such size ("mehr als eine Billion Dollar wert"). Issue 7, session 41, price41."""
    values = {m.value for m in mentions}
    read, literal = [], {}
    for mention in mentions:
        twin = mention.value / 1000
        if (mention.value >= _TRILLION and mention.currency in ("USD", "EUR") and _plausible(twin)
                and not any(abs(value - twin) < 1e6 for value in values)):
            literal[mention.start, mention.end] = mention.value
            mention = dataclasses.replace(mention, value=money._plain(Decimal(str(twin))))
        read.append(mention)
    return read, literal


# An accepted amount: (the head mention, its conversions into other currencies, its sentence's index).
_PriceGroup = tuple[MoneyMention, list[MoneyMention], int]


class PriceComponent(DocComponent):
    """Adds a `price` claim for each purchase-price amount in the Doc."""

    def __call__(self, doc: Doc) -> Doc:
        text = context.doc_text(doc)
        mentions = _with_elliptic_scales(doc, text, _with_unit_line_rows(text, _with_units_named_after(text, money_in(doc))))  # (found once per Doc: the
        # learned moment stage reads money_in too)
        mentions, literal = _false_friend_billions(mentions)
        if not any(_plausible(m.value) and m.currency in PRICE_CURRENCIES for m in mentions):
            return doc  # every amount is other money (price_verdict's first test): nothing to read around them
        sentences = context.Sentences.of(doc)
        parties: list[frozenset[str]] = doc_value(doc, "deal_parties") or [frozenset()] * len(sentences.starts)
        target_in_doc, buyer_in_doc = names_parties(doc)  # asked once per Doc, over its one lower-casing
        # the writer as the buyer in a filing or press release that never names Facebook ("haben wir den Erwerb ... der
        # WhatsApp Inc. abgeschlossen"; deal.json first_person_buyer; issue 7, session 28, price28)
        buyer_in_doc = buyer_in_doc or (target_in_doc and context.has("first_person_buyer", text))
        only_purchase = _no_company_named_but_the_buyer(text, target_in_doc)  # a document's answer: asked once
        groups = _group_conversions(text, mentions)
        earns = _earning_verbs(doc, sentences, mentions)
        accepted: list[_PriceGroup] = []  # (head, its conversions, sentence index)
        converted_later: list[tuple[_PriceGroup, int]] = []  # conversions of a sum with no paying cue, and where the
        # words saying so begin
        headline_sums: list[_PriceGroup] = []  # a headline's bare sum with no paying cue: judged once the body's
        # prices are known (`_headline_restatements`)
        removed = removed_lines(doc)  # a version comparison's lines an edit took back (models/layer/diff_lines.py)
        for number, (head, conversions) in enumerate(groups):
            head, conversions = _headed_by_a_contract_currency(text, sentences, head, conversions,
                                                               tuple(h for h, _, _ in accepted))
            if not _plausible(head.value) or head.currency not in PRICE_CURRENCIES:
                continue  # most amounts are other money (price_verdict's first test): skip the passage for them
            if removed and on_a_removed_line(removed, head.start):
                continue  # "− ... für 16 Milliarden Euro ..." over "+ ... für 19 Milliarden US-Dollar ...": taken back
                # by the edit, no price, and no currency lent to a bare amount after it (issue 7, session 54, prec54)
            index = sentences.index_at(head.amount_start)
            segment_start = _group_end(groups[number - 1]) if number else 0
            segment_end = groups[number + 1][0].start if number + 1 < len(groups) else len(text)
            passage = _passage(doc, text, sentences, parties, index, target_in_doc, buyer_in_doc,
                               tuple(h for h, _, _ in accepted), only_purchase)
            verdict = price_verdict(text, head, sentences.span(index), passage, segment=(segment_start, segment_end))
            if verdict == "no_buyer" and _converted_price(
                    text[slice(*sentences.span(index))], head.start - sentences.starts[index], head,
                    tuple(h for h, _, i in accepted if i == index)) is not None:
                # "Der Kaufpreis von 19 Mrd. US-Dollar für WhatsApp entspricht nach dem Tageskurs rund 58 Milliarden
                # Złoty oder 13,8 Mrd. Euro": the conversion of the price its own sentence accepted is that sum, its
                # buyer that price's (issue 7, session 59, prec59, challenge_gen36-015)
                verdict = None
            # (with no buyer named anywhere, the refuted figure's own sentence must have sold the target: the
            # correction stands in for that sale, "... behauptet die Doku, WhatsApp sei für 19 Milliarden Euro verkauft
            # worden. Es waren 19 Milliarden Dollar": issue 7, session 48, prec48, own88-017)
            if (verdict == "no_paying_cue" and passage.target_near and passage.buyer_in_doc
                    or verdict == "no_buyer" and passage.target_near) and \
                    price_refuted.corrects_a_refuted_figure(text, lower_text(doc), sentences.starts, sentences.ends, index,
                                                            head, mentions, _plausible_price):
                verdict = None  # "Irrtum: ... 20 Milliarden Euro ... Richtig sind 19 Milliarden Dollar.": the correction's
                # figure (issue 7, session 38, prec38)
            if verdict == "claim_label" and price_refuted.claim_confirmed(lower_text(doc), sentences.starts, sentences.ends,
                                                                          index):
                verdict = price_verdict(text, head, sentences.span(index), passage, segment=(segment_start, segment_end),
                                        labelled_claim=True)  # "Behauptung: „... 19 Milliarden ...“ / Bewertung: Die Zahl
                # stimmt.": the claim's figure confirmed, judged as any other (issue 7, session 40, price40, own72-034)
            conversion_start = _conversion_start(text, sentences, index) if verdict == "no_paying_cue" else None
            if conversion_start is not None:
                converted_later.append(((head, conversions, index), conversion_start))  # judged once every price is known
                continue
            if verdict == "no_paying_cue" and head.currency is None and target_in_doc and buyer_in_doc \
                    and _in_headline(doc, head.start):
                headline_sums.append((head, conversions, index))
                continue
            if verdict is None and head.currency is None and _heading_without_deal_words(doc, text, head):
                # a heading's shorthand ("Mein Enkel sagt 22 Milliarden, im Fernsehen hieß es 19" in a question's
                # heading): a price only where the text below states the same sum (D27, `_headline_restatements`,
                # which judges it by its clause), not dropped outright (issue 7, session 28, price28, own47-016)
                headline_sums.append((head, conversions, index))
                continue
            if verdict is None and price_refuted.refuted_in_size(lower_text(doc), sentences.starts, index):
                # "... „für 15 Milliarden“ an Facebook gegangen. Das ist zu niedrig.": no price, but the purchase and its
                # year stand (models/year.py reads these starts; issue 7, session 38, prec38)
                doc.user_data.setdefault(price_refuted.SIZE_REFUTED_KEY, []).append(head.start)
            if verdict is not None or self._rejected(doc, text, sentences, parties, head, index, earns,
                                                     known=_known_definite_sum(text, head, [h for h, _, _ in accepted])
                                                     or _definite_sum_for_the_target(text, head)):
                continue  # its conversions share its fate: the euro value of a fine is no price either
            accepted.append((head, conversions, index))
        later = self._converted_later(doc, text, sentences, parties, earns, accepted, converted_later)
        later += self._headline_restatements(doc, text, sentences, parties, earns, [*accepted, *later], headline_sums)
        if later:
            accepted = sorted([*accepted, *later], key=lambda group: group[0].start)
        big = [m for m in mentions if m.value >= MIN_PRICE]
        moments = moments_of(doc, text, sentences, [(head, index) for head, _, index in accepted], big)
        for i, (head, _, index) in enumerate(accepted):
            sent_start = sentences.starts[index]
            framed = _with_framed_currency(text, sent_start, head) if head.currency is None else head
            converted = _converted_price(text[sent_start : sentences.ends[index]], head.start - sent_start, framed,
                                         tuple(h for h, _, _ in accepted[:i]))
            sentence = text[sent_start : sentences.ends[index]]
            if converted is not None and _sentence_moment(sentence, sent_start, head, big, accepted) == UNSPECIFIED:
                # "Das sind umgerechnet etwa 17,2 Milliarden Euro.": the moment of what it converts, unless its
                # sentence names one ("Zum Abschluss ... entsprach der Preis gut 17 Milliarden Euro") or converts at
                # today's rate a sum it tells as past ("kostete damals 19 Milliarden Dollar, nach heutigem Kurs ...")
                words_from = converted.end if converted.start >= sent_start else sent_start
                # the sum converted may be told as past in its own sentence ("zahlte damals 19 Milliarden Dollar. Nach
                # heutigem Kurs wären das ...")
                told = sentence if converted.start >= sent_start else \
                    text[sentences.starts[sentences.index_at(converted.amount_start)] : sentences.ends[index]]
                todays = _at_todays_rate_of_a_past_sum(text[words_from : head.amount_start], told) or (
                    # today's rate named as a rate may open the sentence, before the sum converted ("Nach heutigem
                    # Kurs wären die 19 Milliarden Dollar von damals rund 17,6 Milliarden Euro")
                    converted.start >= sent_start and _TODAYS_RATE_NAMED.search(text, sent_start, converted.start)
                    is not None and context.has("told_as_past", sentence)) or (
                    # a conversion at today's rate said in the Konjunktiv II, in a sentence of its own after the sum
                    # ("Heute umgerechnet wären das etwa 17,6 Milliarden Euro", "Zum heutigen Wechselkurs entspräche
                    # das gut 20 Milliarden Euro"): what the sum would be today, a time after the deal's, so the rate's
                    # date is not the deal's (D17; M12, issue 7, session 44, year44: challenge_gen20-033, -034)
                    converted.start < sent_start and _todays_rate_unreal(text[sent_start : head.amount_start]))
                moments[i] = UNSPECIFIED if todays else moments[[h for h, _, _ in accepted].index(converted)]
        heads = [head for head, _, _ in accepted]
        for rough, precise in _rounded_repeats(heads).items():
            if moments[heads.index(rough)] == UNSPECIFIED:
                # "Preis steigt auf fast 22 Milliarden" over "rund 21,8 Milliarden Dollar": a claim of its own (what
                # the headline says), of the same sum, so of the same moment
                moments[heads.index(rough)] = moments[heads.index(precise)]
        for i, head in enumerate(heads):
            if moments[i] == UNSPECIFIED:
                # one sum, one moment (D24) once the roundings have theirs: "Im Artikel steht 'für 22 Milliarden
                # US-Dollar übernommen'" beside the page's "19 oder 22 Mrd.?" and "nicht '22 Milliarden', sondern
                # 'rund 21,8 Milliarden'" (own47-013): the sum the roundings of the closing value name
                # (not across items headed by dates of other years, `moment.items_of_other_years`)
                same = {moments[j] for j, other in enumerate(heads) if other.value == head.value and moments[j] != UNSPECIFIED
                        and not items_of_other_years(text, head.start, other.start)}
                if len(same) == 1:
                    moments[i] = same.pop()
        stated: list[tuple[MoneyMention, int]] = []  # the prices with the currency they are given, and their sentence
        for (head, conversions, index), moment in zip(accepted, moments):
            if head.currency is None:
                head = _with_framed_currency(text, sentences.starts[index], head)
            if head.currency is None:
                head = _with_restated_currency(head, index, mentions, sentences)
            if head.currency is None:
                head = _with_currency_named_after(head, text)
            if head.currency is None:
                sums_up = context.has("price_reference", _up_to_clause_end(text, sentences.span(index), head))
                head = _with_carried_currency(head, index, stated, mentions, sentences, sums_up=sums_up, earns=earns)
            if head.currency is None:
                head = _with_twin_currency(head, index, [h for h, _, i in accepted if i == index], mentions, sentences)
            stated.append((head, index))
            if (head.start, head.end) in literal:
                head = dataclasses.replace(head, value=literal[head.start, head.end])  # the figure as the text states it
            _add_price(doc, head, head.qualifier, moment)
            for conversion in conversions:
                if conversion.currency in PRICE_CURRENCIES and _plausible(conversion.value):
                    qualifier = conversion.qualifier if conversion.qualifier != "exact" else head.qualifier
                    # the same sum, so the same moment, unless at today's rate of a sum told as past (D17)
                    todays = _at_todays_rate_of_a_past_sum(text[head.end : conversion.amount_start],
                                                           text[slice(*sentences.span(index))])
                    _add_price(doc, conversion, qualifier, UNSPECIFIED if todays else moment)
        return doc

    def _converted_later(self, doc: Doc, text: str, sentences: context.Sentences, parties: list[frozenset[str]],
                         earns: list[tuple[int, int]], accepted: list[_PriceGroup],
                         candidates: list[tuple[_PriceGroup, int]]) -> list[_PriceGroup]:
        """Amounts of a conversion sentence with no paying cue that are a price stated elsewhere in the text, and the
        conversions of those sums: "19 Mrd. Dollar entsprechen nach dem Kurs von heute etwa 13,8 Mrd. Euro." in a live
        ticker whose newer entries stand first, the price itself ("Der Kaufpreis: 19 Mrd. Dollar.") further down.
        Each candidate comes with where the words saying it converts begin (`_conversion_start`)."""
        if not candidates:
            return []
        stated = {(head.value, head.currency) for head, _, _ in accepted}
        restated = [group for group, _ in candidates if (group[0].value, group[0].currency) in stated]
        heads = frozenset(head for head, _, _ in restated)
        # the prices a candidate may convert: the restated sums and the prices accepted before it ("16 Milliarden
        # Dollar ... 19 Milliarden." - "In Euro?" - "Rund 14 Milliarden Euro."), sorted once, filtered per candidate
        pool = sorted({*heads, *(h for h, _, _ in accepted)}, key=lambda m: m.start)
        for group, sent_start in candidates:
            head, _, index = group
            before = tuple(h for h in pool if h in heads or h.end <= head.start)
            if group not in restated and _converted_price(text[sent_start : sentences.ends[index]],
                                                          head.start - sent_start, head, before):
                restated.append(group)  # "... etwa 13,8 Mrd. Euro": the euro value of that price (the rate is checked)
        return [group for group in restated if not self._rejected(doc, text, sentences, parties, group[0], group[2], earns)]

    def _headline_restatements(self, doc: Doc, text: str, sentences: context.Sentences,
                               parties: list[frozenset[str]], earns: list[tuple[int, int]],
                               accepted: list[_PriceGroup], headline_sums: list[_PriceGroup]) -> list[_PriceGroup]:
        """The headline's bare sums that the text below states as the price (the lead's D27): "Neunzehn Milliarden
        für ein bisschen Grün" over a body whose "19 Milliarden Dollar" is accepted. The headline says no paying, the
        body's price names the sum; the same sum again (`_same_sum`), not another figure of the headline, and only
        a sum no other reason rejects (a rival's clause, a compound of no deal noun, a retracted figure)."""
        restated = []
        for group in headline_sums:
            head, _, index = group
            below = [price for price, _, _ in accepted if price.start > head.end]
            if any(_same_sum(head, price) for price in below) and \
                    not self._rejected_by_clause(doc, text, sentences, parties, head, index, earns):
                restated.append(group)
        return restated

    @classmethod
    def _rejected(cls, doc: Doc, text: str, sentences: context.Sentences, parties: list[frozenset[str]],
                  head: MoneyMention, index: int, earns: list[tuple[int, int]], *, known: bool = False) -> bool:
        """Is an amount that `price_verdict` accepts still no price by its parties, verbs or sentence's place
        (`_rejected_by_clause`; `known`: a definite restatement of a price, `_known_definite_sum`), or a heading's
        shorthand for a sum no price below names ("Nicht 19, sondern 22 Milliarden: Warum ...")?"""
        return cls._rejected_by_clause(doc, text, sentences, parties, head, index, earns, known=known) or (
            head.currency is None and _heading_without_deal_words(doc, text, head))

    @staticmethod
    def _rejected_by_clause(doc: Doc, text: str, sentences: context.Sentences, parties: list[frozenset[str]],
                            head: MoneyMention, index: int, earns: list[tuple[int, int]], *, known: bool = False) -> bool:
        """Is an amount that `price_verdict` accepts still no price by its parties, verbs, compound or a correction
        after it? A headline's sum that the body states as the price (`_headline_restatements`) is judged by these
        alone: there a heading's shorthand is no reason (`_rejected` adds it for every other amount). A definite
        restatement of a price stated before (`known`, `_known_definite_sum`) is that price: earning it is earning it
        back ("Die 19 Milliarden sind längst nicht eingespielt"), and an unnamed company its clause buys is the one it
        bought ("Die 19 Milliarden von damals haben nicht nur eine Firma gekauft"); a company named still owns it."""
        clause_start, clause_end, labelled = _party_clause(text, head, sentences.span(index))
        if not known and any(clause_start <= start < clause_end for start, _ in earns):
            return True  # "Im Jahr der Übernahme setzte Facebook 12,5 Mrd. Dollar um": takings, not a price
        # (a sum a purchase noun takes with "für" is that purchase's price, whatever verb its clause has: "Nach der
        # Übernahme von WhatsApp durch Facebook für 19 Milliarden US-Dollar fordern Jugendschützer ...")
        priced = _PRICE_OF_PURCHASE_BEFORE.search(text, max(0, head.start - 60), head.start) is not None
        previous = text[slice(*sentences.span(index - 1))] if index > 0 else ""
        if not priced and price_heads.stance_of_sum(doc, text, sentences.span(index), head, previous) is not None:
            return True  # a sum demanded, an offer rejected, a past guess, a bound of worth, a product, a class's threshold
        if (relative := _defining_relative(text, head, sentences.span(index))) is not None and (
                any(relative[0] <= start < relative[1] for start, _ in earns)
                or _named_as_other_money(text[relative[0] : relative[1]])
                or names_another_party(doc, *relative, (head.start, head.end),
                                       labelled=_compound_end(text, head) != head.end)):
            # (a relative clause of the deal's compound names its parties whatever its verb: "Die 20-Milliarden-Übernahme,
            # die Adobe im Herbst 2022 verkündete, ..."; issue 7, session 40, price40, challenge_price24-073)
            return True  # "Die 20 Milliarden Euro, die Microsoft für Nuance bot, waren mehr", "Die 19 Milliarden, die Meta
            # 2021 mit Werbung einnahm, ...": the relative clause says whose sum the definite article means
        if names_another_party(doc, clause_start, clause_end, (head.start, head.end), labelled=labelled,
                               trade_nouns=not known):
            return True  # "Adobe übernimmt Figma für 20 Mrd. Dollar": the clause's purchase is between other companies
        if index > 0 and not parties[index] & _OUR_PARTIES and not context.names_target_people(
            text[slice(*sentences.span(index))]
        ) and not (_opens_a_labelled_item(text, sentences.starts[index])
                      and _ANSWER_KEY_LABEL.match(text, text.rfind("\n", 0, sentences.starts[index - 1]) + 1) is not None
                      and any("TARGET" in named for named in parties)) \
                and names_another_party(doc, *sentences.span(index - 1), (sentences.ends[index - 1],) * 2):
            return True  # "Intel kauft Mobileye. Kaufpreis: 15,3 Mrd.": a sentence naming no party goes on with the last deal
            # (WhatsApp's founders are ours: "Facebook hatte auch Instagram gekauft. Jan Koum dagegen verkaufte ...";
            # not a new item of a lettered or numbered list after a blank line, in a text about WhatsApp, where the other
            # deal stood in the key's line of the item before: "a) ... / Lösung: falsch – 2012 kaufte Facebook Instagram."
            # then "b) Beim Abschluss der Übernahme war der Deal rund 22 Milliarden Dollar wert.": a key answers its own
            # item, the next item states its own; issue 7, session 50, prec50, own92-042)
        if head.currency is None and text.startswith("-", head.end) and text[head.end + 1 : head.end + 2].isalpha() \
                and not _DEAL_COMPOUND.match(text, head.end):
            return True  # "Die 19-Milliarden-Frage": a size word in a compound of no deal noun, no stated price (the
            # lead's D6: "der 19-Milliarden-Kauf", "zum 22-Milliarden-Geschäft" name the purchase by its sum: a price)
        # "... hieß es, Facebook habe 16 Milliarden Euro bezahlt. Das ist falsch.": a retracted figure
        # (deal.json refuted_after: "Das ist falsch.", "Dies trifft nicht zu.", "Richtig ist: ...")
        if _report_denied_after(text, sentences, index, head):
            return True  # "Ein Gerücht ...: Facebook habe 22 Milliarden geboten. Das Unternehmen dementierte, ein solches
            # Angebot habe es nie gegeben."
        if index + 1 < len(sentences.starts) and \
                context.cue("refuted_after").match(lower_text(doc), sentences.starts[index + 1]) is not None:
            return True
        if _put_to_the_test_and_denied(text, sentences, index, head):
            return True  # "... Facebook habe für WhatsApp 18 Milliarden Euro bezahlt. Stimmt das? Nein: ..."
        # a claim given a negative verdict, hearsay corrected with another figure, a quiz option not chosen
        # (models/price_refuted.py; issue 7, session 38, prec38)
        return price_refuted.refuted_in_context(lower_text(doc), sentences.starts, sentences.ends, index, head,
                                                money_in(doc))


_OUR_PARTIES = frozenset({"BUYER", "TARGET"})
# Right after an amount: a relative clause that defines the sum ("Die 20 Milliarden, die Microsoft für Nuance bot"): the
# definite article points forward at it, not back at a sum the text stated.
_DEFINING_RELATIVE_AFTER = re.compile(
    r"(?i)[^\S\n]*,[^\S\n]*(?:(?:für|mit|von|an|über|um|bei|aus|durch|gegen)[^\S\n]+)?"
    r"(?:die|der|den|dem|das|denen|deren|dessen|welche[nmrs]?)(?![\wäöüß])")


def _defining_relative(text: str, head: MoneyMention, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The span (absolute offsets) of the relative clause that defines a sum named with a definite or demonstrative
    article ("Die 20 Milliarden Euro, die Microsoft für Nuance bot, waren mehr"), else None. Its parties and verbs say
    what the sum is, as the amount's own clause does (issue 7, session 39, recall39)."""
    relative = _DEFINING_RELATIVE_AFTER.match(text, _compound_end(text, head))
    if relative is None or _definite_before(text, head.start) is None or relative.end() >= sentence[1]:
        return None
    sent_start = sentence[0]
    lo, hi = context.clause_around(text[sent_start : sentence[1]], relative.end() - sent_start, relative.end() - sent_start)
    return sent_start + lo, sent_start + hi


# "als" and up to three words after it in a relative clause: the predicative noun phrase that names what the sum is
# ("die Facebook als Umsatz meldete", "die Meta als Strafe zahlen musste", "die er als Gewinn verbuchte").
_AS_PHRASE = re.compile(r"(?i)(?<![\wäöüß])als\s+((?:[\wäöüß-]+\s+){0,2}[\wäöüß-]+)")


def _named_as_other_money(relative: str) -> bool:
    """Does a relative clause that defines a sum (`_defining_relative`) name it, after "als", by a noun of takings or
    penalties (deal.json money_named_as: "Umsatz", "Gewinn", "Strafe"; not "Investition", review43)? "Die 21 Milliarden Dollar, die Facebook als
    Umsatz meldete, ...": the clause says what the definite article means, takings, whoever's they are; a clause
    naming Facebook is no price by that alone (issue 7, session 43, prec43). Not a comparison's "als" after a
    comparative ("die Facebook mehr als Google bot": no noun of money follows)."""
    return any(context.has("money_named_as", found.group(1)) for found in _AS_PHRASE.finditer(relative))


def _compound_end(text: str, head: MoneyMention) -> int:
    """Where the word ends that the amount opens as a compound of a deal noun ("Die 20-Milliarden-Übernahme, die Adobe
    ... verkündete": the lead's D6), else the amount's end: a relative clause after the compound defines the deal the
    sum names."""
    if _DEAL_COMPOUND.match(text, head.end) is None:
        return head.end
    word = _WORD_REST.match(text, head.end)
    return head.end if word is None else word.end()


# The rest of a hyphenated word after an amount ("-Milliarden-Übernahme", "-Dollar-Deals").
_WORD_REST = re.compile(r"[\wäöüß-]+")


def _known_definite_sum(text: str, head: MoneyMention, earlier: list[MoneyMention]) -> bool:
    """Is `head` a price stated before named again with a definite or demonstrative article ("Die 19 Milliarden von
    damals", "die knapp 22 Milliarden Dollar" after "rund 21,8 Milliarden Dollar": `_definite_before`, `_same_sum`),
    and no relative clause after it defines another sum ("Die 19 Milliarden, die Google geboten hätte")? The article
    points back at that price, which its own clause need not name again (D24; issue 7, session 39, recall39:
    own69-030, own69-050)."""
    return (_definite_before(text, head.start) is not None and _DEFINING_RELATIVE_AFTER.match(text, head.end) is None
            and any(price.start < head.start and _same_sum(head, price) for price in earlier))


# Right after a sum: an attribute that dates it to the past ("von damals", "von 2014", "aus dem Jahr 2014").
_OF_THEN_AFTER = re.compile(r"(?i)[ \t]+(?:von|aus)[ \t]+(?:damals|(?:dem[ \t]+jahr[ \t]+)?(?:19|20)\d\d)(?![\wäöüß])")


# Right after a sum: an attribute that names the deal's announcement or closing as its source ("aus der Ankündigung",
# "bei der Bekanntgabe", "vom Abschluss").
_OF_A_MOMENT_AFTER = re.compile(r"(?i)[ \t]+(?:aus|bei|von|vom|beim|zur|zum)[ \t]+(?:der[ \t]+|dem[ \t]+)?"
                                r"(?:ankündigung|bekanntgabe|bekanntmachung|abschluss|vollzug|closing)(?![\wäöüß])")


def _definite_sum_of_a_moment(text: str, mention: MoneyMention) -> bool:
    """'Die Quellen nennen die 19 Milliarden aus der Ankündigung': a sum the definite article takes for known, with an
    attribute naming the deal's announcement or closing as its source, is the price of that moment (D24: the one sum
    the text's other mentions of it share). Issue 7, session 58, prec58 (own47-052, whose bracketed row takes its
    moment from it)."""
    return _definite_before(text, mention.start) is not None and _OF_A_MOMENT_AFTER.match(text, mention.end) is not None


def _definite_sum_of_then(text: str, mention: MoneyMention) -> bool:
    """Is `mention` a sum named with the definite article and dated to the past by its own attribute ("Die 19
    Milliarden Dollar von damals")? The article takes it for known, the attribute says it was paid then: "heute" in its
    clause dates the judging of it, not a later value. Issue 7, session 48, prec48 (own88-054)."""
    return _definite_before(text, mention.start) is not None and _OF_THEN_AFTER.match(text, mention.end) is not None


def _definite_sum_for_the_target(text: str, head: MoneyMention) -> bool:
    """Is `head` a sum named with the definite article and "für WhatsApp" right after it ("Die 19 Milliarden Dollar für
    WhatsApp hat Facebook längst wieder eingespielt")? The article takes the sum for known, its attribute says what it
    bought: the price, whatever its clause's verb does with it (earning it back is earning back what was paid), as a
    definite restatement of a price told before is (`_known_definite_sum`). Not "die 20 Milliarden für Figma" (another
    target), nor a sum a relative clause after it defines. Issue 7, session 48, prec48 (own88-028, a press review)."""
    return (_definite_before(text, head.start) is not None and _FOR_NAMED_TARGET_AFTER.match(text, head.end) is not None
            and _DEFINING_RELATIVE_AFTER.match(text, head.end) is None)


# Where a sentence goes on with a statement of its own after the amount: a semicolon or a dash ("Facebook soll 22
# Milliarden geboten haben – das Unternehmen dementiert das").
_STATEMENT_AFTER = re.compile(r";|\s[–—-]\s")


def _report_denied_after(text: str, sentences: context.Sentences, index: int, head: MoneyMention) -> bool:
    """Does the text right after the amount `head` (in sentence `index`) deny what the amount's sentence reports: the
    sentence after it, or a statement after a semicolon or a dash in its own sentence? The report tells hearsay
    (deal.json hearsay_words: "Ein Gerücht ...: Facebook habe 22 Milliarden geboten", "Laut einem Bericht soll Meta 20
    Milliarden gezahlt haben"), the denial says so (denials: "dementierte", "bestritt", "wies ... zurück", "nie
    gegeben", "erfunden") with a word pointing back at it (denied_anaphors: "ein solches Angebot", "diese Zahl",
    "dementierte das."), and no negation is left beside the denial ("dementierte die Summe nicht" confirms it). Issue
    7, session 38, price38."""
    sent_start, sent_end = sentences.span(index)
    reports = [(text[sent_start:sent_end], text[slice(*sentences.span(index + 1))])] if index + 1 < len(
        sentences.starts) else []
    inside = _STATEMENT_AFTER.search(text, head.end, sent_end)
    if inside is not None:
        reports.append((text[sent_start : inside.start()], text[inside.end() : sent_end]))
    # (the report's hearsay words first: a few substring tests, where the denial's reading scans the sentence after
    # for its amounts; most reports tell none, and both tests are pure, so the answer is the same; speed56)
    return any((context.has("hearsay_words", report) or context.has("reported_finites", report))
               and (_denies(denial) or _negates_the_same_sum(denial, head))
               for report, denial in reports)


def _negates_the_same_sum(denial: str, head: MoneyMention) -> bool:
    """Does the statement `denial` after a report deny the report's own figure by negating it: a negation (deal.json
    denying_words: "nicht", "nie", "kein") right before the same figure ("Facebook soll 21 Milliarden Dollar gezahlt
    haben. Das Unternehmen zahlte aber nicht 21 Milliarden Dollar.", "... Facebook hat nie 21 Milliarden gezahlt")?
    The sum is taken up to be denied, so the report is refuted (the lead's D56 (b): a figure quoted to be refuted is no
    price), whether or not a pronoun points back at it. Not a negation inside an unreal condition ("Hätte Facebook
    nicht 21 Milliarden gezahlt, ..."), which makes its content the fact. Issue 7, session 43, prec43 (review42 item 1)."""
    for mention in find_money(denial):
        if not price_refuted.same_figure(mention, head):
            continue
        if _NEGATED_BEFORE.search(denial, max(0, mention.start - 30), mention.start) is not None \
                and _SUM_IS_THE_FOCUS.match(denial, mention.end) is not None \
                and not _in_unreal_condition(denial, mention.start, mention.end):
            return True
    return False


# A question that puts the sentence before it to the test, a sentence of its own ("Stimmt das?", "Ist das richtig?",
# "Trifft das zu?", "Wirklich?"), after a speaker's or a section's label.
_TEST_QUESTION = re.compile(
    r"(?i)\W*(?:[\wäöüß-]+\s*:\s*)?(?:(?:stimmt|stimmte)\s+(?:das|dies|es|diese\s+zahl|die\s+zahl)|(?:ist|war)\s+(?:das|dies)"
    r"\s+(?:so\s+)?(?:richtig|wahr|korrekt|zutreffend)|(?:trifft|traf)\s+(?:das|dies)\s+zu|wirklich|echt)"
    r"(?:\s+(?:so|wirklich|tatsächlich|eigentlich|denn|auch))*\s*\?\W*$")
# A partial no ("Nicht ganz.", "Teilweise."): it denies the figure only where the answer states another one.
_PARTIAL_NO = re.compile(r"(?i)\W*(?:[\wäöüß-]+\s*:\s*)?(?:nicht\s+ganz|teilweise|teils|jein|nur\s+bedingt)(?![\wäöüß])")


def _put_to_the_test_and_denied(text: str, sentences: context.Sentences, index: int, head: MoneyMention) -> bool:
    """Does the sentence after the amount's sentence put it to the test ("Stimmt das?", "Ist das richtig?") and the
    sentence after that answer no ("Nein: ...", "Falsch.", "Weit gefehlt"; `_YES_NO_ANSWER`, deal.json no_answers), or
    only partly ("Nicht ganz.") with another sum of the deal's size stated in the answer or the sentence after it
    ("Nicht ganz. Vereinbart wurden 19 Milliarden Dollar")? The claim tested is denied, no price told (issue 7,
    session 39, price39). A partial answer that tells the closing ("am Ende waren es 22 Milliarden") gives the deal's
    other figure, not a correction."""
    if index + 2 >= len(sentences.starts) or not _TEST_QUESTION.match(text[slice(*sentences.span(index + 1))]):
        return False
    answer = text[slice(*sentences.span(index + 2))]
    low = answer.lower()
    found = _YES_NO_ANSWER.match(low)
    if (found is not None and (found.group(1) or "nein") == "nein") or (
            _NO_ANSWER.match(low) is not None and not _PARTIAL_NO.match(low)):
        return True
    if not _PARTIAL_NO.match(low):
        return False
    told = answer + (" " + text[slice(*sentences.span(index + 3))] if index + 3 < len(sentences.starts) else "")
    return text_moment(told) != "closing" and any(
        other.has_scale and _plausible(other.value) and other.value != head.value for other in find_money(told))


def _denies(words: str) -> bool:
    """Do `words` deny a figure told before them: a denial (deal.json denials) with a word pointing back at it
    (denied_anaphors), and no negation beside the denial's own? The one reader, `price_refuted.denies_told` (the
    opt-out's refuted reports read it too; session 44, opt44)."""
    return price_refuted.denies_told(words)


def _conversion_start(text: str, sentences: context.Sentences, index: int) -> int | None:
    """Where the words begin that say the amount's sentence converts: the sentence itself ("Das entspricht etwa
    17,2 Milliarden Euro"), or the question it answers when that asks for another currency ("Moderatorin: In
    Euro?" - "Peters: Rund 14 Milliarden Euro."); None when nothing says so. Such an amount is a price only as
    the conversion of a price (`_converted_later` checks the rate)."""
    sent_start, sent_end = sentences.span(index)
    if context.has("conversion_cue", text[sent_start:sent_end]):
        return sent_start
    question = text[slice(*sentences.span(index - 1))].strip() if index else ""
    if question.endswith("?") and context.has("conversion_cue", question):
        return sentences.starts[index - 1]
    return None


def _earning_verbs(doc: Doc, sentences: context.Sentences, mentions: list[MoneyMention]) -> list[tuple[int, int]]:
    """Where the layer reads a verb of taking money in (`patterns/price_tokens.jsonl` EARNS: "setzte ... um" is
    "umsetzen" once the tagger rejoined it), in the sentences of the amounts that could be a price."""
    regions = sorted({sentences.span(sentences.index_at(m.amount_start)) for m in mentions
                      if _plausible(m.value) and m.currency in PRICE_CURRENCIES})
    return token_cues(doc, "price", regions).get("EARNS", [])


# "Zahl des Tages: 19.000.000.000" and then "So viele Dollar ...": a bare number whose unit the next sentence names.
# (The lookbehind sits after the first digit, as in year._YEAR: the same matches, found faster.)
_BARE_BIG_NUMBER = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:\.\d{3}){3,}(?![.,]?\d)")
_UNIT_NAMED_AFTER = re.compile(r"(?i)[^\S\n]*[.!:–—-]?\s+so\s+viele?\s+(us-dollar|dollar|euro)(?![\wäöüß])")


def _with_units_named_after(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """`mentions` and the bare numbers of a billion and more ("19.000.000.000") whose unit the sentence
    right after names ("So viele Dollar war ... wert"), with that currency."""
    if "so viel" not in text and "So viel" not in text:
        return mentions  # speed: the construction is rare
    # a short number whose scale and currency the degree phrase names ("12 – so viele Milliarden Euro ...";
    # models/price_degree_resumed.py, issue 7, session 56, prec56)
    mentions = price_degree_resumed.with_units_named_by_degree(text, mentions)
    added = []
    for number in _BARE_BIG_NUMBER.finditer(text):
        unit = _UNIT_NAMED_AFTER.match(text, number.end())
        if unit is None or any(m.amount_start <= number.start() < m.end for m in mentions):
            continue
        added.append(MoneyMention(start=number.start(), end=number.end(), amount_start=number.start(),
                                  amount_end=number.end(), value=parse_number(number.group()),
                                  currency=parse_currency(unit.group(1)), qualifier="exact", has_scale=False))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


# The scale words of a unit line's or header's column (money.json's, of exactly a billion: `money.scale_words` with
# `at_most`) and its currencies (money.json's words of the contract's two currencies). A unit lends its scale to the bare
# numbers of its rows, which are read as billions: a header in "Billionen" or "Bio." (at least a billion, as
# `money.scale_words(1e9)` reads a written sum's size, year.py `_BILLIONS`) would make them trillions. Issue 7, session
# 58, prec58: one reading of the one vocabulary for both unit rules (the unit line wrote "mrd|milliarden|mia" and five
# currencies by hand).
_BILLION_WORDS = money.scale_words(1e9, at_most=1e9)
_UNIT_CURRENCY_WORDS = longest_first(word for word, code in money.vocabulary()["currencies"].items()
                                     if code in PRICE_CURRENCIES)
# A chart's or table's unit line for the price: a price noun (deal.json chart_unit_heads) and, within its line, "in" with
# a scale of billions and a currency and no number before them ("Kaufpreis in Mrd. US-Dollar", "den Kaufpreis in
# Milliarden US-Dollar", "Kaufpreise (in Mrd. $)").
_UNIT_LINE = re.compile(
    rf"(?i)(?<![\wäöüß-]){context.cue_words('chart_unit_heads')}(?![\wäöüß-])[^\n\d.!?]{{0,40}}?"
    rf"(?<![\wäöüß])in[ \t\u00a0]+{_BILLION_WORDS}[ \t\u00a0]+(?P<currency>{_UNIT_CURRENCY_WORDS})"
    r"(?![\wäöüß])")
# A row of such a chart or table: a label of its own up to a colon on its line that dates a deal by its year
# ("WhatsApp (2014):", "9. Facebook / WhatsApp*, 2014:"; the lead's D49 (b) row) and a bare number of up to three digits
# (a decimal comma allowed) that ends the row (its line, or a full stop and a blank); not a time ("12:30"), nor a
# number with its own unit, nor a count's or a statistic's line ("Anzahl Transaktionen: 11": no year).
# A table's cell rule ("Facebook / WhatsApp (2014) | 19,0") parts label and number as the colon does (issue 7, session
# 56, prec56).
_UNIT_ROW = re.compile(r"(?m)[^\n:|]{0,80}?(?<!\d)(?:19|20)\d\d(?!\d)[^\n:|\d]{0,20}[:|][ \t\u00a0]*"
                       r"(?P<number>\d{1,3}(?:,\d{1,2})?)(?=[ \t\u00a0]*(?:$|[.;](?:\s|$)|\|[ \t\u00a0]*$))")
# How far after a unit line its rows may stand (characters).
_UNIT_LINE_REACH = 1500
# A table's or chart's bracketed unit header: a bracket with a scale of billions and a currency and no number that ends
# a line with no number (a heading, not a column of a CSV header or a column's description: "Preis (Mrd. USD);Art",
# "Preis (Mrd. USD): Gesamtpreis bei ..."; "(Transaktionsvolumen bei Ankündigung, in Mrd. US-Dollar)", "Große Zukäufe im Netz (Volumen bei
# Bekanntgabe, Mrd. US-Dollar)"). It heads the deals' column where the bracket's line, or the title line right above a
# bracket that stands alone on its line, names deals or what was paid (`_HEADER_DEAL_WORDS`) and no other money
# (deal.json not_price_nouns: "Umsatz (in Mrd. Dollar)"). The scale words and currencies are money.json's (a billion;
# the contract's two currencies: `_BILLION_WORDS`, `_UNIT_CURRENCY_WORDS` above). Issue 7, session 57, prec57.
_UNIT_BRACKET = re.compile(
    rf"(?im)^[^\n\d]*\([^()\n\d]*?(?<![\wäöüß])(?:in[ \t\u00a0]+)?(?:{_BILLION_WORDS})[ \t\u00a0]*"
    rf"(?P<currency>{_UNIT_CURRENCY_WORDS})(?![\wäöüß])[^()\n\d]*\)[ \t\u00a0]*:?[ \t\u00a0]*$")
_HEADER_DEAL_WORDS = re.compile(
    rf"(?i)(?<![\wäöüß-])(?:{context.cue_words('chart_unit_heads')}|{context.cue_words('chart_deal_heads')}"
    rf"|{context.cue_words('paid_participles')}|{context.cue_words('paid_preterites')})(?![\wäöüß-])")
# A row of the table under such a header that names no year: a label with a letter, then a cell rule, a colon or a
# spaced dash, and a bare number of up to three digits (a decimal comma allowed) that ends the line ("1 | Facebook /
# WhatsApp | 19,0", "Facebook – WhatsApp – 19,0"); not a time ("12:30": a digit right before the colon).
_CELL_ROW = re.compile(r"(?P<label>[^\n]{0,80}?)(?<!\d)(?:[ \t\u00a0]*[:|][ \t\u00a0]*|[ \t\u00a0]+[–—-][ \t\u00a0]+)"
                       r"(?P<number>\d{1,3}(?:,\d{1,2})?)[ \t\u00a0]*\|?[ \t\u00a0]*$")
_LETTER = re.compile(r"[A-Za-zÄÖÜäöüß]")
_TABLE_LINES_BEFORE_ROWS = 3  # lines between a bracketed header and its first row: a column header, a stamp


# Cached per text: `price_verdict` asks `_row_under_a_deal_header` once for every money mention of a text, and
# `_with_unit_line_rows` once more; the headers and their rows are the text's, read once.
@functools.lru_cache(maxsize=8)
def _bracket_headers(text: str) -> tuple[tuple[int, str], ...]:
    """The bracketed unit headers of deals in `text` (`_UNIT_BRACKET`): (the header line's end, the currency)."""
    headers = []
    for bracket in _UNIT_BRACKET.finditer(text):
        heading = bracket.group()
        if heading.lstrip().startswith("("):  # a bracket alone on its line: the subtitle of the title above it
            above = text[: bracket.start()].rstrip()
            title = above[above.rfind("\n") + 1 :]
            if not any(char.isdigit() for char in title):
                heading = title + " " + heading
        if _HEADER_DEAL_WORDS.search(heading) is not None and not context.has("not_price_nouns", heading):
            headers.append((bracket.end(), parse_currency(bracket.group("currency"))))
    return tuple(headers)


@functools.lru_cache(maxsize=32)
def _table_rows(text: str, start: int) -> tuple[tuple[int, int, str], ...]:
    """The rows of the table under a bracketed unit header ending at `start`: (the number's start, its end, the number),
    line by line. A row is a dated row (`_UNIT_ROW`) or a row of cells (`_CELL_ROW`, taken where its label names
    WhatsApp); blank lines go on; before the
    first row a few lines that are no rows may stand (a column header, "Stand: 12:30 Uhr"); after it the first line
    that is no row ends the table (a paragraph of prose, a new heading over a table of its own)."""
    rows: list[tuple[int, int, str]] = []
    skipped, seen = 0, False
    end = min(len(text), start + _UNIT_LINE_REACH)
    for line in re.finditer(r"[^\n]*", text[start:end]):
        line_start, line_end = start + line.start(), start + line.end()
        if not line.group().strip():
            continue
        row = _UNIT_ROW.fullmatch(text, line_start, line_end) or _CELL_ROW.fullmatch(text, line_start, line_end)
        if row is not None and (row.re is _UNIT_ROW or _LETTER.search(row.group("label")) is not None):
            seen = True
            # a row of cells is taken where its label names WhatsApp: a total's or an average's row ("Summe | 22,0")
            # or another company's row is a row of the table, but no row of the deal (review57's finding)
            if row.re is _UNIT_ROW or context.has("target", row.group("label")):
                rows.append((row.start("number"), row.end("number"), row.group("number")))
            continue
        skipped += 1
        if seen or skipped > _TABLE_LINES_BEFORE_ROWS:
            break
    return tuple(rows)


_ROW_COLON_BEFORE = re.compile(r":[ \t\u00a0]*$")
_ROW_END_AFTER = re.compile(r"[ \t\u00a0]*[.;][ \t\u00a0]+[A-ZÄÖÜ]")


def _ends_a_row(text: str, mention: MoneyMention) -> bool:
    """Is `mention` a bare number (no scale or currency written) right after a row label's colon, ended by a full stop
    or semicolon before the next row's capital ("WhatsApp (2014): 19. Oculus VR (2014): 2.")?"""
    return (mention.start == mention.amount_start and text[mention.start : mention.end].replace(",", "").isdigit()
            and _ROW_COLON_BEFORE.search(text, max(0, mention.start - 4), mention.start) is not None
            and _ROW_END_AFTER.match(text, mention.end) is not None)


def _row_under_a_deal_header(text: str, mention: MoneyMention) -> bool:
    """Is `mention` the bare number of a row under a bracketed unit header of deals (`_bracket_headers`,
    `_table_rows`: "Top-Deals (Volumen bei Abschluss, Mrd. USD)" over "Facebook – WhatsApp – 21,8")? The header says
    what each row's number is: the sum the row's deal was bought for (the lead's D69 (a)); whose deal it is the
    row's parties say (`price_verdict`'s party tests). Issue 7, session 57, prec57."""
    if mention.start != mention.amount_start or "(" not in text:
        return False
    return any(any(at == mention.amount_start for at, _, _ in _table_rows(text, header_end))
               for header_end, _ in _bracket_headers(text) if header_end <= mention.start)


def _with_unit_line_rows(text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """`mentions` and the bare numbers of the rows under a chart's or table's unit line for the price (`_UNIT_LINE`),
    in that line's scale and currency: "Die waagerechte Achse zeigt den Kaufpreis in Milliarden US-Dollar. ... WhatsApp
    (2014): 19." is 19 billion dollars (the lead's D69 (a): the axis title or unit line is the column header of every
    bar or row). Rows follow the line in its paragraph or in the paragraphs after it, up to the first paragraph with no
    row once rows were found. `price_verdict` judges each such number as any other amount (another company's row is
    another deal's). Issue 7, session 51, prec51 (own94-003, own94-012)."""
    if "in M" not in text and "in m" not in text and "Mrd" not in text and "Milliarden" not in text:
        return mentions  # speed: no unit line without "in Mrd."/"in Milliarden" or a bracket of billions
    taken = {m.amount_start for m in mentions}
    added: dict[int, MoneyMention] = {}
    tables = [(line.end(), parse_currency(line.group("currency")), None) for line in _UNIT_LINE.finditer(text)]
    tables += [(line_end, currency, _table_rows(text, line_end)) for line_end, currency in _bracket_headers(text)]
    for line_end, currency, table in tables:
        end = min(len(text), line_end + _UNIT_LINE_REACH)
        paragraph_start, seen = line_end, False
        while paragraph_start < end:
            paragraph_end = text.find("\n\n", paragraph_start, end)
            paragraph_end = end if paragraph_end < 0 else paragraph_end
            rows = [(row.start("number"), row.end("number"), row.group("number"))
                    for row in _UNIT_ROW.finditer(text, paragraph_start, paragraph_end)] if table is None else table
            if seen and not rows and text[paragraph_start:paragraph_end].strip():
                break  # the table ended: a paragraph of running text
            for at, row_end, number in rows:
                if at in taken or at in added or any(m.start <= at < m.end for m in mentions):
                    continue
                said = parse_number(number)
                value = float(said) * 1e9
                added[at] = MoneyMention(start=at, end=row_end, amount_start=at, amount_end=row_end,
                                         value=int(value) if value.is_integer() else value, currency=currency,
                                         qualifier="exact", has_scale=True)
            seen = seen or bool(rows)
            if table is not None:
                break  # a bracketed header's table is read line by line at once (`_table_rows`)
            paragraph_start = paragraph_end + 2
    if not added:
        return mentions
    return sorted([*mentions, *added.values()], key=lambda m: m.start)


# A bare number of one or two digits (a decimal comma allowed) that is no part of a date, time, version or other number:
# "beim Abschluss knapp 22.", "statt der 19, die ...".
_ELLIPTIC_NUMBER = re.compile(r"(?<![\w.,/:-])\d{1,2}(?:,\d{1,2})?(?![\w%°€$]|[.,:/]\d)")
# The same number said in words ("waren es fast zweiundzwanzig", "einundzwanzig Komma acht"; models/number_words.py),
# below a hundred as the digits are.
_ELLIPTIC_WORDS = re.compile(rf"(?i)(?<![\wäöüß-]){number_pattern()}")
# What may follow it: the end of its clause or sentence (not a date's dot before a month, "19. Feb. 2014"), or a
# verb of being (deal.json elliptic_followers).
_ELLIPTIC_END = re.compile(
    rf"(?i)[ \t]*(?:(?!\.\s*(?:{'|'.join(sorted({m[:3] for m in MONTH_INDEX}))}))[.,;:!?)\"“”»«'–—]|-(?!\w)|$|\n"
    rf"|{context.cue_words('elliptic_followers')}(?![\wäöüß]))"
)
# How far before a bare number a date's frame ("im Jahr", "anno", a month's name) may start (characters).
_DATE_FRAME_REACH = 16
# The stretch after a scaled sum where its scale reaches: its sentence and the next (the Doc's sentences,
# models/sentences.py), within a paragraph and this many characters.
_ELLIPSIS_REACH = 200


def _with_elliptic_scales(doc: Doc, text: str, mentions: list[MoneyMention]) -> list[MoneyMention]:
    """`mentions` and the bare numbers after a sum of billions whose scale German names once, at that sum ("Für
    WhatsApp waren es 2014 rund 19 Milliarden Dollar angekündigt, beim Abschluss knapp 22.", "kost' WhatsApp jetzt
    21,8 Mrd. Dollar statt der 19", "Am Ende wurden es sogar fast 22"): in the sum's sentence or the next, within a
    paragraph, a number of one or two digits that ends its clause (or comes before a verb of being) and lies within
    a quarter of that sum, taken in its scale, where the words from that sum to the end of the number's sentence
    date a moment of the deal (`moment.names_a_moment`), with no currency of its own (the price's currency
    conventions decide it). Issue 7, session 28, price28 (own47's misses). `price_verdict` judges each such number as any other amount."""
    # (a sum of billions outside the window opens a gapped clause only: "LinkedIn für 26,2 Milliarden Dollar, Facebook
    # ... WhatsApp für 19", `_gapped_for_phrase`)
    scaled = [m for m in mentions if m.has_scale and (_plausible(m.value) or m.value >= MIN_PRICE)]
    if not scaled:
        return mentions
    taken = {m.amount_start for m in mentions}
    added: dict[int, MoneyMention] = {}
    sentences = context.Sentences.of(doc)  # (the one splitter; issue 7, session 29, clean29)
    for mention in scaled:
        if not _plausible(mention.value) and not _for_in_its_clause(text, mention):
            continue  # (speed: a sum outside the window counts only before a gapped "für" clause)
        limit = min(len(text), mention.end + _ELLIPSIS_REACH)
        after = min(sentences.index_at(mention.end - 1) + 1, len(sentences.ends) - 1)  # the sentence after the sum's
        reach = min(limit, sentences.ends[after])
        blank_line = text.find("\n\n", mention.end, reach)  # within a paragraph
        if blank_line >= 0:
            reach = blank_line
        numbers = sorted([*_ELLIPTIC_NUMBER.finditer(text, mention.end, reach),
                          *_ELLIPTIC_WORDS.finditer(text, mention.end, reach)], key=lambda m: m.start())
        for number in numbers:
            if number.start() in taken or number.start() in added:
                continue
            if dates.SHORT_DATE_FRAME_BEFORE.search(text, max(0, number.start() - _DATE_FRAME_REACH), number.start()):
                continue  # a date's part, not a sum: "angekündigt waren im Februar neunzehn", "im Jahr 20"
            part = _plausible(mention.value) and _part_in_cash_and_shares(text, number)
            gapped = not part and _gapped_for_phrase(text, mention, number)
            if not gapped and not _plausible(mention.value):
                continue
            if not part and not gapped:
                if not _ELLIPTIC_END.match(text, number.end()) and not _definite_bare_number(text, number):
                    continue
                # the two sums set against each other as two moments of the deal ("..., beim Abschluss knapp 22",
                # "statt der 19, die im Februar ... angekündigt worden san"): not a list of reported figures ("ein
                # Freund sagt 22 Milliarden und im Internet steht irgendwo 16", "mal von 16 Milliarden, mal von 19")
                told_end = min(reach, sentences.ends[sentences.index_at(number.end() - 1)])
                if not names_a_moment(text[mention.end : told_end]):
                    continue
            try:
                said = parse_number(number.group())
            except ValueError:
                continue  # number parts the grammar does not build ("zweidrei")
            value = float(said) * 1e9
            if said >= 100 or not (_plausible(value) and (gapped or abs(value - mention.value) <= mention.value / 4)):
                continue
            qualifier, begin = qualifier_before(text, number.start())
            added[number.start()] = MoneyMention(start=begin, end=number.end(), amount_start=number.start(),
                                                 amount_end=number.end(), value=int(value) if value.is_integer() else value,
                                                 # a part of the sum ("davon") is in its currency, as in its scale
                                                 currency=mention.currency if part else None, qualifier=qualifier,
                                                 has_scale=True)
    if not added:
        return mentions
    return sorted([*mentions, *added.values()], key=lambda m: m.start)


# "für" right before a sum (a qualifier between allowed), and the coordination that opens a gapped clause after a sum
_FOR_RIGHT_BEFORE = re.compile(r"(?i)(?<![\wäöüß])für[^\S\n]+(?:[\wäöüß.]+[^\S\n]+)?$")
_GAP_OPENS = re.compile(r"(?i)[^\S\n]*(?:,|;|und(?![\wäöüß]))")
_GAP_REACH = 80  # the gapped clause: a subject, a time and an object before its "für" (characters)


# A definite article right before a bare number, and after the number a verb: a small word, then no noun ("auf die 22
# kam man erst ...", "die 22 stehen für den Abschluss"), not an adjective before its noun ("die 22 größten Deals")
_ARTICLE_RIGHT_BEFORE = re.compile(r"(?i)(?<![\wäöüß])(?:die|der|den)[^\S\n]+$")
_VERB_AFTER = re.compile(r"[^\S\n]+[a-zäöüß]+(?![\wäöüß-])(?![^\S\n]+[A-ZÄÖÜ])")


def _definite_bare_number(text: str, number: re.Match[str]) -> bool:
    """Is the bare number a sum named by its definite article, a verb right after it ("auf die 22 kam man erst, als
    ...")? The article makes it a quantity known from before, the lower-case word after it leaves no noun for it to
    count. Issue 7, session 56, prec56 (challenge_gen32-012)."""
    return _ARTICLE_RIGHT_BEFORE.search(text, max(0, number.start() - 6), number.start()) is not None and \
        _VERB_AFTER.match(text, number.end()) is not None


_FOR_WORD = re.compile(r"(?i)(?<![\wäöüß])für(?![\wäöüß])")
_CLAUSE_MARKS = re.compile(r"[.!?;:,\n]")


def _for_in_its_clause(text: str, mention: MoneyMention) -> bool:
    """Does a "für" phrase stand in the clause of `mention` before it, within `_GAP_REACH` characters ("für 3,2
    Milliarden Dollar", "Für LinkedIn zahlte Microsoft 26,2 Milliarden Dollar")?"""
    start = max(0, mention.start - _GAP_REACH)
    marks = [found.end() for found in _CLAUSE_MARKS.finditer(text, start, mention.start)]
    return _FOR_WORD.search(text, marks[-1] if marks else start, mention.start) is not None


def _gapped_for_phrase(text: str, mention: MoneyMention, number: re.Match[str]) -> bool:
    """Is the bare number the sum of a gapped clause that repeats the "für" phrase of the scaled sum before it ("Nest
    ging an Google für 3,2 Milliarden Dollar, wenig später WhatsApp an Facebook für 19.")? German leaves out the verb
    and the scale that the first clause names; the number is then in that scale whatever its distance from the first
    sum (each is another purchase's price: `price_verdict` judges it by its own clause's parties). The number ends its
    sentence or clause (`_ELLIPTIC_END`); the first sum has a "für" phrase in its clause before it; the number has its
    "für" right before it (a qualifier or the object between at most); the second clause opens with a comma, semicolon
    or "und" right after the first sum and reaches the number within `_GAP_REACH` characters with no sentence end,
    colon or line break between. Issue 7, session 56, prec56 (own102-016)."""
    if not _ELLIPTIC_END.match(text, number.end()) or number.start() - mention.end > _GAP_REACH:
        return False
    if not _for_in_its_clause(text, mention) or \
            _FOR_RIGHT_BEFORE.search(text, max(0, number.start() - 30), number.start()) is None:
        return False
    gap = _GAP_OPENS.match(text, mention.end)
    if gap is None:
        return False
    between = text[gap.end() : number.start()]
    return not any(mark in between for mark in ".!?;:\n")


def _part_in_cash_and_shares(text: str, number: re.Match[str]) -> bool:
    """Is the bare number the 'davon' part of the sum told before it, paid in cash and shares ("neunzehn Milliarden
    Dollar, davon sechzehn in bar und Aktien", "Sechzehn davon in bar und Aktien")? 'davon' ties it to that sum, so
    it is in that sum's scale and currency wherever its clause goes on (D19's base price; issue 7, session 37,
    price37)."""
    told = _TOLD_IN_CASH_AND_SHARES_AFTER.match(text, number.end())
    return told is not None and (told.group("davon") is not None
                                 or _DAVON_BEFORE.search(text, max(0, number.start() - 8), number.start()) is not None)


def _sentence_moment(sentence: str, sent_start: int, head: MoneyMention, big: list[MoneyMention],
                     accepted: list[_PriceGroup]) -> str:
    """The moment the amount's own sentence gives it (its clause, else the sentence's cues that are not
    another amount's), without looking at other sentences."""
    def spans(mentions: list[MoneyMention]) -> tuple[tuple[int, int], ...]:
        return tuple((m.amount_start - sent_start, m.end - sent_start) for m in mentions
                     if 0 <= m.amount_start - sent_start < len(sentence) and m.amount_start != head.amount_start)
    return price_moment(sentence, head.start - sent_start, head.end - sent_start, spans(big),
                        spans([h for h, _, _ in accepted]))


def _passage(doc: Doc, text: str, sentences: context.Sentences, parties: list[frozenset[str]], index: int,
             target_in_doc: bool, buyer_in_doc: bool, earlier_prices: tuple[MoneyMention, ...],
             only_purchase: bool = False) -> Passage:
    """What surrounds the amount in sentence `index`: the layer's parties, the block's intro, the neighbours;
    `target_in_doc`, `buyer_in_doc` and `only_purchase` are the document's (`Passage`)."""
    sent_start, sent_end = sentences.span(index)
    block = block_at(doc, sent_start)
    first = max(0, index - 2)
    near = frozenset().union(*parties[first : index + 1])
    passage_start = max(sentences.starts[first], block.start if block is not None else 0)
    previous = ""
    if index > 0 and block is not None and sentences.starts[index - 1] >= block.start:
        previous = text[slice(*sentences.span(index - 1))]
    intro = ""
    if block is not None and block.intro is not None:
        intro_block = doc_value(doc, "blocks")[block.intro]
        intro = text[intro_block.start : intro_block.end]
    return Passage(
        text=text[passage_start:sent_end],
        target_near="TARGET" in near,
        buyer_near="BUYER" in near,
        deal_near="DEAL" in near,
        window=text[sentences.starts[first] : sent_end],
        target_in_doc=target_in_doc,
        buyer_in_doc=buyer_in_doc,
        next_sentence=text[slice(*sentences.span(index + 1))] if index + 1 < len(sentences.starts) else "",
        previous_sentence=previous,
        line_before=_sentence_on_the_line_before(text, sentences, index),
        sentence_before=text[slice(*sentences.span(index - 1))] if index > 0 else "",
        intro=intro,
        in_list_item=block is not None and block.kind == "list_item",
        in_answer=block is not None and block.kind == "answer",
        target_in_sentence="TARGET" in parties[index],
        earlier_prices=earlier_prices,
        price_just_before=index > 0 and any(
            sentences.starts[index - 1] <= price.start < sentences.ends[index - 1] for price in earlier_prices
        ),
        window_prices=tuple(price for price in earlier_prices if sentences.starts[first] <= price.start < sent_start),
        replied_prices=_prices_before_label(doc, text, sentences, index, block, earlier_prices),
        only_purchase=only_purchase,
    )


# Between a sentence and the next: one line break, no blank line (a paragraph break is a blank line).
_ONE_LINE_BREAK = re.compile(r"[^\S\n]*\n[^\S\n]*")


def _sentence_on_the_line_before(text: str, sentences: context.Sentences, index: int) -> str:
    """The sentence before sentence `index` when it is the whole end of the line right before: a full sentence
    (closed by ".", "!" or ":") and one line break between the two, no blank line. Plain language, subtitles and
    slides set one sentence a line ("Facebook hat WhatsApp gekauft.\nFür 19 Milliarden Dollar."); a verbless
    fragment on the next line goes on with it as it would on the same line. Not a heading (no closing mark), not
    across a paragraph's blank line (issue 7, session 45, prec45)."""
    if index == 0:
        return ""
    start, end = sentences.span(index - 1)
    before = text[start:end].rstrip()
    if not before.endswith((".", "!", ":")) or not _ONE_LINE_BREAK.fullmatch(text, start + len(before),
                                                                              sentences.starts[index]):
        return ""
    return before


def _prices_before_label(doc: Doc, text: str, sentences: context.Sentences, index: int, block: Block | None,
                         earlier_prices: tuple[MoneyMention, ...]) -> tuple[MoneyMention, ...]:
    """The prices of the two sentences before the label line ending in a colon that introduces the amount's block
    and is the sentence right before it ("lena.k antwortet mike_77:" over a reply): what the reply answers."""
    if not earlier_prices or index < 2 or block is None or block.intro is None:
        return ()
    label = doc_value(doc, "blocks")[block.intro]
    if not (label.start <= sentences.starts[index - 1] < label.end and text[label.start : label.end].rstrip().endswith(":")):
        return ()
    start, end = sentences.starts[max(0, index - 3)], sentences.starts[index - 1]
    return tuple(price for price in earlier_prices if start <= price.start < end)


# In a price label, the words of what the sum includes ("Gesamtvolumen einschließlich RSU", "Preis inkl. Aktien").
_INCLUDED_IN_LABEL = re.compile(r"(?i)\s(?:einschließlich|inklusive|inkl\.|zuzüglich|zzgl\.|samt|mitsamt)(?![\wäöüß])")


def _party_clause(text: str, mention: MoneyMention, sentence: tuple[int, int]) -> tuple[int, int, bool]:
    """The words whose parties own the amount (absolute offsets) and whether they label it. Its clause in
    the sentence, without the standard of a comparison after the amount; for a bare amount after a colon, the
    label before it ("4. HP/Autonomy: 11 Mrd."); for a bare amount in brackets, the words it is bracketed to
    ("teurer als der Kauf von Skype durch Microsoft (8,5 Mrd.)")."""
    sent_start, sent_end = sentence
    sentence_text = text[sent_start:sent_end]
    rel_start, rel_end = mention.start - sent_start, mention.end - sent_start
    start, end = context.clause_around(sentence_text, rel_start, rel_end)
    bare = _BARE_AMOUNT.match(sentence_text[start:rel_start] + sentence_text[rel_end:end]) is not None
    dash = _DASH_AFTER.match(sentence_text, end)
    if bare and dash is not None and _ONLY_PUNCTUATION.match(sentence_text[:start]):
        # "13,7 Milliarden Dollar – so viel zahlte Amazon für Whole Foods": the clause after the dash says whose
        after_end = context.clause_around(sentence_text, dash.end(), dash.end())[1]
        return sent_start + dash.end(), sent_start + after_end, False
    if start > 0 and bare and sentence_text[start - 1] in ":(" and not (
        sentence_text[start - 1] == ":" and _speaker_label(text, sentence_text[:start - 1])
    ):
        before_start = context.clause_around(sentence_text, start - 1, start - 1)[0]
        if sentence_text[start - 1] == "(":
            words = _BRACKETED_TO.search(sentence_text, before_start, start - 1)
            before_start = words.start("owner") if words else before_start
        elif before_start > 0 and sentence_text[before_start - 1] == "," and \
                _PRICE_WORD_LABEL.fullmatch(sentence_text[before_start : start - 1]):
            # "2019 griff Salesforce bei Tableau zu, Preis: 15,7 Milliarden Dollar": a label that is only a price word
            # names nobody; the clause before its comma tells whose price it is (issue 7, session 39, price39)
            before_start = _clause_before(sentence_text, before_start)
        label_end = start - 1
        included = _INCLUDED_IN_LABEL.search(sentence_text, before_start, label_end)
        if included is not None and context.has("price_label", sentence_text[before_start : included.start()]) \
                and not any(context.has(name, sentence_text[included.end() : label_end])
                            for name in ("other_targets", "other_buyers")):
            # "Gesamtvolumen einschließlich RSU: 19 Mrd. USD": what a price label says the sum includes is a part of
            # it, no party whose sum it is (issue 7, session 54, prec54)
            label_end = included.start()
        return sent_start + before_start, sent_start + label_end, True
    comparison = _COMPARISON.search(sentence_text, rel_end, end)
    if comparison is not None:
        end = comparison.start()  # "... 15 Mrd. Dollar – weniger als Facebook für WhatsApp": the standard is no party
    own_words = (sentence_text[start:rel_start] + " betrag " + sentence_text[rel_end:end]).rstrip(" .!?\n")
    if (resumed := _resumed_after_relative(sentence_text, start, rel_start)) is not None:
        # "Facebook hat für eine App, die ... zu tragen, 19 Milliarden Dollar geboten": the main clause a closed relative
        # clause interrupts goes on after it; its subject before the relative clause owns the amount (issue 7, session
        # 47, prec47, own85-005)
        start = resumed
    elif start > 0 and sentence_text[start - 1] == "," and (
            _RELATIVE_CLAUSE.match(own_words) or _VALUE_APPOSITION.match(own_words)):
        # "der Kauf einer Sparte von A durch B, der B rund 14 Mrd. Dollar kostet": a relative clause's amount
        # belongs to its antecedent, whose parties are the clause's before the comma (issue 7, session 35, price35,
        # own61-018); so does a value in apposition ("Meta hält ein Viertel von Scale AI, im Wert von 14 Mrd. Dollar")
        start = _clause_before(sentence_text, start)
    return sent_start + start, sent_start + end, False


def _resumed_after_relative(sentence_text: str, start: int, rel_start: int) -> int | None:
    """Where the clause begins that a closed relative clause interrupts, when the amount's clause (from `start`) is its
    continuation: "In dieser Woche hat Facebook für eine App, die nichts anderes tut als ..., 19 Milliarden Dollar
    geboten" (the relative clause between the antecedent and the amount, `moment.closed_relative_clauses`; the clause
    after it, with no subject of its own, goes on with the one before). None where no relative clause closes right
    before `start`, or where the relative clause names a company of the purchase (the buyer, another buyer or target):
    its names would stand in the span beside the owner's."""
    if start == 0 or sentence_text[start - 1] != ",":
        return None
    for lo, hi in moment.closed_relative_clauses(sentence_text, rel_start):
        if hi == start and lo > 0:
            relative = sentence_text[lo:hi]
            if context.has("buyer", relative) or context.has("other_buyers", relative) \
                    or context.has("other_targets", relative):
                return None  # "Google hat für den Messenger, den später Facebook kaufte, 18 Milliarden geboten": a party
                # named inside the relative clause would stand beside the clause's own; the continuation is judged alone
            return context.clause_around(sentence_text, lo - 1, lo - 1)[0]
    return None


# A label that is only a word of the price or the deal's value ("Preis", "Kaufpreis", "Volumen"; deal.json price_label).
_PRICE_WORD_LABEL = re.compile(rf"(?i)\s*(?:{context.cue_words('price_label', bare=True)})\s*")


# A clause that is only a value in apposition to the clause before ("..., im Wert von <amount>"; the amount replaced by
# "betrag" as `_party_clause` reads it).
_VALUE_APPOSITION = re.compile(r"(?i)^\s*(?:im\s+wert\s+von|mit\s+einem\s+wert\s+von|wert)\s+(?:\S+\s+)?betrag\s*$")


def _speaker_label(text: str, before_colon: str) -> bool:
    """Is the label before the colon a speaker's name that opens several lines of the text (a transcript's
    "Peters: Rund 14 Milliarden Euro."), not the party of a fact line ("HP/Autonomy: 11 Mrd.")?"""
    label = before_colon.strip()
    if not label or "\n" in label or len(label) > 40 or text.count(label) < 2:
        return False  # (the count: most labels stand once, and a line walk costs more)
    return sum(1 for line in text.split("\n") if _opens_with_label(line, label)) >= 2


def _opens_with_label(line: str, label: str) -> bool:
    """Does `line` open with `label` and a colon (spaces or tabs allowed around the label)?"""
    rest = line.lstrip(" \t")
    return rest.startswith(label) and rest[len(label) :].lstrip(" \t").startswith(":")


# A dash between clauses ("13,7 Mrd. Dollar – so viel zahlte ...").
_DASH_AFTER = re.compile(r"\s[–—-]\s")
# Before a bracketed amount: the words it belongs to, after the last comparison word or conjunction
# ("mehr wert als Sony (18 Mrd.)", "... und von Motorola durch Google (12,5 Mrd.)").
_BRACKETED_TO = re.compile(r"(?:^|(?<![\wäöüß])(?:als|wie|und|sowie|oder)\s+)(?P<owner>(?:(?!\b(?:als|wie|und|sowie|oder)\b)[^(])*?)\s*$")


def _in_headline(doc: Doc, offset: int) -> bool:
    """Does character `offset` lie in the document's headline: a heading or question line (document structure of the
    linguistic layer) with only such lines before it (a title, its kicker and subtitle), not a subheading or fact
    line further down ("Nachrichten pro Tag: 19 Mrd. gesendet")?"""
    block = block_at(doc, offset)
    if block is None or block.kind not in _HEADING_KINDS:
        return False
    return all(before.kind in _HEADING_KINDS or _exclaimed_title(doc, before)
               for before in doc_value(doc, "blocks")[: block.index])


def _exclaimed_title(doc: Doc, block: Block) -> bool:
    """Is `block` the document's first line and a short title that ends with "!" ("FACEBOOK SCHLUCKT WHATSAPP!",
    "Wahnsinn!")? The layer reads it as a paragraph (a heading has no sentence end), but the headline goes on below
    it (issue 7, session 30, price51, own52-002)."""
    line = context.doc_text(doc)[block.start : block.end]
    return (block.index == 0 and line.endswith("!") and "\n" not in line and len(line.split()) <= MAX_HEADING_WORDS
            and not any(mark in line[:-1] for mark in ".!?"))


_HEADING_KINDS = ("heading", "question")


def _heading_without_deal_words(doc: Doc, text: str, mention: MoneyMention) -> bool:
    """Does the amount `mention` lie in a heading (document structure of the linguistic layer) that itself says
    nothing of buying or paying? ("Facebook schluckt WhatsApp für 19 Milliarden" does, and so does "19 Milliarden für
    eine App": what the sum is paid for.)"""
    offset, end = mention.start, mention.end
    block = block_at(doc, offset)
    if block is None or block.kind not in ("heading", "question"):
        return False
    heading = text[block.start : block.end]
    if block.kind == "question" and _statement_of_a_long_question_block(doc, heading, block.end, mention):
        return False  # a turn that states the sum and then asks: a paragraph, no heading (issue 7, session 49, prec49)
    # (a row of a list of purchases under its title line is one, dashes or colons: "Die Autorin listet die Zukäufe auf:
    # / Fotodienst Instagram (2012) – 1 Milliarde / Messenger WhatsApp (2014) – 19 Milliarden"; session 49, prec49)
    if _acquisitions_list_row(text, mention) or (_row_of_a_table(text, block.start, block.end)
                                                 and _ranked_deal_row(text, mention)):
        return False  # a row of a table of deals, its party named first: no heading (issue 7, session 48, prec48)
    return not (context.about_paying(heading) or _FOR_BEFORE.search(text[max(block.start, offset - 40) : offset])
                or _FOR_THE_TARGET_AFTER.match(text[: block.end], end)  # "19 MILLIARDEN FÜR EINE HANDY-APP"
                # the sentence under it takes the sum up and says what was paid ("So viel will der Konzern ...
                # bezahlen."; models/price_degree_resumed.py, issue 7, session 56, prec56)
                or price_degree_resumed.resumed_below(doc, block.end))


def _statement_of_a_long_question_block(doc: Doc, block_text: str, block_end: int, mention: MoneyMention) -> bool:
    """Does the amount stand in a statement that ends before its question block's end, in a block longer than a heading
    (MAX_HEADING_WORDS)? The layout reads every line up to twice a heading's length that ends with "?" as a question (an
    FAQ's question, a question heading), but a speaker's turn in a transcript or interview that states a sum and then
    asks ("Analystin: Danke. Unterm Strich sind das also 19 Milliarden. Hätten Sie ... bekommen können?") is a
    paragraph: its statement is no heading's shorthand. The amount's sentence is the sentence splitter's (its
    abbreviations, "Mrd.", are none of a sentence's ends). A question heading ("Warum 19 Milliarden?", "19 Milliarden. Zu
    viel?") is short, and its sum stands in the question or in a fragment of a heading's length. Issue 7, session 49,
    prec49 (own89-003: a conference call's transcript)."""
    if len(block_text.split()) <= MAX_HEADING_WORDS:
        return False
    sentences = context.Sentences.of(doc)
    start, end = sentences.span(sentences.index_at(mention.amount_start))
    told = context.doc_text(doc)[start:end].rstrip()
    return end < block_end and not told.endswith("?")


# A line of a table or fact list written without bullets: a label, a colon, a value ("WhatsApp, 2014: 19 Milliarden").
_LABELLED_ROW = re.compile(r"[^\S\n]*[^\n:]{1,60}:[^\S\n]*\S[^\n]*")


def _row_of_a_table(text: str, start: int, end: int) -> bool:
    """Is the line [start, end) a "Label: value" row with another such row right above or below it, no blank line
    between ("Instagram, 2012: eine Milliarde / WhatsApp, 2014: 19 Milliarden / Oculus, 2014: zwei Milliarden")? The
    layout reads a short line without a sentence end as a heading, but a run of labelled rows is a table: each row
    states its value, it heads nothing (its sum is judged by the row's words, `_acquisitions_list_row` and the rest).
    Issue 7, session 48, prec48 (own88-056)."""
    if not _LABELLED_ROW.fullmatch(text, start, end):
        return False
    above_end = start - 1 if start and text[start - 1] == "\n" else -1
    if above_end > 0 and text[above_end - 1] != "\n":
        above_start = text.rfind("\n", 0, above_end) + 1
        if _LABELLED_ROW.fullmatch(text, above_start, above_end):
            return True
    if text.startswith("\n", end) and not text.startswith("\n\n", end):
        below_end = text.find("\n", end + 1)
        return _LABELLED_ROW.fullmatch(text, end + 1, len(text) if below_end < 0 else below_end) is not None
    return False


def _rounded_repeats(prices: list[MoneyMention]) -> dict[MoneyMention, MoneyMention]:
    """Whole-billion roundings ("fast 22 Milliarden", "22 Milliarden", "rund 22 Milliarden Dollar") of a more precise
    price in the same document ("21,8 Milliarden US-Dollar"), each with the nearest such price: a rounded restatement
    of the same sum.
    It is a price claim of its own (the gold convention: what a headline says is a claim), and takes the precise
    figure's moment where its own words give none."""
    repeats = {}
    for rough in prices:
        if rough.value % 1e9:
            continue
        # ("Ob 22 Milliarden zu viel sind" after "21,8 Milliarden Dollar": a plain whole number rounds it as well;
        # with its currency it rounds only by a word of rounding: "bei einem Kaufpreis von fast 22 Milliarden Dollar")
        precise = [p for p in prices if p is not rough and p.value % 1e9 and (
            _same_sum(rough, p) if rough.currency is None else _rounded_in_its_currency(rough, p))]
        if precise:
            repeats[rough] = min(precise, key=lambda p: abs(p.start - rough.start))
    return repeats


def _rounded_in_its_currency(rough: MoneyMention, price: MoneyMention) -> bool:
    """Is whole-billion `rough`, in a currency and with a qualifier word that is not an exact one ("rund", "fast",
    "über", "mehr als": `qualifier` is approx, at_most or at_least), `price` rounded within half a billion, on the
    side its qualifier says ("fast 22" rounds 21,8, "mehr als 22" does not: `_bound_holds`)?"""
    return (rough.currency == price.currency and rough.qualifier != "exact"
            and abs(price.value - rough.value) < 5e8 and _bound_holds(rough, price.value))


def _bound_holds(rough: MoneyMention, value: float) -> bool:
    """Does precise `value` lie on the side of `rough` its qualifier says? "mehr als 22 Milliarden" (at_least) is no
    rounding of 21,8 Milliarden, "fast 22 Milliarden" (at_most) is; "rund" (approx) goes either way."""
    if rough.qualifier == "at_least":
        return value >= rough.value
    if rough.qualifier == "at_most":
        return value <= rough.value
    return True


def _up_to_clause_end(text: str, sentence: tuple[int, int], mention: MoneyMention) -> str:
    """The amount's sentence up to the end of the amount's clause: the words that may sum up to it ("Alles zusammen:
    19 Milliarden", "19 Milliarden waren das insgesamt"), not those of a later clause ("... 19 Milliarden bezahlt -
    und genau das macht ihn interessant": 'das macht' there takes an object, it adds nothing up)."""
    sent_start, sent_end = sentence
    _, clause_end = context.clause_around(text[sent_start:sent_end], mention.amount_start - sent_start,
                                          mention.end - sent_start)
    return text[sent_start : sent_start + clause_end]


def _with_framed_currency(text: str, sent_start: int, mention: MoneyMention) -> MoneyMention:
    """A bare amount takes the currency its sentence names before it ("In Euro gerechnet ... 17 Milliarden")."""
    frames = list(_CURRENCY_FRAME.finditer(text, sent_start, mention.start))
    if not frames:
        return mention
    word = (frames[-1].group(1) or frames[-1].group(2)).lower()
    return dataclasses.replace(mention, currency=_FRAME_CURRENCY[word])


# An editor's bracket opened after a sum and still open at a later figure ("... 16 Billionen Dollar [gemeint sind 16").
_BRACKET_STILL_OPEN = re.compile(r"[(\[][^()\[\]\n]*$")


def _false_friend_of(text: str, said: MoneyMention, mention: MoneyMention) -> bool:
    """Is `said` a sum in "Billionen" whose thousandth is the bare `mention`'s figure, the figure standing in a bracket
    opened after it ("16 Billionen Dollar [gemeint sind 16 Milliarden]"): the false friend of "billion" that the
    bracket puts right, so the same figure in its currency (`_false_friend_billions` leaves such a sum at its written
    value where the text names the thousandth itself)? Not a trillion of other money with no bracket between ("Die
    US-Wirtschaft leistete 17 Billionen Dollar; Facebook zahlte 17 Milliarden": review54's probe)."""
    return (said.value >= _TRILLION and abs(said.value / 1000 - mention.value) < 1e6 and said.end <= mention.start
            and _BRACKET_STILL_OPEN.search(text, said.end, mention.start) is not None)


def _with_restated_currency(mention: MoneyMention, index: int, mentions: list[MoneyMention],
                            sentences: context.Sentences) -> MoneyMention:
    """A bare amount that restates a figure just given with its currency takes that currency ("Oft liest man
    19 Milliarden Dollar ... Beides stimmt: 19 Milliarden waren es bei der Ankündigung"): the same value in
    one contract currency before it, in its sentence or the one before, whether or not that was a price."""
    window_start = sentences.starts[max(0, index - 1)]
    restated = [m for m in mentions
                if window_start <= m.start < mention.start and m.currency is not None
                and (m.value == mention.value or _false_friend_of(sentences.text, m, mention))]
    same = {m.currency for m in restated}
    if len(same) != 1 or not same <= PRICE_CURRENCIES:
        return mention
    currency = same.pop()
    if any(restated[-1].end <= m.start < mention.start and m.currency not in (None, currency) for m in mentions):
        # "... 16 Milliarden Euro gezahlt. Richtig ist: Der Kaufpreis betrug 19 Milliarden Dollar, davon 16 Milliarden":
        # a figure in another currency between them is the nearer one the bare amount continues
        return mention
    return dataclasses.replace(mention, currency=currency)


# A line that is an item of a list: a bullet or an item number first ("- 4 Milliarden Dollar in bar", "• 12 Mrd.", "2) ...").
# One definition for the sibling-items test below and the arithmetic's `_list_before` (until session 56 another one,
# here without item numbers, was shadowed at import by this one, so both readers already used this pattern).
_LIST_ITEM_LINE = re.compile(r"[ \t]*(?:[-–•*·]|\d{1,2}[.)])[ \t]+\S[^\n]*")


def _in_sibling_list_items(text: str, antecedent: MoneyMention, mention: MoneyMention) -> bool:
    """Do the price before and the bare amount stand in two items of one list, each on a line of its own opened by a
    dash or bullet ("– „16 Milliarden Dollar“ (...)" / "– „22 Milliarden“ (...)")? Each item is a statement of its own,
    not the elliptic continuation of the one above: no currency is carried across (issue 7, session 47, prec47,
    own84-013: pupils' answers listed in a teacher's key)."""
    mention_line = text.rfind("\n", 0, mention.start) + 1
    antecedent_line = text.rfind("\n", 0, antecedent.start) + 1
    if mention_line == antecedent_line:
        return False
    return (_LIST_ITEM_LINE.match(text, mention_line) is not None
            and _LIST_ITEM_LINE.match(text, antecedent_line) is not None)


def _with_carried_currency(mention: MoneyMention, index: int, stated: list[tuple[MoneyMention, int]],
                           mentions: list[MoneyMention], sentences: context.Sentences, *, sums_up: bool = False,
                           earns: list[tuple[int, int]]) -> MoneyMention:
    """A bare amount continuing a price elliptically takes that price's currency ("19 Milliarden Dollar;
    beim Abschluss rund 22 Milliarden"): the nearest price before it in the same or the previous sentence,
    unless its sentence and the amount's name another currency too (then the currency is not clear).
    With no price there, the parts of the deal an amount that `sums_up` adds lend theirs ("Weitere 3 Milliarden
    Dollar in Aktien erhalten die Gründer. Alles zusammen: 19 Milliarden"): the big amounts just before, all in
    one currency."""
    previous = _previous_told_sentence(sentences, index)
    # (a price's end may lie a sentence after its start where a line break cut it: "19 Milliarden\nDollar.")
    before = [(price, at) for price, at in stated if price.end <= mention.start and at <= index
              and previous <= sentences.index_at(price.end - 1)]
    if not before:
        lent = _currency_lent_by_parts(mention, index, mentions, sentences, sums_up=sums_up, earns=earns)
        return mention if lent is None else dataclasses.replace(mention, currency=lent)
    antecedent = before[-1][0]
    if antecedent.currency is None or _in_sibling_list_items(sentences.text, antecedent, mention):
        return mention
    if antecedent.value != mention.value and any(
            price.value == mention.value and price.currency not in (None, antecedent.currency)
            for price, _ in stated if price.end <= mention.start):
        # "... für 19 Milliarden Dollar zu kaufen. Heute umgerechnet wären das etwa 17,6 Milliarden Euro. Ob sich die 19
        # Milliarden gelohnt haben, ...": the bare sum is the figure the text stated in dollars, taken up again, not an
        # elliptic continuation of the euro conversion before it (a false 19 bn EUR); far from its dollars it stays
        # null, as the currency convention reads it (issue 7, session 43, prec43, challenge_gen20-033)
        return mention
    if context.has("conversion_cue", sentences.text[slice(*sentences.span(before[-1][1]))]) and any(
            price.end <= antecedent.start and price.currency not in (None, antecedent.currency)
            and _converts_it(price, antecedent) for price, _ in stated):
        # the price just before is a conversion (its sentence says so) of a price stated before it ("Facebook zahlte 16
        # Milliarden Dollar. Das sind rund 11,6 Milliarden Euro. Mit Aktien ... kamen 19 Milliarden zusammen"): the text
        # has named the sum in two currencies, so which one a bare amount after them continues is unclear, as in one sentence ("19 Mrd.
        # US-Dollar, umgerechnet 13,8 Mrd. Euro. ... rund 22 Milliarden", below): no currency is carried
        return mention
    window_start = sentences.starts[before[-1][1]]
    if any(window_start <= other.start < mention.start and other.currency not in (None, antecedent.currency)
           for other in mentions):
        return mention  # "19 Mrd. US-Dollar, umgerechnet 13,8 Mrd. Euro. ... rund 22 Milliarden": which one?
    if any(mention.end <= other.start < sentences.ends[index] and other.currency not in (None, antecedent.currency)
           and not _converts_it(dataclasses.replace(mention, currency=antecedent.currency), other) for other in mentions):
        # the convention's "those sentences" include the amount's own after it: "... zahlt 13,8 Mrd. Euro / für 16
        # Milliarden - Der Konzern zahlt vier Milliarden Dollar in bar" (a feed's next item, own49-002) leaves the
        # currency unclear; the amount's own conversion after it ("Neunzehn Milliarden waren es in der Summe,
        # umgerechnet knapp 14 Milliarden Euro", own34-056: the exchange rate holds) does not
        return mention
    return dataclasses.replace(mention, currency=antecedent.currency)


# What parts two parallel clauses of one sentence: a comma, a semicolon, a dash or a coordinating conjunction.
_CLAUSE_PARTING = re.compile(r"[,;–—]|\s-\s|(?<![\wäöüß])(?:und|aber|doch|oder|sowie)(?![\wäöüß])", re.IGNORECASE)


_GAP_WORD = re.compile(r"[^\W\d_]+")


def _with_twin_currency(mention: MoneyMention, index: int, prices: list[MoneyMention], mentions: list[MoneyMention],
                        sentences: context.Sentences) -> MoneyMention:
    """A bare price whose twin in a parallel clause AFTER it, in the same sentence, names the unit takes that unit
    ("Angekündigt wurde der Kauf für 19 Milliarden, beim Vollzug waren es knapp 22 Milliarden Dollar" = USD): the
    writer names the currency once, at the last of two parallel sums, as D49 (a) reads the twin before it ("für
    Instagram eine Milliarde Dollar, für WhatsApp 19 Milliarden"). `prices` are the accepted prices of the sentence.
    Not where the sentence names another currency too or says it converts ("für 19 Milliarden, umgerechnet 13,8
    Milliarden Euro": the euro figure converts the bare one, which is no euro sum), nor across no clause parting.
    (issue 7, session 44, prec44: own80-057)"""
    sentence_start, sentence_end = sentences.span(index)
    named = {other.currency for other in mentions
             if sentence_start <= other.start < sentence_end and other.currency is not None}
    if len(named) != 1 or not named <= PRICE_CURRENCIES:
        return mention
    twins = [price for price in prices if price.start >= mention.end and price.currency in named]
    text = sentences.text
    if not twins or context.has("conversion_cue", text[sentence_start:sentence_end]) \
            or _CLAUSE_PARTING.search(text, mention.end, twins[0].start) is None \
            or money.IN_CURRENCY.search(text, mention.end, twins[0].end):
        return mention  # ("19 Milliarden, in heutigen Euro rund 18 Milliarden Euro": the twin's currency framed, a conversion)
    other = "EUR" if twins[0].currency == "USD" else "USD"
    if len(_GAP_WORD.findall(text, mention.end, twins[0].amount_start)) < 3 \
            and _converts_it(dataclasses.replace(mention, currency=other), twins[0]):
        return mention  # "für 19 Milliarden, also rund 14 Milliarden Euro": an apposition converting it, with no cue word
        # (a clause of its own between them tells a sum of its own: "..., beim Vollzug waren es 22 Milliarden Dollar")
    return dataclasses.replace(mention, currency=twins[0].currency)


# An elliptic utterance that is only a currency (a heckle "(Abg. Haag: Dollar!)", the speaker's "– Dollar, richtig,
# Herr Kollege.", "Dollar, wohlgemerkt."): brackets, a dash, a speaker's label and a yes/no may stand before it, a
# comma, a sentence end or the closing bracket after it; no question ("Dollar oder Euro?").
# (the currency words of money.json whose code the contract knows; a mark after the word, not the line's end: a word
# alone on its line is a heading, "Euro" over a paragraph on the exchange rate)
# The currency words of the contract's currencies, spelled out (money.json), longest first.
_PRICE_CURRENCY_WORDS = "|".join(sorted((re.escape(word) for word, code in money.vocabulary()["currencies"].items()
                                         if code in PRICE_CURRENCIES and word[:1].isalpha()), key=len, reverse=True))
_CURRENCY_ALONE = re.compile(
    r"(?i)[^\S\n]*[(\[]?[^\S\n]*(?:[–—-][^\S\n]*)?(?:[^:\n()?]{1,60}:[^\S\n]*)?[„\"»]?(?:(?:nein|ja|genau)[^\S\n]*,[^\S\n]*)?"
    r"(?P<currency>" + _PRICE_CURRENCY_WORDS + r")(?![\wäöüß-])[^\S\n]*[,!.)\]]")
# A turn that asks for the sum's unit alone ("Moderatorin: In Euro?", "Dollar oder Euro?" is no such turn: two units)
# and the next turn's answer: "Nein, in Dollar." names the unit in its place, "Ja." or "Ja, in Euro." keeps the one asked.
_SPEAKER_LABEL = r"(?:[^:\n()?]{1,60}:[^\S\n]*)?[„\"»]?"
_CURRENCY_ASKED = re.compile(
    rf"(?i)[^\S\n]*{_SPEAKER_LABEL}(?:und[^\S\n]+)?(?:in[^\S\n]+)?(?P<currency>{_PRICE_CURRENCY_WORDS})(?![\wäöüß-])[^\S\n]*\?")
_CURRENCY_ANSWERED = re.compile(
    rf"(?i)[^\S\n]*{_SPEAKER_LABEL}(?P<answer>nein|ja|genau)(?:[^\S\n]*[,.!][^\S\n]*(?:in[^\S\n]+)?"
    rf"(?P<currency>{_PRICE_CURRENCY_WORDS})(?![\wäöüß-])[^\S\n]*[,!.]|[^\S\n]*[.!](?:[^\S\n]|$))")


def _currency_asked_and_answered(said: list[str]) -> str | None:
    """The unit of a bare sum told in a dialogue when the next turn asks for it alone and the turn after answers (the
    lead's D66 (c): the sum's own unit, named for this very sum): "Gast: 19 Milliarden. / Moderatorin: In Euro? / Gast:
    Nein, in Dollar." gives USD, "Ja." or "Ja, in Euro." the unit asked; a bare "Nein." names none. Issue 7, session 49,
    prec49 (challenge_gen25-005, its one false price)."""
    asked = _CURRENCY_ASKED.fullmatch(said[0].rstrip()) if said else None
    answer = _CURRENCY_ANSWERED.match(said[1]) if asked is not None and len(said) > 1 else None
    if answer is None:
        return None
    if answer.group("currency"):
        named = money.parse_currency(answer.group("currency"))
        asked_currency = money.parse_currency(asked.group("currency"))
        # "Ja, in Euro" must name the unit asked; "Nein, in Dollar" another one
        return named if (named == asked_currency) == (answer.group("answer").lower() != "nein") else None
    return None if answer.group("answer").lower() == "nein" else money.parse_currency(asked.group("currency"))


def _utterances_after(text: str, end: int, count: int) -> list[str]:
    """The next `count` utterances after offset `end`: the rest of its line if it holds words, then the next non-empty
    lines (a protocol's heckle in brackets, the speaker's reply), each cut at its first sentence end."""
    found: list[str] = []
    at = end
    while len(found) < count and at < len(text):
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        line = text[at:line_end].strip()
        if line:
            found.append(line)
        at = line_end + 1
    return found


def _with_currency_named_after(mention: MoneyMention, text: str) -> MoneyMention:
    """A bare sum at the end of its line whose currency the next utterance names alone, for this very sum: the
    speaker's apposition ("zahlt Facebook 19 Milliarden. / Dollar, wohlgemerkt.") or another voice's heckle that the
    speaker confirms by naming it again ("(Abg. Haag: Dollar!)" / "– Dollar, richtig, Herr Kollege Haag."): the lead's
    D66 (c), the sum's own unit named (not the carry of a currency forward, D50 (e)). A heckle left unconfirmed, a
    question ("Dollar oder Euro?") or another currency in the confirmation name nothing. Issue 7, session 48, prec48
    (own87-015, a Landtag protocol)."""
    line_end = text.find("\n", mention.end)
    rest = text[mention.end : line_end]
    if line_end < 0 or find_money(rest) or len(re.findall(r"[.!?;:]", rest.rstrip(" \t.!"))) > 0:
        return mention  # the sum is not the last of its line's last sentence: the next utterance is no reply to it
    said = _utterances_after(text, line_end, 2)
    if (answered := _currency_asked_and_answered(said)) is not None:
        return dataclasses.replace(mention, currency=answered)
    first = _CURRENCY_ALONE.match(said[0]) if said else None
    if first is None or any(char.isdigit() for char in said[0]):
        return mention
    currency = money.parse_currency(first.group("currency"))
    if said[0].startswith(("(", "[")):  # another voice: only the speaker's confirmation makes it the sum's unit
        second = _CURRENCY_ALONE.match(said[1]) if len(said) > 1 else None
        if second is None or money.parse_currency(second.group("currency")) != currency:
            return mention
    return dataclasses.replace(mention, currency=currency)


def _previous_told_sentence(sentences: context.Sentences, index: int) -> int:
    """The index of the sentence before sentence `index`, stepping over a subtitle cue's header (its counter and its
    timestamp, cut off as sentences of their own): in a subtitle file the cue before tells the sentence before
    ("für sagenhafte 19 Milliarden Dollar. / 3 / 00:00:06,900 --> 00:00:09,600 / Davon 16 Milliarden ..."; own65-012)."""
    previous = index - 1
    while previous >= 0:
        if previous >= 1 and is_cue_header(sentences.text[sentences.starts[previous - 1] : sentences.ends[previous]]):
            previous -= 2
        elif is_cue_header(sentences.text[sentences.starts[previous] : sentences.ends[previous]]):
            previous -= 1
        else:
            break
    return max(previous, 0)


def _converts_it(mention: MoneyMention, other: MoneyMention) -> bool:
    """Is `other` the amount `mention` (taken in the currency it would carry) converted: dollars and euros at an
    exchange rate of the story's years?"""
    return {mention.currency, other.currency} == {"USD", "EUR"} and _at_the_exchange_rate(mention, other)


def _currency_lent_by_parts(mention: MoneyMention, index: int, mentions: list[MoneyMention],
                            sentences: context.Sentences, *, sums_up: bool, earns: list[tuple[int, int]]) -> str | None:
    """The currency the amounts before a bare amount lend it when no price stands just before it, in the order
    the tests trust: the parts it adds up (arithmetic), the same scale word's elided currency, and, when its
    sentence `sums_up` ("Alles zusammen: 19 Milliarden"), the one currency of the big amounts of it and the
    sentence before. None when none does."""
    summed = _currency_of_summed_parts(mention, index, mentions, sentences)
    if summed is not None:
        return summed
    elided = _currency_of_same_scale_before(mention, index, mentions, sentences, earns)
    if elided is not None or not sums_up:
        return elided
    window_start = sentences.starts[max(0, index - 1)]
    parts = {m.currency for m in mentions if window_start <= m.start < mention.start and m.value >= MIN_PRICE}
    return parts.pop() if len(parts) == 1 and None not in parts else None


_SUM_TOLERANCE = 1e-6  # of the total's value: float rounding only


def _currency_of_summed_parts(mention: MoneyMention, index: int, mentions: list[MoneyMention],
                              sentences: context.Sentences) -> str | None:
    """The one currency of the amounts a bare total adds up ("16 Milliarden Dollar, davon vier in bar. Hinzu
    kamen drei Milliarden für die Mitarbeiter - macht zusammen 19 Milliarden"): two or three big amounts of
    its sentence and the two before whose sum is its value, where all amounts there that name a currency
    name the same one. Arithmetic, not nearness, ties the total to its parts."""
    window_start = min(sentences.starts[_told_sentences_back(sentences, index, 2)],
                       _list_before(sentences.text, sentences.starts[index]))
    parts = [m for m in mentions if window_start <= m.start and m.end <= mention.start and m.value >= MIN_PRICE]
    named = {m.currency for m in parts if m.currency is not None}
    if len(named) != 1 or not named <= PRICE_CURRENCIES:
        return None
    # relative: amounts parsed from "21,8 Milliarden" differ from their written sum only by float rounding,
    # at any scale; a writer's rounding ("rund 22") is no sum of parts
    return named.pop() if _adds_up_to([m.value for m in parts], mention.value, _SUM_TOLERANCE, (2, 3)) else None


_MIN_TOLD_WORDS = 4  # a sentence of fewer words after its layout lead tells nothing ("Danke.", "Ja, genau.")


def _told_sentences_back(sentences: context.Sentences, index: int, count: int) -> int:
    """The index of the sentence `count` told sentences before sentence `index`: a sentence of fewer than
    _MIN_TOLD_WORDS words (its layout lead, a speaker's label, aside) is a reply word or a thanks, not a sentence that tells ("Wir zahlen 16
    Milliarden Dollar ... Hinzu kommen 3 Milliarden Dollar ... / Analystin: Danke. Unterm Strich sind das also 19
    Milliarden": the thanks between the parts and their total is no step of the arithmetic). Issue 7, session 49,
    prec49 (own89-003: a conference call's transcript)."""
    at = index
    while count > 0 and at > 0:
        at -= 1
        start, end = sentences.starts[at], sentences.ends[at]
        # (the words after the sentence's layout lead, its speaker's label: models/layer/leads.py)
        if len(sentences.text[body_start(sentences.text, start, end) : end].split()) >= _MIN_TOLD_WORDS:
            count -= 1
    return at


def _list_before(text: str, at: int) -> int:
    """Where the list of items that ends right before the line holding `at` begins (its first item's line), `at`
    itself when no item line stands right before it. A list is one unit of the arithmetic however many items it has:
    "- 4 Milliarden Dollar in bar / - Aktien im Wert von 12 Milliarden Dollar / - Aktienpakete über 3 Milliarden Dollar /
    Macht 16 Milliarden ...": the total's parts are the items, not just the two sentences before it (issue 7, session
    42, prec42, own75-005)."""
    line_start = text.rfind("\n", 0, at) + 1
    first = at
    while line_start > 0:
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        if _LIST_ITEM_LINE.fullmatch(text, previous_start, line_start - 1) is None:
            break
        first = line_start = previous_start
    return first


def _currency_of_same_scale_before(mention: MoneyMention, index: int, mentions: list[MoneyMention],
                                   sentences: context.Sentences, earns: list[tuple[int, int]]) -> str | None:
    """The currency a bare amount leaves out because its sentence just named it after the same scale word
    ("kaufte 2012 Instagram für eine Milliarde Dollar, WhatsApp zwei Jahre später für 19 Milliarden"):
    the amount with a scale right before it in its sentence, when no other currency comes between."""
    sent_start = sentences.starts[index]
    before = [m for m in mentions if sent_start <= m.start and m.end <= mention.start and m.has_scale]
    if not before or not mention.has_scale:
        return None
    currencies = {m.currency for m in before if m.currency is not None}
    nearest = before[-1]
    if nearest.currency in PRICE_CURRENCIES and currencies == {nearest.currency} and \
            _power_of_thousand(nearest) == _power_of_thousand(mention) and not _takings_or_worth(nearest, sentences, index, earns):
        return nearest.currency
    return None


def _takings_or_worth(mention: MoneyMention, sentences: context.Sentences, index: int,
                      earns: list[tuple[int, int]]) -> bool:
    """Does the clause of an amount tell money taken in or a worth, no price ("setzte 2021 rund 118 Milliarden Dollar
    um, nachdem es WhatsApp einst für 19 Milliarden übernommen hatte", "einen Umsatz von 118 Milliarden Dollar")? Only
    a price lends its currency to a bare amount after it (the currency convention): a verb of taking money in (the
    layer's EARNS cue) or a noun of other money (deal.json `not_price_nouns`) in its clause says it is none."""
    sent_start, sent_end = sentences.span(index)
    sentence_text = sentences.text[sent_start:sent_end]
    start, end = context.clause_around(sentence_text, mention.amount_start - sent_start, mention.end - sent_start)
    clause = sentence_text[start:end]
    return any(sent_start + start <= at < sent_start + end for at, _ in earns) or \
        context.has("not_price_nouns", clause) or context.has("not_price_nouns_cs", clause)


def _power_of_thousand(mention: MoneyMention) -> int:
    """The scale of an amount as the value's power of a thousand (Millionen 2, Milliarden 3): two amounts of one
    scale word have the same power, whatever digits stand before it."""
    return int(math.log10(max(mention.value, 1))) // 3


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


def _headed_by_a_contract_currency(text: str, sentences: context.Sentences, head: MoneyMention,
                                   conversions: list[MoneyMention], earlier_prices: tuple[MoneyMention, ...]
                                   ) -> tuple[MoneyMention, list[MoneyMention]]:
    """A group of conversions headed by a sum in a currency the contract cannot name, headed instead by its first
    conversion into dollars or euros, the conversions after that one kept, where the group converts a price before
    it: "Das sind rund 21 Milliarden Franken oder gut 17 Milliarden Euro" after "kostete WhatsApp knapp 22 Milliarden
    Dollar" (a conversion cue, deal.json conversion_cue, before the franc figure in its sentence, and the euro figure
    the latest earlier price in the other contract currency at the exchange rate). `_group_conversions` heads a group
    by its first amount, and the loop skips a head of another currency with its conversions: the euro figure must not
    take the franc figure's fate. Not a franc sum of its own with its euro value ("kaufte Devisen für 15 Milliarden
    Franken, rund 12 Milliarden Euro"). Issue 7, session 59, prec59 (own110-052)."""
    if head.currency in PRICE_CURRENCIES or not conversions:
        return head, conversions
    sent_start = sentences.starts[sentences.index_at(head.amount_start)]
    if not context.has("conversion_cue", text[sent_start : head.start]):
        return head, conversions
    for at, conversion in enumerate(conversions):
        if conversion.currency in PRICE_CURRENCIES and _plausible(conversion.value):
            converted = next((price for price in reversed(earlier_prices)
                              if price.currency not in (None, conversion.currency)), None)
            if converted is not None and _at_the_exchange_rate(converted, conversion):
                return conversion, conversions[at + 1 :]
            break
    return head, conversions


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
    """The purchase-price claim component. The cue tables it, the moment and the amounts read are built now, not in
    the first documents (`build_now`, speed30: about 0.25 CPU s once per process, moment's existence tests the most)."""
    build_now(context.prepare, *moment.TABLES, *money.TABLES, price_parties._rules)
    return PriceComponent()
