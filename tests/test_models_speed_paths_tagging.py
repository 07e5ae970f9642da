"""Readers that answer from HanTa's remembered word analyses before tagging a sentence give what tagging gives
(issue 10, session 47, speed47): `moment.colon_predicate`, `moment.closed_relative_clauses` and
`data_shared.asyndetic_clause_starts`, each against itself with its cheap answer switched off; since session 50
(speed50) also `moment.relative_clause` and the converse answers of `colon_predicate` (a finite verb before the
colon wherever it stands, none after) and of `asyndetic_clause_starts` (a comma that counts whatever the bracket).

The sentences are written for these tests."""
from __future__ import annotations

import re

import pytest

from models import data_shared, moment
from models.data_shared_clauses import clauses_of

COLON_SENTENCES = [
    "Der Konzern hat schließlich gezahlt: knapp 22 Milliarden.",
    "Die Gründer bekamen ihren Anteil: rund 7 Milliarden, heißt es.",
    "Am Ende legte der Konzern mehr auf den Tisch: gut 21 Milliarden Dollar.",
    "Der Kaufpreis: 19 Milliarden Dollar.",
    "Die Summe im Überblick: knapp 22 Mrd. Dollar in Aktien und bar.",
    "Es hieß damals: Facebook zahlt 16 Milliarden.",
    "Im Herbst überwies das Netzwerk schließlich: fast 22 Milliarden.",
    "Zahlen und Fakten: 450 Millionen Nutzer, 55 Mitarbeiter, ein Preis von 19 Mrd.",
    "Kurz gesagt: teuer.",
    "Das hat er gesagt: Der Dienst ist viel wert, sagt er, und bleibt unabhängig.",
]

RELATIVE_SENTENCES = [
    "Facebook kauft die App, die 450 Millionen Menschen nutzen, für 19 Milliarden Dollar.",
    "Der Gründer, der aus der Ukraine stammt, erhält davon rund 6,8 Milliarden Dollar.",
    "Für den Dienst, dessen Nutzer kaum zahlen, legt der Konzern 16 Milliarden hin.",
    "Die Übernahme, die viele überraschte kostet 19 Milliarden.",
    "Der Konzern, mit dem die Gründer verhandelten, bot am Ende 22 Milliarden.",
    "Die Firma zahlt, die Aktionäre staunen, der Kurs fällt um 3 Prozent.",
    "Ohne Komma gibt es hier keinen Nebensatz vor den 19 Milliarden Dollar.",
    "Zwei Kommas, aber kein Relativsatz, stehen vor den 19 Milliarden.",
]

ASYNDETIC = [
    # (the sentence, the data terms the component blanks in its masked form)
    ("Die Nummer ging an Facebook, Gesprächsinhalte blieben verschlüsselt.", ["Nummer", "Gesprächsinhalte"]),
    ("Facebook bekommt die Nummer, Fotos und Chats werden nicht übertragen.", ["Nummer", "Fotos", "Chats"]),
    ("Telefonnummer, Kontakte und Standort gibt WhatsApp weiter.", ["Telefonnummer", "Kontakte", "Standort"]),
    ("Laut Bericht die Nummer, Kontakte bleiben beim Dienst.", ["Nummer", "Kontakte"]),
    ("Seit dem Update nur noch die Nummer, Fotos dagegen gehen nirgendwohin.", ["Nummer", "Fotos"]),
    ("Facebook hat die Nummer, Kontakte und Fotos erhalten.", ["Nummer", "Kontakte", "Fotos"]),
    ("WhatsApp kennt die Nummer, Gesprächsinhalt bleibt verschlüsselt.", ["Nummer", "Gesprächsinhalt"]),
    ("Meta erhält das Adressbuch, Standort geht nicht an den Konzern.", ["Adressbuch", "Standort"]),
]


