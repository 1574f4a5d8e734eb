"""An institution is its name in its country: the import, the lookups, the report by institution,
``attendance institution``, and migration 0006 splitting rows made before on every laptop alike."""

from __future__ import annotations

import json
import shutil
import sqlite3

from sync_support import pair  # tests/ is on sys.path

from attendance import assets, checkin, services
from attendance.cli.main import main
from attendance.intake import importer
from attendance.reports.summary import summarise
from attendance.store import Store
from attendance.sync import bundles, merge


def test_ministry_of_national_security_of_two_countries_is_two_institutions(store, event, tmp_path):
    path = tmp_path / "mns.csv"
    path.write_text("First name,Last name,Sex,Organization,Country\n"
                    "Shawn,Williams,M,Ministry of National Security,Jamaica\n"
                    "Aisha,Mohammed,F,Ministry of National Security,Trinidad and Tobago\n"
                    "Tricia,Lewis,F,Ministry of National Security,Jamaica\n", encoding="utf-8")
    report = importer.import_file(store, event.id, path)
    assert report.count("added") == 3
    rows = store.rows("SELECT name, country FROM institutions ORDER BY country")
    assert rows == [{"name": "Ministry of National Security", "country": "JM"},
                    {"name": "Ministry of National Security", "country": "TT"}]
    session = store.rows("SELECT id FROM sessions WHERE event_id = ? ORDER BY position LIMIT 1", [event.id])[0]
    for row in store.rows("SELECT id FROM registrations WHERE event_id = ?", [event.id]):
        checkin.check_in_registration(store, event, row["id"], session["id"])
    summary = summarise(store, event.id)
    assert sorted((b.key, b.by_sex.total) for b in summary.by_institution) == [
        ("Ministry of National Security (JM)", 2), ("Ministry of National Security (TT)", 1)]


def test_a_known_institution_is_found_by_name_or_acronym_within_the_country(store, event, tmp_path):
    jcf = services.find_or_create_institution(store, "Jamaica Constabulary Force", acronym="JCF", country="JM",
                                              sector="police")
    other = services.find_or_create_institution(store, "Jamaica Constabulary Force", country="TT")
    assert other.id != jcf.id
    assert services.find_institution(store, "JCF", "JM").id == jcf.id
    assert services.find_institution(store, "jamaica constabulary force", "TT").id == other.id
    path = tmp_path / "jcf.csv"
    path.write_text("Name,Agency,Country\nKemar Grant,JCF,Jamaica\nRavi Singh,JCF,Guyana\n", encoding="utf-8")
    importer.import_file(store, event.id, path)
    people = store.rows("SELECT p.family_names, i.id, i.country FROM people p JOIN institutions i "
                        "ON i.id = p.institution_id ORDER BY p.family_names")
    assert (people[0]["family_names"], people[0]["id"]) == ("Grant", jcf.id)
    assert (people[1]["family_names"], people[1]["country"]) == ("Singh", "GY")  # a new one in Guyana
    # Registering by hand: the institution without a country takes the person's.
    registration = services.register(store, event.id, given_names="Ana", family_names="Ruiz", country="TT",
                                     institution="Jamaica Constabulary Force")
    assert store.row("people", registration.person_id)["institution_id"] == other.id


def _old_database(path, monkeypatch) -> None:
    """A database as the app made it before migration 0006: one institution, people of two countries."""
    with monkeypatch.context() as patch:
        patch.setattr(assets, "migrations", lambda: [f for f in sorted(
            (assets.files("attendance.db.migrations").iterdir()), key=lambda f: f.name)
            if f.name.endswith(".sql") and f.name < "0006"])
        old = Store(path)
        event = services.create_event(old, title="Old", code="OLD1", start_date="2026-01-01")
        ministry = old.insert("institutions", {"name": "Ministry of National Security", "acronym": "MNS",
                                               "folded_name": "ministry of national security", "sector": "ministry",
                                               "country": None})
        for given, country in (("Shawn", "JM"), ("Tricia", "JM"), ("Aisha", "TT"), ("Kofi", None)):
            person = old.insert("people", {"given_names": given, "family_names": "X", "sex": "female",
                                           "country": country, "institution_id": ministry})
            old.insert("registrations", {"event_id": event.id, "person_id": person, "institution_id": ministry,
                                         "role": "participant", "status": "registered",
                                         "badge_token": given.upper() + "0000", "source": "import",
                                         "registered_at": "2026-01-01T00:00:00.000Z"})
        assert not old.rows("SELECT name FROM _migrations WHERE name LIKE '0006%'")
        old.close()


