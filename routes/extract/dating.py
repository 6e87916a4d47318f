"""Which day each draft row takes (:mod:`.dates` finds the dates a sentence writes; this module picks one).

A place takes a date written in its own clause (:func:`date_for_place`), not one of a clause of another event
(:func:`in_event_clause`) nor a statement's day (``said on Wednesday``: :data:`SPEECH_BEFORE`); a place in a relative
clause about a group takes that clause's day, which is not its sentence's (:func:`group_clause`); a row whose
sentence writes no day of its own takes the one a reader would infer, marked ``~`` (:func:`date_drafts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

from .dates import FoundDate, future_between, journey_start, told_for_a_clause, told_from_the_last
from .kinds import cues_in, preterite_reading, which_clauses
from .sizes import clause_numbers, relative_clause_end
from .text import CaselessPattern, WordPattern
from .words import GROUP_NOUNS, PLACE_RELATIVES, RELATIVE_PRONOUNS


# A sentence that moves to other days ("Earlier in the week", "la semana pasada") does not
# continue its paragraph's date; what it does not resolve stays empty.
OTHER_DAYS = WordPattern(
    r"\b(?:earlier\s+(?:in|this|that)\s+(?:the\s+)?week|later\s+(?:in|this|that)\s+(?:the\s+)?week|last\s+week|"
    r"the\s+(?:previous|following|next)\s+(?:day|week)|the\s+week\s+before|days\s+(?:earlier|later|before|after|ago)|"
    r"weeks\s+(?:earlier|later|before|after|ago)|a\s+week\s+(?:ago|earlier|later|before)|previously|"
    r"la\s+semana\s+(?:pasada|anterior|siguiente)|d[íi]as\s+(?:antes|despu[ée]s|atr[áa]s)|semanas\s+(?:antes|despu[ée]s|atr[áa]s)|"
    r"anteriormente|previamente|el\s+d[íi]a\s+(?:anterior|siguiente)|in\s+recent\s+days|recently|"
    r"en\s+los\s+[úu]ltimos\s+d[íi]as|en\s+d[íi]as\s+recientes|recientemente)\b"
)
# A night spent somewhere, told with no day of its own on the day the article came out, is last night's.
_NIGHT_SPENT = WordPattern(
    r"\b(?:spent\s+the\s+night|slept|pasaron\s+la\s+noche|pas[óo]\s+la\s+noche|pernoctaron|pernoct[óo]|"
    r"durmieron|durmi[óo]|stayed\s+overnight|overnighted|spent\s+(?:[\w'’-]+\s+){1,3}?nights?|la\s+pas(?:aron|[óo])\s+(?:en|bajo|a\s+la|al)|las\s+pas(?:aron|[óo])\s+(?:en|bajo|a\s+la|al))\b")
# The pluperfect's auxiliary (a closed class) right before a verb: "had slept" (Spanish is read through
# kinds.preterite_reading, which writes "habían dormido" as "durmieron").
_HAD_BEFORE = re.compile(r"\bhad\s+(?:already\s+|just\s+)?$", re.I)
# A clause in the pluperfect opened by a conjunction, after the main clause: "arrived in Tapachula on Wednesday,
# after they had spent the night in Ciudad Hidalgo", "llegaron el miércoles, luego de que habían pasado la noche en".
_PLUPERFECT_AFTER = re.compile(
    r"\b(?:after|since|because|once|as|when|where|luego\s+de\s+que|despu[ée]s\s+de\s+que|tras\s+que|porque|"
    r"ya\s+que|pues|cuando|donde|desde\s+que)\s+(?:[\w-]+\s+){0,3}?(?:(?:la|las|lo|los|se)\s+)?"
    r"(?:had|hab[íi]an?)\s+(?:already\s+|ya\s+)?\w+", re.I)
# A span of days, not one day: "in recent days", "over the past week", "en los últimos días".
OVER_DAYS = WordPattern(
    r"\b(?:in\s+recent\s+(?:days|weeks)|recently|over\s+the\s+(?:past|last)\s+(?:few\s+)?(?:days|weeks)|"
    r"after\s+(?:a|one|two|three|four|five|several)\s+(?:days?|weeks?)\s+of|"
    r"tras\s+(?:una|dos|tres|cuatro|cinco|varias)\s+(?:semanas?|d[íi]as)\s+de|"
    r"en\s+(?:los\s+)?[úu]ltimos\s+d[íi]as|en\s+d[íi]as\s+recientes|recientemente|durante\s+(?:los\s+)?[úu]ltimos\s+d[íi]as)\b"
)
SPEECH_BEFORE = WordPattern(
    r"\b(?:said|says|announced|told\s+\w+|reported|stated|confirmed|added|warned|dijo|dice|inform[óo]|"
    r"anunci[óo]|declar[óo]|afirm[óo]|indic[óo]|confirm[óo]|advirti[óo]|asegur[óo])\s+(?:on\s+|late\s+|el\s+|este\s+|this\s+)?$"
)


class SentenceDays(NamedTuple):
    """What the sentence pass tells :func:`date_drafts` (and :mod:`.attach_sizes`) of one sentence's days."""

    event: str  #: the day of its own event (ISO, ``~`` when approximate), ``""`` when it writes none
    statement: str  #: the day a statement in it was made (``said on Wednesday``), or ``""``
    other_days: bool  #: it moves to other days (``earlier in the week``)
    caption: bool  #: it lies in a photo or video caption
    latest: str  #: the latest day of its own events (``pasaron entre viernes y sábado, y este domingo``: Sunday), or ``""``


