"""How fast, and in how much memory, ``read_reports`` reads large report tables.

Side by side, on the same synthetic CSV (every row with lat and lon):

- ``routemapper``: ``routes.read_reports`` (decode, parse, validate every row, GeoDataFrame);
- ``pandas``: what an analyst would otherwise write, ``pandas.read_csv`` then
  ``geopandas.points_from_xy``, with no validation at all (the floor);
- ``--compare-with DIR``: ``read_reports`` of another routemapper checkout
  (e.g. ``/work/main``, the version before this change).

Each measurement runs in a fresh process; time is the call alone, memory is
the growth of the peak resident set during the call.  Medians of
``--repeats`` runs are printed.

    python benchmarks/read_reports_speed.py --sizes 10000 100000 1000000 --repeats 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from synthetic_reports import write_reports  # noqa: E402

CALLS = {
    "routemapper": "from routes import read_reports\ndef call(path):\n    return read_reports(path)\n",
    "pandas": (
        "import pandas as pd, geopandas as gpd\n"
        "def call(path):\n"
        "    frame = pd.read_csv(path)\n"
        "    return gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame['lon'], frame['lat']), crs='EPSG:4326')\n"
    ),
}

RUNNER = """
import json, resource, sys, time
{setup}
path = sys.argv[1]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
table = call(path)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": seconds, "rows": len(table), "peak_mb": peak / 1024, "growth_mb": (peak - before) / 1024}}))
"""


def measure(tool: str, path: Path, code_root: Path) -> dict:
    """Run one timed call in a fresh process; return its figures."""
    script = RUNNER.format(setup=CALLS["routemapper" if tool.startswith("routemapper") else tool])
    proc = subprocess.run([sys.executable, "-c", script, str(path)], cwd=code_root, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(code_root)}, check=False)
    if proc.returncode:
        raise SystemExit(f"{tool} failed on {path}:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--compare-with", type=Path, help="another routemapper checkout to time side by side")
    args = parser.parse_args()

    tools = [("routemapper", ROOT), ("pandas", ROOT)]
    if args.compare_with:
        tools.insert(1, (f"routemapper@{args.compare_with}", args.compare_with.resolve()))
    print(f"{'rows':>9}  {'MB':>6}  {'tool':<28} {'median s':>9} {'x pandas':>9} {'peak MB':>8} {'growth MB':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = write_reports(Path(tmp) / f"reports-{size}.csv", size)
            mb = path.stat().st_size / 1e6
            results = {}
            for tool, code_root in tools:
                runs = [measure(tool, path, code_root) for _ in range(args.repeats)]
                assert all(r["rows"] == size for r in runs), f"{tool} lost rows"
                results[tool] = {k: statistics.median(r[k] for r in runs) for k in ("seconds", "peak_mb", "growth_mb")}
            floor = results["pandas"]["seconds"]
            for tool, r in results.items():
                print(f"{size:>9,}  {mb:>6.1f}  {tool:<28} {r['seconds']:>9.2f} {r['seconds'] / floor:>9.1f} "
                      f"{r['peak_mb']:>8.0f} {r['growth_mb']:>10.0f}", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
