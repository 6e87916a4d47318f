"""The six real-text measures of issue 11 for ``routemapper extract``, and a seventh (where matched places are
drawn), on annotated article folders.

A scoring set is a folder of articles (``NAME.txt`` or ``NAME.html``, the text as
published) each with ``NAME.expected.json`` written by hand before the extractor
is run: ``published`` (the day to pass as ``--published``; ``null`` for an HTML
page that carries its own), ``language`` and ``rows``, what a careful reader
would draft (``place``, optional ``aliases``, ``date``, ``kind``, ``count``,
``low``, ``high``; ``low``/``high`` worked out by hand from the README's table of
count words).  Each article is drafted through the real command line,
``routemapper extract ARTICLE [--published P] -o draft.csv``, in a temporary
folder, and the draft is compared with the expectation.  A draft row "matches"
an expected row when their place keys match: the first comma part of the
place, compared case-, accent- and punctuation-insensitively (``name_key``),
an expected row's ``aliases`` included.  Summed over the articles of a set:

1. route places found (recall): distinct expected place keys that some draft
   row matches / distinct expected place keys;
2. distinct places drawn that are real event places (precision): distinct draft
   place keys that match an expected row / distinct draft place keys;
3. events given the right day: expected rows with a date whose place some draft
   row matches and where some matching draft row has the same day (``~``
   ignored; a month matches only a month) / expected rows with a date whose
   place some draft row matches;
4. group sizes found: expected rows with ``low`` where some matching draft row
   has ``count_low == low`` and ``count_high == high``, each within 1 (0.9 x 755 is
   679.5 and 1.1 x 755 is 830.5: a half may be rounded either way) / expected rows with ``low``;
5. sizes put on the wrong row (a count): draft rows with a count whose place
   matches no expected row, or only expected rows without a count;
6. raw drafts that build: ``routemapper build draft.csv -o map.html`` exits 0
   and no leg of ``build_routes(read_reports(draft)).segments`` has
   ``km_per_day`` over 300; counted per article; printed beside it, 6b, the
   same with a leg over 300 km a day allowed where a report at either end
   names a vehicle, as ``build`` judges it (``routes.pace.fast_leg_summary``:
   up to 1,000 km a day by bus, truck, train or plane);
7. matched places drawn far from where they are: distinct expected places that
   some draft row matches, is drawn for (see below) and that the set's
   ``coordinates.csv`` places, whose matching rows put some point more than
   25 km from the reference point, or put a point where the reference says the
   place is an area (a country or a state: "Honduras" drawn on a village named
   so) / those places.  Measures 1-5 compare names only: this one catches a
   matched row drawn on a namesake 800 km away.

``coordinates.csv`` (optional, beside the articles) holds the reference, typed by
hand from ``../shared/reference/places.csv`` or general knowledge (never from
the gazetteer or the program's output): ``place`` (compared as the rows' place
keys), ``lat``, ``lon``, ``source`` (where the figures come from) and an optional
``precision``, ``point`` (the default: ``lat``/``lon`` required) or ``area``
(``lat``/``lon`` left empty).  Without it measure 7 is not counted for the set.
Where a row is drawn is where ``build_routes(read_reports(draft))`` locates it
(every row at its own precision: an area row is drawn as the area); when the
draft cannot be read whole, its dated rows alone; when not even those, the
coordinates the draft gives.

The commands are the ``routemapper`` installed beside this Python (the
checkout's ``.venv``), the Python API this checkout's.  The gazetteer cache is
``ROUTEMAPPER_CACHE_DIR`` when set, else a temporary folder for this run
(building it there takes about a minute).  Progress goes to stderr.

Run: ``.venv/bin/python benchmarks/extract_measures.py DIR [DIR ...] [--verbose] [--json]``
(exit 0; 2 when a folder or an expectation cannot be used, naming the file).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: A leg faster than this (km a day) makes a draft count as not building (measure 6).
MAX_KM_PER_DAY = 300.0
#: A matched row drawn farther than this from the reference point is drawn on the wrong place (measure 7).
FAR_KM = 25.0
COORDINATES_FILE = "coordinates.csv"
ARTICLE_SUFFIXES = (".txt", ".html")
EXPECTED_SUFFIX = ".expected.json"


class SetupError(Exception):
    """A folder or an expectation file that cannot be scored (exit code 2)."""


@dataclass
class Case:
    """One annotated article: its file and its hand-written expectation."""

    article: Path
    expected: dict
    coordinates: dict | None = None

    @property
    def name(self) -> str:
        return self.article.stem


@dataclass
class Tally:
    """Numerators, denominators and what lies behind them, for one article or a whole set."""

    places_found: int = 0
    places_expected: int = 0
    drawn_real: int = 0
    drawn: int = 0
    days_right: int = 0
    days_matched: int = 0
    sizes_found: int = 0
    sizes_expected: int = 0
    sizes_wrong_row: int = 0
    builds: int = 0
    builds_riding: int = 0
    articles: int = 0
    drawn_far: int = 0
    drawn_checked: int = 0
    details: dict = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one (details are not summed)."""
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def measures(self) -> dict:
        """The six measures, each with the counts behind it."""
        return {
            "places_recall": _ratio(self.places_found, self.places_expected),
            "places_precision": _ratio(self.drawn_real, self.drawn),
            "days": _ratio(self.days_right, self.days_matched),
            "sizes": _ratio(self.sizes_found, self.sizes_expected),
            "sizes_wrong_row": {"count": self.sizes_wrong_row},
            "drafts_build": _ratio(self.builds, self.articles),
            "drafts_build_riding": _ratio(self.builds_riding, self.articles),
            "drawn_far": _ratio(self.drawn_far, self.drawn_checked),
        }


