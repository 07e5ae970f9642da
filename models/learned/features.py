"""A sentence as the learned stages read it: lemma words of the extractor's own layer.

The classifier must learn HOW a transfer is stated, not WHICH data or which
phrasing a studied set used, so the words it sees are generalised: every data
mention of the vocabulary (``patterns/data_shared.json``, compounds included)
becomes one ``__data__`` word, Facebook/Meta and its epithets or pronouns
(the deal context's BUYER mentions) ``__fb__``, WhatsApp ``__wa__``, numbers
``__num__``, every other token its lookup lemma. A few structure words from the
layer open the list: the sentence's block kind (list item, answer, ...), a
question or a line ending in ":" introducing it, Facebook named just before.
"""
from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, LIKE_NUM, ORTH
from spacy.tokens import Doc

from models.context import Sentences, doc_text
from models.layer.deal_context import in_deal_context
from models.layer.literals import gate_sentences
from models.layer.structure import Block, block_at
from models.layer.text import lower_text, token_range
from models.learned import ds_guards, opt_guards
from models.learned.ds_options import Options
from models.learned.compat import doc_value, has_conditional_clause, mention_spans
from models.data_shared_phrases import PHRASES
from models.negation import is_question, split_clauses

DATA, BUYER, TARGET, DEAL, NUMBER = "__data__", "__fb__", "__wa__", "__deal__", "__num__"
_PARTY_WORD = {"BUYER": BUYER, "TARGET": TARGET, "DEAL": DEAL}
FACEBOOK_BEFORE = 3  # sentences back in which a BUYER mention sets "__fb_near__"
TRANSFER_BEFORE = 2  # sentences back in which a transfer cue anchors a continuation ("Dazu gehören ...")
# Data types the stage may claim: "other" is a catch-all the scores ignore, so nothing learned can be checked on it.
# A bare "Nachrichten" (kind `message`) is left to the rules: too many other readings ("die Nachrichten für Nutzer").
CLAIMABLE_KINDS = ("strong", "weak")
# A bare message word ("Nachrichten", "Chats"): claimable as message_content NOT shared only, with the stage's
# option `message_not_shared` (`Sentence.message_mentions`).
MESSAGE_KINDS = ("message",)


@dataclass(frozen=True)
class Mention:
    """A data-term mention: absolute character offsets, its data type and vocabulary kind."""

    start: int
    end: int
    data_type: str
    kind: str


@dataclass
class Sentence:
    """One sentence of a processed Doc, with what the learned stages need to know of it."""

    index: int
    start: int
    end: int
    mentions: list[Mention]
    in_context: bool
    question: bool
    words: list[str] = field(default_factory=list)
    # Precision guards, read from the rules' own cue lists (patterns/data_shared.json):
    names_buyer: bool = False  # Facebook/Meta named here (name, epithet or pronoun)
    other_sender: bool = False  # another service (Instagram, Oculus, Signal, ...) named here
    # Not asserted as a fact: a condition ("Sollten ..."), speculation or warning ("Unklar ist, ob", "warnen, dass"),
    # hearsay ("Gerücht"), a denial, "ändert sich nicht", or the transfer only as the topic of a dispute.
    modal: bool = False
    other_recipient: bool = False  # passed to someone else (advertisers, third parties), Facebook not named here
    matching: bool = False  # data matched against ("gleicht ... mit den Adressbüchern ab"), not passed on
    # A transfer cue in the TRANSFER_BEFORE sentences before, in the heading or question introducing the
    # sentence's block (and the sentences before that), or in the title.
    transfer_before: bool = False
    # The opt-out stance task: the rules' scope for the sentence if it says objecting is possible / not possible.
    opt_scopes: tuple[str, str] = ("unspecified", "all_sharing")
    # The scope the rules' possible-scope reader finds with the sentence before read as the clauses before this one
    # (an anaphor or no explicit object here): the opt-out stage's scope where its own is unspecified (`scope_before`).
    opt_scope_before: str = "unspecified"
    # Why the opt-out stage may not claim the sentence whatever its classifier says ("": it may), `opt_guards.blocked`.
    opt_blocked: str = ""
    # What the opt-out guards and scope readers read besides the sentence, kept from `opt_out_sentences`' pass (the
    # stage asks them again past its threshold, `opt_guard` / `fill_opt_scopes`): the sentence before, lowered, and the
    # layer's opt-out token cues in the sentence as (offset into it, label).
    opt_prev: str = ""
    opt_cues: list[tuple[int, str]] = field(default_factory=list)
    # Context the data_shared stage may read (its `Options`): the generalised words of the sentence before and of
    # the block's heading / question, prefixed "<"; a list item or answer under a heading or question; the
    # sentence before in the deal context.
    context_words: list[str] = field(default_factory=list)
    under_intro: bool = False
    after_context: bool = False
    # Why the data_shared stage's guards (option `guards`) keep the sentence from it ("": they do not), `ds_guards`.
    ds_blocked: str = ""
    # Why the sentence asserts no transfer even where Facebook is named (option `reading_guards`), `ds_guards.unasserted`.
    ds_unasserted: str = ""
    # Whose act: the users' or WhatsApp's, not a transfer to Facebook (option `subject_guard`), `ds_guards.users_act`.
    ds_users_act: str = ""
    # The rules' phrasings read by name (option `phrasing_guards`, `ds_guards.rule_phrasings`): "topic" where the
    # sentence names a subject matter with no transfer cue of its own; doc offsets of its derived-from clauses.
    ds_topic: str = ""
    ds_derived: tuple[tuple[int, int], ...] = ()
    # Its bare message words (MESSAGE_KINDS), which the stage's option `message_not_shared` may claim as not shared.
    message_mentions: list[Mention] = field(default_factory=list)


