"""The error signatures of `models.error_signatures` (issue 7, session 16): errors grouped by sentence, counted by set."""
from __future__ import annotations

from typing import Any

from models.error_signatures import Finding, collect, document_signatures, first_cue, sentence_at, OPT_CUES
from models.evaluate import GoldDocument
from models.extract import extract_text

TEXT = ("WhatsApp teilt Daten. Nutzer können der Weitergabe ihrer Daten an Facebook widersprechen. "
        "Die Nummer geht trotzdem an Facebook.")


def _doc(name: str, opt: list[tuple[str, str, str]], prices: list[dict[str, Any]] | None = None) -> GoldDocument:
    gold = {"price": prices or [], "data_shared": [], "acquisition_year": None,
            "opt_out": [{"stance": s, "scope": sc, "text": t} for s, sc, t in opt]}
    return GoldDocument(name, TEXT, gold)


def _claim(stance: str, scope: str, sentence: str) -> dict[str, Any]:
    return {"type": "opt_out", "stance": stance, "scope": scope, "sentence": sentence}


WIDE = "Nutzer können der Weitergabe ihrer Daten an Facebook widersprechen"
NUMBER = "Die Nummer geht trotzdem an Facebook"


def test_a_wrong_scope_is_paired_with_the_gold_scope_of_its_stance_and_says_what_the_rules_gave() -> None:
    doc = _doc("a-1", [("possible", "all_sharing", WIDE), ("not_possible", "phone_number", NUMBER)])
    claims = [_claim("possible", "unspecified", WIDE + "."), _claim("not_possible", "phone_number", NUMBER + ".")]
    findings = list(document_signatures(doc, claims))
    errors = [f for f in findings if f.signature]
    assert errors == [Finding("opt scope confusion got unspecified gold all_sharing [possible] | widerspruch",
                              "opt possible/unspecified | widerspruch", WIDE + ".")]  # the gold's sentence
    # the right item is counted as agreed under the key of what the rules gave
    assert Finding(None, "opt not_possible/phone_number | -") in findings


def test_flips_misses_and_false_items_alone() -> None:
    doc = _doc("a-2", [("possible", "ads", WIDE)])
    flipped = [f.signature for f in document_signatures(doc, [_claim("not_possible", "ads", WIDE)]) if f.signature]
    assert flipped == ["opt scope flip got not_possible gold possible [ads] | widerspruch"]
    missed = [(f.signature, f.given) for f in document_signatures(doc, []) if f.signature]
    assert missed == [("opt scope missed possible/ads | widerspruch", None)]
    alone = [f.signature for f in document_signatures(_doc("a-3", []), [_claim("not_possible", "unspecified", NUMBER)])]
    assert alone == ["opt scope false not_possible/unspecified | -"]


def test_a_signature_is_counted_by_set_with_the_items_the_gold_agrees_with() -> None:
    wrong = [_claim("possible", "unspecified", WIDE)]
    named = [("one", _doc("x-1", [("possible", "all_sharing", WIDE)])),
             ("two", _doc("y-1", [("possible", "all_sharing", WIDE)])),
             ("two", _doc("y-2", [("possible", "unspecified", WIDE)]))]
    table = collect(named, {"x-1": wrong, "y-1": wrong, "y-2": wrong})
    row = next(r for r in table.table() if "confusion" in r[0])
    assert row[1:4] == (2, 2, (1, 1))  # two sets, two items; the gold agrees once, in one set
    assert table.table(min_sets=3) == []
    assert table.sentences[row[0]]["y-1"] == WIDE + "."  # what `--ids` prints beside the document


def test_a_moment_counts_only_for_a_right_price() -> None:
    price = {"text": "19 Milliarden Dollar", "value": 19e9, "currency": "USD", "moment": "announced"}
    doc = GoldDocument("m-1", "Der Deal\nFacebook zahlte 19 Milliarden Dollar.", {"price": [price], "opt_out": [], "data_shared": []})
    got = [{"type": "price", "value": 19000000000, "currency": "USD", "moment": "unspecified", "sentence": ""}]
    assert [f.signature for f in document_signatures(doc, got) if f.signature] == [
        "moment got unspecified gold announced | past_buy | 2014_text"]
    wrong_value = [{**got[0], "value": 16000000000}]
    assert [f.signature for f in document_signatures(doc, wrong_value) if f.signature] == [
        "price confusion got 16000000000 gold 19000000000 [USD] | body"]


def test_sentence_and_cue() -> None:
    assert sentence_at(TEXT, "Weitergabe ihrer Daten") == WIDE + "."
    assert sentence_at(TEXT, "not in the text") == "not in the text"
    assert first_cue("Dem kann man nicht widersprechen", OPT_CUES) == "widerspruch"
    assert first_cue("Die Nummer geht an Facebook", OPT_CUES) == "-"


def test_sentence_at_cuts_where_the_extractor_cuts() -> None:
    # an ordinal date, abbreviations ("ca.", "Mrd.", "z.B.") and a heading line: a split at every period would cut
    # the first sentence three times; the signatures read the extractor's sentence (models.sentences, one splitter)
    text = ("Der Deal\nFacebook kaufte WhatsApp am 19. Februar 2014 für ca. 19 Mrd. Dollar. "
            "Seit 2016 gibt WhatsApp z.B. die Telefonnummer an Facebook weiter! Widersprechen können Nutzer dem nicht.")
    claims = extract_text(text)
    assert {c["type"] for c in claims} == {"acquisition_year", "price", "data_shared", "opt_out"}
    for claim in claims:
        assert sentence_at(text, claim["text"]) == claim["sentence"]
    assert sentence_at(text, "Der Deal") == "Der Deal"
