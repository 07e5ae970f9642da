"""The pipeline as a whole: saved and loaded from disk, staged files, dev-set floors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from models import evaluate
from models.claims import claims_of
from models.extract import extract_file
from models.pipeline import COMPONENTS, build_pipeline, save_pipeline

TEXT = "Facebook kaufte WhatsApp im Jahr 2014 für 19 Milliarden Dollar. Nutzer können widersprechen."


def test_saved_pipeline_loads_with_spacy_load_and_gives_the_same_claims(tmp_path: Path) -> None:
    save_pipeline(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert loaded.pipe_names == list(COMPONENTS)
    fresh = [c.to_record() for c in claims_of(build_pipeline()(TEXT))]
    again = [c.to_record() for c in claims_of(loaded(TEXT))]
    assert again == fresh
    assert any(c["type"] == "price" for c in again)


def test_extract_file_writes_claims_with_stable_ids(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"article_id": "a1", "text": TEXT}) + "\n", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    first = extract_file(articles, out)
    ids_first = [json.loads(line)["claim_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    second = extract_file(articles, out)
    ids_second = [json.loads(line)["claim_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert first == second >= 2
    assert ids_first == ids_second
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert record["article_id"] == "a1" and record["extractor_version"]
    assert TEXT[record["start"] : record["end"]] == record["text"]


def test_extract_file_names_the_bad_line(tmp_path: Path) -> None:
    articles = tmp_path / "articles.jsonl"
    articles.write_text('{"article_id": "a1", "text": "Hallo."}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"articles.jsonl:2"):
        extract_file(articles, tmp_path / "claims.jsonl")
    assert not (tmp_path / "claims.jsonl").exists()
    # Read as a stream, the bad line comes after the first article's claims: the previous file stays whole.
    (tmp_path / "claims.jsonl").write_text('{"kept": true}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"articles.jsonl:2"):
        extract_file(articles, tmp_path / "claims.jsonl")
    assert (tmp_path / "claims.jsonl").read_text(encoding="utf-8") == '{"kept": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl", "claims.jsonl"]


@pytest.mark.parametrize(("line", "message"), [
    (b"not json", r"articles\.jsonl:2: not valid JSON \("),
    (b'["a list"]', r"articles\.jsonl:2: expected a JSON object, got list$"),
    (b'{"article_id": "a2"}', r"articles\.jsonl:2: an article needs 'article_id' and 'text'$"),
    (b'{"article_id": "a2", "text": "Gr\xfc\xdfe"}', r"articles\.jsonl:2: not UTF-8 text$"),
])
def test_extract_file_errors_are_one_line_naming_file_and_line(tmp_path: Path, line: bytes, message: str) -> None:
    # The staged articles are read by the warehouse's JSON Lines reader: the same messages as `dealwatch extract`.
    articles = tmp_path / "articles.jsonl"
    articles.write_bytes(b'{"article_id": "a1", "text": "Hallo."}\n' + line + b"\n")
    with pytest.raises(ValueError, match=message) as error:
        extract_file(articles, tmp_path / "claims.jsonl")
    assert "\n" not in str(error.value)
    with pytest.raises(ValueError, match=r"absent\.jsonl: cannot read"):
        extract_file(tmp_path / "absent.jsonl", tmp_path / "claims.jsonl")


def test_scoring_is_per_document_sets() -> None:
    gold = {"price": [{"value": 19e9, "currency": "USD"}], "data_shared": [{"type": "other", "shared": True}], "acquisition_year": None}
    predicted = [
        {"type": "price", "value": 19000000000, "currency": "USD"},
        {"type": "price", "value": 19000000000, "currency": "USD"},
        {"type": "acquisition_year", "year": 2014},
    ]
    want, got = evaluate.gold_sets(gold), evaluate.predicted_sets(predicted)
    assert want["price"] == got["price"] == {(19000000000, "USD")}
    assert want["data_shared"] == set()
    assert got["acquisition_year"] == {2014} and want["acquisition_year"] == set()


DEV_SET = evaluate.load_dev_set(evaluate.shared_dir())


@pytest.mark.skipif(not DEV_SET, reason="development set (../shared) not present")
def test_development_set_scores_hold_the_pinned_floors() -> None:
    scores = evaluate.evaluate(DEV_SET)
    assert evaluate.regressions(scores, "dev") == [], evaluate.format_scores(scores, len(DEV_SET))


@pytest.mark.parametrize(
    ("set_name", "file_name"),
    [("heldout", "own.jsonl"), ("heldout2", "own2.jsonl"), ("heldout3", "own3.jsonl"), ("heldout4", "own4.jsonl"),
     ("heldout5", "own5.jsonl")],
)
def test_own_sets_hold_the_pinned_floors(set_name: str, file_name: str) -> None:
    documents = evaluate.load_heldout_set(file_name)
    assert documents, f"models/heldout/{file_name} is missing"
    scores = evaluate.evaluate(documents)
    assert evaluate.regressions(scores, set_name) == [], evaluate.format_scores(scores, len(documents))


@pytest.mark.parametrize("file_name", ["own.jsonl", "own2.jsonl", "own3.jsonl"])
def test_own_gold_spans_are_substrings_of_their_texts(file_name: str) -> None:
    for document in evaluate.load_heldout_set(file_name):
        gold = document.gold
        spans = [p["text"] for p in gold.get("price") or []] + [d["text"] for d in gold.get("data_shared") or []]
        spans += [o["text"] for o in gold.get("opt_out") or []]
        assert all(span in document.text for span in spans), document.name
