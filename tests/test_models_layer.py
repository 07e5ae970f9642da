"""The linguistic layer: lookup lemmas, gated HanTa tags with separable verbs rejoined, deal context, structure."""
from __future__ import annotations

import json

import pytest
from spacy.language import Language

from models.data_shared import _TOKEN_CUE_NAMES
from models.layer import tagger
from models.layer.cues import pattern_rows
from models.layer.leads import LAYER_FILE, LEADS, MAX_LEADS, lead_of
from models.layer.structure import block_at, blocks_of
from models.pipeline import LAYER, build_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(())  # the layer alone


def test_lookup_lemmas_cover_inflection(nlp: Language) -> None:
    doc = nlp("Die Nummern wurden weitergegeben, um sie weiterzugeben.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["wurden"] == "werden"
    assert lemmas["weitergegeben"] == lemmas["weiterzugeben"] == "weitergeben"


def _cue_lemma_words() -> list[str]:
    words: list[str] = []
    for name in ("data_shared", "opt_out"):
        for row in pattern_rows(name):
            for token in row["pattern"]:
                lemma = token.get("LEMMA")
                words.extend(lemma["IN"] if isinstance(lemma, dict) else [lemma] if lemma else [])
    return words


def test_every_cue_lemma_is_its_own_lemma(nlp: Language) -> None:
    """The lookup table gets some infinitives wrong ("schicken" -> "schick"); layer.json's lemma_fixes
    correct them, else a cue lemma would never match its own infinitive."""
    words = _cue_lemma_words()
    doc = nlp(" ".join(words))
    listed = {word.lower() for word in words}
    # The Swiss fold (models/layer/spelling.py) adds each 'ß' lemma's 'ss' spelling beside it; the lookup table reads the
    # Swiss form as the standard lemma ("fliessen" -> "fließen"), which the list holds too, so the cue still matches.
    wrong = [(t.text, t.lemma_) for t in doc if t.lemma_.lower() != t.text.lower()
             and not (t.lemma_.lower() in listed and t.lemma_.lower().replace("ß", "ss") == t.text.lower())]
    assert not wrong, f"add these to lemma_fixes in patterns/layer.json: {wrong}"


def test_lemma_fixes_reach_finite_forms(nlp: Language) -> None:
    lemmas = {t.text: t.lemma_ for t in nlp("Er schaltet ab und es gelangt dorthin.")}
    assert lemmas["schaltet"] == "schalten"
    assert lemmas["gelangt"] == "gelangen"


def test_lemmas_are_those_of_spacys_lookup_lemmatizer(nlp: Language) -> None:
    import spacy

    reference = spacy.blank("de")
    reference.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
    text = "Facebook kaufte WhatsApp; die Nutzer widersprachen, doch die Daten wurden weitergegeben und geteilt."
    assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in reference(text)]


@pytest.mark.parametrize(
    ("sentence", "verb", "lemma"),
    [
        ("WhatsApp gibt die Telefonnummer an Facebook weiter.", "gibt", "weitergeben"),
        ("Der Messenger leitete die Nummern nicht an den Konzern weiter.", "leitete", "weiterleiten"),
        ("Seit August reicht WhatsApp die Nummern an Facebook weiter, sagen Kritiker.", "reicht", "weiterreichen"),
        ("WhatsApp gleicht die Nummern mit Facebook ab.", "gleicht", "abgleichen"),
        ("Facebook führt die Profile zusammen.", "führt", "zusammenführen"),
        ("WhatsApp gab die Daten preis.", "gab", "preisgeben"),
        ("Wer das nicht will, schaltet die Weitergabe für Werbung ab.", "schaltet", "abschalten"),
        ("Dort legt man fest, dass die Daten nicht für Werbung genutzt werden.", "legt", "festlegen"),
        # A verb opening a sentence (V1 condition, imperative): capitalised, looked up in lower case.
        ("Legt man den Schalter um, nutzt Facebook die Daten nicht für Werbung.", "Legt", "umlegen"),
        ("Schaltet ihr die Option ab, nutzt Facebook die Daten nicht für Werbung.", "Schaltet", "abschalten"),
    ],
)
def test_separable_verbs_are_rejoined(nlp: Language, sentence: str, verb: str, lemma: str) -> None:
    low = sentence.lower()
    assert tagger.selected(sentence, 0, len(sentence), low), "the gate must let the sentence through to the tagger"
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == verb)
    assert token.tag_ == "VVFIN"
    assert token.lemma_ == lemma
    particle = [t for t in doc if t.tag_ == "PTKVZ"]
    assert particle and particle[0]._.particle_joined


