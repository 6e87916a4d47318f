"""Which place a size of the whole group goes to, when its sentence does not say.

A figure said in a sentence that names no place counts the group where it is (:func:`about_whole_group`,
:func:`states_a_size`) and goes to the nearest sentence's place that day (:func:`attach_placeless`); a vague size
said of a departure goes to where the day ended (:func:`vague_size_to_where_the_day_ended`); an official tally
of one sentence gives each place the figure written before it (:func:`tally_by_place`).  A photo caption and
the story lend each other no size (:func:`in_a_caption`).
"""

from __future__ import annotations

import re
from datetime import date

from .groups import ANOTHER_CARAVAN as _ANOTHER_CARAVAN
from .groups import ANOTHER_SUBJECT as _ANOTHER_SUBJECT
from .sizes import (CLASS_NOUNS, NUMBER_OF_THE_GROUP_IS, OPENS_WITH_ITS_NUMBER, find_sizes, group_verb_follows, may_hold_a_size,
                    presented_subject, speaks_of_another_time)
from .text import WordPattern
from .words import GROUP_HEADS, GROUP_NOUNS


#: The confidence factor of a row whose size, or place, another sentence gave (see also ``sentences.NO_EVENT_CUE``).
CARRIED_OVER = 0.7
_NUMBERS_VERB = r"\s+(?:ya\s+|now\s+)?(?:suman|sumaban|sumaron|number|numbered|totaled|totalled)\b"
_GROUP_AFTER = r"\s+(?:the\s+|la\s+|el\s+)?(?:caravan|caravana|group|grupo|contingent|contingente)\b"
# (one word may come between: "make up the latest caravan", "integran la nueva caravana")
_WORD_GROUP_AFTER = r"\s+(?:the\s+|this\s+|la\s+|el\s+|esta\s+|este\s+)?(?:\w+\s+)?(?:caravan|caravana|group|grupo|contingent|contingente)\b"
_A_GROUP_NOUN = rf"\s+(?:the\s+|los\s+|las\s+)?(?:[\w-]+\s+){{0,2}}?(?:{GROUP_NOUNS}|{GROUP_HEADS})"
# "the size of the caravan is", "el tamaño de la caravana es de", "los migrantes ya suman" (each alternative
# starts with a letter: see WordPattern)
SIZE_WORDS = WordPattern(
    rf"\b(?:migrants{_NUMBERS_VERB}|migrantes{_NUMBERS_VERB}|they{_NUMBERS_VERB}|ellos{_NUMBERS_VERB}|"
    rf"size\s+of{_GROUP_AFTER}|tama[ñn]o\s+de{_GROUP_AFTER}|"
    # "Between 2,300 and 3,000 migrants make up the caravan", "unas 2.000 personas integran la caravana"
    rf"make\s+up{_WORD_GROUP_AFTER}|makes\s+up{_WORD_GROUP_AFTER}|made\s+up{_WORD_GROUP_AFTER}|"
    rf"conforman{_WORD_GROUP_AFTER}|integran{_WORD_GROUP_AFTER}|componen{_WORD_GROUP_AFTER}|forman{_WORD_GROUP_AFTER}|"
    # what a source put the group's number at: "estimated the total number of migrants at 500", "reported the group
    # to be over 1,000", "calculó en 500 el número de migrantes" (sizes._NUMBERS_BEFORE reads the figure)
    # (the noun of number said with a copula too: "the number of migrants was around 12,000", sizes.NUMBER_OF_THE_GROUP_IS)
    + "".join(rf"{number_is}(?:[^\W\d]+\s+){{0,3}}?\d|" for number_is in NUMBER_OF_THE_GROUP_IS) +
    r"group\s+to\s+(?:be|number|total)|caravan\s+to\s+(?:be|number|total)|crowd\s+to\s+(?:be|number)|"
    r"estim\w*\s+en\s+(?:\w+\s+){0,3}?\d|calcul\w*\s+en\s+(?:\w+\s+){0,3}?\d|cifr\w*\s+en\s+(?:\w+\s+){0,3}?\d)"
)
SIZE_STATEMENT = WordPattern(
    rf"\b(?:{GROUP_HEADS})\b[^.;]{{0,60}}?\b(?:included|includes|include|numbers|numbered|number|grew|grown|swelled|"
    r"swollen|made\s+up|comprises|comprised|consists|consisted|estimated\s+at|totals?|totaled|reached|strong|"
    r"sum[óo]|suma|suman|sumaban|sumaron|conformad[oa]|integrad[oa]|compuest[oa]|estimad[oa]\s+en|cuenta\s+con|creci[óo]|alcanz[óo]|fue\s+de|fueron\s+de|era\s+de|eran\s+de|es\s+de)\b"
)
NOT_THE_WHOLE_GROUP = ("returned", "clash", "blocked", "checkpoint")
# (not "the group, now about 400, had filled the shelter": its size as told, at the place told before)
_NOW = WordPattern(r"\b(?:now|ahora|actualmente|currently)\b(?!\s+(?:(?:about|around|some|roughly|nearly|almost|unos|unas|"
                   r"casi)\s+)?\d)")
