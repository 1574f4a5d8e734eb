"""Verified backups of the database: made by hand or automatically, thinned as they age, restored.

Automatic backups go to a folder next to the database (``<name>-backups/``), named by their local
time (``attendance-2026-12-07-09.30.00.db``). :func:`auto_backup` makes one only when the data
changed since the newest backup (the ``changes`` log is the fingerprint) and at most every
``every`` minutes, then thins the folder the way Anki thins its backups: everything from today
and yesterday is kept, then the newest of each day for ``daily`` days, of each week (Monday to
Sunday) for ``weekly`` weeks, and of each month for ``monthly`` months; the rest is deleted.

Every backup is verified before it counts: the copy is made with SQLite's backup API (a
consistent snapshot even while the window writes), then opened, ``quick_check``-ed and its
fingerprint compared with the database's; a copy that fails is deleted and reported.
:func:`list_backups` reads each file's date and counts for the restore list. :func:`restore_into`
puts a backup's content into an open database (the window), :func:`replace_file` replaces a
database file (the command line); both keep a copy of what they replace.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from attendance import copies
from attendance.domain import AttendanceError
from attendance.i18n import tr
from attendance.store import Store, StoreError

NAME_FORMAT = "attendance-%Y-%m-%d-%H.%M.%S.db"
EVERY_MINUTES = 30


@dataclass(frozen=True)
class Limits:
    """How many backups to keep per period once they are older than yesterday (Anki's defaults)."""

    daily: int = 12
    weekly: int = 10
    monthly: int = 9


@dataclass(frozen=True)
class BackupInfo:
    """One backup file with what it holds, for the restore list."""

    path: Path
    made_at: dt.datetime  # local time, from the file name
    events: int
    people: int
    registrations: int
    checkins: int


def backups_folder(db_path: str | Path) -> Path:
    """Where a database's automatic backups go: ``<name>-backups/`` next to it."""
    path = Path(db_path)
    return path.with_name(f"{path.stem}-backups")


def _fingerprint(conn: sqlite3.Connection) -> tuple[int, str]:
    """What changed data looks like: every synced write appends to ``changes``."""
    count, latest = conn.execute("SELECT count(*), coalesce(max(at), '') FROM changes").fetchone()
    return int(count), str(latest)


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy through SQLite's backup API, verified; a failed copy is removed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)
        ok = copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        same = _fingerprint(copy) == _fingerprint(source)
    except sqlite3.DatabaseError:
        ok = same = False
    finally:
        copy.close()
    if not (ok and same):
        partial.unlink(missing_ok=True)
        raise StoreError(tr("The backup copy {path} could not be verified; it was not kept.", path=target))
    partial.replace(target)


def make_backup(store: Store, target: str | Path, *, record: bool = True) -> Path:
    """Write a verified copy of the open database to ``target`` (replaced if it exists).

    The copy is recorded (:mod:`attendance.copies`) so that erasing a person lists it; ``record=False``
    when the copy becomes the database itself (a restore).
    """
    target = Path(target)
    _copy(store.conn, target)
    if record:
        copies.record(store, copies.BACKUP, target)
    return target


def _made_at(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(path.name, NAME_FORMAT)
    except ValueError:
        return None


def _automatic(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """The automatic backups in a folder, newest first (other files are left alone)."""
    found = [(made, path) for path in folder.glob("attendance-*.db") if (made := _made_at(path))]
    return sorted(found, reverse=True)


def auto_backup(db_path: str | Path, *, every_minutes: int = EVERY_MINUTES, now: dt.datetime | None = None,
                limits: Limits = Limits()) -> Path | None:
    """Back up ``db_path`` if its data changed since the newest backup and that one is old enough.

    Opens its own connection (it runs in a worker while the window works). Returns the new file,
    or None when nothing was due; raises StoreError when the copy fails verification.
    """
    now = now or dt.datetime.now()
    folder = backups_folder(db_path)
    existing = _automatic(folder) if folder.is_dir() else []
    if existing and now - existing[0][0] < dt.timedelta(minutes=every_minutes):
        return None
    source = sqlite3.connect(f"file:{Path(db_path)}?mode=ro", uri=True)
    try:
        if existing:
            newest = sqlite3.connect(f"file:{existing[0][1]}?mode=ro", uri=True)
            try:
                unchanged = _fingerprint(newest) == _fingerprint(source)
            except sqlite3.DatabaseError:
                unchanged = False
            finally:
                newest.close()
            if unchanged:
                return None
        target = folder / now.strftime(NAME_FORMAT)
        _copy(source, target)
    finally:
        source.close()
    copies.record_in_file(db_path, copies.BACKUP, target)
    for path in obsolete(_automatic(folder), now.date(), limits):
        path.unlink(missing_ok=True)
    return target


def obsolete(backups: Iterable[tuple[dt.datetime, Path]], today: dt.date, limits: Limits = Limits()) -> list[Path]:
    """The backups to delete: all of today and yesterday stay, then one per day, week, month.

    Going from the newest, a backup is kept when it is the first seen of its day (while daily
    places remain), else of its week (weekly places), else of its month (monthly places).
    """
    places = {"daily": limits.daily, "weekly": limits.weekly, "monthly": limits.monthly}
    last_kept: tuple[int, int, int] | None = None  # (day, week, month) of the last kept backup
    doomed: list[Path] = []
    yesterday = today.toordinal() - 1
    for made, path in sorted(backups, reverse=True):
        day = made.date().toordinal()
        week = (day - 1) // 7  # ordinal 1 (0001-01-01) is a Monday: weeks run Monday to Sunday
        month = made.year * 12 + made.month
        periods = {"daily": day, "weekly": week, "monthly": month}
        if day >= yesterday:
            last_kept = (day, week, month)
            continue
        stage = next((name for name in places if places[name] > 0), None)
        if stage is None:
            doomed.append(path)
            continue
        previous = None if last_kept is None else dict(zip(("daily", "weekly", "monthly"), last_kept,
                                                           strict=True))[stage]
        if previous is None or periods[stage] < previous:
            places[stage] -= 1
            last_kept = (day, week, month)
        else:
            doomed.append(path)
    return doomed


def _counts(path: Path) -> tuple[int, int, int, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return tuple(conn.execute(  # type: ignore[return-value]
            "SELECT (SELECT count(*) FROM events WHERE deleted_at IS NULL), "
            "(SELECT count(*) FROM people WHERE deleted_at IS NULL), "
            "(SELECT count(*) FROM registrations WHERE deleted_at IS NULL), "
            "(SELECT count(*) FROM effective_checkins)").fetchone())
    finally:
        conn.close()


def list_backups(db_path: str | Path) -> list[BackupInfo]:
    """The automatic backups of a database, newest first, with their date and what they hold.

    A file that cannot be read (damaged, not a database) is left out of the list.
    """
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    listed = []
    for made, path in _automatic(folder):
        try:
            listed.append(BackupInfo(path, made, *_counts(path)))
        except sqlite3.DatabaseError:
            continue
    return listed


def _check_backup(path: Path, like: sqlite3.Connection | None = None) -> None:
    """Refuse a file that is not a sound Attendance database (or, with ``like``, of another schema)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            sound = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            migrations = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(tr("{path} is not an Attendance backup.", path=path)) from error
    if not sound:
        raise StoreError(tr("The backup {path} is damaged.", path=path))
    if like is not None and migrations != {row[0] for row in like.execute("SELECT name FROM _migrations")}:
        raise StoreError(tr("The backup {path} was made by another version of Attendance; restore it with "
                            "the command line (attendance restore), which upgrades it.", path=path))


def restore_into(store: Store, backup: str | Path) -> Path:
    """Replace the open database's content with a backup's; returns the copy kept of what was replaced.

    The current content is first saved (verified) into the backups folder as
    ``before-restore-<time>.db``, so a restore can itself be undone.
    """
    backup = Path(backup)
    _check_backup(backup, like=store.conn)
    kept = backups_folder(store.path) / dt.datetime.now().strftime("before-restore-%Y-%m-%d-%H.%M.%S.db")
    make_backup(store, kept)
    # The restored content brings its own list of copies made; the copies made since stay listed.
    made = store.execute("SELECT kind, path, made_at, last_change FROM copies_made").fetchall()
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        source.backup(store.conn)
    except sqlite3.DatabaseError as error:
        raise StoreError(tr("The backup {path} could not be restored: {detail}", path=backup,
                            detail=error)) from error
    finally:
        source.close()
    with store.transaction():
        known = set(store.execute("SELECT kind, path, made_at, last_change FROM copies_made").fetchall())
        store.conn.executemany("INSERT INTO copies_made (kind, path, made_at, last_change) VALUES (?, ?, ?, ?)",
                               [row for row in made if row not in known])
    store.catch_up_clock()
    return kept


def replace_file(backup: str | Path, target: str | Path) -> Path | None:
    """Replace the database file ``target`` with a backup (nothing may have it open).

    The old file is kept next to it as ``<name>.replaced.bak``; returns that path (None when
    there was no old file). The backup is opened as a store first, which refuses a damaged or
    foreign file and upgrades an older one, before anything is replaced.
    """
    source, target = Path(backup), Path(target)
    Store(source).close()
    keep = None
    if target.exists():
        keep = target.with_name(target.name + ".replaced.bak")
        try:
            old = Store(target, verify=False)
            try:
                make_backup(old, keep)
            finally:
                old.close()
        except AttendanceError:
            keep.write_bytes(target.read_bytes())
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    restored = Store(source)
    try:
        make_backup(restored, target, record=False)
    finally:
        restored.close()
    return keep
