"""The negation classes, read from their one vocabulary (models/patterns/negation_words.json): "nicht" and the adverbs
that negate like it ("nie", "niemals", "keinesfalls", "keineswegs", "mitnichten", "auf keinen Fall"), and the negating
determiner "kein" in every form.

Every reader of a denial names these classes instead of spelling its own list: the pattern files through the
placeholders "@negation@", "@negation_adverb@" and "@negative_determiner@" (models/pattern_marks.py), the code through
the functions of the same names. The classes lived in consent_words.json (since session 40, opt40; the determiner since
session 42, prec42) under a consent name; merge41 made the negation the one list of deal.json, mood.json and
price_heads.json; they moved here in session 42 (merge42). Each pattern is lower case, without word edges at its ends
and without a capturing group.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from models.regex_tools import longest_first_patterns

VOCABULARY_FILE = Path(__file__).parent / "patterns" / "negation_words.json"


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, list[str]]:
    """The vocabulary file, read once."""
    return json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))


def negation() -> str:
    """"nicht" and every negation adverb (`negation_adverb`)."""
    return longest_first_patterns(vocabulary()["negations"] + vocabulary()["negation_adverbs"])


def negation_adverb() -> str:
    """An adverb that negates like "nicht": "nie", "niemals", "keinesfalls", "keineswegs", "mitnichten", "auf keinen
    Fall" (for a pattern that reads "nicht" with a guard of its own, "nicht nur")."""
    return longest_first_patterns(vocabulary()["negation_adverbs"])


def negative_determiner() -> str:
    """The negating determiner "kein" in every form ("keine", "keinen", "keinerlei"): it negates the noun phrase it
    opens ("keine 19 Milliarden Dollar"), a class of its own beside `negation` (issue 7, session 42, prec42)."""
    return longest_first_patterns(vocabulary()["negative_determiners"])


def negating_pronoun() -> str:
    """The pronouns that negate their clause: "nichts", "nix", "niemand" in every case ("Bestätigt hat das niemand.";
    issue 7, session 44, prec44: one vocabulary for price_heads.json, price_refuted.json and models/negation.py)."""
    return longest_first_patterns(vocabulary()["negating_pronouns_things"] + vocabulary()["negating_pronouns_persons"])


def negating_thing_pronoun() -> str:
    """"nichts" and "nix" alone: models/negation.py's reading, unchanged (with "niemand" too, 16 opt-out and data_shared
    claims changed; a change of behaviour left for a step of its own)."""
    return longest_first_patterns(vocabulary()["negating_pronouns_things"])


def negating_person() -> str:
    """The pronouns that deny something of every person: "niemand" in every case and the pronoun forms of "kein" that
    stand for a person ("Keiner verliert sein Konto", "keinem wird gekündigt"; `negating_pronouns_persons` and
    `negating_kein_persons`). For readers of a loss denied to all (models/opt_out.py, the learned opt-out guards; issue
    7, session 45, opt45: they spelled "niemand|niemandem|niemanden|keiner|keinem|keinen" apart)."""
    return longest_first_patterns(vocabulary()["negating_pronouns_persons"] + vocabulary()["negating_kein_persons"])
