"""What the group did, from the sentence's verbs: one of the schema's report kinds.

Cues are checked in order of precedence: a sentence about plans (``set to
depart``, ``called to leave``, ``convocan``) is ``planned`` whatever else it
says; tear gas and clashes make a ``clash``; turned back, returned and
deported make ``returned``; then blocked, checkpoint/roadblock, crossed,
arrived, departed, gathered.  A sentence with none is a ``sighting``.
"""

from __future__ import annotations

import re

from ..schema import DEFAULT_KIND, KINDS

_CUES: list[tuple[str, str]] = [
    ("planned", r"set\s+to\s+(?:depart|leave|set\s+out)|plans?\s+to\s+\w+|intends?\s+to\s+\w+|"
                r"planea(?:n)?\s+\w+(?:ar|er|ir)\b|piensa(?:n)?\s+\w+(?:ar|er|ir)\b|"
                r"planning\s+to\s+(?:depart|leave)|called\s+(?:on\s+\w+\s+)?to\s+(?:leave|depart|gather)|"
                r"(?:will|would)\s+(?:depart|leave|set\s+out|gather)|expected\s+to\s+(?:depart|leave|set\s+out)|"
                r"scheduled\s+to|called\s+(?:on\s+\w+\s+)?for\s+(?:a\s+)?(?:new\s+)?caravan|convoca(?:n|ron|toria)?|planea(?:n)?\s+salir|saldr[áa]n?\b|partir[áa]n?\b|"
                r"tienen?\s+previsto\s+salir|prev[ée]n\s+salir|new\s+caravan\s+(?:is\s+)?(?:being\s+)?(?:organi[sz]ed|called)"),
    ("clash", r"tear[\s-]+gas|batons?|clash(?:ed|es)?|pepper\s+spray|rubber\s+bullets|gases?\s+lacrim[óo]genos?|"
              r"enfrentamientos?|se\s+enfrentaron|repleg|golpes|toletes|macanas"),
    ("returned", r"turned\s+back|went\s+back|gone\s+back|returned|deported|sent\s+back|repatriated|"
                 r"regres(?:aron|ó|ado|ados)|retorn(?:aron|ó|ados)|deportad[oa]s|devuelt[oa]s|deportaron|repatriad"),
    ("blocked", r"\bblock(?:ed|ing)\b|blockade|stopped\s+(?:by|at)|held\s+back|kept\s+from|barred|"
                r"bloque(?:aron|ó|ado)|impidieron|frenaron|detuvieron\s+(?:el\s+)?(?:avance|paso)|cercad|encapsulad"),
    ("checkpoint", r"checkpoints?|roadblocks?|road\s+block|control\s+point|ret[ée]n(?:es)?|puestos?\s+de\s+control|"
                   r"control\s+migratorio"),
    ("crossing", r"\bcross(?:ed|es|ing)\b(?!\s+point)|entered|crossing\s+into|streamed\s+(?:across|into)|"
                 r"cruz(?:aron|ó|ado|ar)|ingres(?:aron|ó)|entraron|pasaron\s+la\s+frontera"),
    ("arrival", r"arriv(?:ed|ing|al)|reached|made\s+it\s+to|pulled\s+into|reach\b|"
                r"lleg(?:aron|ó|ada|ado)|alcanzaron"),
    ("departure", r"\bleft\b|departed|set\s+(?:out|off)|headed\s+(?:out|north)|began\s+(?:walking|the\s+trek|their\s+journey)|"
                  r"started\s+walking|sal(?:ieron|ió|ida)\b|partieron|parti[óo]|emprendieron|iniciaron\s+(?:la\s+)?(?:marcha|caminata)"),
    ("gathering", r"gather(?:ed|ing)|wait(?:ed|ing)|esperaban|esperando|assembled|congregated|met\s+(?:up\s+)?at|massed|"
                  r"se\s+reunieron|se\s+concentraron|concentraci[óo]n|se\s+congregaron|reunid[oa]s"),
]
_COMPILED = [(kind, re.compile(rf"\b(?:{pattern})", re.I)) for kind, pattern in _CUES]
assert all(kind in KINDS for kind, _ in _CUES)


def sentence_kind(sentence: str) -> tuple[str, bool]:
    """Return the report kind a sentence describes and whether a cue said so.

    ``("sighting", False)`` when no cue matched.
    """
    for kind, pattern in _COMPILED:
        if pattern.search(sentence):
            return kind, True
    return DEFAULT_KIND, False
