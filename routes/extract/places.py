"""Which place names in a sentence are stops of the group, and which are only context.

A name is context, not a stop, when the sentence uses it as an actor or a
backdrop rather than as where the group was:

* a government speaking or asked to act: ``Mexico's foreign ministry``, ``Guatemala's
  immigration authority``, ``el gobierno de México``, ``pidió a Honduras``;
* where officials sat or spoke: ``officials in Washington``, ``told reporters in
  Tegucigalpa``, ``dijo en la Ciudad de México`` (but not ``officials said the
  caravan rested in Tapachula``: the group between makes it the event's place);
* where someone lives or has kin: ``her brother lives in Palm Springs``, ``familiares en Miami``;
* where people came from: ``migrants from Honduras``, ``people from all over
  Honduras``, ``activistas de Tapachula``, ``crossing from Guatemala into``, and
  where the group was before: ``tres días después de haber salido de Tapachula``;
* where the group is heading, not where it is: ``toward the United States``,
  ``bound for``, ``rumbo a``, ``went back to Honduras``;
* who reported it: ``según La Prensa``, ``..., La Prensa reported.``;
* a country or division qualifying what follows: ``this southern Mexico town``,
  ``the Guatemala-Mexico border``, ``Mexico's southern border``;
* a distance's starting point: ``180 kilómetros al norte de Tegucigalpa``, ``45 kilometers from Tapachula``;
* a river, street, bridge or road named like a town (``el río Suchiate``, ``la
  carretera a Arriaga``, ``the Huehuetan highway``), and the dateline
  (``SAN PEDRO SULA, Honduras —``), where the reporter filed from;
* a person: a name right after or before a verb of saying (``said Lopez``,
  ``Morales dijo``) or followed by an age (``Lopez, 27,``).

A country, state or region is a stop only where the
sentence puts the group there (:func:`area_is_there`: ``crossed into
Guatemala``, ``advanced through Chiapas``, ``contenidos en Guatemala``); named
otherwise it is a nationality, a destination or a backdrop.  A name that is
also an ordinary word needs a preposition or phrase of place before it
(:func:`locative_before`).

A name joined to one of these by ``y``/``and`` (``hacia la frontera entre
Guatemala y México``) shares its role.  Adjacent names written as ``Vado Hondo,
Chiquimula``, ``Vado Hondo, en el departamento de Chiquimula`` or ``Ciudad
Hidalgo, Mexico`` become one place with its division or country as a hint.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..counts import parse_count
from .matcher import Mention
from .text import CaselessPattern, WordPattern
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
# "Excélsior reported that ...", "Milenio informó que ...": an outlet opening its sentence is the source.
_REPORTED_THAT_AFTER = re.compile(r"^\s+(?:reported|reports|wrote|said|says|report[óo]|inform[óo]|public[óo]|dijo|"
                                  r"se[ñn]al[óo])\s+(?:that|que)\b", re.I)
_OPENS_SENTENCE = re.compile(r"\s*(?:(?:the|el|la|los|las|diario|peri[óo]dico|newspaper|outlet)\s+)*", re.I)
# "Luis, from Barquisimeto", "Ana, 34, from", "Carlos, a farmer from": a person's hometown ("María, originaria de" is
# _HOME_WORD_BEFORE's: the word says it with no name before it).
_A_PERSONS_HOME_BEFORE = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+,\s+(?:\d{1,2},\s+)?(?:(?:a|an|un|una)\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
                                    r"from\s+$")
# "oriundo de", "originaria de", "a native of", "natural de": where a person is from, said with a word that says only
# that (census places.md, P2).
# (the town's noun may stand between: "originarios de su capital Managua", "natives of the city of San Pedro Sula")
_HOME_WORD_BEFORE = re.compile(r"\b(?:oriund[oa]s?|originari[oa]s?|natural(?:es)?|natives?)\s+(?:de|of)\s+"
                               r"(?:(?:su|sus|la|el|the|their|its)\s+(?:capital|ciudad|city|town|pueblo|village)\s+"
                               r"(?:de\s+|of\s+)?)?$", re.I)
# "the newspaper Excelsior", "el diario El Heraldo", "el rotativo EL ORBE": an outlet, named after a place or not.
_OUTLET_BEFORE = re.compile(r"\b(?:newspapers?|daily|dailies|magazine|tabloid|outlet|peri[óo]dicos?|diarios?|rotativos?|"
                            r"revistas?|semanarios?)\s+$", re.I)
# (unless the name before the comma is where the group went: "walked to Tapachula, from")
_INTO_NAME_BEFORE = re.compile(r"\b(?:in|to|at|into|en|a|al|hacia|de|from)\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+,\s+[^,]*$")
_ACTOR_ADJECTIVE_AFTER = CaselessPattern(
    r"^\s+(?:government|authorities|officials|foreign\s+ministry|ministry|embassy|president|army|"
    r"lawmakers|administration|consulate|"
    # "Puebla state police escorted the group": the state's force, not where the group is
    r"state\s+(?:police|troopers|government|authorities|officials|governor|prosecutors?|guard))\b")
_ACTOR_BEFORE = WordPattern(
    r"\b(?:gobierno|canciller[íi]a|canciller|president[ea]|ministerio|ministr[oa]|secretar[íi]a|embajada|"
    r"autoridades|instituto|ej[ée]rcito|congreso|consulado|c[óo]nsul|government|embassy|consulate|"
    r"gobernador[a]?|governor|alcalde(?:sa)?|mayor|"
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
# "luego de salir de Tapachula", "tras salir el miércoles de San Pedro Sula", "after leaving Tapachula":
# where the group set out from, a departure of its own (its day is the verb's); after a number of days
# ("tres días después de haber salido de Tapachula") only where it was before, not a row.
_LEFT_BEFORE = WordPattern(
    r"\b(?:sal(?:ieron|i[óo]|en)\s+(?:\w+\s+){0,2}?desde|partieron\s+(?:\w+\s+){0,2}?desde|"
    r"after\s+(?:leaving|departing(?:\s+from)?|setting\s+out\s+from)|since\s+(?:leaving|departing(?:\s+from)?)|"
    r"despu[ée]s\s+de\s+(?:haber\s+)?(?:salir|salido|partir|partido)\s+(?:[\w]+\s+){0,3}?de(?:sde)?|"
    r"luego\s+de\s+(?:haber\s+)?(?:salir|salido|partir|partido)\s+(?:[\w]+\s+){0,3}?de(?:sde)?|"
    r"tras\s+(?:haber\s+)?(?:salir|salido|partir|partido)\s+(?:[\w]+\s+){0,3}?de(?:sde)?|"
    # "tras caminar el lunes desde Huehuetán", "after walking all night from Huixtla": where the walk began
    r"tras\s+(?:haber\s+)?(?:caminar|caminado|andar|andado|marchar|marchado)\s+(?:[\w]+\s+){0,3}?desde|"
    r"despu[ée]s\s+de\s+(?:haber\s+)?(?:caminar|caminado|andar|andado|marchar|marchado)\s+(?:[\w]+\s+){0,3}?desde|"
    r"luego\s+de\s+(?:haber\s+)?(?:caminar|caminado|andar|andado|marchar|marchado)\s+(?:[\w]+\s+){0,3}?desde|"
    r"after\s+(?:walking|marching|trekking)\s+(?:[\w]+\s+){0,3}?from|"
    # "Miles de migrantes comenzaron el sábado 13 de octubre su caminata desde San Pedro Sula", "began walking north
    # from Tapachula": where the walk began
    # (each alternative starts with its letters: see WordPattern)
    + "|".join(stem + r"(?:aron|[óo]|an)\s+(?:[\w]+\s+){0,8}?desde" for stem in ("comenz", "empez", "inici")) + "|"
    + "|".join(verb + r"\s+(?:to\s+)?(?:walk|march|trek|head|mov)\w*\s+(?:[\w]+\s+){0,2}?from"
               for verb in ("began", "started", "begins", "starts", "begin", "start")) + ")"
    r"\s+(?:the\s+|la\s+|el\s+)?$"
)
# "llegaron este miércoles a Matías Romero desde Juchitán", "arribaron provenientes de Juchitán de Zaragoza":
# where an arrival set out from, a stage of the route (a country there is only where people come from).
_FROM_AN_ARRIVAL = r"\s+(?:[\w,.-]+\s+){0,8}?(?:from|desde|provenientes?\s+de|procedentes?\s+de)"
_ARRIVED_FROM_BEFORE = WordPattern(
    r"\b(?:lleg(?:aron|[óo]|an|ando|ado|ada)" + _FROM_AN_ARRIVAL + r"|arrib(?:aron|[óo]|an|ando)" + _FROM_AN_ARRIVAL
    + r"|arriv(?:ed|es|ing)" + _FROM_AN_ARRIVAL + r"|reached" + _FROM_AN_ARRIVAL + r"|got\s+to" + _FROM_AN_ARRIVAL
    # "desde su salida con más de 10.000 migrantes de Tapachula": the departure the sentence measures from
    + r"|salida\s+(?:[\w,.-]+\s+){0,6}?(?:de|desde))\s+(?:the\s+|la\s+|el\s+|los\s+|las\s+)?"
    # (a word may qualify the town before or after its level word: "arrived from the Mexican city of Torreón", "llegó
    # procedente de la norteña ciudad de Torreón", "de la ciudad fronteriza de": it is still where the arrival left)
    r"(?:(?:[\w-]+\s+)?(?:ciudad|ciudades|municipio|municipios|poblado|comunidad|localidad|cabecera|pueblo|aldea|city|"
    r"town|village|municipality)"
    r"(?:\s+(?!de\b|of\b)[\w-]+)?\s+(?:de|of)\s+)?$"
)
_DAYS_BEFORE_LEAVING = WordPattern(
    r"\b(?:d[íi]as|semanas|days|weeks)\s+(?:despu[ée]s|luego|after|since)\b[^,;]{0,40}$")
# "walked five hours from Huixtla to Escuintla", "started the trek north from Tapachula", "is departing
# from Tapachula": a movement's starting point (its end, "to Escuintla", follows, or the verb says a departure).
_SET_OUT_FROM_BEFORE = WordPattern(
    r"\b(?:walk\w*|march\w*|trek\w*|travel\w*|hik\w+|mov\w+|head\w*|camin\w+|avanz\w+|viaj\w+)\s+(?:[\w,-]+\s+){0,4}?"
    r"(?:from|desde)\s+(?:the\s+|la\s+|el\s+)?$"
)
_TO_AFTER = re.compile(r"^\s+(?:to|into|hasta|a|al)\s+(?:the\s+|la\s+|el\s+)?[A-ZÁÉÍÓÚÑ]")
_DEPARTING_FROM_BEFORE = WordPattern(
    r"\b(?:depart(?:ed|ing|s)?|start(?:ed|ing|s)?\s+(?:the\s+|their\s+|its\s+)?(?:trek|journey|walk|march)(?:\s+north)?|"
    r"set(?:ting)?\s+(?:out|off)|began\s+(?:the\s+|their\s+|its\s+)?(?:trek|journey|walk|march)(?:\s+north)?)\s+"
    r"(?:[\w]+\s+){0,2}?(?:from)\s+(?:the\s+)?$"
)
# "from all over", "de todo el", "en su mayoría de": where people come from, whoever they are.
_FROM_ALL_OVER_BEFORE = WordPattern(
    r"\b(?:from\s+(?:all\s+over|across|throughout)\s+(?:the\s+)?$|de\s+tod[oa]\s+(?:el\s+|la\s+)?$"
    r"|desde\s+tod[oa]\s+(?:el\s+|la\s+)?$|mostly\s+from\s+$|mainly\s+from\s+$|largely\s+from\s+$|"
    r"en\s+su\s+mayor[íi]a\s+(?:de|procedentes\s+de|originarios\s+de)\s+$|principalmente\s+de\s+$|sobre\s+todo\s+de\s+$)"
)
_DESTINATION_BEFORE = WordPattern(
    r"\b(?:toward|towards|bound\s+for|heading\s+(?:for|to)|headed\s+(?:for|to)|en\s+route\s+to|on\s+(?:their|its|the|his|her)\s+way\s+to|"
    r"hopes?\s+of\s+reaching|trying\s+to\s+reach|hoping\s+to\s+reach|to\s+reach|destination|asylum\s+in|"
    # a journey going on toward a goal: "continue their journey to Tijuana", "seguir su camino hacia la frontera"
    # (not "continued its journey to": a way gone)
    r"continu(?:e|es|ing)\s+(?:its|their|the|his|her)\s+(?:journey|trek|march|walk|way|trip)\s+(?:north\s+)?(?:to|toward|towards|into)|"
    r"resum(?:e|es|ing)\s+(?:its|their|the|his|her)\s+(?:journey|trek|march|walk|way|trip)\s+(?:north\s+)?(?:to|toward|towards|into)|"
    r"seguir\s+(?:su|el|la)\s+(?:camino|viaje|trayecto|recorrido|marcha|rumbo|traves[íi]a|ruta)\s+(?:a|al|hacia|hasta|rumbo\s+a(?:l)?)|"
    r"continuar\s+(?:su|el|la)\s+(?:camino|viaje|trayecto|recorrido|marcha|rumbo|traves[íi]a|ruta)\s+(?:a|al|hacia|hasta|rumbo\s+a(?:l)?)|"
    r"proseguir\s+(?:su|el|la)\s+(?:camino|viaje|trayecto|recorrido|marcha|rumbo|traves[íi]a|ruta)\s+(?:a|al|hacia|hasta|rumbo\s+a(?:l)?)|"
    r"retomar\s+(?:su|el|la)\s+(?:camino|viaje|trayecto|recorrido|marcha|rumbo|traves[íi]a|ruta)\s+(?:a|al|hacia|hasta|rumbo\s+a(?:l)?)|"
    r"siguen?\s+(?:su|el|la)\s+(?:camino|viaje|trayecto|recorrido|marcha|rumbo|traves[íi]a|ruta)\s+(?:a|al|hacia|hasta|rumbo\s+a(?:l)?)|"
    r"contin[úu]an?\s+(?:su|el|la)\s+(?:camino|viaje|trayecto|recorrido|marcha|rumbo|traves[íi]a|ruta)\s+(?:a|al|hacia|hasta|rumbo\s+a(?:l)?)|"
    r"prosiguen?\s+(?:su|el|la)\s+(?:camino|viaje|trayecto|recorrido|marcha|rumbo|traves[íi]a|ruta)\s+(?:a|al|hacia|hasta|rumbo\s+a(?:l)?)|"

    r"back\s+to|home\s+to|returned\s+to|return\s+to|sent\s+to|deported\s+to|expelled\s+to|"
    # (people others remove: "expel Venezuelan migrants caught crossing the border back into Mexico")
    + "".join(verb + r"\w*\s+(?:[\w'’.-]+\s+){0,10}?back\s+into|" for verb in ("expel", "deport", "send", "sent", "return",
                                                                             "push", "forc")) +
    r"travel\s+to|transport(?:ation)?\s+to|trip\s+to|viaje\s+a(?:l)?|traslado\s+a(?:l)?|transporte\s+a(?:l)?|"
    r"hacia|rumbo\s+a(?:l)?|regres\w+\s+a(?:l)?|volv\w+\s+a(?:l)?|retorn\w+\s+a(?:l)?|deportad\w+\s+a(?:l)?|"
    r"devuelt\w+\s+a(?:l)?|de\s+regreso\s+a(?:l)?|con\s+destino\s+a|camino\s+a(?:l)?|intentan\s+llegar\s+a(?:l)?|"
    # (not "comenzaron a llegar a Querétaro": they were arriving)
    r"llegar(?<!comenzaron\sa\sllegar)(?<!empezaron\sa\sllegar)(?<!comenz[óo]\sa\sllegar)(?<!empez[óo]\sa\sllegar)"
    r"\s+a(?:l)?)\s+"
    r"(?:the\s+|la\s+|el\s+|los\s+)?(?:(?:u\.?s\.?|us|mexican|southern|northern|frontera\s+(?:de|con|sur|norte|entre)(?:\s+de)?|border\s+(?:of|with|between))\s+)?$"
)
# The group went back to a country or state: "regresaron a Honduras", "the rest had to return to Honduras", "eran
# detenidos y retornados a suelo hondureño", "retornaron a su país de origen" (.described names the country): it is
# there now, a row of its own. Not people removed by others ("sent back to", "deported to": put on buses by officials,
# often before the story's day), nor a wish ("quieren regresar a Honduras").
_RETURNED_TO_BEFORE = WordPattern(
    r"\b(?:returned|went\s+back|had\s+to\s+return|regres(?:aron|[óo]|ados|adas)|retorn(?:aron|[óo]|ados|adas)|"
    r"volvieron|volvi[óo])\s+(?:home\s+)?(?:to|a|al)\s+(?:the\s+|la\s+|el\s+)?$")
# "Un contingente decidió avanzar hacia el municipio de Mapastepec", "otro grupo decidió regresar a Tapachula":
# a part of the group that went there (a decision told in the past is a move made, not a plan).
_DECIDED_TO_GO_BEFORE = WordPattern(
    r"\b(?:decidi(?:[óo]|eron|do)|optaron\s+por|opt[óo]\s+por|prefiri(?:[óo]|eron)|decided\s+to|chose\s+to|opted\s+to)\s+"
    r"(?:avanzar|caminar|seguir|continuar|regresar|volver|retornar|dirigirse|marchar|move|head|walk|go|return|"
    r"continue|press|turn)\s+(?:on\s+|back\s+|su\s+camino\s+|su\s+marcha\s+)?"
    r"(?:hacia|a|al|hasta|rumbo\s+a|to|toward|towards|into)\s+(?:the\s+|la\s+|el\s+|los\s+)?"
    r"(?:(?:municipio|ciudad|poblado|comunidad|localidad|town|city)\s+(?:de|of)\s+)?$"
)
# "retomó el miércoles su rumbo ... hasta llegar a la localidad de Villa Comaltitlán": where the walk ended.
_UNTIL_REACHING_BEFORE = WordPattern(
    r"\b(?:hasta\s+llegar\s+a(?:l)?|until\s+(?:they\s+|it\s+)?reach(?:ed|ing)?)\s+(?:the\s+|la\s+|el\s+)?"
    r"(?:(?:localidad|municipio|ciudad|poblado|comunidad|town|city|village)\s+(?:de|of)\s+)?$"
)
# "Hasta este punto de Oaxaca, el éxodo ha recorrido 400 km desde su salida de Tapachula": a stretch of the way
# measured, not a stop (and "Oaxaca" alone would be the city).
_THIS_POINT_BEFORE = WordPattern(r"\b(?:este|ese|aquel)\s+punto\s+(?:de|del)\s+(?:la\s+|el\s+)?$")
# An infinitive of movement names where the group means to go, not where it is: "en busca de llegar a
# territorio mexicano, para después ingresar a Estados Unidos", "buscará llegar a Santa Elena", "abandonar el
# territorio de Chiapas y entrar al estado de Oaxaca", "to enter Mexico" (not after "lograron": they did).
_TO_GO_BEFORE = WordPattern(
    r"\b(?:ingresar|entrar|cruzar|abandonar|alcanzar|enter|reach|leave|get\s+to|cross\s+into)\s+"
    r"(?:a\s+|al\s+|hacia\s+|into\s+|to\s+)?(?:the\s+|la\s+|el\s+)?"
    r"(?:(?:territorio|estado|departamento|municipio|ciudad|state|department|city)\s+(?:de|of)\s+)?$"
)
# (or a move told as the moment of something else, or done before it: "se disipó al ingresar a Guatemala", "tras cruzar
# a Guatemala", "luego de entrar al estado de Oaxaca")
_DID_GO_BEFORE = WordPattern(
    r"\b(?:lograr\w*|logr[óo]|consigui\w+|permiti\w+|dejaron|managed\s+to|were\s+able\s+to|was\s+able\s+to|"
    r"allowed\s+to|permitted\s+to|let\s+them|al|tras|luego\s+de|despu[ée]s\s+de)\s+$")
# Who reported it, not where it happened: "según La Prensa", "according to El Periódico".
_SOURCE_BEFORE = WordPattern(
    r"\b(?:seg[úu]n|according\s+to|reported\s+by|citing|cited\s+by|via|told|inform[óo]|public[óo]|"
    r"dijo\s+a|declar[óo]\s+a)\s+(?:el\s+|la\s+|the\s+|los\s+)?$"
)
# A border named by the country on its other side is a landmark, not where the group is.
# (so is the town on the other side of a border town: "Tecún Umán, pueblo fronterizo con Ciudad Hidalgo", "a town
# bordering Mexico")
_LANDMARK_BEFORE = WordPattern(r"\b(?:border|frontier|frontera|l[íi]mite|fronteriz[oa]s?|lim[íi]trofes?)\s+(?:with|con)\s+$")
# A place named only to say where another place is, the group's or a landmark's, is no stop of the group's (types-s16-17
# F17): where a crossing, bridge, wall or road leads or what it separates ("run toward a giant border crossing that leads
# into San Diego", "the border wall separating Tijuana, Mexico and San Diego", "un puente que conduce a Ciudad
# Hidalgo"; the second place of "A and B" shares the role), and what another place is not far from ("not too far from
# where thousands of crossings occur daily in Eagle Pass", "no muy lejos de Tapachula"; see also _DISTANCE_BEFORE).
_LANDMARK_NOUNS = ("crossing", r"port\s+of\s+entry", "bridge", "wall", "fence", "gate", "barrier", "levee", "road", "highway",
                   "path", "trail", "tunnel", "border", "line", "river", "cruce", "garita", "puente", "muro", "valla",
                   "cerca", "puerta", r"port[óo]n", "carretera", "camino", "paso", "frontera", r"l[íi]nea", r"r[íi]o",
                   r"t[úu]nel")
_LEADS = (r"\s+(?:[\w'’-]+\s+){0,3}?(?:(?:that|which|que)\s+)?(?:leads?|led|leading|goes|runs|opens|conduce|conduc[íi]a|lleva|"
          r"llevaba|da|daba)\s+(?:in)?(?:to|into|a|al|hacia)")
_SEPARATES = (r"\s+(?:[\w'’-]+\s+){0,3}?(?:(?:that|which|que)\s+)?(?:separat(?:es|ed|ing)|divid(?:es|ed|ing)|separa|separaba|"
              r"divide|divid[íi]a)(?:\s+a)?(?:\s+(?:[\w'’-]+\s+){0,3}?(?:from|de|del))?")  # ("separating the town from")
# (each alternative starts with its letters: see WordPattern)
_LOCATES_ANOTHER_BEFORE = WordPattern(
    r"\b(?:" + "|".join(noun + _LEADS for noun in _LANDMARK_NOUNS) + "|"
    + "|".join(noun + _SEPARATES for noun in _LANDMARK_NOUNS)
    + r"|not\s+(?:too\s+|so\s+|very\s+|that\s+)?far\s+(?:away\s+)?from|no\s+(?:muy\s+|tan\s+)?lejos\s+de(?:l)?"
    r"|a\s+short\s+distance\s+(?:away\s+)?from|a\s+poca\s+distancia\s+de(?:l)?)"
    r"\s+(?:(?:where|donde)\s+[^.;]{0,80}?\b(?:in|at|en)\s+)?(?:the\s+|la\s+|el\s+)?$")
_LOCATES_ANOTHER_WORDS = ("lead", "led ", "goes", "runs", "opens", "conduc", "lleva", " da", "separa", "divid", "far ",
                          "lejos", "distanc")
# A distance measured from a place says where something else is: "San Pedro Sula, 180 kilómetros al norte de
# Tegucigalpa", "a unos 180 kilómetros de la capital", "about 45 kilometers from Tapachula", "1,100 miles from McAllen".
_DISTANCE_BEFORE = WordPattern(
    r"\b(?:km|kms|kil[óo]metros?|kilomet(?:er|re)s?|millas|leguas|miles(?=\s+(?:\([^)]{0,30}\)\s+)?"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|from|away\s+from)\s))\s+"
    r"(?:\([^)]{0,30}\)\s+)?(?:away\s+|al\s+(?:norte|sur|este|oeste|oriente|poniente|noreste|noroeste|sureste|suroeste)\s+|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+)?(?:de|del|from|of)\s+(?:la\s+|el\s+|the\s+)?$"
)
# An event short of a town, told by the distance to it (types-s18-19 F26): "detuvo a la caravana a 9 km de Huixtla",
# "se apostaron unos 9 km antes de llegar a la ciudad de Huixtla", "stopped the group 12 miles short of Tapanatepec".  A
# distance that modifies the verb and names one town within a day's walk, where no other town of the clause is where
# the group is, makes that town the event's place (the role "short_of", settled in places_in_sentence); told of a noun
# ("Huixtla, a 40 km de Tapachula", "that municipality located about 45 km from Tapachula", "Escuintla, que está a 30 km
# de Huixtla") or farther ("stranded 300 miles south of the El Paso border") it only locates something else.
_UNIT = r"(?:km|kms|kil[óo]metros?|kilomet(?:er|re)s?|millas|miles|metros|meters|metres|cuadras|blocks)"
_SHORT_OF_BEFORE = WordPattern(
    r"\b" + _UNIT + r"\s+(?:antes\s+de\s+(?:llegar|arribar|entrar|ingresar)\s+a(?:l)?|"
    r"(?:before|short\s+of|shy\s+of)(?:\s+(?:reaching|arriving\s+(?:in|at)|getting\s+to|entering))?)\s+"
    r"(?:the\s+|la\s+|el\s+)?(?:(?:ciudad|municipio|cabecera\s+municipal|poblado|localidad|comunidad|town|city|village|"
    r"municipality)\s+(?:de|of)\s+)?$")
# the number of a distance (digits, as reporters write them), its unit, and the words that tie it to a noun before it
_DISTANCE_FIGURE = re.compile(r"(\d[\d.,]*)\s*(?:\([^)]{0,30}\)\s*)?" + _UNIT + r"\b", re.I)
_OF_A_NOUN_BEFORE_DISTANCE = re.compile(
    r"(?:\b(?:located|situated|lies|lying|sits|is|was|are|were|ubicad[oa]s?|situad[oa]s?|localizad[oa]s?|est[áa]|"
    r"est[áa]n|queda|se\s+encuentra|se\s+ubica)|"
    # (an apposition to a noun of place: "that municipality, about 45 km from", "el poblado, a unos 5 km de")
    r"\b(?:town|city|village|municipality|community|hamlet|settlement|ciudad|municipio|pueblo|poblado|comunidad|"
    r"localidad|aldea|ejido|ranchería|cabecera)\s*[,–—])\s*(?:a\s+)?(?:(?:about|some|around|roughly|approximately|"
    r"nearly|almost|just|only|more\s+than|less\s+than|unos|unas|cerca\s+de|casi|apenas|m[áa]s\s+de|menos\s+de|"
    r"aproximadamente|alrededor\s+de|solo|sólo)\s+)*$", re.I)
_A_DAYS_WALK_KM = 50.0
_KM_PER = {"mil": 1.609, "mile": 1.609, "metr": 0.001, "mete": 0.001, "cuad": 0.1, "bloc": 0.1}


def _distance_of_the_verb(before: str, end_of_figure: int) -> bool:
    """True when the distance phrase ending at ``end_of_figure`` of ``before`` (the words before a place) tells where
    the sentence's event was: no noun or other place before it that it locates ("located", "que está", an apposition
    after a comma), and a day's walk at most (a distance written without digits, "a unos kilómetros", is near)."""
    figures = list(_DISTANCE_FIGURE.finditer(before, 0, end_of_figure))
    head = before[:figures[-1].start()] if figures else before[:end_of_figure]
    if figures:
        amount = figures[-1].group(1).replace(",", "")
        try:
            km = float(amount) if amount.count(".") <= 1 else float(amount.replace(".", ""))
        except ValueError:
            return False
        unit = figures[-1].group(0)[len(figures[-1].group(1)):].strip().lower()
        km *= next((factor for stem, factor in _KM_PER.items() if unit.startswith(stem)), 1.0)
        if km > _A_DAYS_WALK_KM:
            return False
    else:  # "ten miles short of", "a unos nueve kilómetros de"; "a unos kilómetros de", "a few miles from" are near
        unit_at = re.search(_UNIT + r"\b[^\d]*$", before[:end_of_figure], re.I)
        head = before[:unit_at.start()] if unit_at else head
        words = head.split()
        for n in (3, 2, 1):  # (the number's words: "three hundred", "nueve")
            try:
                km = parse_count(" ".join(words[-n:])).nominal if len(words) >= n else None
            except ValueError:
                continue
            if km is not None:
                unit = unit_at.group(0).lower() if unit_at else ""
                km *= next((factor for stem, factor in _KM_PER.items() if unit.startswith(stem)), 1.0)
                if km > _A_DAYS_WALK_KM:
                    return False
                head = " ".join(words[:-n]) + " "
                break
        head = re.sub(r"(?:\b(?:a|unos|unas|pocos|pocas|algunos|a\s+few|few|several|varios)\s+)+$", "", head, flags=re.I)
    return _OF_A_NOUN_BEFORE_DISTANCE.search(head) is None


