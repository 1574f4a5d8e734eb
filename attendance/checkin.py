"""The check-in station's rules: what one scan, search or walk-in means for one session.

:func:`check_in` reads a scanned text, decides, writes at most one check-in row through
:func:`attendance.services.record_checkin` in one transaction committed before it returns, and
answers with a :class:`CheckInResult`. Its ``status`` is one of:

``CHECKED_IN``
    A badge of this event whose MAC verifies, for a live registration that is not cancelled and
    has no check-in that counts (view ``effective_checkins``) in this session: one row is written.
``ALREADY``
    As above, but the person (or the other-desk token) already has a check-in that counts in this
    session: no second row; ``previous_at`` says when (shown as hh:mm, local time).
``OTHER_DESK``
    A badge of this event whose MAC verifies but whose token no registration on this laptop holds:
    it was registered at another desk. A provisional row is written with ``registration_id`` NULL
    and ``badge_token`` set; the view ``effective_checkins`` joins it to the person when that
    desk's bundle is merged. A second scan of the same token in the session is ``ALREADY``.
``OTHER_EVENT``
    A well-formed Attendance badge for another event code (its MAC cannot be checked here).
``INVALID``
    Text that starts like an Attendance badge (``AT1``, after keyboard-layout repair) but is
    malformed or whose MAC fails: misread, truncated or tampered.
``CANCELLED``
    A valid badge whose registration is cancelled: nothing is written.
``UNKNOWN``
    Anything else: text that is not an Attendance badge at all (another barcode, a typed word), or
    a valid badge whose registration was deleted on this laptop.

Manual check-in by registration id (search by name, walk-ins) follows the same rules through
:func:`check_in_registration`. Undo appends an undo row (:func:`undo_check_in`). Live counts,
the recent-scans list and the default session are read here too, so the CLI and the GUI agree.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from attendance import badges, services
from attendance.domain import (
    AttendanceError,
    CheckInMethod,
    Event,
    NotFound,
    RegistrationStatus,
    Session,
    Sex,
    choice,
)
from attendance.i18n import tr
from attendance.store import DatabaseLocked, Store


class CheckInStatus(StrEnum):
    """What a scan or a manual check-in turned out to be (defined in the module docstring)."""

    CHECKED_IN = "checked_in"
    ALREADY = "already"
    OTHER_DESK = "other_desk"
    OTHER_EVENT = "other_event"
    INVALID = "invalid"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


# Statuses after which the person may go in (a row exists for them in this session).
ADMITTED = frozenset({CheckInStatus.CHECKED_IN, CheckInStatus.ALREADY, CheckInStatus.OTHER_DESK})


@dataclass(frozen=True)
class CheckInResult:
    """The answer to one check-in attempt; ``checkin_id`` is set when a row was written."""

    status: CheckInStatus
    session_id: str
    given_names: str = ""
    family_names: str = ""
    institution: str = ""
    registration_id: str | None = None
    badge_token: str | None = None
    checkin_id: str | None = None
    at: str | None = None
    previous_at: str | None = None
    event_code: str | None = None
    repaired_from: str | None = None
    method: str = CheckInMethod.SCAN.value
    scanned: str = ""  # the text as it was read (shown for refused scans)
    event_title: str = ""  # for a badge of another event that this laptop holds

    @property
    def name(self) -> str:
        """Given names then family names ("" when the badge is not known here)."""
        return f"{self.given_names} {self.family_names}".strip()

    @property
    def admitted(self) -> bool:
        """Whether the person has a check-in that counts in this session after this attempt."""
        return self.status in ADMITTED

    def message(self, language: str | None = None) -> str:
        """The status line shown on the banner and printed by the CLI, translated."""
        return status_text(self, language)


def status_text(result: CheckInResult, language: str | None = None) -> str:
    """The translated status line of a result ("Already checked in at 09:14 for this session")."""
    status = result.status
    if status is CheckInStatus.CHECKED_IN:
        return tr("Checked in", language)
    if status is CheckInStatus.ALREADY:
        return tr("Already checked in at {time} for this session", language,
                  time=local_time(result.previous_at))
    if status is CheckInStatus.OTHER_DESK:
        return tr("Registered at another desk: checked in provisionally", language)
    if status is CheckInStatus.OTHER_EVENT:
        if result.event_title:
            return tr("Badge of another event: {title} ({code})", language, title=result.event_title,
                      code=result.event_code or "?")
        return tr("Badge of another event ({code})", language, code=result.event_code or "?")
    if status is CheckInStatus.INVALID:
        return tr("Invalid or tampered badge", language)
    if status is CheckInStatus.CANCELLED:
        return tr("Registration cancelled", language)
    return tr("Unknown badge", language)


def local_time(at: str | None) -> str:
    """A stored UTC timestamp as hh:mm on this computer's clock ("" for None)."""
    if not at:
        return ""
    moment = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
    return moment.astimezone().strftime("%H:%M")


