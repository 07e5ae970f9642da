"""The word classes of consenting and refusing, read from their one vocabulary (models/patterns/consent_words.json).

A rule about consent means a class: every verb of consenting in every form, every noun of consent, every negation.
The opt-out cues used to spell the words a sentence had shown ("zustimm", "zugestimmt", "einwillig"), so the same
statement with another member of the class ("eingewilligt": the participle puts "ge" after the particle; "nie"
instead of "nicht"; "ohne Einwilligung" beside "ohne Zustimmung") was not read. This module builds the forms of each
class from the vocabulary (present and preterite stems with their endings, the participle, the zu-infinitive, the
verb split from its particle) and hands them to the pattern files as placeholders (models/pattern_marks.py):

- "@consent_verb@": a verb of consenting, any form ("zustimmt", "zugestimmt", "zuzustimmen", "eingewilligt",
  "annahm", "akzeptiert"), or "einverstanden";
- "@consent_zu@": its zu-infinitive ("zuzustimmen", "einzuwilligen", "zu akzeptieren");
- "@consent_split@": a finite consent verb negated before its particle ("stimmt den Regeln nicht zu", "willigt nie
  ein", "nimmt sie nicht an,");
- "@consent_noun@": a noun of consent ("Zustimmung", "Einwilligung", "Einverständnis(erklärung)", "Okay");
- "@refusal_verb@", "@refusal_noun@": refusing ("ablehnt", "abgelehnt", "verweigert", "zurückgewiesen";
  "Ablehnung", "Verweigerung");
- "@give_verb@": a verb that gives a consent noun ("gibt", "erteilt", "abgegeben");
- "@consent_ground@": a word that makes a consent the legal ground of processing data, a stem of processing or a
  word of legality ("übertragen", "weitergeleitet", "rechtswidrig"; read as a word's start).

Every placeholder is lower case, without word edges at its ends (the pattern places its own) and without a capturing
group. Issue 7, session 40, opt40.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from models import negation_words
from models.quote_marks import CLOSING_DOUBLE_QUOTE_MARKS
from models.regex_tools import longest_first_patterns

VOCABULARY_FILE = Path(__file__).parent / "patterns" / "consent_words.json"

# The endings a present or preterite stem takes in a finite form, an infinitive or a present participle
# ("stimm" -> "stimmt", "stimmten", "stimmend"; "segne" -> "segnet"; "weiger" -> "weigern", "weigernd"). Longest first, so the alternation reads the
# whole ending before the word edge the caller places.
_ENDINGS = "(?:n?d(?:e[nmrs]?)?|ten|test|tet|te|est|et|en|st|t|e|n)?"


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """The vocabulary file, read once."""
    return json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))


def _stems(verb: dict[str, Any]) -> str:
    """The verb's present and past stems as one group ("(?:nehm|nimm|nahm|nähm)")."""
    return "(?:" + longest_first_patterns(verb["stems"]) + ")"


def _joined_forms(verb: dict[str, Any]) -> list[str]:
    """The forms of one verb written as one word: finite forms and the infinitive with the particle in front
    ("zustimmt", "annahm"), the participle ("zugestimmt", "verweigert"), the zu-infinitive ("zuzustimmen")."""
    particle, stems = verb["particle"], _stems(verb)
    return [f"{particle}{stems}{_ENDINGS}", f"{particle}{verb['participle']}", _zu_infinitive(verb)]


def _zu_infinitive(verb: dict[str, Any]) -> str:
    """"zuzustimmen", "anzunehmen"; "zu akzeptieren", "zu verweigern" for a verb with no separable particle."""
    stem = verb["stems"][0]
    stem += "n" if stem.endswith(("er", "el")) and not stem.endswith("ier") else "en"  # "weigern"; "akzeptieren"
    if verb["particle"] and not verb.get("inseparable"):
        return f"{verb['particle']}zu{stem}"
    return rf"zu\s+{verb['particle']}{stem}"


def _split(verb: dict[str, Any], negation: str) -> str:
    """A finite form of a separable verb with its particle after a negation later in the clause ("stimmt ... nicht
    zu"); at the clause's end only where the particle is also a preposition (`split_at_end`)."""
    end = rf"(?=\s*(?:[,.;:!?{CLOSING_DOUBLE_QUOTE_MARKS})–-]|$))" if verb.get("split_at_end") else ""
    return rf"\b{_stems(verb)}\w*\b[^;:]{{0,80}}?\b(?:{negation})\s+{verb['particle']}\b{end}"


def _verbs(name: str) -> list[dict[str, Any]]:
    """The rows of the vocabulary's verb list `name` ("consent_verbs", "refusal_verbs", "give_verbs")."""
    return vocabulary()[name]


def consent_verb() -> str:
    """A verb of consenting in any form written as one word, or a consent adjective ("einverstanden")."""
    forms = [form for verb in _verbs("consent_verbs") for form in _joined_forms(verb)]
    return longest_first_patterns(forms + vocabulary()["consent_adjectives"])


def consent_zu() -> str:
    """The zu-infinitive of a verb of consenting ("zuzustimmen", "zu akzeptieren")."""
    return longest_first_patterns([_zu_infinitive(verb) for verb in _verbs("consent_verbs")])


def consent_split() -> str:
    """A separable verb of consenting negated before its split particle ("stimmt ... nicht zu")."""
    neg = negation_words.negation()
    return "|".join(_split(verb, neg) for verb in _verbs("consent_verbs") if verb["particle"])


def consent_noun() -> str:
    """A noun of consent, with its declaration compounds ("Einwilligungserklärung")."""
    nouns = longest_first_patterns(vocabulary()["consent_nouns"])
    compounds = longest_first_patterns(vocabulary()["consent_noun_compounds"])
    return rf"(?:{nouns})(?:s?(?:{compounds}))?"


def refusal_verb() -> str:
    """A verb of refusing in any form written as one word ("ablehnt", "abgelehnt", "abzulehnen", "verweigert")."""
    return longest_first_patterns([form for verb in _verbs("refusal_verbs") for form in _joined_forms(verb)])


def refusal_noun() -> str:
    """A noun of refusing ("Ablehnung", "Verweigerung")."""
    return longest_first_patterns(vocabulary()["refusal_nouns"])


def give_verb() -> str:
    """A verb that gives a consent noun, any form ("gibt", "gegeben", "erteilt", "abzugeben")."""
    return longest_first_patterns([form for verb in _verbs("give_verbs") for form in _joined_forms(verb)])


def consent_ground() -> str:
    """The start of a word of processing data or of its legality ("übertrag", "zusammengeführt", "rechtswidrig")."""
    return r"\b(?:" + longest_first_patterns(vocabulary()["ground_words"]) + ")"
