"""This laptop's device identity and the devices it trusts.

Each laptop has an Ed25519 key pair (the ``cryptography`` package), made the first time it is
needed (the first export, ``attendance device show``, the Devices page). The private key is a file
beside the database, ``<database>.device-key`` (PKCS#8 PEM, permissions 0600), and never in the
database: a database copy or backup handed on must not let its holder sign as this laptop. A
database moved without its key file gets a new key (other laptops then see a new fingerprint and
must trust it again).

A device is named by its **fingerprint**: the sha256 of its raw 32-byte public key, shown as 24
decimal digits in six groups of four (as messaging apps show safety numbers), and as a QR code of
those digits with its public keys (:func:`qr_text`), so that scanning it also lets this laptop seal
badge keys for that one. A laptop trusts another by typing (or scanning) its fingerprint, or by confirming it
when the first bundle of that device is imported. Trust states are in ``known_devices``
(migration 0007): trusted, coordinator (for some events or all), revoked, pending.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from attendance.domain import AttendanceError, InvalidValue
from attendance.i18n import tr
from attendance.store import Store, utc_now

TRUSTED, COORDINATOR, REVOKED, PENDING = "trusted", "coordinator", "revoked", "pending"
TRUST_STATES = (TRUSTED, COORDINATOR, REVOKED, PENDING)
_DIGITS = 24


class DeviceError(AttendanceError):
    """A device or key problem; the message says what to do."""


@dataclass(frozen=True)
class Identity:
    """This laptop's key pair, device id and fingerprint."""

    device_id: str
    private_key: Ed25519PrivateKey
    public_key: bytes
    fingerprint: str

    def sign(self, message: bytes) -> bytes:
        """The Ed25519 signature of ``message`` by this laptop."""
        return self.private_key.sign(message)


@dataclass(frozen=True)
class KnownDevice:
    """A device this laptop knows, by fingerprint."""

    fingerprint: str
    device_id: str | None
    trust: str
    events: tuple[str, ...]
    added_at: str

    def as_json(self) -> dict[str, object]:
        """The documented JSON of ``device list --json``."""
        return {"fingerprint": format_fingerprint(self.fingerprint), "device_id": self.device_id,
                "trust": self.trust, "events": list(self.events), "added_at": self.added_at}


def fingerprint(public_key: bytes) -> str:
    """The 24-digit fingerprint of a raw Ed25519 public key (digits only, no spaces)."""
    number = int.from_bytes(hashlib.sha256(public_key).digest()[:16], "big")
    return str(number % 10**_DIGITS).zfill(_DIGITS)


def format_fingerprint(digits: str) -> str:
    """A fingerprint as people compare it: six groups of four digits."""
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def parse_code(text: str) -> tuple[str, bytes | None, bytes | None]:
    """A typed fingerprint, or the text of a device's QR code (fingerprint, public key and box key).

    Returns (digits, public key, box key); the keys are None for typed digits. Raises InvalidValue.
    """
    parts = (text or "").strip().split(":")
    if len(parts) == 3:
        try:
            public_key, box_key = (base64.b64decode(part, validate=True) for part in parts[1:])
        except binascii.Error as error:
            raise InvalidValue(tr("This QR code is not a device's code.")) from error
        if len(public_key) != 32 or len(box_key) != 32 or fingerprint(public_key) != parse_fingerprint(parts[0]):
            raise InvalidValue(tr("This QR code is not a device's code."))
        return parts[0], public_key, box_key
    return parse_fingerprint(text), None, None


def parse_fingerprint(text: str) -> str:
    """A fingerprint typed with any spaces or dashes; raises InvalidValue when it is not 24 digits."""
    digits = re.sub(r"[\s\-.]", "", text or "")
    if not re.fullmatch(rf"\d{{{_DIGITS}}}", digits):
        raise InvalidValue(tr("{code} is not a device fingerprint: it has 24 digits in six groups of four.",
                              code=text))
    return digits


def key_path(store: Store) -> Path:
    """Where this laptop's private key lives: beside the database, never inside it."""
    return store.path.with_name(store.path.name + ".device-key")


def identity(store: Store) -> Identity:
    """This laptop's identity, making the key pair on first use (the file is created 0600)."""
    cached = getattr(store, "_device_identity", None)
    if cached is not None:
        return cached
    path = key_path(store)
    try:
        key = _read_key(path) if path.exists() else _create_key(path)
    except FileExistsError:  # another process of this laptop made it first
        key = _read_key(path)
    except OSError as error:
        raise DeviceError(tr("Could not read or create this laptop's device key {path}: {detail}", path=path,
                             detail=error)) from error
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    found = Identity(store.device_id, key, public, fingerprint(public))
    store._device_identity = found  # type: ignore[attr-defined]
    return found


def _create_key(path: Path) -> Ed25519PrivateKey:
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    # O_EXCL: two processes opening a new database never make two keys; 0600 from the start.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(pem)
        file.flush()
        os.fsync(file.fileno())
    return key


