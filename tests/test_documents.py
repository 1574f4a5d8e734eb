"""Every PDF kind renders in two languages; the summary PDF's figures equal an independent count."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from test_reports import PEOPLE, build_report_event, expected_figures

from attendance import services
from attendance.cli import main as cli
from attendance.documents import certificates, layouts
from attendance.documents import sheets as documents
from attendance.domain import Event, InvalidValue
from attendance.intake import importer
from attendance.store import Store


def pdf_text(path: Path) -> str:
    """The PDF's text as poppler lays it out."""
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def numbers_after(text: str, label: str) -> list[str]:
    """The figures on the (first) line that starts with ``label``."""
    line = next(line for line in text.splitlines() if line.strip().startswith(label))
    return re.findall(r"\d+(?:\s?%)?", line[line.index(label) + len(label):])


def test_summary_pdf_figures_equal_the_independent_count(store: Store, event: Event, tmp_path: Path) -> None:
    build_report_event(store, event)
    text = pdf_text(documents.summary_report(store, event.id, tmp_path / "summary.pdf", language="en"))
    expected = expected_figures()
    # key figures: registered and attended side by side, by sex
    assert numbers_after(text, "Participants") == [str(expected["registered"]), str(expected["attended"])]
    for label, sex in (("Women", "female"), ("Men", "male"), ("Other", "other"), ("Not stated", "not_stated")):
        assert numbers_after(text, label)[1] == str(expected["by_sex"][sex])
    for number, figures in enumerate(expected["sessions"], 1):
        by_sex = figures["by_sex"]
        row = numbers_after(text, f"Day {number} ({6 + number} Dec)")
        assert row[:5] == [str(by_sex["female"]), str(by_sex["male"]), str(by_sex["other"]),
                           str(by_sex["not_stated"]), str(figures["attended"])]
    flat = " ".join(text.split())
    assert "A total of 6 participants, including 2 women, from the Bahamas, Barbados, Jamaica, and Trinidad" in flat
    assert "40% of participants were women." in flat
    assert "Badges checked in at another desk, not counted until that desk's data is merged: 1." in flat
    assert "Page 1 of" in text


def test_summary_pdf_in_spanish_with_logos_on_every_page(store: Store, event: Event, tmp_path: Path) -> None:
    build_report_event(store, event)
    logos = []
    for name, size in (("organiser.png", (300, 100)), ("partner.png", (100, 100))):
        Image.new("RGB", size, (30, 90, 160)).save(tmp_path / name)
        logos.append(str(tmp_path / name))
    store.set_meta("organiser_logo", logos[0])
    store.set_meta("partner_logos", json.dumps([logos[1], str(tmp_path / "gone.png")]))  # as the badge settings
    path = documents.summary_report(store, event.id, tmp_path / "resumen.pdf", language="es")
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    pages = page_count(path)
    assert pages > 1 and len(listing) == 2 * pages  # both logos on each page; the missing file skipped
    text = pdf_text(path)
    flat = " ".join(text.split())
    assert "Resumen de asistencia" in flat
    assert "Participaron 6 participantes (2 mujeres) de las Bahamas, Barbados, Jamaica y Trinidad y Tabago." in flat
    assert "Por sector institucional" in flat and "ciencias forenses" in flat.lower()
    assert "Página 1 de" in flat


def _many_people(store: Store, event: Event, count: int) -> None:
    for n in range(count):
        services.register(store, event.id, given_names=f"Ána {n:03d}", family_names=f"Núñez {n:03d}",
                          sex="female" if n % 2 else "male", institution="Policía Nacional de Panamá",
                          country="PA")


def test_sign_in_sheet_for_300_people_repeats_its_header(store: Store, event: Event, tmp_path: Path) -> None:
    _many_people(store, event, 300)
    first = services.sessions(store, event.id)[0].id
    path = documents.sign_in_sheet(store, event.id, tmp_path / "signin.pdf", language="es", session_id=first,
                                   blank_rows=10)
    text = pdf_text(path)
    pages = text.split("\f")[:-1]
    assert len(pages) == page_count(path) > 10
    for number, page in enumerate(pages, 1):
        assert "Hoja de firmas" in page and "Firma" in page and "N.º" in page  # header on every page
        assert f"Página {number} de {len(pages)}" in page
    assert "Núñez 000, Ána 000" in pages[0] and "Núñez 299, Ána 299" in pages[-1]
    assert re.search(r"^\s*310\s*$", pages[-1], re.M)  # numbered blank rows for walk-ins follow
    assert "Día 1 – lunes, 7 de diciembre de 2026" in pages[0]


