"""The sentence pass: one draft per place a sentence reports the group at, with its own kind, size and date.

:func:`sentence_drafts` reads an article sentence by sentence: which places are stops of the group (not a
nationality, a destination, a building's or an event's name, a plan's later stops), the sentence's kind
(:mod:`.kinds`), its sizes (:mod:`.sizes`, given to places by :mod:`.attach_sizes`) and dates (:mod:`.dating`).
The words the rules' patterns need are found in one scan of the article (:func:`_cue_index`).
"""

from __future__ import annotations

import bisect
import functools
import re
import threading
from datetime import date
from types import SimpleNamespace

from geo.normalize import name_key

from ..pace import MAX_KM_PER_DAY
from .attach_sizes import opens_with_its_number
from .attach_sizes import (A_GROUP_COUNTED, CARRIED_OVER, NOT_THE_WHOLE_GROUP, SIZE_STATEMENT, SIZE_WORDS,
                           THE_GROUP_COMMA, about_whole_group, attach_placeless, faced_by_forces, states_a_size,
                           tally_by_place, the_moving_group, vague_size_to_where_the_day_ended)
from .captions import STAMP, caption_sentences
from .dates import (FUTURE_ES, INTENDS, MOVES, MOVES_FUTURE, PURPOSE, FoundDate, add_days_told_from_the_last,
                    dates_by_sentence, future_between, stay_began)
from .dating import (EVENT_CLAUSE, GROUP_THAT, OTHER_DAYS, OVER_DAYS, PLACE_RELATIVE, PLUPERFECT_CLAUSE, RELATIVE_ENDS,
                     SPEECH_BEFORE, THE_ONE_THAT, date_drafts,
                     SentenceDays, another_groups_clauses, date_for_place, event_dates, in_another_groups_clause,
                     in_event_clause)
from .groups import ANOTHER_CARAVAN as _ANOTHER_CARAVAN
from .kinds import (CUE_STARTS, OVERRIDING, aside_clauses, candidate_cues, concessive_clauses, cues_from_starts, cues_in, place_kinds,
                    preterite_reading, sentence_kind)
from .namefacts import NameFacts
from .places import CUE_PATTERNS as _PLACE_CUE_PATTERNS
from .places import (area_is_there, decided_to_go_before, declined_before, joined_to_previous, locative_before,
                     places_in_sentence, reached_before, refers_to_dateline, role_of)
from .sizes import CUE_PATTERNS as _SIZE_CUE_PATTERNS
from .sizes import (THE_FIGURE as _THE_FIGURE, a_leg_of_its_figure, clause_numbers, find_sizes, may_hold_a_size,
                    relative_clause_before, relative_clauses, said_as_origin, sizes_for_places, sizes_to_their_verbs,
                    where_others_wait)
from .sizes import a_part_acts
from .story import caption_paragraphs, credit_spans, dateline_date, headline_paragraph
from .story import inside as inside_spans
from .text import (OPENING_PUNCTUATION, CaselessPattern, CueIndex, CueWords, WordPattern, cached_required_words, fold,
                   word_start_search)
from .words import GROUP_HEADS, GROUP_MOVING_VERBS, GROUP_NOUNS, GROUP_VERBS


# A town's noun before its name, with the words that qualify it: "the town of", "the Guatemalan town of", "the Pacific
# coast city of", "el puerto de", "la ciudad fronteriza de", "la ciudad costera del Pacífico de" (a name among those
# words is no place: places.role_of reads it as a qualifier). The qualifying words are no article, preposition,
# conjunction or relative pronoun ("que salieron de la ciudad de México" is no town's noun phrase after a plan).
_QUALIFYING_WORD = (r"(?!(?:de|del|la|las|el|los|que|y|e|o|a|al|en|con|por|para|desde|hacia|hasta|of|the|and|or|to|in|"
                    r"at|on|from|for|with|who|which|that|into|toward|towards)\b)[\w-]+")


def qualified_town_noun(nouns: str) -> str:
    """The words of a town's noun among ``nouns`` (an alternation) with the words that qualify it, up to the
    ``of``/``de`` before the town's name (not included)."""
    return rf"(?:{_QUALIFYING_WORD}\s+){{0,3}}?(?:{nouns})(?:\s+{_QUALIFYING_WORD}|\s+del){{0,3}}?\s+"

# Words that make a sentence about the group even without a verb cue ("people" alone does not).
_GROUP_WORD = WordPattern(rf"\b(?:{GROUP_HEADS}|caravans|caravanas|migrants?|migrantes)\b")
# "since about 2,000 had camped on the Mexican bank": a figure and the group's verb, with no noun between.
_FIGURE_AND_GROUP_VERB = re.compile(
    rf"\d[\d.,]*\s+(?:more\s+)?(?:had\s+|have\s+|has\s+|were\s+|han\s+|hab[íi]an\s+|ya\s+)?(?:{GROUP_VERBS})\b", re.I)
# "Their numbers swelled to about 5,000 overnight": the group, said by its numbers.
_THEIR_NUMBERS = WordPattern(r"\b(?:their\s+numbers?|its\s+numbers?|su\s+n[úu]mero|sus\s+filas)\b")
_THERE = WordPattern(r"\b(?:there|the\s+(?:town|city|border\s+post|crossing)|all[íi]|ah[íi]|all[áa]|esa\s+ciudad|ese\s+punto)\b")
# A plan to leave, with its day and no place: it leaves from where the sentence before put the group ("llegaron al
# poblado de Huehuetán ... Prevén reanudar su viaje este viernes", "They plan to leave on Friday").
_PLANS_TO_LEAVE = WordPattern(
    r"\b(?:prev[ée]n?\s+|planean?\s+|piensan?\s+|tienen?\s+previsto\s+|plans?\s+to\s+|planning\s+to\s+|"
    r"intends?\s+to\s+|expect\s+to\s+|are\s+expected\s+to\s+|is\s+expected\s+to\s+|will\s+)"
    r"(?:salir|partir|reanudar|retomar|leave|depart|resume|set\s+out|set\s+off)\b")
# A shelter, station or terminal the story names with no town: it is in the town the group is in.
# "the border city", "la ciudad fronteriza": a town named before (not "the city of X": named here)
_THE_TOWN = WordPattern(r"\b(?:the|la)\s+(?:[\w-]+\s+)?(?:city|town|village|ciudad|localidad|poblado)\b(?!\s+(?:of|de)\s)")
_FACILITY_NOUN = WordPattern(
    r"\b(?:the|a|la|el|una|un|al|del)\s+(?:(?:local|main|migrant|municipal|principal)\s+)?(?:bus\s+(?:terminal|station|depot)|"
    r"terminal(?:\s+(?:de\s+)?(?:autobuses|buses|camiones))?|shelter|albergue|refugio|central\s+de\s+autobuses|"
    r"estaci[óo]n\s+de\s+(?:autobuses|buses)|casa\s+del\s+migrante)\b")
# Between a facility and the town it is in: "la Casa del Migrante de Tecún Umán", "the shelter in Tapachula".
# A name said to be of the story's town by a town noun with no name of its own: "el Parque Central «Miguel Hidalgo» de
# la localidad", "the Juarez park of the city": a place inside the dateline's town, not a town of that name.
_OF_THIS_TOWN_AFTER = re.compile(r"[»\"”']?\s*,?\s+(?:de\s+la\s+(?:localidad|ciudad)|del\s+(?:municipio|poblado|pueblo)|"
                                 r"de\s+este\s+(?:municipio|poblado|pueblo)|de\s+esta\s+(?:localidad|ciudad)|"
                                 r"(?:of|in)\s+(?:the|this)\s+(?:town|city))\b(?!\s+(?:de|del|of)\b)", re.I)
_FACILITY_IN = re.compile(r"\s*,?\s*(?:de|del|en|in|at|of)\s+(?:la\s+|el\s+|the\s+)?(?:(?:ciudad|city|town|municipio)\s+(?:de|of)\s+)?$",
                          re.I)
# The group on its way to its next stop, said in the present: "the group heads towards Corinto", "se dirigen hacia".
_CITY_IN_NAME = re.compile(r"^(?:ciudad|city)\b|\bcity$", re.I)
# ("passed Atlixco on Wednesday and are heading to Mexico City": the subject said before "and")
_HEADS_FOR_BEFORE = WordPattern(
    # ("The group of about 800 is heading to": its figure between)
    r"\b(?:" + "|".join(w + r"\s+(?:of\s+(?:(?:about|some|around|nearly|almost|roughly|more\s+than)\s+)?[\d.,]+(?:\s+\w+)?\s+)?"
                       r"(?:now\s+)?(?:heads|head|is\s+heading|are\s+heading|is\s+headed|are\s+headed)\s+"
                       r"(?:towards?|to|for)" for w in ("group", "caravan", "contingent", "column", "migrants", "they",
                                                        "and"))
    + r"|se\s+dirigen?\s+(?:ahora\s+)?(?:hacia|a|al|rumbo\s+a(?:l)?|con\s+rumbo\s+a(?:l)?)"
    # told with no subject word before it: the participle, to a place called a town ("left on foot from San Pedro
    # Sula, in the north of the country, heading to the Guatemalan town of Corinto"; not "crossed into Ciudad Hidalgo,
    # heading to Mexico City", a goal, nor "was heading to Mapastepec", told of a place passed), and the heading said to
    # be now ("partió de Sayula, ahora con rumbo a Puebla")
    + r"|heading\s+(?:towards?|to|for)\s+the\s+(?:[\w-]+\s+)?(?:town|city|village|municipality)\s+of"
    + r"|dirigi[ée]ndose\s+(?:hacia|a|rumbo\s+a)\s+(?:la|el)\s+(?:ciudad|municipio|poblado|localidad|comunidad)\s+de"
    + r"|ahora\s+(?:con\s+)?rumbo\s+a(?:l)?"
    # the group advancing toward it now or that day: "avanzaron hacia el paso limítrofe de La Hachadura", "siguen su
    # camino con rumbo a Tapanatepec" (not "salieron de Tapachula rumbo a la Ciudad de México": a goal told at the start)
    # (the whole group, in the plural: "la otra avanzó hacia Huixtla" is a part)
    + "".join(rf"|{verb}\s+(?:su\s+(?:camino|marcha|recorrido|viaje|avance|trayecto|traves[íi]a)\s+)?(?:hacia|rumbo\s+a(?:l)?|con\s+rumbo\s+a(?:l)?)"
              for verb in ("avanzan", "avanzaron", "caminan", "caminaron", "marchan", "marcharon", "siguen",
                           "siguieron", "contin[úu]an", "continuaron"))
    # "The migrants began walking before dawn Sunday for Irapuato"
    + "".join(rf"|{verb}\s+(?:walking|marching|to\s+walk|to\s+march)\s+(?:[\w,]+\s+){{0,4}}?for"
              for verb in ("began", "begin", "started", "start"))
    + r")\s+"
    # ("the Guatemalan town of", "el paso limítrofe de", "el paso fronterizo de")
    r"(?:the\s+|la\s+|el\s+)?(?:" + qualified_town_noun(
        r"town|city|village|port|municipio|ciudad|puerto|poblado|localidad|comunidad") + r"(?:of|de)\s+|(?:paso|puesto|punto)\s+(?:limítrofe|limitrofe|fronterizo)\s+de\s+|border\s+(?:crossing|post)\s+(?:of|at)\s+)?$")
# The goal of a verb of leaving is where the group went, not a place it left: "salieron la mañana de este martes a la
# ciudad fronteriza de Sonoyta", "partieron de Huixtla hasta Escuintla", "left Huixtla for Escuintla, where they arrived
# in the evening" (the preposition decides: "de"/"from" is the place left, see places._LEFT_BEFORE; "hacia"/"toward" a
# heading; "for" a heading too, unless the place's own clause tells the group got there: "left for Juarez on foot",
# see _heading_told).
_LEFT_FOR_BEFORE = WordPattern(
    r"\b(?:left|departed|departs|leaves|set\s+(?:out|off)|sets\s+(?:out|off)|salieron|sali[óo]|salen|sale|partieron|"
    r"parti[óo]|parten|parte)\s+(?:[\w,.-]+\s+){0,9}?(?:for|to|a|al|hasta)\s+(?:the\s+|la\s+|el\s+)?"
    r"(?:" + qualified_town_noun(
        r"town|city|village|port|municipality|municipio|ciudad|puerto|poblado|localidad|comunidad") + r"(?:of|de)\s+)?$")
# (told in the past, it is where the group headed that day: "avanzaron hacia", "siguieron con rumbo a")
_HEADED_THAT_DAY = re.compile(r"\b(?:\w+(?:aron|ieron)|began|started)\b", re.I)
# (where a departure told before it was heading that day: "left San Pedro Sula on Saturday, heading to the town of
# Corinto", "partió el domingo de Sayula, ahora con rumbo a Puebla")
_HEADING_WITH_A_DEPARTURE = re.compile(r"heading\b|ahora\b", re.I)
# An area the group is told to leave, right before its name ("left Chiapas yesterday", "salieron ayer del estado de
# Chiapas", "abandonaron Guatemala"): the group is no longer there, nor in a town of it.
_DATELINE_ALONE = re.compile(r"\.\s*")  # (after a dateline's name: nothing but its full stop)
_LEFT_AN_AREA_BEFORE = WordPattern(
    r"\b(?:left|leaving|leaves|quit|abandoned|departed\s+from|set\s+out\s+from|set\s+off\s+from|"
    r"left\s+(?:\w+\s+){0,2}?from|"
    r"sal(?:ieron|i[óo]|en|e)\s+(?:\w+\s+){0,2}?(?:de|desde|del)|part(?:ieron|i[óo]|en)\s+(?:\w+\s+){0,2}?(?:de|desde|del)|"
    r"huy(?:eron|[óo])\s+(?:\w+\s+){0,2}?(?:de|desde|del)|"
    r"abandonaron|abandon[óo]|dejaron|dej[óo])\s+(?:the\s+|el\s+|la\s+)?"
    r"(?:(?:state|country|estado|pa[íi]s|departamento|department)\s+(?:of|de)\s+)?$")
_LEFT_BEFORE = WordPattern(r"\b(?:left|departed|set\s+(?:out|off)|parti[óo]|partieron|sali[óo]|salieron)\b")
# The next stop of a plan told now: "The caravan is expected to continue north through Magdalena de Kino", "They are
# expected to arrive in Mexicali by the end of the week", "Mañana planean continuar hacia el estado de Querétaro".
# (each alternative starts with its letters: see WordPattern)
_GO_ON = (r"(?:(?:continue|head|move|go|press\s+on|push\s+on|travel|walk|march|proceed)\s+(?:on\s+)?(?:north(?:ward)?\s+|"
          r"south(?:ward)?\s+)?(?:through|to|toward|towards|into|via|for)|(?:arrive|get)\s+(?:in|at|to)|reach)")
_SEGUIR = (r"(?:continuar|seguir|avanzar|caminar|dirigirse|partir|salir|llegar|marchar)\s+"
           r"(?:su\s+camino\s+|su\s+marcha\s+|su\s+recorrido\s+|su\s+viaje\s+)?"
           r"(?:hacia|a|al|hasta|rumbo\s+a(?:l)?|por)")
_PLANNED_NEXT_BEFORE = WordPattern(
    # (not a hope, "hoping to reach", "busca llegar a Estados Unidos": a goal, see places._DESTINATION_BEFORE)
    r"\b(?:" + "|".join(w + r"\s+to\s+" + _GO_ON for w in ("expected", "scheduled", "set", "plan", "plans", "planning",
                                                          "planned", "intend", "intends"))
    + "|" + "|".join(w + r"\s+" + _SEGUIR for w in ("planean", "planea", "planeaban", "piensan", "prevén", "preven"))
    + r"|tienen\s+previsto\s+" + _SEGUIR + r"|tiene\s+previsto\s+" + _SEGUIR
    # (where the group will go on to after a stay it will make: "pasarán dos noches antes de continuar su recorrido a";
    # the stay's verbs written out, so that every alternative starts with a letter: see WordPattern)
    + "".join(r"|" + stay + r"[áa]n\s+(?:\w+\s+){0,3}?antes\s+de\s+" + _SEGUIR
              for stay in ("pasar", "dormir", "permanecer", "descansar", "quedar", "pernoctar", "estar", "esperar",
                           "reposar", "har"))
    # (a goal with the day it is to be reached, that day or the next: the next stop, "Su meta era llegar este mismo
    # viernes a la comunidad de"; not a far goal with no day, "su meta es llegar a Estados Unidos")
    + "".join(r"|" + goal + r"\s+(?:es|era|fue)\s+(?:llegar|avanzar|arribar)\s+(?:(?:este|esta|ese|esa|mismo|misma|el|la)\s+)*"
              r"(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|d[íi]a|noche|tarde|hoy|mañana)\s+(?:a|al|hasta)"
              for goal in ("meta", "objetivo"))
    + r")\s+"
    r"(?:the\s+|la\s+|el\s+)?(?:(?:state|estado)\s+(?:of|de)\s+|" + qualified_town_noun(
        r"town|city|village|port|municipio|ciudad|puerto|poblado|localidad|comunidad") + r"(?:of|de)\s+)?$")
# A plan to reach a place, in its general shape: a word of intention, expectation or attempt (or a future tense)
# governing a verb of motion, then the goal ("pretenden llegar el martes a", "intentarán llegar a", "esperan arribar
# el viernes a", "con el objetivo inmediato de llegar a", "se espera su llegada a", "saldrán hacia", "they aim to get
# to", "trying to make it to", "want to push on to", "are due to reach", "will end its journey in"). Told in the past
# ("tried to reach", "buscaban llegar") it is no plan of now. Whether the goal is the next stop or a far one is
# decided by the distance (see _next_stop_of_a_plan).
# (or the way taken towards it, "tomó su camino hacia Chahuites", "emprendieron la marcha rumbo a": where the group
# is heading, measured as a plan's goal is)
_WAY_TOWARDS = tuple(verb + r"\w*\s+(?:su|el|la)\s+(?:camino|marcha|recorrido|viaje|trayecto|traves[íi]a|rumbo|ruta)\s+"
                     r"(?:hacia|rumbo\s+a(?:l)?|con\s+rumbo\s+a(?:l)?|con\s+direcci[óo]n\s+a(?:l)?)"
                     for verb in ("tom", "retom", "emprend", "reanud", "enfil", "agarr", "cog"))