def date_drafts(drafts: list[dict], info: list[SentenceDays], sents, published: date | None, headline: int) -> None:
    """Give every draft a date: its own, else one a reader would infer, marked ``~``.

    In order: its own sentence's date; for a headline, the lede's day (the first single day told, not a span); the publication day for what
    the sentence says in the present (``the group is now in Huixtla``); the paragraph's date so far;
    the next sentence's, same paragraph (unless it is after the publication day, or a plan's for what was done); the day
    a statement was made
    (``said on Wednesday that...``); for a
    sentence that moves to other days (``earlier in the week``), the month;
    the story's day so far (the latest day told up to there, a sentence's latest own day included); the publication day.  Captions date only their
    own rows, and never the story.
    """
    # The story's day at each sentence: the latest day told in a narrative sentence up to it (of a sentence's own
    # events, the latest: "pasaron entre viernes y sábado, y este domingo continuaron" tells Sunday).
    story, current = [], ""
    latest_ok = published.isoformat() if published is not None else "9999"
    for said in info:
        for told in (said.event, said.latest):
            day = told.lstrip("~")
            # The story moves forward: its day is the latest day told so far (background days are earlier).
            if day and not said.caption and len(day) == 10 and day <= latest_ok and day >= current.lstrip("~"):
                current = told
        story.append(current)
    # (a day, not a span: "Esta semana, la Guardia Nacional se ha dedicado a vigilar el avance" under the headline tells
    # a week, the headline one moment of it)
    lede = next((said.event for n, said in enumerate(info) if said.event and len(said.event.lstrip("~")) == 10
                 and not said.caption and sents[n].paragraph != headline), "")
    for d in drafts:
        n = d["n"]
        statement, other_days, caption = info[n].statement, info[n].other_days, info[n].caption
        own = d["own"]
        if own:
            d["date"], d["date_from"] = own, "own"
            if own.lstrip("~")[:10] > latest_ok:
                d["kind"], d["cued"] = "planned", True  # "tienen cita el próximo lunes en Tapachula": not yet
            continue
        guess, source = "", ""
        paragraph = sents[n].paragraph
        if caption:
            guess, source = (story[n - 1] if n else ""), "story"
        elif d["headline"] and lede:
            guess, source = lede, "headline"  # a headline is written in the present: its day is the lede's
        elif d["present"] and published is not None:
            guess, source = published.isoformat(), "present"
        elif not other_days:
            for m in range(n - 1, -1, -1):
                if sents[m].paragraph != paragraph:
                    break
                if info[m].event and not info[m].caption:
                    # (a day after publication dates only a plan: "tienen cita el próximo lunes. Unos 300 llegaron a
                    # Huixtla" did not arrive next Monday; the day told before it does: "salieron este 20 de noviembre
                    # ... antes del lunes 6 de enero de 2025. Son más de 1.500 que decidieron salir de Tapachula")
                    if info[m].event.lstrip("~")[:10] <= latest_ok or d["kind"] == "planned":
                        guess, source = info[m].event, "paragraph"
                        break
                    continue
                if info[m].other_days:
                    break
            # (not a plan's day after the publication day: "se espera que mañana lleguen..."; nor a plan's day at all
            # for what was done: "llegaron al poblado de Huehuetán. Prevén reanudar su viaje este viernes")
            if not guess and n + 1 < len(info) and sents[n + 1].paragraph == paragraph and info[n + 1].event \
                    and not info[n + 1].caption and info[n + 1].event.lstrip("~")[:10] <= latest_ok \
                    and (d["kind"] == "planned" or not future_between(sents[n + 1].text, 0, len(sents[n + 1].text))):
                guess, source = info[n + 1].event, "next"
        if not guess and statement:
            guess, source = statement, "statement"
        if source in _RETELLING_OVERRULES or not guess:
            # "has arrived at Piedras Negras. ... the migrants arrived late Sunday aboard 49 buses": the event's day,
            # told later (not a day the row's own paragraph gave it)
            retold = retold_day(drafts, d, info, sents, latest_ok)
            if retold:
                guess, source = retold, "retold"
        if not guess and other_days and published is not None:
            guess, source = published.isoformat()[:7], "month"
        if not guess and n and story[n - 1] and not other_days:
            guess, source = story[n - 1], "story"
        if not guess and published is not None:
            guess, source = published.isoformat(), "published"
        if published is not None and guess.lstrip("~") == published.isoformat() and _last_night_here(d):
            # "tres millares pasaron la noche en los albergues", told on the day: last night.
            guess, source = (published - timedelta(days=1)).isoformat(), "night"
        elif len(guess.lstrip("~")) == 10 and _last_night_here(d) and night_in_the_pluperfect(d["sentence"].text):
            # "They had slept in Ciudad Hidalgo", "La noche la habían pasado en": a night told before the story's
            # frame, with no day of its own, is the night before the frame's day
            guess, source = (date.fromisoformat(guess.lstrip("~")) - timedelta(days=1)).isoformat(), "night"
        if guess:
            d["date"] = guess if len(guess.lstrip("~")) != 10 else "~" + guess.lstrip("~")
        else:
            d["date"] = ""
        d["date_from"] = source


