"""The import wizard: a pre-registration list (CSV or XLSX) into the selected event, in four pages.

1. Choose the file (and the sheet of a workbook); what was detected (encoding, delimiter) is shown.
2. Preview the first rows with the detected column mapping, a combo per column to fix it, and the
   question "what does M mean?" when the sex column leaves it open.
3. A dry run (in a worker thread): what will happen, row by row, before anything is written.
4. The import, in a worker thread with a progress bar, then the report of every row.

The rules live in :mod:`attendance.intake.importer`; this module only shows and collects choices.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
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
from attendance.domain import Sex
from attendance.gui.duplicate_panel import people_index
from attendance.gui.workers import Job
from attendance.intake import importer
from attendance.intake.matching import PeopleIndex
from attendance.store import Store

PREVIEW_ROWS = 8


class ImportWizard(QWizard):
    """Import a file into ``event_id``; emits :attr:`imported` with the report after a saved import."""

    imported = Signal(object)  # the ImportReport

    def __init__(self, store: Store, event_id: str, parent: QWidget | None = None, *, path: str | None = None,
                 thread_pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.event_id = event_id
        self.thread_pool = thread_pool or QThreadPool.globalInstance()
        self.table: importer.Table | None = None
        self.mapping: dict[int, str] = {}
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
            "sex": self.tr("Sex"), "institution": self.tr("Institution"), "position": self.tr("Position"),
            "country": self.tr("Country"), "email": self.tr("Email"), "phone": self.tr("Phone"),
            "role": self.tr("Role"),
        }

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
            rejected=report.count("rejected"), warnings=len(report.warnings))

    def status_labels(self) -> dict[str, str]:
        """Each row outcome in words."""
        return {
            "added": self.tr("new person"), "matched": self.tr("known person"),
            "already_registered": self.tr("already registered"), "duplicate": self.tr("duplicate in the file"),
            "rejected": self.tr("rejected"), "empty": self.tr("empty row"), "warning": self.tr("warning"),
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
        self.path.textChanged.connect(self._read)
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
        self.setSubTitle(self.tr("Each column was matched to a field by its header. Change a field where it is "
                                 "wrong; (ignore) leaves a column out."))
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

        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.sex_question)

    def initializePage(self) -> None:
        """Show the file's first rows with the detected mapping."""
        wizard = self.wizard_
        table = wizard.table
        wizard.mapping = importer.detect_mapping(table.headers)
        labels = wizard.field_labels()
        columns = len(table.headers)
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(columns)
        self.preview.setRowCount(len(shown) + 1)
        self.preview.setHorizontalHeaderLabels(table.headers)
        self.preview.setVerticalHeaderLabels([self.tr("Field")] + [str(n) for n in table.row_numbers[:len(shown)]])
        self.combos = []
        for column in range(columns):
            combo = QComboBox(objectName=f"mapping_{column}")
            for field, label in labels.items():
                combo.addItem(label, field)
            combo.setCurrentIndex(max(combo.findData(wizard.mapping.get(column, importer.IGNORE)), 0))
            combo.currentIndexChanged.connect(lambda _index, column=column: self._mapping_changed(column))
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
            for row, cells in enumerate(shown, 1):
                self.preview.setItem(row, column, QTableWidgetItem(cells[column] if column < len(cells) else ""))
        self.preview.resizeColumnsToContents()
        for column in range(columns):
            self.preview.setColumnWidth(column, min(max(self.preview.columnWidth(column), 130), 260))
        self._update_sex_question(reset=True)
        self._show_problem()

    def _mapping_changed(self, column: int) -> None:
        self.wizard_.mapping[column] = self.combos[column].currentData()
        self._update_sex_question(reset=True)
        self._show_problem()

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
    lines = [(o.row, statuses.get(o.status, o.status), o.name, o.column, o.reason) for o in report.rows
             if not only_problems or o.status not in ("added", "matched")]
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
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
                                         wizard.m_means, people_index(wizard.store), dry_run=True))
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
        self.completeChanged.emit()

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
                                         wizard.m_means, people_index(wizard.store)))
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
                 m_means: str | None, index: PeopleIndex, *, dry_run: bool = False
                 ) -> Callable[[Callable[[int, int], None]], importer.ImportReport]:
    """The worker's job (the import, or its dry run): plain data in, a report out, on the worker
    thread's own connection.

    The people index is only read here (the wizard is modal, so nothing refreshes it meanwhile).
    """

    def work(progress: Callable[[int, int], None]) -> importer.ImportReport:
        with Store(database, verify=False) as store:
            return importer.import_rows(store, event_id, table, mapping, m_means=m_means, progress=progress,
                                        index=index, dry_run=dry_run)

    return work
