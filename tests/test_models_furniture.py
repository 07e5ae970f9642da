"""Page furniture on the structure layer (models/layer/furniture.py, patterns/page_furniture.json; issue 7, session 42,
page42): the lines of a web page that are no part of the article are read as blanks, every cue is reachable through
its gate, and claims keep the offsets of the text as given."""
from __future__ import annotations

import json

import pytest

from models.extract import extract_text
from models.layer.furniture import FURNITURE_FILE, furniture_spans, vocabulary, without_furniture
from models.layer.reading import page_reading_of

TABLE = json.loads(FURNITURE_FILE.read_text(encoding="utf-8"))
CLASSES = ("share_label", "banner", "box", "advert")
EXAMPLES = [(name, line) for name in CLASSES for line in TABLE[name]["examples"]]
NEAR_MISSES = [(name, line) for name in CLASSES for line in TABLE[name]["near_misses"]]


@pytest.mark.parametrize(("name", "line"), EXAMPLES)
def test_example_is_furniture_whole(name: str, line: str) -> None:
    spans = furniture_spans(line)
    assert spans and spans[0][0] == 0 and spans[-1][1] == len(line), (name, spans)
    assert without_furniture(line).strip() == ""


@pytest.mark.parametrize(("name", "line"), NEAR_MISSES)
def test_near_miss_stays(name: str, line: str) -> None:
    assert furniture_spans(line) == [], name
    assert without_furniture(line) is line


@pytest.mark.parametrize("case", TABLE["box"]["cut_examples"], ids=lambda c: c["kept"][:30])
def test_paywall_cut_keeps_the_remaining_words(case: dict[str, str]) -> None:
    shown = without_furniture(case["line"])
    assert len(shown) == len(case["line"])
    assert shown.rstrip() == case["kept"]


@pytest.mark.parametrize(("prefix", "cls", "kind"), [("b", "banner", "strong"), ("w", "banner", "weak"), ("x", "box", "strong")])
def test_every_cue_is_reachable_through_its_gate(prefix: str, cls: str, kind: str) -> None:
    """Each cue row matches its example phrase as ITS group (no earlier row shadows it), and each strong cue's phrase
    holds a gate word, so the gate never hides the line that cue would decide."""
    vocab = vocabulary()
    rows = TABLE[cls][kind]
    phrases = TABLE[cls]["cue_examples"][kind]
    assert len(phrases) == len(rows)
    pattern = vocab.strong if kind == "strong" else vocab.weak
    for i, phrase in enumerate(phrases):
        low = phrase.lower()
        groups = {m.lastgroup for m in pattern.finditer(low)}
        assert f"{prefix}{i}" in groups, (rows[i], phrase, groups)
        if kind == "strong":
            assert any(word in low for word in vocab.cue_gate), phrase
            assert any(head in low for head in vocab.coarse_gate), phrase


def test_every_share_label_is_reachable_through_its_gate() -> None:
    vocab = vocabulary()
    share = TABLE["share_label"]
    for verb in share["verbs"]:
        line = f"Artikel {verb} | Link kopieren"
        assert any(word in line.lower() for word in vocab.label_gate), verb
        assert furniture_spans(line) == [(0, len(line), "share")], verb
    for platform in TABLE["platforms"]:
        if platform.lower() not in ("whatsapp", "facebook", "messenger"):
            row = f"Facebook {platform} WhatsApp"  # a row of buttons named alone
            assert furniture_spans(row) == [(0, len(row), "share")], platform
    for word in vocab.button_gate:
        assert any(word in button for button in ("akzeptieren", "ablehnen", "zustimmen", "einverstanden"))
    for label in ("Anzeige", "Werbung", "Sponsored", "Gesponsert", "Advertorial", "Promotion", "Bezahlte Partnerschaft"):
        assert any(word in label.lower() for word in vocab.advert_gate), label
        assert furniture_spans(label) == [(0, len(label), "advert")], label


def test_text_without_furniture_is_itself() -> None:
    text = "Facebook kauft WhatsApp für 19 Milliarden Dollar.\n\nDer Messenger teilt jetzt Daten mit dem Konzern."
    assert furniture_spans(text) == []
    assert without_furniture(text) is text
    assert page_reading_of(text).text is text


