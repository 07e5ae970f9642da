"""The run flow's retry policy for the crawl: transient trouble is retried, a source that can never work is not."""
from __future__ import annotations

import pytest

from pipelines import flow, settings
from spiders.errors import SourceError


class _FailedState:
    """Stands in for a Prefect task-run state whose result raises `error`."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def result(self) -> None:
        raise self.error


@pytest.mark.parametrize(
    ("error", "retry"),
    [
        (SourceError("every source failed: http://x.example/: connection refused", permanent=False), True),
        (SourceError("every source failed: http://x.example/: HTTP 404", permanent=True), False),
        (RuntimeError("crawler subprocess died"), True),
    ],
)
def test_crawl_retries_only_what_can_succeed_later(error: BaseException, retry: bool) -> None:
    assert flow._retry_unless_bad_source(None, None, _FailedState(error)) is retry


def test_the_crawl_task_is_configured_with_retries() -> None:
    assert flow.crawl_task.retries == settings.CRAWL_RETRIES >= 1
    assert flow.crawl_task.retry_condition_fn is flow._retry_unless_bad_source