COUNTS = ("places_found", "places_expected", "drawn_real", "drawn", "days_right", "days_matched",
          "sizes_found", "sizes_expected", "sizes_wrong_row", "builds", "builds_riding", "articles", "drawn_far",
          "drawn_checked")

LABELS = {
    "places_recall": "1 route places found (recall)",
    "places_precision": "2 places drawn that are event places (precision)",
    "days": "3 events given the right day",
    "sizes": "4 group sizes found",
    "sizes_wrong_row": "5 sizes put on the wrong row",
    "drafts_build": "6 raw drafts that build",
    "drafts_build_riding": "6b  the same, a leg ridden as its report says allowed",
    "drawn_far": f"7 matched places drawn over {FAR_KM:.0f} km off (or a point for an area)",
}


def _ratio(numerator: int, denominator: int) -> dict:
    return {"value": round(numerator / denominator, 4) if denominator else None,
            "numerator": numerator, "denominator": denominator}


# --- reading a set --------------------------------------------------------------------------


def place_key(place: object) -> str:
    """The comparison key of a place: its first comma part, case-, accent- and punctuation-insensitive,
    without a division's level word (``Oaxaca state``, ``departamento de Zacapa``: ``oaxaca``, ``zacapa``).
    The State of Mexico keeps its level word, which is all that tells it from the country: ``State of Mexico``,
    ``Estado de México`` and ``Mexico state`` are ``estado de mexico``."""
    from geo.normalize import area_name, name_key

    key = name_key(str(place or "").split(",")[0])
    bare = area_name(key)
    if bare == "mexico":
        return "estado de mexico"
    return bare or key


def load_set(folder: Path) -> list[Case]:
    """Every annotated article of a folder, in name order; :class:`SetupError` if one is unusable."""
    if not folder.is_dir():
        raise SetupError(f"{folder}: not a folder (expected a folder of NAME.txt/.html + NAME{EXPECTED_SUFFIX})")
    cases = []
    for path in sorted(folder.glob("*" + EXPECTED_SUFFIX)):
        stem = path.name[: -len(EXPECTED_SUFFIX)]
        articles = [folder / (stem + s) for s in ARTICLE_SUFFIXES if (folder / (stem + s)).is_file()]
        if len(articles) != 1:
            raise SetupError(f"{path}: expected exactly one article {stem}.txt or {stem}.html beside it, "
                             f"found {len(articles)}")
        cases.append(Case(articles[0], read_expectation(path)))
    if not cases:
        raise SetupError(f"{folder}: no annotated article (no *{EXPECTED_SUFFIX} file)")
    coordinates = read_coordinates(folder / COORDINATES_FILE) if (folder / COORDINATES_FILE).is_file() else None
    for case in cases:
        case.coordinates = coordinates
    return cases


