"""Which group each draft row is about: the article's main group, or another group the article also reports.

About one real article in five reports more than one group ("Mientras tanto, otra caravana compuesta por 500
migrantes sigue su camino...", "A second caravan of about 2,000 entered Mexico on Monday", "two other caravans.
One group with some 1,500 migrants is arriving in Puebla, while a third one ... is now in Veracruz").  Drawn as one
route, such an article zigzags between the groups' positions.  :func:`split_groups` gives each group its rows:

* **A cue names another group** (:data:`ANOTHER_CARAVAN`, an ordinal, ``one group`` after ``two other caravans``):
  it holds from the start of its clause (not past an ``and``/``y``/``while`` right before it: ``left Tapachula and
  another caravan reached Huixtla``) to the end of the clause, and on past ``, and``/``, y``/``, but`` while the next
  clause has no subject of its own (``el segundo grupo salió el día 12, y llegó a Pijijiapan``), never past
  ``while``/``mientras``/``;``.  ``another group``/``otro grupo``/``a separate group`` name another group only with
  a figure of their own (``a different group of about 600``); without one they are a part of the group, which
  divides and rejoins (``Otro grupo decidió regresar a Tapachula``): no split.  A group others join or wait for
  (``joined by another caravan``, ``esperaron a otro grupo``), one that joins the group (``otra caravana ... se unió a
  ellos``), or one the group is compared with (``behind the first group``, ``like the first``), is no cue.
* **The main group** is the one the article's first row is about: a group a cue names before the main group has
  any row is the main group (a headline ``Second caravan enters Mexico``, ``los migrantes de la segunda caravana
  ... en Mapastepec``); ``the first caravan``/``la primera caravana`` is then another group.  ``the main caravan``,
  ``the larger group``, ``el grueso de la caravana`` go back to it.
* **A later sentence** stays with another group only when it says so (``this second group``, ``ese contingente``,
  ``the other caravan``); otherwise it is the main group's again.  A clause naming two groups at once (``la
  Primera y Segunda caravana ... se reunirán``) cannot be assigned: it stays the main group's.
* **Another group's figure** on a row of the main group (a size the sentence says of the other group, given by
  the clause rules to a place of the main group) is dropped from that row.

Only articles with a cue pay anything: the whole text is searched once for the cues' words.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from .sizes import clause_breaks, find_sizes
from .text import WordPattern
from .words import GROUP_HEADS

_NOUN = r"(?:caravans?|groups?|contingents?|caravanas?|grupos?|contingentes?|éxodos?|exodos?)"
# "Se espera que una segunda caravana con varios miles ... atraviese pronto México": another group.
# ("a different group of about 600 rested at a shelter"; not "another group of about 200 had crossed" there, an
# additional figure of the same group: see the weak cues below and tests/test_extract_sizes_move.py)
ANOTHER_CARAVAN = re.compile(r"\b(?:una\s+(?:segunda|tercera|cuarta)\s+caravana|otra\s+caravana|otro\s+contingente|"
                             r"un\s+nuevo\s+contingente|a\s+(?:second|third|fourth)\s+caravan|another\s+caravan|"
                             r"another\s+contingent|a\s+(?:different|separate)\s+group|"
                             r"un\s+grupo\s+(?:distinto|diferente|aparte))\b", re.I)
# "Por otro lado, un grupo de al menos 100 salvadoreños partió hoy...": the sentence turns to another group (with a
# group and its own figure right after it, a cue: _NEW_GROUP_AFTER).
ANOTHER_SUBJECT = re.compile(
    r"\s*(?:por\s+otro\s+lado|en\s+otro\s+orden|en\s+otra\s+parte|aparte|separately|elsewhere|in\s+a\s+separate\s+\w+|"
    r"on\s+the\s+other\s+hand)\b", re.I)
# "Meanwhile, in the border city of Tapachula, hundreds of them gathered", "Also on Friday, around 300 migrants
# gathered in Matamoros": a sentence opened by a word of simultaneity whose subject is a figure of its own tells of
# another group (the group cannot be in two places at once; see _simultaneous_group).
_AT_THE_SAME_TIME = re.compile(
    r"\s*(?:meanwhile|in\s+the\s+meantime|at\s+the\s+same\s+time|also\s+on\s+\w+|mientras\s+tanto|entretanto|en\s+tanto|"
    r"al\s+mismo\s+tiempo|tambi[ée]n\s+(?:el|este)\s+\w+)\s*,", re.I)
_ONLY_A_BREAK = re.compile(r"[\s,]*")
_NEW_GROUP_AFTER = re.compile(r"\s*,?\s*(?:un\s+grupo|una\s+caravana|un\s+contingente|a\s+group|a\s+caravan|a\s+contingent)\b",
                              re.I)
_ORDINALS = {"first": 1, "primer": 1, "primera": 1, "primero": 1, "second": 2, "segunda": 2, "segundo": 2,
             "third": 3, "tercer": 3, "tercera": 3, "tercero": 3, "fourth": 4, "cuarta": 4, "cuarto": 4}
_ORDINAL = r"(?:first|second|third|fourth|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa])"
#: The words a cue starts with: the article is found once for them (an Aho-Corasick scan, .text.CueIndex), and
#: :data:`_CUES` is tried only where one is written (a search of the whole text would cost 1 µs a letter).
_STARTS = ("another", "otra", "otro", "otras", "nuevo", "different", "separate", "distint", "diferente", "aparte",
           "first", "second", "third", "fourth", "primer", "segund", "tercer", "cuart", "two", "three", "dos", "tres",
           "main", "larger", "largest", "bigger", "biggest", "original", "principal", "grueso", "bulk", "other")
# Each alternative is a named group (see _cue), starting with one of _STARTS; what comes before it (an article)
# is read in _cue.
_CUES = WordPattern(
    r"\b(?:"
    # another group: strong (a caravan, a contingent) or weak (a group: a part of it unless it has its own figure)
    r"(?P<strong>another\s+(?:caravan|contingent)|otra\s+caravana|otro\s+contingente|nuevo\s+contingente)|"
    r"(?P<weak>another\s+group|otro\s+grupo|(?:different|separate)\s+(?:group|contingent|caravan)|nuevo\s+grupo|"
    r"distint[oa]|diferente|aparte)|"
    # two groups at once: "la primera y segunda caravana"
    rf"(?P<both>{_ORDINAL}\s+(?:y|and|e)\s+{_ORDINAL})|"
    # an ordinal: "a second caravan", "the third one", "a second, smaller caravan", "while a second is departing"
    rf"(?P<ordinal>(?P<nth>{_ORDINAL})(?:\s*,?\s*[a-záéíóúñ]+\s*,?)?\s+(?:{_NOUN}|ones?)|"
    r"(?P<nth2>second|third|fourth)(?=\s+(?:is|was|has|had|left|set|departed)\b))|"
    # several others announced: "two other caravans", "otras dos caravanas", "dos caravanas más"
    r"(?P<plural>(?:two|three|dos|tres)\s+(?:other|more)\s+(?:caravans|groups)|otr[oa]s\s+(?:dos|tres)\s+"
    r"(?:caravanas|grupos|contingentes)|(?:dos|tres)\s+(?:caravanas|grupos|contingentes)\s+m[áa]s)|"
    # back to the main group
    r"(?P<main>(?:main|larger|largest|bigger|biggest|original)\s+(?:caravan|group|contingent)|principal|grueso\s+de|"
    r"bulk\s+of)|"
    r"(?P<other>other\s+(?:caravan|group|contingent))"
    r")\b"
)
_KINDS = ("strong", "weak", "both", "ordinal", "plural", "main", "other")
# "un grupo distinto", "la caravana principal": the words before the cue's own.
_A_GROUP_BEFORE = re.compile(r"\b(?:un\s+grupo|una\s+caravana)\s+$", re.I)
_MAIN_NOUN_BEFORE = re.compile(r"\b(?:la\s+caravana|el\s+grupo|el\s+contingente)\s+$", re.I)
# "la otra caravana", "the other group": one of the groups told of; "el nuevo contingente": the one just told of.
_THE_BEFORE = re.compile(r"\b(?:the|la|el)\s+$", re.I)
_A_BEFORE = re.compile(r"\b(?:un|una|a|an)\s+$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|un|una|el|la|this|that|est[ae]|es[ae])\s+$", re.I)
# A later sentence going on with another group: "ese contingente" (looked for only after such a sentence).
_THIS = WordPattern(rf"\b(?:this|that|ese|esa|este|esta|dicho|dicha|aquel|aquella)\s+(?:new\s+|nuevo\s+|nueva\s+)?"
                    rf"(?:{GROUP_HEADS})\b")
# One of several others announced: "One group with some 1,500 migrants" (looked for only after the announcement).
_ONE = WordPattern(r"\b(?:one\s+(?:group|caravan|of\s+them)|uno\s+de\s+ellos|una\s+de\s+ellas|un\s+grupo|"
                   r"una\s+caravana)\b")
# A group others join, wait for, or are compared with: no group of its own in this story.
_NO_CUE_BEFORE = re.compile(
    r"(?:joined\s+(?:up\s+)?(?:by|with)|\bjoin(?:ing|ed)?|merg\w*\s+with|waiting\s+for|wait\s+for|await\w*|"
    r"\bfor|\blike|\bthan|ahead\s+of|behind|\bcomo|detr[áa]s\s+de|delante\s+de|fusion\w*\s+con|"
    r"unirse\s+(?:a|con)|sumarse\s+a|esper\w+\s+a|\bse\s+(?:les?\s+)?(?:une|unen|una|unan|uni[óo]|unieron|unir[áa]n?|"
    r"sume|sumen|sum[óo]|sumaron|sumar[áa]n?))\s*(?:(?:a|an|the|un|una|el|la)\s+)?$", re.I)
# "Otra caravana de unas 300 personas se unió a ellos en Huixtla", "another caravan ... joined them": it joins the
# group there, no route of its own.
_JOINS_AFTER = re.compile(r"\b(?:joined|joins|join|merged|se\s+(?:les?\s+)?(?:uni[óo]|unieron|une|unen|unir[áa]n?|sum[óo]|"
                          r"sumaron|suma|suman|sumar[áa]n?)|fusion[óa]\w*)\b", re.I)
# A clause after a break that starts with a subject of its own ("and about 300 stayed"): the cue's reach ends.
_OWN_SUBJECT = re.compile(
    r"[;:,.]?\s*(?:while|whereas|but|and|mientras|pero|y)?\s*(?:que\s+)?"
    r"(?:the|la|el|los|las|a|an|un|una|unos|unas|some|about|around|more|most|many|several|hundreds|thousands|"
    r"cientos|miles|centenares|otros|otras|others|they|ellos|ellas|\d)\b", re.I)
_HARD_BREAK = re.compile(r"[;:]|[,.]?\s*(?:while|whereas|mientras)\b", re.I)
# ", and", " y", "while" right before a cue: the words before it are another clause's.
_JOINED_BEFORE = re.compile(r"(?:\band|\by|\be|\bwhile|\bwhereas|\bmientras(?:\s+que)?|\bbut|\bpero|;)\s*"
                            r"(?:(?:a|an|the|un|una|el|la)\s+)?$", re.I)
_OWN_FIGURE = re.compile(r"\s*,?\s*(?:of|de|with|con|(?:compuest|integrad|formad|conformad)[oa]\s+por|made\s+up\s+of)\s",
                         re.I)

MAIN = ("main",)


class Group(NamedTuple):
    """One group's draft rows, with what named it (empty for the main group)."""

    number: int  # 1 for the main group, 2, 3... for the others in the order their rows come
    drafts: list[dict]
    cue: str  # the words that named it, as written
    at: int  # where they are in the article


