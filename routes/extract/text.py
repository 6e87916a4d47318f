"""Plain text for matching: a length-preserving fold, and sentences with offsets.

:func:`fold` maps every character to one character (lower case, no accent,
anything that is not a letter or digit becomes a space), so a match found in
the folded text has the same offsets in the original.  :func:`sentences`
splits text into sentences and keeps each one's ``start`` and ``end``.
:class:`WordPattern` searches the rules' case-insensitive cue patterns fast;
:class:`CueIndex` finds in one scan of an article which of them can match in each sentence.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from geo.normalize import ABBREVIATIONS

from .words import COMMON_WORDS


def _fold_table() -> bytes:
    """A 256-byte table from Latin-1 to folded ASCII: lower case, no accent, else a space."""
    out = bytearray(b" " * 256)
    for code in range(256):
        base = unicodedata.normalize("NFKD", chr(code))
        base = "".join(c for c in base if not unicodedata.combining(c)).lower()
        base = base.replace("ß", "s").replace("æ", "a").replace("ø", "o")
        if base[:1].isascii() and base[:1].isalnum():
            out[code] = ord(base[0])
    return bytes(out)


_TABLE = _fold_table()

#: What may come before the first word of a sentence or headline: spaces, quotes, dashes, brackets (a regex, for
#: the patterns that read a sentence's opening: sentences.OPENS_SENTENCE, sizes.OPENS_WITH_ITS_NUMBER).
OPENING_PUNCTUATION = r"[\s\"“”'‘’«¿¡(—–-]*"


def fold(text: str) -> str:
    """Return ``text`` folded for matching, with the same length and offsets.

    ``fold("Tecún Umán's")`` -> ``"tecun uman s"``.  Letters outside Latin-1
    (``ł``, curly quotes) become spaces: one character in, one out, done in C
    (``encode``/``bytes.translate``) because it runs on every article.
    """
    return text.encode("latin-1", "replace").translate(_TABLE).decode("ascii")


class Sentence(NamedTuple):
    """One sentence: its text and where it lies in the article (``text[start:end]``)."""

    text: str
    start: int
    end: int
    paragraph: int


# Abbreviations after which a full stop does not end a sentence (with those of place names).
_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr gen gov sen rep sr sra st sta "
    "cd lic ing gral no nos approx km ca vs etc u.s u.n".split()
) | frozenset(ABBREVIATIONS)
# A sentence ends at [.!?] before a capital or a digit, or at a blank line.  Scraped text often loses the
# space after a full stop ("...después del mediodía.El grueso", 'dijo Martínez."Pasó un tren'): a full stop
# after two lower-case letters ends a sentence before a capital too (not "EE.UU.", "U.S.", "J.R.": upper case;
# "Edo.Méx." is an abbreviation, see _is_abbreviation).  All start with one character class, read first, so
# that the regex engine skips ahead to those characters.
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(\u00bf\u00a1]?[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d10-9])"
    r"|(?<=[a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1\u00fc]{2}[.!?])[\"\u201d]?"
    r"(?=[\"\u201c\u00bf\u00a1]?[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1])"
    r"|(?<=\n)[ \t]*\n\s*"
    # a line break before a capital: a sentence ends there when its line has no end punctuation (see sentences)
    # (also a bullet's line: "  \u2022 They were part of ...")
    r"|(?<=\n)(?=[ \t]*(?:\u2022[ \t]+)?[\"'\u201c\u2018(\u00bf\u00a1\u2022]?[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d10-9]))"
)
# A line that goes on in lower case on the next: in text wrapped at a width (many such lines) line breaks end nothing.
_WRAPPED_LINE = re.compile(r"[a-z,;]\n[ \t]*[a-z]")
# What a line ends with when it goes on on the next one ("dijo:", "—", "y,").
_LINE_GOES_ON = frozenset(",;:-\u2013\u2014")
_LAST_WORD = re.compile(r"([\w.]+)$")
_DIGIT_NEXT = re.compile(r"[ \t]+\d")
_ABBREVIATION_NEXT = re.compile(r"[^\W\d_]{1,4}\.")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial (``Oct.``, ``J.``, ``Ocy. 15``)."""
    if text[dot] != ".":
        return False
    word = _LAST_WORD.search(text, max(0, dot - 12), dot)
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return True
    # A short capitalised word before a number is an abbreviation too, misspelt ones included ("Ocy. 15").
    written = word.group(1).strip(".")
    if len(written) <= 4 and written[:1].isupper() and written.isalpha() and _DIGIT_NEXT.match(text, dot + 1) is not None:
        return True
    # No space after it, and a short word with a full stop of its own next: one abbreviation of two ("Edo.Méx.").
    return _ABBREVIATION_NEXT.match(text, dot + 1) is not None


