"""Archives bigger than one machine: reports read where they lie, routes built caravan by caravan with Dask.

A caravan's route needs all of its reports and nothing else (no other
caravan's), so the work splits by caravan:

1. each input partition (a report file, or a partition of a ``dask.bag`` of
   rows such as :func:`routes.extract.extract_bag` drafts) is read and
   validated where it lies, and every row gets its place in the whole input;
2. the rows are shuffled so that each caravan's reports land in one partition
   (``DataFrame.shuffle(on="caravan")``);
3. each partition is put back in input order and built with
   :func:`routes.build_routes` (geocoding included) on a worker;
4. the partitions' RouteSets are gathered into one (:func:`gather_routes`),
   in input order, ready for queries, exports or :func:`maps.render_map`.

The gathered RouteSet is the one :func:`routes.build_routes` gives for the
whole input read at once.  When even the routes are too big to gather, keep
the partitions apart (:func:`route_partitions`) and write each one out, e.g.
with :meth:`RouteSet.to_parquet`.  Any Dask scheduler runs it: the local
ones (threads, processes) or a ``dask.distributed`` cluster.  Needs the
``dask`` extra (``pip install 'routemapper[dask]'``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.errors import InputError

from .routeset import RouteSet
from .schema import KEPT

#: The column that keeps each row's place in the whole input while partitions are shuffled.
ORDER = "_input_order"
#: Rows a partition may hold before the next partition's numbers start (2**40: a trillion).
_PARTITION_SPAN = 1 << 40


def _dask():
    try:
        import dask
        import dask.dataframe  # noqa: F401  (needs pandas and pyarrow, which routemapper has)
    except ImportError:  # pragma: no cover - an optional extra
        raise InputError("building routes with Dask needs the dask package",
                         hint="pip install 'routemapper[dask]'") from None
    return dask


def _numbered(reports: gpd.GeoDataFrame, part: int) -> pd.DataFrame:
    """A validated partition without geometry (rebuilt from lat/lon later), each row numbered in the input.

    Every partition has the optional columns (:data:`routes.schema.KEPT`, empty where its rows had none), so
    that all share one set of columns; :func:`gather_routes` drops one that no partition filled.
    """
    frame = pd.DataFrame(reports.drop(columns="geometry", errors="ignore")).reset_index(drop=True)
    for col in KEPT:
        if col not in frame:
            frame[col] = ""
    frame[ORDER] = np.int64(part) * _PARTITION_SPAN + np.arange(len(frame), dtype=np.int64)
    return frame


def _read_file(path: str, part: int, encoding: str | None, today: date | None) -> pd.DataFrame:
    from .reports import read_reports

    return _numbered(read_reports(path, encoding=encoding, today=today), part)


def _read_rows(rows: list[dict], part: int, today: date | None) -> pd.DataFrame:
    from .reports import reports_from_rows

    return _numbered(reports_from_rows(rows, name=f"<rows of partition {part}>", today=today), part)


def _build_partition(frame: pd.DataFrame, resolver: Any = None) -> RouteSet:
    """The routes of one partition's caravans, its rows first put back in input order."""
    from .routeset import build_routes

    if not len(frame):
        return _empty_routes()
    frame = frame.sort_values(ORDER, kind="stable").reset_index(drop=True)
    return build_routes(gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame["lon"], frame["lat"]),
                                         crs="EPSG:4326"), resolver=resolver)


def _empty_routes() -> RouteSet:
    empty = gpd.GeoDataFrame({"caravan": pd.Series([], dtype="str")}, geometry=[], crs="EPSG:4326")
    return RouteSet(empty, empty.copy(), empty.copy())


