"""The learned data_shared stage (models/learned/): labelling, training, the shipped model, the version."""
from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from models import version
from models.claims import claims_of
from models.context import Sentences, doc_text
from models.learned import classifier
from models.learned.dataset import DATA_LABELS, NOT_SHARED, SHARED, find_span, label_sentences
from models.learned.features import DATA, BUYER, Mention, Sentence, doc_sentences
from models.learned.ds_options import VARIANTS, Options
from models.learned.stage import LearnedDataShared, candidates, decide, ruled_data_types, settings, shipped_model, stage_words
from models.pipeline import RULE_COMPONENTS, build_pipeline

MODELS = Path(version.__file__).parent


@pytest.fixture(scope="module")
def rules():
    return build_pipeline(RULE_COMPONENTS)


@pytest.fixture(scope="module")
def full():
    return build_pipeline()


def _data_claims(doc) -> set[tuple[str, bool]]:
    return {(c.fields["data_type"], c.fields["shared"]) for c in claims_of(doc) if c.type == "data_shared"}


def test_find_span_exact_then_loose() -> None:
    text = "Die Nummer geht an Facebook.\nDie  nummer GEHT an Facebook."
    assert find_span(text, "Die Nummer geht") == [(0, 15)]
    assert find_span(text, "die nummer geht an facebook") == [(0, 27), (29, 57)]
    assert find_span(text, "Telefonbuch") == []


def test_sentences_are_labelled_from_gold_spans(rules) -> None:
    text = ("Facebook hat WhatsApp gekauft. Seit dem Herbst bekommt der Konzern auch die Handynummer. "
            "Die Chats dagegen liest Facebook nicht mit. Das Wetter war schön.")
    doc = rules(text)
    sents = Sentences.of(doc)
    mentions = {s.index: s for s in doc_sentences(doc)}
    items = [
        {"type": "phone_number", "shared": True, "text": "bekommt der Konzern auch die Handynummer"},
        {"type": "message_content", "shared": False, "text": "Die Chats dagegen liest Facebook nicht mit"},
        {"type": "contacts", "shared": True, "text": "kommt nirgends vor"},
    ]
    stats: Counter = Counter()
    labels = label_sentences(doc_text(doc), sents, mentions, items, stats)
    assert labels == {1: {SHARED: True, NOT_SHARED: False}, 2: {SHARED: False, NOT_SHARED: True}}
    assert stats == Counter({"span found once": 2, "span not found": 1})


def test_an_ambiguous_span_goes_to_the_sentence_naming_its_data_type(rules) -> None:
    text = ("WhatsApp gehört Facebook. Das geht an Facebook: die Telefonnummer. "
            "Und auch das geht an Facebook: der Standort.")
    doc = rules(text)
    mentions = {s.index: s for s in doc_sentences(doc)}
    stats: Counter = Counter()
    labels = label_sentences(doc_text(doc), Sentences.of(doc), mentions, [{"type": "location", "shared": True, "text": "geht an Facebook"}], stats)
    located = [si for si, got in labels.items() if got[SHARED]]
    assert len(located) == 1 and "Standort" in doc_text(doc)[Sentences.of(doc).span(located[0])[0]:Sentences.of(doc).span(located[0])[1]]
    assert stats["ambiguous, resolved by data type"] == 1


def test_words_generalise_data_and_parties(rules) -> None:
    doc = rules("Facebook kaufte WhatsApp. Ab sofort bekommt Facebook die Telefonnummer der Nutzer.")
    sentence = doc_sentences(doc)[0]
    assert DATA in sentence.words and BUYER in sentence.words
    assert "telefonnummer" not in sentence.words  # the data word itself is never a feature


def test_training_on_a_tiny_set_separates_two_obvious_sentences() -> None:
    shared = ["__fb__", "bekommen", "der", DATA]
    kept = ["__fb__", "sehen", "der", DATA, "nicht"]
    other = ["der", DATA, "sein", "lang"]
    data = [(shared, {SHARED: True, NOT_SHARED: False}), (kept, {SHARED: False, NOT_SHARED: True}),
            (other, {SHARED: False, NOT_SHARED: False})] * 8
    model = classifier.train(data, DATA_LABELS, seed=1, epochs=30)
    p_shared, p_kept, p_other = classifier.predict(model, [shared, kept, other])
    # (a bag of n-grams with spaCy's default step learns slowly: the order is what matters)
    assert p_shared[SHARED] > p_kept[SHARED] + 0.15 and p_shared[SHARED] > p_other[SHARED] + 0.15
    assert p_kept[NOT_SHARED] > p_shared[NOT_SHARED] + 0.15 and p_kept[NOT_SHARED] > p_other[NOT_SHARED] + 0.15
    again = classifier.train(data, DATA_LABELS, seed=1, epochs=30)
    assert classifier.predict(again, [shared]) == [p_shared]  # deterministic from the seed


def test_weights_round_trip(tmp_path: Path) -> None:
    data = [(["__fb__", "bekommen", DATA], {SHARED: True, NOT_SHARED: False}), (["wetter", "schön"], {SHARED: False, NOT_SHARED: False})]
    model = classifier.train(data, DATA_LABELS, epochs=2)
    loaded = classifier.load(classifier.save(model, tmp_path / "w.bin"), DATA_LABELS)
    assert classifier.predict(loaded, [data[0][0]]) == classifier.predict(model, [data[0][0]])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no transfer verb of the rules' lists: the classifier reads the statement
        ("Facebook hat WhatsApp gekauft. Seit dem Sommer liegt die Telefonnummer jedes Nutzers auch beim Mutterkonzern.",
         {("phone_number", True)}),
        # ("liegen ... bei Facebook" became a rule in session 25; "sich befinden" is still the classifier's alone)
        ("Facebook kaufte WhatsApp. Seit dem Herbst befinden sich auch die Gerätedaten der Nutzer beim Mutterkonzern.",
         {("device_data", True)}),
    ],
)
def test_shipped_stage_adds_what_the_rules_miss(rules, full, text: str, expected: set) -> None:
    assert settings()["enabled"] is True
    assert _data_claims(rules(text)) == set()
    assert _data_claims(full(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # data named, but no transfer to Facebook stated
        "Facebook hat WhatsApp gekauft. Für die Anmeldung bei WhatsApp braucht man nur die Telefonnummer.",
        # a question asserts nothing
        "Facebook hat WhatsApp gekauft. Landet meine Telefonnummer jetzt beim Mutterkonzern?",
        # no deal at all
        "Der Verein sammelt Spenden. Die Telefonnummer steht im Mitgliederverzeichnis.",
    ],
)
def test_shipped_stage_leaves_near_misses_alone(full, text: str) -> None:
    assert _data_claims(full(text)) == set()


