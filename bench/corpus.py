"""The benchmark corpus: realistic German article pages with a gold file, deterministic from a seed.

Each article is built from `bench.phrases` (sentences written for this
benchmark) by its own random generator seeded with `seed:index`, so article
`i` is the same whatever the corpus size and any prefix of a larger corpus is
the smaller corpus. A page is tens of kilobytes of markup (inline CSS and
script, navigation, cookie banner, JSON-LD, teasers, comments, footer) around
a few thousand characters of article text. The gold file lists, per article,
the claims the generator put into the text, in the gold format that
`models.evaluate` scores.
"""
from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from itertools import islice
from pathlib import Path
from typing import Any, Iterator

from bench import phrases as P
from pipelines.atomic import read_jsonl

#: Bump when the generated pages or gold change, so a cached corpus is rebuilt.
GENERATOR_VERSION = "2"
GOLD_FILE = "gold.jsonl"
MANIFEST_FILE = "manifest.json"
#: The on-topic articles staged as the parse stage would stage them (`staged_record`), one a line in article
#: order, written with the pages; the manifest's "staged" says how many articles it covers.
STAGED_FILE = "staged.jsonl"
SITE_DIR = "site"
SITEMAP_CHUNK = 10_000
OFF_TOPIC_SHARE = 0.05


@dataclass
class Article:
    """One generated article: where it lives, what it says, and its gold claims."""

    index: int
    outlet_id: str
    outlet: str
    host: str
    path: str
    title: str
    published: str
    section: str
    author: str
    event: str
    on_topic: bool
    blocks: list[tuple[str, Any]] = field(default_factory=list)
    gold: dict[str, Any] = field(default_factory=dict)

    @property
    def canonical_url(self) -> str:
        return f"https://{self.host}{self.path}"

    @property
    def text(self) -> str:
        """The article body as plain text (headings and list items as their own paragraphs)."""
        parts: list[str] = []
        for kind, content in self.blocks:
            parts.extend(content if kind == "ul" else [content])
        return "\n\n".join(parts)

    def gold_record(self) -> dict[str, Any]:
        text = self.text
        return {
            "index": self.index, "path": self.path, "canonical_url": self.canonical_url,
            "outlet_id": self.outlet_id, "outlet": self.outlet, "event": self.event,
            "on_topic": self.on_topic, "published": self.published, "title": self.title,
            "chars": len(text), "words": len(text.split()), "gold": self.gold,
        }


# ----------------------------------------------------------------- articles


def _german_amount(rng: random.Random, qualifier: str, phrase: str) -> str:
    return rng.choice(P.QUALIFIER_WORDS[qualifier]) + phrase


def _fill(rng: random.Random, template: str, **values: str) -> str:
    numbers = {"n": rng.choice(("450", "465", "500")), "small": rng.choice(("50", "55")),
               "big": rng.choice(("50", "60", "100")), "rev": rng.choice(("5,4", "7,9", "13,2", "26,2")),
               "pct": rng.choice(("2,3", "3,1", "4,8")), "de": rng.choice(("40", "48", "58")),
               "sig": rng.choice(("7", "8", "12")), "staff": rng.choice(("17", "45", "58")),
               "cap": rng.choice(("170", "350", "750")), "author": rng.choice(P.AUTHORS)}
    numbers.update(values)
    return template.format(**numbers)


def _varied(rng: random.Random, template: str) -> str:
    role, role_dat, gender = rng.choice(P.ROLES)
    cities = rng.sample(P.CITIES, k=2)
    return template.format(
        role=role, role_dat=role_dat, role_cap=role[0].upper() + role[1:],
        first=rng.choice(P.FIRST_NAMES_F if gender == "f" else P.FIRST_NAMES_M),
        last=rng.choice(P.LAST_NAMES), city=cities[0], city2=cities[1], field=rng.choice(P.FIELDS),
        day=rng.randint(1, 28), month=rng.choice(P.MONTHS),
        compound=rng.choice(P.COMPOUND_HEADS) + rng.choice(P.COMPOUND_TAILS))


