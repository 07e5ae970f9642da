"""The opt-out scope confusion of `models.learned.scope_confusion` (issue 7): pairs and stanced labels."""
from __future__ import annotations

from collections import Counter

import pytest

from models.evaluate import GoldDocument
from models.learned.dataset import build_records
from models.learned.loso import LEARNED_HELPERS, _add_missing_helpers
from models.learned.scope_confusion import opt_claims, reference_scores, reference_step, scope_examples, scope_pairs
from models.pipeline import RULE_COMPONENTS, build_pipeline


def test_a_wrong_scope_is_paired_with_the_missed_gold_scope_of_its_stance() -> None:
    gold = {("possible", "ads"), ("not_possible", "all_sharing")}
    got = {("possible", "ads"), ("not_possible", "phone_number")}
    assert scope_pairs(gold, got) == Counter({("not_possible", "phone_number", "all_sharing"): 1})


def test_extra_and_missed_scopes_count_one_each_and_other_stances_are_left_out() -> None:
    gold = {("possible", "ads"), ("possible", "friend_suggestions"), ("not_possible", "unspecified")}
    got = {("possible", "ads"), ("not_possible", "unspecified"), ("not_possible", "all_sharing")}
    assert scope_pairs(gold, got) == Counter({
        ("possible", "(none: missed scope)", "friend_suggestions"): 1,
        ("not_possible", "all_sharing", "(none: extra scope)"): 1,
    })
    assert scope_pairs({("possible", "ads")}, {("not_possible", "all_sharing")}) == Counter()


def test_several_scopes_on_both_sides_share_one_count() -> None:
    pairs = scope_pairs({("possible", "ads"), ("possible", "phone_number")},
                        {("possible", "unspecified"), ("possible", "all_sharing")})
    assert sum(pairs.values()) == 2 and set(pairs.values()) == {0.5}


def test_scope_examples_label_the_sentence_with_its_stance_and_scope() -> None:
    text = ("WhatsApp teilt Daten mit Facebook. Der Nutzung für Werbung kann man bis Ende Oktober widersprechen. "
            "Die Weitergabe selbst lässt sich aber nicht abstellen.")
    gold = {"opt_out": [
        {"stance": "possible", "scope": "ads", "text": "Der Nutzung für Werbung kann man bis Ende Oktober widersprechen"},
        {"stance": "not_possible", "scope": "all_sharing", "text": "Die Weitergabe selbst lässt sich aber nicht abstellen"},
    ]}
    (record,) = build_records(build_pipeline(RULE_COMPONENTS), {"mine": [GoldDocument("t1", text, gold)]}, Counter())
    labelled = [{label for label, on in labels.items() if on} for _, labels in scope_examples([record])]
    assert labelled == [{"possible:ads"}, {"not_possible:all_sharing"}]
    claims = opt_claims(record, None, 0.4)
    assert {(c["stance"], c["scope"]) for c in claims} == {c for c in ((c["stance"], c["scope"]) for c in record.rule_claims if c["type"] == "opt_out")}
    claims[0]["scope"] = "changed" if claims else None
    assert all(c.get("scope") != "changed" for c in record.rule_claims)  # copies: the record is never changed


def test_the_reference_step_rescopes_the_rules_claims_on_a_record() -> None:
    # Records built without the step (as older rules' records are), then scored without and with it.
    text = "WhatsApp gibt künftig die Handynummer an Facebook weiter. Das ist ärgerlich. Dagegen kann man nichts tun."
    gold = {"opt_out": [{"stance": "not_possible", "scope": "phone_number", "text": "Dagegen kann man nichts tun"}]}
    rules = tuple(name for name in RULE_COMPONENTS if name != "dealwatch_opt_out_reference")
    (record,) = build_records(build_pipeline(rules), {"mine": [GoldDocument("t1", text, gold)]}, Counter())
    assert {(c["stance"], c["scope"]) for c in opt_claims(record, None, 0.4)} == {("not_possible", "all_sharing")}
    step = reference_step()
    assert {(c["stance"], c["scope"]) for c in opt_claims(record, None, 0.4, step)} == {("not_possible", "phone_number")}
    ((name, without, with_step),) = reference_scores([{"set": "mine", "records": [record], "opt_probs": None}], 0.4, step)
    assert (name, without.true_positives, with_step.true_positives, with_step.false_positives) == ("mine", 0, 1, 0)


def _patched(tmp_path, file: str, old_source: str) -> tuple[str, dict]:
    """An older tree's `file` (with `old_source`) after `_add_missing_helpers` from `LEARNED_HELPERS`, run twice:
    (its source, its namespace); the second run must add nothing."""
    old = tmp_path / file.rsplit("/", 1)[-1]
    old.write_text(old_source, encoding="utf-8")
    _add_missing_helpers(old, *LEARNED_HELPERS[file])
    once = old.read_text(encoding="utf-8")
    _add_missing_helpers(old, *LEARNED_HELPERS[file])
    assert old.read_text(encoding="utf-8") == once  # added once only
    namespace: dict = {}
    exec(compile(once, str(old), "exec"), namespace)
    return once, namespace