# --------------------------------------------------------------------------- checking in
_REGISTRATION_BY_TOKEN = """
SELECT r.id, r.status, r.deleted_at, r.badge_token, p.given_names, p.family_names,
    coalesce(i.name, '') AS institution
FROM registrations r
JOIN people p ON p.id = r.person_id
LEFT JOIN institutions i ON i.id = r.institution_id
WHERE r.event_id = ? AND r.badge_token = ?
ORDER BY r.deleted_at IS NOT NULL
LIMIT 1
"""

_REGISTRATION_BY_ID = _REGISTRATION_BY_TOKEN.replace("WHERE r.event_id = ? AND r.badge_token = ?",
                                                     "WHERE r.event_id = ? AND r.id = ?")

# The earliest check-in that counts for this person or token in this session. Read from the table
# (not the view) so both indexes serve it; the conditions are those of the view effective_checkins.
_PREVIOUS_CHECKIN = """
SELECT c.id, c.at FROM checkins c
WHERE c.event_id = ? AND c.session_id = ? AND (c.registration_id = ? OR c.badge_token = ?)
    AND c.undoes IS NULL AND c.deleted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.undoes = c.id AND u.deleted_at IS NULL)
ORDER BY c.at
LIMIT 1
"""


def check_in(store: Store, event: Event, payload: str, session_id: str, *,
             method: str = CheckInMethod.SCAN.value) -> CheckInResult:
    """Check in the badge ``payload`` (as typed by a scanner) for one session of ``event``.

    At most one row is written, in one transaction committed before returning. Raises NotFound
    when the session is not a live session of the event; every problem with the badge itself is
    a status, never an exception.
    """
    method = choice(CheckInMethod, method, "method")
    _check_session(store, event, session_id)
    parsed = badges.parse_payload(payload, event.code, event.badge_key)
    # Event codes vary in length, so a damaged badge of this event can parse as a shorter code
    # ("AT1SNR26..." cut short reads as event "SN"): a text that starts with this event's prefix
    # is this event's badge, damaged.
    own_prefix = _starts_with(payload, badges.PREFIX + event.code)
    scanned = "".join(payload.split())
    if parsed.status is badges.PayloadStatus.OTHER_EVENT and not own_prefix:
        return CheckInResult(CheckInStatus.OTHER_EVENT, session_id, event_code=parsed.event_code,
                             repaired_from=parsed.repaired_from, method=method, scanned=scanned,
                             **_other_event_details(store, parsed.event_code or "", payload))
    if parsed.status is not badges.PayloadStatus.VALID:
        status = CheckInStatus.INVALID if looks_like_badge(payload) else CheckInStatus.UNKNOWN
        return CheckInResult(status, session_id, method=method, scanned=scanned)
    token = parsed.badge_token or ""

    def write() -> CheckInResult:
        with store.transaction():
            _hold_write_lock(store)
            found = store.rows(_REGISTRATION_BY_TOKEN, [event.id, token])
            if not found:
                return replace(_check_in_other_desk(store, event, token, session_id, method, parsed.repaired_from),
                               scanned=scanned)
            return replace(_check_in_row(store, event, found[0], session_id, method, parsed.repaired_from),
                           scanned=scanned)

    return _waiting_for_the_lock(store, write)