def test_disabled_stage_adds_nothing(rules) -> None:
    doc = rules("Facebook hat WhatsApp gekauft. Seit dem Sommer liegt die Telefonnummer jedes Nutzers auch beim Mutterkonzern.")
    LearnedDataShared(shipped_model(), 0.7, enabled=False)(doc)
    assert _data_claims(doc) == set()
    LearnedDataShared(shipped_model(), 0.7, enabled=True)(doc)
    assert _data_claims(doc) == {("phone_number", True)}


def test_both_labels_leave_polarity_to_the_clause_negation() -> None:
    text = "Die Nummer geht an Facebook, die Chats aber nicht."
    sentence = Sentence(0, 0, len(text), [Mention(4, 10, "phone_number", "strong"), Mention(33, 38, "message_content", "strong")], True, False)
    claims = decide(text, sentence, {SHARED: 0.9, NOT_SHARED: 0.8}, 0.7)
    assert {(c.data_type, c.shared) for c in claims} == {("phone_number", True), ("message_content", False)}
    only_shared = decide(text, sentence, {SHARED: 0.9, NOT_SHARED: 0.1}, 0.7)
    assert {c.shared for c in only_shared} == {True}
    assert decide(text, sentence, {SHARED: 0.6, NOT_SHARED: 0.1}, 0.7) == []


def test_the_weights_are_part_of_the_version(tmp_path: Path) -> None:
    root = tmp_path / "models"
    shutil.copytree(MODELS, root, ignore=shutil.ignore_patterns("__pycache__", "heldout"))
    before = version.rules_hash(root)
    assert "learned/data_shared.bin" in {p.relative_to(root).as_posix() for p in version.rule_files(root)}
    weights = root / "learned" / "data_shared.bin"
    weights.write_bytes(weights.read_bytes()[:-1] + b"\x01")
    assert version.rules_hash(root) != before
    unchanged = version.rules_hash(root)
    (root / "learned" / "loso.py").write_text("# measuring tool, not extraction\n", encoding="utf-8")
    assert version.rules_hash(root) == unchanged


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize(
    ("text", "only_ruled"),
    [
        ("Facebook hat WhatsApp gekauft. Seit dem Sommer liegt die Telefonnummer jedes Nutzers auch beim Mutterkonzern. "
         "Dazu kommt der Standort. Sollte das Adressbuch folgen, klagen Verbraucherschützer.", False),
        ("WhatsApp teilt Daten mit Facebook\nWas ist betroffen?\n- die Telefonnummer\n- Gerätedaten\nInstagram teilt die Standortdaten.", False),
        # every data sentence holds a rule claim: candidates only with the ruled_sentences option
        ("Facebook gehört WhatsApp seit 2014. Die Telefonnummer geht an Facebook, auch die Gerätedaten landen dort.\n"
         "Was bleibt privat?\n- die Chats", True),
    ],
)
def test_the_run_time_gate_is_the_measured_gate(rules, text: str, only_ruled: bool, variant: str) -> None:
    """The stage's cheap-first path returns exactly the candidates the leave-one-set-out tool scores, with every
    measured option set (and the words the classifier reads)."""
    options = VARIANTS[variant]
    doc = rules(text)
    ruled = set(ruled_data_types(doc))
    fast = doc_sentences(doc, ruled=ruled, options=options)
    slow = candidates(doc_sentences(doc), ruled, options)
    assert [(s.index, stage_words(s, options)) for s in fast] == [(s.index, stage_words(s, options)) for s in slow]
    assert bool(slow) == (options.ruled_sentences or not only_ruled)  # the texts hold candidates at all


def test_context_words_are_the_sentence_before_and_the_heading_prefixed(rules) -> None:
    doc = rules("Facebook kaufte WhatsApp.\nWas bekommt Facebook?\n- die Telefonnummer der Nutzer\n- die Gerätedaten")
    items = [s for s in doc_sentences(doc) if s.words and s.words[0] == "__list_item__"]
    assert items and all(s.under_intro and s.after_context for s in items)
    first = items[0]
    assert "<bekommen" in first.context_words and "<" + BUYER in first.context_words
    assert not any(w.startswith("<") for w in first.words)  # the sentence's own words are not prefixed
    assert stage_words(first, Options(context_words=True)) == first.words + first.context_words
    assert stage_words(first, Options()) == first.words


def test_ruled_sentences_option_claims_only_types_the_rules_did_not() -> None:
    text = "Die Nummer geht an Facebook, der Standort auch."
    sentence = Sentence(0, 0, len(text), [Mention(4, 10, "phone_number", "strong"), Mention(33, 41, "location", "strong")], True, False)
    claims = decide(text, sentence, {SHARED: 0.9, NOT_SHARED: 0.1}, 0.7, frozenset({"phone_number"}))
    assert {(c.data_type, c.shared) for c in claims} == {("location", True)}
    ruled = Sentence(3, 0, 10, [Mention(0, 4, "location", "strong")], True, False, names_buyer=True)
    assert candidates([ruled], {3}) == []  # the default gate leaves a ruled sentence to the rules
    assert candidates([ruled], {3}, Options(ruled_sentences=True)) == [ruled]


def test_wide_anchor_admits_a_list_item_under_a_heading() -> None:
    item = Sentence(5, 0, 10, [Mention(0, 4, "location", "strong")], True, False, under_intro=True)
    assert candidates([item], set()) == []  # nothing anchors it today: no Facebook, no transfer cue, no rule claim
    assert candidates([item], set(), Options(wide_anchor=True)) == [item]


def test_options_are_read_from_the_settings() -> None:
    assert Options.from_settings({"threshold": 0.7}) == Options()
    got = Options.from_settings({"options": {"ruled_sentences": True, "context_words": True, "wide_anchor": True, "seeds": [7]}})
    assert got == VARIANTS["V5"]


