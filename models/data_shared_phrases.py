"""The data_shared rules' phrasings (models/patterns/data_shared_phrasings.json), compiled once for the three
modules that read them: models/data_shared.py, data_shared_layout.py and data_shared_anaphora.py."""
from __future__ import annotations

from pathlib import Path

from models.phrasings import Phrasings

PHRASINGS_FILE = Path(__file__).parent / "patterns" / "data_shared_phrasings.json"
# Word lists and phrase shapes (reported questions, contrast tails, shielding, setting labels, answer lines, ...),
# each with its comment and examples in the data file; the modules bind the entries they read by name.
PHRASES = Phrasings.load(PHRASINGS_FILE)
