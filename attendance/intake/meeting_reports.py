"""Readers for the attendance reports of Zoom, Microsoft Teams, Google Meet and Webex.

Every report becomes a :class:`MeetingReport`: its layout, the meeting's title, start, end and
length when the report gives them, and one :class:`Stay` per row (a person on one device, or a
person's totals). Layouts read (``LAYOUTS``), each in English, Spanish, French and Portuguese:

- Zoom meeting participants: per-join rows or "show unique users" totals, with or without the
  meeting summary block ("Meeting ID, Topic, Start Time, End Time, ..."), classic and current
  header wordings ("Name (Original Name)", "User Email" / "Email", "Duration (Minutes)").
- Zoom webinar attendee report: the "Attendee Report" preamble and sections Host Details,
  Panelist Details, Attendee Details ("Attended" Yes/No, "--" for who never came); the webinar
  registration report (registrants only, no time).
- Microsoft Teams: the 2020 list (Full Name / User Action / Timestamp), the 2021 "Meeting
  Summary", and the current three-section report ("1. Summary", "2. Participants", "3. In-Meeting
  Activities"; the activities are the per-join rows, used when present).
- Google Meet attendance report; Webex meeting attendee report.

Files are decoded and split as :mod:`attendance.intake.importer` does for pre-registration lists
(UTF-8 with or without BOM, UTF-16, Windows-1252; ``,`` ``;`` or tab). Dates are read day-first
or month-first as the report's own dates show (a 13 or more decides), else as its language
usually writes them. Bad content never raises: a file of no known layout is :class:`UnknownLayout`.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

from attendance.domain import InvalidValue, fold
from attendance.i18n import tr
from attendance.intake.importer import decode, sniff_delimiter
from attendance.intake.intervals import (
    Interval,
    date_order,
    minutes_between,
    parse_duration,
    parse_moment,
)

# Layout key -> how the layout is named to the user (English; translated where shown).
LAYOUTS: dict[str, str] = {
    "zoom-meeting": "Zoom meeting participants",
    "zoom-webinar": "Zoom webinar attendees",
    "zoom-registration": "Zoom webinar registrations",
    "teams-2020": "Teams attendance list (2020)",
    "teams-2021": "Teams meeting summary (2021)",
    "teams": "Teams attendance report",
    "meet": "Google Meet attendance",
    "webex": "Webex meeting attendees",
}
# A row whose duration differs from its leave - join by more than this is a total, not one stay.
STAY_TOLERANCE_MINUTES = 1.5

HOST, PANELIST = "host", "panelist"
# A summary length beyond two weeks is a misread cell, not a meeting.
MAX_MEETING_MINUTES = 14 * 24 * 60

# Column header (folded, brackets removed) -> field. Several wordings per service and language.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "user name", "participant", "participant name", "nombre", "nombre completo",
             "nombre de usuario", "nombre del participante", "nom", "nom complet", "nom d'utilisateur",
             "nom du participant", "nome", "nome completo", "nome de usuario", "nome do participante",
             "nome do usuario"),
    "display": ("display name", "nombre para mostrar", "nombre visible", "nom d'affichage", "nome de exibicao"),
    "given": ("first name", "prenom", "primeiro nome", "nombre de pila"),
    "family": ("last name", "surname", "apellido", "apellidos", "nom de famille", "sobrenome", "ultimo nome"),
    "email": ("email", "e-mail", "user email", "attendee email", "email address", "correo", "correo electronico",
              "correo electronico del usuario", "correo electronico del asistente", "e-mail de l'utilisateur",
              "adresse e-mail", "courriel", "e-mail du participant", "e-mail do usuario", "e-mail do participante",
              "e-mail do convidado", "endereco de e-mail"),
    "upn": ("participant id", "id. de participante", "id de participante", "id du participant", "id de participant",
            "id do participante", "id. do participante"),
    "join": ("join time", "first join", "time joined", "joined", "hora de entrada", "hora de union",
             "primera entrada", "heure d'arrivee", "heure de connexion", "premiere arrivee", "horario de entrada",
             "hora da entrada", "primeira entrada", "entrada"),
    "leave": ("leave time", "last leave", "time exited", "exited", "hora de salida", "ultima salida",
              "heure de depart", "derniere sortie", "derniere deconnexion", "heure de deconnexion",
              "horario de saida", "hora da saida", "hora de saida", "ultima saida", "dernier depart", "saida"),
    "duration": ("duration", "in-meeting duration", "time in session", "attendance duration", "total duration",
                 "duracion", "duracion en la reunion", "duracion de la asistencia", "duree de la presence",
                 "duracion total", "tiempo en la sesion", "duree",
                 "duree dans la reunion", "duree de presence", "duree totale", "temps dans la session", "duracao",
                 "duracao na reuniao", "duracao da presenca", "duracao total", "tempo na sessao"),
    "role": ("role", "rol", "funcion", "fonction", "funcao", "papel"),
    "guest": ("guest", "is guest", "invitado", "invite", "convidado", "es invitado", "e convidado"),
    "attended": ("attended", "asistio", "a assiste", "present", "participou", "compareceu"),
    "action": ("user action", "action", "accion del usuario", "accion", "actividad del usuario",
               "action de l'utilisateur", "acao do usuario", "acao", "atividade do usuario"),
    "timestamp": ("timestamp", "marca de tiempo", "marca de hora", "horodatage", "carimbo de data/hora",
                  "fecha y hora", "data e hora", "date et heure"),
    "meeting_name": ("meeting name", "nombre de la reunion", "nom de la reunion", "nome da reuniao"),
    "meeting_start": ("meeting start time", "meeting start date", "fecha de inicio de la reunion",
                      "hora de inicio de la reunion", "heure de debut de la reunion", "date de debut de la reunion",
                      "data de inicio da reuniao", "hora de inicio da reuniao"),
    "meeting_end": ("meeting end time", "meeting end date", "fecha de finalizacion de la reunion",
                    "hora de finalizacion de la reunion", "heure de fin de la reunion", "date de fin de la reunion",
                    "data de termino da reuniao", "hora de termino da reuniao"),
}
# Summary keys (a "key<tab>value" row, or a header row over a value row) -> meeting field.
_SUMMARY: dict[str, tuple[str, ...]] = {
    "meeting_id": ("meeting id", "webinar id", "id de reunion", "id de la reunion", "id del seminario web",
                   "id de reunion zoom", "id de la reunion zoom", "id de reunion", "id de webinar",
                   "id du webinaire", "id da reuniao", "id do webinar"),
    "title": ("meeting title", "title", "topic", "tema", "titulo", "titulo de la reunion", "sujet", "titre",
              "titre de la reunion", "topico", "titulo da reuniao", "assunto"),
    "start": ("start time", "meeting start time", "actual start time", "hora de inicio", "hora de inicio real",
              "hora de inicio de la reunion", "heure de debut", "heure de debut reelle", "heure de debut de la reunion",
              "horario de inicio", "horario de inicio real", "hora de inicio da reuniao"),
    "end": ("end time", "meeting end time", "hora de finalizacion", "hora de fin", "hora de finalizacion de la reunion",
            "heure de fin", "heure de fin de la reunion", "horario de termino", "hora de termino",
            "horario de encerramento",
            "hora de termino da reuniao"),
    "length": ("meeting duration", "duration", "actual duration", "duracion de la reunion", "duracion",
               "duracion real", "duree de la reunion", "duree", "duree reelle", "duracao da reuniao", "duracao",
               "duracao real"),
    "host_email": ("user email", "host email", "correo electronico del usuario", "correo electronico del anfitrion",
                   "e-mail de l'utilisateur", "e-mail de l'hote", "e-mail do usuario", "e-mail do anfitriao"),
}
# Section headings of Zoom's webinar report, folded -> role of the rows below.
_WEBINAR_SECTIONS: dict[str, str] = {
    "host details": HOST, "detalles del anfitrion": HOST, "details de l'hote": HOST, "detalhes do anfitriao": HOST,
    "panelist details": PANELIST, "detalles del panelista": PANELIST, "details des panelistes": PANELIST,
    "detalhes do painelista": PANELIST,
    "attendee details": "", "detalles del asistente": "", "details des participants": "",
    "detalhes do participante": "",
    "registrant details": "", "detalles del registrante": "", "details des inscrits": "",
    "detalhes do inscrito": "",
}
_WEBINAR_TITLES = {"attendee report", "informe de asistentes", "rapport des participants", "relatorio de participantes"}
_REGISTRATION_TITLES = {"registration report", "informe de registro", "rapport d'inscription",
                        "relatorio de inscricao"}
_TEAMS_2021_TITLES = {"meeting summary", "resumen de la reunion", "resume de la reunion", "resumo da reuniao"}
_JOINED = {"joined", "joined before", "se unio", "unido", "unido antes", "se unio antes", "a rejoint",
           "a rejoint avant", "entrou", "entrou antes", "ingreso"}
_LEFT = {"left", "salio", "se fue", "abandono", "a quitte", "saiu"}
_HOST_ROLES = {"host", "co-host", "cohost", "organizer", "co-organizer", "organiser", "anfitrion", "coanfitrion",
               "organizador", "coorganizador", "hote", "co-hote", "organisateur", "coorganisateur", "anfitriao",
               "coanfitriao"}
_PANELIST_ROLES = {"panelist", "panelista", "paneliste", "painelista"}
_YES = {"yes", "si", "oui", "sim", "y", "true"}
_NO = {"no", "non", "nao", "n", "false"}
# Header words of Spanish, French and Portuguese reports, whose numeric dates are day-first when the
# dates themselves do not tell (no number above 12); English reports are month-first.
_DAY_FIRST_WORDS = {"nombre", "nom", "nome", "hora", "heure", "horario", "duracion", "duree", "duracao", "correo",
                    "courriel", "entrada", "salida", "saida", "arrivee", "depart", "reunion", "reuniao", "apellido",
                    "apellidos", "sobrenome", "prenom", "rol", "funcao", "marca", "horodatage", "invitado",
                    "convidado", "invite", "participantes", "tiempo", "temps", "tempo"}


class UnknownLayout(InvalidValue):
    """The file is no meeting report this app reads; the message names the layouts and the first line."""


@dataclass(frozen=True)
class Stay:
    """One row of a report: a person on one device (joined, left), or their totals (minutes only)."""

    name: str
    email: str = ""
    joined: datetime | None = None
    left: datetime | None = None
    minutes: float | None = None  # the report's own figure for this row
    role: str = ""  # HOST, PANELIST or "" for a participant
    attended: bool = True
    other_name: str = ""  # Zoom's display name when the participant renamed themself

    @property
    def interval(self) -> Interval | None:
        """(joined, left) when this row is one continuous stay; None for a total or an empty row."""
        if not self.attended or self.joined is None or self.left is None or self.left <= self.joined:
            return None
        if self.minutes is not None and abs(minutes_between(self.joined, self.left) - self.minutes) > \
                STAY_TOLERANCE_MINUTES:
            return None  # first join / last leave around a total: the minutes are the figure
        return self.joined, self.left


@dataclass(frozen=True)
class MeetingReport:
    """What a report says: its layout, the meeting (when it says), and every row."""

    layout: str
    title: str = ""
    start: datetime | None = None
    end: datetime | None = None
    minutes: float | None = None
    stays: list[Stay] = field(default_factory=list)

    @property
    def source(self) -> str:
        """The service: zoom, teams, meet or webex."""
        return self.layout.split("-")[0]


def read_meeting_report(path: str | Path) -> MeetingReport:
    """Read any supported report. Raises UnknownLayout (or InvalidValue for an unreadable file)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InvalidValue(tr("The file {path} cannot be read ({detail}).", path=path, detail=error.strerror)) \
            from error
    text, _encoding = decode(data)
    text = text.replace("\x00", "")
    rows = _split(text)
    report = _read_rows(rows)
    if report is None:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        raise UnknownLayout(tr(
            "{file} is not a Zoom participants report or a Teams attendance report, nor another layout "
            "this app reads ({layouts}). Its first line is: “{line}”",
            file=path.name, layouts=", ".join(LAYOUTS.values()), line=first[:120]))
    return report


