"""The pages of the static site, as (path, template, context) triples built from the warehouse's rows.

Pages: `index.html` (the story: summary, open contradictions, consensus,
charts), one page per question (`questions/price.html`,
`questions/opt_out-ads.html`, `questions/data_shared-contacts.html`, ...), one
per outlet (`outlets/<outlet_id>.html`), `runs.html`. Long lists are split
into numbered pages (`...-2.html`). Which claims contradict which is the
warehouse's `contradictions` view; this module only groups and labels.

Nothing here holds every claim or every article: the answers and the charts'
inputs are aggregated in SQL, the quotes beside each answer are its first
few claims, and the list pages are read from a cursor PAGE_SIZE rows at a
time while they are rendered (`pages()` is a generator), so the builder's
memory does not grow with the corpus (see docs/benchmarks.md).
"""
from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import groupby, islice
from typing import Any

from models import schema
from reports import charts, queries
from reports.events import KEY_EVENTS
from reports.i18n import Translator
from reports.quotes import article_link, split_sentence

PAGE_SIZE = 50  # articles or claims per list page
UNCOMPARED = ("opt_out:unspecified", "data_shared:other")  # vague claims: the contradictions view gives them no side
TABLE_ROWS = 200  # rows of a chart's table shown beside it; all of them are in its CSV file
QUOTES_ON_INDEX = 2  # quotes per side under each contradiction on the index
QUOTES_PER_SIDE = queries.QUOTE_IDS  # quotes per side on a question page (all claims follow, paginated)
FETCH = 500  # rows fetched from a cursor at a time

#: The SQL of each question type's "yes" answer (blue in the charts) and of the field its answer is read from.
YES = {"opt_out": "coalesce(c.stance = 'possible', false)", "data_shared": "coalesce(c.shared, false)"}
ANSWER_FIELD = {"opt_out": ("stance", "CAST(c.stance AS VARCHAR)"), "data_shared": ("shared", "c.shared")}
#: The claim fields an answer is grouped by (one per question type; the others are NULL for a claim).
ANSWER_KEYS = (f"{queries.question_id_sql()} AS question_id, CAST(c.type AS VARCHAR) AS type, c.value AS value_key, "
               "CAST(c.currency AS VARCHAR) AS currency_key, CAST(c.stance AS VARCHAR) AS stance, c.shared")


@dataclass(frozen=True)
class Page:
    """One file of the site."""

    path: str  # relative to the site root, '/'-separated
    template: str
    context: dict[str, Any]


@dataclass
class Answer:
    """One side of a question: the answer, who gives it, and its first quotes (`n_claims` in all)."""

    label: str
    outlets: list[dict[str, str]]
    claims: list[dict[str, Any]]
    consensus: bool = False
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    n_claims: int = 0


@dataclass
class Question:
    """A question the coverage answers (the price, opt-out for a scope, sharing of a data type)."""

    question_id: str
    question_type: str
    subject: str | None
    title: str
    long_title: str
    slug: str
    n_claims: int = 0
    answers: list[Answer] = field(default_factory=list)
    status: str = "none"  # disputed | explained | agreed | compatible | uncompared | none
    explanation: str | None = None
    sentence: str = ""


def slugify(text: str) -> str:
    """A file-name-safe id: lower-case letters, digits, '.', '_' and '-' only."""
    slug = re.sub(r"[^a-z0-9._-]+", "-", str(text).lower()).strip("-.")
    return slug or "x"


def question_ids() -> list[tuple[str, str, str | None]]:
    """(question_id, type, subject) of every question, in reading order, from the claim schema."""
    ids: list[tuple[str, str, str | None]] = [("price", "price", None)]
    ids += [(f"opt_out:{s}", "opt_out", s) for s in schema.SCOPES]
    ids += [(f"data_shared:{d}", "data_shared", d) for d in schema.DATA_TYPES]
    return ids


def question_of(claim: dict[str, Any]) -> str:
    if claim["type"] == "price":
        return "price"
    return f"{claim['type']}:{claim['scope'] if claim['type'] == 'opt_out' else claim['data_type']}"


