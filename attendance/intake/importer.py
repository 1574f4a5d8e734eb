"""Pre-registration import: read the lists organisers really receive, map their columns, register everyone.

The steps, each usable on its own (the import wizard shows them one page each, the CLI runs them
in a row):

1. :func:`read_table` reads the file whatever its encoding (UTF-8 with or without BOM, UTF-16,
   Windows-1252 as a fallback, flagging text that looks garbled) and delimiter, or an XLSX sheet,
   within the limits below (file size, rows, columns, cell length, inflated XLSX parts). It
   finds the header row under title rows (two header rows of merged cells are joined) and
   never raises for bad content: problems come back in ``Table.problem``.
2. :func:`detect` names the source layout (:mod:`attendance.intake.layouts`) and accounts for
   every column (:mod:`attendance.intake.columns`: headers by meaning, values too); the user
   may change the mapping (``--map`` in the CLI, the wizard, which remembers it).
3. :func:`sex_letters` decides what a lone "M" means in the sex column (Mujer or Male).
4. :func:`import_rows` reads and matches every row first (same email, or same folded name and
   institution within a country), then writes them in short transactions at the end (nothing
   for a dry run), so the door's check-ins keep working during an import, and a second import
   of the same file finishes one cut short; it returns an :class:`ImportReport` with one line per row and per column.

:func:`import_file` runs them all with the detected choices.
"""

from __future__ import annotations

import csv
import hashlib
import re
import secrets
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from attendance import badges, presence, services
from attendance.domain import (
    AttendanceError,
    Event,
    InvalidValue,
    RegistrationSource,
    Role,
    Sector,
    Sex,
    fold,
    too_long,
)
from attendance.i18n import tr
from attendance.intake import matching
from attendance.intake.columns import (
    FIELDS,
    IGNORE,
    STATUS_WORDS,
    ColumnChoice,
    country_key,
    detect_columns,
    header_field,
    header_scores,
    is_metadata,
    normalise_header,
)
from attendance.intake.layouts import Source, detect_source, is_footer
from attendance.intake.names import is_all_capitals, split_full_name, title_case
from attendance.intake.sectors import parse_sector, suggest_sector
from attendance.store import Store, new_id

__all__ = ["FIELDS", "IGNORE", "ColumnChoice", "header_field", "split_full_name"]

Progress = Callable[[int, int], None]

_FEMALE = {"f", "w", "mujer", "femenino", "femenina", "fem", "femme", "feminin", "feminine", "female", "woman",
           "women", "mulher", "feminino", "dama", "mujeres", "femea"}
_MALE = {"h", "hombre", "masculino", "masc", "homme", "masculin", "male", "man", "men", "homem", "varon", "hombres"}
_OTHER = {"otro", "otra", "other", "autre", "outro", "x", "no binario", "non-binary", "nonbinary", "non binaire",
          "non-binaire", "non binary"}
_NOT_STATED = {"", "-", "n/a", "na", "nd", "n/d", "prefiero no decir", "prefer not to say", "not stated",
               "no indicado", "non indique", "ne se prononce pas", "prefiro nao dizer", "sin dato"}
