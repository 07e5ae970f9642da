"""Acquisition year and German sentence boundaries."""
from __future__ import annotations

import pytest
import spacy

from models.extract import extract_text
from models.sentences import sentence_starts


def years(text: str) -> list[tuple[str, int]]:
    return [(c["text"], c["year"]) for c in extract_text(text) if c["type"] == "acquisition_year"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Facebook kaufte WhatsApp 2014.", [("2014", 2014)]),
        ("Im Jahr 2014 hatte Facebook den Messenger WhatsApp übernommen.", [("2014", 2014)]),
        ("WhatsApp gehört seit 2014 zu Facebook.", [("2014", 2014)]),
        ("Die 2014 von Facebook übernommene App WhatsApp teilt seit 2016 Daten.", [("2014", 2014)]),
        ("Alles begann 2014, als Facebook WhatsApp kaufte.", [("2014", 2014)]),
        ("WhatsApp ist seit 2014 eine Facebook-Tochter.", [("2014", 2014)]),
        ("Die Übernahme von WhatsApp, die Facebook 2014 abschloss, bleibt bestehen.", [("2014", 2014)]),
        ("Im Herbst 2014 war es so weit: Facebook schloss den Kauf von WhatsApp ab.", [("2014", 2014)]),
        ("WhatsApp wurde 2009 von zwei Gründern gestartet, gegründet und 2014 an Facebook verkauft.", [("2014", 2014)]),
        ("Facebook (heute Meta) übernahm 2014 WhatsApp und 2012 Instagram.", [("2014", 2014)]),
        ("WhatsApp, für das Facebook im Jahr 2014 satte 19 Milliarden Dollar bezahlt hatte, wächst.", [("2014", 2014)]),
        ("Heute vor zehn Jahren, am 19. Februar 2014, verkündete Facebook den Kauf von WhatsApp.", [("2014", 2014)]),
        ("Im Februar 2014 verkündete Facebook den Kauf von WhatsApp.", [("2014", 2014)]),
    ],
)
def test_the_year_of_the_purchase_is_found(text: str, expected: list) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Facebook versprach 2014, die Daten von WhatsApp getrennt zu halten.",
        "Seit 2016 teilt WhatsApp Daten mit Facebook, das den Dienst übernommen hat.",
        "Facebook hatte 2012 Instagram übernommen; WhatsApp blieb damals unabhängig.",
        "Im Jahr 2021 änderte WhatsApp die Regeln, Facebook freute sich.",
        "Facebook kaufte WhatsApp vor zwei Jahren.",
        "2017 verhängte die EU eine Strafe wegen falscher Angaben bei der WhatsApp-Übernahme durch Facebook.",
        "Bis 2019 gehörte WhatsApp-Mitgründer Acton zu den Kritikern von Facebook.",
        "2016 kündigte WhatsApp an, Daten an Facebook zu übermitteln.",
    ],
)
def test_other_years_near_the_deal_are_not_the_acquisition_year(text: str) -> None:
    assert years(text) == []


def _split(text: str) -> list[str]:
    bounds = [0, *sentence_starts(text), len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def test_abbreviations_and_ordinals_do_not_end_sentences() -> None:
    text = "Es kostete ca. 3 Mrd. Euro, z.B. für Server u.a. im 4. Quartal am 15. Mai. Dann kam Dr. Weber."
    assert _split(text) == ["Es kostete ca. 3 Mrd. Euro, z.B. für Server u.a. im 4. Quartal am 15. Mai.", "Dann kam Dr. Weber."]


def test_years_quotes_and_paragraphs_end_sentences() -> None:
    text = "Das war 2014. Sie sagte: „Wir kaufen.“ Danach Ruhe!\n\nNeuer Absatz ohne Punkt\nZweite Zeile"
    assert _split(text) == ["Das war 2014.", "Sie sagte: „Wir kaufen.“", "Danach Ruhe!", "Neuer Absatz ohne Punkt", "Zweite Zeile"]


def test_the_component_sets_doc_sents() -> None:
    import models.sentences  # noqa: F401 (registers the factory)

    nlp = spacy.blank("de")
    nlp.add_pipe("dealwatch_sentences")
    doc = nlp("Eins ist ca. klar. Zwei auch.")
    assert [s.text.strip() for s in doc.sents] == ["Eins ist ca. klar.", "Zwei auch."]


def test_swiss_and_austrian_billion_abbreviation_does_not_end_the_sentence() -> None:
    assert _split("Der Konzern hatte den Messenger um rund 19 Mia. Dollar übernommen. Danach kam wenig.") == [
        "Der Konzern hatte den Messenger um rund 19 Mia. Dollar übernommen.",
        "Danach kam wenig.",
    ]


def test_a_footnote_marker_after_the_full_stop_ends_the_sentence() -> None:
    # issue 7, session 27 (opt27): reference works and scholarly text put "[1]" or a superscript after the stop.
    text = "Die Nummer geht an Facebook.[1] Dagegen gab es Klagen.² Das Amt prüfte vgl.[3] Abs. 2 und die Daten[4] selbst."
    assert _split(text) == [
        "Die Nummer geht an Facebook.[1]",
        "Dagegen gab es Klagen.²",
        "Das Amt prüfte vgl.[3] Abs. 2 und die Daten[4] selbst.",
    ]


def test_a_plain_footnote_number_glued_to_the_full_stop_ends_the_sentence() -> None:
    # issue 7, session 45 (opt45): text extraction drops the superscript of scholarly footnotes ("zustimmen.61 Nach").
    # Only glued to a word or a closing bracket: a digit before the period is a decimal, an abbreviation stays one.
    text = "Der Dienst wurde gekauft.12 Die Kommission prüfte (Sache M.7217).13 Sie gab ihn frei."
    assert _split(text) == ["Der Dienst wurde gekauft.12", "Die Kommission prüfte (Sache M.7217).13", "Sie gab ihn frei."]
    assert len(_split("Es waren 1.5 Mrd Dollar und Version 2.0 Der App, vgl. S.12 Die Quelle.")) == 1


def test_a_question_mark_glued_to_a_capitalised_word_ends_the_question() -> None:
    """An FAQ accordion that lost its line break ("...?Nein, ...") splits after the question (issue 7, session 44,
    ds44); a query string or a lower-case word after the mark does not."""
    text = "Speichert der Dienst meinen Standort?Nein, das tut er nicht. Siehe example.org/faq?Seite=2 und ?id=7 dort."
    assert _split(text) == [
        "Speichert der Dienst meinen Standort?", "Nein, das tut er nicht.", "Siehe example.org/faq?Seite=2 und ?id=7 dort."
    ]