_QUESTION = queries.question_id_sql()  # the SQL of a claim's question id


class SiteBuilder:
    """Turns the warehouse's rows into the pages of the site, in one language.

    `conn` is the open read-only warehouse (None for a missing or empty one);
    `data` the small, bounded reads of `read_site_data` (summary, runs,
    outlets, contradictions, coverage, events). The claims are read through
    `conn` page by page while `pages()` is iterated, so the connection must
    stay open until then.
    """

    def __init__(self, conn: Any, data: dict[str, Any], t: Translator) -> None:
        self.t = t
        self.conn = conn
        self.data = data
        self.s = queries.Schema.read(conn) if conn is not None else None
        self.outlet_slugs = self._outlet_slugs(data["outlets"])
        self.outlet_names = {o["outlet_id"]: o["name"] for o in data["outlets"]}
        self.counts: dict[str, int] = {}
        if conn is not None:
            queries.prepare(conn, self.s, data["outlets"])
            self.counts = queries.question_counts(conn)
        self._texts: Any = None  # a second cursor: article texts are looked up while a page cursor is open
        self.questions = self._questions()
        self.charts: dict[str, charts.Chart] = {}  # every chart drawn, by key: its table is also written as CSV

    def close(self) -> None:
        """Close the builder's own cursor (the connection is the caller's)."""
        if self._texts is not None:
            self._texts.close()
            self._texts = None

    # ------------------------------------------------------------ model

    def _outlet_slugs(self, outlets: list[dict[str, Any]]) -> dict[str, str]:
        slugs: dict[str, str] = {}
        taken: set[str] = set()
        for o in outlets:
            slug = base = slugify(o["outlet_id"])
            n = 2
            while slug in taken:  # two ids that differ only in characters a file name cannot hold
                slug, n = f"{base}-{n}", n + 1
            taken.add(slug)
            slugs[o["outlet_id"]] = slug
        return slugs

    def _quote(self, claim: dict[str, Any], link: dict[str, Any] | None = None) -> dict[str, Any]:
        """The claim row completed with what a quote shows: marked sentence, outlet, article link, answer label."""
        if claim.get("span_offset") is None:
            claim["span_offset"] = self._span_offset(claim)
        before, span, after = split_sentence(claim)
        answer, yes = self._answer_of(claim)
        claim.update({"before": before, "span": span, "after": after,
                      "outlet": self.outlet_names.get(claim["outlet_id"], claim["outlet"]),
                      "outlet_slug": self.outlet_slugs.get(claim["outlet_id"]),
                      "article": link or article_link(claim, self.t), "answer": answer, "yes": yes,
                      "question_id": question_of(claim)})
        return claim

    def _span_offset(self, claim: dict[str, Any]) -> int | None:
        """Where the claim's span lies in its sentence, when the span occurs there more than once.

        The span is then found from the claim's offset in its article: the
        sentence is looked for in the text just before that offset (so the
        right one of two equal numbers is marked). A span that occurs once
        needs no text: `split_sentence` finds it.
        """
        sentence, span = claim.get("sentence"), claim.get("text")
        if not sentence or not span or sentence.count(span) < 2 or self.conn is None:
            return None
        if self._texts is None:
            self._texts = self.conn.cursor()
        text = queries.article_text(self._texts, claim["article_id"])
        if text is None:
            return None
        start = claim["start_char"]
        base = max(0, start - len(sentence))
        found = text[base:base + 2 * len(sentence) + 1].find(sentence)
        return start - (base + found) if found >= 0 else None

    def _answer_of(self, claim: dict[str, Any]) -> tuple[str, bool]:
        t = self.t
        if claim["type"] == "price":
            return t.amount(claim["value"], claim["currency"]), True
        if claim["type"] == "opt_out":
            return t.vocab("stance", claim["stance"]), claim["stance"] == "possible"
        return t.vocab("shared", claim["shared"]), bool(claim["shared"])

    def _label(self, group: dict[str, Any]) -> str:
        """The answer label of a group of `answer_groups` (grouped by ANSWER_KEYS)."""
        if group["type"] == "price":
            return self.t.amount(group["value_key"], group["currency_key"])
        if group["type"] == "opt_out":
            return self.t.vocab("stance", group["stance"])
        return self.t.vocab("shared", group["shared"])

    def _questions(self) -> list[Question]:
        t = self.t
        rows = {r["question_id"]: r for r in self.data["contradictions"]}
        quotes = self._quotes_by_id([c for r in rows.values() for side in r["sides"] for c in side.get("claim_ids") or []])
        out = []
        for qid, qtype, subject in question_ids():
            q = Question(qid, qtype, subject, t.question(qtype, subject), t.question(qtype, subject, long=True),
                         slugify(qid.replace(":", "-")), self.counts.get(qid, 0))
            row = rows.get(qid)
            if row:
                q.answers = [self._side(q, side, row.get("consensus"), quotes) for side in row["sides"]]
                q.status = "explained" if row.get("explanation") else "disputed"
                q.explanation = t(f"explanation.{row['explanation']}") if row.get("explanation") else None
            elif q.n_claims:
                q.answers = self._agreeing_answers(q)
                # No row in the view: one answer is agreement; several are answers the warehouse found
                # compatible (overlapping price ranges) or never compares (vague claims take no side).
                q.status = ("agreed" if len(q.answers) == 1 else
                            "uncompared" if qid in UNCOMPARED else "compatible")
            # Most outlets first; then the consensus's currency before others, smaller amounts first.
            lead = max(q.answers, key=lambda a: len(a.outlets)).currency if q.answers else None
            q.answers.sort(key=lambda a: (-len(a.outlets), a.currency != lead, a.low or 0))
            if q.answers and not any(a.consensus for a in q.answers):
                top = q.answers[0]
                top.consensus = len(q.answers) == 1 or len(top.outlets) > len(q.answers[1].outlets)
            q.sentence = self._sentence(q)
            out.append(q)
        return out

    def _quotes_by_id(self, claim_ids: list[str]) -> dict[str, dict[str, Any]]:
        if self.conn is None or not claim_ids:
            return {}
        rows = queries.claims_by_id(self.conn, self.s, sorted(set(claim_ids)))
        return {cid: self._quote(row) for cid, row in rows.items()}

    def _side(self, q: Question, side: dict[str, Any], consensus: str | None,
              quotes: dict[str, dict[str, Any]]) -> Answer:
        t = self.t
        claims = [quotes[c] for c in side.get("claim_ids") or [] if c in quotes]
        if q.question_type == "price":
            label = t.amount_range(side.get("low"), side.get("high"), side.get("currency"))
            moments = [m for m in side.get("moments") or [] if m != "unspecified"]
            if len(moments) == 1:  # "21,8 Mrd. US-Dollar (bei Abschluss)": the moment is part of the answer
                label = f"{label} ({t.vocab('moment', moments[0])})"
        elif claims:
            label = claims[0]["answer"]
        else:
            label = str(side.get("label"))
        outlets = self._outlets_of(claims, side.get("outlet_ids") or [], side.get("outlets") or [])
        return Answer(label, outlets, claims, consensus is not None and side.get("label") == consensus,
                      side.get("low"), side.get("high"), side.get("currency"),
                      side.get("n_claims", len(side.get("claim_ids") or [])))

    def _outlets_of(self, claims: list[dict[str, Any]], ids: list[str], names: list[str]) -> list[dict[str, str]]:
        seen: dict[str, dict[str, str]] = {}
        for c in claims:
            seen.setdefault(c["outlet_id"], {"name": c["outlet"], "slug": c["outlet_slug"]})
        for oid, name in zip(ids, names or ids):
            seen.setdefault(oid, {"name": self.outlet_names.get(oid, name), "slug": self.outlet_slugs.get(oid)})
        return sorted(seen.values(), key=lambda o: o["name"])

    def _groups(self, where: str, params: list[Any]) -> list[dict[str, Any]]:
        """`answer_groups` of the claims `where` selects, merged by (question, answer label), in order of first
        appearance: {question_id, label, n, first_pos, outlet_ids, first_ids, value, currency}."""
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for g in queries.answer_groups(self.conn, self.s, where, params, ANSWER_KEYS, QUOTES_PER_SIDE):
            key = (g["question_id"], self._label(g))
            if key not in merged:
                merged[key] = {**g, "label": key[1], "outlet_ids": list(g["outlet_ids"])}
                continue
            # Two keys with one label (two amounts that print alike): one answer, as the claims' labels say.
            m = merged[key]
            m["n"] += g["n"]
            m["outlet_ids"] += [o for o in g["outlet_ids"] if o not in m["outlet_ids"]]
            m["first_ids"] = m["first_ids"] + g["first_ids"]
        return list(merged.values())

    def _agreeing_answers(self, q: Question) -> list[Answer]:
        """Claims of an undisputed question grouped by the answer they give (no comparison: equal answers)."""
        groups = self._groups(f"{_QUESTION} = ?", [q.question_id])
        quotes = self._quotes_by_id([c for g in groups for c in g["first_ids"]])
        answers = []
        for g in groups:
            claims = sorted((quotes[c] for c in g["first_ids"] if c in quotes), key=lambda c: c["pos"])
            claims = claims[:QUOTES_PER_SIDE]
            value = g["value"] if q.question_type == "price" else None
            answers.append(Answer(g["label"], self._outlets_of(claims, g["outlet_ids"], []), claims, False, value,
                                  value, g["currency"], g["n"]))
        return answers

    def _sentence(self, q: Question) -> str:
        """One sentence: '3 Medien nennen 19 Mrd. US-Dollar, 1 Medium nennt 20 Mrd. US-Dollar.'"""
        t = self.t
        if not q.answers:
            return t("claims.none")
        verb = "names" if q.question_type == "price" else "says"
        parts = [f"{t.count(len(a.outlets), 'outlet')} {t.plural(verb, len(a.outlets))} {a.label}" for a in q.answers]
        return ", ".join(parts) + "."

    # ------------------------------------------------------------ charts

    def _keep(self, chart: charts.Chart | None) -> charts.Chart | None:
        if chart is not None:
            self.charts[chart.key] = chart
        return chart

    def price_chart(self, q: Question) -> charts.Chart | None:
        if "price" in self.charts:  # on the index and on the price page: drawn once
            return self.charts["price"]
        if self.conn is None or not q.n_claims:
            return None
        currencies, groups, rows = queries.price_points(self.conn, self.s)
        if not currencies:
            return None
        top = next((a for a in q.answers if a.consensus), None)
        consensus = {"low": top.low, "high": top.high, "currency": top.currency} if top else None
        return self._keep(charts.price_chart_sorted(currencies, groups, _stream(rows), consensus, self.t))

    def _timeline(self, where: str, params: list[Any], question_type: str, **kwargs: Any) -> charts.Chart | None:
        """The answers of the claims `where` selects over time (None when none is dated)."""
        yes = YES[question_type]
        rows = queries.timeline_counts(self.conn, self.s, where, params, yes)
        if not rows:
            return None
        name, sql = ANSWER_FIELD[question_type]
        labels = {y: self.t.vocab(name, key) for y, key in queries.last_answers(self.conn, where, params, yes, sql).items()}
        return self._keep(charts.answer_timeline_counts(rows, labels, self.t, answer_header=self.t("col.answer"),
                                                        **kwargs))

    def timeline(self, q: Question) -> charts.Chart | None:
        if self.conn is None or not q.n_claims:
            return None
        t = self.t
        if q.question_type == "opt_out":
            title = t("chart.scope.title", subject=t.vocab("scope", q.subject))
        else:
            title = t("chart.shared.title", subject=t.vocab("data_type", q.subject))
        return self._timeline(f"{_QUESTION} = ?", [q.question_id], q.question_type, key=f"timeline-{q.slug}",
                              title=title, shapes=False)

    def index_charts(self) -> dict[str, charts.Chart]:
        t = self.t
        out: dict[str, charts.Chart] = {}
        price = self.questions[0]
        if chart := self.price_chart(price):
            out["price"] = chart
        if any(n for qid, n in self.counts.items() if qid and qid.startswith("data_shared:")):
            outlets = [o["name"] for o in self.data["outlets"] if o["claims"]]
            cells = queries.matrix_cells(self.conn, self.s)
            out["matrix"] = self._keep(charts.data_matrix(cells, outlets, schema.DATA_TYPES, t))
        if self.conn is not None and (chart := self._timeline("c.type = 'opt_out'", [], "opt_out", key="optout",
                                                              title=t("chart.optout.title"), shapes=True)):
            out["optout"] = chart
        if self.data["coverage"]:
            rows = self.data["events"] or [{"event_id": e, "event_date": d, "name": e} for e, d in KEY_EVENTS]
            events = [(r["event_date"], t.event(r["event_id"], r["name"])) for r in rows]
            out["coverage"] = self._keep(charts.coverage_timeline(self.data["coverage"], self.outlet_names, events, t))
        return out

    # ------------------------------------------------------------ pages

    def tables(self) -> dict[str, str]:
        """Every drawn chart's numbers as CSV text, by path (`tables/<chart key>.csv`); call after pages()."""
        out = {}
        for key, chart in self.charts.items():
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            writer.writerow(chart.table.headers)
            writer.writerows(chart.table.rows)
            out[f"tables/{key}.csv"] = buffer.getvalue()
        return out

    def pages(self) -> Iterator[Page]:
        """Every page, one at a time: a list page's rows are read when it is its turn to be rendered."""
        yield self._index()
        yield self._runs()
        for q in self.questions:
            yield from self._question_pages(q)
        order = {q.question_id: i for i, q in enumerate(self.questions)}
        for o in self.data["outlets"]:
            yield from self._outlet_pages(o, order)

    def _common(self, root: str) -> dict[str, Any]:
        return {"t": self.t, "lang": self.t.lang, "root": root, "generated": self.t.timestamp(datetime.now(UTC)),
                "table_rows": TABLE_ROWS}

    def _index(self) -> Page:
        s = self.data["summary"]
        asked = [q for q in self.questions if q.n_claims]
        context = {
            **self._common(""),
            "empty": not s["articles"],
            "summary": s,
            "span": (self.t.date(s["first"]), self.t.date(s["last"])) if s.get("first") else None,
            "updated": self.t.timestamp(s["updated"]) if s.get("updated") else None,
            "open": [q for q in asked if q.status == "disputed"],
            "explained": [q for q in asked if q.status == "explained"],
            "asked": asked,
            "charts": self.index_charts(),
            "outlets": [{**o, "slug": self.outlet_slugs[o["outlet_id"]]} for o in self.data["outlets"]],
            "quotes_shown": QUOTES_ON_INDEX,
            "question_links": [(q.slug, q.title, q.n_claims) for q in self.questions],
        }
        return Page("index.html", "index.html.j2", context)

    def _runs(self) -> Page:
        return Page("runs.html", "runs.html.j2", {**self._common(""), "runs": self.data["runs"]})

    def _question_pages(self, q: Question) -> Iterator[Page]:
        chart = self.price_chart(q) if q.question_type == "price" else self.timeline(q)
        claims: Iterable[dict[str, Any]] = ()
        if q.n_claims:
            claims = (self._quote(c) for c in _stream(queries.question_claims(self.conn, self.s, q.question_id)))
        for page in paginate_stream(claims, q.n_claims, f"questions/{q.slug}"):
            context = {**self._common("../"), "q": q, "chart": chart if page["number"] == 1 else None,
                       "claims": page["items"], "pager": page, "quotes_shown": QUOTES_PER_SIDE,
                       "scopes_note": q.question_type == "opt_out"}
            yield Page(page["path"], "question.html.j2", context)

    def _outlet_pages(self, outlet: dict[str, Any], order: dict[str, int]) -> Iterator[Page]:
        """The outlet's pages from its own articles and claims; `order` is each question's reading position."""
        oid = outlet["outlet_id"]
        slug = self.outlet_slugs[oid]
        answers = []
        if self.conn is not None and outlet["claims"]:
            said = self._groups(f"{queries.outlet_id_sql(self.s)} = ? AND c.type IN ('price', 'opt_out', 'data_shared')",
                                [oid])
            answers = [{"question": self.questions[order[g["question_id"]]], "answer": g["label"], "n": g["n"]}
                       for g in sorted(said, key=lambda g: order[g["question_id"]]) if g["question_id"] in order]
        items: Iterable[dict[str, Any]] = ()
        if self.conn is not None and outlet["articles"]:
            items = self._outlet_articles(queries.outlet_items(self.conn, self.s, oid))
        for page in paginate_stream(items, outlet["articles"], f"outlets/{slug}"):
            context = {**self._common("../"), "outlet": outlet, "answers": answers, "articles": page["items"],
                       "pager": page}
            yield Page(page["path"], "outlet.html.j2", context)

    def _outlet_articles(self, cursor: Any) -> Iterator[dict[str, Any]]:
        """The rows of `outlet_items` as articles, each with its quoted claims."""
        for _, rows in groupby(_stream(cursor), key=lambda r: r["article_id"]):
            rows = list(rows)  # one article's claims: a handful
            article = rows[0]
            link = article_link(article, self.t)
            claims = [self._quote(r, link) for r in rows if r["has_claim"]]
            yield {"article_id": article["article_id"], "title": article["title"], "link": link, "claims": claims}