def test_an_older_trees_regex_tools_gets_the_helpers_learned_imports(tmp_path) -> None:
    once, namespace = _patched(tmp_path, "regex_tools.py", "import re\n\n\ndef literal_first(rx):\n    return rx\n")
    names = LEARNED_HELPERS["regex_tools.py"][1]
    assert once.startswith("import re\n\n\ndef literal_first(rx):") and all(f"def {n}(" in once for n in names)
    assert namespace["split_at"](__import__("re").compile(","), "a,b") == [(0, 1), (2, 3)]


def test_every_module_whose_helpers_learned_imports_gets_them(tmp_path) -> None:
    _, namespace = _patched(tmp_path, "layer/text.py", "import bisect\n\n\ndef lower_text(doc):\n    return doc\n")
    assert list(namespace["token_range"]([0, 4, 9], [3, 4, 2], 11, 4, 10)) == [1, 2]
    assert callable(namespace["money_in"]) and namespace["_MONEY_KEY"] == "dealwatch_money"


def test_an_older_negation_module_gets_the_hypothetical_guard(tmp_path) -> None:
    """ds_guards imports `negation.is_hypothetical` (062d193): an older tree's negation.py gets it and its patterns."""
    _, namespace = _patched(
        tmp_path, "negation.py", "import re\n\n\ndef is_question(sentence):\n    return sentence.endswith('?')\n")
    assert namespace["is_hypothetical"]("Das Einfachste wäre, die Nummern zu verknüpfen.")
    assert not namespace["is_hypothetical"]("Die Nummern werden verknüpft.")


def test_an_older_tree_gets_the_business_site_reader_learned_imports(tmp_path) -> None:
    """features.mentions_in imports `data_shared.business_site` (58486a9), which reads `tagger.proper_noun`: every
    blind-rules tree before f2698b6 lacks both (own9's to own23's folds failed to build without them)."""
    _, tagger = _patched(tmp_path, "layer/tagger.py",
                         "import re\nfrom functools import lru_cache\n\n\ndef hanta():\n"
                         "    from models.layer.tagger import hanta as today\n    return today()\n\n\n"
                         "def stts(tag):\n    return tag.replace('(', '').replace(')', '')\n")
    assert tagger["proper_noun"]("Leipzig") and not tagger["proper_noun"]("Freunden")
    _, data_shared = _patched(tmp_path, "data_shared.py", "import re\n\n\ndef find(text):\n    return text\n")
    site, data = "Wir wollen den Standort Leipzig stärken.", "Sie zeigen den Standort Freunden."
    assert data_shared["business_site"](site, site.index("Standort") + 8)
    assert not data_shared["business_site"](data, data.index("Standort") + 8)


def test_an_older_tree_gets_stubs_for_the_factory_modules_it_lacks(tmp_path) -> None:
    from models.learned.loso import _stub_younger_factories

    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "opt_out.py").write_text("# an older tree's own module\n", encoding="utf-8")
    _stub_younger_factories(tmp_path)
    assert (tmp_path / "models" / "opt_out.py").read_text(encoding="utf-8") == "# an older tree's own module\n"
    stub = tmp_path / "models" / "opt_out_reference.py"  # younger than the tree: a stub whose factory raises
    namespace: dict = {}
    exec(compile(stub.read_text(encoding="utf-8"), str(stub), "exec"), namespace)
    with pytest.raises(RuntimeError):
        namespace["make_component"]()


def test_opt_fold_gives_the_stance_probabilities_of_loso_fold() -> None:
    # The scope tools train only the stance classifier (loso.opt_fold); its probabilities must be loso.fold's, which
    # trains both stages.
    from models.learned.loso import fold, opt_fold

    texts = {"a": "WhatsApp gibt die Handynummer an Facebook weiter. Eine echte Wahl haben die Nutzer dabei kaum.",
             "b": "WhatsApp gibt die Telefonnummer an Facebook weiter. Der Werbenutzung kann man in den Einstellungen widersprechen."}
    gold = {"a": {"opt_out": [{"stance": "not_possible", "scope": "phone_number", "text": "Eine echte Wahl haben die Nutzer dabei kaum"}]},
            "b": {"opt_out": [{"stance": "possible", "scope": "ads", "text": "Der Werbenutzung kann man in den Einstellungen widersprechen"}]}}
    records = build_records(build_pipeline(RULE_COMPONENTS),
                            {name: [GoldDocument(f"{name}1", text, gold[name])] for name, text in texts.items()}, Counter())
    mine, theirs = opt_fold(records, "a", 7), fold(records, "a", 7)
    assert mine["opt_probs"] and mine["opt_probs"] == theirs["opt_probs"]
    assert [r.name for r in mine["records"]] == ["a1"]