# German separable verb prefixes (written here, independent of patterns/layer.json, longest first).
SEPARABLE_PREFIXES = sorted(
    ["ab", "an", "auf", "aus", "bei", "ein", "fest", "frei", "heraus", "her", "hinzu", "hin", "mit", "nach",
     "preis", "vor", "weg", "weiter", "zurück", "zusammen", "zu", "bekannt", "offen", "dar", "fort", "entgegen"],
    key=len, reverse=True,
)


def test_every_separable_cue_lemma_is_reachable_through_the_gate() -> None:
    """A cue lemma like 'weitergeben' only matches a split verb if its particle opens the tagger's gate."""
    particles = json.loads(tagger.LAYER_FILE.read_text(encoding="utf-8"))["particles"]
    for row in (*pattern_rows("data_shared"), *pattern_rows("opt_out")):
        for token in row["pattern"]:
            for lemma in (token.get("LEMMA") or {}).get("IN", []) if isinstance(token.get("LEMMA"), dict) else [token.get("LEMMA")]:
                if not lemma:
                    continue
                prefix = next((p for p in SEPARABLE_PREFIXES if lemma.startswith(p) and len(lemma) > len(p) + 3), None)
                if prefix is None:
                    continue  # not a separable verb (übermitteln, teilen)
                assert prefix in particles, f"{lemma}: add the particle {prefix!r} to patterns/layer.json"
                assert tagger.gate().search(f"WhatsApp tut die Daten {prefix}."), (lemma, prefix)


def test_the_gate_keeps_plain_sentences_untagged(nlp: Language) -> None:
    doc = nlp("Facebook kaufte WhatsApp im Jahr 2014. Der Preis war hoch.")
    assert doc._.tagged_sentences == 0
    assert all(t.tag_ == "" for t in doc)
    assert next(t for t in doc if t.text == "kaufte").lemma_ == "kaufen"  # lookup lemmas everywhere


def test_only_candidate_sentences_are_tagged(nlp: Language) -> None:
    doc = nlp("Der Zug fährt pünktlich ab. WhatsApp gibt die Telefonnummer weiter.")
    assert doc._.tagged_sentences == 1  # a particle alone is not enough: a data term must be there too
    assert next(t for t in doc if t.text == "fährt").tag_ == ""


def test_token_cue_labels_are_known() -> None:
    assert {row["label"] for row in pattern_rows("data_shared")} <= set(_TOKEN_CUE_NAMES)


def test_epithets_refer_to_a_party_named_before(nlp: Language) -> None:
    doc = nlp("Facebook hat WhatsApp gekauft. Der Konzern zahlte viel. Die App bleibt eigenständig.")
    assert doc._.deal_parties[1] == {"BUYER"}
    assert "TARGET" in doc._.deal_parties[2]
    sentences = list(doc.sents)
    assert sentences[1]._.about_deal and sentences[1]._.deal_parties == {"BUYER"}
    assert [(m.text, m.label_) for m in doc._.deal_mentions][:3] == [("Facebook", "BUYER"), ("WhatsApp", "TARGET"), ("gekauft", "DEAL")]


def test_an_epithet_alone_refers_to_nothing(nlp: Language) -> None:
    doc = nlp("Der Konzern Siemens baut Züge. Das Netzwerk der Bahn ist alt.")
    assert doc._.deal_parties == [frozenset(), frozenset()]
    assert not list(doc.sents)[0]._.about_deal


