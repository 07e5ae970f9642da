"""Run the claim pipeline over texts and staged articles (the models stage's entry points)."""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from models.articles import read_articles, require_article
from models.claims import EXTRACTOR_VERSION, claims_of
from models.context import Sentences
from models.layer.cuts import cut_clause_of
from models.layer.reading import Reading, to_original
from models.pipeline import load_pipeline
from models.tokenizer import CUTS_KEY, READING_KEY

BATCH_SIZE = 64


def extract_text(text: str) -> list[dict[str, Any]]:
    """The claims of one plain text as CONTRACT.md records, in text order."""
    doc = load_pipeline()(text)
    return [claim.to_record() for claim in ordered_claims(doc)]


def claim_id(article_id: str, record: dict[str, Any]) -> str:
    """Stable id of a claim: same article, type, span and extractor version give the same id."""
    key = f"{article_id}|{record['type']}|{record['start']}|{record['end']}|{EXTRACTOR_VERSION}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def extract_records(articles: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The claim records (with article_id, claim_id, extractor_version) of article records, in order.

    A stream: articles are read and claims yielded batch by batch, nothing goes through files.
    Raises ValueError naming the article's position when a record lacks 'article_id' or 'text'.
    """
    nlp = load_pipeline()
    pairs = ((article["text"], article["article_id"]) for article in _checked(articles))
    for doc, article_id in nlp.pipe(pairs, as_tuples=True, batch_size=BATCH_SIZE):
        for claim in ordered_claims(doc):
            record = claim.to_record()
            record.update(
                article_id=article_id,
                claim_id=claim_id(article_id, record),
                extractor_version=EXTRACTOR_VERSION,
            )
            yield record


def _checked(articles: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for number, article in enumerate(articles, start=1):
        yield require_article(article, f"article {number}")


def extract_file(articles_jsonl: Path, claims_jsonl: Path) -> int:
    """Extract the claims of every staged article into `claims_jsonl`; returns the number written.

    Articles are read as a stream (100,000 articles' texts are gigabytes as Python objects).
    The file is written to a temporary name and renamed, so a crash never leaves half a file
    and a malformed line leaves the previous claims file as it was.
    Raises ValueError naming file and line for a malformed article record.
    """
    tmp = claims_jsonl.with_name(claims_jsonl.name + ".tmp")
    written = 0
    try:
        with tmp.open("w", encoding="utf-8") as out:
            for record in extract_records(read_articles(articles_jsonl)):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += 1
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, claims_jsonl)
    return written


def ordered_claims(doc: Any) -> list[Any]:
    """The claims of a processed Doc in text order (start, end, type): the order every reader of claims sees.

    Where the Doc was made from a reading text (models/layer/reading.py: a word rejoined across a line-end
    hyphen, a running header inside a sentence, page furniture read as blanks), the offsets, text and sentence are those of the text as given.
    An opt-out or data claim read from a clause a paywall or truncation cut off is none (D61 (c), models/layer/cuts.py)."""
    claims = sorted(claims_of(doc) or [], key=lambda c: (c.start, c.end, c.type))
    reading = doc.user_data.get(READING_KEY)
    if reading is not None:
        claims = [_as_given(claim, doc, reading) for claim in claims]
    cuts = doc.user_data.get(CUTS_KEY)
    if cuts:  # a clause a paywall cut off decides no stance and no polarity (D61 (c), models/layer/cuts.py)
        original = doc.text if reading is None else reading.original
        heads: dict[int, list[Any]] = {}
        claims = [claim for claim in claims if _stands_at_cut(claim, cuts, original, heads)]
    return claims


def _stands_at_cut(claim: Any, cuts: tuple[tuple[int, int], ...], original: str, heads: dict[int, list[Any]]) -> bool:
    """Does `claim` stand though a clause under it breaks off (D61 (c): a cut sentence gives what its remaining words
    state)? A claim read from the cut clause alone does not. One that began in whole clauses before it ("Nutzer müssen
    den Bedingungen zustimmen, sonst können sie die App nicht mehr [cut]") stands where the text up to the cut clause's
    start, read alone, gives the same claim over the same words (`heads`: those readings, one per clause start)."""
    clause = cut_clause_of(claim.type, claim.start, claim.end, cuts)
    if clause is None:
        return True
    if claim.start >= clause:
        return False
    if clause not in heads:  # (the head ends before the cut clause, so its own cuts are earlier ones: this ends)
        heads[clause] = ordered_claims(load_pipeline()(original[:clause].rstrip()))
    return any(
        other.type == claim.type and other.fields == claim.fields and other.start < claim.end and other.end > claim.start
        for other in heads[clause]
    )


def _as_given(claim: Any, doc: Any, reading: Reading) -> Any:
    """`claim` with its offsets, text and sentence in the original text of `reading`."""
    start, end = to_original(reading, claim.start, end=False), to_original(reading, claim.end, end=True)
    first, last = Sentences.of(doc).covering(claim.start, claim.end)
    shown = reading.text
    while last > first and shown[last - 1].isspace():
        last -= 1  # the blanks of page furniture after the sentence (models/layer/furniture.py) are none of it
    first, last = to_original(reading, first, end=False), to_original(reading, last, end=True)
    original = reading.original
    return replace(claim, start=start, end=end, text=original[start:end], sentence=original[first:last].strip())
