"""`dealwatch_deal_context`: one decision, once per document, of which sentences speak about the deal.

Parties: BUYER (Facebook, Meta, Zuckerberg, "das Unternehmen aus Menlo Park"),
TARGET (WhatsApp) and DEAL (the purchase itself). The vocabulary is one file,
`patterns/deal_context.jsonl`: regular expressions for names (and compounds such
as "WhatsApp-Nutzer"), phrases for spaCy's PhraseMatcher on lower case or lemma
for the rest; each row has a kind:

- `name`: always a mention of its party;
- `epithet` ("der Konzern", "das Netzwerk", "die App", "der Messenger"): a
  mention only when its party was named in the same sentence or up to
  `EPITHET_REACH` sentences before, so a stray "der Konzern" in an article
  about Siemens refers to nothing;
- `pronoun` ("er", "sie", "dessen"): a mention of the party named last, only
  in the sentence right after one that named a party;
- `topic` (label TOPIC: "Daten", "Nutzungsbedingungen", "Telefonnummer", "der Messenger"):
  the subject matter of the coverage without a party. No mention and no party: it
  only sets the deal context of its sentence and the ones near it (below).

Exposed on the Doc and its spans (offsets align with models.context.Sentences):

- `doc._.deal_mentions`: the mention Spans (label_ BUYER / TARGET / DEAL), resolved (kept in the span
  group `doc.spans["dealwatch_deal_mentions"]`);
- `doc._.deal_parties`: per sentence index, the frozenset of parties it speaks about;
- `span._.deal_parties`: the parties of the sentences the span overlaps;
- `span._.about_deal`: the span speaks about Facebook, WhatsApp or the deal;
- `doc._.deal_context`: per sentence index, whether the sentence stands in the deal's
  context: the topic a mention sets carries over (`in_deal_context` below), so a
  statement need not repeat the name ("Widersprechen kann man nur der Werbung.");
- `span._.in_deal_context`: one of the sentences the span overlaps stands in it.
"""
from __future__ import annotations

import bisect
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from models.component import DocComponent, build_now
from models.context import Sentences, doc_text
from models.doc_extensions import doc_value
from models.regex_tools import literal_first
from models.layer.cues import token_table
from models.layer.spelling import swiss_file
from models.layer.lemmas import LAYER_FILE  # the one path of patterns/layer.json
from models.layer.text import LOWER_KEY, lower_text, token_range  # noqa: F401 (LOWER_KEY kept importable from here)

# The lowered text is shared with the tagger and the claim components (models/layer/text.py).

PATTERNS_FILE = Path(__file__).resolve().parent.parent / "patterns" / "deal_context.jsonl"
EPITHET_REACH = 3  # sentences back in which an epithet's party must have been named
# How far a named party carries over as the topic: an interview answer can stand four sentences after
# the question that named WhatsApp, and a statement may name the party only in the sentence after it.
CARRY_BACK = 4
CARRY_AHEAD = 1
_CONTEXT_KEY = "dealwatch_deal_context"
PARTIES = ("BUYER", "TARGET", "DEAL")
_NONE: frozenset[str] = frozenset()

# The mentions live in a span group, not as Span objects on the Doc: a Span holds its Doc, so a list of
# Spans in the Doc's user data is a reference cycle, and then no Doc is freed when its last reference goes;
# the cyclic garbage collector has to find every one, at a cost the next allocations pay (measured on the
# bench's make_doc: 0.58-0.61 s against 0.40-0.42 s with the group, which refers to its Doc weakly).
MENTIONS_GROUP = "dealwatch_deal_mentions"


def _mentions(doc: Doc) -> list[Span] | None:
    """`doc._.deal_mentions`: the mention Spans in text order, None where the layer has not run."""
    group = doc.spans.get(MENTIONS_GROUP)
    return None if group is None else list(group)


_MENTION_SPANS_KEY = "dealwatch_deal_mention_spans"


