"""The hub's rules over PostgreSQL: its schema, enrolment, devices, and the push and pull of changes.

A push is validated by the same code as a bundle import (:func:`validated_changes`, the one call
site), merged by :func:`attendance.sync.merge.merge_row` and committed in ONE transaction before the
hub answers: an acknowledged change is durable. Change ids make a retried push harmless (a known id
is skipped). Pushes take one advisory lock, so the order of ``hub_changes.seq`` is the order of the
commits and a pull by cursor never skips a change committed after it read.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import functools
import hashlib
import json
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import psycopg

from attendance import assets
from attendance.domain import AttendanceError
from attendance.i18n import tr
from attendance.sync import bundles, devices
from attendance.sync.merge import Change, dump_fields, merge_row, scrub
from attendance.sync.validation import ChangeRefused, refused, same_content, schema_columns, validate_changes

PUSH_LIMIT_BYTES = 16 * 1024 * 1024  # a push page of ~20,000 changes; a laptop sends 5,000 a page
PULL_PAGE_MAX = 50_000
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U to misread
_PUSH_LOCK = 0x41_74_74_14  # the advisory lock that orders pushes (any constant, the same in every process)
_COLUMNS = "id, entity, entity_id, fields, at, device_id, author, based_on"


class HubError(AttendanceError):
    """A request the hub refuses; ``status`` is the HTTP status it answers with (JSON ``error``)."""

    status = 400


class Unauthorized(HubError):
    """No token, an unknown token, or an unknown, used or expired enrolment code."""

    status = 401


class Revoked(HubError):
    """The device was revoked: it is refused, its earlier changes stay."""

    status = 403


class TooLarge(HubError):
    """The body is over the hub's limit."""

    status = 413


class SchemaTooNew(HubError):
    """The laptop runs a newer database schema than this hub knows."""

    status = 409


@dataclass(frozen=True)
class Device:
    """An enrolled laptop as ``hub devices`` lists it."""

    device_id: str
    name: str
    enrolled_at: dt.datetime
    last_seen_at: dt.datetime | None
    revoked_at: dt.datetime | None
    changes: int
    #: The fingerprint of the device key it registered at enrolment (24 digits), if it sent one.
    fingerprint: str | None = None


@dataclass(frozen=True)
class PushResult:
    """What a push did: changes new to the hub, already known, conflicts found, and the hub's cursor."""

    accepted: int
    known: int
    conflicts: int
    cursor: int

    def as_json(self) -> dict[str, int]:
        """The push endpoint's JSON answer."""
        return {"accepted": self.accepted, "known": self.known, "conflicts": self.conflicts, "cursor": self.cursor}


@dataclass(frozen=True)
class Page:
    """One page of a pull: bundle lines (JSONL), their count, the cursor to ask from next, and whether more wait."""

    lines: bytes
    count: int
    next_cursor: int
    more: bool


# --------------------------------------------------------------------------- schema
# Every hub connection commits durably, whatever the server's default: an acknowledged change must
# survive a crash of PostgreSQL too, not only of the hub.
CONNECTION_OPTIONS = {"autocommit": True, "options": "-c synchronous_commit=on"}


def connect(url: str) -> psycopg.Connection:
    """One connection to the hub's database (the commands use this; the server uses a pool)."""
    try:
        return psycopg.connect(url, **CONNECTION_OPTIONS)
    except psycopg.Error as error:
        raise HubError(tr("Could not connect to the hub database: {detail}", detail=error)) from error


