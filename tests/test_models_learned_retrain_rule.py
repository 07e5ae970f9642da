"""The retrain rule's nested measure: a fold's threshold is chosen without its own set."""
from __future__ import annotations

from models.learned.retrain_rule import choose_without, nested_rows, set_of


def _row(label: str, without: float, with_stage: float) -> tuple[str, float, float]:
    return (label, without, with_stage)


def _f1(rows: list) -> float:
    return sum(r[2] for r in rows)


def _loss(row: tuple) -> float:
    return row[1] - row[2]


# threshold -> (today's rules, blind rules); "a" is best at 0.3 only because of its own fold b's gain there
TABLES = {
    0.3: ([_row("a", 0.5, 0.5), _row("b", 0.5, 0.9)], [_row("b @ 123", 0.5, 0.9)]),
    0.5: ([_row("a", 0.5, 0.6), _row("b", 0.5, 0.5)], [_row("b @ 123", 0.5, 0.5)]),
}


def test_set_of_reads_the_fold_label() -> None:
    assert set_of("heldout15 @ 3d335e2") == "heldout15" and set_of("heldout4") == "heldout4"


def test_the_threshold_of_a_fold_never_looks_at_its_set() -> None:
    pool = lambda now, blind: _f1(now + blind)  # noqa: E731
    assert choose_without(TABLES, "a", pool, _loss, 0.02) == 0.3  # b's folds choose 0.3
    assert choose_without(TABLES, "b", pool, _loss, 0.02) == 0.5  # without b's folds, a chooses 0.5
    now, blind = nested_rows(TABLES, pool, _loss, 0.02)
    assert [t for t, _ in now] == [0.3, 0.5] and [t for t, _ in blind] == [0.5]
    assert blind[0][1] == _row("b @ 123", 0.5, 0.5)  # b's blind fold is scored where the others chose


def test_a_threshold_where_another_fold_loses_too_much_is_not_chosen() -> None:
    tables = {0.3: ([_row("a", 0.5, 0.9), _row("c", 0.5, 0.4)], []), 0.5: ([_row("a", 0.5, 0.6), _row("c", 0.5, 0.5)], [])}
    pool = lambda now, blind: _f1(now + blind)  # noqa: E731
    assert choose_without(tables, "b", pool, _loss, 0.02) == 0.5  # 0.3 costs c 0.1
    assert choose_without({0.3: tables[0.3]}, "b", pool, _loss, 0.02) is None
    now, _ = nested_rows({0.3: tables[0.3]}, pool, _loss, 0.02)
    assert now[0] == (None, _row("a", 0.5, 0.5))  # no threshold passes: the fold is scored as the rules alone