# The sources of an inferred day that a later sentence telling the same event again overrules (not the row's own
# paragraph's day, nor a headline's, nor "the month" of a sentence about other days).
_RETELLING_OVERRULES = frozenset(("present", "next", "statement", "story", "published"))
# The events a later sentence may tell again with their day: the group's movements.
_RETOLD_KINDS = frozenset(("arrival", "crossing", "departure"))
# Where the group came from, before a place after a verb of arriving or crossing: that place is no goal of the verb
# ("arrived late Sunday aboard 49 buses from the cities of Saltillo", "llegaron ... en 49 autobuses provenientes de").
_SOURCE_BEFORE = re.compile(r"\b(?:from|out\s+of|desde|procedentes?\s+de|provenientes?\s+de)\b", re.I)
# A coordinating conjunction between a place and a later verb: the place is the first verb's, not the later one's
# ("se juntaron ... en Tecún Umán, ..., y durante la noche del martes se unieron para cruzar").
_COORDINATED = re.compile(r"\b(?:and|then|y|e|luego)\b|;", re.I)
# How many sentences on a retelling may be told (the lede's event told again below it).
_RETOLD_WITHIN = 3
# A name after the verb, in its clause: the verb's own place ("arrived in Zanatepec", "left the Suchiate River"); not
# a day's or a month's name ("crossed before dawn on Wednesday").
_NAME_AFTER = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w'’.-]*")
_NOT_A_PLACES_NAME = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Christmas|Eve|Easter|New|"
    r"Year'?s?|Day)\.?")
# One person as the subject (a closed class of pronouns): "she, her husband and two-year-old daughter arrived on
# Monday" is her story, not the group's.
_ONE_PERSON = re.compile(r"\b(?:I|he|she|yo|él|ella)\b", re.I)
# A day the verb's events began on, not the day of one ("arrived in trains since last Friday").
_SINCE_A_DAY = re.compile(r"\b(?:since|desde)\s+(?:the\s+|el\s+|last\s+|(?:el\s+)?pasado\s+)?\w+", re.I)
_CLAUSE_END = re.compile(r"[,;:.()\u2013\u2014]")


def retold_day(drafts: list[dict], draft: dict, info: Sequence[SentenceDays], sents, latest_ok: str) -> str:
    """The day a later sentence gives the undated event of ``draft`` by telling it again: the first of the next few
    sentences with a verb of the row's kind (an arrival, a crossing, a departure) whose verb has no place of its own
    (nothing after it but a day, a vehicle, or where the group came from: "arrived late Sunday aboard 49 buses from
    Saltillo", "durante la noche del martes se unieron para cruzar juntos") and whose subject is not one person, when
    that sentence writes a day of its own (not a span's start: "since last Friday"); ``""`` otherwise, and when such a
    verb has a place of its own ("On Wednesday they arrived in Zanatepec": another arrival, which dates nothing
    before it)."""
    kind, n = draft["kind"], draft["n"]
    if kind not in _RETOLD_KINDS or draft["headline"] or info[n].caption:
        return ""
    for m in range(n + 1, min(n + 1 + _RETOLD_WITHIN, len(sents))):
        if info[m].caption:
            continue
        text = sents[m].text
        verb = next((c for c in cues_in(text) if c[2] == kind), None)
        if verb is None:
            continue
        opens = max((text.rfind(c, 0, verb[0]) for c in ",;:"), default=-1) + 1
        if _ONE_PERSON.search(text, opens, verb[0]):
            continue  # one person's own story
        end = _CLAUSE_END.search(text, verb[1])
        end = end.start() if end else len(text)
        source = None if kind == "departure" else _SOURCE_BEFORE.search(text, verb[1], end)
        if any(not _NOT_A_PLACES_NAME.fullmatch(name.group()) for name in _NAME_AFTER.finditer(
                text, verb[1], source.start() if source else end)):
            return ""  # its own goal (or, leaving, its own start): another event
        for other in drafts:
            if other["n"] != m:
                continue
            at = other["start"] - sents[m].start
            if at >= verb[1] and (source is None or at < source.start()):
                return ""
            if at < verb[0] and other["key"] != draft["key"] and not _COORDINATED.search(text, at, verb[0]):
                return ""  # "In Zanatepec, they arrived on Wednesday": that place's event
        day = info[m].event.lstrip("~")
        if len(day) == 10 and day <= latest_ok and not info[m].other_days and not _SINCE_A_DAY.search(text):
            return info[m].event
    return ""


