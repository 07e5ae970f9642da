"""The speed paths of data_shared and the learned data_shared stage give exactly what the plain ways give
(issue 7, extraction words/s): each fast path compared with the slower computation it replaces."""
from __future__ import annotations

import random

import pytest

from models.pipeline import load_pipeline
from tests.test_models_speed_paths import SENTENCES, TEXT


def test_classifier_scores_word_lists_as_textcat_scores_their_docs() -> None:
    """models.learned.classifier.predict reads the words' hashes without a Doc each: the probabilities
    `textcat.pipe` writes to `doc.cats` of `as_doc` Docs, row for row, in batches of any size."""
    from models.learned import classifier
    from models.learned.stage import shipped_model

    model = shipped_model()
    textcat = model.get_pipe(classifier.PIPE)
    rng = random.Random(11)
    words = ["__data__", "__fb__", "__wa__", "<__data__", "weitergeben", "nicht", "die", "nummer", "__list_item__",
             "<teilen", "verschlüsseln", "bleiben", "über", "ß", "neuwortxyz"]
    sentences = [[rng.choice(words) for _ in range(rng.randint(0, 30))] for _ in range(300)]  # [] too
    want = [dict(doc.cats) for doc in textcat.pipe(classifier.as_doc(model, s) for s in sentences)]
    assert classifier.predict(model, sentences) == want
    assert classifier.predict(model, sentences[:1]) == want[:1] and classifier.predict(model, []) == []
    assert len({round(p["shared"], 6) for p in want}) > 50  # the scores really differ between sentences
    from spacy.attrs import LOWER

    with pytest.raises(ValueError, match="only ORTH"):
        classifier._Orths(["wort"]).to_array([LOWER])  # a model reading another attribute needs real Docs


def test_learned_mentions_skip_only_text_without_a_claimable_entry() -> None:
    """features.mentions_in leaves the scan out where no literal of a claimable vocabulary entry occurs:
    the same mentions as the scan, on every sentence and on stretches of a text with data words and without."""
    from models.learned import features

    nlp = load_pipeline()
    doc = nlp(TEXT + "\n\nIhre Daten und der Name bleiben bei uns. Der Status, der Name und die Kontakte gehen an "
              "Meta. Die Angaben dazu, wie oft du die App nutzt, auch. Daten? Keine.")
    low = doc.text.lower()
    size = len(low)
    stretches = [(a, b) for a in range(0, size, 5) for b in (a + 9, a + 30, a + 80, size) if b <= size]
    skipped = 0
    for a, b in stretches:
        plain = [m for m in features._find(low[a:b]) if m.term.type != "other" and m.term.kind in features.CLAIMABLE_KINDS]
        want = [(a + m.start, a + m.end, m.term.type, m.term.kind) for m in plain]
        got = features.mentions_in(doc, a, b)
        assert [(m.start, m.end, m.data_type, m.kind) for m in got] == want, (a, b)
        skipped += not features._may_hold_claimable(low[a:b])
        if not features._may_hold_claimable(low[a:b]):
            assert not plain
    assert 20 < skipped < len(stretches) - 20  # both ways taken


def test_learned_transfer_cue_in_a_span_is_the_cues_search() -> None:
    """features._transfer_cue_in (literal test first, kept per span): the rules' transfer cues searched with
    pos and endpos over the span, including spans that begin inside a word."""
    from models.learned import features
    from models.learned.ds_guards import TRANSFER_CUES
    from models.layer.text import lower_text

    doc = load_pipeline()(TEXT + " Facebook erhält die Kontakte. Das Mitteilen bleibt. Geteilt wird nichts.")
    low = lower_text(doc)
    cue = features._mention_finder().v.cue
    found = 0
    for a in range(0, len(low), 3):
        for b in (a + 4, a + 15, a + 60, len(low)):
            want = any(cue[name].search(low, a, min(b, len(low))) is not None for name in TRANSFER_CUES)
            assert features._transfer_cue_in(doc, low, a, min(b, len(low))) is want, (a, b)
            assert features._transfer_cue_in(doc, low, a, min(b, len(low))) is want  # kept
            found += want
    assert found > 20


