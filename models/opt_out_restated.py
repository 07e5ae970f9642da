"""A restated opt-out option is no claim of its own: the document's scoped possibility wins (issue 7).

"Mit dem Häkchen verhindern Sie, dass Facebook Ihre Daten für Werbung nutzt. ... Öffnen Sie die
Einstellungen und deaktivieren Sie „Account-Info teilen“." The second sentence (a setting step, a how-to
headline, a tip) offers the same option without naming its use; the rules read it as possible /
`unspecified`. The gold annotates such a restatement nowhere: of 231 studied documents with a possible
gold claim, one holds possible/`unspecified` beside a possibility with a named scope. So a possible /
`unspecified` claim is dropped from a document that holds a possible claim with a named scope, and a possible /
`all_sharing` one (the passing on said to be open to objection) from a document that names the option's use.

Not for not_possible: an accept-or-leave statement (`unspecified`) and a denied transfer (`all_sharing`,
`phone_number`) are different statements, and the gold holds both in 61 of 298 documents with a
not_possible claim (measured as variant V2 and not shipped, docs/extraction-quality.md).

A refusal of the terms that costs nothing ("Wer nicht zustimmte, durfte die App weiter uneingeschränkt nutzen",
the 2021 reversal) restates no option: it is about the terms, not about the sharing, and the gold holds it beside
a scoped possibility (own14-026, own15-057). The caller says which claims those are (`keep`).

A how-to headline whose possibility takes the phone number from the clause beside it ("WhatsApp teilt Telefonnummer
mit Facebook - so widersprechen Sie") restates the option the text then describes, where that text offers a use
("Damit verhindern Sie nur, dass Facebook Ihre Daten für Werbung nutzt") and says the number goes anyway ("Die Nummer
bekommt Facebook trotzdem"): own4-005, own25-016, own32-027 annotate only the use. A possibility whose own words name
the number ("Man kann der Weitergabe der Telefonnummer widersprechen", own12-045) is a statement of its own. The
caller says which possibilities borrow the number (`borrowed`; session 20, opt27).

`restated(claims)` decides on plain claim records (dicts with type, stance, scope), so the same step can be
measured on older rules' claims (`python -m models.learned.scope_confusion --restated`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

NAMED = frozenset(("ads", "friend_suggestions", "phone_number", "all_sharing"))  # scopes that say what is objected to
USES = frozenset(("ads", "friend_suggestions", "phone_number"))  # scopes narrower than the passing on as a whole


def restated(
    claims: Sequence[Mapping[str, Any]],
    stances: Iterable[str] = ("possible",),
    keep: Callable[[Mapping[str, Any]], bool] | None = None,
    borrowed: Callable[[Mapping[str, Any]], bool] | None = None,
) -> set[int]:
    """Indices of the opt_out claims of `stances` with scope `unspecified` in a document (`claims`) that
    holds a claim of the same stance with a named scope, and of the possible claims with scope `all_sharing`
    ("Nutzer können der Weitergabe ihrer Daten an Facebook widersprechen") in one that holds a possibility for a
    use ("Der Widerspruch beschränkt sich auf Werbezwecke"): the text says which option it meant, and the gold
    annotates that one only (own10-033, own14-011, own20-021, own20-027; with no use named it is possible /
    `all_sharing`, the convention of 8 studied sets). Also a possibility for the phone number that `borrowed` says takes
    the number from beside it, in a document offering a use and denying the number (the module docstring). Never a
    claim `keep` says is a statement of its own."""
    stances = frozenset(stances)
    opt = [c for c in claims if c["type"] == "opt_out"]
    named = {c["stance"] for c in opt if c["scope"] in NAMED}
    uses = {c["stance"] for c in opt if c["scope"] in USES}
    use_offered = any(c["stance"] == "possible" and c["scope"] in ("ads", "friend_suggestions") for c in opt)
    number_denied = any(c["stance"] == "not_possible" and c["scope"] == "phone_number" for c in opt)
    return {
        i for i, c in enumerate(claims)
        if c["type"] == "opt_out" and c["stance"] in stances and (
            (c["scope"] == "unspecified" and c["stance"] in named)
            or (c["scope"] == "all_sharing" and c["stance"] == "possible" and "possible" in uses)
            or (
                c["scope"] == "phone_number" and c["stance"] == "possible" and use_offered and number_denied
                and borrowed is not None and borrowed(c)
            ))
        and not (keep is not None and keep(c))
    }
