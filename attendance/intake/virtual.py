"""Virtual attendance: read any Zoom, Teams, Meet or Webex report, match it to registrations, check in.

Three steps, shared by the CLI (``attendance virtual``) and the GUI's review dialog:

1. :func:`read_report` reads the report (:mod:`attendance.intake.meeting_reports` knows the
   layouts) and counts each person's minutes as a person would (:mod:`attendance.intake.intervals`):
   the **union** of their join/leave intervals, so two devices at once count once, clipped to the
   meeting or to the session's times when the user chose them; where a report gives only totals,
   the totals, capped at the meeting's length. The meeting's length is the report's own, else the
   session's times, else the span of all intervals — never one person's time. A person's rows are
   one attendee: the same email, or the same name on a row without email.
2. :func:`match_report` proposes a registration for each attendee with a score and a reason: the
   same email first (also "Name <email>"), then names as people type them in meetings
   (:mod:`attendance.intake.meeting_names`), then similar spellings (:mod:`attendance.intake.matching`).
   E-mail and certain names are ``EMAIL``/``NAME``; everything else is ``FUZZY`` and is written only
   once confirmed (the GUI's review table, the CLI's ``--accept fuzzy``).
3. :func:`apply_matches` checks in (method ``virtual``) everyone matched and confirmed who stayed
   at least the minimum time (default half the meeting), registering the rows the user chose to
   add, in one transaction. Hosts, co-hosts and panelists are shown apart and counted only when
   they are registered. Re-importing the same report adds nothing: a second check-in of a person
   in a session is ``ALREADY``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from attendance import checkin, services
from attendance.domain import AlreadyRegistered, CheckInMethod, Event, InvalidValue, Session
from attendance.i18n import tr
from attendance.intake.intervals import Interval, minutes_between, span, union_minutes
from attendance.intake.matching import NAME_SCORE_CUTOFF, KnownPerson, PeopleIndex, compact_key, email_key, name_key
from attendance.intake.meeting_names import CERTAIN_REASONS, MeetingNameIndex, clean_typed_name
from attendance.intake.meeting_reports import HOST, PANELIST, MeetingReport, Stay, read_meeting_report
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


def reason_label(reason: str, language: str | None = None) -> str:
    """Why a registration was proposed, in words ("usual short name", "homonym: please choose"...)."""
    labels = {
        "email": tr("same email", language),
        "same name": tr("same name", language),
        "short name": tr("first given and first family name", language),
        "part of the name": tr("part of the name", language),
        "initials": tr("initials", language),
        "institution": tr("same name and institution", language),
        "homonym": tr("several registrations have this name", language),
        "similar spelling": tr("similar spelling", language),
    }
    return labels.get(reason, "")


def role_label(role: str, language: str | None = None) -> str:
    """ "Host" or "Panelist" for the rows shown apart; empty for participants."""
    if role == HOST:
        return tr("Host", language)
    if role == PANELIST:
        return tr("Panelist", language)
    return ""


@dataclass(frozen=True)
class Attendee:
    """One person in a report, after joining their rows (devices, reconnections)."""

    name: str
    email: str
    minutes: float
    rows: int = 1
    other_name: str = ""  # Zoom's display name when the participant renamed themself
    role: str = ""  # HOST, PANELIST or "" (a participant)
    attended: bool = True  # False for a webinar registrant who never came ("Attended: No")


@dataclass(frozen=True)
class VirtualReport:
    """A meeting's attendance report: where it came from, how long it lasted, who attended."""

    source: str  # "zoom", "teams", "meet" or "webex"
    title: str
    meeting_minutes: float | None
    attendees: list[Attendee]
    layout: str = ""  # a key of meeting_reports.LAYOUTS
    start: datetime | None = None
    end: datetime | None = None

    def threshold(self, *, min_minutes: float | None = None, min_share: float | None = None) -> float:
        """The minutes needed to count as attended: given minutes, else a share of the meeting.

        Without any meeting length (a totals-only report with no times), the share is taken of the
        longest attendance.
        """
        if min_minutes is not None:
            return float(min_minutes)
        share = DEFAULT_MIN_SHARE if min_share is None else min_share
        length = self.meeting_minutes or max((a.minutes for a in self.attendees), default=0.0)
        return share * length


