"""Reading report files into one validated table.

:func:`read_reports` takes CSV (comma, semicolon or tab separated; UTF-8 with
or without BOM, or UTF-16 with BOM) or GeoJSON point features, checks every
row, parses dates and counts, and returns a GeoDataFrame with one row per
report.  Every problem names the file, the row (as a spreadsheet numbers it:
the header is row 1, a blank line or a field with a line break inside quotes
still counts as one row) and the column, and says what was expected.
A CSV cell that routemapper's own writers neutralised against spreadsheet
formulas (``'=...``, :mod:`geo.csvsafe`) is read back as its original text.

What is checked (and refused, with exit code 2 on the command line):

- the file: missing, a folder, a spreadsheet or other binary file, not UTF-8
  (with an ``--encoding`` hint), UTF-16 without a byte-order mark, empty,
  header only, broken quoting, a row with more fields than the header;
- the header: a required column missing, a column named twice, an unknown
  column close to a known one (``plcae`` -> did you mean ``place``?); other
  unknown columns are ignored;
- each row: empty caravan or date, a date that is not a real day, a date
  before 1900 or after today (a typo, unless ``kind`` is ``planned``), an
  unknown kind, an unreadable, negative, zero or absurd count (see
  :data:`routes.counts.MAX_COUNT`), lat/lon that are not numbers, out of range
  (with a hint when they look swapped), or only one of the two, neither place
  nor coordinates;
- the table: two rows that are identical in every column (the second is
  almost always a copy-paste slip, and counting it twice would inflate the
  group), reported with both row numbers.

Large files are parsed by pandas' C reader; each distinct date and count is
parsed once, so 1,000,000 rows read in seconds (``benchmarks/read_reports_speed.py``).
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.csvsafe import CONTROL_CHARACTERS, restore
from geo.distance import haversine_km
from geo.errors import InputError, InputErrors, Where

from .counts import CountSyntaxError, parse_count
from .dates import DateSyntaxError, parse_date
from .memory import release_unused
from .schema import COLUMNS, DEFAULT_KIND, KEPT, KINDS

#: At most this many problems are listed in one error.
MAX_PROBLEMS = InputErrors.MAX_LISTED

#: Dates before this day are refused as typos (``1018-10-15`` for ``2018-10-15``).
EARLIEST_DATE = date(1900, 1, 1)

#: The kind whose reports may lie in the future (an announced departure).
FUTURE_KIND = "planned"

#: The bytes of the C0 controls and DEL among :data:`geo.csvsafe.CONTROL_CHARACTERS` (a quick pre-check).
_C0_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
_DATE_FORMS = "expected YYYY-MM-DD, ~YYYY-MM-DD, YYYY-MM or YYYY-MM-DD/YYYY-MM-DD"
_SPREADSHEET_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # xlsx/ods (zip), xls (OLE)


def _decode(raw: bytes, where: Where, encoding: str | None) -> str:
    if encoding:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError(f"cannot decode the file as {encoding}: {exc}", where=where) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"the file starts with a UTF-16 mark but is not UTF-16 ({exc.reason})", where=where,
                             hint="save it again as UTF-8 or UTF-16") from None
    if raw.startswith(_SPREADSHEET_MAGIC):
        raise InputError("this is a spreadsheet file, not CSV text", where=where,
                         hint="export the sheet as CSV (comma or semicolon separated) and pass that file")
    head = raw[:4096]
    if b"\x00" in head:
        odd, even = head[1::2].count(0), head[0::2].count(0)
        if max(odd, even) > len(head) // 4:
            endian = "le" if odd > even else "be"
            raise InputError("the file looks like UTF-16 without a byte-order mark", where=where,
                             hint=f"say its encoding: --encoding utf-16-{endian}")
        raise InputError("the file holds binary data (NUL bytes), not CSV text", where=where,
                         hint="pass a .csv or .geojson file")
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


def _stripped(values: Iterable) -> np.ndarray:
    """The values as stripped ``str`` objects, missing ones as ``""``.

    A list comprehension beats ``Series.str.strip`` sixfold here.
    """
    return np.array([v.strip() if type(v) is str else _text(v) for v in values], dtype=object)


def _restored(values: Iterable) -> np.ndarray:
    """:func:`_stripped`, with the cells our CSV writers neutralised read back as their text (:mod:`geo.csvsafe`)."""
    return np.array([(restore(v) if v[:1] == "'" else v).strip() if type(v) is str else _text(v) for v in values],
                    dtype=object)


def _may_hold_controls(data: bytes) -> bool:
    """False when the UTF-8 ``data`` surely holds no :data:`geo.csvsafe.CONTROL_CHARACTERS` character (one quick pass, no regex
    unless a C1 lead byte is there), so that most files skip the check cell by cell."""
    return len(data.translate(None, _C0_BYTES)) != len(data) or (b"\xc2" in data and _C1_UTF8.search(data) is not None)


def _joined(column: pd.Series) -> str:
    """The column's cells as one string (for one regular-expression scan instead of one a cell)."""
    values = column.to_numpy(dtype=object)
    try:
        return "".join(values)
    except TypeError:  # a cell that is not text
        return "".join(map(str, values))