def _last_night_here(draft: dict) -> bool:
    """True when the draft's sentence tells a night spent at its place: night words (``pasaron la noche``, ``slept``)
    where the place is not said in the present (``los migrantes que ayer pasaron la noche en el estadio de Querétaro ya
    se encuentran en Guanajuato``: Guanajuato is today's, the night the relative clause's) nor outside a relative
    clause that holds the night words (``El grupo, que pasó la noche en Escuintla, ya está en Mapastepec``)."""
    if draft["present"]:
        return False
    text = preterite_reading(draft["sentence"].text)
    at = draft["start"] - draft["sentence"].start
    for m in _NIGHT_SPENT.finditer(text):
        clause = _relative_clause_of(text, m.start())
        if clause is None or clause[0] <= at < clause[1]:
            return True
    return False


def night_in_the_pluperfect(sentence: str) -> bool:
    """True when ``sentence`` tells a night spent in the pluperfect (``had slept``, ``had spent Tuesday night``,
    ``habían dormido``, ``la habían pasado en``): a night before the story's frame."""
    told = preterite_reading(sentence)
    return any(told[m.start():m.end()] != sentence[m.start():m.end()] or _HAD_BEFORE.search(sentence, 0, m.start())
               for m in _NIGHT_SPENT.finditer(told))


def event_dates(sentence: str, written: list[FoundDate], kind: str,
                statement: list[FoundDate] | None = None) -> list[FoundDate]:
    """The dates of the sentence's events, the main one first: for plans the latest, else the first.

    A date right after a verb of saying (``said on Wednesday``, ``dijo el
    miércoles``) dates the statement, not the event, and is skipped.  Days
    are preferred over months.  ``statement``: those dates, if the caller has them.
    """
    if statement is None:
        lowered = sentence.lower() if written else ""
        statement = [f for f in written if SPEECH_BEFORE.search(sentence, max(0, f.start - 40), f.start, lowered=lowered)]
    found = [f for f in written if f not in statement
             and not (len(f.iso.lstrip("~")) == 7 and f.words.lower().startswith(("since", "desde")))]
    found = [f for f in found if len(f.iso.lstrip("~")) == 10] or found
    if kind == "planned" and found:
        latest = max(found, key=lambda f: f.iso.lstrip("~"))
        found = [latest] + [f for f in found if f is not latest]
    return found


def date_for_place(sentence: str, dates: list[FoundDate], place, positioned: list, kind_of: dict, kind: str,
                   present: bool, cues: int | None = None, months: Sequence[FoundDate] = ()) -> FoundDate | None:
    """:func:`_date_for_place`, and a place told in a clause in the pluperfect after the main clause, with no day of
    its own (``arrived in Tapachula on Wednesday, after they had spent the night in Ciudad Hidalgo``): an event before
    the main clause's day, the night before it when the clause tells a night (``~`` Tuesday), else that day (``~``)."""
    when = _date_for_place(sentence, dates, place, positioned, kind_of, kind, present, cues, months)
    if when is None or place.start < 0 or when.end > place.start or len(when.iso.lstrip("~")) != 10:
        return when
    clause = None
    for m in _PLUPERFECT_AFTER.finditer(sentence, when.end, place.start):
        clause = m
    if clause is None or any(c in sentence[clause.end():place.start] for c in ",;:") \
            or not any(c in sentence[when.end:clause.start()] for c in ",;:") and not _AND_BETWEEN.search(
                sentence, when.end, clause.start()):
        return when
    day = date.fromisoformat(when.iso.lstrip("~"))
    end = _CLAUSE_BREAK.search(sentence, place.end)
    if night_in_the_pluperfect(sentence[clause.start():end.start() if end else len(sentence)]):
        day -= timedelta(days=1)
    return when._replace(iso="~" + day.isoformat())