def migrate(conn: psycopg.Connection) -> list[str]:
    """Create or upgrade the hub's schema (one transaction per migration); returns the names applied."""
    conn.execute("CREATE TABLE IF NOT EXISTS hub_migrations (name TEXT PRIMARY KEY, "
                 "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
    folder = files("attendance.hub.migrations")
    scripts = sorted((f for f in folder.iterdir() if f.name.endswith(".sql")), key=lambda f: f.name)
    applied: list[str] = []
    with conn.transaction():
        # Two processes migrating at once (two `hub init`s): the second waits, then finds nothing to do.
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [_PUSH_LOCK + 1])
        done = {row[0] for row in conn.execute("SELECT name FROM hub_migrations")}
        if done - {f.name for f in scripts}:
            raise HubError(tr("The hub database was made by a newer version of Attendance; update the hub."))
        for script in scripts:
            if script.name in done:
                continue
            conn.execute(script.read_text(encoding="utf-8"))
            conn.execute("INSERT INTO hub_migrations (name) VALUES (%s)", [script.name])
            applied.append(script.name)
        conn.execute("INSERT INTO hub_identity (hub_id) SELECT %s WHERE NOT EXISTS (SELECT 1 FROM hub_identity)",
                     [uuid.uuid4().hex[:16]])
    return applied


def hub_id(conn: psycopg.Connection) -> str:
    """This hub's id (made by :func:`migrate`)."""
    found = conn.execute("SELECT hub_id FROM hub_identity").fetchone()
    if found is None:
        raise HubError(tr("The hub database has no schema yet; run 'attendance hub init' first."))
    return found[0]


def schema_version() -> str:
    """The newest laptop schema this hub knows (its own package's migrations)."""
    return assets.migrations()[-1].name[:4]


def cursor(conn: psycopg.Connection) -> int:
    """The hub's latest change number."""
    return conn.execute("SELECT coalesce(max(seq), 0) FROM hub_changes").fetchone()[0]


# --------------------------------------------------------------------------- enrolment and devices
def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def normalise_code(code: str) -> str:
    """An enrolment code as typed (any case, dashes, spaces, O for 0) in its canonical form."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans("OIL", "011"))


def create_enrolment(conn: psycopg.Connection, name: str, *, valid_for: dt.timedelta = dt.timedelta(days=7)) -> str:
    """A new one-time enrolment code for a laptop called ``name``, shown as ``XXXX-XXXX-XXXX``."""
    if not name.strip():
        raise HubError(tr("Give the laptop a name"))
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    conn.execute("INSERT INTO hub_enrolment_codes (code_hash, name, expires_at) VALUES (%s, %s, now() + %s)",
                 [_hash(code), name.strip(), valid_for])
    return "-".join(code[i:i + 4] for i in range(0, 12, 4))


def enrol_device(conn: psycopg.Connection, code: str, device_id: str, public_key: str | None = None) -> str:
    """Use a one-time code to enrol a laptop; returns its bearer token (only its hash is kept)."""
    if not device_id or len(device_id) > 64:
        raise HubError(tr("The enrolment request has no valid device id."))
    if public_key is not None and not _is_device_key(public_key):
        raise HubError(tr("The enrolment request has no valid device key."))
    token = secrets.token_urlsafe(32)
    with conn.transaction():
        found = conn.execute("UPDATE hub_enrolment_codes SET used_at = now(), device_id = %s WHERE code_hash = %s "
                             "AND used_at IS NULL AND expires_at > now() RETURNING name",
                             [device_id, _hash(normalise_code(code))]).fetchone()
        if found is None:
            raise Unauthorized(tr("This enrolment code is unknown, already used or expired; ask the coordinator "
                                  "for a new one."))
        conn.execute("INSERT INTO hub_devices (device_id, name, token_hash, public_key) VALUES (%s, %s, %s, %s) "
                     "ON CONFLICT (device_id) DO UPDATE SET name = excluded.name, token_hash = excluded.token_hash, "
                     "public_key = excluded.public_key, revoked_at = NULL, enrolled_at = now()",
                     [device_id, found[0], _hash(token), public_key])
    return token


def authenticate(conn: psycopg.Connection, token: str | None) -> str:
    """The device id a bearer token belongs to; Unauthorized or Revoked otherwise."""
    if not token:
        raise Unauthorized(tr("This request has no device token."))
    found = conn.execute("SELECT device_id, revoked_at FROM hub_devices WHERE token_hash = %s",
                         [_hash(token)]).fetchone()
    if found is None:
        raise Unauthorized(tr("The hub does not know this device token."))
    if found[1] is not None:
        raise Revoked(tr("This laptop was revoked by the hub's coordinator."))
    return found[0]


def _is_device_key(text: object) -> bool:
    """Whether ``text`` is a base64 raw Ed25519 public key (32 bytes)."""
    try:
        return isinstance(text, str) and len(base64.b64decode(text, validate=True)) == 32
    except binascii.Error:
        return False


def list_devices(conn: psycopg.Connection) -> list[Device]:
    """The enrolled laptops, oldest first, with how many changes each has pushed."""
    rows = conn.execute(
        "SELECT d.device_id, d.name, d.enrolled_at, d.last_seen_at, d.revoked_at, "
        "(SELECT count(*) FROM hub_changes c WHERE c.received_from = d.device_id), d.public_key "
        "FROM hub_devices d ORDER BY d.enrolled_at, d.device_id").fetchall()
    return [Device(*row[:6], fingerprint=devices.fingerprint(base64.b64decode(row[6])) if row[6] else None)
            for row in rows]


def revoke(conn: psycopg.Connection, device_id: str) -> None:
    """Refuse a device from now on; the changes it already pushed stay."""
    found = conn.execute("UPDATE hub_devices SET revoked_at = coalesce(revoked_at, now()) WHERE device_id = %s "
                         "RETURNING device_id", [device_id]).fetchone()
    if found is None:
        raise HubError(tr("No enrolled device {device}", device=device_id))


# --------------------------------------------------------------------------- push
def validated_changes(raw: bytes) -> list[Change]:
    """Check a pushed page exactly as a laptop checks a bundle's changes (the same code): parsed by the
    bundle reader, then every change validated against the laptop schema's synced columns.

    This is the one place the hub validates incoming changes (the known-id check is in :func:`push`).
    """
    try:
        changes, numbers = bundles.parse_changes(raw, "push")
        validate_changes(changes, _laptop_columns(), lines=numbers)
    except (bundles.BundleError, ChangeRefused) as error:
        raise HubError(str(error)) from error
    return changes


@functools.cache
def _laptop_columns() -> dict[str, Any]:
    """The synced columns of the laptop schema this hub's package ships (read from an in-memory copy)."""
    from attendance.store import Store

    with Store(":memory:", verify=False) as schema:
        return schema_columns(schema.conn)


