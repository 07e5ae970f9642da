"""outlets.toml: records, identity per host and name, selection, and a malformed file."""
from __future__ import annotations

from pathlib import Path

import pytest

from spiders.outlets import (
    OutletsFileError,
    identify,
    load_outlets,
    outlet_by_host,
    outlet_records,
    select_outlets,
)


def test_records_cover_at_least_15_german_language_outlets_in_three_countries() -> None:
    records = outlet_records()
    assert len(records) >= 15
    assert {r["country"] for r in records} == {"DE", "AT", "CH"}
    assert len({r["outlet_id"] for r in records}) == len(records)
    for record in records:
        assert set(record) == {"outlet_id", "name", "hosts", "country", "kind", "aliases"}
        assert record["hosts"] and all(not h.startswith("www.") for h in record["hosts"])
    # Every outlet can be crawled: at least one source of some kind.
    assert all(outlet.sources for outlet in load_outlets())


def test_one_identity_per_host_whatever_the_page_calls_itself() -> None:
    assert identify("www.spiegel.de", ["SPIEGEL ONLINE"]) == ("spiegel", "DER SPIEGEL")
    assert identify("spiegel.de", ["DER SPIEGEL"]) == ("spiegel", "DER SPIEGEL")
    assert identify("rss.golem.de") == ("golem", "Golem.de")
    # An unknown host that names a known outlet (e.g. an AMP cache) is that outlet.
    assert identify("amp.cdn.example", ["Spiegel Online"]) == ("spiegel", "DER SPIEGEL")
    # An unknown host is its own outlet (under the name the page gives, if any) ...
    assert identify("blog.example.org", ["Mein Blög"]) == ("blog.example.org", "Mein Blög")
    assert identify("blog.example.org") == ("blog.example.org", "blog.example.org")
    # ... but a bare IP or file:// says nothing: the page's own name keeps outlets on one server apart.
    assert identify("127.0.0.1", ["Mein Blög"]) == ("127.0.0.1/mein-blog", "Mein Blög")
    assert identify("", ["Demo-Tagblatt"]) == ("demo-tagblatt", "Demo-Tagblatt")
    assert outlet_by_host("notspiegel.de") is None


def test_select_outlets_by_id_name_or_alias_and_unknown_names_fail() -> None:
    chosen = select_outlets(["heise", "Süddeutsche Zeitung", "nzz", "NZZ"])
    assert [o.id for o in chosen] == ["heise", "sz", "nzz"]
    with pytest.raises(OutletsFileError, match="unknown outlet.*nosuch"):
        select_outlets(["heise", "nosuch"])


@pytest.mark.parametrize(("entry", "message"), [
    ('id = "x"\nname = "X"\ncountry = "DE"\n', "missing key 'hosts'"),
    ('id = "x"\nname = "X"\ncountry = "FR"\nhosts = ["x.de"]\n', "country must be"),
    ('id = "X Y"\nname = "X"\ncountry = "DE"\nhosts = ["x.de"]\n', "id must match"),
    ('id = "x"\nname = "X"\ncountry = "DE"\nhosts = ["x.de"]\n[outlet.filters]\nurl_exclude = "("\n',
     "not a regular expression"),
])
def test_malformed_outlets_file_names_the_entry(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "outlets.toml"
    path.write_text("[[outlet]]\n" + entry, encoding="utf-8")
    with pytest.raises(OutletsFileError, match=message):
        load_outlets(path)


def test_source_kinds_are_keys_so_a_new_kind_is_one_more_key(tmp_path: Path) -> None:
    path = tmp_path / "outlets.toml"
    path.write_text('[[outlet]]\nid = "x"\nname = "X"\ncountry = "AT"\nhosts = ["www.x.at"]\n'
                    '[outlet.sources]\nfeed = ["https://x.at/rss"]\nlisting = ["https://x.at/archiv"]\n',
                    encoding="utf-8")
    (outlet,) = load_outlets(path)
    assert outlet.hosts == ("x.at",)
    assert outlet.source_urls == {"feed": ("https://x.at/rss",), "listing": ("https://x.at/archiv",)}
    assert outlet.sources == ["https://x.at/rss", "https://x.at/archiv"]