def check_in_registration(store: Store, event: Event, registration_id: str, session_id: str, *,
                          method: str = CheckInMethod.MANUAL.value) -> CheckInResult:
    """Check in a registration chosen by name (or just registered as a walk-in), same rules as a scan."""
    method = choice(CheckInMethod, method, "method")
    _check_session(store, event, session_id)

    def write() -> CheckInResult:
        with store.transaction():
            _hold_write_lock(store)
            found = store.rows(_REGISTRATION_BY_ID, [event.id, registration_id])
            if not found:
                raise NotFound(tr("No such registration"))
            return _check_in_row(store, event, found[0], session_id, method, None)

    return _waiting_for_the_lock(store, write)


#: How long a check-in keeps waiting for another program's write (a long sync import) before it gives up.
WRITE_WAIT_S = 120.0


#: While it waits, a check-in tries the lock at least this often (ms). SQLite's own waiting backs off
#: to 100 ms between tries, long enough to miss every short pause a long import makes between its
#: transactions; short tries in a loop catch them.
TRY_LOCK_MS = 20


def _waiting_for_the_lock(store: Store, write: Callable[[], CheckInResult]) -> CheckInResult:
    """Run a check-in's transaction, trying again while another program holds the write lock.

    The lock is the transaction's first step, so a refused attempt wrote nothing: a scan is never
    turned away because an import is running, it waits for it (up to :data:`WRITE_WAIT_S`).
    """
    deadline = time.monotonic() + WRITE_WAIT_S
    timeout = store.scalar("PRAGMA busy_timeout")
    store.execute(f"PRAGMA busy_timeout = {min(int(timeout), TRY_LOCK_MS)}")
    try:
        while True:
            try:
                return write()
            except DatabaseLocked:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.002)
    finally:
        store.execute(f"PRAGMA busy_timeout = {int(timeout)}")


def _other_event_details(store: Store, event_code: str, payload: str) -> dict[str, str]:
    """What this laptop knows of another event's badge: the event's title, the person if registered here.

    The person is named only when the badge's MAC verifies under that event's key, so a forged
    code cannot put a name on screen.
    """
    found = store.rows("SELECT id, title, code, badge_key FROM events WHERE code = ? AND deleted_at IS NULL",
                       [event_code])
    if not found:
        return {}
    other = found[0]
    details = {"event_title": other["title"]}
    parsed = badges.parse_payload(payload, other["code"], other["badge_key"])
    if parsed.status is not badges.PayloadStatus.VALID:
        return details
    person = store.rows(_REGISTRATION_BY_TOKEN, [other["id"], parsed.badge_token])
    if person and not person[0]["deleted_at"]:
        details.update(given_names=person[0]["given_names"], family_names=person[0]["family_names"],
                       institution=person[0]["institution"])
    return details


def _hold_write_lock(store: Store) -> None:
    """Take the database's write lock before reading whether the person is already in.

    Two programs on one file (the window and a script) checking the same badge at once then queue,
    and the second answers ALREADY, instead of both reading "not yet" and the second failing.
    A write that changes nothing is how SQLite takes the lock inside an open transaction.
    """
    store.execute("UPDATE meta SET value = value WHERE 0")


def _check_session(store: Store, event: Event, session_id: str) -> None:
    if store.scalar("SELECT 1 FROM sessions WHERE id = ? AND event_id = ? AND deleted_at IS NULL",
                    [session_id, event.id]) is None:
        raise NotFound(tr("No such session"))


