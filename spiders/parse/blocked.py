"""Pages served with status 200 that are not the article: consent walls, paywall stubs, bot challenges.

Recognised from markup and wording outlets and challenge providers use; the
patterns are data (BLOCK_PATTERNS) so a new wall is one more line. Each
pattern looks at one part of the parsed page (its title, class/id values,
scripts, noscript text, JSON-LD), never at the whole HTML: scanning every
page's full markup with these patterns cost more than trafilatura itself.
"""
from __future__ import annotations

import re
from collections.abc import Callable

import lxml.html

Tree = lxml.html.HtmlElement


def _title(tree: Tree) -> str:
    return "\n".join(" ".join(t.split()) for t in tree.xpath("//title//text()"))


def _attributes(tree: Tree) -> str:
    # One class name or id a line, so a pattern can say "the whole name ends here" with `$`.
    return "\n".join(name for value in tree.xpath("//@class | //@id") for name in value.split())


def _scripts(tree: Tree) -> str:
    return "\n".join(tree.xpath("//script/@src | //iframe/@src | //script[not(@type='application/ld+json')]/text()"))


def _noscript(tree: Tree) -> str:
    # The text a <noscript> opens with, as the challenge pages write it.
    return "\n".join(el.text or "" for el in tree.iter("noscript"))


def _jsonld(tree: Tree) -> str:
    return "\n".join(tree.xpath("//script[@type='application/ld+json']/text()"))


#: The parts of a page the patterns look at.
PARTS: dict[str, Callable[[Tree], str]] = {
    "title": _title, "attributes": _attributes, "scripts": _scripts, "noscript": _noscript, "jsonld": _jsonld,
}

# (kind, parts, pattern). A pattern must be specific to the wall, not to a cookie
# banner that sits on top of a readable article.
BLOCK_PATTERNS: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (kind, parts, re.compile(pattern, re.IGNORECASE | re.MULTILINE)) for kind, parts, pattern in (
        ("bot_challenge", ("title",), r"^\s*(?:just a moment|attention required|access denied|bitte warten)"),
        ("bot_challenge", ("attributes", "scripts"), r"cf-browser-verification|challenge-platform|cf_chl_opt"
                                                     r"|_Incapsula_Resource|px-captcha|captcha-delivery\.com"),
        ("bot_challenge", ("noscript",), r"enable javascript|javascript aktivieren|aktivieren sie javascript"),
        ("consent_wall", ("title",), r"zustimmung|einwilligung|datenschutzeinstellungen|consent"),
        ("consent_wall", ("attributes",), r"consent-wall|cmp-wall|sp_message_container|pur-wall"),
        ("paywall", ("jsonld",), r"[\"']isAccessibleForFree[\"']\s*:\s*(?:false|[\"']false[\"'])"),
        ("paywall", ("attributes",), r"(?:paywall|paid-content-teaser|article-locked|plus-teaser)$"),
    )
)
# A wall that sits over a readable article is not a block: this much body text means the article is there.
READABLE_CHARS = 800


def block_kind(page: Tree | str, text_chars: int | None = None) -> str | None:
    """The kind of wall the page is ("consent_wall", "paywall", "bot_challenge"), or None.

    `page` is the parsed page (spiders.extract.parse_html) or its HTML.
    `text_chars` is the length of the extracted article text when known: a
    page whose article text is readable is not blocked, whatever markers it
    carries (metered paywalls, a consent banner over the article, and the
    challenge-platform script Cloudflare also puts on ordinary pages); so most
    pages cost nothing here.
    """
    if text_chars is not None and text_chars >= READABLE_CHARS:
        return None
    tree = _tree(page)
    if tree is None:
        return None
    parts: dict[str, str] = {}
    for kind, names, pattern in BLOCK_PATTERNS:
        for name in names:
            if name not in parts:
                parts[name] = PARTS[name](tree)
            if pattern.search(parts[name]):
                return kind
    return None


def _tree(page: Tree | str) -> Tree | None:
    if not isinstance(page, str):
        return page
    from spiders.extract import parse_html

    return parse_html(page)