def _check_against_known(changes: list[Change], known: dict[str, Change]) -> None:
    """A change id the hub holds must come with the same content (an erased person's copy scrubbed counts)."""
    for number, change in enumerate(changes, 1):
        have = known.get(change.id)
        if have is not None and not same_content(have, change) and not same_content(scrub(have), scrub(change)):
            raise HubError(str(refused(number, tr("the change id {id} appears twice with different content",
                                                  id=change.id))))


def push(conn: psycopg.Connection, device_id: str, raw: bytes, laptop_schema: str) -> PushResult:
    """Validate, merge and commit one pushed page (bundle lines, JSONL); the answer comes after the commit."""
    if laptop_schema > schema_version():
        raise SchemaTooNew(tr("This laptop runs a newer version of Attendance (database {theirs}, hub {ours}); "
                              "update the hub first.", theirs=laptop_schema, ours=schema_version()))
    changes = validated_changes(raw)
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [_PUSH_LOCK])
        known = {row[0]: Change.from_row(row) for row in conn.execute(
            f"SELECT {_COLUMNS} FROM hub_changes WHERE id = ANY(%s)", [[c.id for c in changes]])}
        _check_against_known(changes, known)
        known_ids = known.keys()
        incoming: dict[tuple[str, str], dict[str, Change]] = {}
        for change in changes:
            if change.id not in known_ids:
                incoming.setdefault((change.entity, change.entity_id), {})[change.id] = change
        history = _known_changes(conn, incoming.keys())
        erased: set[tuple[str, str]] = set()
        rewritten: list[tuple[str, str]] = []
        states: list[tuple[str, str, str]] = []
        conflicts = 0
        for key, row_changes in incoming.items():
            had = history.get(key, [])
            merged = merge_row(key[0], had, list(row_changes.values()))
            conflicts += len(merged.conflicts)
            if merged.erased:
                erased.add(key)
                rewritten.extend((dump_fields(cleaned.fields), old.id) for old in had
                                 if (cleaned := scrub(old)) is not old)
            if merged.state is not None:
                states.append((key[0], key[1], json.dumps(merged.state, ensure_ascii=False)))
        # The changes go in in the order pushed, so a row's parents keep lower numbers than the row.
        unique = list({c.id: scrub(c) if (c.entity, c.entity_id) in erased else c
                       for c in changes if c.id not in known_ids}.values())
        with conn.cursor() as cur:
            with cur.copy(f"COPY hub_changes ({_COLUMNS}, received_from) FROM STDIN") as copy:
                for change in unique:
                    copy.write_row((*change.as_row(), device_id))
            if rewritten:
                cur.executemany("UPDATE hub_changes SET fields = %s WHERE id = %s", rewritten)
            if states:  # COPY then one upsert: an executemany of upserts costs more than the rest of the push
                cur.execute("CREATE TEMP TABLE IF NOT EXISTS hub_incoming_rows (entity TEXT, entity_id TEXT, "
                            "state JSONB) ON COMMIT DELETE ROWS")
                with cur.copy("COPY hub_incoming_rows (entity, entity_id, state) FROM STDIN") as copy:
                    for state in states:
                        copy.write_row(state)
                cur.execute("INSERT INTO hub_rows (entity, entity_id, state) SELECT entity, entity_id, state "
                            "FROM hub_incoming_rows ON CONFLICT (entity, entity_id) DO UPDATE SET state = "
                            "excluded.state")
            cur.execute("UPDATE hub_devices SET last_seen_at = now() WHERE device_id = %s", [device_id])
        now_at = cursor(conn)
    return PushResult(len(unique), len(changes) - len(unique), conflicts, now_at)


