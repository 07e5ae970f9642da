"""Run the claim pipeline part of the way: the tests of one stage read the Doc as that stage receives it."""
from __future__ import annotations

from spacy.tokens import Doc

from models.pipeline import load_pipeline


def doc_before(text: str, component: str) -> Doc:
    """`text` through every pipeline component that runs before `component` (which does not run).

    Raises ValueError for a name that is not in the pipeline, so a renamed component fails loudly
    instead of silently running the whole pipeline.
    """
    nlp = load_pipeline()
    if component not in nlp.pipe_names:
        raise ValueError(f"no component {component!r} in the pipeline ({', '.join(nlp.pipe_names)})")
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == component:
            break
        doc = proc(doc)
    return doc
