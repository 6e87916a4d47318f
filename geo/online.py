"""Online geocoders, used only when asked: cached, rate-limited, retried, then scored like ours.

:class:`CachedGeocoder` wraps any geopy geocoder (Nominatim, Photon, ...):

- answers are kept in an SQLite file (:class:`GeocodeCache`, WAL mode, safe
  when several processes write at once); only well-formed, non-empty answers
  are stored, never a failure, never garbage;
- calls are spaced by ``min_delay_seconds`` (Nominatim's policy is one a second);
- timeouts, HTTP 5xx, unreachable services and malformed answers are retried
  with exponential backoff; HTTP 429 waits the ``Retry-After`` the service
  asked for; when the retries run out a :class:`geo.errors.GeocoderError`
  subclass says what happened.

:class:`OnlineResolver` is a :class:`geo.resolve.Resolver` whose candidates
come from the online geocoder (all of them, ``exactly_one=False``), scored
with the same terms as the embedded gazetteer's: hints, kind, prominence and
the caravan's other stops.

``clock`` and ``sleep`` are injectable so tests do not wait.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import time
from dataclasses import replace
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from geopy import exc as geopy_exc
from geopy.location import Location

from .errors import (
    GeocoderError,
    GeocoderRateLimited,
    GeocoderTimedOut,
    GeocoderUnavailable,
    InputError,
    OutputError,
)
from .index import GazetteerIndex
from .normalize import name_key, split_query
from .paths import cache_dir
from .places import Place
from .resolve import Resolver

#: geopy errors worth another try: the service may answer next time.
RETRYABLE = (
    geopy_exc.GeocoderTimedOut,
    geopy_exc.GeocoderUnavailable,
    geopy_exc.GeocoderParseError,
)
#: geopy errors that another try cannot fix (bad query, credentials, quota).
FATAL = (
    geopy_exc.GeocoderQueryError,
    geopy_exc.GeocoderAuthenticationFailure,
    geopy_exc.GeocoderInsufficientPrivileges,
    geopy_exc.GeocoderQuotaExceeded,
    geopy_exc.ConfigurationError,
)


def default_cache_path() -> Path:
    """``$ROUTEMAPPER_GEOCODER_CACHE`` or ``geocoder-cache.sqlite`` in the cache folder."""
    override = os.environ.get("ROUTEMAPPER_GEOCODER_CACHE")
    return Path(override) if override else cache_dir() / "geocoder-cache.sqlite"


def _valid_record(record: Any) -> bool:
    """True for ``{"address": str, "lat": finite in range, "lon": finite in range, "raw": dict}``."""
    if not isinstance(record, dict) or not isinstance(record.get("address"), str):
        return False
    lat, lon = record.get("lat"), record.get("lon")
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in (lat, lon)):
        return False
    return -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0 and isinstance(record.get("raw"), dict)


def location_record(location: Any) -> dict[str, Any] | None:
    """A geopy ``Location`` as a JSON-ready record, or ``None`` if it is not a usable answer."""
    try:
        record = {
            "address": location.address,
            "lat": float(location.latitude),
            "lon": float(location.longitude),
            "raw": location.raw if isinstance(location.raw, dict) else {},
        }
        json.dumps(record, allow_nan=False)
    except (AttributeError, TypeError, ValueError):
        return None
    return record if _valid_record(record) else None


def _when_free(step: Callable[[], None], patience_s: float) -> None:
    """Run ``step``, again after a short pause while another process holds the file's lock.

    SQLite's busy timeout does not cover every lock: two processes that open a
    new file at once and both switch it to WAL can get "database is locked" at
    once (SQLite does not wait where waiting could deadlock, and leaves the
    retry to the caller).  The step is retried for at most ``patience_s`` seconds.
    """
    deadline = time.monotonic() + patience_s
    pause = 0.005
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            busy = getattr(exc, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
            if not busy or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


class GeocodeCache:
    """Answers of online geocoders in an SQLite file, shared safely between processes.

    WAL journal, a busy timeout and one short ``BEGIN IMMEDIATE`` transaction a
    write: two processes writing at once both keep their entries.  An entry
    is a JSON list of valid records; an entry that fails to parse is treated
    as absent (and replaced by the next good answer), never returned.
    """

    def __init__(self, path: str | Path | None = None, *, busy_timeout_s: float = 30.0) -> None:
        self.path = Path(path) if path else default_cache_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._con = sqlite3.connect(self.path, timeout=busy_timeout_s, isolation_level=None,
                                        check_same_thread=False)
            self._con.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
            _when_free(self._prepare, busy_timeout_s)
        except sqlite3.DatabaseError as exc:
            raise OutputError(
                f"{self.path}: cannot use this file as the geocoder cache ({exc})",
                hint="point $ROUTEMAPPER_GEOCODER_CACHE at another file, or delete this one "
                     "(it only holds answers that can be asked again)",
            ) from None
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot create the geocoder cache here ({exc.strerror or exc})",
                              hint="point $ROUTEMAPPER_GEOCODER_CACHE at a writable file") from None

    def _prepare(self) -> None:
        """Switch the file to WAL and create the table (both idempotent)."""
        self._con.execute("PRAGMA journal_mode = WAL")
        self._con.execute("PRAGMA synchronous = NORMAL")
        self._con.execute(
            "CREATE TABLE IF NOT EXISTS answers (service TEXT NOT NULL, request TEXT NOT NULL,"
            " answer TEXT NOT NULL, stored REAL NOT NULL, PRIMARY KEY (service, request))"
        )

    def get(self, service: str, request: str) -> list[dict[str, Any]] | None:
        """Return the stored records for a request, or ``None``."""
        row = self._con.execute(
            "SELECT answer FROM answers WHERE service = ? AND request = ?", (service, request)
        ).fetchone()
        if row is None:
            return None
        try:
            records = json.loads(row[0])
        except ValueError:
            return None
        if not isinstance(records, list) or not records or not all(_valid_record(r) for r in records):
            return None
        return records

    def put(self, service: str, request: str, records: Sequence[dict[str, Any]]) -> bool:
        """Store the records of a successful, non-empty answer; return False (nothing stored) otherwise."""
        if not records or not all(_valid_record(r) for r in records):
            return False
        payload = json.dumps(list(records), ensure_ascii=False, allow_nan=False)
        self._con.execute("BEGIN IMMEDIATE")
        try:
            self._con.execute(
                "INSERT OR REPLACE INTO answers (service, request, answer, stored) VALUES (?, ?, ?, ?)",
                (service, request, payload, time.time()),
            )
            self._con.execute("COMMIT")
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        return True

    def __len__(self) -> int:
        return self._con.execute("SELECT COUNT(*) FROM answers").fetchone()[0]

    def close(self) -> None:
        """Close the connection."""
        self._con.close()


def _service_name(geocoder: Any) -> str:
    api = getattr(geocoder, "api", "") or getattr(geocoder, "domain", "")
    return f"{type(geocoder).__name__} {api}".strip()


class CachedGeocoder:
    """Any geopy geocoder, with an SQLite cache, rate limiting, retries and clear errors.

    ``geocode(query, exactly_one=True, timeout=..., **kwargs)`` behaves like
    the wrapped geocoder's, except that failures raise
    :class:`~geo.errors.GeocoderUnavailable` (or its
    :class:`~geo.errors.GeocoderTimedOut` leaf) and
    :class:`~geo.errors.GeocoderRateLimited` after ``max_retries`` retries.
    The wrapped geocoder is always asked for every candidate
    (``exactly_one=False``), so one cached answer serves both forms.
    Answers with no result are not cached (the name may be fixed upstream).
    """

    def __init__(
        self,
        geocoder: Any,
        *,
        cache: GeocodeCache | str | Path | None = None,
        min_delay_seconds: float = 1.0,
        max_retries: int = 3,
        backoff_seconds: float = 1.0,
        max_retry_after: float = 120.0,
        extra_params: dict[str, Any] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.geocoder = geocoder
        self.cache = cache if isinstance(cache, GeocodeCache) else GeocodeCache(cache)
        self.service = _service_name(geocoder)
        self.min_delay_seconds = min_delay_seconds
        self.max_retries = max_retries
        self.backoff_seconds = backoff_seconds
        self.max_retry_after = max_retry_after
        self.extra_params = dict(extra_params or {})
        self.calls = 0
        self._clock = clock
        self._sleep = sleep
        self._last_call: float | None = None

    def _request_key(self, query: str, params: dict[str, Any]) -> str:
        return json.dumps({"query": query, **params}, sort_keys=True, ensure_ascii=False, default=str)

    def _wait_turn(self) -> None:
        if self._last_call is not None:
            wait = self._last_call + self.min_delay_seconds - self._clock()
            if wait > 0:
                self._sleep(wait)

    def records(self, query: str, *, timeout: Any = None, **kwargs: Any) -> list[dict[str, Any]]:
        """Return every candidate for ``query`` as records (from the cache when possible)."""
        params = {**self.extra_params, **kwargs}
        request = self._request_key(query, params)
        cached = self.cache.get(self.service, request)
        if cached is not None:
            return cached
        records = self._ask(query, timeout, params)
        self.cache.put(self.service, request, records)
        return records

    def _ask(self, query: str, timeout: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
        last_error: Exception | None = None
        retry_after: float | None = None
        for attempt in range(self.max_retries + 1):
            if attempt:
                wait = retry_after if retry_after is not None else self.backoff_seconds * 2 ** (attempt - 1)
                self._sleep(wait)
            self._wait_turn()
            retry_after = None
            try:
                call_kwargs = dict(params)
                if timeout is not None:
                    call_kwargs["timeout"] = timeout
                answer = self.geocoder.geocode(query, exactly_one=False, **call_kwargs)
            except geopy_exc.GeocoderRateLimited as error:
                last_error = error
                retry_after = float(error.retry_after) if error.retry_after is not None else None
                if retry_after is not None and retry_after > self.max_retry_after:
                    break
                continue
            except FATAL as error:
                raise GeocoderError(
                    f"{self.service} refused {query!r}: {error}",
                    hint="check the geocoder options (--geocoder-url, --user-agent) and the service's terms",
                ) from error
            except (*RETRYABLE, geopy_exc.GeocoderServiceError) as error:
                last_error = error
                continue
            except (ValueError, TypeError, KeyError, AttributeError) as error:
                # The provider's parser choked on the answer (e.g. a latitude that is not a number).
                last_error = geopy_exc.GeocoderParseError(f"{type(error).__name__}: {error}")
                continue
            finally:
                self.calls += 1
                self._last_call = self._clock()
            locations = answer if isinstance(answer, list) else ([answer] if answer is not None else [])
            records = [location_record(loc) for loc in locations]
            good = [r for r in records if r is not None]
            if records and not good:
                last_error = ValueError("every result lacked a usable latitude/longitude")
                continue
            return good
        self._raise(query, last_error, retry_after)
        raise AssertionError("unreachable")  # pragma: no cover

    def _raise(self, query: str, error: Exception | None, retry_after: float | None) -> None:
        tries = self.max_retries + 1
        hint = "try again later, or leave out --geocoder to use the offline gazetteer"
        if isinstance(error, geopy_exc.GeocoderRateLimited):
            raise GeocoderRateLimited(
                f"{self.service} kept refusing requests (HTTP 429, too many requests) for {query!r}"
                + (f"; it asked to wait {retry_after:g} s" if retry_after is not None else ""),
                retry_after=retry_after, hint=hint,
            ) from error
        if isinstance(error, geopy_exc.GeocoderTimedOut):
            raise GeocoderTimedOut(f"{self.service} timed out {tries} times for {query!r}", hint=hint) from error
        if isinstance(error, (geopy_exc.GeocoderParseError, ValueError)):
            raise GeocoderUnavailable(
                f"{self.service} answered {query!r} with something that is not a geocoding result "
                f"({tries} tries): {error}", hint=hint) from error
        raise GeocoderUnavailable(f"{self.service} failed {tries} times for {query!r}: {error}", hint=hint) from error

    def geocode(
        self, query: str, *, exactly_one: bool = True, timeout: Any = None, **kwargs: Any
    ) -> Location | list[Location] | None:
        """geopy-style geocode: a ``Location`` (or a list), ``None`` when nothing matches."""
        locations = [Location(r["address"], (r["lat"], r["lon"]), r["raw"])
                     for r in self.records(query, timeout=timeout, **kwargs)]
        if not locations:
            return None
        return locations[0] if exactly_one else locations


# -- from online answers to scored places --------------------------------------

_AREA_TYPES = {"country": "country", "state": "admin1", "province": "admin1", "region": "admin1"}
_CROSSING_TYPES = {"border_control", "border_crossing", "checkpoint"}


def place_from_record(record: dict[str, Any], place_id: int, service: str, index: GazetteerIndex | None) -> Place:
    """Turn one online answer (Nominatim's fields where present) into a :class:`Place`."""
    raw = record["raw"]
    address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
    kind = str(raw.get("addresstype") or raw.get("type") or "")
    feature = _AREA_TYPES.get(kind, "border_crossing" if kind in _CROSSING_TYPES else "populated_place")
    country = str(address.get("country_code") or "").upper()
    admin1_name = str(address.get("state") or address.get("region") or address.get("province") or "")
    admin1 = ""
    if index is not None and admin1_name:
        admin1 = next((p.admin1 for p in index.lookup(name_key(admin1_name))
                       if p.feature == "admin1" and p.country == country), "")
    extratags = raw.get("extratags") if isinstance(raw.get("extratags"), dict) else {}
    try:
        population = int(str(extratags.get("population", "0")).replace(",", "") or 0)
    except ValueError:
        population = 0
    try:
        importance = min(1.0, max(0.0, float(raw.get("importance") or 0.0)))
    except (TypeError, ValueError):
        importance = 0.0
    precision_m = 2000.0
    box = raw.get("boundingbox")
    if isinstance(box, list) and len(box) == 4:
        try:
            south, north, west, east = (float(v) for v in box)
            precision_m = max(500.0, math.hypot((north - south) * 111_000, (east - west) * 111_000) / 2)
        except (TypeError, ValueError):
            pass
    name = str(raw.get("name") or record["address"].split(",")[0]).strip()
    return Place(
        id=place_id, name=name, lat=record["lat"], lon=record["lon"], country=country,
        countries=(country,) if country else (), admin1=admin1, admin1_name=admin1_name, feature=feature,
        population=population, precision_m=precision_m, confidence="medium",
        source=f"{service}: {record['address']}", importance=importance,
    )


class OnlineResolver(Resolver):
    """A resolver whose candidates come from an online geocoder, scored like the embedded ones.

    Hints in the query (``Tapachula, Chiapas``) and the country codes are
    still read with the embedded index; answers are cached per process too.
    """

    def __init__(self, geocoder: CachedGeocoder, index: GazetteerIndex | None = None) -> None:
        super().__init__(index)
        self.geocoder = geocoder
        self._answers: dict[str, list[Place]] = {}

    def _ask(self, text: str) -> list[Place]:
        if text not in self._answers:
            records = self.geocoder.records(text)
            self._answers[text] = [
                place_from_record(r, -(i + 1), self.geocoder.service, self.index) for i, r in enumerate(records)
            ]
        return self._answers[text]

    def candidates(self, query: str) -> tuple[list[Place], list[str]]:
        """Ask the online geocoder for the whole query (road markers dropped), then its first part alone."""
        parts = split_query(query) or [query.strip()]
        found = self._ask(", ".join(parts))
        if not found and len(parts) > 1:
            found = self._ask(parts[0])
        wanted = name_key(parts[0])
        out = []
        for place in found:
            if name_key(place.name) == wanted:
                out.append(place)
            else:
                out.append(replace(place, match="alternate"))
        return out, parts[1:]

    def suggestions(self, query: str, *, limit: int = 3) -> tuple[str, ...]:
        """Closest names in the embedded gazetteer (the online service offers none)."""
        return super().suggestions(query, limit=limit)


#: Online services routemapper can build from its options.
SERVICES = ("nominatim",)


def online_resolver(
    service: str,
    *,
    user_agent: str,
    url: str = "",
    cache_path: str | Path | None = None,
    min_delay_seconds: float = 1.0,
    timeout: float = 10.0,
) -> OnlineResolver:
    """Build a resolver on an online geocoder: ``service`` is ``nominatim``; ``url`` another server of it."""
    if service not in SERVICES:
        raise InputError(f"unknown geocoder {service!r}: expected one of {', '.join(SERVICES)}")
    if not (user_agent or "").strip():
        raise InputError(
            f"the {service} geocoder needs a user agent that names your application",
            hint="pass --user-agent 'my-newsroom-maps/1.0 (me@example.org)' (Nominatim's usage policy asks for it)",
        )
    from geopy.adapters import URLLibAdapter
    from geopy.geocoders import Nominatim

    options: dict[str, Any] = {}
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InputError(f"--geocoder-url {url!r} is not an http(s) address",
                             hint="e.g. --geocoder-url http://127.0.0.1:8080")
        options = {"domain": parts.netloc + parts.path.rstrip("/"), "scheme": parts.scheme}
    # URLLibAdapter: no hidden retries below ours, so the retry count is the one we state.
    geocoder = Nominatim(user_agent=user_agent, timeout=timeout, adapter_factory=URLLibAdapter, **options)
    cached = CachedGeocoder(geocoder, cache=cache_path, min_delay_seconds=min_delay_seconds,
                            extra_params={"addressdetails": True, "limit": 10})
    return OnlineResolver(cached)