def test_sign_in_sheet_columns_landscape_and_all_sessions(store: Store, event: Event, tmp_path: Path) -> None:
    build_report_event(store, event)
    for given, family in (("Zoé", "Ávila"), ("Paul", "Éluard")):
        services.register(store, event.id, given_names=given, family_names=family)
    path = documents.sign_in_sheet(store, event.id, tmp_path / "signin.pdf", language="en", landscape=True,
                                   columns=("number", "name", "email", "signature"), blank_rows=0)
    text = pdf_text(path)
    assert "Email" in text and "Institution" not in text
    assert all(f"Day {n} – " in text for n in range(1, 5))
    assert "Ramírez, Lucía" in text and "Castillo, Pedro" not in text  # cancelled people do not sign
    # sorted by family name with accents folded: Ávila before Baptiste, Éluard before Jiménez
    order = [text.index(name) for name in ("Ávila, Zoé", "Baptiste, Kevin", "Éluard, Paul", "Jiménez, Dora",
                                           "Lefèvre, Chloé", "Núñez, Ana María", "O'Neil, Grace", "Pérez, José")]
    assert order == sorted(order)
    with Image.open(_first_page_png(path, tmp_path)) as page:
        assert page.width > page.height


def _first_page_png(path: Path, tmp_path: Path) -> Path:
    subprocess.run(["pdftoppm", "-png", "-r", "20", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")],
                   check=True)
    return next(tmp_path.glob("page*.png"))


def test_sign_in_sheet_rejects_an_unknown_column(store: Store, event: Event, tmp_path: Path) -> None:
    with pytest.raises(InvalidValue, match="signature"):
        documents.sign_in_sheet(store, event.id, tmp_path / "x.pdf", columns=("name", "shoe size"))


@pytest.mark.parametrize(("language", "title", "total"), [("en", "Attendance matrix", "Participants present"),
                                                          ("fr", "Matrice de présence", "Participants présents")])
def test_attendance_matrix(store: Store, event: Event, tmp_path: Path, language: str, title: str,
                           total: str) -> None:
    build_report_event(store, event)
    text = pdf_text(documents.attendance_matrix(store, event.id, tmp_path / "matrix.pdf", language=language))
    assert title in text
    assert text.count("✓") == sum(len(p.sessions) for p in PEOPLE
                                  if not p.cancelled)
    expected = expected_figures()
    assert numbers_after(text, total) == [str(s["attended"]) for s in expected["sessions"]] + [
        str(expected["attended"])]


def test_attendance_matrix_fits_twelve_sessions_on_one_page_width(store: Store, tmp_path: Path) -> None:
    course = services.create_event(store, title="Long course", code="LONG26", start_date="2026-12-01",
                                   end_date="2026-12-12")
    person = services.register(store, course.id, given_names="Ana", family_names="Núñez", sex="female")
    for session in services.sessions(store, course.id):
        services.record_checkin(store, person.id, session.id, event_id=course.id)
    path = documents.attendance_matrix(store, course.id, tmp_path / "matrix.pdf")
    text = pdf_text(path)
    row = next(line for line in text.splitlines() if "Núñez, Ana" in line)
    assert row.count("✓") == 12 and row.rstrip().endswith("12")
    assert page_count(path) == 1


def test_certificates_one_page_per_holder_and_a_zip(store: Store, event: Event, tmp_path: Path) -> None:
    build_report_event(store, event)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (20, 60, 140)).save(logo)
    store.set_meta("organiser_logo", f"{logo};{tmp_path / 'missing.png'}")
    store.set_meta("signatory_name", "Dra. Mélanie Régis")
    # 75 % of 4 sessions = 3: Ana (4) and Kevin (3), José (3); the speaker gets none
    path = certificates.certificates(store, event.id, tmp_path / "certificates.pdf", language="fr")
    text = pdf_text(path)
    assert page_count(path) == 3
    assert "Certificat de participation" in text and "Ana María Núñez" in text and "Kevin Baptiste" in text
    assert "Dra. Mélanie Régis" in text and "Lucía" not in text
    bundle = certificates.certificates(store, event.id, tmp_path / "certificates.zip", language="en", as_zip=True,
                                       threshold=50)
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
    assert len(names) == 4 and all(name.endswith(".pdf") for name in names)  # Renée's 2 of 4 reach 50 %
    assert "001-baptiste-kevin.pdf" in [name.lower() for name in names]


