"""`dealwatch_lemmas`: lookup lemmas from spacy-lookups-data's German table, set in one array operation.

The same table and the same answers as spaCy's `lemmatizer` in lookup mode
(`tests/test_models_layer.py` checks it), but spaCy's component sets
`token.lemma_` token by token in Python, which cost about a tenth of the whole
pipeline's time. Here the table is turned once into a map from the word's hash
to the lemma's hash, read in one list comprehension, and a Doc's lemmas are set
with one `Doc.from_array`.
A few known errors of the table on cue verbs are corrected from
`patterns/layer.json` (`lemma_fixes`: "schaltet" is "schalten", not "schelten").
Swiss spellings ("schliesst", "grösste", "ausschliessen") take the lemma of their standard form
("schließen", "groß", "ausschließen"): `models/layer/spelling.py`, the layer's one spelling fold.
One addition: a capitalised word the table lacks, followed by a subject pronoun, takes
the lemma of its lower case, so a verb opening a sentence ("Legt man den Schalter um",
"Schaltet ihr ... ab") has its verb lemma and can be rejoined with its particle.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.lookups import load_language_data
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from models.component import DocComponent
from models.layer.spelling import swiss_lemmas

LAYER_FILE = Path(__file__).resolve().parent.parent / "patterns" / "layer.json"


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """The German lemma lookup table of spacy-lookups-data as word hashes -> lemmas (loaded once per process)."""
    import spacy_lookups_data

    # Read as spaCy's load_lookups reads it, keeping the words as strings for the Swiss fold; hashed as its Table.
    words = load_language_data(spacy_lookups_data.de["lemma_lookup"])
    # Swiss spellings the table lacks take the lemma of the standard form ("grösste" -> "groß").
    words.update(swiss_lemmas(words))
    lemmas = {get_string_id(word): lemma for word, lemma in words.items()}
    # The table's known errors on cue verbs ("schaltet" -> "schelten"), corrected from layer.json.
    fixes = json.loads(LAYER_FILE.read_text(encoding="utf-8")).get("lemma_fixes", {})
    lemmas.update({get_string_id(word): lemma for word, lemma in fixes.items() if not word.startswith("_")})
    return lemmas


class LookupLemmas(DocComponent):
    """Sets `token.lemma_` from the lookup table (the word itself when it is not in the table)."""

    def __init__(self, vocab: Vocab) -> None:
        strings = vocab.strings
        # The table's keys are already the hashes of the words; store each lemma string once.
        self.by_hash = {key: strings.add(lemma) for key, lemma in _table().items()}
        # The addressed user after a verb opening the sentence ("Legt man", "Schaltet ihr", "Entfernen Sie").
        self._pronouns = frozenset(strings.add(w) for w in ("man", "ihr", "du", "sie", "Sie"))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # One dictionary look-up per token in a list comprehension: cheaper than a vectorised binary search
        # over the table's 355,000 sorted keys, whose lower levels miss the CPU cache between Docs (measured
        # inside the pipeline: the component at about half its cost).
        words = doc.to_array(ORTH).tolist()
        get = self.by_hash.get
        lemmas = [get(word, word) for word in words]
        # A capitalised word the table lacks, right before a subject pronoun, is a verb opening a sentence
        # (a V1 condition or an imperative: "Legt man den Schalter um, ...", "Schaltet ihr ... ab"): it takes
        # the lemma of its lower case. Only there: the table leaves out words that are their own lemma, so
        # a noun such as "Dienst" would otherwise take the lemma of the verb form "dienst". The pronouns
        # are few, so the look-up runs on a handful of tokens per Doc.
        pronouns = self._pronouns
        for i in [i for i, word in enumerate(words[1:]) if word in pronouns]:
            if words[i] not in self.by_hash:
                token = doc[i]
                if token.lower != token.orth and (lemma := get(token.lower)) is not None:
                    lemmas[i] = lemma
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1))
        return doc


@Language.factory("dealwatch_lemmas")
def make_lemmas(nlp: Language, name: str) -> LookupLemmas:
    """spaCy factory: lookup lemmas for German."""
    return LookupLemmas(nlp.vocab)
