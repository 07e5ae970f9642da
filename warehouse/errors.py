"""The one error type the warehouse raises for a database it cannot use."""
from __future__ import annotations


class WarehouseError(Exception):
    """The warehouse file is corrupt, locked, unwritable, missing, or a query failed.

    The message is one line, fit for the command line's error output.
    """
