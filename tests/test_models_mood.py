"""models/mood.py: the one reader of unreal conditions and their consequences (price.py and year.py share it)."""
from __future__ import annotations

import pytest

from models import context, mood

PRICE_READING = mood.UnrealClauses(denial=mood.DENIAL, statements_inside=True, edges="any")
YEAR_READING = mood.UnrealClauses(denial=mood.DENIAL, statements_inside=False, edges="quotes")


def _clause_of(sentence: str, words: str) -> tuple[int, int]:
    """The clause bounds of `words` in `sentence`."""
    at = sentence.index(words)
    return context.clause_around(sentence, at, at + len(words))


@pytest.mark.parametrize("sentence, words, is_condition, elsewhere", [
    ("Hätte Facebook länger gewartet, hätte es 2016 mehr gezahlt.", "Hätte Facebook", True, False),
    ("Hätte Facebook länger gewartet, hätte es 2016 mehr gezahlt.", "hätte es 2016", False, True),
    ("Wenn der Kurs gefallen wäre, hätte der Kauf weniger gekostet.", "hätte der Kauf", False, True),
    ("Selbst falls Google mitgeboten hätte, wäre WhatsApp an Facebook gegangen.", "Selbst falls", True, False),
    ("Facebook zahlte 19 Milliarden Dollar, als der Kurs hoch war.", "Facebook zahlte", False, False),
    ("Der Kläger trug vor, Facebook hätte zu viel gezahlt.", "Facebook hätte", False, False),
])
def test_a_condition_and_its_consequence(sentence: str, words: str, is_condition: bool, elsewhere: bool) -> None:
    start, end = _clause_of(sentence, words)
    for reading in (PRICE_READING, YEAR_READING):
        assert reading.condition(sentence, start, end) is is_condition
        assert reading.condition_elsewhere(sentence, start, end) is elsewhere


def test_a_statement_after_a_colon_opens_a_verb_first_condition_for_the_reading_that_says_so() -> None:
    sentence = "Ein Gutachter rechnete vor: Hätte Meta gezögert, wäre der Preis gestiegen."
    start, end = _clause_of(sentence, "Hätte Meta")
    assert PRICE_READING.condition(sentence, start, end)
    assert not YEAR_READING.condition(sentence, start, end)  # only the sentence's own start


def test_every_reading_denies_with_the_one_negation_class() -> None:
    """One list of denials (mood.json "denials": consent_words.json's negation class and "kein") for every reader;
    until session 41 the price reading lacked "nie", the year reading "mitnichten"."""
    for reading in (PRICE_READING, YEAR_READING):
        assert reading.denied("Hätte Facebook WhatsApp nicht gekauft")
        assert reading.denied("Hätte Facebook keine 19 Milliarden gezahlt")
        assert reading.denied("Hätte Facebook keinerlei Aufpreis gezahlt")  # the determiner class (session 42)
        assert reading.denied("Hätte Facebook mitnichten so viel gezahlt")
        assert reading.denied("Hätte Facebook nie so viel gezahlt")
        assert reading.denied("Hätte der Konzern unter keinen Umständen so viel geboten")
        assert not reading.denied("Hätte Facebook gewartet")
        assert not reading.denied("Hätte Facebook niedrigere Summen geboten")  # "nie" only as a word


def test_quote_marks_around_a_verb_first_clause_and_a_question() -> None:
    quoted = "„Hätte Facebook gewartet, wäre es teurer geworden“, sagte er."
    start, end = _clause_of(quoted, "Hätte Facebook")
    assert YEAR_READING.condition(quoted, start, end) and PRICE_READING.condition(quoted, start, end)
    dashed = "– Hätte Facebook gewartet, wäre es teurer geworden."
    start, end = _clause_of(dashed, "Hätte Facebook")
    assert PRICE_READING.condition(dashed, start, end)  # any non-word character before the verb
    assert not YEAR_READING.condition(dashed, start, end)  # blanks and opening quote marks only
    asked = "„Hätte Facebook WhatsApp auch ohne Google gekauft?“"
    assert YEAR_READING.asks(asked)
    assert not PRICE_READING.asks(asked)  # only blanks after its question mark
    assert PRICE_READING.asks("Hätte Facebook WhatsApp auch ohne Google gekauft? ")