def test_a_misspelt_option_is_an_error_not_a_default() -> None:
    with pytest.raises(ValueError, match="unknown data_shared stage option.*gaurds"):
        Options.from_settings({"options": {"gaurds": True}})


# ---------------------------------------------------------------- the opt-out stance stage


def test_opt_out_sentences_are_labelled_by_stance(rules) -> None:
    from models.evaluate import GoldDocument
    from models.learned.dataset import NOT_POSSIBLE, POSSIBLE, build_records

    text = ("WhatsApp teilt Daten mit Facebook. Der Werbung kann man bis Ende September widersprechen. "
            "Aussteigen aus der Weitergabe selbst kann man aber nicht.")
    gold = {"opt_out": [
        {"stance": "possible", "scope": "ads", "text": "Der Werbung kann man bis Ende September widersprechen"},
        {"stance": "not_possible", "scope": "all_sharing", "text": "Aussteigen aus der Weitergabe selbst kann man aber nicht"},
    ]}
    stats: Counter = Counter()
    (record,) = build_records(rules, {"mine": [GoldDocument("t1", text, gold)]}, stats)
    assert record.opt_labels == {1: {POSSIBLE: True, NOT_POSSIBLE: False}, 2: {POSSIBLE: False, NOT_POSSIBLE: True}}
    assert {s.index for s in record.opt_sentences} >= {1, 2}
    assert stats["opt-out span found once"] == 2


def test_opt_out_stage_adds_a_stance_the_rules_miss_when_enabled(rules) -> None:
    from models.learned.opt_out_stage import LearnedOptOut, shipped_model as opt_model

    text = "WhatsApp teilt Daten mit Facebook. Aussteigen kann man aus der Weitergabe nicht."
    doc = rules(text)
    assert not [c for c in claims_of(doc) if c.type == "opt_out"]
    LearnedOptOut(opt_model(), 0.5, True, rules.get_pipe("dealwatch_opt_out"))(doc)
    assert {(c.fields["stance"], c.fields["scope"]) for c in claims_of(doc) if c.type == "opt_out"} == {("not_possible", "all_sharing")}


def test_opt_out_stage_ships_enabled(full) -> None:
    from models.learned.opt_out_stage import settings as opt_settings

    assert opt_settings()["enabled"] is True and opt_settings()["loso_verdict"] == "enabled"
    doc = full("WhatsApp teilt Daten mit Facebook. Aussteigen kann man aus der Weitergabe nicht.")
    assert {c.fields["stance"] for c in claims_of(doc) if c.type == "opt_out"} == {"not_possible"}


@pytest.mark.parametrize("why, sentence", [
    ("no cue", "Die Nummern landen am Ende trotzdem bei Facebook."),
    ("hedged", "Vielleicht kann man der Weitergabe bald widersprechen."),
    ("hedged", "Es ist nicht auszuschließen, dass Facebook die Nummern für Werbung nutzt."),
    ("subordinate", "Wer der Weitergabe widersprochen hat, bekommt eine Bestätigung per Mail."),
    ("subordinate", "Kunden, die der Werbung widersprochen haben, sehen weniger Anzeigen."),
    ("subordinate", "Klicken Sie auf Zustimmen, landen die Daten bei Facebook."),
    ("no agent", "Die neue Regel stoppt die Weitergabe der Nummern nicht."),
    ("no object", "Man kann nicht verhindern, dass der Akku leer wird."),
    ("no stance", "Über ihre Entscheidung sprachen die Nutzer im Forum."),
    ("wider scope", "Der Widerspruch betrifft nicht nur die Werbung."),
    ("demand", "Verbraucherschützer fordern, dass man der Weitergabe widersprechen kann."),
    ("demand", "Kunden dürften nicht vor die Wahl gestellt werden, zuzustimmen oder zu gehen."),
    ("other sense", "Ein Sprecher widersprach dieser Darstellung nicht."),
    ("deferred loss", "Wer den Bedingungen nicht zustimmt, wird vorerst nicht ausgesperrt."),
    ("deferred loss", "Wer die Regeln ablehnt, wird nicht gleich gesperrt."),
    ("refusal without object", "Beide Bewerbungen der Gründer hatte der Konzern einst abgelehnt."),
    ("refusal without object", "Die Gründer verweigerten damals jedes Interview."),
    ("", "Viele Nutzer haben die neuen Regeln abgelehnt."),  # the terms named
    ("", "Wer das ablehnt, kann den Dienst nicht mehr nutzen."),  # refers back, and the consequence is named
    ("", "Der Weitergabe kann man nicht widersprechen, kritisieren Verbraucherschützer."),  # no demand: a report
    ("", "Nutzer können der Weitergabe an Facebook nicht widersprechen."),
    ("", "Wer nicht zustimmt, kann WhatsApp bald nicht mehr nutzen."),
    ("", "Das kann man nicht abschalten."),  # refers back to the transfer named before
    ("other setting", "Du kannst festlegen, dass deine Nachrichten verschwinden, und du kannst deine Daten herunterladen."),
    ("other setting", "Ihr könnt selbst bestimmen, wer euren Status sieht, und eure Daten lassen sich herunterladen."),
    ("other setting", "Nutzer können zudem einstellen, dass Chats nach 90 Tagen verschwinden und ihre Daten gesichert werden."),
    ("no object", "Du kannst außerdem festlegen, dass deine Nachrichten nach sieben Tagen verschwinden."),  # no data named
    ("", "Du kannst außerdem festlegen, dass deine Daten nicht an Facebook gehen."),  # the transfer named
    ("", "Nutzer können selbst wählen, ob ihre Nummer für Werbung verwendet wird."),  # a use named
    ("", "Das kann man in den Einstellungen selbst festlegen."),  # refers back to the transfer named before
    ("another service", "Ich habe bei Instagram die personalisierten Anzeigen schon lange abgeschaltet."),
    ("another service", "Die Nutzer hätten nur die Wahl, alle Bedingungen zu akzeptieren oder auf das Netzwerk zu verzichten."),
    ("", "Die Nutzer hätten nur die Wahl, alle Bedingungen zu akzeptieren oder auf WhatsApp zu verzichten."),  # WhatsApp named
    ("other object", "Dem Kauf selbst können die Nutzer nicht widersprechen."),  # the purchase, not the data (session 32, opt56)
    ("other object", "Dort lassen sich Werbe-Cookies einzeln abwählen."),  # cookies
    ("no obligation", "Nein, löschen müssen Sie gar nichts."),  # a must denied (session 32, opt56)
    ("legal norm", "Das Bundesdatenschutzgesetz sieht vor, dass Verbraucher der Werbung widersprechen können."),  # the law's norm
    ("demand", "Jeder Kunde sollte die Wahl haben, ob seine Nummer an Facebook geht, verlangt die Verbraucherzentrale."),  # reported after (session 33, opt57)
    ("", "Wer nicht zustimmt, muss WhatsApp löschen."),  # the must with its object
])
def test_opt_out_guards(rules, why: str, sentence: str) -> None:
    from models.learned.features import opt_out_sentences

    doc = rules("WhatsApp teilt die Telefonnummern mit Facebook. " + sentence)
    (last,) = [s for s in opt_out_sentences(doc, rules.get_pipe("dealwatch_opt_out"), extra={1}) if s.index == 1]
    assert last.opt_blocked == why


