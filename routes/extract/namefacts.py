"""What the gazetteer says about a name an article writes: an area, namesakes, a facility, a building's name.

:class:`NameFacts` answers these questions for the sentence pass and the extractor, and remembers its answers
(they depend on the name and the gazetteer only).
"""

from __future__ import annotations

import re

from .common import common_keys
from .draft import inside
from .text import fold


#: A shelter the gazetteer knows farther than this from the dateline's town is another one of the same name.
FACILITY_KM = 50.0
_CONNECTOR_ENDINGS = (" de ", " del ", " of ", " la ", " the ")
# An organisation's name running up to the place, the place joined by a capitalised word or "y"/"and", not by "de"
# (where the organisation is): "la Asociación Estancias del Migrante González y Martínez", "Fundación Ramírez".
_ORGANISATION_BEFORE = re.compile(
    r"\b(?:Asociaci[óo]n|Fundaci[óo]n|Instituto|Red|Comit[ée]|Colectivo|Organizaci[óo]n|Sociedad|Casa\s+del?\s+Migrante|"
    r"Association|Foundation|Institute|Committee|Network|Society)"
    r"(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w.'’-]*|del?|la|las|los|of|the|for|para))*?(?:\s+[A-ZÁÉÍÓÚÑ][\w.'’-]*)(?:\s+(?:y|e|and|&))?\s+$")
_NAME_GOES_ON = re.compile(r"\s+(?:de|del|of|de\s+la|de\s+los|of\s+the)\s+[A-ZÁÉÍÓÚÑ]")
_SAINTS = ("San ", "Santa ", "Santo ", "St. ", "St ", "Saint ", "Nuestra ", "Our ", "Señor ", "Virgen ", "Cristo ")
# A church's noun in Spanish: a saint's or a dedication's name follows it.
_CHURCH_NOUN = r"iglesia|parroquia|templo|capilla|bas[íi]lica|catedral|santuario|ermita"
_SAINTS_BUILDING_BEFORE = re.compile(
    rf"\b(?:{_CHURCH_NOUN}|church|chapel|cathedral|basilica|"
    r"shrine|parish)\s+(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?$", re.I)
_NAME_CAME_BEFORE = re.compile(r"(?<![\w.])(?P<word>[A-ZÁÉÍÓÚÑ][\w]+)\s+(?:de|del|of|de\s+la|of\s+the)\s+$")
# A facility's name ("la Unidad Deportiva", "el Centro de Salud", "the Plaza Central"): a building, unless the
# gazetteer has it as a gathering point (shelters, bus terminals the caravans leave from).
_FACILITY_WORDS = frozenset(
    "unidad centro estadio parque plaza mercado hospital albergue iglesia parroquia catedral escuela colegio "
    "universidad auditorio gimnasio domo polideportivo deportivo terminal instituto hotel templo".split())
_ARTICLE_BEFORE = re.compile(r"\b(?:la|el|the|del|al)\s+$", re.I)
# A facility's own name, right after its noun ("el albergue Leona Vicario", "la plaza Francisco Morazán", "la unidad
# deportiva Lázaro Cárdenas"), or a church's dedication ("la parroquia de la Asunción", "el templo del Carmen"): a
# person, saint or place the facility is named after, not the town of that name (types-s13-15 F13). A bare "de"
# names the town the facility is in ("la Unidad Deportiva de Mapastepec", "el albergue de Chiquimula").
_FACILITY_NAMED_BEFORE = re.compile(
    r"\b(?:albergue|refugio|plaza|parque|estadio|unidad\s+deportiva|deportivo|polideportivo|gimnasio|auditorio|domo|"
    r"escuela|colegio|hospital|mercado)\s+$"
    rf"|\b(?:{_CHURCH_NOUN})\s+(?:(?:de\s+)?(?:la|el|los|las)\s+|del\s+)$",
    re.I)
# English writes the noun after the name: "the Leona Vicario and Kiki Romero shelters", "the Vicente Guerrero stadium".
_FACILITY_NOUN_AFTER = re.compile(
    r"(?:\s+(?:and|&)(?:\s+[A-ZÁÉÍÓÚÑ][\w'’.-]*){1,4})?\s+(?:migrant\s+)?(?:shelters?|parish(?:es)?|church(?:es)?|"
    r"stadium|park|plaza|square|sports\s+(?:complex|center|centre|fields?|grounds?)|school|gym(?:nasium)?|auditorium|"
    r"cathedral|chapel)\b")
_THE_BEFORE = re.compile(r"\bthe\s+(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*\s+){0,4}?(?:(?:and|&)\s+)?$")
_GATHERING_FEATURES = frozenset(("gathering_point", "border_crossing"))