def _known_changes(conn: psycopg.Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[Change]]:
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, []).append(entity_id)
    found: dict[tuple[str, str], list[Change]] = {}
    for entity, ids in by_entity.items():
        for row in conn.execute(f"SELECT {_COLUMNS} FROM hub_changes WHERE entity = %s AND entity_id = ANY(%s) "
                                "ORDER BY seq", [entity, ids]):
            found.setdefault((row[1], row[2]), []).append(Change.from_row(row))
    return found


# --------------------------------------------------------------------------- pull
def pull(conn: psycopg.Connection, device_id: str, after: int, limit: int) -> Page:
    """The changes after ``after`` that the device did not push itself, as bundle lines, oldest first."""
    limit = max(1, min(limit, PULL_PAGE_MAX))
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        rows = conn.execute(
            "SELECT seq, json_build_object('id', id, 'entity', entity, 'entity_id', entity_id, 'fields', fields, "
            "'at', at, 'device_id', device_id, 'author', author, 'based_on', based_on)::text FROM hub_changes "
            "WHERE seq > %s AND received_from <> %s ORDER BY seq LIMIT %s", [after, device_id, limit]).fetchall()
        more = len(rows) == limit
        # A short page is the end for now: the next pull starts after the newest change (own ones included).
        next_cursor = rows[-1][0] if more else max(after, cursor(conn))
    lines = "".join(f"{row[1]}\n" for row in rows).encode()
    return Page(lines, len(rows), next_cursor, more)


def merged_rows(conn: psycopg.Connection) -> dict[tuple[str, str], dict[str, Any]]:
    """Every row's merged state, by (table, id): what every laptop holds after a full exchange."""
    return {(row[0], row[1]): row[2] for row in conn.execute("SELECT entity, entity_id, state FROM hub_rows")}