def test_opt_out_rule_sense_guards_read_the_rules_own_phrasings(monkeypatch) -> None:
    # The guard reads the rules' patterns by name (no copy): a rule tree without them (an older blind-rules tree)
    # guards nothing; with them, a cue before the demand is a statement of the text's own.
    import models.opt_out
    from models.learned import opt_guards

    demand = "verbraucherschützer fordern, dass man der weitergabe widersprechen kann"
    at = demand.index("widersprechen")
    # (session 33, opt57: with the postposed reporting verb, "..., forderte der Verband", phrasing demand_after)
    assert opt_guards.rule_phrasings()["demand"] == (models.opt_out.PHRASES["demand"], models.opt_out.PHRASES["demand_after"])
    # The verb of demanding is the layer's (predicate_tokens.jsonl DEMAND, passed as `demands_at`; layer26); the
    # phrasing "demand" keeps the norms.
    verb = demand.index("fordern")
    assert opt_guards.rule_sense(demand, [at], [verb]) == "demand"
    assert opt_guards.rule_sense(demand, [0, at], [verb]) == ""  # a cue before the demand: not all of it is demanded
    norm = "jeder kunde muss der nutzung seiner daten jederzeit widersprechen können"
    assert opt_guards.rule_sense(norm, [norm.index("widersprechen")]) == "demand"
    account = "ein sprecher widersprach dieser darstellung nicht"
    assert opt_guards.rule_sense(account, [account.index("wider")]) == "other sense"
    # session 28 (year28): an authority objecting to the purchase itself (the rules' phrasing deal_objected)
    merger = "die eu-kommission konnte der übernahme nicht widersprechen"
    assert opt_guards.rule_sense(merger, [merger.index("widersprechen")]) == "other sense"
    users = "die nutzer können der weitergabe nicht widersprechen"
    assert opt_guards.rule_sense(users, [users.index("widersprechen")]) == ""
    assert opt_guards.rule_sense(demand, []) == ""
    # The verb's dass-clause or colon is the rules' own phrasing demand_object (speed27: one window, not two copies).
    objects = opt_guards.rule_phrasings()["demand object"]
    assert objects == (models.opt_out.PHRASES["demand_object"],)
    assert opt_guards._demand_governs(objects, demand, verb)
    colon, bare = "die verbände fordern: nutzer müssen widersprechen können", "die verbände fordern die zustimmung bis mai"
    assert opt_guards._demand_governs(objects, colon, colon.index("fordern"))
    assert not opt_guards._demand_governs(objects, bare, bare.index("fordern"))
    monkeypatch.setattr(models.opt_out, "PHRASES", None)
    opt_guards.rule_phrasings.cache_clear()
    try:
        assert opt_guards.rule_phrasings() == {
            "demand": (), "other sense": (), "deferred loss": (), "negated denial": (), "demand object": (),
            "device against": (), "legal norm": ()}
        assert opt_guards.rule_sense(norm, [norm.index("widersprechen")]) == ""
    finally:
        opt_guards.rule_phrasings.cache_clear()


def test_opt_out_switch_off_result_is_borrowed_only_after_a_setting_not_the_accounts_removal(rules) -> None:
    # Session 16 (learned23's G8, opt23's cause): "Danach ..." after a step that switches a setting off speaks of the
    # choice; after the removal of the account or app it tells what leaving the service does.
    from models.learned import opt_guards

    cues = rules.get_pipe("dealwatch_opt_out").c
    result = "danach ist die handynummer bei dem dienst nicht mehr registriert."
    assert opt_guards.borrowed_cue(cues, result, "entfernen sie in der app den haken bei werbung.")
    assert not opt_guards.borrowed_cue(cues, result, "zuerst muss man unter einstellungen das konto entfernen.")
    assert not opt_guards.borrowed_cue(cues, result, "wer die app deinstalliert und das profil entfernt, ist raus.")


def test_opt_out_deferred_loss_reads_the_rules_grace_period_after_a_refusal(rules) -> None:
    # Session 14 round 2 (learned21): the rules' `temporary` after a refusal is a grace period; before it, it dates
    # the choice ("Derzeit kann man widersprechen" states one), and without a refusal it guards nothing.
    from models.learned import opt_guards

    cues = rules.get_pipe("dealwatch_opt_out").c
    assert opt_guards.deferred_loss(cues, "wer die regeln ablehnt, wird nicht gleich gesperrt.")
    assert opt_guards.deferred_loss(cues, "wenn man nicht will, darf man den dienst vorerst weiter nutzen.")
    assert not opt_guards.deferred_loss(cues, "vorerst kann man die regeln noch ablehnen.")
    assert not opt_guards.deferred_loss(cues, "derzeit können nutzer der weitergabe widersprechen.")
    assert not opt_guards.deferred_loss(cues, "wer die regeln ablehnt, wird gesperrt.")


