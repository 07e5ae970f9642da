"""models/layer/spelling.py: the Swiss "ss" for "ß", folded once on the lookup side (lemmas, patterns, gate words)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from spacy.language import Language

from models.layer.spelling import DECLARATION, swiss_file, swiss_lemmas, swiss_pattern, swiss_spec, swiss_words
from models.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(())


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        (r"\bausschließen\b", "Sie können das ausschliessen.", True),
        (r"\bausschließen\b", "Sie können das ausschließen.", True),
        (r"\bblo(?:ß)?\b", "bloss", True),  # a group's "ß" too
        (r"[\wäöüß]+lich", "schliesslich", True),  # a class keeps its "ß" ("\w" takes the "s")
        (r"[^ß]x", "sx", True),
        (r"(?<=ß)en", "schliessen", False),  # a lookbehind keeps its width: "ß" stays as written
        (r"\ß", "ss", False),  # an escaped character is left alone
        (r"(?i)GROß", "gross", True),
    ],
)
def test_swiss_pattern_reads_ss_where_the_pattern_writes_a_literal_sharp_s(pattern: str, text: str, found: bool) -> None:
    folded = swiss_pattern(pattern)
    re.compile(folded)
    assert (re.search(folded, text) is not None) is found


def test_a_pattern_without_a_sharp_s_is_returned_as_written() -> None:
    assert swiss_pattern("kein scharfes s") == "kein scharfes s"
    assert swiss_pattern(r"\bnur\b|[^s]x") == r"\bnur\b|[^s]x"


def test_swiss_words_and_spec() -> None:
    assert swiss_words(["außer", "nur", "bloß", "bloss"]) == ["außer", "ausser", "nur", "bloß", "bloss"]
    spec = {"_comment": "ließ", "cue": ["ließ"], "x": {"examples": ["ließ"], "pattern": "ließ"}}
    assert swiss_spec(spec) == {"_comment": "ließ", "cue": ["lie(?:ß|ss)"], "x": {"examples": ["ließ"], "pattern": "lie(?:ß|ss)"}}


def test_swiss_file_folds_the_entries_its_declaration_names() -> None:
    spec = {DECLARATION: {"_comment": "x", "patterns": ["cues", "terms.pattern"], "words": ["gate", "rules"]},
            "cues": {"a": "groß"}, "terms": [{"type": "maß", "pattern": "maß"}], "gate": ["groß"],
            "rules": {"_c": ["ß"], "r": ["weiß", "nur"]}, "plain": ["groß"]}
    folded = swiss_file(spec)
    assert folded["cues"] == {"a": "gro(?:ß|ss)"} and folded["terms"] == [{"type": "maß", "pattern": "ma(?:ß|ss)"}]
    assert folded["gate"] == ["groß", "gross"] and folded["rules"] == {"_c": ["ß"], "r": ["weiß", "weiss", "nur"]}
    assert folded["plain"] == ["groß"] and spec["cues"] == {"a": "groß"}  # undeclared: as written; spec unchanged
    whole = {DECLARATION: {"patterns": ["*"]}, "_comment": "groß", "a": ["groß"], "b": {"examples": ["groß"]}}
    assert swiss_file(whole) == {**whole, "a": ["gro(?:ß|ss)"]}
    assert swiss_file({"a": ["groß"]}) == {"a": ["groß"]}  # no declaration: as written
    with pytest.raises(KeyError):
        swiss_file({DECLARATION: {"words": ["gates"]}, "gate": ["groß"]})  # a path the file lacks
    with pytest.raises(KeyError):
        swiss_file({DECLARATION: {"word": ["gate"]}, "gate": ["groß"]})  # a kind the fold does not know


PATTERNS = Path(__file__).resolve().parent.parent / "models" / "patterns"
_NOT_FOLDED = ("comment", "examples", "near_misses")


def _strings(value: object, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str]]:
    """(key path, string) of every string of a pattern file's JSON outside its comments and examples."""
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, list):
        return [found for item in value for found in _strings(item, path)]
    if isinstance(value, dict):
        return [found for key, item in value.items() if not key.startswith("_") and key not in _NOT_FOLDED
                for found in _strings(item, (*path, key))]
    return []


@pytest.mark.parametrize("name", ["opt_out.json", "data_shared.json", "moment.json", "deal.json", "layer.json", "money.json",
                                  "number_words.json", "price_parties.json"])
def test_every_sharp_s_of_a_declared_file_is_in_an_entry_the_fold_reads(name: str) -> None:
    """The components read these files through `swiss_file` only: an entry holding a "ß" that the declaration does
    not name would read no Swiss "ss" (a new key must be declared); each declared path exists (`swiss_file`)."""
    spec = json.loads((PATTERNS / name).read_text(encoding="utf-8"))
    declared = [tuple(path.split(".")) for kind in ("patterns", "words") for path in spec[DECLARATION].get(kind, ())]
    swiss_file(spec)
    unread = [".".join(path) for path, text in _strings(spec) if "ß" in text
              and not any(d == ("*",) or path[:len(d)] == d for d in declared)]
    assert not unread


@pytest.mark.parametrize("name", ["opt_out.json", "data_shared.json", "moment.json", "deal.json", "layer.json", "money.json",
                                  "number_words.json", "price_parties.json"])