class _Cue(NamedTuple):
    start: int  # in the sentence
    end: int
    kind: str
    nth: int
    words: str


_STARTS_INDEX: list = []


def _starts_index():
    """The scan for :data:`_STARTS` (built on first use)."""
    if not _STARTS_INDEX:
        from .text import CueIndex

        _STARTS_INDEX.append(CueIndex([], starts={w: w for w in _STARTS}))
    return _STARTS_INDEX[0]


def _cue(sentence: str, m, before: str) -> _Cue | None:
    """The cue a match of :data:`_CUES` is, read with the words before it; None when it is none."""
    start, end = m.start(), m.end()
    kind = next(k for k in _KINDS if m.group(k))
    if _NO_CUE_BEFORE.search(before) and kind != "plural":
        return None  # "joined by another caravan", "behind the first group" (but "joined by two other caravans. One
        # group ...": the others are told of next)
    if kind == "weak" and m.group("weak").startswith(("distint", "diferente", "aparte")):
        head = _A_GROUP_BEFORE.search(before)  # "un grupo distinto"
        if head is None:
            return None
        start -= len(before) - head.start()
    elif kind == "main" and m.group("main") == "principal":
        head = _MAIN_NOUN_BEFORE.search(before)  # "la caravana principal"
        if head is None:
            return None
        start -= len(before) - head.start()
    elif kind in ("strong", "weak") and _THE_BEFORE.search(before):
        # "la otra caravana", "el otro grupo": one of those told of; "el nuevo contingente": the one just told of
        kind = "this" if m.group(kind).startswith("nuevo") else "other"
    elif kind in ("strong", "weak") and m.group(kind).startswith("nuevo") and not _A_BEFORE.search(before):
        kind = "this"  # "este nuevo contingente"
    if kind in ("strong", "weak", "ordinal") and _JOINS_AFTER.search(sentence, end, _clause_end(sentence, end)):
        return None  # "Otra caravana ... se unió a ellos": the same group from there on
    if kind == "weak" and not _figure_after(sentence, end):
        return None  # "Otro grupo decidió regresar": a part of the group, not another one
    nth = _ORDINALS.get(m.group("nth") or m.group("nth2") or "", 0)
    article = _ARTICLE_BEFORE.search(sentence, max(0, start - 8), start)  # (said with its article: "a third one")
    start = article.start() if article else start
    return _Cue(start, end, kind, nth, sentence[start:end])