_OTHERS_BEFORE = re.compile(r"\b(?:otr[oa]s|others?|another|unos\s+otros)\s*$", re.I)
#: How many paragraphs back a size said with no place looks for where the group is.
_PARAGRAPHS_BACK = 4
# ("who leads the group of about 1,000 migrants": the group as known; one word may say which group it is, before
# the noun or after it: "the main caravan of about 4,000", "la caravana principal de unos 3 mil")
_A_GROUP_OF = re.compile(rf"\b(?:a|an|un|una|the|this|el|la|este|esta)\s+(?:[^\W\d]+\s+)?(?:{GROUP_HEADS})\s+"
                         rf"(?:[^\W\d]+\s+)?(?:of|de)\s+$", re.I)
# "una caravana conformada por", "a caravan of", "un grupo de unos": a figure inside the noun phrase naming the group.
A_GROUP_COUNTED = re.compile(
    rf"\b(?:{GROUP_HEADS})\s+(?:(?:conformad[oa]|integrad[oa]|compuest[oa]|formad[oa])\s+por|made\s+up\s+of|of|de)\s+$", re.I)
# "los migrantes, alrededor de 2 mil, estaban...": a figure set off after the group named as known.
THE_GROUP_COMMA = re.compile(rf"\b(?:the|los|las|la|el)\s+(?:{GROUP_NOUNS}|{GROUP_HEADS})\s*,\s*(?:(?:now|ya|ahora)\s+)?$", re.I)
_THE_BEFORE = re.compile(r"\b(?:the|los|las)\s+$", re.I)
# The group as what forces acted against: "fired tear gas Sunday to disperse thousands of Honduran migrants", "lanzó gases
# lacrimógenos contra unos 3.000 migrantes", "blocked some 2,000 migrants" (the words right before the figure).
_ACTED_AGAINST_BEFORE = re.compile(
    r"\b(?:at|against|contra|disperse|dispersing|dispersed|scatter|scattering|scattered|block|blocking|blocked|stop|"
    r"stopping|stopped|contain|contained|repel|repelled|push\s+back|pushed\s+back|surround|surrounded|dispersar|dispersaron|"
    r"bloquear|bloquearon|frenar|frenaron|contener|contuvieron|repeler|replegar|replegaron|rodear|rodearon|cercar|"
    r"cercaron)\s+(?:a\s+)?$", re.I)


# The verb of "N of them" is an event's, not a copula before what they are ("300 of them are children").
_A_PART_OF_THEM_ACTS = re.compile(
    r"\s+(?:of|de)\s+(?:them|those|these|ellos|ellas|estos|estas)\s*,?\s+(?!(?:are|were|is|was|son|eran|es|era)\s+"
    r"(?![^\W\d]+(?:ing|ed|ndo|ad[oa]s|id[oa]s)\b))", re.I)