# A line break inside a paragraph: the next line is not blank.
_LONE_BREAK = re.compile(r"(?<=[^\n])\n(?=[ \t]*\S)")


def wrapped_at_a_width(text: str) -> bool:
    """True when ``text`` is wrapped at a width (wire copy, e-mail): a third of its line breaks or more go on
    in lower case (``...men, women\nand children...``)."""
    going_on = len(_WRAPPED_LINE.findall(text))
    return going_on > 0 and 3 * going_on >= text.count("\n") - 2 * text.count("\n\n")


def unwrapped(text: str) -> str:
    """``text`` with the line breaks inside its paragraphs made spaces when it is wrapped at a width.

    A name or a figure broken over two lines (``San Pedro\nSula``, ``about\n500``) is then read as one.
    The text keeps its length, so offsets into it are offsets into ``text``; a text that is not wrapped
    (headlines, captions and bylines on lines of their own) is returned as it is.
    """
    if "\n" not in text or not wrapped_at_a_width(text):
        return text
    return _LONE_BREAK.sub(" ", text)


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, each with its offsets and paragraph number.

    A blank line ends a sentence and starts a new paragraph.  So does a line break after a line with no end
    punctuation, before a capital (a headline, a byline, a caption over the story: ``Two thousand migrants
    rest in Huixtla\nMore than 2,000 migrants...``), unless the text is wrapped at a width (its lines go on
    in lower case).
    """
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    wrapped: bool | None = None
    for match in _BOUNDARY.finditer(text):
        if match.group() == "\n":  # a line break alone
            line_end = text[:match.start()].rstrip(" \t")
            if not line_end or line_end[-1] in _LINE_GOES_ON or line_end[-1] == "\n":
                continue
            if wrapped is None:
                wrapped = wrapped_at_a_width(text)
            if wrapped:
                continue
            is_paragraph = True
        else:
            is_paragraph = match.group().lstrip(".!?\"')\u201d\u2019").count("\n") >= 2
        if not is_paragraph and _is_abbreviation(text, match.start()):
            continue
        _add(out, text, pos, match.start() + len(match.group().rstrip()), paragraph)
        if is_paragraph:
            paragraph += 1
        pos = match.end()
    _add(out, text, pos, len(text), paragraph)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end, paragraph))


def compiled_by_first_letter(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)`` (no flags), with each alternation's alternatives grouped by their first letter.

    Python's ``re`` tries an alternation's alternatives one after the other at every position it is
    tried at: the rules' long lists of words (``will|shall|going\\s+to|plans?\\s+to|...``, ``llegar|arribar|...``)
    cost a check per alternative per position, most of them of a first letter that is not there.  Grouped by
    their first letter (``w(?:ill|ould)|s(?:hall|eek)|...``, in the parsed pattern, at every depth), one check
    picks the alternatives that may match; the alternatives that start with the same letter keep their order, and
    two that start with different letters never both match at one position, so the engine finds the same match
    (leftmost, then first alternative) with the same groups.  An alternation some alternative of which starts
    otherwise than with a letter or a set of letters (a group, a repeat, a class of ranges) is left as written, and
    so is the whole pattern where this Python's ``re`` internals differ (``tests/test_sentence_speed.py`` compares
    it with the plain compile).  The pattern's ``.pattern`` is the text as written.

    Parsing and grouping cost about twice a plain compile (2-5 ms for a rule's pattern): the engine's program for
    each pattern is kept in the cache folder (:func:`_programs`), so that a process compiles it from there in
    microseconds.
    """
    try:
        programs = _programs()
        program = programs.get(pattern)
        if program is None:
            program = _program(pattern)
            if program is None:
                return re.compile(pattern)
            programs[pattern] = program
            _PROGRAMS_NEW.append(pattern)
        return _run(pattern, program)
    except Exception:  # noqa: BLE001 - (another Python's internals: the plain compile finds the same)
        return re.compile(pattern)


def kept_by_first_letter(pattern: str) -> re.Pattern[str] | None:
    """:func:`compiled_by_first_letter`'s answer when the cache folder keeps the pattern's program, else ``None``."""
    try:
        program = _programs().get(pattern)
        return None if program is None else _run(pattern, program)
    except Exception:  # noqa: BLE001 - (a damaged program: compiled again when asked)
        return None


