"""Banners with no strong cue (models/layer/furniture.py `_own_consent_talk`, page_furniture.json `banner.own`; issue 7,
session 44, page44): the site's own consent talk about its own medium or channel is a banner (D61 (b)); an article
sentence telling readers how to object in WhatsApp stays. Every sentence is the test writer's own."""
from __future__ import annotations

import json

import pytest

from models.extract import extract_text
from models.layer.furniture import FURNITURE_FILE, furniture_spans

BANNER = json.loads(FURNITURE_FILE.read_text(encoding="utf-8"))["banner"]


@pytest.mark.parametrize("line", BANNER["own_examples"])
def test_own_consent_talk_is_a_banner(line: str) -> None:
    assert furniture_spans(line) == [(0, len(line), "banner")]


@pytest.mark.parametrize("line", BANNER["own_near_misses"])
def test_own_near_miss_stays(line: str) -> None:
    assert furniture_spans(line) == []


@pytest.mark.parametrize(
    "banner",
    [
        # an embed notice: the reader may object to the transfer when playing the site's video (main: possible)
        "Bitte beachten: Beim Laden dieses Videos erhält Facebook Ihre IP-Adresse. Dem können Sie jederzeit "
        "widersprechen.",
        # the publisher's channel sign-up (main: phone_number shared TRUE and possible)
        "Neu: unser WhatsApp-Kanal. Wenn Sie sich anmelden, willigen Sie ein, dass WhatsApp Ihre Handynummer "
        "erhält; die Zustimmung lässt sich jederzeit widerrufen.",
    ],
    ids=["embed", "channel"],
)
def test_own_consent_talk_gives_no_claim(banner: str) -> None:
    text = f"Facebook übernimmt den Messenger WhatsApp für 19 Milliarden Dollar.\n{banner}\nDas Geschäft soll bis Jahresende abgeschlossen sein."
    assert [c["type"] for c in extract_text(text)] == ["price"]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # the reader told how to object in WhatsApp: no medium or channel of the site
        ("So geht es: Öffnen Sie in WhatsApp die Einstellungen, dort können Sie der Weitergabe Ihrer Telefonnummer "
         "an Facebook widersprechen.", ("opt_out", "possible")),
        # a channel of WhatsApp's, not the publisher's
        ("Wer einem WhatsApp-Kanal folgt, muss nicht zustimmen, dass Facebook seine Nummer erhält: Sie bleibt beim "
         "Betreiber verborgen.", None),
    ],
    ids=["how-to", "whatsapp-channel"],
)
def test_article_talk_of_consent_stays(line: str, kept: tuple | None) -> None:
    assert furniture_spans(line) == []
    if kept:
        assert kept in [(c["type"], c.get("stance")) for c in extract_text(line)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # review44's 04:35 finds: article prose after the own banner on the same line keeps its claims
        ("Folgen Sie uns auf WhatsApp. Mit der Anmeldung stimmen Sie zu, dass wir Ihre Nummer speichern. Die "
         "Telefonnummer geht seit 2016 an Facebook, ein Widerspruch ist nicht möglich.",
         {("data_shared", "phone_number"), ("opt_out", "not_possible")}),
        ("Unser WhatsApp-Kanal informiert Sie täglich. Sie können der Weitergabe Ihrer Nummer an Facebook in den "
         "Einstellungen widersprechen.", {("opt_out", "possible")}),
    ],
    ids=["prose-after", "voice-after"],
)
def test_article_prose_after_an_own_banner_stays(text: str, kept: set) -> None:
    spans = furniture_spans(text)
    assert spans and spans[0][2] == "banner"
    got = {(c["type"], c.get("data_type", c.get("stance"))) for c in extract_text(text)}
    assert kept <= got, got
