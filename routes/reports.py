"""Reading report files into one validated table.

:func:`read_reports` takes CSV (comma, semicolon or tab separated; UTF-8 with
or without BOM, or UTF-16 with BOM) or GeoJSON point features, checks every
row, parses dates and counts, and returns a GeoDataFrame with one row per
report.  Every problem names the file, the row (as a spreadsheet numbers it:
the header is row 1) and the column, and says what was expected.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.errors import InputError, InputErrors, Where

from .counts import CountSyntaxError, parse_count
from .dates import DateSyntaxError, parse_date
from .schema import COLUMNS, DEFAULT_KIND, KINDS

#: At most this many problems are listed in one error.
MAX_PROBLEMS = InputErrors.MAX_LISTED


def _decode(raw: bytes, where: Where, encoding: str | None) -> str:
    if encoding:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"cannot decode the file as {encoding}: {exc}", where=where) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"the file is not UTF-8 (byte 0x{raw[exc.start]:02x} on line {line})",
            where=where,
            hint="save it as UTF-8, or say its encoding: --encoding latin-1",
        ) from None


def _sniff_delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _frame_from_csv(text: str, where: Where) -> pd.DataFrame:
    if not text.strip():
        raise InputError("the file is empty: expected a header row and at least one report", where=where)
    header_line = text.lstrip().splitlines()[0]
    delimiter = _sniff_delimiter(header_line)
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise InputError(f"the file is not valid CSV: {exc}", where=where) from None
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    header, body = rows[0], rows[1:]
    width = len(header)
    for i, r in enumerate(body):
        if len(r) > width and any(cell.strip() for cell in r[width:]):
            raise InputError(
                f"{len(r)} fields where the header has {width}",
                where=Where(where.file, i + 2),
                hint="quote fields that contain the separator" + (f" ({delimiter!r})" if delimiter else ""),
            )
    body = [(r + [""] * width)[:width] for r in body]
    return pd.DataFrame(body, columns=[h.strip() for h in header], dtype=object)


def _frame_from_geojson(text: str, where: Where) -> pd.DataFrame:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid GeoJSON: {exc.msg} at line {exc.lineno}", where=where) from None
    features = doc.get("features") if isinstance(doc, dict) else None
    if not isinstance(features, list):
        raise InputError("expected a GeoJSON FeatureCollection with a 'features' list", where=where)
    records = []
    for i, feature in enumerate(features):
        props = dict((feature or {}).get("properties") or {})
        geom = (feature or {}).get("geometry")
        if geom:
            if geom.get("type") != "Point" or len(geom.get("coordinates") or []) < 2:
                raise InputError(
                    f"feature {i + 1} has a {geom.get('type')} geometry: expected a Point",
                    where=Where(where.file, i + 1, "geometry"),
                )
            props["lon"], props["lat"] = geom["coordinates"][:2]
        records.append({k: "" if v is None else str(v) for k, v in props.items()})
    if not records:
        raise InputError("the FeatureCollection has no features: expected at least one report", where=where)
    return pd.DataFrame.from_records(records).fillna("").astype(object)


def _normalise_columns(frame: pd.DataFrame, where: Where) -> pd.DataFrame:
    rename = {}
    unknown = []
    for col in frame.columns:
        key = str(col).strip().lower().lstrip("\ufeff")
        if key in COLUMNS:
            rename[col] = key
        else:
            unknown.append(col)
    frame = frame.rename(columns=rename)
    dupes = frame.columns[frame.columns.duplicated()].tolist()
    if dupes:
        raise InputError(f"column {dupes[0]!r} appears twice in the header", where=where)
    present = set(frame.columns)
    for col in unknown:
        guess = difflib.get_close_matches(str(col).strip().lower(), [c for c in COLUMNS if c not in present], n=1, cutoff=0.75)
        if guess:
            raise InputError(
                f"unknown column {str(col)!r}",
                where=Where(where.file, 1, str(col)),
                hint=f"did you mean {guess[0]!r}? The columns are: {', '.join(COLUMNS)}",
            )
    missing = [c for c in ("caravan", "date") if c not in present]
    if "place" not in present and not {"lat", "lon"} <= present:
        missing.append("place (or lat and lon)")
    if missing:
        raise InputError(
            f"missing required column(s): {', '.join(missing)}",
            where=Where(where.file, 1),
            hint=f"the header must name caravan, date and place (or lat and lon); optional: {', '.join(COLUMNS[3:])}",
        )
    for col in COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    # Every cell is text already (both readers build object columns of str): strip whole columns.
    return pd.DataFrame({c: frame[c].fillna("").astype(str).str.strip() for c in COLUMNS}, index=frame.index)


def _parse_column(values: pd.Series, parse, errors_type) -> tuple[dict, dict]:
    """Parse each distinct value once; return (value -> result, value -> error message)."""
    ok, bad = {}, {}
    for value in values.unique():
        if value == "":
            continue
        try:
            ok[value] = parse(value)
        except errors_type as exc:
            bad[value] = str(exc)
    return ok, bad


def _per_value(values: pd.Series, parsed: dict):
    """``field(getter, dtype)``: one array per row, with ``getter`` run once per distinct value.

    ``parsed`` maps each distinct value to its parsed form (missing: ``None``).
    """
    codes, uniques = pd.factorize(values, sort=False)
    items = [parsed.get(v) for v in uniques]

    def field(getter, dtype) -> np.ndarray:
        table = np.array([getter(item) for item in items] or [getter(None)], dtype=dtype)
        return table[codes] if len(items) else np.empty(0, dtype=dtype)

    return field


def _validate(frame: pd.DataFrame, where: Where) -> pd.DataFrame:
    rows = np.arange(len(frame)) + 2  # spreadsheet numbering: header is row 1
    problems: list[InputError] = []

    def flag(mask: np.ndarray, column: str, message, hint: str = "") -> None:
        for i in np.flatnonzero(mask)[: MAX_PROBLEMS + 1]:
            text = message(frame.iloc[i]) if callable(message) else message
            problems.append(InputError(text, where=Where(where.file, int(rows[i]), column), hint=hint))

    flag((frame["caravan"] == "").to_numpy(), "caravan", "empty: expected the id of the moving group, e.g. 2018-10-honduras")

    dates, date_errors = _parse_column(frame["date"], parse_date, DateSyntaxError)
    flag((frame["date"] == "").to_numpy(), "date", "empty: expected YYYY-MM-DD, ~YYYY-MM-DD, YYYY-MM or YYYY-MM-DD/YYYY-MM-DD")
    flag(frame["date"].isin(list(date_errors)).to_numpy(), "date", lambda r: date_errors[r["date"]])

    kinds = frame["kind"].str.lower().replace("", DEFAULT_KIND)
    bad_kind = ~kinds.isin(KINDS)

    def kind_message(r: pd.Series) -> str:
        guess = difflib.get_close_matches(r["kind"].lower(), KINDS, n=1)
        return f"unknown kind {r['kind']!r}: expected one of {', '.join(KINDS)}" + (
            f" (did you mean {guess[0]!r}?)" if guess else ""
        )

    flag(bad_kind.to_numpy(), "kind", kind_message)

    counts, count_errors = _parse_column(frame["count"], parse_count, CountSyntaxError)
    flag(
        frame["count"].isin(list(count_errors)).to_numpy(), "count",
        lambda r: f"{count_errors[r['count']]}: expected a number, a range such as 7,000-8,000, "
        "or words such as 'about 1,000', 'as many as 5,300', 'thousands'",
    )

    lat = pd.to_numeric(frame["lat"].str.replace(",", ".", regex=False).replace("", np.nan), errors="coerce")
    lon = pd.to_numeric(frame["lon"].str.replace(",", ".", regex=False).replace("", np.nan), errors="coerce")
    for name, values, limit in (("lat", lat, 90), ("lon", lon, 180)):
        text = frame[name]
        flag(((text != "") & values.isna()).to_numpy(), name, lambda r, n=name: f"{r[n]!r} is not a number: expected decimal degrees")
        flag((values.abs() > limit).to_numpy(), name,
             lambda r, n=name, lim=limit: f"{r[n]} is out of range: expected -{lim} to {lim} degrees",
             hint="are lat and lon swapped?" if name == "lat" else "")
    flag((lat.notna() ^ lon.notna()).to_numpy(), "lat" if lat.isna().any() else "lon",
         "only one of lat and lon is given: expected both or neither")
    flag(((frame["place"] == "") & (lat.isna() | lon.isna())).to_numpy(), "place",
         "empty: expected a place name, or lat and lon")

    if problems:
        problems.sort(key=lambda p: (p.where.row or 0, COLUMNS.index(p.where.column) if p.where.column in COLUMNS else 99))
        raise InputErrors(problems[:MAX_PROBLEMS], total=len(problems))

    date_of = _per_value(frame["date"], dates)
    count_of = _per_value(frame["count"], counts)
    out = pd.DataFrame({
        "caravan": frame["caravan"],
        "date": date_of(lambda d: d.iso(), object),
        "date_start": pd.to_datetime(date_of(lambda d: d.start, object)),
        "date_end": pd.to_datetime(date_of(lambda d: d.end, object)),
        "date_precision": date_of(lambda d: d.precision, object),
        "date_approx": date_of(lambda d: d.approximate, bool),
        "place": frame["place"],
        "country": frame["country"],
        "kind": kinds,
        "count": frame["count"],
        "count_low": count_of(lambda c: c.low if c else np.nan, float),
        "count_high": count_of(lambda c: c.high if c else np.nan, float),
        "count_nominal": count_of(lambda c: c.nominal if c else np.nan, float),
        "count_qualifier": count_of(lambda c: c.qualifier if c else "", object),
        "count_additional": count_of(lambda c: bool(c and c.additional), bool),
        "source": frame["source"],
        "url": frame["url"],
        "note": frame["note"],
        "lat": lat.astype(float),
        "lon": lon.astype(float),
        "located_by": np.where(lat.notna(), "given", ""),
        "file": where.file,
        "row": rows,
    })
    return out


def _points(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame["lon"], frame["lat"]), crs="EPSG:4326")


def read_reports(path: str | Path, *, encoding: str | None = None) -> gpd.GeoDataFrame:
    """Read and validate one reports file (CSV or GeoJSON; ``"-"`` reads CSV from stdin).

    Returns a GeoDataFrame, one row per report, with parsed dates
    (``date_start``, ``date_end``, ``date_precision``, ``date_approx``) and
    counts (``count_low``, ``count_high``, ``count_qualifier``,
    ``count_additional``); ``geometry`` is set where the row gives lat and lon
    (the rest are located by :func:`routes.locate`).  ``file`` and ``row`` say
    where each report came from.

    Raises :class:`geo.InputError` (or :class:`geo.InputErrors`, listing every bad
    row) when the file cannot be used.
    """
    name = "<stdin>" if str(path) == "-" else str(path)
    where = Where(name)
    if str(path) == "-":
        raw = sys.stdin.buffer.read()
    else:
        p = Path(path)
        if not p.exists():
            raise InputError("no such file", where=where)
        if p.is_dir():
            raise InputError("is a folder: expected a .csv or .geojson file", where=where)
        if p.suffix.lower() in (".xlsx", ".xls", ".ods"):
            raise InputError(
                f"{p.suffix} spreadsheets are not read directly",
                where=where, hint="export the sheet as CSV (comma or semicolon separated) and pass that file",
            )
        raw = p.read_bytes()
    text = _decode(raw, where, encoding)
    if name.lower().endswith((".geojson", ".json")) or text.lstrip().startswith("{"):
        frame = _frame_from_geojson(text, where)
    else:
        frame = _frame_from_csv(text, where)
    frame = _normalise_columns(frame, where)
    if frame.empty:
        raise InputError("the file has a header but no reports", where=where)
    return _points(_validate(frame, where))


def read_many(paths: Iterable[str | Path], *, encoding: str | None = None) -> gpd.GeoDataFrame:
    """Read several report files into one table (see :func:`read_reports`)."""
    frames = [read_reports(p, encoding=encoding) for p in paths]
    if not frames:
        raise InputError("no reports file given")
    return _points(pd.concat([pd.DataFrame(f.drop(columns="geometry")) for f in frames], ignore_index=True))
