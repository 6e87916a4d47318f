"""A small Nominatim look-alike on 127.0.0.1 for testing the online geocoding path.

It answers ``/search?q=...`` like Nominatim (a JSON list of
``{lat, lon, display_name, name, addresstype, type, importance, address{...}}``)
from a handful of places written here, and can be told to misbehave for the
next requests: answer slowly, answer HTTP 429 with a ``Retry-After``, HTTP
500, or malformed JSON.  Coordinates are from tests/data/toponyms.csv
(GeoNames); the importance figures are rough stand-ins of our own.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


def _result(name, lat, lon, cc, state, addresstype="town", importance=0.3, country=""):
    return {
        "place_id": abs(hash((name, lat, lon))) % 10**9, "lat": f"{lat}", "lon": f"{lon}",
        "display_name": ", ".join(p for p in (name, state, country or cc.upper()) if p),
        "name": name, "addresstype": addresstype, "type": addresstype, "importance": importance,
        "boundingbox": [f"{lat - 0.02}", f"{lat + 0.02}", f"{lon - 0.02}", f"{lon + 0.02}"],
        "address": {addresstype: name, "state": state, "country_code": cc},
    }


PLACES: dict[str, list[dict]] = {
    "tapachula": [_result("Tapachula", 14.90541, -92.25891, "mx", "Chiapas", "city", 0.55)],
    "tapachula, chiapas": [_result("Tapachula", 14.90541, -92.25891, "mx", "Chiapas", "city", 0.55)],
    "huixtla": [_result("Huixtla", 15.13924, -92.4634, "mx", "Chiapas", "town", 0.4)],
    "esquipulas": [
        _result("Esquipulas", 14.56571, -89.35166, "gt", "Chiquimula", "town", 0.45),
        _result("Esquipulas", 10.95, -85.41667, "cr", "Alajuela", "village", 0.2),
    ],
    # Namesakes: without context the one in California is the most prominent.
    "agua caliente": [
        _result("Agua Caliente", 38.32408, -122.48804, "us", "California", "village", 0.4),
        _result("Agua Caliente", 14.55, -89.26667, "hn", "Ocotepeque", "village", 0.25),
        _result("Agua Caliente", 14.53333, -89.28333, "gt", "Chiquimula", "village", 0.2),
    ],
    "ciudad hidalgo": [
        _result("Ciudad Hidalgo", 19.68957, -100.55502, "mx", "Michoacán", "city", 0.45),
        _result("Ciudad Hidalgo", 14.68018, -92.15195, "mx", "Chiapas", "town", 0.35),
    ],
    "san pedro sula": [_result("San Pedro Sula", 15.50585, -88.02588, "hn", "Cortés", "city", 0.6)],
    "chiquimula": [_result("Chiquimula", 14.8009, -89.54641, "gt", "Chiquimula", "town", 0.4)],
}


class FakeNominatim:
    """Run the server in a thread: ``with FakeNominatim() as server: server.url``.

    ``server.fail(kind, times=1, **options)`` queues misbehaviour for the next
    requests: ``"slow"`` (``seconds``), ``"429"`` (``retry_after``), ``"500"``,
    ``"garbage"`` (a body that is not JSON), ``"bad-coordinates"`` (JSON whose
    lat is not a number).  ``server.requests`` records each request's query
    parameters and User-Agent.
    """

    def __init__(self) -> None:
        self.faults: deque[tuple[str, dict]] = deque()
        self.requests: list[dict] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                parts = urlsplit(self.path)
                params = {k: v[0] for k, v in parse_qs(parts.query).items()}
                with server._lock:
                    server.requests.append({"path": parts.path, **params,
                                            "user_agent": self.headers.get("User-Agent", "")})
                    fault = server.faults.popleft() if server.faults else None
                try:
                    self._answer(parts.path, params, fault)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a timeout test)

            def _send(self, status: int, body: bytes, headers: dict | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            def _answer(self, path: str, params: dict, fault: tuple[str, dict] | None) -> None:
                kind, options = fault or ("", {})
                if kind == "slow":
                    time.sleep(options.get("seconds", 1.0))
                elif kind == "429":
                    headers = {"Retry-After": str(options["retry_after"])} if "retry_after" in options else {}
                    return self._send(429, b'{"error": "Too Many Requests"}', headers)
                elif kind == "500":
                    return self._send(500, b"<html>Internal Server Error</html>")
                elif kind == "garbage":
                    return self._send(200, b'[{"lat": "14.9", "lon": ')
                if path.rstrip("/") != "/search":
                    return self._send(404, b'{"error": "not found"}')
                results = [dict(r) for r in PLACES.get(params.get("q", "").strip().lower(), [])]
                if kind == "bad-coordinates":
                    results = [{**r, "lat": "north-ish"} for r in results] or [
                        {"lat": "north-ish", "lon": "0", "display_name": "x"}]
                limit = int(params.get("limit", "10") or 10)
                self._send(200, json.dumps(results[:limit]).encode())

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.port}"

    def fail(self, kind: str, times: int = 1, **options) -> None:
        """Misbehave ``times`` times, in this way, for the next requests."""
        with self._lock:
            self.faults.extend([(kind, options)] * times)

    def searches(self) -> list[dict]:
        """The /search requests received so far."""
        return [r for r in self.requests if r["path"] == "/search"]

    def __enter__(self) -> FakeNominatim:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


if __name__ == "__main__":  # run by hand: python tests/nominatim_server.py
    with FakeNominatim() as fake:
        print(f"fake Nominatim on {fake.url} (Ctrl-C stops it)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
