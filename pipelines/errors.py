"""Errors the command line reports as one line, with the exit status they map to."""
from __future__ import annotations


class UsageError(Exception):
    """Bad usage or bad input: one line on stderr, exit status 2 (CONTRACT.md)."""

    exit_code = 2


class RunFailed(Exception):
    """A run that started but did not finish: exit status 1."""

    exit_code = 1