def _cues_at(sentence: str, offsets) -> list[_Cue]:
    """The cues of :data:`_CUES` starting at the offsets of the sentence where one of :data:`_STARTS` is written."""
    lowered = sentence.lower()
    out = []
    for at in sorted(set(offsets)):
        m = _CUES.match_at(sentence, at, lowered=lowered)
        if m is not None:
            cue = _cue(sentence, m, sentence[max(0, at - 30):at])
            if cue is not None:
                out.append(cue)
    return out


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause holding offset ``at`` ends (:func:`~routes.extract.sizes.clause_breaks`)."""
    return next((b for b in clause_breaks(sentence) if b > at), len(sentence))


def _figure_after(sentence: str, end: int) -> bool:
    """True when a figure of its own follows the group's words (``a different group of about 600``)."""
    m = _OWN_FIGURE.match(sentence, end)
    return m is not None and any(m.end() <= z.start <= m.end() + 25 for z in find_sizes(sentence))


def _simultaneous_group(sentence: str) -> int:
    """Where the subject of another group ends in a sentence opened by a word of simultaneity whose subject is a
    figure of its own (``Also on Friday, around 300 migrants gathered in Matamoros``, ``Mientras tanto, en Tapachula,
    cientos de ellos se concentraron``), or 0: told at the same time as the group's own moves, elsewhere, they are
    another group's."""
    turn = _AT_THE_SAME_TIME.match(sentence)
    if turn is None:
        return 0
    for z in find_sizes(sentence):
        if z.start < turn.end():
            continue
        clause = max(turn.end(), sentence.rfind(",", 0, z.start) + 1)
        # (the figure opens its clause: it is the subject, not an object or a figure of a place)
        return z.end if _ONLY_A_BREAK.fullmatch(sentence, clause, z.start) else 0
    return 0