def test_opt_out_per_scope_lets_a_right_scope_through_a_rule_claim_of_another() -> None:
    # Setting per_scope (session 14 round 2): a rule claim possible/unspecified no longer hides possible/ads; the same
    # pair still does, and without the setting any claim of the stance does.
    from models.learned.opt_out_stage import Claimed, OptSettings, decide_opt

    sentence = Sentence(0, 0, 10, [], True, False)
    sentence.opt_scopes = ("ads", "unspecified")
    probs = {"possible": 0.9, "not_possible": 0.1}
    assert decide_opt(sentence, probs, 0.5, Claimed([("possible", "unspecified")])) is None
    have = Claimed([("possible", "unspecified")])
    assert decide_opt(sentence, probs, 0.5, have, OptSettings(per_scope=True)) == ("possible", "ads")
    assert decide_opt(sentence, probs, 0.5, have, OptSettings(per_scope=True)) is None  # now it has that pair
    assert decide_opt(sentence, probs, 0.5, Claimed([("possible", "ads")]), OptSettings(per_scope=True)) is None


def test_opt_out_per_unspecified_lets_a_named_scope_through_an_unspecified_claim_only() -> None:
    # Setting per_unspecified (session 15, learned22's P2): possible/ads passes a rule claim possible/unspecified, not
    # one possible/all_sharing; an unspecified scope of the stage's own passes no claim of its stance.
    from models.learned.opt_out_stage import Claimed, OptSettings, decide_opt

    sentence = Sentence(0, 0, 10, [], True, False)
    sentence.opt_scopes = ("ads", "unspecified")
    probs = {"possible": 0.9, "not_possible": 0.1}
    have = Claimed([("possible", "unspecified")])
    assert decide_opt(sentence, probs, 0.5, Claimed(have.pairs)) is None
    assert decide_opt(sentence, probs, 0.5, have, OptSettings(per_unspecified=True)) == ("possible", "ads")
    assert decide_opt(sentence, probs, 0.5, have, OptSettings(per_unspecified=True)) is None  # its own claim names a scope now
    assert decide_opt(sentence, probs, 0.5, Claimed([("possible", "all_sharing")]), OptSettings(per_unspecified=True)) is None
    sentence.opt_scopes = ("unspecified", "unspecified")
    assert decide_opt(sentence, probs, 0.5, Claimed([("possible", "unspecified")]), OptSettings(per_unspecified=True)) is None
    assert decide_opt(sentence, probs, 0.5, Claimed([("not_possible", "ads")]), OptSettings(per_unspecified=True)) == ("possible", "unspecified")


def test_opt_out_refusal_objects_extend_the_no_object_reasons_objects() -> None:
    # learned22's G4 reads the rules' cue names: the terms and consent beside the "no object" reason's OBJECTS.
    from models.learned import opt_guards

    assert set(opt_guards.refusal_objects()) >= {"accept_target", "terms_object", "accept", *opt_guards.OBJECTS}


def test_opt_out_run_time_gate_is_the_measured_gate(rules) -> None:
    from models.learned.features import opt_out_sentences
    from models.learned.opt_out_stage import opt_candidates, ruled_opt_sentences

    doc = rules("WhatsApp teilt Daten mit Facebook. Die Daten gehen trotzdem an Facebook. Aussteigen kann man aus der "
                "Weitergabe nicht. Man kann nicht verhindern, dass der Akku leer wird. Der Werbung kann man widersprechen.")
    opt, ruled = rules.get_pipe("dealwatch_opt_out"), ruled_opt_sentences(doc)
    measured = [s.index for s in opt_candidates(opt_out_sentences(doc, opt), ruled)]
    assert measured == [s.index for s in opt_out_sentences(doc, opt, ruled=ruled)]
    assert 2 in measured and not {1, 3} & set(measured)


def test_opt_out_stage_adds_no_second_claim_of_a_stance() -> None:
    from models.learned.opt_out_stage import Claimed, decide_opt

    sentence = Sentence(0, 0, 10, [], True, False)
    sentence.opt_scopes = ("ads", "unspecified")
    have = Claimed([("possible", "all_sharing")])  # a claim of the stance with another scope stops it too
    assert decide_opt(sentence, {"possible": 0.9, "not_possible": 0.1}, 0.5, have) is None
    assert decide_opt(sentence, {"possible": 0.1, "not_possible": 0.9}, 0.5, have) == ("not_possible", "unspecified")
    assert decide_opt(sentence, {"possible": 0.1, "not_possible": 0.9}, 0.5, have) is None  # now it has one
    assert have.pairs == {("possible", "all_sharing"), ("not_possible", "unspecified")}
    assert decide_opt(sentence, {"possible": 0.3, "not_possible": 0.4}, 0.5, Claimed([])) is None


def test_opt_out_scope_from_the_sentence_before_only_where_its_own_is_unspecified(rules) -> None:
    # Setting scope_before (session 13 round 2): "Widersprechen kann man nur bis Ende Mai." names no object; the
    # sentence before does (the phone number); a scope of its own stays, and without the setting nothing changes.
    from models.learned.features import opt_out_sentences
    from models.learned.opt_out_stage import Claimed, OptSettings, decide_opt

    doc = rules("Meta kaufte WhatsApp. Facebook will künftig die Telefonnummern der Nutzer bekommen. "
                "Widersprechen kann man nur bis Ende Mai.")
    sentence = [s for s in opt_out_sentences(doc, rules.get_pipe("dealwatch_opt_out")) if s.index == 2][0]
    assert sentence.opt_scopes[0] == "unspecified" and sentence.opt_scope_before == "phone_number"
    probs = {"possible": 0.9, "not_possible": 0.1}
    assert decide_opt(sentence, probs, 0.5, Claimed([]), OptSettings(scope_before=True)) == ("possible", "phone_number")
    assert decide_opt(sentence, probs, 0.5, Claimed([])) == ("possible", "unspecified")
    sentence.opt_scopes = ("ads", "all_sharing")
    assert decide_opt(sentence, probs, 0.5, Claimed([]), OptSettings(scope_before=True)) == ("possible", "ads")
    # the stage's path reads the sentence before only with the setting on (shipped off: no work for it)
    staged = {flag: [s.opt_scope_before for s in opt_out_sentences(doc, rules.get_pipe("dealwatch_opt_out"), ruled=set(),
                                                                  scope_before=flag) if s.index == 2] for flag in (False, True)}
    assert staged == {False: ["unspecified"], True: ["phone_number"]}


