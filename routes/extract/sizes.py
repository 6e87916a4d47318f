"""Group sizes in a sentence: only figures that count the moving group.

A figure is read with :func:`routes.counts.parse_count`, the parser of report
files, and kept only when the sentence ties it to the group:

* a group noun follows it (``7,000-8,000 Hondurans``, ``thousands of migrants``,
  ``unos 2.000 migrantes``), with at most two words between;
* or a group word precedes it (``a group of 160``, ``una caravana de unos 3.000``,
  ``a caravan of thousands``), also as an apposition (``the group, about 2,000, arrived``);
* or the group's own verb follows (``about 1,000 more joined``, ``as many as 5,300 had returned``,
  ``unas 200 esperaban``), or a verb of its count precedes (``ya suman más de 1.000``, ``fue de 2 mil``).

``N y M`` / ``N and M`` is a range only after ``entre``/``between`` (``de 400 y 500 personas``: two figures).

Figures written in words (``dos mil``, ``un millar``, ``medio millar``, ``unas 3 mil 500``, ``two
thousand``) are found as spans of number words holding a word of magnitude
(``mil``, ``millar``, ``thousand``, ``hundred``, ``cientos``...) and handed to
the same parser, which reads them (a span it cannot read is skipped).

It is dropped when it is money (``$``, ``dollars``, ``lempiras``), a share
(``%``, ``percent``), a distance or duration, or part of a statistic: a clause
that speaks of a year, a month or a day as a period (``in a year``, ``a day``,
``so far this year``, ``al año``, ``este año``), or of detentions and detections; and
any figure of :data:`NO_GROUP_THIS_BIG` people or more (``hundreds of thousands`` too); and a town's
population (``a small town of about 30,000 people``) or the group others are waiting in
(``para unirse a la concentración de ocho mil personas``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from collections.abc import Iterator
from typing import NamedTuple

from ..counts import QUALIFIERS, Count, CountSyntaxError, parse_count
from .dates import EN_MONTH, ES_MONTH, WEEKDAY
from .kinds import cues_in
from .text import OPENING_PUNCTUATION, CaselessPattern, CueWords, WordPattern
from .words import AUXILIARIES, GROUP_HEADS, GROUP_MOVING_VERBS, GROUP_NOUNS, GROUP_VERBS, RELATIVE_PRONOUNS

# The qualifiers parse_count reads (one table, in routes.counts), words apart by any space.
_QUAL = QUALIFIERS.replace(" ", r"\s+")
# 7,000  7.000  2, 000 (a stray space after the comma, one group only)  160
_NUM = r"\d{1,3}(?:[,.]\d{3})+|\d{1,3},\s\d{3}(?!\d)|\d+"
_MULT = r"(?:\s+(?:mil|thousand))?"
_FIGURE = (
    rf"(?:{_NUM}){_MULT}\s*(?:-|–|—|\bto\b|\band\b|\by\b|\ba\b)\s*(?:{_NUM}){_MULT}"
    rf"|(?:{_NUM}){_MULT}"
)
_VAGUE = (
    r"tens\s+of\s+thousands|decenas\s+de\s+miles|several\s+thousand|a\s+few\s+thousand|several\s+hundred|"
    r"a\s+few\s+hundred|thousands|hundreds|dozens|miles|cientos|centenares|decenas"
)
_HUGE_VAGUE = re.compile(r"\b(?:hundreds|cientos|centenares)\s+(?:of|de)\s+(?:thousands|miles|millares)\b")
_VAGUE_WORDS = ("thousand", "hundred", "dozen", "miles", "cientos", "centenares", "decenas")
# Figures in words: a run of number words (and digits) holding a word of magnitude.
_UNITS = (
    r"un|una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"diecis[ée]is|diecisiete|dieciocho|diecinueve|veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|"
    r"ochenta|noventa|cien|ciento|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an|"
    r"medio|media"  # "medio millar", "un millar y medio": half of a noun of number (routes.counts reads it)
)
_MAGNITUDE = r"mil|millar|millares|centenar|centenares|thousand|hundred|million|millones|mill[óo]n|(?:dos|tres|cuatro|quinien|seis|sete|ocho|nove)cient[oa]s"
_NUMBER_WORD = rf"(?:{_MAGNITUDE}|{_UNITS}|\d{{1,3}})"
_WORD_FIGURE = CaselessPattern(rf"\b{_NUMBER_WORD}(?:(?:\s+|-)(?:y\s+|and\s+)?{_NUMBER_WORD}){{0,5}}\b")
#: "the estimated 4,000 migrants", "Los mas de mil 500 personas", "los casi ocho mil migrantes": a figure
#: after a definite article counts the group as known (any qualifier of routes.counts between).
THE_FIGURE = WordPattern(
    rf"\b(?:the|los|las)\s+(?:(?:{_QUAL})\s+){{0,2}}(?:\d|(?:{_UNITS})\s+(?:mil|thousand|hundred)\b|mil\b)")
# "a"/"an" read as one only before an English word of magnitude ("a thousand", "a hundred"); before a figure or a Spanish
# number word it is the Spanish preposition ("creció a mil personas", "subió a 3 mil 500").
_NO_ARTICLE_NUMERAL = re.compile(r"an?[\s-]+(?!(?:hundred|thousand|million|dozen)\b)", re.I)
_BARE_MAGNITUDES = frozenset(("hundred", "thousand", "million", "millar", "millares", "centenares"))
_HAS_MAGNITUDE = re.compile(rf"\b(?:{_MAGNITUDE})\b", re.I)
_MAGNITUDE_WORD = WordPattern(rf"\b(?:{_MAGNITUDE.replace('(?:dos|tres|cuatro|quinien|seis|sete|ocho|nove)cient[oa]s', 'doscient[oa]s|trescient[oa]s|cuatrocient[oa]s|quinient[oa]s|seiscient[oa]s|setecient[oa]s|ochocient[oa]s|novecient[oa]s')})\b")
# "the group, about 2,000, arrived": a figure set off by commas after the group.
_GROUP_WORD_ALONE = re.compile(rf"(?:{GROUP_HEADS}|{GROUP_NOUNS}|caravans|caravanas)", re.I)


def _is_group_word(text: str) -> bool:
    """True when ``text`` ends with a word for the group (``the group``, ``la caravana``)."""
    last = _LAST_WORD.search(text)
    return bool(last) and _GROUP_WORD_ALONE.fullmatch(last.group(1)) is not None
# A figure starts a run of digits not written after a letter, a currency sign or a decimal
# point (see _figures); its qualifier is read behind it.
_NUMERIC = CaselessPattern(rf"(?P<figure>{_FIGURE})(?P<more>\s+(?:more|additional|other|más))?(?![\w%]|[.,]\d)")
_DIGITS = re.compile(r"\d+")
_NOT_BEFORE_FIGURE = "_$€£.,"
# The last word of every qualifier (and of "between"/"entre"): the lead is looked for only after one.
_LEAD_END_WORDS = frozenset(
    "about around some approximately approx roughly circa ca estimated at en nearly almost to under least than over "
    "above of as up unos unas de aproximadamente casi menos hasta another otros otras between entre "
    # (the verbs that say "more than", and their article: "superaban 400", "rebasaron los 1.000", "exceeded 7,000")
    "superan superaban superaron rebasan rebasaban rebasaron los las exceeded surpassed".split()
)
_NOW_AFTER_COMMA = re.compile(r",\s*(?:now|ya|ahora)$", re.I)
_DASH_ASIDE = re.compile(rf"\b(?:{GROUP_NOUNS}|{GROUP_HEADS}|caravans|caravanas)\s*[–—]\s*[^–—]{{0,80}}$", re.I)
# What closes a figure's aside between dashes: the dash, or a word or two and the dash ("7,200 and growing –").
_DASH_CLOSES = re.compile(r"(?:\s+[\w-]+){0,3}\s*[–—]")
# A figure set off after the group's noun whose aside goes on with a second member ("Las personas, alrededor de unas
# 2.000 y entre las que hay niños, llegaron", "the marchers, some 900 and among them many children, reached").
_APPOSITION_GOES_ON = re.compile(r"\s+(?:y|and)\s+(?:entre|among|including|incluidos|incluidas)\b", re.I)
# A range said high bound first after "between"/"entre" (read low bound first: parse_count refuses a range that runs
# backwards).
_BACKWARDS_RANGE = re.compile(rf"(?P<head>(?:.*\s)?(?:between|entre)\s+)(?P<high>(?:{_NUM}){_MULT})\s+(?P<join>and|y)\s+"
                              rf"(?P<low>(?:{_NUM}){_MULT})", re.I)
_TWO_QUALIFIERS = re.compile(rf"((?:{_QUAL}))\s+(?:{_QUAL})\s+(?=\d|(?:{_UNITS})\b)", re.I)
_LEAD_BEFORE = CaselessPattern(rf"(?:(?:{_QUAL})\s+){{0,2}}(?:(?:between|entre)\s+)?$")  # "estimated at around"
_VAGUE_RE = WordPattern(rf"\b(?P<vague>{_VAGUE})(?:\s+(?:more|more\s+of|of|de|more\s+de))?(?=[\s,;])")  # "a caravan of thousands, which"
# (or "strong": "the caravan is now about 5,000 strong", "a 1,500-strong caravan", and the figure compounded with the
# people it counts, "a 500-person caravan", "a 1,200-member caravan", not "a 200-member police unit"; or an official
# count: "3.602 según el conteo oficial")
_NOUN_AFTER = re.compile(rf"-(?:strong|person|people|member|migrant)\b(?!\s+(?:police|security|army|military|troops?|forces?|guards?|officers?|agents?)\b)|\s+(?:(?:[\w-]+\s+){{0,2}}?(?:{GROUP_NOUNS})|strong|(?:seg[úu]n|according\s+to)\s+"
                         r"(?:el\s+|la\s+|los\s+|las\s+|an?\s+|the\s+)?(?:conteos?|cifras?|registros?|censos?|counts?|tally|figures?)"
                         r"\s+(?:oficial(?:es)?|official))\b", re.I)
_VAGUE_NOUN_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{GROUP_NOUNS})\b", re.I)
# (also in a relative clause: "part of the 7,000 to 10,000 who crossed into Mexico")
_VERB_AFTER = re.compile(rf"\s+(?:more\s+)?(?:who\s+|que\s+|quienes\s+)?(?:had\s+|have\s+|has\s+|were\s+|han\s+|hab[íi]an\s+|ya\s+)?"
                         rf"(?:{GROUP_VERBS})\b", re.I)
_HEAD_BEFORE = WordPattern(rf"\b(?:{GROUP_HEADS})\s+(?:of|de)\s+$")
# (the unit may come after more figures that share it: "two 4 and 2-year-old children", "niños de 3, 5 y 8 años",
# "10 or 15 kilometres"; an age, "a 12-year-old", "de 12 años de edad", is a unit too)
_NOT_PEOPLE_AFTER = CaselessPattern(
    r"(?:(?:\s*,\s*|\s+(?:and|y|or|o|to|a)\s+)\d{1,3}(?![\d,.]))*"
    r"\s*(?:-?\s*(?:year|month|week)s?[-\s]+old\b|%|percent|per\s*cent|por\s+ciento|miles\b|mi\b|km\b|kilomet|kil[óo]metros|metros|meters|"
    r"dollars|d[óo]lares|lempiras|quetzales|pesos|euros|hours|horas|days|d[íi]as|weeks|semanas|"
    r"months|meses|years|a[ñn]os|officers|police|polic[íi]as|soldiers|soldados|troops|agents|agentes|"
    r"guards|guardias|arrests|detentions|deportations|buses|trucks|camiones|autobuses|vehicles|"
    r"kilograms|tons|toneladas|grados|degrees|°|inhabitants|residents|habitantes|residentes|pobladores)",
)
# "a small town of about 30,000 people", "un municipio de 40 mil habitantes": a population, not the group.
_POPULATION_BEFORE = re.compile(
    r"\b(?:town|city|village|municipality|community|ciudad|pueblo|municipio|localidad|poblado|comunidad)\s+(?:of|de)\s+$",
    re.I)
_MONEY_BEFORE = re.compile(r"(?:[$€£]|US\$|USD|L\.|Q\.)\s*$", re.I)
_PERIOD = r"\s+(?:year|month|day|week)\b(?!\s+(?:after|before|ago|later|earlier|since|of))"  # "a year", not "a day after"
_WHOLE_PERIOD = r"\s+(?:year|month)\b"
_A_CENTRE_AFTER = r"(?=[^,;.]*\b(?:cent(?:er|re)|facility|estaci[óo]n|centro)\b)"  # "held ... in the Processing Center"
_HELD_AFTER = r"(?=[^,;.]*\b(?:held|retenid[oa]s|recluid[oa]s)\b)"  # "en la estación migratoria permanecían retenidos"
_PAST_DAYS = r"\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks?)\b"  # "in the past week", "over the last seven days"
_ULTIMOS_DIAS = r"\s+(?:los|la)\s+[úu]ltim[oa]s?\s+(?:\w+\s+)?(?:d[íi]as|semanas?)\b"  # "en los últimos siete días"
# Each alternative starts with its own letters (no shared group first), so the regex engine
# skips to where one of those letters is written.
_STATISTIC = WordPattern(
    rf"\b(?:a{_PERIOD}|per{_PERIOD}|each{_PERIOD}|every{_PERIOD}|"
    rf"this{_WHOLE_PERIOD}|last{_WHOLE_PERIOD}|that{_WHOLE_PERIOD}|the\s+whole{_WHOLE_PERIOD}|the\s+fiscal{_WHOLE_PERIOD}|"
    r"in\s+(?:a|one|the\s+first\s+\w+|\w+)\s+(?:years?|months?)\b|annually\b|so\s+far\b|fiscal\b|"
    r"al\s+(?:a[ñn]o|d[íi]a|mes)\b|este\s+(?:a[ñn]o|mes)\b|por\s+(?:a[ñn]o|d[íi]a|mes)\b|cada\s+(?:a[ñn]o|d[íi]a|mes)\b|"
    r"en\s+lo\s+que\s+va\b|en\s+(?:un|el)\s+a[ñn]o\b|en\s+(?:los\s+)?(?:\w+\s+){0,2}(?:meses|a[ñn]os)\b|detect|apprehen|arrests?\b|"
    r"detenid|detenciones\b|detained|detuvieron|arrested|record\b|statistic|estad[íi]stic|"
    r"since\s+(?:19|20)\d\d\b|desde\s+(?:19|20)\d\d\b|"
    # custody and shelter figures: those released, processed or held in a centre, a centre's capacity, the people
    # agents met over days ("released 1,744 migrants in El Paso", "designed to temporarily hold 3,500", "liberaron a
    # 1.300", "capacidad para 250", "encountered almost 15,000 migrants in the past week")
    r"released\b|processed\b|encountered\b|encounters\b|liberad[oa]s\b|liberaron\b|liber[óo]\b|"
    r"puest[oa]s\s+en\s+libertad\b|capacity\b|capacidad\b|to\s+(?:temporarily\s+)?hold\b|can\s+hold\b|could\s+hold\b|"
    rf"held\b{_A_CENTRE_AFTER}|retenid[oa]s\b{_A_CENTRE_AFTER}|recluid[oa]s\b{_A_CENTRE_AFTER}|"
    rf"cent(?:er|re)\b{_HELD_AFTER}|facility\b{_HELD_AFTER}|estaci[óo]n\b{_HELD_AFTER}|centro\b{_HELD_AFTER}|"
    rf"in\s+the{_PAST_DAYS}|over\s+the{_PAST_DAYS}|during\s+the{_PAST_DAYS}|"
    rf"en{_ULTIMOS_DIAS}|durante{_ULTIMOS_DIAS}|weekly\b|semanal\b|"
    # a running total up to a day: "more than 2,300 had been returned through Monday", "5,100 were held as of Sunday"
    r"through\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|as\s+of\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r")"
)
# Every statistic pattern above contains one of these: the long pattern runs only when one occurs.
_STATISTIC_WORDS = (
    "year", "month", "day", "week", "annual", "so far", "fiscal", "año", "ano", "día", "dia", "mes",
    "en lo que va", "detect", "apprehen", "arrest", "detenid", "detencion", "detained", "detuvieron", "record",
    "statistic", "estad",
    "since", "desde",
    "releas", "process", "encounter", "libera", "libertad", "capaci", "hold", "held", "retenid", "recluid",
    "past", "last", "ltim", "weekly", "semanal", "through", "as of",
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# "Los migrantes ya suman más de 1.000", "the caravan numbered about 3,000": a figure after the group's count verb.
# "Son entre 150 y 200 personas y su objetivo es...", "They are about 300 people", "Eran casi mil", "Serían unos 600":
# a sentence that opens with a copula and a figure (in digits or words) says what the group numbers, its subject
# left unsaid.
_OPENING_COPULA = OPENING_PUNCTUATION + r"(?:son|eran|ser[íi]an|suman|sumaban|they\s+are|they\s+were|they\s+number|they\s+numbered)\s+"
_NUMBER_WORD = (r"\d|(?:mil|millar|cien|ciento|cientos|centenares|miles|millares|decenas|docenas|dos|tres|cuatro|cinco|seis|"
                r"siete|ocho|nueve|diez|hundreds|thousands|dozens|one|two|three|four|five|six|seven|eight|nine|ten|a\s+"
                r"(?:hundred|thousand))\b")
OPENS_WITH_ITS_NUMBER = re.compile(rf"{_OPENING_COPULA}(?:(?:{_QUAL}|entre|between|un|una|unos|unas)\s+)*(?:{_NUMBER_WORD})", re.I)
_OPENS_WITH_A_COPULA = re.compile(_OPENING_COPULA, re.I)
_NUMBERS_BEFORE = re.compile(
    r"\b(?:(?:suma|suman|sumaba|sumaban|sumaron|number|numbers|numbered|numbering|totaled|totalled|totaling|totalling)"
    r"(?:\s+(?:just|only|apenas|s[óo]lo|solamente))?|"  # "The group numbered just 160 Friday morning"
    r"swelled\s+to|grew\s+to|grown\s+to|creci[óo]\s+a|(?:fue|fueron|es|son|era|eran)\s+de|"
    # what a source put the group's number at: "reported the group to be over 1,000", "calculó en 500 el número de
    # migrantes" (see attach_sizes.SIZE_WORDS, the same statement; "estimated the total number of migrants at 500":
    # _NUMBER_OF_THE_GROUP_IS)
    r"(?:group|caravan|crowd|column|contingent|grupo|caravana|contingente)\s+to\s+(?:be|number|total)|"
    r"(?:estim|calcul|cifr)\w*\s+en|"
    # a total: "totalizando más de 1.500 en la zona", "bringing the total to 3,000"
    r"totaliz(?:ando|an|aron|aba|aban)|en\s+total|un\s+total\s+de|(?:for|to)\s+a\s+total\s+of|"
    r"(?:bringing|brought|raising|raised|taking|took)\s+(?:the\s+|their\s+)?(?:total|number|count)\s+to|"
    # "Los migrantes, que ya son unos 3.000, descansan": the group's count in its relative clause
    r"(?:que|quienes|who)\s+(?:ya\s+|now\s+|already\s+)?(?:son|eran|are|were)(?:\s+(?:ya|now|already))?)\s+$", re.I)
# A noun of number whose complement is the group, then a copula or "at"/"en", then the figure: the figure is the group's
# number, no group noun after it (types-s22-23 F30): "the number of migrants was around 12,000", "putting the estimate
# of individual arrivals at around 1,100", "the total of Hondurans there stood at 1,200", "el número de migrantes era
# de unos 4 mil", "la cifra de hondureños ascendía a 2 mil 300", "calcularon el número de personas en 3 mil".  (A few
# words may come between the group and the copula: "the number of migrants camped in Del Rio was about 9,000".)
_NUMBER_NOUNS = ("number", "total", "count", "tally", "estimate", "size", "n[úu]mero", "cifra", "cantidad", "conteo",
                 "estimaci[óo]n", "c[áa]lculo")
_NUMBER_COPULA = (
    r"at|en|was|is|were|are|stood\s+at|stands\s+at|had\s+reached|has\s+reached|reached|rose\s+to|grew\s+to|"
    r"climbed\s+to|(?:may|might|could|would|will)\s+be|had\s+been|has\s+been|topped|exceeded|"
    r"era|es|fue|ser[íi]a|ascend[íi]a\s+a|asciende\s+a|ascendi[óo]\s+a|rondaba|ronda|rond[óo]|lleg[óo]\s+a|llegaba\s+a|"
    r"alcanz[óo]|alcanzaba|super[óo]|superaba")
_OF_THE_GROUP_IS = (
    rf"\s+(?:of|de)\s+(?:the\s+|los\s+|las\s+)?(?:[\w-]+\s+){{0,2}}?(?:{GROUP_NOUNS}|{GROUP_HEADS}|arrivals|llegad[oa]s)\b"
    rf"(?:[^.;:]{{0,40}}?\s|\s*,?\s+(?:(?:already|now|ya|ahora)\s+)?)(?:{_NUMBER_COPULA})(?:\s+(?:de|of|los|las))?\s+")
#: The noun of number of the group and its copula, up to the figure (``the number of migrants was``, ``el número de
#: personas era de``), one alternative a noun (each starts with its letters: see :class:`~.text.WordPattern`): also
#: :data:`routes.extract.attach_sizes.SIZE_WORDS`'s, a sentence that says what the group numbers.
NUMBER_OF_THE_GROUP_IS = tuple(noun + _OF_THE_GROUP_IS for noun in _NUMBER_NOUNS)
_NUMBER_OF_THE_GROUP_IS = re.compile(rf"\b(?:{'|'.join(NUMBER_OF_THE_GROUP_IS)})$", re.I)
_PARTITIVE_BEFORE = re.compile(r"\b(?:de\s+(?:ellos|ellas|estos|estas)|of\s+(?:them|those|these))\s*,?\s*$", re.I)
# "para unirse a la concentración de ocho mil personas", "to join a caravan of 5,000": the group joined, not this one.
_JOINED_GROUP_BEFORE = re.compile(
    r"\b(?:join|joined|joining|joins|unirse|unirán|unir|sumarse|se\s+unieron|se\s+sumaron)\s+(?:a\s+|al\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:of|de)\s+$|"
    # "sumándose a unos 800 que ya estaban", "joining some 800 already there": those joined, a part of the total
    r"\b(?:sum[áa]ndose|uni[ée]ndose|se\s+sumaron|se\s+unieron|se\s+suman|se\s+unen|se\s+sum[óo]|se\s+uni[óo])\s+"
    r"(?:a\s+|al\s+)(?:l[oa]s\s+)?$|\b(?:joining|joined|join|joins)\s+(?:the\s+)?$", re.I)
_TOTAL_BEFORE = re.compile(
    r"\b(?:totaliz(?:ando|an|aron|aba|aban)|en\s+total|un\s+total\s+de|(?:for|to)\s+a\s+total\s+of|"
    r"(?:bringing|brought|raising|raised|taking|took)\s+(?:the\s+|their\s+)?(?:total|number|count)\s+to)\s+$", re.I)
# "hundreds of them gathered", "cientos de ellos pasaron la noche", "400 of them crossed": the group by its pronoun
_PRONOUN_OF = re.compile(r"\s*(?:(?:of|de)\s+)?(?:them|those|these|ellos|ellas|estos|estas)\b", re.I)
_PARTITIVE_AFTER = re.compile(r"\s+(?:de\s+(?:los|las|ellos|ellas|estos|estas)|of\s+(?:the|them|those|these))\b", re.I)
# A part of the group said by closed-class words as the subject of a clause (types-s18-19 F30): a quantifier
# pronoun ("most", "the rest", "la mayoría", "el resto", "los demás") alone or heading a partitive whose complement is a
# personal pronoun or a definite noun of the group ("most of them", "la mayoría de las personas"), then the clause's
# finite verb, whatever the verb: an auxiliary or copula, or a verb told by its inflection (English "-ed" and the
# irregular past, Spanish preterite, imperfect and present plural endings; a clitic or an adverb may come first).
_PART_PRONOUNS = r"them|those|these|us|ellos|ellas|estos|estas|nosotros|nosotras"
_OF_THE_GROUP = (rf"\s+(?:of|de)\s+(?:{_PART_PRONOUNS}|(?:the|these|those|los|las|la|el|estos|estas|esos|esas)\s+"
                 rf"(?:[^\W\d]+\s+)?(?:{GROUP_NOUNS}|{GROUP_HEADS}))\b")
# ("others", "otros" are left out: as often other people than the group's, "others, such as EFE, claimed")
_QUANTIFIER = (r"most|many|some|several|all|both|the\s+rest|the\s+remainder|the\s+majority|a\s+majority|"
               r"la\s+mayor[íi]a|el\s+resto|los\s+dem[áa]s|las\s+dem[áa]s|muchos|muchas|algunos|algunas|"
               r"varios|varias|todos|todas|ambos|ambas")
_IRREGULAR_PAST = (r"spent|slept|went|came|ran|rode|stood|kept|left|took|got|made|began|fled|sought|set|found|held|lay|"
                   r"sat|fought|swam|drove|flew|caught|brought|gave|broke|stayed|met|led|built|hid|sent|bought|paid|"
                   r"lost|won|ate|drank|saw|chose|woke|forded|overran|threw|tore")
_FINITE_VERB = (
    r"(?:(?:also|then|still|later|already|now|eventually|finally|reportedly|[a-z]+ly|también|ya|luego|no|se|nos|les|"
    r"lo|los|las|finalmente|después|todavía|aún)\s+){0,2}"
    r"(?:are|were|was|is|had|have|has|will|would|could|can|did|do|may|might|must|should|"
    rf"[a-z]{{2,}}ed|{_IRREGULAR_PAST}|"
    r"fueron|fue|son|eran|era|es|están|estaban|está|estaba|estuvieron|han|habían|había|ha|hab[ií]a|van|iban|fue|"
    # (Spanish endings that English words do not have: not "-an", "-ian", "-o": "Mexican", "Indian", "into")
    r"[a-záéíóúñ]{2,}(?:aron|ieron|yeron|aban|ían|ó|arán|erán|irán))\b")
FINITE_VERB_AFTER = re.compile(r"\s*,?\s+" + _FINITE_VERB, re.I)
#: A preposition or article right before the words: they are no subject ("talked to most of them", "con la mayoría").
_NO_SUBJECT_BEFORE = re.compile(
    r"\b(?:to|for|with|of|by|from|at|in|on|among|between|about|like|than|the|a|an|al|a|con|de|del|para|por|entre|"
    r"sobre|contra|hacia|hasta|que|como|los|las|unos|unas|through|until|since|after|before|during|aged|ages|desde|"
    r"tras|durante)\s*$", re.I)
# (an aside may come between: "Most of them, however, were stopped")
_A_PART_ACTS = re.compile(rf"\b(?:{_QUANTIFIER})(?:{_OF_THE_GROUP})?(?=(?:\s*,\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*,)?\s*,?\s+{_FINITE_VERB})",
                          re.I)


# ... or a figure heading a partitive of a pronoun ("5,771 of those were departing", "2 mil de ellos fueron trasladados")
_A_FIGURE_OF_THEM = re.compile(rf"(?:\d|\b(?:{_VAGUE})\b)(?:[\d.,]*\d)?(?:\s+(?:mil|thousand))?\s+(?:of|de)\s+"
                               rf"(?:{_PART_PRONOUNS})\b(?=\s*,?\s+{_FINITE_VERB})", re.I)


# The group as the subject said after its verb (types-s22-23 F4, F30): a clause that opens on where or when, then a verb
# of being, staying or moving, then the figure (its qualifier first): "A bordo viajaban unos 800 migrantes", "En la
# central había unos 700 migrantes", "permanecían hasta ayer al menos mil personas", "entraron a San Pedro Tapanatepec
# alrededor de mil 500 el lunes"; "On board the train were some 650 Venezuelans", "Behind the police line stood
# roughly 900 Hondurans", "Stranded at the sports field were some 2,500", "there were about 700 migrants".  Spanish: an intransitive verb of presence or motion (a class:
# haber, estar, encontrarse, quedarse, permanecer, viajar, ir, venir, llegar, salir, entrar...), then only words of time,
# prepositions, articles and names before the figure; English: the verb after "there" or after a fronted place phrase
# or participle ("Perched on top of the cars were").
_PRESENCE_VERB_ES = (
    r"hay|hab[íi]a|hubo|habr[áa]|estaban|est[áa]n|estuvieron|se\s+encontraban|se\s+encuentran|se\s+encontraron|"
    r"permanecen|permanec[íi]an|permanecieron|se\s+quedaron|quedaron|quedaban|se\s+quedaban|descansan|descansaban|"
    r"descansaron|aguardan|aguardaban|acamparon|pernoctaron|pernoctaban|durmieron|dorm[íi]an|viajaban|viajan|viajaron|"
    r"ven[íi]an|vienen|iban|van|llegaron|llegan|llegaban|arribaron|salieron|salen|partieron|entraron|ingresaron|"
    r"avanzaron|avanzaban|caminaron|caminan|caminaban|marchaban|regresaron|retornaron|se\s+reunieron|se\s+concentraron")
_BETWEEN_VERB_AND_SUBJECT = (
    r"a|al|en|el|la|los|las|de|del|hasta|desde|ayer|hoy|anoche|todav[íi]a|a[úu]n|ya|tambi[ée]n|s[óo]lo|noche|tarde|"
    r"mañana|madrugada|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|este|esta|(?-i:[A-ZÁÉÍÓÚÑ][\w-]*),?")
_PRESENTED_ES = re.compile(rf"\b(?:{_PRESENCE_VERB_ES})(?:\s+(?:{_BETWEEN_VERB_AND_SUBJECT})){{0,6}}\s+$", re.I)
_PRESENTED_EN = re.compile(
    r"(?:^\W*|[,;:]\s+)(?:there|(?:on|in|at|inside|outside|aboard|near|under|behind|along|beside|[a-z]{3,}ing|[a-z]{3,}ed)"
    r"\b[^,;.]{0,50}?)\s+"
    r"(?:were|was|are|is|remained|stood|sat|lay|slept|waited|camped|rested|stayed|rode|huddled|gathered)\s+$", re.I)


def presented_subject(sentence: str, start: int) -> bool:
    """True when the figure written at ``sentence[start:]`` (its qualifier included) is the subject of a verb of
    being, staying or moving said before it, its clause opening on where or when (``A bordo viajaban unos 800
    migrantes``, ``En la central había unos 700``, ``On board the train were some 650 Venezuelans``, ``there were
    about 700 migrants``): it says who is there, the group."""
    return _PRESENTED_ES.search(sentence, max(0, start - 100), start) is not None \
        or _PRESENTED_EN.search(sentence, 0, start) is not None


def a_part_acts(sentence: str) -> bool:
    """True when a quantifier or a figure with no noun of its own names the group, or a part of it, as the subject of
    a clause's verb, whatever the verb (``most of them stopped in Huixtla``, ``The majority spent the night``, ``la
    mayoría se quedó``, ``el resto descansó``, ``5,771 of those were departing``; not ``talked to most of them``,
    ``most of them from Honduras``): the clause tells the group's event (types-s18-19 F30)."""
    if _A_FIGURE_OF_THEM.search(sentence) is not None:
        return True
    for m in _A_PART_ACTS.finditer(sentence):
        if _NO_SUBJECT_BEFORE.search(sentence, max(0, m.start() - 12), m.start()) is None:
            return True
    return False