def _date_for_place(sentence: str, dates: list[FoundDate], place, positioned: list, kind_of: dict, kind: str,
                    present: bool, cues: int | None = None, months: Sequence[FoundDate] = ()) -> FoundDate | None:
    """The date of the event at ``place`` among the dates its sentence writes (``None``: the sentence gives none).

    A place takes the nearest date written before it in its clause (``se
    concentraron el sábado en San Pedro Sula y el domingo llegaron a Nueva
    Ocotepeque``: Saturday, then Sunday); failing that, a date written after it
    in its clause (``left Tapachula and reached Huixtla on Tuesday``; also one told from the day before the place,
    written right after it: ``left San Pedro Sula on October 13 and entered Mexico six days later``), unless
    that date dates a plan and the place's event is not one or the other way
    round (``caminaron hasta Ocotepeque y planean cruzar el jueves``); failing
    that, the nearest date before it in the sentence.  A place said in the
    present (``está en Huixtla``) takes only today's date, or a day written right after it (``now in the state of
    Veracruz on Monday``: the day of that "now").  ``cues``: the sentence's mask from :func:`_cue_index`.
    ``months``: the months the sentence writes beside its days (``dates``); a place in a clause with no day of its own
    takes a month written after it there (``reached Córdoba on Wednesday, what remains of a caravan that had left
    Tapachula with some 6,000 people in October``).  The day a journey set out (``tercer día de su caminata``:
    :func:`.dates.journey_start`) dates only a departure told before it in a relative clause with no day of its own.
    """
    if not dates:
        return None
    if place.start < 0:
        return dates[0]
    if present:
        today = next((f for f in dates if _TODAY.search(f.words)), None)
        if today is None and place.end >= 0:
            # "The caravan, now in the southern state of Veracruz on Monday, ...": the day written right after the
            # place is the day its "now" was written (types-s11-12 V1), not the publication day
            return next((f for f in dates if f.start >= place.end
                         and _NOW_ON_DAY.fullmatch(sentence, place.end, f.start)), None)
        return today
    # "Acacoyagua, which the front of the line reached on Wednesday night": a day of the place's own object relative
    # clause is the place's; "set out on Friday from Tonalá, where they had arrived on Wednesday, and walked into
    # Arriaga": a day of another place's relative clause is no other place's
    theirs = [(q, place_relative_clause(sentence, q)) for q in positioned if q.end >= 0]
    own_relative = next((span for q, span in theirs if q.start == place.start and span is not None), None)
    if own_relative is not None and _OBJECT_RELATIVE.match(sentence, place.end):
        day = next((f for f in dates if own_relative[0] <= f.start < own_relative[1] and len(f.iso.lstrip("~")) == 10), None)
        if day is not None:
            return day
    others = [span for q, span in theirs if q.start != place.start and span is not None]
    if others:
        dates = [f for f in dates if not any(a <= f.start < b and not a <= place.start < b for a, b in others)]
        if not dates:
            return None
    # (nor "two weeks ago" written right after the place before: "They left Tapachula two weeks ago and reached
    # Juchitán on Wednesday": Tapachula's day only)
    dates = [f for f in dates if not _dates_another_clause(sentence, f, place, cues) and not (
        f.end <= place.start and _AGO.search(f.words)
        and any(q.start != place.start and 0 <= q.end <= f.start and f.start - q.end <= 3 for q in positioned))]
    # "Three days after leaving Tapachula, the group reached Pijijiapan on Thursday": the day of a clause told as so
    # many days from the main clause's is the places' of that clause only (up to its comma), not the main clause's
    dates = [f for f in dates if not told_for_a_clause(f) or f.start <= place.start < _clause_end(sentence, f.end)]
    if not dates:
        return None
    # "Los hondureños, que salieron de Choluteca, llegaron este miércoles, tercer día de su caminata": the day the
    # journey set out is the day of a departure told before it in a relative clause that writes no day of its own;
    # no other place's ("they left Ocotepeque on the second day of their journey" is the second day's).
    starts = [f for f in dates if journey_start(f)]
    if starts:
        dates = [f for f in dates if not journey_start(f)]
        relative = _relative_clause_of(sentence, place.start, cues)
        if kind == "departure" and relative is not None and place.start < starts[0].start \
                and not any(relative[0] < f.start < relative[1] for f in dates):
            return starts[0]
        if not dates:
            return None
    # A place in a group's relative clause takes that clause's day: "350 left Wednesday from El Salvador hoping to join
    # another group of some 800 people that left Honduras on Monday": Honduras is Monday's.
    own_clause = group_clause(sentence, place.start, cues)
    if own_clause is not None:
        dates = [f for f in dates if own_clause[0] < f.start < own_clause[1]] or dates
    if not dates:
        return None
    numbers = _numbers_with_relative_clauses(sentence, [place.start] + [f.start for f in dates] + [f.start for f in months],
                                             [f.start for f in dates] + [f.start for f in months], cues)
    own, of_dates = numbers[0], numbers[1:len(dates) + 1]
    if months and own not in of_dates:
        month = next((f for f, c in zip(months, numbers[len(dates) + 1:]) if c == own and f.start > place.end), None)
        if month is not None:
            return month
    before = [f for f, c in zip(dates, of_dates) if f.start < place.start and c == own]
    if before:
        nearest = max(before, key=lambda f: f.start)
        # "This Saturday marked two weeks since the caravan left Tapachula near the border on Oct. 23": a day written
        # with its number just after the place, in its clause, is its event's, not the frame's weekday.
        beside = next((f for f, c in zip(dates, of_dates) if c == own and f.start >= place.end
                       and _RIGHT_AFTER.fullmatch(sentence, place.end, f.start)), None)
        if beside is not None and _WRITTEN_DAY.search(beside.words) and not _WRITTEN_DAY.search(nearest.words):
            return beside
        # "left San Pedro Sula on October 13 and entered Mexico six days later": a day told from the one before the
        # place, written right after it, is its event's.
        if beside is not None and told_from_the_last(beside) and _NOTHING_BETWEEN.fullmatch(sentence, place.end, beside.start):
            return beside
        # "spent Tuesday night in Ciudad Hidalgo and arrived in Tapachula on Wednesday", "slept in Escuintla on Monday,
        # then walked to Mapastepec on Tuesday": a day written right after the place, when a conjunction of another
        # verb stands between the place and the day before, is its own verb's (types-s18-19 F10).
        if beside is not None and _ANOTHER_VERB_BETWEEN.search(sentence, nearest.end, place.start):
            return beside
        return nearest
    after = sorted((f for f, c in zip(dates, of_dates) if f.start > place.start and c == own), key=lambda f: f.start)
    main = dates[0] if dates[0] in after else (after[0] if after else None)
    if main is not None and _fits(sentence, main, place, positioned, kind_of, kind):
        return main
    # (not a day of another group's relative clause that does not hold the place: "hoping to join the caravan that
    # left on Thursday gathered in San Salvador", "que pretenden sumarse a la caravana que partió la semana pasada se
    # concentraron en San Salvador": that caravan's day, types-s20-21 F9)
    anywhere = [f for f in dates if f.start < place.start
                and not in_another_groups_clause(sentence, f.start, place.start, cues)]
    return max(anywhere, key=lambda f: f.start) if anywhere else None