_FINDER: list[Any] = []  # the data_shared component whose vocabulary finds mentions (one per process)


def use_finder(component: Any) -> None:
    """Read mentions with this data_shared component's vocabulary (the pipeline's own: compiled once)."""
    _FINDER[:] = [component]


def _mention_finder() -> Any:
    """The data_shared component's vocabulary (the rules' own data terms), loaded once."""
    if not _FINDER:
        from models.data_shared import DataSharedComponent, Vocabulary

        _FINDER.append(DataSharedComponent(Vocabulary.load()))
    return _FINDER[0]


def rule_cue_tests() -> Mapping[str, Callable[[str], bool]]:
    """The rules' existence test per data_shared cue name (`Vocabulary.exists`: whether the cue matches in a lowered
    text), for the guards that read the rules' transfer cues (`ds_guards.own_transfer_cue`)."""
    return _mention_finder().v.exists


def _business_site(text: str, end: int) -> bool:
    from models.data_shared import business_site  # (imported late like the finder: data_shared loads the layer)

    return business_site(text, end)


def _find(low: str):
    finder = _mention_finder()
    # (an older extractor, run by the leave-one-set-out tool's blind-rules folds, has only the private name)
    return finder.find_mentions(low) if hasattr(finder, "find_mentions") else finder._find_mentions(low)


_MENTIONS_MEMO_KEY = "dealwatch_learned_mentions"


@dataclass
class _MentionsMemo:
    """`mentions_in`'s memo of one Doc, valid while the rules' scan and the finder are the ones it was made with."""

    rules_scan: Any  # the rules' scan of the Doc (`dealwatch_data_mentions`) the memo was made with, or None
    finder: Any  # the mention finder the memo was made with, or None
    lists: dict[tuple, list[Mention]] = field(default_factory=dict)  # by span and kinds: the lists returned
    scans: dict[tuple[int, int], list] = field(default_factory=dict)  # by span: unfiltered scans, shared by all kinds


def mentions_in(doc: Doc, start: int, end: int, kinds: tuple[str, ...] = CLAIMABLE_KINDS) -> list[Mention]:
    """The claimable data mentions of doc text [start, end) (type ``other`` and generic words left out; with
    `kinds`, the mentions of those vocabulary kinds instead, e.g. MESSAGE_KINDS).

    Kept per Doc (read them, never change them): a sentence is read again as the context of the next one."""
    seen = doc.user_data.get("dealwatch_data_mentions")  # the rules' scan of this sentence, when they made one
    finder = _FINDER[0] if _FINDER else None
    memo = doc.user_data.get(_MENTIONS_MEMO_KEY)
    if memo is None or memo.rules_scan is not seen or memo.finder is not finder:
        memo = doc.user_data[_MENTIONS_MEMO_KEY] = _MentionsMemo(seen, finder)
    key = (start, end) if kinds is CLAIMABLE_KINDS else (start, end, kinds)
    known = memo.lists.get(key)
    if known is None:
        low = lower_text(doc)[start:end]
        found = seen.get(low) if seen is not None else None
        if found is None:
            found = memo.scans.get((start, end))  # scanned for another `kinds` already: one scan per span
        if found is None and kinds is CLAIMABLE_KINDS and not _may_hold_claimable(low):
            found = []  # no literal of a claimable entry in the text: no scan (speed only, the same list)
        if found is None:
            found = memo.scans[(start, end)] = _find(low)
        known = memo.lists[key] = [
            Mention(start + m.start, start + m.end, m.term.type, m.term.kind)
            for m in found
            if m.term.type != "other" and m.term.kind in kinds
            # the rules' own exception, read the same way ("den Standort Leipzig stärken": a business site)
            and not (m.term.type == "location" and _business_site(doc_text(doc), start + m.end))
        ]
    return known


# id of a Vocabulary -> (that Vocabulary, the bits of its claimable entries): the object kept with its bits, so that
# its id is never another vocabulary's while the entry stands
_CLAIMABLE_BITS: dict[int, tuple[Any, int]] = {}


def _may_hold_claimable(low: str) -> bool:
    """False only when the lowered text holds no mention `mentions_in` keeps: none of the literals that every
    match of a claimable vocabulary entry contains occurs in it (`Vocabulary.term_finder.mask`: bit i set where
    entry i may match). A mention's entry is one that matches there, so its bit is set where it stands.
    True for an older extractor without that mask (the leave-one-set-out tool's blind-rules folds)."""
    vocab = getattr(_mention_finder(), "v", None)
    finder = getattr(vocab, "term_finder", None)
    if finder is None or not hasattr(finder, "mask"):
        return True
    known = _CLAIMABLE_BITS.get(id(vocab))
    if known is None or known[0] is not vocab:
        known = _CLAIMABLE_BITS[id(vocab)] = (vocab, sum(
            1 << i for i, term in enumerate(vocab.terms) if term.type != "other" and term.kind in CLAIMABLE_KINDS))
    return bool(finder.mask(low) & known[1])


