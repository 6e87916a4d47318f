"""Dates in English and Spanish sentences, resolved against the publication date.

Explicit dates (``Oct. 21, 2018``, ``21 de octubre de 2018``, ``2018-10-21``)
stand alone; a day without a year takes the publication year (the year before
if that would put it well after publication).  Relative words (weekdays,
``yesterday``/``ayer``, ``today``/``hoy``, ``last night``/``anoche``,
``Christmas Eve``/``Nochebuena``, ``on Christmas``/``en Navidad``, ``la víspera de Año Nuevo``/``Nochevieja``,
``six days ago``/``hace seis días``, ``over the
weekend``/``el fin de semana``, ``by the end of the week``/``a finales de esta semana``: that week's Friday,
approximate, in a plan) need the publication date: without one they
stay unresolved, never guessed.  ``N days ago`` is that many days before
publication (weeks and months, and a hedged count, ``hace casi un mes``, are
approximate; ``se cumplieron 22 días de que salieron``, ``it has been 22 days since``, approximate too); a part of
the month told from publication (``a inicios de mes``, ``a finales del mes pasado``, ``earlier this month``, ``at the
end of last month``) is that month, month only; a weekend is
its Saturday and Sunday, the last ones up to
publication (the next ones in a sentence about plans, unless ``last``/``pasado``).  A weekday means the latest such day on or
before publication (``last Saturday``: strictly before), or the next one when
the sentence speaks of the future (``will``, ``set to``, ``next Monday``,
``partirá``), except the day before publication written ``este``/``this`` or in
a plan told in the past (published on a Tuesday, ``este lunes se espera que
lleguen``, ``on Monday they were expected to reach``: that Monday, the day the
copy was written, not the next one); a weekday written with its date (``el viernes 15 de enero``)
takes that date, and one written with a day of the month only (``el domingo 17``,
``este martes 22``, ``el día 12``) the nearest such day around publication.  A Spanish
weekday written with a capital inside a name (``rumbo a Santo Domingo Ingenio``) is no day.  A
weekday right after a verb in the past (``began Friday``, ``partieron este
sábado``, also with a place's name between: ``left San Pedro Sula late Monday``) or after ``luego de``/``after`` is a past day even in a sentence that
also speaks of plans.  The days of Holy Week (``Viernes Santo``, ``Good
Friday``) are found from Easter (``dateutil``).  ``around``/``alrededor del``
marks the date approximate (``~``).
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import NamedTuple

from .text import WordPattern, fold

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
}
_EN_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
# Spanish abbreviations English does not share, as agencies write them in datelines ("16 ene (EFE)"):
# only right before a bracket, punctuation, a year or the end, so that "ago" or "dic" in running text is not a month.
_ES_ABBR = r"(?:ene|abr|ago|dic)\.?(?=\s*[(,.;—–-]|\s+\d{4}\b|\s*$)"
_ES_MONTH = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
_EN_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_ES_NUMBERS = ("uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce")
_COUNT_EN = r"(?:\d{1,2}|a|an|" + "|".join(_EN_NUMBERS) + ")"
_COUNT_ES = r"(?:\d{1,2}|un|una|" + "|".join(_ES_NUMBERS) + ")"
_APPROX_BEFORE = re.compile(r"(?:around|about|circa|approximately|on\s+or\s+about|alrededor\s+del?|hacia\s+el|cerca\s+del?)\s+$", re.I)
_MOD_BEFORE = WordPattern(
    r"\b(?P<mod>last|this\s+past|past|next|this\s+coming|this|coming|on|by|since|until|from|el\s+pasado|"
    r"el\s+pr[óo]ximo|este|el|desde\s+el|hasta\s+el|para\s+el|del)\s+$",
)

# "avanzó este martes 58 millas": a number of miles, hours or people after a weekday is not its date.
_NOT_A_UNIT = (r"(?!\s*(?:millas|miles|km|kil[óo]metros|kilomet|metros|meters|metres|horas|hours|personas|people|"
               r"migrantes|migrants|mil\b|thousand|hundred|cientos|%|por\s+ciento|percent))")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # A span of days is one row over the span (build reads "2021-01-13/2021-01-16"): "between January 13 and 16",
    # "from Oct. 10 to 16", "entre el 13 y el 16 de enero", "del 13 al 16 de enero".
    ("span_md", re.compile(rf"\b(?:between|from)\s+(?P<mon>{_EN_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                           rf"(?:and|to|through|until|-)\s+(?:(?P<mon2>{_EN_MONTH})\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
                           r"(?:,?\s+(?P<y>\d{4})\b)?", re.I)),
    ("span_dm", re.compile(rf"\b(?:entre\s+el|del)\s+(?P<d>\d{{1,2}})\s+(?:y\s+el|al)\s+(?P<d2>\d{{1,2}})\s+de\s+"
                           rf"(?P<mon>{_ES_MONTH})\b(?:\s+(?:de|del)\s+(?P<y>\d{{4}})\b)?", re.I)),
    ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", re.I)),
    ("mdy", re.compile(rf"\b(?P<mon>{_EN_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?", re.I)),
    # (a month said as last, a calque of "el pasado 18 de noviembre": "on 18 last November", "the 18th of last November";
    # "el 18 del pasado mes de noviembre", "el 18 del mes de noviembre")
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:(?:last|past|this\s+past)\s+)?(?P<mon>{_EN_MONTH}|{_ES_ABBR})\b(?:,?\s+(?P<y>\d{{4}})\b)?", re.I)),
    ("es", re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?:de|del\s+(?:(?:pasado|presente)\s+)?mes\s+de)\s+(?P<mon>{_ES_MONTH})\b(?:\s+(?:de|del)\s+(?P<y>\d{{4}})\b)?", re.I)),
    ("month", re.compile(rf"\b(?:(?:in|en|during|durante|since|desde)\s+(?:early\s+|late\s+|mid-?)?|(?:principios|finales|fines|mediados)\s+de\s+)(?P<mon>{_EN_MONTH}|{_ES_MONTH})(?:,?\s+(?:of\s+|de\s+|del\s+)?(?P<y>\d{{4}}))?\b", re.I)),
    # "a inicios de mes", "a finales del mes pasado", "earlier this month", "at the end of last month": a part of the
    # month told from publication, which names no day (the month only; "pasado", "last": the month before).
    ("thismonth", re.compile(r"\b(?:(?:inicios|principios|comienzos|finales|fines|mediados)\s+(?:de|del)\s+"
                             r"(?:este\s+|presente\s+)?mes(?P<past_es>\s+pasado)?|"
                             r"(?:earlier|early|late|later)\s+(?:this|(?P<last_en>last))\s+month|"
                             r"(?:start|beginning|end|middle)\s+of\s+(?:the|this|(?P<last_of>last))\s+month)\b", re.I)),
    # (a holiday's name: its eve said with "la víspera de" / "eve of" before it is the day before; bare "Christmas" /
    # "Navidad" is its day after a preposition of time, "on Christmas", "en Navidad", also with a part of the day,
    # "Christmas morning": not a noun's modifier, "Christmas meals")
    ("eve", re.compile(r"\b(?P<word>christmas\s+eve|nochebuena|nochevieja|christmas\s+day|d[íi]a\s+de\s+navidad|"
                       r"new\s+year'?s\s+eve|new\s+year'?s\s+day|"
                       r"(?P<vispera>v[íi]spera\s+(?:de(?:l\s+d[íi]a\s+de)?\s+)|eve\s+of\s+)"
                       r"(?:a[ñn]o\s+nuevo|navidad|christmas|new\s+year'?s(?:\s+day)?)|a[ñn]o\s+nuevo|"
                       r"(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\bover\s)|(?<=\ben\s)|(?<=\bpor\s)|(?<=\bpara\s))"
                       r"(?:christmas|navidad)(?!\s+eve\b)(?:\s+(?:morning|afternoon|evening|night))?)\b", re.I)),
    # "left Juchitán six days ago", "hace casi un mes": publication minus the days, weeks or months.
    ("ago", re.compile(rf"\b(?:(?P<n>{_COUNT_EN})\s+(?P<unit>days?|weeks?|months?)\s+ago|"
                       rf"hace\s+(?P<hedge>(?:casi|unos?|unas|m[áa]s\s+de|poco\s+m[áa]s\s+de|alrededor\s+de|cerca\s+de)\s+)?"
                       rf"(?P<n_es>{_COUNT_ES})\s+(?P<unit_es>d[íi]as|semanas?|mes(?:es)?))\b", re.I)),
    # "Se cumplieron 22 días de que salieron desde San Pedro Sula", "It has been 22 days since they left": the day
    # that many days before publication, approximate (a count of days since, said loosely).
    ("since", re.compile(rf"\b(?:(?:it\s+has|it['’]s)\s+been\s+(?P<n>{_COUNT_EN}|\d{{1,3}})\s+(?P<unit>days?|weeks?)\s+since|"
                         rf"(?:se\s+)?(?:cumpli(?:eron|[óo])|cumplen|cumple|van|llevan|pasaron)\s+(?P<n_es>{_COUNT_ES}|\d{{1,3}})\s+"
                         rf"(?P<unit_es>d[íi]as|semanas?)\s+(?:de\s+que|desde\s+que))\b", re.I)),
    # "rested in Córdoba over the weekend", "el fin de semana": the Saturday and Sunday before publication.
    ("weekend", re.compile(r"\b(?:(?P<mod>last|this\s+past|past|this|next|this\s+coming|coming|(?:over|during|on|at)\s+the|el\s+pasado|"
                           r"el\s+pr[óo]ximo|este|el)\s+)(?:week-?end|fin\s+de\s+semana)\b(?P<post>\s+(?:pasado|pr[óo]ximo))?",
                           re.I)),
    # "expected in Hermosillo by the end of the week", "a finales de esta semana": that week's Friday, approximate.
    ("weekend_of", re.compile(r"\b(?:(?:by|at|toward|towards|before|for)\s+the\s+end\s+of\s+(?:the|this)\s+week|"
                              r"(?:a|hacia|para|antes\s+de)\s+(?:finales|fines|final)\s+de\s+(?:la|esta)\s+semana|"
                              r"al\s+final\s+de\s+(?:la|esta)\s+semana)\b", re.I)),
    # "the caravan that arrived in Mexicali last week": the calendar week before publication's, Monday to Sunday.
    ("lastweek", re.compile(r"\b(?:last\s+week|la\s+semana\s+pasada|la\s+pasada\s+semana)\b", re.I)),
    # "walked through Chiapas this week", "esta semana": publication's week up to its day (earlier: up to the day before).
    ("thisweek", re.compile(r"\b(?:(?P<earlier>earlier\s+)?this\s+week|(?P<a_principios>a\s+principios\s+de\s+)?esta\s+semana)\b",
                            re.I)),
    ("relative", re.compile(r"\b(?P<word>the\s+day\s+before\s+yesterday|anteayer|antier|yesterday|ayer|last\s+night|anoche|today|hoy|this\s+morning|this\s+afternoon|tonight|esta\s+ma[ñn]ana|esta\s+madrugada|esta\s+tarde|esta\s+noche|tomorrow|ma[ñn]ana(?!\s+(?:del?|por))|pasado\s+ma[ñn]ana)\b", re.I)),
    ("holy", re.compile(r"\b(?P<word>viernes\s+santo|jueves\s+santo|s[áa]bado\s+santo|s[áa]bado\s+de\s+gloria|domingo\s+de\s+ramos|domingo\s+de\s+resurrecci[óo]n|domingo\s+de\s+pascua|good\s+friday|holy\s+thursday|maundy\s+thursday|holy\s+saturday|palm\s+sunday|easter\s+sunday)\b", re.I)),
    ("wdnum", re.compile(rf"\b(?P<wd>{_WEEKDAY})[\s.,]{{1,6}}(?:the\s+)?(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)?\b(?![.,:]\d){_NOT_A_UNIT}", re.I)),
    ("daynum", re.compile(rf"\bd[íi]a\s+(?P<d>[12]?\d|3[01])\b(?![.,:]\d|\s+de\s+\w){_NOT_A_UNIT}", re.I)),
    ("weekday", re.compile(rf"\b(?P<wd>{_WEEKDAY})\b(?P<post>\s+(?:pasado|pr[óo]ximo|que\s+viene))?", re.I)),
]
_LATER_BEFORE = re.compile(r"\blater\s+$", re.I)
_PLAN_WORDS_BEFORE = re.compile(r"\b(?:expected|scheduled|due|set\s+to|plans?|planned|will|would|se\s+espera|esperan|"
                                r"prev[ée]n?|planean?|buscar[áa]n?|llegar[áa]n?)\b", re.I)
# The last word of each modifier: the $-anchored patterns run only after one of them.
_MOD_LAST_WORDS = frozenset(
    "last past next coming this on by since until from pasado próximo proximo este el del".split()
)
_APPROX_LAST_WORDS = frozenset("around about circa approximately el de del".split())
_LOWER_PATTERNS = [(kind, re.compile(p.pattern)) for kind, p in _PATTERNS]
# The words each pattern can start with, folded (lower case, no accents); a word starting with
# a digit may start "iso", "dmy" or "es".  tests/test_extract.py checks that trying the patterns
# only there finds what a scan of the whole text finds.
_FIRST_WORDS = {
    "span_md": ["between", "from"],
    "span_dm": ["entre", "del"],
    "mdy": _EN_MONTH.removeprefix("(?:").removesuffix(")\\.?").split("|"),
    "month": ["in", "en", "during", "durante", "since", "desde", "principios", "finales", "fines", "mediados"],
    "thismonth": ["inicios", "principios", "comienzos", "finales", "fines", "mediados", "earlier", "early", "late", "later",
                  "start", "beginning", "end", "middle"],
    "eve": ["christmas", "nochebuena", "nochevieja", "dia", "new", "ano", "vispera", "eve", "navidad"],
    "ago": ["a", "an", "hace", *_EN_NUMBERS],  # and a digit
    "since": ["it", "it's", "se", "cumplieron", "cumplio", "cumplen", "cumple", "van", "llevan", "pasaron"],
    "weekend": ["last", "this", "past", "next", "coming", "over", "during", "on", "at", "el", "este"],
    "lastweek": ["last", "la"],
    "thisweek": ["earlier", "this", "a", "esta"],
    "weekend_of": ["by", "at", "toward", "towards", "before", "for", "a", "hacia", "para", "antes", "al"],
    "relative": ["the", "anteayer", "antier", "yesterday", "ayer", "last", "anoche", "today", "hoy", "this",
                 "tonight", "esta", "tomorrow", "manana", "pasado"],
    "holy": ["viernes", "jueves", "sabado", "domingo", "good", "holy", "maundy", "palm", "easter"],
    "wdnum": sorted({fold(day) for day in _WEEKDAYS}),
    "daynum": ["dia"],
    "weekday": sorted({fold(day) for day in _WEEKDAYS}),
}
_KIND_INDEX = {kind: k for k, (kind, _) in enumerate(_PATTERNS)}
_EXPLICIT = frozenset(("span_md", "span_dm", "iso", "mdy", "dmy", "es", "wdnum", "daynum"))  # dates that name their day (found before weekdays)
# Holy Week days, as days from Easter Sunday.
_HOLY = {"viernes santo": -2, "good friday": -2, "jueves santo": -3, "holy thursday": -3, "maundy thursday": -3,
         "sabado santo": -1, "sabado de gloria": -1, "holy saturday": -1, "domingo de ramos": -7, "palm sunday": -7,
         "domingo de resurreccion": 0, "domingo de pascua": 0, "easter sunday": 0}
# A verb in the past right before a weekday (fillers between): "began Friday", "partieron este sábado".
_FILLERS = frozenset("on early late this last the el este esta la de del en por madrugada mañana manana noche tarde "
                     "morning night afternoon evening pasado".split())
_PAST_IRREGULAR = frozenset("began left went came took ran made held met fled sent broke rose stood set reached "
                            "crossed arrived departed started walked".split())
_PAST_ES = re.compile(r"(?:aron|ieron|yeron|[óo]|i[óo])$")
_AFTER_PAST = re.compile(r"\b(?:luego\s+de|despu[ée]s\s+de|tras|after)\b", re.I)


# (the prepositions of a place's name between a verb and its day: "arrived in Tapachula on Monday")
_PLACE_PREPOSITIONS = frozenset("in at from into to en de desde a".split())


def _past_before(sentence: str, at: int) -> bool:
    """True when the weekday at ``at`` follows a verb in the past or ``luego de``/``after`` (its clause), also with a
    place's name between (``left San Pedro Sula late Monday``)."""
    head = sentence[max(0, at - 80):at]
    words = re.findall(r"[\w']+", head)[-8:]
    named = False  # (a place's name between the verb and the day: "left San Pedro Sula late Monday", "arrived in X on")
    for k in range(len(words) - 1, -1, -1):
        written = words[k]
        word = written.lower()
        if len(words) - k > 5 and not named:
            break  # (five words back at most, as before, unless a name was stepped over)
        if word in _FILLERS:
            continue
        if k > 0 and written[:1].isupper() and len(words) - k <= 5:
            named = True
            continue
        if named and word in _PLACE_PREPOSITIONS:
            continue
        if word in _PAST_IRREGULAR or (word.endswith("ed") and len(word) > 4 and word not in ("scheduled", "planned", "expected")):
            return True
        if len(word) > 4 and _PAST_ES.search(word) and not word.endswith(("ción", "cion")) \
                and not (named and word.endswith("o")):  # (past a name, "rumbo a Tapachula el lunes" is no verb)
            return True
        break
    return bool(_AFTER_PAST.search(head[-60:]))