def test_cached_folds_are_rebuilt_when_a_records_pickle_is_newer(tmp_path) -> None:
    # The folds pickle is read back only while no records_*.pkl beside it is newer (records rebuilt after a rule
    # change, a blind-rules commit added): stale stance probabilities are never scored.
    import os

    from models.learned.scope_confusion import _cached_folds

    stored = tmp_path / "opt_folds_7_current.pkl"
    calls = []

    def build(tag: str):
        return lambda: calls.append(tag) or [{"set": tag}]

    assert _cached_folds(stored, build("first")) == [{"set": "first"}]
    assert _cached_folds(stored, build("second")) == [{"set": "first"}]  # reused: no records pickle is newer
    records = tmp_path / "records_current.pkl"
    records.write_bytes(b"")
    later = stored.stat().st_mtime + 10
    os.utime(records, (later, later))
    assert _cached_folds(stored, build("third")) == [{"set": "third"}]  # rebuilt
    assert calls == ["first", "third"]
    assert _cached_folds(None, build("fourth")) == [{"set": "fourth"}]  # no cache: always built


def test_the_scope_tools_score_the_shipped_opt_out_settings_unless_switched() -> None:
    """The scope tools once scored with `per_unspecified` off while the stage shipped it on: `all_folds` gives every
    fold the shipped settings, `fold_claims` claims by the fold's, and one switch turns a setting off."""
    import argparse
    from dataclasses import replace

    from models.learned.loso import add_opt_setting_options, opt_settings_of
    from models.learned.opt_out_stage import OptSettings, shipped_settings
    from models.learned.scope_confusion import fold_claims

    parser = argparse.ArgumentParser()
    add_opt_setting_options(parser)
    assert opt_settings_of(parser.parse_args([])) == shipped_settings()
    assert opt_settings_of(parser.parse_args(["--no-opt-per-unspecified"])) == replace(shipped_settings(), per_unspecified=False)
    assert opt_settings_of(parser.parse_args(["--opt-per-scope"])).per_scope
    # A rule claim possible/unspecified, and a stage sentence the classifier reads as possible with the scope ads.
    text = "WhatsApp teilt Daten mit Facebook. Man kann widersprechen. Der Werbung kann man widersprechen."
    (record,) = build_records(build_pipeline(RULE_COMPONENTS), {"mine": [GoldDocument("t1", text, {})]}, Counter())
    record.rule_claims = [{"type": "opt_out", "stance": "possible", "scope": "unspecified", "start": 35}]
    record.opt_ruled = {1}
    stage = [s for s in record.opt_sentences if s.index == 2]
    for sentence in stage:
        sentence.opt_scopes, sentence.in_context, sentence.opt_blocked = ("ads", "unspecified"), True, False
    probs = {("mine", "t1", s.index): {"possible": 0.9, "not_possible": 0.0} for s in record.opt_sentences}
    fold = {"set": "mine", "records": [record], "opt_probs": probs}
    pairs = {flag: {(c["stance"], c["scope"]) for c in fold_claims({**fold, "opt": OptSettings(per_unspecified=flag)}, record, 0.4)}
             for flag in (False, True)}
    assert stage and pairs == {False: {("possible", "unspecified")}, True: {("possible", "unspecified"), ("possible", "ads")}}


def test_an_older_tree_gets_the_bare_message_word_reader_learned_imports(tmp_path) -> None:
    """learned/stage.py imports `data_shared_phrases.bare_message_word` (db481b1, session 22): every blind-rules
    tree before it (own36's fold and older) failed to build without it (learn25, session 25)."""
    _, phrases = _patched(tmp_path, "data_shared_phrases.py", "import re\n\n\ndef may_hold(words, text):\n    return True\n")
    assert phrases["bare_message_word"]("die kommunikation bleibt privat", 4)
    assert not phrases["bare_message_word"]("die nachrichten bleiben privat", 4)


def test_an_older_phrasings_file_gets_the_entries_learned_reads_by_name(tmp_path) -> None:
    """features.py reads the phrasing "before_clause" (session 21) by name (own34's fold's tree e74532d and older lack
    it): an older tree's data_shared_phrasings.json gets every entry it lacks, its own entries unchanged, nothing
    added twice (learn25, session 25)."""
    import json

    from models.learned.loso import LEARNED_PHRASINGS, REPO, _add_missing_phrasings

    today = REPO / "models" / LEARNED_PHRASINGS[0]
    spec = json.loads(today.read_text(encoding="utf-8"))
    own = {"use": "search", "comment": "an older tree's own entry", "pattern": "alt", "examples": ["alt"]}
    old = tmp_path / "data_shared_phrasings.json"
    old.write_text(json.dumps({**spec, "phrasings": {"before_clause": own}}), encoding="utf-8")
    _add_missing_phrasings(old, today)
    once = old.read_text(encoding="utf-8")
    _add_missing_phrasings(old, today)
    assert old.read_text(encoding="utf-8") == once
    patched = json.loads(once)["phrasings"]
    assert patched["before_clause"] == own and set(patched) == set(spec["phrasings"])
