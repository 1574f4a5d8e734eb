"""Events and sessions, institutions, people, registrations, search and counts."""

from __future__ import annotations

import json

import pytest

from attendance import i18n, services
from attendance.domain import AlreadyRegistered, InvalidValue, NotFound, fold
from attendance.store import Store


def _change_count(store: Store) -> int:
    return store.scalar("SELECT count(*) FROM changes")


def test_an_event_gets_one_session_per_day(store: Store, event) -> None:
    days = [s.date for s in services.sessions(store, event.id)]
    assert days == ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10"]
    assert [services.session_label(s, n) for n, s in enumerate(services.sessions(store, event.id), 1)] == [
        "Day 1", "Day 2", "Day 3", "Day 4"]
    assert services.session_label(services.sessions(store, event.id)[0], 1, "es") == "Día 1"


def test_non_contiguous_blocks_make_eight_sessions(store: Store) -> None:
    dates = [*services.days_between("2026-12-07", "2026-12-10"), *services.days_between("2027-02-15", "2027-02-18")]
    event = services.create_event(store, title="Two blocks", session_dates=dates)
    assert len(services.sessions(store, event.id)) == 8
    assert (event.start_date, event.end_date) == ("2026-12-07", "2027-02-18")


def test_sessions_can_be_added_relabelled_and_removed(store: Store, event) -> None:
    extra = services.add_session(store, event.id, "2026-12-12", label="Field visit")
    services.update_session(store, services.sessions(store, event.id)[0].id, label="Opening")
    services.remove_session(store, services.sessions(store, event.id)[1].id)
    listed = services.sessions(store, event.id)
    assert [(s.date, s.label) for s in listed] == [
        ("2026-12-07", "Opening"), ("2026-12-09", None), ("2026-12-10", None), ("2026-12-12", "Field visit")]
    assert [s.position for s in listed] == [0, 1, 2, 3]
    assert services.get_event(store, event.id).end_date == "2026-12-12"
    assert extra.id == listed[-1].id


def test_bad_input_is_refused_with_a_clear_message(store: Store) -> None:
    with pytest.raises(InvalidValue, match="not a date"):
        services.create_event(store, title="X", start_date="07/12/2026")
    with pytest.raises(InvalidValue, match="end date is before"):
        services.create_event(store, title="X", start_date="2026-12-07", end_date="2026-12-01")
    with pytest.raises(InvalidValue, match="needs a title"):
        services.create_event(store, title="  ")
    with pytest.raises(InvalidValue, match="Event code"):
        services.create_event(store, title="X", code="a-b")
    with pytest.raises(NotFound, match="No event with code ZZZ"):
        services.event_by_code(store, "ZZZ")
    assert store.scalar("SELECT count(*) FROM events") == 0


def test_duplicate_event_codes_are_refused(store: Store, event) -> None:
    with pytest.raises(InvalidValue, match="already exists"):
        services.create_event(store, title="Other", code="snr26")


def test_messages_follow_the_language(store: Store) -> None:
    i18n.set_language("es")
    with pytest.raises(NotFound, match="No hay ningún evento con el código ZZZ"):
        services.event_by_code(store, "ZZZ")


def test_countries_are_read_in_three_languages() -> None:
    assert services.country_code("Jamaica") == "JM"
    assert services.country_code("Jamaïque") == "JM"
    assert services.country_code("panamá") == "PA"
    assert services.country_code("tt") == "TT"
    assert services.country_code("Trinité-et-Tobago") == "TT"
    with pytest.raises(InvalidValue, match="Unknown country"):
        services.country_code("Atlantis")


def test_institutions_are_found_by_folded_name_or_acronym(store: Store) -> None:
    created = services.find_or_create_institution(store, "Policía Nacional del Perú", acronym="PNP",
                                                  sector="police", country="Perú")
    assert created.country == "PE" and created.sector == "police"
    assert services.find_or_create_institution(store, "  POLICIA  nacional del peru ").id == created.id
    assert services.find_institution(store, "pnp").id == created.id
    assert store.scalar("SELECT count(*) FROM institutions") == 1


def test_register_writes_person_institution_registration_with_one_change_each(store: Store, event) -> None:
    before = _change_count(store)
    registration = services.register(store, event.id, given_names="José", family_names="Núñez García",
                                     sex="male", institution="Policía Nacional", email=" JNG@Example.org ")
    assert _change_count(store) - before == 3  # institution, person, registration
    logged = {row["entity"]: json.loads(row["fields"]) for row in store.rows(
        "SELECT entity, fields FROM changes ORDER BY at DESC LIMIT 3")}
    assert logged["people"]["email"] == "jng@example.org"
    assert logged["registrations"]["badge_token"] == registration.badge_token
    assert len(registration.badge_token) == 8


def test_registering_twice_says_so_instead_of_duplicating(store: Store, event) -> None:
    first = services.register(store, event.id, given_names="Ana", family_names="Pérez", sex="female")
    with pytest.raises(AlreadyRegistered) as raised:
        services.register(store, event.id, person_id=first.person_id)
    assert raised.value.registration_id == first.id
    assert store.scalar("SELECT count(*) FROM registrations") == 1