# "al occidente de Eagle Pass", "just west of McAllen": a town the place lies beside, not where the group is
# (an area is another matter: "al sur de México" is in it).
_DIRECTION_OF_BEFORE = WordPattern(
    r"\b(?:al\s+(?:norte|sur|este|oeste|oriente|poniente|occidente|noreste|noroeste|sureste|suroeste)\s+(?:de|del)|"
    r"north\s+of|south\s+of|east\s+of|west\s+of|northeast\s+of|northwest\s+of|southeast\s+of|southwest\s+of)"
    r"\s+(?:la\s+|el\s+|the\s+)?$"
)
# A road named by where it leads is not a stop: "la carretera a Arriaga", "the highway leading to Choloma".
# (not the group's own way, "tomó su camino hacia Chahuites", "their road to Tijuana": where it heads)
_OWN_WAY_BEFORE = re.compile(r"\b(?:su|sus|their|its)\s+$", re.I)
_ROAD_BEFORE = WordPattern(
    r"\b(?:carretera|autopista|highway|road|freeway|expressway|ruta|tramo|camino)\s+"
    r"(?:(?:que\s+)?(?:lleva|conduce|va|llevaba|conduc[íi]a)\s+|(?:leading|going|that\s+leads|which\s+leads)\s+)?"
    r"(?:a|al|hacia|to|toward|towards)\s+$"
)
# A place described, not visited: its name followed by "is a", "es una" (what it is, not what the group did there).
_DESCRIBED_AFTER = re.compile(r"^(?:,\s*[^,]{1,40},)?\s+(?:is|was|remains|es|era|sigue\s+siendo)\s+(?:a|an|one|un|una|uno)\s", re.I)
_ROAD_AFTER = re.compile(r"^\s+(?:highway|road|freeway|expressway)\b", re.I)
# A road named by the towns it links is no stop of either: "la autopista Orizaba – Puebla", "la carretera
# Tapachula-Huixtla", "the Orizaba-Puebla highway".
_ROAD_WORD = r"(?:carretera|autopista|highway|road|freeway|expressway|tramo|libramiento|supercarretera)"
_LINKED_ROAD_FIRST_BEFORE = re.compile(rf"\b{_ROAD_WORD}\s+(?:(?:federal|costera|de\s+cuota|libre)\s+)?$", re.I)
_LINKED_ROAD_DASH_AFTER = re.compile(r"^\s*[-–—/]\s*[A-ZÁÉÍÓÚÑ]")
_LINKED_ROAD_SECOND_BEFORE = re.compile(
    rf"\b(?i:{_ROAD_WORD})\s+(?:(?i:federal|costera|de\s+cuota|libre)\s+)?[A-ZÁÉÍÓÚÑ][\w.]*(?:\s+[\w.]+){{0,3}}?"
    r"(?:\s*[-–—/]\s*[A-ZÁÉÍÓÚÑ][\w.]*){0,2}\s*[-–—/]\s*$")  # (a third end too: "la carretera Victoria-Reynosa/Matamoros")