def test_a_fronted_without_phrase_and_the_finite_verb() -> None:
    assert mood.without_opens("Ohne den Kursanstieg hätte die Übernahme weniger gekostet")
    assert not mood.without_opens("Ohne Zögern kaufte Facebook den Messenger")
    assert mood.unreal_finite("dann läge der Preis höher")
    assert not mood.unreal_finite("dann lag der Preis höher")


@pytest.mark.parametrize(("sentence", "consequence", "scenario"), [
    ("Sollte der Kurs weiter steigen, könnte der Preis auf 22 Milliarden klettern.", "könnte der Preis", True),
    ("Sinkt die Aktie hingegen, wären es vielleicht bloß 16 Milliarden.", "wären es", True),
    ("Der Wert könnte auf 21 Milliarden steigen, falls Meta die Funktion freischaltet.", "Der Wert", True),
    ("Sofern die Aktie hält, dürfte der Preis bei 21 Milliarden liegen.", "dürfte der Preis", True),
    # 'wenn' with the indicative is also temporal (D55 (a)'s forecast of the closing): no scenario
    ("Wenn der Kauf vollzogen wird, dürfte der Wert bei 22 Milliarden liegen.", "dürfte der Wert", False),
    # a verb-first clause in a question asks; a clause after the consequence opens no condition
    ("Sollte Facebook wirklich 22 Milliarden zahlen, wäre das zu viel?", "wäre das", False),
    ("Der Preis könnte steigen, meint ein Analyst.", "Der Preis", False),
])
def test_a_scenario_under_a_condition_in_any_mood(sentence: str, consequence: str, scenario: bool) -> None:
    start, end = _clause_of(sentence, consequence)
    assert mood.scenario_condition_elsewhere(PRICE_READING, sentence, start, end) is scenario


def test_a_scenario_s_finite_is_a_konjunktiv_ii() -> None:
    assert mood.scenario_finite("dann dürfte der Preis höher liegen")
    assert not mood.scenario_finite("dann darf der Preis höher liegen")


@pytest.mark.parametrize("sentence, words, supposed", [
    ("Sollte der Preis 19 Milliarden Dollar betragen, wäre das ein Rekord.", "Sollte der Preis", True),
    ("Und sollte Facebook mehr bieten, dann wird es teuer.", "Und sollte", True),
    ("Falls Facebook 20 Milliarden bietet, stimmen die Gründer zu.", "Falls Facebook", True),
    ("Ein Rekord wäre es, sofern der Preis so hoch liegt.", "sofern der Preis", True),
    ("Wenn Facebook so viel zahlen sollte, wäre das ein Rekord.", "Wenn Facebook", True),
    ("Ein Rekord wäre es, sollte Facebook so viel bieten.", "sollte Facebook", True),
    ("Zahlte Facebook so viel, wäre das ein Rekord.", "Zahlte Facebook", True),
    # not supposed: 'wenn' with the indicative, an indicative verb-first condition with an indicative consequence,
    # a question, the preterite 'sollte' with its subject left out, a consequence
    ("Wenn Facebook so viel zahlt, zeigt das den Wert der Nutzer.", "Wenn Facebook", False),
    ("Rechnet man die Aktien mit, waren es 19 Milliarden.", "Rechnet man", False),
    ("Sollte Facebook so viel zahlen, oder ist das zu hoch?", "Sollte Facebook", False),
    ("Facebook kaufte WhatsApp, sollte aber bald merken, dass Nutzer gehen.", "sollte aber", False),
    ("Sollte die Aktie steigen, wird der Preis höher.", "wird der Preis", False),
])
def test_an_open_condition_in_any_mood(sentence: str, words: str, supposed: bool) -> None:
    """mood.open_condition: the clause of an open condition itself (its content supposed, not told), in any mood
    (issue 7, session 42, prec42)."""
    start, end = _clause_of(sentence, words)
    assert mood.open_condition(PRICE_READING, sentence, start, end) is supposed