def _split(text: str) -> list[list[str]]:
    head = "\n".join(text.splitlines()[:40])
    delimiter = "\t" if head.count("\t") >= 2 else sniff_delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), 16 * 1024 * 1024))
    try:
        return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text, newline=""),
                                                                      delimiter=delimiter)]
    except csv.Error:
        return []


def _folded(cell: str) -> str:
    text = fold(re.sub(r"\(.*?\)|\[.*?\]|[*:#]", " ", cell))
    return re.sub(r"\s+", " ", text).strip(" .-_")


def _column_fields(header: list[str]) -> dict[str, int]:
    """Field -> column of a participant table header (the first column of each field)."""
    found: dict[str, int] = {}
    for column, cell in enumerate(header):
        folded = _folded(cell)
        for name, synonyms in _COLUMNS.items():
            if folded in synonyms and name not in found:
                found[name] = column
                break
    return found


def _is_table_header(fields: dict[str, int], marks: set[str]) -> bool:
    named = bool({"name", "display", "given"} & fields.keys())
    timed = bool({"duration", "join", "timestamp", "attended"} & fields.keys())
    # A registration report lists people without times: a name and an email make its table.
    return named and (timed or ("registration" in marks and "email" in fields))


def _summary_field(cell: str) -> str:
    folded = _folded(cell)
    for name, synonyms in _SUMMARY.items():
        if folded in synonyms:
            return name
    return ""


