"""Route building: routemapper against movingpandas, same synthetic data, same run.

Synthetic data: N caravans x K reports (one a day, a random walk in Central
America, lat/lon given so nothing is geocoded), written once as a reports CSV.

- routemapper: ``build_routes(reports)`` on the table ``read_reports`` made
  (locating, stops, segments with geodesic km, days, km/day).  ``read`` is the
  CSV parsing and validation, timed apart.
- movingpandas: ``TrajectoryCollection`` from the same rows (pandas
  ``read_csv`` timed apart), ``add_speed(units=("km", "d"))``, ``to_line_gdf()``.

Each (tool, size) runs in a fresh Python process, so peak memory
(``ru_maxrss``) is that run's alone; times are medians of ``--repeat`` runs
in that process.  Usage::

    .venv/bin/python benchmarks/routes_vs_movingpandas.py --sizes 10000 100000 1000000 \\
        --reports-per-caravan 100 --repeat 3 --mp-max 1000000

Requires the ``bench`` extra (``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE / ".data"


def synthetic_csv(rows: int, per_caravan: int, seed: int = 5) -> Path:
    """Write (once) a reports CSV of ``rows`` reports, ``per_caravan`` a caravan, and return its path."""
    path = DATA / f"synthetic-{rows}-{per_caravan}.csv"
    if path.exists():
        return path
    import pandas as pd

    rng = np.random.default_rng(seed)
    caravans = rows // per_caravan
    step = np.arange(per_caravan)
    lat0, lon0 = rng.uniform(13.0, 17.0, caravans), rng.uniform(-92.0, -86.0, caravans)
    dlat = rng.normal(0.05, 0.15, (caravans, per_caravan)).cumsum(axis=1)
    dlon = rng.normal(-0.08, 0.15, (caravans, per_caravan)).cumsum(axis=1)
    day0 = pd.Timestamp("2018-10-01") + pd.to_timedelta(rng.integers(0, 1500, caravans), unit="D")
    dates = (np.asarray(day0.values)[:, None] + step[None, :] * np.timedelta64(1, "D")).ravel()
    frame = pd.DataFrame({
        "caravan": np.repeat([f"c{i:06d}" for i in range(caravans)], per_caravan),
        "date": pd.DatetimeIndex(dates).strftime("%Y-%m-%d"),
        "place": "",
        "lat": np.round((lat0[:, None] + dlat).ravel(), 5),
        "lon": np.round((lon0[:, None] + dlon).ravel(), 5),
        "kind": "sighting",
        "count": rng.integers(100, 9000, caravans * per_caravan).astype(str),
    })
    DATA.mkdir(exist_ok=True)
    tmp = path.with_suffix(".tmp")
    frame.to_csv(tmp, index=False)
    os.replace(tmp, path)
    return path


def _median_time(func, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def run_one(tool: str, csv_path: Path, repeat: int) -> dict:
    """Measure one tool on one file in this process; return times (s) and peak RSS (MB)."""
    import pandas as pd

    if tool == "routemapper":
        from routes import build_routes, read_reports

        read_s, reports = _median_time(lambda: read_reports(csv_path), 1)
        build_s, routes = _median_time(lambda: build_routes(reports), repeat)
        legs = len(routes.segments)
        check = float(routes.segments["km"].sum())
    else:
        warnings.simplefilter("ignore")
        import movingpandas as mpd

        def load():
            df = pd.read_csv(csv_path, usecols=["caravan", "date", "lat", "lon", "count"])
            df["t"] = pd.to_datetime(df["date"])
            return df

        read_s, df = _median_time(load, 1)

        def build():
            tc = mpd.TrajectoryCollection(df, traj_id_col="caravan", t="t", x="lon", y="lat", crs="EPSG:4326")
            tc.add_speed(overwrite=True, units=("km", "d"))
            return tc.to_line_gdf()

        build_s, lines = _median_time(build, repeat)
        legs = len(lines)
        check = float("nan")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"tool": tool, "read_s": read_s, "build_s": build_s, "legs": legs, "km_total": check, "peak_mb": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--reports-per-caravan", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median); 1 at >= 1M rows")
    parser.add_argument("--mp-max", type=int, default=1_000_000, help="largest size to run movingpandas on")
    parser.add_argument("--one", nargs=2, metavar=("TOOL", "CSV"), help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.one:
        print(json.dumps(run_one(args.one[0], Path(args.one[1]), args.repeat)))
        return

    print(f"| reports | caravans | routemapper read s | routemapper build s | routemapper peak MB "
          f"| movingpandas build s | movingpandas peak MB | build ratio |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for rows in args.sizes:
        csv_path = synthetic_csv(rows, args.reports_per_caravan)
        repeat = 1 if rows >= 1_000_000 else args.repeat
        results = {}
        tools = ["routemapper"] + (["movingpandas"] if rows <= args.mp_max else [])
        for tool in tools:
            out = subprocess.run(
                [sys.executable, __file__, "--one", tool, str(csv_path), "--repeat", str(repeat)],
                capture_output=True, text=True, check=True, env={**os.environ, "ROUTEMAPPER_QUIET": "1"},
            )
            results[tool] = json.loads(out.stdout.strip().splitlines()[-1])
        ours, theirs = results["routemapper"], results.get("movingpandas")
        if theirs and theirs["legs"] != ours["legs"]:
            raise SystemExit(f"leg counts differ at {rows}: {ours['legs']} vs {theirs['legs']}")
        ratio = f"{theirs['build_s'] / ours['build_s']:.0f}x" if theirs else "-"
        mp_cols = f"{theirs['build_s']:.2f} | {theirs['peak_mb']:.0f}" if theirs else "- | -"
        print(f"| {rows:,} | {rows // args.reports_per_caravan:,} | {ours['read_s']:.2f} | {ours['build_s']:.3f} "
              f"| {ours['peak_mb']:.0f} | {mp_cols} | {ratio} |", flush=True)


if __name__ == "__main__":
    main()