@pytest.mark.parametrize("clause, any_mood, supposed", [
    ("falls der dienst den schalter streicht", True, True),
    ("und sollte der konzern die regel kippen", True, True),
    ("für den fall, dass meta die funktion einstellt", True, True),
    ("im falle dass das gericht die weitergabe verbietet", True, True),
    ("angenommen, der anbieter ändert die bedingungen", True, True),
    ("denn wenn die firma die option abschaffen würde", True, True),
    ("wenn der betreiber die funktion streichen müsste", True, True),
    ("selbst wenn der betreiber die funktion streichen müsste", True, False),  # concedes: the main clause holds
    ("auch falls der dienst den schalter streicht", True, False),
    ("wenn man dem neuen text widerspricht", True, False),  # "wenn" in the indicative: a condition, not supposed
    ("wenn der dienst die regeln ändert, bleibt das so", True, False),
    ("der konzern streicht die funktion, falls nötig", False, False),  # no condition at the clause's start
    ("fallstudien zeigen, dass der dienst die option strich", False, False),  # "falls" is no word here
    ("wenngleich der dienst die regel ändern würde", False, False),  # "wenngleich" concedes, no "wenn"
])
def test_the_one_reader_of_a_condition_s_start(clause: str, any_mood: bool, supposed: bool) -> None:
    """mood.condition_start: one vocabulary (patterns/mood.json) for "does this clause open a condition?"; its two
    readings differ only in whether "wenn" needs a Konjunktiv II or "sollte" before the clause's first comma."""
    assert (mood.condition_start(clause) is not None) is any_mood
    assert (mood.condition_start(clause, wenn="supposed") is not None) is supposed


def test_the_condition_s_start_is_read_in_one_place() -> None:
    """negation.is_conditional (data_shared, the opt-out steps, the learned stage's modal guard) and opt_out.py's
    world condition ask mood.condition_start; no phrasing file spells the openers again (issue 7, session 43,
    merge43: negation.py and opt_out_phrasings.json 'world_condition' did until then)."""
    import inspect

    from models import negation, opt_out

    assert negation._CONDITIONAL_START is mood.CONDITION_START["any"]
    assert "world_condition" not in opt_out.PHRASES.names()
    assert 'mood.condition_start(text, start, stop, wenn="supposed")' in inspect.getsource(opt_out._world_condition)
    # a word of the vocabulary reaches both readings: every opener of mood.json opens a clause for both
    spec = mood._spec()
    for word in [w for w in spec["condition_openers"] if w != "wenn"] + spec["open_condition_finites"]:
        assert negation.is_conditional(f"{word} der dienst die regel ändert")
        assert mood.condition_start(f"und {word} der dienst die regel ändert", wenn="supposed")


@pytest.mark.parametrize("sentence, hypothetical", [
    ("wenn der messenger die regeln ändern würde, wäre der widerspruch gegen die weitergabe an facebook möglich.", True),
    ("selbst wenn der messenger die regeln ändern würde, ist der widerspruch gegen die weitergabe möglich.", False),
    ("auch wenn facebook den schalter streichen würde, bleibt der widerspruch gegen die werbung möglich.", False),
])
def test_a_concessive_condition_is_no_world_condition(sentence: str, hypothetical: bool) -> None:
    """opt_out.py `_world_condition` reads the supposed condition's start: "selbst wenn"/"auch wenn" concede, the main
    clause is told either way (review43's find, session 43)."""
    from models import opt_out

    assert opt_out._world_condition(sentence, (0, len(sentence)), len(sentence) - 2) is hypothetical
