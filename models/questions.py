"""German interrogatives: the words that open a wh-question ("Was bekommt Facebook?", "Wozu braucht Meta die
Nummer?", "Welche Daten gehen an Facebook?"), the one list the rules read: price.py (`_WH_OPENING`: a bound asked in
such a question is no guess) and data_shared_phrasings.json (`rhetorical_tail`, `question_opening`, through the
placeholder "@wh_word@", models/pattern_marks.py). Before, each spelled its own list (issue 7, session 37,
review37): the union of the three.
"""
from __future__ import annotations

from models.regex_tools import longest_first

WH_WORDS = ("was", "wer", "wen", "wem", "wie", "wieviel", "wo", "wohin", "woher", "wofür", "wozu", "warum", "wieso",
            "weshalb", "wann", "welche", "welchen", "welcher", "welchem", "welches")
#: The interrogatives as one regex alternation (lower case, no groups), longest first; the caller places its word
#: boundaries.
WH_WORD = longest_first(WH_WORDS)
