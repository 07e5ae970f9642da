"""The placeholders of the shared vocabularies in the pattern files (models/pattern_marks.py): each expands to its
reader's own pattern, an unknown one is a load error naming it, and no pattern file spells those vocabularies again by
hand (issue 7, session 37, review37). The sentences are written for the test."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from models import context, number_words, pattern_marks
from models.layout_marks import CHECK_BOX, EMPTY_BOX, TICKED_BOX
from models.months import MONTH_STARTS, MONTH_WORDS, MONTHS, SEASON_WORDS
from models.pattern_marks import UnknownPlaceholder, expand, expand_file
from models.patterns import load_compiled

PATTERNS = Path(__file__).resolve().parent.parent / "models" / "patterns"


@pytest.mark.parametrize("mark, reader", [
    ("@number_word@", number_words.word_pattern()),
    ("@count_word@", number_words.count_pattern()),
    ("@month@", MONTH_WORDS),
    ("@month_short@", MONTH_STARTS),
    ("@season@", SEASON_WORDS),
    ("@empty_box@", EMPTY_BOX),
    ("@ticked_box@", TICKED_BOX),
    ("@check_box@", CHECK_BOX),
])
def test_a_placeholder_expands_to_its_readers_pattern(mark: str, reader: str) -> None:
    assert expand(rf"\bvor\s+{mark}\s+jahren") == rf"\bvor\s+(?:{reader})\s+jahren"


def test_an_unknown_placeholder_is_a_load_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(UnknownPlaceholder, match="@monat@"):
        expand(r"\bbis\s+ende\s+@monat@")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"cues": {"x": r"\bseit\s+@number_words@\s+tagen"}}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.json.*@number_words@"):
        load_compiled(bad, "test file", lambda spec: spec)


def test_a_files_own_list_expands_and_its_comments_stay_as_written() -> None:
    spec = {"_comment": "reads '@month@'", "words": ["a", "b"], "cue": ["x@words@", {"p": "@month@ y"}], "n": 3}
    assert expand_file(spec, {"words": "a|b"}) == {
        "_comment": "reads '@month@'", "words": ["a", "b"], "cue": ["x(?:a|b)", {"p": f"(?:{MONTH_WORDS}) y"}], "n": 3}
    with pytest.raises(UnknownPlaceholder):
        expand_file(spec)  # "@words@" is deal.json's kind of own list: unknown without it


@pytest.mark.parametrize("text, counted", [
    ("zwei tage", True), ("zwölf deals", True), ("einundzwanzig jahren", True), ("eineinhalb wochen", True),
    ("dreissig tage", True), ("dreihundert firmen", True),
    ("ein paar tage", False), ("eine der größten übernahmen", False), ("einem monat", False), ("null tage", False),
    ("einzige übernahmen", False), ("leipziger firmen", False),
])
def test_a_count_word_counts_more_than_one(text: str, counted: bool) -> None:
    """"@count_word@" stands before a plural noun: a number in words above one, never the singular's article."""
    pattern = re.compile(r"(?<![\wäöüß])" + expand("@count_word@") + r"\s")
    assert (pattern.match(text) is not None) is counted


def test_the_patterns_read_the_words_the_reader_reads() -> None:
    """Words the hand lists left out, read now through the placeholders: a count above ten before deals, the Austrian
    month names."""
    assert context.has("counted_deals", "Die Bank begleitete einundzwanzig Übernahmen im Wert von 30 Mrd.")
    assert not context.has("counted_deals", "Es war eine der größten Übernahmen der Geschichte.")
    from models.opt_out import PHRASES

    assert PHRASES["option_of_its_time"].search("bis ende jänner konnte man widersprechen")
    assert PHRASES["option_of_its_time"].search("vor einundzwanzig jahren konnte man widersprechen")
    assert PHRASES["deadline_count"].search("nur vierzehn tage lang")


# A vocabulary spelled by hand in a pattern: three month names or short names in the calendar's order ("märz|april|mai",
# "jan|feb|mär", an Austrian name between: "januar|jänner|februar"), or three number words in counting order
# ("zwei|drei|vier"), or the seasons ("sommer|herbst|winter"). A few named months are no spelling of the vocabulary ("februar|feber|oktober": the deal's).
_COUNTING = ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn")
_BY_HAND = re.compile("|".join(
    rf'"?{a}"?,?\s*\|?(?:"?(?:jänner|feber)"?,?\s*\|?)?"?{b}"?,?\s*\|?"?{c}\b'
    for words in (MONTHS, tuple(MONTH_STARTS.split("|")), _COUNTING, ("sommer", "herbst", "winter")) for a, b, c in zip(words, words[1:], words[2:])))


@pytest.mark.parametrize("path", sorted(PATTERNS.glob("*.json")), ids=lambda p: p.name)
def test_no_pattern_file_spells_a_shared_vocabulary_by_hand(path: Path) -> None:
    """Month names and number words come from their one reader, named by a placeholder; number_words.json is the
    number words' own table. Found in patterns ("märz|april|mai") and in word lists (["märz", "april", "mai"]) alike."""
    if path.name == "number_words.json":
        return
    assert not _BY_HAND.search(path.read_text(encoding="utf-8").lower()), path.name


# A box spelled by hand: a box character, or a bracket box as a regex (r"\[ \]", r"\[x\]", r"\[\s\]", r"\[[ xX]\]").
_BOX_BY_HAND = re.compile(r"[☐□▢☑☒]|\\\[(?:\[[^\]]*[xX✓✔ ][^\]]*\]|[ xX✓✔]|\\s|\[\^\\S\\n\])\\\]")