# The stretch of a street named by the streets at its ends (types-s22-23 F17): "cerraron la avenida Colón, de Pino
# Suárez a Villagrán", "Calle 5 between Juárez and Madero": cross streets, no towns.
_STREET = r"(?:avenida|av\.|calle|calzada|bulevar|boulevard|blvd\.|paseo|street|avenue)"
# (a street's name: its word, then a capitalised word or a number and up to three more words)
_STREET_NAMED = rf"\b(?i:{_STREET})\s+[A-ZÁÉÍÓÚÑ\d][\w.]*(?:\s+[\w.]+){{0,3}}?"
_STREET_STRETCH_FIRST_BEFORE = re.compile(_STREET_NAMED + r"\s*,?\s+(?i:de|desde|entre|from|between)\s+$")
# (and the street crossing it at a corner: "sobre la avenida Colón y Villagrán", "calle 5 esquina con Madero")
_STREET_CORNER_BEFORE = re.compile(
    _STREET_NAMED + r"\s+(?i:y|e|and|esquina\s+con|esq\.|corner\s+of)\s+$")
_STREET_STRETCH_SECOND_BEFORE = re.compile(
    _STREET_NAMED + r"\s*,?\s+(?i:de|desde|entre|from|between)\s+"
    r"[A-ZÁÉÍÓÚÑ][\w.]*(?:\s+[\w.]+){0,3}?\s+(?i:a|al|hasta|y|e|and|to)\s+$")
# A Border Patrol sector named after its town is an area of the border, not the town: "the Tucson sector", "agents
# of the Del Rio Sector"; and officers posted somewhere are where they serve, not where the group is: "Border Patrol
# agents stationed in Ajo"; not where forces are deployed, which is where they stop the group (types-s22-23 F17).
_SECTOR_AFTER = re.compile(r"^\s+(?:border\s+patrol\s+)?sector\b", re.I)
_POSTED_BEFORE = re.compile(
    r"\b(?:agents?|officers?|troops|soldiers|guards(?:men)?|police|personnel|officials|agentes|elementos|soldados|"
    r"militares|polic[íi]as|funcionarios)\s+(?:[\w-]+\s+){0,4}?(?:stationed|based|posted|assigned|destacad[oa]s|"
    r"adscrit[oa]s|asignad[oa]s)\s+(?:in|at|to|en|a)\s+(?:the\s+|la\s+|el\s+)?$", re.I)
_LINKED_ROAD_FIRST_AFTER = re.compile(
    r"^\s*[-–—/]\s*[A-ZÁÉÍÓÚÑ][\w.]*(?:\s+[A-ZÁÉÍÓÚÑ][\w.]*){0,3}\s+(?i:highway|road|freeway|expressway)\b")
# A country or division that qualifies what follows names no place of the group's: "this southern
# Mexico town", "the Guatemala-Mexico border", "Mexico's southern border".
_AREA_QUALIFIES_AFTER = re.compile(
    r"^(?:(?:'s|’s)\s|(?:[-–/][A-ZÁÉÍÓÚÑ][\w]+)?\s+(?:border|frontier|boundary|town|city|village|side|port)\b)")
# A name among the words that qualify a town named after them is no place of its own: "the Pacific coast city of
# Mazatlán", "the Gulf port of Veracruz", "the Sonora border town of Nogales" (the town is the name after "of").
# (the name opens the noun phrase after its article; the words between it and the noun are modifiers, not a
# preposition or an article: "from Mexico City to the city of Tijuana" names both)
_QUALIFIES_A_NAMED_TOWN_AFTER = re.compile(
    r"^(?:\s+(?!(?i:to|the|and|or|of|in|at|from|for|with|on|into|a|an|via|through|toward|towards)\b)[A-Za-z][\w-]*){0,2}"
    r"\s+(?i:city|town|port|village|municipality|capital)\s+(?i:of)\s+(?:(?i:the)\s+)?[A-ZÁÉÍÓÚÑ]")
_ARTICLE_OPENS_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)
# Spanish puts the qualifier after the noun: "la ciudad costera del Pacífico de Salina Cruz", "al puerto del Golfo,
# Coatzacoalcos", "la ciudad del Soconusco de Huixtla": the name after "del" qualifies the noun whose own name follows
# ("de X" or ", X"); "la ciudad de Oaxaca" is the town's name (no article before it).
_QUALIFIES_A_NOUN_BEFORE = re.compile(
    r"\b(?:ciudad|puerto|poblado|localidad|municipio|pueblo|villa|comunidad|cabecera\s+municipal)\s+"
    r"(?:[a-záéíóúñ]+\s+){0,2}?(?:del|de\s+la)\s+$", re.I)
_THE_NOUNS_NAME_AFTER = re.compile(r"^(?:\s*,\s*|\s+de\s+)(?:la\s+|el\s+)?[A-ZÁÉÍÓÚÑ]")
# A people's name qualifying a group or a rite: "an Aztec dance group", "a Maya ceremony" (not after a word of place:
# "in a Tapachula shelter").
_AN_ARTICLE_BEFORE = re.compile(
    r"(?:^|\s)(?P<place_word>(?:in|at|into|inside|outside|near|to|toward|towards|from|through|across|via|of|reached|"
    r"entered|left)\s+)?(?:an?|the)\s+$", re.I)
_A_PEOPLES_THING_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:dance|dancers|dancing|music|musicians|ceremony|ceremonies|ritual|rite|culture|heritage|"
    r"tradition|costumes?|troupe|band|choir|elders?|priests?|blessing|prayer|offering|language)\b")
# A person: "said Lopez", "dijo Morales", "Lopez, 27,", "Morales said".
_SAYING = (
    r"said|says|told|explained|added|recalled|remarked|dijo|dice|explic[óo]|agreg[óo]|añadi[óo]|afirm[óo]|"
    r"declar[óo]|coment[óo]|relat[óo]|señal[óo]|indic[óo]|cont[óo]|asegur[óo]|denunci[óo]|destac[óo]|expuso"
)
_PERSON_BEFORE = WordPattern(rf"\b(?:{_SAYING})\s+$")
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|en|town\s+of|city\s+of|ciudad\s+de|municipio\s+de)\s+(?:the\s+|la\s+|el\s+)?$", re.I)
_PERSON_AFTER = re.compile(
    rf"^(?:,\s*(?:a\s+)?\d{{1,3}}(?:\s*,|\s+(?:years|años|anos)\b)|\s+\(\d{{1,3}}\)|\s+(?:{_SAYING})\b)", re.I)