_PLAN_TO_REACH_BEFORE = WordPattern(
    r"\b(?:" + "|".join([w + r"\s+(?:[\w'’-]+\s+){0,4}?" + MOVES for w in INTENDS + PURPOSE] + list(MOVES_FUTURE)
                        + list(_WAY_TOWARDS)) + ")"
    # the day, the way or a direction between the verb and the goal ("llegar el martes a", "continuar su camino hacia",
    # "push on north to")
    r"(?:\s+[\w'’-]+){0,4}?"
    r"(?:\s+(?:a|al|hacia|hasta|rumbo\s+a(?:l)?|en|to|toward|towards|for|in|at|into|on\s+to|onto|through))?\s+"
    r"(?:the\s+|la\s+|el\s+)?(?:" + qualified_town_noun(
        r"town|city|village|port|municipality|municipio|ciudad|puerto|poblado|localidad|comunidad|cabecera\s+municipal")
    + r"(?:of|de)\s+)?$")
# The heading told as a plan: a place governed by a preposition of direction is where the group is going, not where
# it is, when a plan governs the heading (a future, a purpose, a word of intention or a plan's noun: "para reanudar la
# caminata el viernes rumbo al municipio de Mapastepec", "reiniciarán la caminata hacia el vecino municipio de", "El
# plan de los migrantes es dirigirse hacia Coatzacoalcos", "will walk on toward"; see _a_planned_heading), when it is
# told in a headline (the story's now: "Caravana continuó su paso rumbo a Villa Comaltitlán"), or when the words are a
# destination's ("con destino a", "bound for"); and a purpose told by the infinitive of a verb of heading after a clause
# ("climbed onto the train ..., to head northwest to the city of Celaya", "few options other than to walk to"; not
# "managed to reach": a move told as done). Then it is a plan's goal, measured as one (its next stop, or no row). So is
# a heading told with the move that day ("left Pijijiapan before dawn, walking toward Arriaga", "salió de Matías Romero
# rumbo a Donají": the next stop the group heads for now, ANNOTATING.md; see _MOTION), dated by the move's day.
_DIRECTION = (r"rumbos?\s+a(?:l)?", r"en\s+direcci[óo]n\s+a(?:l)?", r"con\s+direcci[óo]n\s+a(?:l)?", "hacia", "toward",
              "towards", r"in\s+the\s+direction\s+of", r"en\s+route\s+to", r"on\s+(?:their|its|the)\s+way\s+to")
_DESTINED = (r"con\s+destino\s+a(?:l)?", r"bound\s+for")
_HEAD_TO = (r"(?:head|walk|march|move|travel|continue|proceed|go|push\s+on|press\s+on|make\s+(?:their|its)\s+way)"
            r"(?:\s+[\w'’-]+){0,3}?\s+(?:to|into|toward|towards|for|on\s+to)")
_AT_THE_GOAL = (r"\s+(?:the\s+|la\s+|el\s+)?(?:(?:[\w-]+\s+)?(?:town|city|village|municipality|municipio|ciudad|poblado|"
                r"localidad|comunidad|cabecera\s+municipal|port|puerto|punto|paso\s+fronterizo)\s+(?:of|de)\s+)?$")
_HEADING_BEFORE = WordPattern(r"\b(?:" + "|".join(_DIRECTION) + r")" + _AT_THE_GOAL)
_HEADING_TO_BEFORE = WordPattern(r"\b(?:" + "|".join(_DESTINED + (r"to(?<=,\sto)\s+" + _HEAD_TO, r"than\s+to\s+" + _HEAD_TO))
                                 + r")" + _AT_THE_GOAL)
# (what tells a heading as a plan: a word of intention or a periphrastic future, a purpose, a plan's noun)
_PLANS_A_HEADING = WordPattern(
    r"\b(?:" + "|".join(INTENDS + PURPOSE + tuple(
        noun + r"\s+(?:[\w]+\s+){0,4}?(?:es|era|ser[áa]|is|was)" for noun in (
            "plan", "idea", "objetivo", "meta", r"intenci[óo]n", r"prop[óo]sito", "aim", "goal"))) + r")(?![\w'’])")
#: How far before a heading its plan may be written (characters).
_HEADING_REACH = 110
# The heading told with the move itself: a verb of motion in any form (finite, gerund, participle, infinitive) or a
# noun of journey governs the preposition of direction ("partieron hacia el puerto de Corinto", "iniciaron su camino
# hacia Tapachula", "salir en pequeños grupos, rumbos al punto de Corinto", "walking towards Mexico City", "walk along
# Route 18 towards the city of Chiquimula"): where the group is heading, its next stop, measured as a plan's goal is
# (ANNOTATING.md: "planned is the next stop the group heads for now"). The verbs and nouns are the whole class, in
# both languages, by stem; a verb of return is no heading ("regresaron hacia Tapachula": returned there).
_MOTION = WordPattern(r"\b(?:" + "|".join((
    r"sal(?:ieron|i[óo]|en|e|ir|iendo|ida|dr[áa]n?|gan?|ían?)", r"parti\w*", r"parten", r"camin\w*", r"avan[zc]\w*",
    r"march\w*", r"dirig\w*", r"diri[jg]\w*", r"enfil\w*", r"emprend\w*", r"retom\w*", r"reanud\w*", r"reinici\w*",
    r"sigu(?:en?|ieron|i[óo]|iendo|an)", r"seguir\w*", r"continu\w*", r"contin[úu]\w*", r"prosigu\w*", r"movi\w*",
    r"mov[ií]\w*", r"despla\w*", r"traslad\w*", r"viaj\w*", r"recorr\w*", r"trayecto", r"traves[íi]a", r"ruta",
    r"anda\w*", r"anduv\w*", r"éxodo", r"exodo", r"peregrinaci[óo]n", r"viacrucis",
    r"walk\w*", r"head(?:s|ed|ing)?", r"mov(?:e|es|ed|ing)", r"travel\w*", r"went", r"go(?:es|ing)?", r"left", r"leav\w*",
    r"set(?:s|ting)?\s+(?:out|off)", r"press\w*\s+on", r"push\w*\s+on", r"advanc\w*", r"trek\w*", r"trudg\w*",
    r"hik\w*", r"rode", r"rid(?:e|es|ing)", r"driv\w*", r"drove", r"proceed\w*", r"depart\w*", r"journey\w*",
    r"way", r"trip", r"route")) + r")(?![\w'’])")
_RETURN = WordPattern(r"\b(?:regres\w*|retorn\w*|volv\w*|vuelt\w*|back|return\w*)(?![\w'’])")
# (a heading said with "to" or "for" is one only after a gerund of motion or a noun of journey, or "for" after a verb
# of leaving: "walking to the next town, Huixtla", "began a trek on foot to Ciudad Hidalgo", "left for Juarez on
# foot"; not "walked to Huixtla", a move told as done, nor "was heading to Mapastepec", see _HEADS_FOR_BEFORE, nor
# "going", a future's auxiliary or a move prevented: "stopped their buses from going on to Tijuana")
_MOVING_TO_BEFORE = WordPattern(
    r"\b(?:" + "|".join([w + r"\s+(?:[\w'’-]+\s+){0,3}?(?:to|for)" for w in (
        "walking", "marching", "moving", r"travell?ing", "trekking", "trudging", "hiking", "riding", "driving",
        "journey", "trek", "march", "walk", "trip")]
        + [w + r"\s+(?:[\w,.-]+\s+){0,6}?for" for w in (
            "left", "leaves", "leaving", "departed", r"set\s+(?:out|off)", r"sets\s+(?:out|off)")]) + r")"
    + _AT_THE_GOAL)
_HEADING_ENDS = re.compile(r"[.;:()]")
# The next stop named by a noun of the next stop or of the day's goal, with a copula, a preposition of place or in
# apposition, an aside allowed before the copula: "La siguiente escala será Zanatepec", "the next night would be spent
# in Tepic", "walking to the next town, Huixtla", "su próxima escala, según los organizadores, es"; or the place named
# first and called so after it: "with Querétaro as the next stop", "With Zacapa, some 30 km farther along the highway,
# as the day's goal", "con Tonalá como meta del día". A plan's goal (measured as one: its next stop, or no row),
# whatever verb the sentence tells it with.
_NEXTS = ("next", "following", "siguiente", r"pr[óo]xim[oa]", r"day[’']s", r"today[’']s", "first", r"primer[oa]?")
_NEXT = r"(?:" + "|".join(_NEXTS) + r")"
_STOP_NOUN = (r"(?:escala|parada|etapa|destino|punto|meta|objetivo|noche|pernocta|jornada|pueblo|ciudad|municipio|"
              r"stop|destination|goal|target|leg|halt|stage|night|town|city|village)")
_OF_THE_DAY = r"(?:\s+(?:del\s+d[íi]a|de\s+la\s+jornada|de\s+hoy|for\s+the\s+day|of\s+the\s+day))?"
_NEXT_STOP_NAMED_BEFORE = WordPattern(
    r"\b(?:" + "|".join(n + r"\s+(?:[\w-]+\s+)?" + _STOP_NOUN for n in _NEXTS) + r")" + _OF_THE_DAY
    + r"(?:\s*,[^,;:.()]{1,50},)?"
    r"(?:,|\s+(?:[\w'’-]+\s+){0,3}?(?:ser[áa]n?|ser[íi]an?|es|era|fue|is|was|will\s+be|would\s+be|en|in|at)(?:\s+(?:the|la|el))?)"
    r"(?:\s+(?:town|city|village|municipality|municipio|ciudad|poblado|localidad|comunidad)\s+(?:of|de))?\s+$")
_NEXT_STOP_NAMED_AFTER = re.compile(
    r"(?:\s*,[^,;:.()]{1,60},)?\s+(?:as|como)\s+(?:the\s+|la\s+|el\s+|su\s+|their\s+|its\s+)?(?:"
    + _NEXT + r"\s+(?:[\w-]+\s+)?" + _STOP_NOUN + "|" + _STOP_NOUN + r"\s+(?:del\s+d[íi]a|de\s+la\s+jornada|de\s+hoy|"
    r"for\s+the\s+day|of\s+the\s+day))\b", re.I)


def _a_next_stop_named(sentence: str, p) -> bool:
    """True when the place ``p`` is named as the next stop or the day's goal by a noun of it
    (:data:`_NEXT_STOP_NAMED_BEFORE`, :data:`_NEXT_STOP_NAMED_AFTER`), not by a plan superseded
    (:func:`_a_superseded_next_stop`)."""
    if p.start < 0:
        return False
    named = _NEXT_STOP_NAMED_BEFORE.search(sentence, max(0, p.start - 90), p.start)
    if named is None and _NEXT_STOP_NAMED_AFTER.match(sentence, p.end) is None:
        return False
    return named is None or not _PLUPERFECT_BEFORE.search(sentence, max(0, named.start() - 50), named.start())


def _a_superseded_next_stop(sentence: str, start: int) -> bool:
    """True when the place at ``start`` is the next stop of a plan told in the pluperfect (``se había anunciado que
    la siguiente parada sería en Jalapa del Marqués, sin embargo ...``): a plan superseded, no place of the group."""
    named = _NEXT_STOP_NAMED_BEFORE.search(sentence, max(0, start - 90), start) if start > 0 else None
    return named is not None and _PLUPERFECT_BEFORE.search(sentence, max(0, named.start() - 50), named.start()) is not None


# (a plan told in the pluperfect: "se había anunciado que", "had been planned that")
_PLUPERFECT_BEFORE = WordPattern(r"\b(?:hab[íi]an?\s+(?:sido\s+)?\w+[ai]d[oa]s?|had\s+(?:been\s+)?\w+(?:ed|en))\b")


def _a_heading_of_the_move(sentence: str, heading: re.Match[str], lo: int) -> bool:
    """True when the preposition of direction ``heading`` is governed by a verb of motion or a noun of journey
    (:data:`_MOTION`) written before it, from ``lo``, with no stop or bracket between and no verb of return."""
    moves = list(_MOTION.finditer(sentence, lo, heading.start()))
    if not moves:
        return False
    move = moves[-1]
    return not _HEADING_ENDS.search(sentence, move.end(), heading.start()) \
        and not _RETURN.search(sentence, max(lo, move.start() - 12), heading.end())


def _a_planned_heading(sentence: str, start: int, headline: bool, end: int | None = None) -> bool:
    """True when the place at offset ``start`` is the group's heading told as a plan (see :func:`_heading_told`)."""
    return _heading_told(sentence, start, headline, end) is not None


# The place's own clause telling the group got there, in the past: "..., where they arrived in the evening", ", adonde
# llegaron" (not ", a donde llegarán en las próximas horas": still the heading).
_REACHED_THERE_AFTER = re.compile(r"\s*,\s*(?:where|donde|adonde|a\s+donde|en\s+donde)\s+(?:[\w'’-]+\s+){0,3}?"
                                  r"(?:arrived|reached|got\s+in|lleg(?:aron|[óo])|arrib(?:aron|[óo])|(?:han|ha|hab[íi]an?|had|have|has)\s+"
                                  r"(?:llegado|arribado|arrived|reached))\b", re.I)


def _heading_told(sentence: str, start: int, headline: bool, end: int | None = None) -> str | None:
    """How the place at offset ``start`` is told as the group's heading, or ``None``: governed by a preposition of
    direction (:data:`_HEADING_BEFORE`) in a headline (``"headline"``), after a plan (:data:`_PLANS_A_HEADING`, or a
    Spanish future: ``reiniciarán la caminata hacia``) with no verb told as done and no stop between (``"plan"``), or
    after a verb of motion or a noun of journey (:func:`_a_heading_of_the_move`, or "to"/"for" after a gerund of motion,
    a noun of journey or a verb of leaving, :data:`_MOVING_TO_BEFORE`: ``"move"``); or by words of a destination or a
    purpose of heading (:data:`_HEADING_TO_BEFORE`: ``"plan"``). Not a heading still to be decided (``decidirán si
    avanzan hacia``), nor a move a decision told in the past made (``decidió avanzar hacia el municipio de Escuintla``:
    places._DECIDED_TO_GO_BEFORE, a stop), nor a place whose own clause after it (from ``end``) tells the group got
    there (:data:`_REACHED_THERE_AFTER`)."""
    lo = max(0, start - _HEADING_REACH)
    destined = _HEADING_TO_BEFORE.search(sentence, lo, start)
    heading = destined or _HEADING_BEFORE.search(sentence, lo, start)
    moving = None if heading is not None else _MOVING_TO_BEFORE.search(sentence, lo, start)
    heading = heading or moving
    if heading is None or _UNDECIDED.search(sentence, max(lo, heading.start() - 40), heading.start()):
        return None  # (a heading still to be decided is none: "El jueves decidirán si avanzan hacia Escuintla")
    if end is not None and _REACHED_THERE_AFTER.match(sentence, end):
        return None  # ("left Huixtla for Escuintla, where they arrived in the evening": got there)
    if destined:
        return "plan"
    if headline:
        return "headline"
    plans = [m.end() for m in _PLANS_A_HEADING.finditer(sentence, lo, heading.start())] \
        + [m.end() for m in FUTURE_ES.finditer(sentence, lo, heading.start())]
    if plans and not _done_between(sentence, max(plans), heading.start()):
        return "plan"
    if (moving or _a_heading_of_the_move(sentence, heading, lo)) and not decided_to_go_before(sentence, start) \
            and not _ANOTHER_CARAVAN.search(sentence[:start]):  # (not another caravan's: "otra caravana ... sigue su camino hacia")
        return "move"
    return None


_UNDECIDED = re.compile(r"\b(?:si|whether)\s", re.I)


# The plan alone, wherever its goal is written: a long itinerary puts many words between the plan and its first town
# ("is expected to continue north on Mexican Federal Highway 15, temporarily stopping or passing through Hermosillo").
_PLAN_TO_GO = WordPattern(r"\b(?:" + "|".join([w + r"\s+(?:[\w'’-]+\s+){0,4}?" + MOVES for w in INTENDS]
                                                + list(MOVES_FUTURE)) + r")(?![\w'’])")
# What ends a plan's reach before a place: a stop, a bracket, or a verb told as done ("is expected to rest, then
# walked to").
_PLAN_ENDS = re.compile(r"[.;:()]|\b(?:\w{2,}(?:aron|ieron|yeron)|\w{3,}ed|went|came|left|ran|rode|is|are|was|were|"
                        r"est[áa]n?|son|fue|fueron)\b", re.I)
# A route told as possible only is no plan yet, and none of its towns is a row: "Aunque se desconoce la ruta, es
# posible su llegada a Tierra Blanca para continuar hasta Orizaba", "it may go on to Cholula".
# (or the way itself told as possible: "El avance posible de los migrantes podría ser a través de la ruta Los
# Corazones-Chahuites")
_MAY_GO = WordPattern(r"\b(?:" + "|".join(w + r"\s+(?:[\w'’-]+\s+){0,4}?" + r"(?:" + MOVES + r"|(?:ser|be)\s+(?:por|a\s+trav[ée]s\s+de|"
                                                  r"v[íi]a|through|via|by\s+way\s+of))" for w in (
    r"es\s+posible", r"es\s+probable", "posiblemente", "probablemente", r"podr[íi]an?", r"quiz[áa]s?", r"tal\s+vez",
    "could", "might", "may", "possibly", "perhaps")) + r")(?![\w'’])")
