"""The operations the CLI and the GUI share: events and sessions, institutions, people, registrations.

Each function takes a :class:`~attendance.store.Store`, checks its input (raising
:class:`~attendance.domain.AttendanceError` with a translated message), and writes through the
store's one write path inside one transaction, so a returned value means a committed write.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from attendance import badges
from attendance.domain import (
    AlreadyRegistered,
    CheckInMethod,
    Event,
    EventKind,
    Institution,
    InvalidValue,
    Modality,
    NotFound,
    Participant,
    Person,
    RegistrationSource,
    RegistrationStatus,
    Role,
    Sector,
    Session,
    Sex,
    choice,
    fold,
    too_long,
)
from attendance.i18n import cldr_country_names, country_names, tr
from attendance.store import Store, utc_now

# The organiser, partners, funders and project are entities (attendance.organisations), not fields.
EVENT_FIELDS = ("code", "title", "kind", "modality", "start_date", "end_date", "venue", "city", "country",
                "description", "language")
PERSON_FIELDS = ("given_names", "family_names", "sex", "email", "phone", "country", "position",
                 "institution_id", "notes", "consent_at", "consent_text_version")
_CODE = re.compile(r"^[A-Z0-9]{2,12}$")
# The version of the consent wording shown on the registration form; bump it when the words change,
# so each person's record says which text they agreed to.
CONSENT_TEXT_VERSION = "2026-1"


# --------------------------------------------------------------------------- validation helpers
def parse_date(value: str | dt.date | None, what: str) -> str | None:
    """An ISO date string (``YYYY-MM-DD``) or None; anything else raises InvalidValue."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InvalidValue(tr("{what}: {value!r} is not a date (use YYYY-MM-DD)", what=tr(what), value=value)) from None


def country_code(value: str | None) -> str | None:
    """An ISO alpha-2 code from a code or a country name in en/es/fr/pt ("Jamaïque" -> "JM")."""
    if not value or not value.strip():
        return None
    text = value.strip()
    lookup = _country_lookup()
    found = lookup.get(text.upper()) if len(text) == 2 else None
    found = found or lookup.get(fold(text)) or lookup.get(_loose_country_key(text))
    if found is None:
        raise InvalidValue(tr("Unknown country {value!r}", value=value))
    return found


@cache
def _country_lookup() -> dict[str, str]:
    """Folded country names in en/es/fr/pt, and the codes themselves, mapped to the code.

    The UN's names ("Bolivia (Estado Plurinacional de)") and CLDR's ("Bolivia", "San Cristóbal y
    Nieves") are both accepted: lists are typed with either.
    """
    lookup: dict[str, str] = {}
    for language in ("en", "es", "fr", "pt"):
        cldr = cldr_country_names(language)
        for code, name in country_names(language).items():
            lookup[code] = code
            for spelling in (name, cldr.get(code, name)):
                lookup.setdefault(fold(spelling), code)
                lookup.setdefault(_loose_country_key(spelling), code)
    lookup.update({"usa": "US", "eeuu": "US", "uk": "GB"})
    return lookup


def country_keys() -> frozenset[str]:
    """Every text :func:`country_code` knows, folded (codes lower-cased): to recognise a country column."""
    return frozenset(key.lower() for key in _country_lookup())


_COUNTRY_FILLER = {"and", "the", "y", "et", "las", "les", "of"}
_COUNTRY_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "rep": "republica"}


def _loose_country_key(name: str) -> str:
    """A key that ignores punctuation, "&"/"and" and "St."/"Saint", so lists written by hand
    ("Saint Kitts and Nevis", "Trinidad and Tobago", "EE.UU.") find CLDR's "St. Kitts & Nevis"."""
    words = re.findall(r"\w+", fold(name).replace(".", ""))
    return " ".join(_COUNTRY_ABBREVIATIONS.get(w, w) for w in words if w not in _COUNTRY_FILLER)


