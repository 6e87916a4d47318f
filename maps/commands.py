"""The functions behind the command line, callable from Python too.

Each command of ``routemapper`` calls exactly one function here (or in
``geo``/``routes``), so an analyst can script what the shell does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import InputError
from geo.paths import CARAVANS_DIR

Progress = Callable[[str], None]


@dataclass
class BuildResult:
    """What :func:`build_map` wrote and what a person should check."""

    output: Path
    routes: object
    html_bytes: int
    warnings: list[str] = field(default_factory=list)


def _low_confidence_warnings(routes) -> list[str]:
    low = routes.low_confidence()
    return [
        f"{r.file}, row {r.row}: {r.place!r} placed at {r.resolved_name} with low confidence "
        f"({r.geo_confidence:.2f}): {r.geo_reasons}"
        for r in low.itertuples()
    ]


def build_map(
    reports: Sequence[str | Path],
    output: str | Path,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    credits: str | None = None,
    self_contained: bool = False,
    encoding: str | None = None,
    geocoder: str = "embedded",
    user_agent: str = "",
    geocoder_url: str = "",
) -> BuildResult:
    """Read report files, build the routes and write the HTML map atomically.

    ``geocoder="nominatim"`` (with ``user_agent``, optionally ``geocoder_url``)
    looks the places up online instead of in the offline gazetteer.
    """
    from routes import build_routes, read_many

    from .render import render_map
    from .save import save_map

    reports_table = read_many(reports, encoding=encoding)
    routes = build_routes(reports_table, resolver=resolver_for(geocoder, user_agent=user_agent, url=geocoder_url))
    m = render_map(routes, title=title, subtitle=subtitle, credits=credits, self_contained=self_contained)
    size = save_map(m, output)
    return BuildResult(Path(output), routes, size, _low_confidence_warnings(routes))


def sample_files() -> list[Path]:
    """The sample caravan files shipped in ``data/caravans/``."""
    files = sorted(CARAVANS_DIR.glob("*.csv"))
    if not files:
        raise InputError(f"no sample caravans in {CARAVANS_DIR}", hint="run from a checkout of routemapper")
    return files


def demo_maps(outdir: str | Path, *, self_contained: bool = True, progress: Progress | None = None) -> list[Path]:
    """Write one map per sample caravan and one of all of them into ``outdir``; return the paths."""
    from routes import build_routes, read_many

    from .render import render_map
    from .save import save_map

    say = progress or (lambda message: None)
    outdir = Path(outdir)
    files = sample_files()
    say(f"reading {len(files)} sample caravans")
    routes = build_routes(read_many(files))
    written = []
    for caravan_id in routes.caravans:
        say(f"drawing {caravan_id}")
        one = routes.caravan(caravan_id)
        m = render_map(one, title=f"Caravan {caravan_id}", subtitle=_span(one), self_contained=self_contained)
        path = outdir / f"{caravan_id}.html"
        save_map(m, path)
        written.append(path)
    say("drawing all caravans together")
    m = render_map(routes, title="Migrant caravans in Central America",
                   subtitle=f"{len(routes.caravans)} caravans, {len(routes.reports)} reports",
                   self_contained=self_contained)
    path = outdir / "all-caravans.html"
    save_map(m, path)
    written.append(path)
    return written


def _span(routes) -> str:
    r = routes.reports
    first, last = r["date_start"].min(), r["date_end"].max()
    return f"{first:%d %b %Y} to {last:%d %b %Y}, {len(r)} reports"


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
    """Resolve each name; return one record each (see ``Resolution.to_dict``).

    Names are looked up in the embedded gazetteer unless ``geocoder`` names
    an online service; ``tick(1)`` is called after each name (progress bars).
    Every unknown name is reported at once (:class:`geo.InputErrors`), each
    with its row in ``source`` (e.g. ``<stdin>``) when given: ``source_rows[i]``
    for ``names[i]``, or its 1-based position.
    """
    from geo.errors import InputErrors, PlaceNotFound, Where
    from geo.resolve import Context, default_resolver

    resolver = resolver_for(geocoder, user_agent=user_agent, url=geocoder_url) or default_resolver()
    point = parse_near(near, resolver=resolver)
    ctx = Context(country=country, kind=kind, near=((point[0], point[1], None),) if point else ())
    out, missing = [], []
    rows = list(source_rows) if source_rows is not None else list(range(1, len(names) + 1))
    for row, name in zip(rows, names):
        try:
            out.append(resolver.resolve(name, ctx, where=Where(source, row) if source else None).to_dict())
        except PlaceNotFound as exc:
            missing.append(exc)
        if tick:
            tick(1)
    if missing:
        raise InputErrors(missing)
    return out
