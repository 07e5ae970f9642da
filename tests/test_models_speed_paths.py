"""The speed paths of the extractor give exactly what the plain ways give (issue 7, extraction words/s).

Each fast path replaces a slower computation of the same answer; these tests compare the two on
German text written for them (and on random strings where the input space is small).
"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from HanTa import HanoverTagger

from dealwatch_testing.pipeline_steps import doc_before
from models.context import Sentences
from models.layer import tagger
from models.layer.lemmas import LookupLemmas
from models import money
from models.money import qualifier_before
from models.pipeline import load_pipeline
from models.sentences import _WORD_BEFORE, _word_before

TEXT = (
    "Facebook hat WhatsApp 2014 gekauft. WhatsApp gibt seit 2016 die Telefonnummer an Facebook weiter. "
    "„Die Chats bleiben verschlüsselt“, sagt er ab. Man schaltet die Weitergabe in den Einstellungen ab; "
    "die Nummer leitet der Dienst trotzdem weiter: Wer nicht zustimmt, gibt auf.\n\nUnd dann? Der Konzern "
    "zahlte rund 19 Mrd. Dollar, fast 22 Milliarden US-Dollar am Ende, knapp unter 20 Mrd. Euro nach Kurs."
)


def test_array_lemmas_equal_the_table_lookup() -> None:
    nlp = load_pipeline()
    component = nlp.get_pipe("dealwatch_lemmas")
    assert isinstance(component, LookupLemmas)
    doc = component(nlp.make_doc(TEXT + " Quatschwortxyz gegeben weitergeleitet"))
    strings = nlp.vocab.strings
    for token in doc:
        want = component.by_hash.get(token.orth, token.orth)
        assert token.lemma == want, token.text  # "Dienst" keeps its own lemma (not "dienen")
    assert any(token.lemma != token.orth for token in doc), "the table must change some words"
    assert doc[-3].lemma_ == "Quatschwortxyz" and strings[doc[-3].lemma] == "Quatschwortxyz"


def test_one_scan_finds_the_sentences_the_gate_selects() -> None:
    doc = doc_before(TEXT + ' Er gab es weiter"\n\n"Neu: Die App schaltet ab.', "dealwatch_deal_context")
    sentences = Sentences.of(doc)
    text = doc.text
    one_scan = tagger._particle_sentences(sentences, list(tagger.gate().finditer(text)))
    per_sentence = [i for i, (s, e) in enumerate(zip(sentences.starts, sentences.ends)) if tagger.gate().search(text, s, e)]
    assert one_scan == per_sentence
    assert len(per_sentence) >= 3


@pytest.mark.parametrize("text", [
    TEXT,
    "Er gibt die Nummer WEITER. Sie schalten es Ab; „Machen Sie mit“, sagt er zu. Das gab er Preis!",
    "Die App leitet die Daten weiter. Der Kelvin-Wert \u212a steht fest.",  # a letter folded otherwise: the plain scan
    "Straſſe ein. Er gab sie heraus)",
])
def test_particles_over_the_lowered_text_are_the_case_insensitive_matches(text: str) -> None:
    from models.context import lower_keeping_offsets

    spans = [(m.start(), m.end(), m.end(1)) for m in tagger.particles(text, lower_keeping_offsets(text))]
    assert spans == [(m.start(), m.end(), m.end(1)) for m in tagger.gate().finditer(text)]
    assert spans


@pytest.mark.parametrize("text", [
    "Facebook hat WhatsApp 2014 BEZAHLT, der Deal wurde im Oktober vollzogen.",
    "Seit 2014 gehört WhatsApp zum Facebook-Konzern; das Geschäft wurde angekündigt.",
    "Der \u212aaufpreis: gezahlt im Februar, İstanbul, Straſſe.",  # letters beyond Latin-1: the (?i) search
    "",
])
def test_caseless_tests_read_the_callers_folded_text_like_their_own(text: str) -> None:
    from models import year
    from models.caseless import caseless_reading
    from models.context import lower_keeping_offsets

    folded = lower_keeping_offsets(text)
    for test in (year._BELONGS_TO_BUYER_TEST, year._DEAL_ANNOUNCED_TEST, year._DEAL_COMPLETED_TEST, year._PAID_TEST):
        assert test(text, folded) == test(text) == (test.pattern.search(text) is not None), (test.pattern.pattern, text)
    pattern, subject = caseless_reading(text, folded, year._OWNER_HINT, year._OWNER_HINT_LOWERED)
    assert [m.span() for m in pattern.finditer(subject)] == [m.span() for m in year._OWNER_HINT.finditer(text)]


def test_remembered_word_analyses_tag_like_hanta() -> None:
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    remembered = tagger.hanta()
    sentences = [
        ["WhatsApp", "gibt", "die", "Nummer", "an", "Facebook", "weiter", "."],
        ["Der", "Dienst", "leitet", "die", "Daten", "weiter", "."],
        ["WhatsApp", "gibt", "die", "Daten", "an", "."],  # the same words again, in another sentence
    ]
    for words in sentences * 2:
        assert remembered.tag_sent(words, taglevel=0) == plain.tag_sent(words, taglevel=0)


def test_tag_words_is_hantas_tagging_of_the_words_once() -> None:
    """`tagger.tag_words` (speed27: data_shared, moment, price_parties and the layer's gated sentences share it) gives
    HanTa's tags of the words as `stts` writes them, and a word sequence asked again is not tagged again."""
    plain = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    sentences = [
        ["Dazu", "die", "Angabe", ",", "welches", "Handy", "man", "hat", "."],
        ["Facebook", "hatte", "2014", "für", "WhatsApp", "19", "Mrd.", "gezahlt", "und", "verdient", "inzwischen", "mehr"],
        ["Für", "Unitymedia", "zahlte", "Vodafone", "18,4", "Milliarden", "Euro"],
    ]
    for words in sentences:
        assert tagger.tag_words(words) == tuple(tagger.stts(t) for t in plain.tag_sent(words, taglevel=0))
    before = tagger._tag_words.cache_info().misses
    for words in sentences:
        tagger.tag_words(list(words))  # a list or a tuple: the same key
    assert tagger._tag_words.cache_info().misses == before


def test_word_before_equals_the_pattern() -> None:
    rng = random.Random(7)
    alphabet = "ab .\n\t\u00a0\u2009x„(Z"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        lo = rng.randrange(0, len(text) + 1)
        end = rng.randrange(lo, len(text) + 1)
        match = _WORD_BEFORE.search(text, lo, end)
        assert _word_before(text, lo, end) == (None if match is None else match.group(1))


@pytest.mark.parametrize("before", [
    "Der Konzern zahlte rund ", "Er zahlte knapp unter ", "Facebook legte stolze ", "KAUFPREIS: BIS ZU ",
    "„Fast“ ", "Nach Kurs von ", "Es waren 2014 ", "Ungefähr ", "İn etwa ", "Mehr als ſatte ", "über „satte“ ",
])
def test_qualifier_fast_path_equals_the_pattern(before: str, monkeypatch: pytest.MonkeyPatch) -> None:
    text = before + "19 Milliarden Dollar"
    start = len(before)
    fast = qualifier_before(text, start)
    monkeypatch.setattr(money, "_qualifier_tail",  # always ask the pattern
                        lambda text, lo, hi: money._patterns()["qualifier_tail"].search(text, lo, hi))
    assert fast == qualifier_before(text, start)


def _cue_patterns() -> dict[str, str]:
    """Every cue pattern of the opt-out, data and deal cue files, by file and name."""
    import json
    from importlib import resources

    from models.context import cue

    def read(name: str) -> dict:
        return json.loads(resources.files("models.patterns").joinpath(name).read_text(encoding="utf-8"))

    found = {f"opt_out:{k}": v for k, v in read("opt_out.json")["cues"].items()}
    found |= {f"data_shared:{k}": v for k, v in read("data_shared.json")["cues"].items()}
    found |= {f"deal:{k}": cue(k).pattern for k in read("deal.json") if not k.startswith("_")}
    return found


SENTENCES = [
    "whatsapp gibt die telefonnummer an facebook weiter, widersprechen kann man nicht.",
    "ein widerspruch ist nicht mehr möglich: wer nicht zustimmt, kann die app nicht weiter nutzen.",
    "nutzer können der nutzung für werbezwecke und freundesvorschläge binnen 30 tagen widersprechen.",
    "die chats bleiben verschlüsselt; niemand außer den beteiligten kann sie lesen.",
    "facebook zahlte rund 19 milliarden us-dollar für den messenger, der kaufpreis stieg später.",
    "im märz 2014 war von einer übernahme durch den konzern aus menlo park die rede.",
    "kein wort über werbung – keine personalisierten anzeigen, keine weitergabe an dritte.",
    "",
    "ads",
]


def test_existence_tests_answer_like_a_search() -> None:
    import re

    from models.regex_tools import ExistenceTest

    rng = random.Random(11)
    texts = SENTENCES + [" ".join(rng.sample(" ".join(SENTENCES).split(), 12)) for _ in range(60)]
    texts += [text[a:b] for text in SENTENCES for a, b in [(3, -3), (10, 40)]]
    split = 0
    by_substring: set[bool] = set()  # both ways of asking the literals (speed25: `in` tests for few literals)
    for name, pattern in _cue_patterns().items():
        test, plain = ExistenceTest(pattern), re.compile(pattern)
        split += bool(test.gated)
        if test.gated and test._literals is not None:
            by_substring.add(test._by_substring)
        for text in texts:
            assert test(text) == (plain.search(text) is not None), (name, text)
    assert split > 20, "most cues must be split into gated branches"
    assert by_substring == {True, False}, "cues with few and with many literals"


@pytest.mark.parametrize("scan", [True, False])
def test_existence_test_in_a_stretch_answers_like_the_bounded_search(scan: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """`ExistenceTest.in_stretch(text, pos, endpos)` (the learned data_shared stage's transfer cues before a sentence)
    is `search(text, pos, endpos) is not None`: bounds inside words and sentences, where lookbehinds read before `pos`
    and literals cross the bounds; with the Aho-Corasick scan and with substring tests (`scan` False)."""
    import re

    from models import regex_tools

    if not scan:
        monkeypatch.setattr(regex_tools, "ahocorasick", None)
    text = " ".join(SENTENCES).lower()
    rng = random.Random(5)
    bounds = [(0, len(text))] + [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(60)]
    split = 0
    for name, pattern in _cue_patterns().items():
        test, plain = regex_tools.ExistenceTest(pattern), re.compile(pattern)
        split += bool(test.gated)
        for pos, endpos in bounds:
            assert test.in_stretch(text, pos, endpos) == (plain.search(text, pos, endpos) is not None), (name, pos, endpos)
    assert split > 20


def test_existence_tests_scan_literals_like_substring_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Aho-Corasick scan of a cue's literals answers `__call__` and `possible` like the tests
    `literal in text` one by one (the path taken without pyahocorasick), on whole texts and stretches."""
    from models import regex_tools

    rng = random.Random(7)
    texts = SENTENCES + [" ".join(rng.sample(" ".join(SENTENCES).split(), 10)) for _ in range(40)]
    patterns = _cue_patterns()
    scanned = {name: regex_tools.ExistenceTest(pattern) for name, pattern in patterns.items()}
    assert sum(test._literals is not None for test in scanned.values()) > 20
    monkeypatch.setattr(regex_tools, "ahocorasick", None)
    plain = {name: regex_tools.ExistenceTest(pattern) for name, pattern in patterns.items()}
    assert all(test._literals is None for test in plain.values())
    for name in patterns:
        for text in texts:
            assert scanned[name](text) == plain[name](text), (name, text)
            assert scanned[name].possible(text) == plain[name].possible(text), (name, text)


def test_opt_out_rule_gates_scan_like_substring_tests() -> None:
    from models.opt_out import Cues

    cues = Cues.load()
    assert cues._gate_automata and all(a is not None for a in cues._gate_automata.values())
    for rule, words in cues._gate_words.items():
        for text in SENTENCES + [f"x {w} y" for w in words] + [w[:-1] for w in words if len(w) > 1]:
            assert cues.may(rule, text) == any(w in text for w in words), (rule, text)


@pytest.mark.parametrize(("pattern", "literals"), [
    (r"\bwerb\w*", {"werb"}),
    (r"\w+(?<!be)werbung\b", {"werbung"}),
    (r"(?:kann|darf)\s+nicht", {"nicht"}),
    (r"(?:kann|darf)(?:\s+es)?\s+", {"kann", "darf"}),
    (r"ab+c?", {"a"}),
    (r"[a-z]+\d*", None),
    (r"(?i)abc", None),
])
def test_required_literals(pattern: str, literals: set[str] | None) -> None:
    from models.regex_tools import pattern_literals

    assert pattern_literals(pattern) == (None if literals is None else frozenset(literals))


@pytest.mark.parametrize(("branch", "parts"), [
    # a deal cue list: one group framed by word-edge assertions, cut into one branch per alternative
    (r"(?<![\wäöüß])(?:(?:\w*kauf\w*)|(?:preis))(?![\wäöüß])",
     [r"(?<![\wäöüß])(?:\w*kauf\w*)(?![\wäöüß])", r"(?<![\wäöüß])(?:preis)(?![\wäöüß])"]),
    (r"\b(?:(?:a|b))\b", [r"\b(?:a)\b", r"\b(?:b)\b"]),  # a nested group is cut too
    (r"(?:kann|darf)\s+nicht", [r"(?:kann|darf)\s+nicht"]),  # more than assertions around the group
    (r"(?:ab|cd)+", [r"(?:ab|cd)+"]),  # a repeated group
    (r"(?<=x)(?:(a)|b)\1", [r"(?<=x)(?:(a)|b)\1"]),  # a back-reference
])
def test_distributed_cuts_only_framed_alternations(branch: str, parts: list[str]) -> None:
    from models.regex_tools import distributed

    assert distributed(branch) == parts


def test_distributed_cues_exist_where_the_whole_pattern_matches() -> None:
    """A deal cue list cut into its alternatives (and each one led by its first letter) answers `search`."""
    import re

    from models.context import cue
    from models.regex_tools import ExistenceTest

    texts = [s.lower() for s in SENTENCES] + ["der rückkauf", "kaufpreis", "x-kauf", "mit facebooks hilfe", "meta"]
    for name in ("acquisition", "penalty", "other_events", "not_price_nouns", "buyer"):
        pattern = cue(name).pattern
        test = ExistenceTest(pattern)
        assert len(test.gated) > 1, name  # cut: each alternative behind its own literals
        for text in texts + [t[i:] for t in texts for i in (1, 5)]:
            assert test(text) == (re.search(pattern, text) is not None), (name, text)


def test_name_regexes_find_what_the_lookbehind_form_finds() -> None:
    import re

    from models.layer.deal_context import name_regexes, pattern_rows

    plain = [re.compile(rf"(?<![\wäöüß])(?:{row['regex']})(?![\wäöüß])") for row in pattern_rows() if "regex" in row]
    fast = [regex for _, regex in name_regexes()]
    assert any(not regex.pattern.startswith("(?<!") for regex in fast), "the word-start test moves behind the letter"
    rng = random.Random(5)
    pieces = ["fb", "9fb", "facebook", "-", "meta", "metadaten", "whatsapp", "whats app", "-nutzer", "ä", " ", "\n",
              "zuckerbergs", "xmeta", "menlo  park", "ß"]
    texts = [t.lower() for t in SENTENCES] + ["".join(rng.choice(pieces) for _ in range(30)) for _ in range(500)]
    for slow, quick in zip(plain, fast):
        for text in texts:
            assert [m.span() for m in quick.finditer(text)] == [m.span() for m in slow.finditer(text)], text


def test_year_pattern_with_the_lookbehind_moved() -> None:
    import re

    from models.year import _YEAR

    plain = re.compile(r"(?<![\d.,/-])(?P<year>(?:19[89]|20[0-4])\d)(?![\d])(?:er)?")
    rng = random.Random(4)
    pieces = ["1", "2", "0", "9", "8", "4", "-", ".", ",", "/", " ", "er", "x", "\n", "2014", "1999"]
    for text in SENTENCES + ["".join(rng.choice(pieces) for _ in range(25)) for _ in range(3000)]:
        assert [(m.span(), m.span("year")) for m in _YEAR.finditer(text)] == [
            (m.span(), m.span("year")) for m in plain.finditer(text)], text


def test_numeric_date_with_the_lookbehind_moved() -> None:
    """dates.NUMERIC_DATE opens with the day's digit and asks the character before it by a lookbehind (speed37): the
    same matches and years as the lookbehind before the day."""
    import re

    from models import dates

    plain = re.compile(r"(?<![\d.])" + dates._NUMERIC)
    rng = random.Random(37)
    pieces = ["1", "2", "0", "9", "19", "02", "2014", "14", "49", ".", ". ", " ", "x", "\n", "-", "1.", "20. 2. "]
    texts = SENTENCES + ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 16))) for _ in range(20_000)]
    found = 0
    for text in texts:
        fast = [(m.span(), m.span("year")) for m in dates.NUMERIC_DATE.finditer(text)]
        assert fast == [(m.span(), m.span("year")) for m in plain.finditer(text)], text
        found += len(fast)
    assert found > 1000


@pytest.mark.parametrize("text", [
    "Facebook zahlte 19 Mrd. US-Dollar, rund 13,8 Milliarden Euro.",
    "NEUNZEHN MILLIARDEN DOLLAR für WhatsApp, dazu 3 Mrd. $ in Aktien.",
    "Zweiundzwanzig Milliarden US-Dollar; 1.000 Mio. €; 19 000 000 000 Dollar.",
    "Der Preis: 19 MRD ſ USD und İ 4 Milliarden Franken.",  # letters beyond Latin-1: the case-insensitive pattern
])
def test_money_over_the_lowered_text_equals_the_case_insensitive_pattern(text: str) -> None:
    from models.money import _candidate_matches, _patterns

    fast = _candidate_matches(text)
    plain = [m for m in _patterns()["money"].finditer(text)]
    assert [m.span() for m in fast] == [m.span() for m in plain]
    for a, b in zip(fast, plain):
        assert {k: v and v.lower() for k, v in a.groupdict().items()} == {
            k: v and v.lower() for k, v in b.groupdict().items()}


def _money_spans(matches: list) -> list:
    return [(m.span(), {k: v and v.lower() for k, v in m.groupdict().items()}) for m in matches]


@pytest.mark.parametrize("text", [
    "Reporterin Ayşe Yılmaz berichtet: Facebook zahlt 19 Milliarden Dollar für WhatsApp, einundzwanzig Mrd. € am Ende.",
    "Der Preis: 19 Mrd. US-Dollar. Kommentar von Barış Kılıç, ganz am Ende des langen Textes ohne weitere Summe.",
    "Yılmaz: 16 Milliarden Dollar; später, weit weg vom Namen, waren es zweiundzwanzig Milliarden US-Dollar.",
    "ı19 Mrd. $, ş 4 MILLIARDEN Franken, \u212a 3 Mio. Euro und 12 Milliarden Dollar in bar.",  # the letter right before
    "Die Summe: NEUNZEHN MILLIARDEN DOLLAR. Straſſe, İstanbul, Kelvin \u212a: 2 Mrd. USD und 3 Mrd. Euro.",
])
def test_money_region_by_region_equals_the_case_insensitive_pattern(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """money._matches_region_by_region (speed37): in a text with a letter beyond Latin-1, each region without one (from
    the character before it on) is read over the lowered text: the same matches as the case-insensitive pattern over
    every region (the regex-only path, `_scans` None) and over the whole text."""
    from models.caseless import cased_beyond_latin1

    assert cased_beyond_latin1(text)
    fast = money._candidate_matches(text)
    monkeypatch.setattr(money, "_scans", lambda: None)
    assert _money_spans(fast) == _money_spans(money._candidate_matches(text))
    assert _money_spans(fast) == _money_spans(list(money._patterns()["money"].finditer(text)))
    assert fast


def test_money_region_by_region_equals_the_regex_path_on_random_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same on random texts of amounts, number words, letters beyond Latin-1 next to them and filler. (No bare
    "und": the number words' shape reads it, so the regex path tries "und Mio." where the start scan, which opens a
    number word only with a word that may begin one, does not; such a number never parses, in plain texts as here.)"""
    rng = random.Random(37)
    pieces = ["19", "Mrd.", "Milliarden", "Dollar", "US-$", "€", "neunzehn", "Einundzwanzig", "ı", "ş", "Yılmaz",
              "\u212a", "ſ", "İ", " ", " ", ", ", "oder", "\n", "x" * 70, "Facebook zahlte", "1.000", "Mio.", "Euro"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(3, 40))) for _ in range(1500)]
    fast = [_money_spans(money._candidate_matches(text)) for text in texts]
    monkeypatch.setattr(money, "_scans", lambda: None)
    assert fast == [_money_spans(money._candidate_matches(text)) for text in texts]
    assert sum(map(len, fast)) > 1000


