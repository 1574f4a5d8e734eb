"""Virtual attendance: read a Zoom or Teams attendance report, match it to registrations, check in.

Three steps, shared by the CLI (``attendance virtual``) and the GUI's confirmation dialog:

1. :func:`read_report` reads a Zoom "participants" report (a meeting summary block, a blank line,
   then the participant table; UTF-8 with BOM, comma-separated) or a Microsoft Teams attendance
   report (UTF-16 with BOM, tab-separated, sections "1. Summary", "2. Participants"...). A
   person's several rows (reconnections) are merged: their minutes are added up, and capped at
   the meeting's length because reconnect rows overlap.
2. :func:`match_report` proposes a registration of the event for each attendee: the same email
   first, then the same name (case, accents, word order and punctuation ignored), then a fuzzy
   name (small typos) through :mod:`attendance.intake.matching`. The user confirms or changes these.
3. :func:`apply_matches` checks in (method ``virtual``) everyone matched who stayed at least the
   minimum time (default half the meeting), registering the unmatched rows the user chose to add,
   in one transaction. Re-importing the same report adds nothing: a second check-in of a person
   in a session is ``ALREADY``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from attendance import checkin, services
from attendance.domain import AlreadyRegistered, CheckInMethod, Event, InvalidValue, fold
from attendance.i18n import tr
from attendance.intake.matching import NAME_SCORE_CUTOFF, KnownPerson, PeopleIndex, compact_key, email_key, name_key
from attendance.store import Store

DEFAULT_MIN_SHARE = 0.5
MIN_SHARE_KEY = "virtual.min_share"  # device setting (meta table): share of a meeting that counts
# Family-name particles kept with the family name when a report's full name is split to register it.
_PARTICLES = {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "van", "von", "le", "du", "di", "y"}


class MatchKind(StrEnum):
    """How an attendee was matched to a registration."""

    EMAIL = "email"
    NAME = "name"
    FUZZY = "fuzzy"
    NONE = "none"


def match_label(kind: MatchKind, language: str | None = None) -> str:
    """How a match was found, in words for the user ("by email", "similar name"...)."""
    if kind is MatchKind.EMAIL:
        return tr("by email", language)
    if kind is MatchKind.NAME:
        return tr("by name", language)
    if kind is MatchKind.FUZZY:
        return tr("similar name", language)
    return tr("no match", language)


@dataclass(frozen=True)
class Attendee:
    """One person in a report, after merging their rows."""

    name: str
    email: str
    minutes: float
    rows: int = 1
    other_name: str = ""  # Zoom's "Original Name" when the display name was changed


@dataclass(frozen=True)
class VirtualReport:
    """A meeting's attendance report: where it came from, how long it lasted, who attended."""

    source: str  # "zoom" or "teams"
    title: str
    meeting_minutes: float | None
    attendees: list[Attendee]

    def threshold(self, *, min_minutes: float | None = None, min_share: float | None = None) -> float:
        """The minutes needed to count as attended: given minutes, else a share of the meeting.

        Without a meeting length in the report, the share is taken of the longest attendance.
        """
        if min_minutes is not None:
            return float(min_minutes)
        share = DEFAULT_MIN_SHARE if min_share is None else min_share
        length = self.meeting_minutes or max((a.minutes for a in self.attendees), default=0.0)
        return share * length


@dataclass(frozen=True)
class Match:
    """An attendee and the registration proposed (or chosen) for them; ``register`` adds a new one."""

    attendee: Attendee
    kind: MatchKind
    registration_id: str | None = None
    registered_name: str = ""
    score: float = 0.0
    register: bool = False


@dataclass
class ApplySummary:
    """What applying a report did; names are listed for the report shown afterwards."""

    checked_in: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    too_short: list[str] = field(default_factory=list)
    registered: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)


def min_share_setting(store: Store) -> float:
    """The share of a meeting someone must stay to count as attended on this laptop (default 0.5)."""
    try:
        share = float(store.meta(MIN_SHARE_KEY) or DEFAULT_MIN_SHARE)
    except ValueError:
        return DEFAULT_MIN_SHARE
    return share if 0 < share <= 1 else DEFAULT_MIN_SHARE


