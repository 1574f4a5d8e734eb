"""The registration dialog: register a person for an event, keyboard first, or edit a registration.

Tab goes through the fields in the order they are shown and Enter saves. In walk-in mode the
dialog stays open after each save, clears itself and puts the cursor back in the first field, so
a queue at the door is typed without touching the mouse.

The consent box records when the person agreed and to which wording
(:data:`attendance.services.CONSENT_TEXT_VERSION`). With a ``print_badge`` callable, "Print badge
after saving" sends each new registration's badge to the printer once it is committed.

Extension point: :attr:`RegistrationDialog.suggestions_layout` is an empty vertical layout right
under the name fields (for duplicate suggestions), and :attr:`RegistrationDialog.names_changed`
fires with (given names, family names) as they are typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from attendance import services
from attendance.domain import FIELD_LIMITS, AttendanceError, Participant, Role, Sex, fold
from attendance.gui import duplicate_panel, institutions_dialog
from attendance.gui.widgets import ErrorLabel, pick_country, picked_country, ranked_completer, setup_country_picker
from attendance.store import Store


class RegistrationDialog(QDialog):
    """Register someone for ``event_id``, or edit ``participant``'s person and registration."""

    registered = Signal(str)  # the registration id, emitted after the commit
    names_changed = Signal(str, str)  # given names, family names, as typed

    def __init__(self, store: Store, event_id: str, participant: Participant | None = None,
                 parent: QWidget | None = None, *, walk_in: bool = False,
                 print_badge: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.participant = participant
        self.person_id: str | None = None  # a known person picked in the duplicate panel
        self.setWindowTitle(self.tr("Edit registration") if participant else self.tr("Register a participant"))

        self.given_names = QLineEdit(objectName="given_names")
        self.family_names = QLineEdit(objectName="family_names")
        self.sex = QComboBox(objectName="sex")
        for label, value in ((self.tr("Female"), Sex.FEMALE), (self.tr("Male"), Sex.MALE),
                             (self.tr("Other"), Sex.OTHER), (self.tr("Prefer not to say"), Sex.NOT_STATED)):
            self.sex.addItem(label, value.value)
        self.sex.setCurrentIndex(self.sex.findData(Sex.NOT_STATED.value))
        self.institution = QLineEdit(objectName="institution")
        self.institution.setCompleter(self._institution_completer())
        self.institution.editingFinished.connect(self._country_from_institution)
        self.position = QLineEdit(objectName="position")
        self.country = QComboBox(objectName="country")
        setup_country_picker(self.country)
        self.email = QLineEdit(objectName="email")
        self.phone = QLineEdit(objectName="phone")
        # The line edits stop at the core's limits (domain.FIELD_LIMITS, which the services enforce);
        # Qt cuts a longer paste there silently, so reaching a limit says so at once.
        for edit, name in ((self.given_names, "given_names"), (self.family_names, "family_names"),
                           (self.institution, "name"), (self.position, "position"), (self.email, "email"),
                           (self.phone, "phone")):
            edit.setMaxLength(FIELD_LIMITS[name])
            edit.textEdited.connect(lambda _text, edit=edit: self._warn_at_limit(edit))
        self.role = QComboBox(objectName="role")
        for label, value in ((self.tr("Participant"), Role.PARTICIPANT), (self.tr("Speaker"), Role.SPEAKER),
                             (self.tr("Organiser"), Role.ORGANISER), (self.tr("Observer"), Role.OBSERVER)):
            self.role.addItem(label, value.value)
        self.consent = QCheckBox(self.tr("Agrees that their details are kept for this event's attendance "
                                         "records and reports"), objectName="consent")
        self.print_badge = print_badge
        self.print_after_saving = QCheckBox(self.tr("Print badge after saving"), objectName="print_after_saving")
        self.print_after_saving.setVisible(print_badge is not None)
        self.walk_in = QCheckBox(self.tr("Walk-in mode: stay open for the next person"), objectName="walk_in")
        self.walk_in.setChecked(walk_in)
        self.walk_in.setVisible(participant is None)

        form = QFormLayout()
        form.addRow(self.tr("&Given names:"), self.given_names)
        form.addRow(self.tr("&Family names:"), self.family_names)
        # Slot for panels about the typed names (e.g. "possible duplicates"), shown under them.
        self.suggestions_layout = QVBoxLayout()
        form.addRow(self.suggestions_layout)
        form.addRow(self.tr("&Sex:"), self.sex)
        form.addRow(self.tr("&Institution:"), self.institution)
        form.addRow(self.tr("&Position:"), self.position)
        form.addRow(self.tr("&Country:"), self.country)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.consent)

        self.status = QLabel(objectName="status")
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save") if participant else self.tr("&Register"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.print_after_saving)
        layout.addWidget(self.walk_in)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        # Tab follows the visual order (walk_in is last; the buttons follow it).
        self.tab_order = [self.given_names, self.family_names, self.sex, self.institution, self.position,
                          self.country, self.email, self.phone, self.role, self.consent,
                          *([self.print_after_saving] if print_badge is not None else []), self.walk_in]
        for before, after in zip(self.tab_order, self.tab_order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        # "Is this someone we already know?" while names are typed (new registrations only).
        self.duplicates = duplicate_panel.attach(self) if participant is None else None
        # A new institution's sector and country, asked under the institution field.
        self.new_institution = institutions_dialog.attach_new_institution_fields(self)

        self.given_names.textChanged.connect(self._emit_names)
        self.family_names.textChanged.connect(self._emit_names)
        if participant:
            self._fill(participant)
        # A stable width: measured with the new-institution row shown, so the dialog does not grow
        # while an institution is typed (that row appears for an unknown one).
        was_hidden = self.new_institution.isHidden()
        self.new_institution.show()
        width = max(560, self.sizeHint().width())
        self.new_institution.setVisible(not was_hidden)
        self.setMinimumWidth(width)
        self.resize(width, self.sizeHint().height())
        self.given_names.setFocus()

    def _institution_completer(self) -> QCompleter:
        """Offer known institutions by name or acronym, those starting with the typed text first
        (the core finds either when saving)."""
        self.known_institutions: dict[str, str | None] = {}  # folded name or acronym -> country
        words: list[str] = []
        for institution in services.list_institutions(self.store):
            words.append(institution.name)
            self.known_institutions[fold(institution.name)] = institution.country
            if institution.acronym:
                words.append(institution.acronym)
                self.known_institutions[fold(institution.acronym)] = institution.country
        completer = ranked_completer(sorted(set(words), key=str.casefold), self.institution, self)
        completer.activated.connect(lambda _text: self._country_from_institution())
        return completer

    def _country_from_institution(self) -> None:
        """A known institution with a country fills an empty country field."""
        country = self.known_institutions.get(fold(self.institution.text()))
        if country and not self.country.currentText().strip():
            pick_country(self.country, country)

    def _fill(self, participant: Participant) -> None:
        self.given_names.setText(participant.given_names)
        self.family_names.setText(participant.family_names)
        self.sex.setCurrentIndex(max(self.sex.findData(participant.sex), 0))
        self.institution.setText(participant.institution)
        self.position.setText(participant.position)
        pick_country(self.country, participant.country or None)
        self.email.setText(participant.email)
        self.phone.setText(participant.phone)
        self.role.setCurrentIndex(max(self.role.findData(participant.role), 0))
        self.consent.setChecked(bool(services.get_person(self.store, participant.person_id).consent_at))

    def _emit_names(self) -> None:
        self.names_changed.emit(self.given_names.text(), self.family_names.text())

    def person_values(self) -> dict[str, str | None]:
        """The person's fields as typed (the core cleans and checks them)."""
        return {
            "given_names": self.given_names.text(), "family_names": self.family_names.text(),
            "sex": self.sex.currentData(), "position": self.position.text(),
            "country": picked_country(self.country), "email": self.email.text(), "phone": self.phone.text(),
        }

    def _warn_at_limit(self, edit: QLineEdit) -> None:
        """Say that a field is full (a longer paste was cut at its limit)."""
        if len(edit.text()) >= edit.maxLength():
            self.error.show_message(self.tr("This field holds at most {limit} characters; anything longer "
                                            "was cut off.").format(limit=edit.maxLength()))

    def save(self) -> None:
        """Save through the core; errors stay in the dialog, nothing typed is lost."""
        try:
            registration_id = self._save()
        except AttendanceError as error:
            self.error.show_message(str(error))
            return
        self.error.show_message("")
        name = f"{self.given_names.text().strip()} {self.family_names.text().strip()}".strip()
        self.registered.emit(registration_id)
        if self.print_badge is not None and self.print_after_saving.isChecked() and self.participant is None:
            self.print_badge(registration_id)
        if self.walk_in.isChecked() and self.participant is None:
            self.status.setText(self.tr("Saved: {name}. Next person.").format(name=name))
            self.clear()
        else:
            self.accept()

    def _save(self) -> str:
        values = self.person_values()
        known = self.person_id or (self.participant.person_id if self.participant else None)
        values.update(services.consent_values(self.consent.isChecked(),
                                              services.get_person(self.store, known) if known else None))
        new_institution = self.new_institution.values()
        if self.participant is None:
            registration = services.register(self.store, self.event_id, person_id=self.person_id,
                                             institution=self.institution.text(), role=self.role.currentData(),
                                             institution_sector=new_institution.get("sector"),
                                             institution_country=new_institution.get("country"), **values)
            return registration.id
        with self.store.transaction():
            institution = services.find_or_create_institution(self.store, self.institution.text(),
                                                              **new_institution)
            institution_id = institution.id if institution else None
            services.update_person(self.store, self.participant.person_id, institution_id=institution_id,
                                   **values)
            services.update_registration(self.store, self.participant.registration_id,
                                         role=self.role.currentData(), position=values["position"],
                                         institution_id=institution_id)
        return self.participant.registration_id

    def clear(self) -> None:
        """Empty every field for the next person and put the cursor in the first one."""
        for field in (self.given_names, self.family_names, self.institution, self.position, self.email,
                      self.phone):
            field.clear()
        self.sex.setCurrentIndex(self.sex.findData(Sex.NOT_STATED.value))
        self.country.setCurrentIndex(0)
        self.role.setCurrentIndex(0)
        self.consent.setChecked(False)
        self.person_id = None
        self.institution.setCompleter(self._institution_completer())  # a new institution is now known
        self.given_names.setFocus()