@dataclass(frozen=True)
class Match:
    """An attendee and the registration proposed (or chosen) for them; ``register`` adds a new one.

    A ``FUZZY`` match is written only when ``confirmed`` (a person looked at it).
    """

    attendee: Attendee
    kind: MatchKind
    registration_id: str | None = None
    registered_name: str = ""
    score: float = 0.0
    register: bool = False
    reason: str = ""
    confirmed: bool = False

    @property
    def needs_review(self) -> bool:
        """Whether a person must confirm this match before it is written."""
        return self.kind is MatchKind.FUZZY and not self.confirmed


@dataclass
class ApplySummary:
    """What applying a report did; names are listed for the report shown afterwards."""

    checked_in: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    too_short: list[str] = field(default_factory=list)
    registered: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    unconfirmed: list[str] = field(default_factory=list)  # similar names nobody confirmed: not written


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


def session_window(session: Session) -> Interval | None:
    """The session's own start and end times on its date, when both were set."""
    if not (session.starts and session.ends):
        return None
    try:
        start = datetime.fromisoformat(f"{session.date}T{session.starts}")
        end = datetime.fromisoformat(f"{session.date}T{session.ends}")
    except ValueError:
        return None
    return (start, end) if end > start else None


# --------------------------------------------------------------------------- reading
def read_report(path: str | Path, *, window: Interval | None = None) -> VirtualReport:
    """Read any supported report and count each person's minutes (see the module's docstring).

    ``window`` (the session's times, when the user chose them) replaces the meeting's own times.
    Raises InvalidValue naming the layouts read when the file is none of them.
    """
    return count_minutes(read_meeting_report(path), window=window)


def count_minutes(meeting: MeetingReport, *, window: Interval | None = None) -> VirtualReport:
    """One attendee per person with their minutes: union of stays within the meeting, plus totals, capped."""
    # Every first-join/last-leave pair, stays and totals alike, tells when the meeting ran.
    presence = [(s.joined, s.left) for s in meeting.stays if s.attended and s.joined and s.left and s.left > s.joined]
    if window is not None:
        clip: Interval | None = window
        length: float | None = minutes_between(*window)
    elif meeting.start and meeting.end and meeting.end > meeting.start:
        clip, length = (meeting.start, meeting.end), meeting.minutes or minutes_between(meeting.start, meeting.end)
    else:
        clip = None
        whole = span(presence)
        length = meeting.minutes or (minutes_between(*whole) if whole else None)
    attendees = []
    for stays in _people(meeting.stays):
        union = union_minutes([stay.interval for stay in stays if stay.interval], clip)
        totals = sum(stay.minutes or 0.0 for stay in stays if stay.attended and not stay.interval)
        minutes = union + totals
        if length is not None:
            minutes = min(minutes, length)
        first = stays[0]
        role = HOST if any(s.role == HOST for s in stays) else PANELIST if any(s.role == PANELIST for s in stays) \
            else ""
        attendees.append(Attendee(first.name, next((s.email for s in stays if s.email), ""), round(minutes, 2),
                                  len(stays), next((s.other_name for s in stays if s.other_name), ""), role,
                                  any(s.attended for s in stays)))
    return VirtualReport(meeting.source, meeting.title, round(length, 2) if length is not None else None, attendees,
                         meeting.layout, clip[0] if clip else None, clip[1] if clip else None)


def _people(stays: list[Stay]) -> list[list[Stay]]:
    """A person's rows together: the same email, or (rows without email) the same name."""
    groups: dict[str, list[Stay]] = {}
    by_name: dict[str, str] = {}
    for stay in stays:
        if stay.email:
            key = "email:" + email_key(stay.email)
            groups.setdefault(key, []).append(stay)
            by_name.setdefault(name_key(stay.name, ""), key)
    for stay in stays:
        if not stay.email:
            name = name_key(stay.name, "")
            key = by_name.setdefault(name, "name:" + name)
            groups.setdefault(key, []).append(stay)
    return list(groups.values())