def test_no_entry_the_fold_reads_writes_the_swiss_spelling_by_hand(name: str) -> None:
    """A "ß" of a folded entry reads "ss" already: "(?:ß|ss)", "bloß|bloss" written by hand repeat the fold."""
    spec = json.loads((PATTERNS / name).read_text(encoding="utf-8"))
    by_hand = [text for _path, text in _strings(spec) if re.search(r"ß\|ss|ss\|ß|(\w+)ß(\w*)\|\1ss\2(?!\w)", text)]
    assert not by_hand


def test_a_word_table_gives_the_swiss_spelling_its_value() -> None:
    """A "words" entry that maps words to values (number_words.json tens): the Swiss key takes the standard key's
    value; a spelling the table writes itself keeps its own value."""
    spec = {DECLARATION: {"words": ["numbers"]}, "numbers": {"dreißig": 30, "elf": 11, "grosse": 2, "große": 1}}
    assert swiss_file(spec)["numbers"] == {"dreißig": 30, "dreissig": 30, "elf": 11, "grosse": 2, "große": 1}


def test_the_layers_gates_read_words_their_file_declares() -> None:
    """models/layer/literals.py reads its gates' words through the files' declarations: each key it reads is a
    declared "words" entry (else its words would gain no Swiss spelling)."""
    from models.layer.literals import CANDIDATE_GATES, GATES, RULE_GATES

    read = [*GATES.values(), *RULE_GATES.values(), *(pair for pairs in CANDIDATE_GATES.values() for pair in pairs)]
    for file, key in read:
        assert key in json.loads((PATTERNS / file).read_text(encoding="utf-8"))[DECLARATION]["words"], (file, key)


def test_swiss_lemmas_only_where_standard_german_keeps_the_sharp_s() -> None:
    table = {"schließt": "schließen", "größte": "groß", "läßt": "lassen", "Flüsse": "Fluß", "Fluß": "Fluß",
             "bewußt": "bewußt", "Mißbrauch": "mißbrauchen", "heißt": "heißen"}
    added = swiss_lemmas(table)
    assert added["schliesst"] == "schließen" and added["grösste"] == "groß" and added["heisst"] == "heißen"
    assert added["schliessen"] == "schließen" and added["gross"] == "groß"  # the lemmas themselves
    # the old spelling's short vowels ("läßt", "Fluß", "bewußt", "Mißbrauch") are standard "ss" today: not Swiss
    assert not {"lässt", "Fluss", "bewusst", "Missbrauch", "missbrauchen"} & set(added)
    assert swiss_lemmas({**table, "grösste": "Grösste"})["heisst"] == "heißen" and "grösste" not in swiss_lemmas(
        {**table, "grösste": "Grösste"})  # a spelling the table lists keeps the table's lemma


# word -> (a sentence holding it, its lemma); the last three are near misses: words standard German writes with "ss"
# keep their lemma as before
SWISS_FORMS = {
    "ausschliessen": ("Man kann das in den Einstellungen ausschliessen.", "ausschließen"),
    "grösste": ("Das ist die grösste Übernahme des Jahres.", "groß"),
    "heisst": ("Der Dienst heisst WhatsApp.", "heißen"),
    "liess": ("Facebook liess sich Zeit.", "lassen"),
    "lässt": ("Facebook lässt sich Zeit.", "lässt"),
    "Missbrauch": ("Der Missbrauch der Daten ist verboten.", "Missbrauch"),
    "Fluss": ("Am Fluss steht ein Haus.", "Fluss"),
}


@pytest.mark.parametrize("word", list(SWISS_FORMS))
def test_swiss_forms_take_the_standard_lemma(nlp: Language, word: str) -> None:
    sentence, lemma = SWISS_FORMS[word]
    assert next(t for t in nlp(sentence) if t.text == word).lemma_ == lemma


def test_a_swiss_separable_verb_is_rejoined(nlp: Language) -> None:
    doc = nlp("In den Einstellungen schliesst man die Nutzung für Werbung aus.")
    assert next(t for t in doc if t.text == "schliesst").lemma_ == "ausschließen"


def test_token_cues_read_the_swiss_spelling_in_lemma_and_lower_lists() -> None:
    """models/layer/cues.py folds LEMMA as LOWER: a lemma the layer's table does not know keeps the Swiss spelling
    (session 35, fold35); a test without "ß" stays as written."""
    from models.layer.cues import _swiss_token, pattern_rows

    assert _swiss_token({"LEMMA": {"IN": ["fließen", "gehen"]}}) == {"LEMMA": {"IN": ["fließen", "fliessen", "gehen"]}}
    assert _swiss_token({"LEMMA": "gutheißen", "LOWER": "bloß"}) == {"LEMMA": {"IN": ["gutheißen", "gutheissen"]},
                                                                   "LOWER": {"IN": ["bloß", "bloss"]}}
    assert _swiss_token({"LEMMA": {"REGEX": "^schließ"}}) == {"LEMMA": {"REGEX": "^schlie(?:ß|ss)"}}
    plain = {"LEMMA": {"IN": ["gehen"]}, "LOWER": "und"}
    assert _swiss_token(plain) is plain
    consent = [value for row in pattern_rows("consent") for token in row["pattern"]
               for value in token.get("LEMMA", {}).get("IN", []) if isinstance(token.get("LEMMA"), dict)]
    assert "gutheissen" in consent  # written once, as "gutheißen"
