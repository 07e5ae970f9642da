"""The acquisition year counted from a record's own date, and the price's moment by grammar (issue 7, session 48,
year48): a count of days, weeks or months back from a date line (D66 (a)), a sitting's date line with its place after a
dash, a report in a coordinated main clause after the counted one, a count after the purchase's noun phrase; a
present-tense cue written as a noun ('die Erwerbe'), a sum told as agreed in a look-back (D45), a dating cue in the
clause of another figure, and a post dated after 2014 for the learned stage's guard. The texts are written for these
tests."""
from __future__ import annotations

import re

import pytest

from models.extract import extract_text
from models.learned.moment_stage import stated_in
from models.moment import posted_later_moment, price_moment
from models.year_relative import short_ago, short_landing
from models.year_texts_date import top_date_lines


def years(text: str) -> list[int]:
    return [c["year"] for c in extract_text(text) if c["type"] == "acquisition_year"]


def moments(text: str) -> list[tuple[int, str]]:
    return [(c["value"], c["moment"]) for c in extract_text(text) if c["type"] == "price"]


_SITTING = "Landtag Sachsen\nSitzungsbericht\n04.03.2014\nAbgeordnete Lena Roth: {} Wir fragen, was mit den Daten geschieht."
_PLENARY = "Europäisches Parlament\nDonnerstag, 10. März 2016 – Straßburg\nHerr Präsident! {}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of weeks from the record's date lands on 2014 (D66 (a))
        (_SITTING.format("Vor zwei Wochen hat Facebook den Messenger WhatsApp gekauft."), [2014]),
        # an approximate count lands on a span of days inside 2014 (D57 (c)), not on a count of years
        (_SITTING.format("Vor gut zwei Wochen hat Facebook den Messenger WhatsApp gekauft."), [2014]),
        # an approximate count whose span crosses the new year: no year
        (_SITTING.replace("04.03.2014", "20.01.2015").format("Vor knapp drei Wochen hat Facebook den Messenger WhatsApp "
                                                             "gekauft."), []),
        # another buyer's near purchase: no year
        (_SITTING.format("Vor zwei Wochen hat Google den Messenger WhatsApp fast gekauft."), []),
        # a count of weeks that dates another event
        ("Newsletter\n02.09.2016\nVor drei Wochen hat WhatsApp seine Regeln geändert. Facebook hatte den Dienst gekauft.",
         []),
        # the sitting's date line names its place after a dash; the report is the coordinated clause's
        (_PLENARY.format("Vor zwei Jahren hat Facebook WhatsApp übernommen, und damals hieß es, nichts werde sich ändern."),
         [2014]),
        # a report that frames the counted clause itself: no year
        (_PLENARY.format("Vor zwei Jahren habe Facebook WhatsApp übernommen, heißt es in einem Blog."), []),
        # the count after the purchase's noun phrase dates the purchase, whatever the clause's verb
        ("Pressemitteilung\n12. Mai 2016\nNach dem Kauf von WhatsApp durch Facebook vor zwei Jahren versprachen beide "
         "Firmen, die Daten getrennt zu halten.", [2014]),
        # the same phrase of another company's purchase: no year
        ("Pressemitteilung\n12. Mai 2016\nWhatsApp bleibt eigenständig. Nach dem Kauf von Instagram durch Facebook vor "
         "vier Jahren versprachen beide Firmen, die Daten getrennt zu halten.", []),
    ],
)
def test_year_counted_from_the_records_date(text: str, expected: list[int]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    ("phrase", "date", "landed"),
    [
        ("vor drei Wochen", (2014, 3, 13), 2014),
        ("vor drei Wochen", (2014, 1, 13), 2013),
        ("vor zwei Monaten", (2015, 1, 20), 2014),
        ("vor 10 Tagen", (2014, 3, 1), 2014),
        ("vor gut drei Wochen", (2014, 3, 13), 2014),
        ("vor knapp drei Wochen", (2014, 1, 20), None),
        ("vor etwa zwei Monaten", (2015, 5, 10), 2015),
        ("vor etwa zwei Monaten", (2015, 2, 10), None),
        # (an indefinite count lands on the span its word stands for, one year or none; session 55, year55)
        ("vor einigen Wochen", (2014, 3, 13), 2014),
        ("vor einigen Wochen", (2015, 1, 20), None),
        ("vor wenigen Tagen", (2014, 2, 24), 2014),
    ],
)
def test_short_counts_land_on_a_year(phrase: str, date: tuple[int, int, int], landed: int | None) -> None:
    found = short_ago(phrase)
    assert found is not None
    assert short_landing(found, *date) == landed