def _word_starts(sentence: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\S+", sentence)]


@pytest.mark.parametrize("sentence", COLON_SENTENCES)
def test_colon_predicate_equals_the_tagged_answer(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    clauses = [(lo, len(sentence)) for lo in _word_starts(sentence)]
    fast = [moment.colon_predicate(sentence, clause) for clause in clauses]
    monkeypatch.setattr(moment, "_words_may_tag", lambda *args: True)
    monkeypatch.setattr(moment, "_a_word_must_tag", lambda *args: False)
    assert [moment.colon_predicate(sentence, clause) for clause in clauses] == fast


def test_colon_predicate_still_finds_a_predicate() -> None:
    # the comparison above must compare something: the clause before the colon is found where it has its verb
    sentence = COLON_SENTENCES[2]
    fragment = sentence.index("gut")
    assert moment.colon_predicate(sentence, (fragment, len(sentence))) == 0
    label = COLON_SENTENCES[3]
    assert moment.colon_predicate(label, (label.index("19"), len(label))) is None


@pytest.mark.parametrize("sentence", RELATIVE_SENTENCES)
def test_closed_relative_clauses_equal_the_tagged_answer(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    befores = [*_word_starts(sentence), len(sentence)]
    fast = [moment.closed_relative_clauses(sentence, before) for before in befores]
    monkeypatch.setattr(moment, "_may_tag_count", lambda *args: 99)
    assert [moment.closed_relative_clauses(sentence, before) for before in befores] == fast


def test_closed_relative_clauses_still_found() -> None:
    sentence = RELATIVE_SENTENCES[0]
    assert moment.closed_relative_clauses(sentence, sentence.index("für 19"))


def test_the_comma_count_reads_a_word_over_the_bound_whole() -> None:
    # a word that starts before the bound and runs past it counts as the tagger reads it, not cut at the bound
    sentence = "Er sagt, es sei teuer, sehr teuer."
    assert moment._may_tag_count(sentence, sentence.index("sehr") + 2, "$,") == 2
    assert moment._may_tag_count(sentence, sentence.index(", sehr"), "$,") == 1


def _masked(sentence: str, terms: list[str]) -> str:
    masked = sentence.lower()
    for term in terms:
        at = sentence.index(term)
        masked = masked[:at] + " " * len(term) + masked[at + len(term):]
    return masked


@pytest.mark.parametrize(("sentence", "terms"), ASYNDETIC)
def test_asyndetic_clause_starts_equal_the_tagged_answer(
    sentence: str, terms: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    masked = _masked(sentence, terms)
    clauses = clauses_of(masked)
    fast = data_shared.asyndetic_clause_starts(sentence, masked, clauses)
    monkeypatch.setattr(data_shared, "_finite_may_precede", lambda *args: True)
    monkeypatch.setattr(data_shared, "_comma_counts_untagged", lambda *args: None)
    assert data_shared.asyndetic_clause_starts(sentence, masked, clauses) == fast


def test_asyndetic_clause_starts_still_found() -> None:
    sentence, terms = ASYNDETIC[0]
    masked = _masked(sentence, terms)
    assert data_shared.asyndetic_clause_starts(sentence, masked, clauses_of(masked))


def test_the_cheap_answers_are_reached() -> None:
    # each gate answers some of the sentences above without tagging them (else the tests above test nothing new)
    label = COLON_SENTENCES[3]
    assert not moment._words_may_tag(label, (0, label.index(":")), moment.FINITE)  # "Der Kaufpreis": no verb
    told = COLON_SENTENCES[5]
    assert moment._a_word_must_tag(told, (told.index("Facebook"), len(told)), moment.FINITE)  # "zahlt"
    one_comma = RELATIVE_SENTENCES[3]
    assert moment._may_tag_count(one_comma, one_comma.index("19"), "$,") == 1
    sentence, _terms = ASYNDETIC[2]
    tokens = list(data_shared._TOKEN.finditer(sentence))
    assert not data_shared._finite_may_precede(tokens, [(0, sentence.index(","), sentence.index("gibt"))])


PARTICIPIAL_SENTENCES = [
    "WhatsApp, 2014 von Facebook für rund 19 Mrd. Dollar übernommen, ist heute einer der größten Dienste.",
    "Für 19 Mrd. gekauft, ist der Messenger heute kaum noch wiederzuerkennen.",
    "Der Dienst, der für 19 Mrd. Dollar verkauft ist, wächst weiter.",
    "Die App, für 19 Mrd. Dollar gekauft hat sie Facebook, wächst weiter.",
]


@pytest.mark.parametrize("sentence", PARTICIPIAL_SENTENCES)
def test_participial_clause_equals_the_tagged_answer(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    amounts = [(m.start(), m.end()) for m in re.finditer(r"19 Mrd\.(?: Dollar)?", sentence)]
    fast = [moment.participial_clause(sentence, *amount) for amount in amounts]
    monkeypatch.setattr(moment, "_a_word_must_tag", lambda *args: False)
    assert [moment.participial_clause(sentence, *amount) for amount in amounts] == fast


def test_participial_clause_still_found() -> None:
    sentence = PARTICIPIAL_SENTENCES[0]
    at = sentence.index("19 Mrd.")
    assert moment.participial_clause(sentence, at, at + len("19 Mrd. Dollar")) is not None


# (session 50, speed50) an amount in a clause after a comma: a relative clause where it opens with a relative pronoun
RELATIVE_CLAUSE_SENTENCES = [
    "Der Investor, der im Frühjahr für 19 Milliarden Dollar eingestiegen war, schweigt heute.",
    "Die Gründerin, die mit 3 Milliarden Euro reich geworden ist, lebt heute in Kalifornien.",
    "Ein Fonds, dem inzwischen 19 Milliarden Dollar gehören, kauft weiter ein.",
    "Der Händler, für den 2 Milliarden Euro zu wenig sind, lehnt das Angebot ab.",
    "Eine Bank, die 5 Milliarden Dollar schwer, kaum bekannt und neu, prüft den Markt.",
    "Der Gründer, welcher später 19 Mrd. Dollar erhielt, schweigt dazu.",
    "Ein Rivale, der angeblich 20 Milliarden Dollar bot (so ein Bericht), ging leer aus.",
    "Der Kauf, für den der Konzern 19 Milliarden Dollar zahlte, wurde im Herbst vollzogen.",
]
_AMOUNT = re.compile(r"\d+ (?:Milliarden|Mrd\.) (?:Dollar|Euro)")


@pytest.mark.parametrize("sentence", RELATIVE_CLAUSE_SENTENCES)
def test_relative_clause_equals_the_tagged_answer(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    amounts = [m.span() for m in _AMOUNT.finditer(sentence)]
    fast = [moment.relative_clause(sentence, *amount) for amount in amounts]
    monkeypatch.setattr(moment, "_last_word_finite", lambda *args: None)
    assert [moment.relative_clause(sentence, *amount) for amount in amounts] == fast


def test_relative_clause_cheap_answers_are_reached_both_ways() -> None:
    answers = set()
    for sentence in RELATIVE_CLAUSE_SENTENCES:
        for found in _AMOUNT.finditer(sentence):
            answers.add(moment._last_word_finite(sentence, moment.clause_around(sentence, *found.span())))
    assert {True, False} <= answers  # "ist" must be finite, "schwer" may not be
    sentence = RELATIVE_CLAUSE_SENTENCES[1]
    assert moment.relative_clause(sentence, *_AMOUNT.search(sentence).span()) is not None


def test_the_converse_cheap_answers_are_reached() -> None:
    told = COLON_SENTENCES[0]  # "hat" before the colon, no verb after it
    after = told.index(":") + 2
    assert moment._a_word_must_tag(told, (0, told.index(":")), moment.FINITE)
    assert not moment._words_may_tag(told, (after, len(told)), moment.FINITE)
    assert moment.colon_predicate(told, (after, len(told))) == 0
    sentence, _terms = ASYNDETIC[-2]  # "kennt" before the comma, "bleibt" after the terms
    tokens = list(data_shared._TOKEN.finditer(sentence))
    comma = sentence.index(",")
    assert data_shared._comma_counts_untagged(tokens, (0, comma, sentence.index("bleibt"))) is True


# (session 50, speed50) a negation's clause: sentential where only verbs follow it
NEGATION_SENTENCES = [
    "Facebook kaufte WhatsApp im Jahr 2012 nicht.",
    "Der Konzern hat den Dienst damals nicht gekauft.",
    "Meta übernahm 2013 die App noch nicht, sondern erst später.",
    "Facebook wollte WhatsApp 2012 nicht übernehmen.",
    "Den Messenger erwarb der Konzern 2012 nicht mehr.",
    "Der Konzern kaufte 2012 nicht die App, sondern ein Fotonetzwerk.",
    "Übernommen wurde die Firma 2012 nicht, berichten Medien.",
    "Gekauft hat Facebook den Dienst 2012 nicht wegen der Nutzerzahlen.",
]


def _sententials(sentence: str) -> list[bool]:
    from models import year_denied

    folded = sentence.lower()
    return [year_denied._sentential(sentence, folded, m.end()) for m in year_denied._NEGATION.finditer(folded)]


@pytest.mark.parametrize("sentence", NEGATION_SENTENCES)
def test_sentential_negation_equals_the_tagged_answer(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from models import year_denied

    fast = _sententials(sentence)
    monkeypatch.setattr(year_denied, "_only_verbs_untagged", lambda *args: None)
    assert _sententials(sentence) == fast


def test_sentential_negation_cheap_answers_are_reached_both_ways() -> None:
    from models import year_denied

    answers = set()
    for sentence in NEGATION_SENTENCES:
        folded = sentence.lower()
        for m in year_denied._NEGATION.finditer(folded):
            lo, edge = year_denied.context.clause_around(sentence, m.end() - 1, m.end())
            answers.add(year_denied._only_verbs_untagged(list(year_denied._WORDS.finditer(sentence, lo, edge)), m.end()))
    assert {True, False} <= answers


WEAK_PRETERITE_CLAUSES = [
    "wie sich der Konzern den Dienst sicherte",
    "als Facebook WhatsApp kaufte",
    "der Konzern zahlt 19 Milliarden",
    "die Gründer arbeiteten damals in Kalifornien",
    "Facebook schnappte sich den Messenger",
    "die gekaufte App wächst",
    "Meta erwarb die Firma für 19 Milliarden",
    "eine Zahl, ein Preis, eine Summe",
]


@pytest.mark.parametrize("clause", WEAK_PRETERITE_CLAUSES)
def test_weak_preterite_equals_the_tagged_answer(clause: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from models import tense

    fast = tense.clause_in_weak_preterite(clause)
    monkeypatch.setattr(tense, "_weak_preterite_untagged", lambda *args: None)
    assert tense.clause_in_weak_preterite(clause) == fast


def test_weak_preterite_cheap_answers_are_reached() -> None:
    from models import tense

    answers = {tense._weak_preterite_untagged(tense._WORDS.findall(clause)) for clause in WEAK_PRETERITE_CLAUSES}
    assert {True, None} <= answers


JOINED_SENTENCES = [
    "Facebook zahlte 19 Milliarden Dollar und der Kurs stieg danach kräftig.",
    "Facebook zahlte 19 Milliarden Dollar und 3 Milliarden in Aktien.",
    "Der Konzern hat 19 Milliarden Dollar gezahlt und inzwischen viel Geld verdient.",
    "Für 19 Milliarden Dollar und eine Handvoll Aktien wechselte der Dienst den Besitzer.",
    "Facebook bot 19 Milliarden Dollar und Google ging leer aus.",
    "Dass der Konzern 19 Milliarden Dollar ausgab und heute gut daran verdient, überrascht kaum.",
]


@pytest.mark.parametrize("sentence", JOINED_SENTENCES)
def test_own_predicate_equals_the_tagged_answer(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    amounts = [m.span() for m in _AMOUNT.finditer(sentence)]
    fast = [moment.own_predicate(sentence, *amount) for amount in amounts]
    monkeypatch.setattr(moment, "_may_join", lambda *args: True)
    assert [moment.own_predicate(sentence, *amount) for amount in amounts] == fast


def test_own_predicate_cheap_answer_is_reached_and_a_join_still_found() -> None:
    sentence = JOINED_SENTENCES[1]  # "und 3 Milliarden in Aktien": no verb after the "und"
    at = _AMOUNT.search(sentence)
    lo, hi = moment.clause_around(sentence, *at.span())
    assert not any(moment._may_join(sentence, lo, hi, a) for a in moment._AND.finditer(sentence, at.end(), hi))
    joined = JOINED_SENTENCES[0]
    at = _AMOUNT.search(joined)
    assert moment.own_predicate(joined, *at.span()) == (0, joined.index("und "))