_MODAL_CUES = ("hearsay", "speculation", "denial", "unchanged", "wish")
# A "bevor" clause, which the rules read as no fact (models/data_shared._clause_info's "conditional"): "Bevor auch nur
# eine Nummer an Facebook geht, müssen die Nutzer gefragt werden" asserts no transfer
_BEFORE_CLAUSE = PHRASES["before_clause"]


def _before_clause(low: str) -> bool:
    """A clause of the lowered sentence opens with "bevor"/"ehe"/"solange" (the rules' `before_clause` phrasing)."""
    if "bevor" not in low and "ehe" not in low and "solange" not in low:
        return False  # speed: most sentences hold none of the words
    return any(_BEFORE_CLAUSE.match(low, a, b) is not None for a, b in split_clauses(low))


def _verb_first_condition(doc: Doc, sentence: Sentence) -> bool:
    """The sentence opens with a verb-first conditional clause, as the rules read it (`verb_first_condition_end`,
    where the rule tree has it; session 30, dsprec30): "Schickt WhatsApp künftig auch den Standort an Facebook, wird
    die Behörde einschreiten" names a condition, no transfer (the rules mark that clause `conditional`)."""
    from models import data_shared

    reader = getattr(data_shared, "verb_first_condition_end", None)
    text = doc_text(doc)[sentence.start:sentence.end]  # (the Doc's text kept once, not joined per sentence)
    return reader is not None and "," in text and reader(text) is not None


def protection_cue(low: str) -> bool:
    """The lowered text holds a protection cue of the rules ("verschlüsselt", "niemand liest", "bleiben privat")."""
    return _mention_finder().v.exists["protection"](low)


def hedged_protection(low: str) -> bool:
    """The lowered text holds the rules' hedged or planned protection ("nicht mehr vollständig verschlüsselt",
    "sollen verschlüsselt werden", session 24: negated, "nicht Ende-zu-Ende-verschlüsselt"): it says nothing of what stays protected (the rules' `_clause_info` reads no
    protection there), where the rule tree has these phrasings."""
    from models.data_shared_phrases import PHRASES

    names = [name for name in ("hedged_protection", "planned_protection", "negated_protection") if name in PHRASES.names()]
    return any(PHRASES[name].search(low) is not None for name in names)


@lru_cache(maxsize=1)
def _topic_transfer():
    """The rules' "Streit um die Weitergabe ..." pattern (a transfer named as a dispute's topic), if they have it."""
    from models import data_shared

    return getattr(data_shared, "_TOPIC_TRANSFER", None)


def _only_objected_transfer(low: str, exists: Any) -> bool:
    """The sentence's only transfer word is a noun an objection is against (D25, the rules' `only_objected_transfer`,
    where the rule tree has it): it names the opt-out's scope, no transfer; the rules skip such a clause, and so
    does the stage."""
    from models import data_shared

    reader = getattr(data_shared, "only_objected_transfer", None)
    return reader is not None and reader(low, exists["transfer_strong"])


def _guards(doc: Doc, sentence: Sentence, parties: list[tuple[int, int, str]]) -> None:
    """Set the sentence's precision guards from the rules' cues and the deal context's mentions."""
    low = lower_text(doc)[sentence.start:sentence.end]
    exists = _mention_finder().v.exists  # "does cue X match?" (the rules' ExistenceTest: a cue's search, faster)
    sentence.names_buyer = any(label == "BUYER" for _s, _e, label in _parties_in(parties, sentence.start, sentence.end))
    sentence.other_sender = exists["other_sender"](low)
    sentence.other_recipient = exists["other_recipient"](low) and not sentence.names_buyer
    sentence.matching = exists["matching"](low)
    sentence.modal = (
        any(name in exists and exists[name](low) for name in _MODAL_CUES)
        or (_topic_transfer() is not None and _topic_transfer().search(low) is not None)
        or _only_objected_transfer(low, exists)
        or has_conditional_clause(low)
        or _before_clause(low)
        or _verb_first_condition(doc, sentence)
    )


