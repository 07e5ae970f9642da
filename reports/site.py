"""The pages of the static site, as (path, template, context) triples built from the warehouse's rows.

Pages: `index.html` (the story: summary, open contradictions, consensus,
charts), one page per question (`questions/price.html`,
`questions/opt_out-ads.html`, `questions/data_shared-contacts.html`, ...), one
per outlet (`outlets/<outlet_id>.html`), `runs.html`. Long lists are split
into numbered pages (`...-2.html`). Which claims contradict which is the
warehouse's `contradictions` view; this module only groups and labels.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
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
QUOTES_PER_SIDE = 10  # quotes per side on a question page (all claims follow, paginated)


@dataclass(frozen=True)
class Page:
    """One file of the site."""

    path: str  # relative to the site root, '/'-separated
    template: str
    context: dict[str, Any]


@dataclass
class Answer:
    """One side of a question: the answer, who gives it, and the quotes."""

    label: str
    outlets: list[dict[str, str]]
    claims: list[dict[str, Any]]
    consensus: bool = False
    low: float | None = None
    high: float | None = None
    currency: str | None = None


@dataclass
class Question:
    """A question the coverage answers (the price, opt-out for a scope, sharing of a data type)."""

    question_id: str
    question_type: str
    subject: str | None
    title: str
    long_title: str
    slug: str
    claims: list[dict[str, Any]] = field(default_factory=list)
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


class SiteBuilder:
    """Turns the warehouse's rows into the pages of the site, in one language."""

    def __init__(self, data: dict[str, Any], t: Translator) -> None:
        self.t = t
        self.data = data
        self.outlet_slugs = self._outlet_slugs(data["outlets"])
        self.outlet_names = {o["outlet_id"]: o["name"] for o in data["outlets"]}
        self._links: dict[str, dict[str, Any]] = {}  # article_id -> its link, shared by the article's claims
        self.claims = [self._quote(c) for c in data["claims"]]
        self.by_id = {c["claim_id"]: c for c in self.claims}
        self.questions = self._questions()
        self.charts: dict[str, charts.Chart] = {}  # every chart drawn, by key: its table is also written as CSV

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

    def _quote(self, claim: dict[str, Any]) -> dict[str, Any]:
        """The claim with what a quote shows: marked sentence, outlet, article link, answer label.

        The warehouse's row is completed in place (a copy per claim would hold every claim twice).
        """
        before, span, after = split_sentence(claim)
        answer, yes = self._answer_of(claim)
        name = self.outlet_names.get(claim["outlet_id"], claim["outlet"])
        link = self._links.get(claim["article_id"])
        if link is None:
            link = self._links[claim["article_id"]] = article_link(claim, self.t)
        claim.update({"before": before, "span": span, "after": after, "outlet": name,
                      "outlet_slug": self.outlet_slugs.get(claim["outlet_id"]), "article": link,
                      "answer": answer, "yes": yes, "question_id": question_of(claim)})
        return claim

    def _answer_of(self, claim: dict[str, Any]) -> tuple[str, bool]:
        t = self.t
        if claim["type"] == "price":
            return t.amount(claim["value"], claim["currency"]), True
        if claim["type"] == "opt_out":
            return t.vocab("stance", claim["stance"]), claim["stance"] == "possible"
        return t.vocab("shared", claim["shared"]), bool(claim["shared"])

    def _questions(self) -> list[Question]:
        t = self.t
        by_question: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in self.claims:
            by_question[c["question_id"]].append(c)
        rows = {r["question_id"]: r for r in self.data["contradictions"]}
        out = []
        for qid, qtype, subject in question_ids():
            q = Question(qid, qtype, subject, t.question(qtype, subject), t.question(qtype, subject, long=True),
                         slugify(qid.replace(":", "-")), by_question.get(qid, []))
            row = rows.get(qid)
            if row:
                q.answers = [self._side(q, side, row.get("consensus")) for side in row["sides"]]
                q.status = "explained" if row.get("explanation") else "disputed"
                q.explanation = t(f"explanation.{row['explanation']}") if row.get("explanation") else None
            elif q.claims:
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

    def _side(self, q: Question, side: dict[str, Any], consensus: str | None) -> Answer:
        t = self.t
        claims = [self.by_id[c] for c in side.get("claim_ids") or [] if c in self.by_id]
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
                      side.get("low"), side.get("high"), side.get("currency"))

    def _outlets_of(self, claims: list[dict[str, Any]], ids: list[str], names: list[str]) -> list[dict[str, str]]:
        seen: dict[str, dict[str, str]] = {}
        for c in claims:
            seen.setdefault(c["outlet_id"], {"name": c["outlet"], "slug": c["outlet_slug"]})
        for oid, name in zip(ids, names or ids):
            seen.setdefault(oid, {"name": self.outlet_names.get(oid, name), "slug": self.outlet_slugs.get(oid)})
        return sorted(seen.values(), key=lambda o: o["name"])

    def _agreeing_answers(self, q: Question) -> list[Answer]:
        """Claims of an undisputed question grouped by the answer they give (no comparison: equal answers)."""
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in q.claims:
            groups[c["answer"]].append(c)
        answers = []
        for label, claims in groups.items():
            first = claims[0]
            value = first.get("value") if q.question_type == "price" else None
            answers.append(Answer(label, self._outlets_of(claims, [], []), claims, False, value, value,
                                  first.get("currency")))
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
        claims = [c for c in q.claims if c.get("value") is not None]
        if not claims:
            return None
        top = next((a for a in q.answers if a.consensus), None)
        consensus = {"low": top.low, "high": top.high, "currency": top.currency} if top else None
        return self._keep(charts.price_chart(claims, consensus, self.t))

    def timeline(self, q: Question) -> charts.Chart | None:
        if not any(c.get("published_date") for c in q.claims):
            return None
        t = self.t
        key = f"timeline-{q.slug}"
        if q.question_type == "opt_out":
            title = t("chart.scope.title", subject=t.vocab("scope", q.subject))
        else:
            title = t("chart.shared.title", subject=t.vocab("data_type", q.subject))
        return self._keep(charts.answer_timeline(q.claims, t, key=key, title=title, answer_header=t("col.answer"),
                                                 shapes=False))

    def index_charts(self) -> dict[str, charts.Chart]:
        t = self.t
        out: dict[str, charts.Chart] = {}
        price = self.questions[0]
        if chart := self.price_chart(price):
            out["price"] = chart
        shared = [c for c in self.claims if c["type"] == "data_shared"]
        if shared:
            outlets = [o["name"] for o in self.data["outlets"] if o["claims"]]
            out["matrix"] = self._keep(charts.data_matrix(shared, outlets, schema.DATA_TYPES, t))
        opt = [c for c in self.claims if c["type"] == "opt_out"]
        if any(c.get("published_date") for c in opt):
            out["optout"] = self._keep(charts.answer_timeline(opt, t, key="optout", title=t("chart.optout.title"),
                                                              answer_header=t("col.answer"), shapes=True))
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

    def pages(self) -> list[Page]:
        pages = [self._index(), self._runs()]
        for q in self.questions:
            pages += self._question_pages(q)
        # Articles and claims grouped by outlet in one pass each (not one scan of all claims per outlet).
        articles_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for a in self.data["articles"]:
            articles_of[a["outlet_id"]].append(a)
        claims_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for c in self.claims:
            claims_of[c["outlet_id"]].append(c)
        order = {q.question_id: i for i, q in enumerate(self.questions)}
        for o in self.data["outlets"]:
            oid = o["outlet_id"]
            pages += self._outlet_pages(o, articles_of.get(oid, []), claims_of.get(oid, []), order)
        return pages

    def _common(self, root: str) -> dict[str, Any]:
        return {"t": self.t, "lang": self.t.lang, "root": root, "generated": self.t.timestamp(datetime.now(UTC)),
                "table_rows": TABLE_ROWS}

    def _index(self) -> Page:
        s = self.data["summary"]
        asked = [q for q in self.questions if q.claims]
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
            "question_links": [(q.slug, q.title, len(q.claims)) for q in self.questions],
        }
        return Page("index.html", "index.html.j2", context)

    def _runs(self) -> Page:
        return Page("runs.html", "runs.html.j2", {**self._common(""), "runs": self.data["runs"]})

    def _question_pages(self, q: Question) -> list[Page]:
        chart = self.price_chart(q) if q.question_type == "price" else self.timeline(q)
        claims = sorted(q.claims, key=lambda c: (c.get("published_date") is None, c.get("published_date"), c["outlet"]))
        pages = []
        for page in paginate(claims, f"questions/{q.slug}"):
            context = {**self._common("../"), "q": q, "chart": chart if page["number"] == 1 else None,
                       "claims": page["items"], "pager": page, "quotes_shown": QUOTES_PER_SIDE,
                       "scopes_note": q.question_type == "opt_out"}
            pages.append(Page(page["path"], "question.html.j2", context))
        return pages

    def _outlet_pages(self, outlet: dict[str, Any], articles: list[dict[str, Any]], claims: list[dict[str, Any]],
                      order: dict[str, int]) -> list[Page]:
        """The outlet's pages from its own articles and claims; `order` is each question's reading position."""
        slug = self.outlet_slugs[outlet["outlet_id"]]
        claims_by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
        said: Counter[tuple[str, str]] = Counter()
        for c in claims:
            claims_by_article[c["article_id"]].append(c)
            said[(c["question_id"], c["answer"])] += 1
        answers = [{"question": self.questions[order[qid]], "answer": answer, "n": n}
                   for (qid, answer), n in sorted(said.items(), key=lambda kv: order[kv[0][0]])]
        items = [{**a, "link": article_link(a, self.t), "claims": claims_by_article.get(a["article_id"], [])}
                 for a in articles]
        items.sort(key=lambda a: (not a["claims"],))  # articles with claims first, each group newest first
        pages = []
        for page in paginate(items, f"outlets/{slug}"):
            context = {**self._common("../"), "outlet": outlet, "answers": answers, "articles": page["items"],
                       "pager": page}
            pages.append(Page(page["path"], "outlet.html.j2", context))
        return pages


