"""The laptop's side of the hub: enrol once, then push what the hub lacks and pull what this laptop lacks.

Offline first: nothing here runs unless asked (``attendance sync hub`` or File › Sync with hub), and a
laptop that never reaches a hub works as before. Pushes send the local changes the hub has not
acknowledged, in pages of bundle lines, oldest first; the watermark moves only after the hub's answer,
which comes after its commit, so a cut connection at worst sends a page again (the hub skips known ids).
Each pushed page carries the signed chain segments of its changes' author devices (this laptop's own,
and those it keeps to relay, as a bundle does), which the hub verifies. Pulled pages come with the
segments covering them and are imported by the same code as a bundle, with the same verification
(:func:`attendance.sync.bundles.import_bundle`, ``hub_page``), each in one transaction with the cursor
that follows it, so a pull resumes where it stopped. The devices enrolled with the hub are trusted
"via hub" (:func:`attendance.sync.devices.trust_via_hub`): this laptop enrolled with a one-time code
from its coordinator, so the hub is its trust anchor for them; privileged changes from them still
wait for review unless this laptop trusts their device as coordinator, as with bundles.

The window reads :func:`hub_status` at start, so the HTTP client and the bundle code are imported
only by the functions that sync.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attendance.domain import AttendanceError
from attendance.i18n import tr
from attendance.store import DatabaseLocked, Store, utc_now

PUSH_PAGE = 5_000
PULL_PAGE = 10_000  # one page is one import transaction: short enough that the door never waits long
TIMEOUT_S = 120.0
_CHANGE_COLUMNS = "id, entity, entity_id, fields, at, device_id, author, based_on"
_NOT_RECEIVED = "NOT EXISTS (SELECT 1 FROM hub_received r WHERE r.change_id = c.id)"

Progress = Callable[[int, int], None]


class HubSyncError(AttendanceError):
    """The hub refused a request, or could not be reached; nothing acknowledged is lost."""


class HubUnreachable(HubSyncError):
    """No answer from the hub (no network, hub down, connection cut): sync again later."""


@dataclass(frozen=True)
class HubLink:
    """The hub this laptop is enrolled with."""

    url: str
    hub_id: str
    token: str
    pushed_rowid: int
    pull_cursor: int
    last_synced_at: str | None


@dataclass(frozen=True)
class HubStatus:
    """What the window's status line says: the hub, when it last synced, and how many changes wait."""

    url: str
    last_synced_at: str | None
    waiting: int


@dataclass
class HubSyncResult:
    """One sync's figures (``attendance sync hub --json``)."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    possible_duplicates: int = 0
    hub_cursor: int = 0

    def as_json(self) -> dict[str, int]:
        """The documented JSON of ``sync hub --json``."""
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts,
                "possible_duplicates": self.possible_duplicates, "hub_cursor": self.hub_cursor}


# --------------------------------------------------------------------------- the link
def hub_link(store: Store) -> HubLink | None:
    """The hub this laptop is enrolled with, or None."""
    found = store.execute("SELECT url, hub_id, token, pushed_rowid, pull_cursor, last_synced_at FROM hub_link"
                          ).fetchone()
    return HubLink(*found) if found else None


def hub_status(store: Store) -> HubStatus | None:
    """The hub, the last sync and the number of local changes not yet acknowledged (None if not enrolled)."""
    link = hub_link(store)
    if link is None:
        return None
    waiting = store.scalar(f"SELECT count(*) FROM changes c WHERE c.rowid > ? AND {_NOT_RECEIVED}",
                           [link.pushed_rowid])
    return HubStatus(link.url, link.last_synced_at, waiting)


def enrol(store: Store, url: str, code: str) -> HubLink:
    """Register this laptop with a hub using the coordinator's one-time code, and keep the link."""
    import urllib.parse

    url = url.rstrip("/").strip()
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise HubSyncError(tr("The hub address must start with https:// (or http:// on a trusted network)."))
    import base64

    from attendance.sync import devices

    # The hub keeps this laptop's device key, so it can name the laptop by the fingerprint people compare.
    public_key = base64.b64encode(devices.identity(store).public_key).decode()
    answer = json.loads(_request(url, "POST", "/v1/enrol", None, json.dumps(
        {"code": code, "device_id": store.device_id, "public_key": public_key}).encode(), "application/json")[0])
    with store.transaction():
        store.execute("INSERT OR REPLACE INTO hub_link (id, url, hub_id, token, pushed_rowid, pull_cursor, "
                      "enrolled_at) VALUES (1, ?, ?, ?, 0, 0, ?)", [url, answer["hub_id"], answer["token"],
                                                                     utc_now()])
    link = hub_link(store)
    assert link is not None
    return link