def _text(value: object) -> str:
    return "" if value is None or value != value else str(value).strip()


def _repeated_rows(frame: pd.DataFrame) -> np.ndarray:
    """Mask of rows identical to another row in every column.

    Narrows the candidates one column at a time, most varied columns first,
    so that a large table with no repeats costs about one hash pass.
    """
    candidates = np.arange(len(frame))
    for col in ("note", "url", "lat", "lon", "place", "source", "count", "date", "caravan", "kind", "country"):
        if len(candidates) < 2:
            break
        values = frame[col].to_numpy()[candidates]
        candidates = candidates[pd.Series(values).duplicated(keep=False).to_numpy()]
    mask = np.zeros(len(frame), dtype=bool)
    if len(candidates) > 1:
        mask[candidates[frame.iloc[candidates].duplicated(keep=False).to_numpy()]] = True
    return mask


def _frame_from_records(header: list[str], body: pd.DataFrame | list[list[str]], rows) -> pd.DataFrame:
    frame = pd.DataFrame(body, columns=range(len(header)), dtype=object) if isinstance(body, list) else body
    frame.columns = [h.strip() for h in header]
    frame.index = pd.Index(np.asarray(rows, dtype=np.int64), name="row")
    return frame


def _csv_slow(text: str, delimiter: str, where: Where) -> pd.DataFrame:
    """The careful reader: exact row numbers in messages for files the fast reader refuses."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    record = 0
    while True:
        start_line = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(
                f"row {record + 1} (line {start_line}) is not valid CSV: {exc}",
                where=where,
                hint='a field that starts with a quote must end with one; write a quote inside a quoted field as ""',
            ) from None
        record += 1
        if any(cell.strip() for cell in fields):
            records.append((record, fields))
    if not records:
        raise InputError("the file has no header: every row is blank", where=where,
                         hint="the first row names the columns: caravan, date, place, ...")
    (_, header), body = records[0], records[1:]
    width = len(header)
    for row, fields in body:
        if len(fields) > width and any(cell.strip() for cell in fields[width:]):
            raise InputError(
                f"{len(fields)} fields where the header has {width}",
                where=Where(where.file, row),
                hint=f"quote fields that contain the separator ({delimiter!r})",
            )
    values = [(fields + [""] * width)[:width] for _, fields in body]
    return _frame_from_records(header, values, [row for row, _ in body])


def _frame_from_csv(data: bytes, where: Where) -> pd.DataFrame:
    """Read CSV (``data`` is UTF-8) with pandas' C reader.

    Files it refuses (ragged rows, broken quotes, blank lines before the
    header) go through :func:`_csv_slow`, which says exactly where.
    """
    head = data[:65536].decode("utf-8", errors="ignore")
    if not head.strip() and (not data or data.isspace()):
        raise InputError("the file is empty: expected a header row and at least one report", where=where)
    delimiter = _sniff_delimiter(head.lstrip().split("\n", 1)[0])
    if not head[:1].strip() or b"\x00" in data:
        return _csv_slow(data.decode("utf-8"), delimiter, where)
    try:
        table = pd.read_csv(io.BytesIO(data), sep=delimiter, header=None, dtype=str, na_filter=False,
                            skip_blank_lines=False, engine="c", encoding="utf-8")
    except (pd.errors.ParserError, ValueError, IndexError):
        return _csv_slow(data.decode("utf-8"), delimiter, where)
    header = [str(h) for h in table.iloc[0].tolist()]
    table = table.iloc[1:].reset_index(drop=True)
    # a blank line: every field empty, or only whitespace in the first (the C reader leaves it there);
    # narrowed column by column so that a table with no blank lines costs one comparison
    candidates = np.arange(len(table))
    for col in table.columns[1:]:
        if not len(candidates):
            break
        values = table[col].to_numpy(dtype=object)[candidates]
        candidates = candidates[pd.isna(values) | (values == "")]
    first = table[table.columns[0]].to_numpy(dtype=object)
    candidates = candidates[_stripped(first[candidates]) == ""]
    blank = np.zeros(len(table), dtype=bool)
    blank[candidates] = True
    keep = np.flatnonzero(~blank)
    body = table.iloc[keep].reset_index(drop=True) if len(keep) < len(table) else table
    return _frame_from_records(header, body, keep + 2)


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
        if not isinstance(feature, dict):
            raise InputError(f"feature {i + 1} is not an object", where=Where(where.file, i + 1))
        props = feature.get("properties") or {}
        if not isinstance(props, dict):
            raise InputError(f"feature {i + 1} has properties that are not an object", where=Where(where.file, i + 1))
        props = dict(props)
        geom = feature.get("geometry")
        if geom:
            coords = geom.get("coordinates") if isinstance(geom, dict) else None
            if (not isinstance(geom, dict) or geom.get("type") != "Point" or not isinstance(coords, list)
                    or len(coords) < 2):
                kind = geom.get("type") if isinstance(geom, dict) else type(geom).__name__
                raise InputError(
                    f"feature {i + 1} has a {kind} geometry: expected a Point",
                    where=Where(where.file, i + 1, "geometry"),
                )
            props["lon"], props["lat"] = coords[:2]
        records.append({str(k): "" if v is None else str(v) for k, v in props.items()})
    if not records:
        raise InputError("the FeatureCollection has no features: expected at least one report", where=where)
    frame = pd.DataFrame.from_records(records).fillna("").astype(object)
    frame.index = pd.Index(np.arange(1, len(frame) + 1), name="row")
    return frame


def _normalise_columns(frame: pd.DataFrame, where: Where, *, restore_cells: bool = False) -> pd.DataFrame:
    rename = {}
    unknown = []
    for col in frame.columns:
        key = str(col).strip().lower().lstrip("\ufeff")
        if key in COLUMNS or key in KEPT:
            rename[col] = key
        else:
            unknown.append(col)
    frame = frame.rename(columns=rename)
    dupes = [c for c in frame.columns[frame.columns.duplicated()] if c in COLUMNS or c in KEPT]
    if dupes:
        raise InputError(f"column {dupes[0]!r} appears twice in the header", where=Where(where.file, 1),
                         hint="keep one of them, or rename the other")
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
    out = pd.DataFrame(index=frame.index)
    clean = _restored if restore_cells else _stripped
    for col in COLUMNS:
        out[col] = clean(frame[col].to_numpy()) if col in frame.columns else ""
    for col in KEPT:  # only when the file has it: a million reports without quotes carry no empty column
        if col in frame.columns:
            out[col] = clean(frame[col].to_numpy())
    return out


def _parse_distinct(values: pd.Series, parse: Callable, error_type: type[Exception]):
    """Parse each distinct value once.

    Returns ``(codes, results, errors)``: ``codes[i]`` indexes the distinct
    value of row ``i``, ``results`` holds one parse result (``None`` for empty
    text or an error) per distinct value, ``errors`` maps a distinct index to
    its error.
    """
    codes, uniques = pd.factorize(values.to_numpy(dtype=object))
    results: list = [None] * len(uniques)
    errors: dict[int, Exception] = {}
    for k, value in enumerate(uniques):
        if value == "":
            continue
        try:
            results[k] = parse(value)
        except error_type as exc:
            errors[k] = exc
    return codes, results, errors


def _degrees(text: pd.Series) -> pd.Series:
    """Decimal degrees from text; a decimal comma (``14,9``) is read too; NaN where empty or unreadable."""
    values = pd.to_numeric(text.replace("", np.nan), errors="coerce")
    retry = values.isna().to_numpy() & (text != "").to_numpy()
    if retry.any():  # only the few cells that need it pay for the comma
        values[retry] = pd.to_numeric(text[retry].str.replace(",", ".", regex=False), errors="coerce")
    return values.astype(float)


def _swap_hint(lat: pd.Series, lon: pd.Series) -> np.ndarray:
    """Rows whose lat is out of range but would be in range as lon, and the other way round."""
    return ((lat.abs() > 90) & (lon.abs() <= 90)).to_numpy()


#: A given point this far (km) from the middle of its caravan's other points, whose swapped
#: reading lies within :data:`SWAP_NEAR_KM` of it, is taken for swapped lat and lon.
SWAP_FAR_KM = 2_000.0
SWAP_NEAR_KM = 500.0


def _swapped_in_caravan(caravan: pd.Series, lat: pd.Series, lon: pd.Series) -> np.ndarray:
    """Rows whose point lies far from the caravan's other given points while the swapped point lies among them.

    Catches swaps that stay in range (Panama: lat 9, lon -79.5 written as
    lat -79.5, lon 9).  The caravan's middle is the median of its given
    points, so one swapped row cannot drag it away; caravans with fewer than
    three given points are not judged.
    """
    given = lat.notna() & lon.notna() & (lat.abs() <= 90) & (lon.abs() <= 180)
    if given.sum() < 3:
        return np.zeros(len(lat), dtype=bool)
    groups = pd.DataFrame({"caravan": caravan, "lat": lat.where(given), "lon": lon.where(given)}).groupby("caravan")
    mid_lat, mid_lon = groups["lat"].transform("median"), groups["lon"].transform("median")
    enough = groups["lat"].transform("count") >= 3
    far = haversine_km(lat, lon, mid_lat, mid_lon) > SWAP_FAR_KM
    near_if_swapped = haversine_km(lon, lat, mid_lat, mid_lon) < SWAP_NEAR_KM
    return (given & enough & far & near_if_swapped).to_numpy()


def _validate(frame: pd.DataFrame, where: Where, today: date, *, controls: bool = True) -> pd.DataFrame:
    """Check every row (``controls``: look for control characters too); raise :class:`geo.InputErrors`."""
    rows = frame.index.to_numpy(dtype=np.int64)
    problems: list[InputError] = []
    total = 0

    def flag(mask: np.ndarray, column: str, message, hint: str = "") -> None:
        nonlocal total
        total += int(np.count_nonzero(mask))
        for i in np.flatnonzero(mask)[: MAX_PROBLEMS + 1]:
            text = message(frame.iloc[i]) if callable(message) else message
            problems.append(InputError(text, where=Where(where.file, int(rows[i]), column),
                                       hint=hint(frame.iloc[i]) if callable(hint) else hint))

    flag((frame["caravan"] == "").to_numpy(), "caravan", "empty: expected the id of the moving group, e.g. 2018-10-honduras")
    for column in COLUMNS if controls else ():
        if column in frame and CONTROL_CHARACTERS.search(_joined(frame[column])):  # one scan a column
            flag(frame[column].map(lambda v: CONTROL_CHARACTERS.search(str(v)) is not None).to_numpy(bool), column,
                 lambda r, c=column: f"holds a control character (U+{ord(CONTROL_CHARACTERS.search(str(r[c])).group()):04X}): "
                                     "expected plain text",
                 hint="delete it: printed in a terminal, a control character can rewrite the screen")

    kinds = frame["kind"].str.lower().replace("", DEFAULT_KIND)
    bad_kind = ~kinds.isin(KINDS)

    date_codes, dates, date_errors = _parse_distinct(frame["date"], parse_date, DateSyntaxError)
    flag((frame["date"] == "").to_numpy(), "date", f"empty: {_DATE_FORMS}")
    date_bad = np.zeros(len(dates) + 1, dtype=bool)  # one spare slot so that code -1 is never bad
    date_bad[list(date_errors)] = True
    flag(date_bad[date_codes], "date", lambda r: str(date_errors[date_codes[frame.index.get_loc(r.name)]]),
         hint=lambda r: date_errors[date_codes[frame.index.get_loc(r.name)]].hint)
    # rows without a parsed date get today's date here, so that only the checks below can flag them
    start = np.array([d.start if d else today for d in dates] + [today], dtype="datetime64[D]")
    future = (start[date_codes] > np.datetime64(today, "D")) & (kinds != FUTURE_KIND).to_numpy()
    flag(future, "date", lambda r: f"{r['date']!r} is after today ({today.isoformat()})",
         hint="a report dated in the future is probably a typo (check the year); an announced event takes kind 'planned'")
    flag(start[date_codes] < np.datetime64(EARLIEST_DATE, "D"), "date",
         lambda r: f"{r['date']!r} is before {EARLIEST_DATE.year}: expected the date of a news report",
         hint="check the year for a typo")

    def kind_message(r: pd.Series) -> str:
        guess = difflib.get_close_matches(r["kind"].lower(), KINDS, n=1)
        return f"unknown kind {r['kind']!r}: expected one of {', '.join(KINDS)}" + (
            f" (did you mean {guess[0]!r}?)" if guess else ""
        )

    flag(bad_kind.to_numpy(), "kind", kind_message)

    count_codes, counts, count_errors = _parse_distinct(frame["count"], parse_count, CountSyntaxError)
    count_bad = np.zeros(len(counts) + 1, dtype=bool)
    count_bad[list(count_errors)] = True
    flag(count_bad[count_codes], "count", lambda r: str(count_errors[count_codes[frame.index.get_loc(r.name)]]),
         hint=lambda r: count_errors[count_codes[frame.index.get_loc(r.name)]].hint)

    lat, lon = _degrees(frame["lat"]), _degrees(frame["lon"])
    swapped = _swap_hint(lat, lon) | _swap_hint(lon, lat)
    swap_text = "are lat and lon swapped? lat runs -90 to 90 (north-south), lon -180 to 180 (east-west)"
    for name, values, limit in (("lat", lat, 90), ("lon", lon, 180)):
        text = frame[name]
        finite = np.isfinite(values.to_numpy(dtype=float, na_value=np.nan))
        flag(((text != "") & ~finite).to_numpy(), name,
             lambda r, n=name: f"{r[n]!r} is not a number: expected decimal degrees")
        out_of_range = (values.abs() > limit).to_numpy() & finite
        flag(out_of_range & swapped, name,
             lambda r, n=name, lim=limit: f"{r[n]} is out of range: expected -{lim} to {lim} degrees",
             hint=swap_text)
        flag(out_of_range & ~swapped, name,
             lambda r, n=name, lim=limit: f"{r[n]} is out of range: expected -{lim} to {lim} degrees")
    flag(_swapped_in_caravan(frame["caravan"], lat, lon), "lat",
         lambda r: f"lat {r['lat']}, lon {r['lon']} lies over {SWAP_FAR_KM:,.0f} km from the other reports of "
         f"caravan {r['caravan']!r}; read the other way round it lies among them",
         hint="are lat and lon swapped?")
    has_lat, has_lon = (frame["lat"] != "").to_numpy(), (frame["lon"] != "").to_numpy()
    flag(has_lat & ~has_lon, "lon", "empty while lat is given: expected both lat and lon, or neither")
    flag(has_lon & ~has_lat, "lat", "empty while lon is given: expected both lat and lon, or neither")
    flag(((frame["place"] == "") & (lat.isna() | lon.isna())).to_numpy(), "place",
         "empty: expected a place name, or lat and lon")

    repeats = _repeated_rows(frame)
    if repeats.any():
        groups = frame[repeats].groupby(list(COLUMNS), sort=False).groups
        total += int(repeats.sum()) - len(groups)
        for members in list(groups.values())[: MAX_PROBLEMS + 1]:
            first_row, *others = [int(m) for m in members]
            for other in others:
                problems.append(InputError(
                    f"repeats row {first_row} exactly", where=Where(where.file, other),
                    hint="delete the repeated row; if two sources said the same, name each in 'source'"))

    if problems:
        problems.sort(key=lambda p: (p.where.row or 0, COLUMNS.index(p.where.column) if p.where.column in COLUMNS else 99))
        raise InputErrors(problems[:MAX_PROBLEMS], total=total)

    def per_date(get, dtype=object) -> np.ndarray:
        return np.array([get(d) for d in dates], dtype=dtype)[date_codes]

    def per_count(get, empty, dtype=object) -> np.ndarray:
        return np.array([get(c) if c else empty for c in counts] + [empty], dtype=dtype)[count_codes]

    out = pd.DataFrame({
        "caravan": frame["caravan"].to_numpy(),
        "date": per_date(lambda d: d.iso()),
        "date_start": per_date(lambda d: d.start, "datetime64[D]").astype("datetime64[s]"),
        "date_end": per_date(lambda d: d.end, "datetime64[D]").astype("datetime64[s]"),
        "date_precision": per_date(lambda d: d.precision),
        "date_approx": per_date(lambda d: d.approximate, bool),
        "place": frame["place"].to_numpy(),
        "country": frame["country"].to_numpy(),
        "kind": kinds.to_numpy(),
        "count": frame["count"].to_numpy(),
        "count_low": per_count(lambda c: c.low, np.nan, float),
        "count_high": per_count(lambda c: c.high, np.nan, float),
        "count_nominal": per_count(lambda c: c.nominal, np.nan, float),
        "count_qualifier": per_count(lambda c: c.qualifier, ""),
        "count_additional": per_count(lambda c: c.additional, False, bool),
        "source": frame["source"].to_numpy(),
        "url": frame["url"].to_numpy(),
        "note": frame["note"].to_numpy(),
        "lat": lat.to_numpy(dtype=float, na_value=np.nan),
        "lon": lon.to_numpy(dtype=float, na_value=np.nan),
        "located_by": np.where(lat.notna(), "given", ""),
        "file": where.file,
        "row": rows,
    })
    for col in ("caravan", "date", "date_precision", "place", "country", "kind", "count", "count_qualifier",
                "source", "url", "note", "located_by", "file"):
        out[col] = out[col].astype(str)
    for col in KEPT:
        if col in frame:
            out[col] = frame[col].to_numpy().astype(str)
    return out


def _points(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(frame, geometry=gpd.points_from_xy(frame["lon"], frame["lat"]), crs="EPSG:4326")


def read_reports(path: str | Path, *, encoding: str | None = None, today: date | None = None) -> gpd.GeoDataFrame:
    """Read and validate one reports file (CSV or GeoJSON; ``"-"`` reads CSV from stdin).

    Returns a GeoDataFrame, one row per report, with parsed dates
    (``date_start``, ``date_end``, ``date_precision``, ``date_approx``) and
    counts (``count_low``, ``count_high``, ``count_qualifier``,
    ``count_additional``); ``geometry`` is set where the row gives lat and lon
    (the rest are located by :func:`routes.locate`).  ``file`` and ``row`` say
    where each report came from.

    ``today`` (default: the local date) is the last day a report that is not
    ``planned`` may carry.  The checks are listed in this module's docstring.

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
        try:
            raw = p.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read the file ({exc.strerror or exc})", where=where) from None
    text = _decode(raw, where, encoding)
    restore_cells, controls = False, True
    if name.lower().endswith((".geojson", ".json")) or text[:4096].lstrip().startswith("{"):
        frame = _frame_from_geojson(text, where)
    else:
        restore_cells = "'" in text  # a cell neutralised by our CSV writers starts with an apostrophe
        # the C reader gets UTF-8 bytes: the file itself when it is UTF-8, else the decoded text re-encoded
        if encoding or raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            raw = text.encode("utf-8")
        elif raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        del text
        controls = _may_hold_controls(raw)
        frame = _frame_from_csv(raw, where)
        del raw
    frame = _normalise_columns(frame, where, restore_cells=restore_cells)
    if frame.empty:
        raise InputError("the file has a header but no reports", where=where)
    reports = _points(_validate(frame, where, today or date.today(), controls=controls))
    del frame
    release_unused()  # the text read and checked on the way (Arrow's pages) goes back to the system
    return reports