def _cells(row: list[str]) -> list[str]:
    return [cell for cell in row if cell]


@dataclass
class _Table:
    header: list[str]
    fields: dict[str, int]
    section: str  # role of its rows for webinar sections, or the Teams section number
    rows: list[list[str]] = field(default_factory=list)


def _read_rows(rows: list[list[str]]) -> MeetingReport | None:
    """Find the summary and the participant tables of any layout, then build the report."""
    summary: dict[str, str] = {}
    tables: list[_Table] = []
    marks: set[str] = set()
    section = ""
    current: _Table | None = None
    position = 0
    while position < len(rows):
        row = rows[position]
        cells = _cells(row)
        position += 1
        if not cells:
            current = None
            continue
        folded_first = _folded(cells[0])
        if len(cells) == 1:
            numbered = re.fullmatch(r"(\d)\.\s*(.+)", cells[0])
            if numbered:
                marks.add("numbered")
                section = numbered.group(1)
            elif folded_first in _WEBINAR_SECTIONS:
                marks.add("webinar-section")
                section = _WEBINAR_SECTIONS[folded_first]
            elif folded_first in _WEBINAR_TITLES:
                marks.add("webinar")
            elif folded_first in _REGISTRATION_TITLES:
                marks.add("registration")
            elif folded_first in _TEAMS_2021_TITLES:
                marks.add("teams-2021")
            current = None
            continue
        if current is not None:
            current.rows.append(row)
            continue
        fields = _column_fields(row)
        if _is_table_header(fields, marks) and "meeting_id" not in {_summary_field(cell) for cell in row}:
            current = _Table(row, fields, section)
            tables.append(current)
            continue
        summary_fields = [_summary_field(cell) for cell in row]
        if len(cells) == 2 and summary_fields[0]:
            summary.setdefault(summary_fields[0], row[1] if len(row) > 1 else "")
            continue
        if "meeting_id" in summary_fields or summary_fields.count("") < len(summary_fields) - 2:
            values = rows[position] if position < len(rows) else []
            position += 1
            for name, value in zip(summary_fields, values, strict=False):
                if name and value:
                    summary.setdefault(name, value)
    if not tables:
        return None
    return _build(summary, tables, marks)