def _parties_in(parties: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    """The mentions of `parties` (sorted, `party_spans`) that start in [start, end), in order: two binary
    searches, not a pass over the document's mentions per sentence."""
    return parties[bisect.bisect_left(parties, (start,)):bisect.bisect_left(parties, (end,))]


def block_and_intro(doc: Doc, offset: int) -> tuple[Block | None, Block | None]:
    """The block holding character `offset` (`models.layer.structure.block_at`) and the block introducing it
    (its heading or question; None where there is none)."""
    block = block_at(doc, offset)
    blocks = doc_value(doc, "blocks") or ()
    if block is not None and block.intro is not None and block.intro < len(blocks):
        return block, blocks[block.intro]
    return block, None


def _transfer_before(doc: Doc, sentence: Sentence, sents: Sentences) -> bool:
    """A transfer cue before the sentence: see `Sentence.transfer_before`."""
    lowered = lower_text(doc)
    before = [sents.span(j) for j in range(max(0, sentence.index - TRANSFER_BEFORE), sentence.index)]
    _block, intro = block_and_intro(doc, sentence.start)
    blocks = doc_value(doc, "blocks") or ()
    if intro is not None:
        # a list or an answer: its question or heading, and what stands right before that
        first = sents.index_at(intro.start)
        before += [(intro.start, intro.end), *(sents.span(j) for j in range(max(0, first - TRANSFER_BEFORE), first))]
    if blocks and blocks[0].end <= sentence.start:
        before.append((blocks[0].start, blocks[0].end))  # the title frames the whole text (not a sentence in it)
    return any(_transfer_cue_in(doc, lowered, lo, hi) for lo, hi in before)


_TRANSFER_SPANS_KEY = "dealwatch_learned_transfer_spans"


def _transfer_cue_in(doc: Doc, lowered: str, lo: int, hi: int) -> bool:
    """A transfer cue of the rules (`ds_guards.TRANSFER_CUES`) in lowered doc text [lo, hi), searched with pos
    and endpos; kept per Doc and span (a sentence is "before" for the next two). Asked branch by branch behind the
    branches' literals (`ExistenceTest.in_stretch`, the same answer), not by a search of the whole alternation."""
    memo = doc.user_data.get(_TRANSFER_SPANS_KEY)
    if memo is None or memo[0] is not lowered:
        memo = doc.user_data[_TRANSFER_SPANS_KEY] = (lowered, {})
    found = memo[1].get((lo, hi))
    if found is None:
        v = _mention_finder().v
        found = memo[1][(lo, hi)] = any(
            v.exists[name].in_stretch(lowered, lo, hi) if name in v.exists and hasattr(v.exists[name], "in_stretch")
            else v.cue[name].search(lowered, lo, hi) is not None  # (an older extractor's folds: the plain search)
            for name in ds_guards.TRANSFER_CUES
        )
    return found


def classifier_words(sentence: Sentence, context: bool) -> list[str]:
    """What the data_shared classifier reads of a sentence, in training and at run time alike: its words,
    followed by its context's (`Sentence.context_words`) when `context` (option `context_words`)."""
    return sentence.words + sentence.context_words if context else sentence.words


def is_candidate(sentence: Sentence, ruled: set[int], options: Options = Options()) -> bool:
    """The learned stage's gate: a data mention, in the deal context, no question, no rule claim there
    (with `options.ruled_sentences` it may hold one), anchored (Facebook named in it, a transfer cue before
    it, or a rule claim in an earlier sentence; with `options.wide_anchor` also a list item or answer under a
    heading or question, or a sentence after one in the deal context), and none of the precision guards
    (another service or recipient, a matching, not asserted as fact)."""
    ruled_here = sentence.index in ruled
    return (
        (bool(sentence.mentions) or (options.message_not_shared and bool(sentence.message_mentions)))
        and sentence.in_context and not sentence.question
        and (options.ruled_sentences or not ruled_here)
        and (sentence.names_buyer or sentence.transfer_before or any(i < sentence.index for i in ruled) or ruled_here
             or (options.wide_anchor and (sentence.under_intro or sentence.after_context)))
        and not (sentence.other_sender or sentence.other_recipient or sentence.matching or sentence.modal)
        and not (options.guards and ds_guards.holds(sentence.ds_blocked, sentence.index, ruled))
        and not (options.reading_guards and sentence.ds_unasserted)
        and not (options.subject_guard and sentence.ds_users_act)
        and not (options.phrasing_guards and sentence.ds_topic and not ruled_here)
    )


def _buyer_at(sentence: Sentence, parties: list[tuple[int, int, str]]) -> list[int]:
    """Offsets, within the sentence, where the deal context's mentions of Facebook (BUYER) start."""
    return [s - sentence.start for s, _, label in _parties_in(parties, sentence.start, sentence.end) if label == "BUYER"]


def _ds_guard(doc: Doc, sentence: Sentence, parties: list[tuple[int, int, str]],
              transfer_before: Callable[[Sentence], bool], sents: Sentences) -> str:
    """The data_shared guards' reason for the sentence (`ds_guards.blocked`); fills `transfer_before` if needed
    (`transfer_before`: the caller's once-per-sentence `_transfer_before`; `sents`: the Doc's sentences, for the one
    after it, which may refute it)."""
    low = lower_text(doc)[sentence.start:sentence.end]
    after = lower_text(doc)[slice(*sents.span(sentence.index + 1))] if sentence.index + 1 < len(sents.starts) else ""
    own = ds_guards.own_transfer_cue(_mention_finder().v.exists, low)
    if not own and not sentence.names_buyer:
        sentence.transfer_before = transfer_before(sentence)
    block, intro = block_and_intro(doc, sentence.start)
    return ds_guards.blocked(
        low, doc_text(doc)[sentence.start:sentence.end],
        buyer_at=_buyer_at(sentence, parties),
        own_transfer=own, borrowed=sentence.transfer_before,
        intro="" if intro is None else lower_text(doc)[intro.start:intro.end],
        item=block is not None and block.kind in ("list_item", "answer"),
        mention_ends=[m.end - sentence.start for m in sentence.mentions], after=after,
        noted=ds_guards.refuted_by_note(lower_text(doc), sentence.start),
    )


def _ds_unasserted(doc: Doc, sentence: Sentence, sents: Sentences, parties: list[tuple[int, int, str]]) -> str:
    """The reading guards' reason for the sentence (`ds_guards.unasserted`, option `reading_guards`)."""
    lowered = lower_text(doc)
    low = lowered[sentence.start:sentence.end]
    before = lowered[slice(*sents.span(sentence.index - 1))] if sentence.index > 0 else ""
    exists = _mention_finder().v.exists
    return ds_guards.unasserted(
        low, before, own_transfer=ds_guards.own_transfer_cue(exists, low),
        strong_transfer=ds_guards.own_transfer_cue(exists, low, ds_guards.STRONG_TRANSFER_CUES),
        buyer_named=ds_guards.buyer_beyond_label(low, _buyer_at(sentence, parties)),
    )


def _ds_users_act(doc: Doc, sentence: Sentence, parties: list[tuple[int, int, str]]) -> str:
    """The subject guard's reason for the sentence (`ds_guards.users_act`, option `subject_guard`)."""
    low = lower_text(doc)[sentence.start:sentence.end]
    strong = ds_guards.own_transfer_cue(_mention_finder().v.exists, low, ds_guards.STRONG_TRANSFER_CUES)
    buyers = [(s - sentence.start, e - sentence.start) for s, e, label in _parties_in(parties, sentence.start, sentence.end)
              if label == "BUYER"]
    return ds_guards.users_act(low, named=ds_guards.buyer_named(low, buyers), strong_transfer=strong)


def _ds_phrasings(doc: Doc, sentence: Sentence) -> None:
    """Fill the sentence's `ds_topic` and `ds_derived` from the rules' phrasings (option `phrasing_guards`)."""
    low = lower_text(doc)[sentence.start:sentence.end]
    sentence.ds_topic = ds_guards.topic_statement(low, own_transfer=ds_guards.own_transfer_cue(_mention_finder().v.exists, low))
    sentence.ds_derived = tuple((sentence.start + a, sentence.start + b) for a, b in ds_guards.derived_spans(low))


def context_of(doc: Doc, sentence: Sentence, sents: Sentences, context: Any, parties: list[tuple[int, int, str]]) -> None:
    """Fill the sentence's `context_words`, `under_intro` and `after_context` (see `Sentence`)."""
    spans = []
    if sentence.index > 0:
        spans.append(sents.span(sentence.index - 1))
        sentence.after_context = bool(context[sentence.index - 1]) if sentence.index - 1 < len(context) else False
    block, intro = block_and_intro(doc, sentence.start)
    if block is not None and intro is not None:
        sentence.under_intro = block.kind in ("list_item", "answer")
        if not any(a <= intro.start < b for a, b in spans):
            spans.append((intro.start, intro.end))
    words: list[str] = []
    for start, end in spans:
        words += ["<" + w for w in token_words(doc, start, end, mentions_in(doc, start, end), parties)]
    sentence.context_words = words


_PARTIES_KEY = "dealwatch_learned_parties"


def party_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start_char, end_char, label) of the deal context's mentions (BUYER, TARGET, DEAL), sorted.

    Kept per Doc with the list it was sorted from (`mention_spans` keeps its own per Doc): every call on a Doc
    returns the same list, so the memos below that read it test it by identity (read it, never change it)."""
    spans = mention_spans(doc)
    cached = doc.user_data.get(_PARTIES_KEY)
    if cached is None or (cached[0] is not spans and cached[0] != spans):  # (an older layer: a new equal list)
        cached = doc.user_data[_PARTIES_KEY] = (spans, sorted(spans or ()))
    return cached[1]


_BUYERS_KEY = "dealwatch_learned_buyer_sentences"


def buyer_sentences(doc: Doc, parties: list[tuple[int, int, str]]) -> set[int]:
    """The sentences holding a BUYER mention of `parties` (`party_spans`); found when a sentence's words are
    first asked for, and kept per Doc (both learned stages read them)."""
    cached = doc.user_data.get(_BUYERS_KEY)
    if cached is None or cached[0] is not parties:  # (`party_spans` gives one list per Doc: identity, not a compare)
        sents = Sentences.of(doc)
        found = {sents.index_at(s) for s, _, label in parties if label == "BUYER"}
        cached = doc.user_data[_BUYERS_KEY] = (parties, found)
    return cached[1]


def after_colon(text: str, start: int) -> bool:
    """`text[:start].rstrip().endswith(":")`, read backwards from `start` (not a copy of the text before it)."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ":"


