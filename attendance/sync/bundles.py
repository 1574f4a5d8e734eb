"""Sync bundles: the zip files that carry one laptop's changes to another.

A bundle holds ``manifest.json`` (format and schema version, bundle id, device id, created_at,
counts, and the sha256 of each file), ``changes.jsonl`` (one ``changes`` row per line),
``devices.json`` (each author device's signed hash chain) and ``signature.json`` (the exporting
device's signature of the manifest; see :mod:`attendance.sync.signing`). It
holds everything, everything since the last bundle sent, or one event with its full history
(sessions, badge key, registrations, people, institutions, check-ins), which is enough for a
second desk to register and check in for that event.

Import is checked whole before anything is written (a bad zip, hash, signature, JSON, format, a
newer schema or a change of a device this laptop does not trust writes nothing and says why),
previewed without writing, then applied in ONE transaction. It is idempotent: a known bundle id or
change id changes nothing. The merge rules are in :mod:`attendance.sync.merge`.
"""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attendance import copies, presence
from attendance.domain import AttendanceError, InvalidValue
from attendance.i18n import tr
from attendance.store import SYNCED_TABLES, Store, new_id, utc_now
from attendance.sync import sealing, signing
from attendance.sync.merge import (
    Change,
    Conflict,
    DuplicatePair,
    compact_after_erasure,
    could_be_one_person,
    dump_fields,
    duplicate_keys,
    merge_row,
    record_conflicts,
    scrub,
    scrub_registration_positions,
    supersede_conflicts,
)
from attendance.sync.validation import ChangeRefused, refused, same_content, schema_columns, validate_changes

FORMAT = "attendance-sync-bundle"
FORMAT_VERSION = 1
CHANGES_FILE = "changes.jsonl"
MANIFEST_FILE = "manifest.json"
_CHANGE_COLUMNS = "id, entity, entity_id, fields, at, device_id, author, based_on"
_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit
#: The most a bundle's manifest may inflate to.
MAX_MANIFEST_BYTES = 1 << 20
#: The most a bundle's changes may inflate to (about 300,000 changes): a zip bomb stops here.
MAX_CHANGES_BYTES = 128 << 20
_READ_CHUNK = 1 << 20


class BundleError(AttendanceError):
    """A bundle that cannot be imported; nothing was written and the message says why."""


@dataclass(frozen=True)
class ExportResult:
    """A bundle written: where, its id, and how many changes it carries."""

    path: Path
    bundle_id: str
    changes: int
    scope: str