def _reach(sentence: str, breaks: list[int], cue: _Cue) -> tuple[int, int]:
    """The stretch of the sentence a cue speaks of (see the module docstring)."""
    i = bisect.bisect_right(breaks, cue.start)
    start = 0 if i == 0 else breaks[i - 1]
    if _JOINED_BEFORE.search(sentence, start, cue.start):
        start = cue.start
    end = len(sentence)
    for b in breaks[i:]:
        if _HARD_BREAK.match(sentence, b) or _OWN_SUBJECT.match(sentence, b):
            end = b
            break
    return start, end


def split_groups(text: str, sents, drafts: list[dict]) -> list[Group]:
    """The drafts of one article by group: the main group first, then the others in the order their rows come.

    ``drafts`` are the pipeline's sentence drafts (``n``: the sentence's number, ``start``: the place's offset in
    the article, ``size``: a :class:`~routes.extract.sizes.FoundSize` or None); a draft whose figure another group
    holds loses it.  One group (the drafts as given) when the article names no other.
    """
    if not drafts:
        return [Group(1, drafts, "", -1)]
    # (one scan of the whole text: a scan per sentence costs more than the cues it finds)
    _, written = _starts_index().scan_starts(text, [(0, len(text))])
    where = [a for a, _ in written[0]] if written is not None else [m.start() for m in _CUES.finditer(text)]
    starts = [s.start for s in sents]
    at: dict[int, list[int]] = {}
    for a in where:
        n = bisect.bisect_right(starts, a) - 1
        if n >= 0 and a < sents[n].end:
            at.setdefault(n, []).append(a - sents[n].start)
    found = {n: _cues_at(sents[n].text, offsets) for n, offsets in at.items()}
    for n in {d["n"] for d in drafts}:  # "Separately, a group of about 300 left...": a sentence about another group
        turn = ANOTHER_SUBJECT.match(sents[n].text)
        group = _NEW_GROUP_AFTER.match(sents[n].text, turn.end()) if turn else None
        if group is not None and _figure_after(sents[n].text, group.end()):
            found[n] = [_Cue(0, group.end(), "strong", 0, sents[n].text[:group.end()].strip())] + found.get(n, [])
            continue
        # (not when the sentence names the group it speaks of: "Also on Sunday, hundreds of migrants in that group")
        told = 0 if found.get(n) or _THIS.search(sents[n].text) else _simultaneous_group(sents[n].text)
        if told:
            found[n] = [_Cue(0, told, "strong", 0, sents[n].text[:told].strip())] + found.get(n, [])
    if not any(c.kind in ("strong", "weak", "ordinal", "plural") for cues in found.values() for c in cues):
        return [Group(1, drafts, "", -1)]
    by_sentence: dict[int, list[dict]] = {}
    for d in drafts:
        by_sentence.setdefault(d["n"], []).append(d)
    main_key = ("ord", 1)
    main_has_rows = False
    news = 0
    plural_at = -9
    end_group: tuple[int, tuple] = (-9, MAIN)  # (sentence, the group its end speaks of)
    known: list[tuple] = []  # the other groups, as met
    named: dict[tuple, tuple[str, int]] = {}
    assigned: list[tuple[dict, tuple]] = []
    for n in sorted(set(found) | set(by_sentence)):
        sent = sents[n]
        before = end_group[1] if end_group[0] == n - 1 else MAIN
        cues = found.get(n, [])
        if before != MAIN:  # "Ese contingente había salido el martes de Tapachula"
            cues = cues + [_Cue(m.start(), m.end(), "this", 0, sent.text[m.start():m.end()]) for m in _THIS.finditer(sent.text)]
        if plural_at == n - 1 or any(c.kind == "plural" for c in cues):  # "... two other caravans. One group ..."
            cues = cues + [_Cue(m.start(), m.end(), "one", 0, sent.text[m.start():m.end()]) for m in _ONE.finditer(sent.text)]
        cues.sort(key=lambda c: c.start)
        breaks = clause_breaks(sent.text) if cues else []
        stretches: list[tuple[int, int, tuple, _Cue]] = []
        for cue in cues:
            if cue.kind == "plural":
                plural_at = n
                continue
            if cue.kind in ("strong", "weak", "one"):
                news += 1
                key: tuple = ("new", news)
            elif cue.kind == "ordinal":
                key = ("ord", cue.nth)
            elif cue.kind in ("main", "both"):  # ("both": two groups at once, unassignable: the main group's)
                key = MAIN
            elif cue.kind == "this":
                if before == MAIN:
                    continue
                key = before
            elif cue.kind == "other":
                others = [k for k in [MAIN, *known] if k != before]
                if len(known) != 1 or len(others) != 1:
                    continue
                key = others[0]
            else:
                continue
            lo, hi = _reach(sent.text, breaks, cue)
            stretches.append((lo, hi, key, cue))
        # A clause naming two groups at once cannot be assigned ("la Primera y Segunda caravana se reunirán").
        clash = {i for i, a in enumerate(stretches) for b in stretches
                 if a[3] is not b[3] and a[2] != b[2] and a[0] < b[1] and b[0] < a[1]}

        def group_at(pos: int) -> tuple:
            for i in range(len(stretches) - 1, -1, -1):
                lo, hi, key, _ = stretches[i]
                if lo <= pos < hi:
                    return MAIN if i in clash else key
            return MAIN

        for d in sorted(by_sentence.get(n, []), key=lambda d: d["start"]):
            key = group_at(max(0, d["start"] - sent.start))
            if not main_has_rows and key != MAIN:
                main_key = key  # the first row is the main group's, whatever the words call it
            if key == main_key:
                key = MAIN
            main_has_rows = True
            size = d.get("size")
            if size is not None and _main(group_at(size.start), main_key) != key:
                d["size"] = None  # another group's figure
            if key != MAIN and key not in known:
                known.append(key)
                cue = next(s[3] for s in stretches if s[2] == key)
                named[key] = (cue.words, sent.start + cue.start)
            assigned.append((d, key))
        end_group = (n, _main(group_at(len(sent.text) - 1), main_key) if sent.text else MAIN)
    groups = [Group(1, [d for d, k in assigned if k == MAIN], "", -1)]
    for i, key in enumerate(known, 2):
        groups.append(Group(i, [d for d, k in assigned if k == key], *named[key]))
    return groups


def _main(key: tuple, main_key: tuple) -> tuple:
    return MAIN if key == main_key else key


def group_notes(groups: list[tuple[Group, list[dict]]], name: str) -> list[str]:
    """What a reviewer should know of the split: each other group's caravan id, its places and the words that
    named it (``groups``: each group with its rows as drafted)."""
    notes = []
    for group, rows in groups:
        if group.number == 1 or not rows:
            continue
        places = ", ".join(dict.fromkeys(r["place"] for r in rows))
        notes.append(f"{len(rows)} row(s) ({places}) are another group's ({group.cue!r}, at {group.at}): "
                     f"caravan {name}-{group.number}, a route of their own")
    return notes
