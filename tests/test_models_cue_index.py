"""The fast paths of the linguistic layer give what the plain ways give (models/layer/cues.py, text.py)."""
from __future__ import annotations

import re

import pytest
from spacy.matcher import Matcher

from dealwatch_testing.pipeline_steps import doc_before
from models.context import Sentences
from models.layer.cues import cue_index, pattern_rows, token_cues
from models.layer.text import lower_text, sentences_with
from models.pipeline import load_pipeline

TEXTS = [
    "Facebook hat WhatsApp gekauft. WhatsApp gibt die Telefonnummer an Facebook weiter. Die Chats bleiben verschlüsselt.",
    "Die Daten gehen an den Mutterkonzern. Wer nicht zustimmt, muss den Dienst verlassen. Facebook erhält die Nummer.",
    "Kann ich widersprechen? Ja, innerhalb von 30 Tagen. Man schaltet die Weitergabe in den Einstellungen ab.",
    "Ein Text ohne jeden Hinweis auf Daten.",
    "WhatsApp stellt um. Die Kunden müssen bis Mai ihr Einverständnis geben. Ja sagen muss man trotzdem.",
]


def _plain(doc, name: str, regions: list[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """Every row of the cue file in one Matcher, run over every region: the slow way."""
    matcher = Matcher(doc.vocab)
    for row in pattern_rows(name):
        matcher.add(row["label"], [row["pattern"]])
    found: dict[str, set[tuple[int, int]]] = {}
    for start, end in regions:
        part = doc.char_span(start, end, alignment_mode="expand")
        for key, s, e in matcher(part):
            span = part[s:e]
            found.setdefault(doc.vocab.strings[key], set()).add((span.start_char, span.end_char))
    return {label: sorted(spans) for label, spans in found.items()}


@pytest.mark.parametrize("name", ["data_shared", "opt_out", "consent"])
@pytest.mark.parametrize("text", TEXTS)
def test_token_cues_equal_the_plain_matcher(name: str, text: str) -> None:
    doc = doc_before(text, "dealwatch_data_shared")
    sents = Sentences.of(doc)
    regions = list(zip(sents.starts, sents.ends))[::2]  # every other sentence: regions must limit the search
    assert token_cues(doc, name, regions) == _plain(doc, name, regions)
    assert token_cues(doc, name, regions) == token_cues(doc, name, None)  # cached: the first regions decide


def test_one_token_rows_skip_the_matcher() -> None:
    index = cue_index("data_shared")
    assert index.labels and "TRANSFER_STRONG" in index.labels
    assert all(len(row["pattern"]) > 1 for row in index.rows)
    assert index.anchored


def test_a_split_verb_is_a_cue_after_the_tagger() -> None:
    doc = load_pipeline()("Facebook hat WhatsApp gekauft. WhatsApp gibt die Nummer an Facebook weiter.")
    spans = doc.user_data["dealwatch_cues_data_shared"]["TRANSFER_STRONG"]
    assert any(doc.text[s:e] == "gibt" for s, e in spans)


@pytest.mark.parametrize("words", [["daten"], ["facebook", "meta"], ["nichtda"], ["."]])
def test_sentences_with_equals_a_search_per_sentence(words: list[str]) -> None:
    doc = load_pipeline()(" ".join(TEXTS))
    sents = Sentences.of(doc)
    low = lower_text(doc)
    pattern = re.compile("|".join(re.escape(w) for w in words))
    want = {i for i, (s, e) in enumerate(zip(sents.starts, sents.ends)) if pattern.search(low, s, e)}
    assert sentences_with(pattern, low, sents.starts, sents.ends) == want


@pytest.mark.parametrize("text", TEXTS)
def test_a_region_runs_only_the_rows_it_can_match(text: str) -> None:
    """speed25: `token_cues` runs a Matcher of only the rows whose needed tokens the region holds
    (`RowNeeds.possible_rows`, `rows_matcher`); over the whole text it finds what every row finds."""
    from models.layer.cues import row_needs, rows_matcher, token_table

    doc = doc_before(text, "dealwatch_data_shared")
    arrays, _offsets, _lengths = token_table(doc)
    for name in ("data_shared", "consent"):
        rows = row_needs(name).possible_rows(arrays[:, 0].tolist(), arrays[:, 1].tolist())
        assert rows != (1 << len(cue_index(name).rows)) - 1, "a short text holds the needed tokens of few rows"
        every = rows_matcher(name, doc.vocab, (1 << len(cue_index(name).rows)) - 1)
        assert sorted(rows_matcher(name, doc.vocab, rows)(doc)) == sorted(every(doc))


PREDICATE_TEXTS = [
    "Einen Widerspruch gibt es nicht. Eine Möglichkeit, der Weitergabe zu widersprechen, räumt WhatsApp nicht ein.",
    "Den Schalter bietet die App diesmal nicht an. Facebook hat WhatsApp gekauft. Eine Wahl hat man nicht.",
    "Die Option existierte nie. Die Option existierte nie. Wer nicht zustimmt, muss gehen.",
]


@pytest.mark.parametrize("name", ["predicate", "opt_out", "data_shared"])
@pytest.mark.parametrize("text", PREDICATE_TEXTS + TEXTS)
def test_find_token_cues_reads_each_region_on_its_own(name: str, text: str) -> None:
    """speed26: the matches inside one region are the same whatever other regions are asked with it
    (`find_token_cues`, uncached; opt_out's predicate cues are found sentence by sentence on demand)."""
    from models.layer.cues import find_token_cues

    doc = doc_before(text, "dealwatch_opt_out")
    sents = Sentences.of(doc)
    regions = list(zip(sents.starts, sents.ends))
    cached = doc.user_data.get(f"dealwatch_cues_{name}")  # (data_shared's, found by its component already)
    whole = find_token_cues(doc, name, regions)
    assert whole == _plain(doc, name, regions)
    for s, e in regions:
        inside = {label: [sp for sp in spans if s <= sp[0] < e] for label, spans in whole.items()}
        assert find_token_cues(doc, name, [(s, e)]) == {label: spans for label, spans in inside.items() if spans}
    assert doc.user_data.get(f"dealwatch_cues_{name}") is cached  # uncached: `token_cues` alone keeps the Doc's answer


@pytest.mark.parametrize("text", PREDICATE_TEXTS)
def test_opt_out_predicate_cues_on_demand_equal_every_sentence_at_once(text: str) -> None:
    """speed26: `_predicate_cues` of a sentence text equals the memo of every sentence's cues built at once
    (the old way: the cues of the whole Doc by sentence, a later sentence of the same text winning)."""
    from models.layer.text import lower_text
    from models.opt_out import _cues_by_sentence

    nlp = load_pipeline()
    doc = doc_before(text, "dealwatch_opt_out")
    component = nlp.get_pipe("dealwatch_opt_out")
    low, sents = lower_text(doc), Sentences.of(doc)
    bounds = list(zip(sents.starts, sents.ends))
    old = {low[bounds[si][0]:bounds[si][1]]: found
           for si, found in _cues_by_sentence(token_cues(doc, "predicate", bounds), low, sents).items()}
    assert old  # the texts hold predicate cues
    component._predicate_doc, component._predicate_memo = (doc, low, sents), None
    try:
        for s, e in [*bounds, (0, 5)]:
            assert component._predicate_cues(low[s:e]) == old.get(low[s:e], {})
    finally:
        component._predicate_doc = component._predicate_memo = None


WINDOW_TEXTS = [
    # needed tokens far apart in one long sentence, a gap row ("{0,6}") across them, and one at each end
    "Die Telefonnummer gibt WhatsApp, wie das Unternehmen in einer langen Mitteilung an alle Kunden in Europa und"
    " darüber hinaus erklärte, künftig an den Mutterkonzern Facebook weiter, und die Daten bleiben nicht geschützt.",
    "Weitergeben will WhatsApp die Nummer nicht, heißt es, aber an Facebook gehen die Daten trotzdem und sie werden"
    " dort gespeichert, ausgewertet und mit den Profilen der Nutzer zusammengeführt, begründet damit, dass es nütze.",
    "Wer nicht zustimmt, hat keine Möglichkeit, der Weitergabe zu widersprechen, und einen Schalter dafür gibt es"
    " diesmal nicht, so dass Nutzer ihr Einverständnis bis Mai geben müssen oder die App nicht weiter nutzen können.",
]


@pytest.mark.parametrize("name", ["data_shared", "predicate", "consent", "year"])
@pytest.mark.parametrize("text", WINDOW_TEXTS + PREDICATE_TEXTS + TEXTS)
def test_the_matcher_over_windows_finds_what_it_finds_over_the_region(name: str, text: str) -> None:
    """speed27b: rows whose matches are bounded run only over the tokens around their needed tokens
    (`RowNeeds.windows`); the matches are those of every row over every whole sentence and over the whole text."""
    from models.layer.cues import find_token_cues

    doc = doc_before(text, "dealwatch_opt_out")
    sents = Sentences.of(doc)
    regions = list(zip(sents.starts, sents.ends))
    assert find_token_cues(doc, name, regions) == _plain(doc, name, regions)
    assert find_token_cues(doc, name, None) == _plain(doc, name, [(0, len(doc.text))])


def test_a_rows_longest_match_and_its_windows() -> None:
    from models.layer.cues import RowNeeds, _longest_match

    assert _longest_match([{"LEMMA": "geben"}, {"OP": "{0,6}"}, {"LOWER": "an"}, {"LOWER": "facebook"}]) == 9
    assert _longest_match([{"LOWER": "ja"}, {"LOWER": "zu", "OP": "?"}, {"OP": "{2}"}, {"OP": "{,3}"}]) == 7
    assert _longest_match([{"LOWER": "a"}, {"OP": "*"}]) is None
    assert _longest_match([{"LOWER": "a"}, {"OP": "{1,}"}]) is None
    # two rows: row 0 needs hash 1 (lemma) and hash 2 (lower), 3 tokens at most; row 1 needs hash 5, 2 at most
    needs = RowNeeds({1: 0b01, 5: 0b100}, {2: 0b10}, (0b11, 0b100), (3, 2))
    lemmas, lowers = [0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2], [0] * 11 + [2]
    tested = needs.tested_tokens(lemmas, lowers)
    assert tested == [(1, 0b01), (9, 0b01), (11, 0b10)]
    assert needs.windows(tested, 12, 0b01) == [(0, 4), (7, 12)]  # around tokens 1, 9 and 11, merged
    assert needs.windows(tested, 12, 0b10) == []  # row 1's needed token is nowhere
    assert needs.possible_rows(lemmas, lowers) == 0b01 == needs.rows_of(0b11)
    assert needs.unbounded == 0 and RowNeeds({}, {}, (0, 1), (None, 4)).unbounded == 0b01
