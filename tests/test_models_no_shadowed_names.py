"""No module of models/ binds one top-level name twice.

A second module-level `_NAME = re.compile(...)` silently replaces the first at import, so the reader written against
the first pattern runs with the second one. Session 56's final read found three such pairs (price.py
`_LIST_ITEM_LINE`, year.py `_PLUPERFECT`, opt_out.py `_CLAUSE_MARK`), each hiding a pattern its author meant to use.
"""
from __future__ import annotations

import ast
from pathlib import Path

MODELS = Path(__file__).resolve().parent.parent / "models"


def _top_level_bindings(tree: ast.Module) -> list[tuple[str, int]]:
    """(name, line) of every assignment, function and class at a module's top level."""
    bound: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            bound += [(target.id, node.lineno) for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.append((node.name, node.lineno))
    return bound


def shadowed_names(source: str) -> list[str]:
    """Names bound twice at a module's top level, as 'name (lines a, b)'."""
    first: dict[str, int] = {}
    twice: list[str] = []
    for name, line in _top_level_bindings(ast.parse(source)):
        if name in first:
            twice.append(f"{name} (lines {first[name]}, {line})")
        first.setdefault(name, line)
    return twice


def test_the_check_finds_a_second_binding() -> None:
    source = 'import re\n_MARK = re.compile(r"[,;]")\n\ndef f():\n    return _MARK\n\n_MARK = re.compile(r"[.]")\n'
    assert shadowed_names(source) == ["_MARK (lines 2, 7)"]


def test_no_module_of_models_binds_a_name_twice() -> None:
    found = {str(path.relative_to(MODELS)): shadowed_names(path.read_text(encoding="utf-8"))
             for path in sorted(MODELS.rglob("*.py"))}
    assert {path: names for path, names in found.items() if names} == {}
