"""The one vocabulary of the quotation marks (models/quote_marks.py; issue 10, session 57, speed57): sentences of my own."""
from models.quote_marks import (CLOSING_DOUBLE_QUOTE_MARKS, CLOSING_QUOTE_MARKS, DOUBLE_QUOTE_MARKS, OPENING_QUOTE_MARKS,
                                QUOTE_MARKS, SENTENCE_CLOSING_QUOTE_MARKS, SENTENCE_OPENING_QUOTE_MARKS, SINGLE_GUILLEMETS)
from models.sentences import sentence_starts


def test_the_roles_are_parts_of_the_whole() -> None:
    assert set(OPENING_QUOTE_MARKS) | set(CLOSING_DOUBLE_QUOTE_MARKS) == set(DOUBLE_QUOTE_MARKS)
    assert set(DOUBLE_QUOTE_MARKS) <= set(QUOTE_MARKS) and set(CLOSING_QUOTE_MARKS) <= set(QUOTE_MARKS)
    assert len(set(QUOTE_MARKS)) == len(QUOTE_MARKS) == 10
    # the low openers never close, ” never opens; the single marks, as often apostrophes, are no marks of speech
    assert not set("„‚") & set(CLOSING_QUOTE_MARKS) and "”" not in OPENING_QUOTE_MARKS
    assert not set("‚‘’'") & set(DOUBLE_QUOTE_MARKS)
    # the splitter's roles (session 58, opt58): every closer of a quotation, the single ones too; never the low openers
    assert set(CLOSING_QUOTE_MARKS) | set("‘") | set(SINGLE_GUILLEMETS) == set(SENTENCE_CLOSING_QUOTE_MARKS)
    assert not set("„‚") & set(SENTENCE_CLOSING_QUOTE_MARKS) and "”" not in SENTENCE_OPENING_QUOTE_MARKS


def test_a_sentence_ends_after_a_closing_mark() -> None:
    for opening, closing in (("„", "“"), ("»", "«"), ("«", "»"), ("“", "”"), ('"', '"')):
        text = f"Der Gründer sagte: {opening}Wir verkaufen nicht.{closing} Dann kam das Angebot."
        assert sentence_starts(text) == [text.index("Dann")], text


def test_the_splitter_reads_the_single_closers() -> None:
    # since session 58 (opt58) the German single closer ‘ and the single guillemets in either order close a sentence
    # for the splitter, as the double marks and the English ’ do; a single opener or guillemet may open the next one
    for opening, closing in (("‚", "‘"), ("›", "‹"), ("‹", "›"), ("‘", "’")):
        text = f"Der Gründer sagte: {opening}Wir verkaufen nicht.{closing} Dann kam das Angebot."
        assert sentence_starts(text) == [text.index("Dann")], text
    text = "Sie fragte: ›Bleibt der Dienst frei?‹ ›Ja.‹"
    assert sentence_starts(text) == [text.index("›Ja")]
    text = "Er schrieb: ‚Das geht.‘ ‚Wirklich?‘"
    assert sentence_starts(text) == [text.index("‚Wirklich")]


def test_a_question_in_single_marks_is_a_question() -> None:
    from models.negation import is_question
    assert is_question("Sie fragte: ›Bleibt der Dienst frei?‹") and is_question("‚Kann man das abschalten?‘")
    assert not is_question("Er sagte: ›Das geht.‹")


def test_no_sentence_ends_inside_a_quoted_abbreviation() -> None:
    text = "Er nannte „rund 19 Mrd.“ als Preis."
    assert sentence_starts(text) == []
