"""Privileged changes held for review: listed, accepted (merged as if just imported) or rejected.

A change that sets a known event's badge key, deletes an event, erases a person or merges two
people is accepted on import only from a device trusted as coordinator for that event
(:mod:`attendance.sync.signing`); from another trusted device it is kept in ``held_changes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from attendance.domain import InvalidValue
from attendance.i18n import tr
from attendance.store import Store
from attendance.sync import devices
from attendance.sync.merge import Change

_COLUMNS = "id, entity, entity_id, fields, at, device_id, author, based_on"


@dataclass(frozen=True)
class HeldChange:
    """A held change, why it is held (its privilege), and where it came from."""

    change: Change
    reason: str
    bundle_id: str
    held_at: str
    fingerprint: str | None

    def as_json(self) -> dict[str, Any]:
        """The documented JSON of ``device held --json``."""
        return {"id": self.change.id, "entity": self.change.entity, "entity_id": self.change.entity_id,
                "fields": self.change.fields, "at": self.change.at, "device_id": self.change.device_id,
                "fingerprint": devices.format_fingerprint(self.fingerprint) if self.fingerprint else None,
                "reason": self.reason, "bundle_id": self.bundle_id, "held_at": self.held_at}


def held_changes(store: Store) -> list[HeldChange]:
    """Every change waiting for review, oldest first."""
    found = []
    for row in store.execute(f"SELECT {_COLUMNS}, reason, bundle_id, held_at, "
                             "(SELECT fingerprint FROM known_devices k WHERE k.device_id = h.device_id) "
                             "FROM held_changes h ORDER BY held_at, at, id").fetchall():
        found.append(HeldChange(Change.from_row(row[:8]), row[8], row[9], row[10], row[11]))
    return found


def reason_text(reason: str) -> str:
    """A held change's privilege in words."""
    return {"badge_key": tr("changes an event's badge key"), "event_deleted": tr("deletes an event"),
            "person_erased": tr("erases a person"), "people_merged": tr("merges two people")}.get(reason, reason)


def _take(store: Store, change_id: str) -> Change:
    row = store.execute(f"SELECT {_COLUMNS} FROM held_changes WHERE id = ?", [change_id]).fetchone()
    if row is None:
        raise InvalidValue(tr("No held change has the id {id}.", id=change_id))
    return Change.from_row(row)


def accept(store: Store, change_id: str) -> None:
    """Merge a held change now (it then syncs on like any other) and drop it from the held list."""
    from attendance.sync.bundles import apply_changes

    change = _take(store, change_id)
    # Merged first, then dropped: interrupted in between, accepting again changes nothing more.
    apply_changes(store, [change], "review")
    with store.transaction():
        store.execute("DELETE FROM held_changes WHERE id = ?", [change_id])


def reject(store: Store, change_id: str) -> None:
    """Drop a held change for good: it is not applied here."""
    _take(store, change_id)
    with store.transaction():
        store.execute("DELETE FROM held_changes WHERE id = ?", [change_id])
