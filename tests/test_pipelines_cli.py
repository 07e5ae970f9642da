"""The command line's edges: exit statuses, one-line errors, nothing stored is harmed."""
from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

from pipelines.cli import main

COMMANDS = ("run", "crawl", "extract", "load", "report", "claims", "sql", "serve", "status", "deploy")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse exits for --help and usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _assert_one_line_error(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err


def test_help_lists_every_contract_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    for command in COMMANDS:
        assert command in out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = _run(capsys, command, "--help")
    assert code == 0
    assert f"dealwatch {command}" in out


def test_unknown_option_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "sql", "--format", "xml")
    assert code == 2
    _assert_one_line_error(err)


@pytest.mark.parametrize("source", ["ftp://example.org/feed.xml", "not a url", "file:///no/such/sitemap.xml"])
def test_malformed_source_is_rejected_before_crawling(
    capsys: pytest.CaptureFixture[str], data_home: Path, source: str
) -> None:
    code, _, err = _run(capsys, "crawl", "--source", source)
    assert code == 2
    _assert_one_line_error(err)
    assert not (data_home / "staging").exists() or not any((data_home / "staging").iterdir())


def test_unwritable_data_directory_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("DEALWATCH_HOME", str(blocker / "data"))
    code, _, err = _run(capsys, "run")
    assert code == 2
    _assert_one_line_error(err)
    assert "not writable" in err


def test_corrupt_warehouse_is_exit_2_and_left_untouched(
    capsys: pytest.CaptureFixture[str], data_home: Path
) -> None:
    data_home.mkdir(parents=True)
    db = data_home / "dealwatch.duckdb"
    garbage = b"this is not a duckdb file\x00" * 100
    db.write_bytes(garbage)
    code, _, err = _run(capsys, "run", "--db", str(db))
    assert code == 2
    _assert_one_line_error(err)
    assert db.read_bytes() == garbage
    code, _, err = _run(capsys, "sql", "SELECT 1", "--db", str(db))
    assert code == 2
    _assert_one_line_error(err)
    assert db.read_bytes() == garbage


def test_sql_without_warehouse_is_exit_2(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    code, _, err = _run(capsys, "sql", "SELECT 1")
    assert code == 2
    _assert_one_line_error(err)
    assert "run 'dealwatch run' first" in err


def test_extract_without_staged_run_is_exit_2(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    code, _, err = _run(capsys, "extract")
    assert code == 2
    _assert_one_line_error(err)


def test_claims_reads_stdin_and_prints_contract_records(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Im Jahr 2014 übernahm Facebook den Messenger WhatsApp für 19 Milliarden US-Dollar."
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code, out, _ = _run(capsys, "claims")
    assert code == 0
    claims = [json.loads(line) for line in out.splitlines()]
    prices = [c for c in claims if c["type"] == "price"]
    assert len(prices) == 1
    price = prices[0]
    assert price["doc"] == "-"
    assert price["value"] == 19_000_000_000
    assert price["currency"] == "USD"
    assert price["qualifier"] == "exact"
    assert text[price["start"] : price["end"]] == price["text"]
    assert price["sentence"] == text


def test_claims_names_each_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("Facebook zahlte rund 22 Milliarden Dollar für WhatsApp.", encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text("Heute scheint die Sonne über Berlin.", encoding="utf-8")
    code, out, _ = _run(capsys, "claims", str(first), str(second))
    assert code == 0
    docs = {json.loads(line)["doc"] for line in out.splitlines()}
    assert docs == {str(first)}


def test_claims_on_missing_or_binary_file_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "claims", str(tmp_path / "missing.txt"))
    assert code == 2
    _assert_one_line_error(err)
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81" * 10)
    code, _, err = _run(capsys, "claims", str(binary))
    assert code == 2
    _assert_one_line_error(err)


def test_bad_cron_is_exit_2(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    code, _, err = _run(capsys, "serve", "--cron", "every tuesday")
    assert code == 2
    _assert_one_line_error(err)
    assert "cron" in err


def test_stages_one_at_a_time_on_the_demo_site(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    """crawl (no source: the demo site) -> extract -> load -> report, each as its own command."""
    expected = {"crawl": "5 articles staged", "extract": "claims into", "load": "loaded 5 articles", "report": "report written"}
    for command, message in expected.items():
        code, out, err = _run(capsys, command)
        assert code == 0, err
        assert message in out
    assert (data_home / "reports" / "index.html").is_file()
    code, out, _ = _run(capsys, "sql", "select count(*) as n from articles", "--format", "csv")
    assert code == 0 and out.splitlines() == ["n", "5"]
    # run alone, each stage still recorded its run: one row, last stage load
    code, out, _ = _run(capsys, "sql", "select command, state, stage, articles_crawled, articles_loaded from runs", "--format", "csv")
    assert out.splitlines()[1:] == ["load,completed,load,5,5"]
    code, out, _ = _run(capsys, "status")
    assert code == 0
    assert " load " in out.splitlines()[1] and "completed" in out.splitlines()[1]


@pytest.mark.parametrize(
    "argv",
    [
        ["run", "--out", "/proc/x"],
        ["run", "--db", "/proc/x/dealwatch.duckdb"],
        ["run", "--resume", "20990101T000000Z-nosuch"],
        ["run", "--runner", "dask", "--dask-address", "not-an-address"],
        ["run", "--dask-address", "tcp://127.0.0.1:8786"],
        ["run", "--batch-size", "0"],
        ["run", "--resume", "../etc"],
        ["crawl", "--db", "/proc/x/w.duckdb"],
    ],
)
def test_bad_options_are_exit_2_within_a_second_before_any_work(
    capsys: pytest.CaptureFixture[str], data_home: Path, argv: list[str]
) -> None:
    started = time.monotonic()
    code, _, err = _run(capsys, *argv)
    elapsed = time.monotonic() - started
    assert code == 2, err
    _assert_one_line_error(err)
    assert elapsed < 1.0, f"{argv} took {elapsed:.2f} s"
    assert not (data_home / "staging").exists() or not any((data_home / "staging").iterdir())


def test_status_shows_what_failed(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    from warehouse.runs import finish_run, start_run

    db = data_home / "dealwatch.duckdb"
    start_run(db, "20261130T080000Z-aaaaaa", ["http://127.0.0.1:1/feed.xml", "http://127.0.0.1:2/"])
    failures = [{"stage": "crawl", "item": "http://127.0.0.1:1/feed.xml", "error": "SourceError: connection refused"}]
    finish_run(db, "20261130T080000Z-aaaaaa", "partial", {"pages_seen": 4, "articles_loaded": 2}, error="crawl: 1 failed", failures=failures, stage="report")
    code, out, _ = _run(capsys, "status")
    assert code == 0
    lines = out.splitlines()
    assert "20261130T080000Z-aaaaaa" in lines[1] and "partial" in lines[1]
    assert lines[2].strip() == "crawl: http://127.0.0.1:1/feed.xml: SourceError: connection refused"
    code, out, _ = _run(capsys, "status", "--format", "json")
    assert json.loads(out)[0]["failures"] == failures
