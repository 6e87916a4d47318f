"""The functions behind the command line, callable from Python too.

Each command of ``routemapper`` calls exactly one function here (or in
``geo``/``routes``), so an analyst can script what the shell does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geo.atomic import atomic_write, refuse_input_as_output
from geo.errors import InputError
from geo.paths import CARAVANS_DIR

from .outputs import check_output

Progress = Callable[[str], None]


#: The kind of note (not a warning) :func:`build_map` gives about a leg faster than walking that a vehicle makes possible.
RIDDEN = "legs allowed by a vehicle the report names"

#: Most warnings of each kind :func:`build_map` lists (``routemapper build --max-warnings``); past it, how many more.
MAX_WARNINGS = 20


@dataclass
class BuildResult:
    """What :func:`build_map` wrote and what a person should check.

    ``warnings``: places placed with low confidence, and legs faster than a
    group travels (:func:`routes.pace.pace_summary`), each naming its rows:
    the first ``max_warnings`` of each kind.  ``notes``: legs faster than
    walking that a vehicle the reports name makes possible, each saying so
    (the first ``max_warnings``).  ``unlisted``: for each kind with more than
    that, what they are (``"places placed with low confidence"``, ``"legs
    faster than a group travels"``, ``"legs allowed by a vehicle the report
    names"``) and how many were not listed.
    """

    output: Path | None
    routes: object
    html_bytes: int
    warnings: list[str] = field(default_factory=list)
    png: Path | None = None
    png_bytes: int = 0
    unlisted: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _low_confidence_warnings(routes, limit: int | None = None) -> tuple[list[str], int]:
    """The first ``limit`` places placed with low confidence (all when ``None``), and how many there are."""
    low = routes.low_confidence()
    return [
        f"{r.file}, row {r.row}: {r.place!r} placed at {r.resolved_name} with low confidence "
        f"({r.geo_confidence:.2f}): {r.geo_reasons}"
        for r in (low if limit is None else low.head(max(limit, 0))).itertuples()
    ], len(low)


def build_map(
    reports: Sequence[str | Path],
    output: str | Path | None,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    credits: str | None = None,
    self_contained: bool = True,
    encoding: str | None = None,
    geocoder: str = "embedded",
    user_agent: str = "",
    geocoder_url: str = "",
    png: str | Path | None = None,
    png_size: tuple[int, int] = (1200, 800),
    lang: str = "en",
    max_warnings: int | None = MAX_WARNINGS,
) -> BuildResult:
    """Read report files, build the routes and write the HTML map and/or a PNG atomically.

    ``output`` is the HTML map, ``png`` a static picture of ``png_size``
    pixels (:func:`maps.static_image.render_png`); give either or both, named
    ``.html``/``.htm`` and ``.png`` (:func:`maps.outputs.check_output`).  Both
    are drawn before either is written, so a drawing error writes nothing; if
    the PNG cannot be written, the HTML map already is (the error names the PNG).
    The HTML map inlines Leaflet (``self_contained=True``, the default) so it
    works with no network; ``self_contained=False`` links it from a CDN.
    ``lang`` (``"en"``, ``"es"``) is the language of the HTML page and the PNG.
    ``geocoder="nominatim"`` (with ``user_agent``, optionally ``geocoder_url``)
    looks the places up online instead of in the offline gazetteer.
    ``max_warnings`` caps the warnings listed of each kind (``None``: every
    one); the result says how many more there are (``unlisted``).
    """
    from routes import build_routes, read_many

    if output is None and png is None:
        raise InputError("nothing to write", hint="give -o map.html, --png map.png, or both")
    refuse_input_as_output(output, reports)
    refuse_input_as_output(png, reports)
    check_output(output, "html", "-o", instead={"png": "--png {path}"})
    check_output(png, "png", "--png", instead={"html": "-o {path}"})
    reports_table = read_many(reports, encoding=encoding)
    routes = build_routes(reports_table, resolver=resolver_for(geocoder, user_agent=user_agent, url=geocoder_url))
    del reports_table  # the routes hold the located reports: the table read is not kept under the map's peak
    m = picture = None
    if output is not None:
        from .render import render_map

        m = render_map(routes, title=title, subtitle=subtitle, credits=credits, self_contained=self_contained, lang=lang)
    if png is not None:
        from .static_image import png_bytes

        picture = png_bytes(routes, title=title, subtitle=subtitle, credits=credits, size=png_size, lang=lang)
    size = 0
    if m is not None:
        from .save import save_map

        size = save_map(m, output)
    if picture is not None:
        atomic_write(png, picture)
    from routes.pace import pace_summary

    pace = pace_summary(routes, max_warnings)
    low, low_total = _low_confidence_warnings(routes, max_warnings)
    unlisted = {kind: total - len(listed) for kind, listed, total in (
        ("places placed with low confidence", low, low_total),
        ("legs faster than a group travels", pace.warnings, pace.total),
        (RIDDEN, pace.ridden, pace.ridden_total)) if total > len(listed)}
    return BuildResult(Path(output) if output is not None else None, routes, size,
                       low + pace.warnings, Path(png) if png is not None else None, len(picture or b""), unlisted,
                       pace.ridden)


def sample_files() -> list[Path]:
    """The sample caravan files shipped in ``data/caravans/``."""
    files = sorted(CARAVANS_DIR.glob("*.csv"))
    if not files:
        raise InputError(f"no sample caravans in {CARAVANS_DIR}", hint="run from a checkout of routemapper")
    return files


def demo_maps(outdir: str | Path, *, self_contained: bool = True, progress: Progress | None = None,
              png: bool = False, lang: str = "en") -> list[Path]:
    """Write one map per sample caravan and one of all of them into ``outdir``; return the paths.

    ``png=True`` also writes a PNG beside each map (``all-caravans.png`` etc.); ``lang`` is the
    language of the pages (``"en"``, ``"es"``).
    """
    from .i18n import catalogue
    from .names import display_name, written_places

    words = catalogue(lang)
    from routes import build_routes, read_many

    from .render import render_map
    from .save import save_map

    say = progress or (lambda message: None)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)  # the folder demo is told to fill
    files = sample_files()
    say(f"reading {len(files)} sample caravans")
    routes = build_routes(read_many(files))
    written = []
    for caravan_id in routes.caravans:
        say(f"drawing {caravan_id}")
        one = routes.caravan(caravan_id)
        title = display_name(caravan_id, words, places=written_places(one.reports))
        m = render_map(one, title=title, subtitle=_span(one, words), self_contained=self_contained, lang=lang)
        path = outdir / f"{caravan_id}.html"
        save_map(m, path)
        written.append(path)
        if png:
            written.append(_demo_png(one, outdir / f"{caravan_id}.png", title, _span(one, words), lang))
    say("drawing all caravans together")
    title = words.text("demo.title_all")
    subtitle = words.text("demo.subtitle_all", caravans=len(routes.caravans), reports=len(routes.reports))
    m = render_map(routes, title=title, subtitle=subtitle, self_contained=self_contained, lang=lang)
    path = outdir / "all-caravans.html"
    save_map(m, path)
    written.append(path)
    if png:
        written.append(_demo_png(routes, outdir / "all-caravans.png", title, subtitle, lang))
    return written


def _demo_png(routes, path: Path, title: str, subtitle: str, lang: str = "en") -> Path:
    from .static_image import render_png

    return render_png(routes, path, title=title, subtitle=subtitle, lang=lang)


def _span(routes, words) -> str:
    r = routes.reports
    return words.text("demo.span", dates=words.dates(r["date_start"].min(), r["date_end"].max()), n=len(r))


_LATLON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


def parse_near(text: str, *, resolver=None) -> tuple[float, float] | None:
    """``"14.9,-92.3"`` or a place name -> ``(lat, lon)``; empty -> ``None``."""
    if not text.strip():
        return None
    match = _LATLON.match(text)
    if match:
        lat, lon = float(match.group(1)), float(match.group(2))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise InputError(f"--near {text!r} is out of range: expected LAT,LON in degrees")
        return lat, lon
    from geo.resolve import geocode

    res = geocode(text, resolver=resolver)
    return res.lat, res.lon


def resolver_for(geocoder: str = "embedded", *, user_agent: str = "", url: str = ""):
    """The resolver for a ``--geocoder`` choice: ``None`` (the embedded default) or an online one."""
    if geocoder in ("", "embedded"):
        if user_agent or url:
            raise InputError("--user-agent and --geocoder-url only apply to an online geocoder",
                             hint="add --geocoder nominatim, or leave them out")
        return None
    from geo.online import online_resolver

    return online_resolver(geocoder, user_agent=user_agent, url=url)


def geocode_names(
    names: Sequence[str],
    *,
    country: str = "",
    near: str = "",
    kind: str = "",
    progress: Progress | None = None,
    geocoder: str = "embedded",
    user_agent: str = "",
    geocoder_url: str = "",
    tick: Callable[[int], None] | None = None,
    source: str = "",
    source_rows: Sequence[int] | None = None,
) -> list[dict]:
    """Resolve each name; return one record each, in input order.

    A known name's record is ``Resolution.to_dict()`` with ``status`` ``"found"``;
    an unknown name's has ``status`` ``"unknown"``, empty place fields, the
    ``suggestions`` the gazetteer offers and the ``error`` (the
    :class:`geo.PlaceNotFound`, which names the row in ``source``, e.g.
    ``<stdin>``: ``source_rows[i]`` for ``names[i]``, or its 1-based position).
    One unknown name never costs the others their answers.  Names are looked up
    in the embedded gazetteer unless ``geocoder`` names an online service;
    ``tick(1)`` is called after each name (progress bars).
    """
    from geo.errors import PlaceNotFound, Where
    from geo.resolve import Context, default_resolver

    resolver = resolver_for(geocoder, user_agent=user_agent, url=geocoder_url) or default_resolver()
    point = parse_near(near, resolver=resolver)
    ctx = Context(country=country, kind=kind, near=((point[0], point[1], None),) if point else ())
    out = []
    rows = list(source_rows) if source_rows is not None else list(range(1, len(names) + 1))
    for row, name in zip(rows, names):
        try:
            out.append({**resolver.resolve(name, ctx, where=Where(source, row) if source else None).to_dict(),
                        "status": "found"})
        except PlaceNotFound as exc:
            # Coordinates are what the name is asked for: point elsewhere.
            fallback = ("add the country with --country" if geocoder != "embedded" else
                        "ask an online geocoder: --geocoder nominatim --user-agent YOU@EXAMPLE.ORG")
            error = PlaceNotFound(exc.name, where=exc.where if exc.where.file else None,
                                  suggestions=exc.suggestions, fallback=fallback)
            out.append(unknown_record(name, error))
        if tick:
            tick(1)
    return out


def unknown_record(name: str, error: Exception) -> dict:
    """The record ``geocode`` gives a name it does not know: the same fields, empty, and why."""
    return {
        "query": name, "status": "unknown", "name": None, "lat": None, "lon": None, "country": None,
        "admin1": None, "feature": None, "precision": None, "precision_m": None, "population": None,
        "match": None, "confidence": None, "ambiguous": None, "reasons": [], "source": None, "candidates": [],
        "suggestions": list(getattr(error, "suggestions", ())), "error": error,
    }


#: The questions ``routemapper query`` answers, each a RouteSet query.
QUESTIONS: tuple[str, ...] = (
    "stats", "segments", "checkpoints", "reports", "stops", "position", "near", "passed-through", "crossings",
    "size-timeline", "low-confidence", "summary",
)

_SHOWN = {
    "segments": ["caravan", "leg", "from_place", "to_place", "start", "end", "days", "km", "km_per_day",
                 "size_start_low", "size_start_high", "size_end_low", "size_end_high", "from_country",
                 "to_country", "approximate"],
    "checkpoints": ["caravan", "date", "place", "resolved_name", "resolved_country", "kind", "count", "source"],
    "reports": ["caravan", "date", "place", "resolved_name", "resolved_country", "kind", "count", "count_low",
                "count_high", "lat", "lon", "geo_confidence"],
    "position": ["caravan", "date", "status", "place", "from_place", "to_place", "leg", "fraction",
                 "fraction_low", "fraction_high", "lat", "lon", "stretch_km", "approximate", "stretch"],
    "near": ["caravan", "date", "place", "resolved_name", "kind", "count", "km_from_place"],
    "crossings": ["caravan", "leg", "from_place", "from_country", "to_place", "to_country", "start", "end",
                  "days", "km", "approximate"],
}


def answer_query(
    reports: Sequence[str | Path],
    question: str,
    *,
    caravan: str | None = None,
    start: str | None = None,
    end: str | None = None,
    date: str | None = None,
    place: str | None = None,
    km: float | None = None,
    country: str = "",
    encoding: str | None = None,
    lang: str = "en",
):
    """Build the routes of ``reports`` and answer one :data:`QUESTIONS` as a (Geo)DataFrame.

    ``caravan``, ``start`` and ``end`` narrow the routes first
    (``RouteSet.caravan``, ``.between``); ``date`` is the day for
    ``position``; ``place``, ``km`` and ``country`` are for ``near`` and
    ``passed-through``; ``lang`` is the language of ``summary``
    (``RouteSet.describe``).  Raises :class:`geo.InputError` for a missing option.
    """
    from routes import build_routes, read_many

    if question not in QUESTIONS:
        raise InputError(f"unknown question {question!r}", hint=f"ask one of: {', '.join(QUESTIONS)}")
    if question == "summary":
        from .i18n import check_lang

        check_lang(lang)
    needs = {"position": ("date",), "near": ("place",), "passed-through": ("place",)}.get(question, ())
    given = {"date": date, "place": place}
    missing = [n for n in needs if not given[n]]
    if missing:
        raise InputError(f"'{question}' needs --{missing[0]}",
                         hint={"date": "e.g. --date 2021-01-17", "place": "e.g. --place Esquipulas --km 10"}[missing[0]])
    routes = build_routes(read_many(reports, encoding=encoding))
    if caravan:
        routes = routes.caravan(caravan)
    if start or end:
        routes = routes.between(start or None, end or None)
    if question == "stats":
        return routes.stats()
    if question in ("segments", "checkpoints", "reports"):
        return getattr(routes, question)
    if question == "stops":
        return routes.stops()
    if question == "position":
        if caravan:
            one = routes.position(date)  # a Caravan: raises when it was not under way that day
            return _position_frame(one)
        return routes.positions(date)
    if question == "near":
        return routes.near(place, km=10.0 if km is None else km, country=country).reports
    if question == "passed-through":
        return routes.passed_through(place, km=5.0 if km is None else km, country=country).stats()
    if question == "crossings":
        return routes.crossings()
    if question == "size-timeline":
        return routes.size_timeline()
    if question == "summary":
        import pandas as pd

        texts = routes.describe(lang)
        return pd.DataFrame({"caravan": texts.index, "summary": texts.to_numpy()})
    return routes.low_confidence()


def _position_frame(position):
    import geopandas as gpd

    record = {k: getattr(position, k) for k in position.__dataclass_fields__}
    return gpd.GeoDataFrame([record], geometry=[position.point], crs="EPSG:4326")


def format_answer(table, question: str, fmt: str) -> str:
    """Render a query's answer as ``table`` (aligned text), ``csv`` (formula-safe: :mod:`geo.csvsafe`), ``json`` or ``geojson``."""
    import json

    import pandas as pd
    import shapely

    geometry = table.geometry.values if hasattr(table, "geometry") and "geometry" in table else None
    frame = pd.DataFrame(table)
    cols = [c for c in _SHOWN.get(question, list(frame.columns)) if c in frame.columns and c != "geometry"]
    frame = frame[cols].copy()
    for col in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[col]):
            frame[col] = frame[col].dt.strftime("%Y-%m-%d")
        elif frame[col].dtype == object and len(frame) and any(hasattr(v, "geom_type") for v in frame[col]):
            frame[col] = shapely.to_wkt(frame[col].to_numpy(), rounding_precision=6)
    if fmt == "geojson":
        if geometry is None:
            raise InputError(f"'{question}' has no geometry to write as GeoJSON", hint="use --format json or csv")
        import geopandas as gpd

        return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326").to_json(na="null", drop_id=True) + "\n"
    if fmt == "csv":
        from geo.csvsafe import neutralise_frame

        return neutralise_frame(frame).to_csv(index=False, lineterminator="\n")
    if fmt == "json":
        return json.dumps(json.loads(frame.to_json(orient="records", double_precision=6)), ensure_ascii=False,
                          indent=2) + "\n"
    if frame.empty:
        return "(no rows)\n"
    if question == "summary":  # text, not a table: one paragraph per caravan
        return "\n".join(f"{row.caravan}: {row.summary}\n" for row in frame.itertuples())
    shown = frame.drop(columns=[c for c in ("stretch",) if c in frame.columns])
    for col in shown.columns:
        if shown[col].dtype.kind == "f":
            sizes = col in ("low", "high", "joined") or col.endswith(("_low", "_high"))
            spec = ".5f" if col in ("lat", "lon") else ".3f" if col.startswith(("fraction", "geo_")) else ",.0f" \
                if sizes else ",.1f"
            shown[col] = [("" if v != v else format(v, spec)) for v in shown[col].tolist()]
    return shown.to_string(index=False) + "\n"


def query_text(reports: Sequence[str | Path], question: str, *, fmt: str = "table", **options) -> str:
    """Answer one query on report files and render it (see :func:`answer_query`, :func:`format_answer`)."""
    return format_answer(answer_query(reports, question, **options), question, fmt)


def export_routes(reports: Sequence[str | Path], output: str | Path, *, layer: str | None = None,
                  encoding: str | None = None) -> Path:
    """Build the routes of ``reports`` and write them by suffix (``RouteSet.to_file``)."""
    from routes import build_routes, read_many
    from routes.export import SUFFIXES

    refuse_input_as_output(output, reports)
    if Path(output).suffix.lower() not in SUFFIXES:
        raise InputError(f"{output}: cannot tell the format from the suffix {Path(output).suffix or '(none)'!r}",
                         hint="name the file .gpkg, .geojson, .parquet or .csv")
    return build_routes(read_many(reports, encoding=encoding)).to_file(output, layer=layer)
