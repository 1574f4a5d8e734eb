"""The hub's rules over PostgreSQL: its schema, enrolment, devices, and the push and pull of changes.

A push is validated by the same code as a bundle import (:func:`validated_changes`, the one call
site), its changes verified against their author devices' signed hash chains by the bundle reader's
own :func:`attendance.sync.signing.check_signed` (:func:`verified_changes`) and the public keys the
devices registered at enrolment (an unknown or revoked author, a broken chain or a bad signature
refuses the whole page, nothing written), merged by :func:`attendance.sync.merge.merge_row` and
committed in ONE transaction before the hub answers: an acknowledged change is durable. Change ids
make a retried push harmless (a known id is skipped). Pushes take one advisory lock, so the order of
``hub_changes.seq`` is the order of the commits and a pull by cursor never skips a change committed
after it read. A pull serves the stored signed segments covering its page, so laptops verify it.
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
from attendance.sync import bundles, devices, signing
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


class UnknownDevice(HubError):
    """A change authored by a device that is not enrolled with this hub (or enrolled without a device key)."""

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
    """One page of a pull: bundle lines (JSONL), their count, the cursor to ask from next, whether more
    wait, and the ``devices.json`` of the signed chain segments covering its changes."""

    lines: bytes
    count: int
    next_cursor: int
    more: bool
    devices: bytes = b'{"devices": []}'


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


def verified_changes(conn: psycopg.Connection, raw: bytes, devices_raw: bytes | None,
                     changes: list[Change]) -> tuple[list[signing.Segment], dict[str, bytes]]:
    """Verify a pushed page's changes as the bundle reader does (the same function,
    :func:`attendance.sync.signing.check_signed`): each new change must be in its author's signed chain
    (or be an erased person's scrubbed copy), and every author enrolled here, not revoked, with the
    key it signed with. Returns the page's segments and each change's chain hash; writes nothing.
    """
    if devices_raw is None:
        raise HubError(tr("The page was refused: it is not signed (sent by an older version of Attendance, or "
                          "altered)."))
    known_ids = {row[0] for row in conn.execute("SELECT id FROM hub_changes WHERE id = ANY(%s)",
                                                [[c.id for c in changes]])}
    try:
        segments = signing.parse_segments(devices_raw)
        checked = signing.check_signed(
            segments, raw, changes, known_ids,
            erased=lambda person: conn.execute(
                "SELECT 1 FROM hub_rows WHERE entity = 'people' AND entity_id = %s AND state->>'erased_at' IS NOT "
                "NULL", [person]).fetchone() is not None,
            owner=lambda registration: (conn.execute(
                "SELECT state->>'person_id' FROM hub_rows WHERE entity = 'registrations' AND entity_id = %s",
                [registration]).fetchone() or [None])[0])
    except signing.SignatureRefused as error:
        raise HubError(tr("The page was refused: {detail}", detail=error)) from error
    enrolled = {row[0]: row[1:] for row in conn.execute(
        "SELECT device_id, public_key, revoked_at FROM hub_devices WHERE device_id = ANY(%s)",
        [sorted(checked.authors)])}
    for author in sorted(checked.authors):
        key, revoked_at = enrolled.get(author, (None, None))
        if key is None:
            raise UnknownDevice(tr("The page was refused: it holds changes of the device {device}, which is not "
                                   "enrolled with this hub (enrol it with a code from 'attendance hub enrol').",
                                   device=author))
        shown = devices.format_fingerprint(devices.fingerprint(base64.b64decode(key)))
        if revoked_at is not None:
            raise Revoked(tr("The page was refused: it holds new changes of the device {fingerprint}, which this "
                             "hub revoked.", fingerprint=shown))
        signed_with = checked.keys.get(author)
        if signed_with is not None and signed_with != base64.b64decode(key):
            raise HubError(tr("The page was refused: the changes of the device {device} are signed with a key other "
                              "than the one it enrolled with ({fingerprint}).", device=author, fingerprint=shown))
    return segments, {change.id: digest for change, digest in zip(changes, checked.hashes, strict=True)}


def push(conn: psycopg.Connection, device_id: str, raw: bytes, laptop_schema: str,
         devices_raw: bytes | None = None) -> PushResult:
    """Validate, verify, merge and commit one pushed page (bundle lines, JSONL, and the ``devices.json`` of
    its signed chain segments); the answer comes after the commit."""
    if laptop_schema > schema_version():
        raise SchemaTooNew(tr("This laptop runs a newer version of Attendance (database {theirs}, hub {ours}); "
                              "update the hub first.", theirs=laptop_schema, ours=schema_version()))
    changes = validated_changes(raw)
    segments, hashes = verified_changes(conn, raw, devices_raw, changes)
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
            with cur.copy(f"COPY hub_changes ({_COLUMNS}, received_from, chain_hash) FROM STDIN") as copy:
                for change in unique:
                    copy.write_row((*change.as_row(), device_id, hashes[change.id]))
            cur.executemany("INSERT INTO hub_chain_segments (device_id, public_key, first_seq, count, base, hashes, "
                            "signature) VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                            [(s.device_id, s.public_key, s.first_seq, s.count, s.base, s.hashes, s.signature)
                             for s in segments])
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
# The pulled line exactly as ``bundles.change_line`` writes it (sorted keys, Python's separators and
# escapes, which PostgreSQL's to_json shares), so its hash is the one in its device's signed chain.
_LINE_SQL = ("""'{"at": ' || to_json(at)::text || ', "author": ' || coalesce(to_json(author)::text, 'null') || """
             """', "based_on": ' || coalesce(to_json(based_on)::text, 'null') || ', "device_id": ' || """
             """to_json(device_id)::text || ', "entity": ' || to_json(entity)::text || ', "entity_id": ' || """
             """to_json(entity_id)::text || ', "fields": ' || to_json(fields)::text || ', "id": ' || """
             """to_json(id)::text || '}'""")


def pull(conn: psycopg.Connection, device_id: str, after: int, limit: int) -> Page:
    """The changes after ``after`` that the device did not push itself, as bundle lines, oldest first,
    with the signed chain segments that cover them."""
    limit = max(1, min(limit, PULL_PAGE_MAX))
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        rows = conn.execute(
            f"SELECT seq, {_LINE_SQL}, device_id, chain_hash FROM hub_changes "
            "WHERE seq > %s AND received_from <> %s ORDER BY seq LIMIT %s", [after, device_id, limit]).fetchall()
        more = len(rows) == limit
        # A short page is the end for now: the next pull starts after the newest change (own ones included).
        next_cursor = rows[-1][0] if more else max(after, cursor(conn))
        wanted: dict[str, set[bytes]] = {}
        for row in rows:
            if row[3] is not None:
                wanted.setdefault(row[2], set()).add(bytes(row[3]))
        chosen: list[signing.Segment] = []
        for author, hashes in sorted(wanted.items()):
            stored = [signing.Segment(r[0], bytes(r[1]), r[2], bytes(r[3]), bytes(r[4]), bytes(r[5])) for r in
                      conn.execute("SELECT device_id, public_key, first_seq, base, hashes, signature FROM "
                                   "hub_chain_segments WHERE device_id = %s ORDER BY first_seq, count", [author])]
            chosen.extend(signing.cover(stored, hashes))
    lines = "".join(f"{row[1]}\n" for row in rows).encode()
    return Page(lines, len(rows), next_cursor, more, json.dumps({"devices": [s.as_json() for s in chosen]}).encode())


def enrolled_keys(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Every enrolled device with its registered public key (base64) and whether it is revoked: the
    devices a laptop enrolled here trusts "via hub" for the pages it pulls."""
    return [{"device_id": row[0], "name": row[1], "public_key": row[2], "revoked": row[3] is not None}
            for row in conn.execute("SELECT device_id, name, public_key, revoked_at FROM hub_devices WHERE public_key "
                                    "IS NOT NULL ORDER BY enrolled_at, device_id")]


def merged_rows(conn: psycopg.Connection) -> dict[tuple[str, str], dict[str, Any]]:
    """Every row's merged state, by (table, id): what every laptop holds after a full exchange."""
    return {(row[0], row[1]): row[2] for row in conn.execute("SELECT entity, entity_id, state FROM hub_rows")}
