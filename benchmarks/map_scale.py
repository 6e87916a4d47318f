"""Map pages at scale: routemapper's render_map and ``routemapper build`` against plain folium, same run.

For each size (default 1,000, 10,000 and 100,000 synthetic reports from
``synthetic_reports.py``, lat/lon given) two tables are made: one caravan per
1,000 reports, and "many": ``max(1000, n // 100)`` caravans (1,000 caravans of
100 reports at 100,000; 10,000 of 100 at 1,000,000), where any cost that grows
with reports x caravans would show.  For each:

- routemapper: ``render_map(routes)`` + ``save_map`` (``build``; reading and
  building the routes is shared and not timed there), the page's size, its
  ``load``; and ``cli``: ``routemapper build reports.csv -o map.html`` end to
  end in a fresh process (reading, geocoding check, routes, page), with that
  process's peak resident memory;
- plain folium (the few-caravan table, up to ``--folium-max`` reports): one
  ``folium.CircleMarker`` with a ``folium.Popup`` (the same fields,
  HTML-escaped) per report, then ``Map.save``: what a user would otherwise write.

``build`` and ``MB`` are for the default (CDN) page.  ``load`` opens a copy with
Leaflet inlined (there is no network here; folium's copy also inlines the
jQuery its popups need, :func:`folium_inline`) in headless Chromium
(tests/browser.py) and measures, for both tools alike, from navigation start to
two animation frames after the page is ready, read with ``performance.now()``.
"Ready" is our first view as a reader sees it: the reports' routes, circles and
symbols drawn and the names of stops and countries placed, with the header,
legend, controls and slider (``firstViewAt``; a big map paints Python's
overview before it, and is ready once its reports are drawn and named in its
place), or folium's load event (its markers are drawn by its inline script).
chromedriver's ``get`` returns only after the load event, for both tools: a
small map of ours draws its first view in the task that runs its script, before
its load event, so both pages end at the same point, the load event, one
WebDriver call and two frames; a big map's first view comes after its load
event (its blocks are inflated asynchronously), and then it ends two frames
after that view.  What our first view leaves out comes after it in the
browser's idle time (maps/static/later.js): the country outlines and the symbol
markers (focusable, titled: they cover the symbols the first view painted);
``detail`` is two frames after they are on the map too (``drawn``).  ``first
drawn`` is the page's own mark of its first drawing (``firstDrawnAt``: a big
map's overview, else its first view; read once the page is idle: on a
1,000,000-report page the frames after the overview wait for the detail's
decoding, which starts two frames after the overview is drawn, so a polled
figure would be late there).  Medians of ``--repeat`` runs; sizes from
``--once-from`` reports run once.  Usage::

    .venv/bin/python benchmarks/map_scale.py --sizes 1000 10000 100000 1000000 --repeat 3
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


#: jQuery for the inlined folium page (Debian's libjs-jquery): folium writes each popup's content with ``$(...)``.
JQUERY = Path("/usr/share/javascript/jquery/jquery.min.js")


def folium_inline(m) -> None:
    """Inline what a plain folium page of circle markers with popups needs to draw with no network.

    Leaflet (as our pages inline it) and jQuery: folium makes each popup's
    content with ``$(...)``, so without jQuery its script stops at the first
    popup and only one marker is drawn (its Bootstrap and Font Awesome files
    style nothing these markers use, and are left out).
    """
    from maps.assets import InlineScript, InlineStyle, leaflet_css, leaflet_js

    if not JQUERY.is_file():
        raise SystemExit(f"{JQUERY} is missing: apt-get install libjs-jquery (folium's popups need jQuery)")
    m.default_js, m.default_css = [], []
    header = m.get_root().header
    header.add_child(InlineStyle(leaflet_css()), name="leaflet_css")
    header.add_child(InlineScript(leaflet_js()), name="leaflet")
    header.add_child(InlineScript(JQUERY.read_text(encoding="utf-8")), name="jquery")


def plain_folium(reports, path: Path, *, inline: bool = False) -> None:
    import folium

    m = folium.Map(location=(15.0, -90.0), zoom_start=6)
    if inline:
        folium_inline(m)
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


def load_seconds(driver, path: Path, ready: str, timeout: float = 600.0, navigate: bool = True) -> float:
    """Navigation start to two animation frames after ``ready`` (a JS expression) is true.

    Canvas and SVG drawing is rasterised when a frame is produced, so the
    second frame after the layers were drawn is when a reader sees them.
    """
    if navigate:
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


#: Our first view: the reports (a big map's, after its overview) drawn, with the names of stops and countries.
OURS_READY = ("window.routemapper && routemapper.firstMap() && "
              "routemapper.state.maps[L.stamp(routemapper.firstMap())].firstViewAt")
#: Everything of our first view on the map: the first view, then the outlines and the symbol markers.
OURS_DETAIL = ("window.routemapper && routemapper.firstMap() && "
               "routemapper.state.maps[L.stamp(routemapper.firstMap())].drawn")
#: The page's own mark of its first drawing (ms from navigation start): the overview of a big map, or its first view.
OURS_MARK = "routemapper.state.maps[L.stamp(routemapper.firstMap())].firstDrawnAt"
FOLIUM_READY = "document.readyState === 'complete'"
#: How many markers folium's page drew (checked against the reports: a page whose script stopped early is not timed).
FOLIUM_DRAWN = "return document.querySelectorAll('path.leaflet-interactive').length;"
#: Both pages ask a tile server for tiles; this machine reaches none, and its resolver sometimes answers only
#: after a ~5 s timeout, which stalled the pages' frames in some runs and not others (0.7 s or 5.4 s for the
#: same 10k page). Every host name fails at once for both tools: a page with no network, measured alike.
NO_TILE_HOSTS = ("--host-resolver-rules=MAP * ~NOTFOUND",)


def cli_build(csv_path: Path, page: Path) -> tuple[float, float]:
    """``routemapper build csv -o page`` in a fresh process: (wall seconds, that process's peak MB).

    The peak comes from GNU time (``/usr/bin/time -f %M``), which starts the build from its own small
    process: a child forked straight from this benchmark (which holds the folium pages and the data)
    reports a high-water mark that includes the pages it shared with its parent (1,902 MB where the
    build alone peaks at 500 MB). Without GNU time the peak is not reported (NaN).
    """
    import subprocess
    import tempfile

    exe = Path(sys.executable).with_name("routemapper")
    gnu_time = Path("/usr/bin/time")
    command = [str(exe), "build", str(csv_path), "-o", str(page), "--cdn"]
    with tempfile.TemporaryDirectory() as folder:
        peak_file = Path(folder) / "peak-kb"
        if gnu_time.is_file():
            command = [str(gnu_time), "-f", "%M", "-o", str(peak_file), *command]
        t = time.perf_counter()
        proc = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        seconds = time.perf_counter() - t
        if proc.returncode != 0:
            raise SystemExit(f"routemapper build {csv_path} failed:\n{proc.stderr.decode('utf-8', 'replace')}")
        text = peak_file.read_text().strip().splitlines() if peak_file.is_file() else []
    peak_mb = int(text[-1]) / 1024 if text and text[-1].isdigit() else float("nan")
    return seconds, peak_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--once-from", type=int, default=100000, help="sizes from this run once")
    parser.add_argument("--folium-max", type=int, default=100000, help="largest size to run folium on")
    parser.add_argument("--tools", nargs="+", default=["routemapper", "folium"], choices=["routemapper", "folium"])
    parser.add_argument("--no-many", action="store_true", help="skip the many-caravan tables")
    args = parser.parse_args()

    from routes import build_routes, read_reports

    rows = []
    with tempfile.TemporaryDirectory(prefix="rm-mapscale-") as tmp:
        tmp = Path(tmp)
        for n in args.sizes:
            repeat = 1 if n >= args.once_from else args.repeat
            shapes = [("few", 1000)] + ([] if args.no_many else [("many", n // max(1000, n // 100) or 1)])
            for label, per in shapes:
                csv_path = write_reports(tmp / f"r{n}-{per}.csv", n, per_caravan=per)
                routes = build_routes(read_reports(csv_path))
                result = {"n": n, "shape": label, "caravans": len(routes.caravans)}
                for tool, fn, data, ready in (("routemapper", ours, routes, OURS_READY),
                                              ("folium", plain_folium, routes.reports, FOLIUM_READY)):
                    if tool not in args.tools or (tool == "folium" and (label != "few" or n > args.folium_max)):
                        continue
                    page, inline_page = tmp / f"{tool}-{n}.html", tmp / f"{tool}-{n}-inline.html"
                    result[tool, "build"] = statistics.median(timed(fn, data, page) for _ in range(repeat))
                    result[tool, "bytes"] = page.stat().st_size
                    fn(data, inline_page, inline=True)
                    loads, details, marks = [], [], []
                    for _ in range(repeat):
                        with chromium(1200, 800, flags=NO_TILE_HOSTS) as driver:
                            loads.append(load_seconds(driver, inline_page, ready))
                            if tool == "routemapper":
                                details.append(load_seconds(driver, inline_page, OURS_DETAIL, navigate=False))
                                marks.append(float(driver.execute_script(f"return {OURS_MARK};")) / 1000.0)
                            elif (drawn := driver.execute_script(FOLIUM_DRAWN)) != len(data):
                                raise SystemExit(f"folium's page drew {drawn} of {len(data)} markers: not timed")
                    result[tool, "load"] = statistics.median(loads)
                    if details:
                        result[tool, "detail"] = statistics.median(details)
                        result[tool, "mark"] = statistics.median(marks)
                    page.unlink()
                    inline_page.unlink()
                    if tool == "routemapper":
                        cli = [cli_build(csv_path, tmp / "cli.html") for _ in range(repeat)]
                        result["cli"] = statistics.median(c[0] for c in cli)
                        result["cli_mb"] = max(c[1] for c in cli)
                        (tmp / "cli.html").unlink()
                    print(f"  {n:>9,} {label:<4} {result['caravans']:>6,} caravans {tool:<11} "
                          f"build {result[tool, 'build']:7.2f} s  {result[tool, 'bytes'] / 1e6:7.2f} MB  "
                          f"load {result[tool, 'load']:6.2f} s"
                          + (f"  first drawn (page's mark) {result[tool, 'mark']:6.2f} s"
                             f"  detail {result[tool, 'detail']:6.2f} s  cli build {result['cli']:6.2f} s "
                             f"peak {result['cli_mb']:5.0f} MB" if tool == "routemapper" else ""),
                          file=sys.stderr, flush=True)
                csv_path.unlink()
                del routes
                rows.append(result)

    o, f = "routemapper", "folium"
    print("| reports | caravans | routemapper build | folium build | ratio | routemapper MB | folium MB | ratio "
          "| routemapper first view | first drawn (page's mark) | detail | folium load | ratio "
          "| `routemapper build` (CLI) | CLI peak MB |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        if (o, "build") not in r:
            continue
        has_f = (f, "build") in r
        fb = f"{r[f, 'build']:.2f} s | {r[f, 'build'] / r[o, 'build']:.0f}x" if has_f else "- | -"
        fm = f"{r[f, 'bytes'] / 1e6:.2f} | {r[f, 'bytes'] / r[o, 'bytes']:.1f}x" if has_f else "- | -"
        fl = f"{r[f, 'load']:.2f} s | {r[f, 'load'] / r[o, 'load']:.1f}x" if has_f else "- | -"
        print(f"| {r['n']:,} | {r['caravans']:,} | {r[o, 'build']:.2f} s | {fb} | {r[o, 'bytes'] / 1e6:.2f} | {fm} "
              f"| {r[o, 'load']:.2f} s | {r[o, 'mark']:.2f} s | {r[o, 'detail']:.2f} s | {fl} | {r['cli']:.2f} s "
              f"| {r['cli_mb']:.0f} |")


if __name__ == "__main__":
    main()
