"""EXTRACTOR_VERSION follows the rules; claims keep to models/schema.py."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from models import version
from models.claims import EXTRACTOR_VERSION, add_claim
from models.extract import extract_text
from models.pipeline import build_pipeline
from models.schema import validate_claim_fields

MODELS = Path(version.__file__).parent


def _copy_rules(tmp_path: Path) -> Path:
    root = tmp_path / "models"
    shutil.copytree(MODELS, root, ignore=shutil.ignore_patterns("__pycache__", "heldout"))
    return root


def test_version_is_package_version_plus_rules_hash() -> None:
    assert EXTRACTOR_VERSION == f"{version.package_version()}+{version.rules_hash()}"
    names = {p.relative_to(MODELS).as_posix() for p in version.rule_files()}
    assert {"price.py", "patterns/deal.json", "patterns/moment.json"} <= names
    assert "evaluate.py" not in names and not any(n.startswith("heldout/") for n in names)


@pytest.mark.parametrize("changed", ["patterns/deal.json", "opt_out.py"])
def test_any_rule_change_changes_the_version(tmp_path: Path, changed: str) -> None:
    root = _copy_rules(tmp_path)
    before = version.rules_hash(root)
    with (root / changed).open("a", encoding="utf-8") as handle:
        handle.write("\n")
    assert version.rules_hash(root) != before


def test_scoring_code_is_not_a_rule(tmp_path: Path) -> None:
    root = _copy_rules(tmp_path)
    before = version.rules_hash(root)
    (root / "evaluate.py").write_text("# changed\n", encoding="utf-8")
    assert version.rules_hash(root) == before


def test_every_claim_fits_the_schema() -> None:
    text = (
        "Im Februar 2014 kündigte Facebook an, WhatsApp für 19 Milliarden Dollar zu kaufen. "
        "WhatsApp gibt seit 2016 die Telefonnummer an Facebook weiter. Nutzer können der Werbung widersprechen."
    )
    claims = extract_text(text)
    assert {c["type"] for c in claims} >= {"price", "acquisition_year", "data_shared", "opt_out"}
    for claim in claims:
        assert validate_claim_fields(claim["type"], claim) == [], claim


def test_an_off_schema_claim_is_refused() -> None:
    doc = build_pipeline()("Facebook kaufte WhatsApp.")
    with pytest.raises(ValueError, match="moment 'later'"):
        add_claim(doc, "price", 0, 8, value=1e9, currency="USD", qualifier="exact", moment="later")
    with pytest.raises(ValueError, match="unknown claim type"):
        add_claim(doc, "valuation", 0, 8)
