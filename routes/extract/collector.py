"""The garbage collector during a batch extraction: what is loaded is frozen, young collections come rarer.

A batch keeps a large, long-lived heap (the gazetteer's tables, the rule patterns, the resolver's memory)
and makes many short-lived objects an article.  Left as it is, the collector walks the long-lived heap
again at every older-generation collection (the gazetteer's 644,000 fuzzy keys alone make one full
collection ~13 ms), about 4-5% of a batch.  The usual remedy of long-running Python services and
tools is the one the standard library documents for :func:`gc.freeze`: collect once after loading,
freeze what survived (moved to a permanent generation the collector no longer walks; frozen objects
are still freed by reference counting when they die), and make young collections rarer by raising
the first generation's threshold.  The extraction makes no reference cycles (checked on the
benchmark's articles), but a collection still runs whenever :data:`BATCH_THRESHOLD` new objects
outlive their article, so cyclic garbage, if any appears, is freed during the batch: memory stays
bounded however long the batch.

Only batches use it (:func:`~routes.extract.api.extract_articles` with more than one
article, :func:`~routes.extract.parallel.extract_bag`'s partitions): a single article's run would
pay the collection at the start for nothing.  Nested and concurrent batches (Dask's threads) share
one setting: the first to start sets it, the last to end restores the thresholds and unfreezes.
A process that froze objects itself keeps its freezing as it was (nothing is frozen or unfrozen).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: The first generation's threshold during a batch (Python's default is 700): a collection after this
#: many new container objects outlive their article, about one every ten 5 KB articles.
BATCH_THRESHOLD = 10_000

_LOCK = threading.Lock()
_state: dict = {"depth": 0, "threshold": None, "froze": False, "frozen_again": False}


def _freeze_loaded() -> None:
    """Free the young generations' garbage, then freeze every object that survives (the loaded heap).

    (Only the young generations are collected first: a full collection walks the whole loaded heap, ~10-25 ms;
    cyclic garbage already in the oldest generation is freed when the batch ends and it is unfrozen.)"""
    gc.collect(1)
    gc.freeze()


@contextmanager
def batch_collection(threshold: int = BATCH_THRESHOLD) -> Iterator[None]:
    """Within the block: what is loaded now is frozen, and the first generation's threshold is at least
    ``threshold``; both are undone when the last batch of the process ends.

    Load what the batch needs (the extractor, its matcher) before entering, and call
    :func:`first_article_done` after the first article, so that what it loads on first use (the
    gazetteer's tables) is frozen too.
    """
    with _LOCK:
        if _state["depth"] == 0:
            _state["froze"] = gc.get_freeze_count() == 0
            _state["frozen_again"] = False
            if _state["froze"]:
                _freeze_loaded()
            old = gc.get_threshold()
            _state["threshold"] = old
            gc.set_threshold(max(threshold, old[0]), *old[1:])
        _state["depth"] += 1
    try:
        yield
    finally:
        with _LOCK:
            _state["depth"] -= 1
            if _state["depth"] == 0:
                gc.set_threshold(*_state["threshold"])
                if _state["froze"]:
                    gc.unfreeze()


def first_article_done() -> None:
    """Freeze, once a batch, what the first article loaded on first use (the gazetteer's fuzzy keys and tables,
    the rule patterns it compiled); nothing outside a batch, or when the process froze objects itself."""
    with _LOCK:
        if _state["depth"] and _state["froze"] and not _state["frozen_again"]:
            _state["frozen_again"] = True
            _freeze_loaded()
