"""The extractor's public calls: one article's text, an :class:`~.article.Article`, several articles or files.

All share one :class:`~.pipeline.Extractor` per process (:func:`default_extractor`); a batch of articles runs in
one process or in forked workers that share its matcher (:func:`extract_articles`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from ..limits import DEFAULT_LIMITS, Limits
from .article import Article
from .collector import batch_collection, first_article_done
from .pipeline import Extractor, parse_published


_EXTRACTOR: Extractor | None = None


def default_extractor() -> Extractor:
    """Return the process-wide extractor (the matcher is built on first use)."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def extract_reports(text: str, published: date | str | None = None, caravan: str | None = None,
                    *, source: str = "", url: str = "", article: str = "", notes: list[str] | None = None) -> list[dict]:
    """Draft report rows from one article's plain text, in travel order.

    ``published`` (a ``date`` or ``'YYYY-MM-DD'``) resolves weekdays and
    ``yesterday`` and dates what the article says in the present; with it
    every row gets a date (exact, ``~approximate`` or a month), without it
    what needs it stays empty.  Each row has the report columns
    (:data:`routes.schema.COLUMNS`) plus ``count_low``, ``count_high``,
    ``confidence`` (0-1), ``quote`` (the sentence), ``start``/``end`` (the
    sentence's offsets in ``text``) and ``also`` (the offsets of other
    sentences that said the same thing).  ``lat``/``lon`` (and ``country``)
    are filled only for towns resolved with a confidence of at least
    :data:`PLACE_AT_CONFIDENCE` (``build`` uses given coordinates as they
    are).  Without ``caravan`` the rows get an id made of the first stop's
    month and name.  What a person should know about the draft is appended
    to ``notes`` when a list is given.
    """
    return default_extractor().extract(text, published, caravan, source=source, url=url, article=article,
                                       notes=notes)


def extract_article(article: Article, published: date | str | None = None, caravan: str | None = None,
                    *, notes: list[str] | None = None) -> list[dict]:
    """Draft rows from an :class:`Article`; ``published`` overrides the page's own date."""
    when = parse_published(published) or article.published
    return extract_reports(article.text, when, caravan, source=article.source, url=article.url, article=article.name,
                           notes=notes)


def _extract_task(args: tuple[Article, date | None, str | None]) -> tuple[list[dict], list[str]]:
    notes: list[str] = []
    rows = extract_article(*args, notes=notes)
    return rows, [f"{args[0].name}: {note}" for note in notes]


def extract_articles(articles: Sequence[Article], published: date | str | None = None,
                     caravan: str | None = None, *, jobs: int = 1, notes: list[str] | None = None) -> list[dict]:
    """Draft rows from several articles, in order; ``jobs`` > 1 uses that many processes.

    Notes (each starting with the article's name) are appended to ``notes`` when a list is given.
    """
    when = parse_published(published)
    tasks = [(a, when, caravan) for a in articles]
    rows: list[dict] = []
    if len(tasks) <= 1:
        parts = map(_extract_task, tasks)
    else:
        # Loaded first, then frozen out of the collector's walks for the batch (.collector); with several
        # jobs, forked workers share the matcher (copy-on-write) instead of each spending seconds and 300 MB
        # on their own (elsewhere each worker builds its own), and the freezing keeps their collections
        # from writing to the pages they share.
        default_extractor().common  # noqa: B018 - the matcher and the common words, loaded once here
        with batch_collection():
            parts = _batch_parts(tasks, jobs)
    for part_rows, part_notes in parts:
        rows.extend(part_rows)
        if notes is not None:
            notes.extend(part_notes)
    return rows


def _batch_parts(tasks: list, jobs: int) -> list[tuple[list[dict], list[str]]]:
    """Each task's rows and notes, in one process or in ``jobs`` forked ones."""
    if jobs <= 1:
        parts = [_extract_task(tasks[0])]
        first_article_done()
        return parts + [_extract_task(t) for t in tasks[1:]]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if "fork" in methods else None
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        return list(pool.map(_extract_task, tasks, chunksize=max(1, len(tasks) // (jobs * 4))))


def extract_files(paths: Iterable[str], published: date | str | None = None, caravan: str | None = None,
                  *, jobs: int = 1, limits: Limits = DEFAULT_LIMITS, notes: list[str] | None = None) -> list[dict]:
    """Read article files (plain text or HTML, ``-`` for stdin) and draft their rows.

    An article over the size limits stops the run (:mod:`routes.limits`);
    the rows-per-article limit is applied by :func:`routes.limits.keep_rows`.
    Notes on the drafts are appended to ``notes`` as in :func:`extract_articles`.
    """
    from .article import read_article

    when = parse_published(published, label="--published")
    return extract_articles([read_article(p, limits=limits) for p in paths], when, caravan, jobs=jobs, notes=notes)