def mention_spans(doc: Doc) -> list[tuple[int, int, str]] | None:
    """(start_char, end_char, label) of `doc._.deal_mentions`, in the same order; None where the layer has not run.

    Built once per document (cached in the Doc's user data, checked against the span group it was read from):
    every read of `doc._.deal_mentions` makes a new Span per mention, and the claim components read them
    several times per document."""
    group = doc.spans.get(MENTIONS_GROUP)
    if group is None:
        return None
    cached = doc.user_data.get(_MENTION_SPANS_KEY)
    if cached is not None and cached[0] is group:
        return cached[1]
    spans = [(m.start_char, m.end_char, m.label_) for m in group]
    doc.user_data[_MENTION_SPANS_KEY] = (group, spans)  # (the group refers to its Doc weakly: no reference cycle)
    return spans


if not Doc.has_extension("deal_parties"):
    Doc.set_extension("deal_parties", default=None)
if not Doc.has_extension("deal_mentions"):
    Doc.set_extension("deal_mentions", getter=_mentions)


def _span_parties(span: Span) -> frozenset[str]:
    per_sentence = doc_value(span.doc, "deal_parties")
    if per_sentence is None:
        return frozenset()
    sentences = Sentences.of(span.doc)
    first, last = sentences.index_at(span.start_char), sentences.index_at(max(span.start_char, span.end_char - 1))
    return frozenset().union(*per_sentence[first : last + 1])


def in_deal_context(doc: Doc) -> list[bool]:
    """Per sentence index: does the sentence stand in the deal's context? (cached on the Doc)

    It does when a party is spoken of (by name, epithet or pronoun) in it, in one of the
    `CARRY_BACK` sentences before it or the `CARRY_AHEAD` after it (a `topic` word counts
    there too: "Der Messenger gibt die Nummer weiter. Daran ändert ein Widerspruch nichts");
    when the title or the
    teaser (the first sentence, and the block after it when it is a line of its own) names one, which frames the whole
    text ("„Ein Widerspruch, der keiner ist“" over an interview about WhatsApp); or when
    an earlier sentence of its own block, or the block introducing it (the question of a
    Q&A answer, the heading of a list or section), does: a topic holds for its block. A text that
    names no party anywhere stands in the context as a whole where `_unnamed_text` says so.
    Without the deal-context component every sentence is out of context.
    """
    parties = doc_value(doc, "deal_parties")
    cached = doc.user_data.get(_CONTEXT_KEY)
    if cached is not None and cached[0] is parties:
        return cached[1]
    sentences = Sentences.of(doc)
    n = len(sentences.starts)
    if parties is None or len(parties) != n:
        flags = [False] * n
    else:
        flags = _context_flags(doc, sentences, parties)
    doc.user_data[_CONTEXT_KEY] = (parties, flags)
    return flags


def _context_flags(doc: Doc, sentences: Sentences, parties: list[frozenset[str]]) -> list[bool]:
    n = len(parties)
    named = [bool(p) for p in parties]
    if not any(named) and _unnamed_text(lower_text(doc)):
        return [True] * n
    blocks = doc_value(doc, "blocks") or ()
    # The frame: the first sentence; when it is a line of its own (a title), also the next block (the teaser). A
    # title line is one heading block however many sentences the splitter cuts it into ("Folge 241: „Zustimmen oder
    # tschüss?“ – das Transkript"; session 37, opt37, own65-034).
    frame_end = sentences.ends[0]
    if len(blocks) > 1 and (blocks[0].end <= frame_end or blocks[0].kind == "heading"):
        frame_end = blocks[1].end
    if any(named[: sentences.index_at(max(0, frame_end - 1)) + 1]):
        return [True] * n
    near = list(named)
    topic = topic_regex()
    if topic is not None:  # the subject matter counts in the window only, it frames no text or block
        text = lower_text(doc)
        pos = 0
        while (m := topic.search(text, pos)) is not None:
            si = sentences.index_at(m.start())
            near[si] = True
            pos = max(m.end(), sentences.ends[si])  # one hit per sentence is enough
    flags = [any(near[max(0, si - CARRY_BACK) : si + CARRY_AHEAD + 1]) for si in range(n)]
    if not blocks or all(flags):
        return flags
    # The topic of a block: any party named in it up to the sentence, or in the block introducing it.
    starts = [b.start for b in blocks]
    first_named: dict[int, int] = {}  # block index -> first sentence index naming a party in it
    block_of: list[int | None] = []
    for si in range(n):
        bi = bisect.bisect_right(starts, sentences.starts[si]) - 1
        bi = bi if bi >= 0 and sentences.starts[si] < blocks[bi].end else None
        block_of.append(bi)
        if bi is not None and named[si] and bi not in first_named:
            first_named[bi] = si
    for si in range(n):
        bi = block_of[si]
        if flags[si] or bi is None:
            continue
        intro = blocks[bi].intro
        flags[si] = first_named.get(bi, n) <= si or (intro is not None and intro in first_named)
    return flags