# Where the group is going, named after a few words: "hacia el municipio de Huixtla", "bound for an
# immigration office some 50 kilometers away in Huixtla", "the next stop, Arriaga", "con primer destino
# en Arriaga", "would take the estimated 4,000 migrants to Mexico City".
_DESTINATION_FAR_BEFORE = WordPattern(
    r"\b(?:toward|towards|hacia|closer\s+to|rumbos?\s+a(?:l)?|bound\s+for|head(?:ing|ed|s)?\s+(?:for|to)|en\s+route\s+to|"
    r"on\s+(?:their|its)\s+way\s+to|to\s+reach|llegar\s+a(?:l)?|avanzar\s+a(?:l)?|dirigirse\s+a(?:l)?|"
    # ("llegar a la frontera norte, en Ciudad Juárez": the border, then where on it)
    r"buscan\s+llegar\s+a(?:l)?)\s+(?:[\w'’.-]+\s+){0,6}?(?:[\w'’.-]+|(?:frontera|border)(?:\s+\w+)?,)\s+"
    r"(?:de|del|of|in|at|en)\s+(?:the\s+|la\s+|el\s+)?$"
)
_NEXT_STOP_BEFORE = WordPattern(
    r"\b(?:next\s+stop,?\s+$|final\s+destination,?\s+$|next\s+destination,?\s+$|pr[óo]xima\s+parada,?\s+(?:en\s+)?$|"
    r"siguiente\s+parada,?\s+(?:en\s+)?$|primer\s+destino,?\s+(?:en\s+|es\s+)?$|"
    r"pr[óo]ximo\s+destino,?\s+(?:en\s+|es\s+)?$|siguiente\s+destino,?\s+(?:en\s+|es\s+)?$|"
    r"destino\s+final,?\s+(?:en\s+|es\s+)?$|backtrack\s+to\s+$|avance\s+(?:a|hacia)\s+$|objetivo(?:\s+final)?:?\s+(?:es\s+)?(?:la\s+|el\s+)?$|"
    r"goal:?\s+(?:is\s+)?(?:the\s+)?$|closer\s+to\s+(?:the\s+)?$)"
)
# What people hope to do is not where they are: "con intenciones de entrar a Estados Unidos",
# "con la idea de llegar a", "in hopes of entering".
_INTENT_BEFORE = WordPattern(
    r"\b(?:intenci[óo]n|intenciones|idea|objetivo|meta|sueño|esperanza|hope|hopes|goal|aim|intention|dream)\s+"
    r"(?:de|of|to)\s+(?:\w+\s+){0,4}?(?:llegar|entrar|cruzar|ingresar|ir|alcanzar|reach|reaching|enter|entering|cross|"
    r"crossing|get|getting|go|going|make\s+it|making\s+it)\s+(?:a\s+|al\s+|en\s+|to\s+|into\s+|on\s+to\s+)?"
    r"(?:the\s+|la\s+|el\s+|los\s+)?$"
)
# A hope said with its verb: "confía llegar hoy mismo a la capital" (where the group is not yet).
_HOPES_TO_REACH_BEFORE = WordPattern(
    r"\b(?:conf[íi]an?|conf[íi]aban?)\s+(?:en\s+)?(?:llegar|entrar|ingresar|alcanzar)\s+(?:[\w]+\s+){0,2}?"
    r"(?:a|al|en|hasta)\s+(?:la\s+|el\s+|los\s+)?$"
)
# A way the group ruled out is not where it went: "luego de descartar irse por La Mesilla", "after ruling out
# going via El Ceibo", "instead of crossing through Corinto".
_RULED_OUT_BEFORE = WordPattern(
    r"\b(?:descart\w*|ruled?\s+out|ruling\s+out|rejected|rejecting|instead\s+of|en\s+lugar\s+de|en\s+vez\s+de)\s+"
    r"(?:[\w'’]+\s+){0,4}?(?:por|via|through|by)\s+(?:the\s+|la\s+|el\s+)?$"
)
# A move the group declined is not where it went: "declined to travel to Chiapas' capital, the Tuxtla Gutierrez
# city", "se negaron a viajar a la Ciudad de México", "descartaron ir a Tlaxcala", "decided not to go to".  The place
# follows the preposition, or an apposition after it; tried apart from the patterns picked by their last word.
_DECLINED_TO_GO = (r"\s+(?:to\s+)?(?:travel|go|head|move|walk|continue|viajar|ir|irse|dirigirse|avanzar|caminar|trasladarse|"
                   r"seguir|continuar)\s+(?:on\s+)?(?:to|toward|towards|into|a|al|hacia|hasta)\s+(?:[^;.!?,]{0,40}?,\s+)?"
                   r"(?:the\s+|la\s+|el\s+)?$")
# a stop declined: "decided not to stop as planned in the community of La Ventosa", "decidieron no detenerse como estaba
# previsto en"
_DECLINED_TO_STOP = (r"\s+(?:to\s+)?(?:stop|stay|rest|halt|sleep|spend\s+the\s+night|camp|detenerse|parar|quedarse|"
                     r"pernoctar|descansar|dormir|acampar)\s+(?:[^;.!?,]{0,40}?\s+)?(?:in|at|en)\s+(?:the\s+|la\s+|el\s+)?"
                     r"(?:(?:community|town|village|city|comunidad|localidad|poblado|ciudad|municipio)\s+(?:of|de)\s+)?$")
_NOT_WORDS = (r"decided\s+not", r"chose\s+not", r"opted\s+not", r"agreed\s+not", r"se\s+neg(?:aron|[óo])\s+a",
              r"no\s+quisieron", r"decidi(?:eron|[óo])\s+no")
# (each alternative starts with its letters: see WordPattern)
_DECLINED_BEFORE = WordPattern(
    r"\b(?:" + "|".join(w + _DECLINED_TO_GO for w in (
        r"declin(?:ed|es|ing)", r"refus(?:ed|es|ing)", *_NOT_WORDS, r"desisti(?:eron|[óo])\s+de",
        r"descart(?:aron|[óo]|ando)", r"rechaz(?:aron|[óo])"))
    + "|" + "|".join(w + _DECLINED_TO_STOP for w in _NOT_WORDS) + ")"
)
# A place that only describes another: "Irapuato, en el estado de Guanajuato, vecino al de Jalisco", "in Guanajuato
# state, next to Jalisco state", "which borders Jalisco": the neighbour is no stop.
_NEIGHBOUR_BEFORE = WordPattern(
    r"\b(?:vecin[oa]s?\s+(?:a|al|de|del)(?:\s+de)?|colindante\s+con|que\s+colinda\s+con|colinda\s+con|limita\s+con|"
    r"next\s+to|bordering|borders|adjacent\s+to|neighbou?ring)\s+(?:the\s+|el\s+|la\s+)?"
    r"(?:(?:state|estado|departamento|department|province|provincia)\s+(?:of|de)\s+)?$")
# A choice not yet made names no stop: "deciding whether to rest in this town or resume their walk through Mexico".
_CHOICE_BEFORE = WordPattern(
    r"\b(?:whether\s+to|si\s+(?:descansar|seguir|quedarse|continuar|avanzar))\s+[^.;:]{0,80}?\b(?:or|o)\s+(?:to\s+)?"
    r"(?:[\w'’-]+\s+){1,4}?(?:through|to|into|toward|towards|in|across|por|a|al|hacia|hasta|en)\s+(?:the\s+|la\s+|el\s+)?$")
_NEIGHBOUR_WORDS = ("vecin", "colind", "limita", "next to", "border", "adjacent", "neighbo")
# An arrival told in a clause of what the group did before ("tras cruzar el río Suchiate y llegar a Ciudad Hidalgo,
# caminaron hasta Tapachula", "luego de llegar a Huixtla"): done, a stop.
_REACHED_AFTER_BEFORE = WordPattern(
    r"\b(?:tras|luego\s+de|despu[ée]s\s+de)\s+(?:haber\s+)?(?:[^.;,]{0,60}?\by\s+)?(?:llegar|arribar|ingresar|entrar)\s+"
    r"(?:a|al|en|hasta)\s+(?:la\s+|el\s+)?(?:(?:ciudad|municipio|poblado|comunidad|localidad)\s+de\s+)?$")
_DECLINED_WORDS = ("declin", "refus", " not ", "negaron", "negó", "nego", "no quisieron", "desisti", "descart", "rechaz",
                   "decidieron no", "decidió no", "decidio no")
# Where other people had been waiting is not where the group is: "people who had been waiting for days in the
# Guatemalan town of Tecún Umán", "personas que estaban esperando en Tecún Umán".
_WAITED_ELSEWHERE_BEFORE = WordPattern(
    r"\b(?:people|those|others|personas|otros|otras|aquellos|aquellas)\s+(?:who|que)\s+(?:had\s+been|have\s+been|were|"
    r"hab[íi]an\s+estado|estaban|han\s+estado)\s+(?:waiting|esperando)\b[^.;]{0,60}?\b(?:in|at|en)\s+(?:the\s+|la\s+|el\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:(?:town|city|village|ciudad|pueblo|municipio|localidad)\s+(?:of|de)\s+)?$"
)
# "Ana Luisa España, a clothes washer from Chiquimula": where a person is from (in Spanish "un albergue
# de Chiquimula" is where the shelter is: "migrantes de Honduras" is caught above).
_SOMEONE_FROM_BEFORE = WordPattern(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,5}?from\s+$")
# Where someone lives or has kin is not where the group is: "her brother lives in Palm Springs", "who settled
# in Houston", "relatives in Texas", "un hermano que vive en Los Ángeles", "familiares en Miami".
_RESIDES_BEFORE = WordPattern(
    r"\b(?:lives?|lived|living|resides?|resided|residing|settled|vive|viven|viv[íi]a|viv[íi]an|reside|residen|radica|"
    r"radican)\s+(?:\w+\s+){0,2}?(?:in|en)\s+(?:the\s+|la\s+|el\s+)?$"
)
_KIN_IN_BEFORE = WordPattern(
    r"\b(?:relatives|brothers?|sisters?|sons?|daughters?|husband|wife|cousins?|uncles?|aunts?|parents|mother|father|"
    r"familiares|parientes|herman[oa]s?|hij[oa]s?|espos[oa]|prim[oa]s?|t[íi][oa]s?|padres|madre|padre)\s+"
    r"(?:in|en)\s+(?:the\s+|la\s+|el\s+)?$"
)
# A fare or a ticket names where it goes: "pagando 12 dólares hasta Agua Caliente".
_FARE_BEFORE = WordPattern(
    r"\b(?:d[óo]lares|dollars|lempiras|quetzales|pesos|fares?|tickets?|pasajes?|boletos?)\s+(?:hasta|hacia|to|a|para)\s+$"
)
_CARRIED_TO_BEFORE = WordPattern(
    r"\b(?:would|will|could|to)\s+(?:take|bring|carry|transport|drive|fly)\s+(?:[\w'’,-]+\s+){0,6}?to\s+(?:the\s+)?$"
)
# A place that locates something else named before it is no stop of the group's (the thing may be one the gazetteer
# lacks): "el puente Ingeniero Luis Cabrera, que se encuentra en Chiapas", "Tepeaca, which is located in Puebla
# state", "Sayula de Alemán, uno de los 212 municipios de Veracruz", "the Acatzingo municipality in Puebla".
# (not when what is located there is the group: "la caravana, que se encuentra en Oaxaca", see _GROUP_LOCATED)
_LOCATED = (r"\s+(?:se\s+encuentra|se\s+ubica|est[áa]|queda|is|lies|sits)\s+(?:located\s+|situated\s+|ubicad[oa]\s+|"
            r"situad[oa]\s+)?(?:en|in)")
_ONE_OF = (r"\s+(?:de|of)\s+(?:los|las|the)\s+(?:\d+\s+)?(?:municipios|municipalities|ciudades|towns|cities|comunidades|localidades|"
           r"pueblos)\s+(?:de|del|of|in|en)")
_LOCATES_BEFORE = WordPattern(
    r"\b(?:que" + _LOCATED + r"|which" + _LOCATED + r"|that" + _LOCATED + r"|"
    r"ubicad[oa]s?\s+(?:en|in)|situad[oa]s?\s+(?:en|in)|localizad[oa]s?\s+(?:en|in)|located\s+(?:en|in)|"
    r"situated\s+(?:en|in)|uno" + _ONE_OF + r"|una" + _ONE_OF + r"|one" + _ONE_OF + r"|"
    r"municipality\s+(?:in|en)|municipio\s+(?:in|en))\s+"
    r"(?:the\s+|el\s+|la\s+)?(?:(?:southern|northern|eastern|western|central)\s+)?(?:(?:state|department|estado|"
    r"departamento)\s+(?:of|de)\s+)?$")
