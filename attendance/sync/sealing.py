"""The badge key never travels in clear: it is sealed to each paired laptop's key.

An event's badge key lets whoever holds it mint badges that check in. In a bundle, a change that
carries ``badge_key`` says only ``sealed:sha256:<hash of the key>`` (so the device's signed hash
chain covers the line as it travels, see :mod:`attendance.sync.signing`), and ``keys.json``
(listed with its sha256 in the signed manifest) holds the key sealed for each laptop this one
trusts whose box key it knows: ``{sealed: [{change_id, recipient (fingerprint), box}]}``.

A sealed box: an ephemeral X25519 key pair, its shared secret with the recipient's X25519 box key,
HKDF-SHA256 of it (bound to both public keys) as a ChaCha20-Poly1305 key, the change id as
associated data; ``box`` = ephemeral public key + ciphertext (all from ``cryptography``). Each
laptop's X25519 box key is derived (HKDF) from its Ed25519 private key, so the one key file beside
the database holds both; its public half travels in ``signature.json``, signed with the manifest,
and in the QR code of the Devices page. A laptop that is not a recipient (a finder of the USB stick,
a laptop not paired) cannot recover the key; the import says so and writes nothing.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from attendance.domain import AttendanceError
from attendance.i18n import tr
from attendance.store import Store
from attendance.sync import devices
from attendance.sync.merge import Change, dump_fields

KEYS_FILE = "keys.json"
SEALED_PREFIX = "sealed:sha256:"
_BOX_INFO = b"attendance-box-key-v1"
_SEAL_INFO = b"attendance-badge-key-seal-v1"


class SealError(AttendanceError):
    """A sealed badge key that this laptop cannot open; nothing was written."""


def box_private(identity: devices.Identity) -> X25519PrivateKey:
    """This laptop's X25519 key, derived from its Ed25519 key (one key file holds both)."""
    seed = identity.private_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                              serialization.NoEncryption())
    return X25519PrivateKey.from_private_bytes(_hkdf(seed, _BOX_INFO))


def box_public(identity: devices.Identity) -> bytes:
    """This laptop's raw X25519 public key."""
    return box_private(identity).public_key().public_bytes(serialization.Encoding.Raw,
                                                           serialization.PublicFormat.Raw)


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def commitment(badge_key: str) -> str:
    """What a bundle line says instead of the badge key."""
    return SEALED_PREFIX + hashlib.sha256(badge_key.encode()).hexdigest()


def public_line(row: Sequence[Any]) -> bytes:
    """A ``changes`` row as its bundle line, the badge key replaced by its commitment (the line hashed)."""
    from attendance.sync.bundles import change_line  # the bundle module imports this one

    if row[1] == "events" and '"badge_key"' in row[3]:
        fields = json.loads(row[3])
        if isinstance(fields.get("badge_key"), str) and not fields["badge_key"].startswith(SEALED_PREFIX):
            fields["badge_key"] = commitment(fields["badge_key"])
            row = (*row[:3], dump_fields(fields), *row[4:])
    return change_line(row)


def seal(recipient_box_key: bytes, secret: str, change_id: str) -> bytes:
    """``secret`` sealed for the holder of the X25519 key ``recipient_box_key``."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw,
                                                           serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_box_key))
    key = _hkdf(shared, _SEAL_INFO + ephemeral_public + recipient_box_key)
    # A fresh key per box, so a zero nonce is never reused with the same key.
    return ephemeral_public + ChaCha20Poly1305(key).encrypt(bytes(12), secret.encode(), change_id.encode())


def open_box(private: X25519PrivateKey, box: bytes, change_id: str) -> str | None:
    """The secret in a box sealed for ``private``, or None when it is not ours or was altered."""
    if len(box) < 48:
        return None
    ephemeral_public, ciphertext = box[:32], box[32:]
    own = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        key = _hkdf(shared, _SEAL_INFO + ephemeral_public + own)
        return ChaCha20Poly1305(key).decrypt(bytes(12), ciphertext, change_id.encode()).decode()
    except (InvalidTag, ValueError, UnicodeDecodeError):
        return None


def keys_file(store: Store, rows: Sequence[Sequence[Any]]) -> bytes:
    """The ``keys.json`` of a bundle: each badge key of ``rows`` sealed for every trusted laptop whose box key
    is known here."""
    recipients = [(r[0], bytes(r[1])) for r in store.execute(
        "SELECT fingerprint, box_key FROM known_devices WHERE trust IN ('trusted', 'coordinator') AND box_key "
        "IS NOT NULL ORDER BY fingerprint")]
    sealed = []
    for row in rows:
        if row[1] != "events" or '"badge_key"' not in row[3]:
            continue
        secret = json.loads(row[3]).get("badge_key")
        if isinstance(secret, str) and not secret.startswith(SEALED_PREFIX):
            sealed.extend({"change_id": row[0], "recipient": fingerprint,
                           "box": base64.b64encode(seal(box_key, secret, row[0])).decode()}
                          for fingerprint, box_key in recipients)
    return json.dumps({"sealed": sealed}).encode()


def unseal(store: Store, changes: list[Change], keys_raw: bytes | None, name: str) -> tuple[list[Change], bool]:
    """The changes with each sealed badge key opened (and checked against its commitment), and whether
    one could not be opened (sealed only for other laptops: the caller refuses the bundle, after saying
    first whether its devices are trusted at all).

    A change already known here takes the key this laptop has.
    """
    waiting = [i for i, c in enumerate(changes) if c.entity == "events" and isinstance(c.fields.get("badge_key"), str)
               and c.fields["badge_key"].startswith(SEALED_PREFIX)]
    if not waiting:
        return changes, False
    me = devices.identity(store)
    private = box_private(me)
    boxes: dict[str, list[bytes]] = {}
    try:
        for item in json.loads((keys_raw or b"{}").decode("utf-8")).get("sealed", []):
            if item.get("recipient") == me.fingerprint:
                boxes.setdefault(str(item["change_id"]), []).append(base64.b64decode(item["box"], validate=True))
    except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError, RecursionError) as error:
        raise SealError(tr("The sealed badge keys in {path} are damaged; nothing was imported.", path=name)) from error
    result, unopened = list(changes), False
    for index in waiting:
        change = changes[index]
        expected = change.fields["badge_key"]
        secret = next((found for box in boxes.get(change.id, []) if (found := open_box(private, box, change.id))
                       is not None and commitment(found) == expected), None)
        if secret is None:
            secret = _known_key(store, change.id, expected)
        if secret is None:
            unopened = True
            continue
        fields = {**change.fields, "badge_key": secret}
        result[index] = Change(change.id, change.entity, change.entity_id, fields, change.at, change.device_id,
                               change.author, change.based_on, dump_fields(fields))
    return result, unopened


def not_for_this_laptop(name: str) -> SealError:
    """The refusal of a bundle whose badge key was sealed for other laptops only."""
    return SealError(tr("The badge key of an event in {path} is sealed for other laptops, not this one. On the "
                        "laptop that made the bundle, trust this laptop by scanning its QR code (or import a "
                        "bundle from this laptop there first), then export again.", path=name))


def _known_key(store: Store, change_id: str, expected: str) -> str | None:
    row = store.execute("SELECT fields FROM changes WHERE id = ?", [change_id]).fetchone()
    if row is None:
        return None
    secret = json.loads(row[0]).get("badge_key")
    return secret if isinstance(secret, str) and commitment(secret) == expected else None
