"""Logging for runs: one line per event on the console, full tracebacks in a log file.

Prefect logs a failed task with its traceback; a user who gave an unreachable
source should see one clear line, not a stack. The console formatter drops
exception details; the file handler (under PREFECT_HOME) keeps them for bugs.
"""
from __future__ import annotations

import copy
import logging
from pathlib import Path

from prefect.logging.formatters import PrefectFormatter

LOGGING_CONFIG = Path(__file__).with_name("logging.yml")


class OneLineFormatter(PrefectFormatter):
    """Prefect's standard format without tracebacks and without continuation lines."""

    def format(self, record: logging.LogRecord) -> str:
        record = copy.copy(record)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        text = super().format(record)
        return text.splitlines()[0] if text else text
