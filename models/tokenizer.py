"""spaCy's German tokenizer, keeping the text it was given.

`Doc.text` is rebuilt from the tokens on every access (a Python object per
token); the claim components need the text of every document, so this
tokenizer stores the input string in `doc.user_data` as it makes the Doc.
Tokenisation itself is exactly spaCy's German rules (same prefixes,
suffixes, infixes and exceptions), and it saves and loads like spaCy's own.

The Doc is made from the text's READING TEXT (models/layer/reading.py): a word
hyphenated at a line end is rejoined, a running page header inside a
sentence and a web page's furniture (banners, share buttons, boxes, adverts;
models/layer/furniture.py) read as blanks, with the length kept; the text as given is kept too
(`READING_KEY`), and models/extract.py maps the claims' offsets back to it.
"""
from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from models.context import TEXT_KEY
from models.layer.reading import page_reading_of

TOKENIZER_NAME = "dealwatch.german_tokenizer.v1"
#: `doc.user_data` key of the `Reading` (reading text, original, rejoined words) when the reading text differs.
READING_KEY = "dealwatch_reading"
#: `doc.user_data` key of the clauses a paywall or truncation cut off (models/layer/cuts.py), where there are any.
CUTS_KEY = "dealwatch_cuts"


class TextKeepingTokenizer(Tokenizer):
    """spaCy's rule-based tokenizer that also records the input text on the Doc."""

    def __call__(self, text: str) -> Doc:
        reading = page_reading_of(text)
        doc = super().__call__(reading.text)
        doc.user_data[TEXT_KEY] = reading.text
        if reading.text != text:  # (an unbroken reading is `text` itself; equal text is no reading of its own)
            doc.user_data[READING_KEY] = reading
        if reading.cuts:
            doc.user_data[CUTS_KEY] = reading.cuts
        return doc


@spacy.registry.tokenizers(TOKENIZER_NAME)
def create_text_keeping_tokenizer() -> Callable[[Language], Tokenizer]:
    """Factory for the `[nlp.tokenizer]` config block: spaCy's rules, text kept."""
    default_factory = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> Tokenizer:
        base = default_factory(nlp)
        return TextKeepingTokenizer(
            nlp.vocab,
            rules=base.rules,
            prefix_search=base.prefix_search,
            suffix_search=base.suffix_search,
            infix_finditer=base.infix_finditer,
            token_match=base.token_match,
            url_match=base.url_match,
        )

    return make