def test_moment_cue_tests_answer_like_the_cues() -> None:
    from models.moment import _cue_tests, _cues

    texts = [t.lower() for t in SENTENCES] + [
        "facebook kündigte die übernahme an.", "der kauf wurde im oktober abgeschlossen.",
        "bei abschluss der transaktion", "nichts davon", "angekündigt, vollzogen, genehmigt",
    ]
    for moment, cue in _cues().items():
        test = _cue_tests()[moment]
        for text in texts:
            assert test(text) == (cue.search(text) is not None), (moment, text)
            if not test.possible(text):  # then no stretch of the text holds a cue either
                assert all(cue.search(text, lo, hi) is None
                           for lo in range(0, len(text), 5) for hi in range(lo, len(text) + 1, 9))


def test_doc_before_stops_ahead_of_the_named_component() -> None:
    doc = doc_before(TEXT, "dealwatch_price")
    assert doc._.deal_mentions and doc._.blocks is not None  # the layer ran
    assert not doc._.claims  # no claim component did
    with pytest.raises(ValueError, match="no component"):
        doc_before(TEXT, "dealwatch_nonesuch")


def test_snapshot_compare_names_a_changed_field(tmp_path) -> None:  # noqa: ANN001
    import json

    from models.snapshot import compare, facts

    row = {"name": "t1", **facts(load_pipeline()(TEXT))}
    assert row["claims"] and row["lemmas"] and row["mentions"]
    before, same, changed = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    before.write_text(json.dumps(row) + "\n", encoding="utf-8")
    same.write_text(json.dumps(row) + "\n", encoding="utf-8")
    row["claims"][0]["start"] += 1
    changed.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert compare(before, same) == []
    assert compare(before, changed) == ["t1: claims differs"]


def test_data_terms_cut_to_the_sentence_find_what_the_whole_alternation_finds() -> None:
    import json
    from pathlib import Path

    from models.data_shared import Vocabulary
    from models.evaluate import load_heldout_set

    vocabulary = Vocabulary.load()
    # Both scan paths below: a set of entries compiled on its second sighting (the pipeline waits for hundreds).
    vocabulary.term_finder._compile_after = 2
    rng = random.Random(3)
    real = [doc.text.lower() for doc in load_heldout_set("own.jsonl")[:20]]
    # Every sentence of the rule table: each data term a rule reads must stay reachable through the cut.
    cases = Path(__file__).with_name("test_models_cases.jsonl").read_text(encoding="utf-8").splitlines()
    real += [json.loads(line)["text"].lower() for line in cases if '"text"' in line]
    words = " ".join(SENTENCES + real).split()
    texts = SENTENCES + real + [" ".join(rng.sample(words, 15)) for _ in range(300)] + [
        "handytelefonnummern, ip-adressen und -daten", "kontaktlisten-abgleich", "die nummer", "",
    ]
    cut = 0
    merged = compiled = 0
    for text in texts:
        want = [m.span() for m in vocabulary.term_re.finditer(text)]
        # Asked twice: a set of entries seen for the first time is scanned entry by entry (`_merged`),
        # the second time with its compiled alternation; both must find what the whole alternation finds.
        for _ in range(2):
            mask = vocabulary.term_finder.mask(text)
            merged += mask not in vocabulary.term_finder._patterns and mask in vocabulary.term_finder._sightings
            assert [m.span() for m in vocabulary.term_finder.finditer(text)] == want, text
            compiled += mask in vocabulary.term_finder._patterns
        cut += vocabulary.term_finder.mask(text).bit_count() < len(vocabulary.terms)
    assert merged > 50 and compiled > 50, (merged, compiled)  # both paths really taken
    assert cut == len(texts), "every text leaves some entries out"


def test_the_scan_names_the_entry_term_at_would_name() -> None:
    """finditer_indexed's entry for a match is term_at's (the lowest entry matching exactly that span)."""
    from models.data_shared import Vocabulary

    vocabulary = Vocabulary.load()
    finder = vocabulary.term_finder
    texts = [s.lower() for s in SENTENCES] + [
        "handytelefonnummern, ip-adressen und -daten", "die telefonnummer und die kontakte, name und status",
        "angaben dazu, wie oft du die app nutzt, und welches gerät du verwendest", "kontaktlisten-abgleich",
    ]
    named = 0
    for text in texts:
        for m, i in finder.finditer_indexed(text):
            if i >= 0:
                named += 1
                assert vocabulary.terms[i] is vocabulary.term_at(text, m.start(), m.end()), (text, m.group())
    assert named > 10


def test_present_alternatives_keep_entries_without_a_literal() -> None:
    import re

    from models.regex_tools import PresentAlternatives

    alternatives = ["ab+c", r"\d+", "(?:foo|bar)baz"]
    finder = PresentAlternatives(alternatives, lambda idx: "|".join(alternatives[i] for i in idx))
    whole = re.compile("|".join(alternatives))
    for text in ["abbc 12x foobaz", "12", "nothing", "barbaz ac", "", "abcabc1foobaz2barbaz", "foobarbaz1"] * 2:
        assert [m.span() for m in finder.finditer(text)] == [m.span() for m in whole.finditer(text)]
    # Alternatives tried in another order than their index order, overlapping and tied at one position.
    overlapping = ["ab", "abc", "b?", "c+d"]
    order = (1, 0, 3, 2)
    build = lambda idx: "|".join(overlapping[i] for i in order if i in idx)  # noqa: E731
    reordered = PresentAlternatives(overlapping, build, order=order)
    plain = re.compile(build(tuple(range(4))))
    for text in ["abcd abx ccd", "ab abc", "xyz", "cdab"] * 2:
        assert [m.span() for m in reordered.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert finder.pattern("nothing").pattern == r"\d+"  # the entry with no literal is always in


def test_possible_cues_answer_like_each_tests_possible() -> None:
    """regex_tools.PossibleCues: one scan's bits equal each cue's own `possible`, on texts and stretches."""
    from models.regex_tools import ExistenceTest, PossibleCues

    tests = {name: ExistenceTest(pattern) for name, pattern in _cue_patterns().items()}
    cues = PossibleCues(tests)
    rng = random.Random(5)
    texts = SENTENCES + [" ".join(rng.sample(" ".join(SENTENCES).split(), 10)) for _ in range(40)] + ["", "xyz"]
    ruled_out = 0
    for text in texts + [text[5:30] for text in SENTENCES]:
        mask = cues.possible(text)
        for name, test in tests.items():
            assert bool(mask & cues.bit[name]) == test.possible(text), (name, text)
            ruled_out += not mask & cues.bit[name]
    assert ruled_out > 100, "the scan must rule cues out"


def test_present_alternatives_scan_masks_like_substring_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    """PresentAlternatives.mask from the Aho-Corasick scan equals the prefix/substring tests (no pyahocorasick)."""
    from models import regex_tools
    from models.data_shared import Vocabulary

    terms = Vocabulary.load().term_finder
    alternatives = [f"(?:{pattern})" for pattern in _cue_patterns().values()]
    build = lambda idx: "|".join(alternatives[i] for i in idx)  # noqa: E731
    scanned = regex_tools.PresentAlternatives(alternatives, build)
    monkeypatch.setattr(regex_tools, "ahocorasick", None)
    plain = regex_tools.PresentAlternatives(alternatives, build)
    assert scanned._automaton is not None and plain._automaton is None and terms._automaton is not None
    texts = [s.lower() for s in SENTENCES] + SENTENCES + ["", "die telefonnummer und die kontakte"]
    for text in texts:
        assert scanned.mask(text) == plain.mask(text), text
    assert len({scanned.mask(text) for text in texts}) > 5, "the masks must differ between texts"


def test_clause_breaks_equal_the_plain_pattern() -> None:
    import re

    from models.negation import _CLAUSE_BREAK, _CLAUSE_BREAK_PLAIN

    plain = re.compile(_CLAUSE_BREAK_PLAIN)
    rng = random.Random(2)
    pieces = [" ", "  ", "\n", "\t", "\u00a0", ";", ":", ",", "-", "–", "—", "sondern", "die", "aber", "nicht", "x",
              "wie es", "kein", "keineswegs", "derart", "ist", "dass"]
    texts = SENTENCES + ["".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30))) for _ in range(20_000)]
    for text in texts:
        assert [m.span() for m in _CLAUSE_BREAK.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_one_literal_scan_gates_like_each_gate_alone() -> None:
    """models/layer/literals.py: every gate's sentences from the one Aho-Corasick scan equal those its own
    alternation finds (models.layer.text.sentences_with), on the rule table's sentences and on texts
    whose sentences hold gate words cut, overlapping and spanning sentence ends."""
    import json
    from pathlib import Path

    from models.layer.literals import GATES, gate_sentences, gate_words
    from models.layer.text import lower_text, sentences_with
    from models.negation import literal_alternation

    cases = Path(__file__).with_name("test_models_cases.jsonl").read_text(encoding="utf-8").splitlines()
    sentences = [json.loads(line)["text"] for line in cases if '"text"' in line]
    rng = random.Random(9)
    words = sorted({w for name in GATES for w in gate_words(name)})
    mixed = [" ".join(rng.choice(words + ["Die", "und", "Daten.", "Er", "sagt:"]) for _ in range(12)) + "."
             for _ in range(150)]
    texts = [" ".join(sentences[i:i + 8]) for i in range(0, len(sentences), 8)] + [
        " ".join(mixed[i:i + 6]) for i in range(0, len(mixed), 6)] + [TEXT, "Nichts davon.", "Whats-\nApp. Nummer"]
    nlp = load_pipeline()
    gated = 0
    for doc in nlp.pipe(texts):
        sents = Sentences.of(doc)
        for name in GATES:
            plain = sentences_with(literal_alternation(gate_words(name)), lower_text(doc), sents.starts, sents.ends)
            assert gate_sentences(doc, name) == plain, (name, doc.text[:80])
            gated += len(plain)
    assert gated > 500


def test_every_gate_word_opens_its_gate() -> None:
    """Each literal a gate protects is reachable: a sentence holding just that word passes the gate."""
    from models.layer.literals import GATES, gate_sentences, gate_words

    nlp = load_pipeline()
    for name in GATES:
        for word in gate_words(name):
            doc = nlp(f"Eins. Hier steht {word} im Satz.")
            assert 1 in gate_sentences(doc, name), (name, word)


def test_literal_gates_without_pyahocorasick_give_the_same_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    from models.layer import literals

    nlp = load_pipeline()
    texts = [TEXT, "Eins. Wer nicht zustimmt, muss gehen. Die Nummer geht an Facebook.", "Nichts."]
    want = [{name: literals.gate_sentences(doc, name) for name in literals.GATES} for doc in nlp.pipe(texts)]
    monkeypatch.setattr(literals, "ahocorasick", None)
    got = [{name: literals.gate_sentences(doc, name) for name in literals.GATES} for doc in nlp.pipe(texts)]
    assert got == want and any(any(v) for v in want[1].values())


@pytest.mark.parametrize(("gate", "rule_gates"), [
    (["widersp", ""], {"objection": ["widersp"]}),  # an empty gate word
    (["widersp"], {"objection": ["widersp"], "control": ["abschalt", ""]}),  # an empty rule-gate word
])
def test_an_empty_gate_word_is_refused_at_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gate: list[str], rule_gates: dict[str, list[str]]
) -> None:
    """An empty word would open its gate on every sentence and keep every gate from the one shared scan."""
    from models.layer import literals

    (tmp_path / "opt_out.json").write_text(json.dumps({"gate": gate, "rule_gates": rule_gates}), encoding="utf-8")
    monkeypatch.setattr(literals, "PATTERNS_DIR", tmp_path)
    with pytest.raises(ValueError, match="opt_out.json .*: an empty gate word"):
        literals.gate_words("opt_out")  # the gate
        literals.rule_gate_words("opt_out")  # (reached when the gate has no empty word)