# A goal is no place reached, in whatever tense it is told: a verb of attempt, intention, wish or hope (or a purpose)
# governing a verb of motion, or a noun of journey, leads to where the group meant to go, not where it got to
# ("intentaron entrar de forma ilegal a México ..., pero fueron contenidos", "Habrían considerado dirigirse a la
# capital chiapaneca, Tuxtla Gutiérrez", "trying to cross the bridge into Texas", "hopes to cross to El Paso", "on a
# northward journey to the U.S.-Mexico border"). Only a plan told now names a next stop (_PLAN_TO_REACH_BEFORE); a
# failed attempt leaves the group where it was held (the figure goes there: attach_placeless). The verbs are the
# class in every form ("intentaron", "tratarán de", "sought to", "considered heading"), not only a plan of now.
_TRIES = (
    r"tr(?:y|ies|ied|ying)\s+to", r"attempt(?:s|ed|ing)?\s+to", r"seek(?:s|ing)?\s+to", r"sought\s+to",
    r"hop(?:e|es|ed|ing)\s+to", r"want(?:s|ed|ing)?\s+to", r"wish(?:es|ed|ing)?\s+to", r"plan(?:s|ned|ning)?\s+to",
    r"intend(?:s|ed|ing)?\s+to", r"aim(?:s|ed|ing)?\s+to", r"expect(?:s|ed|ing)?\s+to", r"mean(?:s|ing)?\s+to", r"meant\s+to",
    r"look(?:s|ed|ing)?\s+to", r"struggl(?:e|es|ed|ing)\s+to", r"striv(?:e|es|ed|ing)\s+to", r"strove\s+to",
    r"consider(?:s|ed|ing)?", r"dream(?:s|ed|ing|t)?\s+of", *(w + r"\s+to" for w in ("effort", "bid", "attempt", "quest")),
    r"in\s+(?:the\s+)?hopes?\s+of", r"with\s+the\s+(?:aim|goal|intention|hope|idea|objective|purpose|plan|target)\s+of",
    r"intent\w*", r"trat\w*\s+de", r"busc\w*", r"procur\w*", r"pretend\w*", r"quier\w*", r"quis\w*", r"quer[íi]\w*",
    r"dese\w*", r"esper\w*", r"plane\w*", r"piens\w*", r"pens\w*", r"consider\w*", r"aspir\w*\s+a", r"soñ\w*\s+con",
    r"sueñ\w*\s+con", r"anhel\w*", r"propon\w*", r"propus\w*", r"en\s+busca\s+de", r"con\s+miras\s+a",
    *(w + r"\s+(?:(?:el|la|su|un|una|sus)\s+)?(?:\w+\s+)?(?:objetivo|meta|intenci[óo]n|idea|prop[óo]sito|fin|plan|[áa]nimo|"
      r"af[áa]n|esperanza|deseo|ilusi[óo]n|sueño|intento|misi[óo]n)(?:\s+\w+)?\s+(?:de|por)" for w in ("con", "en", r"tienen?")),
)
# (the verbs of going a goal is told with: no verb of staying, "llegaron a Huixtla para pernoctar en el domo": they did)
_GOING = (r"(?:llegar|arribar|alcanzar|avanzar|caminar|continuar|seguir|dirigirse|ir|marchar|trasladarse|ingresar|entrar|"
          r"cruzar|pasar|viajar|internarse|su\s+(?:llegada|arribo|ingreso|paso)|"
          r"lleguen|arriben|alcancen|avancen|contin[úu]en|sigan|se\s+dirijan|vayan|ingresen|entren|crucen|pasen|"
          r"reach(?:ing)?|get(?:ting)?|make\s+it|making\s+it|arriv(?:e|ing)|go(?:ing)?|head(?:ing)?|walk(?:ing)?|"
          r"march(?:ing)?|mov(?:e|ing)|push(?:ing)?\s+on|press(?:ing)?\s+on|continu(?:e|ing)|travel(?:l?ing)?|"
          r"proceed(?:ing)?|cross(?:ing)?|enter(?:ing)?)")
_GOAL_BEFORE = WordPattern(
    r"\b(?:" + "|".join(w + r"\s+(?:[\w'’-]+\s+){0,4}?" + _GOING for w in _TRIES)
    # (or any verb it governs, up to a preposition of direction: "tried to wade across the river into Mexico")
    + "".join(r"|" + w + r"\s+(?:[\w'’-]+\s+){1,5}?(?:into|onto|toward|towards|across|hacia|rumbo\s+a(?:l)?)"
              for w in _TRIES)
    # (a journey named by its goal, the group on it: "on a northward journey to the U.S.-Mexico border", "on their
    # long trek toward"; not "continued its journey to Huixtla", a way gone)
    + r"|on\s+(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:journey|trek|odyssey|voyage|quest)\s+"
      r"(?:north(?:ward)?\s+)?(?:to|toward|towards|into|for)"
    # (the mood of what did not happen: the conditional of a verb of going, "llegarían a Huixtla el martes"; the
    # subjunctive of what would have let it, "al no conseguir medios de transporte que facilitaran su llegada a")
    + "".join(r"|" + stem + r"r[íi]an?" for stem in ("llega", "arriba", "alcanza", "avanza", "segui", "continua", "i",
                                                    "cruza", "entra", "ingresa", "pasa", "dirigi", "traslada", "camina",
                                                    "marcha", "viaja", "saldr", "partir"))
    + r"|que\s+(?:no\s+)?(?:les?\s+|los\s+|se\s+)?\w+(?:aran|ieran|ara|iera)\s+(?:[\w'’-]+\s+){0,3}?" + _GOING
    # (and the conditional of what was reportedly weighed: "Habrían considerado dirigirse a", "habría acordado no
    # pasar por Oaxaca"; not "habrían llegado a": a move reported as done)
    + r"|habr[íi]an?\s+\w+(?:ado|ido)\s+(?:no\s+)?(?:[\w'’-]+\s+){0,3}?" + _GOING
    + r")(?![\w'’])")
# (a clause telling of the goal itself goes with it: "... to the U.S.-Mexico border, where hundreds of others are
# stranded ... crossing into the United States")
_OF_THE_GOAL = WordPattern(r"\b(?:where|donde|adonde|in\s+which|en\s+la\s+que|en\s+el\s+que)\b")
#: How far after its plan the first town of an itinerary may be written (characters).
_ITINERARY_REACH = 200
# A goal called the border is the journey's end, not its next stop: "su objetivo es llegar a la frontera de Piedras
# Negras", "hoping to reach the border at Tijuana" (not "la ciudad fronteriza de": a border town on the way).
_THE_BORDER_BEFORE = WordPattern(r"\b(?:frontera\s+(?:norte\s+)?(?:de|con|en)|border\s+(?:at|of|with|in))\s+(?:la\s+|el\s+|the\s+)?$")
# The group setting off (or setting off again): the day it is told with is its next stop's.
_SETS_OFF = WordPattern(r"\b(?:left|departed|set\s+(?:out|off)|parti[óo]|partieron|sali[óo]|salieron|resumed?|"
                        r"reinici\w+|reanud\w+|retom\w+)\b")
#: A plan's goal farther than this from where the group is is a far goal, not its next stop (a day on a bus at most).
NEXT_STOP_KM = 300.0
# A heading still to be decided is none: "El jueves decidirán si avanzan hacia Escuintla", "whether to head to".
_WHETHER_BEFORE = WordPattern(r"\b(?:si|whether(?:\s+to)?)\s+$")
# The group as the subject of a verb told as done, whatever the verb ("a crowd of migrants ran a bridge ... and
# confronted the police", "cientos de hondureños desafiaron el cerco"): in a dateline's lede, an event of the group at
# the dateline's town (types-s16-17 F16; the verb's kind, if the cues know it, is read apart).
_THE_GROUP_ACTS = WordPattern(
    rf"\b(?:{GROUP_HEADS}|{GROUP_NOUNS})\s+(?:(?:of|de)\s+(?:[\w-]+\s+){{0,2}}?(?:{GROUP_NOUNS})\s+)?"
    r"(?:[\w-]+ly\s+|also\s+|then\s+|tambi[ée]n\s+|ya\s+|luego\s+)?"
    r"(?:\w{2,}ed|ran|rode|went|came|broke|fought|swam|tore|threw|overran|overwhelmed|stormed|"
    r"\w{2,}(?:aron|ieron|yeron))\b")
_STUCK = WordPattern(r"\b(?:stuck|stranded|varad[oa]s|atrapad[oa]s|remained|remain|permanec\w+)\b")
#: The confidence factor of a row whose sentence names no event of the group (see also ``attach_sizes.CARRIED_OVER``).
NO_EVENT_CUE = 0.6
# (a relative clause of an earlier event: "the caravan that had left", "la caravana que salió"; not "el grupo que descansa")
_RELATIVE_BETWEEN = re.compile(r"\b(?:that|which|who|que|quienes)\s+(?:had|has|have|hab[íi]an?|han|ha|left|set|began|went|came|"
                               r"\w+ed|\w+[óo]|\w+aron|\w+ieron)\b", re.I)
_PRESENT_BEFORE = WordPattern(
    r"\b(?:is\s+(?:now\s+|still\s+|already\s+)?(?:in|at|passing|moving|walking|heading|resting|camped|stuck|stranded|waiting|"
    r"gathered|staying)\b|are\s+(?:now\s+|still\s+|already\s+)?(?:in|at|passing|moving|walking|heading|resting|camped|stuck|"
    r"stranded|waiting|gathered|staying)\b|remains?\b|now\s+(?:in|at)\b|est[áa]n?\s+(?:en|varad|detenid|acampad|"
    r"reunid)|se\s+encuentran?\b|permanecen?\b|contin[úu]an?\b|siguen?\s+en\b|avanzan\b|caminan\b|descansan\b|"
    r"esperan\b)"
)
# Another time than this journey's: "hace 10 años", "years ago", "en 2018" told as history.
# What happens every year is background, not this journey: "Tapachula sees thousands of migrants each year".
_OTHER_YEARS = WordPattern(
    r"\b(?:hace\s+(?:\w+\s+)?a[ñn]os\b|years\s+ago\b|a\s+decade\s+ago\b|hace\s+una\s+d[ée]cada\b|"
    r"each\s+(?:year|month)\b|every\s+(?:year|month)\b|per\s+year\b|annually\b|year\s+after\s+year\b|"
    r"cada\s+(?:a[ñn]o|mes)\b|todos\s+los\s+a[ñn]os\b|por\s+a[ñn]o\b|anualmente\b|a[ñn]o\s+con\s+a[ñn]o\b|"
    r"el\s+a[ñn]o\s+pasado\b|el\s+pasado\s+a[ñn]o\b|last\s+year\b|the\s+previous\s+year\b|el\s+a[ñn]o\s+anterior\b|"
    # a statistic of a year, not the group's journey: "A record number of people have crossed the Darien Gap this year"
    r"record\s+numbers?\b|n[úu]mero\s+r[ée]cord\b|cifra\s+r[ée]cord\b|so\s+far\s+this\s+year\b|this\s+year\s+alone\b|"
    r"en\s+lo\s+que\s+va\s+del?\s+a[ñn]o\b|throughout\s+the\s+year\b|a\s+lo\s+largo\s+del\s+a[ñn]o\b)")
# A count of caravans over months is a statistic, not this group's journey: "En los últimos dos meses, al menos seis
# caravanas migrantes han partido desde Chiapas", "Five caravans have left San Pedro Sula in the past three months".
_CARAVANS_COUNTED = re.compile(
    r"\b(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|varias|numerosas|m[úu]ltiples|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|several|numerous|multiple|a\s+dozen)\s+(?:caravanas|caravans)\b", re.I)
_OVER_MONTHS = re.compile(
    r"\b(?:(?:en|durante|a\s+lo\s+largo\s+de|in|over|during|within)\s+(?:[\w]+\s+){0,3}?(?:mes|meses|semanas|a[ñn]o|"
    r"months?|weeks|year)|this\s+year|este\s+a[ñn]o|so\s+far|hasta\s+ahora)\b", re.I)
_THIS_WORDS = re.compile(r"(?:[Tt]his|[Ee]st[ae])\s")  # after a word's start (see word_start_search)
_STATE_AFTER = CaselessPattern(r"\s+(?:state|department|province)\b")
_STATE_BEFORE = CaselessPattern(r"(?:state|estado|departamento|department|province|provincia)\s+(?:of|de)\s+(?:the\s+)?$")
# A part of a division named by its compass word: "el sur de Veracruz", "southern Veracruz" (the division, not its
# capital: "esta ciudad del sur de Veracruz" is no point at the city of Veracruz).
_COMPASS_BEFORE = CaselessPattern(
    r"(?:\b(?:sur|norte|oriente|poniente|occidente|centro|sureste|noreste|noroeste|suroeste)\s+(?:de|del)|"
    r"\b(?:southern|northern|eastern|western|central|southeastern|northeastern|southwestern|northwestern))\s+$")


def _may_speak_of_future(sentence: str, lowered: str | None = None, cues: int | None = None) -> bool:
    """A cheap first test for :func:`future_between` on a sentence: a word it looks for is written
    (``lowered`` is ``sentence.lower()`` if the caller has it; ``cues`` its mask from :func:`_cue_index`)."""
    lowered = sentence.lower() if lowered is None else lowered
    return _FUTURE_HINTS.written_in(lowered, cues)


_FUTURE_HINTS = CueWords(("will", "would", "plan", "set to", "expect", "schedul", "intend", "called to", " to ", "going",
                          "upcoming", " va ", " van ", "prev", "previsto", "convoca", "para salir", "para partir", "busca",
                          "rá"))


def _segment_start(positioned: list, p) -> int:
    """Where the stretch of the sentence that leads to place ``p`` starts: the end of the place before it."""
    before = [q.end for q in positioned if q.end <= p.start]
    return max(before) if before else 0


# A stage told with no count of days: "months ago", "hace meses", "semanas atrás".
_VAGUE_AGO = re.compile(r"\b(?:(?:some|many|several|a\s+few)\s+)?(?:months|weeks)\s+ago\b|"
                        r"\bhace\s+(?:(?:unos|varios|algunos|muchos)\s+)?(?:meses|semanas)\b|"
                        r"\b(?:meses|semanas)\s+atr[áa]s\b", re.I)
_A_COUNT_OF = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+$", re.I)


def _not_months_ago(sentence: str, stops: list) -> list:
    """The stops but the one nearest each ``months ago``/``hace meses`` of the sentence, in its clause (not where the
    group set out from: ``set off from Honduras several weeks ago`` is the route's start)."""
    found = [m.span() for m in _VAGUE_AGO.finditer(sentence)
             if not _A_COUNT_OF.search(sentence, max(0, m.start() - 10), m.start())]  # ("two weeks ago": a day, dates.py)
    placed = [p for p in stops if p.start >= 0 and p.role != "departure"]
    if not found or not placed:
        return stops
    numbers = clause_numbers(sentence, [p.start for p in placed] + [a for a, _ in found])
    ago = set()
    for (a, b), c in zip(found, numbers[len(placed):]):
        near = [(min(abs(p.start - b), abs(a - p.end)), i) for i, (p, pc) in enumerate(zip(placed, numbers)) if pc == c]
        if near:
            ago.add(id(placed[min(near)[1]]))
    return [p for p in stops if id(p) not in ago]


def _hint_of(sentence: str, p):
    """The town or division written after a place as its hint (``Unidad Deportiva, en el municipio de Escuintla``),
    in the place's stead and span, or None."""
    if ", " not in p.query:
        return None
    hint = p.query.split(", ", 1)[1]
    at = sentence.rfind(hint, p.start, p.end)
    return p._replace(query=hint, key=name_key(hint)) if at >= 0 else None


def _plan_reaches(sentence: str, start: int, before: list) -> bool:
    """True when a plan written before offset ``start`` governs the place there: the first place after the plan, with
    no verb told as done and no stop between (``is expected to continue north on Highway 15, temporarily stopping or
    passing through Hermosillo``)."""
    plans = list(_PLAN_TO_GO.finditer(sentence, max(0, start - _ITINERARY_REACH), start))
    if not plans:
        return False
    plan = plans[-1]
    return not any(q.start >= plan.end() for q in before) and not _PLAN_ENDS.search(sentence, plan.end(), start)


def _a_possible_route(sentence: str, start: int) -> bool:
    """True when the place at offset ``start`` is on a route the sentence tells as possible only (:data:`_MAY_GO`),
    with no verb told as done and no stop between."""
    routes = list(_MAY_GO.finditer(sentence, max(0, start - _ITINERARY_REACH), start))
    return bool(routes) and not _done_between(sentence, routes[-1].end(), start)


# One person as the subject of a plan: "where he hopes to cross to the American city of El Paso", "I want to reach".
_ONE_PERSON_BEFORE = WordPattern(r"\b(?:he|she|i|él|ella|yo)\s+(?:[\w'’-]+\s+)?$")


def _one_persons_plan(sentence: str, start: int) -> bool:
    """True when the plan that leads to the place at offset ``start`` is one person's (``where he hopes to cross to
    El Paso``): a goal of one migrant, no next stop of the group."""
    plans = list(_PLAN_TO_GO.finditer(sentence, max(0, start - _ITINERARY_REACH), start))
    return bool(plans) and _ONE_PERSON_BEFORE.search(sentence, max(0, plans[-1].start() - 30), plans[-1].start()) is not None


def _its_own_relative_clause(sentence: str, place, dates: list[FoundDate], sizes: list) -> tuple | None:
    """The event the relative clause right after the place at ``place`` tells there, as (kind, day, figures, where the
    clause ends), when it
    writes a day of its own and a cue of a past event (not a plan, not the future): "Los migrantes descansan en
    Juchitán, adonde habían llegado el domingo con unas 3 mil personas" (an arrival, on Sunday, of 3,000); None
    otherwise ("Huehuetan, where they planned on resting", "Tijuana, where 2,400 have gathered": no day)."""
    opened = PLACE_RELATIVE.match(sentence, place.end)
    if opened is None:
        return None
    closed = RELATIVE_ENDS.search(sentence, opened.end())
    end = closed.start() if closed else len(sentence)
    days = [f for f in dates if opened.end() <= f.start < end and len(f.iso.lstrip("~")) == 10]
    if len(days) != 1 or future_between(sentence, opened.end(), end):
        return None
    kind, cued = sentence_kind(sentence[opened.end():end])
    if not cued or kind == "planned":
        return None
    return kind, days[0], [z for z in sizes if opened.end() <= z.start < end], end


