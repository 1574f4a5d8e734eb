"""The import wizard driven page by page on the sample files, the worker thread and the report."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from attendance import services
from attendance.gui.import_wizard import ImportWizard

SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"


def open_wizard(qtbot, store, event, path) -> ImportWizard:
    wizard = ImportWizard(store, event.id, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def next_page(qtbot, wizard: ImportWizard) -> None:
    """Press Next, or Import on the page that commits (the dry run); then wait for a dry run's worker."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if wizard.currentPage() is wizard.dry_run_page:
        qtbot.waitUntil(lambda: wizard.dry_run_page.dry_report is not None, timeout=10_000)


def shoot(wizard: ImportWizard, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    wizard.grab().save(str(SCREENSHOTS / f"import-wizard-{name}.png"))


def test_spanish_excel_list_through_every_page(qtbot, store, event, samples):
    wizard = open_wizard(qtbot, store, event, samples / "preregistration-es-excel.csv")
    imported = []
    wizard.imported.connect(imported.append)

    assert "cp1252" in wizard.file_page.details.text() and "semicolons" in wizard.file_page.details.text()
    assert "46 rows" in wizard.file_page.details.text()
    shoot(wizard, "1-file")
    next_page(qtbot, wizard)

    page = wizard.mapping_page
    assert [combo.currentData() for combo in page.combos] == [
        "given_names", "family_names", "sex", "institution", "position", "country", "email", "phone"]
    assert page.preview.item(1, 0).text() == "by its header"
    assert page.preview.item(2, 0).text() == "Guadalupe"
    # M is decided (the column also holds F) but shown, already answered.
    assert page.sex_question.isVisible() and page.m_male.isChecked()
    shoot(wizard, "2-columns")
    next_page(qtbot, wizard)

    dry = wizard.dry_run_page
    assert dry.summary.text().startswith("44 new people, 0 people already known, 0 already registered, "
                                         "1 duplicates in the file, 0 rejected")
    assert store.scalar("SELECT count(*) FROM people") == 0  # a dry run writes nothing
    rows_listed = [dry.details.item(r, 0).text() for r in range(dry.details.rowCount())]
    assert "12" in rows_listed and "22" in rows_listed  # the duplicate and the empty row need a look
    import_button = wizard.button(QWizard.WizardButton.CommitButton)
    assert import_button.isVisible() and import_button.text() == "&Import"
    shoot(wizard, "3-dry-run")
    next_page(qtbot, wizard)

    report = wizard.report_page
    qtbot.waitUntil(lambda: report.done, timeout=10_000)
    assert report.summary.text().startswith("Saved. 44 new people")
    assert report.details.rowCount() == 46 + 1  # every row, plus the formula warning
    assert services.participant_counts(store, event.id)["registered"] == 44
    assert len(imported) == 1 and imported[0].saved
    assert report.progress.value() == report.progress.maximum()
    shoot(wizard, "4-report")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_fixing_the_mapping_and_answering_what_m_means(qtbot, store, event, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("Col 1;Col 2;Sexo\nRuiz;Ana;M\nPérez;Luisa;M\n", encoding="utf-8")
    wizard = open_wizard(qtbot, store, event, path)
    next_page(qtbot, wizard)
    page = wizard.mapping_page
    assert page.problem.text().startswith("No column holds names")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    page.combos[0].setCurrentIndex(page.combos[0].findData("family_names"))
    page.combos[1].setCurrentIndex(page.combos[1].findData("given_names"))
    # Only M in the column: the wizard asks, and waits for the answer.
    assert page.sex_question.isVisible() and not page.m_female.isChecked() and not page.m_male.isChecked()
    assert "please choose" in page.sex_hint.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # A radio button only reacts on its circle and text, not on the empty rest of its row.
    qtbot.mouseClick(page.m_female, Qt.MouseButton.LeftButton, pos=QPoint(8, page.m_female.height() // 2))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.report_page.done, timeout=10_000)

    rows = store.rows("SELECT given_names, family_names, sex FROM people ORDER BY given_names")
    assert rows == [{"given_names": "Ana", "family_names": "Ruiz", "sex": "female"},
                    {"given_names": "Luisa", "family_names": "Pérez", "sex": "female"}]


def test_a_workbook_sheet_is_chosen_and_an_unreadable_file_blocks_next(qtbot, store, event, tmp_path):
    workbook = Workbook()
    workbook.active.title = "Notes"
    sheet = workbook.create_sheet("Participants")
    sheet.append(["First name", "Last name", "Gender"])
    sheet.append(["Keisha", "Campbell", "Female"])
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    wizard = open_wizard(qtbot, store, event, path)
    page = wizard.file_page
    assert page.sheet.isEnabled() and page.sheet.currentText() == "Notes"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # nothing to import there
    page.sheet.setCurrentText("Participants")
    assert "sheet Participants: 1 rows" in page.details.text()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.report_page.done, timeout=10_000)
    assert store.scalar("SELECT sex FROM people WHERE family_names = 'Campbell'") == "female"

    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"")
    other = open_wizard(qtbot, store, event, broken)
    assert other.file_page.details.text() == "The file is empty."
    assert not other.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize("name", ["preregistration-en.csv", "preregistration-fr.csv"])
def test_reimporting_through_the_wizard_adds_nobody(qtbot, store, event, samples, name):
    for expected_new in (True, False):
        wizard = open_wizard(qtbot, store, event, samples / name)
        next_page(qtbot, wizard)
        next_page(qtbot, wizard)
        if not expected_new:
            assert "0 new people" in wizard.dry_run_page.summary.text()
            assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()  # nothing left to import
            continue
        next_page(qtbot, wizard)
        qtbot.waitUntil(lambda wizard=wizard: wizard.report_page.done, timeout=10_000)
    assert store.scalar("SELECT count(*) FROM people") == {"preregistration-en.csv": 30,
                                                           "preregistration-fr.csv": 18}[name]


def test_the_window_menu_opens_the_wizard_and_pages_refresh_after_the_import(qtbot, store, event, samples, tmp_path):
    from attendance.gui.main_window import MainWindow
    from attendance.gui.settings import file_settings

    window = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.show()
    refreshed = []
    window.data_changed.connect(lambda: refreshed.append(True))
    assert window.import_action.isEnabled() and window.import_action.text() == "&Import participants..."
    window.import_action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible() and wizard.event_id == event.id
    wizard.file_page.path.setText(str(samples / "preregistration-fr.csv"))
    for _ in range(3):
        next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.report_page.done, timeout=10_000)
    assert refreshed == [True]
    assert services.participant_counts(store, event.id)["registered"] == 18
