"""The report's charts: matplotlib figures rendered to SVG for inlining, each with its numbers as a table.

No pyplot: each chart is its own `Figure` on a `FigureCanvasSVG`, so there is
no global state and nothing left open. Text stays text in the SVG
(`svg.fonttype: none`: small, searchable, scales with the page) and every
chart gets its own id salt, so the clip-path ids of several inline SVGs on one
page never collide. Labels come in already translated; this module never
sees a vocabulary id without its label.

One colour language for every chart: blue answers "yes" (data is shared,
opting out is possible), orange answers "no", purple means an outlet said
both, light grey means it said nothing.
"""
from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from datetime import date
from typing import Any

import matplotlib
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.collections import PatchCollection
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FuncFormatter
from matplotlib.dates import AutoDateLocator, date2num, num2date
import numpy as np

YES, NO, MIXED, SILENT = "#2b6cb0", "#dd6b20", "#805ad5", "#e8e8e8"
# Moments are not answers, so they stay out of the blue/orange yes/no pair.
MOMENT_COLORS = {"announced": "#319795", "closing": "#1a202c", "unspecified": "#a0aec0"}
SCOPE_MARKERS = {"ads": "s", "friend_suggestions": "^", "phone_number": "D", "all_sharing": "o", "unspecified": "v"}
MAX_STACK = 12  # dots drawn per price value; more are counted in a "+n" label
MAX_MARKERS = 800  # markers in a timeline before its dates are grouped more coarsely
MAX_ROWS = 30  # outlets shown in a chart; the table beside it lists all
MAX_ALT_ITEMS = 12  # items read out in alt text; the table has the rest
WIDTH = 7.0  # inches: wide enough at 1280 px, still legible when scaled to a phone

Label = Callable[..., str]


