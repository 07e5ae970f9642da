"""The one vocabulary of the quotation marks (models/quote_marks.py; issue 10, session 57, speed57): sentences of my own."""
from models.quote_marks import (CLOSING_DOUBLE_QUOTE_MARKS, CLOSING_QUOTE_MARKS, DOUBLE_QUOTE_MARKS, OPENING_QUOTE_MARKS,
                                QUOTE_MARKS)
from models.sentences import sentence_starts


def test_the_roles_are_parts_of_the_whole() -> None:
    assert set(OPENING_QUOTE_MARKS) | set(CLOSING_DOUBLE_QUOTE_MARKS) == set(DOUBLE_QUOTE_MARKS)
    assert set(DOUBLE_QUOTE_MARKS) <= set(QUOTE_MARKS) and set(CLOSING_QUOTE_MARKS) <= set(QUOTE_MARKS)
    assert len(set(QUOTE_MARKS)) == len(QUOTE_MARKS) == 10
    # the low openers never close, ” never opens; the single marks, as often apostrophes, are no marks of speech
    assert not set("„‚") & set(CLOSING_QUOTE_MARKS) and "”" not in OPENING_QUOTE_MARKS
    assert not set("‚‘’'") & set(DOUBLE_QUOTE_MARKS)


def test_a_sentence_ends_after_a_closing_mark() -> None:
    for opening, closing in (("„", "“"), ("»", "«"), ("«", "»"), ("“", "”"), ('"', '"')):
        text = f"Der Gründer sagte: {opening}Wir verkaufen nicht.{closing} Dann kam das Angebot."
        assert sentence_starts(text) == [text.index("Dann")], text


def test_the_splitter_still_reads_no_single_closer_but_the_apostrophe_ones() -> None:
    # the German single closer ‘ and the single guillemets close no sentence for the splitter (as before session 57:
    # reading them would change claims, models/quote_marks.py); the English ’ does
    for opening, closing in (("‚", "‘"), ("›", "‹")):
        text = f"Der Gründer sagte: {opening}Wir verkaufen nicht.{closing} Dann kam das Angebot."
        assert sentence_starts(text) == [], text
    text = "Der Gründer sagte: ‘Wir verkaufen nicht.’ Dann kam das Angebot."
    assert sentence_starts(text) == [text.index("Dann")]


def test_no_sentence_ends_inside_a_quoted_abbreviation() -> None:
    text = "Er nannte „rund 19 Mrd.“ als Preis."
    assert sentence_starts(text) == []
