"""A processed Doc is freed when its last reference goes, not left to the cyclic garbage collector.

A Span holds its Doc, so Span objects kept on the Doc (in its user data or an extension) make a reference
cycle: every Doc then waits for the collector, whose passes the next allocations pay for (the bench's
make_doc cost 0.58-0.61 CPU s against 0.40-0.42 s without the cycle, docs/extraction-quality.md,
"Speed, session 9").
"""
from __future__ import annotations

import gc
import weakref

from models.pipeline import load_pipeline

TEXT = ("Facebook hat WhatsApp im Februar 2014 für 19 Milliarden Dollar gekauft. Der Messenger teilt seit 2016 "
        "die Telefonnummern seiner Nutzer mit dem Konzern; widersprechen konnte man nur 30 Tage lang.")


def test_a_processed_doc_is_freed_by_reference_counting() -> None:
    nlp = load_pipeline()
    doc = nlp(TEXT)
    assert doc._.deal_mentions, "the layer found the parties"  # read once, as the components do
    assert [m.label_ for m in doc._.deal_mentions][:2] == ["BUYER", "TARGET"]
    ref = weakref.ref(doc)
    enabled = gc.isenabled()
    gc.disable()  # no collection may free it for us
    try:
        del doc
        assert ref() is None, "a reference cycle keeps the Doc alive (Span objects stored on the Doc?)"
    finally:
        if enabled:
            gc.enable()
