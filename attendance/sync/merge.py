"""Merging the work of several laptops, and of duplicate people, so every laptop ends up the same.

The state of a synced row is a fold over ALL its known changes: per field, the change with the
greatest (at, device_id, sha256 of the JSON value) wins, so the order in which bundles arrive does
not matter. A change that overwrote a field its author had not seen the latest value of is a
*conflict*: the winner is applied meanwhile and both values are kept for review. Erasing a person
always wins: every change of an erased person is scrubbed of personal data, before and after the
erasure is known. Possible duplicate people are only ever merged by an explicit action, through
the change log, so the merge itself syncs.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from attendance.domain import AttendanceError, InvalidValue, NotFound, Sex, fold
from attendance.i18n import tr
from attendance.intake.matching import name_key, same_person_names
from attendance.store import Store, new_id, utc_now

# The personal fields of a person and what they become when the person is erased.
ERASED_PERSON: dict[str, Any] = {
    "given_names": "", "family_names": "", "sex": Sex.NOT_STATED.value, "email": None, "phone": None,
    "country": None, "position": None, "institution_id": None, "notes": None, "consent_at": None,
    "consent_text_version": None,
}


@dataclass(frozen=True)
class Change:
    """One row of the ``changes`` log, with its fields parsed."""

    id: str
    entity: str
    entity_id: str
    fields: dict[str, Any]
    at: str
    device_id: str
    author: str | None
    based_on: str | None
    # The fields' JSON text as logged, when known: written back as it is, never re-encoded.
    raw_fields: str | None = field(default=None, compare=False, repr=False)

    def as_row(self) -> tuple[Any, ...]:
        """The tuple written to the ``changes`` table (fields as sorted JSON, like the store logs them)."""
        return (self.id, self.entity, self.entity_id, self.raw_fields or dump_fields(self.fields), self.at,
                self.device_id, self.author, self.based_on)

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Change:
        """A change from a ``changes`` row (id, entity, entity_id, fields JSON, at, device_id, author, based_on)."""
        return cls(row[0], row[1], row[2], json.loads(row[3]), row[4], row[5], row[6], row[7], row[3])


@dataclass(frozen=True)
class Conflict:
    """Two values of one field written without seeing each other; the later one is applied."""

    entity: str
    entity_id: str
    field: str
    local: Change
    remote: Change


@dataclass
class RowMerge:
    """The merged state of one row, and the conflicts found while folding the new changes in."""

    state: dict[str, Any] | None
    conflicts: list[Conflict] = field(default_factory=list)
    winners: dict[str, Change] = field(default_factory=dict)
    erased: bool = False


def dump_fields(fields: dict[str, Any]) -> str:
    """Fields as the store logs them: sorted keys, UTF-8 kept as is."""
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


def value_hash(value: Any) -> str:
    """The sha256 of a value's JSON, the last tie-break between two writes at the same instant."""
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def beats(challenger: Change, value: Any, holder: Change, held_value: Any) -> bool:
    """Whether ``challenger``'s write of a field wins over ``holder``'s: later (at, device_id, value hash, id)."""
    left, right = (challenger.at, challenger.device_id), (holder.at, holder.device_id)
    if left != right:
        return left > right
    return (value_hash(value), challenger.id) > (value_hash(held_value), holder.id)


def is_erased(changes: Iterable[Change]) -> bool:
    """Whether any of a person's changes is an erasure."""
    return any(change.fields.get("erased_at") for change in changes)


def scrub(change: Change) -> Change:
    """The change with every personal field replaced by its erased value (other fields kept)."""
    if not any(key in ERASED_PERSON and value != ERASED_PERSON[key] for key, value in change.fields.items()):
        return change
    cleaned = {key: ERASED_PERSON.get(key, value) if key in ERASED_PERSON else value
               for key, value in change.fields.items()}
    return Change(change.id, change.entity, change.entity_id, cleaned, change.at, change.device_id,
                  change.author, change.based_on)


def _sort_key(change: Change) -> tuple[str, str, str]:
    return change.at, change.device_id, change.id


