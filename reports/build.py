"""Building the static report site under `out_dir` from the warehouse.

`build_report(db_path, out_dir, lang="de")` is the one entry point (the CLI,
the flow and `make bench` call it). Each page is written as soon as it is
rendered, into a staging directory beside `out_dir` (so the rendered site is
never held in memory: it grows with the corpus), and only when every page is
rendered are the files moved into `out_dir`, each atomically, the index last;
pages of the previous build that no longer exist are then removed. A failure
(a corrupt warehouse) removes the staging directory and leaves the previous
site untouched.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from importlib import resources
from pathlib import Path
from collections.abc import Callable, Iterator
from typing import Any

import duckdb
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from reports.i18n import DEFAULT_LANGUAGE, translator
from reports.quotes import safe_url, split_sentence  # re-exported: older callers import them from here
from reports.site import SiteBuilder, empty_site_data, read_site_data
from warehouse.db import connect, translate_error

REPORT_FILE = "index.html"
STYLESHEET = "style.css"
PAGE_DIRS = ("questions", "outlets", "tables")  # folders the builder owns: stale files in them are removed

__all__ = ["build_report", "iter_site", "render_site", "safe_url", "split_sentence", "write_atomic"]


def build_report(db_path: Path, out_dir: Path, lang: str = DEFAULT_LANGUAGE) -> Path:
    """Write the site (index, question, outlet and runs pages, one stylesheet) to `out_dir`; returns index.html.

    The warehouse is opened read-only; a missing or empty one gives the
    "no data yet" page and is not created. Raises `WarehouseError` for a
    corrupt warehouse (nothing is written then) and `ValueError` for an
    unknown `lang`.
    """
    out_dir = Path(out_dir)
    files = iter_site(Path(db_path), lang)
    first = next(files)  # the warehouse is read here: a corrupt one raises before anything is staged
    parent = out_dir.absolute().parent  # the staging directory's: on out_dir's file system, for os.replace
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.absolute().name}.build-", dir=parent))
    try:
        written = [_stage_file(staging, rel, text) for rel, text in _chain(first, files)]
        return _publish(out_dir, staging, written)
    finally:
        files.close()  # the warehouse connection, at once (also when a page failed)
        shutil.rmtree(staging, ignore_errors=True)


def render_site(db_path: Path, lang: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """Every file of the site as {relative path: text}, rendered from the warehouse at `db_path`."""
    return dict(iter_site(db_path, lang))


def iter_site(db_path: Path, lang: str = DEFAULT_LANGUAGE) -> Iterator[tuple[str, str]]:
    """Every file of the site as (relative path, text), one at a time, rendered from the warehouse at `db_path`.

    The warehouse stays open (read-only) while the files are taken: the list
    pages read their rows as they are rendered.
    """
    t = translator(lang)
    env = _environment()
    env.globals["quoted"] = _quoter(env, t)
    conn = connect(db_path, read_only=True) if Path(db_path).is_file() else None
    try:
        try:
            data = read_site_data(conn) if conn is not None else empty_site_data()
            builder = SiteBuilder(conn if data["outlets"] else None, data, t)
            try:
                for page in builder.pages():
                    yield page.path, env.get_template(page.template).render(**page.context)
                tables = builder.tables()
            finally:
                builder.close()
        except duckdb.Error as exc:
            raise translate_error(db_path, exc) from None
        yield from tables.items()
    finally:
        if conn is not None:
            conn.close()
    yield STYLESHEET, resources.files("reports").joinpath("templates", STYLESHEET).read_text(encoding="utf-8")


def _chain(first: tuple[str, str], rest: Iterator[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    yield first
    yield from rest


def _stage_file(staging: Path, rel: str, text: str) -> str:
    """Write one rendered file under the staging directory; returns `rel`."""
    path = staging / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.chmod(path, 0o644)
    return rel


def _quoter(env: Environment, t: Any) -> Callable[[dict[str, Any]], Markup]:
    """A claim as a list entry (quote, answer, outlet, article) on a sub-page.

    Rendered where it is listed (its question's page and its outlet's page),
    never kept: a cache of every quote would grow with the corpus.
    """
    quote = env.get_template("macros.html.j2").make_module({"t": t}).quote

    def quoted(claim: dict[str, Any]) -> Markup:
        return Markup(quote(claim, "../", True))

    return quoted


def _publish(out_dir: Path, staging: Path, files: list[str]) -> Path:
    """Move the staged `files` into `out_dir`, each atomically (os.replace), index last; drop stale pages."""
    for rel in sorted(files, key=lambda p: p == REPORT_FILE):
        target = out_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / rel, target)
    keep = {out_dir / rel for rel in files}
    for folder in PAGE_DIRS:
        for old in (out_dir / folder).glob("*.*") if (out_dir / folder).is_dir() else ():
            if old not in keep:
                old.unlink(missing_ok=True)
    return out_dir / REPORT_FILE


def write_atomic(path: Path, text: str) -> Path:
    """Write `text` to `path` via a temporary file in the same directory and os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            handle.write(text)
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
    return path


def _environment() -> Environment:
    # Autoescape everything, whatever the template's name: scraped text reaches every page.
    return Environment(
        loader=PackageLoader("reports", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )

