"""The relative pronouns, one alternation (models/context.py RELATIVE_PRONOUN) for the clause-start reader
(RELATIVE_START: year, price, data_shared) and moment.py's closed relative clause (issue 7, session 42, merge42;
review41 item 11: three spellings, "denen" in one and not the other). The phrases are written for the test."""
from __future__ import annotations

import pytest

from models import context, moment


@pytest.mark.parametrize("pronoun", ["der", "die", "das", "den", "dem", "denen", "deren", "dessen", "welche",
                                     "welcher", "welches", "welchem", "welchen"])
def test_every_relative_pronoun_opens_a_relative_clause_for_both_readers(pronoun: str) -> None:
    assert context.RELATIVE_START.match(f" {pronoun} Facebook 2014 kaufte")
    assert moment._COMMA_RELATIVE.search(f"die Gründer, {pronoun} Facebook bezahlte")


@pytest.mark.parametrize("word", ["dieser", "denn", "dass", "derzeit", "welchselbe"])
def test_near_words_open_none(word: str) -> None:
    assert not context.RELATIVE_START.match(f" {word} Facebook 2014 kaufte")
    assert not moment._COMMA_RELATIVE.search(f"die Gründer, {word} Facebook bezahlte")