def test_a_sittings_date_line_may_name_its_place() -> None:
    assert [row[0] for row in top_date_lines("Europäisches Parlament\nMittwoch, 20. Januar 2021 – Brüssel\nText.")] == [2021]
    # a dash followed by prose is no place
    assert top_date_lines("Europäisches Parlament\nMittwoch, 20. Januar 2021 – die Aussprache beginnt\nText.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plural noun "Erwerbe" is no present of buying: the bare year leaves the sum unspecified (D45)
        ("Oft genannt werden die Erwerbe durch Facebook: 2012 kaufte Facebook Instagram für eine Milliarde Dollar und "
         "2014 WhatsApp für 19 Milliarden Dollar.", [(19000000000, "unspecified")]),
        # the verb "erwerbe" in a quote of the day stays a cue
        ("Zuckerberg sagte am Mittwoch: „Ich erwerbe WhatsApp für 19 Milliarden Dollar.“", [(19000000000, "announced")]),
        # a sum told as agreed stays announced in a look-back (D45)
        ("Die Übernahme von WhatsApp durch Facebook, 2014 für 19 Milliarden Dollar vereinbart, wurde nie rückgängig "
         "gemacht.", [(19000000000, "announced")]),
        # the same look-back told with a verb of buying: the bare year, unspecified
        ("Die Übernahme von WhatsApp durch Facebook, 2014 für 19 Milliarden Dollar gekauft, wurde nie rückgängig "
         "gemacht.", [(19000000000, "unspecified")]),
        # a promise in a predicate joined by "und" is no sum agreed
        ("Facebook hatte WhatsApp 2014 für 19 Milliarden Dollar gekauft und damals zugesagt, die Daten getrennt zu "
         "halten. Das ist lange her.", [(19000000000, "unspecified")]),
    ],
)
def test_moment_by_grammar(text: str, expected: list[tuple[int, str]]) -> None:
    assert moments(text) == expected


def _amount(sentence: str, amount: str) -> tuple[int, int]:
    start = sentence.index(amount)
    return start, start + len(amount)


def test_a_dating_cue_in_the_clause_of_another_figure_is_that_figures() -> None:
    sentence = ("Die Autoren nennen 19 Milliarden Dollar als Preis, übertreiben aber bei den Nutzern – tatsächlich waren "
                "es zum Zeitpunkt der Ankündigung rund 450 Millionen.")
    assert price_moment(sentence, *_amount(sentence, "19 Milliarden Dollar"), news=False) == "unspecified"
    # a rate beside the cue is no quantity of its own: the date of the announcement still dates the price
    rated = ("Die Aktie fiel am Tag der Ankündigung im Februar 2014 um 3 Prozent; das war ein Drittel des Kaufpreises von "
             "19 Milliarden Dollar.")
    assert price_moment(rated, *_amount(rated, "19 Milliarden Dollar"), news=False) == "announced"


_REPLY = ("Leserkommentare zum Buch über Facebook\n\n★★★★★ Antwort auf Max\nVon kiwi am {}\nBeides richtig. Erst 16 "
          "Milliarden als Bargeld und Anteile, obendrauf Anteile fürs Personal, in Summe 19 Milliarden.")


@pytest.mark.parametrize(
    ("date", "expected"),
    [("4. Mai 2020", "unspecified"), ("20. Februar 2014", None), ("04.05.2020", "unspecified")],
)
def test_a_post_dated_after_the_deal_is_told_from_later(date: str, expected: str | None) -> None:
    text = _REPLY.format(date)
    start = text.index("19 Milliarden")
    assert posted_later_moment(text, start) == expected
    sentence = next(m.span() for m in re.finditer(r"Erst 16 [^\n]*", text))
    if expected is not None:
        # the learned stage keeps the rules' unspecified there
        assert stated_in(text, sentence, start, start + len("19 Milliarden")) == expected


def test_a_post_with_prose_above_its_line_is_not_headed_by_a_date() -> None:
    text = "Von kiwi am 4. Mai 2020\nIch habe das Buch gelesen.\nFacebook zahlte 19 Milliarden Dollar."
    assert posted_later_moment(text, text.index("19 Milliarden")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deals counted in a period: the period's year is no purchase year
        ("Beim Kartellamt wurden im Jahr 2013 rund 1 100 Zusammenschlussvorhaben angemeldet. Facebook kaufte später "
         "WhatsApp.", []),
        # a verb of buying beside the count still tells the one purchase
        ("Facebook kaufte 2014 WhatsApp, eine von rund 50 Übernahmen des Konzerns.", [2014]),
        # the counted deals include this one, named beside the count (review48)
        ("2014 meldete das Kartellamt 1.200 Zusammenschlüsse, darunter den von Facebook und WhatsApp.", [2014]),
        # a year before the purchase noun is no count
        ("Die 2014 vollzogene Übernahme von WhatsApp durch Facebook wirkt bis heute nach.", [2014]),
    ],
)
def test_counted_deals_tell_no_purchase(text: str, expected: list[int]) -> None:
    assert years(text) == expected
