"""Which place names in a sentence are stops of the group, and which are only context.

A name is context, not a stop, when the sentence uses it as an actor or a
backdrop rather than as where the group was:

* a government speaking or asked to act: ``Mexico's foreign ministry``, ``Guatemala's
  immigration authority``, ``el gobierno de México``, ``pidió a Honduras``;
* where officials sat or spoke: ``officials in Washington``, ``told reporters in
  Tegucigalpa``, ``dijo en la Ciudad de México`` (but not ``officials said the
  caravan rested in Tapachula``: the group between makes it the event's place);
* where people came from: ``migrants from Honduras``, ``people from all over
  Honduras``, ``activistas de Tapachula``, ``crossing from Guatemala into``, and
  where the group was before: ``tres días después de haber salido de Tapachula``;
* where the group is heading, not where it is: ``toward the United States``,
  ``bound for``, ``rumbo a``, ``went back to Honduras``;
* who reported it: ``según La Prensa``, ``..., La Prensa reported.``;
* a river, street or bridge named like a town (``el río Suchiate``), and the
  dateline (``SAN PEDRO SULA, Honduras —``), where the reporter filed from.

A name joined to one of these by ``y``/``and`` (``hacia la frontera entre
Guatemala y México``) shares its role.  Adjacent names written as ``Vado Hondo,
Chiquimula``, ``Vado Hondo, en el departamento de Chiquimula`` or ``Ciudad
Hidalgo, Mexico`` become one place with its division or country as a hint.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from .matcher import Mention
from .text import WordPattern
from .words import GROUP_HEADS, GROUP_NOUNS

_ACTOR_AFTER = re.compile(
    r"^(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,2}?(?:government|ministry|foreign|president|presidency|authorit(?:y|ies)|"
    r"officials?|embassy|army|military|police|security|immigration|migration|interior|congress|senate|"
    r"leaders?|administration|institute|secretary|minister|national|armed|defen[cs]e|chancellery|"
    r"spokes(?:man|woman|person)|human\s+rights|ombudsman|attorney|state\s+department|officers?)\b",
    re.I,
)
# ", La Prensa reported.": a name that reports at the end of a clause is a source.
_REPORTED_AFTER = re.compile(r"^\s+(?:reported|reports|wrote|reportó|report[óo]|inform[óo]|public[óo])\s*[.,;]", re.I)
_ACTOR_ADJECTIVE_AFTER = re.compile(
    r"^\s+(?:government|authorities|officials|foreign\s+ministry|ministry|embassy|president|army|"
    r"lawmakers|administration|consulate)\b",
    re.I,
)
_ACTOR_BEFORE = WordPattern(
    r"\b(?:gobierno|canciller[íi]a|canciller|president[ea]|ministerio|ministr[oa]|secretar[íi]a|embajada|"
    r"autoridades|instituto|ej[ée]rcito|congreso|consulado|c[óo]nsul|government|embassy|consulate|"
    r"president|ministry|authorities)\s+(?:[\w-]+\s+){0,3}?(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?$"
)
# Forces named after a country or division act for it: "la Policía Nacional de Honduras".
_FORCE_BEFORE = WordPattern(
    r"\b(?:polic[íi]a|police|guardia|guard|ej[ée]rcito|army|military|fuerzas?|forces|migraci[óo]n|immigration)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?$"
)
_SPOKE_BEFORE = WordPattern(
    r"\b(?:officials?|authorities|leaders?|lawmakers|diplomats|politicians|government|ministers?|embassy|"
    r"said|says|told|announced|spoke|speaking|declared|stated|warned|briefing|conference|interview|statement|"
    r"meeting|summit|talks|headquarters|office|offices|capital|based|visits?|visited|visiting|due|trip|"
    r"president|minister|secretary|ambassador|spokes(?:man|woman|person)|"
    r"funcionarios|autoridades|dijo|dice|declar[óo]|anunci[óo]|afirm[óo]|inform[óo]|advirti[óo]|pidi[óo]|"
    r"conferencia|rueda\s+de\s+prensa|entrevista|comunicado|reuni[óo]n|sede|visita|"
    r"president[ea]|canciller|ministr[oa]|secretari[oa]|embajador[a]?|vocero|portavoz)"
    r"\s+(?:[\w,'’-]+\s+){0,4}?(?:in|from|at|en|desde)\s+(?:the\s+|la\s+|el\s+)?$"
)
_ORIGIN_BEFORE = WordPattern(
    r"\b(?:migrants?|people|persons|families|men|women|children|residents|natives|nationals|citizens|"
    r"refugees|asylum\s+seekers|hondurans|guatemalans|salvadorans|migrantes|personas|familias|activists|activistas|"
    r"vecinos|pobladores|habitantes|"
    r"originari[oa]s|procedentes|provenientes|oriund[oa]s)\s+(?:(?:who\s+)?(?:came|come|fled|flee|fleeing|coming)\s+|"
    r"(?:que\s+)?(?:vienen|venían|huyen|huyeron)\s+)?(?:from|de)\s+"
    r"(?:all\s+over\s+|across\s+|throughout\s+|todo\s+|toda\s+)?(?:the\s+|la\s+|el\s+)?$"
)
# A government asked or urged to act: "pidió a Honduras que contenga", "urged Guatemala to".
_ASKED_BEFORE = WordPattern(
    r"\b(?:pidi[óo]|pidieron|solicit[óo]|exhort[óo]|inst[óo]|asked|urged|called\s+on|pressed|warned)\s+(?:a\s+|al\s+)?"
    r"(?:the\s+|la\s+|el\s+)?$"
)
# "crossed from Guatemala into Mexico": the country or division on the side they left (a town
# there, "from Tecún Umán", is where they were, and stays a stop).
_CROSSED_FROM_BEFORE = WordPattern(
    r"\b(?:cross(?:ed|es|ing)?|cruz(?:ar|aron|ó|ando|an))\s+(?:the\s+(?:border|river)\s+|la\s+frontera\s+|el\s+r[íi]o\s+)?"
    r"(?:from|desde|de)\s+(?:the\s+|la\s+|el\s+)?$"
)
# "walking for days from El Salvador", "deportados desde Estados Unidos": where they came from
# ("returned from El Florido" is not: that is where they turned back).
_CAME_FROM_BEFORE = WordPattern(
    r"\b(?:walk(?:ed|ing)?|travell?(?:ed|ing)|came|coming|fled|fleeing|deported|expelled|flown|"
    r"caminaron|caminando|viajaron|viajando|vinieron|huyeron|huyendo|deportad[oa]s|expulsad[oa]s)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:from|desde)\s+(?:the\s+|la\s+|el\s+|los\s+)?$"
)
# "tres días después de haber salido de Tapachula": where the group was before, not now.
_LEFT_BEFORE = WordPattern(
    r"\b(?:after\s+(?:leaving|departing(?:\s+from)?|setting\s+out\s+from)|since\s+(?:leaving|departing(?:\s+from)?)|"
    r"despu[ée]s\s+de\s+(?:haber\s+)?(?:salir|salido|partir|partido)\s+de(?:sde)?|"
    r"tras\s+(?:haber\s+)?(?:salir|salido|partir|partido)\s+de(?:sde)?)\s+(?:the\s+|la\s+|el\s+)?$"
)
# "from all over", "de todo el": where people come from, whoever they are.
_FROM_ALL_OVER_BEFORE = WordPattern(
    r"\b(?:from\s+(?:all\s+over|across|throughout)\s+(?:the\s+)?$|de\s+tod[oa]\s+(?:el\s+|la\s+)?$"
    r"|desde\s+tod[oa]\s+(?:el\s+|la\s+)?$)"
)
_DESTINATION_BEFORE = WordPattern(
    r"\b(?:toward|towards|bound\s+for|heading\s+(?:for|to)|headed\s+(?:for|to)|en\s+route\s+to|on\s+(?:their|its|the|his|her)\s+way\s+to|"
    r"hopes?\s+of\s+reaching|trying\s+to\s+reach|hoping\s+to\s+reach|to\s+reach|destination|asylum\s+in|"
    r"back\s+to|home\s+to|returned\s+to|return\s+to|sent\s+to|deported\s+to|"
    r"hacia|rumbo\s+a(?:l)?|regres\w+\s+a(?:l)?|volv\w+\s+a(?:l)?|retorn\w+\s+a(?:l)?|deportad\w+\s+a(?:l)?|"
    r"devuelt\w+\s+a(?:l)?|de\s+regreso\s+a(?:l)?|con\s+destino\s+a|camino\s+a(?:l)?|llegar\s+a(?:l)?|intentan\s+llegar\s+a(?:l)?)\s+"
    r"(?:the\s+|la\s+|el\s+|los\s+)?(?:(?:u\.?s\.?|us|mexican|southern|northern|frontera\s+(?:de|con|sur|norte|entre)(?:\s+de)?|border\s+(?:of|with|between))\s+)?$"
)
# Who reported it, not where it happened: "según La Prensa", "according to El Periódico".
_SOURCE_BEFORE = WordPattern(
    r"\b(?:seg[úu]n|according\s+to|reported\s+by|citing|cited\s+by|via|told|inform[óo]|public[óo]|"
    r"dijo\s+a|declar[óo]\s+a)\s+(?:el\s+|la\s+|the\s+|los\s+)?$"
)
# A border named by the country on its other side is a landmark, not where the group is.
_LANDMARK_BEFORE = WordPattern(r"\b(?:border|frontier|frontera|l[íi]mite)\s+(?:with|con)\s+$")
# The words each "before" pattern can end with (articles aside), to run only those that can match.
_ARTICLES = frozenset("the la el los las".split())
_ENDINGS = {
    "feature": "río rio river lago lake laguna volcán volcan volcano cerro mount sierra calle avenida street "
               "avenue puente bridge parque park hotel estadio stadium barrio colonia aeropuerto airport golfo "
               "gulf bahía bahia bay",
    "source": "según segun to by citing via told informó informo publicó publico a",
    "landmark": "with con",
    "actor": "de del of",
    "force": "de del of",
    "spoke": "in from at en desde",
    "origin": "from de desde over across throughout todo toda",
    "destination": "toward towards for to a al hacia destination reaching reach in us u.s. u.s mexican "
                   "southern northern sur norte de del con of with entre between",
    "crossed_from": "from desde de",
    "left": "leaving departing from de desde",
    "came_from": "from desde",
    "asked": "a al asked urged on pressed warned pidió pidio pidieron solicitó solicito exhortó exhorto instó insto",
}
_PATTERNS_ENDING_WITH: dict[str, list[str]] = {}
for _role, _words in _ENDINGS.items():
    for _word in _words.split():
        _PATTERNS_ENDING_WITH.setdefault(_word, []).append(_role)
for _word in _ARTICLES:
    _PATTERNS_ENDING_WITH.setdefault(_word, [])
# Between a town and its division or country: "Vado Hondo, Chiquimula", "Vado Hondo, en el
# departamento de Chiquimula", "Huixtla, in the state of Chiapas".
_HINT_AFTER = re.compile(
    r"^,\s*(?:(?:en\s+el\s+|in\s+the\s+)?(?:departamento|department|estado|state|provincia|province|municipio|municipality)"
    r"\s+(?:de|of)\s+(?:la\s+|el\s+)?)?$",
    re.I,
)
# "toward Guatemala and Mexico": a name joined to the one before shares its role.
_AND_AFTER = re.compile(r"^\s*,?\s*(?:y|e|and|or|o|ni|nor)\s+(?:the\s+|la\s+|el\s+)?$", re.I)
_SHARED_ROLES = frozenset(("destination", "origin", "spoke", "landmark", "actor"))
# A name right after a feature word names the feature, not the town: "the Suchiate River" is
# caught by capitalisation, "el río Suchiate" here.
_FEATURE_BEFORE = WordPattern(
    r"\b(?:r[íi]o|river|lago|lake|laguna|volc[áa]n|volcano|cerro|mount|sierra|calle|avenida|street|avenue|"
    r"puente|bridge|parque|park|hotel|estadio|stadium|barrio|colonia|aeropuerto|airport|golfo|gulf|bah[íi]a|bay)\s+$"
)
# A dateline: the place the reporter filed from, in capitals at the start of the article.
_DATELINE_AFTER = re.compile(r"^(?:,\s*[\w .]+)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]", re.I)

# "Officials said the caravan rested in Tapachula": a figure or the group between the verb of
# saying and "in" puts the place in what was said, not where it was said.
_GROUP_REPORTED = re.compile(rf"\d|\b(?:{GROUP_NOUNS}|{GROUP_HEADS}|caravans|caravanas)\b")

# Patterns only a country or division can match, and the role each pattern gives.
_AREAS_ONLY = frozenset(("force", "crossed_from", "asked"))
_ROLE = {"force": "actor", "asked": "actor", "crossed_from": "origin", "left": "origin", "came_from": "origin"}

_BEFORE_PATTERNS = [
    ("feature", _FEATURE_BEFORE), ("source", _SOURCE_BEFORE), ("landmark", _LANDMARK_BEFORE),
    ("actor", _ACTOR_BEFORE), ("force", _FORCE_BEFORE), ("spoke", _SPOKE_BEFORE),
    ("origin", _ORIGIN_BEFORE), ("origin", _FROM_ALL_OVER_BEFORE), ("crossed_from", _CROSSED_FROM_BEFORE),
    ("left", _LEFT_BEFORE), ("came_from", _CAME_FROM_BEFORE), ("asked", _ASKED_BEFORE),
    ("destination", _DESTINATION_BEFORE),
]


class PlaceInSentence(NamedTuple):
    """A place written in a sentence, with the role the sentence gives it.

    ``query`` is what is sent to the resolver (``"Vado Hondo, Chiquimula"``);
    ``role`` is ``stop``, ``actor``, ``spoke``, ``origin``, ``destination``, ``feature``
    (a river or street named after a town), ``source``
    (a newspaper named after a place), ``landmark`` (``the border with
    Guatemala``) or ``dateline``.
    """

    query: str
    start: int
    end: int
    role: str


def role_of(sentence: str, start: int, end: int, area: bool = False) -> str:
    """Return how a sentence uses the place written at ``sentence[start:end]``.

    ``area`` says the name is a country or division, which police and armies act for.
    """
    after = sentence[end:end + 60]
    before = sentence[max(0, start - 80):start]
    written = sentence[start:end]
    if written.isupper() and len(written) > 3 and _DATELINE_AFTER.match(after):
        return "dateline"
    if _ACTOR_AFTER.match(after) or _ACTOR_ADJECTIVE_AFTER.match(after):
        return "actor"
    if _REPORTED_AFTER.match(after):
        return "source"
    words = before.rstrip(" ,\t\n").rsplit(None, 2)[-2:]
    if not words:
        return "stop"
    ends = {words[-1].lower()}
    if words[-1].lower() in _ARTICLES and len(words) > 1:
        ends.add(words[-2].lower())
    # Every pattern ends with one of a few words: only those that can match are run.
    wanted = set()
    for word in ends:
        wanted.update(_PATTERNS_ENDING_WITH.get(word, ()))
    lowered = before.lower()
    for role, pattern in _BEFORE_PATTERNS:
        if role in wanted and (role not in _AREAS_ONLY or area):
            m = pattern.search(before, lowered=lowered)
            if m and not (role == "spoke" and _GROUP_REPORTED.search(m.group())):
                return _ROLE.get(role, role)
    return "stop"


def places_in_sentence(sentence: str, mentions: Sequence[Mention], is_area, offset: int = 0) -> list[PlaceInSentence]:
    """Group mentions into places (``Town, Division`` is one place) and give each its role.

    ``mentions`` carry offsets in the text the sentence starts at ``offset`` of
    (so those of a whole article can be passed as they are); the places' offsets
    are relative to ``sentence``.  ``is_area(key)`` says whether a name key is a
    country or division (so it can be a hint).
    """
    out: list[PlaceInSentence] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        start, end, query = first.start - offset, first.end - offset, first.name
        j = i + 1
        while j < len(mentions) and _HINT_AFTER.match(sentence[end:mentions[j].start - offset]) \
                and is_area(mentions[j].key) and not is_area(first.key):
            query = f"{query}, {mentions[j].name}"
            end = mentions[j].end - offset
            j += 1
        role = role_of(sentence, start, first.end - offset, is_area(first.key))
        if role == "stop" and out and out[-1].role in _SHARED_ROLES and _AND_AFTER.match(sentence[out[-1].end:start]):
            role = out[-1].role
        out.append(PlaceInSentence(query, start, end, role))
        i = j
    return out