def _a_goal_only(sentence: str, start: int, before: list = (), end: int = -1) -> bool:
    """True when the place at offset ``start`` is only where the group meant or may go: on a possible route
    (:func:`_a_possible_route`), or in the reach of a goal (:data:`_GOAL_BEFORE`: an attempt, intention, wish, hope,
    purpose or journey, in any tense), with no verb told as done and no stop between (but for a clause telling of
    the goal itself, :data:`_OF_THE_GOAL`). Not a plan told as future (``planean cruzar el jueves por Agua
    Caliente``: a planned row, see the kinds below), nor the place the attempt was made at, named right after its
    verb by a preposition of place with no other place (``before``: the sentence's places before it) between
    (``intentaron pasar por Ciudad Hidalgo``: they were there)."""
    if _a_possible_route(sentence, start) or _not_reached(sentence, start, before, end):
        return True
    goals = list(_GOAL_BEFORE.finditer(sentence, max(0, start - _ITINERARY_REACH), start))
    if not goals:
        return False
    goal = goals[-1]
    end = goal.end()
    if _LOCATED_AFTER_A_GOAL.search(sentence, end, start):
        return False  # "in hopes of reaching the United States, near Agua Caliente": where the group is
    if future_between(sentence, goal.start(), start):
        return False
    attempt = _AN_ATTEMPT_MADE.match(goal.group())
    if attempt and _CROSS.search(goal.group()) \
            and _A_CROSSING_POINT.search(sentence[end:start + 12]) and not _TOWARDS.search(sentence, end, start):
        return False  # "trying to cross the bridge that spans the Suchiate River": they were at it (not "... into Texas")
    if attempt and _AT_A_PLACE_BEFORE.search(sentence, end, start) and (
            not any(end <= q.start < start for q in before)
            or _A_SITE_IN_BEFORE.search(sentence, max(end, start - 40), start)):
        # (an attempt, not one weighed: "habrían pensado ir por Minatitlán"; and where the group is seen, after the
        # goal: "a caravan trying to reach the US kneels ... at a border checkpoint in Tecun Uman")
        return False
    of_goal = _OF_THE_GOAL.search(sentence, end, start)
    stop = of_goal.start() if of_goal else start
    told = _GOAL_TOLD.search(sentence, end)  # (not cut at the place: the comma looks at the word after it)
    return not _done_between(sentence, end, stop) and not (told and told.start() < stop)


# A place the group did not reach is no place of it, in whatever way the sentence says so: a verb of going or
# stopping under a negation ("Caravana de hondureños no llegó a Guatemala", "did not make it to", "sin llegar a",
# "tomó la decisión de no hacer parada como se tenía previsto en"), a verb of giving up or avoiding ("desistió de
# viajar de manera irregular a Estados Unidos", "para evitar pasar por el estado de Oaxaca", "to avoid Tamaulipas"), or
# an unrealised modal ("It was to have formally ended in Mexico City", "iban a llegar a"). Between the negation and its
# verb only auxiliaries, pronouns and adverbs of manner (closed classes: "no pudieron llegar a", "never quite made it
# to", "was to have formally ended in"; not "no tardaron en llegar a", nor "no sólo llegaron a": told as done).
_NOT_BETWEEN = (r"(?:(?:pud\w+|pod\w+|logr\w+|consigu\w+|quis\w+|se|les?|los|las|lo|la|ha|han|hab[íi]an?|habr[íi]an?|ya|"
                r"a[úu]n|todav[íi]a|yet|quite|even|manage\w*|be\s+able\s+to|get\s+to|\w+mente|\w+ly)\s+){0,2}")
_GOES = (r"(?:lleg\w*|arrib\w*|alcanz\w*|ingres\w*|entr[aeó]\w*|cruz\w*|pas[aeóá]\w*|viaj\w*|avanz\w*|camin\w*|"
         r"march\w*|continu\w*|sigu\w*|segu\w*|dirig\w*|traslad\w*|pernoct\w*|durm\w*|dorm\w*|termin\w*|"
         r"conclu\w*|fue|fueron|ir|iremos|ir[áa]n?|van?|hac\w*\s+(?:una\s+)?parada|hic\w*\s+(?:una\s+)?parada|"
         r"hizo\s+(?:una\s+)?parada|detuv\w*|deten\w*|qued\w*|"
         r"reach\w*|arriv\w*|get|gets|got|getting|make|makes|made|making|go|goes|went|gone|going|enter\w*|cross\w*|"
         r"pass\w*|travel\w*|head\w*|walk\w*|march\w*|continu\w*|proceed\w*|stop\w*|stay\w*|end|ends|ended|"
         r"finish\w*)")
_NOT = (r"no(?!\s+(?:s[óo]lo|solamente|[úu]nicamente)\b)", "nunca", r"jam[áa]s", r"sin", r"not(?!\s+(?:only|just)\b)",
        "never", r"without", *(w + r"n[’']t" for w in ("did", "does", "do", "could", "would", "will", "was", "were", "had",
                                                        "have", "has", "ca", "wo")),
        r"fail(?:s|ed)?\s+to", r"unable\s+to")
_GIVES_UP = (r"desist\w*", r"renunci\w*", r"descart\w*", r"gave\s+up", r"give\s+up", r"giving\s+up",
             # (abandoning a plan, not a place: "abandonaron el albergue para caminar a" is leaving it)
             *(w + r"\s+(?:(?:the|their|its|la|su|sus|el|los)\s+)?(?:plans?|idea|intent\w*|attempt|bid|planes|intenci[óo]n|"
               r"prop[óo]sito)" for w in (r"abandon\w*", r"dropp\w+", r"scrapp\w+")))
_AVOIDS = (r"evit\w*", r"avoid\w*", r"esquiv\w*", r"bypass\w*", r"steer\w*\s+clear\s+of",
           r"alejad[oa]s?\s+de")  # ("siempre alejados de Coatzacoalcos": kept away)
_UNREALISED = (r"was\s+to\s+have", r"were\s+to\s+have", r"was\s+supposed\s+to", r"were\s+supposed\s+to", r"iban?\s+a",
               r"deb[íi]an?(?:\s+haber)?")
# (the words of the move up to the place, "viajar de manera irregular a", "formally ended in"; an avoided place is the
# object of the avoiding or of its verb of going: "evitar pasar por", "to avoid Tamaulipas", not "para evitar
# detenciones de migrantes en Tapachula")
_MOVE_WORDS = r"(?:\s+[\w'’-]+){0,4}?"
_NOT_REACHED_BEFORE = WordPattern(
    r"\b(?:" + "|".join([w + r"\s+" + _NOT_BETWEEN + _GOES + _MOVE_WORDS for w in _NOT + _UNREALISED]
                        + [w + r"\s+(?:[\w'’-]+\s+){0,5}?" + _GOING + _MOVE_WORDS for w in _GIVES_UP]
                        + [w + r"(?:\s+" + _GOING + r")?" for w in _AVOIDS]) + r")"
    r"(?:\s+(?:a|al|hasta|hacia|por|en|a\s+trav[ée]s\s+de|to|into|in|at|through|via|toward|towards|as\s+far\s+as))?\s+"
    r"(?:the\s+|la\s+|el\s+)?(?:(?:[\w-]+\s+)?(?:town|city|village|municipality|municipio|ciudad|poblado|localidad|"
    r"comunidad|state|estado)\s+(?:of|de)\s+)?$")
# (a place named right after one not reached, in apposition or in a list, is not reached either: "en comunidad de
# Donají, del municipio Matías Romero", "to avoid Tamaulipas and Coahuila")
_JOINED_TO_IT = re.compile(r"\s*(?:,\s*(?:(?:y|e|ni|and|or|nor|o)\s+)?|\s(?:y|e|ni|and|or|nor|o)\s+)(?:(?:del|de\s+la|de|en|in|of)\s+)?"
                           r"(?:(?:the|la|el)\s+)?(?:(?:municipio|municipality|estado|state|ciudad|city|town|comunidad)\s+"
                           r"(?:de\s+|of\s+)?)?", re.I)


# Told from the place's side, the group not there: the place as the subject of a verb of waiting whose object is the
# group ("Arriaga, señalada como la última estación del recorrido, se quedó esperando la procesión", "Tonalá waited in
# vain for the caravan"), of a predicate of distance ("Tijuana, 180 km to the west, was as far off as ever", "Saltillo
# seguía lejos"), or a move to it as the subject of a modal or a conditional, a hypothesis ("arriving in the United
# States could give them a better life", "Arribar a Reynosa esta semana les permitiría").
_APPOSITION = r"(?:\s*,[^,;:.()]{1,90},)?"
_NOT_THERE_AFTER = re.compile(
    _APPOSITION + r"\s+(?:(?:se\s+)?qued[óo]\s+esperando|(?:se\s+)?quedaron\s+esperando|esper(?:[óo]|aba|aron)|aguard(?:[óo]|aba)|"
    r"waited|awaited|was\s+left\s+waiting|(?:was|is|remained|stayed|seemed|lay|quedaba|estaba|segu[íi]a|permanec[íi]a)\s+"
    r"(?:still\s+|todav[íi]a\s+|a[úu]n\s+|as\s+)?(?:far\s+(?:off|away)|lejos|distant|out\s+of\s+reach|fuera\s+de\s+(?:su\s+)?alcance))"
    r"(?:\s+(?:in\s+vain|en\s+vano))?(?:\s+(?:for|a))?"
    r"(?:\s+(?:la|el|los|las|the|a|an))?(?:\s+\w+)?\s*(?:procesi[óo]n|caravana|contingente|migrantes|grupo|marcha|viacrucis|"
    r"caravan|procession|group|migrants|column|marchers|as\s+ever|que\s+nunca|\b)", re.I)
_WAITING = re.compile(r"esper|aguard|wait", re.I)
_GOING_IN_BEFORE = WordPattern(r"\b(?:arriving|reaching|getting|crossing|entering|making\s+it|llegar|arribar|alcanzar|cruzar|entrar|ingresar)\s+"
                               r"(?:in|to|at|into|a|al|en)?\s*(?:the\s+|la\s+|el\s+)?$")
_A_MODAL_AFTER = re.compile(r"(?:\s*,)?(?:\s+[\w'’-]+){0,3}?(?:\s+(?:les|le|los|nos|them|us))?\s+(?:could|would|might|may|"
                            r"\w+r[íi]an?)\b", re.I)


def _not_there_after(sentence: str, start: int, end: int) -> bool:
    """True when the words after the place at ``sentence[start:end]`` tell the group is not there
    (:data:`_NOT_THERE_AFTER`, or a modal or a conditional after a move to it)."""
    told = _NOT_THERE_AFTER.match(sentence, end)
    if told is not None and (not _WAITING.search(told.group()) or re.search(
            r"(?:procesi|caravan|contingente|migrant|grupo|group|marcha|viacrucis|column)", told.group(), re.I)):
        return True
    return _GOING_IN_BEFORE.search(sentence, max(0, start - 30), start) is not None \
        and _A_MODAL_AFTER.match(sentence, end) is not None


def _not_reached(sentence: str, start: int, before: list = (), end: int = -1) -> bool:
    """True when the place at offset ``start`` is governed by a negated verb of going or stopping, a verb of giving up
    or avoiding, or an unrealised modal (:data:`_NOT_REACHED_BEFORE`), or is joined in apposition or a list to a place
    that is (``before``: the sentence's places before it), or when the words after it (from ``end``) tell from its
    side that the group is not there (:func:`_not_there_after`). The words governed reach no further than the first
    place after them (``descartaron ir a Tonalá y durmieron en Arriaga``: Arriaga is where they slept)."""
    if end >= 0 and _not_there_after(sentence, start, end):
        return True
    governed = _NOT_REACHED_BEFORE.search(sentence, max(0, start - 110), start)
    if governed is not None and not any(governed.start() <= q.start < start for q in before):
        return True
    last = before[-1] if before else None
    return last is not None and last.end <= start and _JOINED_TO_IT.fullmatch(sentence, last.end, start) is not None \
        and _not_reached(sentence, last.start, before[:-1])


# The place an attempt made is told at: "intentaron pasar por Ciudad Hidalgo", "tried to cross at El Ceibo".
_AN_ATTEMPT_MADE = re.compile(r"(?:intent\w*|trat\w*\s+de|tr(?:y|ies|ied|ying)\s+to|attempt(?:s|ed|ing)?\s+to)\s+(?!no\s)", re.I)
# An attempt to cross a river or a bridge is made at it, the group on its bank: "were trying to cross the bridge that
# spans the Suchiate River", "intentaron cruzar el río Bravo"; the goal is only a place told towards ("... into Texas").
_CROSS = re.compile(r"\b(?:cross\w*|cruz\w*|wad\w*|vade\w*|swim\w*|nad\w*)", re.I)
_A_CROSSING_POINT = re.compile(r"\b(?:bridge|river|ford|puente|r[íi]o|vado)\b", re.I)
_TOWARDS = re.compile(r"\b(?:into|to|toward|towards|for|hacia|rumbo|al?|para)\b", re.I)
_A_SITE_IN_BEFORE = re.compile(r"\b(?:checkpoint|shelter|camp|bridge|park|square|plaza|garita|albergue|campamento|puente|"
                               r"parque|retén|ret[ée]n)\s+(?:in|at|en|de)\s+$", re.I)
_AT_A_PLACE_BEFORE = re.compile(r"\b(?:por|through|via|v[íi]a|at|en|in|by)\s+(?:el\s+|la\s+|the\s+)?"
                                r"(?:(?:[\w-]+\s+)?(?:puente|bridge|cruce|crossing|paso|town|city|ciudad|municipio|poblado|"
                                r"localidad)\s+(?:de|of)\s+)?$", re.I)


# What ends a goal's words besides a verb told as done: a Spanish preterite in the singular ("que intentan llegar a
# Estados Unidos pasó este jueves por la Ciudad de Guatemala"), a clause joined after it ("y se dirigen a", "pero"), a
# comma and no noun phrase in apposition ("trying to reach the United States, stands in a shelter in Tijuana"; not
# "trying to reach Juárez, their crossing-point").
_GOAL_TOLD = re.compile(r"(?i:\b\w{2,}ó\b|\b(?:pero|but|however|sin\s+embargo|mientras|while)\b|\b(?:y|e|and)\s+(?:se|they|then|"
                        r"luego|despu[ée]s|now|ahora)\b)|,\s+(?!(?i:their|its|his|her|the|a|an|su|sus|el|la|los|las|un|una|where|"
                        r"donde|adonde|in\s+which|en\s+(?:el|la)\s+que)\b|[A-ZÁÉÍÓÚÑ])")
# After a goal, where the group is: "walk along a highway in hopes of reaching the United States, near Agua Caliente".
_LOCATED_AFTER_A_GOAL = re.compile(r",\s+(?:near|close\s+to|outside|cerca\s+de|junto\s+a|a\s+las\s+afueras\s+de)\b", re.I)


def _done_between(sentence: str, start: int, end: int) -> bool:
    """True when a stop or a verb told as done (:data:`_PLAN_ENDS`) is written between ``start`` and ``end``: not the
    point of an abbreviation (``U.S.-Mexico``) nor a capitalised name (``United States``)."""
    for m in _PLAN_ENDS.finditer(sentence, start, end):
        if m.group() == "." and m.end() < len(sentence) and not sentence[m.end()].isspace():
            continue
        if m.group()[0].isupper():
            continue
        return True
    return False


def _day_it_sets_off(sentence: str, start: int, dates: list[FoundDate]) -> FoundDate | None:
    """The day a plan's next stop at offset ``start`` is for when the sentence tells the group setting off for it
    on a day written before it (``set out before dawn Thursday from Juchitan, seeking to reach the town of Matias
    Romero``, ``De reiniciar la camina el próximo lunes, los migrantes esperan llegar a Tonalá``), else ``None``."""
    sets_off = _SETS_OFF.search(sentence, 0, start)
    days = [f for f in dates if sets_off is not None and f.start < start]
    return max(days, key=lambda f: f.start) if days else None


def _where_the_group_is(names: NameFacts, before: list, drafts: list[dict], dateline) -> str | None:
    """The query of the town the group is at or leaves from when a sentence speaks of going on: the last such place
    the sentence names before (``before``), else the last town drafted (a plan's too: ``Tonight they will sleep in
    Sayula``), else the dateline's town (``None``: none). A town is a name that read alone means no country or
    division (``Escuintla``, ``Puebla``; not ``Chiapas``), nor an ordinary word (``Son``, ``Han``)."""
    def a_town(key: str, query: str) -> bool:
        return not names.names_area(key, query.split(",")[0]) and key not in names.common

    here = next((q for q in reversed(before) if q.role in ("stop", "departure", "dateline") and a_town(q.key, q.query)),
                None)
    if here is not None:
        return here.query
    # (an ordinary word that a preposition of place located is a town: "through Esperanza, just north of")
    town = next((d for d in reversed(drafts) if not names.names_area(d["key"], d["query"].split(",")[0])
                 and (d["located"] or d["key"] not in names.common)), None)
    if town is not None:
        return town["query"]
    if dateline is not None and a_town(dateline[0].key, dateline[0].query):
        return dateline[0].query
    return None


def _the_storys_first_town(names: NameFacts, after: list, key: str) -> str | None:
    """Where the group of a headline is, to measure the heading it tells from (``Caravana continuó su paso rumbo a
    Villa Comaltitlán`` above a story of Huehuetán): the first town the article names after it (``after``: the
    mentions after the headline), not the heading itself, else ``None``."""
    return next((m.name for m in after if m.key != key and not names.names_area(m.key, m.name)
                 and m.key not in names.common), None)


# A distance told in apposition places a point, a town ("With Zacapa, some 30 km farther along the highway", "hacia
# Tapachula, situada a unos 40 kilómetros"), not the state or department of its name.
_A_DISTANCE_AFTER = re.compile(r"\s*,\s*(?:[\w'’]+\s+){0,3}?\d[\d.,]*\s*(?:km|kil[óo]metros?|kilomet(?:er|re)s?|miles|millas)\b",
                               re.I)


