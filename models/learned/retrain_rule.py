"""The retrain rule's measure (docs/extraction-quality.md, learned20): each fold scored at a threshold chosen without it.

A fold tool (`loso`, `moment_loso`) chooses one threshold on every fold at once, so its pooled figure at that
threshold has seen the folds it reports. Here each fold gets the threshold the tool's own choice makes on the
OTHER folds, with every fold of the same studied set (today's rules and blind rules) left out of the choice, among
the thresholds where none of those other folds loses more than the limit; the fold is then scored there
("nested"). Summed over the folds, that is the figure a retraining is judged on before it ships: the threshold
of a fold's score never looked at that fold.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Rows are (fold label, scores without the stage, scores with it), as the fold tools build them.
Tables = dict[float, tuple[list[Any], list[Any]]]  # threshold -> (today's-rules rows, blind-rules rows)


def set_of(label: str) -> str:
    """The studied set of a fold label ("heldout15 @ 3d335e2" -> "heldout15")."""
    return label.split(" @ ")[0]


def choose_without(tables: Tables, held: str, value: Callable[[list[Any], list[Any]], float],
                   loss: Callable[[Any], float], limit: float) -> float | None:
    """The threshold the tool would choose on every fold but `held`'s: the best `value` (pooled F1 of the stage's
    type over today's-rules and blind-rules rows, as the tool pools them) among thresholds where no other fold
    loses more than `limit` (`loss` of a row); ties to the higher threshold. None when no threshold passes."""
    allowed = []
    for threshold, (now, blind) in tables.items():
        now = [r for r in now if set_of(r[0]) != held]
        blind = [r for r in blind if set_of(r[0]) != held]
        if all(loss(r) <= limit + 1e-9 for r in (*now, *blind)):
            allowed.append((round(value(now, blind), 6), threshold))
    return max(allowed)[1] if allowed else None


def nested_rows(tables: Tables, value: Callable[[list[Any], list[Any]], float], loss: Callable[[Any], float],
                limit: float) -> tuple[list[tuple[float | None, Any]], list[tuple[float | None, Any]]]:
    """(today's-rules, blind-rules) lists of (threshold chosen without the fold, the fold's row there). A fold whose
    choice finds no threshold is scored as the rules alone (its row's "without" scores on both sides)."""
    any_tables = next(iter(tables.values()))

    def scored(kind: int, index: int) -> tuple[float | None, Any]:
        label = any_tables[kind][index][0]
        threshold = choose_without(tables, set_of(label), value, loss, limit)
        if threshold is None:
            row = any_tables[kind][index]
            return None, (row[0], row[1], row[1])
        return threshold, tables[threshold][kind][index]

    return ([scored(0, i) for i in range(len(any_tables[0]))], [scored(1, i) for i in range(len(any_tables[1]))])


def report(tables: Tables, pool: Callable[[list[Any], list[Any]], list[Any]], f1: Callable[[list[Any]], float],
           loss: Callable[[Any], float], limit: float, describe: Callable[[list[Any]], str]) -> list[str]:
    """Lines: each fold's nested threshold and loss, then the pooled figures `describe` gives for the nested
    today's-rules rows, blind-rules rows and the tool's pool of both (`pool`, whose F1 of the stage's type `f1`
    is what the tool chooses on), and the worst nested fold loss."""
    now, blind = nested_rows(tables, lambda n, b: f1(pool(n, b)), loss, limit)
    lines = [f"  {row[0]}: threshold {'none' if t is None else f'{t:.1f}'}, loss {loss(row):.3f}" for t, row in (*now, *blind)]
    worst = max((loss(row) for _, row in (*now, *blind)), default=0.0)
    now_rows, blind_rows = [r for _, r in now], [r for _, r in blind]
    return ["nested thresholds (each fold's chosen without its set):", *lines,
            f"nested today's-rules folds: {describe(now_rows)}",
            f"nested blind-rules folds: {describe(blind_rows)}",
            f"nested pool of the tool's choice: {describe(pool(now_rows, blind_rows))}",
            f"nested worst fold loss {worst:.3f} ({'passes' if worst <= limit + 1e-9 else 'FAILS'} the limit {limit})"]
