"""Two desks register the same known person before syncing: one registration and one badge after the merge."""

from __future__ import annotations

import csv
from pathlib import Path

from sync_support import pair  # tests/ is on sys.path
from test_sync import dump

from attendance import services
from attendance.intake import importer
from attendance.store import Store
from attendance.sync import bundles as sync


def _two_desks_knowing_ana(tmp_path: Path, store: Store) -> tuple[Store, str, services.Event]:
    """The coordinator's laptop and a second desk that both know Ana (from an earlier course) and the event."""
    earlier = services.create_event(store, title="Earlier course", code="OLD25", start_date="2025-06-02")
    ana = services.register(store, earlier.id, given_names="Ana", family_names="Núñez", sex="female",
                            email="ana.nunez@example.org").person_id
    event = services.create_event(store, title="Marking workshop", code="MARK26", start_date="2026-12-07")
    desk = Store(tmp_path / "desk2.db")
    pair(store, desk, coordinator=True)
    sync.import_bundle(desk, sync.export_bundle(store, tmp_path / "all.zip").path)
    return desk, ana, event


def _exchange_both_ways(tmp_path: Path, first: Store, second: Store) -> None:
    one = sync.export_bundle(first, tmp_path / "one.zip", since_last=True).path
    two = sync.export_bundle(second, tmp_path / "two.zip", since_last=True).path
    sync.import_bundle(second, one)
    sync.import_bundle(first, two)


def test_both_desks_register_a_known_person_and_the_merge_keeps_one(tmp_path: Path, store: Store) -> None:
    desk, ana, event = _two_desks_knowing_ana(tmp_path, store)
    at_coordinator = services.register(store, event.id, person_id=ana, role="participant")
    at_desk = services.register(desk, event.id, person_id=ana, role="participant")
    # Same row and same badge, decided independently on each laptop.
    assert at_coordinator.id == at_desk.id and at_coordinator.badge_token == at_desk.badge_token

    _exchange_both_ways(tmp_path, store, desk)
    for laptop in (store, desk):
        people = services.participants(laptop, event.id)
        assert [(p.person_id, p.registration_id) for p in people] == [(ana, at_coordinator.id)]
        assert services.participant_counts(laptop, event.id)["registered"] == 1
    assert dump(store)["registrations"] == dump(desk)["registrations"]


def test_both_desks_import_the_same_list_and_the_merge_counts_everyone_once(tmp_path: Path, store: Store) -> None:
    desk, ana, event = _two_desks_knowing_ana(tmp_path, store)
    listing = tmp_path / "ministry.csv"
    with listing.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Nombre", "Apellidos", "Sexo", "Correo"])
        writer.writerow(["Ana", "Núñez", "F", "ana.nunez@example.org"])  # known to both desks
    for laptop in (store, desk):
        report = importer.import_file(laptop, event.id, listing)
        assert report.saved and [row.status for row in report.rows] == ["matched"]

    _exchange_both_ways(tmp_path, store, desk)
    for laptop in (store, desk):
        assert [p.person_id for p in services.participants(laptop, event.id)] == [ana]
    badge = services.participants(store, event.id)[0].badge_token
    assert services.participants(desk, event.id)[0].badge_token == badge


def test_a_deleted_registration_does_not_block_registering_again(store: Store, event) -> None:
    first = services.register(store, event.id, given_names="Luis", family_names="Pérez", sex="male")
    store.tombstone("registrations", first.id)
    again = services.register(store, event.id, person_id=first.person_id)
    assert again.id != first.id and again.status == "registered"
    assert [p.registration_id for p in services.participants(store, event.id)] == [again.id]
