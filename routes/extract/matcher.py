"""Find gazetteer names in running text with a memory-mapped trie of name keys.

The trie holds every name key of the gazetteer (GeoNames names, alternate
names and short forms, the curated supplement) that is plain ASCII after
folding, at least three characters long and not a common word (about 640,000
keys), and their forms with one word abbreviated as reporters write them
(``Cd. Hidalgo``, ``Sta. Rosa de Copán``: see :func:`abbreviated_forms`),
671,000 words in all.  Building it from the SQLite index takes seconds, so
:meth:`PlaceMatcher.cached` saves it next to the gazetteer index as two MARISA
tries (``marisa-trie``; 2.9 MB, where the pickled Aho-Corasick automaton used
before took 168 MB) and later processes memory-map them, which takes a
millisecond: a single ``routemapper extract`` no longer pays seconds to load
the matcher.

Names are looked up where a name can start: after each space of a run of
capitalised words (folded), the trie gives every key that the rest of the run
starts with, kept where a space or the run's end follows.  That is the match
set of an Aho-Corasick automaton over the keys padded with spaces, which the
matcher was before; ``benchmarks/extract_speed.py`` compares the two.

A hit counts only where the text writes it as a name: each word capitalised
(connectors such as ``de``/``del`` may stay lower case), not glued to a
neighbouring capitalised word, which would make it part of a longer name
(``Juan Orlando Hernández``, ``Associated Press``), and not right after a
title (``el presidente Hernández``: a person).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from geo.normalize import ABBREVIATIONS, name_key

from .text import fold
from .words import CALENDAR_WORDS, COMMON_WORDS, NAME_CONNECTORS, TITLES

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


def _marisa():
    try:
        import marisa_trie
    except ImportError as exc:  # pragma: no cover - a declared dependency
        from geo.errors import RoutemapperError

        raise RoutemapperError("the marisa-trie package is not installed", hint="pip install marisa-trie") from exc
    return marisa_trie


def rules_fingerprint() -> str:
    """A short hash of what decides which words the matcher holds, besides the gazetteer.

    This module's source (:func:`usable_key`, :func:`abbreviated_forms`, the
    build), the common words and name connectors, and the abbreviations
    :func:`geo.normalize.name_key` expands.  With
    :func:`geo.index.fingerprint` (the gazetteer's content) it names the
    cached files, so they are rebuilt exactly when one of their inputs changes.
    """
    import hashlib

    digest = hashlib.sha256(Path(__file__).read_bytes())
    for words in (sorted(COMMON_WORDS), sorted(NAME_CONNECTORS), sorted(f"{k}={v}" for k, v in ABBREVIATIONS.items())):
        digest.update(("\n".join(words) + "\0").encode())
    return digest.hexdigest()[:16]


class PlaceMatcher:
    """A trie of gazetteer name keys and their abbreviated forms; :meth:`find` scans one text."""

    def __init__(self, keys: Iterable[str]) -> None:
        started = time.perf_counter()
        usable = {key for key in keys if usable_key(key)}
        forms = {form for key in usable for form in abbreviated_forms(key)} - usable
        marisa_trie = _marisa()
        self._words = marisa_trie.Trie(usable | forms)
        self._abbreviated = marisa_trie.Trie(forms)
        self.size = len(self._words)
        self.build_seconds = time.perf_counter() - started
        self.source = "built"

    @classmethod
    def load(cls, words: Path, abbreviated: Path) -> PlaceMatcher:
        """Memory-map a matcher saved by :meth:`save` (the files stay open, read-only)."""
        started = time.perf_counter()
        marisa_trie = _marisa()
        matcher = cls.__new__(cls)
        matcher._words, matcher._abbreviated = marisa_trie.Trie(), marisa_trie.Trie()
        matcher._words.mmap(str(words))
        matcher._abbreviated.mmap(str(abbreviated))
        matcher.size = len(matcher._words)
        matcher.build_seconds = time.perf_counter() - started
        matcher.source = f"loaded from {words}"
        return matcher

    def save(self, words: Path, abbreviated: Path) -> None:
        """Write the two tries (``words`` last: once it exists, both are complete)."""
        self._abbreviated.save(str(abbreviated))
        self._words.save(str(words))

    @staticmethod
    def cache_files() -> tuple[Path, Path]:
        """Where :meth:`cached` keeps the matcher: its two files in the cache folder.

        Named by the gazetteer's content (:func:`geo.index.fingerprint`) and
        the matcher's rules (:func:`rules_fingerprint`).
        """
        import hashlib

        from geo.index import fingerprint
        from geo.paths import cache_dir

        tag = hashlib.sha256(f"{fingerprint()}|{rules_fingerprint()}".encode()).hexdigest()[:16]
        folder = cache_dir()
        return folder / f"place-matcher-{tag}.words", folder / f"place-matcher-{tag}.abbreviated"

    @classmethod
    def cached(cls, *, progress=None) -> PlaceMatcher:
        """Memory-map the matcher from the cache folder, or build it from the index and save it there.

        The files sit next to the gazetteer index, named by the gazetteer's
        content (:func:`geo.index.fingerprint`) and the matcher's rules
        (:func:`rules_fingerprint`), so a new gazetteer or new rules rebuild
        them, and installations with the same data and rules share them.
        The build holds a lock (:func:`geo.lock.exclusive` on
        ``place-matcher.lock``): a second process starting meanwhile waits and
        loads what the first built.  Files built for other gazetteers or rules
        are kept for the :data:`geo.paths.KEEP_OTHER_BUILDS` most recent of
        them (another installation may use them), older ones removed.
        ``build_seconds`` is then the load time; ``source`` says which happened.
        """
        import os
        from contextlib import nullcontext

        from geo.lock import exclusive

        words, abbreviated = cls.cache_files()
        folder = words.parent
        matcher = cls._saved(words, abbreviated)
        if matcher is not None:
            return matcher
        writable = os.access(folder, os.W_OK)  # a read-only cache folder: build for this process only
        with exclusive(folder / "place-matcher.lock") if writable else nullcontext():
            matcher = cls._saved(words, abbreviated, damaged_removed=writable)  # built while this one waited
            if matcher is not None:
                return matcher
            if progress:
                progress("building the place-name matcher (once; cached next to the gazetteer index)")
            matcher = cls.from_index()
            if writable:
                cls._save_in_cache(matcher, words, abbreviated)
        matcher.source = "built from the gazetteer index"
        return matcher

    @classmethod
    def _saved(cls, words: Path, abbreviated: Path, *, damaged_removed: bool = False) -> PlaceMatcher | None:
        """The matcher saved at these paths, or None; a damaged one is removed when ``damaged_removed``."""
        if not (words.exists() and abbreviated.exists()):
            return None
        try:
            return cls.load(words, abbreviated)
        except (OSError, RuntimeError, ValueError):
            if damaged_removed:  # under the lock: no other process is writing it
                words.unlink(missing_ok=True)
            return None

    @staticmethod
    def _save_in_cache(matcher: PlaceMatcher, words: Path, abbreviated: Path) -> None:
        """Save through temporary files renamed into place, then remove builds for other inputs but the latest."""
        import os
        import tempfile

        from geo.paths import remove_other_builds

        temporary: list[Path] = []
        try:
            for _ in range(2):
                fd, tmp = tempfile.mkstemp(prefix=".place-matcher-", suffix=".tmp", dir=words.parent)
                os.close(fd)
                temporary.append(Path(tmp))
            tmp_words, tmp_abbreviated = temporary
            matcher.save(tmp_words, tmp_abbreviated)
            os.replace(tmp_abbreviated, abbreviated)
            os.replace(tmp_words, words)  # last: once it exists, both are complete
            remove_other_builds([words, abbreviated], "place-matcher-*")
        except OSError:
            pass  # a full disk only costs the build next time
        finally:
            for tmp in temporary:
                tmp.unlink(missing_ok=True)

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

    def holds(self, key: str) -> bool:
        """Whether ``key`` is a name key the matcher looks for (a membership test of the trie, about a microsecond)."""
        return key in self._words

    def find(self, text: str) -> list[Mention]:
        """Return the place names written in ``text``, leftmost-longest, without overlaps.

        Only runs of capitalised words (with the connectors between them) are
        scanned: a name cannot start or continue with a lower-case word, and
        most of the trie's hits in running prose would be ordinary words.
        """
        folded_text = fold(text)
        runs = [(m.start(), m.end()) for m in _CAPITALISED_RUN.finditer(text)]
        if not runs:
            return []
        prefixes = self._words.prefixes
        hits = []
        for i, (a, b) in enumerate(runs):
            piece = folded_text[a:b] + " "
            last = len(piece) - 1
            start = 0
            while start < last:  # a word may start here: the run's start, or after a space
                # A name is written with a capital (_written_as_name): no other start can give a mention.
                if text[a + start].isupper():
                    for key in prefixes(piece[start:]):
                        size = len(key)
                        if piece[start + size] == " ":
                            hits.append((a + start, -size, i, key))
                start = piece.find(" ", start) + 1
        hits.sort()
        out: list[Mention] = []
        last_end = -1
        for a, neg_size, i, key in hits:
            b = a - neg_size
            if a < last_end:
                continue
            written = text[a:b]
            whole_run = (a, b) == runs[i]
            if not _written_as_name(written) or (not whole_run and _glued(text, a, b)) or _after_title(text, a):
                continue
            out.append(Mention(written, name_key(written) if key in self._abbreviated else key, a, b))
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


_SAINT_BEFORE = re.compile(r"(?P<saint>\bSantiago|\b(?:San|Santa|Santo)\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
                           r"|\bSANTIAGO|\b(?:SAN|SANTA|SANTO)\s+[A-ZÁÉÍÓÚÑ]+)[ \t]+$")  # (a dateline's capitals too)


def _glued(text: str, start: int, stop: int) -> bool:
    """True when a capitalised word touches the match: it belongs to a longer name.

    A weekday or month after the name (``across Guatemala Thursday``) dates it instead.
    """
    after = _WORD_AFTER.match(text, stop, min(len(text), stop + 40))
    if after and after.group(1)[:1].isupper() and after.group(1).lower().rstrip(".") not in CALENDAR_WORDS:
        return True
    before = _word_before(text, start)
    if before and before[0][:1].isupper() and (saint := _SAINT_BEFORE.search(text, max(0, start - 30), start)):
        # "Santiago Niltepec", "Santo Domingo Zanatepec": a town's official long form, a saint's name before the name the
        # gazetteer knows (the saint's words start the run)
        # (not a word in use: "Santo Domingo Ingenio" is no "Ingenio"; a place's own name is rare as a word)
        from .common import word_zipf  # (wordfreq's answers, kept in the cache folder: its load is ~0.2 s)

        head = _word_before(text, saint.start("saint"))
        written = text[start:stop].lower()
        if not (head and head[0][:1].isupper()) and word_zipf(written, "es") < 3.0 \
                and word_zipf(written, "en") < 3.0:
            return False
    if before and before[0][:1].isupper():
        word, at = before
        if word.lower() in _ARTICLES and not (after and after.group(1)[:1].isupper()) \
                and not _word_before_is_capitalised(text, at):
            # "el puesto fronterizo El Corinto": an article written with a capital before a name the gazetteer
            # knows, the whole name written (nothing capitalised before the article nor after the name), is the
            # place itself (types-s18-19 F14), unless the name is an ordinary word ("El Norte", "La Hora", "El
            # Occidental": outlets); "El Sol de México", "Los Ángeles" are runs of their own
            from .common import word_zipf

            written = text[start:stop].lower()
            if word_zipf(written, "es") < 3.0 and word_zipf(written, "en") < 3.0:
                return False
        head = text[max(0, at - 3):at]
        sentence_start = at == 0 or bool(_SENTENCE_START_BEFORE.search(head))
        if not (sentence_start and word.lower() in COMMON_WORDS):
            return True
    return False


_ARTICLES = frozenset(("el", "la", "los", "las"))


# Words of a border post that reporters capitalise before its name ("el puesto Fronterizo El Corinto", "la Aduana El
# Florido"): they name no longer place.
_POST_WORDS = frozenset(("fronterizo", "fronteriza", "puesto", "paso", "aduana", "garita", "puente", "cruce", "punto",
                         "frontera", "border", "crossing", "post", "port"))


def _word_before_is_capitalised(text: str, start: int) -> bool:
    """True when the word before ``start`` is capitalised, and not a border post's word: it continues a name."""
    before = _word_before(text, start)
    return bool(before) and before[0][:1].isupper() and before[0].lower() not in _POST_WORDS


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