def read_coordinates(path: Path) -> dict[str, dict]:
    """Read a set's ``coordinates.csv``: place key -> ``{"place", "lat", "lon", "precision", "source"}``.

    :class:`SetupError` names the file, the row and the column of anything unusable.
    """
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"place", "lat", "lon", "source"} - set(reader.fieldnames or ())
            if missing:
                raise SetupError(f"{path}: missing column(s) {', '.join(sorted(missing))} "
                                 "(expected place,lat,lon,source and optionally precision)")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise SetupError(f"{path}: not readable as CSV: {exc}") from None
    out: dict[str, dict] = {}
    for n, row in enumerate(rows, 2):
        where = f"{path}, row {n}"
        key = place_key(row.get("place"))
        if not key:
            raise SetupError(f"{where}, column place: expected a place name")
        if key in out:
            raise SetupError(f"{where}, column place: {row['place']!r} is already on row {out[key]['row']}")
        precision = (row.get("precision") or "point").strip() or "point"
        if precision not in ("point", "area"):
            raise SetupError(f"{where}, column precision: expected 'point' or 'area', not {precision!r}")
        if not (row.get("source") or "").strip():
            raise SetupError(f"{where}, column source: say where the coordinates come from")
        lat = lon = None
        if precision == "point":
            lat, lon = _number(row.get("lat")), _number(row.get("lon"))
            for column, value, limit in (("lat", lat, 90.0), ("lon", lon, 180.0)):
                if value is None or not -limit <= value <= limit:
                    raise SetupError(f"{where}, column {column}: expected a number from {-limit:g} to {limit:g}, "
                                     f"not {row.get(column)!r}")
        out[key] = {"place": row["place"], "lat": lat, "lon": lon, "precision": precision,
                    "source": row["source"], "row": n}
    return out


def read_expectation(path: Path) -> dict:
    """Read and check one ``NAME.expected.json``; :class:`SetupError` names the file and the field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SetupError(f"{path}: not readable as JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rows"), list):
        raise SetupError(f"{path}: expected an object with a 'rows' list")
    if "published" not in data or not (data["published"] is None or isinstance(data["published"], str)):
        raise SetupError(f"{path}: 'published' must be YYYY-MM-DD, or null for an HTML page that carries its date")
    for i, row in enumerate(data["rows"], 1):
        where = f"{path}, row {i}"
        if not isinstance(row, dict) or not place_key(row.get("place")):
            raise SetupError(f"{where}: 'place' must be a place name")
        if not isinstance(row.get("aliases", []), list):
            raise SetupError(f"{where}: 'aliases' must be a list of names")
        low, high = row.get("low"), row.get("high")
        if (low is None) != (high is None) or any(v is not None and not isinstance(v, int) for v in (low, high)):
            raise SetupError(f"{where}: 'low' and 'high' must both be whole numbers, or both null")
        if low is not None and low > high:
            raise SetupError(f"{where}: 'low' ({low}) is above 'high' ({high})")
    return data


def read_draft(path: Path) -> list[dict]:
    """The rows of a draft CSV as ``routemapper extract`` wrote it (no checks: it may not build)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# --- scoring one article (measures 1-5) ---------------------------------------------------------


def _expected_keys(row: dict) -> set[str]:
    return {place_key(row["place"])} | {k for k in map(place_key, row.get("aliases", [])) if k}


def _day(value: object) -> str:
    return str(value or "").strip().lstrip("~")


def _number(value: object) -> float | None:
    text = str(value if value is not None else "").strip()
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _same_bound(drafted: float | None, expected: int) -> bool:
    """A drafted bound is the expected one up to the rounding of a half (``about 755`` is 679.5 .. 830.5)."""
    return drafted is not None and abs(drafted - expected) <= 1


def _has_count(row: dict) -> bool:
    return bool(str(row.get("count") or "").strip()) or row.get("low") is not None