def _check_in_row(store: Store, event: Event, registration: dict[str, Any], session_id: str, method: str,
                  repaired_from: str | None) -> CheckInResult:
    person = {"given_names": registration["given_names"], "family_names": registration["family_names"],
              "institution": registration["institution"], "registration_id": registration["id"],
              "badge_token": registration["badge_token"], "repaired_from": repaired_from, "method": method}
    if registration["deleted_at"]:
        return CheckInResult(CheckInStatus.UNKNOWN, session_id, **person)
    if registration["status"] == RegistrationStatus.CANCELLED:
        return CheckInResult(CheckInStatus.CANCELLED, session_id, **person)
    previous = store.rows(_PREVIOUS_CHECKIN, [event.id, session_id, registration["id"],
                                              registration["badge_token"]])
    if previous:
        return CheckInResult(CheckInStatus.ALREADY, session_id, previous_at=previous[0]["at"], **person)
    at = store.stamp()
    checkin_id = services.record_checkin(store, registration["id"], session_id, event_id=event.id,
                                         method=method, at=at, badge_token=registration["badge_token"])
    return CheckInResult(CheckInStatus.CHECKED_IN, session_id, checkin_id=checkin_id, at=at, **person)


def _check_in_other_desk(store: Store, event: Event, token: str, session_id: str, method: str,
                         repaired_from: str | None) -> CheckInResult:
    common = {"badge_token": token, "repaired_from": repaired_from, "method": method}
    previous = store.rows(_PREVIOUS_CHECKIN, [event.id, session_id, None, token])
    if previous:
        return CheckInResult(CheckInStatus.ALREADY, session_id, previous_at=previous[0]["at"], **common)
    at = store.stamp()
    checkin_id = services.record_checkin(store, None, session_id, event_id=event.id, method=method, at=at,
                                         badge_token=token)
    return CheckInResult(CheckInStatus.OTHER_DESK, session_id, checkin_id=checkin_id, at=at, **common)


def badge_at_end(text: str) -> str | None:
    """The badge payload at the end of a field, whatever was typed before it; None if there is none.

    A scanner types into whatever the field holds, so a half-typed name can precede the code
    ("raul ordoAT1SNR26..."). The payload is the tail, from the first place where the rest starts
    like an Attendance badge (keyboard-layout damage included) and holds no space; that tail is
    then checked like any scan (a damaged one answers INVALID, not a name search).
    """
    stripped = text.strip()
    for start in range(len(stripped) - len(badges.PREFIX) + 1):
        tail = stripped[start:]
        if not any(c.isspace() for c in tail) and _starts_with(tail, badges.PREFIX):
            return tail
    return None


def looks_like_badge(text: str) -> bool:
    """Whether a scanned text starts like an Attendance badge, even through keyboard-layout damage."""
    return _starts_with(text, badges.PREFIX)


def _starts_with(text: str, prefix: str) -> bool:
    """Whether ``text``, as typed or with one keyboard layout's damage undone, starts with ``prefix``."""
    start = "".join(text.split())[:len(prefix)]
    return any("".join(table.get(c, c) for c in start).upper() == prefix
               for table in ({}, *badges.LAYOUT_REPAIRS.values()))


# --------------------------------------------------------------------------- undo
def undo_check_in(store: Store, checkin_id: str) -> str:
    """Undo one check-in by appending an undo row; returns the undo row's id.

    Refuses (AttendanceError) an undo row itself, or a check-in that is already undone.
    """
    with store.transaction():
        row = store.row("checkins", checkin_id)
        if row is None or row["deleted_at"]:
            raise NotFound(tr("No such check-in"))
        if row["undoes"] is not None:
            raise AttendanceError(tr("An undo cannot itself be undone"))
        if store.scalar("SELECT 1 FROM checkins WHERE undoes = ? AND deleted_at IS NULL", [checkin_id]):
            raise AttendanceError(tr("This check-in was already undone"))
        return services.undo_checkin(store, checkin_id)


def _latest_mine(store: Store, sql: str, event_id: str, session_id: str | None) -> str | None:
    """The first column of the latest row ``sql`` (aliased ``c``) finds that this laptop wrote for the event."""
    params: list[Any] = [event_id, store.device_id]
    if session_id:
        sql += " AND c.session_id = ?"
        params.append(session_id)
    return store.scalar(sql + " ORDER BY c.created_at DESC LIMIT 1", params)


