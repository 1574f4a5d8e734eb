"""Pre-registration import: read any CSV or XLSX a ministry sends, map its columns, register everyone.

The steps, each usable on its own (the import wizard shows them one page each, the CLI runs them
in a row):

1. :func:`read_table` reads the file whatever its encoding (UTF-8 with or without BOM, UTF-16,
   Windows-1252 as a fallback, flagging text that looks garbled) and delimiter, or an XLSX sheet.
   It never raises for bad content: problems come back in ``Table.problem``.
2. :func:`detect_mapping` recognises header synonyms in en/es/fr/pt; the user may change it.
3. :func:`sex_letters` decides what a lone "M" means in the sex column (Mujer or Male).
4. :func:`import_rows` checks every row, matches it to a known person (same email, or same
   folded name and institution), writes everything in one transaction (or nothing, for a dry
   run or on failure) and returns an :class:`ImportReport` with one line per row.

:func:`import_file` runs all four with the detected choices.
"""

from __future__ import annotations

import csv
import io
import re
import secrets
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from attendance import badges, services
from attendance.domain import AttendanceError, Event, InvalidValue, RegistrationSource, Role, Sex, fold
from attendance.i18n import tr
from attendance.intake import matching
from attendance.store import Store, new_id

Progress = Callable[[int, int], None]

# The fields a column can be mapped to ("" = ignore the column).
FIELDS: tuple[str, ...] = ("given_names", "family_names", "full_name", "sex", "institution", "position",
                           "country", "email", "phone", "role")
IGNORE = ""

# Header synonyms, folded (lower-case, no accents). A header matches a field when its folded text
# (without anything in brackets, e.g. "Sexo (M/H)") is one of these.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "given_names": ("nombre", "nombres", "primer nombre", "prenom", "prenoms", "first name", "firstname",
                    "first names", "given name", "given names", "forename", "nome", "primeiro nome"),
    "family_names": ("apellido", "apellidos", "apellido(s)", "primer apellido", "nom", "nom de famille",
                     "last name", "lastname", "surname", "family name", "family names", "sobrenome",
                     "apelido", "apelidos"),
    "full_name": ("nombre completo", "nombre y apellido", "nombres y apellidos", "name", "full name",
                  "nom complet", "nom et prenom", "nom et prenoms", "nome completo", "participant",
                  "nombre del participante"),
    "sex": ("sexo", "genero", "gender", "sexe", "genre", "sex"),
    "institution": ("institucion", "organizacion", "organization", "organisation", "institution", "entidad",
                    "agency", "agencia", "dependencia", "organismo", "instituicao", "organizacao", "orgao",
                    "ministerio", "ministry", "employer", "company", "empresa", "affiliation"),
    "position": ("cargo", "puesto", "job title", "position", "title", "fonction", "poste", "titre",
                 "funcao", "ocupacion", "rank", "grado", "rango"),
    "country": ("pais", "country", "pays", "nacionalidad", "nationality", "nationalite"),
    "email": ("correo", "correo electronico", "email", "e-mail", "e mail", "courriel", "mail", "adresse e-mail",
              "adresse electronique", "email address", "e-mail address", "correo-e", "emails"),
    "phone": ("telefono", "phone", "telephone", "telefone", "celular", "mobile", "movil", "tel", "tel.",
              "phone number", "numero de telefono", "portable", "whatsapp", "cellphone", "cell"),
    "role": ("role", "rol", "funcion en el evento", "tipo de participante", "participant type"),
}

_FEMALE = {"f", "w", "mujer", "femenino", "femenina", "fem", "femme", "feminin", "feminine", "female", "woman",
           "women", "mulher", "feminino", "dama"}
_MALE = {"h", "hombre", "masculino", "masc", "homme", "masculin", "male", "man", "men", "homem", "varon"}
_OTHER = {"otro", "otra", "other", "autre", "outro", "x", "no binario", "non-binary", "nonbinary", "non binaire",
          "non-binaire"}
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
                    "pais", "correo", "telefono"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Mojibake: UTF-8 bytes read as Windows-1252 ("JosÃ©", "â€™").