def _a_state_here(names: NameFacts, sentence: str, p, here: str | None) -> bool:
    """True when a plan's goal is a state of the group's country whose name a town bears too, not called a town
    (``plan to continue towards Veracruz``; not ``Santa Ana`` in Sonora, a department's name in El Salvador, nor
    ``la ciudad de Oaxaca``): a planned state is no row."""
    name = p.query.split(",")[0]
    if not names.is_area(p.key) or _town_words(sentence, p.start) or _CITY_IN_NAME.search(name) \
            or (p.end > 0 and _A_DISTANCE_AFTER.match(sentence, p.end)):
        return False
    return here is None or names.country_of(here) in names.division_countries(p.key)


def _next_stop_of_a_plan(names: NameFacts, sentence: str, p, here: str | None, moving: bool = False) -> bool:
    """True when a town a plan means to reach is the group's next stop: no state (:func:`_a_state_here`), and within
    :data:`NEXT_STOP_KM` of where the group is (``here``): ``pretenden llegar a Huixtla`` from Tapachula, not
    ``buscan llegar a Tijuana`` from Chiapas, a far goal, nor a goal called the border (``llegar a la frontera de
    Piedras Negras``). With no town to measure from it is none, unless the words name it the next stop (``moving``:
    "With Ramos Arizpe as the day's goal"; not a heading alone, "retomó su rumbo hacia Ciudad de México hasta llegar
    a Villa Comaltitlán", which may be the journey's end); a name the gazetteer does not place is the next stop."""
    if _a_state_here(names, sentence, p, here) or _THE_BORDER_BEFORE.search(sentence, max(0, p.start - 30), p.start):
        return False
    if here is None:
        return moving  # (nothing to tell a next stop from a far goal by: "Su meta es llegar a Tijuana")
    km = names.km_between(p.key, here)
    return km is None or km <= NEXT_STOP_KM


def _alternatives(sentence: str, places: list, i: int) -> bool:
    """True when place ``i`` is one of places offered as alternatives (``el avance a Tonalá o Arriaga``)."""
    return (i > 0 and _OR_BETWEEN.match(sentence, places[i - 1].end, places[i].start) is not None) or (
        i + 1 < len(places) and _OR_BETWEEN.match(sentence, places[i].end, places[i + 1].start) is not None)


_OR_BETWEEN = re.compile(r"\s*,?\s*(?:o|u|or)\s+(?:a\s+|al\s+|to\s+)?(?:the\s+|la\s+|el\s+)?$")


def _dated_plan_before(sentence: str, p, left: int, dates: list[FoundDate]) -> bool:
    """True when the words leading to a destination say a plan and give its day (``el martes buscará avanzar a``).

    Not when a departure comes between the day and the place (``el sábado saldrán ... que buscan llegar a
    Huixtla``: the day is the departure's, from wherever the group is).
    """
    if not future_between(sentence, left, p.start):
        return False
    days = [f for f in dates if left <= f.start < p.start]
    return bool(days) and not _LEAVING.search(sentence, days[-1].end, p.start)


# Between two names of a list: a comma, "y"/"e"/"and"/"or", or both ("Chiapas, Oaxaca y Veracruz").
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:(?:y|e|and|or|o)\s+)?|\s(?:y|e|and|or|o)\s+)", re.I)


def _state_list(sentence: str, places: list, names: NameFacts) -> set[int]:
    """The starts of the names in a list of two names or more that all name first-level divisions of one country,
    one of them at least no town's name as well ("ha recorrido Chiapas, Oaxaca y Veracruz", "walked across Chiapas,
    Oaxaca and Veracruz"): each is the state, not a capital of its name (types-s11-12 V2)."""
    seen = sorted((p for p in places if p.start >= 0 and "," not in p.query), key=lambda p: p.start)
    runs: list[list] = []
    for p in seen:
        last = runs[-1][-1] if runs else None
        if last is not None and _LIST_JOINT.fullmatch(sentence, last.start + len(last.query), p.start):
            runs[-1].append(p)
        else:
            runs.append([p])
    starts: set[int] = set()
    for run in runs:
        if len(run) < 2:
            continue
        countries = [names.division_countries(p.key) for p in run]
        if not all(countries) or not frozenset.intersection(*countries):
            continue
        if any(names.names_area(p.key, p.query) for p in run):
            starts |= {p.start for p in run}
    return starts


def _as_area(sentence: str, p, cues: int | None = None, listed: set[int] = frozenset()) -> str:
    """The words that name the place as a state or department, level word included (``Oaxaca state``,
    ``estado de Oaxaca``, ``department of Zacapa``), or ``""`` when the sentence does not (``cues``: the
    sentence's mask from :func:`_cue_index`)."""
    if p.start < 0:
        return ""
    name = p.query.split(",")[0]
    after = _STATE_AFTER.match(sentence, p.start + len(name))
    if after:
        return sentence[p.start:after.end()]
    window = sentence[max(0, p.start - 30):p.start]
    before = _STATE_BEFORE.search(window, cues=cues)
    if before:
        return _THE.sub("", window[before.start():before.end()]) + name
    if _COMPASS_BEFORE.search(window, cues=cues) or p.start in listed:
        return f"{name} state"  # (read by its level word: the division, or no row if none bears the name)
    return ""


_THE = re.compile(r"\b(?:the|la|el)\s+", re.I)
_GROUP_NOUN = WordPattern(rf"\b(?:{GROUP_NOUNS})\b")
# "A group of about 2,000 had stopped short of the roadblock": the group, said as one.
# (a first look for the words the_moving_group needs)
_MOVING_OR_A_GROUP = WordPattern(rf"\b(?:{GROUP_MOVING_VERBS}|{GROUP_HEADS})\b")
_THE_GROUP_SET_OFF = WordPattern(rf"\b(?:the|los|las|la|el)\s+(?:{GROUP_NOUNS}|{GROUP_HEADS})\s*,")
_A_COPULA = re.compile(r"son|eran|ser[íi]an|suman|sumaban", re.I)  # (see sizes.OPENS_WITH_ITS_NUMBER)
_RELATIVE_WORD = WordPattern(r"\b(?:which|who|where|que|quienes|donde)\b")


def _called_a_state(text: str, name: str) -> bool:
    """True when the article calls ``name`` a state or department (``OAXACA (Mexico) - ... in the southeastern state
    of Oaxaca``) or writes it as another town's state (``Matías Romero, Oaxaca``): a dateline of that name is the
    state's, no town for the lede to happen in."""
    return re.search(rf"\b(?:state|estado|department|departamento|province|provincia)\s+(?:of|de)\s+{re.escape(name)}\b"
                     rf"|\b{re.escape(name)}\s+(?:state|department|province)\b", text, re.I) is not None \
        or _A_TOWN_OF_THE_STATE(name).search(text) is not None


@functools.lru_cache(maxsize=64)
def _A_TOWN_OF_THE_STATE(name: str) -> re.Pattern[str]:
    """The name written as another town's state: "llegaron a Matías Romero, Oaxaca, en el sureste" (not "Oaxaca,
    Oaxaca", the city)."""
    town = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+){0,3}"
    return re.compile(rf"\b(?!(?i:{re.escape(name)})\b){town},\s+(?i:{re.escape(name)})\b")


# "the Rio Grande", "el río Bravo", "del Suchiate": a river written as one (a town is written with no article).
_THE_RIVER_BEFORE = re.compile(r"\b(?:the|el|del|al)\s+(?:r[íi]o\s+|river\s+)?$", re.I)


def written_as_river(names: NameFacts, sentence: str, at: int, query: str, key: str) -> bool:
    """Whether the name ``query`` (name key ``key``), written at ``at`` in ``sentence``, is a border river written as
    one: with an article or the river's word ("the Rio Grande", "el río Bravo", "cruzan río Bravo"), not a town that
    bears the river's name ("llegaron a Río Bravo", Ciudad Río Bravo, Tamaulipas)."""
    return at >= 0 and names.border_river(key) and (
        _THE_RIVER_BEFORE.search(sentence, max(0, at - 12), at) is not None
        or fold(query).startswith(("rio ", "river ")))


def _towns_over_the_river(names: NameFacts, sentence: str, stops: list, planned: set[int] = frozenset()) -> list:
    """``stops`` without a border river the sentence crosses when it names a town too: "arrived in El Paso Monday
    morning, crossing the Rio Grande", "waded across the Rio Grande from Juárez into El Paso" are rows at the towns
    crossed from and into (ANNOTATING.md, settled cases: the river is a long line, its point may be hundreds of
    kilometres off); "cruzaron el río Suchiate" alone stays the river's row (drawn at the article's town on that
    river when it has one, .twins), and so it does beside a town the group heads for (``planned``, the starts of the
    sentence's planned stops: "cruzó el río Suchiate ... y partieron hacia Tapachula")."""
    def river(p) -> bool:
        return written_as_river(names, sentence, p.start, p.query, p.key)

    rivers = [p for p in stops if river(p)]
    if not rivers or not any(p not in rivers and p.start not in planned and not names.names_area(p.key, p.query.split(",")[0])
                             for p in stops):
        return stops
    return [p for p in stops if p not in rivers]


#: Roles of a place in the sentence before a river crossing that say the group was not there (see
#: :func:`_a_town_over_the_river`).
_NOT_THE_CROSSINGS_TOWN = ("destination", "origin", "source", "person", "road", "feature")


def _a_town_over_the_river(names: NameFacts, sentence: str, stops: list, towns: list) -> list:
    """``stops`` with a border river the sentence crosses, and no town, drawn at the first of ``towns`` (the
    dateline's, then those the sentence right before named) that lies on the river's border
    (:meth:`NameFacts.on_the_river`): "CIUDAD TECÚN UMÁN, Guatemala - ... trying to cross the bridge that crosses the
    Suchiate River" is Tecún Umán's row, "The small town of Eagle Pass, Texas, is under strain. ... more than 700
    migrants crossed the Rio Grande" Eagle Pass's (ANNOTATING.md, settled case: a river crossing is the town crossed
    from or into when the text names one; the river's point may lie far off)."""
    rivers = [p for p in stops if written_as_river(names, sentence, p.start, p.query, p.key)]
    if not rivers or any(p not in rivers and not names.names_area(p.key, p.query.split(",")[0]) for p in stops):
        return stops
    town = next((t for t in towns if not names.names_area(t.key, t.query.split(",")[0])
                 and all(names.on_the_river(t.key, p.key) for p in rivers)), None)
    if town is None:
        return stops
    at = stops.index(rivers[0])
    return [p for p in stops[:at] if p not in rivers] + [town._replace(role="stop", start=-1, end=-1)] \
        + [p for p in stops[at:] if p not in rivers]


def _dateline_is_an_area(names: NameFacts, text: str, place) -> bool:
    """True when the dateline names a state or country, not a town: a name that is only an area ("Chiapas.-") or one
    the article calls a state ("OAXACA (Mexico) - ... in the southeastern state of Oaxaca")."""
    name = place.query.split(",")[0]
    return names.names_area(place.key, name) or _called_a_state(text, name)


_THIS_TOWN_ROLES = ("stop", "departure", "actor")  # (not "the Isthmus of Tehuantepec", a feature)


def _this_town_of_an_area_dateline(names: NameFacts, places: list, stops: list, last_stops: tuple[int, list],
                                   paragraph: int):
    """The town "this municipality" / "este municipio" means when the dateline is a state (see
    :func:`_dateline_is_an_area`): the one town the sentence names, whatever its role ("las autoridades de Matías
    Romero ... en la entrada de este municipio"), else the one town the latest stops (this paragraph's or the one
    before's) put the group at; ``None`` when that is not one town or it is already a stop of the sentence."""
    def towns(found):
        return list({q.key: q for q in found if q.role in _THIS_TOWN_ROLES
                     and not names.names_area(q.key, q.query.split(",")[0])}.values())
    named = towns(places)
    if not named and last_stops[0] >= paragraph - 1:
        named = towns(last_stops[1])
    if len(named) != 1 or any(q.key == named[0].key for q in stops):
        return None
    return named[0]


def _the_storys_town(names: NameFacts, dateline, last_stops: tuple[int, list], paragraph: int):
    """The town "esta ciudad", "the city" or a shelter named with no town is in (types-s22-23 F13): the dateline's,
    when it is a town; with no dateline, the one town the latest stops (this paragraph's or the one before's) put the
    group at; else ``None``."""
    if dateline is not None:
        return None if names.is_area(dateline[0].key) else dateline[0]
    if last_stops[0] < paragraph - 1:
        return None
    towns = {q.key: q for q in last_stops[1] if not names.is_area(q.key) and not names.facility(q)}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _only_left(drafts: list[dict], places: list) -> bool:
    """True when the latest sentence's drafts for ``places`` are all departures (and there are some)."""
    kinds = [d["kind"] for d in drafts if d["n"] == drafts[-1]["n"] and any(d["key"] == p.key for p in places)] \
        if drafts else []
    return bool(kinds) and all(k == "departure" for k in kinds)


_CITY_OF_BEFORE = re.compile(r"\b(?:ciudad|city|town|municipio|pueblo|village)\s+(?:de|of)\s+$", re.I)
# The words that name a town by its name: "llegaron a la ciudad de Guatemala", "the town of ...", not a description
# of one inside an area ("the capital city of Chiapas", "la segunda ciudad de Honduras").
_TOWN_NAMED_BEFORE = re.compile(
    r"(?:^|(?<![\w-])(?:la|el|the|a|al|en|de|del|desde|hasta|hacia|to|in|at|from|into|toward|towards)\s+)"
    r"(?P<words>(?:ciudad|city|town|municipio|municipality|pueblo|village)\s+(?:de|of))\s+$", re.I)


def _town_words(sentence: str, start: int) -> str:
    """The words right before a place at ``start`` that say it is a town (``ciudad de``, ``town of``), or ``""``."""
    found = _TOWN_NAMED_BEFORE.search(sentence, max(0, start - 30), start) if start > 0 else None
    return found.group("words") if found else ""


# "set to depart from San Pedro Sula": where a plan leaves from is a row, dated or not.
_FROM_BEFORE = WordPattern(r"\b(?:from|de|desde|del)\s+(?:the\s+|la\s+|el\s+)?$")
# The words that call a place a town or a division, right before its name: their "de" names it, it says no "from".
_KIND_OF_PLACE_BEFORE = re.compile(r"\b(?:ciudad|city|town|municipio|municipality|pueblo|village|poblado|localidad|"
                                   r"comunidad|cabecera\s+municipal|estado|state|departamento|department)\s+(?:de|of)\s+$",
                                   re.I)


def _told_as_from(sentence: str, start: int) -> bool:
    """True when the words before the place at ``start`` say the group sets out from it (``saldrán de San Pedro
    Sula``, ``partirán desde la ciudad de Tapachula``), not only that it is a town (``llegarán a la ciudad de México``:
    the "de" of "ciudad de" names the town; a plan to reach it is no departure)."""
    if start <= 0:
        return False
    kind_words = _KIND_OF_PLACE_BEFORE.search(sentence, max(0, start - 30), start)
    if kind_words is not None:
        start = kind_words.start()
    return bool(_FROM_BEFORE.search(sentence[max(0, start - 20):start]))
_LEAVING = re.compile(r"\b(?:saldr\w*|salir|salen|partir\w*|parten|leave|leaves|leaving|depart\w*|set\s+out)\b", re.I)
# -- sentence by sentence ----------------------------------------------------------------
#: What may come before the first word of a sentence or headline: quotes, dashes, brackets.
OPENS_SENTENCE = re.compile(OPENING_PUNCTUATION)