def test_a_pronoun_refers_to_the_party_named_last(nlp: Language) -> None:
    doc = nlp("Viele fragen nach WhatsApp. Er verschlüsselt alles.")
    assert doc._.deal_parties[1] == {"TARGET"}


@pytest.mark.parametrize("text", [
    "Viele fragen nach Facebook. Es geht um die Daten.",
    "Viele fragen nach Facebook. Dabei gibt es keine Wahl.",
    "Viele fragen nach Facebook. Es werden die Nummern weitergegeben.",
    "Viele fragen nach Facebook. Werbung wird es dort nicht geben.",
    "Viele fragen nach Facebook. Es werde keine Banner geben, heißt es.",
])
def test_an_expletive_es_refers_to_nothing(nlp: Language, text: str) -> None:
    # session 18 (ds25, issue 7): an expletive "es" is no pronoun of the party named last (layer.json `expletive_es`)
    doc = nlp(text)
    assert doc._.deal_parties[1] == frozenset()


def test_a_referring_es_keeps_its_party(nlp: Language) -> None:
    doc = nlp("Viele fragen nach Facebook. Es verschlüsselt nichts.")
    assert doc._.deal_parties[1] == {"BUYER"}


@pytest.mark.parametrize(("text", "parties"), [
    ("Viele fragen nach Facebook. Ein Blatt sieht es nüchterner: Das bleibt teuer.", frozenset()),
    ("Viele fragen nach Facebook. Die Zeitung formuliert es so: Das bleibt teuer.", frozenset()),
    ("Viele fragen nach Facebook. Nun sieht es alles: Das bleibt teuer.", {"BUYER"}),  # a pronoun object after it
    ("Viele fragen nach Facebook. Dann liest es die Chats: Das bleibt teuer.", {"BUYER"}),  # a noun phrase after it
    ("Viele fragen nach Facebook. Dafür zahlt es: Das bleibt teuer.", {"BUYER"}),  # nothing between it and the colon
    ("Viele fragen nach Facebook. Es gab Briefe, in denen es versicherte: Das bleibt teuer.", {"BUYER"}),  # a subject
])
def test_an_es_pointing_to_the_colon_refers_to_nothing(nlp: Language, text: str, parties: frozenset[str]) -> None:
    # session 48 (ds48, issue 7): "sieht es so:" - the "es" stands for what the colon introduces, no party
    doc = nlp(text)
    assert doc._.deal_parties[1] == parties


def test_document_structure() -> None:
    text = (
        "WhatsApp und Facebook\n\n"
        "Was erfährt Facebook künftig?\n- die Telefonnummer\n- die Geräteinformationen\n\n"
        "Übermittelt werden laut WhatsApp:\n• der Standort\n\n"
        "Frage: Kann ich widersprechen?\nAntwort: Ja, binnen 30 Tagen.\n"
        "„Wir teilen nichts“, sagt der Chef."
    )
    blocks = blocks_of(text)
    kinds = [b.kind for b in blocks]
    assert kinds == ["heading", "question", "list_item", "list_item", "paragraph", "list_item", "question", "answer", "quote"]
    assert blocks[2].intro == blocks[3].intro == 1  # the bullets belong to the question heading
    assert blocks[5].intro == 4 and blocks[4].intro == 1  # the item under the "...:" line, that line under the question
    assert blocks[7].intro == 6


def test_a_run_of_short_verbless_lines_under_an_introduction_is_a_list() -> None:
    text = (
        "Was sieht Facebook künftig?\n\nStandortdaten\n\ndie Rufnummer,\n\nDas Handymodell\n\n"
        "Der Konzern nennt das einen Fortschritt.\n\nKritik\n\nVerbraucher sind skeptisch.\n\n"
        "Was bleibt privat?\n\nFoto: dpa\n\nVon Jana Wolf\n\nBerlin, 3. März 2021\n\n"
        "Mehr dazu:\n\nFacebook kauft WhatsApp\n\nDie Chats bleiben geheim\n\nAntwort folgt."
    )
    blocks = blocks_of(text)
    kinds = [b.kind for b in blocks]
    assert kinds[:5] == ["question", "list_item", "list_item", "list_item", "paragraph"]
    assert [b.intro for b in blocks[1:4]] == [0, 0, 0] and blocks[4].intro == 0  # the list ends at the paragraph
    assert kinds[5:7] == ["heading", "paragraph"]  # a lone short line is the heading of the next paragraph
    assert "list_item" not in kinds[7:]  # captions, bylines, datelines, lines with a verb
    assert blocks[8].kind == "answer"  # one short line after a question is its answer, as before