@dataclass(frozen=True)
class Table:
    """The numbers behind a chart: column headings and rows of display strings."""

    headers: tuple[str, ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class Chart:
    """One rendered chart: a key (unique on its page), title, inline SVG markup, alt text and its table."""

    key: str
    title: str
    svg: str
    alt: str
    table: Table
    notes: list[str] = field(default_factory=list)  # a numbered key to marks in the chart


# ------------------------------------------------------------------ price


def price_chart(claims: Sequence[dict[str, Any]], consensus: dict[str, Any] | None, t: Any, key: str = "price") -> Chart:
    """Every price claim on one value axis per currency: a dot at its value, a line over the range its
    wording allows, colour by moment; claims of equal value stack upward; the consensus is a grey band.

    The claims as a list; the report streams them from the warehouse into `price_chart_sorted`."""
    counts = Counter(c.get("currency") for c in claims)
    groups = Counter((c.get("currency"), c["value"], c.get("qualifier") or "exact", _moment(c), c.get("lo"), c.get("hi"))
                     for c in claims)
    ordered = sorted(claims, key=lambda c: (c.get("currency") is None, c.get("currency") or "", *_stack_key(c)))
    return price_chart_sorted(list(counts.items()), list(groups.items()), ordered, consensus, t, key)


@dataclass
class _Stack:
    """One currency's claims placed on the chart: only what is drawn (at most MAX_STACK rows of dots)."""

    dots: dict[str, tuple[list[float], list[int]]] = field(default_factory=lambda: defaultdict(lambda: ([], [])))
    ranges: dict[str, list[tuple[int, float, float]]] = field(default_factory=lambda: defaultdict(list))
    overflow: Counter[float] = field(default_factory=Counter)
    top: int = 0  # the highest row used (MAX_STACK when some claims did not fit)
    xlo: float = float("inf")
    xhi: float = float("-inf")


def price_chart_sorted(currencies: Sequence[tuple[str | None, int]], groups: Sequence[tuple[tuple[Any, ...], int]],
                       claims: Iterable[dict[str, Any]], consensus: dict[str, Any] | None, t: Any,
                       key: str = "price") -> Chart:
    """`price_chart` from claims already in stacking order (by currency, then `_stack_key`), read once.

    `currencies` are (currency, number of claims), `groups` the table's rows
    ((currency, value, qualifier, moment, lo, hi), number of claims) in order
    of first appearance. Memory is bounded by what is drawn, not by the claims.
    """
    title = t("chart.price.title")
    count = dict(currencies)
    # The currency most claims use first; a claim without currency last.
    order_of = sorted(count, key=lambda c: (c is None, -count[c], c or ""))
    stacks: dict[str | None, _Stack] = {}
    moments_seen: set[str] = set()
    for currency, rows in groupby(claims, key=lambda c: c.get("currency")):
        stacks[currency] = _pack(rows, moments_seen)
    currencies_drawn = [c for c in order_of if c in stacks]
    heights = [1 + min(MAX_STACK, stacks[cur].top + 1) for cur in currencies_drawn]
    fig = _figure(1.3 + sum(0.3 * h + 0.75 for h in heights))
    axes = fig.subplots(len(currencies_drawn), 1, squeeze=False, height_ratios=[h + 2.5 for h in heights])[:, 0]
    for ax, currency in zip(axes, currencies_drawn):
        stack = stacks[currency]
        for moment, segments in stack.ranges.items():
            ys, los, his = zip(*segments)
            ax.hlines(ys, los, his, colors=MOMENT_COLORS[moment], linewidth=2.5, alpha=0.45)
        for moment, (xs, ys) in stack.dots.items():  # one artist per colour, not one per claim
            ax.scatter(xs, ys, s=56, color=MOMENT_COLORS[moment], edgecolors="white", zorder=3)
        for x, n in stack.overflow.items():
            ax.annotate(f"+{t.number(n)}", (x, MAX_STACK - 0.4), ha="center", fontsize=8)
        if consensus and consensus.get("currency") == currency and consensus.get("low") is not None:
            low, high = consensus["low"] / 1e9, consensus["high"] / 1e9
            pad = 0.06 if high == low else 0
            ax.axvspan(low - pad, high + pad, color="#cbd5e0", alpha=0.7, zorder=0)
            ax.annotate(t("chart.price.consensus"), (high + pad, 1), xycoords=("data", "axes fraction"),
                        xytext=(3, -2), textcoords="offset points", va="top", fontsize=8, color="#4a5568")
        margin = max(0.5, (stack.xhi - stack.xlo) * 0.08)
        ax.set_xlim(stack.xlo - margin, stack.xhi + margin)
        ax.set_ylim(-0.8, min(MAX_STACK, stack.top + 1) - 0.2)
        ax.set_yticks([])
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: t.number(round(v, 2))))
        ax.set_xlabel(f"{t('chart.price.x')}: {currency or t('currency.none')}", fontsize=9)
        ax.grid(axis="x", alpha=0.3)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
    moments = [m for m in MOMENT_COLORS if m in moments_seen]
    handles = [Line2D([], [], marker="o", color=MOMENT_COLORS[m], linestyle="none", label=t.vocab("moment", m))
               for m in moments]
    handles.append(Line2D([], [], color="#718096", linewidth=2, alpha=0.45, label=t("chart.price.range")))
    if consensus:
        handles.append(Patch(color="#cbd5e0", label=t("chart.price.consensus")))
    fig.legend(handles=handles, loc="outside lower center", ncols=min(3, len(handles)), fontsize=8, frameon=False)
    fig.suptitle(title, fontsize=11)

    counted: Counter[tuple[Any, ...]] = Counter()
    for group, n in groups:
        counted[group] += n
    order = {cur: i for i, cur in enumerate(order_of)}
    rows = [(t.amount(v, cur), t.amount_range(lo, hi, cur) if lo is not None and round(lo) != round(hi) else "",
             t.vocab("moment", m), t.number(n))
            for (cur, v, _, m, lo, hi), n in sorted(counted.items(), key=lambda kv: (order[kv[0][0]], kv[0][1], kv[0][3]))]
    if any(r[1] for r in rows):
        table = Table((t("col.value"), t("chart.price.range"), t("col.moment"), t("col.claims")), rows)
    else:  # every claim exact: no range column
        table = Table((t("col.value"), t("col.moment"), t("col.claims")), [(r[0], r[2], r[3]) for r in rows])
    items = [f"{row[0]} ({row[-2]}): {row[-1]}" for row in table.rows]
    return Chart(key, title, _svg(fig, key), t("chart.alt.price", items=_items(items, t)), table)


