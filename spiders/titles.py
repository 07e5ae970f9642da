"""The headline as printed: JSON-LD headline, else the article's h1, else og:title / <title> without the site's name.

Outlets tack their name and section onto <title> and og:title
(" | DER SPIEGEL", " - heise online", "SZ.de: ", " - Netzpolitik - derStandard.at › Web");
those affixes are removed using the outlet's names from outlets.toml, the
page's own og:site_name / publisher, and per-outlet `title_strip` patterns.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable

import lxml.html

_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|›|»|::|·)\s+")
_KICKER_CLASS = re.compile(r"kicker|dachzeile|overline|topline|eyebrow|roofline", re.IGNORECASE)
_LOGO_CLASS = re.compile(r"logo|brand|site-?title|masthead", re.IGNORECASE)
MAX_SECTION_WORDS = 3


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", "", text.casefold())


def heading_text(element: lxml.html.HtmlElement) -> str:
    """A heading's text without kicker spans, whitespace collapsed."""
    element = copy.deepcopy(element)
    for kicker in [e for e in element.iterdescendants() if _KICKER_CLASS.search(e.get("class", ""))]:
        kicker.drop_tree()
    return " ".join(element.text_content().split())


def article_headings(tree: lxml.html.HtmlElement) -> list[str]:
    """Texts of the h2 headings inside an article (a printed headline can be an h2 when h1 is the logo)."""
    return [heading_text(h) for h in tree.xpath("//article//h2")][:5]


def article_h1(tree: lxml.html.HtmlElement, site_names: Iterable[str] = ()) -> str:
    """The article's h1: inside <article>/<main> first, never a logo or the site's name."""
    names = {_key(n) for n in site_names if n}
    for xpath in ("//article//h1", "//main//h1", "//*[@itemprop='headline']", "//h1"):
        for element in tree.xpath(xpath):
            if _LOGO_CLASS.search(element.get("class", "")):
                continue
            text = heading_text(element)
            if len(text) >= 8 and _key(text) not in names:
                return text
    return ""


def strip_site(title: str, site_names: Iterable[str], patterns: Iterable[str] = ()) -> str:
    """`title` without a leading or trailing site name (and a section name between it and the headline)."""
    title = " ".join((title or "").split())
    for pattern in patterns:
        title = re.sub(pattern, "", title).strip()
    names = {_key(n) for n in site_names if n and _key(n)}
    if not names or not title:
        return title
    # Prefix: "SZ.de: Headline", "DER SPIEGEL | Headline".
    match = re.match(r"^(.{2,40}?)\s*(?::|\||-|–|—)\s+(.+)$", title)
    if match and _is_site(match.group(1), names):
        title = match.group(2).strip()
    # Suffix: "Headline | Section - Site › Subsection".
    parts = _SEPARATORS.split(title)
    for index in range(1, len(parts)):
        if _is_site(parts[index], names):
            kept = parts[:index]
            # Drop short section names just before the site name ("- Netzpolitik - derStandard.at").
            while len(kept) > 1 and len(kept[-1].split()) <= MAX_SECTION_WORDS:
                kept.pop()
            return _rejoin(title, kept)
    return title


def _is_site(segment: str, names: set[str]) -> bool:
    key = _key(segment)
    if not key:
        return False
    # "derStandard.at › Web" -> its first word is the site.
    first = _key(re.split(r"\s+(?:›|»|/)\s+", segment)[0])
    return key in names or first in names or any(key.startswith(n) and len(n) >= 4 for n in names if n)


def _rejoin(title: str, kept: list[str]) -> str:
    """The original text up to the end of the last kept part (keeps the original separators)."""
    end = 0
    for part in kept:
        end = title.index(part, end) + len(part)
    return title[:end].strip()


def best_title(*, jsonld_headline: str, h1: str, og_title: str, html_title: str, fallback: str,
               site_names: Iterable[str], patterns: Iterable[str] = (),
               headings: Iterable[str] | Callable[[], Iterable[str]] = ()) -> str:
    """The headline: JSON-LD headline, else h1, else og:title / <title> with site affixes removed.

    A cleaned og:title of the form "Kicker: Headline" whose Headline is a heading on the page
    gives Headline (the kicker is not part of the printed headline). `headings` may be a
    function giving them, called only when neither JSON-LD nor h1 gives the headline.
    """
    names = list(site_names)
    for candidate in (jsonld_headline, h1):
        cleaned = strip_site(candidate, names, patterns)
        if cleaned:
            return cleaned
    printed = {_key(h) for h in (headings() if callable(headings) else headings) if h}
    for candidate in (og_title, html_title, fallback):
        cleaned = strip_site(candidate, names, patterns)
        if cleaned:
            kicker, sep, rest = cleaned.partition(": ")
            if sep and _key(rest) in printed:
                return rest.strip()
            return cleaned
    return ""