def _run(pattern: str, program: tuple) -> re.Pattern[str]:
    import _sre

    flags, code, groups, groupindex = program
    indexgroup = [None] * groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(pattern, flags, list(code), groups - 1, dict(groupindex), tuple(indexgroup))


def _program(pattern: str) -> tuple | None:
    """(flags, code, groups, group names) of the pattern grouped by first letter, or None to compile it plainly."""
    from re import _compiler, _constants as c, _parser

    if _SCOPED_FLAGS.search(pattern):
        return None  # (a flag for a part, (?i:...): a letter would not say the alternative)
    parsed = _parser.parse(pattern, 0)
    if parsed.state.flags & ~c.SRE_FLAG_UNICODE:
        return None  # (a flag for the whole, (?i))
    _by_first_letter(parsed, c, _parser, parsed.state.groups > 1)
    code = [int(op) for op in _compiler._code(parsed, 0)]  # (plain ints: the opcodes are an int subclass)
    return int(parsed.state.flags), code, int(parsed.state.groups), {str(k): int(v) for k, v in parsed.state.groupdict.items()}


_PROGRAMS: list[dict] = []  # the programs by pattern, once read
_PROGRAMS_NEW: list[str] = []  # the patterns this process worked out (written at exit)


def _programs() -> dict:
    """The grouped patterns' programs kept in the cache folder (``sre-programs-<tag>.marshal``; the tag made of this
    module's text and the Python and regex engine versions, so that a program is only ever run by the engine that
    compiled it), read once a process; the ones a process works out are added at its exit."""
    if not _PROGRAMS:
        import atexit
        import marshal

        stored = {}
        try:
            loaded = marshal.loads(_programs_path().read_bytes())
            if isinstance(loaded, dict):
                stored = loaded
        except (OSError, ValueError, EOFError, TypeError):
            pass
        _PROGRAMS.append(stored)
        atexit.register(_keep_programs)
    return _PROGRAMS[0]


def _programs_path():
    import hashlib
    from pathlib import Path

    import _sre

    from geo.paths import cache_dir

    tag = hashlib.sha256(Path(__file__).read_bytes() + repr((sys.version, _sre.MAGIC, _sre.CODESIZE)).encode())
    return cache_dir() / f"sre-programs-{tag.hexdigest()[:16]}.marshal"


def _keep_programs() -> None:
    """Add the programs this process worked out to the cache folder's (a folder that cannot be written only costs
    the work next time)."""
    if not _PROGRAMS_NEW or not _PROGRAMS:
        return
    import marshal

    from geo.atomic import atomic_write

    try:
        path = _programs_path()
        try:
            stored = marshal.loads(path.read_bytes())
            stored = stored if isinstance(stored, dict) else {}
        except (OSError, ValueError, EOFError, TypeError):
            stored = {}
        stored.update({p: _PROGRAMS[0][p] for p in _PROGRAMS_NEW if p in _PROGRAMS[0]})
        atomic_write(path, marshal.dumps(stored))
        for stale in path.parent.glob("sre-programs-*.marshal"):
            if stale != path:
                stale.unlink(missing_ok=True)
        _PROGRAMS_NEW.clear()
    except Exception:  # noqa: BLE001 - (a cache: never a reason for a run to fail)
        pass


# A flag set or cleared for a part of a pattern, "(?i:...)", "(?-i:...)" (or text that looks like one: left as written).
_SCOPED_FLAGS = re.compile(r"\(\?[aiLmsux-]+:")


def _by_first_letter(sub, c, parser, groups: bool) -> None:
    """Group the alternatives of every alternation in the parsed pattern ``sub`` by their first letter, in place
    (``groups``: the pattern has capturing groups).  An alternation matches the same strings grouped, so the widths
    the parser worked out stay true."""
    for n, (op, av) in enumerate(sub.data):
        if op is c.BRANCH:
            for alternative in av[1]:
                _by_first_letter(alternative, c, parser, groups)
            grouped = _grouped(av[1], c, parser, groups)
            if grouped is not None:
                sub.data[n] = (op, (av[0], grouped))
        elif op is c.SUBPATTERN:
            _by_first_letter(av[3], c, parser, groups)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
            _by_first_letter(av[2], c, parser, groups)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _by_first_letter(av[1], c, parser, groups)
        elif op is getattr(c, "ATOMIC_GROUP", None):
            _by_first_letter(av, c, parser, groups)
        elif op is c.GROUPREF_EXISTS:
            _by_first_letter(av[1], c, parser, groups)
            if av[2] is not None:
                _by_first_letter(av[2], c, parser, groups)