def about_whole_group(sentence: str, size, kind: str, cued: bool) -> bool:
    """True when a size in a sentence that names no place counts the whole group where it is.

    The sentence says what the group did (a cue other than turning back) or
    what it numbers (``the caravan included...``, ``la caravana, conformada por...``),
    or names the group as known (``the estimated 4,000 migrants``), or what forces clashed with or blocked
    (``fired tear gas to disperse thousands of migrants``); a part of it
    (``21 de los migrantes``, ``otros 800``) or people detained or turned back are
    not the group, but more people doing what the group did are an additional
    figure (``otros 500 abandonaron el albergue``).
    """
    if size.partitive:
        # "5,771 of those were departing Sunday morning": a part of the group acting, whatever the verb, where the
        # group is (types-s18-19 F30); not one turning back, nor one said to be something ("300 of them are children")
        if cued:
            return kind not in NOT_THE_WHOLE_GROUP
        return _A_PART_OF_THEM_ACTS.match(sentence, size.end) is not None
    if cued and kind not in NOT_THE_WHOLE_GROUP:
        # "otros 500 abandonaron el albergue": more people doing what the group did (an additional figure)
        return size.count.additional or not _OTHERS_BEFORE.search(sentence[max(0, size.start - 12):size.start])
    if faced_by_forces(sentence, size, kind, cued):
        return True  # "fired tear gas to disperse thousands of migrants": the group the forces faced
    if size.count.additional or _OTHERS_BEFORE.search(sentence[max(0, size.start - 12):size.start]):
        return False
    if size.words.lower().startswith(("the ", "los ", "las ")) or _THE_BEFORE.search(sentence[max(0, size.start - 6):size.start]) \
            or THE_GROUP_COMMA.search(sentence, max(0, size.start - 40), size.start):
        return True  # "the estimated 4,000 migrants", "los más de mil 500", "los migrantes, alrededor de 2 mil,": the group as known
    return the_moving_group(sentence, size) or states_a_size(sentence)


def faced_by_forces(sentence: str, size, kind: str, cued: bool) -> bool:
    """True when the figure is who forces clashed with or blocked (``fired tear gas to disperse thousands of
    migrants``, ``lanzó gases lacrimógenos contra unos 3.000 migrantes``): the group where it is."""
    return cued and kind in ("clash", "blocked") and not size.count.additional \
        and _ACTED_AGAINST_BEFORE.search(sentence, max(0, size.start - 20), size.start) is not None


def the_moving_group(sentence: str, size) -> bool:
    """True when the figure is who moved (``unas 2, 000 personas iniciaron el viacrucis``) or is said as the
    group (``A group of about 2,000 had stopped short of the roadblock``)."""
    return group_verb_follows(sentence, size) or _A_GROUP_OF.search(sentence, max(0, size.start - 40), size.start) is not None


def states_a_size(sentence: str, cues: int | None = None) -> bool:
    """True when the sentence says what the group numbers (``the caravan included``, ``el tamaño de la caravana es``,
    ``Son entre 150 y 200 personas``;
    ``cues``: its mask from :func:`_cue_index`)."""
    return SIZE_STATEMENT.search(sentence, cues=cues) is not None or SIZE_WORDS.search(sentence, cues=cues) is not None \
        or opens_with_its_number(sentence) or presents_its_group(sentence)


def presents_its_group(sentence: str) -> bool:
    """True when a figure of the sentence is the subject said after its verb of being, staying or moving
    (:func:`routes.extract.sizes.presented_subject`: ``A bordo viajaban unos 800 migrantes``, ``On board the train were
    some 650 Venezuelans``): who is there."""
    return may_hold_a_size(sentence) and any(presented_subject(sentence, z.start) and _NOT_THE_GROUPS_PEOPLE.match(
        sentence, z.end) is None for z in find_sizes(sentence))


# (not "There are 645 minors traveling in the caravan", a part of the group by its age; nor "There were 8 migrant
# caravans", groups counted)
_NOT_THE_GROUPS_PEOPLE = re.compile(rf"(?:\s+[\w-]+)?\s+(?:{CLASS_NOUNS}|caravans|caravanas|groups|grupos|contingents|"
                                    r"contingentes|columns|columnas)\b", re.I)