def score_rows(draft: list[dict], expected_rows: list[dict]) -> Tally:
    """Measures 1-5 for one article: draft rows against the expected rows (build not run)."""
    tally = Tally()
    details: dict = {}
    draft_keys = [place_key(r.get("place")) for r in draft]
    drawn = {k for k in draft_keys if k}
    expected_keys = [_expected_keys(r) for r in expected_rows]
    every_expected_key = set().union(*expected_keys) if expected_keys else set()

    def drafts_for(keys: set[str]) -> list[dict]:
        return [row for row, key in zip(draft, draft_keys) if key in keys]

    # 1: one expected place per distinct primary key, with every alias any of its rows gives.
    places: dict[str, set[str]] = {}
    for row, keys in zip(expected_rows, expected_keys):
        places.setdefault(place_key(row["place"]), set()).update(keys)
    missed = [p for p, keys in places.items() if not keys & drawn]
    tally.places_expected, tally.places_found = len(places), len(places) - len(missed)
    details["places_missed"] = sorted(missed)

    # 2
    extra = sorted(drawn - every_expected_key)
    tally.drawn, tally.drawn_real = len(drawn), len(drawn) - len(extra)
    details["places_extra"] = extra

    # 3 and 4
    details["days_wrong"], details["sizes_missed"] = [], []
    for row, keys in zip(expected_rows, expected_keys):
        matching = drafts_for(keys)
        if _day(row.get("date")) and matching:
            tally.days_matched += 1
            if any(_day(d.get("date")) == _day(row["date"]) for d in matching):
                tally.days_right += 1
            else:
                details["days_wrong"].append({"place": row["place"], "expected": row["date"],
                                              "drafted": sorted({d.get("date") or "" for d in matching})})
        if row.get("low") is not None:
            tally.sizes_expected += 1
            if any(_same_bound(_number(d.get("count_low")), row["low"])
                   and _same_bound(_number(d.get("count_high")), row["high"]) for d in matching):
                tally.sizes_found += 1
            else:
                details["sizes_missed"].append({
                    "place": row["place"], "expected": [row["low"], row["high"]],
                    "drafted": [[_number(d.get("count_low")), _number(d.get("count_high"))]
                                for d in matching if _has_count(d) or _number(d.get("count_low")) is not None]})

    # 5
    wrong = []
    for row, key in zip(draft, draft_keys):
        if not (str(row.get("count") or "").strip() or _number(row.get("count_low")) is not None):
            continue
        targets = [e for e, keys in zip(expected_rows, expected_keys) if key in keys]
        if not any(_has_count(e) for e in targets):
            wrong.append({"place": row.get("place", ""), "count": row.get("count", "")})
    tally.sizes_wrong_row = len(wrong)
    details["sizes_wrong_row"] = wrong
    tally.details = details
    return tally


def score_drawn(drawn: list[dict], expected_rows: list[dict], coordinates: dict[str, dict]) -> Tally:
    """Measure 7 for one article: where the draft's matched rows are drawn against the reference coordinates.

    ``drawn`` holds one dict per drawn row: ``place``, ``lat``, ``lon`` (numbers or empty) and ``precision``
    (``point``, or the area's level).  A distinct expected place (its key, aliases included) counts when the
    reference has it and some drawn row matches it; it is drawn far when a matching row is a point more than
    :data:`FAR_KM` from the reference point, or a point where the reference says area.  Each row is checked
    against the reference of the name it is written as when the file has one (an alias that is another
    place), else against the place's.
    """
    from geo.distance import scalar_haversine_km

    tally = Tally()
    places: dict[str, set[str]] = {}
    for row in expected_rows:
        places.setdefault(place_key(row["place"]), set()).update(_expected_keys(row))
    drawn_keys = [place_key(r.get("place")) for r in drawn]
    far, unreferenced = [], []
    for primary, keys in places.items():
        matching = [(r, k) for r, k in zip(drawn, drawn_keys) if k in keys]
        if not matching:
            continue
        # The place's reference: its own name's, else an alias's.  A row written as an alias that the file
        # places itself (an accepted other place: "Tonalá" for a stop told as Pijijiapan) is checked there.
        ref_of_place = next((coordinates[k] for k in [primary, *sorted(keys - {primary})] if k in coordinates), None)
        if ref_of_place is None:
            unreferenced.append(primary)
            continue
        tally.drawn_checked += 1
        worst = None
        for r, k in matching:
            ref = coordinates.get(k, ref_of_place)
            lat, lon = _number(r.get("lat")), _number(r.get("lon"))
            if (r.get("precision") or "point") != "point" or lat is None or lon is None:
                continue  # drawn as an area: not a point anywhere
            km = None if ref["precision"] == "area" else scalar_haversine_km(lat, lon, ref["lat"], ref["lon"])
            if km is None or km > FAR_KM:
                if worst is None or (km or float("inf")) > (worst["km"] or float("inf")):
                    worst = {"place": ref["place"], "drawn": [round(lat, 4), round(lon, 4)],
                             "resolved": r.get("resolved_name", ""), "km": None if km is None else round(km),
                             "expected": "an area" if km is None else [ref["lat"], ref["lon"]]}
        if worst is not None:
            tally.drawn_far += 1
            far.append(worst)
    tally.details = {"drawn_far": far, "drawn_unreferenced": sorted(unreferenced)}
    return tally


