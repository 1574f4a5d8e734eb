"""The import wizard: a pre-registration list (CSV or XLSX) into the selected event, in four pages.

1. Choose the file (and the sheet of a workbook); what was detected (encoding, delimiter) is shown.
2. Preview the first rows with the detected source (Google Forms, Zoom...) and column mapping: a
   combo per column to fix it, and under it why the column feeds that field or is ignored; the
   question "what does M mean?" when the sex column leaves it open; the options (pending
   registrants, names in capitals). A mapping corrected here is remembered (a laptop setting)
   for files with the same header row.
3. A dry run (in a worker thread): what will happen, row by row, before anything is written, and
   the sector suggested for each new institution, to confirm or change.
4. The import, in a worker thread with a progress bar, then the report of every row.

The rules live in :mod:`attendance.intake.importer`; this module only shows and collects choices.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from attendance import services
from attendance.domain import Sector, Sex, fold
from attendance.gui.duplicate_panel import people_index
from attendance.gui.workers import Job
from attendance.intake import importer
from attendance.intake.matching import PeopleIndex
from attendance.reports.summary import capitalised, sector_label
from attendance.store import Store

PREVIEW_ROWS = 8
# Where a corrected mapping is remembered, per header row (importer.header_signature).
MAPPING_KEY = "import/mapping/{signature}"


class ImportWizard(QWizard):
    """Import a file into ``event_id``; emits :attr:`imported` with the report after a saved import."""

    imported = Signal(object)  # the ImportReport

    def __init__(self, store: Store, event_id: str, parent: QWidget | None = None, *, path: str | None = None,
                 thread_pool: QThreadPool | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.settings = settings
        self.thread_pool = thread_pool or QThreadPool.globalInstance()
        self.table: importer.Table | None = None
        self.detection: importer.Detection | None = None
        self.mapping: dict[int, str] = {}
        self.options = importer.Options()
        self.m_means: str | None = None
        self.report: importer.ImportReport | None = None
        event = services.get_event(store, event_id)
        self.setWindowTitle(self.tr("Import participants into {code}").format(code=event.code))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.dry_run_page = DryRunPage(self)
        self.report_page = ReportPage(self)
        for page in (self.file_page, self.mapping_page, self.dry_run_page, self.report_page):
            self.addPage(page)
        self.resize(860, 600)
        if path:
            self.file_page.path.setText(path)

    def field_labels(self) -> dict[str, str]:
        """What each importable field is called in the mapping combos."""
        return {
            importer.IGNORE: self.tr("(ignore)"), "given_names": self.tr("Given names"),
            "family_names": self.tr("Family names"), "full_name": self.tr("Full name (split)"),
            "paternal_surname": self.tr("First family name (paternal)"),
            "maternal_surname": self.tr("Second family name (maternal)"),
            "sex": self.tr("Sex"), "institution": self.tr("Institution"), "sector": self.tr("Sector"),
            "position": self.tr("Position"), "country": self.tr("Country"), "email": self.tr("Email"),
            "phone": self.tr("Phone"), "role": self.tr("Role"), "status": self.tr("Registration status"),
        }

    def source_labels(self) -> dict[str, str]:
        """Each source layout's name."""
        return {
            "google_forms": self.tr("Google Forms"), "microsoft_forms": self.tr("Microsoft Forms"),
            "kobotoolbox": self.tr("KoboToolbox / ODK"), "eventbrite": self.tr("Eventbrite attendee report"),
            "zoom_meeting_registration": self.tr("Zoom meeting registration report"),
            "zoom_webinar_registration": self.tr("Zoom webinar registration report"),
            "excel_list": self.tr("a list saved by Excel (title rows, footer)"), "plain": self.tr("a plain list"),
        }

    def reason_labels(self) -> dict[str, str]:
        """Why a column feeds its field or is ignored."""
        return {
            "header": self.tr("by its header"), "content": self.tr("by its values"),
            "chosen": self.tr("chosen by you"), "saved": self.tr("as you chose last time"),
            "metadata": self.tr("form metadata"), "empty": self.tr("empty column"),
            "anonymous": self.tr("\"anonymous\" in every row"), "unrecognised": self.tr("not a field we know"),
        }

    def reason_text(self, reason: str) -> str:
        """A column's reason in words ("another column holds Email")."""
        if reason.startswith("also_"):
            return self.tr("another column holds {field}").format(
                field=self.field_labels().get(reason[5:], reason[5:]))
        return self.reason_labels().get(reason, reason)

    def saved_mapping(self) -> dict[int, str] | None:
        """The mapping chosen last time for a file with this header row, if any."""
        if self.settings is None or self.table is None:
            return None
        text = self.settings.value(MAPPING_KEY.format(signature=importer.header_signature(self.table.headers)))
        try:
            saved = {int(column): field for column, field in json.loads(text).items()} if text else None
        except (TypeError, ValueError, AttributeError):
            return None
        if saved is None or any(c >= len(self.table.headers) or f not in (*importer.FIELDS, importer.IGNORE)
                                for c, f in saved.items()):
            return None
        return saved

    def remember_mapping(self) -> None:
        """Keep a mapping that differs from the detected one for files with the same headers."""
        if self.settings is None or self.table is None or self.detection is None:
            return
        key = MAPPING_KEY.format(signature=importer.header_signature(self.table.headers))
        if self.mapping != self.detection.mapping:
            self.settings.setValue(key, json.dumps({str(c): f for c, f in self.mapping.items()}))
        else:
            self.settings.remove(key)
        self.settings.sync()

    def report_table(self, name: str) -> QTableWidget:
        """An empty table for report lines: row, status, name, column, reason."""
        table = QTableWidget(0, 5, objectName=name)
        table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Status"), self.tr("Name"), self.tr("Column"),
                                         self.tr("Reason")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return table

    def summary_text(self, report: importer.ImportReport) -> str:
        """The counts of a report in a sentence (or its problem)."""
        if report.problem:
            return report.problem
        return self.tr("{added} new people, {matched} people already known, {already} already registered, "
                       "{duplicates} duplicates in the file, {rejected} rejected, {warnings} warnings.").format(
            added=report.count("added"), matched=report.count("matched"),
            already=report.count("already_registered"), duplicates=report.count("duplicate"),
            rejected=report.count("rejected"), warnings=len(report.warnings)) + (
            " " + self.tr("{skipped} skipped (status or footer), {review} possible duplicates to review.").format(
                skipped=report.count("skipped"), review=len(report.possible_duplicates))
            if report.count("skipped") or report.possible_duplicates else "")

    def status_labels(self) -> dict[str, str]:
        """Each row outcome in words."""
        return {
            "added": self.tr("new person"), "matched": self.tr("known person"),
            "already_registered": self.tr("already registered"), "duplicate": self.tr("duplicate in the file"),
            "rejected": self.tr("rejected"), "empty": self.tr("empty row"), "warning": self.tr("warning"),
            "skipped": self.tr("skipped"), "review": self.tr("possible duplicate"),
        }


