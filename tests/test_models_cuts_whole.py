"""Cut sentences, session 44 (models/layer/cuts.py `whole_clause`, models/extract.py `_stands_at_cut`; issue 7, page44):
a bare link label ('Weiterlesen') and an editor's '[…]' cut only a clause that lacks its end; a paywall's wall cuts any
unended line; a claim that began in whole clauses before the clause a wall cuts stands where those words alone state it
(D61 (c)). Every sentence is the test writer's own."""
from __future__ import annotations

import pytest

from models.extract import extract_text
from models.layer.cuts import whole_clause
from models.layer.reading import page_reading_of

_PAYWALL = "\n\nLesen Sie weiter mit Plus für 1,99 € im Monat"


def _claims(text: str) -> list[tuple]:
    return [
        (c["type"], c.get("data_type", c.get("stance")), c.get("shared", c.get("scope")))
        for c in extract_text(text)
        if c["type"] in ("opt_out", "data_shared")
    ]


@pytest.mark.parametrize(
    ("clause", "whole"),
    [
        ("WhatsApp reicht die Adressbücher seiner Nutzer an Facebook weiter", True),
        ("Facebook darf die Chats nicht mitlesen", True),
        ("Die Adressbücher der Nutzer landen ab sofort bei Facebook", True),
        ("Der Weitergabe der Adressbücher können Nutzer widersprechen", True),
        ("Der Weitergabe der Adressbücher können Nutzer nur noch bis Ende Mai", False),  # a modal, no infinitive
        ("Die Adressbücher der Nutzer landen ab sofort nicht", False),  # the negation waits for its predicate
        ("Widersprechen können Nutzer der Nutzung ihrer Kontakte für", False),  # a preposition
        ("Facebook liest die Chats der", False),  # an article
        ("Adressbücher für Facebook", False),  # no finite verb: a nominal heading
        ("Die Nummer gibt WhatsApp weiter und", False),  # a conjunction
        ("die Adressbücher dagegen nicht", True),  # a contrastive ellipsis: the verb before is understood
        ("aber nicht", False),  # no constituent before the contrast: the negated words are to come
    ],
)
def test_whole_clause(clause: str, whole: bool) -> None:
    assert whole_clause(clause) is whole


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a teaser's whole headline before a bare link label on its own line (main: cut, no claim)
        ("Kurz notiert\nFacebook liest bei WhatsApp ab sofort die Adressbücher der Nutzer mit\nWeiterlesen\n\nWetter",
         [("data_shared", "contacts", True)]),
        # the same label glued to the headline
        ("Kurz notiert. Die Adressbücher der WhatsApp-Nutzer landen ab sofort bei Facebook Weiterlesen",
         [("data_shared", "contacts", True)]),
        # a whole clause before an editor's omission mark
        ("WhatsApp ändert seine Regeln. Der Weitergabe der Telefonnummer an Facebook können Nutzer nur noch bis Ende "
         "Mai widersprechen […]", [("opt_out", "possible", "phone_number")]),
        # a contrastive ellipsis ending on 'nicht' before the mark (review44's find)
        ("WhatsApp ändert seine Regeln. Der Nutzung für Werbung kann man widersprechen, der Weitergabe der "
         "Telefonnummer aber nicht […]", [("opt_out", "possible", "ads"), ("opt_out", "not_possible", "phone_number")]),
    ],
    ids=["label-line", "label-glued", "editors-mark", "ellipsis"],
)
def test_a_whole_clause_before_a_link_or_a_mark_keeps_its_claim(text: str, kept: list[tuple]) -> None:
    assert page_reading_of(text).cuts == ()
    assert _claims(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        # a bare label after a clause that ends on its negation, a modal without its infinitive, a preposition
        "Kurz notiert\nDie Adressbücher der WhatsApp-Nutzer landen ab sofort nicht\nWeiterlesen",
        "Kurz notiert\nDer Weitergabe der Adressbücher an Facebook können Nutzer bis Ende Mai\nWeiterlesen",
        "WhatsApp ändert seine Regeln. Widersprechen können Nutzer der Nutzung ihrer Kontakte für […]",
        # a teaser's ellipsis before the label: the writer marked the truncation
        "Kurz notiert\nDer Weitergabe der Adressbücher an Facebook können Nutzer nur noch bis Ende Mai widersprechen…"
        "\nWeiterlesen",
        # a paywall's wall cuts a line that looks whole (its next words may deny it)
        "WhatsApp ändert seine Regeln. Der Weitergabe der Adressbücher an Facebook können Nutzer nur noch bis Ende "
        "Mai widersprechen\n\nDieser Artikel ist exklusiv für Abonnenten.",
        "WhatsApp ändert seine Regeln. Die Adressbücher der Nutzer landen ab sofort bei Facebook" + _PAYWALL,
    ],
    ids=["nicht", "modal", "für", "ellipsis", "paywall-opt-out", "paywall-data"],
)
def test_a_cut_stays(text: str) -> None:
    assert len(page_reading_of(text).cuts) == 1
    assert _claims(text) == []


def test_a_claim_begun_in_a_whole_clause_before_the_cut_stands() -> None:
    # the must-consent clause is whole; only its consequence after 'sonst' is cut (main: no claim)
    text = ("WhatsApp ändert seine Regeln. Bis Ende Mai müssen alle Nutzer den geänderten Regeln zustimmen, sonst "
            "lässt sich der Messenger nur noch eingeschränkt" + _PAYWALL)
    assert _claims(text) == [("opt_out", "not_possible", "unspecified")]


def test_a_claim_whose_deciding_words_are_cut_falls() -> None:
    # the claim runs into the cut clause, and the words before it state nothing on their own
    text = ("WhatsApp ändert seine Regeln. Die Nutzer können der Weitergabe ihrer Nummer an Facebook, wie ein Sprecher "
            "sagte, bis Ende September nicht" + _PAYWALL)
    assert _claims(text) == []


# Hard-wrapped columns (models/sentences.py, patterns/line_open_words.txt; session 44, page44): a line that ends with a
# two-word amount opener goes on with its quantity on the next line.
@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Für den Messenger legt Facebook bis zu\n19 Milliarden Dollar auf den Tisch. Mehr folgt.", 1),
        ("Zusammen zahlen die Konzerne mehr als\n20 Milliarden Euro Strafe. Mehr folgt.", 1),
        # a heading that ends with 'zu' (a particle) stays a line of its own
        ("WhatsApp macht zu\nDer Dienst war gestern stundenlang gestört.", 1),
    ],
    ids=["bis-zu", "mehr-als", "particle"],
)
def test_an_amount_opener_at_a_line_end(text: str, starts: int) -> None:
    from models.sentences import sentence_starts

    assert len(sentence_starts(text)) == starts


def test_a_wrapped_price_after_bis_zu_is_read() -> None:
    text = "Facebook kauft WhatsApp\n\nDas Netzwerk übernimmt den Messenger für bis zu\n19 Milliarden Dollar."
    assert [(c["value"], c["qualifier"]) for c in extract_text(text) if c["type"] == "price"] == [(19e9, "at_most")]
