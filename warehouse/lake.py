"""A DuckLake catalog over the Parquet export: the multi-writer warehouse beyond one file.

DuckDB extensions ship on the package index as `duckdb-extension-<name>`
wheels holding `extensions/v<duckdb version>/<name>.duckdb_extension`; nothing
is downloaded at run time. The wheel's DuckDB version must equal the
installed DuckDB's (DuckDB refuses any other build).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import duckdb

from warehouse.claim_schema import sql_string
from warehouse.errors import WarehouseError
from warehouse.export import BY_MONTH, WHOLE_TABLES


def ducklake_extension_path() -> Path | None:
    """The ducklake extension file built for the installed DuckDB, from its wheel; None when not installed."""
    spec = importlib.util.find_spec("duckdb_extension_ducklake")
    if spec is None or not spec.submodule_search_locations:
        return None
    candidate = Path(list(spec.submodule_search_locations)[0]) / "extensions" / f"v{duckdb.__version__}" / "ducklake.duckdb_extension"
    return candidate if candidate.is_file() else None


def attach_export(conn: duckdb.DuckDBPyConnection, export_dir: Path, catalog: Path, name: str = "lake") -> list[str]:
    """Attach a DuckLake catalog at `catalog` and register the Parquet files of `export_dir` in it.

    Returns the tables registered. Raises WarehouseError when no ducklake
    extension for this DuckDB version is installed.
    """
    extension = ducklake_extension_path()
    if extension is None:
        raise WarehouseError(
            f"no duckdb-extension-ducklake wheel for DuckDB {duckdb.__version__} is installed "
            f"(pip install duckdb-extension-ducklake=={duckdb.__version__})"
        )
    export_dir, catalog = Path(export_dir), Path(catalog)
    conn.execute(f"LOAD {sql_string(str(extension))}")
    conn.execute(f"ATTACH {sql_string('ducklake:' + str(catalog))} AS {name} "
                 f"(DATA_PATH {sql_string(str(catalog.parent / (catalog.name + '.files')))})")
    registered = []
    for table in (*BY_MONTH, *WHOLE_TABLES):
        files = sorted(str(p) for p in (export_dir / table).rglob("*.parquet"))
        if not files:
            continue
        conn.execute(f"CREATE TABLE {name}.{table} AS SELECT * FROM read_parquet(?, hive_partitioning = false) LIMIT 0", [files])
        for file in files:
            conn.execute(f"CALL ducklake_add_data_files({sql_string(name)}, {sql_string(table)}, ?)", [file])
        registered.append(table)
    return registered