class FilePage(QWizardPage):
    """Choose the file and, for a workbook, the sheet."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV file (any encoding, separated by commas, semicolons or tabs) or an Excel "
                                 ".xlsx workbook, with one row of column headers."))
        self.path = QLineEdit(objectName="import_path")
        self.path.textChanged.connect(lambda _text: self._read())  # the text is not a sheet name
        browse = QPushButton(self.tr("&Browse..."), objectName="browse")
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox(objectName="import_sheet")
        self.sheet.currentTextChanged.connect(self._sheet_changed)
        self.details = QLabel(objectName="file_details")
        self.details.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)  # a label for a row layout gets no buddy by itself
        form = QFormLayout(self)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.details)
        self.sheet.setEnabled(False)

    def browse(self) -> None:
        """Pick the file in the system's file dialog."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pre-registration list"), str(Path.home()),
            self.tr("Lists (*.csv *.txt *.xlsx);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def _read(self, sheet: str | None = None) -> None:
        wizard = self.wizard_
        text = self.path.text().strip()
        wizard.table = importer.read_table(text, sheet or None) if text else None
        table = wizard.table
        self.sheet.blockSignals(True)
        self.sheet.clear()
        if table is not None and table.sheets:
            self.sheet.addItems(table.sheets)
            self.sheet.setCurrentText(table.sheet or table.sheets[0])
        self.sheet.setEnabled(bool(table and len(table.sheets) > 1))
        self.sheet.blockSignals(False)
        self.details.setStyleSheet("color: #b00020;" if table is not None and table.problem else "")
        self.details.setText(self._describe(table))
        self.completeChanged.emit()

    def _sheet_changed(self, sheet: str) -> None:
        if sheet:
            self._read(sheet)

    def _describe(self, table: importer.Table | None) -> str:
        if table is None:
            return ""
        if table.problem:
            return table.problem
        delimiters = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs")}
        if table.encoding == "xlsx":
            text = self.tr("Excel workbook, sheet {sheet}: {rows} rows.").format(sheet=table.sheet,
                                                                               rows=len(table.rows))
        else:
            text = self.tr("Text file in {encoding}, columns separated by {delimiter}: {rows} rows.").format(
                encoding=table.encoding, delimiter=delimiters.get(table.delimiter, table.delimiter),
                rows=len(table.rows))
        if table.garbled:
            text += " " + self.tr("Some text looks garbled (like \"JosÃ©\"): check the names in the preview.")
        return text

    def isComplete(self) -> bool:
        """Next only when a readable file with rows is chosen."""
        table = self.wizard_.table
        return table is not None and table.problem is None and bool(table.rows)


class MappingPage(QWizardPage):
    """The first rows under a combo per column, and the meaning of a lone M."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Each column was matched to a field by its header and its values. Change a "
                                 "field where it is wrong; (ignore) leaves a column out."))
        self.source = QLabel(objectName="detected_source")
        self.source.setWordWrap(True)
        self.preview = QTableWidget(objectName="preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.combos: list[QComboBox] = []
        self.problem = QLabel(objectName="mapping_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)

        self.sex_question = QGroupBox(self.tr("In the sex column, what does \"M\" mean?"), objectName="sex_question")
        self.m_female = QRadioButton(self.tr("M = Mujer (woman), as in M/H"), objectName="m_female")
        self.m_male = QRadioButton(self.tr("M = Male / Masculino, as in F/M"), objectName="m_male")
        self.sex_hint = QLabel(objectName="sex_hint")
        self.sex_hint.setWordWrap(True)
        self.m_choice = QButtonGroup(self)
        self.m_choice.addButton(self.m_female)
        self.m_choice.addButton(self.m_male)
        self.m_choice.buttonToggled.connect(lambda *_: self._m_changed())
        box = QVBoxLayout(self.sex_question)
        box.addWidget(self.sex_hint)
        box.addWidget(self.m_female)
        box.addWidget(self.m_male)
        self.include_pending = QCheckBox(self.tr("Register &pending registrants too (refused, refunded and "
                                                 "cancelled ones never)"), objectName="include_pending")
        self.title_case = QCheckBox(self.tr("Write names typed in &capitals as names (María de la Cruz)"),
                                    objectName="title_case")
        self.title_case.setChecked(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.sex_question)
        layout.addWidget(self.include_pending)
        layout.addWidget(self.title_case)
        self.reasons: list[QTableWidgetItem] = []

    def initializePage(self) -> None:
        """Show the file's first rows with the detected source and mapping (or the one saved for
        these headers), and why each column feeds its field or is ignored."""
        wizard = self.wizard_
        table = wizard.table
        wizard.detection = importer.detect(table)
        saved = wizard.saved_mapping()
        wizard.mapping = saved or wizard.detection.mapping
        self.reasons_detected = {c.column: c.reason for c in wizard.detection.columns}
        if saved:
            self.reasons_detected.update({c: "saved" for c, f in saved.items() if f != wizard.detection.mapping[c]})
        text = self.tr("Detected: {source}.").format(
            source=wizard.source_labels().get(wizard.detection.source, wizard.detection.source))
        if saved:
            text += " " + self.tr("Using the columns you chose last time for a file with these headers.")
        self.source.setText(text)
        labels = wizard.field_labels()
        columns = len(table.headers)
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(columns)
        self.preview.setRowCount(len(shown) + 2)
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels([self.tr("Field"), self.tr("Why")]
                                             + [str(n) for n in table.row_numbers[:len(shown)]])
        self.combos = []
        self.reasons = []
        for column in range(columns):
            combo = QComboBox(objectName=f"mapping_{column}")
            for field, label in labels.items():
                combo.addItem(label, field)
            combo.setCurrentIndex(max(combo.findData(wizard.mapping.get(column, importer.IGNORE)), 0))
            combo.currentIndexChanged.connect(lambda _index, column=column: self._mapping_changed(column))
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
            reason = QTableWidgetItem(wizard.reason_text(self.reasons_detected.get(column, "unrecognised")))
            reason.setToolTip(reason.text())
            self.preview.setItem(1, column, reason)
            self.reasons.append(reason)
            for row, cells in enumerate(shown, 2):
                self.preview.setItem(row, column, QTableWidgetItem(cells[column] if column < len(cells) else ""))
        self.preview.resizeColumnsToContents()
        for column in range(columns):  # ignored columns narrow, so the imported ones show
            widest = 260 if wizard.mapping.get(column) else 150
            self.preview.setColumnWidth(column, min(max(self.preview.columnWidth(column), 130), widest))
        imported = sum(1 for field in wizard.mapping.values() if field)
        self.source.setText(text + " " + self.tr("{columns} columns: {imported} imported, {ignored} ignored (see "
                                                 "why under each field).").format(
            columns=columns, imported=imported, ignored=columns - imported))
        self.include_pending.setVisible("status" in wizard.mapping.values())
        self._update_sex_question(reset=True)
        self._show_problem()

    def _mapping_changed(self, column: int) -> None:
        wizard = self.wizard_
        wizard.mapping[column] = self.combos[column].currentData()
        detected = wizard.detection.mapping.get(column) if wizard.detection else None
        reason = self.reasons_detected.get(column, "unrecognised") if wizard.mapping[column] == detected else "chosen"
        self.reasons[column].setText(wizard.reason_text(reason))
        self.include_pending.setVisible("status" in wizard.mapping.values())
        self._update_sex_question(reset=True)
        self._show_problem()

    def validatePage(self) -> bool:
        """Keep the options chosen on this page for the dry run and the import."""
        wizard = self.wizard_
        wizard.options = importer.Options(include_pending=self.include_pending.isVisibleTo(self)
                                          and self.include_pending.isChecked(),
                                          title_case=self.title_case.isChecked())
        return True

    def _update_sex_question(self, *, reset: bool) -> None:
        wizard = self.wizard_
        letters = importer.sex_letters(wizard.table, wizard.mapping)
        self.sex_question.setVisible(letters.uses_m)
        if reset:
            self.m_choice.setExclusive(False)
            for button in (self.m_female, self.m_male):
                button.setChecked(False)
            self.m_choice.setExclusive(True)
            if letters.uses_m and not letters.ambiguous:
                (self.m_female if letters.m_means == Sex.FEMALE else self.m_male).setChecked(True)
        if letters.ambiguous:
            self.sex_hint.setText(self.tr("The column has M but neither F nor H, and its header does not say: "
                                          "please choose."))
        else:
            self.sex_hint.setText(self.tr("Decided from the other values in the column; change it if it is wrong."))
        self._m_changed()

    def _m_changed(self) -> None:
        wizard = self.wizard_
        if self.m_female.isChecked():
            wizard.m_means = Sex.FEMALE.value
        elif self.m_male.isChecked():
            wizard.m_means = Sex.MALE.value
        else:
            wizard.m_means = None
        self.completeChanged.emit()

    def _show_problem(self) -> None:
        self.problem.setText(importer.mapping_problem(self.wizard_.mapping) or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Next when some column holds names and a lone M has a meaning."""
        wizard = self.wizard_
        if wizard.table is None or importer.mapping_problem(wizard.mapping):
            return False
        return not self.sex_question.isVisibleTo(self) or wizard.m_means is not None


