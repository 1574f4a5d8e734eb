"""The Reports page offscreen: figures on screen, the sentence in the chosen language and copied,
exports written by the worker from the buttons, and "Open folder" afterwards."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from test_reports import build_report_event, expected_figures

from attendance import services
from attendance.gui import main_window, widgets
from attendance.gui.main_window import MainWindow
from attendance.gui.reports_page import ReportsPage
from attendance.gui.settings import file_settings

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture()
def page(qtbot, store, event, tmp_path, monkeypatch) -> ReportsPage:
    monkeypatch.setattr(main_window, "PAGES", [ReportsPage])  # this page only: others test theirs
    build_report_event(store, event)
    window = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window.page(ReportsPage)


def test_the_figures_on_screen_equal_the_independent_count(page: ReportsPage) -> None:
    expected = expected_figures()
    assert page.key_figures.text().startswith(f"{expected['registered']} registered, {expected['attended']} attended: "
                                              "2 women, 2 men, 1 other, 1 not stated. Women: 40%")
    sessions = page.breakdown_tables["sessions"]
    assert sessions.rowCount() == 4
    for row, figures in enumerate(expected["sessions"]):
        assert sessions.item(row, 0).text().startswith(f"Day {row + 1}")
        assert int(sessions.item(row, 5).text()) == figures["attended"]
        assert int(sessions.item(row, 1).text()) == figures["by_sex"]["female"]
    assert page.charts["sessions"].rows and page.charts["sessions"].minimumHeight() > 60
    assert "Badges checked in at another desk, not counted until that desk's data is merged: 1." in page.note.text()
    SCREENSHOTS.mkdir(exist_ok=True)
    page.window().grab().save(str(SCREENSHOTS / "reports_page.png"))


def test_the_figures_follow_check_ins_saved_elsewhere(page: ReportsPage, store, event) -> None:
    assert page.key_figures.text().startswith("9 registered, 6 attended")
    grace = next(p for p in services.participants(store, event.id) if p.given_names == "Grace")
    services.record_checkin(store, grace.registration_id, services.sessions(store, event.id)[1].id,
                            event_id=event.id)
    page.window().notify_data_changed()  # what the check-in page does after saving
    assert page.key_figures.text().startswith("9 registered, 7 attended: 3 women")
    assert page.breakdown_tables["sessions"].item(1, 5).text() == "5"


def test_the_sentence_follows_the_language_and_is_copied(qtbot, page: ReportsPage) -> None:
    assert page.sentence.toPlainText().startswith("A total of 6 participants, including 2 women,")
    page.language_picker.setFocus()
    qtbot.keyClicks(page.language_picker, "Esp")  # QTest types ASCII only; the combo finds "Español"
    assert page.language() == "es"
    assert page.sentence.toPlainText() == (
        "Participaron 6 participantes (2 mujeres) de las Bahamas, Barbados, Jamaica y Trinidad y Tabago.")
    assert page.breakdown_tables["sectors"].item(0, 0).text() == "Policía"
    page.variant_picker.setCurrentIndex(page.variant_picker.findData("women_percent"))
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("El 40\xa0% de los participantes eran mujeres.")
    assert page.message.text() == "Sentence copied."


def test_the_sentence_states_the_funders_support_as_the_summary_pdf_does(qtbot, page: ReportsPage, store,
                                                                         event) -> None:
    from attendance import organisations

    organisations.set_event_attribution(store, event.id, funders=["Government of Germany"])
    page.window().notify_data_changed()
    qtbot.waitUntil(lambda: "support" in page.sentence.toPlainText())
    assert page.sentence.toPlainText().endswith("with the support of the Government of Germany.")
    page.language_picker.setCurrentIndex(page.language_picker.findData("es"))
    qtbot.waitUntil(lambda: "apoyo" in page.sentence.toPlainText())
    assert page.sentence.toPlainText().endswith("con el apoyo del Gobierno de Alemania.")


def test_export_buttons_write_files_in_the_worker_then_open_the_folder(qtbot, page: ReportsPage, tmp_path: Path,
                                                                       monkeypatch) -> None:
    target = tmp_path / "out" / "list.csv"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    opened: list[str] = []
    monkeypatch.setattr(widgets.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(page.export_buttons["csv"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page._jobs, timeout=20000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["Given names"] for row in rows} >= {"Ana María", "Chloé", "Renée"}
    assert page.message.text() == f"Saved {target}"
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target.parent)]

    pdf = tmp_path / "out" / "signin.pdf"
    page.session_picker.setCurrentIndex(2)
    qtbot.mouseClick(page.landscape, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.column_boxes["institution"], Qt.MouseButton.LeftButton)  # untick
    qtbot.mouseClick(page.column_boxes["email"], Qt.MouseButton.LeftButton)  # tick
    assert page.signin_columns() == ["number", "name", "country", "email", "signature"]
    page.export("signin", str(pdf))
    assert not page.export_buttons["summary"].isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: not page._jobs, timeout=20000)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Day 2 – Tuesday, 8 December 2026" in text and "Email" in text and "Institution" not in text
    assert "baptiste@example.org" in text
    assert page.export_buttons["summary"].isEnabled()


def test_an_export_that_fails_says_why(qtbot, page: ReportsPage, tmp_path: Path) -> None:
    page.export("certificates", str(tmp_path / "certificates.pdf"))
    qtbot.waitUntil(lambda: not page._jobs, timeout=20000)
    assert (tmp_path / "certificates.pdf").exists()
    page.blank_rows.setValue(0)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    page.export("summary", str(blocked / "summary.pdf"))
    qtbot.waitUntil(lambda: not page._jobs, timeout=20000)
    assert "color: #b00020" in page.message.styleSheet()
    assert page.message.text()


def test_certificates_say_the_place_and_date_typed_on_the_page(qtbot, page: ReportsPage, tmp_path: Path) -> None:
    # The place and date of issue were only on the command line (--issued-at, --issued-on).
    from PySide6.QtCore import QDate

    from attendance.i18n import long_date

    qtbot.keyClicks(page.certificate_place, "Port of Spain")
    page.certificate_date.setDate(QDate(2022, 2, 24))
    target = tmp_path / "certificates.pdf"
    page.export("certificates", str(target))
    qtbot.waitUntil(lambda: not page._jobs, timeout=20000)
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert f"Issued in Port of Spain on {long_date('2022-02-24', 'en')}" in text
    assert page.certificate_date.date() == QDate(2022, 2, 24)  # kept for the next export


def test_the_place_of_issue_shows_the_events_city_and_country_until_one_is_typed(qtbot, page: ReportsPage,
                                                                               store, event) -> None:
    services.update_event(store, event.id, city="Lima", country="PE")
    page.refresh()
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.event.city == "Lima", timeout=20000)
    assert page.certificate_place.placeholderText() == "Lima, Peru"
    page.language_picker.setCurrentIndex(page.language_picker.findData("es"))
    qtbot.waitUntil(lambda: page.certificate_place.placeholderText() == "Lima, Perú", timeout=20000)