_GARBLED = re.compile(r"Ã[\u0080-\u00bf¡-ÿ]|â€|Â[\u00a0-\u00bf]")
# A CSV field longer than Python's default limit (131,072 characters) raises: allow large ones.
_FIELD_SIZE_LIMIT = 16 * 1024 * 1024
# Fuzzy look-alike warnings are given when file rows x known people stays under this (about 1 s).
LOOKALIKE_BUDGET = 5_000_000
# Rows written per executemany (and per progress report); one transaction covers them all.
BATCH_SIZE = 500


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
    status: str  # added, matched, duplicate, already_registered, rejected, empty
    name: str
    column: str = ""
    reason: str = ""
    person_id: str | None = None


STATUSES = ("added", "matched", "already_registered", "duplicate", "rejected", "empty")


@dataclass
class ImportReport:
    """Everything an import did or would do (dry run), row by row."""

    rows: list[RowOutcome] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    problem: str | None = None  # the file could not be read, or nothing was saved because of an error
    dry_run: bool = False
    saved: bool = False
    encoding: str = ""
    delimiter: str = ""
    sheet: str | None = None

    def count(self, status: str) -> int:
        """How many rows ended with this status."""
        return sum(1 for outcome in self.rows if outcome.status == status)

    @property
    def rejected(self) -> list[RowOutcome]:
        """The rows that were not imported because of a problem with them."""
        return [outcome for outcome in self.rows if outcome.status == "rejected"]

    def to_json(self) -> dict[str, Any]:
        """The documented JSON of ``import --json``: added, matched, duplicates, rejected, and more."""
        return {
            "added": self.count("added"), "matched": self.count("matched"), "duplicates": self.count("duplicate"),
            "already_registered": self.count("already_registered"), "empty": self.count("empty"),
            "rejected": [{"row": o.row, "column": o.column, "reason": o.reason} for o in self.rejected],
            "warnings": [{"row": w.row, "column": w.column, "reason": w.reason} for w in self.warnings],
            "rows": [{"row": o.row, "status": o.status, "name": o.name, "column": o.column, "reason": o.reason,
                      "person_id": o.person_id} for o in self.rows],
            "dry_run": self.dry_run, "saved": self.saved, "problem": self.problem,
            "encoding": self.encoding, "delimiter": self.delimiter, "sheet": self.sheet,
        }

    def summary(self) -> str:
        """One translated sentence with the counts."""
        return tr("{added} added, {matched} matched to known people, {already} already registered, "
                  "{duplicates} duplicates in the file, {rejected} rejected, {warnings} warnings",
                  added=self.count("added"), matched=self.count("matched"),
                  already=self.count("already_registered"), duplicates=self.count("duplicate"),
                  rejected=self.count("rejected"), warnings=len(self.warnings))


