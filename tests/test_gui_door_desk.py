"""The registration desk: country from a known institution, ranked completers, a stable width."""

from __future__ import annotations

from attendance import services
from attendance.gui.registration_dialog import RegistrationDialog
from attendance.gui.widgets import ranked_key


def _dialog(qtbot, store, event):
    services.find_or_create_institution(store, "Policía Nacional del Perú", acronym="PNP", country="PE")
    dialog = RegistrationDialog(store, event.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_known_institution_fills_an_empty_country(qtbot, store, event):
    dialog = _dialog(qtbot, store, event)
    qtbot.keyClicks(dialog.institution, "pnp")
    dialog.institution.editingFinished.emit()
    assert dialog.country.currentData() == "PE" and dialog.country.currentText() == "Peru"
    qtbot.keyClicks(dialog.family_names, "Quispe")
    dialog.save()
    assert dialog.error.text() == ""
    assert services.participants(store, event.id)[0].country == "PE"


def test_a_country_already_chosen_is_not_replaced(qtbot, store, event):
    dialog = _dialog(qtbot, store, event)
    qtbot.keyClicks(dialog.country.lineEdit(), "Chile")
    qtbot.keyClicks(dialog.institution, "Policia Nacional del Peru")  # (QTest types ASCII only)
    dialog.institution.editingFinished.emit()
    assert dialog.country.currentText() == "Chile"


def test_completers_rank_names_that_start_with_the_typed_text_first(qtbot, store, event):
    dialog = _dialog(qtbot, store, event)
    qtbot.keyClicks(dialog.country.lineEdit(), "per")
    listed = dialog.country.completer().model().stringList()
    assert listed[0] == "Peru" and "Clipperton Island" in listed
    assert listed.index("Peru") < listed.index("Clipperton Island")
    assert ranked_key("per", "Peru") < ranked_key("per", "Tierra per Ejemplo") < ranked_key("per", "Clipperton")
    assert ranked_key("xyz", "Peru") is None


def test_the_dialog_keeps_its_width_while_an_institution_is_typed(qtbot, store, event):
    dialog = _dialog(qtbot, store, event)
    width = dialog.width()
    qtbot.keyClicks(dialog.institution, "Direccion General de Investigacion Criminal y Ciencias Forenses")
    qtbot.waitUntil(dialog.new_institution.isVisible)
    qtbot.wait(50)
    assert dialog.width() == width