def _stream(cursor: Any) -> Iterator[dict[str, Any]]:
    """A cursor's rows as dicts, FETCH rows at a time."""
    columns = [d[0] for d in cursor.description]
    while rows := cursor.fetchmany(FETCH):
        for row in rows:
            yield dict(zip(columns, row))


def paginate(items: list[Any], stem: str, size: int = PAGE_SIZE) -> list[dict[str, Any]]:
    """`items` in pages of `size`: [{number, total, items, path, prev, next}], at least one (maybe empty) page.

    Page 1 is `stem.html`, page n `stem-n.html`; prev/next are file names relative to the page.
    """
    return list(paginate_stream(items, len(items), stem, size))


def paginate_stream(items: Iterable[Any], count: int, stem: str, size: int = PAGE_SIZE) -> Iterator[dict[str, Any]]:
    """`paginate` over an iterable of `count` items, each page's items taken when the page is reached."""
    total = max(1, -(-count // size))
    name = stem.rsplit("/", 1)[-1]
    rows = iter(items)

    def file(n: int) -> str:
        return f"{name}.html" if n == 1 else f"{name}-{n}.html"

    for n in range(1, total + 1):
        yield {"number": n, "total": total, "items": list(islice(rows, size)),
               "path": stem.rsplit("/", 1)[0] + "/" + file(n) if "/" in stem else file(n),
               "prev": file(n - 1) if n > 1 else None, "next": file(n + 1) if n < total else None}


def read_site_data(conn: Any) -> dict[str, Any]:
    """The site's small reads (bounded by outlets, questions, months and runs, not by the corpus), read once."""
    s = queries.Schema.read(conn)
    if not s.has("articles") or not s.has("claims"):
        return empty_site_data()
    return {
        "summary": queries.summary(conn, s),
        "runs": queries.runs(conn, s),
        "outlets": queries.outlets(conn, s),
        "contradictions": queries.disputed_sides(conn, s) if s.has("contradictions") else [],
        "coverage": queries.coverage(conn, s),
        "events": queries.events(conn, s),
    }


def empty_site_data() -> dict[str, Any]:
    """What an empty (or missing) warehouse gives: the 'no data yet' site."""
    return {"summary": {"articles": 0, "outlets": 0, "claims": 0, "first": None, "last": None, "updated": None},
            "runs": [], "outlets": [], "contradictions": [], "coverage": [], "events": []}
