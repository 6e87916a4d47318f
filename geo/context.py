"""What is known about a reported place besides its name: :class:`Stop` and :class:`Context`."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import Where
from .focus import Focus


@dataclass(frozen=True)
class Stop:
    """A reported place of one group, for :func:`geo.resolve_route`.

    ``day`` is the report's day as a number (any origin; ``None`` when
    undated), ``country`` a hint, ``kind`` the report kind (``crossing``...),
    ``where`` the file, row and column that said it (for error messages);
    ``near`` the ``(lat, lon)`` of places the words put this one near, not
    stops of the group ("Esperanza, just north of Ciudad Obregón"; "from
    Hermosillo, then north through Santa Ana, then Caborca"): undated anchors
    for this stop alone (see :class:`Context`).
    """

    query: str
    day: float | None = None
    country: str = ""
    kind: str = ""
    where: Where | None = None
    near: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True)
class Context:
    """What else we know about a reported place: hints and neighbouring stops.

    ``country`` is an ISO-2 code (or a country name); ``near`` a list of
    ``(lat, lon, days_apart)`` anchors: other stops of the same group and how
    many days lie between them and this report (``None`` when undated);
    ``focus`` where the story as a whole happens (see :class:`~geo.focus.Focus`);
    ``side`` the ``(country, crossing name)`` the group's reported crossings put
    this stop in (the Guatemalan side of El Ceibo before crossing into Mexico).
    """

    country: str = ""
    admin1: str = ""
    kind: str = ""
    near: tuple[tuple[float, float, float | None], ...] = ()
    focus: Focus | None = None
    side: tuple[str, str] = ()