def drawn_rows(draft: Path) -> list[dict]:
    """Where each row of a draft is drawn: ``routes.locate`` of the draft as ``build`` reads it (see the module
    docstring for a draft that cannot be read whole)."""
    from geo.errors import RoutemapperError
    from routes import read_reports
    from routes.locate import locate

    rows = read_draft(draft)
    for attempt in (draft, "dated"):
        try:
            if attempt == "dated":
                dated = draft.with_name("dated-" + draft.name)
                with dated.open("w", encoding="utf-8", newline="") as handle:
                    fields = list(rows[0].keys()) if rows else ["place"]
                    writer = csv.DictWriter(handle, fieldnames=fields)
                    writer.writeheader()
                    writer.writerows(r for r in rows if (r.get("date") or "").strip())
                attempt = dated
            located = locate(read_reports(attempt))
        except RoutemapperError:
            continue
        return [{"place": r["place"], "lat": r["lat"], "lon": r["lon"], "precision": r["precision"],
                 "resolved_name": r.get("resolved_name", "")} for r in located.to_dict("records")]
    return [{"place": r.get("place", ""), "lat": r.get("lat", ""), "lon": r.get("lon", ""), "precision": "point",
             "resolved_name": ""} for r in rows]


# --- the command line (measure 6) --------------------------------------------------------------


def routemapper_command() -> list[str]:
    """The ``routemapper`` installed beside this Python, else the one on PATH."""
    beside = Path(sys.executable).with_name("routemapper")
    found = str(beside) if beside.exists() else shutil.which("routemapper")
    if not found:
        raise SetupError("no 'routemapper' command beside this Python or on PATH "
                         "(run with the checkout's .venv/bin/python after pip install -e .)")
    return [found]


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=900)


def _problems(stderr: str, workdir: Path) -> list[str]:
    """The problem lines of a failed command's stderr, from its first error on (warnings left out)."""
    lines = [line.strip().replace(str(workdir) + os.sep, "") for line in stderr.splitlines() if line.strip()]
    start = next((i for i, line in enumerate(lines) if line.startswith("routemapper: error: ")), None)
    if start is None:
        return lines[-1:]
    return [lines[start].removeprefix("routemapper: error: ")] + [
        line for line in lines[start + 1:] if not line.startswith("routemapper: ")]


def fastest_leg(draft: Path) -> tuple[float, str]:
    """The highest ``km_per_day`` of the routes built from a draft (Python API), with its leg."""
    from routes import build_routes, read_reports

    segments = build_routes(read_reports(draft)).segments
    if segments.empty:
        return 0.0, ""
    leg = segments.loc[segments["km_per_day"].idxmax()]
    return float(leg["km_per_day"]), f"{leg['from_place']} -> {leg['to_place']} ({leg['start']} to {leg['end']})"


def draft_and_build(case: Case, workdir: Path, routemapper: list[str],
                    caravan: str | None = None) -> tuple[list[dict] | None, dict]:
    """Extract ``case`` and build its draft in ``workdir``: (draft rows or None, build outcome).

    ``caravan`` adds ``--caravan`` to the extract command (not part of measure 6
    as defined: it shows what else stops a draft).
    """
    draft = workdir / "draft.csv"
    published = case.expected.get("published")
    extracted = _run([*routemapper, "extract", str(case.article.resolve()),
                      *(["--published", published] if published else []),
                      *(["--caravan", caravan] if caravan else []), "-o", draft.name], workdir)
    if extracted.returncode != 0 or not draft.exists():
        return None, {"builds": False, "stage": "extract", "exit": extracted.returncode,
                      "problems": _problems(extracted.stderr, workdir), "riding": False}
    return read_draft(draft), build_outcome(draft, routemapper)