# --------------------------------------------------------------------------- sync
def sync_with_hub(store: Store, progress: Progress | None = None) -> HubSyncResult:
    """Push every change the hub has not acknowledged, then pull every change this laptop has not seen."""
    link = hub_link(store)
    if link is None:
        raise HubSyncError(tr("This laptop is not enrolled with a hub; run 'attendance sync hub --url URL "
                              "--enrol CODE' first."))
    result = HubSyncResult()
    result.pushed, result.hub_cursor = _push(store, link, progress)
    _trust_enrolled(store, link)
    _pull(store, link, result, progress)
    with store.transaction():
        store.execute("UPDATE hub_link SET last_synced_at = ?", [utc_now()])
    store.catch_up_clock()
    return result


def _trust_enrolled(store: Store, link: HubLink) -> None:
    """Trust "via hub" the devices enrolled with the hub (their keys as the hub lists them)."""
    import base64
    import binascii

    from attendance.sync import devices

    try:
        listed = json.loads(_request(link.url, "GET", "/v1/devices", link.token)[0])["devices"]
        enrolled = [(str(item["device_id"]), base64.b64decode(item["public_key"], validate=True)) for item in listed]
    except (ValueError, KeyError, TypeError, binascii.Error) as error:
        raise HubSyncError(tr("The hub's list of devices is damaged.")) from error
    with _write_transaction(store):
        devices.trust_via_hub(store, [(device_id, key) for device_id, key in enrolled if len(key) == 32])


def signed_page(store: Store, changes: list[tuple[Any, ...]]) -> tuple[bytes, bytes]:
    """A push page of ``changes`` rows: the ``devices.json`` of the signed chain segments covering them
    (this laptop's own chain, and the segments it keeps of other devices, as a bundle carries), and
    their bundle lines."""
    from attendance.sync import bundles, sealing, signing

    lines = [bundles.change_line(row) for row in changes]
    # The chain hashes the public line (a badge key as its commitment); only those lines differ.
    public = [sealing.public_line(row) if row[1] == "events" and '"badge_key"' in row[3] else line
              for row, line in zip(changes, lines, strict=True)]
    return signing.devices_file(store, changes, public, sealing.public_line), b"".join(lines)


def _push(store: Store, link: HubLink, progress: Progress | None) -> tuple[int, int]:
    end = store.scalar("SELECT coalesce(max(rowid), 0) FROM changes")
    total = store.scalar(f"SELECT count(*) FROM changes c WHERE c.rowid > ? AND c.rowid <= ? AND {_NOT_RECEIVED}",
                         [link.pushed_rowid, end])
    sent, watermark, hub_cursor = 0, link.pushed_rowid, link.pull_cursor
    while True:
        rows = store.execute(f"SELECT c.rowid, {', '.join('c.' + n for n in _CHANGE_COLUMNS.split(', '))} "
                             f"FROM changes c WHERE c.rowid > ? AND c.rowid <= ? AND {_NOT_RECEIVED} "
                             "ORDER BY c.rowid LIMIT ?", [watermark, end, PUSH_PAGE]).fetchall()
        if not rows:
            break
        signed, lines = signed_page(store, [row[1:] for row in rows])
        answer = json.loads(_request(link.url, "POST", "/v1/push", link.token, signed + lines,
                                     "application/x-ndjson", {"Attendance-Schema": store.meta("schema_version") or "",
                                                              "Attendance-Devices": str(len(signed))})[0])
        watermark, hub_cursor = rows[-1][0], answer["cursor"]
        with store.transaction():
            store.execute("UPDATE hub_link SET pushed_rowid = ?", [watermark])
        sent += len(rows)
        if progress:
            progress(sent, total)
    if watermark < end:  # only changes from the hub lie between: nothing to send, skip them next time
        with store.transaction():
            store.execute("UPDATE hub_link SET pushed_rowid = ?", [end])
    return sent, hub_cursor


