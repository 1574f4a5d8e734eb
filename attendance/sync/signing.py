"""Signed sync bundles: every change attributable to the device that wrote it, even when relayed.

**Hash chain.** Each device's changes, in the order it logged them, form a chain: change number
``n`` (from 1) has the hash ``h_n = sha256(its bundle line)`` and the chain value
``c_n = sha256(c_{n-1} + h_n)`` with ``c_0`` 32 zero bytes, so each chain value names its
device's previous one. A device signs a chain value with :func:`chain_message` (its device id, the
number ``n`` and ``c_n``); one Ed25519 signature then vouches for every change up to ``n``.

**In a bundle.** ``devices.json`` (listed with its sha256 in the manifest) holds one *segment* per
author device (several when relayed pieces do not join up): device id, public key, ``first_seq``,
``count``, ``base`` (= ``c_{first_seq-1}``), the ``hashes`` ``h_first_seq .. h_last`` and the
signature of the chain value they lead to. ``signature.json`` holds the exporting device's
signature of the manifest's bytes. Checking a bundle is then one hash per change and per chain
step plus one signature per segment (one Ed25519 check costs ~180 µs; one per change would cost
18 s per 100,000). A laptop keeps the segments it received (``device_chain_segments``) so a
coordinator relaying another desk's changes includes that desk's signed segments and they still
verify on a third laptop.

**Erased people.** Erasure rewrites a person's earlier changes without personal data, so their
hashes no longer match the chain. Such a change is accepted unsigned only if it carries no personal
data and its person is erased (here or by the bundle itself); it can then change nothing a
person could be identified by.

**Trust.** New changes are accepted only from devices this laptop trusts
(:mod:`attendance.sync.devices`); an unknown, pending or revoked device's bundle is refused with
its fingerprint in the message (its changes already here stay). **Privileged changes**
(:func:`privilege`: a known event's badge key, an event deleted, a person erased or merged into
another) are accepted only from a device trusted as coordinator for that event (for a person: for
an event they are registered for); from any other trusted device they are held for review
(``held_changes``) and the rest of the bundle is imported.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from attendance.domain import AttendanceError
from attendance.i18n import tr
from attendance.store import Store, utc_now
from attendance.sync import devices
from attendance.sync.merge import Change, scrub

DEVICES_FILE = "devices.json"
SIGNATURE_FILE = "signature.json"
#: The most a bundle's signature file may inflate to.
MAX_SIGNATURE_BYTES = 4096
_ZERO = bytes(32)
_CHAIN_CONTEXT = b"attendance-chain-v1\x00"
_MANIFEST_CONTEXT = b"attendance-manifest-v1\x00"
_CHANGE_COLUMNS = "rowid, id, entity, entity_id, fields, at, device_id, author, based_on"


class SignatureRefused(AttendanceError):
    """A bundle whose signatures, chain or devices are not acceptable; nothing was written."""


class UntrustedDevice(SignatureRefused):
    """New changes of a device this laptop does not trust yet; ``fingerprint`` (digits) to confirm."""

    def __init__(self, message: str, fingerprint: str) -> None:
        super().__init__(message)
        self.fingerprint = fingerprint


@dataclass(frozen=True)
class Segment:
    """A signed piece of one device's chain: hashes ``first_seq`` .. ``first_seq + len - 1``."""

    device_id: str
    public_key: bytes
    first_seq: int
    base: bytes
    hashes: bytes
    signature: bytes

    @property
    def count(self) -> int:
        """How many change hashes the segment holds."""
        return len(self.hashes) // 32

    def head(self) -> bytes:
        """The chain value after the segment's last change."""
        return fold(self.base, self.hashes)

    def as_json(self) -> dict[str, Any]:
        """The segment as ``devices.json`` carries it."""
        return {"device_id": self.device_id, "public_key": _b64(self.public_key), "first_seq": self.first_seq,
                "count": self.count, "base": self.base.hex(), "hashes": _b64(self.hashes),
                "signature": _b64(self.signature)}


