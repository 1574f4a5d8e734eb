"""The lists organisers really receive (tests/samples/README.md names each source): one test per
file, asserting the detected source, the exact people and fields, the sex counts and skipped rows."""

from __future__ import annotations

from collections import Counter

import pytest

from attendance.intake import importer
from attendance.store import Store


def imported(store: Store, event_id: str, path) -> tuple[importer.ImportReport, list[tuple], Counter]:
    report = importer.import_file(store, event_id, path)
    assert report.problem is None and report.saved
    people = [tuple(row.values()) for row in store.rows(
        "SELECT p.given_names, p.family_names, p.sex, p.email, p.country, i.name, i.country AS ic, i.sector "
        "FROM registrations r JOIN people p ON p.id = r.person_id LEFT JOIN institutions i ON i.id = p.institution_id "
        "WHERE r.event_id = ? ORDER BY p.rowid", [event_id])]
    return report, people, Counter(person[2] for person in people)


def skipped(report: importer.ImportReport) -> list[tuple[int, str, str]]:
    return [(o.row, o.status, o.name) for o in report.rows if o.status not in ("added", "matched")]


def every_column_accounted(report: importer.ImportReport, mapped: dict[str, str]) -> None:
    """Each column of the file is listed; those named here feed that field, the others are ignored."""
    assert [c.column for c in report.columns] == list(range(len(report.columns)))
    assert {c.header: c.field for c in report.columns if c.field} == mapped
    assert all(c.reason for c in report.columns)


def test_google_forms_spanish_keeps_email_and_institution_and_same_names_apart(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "google-forms-es.csv")
    assert report.source == "google_forms"
    every_column_accounted(report, {
        "Dirección de correo electrónico": "email", "Nombres": "given_names", "Apellidos": "family_names",
        "Sexo": "sex", "Institución a la que pertenece": "institution", "Cargo": "position", "País": "country",
        "Teléfono (WhatsApp)": "phone"})
    assert people[:2] == [
        ("María José", "López Herrera", "female", "mjlopez@policia.gob.example", "GT", "Policía Nacional Civil",
         "GT", "police"),
        ("María José", "López Herrera", "female", "maria.lopez@fiscalia.gob.example", "SV",
         "Fiscalía General de la República", "SV", "justice")]
    assert len(people) == 7 and sexes == {"female": 4, "male": 3}
    assert skipped(report) == []
    # Same name and institution, another person's e-mail: both registered, the second flagged.
    [review] = report.possible_duplicates
    assert (review.row, review.name, review.possible_duplicate_of) == (7, "José Pérez Gómez", 6)


def test_google_forms_english(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "google-forms-en.csv")
    assert report.source == "google_forms"
    assert report.columns[0].reason == "metadata"
    assert people == [
        ("Keisha", "Campbell", "female", "k.campbell@jcf.gov.example", "JM", "Jamaica Constabulary Force", "JM",
         "police"),
        ("Ravi", "Ramdass", "male", "r.ramdass@customs.gov.example", "TT", "Customs and Excise Division", "TT",
         "customs"),
        ("Anika", "Joseph", "female", "a.joseph@ttdf.mil.example", "TT", "Trinidad and Tobago Defence Force", "TT",
         "defence"),
        ("Damion", "Brown", "male", "d.brown@uwi.edu.example", "JM", "University of the West Indies", "JM",
         "academia")]
    assert sexes == {"female": 2, "male": 2} and skipped(report) == []


def test_microsoft_forms_anonymous_uses_the_question_columns(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "microsoft-forms-es-anonymous.xlsx")
    assert report.source == "microsoft_forms"
    reasons = {c.header: (c.field, c.reason) for c in report.columns}
    assert reasons["Correo electrónico"] == ("", "anonymous") and reasons["Nombre"] == ("", "empty")
    assert reasons["Id"] == ("", "metadata") and reasons["Hora de inicio"] == ("", "metadata")
    assert reasons["Correo electrónico institucional"] == ("email", "header")
    assert people == [
        ("Gabriela", "Fuentes Soto", "female", "gfuentes@mp.gob.example", "CL", "Ministerio Público", "CL", "justice"),
        ("Rodrigo", "Araya Pino", "male", "raraya@aduana.gob.example", "CL", "Servicio Nacional de Aduanas", "CL",
         "customs"),
        ("Valentina", "Duarte", "female", "vduarte@policia.gob.example", "PY", "Policía Nacional", "PY", "police"),
        ("Martín", "Sosa Benítez", "male", "msosa@mre.gub.example", "UY", "Ministerio de Relaciones Exteriores", "UY",
         "other"),
        ("Florencia", "Acosta", "female", "facosta@mre.gub.example", "PY", "Ministerio de Relaciones Exteriores",
         "PY", "other")]
    assert sexes == {"female": 3, "male": 2} and skipped(report) == []
    # One foreign ministry per State: two institutions of one name, weak suggestions not applied.
    assert [(s.country, s.sector, s.applied) for s in report.sectors if "Exteriores" in s.institution] == [
        ("UY", "ministry", False), ("PY", "ministry", False)]


