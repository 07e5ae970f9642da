"""Page furniture, step 2 (models/layer/cuts.py, models/layer/furniture.py; issue 7, session 43, page43): a clause a
paywall or truncation cut off gives no opt-out and no data claim (D61 (c)), its price stays; embed walls are banners; a
box runs over the sentences of its line that talk as a box does, not over an article sentence; a banner from one strong
cue is no banner on a line about WhatsApp's own consent dialog. Every sentence is the test writer's own."""
from __future__ import annotations

import pytest

from models.extract import extract_text
from models.layer.furniture import furniture_spans
from models.layer.reading import page_reading_of


def _kinds(text: str) -> set[str]:
    return {claim["type"] for claim in extract_text(text)}


def _cut_texts(text: str) -> list[str]:
    return [text[start:end] for start, end in page_reading_of(text).cuts]


# (text, the clause cut off): the wall line after blank lines, a wall glued to the line, a truncation mark
CUTS = [
    (
        "Seit August teilt WhatsApp Daten mit Facebook. Der Weitergabe der Telefonnummer können Nutzer bis Ende "
        "September nicht\n\nSie möchten weiterlesen? Jetzt Abo abschließen.",
        "Der Weitergabe der Telefonnummer können Nutzer bis Ende September nicht",
    ),
    (
        "WhatsApp teilt Daten mit Facebook. Ein Widerspruch gegen die Weitergabe der Nummer ist laut WhatsApp nicht "
        "mö…\nJetzt registrieren und weiterlesen",
        "Ein Widerspruch gegen die Weitergabe der Nummer ist laut WhatsApp nicht mö",
    ),
    (
        "Die Telefonnummer gibt WhatsApp an Facebook weiter, die Chats dagegen werden\n+++ Weiterlesen mit Plus +++",
        "die Chats dagegen werden",
    ),
    (
        "Die Regeln ändern sich im Mai. Wer nicht zustimmt, kann den Dienst bis zum Sommer nutzen, verliert danach "
        "aber\n— Ende der Leseprobe —",
        "kann den Dienst bis zum Sommer nutzen, verliert danach aber",  # (an asyndetic verb is no clause edge)
    ),
    (  # (session 44: a mark cuts only a clause that lacks its end, here a preposition's noun)
        "WhatsApp ändert seine Regeln. Einen Widerspruch gegen die Weitergabe an Facebook gibt es ab Mai nur für [...]",
        "Einen Widerspruch gegen die Weitergabe an Facebook gibt es ab Mai nur für",
    ),
]


@pytest.mark.parametrize(("text", "clause"), CUTS, ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_the_clause_a_wall_cuts_off(text: str, clause: str) -> None:
    assert _cut_texts(text) == [clause]


@pytest.mark.parametrize(
    "text",
    [
        CUTS[0][0],  # main: phone_number shared FALSE from the cut 'nicht'
        CUTS[1][0],  # main: not_possible/phone_number from 'nicht mö'
        CUTS[3][0],
        "Facebook will die Nummern der Nutzer. Widersprechen können Nutzer der Nutzung ihrer Nummer für\n\n"
        "Dieser Beitrag ist exklusiv für Abonnenten.",
    ],
    ids=["nicht", "mö", "verliert", "für"],
)
def test_a_cut_clause_gives_no_opt_out(text: str) -> None:
    claims = extract_text(text)
    cut_start, cut = page_reading_of(text).cuts[0]
    assert not [c for c in claims if c["type"] in ("opt_out", "data_shared") and c["end"] > cut_start], claims


def test_a_complete_clause_before_the_cut_keeps_its_claim() -> None:
    claims = extract_text(CUTS[2][0])
    assert [(c["data_type"], c["shared"]) for c in claims if c["type"] == "data_shared"] == [("phone_number", True)]


def test_a_price_in_a_cut_sentence_stays() -> None:
    text = "Facebook zahlt für WhatsApp 19 Milliarden Dollar, von denen ein Teil in Aktien\n— Ende der Leseprobe —"
    assert [c["value"] for c in extract_text(text) if c["type"] == "price"] == [19e9]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that ends before the wall
        "Nutzer können der Weitergabe ihrer Daten für Werbung widersprechen.\nDieser Artikel ist exklusiv für Abonnenten.",
        # a newsletter box is no wall: the unended line before it is a row of its own
        "Kontakte werden nicht an Facebook weitergegeben, sagt das Unternehmen\nNewsletter abonnieren: Jeden Morgen "
        "die Tech-News.",
        # a headline before a wall
        "Facebook bekommt die Nummern\nJetzt weiterlesen mit Plus",
        # an omission inside a quote, not at the line's end
        "„Nutzer können […] der Weitergabe für Werbung widersprechen“, sagt WhatsApp.",
        # a trailing ellipsis after a space (style, no truncation)
        "WhatsApp gibt die Nummer an Facebook weiter …",
        # a chat line trailing off with no wall after it
        "Tom: Mir ist egal, ob meine Nummer bei Facebook landet, solange die Chats privat bleiben…",
    ],
    ids=["ended", "newsletter", "headline", "omission", "spaced-ellipsis", "chat-ellipsis"],
)
def test_no_cut(text: str) -> None:
    assert page_reading_of(text).cuts == ()