def _grouped(alternatives: list, c, parser, groups: bool) -> list | None:
    """The alternatives as one per first letter (``letter (?:rest|rest...)``), or ``None`` to leave them."""
    if len(alternatives) < 3:
        return None
    firsts: list[tuple[int, ...]] = []
    for alternative in alternatives:
        if not alternative.data:
            return None
        op, av = alternative.data[0]
        if op is c.LITERAL:
            firsts.append((av,))
        elif op is c.IN and av and all(o is c.LITERAL for o, _ in av):
            firsts.append(tuple(dict.fromkeys(v for _, v in av)))
            if groups and len(firsts[-1]) > 1 and _has_groups(alternative, c, parser):
                return None  # (an alternative with a group of its own would be written twice)
        else:
            return None
    letters = list(dict.fromkeys(ch for first in firsts for ch in first))
    if len(letters) == len(alternatives):
        return None  # (each letter starts one alternative: nothing to group)
    state = alternatives[0].state
    out = []
    for letter in letters:
        rests = [parser.SubPattern(state, alternative.data[1:])
                 for alternative, first in zip(alternatives, firsts) if letter in first]
        if len(rests) == 1:
            data = [(c.LITERAL, letter), *rests[0].data]
        else:
            inner = _grouped(rests, c, parser, groups)
            data = [(c.LITERAL, letter), (c.BRANCH, (None, inner if inner is not None else rests))]
        out.append(parser.SubPattern(state, data))
    return out


def _has_groups(sub, c, parser) -> bool:
    """True when the parsed pattern ``sub`` holds a capturing group or refers to one."""
    for op, av in sub.data:
        if (op is c.SUBPATTERN and av[0] is not None) or op in (c.GROUPREF, c.GROUPREF_EXISTS):
            return True
        for value in av if isinstance(av, (tuple, list)) else (av,):
            inner = value if isinstance(value, list) else [value]
            if any(isinstance(v, parser.SubPattern) and _has_groups(v, c, parser) for v in inner):
                return True
    return False


#: How many times a pattern is searched before it is compiled again with its alternatives grouped by first letter, when
#: the cache folder does not keep its program yet: a batch's patterns are searched thousands of times (the grouping
#: pays for itself many times over), a single article's a few times each (grouping them, ~2-5 ms a pattern, would
#: cost a single run more than it saves).  A pattern whose program is kept is compiled grouped at once.
_USES_BEFORE_GROUPING = 200


