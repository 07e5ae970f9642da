"""Whose price, which deal: does an amount's clause belong to a purchase between other companies?

`models/price.py` knows Facebook, WhatsApp and a closed list of other companies (Instagram,
Google, ...). A business page names companies no list can hold ("Der Softwarekonzern Adobe
übernimmt die Design-Plattform Figma für rund 20 Milliarden Dollar", "der 2013 für Sprint
21,6 Milliarden Dollar zahlte"). This module reads the clause's parties from the linguistic layer:

- ours: the deal-context layer's BUYER/TARGET mentions (names, epithets, pronouns) in the clause,
  the founders, the words for WhatsApp; a mention that is only the standard of a comparison ("so
  teuer wie WhatsApp") or an epithet in apposition to another name ("der Konzern Merck") is none;
- theirs: a proper noun (STTS tag NE from HanTa, asked only for the few clauses that name none of
  ours and hold a capitalised word), a company of the other-company lists, or a trade noun that is
  not ours ("der Chipkonzern", "ein Rivale"), standing as a party of the purchase: next to a buying
  verb (subject or object) or after a party preposition ("für Sprint", "Kauf von Mobileye", "durch
  Intel"), and not as a source ("laut Reuters") or a place. In a label ("HP/Autonomy:", "Käufer:")
  and in a bid that does not name Facebook, any company named owns the amount.

An amount whose clause names another company as a party and none of ours is that company's money.
The phrasings are data: patterns/price_parties.json.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from models import context
from models.layer.deal_context import mention_spans
from models.layer.spelling import swiss_file
from models.layer.tagger import may_tag, tag_words
from models.pattern_marks import expand_file
from models.sentences import never_final_abbreviations

PATTERNS_FILE = Path(__file__).resolve().parent / "patterns" / "price_parties.json"
_OURS = ("BUYER", "TARGET")
# A capitalised word right after an epithet: the name it describes ("der Darmstädter Konzern Merck").
_NAME_AFTER = re.compile(r"[ \t]+[A-ZÄÖÜ][\w&.-]*")
_PUNCTUATION = re.compile(r"^\W+$")
# Conjunctions that may open another predicate: where a party's reach ends (`_edge`).
_CONJUNCTIONS = frozenset({"und", "oder", "aber", "sondern", "sowie"})
# How a clause speaks of Facebook or WhatsApp (`_ours`): by a name, or only by an epithet or a pronoun.
_NAME, _EPITHET = "name", "epithet"


@dataclass(frozen=True)
class _Rules:
    reach: int
    genitive_reach: int
    buying_verbs: frozenset[str]
    paid_for: frozenset[str]
    between: frozenset[str]
    party_label: re.Pattern[str]
    attached: frozenset[str]
    purchase_word: re.Pattern[str]
    share_noun: re.Pattern[str]
    indefinite_articles: frozenset[str]
    articles: frozenset[str]
    company_noun: re.Pattern[str]
    our_prefixes: frozenset[str]
    bidding_verbs: frozenset[str]
    bid_noun: re.Pattern[str]
    not_party_before: re.Pattern[str]
    not_party_after: re.Pattern[str]
    comparison_before: re.Pattern[str]
    comparison_words: frozenset[str]
    temporal_als: re.Pattern[str]
    payer_role: re.Pattern[str]
    bracket_finites: frozenset[str]
    other_adjective: re.Pattern[str]
    not_names: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """patterns/price_parties.json, compiled."""
    # Swiss "ss" for "ß" (its "_spelling"); the shared vocabularies' placeholders ("@month@", models/pattern_marks.py)
    spec = swiss_file(expand_file(json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))))

    def alternation(key: str) -> str:
        return "|".join(spec[key])

    return _Rules(
        reach=int(spec["reach"]),
        genitive_reach=int(spec["genitive_reach"]),
        buying_verbs=frozenset(spec["buying_verbs"]),
        paid_for=frozenset(spec["paid_for"]),
        between=frozenset(spec["between"]),
        party_label=re.compile(rf"(?i)\W*(?:{alternation('party_labels')})\s*:"),
        attached=frozenset(spec["attached_prepositions"]),
        purchase_word=re.compile(spec["purchase_words"]),
        share_noun=re.compile(spec["share_nouns"]),
        indefinite_articles=frozenset(spec["indefinite_articles"]),
        articles=frozenset(spec["indefinite_articles"] + spec["definite_articles"]),
        company_noun=re.compile(spec["company_nouns"]),
        our_prefixes=frozenset(spec["our_prefixes"]),
        bidding_verbs=frozenset(spec["bidding_verbs"]),
        bid_noun=re.compile(spec["bid_nouns"]),
        not_party_before=re.compile(rf"(?i)(?<![\wäöüß])(?:{alternation('source_before')}|{alternation('place_before')})"
                                    rf"\s+(?:[\wäöüß.&-]+\s+){{0,3}}$"),
        not_party_after=re.compile(rf"(?i)\s*(?:{alternation('source_after')})(?![\wäöüß])"),
        comparison_before=re.compile(rf"(?i)(?<![\wäöüß])(?:{alternation('comparison_before')})\s+(?:[\wäöüß-]+\s+){{0,2}}$"),
        comparison_words=frozenset(spec["comparison_before"]),
        # (case-sensitive "Als": the capital marks the clause's first word; the comparison's standard follows within two
        # words, as `comparison_before` reads it)
        temporal_als=re.compile(rf"^\W*(?:(?i:{alternation('temporal_als_adverbs')})\s+als|Als)\s+(?:[\wäöüß-]+\s+){{0,2}}$"),
        payer_role=re.compile(spec["payer_roles"]),
        bracket_finites=frozenset(spec["bracket_finites"]),
        other_adjective=re.compile(spec["other_adjectives"]),
        not_names=re.compile(rf"(?i)^(?:{alternation('not_names')})$"),
    )


def names_another_party(doc: Doc, start: int, end: int, amount: tuple[int, int], *, labelled: bool = False,
                        trade_nouns: bool = True) -> bool:
    """Does the clause text[start:end] belong to another purchase? It does when it names another company
    as a party and no name of ours (an epithet of ours, "den Konzern", yields to a named party: "KKR bietet
    für den Konzern ..."), or when it bids, names another company and not Facebook: a bid is its bidder's
    ("Der Suchmaschinenriese soll für den Messenger 10 Milliarden geboten haben"). (`amount`: the amount's
    own offsets, whose words are no names. `labelled`: the words label the amount, "HP/Autonomy: 11 Mrd.",
    so any company they name owns it. `trade_nouns` False: a company called only by its trade, "eine Firma", is no
    other party: for an amount that restates a price stated before, whose company that is, price._known_definite_sum.)"""
    text = context.doc_text(doc)
    mentions = _our_mentions(doc, start, end)
    ours, buyer = _ours(text, start, end, mentions)
    if ours == _NAME and buyer:
        # naming the buyer is no bid, and a name of ours owns the amount, unless the buyer buys another company it
        # names ("Jetzt kauft Facebook Tumblr für 11 Mrd. Dollar", "zahlt Meta für Scale AI 14,3 Mrd. Dollar")
        return _buyer_buys_another(doc, text, start, end, amount, mentions)
    tokens = _tokens(doc, start, end)
    if not buyer and _unnamed_payer(text, start, end, tokens, amount):
        return True  # "dass ein Käufer heute mindestens 20 Milliarden Dollar für WhatsApp zahlen müsste": not Facebook
    bid_verb = any(token.lemma_.lower() in _rules().bidding_verbs for token in tokens)
    bid = not buyer and (bid_verb or any(_rules().bid_noun.match(token.text) for token in tokens))
    if bid and bid_verb and ours is None:
        return True  # "Er bot angeblich 15 Milliarden": a bidder the clause does not say is ours
    if ours == _NAME and not bid:
        return False
    ours_at = [(m_start, m_end) for m_start, m_end, _ in mentions]
    capitalised = [i for i, token in enumerate(tokens)
                   if _capitalised_word(token) and not _inside(token, amount) and not _our_word(token, ours_at)]
    if _shouted(text[start:end]):
        # "19 MILLIARDEN FÜR EINE HANDY-APP": in capitals every word looks like a name, so grammar must say which
        # is none: an article, or a noun after an indefinite article (a name takes none)
        capitalised = [i for i in capitalised if not _common_noun_in_capitals(tokens, i)]
    if not capitalised:
        return False  # speed: nothing that could be a name, nothing to tag
    role = not (bid or labelled or _rules().party_label.match(text, start, end))
    if trade_nouns and any(_is_party(text, start, end, tokens, i, amount, paid_for=False, role=role)
                           for i in _company_nouns(tokens, capitalised)):
        return True
    known = [i for i in capitalised if _known_other(tokens[i].text)]
    if known:
        return any(_is_party(text, start, end, tokens, i, amount, role=role) for i in known)
    # Speed, the same answer: a word's place alone says whether it stands as a party, its tag whether it is a
    # name; HanTa (about 0.3 ms a word) tags the clause only where a capitalised word stands as a party.
    parties = [i for i in capitalised if _is_party(text, start, end, tokens, i, amount, role=role)]
    return bool(parties) and bool(_proper_nouns(tokens, parties))


def _unnamed_payer(text: str, start: int, end: int, tokens: list[Token], amount: tuple[int, int]) -> bool:
    """Does somebody not named pay or buy in the clause, which names neither Facebook nor an epithet of it: a company
    noun after an indefinite article with an adjective of otherness ("ein zweiter Bieter hätte 17 Milliarden
    aufgebracht", "ein anderer Konzern"), or a noun of a buyer's role in a clause in the Konjunktiv II ("dass ein Käufer
    heute mindestens 20 Milliarden Dollar zahlen müsste"; patterns/price_parties.json `payer_roles`)? Not Facebook,
    whether or not the clause names WhatsApp (`_is_party`'s `unnamed`). The indicative with a plain noun is how a text
    calls Facebook itself ("warum ein Unternehmen 19 Milliarden Dollar für eine App ausgibt"), and a noun whose example
    follows is the example's ("ein Käufer wie Facebook")."""
    rules = _rules()
    unreal = None
    for i, token in enumerate(tokens):
        if not (_capitalised_word(token) and rules.company_noun.match(token.text) and not _inside(token, amount)
                and _article_before(tokens, i) in rules.indefinite_articles):
            continue
        if i + 1 < len(tokens) and tokens[i + 1].lower_ in rules.comparison_words:
            continue
        other = any(rules.other_adjective.match(tokens[j].text) for j in range(max(0, i - 3), i))
        if not other:
            if unreal is None:
                unreal = context.has("counterfactual_finites", text[start:end])
            if not (unreal and rules.payer_role.match(token.text)):
                continue
        if _is_party(text, start, end, tokens, i, amount, paid_for=False, unnamed=True):
            return True
    return False


def _buyer_buys_another(doc: Doc, text: str, start: int, end: int, amount: tuple[int, int],
                        mentions: list[tuple[int, int, str]]) -> bool:
    """Does a clause that names Facebook and neither WhatsApp nor any word the layer reads as WhatsApp (a name, an
    epithet, its founders) give the buyer's purchase of another company, a proper noun standing as the party bought
    ("Jetzt kauft Facebook Tumblr für 11 Mrd. Dollar", "Nun zahlt Meta für Scale AI 14,3 Mrd. Dollar")? In a text
    about WhatsApp the amount is that company's price. Issue 7, session 34, price34 (probing business press)."""
    clause = context.without_time_references(text[start:end])
    if context.has("target", clause) or context.has("target_epithets", clause) or context.names_target_people(clause) \
            or any(label == "TARGET" for _, _, label in mentions):
        return False
    tokens = _tokens(doc, start, end)
    ours_at = [(m_start, m_end) for m_start, m_end, _ in mentions]
    capitalised = [i for i, token in enumerate(tokens) if i > 0 and _capitalised_word(token)
                   and not _inside(token, amount) and not _our_word(token, ours_at)
                   and not context.has("buyer", token.text)]
    if not capitalised or _shouted(text[start:end]):
        return False
    parties = [i for i in capitalised if _bought_word(tokens, i, amount) and _is_party(text, start, end, tokens, i, amount)]
    return bool(parties) and bool(_proper_nouns(tokens, parties))


# The verbs whose object is the company bought (not "zahlen"/"ausgeben", whose object is the money: "hat nicht 16 Mrd.
# plus Aktienboni ausgegeben").
_TAKING_VERBS = frozenset({"kaufen", "übernehmen", "erwerben", "schlucken", "akquirieren", "aufkaufen", "einkaufen",
                           "zukaufen"})


def _bought_word(tokens: list[Token], i: int, amount: tuple[int, int]) -> bool:
    """Does "für" ("zahlt Meta für Scale AI"), a verb of taking over ("kauft Facebook Tumblr") or a share noun's "von"/"an"
    ("die Hälfte von Scale AI", `_share_of`) stand within the rules' reach before tokens[i], with no edge between: the
    word names what is bought, whole or in part?"""
    for j in range(i - 1, max(-1, i - _rules().reach - 2), -1):
        word = tokens[j]
        if _edge(word, amount):
            return False
        if word.lower_ in _rules().paid_for or word.lemma_.lower() in _TAKING_VERBS or _share_of(tokens, j):
            return True  # (a share: "für knapp die Hälfte von Scale AI", "hält 10 Prozent von Scale AI")
    # the verb of taking over at the end of the clause: "Jetzt hat Facebook Tumblr für 11 Mrd. Dollar gekauft"
    return _in_bracket_of(tokens, i, lambda token: token.lemma_.lower() in _TAKING_VERBS)


def _share_of(tokens: list[Token], j: int) -> bool:
    """Is tokens[j] "von"/"an" right after a share noun ("die Hälfte von", "49 Prozent an")? The name after it is the
    company a share of which is bought (patterns/price_parties.json share_nouns)."""
    return j > 0 and tokens[j].lower_ in ("von", "an") and _rules().share_noun.match(tokens[j - 1].text) is not None


def _shouted(clause: str) -> bool:
    """Is the clause written in capitals (a tabloid headline), so that capitalisation marks no name?"""
    letters = [ch for ch in clause if ch.isalpha()]
    return len(letters) >= 8 and all(ch.isupper() for ch in letters)


def _common_noun_in_capitals(tokens: list[Token], i: int) -> bool:
    """In a clause in capitals: is token `i` an article, or a word right after an indefinite article ("EINE
    HANDY-APP")? Neither is a company's name ("DER KAUF VON MOBILEYE" keeps its name)."""
    rules = _rules()
    return (tokens[i].text.lower() in rules.articles
            or (i > 0 and tokens[i - 1].text.lower() in rules.indefinite_articles)
            or _attributive_in_capitals(tokens, i))


def _attributive_in_capitals(tokens: list[Token], i: int) -> bool:
    """In a clause in capitals: does token `i` stand between an article and the noun it qualifies, a word that can be an
    attributive adjective ("FÜR DIE GRÜNE QUASSEL-APP": no party "Grüne"; "DIE DEUTSCHE TELEKOM" keeps TELEKOM)? Issue 7,
    session 30, price51, own52-002."""
    return (0 < i < len(tokens) - 1 and tokens[i - 1].text.lower() in _rules().articles
            and tokens[i + 1].text[:1].isalpha() and may_tag(tokens[i].text, "ADJA", first=False))


def _our_word(token: Token, ours_at: list[tuple[int, int]]) -> bool:
    """Is the token part of a mention of ours (the layer's) or one of our names ("Koum", "WhatsApp-Gründer")?"""
    word = token.text
    return (any(_inside(token, span) for span in ours_at) or context.names_target_people(word)
            or context.has("target", word) or context.has("buyer", word))


def _proper_nouns(tokens: list[Token], capitalised: list[int]) -> list[int]:
    """The words of `capitalised` (indices into `tokens`) HanTa tags NE in the clause."""
    # Speed, the same answer: a word whose own analysis offers no NE cannot be tagged NE in any clause, so the
    # clause (about 0.3 ms a word) is tagged only when one of the words asked about could be a name.
    possible = [i for i in capitalised if may_tag(tokens[i].text, "NE", first=i == 0)]
    if not possible:
        return []
    tags = tag_words([t.text for t in tokens])
    return [i for i in possible if tags[i] == "NE"]


def _company_nouns(tokens: list[Token], capitalised: list[int]) -> list[int]:
    """Nouns that call another company by its trade: after an indefinite article ("ein Rivale", "einen
    Autokonzern": nobody named yet) or with a trade that is not ours ("der Chipkonzern")."""
    rules = _rules()
    found = []
    for i in capitalised:
        noun = rules.company_noun.match(tokens[i].text)
        if noun is None:
            continue
        article = _article_before(tokens, i)
        if article is None:
            continue  # "seine Garagenfirma": a possessive points back at someone named
        if article in rules.indefinite_articles or noun.group("prefix").lower().rstrip("-") not in rules.our_prefixes:
            found.append(i)
    return found


def _article_before(tokens: list[Token], i: int) -> str | None:
    """The article of the noun tokens[i] (up to two adjectives between), lower-cased; None without one."""
    for j in range(i - 1, max(-1, i - 4), -1):
        word = tokens[j].lower_
        if word in _rules().articles:
            return word
        if not word.isalpha() or not word.islower():
            return None  # not an adjective: the noun has no article
    return None


def _is_party(text: str, start: int, end: int, tokens: list[Token], i: int, amount: tuple[int, int],
              *, paid_for: bool = True, role: bool = True, unnamed: bool = False) -> bool:
    """Is the name tokens[i] a party of the clause's purchase (not a source, place or comparison standard)?
    `unnamed`: tokens[i] is a company noun after an indefinite article ("ein Käufer", "ein zweiter Bieter", "einem
    anderen Interessenten"): somebody not named, so not Facebook; a buying or paying verb anywhere in its stretch of
    the clause, past the amount ("dass ein Käufer heute mindestens 20 Milliarden Dollar zahlen müsste"), makes it the
    payer (issue 7, session 38, price38)."""
    rules = _rules()
    name = tokens[i]
    before = text[start : name.idx]
    source_or_place = rules.not_party_before.search(before)
    if source_or_place is not None and _buying_verb_between(tokens, start + source_or_place.start(), i):
        source_or_place = None  # "Im selben Jahr legte Bayer ... auf den Tisch": the verb ends the time phrase "im ..."
    if source_or_place is not None or _compared(before):
        return False
    if rules.not_party_after.match(text, name.idx + len(name.text), end):
        return False
    if not role:
        return True  # in a bid, any company named is the bidder or what it bids for
    if _passive_of_buying(tokens, i):
        return True  # "wurde der Chiphersteller Altera von Intel für 16,7 Mrd. übernommen": subject and agent are parties
    if _in_bracket_of(tokens, i, _buying):
        return True  # "Adobe wollte Figma für rund 20 Milliarden Dollar kaufen": subject and object of the verb at the end
    # within `reach` words before it: a buying verb, "für", or a preposition attached to a purchase word
    for j in range(i - 1, max(-1, i - rules.reach - 2), -1):
        word = tokens[j]
        if _edge(word, amount):
            break
        if _buying(word) or (paid_for and word.lower_ in rules.paid_for) or word.lower_ in rules.between:
            return True
        if word.lower_ in rules.attached and _after_purchase_word(tokens, j):
            return True
    for j in range(i + 1, min(len(tokens), i + rules.reach + 2)):
        word = tokens[j]
        if _edge(word, amount):
            break
        if _buying(word):
            return True
    return unnamed and any(_buying(token) for token in _stretch(tokens, i) if token.i != name.i)


def _buying_verb_between(tokens: list[Token], phrase_start: int, i: int) -> bool:
    """Is there a buying verb (`_buying`) between the offset `phrase_start` (a source or place phrase's first word,
    "im", "laut") and the name tokens[i]? The phrase then ends before the verb, whose subject or object the name is
    ("Im selben Jahr kaufte Google Motorola": not a place "im ... Google")."""
    return any(_buying(token) for token in tokens[:i] if token.idx >= phrase_start)


def _passive_of_buying(tokens: list[Token], i: int) -> bool:
    """Does tokens[i] stand in a passive (or future) of buying: in its stretch of the clause (up to punctuation or a
    conjunction that opens another predicate, `_stretch`) a form of "werden" and a buying verb's participle or
    infinitive at any distance ("Ein Jahr später wurde der Chiphersteller Altera von Intel für 16,7 Milliarden Dollar
    übernommen", "Dass Altera ... von Intel erworben wurde")? There the named companies are the bought one (the
    subject) and the buyer (the agent after "von"/"durch"), wherever the amount stands between them. Not "Der Deal
    wurde von der Bank X begleitet und kostete ...": the paying verb is another predicate's."""
    stretch = _stretch(tokens, i)
    return any(token.lemma_.lower() == "werden" for token in stretch) and any(
        _buying(token) and not _PRETERITE_ENDING.search(token.lower_) for token in stretch)


# A finite past form ("kostete", "zahlten"): no participle or infinitive of a passive or future.
_PRETERITE_ENDING = re.compile(r"(?:te|ten|test|tet)$")


def _in_bracket_of(tokens: list[Token], i: int, verb: Callable[[Token], bool]) -> bool:
    """Does tokens[i] stand as subject or object in the middle of a verbal bracket whose verb at the end is `verb`'s
    participle or infinitive: its stretch of the clause (`_stretch`) ends in that form, with only finite auxiliaries or
    modals after it (patterns/price_parties.json `bracket_finites`: "Adobe hat Figma für 20 Mrd. Dollar gekauft",
    "Broadcom will VMware für 61 Mrd. übernehmen", "..., nachdem Intel Mobileye für 15 Mrd. erworben hatte"), and no
    preposition governs its noun phrase ("mit Hilfe von Morgan Stanley": an adviser)? Names only: a trade noun ("Dass ein
    Unternehmen 19 Milliarden Dollar für einen Dienst zahlt") is how a text calls Facebook itself. German puts the lexical verb of a
    compound tense, a modal's infinitive and a verb-final clause's verb at the clause's end, beyond the amount, so the
    reach of words next to the name (`_is_party`) misses it. Issue 7, session 40, price40 (own72-057)."""
    rules = _rules()
    if rules.company_noun.match(tokens[i].text):
        return False  # a trade noun ("ein Konzern", "der Chipkonzern") stays as it was read: next to its verb only
    stretch = _stretch(tokens, i)
    end = len(stretch)
    while end > 0 and stretch[end - 1].lemma_.lower() in rules.bracket_finites:
        end -= 1  # "gekauft hatte", "kaufen wollte", "übernommen werden soll"
    if end == 0 or stretch[end - 1].i <= tokens[i].i:
        return False
    last = stretch[end - 1]
    if not verb(last) or _PRETERITE_ENDING.search(last.lower_):
        return False  # ("..., dass Adobe Figma kaufte": a finite verb at the end, read by the reach as before)
    return not _governed_by_preposition(tokens, i)


def _governed_by_preposition(tokens: list[Token], i: int) -> bool:
    """Does a preposition (other than a party's: "für", "von"/"durch" after a purchase word) govern the noun phrase of
    tokens[i]: the word before its articles, adjectives and capitalised words may be a preposition (HanTa's APPR,
    APPRART)?"""
    j = i - 1
    while j >= 0 and (tokens[j].lower_ in _rules().articles or tokens[j].text[:1].isupper()
                      or _attributive(tokens, j) or tokens[j].text == "-"):
        j -= 1
    if j < 0 or tokens[j].lower_ in _rules().paid_for or tokens[j].lower_ in _rules().comparison_words:
        return False
    word = tokens[j].text
    return word.isalpha() and word.islower() and (may_tag(word, "APPR", first=False) or may_tag(word, "APPRART", first=False))


def _stretch(tokens: list[Token], i: int) -> list[Token]:
    """The tokens around tokens[i] up to punctuation or a conjunction that opens another predicate (`_CONJUNCTIONS`)."""
    lo = i
    while lo > 0 and not _ends_a_stretch(tokens[lo - 1]):
        lo -= 1
    hi = i + 1
    while hi < len(tokens) and not _ends_a_stretch(tokens[hi]):
        hi += 1
    return tokens[lo:hi]


def _ends_a_stretch(token: Token) -> bool:
    """Punctuation or a conjunction of predicates: where a stretch of a clause ends (`_stretch`). Not the period of an
    abbreviation the tokenizer split off ("20 Mia. Dollar", the Swiss scale: `_abbreviation_period`)."""
    if token.lower_ in _CONJUNCTIONS:
        return True
    return _PUNCTUATION.match(token.text) is not None and not _abbreviation_period(token)


def _abbreviation_period(token: Token) -> bool:
    """Is `token` a period glued to the word before it, which with it is an abbreviation that never ends a sentence
    (models/sentences.py's list: "Mia.", "Mrd.", "Fr.")? spaCy keeps "Mrd." whole but splits the Swiss "Mia.", so a
    stretch ended there and the verb at the clause's end ("die Design-Plattform Figma für rund 20 Mia. Dollar zu
    übernehmen") was out of the name's reach (issue 7, session 43, prec43, own78-057)."""
    if token.text != "." or token.i == 0:
        return False
    word = token.doc[token.i - 1]
    return not word.whitespace_ and f"{word.lower_}." in never_final_abbreviations()


def _after_purchase_word(tokens: list[Token], j: int) -> bool:
    """Does a purchase word or buying verb stand right before tokens[j], or before a genitive between them
    ("die Übernahme von ...", "der Kauf des Fahrdienstes durch ...", with a name in apposition and attributes: "die
    Übernahme des französischen Netzbetreibers SFR durch ...", up to `genitive_reach` words)? Not across a verb: "Der
    Deal wurde von der Bank X begleitet" names an adviser."""
    rules = _rules()
    for k in range(j - 1, max(-1, j - rules.genitive_reach - 1), -1):
        word = tokens[k]
        if _buying(word) or rules.purchase_word.match(word.text) or (k == j - 1 and _share_of(tokens, j)):
            return True  # (a share noun right before the preposition: "die Hälfte von Scale AI", `_share_of`)
        if not (word.lower_ in rules.articles or word.text[:1].isupper() or _attributive(tokens, k)):
            return False  # a verb, an adverb or punctuation: the preposition is not the purchase word's
    return False


def _attributive(tokens: list[Token], k: int) -> bool:
    """Is tokens[k] a lower-case word that may be an attributive adjective of the noun phrase it opens, a capitalised
    word or another such adjective after it ("der Kauf des französischen Netzbetreibers SFR durch ...")? The
    genitive between a purchase word and its party preposition may hold one (`_after_purchase_word`)."""
    word, following = tokens[k].text, tokens[k + 1].text
    return (word.isalpha() and word.islower() and may_tag(word, "ADJA", first=False)
            and (following[:1].isupper() or (following.isalpha() and following.islower()
                                              and may_tag(following, "ADJA", first=False))))


def _edge(token: Token, amount: tuple[int, int]) -> bool:
    """Where a party's reach ends: punctuation, a conjunction that opens another predicate ("... begleitet
    und kostete"), or the amount itself ("für" before the amount governs the amount, not a name after it)."""
    return _PUNCTUATION.match(token.text) is not None or token.lower_ in _CONJUNCTIONS or _inside(token, amount)


def _inside(token: Token, span: tuple[int, int]) -> bool:
    """Does the token start within the character span [start, end)?"""
    return span[0] <= token.idx < span[1]


def _buying(token: Token) -> bool:
    """A form of a buying or paying verb (by its lookup lemma: "übernahm", "gezahlt", "bot"), or 'legen' in the idiom
    of paying 'auf den Tisch legen' ("legte Bayer 14,2 Mrd. für eine Merck-Sparte auf den Tisch", "... auf den Tisch
    gelegt hat"), the phrase anywhere in the verb's clause."""
    lemma = token.lemma_.lower()
    return lemma in _rules().buying_verbs or (lemma == "legen" and _on_the_table(token))


# The idiom's phrase "auf den Tisch" (lower-cased token texts), searched in the verb's clause.
_ON_THE_TABLE = (("auf", "den", "tisch"), ("auf", "dem", "tisch"))
_CLAUSE_PUNCTUATION = frozenset({".", ";", ":", "!", "?", ","})


def _on_the_table(token: Token) -> bool:
    """Does 'auf den Tisch' stand in the clause of the verb `token` (verb-second with the phrase after it, or the
    verb-final participle/infinitive after it)? The clause: up to a punctuation mark either side."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].text not in _CLAUSE_PUNCTUATION:
        start -= 1
    end = token.i
    while end + 1 < len(doc) and doc[end + 1].text not in _CLAUSE_PUNCTUATION:
        end += 1
    words = [doc[k].lower_ for k in range(start, end + 1)]
    return any(tuple(words[k : k + 3]) in _ON_THE_TABLE for k in range(len(words) - 2))


def _known_other(word: str) -> bool:
    """A company of the other-company lists (patterns/deal.json), which HanTa may tag as a common noun."""
    return context.match("other_targets", word) is not None or context.match("other_buyers", word) is not None


def _our_mentions(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """The layer's BUYER/TARGET mentions (names, epithets, pronouns) in text[start:end]: (start, end, label)."""
    # (the layer's cached spans: reading doc._.deal_mentions makes a Span per mention of the Doc, per call)
    return [(m_start, m_end, label) for m_start, m_end, label in mention_spans(doc) or ()
            if label in _OURS and start <= m_start < end]


def _ours(text: str, start: int, end: int, mentions: list[tuple[int, int, str]]) -> tuple[str | None, bool]:
    """How the clause speaks of Facebook or WhatsApp: by a name (`_NAME`: Facebook, WhatsApp, Meta,
    Zuckerberg, the founders, a word for WhatsApp such as "der Messenger"), only by an epithet or a pronoun
    of the layer's `mentions` (`_EPITHET`: "der Konzern", "er"), or not at all (None); and whether it
    speaks of the buyer. A mention that is only the standard of a comparison ("so teuer wie WhatsApp") or an epithet of
    another name ("der Konzern Merck") does not count."""
    # "Nur eine Woche nach dem WhatsApp-Deal legte Bayer ... auf den Tisch": the deal as a point in time is no party
    clause = context.without_time_references(text[start:end])
    kind, buyer = None, False
    for name in ("target", "buyer", "target_epithets"):
        if any(not _compared(clause[: m.start()]) for m in context.finditer(name, clause)):
            kind, buyer = _NAME, buyer or name == "buyer"
    if context.names_target_people(clause):
        kind = _NAME
    for mention_start, mention_end, label in mentions:
        if _compared(text[start:mention_start]) or _NAME_AFTER.match(text, mention_end, end):
            continue  # "wie Facebook"; "der Konzern Merck": the epithet belongs to the name after it
        if clause[mention_start - start].isspace() and not text[mention_start].isspace():
            continue  # inside a time reference to the deal ("nach dem WhatsApp-Deal")
        kind, buyer = kind or _EPITHET, buyer or label == "BUYER"
    return kind, buyer


def _compared(before: str) -> bool:
    """Do the clause's words `before` a name end in a comparison's "wie"/"als" and up to two words ("so teuer wie",
    "mehr als"): the name is the standard compared with, no party? Not a clause-opening "Als" ("Als Mark Zuckerberg ...
    19 Milliarden Dollar bot": the temporal conjunction; "Als Käufer ...": a role), nor "als" after a temporal adverb
    that opens the clause ("erst als Facebook ..."): patterns/price_parties.json temporal_als_adverbs."""
    rules = _rules()
    return rules.comparison_before.search(before) is not None and rules.temporal_als.match(before) is None


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The non-space tokens of text[start:end] (the span expanded to whole tokens; none where spaCy gives none)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return [] if span is None else [t for t in span if not t.is_space]


def _capitalised_word(token: Token) -> bool:
    """A word that may be a name: capitalised, with a letter, not a money or month word ("Milliarden")."""
    word = token.text
    return word[:1].isupper() and any(ch.isalpha() for ch in word) and not _rules().not_names.match(word)
