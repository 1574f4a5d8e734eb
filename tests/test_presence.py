"""The derived attendance tables (migrations 0015 and 0016, attendance.presence) agree with the check-ins.

A state machine does what the desks, the forms, merges and erasure do to one database, in any
order, including provisional check-ins whose registration arrives later, undo and redo, sessions
removed, restored and re-timed, events re-dated, and bulk writes deferred as sync writes them;
after every step the tables the triggers keep must equal a fresh computation from the check-ins.
The sync property test (test_sync_property) checks the same across laptops exchanging bundles.
Then: the check finds a damaged table and the rebuild puts it right; the migration fills the
tables of a database made before it.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from attendance import badges, presence, services
from attendance.reports import summary
from attendance.store import Store
from attendance.sync import merge


class OneDesk(RuleBasedStateMachine):
    """One laptop's database through every kind of write that changes who attended."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="presence-"))
        self.store = Store(self.folder / "desk.db")
        self.event_id = ""
        self.waiting_tokens: list[str] = []  # badges checked in before their registration arrives

    @initialize()
    def set_up(self) -> None:
        event = services.create_event(self.store, title="Forensics course", code="FC", start_date="2026-03-30",
                                      end_date="2026-04-01")
        self.event_id = event.id
        for session in services.sessions(self.store, event.id):
            services.update_session(self.store, session.id, starts="09:00", ends="12:30")

    def pick(self, data: st.DataObject, sql: str) -> str | None:
        """One of the ids the query returns (queries order by rowid, the order rows were made in)."""
        ids = [row[0] for row in self.store.execute(sql).fetchall()]
        return data.draw(st.sampled_from(ids), label="row") if ids else None

    def session(self, data: st.DataObject) -> str | None:
        return self.pick(data, "SELECT id FROM sessions ORDER BY rowid")

    @rule(data=st.data(), role=st.sampled_from(["participant", "participant", "speaker"]))
    def register(self, data: st.DataObject, role: str) -> None:
        services.register(self.store, self.event_id, given_names="Ana", family_names="Pérez", role=role,
                          sex=data.draw(st.sampled_from(["female", "male", "not_stated"])),
                          email=data.draw(st.sampled_from([None, "a@example.org", "b@example.org"])),
                          institution=data.draw(st.sampled_from(["Police", "Customs"])))

    @rule(data=st.data())
    def check_in(self, data: st.DataObject) -> None:
        registration_id = self.pick(data, "SELECT id FROM registrations ORDER BY rowid")
        session_id = self.session(data)
        if registration_id and session_id:
            services.record_checkin(self.store, registration_id, session_id, event_id=self.event_id)

    @rule(data=st.data())
    def bulk_write(self, data: st.DataObject) -> None:
        """A sync piece: check-ins (some undone), perhaps a new registration checked in at once, deferred."""
        with presence.deferred(self.store):
            if data.draw(st.booleans(), label="new registration"):
                self.register(data, "participant")
            for _ in range(data.draw(st.integers(1, 4), label="check-ins")):
                self.check_in(data)
            if data.draw(st.booleans(), label="undo one"):
                self.undo(data)

    @rule(data=st.data())
    def check_in_badge_of_another_desk(self, data: st.DataObject) -> None:
        session_id = self.session(data)
        if session_id:
            token = badges.new_badge_token()
            self.waiting_tokens.append(token)
            services.record_checkin(self.store, None, session_id, event_id=self.event_id, badge_token=token)

    @rule(data=st.data())
    def registration_arrives(self, data: st.DataObject) -> None:
        """The other desk's registration for a provisional check-in, as sync writes it."""
        if not self.waiting_tokens:
            return
        token = data.draw(st.sampled_from(self.waiting_tokens), label="token")
        person = services.create_person(self.store, given_names="Keisha", family_names="Campbell", sex="female")
        self.store.insert("registrations", {"event_id": self.event_id, "person_id": person.id, "badge_token": token,
                                            "registered_at": self.store.stamp()})

    @rule(data=st.data())
    def undo(self, data: st.DataObject) -> None:
        checkin_id = self.pick(data, "SELECT id FROM checkins WHERE undoes IS NULL ORDER BY rowid")
        if checkin_id:
            services.undo_checkin(self.store, checkin_id)

    @rule(data=st.data())
    def redo(self, data: st.DataObject) -> None:
        undo_id = self.pick(data, "SELECT id FROM checkins WHERE undoes IS NOT NULL AND deleted_at IS NULL "
                                  "ORDER BY rowid")
        if undo_id:
            self.store.tombstone("checkins", undo_id)

    @rule(data=st.data())
    def remove_or_restore_session(self, data: st.DataObject) -> None:
        session_id = self.session(data)
        if session_id is None:
            return
        if self.store.row("sessions", session_id)["deleted_at"]:
            self.store.update("sessions", session_id, {"deleted_at": None})
        else:
            services.remove_session(self.store, session_id)

    @rule(data=st.data(), ends=st.sampled_from(["12:30", "17:00", "8:15", "noon", None]))
    def retime_session(self, data: st.DataObject, ends: str | None) -> None:
        session_id = self.session(data)
        if session_id:
            self.store.update("sessions", session_id, {"ends": ends})

    @rule(data=st.data())
    def change_person(self, data: st.DataObject) -> None:
        person_id = self.pick(data, "SELECT id FROM people WHERE deleted_at IS NULL ORDER BY rowid")
        if person_id:
            field, value = data.draw(st.sampled_from([("sex", "male"), ("sex", "other"), ("country", "JM"),
                                                      ("country", "PE"), ("given_names", "Luis")]))
            services.update_person(self.store, person_id, **{field: value})

    @rule(data=st.data())
    def cancel_or_delete_registration(self, data: st.DataObject) -> None:
        registration_id = self.pick(data, "SELECT id FROM registrations WHERE deleted_at IS NULL ORDER BY rowid")
        if registration_id and data.draw(st.booleans(), label="delete"):
            self.store.tombstone("registrations", registration_id)
        elif registration_id:
            services.cancel_registration(self.store, registration_id)

    @rule(data=st.data())
    def merge_duplicates(self, data: st.DataObject) -> None:
        # In the order the people were made: ids are random, and an order by them would make the
        # same draws pick other rows from one run to the next (Hypothesis calls that flaky).
        order = {row[0]: row[1] for row in self.store.execute("SELECT id, rowid FROM people").fetchall()}
        pairs = sorted(merge.possible_duplicates(self.store), key=lambda p: (order[p.first_id], order[p.second_id]))
        if pairs:
            pair = data.draw(st.sampled_from(pairs), label="pair")
            merge.merge_people(self.store, pair.first_id, pair.second_id)

    @rule(data=st.data())
    def erase(self, data: st.DataObject) -> None:
        person_id = self.pick(data, "SELECT id FROM people WHERE erased_at IS NULL ORDER BY rowid")
        if person_id:
            merge.erase_person(self.store, person_id)

    @rule(start=st.sampled_from(["2026-03-30", "2026-04-02", "2027-01-05"]))
    def redate_event(self, start: str) -> None:
        self.store.update("events", self.event_id, {"start_date": start})

    @invariant()
    def tables_agree_with_the_checkins(self) -> None:
        if self.event_id:
            assert presence.differences(self.store) == {}
            assert self.store.scalar("SELECT count(*) FROM attendance_stale") == 0

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)


