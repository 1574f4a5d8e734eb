"""Checking every incoming change against our own schema before anything is written.

A change from another laptop (a bundle line, or a page pushed to the hub) is untrusted input. It is
accepted only when its entity is a synced table, every field is a synced column of that table
(bookkeeping columns and ``id`` refused; ``deleted_at``, the tombstone, is synced), its ids are
UUIDs, its ``at`` is a UTC ISO-8601 stamp no later than this laptop's clock plus
:data:`CLOCK_DRIFT`, and every value has the column's type,
stays within :data:`MAX_TEXT` (``domain.FIELD_LIMITS`` for personal fields) and, for an enumerated
column, is a value of the domain. SQL is only ever built from the column names read from our own
schema (:func:`schema_columns`), never from the keys of a change.

:func:`validate_changes` raises :class:`ChangeRefused` naming the first refused change (its line
number when known) and why, in the user's language.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from attendance.domain import (
    FIELD_LIMITS,
    AttendanceError,
    AttributionRole,
    CheckInMethod,
    EventKind,
    Modality,
    OrganisationKind,
    RegistrationSource,
    RegistrationStatus,
    Role,
    Sector,
    Sex,
)
from attendance.i18n import tr
from attendance.organisations import LOGO_MAX_TEXT, logo_problem
from attendance.store import ROW_BOOKKEEPING, SYNCED_TABLES

#: How far ahead of this laptop's clock a change may be dated (another laptop's clock running fast).
CLOCK_DRIFT = dt.timedelta(hours=24)
#: The earliest stamp accepted: nothing of this app was written before.
EARLIEST = "2000-01-01T00:00:00.000Z"
#: Longest text of any synced column (Excel's own cell limit).
MAX_TEXT = 32_767
#: Longest author name of a change.
MAX_PERSONAL = 300
#: Integers stay where SQLite and JSON agree exactly.
MAX_INTEGER = 2**53

#: The tables whose columns of domain.FIELD_LIMITS are personal fields (events and sessions have none).
LIMITED_TABLES = frozenset({"people", "registrations", "institutions"})
UUID_COLUMNS = frozenset({"event_id", "person_id", "institution_id", "registration_id", "session_id", "undoes",
                          "merged_into", "organisation_id", "project_id"})
STAMP_COLUMNS = frozenset({"deleted_at", "erased_at", "registered_at", "consent_at", "badge_printed_at", "at"})
ENUM_COLUMNS: dict[tuple[str, str], type[StrEnum]] = {
    ("events", "kind"): EventKind, ("events", "modality"): Modality, ("people", "sex"): Sex,
    ("institutions", "sector"): Sector, ("registrations", "role"): Role,
    ("registrations", "status"): RegistrationStatus, ("registrations", "source"): RegistrationSource,
    ("checkins", "method"): CheckInMethod, ("organisations", "kind"): OrganisationKind,
    ("event_organisations", "role"): AttributionRole,
}
#: Columns allowed to be longer than MAX_TEXT, with their own limit and check (a logo is a base64 PNG).
LONG_COLUMNS = {("organisations", "logo"): LOGO_MAX_TEXT}

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_DEVICE = re.compile(r"^[0-9a-f]{8,64}\Z")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\Z")


class ChangeRefused(AttendanceError):
    """An incoming change broke a rule; nothing was written. ``line`` is its 1-based line, if known."""

    def __init__(self, message: str, line: int | None, reason: str) -> None:
        super().__init__(message)
        self.line = line
        self.reason = reason


@dataclass(frozen=True)
class Column:
    """A synced column of our schema: its declared type and whether it may be NULL."""

    name: str
    type: str
    not_null: bool


def schema_columns(conn: sqlite3.Connection) -> dict[str, dict[str, Column]]:
    """The synced columns of each synced table, read from this database's own schema."""
    found: dict[str, dict[str, Column]] = {}
    for table in SYNCED_TABLES:
        found[table] = {row[1]: Column(row[1], (row[2] or "").upper(), bool(row[3]))
                        for row in conn.execute(f"PRAGMA table_info([{table}])").fetchall()
                        if row[1] not in ROW_BOOKKEEPING or row[1] == "deleted_at"}
    return found


def valid_stamp(value: object, *, latest: str | None = None) -> bool:
    """Whether ``value`` is a real UTC stamp like ``2026-11-23T09:14:05.123Z`` in [2000, ``latest``]."""
    if not isinstance(value, str) or not _STAMP.match(value):
        return False
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return value >= EARLIEST and (latest is None or value <= latest)


