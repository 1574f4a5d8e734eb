"""The duplicate-suggestion panel in the registration dialog: type a near-duplicate, pick the known person."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from attendance import services
from attendance.gui.registration_dialog import RegistrationDialog

SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"


@pytest.fixture()
def known(store, event):
    """José Núñez from an earlier workshop, plus someone else."""
    earlier = services.create_event(store, title="Earlier workshop", code="EW25", start_date="2025-05-05")
    jose = services.register(store, earlier.id, given_names="José", family_names="Núñez", sex="male",
                             institution="Policía Nacional Civil", country="SV", email="jose.nunez@pnc.gob.example",
                             position="Subcomisario", phone="+503 2222-3333")
    services.register(store, earlier.id, given_names="Ana", family_names="Ruiz", sex="female")
    return jose


def open_dialog(qtbot, store, event, walk_in=False) -> RegistrationDialog:
    dialog = RegistrationDialog(store, event.id, walk_in=walk_in)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def wait_for_suggestions(qtbot, dialog: RegistrationDialog) -> None:
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible() and dialog.duplicates.table.rowCount() > 0, timeout=3000)


# QTest types ASCII only: the accents are left out as a hurried typist would.
@pytest.mark.parametrize(("given", "family"), [("Jose", "Nunez"), ("Nunez", "Jose"), ("Jose", "Nunes"),
                                               ("JOSE ", " nunez")])
def test_typing_a_near_duplicate_and_picking_it_registers_the_known_person(qtbot, store, event, known, given,
                                                                          family):
    dialog = open_dialog(qtbot, store, event)
    qtbot.keyClicks(dialog.given_names, given)
    qtbot.keyClicks(dialog.family_names, family)
    wait_for_suggestions(qtbot, dialog)
    panel = dialog.duplicates

    assert panel.table.item(0, 0).text() == "José Núñez"
    assert panel.table.item(0, 1).text() == "Policía Nacional Civil"
    assert (panel.table.item(0, 2).text(), panel.table.item(0, 3).text()) == ("El Salvador", "1")
    if given == "Jose" and family == "Nunez":
        SCREENSHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SCREENSHOTS / "registration-duplicate-suggestion.png"))
    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)

    # The form now shows the known person's details, as stored.
    assert (dialog.given_names.text(), dialog.family_names.text()) == ("José", "Núñez")
    assert (dialog.institution.text(), dialog.email.text()) == ("Policía Nacional Civil", "jose.nunez@pnc.gob.example")
    assert dialog.sex.currentData() == "male" and dialog.country.currentData() == "SV"
    assert "Registering José Núñez" in panel.title.text()
    if given == "Jose" and family == "Nunez":
        qtbot.wait(50)  # let the layout settle around the hidden list
        dialog.grab().save(str(SCREENSHOTS / "registration-duplicate-picked.png"))
    people_before = store.scalar("SELECT count(*) FROM people")
    with qtbot.waitSignal(dialog.registered) as saved:
        qtbot.keyClick(dialog.position, Qt.Key.Key_Return)

    registration = services.get_registration(store, saved.args[0])
    assert registration.person_id == known.person_id and registration.event_id == event.id
    assert store.scalar("SELECT count(*) FROM people") == people_before
    assert store.scalar("SELECT count(*) FROM registrations WHERE person_id = ?", [known.person_id]) == 2


def test_new_person_hides_the_suggestions_and_creates_someone_new(qtbot, store, event, known):
    dialog = open_dialog(qtbot, store, event)
    qtbot.keyClicks(dialog.given_names, "Jose")
    qtbot.keyClicks(dialog.family_names, "Nunez")
    wait_for_suggestions(qtbot, dialog)
    qtbot.mouseClick(dialog.duplicates.new_button, Qt.MouseButton.LeftButton)
    assert not dialog.duplicates.isVisible()
    dialog.duplicates.search_now()  # the same names again: still dismissed
    assert not dialog.duplicates.isVisible()

    with qtbot.waitSignal(dialog.registered) as saved:
        qtbot.keyClick(dialog.family_names, Qt.Key.Key_Return)
    assert services.get_registration(store, saved.args[0]).person_id != known.person_id


def test_same_email_is_suggested_whatever_the_name(qtbot, store, event, known):
    dialog = open_dialog(qtbot, store, event)
    qtbot.keyClicks(dialog.given_names, "J.")
    qtbot.keyClicks(dialog.email, "Jose.Nunez@pnc.gob.example")
    dialog.email.editingFinished.emit()
    wait_for_suggestions(qtbot, dialog)
    assert dialog.duplicates.table.item(0, 0).toolTip() == "Same email"


def test_someone_already_registered_for_this_event_is_told_so(qtbot, store, event, known):
    services.register(store, event.id, person_id=known.person_id)
    dialog = open_dialog(qtbot, store, event)
    qtbot.keyClicks(dialog.given_names, "Jose")
    qtbot.keyClicks(dialog.family_names, "Nunez")
    wait_for_suggestions(qtbot, dialog)
    # Said before Save: in the panel's title and on the match's row.
    assert "is already registered for this event" in dialog.duplicates.title.text()
    assert "already registered for this event" in dialog.duplicates.table.item(0, 0).text()
    qtbot.mouseClick(dialog.duplicates.use_button, Qt.MouseButton.LeftButton)
    dialog.save()
    assert "already registered" in dialog.error.text()
    assert store.scalar("SELECT count(*) FROM registrations WHERE person_id = ?", [known.person_id]) == 2


def test_walk_in_mode_forgets_the_picked_person_for_the_next_one(qtbot, store, event, known):
    dialog = open_dialog(qtbot, store, event, walk_in=True)
    qtbot.keyClicks(dialog.given_names, "Jose")
    qtbot.keyClicks(dialog.family_names, "Nunez")
    wait_for_suggestions(qtbot, dialog)
    qtbot.mouseClick(dialog.duplicates.use_button, Qt.MouseButton.LeftButton)
    dialog.save()
    assert dialog.person_id is None and dialog.given_names.text() == "" and not dialog.duplicates.isVisible()

    qtbot.keyClicks(dialog.given_names, "Ana")
    qtbot.keyClicks(dialog.family_names, "Ruis")
    wait_for_suggestions(qtbot, dialog)
    assert dialog.duplicates.table.item(0, 0).text() == "Ana Ruiz"
    with qtbot.waitSignal(dialog.registered):
        qtbot.mouseClick(dialog.duplicates.use_button, Qt.MouseButton.LeftButton)
        dialog.save()
    assert store.scalar("SELECT count(*) FROM people WHERE family_names = 'Ruiz'") == 1


def test_tab_goes_from_the_names_into_the_suggestions_and_enter_never_saves_there(qtbot, store, event, known):
    dialog = open_dialog(qtbot, store, event)
    panel = dialog.duplicates
    expected = [dialog.family_names, panel.table, panel.use_button, panel.new_button, dialog.sex]
    chain, widget = [dialog.family_names], dialog.family_names
    while len(chain) < len(expected):
        widget = widget.nextInFocusChain()
        if widget in expected:  # the table's own viewport and scroll bars are in the chain too
            chain.append(widget)
    assert chain == expected
    qtbot.keyClicks(dialog.given_names, "Jose")
    qtbot.keyClicks(dialog.family_names, "Nunez")
    wait_for_suggestions(qtbot, dialog)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # Enter on the suggested row picks it
    assert dialog.person_id == known.person_id
    assert store.scalar("SELECT count(*) FROM registrations WHERE event_id = ?", [event.id]) == 0
