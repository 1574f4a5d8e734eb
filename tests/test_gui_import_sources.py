"""The import wizard on the lists organisers receive: detected source, every column accounted for,
sector suggestions confirmed, a corrected mapping remembered; screenshots in English and Spanish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from attendance.gui.import_wizard import ImportWizard
from attendance.gui.settings import file_settings
from tests.test_gui_import import next_page

SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"


def open_wizard(qtbot, store, event, path, settings=None) -> ImportWizard:
    wizard = ImportWizard(store, event.id, path=str(path), settings=settings)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 720)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def shoot(wizard: ImportWizard, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    wizard.grab().save(str(SCREENSHOTS / f"import-sources-{name}.png"))


def test_microsoft_forms_columns_accounted_and_sectors_confirmed(qtbot, store, event, samples, tmp_path):
    wizard = open_wizard(qtbot, store, event, samples / "microsoft-forms-es-anonymous.xlsx")
    next_page(qtbot, wizard)
    page = wizard.mapping_page
    assert page.source.text() == ("Detected: Microsoft Forms. 11 columns: 6 imported, 5 ignored (see why under "
                                  "each field).")
    why = [page.preview.item(1, c).text() for c in range(page.preview.columnCount())]
    assert why[:5] == ["form metadata", "form metadata", "form metadata", "\"anonymous\" in every row",
                       "empty column"]
    assert [c.currentData() for c in page.combos][5:8] == ["given_names", "family_names", "email"]
    shoot(wizard, "en-2-columns")
    next_page(qtbot, wizard)
    dry = wizard.dry_run_page
    rows = {dry.sectors.item(r, 0).text() + "|" + dry.sectors.item(r, 1).text(): dry.sectors.cellWidget(r, 2)
            for r in range(dry.sectors.rowCount())}
    assert rows["Policía Nacional|PY"].currentData() == "police"
    assert rows["Ministerio de Relaciones Exteriores|UY"].currentData() == "ministry"  # suggested, to confirm
    rows["Servicio Nacional de Aduanas|CL"].setCurrentIndex(rows["Servicio Nacional de Aduanas|CL"].findData(
        "justice"))  # the organiser knows better
    shoot(wizard, "en-3-sectors")
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.report_page.done, timeout=10_000)
    assert wizard.report.saved
    sectors = dict(store.execute("SELECT name || '|' || country, sector FROM institutions").fetchall())
    assert sectors["Servicio Nacional de Aduanas|CL"] == "justice"
    assert sectors["Ministerio de Relaciones Exteriores|UY"] == "ministry"
    assert sectors["Policía Nacional|PY"] == "police"


def test_a_corrected_mapping_is_remembered_for_the_same_headers(qtbot, store, event, tmp_path):
    settings = file_settings(str(tmp_path / "settings.ini"))
    path = tmp_path / "list.csv"
    path.write_text("Nombre completo,Dato 1,Dato 2\nAna Ruiz,Analista,X\n", encoding="utf-8")
    wizard = open_wizard(qtbot, store, event, path, settings)
    next_page(qtbot, wizard)
    combo = wizard.mapping_page.combos[1]
    combo.setCurrentIndex(combo.findData("position"))
    assert wizard.mapping_page.preview.item(1, 1).text() == "chosen by you"
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.report_page.done, timeout=10_000)
    assert store.scalar("SELECT position FROM people") == "Analista"

    again = tmp_path / "again.csv"
    again.write_text("Nombre completo,Dato 1,Dato 2\nLuis Paz,Jefe,Y\n", encoding="utf-8")
    second = open_wizard(qtbot, store, event, again, settings)
    next_page(qtbot, second)
    assert second.mapping_page.combos[1].currentData() == "position"
    assert "chose last time" in second.mapping_page.source.text()
    assert second.mapping_page.preview.item(1, 1).text() == "as you chose last time"


def test_zoom_report_in_spanish(qtbot, store, event, samples):
    from attendance.gui.app import install_translators

    app = QApplication.instance()
    try:
        install_translators(app, "es")
        wizard = open_wizard(qtbot, store, event, samples / "zoom-webinar-registration-es.csv")
        next_page(qtbot, wizard)
        page = wizard.mapping_page
        assert page.source.text().startswith("Detectado: informe de inscripción a seminario web de Zoom. 13 columnas")
        assert page.include_pending.isVisible()
        assert page.preview.item(1, 10).text() == "por su encabezado"  # Approval Status -> status
        shoot(wizard, "es-2-columns")
        next_page(qtbot, wizard)
        dry = wizard.dry_run_page
        assert "1 omitidas" in dry.summary.text()
        assert dry.sectors.rowCount() == 3
        shoot(wizard, "es-3-sectors")
    finally:
        install_translators(app, "en")