_YEAR_LEAD = re.compile(r"(?:\b(?:in|of|since|until|de|del|en|desde)|[a-z.]\s*\d{1,2},?)\s*$", re.I)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:while|whereas|but|and|mientras|pero|y)\b|"
    # a concessive clause after a comma ("..., though some 500 stayed behind in Tapachula", ", aunque unos 500 se
    # quedaron en"): what a part did, its places not the main clause's
    r",\s+(?:though|although|even\s+though|aunque|a\s+pesar\s+de\s+que|pese\s+a\s+que|si\s+bien)\b|"
    # two sentences run together where a page lost a space ("...las autoridades.Nicaragüenses salieron")
    # (the full stop first, the letters before it looked back at from after it: a look-behind at every
    # position of the sentence was most of the search's time)
    r"(?-i:\.(?<=[a-záéíóúñ]{2}\.)(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ]))|"
    # "while", and a relative clause about an earlier event: "..., a portion of a caravan that had left San
    # Pedro Sula" (after one run of spaces, tried once there: only the whole run can come before a word)
    r"\s+(?:(?:while|whereas|mientras)\s+|"
    r"(?:that|which|who|que|quienes)\s+(?:had|has|have|hab[íi]an?|han|ha)\s+(?:already\s+|ya\s+)?\w+|"
    # a clause of its own with its own figure: "Some 300 left San Salvador on Tuesday and about 1,000 reached La
    # Hachadura on Wednesday", "y el miércoles unos mil llegaron a" (not a range: "between 300 and 500")
    r"(?<!\d\s)(?:and|y|e)\s+(?:(?:then|later|on\s+\w+|by\s+\w+|that\s+\w+|luego|despu[ée]s|el\s+\w+|esa?\s+\w+)\s+)?"
    r"(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than|at\s+least|another|unos|unas|cerca\s+de|"
    r"alrededor\s+de|m[áa]s\s+de|casi|otros|otras)\s+)?(?:\d|(?:a|one|two|three|four|five)\s+thousand\b|hundreds\b|"
    r"thousands\b|(?:dos|tres|cuatro|cinco)\s+mil\b|mil\b|miles\b|cientos\b|centenares\b))", re.I)


