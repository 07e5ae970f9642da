"""EXTRACTOR_VERSION: the package version plus a hash of everything that decides extraction.

The version is part of every claim id, so a re-extraction after any change of
a rule, a pattern file or a component's source replaces the old claims instead
of mixing with them. Nobody has to remember to bump it by hand.
"""
from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

_HERE = Path(__file__).resolve().parent
# Not part of extraction: scoring, benchmarking and the gold sets change no claim.
_NOT_RULES = {"evaluate.py", "bench.py", "version.py", "snapshot.py", "transfer.py", "error_signatures.py"}
_RULE_SUFFIXES = {".py", ".json", ".jsonl", ".txt", ".cfg", ".bin"}  # .bin: the learned stages' weights
# In models/learned/: tools that train or measure, not extraction.
_NOT_LEARNED_RULES = {"train.py", "loso.py", "moment_loso.py", "price_loso.py", "opt_rows.py"}


def rule_files(root: Path = _HERE) -> list[Path]:
    """The component sources and pattern files whose content decides which claims are found."""
    files = [p for p in root.glob("*.py") if p.name not in _NOT_RULES]
    for folder in ("patterns", "layer", "learned"):
        files += [
            p for p in (root / folder).rglob("*")
            if p.is_file() and p.suffix in _RULE_SUFFIXES and not (folder == "learned" and p.name in _NOT_LEARNED_RULES)
        ]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def rules_hash(root: Path = _HERE) -> str:
    """First 10 hex digits of sha256 over the rule files' relative names and contents."""
    digest = hashlib.sha256()
    for path in rule_files(root):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()[:10]


def package_version() -> str:
    """The installed dealwatch distribution's version ("0.0.0" when run from a bare checkout)."""
    try:
        return metadata.version("dealwatch")
    except metadata.PackageNotFoundError:
        return "0.0.0"


#: "<package version>+<rules hash>", e.g. "0.1.0+3f2a9c01be" (a PEP 440 local version).
EXTRACTOR_VERSION = f"{package_version()}+{rules_hash()}"
