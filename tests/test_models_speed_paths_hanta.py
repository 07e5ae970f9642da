"""Speed paths of session 48 give what the slow ones give (issue 10, session 48, speed48): HanTa's word analysis
(`models.layer.hanta_forward`) against HanTa's own method, the shared "does the tagging give such a tag" reader
(`tagger.tags_any`) against tagging the words, and `moment._anniversary` against its pattern's plain search.

The words and sentences are written for these tests."""
from __future__ import annotations

import itertools

import pytest
from HanTa.HanoverTagger import HanoverTagger

from models import moment
from models.layer import hanta_forward
from models.layer.tagger import FINITE, hanta, tag_words, tags_any

WORDS = [
    "", "a", "zu", "und", "Tor", "rasch", "Geigenbauerinnung", "Messengerdienst", "Datenweitergabe", "weitergeleitet",
    "Nutzungsbedingungen", "zuckerbergs", "übernimmt", "Übernahmeverhandlungen", "verschlüsselte", "Kurznachrichten",
    "Milliardenpoker", "abc", "xyzzyq", "Ökostromanbieter", "Straßenbahnhaltestelle", "eingewilligt", "teilt",
    "twitterte", "Menlo", "Koums", "2014", "19,6", "Mrd.", "E-Mail-Adresse", "Handynummern", "überwies",
    "Kaufsumme", "geteilt", "Rechtsgrundlage", "Widerspruchsmöglichkeit", "Datenschutzbeauftragte", "aaaaaaaaaaaaaaaaaaaa",
]


def test_the_analysis_is_written_from_the_installed_hanta() -> None:
    assert hanta_forward.matches(HanoverTagger)  # (else the tagger keeps HanTa's own analysis and the rest is moot)


@pytest.mark.parametrize("word", WORDS + [w.lower() for w in WORDS if w] + [w.upper() for w in WORDS if w])
def test_the_analysis_equals_hantas_float_for_float(word: str) -> None:
    tagger = hanta()
    fast = tagger.analyze_forward.uncached(word)
    slow = HanoverTagger.analyze_forward(tagger, word)
    assert fast == slow
    assert [type(lp) for _, lp in fast] == [type(lp) for _, lp in slow]


def test_the_analysis_is_remembered_per_word() -> None:
    tagger = hanta()
    assert tagger.analyze_forward("Teekannenhersteller") is tagger.analyze_forward("Teekannenhersteller")


def test_the_sentence_pass_equals_hantas() -> None:
    tagger = hanta()
    for sentence in SENTENCES + ["Kauft Facebook morgen den Dienst , dann teilen beide die Daten .",
                                 "Xqzzt blorf WhatsApp 19 Milliarden !"]:
        words = sentence.replace(",", " ,").replace(".", " .").split()
        for cased in (True, False):
            assert tagger.tag_sent_viterbi(words, cased) == HanoverTagger.tag_sent_viterbi(tagger, words, cased)


SENTENCES = [
    "Der Dienst teilt die Nummern seiner Nutzer mit dem Mutterkonzern.",
    "Dazu die Angabe, welches Gerät man benutzt.",
    "Seit Jahren im Besitz des Konzerns aus Kalifornien",
    "Mutterkonzern der App seit dem Herbst",
    "Sie teilen nichts, sagen die Betreiber.",
    "Heute weiß das jeder.",
    "Leiten die Firmen Daten weiter, müssten sie fragen.",
    "Teilen Sie uns Ihre Meinung mit",
    "Zahlen und Fakten",
    "Werbung machen",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tags_any_equals_the_tagged_words(sentence: str) -> None:
    words = sentence.replace(",", " ,").replace(".", " .").split()
    tags = tag_words(words)
    for wanted in (FINITE, {"VVFIN"}, {"NN", "NE"}, {"ADJA"}):
        assert tags_any(words, wanted) == any(tag in wanted for tag in tags)
        for among in itertools.islice(itertools.product((True, False), repeat=len(words)), 0, None, 97):
            assert tags_any(words, wanted, list(among)) == any(flag and tag in wanted for tag, flag in zip(tags, among))


ANNIVERSARY_TEXTS = [
    "Zwölf Jahre WhatsApp bei Facebook: eine Bilanz",
    "Rückblick.\n\n8  Jahre\nMeta und WhatsApp - was ist geblieben?",
    "FÜNFZEHN JAHRE WHATSAPP UNTER FACEBOOK",
    "Vor zwölf Jahren kaufte Facebook den Messenger.",
    "Die Lebensjahre WhatsApp bei Facebook",
    "A12 Jahre WhatsApp bei Facebook",
    "123 Jahre WhatsApp bei Facebook",
    "Ein Jahre WhatsApp bei Facebook",
    "İstanbul: Zehn Jahre Facebook-Übernahme und kein Ende",
    "Sieben Jahre Facebook-Kauf. Und noch einmal: sieben Jahre WhatsApp bei Facebook",
    "Jahre später",
    "",
]


@pytest.mark.parametrize("text", ANNIVERSARY_TEXTS)
def test_anniversary_equals_the_plain_search(text: str) -> None:
    assert moment._anniversary(text) == (moment._ANNIVERSARY.search(text) is not None)


def test_anniversary_reads_the_counts_it_should() -> None:
    assert moment._anniversary("Zwölf Jahre WhatsApp bei Facebook: eine Bilanz")
    assert not moment._anniversary("Vor zwölf Jahren kaufte Facebook den Messenger.")