#: No moving group has numbered this many (the largest caravans were some tens of thousands): a figure
#: from this many up is a statistic ("hundreds of thousands pass each year", "2 millones este año").
NO_GROUP_THIS_BIG = 100_000


class FoundSize(NamedTuple):
    """A group size found in a sentence: the words, the parsed count, and where it was written.

    ``partitive`` marks a part of the group (``21 de los migrantes``, ``400 of them``).
    """

    words: str
    count: Count
    start: int
    end: int
    partitive: bool = False


def clause_numbers(sentence: str, offsets: list[int]) -> list[int]:
    """The clause (0, 1, ...) of ``sentence`` each offset falls in.

    Clauses end at ``;`` or ``:``, and before ``, while``, ``, but``,
    ``, and``, ``mientras``, ``pero``...: where the sentence turns to another
    subject.
    """
    if len(offsets) < 2:
        return [0 for _ in offsets]
    breaks = _breaks(sentence)
    return [bisect.bisect_right(breaks, at) for at in offsets]


def clause_breaks(sentence: str) -> list[int]:
    """Where the sentence's clauses end (the offsets :func:`clause_numbers` splits at)."""
    return list(_breaks(sentence))


@lru_cache(maxsize=4)
def _breaks(sentence: str) -> list[int]:
    """Where the sentence's clauses end (the sentence being read is asked about several times in a row: a
    few answers are kept, not thousands, which only served sentences met again in other articles; the
    benchmark's articles repeat a pool of sentences, real ones do not)."""
    return [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]


