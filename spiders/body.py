"""The article body by trafilatura, on a tree the caller gives up (no defensive copy of the page).

`trafilatura.bare_extraction` copies every tree it is handed before pruning
it (0.3 ms of a 34 kB bench page, about a seventh of the body extraction):
right for a caller that reads the tree afterwards, a waste for the parse,
which reads everything it needs from the page before the body and never
looks at the tree again. `body_text` runs the steps `bare_extraction` runs
for dealwatch's options (no metadata, no language or duplicate filter, no
tree-size limit, plain text) on the tree itself, so the text is the same
(tests/test_spiders_body.py compares it with `bare_extraction` on every
fixture page). The fallback pass for short texts (readability, jusText)
runs on a fresh parse: the first pass has pruned the tree by then.
"""
from __future__ import annotations

import copy
import functools
from collections.abc import Callable

import lxml.html
from trafilatura.core import trafilatura_sequence
from trafilatura.settings import Extractor
from trafilatura.xml import xmltotxt

FALLBACK_BELOW_CHARS = 2_500  # trafilatura's min_extracted_size (250) x 10, its own "enough text" for recall


def body_text(tree: lxml.html.HtmlElement, url: str, reparse: Callable[[], lxml.html.HtmlElement | None]) -> str:
    """trafilatura's body text of the page; `tree` is changed (pruned) and must not be read afterwards.

    Fast path first (no readability/jusText); a text shorter than
    FALLBACK_BELOW_CHARS is extracted again with the fallbacks from
    `reparse()` (a fresh tree of the same page), as trafilatura favours
    recall only where its own extraction finds little. Without the
    fallbacks trafilatura costs about 40% less per page.
    """
    text = _sequence_text(tree, extractor_options(True, url))
    if len(text) >= FALLBACK_BELOW_CHARS:
        return text
    fresh = reparse()
    return text if fresh is None else _sequence_text(fresh, extractor_options(False, url))


def _sequence_text(tree: lxml.html.HtmlElement, options: Extractor) -> str:
    """What `bare_extraction(tree, options=options).text` gives ("" for None), without its copy of `tree`.

    bare_extraction's other steps are off for these options (metadata, URL
    blacklist, prune_xpath, max_tree_size, dedup, lang: `_base_options`);
    what is left is its sequence, its minimum-output check and its
    exceptions, repeated here.
    """
    try:
        postbody, text, _comments_body, comments = trafilatura_sequence(tree, options, options.url)
    except (TypeError, ValueError):  # bare_extraction's "discarding data"
        return ""
    if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
        return ""
    return xmltotxt(postbody, options.formatting) or ""


@functools.cache
def _base_options(fast: bool) -> Extractor:
    """trafilatura's options for the body, made once: building them reads its config file's values each time."""
    return Extractor(output_format="python", fast=fast, comments=False, tables=False, with_metadata=False)


def extractor_options(fast: bool, url: str) -> Extractor:
    """The body options for one page (a shallow copy naming the page's URL, as bare_extraction would make them)."""
    options = copy.copy(_base_options(fast))
    options.url = options.source = url
    return options