def route_partitions(source: Sequence[str | Path] | Any, *, npartitions: int | None = None,
                     encoding: str | None = None, today: date | None = None, resolver: Any = None) -> list:
    """Dask tasks that build the routes of the caravans of ``source``, one task (a RouteSet) a partition.

    ``source`` is a list of report files (CSV or GeoJSON, each read by
    :func:`routes.read_reports`) or a ``dask.bag`` of report rows (dicts with
    the report columns, e.g. from :func:`routes.extract.extract_bag`, checked
    by :func:`routes.reports.reports_from_rows`).  ``npartitions`` is how many
    partitions the caravans are spread over (default: as many as the input
    has).  Nothing runs until the tasks are computed; each caravan is built in
    exactly one of them.  Every row keeps its place in the input in the
    column :data:`ORDER` (dropped by :func:`gather_routes`).
    """
    dask = _dask()
    import dask.dataframe as dd

    delayed = dask.delayed
    if hasattr(source, "to_delayed") and hasattr(source, "map_partitions"):  # a dask.bag
        parts = [delayed(_read_rows)(rows, i, today) for i, rows in enumerate(source.to_delayed())]
    else:
        paths = [str(p) for p in source]
        if not paths:
            raise InputError("no reports file given")
        parts = [delayed(_read_file)(p, i, encoding, today) for i, p in enumerate(paths)]
    if not parts:
        return []
    # The partitions' columns and types, from a tiny table validated the same way.
    meta = _numbered(_sample_reports(), 0).iloc[:0]
    frame = dd.from_delayed(parts, meta=meta, verify_meta=False)
    by_caravan = frame.shuffle(on="caravan", npartitions=npartitions or len(parts))
    return [delayed(_build_partition)(part, resolver) for part in by_caravan.to_delayed()]


def _sample_reports() -> gpd.GeoDataFrame:
    from .reports import reports_from_rows

    return reports_from_rows([{"caravan": "c", "date": "2018-10-15", "place": "p", "lat": "14", "lon": "-90"}],
                             name="<types>", today=date(2018, 10, 15))


def gather_routes(parts: Sequence[RouteSet]) -> RouteSet:
    """One RouteSet from partitions that each hold whole caravans, in input order.

    Reports and checkpoints are put back in the order of the input (the
    :data:`ORDER` column, then dropped); legs and stops follow the caravans'
    ids, as :func:`routes.build_routes` orders them.  Raises
    :class:`geo.InputError` if a caravan turns up in two partitions.
    """
    parts = [p for p in parts if len(p.reports)]
    if not parts:
        return _empty_routes()
    seen: dict[str, int] = {}
    for i, part in enumerate(parts):
        for caravan in part.caravans:
            if seen.setdefault(caravan, i) != i:
                raise InputError(f"caravan {caravan!r} was built in two partitions",
                                 hint="partition the reports by caravan before building (route_partitions does)")

    def joined(tables: list[pd.DataFrame], by: str) -> pd.DataFrame:
        table = pd.concat(tables, ignore_index=True)
        if by == ORDER and ORDER in table:
            table = table.sort_values(ORDER, kind="stable").drop(columns=ORDER)
        else:
            table = table.sort_values(by, kind="stable")
        return table.reset_index(drop=True)

    reports = gpd.GeoDataFrame(joined([p.reports for p in parts], ORDER), crs="EPSG:4326")
    segments = gpd.GeoDataFrame(joined([p.segments for p in parts], "caravan"), crs="EPSG:4326")
    checkpoints = gpd.GeoDataFrame(joined([p.checkpoints for p in parts], ORDER), crs="EPSG:4326")
    # as read_reports: no quote column when the input gave no quote
    empty = [col for col in KEPT if col in reports and not reports[col].astype(bool).any()]
    reports, checkpoints = reports.drop(columns=empty), checkpoints.drop(columns=empty, errors="ignore")
    stops = joined([p._stops() for p in parts], "caravan")
    routes = RouteSet(reports, segments, checkpoints)
    object.__setattr__(routes, "_stops_cache", stops)  # as build_routes does (see _Routes._stops)
    return routes


def build_routes_dask(source: Sequence[str | Path] | Any, *, npartitions: int | None = None,
                      encoding: str | None = None, today: date | None = None, resolver: Any = None) -> RouteSet:
    """Build the routes of ``source`` with Dask, caravan by caravan, and gather them into one RouteSet.

    ``source`` and the options are those of :func:`route_partitions`; the
    partitions are computed on the current Dask scheduler and joined by
    :func:`gather_routes`.  The answer is the RouteSet that
    :func:`routes.build_routes` gives for the whole input read at once::

        import dask
        import dask.bag as db
        from routes.extract import extract_bag

        drafts = extract_bag(db.from_sequence(articles, npartitions=64), caravan="2018-10-honduras")
        with dask.config.set(scheduler="processes"):
            routes = build_routes_dask(drafts, npartitions=16)
        render_map(routes).save("map.html")
    """
    dask = _dask()
    parts = route_partitions(source, npartitions=npartitions, encoding=encoding, today=today, resolver=resolver)
    return gather_routes(list(dask.compute(*parts)))
