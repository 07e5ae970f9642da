"""Rewriting cue patterns so Python's regex engine scans them fast, matching the same text.

Python's `re` skips quickly over positions whose character cannot start a
match, but only when every top-level branch of a pattern begins with a
literal; a leading `\\b` defeats that. `literal_first` moves such a `\\b`
behind the first character: `\\bkann` becomes `k(?<!\\w.)ann`.
"""
from __future__ import annotations

import platform
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

try:
    import ahocorasick
except ImportError:  # a venv not reinstalled since the dependency came: substring tests in Python instead
    ahocorasick = None

# Placed after a first character: the one before that character is no word character.
_WORD_START = r"(?<!\w.)"

# The opcodes of CPython's parsed patterns that `required_literals` reads.
REGEX_OPCODES = (
    "ASSERT", "ATOMIC_GROUP", "BRANCH", "LITERAL", "MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT", "SUBPATTERN",
)


def cpython_regex_parser() -> tuple[Callable[[str], Any], tuple[Any, ...]]:
    """CPython's own regex parser (`re._parser.parse`) and the opcodes `REGEX_OPCODES` (`re._constants`).

    The one place this project reads private modules of the standard library. Why: `pattern_literals`
    needs the exact structure of a pattern (the literals every match contains, which gate the Aho-Corasick
    masks), and Python has no public API for it (`sre_parse`/`sre_constants` are the same modules under
    names deprecated since 3.11; a parser of our own would have to match CPython's syntax exactly).
    A Python that moves or renames them fails here, at import, with this message;
    tests/test_models_regex_parser.py checks the shape of what the parser returns."""
    try:
        from re import _constants, _parser

        return _parser.parse, tuple(getattr(_constants, name) for name in REGEX_OPCODES)
    except (ImportError, AttributeError) as error:
        raise ImportError(
            f"models.regex_tools reads CPython's private regex parser (re._parser.parse) and its opcodes "
            f"(re._constants: {', '.join(REGEX_OPCODES)}); Python {platform.python_version()} has moved or "
            "renamed them. Point cpython_regex_parser (models/regex_tools.py) at their new home."
        ) from error


_parse, (ASSERT, ATOMIC_GROUP, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN) = (
    cpython_regex_parser()
)