# A relative clause set off by a comma tells of another moment: "the caravan, which set out Tuesday from...".
_RELATIVE = re.compile(r",\s+(?:which|who|where|que|quienes|donde)\b", re.I)


def relative_clauses(sentence: str, offsets: list[int]) -> tuple[list[int], frozenset[int]]:
    """Clause numbers as :func:`clause_numbers` gives them, with a break before each relative clause set
    off by a comma (``, which set out on Tuesday...``) and at the comma that closes it, and the numbers of
    those relative clauses."""
    starts = [m.start() for m in _RELATIVE.finditer(sentence)]
    # "La caravana de miles, que partió desde Tapachula, llegó a Mapastepec": the comma after it ends it.
    ends = [sentence.find(",", m.end()) for m in _RELATIVE.finditer(sentence)]
    breaks = sorted(set(_breaks(sentence)) | set(starts) | {e for e in ends if e >= 0})
    relative = frozenset(bisect.bisect_right(breaks, at) for at in starts)
    return [bisect.bisect_right(breaks, at) for at in offsets], relative


def sizes_for_places(
    sizes: list[FoundSize], place_clauses: list[int], size_clauses: list[int], claimed: set[int] = frozenset(),
    relative: frozenset[int] = frozenset(),
) -> list[list[FoundSize]]:
    """For places in the clauses ``place_clauses``, the sizes each one takes (``size_clauses``: theirs).

    A size goes to the places of its own clause ("several hundred crossed at
    Agua Caliente, while others waited in Ocotepeque": not Ocotepeque's); a
    size in a clause that names no place goes to them all, unless the clause
    is ``claimed`` by a place that is not a stop ("while about 300 went on by
    bus toward Pijijiapan": a part of the group going elsewhere), and not to the
    places of a ``relative`` clause, which tells of another moment ("about 1,500
    were taking part in the caravan, which set out on Tuesday from San Pedro
    Sula": not San Pedro Sula's; such a size is left to where the group is).
    A relative clause with a figure and no place tells of the place right before
    it ("More than 1,000 waited in Mexicali, ... to Tijuana, where another 2,400
    have gathered": Tijuana's 2,400, and Mexicali's 1,000 only).
    Clause numbers come from :func:`clause_numbers` or :func:`relative_clauses`.
    """
    # A relative clause with a figure and no place of its own ("..., Tijuana, where another 2,400 have gathered")
    # tells of the place right before it: the last place of the clause before; that place gives the figure of its own
    # clause to the other places there, if any.
    antecedent: dict[int, int] = {}  # a relative clause with a figure -> the index of the place it tells of
    for c in sorted({c for c in size_clauses if c in relative and c not in place_clauses and c not in claimed}):
        before = [i for i, own in enumerate(place_clauses) if own == c - 1]
        if before:
            antecedent[c] = before[-1]
    told_of = set(antecedent.values())
    shared = [size for size, c in zip(sizes, size_clauses)
              if c not in place_clauses and c not in claimed and c not in antecedent]
    out = []
    for i, own in enumerate(place_clauses):
        mine = [size for size, c in zip(sizes, size_clauses) if c == own]
        if i in told_of and any(j != i and o == own for j, o in enumerate(place_clauses)):
            mine = []
        told = [size for size, c in zip(sizes, size_clauses) if antecedent.get(c) == i]
        out.append(mine + told + ([] if own in relative else shared))
    return out


_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
)
_ANOTHER_TIME = CaselessPattern(
    rf"\b(?:last\s+(?:year|{_MONTHS}|spring|summer|fall|autumn|winter)|(?:a|one|two|three|\d+)\s+years?\s+ago|"
    r"(?:in|over)\s+the\s+(?:last|past)\s+(?:\w+\s+)?years|en\s+los\s+[úu]ltimos\s+(?:\w+\s+)?a[ñn]os|"
    rf"(?:el\s+)?(?:año|mes)\s+pasado|(?:{_MONTHS})\s+(?:pasado|del\s+año\s+pasado)|"
    r"hace\s+(?:un|una|dos|tres|\d+)\s+(?:años?|meses))\b",
)


def speaks_of_another_time(sentence: str) -> bool:
    """True when the sentence tells of another year or month than the story's (``last October``, ``el año pasado``).

    A size said there, or in the sentence after it with no place of its own
    (``That group swelled to 7,000 people``), is another caravan's or another time's.
    """
    return _ANOTHER_TIME.search(sentence) is not None


# "From Tecún Umán, about 2,000 crossed", "crossed the river from Tecún Umán": from/desde opening a clause or
# after a verb of moving; not "the river that divides Tecún Umán from Ciudad Hidalgo", "20 km from".
_FROM_JUST_BEFORE = re.compile(
    r"(?:(?:^|[,;:—–(]\s*)|\b(?:cross\w*|cruz\w+|wad\w+|swam|swim\w*|walk\w*|march\w*|camin\w+|avanz\w+|"
    r"travel\w*|viaj\w+|head\w*|mov\w+|set\s+out|set\s+off|left|sal\w+|part\w+|depart\w*|"
    r"mak\w+\s+(?:its|their)\s+way)\s+(?:[\w-]+\s+){0,6}?)"
    r"(?:from|desde)\s+(?:the\s+|la\s+|el\s+)?$", re.I)


def said_as_origin(sentence: str, start: int, cues: int | None = None) -> bool:
    """True when the place written at ``sentence[start:]`` follows ``from``/``desde`` opening a clause or after a
    verb of moving: where the group came from.

    Beside another stop of the sentence such a place does not take the sentence's size
    (``From Tecún Umán about 2,000 crossed the river to Ciudad Hidalgo``: the size is of those
    who reached Ciudad Hidalgo), as a departure told there does not.  ``cues`` is the sentence's mask from
    :meth:`~routes.extract.text.CueIndex.scan`.
    """
    if _FROM_WORDS.ruled_out(cues):
        return False  # (the pattern ends with one of them)
    window = sentence[max(0, start - 80):start]
    return _ends_with_from(window) and _FROM_JUST_BEFORE.search(window) is not None


_FROM_WORDS = CueWords(("from", "desde"))


def _ends_with_from(window: str) -> bool:
    """A cheap test that :data:`_FROM_JUST_BEFORE` needs to pass: ``window`` ends with ``from``/``desde``, an
    article after it or not, and a space (``casefold`` reads ``ſ`` as ``s``, as ``re.IGNORECASE`` does)."""
    if not window or not window[-1].isspace():
        return False
    words = window.rsplit(None, 2)[-2:]
    if not words:
        return False
    last = words[-1].casefold()
    return last.endswith(("from", "desde")) or (
        len(words) == 2 and last in ("the", "la", "el") and words[0].casefold().endswith(("from", "desde")))


# "para unirse a la caravana que espera en Huixtla", "to join the group waiting in Huixtla": where the others are.
_TO_JOIN = WordPattern(
    r"\b(?:para\s+unirse|para\s+sumarse|para\s+alcanzar|to\s+join|to\s+meet\s+up\s+with|to\s+catch\s+up\s+with)\b")


def where_others_wait(sentence: str, left: int, start: int, cues: int | None = None) -> bool:
    """True when the words from ``left`` to a place at ``start`` say the group is going to join others there
    (``para unirse a la caravana que espera en Huixtla``): the place is not where the group is, and does not
    take the sentence's size (``cues``: the sentence's mask from :meth:`~routes.extract.text.CueIndex.scan`)."""
    return _TO_JOIN.search(sentence, left, start, cues=cues) is not None


_GROUP_VERB_WORD = re.compile(rf"\b(?:{GROUP_MOVING_VERBS})\b", re.I)


def group_verb_follows(sentence: str, size: FoundSize) -> bool:
    """True when a verb of the group moving follows the figure in its clause: the figure is who moved
    (``unas 2, 000 personas iniciaron el viacrucis``, ``1,500 almas, un mosaico de nacionalidades, avanzan``);
    not one of staying (``Unos 7.000 migrantes, según la ONU, continúan en territorio mexicano``: all of them)."""
    right = _CLAUSE_BREAK.search(sentence, size.end)
    end = min(right.start() if right else len(sentence), size.end + 100)
    return _GROUP_VERB_WORD.search(sentence, size.end, end) is not None


