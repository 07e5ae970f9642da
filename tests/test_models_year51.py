"""The acquisition year and the price moment of session 51 (issue 7, year51), by the grammar and layout of own93 (court
decisions) and own94 (galleries, captions, infographics): a limit told with its month, a caption's year beside 'kurz
nach dem Kauf', a chronicle line's label, the subject of a main clause before a relative clause, the owner noun after
its article, a review noun 'von 2014', items parted by middle dots, an indefinite purchase noun after a colon, and a
date closing the antecedent of a genitive relative clause (moment). The case rows are in tests/test_models_cases.jsonl;
these tests read the readers themselves. The texts are written for these tests."""
from __future__ import annotations

import pytest

from models import moment, year, year_relative
from models.extract import extract_text


def _price_moment(sentence: str, figure: str) -> str:
    start = sentence.index(figure)
    return moment.price_moment(sentence, start, start + len(figure))


@pytest.mark.parametrize(
    ("before", "limit"),
    [
        ("Daten, die der Dienst bis Mai ", True),
        ("bis zum 15. Mai ", True),
        ("bis Ende Mai ", True),
        ("bis ", True),
        ("im Mai ", False),
        ("Anfang Mai ", False),
    ],
)
def test_a_limit_told_with_its_month(before: str, limit: bool) -> None:
    assert (year._UNTIL_BEFORE.search(before) is not None) is limit


@pytest.mark.parametrize("before", ["seit dem 6. Oktober ", "seit Februar ", "Seit dem 19. Februar "])
def test_a_start_told_with_its_day_stays_a_date(before: str) -> None:
    # "Der Kauf ist seit dem 6. Oktober 2014 vollzogen" dates the purchase by the day a state began
    assert year._SINCE_BEFORE.search(before) is None


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        (" kurz nach dem Kauf von WhatsApp.", 0),
        (" wenige Tage nach der Übernahme durch Facebook", 0),
        (" unmittelbar nach dem Verkauf", 0),
        (" drei Jahre nach dem Verkauf von WhatsApp", 3),
    ],
)
def test_a_time_too_short_to_leave_the_year(phrase: str, count: int) -> None:
    found = year_relative.counted_phrase(phrase)
    assert found is not None and found[0] == count


@pytest.mark.parametrize("phrase", [" einige Monate nach dem Kauf", " wenige Wochen nach dem Kauf", " kurz nach dem Start des Dienstes",
                                    " kurz danach"])
def test_not_a_short_time_from_the_purchase(phrase: str) -> None:
    assert year_relative.counted_phrase(phrase) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Übernahme, über die lange gestritten wurde, wurde 2014 von der Kommission geprüft.", 2014),
        # near miss: the subject before the relative clause is no purchase
        ("Der Messenger, den heute Milliarden nutzen, wurde 2009 gegründet.", None),
        # near miss: a later act on the purchase keeps its own year
        ("Die Übernahme, die viele kritisierten, wurde 2017 mit einer Strafe belegt.", None),
        # near misses (review51): another predicate of the purchase noun, no event of the purchase or its review
        ("Die Übernahme, die Facebook viele Milliarden kostete, wurde 2017 zum Fall für die Behörde.", None),
        ("Der Deal, mit dem Facebook den Messenger kaufte, jährt sich 2024 zum zehnten Mal.", None),
        # near miss (review51): a review word with no competition authority named
        ("Der Kauf, für den Facebook viele Milliarden zahlte, wurde 2016 in einer Studie der Universität geprüft.", None),
    ],
)
def test_the_subject_before_a_relative_clause(sentence: str, expected: int | None) -> None:
    found = year.acquisition_year_in(sentence)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "belongs"),
    [
        ("Eigentümer: Facebook", True),
        ("WhatsApp, Mutterkonzern Meta", True),
        ("Der Mutterkonzern Meta ist an der Börse viel wert", False),
        ("beim Eigentümer Facebook", False),
    ],
)
def test_the_owner_noun_after_its_article(text: str, belongs: bool) -> None:
    assert (year._BELONGS_TO_BUYER.search(text) is not None) is belongs


def test_a_review_noun_of_the_purchase_dates_it() -> None:
    sentence = "Geprüft wird, ob im Freigabeverfahren von 2014 zur Übernahme von WhatsApp alles stimmte."
    assert not year._year_of_another_noun(sentence, sentence.index("2014"))
    ruling = "Das Urteil von 2022 zur Übernahme von WhatsApp."
    assert year._year_of_another_noun(ruling, ruling.index("2022"))