def field_label(name: str) -> str:
    """A personal field's name as a person reads it, in the current language."""
    labels = {"given_names": tr("Given names"), "family_names": tr("Family names"), "email": tr("E-mail"),
              "phone": tr("Phone"), "position": tr("Position"), "country": tr("Country"), "notes": tr("Notes"),
              "name": tr("Institution"), "institution": tr("Institution"), "acronym": tr("Acronym")}
    return labels.get(name, name)


def check_lengths(values: dict[str, Any]) -> None:
    """Raise InvalidValue naming the first personal field longer than ``domain.FIELD_LIMITS`` allows.

    The services call it before any other work on the values, so a 10 MB name is refused at once.
    """
    found = too_long(values)
    if found is not None:
        name, limit = found
        raise InvalidValue(tr("{field} is too long: at most {limit} characters", field=field_label(name),
                              limit=limit))


def _clean(value: Any) -> Any:
    return value.strip() or None if isinstance(value, str) else value


def _dataclass_from(cls: type, row: dict[str, Any]) -> Any:
    return cls(**{f.name: row.get(f.name) for f in fields(cls)})


# --------------------------------------------------------------------------- events and sessions
def days_between(start: str, end: str | None) -> list[str]:
    """Every date from start to end inclusive, as ISO strings."""
    first = dt.date.fromisoformat(start)
    last = dt.date.fromisoformat(end or start)
    return [(first + dt.timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def suggest_event_code(store: Store, title: str, start_date: str | None) -> str:
    """A short, typable, unused code from the title's initials and the year ("SNR26")."""
    initials = "".join(word[0] for word in fold(title).split() if word[0].isalnum()).upper()[:5] or "EV"
    year = (start_date or dt.date.today().isoformat())[2:4]
    base = re.sub(r"[^A-Z0-9]", "", f"{initials}{year}")[:10]
    code, n = base, 2
    while event_exists(store, code):
        code, n = f"{base}{n}", n + 1
    return code


def event_exists(store: Store, code: str) -> bool:
    """Whether a live event already uses ``code``."""
    return store.scalar("SELECT 1 FROM events WHERE code = ? AND deleted_at IS NULL", [code]) is not None


def _event_values(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = {k: _clean(v) for k, v in values.items() if k in EVENT_FIELDS}
    if "title" in cleaned and not cleaned["title"]:
        raise InvalidValue(tr("An event needs a title"))
    if "code" in cleaned:
        code = (cleaned["code"] or "").upper()
        if not _CODE.match(code):
            raise InvalidValue(tr("Event code {code!r}: use 2 to 12 letters A-Z and digits", code=code))
        cleaned["code"] = code
    if "kind" in cleaned:
        cleaned["kind"] = choice(EventKind, cleaned["kind"] or "workshop", tr("kind"))
    if "modality" in cleaned:
        cleaned["modality"] = choice(Modality, cleaned["modality"] or "in_person", tr("modality"))
    for key, what in (("start_date", "start date"), ("end_date", "end date")):
        if key in cleaned:
            cleaned[key] = parse_date(cleaned[key], what)
    if "country" in cleaned:
        cleaned["country"] = country_code(cleaned["country"])
    if "language" in cleaned and cleaned["language"] not in ("en", "es", "fr"):
        cleaned["language"] = "en"
    return cleaned


def create_event(store: Store, *, title: str, session_dates: Iterable[str] | None = None,
                 **values: Any) -> Event:
    """Create an event with its sessions: one per day from start to end unless dates are given.

    ``session_dates`` allows non-contiguous blocks (7–10 Dec and 15–18 Feb make 8 sessions).
    """
    cleaned = _event_values({"title": title, "kind": "workshop", "modality": "in_person", "language": "en",
                             **values})
    if cleaned.get("start_date") and cleaned.get("end_date") and cleaned["end_date"] < cleaned["start_date"]:
        raise InvalidValue(tr("The end date is before the start date"))
    dates = [parse_date(d, "session date") for d in session_dates] if session_dates else None
    if dates and not cleaned.get("start_date"):
        cleaned["start_date"], cleaned["end_date"] = min(dates), max(dates)
    if not cleaned.get("code"):
        cleaned["code"] = suggest_event_code(store, cleaned["title"], cleaned.get("start_date"))
    if event_exists(store, cleaned["code"]):
        raise InvalidValue(tr("An event with code {code} already exists", code=cleaned["code"]))
    if dates is None and cleaned.get("start_date"):
        dates = days_between(cleaned["start_date"], cleaned.get("end_date"))
    with store.transaction():
        event_id = store.insert("events", {**cleaned, "badge_key": badges.new_badge_key()})
        for position, day in enumerate(sorted(dates or [])):
            store.insert("sessions", {"event_id": event_id, "date": day, "position": position})
    return get_event(store, event_id)


def update_event(store: Store, event_id: str, **values: Any) -> Event:
    """Change an event's fields (code, title, dates...); sessions are edited separately."""
    cleaned = _event_values(values)
    current = get_event(store, event_id)
    if "code" in cleaned and cleaned["code"] != current.code and event_exists(store, cleaned["code"]):
        raise InvalidValue(tr("An event with code {code} already exists", code=cleaned["code"]))
    start = cleaned.get("start_date", current.start_date)
    end = cleaned.get("end_date", current.end_date)
    if start and end and end < start:
        raise InvalidValue(tr("The end date is before the start date"))
    store.update("events", event_id, cleaned)
    return get_event(store, event_id)


def delete_event(store: Store, event_id: str) -> None:
    """Tombstone an event; its registrations stay in the file for sync but vanish from lists."""
    store.tombstone("events", event_id)


def get_event(store: Store, event_id: str) -> Event:
    """The live event with this id, or NotFound."""
    row = store.row("events", event_id)
    if row is None or row["deleted_at"]:
        raise NotFound(tr("No event with code {code}", code=event_id))
    return _dataclass_from(Event, row)


def event_by_code(store: Store, code: str) -> Event:
    """The live event with this code (case-insensitive), or NotFound with a clear message."""
    found = store.rows("SELECT * FROM events WHERE code = ? AND deleted_at IS NULL", [code.strip().upper()])
    if not found:
        raise NotFound(tr("No event with code {code}", code=code))
    return _dataclass_from(Event, found[0])


def list_events(store: Store) -> list[Event]:
    """All live events, the most recent first."""
    rows = store.rows("SELECT * FROM events WHERE deleted_at IS NULL "
                      "ORDER BY coalesce(start_date, '') DESC, title")
    return [_dataclass_from(Event, row) for row in rows]


def sessions(store: Store, event_id: str) -> list[Session]:
    """The live sessions of an event in order (by position, then date)."""
    rows = store.rows("SELECT * FROM sessions WHERE event_id = ? AND deleted_at IS NULL "
                      "ORDER BY position, date, starts", [event_id])
    return [_dataclass_from(Session, row) for row in rows]


def session_label(session: Session, number: int, language: str | None = None) -> str:
    """The session's own label, or "Day N" in the language when it has none."""
    return session.label or tr("Day {number}", language, number=number)


def add_session(store: Store, event_id: str, date: str, *, label: str | None = None,
                starts: str | None = None, ends: str | None = None) -> Session:
    """Add a session to an event (kept in date order) and widen the event's dates if needed."""
    day = parse_date(date, "session date")
    event = get_event(store, event_id)
    with store.transaction():
        existing = sessions(store, event_id)
        session_id = store.insert("sessions", {"event_id": event_id, "date": day, "label": _clean(label),
                                               "starts": _clean(starts), "ends": _clean(ends),
                                               "position": len(existing)})
        _renumber_sessions(store, event_id)
        widened = {}
        if not event.start_date or day < event.start_date:
            widened["start_date"] = day
        if not event.end_date or day > event.end_date:
            widened["end_date"] = day
        if widened:
            store.update("events", event_id, widened)
    return _dataclass_from(Session, store.row("sessions", session_id))


def update_session(store: Store, session_id: str, **values: Any) -> None:
    """Relabel a session or change its date or times."""
    row = store.row("sessions", session_id)
    if row is None or row["deleted_at"]:
        raise NotFound(tr("No such session"))
    cleaned = {k: _clean(v) for k, v in values.items() if k in ("label", "starts", "ends", "date")}
    if "date" in cleaned:
        cleaned["date"] = parse_date(cleaned["date"], "session date")
    with store.transaction():
        store.update("sessions", session_id, cleaned)
        _renumber_sessions(store, row["event_id"])


def remove_session(store: Store, session_id: str) -> None:
    """Tombstone a session (its check-ins stay in the file but no longer count)."""
    row = store.row("sessions", session_id)
    if row is None:
        raise NotFound(tr("No such session"))
    with store.transaction():
        store.tombstone("sessions", session_id)
        _renumber_sessions(store, row["event_id"])


def _renumber_sessions(store: Store, event_id: str) -> None:
    ordered = store.rows("SELECT id, position FROM sessions WHERE event_id = ? AND deleted_at IS NULL "
                         "ORDER BY date, coalesce(starts, ''), position", [event_id])
    for position, row in enumerate(ordered):
        if row["position"] != position:
            store.update("sessions", row["id"], {"position": position})


# --------------------------------------------------------------------------- institutions
def find_institution(store: Store, name: str, country: str | None = None) -> Institution | None:
    """The live institution whose folded name or acronym equals the folded ``name``, within
    ``country`` (an ISO code): an institution is its name in its country ("JCF" in Jamaica).
    Without a country, one without a country, else the only one of that name."""
    key = fold(name)
    if not key:
        return None
    for column in ("folded_name", "lower(acronym)"):
        rows = store.rows(f"SELECT * FROM institutions WHERE deleted_at IS NULL AND {column} = ? "
                          "ORDER BY country IS NOT NULL, created_at", [key])
        if country:
            rows = [row for row in rows if row["country"] == country]
        elif len({row["country"] for row in rows}) > 1:
            rows = [row for row in rows if row["country"] is None]
        if rows:
            return _dataclass_from(Institution, rows[0])
    return None


def find_or_create_institution(store: Store, name: str, *, acronym: str | None = None,
                               sector: str | None = None, country: str | None = None) -> Institution | None:
    """The institution called ``name`` (compared folded), created with sector and country if new."""
    check_lengths({"name": name, "acronym": acronym})
    name = (name or "").strip()
    if not name:
        return None
    code = country_code(country)
    found = find_institution(store, name, code)
    if found:
        return found
    row_id = store.insert("institutions", {
        "name": name, "acronym": _clean(acronym), "folded_name": fold(name),
        "sector": choice(Sector, sector or "other", tr("sector")), "country": code,
    })
    return _dataclass_from(Institution, store.row("institutions", row_id))


def split_institutions_by_country(store: Store) -> int:
    """Split each institution whose people are of several countries into one row per country.

    The data step of migration 0006 (an institution is its name in its country). An institution
    without a country takes its people's most common country (ties: the first code); people of
    another country move, with their registrations at that institution, to the same name in their
    country: an existing institution of that name and country, or a new row whose id is derived
    from the institution and the country, so laptops that split the same rows make the same rows.
    Everything goes through the change log (it syncs). Returns how many rows were created.
    """
    created = 0
    people = store.rows("SELECT p.id, p.country, p.institution_id FROM people p JOIN institutions i "
                        "ON i.id = p.institution_id WHERE p.deleted_at IS NULL AND i.deleted_at IS NULL "
                        "AND p.country IS NOT NULL ORDER BY p.id")
    by_institution: dict[str, dict[str, list[str]]] = {}
    for person in people:
        by_institution.setdefault(person["institution_id"], {}).setdefault(person["country"], []).append(
            person["id"])
    with store.transaction():
        for institution_id in sorted(by_institution):
            countries = by_institution[institution_id]
            row = store.row("institutions", institution_id)
            home = row["country"] or min(countries, key=lambda code: (-len(countries[code]), code))
            if row["country"] is None:
                store.update("institutions", institution_id, {"country": home})
            for country in sorted(set(countries) - {home}):
                target = _institution_in(store, row, country)
                if target is None:
                    target = str(uuid.uuid5(uuid.NAMESPACE_URL, f"attendance:institution:{institution_id}:{country}"))
                    store.insert("institutions", {"name": row["name"], "acronym": row["acronym"],
                                                  "folded_name": row["folded_name"], "sector": row["sector"],
                                                  "country": country}, row_id=target)
                    created += 1
                for person_id in countries[country]:
                    store.update("people", person_id, {"institution_id": target})
                    for (registration_id,) in store.execute(
                            "SELECT id FROM registrations WHERE person_id = ? AND institution_id = ?",
                            [person_id, institution_id]).fetchall():
                        store.update("registrations", registration_id, {"institution_id": target})
    return created


def _institution_in(store: Store, row: dict[str, Any], country: str) -> str | None:
    """The id of the live institution of the same folded name in that country, if there is one."""
    found = store.rows("SELECT id FROM institutions WHERE deleted_at IS NULL AND folded_name = ? AND country = ? "
                       "ORDER BY created_at, id LIMIT 1", [row["folded_name"], country])
    return found[0]["id"] if found else None


def list_institutions(store: Store) -> list[Institution]:
    """All live institutions by name (for autocomplete)."""
    return [_dataclass_from(Institution, row)
            for row in store.rows("SELECT * FROM institutions WHERE deleted_at IS NULL ORDER BY folded_name")]


def update_institution(store: Store, institution_id: str, **values: Any) -> None:
    """Rename an institution or change its acronym, sector or country."""
    cleaned = {k: _clean(v) for k, v in values.items() if k in ("name", "acronym", "sector", "country")}
    check_lengths(cleaned)
    if "name" in cleaned:
        cleaned["folded_name"] = fold(cleaned["name"])
    if "sector" in cleaned:
        cleaned["sector"] = choice(Sector, cleaned["sector"] or "other", tr("sector"))
    if "country" in cleaned:
        cleaned["country"] = country_code(cleaned["country"])
    store.update("institutions", institution_id, cleaned)


def merge_institutions(store: Store, keep_id: str, merge_id: str) -> int:
    """Merge two records of the same institution: people and registrations of ``merge_id`` move to
    ``keep_id``, which takes the merged one's acronym, country or sector where it has none, and
    ``merge_id`` is tombstoned. One transaction, every change logged. Returns how many people and
    registrations moved.
    """
    if keep_id == merge_id:
        raise InvalidValue(tr("Choose two different institutions to merge"))
    rows = {}
    for institution_id in (keep_id, merge_id):
        row = store.row("institutions", institution_id)
        if row is None or row["deleted_at"]:
            raise NotFound(tr("No such institution"))
        rows[institution_id] = row
    keep, merged = rows[keep_id], rows[merge_id]
    with store.transaction():
        moved = 0
        for table in ("people", "registrations"):
            for (row_id,) in store.execute(f"SELECT id FROM {table} WHERE institution_id = ?",
                                              [merge_id]).fetchall():
                store.update(table, row_id, {"institution_id": keep_id})
                moved += 1
        missing = {k: merged[k] for k in ("acronym", "country") if not keep[k] and merged[k]}
        if keep["sector"] == Sector.OTHER and merged["sector"] != Sector.OTHER:
            missing["sector"] = merged["sector"]
        if missing:
            store.update("institutions", keep_id, missing)
        store.tombstone("institutions", merge_id)
    return moved


# --------------------------------------------------------------------------- people
def _person_values(values: dict[str, Any]) -> dict[str, Any]:
    check_lengths(values)
    cleaned = {k: _clean(v) for k, v in values.items() if k in PERSON_FIELDS}
    for key in ("given_names", "family_names"):
        if key in cleaned:
            cleaned[key] = re.sub(r"\s+", " ", cleaned[key] or "")
    if "sex" in cleaned:
        cleaned["sex"] = choice(Sex, cleaned["sex"] or "not_stated", tr("sex"))
    if cleaned.get("email"):
        cleaned["email"] = cleaned["email"].lower()
    if "country" in cleaned:
        cleaned["country"] = country_code(cleaned["country"])
    return cleaned


def create_person(store: Store, **values: Any) -> Person:
    """Create a person; given or family name is required, sex defaults to not stated."""
    cleaned = _person_values({"sex": "not_stated", **values})
    if not (cleaned.get("given_names") or cleaned.get("family_names")):
        raise InvalidValue(tr("A person needs a given or a family name"))
    cleaned.setdefault("given_names", "")
    cleaned.setdefault("family_names", "")
    return get_person(store, store.insert("people", cleaned))


def update_person(store: Store, person_id: str, **values: Any) -> Person:
    """Change a person's fields."""
    get_person(store, person_id)
    store.update("people", person_id, _person_values(values))
    return get_person(store, person_id)


def consent_values(given: bool, previous: Person | None = None) -> dict[str, str | None]:
    """The person fields that record consent: when it was given and to which wording, or none.

    Consent given earlier keeps its time and wording (editing a person does not re-date it).
    """
    if not given:
        return {"consent_at": None, "consent_text_version": None}
    if previous is not None and previous.consent_at:
        return {"consent_at": previous.consent_at, "consent_text_version": previous.consent_text_version}
    return {"consent_at": utc_now(), "consent_text_version": CONSENT_TEXT_VERSION}


def get_person(store: Store, person_id: str) -> Person:
    """The live person with this id, or NotFound."""
    row = store.row("people", person_id)
    if row is None or row["deleted_at"]:
        raise NotFound(tr("No such person"))
    return _dataclass_from(Person, row)


def search_query(text: str) -> str | None:
    """An FTS5 query that matches every word of ``text`` as a prefix, or None for blank text."""
    words = re.findall(r"\w+", fold(text))
    return " ".join(f'"{word}"*' for word in words) or None


def search_people(store: Store, text: str, *, limit: int = 50) -> list[Person]:
    """People whose names, email or institution start with the typed words (case and accents ignored)."""
    query = search_query(text)
    if query is None:
        return []
    rows = store.rows(
        "SELECT p.* FROM people_search s JOIN people p ON p.id = s.person_id "
        "WHERE people_search MATCH ? AND p.deleted_at IS NULL LIMIT ?", [query, limit])
    return [_dataclass_from(Person, row) for row in rows]


# --------------------------------------------------------------------------- registrations
@dataclass(frozen=True)
class Registration:
    """A person's registration for one event (as returned by :func:`register`)."""

    id: str
    event_id: str
    person_id: str
    institution_id: str | None
    role: str
    status: str
    badge_token: str


# Namespace of registration ids derived from (event, person); never change it, or desks disagree.
_REGISTRATION_NAMESPACE = uuid.UUID("6f1c2a4e-5b7d-4c8e-9a0b-3d2e1f4a5b6c")


def registration_identity(event: Event, person_id: str) -> tuple[str, str]:
    """The id and badge token of a person's registration for an event, the same on every laptop.

    Two desks that register the same known person before syncing (both import the ministry's
    list, say) create one row, which the merge folds together, and print the same badge, instead
    of counting the person twice.
    """
    registration_id = str(uuid.uuid5(_REGISTRATION_NAMESPACE, f"{event.id}/{person_id}"))
    return registration_id, badges.badge_token_for(event.badge_key, person_id)


def _unique_token(store: Store, event_id: str) -> str:
    while True:
        token = badges.new_badge_token()
        if store.scalar("SELECT 1 FROM registrations WHERE event_id = ? AND badge_token = ?",
                        [event_id, token]) is None:
            return token


def register(store: Store, event_id: str, *, person_id: str | None = None, institution: str | None = None,
             institution_sector: str | None = None, institution_country: str | None = None,
             role: str = "participant", source: str = "walk_in", **person_values: Any) -> Registration:
    """Register a new or known person for an event, in one transaction.

    With ``person_id`` the known person is used (and updated with any values given); otherwise a
    new person is created. ``institution`` is found or created by folded name within its country
    (``institution_country``, else the person's: an institution is its name in its country). Registering a
    person twice raises AlreadyRegistered; a cancelled registration is reactivated instead.
    """
    check_lengths({**person_values, "name": institution})
    event = get_event(store, event_id)
    role = choice(Role, role, tr("role"))
    source = choice(RegistrationSource, source, "source")
    with store.transaction():
        country = institution_country or person_values.get("country") or (
            get_person(store, person_id).country if person_id else None)
        found = find_or_create_institution(store, institution or "", sector=institution_sector,
                                           country=country) if institution else None
        if found:
            person_values["institution_id"] = found.id
        if person_id:
            person = get_person(store, person_id)
            if person_values:
                person = update_person(store, person_id, **person_values)
        else:
            person = create_person(store, **person_values)
        existing = store.rows("SELECT * FROM registrations WHERE event_id = ? AND person_id = ? "
                              "AND deleted_at IS NULL", [event_id, person.id])
        if existing:
            current = existing[0]
            if current["status"] == RegistrationStatus.REGISTERED:
                name = f"{person.given_names} {person.family_names}".strip()
                raise AlreadyRegistered(tr("{name} is already registered for this event", name=name),
                                        current["id"])
            store.update("registrations", current["id"], {"status": RegistrationStatus.REGISTERED.value,
                                                          "role": role})
            registration_id = current["id"]
        else:
            derived_id, token = registration_identity(event, person.id)
            if store.row("registrations", derived_id) is not None:  # a deleted registration holds it
                derived_id = None
            if store.scalar("SELECT 1 FROM registrations WHERE event_id = ? AND badge_token = ?",
                            [event_id, token]) is not None:  # 40 bits: a clash is rare but possible
                token = _unique_token(store, event_id)
            registration_id = store.insert("registrations", {
                "event_id": event_id, "person_id": person.id, "institution_id": person.institution_id,
                "position": person.position, "role": role, "status": RegistrationStatus.REGISTERED.value,
                "badge_token": token, "source": source, "registered_at": store.stamp(),
            }, row_id=derived_id)
    return get_registration(store, registration_id)


def get_registration(store: Store, registration_id: str) -> Registration:
    """The live registration with this id, or NotFound."""
    row = store.row("registrations", registration_id)
    if row is None or row["deleted_at"]:
        raise NotFound(tr("No such registration"))
    return _dataclass_from(Registration, row)


def cancel_registration(store: Store, registration_id: str) -> None:
    """Mark a registration cancelled: it stays listed, greyed, and its badge no longer checks in."""
    get_registration(store, registration_id)
    store.update("registrations", registration_id, {"status": RegistrationStatus.CANCELLED.value})


def update_registration(store: Store, registration_id: str, **values: Any) -> None:
    """Change a registration's role, position or institution for this event."""
    cleaned = {k: _clean(v) for k, v in values.items() if k in ("role", "position", "institution_id")}
    check_lengths(cleaned)
    if "role" in cleaned:
        cleaned["role"] = choice(Role, cleaned["role"], tr("role"))
    store.update("registrations", registration_id, cleaned)


def badge_payload(event: Event, badge_token: str) -> str:
    """The QR text of a registration's badge."""
    return badges.make_payload(event.code, badge_token, event.badge_key)


# Columns in the order of Participant's fields but the last (sessions attended), so rows become
# dataclasses without a dict each.
_PARTICIPANTS_SQL = """
SELECT r.id, p.id, p.given_names, p.family_names, p.sex,
    coalesce(i.name, ''), coalesce(i.acronym, ''), coalesce(i.sector, ''), coalesce(p.country, ''),
    coalesce(p.email, ''), coalesce(p.phone, ''), coalesce(r.position, p.position, ''),
    r.role, r.status, r.badge_token
FROM registrations r
JOIN people p ON p.id = r.person_id AND p.deleted_at IS NULL
LEFT JOIN institutions i ON i.id = r.institution_id
WHERE r.event_id = ? AND r.deleted_at IS NULL
"""


def sessions_attended(store: Store, event_id: str) -> dict[str, int]:
    """How many live sessions each registration of the event attended (effective check-ins only)."""
    # One grouped pass read into a dict: joined to the registrations in SQL, SQLite scans the
    # grouped rows once per registration (quadratic at 10,000 and more).
    return dict(store.execute(
        "SELECT c.registration_id, count(DISTINCT c.session_id) FROM effective_checkins c "
        "JOIN sessions s ON s.id = c.session_id AND s.deleted_at IS NULL "
        "WHERE c.event_id = ? AND c.registration_id IS NOT NULL GROUP BY c.registration_id",
        [event_id]).fetchall())


def participants(store: Store, event_id: str, *, text: str | None = None) -> list[Participant]:
    """The event's registrations with person and institution, sorted by family then given names.

    ``text`` keeps those whose names, email or institution start with the typed words.
    """
    sql, params = _PARTICIPANTS_SQL, [event_id]
    query = search_query(text) if text else None
    if query:
        sql += " AND p.id IN (SELECT person_id FROM people_search WHERE people_search MATCH ?)"
        params.append(query)
    attended = sessions_attended(store, event_id)
    cursor = store.execute(sql + " ORDER BY p.family_names COLLATE NOCASE, p.given_names COLLATE NOCASE",
                              params)
    return [Participant(*row, attended.get(row[0], 0)) for row in cursor.fetchall()]


def participant_counts(store: Store, event_id: str) -> dict[str, int]:
    """Registered participants (role participant, not cancelled) in all and by sex."""
    counts = {"registered": 0, **{sex.value: 0 for sex in Sex}}
    for sex, number in store.execute(
            "SELECT p.sex, count(*) FROM registrations r JOIN people p ON p.id = r.person_id "
            "WHERE r.event_id = ? AND r.deleted_at IS NULL AND p.deleted_at IS NULL "
            "AND r.status = 'registered' AND r.role = 'participant' GROUP BY p.sex", [event_id]).fetchall():
        counts[sex] = counts.get(sex, 0) + number
        counts["registered"] += number
    return counts


# --------------------------------------------------------------------------- check-ins (the write)
def record_checkin(store: Store, registration_id: str | None, session_id: str, *, event_id: str,
                   method: str = "scan", at: str | None = None, badge_token: str | None = None) -> str:
    """Append one check-in row (committed on return) and give its id.

    The check-in station's rules (already checked in, cancelled, other desk) live in the check-in
    service; this is the single place that writes the row.
    """
    return store.insert("checkins", {
        "registration_id": registration_id, "event_id": event_id, "session_id": session_id,
        "badge_token": badge_token, "at": at or store.stamp(),
        "method": choice(CheckInMethod, method, "method"),
    })


def undo_checkin(store: Store, checkin_id: str) -> str:
    """Append the row that undoes a check-in (the log stays append-only) and give its id."""
    row = store.row("checkins", checkin_id)
    if row is None:
        raise NotFound(tr("No such check-in"))
    return store.insert("checkins", {
        "registration_id": row["registration_id"], "event_id": row["event_id"], "session_id": row["session_id"],
        "badge_token": row["badge_token"], "at": store.stamp(), "method": row["method"], "undoes": checkin_id,
    })