class _CaseBlindPattern:
    """A case-insensitive regex written in lower case, whose ``re.compile(pattern, re.I)`` reference is
    compiled when first asked for (compiling every rule's patterns at import was most of a single-article
    run's start-up, and an article needs only some of them)."""

    def __init__(self, pattern: str) -> None:
        if any(ch.isupper() for ch in re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", "", pattern)):  # escapes, group names aside
            raise ValueError(f"a {type(self).__name__} is written in lower case: {pattern[:40]!r}")
        self.pattern = pattern
        self._reference: re.Pattern[str] | None = None
        self._bit = 0  # its bit in a CueIndex, if one holds it
        self._uses = _USES_BEFORE_GROUPING  # (searches left before it is compiled again, grouped: see _used)

    def _used(self) -> re.Pattern[str] | None:
        """Count a search; on the last one before :data:`_USES_BEFORE_GROUPING` is reached, the pattern compiled with
        its alternatives grouped by first letter (:func:`compiled_by_first_letter`), else ``None``."""
        uses = self._uses - 1
        self._uses = max(uses, 0)  # (never below 0, should threads count at once)
        return compiled_by_first_letter(self._body()) if uses == 0 else None

    def _body(self) -> str:
        return self.pattern

    def ruled_out(self, cues: int | None) -> bool:
        """True when ``cues`` (a sentence's mask from :meth:`CueIndex.scan`) says the pattern cannot match there."""
        return cues is not None and self._bit != 0 and not cues & self._bit

    @property
    def reference(self) -> re.Pattern[str]:
        """``re.compile(pattern, re.I)``: what the pattern finds."""
        if self._reference is None:
            self._reference = re.compile(self.pattern, re.I)
        return self._reference


class WordPattern(_CaseBlindPattern):
    """A case-insensitive regex that starts at the beginning of a word: ``\\b(?:...)``.

    Python's ``re`` tries a pattern that starts with ``\\b``, or one compiled
    with ``re.IGNORECASE``, at every position of the text.  Compiled without
    the ``\\b`` and matched case-sensitively against lower-cased text, the
    engine skips ahead to where one of the alternatives' first letters occurs
    (two to four times faster on the extractor's patterns); the word boundary
    is then checked by hand.  :meth:`search` finds what
    ``re.compile(pattern, re.I).search`` finds (``tests/test_extract.py``
    compares them); a text whose lower case is longer than itself (``İ``) is
    searched with that reference pattern.  The pattern's letters must be
    written in lower case.
    """

    def __init__(self, pattern: str) -> None:
        if not pattern.startswith(r"\b"):
            raise ValueError(f"a WordPattern starts with \\b: {pattern[:40]!r}")
        super().__init__(pattern)
        self._lowered: re.Pattern[str] | None = None  # (the pattern without its \b: compiled when first used)

    def _compile(self) -> re.Pattern[str]:
        kept = kept_by_first_letter(self._body())
        if kept is not None:
            self._uses = 0  # (grouped from the start)
        self._lowered = kept or re.compile(self._body())
        return self._lowered

    def _body(self) -> str:
        return self.pattern[2:]

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize, *,
               lowered: str | None = None, cues: int | None = None) -> re.Match[str] | None:
        """Like ``re.Pattern.search`` (``lowered`` is ``text.lower()`` if the caller has it; ``cues`` the mask
        :meth:`CueIndex.scan` gave the sentence ``text`` is, or is part of).

        The match's offsets are the text's; its groups hold the words lower-cased
        (slice ``text`` with the offsets for the words as written).
        """
        if cues is not None and self._bit and not cues & self._bit:
            return None
        if lowered is None:
            lowered = text.lower()
        if len(lowered) != len(text):
            return self.reference.search(text, pos, endpos)
        compiled = self._lowered or self._compile()
        if self._uses and (grouped := self._used()) is not None:
            compiled = self._lowered = grouped
        m = compiled.search(lowered, pos, endpos)
        while m and m.start() and _is_word_char(text[m.start() - 1]):
            m = compiled.search(lowered, m.start() + 1, endpos)
        return m

    def match_at(self, text: str, pos: int, *, lowered: str | None = None,
                 cues: int | None = None) -> re.Match[str] | None:
        """The match starting at ``pos``, as ``re.compile(pattern, re.I).match(text, pos)`` finds it."""
        if cues is not None and self._bit and not cues & self._bit:
            return None
        if lowered is None:
            lowered = text.lower()
        if len(lowered) != len(text):
            return self.reference.match(text, pos)
        if pos and _is_word_char(text[pos - 1]):
            return None
        return (self._lowered or self._compile()).match(lowered, pos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize, *,
                 lowered: str | None = None, cues: int | None = None) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``, for patterns that never match an empty string."""
        if cues is not None and self._bit and not cues & self._bit:
            return
        if lowered is None:
            lowered = text.lower()
        m = self.search(text, pos, endpos, lowered=lowered)
        while m:
            yield m
            m = self.search(text, m.end(), endpos, lowered=lowered)


def caseless_view(text: str, lowered: str | None = None) -> str | None:
    """``text.lower()`` when matching in it case-sensitively finds what ``re.IGNORECASE`` finds in ``text``,
    at the same offsets; else ``None``.

    Lower-casing stands for that flag except where a letter's lower case is longer (``İ``) or where the
    flag reads a letter as another that lower-casing keeps (dotless ``ı`` as ``i``, long ``ſ`` as ``s``).
    ``lowered`` is ``text.lower()`` if the caller has it.
    """
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text) or "\u0131" in lowered or "\u017f" in lowered:
        return None
    return lowered


class CaselessPattern(_CaseBlindPattern):
    """A case-insensitive regex searched in lower-cased text: the engine compares no case.

    ``CaselessPattern(p).search(text, pos, endpos)`` finds, at the same offsets, what
    ``re.compile(p, re.IGNORECASE).search(text, pos, endpos)`` finds (:func:`caseless_view` says
    when lower-cased text can stand for the flag; other text is searched with that reference).
    Its groups hold the words lower-cased: slice ``text`` with the offsets for the words as written.
    The pattern's letters must be written in lower case.
    """

    def __init__(self, pattern: str) -> None:
        super().__init__(pattern)
        self._compiled: re.Pattern[str] | None = None

    def _pick(self, text: str, lowered: str | None) -> tuple[re.Pattern[str], str]:
        view = caseless_view(text, lowered)
        if view is None:
            return self.reference, text
        if self._compiled is None:
            kept = kept_by_first_letter(self.pattern)
            if kept is not None:
                self._uses = 0  # (grouped from the start)
            self._compiled = kept or re.compile(self.pattern)
        if self._uses and (grouped := self._used()) is not None:
            self._compiled = grouped
        return self._compiled, view

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize, *,
               lowered: str | None = None, cues: int | None = None) -> re.Match[str] | None:
        """Like ``re.Pattern.search`` (``lowered`` is ``text.lower()`` if the caller has it)."""
        if cues is not None and self._bit and not cues & self._bit:
            return None
        compiled, view = self._pick(text, lowered)
        return compiled.search(view, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize, *,
              lowered: str | None = None, cues: int | None = None) -> re.Match[str] | None:
        """Like ``re.Pattern.match``."""
        if cues is not None and self._bit and not cues & self._bit:
            return None
        compiled, view = self._pick(text, lowered)
        return compiled.match(view, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize, *,
                 lowered: str | None = None, cues: int | None = None) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``."""
        if cues is not None and self._bit and not cues & self._bit:
            return iter(())
        compiled, view = self._pick(text, lowered)
        return compiled.finditer(view, pos, endpos)


