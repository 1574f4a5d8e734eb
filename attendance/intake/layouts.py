"""Where a list comes from: the layout of each exporter organisers receive files from.

:func:`detect_source` names the source of a table from its header row and the rows above it
(Google Forms, Microsoft Forms, KoboToolbox / ODK, Eventbrite, Zoom meeting or webinar
registration reports, a list saved by Excel with title rows), and says which columns the
layout adds before the questions (Microsoft Forms' "Email" and "Name", which lose to a
question asking the same). :func:`is_footer` tells the totals and signatures under a ministry
list, which never become people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from attendance.domain import fold
from attendance.intake.columns import normalise_header

GOOGLE_FORMS = "google_forms"
MICROSOFT_FORMS = "microsoft_forms"
KOBO = "kobotoolbox"
EVENTBRITE = "eventbrite"
ZOOM_MEETING = "zoom_meeting_registration"
ZOOM_WEBINAR = "zoom_webinar_registration"
EXCEL_LIST = "excel_list"
PLAIN = "plain"
SOURCES = (GOOGLE_FORMS, MICROSOFT_FORMS, KOBO, EVENTBRITE, ZOOM_MEETING, ZOOM_WEBINAR, EXCEL_LIST, PLAIN)

_GOOGLE_TIMESTAMP = {"marca temporal", "timestamp", "horodateur", "carimbo de data hora", "marca de tiempo"}
_MS_START = {"start time", "hora de inicio", "heure de debut", "hora de inicio da", "hora de inicio de"}
_MS_END = {"completion time", "hora de finalizacion", "heure de fin", "hora de conclusao"}
_KOBO = re.compile(r"^_(uuid|submission_time|validation_status|submitted_by|index)$")
# The first cell of a footer row under a list: totals, sources, signatures, notes.
_FOOTER = re.compile(r"^(total|totales|total general|gran total|subtotal|suma|sum|fuente|source|fonte|elaborado|"
                     r"preparado|prepared by|firma|signature|assinatura|nota|note|observaciones|observacoes|"
                     r"remarks|visto bueno|aprobado por|approved by|revisado|responsable|nombre y firma)\b")


@dataclass(frozen=True)
class Source:
    """The detected source of a table: its name (one of SOURCES), and the layout's own columns."""

    name: str
    soft_metadata: frozenset[int] = field(default_factory=frozenset)


def detect_source(headers: Sequence[str], preamble: Sequence[Sequence[str]] = (),
                  footer_rows: int = 0) -> Source:
    """The source layout of a table from its header row and the non-empty rows above it."""
    normal = [normalise_header(h) for h in headers]
    raw = [(h or "").strip() for h in headers]
    above = " ".join(fold(" ".join(row)) for row in preamble)
    if any(_KOBO.match(h) for h in raw) or sum(1 for h in raw if "/" in h and "_" in h) >= 2:
        return Source(KOBO)
    if len(normal) >= 3 and normal[0] == "id" and normal[1] in _MS_START and normal[2] in _MS_END:
        # ID, Start time, Completion time, [Last modified time,] Email, Name: then the questions.
        start = 4 if len(normal) > 3 and "modif" in normal[3] else 3
        return Source(MICROSOFT_FORMS, frozenset(range(start, min(start + 2, len(normal)))))
    if normal and normal[0] in _GOOGLE_TIMESTAMP:
        return Source(GOOGLE_FORMS)
    if {"order date", "attendee status"} & set(normal) or {"fecha del pedido", "estado del asistente"} & set(normal):
        return Source(EVENTBRITE)
    if {"approval status", "registration time", "estado de aprobacion", "hora de registro"} & set(normal) or \
            "registration report" in above or "informe de registro" in above:
        return Source(ZOOM_WEBINAR if "webinar" in above or "seminario web" in above else ZOOM_MEETING)
    if preamble or footer_rows:
        return Source(EXCEL_LIST)
    return Source(PLAIN)


def is_footer(cells: Sequence[str]) -> bool:
    """Whether a row under the list is a footer: "Total de participantes: 22", "Fuente: ...", a
    lone number (a total), or signature lines; such rows never become people."""
    filled: list[str] = []
    for cell in cells:
        if cell and cell.strip():
            filled.append(cell.strip())
            if len(filled) > 3:
                return False
    if not filled:
        return False
    first = fold(filled[0])
    if _FOOTER.match(first):
        return True
    return all(re.fullmatch(r"[\d.,\s]+", c) for c in filled) or all(set(c) <= set("_-=. ") for c in filled)
