"""The walk-in form prints the new person's badge after saving, and records their consent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_badges_gui import pdf_printer, printed_ids
from test_badges_scan import decode_pages

from attendance import services
from attendance.gui import main_window
from attendance.gui.badges_page import BadgesPage
from attendance.gui.main_window import MainWindow
from attendance.gui.participants_page import ParticipantsPage
from attendance.gui.settings import file_settings

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture()
def window(qtbot, store, event, tmp_path, monkeypatch):
    monkeypatch.setattr(main_window, "PAGES", [ParticipantsPage, BadgesPage])
    shown = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_print_badge_after_saving_prints_the_new_persons_scannable_badge(qtbot, window, store, event, tmp_path,
                                                                        monkeypatch) -> None:
    target = tmp_path / "walk-in.pdf"
    monkeypatch.setattr(window.page(BadgesPage), "ask_printer", lambda layout: pdf_printer(target, layout))
    dialog = window.page(ParticipantsPage).open_registration()
    assert dialog.print_after_saving.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.given_names, "Nadege")  # QTest types ASCII only
    qtbot.keyClicks(dialog.family_names, "Saint-Fleur")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    dialog.consent.setChecked(True)
    dialog.print_after_saving.setChecked(True)
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "registration_consent_print.png"))
    qtbot.keyClick(dialog.family_names, Qt.Key.Key_Return)

    (person,) = services.participants(store, event.id)
    qtbot.waitUntil(lambda: printed_ids(store) == {person.registration_id}, timeout=15000)
    assert decode_pages(target) == [[services.badge_payload(event, person.badge_token)]]
    saved = services.get_person(store, person.person_id)
    assert saved.consent_at and saved.consent_text_version == services.CONSENT_TEXT_VERSION


def test_without_the_option_nothing_is_printed_and_no_consent_is_recorded(qtbot, window, store, event,
                                                                         monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(window.page(BadgesPage), "ask_printer", lambda layout: asked.append(layout))
    dialog = window.page(ParticipantsPage).open_registration()
    qtbot.keyClicks(dialog.given_names, "Kemar")
    qtbot.keyClicks(dialog.family_names, "Campbell")
    qtbot.keyClick(dialog.family_names, Qt.Key.Key_Return)
    (person,) = services.participants(store, event.id)
    assert asked == [] and printed_ids(store) == set()
    assert services.get_person(store, person.person_id).consent_at is None


def test_editing_keeps_the_original_consent_time(qtbot, window, store, event) -> None:
    registration = services.register(store, event.id, given_names="Ana", family_names="Pérez", sex="female",
                                     **services.consent_values(True))
    first = services.get_person(store, registration.person_id).consent_at
    page = window.page(ParticipantsPage)
    page.reload()
    dialog = page.edit(0)
    assert dialog.consent.isChecked()
    dialog.position.setText("Director")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.get_person(store, registration.person_id).consent_at == first


def test_ctrl_n_registers_from_any_page(qtbot, store, event, tmp_path, monkeypatch) -> None:
    from attendance.gui.checkin_page import CheckInPage
    from attendance.gui.registration_dialog import RegistrationDialog

    monkeypatch.setattr(main_window, "PAGES", [ParticipantsPage, CheckInPage, BadgesPage])
    shown = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(shown)
    shown.show()
    shown.windowHandle().requestActivate()  # window shortcuts fire only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown, timeout=5000)
    shown.tabs.setCurrentWidget(shown.page(CheckInPage))
    qtbot.keyClick(QApplication.focusWidget() or shown, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = [d for d in shown.findChildren(RegistrationDialog) if d.isVisible()]
    assert len(dialogs) == 1
    qtbot.keyClicks(dialogs[0].given_names, "Wilner")
    qtbot.keyClick(dialogs[0].given_names, Qt.Key.Key_Return)
    assert [p.given_names for p in services.participants(store, event.id)] == ["Wilner"]