def _pull(store: Store, link: HubLink, result: HubSyncResult, progress: Progress | None) -> None:
    from attendance.sync import bundles, merge

    after = store.scalar("SELECT pull_cursor FROM hub_link")
    erased = False
    with tempfile.TemporaryDirectory(prefix="attendance-hub-") as folder:
        while True:
            body, headers = _request(link.url, "GET", f"/v1/pull?after={after}&limit={PULL_PAGE}", link.token)
            if headers.get("Attendance-Hub") != link.hub_id:
                raise HubSyncError(tr("The hub at {url} is not the one this laptop was enrolled with.", url=link.url))
            next_cursor, count = int(headers["Attendance-Next"]), int(headers.get("Attendance-Count", "0"))
            size = int(headers.get("Attendance-Devices", "0"))
            signed, body = body[:size], body[size:]
            with _write_transaction(store):
                if count:
                    page = _page_bundle(Path(folder), store, link.hub_id, after, next_cursor, body, signed, count)
                    try:  # verified as a bundle is: every change against its author's signed chain and trust
                        preview = bundles.import_bundle(store, page, hub_page=True)
                    except bundles.BundleError as error:
                        raise HubSyncError(tr("A page pulled from the hub (changes after {after}) was refused, "
                                              "nothing of it was imported: {detail}", after=after,
                                              detail=error)) from error
                    result.pulled += preview.changes_new
                    erased = erased or preview.erased_people > 0
                    result.conflicts += len(preview.conflicts)
                    result.possible_duplicates += len(preview.duplicates)
                    items = json.loads(b"[" + b",".join(line for line in body.splitlines() if line.strip()) + b"]")
                    store.conn.executemany("INSERT OR IGNORE INTO hub_received (change_id) VALUES (?)",
                                           [(item["id"],) for item in items])
                store.execute("UPDATE hub_link SET pull_cursor = ?", [next_cursor])
            after, result.hub_cursor = next_cursor, max(result.hub_cursor, next_cursor)
            if progress and count:
                progress(result.pulled, result.pulled)
            if headers.get("Attendance-More") != "1":
                break
    if erased:  # the erased people's old pages leave the file, now that the pages are committed
        merge.compact_after_erasure(store)


@contextmanager
def _write_transaction(store: Store) -> Iterator[None]:
    """A transaction that takes the write lock first (``BEGIN IMMEDIATE``), waiting for the door's check-ins.

    A plain transaction that reads and then writes is refused at once when another connection wrote
    in between (SQLite cannot upgrade a stale read), which a busy door always does during a big pull.
    """
    try:
        store.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise DatabaseLocked(tr("The database {path} is locked by another program; close it and try again.",
                                path=store.path)) from error
    try:
        with store.transaction():  # a savepoint inside, with the store's translated errors
            yield
    except BaseException:
        if store.conn.in_transaction:
            store.execute("ROLLBACK")
        raise
    store.execute("COMMIT")


def _page_bundle(folder: Path, store: Store, hub: str, after: int, until: int, lines: bytes, signed: bytes,
                 count: int) -> Path:
    """A pulled page as a bundle file (its lines and the signed segments covering them), so it is
    checked and merged exactly as a bundle is."""
    from attendance.sync import bundles, signing

    manifest = {
        "format": bundles.FORMAT, "format_version": bundles.FORMAT_VERSION,
        "schema_version": store.meta("schema_version"), "bundle_id": f"hub-{hub}-{after}-{until}",
        "device_id": f"hub-{hub}", "created_at": utc_now(), "scope": "hub", "event_id": None,
        "counts": {"changes": count},
        "files": {bundles.CHANGES_FILE: {"sha256": hashlib.sha256(lines).hexdigest(), "bytes": len(lines)},
                  signing.DEVICES_FILE: {"sha256": hashlib.sha256(signed).hexdigest(), "bytes": len(signed)}},
    }
    target = folder / f"page-{after}.zip"
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as bundle:
        bundle.writestr(bundles.MANIFEST_FILE, json.dumps(manifest))
        bundle.writestr(bundles.CHANGES_FILE, lines)
        bundle.writestr(signing.DEVICES_FILE, signed)
    return target


# --------------------------------------------------------------------------- HTTP
def _request(url: str, method: str, path: str, token: str | None, body: bytes | None = None,
             content_type: str | None = None, extra: dict[str, str] | None = None) -> tuple[bytes, Any]:
    """One request to the hub; returns (body, headers). Errors become translated HubSyncErrors."""
    import http.client
    import urllib.error
    import urllib.request

    headers = dict(extra or {})
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(url + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            return response.read(), response.headers
    except urllib.error.HTTPError as error:
        try:
            reason = json.loads(error.read()).get("error") or error.reason
        except (ValueError, AttributeError, OSError, http.client.HTTPException):
            reason = error.reason
        raise HubSyncError(tr("The hub refused the request ({status}): {reason}", status=error.code,
                              reason=reason)) from error
    except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
        detail = getattr(error, "reason", None) or error
        raise HubUnreachable(tr("Could not reach the hub at {url} ({detail}); nothing is lost, sync again "
                                "when the network is back.", url=url, detail=detail)) from error
