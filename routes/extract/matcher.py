"""Find gazetteer names in running text with one Aho-Corasick automaton.

The automaton holds every name key of the gazetteer (GeoNames names, alternate
names and short forms, the curated supplement) that is plain ASCII after
folding, at least three characters long and not a common word (about 640,000
keys), and their forms with one word abbreviated as reporters write them
(``Cd. Hidalgo``, ``Sta. Rosa de Copán``: see :func:`abbreviated_forms`),
671,000 words in all.  Building it from the SQLite index takes seconds (3-5 s
on an idle core of the development machine, 8-10 s when the machine is busy),
so :meth:`PlaceMatcher.cached` saves it (168 MB) next to the gazetteer index
and later processes load it, which takes about 60-80% of the build time;
``benchmarks/extract_speed.py`` reports both.

A hit counts only where the text writes it as a name: each word capitalised
(connectors such as ``de``/``del`` may stay lower case), not glued to a
neighbouring capitalised word, which would make it part of a longer name
(``Juan Orlando Hernández``, ``Associated Press``), and not right after a
title (``el presidente Hernández``: a person).
"""

from __future__ import annotations

import bisect
import re
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from geo.normalize import ABBREVIATIONS, name_key

from .text import fold
from .words import COMMON_WORDS, NAME_CONNECTORS, TITLES

#: Bump when what goes into the automaton changes, so cached files are rebuilt.
MATCHER_VERSION = "2"

# Word -> its abbreviations (the inverse of what name_key expands): "ciudad" -> ("cd", "cdad").
_ABBREVIATED: dict[str, tuple[str, ...]] = {}
for _short, _word in ABBREVIATIONS.items():
    _ABBREVIATED[_word] = _ABBREVIATED.get(_word, ()) + (_short,)

_KEY = re.compile(r"[a-z][a-z0-9 ]*[a-z0-9]")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


_UPPER = "A-ZÀ-ÖØ-Þ"
# A capital not preceded by a letter or an apostrophe.  The look-behind comes after the capital
# (and spans it) so the regex engine can skip ahead to the next capital instead of trying the
# look-behind at every position of the text.
_CAPITALISED_RUN = re.compile(
    rf"[{_UPPER}](?<![\w'’][{_UPPER}])[\w'’.-]*(?:[ \t]+(?:(?:" + "|".join(sorted(NAME_CONNECTORS))
    + rf")[ \t]+)*[{_UPPER}][\w'’.-]*)*"
)
_NAME_WORD_BREAK = re.compile(r"[\s\-]+")
_SENTENCE_START_BEFORE = re.compile(r"(?:[.!?:;\"“¿¡(]\s*|\n\s*)$")


class Mention(NamedTuple):
    """A place name found in text: the words as written and their offsets."""

    name: str
    key: str
    start: int
    end: int


def abbreviated_forms(key: str) -> list[str]:
    """The ways reporters write a name key with one word abbreviated, folded as :func:`fold` folds text.

    ``abbreviated_forms("ciudad hidalgo")`` -> ``["cd  hidalgo", "cd hidalgo",
    "cdad  hidalgo", "cdad hidalgo"]``: ``Cd. Hidalgo`` (the full stop folds to
    a space) and ``Cd Hidalgo``.  The abbreviations are the ones
    :func:`geo.normalize.name_key` expands, so the form's key is the name's.
    """
    words = key.split(" ")
    forms = []
    for i, word in enumerate(words[:-1]):  # an abbreviation alone ("Pto.") names nothing
        for short in _ABBREVIATED.get(word, ()):
            head, tail = " ".join(words[:i] + [short]), " ".join(words[i + 1:])
            forms += [f"{head}  {tail}", f"{head} {tail}"]
    return forms


def usable_key(key: str) -> bool:
    """True for a name key worth matching in prose (not a common word, not a code)."""
    if len(key) < 3 or not _KEY.fullmatch(key):
        return False
    words = key.split()
    return not all(w in COMMON_WORDS or w in NAME_CONNECTORS or len(w) < 2 for w in words)