def sentence_drafts(names: NameFacts, text: str, sents: list, spans: list[tuple[int, int]], mentions: list,
                    published: date | None) -> tuple[list[dict], tuple | None]:
    """One draft per place that a sentence reports the group at, with its own date and size, and the article's
    dateline (``(place, sentence number)``, or ``None``).

    ``sents`` are the article's sentences (:func:`~.text.sentences`), ``spans`` their offsets, ``mentions`` the
    place names found in ``text`` (sorted by offset); ``names`` answers what the gazetteer says of a name."""
    mention_starts = [m.start for m in mentions]
    all_dates = dates_by_sentence(text, spans, published)
    caption_lines = caption_sentences(text, sents)
    for n, sent in enumerate(sents):
        if n in caption_lines or STAMP.match(sent.text):  # "Published January 3, 2024": no event's day
            all_dates[n] = []
    add_days_told_from_the_last(sents, all_dates, published)
    written_in_dateline = dateline_date(text, sents, published, headline_paragraph(sents))
    if written_in_dateline is not None:
        # "ESQUIPULAS, Guatemala, Oct. 16, 2018 — ... crossed on Monday": the dateline's day is the filing
        # day; the lede's own day, if it writes one, dates its events.
        n, filed = written_in_dateline
        if len(all_dates[n]) > 1:
            all_dates[n] = [f for f in all_dates[n] if f.start != filed.start]
    # One scan: per sentence, which rules' words are written in it, and where the kinds' cues may start.
    all_cues, cue_starts = _cue_index().scan_starts(text, spans)
    all_kinds = cues_from_starts(cue_starts, len(spans))
    captions = caption_paragraphs(text, sents)
    headline = headline_paragraph(sents)
    credits = credit_spans(text)
    info: list[SentenceDays] = []  # per sentence: its days, for date_drafts and attach_placeless
    drafts: list[dict] = []
    placeless: list[tuple[int, list, str, bool, str]] = []  # sentence, sizes, kind, cued, date
    aside_drafts: list[dict] = []  # places of sentences that say nothing of the group (see attach_placeless)
    dateline = None
    named_in: dict[int, list] = {}  # per sentence, the places it names
    last_stops: tuple[int, list] = (-1, [])
    last_goal: tuple[int, int, list] = (-1, -1, [])  # sentence, paragraph, the towns it said the group was going to
    this_town: list[tuple] = []  # a placeless size said of "this town" with no dateline (see _to_the_storys_town)
    for n, sent in enumerate(sents):
        if n in caption_lines:
            info.append(SentenceDays("", "", False, True, ""))
            continue
        cues = all_cues[n]
        lo = bisect.bisect_left(mention_starts, sent.start)
        hi = bisect.bisect_left(mention_starts, sent.end)
        places = places_in_sentence(sent.text, mentions[lo:hi], names.is_area, sent.start, cues) if hi > lo else []
        named_in[n] = places
        stops = []
        opening_word = None
        located: dict[int, bool] = {}
        planned_at: set[int] = set()
        next_stop_at: set[int] = set()  # (planned, where the group is heading now)
        next_stop_that_day: set[int] = set()  # (... told in the past: "avanzaron hacia": the sentence's day, not now)
        plan_next_at: set[int] = set()  # (planned, the next stop of a plan told now: the first only)
        reached_at: set[int] = set()  # (the goal of a verb of leaving: an arrival, see _LEFT_FOR_BEFORE)
        headed_at: set[int] = set()  # (planned, the heading told with the day's move: dated by the move's day)
        goal_only = False  # (a place the sentence names only as a goal: see _a_goal_only)
        for i, p in enumerate(places):
            # (a capital that is a division too, "Mexico City", "Ciudad de México", is a town to go to)
            town = not names.names_area(p.key, p.query.split(",")[0]) or _CITY_IN_NAME.search(p.query.split(",")[0])
            if p.role == "destination" and all_dates[n] and not plan_next_at \
                    and (not names.is_area(p.key) or _town_words(sent.text, p.start)) \
                    and not _alternatives(sent.text, places, i) \
                    and _dated_plan_before(sent.text, p, places[i - 1].end if i else 0, all_dates[n]):
                # "este martes 22 buscará avanzar al municipio de Escuintla": a plan with its day.
                p = p._replace(role="stop")
                planned_at.add(p.start)
            elif p.role in ("destination", "stop") and not plan_next_at and not _alternatives(sent.text, places, i) \
                    and _PLANNED_NEXT_BEFORE.search(sent.text, max(0, p.start - 80), p.start, cues=cues) \
                    and ((town and not _a_state_here(names, sent.text, p, _where_the_group_is(
                        names, places[:i], drafts, dateline))) or _as_area(sent.text, p, cues)):
                # "is expected to continue north through Magdalena de Kino, then past Caborca, Sonoyta ... and on
                # to Mexicali": the plan's next stop (the places after it in the sentence are no rows)
                p = p._replace(role="stop")
                planned_at.add(p.start)
                plan_next_at.add(p.start)
            elif p.role in ("destination", "stop") and town and not _alternatives(sent.text, places, i) \
                    and (heads := _HEADS_FOR_BEFORE.search(sent.text, max(0, p.start - 60), p.start, cues=cues)) \
                    and not _WHETHER_BEFORE.search(sent.text, max(0, heads.start() - 12), heads.start(), cues=cues):
                # "the group heads towards Corinto, on the border", "se dirigen hacia San Martín Texmelucan": the
                # group's next stop, planned (with no day of its own: the row's day is inferred).
                p = p._replace(role="stop")
                planned_at.add(p.start)
                next_stop_at.add(p.start)
                if _HEADED_THAT_DAY.search(heads.group()) or (
                        _HEADING_WITH_A_DEPARTURE.match(heads.group())
                        and _LEFT_BEFORE.search(sent.text, 0, heads.start(), cues=cues)):
                    next_stop_that_day.add(p.start)
            elif p.role in ("destination", "stop") and not plan_next_at and not planned_at \
                    and not _alternatives(sent.text, places, i) and not _a_possible_route(sent.text, p.start) \
                    and (_PLAN_TO_REACH_BEFORE.search(sent.text, max(0, p.start - 110), p.start)
                         or (_a_planned_heading(sent.text, p.start, sent.paragraph == headline, p.end)
                             and not _a_goal_only(sent.text, p.start, places[:i], p.end))
                         or _a_next_stop_named(sent.text, p)
                         or _plan_reaches(sent.text, p.start, places[:i])) \
                    and not _one_persons_plan(sent.text, p.start) \
                    and _next_stop_of_a_plan(names, sent.text, p, _where_the_group_is(names, places[:i], drafts, dateline)
                                             or (_the_storys_first_town(names, mentions[hi:], p.key)
                                                 if sent.paragraph == headline else None),
                                             _a_next_stop_named(sent.text, p)):
                # "los migrantes esperan llegar al municipio de Tonalá", "they aim to get to Matías Romero on Tuesday":
                # a plan to reach a town near where the group is, its next stop (the first one the sentence names;
                # a name a state bears too is the town only when called one: "towards Veracruz" is the state)
                p = p._replace(role="stop")
                planned_at.add(p.start)
                plan_next_at.add(p.start)
                if _heading_told(sent.text, p.start, sent.paragraph == headline, p.end) == "move":
                    headed_at.add(p.start)
            if p.role == "stop" and p.start not in planned_at \
                    and _LEFT_FOR_BEFORE.search(sent.text, max(0, p.start - 120), p.start) is not None:
                reached_at.add(p.start)  # "salieron ... a la ciudad fronteriza de Sonoyta": went there, did not leave it
            if p.role in ("destination", "stop") and p.start not in planned_at \
                    and (_a_goal_only(sent.text, p.start, places[:i], p.end) or _a_superseded_next_stop(sent.text, p.start)
                         or (p.start in reached_at
                             and _a_planned_heading(sent.text, p.start, sent.paragraph == headline, p.end)
                             and (here := _where_the_group_is(names, places[:i], drafts, dateline)) is not None
                             and (km := names.km_between(p.key, here)) is not None and km > NEXT_STOP_KM)):
                # (the heading of a verb of leaving measured far from where the group is is a goal, no arrival: "left
                # for Juarez on foot" from Chihuahua)
                # "es posible su llegada a Tierra Blanca para continuar hasta Orizaba": no plan yet; "intentaron
                # entrar de forma ilegal a México ..., pero fueron contenidos": a goal, not reached (the figure is
                # the group's where it was held: below)
                goal_only = True
                continue
            if p.role == "dateline" and dateline is None:
                # (a dateline that is a sentence of its own, "Monterrey.", opens the lede that follows it)
                alone = p.start == 0 and len(places) == 1 and n + 1 < len(sents) \
                    and sents[n + 1].paragraph == sent.paragraph and _DATELINE_ALONE.fullmatch(sent.text, p.end)
                dateline = (p, n + 1 if alone else n)
            if p.role not in ("stop", "departure") or (credits and inside_spans(credits, sent.start + p.start)):
                continue
            if names.names_area(p.key, p.query.split(",")[0]) and not area_is_there(sent.text, p.start, p.end, cues) \
                    and not _town_words(sent.text, p.start):
                continue  # a nationality, a destination or a backdrop (not "la ciudad de Guatemala": a town)
            if names.facility(p):
                if i + 1 < len(places) and _FACILITY_IN.fullmatch(sent.text, p.end, places[i + 1].start):
                    continue  # "la Casa del Migrante de Tecún Umán": the town named after it is the stop
                # (a town's dateline only: "HONDURAS.- ... en la Gran Central Metropolitana de San Pedro Sula" is
                # no reason to draw the country)
                if (here := _the_storys_town(names, dateline, last_stops, sent.paragraph)) is not None \
                        and names.far_from(p, here):
                    # "TAPACHULA — ... at the Casa del Migrante", "llegó a Piedras Negras ... serían trasladados a
                    # la Casa del Migrante": the story's town's, not the namesake the gazetteer knows in another
                    # country.
                    p = p._replace(query=here.query, key=here.key)
            if _OF_THIS_TOWN_AFTER.match(sent.text, p.end) \
                    and (here := _the_storys_town(names, dateline, last_stops, sent.paragraph)) is not None \
                    and here.key != p.key and (dateline is None or dateline[0] is not p):
                # "sostuvieron reunión en el Parque Central «Miguel Hidalgo» de la localidad", "la Casa del Migrante
                # de esta ciudad": the story's town (a demonstrative or an article points back to it)
                p = p._replace(query=here.query, key=here.key)
            if names.a_building(sent.text, p):
                # "de la Unidad Deportiva, en el municipio de Escuintla": the town named after it is the stop.
                p = _hint_of(sent.text, p)
                if p is None:
                    continue
            elif names.in_a_name(sent.text, p):
                continue  # "Summit of the Americas", "Iglesia de San Agustín": an event's or a building's name
            elif names.a_facilitys_name(sent.text, p, [q for q in places if q.start != p.start and not names.is_area(q.key)]
                                        + ([dateline[0]] if dateline is not None else [])):
                continue  # "el albergue Leona Vicario", "the Vicente Guerrero stadium": named after, not in, a town
            # Only an ordinary word needs a preposition of place (see _kept). "between Tecún Umán and
            # Ciudad Hidalgo": a name joined to a located one is located too.
            located[id(p)] = p.start in planned_at or p.key not in names.common or p.role == "departure" \
                or locative_before(sent.text, p.start, p.end, cues) or (
                    i > 0 and located.get(id(places[i - 1]), False) and joined_to_previous(sent.text, places[i - 1], p))
            if p.start >= 0 and (not located[id(p)] or _A_COPULA.fullmatch(sent.text, p.start, p.end)) \
                    and OPENS_SENTENCE.fullmatch(sent.text, 0, p.start) \
                    and opens_with_its_number(sent.text) and n and sents[n - 1].paragraph == sent.paragraph:
                # "llegó a Saltillo un grupo de la caravana. Son entre 150 y 200 personas": an ordinary word whose
                # capital is the sentence's, or the copula itself ("Serían unos 600"), is no place (the pipeline drops its row, see _kept); the figure is the
                # group the sentence before named, where it is (when the sentence names no other stop)
                opening_word = p
                continue
            stops.append(p)
        if len(stops) > 1:
            stops = _towns_over_the_river(names, sent.text, stops, planned_at)
        if stops:
            # (the dateline's town, else a town the sentence right before named: "... the small town of Eagle Pass,
            # Texas ... More than 700 migrants crossed the Rio Grande", types-s22-23 F21)
            stops = _a_town_over_the_river(names, sent.text, stops, (
                [dateline[0]] if dateline is not None and dateline[1] <= n else [])
                + [q for q in named_in.get(n - 1, ()) if q.role not in _NOT_THE_CROSSINGS_TOWN])
        if opening_word is not None and stops:
            stops.insert(0, opening_word)
        this_place = dateline is not None and dateline[1] <= n and refers_to_dateline(sent.text, cues) \
            and word_start_search(_THIS_WORDS, sent.text) is not None
        if this_place and not any(q.key == dateline[0].key for q in stops) and _dateline_is_an_area(names, text, dateline[0]):
            # "OAXACA (Mexico) - ... took a break in Matías Romero, in the state of Oaxaca. They arrived in this
            # municipality on Friday": a state is no municipality; "this town" is the one town the sentence names
            # ("las autoridades de Matías Romero ... en la entrada de este municipio") or, if none, the one the
            # story put the group at in this paragraph or the one before
            town = _this_town_of_an_area_dateline(names, places, stops, last_stops, sent.paragraph)
            stops = [town._replace(role="stop", start=-1, end=-1)] + stops if town is not None else stops
        elif dateline is not None and dateline[1] <= n and not any(q.key == dateline[0].key for q in stops) and (
                this_place
                or (not places and last_stops[0] != sent.paragraph and _FACILITY_NOUN.search(sent.text, cues=cues)
                    and not _ANOTHER_CARAVAN.search(sent.text))):
            # "They left the bus terminal at dawn": the dateline's town, unless the one town the story last put the
            # group in lies farther from it than a day's walk, whichever namesake (after "arrived at a shelter in
            # Tijuana" under a "MEXICO CITY (AP)" dateline, "the shelter" is Tijuana's: a wire dateline is where the
            # copy was filed).
            since = {q.key: q for q in last_stops[1]}
            last = next(iter(since.values())) if len(since) == 1 else None
            if this_place or last is None or last.key == dateline[0].key \
                    or not names.far_from(last, dateline[0], MAX_KM_PER_DAY):
                stops = [dateline[0]._replace(role="stop", start=-1, end=-1)] + stops
            else:
                stops = [last._replace(role="stop", start=-1, end=-1)] + stops
        lowered = sent.text.lower()  # (the WordPatterns below search it)
        # (what the group did is read with the pluperfect as its preterite: "Habían pasado la noche en Ciudad Hidalgo")
        kind_text, kind_cues = sent.text, all_kinds[n]
        if "hab" in lowered and (told := preterite_reading(sent.text)) != sent.text:
            kind_text, kind_cues = told, candidate_cues(told, [(0, len(told))])[0]
        if stops and (others := [(a, b) for a, b in another_groups_clauses(sent.text, cues)
                                 if not any(a <= p.start < b for p in stops)]):
            # (nor with the verb of another group's relative clause: "hope to join the caravan that left on Thursday
            # gathered in San Salvador" gathered; blanked, the offsets kept)
            for a, b in others:
                kind_text = kind_text[:a] + " " * (b - a) + kind_text[b:]
            kind_cues = candidate_cues(kind_text, [(0, len(kind_text))])[0]
        # (a concessive clause tells what a part did against the main clause: not the sentence's event, nor its figure)
        main_text = kind_text
        for a, b in concessive_clauses(kind_text):
            main_text = main_text[:a] + " " * (b - a) + main_text[b:]
        conceded = concessive_clauses(sent.text) if main_text is not kind_text else []
        if stops and (other_years := _OTHER_YEARS.search(sent.text, lowered=lowered, cues=cues)):
            # (only sentences with places are searched)
            # "hace 10 años un tren le mutiló la pierna en Saltillo": another time, not this journey; told in a relative
            # clause of its own, it is that clause's only ("at a bridge that leads to the San Ysidro border crossing,
            # through which millions of people pass each year": the main clause's places stay)
            opens = relative_clause_before(sent.text, other_years.start())
            stops = [p for p in stops if p.start < opens] if opens is not None else []
        if stops and (counted := _CARAVANS_COUNTED.search(sent.text)) and _OVER_MONTHS.search(sent.text):
            # "En los últimos dos meses, al menos seis caravanas han partido desde Chiapas": a statistic (the places
            # of its clause: "...; this one, about 2,000 people, slept in Tapachula" is the group's)
            numbers = clause_numbers(sent.text, [counted.start()] + [max(p.start, 0) for p in stops])
            stops = [p for p, c in zip(stops, numbers[1:]) if p.start < 0 or c != numbers[0]]
        if stops and ("ago" in lowered or "hace " in lowered or "atrás" in lowered):
            # "had crossed the Darién jungle months ago before reaching Tapachula on Wednesday": a stage months
            # back, told with no day, is another time than the story's (the place nearest the words only)
            stops = _not_months_ago(sent.text, stops)
        written = all_dates[n]
        statement = [f for f in written
                     if SPEECH_BEFORE.search(sent.text, max(0, f.start - 40), f.start, lowered=lowered, cues=cues)]
        # Whether the sentence moves to other days matters where it has places or dates.
        # (not in another group's relative clause: "sumarse a la caravana que partió la semana pasada")
        other_days = bool((places or written) and (moved := OTHER_DAYS.search(sent.text, lowered=lowered, cues=cues))
                          and not in_another_groups_clause(sent.text, moved.start(), -1, cues))
        carry = not stops and last_stops[0] == sent.paragraph and bool(last_stops[1])
        # (a lede whose only places are where the group is heading happens at the dateline too: "SAN MARTIN TEXMELUCAN —
        # Hundreds of migrants walking towards Mexico City on Thursday brought traffic to a halt")
        lede = dateline is not None and dateline[1] == n and all(p.start in planned_at and p.start >= 0 for p in stops)
        may_size = may_hold_a_size(sent.text, lowered)  # other sentences are not searched for sizes
        carry = carry and (_THERE.search(sent.text, lowered=lowered, cues=cues) is not None  # "about 1,000 more joined there"
                           or (bool(written) and _PLANS_TO_LEAVE.search(sent.text, lowered=lowered) is not None))
        # "... left Mexicali on Tuesday on their way to Tijuana. They arrived in the border city this morning": the
        # town the sentence before said the group was going to
        goal = [] if stops or last_goal[0] != n - 1 or last_goal[1] != sent.paragraph \
            or not _THE_TOWN.search(sent.text, lowered=lowered, cues=cues) else last_goal[2][-1:]
        last_goal = (n, sent.paragraph, [p for p in places if p.role == "destination" and not names.is_area(p.key)])
        if stops or carry or lede or goal:
            sizes = find_sizes(sent.text, cues) if may_size else []
            asides = aside_clauses(sent.text) if sizes else []
            if asides:  # "-después de que ayer se adelantaron cerca de mil 500 personas-": another moment's figure
                sizes = [z for z in sizes if not any(a < z.start < b for a, b in asides)]
            kind, cued = sentence_kind(main_text, kind_cues)
        elif may_size and (_GROUP_WORD.search(sent.text, lowered=lowered, cues=cues)
                           or _GROUP_NOUN.search(sent.text, lowered=lowered, cues=cues)
                           or _THEIR_NUMBERS.search(sent.text, lowered=lowered)
                           or _FIGURE_AND_GROUP_VERB.search(sent.text) or opens_with_its_number(sent.text)
                           or a_part_acts(sent.text)
                           # ("Local authorities put the number of arrivals at about 1,400": the group by its number)
                           or SIZE_WORDS.search(sent.text, lowered=lowered)):
            # A sentence naming no place is read for sizes only if it can give one of the whole group.
            kind, cued = sentence_kind(main_text, kind_cues)
            counts_group = (cued and kind not in NOT_THE_WHOLE_GROUP) or states_a_size(sent.text, cues) \
                or _THE_FIGURE.search(sent.text, lowered=lowered, cues=cues) \
                or (cued and goal_only)  # (a group that tried to go somewhere: its figure, where it was held)
            named = _GROUP_WORD.search(sent.text, lowered=lowered, cues=cues) or _GROUP_NOUN.search(
                sent.text, lowered=lowered, cues=cues) or _THEIR_NUMBERS.search(sent.text, lowered=lowered) \
                or opens_with_its_number(sent.text) \
                or a_part_acts(sent.text) \
                or SIZE_WORDS.search(sent.text, lowered=lowered)  # "Son unos 3 mil 630 según...", "5,771 of those were..."
            if not named and not (cued and kind not in NOT_THE_WHOLE_GROUP):
                sizes = []  # a figure and a verb only: what the group did ("about 2,000 had camped"), nothing else
            elif counts_group:
                sizes = find_sizes(sent.text, cues)
            elif cued and kind in ("clash", "blocked"):  # "fired tear gas to disperse thousands of migrants"
                # (or the group named with its figure: "have not stopped the main caravan of some 2,500")
                sizes = [z for z in find_sizes(sent.text, cues) if faced_by_forces(sent.text, z, kind, cued)
                         or the_moving_group(sent.text, z)]
            elif _MOVING_OR_A_GROUP.search(sent.text, lowered=lowered, cues=cues):  # the figure is who moved, or the group said as one
                # (or set off after it: "By evening the group, now about 400, had filled the shelter")
                sizes = [z for z in find_sizes(sent.text, cues) if the_moving_group(sent.text, z)
                         or THE_GROUP_COMMA.search(sent.text, max(0, z.start - 40), z.start)]
            elif _THE_GROUP_SET_OFF.search(sent.text, lowered=lowered):  # "los migrantes, alrededor de 2 mil, estaban"
                sizes = [z for z in find_sizes(sent.text, cues) if THE_GROUP_COMMA.search(sent.text, max(0, z.start - 40), z.start)]

            else:
                sizes = []
        else:
            sizes, kind, cued = [], "sighting", False
        if conceded and sizes:  # ("Aunque unos 200 regresaron a Tapachula, ...": a part's figure)
            sizes = [z for z in sizes if not any(a < z.start < b for a, b in conceded)]
        if not (stops or sizes) and may_size and dateline is None and not this_town \
                and refers_to_dateline(sent.text, cues):
            # (the figure it starts with: "Thousands of migrants were weighing ... in this southern Mexico town")
            sizes = [z for z in find_sizes(sent.text, cues)[:1] if not sent.text[:z.start].strip()]
        dates_here = event_dates(sent.text, written, kind, statement)
        # (the day of the sentence's own event: not one of a clause of an earlier event, "after resting on Sunday")
        own_days = [f.iso for f in dates_here if not in_event_clause(sent.text, f, cues)]
        main_day = own_days[0] if own_days else ""
        # (and the latest day its own events are told on, for the story's day: "6,531 pasaron entre viernes y sábado, y
        # se estimó que este domingo 5,771 continuaron": Sunday)
        latest_day = max((d for d in own_days if len(d.lstrip("~")) == 10), key=lambda d: d.lstrip("~"), default="")
        info.append(SentenceDays(main_day, statement[0].iso if statement else "", other_days, sent.paragraph in captions,
                                 latest_day))
        factor = 1.0
        if lede and (sizes or cued or _STUCK.search(sent.text, lowered=lowered, cues=cues)
                     or _THE_GROUP_ACTS.search(sent.text, lowered=lowered) or a_part_acts(sent.text)) and (
                _named_again(dateline[0], mentions, sent.end) or _only_town(names, dateline[0], mentions, sents)) \
                and not _called_a_state(text, dateline[0].query.split(",")[0]):
            # "CIUDAD HIDALGO, Mexico — About 2,000 migrants decided...", "... migrants stuck at the border
            # grew": the lede happens at the dateline; so it does when the article names no other town
            # ("MORALES, Guatemala (KYMA, KECY) - ... police have blocked a migrant caravan").
            stops = [dateline[0]._replace(role="stop", start=-1, end=-1)] + stops
        elif stops and dateline is not None and dateline[1] == n and (sizes or cued) \
                and all(p.start > dateline[0].start and names.names_area(p.key, p.query.split(",")[0])
                        and names.holds(p, dateline[0])
                        and not _LEFT_AN_AREA_BEFORE.search(sent.text, max(0, p.start - 50), p.start) for p in stops):
            # "TAPACHULA, Mexico (AP) — 2,000 migrants set out Tuesday through southern Mexico": the lede's only
            # places (after the dateline: not a headline's) are a country or state the dateline's town lies in;
            # the town is where it happens ("Tapachula, Chis., ... left Chiapas yesterday": not a state it left).
            stops = [dateline[0]._replace(role="stop", start=-1, end=-1)]
        carried_kinds: dict[str, str] = {}
        if stops and sizes and all(p.start in next_stop_at or p.start in plan_next_at for p in stops):
            # "hundreds ... left Tuesday from the Chiapas border state and are headed to Mexico City", "About 1,000
            # migrants are heading to El Paso, Texas": the figure is of the group where it is; the plan's next stop
            # takes none
            whole = [z for z in sizes if about_whole_group(sent.text, z, kind, cued)]
            if whole:
                placeless.append((n, whole, kind, cued, dates_here[0].iso if dates_here else ""))
            sizes = []
        if not stops:
            # "About 1,000 more joined there": the place of the sentence before, same paragraph.
            if goal and cued and kind == "arrival":
                stops, factor = [p._replace(role="stop", start=-1, end=-1) for p in goal], CARRIED_OVER
            elif carry and (sizes or cued) and not (cued and kind == "arrival" and _only_left(drafts, last_stops[1])):
                # (not an arrival at the town the sentence before said the group left: "left Mexicali on
                # Tuesday. They arrived in the city this morning")
                stops, factor = [p._replace(start=-1, end=-1) for p in last_stops[1]], CARRIED_OVER
                if cued and kind == "planned" and any(
                        THE_GROUP_COMMA.search(sent.text, max(0, z.start - 40), z.start) for z in sizes):
                    cued = False  # "The group, now about 400, plans to rest there": its size there now, no plan yet
                if not cued:
                    # "The migrants walked into Escuintla on Wednesday. X, who leads the group of about 1,000,
                    # said they would rest there.": a size with no event of its own is the group's at that
                    # place as told just before (its kind)
                    told = {d["key"]: d["kind"] for d in drafts if d["sentence"].paragraph == sent.paragraph}
                    carried_kinds = {p.key: told[p.key] for p in stops if p.key in told}
            else:
                # (a figure opening a sentence that named its places only as goals is the group, wherever it was
                # held: "Unos 1.500 migrantes ... intentaron entrar a México ..., pero fueron contenidos")
                whole = [z for z in sizes if about_whole_group(sent.text, z, kind, cued) or (
                    goal_only and not z.partitive and not sent.text[:z.start].strip())]
                if whole:
                    placeless.append((n, whole, kind, cued, dates_here[0].iso if dates_here else ""))
                # "Thousands of migrants were deciding Monday whether to rest in this southern Mexico town": no
                # dateline says which town; the first one the story puts the group in (in the country the words
                # name) is, and the figure the sentence starts with is the group there
                said_first = whole or [z for z in sizes[:1] if not sent.text[:z.start].strip()]
                if said_first and dateline is None and not this_town and refers_to_dateline(sent.text, cues):
                    this_town.append((n, said_first, kind, cued, dates_here[0].iso if dates_here else "",
                                      [q for q in places if names.names_area(q.key, q.query.split(",")[0])]))
                continue
        elif all(p.start >= 0 for p in stops):
            last_stops = (sent.paragraph, stops)
        # A sentence that says nothing of the group makes no row, but its places may be where a size said
        # just before it is ("A group of about 2,000 had stopped short of the roadblock. The roadblock stood
        # at a place called Vado Hondo."): they are kept aside for attach_placeless.
        # (a heading told is the group's: "El lunes 13 de enero continuaron su trayecto hacia Huixtla, donde ...")
        # (a part of the group told by a quantifier is the group acting, whatever its verb: "most of them stopped in
        # Huixtla", "la mayoría se quedó en Huixtla"; types-s18-19 F30)
        aside = not (cued or sizes or plan_next_at or next_stop_at
                     or _GROUP_WORD.search(sent.text, lowered=lowered, cues=cues) or a_part_acts(sent.text))
        if not (cued or sizes):
            factor *= NO_EVENT_CUE
        # An ordinary word with no preposition of place (kept only if inside the story's area, see
        # _kept) takes the sentence's kind and date; it does not split the sentence among places.
        positioned = [p for p in stops if p.start >= 0 and (p.key not in names.common or located.get(id(p)))]
        joined = [i > 0 and joined_to_previous(sent.text, positioned[i - 1], q) for i, q in enumerate(positioned)]
        if len(positioned) > 1:
            kinds = place_kinds(kind_text, [(p.start, p.end) for p in positioned], kind_cues, joined, whole=(kind, cued))
        elif positioned and kind not in OVERRIDING and any(q.role != "dateline" and q.start != positioned[0].start
                                                           for q in places):
            # One stop among other names ("caminaban cerca de Villa Comaltitlán, tres días después de
            # haber salido de Tapachula"): its own stretch of the sentence says what happened there.
            marks = sorted({(q.start, q.end) for q in places if q.role != "dateline"}
                           | {(positioned[0].start, positioned[0].end)})
            kinds = [place_kinds(kind_text, marks, kind_cues, whole=(kind, cued))[
                marks.index((positioned[0].start, positioned[0].end))]]
        else:
            kinds = [(kind, cued) for _ in positioned]
        kind_of = {id(p): (("planned", True) if p.start in planned_at else ("departure", True) if p.role == "departure"
                           else ("arrival", True) if p.start in reached_at and k[0] == "departure"
                           else k) for p, k in zip(positioned, kinds)}
        if carried_kinds:
            kind_of.update({id(p): (carried_kinds[p.key], False) for p in stops if p.key in carried_kinds})
        # A clause whose only place is where some are going ("while about 300 went on toward
        # Pijijiapan") keeps its size; where people come from ("from all over Honduras") does not.
        # (not where it declined to go: "Unos 4 mil decidieron no detenerse en La Ventosa ... y siguieron hasta Niltepec")
        others = [q.start for q in places if q.role in ("destination", "feature") and q not in stops
                  and not declined_before(sent.text, q.start, cues)]
        # "luego de salir de Tapachula, unos 1.500 llegaron a Huehuetán", "que salieron de Choloma llegaron a
        # Santa Rosa", "From Tecún Umán about 2,000 crossed to Ciudad Hidalgo": the size is where they got to;
        # never where others wait for them ("para unirse a la caravana que espera en Huixtla").
        elsewhere = {id(p) for p in stops if p.start > 0 and any(0 <= q.end <= p.start for q in stops)
                     and where_others_wait(sent.text, max(q.end for q in stops if 0 <= q.end <= p.start), p.start, cues)}
        # (not where the only other place is where the group is heading: "About 300 set out from Mexicali at dawn
        # toward Tijuana" is the 300 who left Mexicali, the heading takes no figure)
        origins = {id(p) for p in stops if p.role == "departure"} \
            if any(q.start < 0 or (q.role != "departure" and q.start not in planned_at) for q in stops) else set()
        # (a stage told in a clause of what the group did before, with a stop after it: "Tras cruzar el río Suchiate
        # y llegar a Ciudad Hidalgo, unos 3 mil caminaron este domingo hasta Tapachula": the size is Tapachula's)
        origins |= {id(p) for p in stops if p.start >= 0 and any(q.start > p.end for q in stops)
                    and reached_before(sent.text, p.start, cues)}
        # (a departure told in a clause of its own keeps its size: "Unas 600 salieron de Choloma.El miércoles...")
        told_from = [p for p in stops if p.start >= 0 and id(p) not in origins and id(p) not in elsewhere and (
            kind_of.get(id(p), ("",))[0] == "departure" or said_as_origin(sent.text, p.start, cues))]
        if told_from:
            numbers = clause_numbers(sent.text, [max(p.start, 0) for p in stops])
            of = {id(p): c for p, c in zip(stops, numbers)}
            # (beside a town where the group got to, or a country it crossed into, "que partieron de San Pedro
            # Sula lograron entrar en Guatemala"; not beside a country it heads for, "rumbo a la frontera con
            # Guatemala")
            origins |= {id(p) for p in told_from if any(
                of[id(q)] == of[id(p)] and q not in told_from and id(q) not in elsewhere
                and (not names.is_area(q.key) or kind_of.get(id(q), ("",))[0] == "crossing")
                # (not beside the next stop it heads for: "salieron ayer de San Salvador y avanzaron hacia La
                # Hachadura" counts those who left)
                and q.start not in next_stop_at and q.start not in plan_next_at
                for q in stops)}
        # Where a leg the sentence tells set out from ("unas 900 personas que partieron de Huixtla llegaron a
        # Escuintla", "From Tecún Umán about 2,000 crossed to Ciudad Hidalgo"): one figure of a leg is both ends'
        # (ANNOTATING.md, settled case), given to the origin once the place got to has it (below).
        leg_from = origins & ({id(p) for p in stops if p.role == "departure"} | {id(p) for p in told_from})
        here = [p for p in stops if id(p) not in elsewhere] or stops
        all_stops, stops = stops, [p for p in here if id(p) not in origins] or here
        positioned_all, positioned = positioned, [p for p in positioned if p in stops]
        relative = sizes and factor != CARRIED_OVER and ", " in sent.text \
            and _RELATIVE_WORD.search(sent.text, lowered=lowered, cues=cues)
        if factor == CARRIED_OVER or (len(positioned) < 2 and not (others and sizes and positioned) and not relative):
            place_sizes, clauses = [sizes for _ in stops], [0 for _ in stops]
        else:
            numbers, relative = relative_clauses(
                sent.text, [max(p.start, 0) for p in stops] + [z.start for z in sizes] + others
                + [f.start for f in dates_here])
            clauses = numbers[:len(stops)]
            size_clauses = numbers[len(stops):len(stops) + len(sizes)]
            claimed = set(numbers[len(stops) + len(sizes):len(numbers) - len(dates_here)]) - set(clauses)
            place_sizes = sizes_for_places(sizes, clauses, size_clauses, claimed, relative)
            # A size only a relative clause's places would have had goes to where the group is (on its clause's day).
            given = {id(z) for its in place_sizes for z in its}
            left = [z for z in sizes if id(z) not in given and about_whole_group(sent.text, z, kind, cued)]
            if left and relative and not any(c not in relative for c in clauses):
                # "una caravana conformada por más de mil personas, según cálculos oficiales, que salió desde
                # San Pedro Sula": the size names the group whose own event the relative clause right after it
                # tells; with no place in the main clause, that event's place takes it.
                for z in [z for z in left if A_GROUP_COUNTED.search(sent.text, max(0, z.start - 40), z.start)]:
                    told = size_clauses[sizes.index(z)] + 1
                    if told in relative and told in clauses:
                        place_sizes[clauses.index(told)] = place_sizes[clauses.index(told)] + [z]
                        left.remove(z)
            if left and relative:
                day = [f.iso for f, c in zip(dates_here, numbers[len(numbers) - len(dates_here):])
                       if c == size_clauses[sizes.index(left[0])]]
                placeless.append((n, left, "sighting", False, day[0] if day else ""))
        if len(stops) < len(all_stops):
            of_sized = {id(p): (z, c) for p, z, c in zip(stops, place_sizes, clauses)}
            place_sizes = [of_sized.get(id(p), ([], 0))[0] for p in all_stops]
            clauses = [of_sized.get(id(p), ([], 0))[1] for p in all_stops]
        stops, positioned = all_stops, positioned_all
        if sizes and len(stops) > 1:
            # "luego de salir de Tapachula, unos 1.500 llegaron a Huehuetán", "left Honduras ..., gathering an estimated
            # 3,500 people as it made its way across Guatemala": a figure belongs to the places of the verb it is the
            # subject of, not to those of a verb before it (not a next stop it heads for, nor where others wait:
            # those take no figure of the group)
            place_sizes = sizes_to_their_verbs(
                kind_text, sizes, [(-1, -1) if p.start in next_stop_at or p.start in plan_next_at or id(p) in elsewhere
                                   else (p.start, p.end) for p in stops], place_sizes, kind_cues)
        if len(sizes) > 1 and len(positioned) > 1:
            place_sizes = tally_by_place(sent.text, sizes, stops, place_sizes)
        if leg_from and sizes:
            # (the figure of those who reached B is the figure of those who left A: both rows carry it)
            reached = list({id(z): z for q, its in zip(stops, place_sizes) if id(q) not in origins
                            and id(q) not in elsewhere and q.start not in next_stop_at and q.start not in plan_next_at
                            for z in its}.values())
            place_sizes = [its or ([z for z in reached if a_leg_of_its_figure(sent.text, z, p.start, all_kinds[n])]
                                   if id(p) in leg_from and p.start >= 0 else its)
                           for p, its in zip(stops, place_sizes)]
        future_joined = False
        motor = None  # worked out when a row's note is written (see _resolve)
        sentence_future = _may_speak_of_future(sent.text, lowered, cues)
        listed = _state_list(sent.text, stops, names) if len(stops) > 1 else set()
        if listed:
            # "de más de 5 mil personas, que ... ha caminado por Chiapas, Oaxaca y Veracruz": a figure only the states
            # the group went through would hold is the group's where it is that day (attach_placeless)
            kept = {id(z) for p, its in zip(stops, place_sizes) if p.start not in listed for z in its}
            through = [z for p, its in zip(stops, place_sizes) if p.start in listed for z in its
                       if id(z) not in kept and about_whole_group(sent.text, z, kind, cued)]
            if through:
                placeless.append((n, list({id(z): z for z in through}.values()), kind, cued,
                                  dates_here[0].iso if dates_here else ""))
        first_draft = len(drafts)
        moved_on: list = []  # (the days of the sentence's rows that are no plan: the last is the move's a heading is told with)
        for p, its_sizes, clause in zip(stops, place_sizes, clauses):
            if p.start in listed:
                its_sizes = []  # (the states a group went through: where it is counted is no list of them)
            k, k_cued = kind_of.get(id(p), (("planned", True) if p.start in planned_at else (kind, cued)))
            if p.start >= 0 and k != "planned" and sentence_future and (
                    future_between(sent.text, _segment_start(positioned, p), p.start)
                    or (p in positioned and joined[positioned.index(p)] and future_joined)):
                k, k_cued = "planned", True  # "se reunirán en Ciudad de México", "(Pijijiapan, Tonalá...)": not yet
            future_joined = k == "planned" and k_cued
            if plan_next_at and p.start > min(plan_next_at) and p.start not in planned_at \
                    and (k == "planned" or not k_cued):
                continue  # "... through Magdalena de Kino, then past Caborca, Sonoyta and on to Mexicali": later
            if k == "planned" and p.start >= 0 and _alternatives(
                    sent.text, places, next((j for j, q in enumerate(places) if q.start == p.start), 0)):
                continue  # "mañana lleguen a Mapastepec o a Pijijiapan": no plan to draw yet
            now_said = _PRESENT_BEFORE.search(sent.text, max(0, p.start - 60), p.start, lowered=lowered, cues=cues) \
                if p.start >= 0 and p.start not in next_stop_at else None
            if now_said is None and p.start >= 60 and p.start not in next_stop_at:
                # (further back in the same stretch, no comma between: "ahora caminan sobre la carretera 175 desde San
                # José del Pacífico a Miahuatlán")
                far = _PRESENT_BEFORE.search(sent.text, p.start - 110 if p.start > 110 else 0, p.start - 20,
                                             lowered=lowered, cues=cues)
                if far is not None and not any(c in sent.text[far.end():p.start] for c in ",;:()"):
                    now_said = far
            present = p.start >= 0 and ((p.start in next_stop_at and p.start not in next_stop_that_day) or (
                # (not a place of a relative clause after it: "They are what remains of the caravan that had left
                # Tapachula with about 6,000 people in October")
                now_said is not None and not _RELATIVE_BETWEEN.search(sent.text, now_said.end(), p.start)))
            if p in positioned or p.start < 0:
                # (a heading told with the move is dated as the move is: "left Mexicali on Tuesday on their way to
                # Tijuana" left on Tuesday, the day is no plan's of another stretch)
                dating_kinds = {id(q): (kind, cued) if q.start in headed_at else kind_of[id(q)]
                                for q in positioned if id(q) in kind_of} if headed_at else kind_of
                when = date_for_place(sent.text, dates_here, p, positioned, dating_kinds,
                                      kind if p.start in headed_at else k, present, cues,
                                      [f for f in written if len(f.iso.lstrip("~")) == 7 and f not in statement]
                                      if len(dates_here) < len(written) else ())
            else:
                when = dates_here[0] if dates_here else None
            if p.start in headed_at and moved_on:
                when = moved_on[-1]  # ("set out from Mexicali at dawn toward Tijuana": the day it set out)
            elif when is None and p.start in plan_next_at and p.start not in next_stop_at:
                when = _day_it_sets_off(sent.text, p.start, dates_here)
            if p.start not in planned_at:
                moved_on.append(when)
            if (p.start in next_stop_at or p.start in plan_next_at or p.start in planned_at) and any(
                    q.start != p.start and q.start not in planned_at for q in stops):
                # "hundreds ... left Tuesday from the Chiapas border state and are headed to Mexico City": the
                # figure is of those who left, not of the plan's next stop (nor of a plan with its day: "el grupo
                # de 400 ... en Tehuacán emprenderá el viernes su caminata con destino a Tecamachalco")
                its_sizes = []
            told_there = _its_own_relative_clause(sent.text, p, dates_here, sizes) if p.start >= 0 else None
            if told_there is not None and k == told_there[0] and len(stops) == 1:
                # (the main clause's own kind, read without the relative clause: "descansan en Juchitán": a stay)
                k, k_cued = sentence_kind(sent.text[:p.end] + sent.text[told_there[3]:])
            for size in its_sizes or [None]:
                (aside_drafts if aside else drafts).append({
                    "query": p.query, "key": p.key, "kind": k, "cued": k_cued, "own": when.iso if when else "",
                    "present": present, "size": size, "factor": factor,
                    "sentence": sent, "n": n, "clause": clause, "start": sent.start + max(p.start, 0),
                    # ("la ciudad de San Luis Potosí": the town, not the state of the same name)
                    "area": names.is_area(p.key) and not (p.start > 0 and _CITY_OF_BEFORE.search(
                        sent.text, max(0, p.start - 20), p.start)),
                    "town_words": _town_words(sent.text, p.start),
                    "as_area": _as_area(sent.text, p, cues, listed),
                    "located": p.start < 0 or located.get(id(p), False),
                    "motor": motor, "caption": sent.paragraph in captions,
                    "from": _told_as_from(sent.text, p.start),
                    "headline": sent.paragraph == headline, "next_stop": p.start in next_stop_at or p.start in plan_next_at,
                })
            if told_there is not None:
                # "descansan en Juchitán, adonde habían llegado el domingo con unas 3 mil personas": the place's own
                # relative clause is a clause of its own, an event of its own at that place, on its own day
                there_kind, there_day, there_sizes, _ = told_there
                for size in there_sizes or [None]:
                    (aside_drafts if aside else drafts).append({
                        **(aside_drafts if aside else drafts)[-1], "kind": there_kind, "cued": True, "own": there_day.iso,
                        "present": False, "size": size, "next_stop": False})
        if not aside and len(dates_here) > 1 and len(drafts) > first_draft:
            drafts += _events_on_other_days(kind_text, kind_cues, drafts[first_draft:], stops, places,
                                            [f for f in dates_here if f.iso in own_days])
        if not aside and published is not None and len(drafts) > first_draft:
            # (each before its stay: the row the story leaves the group at stays the stay's)
            for stay, arrival in _arrival_of_a_stay(sent.text, drafts[first_draft:], dates_here, published):
                drafts.insert(next(i for i in range(first_draft, len(drafts)) if drafts[i] is stay), arrival)
    date_drafts(drafts, info, sents, published, headline)
    date_drafts(aside_drafts, info, sents, published, headline)
    # A plan is a row for a town it leaves from, or for a day ("saldrán el lunes de San Pedro Sula");
    # a plan to go through a country, or to reach a town some day, names a destination.
    # (or the next stop the group is heading for now: "the group heads towards Corinto")
    # (and a state with its level word the plan names as its next stop for a day: "Mañana planean continuar hacia
    # el estado de Querétaro")
    drafts = [d for d in drafts if d["kind"] != "planned" or (
        not d["area"] or d["next_stop"] and (not names.names_area(d["key"], d["query"].split(",")[0])
                                             or _CITY_IN_NAME.search(d["query"].split(",")[0]))) and (
        d["date_from"] == "own" or d["from"] or d["next_stop"])
        or d["area"] and d["next_stop"] and d["date_from"] == "own" and d["as_area"]]
    # "who entered southern Mexico in recent days": a country or state told over days, with no day of its own.
    # "after a week of walking through the state of Chiapas" names the span right before the area: not that day.
    drafts = [d for d in drafts if not (d["area"] and names.names_area(d["key"], d["query"].split(",")[0]) and (
        (d["date_from"] != "own" and OVER_DAYS.search(d["sentence"].text))
        or OVER_DAYS.search(d["sentence"].text, max(0, d["start"] - d["sentence"].start - 90),
                            d["start"] - d["sentence"].start)))]
    _to_the_storys_town(names, drafts, placeless, this_town, sents)
    attach_placeless(drafts, placeless, sents, info, published, aside_drafts)
    vague_size_to_where_the_day_ended(drafts, sents)
    return drafts, dateline