def paginate(items: list[Any], stem: str, size: int = PAGE_SIZE) -> list[dict[str, Any]]:
    """`items` in pages of `size`: [{number, total, items, path, prev, next}], at least one (maybe empty) page.

    Page 1 is `stem.html`, page n `stem-n.html`; prev/next are file names relative to the page.
    """
    total = max(1, -(-len(items) // size))
    name = stem.rsplit("/", 1)[-1]

    def file(n: int) -> str:
        return f"{name}.html" if n == 1 else f"{name}-{n}.html"

    return [{"number": n, "total": total, "items": items[(n - 1) * size:n * size],
             "path": stem.rsplit("/", 1)[0] + "/" + file(n) if "/" in stem else file(n),
             "prev": file(n - 1) if n > 1 else None, "next": file(n + 1) if n < total else None}
            for n in range(1, total + 1)]


def read_site_data(conn: Any) -> dict[str, Any]:
    """Every row the site needs, read once."""
    s = queries.Schema.read(conn)
    if not s.has("articles") or not s.has("claims"):
        return empty_site_data()
    return {
        "summary": queries.summary(conn, s),
        "runs": queries.runs(conn, s),
        "outlets": queries.outlets(conn, s),
        "articles": queries.articles(conn, s),
        "claims": queries.claims(conn, s),
        "contradictions": queries.contradictions(conn, s) if s.has("contradictions") else [],
        "coverage": queries.coverage(conn, s),
        "events": queries.events(conn, s),
    }


def empty_site_data() -> dict[str, Any]:
    """What an empty (or missing) warehouse gives: the 'no data yet' site."""
    return {"summary": {"articles": 0, "outlets": 0, "claims": 0, "first": None, "last": None, "updated": None},
            "runs": [], "outlets": [], "articles": [], "claims": [], "contradictions": [], "coverage": [],
            "events": []}
