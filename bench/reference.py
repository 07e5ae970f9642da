"""`python -m bench.reference`: the tools underneath, timed on the benchmark's own data, in alternating rounds.

Measures, each round in turn (so a busy neighbour slows one round of every
measure rather than every round of one measure):

- `tokenizer`: bare `spacy.blank("de")` tokenization of the article texts (words/s),
- `extraction`: the dealwatch claim pipeline over the same texts (words/s),
- `tokenizer_real`, `extraction_real`: the same two over real-shaped text: the
  development set and the studied own sets (`real_texts`), repeated to the same
  number of words. The generator's sentences come from a few hundred templates,
  so the tokenizer's cache (one entry per whitespace-separated chunk) hits far
  more often on the synthetic corpus than on written text; the ratio on the
  real-shaped text is the one issue 7's target is judged on,
- `tokenizer_unseen`, `extraction_unseen`: the same two over the distinct real-shaped texts read once
  per round, each side with a new tokenizer (an empty chunk cache) on its own vocabulary for the round:
  text the process has not seen, as a run over new coverage meets it. Repeated text lets the bare
  tokenizer answer every chunk it kept from the round before (spaCy keeps up to 10,000 chunks), so
  from the second round on `tokenizer_real` times a cache, not tokenization (docs/benchmarks.md).
  When the real-shaped pass reads only the first of the distinct texts (fewer `--words` than they
  hold, as QUICK's 300,000 of about 580,000), the unseen pair reads the texts after them
  (`unseen_texts`), so no text is extracted twice in a round (session 33, bench33),
- `trafilatura`: `trafilatura.extract` alone over the HTML pages (pages/s),
- `disk`: reading the HTML files (MB/s, page cache as the run left it),
- `arrow_insert`: DuckDB's own insert of the claim rows from an Arrow table into a fresh file (rows/s).

The bare tokenizer's synthetic and real-shaped passes go over their texts as many times as it takes to
read at least `TOKENIZER_MIN_WORDS` words (`tokenizer_passes`): a pass over QUICK's 100,000 synthetic words
takes about 0.1 s, short enough for a scheduler's hiccup to move it by a third (session 32's spreads 28%
and 44%). Their chunk caches are warm from the first pass on either way, so a repeated pass times the same
thing; the unseen pass is read once (its point is the empty cache).

The tokenizer, extraction and trafilatura passes are also timed in CPU seconds of
this process (`<name>_cpu`, rates per CPU second): both sides of those ratios
run in this one process, one after the other, so their CPU time is their work,
and a busy neighbour moves it far less than the wall time.

Prints one JSON object: per measure the value of every round, its median and spread.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from models.heldout import STUDIED_FILES
from pipelines.atomic import read_jsonl


def summary(values: list[float]) -> dict[str, Any]:
    """Median and spread ((max - min) / median) of the rounds' rates."""
    median = statistics.median(values)
    return {"rounds": [round(v, 2) for v in values], "median": round(median, 2),
            "spread": round((max(values) - min(values)) / median, 3) if median else None}


#: The annotated sets whose texts stand for real press text: every studied own set (the text the
#: claims engineers tune for). Blind sets are left out on purpose: nobody but their writer opens them.
STUDIED_SETS = STUDIED_FILES


def real_texts() -> list[str]:
    """The development set's texts and the studied own sets' texts ([] when none is found)."""
    from models.evaluate import load_dev_set, load_heldout_set, shared_dir

    documents = list(load_dev_set(shared_dir()))
    for name in STUDIED_SETS:
        documents += load_heldout_set(name)
    return [doc.text for doc in documents if doc.text.strip()]


def article_texts(articles_jsonl: Path) -> list[str]:
    """The texts of a staged articles file, in file order."""
    return [record["text"] for record in read_jsonl(articles_jsonl)]


def texts_of(articles_jsonl: Path, words: int) -> tuple[list[str], int]:
    """Article texts, repeated until they hold at least `words` words; and their word count."""
    return repeated(article_texts(articles_jsonl), words)


def repeated(base: list[str], words: int) -> tuple[list[str], int]:
    """`base` repeated until it holds at least `words` words; and their word count."""
    texts: list[str] = []
    total = 0
    while base and total < words:
        for text in base:
            texts.append(text)
            total += len(text.split())
            if total >= words:
                break
    return texts, total


#: The bare tokenizer's synthetic and real-shaped passes read at least this many words (their texts repeated).
TOKENIZER_MIN_WORDS = 600_000


