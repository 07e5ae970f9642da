"""The lead's reach measure: blind texts' claims are compared by digest and reported as counts per set only."""
from __future__ import annotations

import json
from pathlib import Path

from models.pipeline import load_pipeline
from models.snapshot import BLIND_PREFIX, claims_digest, main

TEXT = "Facebook kauft WhatsApp für 19 Milliarden Dollar. Die Telefonnummer geht künftig an Facebook."


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_a_digest_tells_a_change_and_holds_nothing_to_read() -> None:
    digest = claims_digest(load_pipeline()(TEXT))
    assert set(digest) == {"claims", "claims_sha1"} and digest["claims"] >= 2
    assert "19" not in json.dumps(digest).replace(digest["claims_sha1"], "")  # no value, no text
    assert claims_digest(load_pipeline()(TEXT.replace("19", "16")))["claims_sha1"] != digest["claims_sha1"]


def test_compare_of_blind_digests_prints_counts_per_set_not_names(tmp_path, capsys) -> None:  # noqa: ANN001
    rows = [{"name": f"{BLIND_PREFIX}heldout91:own91-00{i}", "claims": 1, "claims_sha1": f"h{i}"} for i in range(3)]
    rows.append({"name": f"{BLIND_PREFIX}heldout92:own92-001", "claims": 0, "claims_sha1": "z"})
    before = _write(tmp_path / "a.jsonl", rows)
    rows[1] = {**rows[1], "claims_sha1": "other"}
    after = _write(tmp_path / "b.jsonl", rows)
    assert main(["compare", str(before), str(after)]) == 1
    out = capsys.readouterr().out
    assert "heldout91: 1 of 3 texts' claims differ" in out
    assert "heldout92: 0 of 1 texts' claims differ" in out
    assert "own91-001" not in out  # which text moved stays unsaid
    assert main(["compare", str(before), str(before)]) == 0


def test_the_snapshot_holds_every_challenge_set_and_no_blind_text() -> None:
    from models.heldout import BLIND_SETS, CHALLENGE_SETS
    from models.snapshot import texts

    names = {name.split(":", 1)[0] for name, _ in texts(generated=0)}
    assert set(CHALLENGE_SETS) <= names  # a speed change is checked on the texts rules are written from
    assert not names & set(BLIND_SETS) and not any(name.startswith(BLIND_PREFIX) for name in names)
