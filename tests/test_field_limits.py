"""Personal fields are limited in length at every write path, from ONE table (``domain.FIELD_LIMITS``):
the services (which the window and the CLI call), ``register`` on the command line, the registration
form's fields, pre-registration import rows and incoming sync changes. Too long is refused with the
field and the limit named, never cut short without saying so; a 10 MB name is refused at once."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_sync_hostile import change, forge

from attendance import i18n, services
from attendance.domain import FIELD_LIMITS, InvalidValue
from attendance.intake import importer
from attendance.store import Store, new_id
from attendance.sync import bundles


def test_a_10_mb_name_is_refused_at_once_and_nothing_is_written(store: Store, event) -> None:
    before = store.scalar("SELECT count(*) FROM changes")
    started = time.perf_counter()
    with pytest.raises(InvalidValue, match="Given names is too long: at most 300 characters"):
        services.register(store, event.id, given_names="A" * 10_000_000, family_names="Núñez")
    assert time.perf_counter() - started < 1.0  # a length check, before any other work on the value
    assert store.scalar("SELECT count(*) FROM changes") == before


@pytest.mark.parametrize(("field", "limit"), sorted(FIELD_LIMITS.items()))
def test_each_limit_is_a_length_a_value_may_have_and_not_one_more(store: Store, event, field: str,
                                                                  limit: int) -> None:
    if field in ("name", "acronym"):  # an institution's
        services.find_or_create_institution(store, "I" * limit if field == "name" else "Ministry",
                                            acronym="A" * limit if field == "acronym" else None)
        with pytest.raises(InvalidValue, match=f"at most {limit} characters"):
            services.find_or_create_institution(store, "J" * (limit + 1) if field == "name" else "Other",
                                                acronym="B" * (limit + 1) if field == "acronym" else None)
        return
    if field == "country":  # an ISO code in the end; a longer text is refused before it is looked up
        with pytest.raises(InvalidValue, match=f"Country is too long: at most {limit} characters"):
            services.create_person(store, given_names="Ana", country="X" * (limit + 1))
        return
    person = services.create_person(store, **{"given_names": "Ana", field: "a" * limit})
    assert len(getattr(person, field)) == limit
    with pytest.raises(InvalidValue, match=f"at most {limit} characters"):
        services.update_person(store, person.id, **{field: "a" * (limit + 1)})
    assert len(getattr(services.get_person(store, person.id), field)) == limit


def test_the_position_of_a_registration_and_an_institutions_new_name_are_limited(store: Store, event) -> None:
    registration = services.register(store, event.id, given_names="Ana", institution="PNP")
    with pytest.raises(InvalidValue, match="Position is too long"):
        services.update_registration(store, registration.id, position="P" * 301)
    with pytest.raises(InvalidValue, match="Institution is too long"):
        services.update_institution(store, registration.institution_id, name="N" * 301)
    with pytest.raises(InvalidValue, match="Institution is too long"):
        services.register(store, event.id, given_names="Luis", institution="N" * 301)


def test_the_message_is_in_the_users_language(store: Store, event) -> None:
    i18n.set_language("es")
    with pytest.raises(InvalidValue) as refused:
        services.register(store, event.id, given_names="Ana", email="a" * 321)
    assert "320" in str(refused.value) and "too long" not in str(refused.value)


def test_register_on_the_command_line_refuses_a_long_name_with_a_message(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    env = {"ATTENDANCE_DB": str(db), "PATH": "/usr/bin:/bin"}
    add = subprocess.run([sys.executable, "-m", "attendance", "event", "add", "--title", "Course", "--code", "C26",
                          "--start", "2026-12-07"], capture_output=True, text=True, env=env, timeout=60)
    assert add.returncode == 0, add.stderr
    result = subprocess.run([sys.executable, "-m", "attendance", "register", "C26", "--given", "G" * 20_000,
                             "--family", "Núñez"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode != 0
    assert "Given names is too long: at most 300 characters" in result.stderr
    assert "Traceback" not in result.stderr
    with Store(db) as store:
        assert store.scalar("SELECT count(*) FROM people") == 0


def test_an_import_row_over_a_limit_is_rejected_and_reported_not_cut(tmp_path: Path, store: Store, event) -> None:
    path = tmp_path / "list.csv"
    path.write_text("First name,Last name,Email,Job title\n"
                    "Ana,Núñez,ana@example.org,Inspector\n"
                    f"Luis,Pérez,luis@example.org,{'Director ' * 40}\n"
                    f"{'X' * 301},Gómez,,\n", encoding="utf-8")
    table = importer.read_table(path)
    report = importer.import_rows(store, event.id, table, importer.detect_mapping(table.headers))
    rejected = report.to_json()["rejected"]
    assert [(r["row"], r["column"]) for r in rejected] == [(3, "Job title"), (4, "First name")]
    assert rejected[0]["reason"] == "Position is too long: at most 300 characters"
    assert [p["family_names"] for p in store.rows("SELECT family_names FROM people")] == ["Núñez"]


def test_a_bundle_change_over_the_same_limit_is_refused(tmp_path: Path, store: Store, event) -> None:
    person = new_id()
    fields = {"given_names": "Ana", "family_names": "Núñez", "sex": "female", "phone": "1" * 65}
    with pytest.raises(bundles.BundleError, match="phone is longer than 64 characters"):
        bundles.import_bundle(store, forge(tmp_path / "b.zip", [change("people", person, fields)]))
    fields["phone"] = "1" * 64
    # at the limit it passes validation (unsigned here: signatures are tested in test_sync_signing)
    assert bundles.import_bundle(store, forge(tmp_path / "c.zip", [change("people", person, fields)]),
                                 verify=False).new_people == 1
    assert json.loads(store.scalar("SELECT fields FROM changes WHERE entity_id = ?", [person]))["phone"] == "1" * 64


def test_the_registration_form_stops_at_the_limits_and_says_so(qtbot, store: Store, event) -> None:
    from PySide6.QtGui import QGuiApplication

    from attendance.gui.registration_dialog import RegistrationDialog

    dialog = RegistrationDialog(store, event.id)
    qtbot.addWidget(dialog)
    limits = {dialog.given_names: 300, dialog.family_names: 300, dialog.institution: 300, dialog.position: 300,
              dialog.email: 320, dialog.phone: 64}
    assert {edit.objectName(): edit.maxLength() for edit in limits} == {
        edit.objectName(): limit for edit, limit in limits.items()}
    dialog.show()
    QGuiApplication.clipboard().setText("Ana " * 200)  # 800 characters pasted
    dialog.given_names.setFocus()
    dialog.given_names.paste()
    assert len(dialog.given_names.text()) == 300
    assert dialog.error.text() == "This field holds at most 300 characters; anything longer was cut off."