def _unnamed_text(text: str) -> bool:
    """Does a text that names neither party anywhere stand in the deal's context as a whole? It does where it names no
    other company (deal.json other_targets, other_buyers, rival_services) and speaks of users (service_users) and of a
    messenger (service_words: a messenger, chats, messages): a court decision's "die Beklagte" and "Nutzer des Dienstes", a reader's short
    answer "Die Nutzer mussten den neuen Bedingungen zustimmen" (issue 7, session 51, opt51). Not a text about
    Telegram or Threema, not a utility's customers ("Kunden", "Verbraucher" are any firm's: review51), not a board's
    budget or a horoscope. `text`: the lower-cased text."""
    from models.context import has  # (models.context reads the Doc layer's helpers: imported at first use)

    if any(has(name, text, text) for name in ("other_targets", "other_buyers", "rival_services")):
        return False
    return has("service_users", text, text) and has("service_words", text, text)


def _span_in_context(span: Span) -> bool:
    flags = in_deal_context(span.doc)
    sentences = Sentences.of(span.doc)
    first, last = sentences.index_at(span.start_char), sentences.index_at(max(span.start_char, span.end_char - 1))
    return any(flags[first : last + 1])


if not Doc.has_extension("deal_context"):
    Doc.set_extension("deal_context", getter=in_deal_context)
if not Span.has_extension("deal_parties"):
    Span.set_extension("deal_parties", getter=_span_parties)
    Span.set_extension("about_deal", getter=lambda span: bool(_span_parties(span)))
if not Span.has_extension("in_deal_context"):
    Span.set_extension("in_deal_context", getter=_span_in_context)