def test_the_item_after_a_middle_dot() -> None:
    line = "Gründer: Jan Koum · Besitzer seit 2014: Facebook"
    assert line[year._item_start(line, 0, line.index("2014")):].startswith(" Besitzer")


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        (" Ein Zusammenschluss ist auch dann anzumelden, wenn beide Firmen groß sind.", True),
        (" Eine Übernahme von WhatsApp wurde verkündet.", False),  # WhatsApp named
        (" Facebook gelang ein großer Kauf.", False),  # the buyer named
        (" Der Kauf wurde verkündet.", False),  # a definite noun
    ],
)
def test_an_indefinite_purchase_noun(text: str, generic: bool) -> None:
    assert year._only_a_generic_purchase(text) is generic


def test_a_date_before_the_antecedents_comma() -> None:
    sentence = ("Mit dem Vollzug der Übernahme am 6. Oktober 2014, deren Gesamtwert sich auf rund 21,8 Milliarden Dollar "
                "belief, wurden die Optionen umgewandelt.")
    assert _price_moment(sentence, "rund 21,8 Milliarden Dollar") == "closing"
    # near miss: a person's name before the date is no deal noun, the relative clause keeps its own time
    person = "Jan Koum im Februar 2014, der WhatsApp für 19 Mrd. Dollar verkaufte, investiert inzwischen in Oldtimer."
    start = person.index("19 Mrd. Dollar")
    assert moment.relative_clause(person, start, start + len("19 Mrd. Dollar")) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chronik\n2014 – Anmeldung: Facebook legt die Übernahme von WhatsApp den Behörden vor.", [2014]),
        # near misses (review51): the line's news counts from or back to another time; its year is not the purchase's
        ("Chronik\n2018 – Rückblick: Facebook kaufte WhatsApp vor vier Jahren.", []),
        ("Chronik\n2019 – Jubiläum: Fünf Jahre zuvor hatte Facebook WhatsApp gekauft.", [2014]),
    ],
)
def test_a_chronicle_lines_label(text: str, expected: list[int]) -> None:
    assert [c["year"] for c in extract_text(text) if c["type"] == "acquisition_year"] == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Weil Facebook in Aktien zahlt, ist das Gebot derzeit nur noch rund 17 Milliarden Dollar wert.",
         "rund 17 Milliarden Dollar", "unspecified"),
        ("Das noch nicht vollzogene Angebot hat inzwischen einen Wert von rund 20 Milliarden Dollar.",
         "rund 20 Milliarden Dollar", "unspecified"),
        # near misses: 'inzwischen' with no deal told pending; no value word
        ("Das Paket ist inzwischen knapp 22 Milliarden Dollar wert.", "knapp 22 Milliarden Dollar", None),
        ("Derzeit zahlt Facebook 19 Milliarden Dollar.", "19 Milliarden Dollar", None),
        # near miss (review51): the completion named done, the day's value is no pending deal's
        ("Mit dem heutigen Abschluss ist das Geschäft aktuell 21,8 Milliarden Dollar wert.", "21,8 Milliarden Dollar", None),
    ],
)
def test_the_pending_deal_valued_at_the_reports_day(sentence: str, figure: str, expected: str | None) -> None:
    start = sentence.index(figure)
    assert moment.interim_value_moment(sentence, (0, len(sentence)), start, start + len(figure)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Februar 2014 schlossen die Gründer den Vertrag, mit dem WhatsApp an Facebook ging.", [2014]),
        # near miss: another act on the contract (not signing or concluding it)
        ("Der Messenger WhatsApp gehört zu Facebook. 2019 prüften Anwälte den Vertrag, mit dem WhatsApp an Facebook "
         "ging.", []),
        # a time of months before the purchase
        ("Facebook kaufte WhatsApp. Ein Foto von 2013 zeigt Koum, Monate vor dem Verkauf an Facebook.", []),
        # near miss (review51): the sentence tells the announcement itself beside the time before the completion
        ("Im Februar 2014, Monate vor der endgültigen Übernahme, kündigte Facebook den Kauf von WhatsApp an.", [2014]),
    ],
)
def test_agreements_plurals_and_times_before(text: str, expected: list[int]) -> None:
    assert [c["year"] for c in extract_text(text) if c["type"] == "acquisition_year"] == expected
