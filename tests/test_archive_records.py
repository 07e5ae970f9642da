"""spiders.archive writes an exchange's two records byte for byte as warcio's writer did, and warcio reads them back."""
from __future__ import annotations

import gzip
import io
import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.recordbuilder import RecordBuilder
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from spiders import archive

DATE = "2026-12-02T08:30:00Z"
BODY = ("<html><head><title>Übernahme</title></head><body><p>Facebook kauft WhatsApp für 19 Milliarden Dollar."
        "</p></body></html>").encode("utf-8")
EXCHANGES = [
    {"url": "https://www.example.de/wirtschaft/artikel-1.html?seite=2", "method": "GET",
     "request_headers": [("Accept", "text/html"), ("User-Agent", "dealwatch/0.2 (+https://example.invalid)")],
     "status": 200, "response_headers": [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", "9"),
                                         ("Transfer-Encoding", "chunked"), ("Content-Disposition", "inline; filename=Ü.html")],
     "body": BODY, "meta": {"dealwatch_source": "https://www.example.de/sitemap.xml", "found_via": "sitemap",
                            "outlet_id": "example", "dealwatch_role": "article", "lastmod": "2014-02-20"}},
    {"url": "http://127.0.0.1:8000/", "method": "GET", "request_headers": [], "status": 599,
     "response_headers": [], "body": b"", "meta": {}},
    {"url": "https://www.example.de/robots.txt", "method": "GET", "request_headers": [("Accept", "*/*")],
     "status": 404, "response_headers": [("Server", "test")], "body": b"not found\r\n", "meta": {"capture_time": ""}},
]


def _through_warcio(out: io.BytesIO, url: str, method: str, request_headers: list[tuple[str, str]], status: int,
                    response_headers: list[tuple[str, str]], body: bytes, meta: dict) -> None:
    """The exchange as spiders.archive wrote it before: warcio's records, digests handed in, written by warcio."""
    writer = WARCWriter(out, gzip=False)
    extra = archive.dealwatch_headers(meta)

    def digests(http: StatusAndHeaders, payload: bytes) -> dict[str, str]:
        import hashlib

        http.compute_headers_buffer(writer.header_filter)
        block = hashlib.sha1(http.headers_buff)
        block.update(payload)
        return {"WARC-Payload-Digest": archive._sha1_label(hashlib.sha1(payload)),
                "WARC-Block-Digest": archive._sha1_label(block)}

    parts = archive.urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    req = StatusAndHeaders(f"{method} {target} HTTP/1.1", [("Host", parts.netloc), *request_headers],
                           is_http_request=True)
    request = writer.create_warc_record(url, "request", payload=io.BytesIO(b""), length=0, http_headers=req,
                                        warc_headers_dict=digests(req, b""))
    headers = [(k, v) for k, v in response_headers if k.lower() not in archive._DROP_HEADERS]
    headers.append(("Content-Length", str(len(body))))
    http = StatusAndHeaders(f"{status} {archive._reason(status)}", headers, protocol="HTTP/1.1")
    response = writer.create_warc_record(url, "response", payload=io.BytesIO(body), length=len(body),
                                         http_headers=http, warc_headers_dict={**extra, **digests(http, body)})
    request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
    writer.write_record(response)
    writer.write_record(request)


