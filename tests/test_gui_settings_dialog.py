"""File › Settings…: every document setting typed into the dialog, saved through the core in one go,
"saved" only after the commit, a refused value shown with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from attendance import settings
from attendance.gui.main_window import MainWindow
from attendance.gui.settings import file_settings
from attendance.gui.settings_dialog import ImageField, ImageListField, SettingsDialog

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture()
def window(qtbot, store, tmp_path):
    shown = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(shown)
    return shown


def _image(path: Path, colour: str = "navy") -> Path:
    Image.new("RGB", (80, 40), colour).save(path)
    return path


def _save(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_the_file_menu_opens_the_dialog_with_every_setting(qtbot, window):
    assert window.settings_action in window.menuBar().actions()[0].menu().actions()
    window.settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert set(dialog.fields) == set(settings.BY_KEY)
    dialog.close()


def test_typed_values_are_saved_in_one_go(qtbot, window, store, tmp_path):
    logo, partner, signature = (_image(tmp_path / name, colour) for name, colour in
                                (("logo.png", "navy"), ("partner.png", "red"), ("signature.png", "white")))
    dialog = window.edit_settings()
    qtbot.keyClicks(dialog.fields["organisation_name"], "UNLIREC")
    logo_field = dialog.fields["organiser_logo"]
    assert isinstance(logo_field, ImageField)
    qtbot.keyClicks(logo_field.path, str(logo))
    assert logo_field.preview.pixmap() is not None and not logo_field.preview.pixmap().isNull()  # the preview
    partners = dialog.fields["partner_logos"]
    assert isinstance(partners, ImageListField)
    partners.add_paths([str(partner), str(logo)])
    partners.list.setCurrentRow(1)
    qtbot.mouseClick(partners.findChild(QPushButton, "move_up"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.fields["signatory_name"], "Melanie Regimbal")  # QTest types ASCII only
    dialog.fields["signatory_name"].setText("Mélanie Régimbal")
    qtbot.keyClicks(dialog.fields["signatory_title"], "Director")
    qtbot.keyClicks(dialog.fields["signature_image"].path, str(signature))
    threshold = dialog.fields["certificate_threshold"]
    threshold.selectAll()
    qtbot.keyClicks(threshold, "50")
    rule = dialog.fields["certificate_rule"]
    rule.setCurrentIndex(rule.findData("any_block"))
    dialog.fields["report_language"].setCurrentIndex(dialog.fields["report_language"].findData("es"))
    dialog.fields["csv_delimiter"].setCurrentIndex(dialog.fields["csv_delimiter"].findData(";"))
    assert not dialog.saved_label.isVisible()
    with qtbot.waitSignal(dialog.saved):
        _save(qtbot, dialog)
    assert dialog.saved_label.isVisible() and dialog.saved_label.text() == "Settings saved."
    assert settings.values(store) == {
        "organisation_name": "UNLIREC", "organiser_logo": str(logo.resolve()),
        "partner_logos": [str(logo.resolve()), str(partner.resolve())], "signatory_name": "Mélanie Régimbal",
        "signatory_title": "Director", "signature_image": str(signature.resolve()), "certificate_threshold": 50,
        "certificate_rule": "any_block", "report_language": "es", "report_noun": "participants",
        "csv_delimiter": ";"}
    qtbot.keyClicks(dialog.fields["organisation_name"], " (Lima)")
    assert not dialog.saved_label.isVisible()  # edited since the save
    dialog.close()
    reopened = window.edit_settings()  # shows what was saved
    assert reopened.fields["organisation_name"].text() == "UNLIREC"
    assert reopened.fields["partner_logos"].value() == [str(logo.resolve()), str(partner.resolve())]
    assert reopened.fields["certificate_threshold"].value() == 50
    reopened.close()


def test_a_refused_value_is_shown_and_nothing_is_written(qtbot, window, store, tmp_path):
    dialog = window.edit_settings()
    qtbot.keyClicks(dialog.fields["organisation_name"], "UNLIREC")
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("text, not a picture")
    qtbot.keyClicks(dialog.fields["organiser_logo"].path, str(not_an_image))
    assert dialog.fields["organiser_logo"].preview.text() == "Cannot read this image"
    _save(qtbot, dialog)
    assert dialog.error_label.isVisible() and "is not an image that can be read" in dialog.error_label.text()
    assert not dialog.saved_label.isVisible()
    assert store.meta("organisation_name") is None and store.meta("organiser_logo") is None
    dialog.fields["organiser_logo"].remove.click()
    _save(qtbot, dialog)
    assert not dialog.error_label.isVisible() and dialog.saved_label.isVisible()
    assert settings.value(store, "organisation_name") == "UNLIREC"
    dialog.close()


@pytest.mark.parametrize("language", ["en", "es"])
def test_screenshot(qtbot, store, tmp_path, language):
    from PySide6.QtWidgets import QApplication

    from attendance.gui.app import install_translators

    install_translators(QApplication.instance(), language)
    try:
        settings.save(store, {"organisation_name": "UNLIREC", "organiser_logo": str(_image(tmp_path / "o.png")),
                              "partner_logos": [str(_image(tmp_path / "p.png", "red"))]})
        dialog = SettingsDialog(store, file_settings(str(tmp_path / "s.ini")))
        qtbot.addWidget(dialog)
        dialog.resize(1024, 640)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1024  # fits the smallest laptop screens in both languages
        SCREENSHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / f"settings-dialog-{language}.png"))
        if language == "es":
            assert dialog.windowTitle() == "Ajustes"
            assert dialog.fields["csv_delimiter"].currentText() == "según el idioma"
    finally:
        install_translators(QApplication.instance(), "en")
