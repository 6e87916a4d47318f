"""Gazetteer names that are also ordinary words of English or Spanish.

GeoNames holds places called ``Son``, ``Sent``, ``Norte``, ``Centro``,
``Summit``, ``Red Cross`` and ``White House``.  Written capitalised at the
start of a sentence or inside an organisation's name, such a word is not a
place; the extractor takes it as one only with evidence (a preposition of
place, ``the town of``, a namesake inside the story's area).  Which names are
ordinary words is measured, not listed by hand: a name key is *common* when
the ``wordfreq`` package gives it a Zipf frequency of at least
:data:`COMMON_ZIPF` in English or Spanish (a name of several words, as a
phrase, at least :data:`COMMON_PHRASE_ZIPF`: ``red cross``, ``white house``,
but not ``ciudad hidalgo``).  Country and division names
(``Mexico``, ``Oaxaca``) are frequent too; the extractor has its own rule for
areas, so they are not marked here.

Reading the word lists takes about a second, so the set is computed once per
gazetteer, saved next to the gazetteer index (a few hundred KB of text) and
loaded from there afterwards in milliseconds.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from pathlib import Path

#: A word this frequent (Zipf scale: 4 = ten times per million words) is an ordinary word.
COMMON_ZIPF = 4.0
#: The same for a name of several words, as a phrase (wordfreq estimates a phrase's frequency from its words').
COMMON_PHRASE_ZIPF = 4.5
_LANGUAGES = ("en", "es")
_VERSION = "3"

_LOCK = threading.Lock()
_SHARED: frozenset[str] | None = None


def is_common_name(key: str, zipf, connectors: frozenset[str]) -> bool:
    """True when the name key is an ordinary word or phrase (``zipf(text, lang)`` gives frequencies)."""
    words = [w for w in key.split() if w not in connectors]
    if not words:
        return False
    if len(key.split()) == 1:
        return max(zipf(key, lang) for lang in _LANGUAGES) >= COMMON_ZIPF
    if not all(max(zipf(w, lang) for lang in _LANGUAGES) >= COMMON_ZIPF for w in words):
        return False  # a rarer word in it makes it a name
    return max(zipf(key, lang) for lang in _LANGUAGES) >= COMMON_PHRASE_ZIPF


def compute_common_keys(keys, *, is_area=None) -> frozenset[str]:
    """The keys (name keys, lower-case ASCII) that are ordinary words; areas (``is_area(key)``) aside."""
    from wordfreq import zipf_frequency

    from .words import NAME_CONNECTORS

    cache: dict[str, float] = {}

    def zipf(word: str, lang: str) -> float:
        k = word + "|" + lang
        if k not in cache:
            cache[k] = zipf_frequency(word, lang)
        return cache[k]

    common = [key for key in keys if is_common_name(key, zipf, NAME_CONNECTORS)]
    return frozenset(key for key in common if not (is_area and is_area(key)))


def common_keys() -> frozenset[str]:
    """The gazetteer's name keys that are ordinary words (computed once per gazetteer, then cached)."""
    global _SHARED
    with _LOCK:
        if _SHARED is None:
            _SHARED = _cached()
        return _SHARED


def _cached() -> frozenset[str]:
    from geo.index import GazetteerIndex, fingerprint
    from geo.paths import cache_dir

    tag = hashlib.sha256(
        f"{fingerprint()}|{COMMON_ZIPF}|{COMMON_PHRASE_ZIPF}|{_VERSION}|{wordfreq_data()}".encode()).hexdigest()[:16]
    path = cache_dir() / f"common-names-{tag}.txt"
    try:
        return frozenset(path.read_text(encoding="ascii").split("\n")) - {""}
    except (OSError, UnicodeDecodeError):
        pass
    index = GazetteerIndex.open()
    from geo.normalize import short_keys

    from .matcher import usable_key

    # (and the short forms the place matcher finds too: "Villa Nueva" is also found as "Nueva", an ordinary word at
    # the start of "Nueva caravana sale de Tapachula")
    keys = {k for key in index.iter_keys() for k in (key, *short_keys(key)) if usable_key(k)}
    # Areas are left to their own rule: looked up only among the (few) common keys.
    result = compute_common_keys(keys, is_area=lambda k: _is_area_key(index, k))
    fd, tmp = tempfile.mkstemp(prefix=".common-names-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        Path(tmp).write_text("\n".join(sorted(result)) + "\n", encoding="ascii")
        os.replace(tmp, path)
        for stale in path.parent.glob("common-names-*.txt"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache folder only costs the computation next time
    finally:
        Path(tmp).unlink(missing_ok=True)
    return result


def wordfreq_data() -> str:
    """What wordfreq's frequencies are read from: its data files' names and sizes (``?`` if not found).

    Found without importing wordfreq (0.15 s) or ``importlib.metadata`` (40 ms): a single-article
    run reads the common names from the cache, tagged with this.  New word lists change it.
    """
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:  # pragma: no cover - a declared dependency
        return "?"
    try:
        return ";".join(f"{p.name}:{p.stat().st_size}" for p in sorted((Path(spec.origin).parent / "data").iterdir()))
    except OSError:  # pragma: no cover - an installation without its data
        return "?"


def _is_area_key(index, key: str) -> bool:
    return any(p.is_area for p in index.lookup(key))


_ZIPF_LOCK = threading.Lock()
_ZIPF: dict[str, float] | None = None  # "lang\tword" -> wordfreq's Zipf frequency, as kept in the cache folder


def word_zipf(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)``, remembered in the cache folder across processes (keyed by
    :func:`wordfreq_data`): importing wordfreq and loading one language's list cost ~0.07 s and ~0.08 s CPU the first
    time in a process, for the few words a rule asks of it (the saint's-name rule of :func:`.matcher._glued`)."""
    global _ZIPF
    key = f"{lang}\t{word}"
    with _ZIPF_LOCK:
        if _ZIPF is None:
            _ZIPF = _read_zipf()
        known = _ZIPF.get(key)
    if known is not None:
        return known
    from wordfreq import zipf_frequency

    value = zipf_frequency(word, lang)
    with _ZIPF_LOCK:
        _ZIPF[key] = value
        _write_zipf(dict(_ZIPF))
    return value


def _zipf_path() -> Path:
    from geo.paths import cache_dir

    return cache_dir() / f"word-zipf-{hashlib.sha256(wordfreq_data().encode()).hexdigest()[:16]}.json"


def _read_zipf() -> dict[str, float]:
    import json

    try:
        stored = json.loads(_zipf_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {k: v for k, v in stored.items() if isinstance(k, str) and isinstance(v, float)}


def _write_zipf(known: dict[str, float]) -> None:
    """Keep the answers (a new file put in place whole: processes writing at once lose an answer at most)."""
    import json

    try:
        path = _zipf_path()
        fd, tmp = tempfile.mkstemp(prefix=".word-zipf-", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            Path(tmp).write_text(json.dumps(known, ensure_ascii=False, sort_keys=True), encoding="utf-8")
            os.replace(tmp, path)
            for stale in path.parent.glob("word-zipf-*.json"):
                if stale != path:
                    stale.unlink(missing_ok=True)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache folder only costs wordfreq's load next time
