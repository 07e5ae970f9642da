"""The pooled sentence dataset of the studied sets, labelled from the gold `text` spans.

Every studied text goes through the extractor's own pipeline (the rule components
only: the same sentence split, lemmas, deal context and structure the stage sees
at run time). A sentence is labelled `shared` / `not_shared` when it overlaps the
text span of a gold data_shared item of that polarity (an item of any type: the
label says that the sentence states a transfer, the vocabulary names the data).

Span resolution: a gold span is looked up in its text, first exactly, then
case-insensitively with any run of whitespace matching any other. A span that
crosses a sentence end labels every sentence it overlaps. A span found more than
once is *ambiguous*: its occurrences in sentences holding a data mention of the
gold type are kept (the statement is where its data is named); when that leaves
none or several, every occurrence is labelled (a repeated statement is still a
statement). Spans not found are counted and skipped.

Blind sets are never loaded here: `models.heldout.STUDIED_SETS` names the sets.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from models.context import Sentences, doc_text
from models.evaluate import GoldDocument, load_dev_set, load_heldout_set, shared_dir
from models.heldout import STUDIED_SETS
from models.learned.features import Sentence, classifier_words, doc_sentences

SHARED, NOT_SHARED = "shared", "not_shared"
DATA_LABELS = (SHARED, NOT_SHARED)
POSSIBLE, NOT_POSSIBLE = "possible", "not_possible"
OPT_LABELS = (POSSIBLE, NOT_POSSIBLE)


@dataclass
class DocRecord:
    """One studied text after the rule pipeline: its gold, the rules' claims and its labelled sentences."""

    set_name: str
    name: str
    text: str
    gold: dict[str, Any]
    rule_claims: list[dict[str, Any]]
    sentences: list[Sentence]  # with a data mention, or labelled
    labels: dict[int, dict[str, bool]] = field(default_factory=dict)  # sentence index -> {label: bool}
    ruled: set[int] = field(default_factory=set)  # sentences holding a rule data_shared claim
    # The opt-out stance task: sentences in the opt-out gate or labelled, their labels, the rules' claims.
    opt_sentences: list[Sentence] = field(default_factory=list)
    opt_labels: dict[int, dict[str, bool]] = field(default_factory=dict)
    opt_ruled: set[int] = field(default_factory=set)


def load_studied(shared: Path | None = None) -> dict[str, list[GoldDocument]]:
    """The studied gold sets by name (dev from the shared folder; an absent set is left out)."""
    sets: dict[str, list[GoldDocument]] = {}
    for name, file in STUDIED_SETS.items():
        documents = load_dev_set(shared or shared_dir()) if file is None else load_heldout_set(file)
        if documents:
            sets[name] = documents
    return sets


def find_span(text: str, span: str) -> list[tuple[int, int]]:
    """Every occurrence of `span` in `text`: exact, else case-insensitive with flexible whitespace."""
    if not span.strip():
        return []
    found = [(m.start(), m.start() + len(span)) for m in re.finditer(re.escape(span), text)]
    if found:
        return found
    loose = r"\s+".join(re.escape(part) for part in span.split())
    return [m.span() for m in re.finditer(loose, text, flags=re.IGNORECASE)]


def label_sentences(
    text: str, sents: Sentences, sentences: dict[int, Sentence], items: list[dict[str, Any]], stats: Counter
) -> dict[int, dict[str, bool]]:
    """Sentence index -> {shared, not_shared} from the gold data_shared items (see the module docstring)."""
    labels: dict[int, dict[str, bool]] = {}
    for item in items:
        dtype = item.get("type") or item.get("data_type")
        label = SHARED if item.get("shared") else NOT_SHARED
        places = find_span(text, item.get("text") or "")
        if not places:
            stats["span not found"] += 1
            continue
        if len(places) > 1:
            stats["span ambiguous"] += 1
            typed = [
                p for p in places
                if any(m.data_type == dtype for si in _overlapped(sents, p) for m in getattr(sentences.get(si), "mentions", ()))
            ]
            if len(typed) == 1:
                stats["ambiguous, resolved by data type"] += 1
                places = typed
            else:
                stats["ambiguous, all occurrences labelled"] += 1
        else:
            stats["span found once"] += 1
        for place in places:
            for si in _overlapped(sents, place):
                labels.setdefault(si, {SHARED: False, NOT_SHARED: False})[label] = True
    return labels


def _overlapped(sents: Sentences, place: tuple[int, int]) -> range:
    first = sents.index_at(place[0])
    last = sents.index_at(max(place[0], place[1] - 1))
    return range(first, last + 1)


