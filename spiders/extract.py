"""Article extraction: body text (trafilatura) plus metadata (JSON-LD, OpenGraph, htmldate)."""
from __future__ import annotations

import copy
import hashlib
import json
import logging
import re
from datetime import datetime
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.etree
import lxml.html
import trafilatura
from htmldate import find_date
from trafilatura.utils import DOCTYPE_TAG, is_dubious_html, repair_faulty_html

from spiders.body import body_text
from spiders.items import ArticleRecord
from spiders.outlets import outlet_by_host
from spiders.titles import article_h1, article_headings, best_title

log = logging.getLogger(__name__)

MIN_TEXT_CHARS = 300
ARTICLE_TYPES = {"article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                 "opinionnewsarticle", "reportage", "techarticle", "socialmediaposting", "liveblogposting",
                 "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "report"}
# A lead paragraph ("Vorspann") sits in the article header, outside the body trafilatura keeps.
_LEAD_CLASS = re.compile(r"lead|intro|summary|subtitle|standfirst|abstract|teaser-?text|article-?description"
                         r"|header__lead|vorspann", re.IGNORECASE)
_MONTHS = ("Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember")
_DATE_LINE = re.compile(rf"(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),?\s*)?"
                        rf"\d{{1,2}}\.\s*(?:\d{{1,2}}\.|{_MONTHS})\s*\d{{4}}(?:,?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*Uhr)?)?",
                        re.IGNORECASE)
_NOT_ARTICLE = re.compile(r"teaser-list|teasers|recommend|related|comment|posting|footer|nav|sidebar|promo",
                          re.IGNORECASE)


def article_id_for(canonical_url: str) -> str:
    """The stable article id: first 16 hex digits of sha256(canonical_url)."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]


def _html_parser() -> lxml.html.HTMLParser:
    """trafilatura's HTML parser (the options of `trafilatura.utils.HTML_PARSER`), its element classes chosen in C.

    lxml.html picks the Python class of every element proxy lxml creates in a
    Python method (`HtmlElementClassLookup.lookup`): about 280 calls a bench
    page, most of them inside trafilatura. The same classes come from lxml's C
    lookups: lxml.html's tag-specific classes (form, input, ...) in a
    namespace-class table, over a default lookup for every other element,
    comment, processing instruction and entity (tests/test_parse_html.py
    checks every element's class against lxml.html's lookup).
    """
    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True)
    default = lxml.etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity)
    lookup = lxml.etree.ElementNamespaceClassLookup(default)
    by_tag = lookup.get_namespace(None)
    for tag, element_class in lxml.html.HtmlElementClassLookup._default_element_classes.items():
        by_tag[tag] = element_class
    parser.set_element_class_lookup(lookup)
    return parser


_PARSER = _html_parser()


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """The page's lxml tree, parsed once and shared by every reader (trafilatura, htmldate, metadata, walls).

    trafilatura's own loading steps (`trafilatura.utils`: its dubious-HTML
    check, its repairs, its parser's options), so handing the tree to
    trafilatura extracts exactly what it would from the string. The text is
    parsed as UTF-8 bytes, as trafilatura's `load_html` does for pages with an
    encoding declaration: libxml2 reads bytes about 30% faster than a Python
    string, and the trees are the same (tests/test_parse_html.py compares
    them). The page is encoded once (trafilatura's `fromstring_bytes` would
    encode it again), and repaired only when trafilatura's repairs would
    change it (`_needs_repair`). None when the text is not parseable HTML.
    """
    try:
        if not isinstance(html, str):
            return trafilatura.load_html(html)  # bytes: trafilatura guesses the encoding itself
        beginning = html[:50].lower()
        dubious = is_dubious_html(beginning)
        try:
            data = html.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates (never from decode_html): trafilatura's string path
            return trafilatura.load_html(html)
        if _needs_repair(html, data, beginning):
            data = repair_faulty_html(html, beginning).encode("utf-8")
        tree = _from_bytes(data)
    except (lxml.etree.ParserError, ValueError, TypeError):
        return None
    if tree is not None and dubious and len(tree) < 2:
        return None  # trafilatura's rejection test: not (well-formed) HTML
    return tree


# What trafilatura's INVALID_XML_CHARS removes: these control characters (a UTF-8 byte below 0x20
# is always one of them or a tab/newline), U+FFFE and U+FFFF (tests/test_parse_html.py pins the pattern).
# One byte each: `in` finds a single byte with memchr, 29 of them cost less than one translation of the page.
_CONTROL_BYTES = tuple(bytes([code]) for code in (*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20)))


def _needs_repair(html: str, data: bytes, beginning: str) -> bool:
    """Whether `repair_faulty_html(html, beginning)` changes the page (`data` is its UTF-8).

    Its three repairs, tested without its regular-expression scan of the
    whole page for control characters (about 0.2 ms of a 34 kB bench page;
    a memchr per control byte over the page's bytes finds them in a fraction of that):
    control characters anywhere, a DOCTYPE on the first line (re-joined with a newline, so a page
    without one changes too), a self-closing <html/> in the first four lines.
    """
    if any(control in data for control in _CONTROL_BYTES) or "\ufffe" in html or "\uffff" in html:
        return True
    if "doctype" in beginning:
        end = html.find("\n")
        if end < 0 or DOCTYPE_TAG.match(html, 0, end):
            return True
    return any("<html" in line and line.endswith("/>") for line in html[:4096].splitlines()[:4])


def _from_bytes(data: bytes) -> lxml.html.HtmlElement | None:
    """`trafilatura.utils.fromstring_bytes` on bytes already encoded: None (logged) when lxml fails."""
    try:
        return lxml.html.fromstring(data, parser=_PARSER)
    except Exception as err:  # noqa: BLE001 - as trafilatura: any lxml failure is an unparseable page
        log.error("lxml parser bytestring %s", err)
    return None


def extract_article(html: bytes | str, url: str, *, source: str, fetched_at: str,
                    tree: lxml.html.HtmlElement | None = None, raw: bytes | None = None,
                    keep_tree: bool = True) -> ArticleRecord | None:
    """Turn one HTML page into an ArticleRecord, or None when the page is not an article.

    `tree` is `parse_html(html)` when the caller has parsed the page already;
    it is read, never changed, unless `keep_tree` is False: then the caller
    gives the tree up and the body extraction prunes it in place instead of
    copying it (the caller must not read it afterwards). `raw`: the page's
    bytes as fetched, hashed for `html_sha256` (default: `html` itself, or its
    UTF-8 when it is text). `language` is set to "de" here; the language
    pipeline checks it.
    """
    if isinstance(html, bytes):
        # Bytes: decoded like Scrapy does (header is unknown here: <meta charset>, then detection).
        from scrapy.http import HtmlResponse

        raw = html if raw is None else raw
        text_html = HtmlResponse(url=url, body=html).text
    else:
        text_html = html
    if tree is None:
        tree, keep_tree = parse_html(text_html), False  # our own parse: nobody else reads it
    if tree is None:
        return None
    meta = _page_metadata(tree, url)
    if meta["declared_non_article"]:
        return None

    canonical = meta["canonical"] or urldefrag(url)[0]
    host = urlsplit(canonical).hostname or urlsplit(url).hostname or ""
    known = outlet_by_host(host) or outlet_by_host(urlsplit(url).hostname or "")
    fixes = known.extract if known else {}
    site_names = [meta["publisher"], meta["site_name"], meta["application_name"]]
    if known:
        site_names += [known.name, *known.aliases, *known.hosts]

    # Everything read from the tree comes before the body, which may prune the tree in place.
    # Metadata off in trafilatura: dealwatch reads title, date and authors from markup itself (and
    # it is faster); so trafilatura names no title, and the title's last fallback is "".
    selected = _body_by_selector(tree, fixes.get("body_selector"))
    h1 = article_h1(tree, site_names)
    title = best_title(jsonld_headline=meta["headline"], h1=h1, og_title=meta["og_title"],
                       html_title=meta["html_title"], fallback="", site_names=site_names,
                       patterns=fixes.get("title_strip", ()), headings=lambda: article_headings(tree))
    lead = lead_text(tree)
    date_source = fixes.get("date_source")
    if keep_tree or _date_needs_tree(meta, date_source):
        body_tree = copy.copy(tree)  # what trafilatura would copy itself; the date is read from the tree later
    else:
        body_tree = tree
    text = selected or _paragraphs(body_text(body_tree, url, reparse=lambda: parse_html(text_html)))
    text = _with_lead(_without_heading(text, [title, h1, meta["og_title"], meta["headline"]]), lead, text)
    if len(text) < MIN_TEXT_CHARS:
        return None

    outlet = meta["publisher"] or meta["site_name"] or (known.name if known else "") or host or "unknown"
    return ArticleRecord(
        article_id=article_id_for(canonical),
        url=url,
        canonical_url=canonical,
        outlet=outlet,
        title=title,
        # trafilatura's byline guess is noisy (it takes any "byline" text); only markup names authors.
        authors=meta["authors"],
        published=_published(meta, tree, url, date_source),
        language="de",
        text=text,
        html_sha256=hashlib.sha256(html.encode("utf-8") if raw is None else raw).hexdigest(),
        fetched_at=fetched_at,
        source=source,
    )


def _date_needs_tree(meta: dict[str, Any], source: str | None) -> bool:
    """Whether `_published` reads the tree (the article's <time>, htmldate) rather than the metadata alone."""
    return source == "time" or not (meta["published"] or meta["meta_published"])


def _published(meta: dict[str, Any], tree: lxml.html.HtmlElement, url: str, source: str | None) -> str | None:
    """The publication date: JSON-LD, then meta/microdata, then the article's <time>, then htmldate.

    A per-outlet `date_source` in outlets.toml ("jsonld", "meta", "time") is tried first;
    the article's <time> is looked for only then (a search of the whole tree).
    """
    found = {"jsonld": meta["published"], "meta": meta["meta_published"]}
    if source == "time":
        found["time"] = _article_time(tree)
    if source in found and found[source]:
        return found[source]
    return found["jsonld"] or found["meta"] or _htmldate(tree, url)


def _article_time(tree: lxml.html.HtmlElement) -> str | None:
    """The first <time datetime> of the article header or byline (not of comments or teasers)."""
    for element in tree.xpath("//article//time[@datetime] | //main//time[@datetime]"):
        if any(_NOT_ARTICLE.search(f"{a.get('class', '')} {a.get('id', '')}") for a in element.iterancestors()):
            continue
        if re.search(r"updated|modified|aktualisiert", element.get("class", ""), re.IGNORECASE):
            continue
        return _iso(element.get("datetime"))
    return None


def _body_by_selector(tree: lxml.html.HtmlElement, selector: str | None) -> str:
    """Paragraph text under an outlet's body selector (outlets.toml `body_selector`), or ""."""
    if not selector:
        return ""
    try:
        roots = tree.cssselect(selector)
    except Exception:  # noqa: BLE001 - a bad selector in the data file must not drop the page
        log.warning("bad body_selector %r", selector)
        return ""
    blocks = [" ".join(p.text_content().split()) for root in roots for p in root.xpath(".//p|.//h2|.//h3")]
    return "\n\n".join(b for b in blocks if b)


def _without_heading(text: str, headings: list[str]) -> str:
    """The text without leading paragraphs that only repeat the headline, its kicker or the date line."""
    paragraphs = text.split("\n\n")
    keys = {_key(h) for h in headings if h}
    while paragraphs:
        first = _key(paragraphs[0])
        following = _key(paragraphs[1]) if len(paragraphs) > 1 else ""
        is_heading = first in keys or any(k and first.endswith(k) and len(first) - len(k) <= 60 for k in keys)
        is_kicker = len(paragraphs[0].split()) <= 6 and following in keys
        if not (is_heading or is_kicker or _DATE_LINE.fullmatch(paragraphs[0].strip())):
            break
        paragraphs.pop(0)
    return "\n\n".join(paragraphs)


def _with_lead(text: str, lead: str, original: str) -> str:
    """The text with the article's lead paragraph (`lead_text`) in front when the body extraction left it out."""
    if not lead or _key(lead) in _key(original):
        return text
    return f"{lead}\n\n{text}" if text else lead


def lead_text(tree: lxml.html.HtmlElement) -> str:
    """The lead paragraph: the first p/div/span marked as one (class or itemprop) that is a lead candidate.

    Candidates, in document order: elements with a class inside <article> or
    <main>, itemprop=description, the three elements after an h1 and the two
    after an h1's parent. One walk over p/div/span (the tag filter runs in C);
    the candidate test runs only for the few whose marker reads like a lead
    (an XPath union of those five sets walked the tree four times).
    """
    for element in tree.iter("p", "div", "span"):
        marker = f"{element.get('class', '')} {element.get('itemprop', '')}"
        if not _LEAD_CLASS.search(marker) or _NOT_ARTICLE.search(marker) or not _lead_candidate(element):
            continue
        if any(_NOT_ARTICLE.search(f"{a.get('class', '')} {a.get('id', '')}") or a.tag in ("aside", "footer", "nav")
               for a in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if 40 <= len(text) <= 800:
            return text
    return ""


def _lead_candidate(element: lxml.html.HtmlElement) -> bool:
    """Where a lead can stand: with a class in <article>/<main>, itemprop=description, or just after the h1."""
    if element.get("class") is not None and any(a.tag in ("article", "main") for a in element.iterancestors()):
        return True
    if element.get("itemprop") == "description":
        return True
    before = [s for s in element.itersiblings(preceding=True) if isinstance(s.tag, str)][:3]
    return any(s.tag == "h1" for s in before) or any(s.find("h1") is not None for s in before[:2])


def _key(text: str) -> str:
    return re.sub(r"[^\w]+", "", (text or "").casefold())


# ------------------------------------------------------------------ metadata


def _page_metadata(tree: lxml.html.HtmlElement, url: str) -> dict[str, Any]:
    """Metadata from JSON-LD, OpenGraph, rel=canonical; JSON-LD wins over OpenGraph."""
    head = _head_elements(tree)
    og = {
        (el.get("property") or el.get("name") or "").strip().lower(): (el.get("content") or "").strip()
        for el in head["meta"]
    }
    ld_objects = _ld_objects(tree, head["ld"])
    ld = _jsonld_article(ld_objects)
    canonical_href = head["canonical"] or og.get("og:url")
    canonical = urldefrag(urljoin(url, canonical_href.strip()))[0] if canonical_href else None
    publisher = _resolve(ld.get("publisher"), ld_objects)
    og_type = og.get("og:type", "")
    return {
        "canonical": canonical,
        "headline": _text(ld.get("headline")),
        "og_title": og.get("og:title", "") or og.get("twitter:title", ""),
        "html_title": _text(head["title"]),
        "site_name": og.get("og:site_name", ""),
        "application_name": og.get("application-name", ""),
        "publisher": _text(publisher.get("name")) if isinstance(publisher, dict) else _text(publisher),
        "authors": _ld_authors(ld.get("author")) or _split_authors(og.get("author")),
        "published": _iso(ld.get("datePublished")),
        # The microdata date is looked for only when OpenGraph has none (a search of every element).
        "meta_published": (_iso(og.get("article:published_time")) or _iso(_microdata_date(tree))
                           or _iso(og.get("datepublished")) or _iso(og.get("publishdate"))),
        # A page that says it is something else (og:type=website, no Article JSON-LD) is not an article.
        "declared_non_article": bool(og_type) and og_type != "article" and not ld,
    }


def _head_elements(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """In one walk over the tree: <meta content>, JSON-LD script texts, the first rel=canonical href,
    the first <head><title> text (what `//meta[@content]`, `//script[@type='application/ld+json']/text()`,
    `//link[@rel='canonical']/@href` and `//head/title/text()` select, in document order).

    One C-level walk for four tags: each XPath above walked the whole tree (about 60 us apiece).
    """
    found: dict[str, Any] = {"meta": [], "ld": [], "canonical": None, "title": ""}
    title_seen = False
    for element in tree.iter("meta", "script", "link", "title"):
        tag = element.tag
        if tag == "meta":
            if element.get("content") is not None:
                found["meta"].append(element)
        elif tag == "script":
            if element.get("type") == "application/ld+json" and element.text:
                found["ld"].append(element.text)
        elif tag == "link":
            if found["canonical"] is None and element.get("rel") == "canonical":
                found["canonical"] = element.get("href")
        elif not title_seen and element.text:
            parent = element.getparent()
            if parent is not None and parent.tag == "head":
                found["title"], title_seen = element.text, True
    return found


def _microdata_date(tree: lxml.html.HtmlElement) -> str | None:
    """The first itemprop=datePublished's content or datetime."""
    return next(iter(tree.xpath("//*[@itemprop='datePublished']/@content"
                                " | //*[@itemprop='datePublished']/@datetime")), None)


def _ld_objects(tree: lxml.html.HtmlElement, scripts: list[str] | None = None) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page (arrays and @graph flattened), each script parsed once.

    `scripts`: the JSON-LD script texts when the caller has collected them already.
    """
    if scripts is None:
        scripts = tree.xpath("//script[@type='application/ld+json']/text()")
    objects: list[dict[str, Any]] = []
    for script in scripts:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        objects.extend(_walk_ld(data))
    return objects


def _jsonld_article(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The first Article-like JSON-LD object on the page, or {}."""
    for obj in objects:
        types = obj.get("@type")
        types = types if isinstance(types, list) else [types]
        if any(isinstance(t, str) and t.lower() in ARTICLE_TYPES for t in types):
            return obj
    return {}


def _resolve(value: Any, objects: list[dict[str, Any]]) -> Any:
    """A JSON-LD {"@id": ...} reference replaced by the object it names (in @graph), else as is."""
    if not (isinstance(value, dict) and set(value) == {"@id"}):
        return value
    for obj in objects:
        if obj.get("@id") == value["@id"] and len(obj) > 1:
            return obj
    return value


def _walk_ld(data: Any):
    if isinstance(data, list):
        for entry in data:
            yield from _walk_ld(entry)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _walk_ld(data["@graph"])


def _ld_authors(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = [_text(v.get("name")) if isinstance(v, dict) else _text(v) for v in values if v]
    return [n for n in names if n]


def _split_authors(value: Any) -> list[str]:
    if not value or not isinstance(value, str):
        return []
    return [a.strip() for a in re.split(r";|\s+und\s+|,", value) if a.strip()]


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _iso(value: Any) -> str | None:
    """A date as `YYYY-MM-DD`, or a full ISO datetime when a time is given; None if unparseable."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.date().isoformat() if len(value) <= 10 else parsed.isoformat()


# Body text blocks are hidden from htmldate: a date in running text ("zustimmen bis
# 15.5.2021") is not the publication date. Blocks marked as date/byline stay.
_TEXT_BLOCKS = ("//p|//li|//blockquote|//table|//pre|//h2|//h3|//h4|//h5|//h6|//dd"
                "|//meta[contains(@name, 'description') or contains(@property, 'description')]")
_DATE_HINT = re.compile(r"date|time|byline|publish|datum", re.IGNORECASE)


def _htmldate(tree: lxml.html.HtmlElement, url: str) -> str | None:
    """A publication date from markup (meta, <time>, bylines, URL), never from body text."""
    pruned = copy.deepcopy(tree)
    for el in pruned.xpath(_TEXT_BLOCKS):
        if not _DATE_HINT.search(f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')}"):
            el.drop_tree()
    try:
        return find_date(pruned, url=url, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises assorted errors on odd markup; a missing date is fine
        log.debug("htmldate failed on %s", url, exc_info=True)
        return None


def _paragraphs(text: str) -> str:
    """trafilatura's one-line-per-block text as paragraphs separated by a blank line."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
