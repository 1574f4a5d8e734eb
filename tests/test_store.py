"""The durable store: migrations, the write path and its change log, tombstones, damaged files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from attendance import assets
from attendance.store import CorruptDatabase, Store, StoreError, split_statements


def test_new_database_has_the_whole_data_model(store: Store) -> None:
    tables = set(store.db.table_names())
    assert {"events", "sessions", "institutions", "people", "registrations", "checkins", "changes",
            "meta"} <= tables
    assert "effective_checkins" in store.db.view_names()
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migrations_are_recorded_and_rerun_as_no_ops(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    Store(path).close()
    reopened = Store(path)
    applied = [row[0] for row in reopened.db.execute("SELECT name FROM _migrations ORDER BY name")]
    assert applied == [f.name for f in assets.migrations()]
    assert reopened.meta("schema_version") == applied[-1][:4]
    # No backup is made when nothing is pending.
    assert not list(tmp_path.glob("*.bak"))


def test_pending_migration_is_applied_after_a_verified_backup(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "a.db"
    first = Store(path)
    first.set_meta("organisation", "Centre")
    first.close()
    extra = tmp_path / "9999_extra.sql"
    extra.write_text("CREATE TABLE extra (id TEXT PRIMARY KEY);\n", encoding="utf-8")
    monkeypatch.setattr(assets, "migrations", lambda: [*_real_migrations(), extra])
    upgraded = Store(path)
    assert "extra" in upgraded.db.table_names()
    assert upgraded.meta("organisation") == "Centre"
    # Once the upgraded file is verified, the backup (which would keep erased people) is removed.
    assert not list(tmp_path.glob("a.db.before-9999.bak"))


def test_a_failed_migration_keeps_the_verified_backup(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "a.db"
    Store(path).close()
    broken = tmp_path / "9999_broken.sql"
    broken.write_text("CREATE TABLE broken (;\n", encoding="utf-8")
    monkeypatch.setattr(assets, "migrations", lambda: [*_real_migrations(), broken])
    with pytest.raises(StoreError):
        Store(path)
    backups = list(tmp_path.glob("a.db.before-9999.bak"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert "broken" not in {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}


def _real_migrations():
    folder = Path(__file__).resolve().parents[1] / "db" / "migrations"
    return sorted(folder.glob("*.sql"))


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    store = Store(path)
    store.db.execute("INSERT INTO _migrations VALUES ('9999_future.sql', '2030-01-01')")
    store.close()
    with pytest.raises(StoreError, match="newer version"):
        Store(path)


def test_insert_update_tombstone_each_log_exactly_one_change(store: Store) -> None:
    institution_id = store.insert("institutions", {"name": "Policía Nacional", "folded_name": "policia nacional"})
    assert _changes(store) == 1
    store.update("institutions", institution_id, {"acronym": "PN"})
    assert _changes(store) == 2
    store.update("institutions", institution_id, {"acronym": "PN"})  # nothing changes, nothing logged
    assert _changes(store) == 2
    store.tombstone("institutions", institution_id)
    assert _changes(store) == 3
    logged = store.rows("SELECT * FROM changes ORDER BY at")
    assert json.loads(logged[0]["fields"])["name"] == "Policía Nacional"
    assert json.loads(logged[1]["fields"]) == {"acronym": "PN"}
    assert logged[1]["based_on"] == logged[0]["id"]
    assert "deleted_at" in json.loads(logged[2]["fields"])
    assert {row["device_id"] for row in logged} == {store.device_id}
    assert [row["at"] for row in logged] == sorted({row["at"] for row in logged})


def test_a_failed_transaction_leaves_neither_row_nor_change(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.insert("institutions", {"name": "A", "folded_name": "a"})
        raise RuntimeError("power cut")
    assert store.scalar("SELECT count(*) FROM institutions") == 0
    assert _changes(store) == 0


def test_device_id_is_made_once_and_kept(tmp_path: Path) -> None:
    first = Store(tmp_path / "a.db")
    device = first.device_id
    first.close()
    assert Store(tmp_path / "a.db").device_id == device
    assert Store(tmp_path / "b.db").device_id != device


def test_timestamps_are_utc_milliseconds_and_strictly_increasing(store: Store) -> None:
    stamps = [store.stamp() for _ in range(50)]
    assert stamps == sorted(set(stamps))
    assert all(s.endswith("Z") and len(s) == len("2026-11-23T09:14:05.123Z") for s in stamps)


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "attendance.db"
    path.write_bytes(b"this is a spreadsheet, not a database" * 200)
    with pytest.raises(CorruptDatabase, match="not an Attendance database"):
        Store(path)
    assert path.read_bytes().startswith(b"this is a spreadsheet")  # nothing overwritten


def test_a_damaged_database_fails_the_quick_check(tmp_path: Path) -> None:
    path = tmp_path / "attendance.db"
    store = Store(path)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for n in range(300):
        store.insert("institutions", {"name": f"Institution {n}", "folded_name": f"institution {n}"})
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):  # scribble over every page but the header
        data[offset + 100: offset + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase):
        Store(path)


def test_backup_is_a_consistent_copy(store: Store, tmp_path: Path) -> None:
    store.insert("institutions", {"name": "A", "folded_name": "a"})
    copy = Store(store.backup(tmp_path / "copy.db"))
    assert copy.scalar("SELECT name FROM institutions") == "A"
    assert copy.integrity_check() == ["ok"]


def test_split_statements_keeps_triggers_whole() -> None:
    script = "CREATE TABLE a (x);\n-- note\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
    statements = split_statements(script)
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")


def _changes(store: Store) -> int:
    return store.scalar("SELECT count(*) FROM changes")


def test_a_full_disk_gives_a_clear_message_and_saves_nothing(store: Store) -> None:
    from attendance import services
    from attendance.store import DiskError

    event = services.create_event(store, title="Full disk", code="FULL26", start_date="2026-12-07")
    before = {t: store.scalar(f"SELECT count(*) FROM {t}") for t in ("people", "registrations", "changes")}
    # SQLite answers "database or disk is full" once the file may not grow: a disk with no room left.
    store.execute(f"PRAGMA max_page_count = {store.scalar('PRAGMA page_count')}")
    with pytest.raises(DiskError, match="disk is full or read-only: nothing was saved"):
        for n in range(2000):  # enough rows to need a new page
            services.register(store, event.id, given_names=f"Person {n}", family_names="Pérez" * 40)
    after = {t: store.scalar(f"SELECT count(*) FROM {t}") for t in ("people", "registrations", "changes")}
    # Every registration that reported success is whole; the failing one left nothing behind.
    assert after["people"] == after["registrations"] == after["people"] - before["people"] + before["registrations"]
    assert after["changes"] - before["changes"] == 2 * (after["people"] - before["people"])
    assert store.integrity_check() == ["ok"]
