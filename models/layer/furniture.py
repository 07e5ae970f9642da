"""PAGE FURNITURE: the lines of a web page that text extraction leaves in and that are no part of the article.

trafilatura drops most of a page's furniture by its markup (class and id names such as "cookie", "share",
"newsletter", "paywall"); what it keeps comes in as lines of the article text. Convention D61 (b)
(docs/extraction-quality.md) decides that such lines give no claim, whatever they say about data, consent,
Facebook or WhatsApp. One vocabulary file, `patterns/page_furniture.json`, holds their grammar and layout:

- `share`: a line of button labels: an infinitive label with or without its platform ("Per WhatsApp teilen",
  "Auf Facebook teilen", "Link kopieren", "Drucken"), platforms named alone in a row ("Facebook Twitter E-Mail"),
  a comment counter; a run of two labels or more that opens or closes a line of article text;
- `banner`: a consent banner, wall or embed notice: the publisher's consent management ("Wir und unsere Partner",
  "Cookies", "Mit Klick auf", "externe Inhalte", "Drittplattformen") with the reader's consent words around it
  (two strong cues, or one strong and two weak ones), or a row of consent buttons ("Akzeptieren Ablehnen");
- `box`: a newsletter, app, subscription, login or paywall box ("Jetzt abonnieren", "Weiterlesen mit Plus",
  "Sie haben bereits ein Abo?"), from its cue's sentence to the line's end: a sentence the paywall cut
  ("... für den Messenger, der Jetzt weiterlesen mit Plus") keeps its remaining words (D61 (c));
- `advert`: an advertisement label alone on its line ("Anzeige"), the short line after it where that speaks as
  an advertisement does, and a stock ticker line ("Meta Platforms 312,45 € +1,8 %").

`furniture_spans(text)` gives the furniture's character spans; `without_furniture(text)` the text with each
span blanked (same length, line breaks kept; the text itself where there is none). The reading text
(models/layer/reading.py `page_reading_of`, read by the tokenizer) is made from it, so the sentence splitter, the
layer and every claim component skip the furniture, once per document, and claims keep the offsets of the text as
given. Teasers, captions, fact boxes, comments, bylines, datelines and time stamps stay (D61 (a); the year rules
count back from a text's own date). Issue 7, session 42, page42.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from models.context import has
from models.regex_tools import literal_automaton
from models.quote_marks import CLOSING_QUOTE_MARKS

FURNITURE_FILE = Path(__file__).resolve().parent.parent / "patterns" / "page_furniture.json"
_LINE = re.compile(r"[^\n]+")
_SEPARATOR = r"[^\S\n]*(?:[|·•/,]|&)?[^\S\n]*"
MAX_ROW_WORDS = 16  # a row of share buttons is short; a longer line is text (its runs of labels are read apart)
MAX_BUTTON_WORDS = 8  # a row of consent buttons
SHORT_LINE = 200  # characters: share rows, buttons, advert labels and tickers are no longer
MIN_CUT_WORDS = 8  # a line cut off has at least this many words before its cut, or a sentence end (else: a heading)
EDGE_CHARS = 80  # a run of share labels opening or closing a long line lies within its first / last characters
_SENTENCE_END = re.compile(rf"[.!?…][{CLOSING_QUOTE_MARKS})\]]*[^\S\n]+")


class Furniture(NamedTuple):
    """The compiled vocabulary of `patterns/page_furniture.json` (see the module doc)."""

    share_row: re.Pattern[str]  # a whole line of share / page-tool labels
    said: re.Pattern[str]  # a label that says what its button does ("Per WhatsApp teilen", "Drucken")
    platform: re.Pattern[str]  # a platform's name
    min_platforms: int  # a row of platform names alone: at least this many
    share_lead: re.Pattern[str]  # two labels or more opening a line
    share_tail: re.Pattern[str]  # two labels or more after a sentence end, to the line's end
    strong: re.Pattern[str]  # the strong cues of banners (groups b0, b1 ...) and boxes (x0, x1 ...)
    weak: re.Pattern[str]  # the weak cues of banners (groups w0, w1 ...)
    voice: re.Pattern[str]  # the publisher's "wir"/"unsere", the reader's "Sie"/"Ihre" (case as written)
    site: re.Pattern[str]  # a site's own banner talk (cookies, external content, a click, sharing by a button)
    own: re.Pattern[str]  # the site's own medium or channel ("Beim Abspielen des Videos", "Folgen Sie uns")
    consent: re.Pattern[str]  # the reader's consent words (einwilligen, zustimmen, widerrufen, widersprechen)
    buttons: re.Pattern[str]  # a whole line of consent buttons
    strong_alone: int
    weak_with_strong: int
    advert_label: re.Pattern[str]
    cut_opener: re.Pattern[str]  # a box's call to action that may stand glued to a cut sentence (case as written)
    cut_label: re.Pattern[str]  # a "Weiterlesen" label glued with a capital to a line's last, unended sentence
    box_talk: tuple[str, ...]  # words a box's other sentences say (lower case; besides its cues and the voice)
    ad_voice: re.Pattern[str]
    ad_body_words: int
    ticker: re.Pattern[str]
    cue_gate: tuple[str, ...]  # literal words, one of which every banner or box line holds (lower case)
    coarse_gate: dict[str, tuple[str, ...]]  # a cue gate word's first word (5 letters or more) -> its gate words
    label_gate: tuple[str, ...]  # one of which every share label holds
    platform_gate: tuple[str, ...]  # the platforms' names, counted in a short line of names alone
    button_gate: tuple[str, ...]  # one of which a consent button holds
    advert_gate: tuple[str, ...]  # one of which an advertisement label holds


def _coarse(words: list[str]) -> dict[str, tuple[str, ...]]:
    """The gate words by their first word where that has 5 letters or more ("jetzt abonn", "jetzt gratis" under
    "jetzt"): the text is searched for the fewer first words, a line for the words under those found (speed)."""
    table: dict[str, list[str]] = {}
    for word in words:
        head = word.split(" ", 1)[0]
        table.setdefault(head if len(head) >= 5 else word, []).append(word)
    return {head: tuple(found) for head, found in table.items()}


def _groups(prefix: str, patterns: list[str]) -> str:
    return "|".join(f"(?P<{prefix}{i}>{pattern})" for i, pattern in enumerate(patterns))


@lru_cache(maxsize=1)
def vocabulary() -> Furniture:
    """The furniture vocabulary, compiled once."""
    table = json.loads(FURNITURE_FILE.read_text(encoding="utf-8"))
    share = table["share_label"]
    platform = "|".join(re.escape(name) for name in sorted(table["platforms"], key=len, reverse=True))
    verb = "|".join(share["verbs"])
    said = (  # a label that says what the button does
        rf"(?:(?:{share['preposition']})[^\S\n]+)?(?:{platform})[^\S\n]+(?:{verb})"  # Per WhatsApp teilen
        rf"|(?:(?:{share['objects']})[^\S\n]+)?(?:{verb})"  # Artikel merken, Link kopieren, Drucken
        rf"|(?:{'|'.join(share['alone'])})"
    )
    said = rf"(?:{said})(?![\w-])"
    label = rf"(?:{said}|(?:{platform})(?![\w-]))"  # or a platform's button named alone, in a row
    row = rf"[^\S\n]*{label}(?:{_SEPARATOR}{label})*[^\S\n]*[.]?"
    run = rf"{said}(?:{_SEPARATOR}{said})+"
    banner, box, advert = table["banner"], table["box"], table["advert"]
    flags = re.IGNORECASE
    return Furniture(
        share_row=re.compile(row, flags),
        said=re.compile(said, flags),
        platform=re.compile(rf"(?<![\w-])(?:{platform})(?![\w-])", flags),
        min_platforms=share["min_platforms"],
        share_lead=re.compile(rf"[^\S\n]*{run}(?=[^\S\n]+\S)", flags),
        share_tail=re.compile(rf"(?<=[.!?…])[^\S\n]+{run}[^\S\n]*$", flags),
        # (read in the lowered line: a case-blind pattern costs more than the lowering)
        strong=re.compile(_groups("b", banner["strong"]) + "|" + _groups("x", box["strong"])),
        weak=re.compile(_groups("w", banner["weak"])),
        voice=re.compile(banner["voice"]),
        site=re.compile("|".join(f"(?:{pattern})" for pattern in banner["site"])),
        own=re.compile("|".join(f"(?:{pattern})" for pattern in banner["own"])),
        consent=re.compile(banner["consent"]),
        buttons=re.compile(rf"[^\S\n]*{banner['buttons']}(?:{_SEPARATOR}{banner['buttons']})*[^\S\n]*", flags),
        strong_alone=banner["strong_alone"],
        weak_with_strong=banner["weak_with_strong"],
        advert_label=re.compile(advert["label"], flags),
        cut_opener=re.compile(box["cut_opener"]),
        cut_label=re.compile(box["cut_label"]),
        box_talk=tuple(box["talk"]),
        ad_voice=re.compile(advert["ad_voice"], flags),
        ad_body_words=advert["ad_body_words"],
        ticker=re.compile(advert["ticker"]),
        cue_gate=tuple(banner["gate"] + box["gate"]),
        coarse_gate=_coarse(banner["gate"] + box["gate"]),
        label_gate=tuple(share["gate"]),
        platform_gate=tuple(share["platform_gate"]),
        button_gate=tuple(banner["button_gate"]),
        advert_gate=tuple(advert["gate"]),
    )


def _share(line: str, low: str, words: int, vocab: Furniture) -> tuple[int, int] | None:
    """The share labels of a line (`low`: lowered; `words`: its words, more than MAX_ROW_WORDS for a long line): the
    whole line, or a run of labels opening or closing it (line offsets)."""
    if words > MAX_ROW_WORDS:  # a long line: a run of labels only where its edges hold a label word
        said = any(word in low[:EDGE_CHARS] or word in low[-EDGE_CHARS:] for word in vocab.label_gate)
    else:
        said = any(word in low for word in vocab.label_gate)
    if words <= MAX_ROW_WORDS and (said or (
        words >= vocab.min_platforms and any(word in low for word in vocab.platform_gate)
    )) and vocab.share_row.fullmatch(line) and (
        vocab.said.search(line) or len(vocab.platform.findall(line)) >= vocab.min_platforms
    ):
        return 0, len(line)
    if not said:
        return None
    lead = vocab.share_lead.match(line)
    if lead is not None:
        return 0, lead.end()
    tail = vocab.share_tail.search(line)
    return None if tail is None else (tail.start(), len(line))


def _sentence_start(line: str, pos: int) -> int:
    """The start of the sentence holding line offset `pos`: after the last sentence end before it, else 0."""
    start = 0
    for end in _SENTENCE_END.finditer(line, 0, pos):
        start = end.end()
    return start


def _box_start(line: str, pos: int, vocab: Furniture) -> int:
    """Where a box whose cue starts at `pos` begins: at a capitalised cue glued to a cut sentence (no sentence end
    right before it: a paywall cut, D61 (c)), else at its cue's sentence."""
    start = _sentence_start(line, pos)
    before = line[start:pos].rstrip()
    # (words that end nowhere: a word or a comma last; "+++ Weiterlesen mit Plus +++" is a box line of its own)
    if before and (before[-1].isalnum() or before[-1] == ",") and vocab.cut_opener.match(line, pos):
        return pos
    return start