# A day a stay is told since: "desde el sábado pasado se encuentran en", "since Tuesday ... are stranded in".
_SINCE_A_DAY_BEFORE = re.compile(r"\b(?:since|desde)\s+(?:el\s+|la\s+|last\s+|this\s+past\s+|este\s+|esta\s+)?$", re.I)


def _arrival_of_a_stay(sentence: str, drafts: list[dict], days: list[FoundDate],
                       published: date) -> list[tuple[dict, dict]]:
    """The arrival a stay tells (types-s20-21 F7), a row of its own beside the stay's: a stay said since a day
    (``desde el sábado pasado se encuentran en Mapastepec``, ``since Tuesday ... are stranded in Piedras Negras``)
    arrived that day; one counted in days or weeks (``cumplieron ayer una semana en el albergue de Palenque``, ``llevan
    cinco días en Tapanatepec``, ``has now spent a week in Matamoros``) that many days before the stay's own day (the
    publication day for one told now). The stay keeps its row and its figure; the arrival takes no figure.
    ``drafts``: the sentence's own; ``days``: its days. Returns (the stay's draft, the arrival's) pairs."""
    out: list[tuple[dict, dict]] = []
    seen: set[str] = set()
    for d in drafts:
        if d["kind"] not in ("sighting", "gathering", "blocked") or d["key"] in seen:
            continue
        since = next((f for f in days if len(f.iso.lstrip("~")) == 10 and f.iso != d["own"]
                      and _SINCE_A_DAY_BEFORE.search(sentence, max(0, f.start - 20), f.start)), None)
        if since is not None:
            began = since.iso
        else:
            own = d["own"].lstrip("~")
            began = stay_began(sentence, date.fromisoformat(own) if len(own) == 10 else published)
        if not began or began.lstrip("~") == d["own"].lstrip("~"):
            continue
        seen.add(d["key"])
        out.append((d, dict(d, own=began, kind="arrival", cued=True, present=False, size=None)))
        d["cued"] = True  # (the stay is told: "llevan ya cinco días en Tapanatepec" is a row of its own, not a bare name)
    return out