def test_a_colon_introduces_longer_verbless_items() -> None:
    """After a line ending in ":" the verbless items may run to MAX_COLON_ITEM_WORDS words (issue 7, session 44, ds44);
    under a heading without a colon they stay short, and a line with a finite verb or a full stop ends the list."""
    text = (
        "Diese Angaben nennt die neue Richtlinie:\n"
        "die Nummer, mit der sich jemand bei dem Dienst angemeldet hat\n"
        "der Zeitpunkt, zu dem man zuletzt online gewesen ist\n"
        "Der Konzern hält das für harmlos.\n\n"
        "Neue Regeln\n"
        "die Nummer, mit der sich jemand bei dem Dienst angemeldet hat\n"
        "der Zeitpunkt, zu dem man zuletzt online gewesen ist"
    )
    blocks = blocks_of(text)
    assert [b.kind for b in blocks[:4]] == ["paragraph", "list_item", "list_item", "paragraph"]
    assert [b.intro for b in blocks[1:3]] == [0, 0]
    assert "list_item" not in [b.kind for b in blocks[4:]]  # no colon: a seven-word line is no bare item


def test_block_at_finds_the_block_of_an_offset(nlp: Language) -> None:
    text = "Was bleibt privat?\n- die Chats"
    doc = nlp(text)
    block = block_at(doc, text.index("Chats"))
    assert block is not None and block.kind == "list_item" and block.text(doc) == "- die Chats"
    assert block_at(doc, text.index("\n")) is None


def test_the_layer_comes_before_every_claim_component() -> None:
    names = build_pipeline().pipe_names
    assert names[: len(LAYER)] == list(LAYER)


def test_the_deal_context_carries_over_to_the_next_sentences(nlp: Language) -> None:
    # Four sentences back and one ahead (one paragraph each); after that the topic has moved on.
    text = "\n".join(
        ["Der Bahnstreik geht weiter.", "Der Bahnstreik dauert an.", "WhatsApp ändert die Regeln."]
        + [f"Satz {n} folgt." for n in range(5)]
    )
    doc = nlp(text)
    assert doc._.deal_context == [False, True, True, True, True, True, True, False]
    assert list(doc.sents)[6]._.in_deal_context and not list(doc.sents)[7]._.in_deal_context


def test_the_deal_context_holds_for_a_block_and_its_answer(nlp: Language) -> None:
    # Far from the name, but in the same paragraph, or under a question (or heading) that named it;
    # a new heading that names no party ends the topic.
    filler = " ".join(f"Satz {n} folgt." for n in range(6))
    text = (
        "Ein Tag im Büro\n"
        "Der Kaffee ist kalt.\n"
        f"WhatsApp ändert die Regeln. {filler} Man kann widersprechen.\n"
        "Was ändert sich bei WhatsApp?\n"
        f"{filler} Man kann widersprechen.\n"
        "Das Wetter\n"
        f"Der Zug kommt. {filler} Man kann widersprechen."
    )
    doc = nlp(text)
    sents = [s for s in doc.sents if s.text.startswith("Man kann")]
    assert [s._.in_deal_context for s in sents] == [True, True, False]


def test_a_title_or_teaser_naming_a_party_frames_the_whole_text(nlp: Language) -> None:
    filler = " ".join(f"Satz {n} folgt." for n in range(8))
    teaser = nlp(f"„Ein Widerspruch, der keiner ist“\nEin Gespräch über WhatsApp.\n{filler} Man kann widersprechen.")
    assert all(teaser._.deal_context)
    third = nlp(f"Ein Titel\nEin Vorspann.\nWhatsApp ändert die Regeln.\n{filler} Man kann widersprechen.")
    assert not third._.deal_context[-1]


