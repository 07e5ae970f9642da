"""The linguistic layer: computed once per document, read by every claim component.

Components, in pipeline order (models/pipeline.py):

- `dealwatch_lemmas` (models/layer/lemmas.py): `token.lemma_` for every token
  from the German lookup table of spacy-lookups-data, offline, no trained model.
- `dealwatch_tagger` (models/layer/tagger.py): STTS tags and lemmas from HanTa,
  only on the sentences a cheap gate selects (a separable-particle candidate at
  a clause end, or a negation), and separable verbs rejoined: in "gibt ... weiter"
  the verb's lemma becomes "weitergeben".
- `dealwatch_deal_context` (models/layer/deal_context.py): which sentences speak
  about Facebook (buyer), WhatsApp (target) or the deal, by name, epithet
  ("der Konzern", "die App") or pronoun; `Doc._.deal_mentions`, `Span._.deal_parties`.
- `dealwatch_structure` (models/layer/structure.py): headings, question
  headings, list items, Q&A blocks, quotes; `Doc._.blocks`.

The layer's one spelling fold (`models/layer/spelling.py`): the Swiss "ss" for "ß" is accepted by every lookup (lemmas,
cue patterns, gate words), folded once on the lookup side; the text and its offsets stay as written.

Before every component, in the tokenizer: the READING TEXT (`models/layer/reading.py`), in which a web page's
furniture (`models/layer/furniture.py`, `patterns/page_furniture.json`: share buttons, consent banners, newsletter,
app and paywall boxes, 'Anzeige' blocks, tickers; convention D61) is read as blanks of the same length, so the
structure below has no block for it and no component reads it (issue 7, session 42, page42).

No component, a reading every component asks: `models/layer/families.py`, the shared reading's step one (issue 10,
session 44, speed44): per sentence the cue families it holds (the components' literal gates, an amount, a question, the
deal context), one pass per Doc (`Doc._.cue_families`, `Span._.cue_families`), and `WordFamilies`, a component's
named word lists found by sentence in one pass per text (the opt-out readers' and step lists' own literal tests).

No component, a lookup: `models/layer/leads.py` gives a sentence's layout lead (a date/time/chat stamp,
a speaker or kicker label, a bullet, a chronicle year label; `patterns/layer.json` `layout_leads`): where the
sentence proper begins (`lead_of`, `Span._.layout_lead`).

No component, a fact of the document: `models/layer/diff_lines.py` gives a version comparison's removed lines
("− ..." over "+ ..."), once per Doc (`removed_lines`), read by the price and the opt-out components alike (issue 10,
session 55, speed55: one definition where each had its own).
"""
