"""The words that make a clause tell no fact of the writer's, read from their one vocabulary
(models/patterns/hearsay_words.json).

Six readers spelled this class six ways, each with the members its sentences had shown (the year's guard
`not_told_as_fact`, the price's hearsay before a denial, data_shared's rumoured message, price_refuted's hearsay
frames, opt-out's belief frame of a pro-form denial and its hearsay label), so "vermeintlich" reached one and
"befürchten" another. Each subclass is a placeholder of the pattern files (models/pattern_marks.py), named for what it
is; a reader that needs only a part of the class names the parts it needs:

- "@hearsay_adverb@": "angeblich", "vermeintlich" (with their adjective endings);
- "@hearsay_preposition@": "laut", "zufolge";
- "@report_noun@", "@rumour_noun@": "Meldung", "Bericht"; "Gerücht", "Spekulation", "Behauptung" (stems: a reader adds
  its compounds and endings); "@hearsay_noun@" both;
- "@hearsay_modal@": "soll", "sollen";
- "@intent_verb@", "@plan_verb@", "@wish_word@": "will", "wollte", "möchte"; "plant", "plante"; "würde gern";
- "@belief_verb@", "@claim_verb@": "glaubt", "meinen", "vermutet", "befürchten"; "behauptet";
- "@worry_word@": "befürchten", "fürchten", "warnen", "Warnung", "sorgt sich", "Verdacht", "verdächtigt" (a fear,
  warning or suspicion: data_shared's speculation cue and models/data_shared_worry.py's worry_cue; session 46, ds46;
  the suspicion words session 51, ds51);
- "@saying_frame@": "heißt es", "hört man", "liest man";
- "@hedge_adverb@": "vermutlich", "offenbar";
- "@correction_label@": "Korrektur", "Berichtigung", "Richtigstellung", "Erratum" (a label before a correction's colon;
  session 43, merge43);
- "@opinion_frame@": "aus Sicht", "nach Ansicht", "nach Meinung", "seiner Auffassung nach" (whose view a clause tells;
  session 44, opt44: mood.py `norm_modal`);
- "@reporting_verb@": "schreiben", "sagte", "berichtet", "erklärt", "behauptet" (a verb that introduces reported speech;
  session 46, prec46: price_refuted.json's reported figure answered by a correction).

Every placeholder is lower case, without word edges at its ends and without a capturing group. Issue 7, session 42,
merge42.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from models.regex_tools import longest_first_patterns

VOCABULARY_FILE = Path(__file__).parent / "patterns" / "hearsay_words.json"

#: Each placeholder this module serves, by name: the vocabulary lists its alternation joins.
SUBCLASSES: dict[str, tuple[str, ...]] = {
    "hearsay_adverb": ("hearsay_adverbs",),
    "hearsay_preposition": ("hearsay_prepositions",),
    "report_noun": ("report_nouns",),
    "rumour_noun": ("rumour_nouns",),
    "hearsay_noun": ("report_nouns", "rumour_nouns"),
    "hearsay_modal": ("hearsay_modals",),
    "intent_verb": ("intent_verbs",),
    "plan_verb": ("plan_verbs",),
    "wish_word": ("wish_words",),
    "belief_verb": ("belief_verbs", "fear_verbs"),
    "worry_word": ("fear_verbs", "warning_words", "care_frames", "forecast_verbs", "suspicion_words"),
    "claim_verb": ("claim_verbs",),
    "saying_frame": ("saying_frames",),
    "hedge_adverb": ("hedge_adverbs",),
    "correction_label": ("correction_labels",),
    "opinion_frame": ("opinion_frames",),
    "reporting_verb": ("reporting_verbs",),
}
PLACEHOLDERS = tuple(SUBCLASSES)


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, list[str]]:
    """The vocabulary file, read once."""
    return json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))


def subclass(name: str) -> str:
    """The alternation (longest first) of the subclass `name` (`SUBCLASSES`): "angeblich\\w*|vermeintlich\\w*"."""
    return longest_first_patterns(entry for key in SUBCLASSES[name] for entry in vocabulary()[key])


@lru_cache(maxsize=1)
def placeholders() -> dict[str, str]:
    """Every subclass's alternation by its placeholder name (models/pattern_marks.py reads them)."""
    return {name: subclass(name) for name in SUBCLASSES}
