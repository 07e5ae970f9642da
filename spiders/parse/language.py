"""The language check of the parse stage: German or not.

Almost every page the crawl brings is German, and a German text gives
itself away in its commonest words. So the text is first counted for German
function words (words no other language near German writes this way:
no "die", "der", "den", "in", "was", which Dutch, English or the Nordic
languages also use); a sample rich in them is German without more work.
Only a text that is not clearly German goes to py3langid, on a sample
(py3langid reads its input in Python, byte by byte: its cost grows with the
length, and it was the parse's second-largest cost after trafilatura).
"""
from __future__ import annotations

import re

LANGID_CHARS = 300  # py3langid's sample: tells a German article from an English one as surely as 2,000
QUICK_WORDS = 120  # words counted for German function words: half from the opening, half from the middle
#: A text just under the share on QUICK_WORDS (a paragraph of names and figures) is counted again on this
#: many words before py3langid is asked: loading py3langid's model costs about 0.3 s of CPU per process.
SECOND_WORDS = 480
#: Share of those words that must be German function words: German press text has 12 to 20%
#: (the list below), English, Dutch or Danish text next to none; below it py3langid decides.
QUICK_SHARE = 0.06
GERMAN_FUNCTION_WORDS = frozenset("""
    und das ist nicht sich mit dem des für auf auch dass daß wird werden wurde wurden eine einer einen
    einem eines zum zur bei nach über wie sind hat haben hatte noch vom oder aber durch nur
    schon sein seine ihre gegen unter bereits sowie jedoch zwischen
""".split())
_WORD = re.compile(r"\w+")


def is_clearly_german(text: str, words: int = QUICK_WORDS, share: float = QUICK_SHARE) -> bool:
    """True when `words` words of `text` (half its opening, half its middle) hold at least `share` German function words."""
    half, middle = words // 2, len(text) // 2
    found = _WORD.findall(text[: half * 12].lower())[:half]
    if len(text) > half * 24:  # long enough for a middle apart from the opening
        found += _WORD.findall(text[middle: middle + half * 12].lower())[1:half + 1]  # [1:]: a cut word
    if len(found) < 30:  # too short to tell by counting
        return False
    return sum(1 for word in found if word in GERMAN_FUNCTION_WORDS) >= share * len(found)


def language_of(text: str) -> str:
    """The text's language as an ISO 639-1 code ("de" for German)."""
    if is_clearly_german(text) or is_clearly_german(text, SECOND_WORDS):
        return "de"
    import py3langid  # imported (and its model loaded) only for a text not clearly German: rare in a German crawl

    language, _score = py3langid.classify(language_sample(text))
    return language


def language_sample(text: str, chars: int = LANGID_CHARS) -> str:
    """About `chars` characters of `text` for py3langid: half from the opening, half from the middle.

    The middle guards against an opening (dateline, quote, a kicker) in another language.
    """
    if len(text) <= chars:
        return text
    half = chars // 2
    middle = len(text) // 2
    return f"{text[:half]}\n{text[middle:middle + half]}"