def longest_first(words: Iterable[str]) -> str:
    """A regex alternation of `words` as literals, longest first, so that a word wins over its own prefix at the same
    place ("dreizehn" over "drei", "Dollars" over "Dollar"); words of one length, which cannot both match at one
    place, in alphabetical order (the same pattern in every run)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=_longest_first_key))


def longest_first_patterns(patterns: Iterable[str]) -> str:
    """`longest_first` for entries that are regular expressions already (not escaped): a pattern that begins another
    is tried after it, patterns of one length in alphabetical order (a set's order changes with the hash seed)."""
    return "|".join(sorted(set(patterns), key=_longest_first_key))


def _longest_first_key(word: str) -> tuple[int, str]:
    """Longer first, then alphabetical: the order of `longest_first` and `longest_first_patterns`."""
    return -len(word), word


# The edges of a German word inside a pattern: no word character (a letter, umlauts and "ß" included, or a digit) right
# before it, or right after it.
EDGE_BEFORE, EDGE_AFTER = r"(?<![\wäöüß])", r"(?![\wäöüß])"


def grouped(entries: Iterable[str]) -> str:
    """The regular expressions `entries` as one group of alternatives, each a group of its own, `(?:(?:a)|(?:b))`: a
    vocabulary list of a patterns file put inside a phrase shape (an entry may hold an alternation of its own)."""
    return "(?:" + "|".join(f"(?:{entry})" for entry in entries) + ")"


def blank_span(text: str, start: int, end: int) -> str:
    """`text` with [start, end) replaced by as many spaces: later rules read the rest while every offset stays valid."""
    return text[:start] + " " * (end - start) + text[end:]


def trim_span(text: str, start: int, end: int, chars: str) -> tuple[int, int]:
    """[start, end) of `text` shrunk past every character of `chars` and every whitespace at both its ends: a claim's
    span without the punctuation its reader names (opt_out.py's quotes and dashes, opt_out_steps.py's menu arrows
    "=>" as well)."""
    while start < end and (text[start] in chars or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in chars or text[end - 1].isspace()):
        end -= 1
    return start, end


def split_at(breaks: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The non-empty (start, end) ranges of `text` between matches of `breaks`; [(0, len(text))] when none."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in breaks.finditer(text):
        start, end = m.span()  # (one call for both offsets)
        if start > pos:
            spans.append((pos, start))
        pos = end
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans or [(0, len(text))]


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for the structural characters of `pattern`.

    Escaped characters and character classes are skipped, so only `(`, `)` and `|`
    outside classes are reported, with the nesting depth they leave behind.
    """
    depth, in_class, i = 0, False, start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[ch]
            yield i, ch, depth
        i += 1


def top_level_branches(pattern: str) -> list[str]:
    """Split `pattern` at its top-level `|` (outside groups and character classes)."""
    parts, start = [], 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def group_end(pattern: str, i: int) -> int:
    """Index just after the group opening at pattern[i] == '('."""
    for j, ch, depth in _structure(pattern, i):
        if ch == ")" and depth == 0:
            return j + 1
    raise ValueError("unbalanced group")


def _leading_letters(branch: str, digits: bool = False) -> int:
    """How many letters `branch` opens with that every match begins with: its run of letters, less the last one
    where a quantifier follows it (`kommt?` opens with `komm`). `digits`: ASCII digits count as letters too."""
    n = 0
    while n < len(branch) and (branch[n].isalpha() or digits and branch[n] in _ASCII_DIGITS):  # (umlauts and "ß" too)
        n += 1
    return n - 1 if n and branch[n:n + 1] in ("?", "*", "+", "{") else n


def _after_letters(word_start: str, n: int) -> str:
    """`word_start` (a lookbehind over one letter and the character before it, ending in `.)`) widened to look
    back over `n` letters: the character before the first of them is tested, the letters themselves pass `.`."""
    if not word_start.endswith(".)"):
        raise ValueError(f"word-start assertion must end with '.)': {word_start}")
    return word_start if n == 1 else f"{word_start[:-2]}.{{{n}}})"


_ASCII_DIGITS = "0123456789"


def _starts_word(branch: str, word_start: str = _WORD_START, digits: bool = False) -> str | None:
    """`branch` (which must match at a word start) rewritten to begin with a literal, else None.
    `word_start`: the assertion, placed after the first character, that no word character precedes it.
    It is placed after the whole run of letters the branch opens with (`\\beinzeln` -> `einzeln(?<!\\w.{7})`):
    the engine then skips to where the run stands, not to every occurrence of its first letter (an `e` in German
    text starts a failed attempt every few characters); the same matches, letters being no newlines."""
    if branch[:1].isalpha() or branch[:1] in "äöüß" or digits and branch[:1] in _ASCII_DIGITS:
        n = _leading_letters(branch, digits)
        if n == 0:
            return None
        return branch[:n] + _after_letters(word_start, n) + branch[n:]
    if branch.startswith("(?:"):
        end = group_end(branch, 0)
        if branch[end : end + 1] in ("?", "*", "{"):
            return None
        inner = [_starts_word(alt, word_start, digits) for alt in top_level_branches(branch[3 : end - 1])]
        if any(alt is None for alt in inner):
            return None
        return "(?:" + "|".join(inner) + ")" + branch[end:]
    return None


def first_letter_led(branch: str, assertion: str) -> str | None:
    """`branch` rewritten so that each of its alternatives begins with its first letter, followed by `assertion`
    (a lookbehind over that letter and the character before it, e.g. `(?<![\\w-].)`: no word character or hyphen
    before the letter); None when an alternative does not begin with a fixed letter. The same matches as
    `assertion`'s test in front of `branch`, but the engine skips to the positions holding a possible first letter
    (a leading lookbehind hides them from it)."""
    led = _starts_word(branch, assertion)
    if led is None:
        led = _starts_word(optional_opening_split(branch), assertion)
    if led is None or re.search(re.escape(assertion) + r"[?*+{]", led):
        return None  # (a quantifier right after a first letter: the letter is no fixed character)
    return led


def optional_opening_split(branch: str) -> str:
    """`branch` with every alternative that opens with a greedy optional group, `(?:X)?REST`, written as the two
    alternatives the engine tries in that order, `(?:(?:X)REST|REST)` (and so on inside REST and inside groups):
    the same matches, but each alternative now opens with what it must match first."""
    out = []
    for alternative in top_level_branches(branch):
        if alternative.startswith("(?:"):
            end = group_end(alternative, 0)
            group, rest = alternative[:end], alternative[end:]
            if rest.startswith("?") and not rest.startswith(("??", "?+")):
                rest = rest[1:]
                alternative = "(?:" + group + rest + "|" + optional_opening_split(rest) + ")" if rest else alternative
            elif not rest[:1] in ("?", "*", "+", "{"):
                alternative = "(?:" + optional_opening_split(group[3:-1]) + ")" + rest
        out.append(alternative)
    return "|".join(out)


def literal_first(pattern: str) -> str:
    """`pattern` with the leading `\\b` of its top-level branches moved behind their first character."""
    out = []
    for branch in top_level_branches(pattern):
        if branch.startswith(r"\b"):
            moved = _starts_word(branch[2:])
            branch = moved if moved is not None else branch
        out.append(branch)
    return "|".join(out)


def literal_led(pattern: str) -> str:
    """`literal_first(pattern)` with each top-level branch that opens with a group of letter-led alternatives spread
    into one branch per alternative (`spread_opening`): the same matches, for a pattern compiled as it is (a caller
    appending to the result would bind what it appends to the last branch only: it takes `literal_first`)."""
    return "|".join(spread_opening(branch) for branch in top_level_branches(literal_first(pattern)))


def _captures(pattern: str) -> bool:
    """Does `pattern` hold a capturing group (`(` outside classes and escapes, not `(?`, or `(?P<`)?"""
    return any(ch == "(" and (pattern[i + 1:i + 2] != "?" or pattern.startswith("(?P<", i))
               for i, ch, _depth in _structure(pattern))


def spread_opening(branch: str) -> str:
    """`branch` opening with a group of alternatives each opening with a letter, `(?:A|B)REST`, written as the
    alternatives `AREST|BREST`: the same matches in the same order (the engine tries A with REST, then B with REST),
    but an alternation whose branches all open with a letter lets the engine skip to those letters, where a nested
    group in front makes it try the pattern at every position (speed23). Left as it is with a capturing group (it
    would be numbered twice) or a quantified group."""
    if not branch.startswith("(?:"):
        return branch
    end = group_end(branch, 0)
    alternatives = top_level_branches(branch[3:end - 1])
    if (len(alternatives) < 2 or branch[end:end + 1] in ("?", "*", "+", "{") or _captures(branch)
            or not all(alt[:1].isalpha() and alt[1:2] not in ("?", "*", "+", "{") for alt in alternatives)):
        return branch
    return "|".join(alt + branch[end:] for alt in alternatives)


def existence_parts(branch: str) -> list[str]:
    """`branch` as patterns of which one matches at a position (inside any bounds) exactly where `branch` does: a branch
    opening with a group of letter-led alternatives, `(?:A|B)REST`, is `AREST` and `BREST`; any other branch is itself.

    For `ExistenceTest` only (whether a match exists, and where the leftmost one starts), where each part is compiled
    and searched on its own: the engine matches at a position where some alternative leads to a match (it backtracks
    into the next alternative when REST fails after one); the end of the match may differ, the start does not; and a group in REST numbered in every part is numbered once
    per compiled part (so, unlike `spread_opening`, a capturing group does not stop the cut; a back-reference does: its
    group could move). Speed (speed28): Python's engine finds no prefix for an alternation nested in front, so it tries
    the whole branch at every position of the text ("(?:nur(?<!\\w.{3})|genau(?<!\\w.{5}))\\s+..." 3.3 us on a
    133-character sentence, its "nur" part alone 0.3 us), while each part opens with a letter the engine skips to, and
    each part is searched only where its own literals occur."""
    if not branch.startswith("(?:") or "(?P=" in branch or re.search(r"\\[1-9]", branch):
        return [branch]
    end = group_end(branch, 0)
    alternatives = top_level_branches(branch[3:end - 1])
    if (len(alternatives) < 2 or branch[end:end + 1] in ("?", "*", "+", "{")
            or not all(alt[:1].isalpha() and alt[1:2] not in ("?", "*", "+", "{") for alt in alternatives)):
        return [branch]
    return [alt + branch[end:] for alt in alternatives]


# --------------------------------------------------------------------------- existence tests
# Whether a cue occurs at all is most of what the components ask ("does this sentence hold an
# impossibility cue?"). A cue is an alternation of many branches; most sentences hold none of
# them, and Python's engine tries every branch at every position. `ExistenceTest` asks each
# branch only where a literal that every match of that branch must contain occurs in the text
# (a plain substring test, far cheaper than the scan), with the same answer as `search`.

# Zero-width assertions that may frame a group: lookbehinds, lookaheads, `\b`.
_ASSERTION_OPENERS = ("(?<!", "(?<=", "(?=", "(?!")
# The word-edge lookbehind the deal cues open with (models/context.py `cue`), and the same test placed after
# a first character (`_literal_led`): the character before that one is no word character.
_NO_WORD_BEFORE = r"(?<![\wäöüß])"
_NO_WORD_BEFORE_AFTER_FIRST = r"(?<![\wäöüß].)"


def _assertions_end(branch: str, i: int) -> int:
    """Index after the run of zero-width assertions (lookarounds, `\\b`) starting at `branch[i]`."""
    while True:
        if branch.startswith(r"\b", i):
            i += 2
        elif branch.startswith(_ASSERTION_OPENERS, i):
            i = group_end(branch, i)
        else:
            return i


def distributed(branch: str) -> list[str]:
    """`branch` as alternatives of which any matches exactly where `branch` matches somewhere.

    A branch that is one group of alternatives framed only by zero-width assertions
    ("(?<![\\w])(?:(?:kauf\\w*)|(?:preis))(?![\\w])", every deal cue list) is cut into one branch per
    alternative, each framed by the same assertions: then each is asked only where its own literals
    occur, instead of the whole list wherever any of them does. Existence only: group numbers change.
    """
    if "(?P=" in branch or re.search(r"\\[1-9]", branch):
        return [branch]  # a back-reference: its group would move
    i = _assertions_end(branch, 0)
    if not branch.startswith("(?:", i):
        return [branch]
    end = group_end(branch, i)
    if branch[end:end + 1] in ("?", "*", "+", "{") or _assertions_end(branch, end) != len(branch):
        return [branch]
    before, inner, after = branch[:i], branch[i + 3:end - 1], branch[end:]
    alternatives = top_level_branches(inner)
    if len(alternatives) == 1:
        # One alternative: the group changes nothing; one nested inside it may still be cut.
        return distributed(before + inner + after) if inner.startswith("(?:") else [branch]
    return [part for alt in alternatives for part in distributed(f"{before}(?:{alt}){after}")]


def _literal_led(branch: str) -> str:
    """`literal_first(branch)`, and a leading word-edge lookbehind moved behind the first letter as well
    (the engine then skips to that letter's occurrences): the same matches."""
    if branch.startswith(_NO_WORD_BEFORE):
        # (behind a leading run of digits too: "20(?<![\\wäöüß].{2})(?:1[5-9]|2\\d)" for a year, moment._LOOKS_BACK;
        # speed28)
        moved = _starts_word(branch[len(_NO_WORD_BEFORE):], _NO_WORD_BEFORE_AFTER_FIRST, digits=True)
        if moved is not None:
            return moved
    if branch.startswith(_LOOKBEHIND_OPENERS):
        moved = _lookbehind_moved(branch)
        if moved is not None:
            return moved
    return literal_first(branch)


_LOOKBEHIND_OPENERS = ("(?<!", "(?<=")


def _lookbehind_moved(branch: str) -> str | None:
    """`branch` opening with any lookbehind, `(?<!L)` or `(?<=L)`, whose rest opens with a run of letters (each
    alternative of a leading group, as `_starts_word` reads it): the lookbehind placed after the run and widened over
    it, `(?<!unge)nutz(?:t|en)` -> `nutz(?<!(?:unge).{4})(?:t|en)`; else None. The same matches (the letters the
    widened lookbehind passes with `.` are no newlines, and a lookbehind reads before a search's `pos` either way),
    but the engine skips to where the run stands instead of testing the lookbehind at every position of the text
    (speed34, session 34: `(?<=\\s{4})(?:an|für|zu)\\s+(?:facebook|meta)...` cost 25 us a search on real text)."""
    end = group_end(branch, 0)
    assertion = f"{branch[:4]}(?:{branch[4:end - 1]}).)"  # (a group: `L` may hold a top-level `|`)
    return _starts_word(_literal_led(branch[end:]), assertion, digits=True)



def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective candidate: longest shortest literal, then fewest alternatives."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(s) for s in c), -len(c)))


#: Up to how many strings a literal run may stand for when a group of literal alternatives continues it.
_RUN_FORMS = 8


def _exact_strings(parsed: Any) -> frozenset[str] | None:
    """The strings the parsed sequence matches, where it is made of literals and groups of literal alternatives only
    (the Swiss fold's "(?:ß|ss)", models/layer/spelling.py; "(?:gibt|gab)"), at most `_RUN_FORMS`; else None."""
    forms = frozenset({""})
    for op, av in parsed:
        if op is LITERAL:
            forms = frozenset(form + chr(av) for form in forms)
            continue
        if op is SUBPATTERN and not av[1] and not av[2]:
            inner = _exact_strings(av[3])
        elif op is BRANCH:
            branches = [_exact_strings(branch) for branch in av[1]]
            inner = None if any(b is None for b in branches) else frozenset().union(*branches)  # type: ignore[arg-type]
        else:
            return None
        if inner is None or len(forms) * len(inner) > _RUN_FORMS:
            return None
        forms = frozenset(form + part for form in forms for part in inner)
    return forms


def required_literals(parsed: Any, flags: int = 0) -> frozenset[str] | None:
    """Strings of which every match of the parsed sequence contains at least one; None when unknown.

    Only parts every match must pass through count: literal runs of the sequence itself, groups,
    repeats of at least one, and alternations whose every branch has such strings. Case-insensitive
    parts give None (a literal there is no fixed string). A group of literal alternatives continues the
    literal run around it as the run's forms ("lie(?:ß|ss)en": "ließen" or "liessen"), up to `_RUN_FORMS`.
    """
    if flags & re.IGNORECASE:
        return None
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if run != {""}:
            candidates.append(frozenset(run))
        run = {""}

    for op, av in parsed:
        if op is LITERAL:
            run = {form + chr(av) for form in run}
            continue
        exact = _exact_strings([(op, av)]) if op in (SUBPATTERN, BRANCH) else None
        if exact is not None and "" not in exact and len(run) * len(exact) <= _RUN_FORMS:
            run = {form + part for form in run for part in exact}
            continue
        flush()
        inner: frozenset[str] | None = None
        if op is SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            inner = required_literals(sub, flags | add_flags)
        elif op is ATOMIC_GROUP:
            inner = required_literals(av, flags)
        elif op is BRANCH:
            alternatives = [required_literals(branch, flags) for branch in av[1]]
            if all(alt is not None for alt in alternatives):
                inner = frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = required_literals(av[2], flags)
        if inner:
            candidates.append(inner)
    flush()
    return _best(candidates)


def pattern_literals(pattern: str) -> frozenset[str] | None:
    """`required_literals` of a pattern's source, read with CPython's own parser (its global flags
    included: a case-insensitive pattern has none). Raises re.error for a pattern that does not parse."""
    parsed = _parse(pattern)
    return required_literals(parsed.data, parsed.state.flags)


def lookahead_literals(parsed: Any, flags: int = 0) -> frozenset[str] | None:
    """Strings of which, for every match of the parsed sequence, the text from the match's start holds one: the
    `required_literals` of a positive lookahead at the sequence's top level (each must match wherever the sequence
    does; it reads no further than a search's `endpos`). None when there is none such."""
    if flags & re.IGNORECASE:
        return None
    found = [required_literals(av[1], flags) for op, av in parsed if op is ASSERT and av[0] == 1]
    return _best([words for words in found if words])


def gate_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings of which every match of `pattern` holds one (`pattern_literals`, the shortest forms), for `may_hold`;
    for a pattern whose match itself holds none, those its top-level lookahead requires (`lookahead_literals`: the
    phrasing opt_out demand_after, matched empty before the clause a postposed verb of demanding reports). None:
    unknown (a case-insensitive pattern, or one without such strings): `may_hold` then always answers True."""
    parsed = _parse(pattern.pattern)
    words = required_literals(parsed.data, parsed.state.flags) or lookahead_literals(parsed.data, parsed.state.flags)
    if not words:
        return None
    # A word holding another one is left out: where it occurs, so does the other ("nicht" answers for "nichts").
    return tuple(sorted(word for word in words if not any(other != word and other in word for other in words)))


def may_hold(words: tuple[str, ...] | None, text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """False only when no match of the pattern `words` came from (`gate_words`) can lie in text[pos:endpos]: none of
    them occurs there, and every match of a search with those bounds lies inside them (lookarounds, which may read
    before `pos`, hold no required literal). A few substring scans in C instead of the engine's attempt at every
    position of a stretch that, for the phrasings asked so, mostly holds none (speed22)."""
    return words is None or literal_found(words, None, text, pos, endpos)


#: Up to how many literals (over all its gated branches) an `ExistenceTest` answers `__call__` by substring tests.
SUBSTRING_LITERALS = 6


class LazyPattern:
    """A branch's compiled pattern, compiled at its first `search` (speed49, session 49): the same answers.

    Most branches of the existence tests are searched in no text a process reads (734 of 3,975 on 1,000
    generated articles), yet compiling them all cost about 0.5 CPU s of every process's pipeline load (each
    bench stage and worker loads its own). The first `search` compiles the source with `re.compile` and binds
    that pattern's own `search` on the instance, so every later call is the compiled pattern's method, looked
    up in the instance's dictionary (no wrapper on the hot path). Only for a source that parsed already
    (`pattern_literals`): without a look-behind, a source CPython's parser accepts also compiles (its compiler
    raises only for look-behinds, and for internal errors), so no `re.error` moves from construction to a
    search; `_branch_pattern` compiles sources with a look-behind at once.
    """

    def __init__(self, source: str) -> None:
        self.pattern = source

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (`re.compile(source)`; compiled now if it was not yet)."""
        compiled = re.compile(self.pattern)
        self.search = compiled.search  # type: ignore[method-assign]
        return compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`re.compile(source).search(text, pos, endpos)`; the first call compiles."""
        return self.compiled.search(text, pos, endpos)


# The body of a look-behind of fixed width, as `literal_first` and the cue files write them ("\\w.{6}",
# "[\\wäöüß]"): one-character atoms (a class escape, ".", a bracket class, a letter), each at most once a count.
_FIXED_LOOK_BEHIND = re.compile(r"\(\?<[=!](?:(?:\\[wWsSdD]|\.|\[(?:[^\]\\]|\\.)+\]|[^\W\d_])(?:\{\d{1,3}\})?)+\)")


def _branch_pattern(source: str) -> re.Pattern[str] | LazyPattern:
    """A gated branch's pattern: at its first search (`LazyPattern`) where every look-behind it holds has a body
    of fixed width by its very spelling (`_FIXED_LOOK_BEHIND`); else compiled now, since a look-behind's width is
    checked by CPython's compiler, not its parser: an `re.error` is then raised here, as before."""
    look_behinds = source.count("(?<=") + source.count("(?<!")
    if look_behinds and look_behinds != len(_FIXED_LOOK_BEHIND.findall(source)):
        return re.compile(source)
    return LazyPattern(source)


class ExistenceTest:
    """`pattern.search(text) is not None`, answered branch by branch behind substring tests.

    A text matches an alternation where one of its top-level branches matches, so each branch
    is compiled on its own and searched only when the text holds one of the literals every
    match of that branch contains (`required_literals`). Branches without such literals are
    searched together, as one alternation. Patterns with global inline flags are searched whole.

    Which literals a text holds is found by one Aho-Corasick scan (pyahocorasick, in C) over the
    literals of every branch, not by one substring test per literal in Python (about 16 per call
    on real text): a branch is searched at the first occurrence of one of its literals, once.
    """

    def __init__(self, pattern: str) -> None:
        self.whole = re.compile(pattern)
        self.gated: list[tuple[tuple[str, ...], re.Pattern[str]]] = []
        self.rest: re.Pattern[str] | None = None
        self._literals: Any = None  # the automaton of the gated branches' literals (below)
        self._by_substring = False  # `__call__` by `in` tests although there is an automaton (few literals, below)
        branches = top_level_branches(pattern)
        if self.whole.flags & ~re.UNICODE or any(b.startswith("(?") and b[2:3].isalpha() for b in branches):
            self.rest = self.whole  # flags (global or leading a branch): no split
            return
        if all(b.startswith(("^", r"\A")) for b in branches):
            self.rest = self.whole  # anchored: the search tries one position, cheaper than any substring test
            return
        ungated: list[str] = []
        try:
            for branch in (part for whole in branches for part in distributed(whole)):
                literals = pattern_literals(branch) if branch else None
                if literals:
                    for part in existence_parts(_literal_led(branch)):
                        # a part matches only where the branch does: the branch's literals hold for it too
                        part_literals = pattern_literals(part) or literals
                        self.gated.append((tuple(sorted(part_literals)), _branch_pattern(part)))
                else:
                    ungated.append(branch)
        except re.error:
            self.gated, ungated = [], [pattern]  # a branch that does not stand alone (a back-reference)
        if ungated:
            self.rest = re.compile(literal_first("|".join(ungated)))
        self._literals = _literal_automaton(self.gated)
        # A test with few literals asks them by `in` (a scan in C each) rather than walking the automaton's hits
        # in Python: cheaper up to about six literals (speed25, session 18: every call of the components over the
        # real texts replayed, 0.215 -> 0.157 CPU s a pass for those tests; from nine on the automaton wins by 2x).
        # The automaton stays for `possible`, `in_stretch` and `PossibleCues`.
        self._by_substring = sum(len(literals) for literals, _branch in self.gated) <= SUBSTRING_LITERALS

    @property
    def scans_literals(self) -> bool:
        """True when every branch is gated and one automaton scan finds their literals (`possible` can then
        rule the pattern out); False with an ungated branch, or without pyahocorasick."""
        return self.rest is None and self._literals is not None

    def possible(self, text: str) -> bool:
        """False only when no branch can match in `text` nor in any stretch of it (a search with pos and
        endpos): none of any branch's literals occurs. Cheaper than a search; True says nothing."""
        if self.rest is not None:
            return True
        return literal_found((literal for literals, _branch in self.gated for literal in literals), self._literals, text)

    def first_start(self, text: str) -> int | None:
        """Where the leftmost match of `pattern` in `text` starts (None: nowhere), from the branches alone.

        A text matches the alternation at a position where one of its branches matches there, and every
        branch is searched in a same-match form (`distributed`, `_literal_led`), so the leftmost start is the
        least of the branches' leftmost starts; a branch none of whose literals occurs matches nowhere."""
        candidates = self._holding_literals(text, 0, len(text))
        starts = [found.start() for found in (self.gated[i][1].search(text) for i in candidates) if found is not None]
        if self.rest is not None:
            found = self.rest.search(text)
            if found is not None:
                starts.append(found.start())
        return min(starts, default=None)

    def _holding_literals(self, text: str, pos: int, endpos: int) -> set[int]:
        """The indices of the gated branches one of whose literals lies inside text[pos:endpos]."""
        if self._literals is None:
            stretch = text[pos:endpos]
            return {i for i, (literals, _branch) in enumerate(self.gated) if any(lit in stretch for lit in literals)}
        return {i for _end, (_mask, indices) in self._literals.iter(text, pos, endpos) for i in indices}

    def in_stretch(self, text: str, pos: int, endpos: int) -> bool:
        """`pattern.search(text, pos, endpos) is not None`, asked branch by branch: the alternation matches inside
        the bounds where one of its branches does (each in a same-match form), and a branch can match there only
        where one of its literals lies inside them (lookarounds, which may read beyond the bounds, hold none).
        Speed (speed23): a search of the whole alternation tries every branch at every position of the stretch."""
        gated = self.gated
        if any(gated[i][1].search(text, pos, endpos) is not None for i in self._holding_literals(text, pos, endpos)):
            return True
        return self.rest is not None and self.rest.search(text, pos, endpos) is not None

    def first(self, pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
        """`pattern.search(text)` (the same start, end and groups; `pos` is where it starts), where `pattern` is
        this test's pattern in a same-match form (`literal_first`): a big alternation tries every branch at
        every position before the match, the search from `first_start` at one."""
        start = self.first_start(text)
        return None if start is None else pattern.search(text, start)

    def __call__(self, text: str) -> bool:
        """True when `pattern` matches somewhere in `text`."""
        if self._literals is None or self._by_substring:
            for literals, branch in self.gated:
                for literal in literals:
                    if literal in text:
                        if branch.search(text) is not None:
                            return True
                        break
        else:
            gated = self.gated
            tried = 0  # bit i: branch i was searched (at the first occurrence of one of its literals)
            for _end, (mask, indices) in self._literals.iter(text):
                if mask & ~tried:
                    for i in indices:
                        if not tried >> i & 1:
                            tried |= 1 << i
                            if gated[i][1].search(text) is not None:
                                return True
        return self.rest is not None and self.rest.search(text) is not None


class PossibleCues:
    """Which of several `ExistenceTest`s can match in a text, from one Aho-Corasick scan for all of them.

    A test can match only where one of its branches' literals occurs (or it has branches without literals:
    then always). One scan per sentence answers for every cue at once; a cue ruled out needs no test of
    its own, on the sentence or on any stretch of it (a clause).
    """

    def __init__(self, tests: dict[str, ExistenceTest]) -> None:
        self.bit = {name: 1 << i for i, name in enumerate(tests)}
        by_literal, self._always = literal_bits(tests, self.bit)
        # Without pyahocorasick no test `scans_literals`, so `by_literal` is empty: no automaton needed.
        self._automaton = valued_automaton(by_literal)

    def possible(self, text: str) -> int:
        """Bit `self.bit[name]` set: cue `name` may match in `text` (or in a stretch of it); unset: it cannot."""
        return bits_found(self._automaton, text, self._always)


def literal_bits(tests: dict[str, ExistenceTest], bit: dict[str, int]) -> tuple[dict[str, int], int]:
    """({literal: bits of the tests one of whose branches needs it}, bits of the tests that are always possible):
    a test with an ungated branch, or without an automaton of its own, can match anywhere."""
    always = 0
    by_literal: dict[str, int] = {}
    for name, test in tests.items():
        if not test.scans_literals:
            always |= bit[name]  # an ungated branch, or no automaton: always asked
            continue
        for literals, _branch in test.gated:
            for literal in literals:
                by_literal[literal] = by_literal.get(literal, 0) | bit[name]
    return by_literal, always


def literal_automaton(words: Iterable[str]) -> Any:
    """An Aho-Corasick automaton (pyahocorasick) finding any of `words` in a text in one scan in C;
    None when there is nothing to find, a word is empty, or pyahocorasick is missing (callers then
    test `word in text` word by word: the same answers)."""
    return valued_automaton({word: word for word in words})


def valued_automaton(values: dict[str, Any]) -> Any:
    """An Aho-Corasick automaton finding every key of `values`, each hit giving (end, its value); None when
    there is nothing to find, a key is empty, or pyahocorasick is missing (callers then test `key in text`)."""
    if ahocorasick is None or not values or not all(values):
        return None
    automaton = ahocorasick.Automaton()
    for key, value in values.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


def literal_found(words: Iterable[str], automaton: Any, text: str, start: int = 0, end: int | None = None) -> bool:
    """Does one of `words` occur in text[start:end]? The one "can the search find anything here" test of the literal
    gates (`may_hold`, `ExistenceTest.possible`, opt_out's rule gates, the tagger's candidate words): by `automaton`,
    an Aho-Corasick automaton of those words (`literal_automaton`, `valued_automaton`), in one scan in C stopped at the
    first hit, where the caller has one (many words, asked often); else by substring tests, after one copy of the
    stretch (cheaper than a `find` with bounds per word; the same answer)."""
    if automaton is not None:
        return next(iter(automaton.iter(text, start, len(text) if end is None else end)), None) is not None
    if start or end is not None:
        text = text[start:end]
    for word in words:
        if word in text:
            return True
    return False


def bits_found(automaton: Any, text: str, mask: int = 0) -> int:
    """`mask` or'ed with the (int) values of every key of `automaton` (a `valued_automaton`) found in `text`."""
    if automaton is not None:
        for _end, bits in automaton.iter(text):
            mask |= bits
    return mask


def _literal_automaton(gated: list[tuple[tuple[str, ...], re.Pattern[str]]]) -> Any:
    """An Aho-Corasick automaton over the literals of `gated`'s branches; each literal's value:
    (bit mask of the branches requiring one of the literals it is, their indices in order).
    None without pyahocorasick (then the substring tests run in Python: the same answers)."""
    branches: dict[str, list[int]] = {}
    for i, (literals, _branch) in enumerate(gated):
        for literal in literals:
            branches.setdefault(literal, []).append(i)
    return valued_automaton({literal: (sum(1 << i for i in indices), tuple(indices))
                             for literal, indices in branches.items()})


# --------------------------------------------------------------------------- alternations cut to the text
#: Up to how many branches a `StretchAlternation` leaves out (with more, it searches the pattern whole).
STRETCH_GATED_MAX = 4


class StretchAlternation:
    """`rx.finditer(text, start, end)` with the costly branches that cannot match in text[start:end] left out.

    A top-level branch that opens with no letter ("\\b(?:der\\s+)?(?:[\\w-]+\\s+)?(?:facebook|...)\\s+zufolge\\b") is
    tried by the engine at every position of the stretch, while a letter-led one ("laut(?<!\\w.{4})\\s+...") is tried
    only where its letters stand. Where none of such a branch's required literals (`pattern_literals`: every match
    holds one) occurs inside the stretch, the branch matches nowhere in it, and the alternation with that branch
    emptied (`(?!)` in front, its groups kept, so group numbers and names stay) finds the same matches: at each
    position the other branches are tried in the same order. Letter-led branches and branches without required
    literals stay as they are; a pattern with global or branch-leading inline flags (case-insensitive literals are
    no substring test) is searched whole. The patterns are compiled once per set of branches present (speed46).
    """

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self._branches = top_level_branches(rx.pattern)
        self._gated: list[tuple[int, tuple[str, ...]]] = []  # (branch index, its required literals)
        if len(self._branches) > 1 and not rx.flags & ~re.UNICODE and not any(
            b.startswith("(?") and b[2:3].isalpha() for b in self._branches
        ):
            for i, branch in enumerate(self._branches):
                if _leading_letters(branch) == 0:
                    try:
                        literals = pattern_literals(branch)
                    except re.error:
                        literals = None
                    if literals:
                        self._gated.append((i, tuple(sorted(literals))))
        if len(self._gated) > STRETCH_GATED_MAX:
            self._gated = []  # (each set of branches present is a pattern to compile: at most 2**STRETCH_GATED_MAX)
        self._patterns: dict[int, re.Pattern[str]] = {(1 << len(self._gated)) - 1: rx}

    def pattern(self, text: str, start: int, end: int) -> re.Pattern[str]:
        """`rx`, or `rx` with the gated branches none of whose literals lies inside text[start:end] emptied."""
        if not self._gated:
            return self.rx
        mask = 0
        for bit, (_i, literals) in enumerate(self._gated):
            if any(text.find(literal, start, end) >= 0 for literal in literals):
                mask |= 1 << bit
        found = self._patterns.get(mask)
        if found is None:
            left_out = {i for bit, (i, _literals) in enumerate(self._gated) if not mask >> bit & 1}
            found = self._patterns[mask] = re.compile(
                "|".join(f"(?!)(?:{b})" if i in left_out else b for i, b in enumerate(self._branches)), self.rx.flags
            )
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of `rx.finditer(text, pos, endpos)`."""
        end = len(text) if endpos is None else endpos
        return self.pattern(text, pos, end).finditer(text, pos, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`rx.search(text, pos, endpos)`."""
        end = len(text) if endpos is None else endpos
        return self.pattern(text, pos, end).search(text, pos, end)

    def sub(self, repl: str, text: str) -> str:
        """`rx.sub(repl, text)` (every match lies in the whole text)."""
        return self.pattern(text, 0, len(text)).sub(repl, text)


class PresentAlternatives:
    """Compiles, per text, an alternation of only those alternatives that can match in that text.

    `build(indices)` returns the pattern of the alternatives at `indices` (in their order); an
    alternative that requires literals (`required_literals`) none of which occurs in the text can
    match nowhere in it, and leaving it out of an alternation changes no match: at each position
    the remaining alternatives are tried in the same order. Python's engine tries every alternative
    at every position, so a 40-entry alternation over a sentence that holds two of its words
    costs about what a two-entry one costs. Compiled patterns are kept per set of alternatives.
    """

    def __init__(
        self,
        alternatives: list[str],
        build: Callable[[tuple[int, ...]], str],
        cache: int = 4096,
        order: tuple[int, ...] | None = None,
        compile_after: int = 16,
    ) -> None:
        """`order`: the alternatives in the order `build`'s pattern tries them at one position (default:
        index order); `compile_after`: sightings of a set of alternatives before its alternation is compiled."""
        self._always = 0  # alternatives without a required literal: always in
        by_literal: dict[str, int] = {}
        for i, alternative in enumerate(alternatives):
            try:
                literals = pattern_literals(alternative)
            except re.error:
                literals = None
            if not literals:
                self._always |= 1 << i
                continue
            for literal in literals:
                by_literal[literal] = by_literal.get(literal, 0) | (1 << i)
        # Literals grouped by their first three characters, asked behind that prefix: most sentences
        # hold few of the prefixes, so most groups cost one substring test.
        groups: dict[str, dict[str, int]] = {}
        for literal, bits in by_literal.items():
            groups.setdefault(literal[:3], {})[literal] = bits
        self._prefixes = tuple(groups)
        self._members = {prefix: tuple(members.items()) for prefix, members in groups.items()}
        # The same mask from one Aho-Corasick scan (in C) over every literal: about 8x cheaper than the
        # substring tests (None without pyahocorasick: then the tests above).
        self._automaton = valued_automaton(by_literal)
        self._count = len(alternatives)
        self._compile = lru_cache(maxsize=cache)(self._compiled)
        self._build = build
        # Compiling an alternation costs about 10 ms (CPython's parser, in Python), and saves about 12 µs
        # per scan against scanning with each alternative's own compiled pattern (`_merged`): on unseen
        # text most sets of alternatives occur a few times only, so a set is compiled as a whole only
        # once it has been seen `compile_after` times. A single alternative is its own pattern.
        self._order = tuple(range(len(alternatives))) if order is None else tuple(order)
        self._cache_size = cache
        self._compile_after = compile_after
        self._patterns: dict[int, re.Pattern[str]] = {}
        self._sightings: dict[int, int] = {}
        self._single = lru_cache(maxsize=None)(lambda i: re.compile(build((i,))))
        self._singles_of: dict[int, tuple[tuple[re.Pattern[str], ...], tuple[int, ...]]] = {}

    def _compiled(self, mask: int) -> re.Pattern[str] | None:
        indices = tuple(i for i in range(self._count) if mask >> i & 1)
        return re.compile(self._build(indices)) if indices else None

    def mask(self, text: str) -> int:
        """Bit i set: alternative i may match somewhere in `text`."""
        if self._automaton is not None:
            return bits_found(self._automaton, text, self._always)
        mask = self._always
        contains = text.__contains__
        for prefix in filter(contains, self._prefixes):  # the loop over all prefixes runs in C
            for literal, bits in self._members[prefix]:
                if contains(literal):
                    mask |= bits
        return mask

    def pattern(self, text: str) -> re.Pattern[str] | None:
        """The alternation cut to `text` (None when no alternative can match in it)."""
        return self._compile(self.mask(text))

    def finditer(self, text: str, mask: int | None = None) -> Iterator[re.Match[str]]:
        """`re.compile(build(all)).finditer(text)`, scanned with the alternatives `text` can hold
        (`mask`: `self.mask(text)` when the caller has it already)."""
        return (m for m, _i in self.finditer_indexed(text, mask))

    def finditer_indexed(self, text: str, mask: int | None = None) -> Iterator[tuple[re.Match[str], int]]:
        """`finditer`'s matches, each with the lowest index of an alternative that matches exactly its span
        there (-1 where the scan ran a compiled alternation and does not know)."""
        if mask is None:
            mask = self.mask(text)
        if not mask:
            return iter(())
        if mask & (mask - 1) == 0:  # one alternative: the alternation of it alone is its own pattern
            i = mask.bit_length() - 1
            return ((m, i) for m in self._single(i).finditer(text))
        pattern = self._patterns.get(mask)
        if pattern is None:
            seen = self._sightings.get(mask, 0) + 1
            if seen < self._compile_after:
                if len(self._sightings) >= 8 * self._cache_size:
                    self._sightings.clear()
                self._sightings[mask] = seen
                return self._merged(text, mask)
            self._sightings.pop(mask, None)
            if len(self._patterns) >= self._cache_size:
                self._patterns.clear()
            pattern = self._patterns[mask] = self._compile(mask)
        return ((m, -1) for m in pattern.finditer(text))

    def _singles(self, mask: int) -> tuple[tuple[re.Pattern[str], ...], tuple[int, ...]]:
        """The own patterns of `mask`'s alternatives in `order`, and their indices (kept per mask)."""
        known = self._singles_of.get(mask)
        if known is None:
            if len(self._singles_of) >= self._cache_size:
                self._singles_of.clear()
            indices = tuple(i for i in self._order if mask >> i & 1)
            known = self._singles_of[mask] = (tuple(self._single(i) for i in indices), indices)
        return known

    def _merged(self, text: str, mask: int) -> Iterator[tuple[re.Match[str], int]]:
        """The matches of the alternation of `mask`'s alternatives, from each one's own pattern: at every
        position the alternation takes the first alternative (in `order`) that matches there, so the
        next match is the leftmost of the alternatives' next matches, ties to the earlier one. With each
        match, the lowest index of the alternatives whose own match there has exactly its span."""
        singles, indices = self._singles(mask)
        nexts = [single.search(text) for single in singles]
        pos = 0
        while True:
            best: re.Match[str] | None = None
            for k, single in enumerate(singles):
                found = nexts[k]
                if found is not None and found.start() < pos:  # overlapped by the last match: search on
                    found = nexts[k] = single.search(text, pos)
                if found is not None and (best is None or found.start() < best.start()):
                    best = found
            if best is None:
                return
            if best.end() == best.start():
                # An empty match: finditer's rule for what follows it is the engine's; let it go on from here.
                yield from ((m, -1) for m in self._compile(mask).finditer(text, best.start()))
                return
            # Every alternative matching at this position has its next match here (none starts earlier).
            span = best.span()
            yield best, min(i for i, found in zip(indices, nexts) if found is not None and found.span() == span)
            pos = best.end()