@dataclass
class Verified:
    """What checking a bundle's signatures found, to record when it is imported."""

    segments: list[Segment] = field(default_factory=list)
    #: Devices trusted by this import (``--trust-fingerprint``): (fingerprint, public key, device id).
    to_trust: list[tuple[str, bytes, str]] = field(default_factory=list)
    #: Trusted devices whose key and device id become known: (public key, device id).
    to_bind: list[tuple[bytes, str]] = field(default_factory=list)
    #: Privileged changes of devices not coordinator for their event: (change, privilege), kept for review.
    held: list[tuple[Change, str]] = field(default_factory=list)
    #: The exporter's public key and its signed X25519 box key, kept if this laptop trusts it.
    box_key: tuple[bytes, bytes] | None = None


def change_hash(line: bytes) -> bytes:
    """The sha256 of a change's bundle line (without its newline)."""
    return hashlib.sha256(line).digest()


def fold(base: bytes, hashes: bytes) -> bytes:
    """The chain value after ``hashes`` (32 bytes each), starting from ``base``."""
    value = base
    sha256 = hashlib.sha256
    for start in range(0, len(hashes), 32):
        value = sha256(value + hashes[start:start + 32]).digest()
    return value


def chain_message(device_id: str, last_seq: int, head: bytes) -> bytes:
    """What a device signs to vouch for its chain up to change number ``last_seq``."""
    return _CHAIN_CONTEXT + device_id.encode() + b"\x00" + last_seq.to_bytes(8, "big") + head


