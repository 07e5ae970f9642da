"""`python -m bench components`: where extraction's CPU goes, component by component, and what the gates let through.

Issue 7's speed target (extraction words/s >= 0.20 of bare `spacy.blank("de")`
tokenization, `bench.reference`) says how fast the whole pipeline is; this
says which part costs what, on the same two kinds of text:

- `real`: the development set and the studied own sets (`bench.reference.real_texts`),
  repeated to `--words` words, the text the target is judged on;
- `synthetic`: the benchmark's generated articles (`bench.corpus`), title and text.

Per round (rounds alternate with the bare tokenizer, as in `bench.reference`):
the tokenizer's CPU seconds, then the pipeline one component at a time over all
the texts (`make_doc`, then each component's `pipe`), each component's CPU
seconds (`time.process_time`). Reported: the median of the rounds per part, its
share of the pipeline, and the ratio tokenizer / pipeline (what the target reads).
The sum of the parts is the pipeline's cost as `nlp.pipe` runs it, give or take
the batch order (here every text passes one component before the next starts).

Gates (one pass over the distinct texts, not repeated): how many sentences each
one lets through, against the sentences that end up holding a claim.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

def synthetic_texts(articles: int, seed: int = 1) -> list[str]:
    """Title and text of the first `articles` generated benchmark articles."""
    from bench.corpus import iter_articles

    return [a.title + "\n\n" + a.text for a in iter_articles(seed, articles)]


def _run(proc: Callable[..., Any], docs: list[Doc]) -> list[Doc]:
    pipe = getattr(proc, "pipe", None)
    return list(pipe(docs)) if pipe is not None else [proc(doc) for doc in docs]


def component_seconds(nlp: Language, texts: list[str]) -> dict[str, float]:
    """CPU seconds of `make_doc` and of each pipeline component over `texts` (one component at a time)."""
    seconds: dict[str, float] = {}
    start = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    seconds["make_doc"] = time.process_time() - start
    for name, proc in nlp.pipeline:
        start = time.process_time()
        docs = _run(proc, docs)
        seconds[name] = time.process_time() - start
    return seconds


def profile(nlp: Language, texts: list[str], words: int, rounds: int, warm: list[str] | None = None) -> dict[str, Any]:
    """Median CPU seconds per part over `rounds` rounds (each: the bare tokenizer, then the pipeline
    part by part), each part's share of the pipeline, and tokenizer / pipeline per round and of the medians.

    Both sides are warmed outside the clock on `warm` (default: the first texts, as bench.reference does).
    """
    import spacy

    tokenizer = spacy.blank("de").tokenizer
    warm_tokens = texts[:200] if warm is None else warm
    for text in warm_tokens:
        tokenizer(text)
    # The pipeline's tokenizer is warmed on the same texts as the bare one: both keep a cache of the chunks they
    # have seen, and with the pipeline warmed on 50 texts only, make_doc paid for the chunks of the rest in the
    # first round (1.4-1.7x the bare tokenizer's CPU with --rounds 1; equal from the second round on, session 29).
    for text in warm_tokens:
        nlp.tokenizer(text)
    for _doc in nlp.pipe(texts[:50] if warm is None else warm):
        pass
    tok_rounds: list[float] = []
    part_rounds: dict[str, list[float]] = {}
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            tokenizer(text)
        tok_rounds.append(time.process_time() - start)
        for name, secs in component_seconds(nlp, texts).items():
            part_rounds.setdefault(name, []).append(secs)
    parts = {name: statistics.median(values) for name, values in part_rounds.items()}
    pipeline_rounds = [sum(values[i] for values in part_rounds.values()) for i in range(rounds)]
    total = statistics.median(pipeline_rounds)
    tok = statistics.median(tok_rounds)
    return {
        "words": words, "texts": len(texts), "rounds": rounds,
        "tokenizer_cpu_s": round(tok, 3), "pipeline_cpu_s": round(total, 3),
        "ratio": round(tok / total, 3) if total else None,
        "ratio_rounds": [round(t / p, 3) for t, p in zip(tok_rounds, pipeline_rounds)],
        "parts": {name: {"cpu_s": round(secs, 3), "share": round(secs / total, 3) if total else None}
                  for name, secs in parts.items()},
    }


def gate_counts(nlp: Language, texts: Iterable[str]) -> dict[str, int]:
    """Sentences in all, per gate the sentences it lets through, and the sentences holding a claim."""
    from models.claims import claims_of
    from models.context import Sentences, doc_text
    from models.layer.deal_context import in_deal_context
    from models.layer.literals import GATES, gate_sentences
    from models.money import find_money

    counts: Counter[str] = Counter()
    for doc in nlp.pipe(texts):
        sents = Sentences.of(doc)
        counts["documents"] += 1
        counts["sentences"] += len(sents.starts)
        claims = claims_of(doc)
        counts["claims"] += len(claims)
        counts["sentences with a claim"] += len({sents.index_at(c.start) for c in claims})
        gated: set[int] = set()
        for gate in GATES:  # every literal gate of the layer, counted per sentence
            found = gate_sentences(doc, gate)
            counts[f"gate {gate}"] += len(found)
            if gate in ("data_shared.terms", "opt_out"):
                gated |= found
        money = {sents.index_at(m.start) for m in find_money(doc_text(doc))}
        counts["sentences with an amount"] += len(money)
        counts["data term, opt-out gate or amount"] += len(gated | money)
        counts["deal context"] += sum(in_deal_context(doc))
        counts["tagged (HanTa)"] += int(doc._.tagged_sentences or 0)
    return dict(counts)


def table(name: str, result: dict[str, Any]) -> str:
    """The profile and gate counts of one kind of text as plain-text lines."""
    prof = result["profile"]
    lines = [f"{name}: {prof['words']:,} words, {prof['texts']:,} texts, median of {prof['rounds']} rounds (CPU s)",
             f"  tokenizer alone {prof['tokenizer_cpu_s']:.2f} s, pipeline {prof['pipeline_cpu_s']:.2f} s: "
             f"ratio {prof['ratio']} (rounds {', '.join(str(r) for r in prof['ratio_rounds'])})"]
    lines += [f"  {part:34s} {v['cpu_s']:7.3f} s {100 * v['share']:5.1f}%" for part, v in prof["parts"].items()]
    gates = result["gates"]
    sentences = gates.get("sentences") or 1
    lines.append(f"  gates over {gates.get('documents', 0):,} distinct texts, {gates.get('sentences', 0):,} sentences:")
    lines += [f"    {key:34s} {value:7,}" + ("" if key in ("documents", "sentences", "claims")
                                                 else f" {100 * value / sentences:5.1f}%")
              for key, value in gates.items() if key not in ("documents", "sentences")]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the per-component CPU table and the gate counts (JSON with --json)."""
    parser = argparse.ArgumentParser(prog="python -m bench components", description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=300_000, help="words of each kind of text, repeated to this")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--articles", type=int, default=400, help="generated articles (before repetition)")
    parser.add_argument("--only", choices=("real", "synthetic"), default=None)
    parser.add_argument("--unseen", action="store_true",
                        help="real text only, not repeated, one round, both sides warmed on generated articles: "
                             "the cost on text the tokenizer's cache and the components' per-word caches have not seen")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args(argv)

    from bench.reference import real_texts, repeated
    from models.extraction_process import ready_pipeline

    nlp = ready_pipeline()  # as a run's extraction process sets it up (pipelines/stages.py)
    kinds = {"real": real_texts, "synthetic": lambda: synthetic_texts(args.articles)}
    results: dict[str, Any] = {}
    for name, source in kinds.items():
        if args.only not in (None, name) or (args.unseen and name != "real"):
            continue
        distinct = source()
        if not distinct:
            results[name] = {"missing": "no texts"}
            continue
        if args.unseen:
            words = sum(len(text.split()) for text in distinct)
            measured = profile(nlp, distinct, words, 1, warm=synthetic_texts(args.articles))
        else:
            texts, words = repeated(distinct, args.words)
            measured = profile(nlp, texts, words, args.rounds)
        results[name] = {"profile": measured, "gates": gate_counts(nlp, distinct)}
    if args.json:
        print(json.dumps(results))
    else:
        print("\n\n".join(table(name, r) for name, r in results.items() if "profile" in r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