# --------------------------------------------------------------------------- reading files
def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """Read a CSV or XLSX file into a :class:`Table`; never raises for a bad or unreadable file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return Table(problem=tr("The file {path} cannot be read ({detail}).", path=path, detail=error.strerror))
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx(path, sheet)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return Table(problem=tr("{path} is an old Excel .xls file: save it as .xlsx or CSV and import that.",
                                path=path.name))
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
    text, encoding = decode(data)
    text = text.replace("\x00", "")
    if not text.strip():
        return Table(encoding=encoding, problem=tr("The file is empty."))
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_SIZE_LIMIT))
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        return Table(encoding=encoding, delimiter=delimiter,
                     problem=tr("The file is not a readable CSV file ({detail}).", detail=error))
    table = _table_from_records(records)
    table.encoding, table.delimiter = encoding, delimiter
    table.garbled = bool(_GARBLED.search(text))
    return table


def sniff_delimiter(text: str) -> str:
    """``,`` ``;`` or tab, whichever the first lines use (csv.Sniffer, then counting)."""
    sample = "\n".join(text.splitlines()[:30])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in (",", ";", "\t")}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def read_xlsx(path: str | Path, sheet: str | None = None) -> Table:
    """Read one sheet of an XLSX workbook (the first unless ``sheet`` names another), as text."""
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
                records = [[_cell_text(value) for value in row]
                           for row in workbook[chosen].iter_rows(values_only=True)]
            finally:
                workbook.close()
    except Exception as error:  # a damaged workbook fails in many ways inside openpyxl
        return Table(problem=tr("The file is not a readable Excel workbook ({detail}).", detail=error))
    table = _table_from_records(records)
    table.sheets, table.sheet, table.encoding = names, chosen, "xlsx"
    return table


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # phone numbers typed as numbers come back as 50477008297.0
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _table_from_records(records: list[list[str]]) -> Table:
    """Find the header row (the first with the most recognised columns, among the first rows)."""
    numbered = [(n, [cell.strip() for cell in record]) for n, record in enumerate(records, 1)]
    non_empty = [(n, cells) for n, cells in numbered if any(cells)]
    if not non_empty:
        return Table(problem=tr("The file is empty."))
    header_at = 0
    best = 0
    for position, (_n, cells) in enumerate(non_empty[:30]):
        recognised = sum(1 for f in detect_mapping(cells).values() if f)
        if recognised > best:
            header_at, best = position, recognised
    header_number, headers = non_empty[header_at]
    width = max(len(cells) for _n, cells in numbered[header_number - 1:])
    headers = headers + [""] * (width - len(headers))
    table = Table(headers=headers)
    for number, cells in numbered[header_number:]:
        table.rows.append(cells + [""] * (width - len(cells)))
        table.row_numbers.append(number)
    return table


# --------------------------------------------------------------------------- columns
def header_field(header: str) -> str:
    """The field a column header stands for ("Correo electrónico" -> "email"), or "" when unknown."""
    folded = fold(re.sub(r"\(.*?\)|\[.*?\]|[*:]", " ", header or ""))
    folded = re.sub(r"\s+", " ", folded).strip(" .-_")
    for name, synonyms in HEADER_SYNONYMS.items():
        if folded in synonyms:
            return name
    return IGNORE


def detect_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column number -> field, from the headers; each field taken by its first column only.

    A full-name column is dropped when there is a given/family pair, and a lone "Nombre" or "Nom"
    (no other name column) is taken as the full name, split on import.
    """
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for column, header in enumerate(headers):
        name = header_field(header)
        if name and name not in taken:
            mapping[column] = name
            taken.add(name)
        else:
            mapping[column] = IGNORE
    names = {"given_names", "family_names"} & taken
    if len(names) == 2 and "full_name" in taken:
        mapping = {c: (IGNORE if f == "full_name" else f) for c, f in mapping.items()}
    elif len(names) == 1 and "full_name" not in taken:
        mapping = {c: ("full_name" if f in names else f) for c, f in mapping.items()}
    return mapping


def mapping_problem(mapping: dict[int, str]) -> str | None:
    """Why a mapping cannot import anything (no name column), or None when it can."""
    fields = set(mapping.values())
    if not ({"given_names", "family_names", "full_name"} & fields):
        return tr("No column holds names: choose the given names, family names or full name column.")
    return None


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
    spanish = any(header_field(h) and fold(re.sub(r"\(.*?\)", "", h)).strip() in _SPANISH_HEADERS
                  for h in table.headers)
    return SexLetters(Sex.FEMALE.value if spanish else Sex.MALE.value, ambiguous=uses_m, uses_m=uses_m)


def parse_sex(value: str, m_means: str) -> str | None:
    """A Sex value from a word or letter in en/es/fr/pt, or None when the word is not known."""
    word = fold(value).strip(" .")
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


def split_full_name(text: str) -> tuple[str, str]:
    """Given and family names from one cell: "Family, Given" or, without a comma, the Hispanic
    habit of one or two given names then two family names ("Ana Lucía Castañeda Ruiz")."""
    text = re.sub(r"\s+", " ", text).strip()
    if "," in text:
        family, _, given = text.partition(",")
        return given.strip(), family.strip()
    words = text.split(" ")
    if len(words) == 1:
        return "", words[0]
    if len(words) <= 3:
        return words[0], " ".join(words[1:])
    return " ".join(words[:2]), " ".join(words[2:])


# --------------------------------------------------------------------------- the import
@dataclass
class _Known:
    """What the database already holds, loaded once per import for fast matching."""

    by_email: dict[str, tuple[str, str]]  # email -> (person id, name key)
    by_name: dict[tuple[str, str], str]  # (name key, institution id) -> person id
    registered: dict[str, str]  # person_id -> status of their registration for the event
    institutions: dict[str, str]  # folded name or acronym -> institution id
    tokens: set[str]  # badge tokens of the event's registrations
    registration_ids: set[str]  # ids of the event's registrations, deleted ones included
    institutions_as_written: dict[str, str] = field(default_factory=dict)  # cell text -> institution id


