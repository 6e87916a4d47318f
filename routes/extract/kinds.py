"""What the group did, from the sentence's verbs: one of the schema's report kinds.

Cues are checked in order of precedence: a sentence about plans (``set to
depart``, ``called to leave``, ``convocan``) is ``planned`` whatever else it
says; tear gas and clashes make a ``clash``; turned back, returned and
deported make ``returned``; then blocked, checkpoint/roadblock (police or
troops posted somewhere too), crossed, arrived, departed, gathered; walked,
rested or spent the night make a ``sighting`` the sentence reports.  A
sentence with none is a ``sighting`` too, with no cue.

With several places, each takes the cue written between the place before it
and itself (or, if none, between itself and the next place): in ``se
concentraron el sábado en San Pedro Sula y el domingo llegaron a Nueva
Ocotepeque`` the first is a gathering, the second an arrival; in
``caminaron hasta Ocotepeque y planean cruzar el jueves por Agua Caliente``
only the second is planned (:func:`place_kinds`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..schema import DEFAULT_KIND, KINDS
from .text import WordPattern
from .words import RELATIVE_PRONOUNS

# Police or troops posted in a place: Mexico moving officers to Tapachula is a checkpoint there.
_FORCES = "police officers soldiers troops agents guards policías policias soldados agentes guardias militares".split()
_FORCES_POSTED = "|".join(
    rf"{force}\s+(?:[\w-]+\s+){{0,4}}?(?:were\s+|had\s+been\s+|have\s+been\s+|was\s+|fueron\s+)?"
    rf"(?:posted|deployed|stationed|apostad[oa]s|desplegad[oa]s)" for force in _FORCES
) + r"|deploy(?:ed|s)?\s+(?:[\w-]+\s+){0,3}?(?:police|troops|soldiers|agents|officers|guards)" \
  + r"|despleg(?:ó|aron)\s+(?:[\w-]+\s+){0,3}?(?:polic|soldados|agentes|militares|guardias)"

# "iniciaron esta travesía", "comenzó su recorrido": the words after a verb of beginning that make it a departure.
_JOURNEY = r"(?:su|sus|la|el|esta|este)\s+(?:traves[íi]a|recorrido|viaje|camino|trayecto|[ée]xodo|peregrinaci[óo]n)"
# "hoy el Gobierno estatal espera poco más de 2 mil 500 personas": an arrival expected, a plan.
_EXPECTED_ARRIVAL = "|".join(
    rf"{who}\s+(?:\w+\s+){{0,2}}?(?:esperan?|expects?|are\s+expecting|is\s+expecting)\s+(?:a\s+)?"
    r"(?:la\s+llegada\s+de\s+)?(?:[\w.,]+\s+){0,6}?(?:personas|migrantes|people|migrants)\b"
    for who in ("gobierno", "autoridades", "government", "officials", "authorities"))
_CUES: list[tuple[str, str]] = [
    ("planned", r"set\s+to\s+(?:depart|leave|set\s+out)|plans?\s+to\s+\w+|intends?\s+to\s+\w+|"
                r"planea(?:n)?\s+\w+(?:ar|er|ir)\b|piensa(?:n)?\s+\w+(?:ar|er|ir)\b|"
                r"planning\s+to\s+(?:depart|leave)|called\s+(?:on\s+\w+\s+)?to\s+(?:leave|depart|gather)|"
                r"will\s+(?:depart|leave|set\s+out|gather)|would\s+(?:depart|leave|set\s+out|gather)|expected\s+to\s+(?:depart|leave|set\s+out)|"
                r"scheduled\s+to|called\s+(?:on\s+\w+\s+)?for\s+(?:a\s+)?(?:new\s+)?caravan|convoca(?:n|ron|toria)?|planea(?:n)?\s+salir|saldr[áa]n?\b|partir[áa]n?\b|"
                r"tienen?\s+previsto\s+salir|" + _EXPECTED_ARRIVAL + r"|"
                r"prev[ée]n?\s+\w+(?:ar|er|ir)\b|se\s+espera\s+que|busca(?:r[áa])?n?\s+(?:llegar|avanzar)|new\s+caravan\s+(?:is\s+)?(?:being\s+)?(?:organi[sz]ed|called)"),
    # (the group facing the forces, in any verb of confronting: "confronted the Mexican police", "scuffled with
    # agents", "se confrontaron con la Guardia Nacional", "chocaron con los policías")
    ("clash", r"tear[\s-]+gas|batons?|clash(?:ed|es)?|pepper\s+spray|rubber\s+bullets|gases?\s+lacrim[óo]genos?|"
              r"enfrentamientos?|se\s+enfrentaron|repleg|golpes|toletes|macanas|"
              r"confront(?:ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|officers|agents|troops|soldiers|guards|forces)|"
              r"scuffl(?:ed|ing)\s+with|skirmish(?:ed|es)?|fought\s+(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
              r"(?:police|officers|agents|troops|soldiers|guards)|se\s+confrontaron|confrontaron\s+a|"
              r"chocaron\s+con\s+(?:la\s+|los\s+|las\s+)?(?:polic|agentes|guardi|militares|soldados|elementos)"),
    ("returned", r"turned\s+back|went\s+back|gone\s+back|returned|deported|sent\s+back|repatriated|"
                 r"regres(?:aron|ó|ado|ados)|retorn(?:aron|ó|ados)|deportad[oa]s|devuelt[oa]s|deportaron|repatriad|"
                 r"decidi(?:[óo]|eron|do)\s+(?:regresar|volver|retornar)|optaron\s+por\s+(?:regresar|volver)|"
                 r"decided\s+to\s+(?:return|go\s+back|turn\s+back)|had\s+to\s+(?:return|go\s+back|turn\s+back)"),
    # (the group or the vehicle carrying it: "the train was stopped in Monclova", "el autobús fue frenado en")
    ("blocked", r"block(?:ed|ing)\b|blockade|were\s+stopped\s+(?:in|at)\b|was\s+stopped\s+(?:in|at)\b|fueron\s+(?:frenad|contenid|bloquead)[oa]s\b|"
                r"fue\s+(?:frenad|contenid|bloquead)[oa]\b|stopped\s+(?:[\w,]+\s+){0,4}?(?:by|at)\b|held\s+back|kept\s+from|barred|"
                r"stopped\s+(?:a|an|the)\s+(?:[\w,-]+\s+){0,4}?(?:caravan|group|migrants)\b|"
                r"bloque(?:aron|ó|ado)|impidieron|frenaron|detuvieron\s+(?:el\s+)?(?:avance|paso)|cercad|encapsulad|"
                # "fue interceptada por la Guardia Nacional", "dispersaron a un grupo de 400", "broke up the caravan" (not
                # the group dispersing itself: "quickly dispersed depending on their luck")
                r"intercept(?:ed|aron|[óo]|ad[oa]s?)\b|dispersaron\s+(?:[\w-]+\s+){0,3}?a\s+(?:un|una|los|las|cientos|miles|\d)|dispers[óo]\s+a\b|was\s+dispersed|were\s+dispersed|"
                r"dispersed\s+by|fue\s+dispersad|fueron\s+dispersad|broke\s+up\s+(?:the|a)\b|disolvieron\s+(?:la|el)\b|"
                # forces around the group: "troops surrounded the caravan", "rodearon a la caravana"
                r"surround(?:ed|ing)\s+(?:the|a)\b|encircl(?:ed|ing)\s+(?:the|a)\b|hemmed\s+in|"
                r"rode(?:aron|[óo])\s+a\s+(?:la|los|las|el|un|una)\b|cerc(?:aron|[óo])\s+a\s+(?:la|los|las|el|un|una)\b"),
    ("checkpoint", r"checkpoints?|roadblocks?|road\s+block|control\s+point|ret[ée]n(?:es)?|puestos?\s+de\s+control|"
                   r"control\s+migratorio|" + _FORCES_POSTED),
    # (not a border crossing named as a noun: "the border crossing they were targeting")
    ("crossing", r"cross(?:ed|es|ing)\b(?!\s+point)(?<!border\scrossing)|to\s+cross\b|entered|crossing\s+into|"
                 r"por\s+el\s+(?:cruce|paso|puente)\s+(?:fronterizo\s+)?de\b|streamed\s+(?:across|into)|waded\s+(?:across|into)|"
                 r"pushed\s+(?:past|through)|"
                 r"through\s+the\s+border|let\s+(?:[\w-]+\s+){0,4}?(?:through|pass|cross)\b|"
                 r"cruz(?:aron|ó|ado|ar)|ingres(?:aron|ó|ado)|entraron|entr[óo]\b|entrado|pasaron\s+la\s+frontera|"
                 r"lograron\s+(?:entrar|ingresar)|logró\s+(?:entrar|ingresar)|consiguieron\s+(?:entrar|ingresar)|"
                 r"pudieron\s+(?:entrar|ingresar)|managed\s+to\s+(?:enter|get\s+into)|"
                 r"pas(?:aron|ó)\s+a\s+(?:territorio|suelo)|onto\s+\w+\s+(?:soil|territory)|into\s+\w+\s+(?:soil|territory)"),
    ("arrival", r"arriv(?:ed|ing|al)|reached|made\s+it\s+to|pulled\s+into|reach\b(?<!\bto\sreach)|pushed\s+on\s+(?:to|into)|"
                r"walked\s+into|marched\s+into|streamed\s+into\s+(?!the\s+country)|"
                r"pressed\s+on\s+(?:to|into)|moved\s+on\s+(?:to|into)|walked\s+on\s+(?:to|into)|advanced\s+(?:to|into)|"
                r"lleg(?:aron|ó|ada|ado)|hasta\s+llegar\s+a|siguieron\s+(?:[\w]+\s+){0,3}?hasta\b|continuaron\s+(?:[\w]+\s+){0,3}?hasta\b|went\s+on\s+to\b|arriba\s+(?:hoy\s+|por\s+la\s+\w+\s+|est[ae]\s+\w+\s+)?al?\s|comenzaron\s+a\s+llegar|comenz[óo]\s+a\s+llegar|empezaron\s+a\s+llegar|empez[óo]\s+a\s+llegar|began\s+to\s+arrive|started\s+to\s+arrive|arrib(?:aron|ó|ada|ado|an)\b|alcanzaron|avanzaron\s+(?:hasta|a)\b"),
    ("departure", r"left\b|departed|exit(?:ed|ing|s)\b|set\s+(?:out|off)|headed\s+(?:out|north)|began\s+(?:walking|the\s+trek|their\s+journey)|"
                  r"began\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|in|at|from)\b|"
                  r"walked\s+out\s+of|marched\s+out\s+of|inici[óo]\s+(?:en|el|desde)\b|comenz[óo]\s+(?:en|el|desde)\b|"
                  r"started\s+walking|sal(?:ieron|ió|ida|ido|idos)\b|partieron|parti[óo]|partido\b|emprendieron|"
                  r"iniciaron\s+(?:la\s+)?(?:marcha|caminata)|"
                  # "resumed its march", "reanudaron su camino": they leave where they had stopped
                  r"resum(?:ed|es|ing)\s+(?:its|their|the)\s+(?:march|journey|trek|advance|walk)|moved\s+on\b|pushed\s+on\b|pressed\s+on\b|"
                  r"reanud(?:aron|[óo]|an)\s+(?:la|su)\s+(?:marcha|caminata|camino|viaje|traves[íi]a|avance)|"
                  r"inici\w*\s+" + _JOURNEY + r"|comenz\w*\s+" + _JOURNEY + r"|empez\w*\s+" + _JOURNEY),
    ("gathering", r"gather(?:ed|ing)|converg(?:ed|ing|e)\s+(?:on|in|at)\b|convergieron\s+en\b|wait(?:ed|ing)|esperaban|esperando|assembled|congregated|met\s+(?:up\s+)?at|massed|filled|packed|"
                  r"se\s+reunieron|se\s+concentraron|concentraci[óo]n|concentrad[oa]s?|se\s+concentran|se\s+congregaron|reunid[oa]s"),
    # Where the group walked, rested or spent the night: a position, no particular event.
    ("sighting", r"rested|camped|slept|mak(?:ing|es?)\s+(?:its|their)\s+way|made\s+(?:its|their)\s+way|stayed|spent\s+the\s+night|stopp(?:ed|ing)\s+for\s+the\s+night|walked|marched|"
                 r"passed|pasaron\s+por|pas[óo]\s+por|descansab\w*|acampab\w*|est[áa]n?\s+en\b|se\s+encuentran?\s+en\b|"
                 r"is\s+now\s+in\b|are\s+now\s+in\b|remains?\s+in\b|permanecen?\s+en\b|"
                 r"descansaron|acamparon|durmieron|pernoct|permanec|se\s+quedaron|pasaron\s+la\s+noche|caminaron|caminaban|"
                 # (a night named by its day, "spent Tuesday night", "spent two nights"; the night as a pronoun, "la
                 # noche del martes la pasaron en")
                 r"spent\s+(?:[\w'’-]+\s+){1,3}?nights?\b|overnighted|la\s+pas(?:aron|[óo])\s+(?:en|bajo|a\s+la|al)\b|las\s+pas(?:aron|[óo])\s+(?:en|bajo|a\s+la|al)\b|"
                 r"descansan\b|duermen\b|acampan\b|caminan\b|resting\b|camping\b|"
                 # others coming to where the group is (the group the subject of the passive, or the pronoun's
                 # referent): "The Haitians were joined by Cubans under the bridge", "se les unieron cientos en Reynosa"
                 r"were\s+joined\s+(?:[\w-]+\s+){0,3}?by|was\s+joined\s+(?:[\w-]+\s+){0,3}?by|"
                 r"had\s+been\s+joined\s+(?:[\w-]+\s+){0,3}?by|have\s+been\s+joined\s+(?:[\w-]+\s+){0,3}?by|"
                 r"se\s+les\s+(?:unieron|sumaron)|"
                 r"fueron\s+alcanzad[oa]s\s+(?:[\w-]+\s+){0,3}?por"),
]
_COMPILED = [(kind, WordPattern(rf"\b(?:{pattern})")) for kind, pattern in _CUES]

# The pluperfect tells a past event of the group as the preterite does ("habían pasado la noche en Ciudad Hidalgo",
# "la habían pasado en", "el contingente había salido de"): the cues are read with the auxiliary of the pluperfect
# (haber in the imperfect, a closed class) and its participle read as the preterite of the same verb. English needs
# none: "had slept", "had left", "had arrived" are the cues' own forms.
_PLUPERFECT_ES = re.compile(r"\b(hab[íi]an?)(\s+(?:ya\s+)?)(\w+?)([ai])do\b", re.I)
# (a participle whose preterite changes its stem: the -ir verbs of dormir's and seguir's classes; "sido", the passive's
# auxiliary, is "fueron")
_STEM_CHANGE = ((re.compile(r"orm$"), "urm"), (re.compile(r"egu$"), "igu"))


def preterite_reading(sentence: str) -> str:
    """``sentence`` with each Spanish pluperfect written as the preterite of its verb, in as many characters (the
    offsets of every other word stay): ``Habían pasado la noche`` reads ``    pasaron la noche`` for the cues of
    :func:`sentence_kind` (``la habían dormido`` -> ``la durmieron``, ``había salido`` -> ``salió``)."""
    if "hab" not in sentence.lower():
        return sentence

    def preterite(m: re.Match[str]) -> str:
        aux, between, stem, vowel = m.groups()
        plural = aux.lower().endswith("n")
        if stem.lower() == "s" and vowel.lower() == "i":
            verb = "fueron" if plural else "fue"
        else:
            if vowel.lower() == "i":
                for pattern, changed in _STEM_CHANGE:
                    stem = pattern.sub(changed, stem)
            verb = stem + ("aron" if vowel.lower() == "a" else "ieron") if plural else stem + ("ó" if vowel.lower() == "a" else "ió")
        told = between.lstrip() + verb
        return " " * (len(m.group()) - len(told)) + told

    return _PLUPERFECT_ES.sub(preterite, sentence)
assert all(kind in KINDS for kind, _ in _CUES)


def _literal_prefix(item: str) -> str:
    """The letters an alternative must start with (``''`` when it starts with a class or group)."""
    item = item.removeprefix(r"\b")
    prefix = ""
    for i, ch in enumerate(item):
        if ch.isalpha() or ch == " ":
            prefix += ch
            continue
        if ch in "?*{" and prefix:
            prefix = prefix[:-1]
        break
    return prefix.lower() if len(prefix) >= 2 else ""


def _top_level_items(pattern: str) -> list[str]:
    items, depth, current = [], 0, ""
    for ch in pattern:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "|" and depth == 0:
            items.append(current)
            current = ""
        else:
            current += ch
    return items + [current]


# Python's re tries every alternative at every position: a cue whose first letters do not
# occur in the sentence (a C substring test) is not searched for at all.
_PREFIXES: dict[str, tuple[str, ...] | None] = {}
for _kind, _pattern in _CUES:
    _found = [_literal_prefix(item) for item in _top_level_items(_pattern)]
    _PREFIXES[_kind] = None if not all(_found) else tuple(sorted(set(_found)))


#: The cues' first letters, each with the kinds whose cue may start with them (lower case).
CUE_STARTS: dict[str, frozenset[str]] = {}
for _kind, _prefixes in _PREFIXES.items():
    for _prefix in _prefixes or ():
        CUE_STARTS[_prefix] = CUE_STARTS.get(_prefix, frozenset()) | {_kind}


def _prefix_automaton():
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for prefix, kinds in CUE_STARTS.items():
        automaton.add_word(prefix, (len(prefix), kinds))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _prefix_automaton()
_ALWAYS = frozenset(kind for kind, prefixes in _PREFIXES.items() if prefixes is None)


def candidate_cues(text: str, spans: list[tuple[int, int]]) -> list[dict[str, tuple[int, ...] | None]]:
    """For each sentence ``text[a:b]``, the kinds whose cue's first letters occur in it (one scan), each with
    where they start in the sentence (in order; a cue's match can start nowhere else), or ``None`` when that
    is not known (the cue is searched for)."""
    import bisect

    starts = [a for a, _ in spans]
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would drift
        return [dict.fromkeys(_PREFIXES) for _ in spans]
    out: list[dict[str, set[int] | None]] = [dict.fromkeys(_ALWAYS) for _ in spans]
    for end, (length, kinds) in _AUTOMATON.iter(lowered):
        begin = end - length + 1
        if begin and lowered[begin - 1].isalpha():
            continue  # inside a word: "ret" in "secretary"
        i = bisect.bisect_right(starts, begin) - 1
        if i >= 0 and end < spans[i][1]:
            here = out[i]
            for kind in kinds:
                here.setdefault(kind, set()).add(begin - spans[i][0])
    return [{kind: None if at is None else tuple(sorted(at)) for kind, at in here.items()} for here in out]


def cues_from_starts(starts: list[list[tuple[int, frozenset[str]]]] | None,
                     sentences: int) -> list[dict[str, tuple[int, ...] | None]]:
    """:func:`candidate_cues` worked out from where :data:`CUE_STARTS` are written at a word's start in each
    sentence, as :meth:`~routes.extract.text.CueIndex.scan_starts` finds them (one scan for those and the
    rules' words): ``starts`` per sentence ``(offset, kinds)``, or ``None`` when they could not be found."""
    if starts is None:
        return [dict.fromkeys(_PREFIXES) for _ in range(sentences)]
    out = []
    for found in starts:
        here: dict[str, set[int] | None] = dict.fromkeys(_ALWAYS)
        for at, kinds in found:
            for kind in kinds:
                here.setdefault(kind, set()).add(at)
        out.append({kind: None if at is None else tuple(sorted(at)) for kind, at in here.items()})
    return out


def candidate_kinds(text: str, spans: list[tuple[int, int]]) -> list[frozenset[str]]:
    """For each sentence ``text[a:b]``, the kinds whose cue's first letters occur in it (one scan)."""
    return [frozenset(cues) for cues in candidate_cues(text, spans)]


def _cue_matches(kind: str, pattern: WordPattern, sentence: str, lowered: str, candidates) -> Iterator[re.Match[str]]:
    """``pattern.finditer(sentence)``: tried only where ``candidates`` (from :func:`candidate_cues`) says the
    cue's first letters are written, when it says."""
    at = candidates.get(kind) if isinstance(candidates, dict) else None
    if at is None:
        yield from pattern.finditer(sentence, lowered=lowered)
        return
    after = 0
    for start in at:
        if start >= after and (m := pattern.match_at(sentence, start, lowered=lowered)):
            yield m
            after = m.end()


def sentence_kind(sentence: str, candidates: frozenset[str] | dict | None = None) -> tuple[str, bool]:
    """Return the report kind a sentence describes and whether a cue said so.

    ``("sighting", False)`` when no cue matched.  ``candidates`` (from :func:`candidate_kinds`, or
    :func:`candidate_cues` with where each cue's first letters are) limits the cues tried to those whose
    first letters occur.
    """
    if candidates is None:
        candidates = candidate_cues(sentence, [(0, len(sentence))])[0]
    lowered = sentence.lower()
    for kind, pattern in _COMPILED:
        if kind in candidates and next(_cue_matches(kind, pattern, sentence, lowered, candidates), None):
            return kind, True
    return DEFAULT_KIND, False


def cues_in(sentence: str, candidates: frozenset[str] | dict | None = None) -> list[tuple[int, int, str]]:
    """Every cue written in ``sentence`` as ``(start, end, kind)``, in the order written (``candidates`` as
    :func:`sentence_kind` takes it): the verbs of what the group did, where they stand."""
    if candidates is None:
        candidates = candidate_cues(sentence, [(0, len(sentence))])[0]
    lowered = sentence.lower()
    return sorted((m.start(), m.end(), kind) for kind, pattern in _COMPILED if kind in candidates
                  for m in _cue_matches(kind, pattern, sentence, lowered, candidates))


#: Kinds that say what happened to the whole group wherever the cue stands ("migrants deported from
#: Mexico arrived at San Pedro Sula" were returned): they rule a sentence about one place.
OVERRIDING = ("planned", "clash", "returned", "blocked")


# ", which set out on 24 December from Tapachula,", ", que salió el lunes de Tapachula,": a relative clause about
# the group, set off by a comma (not "where/donde": a place's own clause).
# (not a day named: ", which was Christmas Day")
_WHICH_CLAUSE = re.compile(rf",\s+(?:{RELATIVE_PRONOUNS})\s+(?!(?:was|is|fue|era|es)\b)[^,]*", re.I)
# (or between dashes, commas inside: "The migrants – who left Tapachula, in ... Chiapas, in October – arrived")
_WHICH_BETWEEN_DASHES = re.compile(rf"(?<=\s)[\u2013\u2014]\s*(?:{RELATIVE_PRONOUNS})\s+[^\u2013\u2014]*[\u2013\u2014]", re.I)
# An aside between dashes or in brackets about another moment: "-después de que ayer se adelantaron cerca de mil 500
# personas-", "(after a first group went ahead on Friday)".
_ASIDE_CLAUSE = re.compile(
    r"(?:(?<=\s)[-\u2013\u2014]|\()\s*(?:despu[ée]s\s+de\s+que|luego\s+de\s+que|antes\s+de\s+que|mientras|desde\s+que|tras|"
    r"after|before|while|since)\b[^-\u2013\u2014()]*(?:[-\u2013\u2014]|\))", re.I)


@lru_cache(maxsize=4)
def which_clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where the relative clauses about the group set off by a comma run (``, which set out on 24 December from
    Tapachula``), and asides between dashes or in brackets about another moment (``-después de que ayer se
    adelantaron cerca de mil 500 personas-``): what they tell (a cue, a day) is about their own places, not the
    main clause's.

    (The sentence being read is asked about once for each of its dates and places: the last few answers are
    kept, as :func:`routes.extract.sizes.clause_numbers` keeps its clause breaks.)"""
    spans = [m.span() for m in _WHICH_CLAUSE.finditer(sentence)] if "," in sentence else []
    if "\u2013" in sentence or "\u2014" in sentence:
        dashed = [m.span() for m in _WHICH_BETWEEN_DASHES.finditer(sentence)]
        spans = [s for s in spans if not any(a <= s[0] < b for a, b in dashed)] + dashed
    return tuple(spans + aside_clauses(sentence))


def aside_clauses(sentence: str) -> list[tuple[int, int]]:
    """Where the asides between dashes or in brackets about another moment run (``-después de que ayer se
    adelantaron cerca de mil 500 personas-``): their day and their figure are not the main clause's."""
    if "-" in sentence or "(" in sentence or "\u2013" in sentence or "\u2014" in sentence:
        return [m.span() for m in _ASIDE_CLAUSE.finditer(sentence)]
    return []


# A concessive clause of a part (a closed class of conjunctions: "a pesar de que", "pese a que", "aunque", "si bien", "although",
# "even though", "though"), opening the sentence up to its first comma, or after a comma up to the sentence's end: it
# tells what a part of the group did against the main clause ("La caravana se mantiene con más de 2 mil 500, a pesar de
# que otros regresaron a Tapachula"): its verb is not the group's event, its figure not the group's (types-s20-21 F11).
# (only with a part as its subject: a figure, or a pronoun of quantity; "Aunque llegaron compactos a Corinto, se
# separaron", "although local media reported the group to be over 1,000" tell of the whole group)
_CONCESSIVE = (r"(?:a\s+pesar\s+de\s+que|pese\s+a\s+que|aunque|si\s+bien|although|even\s+though|though)\s+"
               r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least|another|unos|unas|cerca\s+de|"
               r"alrededor\s+de|m[áa]s\s+de|casi|al\s+menos|otros|otras)\s+)?"
               r"(?=\d|(?:algun[oa]s|otr[oa]s|vari[oa]s|some|others|several|many|muchos|muchas|dozens|hundreds|thousands|"
               r"decenas|cientos|centenares|miles|medio\s+centenar|la\s+mayor[íi]a|most|part|parte|a\s+few|unos\s+pocos|"
               r"pocos|few|mil|un\s+centenar|una\s+docena|a\s+dozen)\b)")
_CONCESSIVE_OPENS = re.compile(rf"^\W*{_CONCESSIVE}[^,;:]*", re.I)
_CONCESSIVE_AFTER = re.compile(rf",\s*{_CONCESSIVE}[^;:]*", re.I)


def concessive_clauses(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence's concessive clauses run (:data:`_CONCESSIVE_OPENS`, :data:`_CONCESSIVE_AFTER`)."""
    lowered = sentence.lower()
    if not any(w in lowered for w in ("pesar", "pese", "aunque", "si bien", "though")):
        return []
    spans = [m.span() for m in _CONCESSIVE_OPENS.finditer(sentence)]
    return spans + [m.span() for m in _CONCESSIVE_AFTER.finditer(sentence) if not any(a <= m.start() < b for a, b in spans)]


def _in_another(spans: list[tuple[int, int]], at: int, place: int) -> bool:
    return any(a < at < b and not a < place < b for a, b in spans)


def place_kinds(sentence: str, places: list[tuple[int, int]], candidates: frozenset[str] | None = None,
                joined: list[bool] | None = None, *, whole: tuple[str, bool] | None = None) -> list[tuple[str, bool]]:
    """The kind of each place written at ``places`` (start, end) in ``sentence``, and whether a cue said so.

    One place takes the sentence's kind (:func:`sentence_kind`).  With
    several, each takes the first-ranked cue between the end of the place
    before it and its own start; failing that, between its end and the next
    place's start; failing that, the sentence's kind.  A plan anywhere makes
    place with no cue of its own ``planned``.  ``whole`` is ``sentence_kind(sentence, candidates)`` if the
    caller has it.
    """
    if whole is None:
        whole = sentence_kind(sentence, candidates)
    if len(places) < 2:
        return [whole for _ in places]
    if candidates is None:
        candidates = candidate_cues(sentence, [(0, len(sentence))])[0]
    lowered = sentence.lower()
    found: list[tuple[int, int, str]] = []  # start, rank, kind
    for rank, (kind, pattern) in enumerate(_COMPILED):
        if kind in candidates:
            found += [(m.start(), rank, kind) for m in _cue_matches(kind, pattern, sentence, lowered, candidates)]
    if not found:
        return [whole for _ in places]
    # Groups of places joined by "and": (first index, last index).
    groups: list[list[int]] = []
    for i in range(len(places)):
        if i and joined and joined[i] and groups:
            groups[-1].append(i)
        else:
            groups.append([i])
    out: list[tuple[str, bool]] = [whole for _ in places]
    previous: tuple[str, bool] | None = None
    spans = which_clauses(sentence)
    every = found
    for g, members in enumerate(groups):
        start, end = places[members[0]][0], places[members[-1]][1]
        if spans:
            # "The caravan, which set out on 24 December from Tapachula, came to an end in Escuintla": the relative
            # clause's cue is Tapachula's, not Escuintla's; a place after it with no cue of its own is where the
            # group is (nor does it go with the place before it).
            found = [c for c in every if not _in_another(spans, c[0], start)]
            if g and _in_another(spans, places[groups[g - 1][-1]][0], start):
                previous = None if found else ("sighting", False)
        left = places[groups[g - 1][-1]][1] if g else 0
        right = places[groups[g + 1][0]][0] if g + 1 < len(groups) else len(sentence)
        if len(members) > 1:
            around = [(rank, kind) for at, rank, kind in found if left <= at < right]
            pick = min(around)[1] if around else None
        else:
            pick = _nearest([(at, rank, kind) for at, rank, kind in found if left <= at < start], before=True) \
                or _nearest([(at, rank, kind) for at, rank, kind in found if end <= at < right], before=False)
        # A place with no cue of its own goes with the place before it ("de Escuintla a Acapetahua").
        kind = (pick, True) if pick else (previous or (whole if found else ("sighting", False)))
        for i in members:
            out[i] = kind
        previous = kind
    return out


def _nearest(cues: list[tuple[int, int, str]], *, before: bool) -> str | None:
    """The cue nearest the place (the last one before it, the first one after it); a plan rules its stretch.

    Two cues starting at the same word (``walked out of``: a walk, a departure) go by rank.
    """
    if not cues:
        return None
    if any(kind == "planned" for _, _, kind in cues):
        return "planned"
    if before:
        return max(cues, key=lambda c: (c[0], -c[1]))[2]
    return min(cues, key=lambda c: (c[0], c[1]))[2]
