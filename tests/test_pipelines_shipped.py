"""Extraction batches travel to their tasks as one object that Prefect and Dask do not walk into."""
from __future__ import annotations


def test_an_article_batch_travels_as_one_leaf_with_only_what_extraction_reads() -> None:
    import pickle

    from dask.base import tokenize
    from prefect.utilities.collections import visit_collection

    from pipelines.shipped import ArticleBatch, records_of

    records = [{"article_id": f"a{i}", "text": f"Satz {i}.", "minhash": list(range(64)), "url": "http://x/"}
               for i in range(3)]
    batch = ArticleBatch(records)
    assert records_of(batch) == [{"article_id": f"a{i}", "text": f"Satz {i}."} for i in range(3)]
    assert records_of(records) == records and len(batch) == 3
    # Prefect's walk over task arguments stops at the batch: one object visited, not every field.
    seen: list[object] = []
    visit_collection(batch, lambda expr: seen.append(expr), return_data=False)
    assert seen == [batch]
    copy_back = pickle.loads(pickle.dumps(batch))
    assert records_of(copy_back) == records_of(batch)
    assert tokenize(batch) == tokenize(ArticleBatch(records)) != tokenize(ArticleBatch(records[:2]))