def merge_row(entity: str, known: Sequence[Change], incoming: Sequence[Change]) -> RowMerge:
    """Fold a row's known and incoming changes into its state and find the incoming conflicts.

    ``state`` is None while the row's first change (its insert, ``based_on`` NULL) is not known:
    the changes are kept and the row appears when its insert arrives. Check-ins are insert-only,
    so they never conflict. The state includes ``created_at`` (first change), ``updated_at`` and
    ``device_id`` (last change), as the store writes them locally.
    """
    everything = [*known, *incoming]
    erased = entity == "people" and is_erased(everything)
    if not known and len(incoming) == 1 and not erased:  # the common case of a new row: nothing to fold
        only = incoming[0]
        state = None if only.based_on is not None else {
            "id": only.entity_id, **only.fields, "created_at": only.at, "updated_at": only.at,
            "device_id": only.device_id}
        return RowMerge(state, [], dict.fromkeys(only.fields, only), False)
    if erased:
        known = [scrub(c) for c in known]
        incoming = [scrub(c) for c in incoming]
    parents = {c.id: c.based_on for c in everything}
    values: dict[str, Any] = {}
    winners: dict[str, Change] = {}
    for change in sorted(known, key=_sort_key):
        _take(change, values, winners)
    conflicts: list[Conflict] = []
    for change in sorted(incoming, key=_sort_key):
        if change.based_on is not None and entity != "checkins" and not erased:
            ancestors = _ancestors(change, parents)
            for name, value in change.fields.items():
                holder = winners.get(name)
                if holder is not None and holder.id not in ancestors and values[name] != value:
                    conflicts.append(Conflict(entity, change.entity_id, name, holder, change))
        _take(change, values, winners)
    ordered = sorted([*known, *incoming], key=_sort_key)
    if not any(c.based_on is None for c in ordered):
        return RowMerge(None, conflicts, winners, erased)
    state = {"id": ordered[0].entity_id, **values, "created_at": ordered[0].at, "updated_at": ordered[-1].at,
             "device_id": ordered[-1].device_id}
    if erased and not state.get("deleted_at"):
        state["deleted_at"] = state.get("erased_at")
    return RowMerge(state, conflicts, winners, erased)


def _take(change: Change, values: dict[str, Any], winners: dict[str, Change]) -> None:
    for name, value in change.fields.items():
        holder = winners.get(name)
        if holder is None or beats(change, value, holder, values[name]):
            values[name], winners[name] = value, change


def _ancestors(change: Change, parents: dict[str, str | None]) -> set[str]:
    """The changes its author had seen of this row: the chain of ``based_on`` links."""
    seen: set[str] = set()
    current = change.based_on
    while current is not None and current not in seen:
        seen.add(current)
        current = parents.get(current)
    return seen


# --------------------------------------------------------------------------- erasure
def erase_person(store: Store, person_id: str) -> None:
    """Erase a person for good: personal fields blanked in the row AND in every logged change,
    the row tombstoned and marked ``erased_at`` (which syncs, and which no older or newer change
    can undo), open conflicts about them dropped, and the freed pages overwritten.
    """
    row = store.row("people", person_id)
    if row is None:
        raise NotFound(tr("No such person"))
    if row.get("erased_at"):
        return
    store.execute("PRAGMA secure_delete=ON")
    with store.transaction():
        stamp = store.stamp()
        store.update("people", person_id, {**ERASED_PERSON, "deleted_at": row["deleted_at"] or stamp,
                                           "erased_at": stamp})
        for registration in store.rows("SELECT id FROM registrations WHERE person_id = ? AND position IS NOT NULL",
                                       [person_id]):
            store.update("registrations", registration["id"], {"position": None})
        scrub_history(store, [person_id])
    compact_after_erasure(store)


def scrub_history(store: Store, person_ids: Sequence[str]) -> None:
    """Rewrite the logged changes of erased people without personal data, and drop their conflicts."""
    for person_id in person_ids:
        rows = store.execute("SELECT id, entity, entity_id, fields, at, device_id, author, based_on "
                                "FROM changes WHERE entity = 'people' AND entity_id = ?", [person_id]).fetchall()
        rewritten = []
        for row in rows:
            change = Change.from_row(row)
            cleaned = scrub(change)
            if cleaned is not change:
                rewritten.append((dump_fields(cleaned.fields), change.id))
        store.conn.executemany("UPDATE changes SET fields = ? WHERE id = ?", rewritten)
        store.execute("DELETE FROM sync_conflicts WHERE entity = 'people' AND entity_id = ?", [person_id])
    scrub_registration_positions(store, person_ids)


def scrub_registration_positions(store: Store, person_ids: Sequence[str]) -> None:
    """Blank the job title that erased people's registrations carry, in the rows and in their logged
    changes (the row is blanked by a logged change when erasing here; this also cleans what arrives)."""
    for person_id in person_ids:
        registrations = [r[0] for r in store.execute("SELECT id FROM registrations WHERE person_id = ?",
                                                     [person_id]).fetchall()]
        for registration_id in registrations:
            store.execute("UPDATE registrations SET position = NULL WHERE id = ?", [registration_id])
            rewritten = []
            for change_id, fields in store.execute("SELECT id, fields FROM changes WHERE entity = 'registrations' "
                                                   "AND entity_id = ?", [registration_id]).fetchall():
                parsed = json.loads(fields)
                if parsed.get("position") is not None:
                    rewritten.append((dump_fields({**parsed, "position": None}), change_id))
            store.conn.executemany("UPDATE changes SET fields = ? WHERE id = ?", rewritten)