def test_microsoft_forms_named_prefers_questions_to_the_account_columns(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "microsoft-forms-en-named.xlsx")
    assert report.source == "microsoft_forms"
    reasons = {c.header: (c.field, c.reason) for c in report.columns}
    assert reasons["Email"] == ("", "also_email") and reasons["Name"] == ("", "also_full_name")
    assert reasons["Work email"] == ("email", "header") and reasons["Full name"] == ("full_name", "header")
    assert [p[:6] for p in people] == [
        ("Marlon", "Thompson", "male", "m.thompson@mns.gov.example", "JM", "Ministry of National Security"),
        ("Simone", "Baptiste", "female", "s.baptiste@mns.gov.example", "TT", "Ministry of National Security"),
        ("Nadia", "Persaud", "female", "n.persaud@gra.gov.example", "GY", "Guyana Revenue Authority")]
    assert sexes == {"female": 2, "male": 1} and skipped(report) == []


def test_kobotoolbox_xml_headers_with_groups_and_choice_names(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "kobotoolbox-es.csv")
    assert report.source == "kobotoolbox" and report.delimiter == ";"
    every_column_accounted(report, {
        "datos_personales/nombres": "given_names", "datos_personales/apellidos": "family_names",
        "datos_personales/sexo": "sex", "datos_personales/pais": "country",
        "institucion/nombre_institucion": "institution", "institucion/cargo": "position",
        "contacto/correo": "email"})
    assert {c.header: c.reason for c in report.columns}["_uuid"] == "metadata"
    assert people == [
        ("Yesenia", "Batista Peña", "female", "ybatista@pgr.gob.example", "DO",
         "Procuraduría General de la República", "DO", "justice"),
        ("Francisco", "Almonte", "male", None, "DO", "Dirección General de Aduanas", "DO", "customs"),
        ("Iris", "Castellanos", "female", None, "SV", "Instituto de Medicina Legal", "SV", "forensics"),
        ("Óscar", "Villeda", "male", "ovilleda@ss.gob.example", "HN", "Secretaría de Seguridad", "HN", "other")]
    assert sexes == {"female": 2, "male": 2} and skipped(report) == []


def test_kobotoolbox_labels_with_group_paths(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "kobotoolbox-en-labels.csv")
    assert report.source == "kobotoolbox"
    assert people == [
        ("Shanice", "Alleyne", "female", None, "BB", "Royal Barbados Police Force", "BB", "police"),
        ("Andre", "Greenidge", "male", None, "BB", "Barbados Defence Force", "BB", "defence"),
        ("Tamika", "Charles", "female", None, "LC", "Forensic Science Laboratory", "LC", "forensics")]
    assert sexes == {"female": 2, "male": 1} and skipped(report) == []


def test_eventbrite_attendees_refunded_and_not_attending_are_skipped(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "eventbrite-attendees-en.csv")
    assert report.source == "eventbrite"
    fields = {c.header: c.field for c in report.columns}
    assert (fields["Home Country"], fields["Attendee Status"], fields["Order #"]) == ("country", "status", "")
    assert people == [
        ("Liam", "O'Connor", "male", "l.oconnor@gardai.example", "IE", "An Garda Síochána", "IE", "other"),
        ("Priya", "D'Souza", "female", "p.dsouza@cps.example", "GB", "Crown Prosecution Service", "GB", "justice"),
        ("Grace", "McDonald", "female", "g.mcdonald@spa.example", "GB", "Scottish Police Authority", "GB", "police")]
    assert sexes == {"female": 2, "male": 1}
    assert skipped(report) == [(4, "skipped", "Hannah Müller"), (5, "skipped", "Tomás Ferreira")]
    assert "Refunded" in report.rows[2].reason