# A Spanish weekday is written in lower case: one with a capital beside another capitalised word (not an article or a
# preposition, as a title-case headline writes them) is part of a name: "rumbo a Santo Domingo Ingenio", "Domingo Pérez".
_ES_WEEKDAYS = frozenset(("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"))
_NAME_WORD = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]*")
_NOT_OF_A_NAME = frozenset("el la los las este esta del de a al en y e por para desde hasta pasado proximo cada the on this "
                           "last next".split())


def _in_a_name(text: str, start: int, end: int) -> bool:
    """True when the Spanish weekday ``text[start:end]`` (a weekday's word only) is written as part of a name: with
    a capital, and a capitalised word that is not an article or preposition right before or after it
    (``Santo Domingo Ingenio``); never at the start of a sentence alone (``Domingo, 5 de mayo``)."""
    word = text[start:end]
    if not word[:1].isupper() or fold(word.lower()) not in _ES_WEEKDAYS:
        return False
    before = re.search(r"([\w'’-]+)\s+$", text[max(0, start - 40):start])
    after = re.match(r"\s+([\w'’-]+)", text[end:end + 40])
    return any(m is not None and _NAME_WORD.fullmatch(m.group(1)) and fold(m.group(1).lower()) not in _NOT_OF_A_NAME
               and fold(m.group(1).lower()) not in _ES_WEEKDAYS for m in (before, after))