def _range(claim: dict[str, Any]) -> tuple[float, float]:
    """The claim's range in billions (lo, hi), the value itself where the warehouse gave none."""
    lo = claim.get("lo") if claim.get("lo") is not None else claim["value"]
    hi = claim.get("hi") if claim.get("hi") is not None else claim["value"]
    return lo / 1e9, hi / 1e9


def _stack_key(claim: dict[str, Any]) -> tuple[float, float, str]:
    """The order claims are stacked in: narrow ranges first, then by value and moment
    (`queries.price_points` sorts the same way in SQL)."""
    lo, hi = _range(claim)
    return hi - lo, claim["value"], _moment(claim)


def _pack(claims: Iterable[dict[str, Any]], moments: set[str]) -> _Stack:
    """Each claim (in `_stack_key` order) on the lowest row where its range (or dot) overlaps nothing drawn.

    Equal values stack upward; a wide "fast 22 Milliarden" range gets a row of
    its own instead of running through other dots. Rows above MAX_STACK are
    not drawn (counted instead), so 10,000 claims stay a readable chart.
    `moments` collects the moments seen.
    """
    stack = _Stack()
    levels: list[list[tuple[float, float]]] = []
    dot = 0.04  # half a dot's width in billions, so neighbouring dots do not touch
    for c in claims:
        lo, hi = _range(c)
        stack.xlo, stack.xhi = min(stack.xlo, lo), max(stack.xhi, hi)
        moment = _moment(c)
        moments.add(moment)
        x = c["value"] / 1e9
        left, right = min(lo, x) - dot, max(hi, x) + dot
        for level, taken in enumerate(levels):
            if all(right < a or left > b for a, b in taken):
                taken.append((left, right))
                break
        else:
            level = len(levels)
            if level < MAX_STACK:
                levels.append([(left, right)])
        stack.top = max(stack.top, level)
        if level >= MAX_STACK:
            stack.overflow[x] += 1
            continue
        stack.dots[moment][0].append(x)
        stack.dots[moment][1].append(level)
        if hi > lo:
            stack.ranges[moment].append((level, lo, hi))
    return stack


def _moment(claim: dict[str, Any]) -> str:
    moment = claim.get("moment")
    return moment if moment in MOMENT_COLORS else "unspecified"


# ------------------------------------------------------------------ data types matrix


def data_matrix(claims: Sequence[dict[str, Any]], outlets: Sequence[str], data_types: Sequence[str], t: Any,
                key: str = "matrix") -> Chart:
    """Outlets × data types: shared (yes), not shared (no), both, or silent; the cell says it in words too."""
    title = t("chart.matrix.title")
    found: dict[tuple[str, str], set[bool]] = defaultdict(set)
    for c in claims:
        found[(c["outlet"], c["data_type"])].add(bool(c["shared"]))
    rows = list(outlets)[:MAX_ROWS]
    fig = _figure(1.9 + 0.32 * len(rows))
    ax = fig.add_subplot()
    words = {True: t("shared.true"), False: t("shared.false")}
    cells, colors = [], []
    for i, outlet in enumerate(rows):
        for j, dt in enumerate(data_types):
            said = found.get((outlet, dt), set())
            cells.append(Rectangle((j - 0.5, i - 0.5), 1, 1))
            colors.append(SILENT if not said else MIXED if len(said) > 1 else YES if True in said else NO)
            if said:  # the answer in a sign too, for readers who do not tell the colours apart
                ax.text(j, i, "±" if len(said) > 1 else "✓" if True in said else "✗",
                        ha="center", va="center", fontsize=9, color="white")
    ax.add_collection(PatchCollection(cells, facecolors=colors, edgecolors="white", linewidths=2))
    ax.set_xlim(-0.5, len(data_types) - 0.5)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xticks(range(len(data_types)), [_safe(t.vocab("data_type", d)) for d in data_types],
                  rotation=35, ha="right", fontsize=8)
    ax.set_yticks(range(len(rows)), [_safe(_short(o, 28)) for o in rows], fontsize=8)
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_xlabel(t("chart.matrix.x"))
    ax.set_ylabel(t("chart.matrix.y"))
    fig.legend(handles=[Patch(color=YES, label=f"✓ {words[True]}"), Patch(color=NO, label=f"✗ {words[False]}"),
                        Patch(color=MIXED, label=f"± {t('mixed')}"), Patch(color=SILENT, label=t("silent"))],
               loc="outside lower center", ncols=4, fontsize=8, frameon=False)
    fig.suptitle(title, fontsize=11)
    table_rows = []
    for (outlet, dt), said in sorted(found.items()):
        answer = t("mixed") if len(said) > 1 else words[next(iter(said))]
        table_rows.append((outlet, t.vocab("data_type", dt), answer))
    table = Table((t("col.outlet"), t("chart.matrix.x"), t("col.claim")), table_rows)
    items = [f"{o}, {d}: {a}" for o, d, a in table_rows]
    return Chart(key, title, _svg(fig, key), t("chart.alt.matrix", items=_items(items, t)), table)


