"""The learned data_shared stage's precision guards (models/learned/ds_guards.py, option `guards`, variant V6)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.learned import ds_guards
from models.learned.ds_options import VARIANTS, Options
from models.learned.features import Mention, Sentence, doc_sentences, rule_cue_tests
from models.claims import claims_of
from models.learned.stage import candidates, settings, stage_words
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


def _sentence(index: int, blocked: str = "", **anchor: bool) -> Sentence:
    return Sentence(index, index * 10, index * 10 + 9, [Mention(index * 10, index * 10 + 4, "contacts", "strong")],
                    True, False, words=["kontakt"], context_words=["<facebook"], ds_blocked=blocked, **anchor)


def test_v6_classifies_v5s_sentences_but_those_a_guard_holds() -> None:
    ruled = {2, 5}
    sentences = [
        _sentence(0, under_intro=True),  # anchored only by the wide anchor
        _sentence(1, names_buyer=True),
        _sentence(2, "hearsay"),  # a rule claim here (V5 reads ruled sentences): the guard still holds
        _sentence(3, ds_guards.NO_TRANSFER),  # yields to the rule claim in sentence 2
        _sentence(4, "advice", under_intro=True),
        _sentence(5),  # a ruled sentence, no guard
    ]
    v5, v6 = (candidates(sentences, ruled, VARIANTS[name]) for name in ("V5", "V6"))
    assert [s.index for s in v5] == [0, 1, 2, 3, 4, 5]
    assert [s.index for s in v6] == [0, 1, 3, 5]
    assert all(stage_words(s, VARIANTS["V6"]) == stage_words(s, VARIANTS["V5"]) == ["kontakt", "<facebook"] for s in v6)


def _verdicts(cases: dict[str, dict]) -> dict[str, str]:
    return {frame: ds_guards.blocked(**case) for frame, case in cases.items()}


def _case(sentence: str, **given) -> dict:
    """`ds_guards.blocked`'s arguments for a sentence: nothing given but what `given` says."""
    return {"low": sentence.lower(), "original": sentence, "buyer_at": [], "own_transfer": False, "borrowed": False,
            "intro": "", "item": False, "mention_ends": [], **given}


# One sentence per frame of ds_guards.json that the frame alone decides, with the guard's verdict.
FRAME_CASES = {
    "hearsay": (_case("Man hört, dass WhatsApp die Kontakte an Facebook gibt.", buyer_at=[40], own_transfer=True), "hearsay"),
    "setting_label": (_case("Im Menü gibt es einen Schalter, die Nummer mit Facebook zu teilen.", buyer_at=[47]), "user choice"),
    "choice_condition": (_case("Wer mag, gibt die Kontakte an Facebook.", buyer_at=[30]), "user choice"),
    "refused_that": (_case("Man kann ablehnen, dass die Nummer bei Facebook für Werbung genutzt wird.", buyer_at=[39]), "user choice"),
    "advice_intro": (_case("- die Kontakte nicht freigeben", borrowed=True, intro="unsere tipps für nutzer:", item=True), "advice"),
    "imperative": (_case("Verbergen Sie die Nummer vor Facebook.", buyer_at=[29]), "advice"),
    "topic_label": (_case("WhatsApp und Facebook: Die Nummer meiner Nachbarin steht im Telefonbuch.", buyer_at=[13]),
                    ds_guards.NO_TRANSFER),
    "state_after_mention": (_case("Die Kontakte sind verschlüsselt.", borrowed=True, mention_ends=[12]), "state"),
}


def _reading(sentence: str, **given) -> dict:
    """`ds_guards.unasserted`'s arguments for a sentence: nothing given but what `given` says."""
    return {"low": sentence.lower(), "before": "", "buyer_named": False, "own_transfer": False, "strong_transfer": False,
            **given}


# The same for the reading guards (`ds_guards.unasserted`, option `reading_guards`).
READING_CASES = {
    "worry": (_reading("Die Verknüpfung könne das größte Adressbuch der Welt schaffen.",
                       before="datenschützer äußern bedenken:"), "worry"),
    "subjunctive": (_reading("Kritiker befürchten, Facebook könne die Nummern auswerten.", buyer_named=True), "worry"),
    "open_question": (_reading("Was mit den Nummern geschehe, sei offen.", buyer_named=True), "open question"),
    "collection": (_reading("Die Richtlinie nennt Ihre Telefonnummer."), "collection"),
    "negated_use": (_reading("Facebook werde die Nummern nicht verwenden, um Anzeigen zu personalisieren.",
                             buyer_named=True, own_transfer=True), "negated use"),
    "use_purpose": (_reading("Die Nummern werden nicht für Werbung genutzt.", own_transfer=True), "negated use"),
}


