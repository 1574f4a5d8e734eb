"""Organisations and projects as entities (issue 11 item 1): the upgrade of the old free text, the
services, logos, the command line, and sync between two laptops."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest
from PIL import Image
from sync_support import pair

from attendance import assets, organisations, services
from attendance.cli import main as cli
from attendance.domain import InvalidValue
from attendance.store import Store
from attendance.sync import bundles as sync
from attendance.sync.merge import Change
from attendance.sync.validation import ChangeRefused, schema_columns, validate_changes


def _store_before_0005(path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """A database made by the version before migration 0005, with the old free-text fields filled."""
    every = assets.migrations
    monkeypatch.setattr(assets, "migrations", lambda: [f for f in every() if not f.name.startswith("0005")])
    old = Store(path)
    monkeypatch.setattr(assets, "migrations", every)
    return old


def _legacy_event(store: Store, code: str) -> str:
    """An event written as the old version did, organiser/partners/funders/project as text."""
    event = services.create_event(store, title="Regional Course", code=code, start_date="2026-03-02",
                                  end_date="2026-03-03", country="TT")
    store.update("events", event.id, {
        "organiser": "UNLIREC", "funders": "Government of Canada; European Union",
        "partners": "Ministry of National Security, Trinidad and Tobago\nCARICOM IMPACS",
        "project": "Strengthening forensic capacities"})
    return event.id


def _upgraded(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Store, str]:
    old = _store_before_0005(tmp_path / name, monkeypatch)
    event_id = _legacy_event(old, "RC26")
    old.close()
    return Store(tmp_path / name), event_id


def test_the_upgrade_turns_the_free_text_into_organisations_and_a_project(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    store, event_id = _upgraded(tmp_path, "a.db", monkeypatch)
    credits = organisations.event_attribution(store, event_id, "fr")
    assert [c.name for c in credits.funders] == ["Gouvernement du Canada", "Union européenne"]
    # split on new lines and ';', never on the comma inside a name
    assert [c.name for c in credits.partners] == ["Ministry of National Security, Trinidad and Tobago",
                                                  "CARICOM Implementation Agency for Crime and Security"]
    assert [c.acronym for c in credits.organiser] == ["UNLIREC"]
    assert credits.project is not None and credits.project.title == "Strengthening forensic capacities"
    assert credits.project.code == "SFC"
    canada = organisations.find_organisation(store, "Government of Canada")
    assert (canada.kind, canada.country) == ("government", "CA")
    assert [organisations.organisation_name(canada, lang) for lang in ("en", "es", "fr", "pt")] == [
        "Government of Canada", "Gobierno de Canadá", "Gouvernement du Canada", "Governo do Canadá"]
    # the step ran once and wrote through the change log (so it syncs)
    assert store.meta("pending_step:entities_from_text") is None
    assert store.scalar("SELECT count(*) FROM changes WHERE entity = 'event_organisations'") == 5
    assert store.meta("schema_version") == max(f.name for f in assets.migrations())[:4]
    store.close()


def test_two_laptops_upgraded_apart_make_the_same_rows_and_converge(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    first = _store_before_0005(tmp_path / "a.db", monkeypatch)
    event_id = _legacy_event(first, "RC26")
    second = _store_before_0005(tmp_path / "b.db", monkeypatch)
    pair(first, second)
    bundle = sync.export_bundle(first, tmp_path / "setup.zip").path
    sync.import_bundle(second, bundle)
    first.close()
    second.close()
    first, second = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    query = "SELECT {} FROM {} WHERE deleted_at IS NULL ORDER BY id"
    for table, columns in (("organisations", "id, name_en, kind, country"), ("projects", "id, code, title"),
                           ("event_organisations", "id, organisation_id, role, position")):
        assert first.rows(query.format(columns, table)) == second.rows(query.format(columns, table))
    sync.import_bundle(second, sync.export_bundle(first, tmp_path / "1.zip").path)
    sync.import_bundle(first, sync.export_bundle(second, tmp_path / "2.zip").path)
    assert first.scalar("SELECT count(*) FROM organisations") == 5
    assert organisations.event_attribution(first, event_id) == organisations.event_attribution(second, event_id)
    first.close()
    second.close()


def test_split_names_keeps_commas_inside_names() -> None:
    assert organisations.split_names("Ministry of Justice, Legal Affairs; EU\n\n EU ;") == [
        "Ministry of Justice, Legal Affairs", "EU"]


def test_services_find_by_any_name_or_acronym_and_keep_the_order(store: Store, event) -> None:
    eu = organisations.create_organisation(store, "European Union", name_es="Unión Europea", acronym="EU",
                                           kind="intergovernmental")
    assert organisations.find_organisation(store, "union europea").id == eu.id
    assert organisations.find_organisation(store, "eu").id == eu.id
    with pytest.raises(InvalidValue, match="already exists"):
        organisations.create_organisation(store, "EUROPEAN UNION")
    with pytest.raises(InvalidValue):
        organisations.create_organisation(store, "Somebody", kind="company")
    organisations.set_event_attribution(store, event.id, funders=["Government of Germany", "EU"])
    assert [o.name_en for o in organisations.event_organisations(store, event.id, "funder")] == [
        "Government of Germany", "European Union"]
    organisations.set_event_attribution(store, event.id, funders=["EU", "Government of Germany"])
    assert [c.name for c in organisations.event_attribution(store, event.id, "es").funders] == [
        "Unión Europea", "Gobierno de Alemania"]
    organisations.set_event_attribution(store, event.id, funders=["EU"])
    assert [o.id for o in organisations.event_organisations(store, event.id, "funder")] == [eu.id]
    organisations.set_event_attribution(store, event.id, funders=["EU", "Government of Germany"])  # comes back
    assert len(organisations.event_organisations(store, event.id, "funder")) == 2
    norway = organisations.find_or_create_organisation(store, "Government of Norway")
    assert (norway.kind, norway.country) == ("government", "NO")


def test_projects_and_events(store: Store, event) -> None:
    project = organisations.create_project(store, "Caribbean Firearms Roadmap", code="cfr-2", start_date="2024-01-01")
    assert project.code == "CFR-2"
    with pytest.raises(InvalidValue, match="already exists"):
        organisations.create_project(store, "Other", code="CFR-2")
    with pytest.raises(InvalidValue, match="before the start date"):
        organisations.update_project(store, project.id, end_date="2023-01-01")
    organisations.set_event_attribution(store, event.id, project="cfr-2")
    assert organisations.event_project(store, event.id) == project
    organisations.set_event_attribution(store, event.id, project="")
    assert organisations.event_project(store, event.id) is None


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.effect_noise((width, height), 80).convert("RGB").save(out, "PNG")
    return out.getvalue()


def test_a_logo_is_scaled_down_to_a_small_png_and_bad_files_are_refused(store: Store, tmp_path: Path) -> None:
    org = organisations.create_organisation(store, "Government of Canada")
    big = tmp_path / "logo.png"
    big.write_bytes(_png(1600, 1400))
    org = organisations.set_logo(store, org.id, big)
    data = organisations.logo_bytes(org)
    assert len(data) <= organisations.LOGO_MAX_BYTES
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG" and image.height <= 600
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(InvalidValue, match="not an image"):
        organisations.set_logo(store, org.id, text)
    assert organisations.get_organisation(store, org.id).logo == org.logo  # nothing lost
    with pytest.raises(InvalidValue, match="not a PNG"):
        organisations.update_organisation(store, org.id, logo=base64.b64encode(b"GIF89a....").decode())


def test_organisations_projects_and_logos_sync_between_two_laptops(tmp_path: Path, store: Store, event) -> None:
    logo = tmp_path / "eu.png"
    logo.write_bytes(_png(300, 200))
    eu = organisations.create_organisation(store, "European Union", acronym="EU", kind="intergovernmental")
    organisations.set_logo(store, eu.id, logo)
    organisations.set_event_attribution(store, event.id, organiser=["UNLIREC"], funders=["EU"],
                                        project="Roadmap")
    desk = Store(tmp_path / "desk.db")
    pair(store, desk)
    sync.import_bundle(desk, sync.export_bundle(store, tmp_path / "setup.zip", event_id=event.id).path)
    assert organisations.event_attribution(desk, event.id, "fr") == organisations.event_attribution(
        store, event.id, "fr")
    # an edit on the second desk comes back
    organisations.update_organisation(desk, eu.id, name_fr="Union européenne")
    organisations.set_event_attribution(desk, event.id, partners=["CARICOM IMPACS"])
    sync.import_bundle(store, sync.export_bundle(desk, tmp_path / "back.zip").path)
    credits = organisations.event_attribution(store, event.id, "fr")
    assert [c.name for c in credits.funders] == ["Union européenne"]
    assert [c.acronym for c in credits.partners] == ["CARICOM IMPACS"]
    assert credits.funders[0].logo == organisations.logo_bytes(organisations.get_organisation(desk, eu.id))
    assert credits.funders[0].logo.startswith(b"\x89PNG")
    desk.close()


def _change(entity: str, fields: dict) -> Change:
    return Change(id="0b8f6a1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", entity=entity,
                  entity_id="1b8f6a1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", fields=fields, at="2026-01-01T00:00:00.000Z",
                  device_id="abcdef0123456789", author="x", based_on=None)


@pytest.mark.parametrize(("entity", "fields"), [
    ("organisations", {"kind": "company"}),
    ("organisations", {"logo": "not base64 at all!"}),
    ("organisations", {"logo": base64.b64encode(b"GIF89a").decode()}),
    ("organisations", {"logo": "A" * (organisations.LOGO_MAX_TEXT + 4)}),
    ("event_organisations", {"role": "sponsor"}),
    ("event_organisations", {"organisation_id": "not-a-uuid"}),
    ("events", {"project_id": "42"}),
])
def test_forged_changes_to_the_new_tables_are_refused(store: Store, entity: str, fields: dict) -> None:
    with pytest.raises(ChangeRefused):
        validate_changes([_change(entity, fields)], schema_columns(store.conn))


def test_a_real_logo_change_is_accepted(store: Store) -> None:
    logo = organisations.prepare_logo(_png(100, 50))
    validate_changes([_change("organisations", {"logo": logo, "name_en": "X", "folded_name": "x"})],
                     schema_columns(store.conn))


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "cli.db")]
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png(120, 900))
    assert cli.main([*db, "organisation", "add", "Government of Canada", "--kind", "government", "--country", "CA",
                     "--name-es", "Gobierno de Canadá", "--logo", str(logo)]) == 0
    assert cli.main([*db, "organisation", "edit", "gobierno de canada", "--name-fr", "Gouvernement du Canada"]) == 0
    assert cli.main([*db, "organisation", "logo", "Government of Canada", "--remove"]) == 0
    assert cli.main([*db, "project", "add", "--title", "Caribbean Firearms Roadmap", "--code", "CFR"]) == 0
    assert cli.main([*db, "project", "edit", "CFR", "--end", "2030-12-31"]) == 0
    assert cli.main([*db, "event", "add", "--title", "Webinar", "--code", "WEB26", "--start", "2026-05-05",
                     "--funder", "Government of Canada", "--funder", "European Union", "--partner",
                     "Ministry of Justice, Legal Affairs", "--organiser", "UNLIREC", "--project", "CFR"]) == 0
    assert cli.main([*db, "event", "edit", "WEB26", "--partners", "CARICOM IMPACS; Interpol"]) == 0
    capsys.readouterr()
    assert cli.main([*db, "event", "show", "WEB26", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["funders"] == ["Government of Canada", "European Union"]
    assert shown["partners"] == ["CARICOM Implementation Agency for Crime and Security", "Interpol"]
    assert shown["project"] == "CFR" and shown["organiser"][0].startswith("United Nations Regional Centre")
    assert cli.main([*db, "organisation", "list", "--json"]) == 0
    listed = {o["name_en"]: o for o in json.loads(capsys.readouterr().out)}
    assert listed["Government of Canada"]["name_fr"] == "Gouvernement du Canada"
    assert listed["Government of Canada"]["logo"] is False
    assert cli.main([*db, "project", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["end_date"] == "2030-12-31"
    # bad input: a clear message, no traceback
    assert cli.main([*db, "organisation", "logo", "Government of Canada", str(tmp_path / "missing.png")]) != 0
    assert "Cannot read" in capsys.readouterr().err
    assert cli.main([*db, "organisation", "edit", "Nobody", "--acronym", "NB"]) != 0
    assert "No organisation named Nobody" in capsys.readouterr().err
