"""The one score counter (models.evaluate.Score) that evaluate, the bench and the learned measurements share."""
from __future__ import annotations

import pytest

from models.evaluate import Score


def test_add_counts_hits_false_hits_and_misses_of_one_document() -> None:
    score = Score()
    score.add({("a", True), ("b", False)}, {("a", True), ("c", True)})
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 1, 1)
    assert score.misses == score.false_hits == []  # no document name: counts only
    score.add({1, 2, 3}, {1, 2, 3})
    assert (score.true_positives, score.false_positives, score.false_negatives) == (4, 1, 1)
    assert score.precision == pytest.approx(0.8) and score.recall == pytest.approx(0.8)


def test_add_with_a_document_lists_its_items_sorted_under_its_name() -> None:
    score = Score()
    score.add({3, 1, 2}, {2, 5, 4}, "doc-1")
    assert score.misses == [("doc-1", 1), ("doc-1", 3)]
    assert score.false_hits == [("doc-1", 4), ("doc-1", 5)]


def test_pooled_sums_counts_and_items_and_leaves_its_inputs_alone() -> None:
    a, b = Score(), Score()
    a.add({1, 2}, {1}, "x")
    b.add({1}, {1, 9}, "y")
    total = Score.pooled([a, b])
    assert (total.true_positives, total.false_positives, total.false_negatives) == (2, 1, 1)
    assert total.misses == [("x", 2)] and total.false_hits == [("y", 9)]
    assert total.f1 == pytest.approx(2 / 3)
    total.add({7}, set(), "z")  # the pooled score's item lists are its own, not its inputs'
    assert (a.true_positives, a.false_negatives, b.false_positives) == (1, 1, 1)
    assert a.misses == [("x", 2)] and b.misses == [] and b.false_hits == [("y", 9)]


def test_an_empty_score_is_perfect_and_one_without_a_hit_is_zero() -> None:
    assert (Score().precision, Score().recall) == (1.0, 1.0)
    assert Score.pooled([]).f1 == 1.0
    wrong = Score()
    wrong.add({"gold"}, {"other"})
    assert (wrong.precision, wrong.recall, wrong.f1) == (0.0, 0.0, 0.0)  # no division by zero
