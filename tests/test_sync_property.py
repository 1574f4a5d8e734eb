"""Property test of sync, in the style of cr-sqlite's: several laptops edit at random, swap random
bundles in random order (repeats and stale ones included), and after a full exchange every laptop
holds exactly the same rows and the same change log."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sync_support import pair  # tests/ is on sys.path

from attendance import presence, services
from attendance.domain import AttendanceError
from attendance.store import SYNCED_TABLES, Store
from attendance.sync import bundles as sync
from attendance.sync import merge

NAMES = ["Ana", "Luis", "Marie", "José", "Keisha", "Núñez"]
EMAILS = [None, "a@example.org", "b@example.org"]


def canonical_dump(store: Store) -> dict[str, list[tuple]]:
    """Every synced row and every logged change, ordered by id: what must be equal everywhere."""
    dump = {table: [tuple(row.values()) for row in store.rows(f"SELECT * FROM [{table}] ORDER BY id")]
            for table in SYNCED_TABLES}
    dump["changes"] = [tuple(r.values()) for r in store.rows(
        "SELECT id, entity, entity_id, fields, at, device_id, author, based_on FROM changes ORDER BY id")]
    return dump


class Laptops(RuleBasedStateMachine):
    """2-5 laptops working on one event, offline, exchanging bundles now and then."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="sync-property-"))
        self.stores: list[Store] = []
        self.bundles: list[Path] = []
        self.event_id = ""

    @initialize(count=st.integers(2, 5))
    def set_up(self, count: int) -> None:
        self.stores = [Store(self.folder / f"laptop{n}.db") for n in range(count)]
        pair(*self.stores, coordinator=True)  # signing on: every laptop trusts the others' keys
        first = self.stores[0]
        event = services.create_event(first, title="Firearms Course", code="FC26", start_date="2026-12-07",
                                      end_date="2026-12-09")
        self.event_id = event.id
        setup_bundle = self.folder / "setup.zip"
        sync.export_bundle(first, setup_bundle, event_id=event.id)
        for other in self.stores[1:]:
            sync.import_bundle(other, setup_bundle)

    def laptop(self, data: st.DataObject) -> Store:
        return self.stores[data.draw(st.integers(0, len(self.stores) - 1), label="laptop")]

    @staticmethod
    def pick(data: st.DataObject, store: Store, sql: str) -> str | None:
        ids = [row[0] for row in store.db.execute(sql).fetchall()]
        return data.draw(st.sampled_from(ids), label="row") if ids else None

    @rule(data=st.data(), given=st.sampled_from(NAMES), email=st.sampled_from(EMAILS))
    def register(self, data: st.DataObject, given: str, email: str | None) -> None:
        store = self.laptop(data)
        services.register(store, self.event_id, given_names=given, family_names="Test", email=email,
                          sex=data.draw(st.sampled_from(["female", "male", "not_stated"])),
                          institution=data.draw(st.sampled_from(["Police", "Customs"])))

    @rule(data=st.data(), value=st.sampled_from([*NAMES, "Zoë"]))
    def edit_person(self, data: st.DataObject, value: str) -> None:
        store = self.laptop(data)
        person_id = self.pick(data, store, "SELECT id FROM people WHERE deleted_at IS NULL ORDER BY id")
        if person_id:
            services.update_person(store, person_id, **{data.draw(st.sampled_from(["given_names", "position",
                                                                                   "phone"])): value})

    @rule(data=st.data())
    def check_in(self, data: st.DataObject) -> None:
        store = self.laptop(data)
        registration_id = self.pick(data, store, "SELECT id FROM registrations WHERE deleted_at IS NULL ORDER BY id")
        session_id = self.pick(data, store, "SELECT id FROM sessions ORDER BY id")
        if registration_id and session_id:
            services.record_checkin(store, registration_id, session_id, event_id=self.event_id)

    @rule(data=st.data())
    def check_in_badge_of_another_laptop(self, data: st.DataObject) -> None:
        """A badge registered on one laptop, scanned on another that has not received it yet."""
        origin, desk = self.laptop(data), self.laptop(data)
        token = self.pick(data, origin, "SELECT badge_token FROM registrations WHERE deleted_at IS NULL ORDER BY id")
        session_id = self.pick(data, desk, "SELECT id FROM sessions ORDER BY id")
        if token and session_id and not desk.scalar("SELECT 1 FROM registrations WHERE badge_token = ?", [token]):
            services.record_checkin(desk, None, session_id, event_id=self.event_id, badge_token=token)

    @rule(data=st.data())
    def undo(self, data: st.DataObject) -> None:
        store = self.laptop(data)
        checkin_id = self.pick(data, store, "SELECT id FROM checkins WHERE undoes IS NULL ORDER BY id")
        if checkin_id:
            services.undo_checkin(store, checkin_id)

    @rule(data=st.data())
    def delete_or_cancel(self, data: st.DataObject) -> None:
        store = self.laptop(data)
        registration_id = self.pick(data, store, "SELECT id FROM registrations WHERE deleted_at IS NULL ORDER BY id")
        if registration_id and data.draw(st.booleans(), label="delete"):
            store.tombstone("registrations", registration_id)
        elif registration_id:
            services.cancel_registration(store, registration_id)

    @rule(data=st.data())
    def erase(self, data: st.DataObject) -> None:
        store = self.laptop(data)
        person_id = self.pick(data, store, "SELECT id FROM people WHERE erased_at IS NULL ORDER BY id")
        if person_id:
            merge.erase_person(store, person_id)

    @rule(data=st.data())
    def merge_duplicates(self, data: st.DataObject) -> None:
        store = self.laptop(data)
        pairs = merge.possible_duplicates(store)
        if pairs:
            pair = data.draw(st.sampled_from(pairs), label="pair")
            merge.merge_people(store, pair.first_id, pair.second_id)

    @rule(data=st.data(), since_last=st.booleans())
    def export(self, data: st.DataObject, since_last: bool) -> None:
        store = self.laptop(data)
        target = self.folder / f"bundle{len(self.bundles)}.zip"
        sync.export_bundle(store, target, since_last=since_last)
        self.bundles.append(target)

    @precondition(lambda self: self.bundles)
    @rule(data=st.data())
    def import_some(self, data: st.DataObject) -> None:
        store = self.laptop(data)
        bundle = data.draw(st.sampled_from(self.bundles), label="bundle")
        before = canonical_dump(store)
        try:
            sync.import_bundle(store, bundle)
        except AttendanceError:
            # A "since last" bundle whose earlier rows this laptop lacks is refused whole.
            assert canonical_dump(store) == before

    @invariant()
    def attendance_tables_agree_with_the_checkins(self) -> None:
        for store in self.stores:
            assert presence.differences(store) == {}

    @invariant()
    def erased_people_stay_blank(self) -> None:
        for store in self.stores:
            leaked = store.scalar("SELECT count(*) FROM people WHERE erased_at IS NOT NULL AND "
                                  "(given_names != '' OR email IS NOT NULL OR deleted_at IS NULL)")
            assert leaked == 0

    def teardown(self) -> None:
        try:
            if self.stores:
                self.full_exchange()
                dumps = [canonical_dump(store) for store in self.stores]
                for other in dumps[1:]:
                    assert other == dumps[0]
        finally:
            for store in self.stores:
                store.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def full_exchange(self) -> None:
        """Everyone sends everything to everyone (twice, so relayed changes arrive too)."""
        for round_number in range(2):
            finals = []
            for number, store in enumerate(self.stores):
                target = self.folder / f"final{round_number}-{number}.zip"
                sync.export_bundle(store, target)
                finals.append(target)
            for number, store in enumerate(self.stores):
                for other, bundle in enumerate(finals):
                    if other != number:
                        sync.import_bundle(store, bundle)


Laptops.TestCase.settings = settings(max_examples=25, stateful_step_count=25, deadline=None, derandomize=True,
                                     database=None, suppress_health_check=[HealthCheck.too_slow])
TestLaptopsConverge = Laptops.TestCase
