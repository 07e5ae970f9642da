"""The marks of a quiz's, worksheet's, checklist's or form's layout, each read by one reader (issue 7, session 51,
layout51): the pairs of an answer key ("Auflösung: 1b, 2c", "Lösung: 1-b"), the label that opens an item's line
("3:", "Frage 2)", "zu b)") and the check boxes, empty ("☐", "[ ]") or ticked ("☒", "[x]").

Before, each layout was read in several places, each with its own accepted shapes: the key pairs by
data_shared_layout.py (`_numbered_key_letters`, phrasing `numbered_choice_key`) and year_quiz.py (`_LETTER_KEY_LINE`,
`_KEY_PAIR`); the item labels by price.py (`_NUMBERED_ANSWER`, `_LETTERED_ANSWER`), questions.py
(`numbered_questions`) and data_shared_layout.py (`_question_number`); the boxes by price_refuted.json (`box_marker`),
data_shared_phrasings.json (`option_box`) and a cheap gate in data_shared_layout.py. Each reader below accepts the
union of their shapes; where a caller needs less, it says so by a parameter (the letters a key may name, the words
that may stand before a label).

The box characters are data (models/patterns/layout_marks.json); a pattern file names them by the placeholders
"@empty_box@", "@ticked_box@" and "@check_box@" (models/pattern_marks.py), never by hand
(tests/test_models_pattern_marks.py).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

VOCABULARY_FILE = Path(__file__).parent / "patterns" / "layout_marks.json"


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, list[str]]:
    spec = json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))
    return {key: value for key, value in spec.items() if not key.startswith("_")}


# --- check boxes -----------------------------------------------------------------------------------------------------

#: An empty box ("☐", "□", "▢", "[ ]"): a regex alternation, no groups.
EMPTY_BOX = "|".join(_vocabulary()["empty_box"])
#: A ticked box ("☑", "☒", "[x]", "[✓]"): a regex alternation, no groups.
TICKED_BOX = "|".join(_vocabulary()["ticked_box"])
#: A box, empty or ticked.
CHECK_BOX = f"{EMPTY_BOX}|{TICKED_BOX}"
# The characters a box opens with ("☐", ..., "[" of "[ ]"): the cheap gate of `may_hold_box`.
_BOX_OPENERS = frozenset(alternative.removeprefix("\\")[0] for alternative in
                         (*_vocabulary()["empty_box"], *_vocabulary()["ticked_box"]))
_BOX = re.compile(f"(?P<empty>{EMPTY_BOX})|{TICKED_BOX}")


class Box(NamedTuple):
    """A check box of a text: its span and whether it is empty."""

    start: int
    end: int
    empty: bool


def may_hold_box(text: str) -> bool:
    """Could `text` hold a check box at all (one of the characters a box opens with)? A cheap test before `boxes`."""
    return any(opener in text for opener in _BOX_OPENERS)


def boxes(text: str, start: int = 0, end: int | None = None) -> list[Box]:
    """The check boxes of `text` between `start` and `end`, in text order: "☐ Profilbild ☒ Telefonnummer" -> an
    empty box, then a ticked one."""
    found = _BOX.finditer(text, start, len(text) if end is None else end)
    return [Box(box.start(), box.end(), box.group("empty") is not None) for box in found]


# --- answer-key pairs ------------------------------------------------------------------------------------------------

#: The letters of a key's options that `key_pairs` reads by default (a multiple-choice question's "a)" to "f)").
KEY_LETTERS = "a-f"


def _pair(letters: str, groups: bool) -> str:
    number = r"(?P<number>\d{1,2})" if groups else r"\d{1,2}"
    letter = f"(?P<letter>[{letters}])" if groups else f"[{letters}]"
    return rf"(?<![\w.])(?<!\d,){number}[^\S\n]*(?:[.)]|[-–])?[^\S\n]*\(?{letter}\)?(?![\wäöüß])"


def key_pair_pattern(letters: str = KEY_LETTERS) -> str:
    """A regex (no groups) of one pair of an answer key that keys several numbered questions at once: the question's
    number and the letter of the option it marks right, "1b", "2 c", "3. b)", "4) (a)", "1-b", "2 – c". The union of
    data_shared_phrasings.json's `numbered_choice_key` and year_quiz.py's `_KEY_PAIR`. Not a decimal's or a longer
    number's digits ("2,5 a", "2014 a", "3.1 b"): no word character, full stop or a number's comma before it; no word
    character after the letter. `letters`: a character class's range of the option letters the caller reads
    (year_quiz.py's options run "a" to "d" only: its table of option lines has no other)."""
    return _pair(letters, groups=False)


@lru_cache(maxsize=None)
def _key_pair(letters: str) -> re.Pattern[str]:
    return re.compile(r"(?i)" + _pair(letters, groups=True))


class KeyPair(NamedTuple):
    """One pair of an answer key: the question's number, the letter (lower case) it marks right, the pair's span."""

    number: str
    letter: str
    start: int
    end: int


def key_pairs(text: str, start: int = 0, end: int | None = None, letters: str = KEY_LETTERS) -> list[KeyPair]:
    """The pairs of an answer key between `start` and `end` of `text` ("Auflösung: 1b, 2c, 3-a" -> (1, b), (2, c),
    (3, a)), in text order (`key_pair_pattern`). The caller finds the key (its label, its line or sentence)."""
    found = _key_pair(letters).finditer(text, start, len(text) if end is None else end)
    return [KeyPair(pair.group("number"), pair.group("letter").lower(), pair.start(), pair.end()) for pair in found]


def key_pair_list(letters: str = KEY_LETTERS) -> str:
    """A regex (no groups) of a list of key pairs in one line, parted by a comma, semicolon or slash: "1b, 2c; 3-a"."""
    pair = key_pair_pattern(letters)
    return rf"{pair}(?:[^\S\n]*[,;/][^\S\n]*{pair})*"


# --- labelled items --------------------------------------------------------------------------------------------------

#: Any number of a numbered item, one or two digits ("3", "12").
ITEM_NUMBER = r"\d{1,2}"
#: Any letter of a lettered item ("b)").
ITEM_LETTER = "[a-h]"
#: The words that may label a question's number ("Frage 3:", "Aufgabe 2)", "Nr. 5:"), as a regex alternation.
QUESTION_LABELS = "|".join(_vocabulary()["question_labels"])


def item_label(words: str, label: str = ITEM_NUMBER) -> str:
    """A regex of the label that opens an item's line, matched from the line's start: blanks, perhaps one of `words`
    (a regex alternation, read in any case: "Frage", "Lösung", "zu") and blanks (perhaps none before a number,
    "Nr.3", "Frage3"; one at least before a letter, which would else end the word), then the label (group "label") and
    its mark: a number with a colon, full stop or closing parenthesis ("3:", "Frage 2.", "zu 3)"), a letter with a
    closing parenthesis ("b)", "zu c)"; a letter's full stop is an abbreviation's, "d. h."). What follows the mark is
    the caller's (a question to its mark, an answer after a blank). `label`: the labels the caller reads, a regex
    (`ITEM_NUMBER`, `ITEM_LETTER`, both, or one label escaped)."""
    return (rf"[^\S\n]*(?:(?i:{words})(?:[^\S\n]*(?=\d)|[^\S\n]+))?(?P<label>{label})"
            rf"(?:(?<=\d)[^\S\n]*[:.)]|(?<=[^\W\d_])\))")
