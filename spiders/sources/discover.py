"""Turn listing and archive sources into candidates: what `dealwatch discover` prints and the crawl fetches.

Source syntax (CONTRACT.md): `wayback:HOST_OR_URL_PREFIX`,
`commoncrawl:HOST_OR_URL_PREFIX`, and `listing:URL` (a topic, tag or archive
page). Every other source (sitemap, feed, page) goes to the spider directly.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from spiders.errors import SourceError
from spiders.identity import clean_url
from spiders.sources import discovering_kind, outlet_sources
from spiders.sources.candidates import Candidate, DateRange
from spiders.sources.politeness import ArchiveError, Politeness, PoliteClient
from spiders.sources.state import FetchedLog, default_state_dir

CANDIDATES_FILE = "candidates.jsonl"


def kind_of(source: str) -> str | None:
    """The kind of a listing or archive source (`listing`, `wayback`, `commoncrawl`: a registered kind with
    `discover`, spiders/sources/__init__.py), None for a URL the spider reads itself."""
    spec = discovering_kind(source)
    return spec.name if spec else None


def validate(source: str) -> None:
    """Raise SourceError unless an indirect source names a usable target."""
    kind = kind_of(source)
    target = source.partition(":")[2].strip()
    if kind is None:
        raise SourceError(f"not a listing or archive source: {source!r}")
    if not target:
        raise SourceError(f"malformed source {source!r}: nothing after '{kind}:'")
    if kind == "listing":
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise SourceError(f"malformed source {source!r}: a listing is an http(s) URL")
        return
    bare = target.split("://", 1)[-1]
    host = bare.split("/", 1)[0]
    if not host or "." not in host or any(c.isspace() for c in target):
        raise SourceError(f"malformed source {source!r}: expected {kind}:HOST_OR_URL_PREFIX (e.g. {kind}:heise.de)")


@dataclass
class Discovery:
    """The outcome of discovery: candidates to fetch, skipped ones, failed sources, requests per service."""

    candidates: list[Candidate] = field(default_factory=list)
    already_fetched: int = 0
    known: int = 0
    failed_sources: list[dict[str, Any]] = field(default_factory=list)
    index_requests: dict[str, int] = field(default_factory=dict)

    def write(self, path: Path) -> None:
        """The candidates as JSON Lines (the spider's input)."""
        with Path(path).open("w", encoding="utf-8") as fh:
            for candidate in self.candidates:
                fh.write(json.dumps(candidate.to_json(), ensure_ascii=False) + "\n")


def read_candidates(path: Path) -> Iterator[Candidate]:
    """Candidates written by Discovery.write."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield Candidate.from_json(json.loads(line))


def discover(sources: Iterable[str], dates: DateRange, *, state_dir: Path | None = None,
             politeness: Politeness | None = None, skip_fetched: bool = True,
             known_urls: Iterable[str] = ()) -> Discovery:
    """Candidates of every indirect source, each URL once, without those already fetched or known.

    A source that fails (after retries) is listed in `failed_sources` with one
    line of reason; the candidates it yielded before failing are kept, and the
    index pages it read stay in the state, so the next run continues there.
    """
    state = Path(state_dir) if state_dir else default_state_dir()
    fetched = FetchedLog(state)
    known = set(known_urls)
    result = Discovery()
    clients: dict[str, PoliteClient] = {}
    seen: set[str] = set()
    for source in sources:
        validate(source)
        kind = kind_of(source)
        client = clients.setdefault(_service(source), PoliteClient(_service(source), politeness))
        try:
            for candidate in _candidates(source, dates, client=client, state_dir=state):
                if candidate.original_url in seen:
                    continue
                seen.add(candidate.original_url)
                if skip_fetched and candidate.capture_id in fetched:
                    result.already_fetched += 1
                elif candidate.original_url in known or clean_url(candidate.original_url) in known:
                    result.known += 1
                else:
                    result.candidates.append(candidate)
        except ArchiveError as exc:
            result.failed_sources.append({"source": source, "error": str(exc), "permanent": False, "kind": kind})
    for name, client in clients.items():
        result.index_requests[name] = client.requests_sent
        client.close()
    return result


def _service(source: str) -> str:
    kind = kind_of(source)
    if kind == "listing":
        return f"listing:{urlsplit(source.partition(':')[2]).hostname}"
    return kind or "?"


def _candidates(source: str, dates: DateRange, *, client: PoliteClient, state_dir: Path) -> Iterator[Candidate]:
    spec, target = discovering_kind(source), source.partition(":")[2].strip()
    if spec is None or spec.discover is None:
        raise SourceError(f"not a listing or archive source: {source!r}")
    outlet = outlet_sources.for_host(urlsplit(target if "://" in target else "http://" + target).hostname or "")
    yield from spec.discover(target, dates, client=client, state_dir=state_dir, outlet=outlet)