def _fill_report_table(table: QTableWidget, report: importer.ImportReport, statuses: dict[str, str],
                       *, only_problems: bool) -> None:
    """Rows of the report (and its warnings) as row number, status, name, column, reason."""
    lines = [(o.row, statuses["review"] if o.possible_duplicate_of is not None else statuses.get(o.status, o.status),
              o.name, o.column, o.reason) for o in report.rows
             if not only_problems or o.status not in ("added", "matched") or o.possible_duplicate_of is not None]
    names = {o.row: o.name for o in report.rows}
    lines += [(w.row, statuses["warning"], names.get(w.row, ""), w.column, w.reason) for w in report.warnings]
    lines.sort(key=lambda line: line[0])
    table.setRowCount(len(lines))
    for row, line in enumerate(lines):
        for column, value in enumerate(line):
            item = QTableWidgetItem(str(value) if value != 0 else "")
            item.setToolTip(item.text())  # long names and reasons are cut in their column
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    for column in (1, 2, 3):  # keep room for the reason, the column that explains
        table.setColumnWidth(column, min(table.columnWidth(column), 190))
    table.horizontalHeader().setStretchLastSection(True)


class DryRunPage(QWizardPage):
    """What the import will do, counted and row by row, before anything is written."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("What will happen"))
        self.setSubTitle(self.tr("Nothing has been saved yet. Rows that need attention are listed below; press "
                                 "Import to register everyone else."))
        self.progress = QProgressBar(objectName="dry_run_progress")
        self.summary = QLabel(objectName="dry_run_summary")
        self.summary.setWordWrap(True)
        self.details = wizard.report_table("dry_run_table")
        self.sectors_title = QLabel(self.tr("Sectors of the new institutions (suggested from their names: check "
                                            "them)"), objectName="sectors_title")
        self.sectors = QTableWidget(0, 3, objectName="sector_table")
        self.sectors.setHorizontalHeaderLabels([self.tr("Institution"), self.tr("Country"), self.tr("Sector")])
        self.sectors.verticalHeader().hide()
        self.sectors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sectors.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sector_combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 2)
        layout.addWidget(self.sectors_title)
        layout.addWidget(self.sectors, 1)
        self.setCommitPage(True)  # no way back once the import ran
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.dry_report: importer.ImportReport | None = None
        self.job: Job | None = None

    def initializePage(self) -> None:
        """Run the import as a dry run (nothing written) in a worker and show its report."""
        wizard = self.wizard_
        self.dry_report = None
        self.details.setRowCount(0)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking every row..."))
        self.progress.show()
        self.progress.setRange(0, max(len(wizard.table.rows), 1))
        self.progress.setValue(0)
        self.job = Job(_import_work(wizard.store.path, wizard.event_id, wizard.table, dict(wizard.mapping),
                                         wizard.m_means, people_index(wizard.store), wizard.options,
                                         dry_run=True))
        job = self.job
        # After Back and Next a newer dry run may be running: only the current job's answer counts.
        job.signals.progress.connect(lambda done, _total: self.progress.setValue(done) if job is self.job else None)
        job.signals.finished.connect(lambda report: self._finished(report) if job is self.job else None)
        job.signals.failed.connect(lambda message: self._failed(message) if job is self.job else None)
        wizard.thread_pool.start(job)
        self.completeChanged.emit()

    def _finished(self, report: importer.ImportReport) -> None:
        self.dry_report = report
        self.progress.hide()
        self.summary.setText(self.wizard_.summary_text(report))
        _fill_report_table(self.details, report, self.wizard_.status_labels(), only_problems=True)
        self._show_sectors(report)
        self.completeChanged.emit()

    def _show_sectors(self, report: importer.ImportReport) -> None:
        """One line per new institution with a sector combo set to the file's or the suggested one."""
        sector_names = {s.value: capitalised(sector_label(s.value)) for s in Sector}
        lines = [line for line in report.sectors if line.clue]
        self.sectors.setRowCount(len(lines))
        self.sector_combos = {}
        for row, line in enumerate(lines):
            self.sectors.setItem(row, 0, QTableWidgetItem(line.institution))
            self.sectors.setItem(row, 1, QTableWidgetItem(line.country or "-"))
            combo = QComboBox(objectName=f"sector_{row}")
            for value, label in sector_names.items():
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(line.sector), 0))
            combo.setToolTip(self.tr("Suggested from \"{clue}\"").format(clue=line.clue))
            self.sectors.setCellWidget(row, 2, combo)
            self.sector_combos.setdefault(fold(line.institution), combo)
        self.sectors.resizeColumnToContents(1)
        widest = max((combo.sizeHint().width() for combo in self.sector_combos.values()), default=0)
        self.sectors.setColumnWidth(2, max(widest, self.sectors.columnWidth(2)))
        self.sectors_title.setVisible(bool(lines))
        self.sectors.setVisible(bool(lines))

    def chosen_sectors(self) -> dict[str, str]:
        """The sector confirmed for each new institution, by folded name."""
        return {key: combo.currentData() for key, combo in self.sector_combos.items()}

    def validatePage(self) -> bool:
        """The confirmed sectors go with the import."""
        wizard = self.wizard_
        wizard.options = importer.Options(include_pending=wizard.options.include_pending,
                                          title_case=wizard.options.title_case, sectors=self.chosen_sectors())
        return True

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.summary.setStyleSheet("color: #b00020;")
        self.summary.setText(message)

    def isComplete(self) -> bool:
        """Import only when the dry run found something to import."""
        report = self.dry_report
        return report is not None and report.problem is None and bool(report.count("added") + report.count("matched"))


