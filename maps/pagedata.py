"""The map page's data as binary columns: one layout, written here, read by the page's ``decode.js``.

A map's reports, legs and the rest travel as typed arrays (quantised
coordinates, day numbers, dictionary codes for text, sizes), packed one after
another, compressed with gzip and embedded in the HTML as base64 inside
non-executed ``<script type="application/octet-stream">`` blocks.  The page
decodes them with the browser's own ``DecompressionStream`` (no library, no
network, no ``eval``).  A small block (up to :data:`RAW_MAX` bytes: a map of a
few thousand reports) travels uncompressed instead, after the 8 bytes
:data:`RAW_MAGIC` (a gzip stream starts with 1f 8b): the page reads it at once,
where inflating it would wait for the stream's tasks.  Styling is computed here: circle radii and leg widths
arrive in pixels.

:data:`LAYOUT` is the one source of truth for the columns: :func:`pack`
writes its description (name, storage type, divisor, offset, missing value,
byte offset, delta coding) into the page next to the data, and the page reads
every column from that description, so Python and the page cannot disagree
about where a column is or what it holds.  :func:`unpack` is the same reader
in Python (for tests and for checking a page).

Storage: ``value = stored / div + offset``; a ``missing`` stored value reads
as NaN; ``delta`` columns store differences from the previous row (codes that
mostly count up compress to almost nothing).  Text columns hold codes into
one string table shared by the whole map, whose first ``head`` strings (the
kinds, precisions and qualifiers: what drawing needs) also travel as JSON,
so the page can draw before the full table is decoded.
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from routes.memory import release_unused

#: Storage types: the page makes the typed array of the same name (little-endian).
TYPES = {"i32": "<i4", "u32": "<u4", "u16": "<u2", "u8": "u1", "f32": "<f4", "f64": "<f8"}
#: Whole-number limits of the integer types.
_LIMITS = {"i32": (-(2**31), 2**31 - 1), "u32": (0, 2**32 - 1), "u16": (0, 2**16 - 1), "u8": (0, 2**8 - 1)}
#: Each column starts at a multiple of this many bytes, so the page can view it in place.
ALIGN = 8
#: Compression level: higher for small blocks (the ratio matters), fast for big ones (the time does): at
#: 100,000 reports level 2 makes the columns smaller than level 1 in the same time, and the text (3.8 MB)
#: 3% bigger than level 6 in an eighth of the time.
_LEVEL_SMALL, _LEVEL_BIG, _BIG_BYTES = 6, 2, 1_000_000
#: Blocks of up to this many bytes travel uncompressed (a 1,000-report map's are 36-123 kB: a few tens of kB
#: more HTML, where DecompressionStream's asynchronous reads held its first drawing back by tens of ms).
RAW_MAX = 256 * 1024
#: The first 8 bytes of an uncompressed block (decode.js knows them too; a gzip stream starts with 1f 8b).
RAW_MAGIC = b"rmraw\0\0\0"


@dataclass(frozen=True)
class Column:
    """One column of a table: its name in the page and how it is stored.

    ``kind`` is ``"number"`` (``value = stored / div + offset``, ``missing``
    stored for NaN), ``"text"`` (codes into the string table) or ``"flag"``
    (0/1).  ``type`` is the storage type; for text it is chosen per page from
    the largest code (``u8``, ``u16`` or ``u32``).
    """

    name: str
    kind: str = "number"
    type: str = "u32"
    div: float = 1.0
    missing: int | None = None
    delta: bool = False


#: Every table the page receives and its columns.  ``points`` holds each distinct location once;
#: reports (``pt``) and both ends of each leg (``a``, ``b``) point into it.
LAYOUT: dict[str, tuple[Column, ...]] = {
    "points": (
        Column("lat", type="i32", div=1e5, missing=-(2**31)),
        Column("lon", type="i32", div=1e5, missing=-(2**31)),
    ),
    "reports": (
        Column("pt", type="u32", delta=True),
        Column("r", type="u16", div=10, missing=2**16 - 1),
        Column("rh", type="u16", div=10, missing=2**16 - 1),
        Column("low", type="u32", div=2, missing=2**32 - 1),
        Column("high", type="u32", div=2, missing=2**32 - 1),
        Column("day", type="u16", missing=2**16 - 1),
        Column("approx", kind="flag", type="u8"),
        Column("told", kind="flag", type="u8"),
        Column("conf", type="u8", div=100, missing=2**8 - 1),
        Column("group", type="i32", missing=-1),
        Column("date", kind="text"),
        Column("kind", kind="text"),
        Column("place", kind="text"),
        Column("resolved", kind="text"),
        Column("precision", kind="text"),
        Column("count", kind="text"),
        Column("qual", kind="text"),
        Column("source", kind="text"),
        Column("url", kind="text"),
        Column("note", kind="text"),
        Column("quote", kind="text"),
    ),
    "segments": (
        Column("a", type="u32", delta=True),
        Column("b", type="u32", delta=True),
        Column("w", type="u16", div=10, missing=2**16 - 1),
        Column("size", type="u32", missing=2**32 - 1),
        Column("carried", kind="flag", type="u8"),
        Column("approx", kind="flag", type="u8"),
        Column("back", kind="flag", type="u8"),
        Column("from", kind="text"),
        Column("to", kind="text"),
        Column("startDay", type="u16", missing=2**16 - 1),
        Column("endDay", type="u16", missing=2**16 - 1),
        Column("km", type="u32", div=10, missing=2**32 - 1),
        Column("days", type="i32", missing=-(2**31)),
    ),
    "groups": (
        Column("low", type="u32", div=2, missing=2**32 - 1),
        Column("high", type="u32", div=2, missing=2**32 - 1),
        Column("joined", type="u32", div=2, missing=2**32 - 1),
    ),
    "dates": (
        Column("key", kind="text"),
        Column("text", kind="text"),
        Column("label", kind="text"),
    ),
    "names": (
        Column("i", type="u32", delta=True),
        Column("s", kind="text"),
    ),
    # one row a caravan: where its rows end in each table (each starts where the one before ends, the
    # first at 0), its colour (a position in meta["palette"]), id, name and text summary
    "caravans": (
        Column("reports", type="u32", delta=True),
        Column("segments", type="u32", delta=True),
        Column("groups", type="u32", delta=True),
        Column("names", type="u32", delta=True),
        Column("color", type="u16"),
        Column("id", kind="text"),
        Column("name", kind="text"),
        Column("summary", kind="text"),
    ),
    "cells": (
        Column("x", type="u16"),
        Column("y", type="u16"),
        Column("n", type="u32"),
        Column("caravan", type="i32", missing=-1),
    ),
    "flows": (
        Column("x1", type="u16"),
        Column("y1", type="u16"),
        Column("x2", type="u16"),
        Column("y2", type="u16"),
        Column("n", type="u32"),
        Column("caravan", type="i32", missing=-1),
    ),
}

#: Text columns whose values go first in the string table (what drawing needs, shipped also as JSON).
HEAD_TEXT = (("reports", "kind"), ("reports", "precision"), ("reports", "qual"))


def _column(spec: Column) -> dict:
    out: dict[str, Any] = {"name": spec.name, "kind": spec.kind, "type": spec.type}
    if spec.div != 1:
        out["div"] = spec.div
    if spec.missing is not None:
        out["missing"] = spec.missing
    if spec.delta:
        out["delta"] = True
    return out


def _stored(spec: Column, values: np.ndarray, offset: float) -> np.ndarray:
    """``values`` as ``spec`` stores them (rounded, missing marked, delta-coded), checked to fit."""
    values = np.asarray(values)
    if spec.kind == "flag":
        return np.asarray(values, dtype=bool).astype(TYPES[spec.type])
    v = np.asarray(values, dtype=float)
    known = np.isfinite(v)
    scaled = np.where(known, np.round((v - offset) * spec.div), 0.0)
    low, high = _LIMITS.get(spec.type, (-np.inf, np.inf))
    if spec.missing is not None:
        bad = known & ((scaled < low) | (scaled > high) | (scaled == spec.missing))
    else:
        bad = ~known | (scaled < low) | (scaled > high)
    if bad.any():
        raise ValueError(f"column {spec.name!r}: value {v[bad][0]!r} does not fit {spec.type} "
                         f"(div {spec.div}, offset {offset})")
    stored = np.where(known, scaled, spec.missing if spec.missing is not None else 0).astype(np.int64)
    if spec.delta:  # differences, wrapped to the type: the page adds them up again in the same type
        stored = np.diff(stored, prepend=0)
    return stored.astype(TYPES[spec.type])


def _text_type(codes: np.ndarray) -> str:
    top = int(codes.max()) if len(codes) else 0
    return "u8" if top < 2**8 else "u16" if top < 2**16 else "u32"


class StringTable:
    """One table of distinct strings for the whole page; text columns become codes into it.

    Each column is coded as it is added (its own distinct strings and a code
    a row), so the table never holds the columns' text itself: at a million
    reports, ten text columns would be ten million strings at once.
    """

    def __init__(self) -> None:
        self._codes: list[np.ndarray] = []
        self._distinct: list[pa.Array] = []
        self._where: list[tuple[str, str, int]] = []  # (table, column, length)
        self._encoded: tuple[dict[tuple[str, str], np.ndarray], pa.Array, int] | None = None

    def add(self, table: str, column: str, values: Any) -> None:
        """Code a text column (missing values become empty text)."""
        series = pd.Series(values)
        text = pa.array(series.astype("str"), type=pa.large_string(), from_pandas=True)
        text = pc.fill_null(text.combine_chunks() if isinstance(text, pa.ChunkedArray) else text, "")
        distinct, codes = _coded(text)  # in Arrow and numpy: no Python string a row
        self._queue(table, column, distinct, codes)

    def add_empty(self, table: str, column: str, length: int) -> None:
        """Code a text column of ``length`` empty texts (a column the data does not have), with no text made."""
        self._queue(table, column, pa.array([""] if length else [], type=pa.large_string()),
                    np.zeros(length, dtype=np.int32))

    def _queue(self, table: str, column: str, distinct: pa.Array, codes: np.ndarray) -> None:
        """Keep a coded column (its distinct strings and an int32 code a row: half the memory of int64)."""
        if self._encoded is not None:
            raise RuntimeError("the string table is already encoded: add every column first")
        self._codes.append(codes)
        self._distinct.append(distinct)
        self._where.append((table, column, len(codes)))

    def encode(self) -> tuple[dict[tuple[str, str], np.ndarray], pa.Array, int]:
        """The codes of every queued column, the strings (an Arrow array), and how many lead strings are the head.

        The strings are in order of first appearance, the head columns' first
        (:data:`HEAD_TEXT`), then the others in the order they were added.
        The first call does the work and keeps its answer (a column added
        after it raises ``RuntimeError``).
        """
        if self._encoded is None:
            self._encoded = self._encode()
            self._codes, self._distinct = [], []
        return self._encoded

    def _encode(self) -> tuple[dict[tuple[str, str], np.ndarray], pa.Array, int]:
        head_keys = set(HEAD_TEXT)
        order = sorted(range(len(self._codes)), key=lambda k: (self._where[k][:2] not in head_keys, k))
        widths = [len(self._distinct[k]) for k in order]
        # each column's distinct strings are in its order of first appearance: one after another, a string's
        # first place among them is its first appearance in the columns one after another.  Equal strings are
        # found by sorting (stable: the first of equals is the earliest), not by a hash table over them all:
        # at a million reports that table held ~300 MB at the map's peak
        every = (pa.concat_arrays([self._distinct[k].cast(pa.large_string()) for k in order]) if order
                 else pa.array([], type=pa.large_string()))
        self._distinct = []
        strings, allcodes = _first_appearance(every)
        del every
        codes: dict[tuple[str, str], np.ndarray] = {}
        at, head = 0, 0
        for k, width in zip(order, widths):
            table, column, length = self._where[k]
            codes[table, column] = allcodes[at:at + width][self._codes[k]]
            at += width
            if (table, column) in head_keys and length:
                head = max(head, int(codes[table, column].max()) + 1)
        return codes, strings, head


#: Rows (spread over a column) whose distinct strings say whether the column has few: a hash table over them is
#: then small, and much faster than sorting the strings.
_SAMPLE = 4096
#: A column is coded by a hash table when its sample has at most this share of distinct strings.
_FEW = 1 / 8


def _coded(values: pa.Array) -> tuple[pa.Array, np.ndarray]:
    """What :func:`_first_appearance` gives, by Arrow's hash table when ``values`` hold few distinct strings.

    A hash table (``dictionary_encode``, which also numbers the strings in
    order of first appearance) is ~10x faster than the sort on a column of a
    few hundred places, kinds or dates, but holds every distinct string: on
    a column of a million different URLs that is ~150 MB at the map's peak.
    Rows spread over the column (:data:`_SAMPLE`) decide which way it goes.
    """
    n = len(values)
    if n > _SAMPLE:
        sample = values.take(pa.array(np.linspace(0, n - 1, _SAMPLE).astype(np.int64)))
        if pc.count_distinct(sample).as_py() <= _SAMPLE * _FEW:
            encoded = pc.dictionary_encode(values)
            return encoded.dictionary, encoded.indices.to_numpy(zero_copy_only=False).astype(np.int32, copy=False)
    return _first_appearance(values)


def _first_appearance(values: pa.Array) -> tuple[pa.Array, np.ndarray]:
    """``values``' distinct strings in order of first appearance, and each value's position among them (int32)."""
    n = len(values)
    if not n:
        return values, np.zeros(0, dtype=np.int32)
    by_text = pc.sort_indices(values).to_numpy()  # stable: equal strings keep their order
    ordered = values.take(by_text)
    new = np.ones(n, dtype=bool)
    new[1:] = ~pc.equal(ordered.slice(1), ordered.slice(0, n - 1)).to_numpy(zero_copy_only=False)
    del ordered
    group = np.cumsum(new) - 1  # each sorted value's string, numbered in sorted order
    first = by_text[new]  # each string's first appearance (the earliest of equals comes first)
    rank = np.empty(len(first), dtype=np.int32)
    by_first = np.argsort(first, kind="stable")
    rank[by_first] = np.arange(len(first), dtype=np.int32)  # the strings renumbered by first appearance
    codes = np.empty(n, dtype=np.int32)
    codes[by_text] = rank[group]
    return values.take(first[by_first]), codes


def _length(table: str, values: dict, text_codes: dict[tuple[str, str], np.ndarray]) -> int:
    """How many rows ``table`` has, from a column given as values (0 when every one is a function)."""
    for given in values.values():
        if not callable(given):
            return len(given)
    return next((len(codes) for (name, _), codes in text_codes.items() if name == table), 0)


def _pack_buffers(tables: dict[str, dict[str, np.ndarray]], offsets: dict[tuple[str, str], float],
                  text_codes: dict[tuple[str, str], np.ndarray]) -> tuple[bytes, dict]:
    """The columns of ``tables`` one after another (aligned), encoded as they are made (:class:`_Block`),
    and their description.

    Each column is compressed as soon as it is stored, never kept with the
    others: at a million reports they are tens of MB.
    """
    specs = {table: [s for s in LAYOUT[table] if s.name in values or (table, s.name) in text_codes]
             for table, values in tables.items()}
    raw_bytes = sum(_length(table, values, text_codes) * np.dtype(TYPES[
        _text_type(text_codes[table, s.name]) if s.kind == "text" else s.type]).itemsize
        for table, values in tables.items() for s in specs[table])
    packer = _Block(raw_bytes)
    at = 0
    described: dict[str, dict] = {}
    for table, values in tables.items():
        length = None
        cols = []
        for spec in specs[table]:
            if spec.kind == "text":
                data = np.asarray(text_codes[table, spec.name])
                spec = Column(spec.name, "text", _text_type(data), delta=bool(len(data) > 1 and
                                                                              np.mean(np.diff(data) == 1) > 0.5))
                stored = _stored(spec, data, 0.0)
                offset = 0.0
            else:
                offset = offsets.get((table, spec.name), 0.0)
                given = values[spec.name]
                stored = _stored(spec, given() if callable(given) else given, offset)
            if length is None:
                length = len(stored)
            elif len(stored) != length:
                raise ValueError(f"table {table!r}: column {spec.name!r} has {len(stored)} rows, not {length}")
            pad = (-at) % ALIGN
            packer.add(b"\0" * pad)
            packer.add(stored.data)
            at += pad
            entry = _column(spec)
            entry["at"] = at
            if offset:
                entry["offset"] = offset
            cols.append(entry)
            at += stored.nbytes
        described[table] = {"length": int(length or 0), "columns": cols}
    return packer.finish(), described


class _Block:
    """A block's bytes fed piece by piece: ``size`` (the bytes to come, or near it) up to :data:`RAW_MAX`,
    :data:`RAW_MAGIC` and the bytes as they are; else a gzip stream (what the page's
    ``DecompressionStream("gzip")`` reads), at a level set by ``size``: higher for small blocks (the ratio
    matters), fast for big ones (the time does).
    """

    def __init__(self, size: int) -> None:
        self._packer = None
        self._out: list[bytes] = []
        if size <= RAW_MAX:
            self._out.append(RAW_MAGIC)
        else:
            level = _LEVEL_SMALL if size < _BIG_BYTES else _LEVEL_BIG
            self._packer = zlib.compressobj(level, zlib.DEFLATED, 31)  # wbits 31: a gzip header and trailer

    def add(self, piece: Any) -> None:
        self._out.append(bytes(piece) if self._packer is None else self._packer.compress(piece))

    def finish(self) -> bytes:
        if self._packer is not None:
            self._out.append(self._packer.flush())
        return b"".join(self._out)


def encode_block(data: bytes | Sequence[bytes]) -> bytes:
    """A block's bytes as the page reads them (:class:`_Block`: raw when small, else gzip), from ``data``
    given whole or as pieces.

    Pieces are compressed one after another into one stream, never joined:
    at a million reports the columns are tens of MB.
    """
    pieces = [data] if isinstance(data, bytes) else data
    packer = _Block(sum(len(p) for p in pieces))
    for piece in pieces:
        packer.add(piece)
    return packer.finish()


def block_text(data: bytes | Sequence[bytes]) -> str:
    """The base64 text of a block (nothing in it can end a ``<script>`` element)."""
    return _base64(encode_block(data))


def decode_block(text: str) -> bytes:
    """The data of a block from its base64 text (what :func:`block_text` was given): raw or inflated."""
    data = base64.b64decode(text)
    if data[:len(RAW_MAGIC)] == RAW_MAGIC:
        return data[len(RAW_MAGIC):]
    return zlib.decompress(data, 31)


def _base64(encoded: bytes) -> str:
    return base64.b64encode(encoded).decode("ascii")


def pack(tables: dict[str, dict[str, np.ndarray]], *, text: StringTable | None = None,
         offsets: dict[tuple[str, str], float] | None = None) -> tuple[dict, dict[str, str]]:
    """Pack ``tables`` (name -> column name -> values) for the page.

    A column's values may be given as a function of no arguments that
    returns them: it is called when that column is packed, so a big map's
    columns need not all exist at once.

    Returns ``(layout, blocks)``: the layout (JSON-ready: each table's length
    and columns, the string table's head) and the base64 text of each block:
    ``"columns"`` (every table), ``"text"`` (the string table, when ``text``
    is given: tables without text columns need none).
    """
    if text is None:
        data, described = _pack_buffers(tables, offsets or {}, {})
        return {"version": 1, "tables": described}, {"columns": _base64(data)}
    codes, strings, head = text.encode()
    release_unused()  # the columns' text, coded, is gone: its pages go back before the columns are packed
    data, described = _pack_buffers(tables, offsets or {}, codes)
    columns = _base64(data)
    del data
    layout = {"version": 1, "tables": described, "head": strings[:head].to_pylist(), "strings": len(strings),
              "separator": "nul"}
    if len(strings) and pc.any(pc.match_substring(strings, "\0")).as_py():
        layout["separator"] = "json"  # a NUL inside a text cannot separate them: JSON it is
        raw_text = json.dumps(strings.to_pylist(), ensure_ascii=False).encode("utf-8")
    else:  # the strings joined by NUL, in Arrow (no Python string a row)
        one = pa.LargeListArray.from_arrays(pa.array([0, len(strings)], type=pa.int64()), strings)
        raw_text = pc.binary_join(one, pa.scalar("\0", pa.large_string()))[0].as_buffer().to_pybytes()
    return layout, {"columns": columns, "text": block_text(raw_text)}


def unpack(layout: dict, blocks: dict[str, str]) -> dict:
    """Read what :func:`pack` wrote (as the page does): table -> column -> numpy array, plus ``strings``.

    Numbers come back as floats (NaN where missing), flags as booleans, text
    columns as codes; ``strings`` is the string table.
    """
    raw = decode_block(blocks["columns"])
    out: dict[str, Any] = {}
    for table, desc in layout["tables"].items():
        n = desc["length"]
        cols: dict[str, np.ndarray] = {}
        for col in desc["columns"]:
            dtype = np.dtype(TYPES[col["type"]])
            stored = np.frombuffer(raw, dtype=dtype, count=n, offset=col["at"])
            if col.get("delta"):
                stored = np.cumsum(stored.astype(np.int64)).astype(dtype)  # wraps as the page's typed array does
            if col["kind"] == "flag":
                cols[col["name"]] = stored.astype(bool)
            elif col["kind"] == "text":
                cols[col["name"]] = stored.astype(np.int64)
            else:
                values = stored.astype(float) / col.get("div", 1.0) + col.get("offset", 0.0)
                if "missing" in col:
                    values[stored == col["missing"]] = np.nan
                cols[col["name"]] = values
        out[table] = cols
    if "text" in blocks:
        text = decode_block(blocks["text"]).decode("utf-8")
        out["strings"] = (json.loads(text) if layout["separator"] == "json"
                          else (text.split("\0") if layout["strings"] else []))
    return out


def read_page(html: str) -> dict:
    """The data of a rendered map page, read back as the page reads it (for tests and for checking a page).

    Returns ``meta`` (as written), ``blocks`` (each block's base64 text, by
    its name in ``meta["blocks"]``), the decoded ``tables`` and ``strings``
    (see :func:`unpack`) and ``caravans``: for each caravan, its ``id``,
    ``name``, ``color``, ``summary``, its rows ``[start, end)`` of each table
    (``reports``, ``segments``, ``groups``, ``names``) replaced by its reports,
    legs and groups as lists (numbers as floats, NaN where missing; text
    columns as strings; a leg's ends as ``lat1``/``lon1``/``lat2``/``lon2``;
    a report's ``lat``/``lon``; groups' ``members`` as report positions in
    the caravan).
    """
    import re

    metas = re.findall(r'<script type="application/json" class="rm-meta" id="([\w-]+)">(.*?)</script>', html, re.S)
    if len(metas) != 1:
        raise ValueError(f"expected one map's data in the page, found {len(metas)}")
    meta = json.loads(metas[0][1])
    blocks = {}
    for block, block_id in meta["blocks"].items():
        found = re.search(rf'<script type="application/octet-stream" class="rm-block" id="{block_id}">([^<]*)</script>',
                          html)
        if not found:
            raise ValueError(f"block {block_id!r} is missing from the page")
        blocks[block] = found.group(1)
    data = unpack(meta["layout"], blocks)
    t, strings = data, data["strings"]
    points = t["points"]
    caravans = []
    rows = t["caravans"]
    ends = {k: rows[k].astype(int) for k in ("reports", "segments", "groups", "names")}
    for i in range(meta["layout"]["tables"]["caravans"]["length"]):
        c = {"id": strings[int(rows["id"][i])], "name": strings[int(rows["name"][i])],
             "color": meta["palette"][int(rows["color"][i])], "summary": strings[int(rows["summary"][i])],
             **{k: [int(v[i - 1]) if i else 0, int(v[i])] for k, v in ends.items()}}
        r0, r1 = c["reports"]
        s0, s1 = c["segments"]
        g0, g1 = c["groups"]
        reports = {}
        for name, values in t["reports"].items():
            if name == "pt":
                continue
            kind = next(col["kind"] for col in meta["layout"]["tables"]["reports"]["columns"] if col["name"] == name)
            part = values[r0:r1]
            reports[name] = [strings[k] for k in part] if kind == "text" else part.tolist()
        pts = t["reports"]["pt"][r0:r1].astype(int)
        reports["lat"], reports["lon"] = points["lat"][pts].tolist(), points["lon"][pts].tolist()
        segments = {}
        for name, values in t["segments"].items():
            if name in ("a", "b"):
                continue
            kind = next(col["kind"] for col in meta["layout"]["tables"]["segments"]["columns"] if col["name"] == name)
            part = values[s0:s1]
            segments[name] = [strings[k] for k in part] if kind == "text" else part.tolist()
        a, b = t["segments"]["a"][s0:s1].astype(int), t["segments"]["b"][s0:s1].astype(int)
        segments["lat1"], segments["lon1"] = points["lat"][a].tolist(), points["lon"][a].tolist()
        segments["lat2"], segments["lon2"] = points["lat"][b].tolist(), points["lon"][b].tolist()
        group = np.asarray(reports["group"])
        groups = {k: v[g0:g1].tolist() for k, v in t["groups"].items()}
        groups["members"] = [np.flatnonzero(group == g).tolist() for g in range(g0, g1)]
        caravans.append({**c, "reports": reports, "segments": segments, "groups": groups})
    return {"meta": meta, "blocks": blocks, "tables": {k: v for k, v in t.items() if k != "strings"},
            "strings": strings, "caravans": caravans}
