"""The parse's per-article bookkeeping in arrays: the duplicate keys (`KeySet`), the ids (`IdTable`), and the
near-duplicate index's sorted runs, all still exact across merges."""
from __future__ import annotations

import random
import tracemalloc

import pytest

from spiders.parse.compact import IdTable, KeySet
from spiders.parse.related import RelatedIndex, signature


def test_the_key_set_answers_as_a_set_across_merges(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KeySet, "MERGE_EVERY", 64)
    rng = random.Random(7)
    added = [rng.getrandbits(64) for _ in range(1_000)] + [0, 2**64 - 1]
    keys = KeySet()
    for key in added:
        keys.add(key)
    for key in added[:300]:  # a key added again after it was merged is still one key
        keys.add(key)
    assert len(keys) == len(set(added))
    assert all(key in keys for key in added)
    others = [rng.getrandbits(64) for _ in range(1_000)]
    assert not any(key in keys for key in others if key not in set(added))


def test_the_key_set_holds_about_eight_bytes_a_key() -> None:
    rng = random.Random(3)
    added = [rng.getrandbits(64) for _ in range(60_000)]
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    keys = KeySet()
    for key in added:
        keys.add(key)
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    # 60,000 keys: the sorted array (8 bytes each) and at most MERGE_EVERY in the Python set.
    assert held < 60_000 * 8 + KeySet.MERGE_EVERY * 90  # a set of 60,000 ints: about 4.8 MB
    assert added[123] in keys


def test_the_id_table_gives_back_every_id_by_position() -> None:
    ids = IdTable()
    values = ["bdbe25e4641930c2", "a", "", "Straße-ü", "t10"]
    for value in values:
        ids.append(value)
    assert len(ids) == len(values)
    assert [ids[row] for row in range(len(values))] == values


def test_near_duplicates_are_found_in_every_sorted_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RelatedIndex, "MERGE_EVERY", 30)  # a merge every few articles
    monkeypatch.setattr(RelatedIndex, "RUN_KEYS", 100)  # a new run every few merges
    words = ("der Dienst teilt die Nummern seiner Nutzer mit dem Konzern und die Behörde prüft den Fall "
             "in den kommenden Wochen genau so wie es das Gesetz verlangt").split()
    texts = {f"t{n}": " ".join(f"{word}{n}" for word in words) for n in range(60)}
    index = RelatedIndex(texts.__getitem__)
    for key, text in texts.items():
        assert index.add(key, signature(text), text) == []
    assert len(index._runs) > 2  # noqa: SLF001 - the point is that there are several
    for n in (2, 31, 58):  # in the first run, a middle one, the recent dict
        copy = "Berlin (dpa) - " + texts[f"t{n}"]
        assert index.add(f"copy{n}", signature(copy), copy) == [f"t{n}"]


def test_the_index_reads_a_candidate_back_by_its_row_when_told_so() -> None:
    words = ("die Aufsicht verbietet dem Messenger vorerst die Weitergabe der Telefonnummern an den "
             "Mutterkonzern und verlangt eine Erklärung wofür die Daten gebraucht werden").split()
    texts = [" ".join(f"{word}{n}" for word in words) for n in range(5)]
    asked: list[int] = []

    def text_at(row: int) -> str:
        asked.append(row)
        return texts[row]

    index = RelatedIndex(text_at=text_at)
    for n, text in enumerate(texts):
        index.add(f"id{n}", signature(text), text)
    copy = texts[3] + " Mehr dazu im Dossier."
    assert index.add("copy", signature(copy), copy) == ["id3"]
    assert asked == [3] and len(index) == 6
