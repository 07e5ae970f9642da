"""Opt-out statements in the layouts of reference works, letters, dialogues and satire (issue 7, session 47, opt47):
one row per shape, in sentences written for this table (never press text), with the near misses each rule must leave
alone."""
from __future__ import annotations

import pytest

from models.extract import extract_text

_LEAD = "WhatsApp gibt seit dem Update Daten an Facebook weiter.\n"

# (text, claims that must be there, claims that must not be there); a claim is (stance, scope)
CASES = [
    # a reference work's cross-reference line lists lemma names, it states nothing (`see_also_line`)
    ("Vgl. auch: Widerspruchsrecht, Datenschutz", set(), {("possible", "unspecified")}),
    # near miss: a clause after the lead is a statement, read as usual
    ("Siehe auch: Man kann der Verwendung für Reklame widersprechen.", {("possible", "ads")}, set()),
    # near misses (review47): an item with a predicate or a negation is a statement, and a teaser lead of another story
    # gives its claim (D61 (a))
    ("Siehe auch: Widerspruch nicht möglich", {("not_possible", "all_sharing")}, set()),
    ("S. a.: Widerspruch gegen Werbung möglich", {("possible", "ads")}, set()),
    ("Weitere Artikel: Widerspruch jetzt möglich", {("possible", "unspecified")}, set()),
]


@pytest.mark.parametrize("text,want,wrong", CASES, ids=[c[0][:40] for c in CASES])
def test_genre_rows(text: str, want: set[tuple[str, str]], wrong: set[tuple[str, str]]) -> None:
    got = {(c["stance"], c["scope"]) for c in extract_text(_LEAD + text) if c["type"] == "opt_out"}
    assert want <= got, f"missing {sorted(want - got)}; got {sorted(got)}"
    assert not (wrong & got), f"wrong {sorted(wrong & got)}; got {sorted(got)}"


def test_a_see_also_line_states_nothing() -> None:
    """The cross-reference line under an entry that told an option takes no claim of its own (`see_also_line`)."""
    text = (_LEAD + "Ein Widerspruch gegen die Nutzung für Werbung war vier Wochen lang möglich.\n"
            "Siehe auch: Einwilligung, Opt-out, Widerspruchsrecht")
    claims = [c for c in extract_text(text) if c["type"] == "opt_out"]
    assert {(c["stance"], c["scope"]) for c in claims} == {("possible", "ads")}
    assert not [c for c in claims if c["sentence"].startswith("Siehe")], claims