def build_outcome(draft: Path, routemapper: list[str]) -> dict:
    """Measure 6 for one draft: ``routemapper build`` (in the draft's folder) exits 0 and no leg is too fast.

    Returns ``builds`` (bool), ``stage`` (``build`` or ``legs`` where it failed,
    ``ok``), the build's ``exit`` code and the ``problems`` it printed.
    """
    built = _run([*routemapper, "build", draft.name, "-o", "map.html"], draft.parent)
    if built.returncode != 0:
        return {"builds": False, "stage": "build", "exit": built.returncode,
                "problems": _problems(built.stderr, draft.parent), "riding": False}
    speed, leg = fastest_leg(draft)
    if speed > MAX_KM_PER_DAY:
        return {"builds": False, "stage": "legs", "exit": 0, "problems": [f"a leg of {speed:.0f} km/day: {leg}"],
                "riding": ridden_legs_allowed(draft)}
    return {"builds": True, "stage": "ok", "exit": 0, "problems": [], "riding": True}


def ridden_legs_allowed(draft: Path) -> bool:
    """Measure 6b: whether every leg of a draft that builds is one a group can travel as ``build`` judges it: over
    300 km a day only where a report at either end names a vehicle (``routes.pace.fast_leg_summary``, up to
    1,000 km a day by bus, truck, train or plane).  Printed beside measure 6, which stays strict."""
    from routes import build_routes, read_reports
    from routes.pace import fast_leg_summary

    return fast_leg_summary(build_routes(read_reports(draft)), limit=0)[1] == 0


