"""German number and money parsing: every spelling the extractor relies on."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.money import find_money, parse_currency, parse_number, parse_scale, vocabulary, wraps_amount
from models.sentences import _abbreviations, sentence_starts


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("19", 19),
        ("19,5", 19.5),
        ("13,82", 13.82),
        ("1.000", 1000),
        ("19.000.000.000", 19_000_000_000),
        ("1.000,5", 1000.5),
        ("19 000", 19000),
        ("19.5", 19.5),
        ("neunzehn", 19),
        ("zwanzig", 20),
        ("einundzwanzig", 21),
        ("eine", 1),
        ("drei", 3),
        ("Zwei", 2),
        ("eineinhalb", 1.5),
        ("einundzwanzig Komma acht", 21.8),  # a decimal spoken in words (transcripts; session 30, price51)
        ("dreizehn Komma null fünf", 13.05),
        ("dreissig", 30),  # Swiss "ss" for "ß" (money.json's "_spelling"; session 35, fold35)
        ("Dreissig", 30),
        ("einunddreissig", 31),  # the compound's tens from money.json's folded table
    ],
)
def test_parse_number_reads_german_digits_and_words(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "neunzehnhundertzwölfhundert", "Einheit", "19,", "1.0000", "abc"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


@given(st.integers(min_value=0, max_value=10**12))
def test_thousands_dots_round_trip(number: int) -> None:
    written = f"{number:,}".replace(",", ".")
    assert parse_number(written) == number


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_decimal_comma_round_trip(whole: int, cents: int) -> None:
    assert parse_number(f"{whole},{cents:02d}") == pytest.approx(whole + cents / 100)


@pytest.mark.parametrize(
    ("word", "factor"),
    [("Milliarden", 1e9), ("Milliarde", 1e9), ("Mrd.", 1e9), ("Mrd", 1e9), ("Mio.", 1e6), ("Millionen", 1e6), ("bn", 1e9)],
)
def test_scales(word: str, factor: float) -> None:
    assert parse_scale(word) == factor


@pytest.mark.parametrize(
    ("word", "code"),
    [("US-Dollar", "USD"), ("Dollar", "USD"), ("USD", "USD"), ("$", "USD"), ("US$", "USD"), ("Euro", "EUR"), ("EUR", "EUR"), ("€", "EUR")],
)
def test_currencies(word: str, code: str) -> None:
    assert parse_currency(word) == code


@pytest.mark.parametrize("text", ["für zweidrei Milliarden Dollar", "das Einheit-Milliarden-Ding", "Dreieck Dollar"])
def test_a_word_of_number_parts_the_grammar_does_not_build_is_no_amount(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("für 19 Milliarden 450 Millionen Nutzer", [19_000_000_000, 450_000_000]),  # no currency: a count, no group
        ("19 Milliarden, 800 Millionen Dollar", [19_000_000_000, 800_000_000]),  # a comma parts two sums
        ("16 Milliarden 19 Milliarden Dollar", [16_000_000_000, 19_000_000_000]),  # one power: two sums
        ("für 19 Dollar bekommt man", [19]),
    ],
)
def test_no_scale_groups_joined_where_two_amounts_stand(text: str, amounts: list[int]) -> None:
    assert [mention.value for mention in find_money(text)] == amounts


def _one(text: str) -> tuple[str, float, str | None, str]:
    (mention,) = find_money(text)
    return text[mention.start : mention.end], mention.value, mention.currency, mention.qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Preis lag bei 7 Mrd. Dollar.", ("7 Mrd. Dollar", 7_000_000_000, "USD", "exact")),
        ("waren es rund einundzwanzig Komma acht Milliarden Dollar.",
         ("rund einundzwanzig Komma acht Milliarden Dollar", 21_800_000_000, "USD", "approx")),
        ("Setzen Sie ein Komma, acht Milliarden Nachrichten.", ("acht Milliarden", 8_000_000_000, None, "exact")),
        ("für neunzehneinhalb Milliarden Dollar", ("neunzehneinhalb Milliarden Dollar", 19_500_000_000, "USD", "exact")),
        ("rund einundzwanzig Komma fünfundachtzig Milliarden Dollar",  # the whole long number, not its tail alone
         ("rund einundzwanzig Komma fünfundachtzig Milliarden Dollar", 21_850_000_000, "USD", "approx")),
        ("Zweitausendvierhundert Euro", ("Zweitausendvierhundert Euro", 2400, "EUR", "exact")),
        ("eine halbe Milliarde Dollar", ("halbe Milliarde Dollar", 500_000_000, "USD", "exact")),
        # an amount said by its scale groups, the currency at the end (issue 7, session 36, num36)
        ("Einundzwanzig Milliarden achthundert Millionen Dollar.",
         ("Einundzwanzig Milliarden achthundert Millionen Dollar", 21_800_000_000, "USD", "exact")),
        ("für 21 Milliarden und 800 Millionen Euro", ("21 Milliarden und 800 Millionen Euro", 21_800_000_000, "EUR", "exact")),
        ("zwei Millionen fünfhunderttausend Euro", ("zwei Millionen fünfhunderttausend Euro", 2_500_000, "EUR", "exact")),
        # the currency as the first part of the scale's compound
        ("Neunzehn Dollar-Milliarden für eine App", ("Neunzehn Dollar-Milliarden", 19_000_000_000, "USD", "exact")),
        ("für 16 Euromilliarden", ("16 Euromilliarden", 16_000_000_000, "EUR", "exact")),
        ("knapp zwölf US-Dollar-Milliarden", ("knapp zwölf US-Dollar-Milliarden", 12_000_000_000, "USD", "at_most")),
        ("bis zu 19 Mrd. US-Dol-\nlar.", ("bis zu 19 Mrd. US-Dol-\nlar", 19_000_000_000, "USD", "at_most")),  # print breaks
        ("für 13,8 Milliar- den Euro an", ("13,8 Milliar- den Euro", 13_800_000_000, "EUR", "exact")),
        ("für l9 Milliarclen Dollar bezahlt", ("l9 Milliarclen Dollar", 19_000_000_000, "USD", "exact")),  # OCR
        ("Sie zahlten 7,25 Milliarden US-Dollar.", ("7,25 Milliarden US-Dollar", 7_250_000_000, "USD", "exact")),
        ("Es ging um US$ 8 Mrd. insgesamt.", ("US$ 8 Mrd.", 8_000_000_000, "USD", "exact")),
        ("Ein $12bn-Geschäft.", ("$12bn", 12_000_000_000, "USD", "exact")),
        ("Ein 12-Milliarden-Dollar-Geschäft.", ("12-Milliarden-Dollar", 12_000_000_000, "USD", "exact")),
        ("Es kostete € 3,5 Mio.", ("€ 3,5 Mio.", 3_500_000, "EUR", "exact")),
        ("Es kostete 3.500.000 Euro.", ("3.500.000 Euro", 3_500_000, "EUR", "exact")),
        ("Gezahlt wurden zwölf Milliarden Euro.", ("zwölf Milliarden Euro", 12_000_000_000, "EUR", "exact")),
        ("für rund 9 Mrd. EUR", ("rund 9 Mrd. EUR", 9_000_000_000, "EUR", "approx")),
        ("für etwa 9 Mrd. EUR", ("etwa 9 Mrd. EUR", 9_000_000_000, "EUR", "approx")),
        ("für ca. 9 Mrd. EUR", ("ca. 9 Mrd. EUR", 9_000_000_000, "EUR", "approx")),
        ("für circa 9 Mrd. EUR", ("circa 9 Mrd. EUR", 9_000_000_000, "EUR", "approx")),
        ("für ungefähr 9 Mrd. EUR", ("ungefähr 9 Mrd. EUR", 9_000_000_000, "EUR", "approx")),
        ("für knapp 9 Mrd. EUR", ("knapp 9 Mrd. EUR", 9_000_000_000, "EUR", "at_most")),
        ("für fast 9 Mrd. EUR", ("fast 9 Mrd. EUR", 9_000_000_000, "EUR", "at_most")),
        ("für beinahe 9 Mrd. EUR", ("beinahe 9 Mrd. EUR", 9_000_000_000, "EUR", "at_most")),
        ("für bis zu 9 Mrd. EUR", ("bis zu 9 Mrd. EUR", 9_000_000_000, "EUR", "at_most")),
        ("für über 9 Mrd. EUR", ("über 9 Mrd. EUR", 9_000_000_000, "EUR", "at_least")),
        ("für mehr als 9 Mrd. EUR", ("mehr als 9 Mrd. EUR", 9_000_000_000, "EUR", "at_least")),
        ("für gut 9 Mrd. EUR", ("gut 9 Mrd. EUR", 9_000_000_000, "EUR", "at_least")),
        ("für mindestens 9 Mrd. EUR", ("mindestens 9 Mrd. EUR", 9_000_000_000, "EUR", "at_least")),
        ("für stolze 9 Mrd. EUR", ("9 Mrd. EUR", 9_000_000_000, "EUR", "exact")),
        ("für „schlappe“ 9 Mrd. EUR", ("9 Mrd. EUR", 9_000_000_000, "EUR", "exact")),
        ("für insgesamt 9 Mrd. EUR", ("9 Mrd. EUR", 9_000_000_000, "EUR", "exact")),
        ("für 9 Milliarden", ("9 Milliarden", 9_000_000_000, None, "exact")),
    ],
)
def test_find_money_reads_amount_currency_and_qualifier(text: str, expected: tuple) -> None:
    assert _one(text) == expected


def test_find_money_reads_a_conversion_as_two_amounts() -> None:
    text = "Der Kauf kostete 9 Mrd. Dollar (6,5 Mrd. Euro)."
    found = [(text[m.start : m.end], m.value, m.currency) for m in find_money(text)]
    assert found == [("9 Mrd. Dollar", 9_000_000_000, "USD"), ("6,5 Mrd. Euro", 6_500_000_000, "EUR")]


def test_offsets_are_exact_even_after_umlauts_and_quotes() -> None:
    text = "Größer: „Übernahme“ für knapp 4,2 Milliarden Euro – endlich."
    (mention,) = find_money(text)
    assert text[mention.start : mention.end] == "knapp 4,2 Milliarden Euro"
    assert text[mention.amount_start : mention.amount_end] == "4,2 Milliarden Euro"


@pytest.mark.parametrize(
    "text",
    ["Das war im Jahr 2014.", "Am 15. Mai 2021 änderte sich das.", "Die Milliarden-Übernahme", "Version 2.5 erschien.", "Er las 300 Seiten."],
)
def test_numbers_without_scale_or_currency_are_not_money(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Ein Vertrag über 19 Milliarden Dollar", "exact"),  # the contract's sum: "über" is a preposition
        ("ein Kaufvertrag über 19 Mrd. Dollar", "exact"),
        ("ein Angebot über 10 Milliarden Dollar", "exact"),
        ("Facebook zahlte über 19 Milliarden Dollar", "at_least"),
        ("Verträge mit über 19 Mrd. Dollar", "at_least"),
        ("eine Strafe unter 1 Mrd. Euro", "exact"),
        ("Die Weko verhängte ein Bussgeld über 110 Mio. Franken", "exact"),  # Swiss "ss" (money.json's "_spelling")
        ("Die Firma zahlte über 110 Mio. Franken Bussgeld", "at_least"),  # near miss: no noun before "über"
    ],
)
def test_uber_after_a_noun_that_takes_the_sum_is_no_qualifier(text: str, qualifier: str) -> None:
    (mention,) = find_money(text)
    assert mention.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        # a change from one sum to another names the unit once, at the end (issue 7, session 20, price27)
        ("Der Wert stieg von ursprünglich 19 Milliarden auf rund 21,8 Milliarden Dollar.", ["USD", "USD"]),
        ("Von 16 Milliarden auf 19 Milliarden Euro wuchs die Summe.", ["EUR", "EUR"]),
        # near misses: "von" of another phrase (a noun between), another scale, no "von" before the first sum
        ("Nach dem Kauf von WhatsApp für 19 Milliarden auf 200 Milliarden Dollar gestiegen.", [None, "USD"]),
        ("Der Umsatz stieg von 19 Milliarden auf 600 Millionen Dollar Gewinn.", [None, "USD"]),
        ("Facebook setzte 19 Milliarden auf 22 Milliarden Dollar Umsatz.", [None, "USD"]),
    ],
)
def test_a_change_from_one_sum_to_another_shares_the_currency_named_at_its_end(text: str, currencies: list) -> None:
    assert [m.currency for m in find_money(text)] == currencies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the line-end join is the reading text's (models/layer/reading.py): past blank lines and a running header too
        ("für 19 Milliar-\n\nSeite 3 | Wirtschaft\n\nden Dollar gekauft", ("19 Milliar-\n\nSeite 3 | Wirtschaft\n\nden Dollar", "USD")),
        ("rund 4 Mrd. Dol- \n  lar in bar", ("rund 4 Mrd. Dol- \n  lar", "USD")),
        # money's own repairs on top of it: the same-line split and OCR, in a text with a rejoined word before them
        ("Der Kauf-\npreis: 13,8 Milliar- den Euro", ("13,8 Milliar- den Euro", "EUR")),
        ("Der Kauf-\npreis: l9 Milliarclen Dollar", ("l9 Milliarclen Dollar", "USD")),
    ],
)
def test_find_money_reads_a_printed_text_as_the_pipeline_does(text: str, expected: tuple[str, str]) -> None:
    (mention,) = find_money(text)
    assert (text[mention.start : mention.end], mention.currency) == expected


@pytest.mark.parametrize(
    ("text", "wraps"),
    [
        ("wovon 4 Mrd. USD in bar, 12 Mrd.\nUSD in Aktien", True),
        ("für 19 Mio.\n  Euro übernommen", True),
        ("Nachrichten pro Tag: 18 Mrd.\nKäufer: Facebook", False),  # a fact box's next line
        ("vor 2 Std.\nUSD steigt", False),  # no scale
        ("19 Milliarden\nDollar", False),  # a scale without its period is the line-open words' matter, not this rule
    ],
)
def test_wraps_amount_reads_a_scale_and_its_currency_across_a_line_end(text: str, wraps: bool) -> None:
    assert wraps_amount(text, text.index("\n")) is wraps
    assert (text.index("\n") + 1 in sentence_starts(text) or text.index("\n") + 3 in sentence_starts(text)) is not wraps


def test_every_abbreviated_scale_is_one_the_splitter_never_ends_a_sentence_with() -> None:
    """`wraps_amount` reads every scale written with a period as one that goes on (the splitter asks it, session 31)."""
    never_final, _ = _abbreviations()
    assert {w.lower() for w in vocabulary()["scales"] if w.endswith(".")} <= never_final
