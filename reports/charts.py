"""The report's three charts, drawn with matplotlib's Agg canvas and returned as PNG bytes.

No pyplot: each chart is its own `Figure` on a `FigureCanvasAgg`, so there is
no global state, no display needed, and nothing left open between charts.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.colors import ListedColormap
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

SCOPES = ("ads", "friend_suggestions", "phone_number", "all_sharing", "unspecified")
DATA_TYPES = (
    "phone_number", "usage_data", "metadata", "device_data", "contacts",
    "profile_data", "message_content", "location", "account_info", "other",
)
CURRENCY_COLORS = {"USD": "#1f77b4", "EUR": "#ff7f0e", None: "#7f7f7f"}
QUALIFIER_MARKERS = {"exact": "o", "approx": "D", "at_most": "<", "at_least": ">"}
MAX_ALT = 600  # characters of alt text


@dataclass(frozen=True)
class Chart:
    """One rendered chart: its title, PNG bytes and a textual alternative."""

    title: str
    png: bytes
    alt: str


def price_chart(points: Sequence[dict[str, Any]]) -> Chart:
    """Claimed price per article: a point at the value, a bar over the range its qualifier allows.

    Colour is the currency, marker shape the qualifier, so 19 against 20
    billion USD shows as two blue points on different rows and columns.
    """
    title = "Purchase price claimed per article"
    rows: list[tuple[str, str]] = []
    for p in points:
        key = (p["article_id"], _label(p["outlet"], p.get("title")))
        if key not in rows:
            rows.append(key)
    index = {key[0]: i for i, key in enumerate(rows)}
    fig = _figure(height=max(2.6, 0.5 * len(rows) + 1.6))
    ax = fig.add_subplot()
    per_row: dict[int, int] = {}
    for p in points:
        row = index[p["article_id"]]
        k = per_row[row] = per_row.get(row, -1) + 1
        y = row + 0.18 * k  # several claims in one article stay apart
        color = CURRENCY_COLORS.get(p["currency"], CURRENCY_COLORS[None])
        if p["hi"] > p["lo"]:
            ax.hlines(y, p["lo"] / 1e9, p["hi"] / 1e9, colors=color, linewidth=6, alpha=0.3)
        ax.plot(p["value"] / 1e9, y, marker=QUALIFIER_MARKERS.get(p["qualifier"], "o"), color=color,
                markersize=8, linestyle="none")
    ax.set_yticks(range(len(rows)), [_safe(label) for _, label in rows])
    ax.set_ylim(len(rows) - 0.4, -0.6)  # first article on top, with room around the rows
    ax.set_xlabel("claimed price (billions, in the stated currency)")
    ax.set_ylabel("article (outlet: title)")
    ax.set_title(title)
    ax.grid(axis="x", alpha=0.3)
    currencies = sorted({p["currency"] for p in points}, key=lambda c: (c is None, c or ""))
    handles = [Line2D([], [], color=CURRENCY_COLORS.get(c, CURRENCY_COLORS[None]), linewidth=6, alpha=0.6,
                      label=c or "no currency") for c in currencies]
    handles += [Line2D([], [], marker=m, color="black", linestyle="none", label=q)
                for q, m in QUALIFIER_MARKERS.items() if any(p["qualifier"] == q for p in points)]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small", frameon=False)
    alt = "; ".join(
        f"{p['outlet']}: {p['value'] / 1e9:g} bn {p['currency'] or '(no currency)'} ({p['qualifier']})" for p in points
    )
    return Chart(title, _png(fig), _alt(f"{title}. {alt}"))


def opt_out_chart(stances: Sequence[dict[str, Any]]) -> Chart:
    """Per outlet and scope: whether opting out was reported possible, not possible, or both."""
    title = "Can users opt out? Stance per outlet and scope"
    cells: dict[tuple[str, str], set[str]] = {}
    for s in stances:
        cells.setdefault((s["outlet"], s["scope"]), set()).add(s["stance"])
    values = {key: _both_or({"possible": "possible", "not_possible": "not possible"}, found) for key, found in cells.items()}
    return _grid_chart(
        title, values, SCOPES, ("not mentioned", "possible", "not possible", "both"),
        ("#eeeeee", "#2ca02c", "#d62728", "#9467bd"), "scope of the opt-out", "outlet",
    )


def data_shared_chart(marks: Sequence[dict[str, Any]]) -> Chart:
    """Outlets x data types: reported shared with Facebook, not shared, both, or not mentioned."""
    title = "Which data is shared with Facebook? Per outlet and data type"
    cells: dict[tuple[str, str], set[bool]] = {}
    for m in marks:
        cells.setdefault((m["outlet"], m["data_type"]), set()).add(m["shared"])
    values = {key: _both_or({True: "shared", False: "not shared"}, found) for key, found in cells.items()}
    extra = tuple(sorted({dt for _, dt in values} - set(DATA_TYPES)))
    return _grid_chart(
        title, values, DATA_TYPES + extra, ("not mentioned", "shared", "not shared", "both"),
        ("#eeeeee", "#d62728", "#2ca02c", "#9467bd"), "data type", "outlet",
    )


def _both_or(names: dict[Any, str], found: set[Any]) -> str:
    return "both" if len(found) > 1 else names.get(next(iter(found)), "both")


def _grid_chart(
    title: str,
    values: dict[tuple[str, str], str],
    columns: Sequence[str],
    categories: Sequence[str],
    colors: Sequence[str],
    xlabel: str,
    ylabel: str,
) -> Chart:
    """A categorical outlet x column grid, one colour per category (categories[0] = empty cell)."""
    outlets = sorted({outlet for outlet, _ in values})
    matrix = [[categories.index(values.get((o, c), categories[0])) for c in columns] for o in outlets]
    fig = _figure(height=max(2.6, 0.45 * len(outlets) + 2.2))
    ax = fig.add_subplot()
    ax.imshow(matrix, cmap=ListedColormap(list(colors)), vmin=0, vmax=len(colors) - 1, aspect="auto")
    ax.set_xticks(range(len(columns)), [_safe(c) for c in columns], rotation=30, ha="right")
    ax.set_yticks(range(len(outlets)), [_safe(_short(o, 40)) for o in outlets])
    ax.set_xticks([x - 0.5 for x in range(1, len(columns))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(outlets))], minor=True)
    ax.grid(which="minor", color="white", linewidth=2)
    ax.tick_params(which="minor", length=0)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend(handles=[Patch(color=col, label=cat) for cat, col in zip(categories, colors)],
              loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small", frameon=False)
    alt = "; ".join(f"{o}, {c}: {v}" for (o, c), v in sorted(values.items()))
    return Chart(title, _png(fig), _alt(f"{title}. {alt}"))


def _figure(height: float) -> Figure:
    fig = Figure(figsize=(9, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def _label(outlet: str | None, title: str | None) -> str:
    return f"{outlet or '?'}: {_short(title or '(untitled)', 35)}"


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _safe(text: str) -> str:
    """Scraped text as a matplotlib label: '$' would start mathtext."""
    return text.replace("$", r"\$")


def _alt(text: str) -> str:
    return text if len(text) <= MAX_ALT else text[: MAX_ALT - 1] + "…"
