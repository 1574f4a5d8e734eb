"""Organisations and projects: who organised, partnered and funded an event, and the project it serves.

An organisation (a government, a UN entity, an NGO...) is named in every language the app speaks
(``name_en`` always; ``name_es``/``name_fr``/``name_pt`` when they differ, else English is used),
with an acronym, a kind, a country and a logo. The logo is stored as a base64 PNG, downscaled when
set (:data:`LOGO_MAX_HEIGHT`, :data:`LOGO_MAX_BYTES`), so it travels with sync like any other field.
An event names its organiser(s), partners and funders in order (``event_organisations`` rows) and
belongs to at most one project (``events.project_id``). Everything is written through the store's
change log, so it syncs.

Ids are derived from the names (an organisation from its folded English name, a project from its
folded title, an event's link from the event, the organisation and the role), so two laptops that
create the same organisation, or upgrade the same free text separately, make the same rows and
converge when they sync.

Free text (the legacy ``events.organiser/partners/funders/project`` columns, or a CLI option) is
split into names on ``;`` and on new lines, never on commas: a name such as "Ministry of Justice,
Legal Affairs and Public Order" holds commas.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from attendance import services
from attendance.domain import AttributionRole, InvalidValue, NotFound, OrganisationKind, choice, fold
from attendance.i18n import N_, tr
from attendance.store import Store

#: The tallest logo kept, in pixels (taller images are scaled down keeping their proportions).
LOGO_MAX_HEIGHT = 600
#: The largest logo kept, in bytes of PNG (before base64).
LOGO_MAX_BYTES = 300_000
#: The longest base64 text of a logo (what the sync checks accept for ``organisations.logo``).
LOGO_MAX_TEXT = (LOGO_MAX_BYTES + 2) // 3 * 4
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_NAMESPACE = uuid.UUID("2b7c5e0a-4f1d-4e6b-8c3a-9d0e1f2a3b4c")
_SEPARATORS = re.compile(r"[;\n\r]+")
_PROJECT_CODE = re.compile(r"^[A-Z0-9-]{2,16}$")
ORGANISATION_LANGUAGES = ("en", "es", "fr", "pt")
# The label of each kind of organisation (translated with tr at run time).
KIND_LABELS: dict[str, str] = {
    OrganisationKind.GOVERNMENT: N_("government"), OrganisationKind.UN: N_("United Nations"),
    OrganisationKind.INTERGOVERNMENTAL: N_("intergovernmental organisation"),
    OrganisationKind.NGO: N_("non-governmental organisation"), OrganisationKind.OTHER: N_("other"),
}

# Organisations recognised by name or acronym when free text is turned into entities: their kind,
# country and names in each language (governments as each language names them).
KNOWN_ORGANISATIONS: tuple[dict[str, str | None], ...] = (
    {"name_en": "Government of Canada", "name_es": "Gobierno de Canadá", "name_fr": "Gouvernement du Canada",
     "name_pt": "Governo do Canadá", "kind": "government", "country": "CA", "acronym": None},
    {"name_en": "Government of Germany", "name_es": "Gobierno de Alemania",
     "name_fr": "Gouvernement de l'Allemagne", "name_pt": "Governo da Alemanha", "kind": "government",
     "country": "DE", "acronym": None},
    {"name_en": "Government of the United States", "name_es": "Gobierno de los Estados Unidos",
     "name_fr": "Gouvernement des États-Unis", "name_pt": "Governo dos Estados Unidos", "kind": "government",
     "country": "US", "acronym": None},
    {"name_en": "Government of the United Kingdom", "name_es": "Gobierno del Reino Unido",
     "name_fr": "Gouvernement du Royaume-Uni", "name_pt": "Governo do Reino Unido", "kind": "government",
     "country": "GB", "acronym": None},
    {"name_en": "European Union", "name_es": "Unión Europea", "name_fr": "Union européenne",
     "name_pt": "União Europeia", "kind": "intergovernmental", "country": None, "acronym": "EU"},
    {"name_en": "United Nations Regional Centre for Peace, Disarmament and Development in Latin America "
                "and the Caribbean",
     "name_es": "Centro Regional de las Naciones Unidas para la Paz, el Desarme y el Desarrollo en América "
                "Latina y el Caribe",
     "name_fr": "Centre régional des Nations Unies pour la paix, le désarmement et le développement en "
                "Amérique latine et dans les Caraïbes",
     "name_pt": None, "kind": "un", "country": None, "acronym": "UNLIREC"},
    {"name_en": "CARICOM Implementation Agency for Crime and Security", "name_es": None, "name_fr": None,
     "name_pt": None, "kind": "intergovernmental", "country": None, "acronym": "CARICOM IMPACS"},
)


@dataclass(frozen=True)
class Organisation:
    """A body named on documents: organiser, partner or funder of events."""

    id: str
    name_en: str
    name_es: str | None
    name_fr: str | None
    name_pt: str | None
    acronym: str | None
    kind: str
    country: str | None
    logo: str | None  # base64 PNG


@dataclass(frozen=True)
class Project:
    """A project events belong to (what donors fund and portfolio reports count)."""

    id: str
    code: str
    title: str
    start_date: str | None
    end_date: str | None
    description: str | None


@dataclass(frozen=True)
class Credit:
    """One organisation as a document names it: its name in the language, acronym and logo (PNG bytes)."""

    organisation_id: str
    name: str
    acronym: str | None
    kind: str
    country: str | None
    logo: bytes | None


@dataclass(frozen=True)
class Attribution:
    """Who organised, partnered and funded an event (each in order) and the project it belongs to."""

    organiser: tuple[Credit, ...]
    partners: tuple[Credit, ...]
    funders: tuple[Credit, ...]
    project: Project | None


# --------------------------------------------------------------------------- helpers
def split_names(text: str | None) -> list[str]:
    """Names in free text, split on ``;`` and new lines (not commas: names hold commas), blanks dropped."""
    seen: dict[str, str] = {}
    for part in _SEPARATORS.split(text or ""):
        name = " ".join(part.split())
        if name and fold(name) not in seen:
            seen[fold(name)] = name
    return list(seen.values())


def organisation_id_for(name_en: str) -> str:
    """The id an organisation of this English name gets wherever it is created."""
    return str(uuid.uuid5(_NAMESPACE, f"organisation:{fold(name_en)}"))


def project_id_for(title: str) -> str:
    """The id a project of this title gets wherever it is created."""
    return str(uuid.uuid5(_NAMESPACE, f"project:{fold(title)}"))


def link_id_for(event_id: str, organisation_id: str, role: str) -> str:
    """The id of the row saying that an organisation plays ``role`` in an event."""
    return str(uuid.uuid5(_NAMESPACE, f"event_organisation:{event_id}:{organisation_id}:{role}"))


def _from_row(cls: type, row: dict[str, Any]) -> Any:
    return cls(**{f.name: row.get(f.name) for f in fields(cls)})


def _clean(value: Any) -> Any:
    return (" ".join(value.split()) or None) if isinstance(value, str) else value


def organisation_name(org: Organisation, language: str | None = None) -> str:
    """The organisation's name in ``language`` (en/es/fr/pt), English when that one is not set."""
    if language in ("es", "fr", "pt"):
        return getattr(org, f"name_{language}") or org.name_en
    return org.name_en


