"""The shared reading's cue families (models/layer/families.py; issue 10, session 44, speed44).

A family is a gate: a component reads only the sentences holding it. These tests check that every cue a family
protects is reachable through it (each of its words opens it, and each phrasing a reader asks behind it matches only
where it is open), that the one pass gives the answers of the substring tests it replaces, and that the components
asking it read the sentences they read before. The sentences are my own.
"""
from __future__ import annotations

import json
import random

import pytest

from models.context import Sentences
from models.layer import families
from models.layer.families import BIT, FAMILIES, GATE_FAMILIES, WordFamilies, family_sentences, sentence_families
from models.layer.literals import gate_sentences, gate_words
from models.pipeline import load_pipeline

TEXTS = [
    "Facebook hat WhatsApp 2014 für 19 Milliarden Dollar gekauft. Kann ich widersprechen? Nein, das geht nicht mehr.",
    "Die Telefonnummer wandert zum Konzern. Wer das nicht will, muss die App verlassen. Ob das rechtens ist, prüft "
    "ein Gericht.",
    "Ein Wetterbericht ohne jeden Bezug. Morgen regnet es. Am Sonntag scheint die Sonne wieder.",
    "„Diesmal gibt es keinen Schalter“, sagt eine Sprecherin von WhatsApp. Die alte Option ist weg. Neue Nutzer "
    "werden gar nicht erst gefragt.",
]


def test_every_word_of_a_gate_family_opens_it() -> None:
    """Reachability: a sentence holding just one word of a gate family's list holds that family."""
    nlp = load_pipeline()
    cases = [(family, word) for family, gate in GATE_FAMILIES.items() for word in gate_words(gate)]
    docs = nlp.pipe(f"Eins. Hier steht {word} im Satz." for _family, word in cases)
    for (family, word), doc in zip(cases, docs):
        assert sentence_families(doc)[1] & BIT[family], (family, word)
        assert family in doc._.cue_families[1], (family, word)


def test_layer_families_are_the_gates_amounts_questions_and_context() -> None:
    """Each family of a Doc is the answer its source gives: the layer's gate scan, the amounts found, the questions,
    the deal context; the Span extension joins the families of the sentences a span overlaps."""
    from models.layer.deal_context import in_deal_context
    from models.layer.text import money_in
    from models.negation import is_question

    nlp = load_pipeline()
    seen = {name: 0 for name in FAMILIES}
    for doc in nlp.pipe(TEXTS):
        sents = Sentences.of(doc)
        masks = sentence_families(doc)
        assert len(masks) == len(sents.starts)
        for family, gate in GATE_FAMILIES.items():
            assert family_sentences(doc, family) == gate_sentences(doc, gate)
        amounts = {sents.index_at(m.start) for m in money_in(doc)}
        context = in_deal_context(doc)
        for si, mask in enumerate(masks):
            assert bool(mask & BIT["amount"]) == (si in amounts)
            assert bool(mask & BIT["question"]) == is_question(doc.text[sents.starts[si]:sents.ends[si]])
            assert bool(mask & BIT["context"]) == context[si]
            for name in FAMILIES:
                seen[name] += bool(mask & BIT[name])
        for name in ("amount", "question", "context"):
            assert family_sentences(doc, name) == {si for si, mask in enumerate(masks) if mask & BIT[name]}
        whole = doc[0:len(doc)]
        assert whole._.cue_families == frozenset(name for name in FAMILIES if any(m & BIT[name] for m in masks))
        assert sentence_families(doc) is masks  # one reading per Doc
    assert all(seen.values()), seen


def _plain(families_: WordFamilies, text: str, bounds: list[tuple[int, int]]) -> dict[str, list[int]]:
    """The substring tests the family pass replaces, sentence by sentence."""
    return {name: [si for si, (a, b) in enumerate(bounds) if any(w in text[a:b] for w in words)]
            for name, words in families_.words.items()}


def test_word_families_answer_like_substring_tests_sentence_by_sentence() -> None:
    """One pass finds, per family, the sentences inside which one of its words lies: the same as `word in sentence`
    for every word, on texts whose words overlap, repeat, run across a sentence end or stand in a gap."""
    rng = random.Random(44)
    fam = WordFamilies({"a": ("nie", "nicht"), "b": ("mehr", "ob "), "c": ("neu", "erneut", "t m")})
    pieces = ["nie", "nicht", "niemand", "mehr", "ob ", "lob", "neu", "erneut", "t", " m", "x", " ", ".", "ehr"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(1, 6))))
        bounds = [(a, b) for a, b in zip(cuts, cuts[1:]) if rng.random() < 0.9]  # (some gaps between sentences)
        assert fam.sentences(text, bounds) == _plain(fam, text, bounds), (text, bounds)


def test_the_sentences_of_a_text_changed_inside_some_sentences_are_read_again_only_there() -> None:
    """`sentences_changed` (the opt-out second reading, speed54): from the answer for a text, the answer for the same
    text with spans inside some sentences blanked, reading again only the sentences named changed (all that changed,
    or more), is what one pass over the blanked text gives; blanking may take a word away or leave "ob " behind."""
    rng = random.Random(54)
    fam = WordFamilies({"a": ("nie", "nicht"), "b": ("mehr", "ob "), "c": ("neu", "erneut", "t m")})
    pieces = ["nie", "nicht", "niemand", "mehr", "ob", "ob ", "lob", "neu", "erneut", "t", " m", "x", " ", ".", "ehr"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(1, 6))))
        bounds = [(a, b) for a, b in zip(cuts, cuts[1:]) if rng.random() < 0.9]
        blanked = text
        for a, b in bounds:
            if b > a and rng.random() < 0.4:
                lo = rng.randrange(a, b)
                hi = rng.randint(lo, b)
                blanked = blanked[:lo] + " " * (hi - lo) + blanked[hi:]
        changed = [si for si, (a, b) in enumerate(bounds) if text[a:b] != blanked[a:b]]
        more = sorted(set(changed) | {si for si in range(len(bounds)) if rng.random() < 0.2})
        whole = fam.sentences(blanked, bounds)
        for named in (changed, more):
            assert fam.sentences_changed(fam.sentences(text, bounds), blanked, bounds, named) == whole, (text, blanked)