def latest_accepted(now: dt.datetime | None = None) -> str:
    """The latest ``at`` accepted now: this laptop's clock plus :data:`CLOCK_DRIFT`."""
    moment = (now or dt.datetime.now(dt.UTC)) + CLOCK_DRIFT
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def is_uuid(value: object) -> bool:
    """Whether ``value`` is a lower-case UUID string as the store makes them."""
    return isinstance(value, str) and bool(_UUID.match(value))


def validate_changes(changes: Iterable[Any], columns: Mapping[str, Mapping[str, Column]], *,
                     lines: Iterable[int] | None = None, now: dt.datetime | None = None) -> None:
    """Check every change (objects with id, entity, entity_id, fields, at, device_id, author, based_on).

    Raises :class:`ChangeRefused` for the first change that breaks a rule, or for two changes with
    the same id and different content. ``lines`` gives each change's line number for the message.
    """
    latest = latest_accepted(now)
    numbers = iter(lines) if lines is not None else None
    seen: dict[str, Any] = {}
    for index, change in enumerate(changes, 1):
        number = next(numbers, index) if numbers is not None else index
        reason = _problem(change, columns, latest)
        if reason is None:
            previous = seen.setdefault(change.id, change)
            if previous is not change and _content(previous) != _content(change):
                reason = tr("the change id {id} appears twice with different content", id=change.id)
        if reason is not None:
            raise refused(number, reason)


def refused(line: int | None, reason: str) -> ChangeRefused:
    """The error for a refused change, with its line when known."""
    if line is None:
        return ChangeRefused(tr("A change was refused: {reason}. Nothing was imported.", reason=reason), None,
                             reason)
    return ChangeRefused(tr("Change {line} was refused: {reason}. Nothing was imported.", line=line,
                            reason=reason), line, reason)


def same_content(first: Any, second: Any) -> bool:
    """Whether two changes with one id say the same thing (what a relayed copy must do)."""
    return _content(first) == _content(second)


def _content(change: Any) -> tuple[Any, ...]:
    return (change.entity, change.entity_id, change.fields, change.at, change.device_id, change.author,
            change.based_on)


def _problem(change: Any, columns: Mapping[str, Mapping[str, Column]], latest: str) -> str | None:
    """Why a change is refused (translated), or None when it is acceptable."""
    if change.entity not in columns:
        return tr("{entity} is not a synced table", entity=str(change.entity)[:40])
    if not is_uuid(change.id) or not is_uuid(change.entity_id):
        return tr("its ids are not UUIDs")
    if change.based_on is not None and not is_uuid(change.based_on):
        return tr("its ids are not UUIDs")
    if not isinstance(change.device_id, str) or not _DEVICE.match(change.device_id):
        return tr("its device id is not valid")
    if change.author is not None and (not isinstance(change.author, str) or len(change.author) > MAX_PERSONAL):
        return tr("its author is not valid")
    if not valid_stamp(change.at, latest=latest):
        return tr("its time {at} is not a valid UTC time (at most 24 h ahead)",
                  at=str(change.at)[:40])
    if not isinstance(change.fields, dict) or not change.fields:
        return tr("it changes no field")
    table = columns[change.entity]
    for name, value in change.fields.items():
        column = table.get(name)
        if column is None:
            return tr("{field} is not a synced field of {entity}", field=str(name)[:40], entity=change.entity)
        problem = _value_problem(change.entity, column, value)
        if problem is not None:
            return problem
    return None


def _value_problem(entity: str, column: Column, value: Any) -> str | None:
    name = column.name
    if value is None:
        return _bad(name) if column.not_null else None
    if column.type == "INTEGER":
        if type(value) is not int or abs(value) > MAX_INTEGER:
            return _bad(name)
        return None
    if not isinstance(value, str):
        return _bad(name)
    if (entity, name) in LONG_COLUMNS:
        return logo_problem(value)
    limit = FIELD_LIMITS.get(name, MAX_TEXT) if entity in LIMITED_TABLES else MAX_TEXT
    if len(value) > limit:
        return tr("{field} is longer than {limit} characters", field=name, limit=limit)
    if name in UUID_COLUMNS and not is_uuid(value):
        return _bad(name)
    if name in STAMP_COLUMNS and not valid_stamp(value):  # a stamp, not bound to the clock like ``at``
        return _bad(name)
    enum = ENUM_COLUMNS.get((entity, name))
    if enum is not None and value not in enum._value2member_map_:
        return _bad(name)
    return None


def _bad(name: str) -> str:
    # Translated only when a value is refused: tr() for each of 500,000 good values cost a second.
    return tr("the value of {field} is not valid", field=name)