def undo_last(store: Store, event_id: str, session_id: str | None = None) -> str | None:
    """Undo the latest check-in this laptop made for the event (and session, if given).

    Returns the id of the check-in that was undone, or None when there is nothing left to undo.
    """
    with store.transaction():
        last = _latest_mine(store, "SELECT c.id FROM checkins c WHERE c.event_id = ? AND c.device_id = ? "
                            "AND c.undoes IS NULL AND c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM "
                            "checkins u WHERE u.undoes = c.id AND u.deleted_at IS NULL)", event_id, session_id)
        if last is None:
            return None
        undo_check_in(store, last)
    return last


def redo_check_in(store: Store, checkin_id: str) -> None:
    """Take back the undo of a check-in: its undo row is tombstoned, so the check-in counts again.

    Refuses (AttendanceError) a check-in that is not undone, and one whose person has checked in
    again in that session since (two check-ins would then count).
    """
    with store.transaction():
        row = store.row("checkins", checkin_id)
        if row is None or row["deleted_at"] or row["undoes"] is not None:
            raise NotFound(tr("No such check-in"))
        undo_id = store.scalar("SELECT id FROM checkins WHERE undoes = ? AND deleted_at IS NULL "
                               "ORDER BY created_at DESC LIMIT 1", [checkin_id])
        if undo_id is None:
            raise AttendanceError(tr("This check-in is not undone"))
        if store.rows(_PREVIOUS_CHECKIN, [row["event_id"], row["session_id"], row["registration_id"],
                                          row["badge_token"]]):
            raise AttendanceError(tr("Already checked in again for this session"))
        store.tombstone("checkins", undo_id)


def redo_last(store: Store, event_id: str, session_id: str | None = None) -> str | None:
    """Redo the latest undo this laptop made for the event (and session); the check-in's id or None."""
    with store.transaction():
        last = _latest_mine(store, "SELECT c.undoes FROM checkins c WHERE c.event_id = ? AND c.device_id = ? "
                            "AND c.undoes IS NOT NULL AND c.deleted_at IS NULL", event_id, session_id)
        if last is None:
            return None
        redo_check_in(store, last)
    return last


def checkin_person(store: Store, checkin_id: str) -> tuple[str, str]:
    """(given names, family names) of whoever a check-in row is for; ("", "") for a badge not known here."""
    found = store.execute(
        "SELECT p.given_names, p.family_names FROM checkins c "
        "JOIN registrations r ON r.id = coalesce(c.registration_id, (SELECT r2.id FROM registrations r2 "
        "    WHERE r2.event_id = c.event_id AND r2.badge_token = c.badge_token AND r2.deleted_at IS NULL "
        "    LIMIT 1)) "
        "JOIN people p ON p.id = r.person_id WHERE c.id = ?", [checkin_id]).fetchone()
    return (found[0], found[1]) if found else ("", "")


# --------------------------------------------------------------------------- who is in
@dataclass(frozen=True)
class Arrival:
    """A registered participant of the event and when they arrived in one session (None: not yet)."""

    registration_id: str
    given_names: str
    family_names: str
    institution: str
    arrived_at: str | None

    @property
    def name(self) -> str:
        """Given names then family names."""
        return f"{self.given_names} {self.family_names}".strip()


def arrival_times(store: Store, session_id: str) -> dict[str, str]:
    """When each registration first arrived in the session (registration id -> UTC time)."""
    # Read into a dict, not joined in SQL: SQLite would scan the grouped rows once per registration.
    return dict(store.execute("SELECT registration_id, min(at) FROM effective_checkins "
                              "WHERE session_id = ? AND registration_id IS NOT NULL GROUP BY registration_id",
                              [session_id]).fetchall())


