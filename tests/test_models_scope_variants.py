"""The declared opt-out scope variants of `models.learned.scope_variants` (issue 7, session 15): what each reads."""
from __future__ import annotations

from collections import Counter

import pytest

from models.evaluate import GoldDocument
from models.learned.dataset import build_records
from models.learned.scope_variants import VARIANTS, closed_window, option_closed
from models.pipeline import RULE_COMPONENTS, build_pipeline


@pytest.mark.parametrize("text", [
    "einen solchen schalter gibt es diesmal nicht.",
    "nach ablauf der frist lässt sich die einstellung nicht mehr ändern.",
    "wer neu registriert ist, hat diese wahl nicht.",
])
def test_an_ended_option_without_an_object_is_read(text: str) -> None:
    assert closed_window(text) and option_closed(text, None)


@pytest.mark.parametrize("text", [
    "wer nicht zustimmt, kann den dienst bald nicht mehr nutzen.",  # accept-or-leave: a closed window, no option
    "einen widerspruch gegen die weitergabe der telefonnummer gibt es nicht mehr.",  # names the transfer and the data
    "dem kann man heute nicht mehr widersprechen.",  # an anaphor: the reference step's business
    "einen schalter für die werbung gibt es nicht.",  # no closed window
])
def test_near_misses_of_an_ended_option(text: str) -> None:
    assert not option_closed(text, None)


def _record(text: str):
    (record,) = build_records(build_pipeline(RULE_COMPONENTS), {"mine": [GoldDocument("t1", text, {})]}, Counter())
    return record


def test_v3_reads_a_possible_objection_to_the_transfer_as_all_sharing_and_v0_changes_nothing() -> None:
    record = _record("WhatsApp teilt Daten mit Facebook.")
    claims = [{"type": "opt_out", "stance": "possible", "scope": "unspecified", "start": 0,
               "text": "Nutzer können der Weitergabe ihrer Daten an Facebook widersprechen"}]
    assert [c["scope"] for c in VARIANTS["V3"](record, claims, {})] == ["all_sharing"]
    assert VARIANTS["V0"](record, claims, {}) == claims
    claims[0]["text"] = "Nutzer können widersprechen"
    assert [c["scope"] for c in VARIANTS["V3"](record, claims, {})] == ["unspecified"]


def test_v5_adds_an_ads_claim_where_the_classifier_reads_an_ended_option_and_keeps_the_scopes() -> None:
    record = _record("WhatsApp gibt die Handynummer an Facebook weiter. Die Nutzer haben diesmal keine Wahl.")
    record.opt_ruled = set()  # as if the rules had left the second sentence to the stage (its claim is `rule` below)
    rule = [{"type": "opt_out", "stance": "not_possible", "scope": "all_sharing", "start": 0}]
    probs = {("mine", "t1", s.index): {"possible": 0.1, "not_possible": 0.9} for s in record.opt_sentences}
    out = VARIANTS["V5"](record, rule, {"opt_probs": probs, "threshold": 0.4})
    assert {(c["stance"], c["scope"]) for c in out} == {("not_possible", "all_sharing"), ("not_possible", "ads")}
    low = {key: {"possible": 0.1, "not_possible": 0.2} for key in probs}
    assert VARIANTS["V5"](record, rule, {"opt_probs": low, "threshold": 0.4}) == rule