def test_opt_out_sentence_rules_equal_may_sentence_by_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from models.evaluate import load_heldout_set
    from models.layer.text import lower_text
    from models.opt_out import Cues

    cues = Cues.load()
    nlp = load_pipeline()
    texts = [TEXT] + [doc.text for doc in load_heldout_set("own.jsonl")[:15]]
    # A gate word across a sentence end opens neither sentence; one inside a sentence opens it.
    texts.append("Man kann wider. Sprechen hilft nicht. Widersprechen kann man bis Ende September.")
    opened = 0
    for text in texts:
        doc = nlp(text)
        low = lower_text(doc)
        sents = Sentences.of(doc)
        bounds = list(zip(sents.starts, sents.ends))
        masks = cues.sentence_rules(low, bounds)
        monkeypatch.setattr(cues, "_rules_automaton", None)  # the plain path: `may` sentence by sentence
        plain = cues.sentence_rules(low, bounds)
        monkeypatch.undo()
        assert masks == plain
        for si, (s0, s1) in enumerate(bounds):
            for rule, bit in cues.rule_bit.items():
                assert bool(masks[si] & bit) == cues.may(rule, low[s0:s1]), (rule, low[s0:s1])
                opened += bool(masks[si] & bit)
    assert opened > 20, "the rule gates must open on these texts"
    # Bounds that cut words: a gate word that runs past a sentence's end opens no sentence.
    low = "auch wenn du widersprichst, bleibt nur noch eine andere wahl: nicht mehr zustimmen."
    for width in (3, 5, 7, 11):
        bounds = [(i, min(i + width, len(low))) for i in range(0, len(low), width)]
        masks = cues.sentence_rules(low, bounds)
        for (s0, s1), mask in zip(bounds, masks):
            for rule, bit in cues.rule_bit.items():
                assert bool(mask & bit) == cues.may(rule, low[s0:s1]), (rule, low[s0:s1])


def test_layer_scan_rule_masks_equal_the_opt_out_rule_gates() -> None:
    """models/layer/literals.py: the rule gates the layer's one scan gives opt_out (`rule_masks`) equal the
    component's own scan (`Cues.sentence_rules`), words cut by sentence ends included, and the shipped
    component reads them."""
    from models.evaluate import load_heldout_set
    from models.layer.literals import rule_masks
    from models.layer.text import lower_text
    from models.opt_out import Cues

    cues = Cues.load()
    nlp = load_pipeline()
    assert nlp.get_pipe("dealwatch_opt_out")._layer_rules
    texts = [TEXT, "Man kann wider. Sprechen hilft nicht. Widersprechen kann man bis Ende September."]
    texts += [doc.text for doc in load_heldout_set("own.jsonl")[:15]]
    opened = 0
    for doc in nlp.pipe(texts):
        sents = Sentences.of(doc)
        want = cues.sentence_rules(lower_text(doc), list(zip(sents.starts, sents.ends)))
        assert rule_masks(doc, "opt_out") == want, doc.text[:80]
        opened += sum(bool(mask) for mask in want)
    assert opened > 20, "the rule gates must open on these texts"