_ANY_GROUP_VERB = re.compile(rf"\b(?:{GROUP_VERBS})\b", re.I)
# A relative clause's word: its verb is not the figure's ("unos 600 que salieron de Choloma llegaron a Santa Rosa").
_RELATIVE_PRONOUN = re.compile(rf"\b(?:{RELATIVE_PRONOUNS})\b", re.I)


def _verbs(sentence: str, candidates=None) -> list[tuple[int, int, str]]:
    """The verbs of what the group did in ``sentence``: the cues of :mod:`.kinds` (with their kind) and the group's
    verbs no cue ranks (kind ``""``), in the order written, none inside another."""
    found = sorted(cues_in(sentence, candidates) + [(m.start(), m.end(), "") for m in _ANY_GROUP_VERB.finditer(sentence)],
                   key=lambda v: (v[0], v[2] == "", -v[1]))
    out: list[tuple[int, int, str]] = []
    for v in found:
        if not out or v[0] >= out[-1][1]:
            out.append(v)
    return out


def its_verb(sentence: str, size: FoundSize, candidates=None, *,
             verbs: list[tuple[int, int, str]] | None = None) -> tuple[int, int, str] | None:
    """The verb the figure is the subject of: the first verb after it in its clause, past the verb of a relative
    clause right after it (``unos 600 que salieron de Choloma llegaron a Santa Rosa``: ``llegaron``), as
    ``(start, end, kind)``; None when its clause has none after it (``verbs``: the sentence's :func:`_verbs`, when
    the caller has them)."""
    right = _CLAUSE_BREAK.search(sentence, size.end)
    end = right.start() if right else len(sentence)
    relatives, at = 0, size.end
    for verb in _verbs(sentence, candidates) if verbs is None else verbs:
        if verb[0] < size.end:
            continue
        if verb[0] >= end:
            return None
        relatives += len(_RELATIVE_PRONOUN.findall(sentence, at, verb[0]))
        at = verb[1]
        if relatives:
            relatives -= 1  # the relative clause's own verb
            continue
        return verb
    return None


_AUXILIARY = re.compile(rf"\b(?:{AUXILIARIES})\b", re.I)
# (the participle of an auxiliary: "had already left", "habían abandonado")
_PARTICIPLE = re.compile(r"\s+(?:(?:already|just|ya)\s+)?[\w'’-]+")
# (a verb joined to the one before it stays in its clause: "who left Tapachula and walked", "decided to walk",
# "salieron para caminar", "y luego caminaron")
_JOINED_TO_THE_VERB_BEFORE = re.compile(
    r"\b(?:(?:and|or|then|y|e|o|u|luego|despu[ée]s)\s+(?:[\w'’-]+\s+)?|(?:to|para|de|a|al|por)\s+)$", re.I)
# (an infinitive or a gerund is no verb of a clause of its own: "que decidieron caminar", "who left walking")
_NOT_FINITE = re.compile(r"(?:[aei]r|ndo|ing)$", re.I)


# The word right after a relative pronoun, past adverbs and clitics, when it is no article, pronoun, preposition or
# figure (those open an object relative or another clause): the relative clause's own verb.
_FIRST_WORD_AFTER_THE_PRONOUN = re.compile(
    r"\w+\s+(?:(?:ya|already|also|just|still|then|tambi[ée]n|todav[íi]a|a[úu]n|se|le|les|no|not|never|nunca)\s+)*"
    r"(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|some|many|most|all|they|he|she|it|we|i|you|there|"
    r"el|la|los|las|lo|un|una|unos|unas|su|sus|este|esta|estos|estas|ese|esa|esos|esas|ellos|ellas|[ée]l|ella|"
    r"in|on|at|for|with|from|to|by|of|en|de|del|al|a|con|por|para|desde|hasta|sin|y|and|or|o)\b)(?P<w>[a-záéíóúñ]+)\b",
    re.I)
# A finite verb in the past told by its ending (or an irregular English past), when no cue names it: "that rode freight
# trains out of Torreón on Friday reached", "who crossed at Ciudad Hidalgo on Monday pressed on to Huixtla" (not after an
# article: "an estimated 3,000").
_PAST_BY_ITS_FORM = re.compile(
    r"(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bel\s)(?<!\bla\s)(?<!\blos\s)(?<!\blas\s)(?<!\bun\s)(?<!\buna\s)"
    r"\b(?:[a-z]{2,}ed|[a-záéíóúñ]{2,}(?:aron|ieron|yeron|aban|[íi]an|ó)|rode|went|came|made|took|got|ran|slept|spent|kept|"
    r"began|fled|drove|flew|found|stood|sat|lay|fell|broke)\b")


def relative_clause_end(sentence: str, start: int, end: int, candidates=None) -> int:
    """Where a relative clause opened at ``start`` (its pronoun) and set off by no comma ends: where the main clause's
    verb starts, the first verb after the relative clause's own one that nothing joins to it (``about 800 who left
    Tapachula on Friday reached Huixtla on Sunday``: at ``reached``; ``unos 800 que habían abandonado Tapachula el
    jueves llegaron el domingo a Huixtla``: at ``llegaron``); ``end`` (the clause's own end) when no such verb comes
    before it (``that left Honduras on Monday and walked to Ocotepeque``)."""
    verbs = [v for v in _verbs(sentence, candidates) if start < v[0] < end]
    verbs = sorted(verbs + [(m.start(), m.end(), "") for m in _PAST_BY_ITS_FORM.finditer(sentence, start, end)
                            if not any(v[0] <= m.start() < v[1] for v in verbs)])
    if not verbs:
        return end
    own = verbs[0][1]
    first = _FIRST_WORD_AFTER_THE_PRONOUN.match(sentence, start)
    if first is not None and first.end() < verbs[0][0] and not _AUXILIARY.fullmatch(first.group("w")):
        # (a subject relative's own verb is the first word after its pronoun, whatever the verb: "a caravan that drew
        # angry tweets from the president hopped on a train Thursday": its own verb is "drew", "hopped" the main one)
        own = first.end()
    aux = _AUXILIARY.search(sentence, start, verbs[0][0])
    if aux is not None:
        participle = _PARTICIPLE.match(sentence, aux.end())
        if participle is not None and participle.end() < verbs[0][0]:
            own = participle.end()  # its own verb is no cue ("habían abandonado"): the next verb is another's
    at = own
    for verb in verbs:
        if verb[0] < own:
            continue
        if not _JOINED_TO_THE_VERB_BEFORE.search(sentence, at, verb[0]) \
                and not (" " not in sentence[verb[0]:verb[1]] and _NOT_FINITE.search(sentence, verb[0], verb[1])):
            return verb[0]
        at = verb[1]
    return end


def a_leg_of_its_figure(sentence: str, size: FoundSize, start: int, candidates=None) -> bool:
    """True when the place written at ``start``, where a leg of the sentence set out from, is the figure's own: not in
    a relative clause opened after the figure's verb, which tells of another noun ("more than 1,000 crossed at El
    Florido, part of the caravan that left Choloma on Wednesday": not Choloma's); "unos 900 que partieron de Huixtla
    llegaron a Escuintla", "From Tecún Umán about 2,000 crossed to Ciudad Hidalgo" are."""
    verb = its_verb(sentence, size, candidates)
    return verb is None or verb[1] > start or _RELATIVE_PRONOUN.search(sentence, verb[1], start) is None


# "continue walking to the municipality of Escuintla where around 4,000 migrants will rest": the place the figure's
# clause opens on.
_WHERE_AFTER = re.compile(r"[\s,]+(?:where|donde|en\s+donde|adonde)\b", re.I)


def sizes_to_their_verbs(sentence: str, sizes: list[FoundSize], spans: list[tuple[int, int]],
                         place_sizes: list[list[FoundSize]], candidates=None) -> list[list[FoundSize]]:
    """A figure belongs to the places of the verb it is the subject of (:func:`its_verb`: the first verb after it in
    its clause, past a relative clause's own verb), and of the verbs joined to that one: not to a place written before
    the figure after a verb of its own, which told of the group before the figure did (``left Honduras on January 14, gathering an
    estimated 3,500 people as it made its way across Guatemala``: Guatemala's, not Honduras'; ``luego de salir de
    Tapachula, unos 1.500 llegaron a Huehuetán``: Huehuetán's; not ``En Huixtla, unos 2 mil descansaron y luego
    caminaron a Escuintla``, where no verb comes before the place, nor ``walking to Escuintla where around 4,000 will
    rest``, whose clause the figure's is); a place of the relative clause between the figure and its verb keeps it
    (``unas 900 personas que partieron de Huixtla llegaron a Escuintla``: one figure of a leg is both ends', ANNOTATING.md
    settled case; the sentence's drafts also give a leg's figure to where it set out from, with
    :func:`a_leg_of_its_figure`).  Only when a place
    written after its verb takes the figure; else, and for the places after its verb (``unos 600 se concentraron en San
    Pedro Sula y el domingo llegaron a Nueva Ocotepeque``: both), ``place_sizes`` stay as they were.  ``spans``: the
    places' offsets in ``sentence`` (``(-1, -1)``: a place written nowhere or that may take no figure);
    ``place_sizes``: the sizes each of them takes so far."""
    out = [list(its) for its in place_sizes]
    verbs = _verbs(sentence, candidates)  # (once for all the sentence's figures)
    for size in sizes:
        verb = its_verb(sentence, size, verbs=verbs)
        if verb is None:
            continue
        if not any(start >= verb[1] and any(z is size for z in its) for (start, _), its in zip(spans, out)):
            continue  # (its verb's place does not take it: "are heading to", where others wait)
        told_before = [v[1] for v in verbs if v[1] <= size.start]
        out = [[z for z in its if z is not size or not (
            0 <= start < size.start and any(e <= start for e in told_before)
            and not _WHERE_AFTER.match(sentence, end))]
            for (start, end), its in zip(spans, out)]
    return out


def same_day(date: str, other: str) -> bool:
    """True when a row dated ``date`` falls on the day ``other`` names, or in its month (``~`` ignored).

    ``same_day("~2018-10-26", "2018-10-26")`` and ``same_day("2018-10-26", "2018-10")`` are True;
    an undated row is on no day.
    """
    date, other = date.lstrip("~"), other.lstrip("~")
    return bool(other) and (date == other or (len(other) == 7 and date[:7] == other and len(date) == 10))


