"""URL and content identity: tracking parameters stripped, AMP mapped, a hash of the normalised text."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track where a reader came from; they never select content.
_TRACKING = re.compile(
    r"^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|wt_mc|wt\.mc_id|wtmc|ref|ref_src"
    r"|xtor|at_medium|at_campaign|at_custom\d*|ns_source|ns_campaign|ns_mchannel|cmp|icid|ito|itm_[a-z]+|pk_[a-z]+"
    r"|mtm_[a-z]+|s_cid|sara_ecid|ocid|smid|rss|feed|share)$",
    re.IGNORECASE,
)
# AMP variants outlets publish: /amp/ path segment, a trailing /amp or .amp, ?amp or amp=1, amp.* host.
_AMP_PATH = re.compile(r"(?:/amp(?=/|$)|\.amp(?=\.html$|$))")


def clean_url(url: str) -> str:
    """The URL without fragment and tracking parameters, host in lower case; other parameters kept in order."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    if parts.scheme not in ("http", "https"):
        return url.split("#", 1)[0]
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    netloc = parts.netloc.lower()
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(query, doseq=True), ""))


def is_amp(url: str) -> bool:
    """True for a URL that looks like an AMP variant of an article."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    return bool(_AMP_PATH.search(parts.path)) or "amp" in query or (parts.hostname or "").startswith("amp.")


def amp_to_canonical(url: str) -> str:
    """The non-AMP URL for an AMP URL (a guess used only when the page names no canonical)."""
    parts = urlsplit(clean_url(url))
    path = _AMP_PATH.sub("", parts.path) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() != "amp"]
    host = parts.netloc[4:] if parts.netloc.startswith("amp.") else parts.netloc
    return urlunsplit((parts.scheme, host, path, urlencode(query), ""))


def normalise_text(text: str) -> str:
    """Text folded for comparison: NFKC, case-folded, whitespace collapsed, punctuation dropped."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def content_sha256(text: str) -> str:
    """The hash of the normalised text: equal for the same article under different markup."""
    return normalised_sha256(normalise_text(text))


def normalised_sha256(normalised: str) -> str:
    """`content_sha256` of a text already passed through `normalise_text`."""
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()
