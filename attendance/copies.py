"""The copies of this laptop's data written to files (sync bundles and backups), for complete erasure.

An erasure scrubs the database, its change log and every bundle made afterwards, but it cannot
reach into a file already written: a bundle on a USB stick or in an e-mail, a backup. So each copy
is recorded (``copies_made``: kind, path, UTC time; device-local, never synced) when it is made,
and erasing a person lists the copies made before the erasure that still hold them: a file still
at its path is opened and searched for the person, a file no longer there is listed as one that
may hold them (it may have been moved or sent on).
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

from attendance.i18n import tr
from attendance.store import Store, utc_now

BUNDLE, BACKUP = "bundle", "backup"
#: The most of a bundle's changes read when searching it for a person (as a bundle import caps it).
_MAX_SEARCHED = 128 << 20
#: The fields that make a person's change personal (an erased person's changes carry them blank).
_PERSONAL = ("given_names", "family_names", "email", "phone", "position", "notes")


@dataclass(frozen=True)
class Copy:
    """A file this laptop made that holds (or may hold) a person: ``present`` when still at ``path``."""

    kind: str
    path: Path
    made_at: str
    present: bool


def record(store: Store, kind: str, path: str | Path, made_at: str | None = None) -> None:
    """Note a bundle or backup just written to ``path`` (in the open transaction, else committed now)."""
    with store.transaction():
        store.execute("INSERT INTO copies_made (kind, path, made_at, last_change) VALUES (?, ?, ?, "
                      "(SELECT coalesce(max(rowid), 0) FROM changes))",
                      [kind, str(Path(path).resolve()), made_at or utc_now()])


def record_in_file(db_path: str | Path, kind: str, path: str | Path) -> None:
    """:func:`record` for a job that has no open store (the window's automatic backups, in a worker)."""
    conn = sqlite3.connect(db_path, timeout=30)
    try:
        with conn:
            conn.execute("INSERT INTO copies_made (kind, path, made_at, last_change) VALUES (?, ?, ?, "
                         "(SELECT coalesce(max(rowid), 0) FROM changes))", [kind, str(Path(path).resolve()), utc_now()])
    finally:
        conn.close()


def holding_person(store: Store, person_id: str) -> list[Copy]:
    """The bundles and backups made on this laptop that hold the person (or may: see the module),
    oldest first. Call it before erasing them: copies made after an erasure hold nothing of theirs."""
    first = store.scalar("SELECT min(rowid) FROM changes WHERE entity = 'people' AND entity_id = ?", [person_id])
    if first is None:
        return []
    # Once erased, only the copies made before the erasure (its change is the first with erased_at).
    erasure = store.scalar("SELECT min(rowid) FROM changes WHERE entity = 'people' AND entity_id = ? "
                           "AND json_extract(fields, '$.erased_at') IS NOT NULL", [person_id])
    found = []
    for kind, path, made_at in store.execute(
            "SELECT kind, path, made_at FROM copies_made WHERE last_change >= ? AND last_change < ? "
            "ORDER BY id", [first, erasure or 2**62]).fetchall():
        file = Path(path)
        if not file.is_file():
            found.append(Copy(kind, file, made_at, False))
        elif _holds(kind, file, person_id):
            found.append(Copy(kind, file, made_at, True))
    return found


def _holds(kind: str, path: Path, person_id: str) -> bool:
    """Whether the file holds the person's personal data; an unreadable file is assumed to."""
    try:
        if kind == BACKUP:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                return conn.execute("SELECT 1 FROM people WHERE id = ? AND erased_at IS NULL",
                                    [person_id]).fetchone() is not None
            finally:
                conn.close()
        with zipfile.ZipFile(path) as bundle, bundle.open("changes.jsonl") as changes:
            data = changes.read(_MAX_SEARCHED)
        key = person_id.encode()
        for line in data.splitlines():
            if key in line:
                change = json.loads(line)
                if change.get("entity_id") == person_id and any(
                        json.loads(change["fields"]).get(name) for name in _PERSONAL):
                    return True
        return False
    except (OSError, sqlite3.DatabaseError, zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError):
        return True


def describe(found: list[Copy]) -> list[str]:
    """The copies as lines for a person to read (a heading first), in the current language."""
    if not found:
        return [tr("No bundle or backup made on this laptop holds this person.")]
    lines = [tr("Copies made on this laptop before the erasure still hold this person; delete them, or keep "
                "them where no one else can read them:")]
    for copy in found:
        kind = tr("bundle") if copy.kind == BUNDLE else tr("backup")
        line = tr("{kind} made {time} UTC: {path}", kind=kind, time=copy.made_at[:16].replace("T", " "),
                  path=copy.path)
        if not copy.present:
            line += " " + tr("(no longer there: it may have been moved or sent on)")
        lines.append("  " + line)
    return lines
