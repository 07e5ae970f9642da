"""German sentence boundaries, fast and without a trained parser.

`spacy.blank("de")` has no sentence segmenter that knows German
abbreviations ("z.B.", "Mrd.", "ca."), ordinals ("15. Mai", "4. Quartal") or
typographic quotes („…“). This component finds boundaries with one regular
expression over the text, vetoes the abbreviation and ordinal cases, and
sets `is_sent_start` for every token in one array write (no per-token Python
loop: the benchmark asks the whole pipeline to keep pace with the tokenizer).
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from models.component import DocComponent, build_now
from models.context import SENTENCE_STARTS_KEY, doc_text
from models.dates import SHORT_YEAR
from models.quote_marks import SENTENCE_CLOSING_QUOTE_MARKS, SENTENCE_OPENING_QUOTE_MARKS

# A terminal (. ! ? …), any closing quotes/brackets, a footnote marker of reference works and scholarly text
# ("Nutzern.[1] Die", "verzichtete.³ Das": the marker closes the sentence it stands after), whitespace, then
# something a sentence can start with.
# A footnote number that lost its superscript in text extraction ("zustimmen.61 Nach Ablauf", "erinnert.144\n\n") is a
# marker too, but only glued to a word's terminal (`_glued_note_ends`): after a digit the period is a decimal or an
# ordinal's ("1.5 Mrd.", "15.3 Prozent"), and with a blank between it is a number of the next sentence.
_FOOTNOTE_MARKER = r"(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)"
_END_THEN_START = re.compile(
    rf"(?P<end>[.!?…]+)[{SENTENCE_CLOSING_QUOTE_MARKS}\)\]]*"
    + _FOOTNOTE_MARKER
    + rf"*(?P<note>\d{{1,3}})?[{SENTENCE_CLOSING_QUOTE_MARKS}\)\]]*" + r"(?P<space>[ \t\u00a0]+|\s*\n\s*)"
    + rf"(?=[A-ZÄÖÜ0-9{SENTENCE_OPENING_QUOTE_MARKS}(\[–—•-]|" + SHORT_YEAR + r"(?![\d.,]))"
)
# (A year said short by its apostrophe opens a sentence as its digits would: a chronicle run on in one paragraph, "...
# kauft ihn. '21: Streit um neue Regeln." (issue 7, session 40, when40).)
# A paragraph break is always a boundary; a single line break is one unless the next line goes on in lower case or
# the line ends with a word that never ends a sentence (patterns/line_open_words.txt: hard-wrapped print text,
# '... Gerätekennungen und\nAngaben zur Nutzungsdauer').
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*(?=\S)")
# A question mark glued to the capitalised word after it ("Bekommt Facebook meine Kontakte?Nein, ..."): an FAQ
# accordion whose question and answer lost the line break between them in extraction. A question ends there, as it
# does before a space; a lower-case word ("?id=", "?utm_source"), a digit or a URL's parameter ("?Seite=2") after it
# is no sentence start.
_GLUED_QUESTION = re.compile(r"(?<=\w)\?(?=[A-ZÄÖÜ][a-zäöüß]+\b(?![=&]))")
_LINE = re.compile(r"\n\s*(?=[^\sa-zäöüß,;)])")
_WORD_BEFORE = re.compile(r"(\S+)$")
_CAPITAL = re.compile(r"[A-ZÄÖÜ]")


def _read_list(name: str) -> frozenset[str]:
    text = resources.files("models.patterns").joinpath(name).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(never-final abbreviations, often-final abbreviations), lower case, with their period."""
    from spacy.lang.de import German

    never = set(_read_list("abbreviations.txt"))
    never |= {key.lower() for key in German.Defaults.tokenizer_exceptions if key.endswith(".") and len(key) > 1}
    final = _read_list("sentence_final_abbreviations.txt")
    return frozenset(never - final), final


def never_final_abbreviations() -> frozenset[str]:
    """The abbreviations (lower case, with their period) that never end a sentence: the splitter's list, for readers
    that meet their period as a token of its own ("Mia." is split by spaCy; models/price_parties.py)."""
    return _abbreviations()[0]