def sentence_words(doc: Doc, sentence: Sentence, parties: list[tuple[int, int, str]], buyers: set[int]) -> list[str]:
    """The generalised word list of `sentence` (see the module docstring)."""
    text = doc_text(doc)
    words: list[str] = []
    block, intro = block_and_intro(doc, sentence.start)
    if block is not None:
        words.append(f"__{block.kind}__")
        if intro is not None:
            words.append("__intro_question__" if intro.kind == "question" else "__intro_heading__")
    if sentence.index > 0 and after_colon(text, sentence.start):
        words.append("__after_colon__")
    if any(j in buyers for j in range(sentence.index - FACEBOOK_BEFORE, sentence.index)):
        words.append("__fb_near__")
    return words + token_words(doc, sentence.start, sentence.end, sentence.mentions, parties)


_TOKENS_KEY = "dealwatch_learned_tokens"


def _token_table(doc: Doc) -> tuple[array, ...]:
    """Start offset, length, is_space, like_num, lemma hash and orth hash of every token (one `Doc.to_array`
    per Doc, kept in its user data): the words are read from them without a Token object each. Kept as
    `array.array`s, not lists: the cyclic garbage collector does not walk them (a list of every token's
    values, kept with every Doc alive, is walked at each full collection)."""
    table = doc.user_data.get(_TOKENS_KEY)
    if table is None or len(table[0]) != len(doc):
        values = doc.to_array([IDX, LENGTH, IS_SPACE, LIKE_NUM, LEMMA, ORTH]).reshape(len(doc), 6)
        table = doc.user_data[_TOKENS_KEY] = tuple(array("Q", values[:, k].tobytes()) for k in range(6))
    return table


