"""The JavaScript and CSS a map page needs, linked from a CDN or inlined.

Leaflet comes from the ``xstatic-leaflet`` package (the same 1.9.3 that folium
pins), so a self-contained page works from disk with no network.  Our own
script and style (``maps/static/``) are always inlined: the script as the
modules of :data:`PAGE_SCRIPTS`, one ``<script>`` each, in that order.
"""

from __future__ import annotations

import base64
import importlib
import json
import re
from functools import cache
from pathlib import Path

from branca.element import Element, Figure
from jinja2 import Template

from geo.errors import RoutemapperError

STATIC_DIR = Path(__file__).resolve().parent / "static"

#: The page script's modules (``maps/static/``), in load order: each one adds a namespace to
#: ``window.routemapper`` and may use those before it; ``map.js`` holds the entry points.
PAGE_SCRIPTS = ("format.js", "later.js", "decode.js", "layout.js", "popups.js", "symbols.js", "density.js", "layers.js",
                "placement.js", "countryspot.js", "labels.js", "controls.js", "table.js", "embed.js", "map.js")

LEAFLET_VERSION = "1.9.3"
LEAFLET_JS_CDN = f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.js"
LEAFLET_CSS_CDN = f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist/leaflet.css"

GESTURE_VERSION = "1.2.1"
GESTURE_CDN = f"https://cdn.jsdelivr.net/npm/leaflet-gesture-handling@{GESTURE_VERSION}/dist"
GESTURE_JS_CDN = f"{GESTURE_CDN}/leaflet-gesture-handling.min.js"
GESTURE_CSS_CDN = f"{GESTURE_CDN}/leaflet-gesture-handling.min.css"

#: Subresource Integrity of each file a ``--cdn`` page links: the browser runs or applies a file only
#: if its SHA-384 is this, so a CDN that is compromised or serves another build cannot change the page.
#: Taken from the npm registry's packages (``npm pack leaflet@1.9.3 leaflet-gesture-handling@1.2.1``,
#: then ``openssl dgst -sha384 -binary FILE | openssl base64 -A``), which the CDN serves byte for byte;
#: the xstatic packages that self-contained pages inline hold the same bytes (a test checks it).
CDN_INTEGRITY = {
    LEAFLET_JS_CDN: "sha384-okbbMvvx/qfQkmiQKfd5VifbKZ/W8p1qIsWvE1ROPUfHWsDcC8/BnHohF7vPg2T6",
    LEAFLET_CSS_CDN: "sha384-o/2yZuJZWGJ4s/adjxVW71R+EO/LyCwdQfP5UWSgX/w87iiTXuvDZaejd3TsN7mf",
    GESTURE_JS_CDN: "sha384-bIH38m8jarotmxmzzikrysMpgHrSji+7NEEtcTTXDR5NrnURXeT8Hki99mr+8bvE",
    GESTURE_CSS_CDN: "sha384-IKK988kZjVpx+y4Iqax/6yU7EVQx/sHewAKb/iqDCb9tCtgy25bGk5ZINDla9rgv",
}


def script_json(value: object) -> str:
    """Serialise ``value`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as ``\\u003c`` etc., so a ``</script>``
    inside report text cannot end the element; U+2028/U+2029 are escaped for
    older JavaScript parsers.
    """
    return escape_for_script(json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False))


def escape_for_script(text: str) -> str:
    """JSON text with ``<``, ``>``, ``&``, U+2028 and U+2029 written as ``\\u`` escapes (same value, no markup).

    The one place the page's data is escaped (:func:`script_json` calls it); the
    policy tests replace it to plant a script through the data on purpose.
    """
    return (
        text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def _guard_script(code: str) -> str:
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)


def _guard_style(code: str) -> str:
    return re.sub(r"</(style)", r"<\\/\1", code, flags=re.IGNORECASE)


def _xstatic_dir(module: str, pin: str, version: str, purpose: str) -> Path:
    """The data folder of an installed XStatic package, checked to ship ``version``."""
    package = pin.split("==")[0]
    try:
        xstatic = importlib.import_module(module)
    except ImportError:  # pragma: no cover - a declared dependency
        raise RoutemapperError(f"{purpose} needs the {package} package", hint=f"pip install {pin}") from None
    if xstatic.VERSION != version:
        raise RoutemapperError(f"{package} ships {xstatic.VERSION}, routemapper needs {version}",
                               hint=f"pip install {pin}")
    return Path(xstatic.BASE_DIR)


def _without_source_map(code: str) -> str:
    return re.sub(r"//# sourceMappingURL=\S+\s*$", "", code)