def _price_claim(rng: random.Random, with_year: bool) -> tuple[str, dict[str, Any]]:
    value, currency, moment, amounts = rng.choice(P.PRICE_FIGURES)
    qualifier = rng.choices(("exact", "approx", "at_most", "at_least"), weights=(5, 2, 2, 1))[0]
    price = _german_amount(rng, qualifier, rng.choice(amounts))
    template = rng.choice(P.PRICE_YEAR_TEMPLATES if with_year else P.PRICE_TEMPLATES)
    value = int(value) if float(value).is_integer() else value
    return template.format(price=price), {"value": value, "currency": currency, "qualifier": qualifier,
                                          "moment": moment}


def _data_sentence(rng: random.Random, data_type: str, shared: bool) -> str:
    phrase, number = rng.choice(P.DATA_PHRASES[data_type])
    template = rng.choice(P.SHARED_TEMPLATES if shared else P.NOT_SHARED_TEMPLATES)
    return template.format(dt=phrase, Dt=phrase[0].upper() + phrase[1:], be="wird" if number == "sg" else "werden")


def _claims_for(rng: random.Random, event: str) -> tuple[list[str], list[str], dict[str, Any]]:
    """Claim sentences, list items (under a question heading) and the gold they make."""
    sentences: list[str] = []
    items: list[str] = []
    gold: dict[str, Any] = {"price": [], "data_shared": [], "opt_out": [], "acquisition_year": None}
    n_prices = rng.choice((1, 1, 2)) if event == "purchase" else rng.choice((0, 0, 1))
    year_done = False
    for _ in range(n_prices):
        with_year = not year_done and rng.random() < 0.4
        sentence, claim = _price_claim(rng, with_year)
        if any((c["value"], c["currency"]) == (claim["value"], claim["currency"]) for c in gold["price"]):
            continue
        sentences.append(sentence)
        gold["price"].append(claim)
        year_done = year_done or with_year
    if not year_done and rng.random() < 0.5:
        sentences.append(rng.choice(P.YEAR_TEMPLATES))
        year_done = True
    if year_done:
        gold["acquisition_year"] = {"value": 2014}

    types = list(P.DATA_PHRASES)
    rng.shuffle(types)
    if event == "purchase":
        plan = [("message_content", False)] if rng.random() < 0.4 else []
    else:
        n_shared, n_not = rng.choice((1, 2, 3)), rng.choice((0, 1))
        shared_types = [t for t in types if t != "message_content"][:n_shared]
        plan = [(t, True) for t in shared_types] + [("message_content", False)] * n_not
        if rng.random() < 0.4:  # a question heading followed by a bullet list of data types
            listed = [t for t in types if t not in shared_types and t != "message_content"][:rng.choice((2, 3))]
            for t in listed:
                phrase = rng.choice(P.DATA_PHRASES[t])[0]
                items.append(phrase[0].upper() + phrase[1:])
                gold["data_shared"].append({"type": t, "shared": True})
    for data_type, shared in plan:
        sentences.append(_data_sentence(rng, data_type, shared))
        gold["data_shared"].append({"type": data_type, "shared": shared})

    if event != "purchase":
        options = [o for o in P.OPT_OUT_TEMPLATES
                   if (event == "policy2021") == (o[0][1] in ("unspecified", "all_sharing"))]
        for (stance, scope), texts in rng.sample(options, k=min(len(options), rng.choice((1, 1, 2)))):
            sentences.append(rng.choice(texts))
            gold["opt_out"].append({"stance": stance, "scope": scope})
            implied = P.OPT_OUT_IMPLIES.get((stance, scope))
            if implied and {"type": implied[0], "shared": implied[1]} not in gold["data_shared"]:
                gold["data_shared"].append({"type": implied[0], "shared": implied[1]})
    return sentences, items, gold


