"""Which amounts are the purchase price: own sentences, traps included."""
from __future__ import annotations

import pytest

from models.extract import extract_text


def prices(text: str) -> list[tuple[str, float, str | None, str]]:
    return [(c["text"], c["value"], c["currency"], c["qualifier"]) for c in extract_text(text) if c["type"] == "price"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Facebook übernimmt WhatsApp für 19 Milliarden US-Dollar.",
            [("19 Milliarden US-Dollar", 19_000_000_000, "USD", "exact")],
        ),
        (
            "Der Messenger WhatsApp wechselte 2014 für fast 20 Milliarden den Besitzer, Käufer war Facebook.",
            [("fast 20 Milliarden", 20_000_000_000, None, "at_most")],
        ),
        (
            "Mark Zuckerberg ließ sich den Kauf von WhatsApp rund 22 Mrd. Dollar kosten.",
            [("rund 22 Mrd. Dollar", 22_000_000_000, "USD", "approx")],
        ),
        (
            "Facebook zahlte für WhatsApp 19 Mrd. Dollar (13,8 Mrd. Euro).",
            [("19 Mrd. Dollar", 19_000_000_000, "USD", "exact"), ("13,8 Mrd. Euro", 13_800_000_000, "EUR", "exact")],
        ),
        (
            "Facebook hat WhatsApp gekauft. Der Kaufpreis: mehr als 19 Milliarden Dollar, umgerechnet etwa 14 Milliarden Euro.",
            [
                ("mehr als 19 Milliarden Dollar", 19_000_000_000, "USD", "at_least"),
                ("etwa 14 Milliarden Euro", 14_000_000_000, "EUR", "approx"),
            ],
        ),
        (
            "Der 19-Milliarden-Dollar-Deal zwischen Facebook und WhatsApp ist abgeschlossen.",
            [("19-Milliarden-Dollar", 19_000_000_000, "USD", "exact")],
        ),
        (
            "WhatsApp gehört zu Facebook. Der Konzern hatte den Dienst für neunzehn Milliarden Dollar erworben.",
            [("neunzehn Milliarden Dollar", 19_000_000_000, "USD", "exact")],
        ),
        (
            "Für WhatsApp bezahlte Facebook $19bn.",
            [("$19bn", 19_000_000_000, "USD", "exact")],
        ),
    ],
)
def test_purchase_prices_are_found_with_value_currency_qualifier(text: str, expected: list) -> None:
    assert prices(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # counts, costs, revenue and profit
        "WhatsApp hat inzwischen zwei Milliarden Nutzer, seit Facebook den Dienst übernommen hat.",
        "Über WhatsApp werden täglich 60 Milliarden Nachrichten verschickt, Facebook ist stolz darauf.",
        "Facebook kaufte WhatsApp und sparte danach 3 Milliarden Betriebskosten ein.",
        "Facebook, Käufer von WhatsApp, machte im Quartal einen Gewinn von 9 Milliarden Dollar.",
        "Seit der Übernahme von WhatsApp stieg der Umsatz von Facebook auf 80 Milliarden Dollar.",
        # fines
        "Wegen falscher Angaben zur WhatsApp-Übernahme verhängte die EU gegen Facebook eine Strafe von 1,2 Milliarden Euro.",
        "Die Geldbuße für Facebook im Zusammenhang mit dem Kauf von WhatsApp betrug 110 Millionen Euro.",
        # a Swiss fine ("ss" for "ß"; session 35, fold35)
        "Für falsche Angaben zum Kauf von WhatsApp musste Facebook ein Bussgeld von 110 Mio. Franken bezahlen.",
        "Die Geldbusse wegen der Übernahme von WhatsApp durch Facebook betrug gut 110 Mio. Franken.",
        # parts of the deal
        "Beim Kauf von WhatsApp erhalten die Gründer zusätzlich Aktien im Wert von 3 Milliarden Dollar von Facebook.",
        "Von der Summe für WhatsApp fließen 4 Milliarden Dollar in bar an die Eigentümer, teilte Facebook mit.",
        # other acquisitions and later valuations
        "Facebook hatte zuvor Instagram für 1 Milliarde Dollar gekauft, nun folgt WhatsApp.",
        "Heute ist WhatsApp, das Facebook übernommen hat, nach Schätzungen mehr als 100 Milliarden Dollar wert.",
        # salaries and fortunes
        "Der WhatsApp-Gründer bekam nach der Übernahme durch Facebook ein Vermögen von 7 Milliarden Dollar.",
        # no deal at all
        "Die Bahn investiert 12 Milliarden Euro in neue Strecken.",
    ],
)
def test_amounts_that_are_not_the_purchase_price_are_ignored(text: str) -> None:
    assert prices(text) == []