def _layout(tables: list[_Table], marks: set[str]) -> str:
    fields = tables[0].fields
    if "timestamp" in fields and "action" in fields:
        return "teams-2020"
    if "registration" in marks:
        return "zoom-registration"
    if "webinar" in marks or "webinar-section" in marks:
        return "zoom-webinar"
    if "numbered" in marks:
        return "teams"
    if "teams-2021" in marks:
        return "teams-2021"
    if "meeting_name" in fields or "display" in fields:
        return "webex"
    if "family" in fields and ("given" in fields or "name" in fields):
        return "meet"  # first and last name columns (Meet's "First name"/"Last name", "Nombre"/"Apellidos")
    return "zoom-meeting"


def _build(summary: dict[str, str], tables: list[_Table], marks: set[str]) -> MeetingReport:
    layout = _layout(tables, marks)
    if layout == "teams":
        # The in-meeting activities (section 3) are one row per join; the participants (2) are totals.
        activities = [table for table in tables if table.section == "3" and any(_cells(r) for r in table.rows)]
        tables = activities or [table for table in tables if table.section != "3"]
    every_cell = list(summary.values()) + [cell for table in tables for row in table.rows for cell in row]
    day_first = date_order(every_cell)
    if day_first is None:
        header_words = {word for table in tables for cell in table.header for word in _folded(cell).split()}
        day_first = bool(header_words & _DAY_FIRST_WORDS)
    start = parse_moment(summary.get("start"), day_first=day_first)
    end = parse_moment(summary.get("end"), day_first=day_first)
    minutes = parse_duration(summary.get("length"))
    if minutes is not None and not 0 < minutes <= MAX_MEETING_MINUTES:
        minutes = None  # no meeting lasts that long: a misread cell, not a length
    title = summary.get("title", "")
    first_rows = [row for table in tables for row in table.rows if _cells(row)]
    webex = tables[0].fields
    if layout == "webex" and first_rows:
        first = first_rows[0]
        title = title or _cell(first, webex.get("meeting_name"))
        start = start or parse_moment(_cell(first, webex.get("meeting_start")), day_first=day_first)
        end = end or parse_moment(_cell(first, webex.get("meeting_end")), day_first=day_first)
    day = start or next((moment for table in tables for row in table.rows
                         if (moment := parse_moment(_cell(row, table.fields.get("join")), day_first=day_first))
                         and moment.year > 2000), None)
    if start and end and minutes is None:
        minutes = minutes_between(start, end)
    if start and minutes is not None and end is None:
        end = start + timedelta(minutes=minutes)
    stays: list[Stay] = []
    for table in tables:
        if layout == "teams-2020":
            stays.extend(_teams_2020_stays(table, day_first))
        else:
            stays.extend(_stays(table, layout, day_first, day))
    host_email = summary.get("host_email", "").strip().lower()
    if host_email:
        stays = [replace(stay, role=HOST) if stay.email.lower() == host_email else stay for stay in stays]
    if layout == "zoom-registration":
        stays = [replace(stay, attended=False, joined=None, left=None, minutes=None) for stay in stays]
    return MeetingReport(layout, title, start, end, minutes, stays)