# The words before a group's noun that make it the object of joining or following, another group than the sentence's
# subject: the verbs of joining and following as a class, with their preposition ("join", "follow", "catch up with";
# "sumarse a", "unirse al", "integrarse a", "alcanzar a", "seguir a"), then its determiner and up to three words.
_ANOTHER_GROUP_BEFORE = CaselessPattern(
    r"\b(?:join|joins|joined|joining|follow|follows|followed|following|(?:catch|caught|catching)\s+up\s+with)\s+"
    r"(?:(?:the|a|an|another)\s+)?(?:[\w-]+\s+){0,3}$|"
    r"\b(?:sum|un|integr|incorpor)(?:ar|arse|arnos|irse|irnos|ir|an|en|aron|ieron|[óo]|i[óo]|e|a)\s+(?:a|al|con)\s+"
    r"(?:(?:la|el|las|los|una|un|otra|otro|esa|ese|aquella)\s+)?(?:[\w-]+\s+){0,3}$|"
    r"\b(?:alcanzar|seguir|alcanzan|siguen|alcanzaron|siguieron)\s+(?:a|al)\s+"
    r"(?:(?:la|el|las|los|una|un|otra|otro|esa|ese|aquella)\s+)?(?:[\w-]+\s+){0,3}$")


def another_groups_clauses(sentence: str, cues: int | None = None) -> list[tuple[int, int]]:
    """Where the relative clauses of groups the sentence joins or follows run (see :data:`_ANOTHER_GROUP_BEFORE`):
    ``hope to join the caravan that left on Thursday``: ``that left on Thursday``."""
    return [_group_clause_at(sentence, m) for m in GROUP_THAT.finditer(sentence, cues=cues)
            if _ANOTHER_GROUP_BEFORE.search(sentence, max(0, m.start() - 60), m.start())]


def in_another_groups_clause(sentence: str, at: int, place_at: int = -1, cues: int | None = None) -> bool:
    """True when offset ``at`` is in the relative clause of a group the sentence joins or follows (see
    :data:`_ANOTHER_GROUP_BEFORE`) and the place at ``place_at`` (if any) is not in that clause: a day there is that
    group's, not the place's nor the sentence's."""
    for m in GROUP_THAT.finditer(sentence, 0, at, cues=cues):
        a, b = _group_clause_at(sentence, m)
        if a < at < b and not a < place_at < b \
                and _ANOTHER_GROUP_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
            return True
    return False


# A place relative right after a place ("Tonalá, where they had arrived on Wednesday", "Juchitán, adonde habían
# llegado el domingo"), and where a relative clause ends (not at "1,800"): the clause is that place's.
PLACE_RELATIVE = re.compile(rf"\s*,\s*(?:{PLACE_RELATIVES}|a\s+donde)\s+", re.I)
RELATIVE_ENDS = re.compile(r",(?!\d)|[;:()\u2013\u2014]|\.(?:\s|$)")
# A relative pronoun right after a place whose clause has a subject of its own (a determiner or pronoun right after
# the pronoun, a closed class): the place is its object ("Acacoyagua, which the front of the line reached on
# Wednesday night", "Acacoyagua, que los migrantes alcanzaron el martes"), not the group's own relative clause
# ("The caravan, which set out on Monday").
_OBJECT_RELATIVE = re.compile(
    r"\s*,\s*(?:which|that|que|el\s+cual|la\s+cual)\s+(?=(?:the|they|its|their|most|many|some|all|a|an|los|las|el|la|"
    r"ellos|ellas|sus|su|muchos|muchas|algunos|algunas|casi|ya)\b)", re.I)


def place_relative_clause(sentence: str, place) -> tuple[int, int] | None:
    """Where the relative clause right after ``place`` (with ``start``/``end``) runs, from its pronoun's end to the
    comma, bracket, dash or full stop that closes it: a place relative (``, where``, ``, donde``, ``, adonde``) or a
    relative pronoun with a subject of its own (``, which the vanguard reached``: the place is its object); ``None``
    when none opens there."""
    if place.end < 0:
        return None
    opened = PLACE_RELATIVE.match(sentence, place.end) or _OBJECT_RELATIVE.match(sentence, place.end)
    if opened is None:
        return None
    closed = RELATIVE_ENDS.search(sentence, opened.end())
    return opened.end(), closed.start() if closed else len(sentence)


