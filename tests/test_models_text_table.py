"""Tables written as text (models/text_table.py): which header a cell stands under."""
from __future__ import annotations

from models.text_table import cell_at

TABLE = (
    "Die größten Zukäufe von Facebook\n"
    "Unternehmen | Jahr | Kaufpreis\n"
    "Instagram | 2012 | 1 Mrd. $\n"
    "WhatsApp | 2014 | 19 Mrd. $\n"
    "Quelle: eigene Recherche"
)


def test_a_cell_has_its_column_header_row_and_title() -> None:
    cell = cell_at(TABLE, TABLE.index("19 Mrd."))
    assert cell is not None
    assert (cell.header, cell.column, cell.row[0], cell.title) == ("Kaufpreis", 2, "WhatsApp", "Die größten Zukäufe von Facebook")
    assert cell_at(TABLE, TABLE.index("2012")).header == "Jahr"


def test_header_row_and_lines_outside_the_table_are_no_cells() -> None:
    assert cell_at(TABLE, TABLE.index("Kaufpreis")) is None
    assert cell_at(TABLE, TABLE.index("Quelle")) is None
    assert cell_at("Facebook | WhatsApp", 3) is None  # one bar: no table


def test_tabs_and_markdown_rules() -> None:
    tabs = "Ziel\tJahr\tSumme\nWhatsApp\t2014\t19 Milliarden Dollar"
    assert cell_at(tabs, tabs.index("19 Milliarden")).header == "Summe"
    markdown = "| Firma | Jahr | Preis |\n|---|---|---|\n| WhatsApp | 2014 | 19 Mrd. $ |"
    cell = cell_at(markdown, markdown.index("19 Mrd."))
    assert cell is not None and cell.header == "Preis" and cell.row == ("WhatsApp", "2014", "19 Mrd. $")


def test_dashes_between_spaces_separate_cells_and_the_title_skips_blank_lines() -> None:
    dashes = "Was Facebook kaufte\n\nFirma – Jahr – Preis\nInstagram – 2012 – 1 Mrd.\nWhatsApp – 2014 – 19 Mrd. $"
    cell = cell_at(dashes, dashes.index("19 Mrd."))
    assert cell is not None
    assert (cell.header, cell.row[0], cell.title) == ("Preis", "WhatsApp", "Was Facebook kaufte")
    assert cell_at(dashes, dashes.index("1 Mrd.")).header == "Preis"  # an abbreviation ends a cell, not a sentence
    prose = "Zürich – WhatsApp wächst – und Facebook zahlt.\nBerlin – die Nutzer staunen – und bleiben."
    assert cell_at(prose, prose.index("Berlin")) is None  # a dash-rich line under a dash-rich line: no header


def test_a_final_period_is_judged_as_the_sentence_splitter_judges_it() -> None:
    """A dash-separated line ends like prose where models/sentences.py would end a sentence at its final period
    (`ends_with_full_stop`, clean29b): an abbreviation the splitter knows ("Mrd.", "Nr.") or a day's ordinal ends a
    cell; a word or a year with a full stop ends a sentence; ! ? : ; always end prose."""
    from models.sentences import ends_with_full_stop
    from models.text_table import _cells

    assert ends_with_full_stop("und Facebook zahlt.") and ends_with_full_stop("im Jahr 2014.")
    assert not ends_with_full_stop("19 Mrd.") and not ends_with_full_stop("am 19.") and not ends_with_full_stop("2014")
    assert _cells("WhatsApp – 2014 – 19 Mrd.") and _cells("WhatsApp – 2014 – Vertrag Nr.")
    assert not _cells("Zürich – WhatsApp wächst – und Facebook zahlt.")
    assert not _cells("Zürich – WhatsApp wächst – und Facebook zahlt:")