@lru_cache(maxsize=1)
def pattern_rows() -> tuple[dict[str, Any], ...]:
    """The rows of deal_context.jsonl (comment lines dropped)."""
    rows = []
    for number, line in enumerate(PATTERNS_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if "_comment" in row:
            continue
        if row.get("label") not in (*PARTIES, "ANY", "TOPIC") or row.get("kind") not in ("name", "epithet", "pronoun", "topic"):
            raise ValueError(f"{PATTERNS_FILE}:{number}: needs a label ({', '.join(PARTIES)}, ANY, TOPIC) and a kind")
        if (row["label"] == "TOPIC") != (row["kind"] == "topic") or (row["kind"] == "topic" and "regex" not in row):
            raise ValueError(f"{PATTERNS_FILE}:{number}: a topic row has label TOPIC, kind topic and a 'regex'")
        if ("phrases" in row) == ("regex" in row) or row.get("attr", "LOWER") not in ("LOWER", "LEMMA"):
            raise ValueError(f"{PATTERNS_FILE}:{number}: needs either 'phrases' (attr LOWER or LEMMA) or a 'regex'")
        rows.append(row)
    return tuple(rows)


def build_matchers(vocab: Vocab) -> dict[str, PhraseMatcher]:
    """One PhraseMatcher per attribute (LOWER, LEMMA) with every phrase row, keyed '<label>|<kind>'.

    Phrase matching is a hash lookup per token, far cheaper than token patterns whose
    first token is an article (every "der" would open a partial match).
    """
    matchers = {attr: PhraseMatcher(vocab, attr=attr) for attr in ("LOWER", "LEMMA")}
    for row in pattern_rows():
        if "phrases" not in row:
            continue
        attr = row.get("attr", "LOWER")
        texts = [f"{b} {p}" for b in row.get("before", [""]) for p in row["phrases"]]
        docs = []
        for text in texts:
            words = text.split()
            docs.append(Doc(vocab, words=words, lemmas=words) if attr == "LEMMA" else Doc(vocab, words=words))
        matchers[attr].add(f"{row['label']}|{row['kind']}", docs)
    return matchers


@lru_cache(maxsize=1)
def name_regexes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(label, word-bounded regex over the lower-cased text) of the 'regex' rows: names and their compounds.

    A regex over the text finds "WhatsApp-Nutzer" or "Facebook-Tochter" far faster than a
    per-token REGEX in the Matcher, which runs Python for every token of every document.
    """
    return tuple(
        (row["label"], _name_regex(row["regex"])) for row in pattern_rows() if "regex" in row and row["kind"] != "topic"
    )


@lru_cache(maxsize=1)
def topic_regex() -> re.Pattern[str] | None:
    """One word-bounded regex over the lower-cased text for every `topic` row (None without one)."""
    bodies = [row["regex"] for row in pattern_rows() if row["kind"] == "topic"]
    return _name_regex("|".join(f"(?:{b})" for b in bodies)) if bodies else None


def _name_regex(body: str) -> re.Pattern[str]:
    """`body` between word edges. Where every alternative opens with a letter, the word-start test
    goes behind that letter (`literal_first`): the same matches, but the engine skips every position
    whose character starts no alternative, instead of testing a lookbehind at each one."""
    plain = rf"(?<![\wäöüß])(?:{body})(?![\wäöüß])"
    moved = literal_first(rf"\b(?:{body})")
    if moved.startswith("\\b"):
        return re.compile(plain)  # an alternative opens with no letter: keep the lookbehind in front
    # "\b" before a letter is "(?<!\w)", and in a str pattern \w already holds ä, ö, ü and ß.
    return re.compile(moved + r"(?![\wäöüß])")


_CLAUSE_END = re.compile(r"[,;:.!?()\n–—]")
_GEBEN = re.compile(r"\b(?:geben|gegeben)\b")


@lru_cache(maxsize=1)
def _expletive_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """layer.json's `expletive_es` lists (with their Swiss spellings, "heisst es"): verbs around, plural verbs after,
    auxiliaries of "geben"."""
    table = swiss_file(json.loads(LAYER_FILE.read_text(encoding="utf-8")))["expletive_es"]
    return tuple(frozenset(table[key]) for key in ("verbs_around", "plural_after", "auxiliaries_of_geben"))


def _word(lowered: str, starts: list[int], lengths: list[int], index: int) -> str:
    """The lowered text of token `index` ("" outside the Doc)."""
    if index < 0 or index >= len(starts):
        return ""
    return lowered[starts[index] : starts[index] + lengths[index]]


#: The subject pronouns of a party ("es": Facebook, WhatsApp, das Unternehmen; "er": Zuckerberg, Koum, der Konzern); not
#: "sie", which as often takes up the data ("die Nummern ..., dass sie ...") or the users.
_PARTY_SUBJECT_PRONOUNS = frozenset({"es", "er"})


def clause_subject_antecedent(
    lowered: str, starts: list[int], lengths: list[int], index: int, spoken_of: set[str] | tuple[()]
) -> str | None:
    """The party a subject pronoun right after a subordinator stands for, from its own sentence: "Facebook erklärt, dass
    es die Inhalte nicht sehen kann", "WhatsApp betont, dass es keine Chats lesen könne", "Zuckerberg sagte, dass er
    ...". The clause the subordinator opens depends on the clause before it in the sentence, whose party is the
    pronoun's antecedent where that sentence has spoken of exactly one party before it (`spoken_of`, BUYER or TARGET);
    None otherwise (no party before it, or both: "Facebook kauft WhatsApp, weil es ..." stays open). Until session 59 a
    pronoun took only the party named last in the sentence before, so the first naming's own sentence resolved none
    and a sentence naming the other party took the wrong one (issue 7, session 59, ds59)."""
    if len(spoken_of) != 1 or _word(lowered, starts, lengths, index) not in _PARTY_SUBJECT_PRONOUNS:
        return None
    _, subordinators = _cataphoric_words()
    if _word(lowered, starts, lengths, index - 1) not in subordinators:
        return None
    if expletive_es(lowered, starts, lengths, index):
        return None  # "..., dass es keine Werbung geben werde": the "es" of "geben", no party
    return next(iter(spoken_of))


def expletive_es(lowered: str, starts: list[int], lengths: list[int], index: int) -> bool:
    """Token `index` is an expletive "es", standing for no party (layer.json `expletive_es`): "es gibt", "gibt es",
    "geht es um", "heißt es"; "es werden Daten weitergegeben" (a plural verb: the subject comes later); "es werde
    keine Werbung geben", "Werbung wird es nicht geben" (an auxiliary beside it, its clause ending in "geben")."""
    if _word(lowered, starts, lengths, index) != "es":
        return False
    around, plural, auxiliaries = _expletive_words()
    before, after = _word(lowered, starts, lengths, index - 1), _word(lowered, starts, lengths, index + 1)
    if before in around or after in around or after in plural:
        return True
    if after in auxiliaries or before in auxiliaries:
        end = starts[index] + lengths[index]
        clause_end = _CLAUSE_END.search(lowered, end)
        return _GEBEN.search(lowered, end, clause_end.start() if clause_end else len(lowered)) is not None
    return False


@lru_cache(maxsize=1)
def _cataphoric_words() -> tuple[frozenset[str], frozenset[str]]:
    """layer.json's `cataphoric_es` lists (the subordinators with their Swiss spellings): the determiners and pronouns a word after "es" may be ("nutzt es die
    Daten:": the "es" a subject of its own clause, not the placeholder of what the colon introduces), and the
    subordinators an "es" right after is the subject of ("bleibt WhatsApp, was es ist: ...")."""
    table = swiss_file(json.loads(LAYER_FILE.read_text(encoding="utf-8")))["cataphoric_es"]
    return frozenset(table["determiners"]), frozenset(table["subordinators"])


def cataphoric_es(cased: str, starts: list[int], lengths: list[int], index: int) -> bool:
    """Token `index` is an "es" that points forward to what a colon introduces, standing for no party: "Der Kurier
    sieht es so: ...", "Die Zeitung formuliert es nüchterner: ...", "Ein Leser sagt es deutlich: ...". The shape: the
    "es" after its verb (not opening the clause), then one to three lower-case words (manner adverbs or adjectives;
    German writes every noun capitalised) and the colon. Not a referring "es" with an object or nothing before the
    colon ("Dann nutzt es die Daten: ...", "Dafür zahlt es: ...": the party kept)."""
    if cased[starts[index] : starts[index] + lengths[index]].lower() != "es" or index == 0:
        return False
    determiners, subordinators = _cataphoric_words()
    before = cased[starts[index - 1] : starts[index - 1] + lengths[index - 1]]
    if not before.isalpha() or before[0].isupper() or before in subordinators:
        # the clause's first word, a punctuation mark, a capitalised word (a noun, a sentence start), or the word that
        # opens a subordinate clause, whose "es" is its subject ("bleibt WhatsApp, was es ist: ...", "in denen es
        # versicherte: ...")
        return False
    words = 0
    for k in range(index + 1, min(index + 5, len(starts))):
        word = cased[starts[k] : starts[k] + lengths[k]]
        if word == ":":
            return words > 0
        if not word.isalpha() or not word[0].islower() or word in determiners or words == 3:
            return False
        words += 1
    return False


class DealContext(DocComponent):
    """Finds and resolves the deal mentions of a Doc and the parties of each sentence."""

    def __init__(self, vocab: Vocab) -> None:
        self.matchers = build_matchers(vocab)
        self._keys: dict[int, tuple[str, str]] = {}  # match key -> (label, kind), split once per key

    def __call__(self, doc: Doc) -> Doc:
        sentences = Sentences.of(doc)
        # Token char offsets and lengths as lists: no Token object, no numpy scalar, per match. (From the layer's
        # one token table, which every Doc's token cues read later: one `Doc.to_array` per Doc, not two.)
        _arrays, starts, lengths = token_table(doc)
        strings = doc.vocab.strings
        keys = self._keys
        index_at = sentences.index_at
        found: list[tuple[int, int, int, str, str]] = []  # (sentence, token start, token end, label, kind)
        for matcher in self.matchers.values():
            for key, start, end in matcher(doc):
                split = keys.get(key)
                if split is None:
                    label, kind = strings[key].split("|")
                    split = keys[key] = (label, kind)
                found.append((index_at(starts[start]), start, end, *split))
        lowered = lower_text(doc)
        cased = doc_text(doc)
        for label, regex in name_regexes():
            for match in regex.finditer(lowered):
                tokens = token_range(starts, lengths, len(lowered), match.start(), match.end())
                if tokens:  # (a name is a word: never an empty span)
                    found.append((sentences.index_at(match.start()), tokens.start, tokens.stop, label, "name"))
        found.sort(key=lambda f: (f[1], -f[2]))
        # Parties only of the sentences that have any (most have none): no set per sentence.
        parties: dict[int, set[str]] = {}
        last_named: dict[int, str] = {}  # sentence -> the party (BUYER/TARGET) named last in it
        for index, _, _, label, kind in found:
            if kind == "name":
                parties.setdefault(index, set()).add(label)
                if label != "DEAL":
                    last_named[index] = label
        # Per party, the sentences naming it (in order): an epithet's test is one binary search.
        named_at: dict[str, list[int]] = {}
        for index in sorted(parties):
            for label in parties[index]:
                named_at.setdefault(label, []).append(index)
        mentions: list[Span] = []
        spans: list[tuple[int, int, str]] = []  # the same as (start_char, end_char, label_), from the offset lists
        spoken_of: dict[int, set[str]] = {}  # sentence -> the parties (BUYER/TARGET) spoken of so far in it
        for index, start, end, label, kind in found:
            if kind == "epithet":
                # named in this sentence or one of the EPITHET_REACH before it
                named = named_at.get(label)
                k = bisect.bisect_right(named, index) if named else 0
                if not k or named[k - 1] < index - EPITHET_REACH:
                    continue
                parties.setdefault(index, set()).add(label)
            elif kind == "pronoun":
                antecedent = clause_subject_antecedent(lowered, starts, lengths, start, spoken_of.get(index, ()))
                if antecedent is None and (
                    index - 1 not in last_named or expletive_es(lowered, starts, lengths, start)
                    or cataphoric_es(cased, starts, lengths, start)
                ):
                    continue
                label = antecedent or last_named[index - 1]
                parties.setdefault(index, set()).add(label)
            if label != "DEAL":
                spoken_of.setdefault(index, set()).add(label)
            mentions.append(Span(doc, start, end, label=label))
            spans.append((starts[start], starts[end - 1] + lengths[end - 1], label))
        per_sentence = [_NONE] * len(sentences.starts)
        for index, p in parties.items():
            per_sentence[index] = frozenset(p)
        doc.spans[MENTIONS_GROUP] = mentions
        # `mention_spans` of this group, kept now: read back, every mention would be made a Span again
        doc.user_data[_MENTION_SPANS_KEY] = (doc.spans[MENTIONS_GROUP], spans)
        doc._.deal_parties = per_sentence
        return doc


@Language.factory("dealwatch_deal_context")
def make_deal_context(nlp: Language, name: str) -> DealContext:
    """spaCy factory: the deal-context component (its name and topic patterns built now, `build_now`)."""
    build_now(name_regexes, topic_regex, _expletive_words)
    return DealContext(nlp.vocab)