OneDesk.TestCase.settings = settings(max_examples=30, stateful_step_count=30, deadline=None, derandomize=True,
                                     database=None, suppress_health_check=[HealthCheck.too_slow])
TestOneDesk = OneDesk.TestCase


def _course_with_attendance(store: Store) -> str:
    event = services.create_event(store, title="Course", code="C1", start_date="2026-05-04", end_date="2026-05-05")
    first, second = services.sessions(store, event.id)
    for n, sex in enumerate(["female", "male", "female"]):
        registration = services.register(store, event.id, given_names=f"P{n}", family_names="Q", sex=sex)
        services.record_checkin(store, registration.id, first.id, event_id=event.id)
        if n:
            services.record_checkin(store, registration.id, second.id, event_id=event.id)
    return event.id


def test_the_check_finds_a_damaged_table_and_the_rebuild_mends_it(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.db")
    event_id = _course_with_attendance(store)
    before = summary.summarise(store, event_id)
    store.execute("DELETE FROM presence WHERE registration_id = "
                  "(SELECT registration_id FROM presence ORDER BY registration_id LIMIT 1)")
    store.execute("UPDATE participation SET sex = 'other'")
    assert set(presence.differences(store)) == {"presence", "participation"}
    presence.rebuild(store)
    assert presence.differences(store) == {}
    after = summary.summarise(store, event_id)
    assert (after.by_sex.as_dict(), [s.attended for s in after.sessions]) == \
        (before.by_sex.as_dict(), [s.attended for s in before.sessions]) == ({"female": 2, "male": 1, "other": 0,
                                                                              "not_stated": 0}, [3, 2])


def test_the_migration_fills_the_tables_of_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = Store(path)
    event_id = _course_with_attendance(store)
    expected = summary.summarise(store, event_id)
    store.close()
    # The database as it was before migration 0015: no derived tables, no triggers.
    conn = sqlite3.connect(path)
    for name, kind in conn.execute("SELECT name, type FROM sqlite_master WHERE sql LIKE '%attendance_stale%' "
                                   "OR name IN ('presence', 'participation')").fetchall():
        if kind == "trigger":
            conn.execute(f"DROP TRIGGER {name}")
    for table in ("attendance_stale", "attendance_deferred", "presence", "participation"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX people_merged")
    conn.execute("DELETE FROM _migrations WHERE name >= '0015'")  # 0015 and 0016 run again
    conn.execute("UPDATE meta SET value = '0014' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    store = Store(path)
    assert presence.differences(store) == {}
    assert "attendance_deferred" not in store.scalar("SELECT sql FROM sqlite_master "
                                                   "WHERE name = 'checkins_attendance_insert'")  # 0016's
    again = summary.summarise(store, event_id)
    assert again.by_sex.as_dict() == expected.by_sex.as_dict() == {"female": 2, "male": 1, "other": 0,
                                                                   "not_stated": 0}
    assert [s.by_sex.as_dict() for s in again.sessions] == [s.by_sex.as_dict() for s in expected.sessions]
    store.close()