def arrivals(store: Store, event_id: str, session_id: str, *, text: str | None = None,
             missing_only: bool = False, limit: int | None = None) -> list[Arrival]:
    """The event's live, not cancelled registrations with their arrival in the session, by name.

    ``text`` keeps those whose names, email or institution start with the typed words (as the
    participants search); ``missing_only`` keeps those not yet arrived (the door's list).
    """
    sql = ("SELECT r.id, p.given_names, p.family_names, coalesce(i.name, '') "
           "FROM registrations r JOIN people p ON p.id = r.person_id AND p.deleted_at IS NULL "
           "LEFT JOIN institutions i ON i.id = r.institution_id "
           "WHERE r.event_id = ? AND r.deleted_at IS NULL AND r.status = 'registered'")
    params: list[Any] = [event_id]
    query = services.search_query(text) if text else None
    if text and query is None:
        return []
    if query:
        sql += " AND p.id IN (SELECT person_id FROM people_search WHERE people_search MATCH ?)"
        params.append(query)
    sql += " ORDER BY p.family_names COLLATE NOCASE, p.given_names COLLATE NOCASE"
    arrived = arrival_times(store, session_id)
    found: list[Arrival] = []
    for registration_id, given, family, institution in store.execute(sql, params):
        at = arrived.get(registration_id)
        if missing_only and at is not None:
            continue
        found.append(Arrival(registration_id, given, family, institution, at))
        if limit is not None and len(found) >= limit:
            break
    return found


# --------------------------------------------------------------------------- live figures
@dataclass(frozen=True)
class SessionCounts:
    """Who is present in one session, among the event's participants (role participant, registered).

    ``other_desk`` counts provisional check-ins not yet joined to a person: they are present, with
    sex unknown, and are not in the four sex figures.
    """

    present: int
    registered: int
    female: int
    male: int
    other: int
    not_stated: int
    other_desk: int


def session_counts(store: Store, event_id: str, session_id: str, *, registered: int | None = None) -> SessionCounts:
    """Present / registered participants in a session, with present women, men, other, not stated.

    ``registered`` may pass the event's registered figure when it is already known: a scan does not
    change it, and recounting 10,000 registrations after every scan would slow the door down.
    """
    by_sex = {sex.value: 0 for sex in Sex}
    other_desk = 0
    # One pass: provisional check-ins (no registration yet) count by token, the others by person.
    for sex, number in store.execute(
            "SELECT CASE WHEN c.registration_id IS NULL THEN NULL ELSE p.sex END AS sex, "
            "count(DISTINCT coalesce(c.registration_id, 'token:' || c.badge_token)) "
            "FROM effective_checkins c "
            "LEFT JOIN registrations r ON r.id = c.registration_id "
            "LEFT JOIN people p ON p.id = r.person_id "
            "WHERE c.session_id = ? AND (c.registration_id IS NULL OR (r.deleted_at IS NULL "
            "AND r.status = 'registered' AND r.role = 'participant')) "
            "GROUP BY 1", [session_id]).fetchall():
        if sex is None:
            other_desk = number
        else:
            by_sex[sex] = by_sex.get(sex, 0) + number
    if registered is None:
        registered = services.participant_counts(store, event_id)["registered"]
    return SessionCounts(present=sum(by_sex.values()) + other_desk, registered=registered,
                         female=by_sex[Sex.FEMALE], male=by_sex[Sex.MALE], other=by_sex[Sex.OTHER],
                         not_stated=by_sex[Sex.NOT_STATED], other_desk=other_desk)


@dataclass(frozen=True)
class RecentCheckIn:
    """One row of the recent-scans list: a check-in of the session, undone or not."""

    checkin_id: str
    at: str
    method: str
    given_names: str
    family_names: str
    institution: str
    badge_token: str | None
    other_desk: bool
    undone: bool

    @property
    def name(self) -> str:
        """Given names then family names ("" for a badge registered at another desk)."""
        return f"{self.given_names} {self.family_names}".strip()