def _load_known(store: Store, event_id: str) -> _Known:
    by_email: dict[str, tuple[str, str]] = {}
    by_name: dict[tuple[str, str], str] = {}
    for person_id, given, family, email, institution_id in store.execute(
            "SELECT id, given_names, family_names, email, institution_id FROM people WHERE deleted_at IS NULL"):
        key = matching.name_key(given, family)
        if email:
            by_email.setdefault(email.strip().lower(), (person_id, key))
        by_name.setdefault((key, institution_id or ""), person_id)
    registered = dict(store.execute("SELECT person_id, status FROM registrations WHERE event_id = ? "
                                       "AND deleted_at IS NULL", [event_id]).fetchall())
    institutions: dict[str, str] = {}
    for institution_id, folded_name, acronym in store.execute(
            "SELECT id, folded_name, acronym FROM institutions WHERE deleted_at IS NULL ORDER BY created_at"):
        institutions.setdefault(folded_name, institution_id)
        if acronym:
            institutions.setdefault(fold(acronym), institution_id)
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
    names: dict[tuple[str, str], int] = field(default_factory=dict)  # (name key, institution id) -> row


@dataclass
class _Pending:
    """The rows one batch will write."""

    institutions: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    registrations: list[dict[str, Any]] = field(default_factory=list)


class _RowReader:
    """Turns one row of cells into person values, collecting warnings in the report.

    Sex words, roles and countries repeat down a column, so each distinct text is read once.
    """

    def __init__(self, table: Table, mapping: dict[int, str], m_means: str, report: ImportReport) -> None:
        self.columns = {f: c for c, f in sorted(mapping.items(), reverse=True) if f}
        self.headers = table.headers
        self.m_means = m_means
        self.report = report
        self._countries: dict[str, str | None] = {}

    def header(self, name: str) -> str:
        column = self.columns.get(name)
        return self.headers[column] if column is not None and column < len(self.headers) else name

    def warn(self, row: int, name: str, reason: str) -> None:
        self.report.warnings.append(RowIssue(row, self.header(name), reason))

    def country(self, text: str) -> str | None:
        if text not in self._countries:
            try:
                self._countries[text] = services.country_code(text)
            except InvalidValue:
                self._countries[text] = None
        return self._countries[text]

    def values(self, row: int, cells: list[str]) -> dict[str, Any]:
        cell = {name: " ".join(cells[column].split()) if column < len(cells) else ""
                for name, column in self.columns.items()}
        given, family = cell.get("given_names", ""), cell.get("family_names", "")
        if not (given or family) and cell.get("full_name"):
            given, family = split_full_name(cell["full_name"])
        for name in ("given_names", "family_names", "full_name", "institution", "position"):
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
        return {"given_names": given, "family_names": family, "sex": sex, "email": email,
                "phone": cell.get("phone") or None, "country": country, "position": cell.get("position") or None,
                "institution": cell.get("institution", ""), "role": role}


@cache
def _cached(parse: Callable[..., str | None], *text: str) -> str | None:
    return parse(*text)


def import_rows(store: Store, event_id: str, table: Table, mapping: dict[int, str], *, m_means: str | None = None,
                dry_run: bool = False, progress: Progress | None = None,
                index: matching.PeopleIndex | None = None) -> ImportReport:
    """Import the table's rows into the event: everything in one transaction, or nothing.

    A row is *added* (new person, registered), *matched* (a known person with the same email, or
    the same folded name and institution, registered), *already_registered*, a *duplicate* of an
    earlier row of the file, *rejected* (no name) or *empty*. ``dry_run`` reports the same without
    writing. ``progress(done, total)`` is called after each batch. ``index`` (a PeopleIndex)
    adds a warning when a new person looks like a known one (skipped for very large files
    against very large databases, see LOOKALIKE_BUDGET). Never raises for bad rows; a
    database error leaves the database as it was and comes back as ``report.problem``.
    """
    event = services.get_event(store, event_id)
    report = ImportReport(dry_run=dry_run, encoding=table.encoding, delimiter=table.delimiter, sheet=table.sheet)
    if table.problem:
        report.problem = table.problem
        return report
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
    reader = _RowReader(table, mapping, m_means, report)
    total = len(table.rows)
    if index is not None and (not len(index) or len(index) * total > LOOKALIKE_BUDGET):
        index = None  # fuzzy look-alike warnings would take longer than the import itself
    try:
        with store.transaction():
            known = _load_known(store, event.id)
            seen = _Seen()
            for start in range(0, total, BATCH_SIZE):
                pending = _Pending()
                registered_at = store.stamp()
                for offset in range(start, min(start + BATCH_SIZE, total)):
                    outcome = _import_row(registered_at, event, reader, table.row_numbers[offset],
                                          table.rows[offset], known, seen, pending, index)
                    report.rows.append(outcome)
                if not dry_run:
                    _write(store, pending)
                if progress:
                    progress(min(start + BATCH_SIZE, total), total)
    except (AttendanceError, sqlite3.DatabaseError) as error:
        report.problem = tr("Nothing was imported: {detail}", detail=error)
        return report
    if dry_run:  # the ids of people a dry run would add do not exist
        report.rows = [replace(o, person_id=None) if o.status == "added" else o for o in report.rows]
    report.saved = not dry_run
    if progress and not total:
        progress(0, 0)
    return report