def make_article(seed: int, index: int) -> Article:
    """Article number `index` of the corpus of `seed` (independent of the corpus size)."""
    rng = random.Random(f"{seed}:{index}")
    outlet_id, outlet, host, _sep = P.OUTLETS[rng.randrange(len(P.OUTLETS))]
    on_topic = rng.random() >= OFF_TOPIC_SHARE
    event = rng.choices(list(P.EVENTS), weights=(4, 4, 3))[0]
    first, last = (date.fromisoformat(d) for d in P.EVENTS[event])
    published = first + timedelta(days=rng.randrange((last - first).days + 1))
    section = rng.choice(P.SECTIONS)
    title = rng.choice(P.HEADLINES[event] if on_topic else P.OFF_TOPIC_HEADLINES)
    slug = f"{section.lower()}/{published:%Y/%m}/artikel-{index:06d}.html"
    article = Article(index=index, outlet_id=outlet_id, outlet=outlet, host=host, path=f"/{slug}", title=title,
                      published=published.isoformat(), section=section, author=rng.choice(P.AUTHORS),
                      event=event, on_topic=on_topic)
    if not on_topic:
        sentences = rng.sample(P.OFF_TOPIC, k=len(P.OFF_TOPIC)) * 2
        article.blocks = [("p", " ".join(sentences[i:i + 4])) for i in range(0, len(sentences), 4)]
        article.gold = {"price": [], "data_shared": [], "opt_out": [], "acquisition_year": None}
        return article

    claims, items, gold = _claims_for(rng, event)
    distractors = [_fill(rng, t) for t in rng.sample(P.DISTRACTORS, k=rng.randint(3, 6))]
    filler = (rng.sample(P.FILLER, k=rng.randint(16, 26)) + [_fill(rng, q) for q in rng.sample(P.QUOTES, k=2)]
              + [_varied(rng, t) for t in rng.sample(P.VARIED_FILLER, k=rng.randint(6, 10))])
    # The lead names the subject, so every on-topic text mentions WhatsApp and Facebook.
    lead = f"WhatsApp und Facebook beschäftigen erneut die Öffentlichkeit. {filler.pop()}"
    body = claims + distractors + filler
    rng.shuffle(body)
    blocks: list[tuple[str, Any]] = [("p", lead)]
    subheadings = rng.sample(P.SUBHEADINGS, k=2)
    position = 0
    while position < len(body):
        size = rng.randint(3, 5)
        blocks.append(("p", " ".join(body[position:position + size])))
        position += size
        if subheadings and rng.random() < 0.3:
            blocks.append(("h2", subheadings.pop()))
    if items:
        at = rng.randint(2, len(blocks))
        blocks[at:at] = [("h2", rng.choice(P.QUESTION_HEADINGS)), ("ul", items)]
    article.blocks = blocks
    article.gold = gold
    return article


# ----------------------------------------------------------------- pages

_CSS = "".join(
    f".c-{name}__{part}{{margin:{i % 7}px {i % 5}px;padding:{i % 3}px;font-size:{12 + i % 9}px;"
    f"color:#{(i * 2654435761) % 0xFFFFFF:06x};line-height:1.{i % 9}}}\n"
    for i, (name, part) in enumerate((n, p) for n in ("teaser", "nav", "header", "footer", "article", "comment",
                                                      "banner", "meta", "media", "grid")
                                     for p in ("title", "kicker", "body", "link", "image", "item", "wrap",
                                               "inner", "label", "icon", "list", "box"))
)


def _script(rng: random.Random, article: Article) -> str:
    slots = [{"id": f"ad-slot-{i}", "sizes": [[300, 250], [728, 90]], "targeting": {"section": article.section,
             "pos": i, "kw": ["messenger", "datenschutz", "digital"]}} for i in range(rng.randint(8, 14))]
    config = {"page": {"id": article.index, "type": "article", "section": article.section},
              "ads": slots, "tracking": {"endpoint": "/collect", "sample": 0.1}}
    return f"window.__PAGE_CONFIG__ = {json.dumps(config)};"