def _sentences_of(line: str) -> list[tuple[int, int]]:
    """The sentences of a line: (start, end) line offsets, each end after its stop and the blanks after it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _SENTENCE_END.finditer(line):
        spans.append((start, end.end()))
        start = end.end()
    if start < len(line):
        spans.append((start, len(line)))
    return spans


def _names_a_party(sentence: str, low: str, vocab: Furniture, *, banner: bool) -> bool:
    """Does an article sentence stand here: it names the deal's target (and, after a box, its buyer too: an embed
    banner names the platform whose content it loads, "Daten an Facebook") and holds no cue of furniture itself?"""
    named = has("target", sentence, low) or (not banner and has("buyer", sentence, low))
    return named and vocab.strong.search(low) is None


def _banner_talk(sentence: str, low: str, vocab: Furniture) -> bool:
    """Does a sentence talk as a site's banner does: a site's own banner word (cookies, external content, a click,
    sharing by a platform's button: `site`) or the reader's / publisher's voice after its first word (an opening
    "Sie" may be "she", "they")? Such a sentence naming WhatsApp names the embedded or sharing service."""
    if vocab.site.search(low):
        return True
    opening = re.match(r"\s*\S+", sentence)
    return vocab.voice.search(sentence, opening.end() if opening else 0) is not None


def _own_consent_talk(line: str, low: str, vocab: Furniture) -> int:
    """Where a banner with no strong cue starts (line offset), or -1: the site's own consent talk about its own medium
    or channel (`own`: "Beim Abspielen des Videos", "Folgen Sie uns auf WhatsApp", "Ihrer Anmeldung zum Kanal") with
    the reader addressed after the line's first word and a consent word of the reader ("Sie können ... jederzeit
    widersprechen", "willigen Sie ein"). The reader's consent to the site's use of data is no claim about WhatsApp's
    sharing with Facebook (D61 (b)); a how-to about objecting in WhatsApp names no medium or channel of the site."""
    own = vocab.own.search(low)
    if own is None or vocab.consent.search(low) is None:
        return -1
    opening = re.match(r"\s*\S+", line)
    return own.start() if vocab.voice.search(line, opening.end() if opening else 0) else -1


def _own_end(line: str, low: str, cue_at: int, vocab: Furniture) -> int:
    """Where a banner of the site's own consent talk (`_own_consent_talk`) ends: at the line's end, or before the first
    later sentence with no own cue that names the buyer ("Die Telefonnummer geht seit 2016 an Facebook", "der
    Weitergabe Ihrer Nummer an Facebook widersprechen": article prose on the banner's line) or names the target without
    the reader addressed. The site's channel talk names WhatsApp, where the channel is, in the reader's voice ("..., dass
    WhatsApp Ihre Handynummer erhält"); the transfer to Facebook is the article's subject, not the banner's."""
    for start, end in _sentences_of(line):
        if start <= cue_at:
            continue
        sentence, lowered = line[start:end], low[start:end]
        if vocab.own.search(lowered):
            continue
        opening = re.match(r"\s*\S+", sentence)
        addressed = vocab.voice.search(sentence, opening.end() if opening else 0) is not None
        if has("buyer", sentence, lowered) or (has("target", sentence, lowered) and not addressed):
            return len(line[:start].rstrip())
    return len(line)


def _box_end(line: str, low: str, cue_at: int, vocab: Furniture, *, banner: bool = False) -> int:
    """Where a box or banner whose cue stands at `cue_at` ends: at the line's end, or before the first later sentence
    of the line that is article prose naming a party of the deal (a cue inside a line of article prose blanks no
    sentence of the article after its own). A banner's later sentence that talks as a banner does ("Wenn Sie auf
    Per WhatsApp teilen klicken, werden Daten an WhatsApp übermittelt") is the banner's, not the article's."""
    for start, end in _sentences_of(line):
        sentence, lowered = line[start:end], low[start:end]
        if start > cue_at and _names_a_party(sentence, lowered, vocab, banner=banner) and not (
            banner and _banner_talk(sentence, lowered, vocab)
        ):
            return len(line[:start].rstrip())
    return len(line)


def _box_talk_before(line: str, low: str, start: int, vocab: Furniture) -> int:
    """A box's start moved back over the sentences before its cue's that talk as a box does: the reader's or the
    publisher's voice or a box word ("Newsletter: Jeden Morgen die wichtigsten Tech-News. Mit der Anmeldung willigen
    Sie ein ... Jetzt anmelden"), naming no party of the deal."""
    for first, end in reversed([span for span in _sentences_of(line) if span[1] <= start]):
        sentence, lowered = line[first:end], low[first:end]
        # (the voice after the sentence's first word: an opening "Sie"/"Ihre" may be "she", "they", "their")
        opening = re.match(r"\s*\S+", sentence)
        talks = vocab.voice.search(sentence, opening.end() if opening else 0) or any(
            word in lowered for word in vocab.box_talk
        )
        if not talks or _names_a_party(sentence, lowered, vocab, banner=False):
            break
        start = first
    return start


_COMPOUND_EDGE = re.compile(r"[\w-]*")


def _compound(low: str, start: int, end: int) -> tuple[int, int]:
    """The whole hyphenated compound around a cue ("tracking-cookies" around "cookies"): a weak cue inside the
    compound of a strong one is the same word, not a second cue."""
    while start and (low[start - 1].isalnum() or low[start - 1] == "-"):
        start -= 1
    return start, _COMPOUND_EDGE.match(low, end).end()


def _cued(line: str, low: str, vocab: Furniture) -> tuple[tuple[int, int], str] | None:
    """The banner or box a line's cues make of it ((line offsets), kind), or None (`low`: the line lowered)."""
    banner: dict[str, tuple[int, int]] = {}  # strong banner cue -> its first match's span
    box_at: int | None = None
    for match in vocab.strong.finditer(low):
        group = match.lastgroup or ""
        if group.startswith("b"):
            banner.setdefault(group, _compound(low, *match.span()))
        elif box_at is None:
            box_at = match.start()
    if banner and vocab.voice.search(line) and (
        len(banner) >= vocab.strong_alone or vocab.site.search(low) or not has("target", line, low)
    ):
        # (one strong cue on a line that names the messenger and says no site's banner word: a how-to about
        # WhatsApp's own consent dialog in the reader's voice, "Mit einem Klick auf 'Zustimmen' akzeptieren Sie ...;
        # Ihre Einwilligung ...", no banner; "Externer Inhalt von WhatsApp: ... benötigen wir Ihre Zustimmung" is one)
        first = min(start for start, _end in banner.values())
        if len(banner) < vocab.strong_alone:
            weak: dict[str, int] = {}
            for match in vocab.weak.finditer(low):
                if not any(start < match.end() and match.start() < end for start, end in banner.values()):
                    weak.setdefault(match.lastgroup or "", match.start())  # a weak cue outside the strong ones
            if len(weak) < vocab.weak_with_strong:
                first = -1
            else:
                first = min(first, *weak.values())
        if first >= 0:
            return (_sentence_start(line, first), _box_end(line, low, first, vocab, banner=True)), "banner"
    own = _own_consent_talk(line, low, vocab)
    if own >= 0:
        return (_sentence_start(line, own), _own_end(line, low, own, vocab)), "banner"
    if box_at is None:
        label = vocab.cut_label.search(line)
        # "... bis Ende September Weiterlesen": the label alone, after a cut sentence's words (a heading's "Zum
        # Weiterlesen", "5. Zum Weiterlesen", is no sentence)
        if label is not None and len(line[: label.start()].split()) >= MIN_CUT_WORDS:
            return (label.start(), len(line)), "box"
        return None
    start = _box_start(line, box_at, vocab)
    if start == _sentence_start(line, box_at):  # (a call glued to a cut sentence starts at itself)
        start = _box_talk_before(line, low, start, vocab)
    return (start, _box_end(line, low, box_at, vocab)), "box"


def furniture_spans(text: str) -> list[tuple[int, int, str]]:
    """The page furniture of `text`: (start, end, kind) in text order, kind one of share, banner, box, advert.

    Cheap where there is none: the text is lowered once; banners and boxes are looked for only in lines holding one
    of their gate words (found in the text first), the short-line classes only in short lines."""
    lowered = text.lower()
    holds = _holds(lowered)
    vocab = _narrowed(vocabulary(), holds)
    cues = [word for head, fine in vocab.coarse_gate.items() if holds(head) for word in fine]
    found: list[tuple[int, int, str]] = []
    after_label = False  # the line before was an advertisement label alone
    for match in _LINE.finditer(text):
        base, end = match.span()
        short = end - base <= SHORT_LINE
        if not short and not cues and not after_label:
            if _share_edges(lowered, base, end, vocab):
                span = _share(match.group(), lowered[base:end], MAX_ROW_WORDS + 1, vocab)
                if span is not None:
                    found.append((base + span[0], base + span[1], "share"))
            continue
        line, low = match.group(), lowered[base:end]
        kind, span, label = _line_furniture(line, low, short, cues, after_label, vocab)
        after_label = label
        if span is not None:
            found.append((base + span[0], base + span[1], kind))
    if any(kind in ("banner", "box") for _start, _end, kind in found):
        found = _run_on(text, lowered, found, vocab)
    return found


def _talks_as(line: str, low: str, kind: str, vocab: Furniture) -> bool:
    """Does a line with no cue that decides it talk as a `kind` (banner or box) does? A banner's line: the reader's
    or publisher's voice after its first word ("Sie können Ihre Einwilligung ...": an opening "Sie" may be "she") and
    a strong banner cue or two distinct weak ones, naming no messenger; a box's line: a box word (Newsletter, Abo,
    Postfach, gratis, kündbar, monatlich), naming no party of the deal."""
    if kind == "box":
        return any(word in low for word in vocab.box_talk) and not (has("target", line, low) or has("buyer", line, low))
    opening = re.match(r"\s*\S+", line)
    if has("target", line, low) or not vocab.voice.search(line, opening.end() if opening else 0):
        return False
    if any((m.lastgroup or "").startswith("b") for m in vocab.strong.finditer(low)):
        return True
    return len({m.lastgroup for m in vocab.weak.finditer(low)}) >= vocab.weak_with_strong


def _run_on(text: str, lowered: str, found: list[tuple[int, int, str]], vocab: Furniture) -> list[tuple[int, int, str]]:
    """`found` with the lines a banner or box runs on over: a line of no furniture that talks as its kind does
    (`_talks_as`) next to a line whose banner or box reaches it (the span ends that line, or starts the next one),
    blank lines between allowed; repeated, so a box of four lines (cue, two lines of its talk, a closing call) is
    whole ("Newsletter abonnieren / Mit der Anmeldung willigen Sie ein ... / Jetzt anmelden")."""
    lines = [m.span() for m in _LINE.finditer(text) if m.group().strip()]
    whole: dict[int, str] = {}  # line index -> kind, for the lines taken whole here
    ends: dict[int, str] = {}  # line index -> kind of a span ending that line (its right-stripped end)
    starts: dict[int, str] = {}  # line index -> kind of a span starting that line (after its blanks)
    firsts = [line_start for line_start, _end in lines]
    for start, end, kind in found:
        if kind not in ("banner", "box"):
            continue
        i = bisect_right(firsts, start) - 1
        line_start, line_end = lines[i]
        if end >= len(text[:line_end].rstrip()):
            ends[i] = kind
        if not text[line_start:start].strip():
            starts[i] = kind
    taken = {i for i, (line_start, line_end) in enumerate(lines)
             for start, end, _kind in found if start < line_end and line_start < end}
    changed = True
    while changed:
        changed = False
        for i, (line_start, line_end) in enumerate(lines):
            if i in taken:
                continue
            for kind in (ends.get(i - 1), starts.get(i + 1)):
                if kind and _talks_as(text[line_start:line_end], lowered[line_start:line_end], kind, vocab):
                    whole[i] = ends[i] = starts[i] = kind
                    taken.add(i)
                    changed = True
                    break
    if not whole:
        return found
    added = [(lines[i][0], lines[i][1], kind) for i, kind in whole.items()]
    return sorted(found + added)


@lru_cache(maxsize=1)
def _gate_automaton() -> Any:
    """One Aho-Corasick automaton (pyahocorasick) of every gate word `furniture_spans` asks of a whole text or of its
    lines: the banner and box cues' first words (`coarse_gate`) and the share, platform, button and advert gates;
    None without pyahocorasick."""
    vocab = vocabulary()
    return literal_automaton(
        {*vocab.coarse_gate, *vocab.label_gate, *vocab.platform_gate, *vocab.button_gate, *vocab.advert_gate}
    )


def _holds(lowered: str) -> Callable[[str], bool]:
    """`word in lowered` for the gate words (`_gate_automaton`), answered from one scan of `lowered`. Speed (speed47,
    issue 10), the same answers: a substring test reads the whole text, about 1.3 ns a character, and the 60 first
    words of the cues were asked one by one (about 80 us a text of 1,000 characters); the automaton finds every
    occurrence of every one of its words, nested ones too, in one pass in C. Without it: the substring tests."""
    automaton = _gate_automaton()
    if automaton is None:
        return lowered.__contains__
    return {word for _end, word in automaton.iter(lowered)}.__contains__


def _narrowed(vocab: Furniture, holds: Callable[[str], bool]) -> Furniture:
    """`vocab` with its share, platform, button and advert gates cut to the words the text holds (`holds`, `_holds`).
    The same spans: each line's gate test asks a stretch of the lowered text (a line, its edges), which can hold only
    words the whole text holds; most texts hold none or one of those 55 words, and a line's test then loops over them
    only (speed47)."""
    return vocab._replace(
        label_gate=tuple(word for word in vocab.label_gate if holds(word)),
        platform_gate=tuple(word for word in vocab.platform_gate if holds(word)),
        button_gate=tuple(word for word in vocab.button_gate if holds(word)),
        advert_gate=tuple(word for word in vocab.advert_gate if holds(word)),
    )


def _share_edges(lowered: str, base: int, end: int, vocab: Furniture) -> bool:
    """Whether a long line's first or last characters hold a share label's gate word (a run of labels there)."""
    head, tail = lowered[base : base + EDGE_CHARS], lowered[max(base, end - EDGE_CHARS) : end]
    return any(word in head or word in tail for word in vocab.label_gate)


def _line_furniture(
    line: str, low: str, short: bool, cues: list[str], after_label: bool, vocab: Furniture
) -> tuple[str, tuple[int, int] | None, bool]:
    """(kind, line offsets or None, the line is an advertisement label alone) of one line."""
    words = len(line.split()) if short else MAX_ROW_WORDS + 1
    if not words:
        return "", None, False
    if short and words <= 4 and any(word in low for word in vocab.advert_gate) and vocab.advert_label.fullmatch(line):
        return "advert", (0, len(line)), True
    if after_label and words <= vocab.ad_body_words and vocab.ad_voice.search(line):
        return "advert", (0, len(line)), False
    if short and words <= 12 and "%" in line and vocab.ticker.fullmatch(line):
        return "advert", (0, len(line)), False
    if short and words <= MAX_BUTTON_WORDS and any(w in low for w in vocab.button_gate) and vocab.buttons.fullmatch(line):
        return "banner", (0, len(line)), False
    if cues and any(word in low for word in cues):
        cued = _cued(line, low, vocab)
        if cued is not None:
            return cued[1], cued[0], False
    return "share", _share(line, low, words, vocab), False


def without_furniture(text: str) -> str:
    """`text` with its page furniture blanked (same length; `text` itself where there is none)."""
    return blanked(text, furniture_spans(text))


def blanked(text: str, spans: list[tuple[int, int, str]]) -> str:
    """`text` with `spans` (`furniture_spans(text)`) blanked (same length; `text` itself where there is none)."""
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for start, end, _kind in spans:
        parts.append(text[pos:start])
        parts.append(" " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