# (right after a place said in the present, no comma between: "now in the state of Veracruz on Monday")
_NOW_ON_DAY = re.compile(r"(?:\s+(?:state|estado|department|departamento))?\s+(?:on|el|este|this)?\s*", re.I)
# (a few words between: "left Tapachula near the Guatemalan border on Oct. 23")
_RIGHT_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,5}?(?:on|el|del|this|este|esta)?\s*", re.I)
_WRITTEN_DAY = re.compile(r"\d")
_NOTHING_BETWEEN = re.compile(r"\s*(?:(?:only|just|solo|s[óo]lo|apenas)\s+)?", re.I)
# "after resting on Sunday evening", "tras haber descansado el domingo", "luego de dormir la noche del sábado": a
# clause of an earlier (or later) event, told with a verb that is not the sentence's own.
EVENT_CLAUSE = CaselessPattern(
    r"\b(?:after|before|tras|luego\s+de|despu[ée]s\s+de|antes\s+de)\s+(?:haber\s+|having\s+)?"
    r"(?:\w+ing|\w+ar|\w+er|\w+ir|\w+ado|\w+ido|\w+ed)\b")
# "who had arranged to meet the day before", "que habían acordado reunirse el día anterior": a relative clause in
# the pluperfect tells of an earlier event; its day dates no place written after it.
PLUPERFECT_CLAUSE = CaselessPattern(r"\b(?:who|that|which|que|quienes)\s+(?:had|hab[íi]an?)\s+(?:already\s+|ya\s+)?\w+")
# "e integrarse con la que ingresó el pasado viernes a México": another group's event, or an earlier one.
THE_ONE_THAT = CaselessPattern(r"\b(?:la|el|los|las|the\s+one|those)\s+(?:que|which|who|that)\s+(?!(?:was|is|fue|era|es)\b)")
_AGO = re.compile(r"\bago$|^hace\b", re.I)
# "another group of some 800 people that left Honduras on Monday", "la caravana que entró al país el 19 de octubre":
# a relative clause right after a group's noun tells that group's own event (no comma before it; with one, see
# kinds.which_clauses); not "is"/"was" (what the group is), nor "that" opening a statement ("migrants that they").
GROUP_THAT = CaselessPattern(
    rf"\b(?:caravans?|caravanas?|groups?|grupos?|contingents?|contingentes?|columns?|columnas?|{GROUP_NOUNS})\s+"
    rf"(?P<that>{RELATIVE_PRONOUNS})\s+(?!(?:was|is|are|were|will|would|fue|era|es|son|eran|est[áa]n|estaban|"
    r"they|it|he|she|we|there|i|you)\b)")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def group_clause(sentence: str, at: int, cues: int | None = None) -> tuple[int, int] | None:
    """Where the relative clause about a group that holds offset ``at`` runs (from its ``that``/``que`` to the next
    comma, dash or bracket), or ``None`` when ``at`` is in none (``... hoping to join another group of some 800 people
    that left Honduras on Monday``: Monday and Honduras are in one)."""
    last = None
    for m in GROUP_THAT.finditer(sentence, 0, at, cues=cues):
        last = m
    if last is None or _CLAUSE_BREAK.search(sentence, last.end(), at):
        return None
    span = _group_clause_at(sentence, last)
    return span if span[1] > at else None


def _group_clause_at(sentence: str, that: re.Match) -> tuple[int, int]:
    """The span of the relative clause :data:`GROUP_THAT` matched: from its pronoun to the next comma, dash or bracket,
    or to the main clause's verb when that comes first (``about 800 who left Tapachula on Friday reached Huixtla on
    Sunday``: the clause ends before ``reached``; :func:`.sizes.relative_clause_end`)."""
    end = _CLAUSE_BREAK.search(sentence, that.end())
    end = end.start() if end else len(sentence)
    return that.start("that"), relative_clause_end(sentence, that.start("that"), end)


def _numbers_with_relative_clauses(sentence: str, offsets: list[int], dated: list[int],
                                   cues: int | None = None) -> list[int]:
    """:func:`.sizes.clause_numbers`, with a relative clause (about a group, or set off by commas or dashes:
    :func:`.kinds.which_clauses`) a clause of its own: its day is not the first choice of a place of the main clause
    (``about 800 who left Tapachula on Friday reached Huixtla on Sunday``: Huixtla's day is Sunday), and its own month
    dates its place (``The migrants, who left Tapachula in October, arrived ... on Sunday``); only one that writes a
    day or month (``dated``: their offsets) of its own."""
    numbers = clause_numbers(sentence, offsets)
    # (only one that writes a day or month of its own: with none, its place is where the main clause's event happens,
    # on its day: "Thousands of migrants who had waited for days on the bridge between Tecún Umán and Ciudad Hidalgo
    # crossed the river on rafts on Sunday")
    spans = [(a, b) for a, b in [_group_clause_at(sentence, m) for m in GROUP_THAT.finditer(sentence, cues=cues)]
             + list(which_clauses(sentence)) if any(a <= at < b for at in dated)]
    if not spans:
        return numbers
    # (the main clause goes on after it as one clause: "los migrantes que integran la marcha ... fueron atendidos
    # desde este lunes")
    return [next((-1 - i for i, (a, b) in enumerate(spans) if a <= at < b), c) for at, c in zip(offsets, numbers)]


def _relative_clause_of(sentence: str, at: int, cues: int | None = None) -> tuple[int, int] | None:
    """Where the relative clause holding offset ``at`` runs: one about a group (:func:`group_clause`) or one set off
    by a comma (``, who set out from San Pedro Sula,``); ``None`` when ``at`` is in none."""
    return group_clause(sentence, at, cues) or next(((a, b) for a, b in which_clauses(sentence) if a < at < b), None)