def _institutions(store: Store) -> list[tuple]:
    return [tuple(r.values()) for r in store.rows(
        "SELECT i.id, i.name, i.acronym, i.country, group_concat(p.given_names, ',') FROM institutions i "
        "LEFT JOIN (SELECT * FROM people ORDER BY given_names) p ON p.institution_id = i.id GROUP BY i.id "
        "ORDER BY i.country")]


def test_migration_splits_old_institutions_through_the_change_log_alike_on_every_laptop(tmp_path, monkeypatch):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    _old_database(first, monkeypatch)
    shutil.copy(first, second)
    with sqlite3.connect(second) as laptop:  # the second laptop: another device, not upgraded yet
        laptop.execute("UPDATE meta SET value = 'b0b0b0b0b0b0b0b0' WHERE key = 'device_id'")

    upgraded = Store(first)
    rows = _institutions(upgraded)
    assert [r[3] for r in rows] == ["JM", "TT"]
    assert [r[4] for r in rows] == ["Kofi,Shawn,Tricia", "Aisha"]  # Kofi (no country) stays home
    assert rows[1][2] == "MNS"
    new_id = rows[1][0]
    assert upgraded.scalar("SELECT count(*) FROM changes WHERE entity = 'institutions' AND entity_id = ?",
                           [new_id]) == 1
    moved = upgraded.rows("SELECT r.institution_id FROM registrations r JOIN people p ON p.id = r.person_id "
                          "WHERE p.given_names = 'Aisha'")
    assert moved == [{"institution_id": new_id}]
    assert upgraded.scalar("SELECT count(*) FROM changes WHERE entity IN ('people', 'registrations') AND "
                           "fields LIKE ?", [f"%{new_id}%"]) == 2
    assert not upgraded.meta("pending_step:split_institutions_by_country")
    upgraded.close()
    assert _institutions(Store(first)) == rows  # opening again changes nothing

    other = Store(second)
    assert _institutions(other) == rows  # the other laptop made the very same rows
    assert other.scalar("SELECT device_id FROM changes WHERE entity_id = ?", [new_id]) == "b0b0b0b0b0b0b0b0"
    # They sync: each takes the other's changes, no conflict, still the same rows.
    first_store = Store(first)
    pair(first_store, other, coordinator=True)
    bundles.export_bundle(first_store, tmp_path / "a.zip")
    bundles.export_bundle(other, tmp_path / "b.zip")
    bundles.import_bundle(other, tmp_path / "a.zip")
    bundles.import_bundle(first_store, tmp_path / "b.zip")
    assert _institutions(first_store) == _institutions(other) == rows
    assert not merge.open_conflicts(first_store) and not merge.open_conflicts(other)
    first_store.close()
    other.close()


def test_institution_commands_list_edit_and_merge(store, event, capsys):
    database = str(store.path)
    services.find_or_create_institution(store, "Ministerio de Relaciones Exteriores", country="PY")
    services.find_or_create_institution(store, "Ministerio de Relaciones Exteriores", country="UY")
    duplicate = services.find_or_create_institution(store, "MRE Uruguay", country="UY")
    store.close()

    assert main(["--db", database, "institution", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted((r["name"], r["country"]) for r in listed) == [
        ("MRE Uruguay", "UY"), ("Ministerio de Relaciones Exteriores", "PY"),
        ("Ministerio de Relaciones Exteriores", "UY")]
    assert main(["--db", database, "institution", "edit", "Ministerio de Relaciones Exteriores",
                 "--sector", "ministry"]) == 1
    assert "several countries" in capsys.readouterr().err
    assert main(["--db", database, "institution", "edit", "Ministerio de Relaciones Exteriores", "--in", "Uruguay",
                 "--sector", "ministry", "--acronym", "MRE"]) == 0
    assert main(["--db", database, "institution", "merge", "MRE", duplicate.id, "--in", "UY"]) == 0
    assert "moved" in capsys.readouterr().out
    assert main(["--db", database, "institution", "list", "--country", "UY", "--json"]) == 0
    [uruguay] = json.loads(capsys.readouterr().out)
    assert (uruguay["acronym"], uruguay["sector"]) == ("MRE", "ministry")


def test_a_generated_list_of_namesakes_with_their_own_emails_loses_nobody(store, event, tmp_path):
    names = [("Ana", "García"), ("José", "Pérez"), ("María", "López"), ("Luis", "Martínez")]
    institutions = ["Policía Nacional", "Ministerio Público", "Aduanas"]
    lines = ["Nombre,Apellidos,Institución,País,Correo"]
    for n in range(3000):
        given, family = names[n % len(names)]
        lines.append(f"{given},{family},{institutions[n % 3]},Honduras,persona{n}@example.org")
    path = tmp_path / "namesakes.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = importer.import_file(store, event.id, path)
    assert (report.count("added"), report.count("duplicate")) == (3000, 0)
    assert len(report.possible_duplicates) == 3000 - len(names) * len(institutions)