def test_a_cancelled_registration_is_reactivated(store: Store, event) -> None:
    first = services.register(store, event.id, given_names="Ana", family_names="Pérez", sex="female")
    services.cancel_registration(store, first.id)
    assert services.participant_counts(store, event.id)["registered"] == 0
    again = services.register(store, event.id, person_id=first.person_id)
    assert again.id == first.id and again.status == "registered"


def test_unknown_sex_is_refused(store: Store, event) -> None:
    with pytest.raises(InvalidValue, match="sex"):
        services.register(store, event.id, given_names="A", family_names="B", sex="x")


def test_search_ignores_case_and_accents_and_matches_prefixes(store: Store, event) -> None:
    services.register(store, event.id, given_names="José", family_names="Núñez", sex="male",
                      institution="Policía Nacional")
    services.register(store, event.id, given_names="Keisha", family_names="Campbell", sex="female")
    assert [p.family_names for p in services.participants(store, event.id, text="nunez")] == ["Núñez"]
    assert [p.family_names for p in services.participants(store, event.id, text="NÚÑ jo")] == ["Núñez"]
    assert [p.family_names for p in services.participants(store, event.id, text="polic")] == ["Núñez"]
    assert [p.family_names for p in services.search_people(store, "camp")] == ["Campbell"]
    assert services.search_people(store, "   ") == []
    assert services.participants(store, event.id, text='"; DROP TABLE people; --') == []


def test_tombstoned_rows_vanish_from_lists(store: Store, event) -> None:
    kept = services.register(store, event.id, given_names="Ana", family_names="Pérez", sex="female")
    gone = services.register(store, event.id, given_names="Luis", family_names="Gómez", sex="male")
    store.tombstone("registrations", gone.id)
    assert [p.registration_id for p in services.participants(store, event.id)] == [kept.id]
    store.tombstone("people", kept.person_id)
    assert services.participants(store, event.id) == []
    assert services.search_people(store, "perez") == []
    other = services.create_event(store, title="Other", code="OTH26")
    services.delete_event(store, other.id)
    assert [e.code for e in services.list_events(store)] == ["SNR26"]


def test_counts_by_sex_count_registered_participants_only(store: Store, event) -> None:
    for given, sex in [("Ana", "female"), ("Eva", "female"), ("Luis", "male"), ("Sam", "other"), ("X", "not_stated")]:
        services.register(store, event.id, given_names=given, family_names="Test", sex=sex)
    speaker = services.register(store, event.id, given_names="Spk", family_names="Test", sex="female",
                                role="speaker")
    cancelled = services.register(store, event.id, given_names="Can", family_names="Test", sex="male")
    services.cancel_registration(store, cancelled.id)
    assert services.participant_counts(store, event.id) == {
        "registered": 5, "female": 2, "male": 1, "other": 1, "not_stated": 1}
    assert speaker.role == "speaker"


def test_check_ins_count_once_per_session_and_undo_appends(store: Store, event) -> None:
    registration = services.register(store, event.id, given_names="Ana", family_names="Pérez", sex="female")
    first, second = services.sessions(store, event.id)[:2]
    checkin = services.record_checkin(store, registration.id, first.id, event_id=event.id)
    services.record_checkin(store, registration.id, first.id, event_id=event.id)
    services.record_checkin(store, registration.id, second.id, event_id=event.id)
    assert services.participants(store, event.id)[0].sessions_attended == 2
    services.undo_checkin(store, checkin)
    assert store.scalar("SELECT count(*) FROM checkins") == 4  # append-only
    assert services.participants(store, event.id)[0].sessions_attended == 2  # the twin still counts


def test_a_provisional_check_in_joins_its_registration_by_token(store: Store, event) -> None:
    session = services.sessions(store, event.id)[0]
    services.record_checkin(store, None, session.id, event_id=event.id, badge_token="ABCD1234")
    registration = services.register(store, event.id, given_names="Ana", family_names="Pérez", sex="female")
    store.db.execute("UPDATE registrations SET badge_token = 'ABCD1234' WHERE id = ?", [registration.id])
    assert services.participants(store, event.id)[0].sessions_attended == 1


def test_fold() -> None:
    assert fold("  Núñez   GARCÍA ") == "nunez garcia"
    assert fold(None) == ""


def test_countries_are_named_formally_where_cldr_abbreviates() -> None:
    assert i18n.country_name("KN", "en") == "Saint Kitts and Nevis"  # CLDR: "St. Kitts & Nevis"
    assert i18n.country_name("TT", "en") == "Trinidad and Tobago"  # CLDR: "Trinidad & Tobago"
    assert i18n.country_names("en")["VC"] == "Saint Vincent and the Grenadines"
    assert services.country_code("St. Kitts & Nevis") == "KN"  # the short form typed by hand still reads
