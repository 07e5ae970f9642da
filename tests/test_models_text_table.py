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
