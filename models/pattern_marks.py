"""Placeholders for the shared vocabularies in the pattern files, expanded when a file is loaded.

A pattern in a JSON file cannot call a reader, so a vocabulary that has one reader in code (the numbers in words of
models/number_words.py, the month names of models/months.py) used to be spelled again inside patterns, each time a
little differently ("zwei|drei|vier", "januar|februar|..."). A pattern names such a vocabulary by a placeholder
instead, and the loader puts the reader's own pattern in its place:

- "@number_word@": one number in words, "einem", "drei", "dreißig", "einundzwanzig", "eineinhalb"
  (`number_words.word_pattern`; no word edges: the pattern places its own);
- "@count_word@": one that counts more than one, before a plural noun: "zwei Tage", "zwölf Deals", not "eine der
  größten Übernahmen" (`number_words.count_pattern`);
- "@month@": a month's name, the Austrian "Jänner" and "Feber" too (`months.MONTH_WORDS`);
- "@month_short@": the first three letters of a month's name, "jan", "feb", "mär" (`months.MONTH_STARTS`);
- "@season@": a season's name, "Frühjahr", "Frühling", "Herbst" (`months.SEASON_WORDS`);
- "@weekday@": the name of a day of the week, "montag" to "sonntag" (`context.weekday_words`, deal.json "weekdays";
  issue 7, session 59, opt59);
- "@wh_word@": an interrogative that opens a wh-question, "was", "wozu", "welche" (`questions.WH_WORD`);
- "@short_year@", "@short_deal_or_later_year@": a year said short by its apostrophe, "'14", "’21", and the deal's year
  or a later one so said, '14 to '29 (`dates.SHORT_YEAR`, `dates.SHORT_DEAL_OR_LATER_YEAR`; session 41, merge41);
- "@empty_box@", "@ticked_box@", "@check_box@": a check box of a quiz, checklist or form, empty ("☐", "[ ]"), ticked
  ("☒", "[x]") or either (`layout_marks.EMPTY_BOX`, `TICKED_BOX`, `CHECK_BOX`, its vocabulary
  models/patterns/layout_marks.json; issue 7, session 51, layout51);
- "@consent_verb@", "@consent_zu@", "@consent_split@", "@consent_noun@", "@refusal_verb@", "@refusal_noun@",
  "@give_verb@", "@consent_ground@": the word classes of consenting and refusing in every form
  (models/consent_words.py, its vocabulary models/patterns/consent_words.json; issue 7, session 40, opt40);
- "@negation@", "@negation_adverb@", "@negative_determiner@", "@negating_pronoun@", "@negating_person@": the negation class, "nicht" and the
  adverbs that negate like it; the adverbs alone; the negating determiner "kein" in every form; the negating pronouns
  "nichts", "niemand" (models/negation_words.py, its vocabulary models/patterns/negation_words.json; moved from
  consent_words.json in session 42, merge42; the pronouns session 44, prec44); "@negating_person@": the pronouns that
  deny something of every person, "niemand" and the pronoun forms of "kein" (session 46, opt46);
- "@hearsay_adverb@", "@hearsay_preposition@", "@report_noun@", "@rumour_noun@", "@hearsay_noun@", "@hearsay_modal@",
  "@intent_verb@", "@plan_verb@", "@wish_word@", "@belief_verb@", "@claim_verb@", "@saying_frame@", "@hedge_adverb@",
  "@correction_label@", "@opinion_frame@", "@worry_word@", "@reporting_verb@": the subclasses of the words that make a
  clause tell no fact of the writer's - hearsay, intent, belief, a correction's label, a worry, a verb of reported
  speech (models/hearsay_words.py, its vocabulary models/patterns/hearsay_words.json; issue 7, session 42, merge42; the
  correction label session 43, merge43; the reporting verb session 46, prec46).

Each expands to a non-capturing group, so a quantifier after the placeholder reads the whole word. A file may add its
own word lists (deal.json names its share nouns "@share_words@"). A placeholder that is none of these is a load error
naming it, never a literal the pattern silently fails to find. Issue 7, session 37, review37.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from typing import Any

#: A placeholder: a name of lower-case letters and underscores between two "@".
PLACEHOLDER = re.compile(r"@([a-z_]+)@")


class UnknownPlaceholder(ValueError):
    """A pattern names a placeholder that no shared vocabulary and no list of its file defines."""


# Each shared placeholder's reader: (module, its regex or the function that builds it). Imported only when a pattern
# names the placeholder: a blind-rules fold (models/learned/loso.py) runs today's layer/leads.py, and with it this
# module, beside an older tree's vocabulary modules, which may lack a reader that only other placeholders need.
_READERS: dict[str, tuple[str, str]] = {
    "number_word": ("models.number_words", "word_pattern"),
    "count_word": ("models.number_words", "count_pattern"),
    "month": ("models.months", "MONTH_WORDS"),
    "month_short": ("models.months", "MONTH_STARTS"),
    "season": ("models.months", "SEASON_WORDS"),
    "weekday": ("models.context", "weekday_words"),
    "wh_word": ("models.questions", "WH_WORD"),
    "short_year": ("models.dates", "SHORT_YEAR"),
    "short_deal_or_later_year": ("models.dates", "SHORT_DEAL_OR_LATER_YEAR"),
    "empty_box": ("models.layout_marks", "EMPTY_BOX"),
    "ticked_box": ("models.layout_marks", "TICKED_BOX"),
    "check_box": ("models.layout_marks", "CHECK_BOX"),
    **{name: ("models.consent_words", name) for name in (
        "consent_verb", "consent_zu", "consent_split", "consent_noun", "refusal_verb", "refusal_noun", "give_verb",
        "consent_ground",
    )},
    **{name: ("models.negation_words", name) for name in (
        "negation", "negation_adverb", "negative_determiner", "negating_pronoun", "negating_person")},
    **{name: ("models.hearsay_words", "placeholders") for name in (
        "hearsay_adverb", "hearsay_preposition", "report_noun", "rumour_noun", "hearsay_noun", "hearsay_modal",
        "intent_verb", "plan_verb", "wish_word", "belief_verb", "claim_verb", "saying_frame", "hedge_adverb",
        "correction_label", "opinion_frame", "worry_word", "reporting_verb",
    )},
}


def _read(name: str) -> str:
    """The regex of the shared placeholder `name` (`_READERS`), its module imported now: the reader's regex, or the
    function that builds it, or the function that builds a module's placeholders by name (models/hearsay_words.py)."""
    module, attribute = _READERS[name]
    value = getattr(importlib.import_module(module), attribute)
    value = value() if callable(value) else value
    return value[name] if isinstance(value, Mapping) else value