def in_event_clause(sentence: str, when: FoundDate, cues: int | None = None) -> bool:
    """True when ``when`` is written in a clause of another event than the sentence's own: one of an earlier
    event (``after resting on Sunday evening``), a relative clause set off by a comma (``, which set out on 24
    December``) or one about the one that did something (``con la que ingresó el pasado viernes``).
    ``cues``: the sentence's mask from :func:`_cue_index`."""
    if journey_start(when) or told_for_a_clause(when):
        # "on the third day of their journey": the day it set out, not the sentence's; "a day after setting out from
        # Tapachula": that clause's
        return True
    last = None
    for m in EVENT_CLAUSE.finditer(sentence, 0, when.start, cues=cues):
        last = m
    for m in THE_ONE_THAT.finditer(sentence, 0, when.start, cues=cues):
        last = m if last is None or m.end() > last.end() else last
    if last is not None and not any(c in sentence[last.end():when.start] for c in ",;"):
        return True
    if group_clause(sentence, when.start, cues) is not None:
        return True  # "Migrantes de la caravana que entró al país el 19 de octubre salieron ...": not the sentence's day
    return _in_pluperfect_clause(sentence, when, cues) or any(a < when.start < b for a, b in which_clauses(sentence))


def _in_pluperfect_clause(sentence: str, when: FoundDate, cues: int | None = None) -> bool:
    """True when ``when`` is written in a relative clause in the pluperfect (``who had arranged to meet the day
    before``), no comma between."""
    last = None
    for m in PLUPERFECT_CLAUSE.finditer(sentence, 0, when.start, cues=cues):
        last = m
    # (not past the main clause's verb: "unos 800 que habían abandonado Tapachula el jueves llegaron el domingo")
    return last is not None and not any(c in sentence[last.end():when.start] for c in ",;") \
        and when.start < relative_clause_end(sentence, last.start(), when.end)


def _dates_another_clause(sentence: str, when: FoundDate, place, cues: int | None = None) -> bool:
    """True when ``when`` dates another event than the one at ``place``: it is written after the place in a
    clause of an earlier event (``left Huixtla, after resting on Sunday evening``), or inside a relative clause
    set off by a comma that does not hold the place (``The caravan, which set out on 24 December from
    Tapachula, came to an end in Escuintla``)."""
    if when.start > place.end and EVENT_CLAUSE.search(sentence, place.end, when.start, cues=cues):
        return True
    if when.end <= place.start and _in_pluperfect_clause(sentence, when, cues):
        return True
    if _AGO.search(when.words) and "," in sentence[min(place.end, when.end):max(place.start, when.start)]:
        return True  # "partieron hace tres días desde Tapachula, pernoctaron en ... Huixtla": the leaving's day only
    for a, b in which_clauses(sentence):
        if a < when.start < b:
            return not a < place.start < b
    return False


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause running at offset ``at`` ends: at the next comma, semicolon, colon, dash or bracket."""
    end = _CLAUSE_BREAK.search(sentence, at)
    return end.start() if end else len(sentence)


_AND_BETWEEN = re.compile(r"[,;]|\b(?:and|y|e)\b", re.I)
# (a conjunction and the verb it coordinates: "and arrived", "then walked", "y cruzaron"; not "entre 200 y 250")
_ANOTHER_VERB_BETWEEN = re.compile(
    r"\b(?:and|then|y|e|luego|despu[ée]s)\s+(?:then\s+|luego\s+|\w+ly\s+)?"
    r"(?:\w{2,}ed|went|came|ran|rode|left|got|made|set|began|took|\w{2,}(?:aron|ieron|yeron)|\w{2,}[óo]\b(?<![^\W\d_]o))\b", re.I)


def _fits(sentence: str, when: FoundDate, place, positioned: list, kind_of: dict, kind: str) -> bool:
    """True when a date written after ``place`` dates the place's event, not a plan of another stretch."""
    # The date describes the place whose stretch of the sentence it is in: the next place's, else the last one's.
    owner = next((q for q in positioned if q.start >= when.end), None) \
        or next((q for q in reversed(positioned) if q.end <= when.start), None)
    if owner is not None and owner.start >= when.end and _AND_BETWEEN.search(sentence, when.end, owner.start):
        # "passed Atlixco on Wednesday and are heading to Mexico City", "left Tecún Umán on Sunday, trying to make it
        # to Tapachula": the day ends the place before's clause
        owner = next((q for q in reversed(positioned) if q.end <= when.start), owner)
    if owner is not None and owner is not place:
        other_kind = kind_of.get(id(owner), (kind, False))[0]
        if (other_kind == "planned") != (kind == "planned"):
            return False
    # "llegaron a la iglesia de Tapachula ... para salir este sábado": the day is the plan's.
    return kind == "planned" or not future_between(sentence, place.end, when.start)


_TODAY = re.compile(r"\b(?:today|hoy|now|ahora|this\s+morning|esta\s+ma[ñn]ana|esta\s+madrugada|tonight|esta\s+noche)\b", re.I)