def _header_of(table: Table, mapping: dict[int, str], name: str) -> str:
    column = next((c for c, f in mapping.items() if f == name), None)
    return table.headers[column] if column is not None else ""


def _import_row(registered_at: str, event: Event, reader: _RowReader, row: int, cells: list[str], known: _Known,
                seen: _Seen, pending: _Pending, index: matching.PeopleIndex | None) -> RowOutcome:
    if not any(cells):
        return RowOutcome(row, "empty", "", reason=tr("Empty row"))
    values = reader.values(row, cells)
    name = f"{values['given_names']} {values['family_names']}".strip()
    if not name:
        column = reader.header("given_names" if "given_names" in reader.columns else "full_name")
        return RowOutcome(row, "rejected", "", column=column, reason=tr("No name"))
    institution_id = _institution_id(values["institution"], values["country"], known, pending)
    email_key = values["email"] or ""
    sorted_name = matching.name_key(values["given_names"], values["family_names"])
    name_key = (sorted_name, institution_id or "")
    # One email shared by several people (a ministry's contact address) is not one person:
    # an email only identifies someone whose name is also compatible.
    earlier_with_email = seen.emails.get(email_key, []) if email_key else []
    same_email = next((r for r, key in earlier_with_email if matching.same_person_names(key, sorted_name)), None)
    earlier = same_email or seen.names.get(name_key)
    if earlier:
        column = reader.header("email" if same_email else "given_names")
        return RowOutcome(row, "duplicate", name, column=column, reason=tr("Same person as row {row}", row=earlier))
    if email_key:
        seen.emails.setdefault(email_key, []).append((row, sorted_name))
    seen.names.setdefault(name_key, row)
    known_email = known.by_email.get(email_key) if email_key else None
    person_id = known_email[0] if known_email and matching.same_person_names(known_email[1], sorted_name) else None
    person_id = person_id or known.by_name.get(name_key)
    if person_id is None and earlier_with_email:
        reader.warn(row, "email", tr("Same email as row {row} under another name; imported as another person",
                                     row=earlier_with_email[0][0]))
    elif person_id is None and known_email:
        reader.warn(row, "email", tr("Same email as a known person under another name; imported as another person"))
    if person_id and person_id in known.registered:
        status = known.registered[person_id]
        reason = (tr("Already registered for this event") if status == "registered"
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
        known.by_name.setdefault(name_key, person_id)
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


def _institution_id(name: str, country: str | None, known: _Known, pending: _Pending) -> str | None:
    if not name:
        return None
    if name not in known.institutions_as_written:
        key = fold(name)
        if key not in known.institutions:
            institution_id = new_id()
            pending.institutions.append({"id": institution_id, "name": name, "acronym": None, "folded_name": key,
                                         "sector": "other", "country": country})
            known.institutions[key] = institution_id
        known.institutions_as_written[name] = known.institutions[key]
    return known.institutions_as_written[name]


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
                progress: Progress | None = None) -> ImportReport:
    """Read, map and import a file with the detected mapping and sex letters (what the CLI does)."""
    table = read_table(path, sheet)
    known = store.scalar("SELECT count(*) FROM people WHERE deleted_at IS NULL")
    # Build the look-alike index only when it will be used (see LOOKALIKE_BUDGET).
    index = (matching.PeopleIndex.from_store(store)
             if not table.problem and 0 < known * len(table.rows) <= LOOKALIKE_BUDGET else None)
    return import_rows(store, event_id, table, detect_mapping(table.headers), dry_run=dry_run, progress=progress,
                       index=index)