# A day and month that name a street, park or neighbourhood: right after its common noun ("calle 5 de mayo", "el
# parque 20 de Noviembre", "la colonia 16 de Septiembre", "Avenida 5 de Febrero") or, in English, right before it ("5 de
# Mayo Street", "20 de Noviembre park"): a name, no day (no article or preposition between the noun and the date).
_NAMED_BY_A_DAY_BEFORE = re.compile(
    r"\b(?:calle|avenida|av\.|parque|plaza|plazuela|colonia|col\.|barrio|calzada|bulevar|boulevard|blvd\.|glorieta|"
    r"fraccionamiento|ejido|escuela|mercado|street|avenue|park|square)\s+$", re.I)
_NAMED_BY_A_DAY_AFTER = re.compile(
    r"\s+(?:street|st\.|avenue|ave\.|park|square|plaza|boulevard|neighbou?rhood|school|market)\b", re.I)


def _names_a_place(text: str, start: int, end: int) -> bool:
    """True when the date at ``text[start:end]`` is the name of a street, park or neighbourhood (see
    :data:`_NAMED_BY_A_DAY_BEFORE`)."""
    return bool(_NAMED_BY_A_DAY_BEFORE.search(text, max(0, start - 20), start)
                or _NAMED_BY_A_DAY_AFTER.match(text, end))


_PAST_AFTER_ES = re.compile(r"(?:aron|ieron|yeron|ó|ió)$")
_FILLERS_AFTER = frozenset("por la el en de del a las los en madrugada mañana manana noche tarde pasado".split())