def test_word_families_without_pyahocorasick_give_the_same_sentences(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(families, "valued_automaton", lambda values: None)
    fam = WordFamilies({"a": ("nie", "nicht"), "b": ("mehr",)})
    text = "das geht nie. nicht mehr! mehr nicht? kein wort"
    bounds = [(0, 14), (14, 26), (26, 38), (38, len(text))]
    assert fam.sentences(text, bounds) == {"a": [0, 1, 2], "b": [1, 2]} == _plain(fam, text, bounds)


def test_a_word_family_refuses_an_empty_word() -> None:
    with pytest.raises(ValueError):
        WordFamilies({"a": ("nicht", "")})
    with pytest.raises(ValueError):
        WordFamilies({"a": ()})


def test_every_word_of_a_reader_family_opens_it() -> None:
    """Reachability of the opt-out readers' families and the step family: a sentence holding one word opens its
    family, and the family's words are the readers' own lists (the phrasings' required words where a phrasing is
    asked behind it)."""
    from models import opt_out, opt_out_steps
    from models.regex_tools import gate_words as required

    readers = opt_out._reader_families()
    assert readers.words["gone"] == opt_out.default_cues().gone_words
    assert opt_out.default_cues().gone_words == tuple(json.loads(opt_out.PATTERNS_FILE.read_text(encoding="utf-8"))["gone_words"])
    assert readers.words["this_time"] == required(opt_out._S.this_time)
    step_words = set()
    for name in ("imperative_step", "menu_path", "infinitive_step"):
        step_words |= set(required(opt_out_steps.PHRASES[name]))
    assert set(opt_out_steps._STEP_FAMILY.words["step"]) == step_words == set(readers.words["step"])
    for fam in (readers, opt_out_steps._STEP_FAMILY):
        for name, words in fam.words.items():
            for word in words:
                text = f"eins. hier steht {word} im satz. zwei."
                bounds = [(0, 6), (6, len(text) - 5), (len(text) - 5, len(text))]
                assert fam.sentences(text, bounds)[name] == [1], (name, word)


@pytest.mark.parametrize("name", ["this_time", "imperative_step", "menu_path", "infinitive_step"])
def test_a_phrasing_asked_behind_a_family_matches_only_where_it_is_open(name: str) -> None:
    """Wherever the phrasing a reader asks behind a family matches (its examples, and the sentences of my texts), the
    sentence holds the family: the family skips no sentence the phrasing could read."""
    from models import opt_out, opt_out_steps
    from models.phrasings import entry_examples

    if name == "this_time":
        rx, family, file = opt_out._S.this_time, "this_time", opt_out.PHRASINGS_FILE
    else:
        rx, family, file = opt_out_steps.PHRASES[name], "step", opt_out_steps.PHRASINGS_FILE
    entry = json.loads(file.read_text(encoding="utf-8"))["phrasings"][name]
    texts = entry_examples(entry) + [t.lower() for t in TEXTS] + [
        "diesmal gibt es keinen haken mehr.", "öffnen sie die einstellungen > konto > datenschutz.",
        "den schalter umlegen.", "tippen sie auf weiter.", "in der neuen fassung fehlt die wahl."]
    matched = 0
    for text in texts:
        if rx.search(text):
            matched += 1
            assert opt_out._reader_families().sentences(text, [(0, len(text))])[family] == [0], (name, text)
            if family == "step":
                assert opt_out_steps._STEP_FAMILY.sentences(text, [(0, len(text))])["step"] == [0], (name, text)
    assert matched >= 3, name


def test_opt_out_readers_behind_their_families_read_what_the_substring_tests_let_through(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The opt-out component's claims on my texts are the same when its reader families are answered by the
    substring tests the readers held before (the family pass's fallback) as by the one pass."""
    from models import opt_out
    from models.extract import extract_text

    texts = TEXTS + [
        "So geht es: Öffnen Sie die Einstellungen. Tippen Sie auf Konto. Schieben Sie den Regler nach links. Danach "
        "nutzt Facebook die Nummer nicht mehr für Werbung.",
        "WhatsApp teilt die Nummer mit Facebook. Der Werbenutzung konnte man 2016 widersprechen. Diesmal gibt es "
        "diese Möglichkeit nicht. Die Option von damals ist abgeschafft.",
        "Bestandskunden können der Werbung widersprechen. Neue Nutzer können das nicht. Danach geht es nicht mehr.",
        "WhatsApp regelt, ob Facebook die Daten für Werbung nutzen darf. Ob sie übermittelt werden, regelt es nicht.",
    ]
    fast = [extract_text(text) for text in texts]
    plain = WordFamilies(opt_out._reader_families().words)
    plain.sentences = lambda text, bounds: _plain(plain, text, bounds)  # type: ignore[method-assign]
    monkeypatch.setattr(opt_out, "_reader_families", lambda: plain)
    monkeypatch.setattr(opt_out.OptOutComponent, "reader_families", plain)
    assert [extract_text(text) for text in texts] == fast
    assert any(claim["type"] == "opt_out" for claims in fast for claim in claims)
