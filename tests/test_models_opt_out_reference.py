"""dealwatch_opt_out_reference: an opt-out impossibility that refers back takes its antecedent's scope.

All sentences are written for these tests.
"""
from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from models.claims import Claim
from models.context import Sentences
from models.opt_out_reference import _applied, reference_kind, rescoped
from models.pipeline import build_pipeline

NUMBER = "WhatsApp gibt künftig die Handynummer an Facebook weiter."


@pytest.fixture(scope="module")
def layer() -> Language:
    return build_pipeline(())  # sentences and blocks only: the claims are given by hand


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(("dealwatch_data_shared", "dealwatch_opt_out", "dealwatch_opt_out_reference"))


def _claims(text: str, shared: dict[str, str], impossible: str, scope: str = "all_sharing") -> list[dict[str, Any]]:
    """data_shared claims (word -> type, passed on) and one not_possible claim on `impossible`."""
    out = [{"type": "data_shared", "text": w, "start": text.index(w), "data_type": t, "shared": True} for w, t in shared.items()]
    out.append({"type": "opt_out", "text": impossible, "start": text.index(impossible), "stance": "not_possible", "scope": scope})
    return out


def _rescope(layer: Language, text: str, claims: list[dict[str, Any]]) -> dict[int, str]:
    doc = layer(text)
    return rescoped(text, doc._.blocks, Sentences.of(doc), claims)


@pytest.mark.parametrize(
    "span, kind",
    [
        ("Dagegen kann man nichts tun", "pronoun"),
        ("Verhindern können Sie das leider nicht", "pronoun"),
        ("Widersprechen kann man dem nicht", "pronoun"),
        ("Die Übermittlung lässt sich nicht stoppen", "noun"),
        ("Diesen Datenaustausch kann niemand verhindern", "noun"),
        # "selbst"/"an sich" set the transfer against its use, the reference decides its data (the lead's D22)
        ("Die Weitergabe selbst lässt sich nicht verhindern", "noun"),
        ("Die Übertragung an sich kann man nicht abschalten", "noun"),
        # the transfer as a whole, or an object of its own: no reference
        ("Die Weitergabe überhaupt lässt sich nicht verhindern", None),
        ("Der Weitergabe der Nummer kann man nicht widersprechen", None),
        ("Das Teilen lässt sich nicht abschalten", None),  # an article before a noun, not a pronoun
        ("Ein Widerspruch ist nicht vorgesehen", None),
    ],
)
def test_reference_kind(span: str, kind: str | None) -> None:
    assert reference_kind(span) == kind


def test_pronoun_after_the_number_alone_is_phone_number(layer: Language) -> None:
    text = f"{NUMBER} Dagegen kann man nichts tun."
    assert _rescope(layer, text, _claims(text, {"Handynummer": "phone_number"}, "Dagegen kann man nichts tun")) == {1: "phone_number"}


def test_a_list_of_data_stays_all_sharing(layer: Language) -> None:
    text = "WhatsApp gibt künftig die Handynummer und die Gerätedaten an Facebook weiter. Dagegen kann man nichts tun."
    claims = _claims(text, {"Handynummer": "phone_number", "Gerätedaten": "device_data"}, "Dagegen kann man nichts tun")
    assert _rescope(layer, text, claims) == {}


def test_pronoun_reads_only_the_sentence_before(layer: Language) -> None:
    text = f"{NUMBER} Neu sind auch Umfragen im Chat. Dagegen kann man nichts tun."
    assert _rescope(layer, text, _claims(text, {"Handynummer": "phone_number"}, "Dagegen kann man nichts tun")) == {}


def test_pronoun_follows_a_comment_that_is_itself_a_pronoun(layer: Language) -> None:
    text = f"{NUMBER} Das ist ärgerlich. Dagegen kann man nichts tun."
    assert _rescope(layer, text, _claims(text, {"Handynummer": "phone_number"}, "Dagegen kann man nichts tun")) == {1: "phone_number"}


