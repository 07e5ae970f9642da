"""A restated opt-out option is no claim of its own: the document's scoped possibility wins (issue 7).

"Mit dem Häkchen verhindern Sie, dass Facebook Ihre Daten für Werbung nutzt. ... Öffnen Sie die
Einstellungen und deaktivieren Sie „Account-Info teilen“." The second sentence (a setting step, a how-to
headline, a tip) offers the same option without naming its use; the rules read it as possible /
`unspecified`. The gold annotates such a restatement nowhere: of 231 studied documents with a possible
gold claim, one holds possible/`unspecified` beside a possibility with a named scope. So a possible /
`unspecified` claim is dropped from a document that holds a possible claim with a named scope.

Not for not_possible: an accept-or-leave statement (`unspecified`) and a denied transfer (`all_sharing`,
`phone_number`) are different statements, and the gold holds both in 61 of 298 documents with a
not_possible claim (measured as variant V2 and not shipped, docs/extraction-quality.md).

A refusal of the terms that costs nothing ("Wer nicht zustimmte, durfte die App weiter uneingeschränkt nutzen",
the 2021 reversal) restates no option: it is about the terms, not about the sharing, and the gold holds it beside
a scoped possibility (own14-026, own15-057). The caller says which claims those are (`keep`).

`restated(claims)` decides on plain claim records (dicts with type, stance, scope), so the same step can be
measured on older rules' claims (`python -m models.learned.scope_confusion --restated`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

NAMED = frozenset(("ads", "friend_suggestions", "phone_number", "all_sharing"))  # scopes that say what is objected to


def restated(
    claims: Sequence[Mapping[str, Any]],
    stances: Iterable[str] = ("possible",),
    keep: Callable[[Mapping[str, Any]], bool] | None = None,
) -> set[int]:
    """Indices of the opt_out claims of `stances` with scope `unspecified` in a document (`claims`) that
    holds a claim of the same stance with a named scope; never a claim `keep` says is a statement of its own."""
    stances = frozenset(stances)
    named = {c["stance"] for c in claims if c["type"] == "opt_out" and c["scope"] in NAMED}
    return {
        i for i, c in enumerate(claims)
        if c["type"] == "opt_out" and c["stance"] in stances & named and c["scope"] == "unspecified"
        and not (keep is not None and keep(c))
    }