def _jsonld(article: Article) -> str:
    modified = (date.fromisoformat(article.published) + timedelta(days=3)).isoformat()
    data = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": article.outlet, "url": f"https://{article.host}/"},
        {"@type": "NewsArticle", "headline": article.title, "datePublished": f"{article.published}T08:30:00+01:00",
         "dateModified": f"{modified}T10:00:00+01:00", "mainEntityOfPage": article.canonical_url,
         "author": [{"@type": "Person", "name": article.author}],
         "publisher": {"@type": "Organization", "name": article.outlet}, "inLanguage": "de-DE",
         "articleSection": article.section}]}
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _nav(items: tuple[str, ...], host: str, css: str) -> str:
    links = "".join(f'<li class="c-nav__item"><a class="c-nav__link" href="https://{host}/{escape(i.lower())}/">'
                    f"{escape(i)}</a></li>" for i in items)
    return f'<nav class="{css}"><ul class="c-nav__list">{links}</ul></nav>'


def _teasers(rng: random.Random, article: Article) -> str:
    out = []
    for i, title in enumerate(rng.sample(P.TEASER_TITLES, k=rng.randint(6, 10))):
        href = f"https://{article.host}/{article.section.lower()}/teaser-{article.index}-{i}.html"
        out.append(f'<article class="c-teaser__wrap"><a class="c-teaser__link" href="{href}">'
                   f'<img class="c-teaser__image" alt="" loading="lazy" src="/img/{article.index}-{i}-400.jpg" '
                   f'srcset="/img/{article.index}-{i}-400.jpg 400w, /img/{article.index}-{i}-800.jpg 800w, '
                   f'/img/{article.index}-{i}-1200.jpg 1200w" sizes="(max-width: 600px) 100vw, 33vw">'
                   f'<span class="c-teaser__kicker">{escape(rng.choice(P.SECTIONS))}</span>'
                   f'<h3 class="c-teaser__title">{escape(title)}</h3></a></article>')
    return f'<aside class="c-teaser__list"><h2>Mehr zum Thema</h2>{"".join(out)}</aside>'


def _comments(rng: random.Random) -> str:
    out = []
    for i in range(rng.randint(4, 16)):
        text = _fill(rng, rng.choice(P.COMMENTS), n=str(rng.randint(2, 300)))
        out.append(f'<li class="c-comment__item" id="comment-{i}"><p class="c-comment__meta">'
                   f'<span class="author">{escape(rng.choice(P.COMMENTERS))}</span> schrieb am '
                   f'{rng.randint(1, 28)}.{rng.randint(1, 12)}. um {rng.randint(0, 23)}:{rng.randint(10, 59)} Uhr</p>'
                   f'<p class="c-comment__body">{escape(text)}</p></li>')
    return (f'<section id="comments" class="c-comment__list"><h2>Kommentare ({len(out)})</h2>'
            f'<ol>{"".join(out)}</ol></section>')


_COOKIE = ("Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu "
           "personalisieren, Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere "
           "Website zu analysieren. Informationen zu Ihrer Nutzung unserer Website geben wir an unsere Partner "
           "für soziale Medien, Werbung und Analysen weiter. Sie können Ihre Einwilligung jederzeit in den "
           "Privatsphäre-Einstellungen widerrufen. ")