_LOCATES_WORDS = ("encuentra", "ubica", "está", "esta", "queda", "is ", "lies", "sits", "located", "situated", "ubicad",
                  "situad", "localizad", "municipio", "municipalit")
_GROUP_LOCATED = WordPattern(
    r"\b(?:caravana|caravan|migrantes|migrants|grupo|group|contingente|contingent|éxodo|exodo|exodus|ellos|they|people|"
    r"personas|indocumentados|extranjeros|hondure[ñn]os|hondurans|salvadore[ñn]os|salvadorans|guatemaltecos|"
    r"guatemalans|venezolanos|venezuelans|centroamericanos|central\s+americans)\s*,?\s*"
    r"(?:que|which|that|who)\s+\w+")
# The areas a road links are its ends, not stops: "the highway linking the capital and the central state of Puebla",
# "la carretera que une a Chiapas con Oaxaca" (see _ROAD_BEFORE: "la carretera a Arriaga").
_ROAD_LINKING_BEFORE = WordPattern(
    r"\b(?:carretera|autopista|highway|road|freeway|expressway|ruta|tramo|camino)\s+(?:that\s+|which\s+|que\s+)?"
    r"(?:links?|linking|connects?|connecting|joins?|joining|une|un[íi]a|conecta|conectaba|comunica|comunicaba)\s+"
    r"(?:[\w'’,-]+\s+){0,8}?$")
# The towns a bridge joins are its ends, where it is: "cruzaron el puente Rodolfo Robles, que une Tecún Umán con Ciudad
# Hidalgo", "the bridge that links Tecun Uman and Ciudad Hidalgo" (the crossing is the bridge's row).
_BRIDGE_LINKING_BEFORE = WordPattern(
    r"\b(?:puente|bridge)\s+(?:[\w'’.-]+,?\s+){0,4}?(?:that\s+|which\s+|que\s+)"
    r"(?:links?|connects?|joins?|une|un[íi]a|conecta|comunica)\s+(?:a\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?:(?:and|y|con|with|to|a)\s+)?$")
_NAMED_BRIDGE = re.compile(r"\w+\s+(?:[\w'’.-]+,?\s+)*?[A-ZÁÉÍÓÚÑ][\w'’.-]*,?\s+(?:[\w'’.-]+,?\s+)*?(?:that|which|que)\s")
# The words each "before" pattern can end with (articles aside), to run only those that can match.
_ARTICLES = frozenset("the la el los las".split())
_ENDINGS = {
    "feature": "río rio river lago lake laguna volcán volcan volcano cerro mount sierra calle avenida street "
               "avenue puente bridge parque park hotel estadio stadium barrio colonia aeropuerto airport golfo "
               "gulf bahía bahia bay de of",
    "named_after": "deportivo deportiva polideportivo cancha auditorio domo aduana garita field stadium gymnasium post "
                   "office escuela school mercado como llamado llamada denominado denominada as called named "
                   "\" “ « '",
    "source": "según segun to by citing via told informó informo publicó publico a",
    "road": "a al hacia to toward towards",
    "person": "said says told explained added recalled remarked dijo dice explicó explico agregó agrego añadió "
              "anadio afirmó afirmo declaró declaro comentó comento relató relato señaló senalo indicó indico "
              "contó conto aseguró aseguro denunció denuncio destacó destaco expuso",
    "destination_far": "de del of in at en",
    "next_stop": "stop destination parada destino es en to final final: objetivo objetivo: goal goal: is la el the",
    "carried_to": "to",
    "intent": "hasta a al en to into llegar entrar cruzar ingresar ir alcanzar reach reaching enter entering cross crossing "
              "get getting go going it",
    "someone_from": "from",
    "ruled_out": "por via through by",
    "waited_elsewhere": "in at en of de",
    "resides": "in en",
    "to_go": "a al hacia into to de of ingresar entrar cruzar abandonar alcanzar enter reach leave into",
    "fare": "hasta hacia to a para",
    "landmark": "with con",
    "distance": "de del from of",
    "actor": "de del of",
    "force": "de del of",
    "spoke": "in from at en desde",
    "origin": "from de desde over across throughout todo toda",  # "en su mayoría de" ends with "de" too
    "destination": "toward towards for to into a al hacia hasta destination reaching reach in us u.s. u.s mexican "
                   "southern northern sur norte de del con of with entre between",
    "crossed_from": "from desde de",
    "returned_to": "to a al",
    "left": "leaving departing from de desde",
    "came_from": "from desde",
    "decided_to_go": "hacia a al hasta to toward towards into de of",
    "until_reaching": "a al reach reached reaching de of",
    "this_point": "de del",
    "arrived_from": "from desde de of",
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
# ("El Florido, en Chiquimula", "Juchitán, in the southeastern state of Oaxaca": a division after "en"/"in" too)
# ("La Hachadura, en el occidental departamento (estado) de Ahuachapán": a gloss in brackets after the level word)
# ("El Florido, en Chiquimula" only as the town's first hint: "Vado Hondo, Chiquimula, in Guatemala" names the country
# apart)
_HINT_AFTER = re.compile(
    r"^(?:,\s*(?:(?:en\s+el\s+|in\s+the\s+|en\s+|in\s+|the\s+|el\s+|la\s+)?(?:[a-záéíóúñ-]+\s+){0,2}?(?:departamento|"
    r"department|estado|state|provincia|province|municipio|municipality)(?:\s+[a-záéíóúñ]+|\s*\([^()]{1,25}\))?\s+(?:de|of)\s+"
    r"(?:la\s+|el\s+)?)?|\s+(?:de|del)\s+)$",
    re.I,
)
# ("Atlixco in Puebla", "Ciudad Juárez (Chihuahua)": a town's division in a bare "in" or in brackets, as its first hint)
_FIRST_HINT_AFTER = re.compile(r"^(?:,\s*|\s+)(?:en|in)\s+$|^\s*\(\s*$", re.I)
# After a name, another name of a list: "Chiquimula, Zacapa y Puerto Barrios", "Guatemala, Honduras, El Salvador".
_LIST_GOES_ON = re.compile(r"\s*(?:,|,?\s+(?:y|e|and|o|u|or|ni|nor))\s+(?:(?:el|la|los|las|the|de|del|a|al|to)\s+)?[A-ZÁÉÍÓÚÑ]")


def _country_keys() -> frozenset[str]:
    """The name keys of the gazetteer's countries (``data/gazetteer/countries.csv``: "guatemala", "mexico", ...)."""
    global _COUNTRY_KEYS
    if _COUNTRY_KEYS is None:
        import csv

        from geo.paths import GAZETTEER_DIR
        from geo.normalize import name_key

        with open(GAZETTEER_DIR / "countries.csv", encoding="utf-8", newline="") as f:
            _COUNTRY_KEYS = frozenset(name_key(n) for row in csv.DictReader(f) for n in row["alt_names"].split(";")
                                      if n.strip())
    return _COUNTRY_KEYS


_COUNTRY_KEYS: frozenset[str] | None = None
# "toward Guatemala and Mexico": a name joined to the one before shares its role.
# ("con la meta de ingresar a Guatemala y a México": the preposition said again)
_AND_AFTER = re.compile(r"^\s*,?\s*(?:y|e|and|or|o|ni|nor)\s+(?:de\s+|from\s+|a\s+|al\s+|to\s+|into\s+|hacia\s+|toward\s+)?"
                        r"(?:the\s+|la\s+|el\s+)?$", re.I)
# In a list ("de Venezuela, Haití, África y de Centroamérica") a comma joins too, for shared roles.
_LIST_AFTER = re.compile(r"^\s*,\s*$")
_SHARED_ROLES = frozenset(("destination", "origin", "departure", "spoke", "landmark", "actor"))
# A name right after a feature word names the feature, not the town: "the Suchiate River" is
# caught by capitalisation, "el río Suchiate" here; "el Istmo de Tehuantepec" is no town either.
_FEATURE_BEFORE = WordPattern(
    r"\b(?:r[íi]o|river|lago|lake|laguna|volc[áa]n|volcano|cerro|mount|sierra|calle|avenida|street|avenue|"
    r"puente|bridge|parque|park|hotel|estadio|stadium|barrio|colonia|aeropuerto|airport|golfo|gulf|bah[íi]a|bay|"
    r"istmo\s+de|isthmus\s+of|pen[íi]nsula\s+de|peninsula\s+of)\s+$"
)
# A place named after a town that is not the town: a sports field, a customs post, a school or market
# ("el campo deportivo Emiliano Zapata", "la aduana conocida como 'Cerro Gordo'").
_NAMED_AFTER_BEFORE = WordPattern(
    r"\b(?:campo\s+deportiv[oa]|centro\s+deportiv[oa]|parque\s+deportiv[oa]|complejo\s+deportiv[oa]|deportiv[oa]|"
    r"unidad\s+deportiva|polideportivo|cancha|auditorio|domo|aduana|garita|sports\s+field|soccer\s+field|"
    r"football\s+field|baseball\s+field|stadium|gymnasium|customs\s+post|customs\s+office|escuela|school|mercado)"
    r"\s+(?:(?:[\w-]+\s+){0,3}?(?:conocid[oa]\s+como|llamad[oa]|denominad[oa]|known\s+as|called|named)\s+)?[\"“'«]?$"
)
# A dateline: the place the reporter filed from, in capitals at the start of the article.
_DATELINE_AFTER = re.compile(r"^(?:,\s*[\w .]+){0,3}\s*(?:\([^)]{1,30}\)\s*)?[—–-]", re.I)
# Written as the sentence's first words, not in capitals: "Guatemala City (AFP) –", "Tapachula
# (México), 15 abr (EFE).-", "Tapachula, Chiapas.-", "Tapachula, Chiapas; 01 de septiembre del 2021.-", the dash against the word ("Saltillo, Coahuila- Around 200"), or
# no dash at all after an abbreviated state ("Xalapa, Ver., Los integrantes").
_DATELINE_AFTER_LOOSE = re.compile(
    r"^(?:\s*\([^)]{1,30}\))?(?:[,;]\s*[\w .]{1,40}?){0,3}\s*(?:\([^)]{1,30}\)\s*)?(?:[—–]|\s-\s|\.-|\.—|\.\s[—–-]\s|-\s*$|"
    r"(?<=\w)-\s)"
    r"|^,\s*[A-ZÁÉÍÓÚ][a-z]{1,5}\.,\s+(?=[A-ZÁÉÍÓÚÑ¿¡\"“])"
    # or a line of its own that ends with a year: "Tapachula, Chiapas, 5 de noviembre de 2024."
    r"|^(?:,\s*[\w ]{1,40}?){1,3}\s\d{4}\.?\s*$")
# ... or the name alone with its full stop, a sentence of its own that the lede follows: "Monterrey. Aproximadamente 850"
_DATELINE_ALONE_AFTER = re.compile(r"(?:,\s*[\w ]{1,40}?){0,2}\.\s*")

# "Officials said the caravan rested in Tapachula": a figure or the group between the verb of
# saying and "in" puts the place in what was said, not where it was said.
# (or the group's own verb: "The caravan of 1,237 people, according to the official count, arrived in Huixtla")
_GROUP_REPORTED = re.compile(rf"\d|\b(?:{GROUP_NOUNS}|{GROUP_HEADS}|caravans|caravanas|arrived|reached|rested|camped|"
                             r"slept|walked|gathered|llegaron|lleg[óo]|descansaron|durmieron|pernoctaron|acamparon|"
                             r"caminaron)\b")

# Divisions or countries written after the places they locate, in order: "Palomares and Jesús Carranza, in Oaxaca and
# Veracruz, respectively" (no stops, and no hint of the place right before them either).
_RESPECTIVELY_AFTER = re.compile(
    r"(?:\s*,?\s*(?:and|y|e)\s+[^,.;:()]{1,40}?)?\s*,?\s*(?:respectively|respectivamente)\b", re.I)
# A division named with a plural level word is a region, not where the group is on a day: "migrants in the southern
# states of Oaxaca and Chiapas were eligible", "los estados de Chiapas y Oaxaca".
_LEVELS_OF_BEFORE = WordPattern(
    r"\b(?:states|provinces|departments|countries|estados|provincias|departamentos|pa[íi]ses)\s+(?:of|de)\s+"
    r"(?:the\s+|los\s+|las\s+)?$")
# A way to a goal is part of the goal: "avanzar hacia la Ciudad de México vía Veracruz", "heading for Mexico City via
# Puebla" (not "entered Mexico via Ciudad Hidalgo": no goal before it).
_VIA_A_GOAL_BEFORE = WordPattern(
    r"\b(?:hacia|toward|towards|rumbos?\s+a(?:l)?|bound\s+for|head(?:ing|ed|s)?\s+(?:for|to)|en\s+route\s+to|"
    r"on\s+(?:their|its)\s+way\s+to|llegar\s+a(?:l)?|to\s+reach)\s+[^.;:]{1,60}?\s+v[íi]a\s+(?:the\s+|la\s+|el\s+)?$")

# A country or division the group left, told in a relative clause with no day of its own, is where it came from, not a
# stop of a day: "cientos de los migrantes que salieron de Chiapas", "migrants who left Honduras reached Esquipulas on
# Monday" (not "la caravana que salió de Honduras el sábado": a departure of that day; "the migrants who left Honduras on
# Saturday" neither).
# (people who left: "buses that had left San Luis Potosí" left the city)
_LEFT_IN_A_RELATIVE_BEFORE = WordPattern(
    rf"\b(?:{GROUP_NOUNS})\s+(?:que|quienes|who|that)\s+(?:ya\s+|had\s+|have\s+|has\s+|han\s+|ha\s+|hab[íi]an?\s+)?"
    r"(?:(?:salieron|sali[óo]|salido|partieron|parti[óo]|partido|huyeron|huy[óo]|huido)\s+(?:de|desde)|"
    r"(?:left|departed|fled|escaped)(?:\s+from)?|(?:set\s+out|set\s+off)\s+from)\s+(?:el\s+|la\s+|the\s+)?$")
_A_DAY_IN_THE_CLAUSE_AFTER = re.compile(
    r"\s*,?\s*(?:(?:on|el|la|este|esta|this|last|pasado|the|early|late|del|de|in|en)\s+){0,3}(?:hace\s+|\w+\s+days\s+ago\b|"
    r"\w+\s+weeks\s+ago\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|"
    r"viernes|s[áa]bado|domingo|yesterday|ayer|anoche|today|hoy|tonight|last\s+(?:night|week)|this\s+week|esta\s+semana|"
    r"la\s+semana|\d{1,2}\s+de\s+[a-z]+|(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b",
    re.I)

# Stages of the way told in the past with no day, two areas or more, before the clause that says where the group is now:
# "Continuaron por Guatemala hasta ingresar a México por Chiapas y ahora están en territorio oaxaqueño", "walked through
# Guatemala, entered Mexico through Chiapas and are now resting in Juchitán": the story so far, no stops of a day (one
# alone may be yesterday's stop: "ya pasaron por Querétaro y actualmente llegan a Irapuato").
_NOW_LATER = re.compile(r"\b(?:ahora|now|actualmente|currently)\b", re.I)
_PAST_VERB_BEFORE = re.compile(r"\b(?:\w{2,}(?:aron|ieron|yeron)|\w{3,}ed|went|came|made|ran|rode)\b", re.I)
_A_DAY_WORD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves|viernes|"
    r"s[áa]bado|domingo|yesterday|ayer|anoche|anteayer|today|hoy|tonight|week|semana|\d{1,2}\s+de\s+[a-z]+|"
    r"(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b", re.I)