def test_opt_out_stage_skips_a_document_whose_rules_claimed_both_stances(rules, monkeypatch) -> None:
    from models.claims import add_claim
    from models.learned import opt_out_stage
    from models.learned.opt_out_stage import LearnedOptOut, shipped_model as opt_model

    asked: list[int] = []
    real = opt_out_stage.opt_out_sentences
    monkeypatch.setattr(opt_out_stage, "opt_out_sentences", lambda doc, *a, **k: asked.append(len(doc)) or real(doc, *a, **k))
    stage = LearnedOptOut(opt_model(), 0.5, True, rules.get_pipe("dealwatch_opt_out"))
    text = "WhatsApp teilt Daten mit Facebook. Aussteigen kann man aus der Weitergabe nicht."
    both, one = rules(text), rules(text)
    add_claim(both, "opt_out", 0, 10, stance="possible", scope="ads")
    add_claim(both, "opt_out", 0, 10, stance="not_possible", scope="ads")
    add_claim(one, "opt_out", 0, 10, stance="possible", scope="ads")
    list(stage.pipe([both, one]))
    assert asked == [len(one)]  # only the document that can still get a claim is read
    assert len([c for c in claims_of(both) if c.type == "opt_out"]) == 2
    assert {c.fields["stance"] for c in claims_of(one) if c.type == "opt_out"} == {"possible", "not_possible"}


@pytest.mark.parametrize("sentence", [
    "Ein Ausstieg ist nicht vorgesehen, die Wahl bleibt aus.",
    "Die Frist zum Nein sagen läuft, ein Nein kostet nichts.",
    "Haken im Kästchen setzen oder die Checkbox leeren: das Umentscheiden geht nicht.",
    "Der Akku hält einen Tag.",
])
def test_opt_out_guard_choice_words_scan_finds_what_the_plain_frame_finds(sentence: str) -> None:
    from models.learned.opt_guards import _frames, cue_positions

    class NoCues:  # only the frame's own finds
        rx: dict = {}

    low = sentence.lower()
    plain = [(m.start(), "choice_word") for m in _frames()["choice_words"].finditer(low)]
    assert cue_positions(NoCues(), low, ()) == plain
    assert bool(plain) == (sentence != "Der Akku hält einen Tag.")


def test_loso_threshold_must_keep_the_kept_type() -> None:
    from models.learned.loso import best_choice

    choices = [
        {"threshold": 0.3, "without": 0.8, "with": 0.90, "loss": 0.0, "kept": False},  # best F1, but stance + scope falls
        {"threshold": 0.4, "without": 0.8, "with": 0.88, "loss": 0.0, "kept": True},
        {"threshold": 0.5, "without": 0.8, "with": 0.89, "loss": 0.05, "kept": True},  # a set loses too much
    ]
    best, enabled = best_choice(choices)
    assert best["threshold"] == 0.4 and enabled
    assert best_choice([{**choices[0], "with": 0.7}])[1] is False  # nothing allowed beats the rules: disabled


def test_loso_table_has_the_extra_column_only_when_asked() -> None:
    from models.evaluate import SCORED_TYPES, Score
    from models.learned.loso import OPT_TABLE, markdown

    a = {name: Score(true_positives=1) for name in SCORED_TYPES}
    plain, opt = markdown([("s", a, a)], "x"), markdown([("s", a, a)], "x", *OPT_TABLE)
    assert plain[0].count("|") == 5 and opt[0].count("|") == 6 and "stance + scope" in opt[0]
    assert len(plain) == len(opt) == 4  # header, rule, the set, pooled


# ---------------------------------------------------------------- the rule table as a check of a stage setting


def test_row_check_matches_only_the_data_shared_expectations() -> None:
    from models.learned.row_check import fails

    row = {"text": "x", "expect": [{"type": "data_shared", "data_type": "phone_number", "shared": True}, {"type": "price"}],
           "absent": [{"type": "data_shared", "data_type": "contacts"}]}
    found = {"type": "data_shared", "data_type": "phone_number", "shared": True, "start": 0}
    assert not fails([found], row)  # the price expectation is not the stage's business
    assert fails([], row)
    assert fails([found, {"type": "data_shared", "data_type": "contacts", "shared": False}], row)


def test_row_check_finds_a_setting_that_claims_a_hard_negative(full) -> None:
    from models.learned.row_check import broken_rows

    rows = [
        {"text": "Facebook kaufte WhatsApp. Anna kennt die Telefonnummer ihrer Freundin auswendig.", "absent": [{"type": "data_shared"}]},
        {"text": "Facebook kaufte WhatsApp. Das Wetter war schön.", "absent": [{"type": "price"}]},  # no data_shared row
    ]
    stage = full.get_pipe("dealwatch_learned_data_shared")
    before = (stage.model, stage.threshold, stage.options, stage.enabled)
    # at threshold 0 every candidate is claimed: the wider anchor makes the sentence after the deal one
    assert broken_rows(full, rows, shipped_model(), 0.0, VARIANTS["V3"]) == [0]
    assert broken_rows(full, rows, shipped_model(), 0.0, Options()) == []  # nothing anchors it today
    assert (stage.model, stage.threshold, stage.options, stage.enabled) == before  # the pipeline is left as it was


def test_message_words_are_claimed_only_as_not_shared_with_the_option() -> None:
    text = "Ihre Chats liest keiner, auch Facebook nicht."
    chats = Mention(5, 10, "message_content", "message")
    sentence = Sentence(0, 0, len(text), [], True, False, names_buyer=True, message_mentions=[chats])
    assert candidates([sentence], set()) == []  # without the option a sentence of bare message words is not read
    assert candidates([sentence], set(), Options(message_not_shared=True)) == [sentence]
    not_shared = {SHARED: 0.1, NOT_SHARED: 0.9}
    assert decide(text, sentence, not_shared, 0.5) == []
    assert {(c.data_type, c.shared) for c in decide(text, sentence, not_shared, 0.5, messages=True)} == {("message_content", False)}
    # never as shared: a bare "Nachrichten" has too many other readings
    assert decide(text, sentence, {SHARED: 0.9, NOT_SHARED: 0.1}, 0.5, messages=True) == []
    assert decide(text, sentence, not_shared, 0.5, frozenset({"message_content"}), messages=True) == []  # the rules claimed it


