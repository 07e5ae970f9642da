"""`python -m models.learned.train`: train the shipped data_shared, opt-out stance and price-moment classifiers
on every studied set.

Deterministic from `--seed`: the same studied sets and seed give the same weights
(`models/learned/data_shared.bin`, `opt_out.bin`, `moment.bin`, part of EXTRACTOR_VERSION through models/version.py).
The threshold and whether the stage is enabled come from the leave-one-set-out
measure (`python -m models.learned.loso --write`), never from this training set.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from models.learned import classifier
from models.learned.dataset import DATA_LABELS, OPT_LABELS, examples, label_counts, opt_examples, opt_label_counts
from models.learned.loso import rule_records
from models.learned.moment_loso import examples as moment_examples, moment_rows, row_examples
from models.learned.moment_stage import SETTINGS_FILE as MOMENT_SETTINGS_FILE, WEIGHTS_FILE as MOMENT_WEIGHTS_FILE
from models.learned.moment_words import MOMENTS
from models.learned.opt_out_stage import SETTINGS_FILE as OPT_SETTINGS_FILE, WEIGHTS_FILE as OPT_WEIGHTS_FILE
from models.learned.ds_options import Options
from models.learned.stage import WEIGHTS_FILE, settings


def _wrote(path: Path) -> str:
    """The line that reports a written weights file: its size and the start of its sha256 (to compare runs)."""
    return f"wrote {path} ({path.stat().st_size} bytes, sha256 {hashlib.sha256(path.read_bytes()).hexdigest()[:12]})"


def main(argv: list[str] | None = None) -> int:
    """Train on all studied sets and write the weights."""
    parser = argparse.ArgumentParser(prog="python -m models.learned.train", description=main.__doc__)
    parser.add_argument("--shared", type=Path, default=None, help="folder with seeds/ and corpus/ (default: $DEALWATCH_SHARED or ../shared)")
    parser.add_argument("--seed", type=int, default=classifier.SEED)
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the rule pipeline's records (made if absent)")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    parser.add_argument("--opt-out", type=Path, default=OPT_WEIGHTS_FILE, help="where the opt-out stance weights go")
    parser.add_argument("--moment", type=Path, default=MOMENT_WEIGHTS_FILE, help="where the price-moment weights go")
    parser.add_argument("--moment-rows", action=argparse.BooleanOptionalAction, default=None,
                        help="train the price moment also on the rule table's price-moment rows (default: the stage's "
                             "settings, key 'rows', absent = no)")
    parser.add_argument("--opt-rows", action=argparse.BooleanOptionalAction, default=None,
                        help="train the opt-out stance also on the rule table's opt_out rows (models/learned/opt_rows.py; "
                             "default: opt_out_stage.json, key 'rows', absent = no)")
    args = parser.parse_args(argv)
    records, stats = rule_records(args.shared, args.cache)
    if not records:
        print("train: no studied gold sets found", file=sys.stderr)
        return 2
    options = Options.from_settings(settings())  # what the shipped stage reads (its context words, if any)
    if len(options.seeds) > 1:
        print("train: the shipped stage holds one classifier; seed averaging is measured by loso only", file=sys.stderr)
        return 2
    data = examples(records, context=options.context_words)
    print(f"{len(records)} texts from {len({r.set_name for r in records})} studied sets; label counts:", dict(label_counts(records)))
    print("gold span resolution:", dict(stats))
    print(_wrote(classifier.save(classifier.train(data, DATA_LABELS, seed=args.seed), args.out)))
    print("opt-out stance label counts:", dict(opt_label_counts(records)))
    opt_rows_on = classifier.read_settings(OPT_SETTINGS_FILE).get("rows", False) if args.opt_rows is None else args.opt_rows
    opt_pairs = []
    if opt_rows_on:
        from models.learned.opt_rows import opt_row_examples, opt_rows
        from models.pipeline import build_pipeline
        opt_pairs = opt_row_examples(build_pipeline(), opt_rows())
    print(f"opt-out stance: {len(opt_pairs)} rule-table row pairs")
    print(_wrote(classifier.save(classifier.train(opt_examples(records) + opt_pairs, OPT_LABELS, seed=args.seed), args.opt_out)))
    moment_settings = classifier.read_settings(MOMENT_SETTINGS_FILE)
    variant = moment_settings["variant"]  # the variant the stage reads at run time
    use_rows = moment_settings.get("rows", False) if args.moment_rows is None else args.moment_rows
    rows = []
    if use_rows:
        from models.pipeline import build_pipeline
        rows = row_examples(build_pipeline(), moment_rows(), variant)
    moments = moment_examples(records, variant, rows)
    print(f"price-moment variant {variant}: {len(moments)} training pairs ({len(rows)} of them rule-table rows)")
    print(_wrote(classifier.save(classifier.train(moments, MOMENTS, seed=args.seed), args.moment)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
