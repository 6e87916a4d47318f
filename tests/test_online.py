"""Online geocoding against our own Nominatim look-alike on 127.0.0.1: cache, retries, errors, scoring."""

import json
import multiprocessing
import sqlite3

import pytest
from geopy.adapters import URLLibAdapter
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from geo import GeocoderError, GeocoderRateLimited, GeocoderUnavailable
from geo.errors import GeocoderTimedOut
from geo.online import CachedGeocoder, GeocodeCache, OnlineResolver, online_resolver
from geo.resolve import Context, Stop, resolve_route
from nominatim_server import FakeNominatim


class FakeTime:
    """A clock that only moves when slept on: records every wait, waits for none."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps = []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(round(seconds, 3))
        self.now += seconds


@pytest.fixture()
def server():
    with FakeNominatim() as fake:
        yield fake


@pytest.fixture()
def fake_time():
    return FakeTime()


def wrapped(server, tmp_path, fake_time, **options):
    # URLLibAdapter: requests' adapter would retry 429s itself (urllib3), hiding them from us.
    nominatim = Nominatim(domain=server.domain, scheme="http", user_agent="routemapper-tests", timeout=2,
                          adapter_factory=URLLibAdapter)
    return CachedGeocoder(nominatim, cache=tmp_path / "cache.sqlite", clock=fake_time.clock,
                          sleep=fake_time.sleep, **options)


def test_geopy_nominatim_answers_and_the_cache_serves_repeats(server, tmp_path, fake_time):
    geocoder = wrapped(server, tmp_path, fake_time)
    first = geocoder.geocode("Tapachula")
    assert (first.latitude, first.longitude) == (14.90541, -92.25891)
    assert first.raw["address"]["country_code"] == "mx"
    again = geocoder.geocode("Tapachula")
    assert again == first and len(server.searches()) == 1
    assert server.searches()[0]["user_agent"] == "routemapper-tests"
    # A new process (a new wrapper on the same file) still has it.
    assert wrapped(server, tmp_path, fake_time).geocode("Tapachula") == first
    assert len(server.searches()) == 1


def test_all_candidates_and_one_answer_share_the_cache(server, tmp_path, fake_time):
    geocoder = wrapped(server, tmp_path, fake_time)
    every = geocoder.geocode("Agua Caliente", exactly_one=False)
    assert [loc.raw["address"]["country_code"] for loc in every] == ["us", "hn", "gt"]
    assert geocoder.geocode("Agua Caliente") == every[0]
    assert len(server.searches()) == 1


def test_calls_are_spaced_by_the_minimum_delay(server, tmp_path, fake_time):
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=1.0)
    geocoder.geocode("Tapachula")
    fake_time.now += 0.25
    geocoder.geocode("Huixtla")
    geocoder.geocode("Huixtla")  # cached: no request, no wait
    assert fake_time.sleeps == [0.75]
    assert len(server.searches()) == 2


def test_http_500_is_retried_with_exponential_backoff(server, tmp_path, fake_time):
    server.fail("500", times=2)
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=0, backoff_seconds=1.0)
    assert geocoder.geocode("Huixtla").latitude == 15.13924
    assert fake_time.sleeps == [1.0, 2.0] and len(server.searches()) == 3


def test_http_500_every_time_raises_a_clear_error_and_caches_nothing(server, tmp_path, fake_time):
    server.fail("500", times=10)
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=0, max_retries=3)
    with pytest.raises(GeocoderUnavailable) as err:
        geocoder.geocode("Huixtla")
    assert str(err.value).startswith(f"Nominatim http://{server.domain}/search failed 4 times for 'Huixtla'")
    assert "offline gazetteer" in err.value.hint
    assert fake_time.sleeps == [1.0, 2.0, 4.0] and len(server.searches()) == 4
    assert len(geocoder.cache) == 0


def test_http_429_waits_the_retry_after_it_was_given(server, tmp_path, fake_time):
    server.fail("429", times=1, retry_after=7)
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=0)
    assert geocoder.geocode("Tapachula").longitude == -92.25891
    assert fake_time.sleeps == [7.0]


def test_http_429_every_time_raises_rate_limited_with_the_wait(server, tmp_path, fake_time):
    server.fail("429", times=10, retry_after=3)
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=0, max_retries=2)
    with pytest.raises(GeocoderRateLimited) as err:
        geocoder.geocode("Tapachula")
    assert err.value.retry_after == 3.0
    assert "HTTP 429" in str(err.value) and "it asked to wait 3 s" in str(err.value)
    assert fake_time.sleeps == [3.0, 3.0] and len(geocoder.cache) == 0


def test_http_429_asking_for_too_long_a_wait_gives_up_at_once(server, tmp_path, fake_time):
    server.fail("429", times=1, retry_after=3600)
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=0, max_retry_after=120)
    with pytest.raises(GeocoderRateLimited) as err:
        geocoder.geocode("Tapachula")
    assert err.value.retry_after == 3600 and fake_time.sleeps == [] and len(server.searches()) == 1


def test_slow_answers_time_out_then_a_clear_timeout_error(server, tmp_path, fake_time):
    server.fail("slow", times=2, seconds=3.0)
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=0, max_retries=1)
    with pytest.raises(GeocoderTimedOut) as err:
        geocoder.geocode("Tapachula", timeout=1.0)
    assert isinstance(err.value, TimeoutError) and isinstance(err.value, GeocoderUnavailable)
    assert "timed out 2 times for 'Tapachula'" in str(err.value)
    assert len(geocoder.cache) == 0


def test_one_slow_answer_is_retried(server, tmp_path, fake_time):
    server.fail("slow", times=1, seconds=3.0)
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=0)
    assert geocoder.geocode("Tapachula", timeout=1.0).latitude == 14.90541
    assert fake_time.sleeps == [1.0]


@pytest.mark.parametrize("fault", ["garbage", "bad-coordinates"])
def test_malformed_answers_are_retried_then_reported_and_never_cached(server, tmp_path, fake_time, fault):
    server.fail(fault, times=10)
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=0, max_retries=2)
    with pytest.raises(GeocoderUnavailable) as err:
        geocoder.geocode("Tapachula")
    assert "with something that is not a geocoding result (3 tries)" in str(err.value)
    assert len(server.searches()) == 3 and len(geocoder.cache) == 0


def test_a_malformed_answer_then_a_good_one(server, tmp_path, fake_time):
    server.fail("garbage", times=1)
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=0)
    assert geocoder.geocode("Esquipulas").raw["address"]["country_code"] == "gt"
    assert len(geocoder.cache) == 1


def test_no_result_is_none_and_not_cached(server, tmp_path, fake_time):
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=0)
    assert geocoder.geocode("Qqqxxz Nowhere") is None
    assert geocoder.geocode("Qqqxxz Nowhere", exactly_one=False) is None
    assert len(geocoder.cache) == 0 and len(server.searches()) == 2


def test_works_under_geopy_rate_limiter(server, tmp_path, fake_time):
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=0)
    limited = RateLimiter(geocoder.geocode, min_delay_seconds=0)
    assert [loc.address.split(",")[0] for loc in map(limited, ["Tapachula", "Huixtla"])] == ["Tapachula", "Huixtla"]


def test_a_damaged_cache_entry_is_never_returned_and_gets_replaced(server, tmp_path, fake_time):
    geocoder = wrapped(server, tmp_path, fake_time, min_delay_seconds=0)
    geocoder.geocode("Tapachula")
    con = sqlite3.connect(tmp_path / "cache.sqlite")
    con.execute("UPDATE answers SET answer = '[{\"lat\": 1'")
    con.commit()
    con.close()
    assert geocoder.geocode("Tapachula").latitude == 14.90541
    assert len(server.searches()) == 2
    records = json.loads(sqlite3.connect(tmp_path / "cache.sqlite").execute("SELECT answer FROM answers").fetchone()[0])
    assert records[0]["lat"] == 14.90541


def test_cache_refuses_garbage(tmp_path):
    cache = GeocodeCache(tmp_path / "c.sqlite")
    assert not cache.put("svc", "q", [])
    assert not cache.put("svc", "q", [{"address": "x", "lat": float("nan"), "lon": 0, "raw": {}}])
    assert not cache.put("svc", "q", [{"address": "x", "lat": 95.0, "lon": 0, "raw": {}}])
    assert cache.put("svc", "q", [{"address": "x", "lat": 1.5, "lon": 2.5, "raw": {"k": 1}}])
    assert cache.get("svc", "q") == [{"address": "x", "lat": 1.5, "lon": 2.5, "raw": {"k": 1}}]


def _writer(path, worker, count, start):
    cache = GeocodeCache(path)
    start.wait(60)  # both processes begin writing together
    for i in range(count):
        if i == count // 2:
            start.wait(60)  # and meet half-way, so their writes surely interleave
        record = {"address": f"w{worker} #{i}", "lat": i / 10, "lon": -worker - i / 100, "raw": {"worker": worker}}
        cache.put("svc", f"own {worker} {i}", [record])
        cache.put("svc", f"shared {i}", [record])  # both processes write these keys at once
    cache.close()


def _run_all(workers, seconds=180):
    """Start the processes, wait for them, and say which one failed (none left running)."""
    for p in workers:
        p.start()
    try:
        for p in workers:
            p.join(seconds)
        assert [p.exitcode for p in workers] == [0] * len(workers), "a process failed: see its stderr above"
    finally:
        for p in workers:
            if p.is_alive():
                p.terminate()


def test_two_processes_writing_at_once_lose_and_corrupt_nothing(tmp_path):
    path = tmp_path / "shared.sqlite"
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    _run_all([context.Process(target=_writer, args=(path, w, 300, start)) for w in (1, 2)])
    cache = GeocodeCache(path)
    assert len(cache) == 300 * 3
    for worker in (1, 2):
        for i in range(300):
            assert cache.get("svc", f"own {worker} {i}")[0]["address"] == f"w{worker} #{i}"
    for i in range(300):
        (shared,) = cache.get("svc", f"shared {i}")
        assert shared["address"] in (f"w1 #{i}", f"w2 #{i}")
    con = sqlite3.connect(path)
    spans = [con.execute("SELECT MIN(stored), MAX(stored) FROM answers WHERE request LIKE ?", (f"own {w} %",)).fetchone()
             for w in (1, 2)]
    assert spans[0][0] < spans[1][1] and spans[1][0] < spans[0][1], "the two writers did not overlap in time"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _opener(folder, rounds, start):
    for r in range(rounds):
        start.wait(20)  # every process opens the same NEW file at the same moment
        cache = GeocodeCache(folder / f"new {r}.sqlite")
        cache.put("svc", "q", [{"address": "a", "lat": 1.0, "lon": 2.0, "raw": {}}])
        cache.close()


def test_processes_opening_a_new_cache_at_once_all_get_it(tmp_path):
    # Six processes creating one new file at once used to fail about one round in ten with "database is
    # locked": switching a new file to WAL is a lock SQLite will not wait for.  40 rounds.
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(6)
    _run_all([context.Process(target=_opener, args=(tmp_path, 40, start)) for _ in range(6)])
    for r in range(40):
        assert len(GeocodeCache(tmp_path / f"new {r}.sqlite")) == 1


# -- scored like the embedded gazetteer -----------------------------------------

@pytest.fixture()
def online(server, tmp_path):
    resolver = online_resolver("nominatim", user_agent="routemapper-tests", url=server.url,
                               cache_path=tmp_path / "cache.sqlite", min_delay_seconds=0)
    assert isinstance(resolver, OnlineResolver)
    return resolver


def test_online_candidates_are_scored_with_the_hints(online, server):
    alone = online.resolve("Agua Caliente")
    assert alone.place.country == "US" and alone.ambiguous  # three namesakes, no context
    hinted = online.resolve("Ciudad Hidalgo", Context(near=((14.90541, -92.25891, None),)))
    assert hinted.place.admin1_name == "Chiapas" and not hinted.ambiguous
    assert any("km from the group's nearest other stop" in r for r in hinted.reasons)
    assert server.searches()[0]["limit"] == "10" and server.searches()[0]["addressdetails"] == "1"


def test_online_resolve_route_chooses_namesakes_by_the_route(online):
    stops = [Stop("San Pedro Sula", 0.0), Stop("Agua Caliente", 1.0), Stop("Esquipulas", 1.5)]
    spa, agua, esq = resolve_route(stops, online)
    assert agua.place.country in ("HN", "GT") and abs(agua.lat - 14.54) < 0.05
    assert esq.place.country == "GT"


def test_online_query_with_a_division(online):
    res = online.resolve("Tapachula, Chiapas")
    assert res.place.name == "Tapachula" and res.place.admin1 == "05"  # GeoNames code of Chiapas
    assert any("named division" in r for r in res.reasons)


# -- the command line -------------------------------------------------------------

def test_cli_geocode_online(cli, server, tmp_path, monkeypatch):
    monkeypatch.setenv("ROUTEMAPPER_GEOCODER_CACHE", str(tmp_path / "cli-cache.sqlite"))
    result = cli("geocode", "Esquipulas", "--geocoder", "nominatim", "--user-agent", "routemapper-tests",
                 "--geocoder-url", server.url, "--format", "json")
    assert result.exit_code == 0, result.output
    (rec,) = json.loads(result.stdout)
    assert rec["country"] == "GT" and rec["source"].startswith("Nominatim")
    assert rec["candidates"][0]["country"] == "CR"
    assert (tmp_path / "cli-cache.sqlite").exists()


def test_cli_geocode_online_unknown_name_exits_1_with_what_to_try(cli, server, tmp_path, monkeypatch):
    monkeypatch.setenv("ROUTEMAPPER_GEOCODER_CACHE", str(tmp_path / "cli-cache.sqlite"))
    result = cli("geocode", "Qqqxxz Nowhere", "--geocoder", "nominatim", "--user-agent", "routemapper-tests",
                 "--geocoder-url", server.url)
    assert result.exit_code == 1
    assert "unknown place 'Qqqxxz Nowhere'" in result.stderr and "--country" in result.stderr
    assert "--geocoder nominatim" not in result.stderr and "Traceback" not in result.output


def test_cli_online_needs_a_user_agent(cli, server):
    result = cli("geocode", "Tapachula", "--geocoder", "nominatim", "--geocoder-url", server.url)
    assert result.exit_code == 2
    assert "routemapper: error: the nominatim geocoder needs a user agent" in result.stderr
    assert server.searches() == []


def test_cli_rate_limited_exits_1_with_a_message(cli, server, tmp_path, monkeypatch):
    monkeypatch.setenv("ROUTEMAPPER_GEOCODER_CACHE", str(tmp_path / "cli-cache.sqlite"))
    server.fail("429", times=10, retry_after=0)
    result = cli("geocode", "Tapachula", "--geocoder", "nominatim", "--user-agent", "routemapper-tests",
                 "--geocoder-url", server.url)
    assert result.exit_code == 1
    assert "kept refusing requests (HTTP 429, too many requests) for 'Tapachula'" in result.stderr
    assert "Traceback" not in result.output


def test_cli_build_online(cli, server, tmp_path, monkeypatch, write_csv):
    monkeypatch.setenv("ROUTEMAPPER_GEOCODER_CACHE", str(tmp_path / "cli-cache.sqlite"))
    reports = write_csv("caravan,date,place\nc,2018-10-14,San Pedro Sula\nc,2018-10-15,Agua Caliente\n"
                        "c,2018-10-16,Esquipulas\n")
    out = tmp_path / "map.html"
    result = cli("build", str(reports), "-o", str(out), "--geocoder", "nominatim",
                 "--user-agent", "routemapper-tests", "--geocoder-url", server.url)
    assert result.exit_code == 0, result.output
    assert out.exists()
    assert {r["q"] for r in server.searches()} == {"San Pedro Sula", "Agua Caliente", "Esquipulas"}
    # The two villages by the border post are both near the route: flagged for a person to check.
    assert "'Agua Caliente' placed at Agua Caliente with low confidence" in result.stderr
    assert "United States" not in result.stderr


def test_cache_file_that_is_not_sqlite_is_a_clear_error_and_left_alone(tmp_path):
    from geo import OutputError

    path = tmp_path / "cache.sqlite"
    path.write_text("my notes, not a database\n" * 100)
    with pytest.raises(OutputError) as err:
        GeocodeCache(path)
    assert str(err.value).startswith(f"{path}: cannot use this file as the geocoder cache")
    assert "ROUTEMAPPER_GEOCODER_CACHE" in err.value.hint
    assert path.read_text() == "my notes, not a database\n" * 100


def test_cli_bad_cache_file_exits_2(cli, tmp_path, monkeypatch, server):
    bad = tmp_path / "cache.sqlite"
    bad.write_text("not sqlite " * 500)
    monkeypatch.setenv("ROUTEMAPPER_GEOCODER_CACHE", str(bad))
    result = cli("geocode", "Tapachula", "--geocoder", "nominatim", "--user-agent", "t", "--geocoder-url", server.url)
    assert result.exit_code == 2 and "cannot use this file as the geocoder cache" in result.stderr
    assert server.searches() == []


def test_cli_bad_geocoder_url_exits_2(cli):
    result = cli("geocode", "Tapachula", "--geocoder", "nominatim", "--user-agent", "t", "--geocoder-url", "ftp:/x")
    assert result.exit_code == 2
    assert "routemapper: error: --geocoder-url 'ftp:/x' is not an http(s) address" in result.stderr


def test_cli_build_online_failure_exits_1_and_keeps_the_previous_map(cli, server, tmp_path, monkeypatch, write_csv):
    monkeypatch.setenv("ROUTEMAPPER_GEOCODER_CACHE", str(tmp_path / "cli-cache.sqlite"))
    server.fail("429", times=10, retry_after=0)
    out = tmp_path / "map.html"
    out.write_text("previous")
    reports = write_csv("caravan,date,place\nc,2023-12-24,Tapachula\n")
    result = cli("build", str(reports), "-o", str(out), "--geocoder", "nominatim",
                 "--user-agent", "routemapper-tests", "--geocoder-url", server.url)
    assert result.exit_code == 1
    assert "routemapper: error: Nominatim" in result.stderr and "HTTP 429" in result.stderr
    assert out.read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("cli-cache")) == ["map.html", "reports.csv"]
