"""The durable SQLite store: connection settings, migrations, and the one write path.

Every write of a synced row goes through :meth:`Store.insert`, :meth:`Store.update` or
:meth:`Store.tombstone`, which also append the matching ``changes`` row in the same transaction:
the changes table is the audit log and the sync log at once. Connections run with WAL,
``synchronous=FULL`` (no confirmed row lost on a power cut) and foreign keys on.
"""

from __future__ import annotations

import datetime as dt
import getpass
import importlib
import json
import sqlite3
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs

from attendance import assets
from attendance.domain import AttendanceError
from attendance.i18n import tr

# Data steps a migration leaves to Python (its SQL sets meta "pending_step:NAME"): they write synced
# rows through the change log, so they run once the store knows its device id, each in one
# transaction that also clears its marker. NAME -> "module:function(store)".
PENDING_STEPS = {"split_institutions_by_country": "attendance.services:split_institutions_by_country",
                 "entities_from_text": "attendance.organisations:entities_from_text"}
# In dependency order: a row is applied after the rows it refers to.
SYNCED_TABLES = ("projects", "organisations", "events", "sessions", "institutions", "people", "registrations",
                 "checkins", "event_organisations")
ROW_BOOKKEEPING = ("id", "created_at", "updated_at", "device_id", "deleted_at")


class StoreError(AttendanceError):
    """The database cannot be used as it is; the message says what to do."""


class CorruptDatabase(StoreError):
    """``PRAGMA quick_check`` failed or the file is not a SQLite database."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class DatabaseLocked(StoreError):
    """Another program holds a lock on the database for longer than we wait."""


class DiskError(StoreError):
    """The disk is full, read-only or failing; the transaction was rolled back."""


def default_path() -> Path:
    """The database in the platform's data folder (``~/.local/share/Attendance/attendance.db`` on Linux)."""
    return Path(platformdirs.user_data_dir("Attendance", appauthor=False)) / "attendance.db"