def _a_stage_told_before_now(sentence: str, start: int, end: int) -> bool:
    """True when the area at ``sentence[start:end]`` is a stage of the way told in the past with no day, in a sentence
    that goes on to say where the group is now."""
    now = _NOW_LATER.search(sentence, end)
    return bool(now) and _PAST_VERB_BEFORE.search(sentence, max(0, start - 60), start) is not None \
        and not _A_DAY_WORD.search(sentence, 0, now.start())

# Patterns only a country or division can match, and the role each pattern gives.
_AREAS_ONLY = frozenset(("force", "crossed_from", "asked", "returned_to"))
_ROLE = {"returned_to": "stop", "this_point": "landmark", "decided_to_go": "stop", "until_reaching": "stop", "named_after": "feature", "arrived_from": "departure", "force": "actor", "asked": "actor", "crossed_from": "origin", "left": "departure", "came_from": "origin", "road": "feature",
         "destination_far": "destination", "next_stop": "destination", "carried_to": "destination",
         "intent": "destination", "ruled_out": "destination", "waited_elsewhere": "origin", "someone_from": "origin", "fare": "destination", "distance": "landmark",
         "resides": "origin", "to_go": "destination"}

_BEFORE_PATTERNS = [
    ("ruled_out", _RULED_OUT_BEFORE), ("waited_elsewhere", _WAITED_ELSEWHERE_BEFORE), ("decided_to_go", _DECIDED_TO_GO_BEFORE), ("until_reaching", _UNTIL_REACHING_BEFORE), ("this_point", _THIS_POINT_BEFORE), ("person", _PERSON_BEFORE), ("feature", _FEATURE_BEFORE), ("named_after", _NAMED_AFTER_BEFORE), ("road", _ROAD_BEFORE),
    ("source", _SOURCE_BEFORE), ("landmark", _LANDMARK_BEFORE), ("distance", _DISTANCE_BEFORE),
    ("actor", _ACTOR_BEFORE), ("force", _FORCE_BEFORE), ("spoke", _SPOKE_BEFORE),
    ("arrived_from", _ARRIVED_FROM_BEFORE), ("origin", _ORIGIN_BEFORE), ("origin", _FROM_ALL_OVER_BEFORE), ("crossed_from", _CROSSED_FROM_BEFORE),
    ("left", _LEFT_BEFORE), ("came_from", _CAME_FROM_BEFORE), ("asked", _ASKED_BEFORE),
    ("returned_to", _RETURNED_TO_BEFORE),
    ("destination", _DESTINATION_BEFORE), ("destination_far", _DESTINATION_FAR_BEFORE),
    ("next_stop", _NEXT_STOP_BEFORE), ("carried_to", _CARRIED_TO_BEFORE), ("intent", _INTENT_BEFORE),
    ("intent", _HOPES_TO_REACH_BEFORE),
    ("someone_from", _SOMEONE_FROM_BEFORE), ("fare", _FARE_BEFORE), ("resides", _RESIDES_BEFORE), ("to_go", _TO_GO_BEFORE),
    ("resides", _KIN_IN_BEFORE),
]

# For each word a "before" pattern can end with, the indexes in _BEFORE_PATTERNS of those that can, in order.
_PATTERN_INDEXES_ENDING_WITH: dict[str, tuple[int, ...]] = {
    _word: tuple(i for i, (_role, _) in enumerate(_BEFORE_PATTERNS) if _role in _roles)
    for _word, _roles in _PATTERNS_ENDING_WITH.items()
}


class PlaceInSentence(NamedTuple):
    """A place written in a sentence, with the role the sentence gives it.

    ``query`` is what is sent to the resolver (``"Vado Hondo, Chiquimula"``);
    ``role`` is ``stop``, ``actor``, ``person``, ``spoke``, ``origin``, ``destination``, ``feature``
    (a river or street named after a town), ``source``
    (a newspaper named after a place), ``landmark`` (``the border with
    Guatemala``), ``qualifier`` (a name among the words qualifying a town's noun whose own name follows: ``the
    Pacific coast city of Mazatlán``) or ``dateline``.
    """

    query: str
    start: int
    end: int
    role: str
    key: str = ""


def role_of(sentence: str, start: int, end: int, area: bool = False, cues: int | None = None) -> str:
    """Return how a sentence uses the place written at ``sentence[start:end]``.

    ``area`` says the name is a country or division, which police and armies act for; ``cues`` is the
    sentence's mask from :meth:`~routes.extract.text.CueIndex.scan` (a pattern whose words it lacks is not
    searched).
    """
    after = sentence[end:end + 60]
    before = sentence[max(0, start - 80):start]
    written = sentence[start:end]
    if written.isupper() and len(written) > 3 and _DATELINE_AFTER.match(after):
        return "dateline"
    if start == 0 and (_DATELINE_AFTER_LOOSE.match(after) or _DATELINE_ALONE_AFTER.fullmatch(after)):
        return "dateline"
    # (the possessive starts with an apostrophe: the pattern is not tried after other letters)
    if (after[:1] in "'’" and _ACTOR_AFTER.match(after)) or _ACTOR_ADJECTIVE_AFTER.match(after, cues=cues):
        return "actor"
    if _REPORTED_AFTER.match(after) or (_REPORTED_THAT_AFTER.match(after) and _OPENS_SENTENCE.fullmatch(before)):
        return "source"  # (also "Excélsior reported that the caravan ...", opening its sentence)
    if _A_PERSONS_HOME_BEFORE.search(before) and not _INTO_NAME_BEFORE.search(before):
        return "origin"  # "Luis, from Barquisimeto, Venezuela, who ...": a person's hometown (types-s11-12 V8)
    if _HOME_WORD_BEFORE.search(before):
        return "origin"  # "de 30 años y oriundo de Santa Bárbara", "a native of Choloma": where someone is from
    if _OUTLET_BEFORE.search(before):
        return "source"  # "told the newspaper Excelsior", "según el diario El Heraldo": an outlet named for a place
    if _PERSON_AFTER.match(after) and not _PLACE_WORD_BEFORE.search(before):
        return "person"  # (not "migrants in the town of Tecun Uman said")
    if _ROAD_AFTER.match(after) or _LINKED_ROAD_FIRST_AFTER.match(after) or (
            _LINKED_ROAD_DASH_AFTER.match(after) and _LINKED_ROAD_FIRST_BEFORE.search(before)) \
            or (before.rstrip()[-1:] in "-–—/" and _LINKED_ROAD_SECOND_BEFORE.search(before)) \
            or (before[-1:] == " " and (_STREET_STRETCH_FIRST_BEFORE.search(before)
                                        or _STREET_STRETCH_SECOND_BEFORE.search(before)
                                        or _STREET_CORNER_BEFORE.search(before))):
        return "feature"  # "the Huehuetan highway", "la autopista Orizaba – Puebla": a road
    if _SECTOR_AFTER.match(after) or _POSTED_BEFORE.search(before):
        return "landmark"  # "the Tucson sector", "agents stationed in Ajo": said to locate others, not the group
    if _DESCRIBED_AFTER.match(after):
        return "landmark"  # "Veracruz is a common transit route", "Juchitán es una ciudad de 90,000"
    if (_QUALIFIES_A_NAMED_TOWN_AFTER.match(after) and _ARTICLE_OPENS_BEFORE.search(before, max(0, len(before) - 40))) \
            or (_THE_NOUNS_NAME_AFTER.match(after) and _QUALIFIES_A_NOUN_BEFORE.search(before, max(0, len(before) - 60))):
        return "qualifier"  # "the Pacific coast city of Mazatlán", "la ciudad costera del Pacífico de Salina Cruz"
    if area and (_AREA_QUALIFIES_AFTER.match(after) or _RESPECTIVELY_AFTER.match(after)
                 or _LEVELS_OF_BEFORE.search(before, max(0, len(before) - 40), cues=cues)):
        return "landmark"
    if not area and _A_PEOPLES_THING_AFTER.match(after) and (m := _AN_ARTICLE_BEFORE.search(before)) \
            and not m.group("place_word") and not locative_before(sentence, start, end, cues):
        return "landmark"  # "welcomed by an Aztec dance group": a people's name as an adjective, not a town
    words = before.rstrip(" ,\t\n").rsplit(None, 2)[-2:]
    if not words:
        return "stop"
    ends = {words[-1].lower()}
    if words[-1].lower() in _ARTICLES and len(words) > 1:
        ends.add(words[-2].lower())
    if not area and ends & _OF_WORDS:
        m = _DIRECTION_OF_BEFORE.search(before, cues=cues)
        if m and before[max(0, m.start() - 4):m.start()].lower() not in ("the ", " el "):  # "the north of": its part
            return "landmark"
    # Every pattern ends with one of a few words: only those that can match are run.
    if len(ends) == 1:
        tried = _PATTERN_INDEXES_ENDING_WITH.get(words[-1].lower(), ())
    else:
        tried = sorted({i for word in ends for i in _PATTERN_INDEXES_ENDING_WITH.get(word, ())})
    lowered = before.lower()
    if ends & _FROM_WORDS and (_DEPARTING_FROM_BEFORE.search(before, lowered=lowered, cues=cues) or (
            _TO_AFTER.match(after) and _SET_OUT_FROM_BEFORE.search(before, lowered=lowered, cues=cues))):
        return "departure"
    if any(word in lowered for word in _DECLINED_WORDS) and _DECLINED_BEFORE.search(before, lowered=lowered, cues=cues):
        return "destination"
    if ("via" in lowered or "vía" in lowered) and _VIA_A_GOAL_BEFORE.search(before, lowered=lowered, cues=cues):
        return "destination"  # "hacia la Ciudad de México vía Veracruz": the way to a goal
    if reached_before(sentence, start, cues):
        return "stop"  # "Tras cruzar el sábado el río Suchiate y llegar a Ciudad Hidalgo": reached, not a goal
    if ("whether" in sentence or "si " in sentence) and _CHOICE_BEFORE.search(
            sentence, max(0, start - 160), start, cues=cues):  # (a choice is told in more words)
        return "destination"
    if any(word in lowered for word in _LOCATES_WORDS) and (m := _LOCATES_BEFORE.search(before, lowered=lowered, cues=cues)) \
            and not _GROUP_LOCATED.search(before, max(0, m.start() - 30), m.end(), lowered=lowered, cues=cues):
        return "landmark"  # "el puente ..., que se encuentra en Chiapas": where that is, not where the group is
    if any(word in lowered for word in _LOCATES_ANOTHER_WORDS) and _LOCATES_ANOTHER_BEFORE.search(
            sentence, max(0, start - 160), start) and not _LOCATIVE_AFTER.match(sentence, end):
        # (not a crossing named as one: "a bridge that leads to the San Ysidro border crossing" is where it happened)
        return "landmark"  # "a border crossing that leads into San Diego": San Diego only says where the crossing is
    if ("puente" in lowered or "bridge" in lowered) and (m := _BRIDGE_LINKING_BEFORE.search(
            sentence, max(0, start - 90), start)) and _NAMED_BRIDGE.match(sentence, m.start(), m.end()):
        # "el puente Rodolfo Robles, que une Tecún Umán con Ciudad Hidalgo": the ends of a bridge with a name of its
        # own, which is the crossing's place ("the bridge that links X and Y", nameless, leaves the towns theirs)
        return "landmark"
    if area and _ROAD_LINKING_BEFORE.search(sentence, max(0, start - 90), start, cues=cues):
        # "the highway linking the capital and the central state of Puebla": a state or country at a road's end (its
        # towns may be where something on the road happened: "clashed on the highway linking Pijijiapan and Tonala")
        return "road"
    if area and _LEFT_IN_A_RELATIVE_BEFORE.search(before, max(0, len(before) - 70), lowered=lowered, cues=cues) \
            and not _A_DAY_IN_THE_CLAUSE_AFTER.match(sentence, end):
        return "origin"  # "los migrantes que salieron de Chiapas": where they came from, no stop of a day
    if area and any(word in lowered for word in _NEIGHBOUR_WORDS) and _NEIGHBOUR_BEFORE.search(
            before, lowered=lowered, cues=cues):
        return "landmark"
    if (m := _SHORT_OF_BEFORE.search(before, lowered=lowered)) and _distance_of_the_verb(before, m.end()):
        return "short_of"  # "unos 9 km antes de llegar a la ciudad de Huixtla": the event short of the town (F26)
    for i in tried:
        role, pattern = _BEFORE_PATTERNS[i]
        if role not in _AREAS_ONLY or area:
            m = pattern.search(before, lowered=lowered, cues=cues)
            if m and role == "road" and _OWN_WAY_BEFORE.search(before, max(0, m.start() - 8), m.start()):
                continue  # (not the group's own way: "tomó su camino hacia Chahuites")
            if m and role == "to_go" and _DID_GO_BEFORE.search(before, max(0, m.start() - 30), m.start(), lowered=lowered,
                                                               cues=cues):
                continue  # "lograron ingresar a México": they got in
            if m and not (role in ("spoke", "someone_from") and _GROUP_REPORTED.search(m.group())):
                if role == "left" and _DAYS_BEFORE_LEAVING.search(before, 0, m.end(), lowered=lowered, cues=cues):
                    return "origin"
                if role == "distance" and not area and _distance_of_the_verb(before, m.end()):
                    return "short_of"  # "detuvo a la caravana a 9 km de Huixtla" (F26; see _SHORT_OF_BEFORE)
                return _ROLE.get(role, role)
    return "stop"