@dataclass
class ImportPreview:
    """What importing a bundle would do (or did): counted before anything is written."""

    bundle_id: str
    device_id: str
    created_at: str
    changes_total: int
    changes_new: int = 0
    already_imported: bool = False
    new_people: int = 0
    updated_people: int = 0
    new_registrations: int = 0
    updated_rows: int = 0
    new_rows: int = 0
    new_checkins: int = 0
    erased_people: int = 0
    waiting_rows: int = 0
    #: Privileged changes held for review (their device is not coordinator for their event).
    held_changes: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    duplicates: list[DuplicatePair] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The documented JSON of ``sync import --json``."""
        return {
            "bundle_id": self.bundle_id, "device_id": self.device_id, "created_at": self.created_at,
            "already_imported": self.already_imported, "changes": self.changes_total, "new_changes": self.changes_new,
            "new_people": self.new_people, "updated_people": self.updated_people,
            "new_registrations": self.new_registrations, "new_checkins": self.new_checkins,
            "new_rows": self.new_rows, "updated_rows": self.updated_rows, "erased_people": self.erased_people,
            "waiting_rows": self.waiting_rows, "held_changes": self.held_changes,
            "conflicts": [{"entity": c.entity, "entity_id": c.entity_id, "field": c.field,
                           "local": c.local.fields[c.field], "remote": c.remote.fields[c.field]}
                          for c in self.conflicts],
            "possible_duplicates": [{"first_id": d.first_id, "first_name": d.first_name, "second_id": d.second_id,
                                     "second_name": d.second_name, "reason": d.reason} for d in self.duplicates],
        }


@dataclass
class _Plan:
    """A computed import: the preview and exactly what to write."""

    preview: ImportPreview
    changes: list[tuple[Any, ...]]
    rows: dict[str, list[dict[str, Any]]]
    rewritten: list[tuple[str, str]]
    winners: dict[tuple[str, str], dict[str, Change]]
    erased_ids: list[str]


# --------------------------------------------------------------------------- export
def export_bundle(store: Store, target: str | Path, *, event_id: str | None = None,
                  since_last: bool = False) -> ExportResult:
    """Write a bundle of every change, the changes since the last bundle sent, or one event's history.

    Only "all" and "since last" bundles move the watermark that the next "since last" starts from;
    the watermark is saved only after the file is completely written.
    """
    if event_id and since_last:
        raise InvalidValue(tr("Choose either one event or the changes since the last bundle, not both"))
    if event_id:
        scope, changes, watermark = "event", _event_changes(store, event_id), 0
    else:
        start = _watermark(store) if since_last else 0
        scope = "since_last" if since_last else "all"
        found = store.execute(f"SELECT rowid, {_CHANGE_COLUMNS} FROM changes WHERE rowid > ? ORDER BY rowid",
                                 [start]).fetchall()
        watermark = found[-1][0] if found else start
        changes = [row[1:] for row in found]
    bundle_id = new_id()
    each = [sealing.public_line(row) for row in changes]  # badge keys only sealed, in keys.json
    lines = b"".join(each)
    devices_json = signing.devices_file(store, changes, each, sealing.public_line)
    keys_json = sealing.keys_file(store, changes)
    counts: dict[str, int] = {}
    for row in changes:
        counts[row[1]] = counts.get(row[1], 0) + 1
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": store.meta("schema_version"),
        "bundle_id": bundle_id, "device_id": store.device_id, "created_at": utc_now(), "scope": scope,
        "event_id": event_id, "counts": {"changes": len(changes), **counts},
        "files": {CHANGES_FILE: {"sha256": hashlib.sha256(lines).hexdigest(), "bytes": len(lines)},
                  signing.DEVICES_FILE: {"sha256": hashlib.sha256(devices_json).hexdigest(),
                                         "bytes": len(devices_json)},
                  sealing.KEYS_FILE: {"sha256": hashlib.sha256(keys_json).hexdigest(), "bytes": len(keys_json)}},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr(MANIFEST_FILE, manifest_bytes)
            bundle.writestr(CHANGES_FILE, lines)
            bundle.writestr(signing.DEVICES_FILE, devices_json)
            bundle.writestr(sealing.KEYS_FILE, keys_json)
            bundle.writestr(signing.SIGNATURE_FILE, signing.manifest_signature(store, manifest_bytes))
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BundleError(tr("Could not write the bundle {path}: {detail}", path=target, detail=error)) from error
    with store.transaction():
        store.execute("INSERT INTO sync_bundles_sent (bundle_id, created_at, scope, event_id, changes_total, "
                         "watermark) VALUES (?, ?, ?, ?, ?, ?)",
                         [bundle_id, manifest["created_at"], scope, event_id, len(changes), watermark])
        copies.record(store, copies.BUNDLE, target, manifest["created_at"])  # listed if someone is erased
    return ExportResult(target, bundle_id, len(changes), scope)


def _watermark(store: Store) -> int:
    return store.scalar("SELECT max(watermark) FROM sync_bundles_sent WHERE scope != 'event'") or 0


def change_line(row: Sequence[Any]) -> bytes:
    """A ``changes`` row as its bundle line (sorted JSON and a newline; the line the device's chain hashes)."""
    change_id, entity, entity_id, fields, at, device_id, author, based_on = row
    line = {"id": change_id, "entity": entity, "entity_id": entity_id, "fields": fields, "at": at,
            "device_id": device_id, "author": author, "based_on": based_on}
    return (json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n").encode()


def _event_changes(store: Store, event_id: str) -> list[tuple[Any, ...]]:
    """The full history of an event's rows and of the people and institutions they refer to."""
    if store.row("events", event_id) is None:
        raise AttendanceError(tr("No such event"))
    ids: dict[str, set[str]] = {table: set() for table in SYNCED_TABLES}
    ids["events"].add(event_id)
    for table in ("sessions", "registrations", "checkins"):
        ids[table].update(r[0] for r in store.execute(f"SELECT id FROM [{table}] WHERE event_id = ?",
                                                         [event_id]).fetchall())
    for person_id, institution_id in store.execute(
            "SELECT person_id, institution_id FROM registrations WHERE event_id = ?", [event_id]).fetchall():
        ids["people"].add(person_id)
        if institution_id:
            ids["institutions"].add(institution_id)
    # The event's organisations and project travel with it (the rows its links refer to).
    for link_id, organisation_id in store.execute(
            "SELECT id, organisation_id FROM event_organisations WHERE event_id = ?", [event_id]).fetchall():
        ids["event_organisations"].add(link_id)
        ids["organisations"].add(organisation_id)
    project_id = store.scalar("SELECT project_id FROM events WHERE id = ?", [event_id])
    if project_id:
        ids["projects"].add(project_id)
    for chunk in _chunks(sorted(ids["people"])):
        marks = ", ".join("?" * len(chunk))
        ids["institutions"].update(r[0] for r in store.execute(
            f"SELECT institution_id FROM people WHERE id IN ({marks}) AND institution_id IS NOT NULL", chunk))
    found: list[tuple[Any, ...]] = []
    for table, row_ids in ids.items():
        for chunk in _chunks(sorted(row_ids)):
            marks = ", ".join("?" * len(chunk))
            found.extend(store.execute(f"SELECT rowid, {_CHANGE_COLUMNS} FROM changes WHERE entity = ? "
                                          f"AND entity_id IN ({marks})", [table, *chunk]).fetchall())
    return [row[1:] for row in sorted(found)]


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


# --------------------------------------------------------------------------- reading and checking
@dataclass(frozen=True)
class Bundle:
    """A bundle read and checked: its manifest and its changes."""

    manifest: dict[str, Any]
    changes: list[Change]
    #: The ids of its changes this database already holds (found while checking them).
    known_ids: frozenset[str] = frozenset()
    #: What its signatures vouched for (None for held changes accepted on review, checked when they came).
    verified: signing.Verified | None = None


def read_bundle(path: str | Path, store: Store, *, hub_page: bool = False,
                trust_fingerprint: str | None = None) -> Bundle:
    """Open and check a bundle completely (zip, manifest, format, schema, hashes, signatures, every line).

    ``trust_fingerprint`` confirms the fingerprint of a device not trusted yet (recorded on import).
    ``hub_page``: a page pulled from the hub, which has no exporter's signature; every change in it is
    still checked against its author's signed chain and trust, exactly as in a bundle.
    Raises BundleError with a translated reason; nothing is written.
    """
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if MANIFEST_FILE not in names:
                raise BundleError(tr("{path} is not a sync bundle: it has no {name}.", path=path.name,
                                     name=MANIFEST_FILE))
            manifest_raw = _read_capped(archive, MANIFEST_FILE, MAX_MANIFEST_BYTES, path)
            manifest = _parse_manifest(manifest_raw, path)
            signature_raw = (_read_capped(archive, signing.SIGNATURE_FILE, signing.MAX_SIGNATURE_BYTES, path)
                             if signing.SIGNATURE_FILE in names else None)
            _check_versions(manifest, store, path)
            files = manifest.get("files")
            if not isinstance(files, dict) or CHANGES_FILE not in files:
                raise BundleError(tr("The bundle {path} does not list {name}.", path=path.name, name=CHANGES_FILE))
            contents: dict[str, bytes] = {}
            for name, described in files.items():
                if name not in names:
                    raise BundleError(tr("The bundle {path} is incomplete: {name} is missing.", path=path.name,
                                         name=name))
                declared_bytes = described.get("bytes") if isinstance(described, dict) else None
                if type(declared_bytes) is not int or not 0 <= declared_bytes <= MAX_CHANGES_BYTES:
                    raise BundleError(tr("{name} in {path} has no size or one over {limit} bytes; nothing was "
                                         "imported.", path=path.name, name=name, limit=MAX_CHANGES_BYTES))
                contents[name] = _read_capped(archive, name, declared_bytes, path)
                expected = described.get("sha256") if isinstance(described, dict) else None
                if hashlib.sha256(contents[name]).hexdigest() != expected:
                    raise BundleError(tr("The bundle {path} was altered or damaged: {name} does not match its "
                                         "checksum. Nothing was imported.", path=path.name, name=name))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as error:
        raise BundleError(tr("{path} is not a sync bundle (not a readable zip file).", path=path.name)) from error
    except OSError as error:
        raise BundleError(tr("Could not read {path}: {detail}", path=path.name, detail=error)) from error
    changes, numbers = _parse_changes(contents[CHANGES_FILE], path)
    counts = manifest.get("counts")
    declared = counts.get("changes") if isinstance(counts, dict) else None
    if declared != len(changes):
        raise BundleError(tr("The bundle {path} is incomplete: it announces {expected} changes but holds {found}.",
                             path=path.name, expected=declared, found=len(changes)))
    try:
        validate_changes(changes, schema_columns(store.conn), lines=numbers)
        changes, unopened = sealing.unseal(store, changes, contents.get(sealing.KEYS_FILE), path.name)
        known_ids = _check_against_known(store, changes, numbers)
        verified = signing.verify_bundle(
            store, manifest, manifest_raw, signature_raw, contents.get(signing.DEVICES_FILE), contents[CHANGES_FILE],
            changes, known_ids, trust_fingerprint=trust_fingerprint, hub_page=hub_page)
        if unopened:
            raise sealing.not_for_this_laptop(path.name)
    except (ChangeRefused, signing.SignatureRefused, sealing.SealError) as error:
        raise BundleError(tr("The bundle {path} was refused: {detail}", path=path.name, detail=error)) from error
    if verified.held:  # privileged changes wait for review, the rest is imported
        held = {change.id for change, _ in verified.held}
        changes = [change for change in changes if change.id not in held]
    return Bundle(manifest, changes, known_ids, verified)


def _read_capped(archive: zipfile.ZipFile, name: str, limit: int, path: Path) -> bytes:
    """A member's bytes, refused as soon as it inflates past ``limit`` (never inflated further)."""
    if archive.getinfo(name).file_size > limit:
        raise _too_large(path, name, limit)
    parts, total = [], 0
    with archive.open(name) as member:
        while chunk := member.read(_READ_CHUNK):
            total += len(chunk)
            if total > limit:
                raise _too_large(path, name, limit)
            parts.append(chunk)
    return b"".join(parts)


def _too_large(path: Path, name: str, limit: int) -> BundleError:
    return BundleError(tr("{name} in {path} inflates past {limit} bytes; nothing was imported.", path=path.name,
                          name=name, limit=limit))


def _check_against_known(store: Store, changes: list[Change], numbers: list[int]) -> frozenset[str]:
    """A known change id must come with the content we have (an erased person's copy scrubbed on either
    side counts as the same); an unknown one must not claim to come from this laptop."""
    known: dict[str, Change] = {}
    for chunk in _chunks([c.id for c in changes]):
        for row in store.execute(f"SELECT {_CHANGE_COLUMNS} FROM changes WHERE id IN "
                                 f"({', '.join('?' * len(chunk))})", chunk).fetchall():
            known[row[0]] = Change.from_row(row)
    for number, change in zip(numbers, changes, strict=True):
        have = known.get(change.id)
        if have is None:
            if change.device_id == store.device_id:
                raise refused(number, tr("it claims to come from this laptop"))
        elif not same_content(have, change) and not same_content(scrub(have), scrub(change)):
            raise refused(number, tr("the change id {id} appears twice with different content", id=change.id))
    return frozenset(known)


def _parse_manifest(raw: bytes, path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BundleError(tr("The manifest of {path} is not valid JSON.", path=path.name)) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(tr("{path} is not a sync bundle of Attendance.", path=path.name))
    for key in ("bundle_id", "device_id", "created_at"):
        if not isinstance(manifest.get(key), str) or not manifest[key]:
            raise BundleError(tr("The manifest of {path} has no {key}.", path=path.name, key=key))
    return manifest


def _check_versions(manifest: dict[str, Any], store: Store, path: Path) -> None:
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BundleError(tr("The bundle {path} uses format version {version}, which this version of Attendance "
                             "does not know; update Attendance on this laptop.", path=path.name,
                             version=manifest.get("format_version")))
    theirs, ours = str(manifest.get("schema_version") or ""), store.meta("schema_version") or ""
    if theirs > ours:
        raise BundleError(tr("The bundle {path} comes from a newer version of Attendance (database {theirs}, "
                             "here {ours}); update Attendance on this laptop first.", path=path.name,
                             theirs=theirs, ours=ours))


def parse_changes(raw: bytes, name: str) -> tuple[list[Change], list[int]]:
    """Parse bundle lines (a bundle's changes file, or a page pushed to the hub) into changes.

    Returns the changes and their line numbers; raises BundleError naming ``name`` and the damaged
    line. The shapes are checked here, the values by :func:`attendance.sync.validation.validate_changes`.
    """
    return _parse_changes(raw, Path(name))


def _parse_changes(raw: bytes, path: Path) -> tuple[list[Change], list[int]]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BundleError(tr("The changes in {path} are not UTF-8 text.", path=path.name)) from error
    lines = [(number, line) for number, line in enumerate(text.splitlines(), 1) if line.strip()]
    try:
        # One parse of the whole file, then one of all the fields: 100,000 separate json.loads calls
        # cost more than the parsing itself. A damaged file is parsed again line by line to say where.
        items = json.loads("[" + ",".join(line for _, line in lines) + "]")
        if len(items) != len(lines):  # a line holding two values, e.g. {...},{...}
            raise ValueError
        fields = json.loads("[" + ",".join(item["fields"] for item in items) + "]")
        if len(fields) != len(items):
            raise ValueError
    except (ValueError, KeyError, TypeError, RecursionError):
        items, fields = [_parse_line(number, line, path) for number, line in lines], None
    changes = []
    for index, item in enumerate(items):
        try:
            parsed = fields[index] if fields is not None else json.loads(item["fields"])
            change = Change(item["id"], item["entity"], item["entity_id"], parsed, item["at"], item["device_id"],
                            item.get("author"), item.get("based_on"), item["fields"])
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
            raise _damaged(lines[index][0], path) from error
        if (change.entity not in SYNCED_TABLES or not isinstance(change.fields, dict)
                or not all(isinstance(v, str) and v for v in (change.id, change.entity_id, change.at,
                                                              change.device_id))):
            raise _damaged(lines[index][0], path)
        changes.append(change)
    return changes, [number for number, _ in lines]


def _parse_line(number: int, line: str, path: Path) -> dict[str, Any]:
    try:
        item = json.loads(line)
        json.loads(item["fields"])
    except (ValueError, KeyError, TypeError, RecursionError) as error:
        raise _damaged(number, path) from error
    if not isinstance(item, dict):
        raise _damaged(number, path)
    return item


def _damaged(number: int, path: Path) -> BundleError:
    return BundleError(tr("Line {line} of the changes in {path} is damaged.", line=number, path=path.name))


# --------------------------------------------------------------------------- import
def preview_import(store: Store, path: str | Path, *, trust_fingerprint: str | None = None) -> ImportPreview:
    """What importing the bundle would do, computed without writing anything."""
    return _plan(store, read_bundle(path, store, trust_fingerprint=trust_fingerprint)).preview


def import_bundle(store: Store, path: str | Path, *, dry_run: bool = False, trust_fingerprint: str | None = None,
                  hub_page: bool = False) -> ImportPreview:
    """Check and merge a whole bundle, then write it (or only count with ``dry_run``).

    Nothing is written unless the whole bundle passed its checks (hashes, signatures, trust); the
    writing is done in short transactions so the door keeps checking in (see :func:`_write`). Returns
    the same figures as the preview. Known bundles and changes change nothing, so an interrupted import
    is completed by importing the bundle again. ``trust_fingerprint`` trusts the device of that
    fingerprint (its first bundle, compared with its screen); ``hub_page`` for a page pulled from the
    hub (see :func:`read_bundle`).
    """
    seen = store.scalar("SELECT coalesce(max(rowid), 0) FROM changes")
    bundle = read_bundle(path, store, hub_page=hub_page, trust_fingerprint=trust_fingerprint)
    plan = _plan(store, bundle)
    if dry_run or plan.preview.already_imported:
        return plan.preview
    if plan.erased_ids:
        store.execute("PRAGMA secure_delete=ON")
    cache_size = store.scalar("PRAGMA cache_size")
    # A big import spills SQLite's small default page cache to the WAL many times over; a larger
    # cache for the import keeps the writes to one pass.
    store.execute("PRAGMA cache_size=-262144")
    try:
        _write(store, bundle, plan, seen)
    finally:
        store.execute(f"PRAGMA cache_size={int(cache_size)}")
    # Inside a caller's transaction (a hub page) the WAL cannot be checkpointed: the caller
    # compacts after its commit (see hub_client._pull).
    if plan.erased_ids and not store.conn.in_transaction:
        compact_after_erasure(store)
    return plan.preview


def apply_changes(store: Store, changes: list[Change], origin: str) -> ImportPreview:
    """Merge changes that were checked before (held changes accepted on review) as a bundle's are."""
    bundle = Bundle({"bundle_id": f"{origin}-{new_id()}", "device_id": origin, "created_at": utc_now()}, changes,
                    _check_against_known(store, changes, list(range(1, len(changes) + 1))))
    seen = store.scalar("SELECT coalesce(max(rowid), 0) FROM changes")
    plan = _plan(store, bundle)
    _write(store, bundle, plan, seen)
    if plan.erased_ids:
        compact_after_erasure(store)
    return plan.preview


#: The most changes one transaction of an import writes. Between two transactions the import lets go
#: of the write lock, so a scan at the door waits for one piece of the import, never for all of it.
CHUNK_CHANGES = 2_000
#: What one piece aims to take: on a slow machine pieces get smaller than CHUNK_CHANGES.
CHUNK_SECONDS = 0.08
#: The pause between two pieces, in which a check-in waiting for the lock takes it.
YIELD_SECONDS = 0.01


@dataclass
class _Unit:
    """One row's share of an import, written whole in one transaction: its new changes, its merged
    state, the history it scrubs and the conflicts found. A crash between two transactions leaves
    every row done or untouched, and importing the bundle again finishes the rest (the rows done
    hold their changes, which are then known and skipped)."""

    entity: str
    entity_id: str
    changes: list[tuple[Any, ...]] = field(default_factory=list)
    state: dict[str, Any] | None = None
    rewritten: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    winners: dict[str, Change] = field(default_factory=dict)
    erased: bool = False


def _write(store: Store, bundle: Bundle, plan: _Plan, seen: int) -> None:
    """Write the plan in pieces of whole rows, in dependency order, each its own transaction.

    Everything was checked before the first piece (the bundle's every change, and that every row it
    writes refers to rows that exist or arrive with it), so the pieces can only fail for reasons
    outside the bundle (a full disk, a crash), and importing it again completes it. ``seen`` is the
    last change row the plan knew of. Inside a caller's
    transaction (a hub page), or for rows referring to each other in a circle, it is one piece.
    """
    units = _units(store, plan)
    ordered = _dependency_order(store, units)
    if store.conn.in_transaction or not ordered:  # in a caller's transaction, circular, or nothing but held changes
        with presence.deferred(store):
            _record_signing(store, bundle)
            _write_piece(store, list(units.values()))
            _finish(store, bundle, plan)
        return
    store.check_references(plan.rows)
    size, start, started = CHUNK_CHANGES, 0, False
    while start < len(ordered):
        piece, count = [], 0
        while start < len(ordered) and (not piece or count + len(ordered[start].changes) <= size):
            piece.append(ordered[start])
            count += len(ordered[start].changes)
            start += 1
        began = time.perf_counter()
        with presence.deferred(store):  # each piece's registrations computed once, before its commit
            store.execute("UPDATE meta SET value = value WHERE 0")  # the write lock first, then read
            if not started:
                _record_signing(store, bundle)  # trust, held changes and chain pieces with the first rows
                started = True
            _remerge_touched(store, piece, seen)
            _write_piece(store, piece, check_references=False)
            if start >= len(ordered):
                _finish(store, bundle, plan)
        seen = store.scalar("SELECT coalesce(max(rowid), 0) FROM changes")
        took = time.perf_counter() - began
        if count and took > 0:
            size = max(100, min(CHUNK_CHANGES, int(count * CHUNK_SECONDS / took)))
        if start < len(ordered):
            time.sleep(YIELD_SECONDS)


def _record_signing(store: Store, bundle: Bundle) -> None:
    """Keep what the bundle's signatures established (see :func:`signing.record`), once per import."""
    if bundle.verified is not None:
        signing.record(store, bundle.verified, bundle.manifest["bundle_id"])


def _units(store: Store, plan: _Plan) -> dict[tuple[str, str], _Unit]:
    """The plan cut into rows (see :class:`_Unit`)."""
    units: dict[tuple[str, str], _Unit] = {}

    def unit(entity: str, entity_id: str) -> _Unit:
        found = units.get((entity, entity_id))
        if found is None:
            found = units[(entity, entity_id)] = _Unit(entity, entity_id)
        return found

    for row in plan.changes:
        unit(row[1], row[2]).changes.append(row)
    for entity, states in plan.rows.items():
        for state in states:
            unit(entity, state["id"]).state = state
    for key, winners in plan.winners.items():
        unit(*key).winners = winners
    for conflict in plan.preview.conflicts:
        unit(conflict.entity, conflict.entity_id).conflicts.append(conflict)
    for entity_id in plan.erased_ids:
        unit("people", entity_id).erased = True
    rewritten = dict(plan.rewritten)
    for chunk in _chunks(sorted(rewritten)):
        for change_id, entity, entity_id in store.execute(
                f"SELECT id, entity, entity_id FROM changes WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
            unit(entity, entity_id).rewritten.append((change_id, rewritten[change_id]))
    return units


def _dependency_order(store: Store, units: dict[tuple[str, str], _Unit]) -> list[_Unit] | None:
    """The rows in the order SQLite's foreign keys need when committed in pieces: tables in
    dependency order, and within a table a row after the row of that table it refers to (a check-in
    that undoes another). None when rows of one table refer to each other in a circle."""
    order = {table: index for index, table in enumerate(SYNCED_TABLES)}
    self_references = {table: [row[3] for row in store.execute(f"PRAGMA foreign_key_list([{table}])")
                               if row[2] == table] for table in SYNCED_TABLES}

    def parent(unit: _Unit) -> tuple[str, str] | None:
        for column in self_references[unit.entity] if unit.state else ():
            key = (unit.entity, unit.state.get(column))
            if key[1] and key in units:
                return key
        return None

    depth: dict[tuple[str, str], int] = {}
    for key in units:
        path: list[tuple[str, str]] = []
        current: tuple[str, str] | None = key
        while current is not None and current not in depth:
            if current in path:
                return None
            path.append(current)
            current = parent(units[current])
        base = depth[current] + 1 if current is not None else 0
        for offset, visited in enumerate(reversed(path)):
            depth[visited] = base + offset
    return sorted(units.values(), key=lambda u: (order[u.entity], depth[(u.entity, u.entity_id)]))


def _remerge_touched(store: Store, piece: list[_Unit], seen: int) -> None:
    """Fold in what another program wrote since the plan (an edit at the desk between two pieces):
    the rows of this piece it touched are merged again over all their changes, as a one-piece
    import would have merged them."""
    touched = set(store.execute("SELECT entity, entity_id FROM changes WHERE rowid > ?", [seen]).fetchall())
    for unit in piece:
        if (unit.entity, unit.entity_id) not in touched:
            continue
        incoming = [Change.from_row(row) for row in unit.changes]
        known = [Change.from_row(row) for row in store.execute(
            f"SELECT {_CHANGE_COLUMNS} FROM changes WHERE entity = ? AND entity_id = ?",
            [unit.entity, unit.entity_id])]
        merged = merge_row(unit.entity, known, incoming)
        unit.state, unit.conflicts, unit.winners = merged.state, merged.conflicts, merged.winners


def _write_piece(store: Store, piece: list[_Unit], *, check_references: bool = True) -> None:
    """Write whole rows (see :class:`_Unit`) inside the open transaction."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for unit in piece:
        if unit.state is not None:
            rows.setdefault(unit.entity, []).append(unit.state)
    store.apply_remote([row for unit in piece for row in unit.changes], rows,
                       rewritten_fields=[item for unit in piece for item in unit.rewritten],
                       check_references=check_references)
    erased_ids = [unit.entity_id for unit in piece if unit.erased]
    if erased_ids:
        store.execute(f"DELETE FROM sync_conflicts WHERE entity = 'people' AND entity_id IN "
                      f"({', '.join('?' * len(erased_ids))})", erased_ids)
    erased = set(erased_ids)
    registrations = [state["id"] for state in rows.get("registrations", [])]
    for chunk in _chunks(registrations):
        erased.update(r[0] for r in store.execute(
            "SELECT DISTINCT r.person_id FROM registrations r JOIN people p ON p.id = r.person_id WHERE "
            f"p.erased_at IS NOT NULL AND r.id IN ({', '.join('?' * len(chunk))})", chunk).fetchall())
    scrub_registration_positions(store, sorted(erased))
    record_conflicts(store, [conflict for unit in piece for conflict in unit.conflicts])
    supersede_conflicts(store, {(unit.entity, unit.entity_id): unit.winners for unit in piece if unit.winners})


def _finish(store: Store, bundle: Bundle, plan: _Plan) -> None:
    """Record the bundle as imported (in the last piece: an interrupted import is not yet imported)."""
    manifest = bundle.manifest
    store.execute("INSERT OR IGNORE INTO sync_bundles_imported (bundle_id, device_id, created_at, "
                  "imported_at, changes_total, changes_new) VALUES (?, ?, ?, ?, ?, ?)",
                  [manifest["bundle_id"], manifest["device_id"], manifest["created_at"], utc_now(),
                   plan.preview.changes_total, plan.preview.changes_new])


def _plan(store: Store, bundle: Bundle) -> _Plan:
    manifest = bundle.manifest
    preview = ImportPreview(manifest["bundle_id"], manifest["device_id"], manifest["created_at"],
                            len(bundle.changes))
    preview.held_changes = len(bundle.verified.held) if bundle.verified else 0
    plan = _Plan(preview, [], {}, [], {}, [])
    if store.scalar("SELECT 1 FROM sync_bundles_imported WHERE bundle_id = ?", [manifest["bundle_id"]]):
        preview.already_imported = True
        return plan
    known_ids = bundle.known_ids
    incoming: dict[tuple[str, str], dict[str, Change]] = {}
    for change in bundle.changes:
        if change.id not in known_ids:
            incoming.setdefault((change.entity, change.entity_id), {})[change.id] = change
    preview.changes_new = sum(len(v) for v in incoming.values())
    known = _known_changes(store, incoming.keys())
    existing = _existing_rows(store, incoming.keys())
    erased_ids: list[str] = []
    for (entity, entity_id), changes in incoming.items():
        had = known.get((entity, entity_id), [])
        merged = merge_row(entity, had, list(changes.values()))
        plan.winners[(entity, entity_id)] = merged.winners
        preview.conflicts.extend(merged.conflicts)
        stored = [scrub(c) for c in changes.values()] if merged.erased else changes.values()
        plan.changes.extend(c.as_row() for c in stored)
        if merged.erased:
            # The erasure may be new here: the history already in the file loses its personal data too.
            for old in had:
                cleaned = scrub(old)
                if cleaned is not old:
                    plan.rewritten.append((old.id, dump_fields(cleaned.fields)))
            if not (existing.get((entity, entity_id)) or {}).get("erased_at"):
                erased_ids.append(entity_id)
        if merged.state is None:
            preview.waiting_rows += 1
            continue
        plan.rows.setdefault(entity, []).append(merged.state)
        _count(preview, entity, existing.get((entity, entity_id)), merged.state)
    plan.erased_ids = erased_ids
    preview.erased_people = len(erased_ids)
    preview.duplicates = _incoming_duplicates(store, plan.rows, existing)
    return plan


def _count(preview: ImportPreview, entity: str, before: dict[str, Any] | None, after: dict[str, Any]) -> None:
    if before is None:
        preview.new_rows += 1
        if entity == "people" and not after.get("deleted_at"):
            preview.new_people += 1
        elif entity == "registrations":
            preview.new_registrations += 1
        elif entity == "checkins":
            preview.new_checkins += 1
        return
    if any(before.get(key) != value for key, value in after.items()):
        preview.updated_rows += 1
        if entity == "people":
            preview.updated_people += 1


def _known_changes(store: Store, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[Change]]:
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, []).append(entity_id)
    found: dict[tuple[str, str], list[Change]] = {}
    for entity, ids in by_entity.items():
        for chunk in _chunks(ids):
            for row in store.execute(f"SELECT {_CHANGE_COLUMNS} FROM changes WHERE entity = ? AND entity_id "
                                        f"IN ({', '.join('?' * len(chunk))})", [entity, *chunk]).fetchall():
                found.setdefault((row[1], row[2]), []).append(Change.from_row(row))
    return found


def _existing_rows(store: Store, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, []).append(entity_id)
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for entity, ids in by_entity.items():
        for chunk in _chunks(ids):
            for row in store.rows(f"SELECT * FROM [{entity}] WHERE id IN ({', '.join('?' * len(chunk))})", chunk):
                found[(entity, row["id"])] = row
    return found


def _incoming_duplicates(store: Store, rows: dict[str, list[dict[str, Any]]],
                         existing: dict[tuple[str, str], dict[str, Any]]) -> list[DuplicatePair]:
    """New live people of the bundle who look like someone already here (or like each other)."""
    arriving = [p for p in rows.get("people", []) if ("people", p["id"]) not in existing and not p.get("deleted_at")]
    if not arriving:
        return []
    institutions = {r[0]: r[1] for r in store.execute("SELECT id, name FROM institutions").fetchall()}
    institutions.update((r["id"], r.get("name")) for r in rows.get("institutions", []))
    index: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for person in store.rows("SELECT id, given_names, family_names, email, institution_id FROM people "
                             "WHERE deleted_at IS NULL"):
        for key in duplicate_keys(person, institutions.get(person["institution_id"])):
            index.setdefault(key, []).append(person)
    pairs = []
    for person in arriving:
        keys = duplicate_keys(person, institutions.get(person.get("institution_id")))
        match = next(((key[0], other) for key in keys for other in index.get(key, [])
                      if other["id"] != person["id"] and could_be_one_person(key[0], other, person)), None)
        if match is not None:
            reason, other = match
            pairs.append(DuplicatePair(other["id"], _full_name(other), person["id"], _full_name(person), reason,
                                       person.get("email"), institutions.get(person.get("institution_id"))))
        for key in keys:
            index.setdefault(key, []).append(person)
    return pairs


def _full_name(person: dict[str, Any]) -> str:
    return f"{person.get('given_names') or ''} {person.get('family_names') or ''}".strip()