def kind_label(kind: str, language: str | None = None) -> str:
    """The kind of organisation in words ("government", "United Nations"...)."""
    return tr(KIND_LABELS.get(kind, "other"), language)


def logo_bytes(org: Organisation) -> bytes | None:
    """The organisation's logo as PNG bytes, or None."""
    if not org.logo:
        return None
    try:
        return base64.b64decode(org.logo, validate=True)
    except (binascii.Error, ValueError):
        return None


def logo_problem(text: str) -> str | None:
    """Why a base64 logo value is refused (translated), or None when it is a PNG within the limits."""
    if len(text) > LOGO_MAX_TEXT:
        return tr("the logo is larger than {limit} bytes", limit=LOGO_MAX_BYTES)
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return tr("the logo is not a PNG image")
    return None if data.startswith(_PNG_SIGNATURE) else tr("the logo is not a PNG image")


def prepare_logo(data: bytes) -> str:
    """An image file's bytes as the stored logo: a PNG at most LOGO_MAX_HEIGHT px tall and
    LOGO_MAX_BYTES, base64-encoded. Raises InvalidValue for anything Pillow cannot read."""
    from PIL import Image, UnidentifiedImageError  # Pillow: only needed when a logo is set

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            picture = image.convert("RGBA") if image.mode not in ("RGB", "RGBA", "L", "LA") else image.copy()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise InvalidValue(tr("This file is not an image that can be used as a logo")) from None
    height = min(picture.height, LOGO_MAX_HEIGHT)
    while True:
        if picture.height > height:
            width = max(1, round(picture.width * height / picture.height))
            picture = picture.resize((width, height), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        picture.save(out, "PNG", optimize=True)
        if out.tell() <= LOGO_MAX_BYTES or height <= 40:
            break
        height = int(height * 0.8)  # still too heavy: smaller until it fits
    if out.tell() > LOGO_MAX_BYTES:
        raise InvalidValue(tr("This logo stays larger than {limit} bytes even when made smaller",
                              limit=LOGO_MAX_BYTES))
    return base64.b64encode(out.getvalue()).decode("ascii")


# --------------------------------------------------------------------------- organisations
def _organisation_values(values: dict[str, Any]) -> dict[str, Any]:
    allowed = {"name_en", "name_es", "name_fr", "name_pt", "acronym", "kind", "country", "logo"}
    cleaned = {k: _clean(v) for k, v in values.items() if k in allowed}
    if "name_en" in cleaned:
        if not cleaned["name_en"]:
            raise InvalidValue(tr("An organisation needs a name"))
        cleaned["folded_name"] = fold(cleaned["name_en"])
    if "kind" in cleaned:
        cleaned["kind"] = choice(OrganisationKind, cleaned["kind"] or "other", tr("kind"))
    if "country" in cleaned:
        cleaned["country"] = services.country_code(cleaned["country"])
    if cleaned.get("logo"):
        problem = logo_problem(cleaned["logo"])
        if problem:
            raise InvalidValue(problem)
    return cleaned


def get_organisation(store: Store, organisation_id: str) -> Organisation:
    """The live organisation with this id, or NotFound."""
    row = store.row("organisations", organisation_id)
    if row is None or row["deleted_at"]:
        raise NotFound(tr("No such organisation"))
    return _from_row(Organisation, row)


def list_organisations(store: Store) -> list[Organisation]:
    """Every live organisation, by English name."""
    return [_from_row(Organisation, row) for row in store.rows(
        "SELECT * FROM organisations WHERE deleted_at IS NULL ORDER BY folded_name, id")]


def find_organisation(store: Store, text: str) -> Organisation | None:
    """The live organisation named ``text`` in any language, or with that acronym (case and accents ignored)."""
    key = fold(text)
    if not key:
        return None
    for row in store.rows("SELECT * FROM organisations WHERE deleted_at IS NULL ORDER BY created_at, id"):
        names = (row["name_en"], row["name_es"], row["name_fr"], row["name_pt"], row["acronym"])
        if any(fold(name) == key for name in names if name):
            return _from_row(Organisation, row)
    return None


def create_organisation(store: Store, name_en: str, **values: Any) -> Organisation:
    """Create an organisation (names, acronym, kind, country, logo as base64 PNG); refuses a name in use."""
    cleaned = _organisation_values({"kind": "other", **values, "name_en": name_en})
    if find_organisation(store, cleaned["name_en"]) is not None:
        raise InvalidValue(tr("An organisation named {name} already exists", name=cleaned["name_en"]))
    row_id = organisation_id_for(cleaned["name_en"])
    with store.transaction():
        if store.row("organisations", row_id) is not None:  # deleted once: brought back
            store.update("organisations", row_id, {**cleaned, "deleted_at": None})
        else:
            store.insert("organisations", cleaned, row_id=row_id)
    return get_organisation(store, row_id)


def update_organisation(store: Store, organisation_id: str, **values: Any) -> Organisation:
    """Change an organisation's names, acronym, kind, country or logo."""
    get_organisation(store, organisation_id)
    cleaned = _organisation_values(values)
    if "name_en" in cleaned:
        other = find_organisation(store, cleaned["name_en"])
        if other is not None and other.id != organisation_id:
            raise InvalidValue(tr("An organisation named {name} already exists", name=cleaned["name_en"]))
    store.update("organisations", organisation_id, cleaned)
    return get_organisation(store, organisation_id)


def set_logo(store: Store, organisation_id: str, path: str | Path | None) -> Organisation:
    """Set an organisation's logo from an image file (downscaled, stored as PNG), or remove it (None)."""
    logo = None
    if path is not None:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise InvalidValue(tr("Cannot read {path}: {reason}", path=str(path), reason=error.strerror or error)) \
                from None
        logo = prepare_logo(data)
    return update_organisation(store, organisation_id, logo=logo)


def known_organisation(text: str) -> dict[str, str | None] | None:
    """The built-in details of a well-known organisation named ``text`` (name or acronym), if any."""
    key = fold(text)
    for known in KNOWN_ORGANISATIONS:
        if key in {fold(known[k]) for k in ("name_en", "name_es", "name_fr", "name_pt", "acronym") if known[k]}:
            return known
    return None


def find_or_create_organisation(store: Store, text: str) -> Organisation:
    """The organisation named ``text``, created if unknown (with the built-in details of a known one;
    "Government of X" is a government of that country)."""
    found = find_organisation(store, text)
    if found is not None:
        return found
    known = known_organisation(text)
    if known is not None:
        details = {k: v for k, v in known.items() if k != "name_en"}
        found = find_organisation(store, str(known["name_en"]))
        return found or create_organisation(store, str(known["name_en"]), **details)
    values: dict[str, Any] = {}
    government = re.match(r"(?i)^government of (the )?(.+)$", text.strip())
    if government:
        try:
            values = {"kind": "government", "country": services.country_code(government.group(2))}
        except InvalidValue:
            values = {"kind": "government"}
    return create_organisation(store, text, **values)


def delete_organisation(store: Store, organisation_id: str) -> None:
    """Tombstone an organisation and its links to events."""
    with store.transaction():
        for (link_id,) in store.execute("SELECT id FROM event_organisations WHERE organisation_id = ? "
                                        "AND deleted_at IS NULL", [organisation_id]).fetchall():
            store.tombstone("event_organisations", link_id)
        store.tombstone("organisations", organisation_id)


# --------------------------------------------------------------------------- events' organisations
def event_organisations(store: Store, event_id: str, role: str) -> list[Organisation]:
    """The live organisations playing ``role`` (organiser, partner, funder) in an event, in order."""
    rows = store.rows("SELECT o.* FROM event_organisations l JOIN organisations o ON o.id = l.organisation_id "
                      "WHERE l.event_id = ? AND l.role = ? AND l.deleted_at IS NULL AND o.deleted_at IS NULL "
                      "ORDER BY l.position, o.folded_name", [event_id, role])
    return [_from_row(Organisation, row) for row in rows]


def set_event_organisations(store: Store, event_id: str, role: str, organisation_ids: Sequence[str]) -> None:
    """Make ``organisation_ids`` (in that order) the organisations playing ``role`` in the event."""
    role = choice(AttributionRole, role, tr("role"))
    services.get_event(store, event_id)
    wanted = list(dict.fromkeys(organisation_ids))
    with store.transaction():
        for organisation_id in wanted:
            get_organisation(store, organisation_id)
        current = store.rows("SELECT id, organisation_id FROM event_organisations WHERE event_id = ? AND role = ? "
                             "AND deleted_at IS NULL", [event_id, role])
        for link in current:
            if link["organisation_id"] not in wanted:
                store.tombstone("event_organisations", link["id"])
        for position, organisation_id in enumerate(wanted):
            link_id = link_id_for(event_id, organisation_id, role)
            if store.row("event_organisations", link_id) is None:
                store.insert("event_organisations", {"event_id": event_id, "organisation_id": organisation_id,
                                                     "role": role, "position": position}, row_id=link_id)
            else:
                store.update("event_organisations", link_id, {"position": position, "deleted_at": None})


def organisations_named(store: Store, names: Iterable[str]) -> list[str]:
    """The ids of the organisations with these names (found, or created), in order."""
    return [find_or_create_organisation(store, name).id for name in names]


# --------------------------------------------------------------------------- projects
def _project_values(values: dict[str, Any]) -> dict[str, Any]:
    allowed = {"code", "title", "start_date", "end_date", "description"}
    cleaned = {k: _clean(v) for k, v in values.items() if k in allowed}
    if "title" in cleaned and not cleaned["title"]:
        raise InvalidValue(tr("A project needs a title"))
    if "code" in cleaned:
        code = (cleaned["code"] or "").upper()
        if not _PROJECT_CODE.match(code):
            raise InvalidValue(tr("Project code {code!r}: use 2 to 16 letters A-Z, digits and hyphens", code=code))
        cleaned["code"] = code
    for key, what in (("start_date", "start date"), ("end_date", "end date")):
        if key in cleaned:
            cleaned[key] = services.parse_date(cleaned[key], what)
    return cleaned


def get_project(store: Store, project_id: str) -> Project:
    """The live project with this id, or NotFound."""
    row = store.row("projects", project_id)
    if row is None or row["deleted_at"]:
        raise NotFound(tr("No such project"))
    return _from_row(Project, row)


def list_projects(store: Store) -> list[Project]:
    """Every live project, by code."""
    return [_from_row(Project, row) for row in store.rows(
        "SELECT * FROM projects WHERE deleted_at IS NULL ORDER BY code, id")]


def find_project(store: Store, text: str) -> Project | None:
    """The live project with this code, or this title (case and accents ignored)."""
    key = fold(text)
    if not key:
        return None
    for project in list_projects(store):
        if project.code.casefold() == key or fold(project.title) == key:
            return project
    return None


def project_by_code(store: Store, text: str) -> Project:
    """The project with this code or title, or NotFound with a clear message."""
    found = find_project(store, text)
    if found is None:
        raise NotFound(tr("No project with code {code}", code=text))
    return found


def suggest_project_code(store: Store, title: str) -> str:
    """A short unused code from the title's initials ("Strengthening forensic capacities" -> "SFC")."""
    initials = re.sub(r"[^A-Z0-9]", "", "".join(word[0] for word in fold(title).split()).upper())[:8] or "PR"
    base = initials if len(initials) >= 2 else f"{initials}P"
    code, n = base, 2
    while any(p.code == code for p in list_projects(store)):
        code, n = f"{base}{n}", n + 1
    return code


def create_project(store: Store, title: str, *, code: str | None = None, **values: Any) -> Project:
    """Create a project; the code is suggested from the title when not given."""
    cleaned = _project_values({**values, "title": title, "code": code or suggest_project_code(store, title)})
    if any(p.code == cleaned["code"] for p in list_projects(store)):
        raise InvalidValue(tr("A project with code {code} already exists", code=cleaned["code"]))
    if cleaned.get("start_date") and cleaned.get("end_date") and cleaned["end_date"] < cleaned["start_date"]:
        raise InvalidValue(tr("The end date is before the start date"))
    row_id = project_id_for(cleaned["title"])
    with store.transaction():
        if store.row("projects", row_id) is not None:
            store.update("projects", row_id, {**cleaned, "deleted_at": None})
        else:
            store.insert("projects", cleaned, row_id=row_id)
    return get_project(store, row_id)


def update_project(store: Store, project_id: str, **values: Any) -> Project:
    """Change a project's code, title, dates or description."""
    current = get_project(store, project_id)
    cleaned = _project_values(values)
    if "code" in cleaned and any(p.code == cleaned["code"] and p.id != project_id for p in list_projects(store)):
        raise InvalidValue(tr("A project with code {code} already exists", code=cleaned["code"]))
    start = cleaned.get("start_date", current.start_date)
    end = cleaned.get("end_date", current.end_date)
    if start and end and end < start:
        raise InvalidValue(tr("The end date is before the start date"))
    store.update("projects", project_id, cleaned)
    return get_project(store, project_id)


def set_event_project(store: Store, event_id: str, project_id: str | None) -> None:
    """Make the event part of a project (None: of none)."""
    services.get_event(store, event_id)
    if project_id is not None:
        get_project(store, project_id)
    store.update("events", event_id, {"project_id": project_id})


def event_project(store: Store, event_id: str) -> Project | None:
    """The project the event belongs to, if any."""
    event = services.get_event(store, event_id)
    if not event.project_id:
        return None
    row = store.row("projects", event.project_id)
    return None if row is None or row["deleted_at"] else _from_row(Project, row)


def find_or_create_project(store: Store, text: str) -> Project:
    """The project with this code or title, created (titled ``text``) when there is none."""
    return find_project(store, text) or create_project(store, " ".join(text.split()))


def set_event_attribution(store: Store, event_id: str, *, organiser: Sequence[str] | None = None,
                          partners: Sequence[str] | None = None, funders: Sequence[str] | None = None,
                          project: str | None = None) -> None:
    """Set an event's organisers, partners and funders from names (found or created; each given list
    replaces that role's list) and its project from a code or title (found or created; "" clears it).
    ``None`` leaves that part as it is. One transaction."""
    with store.transaction():
        for role, names in ((AttributionRole.ORGANISER, organiser), (AttributionRole.PARTNER, partners),
                            (AttributionRole.FUNDER, funders)):
            if names is not None:
                set_event_organisations(store, event_id, role, organisations_named(store, names))
        if project is not None:
            set_event_project(store, event_id, find_or_create_project(store, project).id if project.strip()
                              else None)


def event_attribution(store: Store, event_id: str, language: str | None = None) -> Attribution:
    """The event's organiser(s), partners and funders with names in ``language`` and logos, and its project."""
    def credits(role: str) -> tuple[Credit, ...]:
        return tuple(Credit(org.id, organisation_name(org, language), org.acronym, org.kind, org.country,
                            logo_bytes(org)) for org in event_organisations(store, event_id, role))

    return Attribution(credits(AttributionRole.ORGANISER), credits(AttributionRole.PARTNER),
                       credits(AttributionRole.FUNDER), event_project(store, event_id))


# --------------------------------------------------------------------------- the data step of 0005
def entities_from_text(store: Store) -> int:
    """Turn the legacy free text of every event (organiser, partners, funders, project) into entities.

    The data step of migration 0005: names are split on ``;`` and new lines, found by name or
    acronym or created (ids derived from the folded name, so laptops upgraded separately make the
    same rows), and linked in their order; the project text becomes a project found by code or
    title, or created. Everything goes through the change log. Returns how many events it linked.
    """
    linked = 0
    columns = {row[1] for row in store.execute("PRAGMA table_info(events)").fetchall()}
    if not {"organiser", "partners", "funders", "project"} <= columns:
        return 0
    events = store.rows("SELECT id, organiser, partners, funders, project FROM events WHERE deleted_at IS NULL "
                        "AND (coalesce(organiser, '') <> '' OR coalesce(partners, '') <> '' "
                        "OR coalesce(funders, '') <> '' OR coalesce(project, '') <> '') ORDER BY id")
    with store.transaction():
        for event in events:
            has_links = store.scalar("SELECT 1 FROM event_organisations WHERE event_id = ?", [event["id"]])
            set_event_attribution(
                store, event["id"],
                organiser=None if has_links else split_names(event["organiser"]),
                partners=None if has_links else split_names(event["partners"]),
                funders=None if has_links else split_names(event["funders"]),
                project=(event["project"] or "") if event["project"] and not store.scalar(
                    "SELECT project_id FROM events WHERE id = ?", [event["id"]]) else None)
            linked += 1
    return linked