def test_noun_reaches_back_to_the_last_transfer_but_not_above_its_heading(layer: Language) -> None:
    text = f"{NUMBER} So steht es in den Bedingungen. Die Übermittlung lässt sich nicht stoppen."
    claims = _claims(text, {"Handynummer": "phone_number"}, "Die Übermittlung lässt sich nicht stoppen")
    assert _rescope(layer, text, claims) == {1: "phone_number"}
    headed = f"{NUMBER}\nWas Nutzer tun können\nSo steht es in den Bedingungen. Die Übermittlung lässt sich nicht stoppen."
    claims = _claims(headed, {"Handynummer": "phone_number"}, "Die Übermittlung lässt sich nicht stoppen")
    assert _rescope(layer, headed, claims) == {}


def test_only_not_possible_all_sharing_is_rescoped(layer: Language) -> None:
    text = f"{NUMBER} Dagegen kann man nichts tun."
    assert _rescope(layer, text, _claims(text, {"Handynummer": "phone_number"}, "Dagegen kann man nichts tun", "unspecified")) == {}


def test_a_rescoped_claim_repeating_one_of_its_sentence_is_dropped() -> None:
    sentence = "Dagegen kann man nichts tun, die Nummer geht trotzdem rüber."
    kept = Claim("opt_out", 30, 60, "die Nummer geht trotzdem rüber", sentence, {"stance": "not_possible", "scope": "phone_number"})
    moved = Claim("opt_out", 0, 27, "Dagegen kann man nichts tun", sentence, {"stance": "not_possible", "scope": "all_sharing"})
    assert _applied([moved, kept], {0: "phone_number"}) == [kept]


@pytest.mark.parametrize(
    "text, scope",
    [
        ("Facebook will die WhatsApp-Daten künftig für gezielte Werbung auswerten. Dagegen können sich Nutzer nicht wehren.", "ads"),
        ("Facebook möchte die WhatsApp-Daten für Freundschaftsvorschläge verwenden. Abschalten lässt sich das nicht.", "friend_suggestions"),
        ("Facebook nutzt die WhatsApp-Daten nicht für Werbung. Dagegen kann man nichts tun.", "all_sharing"),  # negated: no use
    ],
)
def test_pronoun_after_a_use(nlp: Language, text: str, scope: str) -> None:
    got = [(c.fields["stance"], c.fields["scope"]) for c in nlp(text)._.claims if c.type == "opt_out"]
    assert got == [("not_possible", scope)]


def test_the_component_drops_a_restated_option_and_still_rescopes(layer: Language) -> None:
    from models.claims import add_claim
    from models.opt_out_reference import OptOutReference

    text = (NUMBER + " Dagegen kann man nichts tun. Der Nutzung für Werbung kann man widersprechen. "
            "Dazu genügt ein Schalter in den Einstellungen.")
    doc = layer(text)
    # the dropped claim first, so the rescoped one's index moves
    for span, stance, scope in (("Dazu genügt ein Schalter in den Einstellungen", "possible", "unspecified"),
                                ("Dagegen kann man nichts tun", "not_possible", "all_sharing"),
                                ("Der Nutzung für Werbung kann man widersprechen", "possible", "ads")):
        add_claim(doc, "opt_out", text.index(span), text.index(span) + len(span), stance=stance, scope=scope)
    add_claim(doc, "data_shared", text.index("Handynummer"), text.index("Handynummer") + 11, data_type="phone_number", shared=True)
    doc = OptOutReference()(doc)
    got = [(c.text, c.fields["stance"], c.fields["scope"]) for c in doc._.claims if c.type == "opt_out"]
    assert got == [("Dagegen kann man nichts tun", "not_possible", "phone_number"),
                   ("Der Nutzung für Werbung kann man widersprechen", "possible", "ads")]