def test_list_threshold_lowers_the_threshold_of_items_under_a_transfer_statement() -> None:
    item = Sentence(2, 0, 10, [Mention(0, 4, "location", "strong")], True, False, transfer_before=True, under_intro=True)
    plain = Sentence(2, 0, 10, [Mention(0, 4, "location", "strong")], True, False, transfer_before=True)
    assert VARIANTS["V7"].threshold_for(item, 0.5) == 0.3 and VARIANTS["V7"].threshold_for(plain, 0.5) == 0.5
    assert VARIANTS["V6"].threshold_for(item, 0.5) == 0.5 and VARIANTS["V8"].threshold_for(item, 0.3) == 0.3


def test_anchored_message_words_need_facebook_or_a_protection_cue() -> None:
    not_shared = {SHARED: 0.1, NOT_SHARED: 0.9}
    function = "Wer nicht zustimmt, kann keine Nachrichten mehr lesen."
    words = Mention(32, 43, "message_content", "message")
    stops = Sentence(0, 0, len(function), [], True, False, message_mentions=[words])
    assert decide(function, stops, not_shared, 0.5, messages=True) != []  # V9 claims it
    assert decide(function, stops, not_shared, 0.5, messages=True, anchored=True) == []  # V10 does not
    protected = "Die Chats sind verschlüsselt."
    chats = Sentence(0, 0, len(protected), [], True, False, message_mentions=[Mention(4, 9, "message_content", "message")])
    assert {(c.data_type, c.shared) for c in decide(protected, chats, not_shared, 0.5, messages=True, anchored=True)} == {("message_content", False)}
    shipped = Options.from_settings(settings())
    assert shipped.message_not_shared and shipped.message_anchor  # V10 is the shipped stage


def test_opt_examples_gated_keeps_only_sentences_the_stage_can_read() -> None:
    """`loso --opt-gated` (variant O3, session 11) teaches only the run-time gate's sentences: out-of-context and
    guarded sentences drop out, a sentence the rules claimed stays (the rules of unseen text may miss it)."""
    from models.learned.dataset import DocRecord, opt_examples

    readable = Sentence(0, 0, 10, [], True, False)
    readable.words = ["widersprechen"]
    claimed = Sentence(1, 10, 20, [], True, False)
    claimed.words = ["abschalten"]
    outside = Sentence(2, 20, 30, [], False, False)
    outside.words = ["ausserhalb"]
    guarded = Sentence(3, 30, 40, [], True, False, opt_blocked="hedge")
    guarded.words = ["vielleicht"]
    record = DocRecord("s", "t", "", {}, [], [], opt_sentences=[readable, claimed, outside, guarded],
                       opt_labels={0: {"possible": True, "not_possible": False}}, opt_ruled={1})
    assert [words for words, _ in opt_examples([record])] == [["widersprechen"], ["abschalten"], ["ausserhalb"], ["vielleicht"]]
    gated = opt_examples([record], gated=True)
    assert [words for words, _ in gated] == [["widersprechen"], ["abschalten"]]
    assert gated[0][1]["possible"] and not gated[1][1]["possible"]


def test_veto_drops_a_rule_claim_only_below_its_polarity_bar() -> None:
    from models.learned.stage import vetoed

    low = {SHARED: 0.05, NOT_SHARED: 0.6}
    assert vetoed(Options(veto=0.2), low, "phone_number", True)  # shared read at 0.05: dropped
    assert not vetoed(Options(veto=0.2), low, "phone_number", False)  # its own polarity is read at 0.6: kept
    assert not vetoed(Options(veto=0.2), low, "other", True)  # "other" is never scored, never vetoed
    assert not vetoed(Options(), low, "phone_number", True)  # no veto unless the option is set
    assert VARIANTS["V11"].veto == 0.1 and VARIANTS["V12"].veto == 0.2


def test_veto_is_the_same_at_run_time_and_in_the_fold_scorer(rules, monkeypatch) -> None:
    from models.learned import loso
    from models.learned.dataset import DocRecord

    text = "Facebook hat WhatsApp gekauft. WhatsApp gibt die Telefonnummern seiner Nutzer an Facebook weiter."
    low = {SHARED: 0.05, NOT_SHARED: 0.05}
    monkeypatch.setattr(classifier, "predict", lambda model, words: [dict(low) for _ in words])
    assert _data_claims(rules(text)) == {("phone_number", True)}  # the rules' claim
    for variant, kept in (("V10", True), ("V12", False)):
        doc = rules(text)
        LearnedDataShared(object(), 0.5, True, VARIANTS[variant])(doc)
        assert (("phone_number", True) in _data_claims(doc)) is kept
    # the fold scorer, on the same sentence and probabilities, drops the same claim
    doc = rules(text)
    ruled = set(ruled_data_types(doc))
    record = DocRecord("s", "t", doc_text(doc), {"data_shared": [{"type": "phone_number", "shared": True}]},
                       [c.to_record() for c in claims_of(doc)], doc_sentences(doc, ruled=ruled, options=VARIANTS["V12"]),
                       ruled=ruled)
    probs = {("s", "t", s.index): dict(low) for s in record.sentences}
    assert probs  # the ruled sentence is a candidate
    kept = loso.score_records([record], probs, 0.5, options=VARIANTS["V10"])["data_shared"]
    dropped = loso.score_records([record], probs, 0.5, options=VARIANTS["V12"])["data_shared"]
    assert (kept.true_positives, dropped.true_positives, dropped.false_negatives) == (1, 0, 1)