def set_min_share_setting(store: Store, share: float) -> None:
    """Remember the share of a meeting that counts (between 0 and 1) for the next reports."""
    if not 0 < share <= 1:
        raise InvalidValue(tr("The minimum share of the meeting must be between 0 and 1"))
    store.set_meta(MIN_SHARE_KEY, f"{share:.4f}")


# --------------------------------------------------------------------------- reading
def read_report(path: str | Path) -> VirtualReport:
    """Read a Zoom participants report or a Teams attendance report (format found from the content)."""
    data = Path(path).read_bytes()
    text = _decode(data)
    if _is_teams(text):
        return _read_teams(text)
    if "duration" in text[:4000].lower() and ("name" in text[:4000].lower()):
        return _read_zoom(text)
    raise InvalidValue(tr("{file} is not a Zoom participants report or a Teams attendance report",
                          file=Path(path).name))


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _is_teams(text: str) -> bool:
    head = text[:2000]
    markers = ("1. Summary", "Meeting duration", "In-Meeting Duration")
    return "\t" in head and any(marker in head for marker in markers)


def parse_minutes(text: str) -> float | None:
    """Minutes from "166", "2h 5m", "3h 29m 32s", "45m 10s" or "01:02:03"; None when unreadable."""
    value = (text or "").strip()
    if not value:
        return None
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    clock = re.fullmatch(r"(\d+):(\d{1,2}):(\d{1,2})", value)
    if clock:
        hours, minutes, seconds = (int(part) for part in clock.groups())
        return hours * 60 + minutes + seconds / 60
    parts = {unit: number for number, unit in re.findall(r"(\d+)\s*([hms])", value.lower())}
    if not parts:
        return None
    return int(parts.get("h", 0)) * 60 + int(parts.get("m", 0)) + int(parts.get("s", 0)) / 60


def _header_index(header: list[str], *names: str) -> int | None:
    folded = [fold(cell) for cell in header]
    for name in names:
        for position, cell in enumerate(folded):
            if cell == name or cell.startswith(name + " ("):
                return position
    return None


def _read_zoom(text: str) -> VirtualReport:
    rows = list(csv.reader(io.StringIO(text)))
    title, meeting_minutes = "", None
    table_start = None
    for number, row in enumerate(rows):
        first = fold(row[0]) if row else ""
        if first == "meeting id" and number + 1 < len(rows):
            summary = rows[number + 1]
            topic, duration = _header_index(row, "topic"), _header_index(row, "duration")
            title = summary[topic] if topic is not None and topic < len(summary) else ""
            if duration is not None and duration < len(summary):
                meeting_minutes = parse_minutes(summary[duration])
        elif first.startswith("name") and _header_index(row, "duration") is not None:
            table_start = number
            break
    if table_start is None:
        raise InvalidValue(tr("No participant table found in the Zoom report"))
    header = rows[table_start]
    name_at = 0
    email_at = _header_index(header, "user email", "email")
    minutes_at = _header_index(header, "duration")
    attendees = []
    for row in rows[table_start + 1:]:
        if not row or not row[name_at].strip():
            continue
        display, original = _zoom_names(row[name_at])
        email = row[email_at].strip() if email_at is not None and email_at < len(row) else ""
        minutes = parse_minutes(row[minutes_at]) if minutes_at < len(row) else None
        attendees.append(Attendee(original or display, email, minutes or 0.0, 1, display if original else ""))
    return VirtualReport("zoom", title, meeting_minutes, merge_attendees(attendees, meeting_minutes))


def _zoom_names(cell: str) -> tuple[str, str]:
    """Zoom writes a renamed participant as "Display (Original Name)"."""
    found = re.fullmatch(r"\s*(.*?)\s*\((.+)\)\s*", cell)
    if found:
        return found.group(1), found.group(2).strip()
    return cell.strip(), ""


