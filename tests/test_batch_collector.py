"""The garbage collector during a batch extraction (routes.extract.collector): what is loaded is frozen, young
collections come rarer, and garbage made during the batch is still freed during it.  No timing here.

Each batch below makes reference cycles of its own in every article (the extraction makes none) and holds only
weak references to them: they can be freed by the cyclic collector only, so a cycle found dead while the batch
still runs was freed by a collection during the batch.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from routes.extract import Article, api, extract_articles, extract_bag, pipeline, read_article
from routes.extract.collector import BATCH_THRESHOLD, batch_collection, first_article_done

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted(p for p in (ROOT / "tests" / "data" / "articles").glob("*.txt"))[:4]


class _Node:
    """A container the collector tracks."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def _cycles(n: int) -> list[weakref.ref]:
    """``n`` unreachable two-node cycles; weak references to one node of each."""
    refs = []
    for _ in range(n):
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        refs.append(weakref.ref(a))
    return refs


@pytest.fixture()
def observed(monkeypatch):
    """Every article of a batch, seen from inside: the collector's setting while it is read, and after it the
    number of earlier articles' cycles still alive.  Each article leaves 2 x BATCH_THRESHOLD nodes of cycles."""
    seen: list[dict] = []
    made: list[list[weakref.ref]] = []

    def watch(result):
        seen.append({"threshold": gc.get_threshold()[0], "frozen": gc.get_freeze_count(), "enabled": gc.isenabled(),
                     "alive_before": sum(r() is not None for refs in made for r in refs)})
        made.append(_cycles(BATCH_THRESHOLD))
        return result

    real = api.extract_reports  # (what extract_article and a Dask partition call for each article)
    monkeypatch.setattr(api, "extract_reports", lambda *a, **k: watch(real(*a, **k)))
    yield seen
    gc.collect()


def _articles() -> list[Article]:
    return [read_article(p) for p in ARTICLES]


def test_a_batch_freezes_what_is_loaded_and_makes_young_collections_rarer_then_puts_everything_back(observed):
    before = (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled())
    assert before[1] == 0  # (the test process froze nothing)
    extract_articles(_articles(), "2018-10-20")
    assert len(observed) == len(ARTICLES)
    for article in observed:
        assert article["threshold"] == max(BATCH_THRESHOLD, before[0][0])
        assert article["frozen"] > 0  # the matcher, the gazetteer's tables: out of the collector's walks
        assert article["enabled"]  # never switched off
    # after the first article, what it loaded on first use is frozen too
    assert observed[1]["frozen"] > observed[0]["frozen"]
    assert (gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()) == before


def test_cycles_made_during_a_batch_are_freed_during_it(observed):
    extract_articles(_articles(), "2018-10-20")
    # the first article's cycles are freed before what it loaded is frozen (else they would wait for the end)
    assert observed[1]["alive_before"] == 0
    # each article leaves BATCH_THRESHOLD cycles (three tracked objects each): collections run, and what is still
    # alive is at most one threshold's worth (with the collector off: BATCH_THRESHOLD per article before)
    assert all(a["alive_before"] <= BATCH_THRESHOLD // 2 for a in observed[2:])


def test_a_dask_partition_is_a_batch_too(observed):
    dask = pytest.importorskip("dask")
    import dask.bag as db

    before = (gc.get_threshold(), gc.get_freeze_count())
    items = [(a.text, "2018-10-20", a.name) for a in _articles()]
    with dask.config.set(scheduler="synchronous"):
        extract_bag(db.from_sequence(items, npartitions=1)).compute()
    assert [a["threshold"] for a in observed] == [max(BATCH_THRESHOLD, before[0][0])] * len(items)
    assert all(a["frozen"] > 0 for a in observed)
    assert observed[1]["alive_before"] == 0
    assert all(a["alive_before"] <= BATCH_THRESHOLD // 2 for a in observed[2:])
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_one_article_leaves_the_collector_as_it_is(observed):
    before = gc.get_threshold()
    extract_articles(_articles()[:1], "2018-10-20")
    assert observed[0]["threshold"] == before[0] and observed[0]["frozen"] == 0


def test_the_rows_are_those_of_the_articles_drafted_one_by_one(monkeypatch):
    articles = _articles()
    one_by_one = pipeline.Extractor()
    expected = [row for a in articles for row in one_by_one.extract(
        a.text, "2018-10-20", None, source=a.source, url=a.url, article=a.name)]
    monkeypatch.setattr(api, "_EXTRACTOR", None)  # a new default extractor: nothing remembered from other tests
    assert extract_articles(articles, "2018-10-20") == expected


def test_overlapping_batches_restore_the_setting_when_the_last_ends():
    before = gc.get_threshold()
    first, second = batch_collection(), batch_collection(threshold=BATCH_THRESHOLD * 2)
    first.__enter__()
    frozen = gc.get_freeze_count()
    assert frozen > 0 and gc.get_threshold()[0] == max(BATCH_THRESHOLD, before[0])
    second.__enter__()  # (another thread's batch: the setting is the first one's)
    assert gc.get_freeze_count() == frozen and gc.get_threshold()[0] == max(BATCH_THRESHOLD, before[0])
    first.__exit__(None, None, None)  # the first ends while the second runs: still set
    assert gc.get_freeze_count() == frozen and gc.get_threshold()[0] == max(BATCH_THRESHOLD, before[0])
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_an_error_in_a_batch_restores_the_setting():
    before = gc.get_threshold()
    with pytest.raises(ZeroDivisionError), batch_collection():
        1 / 0  # noqa: B018
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_process_that_froze_objects_itself_keeps_its_freezing():
    kept = [_Node() for _ in range(100)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()  # (a frozen object that dies leaves the count: it can only fall)
        with batch_collection():
            loaded = [_Node() for _ in range(1000)]
            first_article_done()
            assert gc.get_freeze_count() < frozen + len(loaded)  # nothing frozen by the batch
            assert gc.get_threshold()[0] >= BATCH_THRESHOLD
        assert 0 < gc.get_freeze_count() <= frozen  # nor unfrozen
    finally:
        gc.unfreeze()
    del kept, loaded


def test_outside_a_batch_the_first_article_freezes_nothing():
    first_article_done()
    assert gc.get_freeze_count() == 0