def test_an_embed_wall_is_a_banner() -> None:
    text = (
        "Einwilligung erforderlich: Wir brauchen Ihre Zustimmung, um den Instagram-Post anzuzeigen. Dabei werden Daten "
        "an Meta übermittelt. Ihre Zustimmung können Sie jederzeit widerrufen.\n"
        "Zuckerberg kündigte an, den Messenger unabhängig weiterzuführen."
    )
    assert [kind for _s, _e, kind in furniture_spans(text)] == ["banner"]
    assert "opt_out" not in _kinds(text)  # main: possible/unspecified from the wall's 'widerrufen'


def test_a_box_runs_back_over_its_own_talk() -> None:
    text = (
        "Newsletter: Jeden Abend das Wichtigste. Mit der Anmeldung willigen Sie ein, dass wir Ihre Daten nutzen; der "
        "Einwilligung können Sie jederzeit widersprechen. Jetzt anmelden"
    )
    assert furniture_spans(text) == [(0, len(text), "box")]
    assert "opt_out" not in _kinds(text)  # main: possible/unspecified from the newsletter's consent


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Nutzer können der Weitergabe ihrer Daten für Werbung widersprechen. Jetzt abonnieren!", "opt_out"),
        ("Jetzt abonnieren! WhatsApp gibt die Telefonnummer seiner Nutzer an Facebook weiter.", "data_shared"),
        # a sentence opening with 'Sie' (she) is no reader's voice: it stays out of the box
        ("Die Funktion kommt im Mai. Sie soll Nutzern erlauben, der Weitergabe für Werbung zu widersprechen. "
         "Jetzt anmelden!", "opt_out"),
    ],
    ids=["before", "after", "she"],
)
def test_an_article_sentence_beside_a_box_stays(text: str, kept: str) -> None:
    box = [text[s:e] for s, e, kind in furniture_spans(text) if kind == "box"]
    assert box and box[0].startswith("Jetzt")
    assert kept in _kinds(text)


def test_one_banner_cue_on_a_line_about_whatsapps_dialog_is_no_banner() -> None:
    text = (
        "Mit einem Klick auf „Zustimmen“ akzeptieren Sie die neuen Bedingungen von WhatsApp; einen Widerspruch gegen "
        "die Weitergabe an Facebook sieht der Dienst nicht vor. Ihre Einwilligung ist Pflicht."
    )
    assert furniture_spans(text) == []
    assert "opt_out" in _kinds(text)  # main: the line read as a consent banner, no claim


def test_two_banner_cues_stay_a_banner_beside_whatsapp() -> None:
    text = (
        "Wir und unsere Partner nutzen Cookies, auch für Inhalte von WhatsApp. Mit Klick auf „Akzeptieren“ willigen "
        "Sie ein; Ihre Einwilligung können Sie jederzeit widerrufen."
    )
    assert [kind for _s, _e, kind in furniture_spans(text)] == ["banner"]
    assert "opt_out" not in _kinds(text)


# Boxes and banners over several lines (step 2b): a line with no deciding cue of its own that talks as the furniture
# beside it does is that furniture; an article line beside it stays.
@pytest.mark.parametrize(
    ("text", "furniture", "kinds"),
    [
        # a newsletter box: main gave possible/unspecified from the middle line
        ("Facebook zahlt 19 Milliarden Dollar für WhatsApp.\nNewsletter abonnieren\nMit der Anmeldung willigen Sie ein, "
         "dass wir Ihre Daten nutzen. Sie können jederzeit widersprechen.\nJetzt anmelden",
         ["box", "box", "box"], {"price"}),
        # a consent banner: main gave possible/ads from the middle line
        ("Wir und unsere Partner verarbeiten Daten, um Inhalte zu personalisieren.\nSie können Ihre Einwilligung "
         "jederzeit widerrufen.\nAkzeptieren Ablehnen\nWhatsApp teilt die Telefonnummer mit Facebook.",
         ["banner", "banner", "banner"], {"data_shared"}),
    ],
)
def test_furniture_over_three_lines_is_whole(text: str, furniture: list[str], kinds: set[str]) -> None:
    assert [kind for _s, _e, kind in furniture_spans(text)] == furniture
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    "text",
    [
        # an article line beside a box names a party, or has no box word
        "Jetzt weiterlesen mit Plus\nNutzer können der Weitergabe der Telefonnummer an Facebook nicht widersprechen.",
        "Newsletter abonnieren: Jeden Morgen die Tech-News.\nDer Kaufpreis lag bei umgerechnet 13,8 Milliarden Euro.",
        # a how-to line beside a banner: no two consent words of a banner
        "Wir und unsere Partner nutzen Cookies. Mit Klick auf „Akzeptieren“ willigen Sie ein.\n"
        "Der Weitergabe können Sie in den Einstellungen unter Konto widersprechen.",
        # a line about WhatsApp's consent beside a banner
        "Wir und unsere Partner nutzen Cookies. Mit Klick auf „Akzeptieren“ willigen Sie ein.\n"
        "Ihre Einwilligung für WhatsApp können Sie nicht jederzeit widerrufen.",
    ],
    ids=["party", "euro", "how-to", "whatsapp"],
)
def test_an_article_line_beside_furniture_stays(text: str) -> None:
    second = text.index("\n") + 1
    assert all(end <= second for _start, end, _kind in furniture_spans(text)), furniture_spans(text)
