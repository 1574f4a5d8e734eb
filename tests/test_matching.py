"""Duplicate suggestions: who among the known people may be the person being typed."""

from __future__ import annotations

import pytest

from attendance import services
from attendance.intake.matching import KnownPerson, PeopleIndex, name_key, phone_key


@pytest.fixture()
def index(store, event) -> PeopleIndex:
    services.register(store, event.id, given_names="José Luis", family_names="Núñez García",
                      institution="Policía Nacional Civil", country="SV", email="jl.nunez@pnc.gob.example",
                      phone="+503 2222-3333")
    services.register(store, event.id, given_names="Keisha", family_names="St. Hilaire", institution="JCF")
    services.register(store, event.id, given_names="Andre", family_names="De la Cruz")
    services.register(store, event.id, given_names="Ana", family_names="Ruiz")
    return PeopleIndex.from_store(store)


def names(candidates) -> list[str]:
    return [c.person.full_name for c in candidates]


@pytest.mark.parametrize(("given", "family"), [
    ("jose luis", "NUNEZ GARCIA"),          # case and accents
    ("José  Luis ", " Núñez   García"),     # spacing
    ("Núñez García", "José Luis"),           # given and family swapped
    ("Garcia Jose", "Luis Nunez"),           # any word order
    ("Jose Luis", "Nunes Garcia"),           # a typo
    ("José Luis", "Núñez Garci"),            # still typing
])
def test_name_variants_find_the_person(index, given, family):
    found = index.suggest(given, family)
    assert names(found)[:1] == ["José Luis Núñez García"]
    assert found[0].reason == "name" and found[0].score >= 80


def test_spacing_inside_a_family_name(index):
    assert names(index.suggest("Andre", "Delacruz"))[:1] == ["Andre De la Cruz"]
    assert names(index.suggest("Keisha", "Sthilaire"))[:1] == ["Keisha St. Hilaire"]


def test_same_email_or_phone_is_certain_whatever_the_name(index):
    by_email = index.suggest("J.", "N.", email="  JL.Nunez@PNC.gob.example ")
    assert (names(by_email), by_email[0].score, by_email[0].reason) == (["José Luis Núñez García"], 100.0, "email")
    by_phone = index.suggest("", "", phone="22223333")
    assert (names(by_phone), by_phone[0].reason) == (["José Luis Núñez García"], "phone")


def test_different_people_and_too_short_queries_are_not_offered(index):
    assert index.suggest("Pedro", "Martínez") == []
    assert index.suggest("An", "") == []  # too short to mean anything yet


def test_suggestion_shows_institution_country_and_events(index):
    found = index.suggest("Jose Luis", "Nunez Garcia")[0].person
    assert (found.institution, found.country, found.events) == ("Policía Nacional Civil", "SV", 1)


def test_refresh_picks_up_new_people_edits_registrations_and_tombstones(store, event, index):
    other = services.create_event(store, title="Next", code="NX27", start_date="2027-01-01")
    new = services.register(store, other.id, given_names="Itzel", family_names="Pierre-Louis")
    ruiz = index.suggest("Ana", "Ruiz")[0].person
    services.register(store, other.id, person_id=ruiz.person_id)
    keisha = index.suggest("Keisha", "St Hilaire")[0].person
    store.tombstone("people", keisha.person_id)

    assert index.refresh() == 3
    assert names(index.suggest("Itzel", "Pierre Louis")) == ["Itzel Pierre-Louis"]
    assert index.suggest("Itzel", "Pierre Louis")[0].person.person_id == new.person_id
    assert index.suggest("Ana", "Ruiz")[0].person.events == 2
    assert index.suggest("Keisha", "St Hilaire") == []
    assert index.refresh() == 0  # nothing changed since
    services.update_person(store, new.person_id, family_names="Baptiste")
    index.refresh()
    assert index.suggest("Itzel", "Pierre Louis") == []  # the old name is gone from every block
    assert names(index.suggest("Itzel", "Baptiste")) == ["Itzel Baptiste"]


def test_index_without_store_and_keys():
    index = PeopleIndex([KnownPerson("p1", "María José", "Peña", "", "", "", "", 0)])
    assert len(index) == 1 and names(index.suggest("Maria Jose", "Pena")) == ["María José Peña"]
    assert name_key("NÚÑEZ,", "José") == name_key("jose", "nunez") == "jose nunez"
    assert phone_key("+504 7700-8297") == phone_key("77008297") and phone_key("123") == ""
