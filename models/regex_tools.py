"""Rewriting cue patterns so Python's regex engine scans them fast, matching the same text.

Python's `re` skips quickly over positions whose character cannot start a
match, but only when every top-level branch of a pattern begins with a
literal; a leading `\\b` defeats that. `literal_first` moves such a `\\b`
behind the first character: `\\bkann` becomes `k(?<!\\w.)ann`.
"""
from __future__ import annotations

from collections.abc import Iterator

# Placed after a first character: the one before that character is no word character.
_WORD_START = r"(?<!\w.)"


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


def _starts_word(branch: str) -> str | None:
    """`branch` (which must match at a word start) rewritten to begin with a literal, else None."""
    if branch[:1].isalpha() or branch[:1] in "äöüß":
        if branch[1:2] in ("?", "*", "{"):
            return None
        return branch[0] + _WORD_START + branch[1:]
    if branch.startswith("(?:"):
        end = group_end(branch, 0)
        if branch[end : end + 1] in ("?", "*", "{"):
            return None
        inner = [_starts_word(alt) for alt in top_level_branches(branch[3 : end - 1])]
        if any(alt is None for alt in inner):
            return None
        return "(?:" + "|".join(inner) + ")" + branch[end:]
    return None


def literal_first(pattern: str) -> str:
    """`pattern` with the leading `\\b` of its top-level branches moved behind their first character."""
    out = []
    for branch in top_level_branches(pattern):
        if branch.startswith(r"\b"):
            moved = _starts_word(branch[2:])
            branch = moved if moved is not None else branch
        out.append(branch)
    return "|".join(out)