def opens_with_its_number(sentence: str) -> bool:
    """True when the sentence opens with what the group numbers: a copula and the figure (``Son entre 150 y 200
    personas``, ``They are about 300 people``)."""
    return OPENS_WITH_ITS_NUMBER.match(sentence) is not None


# "Por la noche, la caravana descansaba en Huixtla": later on the day told before.
_LATER_THAT_DAY = WordPattern(
    r"\b(?:por\s+la\s+(?:noche|tarde)|esa\s+(?:noche|tarde)|al\s+anochecer|horas\s+(?:despu[ée]s|m[áa]s\s+tarde)|"
    r"m[áa]s\s+tarde|that\s+(?:night|evening|afternoon)|by\s+(?:nightfall|evening|night|the\s+evening)|"
    r"later\s+that\s+day|hours\s+later)\b")
# "unos 760 migrantes por el cruce de Ciudad Hidalgo, poco más de 300 por el de Talismán": a figure and the place it
# was counted at, a few words apart
_COUNTED_AT = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:por|at|through|via|across|en|in)\s+(?:el\s+|la\s+|the\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:(?:de|del|of)\s+)?(?:la\s+|el\s+|the\s+)?", re.I)


def tally_by_place(sentence: str, sizes: list, stops: list, place_sizes: list[list]) -> list[list]:
    """An official tally of one sentence, a figure for each place (``registraron unos 760 por el cruce de Ciudad
    Hidalgo, poco más de 300 por el de Talismán y más de 400 por pasos no habilitados``): each place takes the figure
    written right before it, and no other; a figure with no place after it goes nowhere.  Only when two figures or
    more are written so; else ``place_sizes`` as they were."""
    marks = sorted([z.end for z in sizes] + [z.start for z in sizes] + [p.start for p in stops if p.start >= 0])
    paired: dict[int, object] = {}
    for z in sizes:
        p = next((p for p in stops if p.start >= z.end), None)
        if p is None or any(z.end < m < p.start for m in marks) or not _COUNTED_AT.fullmatch(sentence, z.end, p.start):
            continue
        paired[id(p)] = z
    if len(paired) < 2:
        return place_sizes
    return [[paired[id(p)]] if id(p) in paired else [] for p in stops]


def vague_size_to_where_the_day_ended(drafts: list[dict], sents) -> None:
    """A vague size said of a departure goes to the town the group got to later that day.

    ``Miles de migrantes salieron el lunes de Tapachula. Por la noche, la caravana descansaba en Huixtla``:
    the thousands are in Huixtla by the end of the day (the lead's held-out type 7).  Only a vague word
    (a figure said of a departure is a count of those who left), only a town told in the next two sentences
    of the paragraph with words saying it is later that day, on the same day, where no size is said.
    """
    for d in drafts:
        size = d["size"]
        if size is None or d["kind"] != "departure" or size.count.qualifier != "vague":
            continue
        day = d["date"].lstrip("~")
        later = next((e for e in drafts if d["n"] < e["n"] <= d["n"] + 2 and e["size"] is None and not e["area"]
                      and sents[e["n"]].paragraph == sents[d["n"]].paragraph and e["key"] != d["key"]
                      and e["kind"] not in ("departure", "planned", "checkpoint") and e["date"].lstrip("~") == day
                      and _LATER_THAT_DAY.search(sents[e["n"]].text) is not None), None)
        if later is not None:
            later["size"], d["size"] = size, None


def in_a_caption(info: list, n: int) -> bool:
    """Whether sentence ``n`` lies in a photo or video caption (``info``: per sentence, its
    :class:`.dating.SentenceDays`)."""
    return bool(info[n].caption)


