"""The extraction process's setup: the pipeline loaded once, then kept out of the garbage collector's way.

The pipeline's tables, patterns and models live as long as the process. Left in the collected
generations, every full collection walks them again (issue 7: 2-3 full collections per 300,000
words, 0.08-0.23 CPU s each). `gc.freeze()` moves everything alive at that moment to the permanent
generation, which no collection visits. Frozen objects are never freed, so this runs once per process
and only from a run's entry points (pipelines/stages.py), never from the library loader
(`models.pipeline.load_pipeline`), which tests call many times.

The young generation's threshold is raised too (`spiders.process.YOUNG_THRESHOLD`, the one setting of the crawl's
process and this one, `settle_collector`): extraction makes and drops many small
containers per Doc (token tables, matches, tuples of offsets), so at CPython's default of 700 net allocations a
pass over 300,000 words ran about 240 young and 22 middle collections, each walking the batch's live Docs
(about 0.18 CPU s a pass, 2% of extraction); at 10,000, 3-4 young ones (about 0.03 s). Almost every object is
freed by its reference count the moment it is dropped (the layer keeps Docs free of reference cycles,
tests/test_models_doc_cycles.py), so a rarer collection holds no more memory: peak RSS the same (session 35,
speed35b, docs/benchmarks.md).
"""
from __future__ import annotations

import gc

from spacy.language import Language

from models.pipeline import load_pipeline
from spiders.process import settle_collector

_frozen = False


def ready_pipeline() -> Language:
    """The process's pipeline; on the first call also collect once, freeze what is alive and raise the young
    generation's threshold (once per process)."""
    global _frozen
    nlp = load_pipeline()
    if not _frozen:
        gc.collect()  # garbage of the load is freed, not frozen
        settle_collector()
        _frozen = True
    return nlp
