"""The acquisition year by grammar (issue 7, session 49, year49): a post or task taken on with "übernehmen" ("die
Leitung übernehmen"), WhatsApp's membership of the speaker's group ("Teil unserer Unternehmensgruppe"), the unit just gone
by counted back from a release's dateline ("vergangene Woche"), a subjectless conjunct of the deal's own time after a deal
noun subject, a text whose news is another company's purchase, the standard of a similative comparison ("wie zuvor
Instagram"); and the vocabularies moved from code to data. The texts are written for these tests."""
from __future__ import annotations

import pytest

from models import context, year
from models.extract import extract_text
from models.moment import _determiner_before
from models.year_other_acts import takes_on_a_task
from models.year_relative import short_ago, short_landing
from models.year_texts_date import opening_dateline


def years(text: str) -> list[int]:
    return [c["year"] for c in extract_text(text) if c["type"] == "acquisition_year"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post taken on: the year dates the new head, not a purchase
        ("Die Managerin, die zuvor bei Google arbeitete, übernahm im Sommer 2020 die Leitung von WhatsApp.", []),
        # the verb-final order of a relative clause
        ("Der Ingenieur, der 2018 die Produktverantwortung für WhatsApp übernommen hatte, verlässt Facebook.", []),
        # a burden taken on, WhatsApp named after the verb's object
        ("Facebook übernahm 2016 die Kosten für die Server von WhatsApp.", []),
        # WhatsApp right after the verb: the purchase, whatever object follows it
        ("Facebook übernahm 2014 WhatsApp und die Kosten der Verschlüsselung.", [2014]),
        # taking over control is buying, though "Kontrolle" ends in "rolle" (review49)
        ("Facebook übernahm 2014 die Kontrolle über den Messenger WhatsApp.", [2014]),
        # the purchase told in the clause after the task's: its year stays
        ("Facebook übernahm 2014 die Rolle des Marktführers, indem es WhatsApp kaufte.", [2014]),
        # taking over a majority is buying
        ("Facebook übernahm 2014 die Mehrheit an WhatsApp.", [2014]),
        # WhatsApp in a prepositional phrase before the post's noun: the post's place
        ("Die Managerin übernahm im Jahr 2017 bei WhatsApp die Führung der Zahlungssparte.", []),
        # "mit WhatsApp" in the gap is what is taken over (review49)
        ("2014 übernahm Facebook mit WhatsApp auch die Verantwortung für viele Millionen Nutzer.", [2014]),
        # the noun "Übernahme" is no verb of a task
        ("Bei der Prüfung der Übernahme von WhatsApp im Jahr 2014 machte Facebook falsche Angaben.", [2014]),
    ],
)
def test_a_post_or_task_taken_on_dates_no_purchase(text: str, expected: list[int]) -> None:
    assert years(text) == expected


def test_takes_on_a_task_reads_every_cue_of_the_clause() -> None:
    assert takes_on_a_task("Sie übernahm im Mai die Führung des Teams")
    assert not takes_on_a_task("Facebook übernahm im Mai WhatsApp")
    assert not takes_on_a_task("die Übernahme der Leitung")  # a noun, no verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the buyer's chief quoted: "unserer" is the buyer's group
        ("Das Quartal war stark, sagte Mark Zuckerberg. Der Messenger WhatsApp, seit 2014 Teil unserer Unternehmensgruppe, "
         "soll mehr Umsatz bringen.", [2014]),
        # the speaker is no buyer in reach: no year
        ("Wir vom Verbraucherverband sind besorgt. WhatsApp, seit 2014 Teil unserer Unternehmensgruppe, soll wachsen.", []),
        # another company as the member
        ("Das Quartal war stark, sagte Mark Zuckerberg. Instagram, seit 2012 Teil unserer Unternehmensgruppe, wächst.", []),
    ],
)
def test_membership_of_the_speakers_group(text: str, expected: list[int]) -> None:
    assert years(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partner's release: the week just gone by, counted from the dateline (D66 (a))
        ("Mitteilung\n\nKöln, 6. März 2014 – Die Firma Beispielfunk startet einen neuen Tarif. Der Messenger WhatsApp, den "
         "Facebook vergangene Woche gekauft hat, bleibt Partner.", [2014]),
        # the dateline's lead is another company's purchase: the count back still lands on the dateline's year (D66 (a);
        # the lead's ruling left from session 49, read in session 50, year50)
        ("Menlo Park, 25.03.2014 – Facebook kauft die Brillenfirma Oculus. Vergangene Woche hatte der Konzern auch "
         "WhatsApp übernommen.", [2014]),
        # another event counted back: no year
        ("Köln, 6. März 2016 – Die Firma Beispielfunk startet einen Tarif. WhatsApp hat vergangene Woche seine Regeln "
         "geändert.", []),
    ],
)
def test_the_unit_just_gone_by_counted_from_a_dateline(text: str, expected: list[int]) -> None:
    assert years(text) == expected


