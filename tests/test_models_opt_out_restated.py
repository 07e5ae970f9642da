"""The restated-option step (models/opt_out_restated.py): a possible/unspecified claim beside a scoped possibility."""
from __future__ import annotations

from models.opt_out_restated import restated


def _opt(stance: str, scope: str) -> dict:
    return {"type": "opt_out", "stance": stance, "scope": scope}


def test_an_unscoped_possibility_beside_a_scoped_one_is_a_restatement() -> None:
    claims = [_opt("possible", "ads"), {"type": "price", "value": 1}, _opt("possible", "unspecified")]
    assert restated(claims) == {2}


def test_a_lone_unscoped_possibility_and_the_other_stance_stay() -> None:
    assert restated([_opt("possible", "unspecified"), _opt("not_possible", "phone_number")]) == set()
    # not_possible/unspecified (an accept-or-leave) beside a denied transfer is a statement of its own
    assert restated([_opt("not_possible", "unspecified"), _opt("not_possible", "all_sharing")]) == set()


def test_both_stances_when_asked() -> None:
    claims = [_opt("not_possible", "unspecified"), _opt("not_possible", "all_sharing")]
    assert restated(claims, ("possible", "not_possible")) == {0}


def test_a_claim_the_caller_keeps_is_no_restatement() -> None:
    claims = [_opt("possible", "ads"), {**_opt("possible", "unspecified"), "text": "kept"}, _opt("possible", "unspecified")]
    assert restated(claims, keep=lambda c: c.get("text") == "kept") == {2}


def test_a_costless_refusal_of_the_terms_is_kept_beside_a_scoped_possibility() -> None:
    from models.opt_out_reference import costless_refusal

    refusal = {**_opt("possible", "unspecified"), "text": "Wer nicht zustimmte, durfte die App weiter uneingeschränkt nutzen"}
    step = {**_opt("possible", "unspecified"), "text": "Öffnen Sie die Einstellungen und deaktivieren Sie die Option"}
    assert costless_refusal(refusal) and not costless_refusal(step)
    assert restated([_opt("possible", "ads"), refusal, step], keep=costless_refusal) == {2}


def test_the_passing_on_as_a_whole_is_restated_beside_a_possibility_for_a_use() -> None:
    # "der Weitergabe ihrer Daten an Facebook widersprechen" and then "Der Widerspruch gilt nur für Werbung" (own10-033)
    assert restated([_opt("possible", "all_sharing"), _opt("possible", "ads")]) == {0}
    assert restated([_opt("possible", "phone_number"), _opt("possible", "all_sharing")]) == {1}


def test_the_passing_on_as_a_whole_stays_alone_and_beside_a_denial() -> None:
    assert restated([_opt("possible", "all_sharing")]) == set()
    # the 2016 option told as the whole passing on and its end (own7-039): both are statements
    assert restated([_opt("possible", "all_sharing"), _opt("not_possible", "all_sharing")]) == set()
    # a denied transfer beside a denial for a use is never a restatement, whatever stances are asked
    assert restated([_opt("not_possible", "all_sharing"), _opt("not_possible", "phone_number")],
                    ("possible", "not_possible")) == set()