class NameFacts:
    """What the gazetteer says about a name the article writes, remembered per name: whether it is an area, has
    namesakes, is a facility or a building, lies in an area (one per :class:`~routes.extract.pipeline.Extractor`)."""

    def __init__(self, resolver) -> None:
        self.resolver = resolver
        self._area_cache: dict[str, bool | float | str | None] = {}
        self._common: frozenset[str] | None = None

    def is_area(self, key: str) -> bool:
        """True when some gazetteer entry of this name key is a country, division or region."""
        if key not in self._area_cache:
            self._area_cache[key] = any(p.is_area for p in self.resolver.index.lookup(key))
        return self._area_cache[key]

    def division_countries(self, key: str) -> frozenset[str]:
        """The countries in which a first-level division (state, department) bears this name key."""
        cached = self._area_cache.get("\0admin1\0" + key)
        if cached is None:
            cached = self._area_cache["\0admin1\0" + key] = frozenset(
                p.country for p in self.resolver.index.lookup(key) if p.feature == "admin1")
        return cached

    def names_area(self, key: str, name: str) -> bool:
        """True when the name, read on its own, means a country, division or region (``Guatemala``,
        ``Chiapas``), not a town that shares its name with one (``Chiquimula``, ``Oaxaca``)."""
        if not self.is_area(key):
            return False
        # (keyed by the name too: a described place's name carries a level word, "estado de Oaxaca", its key not)
        cached = self._area_cache.get("\0" + key + "\0" + name)
        if cached is None:
            from geo.errors import PlaceNotFound
            from geo.resolve import Context

            try:
                cached = self.resolver.resolve(name, Context()).place.is_area
            except PlaceNotFound:
                cached = True
            self._area_cache["\0" + key + "\0" + name] = cached
        return cached

    @property
    def common(self) -> frozenset[str]:
        """Gazetteer name keys that are ordinary words (:mod:`.common`)."""
        if self._common is None:
            self._common = common_keys()
        return self._common

    def namesakes(self, key: str) -> bool:
        """True when several gazetteer places have this name key."""
        cached = self._area_cache.get("\1" + key)
        if cached is None:
            cached = self._area_cache["\1" + key] = len(self.resolver.index.lookup(key)) > 1
        return cached

    def border_river(self, key: str) -> bool:
        """True when the gazetteer knows a border river by this name key (``rio grande``, ``rio suchiate``)."""
        cache_key = "\3" + key
        cached = self._area_cache.get(cache_key)
        if cached is None:
            from geo.places import RIVER

            cached = self._area_cache[cache_key] = any(c.feature == RIVER for c in self.resolver.index.lookup(key))
        return cached

    def on_the_river(self, town_key: str, river_key: str) -> bool:
        """True when a town of this name key lies on the border the river of ``river_key`` runs along: a border post
        of the river's two countries within :data:`~routes.extract.twins.CROSSING_IN_TOWN_KM` of it (Tecún Umán and
        the Rodolfo Robles bridge over the Suchiate, Eagle Pass and its bridge over the Rio Grande).  A river is a long
        line and the gazetteer holds one point of it; its border posts say where it is crossed."""
        cache_key = "\4" + town_key + "\4" + river_key
        cached = self._area_cache.get(cache_key)
        if cached is None:
            from geo.distance import haversine_km
            from geo.places import RIVER

            from .twins import CROSSING_IN_TOWN_KM

            index = self.resolver.index
            sides = [set(r.countries) for r in index.lookup(river_key) if r.feature == RIVER and len(r.countries) > 1]
            towns = [t for t in index.lookup(town_key) if t.feature in ("populated_place", "locality")]
            cached = self._area_cache[cache_key] = any(
                t.country in side and set(c.countries) == side
                and haversine_km(t.lat, t.lon, c.lat, c.lon) <= CROSSING_IN_TOWN_KM
                for side in sides for t in towns for c in index.crossings())
        return cached

    def facility(self, p) -> bool:
        """True for a shelter, station or terminal: a name that starts with a facility's word, or one the
        gazetteer knows only as a gathering point (``Casa del Migrante``)."""
        if p.start < 0:
            return False
        cache_key = f"\2{p.query}\0{p.key}"  # (the answer depends on the name and the gazetteer only)
        cached = self._area_cache.get(cache_key)
        if cached is None:
            first = fold(p.query.split(None, 1)[0]).strip()
            if first in _FACILITY_WORDS or first in ("casa", "estacion", "station", "shelter"):
                cached = True
            else:
                found = self.resolver.index.lookup(p.key)
                cached = bool(found) and all(c.feature == "gathering_point" for c in found)
            self._area_cache[cache_key] = cached
        return cached

    def far_from(self, p, town, km: float | None = None) -> bool:
        """True when every gazetteer place of ``p``'s name lies over ``km`` (:data:`FACILITY_KM`) from ``town``."""
        from geo.distance import haversine_km
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        try:
            there = self.resolver.resolve(town.query, Context()).place
        except PlaceNotFound:
            return False
        km = FACILITY_KM if km is None else km
        return all(haversine_km(c.lat, c.lon, there.lat, there.lon) > km for c in self.resolver.index.lookup(p.key))

    def km_between(self, one_key: str, other: str) -> float | None:
        """Kilometres between a gazetteer place named ``one_key`` and the place the query ``other`` resolves to,
        read in each country a place of that name lies in and with no country given, where they lie nearest
        (``None`` when no such pair is found): ``Esperanza`` is read in Mexico for ``Hermosillo``, and ``Santa
        Ana`` in Sonora, not in El Salvador, from Hermosillo."""
        from geo.distance import haversine_km
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        cache_key = f"\3{one_key}\0{other}"
        if cache_key not in self._area_cache:
            found = self.resolver.index.lookup(one_key)
            best = None
            for country in [""] + sorted({c.country for c in found}):
                try:
                    there = self.resolver.resolve(other, Context(country=country)).place
                except PlaceNotFound:
                    continue
                km = min((haversine_km(c.lat, c.lon, there.lat, there.lon) for c in found), default=None)
                if km is not None:
                    best = km if best is None else min(best, km)
            self._area_cache[cache_key] = best
        return self._area_cache[cache_key]

    def country_of(self, query: str) -> str:
        """The country code of the place ``query`` resolves to (``""`` when it is not found)."""
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        cache_key = f"\4{query}"
        if cache_key not in self._area_cache:
            try:
                self._area_cache[cache_key] = self.resolver.resolve(query, Context()).place.country
            except PlaceNotFound:
                self._area_cache[cache_key] = ""
        return self._area_cache[cache_key]

    def holds(self, area, town) -> bool:
        """True when the country or first-level division ``area`` names holds the place ``town`` names."""
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        try:
            there = self.resolver.resolve(town.query, Context()).place
            whole = self.resolver.resolve(area.query, Context()).place
        except PlaceNotFound:
            return False
        if there.is_area or whole.feature not in ("country", "admin1") or (whole.feature == "admin1" and not whole.admin1):
            return False
        return inside(there, whole)  # the one containment rule of the draft's area rows

    def a_building(self, sentence: str, p) -> bool:
        """True for ``salieron de la Unidad Deportiva``: a name that starts with a facility's word, written
        after an article, that the gazetteer knows only as a town or district (not as a gathering point)."""
        first = fold(p.query.split(None, 1)[0]).strip()
        if first not in _FACILITY_WORDS or not _ARTICLE_BEFORE.search(sentence, max(0, p.start - 5), p.start):
            return False
        return not any(c.feature in _GATHERING_FEATURES for c in self.resolver.index.lookup(p.key))

    def a_facilitys_name(self, sentence: str, p, towns: list = ()) -> bool:
        """True when the place's words are the name of a facility: after its noun in Spanish (``el albergue Leona
        Vicario``, ``la parroquia de la Asunción``), or before it in English (``the Leona Vicario and Kiki Romero
        shelters``) when the name, read on its own, lies far from every one of ``towns`` (the sentence's other
        towns and the dateline's), and there is one: ``the Tapachula shelter`` of a Huixtla story is the town's."""
        if p.start < 0:
            return False
        if _FACILITY_NAMED_BEFORE.search(sentence, max(0, p.start - 30), p.start):
            return True
        if not _FACILITY_NOUN_AFTER.match(sentence, p.end) or not _THE_BEFORE.search(sentence, max(0, p.start - 80),
                                                                                         p.start):
            return False
        others = [t for t in towns if t.key != p.key]
        return bool(others) and all(self._reads_far_from(p, t) for t in others)

    def _reads_far_from(self, p, town) -> bool:
        """True when ``p``'s name, read on its own, lies over :data:`FACILITY_KM` from ``town``'s (False when
        either is not found)."""
        from geo.distance import haversine_km
        from geo.errors import PlaceNotFound
        from geo.resolve import Context

        try:
            here = self.resolver.resolve(p.query, Context()).place
            there = self.resolver.resolve(town.query, Context()).place
        except PlaceNotFound:
            return False
        return haversine_km(here.lat, here.lon, there.lat, there.lon) > FACILITY_KM

    def in_a_name(self, sentence: str, p) -> bool:  # noqa: C901 - two short tests
        """True when the place's words belong to a longer name: an ordinary word followed by ``of``/``de``
        and a capitalised word (``Summit of the Americas``, ``Centro de Dignificación``), a name after
        an ordinary capitalised word and ``de``/``of`` (``Iglesia de San Agustín``, ``Universidad de San Carlos``),
        or a capitalised word in an organisation's name, not after ``de`` (``Asociación ... González y Martínez``;
        ``la Casa del Migrante de Tecún Umán`` is in Tecún Umán)."""
        if p.start < 0:
            return False
        if _ORGANISATION_BEFORE.search(sentence, max(0, p.start - 80), p.start):
            return True  # "la Asociación Estancias del Migrante González y Martínez": a surname in an organisation's name
        if p.key in self.common and _NAME_GOES_ON.match(sentence, p.end):
            return True
        if not sentence[max(0, p.start - 8):p.start].lower().endswith(_CONNECTOR_ENDINGS):
            return False
        if p.query.startswith(_SAINTS) and _SAINTS_BUILDING_BEFORE.search(sentence, max(0, p.start - 30), p.start):
            return True  # "la iglesia de San Francisco", "the church of San Pedro": the building, not the town
        head = _NAME_CAME_BEFORE.search(sentence, max(0, p.start - 40), p.start)
        return bool(head) and fold(head.group("word")).strip() in self.common and not self.is_area(p.key)
