"""Building the static report site under `out_dir` from the warehouse.

`build_report(db_path, out_dir, lang="de")` is the one entry point (the CLI,
the flow and `make bench` call it). The site is rendered completely in memory
before anything is written, so a failure (a corrupt warehouse) leaves the
previous site untouched; then every file is replaced atomically, the index
last, and pages of the previous build that no longer exist are removed.
"""
from __future__ import annotations

import os
import tempfile
from importlib import resources
from pathlib import Path
from collections.abc import Callable
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

__all__ = ["build_report", "render_site", "safe_url", "split_sentence", "write_atomic"]


def build_report(db_path: Path, out_dir: Path, lang: str = DEFAULT_LANGUAGE) -> Path:
    """Write the site (index, question, outlet and runs pages, one stylesheet) to `out_dir`; returns index.html.

    The warehouse is opened read-only; a missing or empty one gives the
    "no data yet" page and is not created. Raises `WarehouseError` for a
    corrupt warehouse (nothing is written then) and `ValueError` for an
    unknown `lang`.
    """
    files = render_site(Path(db_path), lang)
    return _publish(Path(out_dir), files)


def render_site(db_path: Path, lang: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """Every file of the site as {relative path: text}, rendered from the warehouse at `db_path`."""
    t = translator(lang)
    data = _read(db_path)
    env = _environment()
    env.globals["quoted"] = _quote_cache(env, t)
    builder = SiteBuilder(data, t)
    files = {page.path: env.get_template(page.template).render(**page.context) for page in builder.pages()}
    files.update(builder.tables())
    files[STYLESHEET] = resources.files("reports").joinpath("templates", STYLESHEET).read_text(encoding="utf-8")
    return files


def _quote_cache(env: Environment, t: Any) -> Callable[[dict[str, Any]], Markup]:
    """A claim as a list entry (quote, answer, outlet, article) on a sub-page, rendered once per claim.

    Each claim is listed on its question's page and its outlet's page: with
    10,000 articles that is 60,000 quotes, so each is rendered only once.
    """
    quote = env.get_template("macros.html.j2").make_module({"t": t}).quote
    cache: dict[str, Markup] = {}

    def quoted(claim: dict[str, Any]) -> Markup:
        html = cache.get(claim["claim_id"])
        if html is None:
            html = cache[claim["claim_id"]] = Markup(quote(claim, "../", True))
        return html

    return quoted


def _read(db_path: Path) -> dict[str, Any]:
    if not db_path.is_file():
        return empty_site_data()
    conn = connect(db_path, read_only=True)
    try:
        return read_site_data(conn)
    except duckdb.Error as exc:
        raise translate_error(db_path, exc) from None
    finally:
        conn.close()


def _publish(out_dir: Path, files: dict[str, str]) -> Path:
    """Write `files` under `out_dir`, each atomically, index last; drop stale pages of an earlier build."""
    for rel in sorted(files, key=lambda p: p == REPORT_FILE):
        write_atomic(out_dir / rel, files[rel])
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