def _past_after(sentence: str, end: int) -> bool:
    """True when a Spanish verb in the preterite comes right after the weekday ending at ``end``
    (``el lunes irrumpieron en la frontera``): the weekday is past whatever the sentence plans."""
    for word in re.findall(r"[\w']+", sentence[end:end + 40].lower())[:4]:
        if word in _FILLERS_AFTER:
            continue
        return len(word) > 3 and bool(_PAST_AFTER_ES.search(word))
    return False


def _first_word_automaton():
    """An automaton from " word " (folded, spaced) to the patterns that can start there."""
    import ahocorasick

    starting_with: dict[str, tuple[int, ...]] = {}
    for kind, words in _FIRST_WORDS.items():
        for word in words:
            starting_with[f" {word} "] = starting_with.get(f" {word} ", ()) + (_KIND_INDEX[kind],)
    for digit in "0123456789":
        starting_with[f" {digit}"] = tuple(_KIND_INDEX[kind] for kind in ("iso", "dmy", "es", "ago"))
    automaton = ahocorasick.Automaton()
    for key, kinds in starting_with.items():
        automaton.add_word(key, (len(key), kinds))  # a hit ending at e: the word starts at e - len(key) + 1
    automaton.make_automaton()
    return automaton


_FIRST_WORD_AUTOMATON = _first_word_automaton()
_NOT_MORNING = re.compile(r"\b(?:la|esta|por\s+la|en\s+la|cada)\s+$", re.I)
_FUTURE = WordPattern(
    r"\b(?:will|would\s+leave|plans?\s+to|planning\s+to|planned(?!\s*[,.;]|\s+(?:in|at|en)\b)|set\s+to|expected\s+to|scheduled|intends?\s+to|"
    r"called\s+to|is\s+to|are\s+to|going\s+to|upcoming|va\s+a|van\s+a|planea|planean|prev[ée]n?|"
    r"tiene\s+previsto|tienen\s+previsto|convoca(?:n|ron)?|para\s+salir|para\s+partir|buscar[áa]n?|se\s+espera\s+que)"
    r"(?![\w'’])"  # whole words: "prevented" is no "prevén", "planeado" no "planea"
)
# The words of a plan, shared with the sentence pass (sentences._PLAN_TO_REACH_BEFORE): a word of intention,
# expectation or attempt, or a periphrastic future (INTENDS), governing a verb of motion or its noun (MOVES).
#: (each alternative starts with its letters, as a WordPattern's must: see text.WordPattern)
INTENDS: tuple[str, ...] = (
    "will", "shall", r"going\s+to",
    *(w + r"\s+to" for w in (r"plans?", "planning", r"intends?", "intending", r"expects?", "expected", "expecting",
                             r"hopes?", "hoping", r"aims?", "aiming", r"wants?", "wanting", r"wish(?:es)?", r"seeks?",
                             "seeking", "tries", "try", "trying", r"attempts?", "attempting", r"looks?", "looking",
                             r"means?", "set", "scheduled", "due", "preparing", r"prepares?", "ready")),
    *(w + r"\s+(?:is|of|was)(?:\s+to)?" for w in ("aim", "goal", "intention", "plan", "hope", "objective", "target",
                                                 "purpose")),
    r"pretenden?", r"planean?", r"piensan?", r"esperan?", r"buscan?", r"buscar[áa]n?", r"intentan?", r"intentar[áa]n?",
    r"quieren?", r"desean?", r"prev[ée]n?", r"procuran?", r"conf[íi]an?(?:\s+en)?", r"aspiran?\s+a",
    r"trat(?:an?|ar[áa]n?)\s+de",
    r"tienen?\s+(?:previsto|planeado|pensado)", r"van?\s+a", r"se\s+espera(?:\s+que)?", r"se\s+prev[ée](?:\s+que)?",
    *(w + r"\s+(?:el|la|su)\s+(?:objetivo|meta|intenci[óo]n|idea|prop[óo]sito|fin|plan|[áa]nimo|af[áa]n|esperanza|"
          r"deseo|ilusi[óo]n)(?:\s+\w+)?\s+de"
      for w in ("con", "en", r"tienen?")),
    *(w + r"\s+(?:objetivo|meta|intenci[óo]n|idea|prop[óo]sito|plan)(?:\s+\w+)?\s+(?:es|ser[áa])"
      for w in ("su", "el", "la")),
)
MOVES = (
    r"(?:llegar|arribar|alcanzar|avanzar|caminar|continuar|seguir|partir|salir|dirigirse|ir|marchar|trasladarse|"
    r"moverse|ingresar|entrar|pernoctar|su\s+(?:llegada|arribo)|el\s+(?:llegada|arribo)|"
    r"reach|get|make\s+it|arrive|go|head|walk|march|move|push\s+on|press\s+on|continue|travel|leave|set\s+(?:out|off)|"
    r"proceed|end\s+(?:its|their|the)\s+(?:journey|trek|march|walk|trip)|cross|enter|stop|stay|spend\s+the\s+night|"
    # (the gerund after a noun of intention: "with the aim of reaching", "in the hope of getting to")
    r"reaching|getting|making\s+it|arriving|going|heading|walking|marching|moving|pushing\s+on|pressing\s+on|"
    r"continuing|travell?ing|leaving|setting\s+(?:out|off)|proceeding|crossing|entering|"
    # (after "se espera que", "pretenden que": the subjunctive, "se espera que los migrantes avancen hasta")
    r"lleguen|arriben|alcancen|avancen|caminen|contin[úu]en|sigan|partan|salgan|se\s+dirijan|vayan|ingresen|entren)"
)
# (a Spanish future of a verb of motion says the plan alone: "saldrán hacia", "llegarán a", "se dirigirán a")
MOVES_FUTURE: tuple[str, ...] = tuple(
    stem + r"(?:[áa]n?|emos)" for stem in ("llegar", "arribar", "alcanzar", "avanzar", "caminar", "continuar", "seguir",
                                          "partir", "saldr", "dirigir", "ir", "marchar", "trasladar", "ingresar",
                                          "entrar", "pernoctar"))
# A purpose governs the goal the same way, but says no future of the sentence ("salieron el domingo para llegar a").
PURPOSE: tuple[str, ...] = ("para", r"in\s+order\s+to", r"so\s+as\s+to")
# A plan to move, a few words before a weekday, dates it ahead ("Pretenden llegar el martes a Huixtla", "they aim to get
# to Matías Romero on Tuesday": next Tuesday); elsewhere in the sentence it does not ("set out on Tuesday as they
# attempt to reach the U.S.": last Tuesday).
_PLAN_TO_MOVE = WordPattern(r"\b(?:" + "|".join(w + r"\s+(?:[\w'’-]+\s+){0,2}?" + MOVES for w in INTENDS)
                            + r")(?![\w'’])")
#: How far before a weekday a plan to move is looked for (characters).
_PLAN_REACH = 60


def _planned_before(sentence: str, at: int) -> bool:
    """True when a plan to move is written in the few words before offset ``at``, with no sentence stop between."""
    m = _PLAN_TO_MOVE.search(sentence, max(0, at - _PLAN_REACH), at)
    return m is not None and not any(c in sentence[m.end():at] for c in ";:()")
