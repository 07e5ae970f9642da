"""What a stage's own long-lived process does that a library must not: settle the garbage collector once its libraries
are loaded, and leave without the interpreter's teardown.

The crawl's process (spiders/run.py) and the extraction's (models/extraction_process.py) load large libraries
(Scrapy and Twisted, about 66,000 objects; the spaCy pipeline's tables and patterns) that live as long as the process,
then make and drop many small objects (Deferreds and headers per request; token tables and matches per Doc), almost
all freed by their reference count. Both tune the collector the same way, here (issue 10, session 37, review37; the
measurements: sessions 35 and 36, docs/benchmarks.md). Only a program's entry point calls these, never a library
loader that tests call many times: a frozen object is never freed.
"""
from __future__ import annotations

import gc
import logging
import os
import sys
from typing import NoReturn

#: Net container allocations between two young-generation collections in a settled process (CPython: 700). At 700 a
#: 1,000-page crawl ran about 100 young and 9 middle collections after its imports, at 10,000 two (0.036 -> 0.004 s
#: of CPU); a pass of extraction over 300,000 words about 240 young and 22 middle ones, each walking the batch's live
#: Docs, at 10,000 three or four (0.18 -> 0.03 s). Peak memory the same: what a rarer collection would free is
#: freed by its reference count already.
YOUNG_THRESHOLD = 10_000


def settle_collector() -> None:
    """Move everything alive now to the permanent generation, which no collection walks again (a crawl ran two full
    collections of about 0.035 s each over Scrapy and Twisted; extraction two or three of 0.08-0.23 s over the
    pipeline), and raise the young generation's threshold to `YOUNG_THRESHOLD` (never lowered where a caller set it
    higher; the older generations' thresholds kept)."""
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_THRESHOLD), middle, old)


def exit_without_teardown(status: int) -> NoReturn:
    """Exit with `status` as `sys.exit` would, but without the interpreter's teardown: logging's handlers flushed and
    closed (`logging.shutdown`, what logging's own exit handler runs), the standard streams flushed, then `os._exit`.

    What is skipped is freeing every module and object one by one, which nobody waits for in a crawl's own process:
    about 0.14 s of CPU a crawl (docs/benchmarks.md, session 36), a tenth of a 1,000-page crawl's. `os._exit` after
    flushing is the documented way to leave so (the os module's documentation); it runs no exit handler, and the
    standard library offers no public call that runs them, so the one whose work matters here, logging's, is called
    by name. The others a crawl registers (certifi's and filelock's clean-up) hold nothing at its end: the
    certificates are a file of the installed package, and the operating system releases a dead process's file
    locks. Call it only once every file the process writes is closed."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
