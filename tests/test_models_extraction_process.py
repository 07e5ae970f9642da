"""The extraction process freezes its loaded pipeline once, at a run's entry point, never in the library loader."""
from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

import models.extraction_process as process
from models.pipeline import load_pipeline
from pipelines import stages
from spiders.process import YOUNG_THRESHOLD


@pytest.fixture
def thresholds(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, ...]]:
    """Record gc.set_threshold calls without changing the test process's thresholds (CPython's defaults read)."""
    calls: list[tuple[int, ...]] = []
    monkeypatch.setattr(gc, "get_threshold", lambda: (700, 10, 10))
    monkeypatch.setattr(gc, "set_threshold", lambda *args: calls.append(args))
    return calls


@pytest.fixture
def freezes(monkeypatch: pytest.MonkeyPatch, thresholds: list[tuple[int, ...]]) -> list[int]:
    """Count gc.freeze calls without freezing the test process (nor raising its thresholds); start as a fresh
    process."""
    calls: list[int] = []
    monkeypatch.setattr(process, "_frozen", False)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append(1))
    return calls


def test_ready_pipeline_freezes_once_per_process(freezes: list[int]) -> None:
    first = process.ready_pipeline()
    second = process.ready_pipeline()
    assert first is second is load_pipeline()
    assert len(freezes) == 1


def test_ready_pipeline_raises_the_young_threshold_once(freezes: list[int], thresholds: list[tuple[int, ...]]) -> None:
    """The extraction process collects its young generation every YOUNG_THRESHOLD net allocations, not CPython's
    700; the older generations' thresholds stay as they were."""
    process.ready_pipeline()
    process.ready_pipeline()
    assert thresholds == [(YOUNG_THRESHOLD, 10, 10)]
    assert YOUNG_THRESHOLD > 700


def test_the_library_loader_never_freezes(freezes: list[int], thresholds: list[tuple[int, ...]]) -> None:
    load_pipeline()
    load_pipeline.cache_clear()
    load_pipeline()
    assert freezes == [] and thresholds == []


def test_a_workers_batches_freeze_once(freezes: list[int]) -> None:
    article = {"article_id": "a1", "text": "Facebook hat WhatsApp für 19 Milliarden Dollar gekauft."}
    first = stages.extract_articles([article])
    second = stages.extract_articles([article])
    assert first == second and any(record["type"] == "price" for record in first)
    assert len(freezes) == 1


def test_the_extract_stage_freezes_once(freezes: list[int], tmp_path: Path) -> None:
    article = {"article_id": "a1", "text": "Facebook hat WhatsApp für 19 Milliarden Dollar gekauft."}
    (tmp_path / stages.ARTICLES_FILE).write_text(json.dumps(article) + "\n", encoding="utf-8")
    assert stages.extract(tmp_path) >= 1
    assert stages.extract(tmp_path) >= 1
    assert len(freezes) == 1
