"""Load test: N reports through read, build, query and map, with time and peak memory per stage.

All stages run in one process, one after another, as a newsroom's job would:

- read:  ``read_reports`` on a synthetic CSV (lat/lon given, 1,000 reports a caravan);
- build: ``build_routes`` (locating, stops, segments with geodesic km);
- query: ``stats()``, ``positions(day)``, ``near((lat, lon), 25)``, ``crossings()``,
  ``size_timeline()``;
- map:   ``render_map`` and ``save_map`` (skipped with ``--no-map``).

Peak memory is the process's resident high-water mark (``ru_maxrss``) after
each stage, so it only grows; issue 14's bound is 2 GB at 1,000,000 reports end to end,
and the query stage's 5 s.
Usage::

    .venv/bin/python benchmarks/load_stages.py --rows 1000000
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def peak_mb() -> float:
    """The process's peak resident memory so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--no-map", action="store_true", help="skip the map stage")
    args = parser.parse_args()

    from routes import build_routes, read_reports

    work = Path(tempfile.mkdtemp(prefix="rm-load-"))
    csv_path = work / "reports.csv"
    # Written by a child process, so that making the data does not count in this one's peak.
    subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(HERE)!r});"
                    f"from synthetic_reports import write_reports; write_reports({str(csv_path)!r}, {args.rows})"],
                   check=True)
    print(f"{args.rows:,} reports, {csv_path.stat().st_size / 1e6:.0f} MB of CSV; start {peak_mb():.0f} MB")
    print(f"{'stage':<8} {'seconds':>8} {'peak MB':>8}  detail")

    def stage(name: str, func):
        t0 = time.perf_counter()
        result, detail = func()
        print(f"{name:<8} {time.perf_counter() - t0:8.2f} {peak_mb():8.0f}  {detail}", flush=True)
        return result

    reports = stage("read", lambda: (r := read_reports(csv_path), f"{len(r):,} rows"))
    routes = stage("build", lambda: (b := build_routes(reports), f"{len(b.segments):,} segments"))
    del reports

    def ask():
        day = routes.reports["date_start"].min() + (routes.reports["date_end"].max() - routes.reports["date_start"].min()) / 2
        answers = {
            "stats": len(routes.stats()),
            "positions": len(routes.positions(day.strftime("%Y-%m-%d"))),
            "near": len(routes.near((15.0, -90.5), 25).reports),
            "crossings": len(routes.crossings()),
            "size_timeline": len(routes.size_timeline()),
        }
        return answers, ", ".join(f"{k} {v:,}" for k, v in answers.items())

    stage("query", ask)
    if not args.no_map:
        from maps.render import render_map
        from maps.save import save_map

        def draw():
            size = save_map(render_map(routes), work / "map.html")
            return size, f"{size / 1e6:.1f} MB of HTML"

        stage("map", draw)
    print(f"peak {peak_mb():.0f} MB (bound: 2048 MB)")


if __name__ == "__main__":
    main()