def score_case(case: Case, routemapper: list[str], caravan: str | None = None) -> Tally:
    """All six measures for one article, through the command line in a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="extract-measures-") as tmp:
        rows, build = draft_and_build(case, Path(tmp), routemapper, caravan)
        drawn = drawn_rows(Path(tmp) / "draft.csv") if rows and case.coordinates is not None else []
    tally = score_rows(rows or [], case.expected["rows"])
    tally.articles, tally.builds, tally.builds_riding = 1, int(build["builds"]), int(build["riding"])
    tally.details["build"] = build
    tally.details["draft_rows"] = len(rows or [])
    if case.coordinates is not None:
        placed = score_drawn(drawn, case.expected["rows"], case.coordinates)
        tally.drawn_far, tally.drawn_checked = placed.drawn_far, placed.drawn_checked
        tally.details.update(placed.details)
    return tally


def score_set(cases: list[Case], routemapper: list[str], caravan: str | None = None,
              progress=None) -> tuple[Tally, list[tuple[Case, Tally]]]:
    """Score the articles of a set: (the set's totals, per article)."""
    total, per_article = Tally(), []
    for i, case in enumerate(cases, 1):
        if progress:
            progress(f"{i}/{len(cases)} {case.article.parent.name}/{case.name}")
        tally = score_case(case, routemapper, caravan)
        total.add(tally)
        per_article.append((case, tally))
    return total, per_article


# --- output ---------------------------------------------------------------------------------------


def format_measures(measures: dict) -> list[str]:
    """One line per measure: label, value, the counts behind it."""
    lines = []
    for name, label in LABELS.items():
        m = measures[name]
        if name == "sizes_wrong_row":
            lines.append(f"  {label:<52}{m['count']:>6}")
        elif name == "drawn_far":
            lines.append(f"  {label:<52}{m['numerator']:>6} of {m['denominator']}" if m["denominator"]
                         else f"  {label:<52}{'-':>6}  (no {COORDINATES_FILE}, or no matched place in it)")
        elif name in ("drafts_build", "drafts_build_riding"):
            lines.append(f"  {label:<52}{m['numerator']:>6} of {m['denominator']}")
        else:
            value = "-" if m["value"] is None else f"{m['value']:.2f}"
            lines.append(f"  {label:<52}{value:>6}  ({m['numerator']}/{m['denominator']})")
    return lines


def format_article(case: Case, tally: Tally) -> list[str]:
    """What went right and wrong in one article (for ``--verbose``)."""
    d, e = tally.details, case.expected
    build = d["build"]

    def line(label: str, counts: str, what: str, items: list[str]) -> str:
        return f"    {label:<7}{counts:<8}" + (f"{what}: " + "; ".join(items) if items else "")

    problems = build["problems"]
    return [
        f"{case.article.name} ({e.get('language', '?')}, published {e.get('published') or '(from the page)'}, "
        f"{d['draft_rows']} draft rows)",
        line("places", f"{tally.places_found}/{tally.places_expected}", "missed", d["places_missed"]),
        line("drawn", f"{tally.drawn_real}/{tally.drawn}", "not event places", d["places_extra"]),
        line("days", f"{tally.days_right}/{tally.days_matched}", "wrong",
             [f"{w['place']} expected {w['expected']}, drafted {w['drafted']}" for w in d["days_wrong"]]),
        line("sizes", f"{tally.sizes_found}/{tally.sizes_expected}", "missed",
             [f"{m['place']} expected {m['expected']}, drafted {m['drafted']}" for m in d["sizes_missed"]]),
        line("wrong", str(tally.sizes_wrong_row), "sizes on",
             [f"{w['place']} ({w['count']})" for w in d["sizes_wrong_row"]]),
        *([line("far", f"{tally.drawn_far}/{tally.drawn_checked}", "drawn off",
                [f"{w['place']} drawn at {w['drawn']} ({w['resolved']}), "
                 + (f"{w['km']} km off" if w["km"] is not None else "a point for an area") for w in d["drawn_far"]])
           + (f"; not in {COORDINATES_FILE}: {', '.join(d['drawn_unreferenced'])}" if d["drawn_unreferenced"] else "")]
          if "drawn_far" in d else []),
        "    build  " + ("ok" if build["builds"] else
                         f"fails at {build['stage']} (exit {build['exit']}): {problems[0] if problems else ''}"
                         + (f" (+{len(problems) - 1} more)" if len(problems) > 1 else "")),
    ]


def languages(cases: list[Case]) -> str:
    counts: dict[str, int] = {}
    for case in cases:
        lang = case.expected.get("language", "?")
        counts[lang] = counts.get(lang, 0) + 1
    return ", ".join(f"{n} {lang}" for lang, n in sorted(counts.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Score `routemapper extract` on folders of hand-annotated articles (the six measures "
                    "of issue 11 and where matched places are drawn; see the module docstring).",
        epilog="Example: .venv/bin/python benchmarks/extract_measures.py /work/scratch/heldout --verbose")
    parser.add_argument("folders", nargs="+", type=Path, metavar="DIR",
                        help="folder of NAME.txt/.html articles, each with NAME.expected.json")
    parser.add_argument("--verbose", action="store_true", help="also print each article's measures")
    parser.add_argument("--json", action="store_true", help="print JSON (every set, every article) instead")
    parser.add_argument("--caravan", metavar="ID", default=None,
                        help="also pass --caravan ID to extract (a diagnosis: measure 6 as defined passes none)")
    args = parser.parse_args(argv)

    def progress(message: str) -> None:
        print(f"extract_measures: {message}", file=sys.stderr, flush=True)

    temporary_cache = None
    try:
        sets = [(folder, load_set(folder)) for folder in args.folders]  # every expectation checked first
        routemapper = routemapper_command()
        if not os.environ.get("ROUTEMAPPER_CACHE_DIR"):
            temporary_cache = tempfile.mkdtemp(prefix="extract-measures-cache-")
            os.environ["ROUTEMAPPER_CACHE_DIR"] = temporary_cache
            progress(f"gazetteer cache: {temporary_cache} (built on the first article, about a minute; "
                     "set ROUTEMAPPER_CACHE_DIR to reuse one)")
        os.environ.setdefault("ROUTEMAPPER_QUIET", "1")
        report = []
        for folder, cases in sets:
            total, per_article = score_set(cases, routemapper, args.caravan, progress)
            report.append((folder, cases, total, per_article))
    except SetupError as exc:
        print(f"extract_measures: error: {exc}", file=sys.stderr)
        return 2
    finally:
        if temporary_cache:
            shutil.rmtree(temporary_cache, ignore_errors=True)

    if args.json:
        out = [{"folder": str(folder), "articles": len(cases), "languages": languages(cases),
                "measures": total.measures(),
                "per_article": [{"article": case.article.name, "measures": tally.measures(),
                                 "details": tally.details} for case, tally in per_article]}
               for folder, cases, total, per_article in report]
        print(json.dumps({"max_km_per_day": MAX_KM_PER_DAY, "caravan": args.caravan, "sets": out},
                         indent=1, ensure_ascii=False))
        return 0
    for folder, cases, total, per_article in report:
        print(f"{folder} ({len(cases)} articles: {languages(cases)})")
        if args.verbose:
            for case, tally in per_article:
                print("\n".join(format_article(case, tally)))
            print(f"{folder}: totals")
        print("\n".join(format_measures(total.measures())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
