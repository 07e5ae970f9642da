"""The lead paragraph ("Vorspann") read beside the body: where it may stand, and where it may not."""
from __future__ import annotations

import pytest

from spiders.extract import lead_text, parse_html

LEAD = "Der Messenger gehört nun zum Netzwerk: die Übernahme ist abgeschlossen, die Behörden haben zugestimmt."
FILLER = "<p>Ein Absatz ohne besondere Auszeichnung, nur Fließtext über den Kauf.</p>"


def _page(body: str) -> str:
    return f"<html><head><title>Titel</title></head><body>{body}{FILLER * 3}</body></html>"


@pytest.mark.parametrize("body, expected", [
    # Right after the h1, outside any <article>: one of the three elements after it.
    (f"<h1>Die Schlagzeile</h1><p class='lead'>{LEAD}</p>", LEAD),
    (f"<h1>Die Schlagzeile</h1><div>x</div><span>y</span><p class='intro'>{LEAD}</p>", LEAD),
    # The fourth element after the h1 is too far, outside article/main.
    (f"<h1>Die Schlagzeile</h1><div>a</div><div>b</div><div>c</div><p class='lead'>{LEAD}</p>", ""),
    # After the h1's parent (a header), within two elements.
    (f"<header><h1>Die Schlagzeile</h1></header><div class='article-description'>{LEAD}</div>", LEAD),
    (f"<header><h1>Die Schlagzeile</h1></header><div>a</div><div>b</div><p class='lead'>{LEAD}</p>", ""),
    # Anywhere inside <article> or <main> with a lead-like class.
    (f"<article><div><div><p class='teaser-text'>{LEAD}</p></div></div></article>", LEAD),
    (f"<main><section><span class='Vorspann'>{LEAD}</span></section></main>", LEAD),
    # itemprop=description with a lead-like class, anywhere.
    (f"<div><p itemprop='description' class='summary'>{LEAD}</p></div>", LEAD),
    # Not a lead: teaser lists, comments, asides, navigation; too short; no marker at all.
    (f"<article><div class='teasers'><p class='lead'>{LEAD}</p></div></article>", ""),
    (f"<article><aside><p class='lead'>{LEAD}</p></aside></article>", ""),
    (f"<article><p class='lead comment'>{LEAD}</p></article>", ""),
    ("<article><p class='lead'>Zu kurz.</p></article>", ""),
    (f"<article><p>{LEAD}</p></article>", ""),
    # The first lead in document order wins.
    (f"<article><p class='lead'>{LEAD}</p><p class='intro'>Ein zweiter Vorspann, der lang genug wäre, um zu zählen.</p>"
     "</article>", LEAD),
])
def test_lead_where_it_may_stand(body: str, expected: str) -> None:
    assert lead_text(parse_html(_page(body))) == expected
