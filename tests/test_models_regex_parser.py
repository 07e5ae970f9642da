"""models/regex_tools.cpython_regex_parser: the one access to CPython's private regex parser. These tests fail
loudly when a Python upgrade moves it or changes the shape `required_literals` reads."""
from __future__ import annotations

import re
import sys

import pytest

from models import regex_tools


def test_the_parser_returns_the_shape_required_literals_reads() -> None:
    parse, opcodes = regex_tools.cpython_regex_parser()
    op = dict(zip(regex_tools.REGEX_OPCODES, opcodes))
    parsed = parse(r"k(an|ön)(?>n)e+?x*+(?i:y)(?=z)")
    assert parsed.state.flags & re.IGNORECASE == 0 and parse("(?i)x").state.flags & re.IGNORECASE  # global flags
    items = list(parsed.data)
    assert items[0] == (op["LITERAL"], ord("k"))  # a literal: its code point
    kind, (group, add_flags, _del_flags, body) = items[1]  # a group: (number, flags added, flags removed, body)
    assert kind is op["SUBPATTERN"] and group == 1 and add_flags == 0
    [(branch_kind, (_none, branches))] = list(body)  # an alternation: (None, [branch, ...])
    assert branch_kind is op["BRANCH"] and [[chr(c) for _k, c in b] for b in branches] == [["a", "n"], ["ö", "n"]]
    assert items[2][0] is op["ATOMIC_GROUP"] and list(items[2][1]) == [(op["LITERAL"], ord("n"))]  # body only
    kind, (least, _most, body) = items[3]  # a repeat: (min, max, body)
    assert kind is op["MIN_REPEAT"] and least == 1 and list(body) == [(op["LITERAL"], ord("e"))]
    assert items[4][0] is op["POSSESSIVE_REPEAT"] and items[4][1][0] == 0 and items[3][1][1] == items[4][1][1]
    assert items[5][0] is op["SUBPATTERN"] and items[5][1][1] & re.IGNORECASE  # local flags: added by the group
    assert op["MAX_REPEAT"] is parse("e+")[0][0]
    kind, (direction, body) = items[6]  # a lookahead: (1, body); a lookbehind (-1, body)
    assert kind is op["ASSERT"] and direction == 1 and list(body) == [(op["LITERAL"], ord("z"))]
    assert parse("(?<=z)")[0][1][0] == -1
    # What the module builds on it: the literals every match holds (none inside the case-insensitive group); the
    # run "k" goes on through the group of literal alternatives (issue 7, session 34, scope34: the Swiss fold's "(?:ß|ss)").
    assert regex_tools.pattern_literals(r"k(an|ön)(?>n)e+?x*+(?i:y)") == frozenset({"kan", "kön"})
    assert regex_tools.pattern_literals(r"\bblo(?:ß|ss)\b|\bnur\b") == frozenset({"bloß", "bloss", "nur"})
    assert regex_tools.pattern_literals(r"ab(?:ge)?ruf(?:en|t)") == frozenset({"rufen", "ruft"})  # optional: a break


@pytest.mark.parametrize("moved", ["parser", "opcode"])
def test_a_moved_parser_fails_at_import_with_a_clear_message(monkeypatch, moved: str) -> None:
    if moved == "parser":
        monkeypatch.delattr(re, "_parser")
        monkeypatch.setitem(sys.modules, "re._parser", None)  # `from re import _parser` raises ImportError
    else:
        monkeypatch.delattr(re._constants, "POSSESSIVE_REPEAT")
    with pytest.raises(ImportError, match=r"re\._parser.*Point cpython_regex_parser \(models/regex_tools\.py\)"):
        regex_tools.cpython_regex_parser()
