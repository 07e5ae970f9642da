"""The parse stage decodes pages exactly as Scrapy's `response.text` does (spiders.parse.decode), without Scrapy."""
from __future__ import annotations

import subprocess
import sys

import pytest
from scrapy.http import HtmlResponse

from spiders.parse.decode import decode_html

_UMLAUTS = "<p>Übernahme für 19 Milliarden – „Datenschützer“ äußern Bedenken</p>"
_PAGE = "<html><head>{meta}<title>Seite</title></head><body>{body}</body></html>"
_CASES = [
    # (body, headers)
    (_PAGE.format(meta="", body=_UMLAUTS).encode("utf-8"), [("Content-Type", "text/html; charset=utf-8")]),
    (_PAGE.format(meta="", body=_UMLAUTS).encode("cp1252"), [("Content-Type", "text/html; charset=windows-1252")]),
    (_PAGE.format(meta="", body=_UMLAUTS).encode("cp1252"), [("content-type", "text/html; charset=ISO-8859-1")]),
    (_PAGE.format(meta='<meta charset="windows-1252">', body=_UMLAUTS).encode("cp1252"), [("Content-Type", "text/html")]),
    (_PAGE.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">',
                  body="<p>Übernahme für Größe</p>").encode("iso-8859-15"), []),
    (_PAGE.format(meta="", body=_UMLAUTS).encode("utf-8"), []),  # nothing declared, valid UTF-8
    (_PAGE.format(meta="", body=_UMLAUTS).encode("cp1252"), []),  # nothing declared, not UTF-8: detection
    (_PAGE.format(meta="", body="<p>plain ascii</p>").encode("ascii"), [("Content-Type", "text/html")]),
    (b"\xef\xbb\xbf" + _PAGE.format(meta="", body=_UMLAUTS).encode("utf-8"),
     [("Content-Type", "text/html; charset=iso-8859-1")]),  # a BOM wins over the header
    (_PAGE.format(meta="", body=_UMLAUTS).encode("utf-16"), []),
    # the header wins over <meta>; the last of two Content-Type headers counts
    (_PAGE.format(meta='<meta charset="iso-8859-1">', body=_UMLAUTS).encode("utf-8"),
     [("Content-Type", "text/html; charset=iso-8859-1"), ("Content-Type", "text/html; charset=utf-8")]),
    (_PAGE.format(meta="", body=_UMLAUTS).encode("utf-8"), [("Content-Type", "text/html; charset=no-such-charset")]),
    (b"", []),
]


@pytest.mark.parametrize(("body", "headers"), _CASES)
def test_decoding_equals_scrapys_response_text(body: bytes, headers: list[tuple[str, str]]) -> None:
    expected = HtmlResponse(url="https://example.org/a", status=200, headers=headers, body=body).text
    assert decode_html(body, headers) == expected


def test_umlauts_survive_a_declared_windows_1252_page() -> None:
    body, headers = _CASES[1]
    assert "Übernahme für" in decode_html(body, headers) and "„Datenschützer“" in decode_html(body, headers)


def test_the_parse_stage_loads_without_scrapy() -> None:
    code = "import sys, spiders.parse, spiders.parse.unwrap as u; u._load_modules(); print('scrapy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False"]