def test_a_capitalised_verb_before_a_pronoun_takes_its_lower_case_lemma(nlp: Language) -> None:
    doc = nlp("Legt man den Schalter um, nutzt Facebook die Daten nicht für Werbung. Dienst ist Dienst.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["Legt"] == "umlegen"  # "legt" -> "legen", joined with its particle
    assert lemmas["Dienst"] == "Dienst"  # a noun the table lacks stays itself


def test_mention_spans_kept_by_the_deal_context_are_those_of_its_span_group(nlp: Language) -> None:
    """The component keeps (start_char, end_char, label) of its mentions as it makes them (speed): the same as
    reading the span group back, multi-token mentions and names beside punctuation included."""
    from models.layer.deal_context import MENTIONS_GROUP, mention_spans

    doc = nlp("Facebook (Meta) kauft den Messenger WhatsApp. Der Konzern zahlt, so Mark Zuckerberg, viel. "
              "Er sagt: „WhatsApp bleibt.“ Das Start-up wächst.")
    group = doc.spans[MENTIONS_GROUP]
    kept = mention_spans(doc)
    assert kept == [(m.start_char, m.end_char, m.label_) for m in group]
    assert len(kept) >= 4 and any(end - start > len("WhatsApp") for start, end, _ in kept)


_LEAD_ROWS = json.loads(LAYER_FILE.read_text(encoding="utf-8"))["layout_leads"]["leads"]


@pytest.mark.parametrize("row", _LEAD_ROWS, ids=lambda row: row["kind"])
def test_layout_leads_find_their_examples_and_not_their_near_misses(row: dict) -> None:
    """Each layout lead (patterns/layer.json, models/layer/leads.py) is found before the sentence proper of its
    examples, as written and lowered, and not in its near misses (session 29, lead29)."""
    for example in row["examples"]:
        for text in (example, example.lower()):
            assert row["kind"] in lead_of(text, 0, len(text)).kinds, text
    for near in row.get("near_misses", []):
        for text in (near, near.lower()):
            assert row["kind"] not in lead_of(text, 0, len(text)).kinds, text


def test_the_body_starts_after_every_lead_and_never_past_the_words() -> None:
    """A stamp, then a speaker: the body is the answer; a lead that would leave no word is none."""
    text = "[12.02.21, 20:16] Ben: Nein, das geht nicht."
    lead = lead_of(text, 0, len(text))
    assert text[lead.body:] == "Nein, das geht nicht." and lead.kinds == ("stamp", "label")
    assert lead_of("Antwort:", 0, 8) == (0, ())
    assert lead_of("Facebook kauft WhatsApp.", 0, 24) == (0, ())


def _lead_one_by_one(text: str, start: int, end: int) -> tuple[int, tuple[str, ...]]:
    """`lead_of` as it was before session 31: every lead's own pattern tried in order at each position."""
    pos, kinds = start, []
    for _ in range(MAX_LEADS):
        for kind, pattern in LEADS:
            found = pattern.match(text, pos, end)
            if found is not None and found.end() > pos and any(ch.isalnum() for ch in text[found.end():end]):
                pos, kinds = found.end(), [*kinds, kind]
                break
        else:
            break
    return pos, tuple(kinds)


@pytest.mark.parametrize("text", [
    *(t for row in _LEAD_ROWS for t in (*row["examples"], *row.get("near_misses", []))),
    "Tja ... gut:",  # the label takes every word: the filler after it in the order is the lead
    "[12:30] –", "Antwort:", "  [12.02.21, 20:16] Ben: - Nein.", "3) Update: 11.01.2021 — Nein.", "",
])
def test_one_pattern_of_all_leads_finds_what_the_leads_one_by_one_find(text: str) -> None:
    """`lead_of` matches one alternation of every lead (speed, issue 10, session 31): the same body and kinds as
    each lead's pattern tried in order (a lead that leaves no word passes to the next one)."""
    for t in (text, text.lower(), f"Vorher. {text}"):
        start = 8 if t.startswith("Vorher. ") else 0
        assert tuple(lead_of(t, start, len(t))) == _lead_one_by_one(t, start, len(t)), t



# The reading text of print and PDF extraction (models/layer/reading.py, issue 7, session 30, ds52).
@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Die Telefon-\nnummer geht an Facebook.\nNeu", "Die Telefonnummer geht an Facebook.  \nNeu"),
        ("zustim-\nSeite 7 | Wirtschaft\nmen. Danach", "zustimmen. Danach".ljust(40)),
        ("im Chat\n\nSeite 30 | Heft 3/2021\n\nteilt, sieht", "im Chat teilt, sieht".ljust(45)),
        # a subtitle cue's header inside a sentence (SRT with its counter, WebVTT without; session 31, opt53)
        ("dass Facebook\n\n15\n00:01:12,700 --> 00:01:17,300\neure Daten", "dass Facebook eure Daten".ljust(58)),
        ("bis Mai zu,\n\n00:01:17.100 --> 00:01:21.700 line:80%\noder ihr", "bis Mai zu, oder ihr".ljust(60)),
        # plain language's middle dot inside a word or name (session 45, prec45): the word read whole
        ("Face·book kauft Whats·App.\nDer Kauf·preis", "Facebook kauft WhatsApp.  \nDer Kaufpreis "),
    ],
)
def test_reading_text_rejoins_and_reads_through_headers(text: str, reading: str) -> None:
    from models.layer.reading import reading_of

    assert reading_of(text).text == reading and len(reading) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Telefon-\nund Gerätedaten",  # a suspended hyphen
        "die Facebook-\nWerbung",  # a compound's own hyphen before a capital
        "herunter.\n\nSeite 11 | Dossier\n\nWas stand",  # a header between two sentences
        "Es gilt ab\n\nSeite 11 | Dossier\n\nMontag.",  # the next line goes on in upper case
        "Auf Seite 3 lesen Sie mehr.",  # a page mark inside a line of prose
        "Sie stimmen zu.\n\n4\n00:00:13,400 --> 00:00:17,000\nund wir gehen.",  # a cue after a full stop
        "Dann kam\n\n4\n00:00:13,400 --> 00:00:17,000\nFacebook.",  # the next cue goes on in upper case
        "Politik · Wirtschaft · Digitales",  # a middle dot between blanks separates (session 45, prec45)
        "Preis · 19 Mrd. Dollar",  # nor before a number
    ],
)
def test_reading_text_leaves_unbroken_text_alone(text: str) -> None:
    from models.layer.reading import reading_of

    assert reading_of(text).text == text


