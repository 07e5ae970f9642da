"""The bundled demo site: the seed articles plus a few pages the filters must drop.

`materialize(base_url, target)` renders it into a directory (HTML pages,
sitemap.xml, feed.xml, robots.txt) with every link absolute under `base_url`,
so the same content can be crawled over file:// or served over http.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

PACKAGE_DIR = Path(__file__).resolve().parent
GERMAN_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember"]


@dataclass
class DemoArticle:
    """One page of the demo site, as rendered."""

    slug: str
    title: str
    outlet: str
    section: str
    kind: str
    published: str | None
    published_is_estimate: bool
    published_basis: str
    authors: list[str]
    authors_is_estimate: bool
    text: str
    url: str = ""
    blocks: list[dict[str, Any]] = field(default_factory=list)

    @property
    def locale(self) -> str:
        return "en_US" if self.kind == "english" else "de_DE"

    @property
    def teaser(self) -> str:
        first = next((b["text"] for b in self.blocks if b["kind"] == "p"), "")
        return first if len(first) <= 200 else first[:197].rsplit(" ", 1)[0] + " …"

    @property
    def published_display(self) -> str:
        if not self.published:
            return "Datum unbekannt"
        day = date.fromisoformat(self.published)
        if self.published_is_estimate:
            return f"ca. {GERMAN_MONTHS[day.month - 1]} {day.year}"
        return f"{day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}"

    @property
    def rfc822_date(self) -> str | None:
        if not self.published or self.published_is_estimate:
            return None
        day = date.fromisoformat(self.published)
        return format_datetime(datetime(day.year, day.month, day.day, 8, 0, tzinfo=timezone.utc))

    @property
    def jsonld(self) -> dict[str, Any]:
        """NewsArticle JSON-LD; estimated values are left out rather than stated as fact."""
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "mainEntityOfPage": self.url,
            "inLanguage": "en" if self.kind == "english" else "de",
            "articleSection": self.section,
            "publisher": {"@type": "Organization", "name": self.outlet},
        }
        if self.published and not self.published_is_estimate:
            data["datePublished"] = self.published
        if self.authors and not self.authors_is_estimate:
            data["author"] = [{"@type": "Person", "name": name} for name in self.authors]
        return data


def load_manifest() -> dict[str, Any]:
    """The demo site's manifest (articles and reader comments)."""
    return json.loads((PACKAGE_DIR / "manifest.json").read_text(encoding="utf-8"))


def load_articles(base_url: str) -> list[DemoArticle]:
    """Every demo article with its text split into blocks and its absolute URL."""
    articles = []
    for entry in load_manifest()["articles"]:
        text = (PACKAGE_DIR / entry["file"]).read_text(encoding="utf-8")
        article = DemoArticle(
            slug=entry["slug"], title=entry["title"], outlet=entry["outlet"], section=entry["section"],
            kind=entry["kind"], published=entry.get("published"),
            published_is_estimate=bool(entry.get("published_is_estimate")),
            published_basis=entry.get("published_basis", ""), authors=list(entry.get("authors", [])),
            authors_is_estimate=bool(entry.get("authors_is_estimate")), text=text,
            url=f"{base_url}articles/{entry['slug']}.html",
        )
        article.blocks = text_blocks(text, title=article.title)
        articles.append(article)
    return articles


def text_blocks(text: str, *, title: str = "") -> list[dict[str, Any]]:
    """Split a plain text into paragraphs, short headings and bullet lists.

    Leading lines that repeat the title are dropped (the page shows it as <h1>).
    """
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    while lines and lines[0] == title.strip():
        lines.pop(0)
    blocks: list[dict[str, Any]] = []
    for line in lines:
        if line[:2] in ("- ", "– "):
            item = line[2:].strip()
            if blocks and blocks[-1]["kind"] == "ul":
                blocks[-1]["items"].append(item)
            else:
                blocks.append({"kind": "ul", "items": [item], "text": item})
        elif len(line) <= 90 and line.endswith(("?", ":")):
            blocks.append({"kind": "h2", "text": line})
        else:
            blocks.append({"kind": "p", "text": line})
    return blocks


def template_environment() -> Environment:
    """The Jinja environment of the demo site's templates (autoescaped, with the `jsonld` filter)."""
    env = Environment(loader=FileSystemLoader(str(PACKAGE_DIR / "templates")), autoescape=True,
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["jsonld"] = _jsonld_filter
    return env


def _jsonld_filter(data: Any) -> Markup:
    # Safe inside <script>: no "</script>", no HTML-significant characters.
    dumped = json.dumps(data, ensure_ascii=False, indent=2)
    dumped = dumped.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(dumped)


def materialize(base_url: str, target: Path) -> Path:
    """Write the demo site into `target` with absolute URLs under `base_url`; returns `target`.

    Idempotent: running it again rewrites the same files with the same content.
    """
    if not base_url.endswith("/"):
        raise ValueError(f"base_url must end with '/': {base_url!r}")
    target = Path(target)
    (target / "articles").mkdir(parents=True, exist_ok=True)
    env = template_environment()
    articles = load_articles(base_url)
    comments = load_manifest().get("comments", [])

    page = env.get_template("article.html.j2")
    for article in articles:
        others = [a for a in articles if a.slug != article.slug]
        html = page.render(article=article, others=others, comments=comments, base_url=base_url,
                           lang="en" if article.kind == "english" else "de")
        _write(target / "articles" / f"{article.slug}.html", html)

    sections: dict[str, list[DemoArticle]] = {}
    for article in articles:
        sections.setdefault(article.section, []).append(article)
    _write(target / "index.html",
           env.get_template("index.html.j2").render(sections=list(sections.items()), base_url=base_url, lang="de"))
    _write(target / "sitemap.xml", env.get_template("sitemap.xml.j2").render(articles=articles, base_url=base_url))
    _write(target / "feed.xml", env.get_template("feed.xml.j2").render(articles=articles, base_url=base_url))
    _write(target / "robots.txt", f"User-agent: *\nDisallow: /private/\n\nSitemap: {base_url}sitemap.xml\n")
    return target


def _write(path: Path, content: str) -> None:
    path.write_text(content, encoding="utf-8")
