"""Pages served with status 200 that are not the article: consent walls, paywall stubs, bot challenges.

Recognised from markup and wording outlets and challenge providers use; the
patterns are data (BLOCK_PATTERNS) so a new wall is one more line.
"""
from __future__ import annotations

import re

# (kind, pattern on the raw HTML). A pattern must be specific to the wall, not
# to a cookie banner that sits on top of a readable article.
BLOCK_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE | re.DOTALL)) for kind, pattern in (
        ("bot_challenge", r"<title>\s*(?:just a moment|attention required|access denied|bitte warten)"),
        ("bot_challenge", r"cf-browser-verification|challenge-platform|cf_chl_opt|_Incapsula_Resource"
                          r"|px-captcha|captcha-delivery\.com"),
        ("bot_challenge", r"<noscript>[^<]*(?:enable javascript|javascript aktivieren|aktivieren sie javascript)"),
        ("consent_wall", r"<title>[^<]*(?:zustimmung|einwilligung|datenschutzeinstellungen|consent)[^<]*</title>"),
        ("consent_wall", r"(?:id|class)=[\"'][^\"']*(?:consent-wall|cmp-wall|sp_message_container|pur-wall)"),
        ("paywall", r"[\"']isAccessibleForFree[\"']\s*:\s*(?:false|[\"']false[\"'])"),
        ("paywall", r"(?:id|class)=[\"'][^\"']*(?:paywall|paid-content-teaser|article-locked|plus-teaser)[\"']"),
    )
)
# A wall that sits over a readable article is not a block: this much body text means the article is there.
READABLE_CHARS = 800


def block_kind(html: str, text_chars: int | None = None) -> str | None:
    """The kind of wall the page is ("consent_wall", "paywall", "bot_challenge"), or None.

    `text_chars` is the length of the extracted article text when known: a
    paywall or consent marker on a page whose full text is readable (metered
    paywalls, a banner over the article) does not block it; a bot challenge always does.
    """
    for kind, pattern in BLOCK_PATTERNS:
        if pattern.search(html):
            if kind != "bot_challenge" and text_chars is not None and text_chars >= READABLE_CHARS:
                continue
            return kind
    return None