@pytest.mark.parametrize(
    ("text", "header"),
    [
        ("00:00:06,900 --> 00:00:09,600\n", True),  # the timestamp line alone, as the splitter cuts it off
        ("3\n00:00:06,900 --> 00:00:09,600", True),  # with its counter line
        ("00:01:12.700 --> 00:01:17.300", True),  # WebVTT's dot
        ("3\n", False),  # a counter alone is no header
        ("Davon 16 Milliarden in bar und Aktien.", False),
        ("Zeitplan: 10:00 --> 11:00 Vortrag", False),  # an arrow in prose
    ],
)
def test_a_subtitle_cue_header(text: str, header: bool) -> None:
    """A subtitle cue's counter and timestamp, which price.py's currency carry steps over (session 37, price37)."""
    from models.layer.reading import is_cue_header

    assert is_cue_header(text) is header


def test_claims_of_a_reading_text_keep_the_offsets_of_the_text_as_given() -> None:
    from models.extract import extract_text

    text = "WhatsApp gehört zu Facebook. Seitdem geht die Telefon-\nnummer an den Konzern.\nMehr dazu"
    claims = [c for c in extract_text(text) if c["type"] == "data_shared"]
    assert claims and all(text[c["start"]:c["end"]] == c["text"] and c["sentence"] in text for c in claims)
    assert any(c["text"] == "Telefon-\nnummer" for c in claims)