def _read_teams(text: str) -> VirtualReport:
    sections: dict[str, list[list[str]]] = {}
    current = ""
    for row in csv.reader(io.StringIO(text), delimiter="\t"):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        heading = re.fullmatch(r"\d+\.\s*(.+)", cells[0]) if len([c for c in cells if c]) == 1 else None
        if heading:
            current = fold(heading.group(1))
            continue
        sections.setdefault(current, []).append(cells)
    summary = {fold(row[0]): row[1] for row in sections.get("summary", []) if len(row) > 1}
    title = summary.get("meeting title", "") or summary.get("title", "")
    meeting_minutes = parse_minutes(summary.get("meeting duration", ""))
    table = sections.get("participants")
    if not table:
        raise InvalidValue(tr("No participant table found in the Teams report"))
    header = table[0]
    name_at = _header_index(header, "name", "full name") or 0
    email_at = _header_index(header, "email", "participant id (upn)")
    minutes_at = _header_index(header, "in-meeting duration", "duration")
    if minutes_at is None:
        raise InvalidValue(tr("No participant table found in the Teams report"))
    attendees = []
    for row in table[1:]:
        if len(row) <= minutes_at or not row[name_at]:
            continue
        email = row[email_at] if email_at is not None and email_at < len(row) else ""
        attendees.append(Attendee(row[name_at], email, parse_minutes(row[minutes_at]) or 0.0))
    return VirtualReport("teams", title, meeting_minutes, merge_attendees(attendees, meeting_minutes))


def merge_attendees(attendees: list[Attendee], meeting_minutes: float | None) -> list[Attendee]:
    """One entry per person (same email, else same folded name), minutes added up and capped.

    Reconnect rows overlap in real reports, so the total is capped at the meeting's length.
    """
    merged: dict[str, Attendee] = {}
    for attendee in attendees:
        key = email_key(attendee.email) or "name:" + name_key(attendee.name, "")
        earlier = merged.get(key)
        if earlier is None:
            merged[key] = attendee
            continue
        merged[key] = replace(earlier, minutes=earlier.minutes + attendee.minutes, rows=earlier.rows + 1)
    if meeting_minutes:
        return [replace(a, minutes=min(a.minutes, meeting_minutes)) for a in merged.values()]
    return list(merged.values())


# --------------------------------------------------------------------------- matching
def match_report(store: Store, event: Event, report: VirtualReport) -> list[Match]:
    """Propose a registration for each attendee: by email, then by name, then by fuzzy name.

    A registration is proposed for one attendee only: the best-scored claim wins and the others
    fall back to their next candidate or to no match.
    """
    registrants = _registrants(store, event)
    index = PeopleIndex(registrants.values())
    claims: list[tuple[float, int, MatchKind, str]] = []
    for position, attendee in enumerate(report.attendees):
        for candidate in _candidates(index, attendee):
            claims.append((candidate[0], position, candidate[1], candidate[2]))
    claims.sort(key=lambda claim: (-claim[0], claim[2] is not MatchKind.EMAIL, claim[1]))
    chosen: dict[int, Match] = {}
    taken: set[str] = set()
    for score, position, kind, person_id in claims:
        if position in chosen or person_id in taken:
            continue
        taken.add(person_id)
        person = registrants[person_id]
        chosen[position] = Match(report.attendees[position], kind, person.registration_id, person.full_name,
                                 score)
    return [chosen.get(position, Match(attendee, MatchKind.NONE))
            for position, attendee in enumerate(report.attendees)]


@dataclass(frozen=True)
class _Registrant(KnownPerson):
    registration_id: str = ""  # the registration id, carried alongside the matcher's fields