_WORDS_KEY = "dealwatch_learned_words"


def token_words(doc: Doc, start: int, end: int, mentions: list[Mention], parties: list[tuple[int, int, str]]) -> list[str]:
    """The generalised words of doc text [start, end): data mentions and parties as one placeholder each.

    Kept per Doc (read them, never change them): a sentence is read again as the context of the next one."""
    memo = doc.user_data.get(_WORDS_KEY)
    if memo is None or memo[0] is not parties:  # (one `party_spans` list per Doc: identity, not a compare)
        # (the parties' start offsets with them: the binary searches of every sentence read the one list)
        memo = doc.user_data[_WORDS_KEY] = (parties, {}, [p[0] for p in parties])
    key = (start, end, tuple(mentions))
    words = memo[1].get(key)
    if words is None:
        words = memo[1][key] = _read_words(doc, start, end, mentions, parties, memo[2])
    return words


# Lower-cased string by string hash (a lemma's or a token text's), for every Doc: `strings[h].lower()` once per
# word form, not once per token read. Bounded: cleared when it grows past MAX_LOWERED.
_LOWERED: dict[int, str] = {}
MAX_LOWERED = 200_000


def _read_words(doc: Doc, start: int, end: int, mentions: list[Mention], parties: list[tuple[int, int, str]],
                party_starts: list[int] | None = None) -> list[str]:
    """`token_words` read from the Doc's token table (`party_starts`: the parties' start offsets, if known)."""
    words: list[str] = []
    append = words.append
    mention_starts = [m.start for m in mentions]
    if party_starts is None:
        party_starts = [p[0] for p in parties]
    starts, lengths, spaces, numbers, lemmas, orths = _token_table(doc)
    strings = doc.vocab.strings
    lowered = _LOWERED
    if len(lowered) > MAX_LOWERED:
        lowered.clear()
    bisect_right = bisect.bisect_right
    last_placeholder_end = -1
    for t in token_range(starts, lengths, len(doc_text(doc)), start, end):  # doc.char_span(..., "expand")'s tokens
        idx = starts[t]
        if idx < last_placeholder_end:
            continue  # inside a mention already written as one word
        i = bisect_right(mention_starts, idx) - 1
        if i >= 0 and idx < mentions[i].end:
            append(DATA)
            last_placeholder_end = mentions[i].end
            continue
        j = bisect_right(party_starts, idx) - 1
        if j >= 0 and idx < parties[j][1]:
            append(_PARTY_WORD.get(parties[j][2], BUYER))
            last_placeholder_end = parties[j][1]
            continue
        if spaces[t]:
            continue
        if numbers[t]:
            append(NUMBER)
            continue
        # token.lemma_ or token.text, lower-cased (a non-zero hash names a non-empty string: "" hashes to 0)
        form = lemmas[t] or orths[t]
        word = lowered.get(form)
        if word is None:
            word = lowered[form] = strings[form].lower()
        append(word)
    return words


