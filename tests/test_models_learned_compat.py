"""models/learned/compat.py: the fallbacks an older extractor tree gets (loso's blind-rules folds) answer
as today's helpers do. The older tree is simulated by removing today's names before compat is imported."""
from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

import pytest
import spacy

from models.learned import compat
from models.pipeline import build_pipeline

# today's helper -> the module it comes from
_TODAY = {"mention_spans": "models.layer.deal_context", "has_conditional_clause": "models.negation",
          "doc_value": "models.doc_extensions", "gate_words": "models.regex_tools", "may_hold": "models.regex_tools",
          "swiss_pattern": "models.layer.spelling"}


def _compat_of_an_older_tree(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """A fresh copy of models.learned.compat, imported while `_TODAY`'s names are missing (restored after the test)."""
    for name, module in _TODAY.items():
        monkeypatch.delattr(importlib.import_module(module), name)
    spec = importlib.util.spec_from_file_location("compat_of_an_older_tree", compat.__file__)
    assert spec is not None and spec.loader is not None
    older = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(older)
    return older


@pytest.fixture(scope="module")
def layer():
    """The linguistic layer only (it sets the deal context's mentions)."""
    return build_pipeline(())


def test_older_tree_gets_fallbacks_not_todays_helpers(monkeypatch) -> None:
    assert sorted(compat.__all__) == sorted(_TODAY)  # a new fallback needs its own test here
    older = _compat_of_an_older_tree(monkeypatch)
    for name, module in _TODAY.items():
        assert getattr(older, name).__module__ == "compat_of_an_older_tree", name  # the fallback, defined in compat
        assert getattr(compat, name).__module__ == module, name  # today's tree: today's helper


def test_mention_spans_fallback_equals_today(layer, monkeypatch) -> None:
    texts = ["Facebook kauft WhatsApp. Der Konzern zahlt 19 Milliarden Dollar für den Messenger.",
             "Das Wetter bleibt heute trocken.",
             "Zuckerberg übernimmt die App; die Übernahme von WhatsApp durch Facebook ist abgeschlossen."]
    docs = [layer(text) for text in texts] + [spacy.blank("de")("Ohne Schicht gelesen.")]  # the last: layer not run
    expected = [compat.mention_spans(doc) for doc in docs]
    assert expected[0] and expected[-1] is None  # the inputs cover mentions found and the layer not run
    older = _compat_of_an_older_tree(monkeypatch)
    assert [older.mention_spans(doc) for doc in docs] == expected


def test_has_conditional_clause_fallback_equals_today(monkeypatch) -> None:
    texts = ["wenn nutzer widersprechen, bekommt facebook die nummer nicht.",
             "facebook bekommt die nummer, falls man nicht widerspricht.",
             "facebook bekommt die nummer.",
             "die wende kam, als facebook kaufte.",
             ""]
    expected = [compat.has_conditional_clause(text) for text in texts]
    assert True in expected and False in expected
    older = _compat_of_an_older_tree(monkeypatch)
    assert [older.has_conditional_clause(text) for text in texts] == expected


def test_doc_value_fallback_equals_today(layer, monkeypatch) -> None:
    docs = [layer("Facebook kauft WhatsApp. Der Konzern zahlt 19 Milliarden Dollar."), spacy.blank("de")("Ohne Schicht.")]
    names = ("blocks", "deal_parties", "claims")
    expected = [[compat.doc_value(doc, name) for name in names] for doc in docs]
    assert expected[0][0] and expected[0][1] and expected[1] == [None, None, None]  # values set and unset
    older = _compat_of_an_older_tree(monkeypatch)
    assert [[older.doc_value(doc, name) for name in names] for doc in docs] == expected


def test_gated_search_fallback_finds_what_todays_gate_finds(monkeypatch) -> None:
    """The guards search the rules' phrasings behind `may_hold(gate_words(...))` (`frames.phrasing_matches`): today's
    gate skips texts without a required word, an older tree's fallback skips none, and both find the same matches."""
    import re

    pattern = re.compile(r"\bnicht\s+(?:mehr\s+)?möglich\b|\bunmöglich\b")
    texts = ["das ist nicht mehr möglich.", "es ist unmöglich.", "man kann widersprechen.", ""]

    def gated(gate_words, may_hold) -> list[list[tuple[int, int]]]:
        words = gate_words(pattern)
        return [[m.span() for m in pattern.finditer(t)] if may_hold(words, t) else [] for t in texts]

    expected = [[m.span() for m in pattern.finditer(t)] for t in texts]
    assert compat.gate_words(pattern) and not compat.may_hold(compat.gate_words(pattern), texts[2])  # today: a gate
    assert gated(compat.gate_words, compat.may_hold) == expected
    older = _compat_of_an_older_tree(monkeypatch)
    assert older.gate_words(pattern) is None and all(older.may_hold(None, t) for t in texts)
    assert gated(older.gate_words, older.may_hold) == expected


def test_swiss_pattern_fallback_reads_as_an_older_trees_rules(monkeypatch) -> None:
    """Today's guards read the Swiss "ss" for "ß" as today's rules do; beside an older tree (whose rules do not) the
    guard frames stay as written."""
    import re

    pattern = r"\bnicht\s+ausschließen\b"
    assert re.search(compat.swiss_pattern(pattern), "man kann es nicht ausschliessen")
    older = _compat_of_an_older_tree(monkeypatch)
    assert older.swiss_pattern(pattern) == pattern


def test_learned_stages_import_beside_a_tree_without_stated_moment(monkeypatch) -> None:
    """The blind-rules folds import every learned stage (spaCy loads each entry point) beside rule trees older than
    `models.moment.stated_moment`: the moment stage may read it only where it runs (every fold failed to build when
    it was imported at the top)."""
    import models.learned.moment_stage as today
    import models.moment

    monkeypatch.delattr(models.moment, "stated_moment")
    spec = importlib.util.spec_from_file_location("moment_stage_of_an_older_tree", today.__file__)
    assert spec is not None and spec.loader is not None
    older = importlib.util.module_from_spec(spec)
    monkeypatch.setattr(spacy.Language, "factory", classmethod(lambda cls, name, **kw: (lambda func: func)))
    spec.loader.exec_module(older)  # raises ImportError with a top-level import of stated_moment
    assert older.decide_moment is not None