def utc_now() -> str:
    """The current UTC time as ISO-8601 with milliseconds, e.g. ``2026-11-23T09:14:05.123Z``."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id() -> str:
    """A new random UUID for a primary key."""
    return str(uuid.uuid4())


class Store:
    """One open database file: ``Store(path)`` opens (creating and migrating it if needed)."""

    def __init__(self, path: str | Path, *, verify: bool = True) -> None:
        self.path = Path(path)
        self.read_only = False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        existed = self.path.exists() and self.path.stat().st_size > 0
        try:
            # Autocommit mode: transactions are opened explicitly by transaction().
            self.conn = sqlite3.connect(self.path, timeout=5, isolation_level=None)
            self._db: Any = None
            self.execute("PRAGMA journal_mode=WAL")
            self.execute("PRAGMA synchronous=FULL")
            # A check-in's commit writes about 19 pages (the row, the change log, the attendance
            # tables of migration 0015); the checkpoint SQLite runs inside a commit every 1,000 pages
            # would fall on one commit in 50. At 4,000 pages (a 16 MB log) it falls on one in 200.
            self.execute("PRAGMA wal_autocheckpoint=4000")
            self.execute("PRAGMA foreign_keys=ON")
            # As sqlite-utils sets it, so behaviour does not change once store.db is first used.
            self.execute("PRAGMA recursive_triggers=ON")
            if verify and existed:
                self._quick_check()
        except sqlite3.DatabaseError as error:
            raise self._translate(error) from error
        self._last_stamp = ""
        try:
            self._migrate(existed)
            self.device_id = self._device_id()
            # New stamps come after every known change, including those synced from laptops whose
            # clocks run ahead, so a local edit made later also wins the merge everywhere.
            self._last_stamp = self.scalar("SELECT max(at) FROM changes") or ""
            self.author = _author()
            self._run_pending_steps()
        except sqlite3.DatabaseError as error:
            raise self._translate(error) from error

    @classmethod
    def reader(cls, path: str | Path) -> Store:
        """A read-only connection to a database another connection already opened and migrated.

        For a worker thread's reads (an SQLite connection stays in the thread that opened it): no
        migration, no pending step, no check, and SQLite itself refuses any write (``mode=ro``).
        In WAL mode its reads see the last committed state and never wait for the window's writes.
        """
        store = cls.__new__(cls)
        store.path = Path(path)
        store.read_only = True
        store._db = None
        store._last_stamp = ""
        store.author = ""
        try:
            store.conn = sqlite3.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True, timeout=5,
                                         isolation_level=None)
            store.device_id = store.meta("device_id") or ""
        except sqlite3.DatabaseError as error:
            raise store._translate(error) from error
        return store

    # ----------------------------------------------------------------- opening
    def _quick_check(self) -> None:
        result = [row[0] for row in self.execute("PRAGMA quick_check").fetchall()]
        if result != ["ok"]:
            detail = "; ".join(result[:3])
            raise CorruptDatabase(tr("The database {path} is damaged ({detail}).", path=self.path, detail=detail),
                                  self.path)

    def _migrate(self, existed: bool) -> None:
        self.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        applied = {row[0] for row in self.execute("SELECT name FROM _migrations").fetchall()}
        files = assets.migrations()
        known = {f.name for f in files}
        if applied - known:
            raise StoreError(tr("The database {path} was made by a newer version of Attendance; update the app.",
                                path=self.path))
        pending = [f for f in files if f.name not in applied]
        if not pending:
            return
        backup = self.path.with_name(f"{self.path.name}.before-{pending[0].name[:4]}.bak")
        if existed and applied:
            self._verified_backup(backup)
        for migration in pending:
            with self.transaction():
                for statement in split_statements(migration.read_text(encoding="utf-8")):
                    self.execute(statement)
                self.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                                [migration.name, utc_now()])
                # The highest number applied: a lower-numbered file may arrive after a higher one.
                self.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                                [max([migration.name, *applied])[:4]])
        # Verified upgrade: the backup (a whole copy of everyone, erasures included) is not kept.
        if backup.exists() and self.execute("PRAGMA quick_check").fetchone()[0] == "ok":
            backup.unlink()

    def _run_pending_steps(self) -> None:
        """Run the data steps migrations left pending (see PENDING_STEPS), each once."""
        for (key,) in self.execute("SELECT key FROM meta WHERE key LIKE 'pending_step:%' ORDER BY key").fetchall():
            module, _, function = PENDING_STEPS[key.split(":", 1)[1]].partition(":")
            with self.transaction():
                getattr(importlib.import_module(module), function)(self)
                self.execute("DELETE FROM meta WHERE key = ?", [key])

    def _verified_backup(self, target: Path) -> None:
        """Copy the database with SQLite's backup API and prove the copy is whole before migrating."""
        self.backup(target)
        copy = sqlite3.connect(target)
        try:
            ok = copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            same = (copy.execute("SELECT count(*) FROM _migrations").fetchone()
                    == self.execute("SELECT count(*) FROM _migrations").fetchone())
        except sqlite3.DatabaseError:
            ok = same = False
        finally:
            copy.close()
        if not (ok and same):
            raise StoreError(tr("The backup copy made before upgrading {path} could not be verified; "
                                "nothing was changed.", path=self.path))

    def _device_id(self) -> str:
        value = self.meta("device_id")
        if value is None:
            value = uuid.uuid4().hex[:16]
            self.set_meta("device_id", value)
        return value

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed by SQLite)."""
        self.conn.close()

    @property
    def db(self) -> Any:
        """A sqlite-utils ``Database`` over the same connection, for ad-hoc table work and tests.

        Made on first use: importing sqlite-utils costs more than the rest of opening the store
        (it pulls numpy, click and a plugin scan), and the window's start does not need it.
        """
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        """Run one statement on the store's connection (inside the open transaction, if any)."""
        return self.conn.execute(sql, params)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One transaction (a savepoint when nested); committed when the block ends without error.

        SQLite errors become StoreError subclasses with a message a user can act on.
        """
        try:
            with self._atomic():
                yield self
        except sqlite3.DatabaseError as error:
            raise self._translate(error) from error

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        """BEGIN ... COMMIT, or a savepoint inside an open transaction (as sqlite-utils' atomic())."""
        if self.conn.in_transaction:
            savepoint = f"sp_{uuid.uuid4().hex}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield
            except BaseException:
                # An error that already ended the transaction leaves no savepoint to roll back to.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def _translate(self, error: sqlite3.DatabaseError) -> StoreError:
        detail = str(error)
        lowered = detail.lower()
        if "locked" in lowered or "busy" in lowered:
            return DatabaseLocked(tr("The database {path} is locked by another program; close it and try again.",
                                     path=self.path))
        if "full" in lowered or "readonly" in lowered or "read-only" in lowered or "disk i/o" in lowered:
            return DiskError(tr("The disk is full or read-only: nothing was saved ({detail}).", detail=detail))
        if "not a database" in lowered:
            return CorruptDatabase(tr("The file {path} is not an Attendance database ({detail}).",
                                      path=self.path, detail=detail), self.path)
        if "malformed" in lowered or "corrupt" in lowered:
            return CorruptDatabase(tr("The database {path} is damaged ({detail}).", path=self.path, detail=detail),
                                   self.path)
        return StoreError(detail)

    # ----------------------------------------------------------------- the write path
    def stamp(self) -> str:
        """A UTC timestamp strictly after the previous one from this store, so changes keep their order."""
        now = utc_now()
        if now <= self._last_stamp:
            last = dt.datetime.fromisoformat(self._last_stamp.replace("Z", "+00:00"))
            now = (last + dt.timedelta(milliseconds=1)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        self._last_stamp = now
        return now

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Join the open transaction, or open one: a single write needs no savepoint of its own."""
        if self.conn.in_transaction:
            yield
        else:
            with self.transaction():
                yield

    def insert(self, table: str, fields: Mapping[str, Any], *, row_id: str | None = None) -> str:
        """Insert a new row of a synced table and log it; returns the row's id."""
        _check_table(table)
        row_id = row_id or new_id()
        at = self.stamp()
        row = {**fields, "id": row_id, "created_at": at, "updated_at": at, "device_id": self.device_id}
        columns = ", ".join(f"[{name}]" for name in row)
        with self._writing():
            self.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({', '.join('?' * len(row))})",
                            list(row.values()))
            self._log(table, row_id, dict(fields), at, based_on=None)
        return row_id

    def insert_many(self, table: str, rows: list[Mapping[str, Any]]) -> list[str]:
        """Insert many new rows of a synced table with one ``executemany``, each logged exactly as
        :meth:`insert` logs it; returns their ids. Every row must have the same keys (an ``id`` key,
        if present, is the row's id rather than a logged field). The rows share one timestamp, as
        written in one moment. Used by imports, where one statement per row would be many times slower.
        """
        _check_table(table)
        if not rows:
            return []
        keys = [k for k in rows[0] if k != "id"]
        if any(set(row) - {"id"} != set(keys) for row in rows):
            raise ValueError("insert_many needs rows with the same keys")
        columns = [*keys, "id", "created_at", "updated_at", "device_id"]
        table_rows, change_rows, ids = [], [], []
        at = self.stamp()
        for row in rows:
            row_id = row.get("id") or new_id()
            fields = {k: row[k] for k in keys}
            table_rows.append([*fields.values(), row_id, at, at, self.device_id])
            change_rows.append([new_id(), table, row_id, json.dumps(fields, ensure_ascii=False, sort_keys=True),
                                at, self.device_id, self.author, None])
            ids.append(row_id)
        names = ", ".join(f"[{c}]" for c in columns)
        with self._writing():
            self.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})",
                                     table_rows)
            self.conn.executemany(
                "INSERT INTO changes (id, entity, entity_id, fields, at, device_id, author, based_on)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", change_rows)
        return ids

    def update(self, table: str, row_id: str, fields: Mapping[str, Any], *, force: bool = False) -> None:
        """Change some fields of a row and log the new values (only those that really change).

        ``force`` logs every given field even when it already has that value: a person's explicit
        choice (e.g. resolving a sync conflict) must become a change that syncs.
        """
        _check_table(table)
        with self._writing():
            current = self.row(table, row_id)
            if current is None:
                raise AttendanceError(f"{table} {row_id} does not exist")
            changed = {k: v for k, v in fields.items() if force or current.get(k) != v}
            if not changed:
                return
            at = self.stamp()
            assignments = ", ".join(f"[{name}] = ?" for name in (*changed, "updated_at", "device_id"))
            self.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?",
                            [*changed.values(), at, self.device_id, row_id])
            self._log(table, row_id, changed, at, based_on=self.last_change_id(table, row_id))

    def tombstone(self, table: str, row_id: str) -> None:
        """Mark a row deleted (``deleted_at``): it vanishes from lists but can still sync."""
        with self._writing():
            row = self.row(table, row_id)
            if row is not None and row.get("deleted_at") is None:
                self.update(table, row_id, {"deleted_at": self.stamp()})

    def _log(self, table: str, row_id: str, fields: dict[str, Any], at: str, *, based_on: str | None) -> None:
        self.execute(
            "INSERT INTO changes (id, entity, entity_id, fields, at, device_id, author, based_on)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [new_id(), table, row_id, json.dumps(fields, ensure_ascii=False, sort_keys=True), at,
             self.device_id, self.author, based_on],
        )

    def apply_remote(self, changes: Sequence[Sequence[Any]], rows: Mapping[str, Sequence[Mapping[str, Any]]],
                     *, rewritten_fields: Sequence[tuple[str, str]] = (), check_references: bool = True) -> None:
        """Write changes received from another laptop and the row states merged from them.

        ``changes`` are ``changes`` rows as tuples in column order (id, entity, entity_id, fields,
        at, device_id, author, based_on), inserted as they are (a known id is skipped): no new local
        change is logged. ``rows`` maps a synced table to whole row states, upserted by id in
        dependency order with foreign keys checked at the end, so rows may refer to each other in
        any order. ``rewritten_fields`` replaces the fields of known changes, (id, fields JSON): the
        one case is scrubbing an erased person's history. Must run inside :meth:`transaction`.
        ``check_references=False`` skips the check of the whole file's foreign keys, for an import
        written in pieces whose rows :meth:`check_references` checked before the first (SQLite still
        refuses to commit a piece with a broken reference).
        """
        self.execute("PRAGMA defer_foreign_keys=ON")
        self.conn.executemany(
            "INSERT OR IGNORE INTO changes (id, entity, entity_id, fields, at, device_id, author, based_on)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", changes)
        self.conn.executemany("UPDATE changes SET fields = ? WHERE id = ?",
                                 [(fields, change_id) for change_id, fields in rewritten_fields])
        for table in SYNCED_TABLES:
            by_columns: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
            for state in rows.get(table, ()):
                columns = tuple(state)
                by_columns.setdefault(columns, []).append(tuple(state.values()))
            schema = {row[1] for row in self.execute(f"PRAGMA table_info([{table}])").fetchall()}
            for columns, values in by_columns.items():
                if not set(columns) <= schema:  # SQL is built from our own schema's names only
                    raise StoreError(tr("The bundle names fields this database does not have; nothing was "
                                        "imported."))
                names = ", ".join(f"[{c}]" for c in columns)
                updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != "id")
                self.conn.executemany(
                    f"INSERT INTO [{table}] ({names}) VALUES ({', '.join('?' * len(columns))})"
                    f" ON CONFLICT (id) DO UPDATE SET {updates}", values)
        broken = self.execute("PRAGMA foreign_key_check").fetchall() if check_references else []
        if broken:
            raise _missing_parents(broken[0][2], len(broken), broken[0][0])
        latest = max((change[4] for change in changes), default="")
        self._last_stamp = max(self._last_stamp, latest)

    def check_references(self, rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        """Raise StoreError unless every reference of these row states (as :meth:`apply_remote` takes
        them) names a row that is in this file or among the rows themselves. Reads only."""
        arriving = {table: {state["id"] for state in states} for table, states in rows.items()}
        for table, states in rows.items():
            for _, _, parent, column, *_ in self.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
                wanted = {state.get(column) for state in states} - {None} - arriving.get(parent, set())
                found: set[str] = set()
                ordered = sorted(wanted)
                for start in range(0, len(ordered), 500):
                    chunk = ordered[start:start + 500]
                    found.update(r[0] for r in self.execute(
                        f"SELECT id FROM [{parent}] WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
                missing = wanted - found
                if missing:
                    count = sum(1 for state in states if state.get(column) in missing)
                    raise _missing_parents(parent, count, table)

    def catch_up_clock(self) -> None:
        """Make the next stamp come after every change in the file, also those another connection wrote
        (a sync import run in a worker thread), so a later local edit still wins the merge."""
        self._last_stamp = max(self._last_stamp, self.scalar("SELECT max(at) FROM changes") or "")

    def last_change_id(self, table: str, row_id: str) -> str | None:
        """The id of the latest logged change of a row (what a new change is ``based_on``)."""
        found = self.execute(
            "SELECT id FROM changes WHERE entity = ? AND entity_id = ? ORDER BY at DESC, id DESC LIMIT 1",
            [table, row_id]).fetchone()
        return found[0] if found else None

    # ----------------------------------------------------------------- reading
    def row(self, table: str, row_id: str) -> dict[str, Any] | None:
        """One row as a dict, deleted or not; None if there is no such id."""
        cursor = self.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        found = cursor.fetchone()
        if found is None:
            return None
        return dict(zip([c[0] for c in cursor.description], found, strict=True))

    def rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Run a query and return its rows as dicts."""
        cursor = self.execute(sql, list(params))
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    def scalar(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        """The first column of the first row of a query (None when there is no row)."""
        found = self.execute(sql, list(params)).fetchone()
        return found[0] if found else None

    # ----------------------------------------------------------------- settings
    def meta(self, key: str, default: str | None = None) -> str | None:
        """A device-local setting from the ``meta`` table (not synced)."""
        found = self.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return found[0] if found else default

    def set_meta(self, key: str, value: str | None) -> None:
        """Store a device-local setting, committed before returning."""
        with self.transaction():
            self.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    # ----------------------------------------------------------------- safety
    def backup(self, target: str | Path) -> Path:
        """A consistent copy of the live database through SQLite's backup API."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            target.unlink()
        copy = sqlite3.connect(target)
        try:
            self.conn.backup(copy)
        finally:
            copy.close()
        return target

    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check``: ``["ok"]`` for a sound file, else the problems found."""
        return [row[0] for row in self.execute("PRAGMA integrity_check").fetchall()]


def split_statements(script: str) -> list[str]:
    """Split an SQL script into whole statements (triggers with BEGIN ... END stay whole)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


def _missing_parents(parent: str, count: int, table: str) -> StoreError:
    return StoreError(tr("The bundle refers to {parent} this database has not received ({count} rows "
                         "of {table}); import that laptop's earlier bundles first, or ask it for a full "
                         "bundle. Nothing was imported.", parent=parent, count=count, table=table))


def _check_table(table: str) -> None:
    if table not in SYNCED_TABLES:
        raise ValueError(f"{table} is not a synced table")


def _author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
