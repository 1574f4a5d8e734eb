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
from dataclasses import dataclass
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
    if parsed.status is badges.PayloadStatus.OTHER_EVENT and not own_prefix:
        return CheckInResult(CheckInStatus.OTHER_EVENT, session_id, event_code=parsed.event_code,
                             repaired_from=parsed.repaired_from, method=method)
    if parsed.status is not badges.PayloadStatus.VALID:
        status = CheckInStatus.INVALID if looks_like_badge(payload) else CheckInStatus.UNKNOWN
        return CheckInResult(status, session_id, method=method)
    token = parsed.badge_token or ""

    def write() -> CheckInResult:
        with store.transaction():
            _hold_write_lock(store)
            found = store.rows(_REGISTRATION_BY_TOKEN, [event.id, token])
            if not found:
                return _check_in_other_desk(store, event, token, session_id, method, parsed.repaired_from)
            return _check_in_row(store, event, found[0], session_id, method, parsed.repaired_from)

    return _waiting_for_the_lock(write)


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

    return _waiting_for_the_lock(write)


#: How long a check-in keeps waiting for another program's write (a long sync import) before it gives up.
WRITE_WAIT_S = 120.0


def _waiting_for_the_lock(write: Callable[[], CheckInResult]) -> CheckInResult:
    """Run a check-in's transaction, trying again while another program holds the write lock.

    The lock is the transaction's first step, so a refused attempt wrote nothing: a scan is never
    turned away because an import is running, it waits for it (up to :data:`WRITE_WAIT_S`).
    """
    deadline = time.monotonic() + WRITE_WAIT_S
    while True:
        try:
            return write()
        except DatabaseLocked:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.005)


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


def undo_last(store: Store, event_id: str, session_id: str | None = None) -> str | None:
    """Undo the latest check-in this laptop made for the event (and session, if given).

    Returns the id of the check-in that was undone, or None when there is nothing left to undo.
    """
    sql = ("SELECT c.id FROM checkins c WHERE c.event_id = ? AND c.device_id = ? AND c.undoes IS NULL "
           "AND c.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM checkins u WHERE u.undoes = c.id "
           "AND u.deleted_at IS NULL)")
    params: list[Any] = [event_id, store.device_id]
    if session_id:
        sql += " AND c.session_id = ?"
        params.append(session_id)
    with store.transaction():
        last = store.scalar(sql + " ORDER BY c.created_at DESC LIMIT 1", params)
        if last is None:
            return None
        undo_check_in(store, last)
    return last


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
