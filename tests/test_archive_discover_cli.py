"""`dealwatch discover`: candidates with where each came from, no article fetched; bad input is exit 2."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipelines.cli import main
from tests.fixtures import archive_worlds
from tests.fixtures.archive_services import FakeArchive, serve_archive


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeArchive]:
    with serve_archive(archive_worlds.wayback_world()) as server:
        yield server


@pytest.fixture
def env(fake: FakeArchive, data_home: Path, monkeypatch: pytest.MonkeyPatch) -> FakeArchive:
    monkeypatch.setenv("DEALWATCH_WAYBACK_URL", fake.base_url)
    monkeypatch.setenv("DEALWATCH_ARCHIVE_DELAY", "0")
    fake.reset_log()
    return fake


def test_discover_prints_candidates_without_fetching_articles(env: FakeArchive, data_home: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["discover", "--source", "wayback:tagesblatt-beispiel.de/digital/", "--since", "2014-02",
                 "--to", "2014-12"])
    out, err = capsys.readouterr()
    lines = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and len(lines) == 40
    assert {line[0] for line in lines} == {archive_worlds.deal_url(n) for n in range(40)}
    assert all(line[1] == "wayback" and line[2].startswith("2014-") and
               line[3] == "wayback:tagesblatt-beispiel.de/digital/" for line in lines)
    assert "40 candidates" in err
    assert env.count("capture") == 0 and env.count("cdx") >= 1
    assert (data_home / "archive_state").is_dir()  # a crawl afterwards reuses the index pages read here

    env.reset_log()
    assert main(["discover", "--source", "wayback:tagesblatt-beispiel.de/digital/", "--from", "2014-02",
                 "--to", "2014-12", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 40 and env.requests == []
    assert records[0]["capture_url"].startswith(env.base_url + "/web/")


@pytest.mark.parametrize("argv, message", [
    (["discover", "--source", "wayback:tagesblatt-beispiel.de", "--from", "2014-13-01"], "bad date"),
    (["discover", "--source", "wayback:tagesblatt-beispiel.de", "--from", "2015", "--to", "2014"], "after"),
    (["discover", "--source", "wayback:"], "nothing after"),
    (["discover", "--source", "commoncrawl:kein host"], "HOST_OR_URL_PREFIX"),
    (["discover", "--source", "listing:ftp://x.de/thema"], "http"),
    (["discover", "--outlet", "Gibt es nicht"], "unknown outlet"),
    (["discover"], "nothing to discover"),
    (["crawl", "--source", "wayback:heise.de", "--to", "gestern"], "bad date"),
])
def test_bad_input_is_one_line_and_exit_2(argv: list[str], message: str, data_home: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