def reports_from_rows(rows: Iterable[dict] | pd.DataFrame, *, name: str = "<rows>", first_row: int = 1,
                      today: date | None = None) -> gpd.GeoDataFrame:
    """Validate report rows that are already in Python (dicts or a DataFrame) as :func:`read_reports` does.

    ``rows`` has the report columns (:data:`routes.schema.COLUMNS`; others,
    such as the offsets of ``routemapper extract`` drafts, are ignored; its ``quote`` is kept: :data:`routes.schema.KEPT`).
    Problems name ``name`` as the file and number the rows from
    ``first_row``.  Raises :class:`geo.InputError` / :class:`geo.InputErrors`
    as :func:`read_reports` does.
    """
    where = Where(name)
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame.from_records(list(rows))
    if frame.empty:
        raise InputError("no reports", where=where)
    frame = frame.set_axis(np.arange(first_row, first_row + len(frame)), axis=0)
    frame = _normalise_columns(frame, where)
    return _points(_validate(frame, where, today or date.today()))


def read_many(paths: Iterable[str | Path], *, encoding: str | None = None, today: date | None = None) -> gpd.GeoDataFrame:
    """Read several report files into one table (see :func:`read_reports`)."""
    frames = [read_reports(p, encoding=encoding, today=today) for p in paths]
    if not frames:
        raise InputError("no reports file given")
    if len(frames) == 1:
        return frames[0]
    return _points(pd.concat([pd.DataFrame(f.drop(columns="geometry")) for f in frames], ignore_index=True))
