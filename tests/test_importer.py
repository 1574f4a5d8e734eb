"""The import engine: every sample file with its exact counts, encodings, columns, values, matching,
one transaction, and the ``attendance import`` command."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import Workbook

from attendance import services
from attendance.cli.main import main
from attendance.intake import importer
from attendance.store import Store

HEADER_ES = "Nombre;Apellidos;Sexo;Institución;Cargo;País;Correo electrónico;Teléfono\r\n"


def counts_by_sex(store: Store, event_id: str) -> dict[str, int]:
    return dict(store.db.execute("SELECT p.sex, count(*) FROM registrations r JOIN people p ON p.id = r.person_id "
                                 "WHERE r.event_id = ? GROUP BY p.sex", [event_id]).fetchall())


def table_counts(store: Store) -> tuple[int, ...]:
    return tuple(store.scalar(f"SELECT count(*) FROM {t}")
                 for t in ("people", "registrations", "institutions", "changes"))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- the sample files
def test_spanish_excel_sample_imports_with_its_duplicate_empty_row_and_formula(store, event, samples):
    report = importer.import_file(store, event.id, samples / "preregistration-es-excel.csv")

    assert (report.encoding, report.delimiter) == ("cp1252", ";")
    # 46 data rows: 44 people, one exact repeat of row 5 (Joaquín Nováez) at row 12, one empty row (22).
    assert (report.count("added"), report.count("duplicate"), report.count("empty"), report.count("rejected")) \
        == (44, 1, 1, 0)
    duplicate = next(o for o in report.rows if o.status == "duplicate")
    assert (duplicate.row, duplicate.name) == (12, "Joaquín Nováez")
    assert "row 5" in duplicate.reason
    # F 9 + Femenino 2 + Mujer 6 women; M 9 + Masculino 7 + Hombre 10 men (one Hombre was the repeat);
    # "Sin Sexo" gave none. M is male here because the column also holds F.
    assert counts_by_sex(store, event.id) == {"female": 17, "male": 26, "not_stated": 1}
    formula = store.rows("SELECT * FROM people WHERE family_names = 'Prueba'")[0]
    assert formula["given_names"] == '=HIPERVINCULO("http://x.example")'
    assert any(w.row == 46 and "formula" in w.reason for w in report.warnings)
    nunez = store.rows("SELECT * FROM people WHERE email = 'andrea.nunez@secretaria.gob.example'")[0]
    assert (nunez["family_names"], nunez["country"], nunez["phone"]) == ("Núñez", "SV", "+504 7700-8297")
    # An institution is its name in its country: 7 names, each once per country of its people.
    assert store.scalar("SELECT count(DISTINCT folded_name) FROM institutions") == 7
    assert store.scalar("SELECT count(*) FROM institutions") == store.scalar(
        "SELECT count(DISTINCT p.institution_id) FROM people p")
    assert not store.scalar("SELECT count(*) FROM people p JOIN institutions i ON i.id = p.institution_id "
                            "WHERE i.country IS NOT p.country")


def test_english_sample_with_bom_quoted_commas_and_caribbean_countries(store, event, samples):
    report = importer.import_file(store, event.id, samples / "preregistration-en.csv")

    assert (report.encoding, report.delimiter) == ("utf-8-sig", ",")
    assert report.count("added") == 30 and len(report.rows) == 30
    assert report.warnings == []  # "Saint Kitts and Nevis", "Trinidad and Tobago" are known countries
    assert counts_by_sex(store, event.id) == {"female": 11, "male": 19}
    countries = {row["country"] for row in store.rows("SELECT country FROM people")}
    assert countries == {"TT", "SR", "KN", "GD", "BB", "BS", "JM"}
    # Two Marisol Hernández from different institutions with different emails are two people.
    assert store.scalar("SELECT count(*) FROM people WHERE family_names = 'Hernández'") == 2


def test_french_sample_with_femme_homme_and_long_institutions(store, event, samples):
    report = importer.import_file(store, event.id, samples / "preregistration-fr.csv")

    assert (report.encoding, report.delimiter) == ("utf-8", ";")
    assert report.count("added") == 18
    assert counts_by_sex(store, event.id) == {"female": 7, "male": 11}
    assert store.scalar("SELECT count(DISTINCT country) FROM people") == 1
    assert store.scalar("SELECT country FROM people LIMIT 1") == "HT"
    assert services.find_institution(
        store, "Commission Nationale de Désarmement, Démantèlement et Réinsertion") is not None


@pytest.mark.parametrize("name", ["preregistration-es-excel.csv", "preregistration-en.csv", "preregistration-fr.csv"])
def test_reimporting_a_file_adds_nobody(store, event, samples, name):
    first = importer.import_file(store, event.id, samples / name)
    before = table_counts(store)
    again = importer.import_file(store, event.id, samples / name)

    assert again.count("added") == 0 and again.count("matched") == 0
    assert again.count("already_registered") == first.count("added")
    assert table_counts(store) == before


def test_known_people_from_another_event_are_matched_not_duplicated(store, event, samples):
    other = services.create_event(store, title="Earlier workshop", code="EW25", start_date="2025-05-05")
    importer.import_file(store, other.id, samples / "preregistration-es-excel.csv")
    people = store.scalar("SELECT count(*) FROM people")

    report = importer.import_file(store, event.id, samples / "preregistration-es-excel.csv")

    assert report.count("matched") == 44 and report.count("added") == 0
    assert store.scalar("SELECT count(*) FROM people") == people
    assert store.scalar("SELECT count(*) FROM registrations WHERE event_id = ?", [event.id]) == 44


def test_match_by_folded_name_and_institution_without_email(store, event, tmp_path):
    known = services.register(store, event.id, given_names="José", family_names="Núñez",
                              institution="Policía Nacional Civil")
    other = services.create_event(store, title="Next", code="NX27", start_date="2027-01-01")
    path = write(tmp_path, "l.csv", ("Nombre;Apellidos;Institución\nJOSE;nunez;policia nacional civil\n"
                                     "José;Núñez;Ministerio de Defensa\n").encode())

    report = importer.import_file(store, other.id, path)

    assert [o.status for o in report.rows] == ["matched", "added"]
    assert report.rows[0].person_id == known.person_id
    # Same name at another institution is a new person, flagged as a look-alike to check.
    assert any(w.row == 3 and "Looks like José Núñez" in w.reason for w in report.warnings)


# --------------------------------------------------------------------------- encodings and shapes
def test_utf16_tab_separated_with_bom(store, event, tmp_path):
    text = "Prénom\tNom\tSexe\nNadège\tÉtienne\tFemme\n"
    report = importer.import_file(store, event.id, write(tmp_path, "u16.csv", text.encode("utf-16")))

    assert (report.encoding, report.delimiter, report.count("added")) == ("utf-16", "\t", 1)
    assert store.rows("SELECT given_names, family_names, sex FROM people")[0] == {
        "given_names": "Nadège", "family_names": "Étienne", "sex": "female"}


def test_utf8_read_as_latin_is_flagged_as_garbled(store, event, tmp_path):
    # A UTF-8 file once opened and saved as Windows-1252: "José" became "JosÃ©".
    data = "Nombre,Apellido\nJosé,Peña\n".encode().decode("cp1252").encode("utf-8")
    report = importer.import_file(store, event.id, write(tmp_path, "g.csv", data))

    assert report.count("added") == 1
    assert any("garbled" in w.reason for w in report.warnings)


def test_plain_utf8_is_not_flagged(store, event, tmp_path):
    report = importer.import_file(store, event.id, write(tmp_path, "u.csv", "Nombre,Apellido\nJosé,Peña\n".encode()))
    assert report.warnings == []


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", b"\xef\xbb\xbf", b";;;\n;;;\n"])
def test_empty_files_give_a_clear_report(store, event, tmp_path, data):
    report = importer.import_file(store, event.id, write(tmp_path, "e.csv", data))
    assert report.problem == "The file is empty." and report.rows == []


def test_missing_file_and_old_xls_and_broken_xlsx_are_reported(store, event, tmp_path):
    assert "cannot be read" in importer.import_file(store, event.id, tmp_path / "nope.csv").problem
    xls = write(tmp_path, "old.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    assert ".xlsx or CSV" in importer.import_file(store, event.id, xls).problem
    broken = write(tmp_path, "b.xlsx", b"PK\x03\x04 not really a zip")
    assert "Excel workbook" in importer.import_file(store, event.id, broken).problem
    assert table_counts(store)[0] == 0


def test_ragged_rows_are_padded(store, event, tmp_path):
    data = "Name,Email\nAna Pérez,ana@example.org,extra,cells\nSolo\nLuis Gómez,\n".encode()
    report = importer.import_file(store, event.id, write(tmp_path, "r.csv", data))

    assert report.problem is None
    assert [o.status for o in report.rows] == ["added", "added", "added"]
    assert store.scalar("SELECT given_names || '|' || family_names FROM people WHERE family_names = 'Gómez'") \
        == "Luis|Gómez"


def test_nul_bytes_and_cells_over_excels_limit_are_refused(store, event, tmp_path):
    before = table_counts(store)
    nul = importer.import_file(store, event.id, write(tmp_path, "n.csv", b"Name,Email\n\x00Luis\x00,\n"))
    assert "NUL" in nul.problem
    huge = importer.import_file(store, event.id, write(tmp_path, "h.csv", f"Name,Email\nBig,{'x' * 40_000}\n"
                                                      .encode()))
    assert "Row 2" in huge.problem and "32767" in huge.problem
    assert table_counts(store) == before


def test_header_row_found_below_a_title_block(store, event, tmp_path):
    data = "Lista de preinscripción\nMinisterio X\n\nNombres,Apellido(s),Género\nAna,Ruiz,F\n".encode()
    report = importer.import_file(store, event.id, write(tmp_path, "t.csv", data))
    assert report.count("added") == 1 and report.rows[0].row == 5


def test_xlsx_first_sheet_or_a_chosen_one(store, event, tmp_path):
    workbook = Workbook()
    first = workbook.active
    first.title = "Notas"
    first.append(["Nada que importar"])
    sheet = workbook.create_sheet("Inscritos")
    sheet.append(["Nombre completo", "Sexo (M/H)", "Organización", "Teléfono", "Correo"])
    sheet.append(["María José Gómez Ruiz", "M", "Fiscalía", 50477008297, " MJ@Example.ORG "])
    sheet.append(["Pedro Pablo", "H", "Fiscalía", None, None])
    path = tmp_path / "list.xlsx"
    workbook.save(path)

    assert importer.read_table(path).sheets == ["Notas", "Inscritos"]
    assert "no sheet 'Nope'" in importer.import_file(store, event.id, path, sheet="Nope").problem
    report = importer.import_file(store, event.id, path, sheet="Inscritos")

    assert report.count("added") == 2 and report.sheet == "Inscritos"
    rows = store.rows("SELECT given_names, family_names, sex, phone, email FROM people ORDER BY given_names")
    assert rows[0] == {"given_names": "María José", "family_names": "Gómez Ruiz", "sex": "female",
                       "phone": "50477008297", "email": "mj@example.org"}
    assert rows[1]["sex"] == "male" and rows[1]["family_names"] == "Pablo"


# --------------------------------------------------------------------------- columns and values
@pytest.mark.parametrize(("header", "field"), [
    ("Nombre", "given_names"), ("Nombres", "given_names"), ("PRÉNOM", "given_names"), ("Given name(s)", "given_names"),
    ("Nome", "given_names"), ("Apellido(s)", "family_names"), ("Surname", "family_names"),
    ("Sobrenome", "family_names"), ("Nom", "family_names"), ("Nombre completo", "full_name"),
    ("Full name", "full_name"), ("Sexo (M/H)", "sex"), ("Género", "sex"), ("Sexe", "sex"),
    ("Organización", "institution"), ("Organisation", "institution"), ("Entidad", "institution"),
    ("Agency", "institution"), ("Cargo", "position"), ("Job title", "position"), ("Fonction", "position"),
    ("País", "country"), ("Pays", "country"), ("Correo electrónico", "email"), ("E-mail", "email"),
    ("Courriel", "email"), ("Teléfono", "phone"), ("Celular", "phone"), ("Téléphone", "phone"),
    ("Mobile", "phone"), ("Rol", "role"), ("Comentarios", ""),
])
def test_header_synonyms(header, field):
    assert importer.header_field(header) == field


def test_full_name_column_used_only_without_a_given_family_pair():
    assert importer.detect_mapping(["Name", "First name", "Last name"]) == {
        0: "", 1: "given_names", 2: "family_names"}
    assert importer.detect_mapping(["Nom", "Sexe"]) == {0: "full_name", 1: "sex"}
    assert importer.split_full_name("Castañeda, Ana Lucía") == ("Ana Lucía", "Castañeda")
    assert importer.split_full_name("Ana Lucía Castañeda Ruiz") == ("Ana Lucía", "Castañeda Ruiz")
    assert importer.split_full_name("Keisha St. Hilaire") == ("Keisha", "St. Hilaire")


def _sex_table(header: str, values: list[str]) -> importer.Table:
    first = "Nombre" if header.startswith("Sexo") else "Name"
    return importer.Table(headers=[first, header], rows=[["x", v] for v in values],
                          row_numbers=list(range(2, 2 + len(values))))


@pytest.mark.parametrize(("header", "values", "m_means", "ambiguous"), [
    ("Sexo", ["M", "H", "M"], "female", False),       # M/H: Mujer/Hombre
    ("Sexo", ["F", "M"], "male", False),              # F/M: Femenino/Masculino
    ("Sexo (M/H)", ["M", "M"], "female", False),      # the header says it
    ("Sex (F/M)", ["M"], "male", False),
    ("Sexo", ["M", "Mujer"], "female", True),         # Spanish header, nothing else: a guess to confirm
    ("Gender", ["M", "M"], "male", True),
    ("Sexo", ["Mujer", "Hombre"], "female", False),   # no lone M: nothing to ask
])
def test_what_a_lone_m_means(header, values, m_means, ambiguous):
    letters = importer.sex_letters(_sex_table(header, values), {0: "given_names", 1: "sex"})
    assert (letters.m_means, letters.ambiguous) == (m_means, ambiguous)


@pytest.mark.parametrize(("word", "sex"), [
    ("F", "female"), ("w", "female"), ("Mujer", "female"), ("FEMENINO", "female"), ("Femme", "female"),
    ("Female", "female"), ("Woman", "female"), ("Mulher", "female"), ("H", "male"), ("Hombre", "male"),
    ("Masculino", "male"), ("Homme", "male"), ("Male", "male"), ("Man", "male"), ("Homem", "male"),
    ("Otro", "other"), ("", "not_stated"), ("Prefiero no decir", "not_stated"), ("Zebra", None),
])
def test_sex_words(word, sex):
    assert importer.parse_sex(word, "male") == sex


def test_unknown_values_become_warnings_and_the_row_is_still_imported(store, event, tmp_path):
    data = b"First name,Last name,Gender,Country,Email,Role\nAna,Ruiz,Zebra,Narnia,not-an-email,VIP\n"
    report = importer.import_file(store, event.id, write(tmp_path, "w.csv", data))

    assert report.count("added") == 1
    assert {(w.row, w.column) for w in report.warnings} == {(2, "Gender"), (2, "Country"), (2, "Email"),
                                                            (2, "Role")}
    person = store.rows("SELECT sex, country, email FROM people")[0]
    assert person == {"sex": "not_stated", "country": None, "email": "not-an-email"}


def test_ambiguous_m_is_warned_in_the_report_and_can_be_chosen(store, event, tmp_path):
    path = write(tmp_path, "m.csv", b"Nombre;Apellidos;Sexo\nAna;Ruiz;M\n")
    guessed = importer.import_file(store, event.id, path, dry_run=True)
    assert any("M was read as female" in w.reason for w in guessed.warnings)

    table = importer.read_table(path)
    importer.import_rows(store, event.id, table, importer.detect_mapping(table.headers), m_means="male")
    assert store.scalar("SELECT sex FROM people") == "male"


def test_rows_without_a_name_are_rejected_with_row_and_column(store, event, tmp_path):
    data = "Prénom;Nom;Courriel\n;;sans.nom@example.org\nLuc;Martin;\n".encode()
    report = importer.import_file(store, event.id, write(tmp_path, "n.csv", data))

    assert report.to_json()["rejected"] == [{"row": 2, "column": "Prénom", "reason": "No name"}]
    assert report.count("added") == 1


def test_a_mapping_without_names_is_a_clear_problem(store, event, tmp_path):
    report = importer.import_file(store, event.id, write(tmp_path, "x.csv", b"Foo,Bar\n1,2\n"))
    assert "No column holds names" in report.problem


def test_user_changed_mapping_is_used(store, event, tmp_path):
    table = importer.read_table(write(tmp_path, "c.csv", b"Col A;Col B\nRuiz;Ana\n"))
    importer.import_rows(store, event.id, table, {0: "family_names", 1: "given_names"})
    assert store.rows("SELECT given_names, family_names FROM people")[0] == {"given_names": "Ana",
                                                                             "family_names": "Ruiz"}


# --------------------------------------------------------------------------- one transaction
def test_dry_run_writes_nothing_and_reports_the_same(store, event, samples):
    before = table_counts(store)
    dry = importer.import_file(store, event.id, samples / "preregistration-es-excel.csv", dry_run=True)
    assert table_counts(store) == before
    assert (dry.count("added"), dry.count("duplicate"), dry.saved) == (44, 1, False)


def test_an_import_failing_half_way_keeps_whole_batches_and_a_second_import_finishes_it(store, event, tmp_path):
    lines = ["Nombre,Apellidos,Correo"] + [f"P{n},Fam{n},p{n}@example.org" for n in range(1200)]
    lines[900] = "Boom,Boom,boom@example.org"  # in the second batch of 500: the first is already written
    path = write(tmp_path, "big.csv", "\n".join(lines).encode())
    services.register(store, event.id, given_names="Already", family_names="There")
    before = table_counts(store)
    # A real database failure on one row (like a full disk): a trigger aborts the insert of "Boom".
    store.db.execute("CREATE TEMP TRIGGER boom BEFORE INSERT ON people WHEN NEW.family_names = 'Boom' "
                     "BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END")
    done = []

    report = importer.import_file(store, event.id, path, progress=lambda d, t: done.append((d, t)))

    assert done == [(500, 1200)]  # the first batch was committed before the failure
    assert "500 of 1200 rows were saved" in report.problem and "simulated disk failure" in report.problem
    assert "import the same file again" in report.problem
    after = table_counts(store)
    # exactly the first batch, whole: its people, registrations and change-log rows; none of the failed batch
    assert store.scalar("SELECT count(*) FROM registrations") == 1 + 500
    assert after[0] == before[0] + 500  # people
    store.db.execute("DROP TRIGGER boom")
    second = importer.import_file(store, event.id, path)
    assert second.problem is None
    assert second.count("added") == 700 and second.count("already_registered") == 500
    assert store.scalar("SELECT count(*) FROM registrations") == 1 + 1200  # nothing doubled


def test_each_written_row_is_logged_like_store_insert(store, event, tmp_path):
    importer.import_file(store, event.id, write(tmp_path, "o.csv", b"Nombre,Apellidos\nAna,Ruiz\n"))
    person = store.rows("SELECT * FROM people")[0]
    change = store.rows("SELECT * FROM changes WHERE entity_id = ?", [person["id"]])
    assert len(change) == 1 and change[0]["at"] == person["created_at"] and change[0]["based_on"] is None
    assert json.loads(change[0]["fields"])["family_names"] == "Ruiz"
    registration = store.rows("SELECT * FROM registrations")[0]
    assert (registration["source"], registration["person_id"]) == ("import", person["id"])
    assert store.scalar("SELECT count(*) FROM changes WHERE entity_id = ?", [registration["id"]]) == 1
    assert services.search_people(store, "ruiz")[0].id == person["id"]  # the search index saw it


def test_progress_reaches_the_total(store, event, samples):
    done = []
    importer.import_file(store, event.id, samples / "preregistration-en.csv", progress=lambda d, t: done.append((d, t)))
    assert done[-1] == (30, 30)


def test_sqlite_error_type_is_caught(store, event, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "insert_many", broken)
    report = importer.import_file(store, event.id, write(tmp_path, "d.csv", b"Nombre,Apellidos\nAna,Ruiz\n"))
    assert "Nothing was imported" in report.problem and table_counts(store)[0] == 0


# --------------------------------------------------------------------------- the command line
def test_cli_import_summary_dry_run_and_json(tmp_path, samples, capsys):
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "event", "add", "--title", "Taller", "--code", "TL26", "--start", "2026-03-02"]) == 0
    capsys.readouterr()
    path = str(samples / "preregistration-es-excel.csv")

    assert main(["--db", db, "import", "TL26", path, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "44 added" in out and "Row 12 duplicate" in out and "Dry run" in out

    assert main(["--db", db, "import", "tl26", path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["added"], data["matched"], data["duplicates"], data["rejected"]) == (44, 0, 1, [])

    assert main(["--db", db, "--lang", "es", "import", "TL26", path]) == 0
    assert "44 ya inscritos" in capsys.readouterr().out

    assert main(["--db", db, "--lang", "en", "import", "TL26", str(tmp_path / "missing.csv")]) == 1
    assert "cannot be read" in capsys.readouterr().err


def test_a_cancelled_registration_is_left_as_it_is(store, event, tmp_path):
    registration = services.register(store, event.id, given_names="Ana", family_names="Ruiz", email="ana@example.org")
    services.cancel_registration(store, registration.id)
    report = importer.import_file(store, event.id, write(tmp_path, "c.csv", b"Nombre,Apellidos,Correo\n"
                                                                          b"Ana,Ruiz,ANA@example.org\n"))
    assert report.rows[0].status == "already_registered" and "cancelled" in report.rows[0].reason
    assert services.get_registration(store, registration.id).status == "cancelled"


def test_cli_imports_a_chosen_sheet(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    main(["--db", db, "event", "add", "--title", "Taller", "--code", "TL26", "--start", "2026-03-02"])
    workbook = Workbook()
    workbook.active.append(["Notas"])
    sheet = workbook.create_sheet("Lista")
    sheet.append(["Nombres", "Apellidos", "Sexo"])
    sheet.append(["Ana", "Ruiz", "F"])
    path = tmp_path / "lista.xlsx"
    workbook.save(path)
    capsys.readouterr()
    assert main(["--db", db, "import", "TL26", str(path), "--sheet", "Lista", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["added"], data["sheet"], data["encoding"]) == (1, "Lista", "xlsx")


def test_a_shared_contact_email_does_not_merge_different_people(store, event, tmp_path):
    services.register(store, event.id, given_names="Marta", family_names="López", email="info@minseg.gob.example")
    other = services.create_event(store, title="Next", code="NX27", start_date="2027-01-01")
    data = ("Nombre;Apellidos;Correo\n"
            "Ana;Ruiz;info@minseg.gob.example\n"        # the ministry's address, Marta's in the database
            "Luis;Gómez;info@minseg.gob.example\n"      # the same address again, another name
            "Marta;Lopes;INFO@minseg.gob.example\n"     # Marta herself, with a typo
            "Luis;Gomez;info@minseg.gob.example\n")     # Luis again
    report = importer.import_file(store, other.id, write(tmp_path, "s.csv", data.encode()))

    assert [o.status for o in report.rows] == ["added", "added", "matched", "duplicate"]
    assert report.rows[3].reason == "Same person as row 3"
    assert [(w.row, w.column) for w in report.warnings if "Same email" in w.reason] == [(2, "Correo"), (3, "Correo")]


def test_same_person_names():
    from attendance.intake.matching import name_key, same_person_names

    assert same_person_names(name_key("José", "Núñez"), name_key("José Luis", "Núñez García"))
    assert same_person_names(name_key("Jose", "Nunes"), name_key("José", "Núñez"))
    assert not same_person_names(name_key("Ana", "Ruiz"), name_key("Ana", "Pérez"))