def _registrants(store: Store, event: Event) -> dict[str, _Registrant]:
    rows = store.rows(
        "SELECT r.id AS registration_id, p.id AS person_id, p.given_names, p.family_names, "
        "coalesce(p.email, '') AS email, coalesce(p.phone, '') AS phone, coalesce(p.country, '') AS country, "
        "coalesce(i.name, '') AS institution FROM registrations r JOIN people p ON p.id = r.person_id "
        "LEFT JOIN institutions i ON i.id = r.institution_id "
        "WHERE r.event_id = ? AND r.deleted_at IS NULL AND p.deleted_at IS NULL AND r.status = 'registered'",
        [event.id])
    return {row["person_id"]: _Registrant(row["person_id"], row["given_names"], row["family_names"],
                                          row["institution"], row["country"], row["email"], row["phone"], 1,
                                          row["registration_id"]) for row in rows}


def _candidates(index: PeopleIndex, attendee: Attendee) -> list[tuple[float, MatchKind, str]]:
    found: list[tuple[float, MatchKind, str]] = []
    names = [attendee.name] + ([attendee.other_name] if attendee.other_name else [])
    for name in names:
        for candidate in index.suggest(name, "", email=attendee.email or None, limit=3):
            if candidate.reason == "email":
                kind = MatchKind.EMAIL
            elif candidate.reason == "name" and candidate.score >= NAME_SCORE_CUTOFF:
                kind = MatchKind.NAME if same_name(candidate.person, name) else MatchKind.FUZZY
            else:
                continue
            # Ranking: an email beats a name, a same name beats a similar one.
            score = {MatchKind.EMAIL: 102.0, MatchKind.NAME: 101.0}.get(kind, candidate.score)
            found.append((score, kind, candidate.person.person_id))
    return found


def same_name(person: KnownPerson, full_name: str) -> bool:
    """Whether a report's name is a registrant's, ignoring case, accents, word order and spacing."""
    letters = compact_key(full_name, "")
    return (name_key(person.given_names, person.family_names) == name_key(full_name, "")
            or letters in (compact_key(person.given_names, person.family_names),
                           compact_key(person.family_names, person.given_names)))


# --------------------------------------------------------------------------- applying
def split_name(full_name: str) -> tuple[str, str]:
    """Given and family names from one "full name": the last word, with particles, is the family name.

    ``"Nadège De la Cruz"`` -> ``("Nadège", "De la Cruz")``; one word is a given name only.
    """
    words = full_name.split()
    if len(words) < 2:
        return full_name.strip(), ""
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


def apply_matches(store: Store, event: Event, session_id: str, matches: list[Match], *,
                  threshold_minutes: float) -> ApplySummary:
    """Check in (method virtual) the matched attendees who stayed long enough, in one transaction.

    Matches with ``register`` set are registered first (source import, sex not stated). Attendees
    with no registration and no ``register`` are ignored. Safe to run again on the same report.
    """
    summary = ApplySummary()
    with store.transaction():
        for match in matches:
            attendee = match.attendee
            registration_id = match.registration_id
            if registration_id is None and match.register:
                registration_id = _register(store, event, attendee)
                summary.registered.append(attendee.name)
            if registration_id is None:
                summary.ignored.append(attendee.name)
                continue
            if attendee.minutes < threshold_minutes:
                summary.too_short.append(attendee.name)
                continue
            result = checkin.check_in_registration(store, event, registration_id, session_id,
                                                   method=CheckInMethod.VIRTUAL.value)
            if result.status is checkin.CheckInStatus.CHECKED_IN:
                summary.checked_in.append(attendee.name)
            else:
                summary.already.append(attendee.name)
    return summary


def _register(store: Store, event: Event, attendee: Attendee) -> str:
    # A person already known by this email (from another event) is registered, not duplicated.
    known = store.scalar("SELECT id FROM people WHERE email = ? AND deleted_at IS NULL LIMIT 1",
                         [email_key(attendee.email)]) if attendee.email else None
    given, family = split_name(attendee.name)
    values = {"given_names": given, "family_names": family, "email": attendee.email or None}
    try:
        if known:
            return services.register(store, event.id, person_id=known, source="import").id
        return services.register(store, event.id, source="import", **values).id
    except AlreadyRegistered as error:
        return error.registration_id