def build_records(nlp: Language, sets: dict[str, list[GoldDocument]], stats: Counter | None = None) -> list[DocRecord]:
    """Run every text through `nlp` (the rule pipeline) and label its sentences."""
    stats = stats if stats is not None else Counter()
    records: list[DocRecord] = []
    for set_name, documents in sets.items():
        docs = nlp.pipe((d.text for d in documents), batch_size=16)
        for document, doc in zip(documents, docs):
            sents = Sentences.of(doc)
            with_mention = {s.index: s for s in doc_sentences(doc)}
            labels = label_sentences(doc_text(doc), sents, with_mention, list(document.gold.get("data_shared") or []), stats)
            extra = set(labels) - set(with_mention)
            if extra:
                with_mention.update({s.index: s for s in doc_sentences(doc, every=True, only=extra)})
            claims = [c.to_record() for c in doc._.claims or ()]
            ruled = {sents.index_at(c["start"]) for c in claims if c["type"] == "data_shared"}
            record = DocRecord(set_name, document.name, doc_text(doc), document.gold, claims,
                               [with_mention[i] for i in sorted(with_mention)], labels, ruled)
            _add_opt_out(nlp, doc, document, record, stats)
            records.append(record)
    return records


def _add_opt_out(nlp: Language, doc: Any, document: GoldDocument, record: DocRecord, stats: Counter) -> None:
    """The opt-out stance task's sentences and labels (a gold span's stance labels every sentence it overlaps;
    a span found more than once labels every occurrence: no data type to choose one by)."""
    from models.learned.features import opt_out_sentences

    sents = Sentences.of(doc)
    text = doc_text(doc)
    labels: dict[int, dict[str, bool]] = {}
    for item in document.gold.get("opt_out") or []:
        places = find_span(text, item.get("text") or "")
        stats["opt-out span " + ("not found" if not places else "found once" if len(places) == 1 else "ambiguous, all labelled")] += 1
        for place in places:
            for si in _overlapped(sents, place):
                labels.setdefault(si, {POSSIBLE: False, NOT_POSSIBLE: False})[item["stance"]] = True
    opt = nlp.get_pipe("dealwatch_opt_out") if "dealwatch_opt_out" in nlp.pipe_names else None
    record.opt_sentences = opt_out_sentences(doc, opt, extra=set(labels))
    record.opt_labels = labels
    record.opt_ruled = {sents.index_at(c["start"]) for c in record.rule_claims if c["type"] == "opt_out"}


def opt_examples(records: list[DocRecord], gated: bool = False) -> list[tuple[list[str], dict[str, bool]]]:
    """(words, labels) of the opt-out task's sentences (questions left out); with `gated`, only those the stage
    could read at run time (in the deal context, no guard against them), whatever the rules claimed there."""
    return [
        (sentence.words, record.opt_labels.get(sentence.index, {POSSIBLE: False, NOT_POSSIBLE: False}))
        for record in records
        for sentence in record.opt_sentences
        if not sentence.question and (not gated or (sentence.in_context and not sentence.opt_blocked))
    ]


def opt_label_counts(records: list[DocRecord]) -> Counter:
    """How many opt-out task sentences (questions left out) get each stance label."""
    counts: Counter = Counter()
    for record in records:
        for sentence in record.opt_sentences:
            if not sentence.question:
                got = record.opt_labels.get(sentence.index, {})
                kinds = [label for label in OPT_LABELS if got.get(label)]
                counts["sentences"] += 1
                counts["+".join(kinds) if kinds else "no label"] += 1
    return counts


def examples(records: list[DocRecord], context: bool = False) -> list[tuple[list[str], dict[str, bool]]]:
    """(words, labels) of every sentence of `records` (no label: neither shared nor not_shared); with `context`,
    the words of the sentence's context follow its own (`Sentence.context_words`)."""
    out = []
    for record in records:
        for sentence in record.sentences:
            if not _taught(record, sentence):
                continue
            out.append((classifier_words(sentence, context), record.labels.get(sentence.index, {SHARED: False, NOT_SHARED: False})))
    return out


def _taught(record: DocRecord, sentence: Sentence) -> bool:
    """Is the sentence a training example? Not a question (it states nothing: the stage never reads one), and
    not a sentence kept only for its bare message words (`Sentence.message_mentions`: no data mention, no label)."""
    return not sentence.question and (bool(sentence.mentions) or sentence.index in record.labels)


def label_counts(records: list[DocRecord]) -> Counter:
    """How many sentences (questions left out) get each label, and how many hold a data mention."""
    counts: Counter = Counter()
    for record in records:
        for sentence in record.sentences:
            if not _taught(record, sentence):
                continue
            got = record.labels.get(sentence.index, {})
            counts["sentences"] += 1
            counts["with a data mention"] += bool(sentence.mentions)
            kinds = [label for label in DATA_LABELS if got.get(label)]
            counts["+".join(kinds) if kinds else "no label"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    """`python -m models.learned.dataset OUT.pkl`: the rule pipeline's records of every studied set, pickled.

    Run by `models.learned.loso` inside an older extractor's tree (its blind-rules folds), so it only
    needs the pipeline's default rule components.
    """
    import pickle
    import sys

    from models import pipeline
    from models.learned import dataset  # not __main__'s copy: the pickle must name models.learned.dataset

    out = Path((argv if argv is not None else sys.argv[1:])[0])
    stats: Counter = Counter()
    nlp = pipeline.build_pipeline(getattr(pipeline, "RULE_COMPONENTS", None))
    records = dataset.build_records(nlp, dataset.load_studied(), stats)
    out.write_bytes(pickle.dumps((records, stats)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