@pytest.mark.parametrize("exchange", EXCHANGES, ids=["article", "empty", "robots"])
def test_an_exchange_is_written_as_warcio_wrote_it(exchange: dict, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # warcio made the request record first: its id is the second of ours (the response's is made first here).
    ids = iter(["<urn:uuid:request>", "<urn:uuid:response>"])
    monkeypatch.setattr(RecordBuilder, "_make_warc_id", classmethod(lambda cls: next(ids)))
    monkeypatch.setattr(RecordBuilder, "_make_warc_date", classmethod(lambda cls, use_micros=False: DATE))
    expected = io.BytesIO()
    _through_warcio(expected, **exchange)

    ours = iter(["<urn:uuid:response>", "<urn:uuid:request>"])
    monkeypatch.setattr(archive, "_record_id", lambda: next(ours))
    monkeypatch.setattr(archive, "_warc_date", lambda: DATE)
    path = tmp_path / "raw.warc.gz"
    warc = archive.WarcArchive(path)
    warc.write_exchange(**exchange)
    warc.close()
    assert warc.records == 2
    assert gzip.decompress(path.read_bytes()) == expected.getvalue()


def test_warcio_reads_the_records_back_and_their_digests_check(tmp_path: Path) -> None:
    path = tmp_path / "raw.warc.gz"
    warc = archive.WarcArchive(path)
    for exchange in EXCHANGES:
        warc.write_exchange(**exchange)
    warc.write_failure(url="https://www.example.de/weg.html", reason="not_found", error="404", meta={})
    warc.close()
    with path.open("rb") as fh:
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
                   for r in ArchiveIterator(fh, check_digests=True)]
    responses = [(url, payload) for kind, url, payload in records if kind == "response"]
    assert responses == [(e["url"], e["body"]) for e in EXCHANGES]
    assert [kind for kind, _u, _p in records] == [*itertools.chain.from_iterable(
        ["response", "request"] for _ in EXCHANGES), "metadata"]
    # `warcio check` reads every record and finds its digests right.
    check = subprocess.run([Path(sys.executable).parent / "warcio", "check", "-v", str(path)],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count("digest pass") >= 2 * len(EXCHANGES)


GIVEN = [("WARC-Dealwatch-Source", "https://www.example.de/feed.xml"), ("WARC-Dealwatch-Role", "article")]
ADDED = [("WARC-Concurrent-To", "<urn:uuid:other>"), ("WARC-Warcinfo-ID", "<urn:uuid:info>")]


@pytest.mark.parametrize("kind", ["request", "response"])
@pytest.mark.parametrize(("given", "added"), [([], []), (GIVEN, []), ([], ADDED), (GIVEN, ADDED)],
                         ids=["none", "given", "added", "both"])
def test_fields_given_at_creation_and_added_later_take_warcio_places(kind: str, given: list, added: list,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # crawl23 wrote the order for one case (a request handed one field, moved behind the date); any number of
    # fields on either record, handed at creation or added after it, lands where warcio puts it
    monkeypatch.setattr(RecordBuilder, "_make_warc_id", classmethod(lambda cls: "<urn:uuid:record>"))
    monkeypatch.setattr(RecordBuilder, "_make_warc_date", classmethod(lambda cls, use_micros=False: DATE))
    url, body = "https://www.example.de/a.html", (BODY if kind == "response" else b"")
    http = (StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1") if kind == "response"
            else StatusAndHeaders("GET /a.html HTTP/1.1", [("Host", "www.example.de")], is_http_request=True))
    writer = WARCWriter(io.BytesIO(), gzip=False)
    http.compute_headers_buffer(writer.header_filter)
    ours = gzip.decompress(archive._http_record("WARC/1.0", kind, url, "<urn:uuid:record>", DATE,
                                                http.headers_buff, body, given=given, added=added))
    digests = {"WARC-Payload-Digest": archive._sha1_label(archive.hashlib.sha1(body)),
               "WARC-Block-Digest": archive._sha1_label(archive.hashlib.sha1(http.headers_buff + body))}
    record = writer.create_warc_record(url, kind, payload=io.BytesIO(body), length=len(body), http_headers=http,
                                       warc_headers_dict={**dict(given), **digests})
    for name, value in added:
        record.rec_headers.add_header(name, value)
    writer.write_record(record)
    assert ours == writer.out.getvalue()


def test_an_exchange_served_by_the_local_http_server_is_written_as_warcio_wrote_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # real response headers (Server, Date, Content-type, Last-Modified) from the crawl tests' local HTTP server
    import urllib.request

    from dealwatch_testing.http_server import serve_directory

    site = tmp_path / "site"
    site.mkdir()
    (site / "artikel.html").write_bytes(BODY)
    with serve_directory(site) as base_url:
        with urllib.request.urlopen(base_url + "artikel.html", timeout=10) as reply:
            exchange = {"url": base_url + "artikel.html", "method": "GET", "request_headers": [("Accept", "text/html")],
                        "status": reply.status, "response_headers": list(reply.headers.items()), "body": reply.read(),
                        "meta": {"dealwatch_source": base_url + "sitemap.xml", "dealwatch_role": "article"}}
    assert exchange["status"] == 200 and exchange["body"] == BODY and len(exchange["response_headers"]) >= 3
    test_an_exchange_is_written_as_warcio_wrote_it(exchange, tmp_path, monkeypatch)
    with (tmp_path / "raw.warc.gz").open("rb") as fh:
        records = list((r.rec_type, dict(r.rec_headers.headers)) for r in ArchiveIterator(fh, check_digests=True))
    (_, response), (_, request) = records
    assert request["WARC-Concurrent-To"] == response["WARC-Record-ID"]
    assert response["WARC-Dealwatch-Role"] == "article" and "WARC-Dealwatch-Role" not in request