def test_no_certificate_holder_is_a_clear_error(store: Store, event: Event, tmp_path: Path) -> None:
    services.register(store, event.id, given_names="Ana", family_names="Núñez")
    with pytest.raises(InvalidValue, match="Nobody attended enough sessions"):
        certificates.certificates(store, event.id, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_cli_export_every_pdf_kind(store: Store, event: Event, tmp_path: Path) -> None:
    build_report_event(store, event)
    for kind, expected in (("signin", "Sign-in sheet"), ("matrix", "Attendance matrix"),
                           ("summary", "Attendance summary"), ("certificates", "Certificate of participation")):
        target = tmp_path / f"{kind}.pdf"
        assert cli.main(["--db", str(store.path), "export", "SNR26", "-o", str(target), "--kind", kind,
                         "--session", "2"]) == 0
        assert expected in pdf_text(target)
    assert cli.main(["--db", str(store.path), "export", "SNR26", "-o", str(tmp_path / "x.pdf"), "--kind",
                     "signin", "--session", "9"]) == 1


LONG_PEOPLE = [  # synthetic, as long as real ministries get
    ("María Fernanda", "González Ávila Martínez", "Ministerio de Seguridad Pública y Justicia de la República"),
    ("José Antonio", "Pierre-Louis Fernández de Córdoba",
     "Dirección Nacional de Investigación Criminal y Policía Científica"),
]


def _longest_sample_people(samples: Path) -> list[tuple[str, str, str]]:
    """From each sample file, the people with the longest family names and institutions."""
    people = []
    for name in ("preregistration-fr.csv", "preregistration-es-excel.csv"):
        table = importer.read_table(samples / name)
        assert table.problem is None and "Institu" in table.headers[3]
        rows = [(row[0], row[1], row[3]) for row in table.rows]
        people += sorted(rows, key=lambda row: -len(row[1]))[:2] + sorted(rows, key=lambda row: -len(row[2]))[:3]
    return people


def column_text(path: Path, left: float, width: float, page: int = 1) -> str:
    """The text poppler finds between ``left`` and ``left + width`` mm, whitespace removed, so a
    cell's text reads as one string across its line breaks."""
    to_points = 72 / 25.4
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-x", str(round(left * to_points)),
                           "-y", "0", "-W", str(round(width * to_points)), "-H", "2000", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout
    return "".join(text.split())


def test_sign_in_sheet_wraps_long_names_and_institutions_without_cutting(
        store: Store, event: Event, samples: Path, tmp_path: Path) -> None:
    people = _longest_sample_people(samples) + LONG_PEOPLE
    assert max(len(institution) for _, _, institution in people) >= 64  # two lines at 9 pt do not hold these
    for given, family, institution in people:
        services.register(store, event.id, given_names=given, family_names=family, institution=institution,
                          country="HT")
    first = services.sessions(store, event.id)[0].id
    path = documents.sign_in_sheet(store, event.id, tmp_path / "signin.pdf", language="es", session_id=first,
                                   blank_rows=0)  # portrait, default columns
    assert "…" not in pdf_text(path)
    assert page_count(path) == 1
    widths = dict(zip(documents.DEFAULT_SIGNIN_COLUMNS,
                      layouts.signin_widths(210 - 24, documents.DEFAULT_SIGNIN_COLUMNS), strict=True))
    name_left = 12 + widths["number"]
    names = column_text(path, name_left, widths["name"])
    institutions = column_text(path, name_left + widths["name"], widths["institution"])
    for given, family, institution in people:
        assert "".join(f"{family}, {given}".split()) in names, family
        assert "".join(institution.split()) in institutions, institution
    assert "Hoja de firmas" in pdf_text(path) and "Haití" in pdf_text(path)

    matrix = documents.attendance_matrix(store, event.id, tmp_path / "matrix.pdf", language="es")
    assert "…" not in pdf_text(matrix)
    matrix_names = column_text(matrix, 12 + documents.NUMBER_WIDTH, 55)
    for given, family, _ in people:
        assert "".join(f"{family}, {given}".split()) in matrix_names, family