def test_last_unit_lands_on_the_calendar() -> None:
    found = short_ago("den Facebook letzten Monat gekauft hat")
    assert found is not None
    assert short_landing(found, 2014, 3, 10) == 2014
    assert short_landing(found, 2015, 1, 10) == 2014  # the month before January is December of the year before
    week = short_ago("vergangene Woche")
    assert week is not None and short_landing(week, 2015, 1, 5) is None  # the week may lie in either year
    assert opening_dateline("Titel\n\nBonn, 2. Mai 2016 – Ein Satz.") is not None
    assert opening_dateline("Ein Satz ohne Ort.\nNoch einer.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the deal noun is the gapped subject of the conjunct that dates it (D44 in prose)
        ("Facebook kauft WhatsApp. Der Vollzug des Kaufs hängt von den Behörden ab, und wird bis Ende 2014 "
         "erwartet.", [2014]),
        # another act on the deal in the conjunct: its year is that act's
        ("Facebook kauft WhatsApp. Der Kauf des Dienstes war umstritten, und wurde 2017 mit einer Geldbuße belegt.", []),
    ],
)
def test_the_deal_as_the_gapped_subject(text: str, expected: list[int]) -> None:
    assert years(text) == expected


def test_a_text_whose_news_is_another_purchase() -> None:
    text = ("Konzernblog\n\nFacebook übernimmt die Firma Oculus\n\nHeute haben wir die Übernahme von Oculus vereinbart. "
            "Oculus soll wie zuvor Instagram und WhatsApp selbständig bleiben.\n\nDie Transaktion soll im Sommer 2014 "
            "abgeschlossen werden.")
    assert years(text) == []
    assert context.without_compared_standards("Oculus bleibt wie zuvor Instagram selbständig.").count("Instagram") == 0


def test_vocabularies_as_data() -> None:
    # deal.json deal_nouns, capitalised: the purchase's noun phrase before a count
    assert year._PURCHASE_NOUN_BEFORE_COUNT.search("Nach der Übernahme von WhatsApp durch Facebook ") is not None
    assert year._PURCHASE_NOUN_BEFORE_COUNT.search("Nach dem Kaufs ") is not None
    assert year._PURCHASE_NOUN_BEFORE_COUNT.search("weil wir kauf ") is None  # a noun has its capital
    # deal.json clause_coordinators
    assert year._COORDINATED_CLAUSE.search("gekauft, und damals hieß es") is not None
    assert year._COORDINATED_CLAUSE.search("gekauft, denn damals") is not None
    # moment.json words noun_determiners
    assert _determiner_before().search("als beispiele werden die ") is not None
    assert _determiner_before().search("facebook ") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline over another party's news, then who owns the messenger on that day: no year (D44)
        ("Essen, 4. März 2014 – Ein Händler senkt seine Preise für Handys. Der Messenger WhatsApp gehört inzwischen zu "
         "Facebook.", []),
        # the change of owner told as the day's news
        ("Menlo Park, 19. Februar 2014 – Es ist eine Überraschung. Der Messenger WhatsApp gehört ab sofort zu Facebook.",
         [2014]),
        # the change of owner without a "from now" adverb, and the future: the day's news too (review49)
        ("Bonn, 19. Februar 2014 – Eine Überraschung. Der Messenger WhatsApp gehört künftig zu Facebook.", [2014]),
        ("Bonn, 19. Februar 2014 – Eine Überraschung. Der Messenger WhatsApp wird bald zu Facebook gehören.", [2014]),
    ],
)
def test_belonging_under_a_dateline(text: str, expected: list[int]) -> None:
    assert years(text) == expected