def test_blanks_keep_length_and_line_breaks() -> None:
    text = "Facebook kauft WhatsApp.\nPer WhatsApp teilen\nAuf Facebook teilen\n\nDer Preis: 19 Milliarden Dollar."
    shown = without_furniture(text)
    assert len(shown) == len(text) and shown.count("\n") == text.count("\n")
    assert "teilen" not in shown and "Der Preis" in shown


def test_claims_keep_the_offsets_of_the_text_as_given() -> None:
    text = (
        "Wir und unsere Partner nutzen Cookies. Mit Klick auf „Akzeptieren“ willigen Sie ein.\n\n"
        "Facebook zahlte 19 Milliarden Dollar für WhatsApp.\nPer WhatsApp teilen\nAuf Facebook teilen"
    )
    claims = extract_text(text)
    prices = [c for c in claims if c["type"] == "price"]
    assert prices and all(text[c["start"] : c["end"]] == c["text"] for c in claims)
    assert prices[0]["sentence"] == "Facebook zahlte 19 Milliarden Dollar für WhatsApp."


def test_an_advert_body_follows_its_label_only() -> None:
    text = "Anzeige\nJetzt Tarif wechseln und 20 % sparen\nFacebook zahlte 19 Milliarden Dollar, jetzt sparen Nutzer."
    kinds = [(text[s:e], k) for s, e, k in furniture_spans(text)]
    assert kinds == [("Anzeige", "advert"), ("Jetzt Tarif wechseln und 20 % sparen", "advert")]


# Banners and embed walls that name the embedded or sharing service (issue 7, session 43, banner43): a line that
# talks as a site's banner does (cookies, external content, a click, sharing by a button, the publisher asking) is
# a banner even where it names WhatsApp or Facebook, and its later sentences in the banner's voice stay in it.
SERVICE_BANNERS = [
    "Externe Inhalte von WhatsApp: Um diesen Kanal einzublenden, brauchen wir Ihre Zustimmung. Dabei können "
    "Nutzungsdaten an Meta gehen. Ihre Einwilligung lässt sich jederzeit widerrufen.",
    "Datenschutzhinweis: Wer per WhatsApp teilen will, überträgt Daten an WhatsApp und an Facebook. Ihre "
    "Einwilligung kann jederzeit widerrufen werden. Cookie-Einstellungen",
    "Externer Inhalt (WhatsApp): Sobald Sie ihn laden, gehen Ihre Handynummer und personenbezogene Daten an "
    "Facebook. Der Übertragung können Sie jederzeit widersprechen.",
    "Diese Seite und unsere Partner setzen Cookies ein. Klicken Sie auf „Über WhatsApp teilen“, gehen Daten an "
    "WhatsApp und Facebook. Sie können Ihre Einwilligung jederzeit widerrufen.",
]


@pytest.mark.parametrize("line", SERVICE_BANNERS, ids=lambda line: line[:30])
def test_a_banner_naming_its_service_is_a_banner(line: str) -> None:
    text = "Seit 2014 gehört WhatsApp zu Facebook.\n" + line
    assert without_furniture(text).strip() == "Seit 2014 gehört WhatsApp zu Facebook."
    assert {c["type"] for c in extract_text(text)} <= {"acquisition_year"}


def test_a_readers_how_to_of_whatsapps_own_dialog_is_no_banner() -> None:
    line = (
        "Mit einem Klick auf „Zustimmen“ nehmen Sie die neuen Nutzungsregeln von WhatsApp an; Ihre Einwilligung "
        "lässt sich danach nicht mehr zurücknehmen."
    )
    assert furniture_spans(line) == []


def test_an_article_sentence_after_a_cookie_banner_still_ends_it() -> None:
    text = "Wir nutzen Cookies. Alle akzeptieren. Facebook hat für WhatsApp 2014 rund 19 Milliarden Dollar bezahlt."
    assert without_furniture(text).strip() == "Facebook hat für WhatsApp 2014 rund 19 Milliarden Dollar bezahlt."
    assert "price" in {c["type"] for c in extract_text(text)}