def _reading_verdicts(cases: dict[str, dict]) -> dict[str, str]:
    return {frame: ds_guards.unasserted(**case) for frame, case in cases.items()}


# The subject guard's frames (`ds_guards.users_act`, option `subject_guard`): a sentence each frame decides, its
# verdict, and the verdict when only that frame never matches (the passive auxiliary is what keeps its guard off).
USERS_CASES = {
    "weak_verb": ("Die Nutzer erfahren es aus der Zeitung.", ds_guards.USERS_ACT, ""),
    "users_first": ("Die Kunden nutzen ihre Nummer weiter.", ds_guards.USERS_ACT, ""),
    "users_next": ("Seit Jahren nutzen viele Menschen den Messenger.", ds_guards.USERS_ACT, ""),
    "users_after_opener": ("Die Statistik zeigt, wie oft sie die App verwenden.", ds_guards.USERS_ACT, ""),
    "passive_after": ("Bekannt ist, dass sie verwendet werden.", "", ds_guards.USERS_ACT),
}


# The visibility guard's frames (`ds_guards.visible_to_other`, option `visibility_guard`, learned22): a sentence each
# frame decides, its verdict, and the verdict when only that frame never matches.
VISIBILITY_CASES = {
    "visibility": ("für werbekunden sind die nummern nicht sichtbar.", True, False),
    "visible_for": ("für werbekunden sind die nummern nicht sichtbar.", True, False),
    "visible_for_buyer": ("die nummern sind für den konzern sichtbar.", False, True),
}

# The store guard's own frame (`ds_guards.stored_by_sender`, option `store_guard`, learned23; it reads the buyer's
# names of "visible_for_buyer" too, and since session 17 the rules' strong transfer cue instead of a frame of its own):
# a sentence the frame decides, its verdict, and the verdict without the frame.
STORE_CASES = {
    "store_verb": ("gespeichert werden außerdem die telefonnummer und das profilbild.", True, False),
}
# The user-provides reading (`ds_guards.provided_by_user`, option `store_guard`, session 49, ds49): its frame decides.
PROVIDES_CASES = {
    "user_provides": ("angaben, die du bereitstellst: nummer und profilbild.", True, False),
}

def _users_verdict(sentence: str) -> str:
    return ds_guards.users_act(sentence.lower(), named=False, strong_transfer=False)


