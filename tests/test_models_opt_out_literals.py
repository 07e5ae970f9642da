"""The literal pre-tests of models/opt_out.py tied to the phrasings they gate (issue 7, session 56, opt56; the brief's
code-health item: "opt_out's literal pre-tests restate words of JSON patterns by hand").

A pre-test skips the phrasing's search where none of its literals occurs, so a phrasing widened in the JSON file
without its literal would silently never match there. Every example of the phrasing that the phrasing matches must
therefore pass its pre-test; a new example with a new word fails here until the literal list learns it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from models import opt_out

PHRASINGS = json.loads(Path(opt_out.PHRASINGS_FILE).read_text(encoding="utf-8"))["phrasings"]

# (phrasing, the literals its pre-test asks, a word the pre-test asks beside them)
GATED = [
    ("default_consent", opt_out._DEFAULT_CONSENT_LITERALS, "wer "),
    ("change_end", opt_out._CHANGE_END_LITERALS, None),
    ("reversal_told", opt_out._REVERSAL_LITERALS, None),
]


@pytest.mark.parametrize(("name", "literals", "also"), GATED, ids=[g[0] for g in GATED])
def test_every_matched_example_passes_its_literal_pretest(name: str, literals: tuple[str, ...], also: str | None) -> None:
    examples = PHRASINGS[name].get("examples", [])
    assert examples, f"{name} has no examples to tie its pre-test to"
    rx = getattr(opt_out._S, name)
    missed = [
        text for text in examples
        if rx.search(text) and not (any(word in text for word in literals) and (also is None or also in text))
    ]
    assert not missed, f"{name}: examples its literal pre-test would skip: {missed}"


def test_the_held_belief_pretest_is_derived_from_its_pattern() -> None:
    """`_inside_held_belief`'s pre-test is the phrasing's own required words (models/regex_tools.py gate_words), so
    it cannot drift from the pattern; every example passes it."""
    from models.regex_tools import may_hold

    assert opt_out._HELD_BELIEF_WORDS
    for text in PHRASINGS["held_belief"]["examples"]:
        assert may_hold(opt_out._HELD_BELIEF_WORDS, text), text
