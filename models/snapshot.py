"""`python -m models.snapshot`: everything the extractor computes on fixed texts, to prove a speed change changes nothing.

A performance-only change must leave the extractor's output as it was. This
writes, per text, the claims with every field, and the linguistic layer under
them (sentence starts, lemmas, tags, deal mentions and parties per sentence,
document blocks), as one JSON line; `--compare` names the first texts on which
two snapshots differ. The texts are the development set, the studied own sets,
the challenge sets (never the blind sets) and generated benchmark articles (`bench.corpus`).

    python -m models.snapshot write before.jsonl          # on the old tree
    python -m models.snapshot write after.jsonl           # on the new tree
    python -m models.snapshot compare before.jsonl after.jsonl

The lead measures a change's reach on unseen text the same way, without reading it: `write --blind` writes,
per text of the blind sets, only the number of its claims and a hash of them (no text, no claim field), and
`compare` of two such files prints per set how many texts' claims differ, never which.

    python -m models.snapshot write --blind before-blind.jsonl   # old tree, then the new one
    python -m models.snapshot compare before-blind.jsonl after-blind.jsonl
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from models.heldout import CHALLENGE_SETS
from models.heldout import STUDIED_FILES as STUDIED  # the blind sets are left out on purpose


def texts(generated: int = 300) -> Iterator[tuple[str, str]]:
    """(name, text) of the development set, the studied own sets, the challenge sets and `generated` benchmark articles."""
    from models.evaluate import load_dev_set, load_heldout_set, shared_dir

    for doc in load_dev_set(shared_dir()):
        yield f"dev:{doc.name}", doc.text
    for name in STUDIED:
        for doc in load_heldout_set(name):
            yield f"{name}:{doc.name}", doc.text
    for set_name, file in CHALLENGE_SETS.items():  # rules are written from them: a speed change must keep them too
        for doc in load_heldout_set(file):
            yield f"{set_name}:{doc.name}", doc.text
    from bench.corpus import iter_articles

    for article in iter_articles(1, generated):
        yield f"bench:{article.index}", article.title + "\n\n" + article.text


def blind_texts() -> Iterator[tuple[str, str]]:
    """(name, text) of every blind set's texts; only `claims_digest` of them is ever written."""
    from models.evaluate import load_heldout_set
    from models.heldout import BLIND_SETS

    for set_name, file in BLIND_SETS.items():
        for doc in load_heldout_set(file):
            yield f"{BLIND_PREFIX}{set_name}:{doc.name}", doc.text


#: Names of blind rows start with this; `compare` reports them per set as counts only.
BLIND_PREFIX = "blind:"


def claims_digest(doc: Any) -> dict[str, Any]:
    """How many claims a processed Doc has and a hash of them: enough to tell a change, nothing to read."""
    from models.extract import ordered_claims

    records = [claim.to_record() for claim in ordered_claims(doc)]
    encoded = json.dumps(records, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return {"claims": len(records), "claims_sha1": hashlib.sha1(encoded).hexdigest()}


def facts(doc: Any) -> dict[str, Any]:
    """The claims of a processed Doc (every field) and the layer's annotations behind them."""
    from models.context import Sentences
    from models.extract import ordered_claims

    return {
        "claims": [claim.to_record() for claim in ordered_claims(doc)],
        "sentences": Sentences.of(doc).starts,
        "lemmas": [token.lemma_ for token in doc],
        "tags": [token.tag_ for token in doc],
        "mentions": [(m.start_char, m.end_char, m.label_) for m in doc._.deal_mentions or ()],
        "parties": [sorted(p) for p in doc._.deal_parties or ()],
        "blocks": [repr(block) for block in doc._.blocks or ()],
    }


def write(path: Path, generated: int, *, blind: bool = False) -> int:
    """Write the snapshot of every text to `path` (`blind`: the blind sets' claim digests); returns the count."""
    from models.pipeline import load_pipeline

    named = list(blind_texts() if blind else texts(generated))
    describe = claims_digest if blind else facts
    nlp = load_pipeline()
    with path.open("w", encoding="utf-8") as out:
        for (name, _text), doc in zip(named, nlp.pipe((text for _, text in named), batch_size=64)):
            out.write(json.dumps({"name": name, **describe(doc)}, ensure_ascii=False) + "\n")
    return len(named)


#: A snapshot as read: its rows by text name, in the file's order.
Rows = dict[str, dict[str, Any]]


def read_snapshot(path: Path) -> Rows:
    """The rows of the snapshot at `path` by text name (read once; `compare`, `blind_reach` and `_is_blind` share it)."""
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row.pop("name"): row for row in rows}


def blind_reach(problems: list[str], a: Rows) -> list[str]:
    """Per blind set, how many texts' claims differ, from `compare`'s lines (which name the texts); `a` is one of
    the two snapshots compared (`read_snapshot`), for the count of texts per set."""
    totals: dict[str, int] = {}
    for name in a:
        set_name = name.split(":")[1]
        totals[set_name] = totals.get(set_name, 0) + 1
    changed: dict[str, set[str]] = {set_name: set() for set_name in totals}
    for line in problems:
        name = line.split(": ", 1)[0]
        changed.setdefault(name.split(":")[1], set()).add(name)
    return [f"{set_name}: {len(changed[set_name])} of {totals.get(set_name, 0)} texts' claims differ"
            for set_name in sorted(changed)]


def compare(a: Path, b: Path, show: int = 5, *, read: tuple[Rows, Rows] | None = None) -> list[str]:
    """The differences between the snapshots at `a` and `b`, one line each (texts missing on one side included);
    `read`: the two as `read_snapshot` gave them, where the caller holds them already."""
    left, right = read if read is not None else (read_snapshot(a), read_snapshot(b))
    problems = [f"{name}: only in {a if name in left else b}" for name in sorted(set(left) ^ set(right))]
    for name in left.keys() & right.keys():
        for key in sorted(left[name].keys() | right[name].keys()):
            if left[name].get(key) != right[name].get(key):
                problems.append(f"{name}: {key} differs")
    return sorted(problems)[: show if show else None] if problems else []


def _is_blind(rows: Rows) -> bool:
    """Whether a snapshot holds blind digests (`write --blind`): its first text's name says so."""
    return next(iter(rows), "").startswith(BLIND_PREFIX)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.snapshot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="action", required=True)
    w = sub.add_parser("write", help="write the snapshot of this tree's extractor")
    w.add_argument("path", type=Path)
    w.add_argument("--generated", type=int, default=300, help="generated benchmark articles (default 300)")
    w.add_argument("--blind", action="store_true",
                   help="the blind sets instead: per text only its claim count and a hash (the lead's reach measure)")
    c = sub.add_parser("compare", help="compare two snapshots (exit 1 when they differ)")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if args.action == "write":
        print(f"{write(args.path, args.generated, blind=args.blind)} texts -> {args.path}")
        return 0
    for path in (args.a, args.b):
        if not path.is_file():
            print(f"error: no snapshot at {path}", file=sys.stderr)
            return 2
    left, right = read_snapshot(args.a), read_snapshot(args.b)  # each file read once
    problems = compare(args.a, args.b, show=0, read=(left, right))
    if _is_blind(left):
        # Blind texts: counts per set only, so nobody learns which unseen text a rule reached.
        print("\n".join(blind_reach(problems, left)))
        return 1 if problems else 0
    for line in problems[:20]:
        print(line)
    print(f"{len(problems)} differences" if problems else "identical")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
