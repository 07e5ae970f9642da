"""The cue data files parse without a repeated key.

json.load keeps the LAST of two equal keys silently, so a rebase that keeps both sides of a conflicting cue line
(one cue list per key) would drop one side's edit with no error: this test makes such a merge fail loudly.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
JSON_FILES = sorted((ROOT / "models" / "patterns").glob("*.json")) + [ROOT / "models" / "baseline.json"]


def _no_repeated_key(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise ValueError(f"repeated keys: {', '.join(repeated)}")
    return dict(pairs)


def test_there_are_cue_files() -> None:
    assert len(JSON_FILES) > 5


@pytest.mark.parametrize("path", JSON_FILES, ids=lambda p: p.name)
def test_cue_file_has_no_repeated_key(path: Path) -> None:
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_repeated_key)


def test_a_repeated_key_is_caught() -> None:
    with pytest.raises(ValueError, match="repeated keys: cue"):
        json.loads('{"cue": ["a"], "other": [], "cue": ["b"]}', object_pairs_hook=_no_repeated_key)