def test_opt_out_cues_within_answer_like_has() -> None:
    """`Cues.within(sent, prev).has` equals `Cues.has` for every cue on both texts and stretches of them (the
    learned stage's guards ask through it), on the rule table's sentences."""
    from models.opt_out import Cues

    cues = Cues.load()
    cases = Path(__file__).with_name("test_models_cases.jsonl").read_text(encoding="utf-8").splitlines()
    sentences = [json.loads(line)["text"].lower() for line in cases if '"text"' in line][:400]
    found = skipped = 0
    for prev, sent in zip(["", *sentences], sentences):
        view = cues.within(sent, prev)
        for text in (sent, prev, sent[len(sent) // 2:]):
            for name in cues.rx:
                answer = cues.has(name, text)
                assert view.has(name, text) == answer, (name, text)
                found += answer
                skipped += not view._possible & view._bit[name]
    assert found > 500 and skipped > 5000


def test_data_mentions_are_found_once_per_document_and_shared() -> None:
    from models.data_shared import DataSharedComponent, Vocabulary

    rules, learned = DataSharedComponent(Vocabulary.load()), DataSharedComponent(Vocabulary.load())
    sentence = "whatsapp gibt die telefonnummer und das adressbuch an facebook weiter."
    rules._mentions_of_doc.clear()
    found = rules._mentions(sentence)
    assert [(m.start, m.end) for m in found] == [(m.start, m.end) for m in rules._find_mentions(sentence)]
    assert len(found) == 2
    assert learned.find_mentions(sentence) is found  # the second reader gets the first reader's list
    spec = json.loads(Path(__file__).resolve().parent.parent.joinpath("models", "patterns", "data_shared.json")
                      .read_text(encoding="utf-8"))
    spec["terms"] = [t for t in spec["terms"] if t["type"] != "contacts"]
    other = DataSharedComponent(Vocabulary(spec))  # another vocabulary: its own mentions, never the shared ones
    assert other.find_mentions(sentence) is not found
    assert len(other.find_mentions(sentence)) == 1


# Opt-out texts of our own for the fast paths of models/opt_out.py: short answers, ellipses, questions.
OPT_OUT_TEXTS = SENTENCES + [
    "nein.", "leider nicht.", "das geht leider nicht mehr.", "ja.", "durchaus!", "doch", "berghoff: nein, so nicht.",
    "die weitergabe nicht.", "der weitergabe der nummer leider nicht.", "nur gegen die werbenutzung.",
    "ja, aber nur für werbung.", "kann ich das abstellen?", "das ist ausgeschlossen", "fehlanzeige.",
    "nicht die nummer, sondern die werbung lässt sich abwählen, andernfalls bleibt nur das löschen der app.",
    "wer nicht zustimmt, muss whatsapp löschen; eine andere wahl gibt es nicht, die zustimmung ist pflicht.",
    "die übermittlung findet in jedem fall statt, auch wenn man widerspricht.",
]


def test_opt_out_cue_search_equals_the_plain_pattern() -> None:
    """`Cues.search/finditer/sub` (asked behind the branch-wise existence test) give what the compiled cue gives."""
    from models.opt_out import Cues

    cues = Cues.load()
    rng = random.Random(5)
    texts = OPT_OUT_TEXTS + [" ".join(rng.sample(" ".join(OPT_OUT_TEXTS).split(), 14)) for _ in range(60)]
    matched = 0
    for name, rx in cues.rx.items():
        for text in texts:
            for pos in (0, 5):
                found, plain = cues.search(name, text, pos), rx.search(text, pos)
                assert (found and found.span()) == (plain and plain.span()), (name, text, pos)
                assert [m.span() for m in cues.finditer(name, text, pos)] == [m.span() for m in rx.finditer(text, pos)]
            assert cues.sub(name, " ", text) == rx.sub(" ", text), (name, text)
            matched += rx.search(text) is not None
    assert matched > 100, "the cues must match on these texts"


def test_opt_out_answer_shapes_open_wherever_a_shape_matches() -> None:
    """The one pattern the component asks at each sentence start matches wherever one of the five shapes it
    stands for does (the anchored cues on the sentence alone), so it skips no sentence one of them reads."""
    from models.opt_out import PATTERNS_FILE, Cues, _S, _answer_shapes

    spec = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    cues = Cues(spec)
    shapes = _answer_shapes(cues)
    rng = random.Random(3)
    pieces = OPT_OUT_TEXTS + [" ".join(rng.sample(" ".join(OPT_OUT_TEXTS).split(), 3)) + "." for _ in range(200)]
    opened = skipped = 0
    for sent in pieces:
        text = "vorher steht ein satz. " + sent + " danach noch einer."
        start, end = 23, 23 + len(sent)
        any_shape = bool(
            _S.answer.match(text, start, end) or _S.elliptic_not.match(text, start, end)
            or _S.only_answer.match(text, start, end) or cues.has("answer_no", sent) or cues.has("answer_yes", sent)
        )
        combined = shapes.match(text, start, end) is not None
        assert combined >= any_shape, sent
        opened += any_shape
        skipped += not combined
    assert opened > 15, "the short answers must match a shape"
    assert skipped > 100, "most sentences are no short answer"
    with pytest.raises(ValueError):  # an anchored cue with a second branch cannot lose its "^"
        _answer_shapes(Cues({**spec, "cues": {**spec["cues"], "answer_no": "nein|^nö"}}))


def test_opt_out_rule_gates_open_wherever_their_cue_matches() -> None:
    """The component asks a rule's cue (objection, control, choice, ...) only where that rule's gate opened: wherever
    the cue of a gated rule's name matches, one of the gate's words occurs. On the rule-case sentences and on forms a
    cue's optional words allow (a remedy branch once took a word before "Mittel" that the gate words did not hold)."""
    from models.opt_out import Cues

    cues = Cues.load()
    cases = Path(__file__).with_name("test_models_cases.jsonl").read_text(encoding="utf-8").splitlines()
    texts = OPT_OUT_TEXTS + [json.loads(line)["text"].lower() for line in cases if '"text"' in line] + [
        "man kann die weitergabe unterbinden.", "den haken entfernen", "die freigabe zurückziehen",
        "gegen die weitergabe gibt es kein wirksames mittel.", "gegen die übermittlung haben nutzer keine rechtlichen mittel.",
        "gegen die datenweitergabe gibt es keine gegenmittel.", "gegen die übermittlung ist noch kein rechtes kraut gewachsen.",
    ]
    gated = [rule for rule in cues._gate_words if rule in cues.rx]
    assert {"objection", "control", "choice"} <= set(gated)
    hits = {rule: 0 for rule in gated}
    for text in texts:
        for rule in gated:
            if cues.has(rule, text):
                hits[rule] += 1
                assert cues.may(rule, text), (rule, text)
    assert hits["objection"] >= 50 and hits["control"] >= 3 and hits["choice"] >= 3


def test_whole_text_tests_read_the_docs_lower_text_like_their_own() -> None:
    """year and context read a Doc's one lower-casing (`folded`): the same years and cue answers as when
    they lower-case the text themselves, word years, a letter that lower-cases longer ("İ") and
    non-Latin-1 letters included."""
    from models import context
    from models.context import lower_keeping_offsets
    from models.year import _years

    texts = [
        TEXT, "Im Februar zweitausendvierzehn kaufte Facebook den Messenger.",
        "İstanbul: ZWEITAUSENDVIERZEHN übernahm Facebook WhatsApp für 19 Mrd. Dollar.",
        "Ωmega meldet 2014: Instagram gehört zu Facebook.", "Nichts.",
    ]
    years = 0
    for text in texts:
        folded = lower_keeping_offsets(text)
        assert _years(text, folded) == _years(text)
        years += len(_years(text))
        assert context.speaks_of_target(text, folded) == context.speaks_of_target(text)
        for name in ("target", "buyer", "other_targets"):
            assert context.has(name, text, folded) == context.has(name, text), (name, text)
    assert years >= 4


def test_names_parties_once_per_doc_equal_the_whole_text_tests() -> None:
    """models.layer.text.names_parties (price and year read it): the answers of `speaks_of_target` and of the
    buyer cue over the whole text, asked over the Doc's lower-casing."""
    from models import context
    from models.layer.text import names_parties

    nlp = load_pipeline()
    texts = [TEXT, "Der Messenger gehört jetzt Facebook.", "Instagram kostete Facebook 1 Mrd. Dollar.",
             "Koum und Acton gründeten die App.", "İstanbul: Nichts davon.", "Nichts."]
    answers = []
    for doc in nlp.pipe(texts):
        want = (context.speaks_of_target(doc.text), context.has("buyer", doc.text))
        assert names_parties(doc) == want, doc.text
        answers.append(want)
    assert {a for a, _ in answers} == {True, False} and {b for _, b in answers} == {True, False}


def test_conditional_clause_prefilter_answers_like_every_clause() -> None:
    """negation.has_conditional_clause (the learned stage's modal guard): cutting the clauses only where a
    condition word occurs gives what testing every clause gives."""
    from models.negation import _CONDITION_WORDS, has_conditional_clause, is_conditional, split_clauses

    assert _CONDITION_WORDS and {"wenn", "falls", "sofern"} <= _CONDITION_WORDS
    sentences = [
        "die app gibt die nummer weiter, wenn man nicht widerspricht.",
        "sollte der konzern die chats lesen, wäre das ein bruch.",
        "falls ja: die kontakte bleiben auf dem telefon.",
        "und wenn nicht?",
        "die wenigen nutzer, die zustimmen, geben ihre nummer frei.",  # "wenig" holds no condition word
        "der dienst sollte die daten löschen, sagt sie.",  # a word, but no clause opens with it
        "wie er es wollte: die fotos bleiben privat.",
        "",
    ]
    answers = [has_conditional_clause(s) for s in sentences]
    assert answers == [any(is_conditional(s[a:b]) for a, b in split_clauses(s)) for s in sentences]
    assert answers[:4] == [True, True, True, True] and not any(answers[4:])


def _walked_token_words(doc, start: int, end: int, mentions, parties) -> list[str]:  # noqa: ANN001
    """The learned stage's words of doc text [start, end) read token by token from a char_span (the plain path)."""
    import bisect

    from models.learned.features import _PARTY_WORD, BUYER, DATA, NUMBER

    words: list[str] = []
    mention_starts, party_starts = [m.start for m in mentions], [p[0] for p in parties]
    span = doc.char_span(start, end, alignment_mode="expand")
    last = -1
    for token in span if span is not None else ():
        if token.idx < last:
            continue
        i = bisect.bisect_right(mention_starts, token.idx) - 1
        j = bisect.bisect_right(party_starts, token.idx) - 1
        if i >= 0 and token.idx < mentions[i].end:
            words.append(DATA)
            last = mentions[i].end
        elif j >= 0 and token.idx < parties[j][1]:
            words.append(_PARTY_WORD.get(parties[j][2], BUYER))
            last = parties[j][1]
        elif not token.is_space:
            words.append(NUMBER if token.like_num else (token.lemma_ or token.text).lower())
    return words


def test_learned_words_from_token_arrays_equal_the_token_walk() -> None:
    """models.learned.features.token_words reads one token array per Doc: the same words as walking the
    tokens of `doc.char_span(..., alignment_mode="expand")`, for sentences and for stretches that start or
    end inside a word or on whitespace."""
    from models.learned.features import mentions_in, party_spans, token_words

    nlp = load_pipeline()
    doc = nlp(TEXT + "\n\nDie Kontakte  und 2 Fotos gehen an Meta.")
    parties = party_spans(doc)
    sents = Sentences.of(doc)
    stretches = list(zip(sents.starts, sents.ends))
    size = len(doc.text)
    stretches += [(a, b) for a in range(0, size, 7) for b in (a + 1, a + 13, a + 40, size, size + 3) if b > a]
    compared = 0
    for a, b in stretches:
        mentions = mentions_in(doc, a, min(b, size))
        want = _walked_token_words(doc, a, b, mentions, parties)
        assert token_words(doc, a, b, mentions, parties) == want, (a, b)
        compared += bool(want)
    words = token_words(doc, 0, size, mentions_in(doc, 0, size), parties)
    assert {"__data__", "__fb__", "__wa__", "__num__"} <= set(words) and compared > 100


def test_mention_spans_are_the_deal_mentions_read_once() -> None:
    """models.layer.deal_context.mention_spans: the offsets and labels of `doc._.deal_mentions`, kept per Doc
    and read again when the span group is replaced."""
    from models.layer.deal_context import MENTIONS_GROUP, mention_spans

    doc = load_pipeline()(TEXT)
    spans = mention_spans(doc)
    assert spans == [(m.start_char, m.end_char, m.label_) for m in doc._.deal_mentions]
    assert {"BUYER", "TARGET"} <= {label for _s, _e, label in spans}
    assert mention_spans(doc) is spans  # kept
    doc.spans[MENTIONS_GROUP] = list(doc._.deal_mentions)[:1]
    assert mention_spans(doc) == spans[:1]
    assert mention_spans(nlp_blank_doc()) is None


def test_party_spans_are_one_list_per_doc() -> None:
    """features.party_spans: the sorted deal mentions, the same list at every call on a Doc (the word and
    buyer memos test it by identity) and read again when the span group is replaced."""
    from models.layer.deal_context import MENTIONS_GROUP, mention_spans
    from models.learned.features import buyer_sentences, party_spans

    doc = load_pipeline()(TEXT)
    parties = party_spans(doc)
    assert parties == sorted(mention_spans(doc)) and party_spans(doc) is parties
    buyers = buyer_sentences(doc, parties)
    assert buyers and buyer_sentences(doc, party_spans(doc)) is buyers
    doc.spans[MENTIONS_GROUP] = list(doc._.deal_mentions)[:1]
    assert party_spans(doc) == sorted(mention_spans(doc)) and len(party_spans(doc)) == 1
    assert buyer_sentences(doc, party_spans(doc)) <= buyers


def test_mentions_of_two_kinds_from_one_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    """features.mentions_in: the claimable and the message mentions of a stretch come from one scan of it,
    each list the one a scan of its own gives."""
    from models.learned import features

    doc = load_pipeline()("Facebook liest die Nachrichten und die Telefonnummer der Nutzer von WhatsApp mit.")
    doc.user_data.pop("dealwatch_data_mentions", None)  # (no rules' scan to read: the stage scans itself)
    size = len(doc.text)
    scans: list[str] = []
    real = features._find
    monkeypatch.setattr(features, "_find", lambda low: scans.append(low) or real(low))
    claimable = features.mentions_in(doc, 0, size)
    messages = features.mentions_in(doc, 0, size, features.MESSAGE_KINDS)
    assert len(scans) == 1
    fresh = list(real(doc.text.lower()))
    assert claimable == [features.Mention(m.start, m.end, m.term.type, m.term.kind) for m in fresh
                         if m.term.type != "other" and m.term.kind in features.CLAIMABLE_KINDS]
    assert messages == [features.Mention(m.start, m.end, m.term.type, m.term.kind) for m in fresh
                        if m.term.type != "other" and m.term.kind in features.MESSAGE_KINDS]
    assert claimable and messages


def nlp_blank_doc():  # noqa: ANN201
    """A Doc no deal-context component has seen."""
    import spacy

    return spacy.blank("de")("Facebook kaufte WhatsApp.")


def test_opt_out_token_cues_of_a_sentence_by_binary_search() -> None:
    """features.cues_between: the cues a filter over all of them keeps, relative to the sentence start."""
    from models.learned.features import cues_between

    rng = random.Random(3)
    tokens = sorted((rng.randrange(200), rng.choice("AB")) for _ in range(60))
    for start in range(0, 200, 9):
        for end in (start, start + 1, start + 17, 250):
            assert cues_between(tokens, start, end) == [(s - start, label) for s, label in tokens if start <= s < end]


def test_money_in_a_doc_is_found_once_and_equals_find_money() -> None:
    from models.layer.text import money_in
    from models.money import find_money

    doc = load_pipeline().make_doc(TEXT)
    first = money_in(doc)
    assert first == find_money(TEXT) and first
    first.clear()  # each caller gets its own list
    assert money_in(doc) == find_money(TEXT)


def test_after_colon_reads_like_the_stripped_prefix() -> None:
    """features.after_colon: what `text[:start].rstrip().endswith(":")` says, for every start."""
    from models.learned.features import after_colon

    rng = random.Random(5)
    alphabet = ["a", ":", " ", "\n", "\u00a0", "\u2003", "\t", ".", "?"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        for start in range(len(text) + 1):
            assert after_colon(text, start) == text[:start].rstrip().endswith(":"), (text, start)
    assert after_colon("Was bekommt Facebook: \n\nDie Nummer", 23) and not after_colon("Ja. Nein", 4)


def test_token_range_is_spacys_char_span_expand() -> None:
    """layer/text.token_range (the deal context's name alignment, the learned features' token ranges) gives the
    tokens spaCy's char_span(..., alignment_mode="expand") gives, on every span of short texts."""
    from spacy.attrs import IDX, LENGTH

    from models.layer.text import token_range

    nlp = load_pipeline()
    for text in [TEXT[:180], "  Zwei  Leerzeichen,\n\nund ein Absatz. ", "x"]:
        doc = nlp.make_doc(text)
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 12) + 1):
                span = doc.char_span(start, end, alignment_mode="expand")
                want = range(0) if span is None else range(span.start, span.end)
                assert token_range(starts, lengths, len(text), start, end) == want, (text, start, end)


def test_block_at_reads_the_kept_starts_like_a_search_over_the_blocks() -> None:
    from models.layer.structure import block_at

    doc = load_pipeline()("Titel der Seite\n\nWas passiert mit den Daten?\nFacebook bekommt die Nummer.\n\n- erstens\n- zweitens")
    blocks = doc._.blocks
    assert len(blocks) >= 4
    for offset in range(-1, len(doc.text) + 2):
        want = next((b for b in blocks if b.start <= offset < b.end), None)
        assert block_at(doc, offset) is want, offset


def test_find_money_reads_the_callers_lowered_text_like_its_own() -> None:
    """models.money.find_money(text, lowered): the Doc's `lower_text` passed in gives the same amounts."""
    from models.context import lower_keeping_offsets
    from models.money import find_money

    for text in (TEXT, "Rund 19 MRD. DOLLAR zahlte İnstagram? Nein: 1 Mrd. $", ""):
        assert find_money(text, lower_keeping_offsets(text)) == find_money(text)
    assert find_money(TEXT)


def test_cue_lists_asked_in_a_row_of_one_text_answer_like_a_fresh_text() -> None:
    """models.context._folded keeps the last lowered text (speed): asking several lists of one text object, then
    of another text, then of the first again, answers as a fresh copy of each text does."""
    from models import context

    first, second = "Facebook ZAHLTE für WhatsApp", "Google bot für Instagram"
    names = ("buyer", "target", "other_targets", "other_buyers", "acquisition", "price_context")
    for text in (first, first, second, first):
        for name in names:
            fresh = "".join(list(text))  # an equal string, another object
            assert fresh is not text
            assert context.has(name, text) == context.has(name, fresh)
            assert [m.span() for m in context.finditer(name, text)] == [m.span() for m in context.finditer(name, fresh)]
    assert context.has("buyer", first) and not context.has("buyer", second)


@pytest.mark.parametrize(("text", "added"), [
    ("Käufer: Facebook Inc.\nZiel: WhatsApp Inc.\nBekanntgabe: 19.02.2014\n\nMehr dazu später.", True),
    ("Käufer: Facebook\nZiel: WHATſAPP\nAbschluss: Oktober 2014", True),  # a long s is "s" only case-insensitively
    ("Käufer: Facebook\nZiel: Instagram\nBekanntgabe: 2012", False),
])
def test_fact_box_year_behind_its_literal_gate_adds_what_the_scan_adds(
    text: str, added: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """models.year._fact_box_year asks its (?i) pattern only where the lowered text holds "whats" or a letter
    beyond Latin-1 may fold otherwise: the same claims as scanning every text."""
    import re

    from models import year
    from models.claims import claims_of

    nlp = load_pipeline()
    gated = nlp.make_doc(text)
    answer = year._fact_box_year(gated, text)
    assert answer is added
    monkeypatch.setattr(year, "CASED_BEYOND_LATIN1", re.compile(""))  # matches everywhere: always scan
    scanned = nlp.make_doc(text)
    assert year._fact_box_year(scanned, text) == answer
    assert [c.to_record() for c in claims_of(gated)] == [c.to_record() for c in claims_of(scanned)]


def test_the_token_table_the_deal_context_builds_holds_the_tagged_lemmas() -> None:
    """models.layer.deal_context reads the layer's token table (speed: one `Doc.to_array` per Doc): built after
    the tagger, it holds the rejoined separable verbs' lemmas that the token cues read later."""
    import numpy
    from spacy.attrs import IDX, LEMMA, LENGTH, LOWER

    from models.layer.cues import token_table

    text = "Man schaltet die Weitergabe in den Einstellungen ab. Die Nummer leitet der Dienst trotzdem weiter."
    doc = build_layer()(text)
    arrays, starts, lengths = token_table(doc)
    assert numpy.array_equal(arrays, doc.to_array([LEMMA, LOWER, IDX, LENGTH]))
    assert starts == [t.idx for t in doc] and lengths == [len(t) for t in doc]
    assert any(t.lemma_ == "abschalten" for t in doc)  # the tagger's rejoined verb, in the table too


def build_layer():  # noqa: ANN201
    """The layer alone (models.pipeline.LAYER)."""
    from models.pipeline import build_pipeline

    return build_pipeline(())


def test_refusals_without_loss_kept_for_the_last_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """models.opt_out `_refusals`: the plain `_refusal_without_loss` of the sentence, read once however often
    it is asked of that sentence in a row (`_sentence`, then `_after_refusal`), and read anew for another."""
    from models import opt_out

    component = load_pipeline().get_pipe("dealwatch_opt_out")
    costless = "Wer den neuen Bedingungen nicht zustimmt, kann den Messenger trotzdem weiter nutzen."
    costly = "Wer nicht zustimmt, kann den Dienst nicht mehr nutzen."
    want = {s: component._refusal_without_loss(s, opt_out._split(s)) for s in (costless, costly)}
    assert want[costless] and not want[costly]
    calls: list[str] = []
    plain = component._refusal_without_loss
    monkeypatch.setattr(component, "_refusal_without_loss", lambda s, c: calls.append(s) or plain(s, c))
    component._refusal_memo = None
    assert component._refusals(costless, opt_out._split(costless)) == want[costless]
    assert component._refusals(costless) == want[costless] and calls == [costless]
    assert component._refusals(costly) == want[costly] and calls == [costless, costly]


def test_doc_values_read_as_the_extensions_do() -> None:
    """models.doc_extensions: each extension it reads is declared with `default=None` alone, and its direct
    read gives what `doc._` gives, set (after the pipeline) and unset (a blank Doc); a value set directly
    is what `doc._` then reads."""
    from spacy.tokens import Doc

    from models.doc_extensions import DEFAULT_NONE, doc_value, set_doc_value

    nlp = load_pipeline()
    done, blank = nlp(TEXT), nlp.make_doc("Nichts gelesen.")
    for name in DEFAULT_NONE:
        assert Doc.get_extension(name) == (None, None, None, None), name
        assert doc_value(done, name) is getattr(done._, name) and doc_value(done, name) is not None, name
        assert doc_value(blank, name) is None and getattr(blank._, name) is None, name
    set_doc_value(blank, "claims", ["x"])
    assert blank._.claims == ["x"]


def test_a_word_whose_analysis_offers_no_tag_is_never_tagged_so() -> None:
    """`tagger.may_tag` (price_parties tags a clause only when a word asked about may be NE) against the tags."""
    sentences = [
        "Der Chipkonzern Nvidia bot dem Fahrdienst Lyft rund zwei Milliarden Dollar .",
        "Für Sprint zahlte Softbank damals mehr , als Analysten erwartet hatten .",
        "Konkurrent Google übernahm die Firma Motorola nach langem Ringen .",
        "Laut Reuters prüfte die Kartellbehörde in Brüssel den Kauf durch Microsoft .",
        "Zuckerberg kaufte Instagram , Oculus und später den Messenger für Milliarden .",
    ]
    ruled_out = tagged_ne = 0
    for sentence in sentences:
        words = sentence.split()
        tags = [tagger.stts(tag) for tag in tagger.hanta().tag_sent(words, taglevel=0)]
        for i, (word, tag) in enumerate(zip(words, tags)):
            if not tagger.may_tag(word, "NE", first=i == 0):
                ruled_out += 1
                assert tag != "NE", (sentence, word)
            tagged_ne += tag == "NE"
    assert ruled_out >= 10 and tagged_ne >= 5  # both sides of the test are exercised


def test_first_match_from_the_branches_is_the_search() -> None:
    """`ExistenceTest.first` (data_shared's clause cues) gives the match `search` gives: start, end, groups."""
    import re

    from models.regex_tools import ExistenceTest, literal_first

    rng = random.Random(13)
    texts = SENTENCES + [" ".join(rng.sample(" ".join(SENTENCES).split(), 12)) for _ in range(60)]
    texts += [
        "die daten gehen an den konzern, der sie mit den profilen abgleicht und nicht weitergibt.",
        "geschützt bleibt nur der inhalt: die nummer reicht whatsapp an facebook weiter, sagt er.",
    ]
    matched = 0
    for name, pattern in _cue_patterns().items():
        test, plain = ExistenceTest(pattern), re.compile(literal_first(pattern))
        for text in texts:
            want, got = plain.search(text), test.first(plain, text)
            assert (want is None) == (got is None), (name, text)
            if want is not None:
                matched += 1
                assert (got.span(), got.groups()) == (want.span(), want.groups()), (name, text)
    assert matched > 100  # the cues match often enough for the comparison to mean something


def test_opt_out_phrasing_gates_answer_like_the_search() -> None:
    """opt_out asks `pretence` by its existence test and `final_choice` behind its literals: the search's answers."""
    from models import opt_out

    texts = SENTENCES + [
        "die entscheidung ist danach endgültig, sagt der konzern.",
        "nach 30 tagen lässt sich die einstellung nicht mehr ändern.",
        "den schalter kann man später nicht mehr umlegen.",
        "er gaukelte ihnen vor, sie könnten widersprechen.",
        "indem whatsapp den nutzern eine wahl vorgaukelt, die es nicht gibt.",
        "die wahl ist frei, und die einstellung bleibt änderbar.",
    ]
    found = 0
    for text in texts:
        assert opt_out._PRETENCE(text) == (opt_out._S.pretence.search(text) is not None), text
        for start, end in [(0, len(text)), (4, len(text)), (0, max(0, len(text) - 9))]:
            plain = opt_out._S.final_choice.search(text, start, end) is not None
            gated = opt_out._FINAL_CHOICE.possible(text[start:end]) and plain
            assert gated == plain, (text, start, end)
            found += plain
    assert found >= 3 and sum(opt_out._PRETENCE(t) for t in texts) >= 2  # both phrasings do match here


def test_word_start_after_the_leading_letters_matches_like_the_edge_in_front() -> None:
    """regex_tools._starts_word places the word-edge lookbehind after the whole run of letters a branch opens
    with (`\\bkomm` -> `komm(?<!\\w.{4})`, speed22): the same spans as `\\b` in front, on random strings of an
    alphabet of letters, umlauts, a hyphen, spaces and newlines, at every start position (the lookbehind reads
    before `pos`, tried from 0, 1 and 3); a quantifier on the run's last letter keeps that letter out of the run."""
    import re

    from models.regex_tools import _literal_led, first_letter_led, literal_first

    patterns = [r"\bab", r"\bab?c", r"\baab*", r"\b(?:ab|ba)a", r"\b(?:äb|b)\s+a", r"\ba{2}b", r"\bab+a?",
                r"\b(?:a|ab)b", r"\b(?:ba\b|ab)", r"\baäb\w*"]
    rng = random.Random(22)
    texts = ["".join(rng.choice("aabbä- \n") for _ in range(rng.randint(0, 24))) for _ in range(400)]
    assert literal_first(r"\bkommt?\s|\bab") == r"komm(?<!\w.{4})t?\s|ab(?<!\w.{2})"
    led_count = 0
    for pattern in patterns:
        fast = re.compile(literal_first(pattern))
        led = first_letter_led(pattern[2:], r"(?<![\w-].)")
        led_count += led is not None
        edged = re.compile(r"(?<![\w-])(?:" + pattern[2:] + ")") if led is not None else None
        framed = re.compile(r"(?<![\wäöüß])" + pattern[2:])
        literal_led = re.compile(_literal_led(r"(?<![\wäöüß])" + pattern[2:]))
        plain = re.compile(pattern)
        for text in texts:
            for pos in (0, 1, 3):
                assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]
                assert [m.span() for m in literal_led.finditer(text, pos)] == [m.span() for m in framed.finditer(text, pos)]
                if led is not None:
                    assert [m.span() for m in re.finditer(led, text[pos:])] == [m.span() for m in edged.finditer(text[pos:])]
    assert led_count >= 7


def test_a_leading_lookbehind_moved_behind_the_letters_matches_like_in_front() -> None:
    """regex_tools._lookbehind_moved (through `_literal_led`, speed34) places any leading lookbehind, negative or
    positive, behind the run of letters the rest opens with, widened over it (`(?<!unge)nutz` ->
    `nutz(?<!(?:unge).{4})`): the same spans as the lookbehind in front, on random strings of letters, umlauts,
    a hyphen, spaces and newlines, from several start positions (a lookbehind reads before `pos`); a rest that
    opens with no letter keeps its lookbehind in front."""
    import re

    from models.regex_tools import _literal_led

    patterns = [r"(?<!a)ba", r"(?<=a )(?:ab|b)a", r"(?<!a|b)äb?", r"(?<=\s{2})(?:a|bä)\s+b", r"(?<!ab)(?<!b-)a\w*",
                r"(?<!a )\bab\b", r"(?<=[ab])ba+", r"(?<!a)(?:ab|b)(?=\s)"]
    rng = random.Random(34)
    texts = ["".join(rng.choice("aabbä- \n") for _ in range(rng.randint(0, 24))) for _ in range(400)]
    assert _literal_led(r"(?<!unge)nutz(?:t|en)") == r"nutz(?<!(?:unge).{4})(?:t|en)"
    assert _literal_led(r"(?<!a)\s+b") == r"(?<!a)\s+b"  # no letter to lead with: as it was
    for pattern in patterns:
        led, plain = re.compile(_literal_led(pattern)), re.compile(pattern)
        assert not led.pattern.startswith("(?<"), pattern
        for text in texts:
            for pos in (0, 1, 3):
                assert [m.span() for m in led.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)], (
                    pattern, text, pos)