_FROM_WORDS = frozenset(("from", "desde", "de"))
_OF_WORDS = frozenset(("de", "del", "of"))


# A place that locates the one named just before, or a town not named: "arrived in Huixtla, near Tapachula", "They
# arrived in the border city near San Diego" (not "camped near Tapachula": where the group is).
_NEAR = r"(?:near|close\s+to|next\s+to|cerca\s+de|junto\s+a|a\s+las\s+afueras\s+de|on\s+the\s+outskirts\s+of)"
_NEAR_AFTER_A_PLACE = re.compile(rf"^\s*,?\s*(?:just\s+|right\s+|muy\s+)?{_NEAR}\s+(?:the\s+|la\s+|el\s+)?$", re.I)
_LEVEL_AFTER_A_PLACE = re.compile(r"^\s*,\s*(?:en\s+el\s+|in\s+the\s+)?(?:municipio|municipality|departamento|department|"
                                  r"estado|state|provincia|province)\s+(?:de|of)\s+(?:the\s+|la\s+|el\s+)?$", re.I)
_A_TOWN_NEAR_BEFORE = WordPattern(
    r"\b(?:the|a|an|this|that|la|una|esta|esa|el|un|este|ese)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|crossing|"
    r"ciudad|pueblo|localidad|poblado|municipio|comunidad)(?:\s+fronteriz[oa])?\s+(?:just\s+|right\s+|muy\s+)?"
    + _NEAR + r"\s+(?:the\s+|la\s+|el\s+)?$")


def reached_before(sentence: str, start: int, cues: int | None = None) -> bool:
    """True when the place at ``start`` is one the group reached in a clause of what it did before the sentence's
    own event (``Tras cruzar el río Suchiate y llegar a Ciudad Hidalgo, ...``)."""
    before = sentence[max(0, start - 80):start]
    lowered = before.lower()
    return ("tras " in lowered or " de " in lowered) and \
        _REACHED_AFTER_BEFORE.search(before, lowered=lowered, cues=cues) is not None


def decided_to_go_before(sentence: str, start: int) -> bool:
    """True when the place at ``start`` is where a part of the group decided to go, a move told as made (``Un
    contingente decidió avanzar hacia el municipio de Escuintla``: see :data:`_DECIDED_TO_GO_BEFORE`)."""
    return _DECIDED_TO_GO_BEFORE.search(sentence[max(0, start - 120):start]) is not None


def declined_before(sentence: str, start: int, cues: int | None = None) -> bool:
    """True when the place at ``start`` is where the group declined to go or to stop (``decidieron no detenerse
    como estaba previsto en la comunidad de La Ventosa``, ``declined to travel to``)."""
    before = sentence[max(0, start - 80):start]
    lowered = before.lower()
    return any(word in lowered for word in _DECLINED_WORDS) and \
        _DECLINED_BEFORE.search(before, lowered=lowered, cues=cues) is not None


def places_in_sentence(sentence: str, mentions: Sequence[Mention], is_area, offset: int = 0,
                       cues: int | None = None) -> list[PlaceInSentence]:
    """Group mentions into places (``Town, Division`` is one place) and give each its role.

    ``mentions`` carry offsets in the text the sentence starts at ``offset`` of
    (so those of a whole article can be passed as they are); the places' offsets
    are relative to ``sentence``.  ``is_area(key)`` says whether a name key is a
    country or division (so it can be a hint).  ``cues`` is the sentence's mask from
    :meth:`~routes.extract.text.CueIndex.scan`.
    """
    out: list[PlaceInSentence] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        start, end, query = first.start - offset, first.end - offset, first.name
        j = i + 1
        role = role_of(sentence, start, first.end - offset, is_area(first.key), cues)
        # "ESCUINTLA, Mexico (AP) —": a dateline's country or state is its hint, whatever the town's name also names.
        # ("El Progreso, Yoro": a town whose name a division bears too takes the department after it as well, unless
        # either name is a country's or a list goes on after it: "Chiquimula, Zacapa y Puerto Barrios", "Guatemala, Honduras")
        while j < len(mentions) and (_HINT_AFTER.match(sentence[end:mentions[j].start - offset])
                                     or (j == i + 1 and _FIRST_HINT_AFTER.match(sentence[end:mentions[j].start - offset]))) \
                and is_area(mentions[j].key) and (role == "dateline" or not is_area(first.key) or (
                    first.key not in _country_keys() and mentions[j].key not in _country_keys()
                    and not _LIST_GOES_ON.match(sentence, mentions[j].end - offset))) \
                and not _RESPECTIVELY_AFTER.match(sentence, mentions[j].end - offset):
            query = f"{query}, {mentions[j].name}"
            end = mentions[j].end - offset
            j += 1
        between = sentence[out[-1].end:start] if out else ""
        if role == "stop" and ((out and out[-1].role == "stop" and not is_area(out[-1].key)
                                and _NEAR_AFTER_A_PLACE.match(between))
                               or _A_TOWN_NEAR_BEFORE.search(sentence, max(0, start - 60), start, cues=cues)
                               or (out and _LEVEL_AFTER_A_PLACE.match(between))):
            # "arrived in Huixtla, near Tapachula", "the border city near San Diego", "la comunidad de La Ventosa,
            # municipio de Juchitán": a locator
            role = "landmark"
        elif role == "stop" and out and out[-1].role in _SHARED_ROLES and (
                _AND_AFTER.match(between) or _LIST_AFTER.match(between)):
            role = out[-1].role
        out.append(PlaceInSentence(query, start, end, role, first.key))
        i = j
    if any(p.role == "short_of" for p in out):
        out = _short_of_settled(sentence, out, is_area)
    if len(out) > 2 and ("ahora" in sentence or "now" in sentence or "actual" in sentence or "current" in sentence):
        stages = [k for k, p in enumerate(out) if p.role == "stop" and is_area(p.key)
                  and _a_stage_told_before_now(sentence, p.start, p.end)]
        if len(stages) > 1:
            for k in stages:
                out[k] = out[k]._replace(role="origin")
    return out


_CLAUSE_BREAK = re.compile(r"[;:]")


def _short_of_settled(sentence: str, out: list[PlaceInSentence], is_area) -> list[PlaceInSentence]:
    """A town only a distance locates ("a 9 km de Huixtla", role ``short_of``) is the event's place when it is the one
    town of its clause (between ``;`` or ``:``) the group is at; beside another town there, or told right after
    another place ("Huixtla, a 40 km de Tapachula"), it only locates that place (types-s18-19 F26)."""
    settled = []
    for k, p in enumerate(out):
        if p.role == "short_of":
            opens = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, p.start)), default=0)
            closes = m.start() if (m := _CLAUSE_BREAK.search(sentence, p.end)) else len(sentence)
            beside = any(q.role == "stop" and not is_area(q.key) and opens <= q.start < closes
                         for j, q in enumerate(out) if j != k)
            after_a_place = k > 0 and not is_area(out[k - 1].key) and _APPOSITION_BETWEEN.match(
                sentence, out[k - 1].end, p.start) is not None
            p = p._replace(role="landmark" if beside or after_a_place else "stop")
        settled.append(p)
    return settled


_APPOSITION_BETWEEN = re.compile(r"\s*(?:,|\(|[–—]|\s-)[^,;:()]{0,70}$")


# -- evidence that the group is at a place ------------------------------------------------------
_FILL = r"(?:the\s+|la\s+|el\s+|los\s+|las\s+)?(?:(?:southern|northern|eastern|western|central|neighbou?ring|vecino|" \
        r"state\s+of|province\s+of|department\s+of|estado\s+de|departamento\s+de|territorio\s+de|" \
        r"sur\s+de|norte\s+de|oriente\s+de|occidente\s+de|interior\s+de)\s+)*"
# After a verb of entering, a division's words may be qualified: "crossed into the Guatemalan border province of Izabal".
_FILL_ENTERED = r"(?:the\s+|la\s+|el\s+)?(?:[\w-]+\s+){1,2}?(?:state|province|department|region|estado|provincia|" \
                r"departamento|regi[óo]n)\s+(?:of|de)\s+"
