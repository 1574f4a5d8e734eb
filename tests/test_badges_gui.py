"""The Badges page offscreen: preview, selection modes, Save PDF through the worker, printing through
QPrinter to a PDF file whose QR codes decode, reprinting one badge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from test_badges import pdf_text
from test_badges_scan import decode_pages

from attendance import services
from attendance.documents import badge_sheets
from attendance.gui import app as gui_app
from attendance.gui import main_window, workers
from attendance.gui.badges_page import BadgesPage, page_image, print_pages, printer_for
from attendance.gui.main_window import MainWindow
from attendance.gui.settings import file_settings

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture()
def window(qtbot, store, event, tmp_path, monkeypatch):
    # The real window with this page only: other pages are other tests' business.
    monkeypatch.setattr(main_window, "PAGES", [BadgesPage])
    for n, (given, family, role) in enumerate([("Luz Marina", "Gómez Ruiz", "speaker"),
                                               ("Kemar", "O'Brien", "participant"),
                                               ("Iñaki", "Zúñiga", "organiser")]):
        services.register(store, event.id, given_names=given, family_names=family, sex="female" if n else "male",
                          institution="Jamaica Constabulary Force", country="JM", role=role)
    gui_app.install_translators(QApplication.instance(), "en")  # the English "%n badges" forms, as at start
    shown = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    shown.tabs.setCurrentWidget(shown.page(BadgesPage))
    return shown


@pytest.fixture()
def page(window) -> BadgesPage:
    return window.page(BadgesPage)


def wait_summary(qtbot, page: BadgesPage, start: str = "", end: str = "") -> None:
    """Wait for the preview planned in the worker to say this."""
    qtbot.waitUntil(lambda: page.summary.text().startswith(start) and page.summary.text().endswith(end)
                    and not page.previews.loading, timeout=10000)


def printed_ids(store) -> set[str]:
    return {row["id"] for row in store.rows("SELECT id FROM registrations WHERE badge_printed_at IS NOT NULL")}


def pdf_printer(path: Path, layout) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer_for(layout, printer)


def test_preview_shows_the_first_page_and_counts(qtbot, page: BadgesPage, window) -> None:
    wait_summary(qtbot, page, "3 badges on 1 page.")
    assert page.preview.pixmap() is not None and not page.preview.pixmap().isNull()
    SCREENSHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "badges_page.png"))
    page.layout_picker.setCurrentIndex(page.layout_picker.findData("cr80"))
    wait_summary(qtbot, page, "3 badges on 3 pages")
    page.preview.grab().save(str(SCREENSHOTS / "badges_preview_cr80.png"))
    assert window.settings.value("badges/layout") == "cr80"


def test_preview_draws_the_badge_content(page: BadgesPage, store, event) -> None:
    """The QPainter drawing has dark QR modules and text where the plan puts them."""
    header = badge_sheets.event_header(store, event)
    contents = badge_sheets.badge_contents(store, event)
    plan = badge_sheets.plan_sheets(badge_sheets.LAYOUTS["cr80"], header, contents[:1])[0]
    image = page_image(plan, 300)
    dots = 300 / 25.4
    badge = plan.badges[0][2]
    square = badge.qr_squares()[0]
    centre = image.pixelColor(round((square.x + square.w / 2) * dots), round((square.y + square.h / 2) * dots))
    assert centre.lightness() < 50
    ribbon = badge.ribbon
    edge = image.pixelColor(round((ribbon.x + 1) * dots), round((ribbon.y + ribbon.h / 2) * dots))
    assert (edge.red(), edge.green(), edge.blue()) == badge.ribbon_colour
    image.save(str(SCREENSHOTS / "badges_qpainter_cr80.png"))


def test_save_pdf_runs_in_the_worker_and_marks_printed(qtbot, page: BadgesPage, store, tmp_path,
                                                         monkeypatch) -> None:
    target = tmp_path / "badges.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved 3 badges" in page.message.text(), timeout=10000)
    assert "Luz Marina" in pdf_text(target)
    assert len(printed_ids(store)) == 3
    wait_summary(qtbot, page, end="3 printed before.")
    qtbot.mouseClick(page.not_printed_button, Qt.MouseButton.LeftButton)
    wait_summary(qtbot, page, "0 badges")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "No badges to print"


def test_selected_rows_print_only_those(qtbot, page: BadgesPage, store, tmp_path) -> None:
    qtbot.mouseClick(page.selected_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Select participants in the list first."
    page.table.selectionModel().select(page.proxy.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                                       | QItemSelectionModel.SelectionFlag.Rows)
    chosen = page.selected_registration_ids()
    assert len(chosen) == 1
    wait_summary(qtbot, page, "1 badge on 1 page.")
    job = page.save_pdf(str(tmp_path / "one.pdf"))
    assert job is not None
    qtbot.waitUntil(lambda: "Saved 1 badge to" in page.message.text(), timeout=10000)
    assert printed_ids(store) == set(chosen)


def test_print_goes_through_qprinter_to_a_pdf_whose_codes_scan(qtbot, page: BadgesPage, store, event,
                                                               tmp_path, monkeypatch) -> None:
    target = tmp_path / "printed.pdf"
    monkeypatch.setattr(page, "ask_printer", lambda layout: pdf_printer(target, layout))
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Sent 3 badges" in page.message.text(), timeout=10000)
    codes = [code for codes in decode_pages(target) for code in codes]
    expected = {services.badge_payload(event, p.badge_token) for p in services.participants(store, event.id)}
    assert set(codes) == expected
    assert "Gómez Ruiz" in pdf_text(target)
    assert len(printed_ids(store)) == 3


def test_reprint_one_badge_on_a_card(qtbot, page: BadgesPage, store, event, tmp_path, monkeypatch) -> None:
    page.layout_picker.setCurrentIndex(page.layout_picker.findData("cr80"))
    one = services.participants(store, event.id)[0]
    target = tmp_path / "card.pdf"
    monkeypatch.setattr(page, "ask_printer", lambda layout: pdf_printer(target, layout))
    page.reprint_badge(one.registration_id)
    qtbot.waitUntil(lambda: "Sent 1 badge to" in page.message.text(), timeout=10000)
    assert decode_pages(target) == [[services.badge_payload(event, one.badge_token)]]
    assert printed_ids(store) == {one.registration_id}


def test_a_cancelled_print_dialog_prints_and_marks_nothing(qtbot, page: BadgesPage, store, monkeypatch) -> None:
    monkeypatch.setattr(page, "ask_printer", lambda layout: None)
    assert page.print_badges() is None
    assert printed_ids(store) == set()


def test_print_pages_refuses_an_unusable_printer(tmp_path) -> None:
    printer = pdf_printer(tmp_path / "no-such-folder" / "x.pdf", badge_sheets.LAYOUTS["a6"])
    assert print_pages(printer, []) is False


def test_a_hidden_page_catches_up_when_shown(qtbot, page: BadgesPage, window, store, event) -> None:
    page.hide()
    services.register(store, event.id, given_names="Keisha", family_names="St. Hilaire", sex="female")
    window.notify_data_changed()
    assert page.model.rowCount() == 3  # not redrawn while nobody sees it
    page.show()
    assert page.model.rowCount() == 4
    wait_summary(qtbot, page, "4 badges on 1 page.")


def test_the_worker_reports_progress_to_the_progress_dialog(qtbot, page: BadgesPage, tmp_path, monkeypatch) -> None:
    seen: list[tuple[int, int]] = []

    class RecordingProgress(workers.QProgressDialog):
        def setValue(self, value: int) -> None:
            seen.append((value, self.maximum()))
            super().setValue(value)

    monkeypatch.setattr(workers, "QProgressDialog", RecordingProgress)  # the shared progress_dialog
    page.save_pdf(str(tmp_path / "progress.pdf"))
    qtbot.waitUntil(lambda: "Saved 3 badges" in page.message.text(), timeout=10000)
    assert seen and seen[-1] == (6, 6)  # laid out, then drawn: twice the badges
    assert [value for value, _ in seen] == sorted(value for value, _ in seen)


def test_saving_before_the_preview_counted_reads_the_badges_in_the_worker(qtbot, page: BadgesPage, store,
                                                                          tmp_path) -> None:
    wait_summary(qtbot, page, "3 badges")
    qtbot.mouseClick(page.not_printed_button, Qt.MouseButton.LeftButton)  # its count is on its way
    job = page.save_pdf(str(tmp_path / "early.pdf"))
    assert job is not None and page.message.text() == "Preparing badges..."  # how many: the worker finds out
    qtbot.waitUntil(lambda: "Saved 3 badges" in page.message.text(), timeout=10000)
    assert len(printed_ids(store)) == 3
    wait_summary(qtbot, page, "0 badges")
    assert page.save_pdf(str(tmp_path / "none.pdf")) is None
    assert page.message.text() == "No badges to print" and not (tmp_path / "none.pdf").exists()