class PlaceMatcher:
    """An Aho-Corasick automaton over gazetteer name keys; :meth:`find` scans one text."""

    def __init__(self, keys: Iterable[str]) -> None:
        try:
            import ahocorasick
        except ImportError as exc:  # pragma: no cover - a declared dependency
            from geo.errors import RoutemapperError

            raise RoutemapperError(
                "the pyahocorasick package is not installed", hint="pip install pyahocorasick"
            ) from exc
        started = time.perf_counter()
        # Each word's value is its length, shifted left, with 1 for an abbreviated form.
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        usable = [key for key in keys if usable_key(key)]
        for key in usable:
            automaton.add_word(f" {key} ", len(key) << 1)
        for key in usable:
            for form in abbreviated_forms(key):
                if not automaton.exists(f" {form} "):
                    automaton.add_word(f" {form} ", len(form) << 1 | 1)
        automaton.make_automaton()
        self._automaton = automaton
        self.size = len(automaton)
        self.build_seconds = time.perf_counter() - started
        self.source = "built"

    @classmethod
    def from_automaton(cls, automaton, size: int, seconds: float) -> PlaceMatcher:
        """Wrap an automaton built earlier (e.g. loaded from the cache)."""
        matcher = cls.__new__(cls)
        matcher._automaton = automaton
        matcher.size = size
        matcher.build_seconds = seconds
        return matcher

    @classmethod
    def cached(cls, *, progress=None) -> PlaceMatcher:
        """Load the matcher from the cache folder, or build it from the index and save it there.

        The file sits next to the gazetteer index and is named by the index's
        fingerprint and the word lists, so a new gazetteer or new rules rebuild it
        (and the files built for earlier ones, 160 MB each, are removed).
        ``build_seconds`` is then the load time; ``source`` says which happened.
        """
        import ahocorasick
        import hashlib
        import os
        import pickle
        import tempfile

        from geo.index import fingerprint
        from geo.paths import cache_dir

        words = " ".join(sorted(COMMON_WORDS)) + "|" + " ".join(sorted(NAME_CONNECTORS)) + f"|{MATCHER_VERSION}"
        tag = hashlib.sha256((fingerprint() + words).encode()).hexdigest()[:16]
        path = cache_dir() / f"place-matcher-{tag}.bin"
        if path.exists():
            started = time.perf_counter()
            try:
                automaton = ahocorasick.load(str(path), pickle.loads)  # deserializer unused for ints
                matcher = cls.from_automaton(automaton, len(automaton), time.perf_counter() - started)
                matcher.source = f"loaded from {path}"
                return matcher
            except (OSError, ValueError, pickle.UnpicklingError):
                path.unlink(missing_ok=True)  # a damaged cache file is rebuilt
        if progress:
            progress("building the place-name matcher (once; cached next to the gazetteer index)")
        matcher = cls.from_index()
        fd, tmp = tempfile.mkstemp(prefix=".place-matcher-", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            matcher._automaton.save(tmp)  # integer values: no serializer
            os.replace(tmp, path)
            for stale in path.parent.glob("place-matcher-*.bin"):  # built for another gazetteer or rules
                if stale != path:
                    stale.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only cache folder only costs the build next time
        finally:
            Path(tmp).unlink(missing_ok=True)
        matcher.source = "built from the gazetteer index"
        return matcher

    @classmethod
    def from_index(cls, index=None) -> PlaceMatcher:
        """Build a matcher over every name key of the gazetteer index."""
        from geo.index import GazetteerIndex
        from geo.normalize import short_keys

        index = index or GazetteerIndex.open()
        started = time.perf_counter()
        keys: set[str] = set()
        for key in index.iter_keys():
            keys.add(key)
            keys.update(short_keys(key))
        matcher = cls(keys)
        matcher.build_seconds = time.perf_counter() - started
        return matcher

    def find(self, text: str) -> list[Mention]:
        """Return the place names written in ``text``, leftmost-longest, without overlaps.

        Only runs of capitalised words (with the connectors between them) are
        scanned: a name cannot start or continue with a lower-case word, and
        most of the automaton's hits in running prose would be ordinary words.
        """
        folded_text = fold(text)
        runs = [(m.start(), m.end()) for m in _CAPITALISED_RUN.finditer(text)]
        if not runs:
            return []
        # One scan over the runs joined by "|" (never inside a key), mapped back by offset.
        joined_at: list[int] = []
        pieces: list[str] = []
        length = 1
        for a, b in runs:
            joined_at.append(length)
            pieces.append(folded_text[a:b])
            length += b - a + 3
        joined = " " + " | ".join(pieces) + " "
        hits = []
        for end, value in self._automaton.iter(joined):
            size = value >> 1
            j = end - size
            i = bisect.bisect_right(joined_at, j) - 1
            a = runs[i][0] + j - joined_at[i]
            hits.append((a, -size, i, value & 1))
        hits.sort()
        out: list[Mention] = []
        last_end = -1
        for a, neg_size, i, abbreviated in hits:
            b = a - neg_size
            if a < last_end:
                continue
            written = text[a:b]
            whole_run = (a, b) == runs[i]
            if not _written_as_name(written) or (not whole_run and _glued(text, a, b)) or _after_title(text, a):
                continue
            out.append(Mention(written, name_key(written) if abbreviated else folded_text[a:b], a, b))
            last_end = b
        return out


def _written_as_name(written: str) -> bool:
    if not written[:1].isupper():
        return False
    if " " not in written and "-" not in written and "\t" not in written:  # one word (most names)
        return not (written.isupper() and len(written) <= 4)  # an acronym: ONU, OIM, USA
    words = _NAME_WORD_BREAK.split(written)
    return all(w[:1].isupper() or w.lower() in NAME_CONNECTORS or not w[:1].isalpha() for w in words)


def _after_title(text: str, start: int) -> bool:
    """True when a title (``presidente``, ``Gral.``, ``Mayor``) comes right before: a person's name."""
    if not start or text[start - 1] not in " \t":
        return False
    head = text[max(0, start - 16):start].rstrip(" \t").rstrip(".")
    words = head.rsplit(None, 1)
    return bool(words) and words[-1].lstrip("(\"'“¿¡").lower() in TITLES


def _glued(text: str, start: int, stop: int) -> bool:
    """True when a capitalised word touches the match: it belongs to a longer name."""
    after = _WORD_AFTER.match(text, stop, min(len(text), stop + 40))
    if after and after.group(1)[:1].isupper():
        return True
    before = _word_before(text, start)
    if before and before[0][:1].isupper():
        word, at = before
        head = text[max(0, at - 3):at]
        sentence_start = at == 0 or bool(_SENTENCE_START_BEFORE.search(head))
        if not (sentence_start and word.lower() in COMMON_WORDS):
            return True
    return False


def _word_before(text: str, start: int, reach: int = 40) -> tuple[str, int] | None:
    """The word written just before ``start`` past spaces or tabs, and where it starts.

    What ``([^\\W\\d_][\\w'’-]*)[ \\t]+$`` finds in the ``reach`` characters
    before ``start``, read backwards (an end-anchored regex is tried at
    every position of the window).  A word starts with a letter.
    """
    low = max(0, start - reach)
    end = start
    while end > low and text[end - 1] in " \t":
        end -= 1
    if end == start:
        return None
    begin = end
    while begin > low and (text[begin - 1].isalnum() or text[begin - 1] in "_'’-"):
        begin -= 1
    while begin < end and not (text[begin].isalnum() and not text[begin].isdecimal()):
        begin += 1
    return (text[begin:end], begin) if begin < end else None


def _progress(message: str) -> None:
    import os
    import sys

    if not os.environ.get("ROUTEMAPPER_QUIET"):
        print(f"routemapper: {message}", file=sys.stderr, flush=True)


_SHARED: PlaceMatcher | None = None
_LOCK = threading.Lock()


def shared_matcher() -> PlaceMatcher:
    """Return the process-wide matcher, building it on first use."""
    global _SHARED
    with _LOCK:
        if _SHARED is None:
            _SHARED = PlaceMatcher.cached(progress=_progress)
        return _SHARED