_ROLES = {
    Role.PARTICIPANT.value: {"participant", "participante", "asistente", "attendee", "delegate", "delegado"},
    Role.SPEAKER.value: {"speaker", "ponente", "panelista", "expositor", "intervenant", "orador", "conferencista",
                         "facilitador", "facilitator", "trainer", "instructor", "formateur"},
    Role.ORGANISER.value: {"organiser", "organizer", "organizador", "organisateur", "staff"},
    Role.OBSERVER.value: {"observer", "observador", "observateur"},
}
# Header words that tell the language of a file, for the last-resort meaning of "M".
_SPANISH_HEADERS = {"sexo", "genero", "nombre", "nombres", "apellido", "apellidos", "institucion", "cargo",
                    "pais", "correo", "telefono", "correo electronico", "sexo sex"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Mojibake: UTF-8 bytes read as Windows-1252 ("JosÃ©", "â€™").
_GARBLED = re.compile(r"Ã[\u0080-\u00bf¡-ÿ]|â€|Â[\u00a0-\u00bf]")
# Fuzzy look-alike warnings are given when file rows x known people stays under this (about 1 s).
LOOKALIKE_BUDGET = 5_000_000
# Rows written per executemany, transaction and progress report: every row is read and matched
# before the first is written, then each batch is its own short transaction with a pause after it,
# so a check-in at the door waits for one batch, never for a 100,000-row list (about 30 s of writes
# on a loaded laptop). Rows already written are found again by a second import of the same file.
BATCH_SIZE = 500
WRITE_PAUSE_S = 0.01

# Limits on every import file (untrusted input): checked before and while parsing, each refused
# with a message naming it, nothing written.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 500
MAX_CELLS = 5_000_000
MAX_CELL = 32_767  # Excel's own limit of characters in a cell
MAX_XLSX_PART = 64 * 1024 * 1024  # one part of the workbook's zip, inflated
MAX_XLSX_SHARED_STRINGS = 32 * 1024 * 1024
MAX_XLSX_TOTAL = 128 * 1024 * 1024
MAX_XLSX_PARTS = 1_000
_MB = 1024 * 1024


class _Refused(Exception):
    """A limit was reached while reading: the message says which."""


@dataclass
class Table:
    """The cells of one file or sheet: a header row and data rows, all text."""

    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    # Spreadsheet row number (1-based, header included) of each data row.
    row_numbers: list[int] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    sheets: list[str] = field(default_factory=list)
    sheet: str | None = None
    garbled: bool = False
    problem: str | None = None  # why the file could not be read at all
    preamble: list[list[str]] = field(default_factory=list)  # the non-empty rows above the header


@dataclass(frozen=True)
class Detection:
    """What :func:`detect` found: the source layout and every column's choice."""

    source: str
    columns: list[ColumnChoice]

    @property
    def mapping(self) -> dict[int, str]:
        """Column number -> field ("" = ignored), as :func:`import_rows` takes it."""
        return {choice.column: choice.field for choice in self.columns}


@dataclass(frozen=True)
class SexLetters:
    """What a lone "M" in the sex column means, and whether that is certain or a guess to confirm."""

    m_means: str  # Sex.FEMALE (M/H: Mujer/Hombre) or Sex.MALE (F/M)
    ambiguous: bool  # True when neither the other values nor the header told; ask the user
    uses_m: bool  # whether the column holds a lone M at all


@dataclass(frozen=True)
class RowIssue:
    """A warning or rejection about one cell: spreadsheet row number, column header, reason."""

    row: int
    column: str
    reason: str


@dataclass(frozen=True)
class RowOutcome:
    """What happened to one data row."""

    row: int
    status: str  # added, matched, duplicate, already_registered, skipped, rejected, empty
    name: str
    column: str = ""
    reason: str = ""
    person_id: str | None = None
    possible_duplicate_of: int | None = None  # a row of the file (or 0: a known person) to review


@dataclass(frozen=True)
class SectorLine:
    """The sector a new institution gets: from the sector column, or suggested from its name."""

    institution: str
    country: str | None
    sector: str
    clue: str  # the words of the name that suggested it ("" when the file gave the sector)
    confident: bool
    applied: bool


STATUSES = ("added", "matched", "already_registered", "duplicate", "skipped", "rejected", "empty")


@dataclass
class ImportReport:
    """Everything an import did or would do (dry run), row by row and column by column."""

    rows: list[RowOutcome] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    problem: str | None = None  # the file could not be read, or nothing was saved because of an error
    dry_run: bool = False
    saved: bool = False
    encoding: str = ""
    delimiter: str = ""
    sheet: str | None = None
    source: str = ""
    columns: list[ColumnChoice] = field(default_factory=list)
    sectors: list[SectorLine] = field(default_factory=list)

    def count(self, status: str) -> int:
        """How many rows ended with this status."""
        return sum(1 for outcome in self.rows if outcome.status == status)

    @property
    def rejected(self) -> list[RowOutcome]:
        """The rows that were not imported because of a problem with them."""
        return [outcome for outcome in self.rows if outcome.status == "rejected"]

    @property
    def possible_duplicates(self) -> list[RowOutcome]:
        """Rows registered as a new person although they look like another one: to review."""
        return [outcome for outcome in self.rows if outcome.possible_duplicate_of is not None]

    def to_json(self) -> dict[str, Any]:
        """The documented JSON of ``import --json``: added, matched, duplicates, rejected, and more."""
        return {
            "added": self.count("added"), "matched": self.count("matched"), "duplicates": self.count("duplicate"),
            "already_registered": self.count("already_registered"), "empty": self.count("empty"),
            "skipped": [{"row": o.row, "name": o.name, "reason": o.reason} for o in self.rows
                        if o.status == "skipped"],
            "rejected": [{"row": o.row, "column": o.column, "reason": o.reason} for o in self.rejected],
            "possible_duplicates": [{"row": o.row, "name": o.name, "of_row": o.possible_duplicate_of or None,
                                     "person_id": o.person_id} for o in self.possible_duplicates],
            "warnings": [{"row": w.row, "column": w.column, "reason": w.reason} for w in self.warnings],
            "rows": [{"row": o.row, "status": o.status, "name": o.name, "column": o.column, "reason": o.reason,
                      "person_id": o.person_id} for o in self.rows],
            "source": self.source,
            "columns": [{"column": c.column + 1, "header": c.header, "field": c.field or None, "reason": c.reason}
                        for c in self.columns],
            "sectors": [{"institution": s.institution, "country": s.country, "sector": s.sector, "clue": s.clue,
                         "confident": s.confident, "applied": s.applied} for s in self.sectors],
            "dry_run": self.dry_run, "saved": self.saved, "problem": self.problem,
            "encoding": self.encoding, "delimiter": self.delimiter, "sheet": self.sheet,
        }

    def summary(self) -> str:
        """One translated sentence with the counts."""
        text = tr("{added} added, {matched} matched to known people, {already} already registered, "
                  "{duplicates} duplicates in the file, {rejected} rejected, {warnings} warnings",
                  added=self.count("added"), matched=self.count("matched"),
                  already=self.count("already_registered"), duplicates=self.count("duplicate"),
                  rejected=self.count("rejected"), warnings=len(self.warnings))
        skipped, review = self.count("skipped"), len(self.possible_duplicates)
        if skipped or review:
            text += "; " + tr("{skipped} skipped, {review} possible duplicates to review", skipped=skipped,
                              review=review)
        return text


# --------------------------------------------------------------------------- reading files
def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """Read a CSV or XLSX file into a :class:`Table`; never raises for a bad or unreadable file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return Table(problem=tr("The file is larger than {limit} MB, the most an import reads; split it.",
                                    limit=MAX_FILE_BYTES // _MB))
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError as error:
        return Table(problem=tr("The file {path} cannot be read ({detail}).", path=path, detail=error.strerror))
    if start.startswith(b"PK\x03\x04"):
        return read_xlsx(path, sheet)
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        return Table(problem=tr("{path} is an old Excel .xls file: save it as .xlsx or CSV and import that.",
                                path=path.name))
    try:
        data = path.read_bytes()
    except OSError as error:
        return Table(problem=tr("The file {path} cannot be read ({detail}).", path=path, detail=error.strerror))
    return read_csv_bytes(data)


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name of a CSV file: BOMs first, then UTF-8, then Windows-1252."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    # UTF-16 without a BOM: every other byte of ASCII text is NUL.
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4 and data[0::2].count(0) == 0:
        return data.decode("utf-16-le", errors="replace"), "utf-16-le"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def read_csv_bytes(data: bytes) -> Table:
    """Read CSV bytes: encoding and delimiter found, ragged rows padded, the header row located."""
    if len(data) > MAX_FILE_BYTES:
        return Table(problem=tr("The file is larger than {limit} MB, the most an import reads; split it.",
                                limit=MAX_FILE_BYTES // _MB))
    text, encoding = decode(data)
    if "\x00" in text:
        return Table(encoding=encoding, problem=tr("The file holds NUL bytes, which a text list never has: it is "
                                                   "not a CSV file, or it is damaged."))
    if not re.search(r"\S", text):
        return Table(encoding=encoding, problem=tr("The file is empty."))
    if "\n" not in text:
        text = text.replace("\r", "\n")  # old Mac line ends
    delimiter = sniff_delimiter(text)
    # csv's own field limit (process-wide, so set for this parse only) stops a huge field while it
    # is read, a little above Excel's cell limit; _checked_records refuses those in between.
    previous = csv.field_size_limit(4 * MAX_CELL)
    reader = csv.reader(_guarded_lines(text, delimiter), delimiter=delimiter)
    try:
        records = _checked_records(reader)
    except _Refused as refused:
        return Table(encoding=encoding, delimiter=delimiter, problem=str(refused))
    except csv.Error as error:
        if "field limit" in str(error):
            return Table(encoding=encoding, delimiter=delimiter, problem=_cell_refusal(reader.line_num))
        return Table(encoding=encoding, delimiter=delimiter,
                     problem=tr("The file is not a readable CSV file ({detail}).", detail=error))
    finally:
        csv.field_size_limit(previous)
    table = _table_from_records(records)
    table.encoding, table.delimiter = encoding, delimiter
    table.garbled = bool(_GARBLED.search(text))
    return table


def _guarded_lines(text: str, delimiter: str) -> Iterator[str]:
    """The file's lines, refusing one with more delimiters than a list of MAX_COLUMNS columns has
    (before csv builds a row of millions of fields)."""
    start = 0
    while start < len(text):  # slices, not io.StringIO (a copy of four bytes a character)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end + 1
        line = text[start:end]
        start = end
        if line.rstrip("\r\n" + delimiter).count(delimiter) >= 4 * MAX_COLUMNS:
            raise _Refused(_columns_refusal())
        yield line


def _columns_refusal() -> str:
    return tr("A row of the file has more than {limit} columns, the most an import reads.", limit=MAX_COLUMNS)


def _checked_records(records: Iterator[Sequence[Any]]) -> list[list[str]]:
    """The rows as text, trailing empty cells dropped, within the row, column, cell and size limits."""
    kept: list[list[str]] = []
    cells = 0
    for number, record in enumerate(records, 1):
        row = record if isinstance(record, list) else [_cell_text(value) for value in record]  # csv: text
        while row and not row[-1]:
            row.pop()
        if len(row) > MAX_COLUMNS:
            raise _Refused(_columns_refusal())
        if row and max(map(len, row)) > MAX_CELL:
            raise _Refused(_cell_refusal(number))
        cells += len(row)
        if number > MAX_ROWS + 100 or cells > MAX_CELLS:
            raise _Refused(tr("The file has more than {limit} rows, the most an import reads; split it.",
                              limit=MAX_ROWS))
        kept.append(row)
    return kept


def _cell_refusal(row: int) -> str:
    return tr("Row {row} has a cell longer than {limit} characters (Excel's own limit): the file is damaged or "
              "not a list of people.", row=row, limit=MAX_CELL)


def sniff_delimiter(text: str) -> str:
    """``,`` ``;`` or tab, whichever the first lines use (csv.Sniffer, then counting)."""
    sample = "\n".join(text[:64 * 1024].splitlines()[:30])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in (",", ";", "\t")}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def xlsx_problem(path: str | Path) -> str | None:
    """Why a workbook must not be opened (a part that inflates beyond the limits: a zip bomb), or None.

    Every part is inflated as a stream, counting the bytes really produced, not trusting the sizes
    the zip declares; nothing is kept in memory.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            if len(parts) > MAX_XLSX_PARTS:
                return tr("The workbook has more than {limit} parts, more than a list of people ever needs.",
                          limit=MAX_XLSX_PARTS)
            total = 0
            for part in parts:
                shared = part.filename.lower().endswith("sharedstrings.xml")
                limit = MAX_XLSX_SHARED_STRINGS if shared else MAX_XLSX_PART
                size = 0
                with archive.open(part) as stream:
                    while chunk := stream.read(1024 * 1024):
                        size += len(chunk)
                        total += len(chunk)
                        if size > limit or total > MAX_XLSX_TOTAL:
                            return tr("The workbook inflates to more than {limit} MB ({part}), the most an import "
                                      "reads: it is damaged or built to exhaust memory.",
                                      limit=(limit if size > limit else MAX_XLSX_TOTAL) // _MB, part=part.filename)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError, ValueError) as error:
        return tr("The file is not a readable Excel workbook ({detail}).", detail=error)
    return None


def read_xlsx(path: str | Path, sheet: str | None = None) -> Table:
    """Read one sheet of an XLSX workbook (the first unless ``sheet`` names another), as text."""
    problem = xlsx_problem(path)
    if problem:
        return Table(problem=problem)
    from openpyxl import load_workbook

    try:
        # A file object, not a path: openpyxl refuses paths whose extension it does not know.
        with Path(path).open("rb") as handle:
            workbook = load_workbook(handle, read_only=True, data_only=True)
            try:
                names = list(workbook.sheetnames)
                if sheet is not None and sheet not in names:
                    return Table(sheets=names, problem=tr("The workbook has no sheet {sheet!r} (it has: {names}).",
                                                          sheet=sheet, names=", ".join(names)))
                chosen = sheet or names[0]
                rows = workbook[chosen].iter_rows(values_only=True, max_col=MAX_COLUMNS + 1)
                records = _checked_records(row for row in rows)
            finally:
                workbook.close()
    except _Refused as refused:
        return Table(problem=str(refused))
    except Exception as error:  # a damaged workbook fails in many ways inside openpyxl
        return Table(problem=tr("The file is not a readable Excel workbook ({detail}).", detail=error))
    table = _table_from_records(records)
    table.sheets, table.sheet, table.encoding = names, chosen, "xlsx"
    return table


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phone numbers typed as numbers come back as 50477008297.0
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _header_strength(cells: Sequence[str]) -> int:
    """How much a row looks like a header: distinct cells naming a field, and form metadata (a
    data row repeating "No" down a questionnaire is not a row of headers)."""
    return sum(2 if header_scores(cell) else 1 if is_metadata(cell) and len(cell) > 3 else 0
               for cell in set(cells) if cell and "@" not in cell and not _MOSTLY_DIGITS.match(cell))


# A cell that is a date, a time, a number or a phone: never a header, not worth scoring as one.
_MOSTLY_DIGITS = re.compile(r"^[\d\s/:.,+\-()TZ]{4,}$")


def _table_from_records(records: list[list[str]]) -> Table:
    """Find the header row (the most header-like of the first rows) and join a second header row
    of merged cells ("Apellidos" over "Paterno" | "Materno")."""
    numbered = [(n, list(map(str.strip, record))) for n, record in enumerate(records, 1)]
    non_empty = [(n, cells) for n, cells in numbered if any(cells)]
    if not non_empty:
        return Table(problem=tr("The file is empty."))
    header_at, best = 0, 0
    for position, (_n, cells) in enumerate(non_empty[:30]):
        if best and position - header_at > 10:
            break  # ten rows weaker than the best one: the data has begun
        strength = _header_strength(cells)
        if strength > best:
            header_at, best = position, strength
    header_number, headers = non_empty[header_at]
    width = max(len(cells) for _n, cells in numbered[header_number - 1:])
    headers = headers + [""] * (width - len(headers))
    data_from = header_number
    below = next(((n, cells) for n, cells in numbered[header_number:] if any(cells)), None)
    if below and _is_sub_header(headers, below[1]):
        headers = _joined_headers(headers, below[1] + [""] * (width - len(below[1])))
        data_from = below[0]
    table = Table(headers=headers, preamble=[cells for n, cells in non_empty[:header_at]])
    for number, cells in numbered[data_from:]:
        table.rows.append(cells + [""] * (width - len(cells)))
        table.row_numbers.append(number)
    return table


def _is_sub_header(headers: list[str], cells: list[str]) -> bool:
    """Whether the row under the header is the second row of merged header cells: it fills a
    column whose header cell is empty (merged with the one on its left) and names fields."""
    under_gap = any(c < len(cells) and cells[c] and not headers[c] for c in range(1, len(headers)))
    return under_gap and not any("@" in c or c.isdigit() for c in cells) and \
        sum(1 for c in cells if c and header_scores(c)) >= 1


def _joined_headers(headers: list[str], below: list[str]) -> list[str]:
    joined, carried = [], ""
    for top, bottom in zip(headers, below, strict=True):
        if top:
            carried = top
        parent = top or (carried if bottom else "")
        joined.append(f"{parent} {bottom}".strip() if bottom else parent)
    return joined


# --------------------------------------------------------------------------- columns
@cache
def _countries() -> frozenset[str]:
    """Folded country names (en/es/fr/pt) and lower-case ISO codes: what a country column holds."""
    return services.country_keys()


def _source_of(table: Table) -> Source:
    footers = sum(1 for row in table.rows[-5:] if is_footer(row))
    return detect_source(table.headers, table.preamble, footers)


def detect(table: Table) -> Detection:
    """The source layout of a table and a choice for every column (headers and values together)."""
    source = _source_of(table)
    rows = [row for row in table.rows[:250] if not is_footer(row)]  # the values columns are judged by
    columns = detect_columns(table.headers, rows, soft_metadata=source.soft_metadata, countries=_countries())
    return Detection(source.name, columns)


def detect_mapping(headers: Sequence[str], rows: Sequence[Sequence[str]] = ()) -> dict[int, str]:
    """Column number -> field, from the headers (and the values, when given)."""
    return {c.column: c.field for c in detect_columns(headers, rows, countries=_countries())}


def mapping_problem(mapping: dict[int, str]) -> str | None:
    """Why a mapping cannot import anything (no name column), or None when it can."""
    fields = set(mapping.values())
    if not ({"given_names", "family_names", "full_name", "paternal_surname"} & fields):
        return tr("No column holds names: choose the given names, family names or full name column.")
    return None


def header_signature(headers: Sequence[str]) -> str:
    """A short key of a header row: files with the same headers share a saved mapping."""
    return hashlib.sha256("\x1f".join(fold(h) for h in headers).encode()).hexdigest()[:16]


def apply_overrides(table: Table, mapping: dict[int, str], overrides: Sequence[str]) -> dict[int, str]:
    """The mapping with ``"Header=field"`` corrections (``--map``); a field moves to its new column.

    Raises InvalidValue naming the header or field that is not in the file or not known.
    """
    result = dict(mapping)
    for text in overrides:
        header, _, name = text.rpartition("=")
        name = name.strip()
        if name in ("", "ignore", "-"):
            name = IGNORE
        if name and name not in FIELDS:
            raise InvalidValue(tr("Unknown field {field!r} (fields: {fields})", field=name,
                                  fields=", ".join(FIELDS)))
        column = next((c for c, h in enumerate(table.headers) if fold(h) == fold(header.strip())), None)
        if column is None:
            raise InvalidValue(tr("The file has no column {header!r}", header=header.strip()))
        if name:
            result = {c: (IGNORE if f == name else f) for c, f in result.items()}
        result[column] = name
    return result


# --------------------------------------------------------------------------- values
def sex_letters(table: Table, mapping: dict[int, str]) -> SexLetters:
    """Decide what a lone "M" means in the sex column.

    The other values decide first (an "H" means M/H = Mujer/Hombre; an "F" means F/M), then the
    header ("Sexo (M/H)", "Sex (F/M)"), then the language of the headers (Spanish: Mujer, else
    Male), which is only a guess: ``ambiguous`` is then True and the preview asks.
    """
    column = next((c for c, f in mapping.items() if f == "sex"), None)
    if column is None:
        return SexLetters(Sex.MALE.value, ambiguous=False, uses_m=False)
    letters = {fold(row[column]).strip(" .") for row in table.rows if column < len(row)}
    uses_m = "m" in letters
    if "h" in letters and "f" not in letters:
        return SexLetters(Sex.FEMALE.value, False, uses_m)
    if "f" in letters and "h" not in letters:
        return SexLetters(Sex.MALE.value, False, uses_m)
    header = fold(table.headers[column]).replace(" ", "")
    if "m/h" in header or "h/m" in header:
        return SexLetters(Sex.FEMALE.value, False, uses_m)
    if "f/m" in header or "m/f" in header:
        return SexLetters(Sex.MALE.value, False, uses_m)
    spanish = any(normalise_header(h) in _SPANISH_HEADERS for h in table.headers)
    return SexLetters(Sex.FEMALE.value if spanish else Sex.MALE.value, ambiguous=uses_m, uses_m=uses_m)


def parse_sex(value: str, m_means: str) -> str | None:
    """A Sex value from a word or letter in en/es/fr/pt, or None when the word is not known."""
    word = fold(value).strip(" .")
    if "/" in word:  # a bilingual answer of a custom question: "Mujer / Female"
        return next((sex for part in word.split("/") if (sex := parse_sex(part, m_means))), None)
    if word == "m":
        return m_means
    if word in _FEMALE:
        return Sex.FEMALE.value
    if word in _MALE:
        return Sex.MALE.value
    if word in _OTHER:
        return Sex.OTHER.value
    if word in _NOT_STATED:
        return Sex.NOT_STATED.value
    return None


def parse_role(value: str) -> str | None:
    """A Role value from a word in en/es/fr/pt (empty means participant), or None when unknown."""
    word = fold(value)
    if not word:
        return Role.PARTICIPANT.value
    return next((role for role, words in _ROLES.items() if word in words), None)


def parse_status(value: str) -> str:
    """What a status cell says of a registrant: registered, pending, denied, refunded or cancelled."""
    return STATUS_WORDS.get(fold(value).strip(" ."), "registered")


def emails_show_one_person(first: str, second: str) -> bool:
    """Whether two addresses are one person's: the same mailbox name (dots and +tags aside)."""
    def mailbox(address: str) -> str:
        return address.split("@", 1)[0].split("+", 1)[0].replace(".", "").replace("_", "").lower()

    return first.lower() == second.lower() or (len(mailbox(first)) >= 4 and mailbox(first) == mailbox(second))


# --------------------------------------------------------------------------- the import
@dataclass
class _Known:
    """What the database already holds, loaded once per import for fast matching."""

    by_email: dict[str, tuple[str, str]]  # email -> (person id, name key)
    by_name: dict[tuple[str, str], tuple[str, str]]  # (name key, institution id) -> (person id, email)
    registered: dict[str, str]  # person_id -> status of their registration for the event
    # (folded name or acronym, country or "") -> institution id; an institution is its name in its country
    institutions: dict[tuple[str, str], str]
    tokens: set[str]  # badge tokens of the event's registrations
    registration_ids: set[str]  # ids of the event's registrations, deleted ones included
    institutions_as_written: dict[tuple[str, str], str] = field(default_factory=dict)  # (cell, country) -> id


def _load_known(store: Store, event_id: str) -> _Known:
    by_email: dict[str, tuple[str, str]] = {}
    by_name: dict[tuple[str, str], tuple[str, str]] = {}
    for person_id, given, family, email, institution_id in store.execute(
            "SELECT id, given_names, family_names, email, institution_id FROM people WHERE deleted_at IS NULL"):
        key = matching.name_key(given, family)
        email = (email or "").strip().lower()
        if email:
            by_email.setdefault(email, (person_id, key))
        by_name.setdefault((key, institution_id or ""), (person_id, email))
    registered = dict(store.execute("SELECT person_id, status FROM registrations WHERE event_id = ? "
                                       "AND deleted_at IS NULL", [event_id]).fetchall())
    institutions: dict[tuple[str, str], str] = {}
    for institution_id, folded_name, acronym, country in store.execute(
            "SELECT id, folded_name, acronym, country FROM institutions WHERE deleted_at IS NULL "
            "ORDER BY created_at, id"):
        institutions.setdefault((folded_name, country or ""), institution_id)
        if acronym:
            institutions.setdefault((fold(acronym), country or ""), institution_id)
    tokens, registration_ids = set(), set()
    for registration_id, token in store.execute("SELECT id, badge_token FROM registrations WHERE event_id = ?",
                                                [event_id]):
        registration_ids.add(registration_id)
        tokens.add(token)
    return _Known(by_email, by_name, registered, institutions, tokens, registration_ids)


@dataclass
class _Seen:
    """Who the file has already named: by email (every row using it) and by name and institution."""

    emails: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # email -> [(row, name key)]
    names: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)  # (name, institution) -> (row, email)


@dataclass
class _Pending:
    """The rows one batch will write."""

    institutions: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    registrations: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Options:
    """Choices of an import beyond the mapping.

    ``include_pending``: register pending registrants too (refused, refunded and cancelled ones never).
    ``title_case``: a names column typed all in capitals is written as names are.
    ``sectors``: the sector of each new institution by folded name, as confirmed in the wizard.
    ``apply_suggestions``: give new institutions the confident sector suggested by their name.
    """

    include_pending: bool = False
    title_case: bool = True
    sectors: dict[str, str] = field(default_factory=dict)
    apply_suggestions: bool = True


_NAME_FIELDS = ("given_names", "family_names", "paternal_surname", "maternal_surname", "full_name")


class _RowReader:
    """Turns one row of cells into person values, collecting warnings in the report.

    Sex words, roles and countries repeat down a column, so each distinct text is read once.
    """

    def __init__(self, table: Table, mapping: dict[int, str], m_means: str, report: ImportReport,
                 options: Options) -> None:
        self.columns = {f: c for c, f in sorted(mapping.items(), reverse=True) if f}
        self.headers = table.headers
        self.m_means = m_means
        self.report = report
        self._countries: dict[str, str | None] = {}
        full = self.columns.get("full_name")
        self.family_first = full is not None and normalise_header(self.headers[full]).split(" ")[0] in (
            "apellido", "apellidos", "surname", "last", "nom", "sobrenome", "apelidos")
        self.capitals = {name for name in _NAME_FIELDS if options.title_case and name in self.columns
                         and is_all_capitals([row[self.columns[name]] for row in table.rows[:2000]
                                              if self.columns[name] < len(row)])}

    def header(self, name: str) -> str:
        column = self.columns.get(name)
        return self.headers[column] if column is not None and column < len(self.headers) else name

    def warn(self, row: int, name: str, reason: str) -> None:
        self.report.warnings.append(RowIssue(row, self.header(name), reason))

    def country(self, text: str) -> str | None:
        if text not in self._countries:
            try:
                self._countries[text] = services.country_code(country_key(text))
            except InvalidValue:
                self._countries[text] = None
        return self._countries[text]

    def values(self, row: int, cells: list[str]) -> dict[str, Any]:
        cell = {name: " ".join(cells[column].split()) if column < len(cells) else ""
                for name, column in self.columns.items()}
        for name in self.capitals:
            cell[name] = title_case(cell[name])
        given, family = cell.get("given_names", ""), cell.get("family_names", "")
        if not family and (cell.get("paternal_surname") or cell.get("maternal_surname")):
            family = " ".join(p for p in (cell.get("paternal_surname"), cell.get("maternal_surname")) if p)
        if not (given or family) and cell.get("full_name"):
            given, family = split_full_name(cell["full_name"], family_first=self.family_first)
        for name in (*_NAME_FIELDS, "institution", "position"):
            if cell.get(name, "").startswith("="):
                self.warn(row, name, tr("Starts with \"=\" like a spreadsheet formula; kept as text"))
        raw_sex = cell.get("sex", "")
        sex = _cached(parse_sex, raw_sex, self.m_means)
        if sex is None:
            self.warn(row, "sex", tr("{value!r} is not a sex we know; recorded as not stated", value=raw_sex))
            sex = Sex.NOT_STATED.value
        raw_country = cell.get("country", "")
        country = self.country(raw_country)
        if raw_country and country is None:
            self.warn(row, "country", tr("Unknown country {value!r}; left empty", value=raw_country))
        email = cell.get("email", "").lower() or None
        if email and not _EMAIL.match(email):
            self.warn(row, "email", tr("{value!r} does not look like an email address", value=email))
        raw_role = cell.get("role", "")
        role = _cached(parse_role, raw_role)
        if role is None:
            self.warn(row, "role", tr("{value!r} is not a role we know; recorded as participant", value=raw_role))
            role = Role.PARTICIPANT.value
        raw_sector = cell.get("sector", "")
        sector = parse_sector(raw_sector) if raw_sector else None
        if raw_sector and sector is None:
            self.warn(row, "sector", tr("{value!r} is not a sector we know; suggested from the institution",
                                        value=raw_sector))
        return {"given_names": given, "family_names": family, "sex": sex, "email": email,
                "phone": cell.get("phone") or None, "country": country, "position": cell.get("position") or None,
                "institution": cell.get("institution", ""), "role": role, "sector": sector,
                "status": parse_status(cell.get("status", ""))}


@cache
def _cached(parse: Callable[..., str | None], *text: str) -> str | None:
    return parse(*text)


_SKIPPED_STATUS = {"pending", "denied", "refunded", "cancelled"}


def import_rows(store: Store, event_id: str, table: Table, mapping: dict[int, str], *, m_means: str | None = None,
                dry_run: bool = False, progress: Progress | None = None,
                index: matching.PeopleIndex | None = None, options: Options | None = None,
                detection: Detection | None = None) -> ImportReport:
    """Import the table's rows into the event, all checked and matched before the first is written.

    A row is *added* (new person, registered), *matched* (a known person with the same email, or
    the same folded name and institution, registered), *already_registered*, a *duplicate* of an
    earlier row of the file, *skipped* (a footer, or a pending, refused, refunded or cancelled
    registrant), *rejected* (no name) or *empty*. Two rows (or a row and a known person) with the
    same name and institution but e-mails that are not one person's are both registered and
    flagged ``possible_duplicate_of`` for review. ``dry_run`` reports the same without writing.

    Every row is read and matched first; the writes happen at the end in short transactions of
    :data:`BATCH_SIZE` rows (``progress(done, total)`` after each), so other desks' check-ins are not
    kept waiting. An import cut short (a crash, a full disk) is finished by importing the file again:
    the rows saved are then known people already registered, nothing is doubled.
    ``index`` (a PeopleIndex) adds a warning when a new person looks like a known one (skipped
    for very large files against very large databases, see LOOKALIKE_BUDGET). Never raises for
    bad rows; a database error comes back as ``report.problem``, saying how many rows were saved.
    """
    options = options or Options()
    event = services.get_event(store, event_id)
    report = ImportReport(dry_run=dry_run, encoding=table.encoding, delimiter=table.delimiter, sheet=table.sheet)
    if table.problem:
        report.problem = table.problem
        return report
    detection = detection or detect(table)
    report.source = detection.source
    report.columns = [replace(c, field=mapping.get(c.column, IGNORE),
                              reason=c.reason if mapping.get(c.column, IGNORE) == c.field else "chosen")
                      for c in detection.columns]
    if table.garbled:
        report.warnings.append(RowIssue(0, "", tr("Some text looks garbled (like \"JosÃ©\"): the file may have "
                                                  "been saved in another encoding; check names before the event.")))
    problem = mapping_problem(mapping)
    if problem:
        report.problem = problem
        return report
    letters = sex_letters(table, mapping)
    if m_means is None:
        m_means = letters.m_means
        if letters.ambiguous:
            meaning = tr("female") if m_means == Sex.FEMALE else tr("male")
            report.warnings.append(RowIssue(0, _header_of(table, mapping, "sex"), tr(
                "The sex column uses M without F or H to tell what it means; M was read as {meaning}.",
                meaning=meaning)))
    reader = _RowReader(table, mapping, m_means, report, options)
    total = len(table.rows)
    if index is not None and (not len(index) or len(index) * total > LOOKALIKE_BUDGET):
        index = None  # fuzzy look-alike warnings would take longer than the import itself
    saved = 0
    try:
        known = _load_known(store, event.id)
        seen = _Seen()
        batches: list[tuple[int, _Pending]] = []
        registered_at = store.stamp()
        for start in range(0, total, BATCH_SIZE):
            pending = _Pending()
            for offset in range(start, min(start + BATCH_SIZE, total)):
                report.rows.append(_import_row(registered_at, event, reader, table.row_numbers[offset],
                                               table.rows[offset], known, seen, pending, index, options, report))
            batches.append((min(start + BATCH_SIZE, total), pending))
        if not dry_run:
            for done, pending in batches:
                with presence.deferred(store):  # the batch's registrations computed once, set-wise
                    _write(store, pending)
                saved = done
                if progress:
                    progress(done, total)
                if done < total and not store.conn.in_transaction:
                    time.sleep(WRITE_PAUSE_S)  # the door's check-ins take the write lock here
    except (AttendanceError, sqlite3.DatabaseError) as error:
        report.problem = (tr("The import stopped after {saved} of {total} rows were saved ({detail}); import the "
                             "same file again to finish it: nothing is doubled.", saved=saved, total=total,
                             detail=error)
                          if saved else tr("Nothing was imported: {detail}", detail=error))
        return report
    if dry_run:  # the ids of people a dry run would add do not exist
        report.rows = [replace(o, person_id=None) if o.status == "added" else o for o in report.rows]
        if progress:
            progress(total, total)
    report.saved = not dry_run
    if progress and not total:
        progress(0, 0)
    return report


def _header_of(table: Table, mapping: dict[int, str], name: str) -> str:
    column = next((c for c, f in mapping.items() if f == name), None)
    return table.headers[column] if column is not None else ""


def _status_reason(status: str) -> str:
    """Why a registrant with this status (from a status column) is not registered."""
    if status == "pending":
        return tr("Pending registrant, not registered (choose to include pending ones)")
    if status == "denied":
        return tr("Registration refused by the organiser, not registered")
    if status == "refunded":
        return tr("Refunded registrant, not registered")
    return tr("Cancelled registration, not registered")


def source_name(source: str) -> str:
    """The name of a source layout as the report shows it."""
    names = {
        "google_forms": tr("Google Forms"), "microsoft_forms": tr("Microsoft Forms"),
        "kobotoolbox": tr("KoboToolbox / ODK"), "eventbrite": tr("Eventbrite attendee report"),
        "zoom_meeting_registration": tr("Zoom meeting registration report"),
        "zoom_webinar_registration": tr("Zoom webinar registration report"),
        "excel_list": tr("List saved by Excel (title rows, footer)"), "plain": tr("Plain list"),
    }
    return names.get(source, source)


def column_reason(reason: str) -> str:
    """Why a column feeds its field or is ignored, as the report shows it."""
    if reason.startswith("also_"):
        return tr("another column holds {field}", field=reason[5:])
    names = {
        "header": tr("by its header"), "content": tr("by its values"), "chosen": tr("chosen by hand"),
        "metadata": tr("form metadata"), "empty": tr("empty column"), "anonymous": tr("anonymous in every row"),
        "unrecognised": tr("not a field we know"),
    }
    return names.get(reason, reason)


def _import_row(registered_at: str, event: Event, reader: _RowReader, row: int, cells: list[str], known: _Known,
                seen: _Seen, pending: _Pending, index: matching.PeopleIndex | None, options: Options,
                report: ImportReport) -> RowOutcome:
    if not any(cells) or all(re.fullmatch(r"[\d.\s]*", c) for c in cells):
        return RowOutcome(row, "empty", "", reason=tr("Empty row"))
    if is_footer(cells):
        return RowOutcome(row, "skipped", " ".join(c for c in cells if c),
                          reason=tr("A total or footer line under the list, not a person"))
    values = reader.values(row, cells)
    name = f"{values['given_names']} {values['family_names']}".strip()
    if not name:
        column = reader.header(next((f for f in _NAME_FIELDS if f in reader.columns), "given_names"))
        return RowOutcome(row, "rejected", "", column=column, reason=tr("No name"))
    over = too_long({**values, "name": values["institution"]})
    if over is not None:  # refused whole, never cut short without saying so
        field_name, limit = over
        column = reader.header("institution" if field_name == "name" else field_name)
        return RowOutcome(row, "rejected", name[:80], column=column,
                          reason=tr("{field} is too long: at most {limit} characters",
                                    field=services.field_label(field_name), limit=limit))
    status = values["status"]
    if status in _SKIPPED_STATUS and not (status == "pending" and options.include_pending):
        return RowOutcome(row, "skipped", name, column=reader.header("status"), reason=_status_reason(status))
    institution_id = _institution_id(values, known, pending, options, report)
    email_key = values["email"] or ""
    sorted_name = matching.name_key(values["given_names"], values["family_names"])
    name_key = (sorted_name, institution_id or "")
    # One email shared by several people (a ministry's contact address) is not one person:
    # an email only identifies someone whose name is also compatible.
    earlier_with_email = seen.emails.get(email_key, []) if email_key else []
    same_email = next((r for r, key in earlier_with_email if matching.same_person_names(key, sorted_name)), None)
    review_of: int | None = None
    earlier = same_email
    if earlier is None and name_key in seen.names:
        earlier_row, earlier_email = seen.names[name_key]
        if email_key and earlier_email and not emails_show_one_person(email_key, earlier_email):
            review_of = earlier_row  # same name and institution, another person's e-mail: both kept
        else:
            earlier = earlier_row
    if earlier:
        column = reader.header("email" if same_email else "given_names")
        return RowOutcome(row, "duplicate", name, column=column, reason=tr("Same person as row {row}", row=earlier))
    if email_key:
        seen.emails.setdefault(email_key, []).append((row, sorted_name))
    seen.names.setdefault(name_key, (row, email_key))
    known_email = known.by_email.get(email_key) if email_key else None
    person_id = known_email[0] if known_email and matching.same_person_names(known_email[1], sorted_name) else None
    if person_id is None and name_key in known.by_name and review_of is None:
        known_id, known_address = known.by_name[name_key]
        if email_key and known_address and not emails_show_one_person(email_key, known_address):
            review_of = 0  # a known person of that name and institution, with another e-mail
        else:
            person_id = known_id
    if person_id is None and earlier_with_email:
        reader.warn(row, "email", tr("Same email as row {row} under another name; imported as another person",
                                     row=earlier_with_email[0][0]))
    elif person_id is None and known_email:
        reader.warn(row, "email", tr("Same email as a known person under another name; imported as another person"))
    if person_id and person_id in known.registered:
        registration = known.registered[person_id]
        reason = (tr("Already registered for this event") if registration == "registered"
                  else tr("Their registration for this event was cancelled; left as it is"))
        return RowOutcome(row, "already_registered", name, reason=reason, person_id=person_id)
    outcome_status = "matched" if person_id else "added"
    if person_id is None:
        person_id = new_id()
        pending.people.append({"id": person_id, "given_names": values["given_names"],
                               "family_names": values["family_names"], "sex": values["sex"],
                               "email": values["email"], "phone": values["phone"], "country": values["country"],
                               "position": values["position"], "institution_id": institution_id})
        if index is not None:
            _warn_lookalike(reader, row, values, index)
        if email_key:
            known.by_email.setdefault(email_key, (person_id, sorted_name))
        known.by_name.setdefault(name_key, (person_id, email_key))
    known.registered[person_id] = "registered"
    # The same id and badge on every desk that imports this list for a known person (see
    # services.registration_identity); a deleted registration or a clashing token gets new ones.
    registration_id, token = services.registration_identity(event, person_id)
    if registration_id in known.registration_ids:
        registration_id = new_id()
    known.registration_ids.add(registration_id)
    if token in known.tokens:
        token = _unique_token(known)
    known.tokens.add(token)
    pending.registrations.append({
        "id": registration_id, "event_id": event.id, "person_id": person_id, "institution_id": institution_id,
        "position": values["position"], "role": values["role"], "status": "registered",
        "badge_token": token, "source": RegistrationSource.IMPORT.value, "registered_at": registered_at,
    })
    if review_of is not None:
        reason = (tr("Same name and institution as row {row} but another e-mail: both registered, to review",
                     row=review_of) if review_of
                  else tr("Same name and institution as a known person but another e-mail: registered, to review"))
        return RowOutcome(row, outcome_status, name, reason=reason, person_id=person_id,
                          possible_duplicate_of=review_of)
    reason = tr("Known person, registered") if outcome_status == "matched" else ""
    return RowOutcome(row, outcome_status, name, reason=reason, person_id=person_id)


def _warn_lookalike(reader: _RowReader, row: int, values: dict[str, Any], index: matching.PeopleIndex) -> None:
    candidates = [c for c in index.suggest(values["given_names"], values["family_names"], phone=values["phone"],
                                           limit=1) if c.score >= 90]
    if candidates:
        person = candidates[0].person
        reader.warn(row, "given_names", tr("Looks like {name} ({institution}), already known: check it is not "
                                           "the same person", name=person.full_name,
                                           institution=person.institution or "-"))


def _institution_id(values: dict[str, Any], known: _Known, pending: _Pending, options: Options,
                    report: ImportReport) -> str | None:
    """The institution of a row: its name (or acronym) within the person's country; created if new.

    An institution without a country takes the person's; an existing one without a country is
    used by rows that have none either.
    """
    name, country = values["institution"], values["country"] or ""
    if not name:
        return None
    written = (name, country)
    if written not in known.institutions_as_written:
        key = fold(name)
        found = known.institutions.get((key, country))
        if found is None:
            sector, line = _sector_for(name, values["country"], values["sector"], options)
            found = new_id()
            pending.institutions.append({"id": found, "name": name, "acronym": None, "folded_name": key,
                                         "sector": sector, "country": values["country"]})
            known.institutions[(key, country)] = found
            if line:
                report.sectors.append(line)
        known.institutions_as_written[written] = found
    return known.institutions_as_written[written]


def _sector_for(name: str, country: str | None, given: str | None, options: Options
                ) -> tuple[str, SectorLine | None]:
    """The sector a new institution gets, and the line that reports it."""
    chosen = options.sectors.get(fold(name))
    if chosen:
        return chosen, SectorLine(name, country, chosen, "", True, True)
    if given:
        return given, SectorLine(name, country, given, "", True, True)
    suggestion = suggest_sector(name)
    if suggestion is None:
        return Sector.OTHER.value, None
    applied = suggestion.confident and options.apply_suggestions
    return (suggestion.sector if applied else Sector.OTHER.value,
            SectorLine(name, country, suggestion.sector, suggestion.clue, suggestion.confident, applied))


def _unique_token(known: _Known) -> str:
    while True:
        # badges.new_badge_token's format (TOKEN_LENGTH Crockford characters) from one randbits
        # call: picking characters one by one took a fifth of a 10,000-row import.
        number = secrets.randbits(5 * badges.TOKEN_LENGTH)
        token = "".join(badges.CROCKFORD[(number >> shift) & 31] for shift in range(0, 5 * badges.TOKEN_LENGTH, 5))
        if token not in known.tokens:
            known.tokens.add(token)
            return token


def _write(store: Store, pending: _Pending) -> None:
    store.insert_many("institutions", pending.institutions)
    store.insert_many("people", pending.people)
    store.insert_many("registrations", pending.registrations)


def import_file(store: Store, event_id: str, path: str | Path, *, sheet: str | None = None, dry_run: bool = False,
                progress: Progress | None = None, overrides: Sequence[str] = (),
                options: Options | None = None) -> ImportReport:
    """Read, map and import a file with the detected mapping (corrected by ``overrides``,
    ``"Header=field"``) and sex letters (what the CLI does)."""
    table = read_table(path, sheet)
    if table.problem:
        return ImportReport(problem=table.problem, dry_run=dry_run)
    detection = detect(table)
    try:
        mapping = apply_overrides(table, detection.mapping, overrides)
    except InvalidValue as error:
        return ImportReport(problem=str(error), dry_run=dry_run, source=detection.source,
                            columns=detection.columns)
    known = store.scalar("SELECT count(*) FROM people WHERE deleted_at IS NULL")
    # Build the look-alike index only when it will be used (see LOOKALIKE_BUDGET).
    index = (matching.PeopleIndex.from_store(store)
             if 0 < known * len(table.rows) <= LOOKALIKE_BUDGET else None)
    return import_rows(store, event_id, table, mapping, dry_run=dry_run, progress=progress, index=index,
                       options=options, detection=detection)