def tokenizer_passes(words: int, min_words: int = TOKENIZER_MIN_WORDS) -> int:
    """How many times the bare tokenizer reads texts of `words` words to read at least `min_words` (1 or more)."""
    return max(1, -(-min_words // words)) if words else 1


#: The unseen pair reads the distinct texts the real-shaped pass leaves out only when they hold at least
#: this many words; else every distinct text, as before session 33.
UNSEEN_MIN_WORDS = 100_000


def unseen_texts(distinct: list[str], real: list[str], min_words: int = UNSEEN_MIN_WORDS,
                 max_words: int | None = None) -> list[str]:
    """The texts of the unseen pair: the distinct texts after those the real-shaped pass reads (`real` is
    `distinct` repeated to a number of words, so a prefix of it when it holds fewer), when they hold at least
    `min_words` words; else all of `distinct`. Extracting the real pass's texts again, with only the chunk
    cache emptied, measured the same extraction twice per round (session 32: 17,365 vs 17,353 words/s).
    `max_words` (--unseen-words; None: no limit) keeps only the first of them, up to the text that reaches it:
    a toy run (the test suite's) reads a few thousand words, not the whole 600,000 of every distinct text."""
    if len(real) >= len(distinct):
        chosen = distinct
    else:
        rest = distinct[len(real):]
        chosen = rest if sum(len(text.split()) for text in rest) >= min_words else distinct
    if max_words is None:
        return chosen
    kept: list[str] = []
    total = 0
    for text in chosen:  # never repeated: each text read once is the pair's point
        if total >= max_words:
            break
        kept.append(text)
        total += len(text.split())
    return kept


def vocabulary(texts: list[str]) -> dict[str, Any]:
    """Words and distinct whitespace-separated chunks (the tokenizer's cache keys) of a set of texts."""
    chunks = [chunk for text in texts for chunk in text.split()]
    distinct = len(set(chunks))
    return {"texts": len(texts), "words": len(chunks), "distinct_chunks": distinct,
            "distinct_per_1000_words": round(1000 * distinct / len(chunks), 1) if chunks else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reference", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, required=True, help="articles.jsonl whose texts are tokenized")
    parser.add_argument("--pages", type=Path, required=True, help="file listing HTML page paths, one a line")
    parser.add_argument("--claims", type=Path, default=None, help="claims.jsonl inserted from Arrow")
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--unseen-words", type=int, default=None,
                        help="at most about this many words in the unseen pair (default: every text it takes)")
    parser.add_argument("--synthetic-words", type=int, default=None,
                        help="words of the synthetic pair (tokenizer and extraction on the articles; default --words)")
    parser.add_argument("--trafilatura-pages", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    import spacy
    import trafilatura

    from models.extraction_process import ready_pipeline
    from models.tokenizer import create_text_keeping_tokenizer

    texts, words = texts_of(args.articles, args.synthetic_words or args.words)
    every_real = real_texts()
    real, real_words = repeated(every_real, args.words)
    distinct = unseen_texts(every_real, real, max_words=args.unseen_words)  # the unseen pair's texts
    distinct_words = sum(len(text.split()) for text in distinct)
    uncapped = unseen_texts(every_real, real) if args.unseen_words is not None else distinct  # what no cap reads
    uncapped_words = sum(len(text.split()) for text in uncapped)
    base = article_texts(args.articles)
    # Why the two ratios differ: how often the same chunk comes back, per set, before repetition.
    vocab = {"synthetic": vocabulary(base), "real": vocabulary(every_real)}
    del base
    page_files = [Path(p) for p in args.pages.read_text(encoding="utf-8").split("\n") if p]
    sample = [p.read_bytes() for p in page_files[: args.trafilatura_pages]]
    sample_html = [page.decode("utf-8") for page in sample]
    blank = spacy.blank("de")
    tokenizer = blank.tokenizer
    nlp = ready_pipeline()  # as a run's extraction process has it: loaded, then frozen out of the collector's walks
    # Warm up outside the timing: tables, compiled patterns, the tokenizer's cache of the vocabulary.
    for text in texts[:200] + real[:200]:
        tokenizer(text)
        nlp.tokenizer(text)  # the same chunk cache on both sides (session 29, speed29b: bench.components' make_doc)
    for _doc in nlp.pipe(texts[:50] + real[:50]):
        pass

    arrow_table = None
    if args.claims and args.claims.is_file():
        try:
            import pyarrow.json as pa_json

            arrow_table = pa_json.read_json(str(args.claims))
        except ImportError:
            arrow_table = None

    # Each timed pass also counts its CPU seconds (time.process_time: this process, every thread):
    # on a shared machine a neighbour stretches the wall time of a pass, not its CPU time.
    cpu_rounds: dict[str, list[float]] = {}

    def cpu_timed(name: str, work: Callable[[], None], count: float) -> float:
        """Run `work`; its rate per wall second (returned) and per CPU second (kept in cpu_rounds)."""
        start, cpu_start = time.perf_counter(), time.process_time()
        work()
        cpu_rounds.setdefault(name, []).append(count / max(time.process_time() - cpu_start, 1e-9))
        return count / (time.perf_counter() - start)

    def tokenize(name: str, batch: list[str], count: int) -> float:
        passes = tokenizer_passes(count)

        def work() -> None:
            for _ in range(passes):
                for text in batch:
                    tokenizer(text)
        return cpu_timed(name, work, count * passes)

    def extraction(name: str, batch: list[str], count: int) -> float:
        def work() -> None:
            for _doc in nlp.pipe(batch, batch_size=64):
                pass
        return cpu_timed(name, work, count)

    traf_cpu_rounds: list[float] = []  # the same passes timed in CPU seconds (crawl+parse CPU is compared with it)

    def extract_pages() -> float:
        start, cpu_start = time.perf_counter(), time.process_time()
        for html in sample_html:
            trafilatura.extract(html)
        traf_cpu_rounds.append(len(sample_html) / max(time.process_time() - cpu_start, 1e-9))
        return len(sample_html) / (time.perf_counter() - start)

    def read_disk() -> float:
        start = time.perf_counter()
        size = sum(len(p.read_bytes()) for p in page_files)
        return size / 1e6 / (time.perf_counter() - start)

    def arrow_insert() -> float:
        import duckdb

        with tempfile.TemporaryDirectory(prefix="bench-arrow-") as tmp:
            conn = duckdb.connect(str(Path(tmp) / "ref.duckdb"))
            try:
                conn.register("staged", arrow_table)
                conn.execute("CREATE TABLE claims_ref AS SELECT * FROM staged LIMIT 0")
                start = time.perf_counter()
                conn.execute("BEGIN TRANSACTION")
                conn.execute("INSERT INTO claims_ref SELECT * FROM staged")
                conn.execute("COMMIT")
                seconds = time.perf_counter() - start
            finally:
                conn.close()
        return arrow_table.num_rows / seconds

    new_bare_tokenizer = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()
    new_pipeline_tokenizer = create_text_keeping_tokenizer()

    def tokenize_unseen() -> float:
        # A new tokenizer on the same vocabulary: an empty chunk cache, the lexemes kept (as in a long run).
        # (Not `Tokenizer._flush_cache`: once the cache has held its 10,000 chunks, spaCy 3.8's caches nothing
        # after a flush, and every chunk costs more than in a new one: docs/benchmarks.md.)
        fresh = new_bare_tokenizer(blank)
        def work() -> None:
            for text in distinct:
                fresh(text)
        return cpu_timed("tokenizer_unseen", work, distinct_words)

    def extraction_unseen() -> float:
        kept, nlp.tokenizer = nlp.tokenizer, new_pipeline_tokenizer(nlp)  # the same, for the pipeline's own
        try:
            return extraction("extraction_unseen", distinct, distinct_words)
        finally:
            nlp.tokenizer = kept

    measures: dict[str, Callable[[], float]] = {"tokenizer": lambda: tokenize("tokenizer", texts, words),
                                                "extraction": lambda: extraction("extraction", texts, words),
                                                "trafilatura": extract_pages, "disk": read_disk}
    if real:
        measures["tokenizer_real"] = lambda: tokenize("tokenizer_real", real, real_words)
        measures["extraction_real"] = lambda: extraction("extraction_real", real, real_words)
        measures["tokenizer_unseen"] = tokenize_unseen
        measures["extraction_unseen"] = extraction_unseen
    if arrow_table is not None:
        measures["arrow_insert"] = arrow_insert
    rounds: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(args.rounds):
        for name, measure in measures.items():
            rounds[name].append(measure())
    result: dict[str, Any] = {
        "words": words, "texts": len(texts), "trafilatura_pages": len(sample_html),
        "tokenizer_passes": {"synthetic": tokenizer_passes(words), "real": tokenizer_passes(real_words)},
        "real_words": real_words, "unseen_words": distinct_words, "unseen_texts": len(distinct),
        "unseen_cap": args.unseen_words, "unseen_uncapped_words": uncapped_words,
        "unseen_uncapped_texts": len(uncapped),
        "vocabulary": vocab, "real_texts": len(every_real), "real_sets": ["dev", *STUDIED_SETS],
        "disk_files": len(page_files), "disk_mb": round(sum(p.stat().st_size for p in page_files) / 1e6, 1),
        "arrow_rows": arrow_table.num_rows if arrow_table is not None else None,
        "units": {"tokenizer": "words/s", "extraction": "words/s", "trafilatura": "pages/s", "disk": "MB/s",
                  "arrow_insert": "rows/s", "tokenizer_real": "words/s", "extraction_real": "words/s",
                  "tokenizer_unseen": "words/s", "extraction_unseen": "words/s"},
    }
    result.update({name: summary(values) for name, values in rounds.items()})
    result["trafilatura_cpu"] = summary(traf_cpu_rounds)
    result["units"]["trafilatura_cpu"] = "pages per CPU second"
    for name, values in cpu_rounds.items():  # tokenizer_cpu, extraction_cpu, ..._real_cpu
        result[f"{name}_cpu"] = summary(values)
        result["units"][f"{name}_cpu"] = "words per CPU second"
    if arrow_table is None:
        result["arrow_insert"] = {"missing": "pyarrow is not installed or no claims file"}
    if not real:
        result["tokenizer_real"] = {"missing": "no development set or own set found"}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