# Spanish future tense (partirán, saldrá): looked for only where "rá" occurs at all.
FUTURE_ES = re.compile(r"\w(?:ar|er|ir|dr)(?:á|án)\b", re.I)


def future_between(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` speaks of the future (``will``, ``plans to``, ``saldrán``, ``buscará``)."""
    return _speaks_of_future(text, text.lower(), start, end)


# "se alistaba para partir el lunes desde Huixtla cuando fue interceptada": a plan in the past, cut short.
_GETTING_READY_BEFORE = re.compile(r"\b(?:se\s+alistaba|se\s+alistaban|se\s+preparaba|se\s+preparaban|estaba\s+list[oa]|"
                                   r"estaban\s+list[oa]s)\s+$")


def _speaks_of_future(text: str, lowered: str, start: int, end: int) -> bool:
    m = _FUTURE.search(text, start, end, lowered=lowered)
    if m and not (lowered[m.start():m.start() + 5] == "para " and len(lowered) == len(text)
                  and _GETTING_READY_BEFORE.search(lowered, max(0, m.start() - 30), m.start())):
        return True
    written = lowered[start:end] if len(lowered) == len(text) else text[start:end].lower()
    return "rá" in written and bool(FUTURE_ES.search(text, start, end))


class FoundDate(NamedTuple):
    """A date found in a sentence: ISO text (``~`` when approximate), and where it was written."""

    iso: str
    start: int
    end: int
    words: str


def _year_for(month: int, day: int, published: date, future: bool) -> int | None:
    year = published.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return None
    if not future and candidate > published + timedelta(days=7):
        return year - 1
    if future and candidate < published - timedelta(days=180):
        return year + 1
    return year


def _nearest(published: date, month: int, day: int, future: bool = False) -> date:
    """The latest such day on or before publication (the next one when speaking of the future)."""
    options = [date(published.year + k, month, day) for k in (-1, 0, 1)]
    if future:
        return min(d for d in options if d >= published)
    return max(d for d in options if d <= published)


# A plan told from a day already gone: "were expected to", "se esperaba que".
_PLAN_IN_THE_PAST = re.compile(r"\b(?:was|were)\s+(?:expected|scheduled|set|due|supposed)\b|\bse\s+esperaba\b|"
                               r"\bten[íi]an?\s+previsto\b|\bplaneaban?\b", re.I)


def _weekday(published: date, target: int, mod: str, post: str, future: bool) -> date:
    mod = " ".join(mod.lower().split())
    post = " ".join(post.lower().split())
    forward = mod in ("next", "this coming", "coming", "el próximo", "el proximo") or "pr" in post or "viene" in post
    strictly_before = mod in ("last", "this past", "past", "el pasado") or post == "pasado"
    if forward or (future and not strictly_before and mod not in ("since", "desde el")):
        delta = (target - published.weekday()) % 7
        return published + timedelta(days=delta or (7 if forward else 0))
    delta = (published.weekday() - target) % 7
    if strictly_before and delta == 0:
        delta = 7
    return published - timedelta(days=delta)


def find_dates(sentence: str, published: date | None) -> list[FoundDate]:
    """Return the dates written in ``sentence`` that can be resolved, in order of appearance."""
    return dates_by_sentence(sentence, [(0, len(sentence))], published)[0]


def dates_by_sentence(text: str, spans: list[tuple[int, int]], published: date | None) -> list[list[FoundDate]]:
    """Return, for each sentence ``text[start:end]`` of ``spans``, the dates it writes.

    Every pattern starts at a word of its own (a month, a weekday, a digit,
    ``in``/``desde``, ``yesterday``...): one pass of an Aho-Corasick automaton
    finds those words, and each pattern is tried only where its first word is
    written.  That finds what scanning the whole text with each pattern finds,
    two to three times faster.  Offsets in the result are relative to the sentence.
    """
    starts = [a for a, _ in spans]
    lowered = text.lower()
    found: list[list[FoundDate]] = [[] for _ in spans]
    taken: list[list[tuple[int, int]]] = [[] for _ in spans]
    written_days: list[list[int]] = [[] for _ in spans]  # where explicit dates start
    future_of: dict[int, bool] = {}
    if len(lowered) == len(text):
        # Case-sensitive patterns on lower-cased text: twice as fast as re.IGNORECASE.
        matches = _matches_at_first_words(text, lowered)
    else:  # a letter whose lower case is longer ("İ"): offsets would drift, scan the text as written
        matches = [(kind, pattern.finditer(text)) for kind, pattern in _PATTERNS]

    for kind, found_by_pattern in matches:
        for m in found_by_pattern:
            start, end = m.span()
            i = bisect.bisect_right(starts, start) - 1
            if i < 0 or end > spans[i][1]:
                continue
            if any(start < e and s < end for s, e in taken[i]):
                continue
            if kind in ("weekday", "wdnum") and _in_a_name(text, start, start + len(m.group("wd"))):
                continue  # "con rumbo a Santo Domingo Ingenio": a town's name, no Sunday
            if kind in ("es", "dmy", "mdy") and _names_a_place(text, start, end):
                taken[i].append((start, end))
                continue  # "en el parque 20 de Noviembre", "on 5 de Mayo Street": a name, no day
            if kind == "weekday" and any(s >= end and not text[end:s].strip(" ,") for s in written_days[i]):
                continue  # "el viernes 15 de enero", "Friday, Jan. 15": the date says which Friday
            taken[i].append((start, end))
            if kind in _EXPLICIT:
                written_days[i].append(start)
            s0 = spans[i][0]
            before = text[max(s0, start - 30):start]
            last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
            mod = _MOD_BEFORE.search(before) if kind == "weekday" and last in _MOD_LAST_WORDS else None

            def future(i: int = i) -> bool:
                if i not in future_of:
                    future_of[i] = _speaks_of_future(text, lowered, spans[i][0], spans[i][1])
                return future_of[i]

            iso = _resolve(kind, m, published, future, text[s0:spans[i][1]], mod.group("mod") if mod else "",
                           start - s0)
            if iso:
                approx = last in _APPROX_LAST_WORDS and bool(_APPROX_BEFORE.search(before))
                found[i].append(FoundDate(("~" if approx else "") + iso, start - s0, end - s0, text[start:end].strip()))
    for dates in found:
        dates.sort(key=lambda f: f.start)
    return found


def _matches_at_first_words(text: str, lowered: str) -> list[tuple[str, list[re.Match[str]]]]:
    """Each pattern's matches in lower-cased text, in order, as ``finditer`` would find them.

    A match starts at ``\\b`` before a word character, so at the start of a
    word: a pattern is tried (``match``) only where a word it can start with
    is written.  Those words are found in one pass of an Aho-Corasick
    automaton over the folded text (a superset: ``match`` has the last word).
    """
    tried: list[list[int]] = [[] for _ in _LOWER_PATTERNS]
    for end, (length, kinds) in _FIRST_WORD_AUTOMATON.iter(" " + fold(text) + " "):
        for k in kinds:
            tried[k].append(end - length + 1)
    out = []
    for (kind, pattern), positions in zip(_LOWER_PATTERNS, tried):
        matches: list[re.Match[str]] = []
        after = -1
        for pos in positions:
            if pos >= after and (m := pattern.match(lowered, pos)):
                matches.append(m)
                after = m.end()
        out.append((kind, matches))
    return out


def _resolve(kind: str, m: re.Match[str], published: date | None, future, sentence: str, mod: str = "",
             at: int = 0) -> str:
    g = m.groupdict()
    if kind == "iso":
        try:
            return date(int(g["y"]), int(g["m"]), int(g["d"])).isoformat()
        except ValueError:
            return ""
    if kind in ("span_md", "span_dm"):
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        month2 = _MONTHS[g["mon2"].lower().rstrip(".")] if g.get("mon2") else month
        if g.get("y"):
            year = int(g["y"])
        elif published:
            year = _year_for(month, int(g["d"]), published, future())
        else:
            return ""
        try:
            first, last = date(year, month, int(g["d"])), date(year + (month2 < month), month2, int(g["d2"]))
        except (ValueError, TypeError):
            return ""
        return f"{first.isoformat()}/{last.isoformat()}" if first < last else ""
    if kind in ("mdy", "dmy", "es"):
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        day = int(g["d"])
        if g.get("y"):
            year = int(g["y"])
        elif published:
            year = _year_for(month, day, published, future())
        else:
            return ""
        try:
            return date(year, month, day).isoformat() if year else ""
        except ValueError:
            return ""
    if kind == "month":
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        if g.get("y"):
            return f"{int(g['y']):04d}-{month:02d}"
        if published:
            year = published.year - 1 if month > published.month and not future() else published.year
            return f"{year:04d}-{month:02d}"
        return ""
    if published is None:
        return ""
    if kind == "thismonth":
        first = published.replace(day=1)
        if g.get("past_es") or g.get("last_en") or g.get("last_of"):
            first = (first - timedelta(days=1)).replace(day=1)
        return f"{first.year:04d}-{first.month:02d}"
    if kind == "eve":
        word = " ".join(g["word"].lower().split())
        if g.get("vispera"):  # "la víspera de Año Nuevo", "the eve of Christmas": the day before the holiday
            holiday = (1, 1) if "year" in word or "nuevo" in word else (12, 25)
            return (_nearest(published + timedelta(days=1), *holiday, future()) - timedelta(days=1)).isoformat()
        if ("eve" in word and "year" in word) or "vieja" in word:
            return _nearest(published, 12, 31, future()).isoformat()
        if "year" in word or "nuevo" in word:
            return _nearest(published, 1, 1, future()).isoformat()
        if "eve" in word or "noche" in word:
            return _nearest(published, 12, 24, future()).isoformat()
        return _nearest(published, 12, 25, future()).isoformat()
    if kind == "ago":
        return _ago(g, published, sentence[:at])
    if kind == "since":
        day = _ago(g, published, sentence[:at])
        return day if day.startswith("~") else "~" + day
    if kind == "weekend":
        if _BOUND_BEFORE.search(sentence[max(0, at - 12):at]):
            return ""  # "stayed overnight until this weekend", "apostada desde el fin de semana": a stay's bound
        return _weekend(published, g.get("mod") or "", g.get("post") or "", future())
    if kind == "lastweek":
        monday = published - timedelta(days=published.weekday() + 7)
        return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    if kind == "thisweek":
        if future() or _LATER_BEFORE.search(sentence[max(0, at - 8):at]) \
                or _PLAN_WORDS_BEFORE.search(sentence[max(0, at - 60):at]):
            return ""  # "will reach Mexico City this week", "later this week": not yet
        monday = published - timedelta(days=published.weekday())
        last = published - timedelta(days=1) if g.get("earlier") or g.get("a_principios") else published
        if last <= monday:
            return monday.isoformat()
        return f"{monday.isoformat()}/{last.isoformat()}"
    if kind == "weekend_of":
        friday = published + timedelta(days=4 - published.weekday())
        if friday > published and not future():
            return ""  # "by the end of the week they had...", told before that Friday: which week, the text does not say
        return "~" + max(friday, published).isoformat()
    if kind == "relative":
        word = " ".join(g["word"].lower().split()).replace("ñ", "n")
        if word.startswith("manana") and _NOT_MORNING.search(sentence[:at]):
            return ""
        if word in ("the day before yesterday", "anteayer", "antier"):
            offset = -2
        elif word in ("yesterday", "ayer", "last night", "anoche"):
            offset = -1
        elif word in ("tomorrow", "manana"):
            offset = 1
        elif word == "pasado manana":
            offset = 2
        else:
            offset = 0
        return (published + timedelta(days=offset)).isoformat()
    if kind == "weekday":
        wd = g["wd"].lower()
        target = _WEEKDAYS.get(wd, _WEEKDAYS.get(wd.replace("é", "e").replace("á", "a")))
        ahead = (future() or _planned_before(sentence, at)) and not _past_before(sentence, at) \
            and not _past_after(sentence, at + len(m.group()))
        if ahead and (published.weekday() - target) % 7 == 1 and (
                " ".join(mod.lower().split()) in ("este", "this") or _PLAN_IN_THE_PAST.search(sentence)):
            return (published - timedelta(days=1)).isoformat()  # the copy was written that day
        return _weekday(published, target, mod, g.get("post") or "", ahead).isoformat()
    if kind in ("wdnum", "daynum"):
        target = None
        if kind == "wdnum":
            wd = g["wd"].lower()
            target = _WEEKDAYS.get(wd, _WEEKDAYS.get(wd.replace("é", "e").replace("á", "a")))
        day = _day_of_month(published, int(g["d"]), target, future() and not _past_before(sentence, at))
        return day.isoformat() if day else ""
    if kind == "holy":
        from dateutil.easter import easter

        word = fold(" ".join(g["word"].lower().split()))
        offset = timedelta(days=_HOLY[word])
        options = [easter(published.year + k) + offset for k in (-1, 0, 1)]
        if future():
            return min(d for d in options if d >= published).isoformat()
        return max(d for d in options if d <= published + timedelta(days=1)).isoformat()
    return ""


_BOUND_BEFORE = re.compile(r"\b(?:until|till|since|hasta|desde)\s+$", re.I)


def _ago(g: dict, published: date, before: str) -> str:
    """``six days ago``, ``hace casi un mes``: the day that far before publication; weeks and months, and a
    hedged count (``about a month ago``, ``hace unos diez días``), are approximate."""
    from dateutil.relativedelta import relativedelta

    word = (g.get("n") or g.get("n_es") or "").lower()
    unit = fold((g.get("unit") or g.get("unit_es") or "").lower())
    if word.isdigit():
        n = int(word)
    elif word in ("a", "an", "un", "una"):
        n = 1
    else:
        n = (_EN_NUMBERS.index(word) if word in _EN_NUMBERS else _ES_NUMBERS.index(word)) + 1
    if unit.startswith("d"):
        day, approx = published - timedelta(days=n), bool(g.get("hedge"))
    elif unit.startswith(("w", "s")):
        day, approx = published - timedelta(weeks=n), True
    else:
        day, approx = published - relativedelta(months=n), True
    return ("~" if approx and not _APPROX_BEFORE.search(before) else "") + day.isoformat()


# A stay counted in days or weeks up to a day: "cumplieron ayer una semana en el albergue", "llevan ya cinco días en
# Tapanatepec", "has now spent a week in Matamoros" (see stay_began).
_STAY_COUNTED = re.compile(
    rf"\b(?:(?:se\s+)?(?:cumpli(?:eron|[óo])|cumplen|cumple|llevan|llevaban|lleva|llevaba)\s+(?:(?:ayer|hoy|ya)\s+)*"
    rf"(?P<n_es>{_COUNT_ES})\s+(?P<unit_es>d[íi]as|semanas?)\s+(?:en|varad[oa]s\s+en|esperando\s+en)|"
    rf"(?:have|has|had)\s+(?:now\s+|already\s+)?(?:spent|been)\s+(?P<n>{_COUNT_EN})\s+(?P<unit>days?|weeks?)\s+"
    rf"(?:in|at|stranded\s+in|waiting\s+in))\b", re.I)


def stay_began(sentence: str, until: date) -> str:
    """The day a stay the sentence counts in days or weeks up to ``until`` began (``cumplieron ayer una semana en el
    albergue`` told of yesterday: the day a week before yesterday; ``llevan ya cinco días en``, ``has now spent a week
    in`` told of publication), approximate; ``""`` when the sentence counts no stay."""
    found = _STAY_COUNTED.search(sentence)
    if found is None:
        return ""
    day = _ago(found.groupdict(), until, "")
    return day if day.startswith("~") else "~" + day


def _weekend(published: date, mod: str, post: str, future: bool) -> str:
    """The Saturday and Sunday of ``over the weekend``/``el fin de semana``: the last ones up to publication
    (``next``/``próximo``, or a sentence about plans without ``last``/``pasado``: the next ones)."""
    mod = " ".join(mod.lower().split())
    forward = mod in ("next", "this coming", "coming", "el próximo", "el proximo") or "pr" in post.lower()
    backward = mod in ("last", "this past", "past", "el pasado") or "pasado" in post.lower()
    if forward or (future and not backward):
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
    else:
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        if saturday == published and backward:
            saturday -= timedelta(days=7)
    return f"{saturday.isoformat()}/{(saturday + timedelta(days=1)).isoformat()}"


def _day_of_month(published: date, day: int, weekday: int | None, future: bool) -> date | None:
    """The day numbered ``day`` in the publication's month or a month next to it.

    With a weekday (``el domingo 17``) the nearest such day that falls on it;
    else the latest one up to a week after publication (the next one on or
    after publication when the sentence speaks of plans).
    """
    options = []
    for k in (-1, 0, 1):
        month = published.month + k
        year = published.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        fitting = [d for d in options if d.weekday() == weekday]
        if fitting:
            return min(fitting, key=lambda d: abs((d - published).days))
    if future:
        later = [d for d in options if d >= published]
        return min(later) if later else None
    earlier = [d for d in options if d <= published + timedelta(days=7)]
    return max(earlier) if earlier else None


# A day told from the day just written: "Saturday night ... The next morning", "la noche anterior".
_NEXT_DAY = re.compile(
    r"\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|"
    r"(?:al|el)\s+d[íi]a\s+siguiente|(?:a\s+)?la\s+(?:ma[ñn]ana|tarde|noche)\s+siguiente)\b", re.I)
_DAY_BEFORE = re.compile(
    r"\b(?:the\s+(?:night|day|evening)\s+before|the\s+previous\s+(?:day|night|evening|morning)|"
    r"(?:la\s+noche|el\s+d[íi]a|la\s+tarde|la\s+ma[ñn]ana)\s+(?:anterior|previa)|el\s+d[íi]a\s+previo|la\s+v[íi]spera)\b",
    re.I)
# A count of days from the day just written: "A day earlier the caravan left Mexico City", "dos días después llegaron a
# Puebla", "two days later" (not "tres días después de haber salido de", "a day before they reached": told from an
# event of the clause after it).
_DAYS_AWAY = re.compile(
    rf"\b(?P<n>{_COUNT_EN}|{_COUNT_ES})\s+(?P<unit>days?|d[íi]as?|weeks?|semanas?)\s+"
    r"(?P<way>earlier|later|afterwards?|m[áa]s\s+tarde|(?:before|after|antes|despu[ée]s)\b"
    r"(?!\s+(?:de|del|que|of|the|they|it|he|she|we|that|a|an|su|sus|la|el|los|las)\b|\s+\w+ing\b))\b", re.I)
# A count of days before a preposition that opens a clause of its own ("a day after setting out from San Pedro Sula",
# "two days after they left Hermosillo", "un día después de partir de Ocotepeque", "dos días después de que salieron",
# "a day before reaching"): that clause's event told from the main clause's day (after: that many days before it).
_DAYS_FROM = (rf"\b(?P<n>{_COUNT_EN}|{_COUNT_ES})\s+(?P<unit>days?|d[íi]as?|weeks?|semanas?)\s+"
              r"(?P<way>after|before|despu[ée]s|antes)")
_DAYS_FROM_A_CLAUSE = re.compile(_DAYS_FROM + r"(?=\s+(?:de|que|the|they|it|he|she|we|having|\w+ing)\b)", re.I)
_DAYS_FROM_WORDS = re.compile(_DAYS_FROM, re.I)
# (the number of days a count word says: "a"/"un" one, "six"/"seis" six, "10" ten)
_DAYS_AWAY_COUNT = {"a": 1, "an": 1, "un": 1, "una": 1, **{w: k for k, w in enumerate(_EN_NUMBERS, 1)},
                    **{w: k for k, w in enumerate(_ES_NUMBERS, 1)}}
_MAY_BE_RELATIVE = ("next", "following", "siguiente", "before", "previous", "anterior", "previ", "spera", "earlier", "later",
                    "antes", "despu", "tarde", "after")
# The day just written, again: "crossed into Guatemala on Wednesday. That night they slept in Esquipulas", "esa noche".
_SAME_DAY = re.compile(
    r"\b(?:(?:later\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)|"
    r"(?:esa|esta\s+misma|esa\s+misma)\s+(?:ma[ñn]ana|tarde|noche|madrugada)|ese\s+(?:mismo\s+)?d[íi]a)\b", re.I)
_MAY_BE_SAME = ("that ", "esa ", "ese ", "esta misma")


# "on the third day of their journey on Sunday", "en su segundo día de recorrido": the journey set out N-1 days before
# the day it is told on.
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
             "quinto": 5, "sexto": 6, "septimo": 7, "séptimo": 7, "octavo": 8, "noveno": 9, "decimo": 10, "décimo": 10}
JOURNEY_DAY = re.compile(
    r"\b(?P<nth>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th|[°º])?)\s+(?:day|d[íi]a)\s+(?:of|de)\s+"
    r"(?:the\s+|their\s+|its\s+|la\s+|su\s+|el\s+)?(?:journey|trek|march|walk|trip|exodus|recorrido|camino|caminata|"
    r"traves[íi]a|viaje|trayecto|marcha|[ée]xodo)\b", re.I)


def journey_start(when: FoundDate) -> bool:
    """True when ``when`` is the day a journey set out, worked out from ``the third day of their journey``."""
    return JOURNEY_DAY.fullmatch(when.words) is not None


def _add_journey_starts(sentences, found: list[list[FoundDate]], published: date | None) -> None:
    """Add the day the journey set out where a sentence tells which day of it this is: ``On the third day of their
    journey on Sunday`` (Friday), ``inició camino en su segundo día de recorrido`` with no day written (the day
    before publication).  The day it is told on: the nearest day the sentence writes, else the publication day."""
    for n, sent in enumerate(sentences):
        for m in JOURNEY_DAY.finditer(sent.text):
            nth = m["nth"].lower()
            count = int(nth.rstrip("stndrh°º")) if nth[0].isdigit() else _ORDINALS[nth]
            days = [f for f in found[n] if len(f.iso.lstrip("~")) == 10]
            if days:
                told = date.fromisoformat(min(days, key=lambda f: abs(f.start - m.start())).iso.lstrip("~"))
            elif published is not None:
                told = published
            else:
                continue
            if count < 1:
                continue
            found[n].append(FoundDate((told - timedelta(days=count - 1)).isoformat(), m.start(), m.end(), m.group()))
            found[n].sort(key=lambda f: f.start)


def days_away(m: re.Match[str]) -> int:
    """The days between the day just written and the one ``m`` (a :data:`_DAYS_AWAY` match) tells: ``six days later``
    +6, ``dos semanas antes`` -14, ``a day earlier`` -1."""
    count = int(m["n"]) if m["n"].isdigit() else _DAYS_AWAY_COUNT[m["n"].lower()]
    if m["unit"].lower().startswith(("week", "semana")):
        count *= 7
    return count * (-1 if m["way"].lower() in ("earlier", "before", "antes") else 1)


def told_for_a_clause(when: FoundDate) -> bool:
    """True when ``when`` is the day of a clause told as so many days from the main clause's (``a day after setting
    out from San Pedro Sula``): that clause's, not the sentence's own."""
    return _DAYS_FROM_WORDS.fullmatch(when.words) is not None


def told_from_the_last(when: FoundDate) -> bool:
    """True when ``when`` is a day told from the day written before it (``six days later``, ``al día siguiente``,
    ``the night before``), not one written for itself."""
    return any(p.fullmatch(when.words) for p in (_DAYS_AWAY, _NEXT_DAY, _DAY_BEFORE))


def add_days_told_from_the_last(sentences, found: list[list[FoundDate]], published: date | None) -> None:
    """Date ``the next morning``, ``the night before``, ``al día siguiente``, ``la noche anterior``, ``a day earlier``,
    ``dos días después`` (and ``that night``, ``esa noche``: the same day) from the day written last before them: earlier in their sentence, else in
    the sentence before (``They slept in Chiquimula on Saturday night. The next morning...`` is Sunday).  With none,
    the night before is the
    night before publication.  ``sentences`` are the article's (with ``.text``); ``found`` is
    :func:`dates_by_sentence`'s answer for them, completed in place.  Also the day a journey set out, from ``the
    third day of their journey`` (:func:`_add_journey_starts`), and the day of a clause told as so many days from the
    main clause's (``walked into Huixtla on Tuesday, a day after setting out from Tapachula``: Monday, the day written
    in the sentence before it, else after it: ``Dos días después de salir de Juchitán, llegaron el jueves a``)."""
    _add_journey_starts(sentences, found, published)
    for n, sent in enumerate(sentences):
        lowered = sent.text.lower()
        relative = any(word in lowered for word in _MAY_BE_RELATIVE)
        same = any(word in lowered for word in _MAY_BE_SAME)
        if not (relative or same):
            continue
        for m in _DAYS_FROM_A_CLAUSE.finditer(sent.text) if relative else ():
            if any(f.start < m.end() and m.start() < f.end for f in found[n]):
                continue
            days = [f for f in found[n] if len(f.iso.lstrip("~")) == 10 and not told_for_a_clause(f)]
            before = [f for f in days if f.end <= m.start()]
            closes = re.compile(r"[,;:]").search(sent.text, m.end())
            after = [f for f in days if closes is not None and f.start >= closes.end()]
            anchor = before[-1] if before else after[0] if after else None
            if anchor is None:
                continue
            count = int(m["n"]) if m["n"].isdigit() else _DAYS_AWAY_COUNT[m["n"].lower()]
            if m["unit"].lower().startswith(("week", "semana")):
                count *= 7
            step = -count if m["way"].lower().startswith(("after", "despu")) else count
            day = date.fromisoformat(anchor.iso.lstrip("~")) + timedelta(days=step)
            found[n].append(FoundDate(day.isoformat(), m.start(), m.end(), m.group()))
            found[n].sort(key=lambda f: f.start)
        for m in (*(_NEXT_DAY.finditer(sent.text) if relative else ()), *(_DAY_BEFORE.finditer(sent.text) if relative else ()),
                  *(_DAYS_AWAY.finditer(sent.text) if relative else ()), *(_SAME_DAY.finditer(sent.text) if same else ())):
            if any(f.start < m.end() and m.start() < f.end for f in found[n]):
                continue
            days = [f for f in found[n] if f.end <= m.start() and len(f.iso.lstrip("~")) == 10]
            if not days and n > 0:
                days = [f for f in found[n - 1] if len(f.iso.lstrip("~")) == 10]
            if m.re is _DAYS_AWAY:
                step = days_away(m)
            else:
                step = 1 if _NEXT_DAY.fullmatch(m.group()) else 0 if _SAME_DAY.fullmatch(m.group()) else -1
            if step == 0 and (not days or days[-1].iso.startswith("~")):
                continue  # (the same day as one inferred, or as none written: inferred as before)
            if days:
                anchor = date.fromisoformat(days[-1].iso.lstrip("~"))
            elif step < 0 and published is not None:
                anchor = published
            else:
                continue
            found[n].append(FoundDate((anchor + timedelta(days=step)).isoformat(), m.start(), m.end(), m.group()))
            found[n].sort(key=lambda f: f.start)



# The names of months and weekdays as patterns, for the other readers that must tell a date from a figure (sizes.py)
EN_MONTH = _EN_MONTH
ES_MONTH = _ES_MONTH
WEEKDAY = _WEEKDAY