@cache
def _leaflet_dir() -> Path:
    return _xstatic_dir("xstatic.pkg.leaflet", "xstatic-leaflet==1.9.3.0", LEAFLET_VERSION, "--self-contained")


@cache
def leaflet_js() -> str:
    """Leaflet's minified JavaScript from xstatic-leaflet, without its source-map comment."""
    return _without_source_map((_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8"))


@cache
def leaflet_css() -> str:
    """Leaflet's CSS with its images inlined as data: URIs."""
    css = (_leaflet_dir() / "leaflet.css").read_text(encoding="utf-8")

    def inline(match: re.Match) -> str:
        image = _leaflet_dir() / match.group(1)
        data = base64.b64encode(image.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{data})"

    return re.sub(r"url\((images/[\w.-]+\.png)\)", inline, css)


@cache
def _gesture_dir() -> Path:
    return _xstatic_dir("xstatic.pkg.leaflet_gesturehandling", "xstatic-leaflet-gesturehandling==1.2.1.1",
                        GESTURE_VERSION, "gesture handling")


@cache
def gesture_js() -> str:
    """Leaflet.GestureHandling's minified JavaScript, without its source-map comment."""
    return _without_source_map((_gesture_dir() / "leaflet-gesture-handling.min.js").read_text(encoding="utf-8"))


@cache
def gesture_css() -> str:
    """Leaflet.GestureHandling's CSS (it draws its hint text with CSS, no images)."""
    return (_gesture_dir() / "leaflet-gesture-handling.min.css").read_text(encoding="utf-8")


@cache
def static_text(name: str) -> str:
    """A file of ``maps/static/`` as text."""
    return (STATIC_DIR / name).read_text(encoding="utf-8")


class InlineScript(Element):
    """A ``<script>`` element holding code (guarded against ``</script>``)."""

    _template = Template("<script>{{ this.code }}</script>")

    def __init__(self, code: str) -> None:
        super().__init__()
        self._name = "InlineScript"
        self.code = _guard_script(code)


class CdnFile(Element):
    """A CDN file linked with its :data:`CDN_INTEGRITY` (fetched without credentials): a ``<script src>``
    for ``.js``, a ``<link rel="stylesheet">`` for ``.css``."""

    _template = Template(
        "{% if this.url.endswith('.js') %}"
        '<script src="{{ this.url }}" integrity="{{ this.integrity }}" crossorigin="anonymous"></script>'
        "{% else %}"
        '<link rel="stylesheet" href="{{ this.url }}" integrity="{{ this.integrity }}" crossorigin="anonymous"/>'
        "{% endif %}")

    def __init__(self, url: str) -> None:
        super().__init__()
        self._name = "CdnFile"
        self.url, self.integrity = url, CDN_INTEGRITY[url]


class InlineStyle(Element):
    """A ``<style>`` element holding CSS (guarded against ``</style>``)."""

    _template = Template("<style>{{ this.code }}</style>")

    def __init__(self, code: str) -> None:
        super().__init__()
        self._name = "InlineStyle"
        self.code = _guard_style(code)


def use_assets(m, *, self_contained: bool, gesture_handling: bool = False) -> None:
    """Set what the page of folium map ``m`` loads: Leaflet (CDN or inlined) and our files.

    ``gesture_handling`` adds Leaflet.GestureHandling (pinned CDN or inlined).  A CDN file is
    linked with its Subresource Integrity (:data:`CDN_INTEGRITY`): another file is refused.

    folium's default page also loads jQuery, Bootstrap and Font Awesome from
    CDNs; routemapper's layers use none of them, so they are dropped.
    """
    figure: Figure = m.get_root()
    m.default_js = []
    m.default_css = []
    if self_contained:
        figure.header.add_child(InlineStyle(leaflet_css()), name="leaflet_css")
        figure.header.add_child(InlineScript(leaflet_js()), name="leaflet")
        if gesture_handling:
            figure.header.add_child(InlineStyle(gesture_css()), name="gesture_css")
            figure.header.add_child(InlineScript(gesture_js()), name="gesture")
    else:
        figure.header.add_child(CdnFile(LEAFLET_CSS_CDN), name="leaflet_css")
        figure.header.add_child(CdnFile(LEAFLET_JS_CDN), name="leaflet")
        if gesture_handling:
            figure.header.add_child(CdnFile(GESTURE_CSS_CDN), name="gesture_css")
            figure.header.add_child(CdnFile(GESTURE_JS_CDN), name="gesture")
    figure.header.add_child(InlineStyle(static_text("routemapper.css")), name="routemapper_css")
    for name in PAGE_SCRIPTS:
        figure.header.add_child(InlineScript(static_text(name)), name=f"routemapper_{name.removesuffix('.js')}")