def test_every_frame_of_the_guards_file_decides_a_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each frame's sentence gets its guard's verdict, and loses it when only that frame is made to never match:
    a frame the code no longer reads (or one added without a case here) fails."""
    spec = json.loads(ds_guards.GUARDS_FILE.read_text(encoding="utf-8"))
    assert set(FRAME_CASES) | set(READING_CASES) | set(USERS_CASES) | set(VISIBILITY_CASES) | set(STORE_CASES) | set(PROVIDES_CASES) == {
        name for name, value in spec.items() if not name.startswith("_") and isinstance(value, str)}
    for table, verdicts in ((FRAME_CASES, _verdicts), (READING_CASES, _reading_verdicts)):
        cases = {frame: case for frame, (case, _) in table.items()}
        assert verdicts(cases) == {frame: verdict for frame, (_, verdict) in table.items()}
        for frame in table:
            file = tmp_path / f"without_{frame}.json"
            file.write_text(json.dumps({**spec, frame: "(?!)"}), encoding="utf-8")
            monkeypatch.setattr(ds_guards, "GUARDS_FILE", file)
            assert verdicts({frame: cases[frame]}) == {frame: ""}, frame
            monkeypatch.undo()
    for frame, (sentence, verdict, without) in USERS_CASES.items():
        assert _users_verdict(sentence) == verdict, frame
        file = tmp_path / f"without_{frame}.json"
        file.write_text(json.dumps({**spec, frame: "(?!)"}), encoding="utf-8")
        monkeypatch.setattr(ds_guards, "GUARDS_FILE", file)
        assert _users_verdict(sentence) == without, frame
        monkeypatch.undo()
    cue_tests = rule_cue_tests()
    for guard, cases, args in (("visible_to_other", VISIBILITY_CASES, ()), ("stored_by_sender", STORE_CASES, (cue_tests,)),
                               ("provided_by_user", PROVIDES_CASES, (cue_tests,))):
        for frame, (sentence, held, without) in cases.items():
            assert getattr(ds_guards, guard)(sentence, *args) is held, frame
            file = tmp_path / f"without_{frame}.json"
            file.write_text(json.dumps({**spec, frame: "(?!)"}), encoding="utf-8")
            monkeypatch.setattr(ds_guards, "GUARDS_FILE", file)
            assert getattr(ds_guards, guard)(sentence, *args) is without, frame
            monkeypatch.undo()


@pytest.mark.parametrize(
    ("why", "sentence", "buyer_named", "strong_transfer"),
    [
        # the phrasing: the users learn it, WhatsApp knows it, one uses the numbers ("man": nobody named)
        (ds_guards.USERS_ACT, "In der neuen Übersicht erfahren die Nutzer, wie lange sie die App benutzen.", False, False),
        (ds_guards.USERS_ACT, "Was WhatsApp über seine Nutzer weiß, steht in der Auskunft.", False, False),
        # near misses: Facebook named, a strong transfer cue, a passive (the data are the subject), a verb without
        # the users as its subject
        ("", "Facebook erfährt, wie lange die Nutzer die App benutzen.", True, False),
        ("", "Die Nutzer erfahren, dass ihre Nummern weitergegeben werden.", False, True),
        ("", "Die Telefonnummern werden künftig für Werbung genutzt.", False, False),
        ("", "Die Nummern der Nutzer nutzt das Netzwerk für Werbung.", False, False),
        ("", "Die Nutzer erfahren nicht, wer ihre Nummern künftig nutzt.", False, False),
    ],
)
def test_subject_guard_reads_whose_act_the_weak_verb_is(why: str, sentence: str, buyer_named: bool, strong_transfer: bool) -> None:
    assert ds_guards.users_act(sentence.lower(), named=buyer_named, strong_transfer=strong_transfer) == why


def test_a_pronoun_taken_for_facebook_does_not_name_it() -> None:
    low = "facebook erfährt, wie oft sie die app nutzen."
    assert ds_guards.buyer_named(low, [(0, 8)]) and not ds_guards.buyer_named(low, [(26, 29)])


def test_subject_guard_is_read_for_every_record_and_holds_with_its_option_only(rules) -> None:
    doc = rules("WhatsApp gehört zu Facebook. In der neuen Übersicht erfahren die Nutzer, wie lange sie die App benutzen.")
    found = {doc.text[s.start:s.end].strip(): s.ds_users_act for s in doc_sentences(doc, every=True)}
    assert found["In der neuen Übersicht erfahren die Nutzer, wie lange sie die App benutzen."] == ds_guards.USERS_ACT
    assert found["WhatsApp gehört zu Facebook."] == ""
    users = Sentence(3, 0, 10, [Mention(0, 4, "usage_data", "strong")], True, False, transfer_before=True,
                     ds_users_act=ds_guards.USERS_ACT)
    assert candidates([users], set(), VARIANTS["V10"]) == [users]
    assert candidates([users], set(), VARIANTS["V15"]) == []


@pytest.mark.parametrize(
    ("why", "text", "sentence"),
    [
        ("worry", "Facebook kauft WhatsApp. Datenschützer haben Bedenken: Der Abgleich der Telefonnummern mit Facebook"
                  " könne zu einem riesigen Adressbuch führen.",
         "Datenschützer haben Bedenken: Der Abgleich der Telefonnummern mit Facebook könne zu einem riesigen Adressbuch führen."),
        ("open question", "Meta übernimmt WhatsApp. Ob auch die Kontakte bei Facebook landen, ist noch unklar.",
         "Ob auch die Kontakte bei Facebook landen, ist noch unklar."),
        ("collection", "WhatsApp gibt Daten an Facebook. Die neuen Regeln nennen auch den Standort und die Kontakte.",
         "Die neuen Regeln nennen auch den Standort und die Kontakte."),
        ("negated use", "Meta kaufte WhatsApp. Der Konzern versprach, die Handynummern nie für Werbung zu nutzen.",
         "Der Konzern versprach, die Handynummern nie für Werbung zu nutzen."),
        # near misses: an assurance in reported speech, criticism of a transfer stated as fact, Facebook collecting
        ("", "Meta kaufte WhatsApp. Die Kontakte würden nicht an Facebook weitergegeben, hieß es.",
         "Die Kontakte würden nicht an Facebook weitergegeben, hieß es."),
        ("", "Meta kaufte WhatsApp. Kritiker bemängeln, dass WhatsApp die Telefonnummer an Facebook weitergibt.",
         "Kritiker bemängeln, dass WhatsApp die Telefonnummer an Facebook weitergibt."),
        ("", "Meta kaufte WhatsApp. Facebook sammelt nun auch die Telefonnummern der Nutzer.",
         "Facebook sammelt nun auch die Telefonnummern der Nutzer."),
    ],
)
def test_reading_guards_tell_an_unasserted_reading(rules, why: str, text: str, sentence: str) -> None:
    doc = rules(text)
    assert {doc.text[s.start:s.end].strip(): s.ds_unasserted for s in doc_sentences(doc)}[sentence] == why


def test_reading_guards_hold_with_their_option_only() -> None:
    worried = Sentence(3, 0, 10, [Mention(0, 4, "contacts", "strong")], True, False, names_buyer=True, ds_unasserted="worry")
    assert candidates([worried], {3}, VARIANTS["V10"]) == [worried]
    assert candidates([worried], {3}, VARIANTS["V13"]) == []  # a rule claim in it does not lift it


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


def test_a_konjunktiv_ii_head_with_its_zu_infinitive_is_hypothetical() -> None:
    """"Das Beste wäre, ... zu teilen" is a thought, not a transfer; "wäre" with no zu-infinitive after it is no guard."""
    thought = _case("Das Einfachste wäre, die Kontakte an Facebook weiterzugeben.", buyer_at=[39], own_transfer=True)
    assert ds_guards.blocked(**thought) == "hypothetical"
    fact = _case("Die Nummer geht an Facebook, das wäre früher undenkbar gewesen.", buyer_at=[19], own_transfer=True)
    assert ds_guards.blocked(**fact) == ""


def test_buyer_beyond_label_ignores_a_leading_topic_label() -> None:
    """One test for both guard lists (`blocked`, and `unasserted` through features): Facebook in a leading
    "Facebook und WhatsApp:" label names the topic; named after it, a party."""
    low = "facebook und whatsapp: die nummer geht an facebook."
    assert not ds_guards.buyer_beyond_label(low, [0])
    assert ds_guards.buyer_beyond_label(low, [0, low.rindex("facebook")])
    assert ds_guards.buyer_beyond_label("die nummer geht an facebook.", [19])
    assert not ds_guards.buyer_beyond_label("die nummer bleibt hier.", [])


def test_later_variants_are_v10_plus_one_option() -> None:
    """V11..V14 are V10 with the option they were declared for, nothing else (written with dataclasses.replace)."""
    v10 = Options(ruled_sentences=True, context_words=True, wide_anchor=True, guards=True, message_not_shared=True,
                  message_anchor=True)
    assert VARIANTS["V10"] == v10
    assert VARIANTS["V11"] == Options(**{**v10.__dict__, "veto": 0.1})
    assert VARIANTS["V12"] == Options(**{**v10.__dict__, "veto": 0.2})
    assert VARIANTS["V13"] == Options(**{**v10.__dict__, "reading_guards": True})
    assert VARIANTS["V14"] == Options(**{**v10.__dict__, "veto": 0.1, "reading_guards": True})
    assert VARIANTS["V15"] == Options(**{**v10.__dict__, "subject_guard": True})
    assert VARIANTS["V16"] == Options(**{**v10.__dict__, "phrasing_guards": True})


def test_phrasing_guards_read_the_rules_topic_and_derived_from_phrasings_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """Option `phrasing_guards` (session 14 round 2): the rules' `topic_statement` and `derived_from` patterns, by
    name (one pattern for rules and guard); a topic sentence with a transfer cue of its own is no topic statement, and
    a rule tree without the names (older blind-rules trees) guards nothing."""
    import models.data_shared_phrases as phrases

    assert ds_guards.rule_phrasings() == {"topic": (phrases.PHRASES["topic_statement"], phrases.PHRASES["encryption_since"]),
                                          "derived": (phrases.PHRASES["derived_from"], phrases.PHRASES["collected_wh_object"],
                                                      phrases.PHRASES["setting_relative"], phrases.PHRASES["prohibited_transfer"],
                                                      phrases.PHRASES["guarantee_that"], phrases.PHRASES["aimed_that_clause"])}
    # session 39 (ds39): a that-clause under a denied guarantee is never claimed by the stage either
    nobody = "niemand kann versprechen, dass der standort nicht an facebook geht."
    assert ds_guards.derived_spans(nobody) and "standort" in nobody[slice(*ds_guards.derived_spans(nobody)[0])]
    # session 35 (ds35): a switch's relative clause is a label, its data never claimed by the stage either
    switch = "im menü gibt es einen schieberegler, mit dem das teilen der kontodaten gesteuert wird."
    assert ds_guards.derived_spans(switch) and "kontodaten" in switch[slice(*ds_guards.derived_spans(switch)[0])]
    # D39 (c), session 28 (d39): encryption told as a fact since its date is a topic, no statement of what Facebook gets.
    since = "seit april 2016 sind alle nachrichten ende-zu-ende-verschlüsselt."
    assert ds_guards.topic_statement(since, own_transfer=False) == ds_guards.TOPIC
    topic = "laut der anordnung geht es vor allem um die telefonnummer und die kontakte."
    assert ds_guards.topic_statement(topic, own_transfer=False) == ds_guards.TOPIC
    assert ds_guards.topic_statement(topic, own_transfer=True) == ""
    assert ds_guards.topic_statement("whatsapp gibt die telefonnummer an facebook weiter.", own_transfer=False) == ""
    derived = "facebook bekommt die ip-adresse, aus der sich der standort ableiten lässt."
    (span,) = ds_guards.derived_spans(derived)
    assert derived[span[0]:span[1]].startswith(", aus der") and derived.index("standort") in range(*span)
    # (session 22, ds35) a wh-clause a verb of collecting takes as its object is unclaimed as well
    collected = "whatsapp sammelt, wer mit wem schreibt, und gibt manches an facebook weiter."
    (span,) = ds_guards.derived_spans(collected)
    assert collected.index("wer mit wem") in range(*span)
    monkeypatch.setattr(phrases, "PHRASES", None)
    ds_guards.rule_phrasings.cache_clear()
    try:
        assert ds_guards.rule_phrasings() == {"topic": (), "derived": ()}
        assert ds_guards.topic_statement(topic, own_transfer=False) == "" and ds_guards.derived_spans(derived) == []
    finally:
        ds_guards.rule_phrasings.cache_clear()


def test_phrasing_guards_hold_with_their_option_only(rules) -> None:
    doc = rules("Meta kaufte WhatsApp. Die Behörde verbietet die Weitergabe. Dabei geht es um die Telefonnummer und den "
                "Standort. WhatsApp übermittelt die IP-Adresse an Facebook, aus der sich der Standort ableiten lässt.")
    found = {doc.text[s.start:s.end].strip()[:20]: s for s in doc_sentences(doc, every=True)}
    topic, derived = found["Dabei geht es um die"], found["WhatsApp übermittelt"]
    assert topic.ds_topic == ds_guards.TOPIC and not derived.ds_topic
    (held,) = derived.ds_derived
    assert doc.text[held[0]:held[1]].startswith(", aus der sich der Standort")
    assert candidates([topic], set(), VARIANTS["V10"]) == [topic]
    assert candidates([topic], set(), VARIANTS["V16"]) == []
    assert candidates([topic], {topic.index}, VARIANTS["V16"]) == [topic]  # the rules' topic reading wins
    from models.learned.stage import decide_with
    probs = {"shared": 0.95, "not_shared": 0.0}
    location = [m for m in derived.mentions if m.data_type == "location"]
    assert location and all(held[0] <= m.start < held[1] for m in location)
    types = {name: {c.data_type for c in decide_with(VARIANTS[name], doc.text, derived, probs, 0.5)} for name in ("V10", "V16")}
    assert "location" in types["V10"] and "location" not in types["V16"] and types["V16"]


def test_what_the_user_provides_to_the_company_is_collection() -> None:
    """Session 49 (ds49): a policy's "die du bereitstellst" / "stellst uns ... zur Verfügung" with no Facebook named
    and no transfer cue beside it is what the company collects; Facebook named, or a passing on beside it, is not."""
    tests = rule_cue_tests()
    assert ds_guards.provided_by_user("angaben, die du bereitstellst: nummer und profilbild.", tests)
    assert ds_guards.provided_by_user("mit der kontaktsuche stellst du uns die nummern deiner kontakte zur verfügung.", tests)
    assert not ds_guards.provided_by_user("whatsapp stellt facebook die nummern zur verfügung.", tests)
    assert not ds_guards.provided_by_user("was du uns bereitstellst, geben wir an den mutterkonzern weiter.", tests)
    assert not ds_guards.provided_by_user("die nummern gehen an die muttergesellschaft.", tests)


def test_a_negating_determiner_opens_the_mentions_phrase() -> None:
    """Session 49 (ds49): "aber keine Chatinhalte" in a verbless list keeps that phrase back (the stage's shared label
    of the sentence does not reach it); "nicht nur" or a determiner of another phrase does not."""
    from models.learned.stage import kein_before

    text = "Nummer, Gerätedaten, aber keine privaten Chatinhalte"
    assert kein_before(text, text.index("Chatinhalte"))
    text = "Nummer und keine Sorge: auch die Gerätedaten"
    assert not kein_before(text, text.index("Gerätedaten"))
    text = "Es gibt keinen Zweifel: Facebook bekommt die Nummer"
    assert not kein_before(text, text.index("Nummer"))