def town_for_size(area_row: dict, towns: list[dict], inside, *, gives_way: bool = False) -> dict | None:
    """The town row that takes the size said of an area row, or None if there is none.

    A size never stays on a country or division when the sentence or the day has a
    town: it goes to a town of the same clause (one inside the area first; a town in
    a clause about an earlier moment, "a caravan that had left San Pedro Sula", is
    not where the group is), else to the first town inside the area that day (for a row dated
    only by month, on the month's latest day: where the group is by then; for a crossing into the area or a
    departure from it on a day, a town of its own sentence only, the figure counting those who crossed or left, unless
    the area ``gives_way`` to that day's towns, :func:`routes.extract.draft.towns_that_day`: then a town of the same
    event first, else the day's latest, ANNOTATING.md's settled case).  A town
    outside the area on that day is not where the group is when it is in the area
    ("crossed into Guatemala" on the day it left San Pedro Sula, in the same clause too: "que salieron de
    Choloma lograron entrar en Guatemala"), and a border post
    on both sides is no town ("crossed into Guatemala" after a standoff at Agua
    Caliente: the size is of those who got into the country).  ``inside(point, area)`` tells
    whether a town lies in the area; rows are draft rows (``start`` is the
    sentence's offset, ``_clause`` its clause, ``_place`` the gazetteer place).
    """
    area = area_row["_place"]
    # Not a plan, nor a checkpoint (its figure is the police's: routes.sizes leaves it out of the group's size).
    towns = [t for t in towns if t["kind"] not in ("planned", "checkpoint")]
    same_clause = [t for t in towns if t["start"] == area_row["start"] and t["_clause"] == area_row["_clause"]
                   # "que salieron de Choloma lograron entrar en Guatemala": where they set out from, outside the
                   # country they crossed into, is not where the group is when it is counted there
                   and not (area_row["kind"] == "crossing" and t["kind"] == "departure" and not inside(t["_place"], area))]
    if same_clause:
        return min(same_clause, key=lambda t: not inside(t["_place"], area))
    # (a crossing on a day told only roughly, "crossed into Mexico about a month ago", is no evidence that the group
    # was at a town another sentence dates then: the size stays with its own sentence's event)
    # (nor is a town another sentence puts the group in that day where the group was counted crossing into or leaving
    # the area, while the area keeps its row: the figure is the crossing's)
    that_day = [t for t in towns if same_day(t["date"], area_row["date"]) and inside(t["_place"], area)
                and t["_place"].feature != "border_crossing"
                and (t["start"] == area_row["start"] or gives_way or area_row["kind"] not in ("crossing", "departure")
                     or len(area_row["date"].lstrip("~")) < 10)]  # (not "now crossing southern Mexico" by month)
    if not that_day:
        return None
    # (an area that gives way to the day's towns: its figure goes to the town of the same event first, "about 1,500
    # depart from Chiapas" to the departure from Tapachula)
    alike = [t for t in that_day if t["kind"] == area_row["kind"]] if gives_way else []
    if alike:
        return alike[0]
    latest = max(t["date"].lstrip("~") for t in that_day)
    return next(t for t in that_day if t["date"].lstrip("~") == latest)


def _clause(sentence: str, start: int, end: int) -> str:
    left = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        left = m.end()
    right_match = _CLAUSE_BREAK.search(sentence, end)
    right = right_match.start() if right_match else len(sentence)
    return sentence[left:right]


def _is_year(figure: str, sentence: str, start: int) -> bool:
    """True when the figure is a year written as one: ``in 2018``, ``Oct. 21, 2018``, ``..., 2019``."""
    if not _YEAR.fullmatch(figure):
        return False
    return bool(_YEAR_LEAD.search(sentence[max(0, start - 20):start])) \
        or sentence[max(0, start - 3):start].rstrip().endswith(",")


def _without_trailing_of(words: str) -> str:
    """``thousands of`` -> ``thousands`` (the parser reads the figure, not the link to the noun)."""
    parts = words.rsplit(None, 1)
    if len(parts) == 2 and parts[1].lower() in ("of", "de"):
        return parts[0].rstrip()
    return words


_ONE_FIGURE = CaselessPattern(rf"(?P<figure>(?:{_NUM}){_MULT})(?P<more>\s+(?:more|additional|other|más))?(?![\w%]|[.,]\d)")
_JOINED_BY_AND = re.compile(r"\s(?:and|y)\s", re.I)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|entre)\s+(?:(?:\w+\s+){0,2})?$", re.I)


def _figures(sentence: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
    """The figures written in ``sentence``, in order, as ``finditer`` would find them.

    A figure starts where a run of digits does, unless a letter, a digit, a
    currency sign or a decimal point comes right before (``$500``, ``A4``,
    ``2.5``): the regex is tried only there, not at every position.  ``lowered`` is ``sentence.lower()``
    if the caller has it (the match's groups hold the figure lower-cased).
    """
    after = 0
    for run in _DIGITS.finditer(sentence):
        at = run.start()
        if at < after:
            continue
        if at:
            before = sentence[at - 1]
            if before.isalnum() or before in _NOT_BEFORE_FIGURE:
                continue
        m = _NUMERIC.match(sentence, at, lowered=lowered)
        if m and _JOINED_BY_AND.search(m.group("figure")) and not _BETWEEN_BEFORE.search(sentence, max(0, at - 30), at):
            # "fueron de 400 y 500 personas": two groups; "entre 400 y 500": a range
            m = _ONE_FIGURE.match(sentence, at, lowered=lowered)
        if m:
            after = m.end()
            yield m


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _lead(sentence: str, at: int, lowered: str | None = None):
    """The qualifier written before a figure (``about``, ``unos``, ``between``), as a match, or ``None``.

    The word before may follow a dash or a dateline with no space (``Mexico—About 2,000``).
    """
    low = max(0, at - 30)
    end = at
    while end > low and not sentence[end - 1].isalnum():
        end -= 1
    begin = end
    while begin > low and sentence[begin - 1].isalnum():
        begin -= 1
    if sentence[begin:end].lower() not in _LEAD_END_WORDS:
        return None
    return _LEAD_BEFORE.search(sentence, low, at, lowered=lowered)


# Every size has a digit or one of these words (millar, million, millón hold "mil").
_MAY_HOLD_A_SIZE = re.compile(r"\d|thousand|hundred|dozen|mil|cient|centenar|decenas|millar|million|mill[óo]n", re.I)
_SIZE_STEMS = ("thousand", "hundred", "dozen", "mil", "cient", "centenar", "decenas")
_A_DIGIT = re.compile(r"\d")


def may_hold_a_size(sentence: str, lowered: str | None = None) -> bool:
    """True when ``sentence`` has a digit or a word every size written in words holds (``thousand``, ``mil``,
    ``cientos``...): :func:`find_sizes` finds nothing in other sentences.

    ``lowered`` is ``sentence.lower()`` if the caller has it: the words are looked for in it with substring
    tests, as ``re.IGNORECASE`` would find them; a sentence whose lower case differs in length, or with a
    letter that flag reads as another (dotless ``ı``, long ``ſ``), is searched with the case-blind pattern.
    """
    lowered = sentence.lower() if lowered is None else lowered
    if len(lowered) != len(sentence) or "\u0131" in lowered or "\u017f" in lowered:
        return _MAY_HOLD_A_SIZE.search(sentence) is not None
    return _A_DIGIT.search(sentence) is not None or any(stem in lowered for stem in _SIZE_STEMS)


# "unos 760 migrantes por el cruce de Ciudad Hidalgo, poco más de 300 por el de Talismán": a figure listed after
# a count of the group, with the same word after it, counts the same people.
_WORD_AFTER_GROUP = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{GROUP_NOUNS})\s+(\w+)", re.I)
_WORD_AFTER = re.compile(r"\s+(\w+)")
_LISTED_BEFORE = re.compile(r"(?:,|\by|\band)\s*$", re.I)


# "Son unos 3 mil 630 según las autoridades y unos 5 mil 500 según los organizadores", "about 3,000 according to the
# police and 5,000 according to the organizers": the same count by another source (ANNOTATING.md: one row per figure).
# "estimated the total number of migrants at 500", "calculó en 800 el número": a source's estimate (the figure is "about")
_ESTIMATED_BEFORE = re.compile(r"\b(estimat\w*|estim[óoa]\w*|calcul\w*)\s+(?:[\w-]+\s+){0,5}?(?:at|en)\s+$", re.I)
_BY_A_SOURCE = r"\s+(?:seg[úu]n|according\s+to|de\s+acuerdo\s+con)\b"
_BY_A_SOURCE_AFTER = re.compile(_BY_A_SOURCE, re.I)
_THEN_ANOTHER_SOURCE = re.compile(  # (the first figure's noun before its source: "about 900 migrants according to")
    r"(?:\s+[\w-]+){0,2}?" + _BY_A_SOURCE + r"[^\d;:.]{1,60}?(?:,\s*(?:y|and|or|o|while|mientras\s+que|pero|but)?|\s+(?:y|and|or|o|while|"
    r"mientras\s+que|pero|but))\s+$", re.I)


def _by_another_source(sentence: str, found: list[FoundSize], start: int, end: int) -> bool:
    """True when the figure at ``sentence[start:end]`` is the count of the size found right before it by another
    source: each is followed by its source (``según``, ``according to``) and a list word joins them."""
    return bool(found) and _BY_A_SOURCE_AFTER.match(sentence, end) is not None \
        and _THEN_ANOTHER_SOURCE.fullmatch(sentence, found[-1].end, start) is not None


def _as_listed(sentence: str, found: list[FoundSize], start: int, end: int) -> bool:
    """True when the figure at ``sentence[start:end]`` (its qualifier included) follows a found size in a list (a
    comma or ``y``/``and`` before it) and is followed by the same word as that size's noun (``por``)."""
    if not found:
        return False
    here = _WORD_AFTER.match(sentence, end)
    there = _WORD_AFTER_GROUP.match(sentence, found[-1].end)
    return bool(here and there and here.group(1).lower() == there.group(1).lower()
                and here.group(1).lower() in ("por", "at", "through", "via", "en", "in")
                and _LISTED_BEFORE.search(sentence, found[-1].end, start))


_FOR_BEFORE = re.compile(r"\b(?:for|por|after|tras|during|durante)\s+$")


# A relative clause set off by a comma ("..., through which millions of people pass each year", "..., not too far from
# where thousands of crossings occur daily in Eagle Pass", "..., donde cada año cruzan miles", "..., por el que pasan"):
# what it says of other people or other years is its own clause's, not the main clause's (types-s16-17 F16).
_RELATIVE_OPENS = re.compile(r",\s+(?:[\w'’-]+\s+){0,4}?(?:which|whom|where|donde|cuales?|quienes|(?:el|la|los|las|lo)\s+que)\b",
                             re.I)


def relative_clause_before(sentence: str, at: int) -> int | None:
    """Where the relative clause holding offset ``at`` opens (its comma), or ``None`` when ``at`` is in no relative
    clause set off by a comma (:data:`_RELATIVE_OPENS`)."""
    opens = None
    for m in _RELATIVE_OPENS.finditer(sentence, 0, at):
        opens = m.start()
    return opens