def where_the_group_is_that_day(drafts: list[dict], day: str) -> dict | None:
    """The one town the story puts the group at on ``day`` (a day, ``~`` ignored), or None when it names none or
    several: not a plan's nor the next stop's (the group is not there yet), not a caption's, not a country or
    state, and not a town it left that day beside one it got to."""
    day = day.lstrip("~")
    if len(day) != 10:
        return None
    towns = [d for d in drafts if d["date"].lstrip("~") == day and not d["area"] and not d.get("caption")
             and d["kind"] != "planned" and not d.get("next_stop")]
    # (where it left that day is not where it is when a town it got to is told: "left Pijijiapan ... reached Tonalá")
    towns = [d for d in towns if d["kind"] != "departure"] or towns
    return towns[0] if towns and len({d["key"] for d in towns}) == 1 else None


def attach_placeless(drafts: list[dict], placeless: list, sents, info, published: date | None,
                     aside: list[dict] = ()) -> None:
    """Sizes in sentences that name no place go to where the group is: the nearest sentence with places.

    Looked for in this order: the sentences before it in its paragraph (the
    group's latest place there), the paragraphs before (up to three back, the
    nearest first, their last place), the sentences after it in its paragraph
    and the next (their first place: a lede that names the place after).  A sentence that
    moves to other days is passed over, and so is a place dated another day
    than the size's, except a departure told after it on a later day (the group
    was there before it left).  A size said of the group "now" goes only to a
    place of the publication day; a size after a sentence about another time
    (``last October``) is not attached.  A photo caption and the story lend each
    other no size: a caption's place takes no figure of the story, and a
    caption's figure goes to no place (a caption is often another day's photo).
    """
    if not placeless or not (drafts or aside):
        return
    by_sentence: dict[int, list[dict]] = {}
    for d in drafts:
        if not d.get("caption"):
            by_sentence.setdefault(d["n"], []).append(d)
    for n, sizes, kind, cued, own in placeless:
        if in_a_caption(info, n):
            continue  # "Around 900 migrants walk along a highway (... /Getty Images)": no story place's figure
        paragraph = sents[n].paragraph
        if speaks_of_another_time(sents[n].text) or _ANOTHER_SUBJECT.match(sents[n].text) \
                or _ANOTHER_CARAVAN.search(sents[n].text) or (
                n and sents[n - 1].paragraph == paragraph and n - 1 not in by_sentence
                and (info[n - 1].other_days or speaks_of_another_time(sents[n - 1].text))):
            continue  # "It is smaller than last October's caravan. That group swelled to 7,000": another time
        before = [m for m in by_sentence if m < n and sents[m].paragraph == paragraph]
        previous = [m for m in by_sentence if m < n and paragraph - _PARAGRAPHS_BACK <= sents[m].paragraph < paragraph]
        after = [m for m in by_sentence if m > n and sents[m].paragraph in (paragraph, paragraph + 1)]
        now = _NOW.search(sents[n].text) is not None
        target = None
        for m, last in [(m, True) for m in sorted(before, reverse=True)] + \
                       [(m, True) for m in sorted(previous, reverse=True)] + [(m, False) for m in sorted(after)]:
            if info[m].other_days:  # moves to other days
                continue
            # (not a plan's place, unless the size is a plan's too: the group is not there yet)
            # (never the next stop the group heads for: "continuaron su camino hacia la Ciudad de México")
            # (nor a checkpoint the group was held at on the way, unless the size is a checkpoint's too: "llegaron a Ciudad
            # Juárez ..., luego de que estuvieron varados en un retén ... A bordo viajaban unos 800": Juárez's)
            candidates = [d for d in by_sentence[m] if (d["kind"] != "planned" or kind == "planned") and not d.get("next_stop")
                          and (d["kind"] != "checkpoint" or kind == "checkpoint")]
            if not candidates:
                continue
            points = sorted((d for d in candidates if not d["area"]), key=lambda d: d["start"]) or candidates
            # Where the group left is not where it is when a place it got to is told beside it ("crossed at Agua
            # Caliente, part of the caravan that left San Pedro Sula on Wednesday").
            # (only a place reached on the day it left or later; and not when the size is told before the
            # sentence: a lede's departure told next is where the group was, 49-lede-size)
            if last:
                left = [d["date"].lstrip("~") for d in points if d["kind"] == "departure"]
                points = [d for d in points if d["kind"] != "departure" or not any(
                    e["kind"] != "departure" and e["date"].lstrip("~") >= min(left) for e in points)] or points
            pick = points[-1] if last else points[0]
            day = pick["date"].lstrip("~")
            # A plan leaves from where the group is, whatever day it names; a departure (or a plan to leave)
            # told later leaves from where the group was on the days before ("se reunieron el martes ...
            # partieron el miércoles").
            # (a departure on a later day, told before or after: "The caravan moved on from the border on Monday.
            # ... about 1,000 had camped on the Mexican bank on Sunday night")
            # A departure told with no place leaves from where the group was on a day before it ("HONDURAS.- Cientos
            # de migrantes salieron este martes ... El punto de partida fue la terminal de San Pedro Sula, donde se
            # reunieron desde la noche del lunes").
            if len(day) != 10 or (own and day != own.lstrip("~") and kind != "planned"
                                  and not (pick["kind"] in ("departure", "planned") and own.lstrip("~") < day
                                           and (not last or pick["kind"] == "departure"))
                                  and not (kind == "departure" and cued and pick["kind"] != "planned"
                                           and own.lstrip("~") > day)):
                continue
            if now and (published is None or day != published.isoformat()):
                continue
            if kind == "departure" and cued and pick["kind"] == "departure" and own and own.lstrip("~") != day:
                continue  # "Several hundred migrants left the Suchiate River on Sunday": not a town left on another day
            target = pick
            break
        if target is None:
            # "A group of about 2,000 had stopped short of the roadblock. The roadblock stood at a place called
            # Vado Hondo.": the next sentence of the paragraph names where, though it says nothing of the group.
            target = next((d for d in aside if d["n"] == n + 1 and sents[n + 1].paragraph == paragraph
                           and not d["area"] and d["located"] and d["kind"] not in ("planned", "departure")
                           and not d.get("caption")
                           and (not own or d["date"].lstrip("~") == own.lstrip("~"))), None)
        by_day = False
        # (a sentence with no day of its own is on the story's day as told so far: the latest day of the rows told
        # before it)
        day = own or max((d["date"].lstrip("~") for d in drafts if d["n"] < n and not d.get("caption")
                          and len(d["date"].lstrip("~")) == 10), default="")
        if target is None and day:
            # "El grueso de la caravana, de más de 5 mil personas, que ... ha caminado por Chiapas, Oaxaca y Veracruz,
            # confía llegar hoy mismo a la capital": no place near it says where the group is; the town it is at that
            # day does (issue 11: "where it is that day")
            target = where_the_group_is_that_day(drafts, day)
            by_day = target is not None
        if target is None:
            continue
        day = (own or target["date"]).lstrip("~")
        for size in sizes:
            counted = [d["size"].count for d in drafts if d["key"] == target["key"] and d["size"] is not None
                       and d["date"].lstrip("~") == day]
            if size.count.qualifier == "vague" and any(c.qualifier != "vague" for c in counted):
                continue  # "Centenares de migrantes caminan hacia El Florido" beside "Entre 150 y 300 ... llegaron a El Florido"
            if not size.count.additional and any(size.count.high * 10 <= c.low for c in counted):
                continue  # "unas 20 personas lograron entrar" where some 300 were counted: a few of them, not the group
            extra = dict(target)
            # (its place stays judged in the sentence it is written in: "place_sentence", pipeline._kept)
            extra.update({"size": size, "sentence": sents[n], "n": n, "factor": CARRIED_OVER, "clause": 0,
                          "place_sentence": target.get("place_sentence", target["sentence"]),
                          "kind": kind if cued and not by_day else target["kind"], "cued": cued or target["cued"], "area": target["area"],
                          # the day the group is there, as the reader infers it (approximate) unless the sentence says it
                          "date": own or "~" + target["date"].lstrip("~"), "date_from": "own" if own else "placeless",
                          "present": False, "caption": False, "headline": False})
            drafts.append(extra)