# ------------------------------------------------------------------ answers over time


def answer_timeline(claims: Sequence[dict[str, Any]], t: Any, *, key: str, title: str, answer_header: str,
                    shapes: bool) -> Chart:
    """Dated claims on their outlet's row over time: blue for a "yes" answer, orange for "no".

    `claims` carry `yes` (bool) and `answer` (its label); with `shapes`, the
    marker shape shows the opt-out scope, so two scopes never look like one.
    Claims of one outlet, answer and scope in the same day (a few months of
    data), month (a few years) or quarter (longer; a year when even that
    would draw more than MAX_MARKERS) are one marker whose area is their
    number, so thousands of claims stay a light, readable chart.
    """
    rows = [{"published_date": c["published_date"], "outlet": c["outlet"], "yes": bool(c["yes"]), "scope": c["scope"],
             "n": 1} for c in claims if c.get("published_date")]
    labels = {bool(c["yes"]): c["answer"] for c in claims}
    return answer_timeline_counts(rows, labels, t, key=key, title=title, answer_header=answer_header, shapes=shapes)


def answer_timeline_counts(rows: Sequence[dict[str, Any]], labels: dict[bool, str], t: Any, *, key: str, title: str,
                           answer_header: str, shapes: bool) -> Chart:
    """`answer_timeline` from dated claims already counted (the report counts them in SQL, per day).

    `rows`: {published_date, outlet, yes, scope, n} in order of first
    appearance; `labels`: the answer's label for yes (True) and no (False).
    """
    per_outlet: Counter[str] = Counter()
    for r in rows:
        per_outlet[r["outlet"]] += r["n"]
    outlets = sorted(o for o, _ in per_outlet.most_common(MAX_ROWS))
    row = {o: i for i, o in enumerate(outlets)}
    scopes = [s for s in SCOPE_MARKERS if shapes and any(r["scope"] == s for r in rows)]
    dates = [min(r["published_date"] for r in rows), max(r["published_date"] for r in rows)] if rows else []
    span = (max(dates) - min(dates)).days if dates else 0
    buckets = [  # (bucket of a date, its label, column heading), finest first
        (lambda d: d, lambda d: t.date(d, "medium"), t("col.date")),
        (lambda d: d.replace(day=1), t.month, t("col.month")),
        (lambda d: date(d.year, 3 * ((d.month - 1) // 3) + 1, 1), t.quarter, t("col.quarter")),
        (lambda d: date(d.year, 1, 1), lambda d: str(d.year), t("col.year")),
    ]
    # The finest bucket the time span allows, coarser still while there would be too many markers to read.
    level = 0 if span < 120 else 1 if span < 3 * 365 else 2
    while True:
        bucket, when_label, when_header = buckets[level]
        counts: Counter[tuple[date, str, bool, str]] = Counter()
        for r in rows:
            counts[(bucket(r["published_date"]), r["outlet"], bool(r["yes"]), r["scope"] if scopes else "")] += r["n"]
        if len(counts) <= MAX_MARKERS or level == len(buckets) - 1:
            break
        level += 1
    biggest = max(counts.values(), default=1)
    fig = _figure(1.9 + 0.36 * max(1, len(outlets)))
    ax = fig.add_subplot()
    groups: dict[tuple[bool, str], tuple[list[date], list[float], list[float]]] = defaultdict(lambda: ([], [], []))
    for (when, outlet, yes, scope), n in counts.items():
        if outlet not in row:
            continue
        offset = (scopes.index(scope) - (len(scopes) - 1) / 2) * 0.12 if len(scopes) > 1 else 0
        xs, ys, sizes = groups[(yes, scope)]
        xs.append(when)
        ys.append(row[outlet] + offset)
        sizes.append(36 + 120 * (n - 1) / max(1, biggest - 1))
    for (yes, scope), (xs, ys, sizes) in groups.items():  # one scatter per colour and shape, not one per claim
        ax.scatter(xs, ys, s=sizes, marker=SCOPE_MARKERS.get(scope, "o"), color=YES if yes else NO,
                   edgecolors="white", alpha=0.85).set_in_layout(False)
    ax.set_yticks(range(len(outlets)), [_safe(_short(o, 28)) for o in outlets], fontsize=8)
    ax.set_ylim(len(outlets) - 0.5, -0.5)
    _date_axis(ax, t, dates)
    ax.set_xlabel(t("chart.optout.x"))
    ax.set_ylabel(t("chart.optout.y"))
    ax.grid(axis="x", alpha=0.3)
    handles = [Patch(color=YES if yes else NO, label=labels[yes]) for yes in (True, False) if yes in labels]
    handles += [Line2D([], [], marker=SCOPE_MARKERS[s], color="#4a5568", linestyle="none", label=t.vocab("scope", s))
                for s in scopes]
    if biggest > 1:
        handles.append(Line2D([], [], marker="o", color="#a0aec0", linestyle="none", label=t("chart.claims.size")))
    fig.legend(handles=handles, loc="outside lower center", ncols=3, fontsize=8, frameon=False)
    fig.suptitle(title, fontsize=11)
    headers = (when_header, t("col.outlet")) + ((t("col.scope"),) if shapes else ()) + (answer_header, t("col.claims"))
    table = Table(headers, [
        (when_label(when), outlet) + ((t.vocab("scope", scope),) if shapes else ()) + (labels[yes], t.number(n))
        for (when, outlet, yes, scope), n in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1], not kv[0][2]))
    ])
    items = [f"{r[1]} ({r[0]}): {', '.join(r[2:-1])} ×{r[-1]}" for r in table.rows]
    return Chart(key, title, _svg(fig, key), t("chart.alt.timeline", title=title, items=_items(items, t)), table)


