"""An article page given directly as a source. found_via: page.

It has no `sniff`: a source whose response no other kind claims is a page.
The spider archives the start response itself, so `parse` yields nothing.
"""
from __future__ import annotations

from collections.abc import Iterator

from scrapy.http import Response

from spiders.sources import Context, KindSpec, Link, register


def parse(response: Response, ctx: Context) -> Iterator[Link]:
    """A page links to nothing the crawl follows."""
    return iter(())


SPEC = register(KindSpec(name="page", parse=parse))