def _read_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except ValueError as error:
        raise DeviceError(tr("This laptop's device key {path} is damaged; move it away to make a new one "
                             "(other laptops must then trust this one again).", path=path)) from error
    if not isinstance(key, Ed25519PrivateKey):
        raise DeviceError(tr("This laptop's device key {path} is not an Ed25519 key.", path=path))
    return key


def verify(public_key: bytes, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` is the device's signature of ``message``."""
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# --------------------------------------------------------------------------- known devices
def known(store: Store, digits: str) -> KnownDevice | None:
    """The device with this fingerprint, if this laptop knows it."""
    row = store.execute("SELECT fingerprint, device_id, trust, added_at FROM known_devices WHERE fingerprint = ?",
                        [digits]).fetchone()
    if row is None:
        return None
    events = tuple(r[0] for r in store.execute(
        "SELECT event_id FROM device_coordinator_events WHERE fingerprint = ? ORDER BY event_id", [digits]))
    return KnownDevice(row[0], row[1], row[2], events, row[3])


def list_devices(store: Store) -> list[KnownDevice]:
    """Every device this laptop knows, by when it was added."""
    digits = [r[0] for r in store.execute("SELECT fingerprint FROM known_devices ORDER BY added_at, fingerprint")]
    return [device for d in digits if (device := known(store, d)) is not None]


def trust(store: Store, text: str, *, coordinator: bool = False, event_id: str | None = None,
          public_key: bytes | None = None, device_id: str | None = None,
          box_key: bytes | None = None) -> KnownDevice:
    """Trust the device with this fingerprint or QR code text (as a coordinator, for one event or all).

    A QR code's text also gives its keys, so badge keys can be sealed for it at once. Trusting this
    laptop's own fingerprint is refused. A revoked device can be trusted again.
    """
    digits, scanned_key, scanned_box = parse_code(text)
    public_key, box_key = public_key or scanned_key, box_key or scanned_box
    if digits == identity(store).fingerprint:
        raise InvalidValue(tr("{fingerprint} is this laptop's own fingerprint.",
                              fingerprint=format_fingerprint(digits)))
    if event_id is not None and not coordinator:
        raise InvalidValue(tr("--event only goes with --coordinator"))
    if event_id is not None and store.row("events", event_id) is None:
        raise InvalidValue(tr("No such event"))
    state = COORDINATOR if coordinator else TRUSTED
    now = utc_now()
    with store.transaction():
        store.execute(
            "INSERT INTO known_devices (fingerprint, device_id, public_key, box_key, trust, added_at, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO UPDATE SET trust = excluded.trust, "
            "changed_at = excluded.changed_at, device_id = coalesce(excluded.device_id, device_id), "
            "public_key = coalesce(excluded.public_key, public_key), box_key = coalesce(excluded.box_key, box_key)",
            [digits, device_id, public_key, box_key, state, now, now])
        if not coordinator:
            store.execute("DELETE FROM device_coordinator_events WHERE fingerprint = ?", [digits])
        elif event_id is not None:
            store.execute("INSERT OR IGNORE INTO device_coordinator_events (fingerprint, event_id) VALUES (?, ?)",
                          [digits, event_id])
    found = known(store, digits)
    assert found is not None
    return found


def revoke(store: Store, text: str) -> KnownDevice:
    """Revoke a device (by fingerprint or device id): nothing new of it is accepted; its earlier changes stay."""
    row = store.execute("SELECT fingerprint FROM known_devices WHERE device_id = ?", [text.strip()]).fetchone()
    digits = row[0] if row else parse_fingerprint(text)
    if known(store, digits) is None:
        raise InvalidValue(tr("No known device has the fingerprint or id {device}.", device=text))
    with store.transaction():
        store.execute("UPDATE known_devices SET trust = ?, changed_at = ? WHERE fingerprint = ?",
                      [REVOKED, utc_now(), digits])
        store.execute("DELETE FROM device_coordinator_events WHERE fingerprint = ?", [digits])
    found = known(store, digits)
    assert found is not None
    return found


def bind(store: Store, public_key: bytes, device_id: str) -> None:
    """Remember the key and device id of a trusted fingerprint once one of its bundles verified."""
    store.execute("UPDATE known_devices SET public_key = ?, device_id = ? WHERE fingerprint = ? AND "
                  "(public_key IS NULL OR device_id IS NULL)", [public_key, device_id, fingerprint(public_key)])


def learn_box_key(store: Store, public_key: bytes, box_key: bytes) -> None:
    """Remember a known device's box key (from a bundle it signed)."""
    store.execute("UPDATE known_devices SET box_key = ? WHERE fingerprint = ?", [box_key, fingerprint(public_key)])


def qr_text(store: Store) -> str:
    """What this laptop's QR code holds: its fingerprint, public key and box key (``digits:key:box``)."""
    from attendance.sync.sealing import box_public  # sealing builds on this module

    me = identity(store)
    return ":".join((me.fingerprint, base64.b64encode(me.public_key).decode(),
                     base64.b64encode(box_public(me)).decode()))