def recent_checkins(store: Store, session_id: str, *, limit: int = 30) -> list[RecentCheckIn]:
    """The latest check-ins of a session, newest first, with whether each was undone."""
    rows = store.rows(
        "SELECT c.id AS checkin_id, c.at, c.method, coalesce(p.given_names, '') AS given_names, "
        "coalesce(p.family_names, '') AS family_names, coalesce(i.name, '') AS institution, c.badge_token, "
        "r.id IS NULL AS other_desk, "
        "EXISTS (SELECT 1 FROM checkins u WHERE u.undoes = c.id AND u.deleted_at IS NULL) AS undone "
        "FROM checkins c "
        "LEFT JOIN registrations r ON r.id = coalesce(c.registration_id, (SELECT r2.id FROM registrations r2 "
        "    WHERE r2.event_id = c.event_id AND r2.badge_token = c.badge_token AND r2.deleted_at IS NULL "
        "    LIMIT 1)) "
        "LEFT JOIN people p ON p.id = r.person_id LEFT JOIN institutions i ON i.id = r.institution_id "
        "WHERE c.session_id = ? AND c.undoes IS NULL AND c.deleted_at IS NULL "
        "ORDER BY c.at DESC, c.created_at DESC LIMIT ?", [session_id, limit])
    return [RecentCheckIn(**{**row, "other_desk": bool(row["other_desk"]), "undone": bool(row["undone"])})
            for row in rows]


# --------------------------------------------------------------------------- sessions
def default_session(sessions: list[Session], today: dt.date | None = None) -> Session | None:
    """Today's session (the first one when there are several), else the nearest by date.

    On a tie between the day before and the day after, the coming one wins: a station is set up
    ahead of a session more often than after it.
    """
    if not sessions:
        return None
    today = today or dt.date.today()

    def distance(session: Session) -> tuple[int, int, int]:
        days = (dt.date.fromisoformat(session.date) - today).days
        return abs(days), 0 if days >= 0 else 1, session.position

    return min(sessions, key=distance)


def default_event(store: Store, today: dt.date | None = None, remembered: str | None = None) -> str | None:
    """The id of the event a window opens on: one with a session today, else ``remembered``, else the
    next to come, else the latest.

    An event's days are its live sessions' dates (its start date when it has none); "next" is the
    event whose first day after today is soonest, "latest" the one whose last day is the most recent.
    """
    today = (today or dt.date.today()).isoformat()
    days: dict[str, set[str]] = {}
    for event_id, day in store.execute(
            "SELECT e.id, s.date FROM events e LEFT JOIN sessions s ON s.event_id = e.id AND s.deleted_at IS NULL "
            "WHERE e.deleted_at IS NULL").fetchall():
        days.setdefault(event_id, set()).add(day or "")
    for event_id, start in store.execute("SELECT id, coalesce(start_date, '') FROM events "
                                         "WHERE deleted_at IS NULL").fetchall():
        if days.get(event_id) == {""}:
            days[event_id] = {start}
    if not days:
        return None
    running = sorted(event_id for event_id, found in days.items() if today in found)
    if running:
        return running[0]
    if remembered in days:
        return remembered
    coming = [(min(d for d in found if d > today), event_id) for event_id, found in days.items()
              if max(found) > today]
    if coming:
        return min(coming)[1]
    return max((max(found), event_id) for event_id, found in days.items())[1]


def find_session(store: Store, event: Event, choice_text: str | None, *,
                 today: dt.date | None = None) -> Session:
    """The session a user named: a number (1 = first), a date (YYYY-MM-DD), a label; default if None.

    Raises NotFound listing nothing more than the user typed, when no session matches.
    """
    live = services.sessions(store, event.id)
    if not choice_text:
        found = default_session(live, today)
        if found is None:
            raise NotFound(tr("Event {code} has no sessions", code=event.code))
        return found
    text = choice_text.strip()
    if text.isdigit() and 1 <= int(text) <= len(live):
        return live[int(text) - 1]
    for session in live:
        if text == session.date or (session.label and text.casefold() == session.label.casefold()):
            return session
    raise NotFound(tr("No session {session} in event {code}", session=text, code=event.code))