@pytest.mark.parametrize("path", sorted(PATTERNS.glob("*.json")), ids=lambda p: p.name)
def test_no_pattern_file_spells_a_check_box_by_hand(path: Path) -> None:
    """The check boxes come from their one vocabulary (models/patterns/layout_marks.json, read by
    models/layout_marks.py) through "@empty_box@", "@ticked_box@", "@check_box@"; a file's comments and a phrasing's
    examples may show a box (issue 7, session 51, layout51: price_refuted.json and data_shared_phrasings.json each
    spelled their own, "▢" in one of them only)."""
    if path.name == "layout_marks.json":
        return

    def patterns(spec: object) -> list[str]:
        if isinstance(spec, dict):
            return [pattern for key, value in spec.items()
                    if not str(key).startswith("_") and key not in ("comment", "examples", "near_misses")
                    for pattern in patterns(value)]
        if isinstance(spec, list):
            return [pattern for item in spec for pattern in patterns(item)]
        return [spec] if isinstance(spec, str) else []

    spelled = [pattern for pattern in patterns(json.loads(path.read_text(encoding="utf-8")))
               if _BOX_BY_HAND.search(pattern)]
    assert not spelled, (path.name, spelled[:3])


@pytest.mark.parametrize("pattern, by_hand", [
    ("[☐□]", True), (r"\[[ xX]\]", True), (r"\[\s\]", True), (r"\[x\]", True), (r"\[[x✓✔]\]", True),
    ("@check_box@", False), (r"\[\d+\]", False), (r"\[[a-z]\]", False), (r"\(x\)", False),
])
def test_a_box_by_hand_is_found(pattern: str, by_hand: bool) -> None:
    assert (_BOX_BY_HAND.search(pattern) is not None) is by_hand


def test_every_placeholder_of_every_pattern_file_is_known() -> None:
    """Each placeholder written in a pattern file is a shared vocabulary's or (deal.json) a list of its own: expanding
    every file raises nothing."""
    own = {name: "" for name in context._WORDS_NAMED_IN_PATTERNS}
    for path in PATTERNS.glob("*.json"):
        expand_file(json.loads(path.read_text(encoding="utf-8")), own)


def test_one_list_of_interrogatives_for_price_and_data_questions() -> None:
    """price.py's wh-opening and data_shared_phrasings.json's question entries read the one list (models/questions.py):
    each takes a word only another list had before ("wozu", "wann", "wofür")."""
    from models import price
    from models.data_shared_phrases import PHRASES
    from models.questions import WH_WORD

    assert expand("@wh_word@") == f"(?:{WH_WORD})"
    asked = "Wozu zahlt Facebook mehr als 20 Milliarden Dollar?"
    assert not price._polar_question(asked, asked.index("20"))
    polar = "Zahlt Facebook mehr als 20 Milliarden Dollar?"
    assert price._polar_question(polar, polar.index("20"))
    assert PHRASES["rhetorical_tail"].search("whatsapp reicht die nummer an facebook weiter – und wann hat das jemand gemerkt?")
    assert PHRASES["question_opening"].match("wofür braucht facebook die nummer")
    assert not PHRASES["question_opening"].match("die nummer braucht facebook wofür")


def test_a_files_own_word_classes_are_placeholders_of_its_patterns() -> None:
    """A file's "_word_classes" (a phrasings file has no lists of its own) expand in its patterns beside the caller's
    own lists, and are kept as written themselves (issue 7, session 42, merge42: opt_out_phrasings.json's pro-form
    classes, once spelled in full 13 times)."""
    spec = {"_word_classes": {"limiter": "danach|später"}, "cue": "@limiter@ @words@"}
    assert expand_file(spec, {"words": "nicht"}) == {"_word_classes": {"limiter": "danach|später"},
                                                     "cue": "(?:danach|später) (?:nicht)"}
    raw = (PATTERNS / "opt_out_phrasings.json").read_text(encoding="utf-8")
    classes = json.loads(raw)["_word_classes"]
    assert set(classes) == {"proform_particle", "proform_limiter", "institution"}  # institution: session 46, opt46
    spelled = [json.dumps(pattern, ensure_ascii=False)[1:-1] for pattern in classes.values()]
    assert all(raw.count(pattern) == 1 for pattern in spelled)  # once each: in the class itself


def test_other_recipient_spells_its_sending_verbs_and_chat_company_once() -> None:
    """data_shared.json's cue other_recipient reads its verbs of sending and its chat places and companions from the
    file's own word classes (session 43, merge43: each was spelled twice, verb first and verb last), and both branches
    read a member added there ('teilt ... mit Freunden', 'in der Gruppe ... geteilt')."""
    import json
    import re as _re

    from models.data_shared import PATTERNS_FILE
    from models.pattern_marks import expand_file

    raw = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    assert raw["cues"]["other_recipient"].count("@sending_verb@") == 2
    assert raw["cues"]["other_recipient"].count("@chat_company@") == 2
    assert "geschickt" not in raw["cues"]["other_recipient"] and "freundinnen" not in raw["cues"]["other_recipient"]
    cue = _re.compile(expand_file(raw)["cues"]["other_recipient"])
    assert cue.search("sie teilt das foto mit freunden")
    assert cue.search("in der gruppe wird das foto geteilt")
    assert not cue.search("whatsapp teilt die nummer mit anderen unternehmen")