# --------------------------------------------------------------------------- export
def extend_own_chain(store: Store, line_of: Any) -> list[Segment]:
    """Add this laptop's changes logged since the last export to its chain; its segments, in order.

    ``line_of`` turns a ``changes`` row (without rowid) into its bundle line (the bundle module's).
    """
    me = devices.identity(store)
    done = int(store.meta("chain_rowid") or 0)
    rows = store.execute(f"SELECT {_CHANGE_COLUMNS} FROM changes WHERE rowid > ? AND device_id = ? ORDER BY rowid",
                         [done, me.device_id]).fetchall()
    segments = own_segments(store)
    if rows:
        base = segments[-1].head() if segments else _ZERO
        first = segments[-1].first_seq + segments[-1].count if segments else 1
        hashes = b"".join(change_hash(line_of(row[1:]).rstrip(b"\n")) for row in rows)
        head = fold(base, hashes)
        signature = me.sign(chain_message(me.device_id, first + len(hashes) // 32 - 1, head))
        segment = Segment(me.device_id, me.public_key, first, base, hashes, signature)
        with store.transaction():
            _store_segment(store, segment)
            store.set_meta("chain_rowid", str(rows[-1][0]))
        segments.append(segment)
    return segments


def own_segments(store: Store) -> list[Segment]:
    """This laptop's chain, as the segments it was extended by."""
    me = devices.identity(store)
    return [s for s in _segments(store, me.device_id) if s.public_key == me.public_key]


def devices_file(store: Store, rows: Sequence[Sequence[Any]], lines: Sequence[bytes], line_of: Any) -> bytes:
    """The ``devices.json`` of a bundle carrying ``rows`` (``changes`` rows, their bundle ``lines``)."""
    me = devices.identity(store)
    own = extend_own_chain(store, line_of)
    wanted: dict[str, set[bytes]] = {}
    for row, line in zip(rows, lines, strict=True):
        wanted.setdefault(row[5], set()).add(change_hash(line.rstrip(b"\n")))
    chosen: list[Segment] = []
    for device_id, hashes in sorted(wanted.items()):
        if device_id == me.device_id:
            chosen.extend(_own_proof(me, own, hashes))
        else:
            chosen.extend(_cover(_segments(store, device_id), hashes))
    return json.dumps({"devices": [s.as_json() for s in chosen]}).encode()


def _own_proof(me: devices.Identity, own: list[Segment], wanted: set[bytes]) -> list[Segment]:
    """One freshly signed segment of this laptop's chain from its first wanted change to its head."""
    if not own:
        return []
    everything = b"".join(s.hashes for s in own)
    first = next((i for i in range(0, len(everything), 32) if everything[i:i + 32] in wanted), None)
    if first is None:
        return []
    base = fold(_ZERO, everything[:first])
    hashes = everything[first:]
    last_seq = len(everything) // 32
    return [Segment(me.device_id, me.public_key, first // 32 + 1, base, hashes,
                    me.sign(chain_message(me.device_id, last_seq, fold(base, hashes))))]


def _cover(segments: list[Segment], wanted: set[bytes]) -> list[Segment]:
    """Received segments that together hold every wanted hash they can (longest reach first)."""
    left, chosen = set(wanted), []
    for segment in sorted(segments, key=lambda s: (-(s.first_seq + s.count), s.first_seq)):
        if not left:
            break
        held = {segment.hashes[i:i + 32] for i in range(0, len(segment.hashes), 32)}
        if held & left:
            chosen.append(segment)
            left -= held
    return chosen


def manifest_signature(store: Store, manifest: bytes) -> bytes:
    """The ``signature.json`` of a bundle: the exporting device's signature of its manifest's bytes."""
    me = devices.identity(store)
    from attendance.sync.sealing import box_public

    box_key = box_public(me)
    return json.dumps({"device_id": me.device_id, "public_key": _b64(me.public_key), "box_key": _b64(box_key),
                       "signature": _b64(me.sign(_MANIFEST_CONTEXT + manifest + box_key))}).encode()


# --------------------------------------------------------------------------- import
def verify_bundle(store: Store, manifest: dict[str, Any], manifest_raw: bytes, signature_raw: bytes | None,
                  devices_raw: bytes | None, changes_raw: bytes, changes: Sequence[Change],
                  known_ids: frozenset[str], *, trust_fingerprint: str | None = None) -> Verified:
    """Check a bundle's manifest signature, its devices' signed chains and the trust of every author.

    Raises SignatureRefused (translated, naming the line or the device's fingerprint); writes nothing.
    """
    if signature_raw is None or devices_raw is None:
        raise SignatureRefused(tr("it is not signed (made by an older version of Attendance, or altered)"))
    signer = _load(signature_raw)
    try:
        signer_key = _unb64(signer["public_key"])
        box_key = _unb64(signer["box_key"])
        signature = _unb64(signer["signature"])
    except (KeyError, TypeError, ValueError) as error:
        raise SignatureRefused(tr("its signature is damaged")) from error
    if signer.get("device_id") != manifest.get("device_id") or len(box_key) != 32 or not devices.verify(
            signer_key, signature, _MANIFEST_CONTEXT + manifest_raw + box_key):
        raise SignatureRefused(tr("its signature does not match its contents: it was altered after it was made"))
    segments = _parse_segments(devices_raw)
    held: dict[str, set[bytes]] = {}
    keys: dict[str, bytes] = {}
    for segment in segments:
        if keys.setdefault(segment.device_id, segment.public_key) != segment.public_key:
            raise SignatureRefused(tr("it names two keys for the device {device}", device=segment.device_id))
        if not devices.verify(segment.public_key, segment.signature, chain_message(
                segment.device_id, segment.first_seq + segment.count - 1, segment.head())):
            raise SignatureRefused(tr("the changes of the device {fingerprint} do not match its signature: they "
                                      "were altered", fingerprint=_shown(segment.public_key)))
        held.setdefault(segment.device_id, set()).update(
            segment.hashes[i:i + 32] for i in range(0, len(segment.hashes), 32))
    hashes = _line_hashes(changes_raw, changes)
    unsigned: list[tuple[int, Change]] = []
    authors: set[str] = set()
    for index, change in enumerate(changes):
        if change.id in known_ids:
            continue
        authors.add(change.device_id)
        if hashes[index] not in held.get(change.device_id, ()):
            unsigned.append((index, change))
    if unsigned:
        _check_scrubbed(store, changes, unsigned)
    result = Verified(segments=[s for s in segments if s.device_id != store.device_id],
                      box_key=(signer_key, box_key))
    wanted = devices.parse_fingerprint(trust_fingerprint) if trust_fingerprint else None
    trusted = {device_id: _check_trust(store, device_id, keys.get(device_id), wanted, result)
               for device_id in sorted(authors)}
    _hold_privileged(store, [c for c in changes if c.id not in known_ids], trusted, result)
    return result


PRIVILEGES = ("badge_key", "event_deleted", "person_erased", "people_merged")


def privilege(store: Store, change: Change) -> str | None:
    """Which privileged change this is (one of :data:`PRIVILEGES`), or None for an ordinary one."""
    fields = change.fields
    if change.entity == "events":
        if fields.get("deleted_at"):
            return "event_deleted"
        if "badge_key" in fields and store.scalar("SELECT 1 FROM events WHERE id = ?", [change.entity_id]):
            return "badge_key"  # a new event's first key is its creator's; changing a known one is not
    elif change.entity == "people":
        if fields.get("erased_at"):
            return "person_erased"
        if fields.get("merged_into"):
            return "people_merged"
    return None


def _hold_privileged(store: Store, changes: Sequence[Change], trusted: dict[str, devices.KnownDevice | None],
                     result: Verified) -> None:
    """Keep back the privileged changes of devices that are not coordinator for their event."""
    person_events: dict[str, set[str]] = {}
    for change in changes:
        if change.entity == "registrations" and isinstance(change.fields.get("person_id"), str):
            person_events.setdefault(change.fields["person_id"], set()).add(str(change.fields.get("event_id")))
    for change in changes:
        kind = privilege(store, change)
        if kind is None:
            continue
        device = trusted.get(change.device_id)
        if device is not None and device.trust == devices.COORDINATOR:
            if not device.events:
                continue
            if change.entity == "events":
                events = {change.entity_id}
            else:
                events = person_events.get(change.entity_id, set()) | {r[0] for r in store.execute(
                    "SELECT event_id FROM registrations WHERE person_id = ?", [change.entity_id])}
            if events & set(device.events):
                continue
        result.held.append((change, kind))


def _check_trust(store: Store, device_id: str, key: bytes | None, wanted: str | None,
                 result: Verified) -> devices.KnownDevice | None:
    """The trusted device behind ``device_id`` (None: trusted by this import), else SignatureRefused."""
    if key is None:  # only scrubbed copies of this device's changes: its key must already be known here
        row = store.execute("SELECT public_key FROM known_devices WHERE device_id = ? AND public_key IS NOT NULL",
                            [device_id]).fetchone()
        if row is None:
            raise SignatureRefused(tr("it holds changes of the device {device} without its signature",
                                      device=device_id))
        key = bytes(row[0])
    digits = devices.fingerprint(key)
    shown = devices.format_fingerprint(digits)
    found = devices.known(store, digits)
    if found is not None and found.trust == devices.REVOKED:
        raise SignatureRefused(tr("it holds new changes of the device {fingerprint}, which this laptop revoked",
                                  fingerprint=shown))
    if found is not None and found.trust in (devices.TRUSTED, devices.COORDINATOR):
        if found.device_id not in (None, device_id):
            raise SignatureRefused(tr("the device {fingerprint} claims another device's id", fingerprint=shown))
        if found.device_id is None:
            result.to_bind.append((key, device_id))
        return found
    if wanted == digits:
        result.to_trust.append((digits, key, device_id))
        return None
    raise UntrustedDevice(tr("it holds changes of the device {fingerprint}, which this laptop does not trust. "
                             "Compare this code with the one shown on that laptop (Devices page, or attendance "
                             "device show) and trust it first", fingerprint=shown), digits)


def _check_scrubbed(store: Store, changes: Sequence[Change], unsigned: list[tuple[int, Change]]) -> None:
    """Unsigned changes pass only as erased people's scrubbed copies (see the module docstring)."""
    erased = {c.entity_id for c in changes if c.entity == "people" and c.fields.get("erased_at")}
    owner = {c.entity_id: c.fields["person_id"] for c in changes
             if c.entity == "registrations" and isinstance(c.fields.get("person_id"), str)}
    for index, change in unsigned:
        if change.entity == "people":
            person: str | None = change.entity_id
            clean = scrub(change) is change
        elif change.entity == "registrations":
            person = owner.get(change.entity_id) or store.scalar(
                "SELECT person_id FROM registrations WHERE id = ?", [change.entity_id])
            clean = "position" in change.fields and change.fields["position"] is None
        else:
            person, clean = None, False
        if not (clean and person is not None and (person in erased or store.scalar(
                "SELECT 1 FROM people WHERE id = ? AND erased_at IS NOT NULL", [person]))):
            raise SignatureRefused(tr("the change on line {line} is not signed by its device: it was altered or "
                                      "added", line=index + 1))


def _line_hashes(raw: bytes, changes: Sequence[Change]) -> list[bytes]:
    """The hash of each change's line as it is in the file (the common case), else as re-written."""
    lines = [line for line in raw.split(b"\n") if line.strip()]
    if len(lines) == len(changes):
        return [change_hash(line.rstrip(b"\r")) for line in lines]
    from attendance.sync.sealing import public_line  # a file with unusual line breaks: rare (import cycle)

    return [change_hash(public_line(c.as_row()).rstrip(b"\n")) for c in changes]


def record(store: Store, verified: Verified, bundle_id: str) -> None:
    """Keep an imported bundle's signed segments, the trust it confirmed and its held changes
    (inside the import's transaction)."""
    now = utc_now()
    store.conn.executemany(
        "INSERT OR IGNORE INTO held_changes (id, entity, entity_id, fields, at, device_id, author, based_on, "
        "reason, bundle_id, held_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(*change.as_row(), reason, bundle_id, now) for change, reason in verified.held])
    for digits, key, device_id in verified.to_trust:
        devices.trust(store, digits, public_key=key, device_id=device_id)
    for key, device_id in verified.to_bind:
        devices.bind(store, key, device_id)
    for segment in verified.segments:
        _store_segment(store, segment)
    if verified.box_key is not None:
        devices.learn_box_key(store, *verified.box_key)


def _store_segment(store: Store, segment: Segment) -> None:
    store.execute("INSERT OR IGNORE INTO device_chain_segments (device_id, public_key, first_seq, count, base, "
                  "hashes, signature) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  [segment.device_id, segment.public_key, segment.first_seq, segment.count, segment.base,
                   segment.hashes, segment.signature])


def _segments(store: Store, device_id: str) -> list[Segment]:
    return [Segment(r[0], bytes(r[1]), r[2], bytes(r[3]), bytes(r[4]), bytes(r[5])) for r in store.execute(
        "SELECT device_id, public_key, first_seq, base, hashes, signature FROM device_chain_segments "
        "WHERE device_id = ? ORDER BY first_seq, count", [device_id])]


def _parse_segments(raw: bytes) -> list[Segment]:
    found = _load(raw).get("devices")
    if not isinstance(found, list):
        raise SignatureRefused(tr("its list of devices is damaged"))
    segments = []
    for item in found:
        try:
            hashes = _unb64(item["hashes"])
            base = bytes.fromhex(item["base"])
            segment = Segment(item["device_id"], _unb64(item["public_key"]), item["first_seq"], base, hashes,
                              _unb64(item["signature"]))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise SignatureRefused(tr("its list of devices is damaged")) from error
        if (not isinstance(segment.device_id, str) or type(segment.first_seq) is not int or segment.first_seq < 1
                or len(base) != 32 or len(hashes) % 32 or len(segment.public_key) != 32):
            raise SignatureRefused(tr("its list of devices is damaged"))
        segments.append(segment)
    return segments


def _load(raw: bytes) -> dict[str, Any]:
    try:
        found = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise SignatureRefused(tr("its signature is damaged")) from error
    if not isinstance(found, dict):
        raise SignatureRefused(tr("its signature is damaged"))
    return found


def _shown(public_key: bytes) -> str:
    return devices.format_fingerprint(devices.fingerprint(public_key))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError(text)
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise ValueError(text) from error
