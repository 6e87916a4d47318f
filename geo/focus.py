"""Where a story happens: :class:`Focus`, and the soft score it gives each candidate place."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from .errors import InputError
from .neighbours import region
from .normalize import name_key
from .places import RIVER, Place

#: Score taken from a candidate outside every country of the story's :class:`Focus`.
FOCUS_WEIGHT = 2.0

#: Score taken from a candidate in a focus country but outside that country's focus divisions.
FOCUS_DIVISION_WEIGHT = 1.5

#: Score taken from a town outside the story's countries and their land neighbours (:mod:`geo.neighbours`),
#: unless the report or the article names its country (:attr:`Focus.named`): a town in the Philippines or the Dominican Republic that shares a name
#: with a Sonoran one (Taguig is also "Santa Ana") is taken in a story set in Mexico only when nothing else fits.
#: More than a thousandfold population (3.6) and the focus weight together.  Not an area: a story in Chiapas
#: names Honduras or the department of Copán as where the group set out from.
FAR_FOCUS_WEIGHT = 6.0


@dataclass(frozen=True)
class Focus:
    """Where a story happens: the countries and first-level divisions an article is about.

    ``countries`` holds ISO-2 codes or country names (``"GT"``, ``"Guatemala"``);
    ``divisions`` holds ``(country, admin1)`` pairs, the division given by its
    GeoNames code or its name as in ``data/gazetteer/admin1.csv``
    (``("MX", "05")``, ``("MX", "Chiapas")``).  A division's country is part of
    the focus too.  ``named`` holds countries the article names besides (where
    the migrants come from, a town it mentions): not where the story happens,
    but evidence enough that a town there may be meant (see
    :data:`FAR_FOCUS_WEIGHT`).  Any iterables are accepted and stored as
    frozensets, so a focus is hashable and compares by content.

    A focus is soft evidence: a candidate outside every focus country loses
    :data:`FOCUS_WEIGHT`, one in a focus country that has focus divisions but
    outside them loses :data:`FOCUS_DIVISION_WEIGHT`; either way the reason is
    kept in ``reasons`` and the candidate stays eligible (a story about Chiapas
    may still name a town in Guatemala, and the route can outweigh the focus).

    >>> Focus(countries=["mx"], divisions=[("MX", "Chiapas")]).countries
    frozenset({'MX'})
    """

    countries: frozenset[str] = frozenset()
    divisions: frozenset[tuple[str, str]] = frozenset()
    named: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if isinstance(self.countries, str) or isinstance(self.divisions, str) or isinstance(self.named, str):
            raise TypeError("Focus wants collections: Focus(countries=['GT'], divisions=[('MX', 'Chiapas')])")
        countries = frozenset(_focus_country(c) for c in self.countries if str(c).strip())
        divisions = set()
        for pair in self.divisions:
            if isinstance(pair, str) or len(pair) != 2:
                raise TypeError(f"a focus division is a (country, admin1) pair, not {pair!r}")
            country, admin1 = (str(v).strip() for v in pair)
            if country and admin1:
                divisions.add((_focus_country(country), admin1))
        object.__setattr__(self, "countries", countries)
        object.__setattr__(self, "divisions", frozenset(divisions))
        object.__setattr__(self, "named", frozenset(_focus_country(c) for c in self.named if str(c).strip()))

    def __bool__(self) -> bool:
        return bool(self.countries or self.divisions)


def _focus_country(value: object) -> str:
    text = str(value).strip()
    return text.upper() if len(text) == 2 and text.isalpha() else text


class FocusCodes(NamedTuple):
    """A :class:`Focus` in the index's codes: ISO-2 countries and ``CC.admin1`` divisions."""

    countries: frozenset[str]
    divisions: frozenset[str]
    divided: frozenset[str]  # the countries that have focus divisions
    label: str
    region: frozenset[str] = frozenset()  # the focus countries, their land neighbours, the countries named


def focus_codes(
    focus: Focus, *, country_code: Callable[[str], str], divisions: Mapping[tuple[str, str], str]
) -> FocusCodes:
    """Translate a :class:`Focus` into ISO-2 codes and ``CC.admin1`` division codes.

    ``country_code`` turns a code or name into an ISO-2 code (``''`` if
    unknown); ``divisions`` maps ``(country, code)`` to the division's name, as
    :meth:`geo.index.GazetteerIndex.divisions` does.  Raises
    :class:`~geo.errors.InputError` for a country or division it does not know.
    """
    by_name: dict[tuple[str, str], str] | None = None  # made only for a division given by name
    countries: set[str] = set()
    for text in focus.countries:
        code = country_code(text)
        if not code:
            raise InputError(f"unknown country {text!r} in the story's focus: expected an ISO-2 code or a name")
        countries.add(code)
    chosen: set[str] = set()
    names: list[str] = []
    for country_text, admin1 in focus.divisions:
        cc = country_code(country_text)
        if (cc, admin1) in divisions:
            code = admin1
        else:
            if by_name is None:
                by_name = {(c, name_key(name)): code for (c, code), name in divisions.items()}
            code = by_name.get((cc, name_key(admin1)))
        if not cc or code is None:
            raise InputError(
                f"unknown division ({country_text!r}, {admin1!r}) in the story's focus: expected a country "
                "and a first-level division code or name as in data/gazetteer/admin1.csv")
        chosen.add(f"{cc}.{code}")
        names.append(divisions[(cc, code)])
    divided = frozenset(d.split(".", 1)[0] for d in chosen)
    label = ", ".join(sorted(countries | divided) + sorted(names))
    named = set()
    for text in focus.named:
        code = country_code(text)
        if not code:
            raise InputError(f"unknown country {text!r} named in the story: expected an ISO-2 code or a name")
        named.add(code)
    every = frozenset(countries | divided)
    return FocusCodes(every, frozenset(chosen), divided, label, region(every) | named)


def in_focus_countries(place: Place, codes: FocusCodes) -> bool:
    """Whether ``place`` (or, for a border post, one of its countries) lies in a country of the focus."""
    return place.country in codes.countries or not codes.countries.isdisjoint(place.countries)


def in_focus_region(place: Place, codes: FocusCodes) -> bool:
    """Whether ``place`` (or one of a border post's countries) lies in a focus country, a land neighbour of one,
    or a country the article names."""
    return place.country in codes.region or not codes.region.isdisjoint(place.countries)


def focus_term(place: Place, codes: FocusCodes, reasons: list[str], *, hinted: bool = False) -> float:
    """Penalise a candidate outside the story's focus (never exclude it); say why in ``reasons``.

    For a town outside the story's countries, their neighbours and the countries the article names, the
    penalty is :data:`FAR_FOCUS_WEIGHT`, unless the report names the town's country (``hinted``: "Santa Ana,
    El Salvador")."""
    if not in_focus_countries(place, codes):
        if not hinted and not place.is_area and not in_focus_region(place, codes):
            reasons.append(f"outside the story's focus ({codes.label}) and its land neighbours")
            return -FAR_FOCUS_WEIGHT
        reasons.append(f"outside the story's focus ({codes.label})")
        return -FOCUS_WEIGHT
    if (place.country in codes.divided and place.feature not in ("country", RIVER)
            and f"{place.country}.{place.admin1}" not in codes.divisions):
        reasons.append(f"in {place.country} but outside the story's divisions ({codes.label})")
        return -FOCUS_DIVISION_WEIGHT
    reasons.append(f"within the story's focus ({codes.label})")
    return 0.0
