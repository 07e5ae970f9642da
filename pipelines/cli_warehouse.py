"""The warehouse's own commands: `dealwatch export` and `dealwatch reextract` (registered in cli.py)."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from pipelines.errors import UsageError

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_export(args: argparse.Namespace) -> int:
    """Write the warehouse as Parquet partitioned by month and/or the claims as ClaimReview JSON-LD."""
    from pipelines.options import existing_db, translate_stage_errors, writable_dir
    from warehouse.export import export_claimreview, export_parquet

    if not args.parquet and not args.claimreview:
        raise UsageError("export needs --parquet DIR and/or --claimreview FILE")
    db = existing_db(args)
    # Both destinations are checked before anything is written, so a bad one costs nothing.
    if args.parquet:
        writable_dir(Path(args.parquet).parent, "--parquet: parent directory")
    if args.claimreview:
        if Path(args.claimreview).is_dir():
            raise UsageError(f"--claimreview {args.claimreview} is a directory; name a file")
        writable_dir(Path(args.claimreview).parent, "--claimreview: directory")
    if args.parquet:
        counts = translate_stage_errors(lambda: export_parquet(db, Path(args.parquet)))
        tables = ", ".join(f"{name} {n}" for name, n in counts.items())
        print(f"exported Parquet to {args.parquet} ({tables})")
    if args.claimreview:
        written = translate_stage_errors(lambda: export_claimreview(db, Path(args.claimreview)))
        print(f"exported {written} claims as ClaimReview JSON-LD to {args.claimreview}")
    return 0


def cmd_reextract(args: argparse.Namespace) -> int:
    """Re-run claim extraction over the stored article texts and load the result."""
    from pipelines import paths, stages
    from pipelines.options import existing_db, translate_stage_errors, writable_dir

    db = existing_db(args)
    writable_dir(paths.data_home())
    result = translate_stage_errors(lambda: stages.reextract(db))
    print(f"re-extracted run {result['run_id']}: {result['claims']} claims for {result['articles']} articles into {db}")
    return 0


def register(add: AddCommand, db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add `export` and `reextract` to the `dealwatch` parser."""
    p = add("export", cmd_export, "write the warehouse as Parquet partitioned by month, or the claims as ClaimReview JSON-LD")
    p.add_argument("--parquet", metavar="DIR", help="directory for the Parquet export (replaced if an earlier export made it)")
    p.add_argument("--claimreview", metavar="FILE", help="file for the schema.org ClaimReview JSON-LD")
    db_option(p)
    p = add("reextract", cmd_reextract, "re-run claim extraction over the stored article texts and load the result")
    db_option(p)
