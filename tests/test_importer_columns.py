"""Columns read by meaning (headers and values), names, sectors, saved and command-line mappings."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attendance import services
from attendance.cli.main import main
from attendance.intake import importer
from attendance.intake.columns import detect_columns, normalise_header
from attendance.intake.names import split_full_name, title_case
from attendance.intake.sectors import parse_sector, suggest_sector
from attendance.store import Store

PROPERTY = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.mark.parametrize(("header", "normal"), [
    ("1. ¿Cuál es su institución?*", "institucion"), ("Please enter your e-mail", "e mail"),
    ("Apellido(s)", "apellidos"), ("datos_personales/nombres", "datos personales nombres"),
    ("Sexo / Sex", "sexo sex"), ("Quelle est votre fonction ?", "fonction"),
])
def test_headers_are_normalised_to_their_meaning(header, normal):
    assert normalise_header(header) == normal


@pytest.mark.parametrize(("header", "field"), [
    ("Dirección de correo electrónico", "email"), ("Institución a la que pertenece", "institution"),
    ("Correo electrónico institucional", "email"), ("Institución u organismo", "institution"),
    ("Órgão/Instituição", "institution"), ("Apellido paterno", "paternal_surname"),
    ("Apellido materno", "maternal_surname"), ("Nombres y apellidos", "full_name"), ("Nome completo", "full_name"),
    ("Apellidos, Nombres", "full_name"), ("Home Country", "country"), ("Country/Region", "country"),
    ("Approval Status", "status"), ("2. Indique su cargo", "position"), ("Tipo de institución", "sector"),
])
def test_field_vocabularies_in_four_languages(header, field):
    assert importer.header_field(header) == field


def test_values_decide_unnamed_columns_and_lose_anonymous_ones():
    headers = ["Nombre completo", "Columna 2", "Columna 3", "Correo electrónico", "Q4", "Pays d'origine?"]
    rows = [["Ana Ruiz", "ana@x.org", "Mujer", "anonymous", "JM", "Haïti"],
            ["Luis Paz", "luis@y.org", "Hombre", "anonymous", "TT", "Jamaïque"]]
    choices = detect_columns(headers, rows, countries=services.country_keys())
    assert [(c.field, c.reason) for c in choices] == [
        ("full_name", "header"), ("email", "content"), ("sex", "content"), ("", "anonymous"), ("", "unrecognised"),
        ("country", "header")]


def test_surnames_and_family_first_full_names(store, event, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("Apellidos, Nombres;Sexo\nCASTAÑEDA RUIZ, ANA LUCÍA;F\nGÓMEZ PAZ LUIS;M\n", encoding="utf-8")
    importer.import_file(store, event.id, path)
    assert store.rows("SELECT given_names, family_names FROM people ORDER BY rowid") == [
        {"given_names": "Ana Lucía", "family_names": "Castañeda Ruiz"},
        {"given_names": "Luis", "family_names": "Gómez Paz"}]


@pytest.mark.parametrize(("text", "given", "family"), [
    ("Juan Carlos de la Cruz Pérez", "Juan Carlos", "de la Cruz Pérez"),
    ("Maria da Silva Santos", "Maria", "da Silva Santos"), ("Castañeda, Ana Lucía", "Ana Lucía", "Castañeda"),
    ("María del Carmen Ortiz", "María del Carmen", "Ortiz"), ("Keisha St. Hilaire", "Keisha", "St. Hilaire"),
    ("Ludwig van Beethoven", "Ludwig", "van Beethoven"), ("Ana Lucía Castañeda Ruiz", "Ana Lucía", "Castañeda Ruiz"),
])
def test_hispanic_and_lusophone_full_names(text, given, family):
    assert split_full_name(text) == (given, family)


@pytest.mark.parametrize(("text", "cased"), [
    ("MARÍA DE LOS ÁNGELES", "María de los Ángeles"), ("MCDONALD", "McDonald"), ("O'BRIEN", "O'Brien"),
    ("D'SOUZA", "D'Souza"), ("JEAN-PIERRE", "Jean-Pierre"), ("DE LA CRUZ", "de la Cruz"),
])
def test_capitals_are_title_cased(text, cased):
    assert title_case(text) == cased


def test_capitals_kept_on_request(store, event, tmp_path):
    path = tmp_path / "caps.csv"
    path.write_text("NOMBRES;APELLIDOS\nANA;O'BRIEN\n", encoding="utf-8")
    importer.import_file(store, event.id, path, options=importer.Options(title_case=False))
    assert store.scalar("SELECT family_names FROM people") == "O'BRIEN"


@pytest.mark.parametrize(("name", "sector", "confident"), [
    ("Policía Nacional Civil", "police", True), ("Fiscalía General del Estado", "justice", True),
    ("Ministério Público Federal", "justice", True), ("Douane haïtienne", "customs", True),
    ("Ministerio de Defensa Nacional", "defence", True), ("Jamaica Defence Force", "defence", True),
    ("Instituto de Ciencias Forenses", "forensics", True), ("Universidad de Panamá", "academia", True),
    ("Ministry of National Security", "ministry", False), ("Banco Central", None, None),
])
def test_sector_suggested_from_the_institution_name(name, sector, confident):
    suggestion = suggest_sector(name)
    assert (suggestion.sector, suggestion.confident) == (sector, confident) if sector else suggestion is None


def test_a_sector_column_is_imported(store, event, tmp_path):
    assert (parse_sector("Sociedad civil"), parse_sector("Académico"), parse_sector("Douanes")) == (
        "civil_society", "academia", "customs")
    path = tmp_path / "s.csv"
    path.write_text("Nombre,Institución,Sector\nAna Ruiz,Red Mujeres,Sociedad civil\n", encoding="utf-8")
    importer.import_file(store, event.id, path)
    assert store.scalar("SELECT sector FROM institutions") == "civil_society"


def test_map_option_corrects_a_column_and_names_bad_ones(store, event, tmp_path, capsys):
    path = tmp_path / "m.csv"
    path.write_text("Nombre completo,Contacto institucional,Extra\nAna Ruiz,ana@x.org,Q\n", encoding="utf-8")
    database = str(store.path)
    store.close()
    assert main(["--db", database, "import", "SNR26", str(path), "--map", "Contacto institucional=email",
                 "--map", "Extra=position", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [(c["header"], c["field"], c["reason"]) for c in result["columns"]] == [
        ("Nombre completo", "full_name", "header"), ("Contacto institucional", "email", "content"),
        ("Extra", "position", "chosen")]
    reopened = Store(database)
    assert reopened.rows("SELECT email, position FROM people") == [{"email": "ana@x.org", "position": "Q"}]
    reopened.close()
    assert main(["--db", database, "import", "SNR26", str(path), "--map", "Nope=email"]) == 1
    assert "no column 'Nope'" in capsys.readouterr().err
    assert main(["--db", database, "import", "SNR26", str(path), "--map", "Extra=shoe_size"]) == 1
    assert "shoe_size" in capsys.readouterr().err


def test_dry_run_lists_every_column_and_the_source(store, event, samples, capsys):
    database = str(store.path)
    store.close()
    assert main(["--db", database, "import", "SNR26", str(samples / "eventbrite-attendees-en.csv"),
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Source: Eventbrite attendee report" in out
    assert "16. Attendee Status: -> status (by its header)" in out and "1. Order #: ignored (form metadata)" in out
    assert "Row 4 skipped" in out and "Dry run" in out


# -------------------------------------------------------------------- the property
PEOPLE = [("Ana Lucía", "Castañeda Ruiz", "Femenino", "Policía Nacional Civil", "El Salvador", "ana@pnc.example"),
          ("Kemar", "Grant", "Masculino", "Jamaica Constabulary Force", "Jamaica", "kgrant@jcf.example"),
          ("Aisha", "Mohammed", "Femenino", "Ministry of National Security", "Trinidad and Tobago", ""),
          ("Shawn", "Williams", "Masculino", "Ministry of National Security", "Jamaica", "sw@mns.example"),
          ("João Pedro", "da Silva", "Masculino", "Polícia Federal", "Brasil", "jp@pf.example")]
SYNONYMS = [
    ["Nombres", "First name", "Prénom", "Primeiro nome", "1. Nombres*", "Given names"],
    ["Apellidos", "Last name", "Surname", "Nom de famille", "Sobrenome", "Apellido(s)"],
    ["Sexo", "Gender", "Sexe", "Género", "Sexo / Sex", "Sex"],
    ["Institución", "Organization", "Órgão/Instituição", "Institución a la que pertenece", "Agency", "Entidad"],
    ["País", "Country", "Pays", "Country/Region", "Nacionalidad", "¿Cuál es su país?"],
    ["Correo electrónico", "Email Address", "Courriel", "E-mail", "Please enter your e-mail", "Correo institucional"],
]
EXTRAS = [("_uuid", lambda n: f"5f0e{n:04d}-aaaa-4bbb-8ccc-0000000000{n:02d}"), ("Marca temporal",
          lambda n: f"10/03/2026 9:{n:02d}:00"), ("Observaciones", lambda n: ""), ("ID", lambda n: str(n + 1)),
          ("Start time", lambda n: f"2026-04-02 09:{n:02d}:00"), ("", lambda n: "")]


def _people_of(tmp_path, name: str, lines: list[list[str]]) -> list[tuple]:
    path = tmp_path / f"{name}.csv"
    path.write_text("\n".join(",".join(line) for line in lines) + "\n", encoding="utf-8")
    store = Store(tmp_path / f"{name}.db")
    event = services.create_event(store, title="P", code="P1", start_date="2026-01-01")
    report = importer.import_file(store, event.id, path)
    assert report.problem is None
    people = sorted(tuple(r.values()) for r in store.rows(
        "SELECT p.given_names, p.family_names, p.sex, coalesce(p.email, ''), p.country, i.name, i.country "
        "FROM people p JOIN institutions i ON i.id = p.institution_id"))
    store.close()
    return people


@PROPERTY
@given(order=st.permutations(range(6)), names=st.lists(st.integers(0, 5), min_size=6, max_size=6),
       extras=st.lists(st.tuples(st.integers(0, len(EXTRAS) - 1), st.integers(0, 8)), max_size=4))
def test_shuffled_renamed_and_padded_columns_import_the_same_people(tmp_path_factory, order, names, extras):
    folder = tmp_path_factory.mktemp("property")
    baseline = _people_of(folder, "base", [[s[0] for s in SYNONYMS], *[list(p) for p in PEOPLE]])
    headers = [SYNONYMS[c][names[c]] for c in order]
    rows = [[PEOPLE[n][c] for c in order] for n in range(len(PEOPLE))]
    for extra, position in extras:
        header, value = EXTRAS[extra]
        at = min(position, len(headers))
        headers.insert(at, header)
        for n, row in enumerate(rows):
            row.insert(at, value(n))
    assert _people_of(folder, "shuffled", [[f'"{h}"' for h in headers], *rows]) == baseline
    assert len(baseline) == len(PEOPLE)


def test_same_name_and_institution_with_other_emails_are_both_kept_unless_one_mailbox(store, event, tmp_path):
    path = tmp_path / "same.csv"
    path.write_text("Nombre,Apellidos,Institución,Correo\n"
                    "José,Pérez,PNC,jperez@pnc.example\n"
                    "José,Pérez,PNC,jose.perez.gomez@gmail.example\n"
                    "José,Pérez,PNC,jperez@gmail.example\n"  # the same mailbox at another domain: one person
                    "José,Pérez,PNC,\n", encoding="utf-8")  # no e-mail to tell: the same person
    report = importer.import_file(store, event.id, path)
    assert [(o.status, o.possible_duplicate_of) for o in report.rows] == [
        ("added", None), ("added", 2), ("duplicate", None), ("duplicate", None)]
    again = tmp_path / "later.csv"
    again.write_text("Nombre,Apellidos,Institución,Correo\nJosé,Pérez,PNC,pepe@otro.example\n", encoding="utf-8")
    later = importer.import_file(store, event.id, again)
    assert [(o.status, o.possible_duplicate_of) for o in later.rows] == [("added", 0)]
    assert "known person" in later.rows[0].reason