def doc_sentences(
    doc: Doc, *, every: bool = False, only: set[int] | None = None, ruled: set[int] | None = None,
    options: Options = Options(), claimed: Mapping[int, frozenset[str]] | None = None,
) -> list[Sentence]:
    """The sentences of a processed Doc holding a claimable data mention (with `every`, all of them).

    `only` limits the work to those sentence indices. With `ruled` (the sentences holding a rule claim:
    the stage's run-time path), only the stage's candidates (`is_candidate` with `options`) are returned,
    the cheap checks first, so that mentions, guards and words are computed for as few sentences as possible.
    Words are filled in for every sentence returned (and the context, except on the run-time path where
    `options` does not read it). With `claimed` (on the run-time path: the data types the rules claimed, by
    sentence), a sentence every mention of which is of a type claimed there is passed over before its guards:
    the stage adds no claim of a type the rules claimed in the sentence (`stage.decide`'s `skip`), so it could
    give nothing (speed, the same claims; only without the option `veto`, which reads those sentences too).
    """
    skip_ruled = set() if ruled is None or options.ruled_sentences else ruled
    sents = Sentences.of(doc)
    context = in_deal_context(doc)
    with_terms = gate_sentences(doc, "data_shared.terms")
    parties = party_spans(doc)
    text = doc_text(doc)
    checked: dict[int, bool] = {}

    def transfer_before(sentence: Sentence) -> bool:
        # one scan of the sentences before per sentence, however many checks ask (the guards, the anchor)
        if sentence.index not in checked:
            checked[sentence.index] = _transfer_before(doc, sentence, sents)
        return checked[sentence.index]

    out: list[Sentence] = []
    count = len(sents.starts)
    # (in order, as a pass over every sentence would visit them: the sentences asked for alone)
    for si in range(count) if only is None else sorted(i for i in only if 0 <= i < count):
        start, end = sents.starts[si], sents.ends[si]
        in_context = bool(context[si]) if si < len(context) else False
        if ruled is not None and (si in skip_ruled or not in_context or si not in with_terms):
            continue  # (the stage's path: set look-ups before any string work)
        question = is_question(text[start:end])
        if ruled is None:
            mentions = mentions_in(doc, start, end) if si in with_terms else []
            messages = mentions_in(doc, start, end, MESSAGE_KINDS) if si in with_terms else []
            if not mentions and not every and not messages:
                continue
            sentence = Sentence(si, start, end, mentions, in_context, question, message_mentions=messages)
            _guards(doc, sentence, parties)
            sentence.transfer_before = transfer_before(sentence)
            context_of(doc, sentence, sents, context, parties)
            sentence.ds_blocked = _ds_guard(doc, sentence, parties, transfer_before, sents)
            sentence.ds_unasserted = _ds_unasserted(doc, sentence, sents, parties)
            sentence.ds_users_act = _ds_users_act(doc, sentence, parties)
            _ds_phrasings(doc, sentence)
        else:
            # the stage's path: a check only for what passed the ones before (guards, then what anchors it)
            if si in skip_ruled or not in_context or question or si not in with_terms:
                continue
            mentions = mentions_in(doc, start, end)
            messages = mentions_in(doc, start, end, MESSAGE_KINDS) if options.message_not_shared else []
            if not mentions and not messages:
                continue
            if claimed is not None and _all_claimed(mentions, messages, claimed.get(si)):
                continue  # (nothing left for the stage to add here: before the guards, the context and the words)
            sentence = Sentence(si, start, end, mentions, in_context, question, message_mentions=messages)
            _guards(doc, sentence, parties)
            if sentence.other_sender or sentence.other_recipient or sentence.matching or sentence.modal:
                continue
            if options.guards:
                sentence.ds_blocked = _ds_guard(doc, sentence, parties, transfer_before, sents)
                if ds_guards.holds(sentence.ds_blocked, si, ruled):
                    continue
            if options.reading_guards:
                sentence.ds_unasserted = _ds_unasserted(doc, sentence, sents, parties)
                if sentence.ds_unasserted:
                    continue
            if options.subject_guard:
                sentence.ds_users_act = _ds_users_act(doc, sentence, parties)
                if sentence.ds_users_act:
                    continue
            if options.phrasing_guards:
                _ds_phrasings(doc, sentence)
                if sentence.ds_topic and si not in ruled:
                    continue
            if options.wide_anchor or options.context_words or options.list_threshold:
                context_of(doc, sentence, sents, context, parties)  # (the guards do not read it: after them)
            if options.list_threshold and sentence.under_intro:
                sentence.transfer_before = transfer_before(sentence)  # its threshold reads it (`Options.threshold_for`)
            if not (sentence.names_buyer or any(i <= si for i in ruled)):
                sentence.transfer_before = transfer_before(sentence)
                if not (sentence.transfer_before or (options.wide_anchor and (sentence.under_intro or sentence.after_context))):
                    continue
        sentence.words = sentence_words(doc, sentence, parties, buyer_sentences(doc, parties))
        out.append(sentence)
    return out


def _all_claimed(mentions: list[Any], messages: list[Any], types: frozenset[str] | None) -> bool:
    """Whether every mention (and message mention) is of a data type in `types` (the rules' claims of the sentence)."""
    return bool(types) and all(m.data_type in types for m in mentions) and all(m.data_type in types for m in messages)


def opt_out_sentences(doc: Doc, opt: Any, *, extra: set[int] = frozenset(), ruled: set[int] | None = None,
                      scope_before: bool = False, lazy_scopes: bool = False, lazy_guards: bool = False) -> list[Sentence]:
    """The opt-out task's sentences: in the opt-out gate (and `extra`), with words and the rules' scopes.

    With `ruled` (the stage's run-time path) only candidates: in the deal context, no question, no rule
    opt_out claim there, no guard against it (`opt_guards.blocked`, else kept in `opt_blocked`). `opt` is the
    rules' opt_out component (its cue lists and scope readers); None: default scopes, no guards.
    `Sentence.opt_scope_before` is read for every sentence of the records' path, on the stage's path only with
    `scope_before` (the stage's setting of that name). With `lazy_scopes` (the stage: speed, the same claims) the
    scopes are left unread: the stage reads them (`fill_opt_scopes`) only for a sentence whose classifier answer
    reaches its threshold, the only one `decide_opt` reads them for. With `lazy_guards` (the stage: speed, the same
    claims) only the first guard ("no cue", `opt_guards.no_cue`) is asked here; the stage asks the others
    (`opt_guard`) for a sentence whose classifier answer reaches its threshold, the only one they can stop.
    """
    sents = Sentences.of(doc)
    context = in_deal_context(doc)
    gated = gate_sentences(doc, "opt_out") | set(extra)
    if not gated:
        # No sentence to read (the loop below gives nothing): and a Doc the rules left at their gate has no token cues
        # cached, so `_opt_token_cues` would run the layer's Matcher over the whole text for nothing (speed30).
        return []
    parties = party_spans(doc)
    text = doc_text(doc)
    lowered = lower_text(doc)
    # The demand verbs are matched per sentence, only for a sentence the guards' last reason reaches (speed27).
    tokens = sorted(_opt_token_cues(doc)) if opt is not None else []
    out: list[Sentence] = []
    for si in sorted(gated):
        if si >= len(sents.starts):
            continue
        start, end = sents.span(si)
        in_context = bool(context[si]) if si < len(context) else False
        question = is_question(text[start:end])
        if ruled is not None and (si in ruled or not in_context or question):
            continue
        local = lowered[start:end]
        prev = lowered[sents.span(si - 1)[0]:sents.span(si - 1)[1]] if si > 0 else ""
        cues = cues_between(tokens, start, end)
        if opt is None:
            why = ""
        elif lazy_guards and ruled is not None:
            # (the classifier reads each sentence alone, so one more candidate changes no other's answer)
            why = "no cue" if opt_guards.no_cue(opt.c, local, prev, cues) else ""
        else:
            why = _blocked(doc, opt, cues, text, local, prev, start, end)
        if ruled is not None and why:
            continue  # (the stage's path: a blocked sentence is never classified)
        sentence = Sentence(si, start, end, mentions_in(doc, start, end), in_context, question, opt_blocked=why,
                            opt_prev=prev, opt_cues=cues)
        if opt is not None and not lazy_scopes:
            read_opt_scopes(sentence, opt, local, prev, ruled is None or scope_before)
        sentence.words = sentence_words(doc, sentence, parties, buyer_sentences(doc, parties))
        out.append(sentence)
    return out


