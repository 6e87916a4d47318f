"""Small servers on 127.0.0.1 for browser tests: map tiles, and a stand-in for the CDN (no network in tests).

``TileServer`` answers every ``/{z}/{x}/{y}.png`` with a pale tile (a darker
edge shows the grid in screenshots) and counts the tiles asked for.
``CdnServer`` serves Leaflet and Leaflet.GestureHandling from the installed
xstatic packages over HTTPS at the paths the CDN pages link (or, asked to, a
file changed on the way); Chromium is pointed at it with ``CdnServer.chromium_flags``.
"""

from __future__ import annotations

import re
import shutil
import ssl
import struct
import subprocess
import tempfile
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def png_tile(size: int = 256, fill: tuple[int, int, int] = (236, 240, 228),
             edge: tuple[int, int, int] = (170, 180, 160)) -> bytes:
    """A ``size`` x ``size`` RGB PNG of one colour with a one-pixel darker top and left edge."""
    inner = bytes(edge) + bytes(fill) * (size - 1)
    rows = [b"\x00" + bytes(edge) * size] + [b"\x00" + inner] * (size - 1)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b"")


class _Server:
    """A threading HTTP server on 127.0.0.1 with a free port, run in a daemon thread."""

    scheme = "http"

    def __init__(self) -> None:
        self.requests: list[str] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.port = self._httpd.server_address[1]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                server.requests.append(self.path)
                status, kind, body = server.answer(self.path)
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Access-Control-Allow-Origin", "*")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        return Handler

    def answer(self, path: str) -> tuple[int, str, bytes]:
        raise NotImplementedError

    @property
    def origin(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def __enter__(self):
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


class TileServer(_Server):
    """Map tiles at ``{origin}/{z}/{x}/{y}.png``."""

    _TILE = re.compile(r"^/\d+/\d+/\d+\.png$")

    def __init__(self) -> None:
        super().__init__()
        self.tile = png_tile()

    @property
    def template(self) -> str:
        return f"{self.origin}/{{z}}/{{x}}/{{y}}.png"

    def tiles_served(self) -> int:
        return sum(1 for p in self.requests if self._TILE.match(p))

    def answer(self, path: str) -> tuple[int, str, bytes]:
        if self._TILE.match(path):
            return 200, "image/png", self.tile
        return 404, "text/plain", b"not a tile"


class CdnServer(_Server):
    """The CDN's Leaflet files, from the installed xstatic packages, over HTTPS (a self-signed certificate)."""

    scheme = "https"
    HOST = "cdn.jsdelivr.net"

    def __init__(self, tampered: frozenset[str] = frozenset()) -> None:
        """``tampered``: names of files (``leaflet.js``) served with one comment line added, as a CDN
        that was broken into or serves another build would."""
        from xstatic.pkg import leaflet, leaflet_gesturehandling

        super().__init__()
        self.tampered = tampered
        leaflet_dir, gesture_dir = Path(leaflet.BASE_DIR), Path(leaflet_gesturehandling.BASE_DIR)
        self.files = {f"/npm/leaflet@{leaflet.VERSION}/dist/{p.relative_to(leaflet_dir).as_posix()}": p
                      for p in leaflet_dir.rglob("*") if p.is_file()}
        gesture = ".".join(leaflet_gesturehandling.VERSION.split(".")[:3])
        self.files.update({f"/npm/leaflet-gesture-handling@{gesture}/dist/{p.name}": p
                           for p in gesture_dir.rglob("*") if p.is_file()})
        self._certs = Path(tempfile.mkdtemp(prefix="rm-cdn-"))
        key, cert = self._certs / "key.pem", self._certs / "cert.pem"
        subprocess.run([shutil.which("openssl") or "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                        "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", f"/CN={self.HOST}"],
                       check=True, capture_output=True)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self._httpd.socket = context.wrap_socket(self._httpd.socket, server_side=True)

    @property
    def chromium_flags(self) -> tuple[str, ...]:
        """Send the CDN's host name here, and accept the self-signed certificate."""
        return (f"--host-resolver-rules=MAP {self.HOST} 127.0.0.1:{self.port}", "--ignore-certificate-errors")

    def answer(self, path: str) -> tuple[int, str, bytes]:
        file = self.files.get(path.split("?")[0])
        if file is None:
            return 404, "text/plain", b"not here"
        kind = {".js": "text/javascript", ".css": "text/css", ".png": "image/png"}.get(file.suffix, "application/octet-stream")
        body = file.read_bytes()
        if file.name in self.tampered:
            body += b"\n/* changed on the way */\n"
        return 200, kind, body

    def __exit__(self, *exc) -> None:
        super().__exit__(*exc)
        shutil.rmtree(self._certs, ignore_errors=True)
