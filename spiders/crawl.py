"""The crawl stage's entry points: validate sources and run one crawl in a subprocess."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from spiders.errors import AllSourcesFailed, SourceError
from spiders.known import known_file

OUTPUT_FILES = ("raw.warc.gz", "crawl_stats.json")
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def validate_source(url: str) -> None:
    """Raise SourceError unless `url` is http(s) with a host, file:// naming an existing file,
    or a listing/archive source (`listing:URL`, `wayback:HOST_OR_PREFIX`, `commoncrawl:HOST_OR_PREFIX`)."""
    from spiders.sources import discovering_kind

    if discovering_kind(url.strip()):
        from spiders.sources import discover  # only for listing/archive sources: it imports Scrapy and requests

        return discover.validate(url.strip())
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:
        raise SourceError(f"malformed source {url!r}: {exc}") from None
    if parts.scheme in ("http", "https"):
        if not parts.hostname:
            raise SourceError(f"malformed source {url!r}: no host")
        return
    if parts.scheme == "file":
        if parts.netloc not in ("", "localhost"):
            raise SourceError(f"malformed source {url!r}: file URLs must not name a host")
        path = Path(url2pathname(unquote(parts.path)))
        if not path.is_file():
            raise SourceError(f"source {url!r}: no such file {path}")
        return
    scheme = f"scheme {parts.scheme!r}" if parts.scheme else "no scheme"
    raise SourceError(f"malformed source {url!r}: {scheme} (use http://, https:// or file://)")


def read_sources_file(path: Path) -> list[str]:
    """Sources from a file, one URL per line; '#' comments and blank lines are skipped.

    Raises SourceError naming the line of a malformed source; OSError passes through.
    """
    sources = []
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                validate_source(line)
            except SourceError as exc:
                raise SourceError(f"{path}, line {number}: {exc}", permanent=exc.permanent) from None
            sources.append(line)
    return sources


def run_crawl(sources: list[str], out_dir: Path, *, all_topics: bool = False,
              settings: dict[str, Any] | None = None, dates: Any = None,
              state_dir: Path | None = None, date_from: str | None = None,
              date_to: str | None = None) -> dict[str, Any]:
    """Fetch `sources` into `out_dir` (raw.warc.gz, crawl_stats.json); returns the crawl stats.

    The crawl only fetches and archives; `spiders.parse.parse_run` turns the
    WARC into articles (so `all_topics` does not matter here; it is accepted
    for callers of the one-stage crawl). A `known.jsonl` in `out_dir` names
    URLs not to fetch again unless their sitemap lastmod is newer;
    `date_from`/`date_to` (ISO dates) skip URLs a sitemap or feed dates outside.
    Scrapy runs in a subprocess (its reactor cannot restart in-process). Output
    is written to a scratch directory and moved into place only when the crawl
    succeeded, so a failed crawl leaves no partial files behind.
    Listing and archive sources are discovered first (spiders/sources/crawl_hook.py),
    limited to `dates` (a spiders.sources.candidates.DateRange), with their
    resumable state under `state_dir` (default $DEALWATCH_HOME/archive_state).
    Raises SourceError for a malformed source or when every source failed, and
    RuntimeError when the crawler process crashed.
    """
    from spiders.sources import crawl_hook

    if not sources:
        raise SourceError("no source to crawl")
    for source in sources:
        validate_source(source)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".crawl-", dir=out_dir))
    settings = dict(settings or {})
    if known_file(out_dir).is_file():
        settings.setdefault("DEALWATCH_KNOWN_FILE", str(known_file(out_dir).resolve()))
    # The date range limits sitemap/feed discovery too (archive sources get `dates` in crawl_hook).
    date_from = date_from or _iso_day(getattr(dates, "start", None))
    date_to = date_to or _iso_day(getattr(dates, "end", None))
    if date_from:
        settings["DEALWATCH_FROM"] = date_from
    if date_to:
        settings["DEALWATCH_TO"] = date_to
    try:
        # The archive sources read the run's known.jsonl themselves (run_dir).
        direct, extra, found = crawl_hook.prepare(sources, scratch, dates=dates, state_dir=state_dir,
                                                  run_dir=out_dir)
        _run_subprocess(direct, scratch, all_topics=all_topics, settings={**extra, **settings})
        stats = json.loads((scratch / "crawl_stats.json").read_text(encoding="utf-8"))
        crawl_hook.merge_stats(stats, sources, found)
        (scratch / "crawl_stats.json").write_text(json.dumps(stats, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
        _raise_if_all_failed(stats)
        for name in OUTPUT_FILES:
            os.replace(scratch / name, out_dir / name)
        return stats
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _iso_day(value: Any) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else None


def _run_subprocess(sources: list[str], out: Path, *, all_topics: bool, settings: dict[str, Any]) -> None:
    cmd = [sys.executable, "-m", "spiders.run", *sources, "--out", str(out)]
    if all_topics:
        cmd.append("--all-topics")
    for key, value in settings.items():
        cmd += ["--set", f"{key}={value if isinstance(value, str) else json.dumps(value)}"]
    env = dict(os.environ)
    # The child must import this package however the parent found it.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=str(PROJECT_ROOT))
    if proc.returncode != 0 or not (out / "crawl_stats.json").is_file():
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        last = lines[-1].strip() if lines else f"exit status {proc.returncode}"
        raise RuntimeError(f"crawler process failed: {last}")


def _raise_if_all_failed(stats: dict[str, Any]) -> None:
    failed = stats.get("failed_sources", [])
    if not failed or {f.get("source") for f in failed} != set(stats.get("sources", [])):
        return
    details = "; ".join(f.get("error", f.get("source", "?")) for f in failed)
    permanent = all(f.get("permanent", True) for f in failed)
    raise AllSourcesFailed(f"every source failed: {details}", permanent=permanent)