def _blocked(doc: Doc, opt: Any, cues: list[tuple[int, str]], text: str, local: str, prev: str, start: int,
             end: int) -> str:
    """`opt_guards.blocked` of the sentence [start, end) of `doc` (`local`: it lowered; `prev`: the one before,
    lowered; `cues`: the layer's opt-out token cues in it, `cues_between`)."""
    return opt_guards.blocked(
        opt.c, local, text[start:end], prev, cues,
        lambda: cues_between(_demand_cues(doc, [(start, end)]), start, end),
    )


def opt_guard(doc: Doc, sentence: Sentence, opt: Any) -> str:
    """`opt_guards.blocked` of a sentence `opt_out_sentences` returned with `lazy_guards` (the stage's path), from
    the sentence before and the token cues that pass kept on it (`Sentence.opt_prev`, `Sentence.opt_cues`: nothing
    of the document is read again, code32); "" without the rules' component."""
    if opt is None:
        return ""
    start, end = sentence.start, sentence.end
    return _blocked(doc, opt, sentence.opt_cues, doc_text(doc), lower_text(doc)[start:end], sentence.opt_prev, start, end)


def read_opt_scopes(sentence: Sentence, opt: Any, local: str, prev: str, before: bool) -> None:
    """`Sentence.opt_scopes` from the rules' scope readers (`opt`: the rules' opt_out component) over the lowered
    sentence `local` and the one before it, `prev`; with `before`, `Sentence.opt_scope_before` too."""
    sentence.opt_scopes = (opt._scope_possible(local, "", prev), _not_possible_scope(opt, local, prev))
    if before:
        sentence.opt_scope_before = opt._scope_possible(local, prev, prev)


def fill_opt_scopes(doc: Doc, sentence: Sentence, opt: Any, scope_before: bool) -> None:
    """`read_opt_scopes` for a sentence `opt_out_sentences` returned with `lazy_scopes` (the stage's path: with its
    `scope_before` setting), read from `doc` and the sentence before kept on it (`Sentence.opt_prev`)."""
    read_opt_scopes(sentence, opt, lower_text(doc)[sentence.start:sentence.end], sentence.opt_prev, scope_before)


def cues_between(tokens: list[tuple[int, str]], start: int, end: int) -> list[tuple[int, str]]:
    """(offset relative to `start`, label) of the sorted token cues `tokens` at offsets in [start, end):
    two binary searches, not a pass over the document's cues per sentence."""
    lo, hi = bisect.bisect_left(tokens, (start,)), bisect.bisect_left(tokens, (end,))
    return [(s - start, label) for s, label in tokens[lo:hi]]


def _opt_token_cues(doc: Doc) -> list[tuple[int, str]]:
    """(offset, label) of the layer's opt-out token cues in `doc` (none for an older extractor without them)."""
    try:
        from models.layer.cues import token_cues
    except ImportError:
        return []
    return sorted((s, label) for label, spans in token_cues(doc, "opt_out").items() for s, _ in spans)


def _demand_cues(doc: Doc, regions: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(offset, "DEMAND") of the layer's demand verbs in the sentence spans `regions` of `doc` (the sentences the
    stage reads; models/patterns/predicate_tokens.jsonl, read by the rules' `_demand_governs` and the guard "demand",
    `opt_guards.blocked`); none for an older extractor without them. Each sentence is matched on its own, as the
    rules match it (`OptOut._predicate_cues`): the Matcher over the whole document cost the stage five times its time
    (session 26's QUICK bench, synthetic corpus)."""
    if not regions:
        return []
    try:
        from models.layer.cues import find_token_cues

        return sorted((s, "DEMAND") for s, _ in find_token_cues(doc, "predicate", regions).get("DEMAND", ()))
    except (ImportError, KeyError, FileNotFoundError, ValueError):
        return []


def _not_possible_scope(opt: Any, local: str, prev: str) -> str:
    """The rules' scope of a not_possible statement in `local`: a scope it names; else one the sentence before
    names when it refers back ("kann das nachträglich nicht mehr tun"); else all_sharing only where it names
    the data sharing, unspecified otherwise (an accept-or-leave statement, CONTRACT.md)."""
    own = opt._scope_not_possible(local)
    if own != "all_sharing":
        return own
    referred = opt._scope_possible(local, "", prev)
    if referred != "unspecified":
        return referred
    return opt._accept_scope(local)