def test_ocr_digit_gate_opening_with_the_digit_matches_like_both_orders() -> None:
    """money._OCR_DIGIT_MIX (speed34) opens with the digit and asks the letter before it by a lookbehind: it finds a
    match in exactly the strings where `[0-9][lIO]|[lIO][0-9]` does, on random strings of digits, the three letters,
    other letters, spaces and newlines."""
    import re

    from models.money import _OCR_DIGIT_MIX

    plain = re.compile(r"[0-9][lIO]|[lIO][0-9]")
    rng = random.Random(340)
    texts = ["".join(rng.choice("0l1IOa9 x\n") for _ in range(rng.randint(0, 8))) for _ in range(20000)]
    assert sum(plain.search(text) is not None for text in texts) > 1000  # both answers are asked
    for text in texts:
        assert (_OCR_DIGIT_MIX.search(text) is None) == (plain.search(text) is None), text


def test_literal_gates_skip_only_searches_that_find_nothing() -> None:
    """regex_tools.may_hold over gate_words (speed22): where it answers False for a stretch, the gated phrasing's
    search with those bounds finds nothing; on the rule-case sentences (lowered) and stretches of them that begin
    and end inside words, for every phrasing gated so. `gate_words` keeps only the shortest forms ("nicht", not
    "nichts") and gives None for a case-insensitive pattern (then the search is always asked)."""
    import re

    from models.data_shared import _PRONOUN_CLAUSE, _PRONOUN_CLAUSE_WORDS
    from models.data_shared_phrases import _SETTING, _SETTING_WORDS
    from models.negation import _NEGATION, _NEGATION_WORDS
    from models.opt_out import _WORDS, PHRASES
    from models.regex_tools import gate_words, may_hold

    assert gate_words(re.compile(r"\b(?:nicht|nichts)\b|ohne\s+zugriff")) == ("nicht", "zugriff")
    assert gate_words(re.compile(r"(?i)nicht")) is None and may_hold(None, "")
    # matched empty: the words its top-level lookahead requires (opt_out's demand_after; session 35, code35)
    assert gate_words(re.compile(r"(?<!\w)(?=[^.]*,\s*(?:fordert|forderte|mahnt)\s)")) == ("fordert", "mahnt")
    assert gate_words(re.compile(r"x(?!\s*nicht)|(?=nicht)")) is None  # no lookahead every match passes
    gated = [(_PRONOUN_CLAUSE, _PRONOUN_CLAUSE_WORDS), (_SETTING, _SETTING_WORDS), (_NEGATION, _NEGATION_WORDS)]
    gated += [(PHRASES[name], words) for name, words in _WORDS.items()]
    assert all(words for _rx, words in gated)
    cases = Path(__file__).with_name("test_models_cases.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"].lower() for line in cases if '"text"' in line]
    skipped = found = 0
    for text in texts:
        for lo, hi in ((0, len(text)), (3, len(text) - 2), (len(text) // 3, len(text))):
            for rx, words in gated:
                hit = rx.search(text, lo, hi) is not None
                found += hit
                if not may_hold(words, text, lo, hi):
                    skipped += 1
                    assert not hit, (rx.pattern[:40], text)
    assert skipped > 1000 and found > 100


def test_guard_phrasings_behind_their_gate_find_the_same_matches() -> None:
    """The learned stages' guards search the rules' phrasings they read by name behind the phrasings' gate words
    (`frames.phrasing_matches`, as the rules ask their own): the same matches, in the same order, as each pattern's
    `finditer` in turn, on the rule-case sentences (lowered); most sentences are skipped."""
    from models.learned import ds_guards, opt_guards
    from models.learned.frames import _phrasing_words, phrasing_found, phrasing_matches
    from models.regex_tools import may_hold

    read = [rxs for guards in (opt_guards, ds_guards) for rxs in guards.rule_phrasings().values()]
    assert sum(len(rxs) for rxs in read) >= 7 and sum(_phrasing_words(rx) is not None for rxs in read for rx in rxs) >= 5
    cases = Path(__file__).with_name("test_models_cases.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"].lower() for line in cases if '"text"' in line]
    skipped = found = 0
    for text in texts:
        for rxs in read:
            plain = [m.span() for rx in rxs for m in rx.finditer(text)]
            assert [m.span() for m in phrasing_matches(rxs, text)] == plain, text
            assert phrasing_found(rxs, text) == bool(plain)
            found += bool(plain)
            skipped += sum(not may_hold(_phrasing_words(rx), text) for rx in rxs)
    assert skipped > 1000 and found > 20


def test_candidate_scan_answers_like_the_candidate_alternation() -> None:
    """models.layer.tagger.holds_candidate (one Aho-Corasick scan of a stretch, speed22) answers as the
    alternation of its words searched with those bounds does, and so do `literal_found`'s substring tests (the path
    without pyahocorasick), on the rule-case sentences (lowered) and stretches of them that begin and end inside
    words."""
    import re

    from models.layer.tagger import _candidate_automaton, _candidate_words, holds_candidate
    from models.regex_tools import literal_found

    assert _candidate_automaton() is not None  # else holds_candidate takes the substring path checked below
    alternation = re.compile("|".join(re.escape(word) for word in _candidate_words()))
    cases = Path(__file__).with_name("test_models_cases.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"].lower() for line in cases if '"text"' in line]
    answers = []
    for text in texts:
        for lo, hi in ((0, len(text)), (5, len(text) - 4), (len(text) // 2, len(text)), (0, len(text) // 2)):
            answer = alternation.search(text, lo, hi) is not None
            assert holds_candidate(text, lo, hi) == answer, (text, lo, hi)
            assert literal_found(_candidate_words(), None, text, lo, hi) == answer, (text, lo, hi)
            answers.append(answer)
    assert 100 < sum(answers) < len(answers) - 100


def test_particle_gate_led_by_the_particle_matches_like_the_word_start_in_front() -> None:
    """`tagger.gate()` places its word-start test behind each particle's letters: the same matches (spans, group 1)
    as the test in front of the particles, in its case-insensitive and its lowered form."""
    import re

    from models.layer.tagger import _data, gate, lowered_gate

    particles = "|".join(sorted(_data()["particles"], key=len, reverse=True))
    plain = re.compile(rf"(?i)(?<![\wäöüß])({particles})\s*[.,;:!?–—)\"“]")
    plain_lowered = re.compile(plain.pattern.removeprefix("(?i)"))
    assert gate().pattern != plain.pattern  # (else this compares the pattern with itself)
    rng = random.Random(3)
    pieces = [*_data()["particles"], "Ab", "ZU", "äb", "ß", "x", "1", "_", "-", " ", "\n", ".", ",", "“", ")", "–", "Ein"]
    texts = SENTENCES + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        for led, want in ((gate(), plain), (lowered_gate(), plain_lowered)):
            assert [(m.span(), m.span(1)) for m in led.finditer(text)] == [
                (m.span(), m.span(1)) for m in want.finditer(text)], text
            assert [m.span() for m in led.finditer(text, 3, 20)] == [m.span() for m in want.finditer(text, 3, 20)], text


def test_a_letter_beyond_latin1_remembered_per_text_is_the_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """`caseless.cased_beyond_latin1` answers as `CASED_BEYOND_LATIN1.search`, asked again and after its memo empties."""
    from models import caseless

    monkeypatch.setattr(caseless, "_BEYOND_SIZE", 5)
    monkeypatch.setattr(caseless, "_BEYOND", {})
    texts = [*SENTENCES, "Straße", "Koç kauft", "ſo", "İstanbul", "Ärger", "", "K", "x ẞ y", "19 Mrd. €"]
    for _ in range(3):
        for text in texts:
            assert caseless.cased_beyond_latin1(text) == (caseless.CASED_BEYOND_LATIN1.search(text) is not None), text
    assert len(caseless._BEYOND) <= 5
    assert caseless.cased_beyond_latin1("İstanbul") and not caseless.cased_beyond_latin1("Koç, Straße")


def test_a_group_in_front_spread_into_branches_matches_like_the_group() -> None:
    """`literal_led` spreads `(?:A|B)REST` into `AREST|BREST` (`spread_opening`): the same matches (spans and groups)
    as the pattern as written, for every cue and phrasing pattern, on the rule-case sentences, random
    stretches of them and bounded searches; a capturing or quantified group is left as it is."""
    import json
    import re
    from importlib import resources

    from models.regex_tools import literal_led, spread_opening

    assert spread_opening("(?:ab|cd)x") == "abx|cdx"
    assert spread_opening("(?:ab|c(d))x") == "(?:ab|c(d))x" and spread_opening("(?:ab|cd)?x") == "(?:ab|cd)?x"
    assert spread_opening("(?:ab|(?P<n>cd))x") == "(?:ab|(?P<n>cd))x" and spread_opening("(?:ab|\\wd)x") == "(?:ab|\\wd)x"
    from models.pattern_marks import expand_file
    from models.phrasings import entry_examples, entry_pattern

    patterns = list(_cue_patterns().values())
    examples: list[str] = []
    for name in ("opt_out_phrasings.json", "data_shared_phrasings.json"):
        spec = expand_file(json.loads(resources.files("models.patterns").joinpath(name).read_text(encoding="utf-8")))["phrasings"]
        patterns += [entry_pattern(entry) for entry in spec.values()]
        examples += [example.lower() for entry in spec.values() for example in entry_examples(entry)]
    rng = random.Random(9)
    text = " ".join(SENTENCES).lower()
    texts = [text, *SENTENCES, *examples, *(text[a:a + rng.randint(5, 120)] for a in rng.sample(range(len(text)), 80))]
    spread = 0
    for pattern in (p for p in patterns if p):
        plain, fast = re.compile(pattern), re.compile(literal_led(pattern))
        spread += literal_led(pattern).count("|") > pattern.count("|")
        for t in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(t)] == [(m.span(), m.groups()) for m in plain.finditer(t)]
        assert [m.span() for m in fast.finditer(text, 40, 400)] == [m.span() for m in plain.finditer(text, 40, 400)]
    assert spread > 10, "groups in front of most cue lists' branches are spread"


def test_existence_parts_match_where_their_branch_matches() -> None:
    """`regex_tools.existence_parts` (speed28): a branch opening with a group of letter-led alternatives is cut into
    one part per alternative; somewhere in a text (and inside any bounds) a part matches exactly where the branch
    does, and the leftmost part starts where the branch's leftmost match starts. A quantified opening group, one
    alternative, an alternative not led by a letter and a back-reference leave the branch whole."""
    import re

    from models.regex_tools import ExistenceTest, existence_parts

    branch = r"(?:nur(?<!\w.{3})|genau(?<!\w.{5})|allein(?<!\w.{6}))\s+(?:noch\s+)?(eine|einen)\s+(?:option|wahl)\b"
    parts = existence_parts(branch)
    assert len(parts) == 3 and all(part[:1].isalpha() for part in parts)
    for whole in (r"(?:nur|genau)?\s+wahl", r"(?:nur)\s+wahl", r"(?:\d+|genau)\s+wahl", r"(?:nur|genau)\s+(\w+)\s+\1"):
        assert existence_parts(whole) == [whole], whole
    words = "nur genau allein noch eine einen option wahl keine ganz nurgenau xnur".split()
    rng = random.Random(28)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    texts += ["sie haben nur noch eine wahl.", "genau einen option", "xnur eine wahl", "allein eine wahl, nur"]
    compiled = [re.compile(part) for part in parts]
    test = ExistenceTest(branch)
    for text in texts:
        found = re.search(branch, text)
        starts = [m.start() for m in (c.search(text) for c in compiled) if m is not None]
        assert (found.start() if found else None) == min(starts, default=None), text
        assert test(text) == (found is not None) and test.first_start(text) == min(starts, default=None), text
        pos, endpos = sorted(rng.sample(range(len(text) + 2), 2))
        bounded = re.compile(branch).search(text, pos, endpos) is not None
        assert bounded == any(c.search(text, pos, endpos) for c in compiled) == test.in_stretch(text, pos, endpos), text


def test_year_counts_and_look_back_words_match_as_their_plain_forms() -> None:
    """speed28: the count word of `year_relative`'s patterns is possessive and `moment._LOOKS_BACK` leads with the
    word-edge test without its own "\\d" (a digit is a word character); every pattern finds the same matches, spans
    and groups as its plain form, on texts of our own and random mixes of their words."""
    import re

    from models import moment, year_relative

    plain = {name: re.compile(rx.pattern.replace(r"[\wäöüß]++", r"[\wäöüß]+"))
             for name, rx in vars(year_relative).items() if isinstance(rx, re.Pattern) and r"[\wäöüß]++" in rx.pattern}
    assert {"_LATER", "_EARLIER", "_AFTER_PURCHASE", "_AGE", "_AGO"} <= set(plain)
    looks_back = moment._LOOKS_BACK
    plain_looks_back = re.compile(looks_back.pattern.replace(r"[\wäöüß]++", r"[\wäöüß]+")
                                  .replace(r"(?i)(?<![\wäöüß])", r"(?i)(?<![\wäöüß\d])", 1))
    assert plain_looks_back.pattern != looks_back.pattern
    words = ("zwei Jahre Jahren später zuvor nach der dem Übernahme Kauf WhatsApp-Kauf ist sind es her wird alt vor "
             "gut 2016 12016 damals einst 3 x5 Zehn zehnjährige , . jahrestag").split()
    rng = random.Random(28)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    texts += ["Zwei Jahre ist es her, dass Facebook zahlte.", "Der Kauf wird 2024 zehn Jahre alt.",
              "Vor gut zwei Jahren übernahm Facebook WhatsApp; drei Jahre nach dem Kauf kam 2017 die Änderung."]
    for text in texts:
        for name, rx in plain.items():
            fast = getattr(year_relative, name)
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in rx.finditer(text)], (name, text)
        assert [(m.span(), m.groups()) for m in looks_back.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain_looks_back.finditer(text)], text


