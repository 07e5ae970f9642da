"""The learned data_shared stage's precision guards (models/learned/ds_guards.py, option `guards`, variant V6)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.learned import ds_guards
from models.learned.ds_options import VARIANTS, Options
from models.learned.features import Mention, Sentence, doc_sentences
from models.claims import claims_of
from models.learned.stage import candidates, settings
from models.pipeline import RULE_COMPONENTS, build_pipeline


@pytest.fixture(scope="module")
def rules():
    return build_pipeline(RULE_COMPONENTS)


def _reasons(rules, text: str) -> dict[str, str]:
    """Sentence text -> the guards' reason, for every sentence of `text` with a data mention."""
    doc = rules(text)
    return {doc.text[s.start:s.end].strip(): s.ds_blocked for s in doc_sentences(doc)}


@pytest.mark.parametrize(
    ("why", "text", "sentence"),
    [
        # knowledge or possession of a person or the app, after a deal sentence: nothing goes anywhere
        ("no transfer", "Meta hat WhatsApp übernommen. Mein Bruder hat die Handynummer seiner Chefin.",
         "Mein Bruder hat die Handynummer seiner Chefin."),
        # data only "betroffen": a question that states no transfer, and its answer
        ("no transfer", "Meta übernimmt WhatsApp. Was ist betroffen? Der Standort und die Kontakte.",
         "Der Standort und die Kontakte."),
        # a label naming the two companies is not a clause about Facebook
        ("no transfer", "WhatsApp und Facebook: Die Handynummer meiner Nachbarin steht im Telefonbuch.",
         "WhatsApp und Facebook: Die Handynummer meiner Nachbarin steht im Telefonbuch."),
        ("hearsay", "Meta kaufte WhatsApp. Man hört oft, dass WhatsApp die Kontakte an Facebook übermittelt.",
         "Man hört oft, dass WhatsApp die Kontakte an Facebook übermittelt."),
        ("user choice", "Meta kaufte WhatsApp. Im Menü gibt es einen Schalter, die Telefonnummer mit Facebook zu teilen.",
         "Im Menü gibt es einen Schalter, die Telefonnummer mit Facebook zu teilen."),
        ("advice", "Meta übernimmt WhatsApp\nUnsere Tipps für Nutzer:\n- die Kontakte nicht freigeben\n- den Standort ausschalten",
         "- die Kontakte nicht freigeben"),
        ("advice", "Meta kaufte WhatsApp. Verbergen Sie die Telefonnummer vor Facebook.",
         "Verbergen Sie die Telefonnummer vor Facebook."),
        # the transfer is borrowed from the question, the answer only says what the data are like
        ("state", "Meta kaufte WhatsApp. Was bekommt Facebook künftig? Die Kontakte sind verschlüsselt.",
         "Die Kontakte sind verschlüsselt."),
    ],
)
def test_guards_block_a_sentence_that_states_no_transfer(rules, why: str, text: str, sentence: str) -> None:
    assert _reasons(rules, text)[sentence] == why


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # Facebook named as where the data lie: no transfer verb needed (the stage's purpose)
        ("Meta hat WhatsApp gekauft. Seit Mai liegt die Handynummer aller Nutzer auch beim Mutterkonzern.",
         "Seit Mai liegt die Handynummer aller Nutzer auch beim Mutterkonzern."),
        # a list under a question that asks what Facebook receives
        ("Meta kaufte WhatsApp.\nWas bekommt Facebook?\n- die Kontakte der Nutzer\n- die Gerätedaten", "- die Kontakte der Nutzer"),
        # borrowed transfer and a copula, but with a place, not an adjective (a name is capitalised)
        ("Meta kaufte WhatsApp. Was bekommt Facebook künftig? Die Kontakte sind bald bei Facebook.",
         "Die Kontakte sind bald bei Facebook."),
        # after the label, Facebook is named in the clause itself
        ("WhatsApp und Facebook: Die Handynummer geht an Facebook.", "WhatsApp und Facebook: Die Handynummer geht an Facebook."),
        # "heißt es" in a company's statement is no hearsay frame
        ("Meta kaufte WhatsApp. In der Mitteilung heißt es, die Kontakte gingen an Facebook.",
         "In der Mitteilung heißt es, die Kontakte gingen an Facebook."),
    ],
)
def test_guards_leave_a_transfer_statement_alone(rules, text: str, sentence: str) -> None:
    assert _reasons(rules, text)[sentence] == ""


def test_no_transfer_yields_to_a_rule_claim_before() -> None:
    sentence = Sentence(4, 0, 10, [Mention(0, 4, "location", "strong")], True, False, names_buyer=True, ds_blocked=ds_guards.NO_TRANSFER)
    guarded = Options(guards=True)
    assert candidates([sentence], set(), guarded) == []
    assert candidates([sentence], {2}, guarded) == [sentence]  # the rules read a transfer two sentences before
    assert candidates([sentence], {6}, guarded) == []  # (a claim after it does not count)
    assert candidates([sentence], set()) == [sentence]  # without the option the guards are not read
    hearsay = Sentence(4, 0, 10, [Mention(0, 4, "location", "strong")], True, False, names_buyer=True, ds_blocked="hearsay")
    assert candidates([hearsay], {2}, guarded) == []


def test_v6_is_v5_with_guards() -> None:
    assert VARIANTS["V6"] == Options(**{**VARIANTS["V5"].__dict__, "guards": True})


def test_every_frame_of_the_guards_file_is_read() -> None:
    spec = json.loads(ds_guards.GUARDS_FILE.read_text(encoding="utf-8"))
    source = Path(ds_guards.__file__).read_text(encoding="utf-8")
    assert all(f'"{name}"' in source for name in spec if not name.startswith("_"))


@pytest.mark.parametrize(
    "text",
    [
        "Meta hat WhatsApp übernommen. Mein Bruder hat die Handynummer seiner Chefin.",
        "Meta übernimmt WhatsApp\nUnsere Tipps für Nutzer:\n- die Kontakte nicht freigeben\n- den Standort nicht teilen",
        "Meta kaufte WhatsApp. Im Menü gibt es einen Schalter, die Telefonnummer mit Facebook zu teilen.",
        "Meta kaufte WhatsApp. Was bekommt Facebook künftig? Die Kontakte sind verschlüsselt.",
    ],
)
def test_the_shipped_stage_adds_nothing_where_a_guard_holds(rules, text: str) -> None:
    """The shipped settings read the guards (V6): the full pipeline claims no more than the rules do."""
    assert Options.from_settings(settings()).guards is True
    full = build_pipeline()
    claims = [{(c.fields["data_type"], c.fields["shared"]) for c in claims_of(nlp(text)) if c.type == "data_shared"}
              for nlp in (rules, full)]
    assert claims[1] == claims[0]
