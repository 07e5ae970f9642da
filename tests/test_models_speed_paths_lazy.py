"""Speed paths of session 49 give what the slow ones give (issue 10, session 49, speed49): the existence tests'
branches compiled at their first search (`regex_tools.LazyPattern`) instead of at the pipeline's load.

The patterns and texts are written for these tests."""
from __future__ import annotations

import gc
import re

import pytest

from models.extraction_process import ready_pipeline
from models.regex_tools import ExistenceTest, LazyPattern, _branch_pattern

TEXTS = [
    "", "Facebook kauft den Messenger.", "Der Kaufpreis lag bei 19 Milliarden Dollar.", "kann man das abschalten?",
    "Die Weitergabe der Telefonnummer ist nicht zu verhindern.", "Widerspruch: nur bis Ende September.",
    "Nutzer können der Weitergabe widersprechen", "Ein Opt-out gibt es nicht, sagte der Sprecher.",
]


def test_a_lazy_branch_searches_like_its_compiled_pattern() -> None:
    lazy = LazyPattern(r"we(?<!\w.{2})itergabe|widersprech\w*")
    compiled = re.compile(lazy.pattern)
    for text in TEXTS:
        for pos, endpos in ((0, len(text)), (3, len(text)), (0, 12), (5, 9)):
            fast, slow = lazy.search(text, pos, endpos), compiled.search(text, pos, endpos)
            assert (fast and (fast.span(), fast.groups())) == (slow and (slow.span(), slow.groups()))
    assert lazy.search.__self__ is compiled  # bound after the first search: the compiled pattern's own method


@pytest.mark.parametrize("source", [
    r"kauf\w*", r"k(?<!\w.)auf", r"ab(?<!\w.{6})c", r"(?<![\wäöüß].{3})ab", r"(?<![\wäöüß])z", r"(?<=x)a|b",
    r"(?<!ab)c", r"(?<!\w.{6})(?<=x)a",
])
def test_look_behinds_of_fixed_width_by_their_spelling_are_deferred(source: str) -> None:
    made = _branch_pattern(source)
    assert isinstance(made, LazyPattern)
    re.compile(source)  # (and they do compile)


@pytest.mark.parametrize("source", [r"(?<=a|bc)x", r"(?<=\w+)x", r"(?<!\w.?)y", r"z(?<=(?:ab|c))"])
def test_a_look_behind_of_varying_width_still_fails_at_construction(source: str) -> None:
    with pytest.raises(re.error):
        _branch_pattern(source)
    with pytest.raises(re.error):
        ExistenceTest(f"quer|{source}")


@pytest.mark.parametrize("source", [r"(?<=\))x", r"(?<=(a))x", r"(?<=\.)x", r"(?<=a)b(?<=\w+c)d"])
def test_other_look_behinds_are_compiled_at_once(source: str) -> None:
    try:
        made = _branch_pattern(source)
    except re.error:
        return
    assert isinstance(made, re.Pattern)


def test_every_deferred_branch_of_the_pipeline_compiles() -> None:
    ready_pipeline()
    was_frozen = gc.get_freeze_count()
    gc.unfreeze()  # the loaded pipeline is frozen out of the collector's walks (models/extraction_process.py)
    try:
        tests = [o for o in gc.get_objects() if isinstance(o, ExistenceTest)]
    finally:
        if was_frozen:
            gc.freeze()
    lazy = [branch for test in tests for _literals, branch in test.gated if isinstance(branch, LazyPattern)]
    assert len(tests) > 100 and len(lazy) > 1_000
    for branch in lazy:
        assert branch.compiled.pattern == branch.pattern