# Where a verb coordinated with the one before starts: "spent Tuesday night in Ciudad Hidalgo and began walking on
# Wednesday", "durmieron el martes en Huixtla y el miércoles reanudaron la marcha", "llegaron el martes a Huixtla para
# partir al día siguiente" (a conjunction, or a comma, then the rest of the clause).
# (a verb of leaving told by its infinitive after a purpose: "para partir al día siguiente", "to leave the next day")
_TO_LEAVE = re.compile(r"\b(?:partir|salir|reanudar|retomar|emprender|leave|depart|set\s+(?:out|off)|resume)\b", re.I)
_NEXT_VERB = re.compile(r",(?!\d)|\b(?:and|then|y|e|luego|para|before|antes\s+de)\b", re.I)  # (not "1,300")
# A clause of anteriority fronted before the main clause, closed by its comma: "Tras pernoctar el domingo en Tierra
# Blanca, unas 1,300 personas retomaron la marcha el lunes", "After a night at a Saltillo shelter on Wednesday, about
# 600 migrants boarded buses on Thursday" (the prepositions of anteriority, a closed class, then the clause up to its
# first comma): the main clause is the next day's verb, its stretch opened by that comma.
_FRONTED_BEFORE = re.compile(r"(?:tras|despu[ée]s\s+de|luego\s+de|after|following)\s+[^,;:]+(?=,)", re.I)
# (the verbs of setting off again, finite: "retomaron la marcha", "reanudaron su camino", "boarded buses")
_SETS_OFF_AGAIN = re.compile(r"\b(?:retom\w+|reanud\w+|reinici\w+|emprend\w+|abordaron|subieron|boarded|resumed|"
                             r"set\s+(?:out|off)|left|departed|salieron|partieron)\b", re.I)


def _events_on_other_days(sentence: str, candidates, drafts: list[dict], stops: list, places: list,
                          days: list[FoundDate]) -> list[dict]:
    """The rows of verbs coordinated in one sentence, each with its own day and no place of its own (types-s18-19
    F10): ``rested in Huixtla on Tuesday and left on Wednesday`` is a sighting on Tuesday and a departure on
    Wednesday, both at Huixtla (the place told before the verb: where the group was); so is a main clause after a
    fronted clause of anteriority (:data:`_FRONTED_BEFORE`): ``Tras pernoctar el domingo en Tierra Blanca, unas 1,300
    personas retomaron la marcha el lunes ... y por la tarde se instalaban en Córdoba`` is a Sunday row and a Monday
    departure at Tierra Blanca (types-s22-23 F10; its day taken by a place told after the stretch, Córdoba's, or by the
    heading the stretch names, is still the departure's). ``drafts`` are the sentence's
    own (a place whose kind was the other day's verb takes the cue before that verb's stretch), ``stops`` and
    ``places`` its rows' places and all its places, ``days`` its own days."""
    used: set[str] = set()
    planned = {d["start"] - d["sentence"].start for d in drafts if d["kind"] == "planned"}
    told = [(a, b, kind) for a, b, kind in cues_in(sentence, candidates)]
    fronted = _FRONTED_BEFORE.match(sentence)
    out: list[dict] = []
    for f in days:
        if f.iso in used or len(f.iso.lstrip("~")) != 10:
            continue
        # (the stretch of the verb the day is told with: from the conjunction before it to the next one)
        # (opened by a conjunction, not a comma: "In San Pedro Sula, organizers called on Monday for a new caravan
        # to leave ... on Jan. 25" tells no second event of the group; but for the comma that closes a fronted clause
        # of anteriority, _FRONTED_BEFORE)
        opens = [m.start() for m in _NEXT_VERB.finditer(sentence, 0, f.start)]
        if not opens or (sentence[opens[-1]] == "," and not (fronted and opens[-1] == fronted.end())):
            continue
        start = opens[-1]
        after = _NEXT_VERB.search(sentence, f.end)
        end = after.start() if after else len(sentence)
        # (a day a place told after the stretch took is still the stretch's verb's: "retomaron la marcha el lunes ... y
        # por la tarde se instalaban en Córdoba" set off on Monday from where the night was)
        # (nor the heading the stretch names: "reanudaron su camino el martes rumbo a Tierra Blanca" set off, planned)
        if any(d["own"] == f.iso and d["kind"] != "planned" and d["start"] - d["sentence"].start < end for d in drafts):
            continue
        if any(d["own"] == f.iso for d in drafts) and not (fronted and start == fronted.end()
                                                           and _SETS_OFF_AGAIN.search(sentence, start, end)):
            continue
        if any(start <= q.start < end and q.start not in planned for q in stops):
            continue  # ("... and arrived in Tapachula on Wednesday": a place of its own)
        cues = [(a, kind) for a, b, kind in told if start <= a < end]
        if not cues and (leave := _TO_LEAVE.search(sentence, start, end)):
            cues = [(leave.start(), "departure")]  # ("para partir al día siguiente": a plan's day past is a departure)
        if fronted and start == fronted.end() and (again := _SETS_OFF_AGAIN.search(sentence, start, end)):
            cues = [(again.start(), "departure")]  # ("After a night at X on Wednesday, ... boarded buses on Thursday")
        before = [d for d in drafts if d["start"] - d["sentence"].start < start]
        if not cues or not before:
            continue
        kind = cues[0][1]
        if kind != "departure" and any(start <= q.start < end for q in places):
            continue  # (an event at a place that is no row: "habían llegado este sábado ... al puente sobre el río")
        source = before[-1]
        out.append(dict(source, own=f.iso, kind=kind, cued=True))
        used.add(f.iso)
        if source["cued"] and source["kind"] == kind:
            # (the place's own verb is the cue before the other day's stretch, not the stretch's: "rested in Huixtla
            # on Tuesday and left on Wednesday" rested there; none: no cue of its own)
            own = [k for a, b, k in told if a < start]
            source["kind"], source["cued"] = (own[-1], True) if own else ("sighting", False)
    return out


def _to_the_storys_town(names: NameFacts, drafts: list[dict], placeless: list, this_town: list, sents) -> None:
    """A size said of "this town" in an article with no dateline goes to the first town told after it where the
    group is (not one it left or plans to reach; inside the country the sentence names, ``this southern Mexico
    town``, if it names one), on the sentence's day; it then waits for no other place (``placeless``)."""
    for n, sizes, kind, cued, own, areas in this_town:
        target = next((d for d in sorted(drafts, key=lambda d: (d["n"], d["start"])) if d["n"] > n and not d["area"]
                       and d["kind"] not in ("departure", "planned") and not d["caption"]
                       and all(names.holds(a, SimpleNamespace(query=d["query"])) for a in areas[:1])), None)
        if target is None:
            continue
        placeless[:] = [item for item in placeless if item[0] != n]
        for size in sizes:
            drafts.append(dict(target, size=size, sentence=sents[n], n=n, factor=CARRIED_OVER, clause=0,
                               kind=kind if cued else "sighting", cued=cued, own=own, present=False,
                               start=sents[n].start, headline=False, date=own or "~" + target["date"].lstrip("~"),
                               date_from="own" if own else "placeless"))


def _named_again(place, mentions, after: int) -> bool:
    """True when the article names the dateline's place again after ``after`` (the story is about it)."""
    return any(m.key == place.key for m in mentions if m.start >= after)


def _only_town(names: NameFacts, place, mentions, sents) -> bool:
    """True when every other place the article names is a country or a division (or an ordinary word), or is
    named as no place the group is at (``people who had been waiting ... in the Guatemalan town of Tecún
    Umán``: where others were)."""
    starts = [t.start for t in sents]
    for m in mentions:
        if m.key == place.key or m.key in names.common or names.names_area(m.key, m.name):
            continue
        t = sents[max(0, bisect.bisect_right(starts, m.start) - 1)]
        if role_of(t.text, m.start - t.start, m.end - t.start) in ("stop", "departure", "dateline"):
            return False
    return True


_CUE_INDEX: list[CueIndex] = []  # the one index, once built
_CUE_INDEX_LOCK = threading.Lock()


def _cue_index() -> CueIndex:
    """One scan of an article for the words the sentence rules' patterns need (built on first use).

    Built once per process under a lock: a pattern belongs to one index, and the first articles of a
    process may be read on several threads at once (Dask's threaded scheduler).
    """
    if not _CUE_INDEX:
        with _CUE_INDEX_LOCK:
            if not _CUE_INDEX:
                patterns = list(_PLACE_CUE_PATTERNS) + list(_SIZE_CUE_PATTERNS) + [
                    SPEECH_BEFORE, _THERE, _GROUP_WORD, _GROUP_NOUN, _THE_FIGURE, _MOVING_OR_A_GROUP, _STUCK,
                    _RELATIVE_WORD, _PRESENT_BEFORE, _STATE_BEFORE, SIZE_STATEMENT, SIZE_WORDS, _OTHER_YEARS,
                    OTHER_DAYS, _FACILITY_NOUN, _FUTURE_HINTS, EVENT_CLAUSE, THE_ONE_THAT, PLUPERFECT_CLAUSE, GROUP_THAT]
                _CUE_INDEX.append(CueIndex(patterns, starts=CUE_STARTS, known=cached_required_words(
                    [p.pattern for p in patterns if not isinstance(p, CueWords)])))
    return _CUE_INDEX[0]