def render_page(article: Article) -> str:
    """The article's HTML page."""
    rng = random.Random(f"page:{article.index}")
    _id, _name, _host, sep = next(o for o in P.OUTLETS if o[0] == article.outlet_id)
    body = []
    for kind, content in article.blocks:
        if kind == "ul":
            body.append("<ul>" + "".join(f"<li>{escape(item)}</li>" for item in content) + "</ul>")
        else:
            body.append(f"<{kind}>{escape(content)}</{kind}>")
    day = date.fromisoformat(article.published)
    teaser = escape(article.blocks[0][1][:160])
    page_title = escape(article.title + sep + article.outlet)
    return "".join((
        '<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">',
        f"<title>{page_title}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="description" content="{teaser}">',
        f'<link rel="canonical" href="{article.canonical_url}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{escape(article.title)}">',
        f'<meta property="og:site_name" content="{escape(article.outlet)}">',
        f'<meta property="og:url" content="{article.canonical_url}">',
        f'<meta property="article:published_time" content="{article.published}T08:30:00+01:00">',
        f'<script type="application/ld+json">{_jsonld(article)}</script>',
        f"<style>{_CSS}</style>",
        f"<script>{_script(rng, article)}</script>",
        '</head><body class="page-article">',
        f'<div id="consent" class="c-banner__wrap" role="dialog"><p class="c-banner__body">{_COOKIE * 2}</p>'
        '<button>Alle akzeptieren</button><button>Einstellungen</button></div>',
        f'<header class="c-header__wrap"><a class="c-header__link" href="https://{article.host}/">'
        f"{escape(article.outlet)}</a>{_nav(P.NAV_ITEMS, article.host, 'c-nav__wrap')}</header>",
        f'<main><ol class="breadcrumb"><li><a href="/">Startseite</a></li><li>{escape(article.section)}</li></ol>',
        '<article class="c-article__wrap">',
        f'<p class="c-article__kicker">{escape(article.section)}</p><h1>{escape(article.title)}</h1>',
        f'<p class="c-meta__byline">Von {escape(article.author)} · <time datetime="{article.published}">'
        f"{day.day}.{day.month}.{day.year}</time></p>",
        '<div class="c-article__body">', "".join(body), "</div>",
        '<div class="c-article__box">Lesen Sie auch: <a href="/digital/weitere.html">'
        f"{escape(rng.choice(P.TEASER_TITLES))}</a></div>",
        "</article>", _comments(rng), _teasers(rng, article), "</main>",
        f'<footer class="c-footer__wrap">{_nav(P.NAV_ITEMS + P.NAV_ITEMS, article.host, "c-footer__nav")}'
        f"<p>© {escape(article.outlet)}. Alle Rechte vorbehalten. Impressum · Datenschutz · Kontakt</p></footer>",
        "</body></html>\n",
    ))


# ----------------------------------------------------------------- corpus on disk