class ReportPage(QWizardPage):
    """The import running in a worker with a progress bar, then the report of every row."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Import"))
        self.progress = QProgressBar(objectName="import_progress")
        self.summary = QLabel(objectName="import_summary")
        self.summary.setWordWrap(True)
        self.details = wizard.report_table("report_table")
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        self.job: Job | None = None
        self.done = False

    def initializePage(self) -> None:
        """Start the import in a worker thread with its own database connection."""
        wizard = self.wizard_
        self.done = False
        self.summary.setText(self.tr("Importing..."))
        self.progress.setRange(0, max(len(wizard.table.rows), 1))
        self.progress.setValue(0)
        self.job = Job(_import_work(wizard.store.path, wizard.event_id, wizard.table, dict(wizard.mapping),
                                         wizard.m_means, people_index(wizard.store), wizard.options))
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        wizard.thread_pool.start(self.job)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, report: importer.ImportReport) -> None:
        wizard = self.wizard_
        wizard.report = report
        self.done = True
        self.progress.setValue(self.progress.maximum())
        if report.saved:
            self.summary.setText(self.tr("Saved. {summary}").format(summary=wizard.summary_text(report)))
            wizard.remember_mapping()
            wizard.imported.emit(report)
        else:
            self.summary.setText(wizard.summary_text(report))
            self.summary.setStyleSheet("color: #b00020;")
        _fill_report_table(self.details, report, wizard.status_labels(), only_problems=False)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.done = True
        self.summary.setStyleSheet("color: #b00020;")
        self.summary.setText(self.tr("Nothing was imported: {message}").format(message=message))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Finish only when the worker is done."""
        return self.done


def _import_work(database: Path, event_id: str, table: importer.Table, mapping: dict[int, str],
                 m_means: str | None, index: PeopleIndex, options: importer.Options, *, dry_run: bool = False
                 ) -> Callable[[Callable[[int, int], None]], importer.ImportReport]:
    """The worker's job (the import, or its dry run): plain data in, a report out, on the worker
    thread's own connection.

    The people index is only read here (the wizard is modal, so nothing refreshes it meanwhile).
    """

    def work(progress: Callable[[int, int], None]) -> importer.ImportReport:
        with Store(database, verify=False) as store:
            return importer.import_rows(store, event_id, table, mapping, m_means=m_means, progress=progress,
                                        index=index, dry_run=dry_run, options=options)

    return work