def _cell(row: list[str], column: int | None) -> str:
    return row[column].strip() if column is not None and column < len(row) else ""


def _role(text: str, section: str) -> str:
    folded = fold(text).strip()
    if folded in _HOST_ROLES or section == HOST:
        return HOST
    if folded in _PANELIST_ROLES or section == PANELIST:
        return PANELIST
    return ""


def split_zoom_name(cell: str) -> tuple[str, str]:
    """Zoom writes a renamed participant as "Display (Original Name)": (display, original or "")."""
    found = re.fullmatch(r"\s*(.*?)\s*\(([^()]+)\)\s*", cell)
    if found and found.group(1) and fold(found.group(2)).strip() not in _GUEST_WORDS:
        return found.group(1), found.group(2).strip()
    return cell.strip(), ""


_GUEST_WORDS = {"guest", "invitado", "invitada", "convidado", "convidada", "invite", "invitee", "external",
                "externo", "externa", "externe", "host", "anfitrion", "hote", "anfitriao", "me", "yo", "moi", "eu"}


def _stays(table: _Table, layout: str, day_first: bool, day: datetime | None) -> list[Stay]:
    fields = table.fields
    stays = []
    for row in table.rows:
        if not _cells(row):
            continue
        name = _cell(row, fields.get("display"))
        if not name and "family" in fields:  # a given-name column ("First name", or "Nombre" beside "Apellidos")
            given = _cell(row, fields.get("given")) or _cell(row, fields.get("name"))
            name = f"{given} {_cell(row, fields.get('family'))}".strip()
        name = name or _cell(row, fields.get("name"))
        if not name:
            continue
        display, original = split_zoom_name(name) if layout.startswith("zoom") else (name, "")
        marked = re.fullmatch(r"(.*?)\s*\(([^()]+)\)", display)
        host_mark = bool(marked and {fold(word).strip() for word in marked.group(2).split(",")} & _HOST_ROLES)
        if host_mark:  # "Ana Ruiz (Host)", "(Anfitrión, yo)": the meeting's host, the mark is no name
            display = marked.group(1)
        email = _cell(row, fields.get("email")) or _cell(row, fields.get("upn"))
        attended_cell = fold(_cell(row, fields.get("attended")))
        attended = attended_cell not in _NO
        on_day = day or datetime(2000, 1, 1)
        joined = parse_moment(_cell(row, fields.get("join")), day_first=day_first, day=on_day)
        left = parse_moment(_cell(row, fields.get("leave")), day_first=day_first, day=on_day)
        minutes = parse_duration(_cell(row, fields.get("duration")))
        stays.append(Stay(original or display, email if "@" in email else "", joined, left,
                          minutes if attended else None,
                          HOST if host_mark else _role(_cell(row, fields.get("role")), table.section),
                          attended and (minutes is not None or joined is not None),
                          display if original else ""))
    return stays