@dataclass
class Corpus:
    """A generated corpus directory: pages under site/, gold.jsonl, manifest.json."""

    root: Path
    seed: int
    size: int

    @property
    def site(self) -> Path:
        return self.root / SITE_DIR

    def iter_gold(self, limit: int | None = None) -> Iterator[dict[str, Any]]:
        """The gold records of the first `limit` articles (all by default), read as a stream."""
        return islice(read_jsonl(self.root / GOLD_FILE), limit)

    def gold(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The gold records of the first `limit` articles (all by default)."""
        return list(self.iter_gold(limit))

    def paths(self, limit: int) -> list[str]:
        return [g["path"] for g in self.iter_gold(limit)]

    def files(self, limit: int) -> list[Path]:
        return [self.site / g["path"].lstrip("/") for g in self.iter_gold(limit)]

    def write_staged(self, size: int, path: Path) -> int:
        """`write_staged_articles(seed, size, path)`, byte for byte, copied from the corpus's staged file when
        it covers `size` articles (generated with the pages: the generator and every page's rendering are
        not run again, about 8 CPU seconds at 10,000); the number of records written."""
        manifest_path = self.root / MANIFEST_FILE
        manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.is_file() else {}
        if int(manifest.get("staged", 0)) < size or not (self.root / STAGED_FILE).is_file():
            return write_staged_articles(self.seed, size, path)
        wanted = sum(1 for g in self.iter_gold(size) if g["on_topic"])
        with (self.root / STAGED_FILE).open("rb") as source, Path(path).open("wb") as out:
            out.writelines(islice(source, wanted))
        return wanted


def iter_articles(seed: int, size: int, start: int = 0) -> Iterator[Article]:
    for index in range(start, size):
        yield make_article(seed, index)


def generate(root: Path, size: int, seed: int = 1) -> Corpus:
    """Generate (or reuse, when a cached one of this seed is big enough) a corpus of `size` articles."""
    root = Path(root)
    manifest_path = root / MANIFEST_FILE
    existing = 0
    if manifest_path.is_file():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("seed") == seed and manifest.get("version") == GENERATOR_VERSION:
            existing = int(manifest.get("size", 0))
        if existing >= size:
            return Corpus(root, seed, size)
    # The staged file goes on only where it covers every article so far (a corpus cached before it existed has none).
    staged = not existing or (int(manifest.get("staged", 0)) == existing and (root / STAGED_FILE).is_file())
    if not existing:
        root.mkdir(parents=True, exist_ok=True)
        (root / GOLD_FILE).write_text("", encoding="utf-8")
        (root / STAGED_FILE).write_text("", encoding="utf-8")
    with (root / GOLD_FILE).open("a", encoding="utf-8") as gold, \
            ((root / STAGED_FILE).open("a", encoding="utf-8") if staged else open(os.devnull, "w")) as staged_out:
        for article in iter_articles(seed, size, start=existing):
            target = root / SITE_DIR / article.path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            page = render_page(article)
            target.write_text(page, encoding="utf-8")
            gold.write(json.dumps(article.gold_record(), ensure_ascii=False) + "\n")
            if staged and article.on_topic:
                staged_out.write(json.dumps(staged_record(article, page=page), ensure_ascii=False) + "\n")
    tmp = manifest_path.with_suffix(".tmp")
    fields = {"seed": seed, "size": size, "version": GENERATOR_VERSION, **({"staged": size} if staged else {})}
    tmp.write_text(json.dumps(fields) + "\n", encoding="utf-8")
    os.replace(tmp, manifest_path)
    return Corpus(root, seed, size)


def write_sitemap(corpus: Corpus, size: int, base_url: str) -> str:
    """A sitemap index over the first `size` pages (chunks of SITEMAP_CHUNK URLs); returns its URL."""
    base = base_url.rstrip("/")
    folder = corpus.site / "sitemaps"
    folder.mkdir(exist_ok=True)
    paths = corpus.paths(size)
    children = []
    for number, start in enumerate(range(0, len(paths), SITEMAP_CHUNK)):
        name = f"sitemap-{size}-{number:03d}.xml"
        urls = "".join(f"<url><loc>{base}{escape(p)}</loc></url>\n" for p in paths[start:start + SITEMAP_CHUNK])
        (folder / name).write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                                   '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                   f"{urls}</urlset>\n", encoding="utf-8")
        children.append(f"<sitemap><loc>{base}/sitemaps/{name}</loc></sitemap>\n")
    index_name = f"sitemap-{size}.xml"
    (corpus.site / index_name).write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                                          '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                          f"{''.join(children)}</sitemapindex>\n", encoding="utf-8")
    return f"{base}/{index_name}"


def staged_record(article: Article, source: str = "bench", page: str | None = None) -> dict[str, Any]:
    """The ArticleRecord the parse stage should make of the article's page (docs/stages.md).

    Used where a size's crawl and parse ran on a sample only, so extraction,
    load and report still get every article of the size. `page`: `render_page(article)`
    where the caller has it already.
    """
    import hashlib

    html = (render_page(article) if page is None else page).encode("utf-8")
    text = article.text
    return {
        "article_id": hashlib.sha256(article.canonical_url.encode("utf-8")).hexdigest()[:16],
        "url": article.canonical_url, "canonical_url": article.canonical_url,
        "outlet_id": article.outlet_id, "outlet": article.outlet, "title": article.title,
        "authors": [article.author], "published": article.published, "language": "de", "text": text,
        "html_sha256": hashlib.sha256(html).hexdigest(), "fetched_at": "2026-11-30T00:00:00+00:00",
        "source": source, "found_via": "sitemap", "capture_url": None, "capture_time": None,
        "content_sha256": hashlib.sha256(" ".join(text.lower().split()).encode("utf-8")).hexdigest(),
        "related": [], "lastmod": None,
    }


def write_staged_articles(seed: int, size: int, path: Path) -> int:
    """articles.jsonl of the first `size` on-topic articles as the parse stage would stage them."""
    written = 0
    with Path(path).open("w", encoding="utf-8") as fh:
        for article in iter_articles(seed, size):
            if article.on_topic:
                fh.write(json.dumps(staged_record(article), ensure_ascii=False) + "\n")
                written += 1
    return written
