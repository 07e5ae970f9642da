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
    ("Siehe auch: Kein Widerspruch", {("not_possible", "all_sharing")}, set()),
    # a short answer with a time adverb before its 'nicht' answers the question about objecting (cue `answer_no`)
    ("Kann man widersprechen? Anders als 2016 diesmal nicht.", {("not_possible", "all_sharing")}, set()),
    ("Lässt sich der Nutzung für Reklame widersprechen? Inzwischen nicht mehr.", {("not_possible", "ads")}, set()),
    # near miss: the same answer to a question about something else
    ("Ist das ein Problem? Diesmal nicht.", set(), {("not_possible", "all_sharing")}),
    # the end of an option told with 'kein ... mehr möglich' keeps the option's use (cue `supersede`)
    ("Man konnte einen Monat lang ablehnen, dass die Daten für Reklame genutzt werden. Danach war keine Ablehnung "
     "mehr möglich.", {("possible", "ads"), ("not_possible", "ads")}, {("not_possible", "all_sharing")}),
    # a costless refusal with a place and particles between the verb and its 'keine' (cue `no_loss`)
    ("Wer die Regeln ablehnt, verliert in der App jetzt doch keine Funktionen.", {("possible", "unspecified")},
     {("not_possible", "unspecified")}),
    # near miss: a provisional word among them stays D26-vorerst's reading, a loss told after it
    ("Wer die Regeln ablehnt, verliert nach aktuellem Stand zunächst keine Funktionen. Nach ein paar Wochen lässt "
     "sich die Chatliste dann aber nicht mehr öffnen.", {("not_possible", "unspecified")}, {("possible", "unspecified")}),
    # the chat list disappearing is a loss: after a provisional refusal it makes the grace period (cue `consequence`)
    ("Wer die Regeln ablehnt, kann die App vorerst weiter nutzen. Danach verschwindet aber die Chatliste.",
     {("not_possible", "unspecified")}, {("possible", "unspecified")}),
    # near miss: a loss only reported in the Konjunktiv I and called superseded is no loss told
    ("Wer die Regeln ablehnt, soll vorerst keine Funktionen verlieren. Erst hieß es, dann verschwinde die Chatliste.",
     {("possible", "unspecified")}, {("not_possible", "unspecified")}),
    # near miss: the list that stays is no loss
    ("Wer die Regeln ablehnt, kann die App vorerst weiter nutzen. Die Chatliste bleibt.", set(),
     {("not_possible", "unspecified")}),
    # a speaker's wish to object is no option (the learned stage's guard `wish`)
    ("Kundin: Ich möchte der Weitergabe meiner Daten an Facebook widersprechen.", set(),
     {("possible", "all_sharing"), ("possible", "unspecified")}),
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


def test_a_wish_with_the_option_asserted_after_it_is_read() -> None:
    """review47's near miss of the guard `wish`: a clause after the wish that asserts the option leaves the sentence to
    the reading it had (the sentence alone, as the reviewer probed it), while the bare wish gives nothing."""
    text = "Ich will der Weitergabe meiner Daten widersprechen, und das geht auch: im Menü unter Konto."
    assert ("possible", "unspecified") in {(c["stance"], c["scope"]) for c in extract_text(text) if c["type"] == "opt_out"}
    bare = "Ich will der Weitergabe meiner Daten an Facebook widersprechen."
    assert not [c for c in extract_text(bare) if c["type"] == "opt_out"]