# ------------------------------------------------------------------ coverage timeline


def coverage_timeline(rows: Sequence[dict[str, Any]], names: dict[str, str], events: Sequence[tuple[date, str]],
                      t: Any, key: str = "coverage") -> Chart:
    """Articles per outlet and month as a heat strip per outlet, the key events as numbered lines.

    One image cell per outlet and month (darker = more articles, empty =
    none), embedded at its own size and scaled by the browser, so eight years
    of 30 outlets weigh a few kilobytes instead of thousands of markers.
    """
    title = t("chart.coverage.title")
    totals: Counter[str] = Counter()
    for r in rows:
        totals[r["outlet_id"]] += r["articles"]
    outlets = [o for o, _ in totals.most_common(MAX_ROWS)]
    index = {o: i for i, o in enumerate(outlets)}
    months = [r["month"] for r in rows] + [when.replace(day=1) for when, _ in events]
    first, last = min(months), max(months)
    n_months = (last.year - first.year) * 12 + last.month - first.month + 1
    grid = np.zeros((len(outlets), n_months))
    for r in rows:
        if r["outlet_id"] in index:
            grid[index[r["outlet_id"]], (r["month"].year - first.year) * 12 + r["month"].month - first.month] += r["articles"]
    end = date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    fig = _figure(2.4 + 0.3 * max(1, len(outlets)))
    ax = fig.add_subplot()
    ax.set_facecolor("#f7fafc")
    image = ax.imshow(np.ma.masked_equal(grid, 0), aspect="auto", interpolation="none", cmap="Blues",
                      vmin=0, vmax=max(1, grid.max()), extent=(date2num(first), date2num(end), len(outlets) - 0.5, -0.5))
    # Events as numbered dashed lines; numbers alternate between two heights so neighbours (Aug/Sep 2016) stay apart.
    for number, (when, _) in enumerate(events, 1):
        ax.axvline(date2num(when), color="#dd6b20", linewidth=1, linestyle="--")
        ax.annotate(str(number), (date2num(when), 1), xycoords=("data", "axes fraction"), ha="center", va="bottom",
                    xytext=(0, 2 + 11 * (number % 2 == 0)), textcoords="offset points", fontsize=8, color="#2d3748",
                    fontweight="bold")
    _date_axis(ax, t, [first, end])
    ax.set_yticks(range(len(outlets)), [_safe(_short(names.get(o, o), 28)) for o in outlets], fontsize=8)
    ax.set_xlabel(t("chart.coverage.x"))
    ax.set_ylabel(t("chart.coverage.y"))
    bar = fig.colorbar(image, ax=ax, location="bottom", shrink=0.5, aspect=30, pad=0.02)
    bar.set_label(t("chart.coverage.size"), fontsize=8)
    bar.ax.tick_params(labelsize=7)
    bar.ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: t.number(int(v)) if v == int(v) else ""))
    fig.suptitle(title, fontsize=11)
    table = Table((t("col.outlet"), t("col.month"), t("col.articles")), [
        (names.get(r["outlet_id"], r["outlet_id"]), t.month(r["month"]), t.number(r["articles"]))
        for r in sorted(rows, key=lambda r: (r["month"], names.get(r["outlet_id"], r["outlet_id"])))
    ])
    items = [f"{r[0]} {r[1]}: {r[2]}" for r in table.rows]
    notes = [f"{n}: {label} ({t.date(when)})" for n, (when, label) in enumerate(events, 1)]
    alt = t("chart.alt.coverage", items=_items(items, t)) + " " + "; ".join(notes) + "."
    return Chart(key, title, _svg(fig, key), alt, table, notes)


