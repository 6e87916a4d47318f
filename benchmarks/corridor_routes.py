"""Corridor routes: every stop against its intended place, per region, and what each scoring term decides.

Run by hand:  .venv/bin/python benchmarks/corridor_routes.py [--misses] [--terms] [--table PATH]

``tests/data/corridor_routes.csv`` holds routes written from the corridor (Darién to the US
border) with the place each stop means and a tolerance in km, written before the resolver
was run on them; ``tests/data/news_routes.csv`` holds routes of caravans reported in news
articles the resolver was not tuned on (2018 through Oaxaca, Veracruz and the Pacific
route to Tijuana, 2021-2024 caravans from Tapachula, the Darién-to-Honduras bus corridor,
Petén), written the same way by the reviewer; ``tests/data/new_routes.csv`` holds five more
(regions ``new-*``), one per region through places neither table used, each with two to four
namesake traps, written before the resolver ran on them; ``tests/data/unseen_routes.csv`` holds
four more (regions ``unseen-*``: the Darién to El Salvador, Izabal through Petén to Veracruz, the
Isthmus to Piedras Negras, Guatemala City along the coast to Juchitán), 69 stops, 33 of them
through names no other table has, their places and a 15 km tolerance written by hand (from
``../shared/reference/places.csv`` where it has them) before the resolver ran on them.  All are
scored, each region apart.
Each route is resolved as one group (``geo.resolve_route``); a stop is right when the
resolved point lies within its tolerance of the intended one.

``--terms`` resolves every route again with each scoring term switched off
(``Resolver(disabled=...)``) and counts, per term, the stops that are right with
every term and wrong without that one (the stops the term decides) and the
stops that are wrong with it and right without (the stops it costs).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.distance import haversine_km  # noqa: E402
from geo.errors import InputErrors  # noqa: E402
from geo.index import GazetteerIndex  # noqa: E402
from geo.resolve import Resolver, Stop, resolve_route  # noqa: E402

TABLE = ROOT / "tests" / "data" / "corridor_routes.csv"
NEWS_TABLE = ROOT / "tests" / "data" / "news_routes.csv"
NEW_TABLE = ROOT / "tests" / "data" / "new_routes.csv"
UNSEEN_TABLE = ROOT / "tests" / "data" / "unseen_routes.csv"
TABLES = (TABLE, NEWS_TABLE, NEW_TABLE, UNSEEN_TABLE)


def load_routes(*paths: Path) -> dict[str, list[dict]]:
    """The routes of the tables (default: :data:`TABLES`), by route id, stops in file order."""
    routes: dict[str, list[dict]] = defaultdict(list)
    for path in paths or TABLES:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                routes[row["route"]].append(row)
    return dict(routes)


def resolve(rows: list[dict], resolver: Resolver) -> list:
    """Resolve one route's stops as one group; ``None`` for a name the gazetteer does not know."""
    stops = [Stop(r["query"], float(r["day"]), r["country"], r["kind"]) for r in rows]
    try:
        return resolve_route(stops, resolver)
    except InputErrors as exc:
        unknown = {p.name for p in exc.problems}
    known = [s for s in stops if s.query not in unknown]
    results = iter(resolve_route(known, resolver))
    return [None if s.query in unknown else next(results) for s in stops]


def misses(rows: list[dict], results) -> list[tuple[dict, object, float]]:
    """The stops resolved farther from the intended place than their tolerance."""
    out = []
    for row, res in zip(rows, results):
        if res is None:
            out.append((row, None, float("inf")))
            continue
        km = haversine_km(res.lat, res.lon, float(row["lat"]), float(row["lon"]))
        if km > float(row["km"]):
            out.append((row, res, km))
    return out


def score_routes(resolver: Resolver, routes: dict[str, list[dict]] | None = None):
    """Per region ``[stops right, stops]``, and every miss as ``(route, row, resolution or None, km)``."""
    routes = routes or load_routes()
    right: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed_all = []
    for route, rows in routes.items():
        missed = misses(rows, resolve(rows, resolver))
        region = rows[0]["region"]
        right[region][0] += len(rows) - len(missed)
        right[region][1] += len(rows)
        missed_all += [(route, row, res, km) for row, res, km in missed]
    return dict(right), missed_all


def print_misses(missed, *, reasons: bool = True) -> None:
    """One line per stop not settled: the place chosen, how far from the intended one, and why."""
    for route, row, res, km in missed:
        if res is None:
            print(f"MISS {route} day {row['day']} {row['query']!r}: unknown")
        else:
            why = f"; {'; '.join(res.reasons)}" if reasons else ""
            print(f"MISS {route} day {row['day']} {row['query']!r}: {res.place.label()} {km:.0f} km from "
                  f"{row['expect']} (conf {res.confidence:.2f}{why})")


def print_regions(right: dict[str, list[int]]) -> None:
    """The per-region table: stops right of stops."""
    print(f"{'region':30}{'stops right':>12}{'stops':>7}")
    for region, (ok, n) in right.items():
        print(f"{region:30}{ok:12}{n:7}")
    print(f"{'all':30}{sum(v[0] for v in right.values()):12}{sum(v[1] for v in right.values()):7}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every stop that misses")
    parser.add_argument("--terms", action="store_true", help="count the stops each scoring term decides")
    parser.add_argument("--table", type=Path, action="append",
                        help="a routes table to score (repeatable; default: the corridor, news and new tables)")
    args = parser.parse_args()
    index = GazetteerIndex.open()
    routes = load_routes(*(args.table or ()))
    right, missed = score_routes(Resolver(index), routes)
    wrong_keys = {(route, row["day"], row["query"]) for route, row, _, _ in missed}
    if args.misses:
        print_misses(missed)
    print_regions(right)
    if args.terms:
        print(f"\n{'term switched off':24}{'stops it decides':>17}{'stops it costs':>15}")
        for term in Resolver.TERMS:
            off = Resolver(index, disabled=frozenset({term}))
            _, missed_off = score_routes(off, routes)
            wrong_off = {(route, row["day"], row["query"]) for route, row, _, _ in missed_off}
            print(f"{term:24}{len(wrong_off - wrong_keys):17}{len(wrong_keys - wrong_off):15}")


if __name__ == "__main__":
    main()
