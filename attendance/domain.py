"""The words of the domain: kinds of events, sexes, roles, sectors, and the records services return.

Plain dataclasses and string enums with no database or Qt in sight, so the CLI, the GUI, the
reports and the sync code all speak the same language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class EventKind(StrEnum):
    """What sort of gathering an event is."""

    WORKSHOP = "workshop"
    WEBINAR = "webinar"
    COURSE = "course"
    SEMINAR = "seminar"
    ROUNDTABLE = "roundtable"
    MEETING = "meeting"
    OTHER = "other"


class Modality(StrEnum):
    """Whether people attend in the room, online, or both."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class Sex(StrEnum):
    """Sex as reported for sex-disaggregated counts; never printed on a badge or put in a QR code."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    NOT_STATED = "not_stated"


class Role(StrEnum):
    """The part a person plays at one event."""

    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    ORGANISER = "organiser"
    OBSERVER = "observer"


class OrganisationKind(StrEnum):
    """What sort of body an organisation is (a government is named after its State)."""

    GOVERNMENT = "government"
    UN = "un"
    INTERGOVERNMENTAL = "intergovernmental"
    NGO = "ngo"
    OTHER = "other"


class AttributionRole(StrEnum):
    """The part an organisation plays in an event."""

    ORGANISER = "organiser"
    PARTNER = "partner"
    FUNDER = "funder"


class RegistrationStatus(StrEnum):
    """Whether a registration counts."""

    REGISTERED = "registered"
    CANCELLED = "cancelled"


class RegistrationSource(StrEnum):
    """How a registration came into this database."""

    WALK_IN = "walk_in"
    IMPORT = "import"
    SYNC = "sync"


class Sector(StrEnum):
    """Institution sectors used to disaggregate reports."""

    MINISTRY = "ministry"
    POLICE = "police"
    DEFENCE = "defence"
    CUSTOMS = "customs"
    JUSTICE = "justice"
    FORENSICS = "forensics"
    LEGISLATURE = "legislature"
    ACADEMIA = "academia"
    CIVIL_SOCIETY = "civil_society"
    INTERNATIONAL = "international"
    PRIVATE = "private"
    MEDIA = "media"
    OTHER = "other"


class CheckInMethod(StrEnum):
    """How a check-in was recorded."""

    SCAN = "scan"
    MANUAL = "manual"
    IMPORT = "import"
    VIRTUAL = "virtual"


#: The longest value of each personal field, in characters: the ONE table that every write path checks
#: (the registration form's fields, ``register``, the services, pre-registration import rows and
#: incoming sync changes). Generous for real names and titles, small enough that a hostile 10 MB
#: name never reaches a badge. E-mail: RFC 3696's 320; phone: E.164 with room for extensions.
FIELD_LIMITS: dict[str, int] = {
    "given_names": 300, "family_names": 300, "email": 320, "phone": 64, "position": 300, "country": 300,
    "notes": 5_000, "name": 300, "acronym": 50,
}


def too_long(values: dict[str, object]) -> tuple[str, int] | None:
    """The first field of ``values`` longer than its :data:`FIELD_LIMITS` entry, with that limit; or None.

    Only lengths are compared, so a 10 MB value is refused at once, before any other work on it.
    """
    for name, value in values.items():
        limit = FIELD_LIMITS.get(name)
        if limit is not None and isinstance(value, str) and len(value) > limit:
            return name, limit
    return None


class AttendanceError(Exception):
    """A problem the user can fix; its message is shown as it is (already translated when needed)."""


class NotFound(AttendanceError):
    """An event code, registration or person that does not exist (or was deleted)."""


class InvalidValue(AttendanceError):
    """A value that breaks a rule: a bad date, an unknown sex, an empty name."""


class AlreadyRegistered(AttendanceError):
    """The person already has a registration for this event."""

    def __init__(self, message: str, registration_id: str) -> None:
        super().__init__(message)
        self.registration_id = registration_id


@dataclass(frozen=True)
class Event:
    """An event and everything printed about it."""

    id: str
    code: str
    title: str
    kind: str
    modality: str
    start_date: str | None
    end_date: str | None
    venue: str | None
    city: str | None
    country: str | None
    description: str | None
    language: str
    badge_key: str
    project_id: str | None = None


@dataclass(frozen=True)
class Session:
    """One day or half-day of an event; check-ins are counted per session."""

    id: str
    event_id: str
    date: str
    starts: str | None
    ends: str | None
    label: str | None
    position: int


@dataclass(frozen=True)
class Institution:
    """A ministry, police force, laboratory... with its sector for reports."""

    id: str
    name: str
    acronym: str | None
    sector: str
    country: str | None


@dataclass(frozen=True)
class Person:
    """One person, known across many events."""

    id: str
    given_names: str
    family_names: str
    sex: str
    email: str | None
    phone: str | None
    country: str | None
    position: str | None
    institution_id: str | None
    notes: str | None
    consent_at: str | None = None
    consent_text_version: str | None = None

    @property
    def full_name(self) -> str:
        """Given names then family names."""
        return f"{self.given_names} {self.family_names}".strip()


@dataclass(frozen=True, slots=True)
class Participant:
    """A registration joined with its person and institution: one row of a participants list."""

    registration_id: str
    person_id: str
    given_names: str
    family_names: str
    sex: str
    institution: str
    institution_acronym: str
    sector: str
    country: str
    email: str
    phone: str
    position: str
    role: str
    status: str
    badge_token: str
    sessions_attended: int

    @property
    def full_name(self) -> str:
        """Given names then family names, as printed on a badge."""
        return f"{self.given_names} {self.family_names}".strip()


_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case, accents removed, spaces collapsed: the key used to compare names.

    ``fold("  Núñez  GARCÍA ") == "nunez garcia"``.
    """
    if not text:
        return ""
    if text.isascii():  # nothing to decompose (most cells of a list): ten times faster
        return _SPACES.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def choice(enum: type[StrEnum], value: str, what: str) -> str:
    """Return ``value`` if it is one of ``enum``'s values, else raise InvalidValue naming the choices."""
    try:
        return enum(value).value
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise InvalidValue(f"{what}: {value!r} is not one of {allowed}") from None