def shared_vocabularies() -> dict[str, str]:
    """The shared placeholders by name, each the regex (no capturing group) of its reader."""
    return {name: _read(name) for name in _READERS}


def expand(pattern: str, own: Mapping[str, str] | None = None) -> str:
    """`pattern` with every placeholder replaced by "(?:" + its regex + ")": a shared vocabulary's, or one of `own`
    (a file's own lists, by name). UnknownPlaceholder for a name neither defines."""
    if "@" not in pattern:
        return pattern
    own = own or {}

    def replace(mark: re.Match[str]) -> str:
        name = mark.group(1)
        if name in own:
            return f"(?:{own[name]})"
        if name not in _READERS:
            raise UnknownPlaceholder(f"unknown placeholder {mark.group(0)!r} in pattern {pattern[:80]!r}; "
                                     f"known: {', '.join(sorted({*_READERS, *own}))}")
        return f"(?:{_read(name)})"

    return PLACEHOLDER.sub(replace, pattern)


#: A file's own word classes, its top-level key: name -> regex, each a placeholder "@name@" of the file's patterns (a
#: phrasings file, whose entries are no lists a pattern could name; opt_out_phrasings.json's pro-form classes).
WORD_CLASSES = "_word_classes"


def expand_file(spec: Any, own: Mapping[str, str] | None = None) -> Any:
    """A loaded pattern file (`json.loads`) with every placeholder in its strings expanded (`expand`), at any depth;
    the entries whose key starts with "_" (the comments, the "_spelling" declaration) are kept as written. A file's
    own word classes (`WORD_CLASSES`) are placeholders of its patterns, beside the lists the caller names (`own`)."""
    if isinstance(spec, dict) and isinstance(spec.get(WORD_CLASSES), dict):
        own = {**spec[WORD_CLASSES], **(own or {})}
    if isinstance(spec, str):
        return expand(spec, own)
    if isinstance(spec, list):
        return [expand_file(item, own) for item in spec]
    if isinstance(spec, dict):
        return {key: value if isinstance(key, str) and key.startswith("_") else expand_file(value, own)
                for key, value in spec.items()}
    return spec