def test_eventbrite_spanish_account(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "eventbrite-asistentes-es.csv")
    assert report.source == "eventbrite"
    assert [p[:5] for p in people] == [
        ("Paola", "Jiménez Vargas", "female", "pjimenez@oij.example", "CR"),
        ("Daniela", "Castro", "female", "dcastro@mp.example", "PA")]
    assert sexes == {"female": 2}
    assert skipped(report) == [(3, "skipped", "Esteban Mora")]


def test_zoom_meeting_registration_preamble_status_and_custom_sex_question(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "zoom-meeting-registration-en.csv")
    assert report.source == "zoom_meeting_registration"
    fields = {c.header: c.field for c in report.columns}
    assert (fields["Country/Region"], fields["Sexo / Sex"], fields["Approval Status"]) == (
        "country", "sex", "status")
    assert people == [
        ("Mariana", "Torres", "female", "mtorres@pnp.example", "PE", "Policía Nacional del Perú", "PE", "police"),
        ("Kevin", "Baptiste", "male", "kbaptiste@ttps.example", "TT", "Trinidad and Tobago Police Service", "TT",
         "police"),
        ("Lucía", "Paredes", "female", "lparedes@mininter.example", "PE", "Ministerio del Interior", "PE", "other")]
    assert sexes == {"female": 2, "male": 1}
    assert skipped(report) == [(8, "skipped", "Rosa Quintero"), (9, "skipped", "Ahmed Khan")]


def test_zoom_meeting_registration_pending_ones_on_request(store, event, samples):
    report = importer.import_file(store, event.id, samples / "zoom-meeting-registration-en.csv",
                                  options=importer.Options(include_pending=True))
    assert [(o.row, o.name) for o in report.rows if o.status == "skipped"] == [(9, "Ahmed Khan")]
    assert report.count("added") == 4


def test_zoom_webinar_registration_spanish_questions(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "zoom-webinar-registration-es.csv")
    assert report.source == "zoom_webinar_registration"
    fields = {c.header: (c.field, c.reason) for c in report.columns}
    assert fields["Organization"] == ("", "empty") and fields["Institución"] == ("institution", "header")
    assert [p[:6] for p in people] == [
        ("Adriana", "Salazar", "female", "asalazar@policia.example", "EC", "Policía Nacional del Ecuador"),
        ("Jorge", "Benítez", "male", "jbenitez@mre.example", "PY", "Ministerio de Relaciones Exteriores"),
        ("Camila", "Ortiz", "female", "cortiz@mre.example", "UY", "Ministerio de Relaciones Exteriores")]
    assert len({p[5:7] for p in people}) == 3  # one foreign ministry per country
    assert sexes == {"female": 2, "male": 1}
    assert skipped(report) == [(9, "skipped", "Raúl Giménez")]


def test_ministry_workbook_title_rows_merged_headers_capitals_and_footer(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "ministerio-lista-es.xlsx")
    assert report.source == "excel_list"
    assert [c.header for c in report.columns][2:4] == ["APELLIDOS PATERNO", "APELLIDOS MATERNO"]
    assert [p[:3] for p in people] == [
        ("María de los Ángeles", "de la Cruz Pérez", "female"), ("Juan Carlos", "McDonald O'Brien", "male"),
        ("Rosa Elena", "García del Valle", "female"), ("Pedro", "D'Souza Ramírez", "male"),
        ("Ana Lucía", "Martínez", "female")]
    assert [p[7] for p in people] == ["police", "other", "justice", "defence", "forensics"]
    assert sexes == {"female": 3, "male": 2}
    assert skipped(report) == [(11, "empty", ""), (12, "skipped", "Total de participantes: 5"),
                               (13, "skipped", "Elaborado por: Unidad de Capacitación")]


def test_ministry_csv_with_paternal_and_maternal_surnames_and_a_total(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "ministerio-apellidos-es.csv")
    assert (report.source, report.encoding, report.delimiter) == ("excel_list", "cp1252", ";")
    assert [p[:3] for p in people] == [
        ("Karla Patricia", "Hernández López", "female"), ("Luis Fernando", "Zelaya Ordóñez", "male"),
        ("Gloria", "Núñez Reyes", "female"), ("Wilmer", "Cárcamo", "male")]
    assert sexes == {"female": 2, "male": 2}
    assert skipped(report) == [(9, "empty", ""), (10, "skipped", "Total de participantes: 4")]