def test_look_back_test_answers_like_the_look_back_search() -> None:
    """speed28: `moment._LOOKS_BACK_TEST` asks an existence form of `_LOOKS_BACK` (a span of years opening with its
    count word asked from the space after the word; the year led by its digits): it answers `_LOOKS_BACK.search`
    on texts of our own and on random mixes of their words, cases, spaces and hyphens."""
    from models import moment

    words = ("zwei Jahre Jahren Jahr später nach der dem seiner Übernahme Kauf WhatsApp-Kauf ist sind es her wird alt "
             "vor gut 2016 12016 2014 damals einst seinerzeit 3 x5 Zehn _ é Ärger").split()
    rng = random.Random(28)
    texts = ["".join(rng.choice(words) + rng.choice([" ", "  ", "", "\n", "-", ".", ", "])
                     for _ in range(rng.randint(1, 12))) for _ in range(4000)]
    texts += ["Zwei Jahre ist es her, dass Facebook zahlte.", "Der Kauf wird 2024 zehn Jahre alt.", " Jahre ist es her",
              "-zwei Jahre nach dem Kauf", "Fünf  Jahren nach der Übernahme", "2019", "x2019", "2019x", "ZWEI JAHRE IST ES HER"]
    for text in texts:
        assert moment._LOOKS_BACK_TEST(text) == (moment._LOOKS_BACK.search(text) is not None), text


def _clause_around_by_scan(text: str, start: int, end: int) -> tuple[int, int]:
    """`context.clause_around` as it was before speed28: the left edge by a scan from the text's start."""
    from models.context import _CLAUSE_EDGE, _insertions

    insertions = _insertions(text, start, end)
    left = 0
    for match in _CLAUSE_EDGE.finditer(text, 0, start + 1):
        if insertions and any(b0 <= match.start() < b1 for b0, b1 in insertions):
            continue
        if match.end() > start:
            break
        left = match.end()
    right = len(text)
    for match in _CLAUSE_EDGE.finditer(text, end):
        if insertions and any(b0 <= match.start() < b1 for b0, b1 in insertions):
            continue
        right = match.start()
        break
    return left, right


def test_clause_around_from_the_texts_edges_equals_the_scan() -> None:
    """speed28: the left edge from the text's kept edges, by bisection, is the scan's (decimal commas, brackets,
    dashes, "+++", spans on an edge; every span of one text asked in a row, as the components ask them)."""
    from models.context import clause_around

    texts = [
        TEXT,
        "Meta hatte Instagram (2012) und WhatsApp (2014) für 20 Mrd. gekauft, sagt er - und zwar 21,8 Mrd.; dann: nichts",
        "+++ 11.40 Uhr +++ Kein Opt-out (davon 4 Mrd. $ in bar) – wirklich, 1,5 oder 2,",
    ]
    rnd = random.Random(28)
    alphabet = list("ab1 ,;:()[]-–+.x2")
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]
    for text in texts:
        for start in range(len(text) + 1):
            end = min(len(text), start + rnd.randint(0, 6))
            assert clause_around(text, start, end) == _clause_around_by_scan(text, start, end), (text, start, end)


def test_clause_around_remembered_answers_as_computed() -> None:
    """code32: `clause_around` remembers its answers per text and span; asked again, in any order, over more texts
    than it keeps (so it empties its memory on the way), it answers as `_clause_around` computes."""
    from models import context

    rnd = random.Random(32)
    alphabet = list("ab1 ,;:()[]-–+.x2")
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 30))) for _ in range(2 * context._CLAUSE_TEXTS)]
    asked = [(text, start, min(len(text), start + rnd.randint(0, 6))) for text in texts for start in range(len(text) + 1)]
    for _ in range(2):
        rnd.shuffle(asked)
        for text, start, end in asked:
            assert context.clause_around(text, start, end) == context._clause_around(text, start, end), (text, start, end)
    assert len(context._CLAUSES) <= context._CLAUSE_TEXTS


def test_author_lines_between_from_counts_equals_the_walk() -> None:
    """speed28: `_author_lines_between` from per-document prefix counts gives the walk over the sentences between."""
    from models import moment

    text = ("Facebook zahlte 19 Mrd. Dollar.\nElke_Sch antwortet Frank:\nAm Ende waren es 22 Mrd.\nMarion1970:\n"
            "Stimmt nicht. Kein Kopf: hier\nEnde.")
    sentences = Sentences(*(lambda s: (s, [*s[1:], len(text)]))([0, 32, 58, 83, 95, 109, 122]), text)
    for first in range(-1, len(sentences.starts) + 1):
        for last in range(-1, len(sentences.starts) + 1):
            walked = 0
            for k in range(first + 1, last):
                line = text[slice(*sentences.span(k))].strip()
                walked += line.endswith(":") and len(line) <= moment._HEADER_LINE_MAX and "\n" not in line
            assert moment._author_lines_between(text, sentences, first, last) == walked, (first, last)


def _tagger_gate_plain(doc) -> list[int]:  # noqa: ANN001
    """The tagger's gate as it read before speed29: every particle match of the whole text, its sentence
    (`_particle_sentences`), then the candidate words searched inside that sentence (`holds_candidate`)."""
    from models.context import lower_keeping_offsets

    sentences = Sentences.of(doc)
    text = doc.text
    found = tagger.particles(text, lower_keeping_offsets(text))
    return [i for i in tagger._particle_sentences(sentences, found)
            if tagger.holds_candidate(lower_keeping_offsets(text), *sentences.span(i))]


def _tagger_gate_shared(doc) -> list[int]:  # noqa: ANN001
    """The tagger's gate as `GatedTagger` reads it since speed29: the layer's shared candidate gate, then the
    particle search inside each candidate sentence."""
    from models.caseless import caseless_reading
    from models.context import lower_keeping_offsets
    from models.layer.literals import candidate_sentences

    sentences = Sentences.of(doc)
    text = doc.text
    pattern, subject = caseless_reading(text, lower_keeping_offsets(text), tagger.gate(), tagger.lowered_gate())
    return [i for i in sorted(candidate_sentences(doc, "tagger")) if pattern.search(subject, *sentences.span(i))]


def test_the_layers_candidate_gate_selects_the_sentences_the_tagger_selected() -> None:
    """models/layer/literals.py `candidate_sentences` (the one shared scan, speed29) gives the sentences inside
    which a candidate word lies, as `holds_candidate` sentence by sentence does; and the tagger's gate read
    through it (candidate sentences, then the particle search in each) selects the sentences the whole-text
    particle scan and the candidate test selected, on the case table's sentences, on texts of candidate words,
    particles and marks cut by sentence ends, and on a studied set."""
    from models.evaluate import load_heldout_set
    from models.layer.literals import candidate_sentences, candidate_words
    from models.layer.text import lower_text

    cases = Path(__file__).with_name("test_models_cases.jsonl").read_text(encoding="utf-8").splitlines()
    sentences = [json.loads(line)["text"] for line in cases if '"text"' in line]
    rng = random.Random(29)
    words = list(candidate_words("tagger")) + ["gibt", "weiter", "ab", "an", "zu", "Er", "Die", "und"]
    marks = [".", ",", "!", "?", ":", ";", '"', "“", ")", "\n\n", " "]
    mixed = ["".join(rng.choice(words) + rng.choice(marks + [" "] * 6) for _ in range(40)) for _ in range(120)]
    texts = [" ".join(sentences[i:i + 8]) for i in range(0, len(sentences), 8)] + mixed + [TEXT, "", "Nichts."]
    texts += [doc.text for doc in load_heldout_set("own.jsonl")[:40]]
    nlp = load_pipeline()
    selected = candidates = 0
    for doc in nlp.pipe(texts):
        sents = Sentences.of(doc)
        low = lower_text(doc)
        want = {i for i, (s, e) in enumerate(zip(sents.starts, sents.ends)) if tagger.holds_candidate(low, s, e)}
        assert candidate_sentences(doc, "tagger") == want, doc.text[:80]
        plain = _tagger_gate_plain(doc)
        assert _tagger_gate_shared(doc) == plain, doc.text[:80]
        candidates += len(want)
        selected += len(plain)
    assert candidates > 1000 and selected > 100


def test_every_candidate_word_opens_the_layers_candidate_gate() -> None:
    """Each word the tagger's candidate gate protects is reachable: a sentence holding just that word passes
    the shared gate, and a split cue verb there is tagged and rejoined."""
    from models.layer.literals import CANDIDATE_GATES, candidate_sentences, candidate_words

    nlp = load_pipeline()
    for name in CANDIDATE_GATES:
        for word in candidate_words(name):
            doc = nlp(f"Eins. Hier steht {word} im Satz.")
            assert 1 in candidate_sentences(doc, name), (name, word)
    for word in candidate_words("tagger"):
        doc = nlp(f"Eins. WhatsApp gibt {word} an Facebook weiter.")
        assert doc._.tagged_sentences == 1, word
        assert any(t.lemma_ == "weitergeben" for t in doc), word


def test_the_candidate_gate_without_pyahocorasick_gives_the_same_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    from models.layer import literals

    nlp = load_pipeline()
    texts = [TEXT, "Eins. Die Nummer geht an Facebook. Nummer. Nichts.", "Nichts."]
    want = [literals.candidate_sentences(doc, "tagger") for doc in nlp.pipe(texts)]
    monkeypatch.setattr(literals, "ahocorasick", None)
    got = [literals.candidate_sentences(doc, "tagger") for doc in nlp.pipe(texts)]
    assert got == want and want[1] == {1, 2} and not want[2]


def test_must_tag_words_are_tagged_so_and_verbless_fragments_read_the_same() -> None:
    """models.layer.tagger.must_tag (speed29): a word whose analysis offers only finite tags is tagged finite by
    HanTa in every sentence, first word or not; and `verbless_fragment`, which answers "a main clause" from such a
    word without tagging, answers as tagging the sentence does (the case table's sentences and fragments)."""
    import re

    from models.data_shared import FINITE, _TOKEN, verbless_fragment
    from models.layer.tagger import may_tag, must_tag, tag_words

    cases = Path(__file__).with_name("test_models_cases.jsonl").read_text(encoding="utf-8").splitlines()
    sentences = [json.loads(line)["text"] for line in cases if '"text"' in line][:600]
    sentences += ["Dazu die Angabe, welches Handy man hat.", "Außerdem wie oft man die App öffnet.",
                  "Plus die Zeit, zu der man zuletzt aktiv war.", "Mehr soll es nicht sein.", "Ist das so.",
                  "Die Nummer, die Facebook bekommt, ist bekannt."]
    sure = 0
    for sentence in sentences:
        words = [t.group() for t in _TOKEN.finditer(sentence)]
        if not words:
            continue
        tags = tag_words(words)
        for i, (word, tag) in enumerate(zip(words, tags)):
            if must_tag(word, FINITE, first=i == 0):
                assert tag in FINITE, (word, tag, sentence)
                assert any(may_tag(word, t, first=i == 0) for t in FINITE)
                sure += 1
    assert sure > 300
    # verbless_fragment against its plain form: tag the sentence whenever a main-part word may be finite
    import models.data_shared as ds

    plain_hits = 0
    for sentence in sentences:
        fast = verbless_fragment(sentence)
        original = ds.must_tag
        try:
            ds.must_tag = lambda *_a, **_k: False  # the path before speed29: always tag
            plain = verbless_fragment(sentence)
        finally:
            ds.must_tag = original
        assert fast == plain, sentence
        plain_hits += plain
    assert plain_hits >= 3


def test_participial_attribute_skips_only_sentences_whose_tagging_finds_none() -> None:
    """models.moment.participial_attribute (speed29): where no word of the four after the amount may be an ADJA
    with a participle's stem (`_may_be_attributive`), the tagging (`_tagged_attribute`) finds no attribute either;
    on every amount of the case table's sentences and on written attributes."""
    import re

    from models import moment
    from models.context import clause_around

    cases = Path(__file__).with_name("test_models_cases.jsonl").read_text(encoding="utf-8").splitlines()
    sentences = [json.loads(line)["text"] for line in cases if '"text"' in line]
    sentences += ["Für den 2014 für 19 Mrd. US-Dollar übernommenen Messenger folgt zunächst wenig.",
                  "Den im Februar 2014 für 19 Mrd. gekauften Dienst nutzt heute jeder.",
                  "Die 19 Mrd. schwere Übernahme wurde 2014 angekündigt."]
    amount = re.compile(r"\d+(?:,\d+)?\s*(?:Mrd\.|Milliarden|Mrd)(?:\s+(?:US-)?(?:Dollar|Euro))?")
    read = skipped = spans = 0
    for sentence in sentences:
        for m in amount.finditer(sentence):
            start, end = m.span()
            lo, hi = clause_around(sentence, start, end)
            plain = moment._tagged_attribute(sentence, lo, hi, start, end)
            if not moment._may_be_attributive(sentence, end):
                assert plain is None, sentence
                skipped += 1
            read += 1
            spans += plain is not None
            stretch = moment._TO_PARTICIPLE.match(sentence, end, hi)
            if stretch is not None and any(moment._ATTRIBUTIVE_ENDING.search(w) for w in sentence[end:stretch.end()].split()):
                assert moment.participial_attribute(sentence, start, end) == plain, sentence
    assert read > 300 and skipped > read // 2 and spans >= 2


_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _class_holds(items: list, ch: str) -> bool:
    import re
    from re import _constants as C

    negate, hit = False, False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit |= chr(av) == ch
        elif op is C.RANGE:
            hit |= av[0] <= ord(ch) <= av[1]
        elif op is C.CATEGORY:
            hit |= re.fullmatch(_CATEGORIES[str(av)], ch) is not None
        else:
            raise AssertionError(f"class item {op} not read by this test")
    return hit != negate