def _a_statistic(clause: str, lowered: str) -> bool:
    """True when ``clause`` speaks of a rate or a tally (``2,000 a day``, ``so far this year``); a stay or a
    span (``they would rest there for a day``, ``after a week in the jungle``) is none."""
    m = _STATISTIC.search(clause, lowered=lowered)
    while m is not None and clause[m.start():m.start() + 2].lower() == "a " \
            and _FOR_BEFORE.search(clause[max(0, m.start() - 8):m.start()].lower()):
        m = _STATISTIC.search(clause, m.end(), lowered=lowered)
    return m is not None


# A change of the group's size, "from N1 to N2": N2 is what it numbers now, N1 what it numbered ("se encontraba en
# Tehuantepec, reduciéndose de 2,500 personas a unas 700", "the caravan has dwindled from 7,000 to about 4,000",
# "creció de 800 a 2 mil"): a verb of growing or shrinking (or "went"/"pasó"), a few words, then "from"/"de".
_CHANGED_FROM_BEFORE = re.compile(
    r"\b(?:gr[eo]wn?|grows|growing|swell(?:ed|s|ing)?|swollen|shr[aiu]nk(?:s|en|ing)?|dropp(?:ed|ing)|drops?|fell|fall(?:s|en|ing)?|"
    r"dwindl(?:ed|es|ing)|rose|ris(?:e|es|en|ing)|(?:in|de)creas(?:ed|es|ing)|reduc(?:ed|es|ing)|declin(?:ed|es|ing)|went|gone|"
    r"cre(?:ci[óo]|cieron|ce|cen|c[íi]a|ciendo)|aument(?:[óo]|aron|a|an|aba|ando)|disminu(?:y[óo]|yeron|ye|yen|[íi]a|yendo)|"
    r"(?:se\s+)?reduj(?:o|eron)|(?:se\s+)?reduc(?:e|en|[íi]a|iendo)|reduci[ée]ndose|baj(?:[óo]|aron|a|an|ando)|"
    r"pas(?:[óo]|aron|a|an|aba|ando)|merm(?:[óo]|aron|a|an|ando)|descendi[óo]|increment(?:[óo]|aron|ando)|"
    r"increment[áa]ndose|engros(?:[óo]|aron|ando))\s+(?:[\w-]+\s+){0,3}?(?:from|de)\s+$", re.I)
# what joins the two figures of the change: its noun or not, and "to"/"a" ("de 2,500 personas a unas 700")
_CHANGED_TO = re.compile(r"(?:\s+[\w-]+){0,3}?\s*(?:\s(?:to|a)\s+|[-–—]\s*)", re.I)
_RANGE_JOIN = re.compile(r"\s+(?:to|a)\s+|\s*[-–—]\s*", re.I)


def _changes(sentence: str, candidates: list[tuple[int, int, str, str]]) -> tuple[list[tuple[int, int, str, str]],
                                                                                  set[int], set[int]]:
    """The figures of a change of the group's size (:data:`_CHANGED_FROM_BEFORE`): ``candidates`` with a range read
    as the change's two figures (``creció de 800 a 2 mil personas`` is no range of 800 to 2,000), and the starts of
    the figures it changed from (not the group's size now) and to (its size now, whatever words follow it)."""
    out: list[tuple[int, int, str, str]] = []
    for start, end, words, figure in candidates:
        join = _RANGE_JOIN.search(words) if figure else None
        if join is not None and _CHANGED_FROM_BEFORE.search(sentence, max(0, start - 60), start):
            out += [(start, start + join.start(), words[:join.start()], words[:join.start()]),
                    (start + join.end(), end, words[join.end():], words[join.end():])]
        else:
            out.append((start, end, words, figure))
    out.sort()
    old, new = set(), set()
    for i, (start, end, _, figure) in enumerate(out):
        if not figure or not _CHANGED_FROM_BEFORE.search(sentence, max(0, start - 60), start):
            continue
        later = next((c for c in out[i + 1:] if c[0] >= end), None)
        if later is not None and _CHANGED_TO.fullmatch(sentence, end, later[0]):
            old.add(start)
            new.add(later[0])
    return out, old, new


_ENDS_WITH_OF = re.compile(r"\s(?:of|de)$", re.I)


def _of_them(sentence: str, start: int, end: int, vague: bool) -> bool:
    """True when the words after a figure are a partitive of a pronoun of people (``hundreds of them spent the night``,
    ``cientos de ellos pasaron la noche``, ``400 of them crossed``, ``5,500 of them are in Tijuana``) and, for a figure
    that is no vague word, the figure is its clause's subject: the group's verb follows, or any finite verb with the
    figure at the head of its clause (types-s18-19 F30; not ``put about 400 of them on buses``): the figure counts a
    part of the group the pronoun names (:attr:`FoundSize.partitive`)."""
    pronoun = _PRONOUN_OF.match(sentence, end)
    return pronoun is not None and (vague or _VERB_AFTER.match(sentence, pronoun.end()) is not None
                                    or _heads_its_clause(sentence, start, pronoun.end()))


# The words of a clause before its subject: a few words, none of them a verb nor a word that opens a clause of
# speech ("On Tuesday", "El martes por la noche", "Later"; not "Police said", "dijo que")
_CLAUSE_HEAD_BEFORE = re.compile(
    r"(?:^|[,;:(—–]|\b(?:and|but|while|whereas|then|y|e|pero|mientras|luego))\s*"
    r"(?:(?!(?:that|que|said|says|dijo|dijeron|according)\b)[^\W\d]+\s+){0,4}$", re.I)


def _heads_its_clause(sentence: str, start: int, end: int) -> bool:
    """True when a figure with no noun after it opens its clause (a few words of time or place may come first) and
    a finite verb follows it (:data:`FINITE_VERB_AFTER`): the figure is that verb's subject, the group or a part of it
    (``About 2,000 were bused to Puebla``, ``El martes unos 2 mil pasaron la noche en Huixtla``; types-s18-19 F30)."""
    return FINITE_VERB_AFTER.match(sentence, end) is not None and \
        _CLAUSE_HEAD_BEFORE.search(sentence, max(0, start - 40), start) is not None \
        and not (sentence[start:start + 1].isdigit() and _A_DAY_BEFORE.search(sentence, max(0, start - 12), start)) \
        and _NO_SUBJECT_BEFORE.search(sentence, max(0, start - 12), start) is None


# "el martes 14, ya había ingresado", "el miércoles 15 pernoctaron", "on Oct. 27 crossed": a day of a month, no figure
# (the day and month names are dates.py's, the one place that reads them)
_A_DAY_BEFORE = re.compile(rf"\b(?:{WEEKDAY}\.?|{ES_MONTH}\.?|{EN_MONTH})\s+$", re.I)


# "who set off from Honduras on Oct. 13 entered Sinaloa": a day of the month, not a count
_MONTH_BEFORE = re.compile(rf"\b{EN_MONTH}\s+$", re.I)


# A breakdown of the group (types-s20-21 F33): figures each followed by a noun of a sex or an age class (a closed
# class, both languages: "men", "children", "mujeres", "menores"...; one adjective may come between: "13 unaccompanied
# children"), listed together ("223 men, 96 women and 38 children", "12 niños y seis adolescentes") or one of them
# after a word of inclusion ("33 people, including 13 children", "entre ellos 40 niños") or said to be of the class
# ("53 son niños"): the parts of the group, no
# size of its own; the total, when told, is the group's.
#: Nouns of a sex or an age class (``men``, ``children``, ``mujeres``, ``menores``): a figure of one counts a part of the
#: group, unless listed with the others as its whole.
CLASS_NOUNS = _CLASS_NOUN = (r"men|women|children|minors|boys|girls|adults|adolescents|teenagers|teens|babies|infants|elderly|"
               r"hombres|mujeres|niñ[oa]s|menores|adult[oa]s|adolescentes|beb[ée]s|lactantes|ancian[oa]s|infancias")
_A_CLASS_WORD = re.compile(rf"\b(?:{_CLASS_NOUN})\b", re.I)
_CLASS_ITEM = re.compile(
    rf"(?<![\w.,])(?P<figure>\d[\d.,]*\d|\d|(?:{_UNITS}|a\s+dozen|una\s+docena)(?:\s+(?:mil|thousand|hundred))?)\s+"
    rf"(?P<copula>(?:son|eran|are|were)\s+)?(?:(?!(?:and|or|of|y|o|e|de)\b)[^\W\d]+\s+)?(?:{_CLASS_NOUN})\b", re.I)
# what joins two items of the list: a comma or "and"/"y", a qualifier or "a total of" before the next figure
_LISTED_NEXT = re.compile(r"(?:\s+[^\W\d]+)?\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)"
                          r"(?:[^\W\d]+\s+){0,3}$", re.I)
_INCLUDED_BEFORE = re.compile(
    r"\b(?:including|included|among\s+(?:them|whom|those)|of\s+whom|incluid[oa]s|incluyendo|entre\s+ell[oa]s|"
    r"entre\s+(?:los|las)\s+(?:que|cuales)(?:\s+(?:hay|hab[íi]a|iban|van|vienen|ven[íi]an|figuran|est[áa]n))?|"
    r"de\s+(?:los|las)\s+cuales)\s*,?\s+(?:[^\W\d]+\s+){0,2}$", re.I)


def _breakdown_parts(sentence: str) -> list[tuple[int, int]]:
    """Where the figures of a breakdown of the group are written (:data:`_CLASS_ITEM`): figures of a sex or an age
    class listed two or more together, one after a word of inclusion (``including 13 children``), or one said to be
    of the class by a copula (``De las mil 200 personas, 53 son niños``)."""
    items = list(_CLASS_ITEM.finditer(sentence))
    parts = []
    for i, m in enumerate(items):
        listed = (i + 1 < len(items) and _LISTED_NEXT.fullmatch(sentence, m.end(), items[i + 1].start()) is not None) \
            or (i > 0 and _LISTED_NEXT.fullmatch(sentence, items[i - 1].end(), m.start()) is not None)
        if listed or m.group("copula") or _INCLUDED_BEFORE.search(sentence, max(0, m.start() - 50), m.start()):
            parts.append((m.start("figure"), m.end("figure")))
    return parts


# A split of the group by what became of each part (types-s20-21 F33): three or more figures listed in one sentence
# (a comma or "and"/"y" between each clause and the next), each the subject of its own finite verb, whatever the verb
# ("About 8,000 voluntarily returned to Mexico, more than 5,000 were transferred to processing centres, and about
# 2,000 were deported", "unos 800 regresaron, 500 fueron trasladados y 300 se quedaron"): the parts' figures, no size
# of the group (the total, told before, is).
_NEXT_CLAUSE_OF_THE_LIST = re.compile(r"[^;:.()\d]{0,160}?(?:,|\s(?:and|y|e)\s)\s*(?:(?:and|y|e|while|mientras\s+que)\s+)?"
                                      r"(?:[^\W\d]+\s+){0,3}$", re.I)


