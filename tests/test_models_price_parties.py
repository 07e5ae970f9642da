"""Whose price, which deal (models/price_parties.py): the parties of an amount's clause, own sentences."""
from __future__ import annotations

import pytest

import models.price_parties as price_parties
from models.pipeline import load_pipeline

CONTEXT = "Facebook hat den Messenger WhatsApp gekauft. "


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 (a spaCy Language)
    return load_pipeline()  # the process-wide pipeline (read only here)


def _verdict(nlp, sentence: str, amount: str, asked: list[str] | None = None, **options: bool) -> bool:  # noqa: ANN001
    """names_another_party over the whole `sentence` (after CONTEXT), with `amount` as the amount's span;
    `asked` is emptied after the pipeline ran (its own price component may tag), before the call."""
    doc = nlp(CONTEXT + sentence)
    if asked is not None:
        asked.clear()
    start = len(CONTEXT)
    at = doc.text.index(amount, start)
    return price_parties.names_another_party(doc, start, len(doc.text), (at, at + len(amount)), **options)


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("Der Softwarekonzern Adobe übernimmt die Plattform Figma für 20 Milliarden Dollar.", "20 Milliarden Dollar"),
        ("Für den Kabelnetzbetreiber Unitymedia zahlte Vodafone 18,4 Milliarden Euro.", "18,4 Milliarden Euro"),
        ("Mit dem Kauf von Mobileye für 15,3 Milliarden Dollar gelang Intel ein Coup.", "15,3 Milliarden Dollar"),
        ("Der Chipkonzern zahlte 15,3 Milliarden Dollar für den Spezialisten.", "15,3 Milliarden Dollar"),
        ("Ein Rivale bot 12 Milliarden Dollar.", "12 Milliarden Dollar"),
        # Swiss "ss": a trade noun's prefix ("Gross-"; price_parties.json's "_spelling", session 35, fold35)
        ("Die Grossbank UBS übernimmt die Credit Suisse für 3 Milliarden Franken.", "3 Milliarden Franken"),
    ],
)
def test_another_company_as_a_party_owns_the_amount(nlp, sentence: str, amount: str) -> None:  # noqa: ANN001
    assert _verdict(nlp, sentence, amount)


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("Laut Reuters zahlte der Konzern 19 Milliarden Dollar.", "19 Milliarden Dollar"),  # a source
        ("Die Übernahme für 19 Milliarden Dollar genehmigte Brüssel.", "19 Milliarden Dollar"),  # "für" governs the amount
        ("Der Deal wurde von der Bank Morgan Stanley begleitet und kostete 19 Milliarden Dollar.", "19 Milliarden Dollar"),
        ("Zuckerberg bot Koum 19 Milliarden Dollar.", "19 Milliarden Dollar"),  # ours bid
        ("Später verkaufte er seine Softwarefirma für 19 Milliarden Dollar.", "19 Milliarden Dollar"),  # a possessive
        ("Laut der Grossbank UBS zahlte der Konzern 19 Milliarden Dollar.", "19 Milliarden Dollar"),  # a Swiss source
    ],
)
def test_sources_places_advisers_and_ours_leave_the_amount(nlp, sentence: str, amount: str) -> None:  # noqa: ANN001
    assert not _verdict(nlp, sentence, amount)


def test_a_label_makes_any_company_named_in_it_the_owner(nlp) -> None:  # noqa: ANN001
    # Without a buying verb, HP and Autonomy stand in no party role; as the label of the amount they own it.
    assert not _verdict(nlp, "HP und Autonomy 11,1 Milliarden Dollar", "11,1 Milliarden Dollar")
    assert _verdict(nlp, "HP und Autonomy 11,1 Milliarden Dollar", "11,1 Milliarden Dollar", labelled=True)


def test_the_tagger_is_asked_only_where_a_capitalised_word_could_name_someone(nlp, monkeypatch) -> None:  # noqa: ANN001
    asked: list[str] = []
    tagger = price_parties.tag_words

    def counted(words):  # noqa: ANN001, ANN202
        asked.append("HanTa")
        return tagger(words)

    monkeypatch.setattr(price_parties, "tag_words", counted)
    assert not _verdict(nlp, "19 Milliarden Dollar kostete das.", "19 Milliarden Dollar", asked)  # only the amount is capitalised
    assert asked == []
    assert not _verdict(nlp, "Facebook zahlte an Adobe 19 Milliarden Dollar.", "19 Milliarden Dollar", asked)  # a name of ours
    assert asked == []
    # The control: a capitalised word standing as a party is tagged (HanTa says whether it is a name).
    assert _verdict(nlp, "Für Unitymedia zahlte Vodafone 18,4 Milliarden Euro.", "18,4 Milliarden Euro", asked)
    assert asked
