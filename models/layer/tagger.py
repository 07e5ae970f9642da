"""`dealwatch_tagger`: STTS tags from HanTa on gated stretches of text; separable verbs rejoined.

HanTa (Hanover Tagger, trained on TIGER, shipped in its wheel) tags about
3k tokens/s: far too slow for every sentence of a million-word crawl, so a
cheap gate picks the sentences where a tag changes what the rules read: a
separable particle right before a clause end ("gibt ... an Facebook weiter.")
in a sentence with a candidate word (a data term, an opt-out stem), where the
particle joined to one of the sentence's lemmas would give a cue lemma of
patterns/*_tokens.jsonl. Everywhere else the lookup lemmas stand and `tag_`
stays empty.

Separable verbs: the particle (tag PTKVZ) is joined to the finite verb before
it in the same clause, so "leitete ... weiter" has the lemma "weiterleiten",
like "weitergeleitet" and "weiterzuleiten" have from the lookup table.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from models.caseless import caseless_reading
from models.component import DocComponent, build_now
from models.layer.cues import cue_lemmas
from models.layer.lemmas import LAYER_FILE  # the one path of patterns/layer.json
from models.layer import hanta_forward, literals
from models.layer.literals import candidate_sentences, candidate_words
from models.context import Sentences, doc_text
from models.layer.text import lower_text
from models.regex_tools import first_letter_led, literal_automaton, literal_found

FINITE = {"VVFIN", "VAFIN", "VMFIN", "VVIMP"}

if not Token.has_extension("particle_joined"):
    Token.set_extension("particle_joined", default=False)  # True on a PTKVZ whose verb took it into its lemma
if not Doc.has_extension("tagged_sentences"):
    Doc.set_extension("tagged_sentences", default=0)  # how many sentences the gate let through (measured in make bench)


@lru_cache(maxsize=1)
def _data() -> dict[str, list[str]]:
    return json.loads(LAYER_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def gate() -> re.Pattern[str]:
    """A sentence with a split separable verb: a particle right before a clause end ("... weiter.")."""
    particles = "|".join(sorted(_data()["particles"], key=len, reverse=True))
    # Speed (speed23), the same matches: the word-start test behind each particle's letters (`first_letter_led`),
    # so the engine skips to the particles' first letters instead of trying the lookbehind at every position.
    led = first_letter_led(f"(?:{particles})", r"(?<![\wäöüß].)")
    if led is None:  # (a particle opening with no letter: the test in front)
        return re.compile(rf"(?i)(?<![\wäöüß])({particles})\s*[.,;:!?–—)\"“]")
    return re.compile(rf"(?i)({led})\s*[.,;:!?–—)\"“]")


@lru_cache(maxsize=1)
def lowered_gate() -> re.Pattern[str]:
    """`gate()` without its case-insensitive flag, for the lowered text (`particles`)."""
    return re.compile(gate().pattern.removeprefix("(?i)"))


def particles(text: str, lowered: str) -> list[re.Match[str]]:
    """Every match of `gate()` in `text` (`lowered`: `lower_text` of it, offsets kept). Speed, the same spans:
    the pattern is searched case-sensitively over the lowered text, several times cheaper than the
    case-insensitive scan, wherever case folding is plain lower-casing (no letter beyond Latin-1; see
    models/caseless.py); elsewhere the case-insensitive pattern reads `text` itself."""
    pattern, subject = caseless_reading(text, lowered, gate(), lowered_gate())
    return list(pattern.finditer(subject))


@lru_cache(maxsize=1)
def _candidate_words() -> list[str]:
    """The data terms (data_shared.json's gate_terms) and candidate stems, longest first: the layer's candidate
    gate "tagger" (models/layer/literals.py `CANDIDATE_GATES`), which the shared scan answers per sentence."""
    return list(candidate_words("tagger"))


@lru_cache(maxsize=1)
def _candidate_automaton():  # noqa: ANN202 (pyahocorasick has no type hints)
    return literal_automaton(_candidate_words())


def holds_candidate(lowered: str, start: int, end: int) -> bool:
    """Could the stretch lowered[start:end] hold a claim cue: does a data term (data_shared.json's gate_terms) or a
    candidate stem occur inside it? By one Aho-Corasick scan of the stretch (speed22: the alternation of every word,
    tried at each position, cost about 190,000 instructions a sentence that holds none; without pyahocorasick
    substring tests, `literal_found`)."""
    return literal_found(_candidate_words(), _candidate_automaton(), lowered, start, end)


def selected(text: str, start: int, end: int, lowered: str) -> bool:
    """Does the gate send sentence text[start:end] to the tagger? (`lowered` is text.lower(), offsets kept)"""
    return gate().search(text, start, end) is not None and holds_candidate(lowered, start, end)


@lru_cache(maxsize=1)
def hanta():  # noqa: ANN201 (HanTa has no type hints)
    """HanTa's German model, loaded once per process (about 0.2 s)."""
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    if hanta_forward.matches(HanoverTagger.HanoverTagger):
        # the word analysis its `_tag_word` runs on a word it has not cached, the same lists faster (speed48)
        tagger.analyze_forward = hanta_forward.forward(tagger)
        tagger.tag_sent_viterbi = hanta_forward.sentence_pass(tagger)  # (its pass over a sentence, the same tags)
    tagger._tag_word = _memoised(tagger._tag_word)
    return tagger


WORD_CACHE_SIZE = 50_000  # distinct (word, options) analyses kept; emptied when full


def _memoised(tag_word):  # noqa: ANN001, ANN202 (HanTa has no type hints)
    """HanTa's per-word analysis (`_tag_word`, most of its time) remembered per word and options.

    The analysis of a word does not depend on its sentence (the Viterbi pass over the
    sentence combines them), so the same word is analysed once, like spaCy's tokenizer
    caches its chunks: cue verbs and particles ("gibt", "weiter", "an") come back in
    every article. The result is the same list HanTa computes (callers only read it).
    """
    cache: dict[tuple, list] = {}

    def cached(word, cutoff=5, casesensitive=True, conditional=False):  # noqa: ANN001, ANN202
        key = (word, cutoff, casesensitive, conditional)
        found = cache.get(key)
        if found is None:
            if len(cache) >= WORD_CACHE_SIZE:
                cache.clear()
            found = cache[key] = tag_word(word, cutoff, casesensitive, conditional)
        return found

    return cached


def stts(tag: str) -> str:
    """HanTa writes 'VV(FIN)'; STTS writes 'VVFIN'."""
    return tag.replace("(", "").replace(")", "")


TAGGED_CACHE_SIZE = 4096  # distinct word sequences whose tags are kept (LRU)


def tag_words(words: Sequence[str]) -> tuple[str, ...]:
    """The STTS tags HanTa (`tag_sent`, tags only: taglevel 0) gives `words`, one sentence or clause in order, as
    `stts` writes them. The one place the rules tag a word list (data_shared's verbless fragments, moment's finite
    verbs and joins, price_parties' proper nouns, the layer's gated sentences; each splits its words its own way):
    a word sequence is tagged once per process, whichever of them asks (speed27). The Viterbi pass reads only the
    words, so the same words give the same tags."""
    return _tag_words(tuple(words))


@lru_cache(maxsize=TAGGED_CACHE_SIZE)
def _tag_words(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(stts(tag) for tag in hanta().tag_sent(list(words), taglevel=0))


_UNKNOWN = 3  # HanTa's number for a word it cannot analyse (HanoverTagger.UNKNOWN)


@lru_cache(maxsize=None)
def _tag_ints(tag: str) -> frozenset[int]:
    """HanTa's internal numbers of the STTS tag `tag` (its tags as `stts` writes them)."""
    return frozenset(number for number, name in hanta().int2tag.items() if stts(name) == tag)


def may_tag(word: str, tag: str, *, first: bool) -> bool:
    """Could `hanta().tag_sent` give `word` the STTS tag `tag` in any sentence (`first`: as its first word)?

    False only when HanTa's own analysis of the word, the one its Viterbi pass reads (`_tag_word` with the
    pass's arguments: case-insensitive for the first word), offers the word other tags but not this one:
    the pass keeps for each word only the tags its analysis offers (any tag where it offers none or only
    UNKNOWN). Speed, the same answer: one remembered word analysis instead of tagging a whole clause.
    """
    offered = _offered(word, casesensitive=not first)
    return not offered or offered == {_UNKNOWN} or not offered.isdisjoint(_tag_ints(tag))


def must_tag(word: str, tags: frozenset[str] | set[str], *, first: bool) -> bool:
    """Must `hanta().tag_sent` give `word` one of the STTS tags `tags` in every sentence (`first`: as its first
    word)? True only when HanTa's own analysis of the word, the one its Viterbi pass reads (`_tag_word` with the
    pass's arguments, as `may_tag`), offers tags and all of them are among `tags`, UNKNOWN not among them: the pass
    keeps for each word only the tags its analysis offers. The converse of `may_tag` (speed29): a finite verb
    HanTa knows as nothing else ("ist", "hat", "gibt") is tagged finite wherever it stands, with no clause tagged."""
    offered = _offered(word, casesensitive=not first)
    return bool(offered) and _UNKNOWN not in offered and offered <= _tags_ints(frozenset(tags))


def tags_any(words: Sequence[str], tags: frozenset[str] | set[str], among: Sequence[bool] | None = None) -> bool:
    """Does `tag_words(words)` give some word one of the STTS tags `tags` (only words whose flag in `among` is True,
    where given)? The shared reader of "a finite verb or none" (data_shared's verbless fragments, year's verbless
    owner phrases). Cheap first, the same answer (speed29, speed48): no word whose analysis offers one of `tags`
    (`may_tag`) is False, a word whose analysis offers nothing else (`must_tag`) is True, both with no sentence
    tagged; only between the two are the words tagged in context."""
    flags = [True] * len(words) if among is None else among
    wanted = frozenset(tags)
    if not any(flag and any(may_tag(word, tag, first=i == 0) for tag in wanted)
               for i, (word, flag) in enumerate(zip(words, flags))):
        return False
    if any(flag and must_tag(word, wanted, first=i == 0) for i, (word, flag) in enumerate(zip(words, flags))):
        return True
    return any(flag and tag in wanted for tag, flag in zip(tag_words(words), flags))


def may_tag_any(word: str, tags: frozenset[str], *, first: bool) -> bool:
    """Could `hanta().tag_sent` give `word` one of the STTS tags `tags` (`first`: as its first word)? `may_tag` for
    a set of tags at once: one remembered word analysis, one set test."""
    offered = _offered(word, casesensitive=not first)
    return not offered or offered == {_UNKNOWN} or not offered.isdisjoint(_tags_ints(tags))


@lru_cache(maxsize=None)
def tags_starting(prefixes: tuple[str, ...]) -> frozenset[str]:
    """Every STTS tag (as `stts` writes HanTa's) that starts with one of `prefixes` ("VV": "VVFIN", "VVPP", ...)."""
    return frozenset(stts(name) for name in hanta().int2tag.values() if stts(name).startswith(prefixes))


@lru_cache(maxsize=None)
def _tags_ints(tags: frozenset[str]) -> frozenset[int]:
    """HanTa's internal numbers of any of the STTS tags `tags`."""
    return frozenset().union(*(_tag_ints(tag) for tag in tags))


def proper_noun(word: str) -> bool:
    """Is `word` (in its own case) a proper noun HanTa knows as nothing else ("Leipzig", "Irland")? Its analysis
    offers the tag NE alone; a word it must guess ("Facebook": FM, NE, NN, ...) or a common noun ("Freunden") is not."""
    offered = _offered(word, casesensitive=True)
    return bool(offered) and offered <= _tag_ints("NE")


def _offered(word: str, *, casesensitive: bool) -> set[int]:
    """HanTa's tag numbers for `word` from the analysis its Viterbi pass reads (`_tag_word`, remembered per word)."""
    return {number for number, _ in hanta()._tag_word(word, cutoff=5, casesensitive=casesensitive, conditional=True)}


class GatedTagger(DocComponent):
    """Tags the sentences the gate selects and rejoins separable verbs there."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lowered = lower_text(doc)  # (every Doc's, once: the deal context reads it next)
        # The gate's cheap half first, from the layer's one shared scan (models/layer/literals.py, speed29): the
        # sentences holding a data term or a candidate stem; the particle search then reads only those, not the
        # whole text. The same sentences as `particles` over the text, then `holds_candidate` on each
        # (tests/test_models_speed_paths.py): a particle match starts with a letter and runs over the particle,
        # blanks and one mark, so one counted for its sentence lies inside it, and none ever hid another.
        candidates = candidate_sentences(doc, "tagger")
        if not candidates:
            return doc
        sentences = Sentences.of(doc)
        pattern, subject = caseless_reading(text, lowered, gate(), lowered_gate())
        tagged = 0
        for index in sorted(candidates):
            start, end = sentences.span(index)
            if pattern.search(subject, start, end) is None:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            tokens = _window(text, start, end, [t for t in span if not t.is_space])
            if not tokens:
                continue
            tagged += 1
            # Tags only (taglevel 0, three times faster than with HanTa's lemmas): the lookup lemmas stay.
            for token, tag in zip(tokens, tag_words([t.text for t in tokens])):
                token.tag_ = tag
            rejoin_separable_verbs(tokens)
        doc._.tagged_sentences = tagged
        return doc


def _particle_sentences(sentences: Sentences, particles: list[re.Match[str]]) -> list[int]:
    """The sentences in which `gate()` matches, from one scan of the whole text (in order).

    The same as searching each sentence on its own (`selected`): a match counts for the
    sentence it starts in when it also ends there (a match can only run past a sentence end
    on its closing quote, and then the sentence alone holds none).
    """
    found: list[int] = []
    for match in particles:
        index = sentences.index_at(match.start())
        if match.end() <= sentences.ends[index] and (not found or found[-1] != index):
            found.append(index)
    return found


def _window(text: str, start: int, end: int, tokens: list[Token]) -> list[Token]:
    """The tokens to tag: from a verb whose lemma joined to a clause-final particle is a cue lemma
    ("gibt" + "weiter" = "weitergeben") to the particle, with one token of context before; [] when none.

    The last, exact step of the gate: HanTa then decides whether the particle really is one
    (PTKVZ) or a preposition or adverb. Tagging only this stretch, not the whole sentence,
    keeps the tagger's cost (about 0.3 ms per token) small.
    """
    ends = {m.end(1) for m in gate().finditer(text, start, end)}
    wanted = cue_lemmas()
    for i, particle in enumerate(tokens):
        if particle.idx + len(particle.text) not in ends:
            continue
        prefix = particle.lower_
        for j in range(i - 1, -1, -1):
            if tokens[j].text in _CLAUSE_EDGES:
                break
            if prefix + tokens[j].lemma_.lower() in wanted:
                # The verb with its left neighbour, the particle with its left neighbour and what
                # closes the clause: enough context for HanTa to tell PTKVZ from a preposition or
                # adverb; its cost grows with every (long, compound) word it has to analyse.
                picked = [*tokens[max(0, j - 1) : j + 1], *tokens[max(j + 1, i - 1) : i + 2]]
                return picked
    return []


_CLAUSE_EDGES = {",", ";", ":", "–", "—", ".", "!", "?"}


def rejoin_separable_verbs(tokens: list[Token]) -> None:
    """Give the finite verb before each PTKVZ particle (same clause) the joined lemma: geben + weiter -> weitergeben."""
    for i, particle in enumerate(tokens):
        if particle.tag_ != "PTKVZ":
            continue
        for verb in reversed(tokens[:i]):
            if verb.text in {",", ";", ":", "–", "—"}:
                break  # another clause: "..., die er weiterleitet" has no particle to join
            if verb.tag_ in FINITE:
                prefix = particle.lower_
                if not verb.lemma_.lower().startswith(prefix):
                    verb.lemma_ = prefix + verb.lemma_.lower()
                particle._.particle_joined = True
                particle.lemma_ = prefix  # "weiter", not the adjective "weit"
                break


@Language.factory("dealwatch_tagger")
def make_tagger(nlp: Language, name: str) -> GatedTagger:
    """spaCy factory: the gated HanTa tagger (HanTa's model, its gates and the layer's shared literal scan built now,
    `build_now`)."""
    build_now(_data, gate, lowered_gate, _candidate_words, _candidate_automaton, hanta, cue_lemmas, literals._automaton)
    return GatedTagger()