def compact_after_erasure(store: Store) -> None:
    """Make erased data leave the file: rebuild the search index, then truncate the WAL.

    With ``secure_delete`` on, SQLite zeroes the pages it frees; the checkpoint moves the zeroed
    pages into the database and empties the write-ahead log that still held the old ones.
    """
    store.execute("PRAGMA secure_delete=ON")
    with store.transaction():
        store.execute("INSERT INTO people_search (people_search) VALUES ('optimize')")
    store.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# --------------------------------------------------------------------------- duplicate people
@dataclass(frozen=True)
class DuplicatePair:
    """Two live people who may be the same person, and why we think so ("email" or "name")."""

    first_id: str
    first_name: str
    second_id: str
    second_name: str
    reason: str
    email: str | None
    institution: str | None


def duplicate_keys(row: dict[str, Any], institution: str | None) -> list[tuple[str, str]]:
    """The keys under which a person may duplicate another: same email, same folded name + institution.

    The institution is compared by folded name, not id: two desks that each typed "PNP" made two rows.
    """
    keys = []
    if row.get("email"):
        keys.append(("email", row["email"].strip().lower()))
    name = fold(f"{row.get('given_names') or ''} {row.get('family_names') or ''}")
    if name:
        keys.append(("name", f"{name}\x1f{fold(institution)}"))
    return keys


