"""The quotation marks, one vocabulary (issue 10, session 57, speed57).

German text quotes with „…“ and ‚…‘ and with guillemets, »…« (the German order) or «…» (the Swiss and French order);
English typography and web copy bring “…” and ‘…’, the typewriter the straight " and '. Until session 57 each reader
listed the marks it knew in a character class of its own (money.py's quotes around a qualifier, the sentence splitter's
closers after a sentence's end, price_answered.py's and price_refuted.py's marks of speech, the layout's quoted line,
...), in another order each time. The readers name a role here instead:

- `DOUBLE_QUOTE_MARKS`: the double marks, the marks of speech („ “ ” » « "): a single ’ or ' is as often an apostrophe
  ("geht’s", "’14") and tells no quotation;
- `OPENING_QUOTE_MARKS`: the double marks that open a quotation („ “ » « "; ” closes only);
- `CLOSING_DOUBLE_QUOTE_MARKS`: the double marks that close one (“ ” » « "; „ opens only);
- `CLOSING_QUOTE_MARKS`: what closes a quotation after its sentence's end ("... gesagt.“ Dann", "... kauft.« Und"): the
  double closers and the single ’ and ';
- `QUOTE_MARKS`: every mark the readers take for one, double or single („ “ ” » « " ‚ ‘ ’ ').

Each is a string of the marks; none is special inside a regex character class, so a reader writes `f"[{QUOTE_MARKS}]"`
or strips them (`str.rstrip(OPENING_QUOTE_MARKS)`). Every reader kept the marks it read before (the claims of every
studied and generated text are identical, `models.snapshot`). Two sets differ from every role and stay where they are:
the split-verb gate of models/layer/tagger.py (a particle before " or “ alone) and the claim span's trim of
models/opt_out.py (the double marks and '); the quotation pairs of opt_out.py (`_QUOTED`) and
models/data_shared_phrases.py, which read the single guillemets ›‹ too, are pairs, not a class. Not in
`CLOSING_QUOTE_MARKS` although they close a quotation: the German single closer ‘ (also the English single opener) and
the single guillemets ›‹. The sentence splitter never read them until session 58 (opt58): it reads them now by its own
roles, `SENTENCE_CLOSING_QUOTE_MARKS` and `SENTENCE_OPENING_QUOTE_MARKS`, so "sagte: ‚Wir verkaufen nicht.‘ Dann ..."
and "›Kann ich widersprechen?‹ ›Nein.‹" split in two (a question and its answer), measured with the snapshot.
"""
from __future__ import annotations

#: The double marks: German „“, English “”, guillemets »« and «», the typewriter's ".
DOUBLE_QUOTE_MARKS = "„“”»«\""
#: The double marks that open a quotation (all but ”).
OPENING_QUOTE_MARKS = "".join(mark for mark in DOUBLE_QUOTE_MARKS if mark != "”")
#: The double marks that close a quotation (all but „).
CLOSING_DOUBLE_QUOTE_MARKS = "".join(mark for mark in DOUBLE_QUOTE_MARKS if mark != "„")
#: What closes a quotation after its sentence's end: the double closers, the single ’ and the typewriter's '.
CLOSING_QUOTE_MARKS = CLOSING_DOUBLE_QUOTE_MARKS + "’'"
#: Every mark the readers take for a quotation mark: the double ones and the single ‚ ‘ ’ '.
QUOTE_MARKS = DOUBLE_QUOTE_MARKS + "‚‘’'"
#: The single guillemets, › ‹ (German order) and ‹ › (Swiss and French order).
SINGLE_GUILLEMETS = "›‹"
#: What the sentence splitter reads as closing a quotation after a sentence's end: `CLOSING_QUOTE_MARKS` and the single
#: closers, the German ‘ and the single guillemets › ‹ in either order (issue 7, session 58, opt58).
SENTENCE_CLOSING_QUOTE_MARKS = CLOSING_QUOTE_MARKS + "‘" + SINGLE_GUILLEMETS
#: The marks a sentence may open with (the splitter's next-sentence test): the German „ and ‚, the typewriter's ", the
#: guillemets double and single in either order (issue 7, session 58, opt58).
SENTENCE_OPENING_QUOTE_MARKS = "„\"»«‚" + SINGLE_GUILLEMETS