# --------------------------------------------------------------------------- matching
def match_report(store: Store, event: Event, report: VirtualReport) -> list[Match]:
    """Propose a registration for each attendee, with a score and a reason (see the module's docstring).

    A registration is proposed for one attendee only: the best-scored claim wins and the others
    fall back to their next candidate or to no match.
    """
    registrants = _registrants(store, event)
    index = PeopleIndex(registrants.values())
    names = MeetingNameIndex(registrants.values())
    claims: list[tuple[float, int, MatchKind, str, str]] = []
    for position, attendee in enumerate(report.attendees):
        for score, kind, person_id, reason in _candidates(index, names, attendee):
            claims.append((score, position, kind, person_id, reason))
    claims.sort(key=lambda claim: (-claim[0], claim[2] is not MatchKind.EMAIL, claim[1]))
    chosen: dict[int, Match] = {}
    taken: set[str] = set()
    for score, position, kind, person_id, reason in claims:
        if position in chosen or person_id in taken:
            continue
        taken.add(person_id)
        person = registrants[person_id]
        chosen[position] = Match(report.attendees[position], kind, person.registration_id, person.full_name,
                                 score, reason=reason)
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


def _candidates(index: PeopleIndex, names: MeetingNameIndex,
                attendee: Attendee) -> list[tuple[float, MatchKind, str, str]]:
    """(ranking score, kind, person id, reason) of every registration this attendee may be."""
    found: list[tuple[float, MatchKind, str, str]] = []
    for shown in [attendee.name] + ([attendee.other_name] if attendee.other_name else []):
        typed = clean_typed_name(shown)
        email = attendee.email or typed.email
        if email:
            found += [(102.0, MatchKind.EMAIL, c.person.person_id, "email")
                      for c in index.suggest(None, None, email=email, limit=3) if c.reason == "email"]
        if found:
            continue  # e-mail first: a name is looked at only for those whose e-mail is unknown
        fits = names.fits(typed)
        for fit in fits:
            certain = fit.reason in CERTAIN_REASONS or (fit.reason == "institution" and len(fits) == 1)
            # Ranking: an email beats a name, a certain name beats a possible one.
            score = 101.0 - (100.0 - fit.score) / 100 if certain else fit.score
            found.append((score, MatchKind.NAME if certain else MatchKind.FUZZY, fit.person_id, fit.reason))
        if fits:
            continue
        for candidate in index.suggest(typed.name, "", limit=3):
            if candidate.reason == "name" and candidate.score >= NAME_SCORE_CUTOFF:
                if same_name(candidate.person, typed.name):
                    found.append((101.0, MatchKind.NAME, candidate.person.person_id, "same name"))
                else:
                    found.append((candidate.score, MatchKind.FUZZY, candidate.person.person_id, "similar spelling"))
    return found


def same_name(person: KnownPerson, full_name: str) -> bool:
    """Whether a report's name is a registrant's, ignoring case, accents, word order and spacing."""
    letters = compact_key(full_name, "")
    return (name_key(person.given_names, person.family_names) == name_key(full_name, "")
            or letters in (compact_key(person.given_names, person.family_names),
                           compact_key(person.family_names, person.given_names)))


def confirm_similar(matches: list[Match]) -> list[Match]:
    """Every similar-name match confirmed (the CLI's ``--accept fuzzy``)."""
    return [replace(match, confirmed=True) if match.kind is MatchKind.FUZZY else match for match in matches]


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
    with no registration and no ``register`` are ignored, and so are similar-name matches nobody
    confirmed (listed in ``unconfirmed``). Safe to run again on the same report.
    """
    summary = ApplySummary()
    with store.transaction():
        for match in matches:
            attendee = match.attendee
            if match.needs_review and not match.register:
                summary.unconfirmed.append(attendee.name)
                continue
            registration_id = None if match.register else match.registration_id
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
    typed = clean_typed_name(attendee.name)
    given, family = split_name(typed.name or attendee.name)
    values = {"given_names": given, "family_names": family, "email": attendee.email or typed.email or None}
    try:
        if known:
            return services.register(store, event.id, person_id=known, source="import").id
        return services.register(store, event.id, source="import", **values).id
    except AlreadyRegistered as error:
        return error.registration_id
