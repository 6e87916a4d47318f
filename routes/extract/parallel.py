"""Archives larger than one machine: the extraction as a Dask bag operation.

The extraction is a pure function of (text, publication date), so a bag of
``(text, published)`` pairs maps to a bag of rows partition by partition; each
worker process builds its own place matcher once and reuses it for every
article of every partition it runs.
"""

from __future__ import annotations

from collections.abc import Iterable


def _extract_partition(items: Iterable, caravan: str | None) -> list[dict]:
    from .collector import batch_collection, first_article_done
    from .api import default_extractor, extract_reports

    rows: list[dict] = []
    default_extractor().common  # noqa: B018 - the matcher and the common words, loaded before the batch
    with batch_collection():  # (the collector during a batch: .collector)
        for n, item in enumerate(items):
            text, published = item[0], item[1] if len(item) > 1 else None
            article = item[2] if len(item) > 2 else ""
            rows.extend(extract_reports(text, published, caravan, article=article))
            if n == 0:
                first_article_done()
    return rows


def extract_bag(bag, caravan: str | None = None):
    """Map a ``dask.bag`` of ``(text, published)`` (or ``(text, published, name)``) to a bag of rows.

    ``published`` is a ``date``, ``'YYYY-MM-DD'`` or ``None``.  Nothing runs
    until the bag is computed::

        import dask.bag as db
        rows = extract_bag(db.from_sequence(pairs, npartitions=8)).compute()
    """
    return bag.map_partitions(_extract_partition, caravan)