def test_data_terms_led_by_their_first_letter_match_as_written() -> None:
    """data_shared's word-start entries, rewritten to begin with their first letter (regex_tools.first_letter_led):
    the matches of the entries as written, one by one and as cut alternations, at word edges, after hyphens and
    letters, at the start and end of the text."""
    import re

    from models.data_shared import Vocabulary

    vocabulary = Vocabulary.load()
    build = vocabulary.term_finder._build
    count = len(vocabulary.terms)
    led = [i for i in range(count) if build((i,)) != build((i,), plain=True)]
    assert len(led) > 10  # most word-start entries are led
    texts = [s.lower() for s in (TEXT, *SENTENCES)] + [
        "namen, status, xnamen, -status, handy-nummer,nummer", "inhalte der chats und -inhalte", "status",
        "die eigene nummer; meine nummern und ihre nummer", "zeitpunkt der letzten nutzung, dauer und häufigkeit",
        "was man einander schreibt, was du verschickst", "standort der ip-adresse", "ünamen _status 2namen",
    ]
    rng = random.Random(7)
    sets = [(i,) for i in range(count)] + [tuple(sorted(rng.sample(range(count), 6))) for _ in range(20)]
    for indices in sets:
        fast, plain = re.compile(build(indices)), re.compile(build(indices, plain=True))
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (indices, text)
    assert re.compile(build(tuple(range(count)))).pattern != vocabulary.term_re.pattern


def test_optional_openings_split_and_led_match_as_written() -> None:
    """regex_tools.optional_opening_split ("(?:X)?REST" as "(?:(?:X)REST|REST)") and first_letter_led over it: the
    matches of the pattern as written (with the edge test in front), on random strings of a small alphabet."""
    import re

    from models.regex_tools import first_letter_led, optional_opening_split

    patterns = [r"(?:ab\s+)?cd", r"(?:(?:a|b)\s+)?(?:c\s+)?d|e", r"(?:a(?:b)?c|d)e", r"(?:x)??y", r"(?:ab)?(?:a)?b+",
                r"(?:(?:ab|a)-?)?(?:b|ab)(?:e)?"]
    rng = random.Random(2)
    texts = ["".join(rng.choice("abcdexy -") for _ in range(rng.randint(0, 30))) for _ in range(500)]
    edge = r"(?<![\w-])"
    led_count = 0
    for pattern in patterns:
        split = re.compile(optional_opening_split(pattern))
        led = first_letter_led(f"(?:{pattern})", r"(?<![\w-].)")
        led_count += led is not None
        plain, edged = re.compile(pattern), re.compile(f"{edge}(?:{pattern})")
        for text in texts:
            assert [m.span() for m in split.finditer(text)] == [m.span() for m in plain.finditer(text)], (pattern, text)
            if led is not None:
                assert [m.span() for m in re.finditer(led, text)] == [m.span() for m in edged.finditer(text)], (pattern, text)
    assert optional_opening_split(r"(?:ab\s+)?cd") == r"(?:(?:ab\s+)cd|cd)" and led_count >= 4


def test_cue_search_between_is_the_cues_search_with_pos_and_endpos() -> None:
    """Vocabulary.search_between (the cue's literals tested in the stretch first): the same match as
    `cue[name].search(text, lo, hi)` for every cue, on stretches that begin and end inside words."""
    from models.data_shared import Vocabulary

    vocabulary = Vocabulary.load()
    text = (TEXT + " Die Inhalte bleiben verschlüsselt, niemand kann mitlesen. Der Mutterkonzern erhält die Nummer; "
            "ob das so bleibt, ist unklar. Mitteilen ist kein Teilen.").lower()
    found = 0
    for name in vocabulary.cue:
        for lo in range(0, len(text), 11):
            for hi in (lo + 5, lo + 40, len(text)):
                want = vocabulary.cue[name].search(text, lo, min(hi, len(text)))
                got = vocabulary.search_between(name, text, lo, min(hi, len(text)))
                assert (got and got.span()) == (want and want.span()), (name, lo, hi)
                found += want is not None
    assert found > 100