def test_ministry_nominations_in_english_two_countries_one_ministry_name(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "ministry-nominations-en.xlsx")
    assert report.source == "excel_list"
    assert [p[:2] + p[4:7] for p in people] == [
        ("Shawn", "Williams", "JM", "Ministry of National Security", "JM"),
        ("Aisha", "Mohammed", "TT", "Ministry of National Security", "TT"),
        ("Kemar", "Grant", "JM", "JCF", "JM"),
        ("Tricia", "Lewis", "JM", "Ministry of National Security", "JM")]
    assert sexes == {"female": 2, "male": 2}
    assert skipped(report) == [(9, "skipped", "TOTAL 4")]


def test_portuguese_list_with_orgao_and_paraguai_uruguai(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "lista-inscritos-pt.csv")
    assert (report.encoding, report.delimiter) == ("cp1252", ";")
    assert {c.header: c.field for c in report.columns}["Órgão/Instituição"] == "institution"
    assert people == [
        ("João Pedro", "da Silva Santos", "male", "joao.santos@pf.example", "BR", "Polícia Federal", "BR", "police"),
        ("Maria das Graças", "Oliveira", "female", "mgoliveira@mpf.example", "BR", "Ministério Público Federal",
         "BR", "justice"),
        ("Ana Beatriz", "dos Reis Lima", "female", "abreis@mre.example", "PY", "Ministério das Relações Exteriores",
         "PY", "other"),
        ("Carlos Eduardo", "Ferreira Costa", "male", "cferreira@rf.example", "UY", "Receita Federal", "UY",
         "customs")]
    assert sexes == {"female": 2, "male": 2} and skipped(report) == []


@pytest.mark.parametrize("name", ["google-forms-es.csv", "zoom-meeting-registration-en.csv",
                                  "ministerio-lista-es.xlsx"])
def test_reimporting_a_list_adds_nobody(store, event, samples, name):
    first = importer.import_file(store, event.id, samples / name)
    again = importer.import_file(store, event.id, samples / name)
    assert again.count("added") == 0
    assert again.count("already_registered") == first.count("added") + first.count("matched")


def test_google_forms_french_account(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "google-forms-fr.csv")
    assert report.source == "google_forms" and report.columns[0].reason == "metadata"
    assert people == [
        ("Marie-Claude", "Pierre", "female", "m.pierre@pnh.example", "HT", "Police Nationale d'Haïti", "HT", "police"),
        ("Jean", "Toussaint", "male", "j.toussaint@douane.example", "HT", "Administration Générale des Douanes", "HT",
         "customs")]
    assert sexes == {"female": 1, "male": 1} and skipped(report) == []


def test_google_forms_portuguese_account(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "google-forms-pt.csv")
    assert report.source == "google_forms" and report.columns[0].reason == "metadata"
    assert people == [
        ("Ana Paula", "Costa Ribeiro", "female", "ana.costa@pf.example", "BR", "Polícia Federal", "BR", "police"),
        ("Rui", "Tavares", "male", "rui.tavares@mp.example", "MZ", "Ministério Público", "MZ", "justice")]
    assert sexes == {"female": 1, "male": 1} and skipped(report) == []


def test_zoom_meeting_registration_from_a_spanish_account(store, event, samples):
    report, people, sexes = imported(store, event.id, samples / "zoom-meeting-registration-es.csv")
    assert report.source == "zoom_meeting_registration"
    fields = {c.header: c.field for c in report.columns}
    assert (fields["País/región"], fields["Estado de aprobación"], fields["Hora de registro"]) == (
        "country", "status", "")
    assert [p[:6] for p in people] == [
        ("Gabriela", "Morales", "female", "gmorales@pnc.example", "GT", "Policía Nacional Civil"),
        ("Silvia", "Castro", "female", "scastro@sat.example", "GT", "Superintendencia de Administración Tributaria")]
    assert sexes == {"female": 2}
    assert skipped(report) == [(7, "skipped", "Héctor Ramírez")]