# Words of a day or an hour, as written between a verb and its preposition ("el domingo por la tarde", "on Thursday
# morning", "este lunes a las 17 horas").
_DAY_WORDS = (
    r"(?:el|la|los|las|este|esta|por|en|del|de|a|al|ayer|hoy|anoche|temprano|pasado|pasada|lunes|martes|mi[ée]rcoles|"
    r"jueves|viernes|s[áa]bado|domingo|ma[ñn]ana|tarde|noche|madrugada|mediod[íi]a|horas|\d{1,2}(?::\d\d)?|on|early|"
    r"late|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|"
    r"yesterday|today)"
)
_AREA_VERBS = (
    r"(?:is|are|was|were|been|being|inch(?:es|ed|ing)|heading|remain(?:s|ed)?|stay(?:s|ed)?|stuck|stranded|camp(?:s|ed)?|rest(?:s|ed|ing)?|"
    r"wait(?:s|ed|ing)?|walk(?:s|ed|ing)?|march(?:es|ed|ing)?|mov(?:es|ed|ing)|pass(?:es|ed|ing)|"
    r"travell?(?:s|ed|ing)?|advanc(?:es|ed|ing)|continu(?:es|ed|ing)|gather(?:s|ed|ing)?|paus(?:es|ed|ing)|"
    r"push(?:es|ed|ing)?|press(?:es|ed|ing)|made|make|making|wound|winding|"
    r"est[áa]n?|estaban|se\s+encuentran?|permanec\w+|qued\w+|esper\w+|frenad[oa]s|bloquead[oa]s|descans\w+|acamp\w+|camin\w+|march\w+|"
    r"avanz\w+|contin[úu]\w+|sigue|siguen|segu[íi]\w+|pas\w+|circul\w+|transit\w+|recorr\w+|viaj\w+|"
    r"contenid[oa]s|retenid[oa]s|varad[oa]s|detenid[oa]s|reprimid[oa]s|dispers\w+|ingres\w+|entr\w+|lleg\w+|arrib\w+|cruz\w+|crossed|"
    r"arriv(?:es|ed|ing))"
)
# The sentence puts the group in a country, state or region: "crossed into Guatemala", "advanced
# through Chiapas", "is now passing through Guatemala", "set out from Honduras", "contenidos en Guatemala",
# "se encuentra en el vecino estado de Oaxaca", "continúan su viacrucis en Chiapas".
_AREA_THERE_BEFORE = (
    WordPattern(
        r"\b(?:into|onto|inside|through|throughout|across|entered|entering|enters|reached|reaching|reaches|crossed|crossing|"
        r"crosses|managed\s+to\s+enter|traversed|traversing|traverses|toured|arrived\s+in|arriving\s+in|arrives\s+in|"
        r"hacia\s+el\s+interior\s+de|al\s+interior\s+de|a\s+trav[ée]s\s+de|atraves\w+|atravies\w+|recorr\w+|ingres\w+\s+(?:a|al|en|hacia)|"
        r"entr[óoa]\w*\s+(?:a|al|en|hacia)|cruz\w+(?:\s+(?:a|al|en|hacia))?|lleg\w+\s+(?:a|al|en|hacia)|"
        r"arrib\w+\s+(?:a|al|en|hacia)|siguieron\s+hasta|continuaron\s+hasta)\s+(?:" + _FILL + r"|" + _FILL_ENTERED + r")$"),
    WordPattern(r"\b(?:left|leaving|leave|leaves|exited|exiting|exits|dej\w+|abandon\w+)\s+" + _FILL + r"$"),
    _RETURNED_TO_BEFORE,  # "retornaron a su país de origen": back there now
    WordPattern(
        r"\b(?:left|departed|departing|departs|set\s+out|set\s+off|sets\s+out|sets\s+off|setting\s+out|setting\s+off|"
        r"started|starts|began|begins|sal\w+|part\w+)\s+"
        r"(?:\w+\s+)?(?:from|de|desde)\s+" + _FILL + r"$"),
    # with the day between the verb and its preposition: "salieron el lunes de Chiapas rumbo a Oaxaca" (types-s11-12 V1)
    WordPattern(
        r"\b(?:left|departed|set\s+out|set\s+off|salieron|sali[óo]|partieron|parti[óo])\s+"
        r"(?:(?:el|la|este|esta|on|early|late|this|por|de|del)\s+)*(?:lunes|martes|mi[ée]rcoles|jueves|viernes|"
        r"s[áa]bado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
        r"(?:(?:por\s+la|en\s+la|de\s+la|morning|night|evening|afternoon|ma[ñn]ana|tarde|noche|madrugada)\s+)*"
        r"(?:from|de|del|desde)\s+" + _FILL + r"$"),
    WordPattern(
        r"\b" + _AREA_VERBS + r"\s+(?:[\w,'’-]+\s+){0,4}?(?:in|into|through|thru|though|across|at|en|por|a|hasta)\s+"
        + _FILL + r"$"),
    # with the day or hour between the verb and its preposition: "ingresó ilegalmente el jueves por la mañana a
    # Guatemala", "entered on Thursday morning into"; spread through it: "avanzaban el viernes por distintos puntos de"
    WordPattern(
        r"\b" + _AREA_VERBS + r"\s+(?:(?:ilegalmente|irregularmente|illegally|" + _DAY_WORDS + r")\s+){1,7}?"
        r"(?:a|al|en|por|hasta|into|in|through|across)\s+" + _FILL + r"$"),
    WordPattern(
        r"\b" + _AREA_VERBS + r"\s+(?:[\w,'’-]+\s+){0,4}?(?:por|en|through|across|in)\s+(?:(?:los|las|the)\s+)?"
        r"(?:diversos|distintos|varios|diferentes|several|various|different)\s+(?:puntos|zonas|partes|lugares|points|"
        r"parts|places)\s+(?:de|del|of)\s+" + _FILL + r"$"),
    # more words between when the area is named with its level word: "was at kilometre 305 of the highway, in the
    # department of Izabal"
    WordPattern(
        r"\b" + _AREA_VERBS + r"\s+(?:[\w,'’-]+\s+){5,8}?(?:in|en)\s+(?:the\s+|el\s+)?"
        r"(?:department|state|province|departamento|estado|provincia)\s+(?:of|de)\s+$"),
)
_LOCATIVE_BEFORE = (
    WordPattern(
        r"\b(?:in|at|into|from|to|toward|towards|near|outside|across|through|via|between|reached|reaching|entered|"
        r"entering|left|leaving|out\s+of|en|desde|hacia|hasta|por|entre|cerca\s+de|junto\s+a|rumbo\s+a(?:l)?|"
        # a position beside a town (F26): "a la altura de El Paso", "a las afueras de", "on the outskirts of"
        r"altura\s+de(?:l)?|afueras\s+de(?:l)?|inmediaciones\s+de(?:l)?|outskirts\s+of|vicinity\s+of|edge\s+of)\s+"
        r"(?:the\s+|la\s+|el\s+)?$"),
    _DISTANCE_BEFORE,  # "a 9 km de El Paso": a distance from a place
    _SHORT_OF_BEFORE,
    WordPattern(
        r"\b(?:lleg\w+|arrib\w+|sal\w+|part\w+|regres\w+|volv\w+|avanz\w+|camin\w+|march\w+|dirig\w+|fue|fueron|van|"
        r"iban|ingres\w+|entr\w+|cruz\w+)\s+(?:(?:\d[\d.,]*\d|\w+)\s+){0,2}?(?:a|al|de|del|desde|hacia)\s+(?:la\s+|el\s+)?$"),
    # ... with the day or hour between the verb and its preposition: "llegó el domingo por la tarde a Tierra Blanca",
    # "arribaron la madrugada del sábado a Isla", "llegaron este domingo a las 17 horas a" (two words are above).
    WordPattern(
        r"\b(?:lleg\w+|arrib\w+|sal\w+|part\w+|regres\w+|volv\w+|avanz\w+|camin\w+|march\w+|ingres\w+|entr\w+|"
        r"cruz\w+)\s+(?:(?:el|la|los|las|este|esta|por|en|del|de|a|al|ayer|hoy|anoche|temprano|pasado|pasada|lunes|"
        r"martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|ma[ñn]ana|tarde|noche|madrugada|mediod[íi]a|horas|"
        r"\d{1,2}(?::\d\d)?)\s+){3,6}?(?:a|al|de|del|desde)\s+(?:la\s+|el\s+)?$"),
    WordPattern(
        r"\b(?:town|city|village|municipality|community|port|border\s+town|border\s+city|border\s+post|crossing|"
        r"municipio|ciudad|localidad|poblado|comunidad|aldea|pueblo|cabecera|cant[óo]n|caser[íi]o|colonia|ejido|"
        r"departamento|estado|puerto|punto|garita|aduana|"
        # a facility of the town (types-s22-23 F38): "a la Central de Autobuses de Monterrey", "el albergue de Saltillo"
        r"central\s+de\s+autobuses|terminal(?:\s+de\s+(?:autobuses|camiones))?|albergue|refugio|estaci[óo]n|"
        r"casa\s+del\s+migrante|shelter|station)\s+(?:of|de)\s+$"),
    # A border post named by its town: "el puesto fronterizo de El Florido", "the border crossing at Agua Caliente".
    WordPattern(
        r"\b(?:puesto\s+fronterizo|punto\s+fronterizo|paso\s+fronterizo|cruce\s+fronterizo|"
        r"border\s+(?:post|crossing|checkpoint|point)|"
        r"crossing\s+point|port\s+of\s+entry)\s+(?:of|at|de|en)\s+$"),
)
# "crossed the Agua Caliente border post": a name followed by the kind of place it names.
_LOCATIVE_AFTER = re.compile(
    r"\s+(?:border\s+(?:post|crossing|checkpoint|point)|crossing\s+point|port\s+of\s+entry)\b", re.I)
# "this southern Mexican city", "this railway terminus", "esta ciudad fronteriza": the dateline's place.
_THIS_PLACE = WordPattern(
    r"\b(?:this|esta|este)\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|terminus|municipality|port|community|"
    r"outpost|settlement|hamlet|crossing|spot|"
    r"ciudad|localidad|municipio|poblado|comunidad|cabecera|puerto|pueblo|aldea|lugar|sitio|punto)\b"
)
# "este punto de Oaxaca", "this town of Chiapas": the words after say which place is meant.
_NAMED_AFTER = re.compile(r"\s+(?:de|del|of)\s+[A-ZÁÉÍÓÚÑ]")
# A government that sets up checkpoints or sends forces acts in its own territory: "Guatemala instaló
# puestos de control en las carreteras", "Mexico deployed troops at its southern border".
_AREA_CHECKPOINT_AFTER = re.compile(
    r"(?:'s\s+government|\s+government)?\s+(?:also\s+|tambi[ée]n\s+|ya\s+|quickly\s+|then\s+)?(?:has\s+|had\s+|ha\s+)?(?:instal[óo]|instalado|despleg[óo]|desplegado|"
    r"coloc[óo]|levant[óo]|estableci[óo]|set\s+up|sets\s+up|installed|deployed|erected|posted|established)\b"
    r"[^.;]{0,60}?\b(?:puestos?\s+de\s+control|retenes|ret[ée]n|checkpoints?|roadblocks?|controles|barricadas?)", re.I)


def area_is_there(sentence: str, start: int, end: int | None = None, cues: int | None = None) -> bool:
    """True when the sentence puts the group (or a checkpoint set against it) in the area written at ``start``
    (``cues``: the sentence's mask from :meth:`~routes.extract.text.CueIndex.scan`)."""
    before = sentence[max(0, start - 90):start]
    lowered = before.lower()
    if any(pattern.search(before, lowered=lowered, cues=cues) for pattern in _AREA_THERE_BEFORE):
        return True
    return end is not None and bool(_AREA_CHECKPOINT_AFTER.match(sentence, end))


def locative_before(sentence: str, start: int, end: int | None = None, cues: int | None = None) -> bool:
    """True when a preposition or phrase of place comes right before ``start`` (``in``, ``llegaron a``, ``the town of``,
    ``el puesto fronterizo de``), or, given the name's ``end``, the kind of place right after it
    (``the Agua Caliente border post``); ``cues``: the sentence's mask from
    :meth:`~routes.extract.text.CueIndex.scan`."""
    before = sentence[max(0, start - 40):start]
    lowered = before.lower()
    return any(pattern.search(before, lowered=lowered, cues=cues) for pattern in _LOCATIVE_BEFORE) or (
        end is not None and _LOCATIVE_AFTER.match(sentence, end) is not None)


def refers_to_dateline(sentence: str, cues: int | None = None) -> bool:
    """True when the sentence names its place as "this city", "this railway terminus", "esta ciudad"
    (``cues``: its mask from :meth:`~routes.extract.text.CueIndex.scan`).  "Este punto de Oaxaca",
    "this stretch of Chiapas" name their own place: they are not the dateline's town."""
    found = _THIS_PLACE.search(sentence, cues=cues)
    return bool(found) and not _NAMED_AFTER.match(sentence, found.end())


def joined_to_previous(sentence: str, previous: "PlaceInSentence", place: "PlaceInSentence") -> bool:
    """True when ``place`` is joined to the place before it by ``and``/``y``/``or`` (``between A and B``)."""
    return previous.end <= place.start and bool(_AND_AFTER.match(sentence[previous.end:place.start]))


#: The patterns above whose words a :class:`~routes.extract.text.CueIndex` looks for in one scan
#: (the sentence pass builds it: ``routes.extract.sentences._cue_index``).
CUE_PATTERNS = tuple(pattern for _, pattern in _BEFORE_PATTERNS) + _AREA_THERE_BEFORE + _LOCATIVE_BEFORE + (
    _DIRECTION_OF_BEFORE, _DEPARTING_FROM_BEFORE, _SET_OUT_FROM_BEFORE, _DID_GO_BEFORE, _DAYS_BEFORE_LEAVING, _THIS_PLACE,
    _DECLINED_BEFORE, _NEIGHBOUR_BEFORE, _CHOICE_BEFORE,
    _ACTOR_ADJECTIVE_AFTER)