# ------------------------------------------------------------------ helpers


def _date_axis(ax: Any, t: Any, dates: Sequence[date]) -> None:
    """Date ticks in the reader's language: days for a few weeks of data, months for a few years, else years."""
    span = (max(dates) - min(dates)).days if dates else 0
    if span < 120:
        fmt: Callable[[date], str] = lambda d: t.date(d, "medium")
    elif span < 3 * 365:
        fmt = t.month
    else:
        fmt = lambda d: str(d.year)
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=3, maxticks=7))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: fmt(num2date(x).date())))


def _figure(height: float) -> Figure:
    fig = Figure(figsize=(WIDTH, height), layout="constrained")
    FigureCanvasSVG(fig)
    return fig


_SVG_START = re.compile(r"^.*?(<svg\b)", re.S)
_SIZE_ATTRS = re.compile(r'\s(width|height)="[^"]*"')
_ID = re.compile(r'(\sid=)"([^"]+)"')
_ID_REF = re.compile(r'(url\(#|href="#)([^)"]+)')


def _svg(fig: Figure, key: str) -> str:
    """The figure as an inline <svg> element: no XML prolog, no fixed size (CSS scales it), unique ids."""
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": f"dealwatch-{key}", "svg.id": f"chart-{key}"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = _SVG_START.sub(r"\1", buffer.getvalue(), count=1)
    # Element ids are per file in matplotlib ("axes_1"); several charts share one page, so prefix them all.
    svg = _ID.sub(lambda m: f'{m.group(1)}"{key}-{m.group(2)}"', svg)
    svg = _ID_REF.sub(lambda m: f"{m.group(1)}{key}-{m.group(2)}", svg)
    head, rest = svg.split(">", 1)
    head = _SIZE_ATTRS.sub("", head) + ' aria-hidden="true" focusable="false"'
    return head + ">" + rest


def _items(items: list[str], t: Any) -> str:
    shown = "; ".join(items[:MAX_ALT_ITEMS])
    return shown + (f"; {t('chart.more', n=len(items) - MAX_ALT_ITEMS)}" if len(items) > MAX_ALT_ITEMS else "")


def _short(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _safe(text: str) -> str:
    """Scraped text as a matplotlib label: '$' would start mathtext."""
    return text.replace("$", r"\$")
