"""Participant lists as CSV and XLSX, for people to open in a spreadsheet.

The column set is stable and documented in the README (``LIST_COLUMNS``, then one column per
session, then sessions attended); the header row and the words for sex, sector, country, role and
status follow the chosen language (``codes=True`` keeps the stored codes, for scripts). CSV is
UTF-8 with a BOM so Excel shows accents right, separated by ``;`` in Spanish, French and Portuguese
(Excel in those locales splits on ``;``: a comma file opens as one column) and ``,`` in English,
unless the ``csv_delimiter`` setting says otherwise. Any text cell a spreadsheet could read as a
formula is neutralised with a leading ``'`` in CSV (reversibly, see :func:`neutralise`); in XLSX every
text cell is written with its type forced to string, so nothing in it is ever read as a formula.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from attendance import services, settings
from attendance.domain import AttendanceError, Participant
from attendance.i18n import country_name, tr
from attendance.reports.summary import role_label, sector_label, sex_label
from attendance.store import Store

# Characters that make a spreadsheet read a cell as a formula (or hide the real first one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "'", "\uff1d", "\uff0b", "\uff0d", "\uff20")

# (key, English header): the stable columns before the per-session columns. Keys are what
# scripts rely on; headers are translated.
LIST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("registration_id", "Registration ID"),
    ("person_id", "Person ID"),
    ("given_names", "Given names"),
    ("family_names", "Family names"),
    ("sex", "Sex"),
    ("institution", "Institution"),
    ("sector", "Sector"),
    ("country", "Country"),
    ("email", "Email"),
    ("phone", "Phone"),
    ("position", "Position"),
    ("role", "Role"),
    ("status", "Status"),
)


# Languages whose spreadsheets split CSV on ";" (the comma is their decimal separator).
SEMICOLON_LANGUAGES = frozenset({"es", "fr", "pt"})


def csv_delimiter(store: Store, language: str) -> str:
    """The CSV separator: the ``csv_delimiter`` setting, else ``;`` for es/fr/pt and ``,`` for English."""
    chosen = str(settings.value(store, settings.CSV_DELIMITER))
    return chosen or (";" if language in SEMICOLON_LANGUAGES else ",")


def neutralise(value: str) -> str:
    """Prefix ``'`` to text a spreadsheet would run as a formula (``=SUM(...)``, ``+1 876``, ``'x``).

    Reversible: :func:`restore` gives back the exact text, because a leading ``'`` is itself
    escaped.
    """
    return "'" + value if _formula_like(value) else value


def restore(value: str) -> str:
    """Undo :func:`neutralise`: drop one leading ``'`` when what follows would read as a formula."""
    return value[1:] if value.startswith("'") and _formula_like(value[1:]) else value


def _formula_like(value: str) -> bool:
    """Whether a spreadsheet may read the text as a formula: a formula start (fullwidth ＝＋－＠ too),
    also after leading whitespace or no-break spaces, which spreadsheets skip."""
    return value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_STARTS)


@contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """Write to a temporary file next to ``path``; it replaces ``path`` only once complete.

    A full disk or a missing folder never leaves half a file behind (nor destroys the previous
    one): the error becomes an AttendanceError saying which file and why.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        yield temporary
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise AttendanceError(tr("Could not write {path}: {reason}", path=path,
                                 reason=error.strerror or error)) from error
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: Path) -> None:
    with suppress(OSError):  # nothing to remove when the folder itself could not be made
        path.unlink(missing_ok=True)


@dataclass(frozen=True)
class ParticipantList:
    """The rows of a participant list, ready for CSV or XLSX (text already translated)."""

    header: list[str]
    rows: list[list[str | int]]


def attendance_by_registration(store: Store, event_id: str) -> dict[str, set[str]]:
    """The live sessions each registration has an effective check-in for."""
    attended: dict[str, set[str]] = {}
    for registration_id, session_id in store.execute(
            "SELECT DISTINCT c.registration_id, c.session_id FROM effective_checkins c "
            "JOIN sessions s ON s.id = c.session_id AND s.deleted_at IS NULL "
            "WHERE c.event_id = ? AND c.registration_id IS NOT NULL", [event_id]).fetchall():
        attended.setdefault(registration_id, set()).add(session_id)
    return attended


def participant_list(store: Store, event_id: str, language: str = "en", *, codes: bool = False) -> ParticipantList:
    """Every registration of the event (cancelled ones too, with their status) as list rows.

    Sex, sector, country, role and status are words in the language ("Mujer", "Participante"),
    or with ``codes`` the stored values ("female", "participant", "JM"), as the JSON has them.
    """
    event_sessions = services.sessions(store, event_id)
    attended = attendance_by_registration(store, event_id)
    header = [tr(text, language) for _, text in LIST_COLUMNS]
    header += [f"{services.session_label(s, n, language)} ({s.date})" for n, s in enumerate(event_sessions, 1)]
    header.append(tr("Sessions attended", language))
    rows: list[list[str | int]] = []
    for person in services.participants(store, event_id):
        present = attended.get(person.registration_id, set())
        cells = _person_codes(person) if codes else _person_cells(person, language)
        rows.append([*cells, *(int(s.id in present) for s in event_sessions),
                     len(present)])
    return ParticipantList(header, rows)


def _person_cells(person: Participant, language: str) -> list[str]:
    return [person.registration_id, person.person_id, person.given_names, person.family_names,
            sex_label(person.sex, language), person.institution, sector_label(person.sector, language)
            if person.sector else "", country_name(person.country, language), person.email, person.phone,
            person.position, role_label(person.role, language), tr(person.status, language)]


def _person_codes(person: Participant) -> list[str]:
    return [person.registration_id, person.person_id, person.given_names, person.family_names, person.sex,
            person.institution, person.sector or "", person.country or "", person.email, person.phone,
            person.position, person.role, person.status]


def _safe_rows(listing: ParticipantList) -> Iterator[list[str | int]]:
    yield [neutralise(text) for text in listing.header]
    for row in listing.rows:
        yield [neutralise(cell) if isinstance(cell, str) else cell for cell in row]


def _xlsx_rows(listing: ParticipantList) -> Iterator[list[str | int]]:
    """The rows as XLSX holds them: control characters (other than tab, CR, LF) dropped, no apostrophe."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    for row in (listing.header, *listing.rows):
        yield [ILLEGAL_CHARACTERS_RE.sub("", cell) if isinstance(cell, str) else cell for cell in row]


def write_csv(listing: ParticipantList, path: str | Path, *, delimiter: str = ",") -> Path:
    """Write the list as UTF-8 CSV with a BOM (Excel then reads accents right); returns the path.

    ``delimiter`` is usually :func:`csv_delimiter` of the list's language.
    """
    with replacing(path) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(_safe_rows(listing))
    return Path(path)


def write_xlsx(listing: ParticipantList, path: str | Path, *, sheet_title: str = "") -> Path:
    """Write the list as an Excel workbook: bold frozen header, readable column widths."""
    from openpyxl import Workbook  # imported here: only this export needs it
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = (sheet_title or tr("Participants"))[:31]
    for row in _xlsx_rows(listing):
        sheet.append(row)
        # Last step, after every transformation: text is a string cell, never a formula.
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for index, title in enumerate(listing.header, 1):
        longest = max([len(title), *(len(str(row[index - 1])) for row in listing.rows[:200])])
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = min(45, longest + 2)
    with replacing(path) as temporary:
        workbook.save(temporary)
    return Path(path)
