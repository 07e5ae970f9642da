"""The topic filter: is a text about Facebook's WhatsApp deal and its follow-ups?"""
from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

TOPIC_FILE = Path(__file__).with_name("topic.toml")


@cache
def _patterns(path: Path = TOPIC_FILE) -> tuple[re.Pattern[str], re.Pattern[str]]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)

    def words(key: str) -> re.Pattern[str]:
        alternatives = "|".join(
            re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"\b" for w in data[key]
        )
        return re.compile(rf"\b(?:{alternatives})", re.IGNORECASE)

    return words("messenger"), words("buyer")


def is_about_the_deal(title: str, text: str) -> bool:
    """True when title+text mention WhatsApp and Facebook/Meta/Zuckerberg."""
    messenger, buyer = _patterns()
    haystack = f"{title or ''}\n{text or ''}"
    return bool(messenger.search(haystack)) and bool(buyer.search(haystack))
