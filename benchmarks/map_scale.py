"""Map pages at scale: routemapper's render_map against plain folium, same reports, same run.

For 1,000, 10,000 and 100,000 synthetic reports (``synthetic_reports.py``:
lat/lon given, one caravan per 1,000 rows) this builds:

- routemapper: ``render_map(routes)`` + ``save_map`` (one canvas layer for every
  caravan, column arrays, a string table, popups built on click);
- plain folium: one ``folium.CircleMarker`` with a ``folium.Popup`` (the same
  fields, HTML-escaped) per report, then ``Map.save``: what a user would
  otherwise write.

``build`` is build + save in the default (CDN) mode, ``MB`` that page's size.
``load`` opens a copy with Leaflet inlined (there is no network here) in
headless Chromium (tests/browser.py) and measures from navigation start to our
layers drawn (routemapper) or to the end of the load event (folium, whose
layers are drawn by its inline script), plus the two animation frames that
rasterise them.  Reading and building the routes is
shared and not timed.  Medians of ``--repeat`` runs; sizes over
``--once-from`` reports run once.  Usage::

    .venv/bin/python benchmarks/map_scale.py --sizes 1000 10000 100000 --repeat 3
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from browser import chromium  # noqa: E402
from synthetic_reports import write_reports  # noqa: E402


def plain_folium(reports, path: Path, *, inline: bool = False) -> None:
    import folium

    from maps.assets import use_assets

    m = folium.Map(location=(15.0, -90.0), zoom_start=6)
    if inline:
        use_assets(m, self_contained=True)
    cols = ["lat", "lon", "date", "place", "kind", "count", "source", "url", "note"]
    for lat, lon, date, place, kind, count, source, url, note in reports[cols].itertuples(index=False):
        text = "<br>".join(html.escape(str(v)) for v in (date, place, kind, count, source, url, note))
        folium.CircleMarker([lat, lon], radius=5, popup=folium.Popup(text, max_width=300)).add_to(m)
    m.save(str(path))


def ours(routes, path: Path, *, inline: bool = False) -> None:
    from maps import render_map, save_map

    save_map(render_map(routes, title="Synthetic", self_contained=inline), path)


def timed(fn, *args, **kwargs) -> float:
    t = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - t


def load_seconds(driver, path: Path, ready: str, timeout: float = 600.0) -> float:
    """Navigation start to two animation frames after ``ready`` (a JS expression) is true.

    Canvas and SVG drawing is rasterised when a frame is produced, so the
    second frame after the layers were drawn is when a reader sees them.
    """
    driver.set_page_load_timeout(timeout)
    driver.set_script_timeout(timeout)
    driver.get(path.resolve().as_uri())
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if driver.execute_script(f"return !!({ready});"):
            ms = driver.execute_async_script(
                "var done = arguments[0];"
                "requestAnimationFrame(function () { requestAnimationFrame(function () { done(performance.now()); }); });")
            return float(ms) / 1000.0
        time.sleep(0.02)
    raise TimeoutError(f"{path}: never ready")


OURS_READY = ("window.routemapper && routemapper.firstMap() && "
              "routemapper.state.maps[L.stamp(routemapper.firstMap())].firstDrawnAt")
FOLIUM_READY = "document.readyState === 'complete'"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--once-from", type=int, default=100000, help="sizes from this run once")
    parser.add_argument("--tools", nargs="+", default=["routemapper", "folium"], choices=["routemapper", "folium"])
    args = parser.parse_args()

    from routes import build_routes, read_reports

    rows = []
    with tempfile.TemporaryDirectory(prefix="rm-mapscale-") as tmp:
        tmp = Path(tmp)
        for n in args.sizes:
            routes = build_routes(read_reports(write_reports(tmp / f"r{n}.csv", n)))
            reports = routes.reports
            repeat = 1 if n >= args.once_from else args.repeat
            result = {"n": n}
            for tool, fn, data, ready in (("routemapper", ours, routes, OURS_READY),
                                          ("folium", plain_folium, reports, FOLIUM_READY)):
                if tool not in args.tools:
                    continue
                page, inline_page = tmp / f"{tool}-{n}.html", tmp / f"{tool}-{n}-inline.html"
                result[tool, "build"] = statistics.median(timed(fn, data, page) for _ in range(repeat))
                result[tool, "bytes"] = page.stat().st_size
                fn(data, inline_page, inline=True)
                loads = []
                for _ in range(repeat):
                    with chromium(1200, 800) as driver:
                        loads.append(load_seconds(driver, inline_page, ready))
                result[tool, "load"] = statistics.median(loads)
                print(f"  {n:>7,} {tool:<11} build {result[tool, 'build']:7.2f} s  "
                      f"{result[tool, 'bytes'] / 1e6:7.2f} MB  load {result[tool, 'load']:6.2f} s", file=sys.stderr)
            rows.append(result)

    print("| reports | routemapper build | folium build | ratio | routemapper MB | folium MB | ratio "
          "| routemapper load | folium load | ratio |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        o, f = "routemapper", "folium"
        if (f, "build") not in r or (o, "build") not in r:
            continue
        print(f"| {r['n']:,} | {r[o, 'build']:.2f} s | {r[f, 'build']:.2f} s | {r[f, 'build'] / r[o, 'build']:.0f}x "
              f"| {r[o, 'bytes'] / 1e6:.2f} | {r[f, 'bytes'] / 1e6:.2f} | {r[f, 'bytes'] / r[o, 'bytes']:.1f}x "
              f"| {r[o, 'load']:.2f} s | {r[f, 'load']:.2f} s | {r[f, 'load'] / r[o, 'load']:.1f}x |")


if __name__ == "__main__":
    main()
