"""The degree-word reader (models/price_degree_resumed.py; issue 7, session 56, prec56): sentences of my own."""
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from models import price_degree_resumed
from models.money import MoneyMention
from models.pipeline import build_pipeline


@lru_cache(maxsize=1)
def _layer() -> Language:
    """The linguistic layer alone (its sentences are what `resumed_below` reads)."""
    return build_pipeline(())


def _doc(text: str) -> Doc:
    return _layer()(text)


def test_a_bare_number_opening_its_line_takes_the_unit_of_the_degree_phrase() -> None:
    text = "Das Quartal in Zahlen\n\n12 – so viele Milliarden Euro hat der Konzern für Zukäufe ausgegeben."
    found = price_degree_resumed.with_units_named_by_degree(text, [])
    assert [(m.value, m.currency, m.has_scale) for m in found] == [(12_000_000_000, "EUR", True)]


def test_a_colon_after_a_worked_out_sum_gives_no_amount() -> None:
    text = "Vier plus acht ergibt 12: So viele Milliarden Euro gab der Konzern aus."
    assert price_degree_resumed.with_units_named_by_degree(text, []) == []


def test_a_number_already_read_is_kept_as_it_was() -> None:
    text = "7 – so viele Milliarden Dollar nannte der Käufer."
    known = MoneyMention(start=0, end=1, amount_start=0, amount_end=1, value=7, currency=None, qualifier="exact",
                         has_scale=False)
    assert price_degree_resumed.with_units_named_by_degree(text, [known]) == [known]


def test_a_heading_sum_taken_up_below_by_a_paying_sentence() -> None:
    text = "Die Zahl des Tages: 12 Milliarden\n\nSo viel will der Konzern für die Firma bezahlen."
    assert price_degree_resumed.resumed_below(_doc(text), text.index("\n"))


def test_no_take_up_without_paying_or_on_the_same_line() -> None:
    counted = "Die Zahl des Tages: 12 Milliarden\n\nSo viele Nachrichten gehen täglich durch den Dienst."
    assert not price_degree_resumed.resumed_below(_doc(counted), counted.index("\n"))
    same_line = "Die Zahl des Tages: 12 Milliarden, so viel zahlt der Konzern."
    assert not price_degree_resumed.resumed_below(_doc(same_line), same_line.index(","))


def test_the_sentence_below_runs_past_an_abbreviation() -> None:
    # the layer's sentence goes on after "Mrd." (models/sentences.py): its paying verb and the buyer named after the
    # abbreviation are read (session 56's character loop stopped at the first period)
    paid = "Die Zahl des Tages: 12 Milliarden\n\nSo viel, rund 12 Mrd. Euro, will der Konzern für die Firma bezahlen."
    assert price_degree_resumed.resumed_below(_doc(paid), paid.index("\n"))
    other = "Die Zahl des Tages: 12 Milliarden\n\nSo viel, rund 12 Mrd. Euro, soll Google für die Firma bezahlt haben."
    assert not price_degree_resumed.resumed_below(_doc(other), other.index("\n"))