def _split_by_fate(sentence: str, sizes: list[FoundSize]) -> set[int]:
    """The starts of ``sizes`` that are the parts of a split of the group by fate (:data:`_NEXT_CLAUSE_OF_THE_LIST`)."""
    run: list[FoundSize] = []
    parts: set[int] = set()
    for z in sizes + [None]:
        pronoun = _PRONOUN_OF.match(sentence, z.end) if z is not None else None  # ("about 1,400 of them were let in")
        acts = z is not None and FINITE_VERB_AFTER.match(sentence, pronoun.end() if pronoun else z.end) is not None
        if acts and run and _NEXT_CLAUSE_OF_THE_LIST.fullmatch(sentence, run[-1].end, z.start) is not None:
            run.append(z)
            continue
        if len(run) > 2:
            parts.update(r.start for r in run)
        run = [z] if acts else []
    return parts


def find_sizes(sentence: str, cues: int | None = None) -> list[FoundSize]:
    """Return the sizes of the moving group written in ``sentence``, in order (``cues``: the sentence's mask
    from :meth:`~routes.extract.text.CueIndex.scan`, holding :data:`CUE_PATTERNS`)."""
    out: list[FoundSize] = []
    candidates: list[tuple[int, int, str, str]] = []  # start, end, words, figure ("" when vague)
    lowered = sentence.lower()
    for m in _figures(sentence, lowered):
        lead = _lead(sentence, m.start(), lowered)
        start = lead.start() if lead else m.start()
        candidates.append((start, m.end(), sentence[start:m.end()], m.group("figure")))
    if _MAGNITUDE_WORD.search(sentence, lowered=lowered, cues=cues):
        worded = []
        for m in _WORD_FIGURE.finditer(sentence, lowered=lowered):
            words, at = m.group(), m.start()
            article = _NO_ARTICLE_NUMERAL.match(words)
            if article is not None:
                # "creció a mil personas", "se redujo a mil 200": the preposition, not "a thousand"
                words, at = words[article.end():], at + article.end()
            if not _HAS_MAGNITUDE.search(words):
                continue
            if words.lower() in _BARE_MAGNITUDES:
                continue  # "several hundred", "a few thousand": vague, found below
            if words.isdigit():
                continue
            lead = _lead(sentence, at, lowered)
            start = lead.start() if lead else at
            worded.append((start, m.end(), sentence[start:m.end()], words))
        if worded:
            # A figure in words replaces the digit figures inside it ("3 mil 500").
            candidates = [c for c in candidates if not any(a <= c[0] < b or c[0] <= a < c[1] for a, b, _, _ in worded)]
            candidates += worded
    if _VAGUE_CUE.written_in(lowered, cues):
        for m in _VAGUE_RE.finditer(sentence, lowered=lowered):
            if any(c[0] <= m.start() < c[1] for c in candidates):
                continue  # "dos centenares de migrantes": the plural noun of number of a figure in words, not "hundreds"
            candidates.append((m.start(), m.end(), sentence[m.start("vague"):m.end("vague")], ""))
        # "hundreds of thousands", "cientos de miles": no group's size, not two (see NO_GROUP_THIS_BIG)
        huge = [(m.start(), m.end()) for m in _HUGE_VAGUE.finditer(lowered)]
        candidates = [c for c in candidates if not any(a <= c[0] < b for a, b in huge)]
    statistic_words = bool(candidates) and _STATISTIC_CUE.written_in(lowered, cues)
    candidates, changed_from, changed_to = _changes(sentence, candidates)
    for start, end, words, figure in candidates:
        if start in changed_from:
            continue  # "reduciéndose de 2,500 personas a unas 700": what the group numbered before
        after = sentence[end:end + 80]
        before = sentence[max(0, start - 40):start]
        if not figure:
            head_before = _HEAD_BEFORE.search(before) if before.rstrip().lower().endswith((" of", " de")) else None
            if not (_VAGUE_NOUN_AFTER.match(" " + after.lstrip()) or head_before or _VERB_AFTER.match(after)
                    or _of_them(sentence, start, end, vague=True)
                    or (not _ENDS_WITH_OF.search(words) and _heads_its_clause(sentence, start, end))):
                continue
            end = start + len(words)
        else:
            tail = before.rstrip()
            if (tail.endswith(("$", "€", "£", ".", "USD", "usd")) and _MONEY_BEFORE.search(before)) or _NOT_PEOPLE_AFTER.match(after) \
                    or _is_year(figure, sentence, start) or _MONTH_BEFORE.search(before):
                continue
            group_head = tail.lower().endswith((" of", " de")) and _HEAD_BEFORE.search(before, cues=cues)
            # "the group, about 2,000, arrived", "los restantes, unos 300, partieron": set off by commas
            # after a word for the group, or before the group's verb.
            # ("the group, now about 400, rested": its size as it is now)
            if tail[-4:].lower() in (" now", ", ya", " ya") or tail[-6:].lower() in (" ahora",):
                tail = _NOW_AFTER_COMMA.sub(",", tail)
            # (or closed by a second member of the aside: "Las personas, alrededor de unas 2.000 y entre las que hay
            # niños, llegaron")
            apposition = tail.endswith(",") and (
                (after.lstrip().startswith(",") and (
                    _is_group_word(tail[:-1]) or _VERB_AFTER.match(after.lstrip()[1:]) is not None))
                or (_APPOSITION_GOES_ON.match(after) is not None and _is_group_word(tail[:-1])))
            # "Waves of migrants – whom officials estimate may be as high as 7,200 – have arrived": an aside
            # between dashes after a word for the group.
            # (a word or two may close the aside: "as high as 7,200 and growing –")
            dashed = _DASH_CLOSES.match(after) is not None and _DASH_ASIDE.search(sentence, max(0, start - 100), start)
            if not (start in changed_to or _NOUN_AFTER.match(after) or group_head or _VERB_AFTER.match(after)
                    or _of_them(sentence, start, end, vague=False) or _heads_its_clause(sentence, start, end)
                    or apposition or dashed
                    or _NUMBERS_BEFORE.search(before) or _as_listed(sentence, out, start, end)
                    or _NUMBER_OF_THE_GROUP_IS.search(sentence, max(0, start - 120), start)
                    # ("entraron a San Pedro Tapanatepec alrededor de mil 500 el lunes": a qualifier says it is a count)
                    or (words.strip().lower() != figure.strip().lower() and presented_subject(sentence, start))
                    or _by_another_source(sentence, out, start, end)
                    or _OPENS_WITH_A_COPULA.fullmatch(sentence, 0, start)):
                continue
        if statistic_words:
            # (a word in the clause is in the sentence: the sentence is looked at once)
            clause = _clause(sentence, start, end)
            # (a relative clause after the figure is a clause of its own: "Hundreds slept in Sabinas, not too far from
            # where trains leave every day")
            cut = _RELATIVE_OPENS.search(clause, clause.find(words.strip()) + 1) if words.strip() in clause else None
            clause = clause[:cut.start()] if cut is not None else clause
            lowered_clause = clause.lower()
            if any(w in lowered_clause for w in _STATISTIC_WORDS) and _a_statistic(clause, lowered_clause):
                continue
        written = words.strip()
        try:
            count = parse_count(_without_trailing_of(written))
        except CountSyntaxError:
            backwards = _BACKWARDS_RANGE.fullmatch(written)
            first = _TWO_QUALIFIERS.match(written) if backwards is None else None
            # (the draft's count is written as read, "At least 900", "entre 40 y 60", so that build reads it as extract
            # did; the row's quote keeps the reporter's words)
            if backwards is not None:
                # "de entre 60 y 40 hondureños", "between 350 and 250": "between" takes its two bounds in either order
                written = backwards.expand(r"\g<head>\g<low> \g<join> \g<high>")
            elif first is not None:
                # "At least some 500 people": a bound and an estimate; the bound is what the reporter vouches for.
                written = first.group(1) + " " + written[first.end():]
            else:
                continue
            try:
                count = parse_count(_without_trailing_of(written))
            except CountSyntaxError:
                continue
        estimated = _ESTIMATED_BEFORE.search(sentence, max(0, start - 80), start) if count.qualifier == "exact" else None
        if estimated is not None:
            # "estimated the total number of migrants at 500": an estimate, as "estimated at 500" is (written so that
            # build reads it as extract did)
            written = ("estimados en " if estimated.group(1)[-2:] not in ("ed", "te", "es") else "estimated at ") + written
            count = parse_count(written)
        if count.low >= NO_GROUP_THIS_BIG:
            continue  # "más de 2 millones de migrantes": a statistic, whatever the sentence says
        if _JOINED_GROUP_BEFORE.search(before) or _POPULATION_BEFORE.search(before):
            continue
        part = bool(_PARTITIVE_AFTER.match(sentence, start + len(words.strip()))) \
            or bool(_PARTITIVE_BEFORE.search(sentence, max(0, start - 14), start))
        out.append(FoundSize(written, count, start, start + len(words.strip()), part))
    if out and _A_CLASS_WORD.search(sentence):
        # "The group is made up of 223 men, 96 women and a total of 38 children", "33 people, including 13 children":
        # the parts of a breakdown are no size of the group (the total is)
        parts = _breakdown_parts(sentence)
        out = [z for z in out if not any(z.start <= a < z.end or a <= z.start < b for a, b in parts)]
    if len(out) > 2:
        # "About 8,000 returned to Mexico, more than 5,000 were transferred ... and about 2,000 were deported": a
        # split of the group by what became of each part, three or more figures each the subject of its own verb
        parts = _split_by_fate(sentence, out)
        out = [z for z in out if z.start not in parts]
    if len(out) > 1 and any(_TOTAL_BEFORE.search(sentence, max(0, z.start - 40), z.start) for z in out):
        # "Un nuevo grupo llegó ..., sumándose a los que ya estaban, totalizando más de 1.500": the total is the
        # group's size there; the parts added up are not.
        out = [z for z in out if _TOTAL_BEFORE.search(sentence, max(0, z.start - 40), z.start)]
    if len(out) > 1:
        # "Más de 3.600 migrantes, 3.602 según el conteo oficial": the exact figure beside a rounded one is the count.
        exact = [z for z in out if z.count.low == z.count.high]
        out = [z for z in out if z.count.low == z.count.high or not any(
            0 <= e.start - z.end <= 40 and z.count.low <= e.count.low <= z.count.high for e in exact)]
    return out


_VAGUE_CUE = CueWords(_VAGUE_WORDS)
_STATISTIC_CUE = CueWords(_STATISTIC_WORDS)
#: What :func:`find_sizes` looks for that a :class:`~routes.extract.text.CueIndex` answers from its one scan.
CUE_PATTERNS = (_MAGNITUDE_WORD, _HEAD_BEFORE, _VAGUE_CUE, _STATISTIC_CUE, _TO_JOIN, _FROM_WORDS)
