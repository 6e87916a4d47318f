"""Synthetic report tables for benchmarks and size tests: realistic columns, many rows, fast to write."""

from __future__ import annotations

from pathlib import Path

import numpy as np

PLACES = ["Tapachula", "Huixtla", "Escuintla", "Mapastepec", "Pijijiapan", "Tecún Umán", "Esquipulas",
          "Agua Caliente", "Chiquimula", "San Pedro Sula", "km 177, Vado Hondo, Chiquimula", "Arriaga"]
KINDS = ["sighting", "departure", "crossing", "checkpoint", "arrival", "gathering"]
COUNTS = ["", "160", "7,000-8,000", "about 1,000", "as many as 5,300", "thousands", "at least 3,000", "2.000"]


def write_reports(path: str | Path, rows: int, *, seed: int = 0, with_latlon: bool = True,
                  per_caravan: int = 1000) -> Path:
    """Write ``rows`` synthetic reports (one caravan per ``per_caravan`` rows) to ``path`` as CSV; return the path."""
    rng = np.random.default_rng(seed)
    path = Path(path)
    i = np.arange(rows)
    day = np.datetime64("2018-10-12") + (i % 1000) // 20
    lat = np.round(13.0 + rng.random(rows) * 4.0, 5)
    lon = np.round(-93.0 + rng.random(rows) * 5.0, 5)
    place = np.array(PLACES)[rng.integers(0, len(PLACES), rows)]
    kind = np.array(KINDS)[rng.integers(0, len(KINDS), rows)]
    count = np.array(COUNTS)[rng.integers(0, len(COUNTS), rows)]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("caravan,date,place,country,lat,lon,kind,count,source,url,note\n")
        chunk = 200_000
        for a in range(0, rows, chunk):
            b = min(rows, a + chunk)
            lines = [
                f'c{k // per_caravan},{d},"{p}",MX,{la if with_latlon else ""},{lo if with_latlon else ""},{kd},"{c}",'
                f'Synthetic wire,https://example.org/r/{k},row {k}\n'
                for k, d, p, la, lo, kd, c in zip(i[a:b], day[a:b].astype(str), place[a:b], lat[a:b], lon[a:b],
                                                  kind[a:b], count[a:b])
            ]
            out.write("".join(lines))
    return path