def _may_consume(parsed, ch: str) -> bool:  # noqa: ANN001
    """Can a match of the parsed sequence, or a lookahead of it, read on across `ch` (a lookbehind reads before)?"""
    from re import _constants as C

    for op, av in parsed:
        if op is C.LITERAL:
            hit = chr(av) == ch
        elif op is C.NOT_LITERAL:
            hit = chr(av) != ch
        elif op is C.ANY:
            hit = ch != "\n"
        elif op is C.IN:
            hit = _class_holds(av, ch)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            hit = av[0] == 1 and _may_consume(av[1], ch)  # a lookahead reads on; a lookbehind reads before
        elif op is C.AT:
            assert av in (C.AT_BEGINNING, C.AT_BOUNDARY, C.AT_NON_BOUNDARY), av  # no end anchor: endpos would move it
            hit = False
        elif op is C.SUBPATTERN:
            hit = _may_consume(av[3], ch)
        elif op is C.ATOMIC_GROUP:
            hit = _may_consume(av, ch)
        elif op is C.BRANCH:
            hit = any(_may_consume(branch, ch) for branch in av[1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            hit = _may_consume(av[2], ch)
        else:
            raise AssertionError(f"{op} not read by this test")
        if hit:
            return True
    return False


_WHOLE_TEXT_PHRASINGS = (("earlier_option_told", "earlier_option_told"), ("earlier_option_relative", "earlier_option_told"),
                         ("earlier_option_act", "earlier_option_told"), ("earlier_option_act_relative", "earlier_option_told"),
                         ("ended_option_subject", "ended_option_subject"),
                         ("denied_option_relative", "denied_option_relative"))


def test_opt_out_whole_text_phrasings_scan_only_around_their_gated_sentences() -> None:
    """opt_out's `_earlier_option_told`, `_ended_option_subject` and `_denied_option_relative` read the matches of
    their phrasings that lie inside one sentence; `_gated_matches` scans only the stretches around the sentences
    their rule gate opens on (speed29b). Proved here: (1) every word every match holds (`pattern_literals`) holds a
    word of the rule's gate, so such a match lies in a gated sentence; (2) neither a match nor a lookahead can read on
    across ".", "!" or "?", none is empty and no end anchor is used, so no match of the whole-text scan runs across
    the point after such a mark where a stretch begins, and a search ending after the first mark past the stretch
    reads all a match starting inside it reads; then,
    on case texts cut into sentences anywhere, the gated matches are the whole-text matches, in order, with every one
    that lies inside a sentence."""
    import re

    from models.layer.literals import rule_gate_words
    from models.opt_out import _S
    from models.regex_tools import pattern_literals

    gates = rule_gate_words("opt_out")
    for name, rule in _WHOLE_TEXT_PHRASINGS:
        rx = getattr(_S, name)
        literals = pattern_literals(rx.pattern)
        assert literals, name
        assert all(any(word in literal for word in gates[rule]) for literal in literals), (name, literals)
        parsed = re._parser.parse(rx.pattern, rx.flags)
        assert parsed.getwidth()[0] > 0, name
        assert not any(_may_consume(parsed, mark) for mark in ".!?"), name
        # the test itself reads a class that holds the marks, and one that does not
        assert _may_consume(re._parser.parse(r"a[^,;]b"), ".") and not _may_consume(re._parser.parse(r"a[^.!?]\w"), "!")
        assert _may_consume(re._parser.parse(r"a(?=.)"), "?") and not _may_consume(re._parser.parse(r"(?<!.)a"), "?")

    component = load_pipeline().get_pipe("dealwatch_opt_out")
    cases = Path(__file__).with_name("test_models_cases.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"].lower() for line in cases if '"text"' in line]
    rng = random.Random(29)
    spec = json.loads(Path(__file__).parent.parent.joinpath("models/patterns/opt_out_phrasings.json").read_text(encoding="utf-8"))
    examples = [example for name, _ in _WHOLE_TEXT_PHRASINGS for example in spec["phrasings"][name]["examples"] + spec["phrasings"][name]["near_misses"]]
    texts += [example + rng.choice([".", "!", "?", ",", "\n", ""]) for example in examples]
    joined = [" ".join(rng.sample(texts, 4)) for _ in range(300)] + [". ".join(examples)] + [
        "einen haken, wie es ihn damals für die werbung gab, sucht man vergebens. es gibt keine einstellung, mit der "
        "man die nutzung für werbung abwählen kann\ndie option, die es 2016 für die werbung gab, existiert nicht mehr",
    ]
    inside = 0
    for text in joined:
        cuts = sorted({0, len(text), *(m.end() for m in re.finditer(r"[.!?]\s+|\n", text)),
                       *rng.sample(range(len(text)), min(3, len(text)))})
        sents = list(zip(cuts, cuts[1:]))
        component._rules_memo = None
        masks = component._sentence_rules(text, sents)
        for name, rule in _WHOLE_TEXT_PHRASINGS:
            rx = getattr(_S, name)
            whole = [m.span() for m in rx.finditer(text)]
            gated = [m.span() for m in component._gated_matches(rx, rule, text, sents)]
            it = iter(whole)
            assert all(span in it for span in gated), (name, text)  # a subsequence, in order
            for start, end in whole:
                si = next(i for i, (s0, s1) in enumerate(sents) if s0 <= start < s1)
                if end <= sents[si][1]:
                    inside += 1
                    assert masks[si] & component.c.rule_bit[rule], (name, text[start:end])
                    assert (start, end) in gated, (name, text[start:end])
    assert inside >= 30  # 37 when written (the phrasings' examples hold most)


def test_the_deal_lists_asked_by_name_are_built_with_the_pipeline() -> None:
    """`context.ASKED_BY_NAME` (the existence tests `context.prepare` builds when the price component is made,
    speed30) holds every deal.json list the models package asks `has` of by name: `context.has("...")` anywhere,
    a bare `has("...")` where `has` is context's own (context.py, layer/text.py). A name missing there would only be
    built on its first use (the same answers), but its cost would fall in the first documents again."""
    import re

    from models import context

    root = Path(context.__file__).parent
    asked: set[str] = set()
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        asked |= set(re.findall(r'\bcontext\.has\(\s*"(\w+)"', source))
        if path.name == "context.py" or "from models.context import" in source and re.search(
            r"from models\.context import[^\n]*\bhas\b", source
        ):
            asked |= set(re.findall(r'(?<![.\w])has\(\s*"(\w+)"', source))
    assert asked, "no has() call found: the scan is broken"
    assert asked <= set(context.ASKED_BY_NAME), sorted(asked - set(context.ASKED_BY_NAME))
    assert set(context.ASKED_BY_NAME) <= set(context._deal_json()), "a name that deal.json lacks"
    # `context.finditer` asks the same existence tests (its literal pre-check, speed45): its names by name too
    found: set[str] = set()
    for path in root.rglob("*.py"):
        found |= set(re.findall(r'\b(?:context\.finditer|cue_finditer)\(\s*"(\w+)"', path.read_text(encoding="utf-8")))
    assert found, "no finditer() call found: the scan is broken"
    named = set(context.ASKED_BY_NAME) | set(context.FOUND_BY_NAME)
    assert found <= named, sorted(found - named)
    assert set(context.FOUND_BY_NAME) <= set(context._deal_json()), "a name that deal.json lacks"
    load_pipeline()  # (built with the price component)
    built = context._exists.cache_info().currsize
    assert built >= len(named)


def test_the_learned_opt_out_stage_matches_no_token_cues_where_no_sentence_is_gated() -> None:
    """A Doc without an opt-out gate word (the rules stop at their gate, caching no token cues) gives the learned
    stage no sentence, and it runs no Matcher over the text for one (speed30: `features.opt_out_sentences` returns
    before `_opt_token_cues`); a Doc with one still reads its sentences."""
    from models.learned.features import opt_out_sentences
    from models.layer.literals import gate_sentences

    nlp = load_pipeline()
    doc = nlp("Facebook hat WhatsApp 2014 für 19 Milliarden Dollar gekauft. Die App hat viele Nutzer in Europa.")
    assert not gate_sentences(doc, "opt_out")
    assert "dealwatch_cues_opt_out" not in doc.user_data
    assert opt_out_sentences(doc, nlp.get_pipe("dealwatch_opt_out")) == []
    assert "dealwatch_cues_opt_out" not in doc.user_data
    gated = nlp("WhatsApp gibt die Nummer an Facebook weiter. Nutzer können der Weitergabe für Werbung widersprechen.")
    assert gate_sentences(gated, "opt_out")
    assert opt_out_sentences(gated, nlp.get_pipe("dealwatch_opt_out")) or gated._.claims


def test_the_learned_opt_out_stage_asks_the_later_guards_only_past_its_threshold() -> None:
    """The stage asks only the first guard ("no cue", `opt_guards.no_cue`) before classifying, the others
    (`features.opt_guard`) where the classifier's answer reaches its threshold (speed31): `no_cue` answers as
    `blocked(...) == "no cue"` on every candidate sentence, and a sentence another guard blocks is still kept from
    the stage's candidates' claims."""
    from models.context import Sentences
    from models.layer.text import lower_text
    from models.learned import features, opt_guards

    nlp = load_pipeline()
    opt = nlp.get_pipe("dealwatch_opt_out")
    texts = [
        "WhatsApp gibt die Nummer an Facebook weiter. Wer nicht zustimmt, kann den Dienst nicht mehr nutzen.",
        "Die Daten gehen trotzdem an Facebook. Nutzer haben der Weitergabe widersprochen, das ändert nichts.",
        "Verbraucherschützer fordern, dass man widersprechen kann. Die Nummer wandert zu Facebook.",
        "Facebook kauft WhatsApp. Ein Nein wird gelesen. Man kann nicht ausschließen, dass Facebook die Daten nutzt.",
    ]
    reasons = set()
    for doc in nlp.pipe(texts):
        sents, low = Sentences.of(doc), lower_text(doc)
        tokens = sorted(features._opt_token_cues(doc))
        for s in features.opt_out_sentences(doc, opt, lazy_scopes=True):
            prev = low[slice(*sents.span(s.index - 1))] if s.index > 0 else ""
            cues = features.cues_between(tokens, s.start, s.end)
            assert opt_guards.no_cue(opt.c, low[s.start:s.end], prev, cues) == (s.opt_blocked == "no cue"), s
            assert features.opt_guard(doc, s, opt) == s.opt_blocked
            reasons.add(s.opt_blocked)
        lazy = features.opt_out_sentences(doc, opt, ruled=set(), lazy_scopes=True, lazy_guards=True)
        assert all(features.opt_guard(doc, s, opt) == s.opt_blocked or s.opt_blocked == "" for s in lazy)
    assert "no cue" in reasons and len(reasons) >= 3, reasons


# Step lists, menu paths and short answers in my own words (speed42: the gates of models/opt_out_steps.py).
STEP_TEXTS = [
    "So widersprechen Sie der Werbenutzung.\n\n1. Öffnen Sie WhatsApp.\n2. Tippen Sie auf Einstellungen > Account.\n"
    "3. Haken bei „Account-Info teilen“ entfernen.\nDanach nutzt Facebook die Nummer nicht mehr für Werbung.",
    "Einstellungen – Konto öffnen, dann den Schalter nach links schieben. So landen deine Daten nicht mehr bei Facebook.",
    "- Datenschutz → Konto wählen\n- Häkchen weg.\n- Regler umlegen\nFertig, Facebook bekommt die Infos nicht mehr.",
    "Wer Einstellungen > Account abschalten will, sucht vergeblich. Geht das über Einstellungen › Konto?",
    "Kann ich der Weitergabe meiner Daten an Facebook widersprechen?\nLeider nicht.\n\nGibt es eine Möglichkeit, "
    "die Werbung abzulehnen?\nFür Werbung ja, für die Weitergabe selbst nicht.",
    "Lässt sich die Weitergabe der Nummer an den Konzern stoppen? Nein. Kann ich bei Signal widersprechen? Ja.",
    "Facebook hat WhatsApp 2014 gekauft. Die Nummer geht an den Konzern, eine Frage stellt sich nicht.",
]


def _step_docs() -> list:  # noqa: ANN201
    """STEP_TEXTS up to the opt-out component, with their lower-cased texts and sentence bounds."""
    from models.layer.text import lower_text

    out = []
    for text in STEP_TEXTS:
        doc = doc_before(text, "dealwatch_opt_out")
        sents = Sentences.of(doc)
        out.append((doc, lower_text(doc), list(zip(sents.starts, sents.ends))))
    return out


@pytest.mark.parametrize("name", ["menu_path", "infinitive_step"])
def test_step_phrasing_gates_open_wherever_the_phrasing_matches(name: str) -> None:
    """opt_out_steps searches the menu path and the infinitive step only where one of their gate words stands
    (`_may_hold`): every example of the phrasing and every sentence where it matches passes the gate."""
    from models.opt_out_steps import _GATES, PHRASES, PHRASINGS_FILE, _may_hold
    from models.phrasings import entry_examples

    assert _GATES[name][0], name  # a gate with words: the phrasing's words are required literals
    entry = json.loads(PHRASINGS_FILE.read_text(encoding="utf-8"))["phrasings"][name]
    texts = entry_examples(entry) + [low[s0:s1] for _doc, low, bounds in _step_docs() for s0, s1 in bounds]
    matched = 0
    for text in texts:
        if PHRASES[name].search(text):
            matched += 1
            assert _may_hold(name, text, 0, len(text)), (name, text)
    assert matched >= len(entry_examples(entry)) + 2
    assert not _may_hold(name, "der konzern kaufte den messenger 2014.", 0, 38)


def _plain_is_step(doc, text: str, bounds: list[tuple[int, int]], si: int) -> bool:  # noqa: ANN001
    """Session 41's order of `_is_step`, every part asked in turn and none behind a gate. Its parts are the module's
    own (`_list_line`, the step phrasings, is_question, is_conditional), so the oracle holds only the order: a change of
    what a step is changes both (review42 item 17, session 43, merge43: the list test was a copy until then)."""
    from models.layer.leads import body_start
    from models.negation import is_conditional, is_question
    from models.opt_out_steps import PHRASES, _list_line

    s0, s1 = bounds[si]
    in_list = _list_line(doc, body_start(text, s0, s1), s0)
    sent = text[s0:s1].strip()
    if not sent or is_question(sent):
        return False
    own = text[body_start(text, s0, s1):s1].strip()
    if is_conditional(own):
        return False
    if PHRASES["imperative_step"].match(own) or PHRASES["menu_path"].search(own):
        return True
    return in_list and PHRASES["infinitive_step"].search(own) is not None


def test_step_groups_find_the_steps_the_plain_order_finds() -> None:
    """`_step_groups` (the step shapes first, the list test and the question and condition only behind them) finds
    the sentences the plain order finds, steps and non-steps of every shape among them."""
    from models import opt_out_steps

    steps = others = 0
    for doc, text, bounds in _step_docs():
        plain = [si for si in range(len(bounds)) if _plain_is_step(doc, text, bounds, si)]
        fast = [si for si, (s0, _s1) in enumerate(bounds)
                if opt_out_steps._is_step(text, bounds, si, lambda at, s0=s0: opt_out_steps._list_line(doc, at, s0))]
        assert fast == plain, text
        groups: list[tuple[int, int]] = []
        for si in plain:  # the plain runs of steps, as `_step_groups` joins them
            if groups and si - groups[-1][1] <= opt_out_steps._STEP_GAP:
                groups[-1] = (groups[-1][0], si)
            else:
                groups.append((si, si))
        assert opt_out_steps._step_groups(doc, text, bounds) == groups, text
        steps, others = steps + len(plain), others + len(bounds) - len(plain)
    assert steps >= 6 and others >= 6


# Documents of my own where the step shapes' gate words stand nowhere, somewhere, or in a sentence a lead opens.
SHAPE_TEXTS = STEP_TEXTS + [
    "Der Konzern kaufte den Messenger 2014. Die Nummer geht seit 2016 an Facebook, ein Widerspruch ist nicht vorgesehen.",
    "Tippe auf Zustimmen. Sonst kannst du keine Nachrichten mehr schreiben.",
    "09:14 Uhr: Nutzer können der Werbenutzung widersprechen.\n- Häkchen weg\nMehr nicht.",
    "Frage: Geht das noch? Antwort: Nein. Experte: Die Option wurde entfernt, man muss Einstellungen ändern.",
]


def test_body_starts_are_each_sentences_body_start() -> None:
    """`body_starts` (one reading per document, remembered for the same objects) gives `body_start` of every sentence,
    for one document after another and again for the first."""
    from models.layer.leads import body_start, body_starts
    from models.layer.text import lower_text

    docs = [doc_before(text, "dealwatch_opt_out") for text in SHAPE_TEXTS]
    led = 0
    for _round in range(2):
        for doc in docs:
            text, sents = lower_text(doc), Sentences.of(doc)
            bounds = list(zip(sents.starts, sents.ends))
            plain = [body_start(text, s0, s1) for s0, s1 in bounds]
            assert body_starts(text, bounds) == plain, text
            assert body_starts(text, bounds) == plain, text  # the remembered answer
            led += sum(body > s0 for body, (s0, _s1) in zip(plain, bounds))
    assert led >= 4  # sentences after a layout lead (a number, a bullet, a stamp, a label) among them


def test_step_shapes_in_document_open_wherever_a_sentence_may_hold_them() -> None:
    """`_shapes_in_document` says False for a step phrasing only where no sentence of the text may hold it
    (`_may_hold`), and the steps `_is_step` finds with it are those it finds without it."""
    from models import opt_out_steps
    from models.layer.text import lower_text

    closed = opened = 0
    for text in SHAPE_TEXTS:
        doc = doc_before(text, "dealwatch_opt_out")
        low, sents = lower_text(doc), Sentences.of(doc)
        bounds = list(zip(sents.starts, sents.ends))
        shapes = opt_out_steps._shapes_in_document(low)
        for flag, name in zip(shapes, ("menu_path", "infinitive_step")):
            per_sentence = any(opt_out_steps._may_hold(name, low, s0, s1) for s0, s1 in bounds)
            assert flag or not per_sentence, (name, text)  # a word of a sentence stands in the whole text
            closed, opened = closed + (not flag), opened + flag
        for si, (s0, _s1) in enumerate(bounds):
            in_list = lambda at, s0=s0: opt_out_steps._list_line(doc, at, s0)  # noqa: E731
            assert opt_out_steps._is_step(low, bounds, si, in_list, None, shapes) == opt_out_steps._is_step(
                low, bounds, si, in_list), (text, si)
    assert closed >= 2 and opened >= 4


def test_short_answers_ask_the_questions_each_answer_would_ask() -> None:
    """`short_answers` reads an answer only after one of the questions `_opt_out_questions` reads once per Doc: for
    every sentence, the question `_question_before` gives passes the two tests exactly where it is in that set."""
    from models import opt_out_steps
    from models.context import doc_text

    comp = load_pipeline().get_pipe("dealwatch_opt_out")
    asked = refused = 0
    for doc, text, bounds in _step_docs():
        original = doc_text(doc)
        asking = opt_out_steps._opt_out_questions(comp, text, original, bounds)
        for si in range(1, len(bounds)):
            qi = opt_out_steps._question_before(doc, text, bounds, si)
            if qi is None:
                continue
            q0, q1 = bounds[qi]
            plain = opt_out_steps._asks_opt_out(comp, text[q0:q1]) and not opt_out_steps._place_of_another_service(
                comp, original[q0:q1])
            assert plain == (qi in asking), (text, si)
            asked, refused = asked + plain, refused + (not plain)
    assert asked >= 3 and refused >= 1


# Sentences of my own with and without a negation or a final word (speed42: one pass for a reader's literals).
NEGATED_OWN = [
    "Der Messenger wurde 2012 nicht verkauft.",
    "Eine Übernahme kam damals keineswegs zustande.",
    "Den Kauf hat der Konzern nie bereut.",
    "Unter keinen Umständen wollte er den Dienst 2013 abgeben.",
    "Auf keinen Fall, sagte sie, kaufe man das Start-up.",
    "Mitnichten gehörte die App schon 2013 zu Facebook.",
    "Keinen Kauf gab es im Jahr 2012.",
    "Seit 2021 ist die Einstellung fix, danach geht es nicht mehr.",
    "Die Entscheidung ist endgültig; widerrufen lässt sie sich nichts.",
    "Das ist unwiderruflich und unumkehrbar.",
    "Facebook kaufte WhatsApp 2014 für 19 Milliarden Dollar.",
]


@pytest.mark.parametrize(("module", "pattern", "words"), [
    ("models.opt_out", "_PROFORM_LITERALS", "_PROFORM_WORDS"),
    ("models.year_denied", "_GATE", "_GATE_WORDS"),
])
def test_one_pass_of_a_readers_words_finds_every_sentence_its_pattern_matches(module: str, pattern: str, words: str) -> None:
    """opt_out `_proform_denials` and year_denied `without_denied_purchases` search their per-sentence pattern only in
    the sentences one pass of its words finds (`gate_words` as plain literals, `sentences_with`): every word of the
    negation class, every example of the pro-form phrasing and every sentence of my own where the pattern matches
    lies in a sentence that pass finds, between sentences without one."""
    import importlib

    from models import negation_words
    from models.layer.text import sentences_with
    from models.opt_out import PHRASINGS_FILE
    from models.phrasings import entry_examples
    from models.regex_tools import top_level_branches

    mod = importlib.import_module(module)
    plain, gate = getattr(mod, pattern), getattr(mod, words)
    assert gate is not None and gate.pattern  # words known: a gate that can say no
    entry = json.loads(PHRASINGS_FILE.read_text(encoding="utf-8"))["phrasings"]["proform_denial"]
    negations = [branch.replace(r"\s+", " ") for branch in top_level_branches(negation_words.negation())]
    pieces = [s.lower() for s in NEGATED_OWN] + [f"das ging {word} gut." for word in negations] + entry_examples(entry)
    before, after = "der dienst gehört zu facebook. ", " das war 2014."
    matched = 0
    for piece in pieces:
        text = before + piece + after
        starts = [0, len(before), len(before) + len(piece) + 1]
        ends = [len(before) - 1, len(before) + len(piece), len(text)]
        found = sentences_with(gate, text, starts, ends)
        for si, (s0, s1) in enumerate(zip(starts, ends)):
            if plain.search(text, s0, s1) or plain.search(text[s0:s1]):
                matched += 1
                assert si in found, (module, piece)
    assert matched >= 12
    assert not sentences_with(gate, before + "der konzern kaufte den dienst." + after, [0, 31, 61], [30, 60, 75])


# price._open_condition_holds asks mood.open_condition (and the tagger behind it) only past its gate: a word of
# mood.OPEN_CONDITION_WORDS in the sentence, or the comma right after the amount's clause (a verb-first condition read
# by its consequence). Every open condition mood reads, in sentences of my own, passes it (review42, session 42).
@pytest.mark.parametrize("sentence, words", [
    ("Sollte der Preis 19 Milliarden Dollar betragen, wäre das ein Rekord.", "Sollte der Preis"),
    ("Und sollten die Gründer mehr verlangen, dann wird es teuer.", "Und sollten"),
    ("Falls Facebook 20 Milliarden bietet, stimmen die Gründer zu.", "Falls Facebook"),
    ("Ein Rekord wäre es, sofern der Preis so hoch liegt.", "sofern der Preis"),
    ("Wenn Facebook so viel zahlen sollte, wäre das ein Rekord.", "Wenn Facebook"),
    ("Ein Rekord wäre es, solltest du so viel bieten.", "solltest du"),
    ("Zahlte Facebook so viel, wäre das ein Rekord.", "Zahlte Facebook"),
])
def test_the_open_condition_gate_opens_for_every_open_condition(sentence: str, words: str) -> None:
    from models import mood, price
    from models.context import clause_around

    at = sentence.index(words)
    start, end = clause_around(sentence, at, at + len(words))
    assert mood.open_condition(price._UNREAL_CLAUSES, sentence, start, end), sentence
    assert price._OPEN_CONDITION_GATE.search(sentence) or "," in sentence[end : end + 2], sentence


def test_the_open_condition_gate_holds_the_open_condition_words_of_mood_json() -> None:
    from models import mood, price

    spec = mood._spec()
    for word in spec["scenario_openers"] + spec["open_condition_finites"]:
        assert price._OPEN_CONDITION_GATE.search(f"Nur {word.capitalize()} es so ist."), word
    assert not price._OPEN_CONDITION_GATE.search("Ebenfalls wenn es so ist, sollt ihr es sagen.")


def test_context_finditer_behind_its_literal_pre_check_finds_what_the_search_finds() -> None:
    """`context.finditer` skips a text holding none of a list's required literals (speed45): on texts with and without
    the lists' words, every list asked by name gives the very matches (start, end, text) of the whole alternation."""
    from models import context

    texts = [
        "Facebook übernahm WhatsApp 2014 für 19 Milliarden Dollar, Instagram kostete eine Milliarde.",
        "Die EU-Kommission verhängte eine Strafe von 110 Millionen Euro wegen falscher Angaben zur Übernahme.",
        "Heute wäre der Messenger laut Analysten weit mehr wert; Google hatte ebenfalls geboten.",
        "Der Kauf von Oculus und der von WhatsApp (inklusive Aktien) wurden zusammen gemeldet.",
        "Ein Satz ohne jede Firma und ohne Zahl.",
        "",
    ]
    for name in (*context.ASKED_BY_NAME, *context.FOUND_BY_NAME):
        for text in texts:
            folded = text if name.endswith("_cs") else context.lower_keeping_offsets(text)
            expected = [(m.start(), m.end(), m.group()) for m in context.cue(name).finditer(folded)]
            assert [(m.start(), m.end(), m.group()) for m in context.finditer(name, text)] == expected, (name, text)


def test_the_opt_out_second_reading_reads_again_only_the_sentences_near_an_adjunct(monkeypatch: pytest.MonkeyPatch) -> None:
    """The opt-out component's second reading (`_read_without_adjuncts`, opt43) reads with the sentences' own readers
    only the gated sentences up to `_REREAD_REACH` sentences from one that held a free adjunct, the only ones whose
    statements it keeps (speed45, the lead's ruling); the statements of the others are the first reading's, so the
    statement behind the adjunct is still found, and an ended option still takes its scope from the sentence before."""
    from models import opt_out
    from models.opt_out import OptOutComponent

    text = (
        "WhatsApp teilt Telefonnummern mit Facebook. Viele Nutzer stimmen der Sache nur widerwillig zu. Manche stimmen "
        "sofort zu. Andere stimmen nie zu. Die Behörden stimmen sich ab. Wer den neuen Regeln nicht zugestimmt hat, "
        "behält laut WhatsApp bis auf Weiteres alle Funktionen."
    )
    nlp = load_pipeline()
    read: list[tuple[str, int]] = []
    phase = ["first"]
    sentence, second = OptOutComponent._sentence, OptOutComponent._read_without_adjuncts

    def counting(self, text, sents, si, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append((phase[0], si))
        return sentence(self, text, sents, si, *args, **kwargs)

    def again(self, *args):  # type: ignore[no-untyped-def]
        phase[0] = "second"
        try:
            return second(self, *args)
        finally:
            phase[0] = "first"

    monkeypatch.setattr(OptOutComponent, "_sentence", counting)
    monkeypatch.setattr(OptOutComponent, "_read_without_adjuncts", again)
    doc = nlp(text)
    first = {si for when, si in read if when == "first"}
    assert {1, 2, 5} <= first  # the gate opened far from the adjunct's sentence too
    assert {si for when, si in read if when == "second"} == {si for si in first if si >= 5 - opt_out._REREAD_REACH}
    assert [(c.fields["stance"], c.fields["scope"]) for c in doc._.claims if c.type == "opt_out"] == [("possible", "unspecified")]
    ended = nlp(
        "Den Vorschlägen von Kontakten auf Basis der Telefonnummer konnte man widersprechen. "
        "Das geht laut WhatsApp in Deutschland nicht mehr."
    )
    assert [(c.fields["stance"], c.fields["scope"]) for c in ended._.claims if c.type == "opt_out"] == [
        ("not_possible", "friend_suggestions")
    ]


def test_the_opt_out_second_reading_shares_the_facts_of_the_whole_blanked_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second reading (`_read_without_adjuncts`) takes the first reading's per-sentence facts of the text (rule
    gates, reader families, layout leads, sentence marks) for every sentence blanking left as it was, and reads only
    the others again (speed54): what its readers are given is what reading the whole blanked text gives, and the
    first reading's facts stand again for the claims after it."""
    from models import opt_out
    from models.layer.leads import body_starts, lead_of
    from models.opt_out import OptOutComponent

    texts = [
        "WhatsApp teilt Telefonnummern mit Facebook. Wer den neuen Regeln nicht zugestimmt hat, behält laut WhatsApp "
        "bis auf Weiteres alle Funktionen. Experte: Nein, ob das so bleibt, weiß keiner.",
        "Facebook bekommt die Nummern der Nutzer. Der alte Haken ist weg. Sonst geht WhatsApp bei dir ab Februar nicht "
        "mehr!\n\nFrage: Kann ich widersprechen? Nein. Neu ist das nicht.",
    ]
    nlp = load_pipeline()
    statements, second = OptOutComponent._statements, OptOutComponent._read_without_adjuncts
    phase, checked = ["first"], []

    def checking(self, doc, text, bounds, *args):  # type: ignore[no-untyped-def]
        if phase[0] == "second":
            assert self._rules_memo[0] is text and self._rules_memo[2] == self.c.sentence_rules(text, bounds)
            assert body_starts(text, bounds) == [lead_of(text, a, b).body for a, b in bounds]
            readers = opt_out._reader_families()
            assert readers.sentences(text, bounds) == readers._sentences(text, bounds)
            marks = self._marks_memo
            assert marks is None or marks[1] == [m.start() for m in opt_out._SENTENCE_MARK.finditer(text)]
            checked.append(text)
        return statements(self, doc, text, bounds, *args)

    def again(self, doc, text, bounds, *args):  # type: ignore[no-untyped-def]
        phase[0] = "second"
        try:
            return second(self, doc, text, bounds, *args)
        finally:
            phase[0] = "first"
            assert body_starts(text, bounds) == [lead_of(text, a, b).body for a, b in bounds]

    monkeypatch.setattr(OptOutComponent, "_statements", checking)
    monkeypatch.setattr(OptOutComponent, "_read_without_adjuncts", again)
    for text in texts:
        nlp(text)
    assert len(checked) == len(texts)  # the second reading ran on both


def test_a_stretch_alternation_finds_what_the_whole_alternation_finds() -> None:
    """`StretchAlternation` (speed46) searches a stretch without the branches that open with no letter and whose
    required literals the stretch lacks: on sentences with and without those literals, and on stretches cut out of
    them, finditer, search and sub give what the whole pattern gives, for every phrasing it is asked for."""
    from models import opt_out
    from models.opt_out import PHRASES
    from models.regex_tools import StretchAlternation

    texts = [
        "laut whatsapp behalten alle nutzer ihre funktionen, dem konzern zufolge bis auf weiteres.",
        "wer nicht zustimmt, wechselt eben zu signal und threema; bei signal gibt es keine werbung.",
        "die werbe-cookies und das cloud-backup lassen sich einzeln abwählen, die app-version auch.",
        "einem sprecher zufolge gilt das in der eu nicht, seit gestern jedenfalls.",
        "ein satz ohne jede solche angabe.",
        "",
    ]
    for name, search in (("clause_adjunct", None), ("other_messenger", opt_out._OTHER_MESSENGER),
                         ("foreign_object", opt_out._FOREIGN_OBJECT)):
        rx = PHRASES[name]
        search = search or StretchAlternation(rx)
        assert search._gated, name  # each has a branch the stretch can leave out
        for text in texts:
            for start, end in ((0, len(text)), (0, len(text) // 2), (len(text) // 3, len(text))):
                assert [m.span() for m in search.finditer(text, start, end)] == [m.span() for m in rx.finditer(text, start, end)]
                found, want = search.search(text, start, end), rx.search(text, start, end)
                assert (found and (found.span(), found.groups())) == (want and (want.span(), want.groups())), (name, text)
            assert search.sub(" ", text) == rx.sub(" ", text)


def test_a_stretch_alternation_keeps_the_group_numbers_of_a_left_out_branch() -> None:
    """A left-out branch is emptied, not removed: the groups of the branches after it keep their numbers and names."""
    import re

    from models.regex_tools import StretchAlternation

    rx = re.compile(r"(?:\b(\w+)\s+zufolge)|laut\s+(?P<who>\w+)")
    search = StretchAlternation(rx)
    found = search.search("laut sprecher")
    assert found is not None and found.group("who") == "sprecher" and found.group(1) is None
    assert search.pattern("laut sprecher", 0, 13) is not rx  # the "zufolge" branch was left out there
    assert search.search("dem sprecher zufolge").group(1) == "sprecher"


def test_the_refusal_search_remembered_for_the_same_sentence_is_the_search() -> None:
    """`_first_refusal` (speed46) answers the same sentence object from its last call and any other anew."""
    from models.opt_out import _first_refusal, default_cues

    cues = default_cues()
    refuse = cues.rx["refuse"]
    for sent in ("wer nicht zustimmt, kann den dienst nicht mehr nutzen.", "das ist ein satz.", "lehnt man ab, ist schluss."):
        for _ in range(2):
            found, want = _first_refusal(cues, sent), refuse.search(sent)
            assert (found and (found.span(), found.groups())) == (want and (want.span(), want.groups()))
