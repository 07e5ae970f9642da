"""Throughput of claim extraction against the bare German tokenizer (`make bench`).

Builds a corpus of at least `--words` words (default 1,000,000) by repeating
the development-set texts from the shared folder (read in place, not copied;
without it, the bundled demo articles), then times in the same process:

1. `spacy.blank("de")`'s tokenizer alone over every document,
2. the whole dealwatch pipeline (tokenizer + all components) over the same documents,

and prints words per second for both (best of `--repeats` alternating
rounds), their ratio (target: at least 0.30),
claims found and the peak resident memory. Exit status 1 when the ratio is
below the target, so a slowdown is noticed.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable, Iterable
from importlib import resources

import spacy

from models.claims import claims_of
from models.evaluate import load_dev_set, shared_dir
from models.pipeline import build_pipeline

TARGET_RATIO = 0.30


def base_texts() -> list[str]:
    """The texts to repeat: the development set when present, else the bundled demo articles."""
    texts = [doc.text for doc in load_dev_set(shared_dir())]
    if texts:
        return texts
    folder = resources.files("spiders.demo_site").joinpath("articles")
    return [entry.read_text(encoding="utf-8") for entry in folder.iterdir() if entry.name.endswith(".txt")]


def corpus(words: int) -> tuple[list[str], int]:
    """Documents with at least `words` whitespace-separated words in all, and their word count."""
    texts = base_texts()
    documents: list[str] = []
    total = 0
    while total < words:
        for text in texts:
            documents.append(text)
            total += len(text.split())
            if total >= words:
                break
    return documents, total


def timed(run: Callable[[Iterable[str]], int], documents: list[str]) -> tuple[float, int]:
    """Seconds taken by `run(documents)` and what it returned."""
    start = time.perf_counter()
    result = run(documents)
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark figures; exit 1 below the target ratio."""
    parser = argparse.ArgumentParser(prog="python -m models.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size in words (default 1,000,000)")
    parser.add_argument("--repeats", type=int, default=3, help="rounds per measurement; the best round counts (default 3)")
    args = parser.parse_args(argv)

    documents, words = corpus(args.words)
    tokenizer = spacy.blank("de").tokenizer
    nlp = build_pipeline()
    nlp(documents[0])  # warm up: load vocabularies and compile patterns outside the timing

    def tokenize(docs: Iterable[str]) -> int:
        return sum(len(tokenizer(text)) for text in docs)

    def extract(docs: Iterable[str]) -> int:
        return sum(len(claims_of(doc)) for doc in nlp.pipe(docs, batch_size=64))

    # Alternate the two measurements and keep each one's best round: on a shared machine a
    # neighbour's burst slows one round, not the code.
    tok_rounds, pipe_rounds = [], []
    for _ in range(args.repeats):
        tok_rounds.append(timed(tokenize, documents))
        pipe_rounds.append(timed(extract, documents))
    tok_seconds, tokens = min(tok_rounds)
    pipe_seconds, claims = min(pipe_rounds)
    tok_rate, pipe_rate = words / tok_seconds, words / pipe_seconds
    ratio = pipe_rate / tok_rate
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(documents)} documents, {words:,} words, {tokens:,} tokens; best of {args.repeats} rounds")
    print(f"blank('de') tokenizer : {tok_seconds:7.2f} s  {tok_rate:12,.0f} words/s")
    print(f"dealwatch pipeline    : {pipe_seconds:7.2f} s  {pipe_rate:12,.0f} words/s  ({claims:,} claims)")
    print(f"ratio                 : {ratio:.2f} (target >= {TARGET_RATIO:.2f}) {'OK' if ratio >= TARGET_RATIO else 'BELOW TARGET'}")
    print(f"peak memory (RSS)     : {peak_mb:,.0f} MB")
    return 0 if ratio >= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