def test_the_price_keeps_its_offsets_and_sentence() -> None:
    text = "Ein Rückblick. Facebook kaufte WhatsApp im Jahr 2014 für 19 Mrd. Dollar. Danach kam wenig."
    (claim,) = [c for c in extract_text(text) if c["type"] == "price"]
    assert text[claim["start"] : claim["end"]] == claim["text"] == "19 Mrd. Dollar"
    assert claim["sentence"] == "Facebook kaufte WhatsApp im Jahr 2014 für 19 Mrd. Dollar."


def test_a_price_named_sentences_after_whatsapp_still_counts() -> None:
    text = (
        "WhatsApp ist ein Messenger aus Kalifornien. Er hat viele Nutzer. Die Gründer sind reich. "
        "Facebook zahlte für die Firma 19 Milliarden Dollar."
    )
    assert prices(text) == [("19 Milliarden Dollar", 19_000_000_000, "USD", "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Facebook kauft heute WhatsApp für 19 Milliarden Dollar.",
        "Facebook übernimmt nun WhatsApp für 19 Milliarden Dollar, inzwischen ist das bestätigt.",
    ],
)
def test_time_words_do_not_hide_a_price_in_a_purchase_clause(text: str) -> None:
    assert [p[1] for p in prices(text)] == [19_000_000_000]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Facebook machte einen Gewinn von 3 Milliarden Dollar und kaufte WhatsApp für 19 Milliarden Dollar.", [19e9]),
        ("Facebook zahlt für WhatsApp 16 Milliarden Dollar plus 3 Milliarden Dollar in Aktien für die Gründer.", [16e9]),
        ("Für 19 Milliarden Dollar ging WhatsApp an Facebook.", [19e9]),
        ("WhatsApp wurde für 19 Milliarden Dollar an Facebook verkauft.", [19e9]),
        ("Insgesamt 19 Milliarden Dollar zahlte Facebook für WhatsApp, davon 4 Milliarden in bar.", [19e9]),
        ("Facebook kaufte WhatsApp und meldete einen Gewinn von 3 Mrd. Dollar (2,7 Mrd. Euro).", []),
    ],
)
def test_each_amount_is_judged_by_its_own_words(text: str, values: list[float]) -> None:
    assert [p[1] for p in prices(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Facebook schluckt WhatsApp für 19 Milliarden\nDer Messenger bleibt vorerst eigenständig.", [19e9]),
        ("Die bei der Ankündigung genannte Summe von 19 Milliarden Dollar für WhatsApp stieg bis zum Abschluss, Facebook zahlte in Aktien.", [19e9]),
        ("WhatsApp und Facebook: Man stelle sich vor, 19.000.000.000 Dollar. So viel war Facebook der Messenger wert.", [19e9]),
        ("Facebook nahm 19 Milliarden für eine Firma in die Hand, die kaum Umsatz machte: WhatsApp.", [19e9]),
    ],
)
def test_prices_across_headlines_back_references_and_noun_phrases(text: str, values: list[float]) -> None:
    assert [p[1] for p in prices(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "Kurz nach WhatsApp kaufte Facebook auch Oculus VR – für 2 Milliarden Dollar.",
        "Google soll für WhatsApp 10 Milliarden Dollar geboten haben, doch Facebook bekam den Zuschlag.",
        "Hätte Facebook WhatsApp nicht gekauft, hätte Google womöglich 20 Milliarden Dollar gezahlt.",
        "Facebook kaufte WhatsApp. Meta investiert nun 10 Milliarden Dollar pro Jahr ins Metaverse.",
        "WhatsApp-Gründer Jan Koum ist nach dem Verkauf an Facebook rund 7 Milliarden Dollar schwer.",
        "Facebook ist an der Börse mehr als 500 Milliarden Dollar wert, WhatsApp gehört dazu.",
        "Der Börsengang von Facebook brachte 2012 16 Milliarden Dollar, zwei Jahre später folgte WhatsApp.",
    ],
)
def test_other_buyers_other_targets_recurring_sums_and_fortunes_are_not_the_price(text: str) -> None:
    assert prices(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Mark Zuckerbergs Konzern blätterte für WhatsApp rund 19 Mrd. US$ hin.", [19e9]),
        ("Die Übernahme von WhatsApp durch Facebook im Wert von 19 Milliarden Dollar wurde genehmigt.", [19e9]),
        ("Nach Instagram übernahm Facebook auch WhatsApp – für 19 Milliarden Dollar.", [19e9]),
        ("Zum Vergleich: Instagram kostete Facebook 2012 eine Milliarde Dollar, WhatsApp 2014 dann 19 Milliarden.", [19e9]),
    ],
)
def test_genitives_deal_value_and_the_nearest_company(text: str, values: list[float]) -> None:
    assert [p[1] for p in prices(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("WhatsApp ändert die Regeln. Die Facebook-Tochter – der Konzern hatte den Messenger um rund 19 Mia. Dollar übernommen – verlangt Zustimmung.", [19e9]),
        ("WhatsApp? 19 Milliarden Dollar, rund 17 Milliarden Franken, lässt sich Mark Zuckerberg den Messenger kosten.", [19e9]),
        ("Facebook kaufte WhatsApp. Allein der Aktienanteil, der mit 12 Mrd. Dollar angesetzt war, stieg im Wert.", []),
    ],
)
def test_austrian_swiss_phrasing_and_parts_named_in_the_antecedent(text: str, values: list[float]) -> None:
    assert [p[1] for p in prices(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Die EU verhängte eine Strafe gegen Facebook; der 19-Milliarden-Dollar-Deal mit WhatsApp bleibt davon unberührt.", [19e9]),
        ("Einkäufe von Facebook: Instagram 2012: eine Milliarde Dollar. WhatsApp 2014: 19 Milliarden Dollar.", [19e9]),
        ("Stellen Sie sich vor, Sie verkaufen Ihre Firma für neunzehn Milliarden Dollar. Facebook legte für WhatsApp diese stolze Summe auf den Tisch.", [19e9]),
    ],
)
def test_deal_compounds_labelled_lists_and_later_references(text: str, values: list[float]) -> None:
    assert [p[1] for p in prices(text)] == values


def test_the_part_paid_in_shares_before_a_colon_reads_every_partitive_noun() -> None:
    """price.py's part before a colon reads price_heads.json partitive_nouns, the one list of a part of a whole
    (issue 7, session 41, merge41): "Löwenanteil", "Bruchteil" and the Swiss "Grossteil" as "Rest" and "Großteil";
    a clause that names no part, or names it only after the colon, is no part label."""
    from models import price
    from models.money import find_money

    def part(sentence: str) -> bool:
        amount = find_money(sentence)[0]
        return price._part_of_the_sum(sentence, amount, sentence, amount.start)

    for noun in ("Den Rest", "Den Großteil", "Den Löwenanteil", "Den Bruchteil", "Den Grossteil", "Den Hauptteil"):
        assert part(f"{noun} zahlte der Konzern in Aktien: 15 Milliarden Dollar.")
        assert part(f"{noun} zahlte der Konzern nicht in bar, sondern in Aktien: 15 Milliarden Dollar.")
    assert not part("Der Konzern zahlte in Aktien: 15 Milliarden Dollar.")
    assert not part("Der Konzern zahlte nicht in bar, sondern in Aktien: 15 Milliarden Dollar.")
