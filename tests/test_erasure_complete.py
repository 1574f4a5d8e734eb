"""Erasure is complete: after ``people erase``, the database file, its write-ahead log and every
bundle and backup made afterwards hold no trace of the person's name, e-mail or job title in any
letter case or accent folding (the people search index stores folded words), read as raw bytes;
and the copies made on this laptop BEFORE the erasure, which no erasure can reach, are listed."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

from attendance import backups, copies, services
from attendance.domain import fold
from attendance.store import Store
from attendance.sync import bundles, merge

GIVEN, FAMILY = "Zoëlinda", "Quintessa-Vörösmarty"
EMAIL, POSITION = "Zoelinda.QV@Example.org", "Xylographer Principal"


def words() -> set[str]:
    """Every way the person may be stored: whole values and their words, case-folded and accent-folded."""
    found = set()
    for value in (GIVEN, FAMILY, EMAIL, POSITION):
        for text in (value, *value.replace("-", " ").replace("@", " ").replace(".", " ").split()):
            if len(text) >= 5:
                found.update({text.casefold(), fold(text)})
    return found


def traces(data: bytes) -> set[str]:
    """The person's words found in raw bytes (decoded as UTF-8, then case-folded)."""
    text = data.decode("utf-8", errors="ignore").casefold()
    return {word for word in words() if word in text}


def raw(path: Path) -> bytes:
    """A file's bytes; a bundle's members inflated (deflate would hide the text)."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as bundle:
            return b"".join(bundle.read(name) for name in bundle.namelist())
    return path.read_bytes()


def test_nothing_made_after_the_erasure_holds_the_person_and_earlier_copies_are_listed(tmp_path: Path) -> None:
    db = tmp_path / "attendance.db"
    store = Store(db)
    event = services.create_event(store, title="Course", code="C26", start_date="2026-12-07", end_date="2026-12-08")
    early = bundles.export_bundle(store, tmp_path / "early.zip").path  # before the person existed
    for n in range(300):
        services.register(store, event.id, given_names=f"Other {n}", family_names="Person", position="Analyst")
    person = services.register(store, event.id, given_names=GIVEN, family_names=FAMILY, email=EMAIL,
                               position=POSITION, institution="Forensic Institute").person_id
    services.update_person(store, person, phone="+1 876 555 0101")
    services.search_people(store, "quintessa")  # the search index holds the person's words
    manual = backups.make_backup(store, tmp_path / "before.db")
    bundle = bundles.export_bundle(store, tmp_path / "before.zip").path
    automatic = backups.auto_backup(db, every_minutes=0)
    for copy in (manual, bundle, automatic):
        assert traces(raw(copy)), copy  # the search below finds the person where they are
    moved = bundles.export_bundle(store, tmp_path / "sent.zip").path
    moved.rename(tmp_path / "on-a-stick.zip")

    held = copies.holding_person(store, person)
    merge.erase_person(store, person)

    assert [(c.kind, c.path.name, c.present) for c in held] == [
        ("backup", "before.db", True), ("bundle", "before.zip", True), ("backup", automatic.name, True),
        ("bundle", "sent.zip", False)]
    assert early.name not in {c.path.name for c in held}
    after = [backups.make_backup(store, tmp_path / "after.db"),
             bundles.export_bundle(store, tmp_path / "after.zip").path,
             backups.auto_backup(db, every_minutes=0, now=dt.datetime.now() + dt.timedelta(hours=1))]
    store.execute("PRAGMA wal_checkpoint(PASSIVE)")
    files = [db, Path(f"{db}-wal"), *after]
    assert {path.name: traces(raw(path)) for path in files if path.exists()} == {
        path.name: set() for path in files if path.exists()}
    # The change log and the search index's shadow tables were scrubbed, not only the row.
    assert store.scalar("SELECT count(*) FROM changes WHERE fields LIKE '%Xylographer%'") == 0
    assert services.search_people(store, "quintessa") == []
    assert copies.holding_person(store, person) == held  # the copies made afterwards are not listed
    store.close()


def test_people_erase_lists_the_copies_before_and_after_confirming(tmp_path: Path) -> None:
    db = tmp_path / "attendance.db"
    with Store(db) as store:
        event = services.create_event(store, title="Course", code="C26", start_date="2026-12-07")
        person = services.register(store, event.id, given_names=GIVEN, family_names=FAMILY).person_id
        backups.make_backup(store, tmp_path / "before.db")
    env = {"ATTENDANCE_DB": str(db), "PATH": "/usr/bin:/bin"}
    asked = subprocess.run([sys.executable, "-m", "attendance", "people", "erase", person], capture_output=True,
                           text=True, env=env, timeout=60)
    assert asked.returncode == 1
    assert "still hold this person" in asked.stderr and str(tmp_path / "before.db") in asked.stderr
    done = subprocess.run([sys.executable, "-m", "attendance", "people", "erase", person, "--yes"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "backup made" in done.stdout and str(tmp_path / "before.db") in done.stdout
    again = subprocess.run([sys.executable, "-m", "attendance", "people", "erase", person], capture_output=True,
                           text=True, env=env, timeout=60)
    assert "still hold this person" in again.stderr  # the old backup still does, until it is deleted
    (tmp_path / "before.db").unlink()
    gone = subprocess.run([sys.executable, "-m", "attendance", "people", "erase", person], capture_output=True,
                          text=True, env=env, timeout=60)
    assert "no longer there" in gone.stderr


def test_a_restore_keeps_the_list_of_copies_made(tmp_path: Path) -> None:
    with Store(tmp_path / "attendance.db") as store:
        event = services.create_event(store, title="Course", code="C26", start_date="2026-12-07")
        person = services.register(store, event.id, given_names=GIVEN, family_names=FAMILY).person_id
        old = backups.make_backup(store, tmp_path / "old.db")  # its own list does not know what comes next
        bundles.export_bundle(store, tmp_path / "later.zip")
        kept = backups.restore_into(store, old)
        assert {c.path.name for c in copies.holding_person(store, person)} == {"old.db", "later.zip", kept.name}