def _teams_2020_stays(table: _Table, day_first: bool) -> list[Stay]:
    """Teams' 2020 list has one row per join or leave: pair them per person, in time order."""
    fields = table.fields
    events: list[tuple[datetime, str, str]] = []
    for row in table.rows:
        moment = parse_moment(_cell(row, fields["timestamp"]), day_first=day_first)
        name = _cell(row, fields.get("name")) or _cell(row, fields.get("display"))
        if moment is None or not name:
            continue
        events.append((moment, name, fold(_cell(row, fields["action"]))))
    if not events:
        return []
    events.sort(key=lambda event: event[0])
    last = events[-1][0]
    # A person on two devices joins twice before leaving twice: they are in while any device is.
    devices: dict[str, int] = {}
    opened: dict[str, tuple[datetime, str]] = {}
    stays = []
    for moment, name, action in events:
        key = fold(name)
        if action in _JOINED:
            devices[key] = devices.get(key, 0) + 1
            opened.setdefault(key, (moment, name))
        elif action in _LEFT and devices.get(key):
            devices[key] -= 1
            if not devices[key]:
                start, shown = opened.pop(key)
                stays.append(Stay(shown, joined=start, left=moment))
    stays.extend(Stay(shown, joined=start, left=last) for start, shown in opened.values())  # there at the end
    return stays
