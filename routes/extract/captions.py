"""Lines of a page that tell no event of the story: photo captions, bylines, a page's time stamp.

:func:`caption_sentences` gives the sentences on a caption's line (``Photo: ...``, ``... | Foto: ...``, a bullet
over the byline, a line that repeats an earlier one): they give no row and no day.  :data:`STAMP` matches a
page's time stamp on a line of its own (``Published January 3, 2024``): its date is no event's.
"""

from __future__ import annotations

import re


# A photo's or video's caption on a line of its own: "Photo: Stringer/AFP Migrants take part...", "Foto: ...",
# "... Nov. 6, 2021. | Photo: Twitter/@...", a bullet over the byline (see caption_sentences).
_CAPTION_LINE_START = re.compile(r"[ \t]*(?:photo|foto|image|imagen|video|v[íi]deo|fotograf[íi]a|galer[íi]a)s?\s*:", re.I)
_BULLETS = "\u2022\u00b7\u25aa\u25cf"
_CAPTION_LINE_CREDIT = re.compile(r"\|\s*(?:photo|foto|image|imagen|video|fotograf[íi]a|credit|cr[ée]dito)s?\s*:", re.I)
_BYLINE = re.compile(r"[ \t]*(?:by|por)\s*:?\s+[A-ZÁÉÍÓÚÑ]|[ \t]*(?:published|updated|posted|publicado|actualizado)\b", re.I)
_LINE_LEAD = re.compile(rf"[\s{_BULLETS}]+")


def _line_key(line: str) -> str:
    """A line as :func:`caption_sentences` compares it with the others: without its leading spaces and bullets,
    nor a ``|`` and what follows it, stripped.  (It was ``re.sub(r"^[\\s•]+|\\s*\\|.*$", "", line).strip()``, whose
    second part the engine tried at every position of the line: 15 us a line, 3% of a 5 KB article.)"""
    lead = _LINE_LEAD.match(line)
    start = lead.end() if lead else 0
    bar = line.find("|", start)
    return line[start:bar if bar >= 0 else len(line)].strip()


def caption_sentences(text: str, sents) -> set[int]:
    """The sentences that lie on a caption's line: a line starting with ``Photo:``/``Foto:``/``Video:``, one
    ending with ``| Photo: ...``, a bullet line over the byline or the time stamp, and a line that repeats an
    earlier one (a caption shown twice: ``• Migrant caravan arrives in ...`` then ``Migrant caravan arrives in
    ... | Photo: ...``).  A caption is often a file photo of another day or caravan: it gives no row and no day."""
    if "\n" not in text and not _CAPTION_LINE_START.match(text):
        return set()
    lines: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    seen: set[str] = set()
    caption_lines: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        key = _line_key(line)
        if not key:
            continue
        repeated = len(key) >= 20 and key in seen
        seen.add(key)
        bullet_over_byline = line.lstrip()[:1] in _BULLETS and any(_BYLINE.match(text, c) for c, _ in lines[i + 1:i + 4])
        if repeated or bullet_over_byline or _CAPTION_LINE_START.match(line) or _CAPTION_LINE_CREDIT.search(line):
            caption_lines.append((a, b))
    if not caption_lines:
        return set()
    return {n for n, s in enumerate(sents) if any(a <= s.start and s.end <= b for a, b in caption_lines)}


# A page's time stamp on a line of its own: "Published January 3, 2024", "Updated 10:15 PM EST, January 21, 2024".
STAMP = re.compile(r"(?:published|updated|last\s+updated|posted|republished|original\s+publication\s+date|publicado|"
                   r"actualizado|fecha\s+de\s+publicaci[óo]n)\b(?:\s+(?:on|el|at|a\s+las))?:?\s*[\w ,.:]{0,50}$", re.I)
