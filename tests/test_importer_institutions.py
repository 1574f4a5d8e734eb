"""Merging two records of the same institution (the institutions tool behind the registration desk)."""

from __future__ import annotations

import json

import pytest

from attendance import services
from attendance.domain import InvalidValue, NotFound


def test_merge_moves_people_and_registrations_and_tombstones_the_duplicate(store, event):
    keep = services.find_or_create_institution(store, "Policía Nacional Civil", country="SV")
    merge = services.find_or_create_institution(store, "PNC El Salvador", acronym="PNC", sector="police")
    moved_person = services.register(store, event.id, given_names="Ana", family_names="Ruiz",
                                     institution="PNC El Salvador")
    services.register(store, event.id, given_names="Luis", family_names="Gómez", institution="Policía Nacional Civil")
    changes_before = store.scalar("SELECT count(*) FROM changes")

    assert services.merge_institutions(store, keep.id, merge.id) == 2  # Ana's person row and registration

    assert store.row("people", moved_person.person_id)["institution_id"] == keep.id
    assert store.row("registrations", moved_person.id)["institution_id"] == keep.id
    assert store.row("institutions", merge.id)["deleted_at"] is not None
    kept = store.row("institutions", keep.id)
    assert (kept["acronym"], kept["country"], kept["sector"]) == ("PNC", "SV", "police")
    assert [i.name for i in services.list_institutions(store)] == ["Policía Nacional Civil"]
    assert services.participants(store, event.id)[1].institution == "Policía Nacional Civil"
    logged = store.rows("SELECT entity, fields FROM changes ORDER BY at")[changes_before:]
    assert [(c["entity"], json.loads(c["fields"])) for c in logged][:2] == [
        ("people", {"institution_id": keep.id}), ("registrations", {"institution_id": keep.id})]
    assert logged[-1]["entity"] == "institutions" and "deleted_at" in json.loads(logged[-1]["fields"])


def test_merge_refuses_the_same_or_an_unknown_institution(store):
    keep = services.find_or_create_institution(store, "Fiscalía General")
    with pytest.raises(InvalidValue):
        services.merge_institutions(store, keep.id, keep.id)
    with pytest.raises(NotFound):
        services.merge_institutions(store, keep.id, "no-such-id")


def test_a_failing_merge_changes_nothing(store, event, monkeypatch):
    keep = services.find_or_create_institution(store, "Aduanas")
    merge = services.find_or_create_institution(store, "Dirección General de Aduanas")
    services.register(store, event.id, given_names="Ana", family_names="Ruiz",
                      institution="Dirección General de Aduanas")
    before = store.scalar("SELECT count(*) FROM changes")
    real_tombstone = store.tombstone

    def failing_tombstone(table, row_id):
        real_tombstone(table, row_id)
        raise RuntimeError("power cut")

    monkeypatch.setattr(store, "tombstone", failing_tombstone)
    with pytest.raises(RuntimeError):
        services.merge_institutions(store, keep.id, merge.id)
    assert store.scalar("SELECT count(*) FROM changes") == before
    assert store.row("institutions", merge.id)["deleted_at"] is None