def word_start_search(compiled: re.Pattern[str], text: str, pos: int = 0,
                      endpos: int = sys.maxsize) -> re.Match[str] | None:
    """``re.compile(r"\\b" + compiled.pattern).search(text, pos, endpos)`` for a pattern whose matches start
    with a word character: the pattern is compiled without the ``\\b`` (so the engine skips ahead to its
    first letters) and a match inside a word is passed over by hand."""
    m = compiled.search(text, pos, endpos)
    while m and m.start() and _is_word_char(text[m.start() - 1]):
        m = compiled.search(text, m.start() + 1, endpos)
    return m


def word_start_finditer(compiled: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``finditer`` of :func:`word_start_search` (for patterns that never match an empty string)."""
    m = word_start_search(compiled, text)
    while m:
        yield m
        m = word_start_search(compiled, text, m.end())


def _is_word_char(ch: str) -> bool:
    """What ``re`` calls ``\\w`` in a str pattern."""
    return ch.isalnum() or ch == "_"


# -- one scan for many patterns' first letters ------------------------------------------------------------
_MAX_WORD = 10  # letters kept of a required word: longer ones say little more and make the scan's words longer
_MAX_WORDS = 200
_SMALL_CLASS = 4
_MIN_CUE = 3  # letters a CueIndex wants of every required word of a pattern it holds


def required_words(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` (compiled case-sensitively) holds, or ``None`` when no
    such strings of two letters or more can be said.

    Read from the parsed pattern (``re._parser``, the tree ``re`` itself compiles from), not from its text:
    each run of fixed letters a match must hold is a candidate (``\\b(?:r[íi]o|river)\\s+`` -> ``{"río", "rio",
    "river"}``; ``years\\s+ago`` -> ``{"years"}``, the longer of the two); an alternation needs one of each
    branch's; an optional part (``x?``, ``(?:...)*``) holds nothing for sure; zero-width parts (``\\b``,
    lookarounds) are passed over.  Of the candidates, one whose strings all have three letters or more (what a
    :class:`CueIndex` holds) is kept before one with a shorter string, then one with no common word
    (:data:`~routes.extract.words.COMMON_WORDS`) before one with (it is written in the fewest sentences), then
    the one whose shortest string is longest (fewer strings if tied).  ``tests/test_sentence_speed.py`` checks every
    match of the rules' patterns holds one of them.
    """
    from re import _constants as c, _parser

    def fixed(op, av) -> set[str] | None:
        """The strings the item matches when it matches only fixed strings, few of them; else None."""
        if op is c.LITERAL:
            return {chr(av)}
        if op is c.IN and len(av) <= _SMALL_CLASS and all(o is c.LITERAL for o, _ in av):
            return {chr(v) for _, v in av}
        if op is c.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:
                got = fixed_seq(alternative)
                if got is None:
                    return None
                out |= got
            return out if len(out) <= _MAX_WORDS else None
        if op is c.SUBPATTERN and not av[1] and not av[2]:
            return fixed_seq(av[3])
        return None

    def fixed_seq(items) -> set[str] | None:
        out = {""}
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue
            got = fixed(op, av)
            if got is None:
                return None
            out = {a + b for a in out for b in got}
            if len(out) > _MAX_WORDS:
                return None
        return out

    def best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
        good = [w for w in candidates if w and all(w)]
        # (a function word, "por", "the", is written in most sentences: "año" says more than "por" in "por año";
        # but strings of two letters the index cannot hold: "who|that|which" before "ha", "had|hab[íi]an?" parsed)
        return max(good, key=lambda w: (min(map(len, w)) >= 3, not w & COMMON_WORDS, min(map(len, w)), -len(w))) \
            if good else None

    def need(items) -> frozenset[str] | None:
        candidates: list[frozenset[str]] = []
        run = {""}

        def close() -> None:
            nonlocal run
            if run != {""}:
                candidates.append(frozenset(w[:_MAX_WORD] for w in run))
            run = {""}

        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero width: the letters on either side are written next to each other
            got = fixed(op, av)
            if got is not None:
                grown = {a + b for a in run for b in got}
                if len(grown) > _MAX_WORDS:
                    close()
                    grown = set(got)
                run = grown
                continue
            close()
            if op is c.BRANCH:
                each = [need(alternative) for alternative in av[1]]
                if all(w is not None for w in each):
                    candidates.append(frozenset().union(*each))
            elif op is c.SUBPATTERN and not av[1] and not av[2]:
                candidates.append(need(av[3]))
            elif op is c.ATOMIC_GROUP:
                candidates.append(need(av))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                candidates.append(need(av[2]))
        close()
        return best([w for w in candidates if w is not None])

    try:
        found = need(_parser.parse(pattern))
    except (re.error, RecursionError):  # pragma: no cover - the rules' patterns compile
        return None
    if found is None or len(found) > _MAX_WORDS or min(map(len, found)) < 2:
        return None
    kept: list[str] = []
    for w in sorted(found, key=len):  # "arriv" makes "arrived" redundant: a text holding "arrived" holds "arriv"
        if not any(k in w for k in kept):
            kept.append(w)
    return frozenset(kept)


def cached_required_words(patterns: list[str]) -> dict[str, frozenset[str] | None]:
    """:func:`required_words` of each pattern, read from the cache folder when worked out before.

    Reading 57 patterns' trees takes about 40 ms, a fifth of a single-article run's work: the answers are
    kept in ``cue-words-<tag>.json``, the tag made of the patterns and of this module's text (a change to
    either reads them again).  A cache folder that cannot be written only costs the work.
    """
    import hashlib
    import json
    from pathlib import Path

    from geo.atomic import atomic_write
    from geo.paths import cache_dir

    tag = hashlib.sha256(Path(__file__).read_bytes() + repr(
        (sorted(COMMON_WORDS), sys.version_info[:2], patterns)).encode()).hexdigest()[:16]
    path = cache_dir() / f"cue-words-{tag}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(stored, list) and len(stored) == len(patterns):
            return {p: None if w is None else frozenset(w) for p, w in zip(patterns, stored)}
    except (OSError, ValueError):
        pass
    found = {p: required_words(p) for p in patterns}
    try:
        atomic_write(path, json.dumps([None if found[p] is None else sorted(found[p]) for p in patterns]))
        for stale in path.parent.glob("cue-words-*.json"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return found


class CueWords:
    """Lower-case strings a rule looks for anywhere in a sentence: :meth:`written_in` is
    ``any(word in lowered for word in words)``, answered from a :class:`CueIndex` mask when one holds them."""

    def __init__(self, words: tuple[str, ...]) -> None:
        if not words or any(not w or w != w.lower() for w in words):
            raise ValueError(f"CueWords are lower-case, none empty: {words[:4]!r}")
        self.words = tuple(words)
        self._bit = 0

    def written_in(self, lowered: str, cues: int | None = None) -> bool:
        """True when one of the words is in ``lowered`` (a sentence lower-cased, or a stretch of one when
        ``cues`` is None); ``cues`` is that sentence's mask from :meth:`CueIndex.scan`."""
        if cues is not None and cues != -1 and self._bit:
            return cues & self._bit != 0
        return any(word in lowered for word in self.words)

    def ruled_out(self, cues: int | None) -> bool:
        """True when ``cues`` (a sentence's mask from :meth:`CueIndex.scan`) says none of the words is in the
        sentence lower-cased, where lower-casing stands for ``re.IGNORECASE`` (see :func:`caseless_view`): a
        case-blind pattern that needs one of them cannot match there."""
        return cues is not None and self._bit != 0 and not cues & self._bit


class CueIndex:
    """The words many case-blind patterns need, found in one scan of an article.

    Built once from the patterns (:class:`WordPattern` and :class:`CaselessPattern`, which search lower-cased
    text): each pattern every match of which holds one of a few words (:func:`required_words`, none shorter
    than three letters) takes a bit; :meth:`scan` reads an article once (an Aho-Corasick automaton over those
    words) and gives, for each sentence, the bits of the patterns one of whose words is written in it.  A
    pattern's ``search`` handed that mask (``cues=``) answers ``None`` at once when its bit is not set: it
    cannot match in the sentence, nor in any stretch of it.  Other patterns are always searched.  It holds
    :class:`CueWords` too, each word as written: the mask says exactly whether one is in the sentence.  A
    pattern belongs to one index (its bit is its own).
    """

    def __init__(self, patterns: list[_CaseBlindPattern | CueWords],
                 known: dict[str, frozenset[str] | None] | None = None,
                 starts: dict[str, object] | None = None) -> None:
        """``known`` maps a pattern's text to its :func:`required_words` when they were worked out before
        (:func:`cached_required_words`); ``starts`` maps lower-case words to a value: :meth:`scan_starts`
        also says where each of them is written at a word's start (the same scan)."""
        known = known or {}
        if starts and any(not w or w != w.lower() for w in starts):
            raise ValueError("a CueIndex's start words are lower-case, none empty")
        self._starts = dict(starts or {})
        by_word: dict[str, int] = {}
        self.patterns: list[_CaseBlindPattern | CueWords] = []
        for pattern in dict.fromkeys(patterns):  # (each once, in order)
            if pattern._bit:
                raise ValueError(f"a pattern belongs to one CueIndex: {getattr(pattern, 'pattern', pattern)!r:.40}")
            if isinstance(pattern, CueWords):
                words = frozenset(pattern.words)  # every one, as written: the answer is exact
            else:
                words = known[pattern.pattern] if pattern.pattern in known else required_words(pattern.pattern)
                if words is None or min(map(len, words)) < _MIN_CUE:
                    continue  # (a word of one or two letters, "en", "to", is written in nearly every sentence)
            pattern._bit = 1 << len(self.patterns)
            self.patterns.append(pattern)
            for word in words:
                by_word[word] = by_word.get(word, 0) | pattern._bit
        self._by_word = by_word
        self._automaton = None

    def _build(self):
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for word in {**self._by_word, **self._starts}:  # (bits, length, the start word's value or None)
            automaton.add_word(word, (self._by_word.get(word, 0), len(word), self._starts.get(word)))
        automaton.make_automaton()
        self._automaton = automaton
        return automaton

    def scan(self, text: str, spans: list[tuple[int, int]]) -> list[int]:
        """For each sentence ``text[a:b]``, the bits of the patterns that may match in it (all bits, for every
        sentence, where lower-cased text cannot stand for the case-blind search: see :func:`caseless_view`)."""
        lowered = caseless_view(text)
        if lowered is None or not self.patterns:
            return [-1 for _ in spans]  # every bit set
        automaton = self._automaton or self._build()
        out = []
        for a, b in spans:
            mask = 0
            for _, (bits, _, _) in automaton.iter(lowered, a, b):
                mask |= bits
            out.append(mask)
        return out

    def scan_starts(self, text: str, spans: list[tuple[int, int]]
                    ) -> tuple[list[int], list[list[tuple[int, object]]] | None]:
        """:meth:`scan`'s masks and, in the same pass, for each sentence ``text[a:b]``, where the start words are
        written in ``text.lower()`` not right after a letter: ``(offset in the sentence, the word's value)``, in
        the order their last letters come; ``None`` for every sentence where lower case is longer than the text
        (offsets would drift)."""
        lowered = text.lower()
        if len(lowered) != len(text):
            return [-1 for _ in spans], None
        if not self._by_word and not self._starts:
            return [-1 for _ in spans], [[] for _ in spans]
        automaton = self._automaton or self._build()
        masks: list[int] = []
        found: list[list[tuple[int, object]]] = []
        for a, b in spans:
            mask = 0
            here: list[tuple[int, object]] = []
            for end, (bits, length, value) in automaton.iter(lowered, a, b):
                mask |= bits
                if value is not None:
                    begin = end - length + 1
                    if not (begin and lowered[begin - 1].isalpha()):
                        here.append((begin - a, value))
            masks.append(mask)
            found.append(here)
        if not self.patterns or caseless_view(text, lowered) is None:
            masks = [-1 for _ in spans]  # (the start words are found in lower-cased text all the same)
        return masks, found
