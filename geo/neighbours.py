"""Which countries share a land border (the story's neighbours, :mod:`geo.focus`).

A story set in Mexico may name a town just over the border in Guatemala or the
United States, but not one in the Philippines or the Dominican Republic: a
namesake outside the story's countries and their neighbours is taken only when
nothing else fits.  The table is ``data/outlines/neighbours.csv``, derived from
the country outlines next to it (Natural Earth, :func:`derive_neighbours`) by
``python -m geo.neighbours``: two countries are neighbours when their outlines
come within :data:`TOUCH_DEGREES` of each other.  Countries outside the
outlines' box (the Philippines) have no neighbours in it.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from .paths import DATA_DIR

OUTLINES_FILE = DATA_DIR / "outlines" / "countries.geojson"
NEIGHBOURS_FILE = DATA_DIR / "outlines" / "neighbours.csv"

#: Outlines this close (degrees, about 5 km) touch: the simplified outlines keep one shared border, and an
#: island state a strait away (Cuba from Mexico, 200 km) is no neighbour.
TOUCH_DEGREES = 0.05


def derive_neighbours(outlines: Path = OUTLINES_FILE) -> dict[str, frozenset[str]]:
    """The neighbours of each country of the outlines file (ISO-2 codes), from the geometries (shapely)."""
    import json

    from shapely import STRtree
    from shapely.geometry import shape

    features = json.loads(outlines.read_text(encoding="utf-8"))["features"]
    codes = [f["properties"].get("iso2", "") for f in features]
    shapes = [shape(f["geometry"]) for f in features]
    left, right = STRtree(shapes).query(shapes, predicate="dwithin", distance=TOUCH_DEGREES)
    found: dict[str, set[str]] = {code: set() for code in codes if code}
    for a, b in zip(left, right):
        if codes[a] and codes[b] and codes[a] != codes[b]:
            found[codes[a]].add(codes[b])
    return {code: frozenset(others) for code, others in found.items()}


def write_table(table: Mapping[str, frozenset[str]], path: Path = NEIGHBOURS_FILE) -> None:
    """Write ``table`` as ``country,neighbours`` rows (neighbours joined by ``;``), sorted."""
    from .atomic import atomic_write

    lines = ["country,neighbours"] + [f"{code},{';'.join(sorted(table[code]))}" for code in sorted(table)]
    atomic_write(path, "\n".join(lines) + "\n")


@lru_cache(maxsize=1)
def neighbours() -> Mapping[str, frozenset[str]]:
    """The land neighbours of each country (ISO-2), read from ``data/outlines/neighbours.csv``; a country
    the table does not hold has none."""
    import csv  # (here: a lookup that never asks for a focus imports no csv module, tests/test_cold_start.py)

    with NEIGHBOURS_FILE.open(encoding="utf-8", newline="") as handle:
        return {row["country"]: frozenset(c for c in row["neighbours"].split(";") if c)
                for row in csv.DictReader(handle)}


def region(countries: frozenset[str]) -> frozenset[str]:
    """``countries`` and their land neighbours."""
    table = neighbours()
    return countries.union(*(table.get(c, frozenset()) for c in countries))


if __name__ == "__main__":  # pragma: no cover - the maintainer's command that makes the table
    write_table(derive_neighbours())
    print(f"wrote {NEIGHBOURS_FILE}", file=sys.stderr)