@pytest.mark.parametrize("guard, sentence, held", [
    # learned22's V17 (ds22's cause): what advertisers, other users or the public see is no transfer to Facebook.
    ("visible_to_other", "für werbekunden seien die telefonnummern nicht sichtbar, sagt das unternehmen.", True),
    ("visible_to_other", "die profilbilder sind für andere nutzer einsehbar.", True),
    ("visible_to_other", "die nummern sind künftig auch für facebook sichtbar.", False),  # visible to Facebook: a transfer reading
    ("visible_to_other", "die daten werden für den konzern einsehbar.", False),
    ("visible_to_other", "die nummern bleiben unsichtbar.", False),  # no one named to see them
    ("visible_to_other", "für werbekunden gibt whatsapp die nummern an facebook weiter.", False),  # no visibility word
    # learned23's V18 (ds23's cause): what WhatsApp stores or knows is no statement that it passes data to Facebook.
    ("stored_by_sender", "gespeichert werden außerdem die telefonnummer, das profilbild und der online-status.", True),
    ("stored_by_sender", "der messenger kennt das gerät und weiß, wann man zuletzt online war.", True),
    ("stored_by_sender", "facebook speichert die telefonnummern der whatsapp-nutzer.", False),  # the buyer stores: a transfer reading
    ("stored_by_sender", "whatsapp speichert die nummern und gibt sie an den mutterkonzern weiter.", False),
    ("stored_by_sender", "die app gleicht die gespeicherten kontakte mit dem netzwerk ab.", False),  # a transfer word of its own
    ("stored_by_sender", "whatsapp übermittelt die telefonnummer.", False),  # no storing or knowing verb
    # learned24 (session 17): the transfer word is the rules' strong cue (one list); a weak cue needs Facebook named.
    ("stored_by_sender", "die app speichert die nummern, die später bei dritten landen.", False),
    ("stored_by_sender", "whatsapp speichert die kontakte und erhält so ein bild der nutzer.", True),
])
def test_data_shared_guards_ask_who_sees_or_stores_the_data(guard: str, sentence: str, held: bool) -> None:
    from models.learned import ds_guards

    from models.learned.features import rule_cue_tests

    args = (rule_cue_tests(),) if guard == "stored_by_sender" else ()
    assert getattr(ds_guards, guard)(sentence, *args) is held


@pytest.mark.parametrize("text, mention, label, held_by, kept_by", [
    # The store guard (V18): storing named, no transfer, holds a "shared" reading.
    ("Gespeichert werden außerdem die Telefonnummer und das Profilbild.", (32, 45), "shared", "V18", ("V17", {})),
    # learned24's use guard (V19, session 17): a negated use for a purpose holds a "not_shared" reading.
    ("Facebook werde die Handynummern nicht verwenden, um Anzeigen zu personalisieren.", (19, 31), "not_shared",
     "V19", ("V18", {})),
    # The visibility guard (V17): data not visible to advertisers holds a "not_shared" reading.
    ("Für Werbekunden seien die Telefonnummern nicht sichtbar.", (26, 40), "not_shared",
     "V17", ("V17", {"visibility_guard": False})),
])
def test_data_shared_guard_holds_the_stage_only_with_its_option(
    text: str, mention: tuple[int, int], label: str, held_by: str, kept_by: tuple[str, dict[str, bool]],
) -> None:
    """A guard's option holds the stage's claim; the variant without it (or with it off) keeps the claim."""
    from dataclasses import replace

    from models.learned.ds_options import VARIANTS
    from models.learned.stage import decide_with

    sentence = Sentence(0, 0, len(text), [Mention(*mention, "phone_number", "strong")], True, False)
    probs = {"shared": 0.0, "not_shared": 0.0, label: 0.95}
    without = replace(VARIANTS[kept_by[0]], **kept_by[1])
    assert decide_with(VARIANTS[held_by], text, sentence, probs, 0.7) == []
    assert [c.data_type for c in decide_with(without, text, sentence, probs, 0.7)] == ["phone_number"]


@pytest.mark.parametrize("sentence, held", [
    # learned24's V19 (session 17): a negated use for a purpose is no transfer (the convention of that name).
    ("nach dem kauf hieß es, facebook werde die nummern nicht verwenden, um anzeigen zu personalisieren.", True),
    ("die telefonnummern werden nicht für werbung genutzt.", True),
    ("die telefonnummern werden für werbung genutzt.", False),  # a use, not negated
    ("facebook werde die nummern nicht verwenden.", False),  # no purpose named
    ("whatsapp gibt die nummern weiter, nutzt sie aber nicht für werbung.", False),  # a strong transfer cue of its own
    # learn29 (session 29): the verb before its negation (verb-second), not "nicht nur" (a use said to go further).
    ("private nachrichten nutzt der konzern nach eigenen worten nicht für anzeigen.", True),
    ("die chats wertet meta laut eigener aussage nie für werbung aus.", True),
    ("facebook nutzt die nachrichten nicht nur für werbung.", False),
])
def test_data_shared_use_guard_reads_a_negated_use_for_a_purpose(sentence: str, held: bool) -> None:
    from models.learned import ds_guards
    from models.learned.features import rule_cue_tests

    strong = ds_guards.own_transfer_cue(rule_cue_tests(), sentence, ds_guards.STRONG_TRANSFER_CUES)
    assert ds_guards.negated_use(sentence, strong_transfer=strong) is held




def test_a_result_referring_back_drops_every_possibility_before_it_one_decision_with_the_rules(rules) -> None:
    """`opt_out.refined_away` is the one decision of the rules' `refines` and the learned stage's `refine_step`
    (clean29b): a result referring back drops the previous sentence's possibilities of every scope, not its denials,
    not a statement that itself refines another sentence, nothing further back."""
    from types import SimpleNamespace

    from models.claims import add_claim
    from models.learned.opt_out_stage import refine_step
    from models.opt_out import refined_away

    assert refined_away("possible") and refined_away("possible", None)
    assert not refined_away("not_possible") and not refined_away("possible", 3)
    text = ("WhatsApp teilt Daten mit Facebook. Man kann den Haken entfernen. "
            "Das verhindert, dass Facebook die Daten für Werbung nutzt.")
    doc = rules(text)
    claims = claims_of(doc)
    claims[:] = [c for c in claims if c.type != "opt_out"]
    sents = Sentences.of(doc)
    for si, stance, scope in ((0, "possible", "ads"), (1, "possible", "unspecified"), (1, "possible", "ads"),
                              (1, "not_possible", "all_sharing")):
        add_claim(doc, "opt_out", sents.starts[si], sents.ends[si], stance=stance, scope=scope)
    refine_step(doc, SimpleNamespace(index=2, start=sents.starts[2], end=sents.ends[2]), rules.get_pipe("dealwatch_opt_out"))
    left = {(sents.index_at(c.start), c.fields["stance"], c.fields["scope"]) for c in claims_of(doc) if c.type == "opt_out"}
    assert left == {(0, "possible", "ads"), (1, "not_possible", "all_sharing")}