def could_be_one_person(reason: str, first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether two people sharing a key may be one: a shared email counts only with compatible names,
    since a ministry's contact address is often given for several of its officials."""
    if reason != "email":
        return True
    return same_person_names(name_key(first.get("given_names"), first.get("family_names")),
                             name_key(second.get("given_names"), second.get("family_names")))


def possible_duplicates(store: Store) -> list[DuplicatePair]:
    """Pairs of live people with the same email (and names that can be one person's), or the same
    folded name and institution."""
    people = store.rows("SELECT p.id, p.given_names, p.family_names, p.email, p.institution_id, "
                        "i.name AS institution FROM people p LEFT JOIN institutions i ON i.id = p.institution_id "
                        "WHERE p.deleted_at IS NULL ORDER BY p.created_at, p.id")
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for person in people:
        for key in duplicate_keys(person, person["institution"]):
            groups.setdefault(key, []).append(person)
    pairs: dict[tuple[str, str], DuplicatePair] = {}
    # Only groups of two or more make pairs: sorting just those keeps the order and spares sorting
    # every person's keys (at 100,000 people a C-level sort that held the window's thread too).
    for (reason, _), members in sorted((key, members) for key, members in groups.items() if len(members) > 1):
        for index, first in enumerate(members):
            for second in members[index + 1:]:
                if not could_be_one_person(reason, first, second):
                    continue
                pairs.setdefault((first["id"], second["id"]), DuplicatePair(
                    first["id"], _name(first), second["id"], _name(second), reason, first["email"],
                    first["institution"]))
    return list(pairs.values())


def _name(person: dict[str, Any]) -> str:
    return f"{person['given_names']} {person['family_names']}".strip()


@dataclass(frozen=True)
class PeopleMerged:
    """What :func:`merge_people` did: registrations moved and check-ins re-pointed."""

    kept_id: str
    merged_id: str
    registrations_moved: int
    registrations_joined: int
    checkins_moved: int


def merge_people(store: Store, keep_id: str, merge_id: str) -> PeopleMerged:
    """Merge a duplicate person into the one kept, in one transaction, through the change log.

    The kept person gains the merged one's details where theirs are blank; the merged person's
    registrations move to the kept person (where both were registered for the same event, the
    check-ins move to the kept registration and the other is tombstoned); the merged person is
    tombstoned with ``merged_into`` naming the one kept. Every step is a logged change, so the
    merge syncs to the other laptops and says who did it and when.
    """
    if keep_id == merge_id:
        raise InvalidValue(tr("Choose two different people to merge"))
    with store.transaction():
        keep, merged = store.row("people", keep_id), store.row("people", merge_id)
        for row in (keep, merged):
            if row is None or row["deleted_at"]:
                raise NotFound(tr("No such person"))
        filled = {key: merged[key] for key in ERASED_PERSON
                  if merged[key] not in (None, "", Sex.NOT_STATED.value) and keep[key] in (None, "", "not_stated")}
        if filled:
            store.update("people", keep_id, filled)
        moved = joined = checkins_moved = 0
        for registration in store.rows("SELECT * FROM registrations WHERE person_id = ? AND deleted_at IS NULL "
                                       "ORDER BY created_at", [merge_id]):
            kept = store.rows("SELECT id FROM registrations WHERE person_id = ? AND event_id = ? "
                              "AND deleted_at IS NULL", [keep_id, registration["event_id"]])
            if not kept:
                store.update("registrations", registration["id"], {"person_id": keep_id})
                moved += 1
                continue
            for checkin in store.rows(
                    "SELECT id FROM checkins WHERE event_id = ? AND deleted_at IS NULL AND (registration_id = ? "
                    "OR (registration_id IS NULL AND badge_token = ?))",
                    [registration["event_id"], registration["id"], registration["badge_token"]]):
                store.update("checkins", checkin["id"], {"registration_id": kept[0]["id"]})
                checkins_moved += 1
            store.tombstone("registrations", registration["id"])
            joined += 1
        store.update("people", merge_id, {"merged_into": keep_id, "deleted_at": store.stamp()})
    return PeopleMerged(keep_id, merge_id, moved, joined, checkins_moved)


# --------------------------------------------------------------------------- conflicts for review
@dataclass(frozen=True)
class OpenConflict:
    """A conflict waiting for a person's choice, with both values (the applied one is ``current``)."""

    id: str
    entity: str
    entity_id: str
    field: str
    label: str
    local_value: Any
    local_at: str
    local_device_id: str
    remote_value: Any
    remote_at: str
    remote_device_id: str
    current: Any


def record_conflicts(store: Store, conflicts: Iterable[Conflict]) -> int:
    """Keep conflicts for review (one per field and pair of changes); returns how many are new."""
    detected = utc_now()
    rows = [(new_id(), c.entity, c.entity_id, c.field, c.local.id, json.dumps(c.local.fields[c.field]),
             c.local.at, c.local.device_id, c.remote.id, json.dumps(c.remote.fields[c.field]), c.remote.at,
             c.remote.device_id, detected) for c in conflicts]
    before = store.conn.total_changes
    store.conn.executemany(
        "INSERT OR IGNORE INTO sync_conflicts (id, entity, entity_id, field, local_change_id, local_value, "
        "local_at, local_device_id, remote_change_id, remote_value, remote_at, remote_device_id, detected_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return store.conn.total_changes - before


def supersede_conflicts(store: Store, winners: dict[tuple[str, str], dict[str, Change]]) -> None:
    """Close open conflicts whose field has since been written by a change later than both sides."""
    closed = utc_now()
    for conflict in store.rows("SELECT id, entity, entity_id, field, local_at, remote_at FROM sync_conflicts "
                               "WHERE resolved_at IS NULL"):
        winner = winners.get((conflict["entity"], conflict["entity_id"]), {}).get(conflict["field"])
        if winner is not None and winner.at > max(conflict["local_at"], conflict["remote_at"]):
            store.execute("UPDATE sync_conflicts SET resolved_at = ?, resolution = 'superseded' WHERE id = ?",
                             [closed, conflict["id"]])


def open_conflicts(store: Store) -> list[OpenConflict]:
    """The conflicts still waiting for review, oldest first, with a readable label for their row."""
    found = []
    for row in store.rows("SELECT * FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY detected_at, id"):
        current = store.row(row["entity"], row["entity_id"]) or {}
        found.append(OpenConflict(
            row["id"], row["entity"], row["entity_id"], row["field"], _row_label(row["entity"], current),
            json.loads(row["local_value"]), row["local_at"], row["local_device_id"], json.loads(row["remote_value"]),
            row["remote_at"], row["remote_device_id"], current.get(row["field"])))
    return found


def _row_label(entity: str, row: dict[str, Any]) -> str:
    if entity == "people":
        return _name(row)
    for key in ("title", "name", "label", "code", "date", "badge_token"):
        if row.get(key):
            return str(row[key])
    return row.get("id", "")


def resolve_conflict(store: Store, conflict_id: str, choice: str) -> None:
    """Settle a conflict with the ``"local"`` or ``"remote"`` value: the choice is a new change that
    wins everywhere once synced; other open conflicts of the same field close with it.
    """
    rows = store.rows("SELECT * FROM sync_conflicts WHERE id = ?", [conflict_id])
    if not rows:
        raise NotFound(tr("No such conflict"))
    conflict = rows[0]
    if choice not in ("local", "remote"):
        raise InvalidValue(tr("Choose the local or the remote value"))
    if conflict["resolved_at"]:
        raise AttendanceError(tr("This conflict was already resolved"))
    value = json.loads(conflict[f"{choice}_value"])
    with store.transaction():
        store.update(conflict["entity"], conflict["entity_id"], {conflict["field"]: value}, force=True)
        store.execute("UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE resolved_at IS NULL "
                         "AND entity = ? AND entity_id = ? AND field = ?",
                         [utc_now(), choice, conflict["entity"], conflict["entity_id"], conflict["field"]])