@lru_cache(maxsize=1)
def _line_open_words() -> frozenset[str]:
    """Words after which a single line break is no sentence end (case as written)."""
    text = resources.files("models.patterns").joinpath("line_open_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _phrase_ends(open_words: frozenset[str]) -> frozenset[str]:
    """The last words of line_open_words.txt's two-word entries ("bis zu", "mehr als": "zu", "als")."""
    return frozenset(entry.rsplit(" ", 1)[1] for entry in open_words if " " in entry)


def sentence_starts(text: str) -> list[int]:
    """Character offsets where a new sentence starts (the first sentence at 0 is implied)."""
    never_final, often_final = _abbreviations()
    starts: set[int] = set()
    for match in _END_THEN_START.finditer(text):
        if match.group("note") is not None and not _glued_note_ends(text, match.start()):
            continue
        if match.group("end") == "." and not _period_ends_sentence(text, match.start(), match.end(), never_final, often_final):
            continue
        starts.add(match.end())
    for match in _PARAGRAPH.finditer(text):
        starts.add(match.end())
    if "?" in text:
        for match in _GLUED_QUESTION.finditer(text):
            starts.add(match.end())
    open_words = _line_open_words()
    for match in _LINE.finditer(text):
        end = match.start()
        while end and text[end - 1] in " \t":
            end -= 1  # (the reading text's blanks before a line break, models/layer/reading.py)
        if _line_goes_on(text, end, open_words):
            continue
        starts.add(match.end())
    starts.discard(0)
    starts.discard(len(text))
    return sorted(starts)


def _glued_note_ends(text: str, end: int) -> bool:
    """May a plain footnote number follow the terminal at `end`? Only when a letter or a closing bracket or quote is
    glued to the terminal ("übermittelt.13 Diese", "(Sache M.7217).26 Sie"): a digit before it makes the number a
    decimal's or a date's part ("1.5 Mrd", "2014.12"), and the abbreviation and initial vetoes stay the period's."""
    return end > 0 and (text[end - 1].isalpha() or text[end - 1] in "\"“”»«’')]")


def _line_goes_on(text: str, end: int, open_words: frozenset[str]) -> bool:
    """Does the sentence go on past the single line break after `end` (the line's last character), though the next
    line opens with no lower-case word? The splitter's two line rules: the line ends with a word that never ends a
    sentence or a two-word amount opener (`open_words`, patterns/line_open_words.txt), or the line breaks a printed amount between its scale and
    its currency (the money reading's rule, `models.money.wraps_amount`: "12 Mrd.\nUSD in Aktien")."""
    word = _word_before(text, max(0, end - 40), end)
    if word in open_words:
        return True
    if word is not None and _wrapped_phrase(text, end, word, open_words):
        return True
    if word in _phrase_ends(open_words):  # a two-word amount opener ("bis zu", "mehr als"): its quantity follows
        before = _word_before(text, max(0, end - 40), end - len(word) - 1)
        if before is not None and f"{before} {word}" in open_words:
            return True
    if end == 0 or text[end - 1] != ".":
        return False  # speed: the money rule reads an abbreviated scale, which ends in its period
    from models.money import wraps_amount  # here: the money reading is no part of the splitter's import

    return wraps_amount(text, end)


# A line's last word that is an article (line_open_words.txt's articles) and its position before a capitalised noun
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"})
# The next line opens with an amount: a number and its scale or unit, the quantity an amount's qualifier at the line's
# end goes on with ("gut\n20 Mrd.", "rund\n19 Milliarden"); not a year that opens a sentence ("Alles gut\n2014 kaufte ...")
_NUMBER_OPENS = re.compile(r"[ \t]*\d[\d.,]*[ \t]*(?i:mrd|milliarde|mio|million|dollar|us-dollar|euro|usd|eur|prozent|%|\$|€)")


# An inflected adjective's ending ("hohen", "neue", "geteilten"): not a particle after an article ("das nicht")
_ADJECTIVE_ENDING = re.compile(r"(?:e|en|em|er|es)$")
# The next line opens with a capitalised word: the noun the article and its adjective go on with ("des hohen\nAnteils"),
# not a number that opens a list's row ("der ersten\n2025: ...")
_CAPITAL_OPENS = re.compile(r"[ \t]*[A-ZÄÖÜ][a-zäöüß]")


@lru_cache(maxsize=1)
def _article_pronouns() -> frozenset[str]:
    """Words in lower case that stand for a noun after an article (patterns/line_article_pronouns.txt: "das alles",
    "die anderen"): the phrase may end with them."""
    return _read_list("line_article_pronouns.txt")


@lru_cache(maxsize=1)
def _amount_qualifiers() -> frozenset[str]:
    """The one-word qualifiers of an amount (patterns/line_amount_openers.txt: "gut", "rund", "knapp"): a line ending
    with one goes on where the next line opens with a number."""
    return _read_list("line_amount_openers.txt")


def _wrapped_phrase(text: str, end: int, word: str, open_words: frozenset[str]) -> bool:
    """Does the line ending at `end` (its last word `word`) break a phrase that its next line completes, in hard-wrapped
    print or teletext ("... wegen des hohen\nAktienanteils", "... inzwischen gut\n20 Mrd. Dollar", "...: Das\nAngebot"):
    - an article and an inflected word in lower case end the line and a capitalised word opens the next ("des
      hohen\nAktienanteils"): German writes nouns in capitals, so the word is an adjective or participle whose noun
      is still to come (not a word that stands for the noun itself, "das alles", "die anderen");
    - a one-word qualifier of an amount ends the line and the next line opens with a number ("gut\n20 Mrd.");
    - a capitalised article opens a clause after a colon and ends the line ("...: Das\nAngebot"): a heading or a list
      line does not end with an article (the lower-case articles are in `open_words` already).
    Issue 7, session 52, prec52 (own95-013's teletext page)."""
    if word.isalpha() and word.islower():
        before = _word_before(text, max(0, end - len(word) - 41), end - len(word) - 1)
        if before in _ARTICLES and text[end - len(word) - 1] == " " and _ADJECTIVE_ENDING.search(word) \
                and word not in _article_pronouns() and _CAPITAL_OPENS.match(text, end + 1) is not None:
            return True
        if word in _amount_qualifiers() and _NUMBER_OPENS.match(text, end + 1) is not None:
            return True
    if word.lower() in _ARTICLES and word[0].isupper():
        return text[: end - len(word)].rstrip(" \t").endswith(":")
    return False


def _word_before(text: str, lo: int, end: int) -> str | None:
    """The run of non-space characters ending at `end` (back to `lo` at most); None when there is none.

    The same as `_WORD_BEFORE.search(text, lo, end)`, found by walking back from `end`
    instead of trying the pattern at every position of the window.
    """
    if end <= lo:
        return None
    if text[end - 1] == "\n":
        match = _WORD_BEFORE.search(text, lo, end)  # "$" also matches before a final newline: keep the regex
        return None if match is None else match.group(1)
    if text[end - 1].isspace():
        return None
    # str.split and str.isspace agree on what whitespace is; the split runs in C, not a loop per character.
    return text[lo:end].rsplit(None, 1)[-1]


_DOTTED = re.compile(r"(?:[A-Za-zÄÖÜäöü]\.)+[A-Za-zÄÖÜäöü]")  # "u.v.a." (compiled once: asked for every period)


def _period_ends_sentence(
    text: str, period: int, next_start: int, never_final: frozenset[str], often_final: frozenset[str]
) -> bool:
    """Is the period at `period` a full stop rather than part of an abbreviation or ordinal?"""
    word = _word_before(text, max(0, period - 60), period)
    if word is None:
        return True
    word = word.lstrip("„\"»«(['‚")
    chunk = (word + ".").lower()
    if chunk in never_final:
        return False
    if chunk in often_final:
        return bool(_CAPITAL.match(text, next_start))
    if word.isdigit():
        # "15. Mai", "4. Quartal": day and ordinal numbers; "im Jahr 2014. Danach": a full stop.
        return len(word) >= 3
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "Jan M. Koum"
    if _DOTTED.fullmatch(word):
        return False  # dotted abbreviations spaCy does not know: "u.v.a."
    return True


def ends_with_full_stop(text: str) -> bool:
    """Does `text` end with a period that ends a sentence by this splitter's rules (`_period_ends_sentence`: not an
    abbreviation's "1 Mrd.", an ordinal's "15." or an initial's), with nothing after it? For line tests outside a
    Doc (models/text_table.py: a dash-separated line that ends like a sentence is prose, not a table row)."""
    if not text.endswith("."):
        return False
    never_final, often_final = _abbreviations()
    return _period_ends_sentence(text, len(text) - 1, len(text), never_final, often_final)


class GermanSentences(DocComponent):
    """Sets sentence starts on the Doc from `sentence_starts` of its text."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        token_starts = doc.to_array(IDX).astype(numpy.int64)
        flags = numpy.full(len(doc), -1, dtype=numpy.int32)
        flags[0] = 1
        starts = sentence_starts(doc_text(doc))
        char_starts = numpy.asarray(starts, dtype=numpy.int64)
        # The token opening each sentence (one binary search, read twice: flags and the starts below).
        token_index = numpy.searchsorted(token_starts, char_starts, side="left")
        token_index = token_index[token_index < len(doc)]
        flags[token_index] = 1
        doc.from_array([SENT_START], flags.reshape(-1, 1).astype(numpy.uint64))
        # The claim components read sentence spans from here instead of walking doc.sents token by token.
        doc.user_data[SENTENCE_STARTS_KEY] = [0, *token_starts[token_index].tolist()]
        return doc


@Language.factory("dealwatch_sentences")
def make_german_sentences(nlp: Language, name: str) -> GermanSentences:
    """Rule-based German sentence segmentation (abbreviation-, ordinal- and quote-aware); its abbreviation lists read
    now (`build_now`)."""
    build_now(_abbreviations)
    return GermanSentences()
