"""The Reports page: the sex-disaggregated summary on screen, the sentence to copy, and every export.

Thin by design: the figures come from :func:`attendance.reports.summary.summarise` (the same computation
as the summary PDF and ``attendance report --json``), the files from :mod:`attendance.documents.sheets`
and :mod:`attendance.documents.lists` (imported by the worker: fpdf and openpyxl load on the first export, not
at start-up). Exports run in a :class:`~attendance.gui.workers.Job` that opens its own connection to
the database file (an SQLite connection stays in the thread that opened it) and reports progress
by signals to a QProgressDialog; afterwards "Open folder" shows the file.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from attendance import services, settings
from attendance.documents.layouts import signin_turns_landscape
from attendance.gui import workers
from attendance.gui.widgets import DeferredPage, SavedFileMessages, remember_folder, remembered_folder
from attendance.gui.workers import Job

# Document text in the report's language comes from the core table; the alias keeps lupdate from
# taking these strings for the window's own.
from attendance.i18n import LANGUAGES, country_name
from attendance.i18n import tr as in_language
from attendance.reports import summary as reports
from attendance.store import Store

if TYPE_CHECKING:
    from attendance.gui.main_window import MainWindow



@cache
def sex_colours() -> list[QColor]:
    """Chart colours, the same as the PDF's (women, men, other, not stated); read on first paint."""
    from attendance.documents import layouts  # plain data: the PDF libraries load on the first export

    return [QColor(*layouts.SEX_COLOURS[sex]) for sex in ("female", "male", "other", "not_stated")]


Rows = list[tuple[str, reports.SexCounts]]


class SexBarChart(QWidget):
    """Small horizontal bars stacked by sex, painted with QPainter (no chart library needed)."""

    BAR, GAP, LABEL_WIDTH = 14, 6, 170

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: Rows = []
        self.setMinimumHeight(60)

    def set_rows(self, rows: Rows) -> None:
        """Show these (label, counts) rows, largest scale = the largest total."""
        self.rows = rows
        self.setMinimumHeight(max(60, len(rows) * (self.BAR + self.GAP) + self.GAP))
        self.update()

    def paintEvent(self, _event: object) -> None:
        """Draw one stacked bar per row with its label and total."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        longest = max((counts.total for _, counts in self.rows), default=0) or 1
        scale = max(10, self.width() - self.LABEL_WIDTH - 40) / longest
        metrics = painter.fontMetrics()
        for index, (label, counts) in enumerate(self.rows):
            top = self.GAP + index * (self.BAR + self.GAP)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, top - 2, self.LABEL_WIDTH - 6, self.BAR + 4),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, self.LABEL_WIDTH - 6))
            x = float(self.LABEL_WIDTH)
            for colour, value in zip(sex_colours(), (counts.female, counts.male, counts.other, counts.not_stated),
                                     strict=True):
                if value:
                    painter.fillRect(QRectF(x, top, value * scale, self.BAR), colour)
                    x += value * scale
            painter.drawText(QRectF(x + 4, top - 2, 40, self.BAR + 4), Qt.AlignmentFlag.AlignVCenter,
                             str(counts.total))
        painter.end()


EXPORT_FOLDER_KEY = "folders/reports"  # where the last export went: the next save dialog opens there


class ReportsPage(SavedFileMessages, DeferredPage):
    """The summary of the selected event, its sentences, and buttons for every export."""

    def __init__(self, store: Store, window: MainWindow) -> None:
        super().__init__()
        self.store = store
        self.window_ = window
        self.event_id: str | None = None
        self.summary: reports.Summary | None = None
        self._jobs: list[Job] = []  # kept alive until their signals have been delivered
        self.last_saved: Path | None = None
        self.shown_sentence = ""
        self.setWindowTitle(self.tr("Reports"))

        self.language_picker = QComboBox(objectName="language_picker")
        for code, name in LANGUAGES.items():
            self.language_picker.addItem(name, code)
        # The report speaks the default report language (a setting), else the window's, unless the user
        # picks another (kept across events).
        language = settings.value(store, settings.REPORT_LANGUAGE) or getattr(window, "language", "en")
        self.language_picker.setCurrentIndex(max(0, self.language_picker.findData(language)))
        self.language_picker.currentIndexChanged.connect(self.refresh)
        self.noun_picker = QComboBox(objectName="noun_picker")
        for noun, text in (("participants", self.tr("participants")), ("officials", self.tr("officials")),
                           ("representatives", self.tr("representatives"))):
            self.noun_picker.addItem(text, noun)
        self.noun_picker.setCurrentIndex(max(0, self.noun_picker.findData(settings.value(store, settings.REPORT_NOUN))))
        self.noun_picker.currentIndexChanged.connect(self._show_sentence)
        self.variant_picker = QComboBox(objectName="variant_picker")
        for key, text in (("basic", self.tr("Countries")), ("with_sectors", self.tr("Sectors and countries")),
                          ("women_percent", self.tr("Share of women"))):
            self.variant_picker.addItem(text, key)
        self.variant_picker.currentIndexChanged.connect(self._show_sentence)
        self.sentence = QPlainTextEdit(objectName="sentence")
        self.sentence.setReadOnly(True)
        self.sentence.setMaximumHeight(70)
        self.copy_button = QPushButton(self.tr("&Copy"), objectName="copy_button")
        self.copy_button.clicked.connect(self.copy_sentence)

        self.key_figures = QLabel(objectName="key_figures")
        self.key_figures.setWordWrap(True)
        self.key_figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.overall_chart = SexBarChart(self)
        self.tables = QTabWidget(objectName="breakdowns")
        self.charts: dict[str, SexBarChart] = {}
        self.breakdown_tables: dict[str, QTableWidget] = {}
        for key, title, first_column in (
                ("sessions", self.tr("Per session"), self.tr("Session")),
                ("sectors", self.tr("By sector"), self.tr("Sector")),
                ("countries", self.tr("By country"), self.tr("Country")),
                ("institutions", self.tr("By institution"), self.tr("Institution"))):
            table = QTableWidget(0, 7, objectName=f"{key}_table")
            table.setHorizontalHeaderLabels([first_column, self.tr("Women"), self.tr("Men"), self.tr("Other"),
                                             self.tr("Not stated"), self.tr("Total"), self.tr("% women")])
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            chart = SexBarChart(self)
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.addWidget(table, 3)
            holder_layout.addWidget(chart, 2)
            self.tables.addTab(holder, title)
            self.breakdown_tables[key] = table
            self.charts[key] = chart
        self.legend = QLabel(objectName="legend")  # coloured like the PDF: filled on first refresh
        self.note = QLabel(objectName="note")
        self.note.setWordWrap(True)

        # exports
        self.session_picker = QComboBox(objectName="session_picker")
        self.blank_rows = QSpinBox(objectName="blank_rows")
        self.blank_rows.setRange(0, 200)
        self.blank_rows.setValue(5)
        self.landscape = QCheckBox(self.tr("&Landscape"), objectName="landscape")
        self.certificates_zip = QCheckBox(self.tr("One file per person (zip)"), objectName="certificates_zip")
        # Where and when the certificates say they were issued (blank place: the event's city and country).
        self.certificate_place = QLineEdit(objectName="certificate_place")
        self.certificate_place.setPlaceholderText(self.tr("the event's city and country"))
        self.certificate_place.setMaxLength(120)
        self.certificate_date = QDateEdit(QDate.currentDate(), objectName="certificate_date")
        self.certificate_date.setCalendarPopup(True)
        self.certificate_date.setDisplayFormat("yyyy-MM-dd")
        # Optional sign-in sheet columns (number, name and signature are always there).
        self.column_boxes: dict[str, QCheckBox] = {}
        for key, text in (("institution", self.tr("Institution")), ("country", self.tr("Country")),
                          ("position", self.tr("Position")), ("email", self.tr("Email")),
                          ("phone", self.tr("Phone"))):
            box = QCheckBox(text, objectName=f"column_{key}")  # ticked as the PDF's default on first refresh
            self.column_boxes[key] = box
        self.export_buttons: dict[str, QPushButton] = {}
        buttons = QGridLayout()
        for index, (kind, text) in enumerate((
                ("signin", self.tr("&Sign-in sheet...")), ("matrix", self.tr("Attendance &matrix...")),
                ("summary", self.tr("Summary &PDF...")), ("certificates", self.tr("Cer&tificates...")),
                ("csv", self.tr("List as C&SV...")), ("xlsx", self.tr("List as &Excel...")))):
            button = QPushButton(text, objectName=f"export_{kind}")
            button.clicked.connect(lambda _checked=False, chosen=kind: self.export(chosen))
            self.export_buttons[kind] = button
            buttons.addWidget(button, index // 3, index % 3)
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("&Open folder"), objectName="open_folder")
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.open_folder)

        self._lay_out(buttons)
        self._enable()
        self._documents_defaults_applied = False
        self.reads = workers.LatestRead(store, self, failed=lambda message: self._say(message, error=True))
        window.data_changed.connect(self.refresh_when_shown)

    def _lay_out(self, buttons: QGridLayout) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Lan&guage:"), buddy=self.language_picker))
        top.addWidget(self.language_picker)
        top.addStretch(1)
        sentence_box = QGroupBox(self.tr("Ready-to-paste sentence"))
        sentence_layout = QGridLayout(sentence_box)
        sentence_layout.addWidget(self.variant_picker, 0, 0)
        sentence_layout.addWidget(self.noun_picker, 0, 1)
        sentence_layout.addWidget(self.copy_button, 0, 2, Qt.AlignmentFlag.AlignRight)
        sentence_layout.addWidget(self.sentence, 1, 0, 1, 3)
        figures = QGroupBox(self.tr("Participants"))
        figures_layout = QVBoxLayout(figures)
        figures_layout.addWidget(self.key_figures)
        figures_layout.addWidget(self.overall_chart)
        figures_layout.addWidget(self.legend)
        figures_layout.addWidget(self.note)
        export_box = QGroupBox(self.tr("Exports"))
        export_layout = QVBoxLayout(export_box)
        options = QFormLayout()
        options.addRow(self.tr("Sign-in sheet &session:"), self.session_picker)
        options.addRow(self.tr("&Blank rows for walk-ins:"), self.blank_rows)
        options.addRow("", self.landscape)
        columns = QGridLayout()  # three a row: five in a line overlapped on a 1024-pixel screen
        for index, box in enumerate(self.column_boxes.values()):
            columns.addWidget(box, index // 3, index % 3)
        options.addRow(self.tr("Sign-in sheet columns:"), columns)
        options.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        issued = QHBoxLayout()
        issued.addWidget(self.certificate_place, 1)
        issued.addWidget(QLabel(self.tr("o&n"), buddy=self.certificate_date))
        issued.addWidget(self.certificate_date)
        options.addRow(QLabel(self.tr("Certificates issued &in:"), buddy=self.certificate_place), issued)
        options.addRow("", self.certificates_zip)
        export_layout.addLayout(options)
        export_layout.addLayout(buttons)
        done = QHBoxLayout()
        done.addWidget(self.message, 1)
        done.addWidget(self.open_folder_button)
        export_layout.addLayout(done)
        # The left column scrolls when the window is small (1024x640) instead of squeezing its boxes.
        left_column = QWidget(objectName="reports_left")
        left = QVBoxLayout(left_column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(sentence_box)
        left.addWidget(figures)
        left.addWidget(export_box)
        left.addStretch(1)
        self.left_scroll = QScrollArea(objectName="reports_scroll")
        self.left_scroll.setWidget(left_column)
        self.left_scroll.setWidgetResizable(True)
        self.left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_scroll.setMinimumWidth(left_column.sizeHint().width() + 20)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        body = QHBoxLayout()
        body.addWidget(self.left_scroll, 2)
        body.addWidget(self.tables, 3)
        layout.addLayout(body)

    # ----------------------------------------------------------------- following the event
    def set_event(self, event_id: str | None) -> None:
        """Show the figures of this event (None: nothing to show)."""
        self.event_id = event_id
        self.refresh_when_shown()  # also after a save elsewhere (a check-in, a registration)

    def _apply_documents_defaults(self) -> None:
        """The legend's colours and the ticked sign-in columns, the PDFs' own (set on first need)."""
        if self._documents_defaults_applied:
            return
        self._documents_defaults_applied = True
        from attendance.documents import layouts as documents

        self.legend.setText(" &nbsp; ".join(
            f'<span style="color:{colour.name()}">&#9632;</span> {text}'
            for colour, text in zip(sex_colours(), (self.tr("Women"), self.tr("Men"), self.tr("Other"),
                                                    self.tr("Not stated")), strict=True)))
        for key, box in self.column_boxes.items():
            box.setChecked(key in documents.DEFAULT_SIGNIN_COLUMNS)

    def language(self) -> str:
        """The language chosen for the sentence, the tables' labels and the exports."""
        return self.language_picker.currentData() or "en"

    def refresh(self) -> None:
        """Recompute the summary (one SQL statement of aggregations) and show it.

        A big event's summary is computed in the worker (it takes ~0.15 s at 20,000 registrations):
        meanwhile another event's figures are never shown, only "Loading...".
        """
        self.stale = False
        self._apply_documents_defaults()
        event_id, language = self.event_id, self.language()
        if event_id is None:
            self.reads.drop()
            self._summarised(None)
            return
        if self.summary is None or self.summary.event.id != event_id:
            self.summary = None
            self._show_figures(loading=True)
            self._enable()
        self.reads.read(lambda store: reports.summarise(store, event_id, language), self._summarised,
                        in_worker=workers.big_event(self.store, event_id))

    def _summarised(self, summary: reports.Summary | None) -> None:
        self.summary = summary
        self._fill_sessions()
        self._show_issue_place()
        self._show_figures()
        self._show_sentence()
        self._enable()

    def _show_issue_place(self) -> None:
        """The certificates' place of issue when none is typed, in grey: the event's city and country."""
        from attendance.documents import layouts as documents

        event = self.summary.event if self.summary else None
        place = documents.issue_place(event.city, event.country, self.language()) if event else ""
        self.certificate_place.setPlaceholderText(place or self.tr("the event's city and country"))

    def _fill_sessions(self) -> None:
        self.session_picker.clear()
        self.session_picker.addItem(self.tr("Every session"), None)
        for session in self.summary.sessions if self.summary else []:
            self.session_picker.addItem(f"{session.label} ({session.date})", session.session_id)

    def _show_figures(self, loading: bool = False) -> None:
        summary, language = self.summary, self.language()
        if summary is None:
            self.key_figures.setText(self.tr("Loading...") if loading
                                     else self.tr("Choose or create an event to see its figures."))
            self.overall_chart.set_rows([])
            self.note.clear()
            for key in self.breakdown_tables:
                self._fill_table(key, [])
            return
        by_sex = summary.by_sex
        self.key_figures.setText(self.tr(
            "{registered} registered, {attended} attended: {female} women, {male} men, {other} other, "
            "{not_stated} not stated. Women: {percent} of those who stated their sex.").format(
                registered=summary.registered, attended=summary.attended, female=by_sex.female, male=by_sex.male,
                other=by_sex.other, not_stated=by_sex.not_stated,
                percent=reports.percent(by_sex.women_percent, language) or "–"))
        self.overall_chart.set_rows([(self.tr("Attended"), by_sex), (self.tr("Registered"),
                                                                     summary.registered_by_sex)])
        self.note.setText(reports.unmatched_note(summary, language))
        self._fill_table("sessions", [(f"{s.label} ({s.date})", s.by_sex) for s in summary.sessions])
        self._fill_table("sectors", [(reports.capitalised(reports.sector_label(r.key, language)), r.by_sex)
                                       for r in summary.by_sector])
        self._fill_table("countries", [(country_name(r.key, language) or in_language("not stated", language), r.by_sex)
                                       for r in summary.by_country])
        self._fill_table("institutions", [(r.key or in_language("not stated", language), r.by_sex)
                                          for r in summary.by_institution])

    def _fill_table(self, key: str, rows: Rows) -> None:
        table = self.breakdown_tables[key]
        table.setRowCount(len(rows))
        for row, (label, counts) in enumerate(rows):
            values = [label, counts.female, counts.male, counts.other, counts.not_stated, counts.total,
                      reports.percent(counts.women_percent, self.language())]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        self.charts[key].set_rows(rows[:12])

    def _show_sentence(self) -> None:
        if self.summary is None:
            self.shown_sentence = ""
        else:
            language = self.language()
            # the funders as the summary PDF states them ("with the support of ..."), so screen and PDF agree
            funders = reports.event_funders(self.store, self.summary.event.id, language)
            said = reports.sentences(self.summary, language, noun=self.noun_picker.currentData(), funders=funders)
            self.shown_sentence = said[self.variant_picker.currentData()]
        self.sentence.setPlainText(self.shown_sentence)

    def copy_sentence(self) -> None:
        """Put the shown sentence on the clipboard, ready to paste into a report or press release."""
        # the sentence itself, not the widget's text: that turns the no-break spaces of "46 %" into spaces
        QGuiApplication.clipboard().setText(self.shown_sentence)
        self._say(self.tr("Sentence copied."))

    # ----------------------------------------------------------------- exports
    def export(self, kind: str, path: str | None = None) -> Job | None:
        """Ask where to save (unless ``path`` is given), then write the export in the worker."""
        if self.event_id is None:
            return None
        event = services.get_event(self.store, self.event_id)
        language = self.language()
        suggestions = {
            "signin": (in_language("Sign-in sheet", language), "pdf"),
            "matrix": (in_language("Attendance matrix", language), "pdf"),
            "summary": (in_language("Attendance summary", language), "pdf"),
            "certificates": (in_language("Certificate of participation", language),
                             "zip" if self.certificates_zip.isChecked() else "pdf"),
            "csv": (in_language("Participants", language), "csv"),
            "xlsx": (in_language("Participants", language), "xlsx"),
        }
        title, suffix = suggestions[kind]
        if path is None:
            folder = remembered_folder(self.window_.settings, EXPORT_FOLDER_KEY)
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as"), str(Path(folder) / f"{event.code} {title}.{suffix}"),
                self.tr("{kind} files (*.{suffix})").format(kind=suffix.upper(), suffix=suffix))
            if not path:
                return None
            remember_folder(self.window_.settings, EXPORT_FOLDER_KEY, path)
        work = self._work(kind, Path(path), language)
        turned = kind == "signin" and signin_turns_landscape(self.signin_columns(), self.landscape.isChecked())
        return self._run(work, Path(path), turned)

    def signin_columns(self) -> list[str]:
        """The sign-in sheet's columns in their usual order: No., name, the ticked ones, signature."""
        self._apply_documents_defaults()
        ticked = [key for key, box in self.column_boxes.items() if box.isChecked()]
        return ["number", "name", *ticked, "signature"]

    def _work(self, kind: str, target: Path, language: str) -> Callable[[Callable[[int, int], None]], Any]:
        """The export as plain data and a function of progress, to run on the worker thread."""
        database, event_id = self.store.path, self.event_id or ""
        session_id = self.session_picker.currentData()
        blank_rows, landscape = self.blank_rows.value(), self.landscape.isChecked()
        columns = self.signin_columns()
        as_zip = self.certificates_zip.isChecked()
        issued_at = self.certificate_place.text().strip() or None
        issued_on = self.certificate_date.date().toString("yyyy-MM-dd")
        noun = self.noun_picker.currentData()

        def work(progress: Callable[[int, int], None]) -> Path:
            # here: fpdf and openpyxl load on the first export
            from attendance.documents import lists as exports
            from attendance.documents import sheets as documents

            with Store(database, verify=False) as store:  # this thread's own connection
                if kind == "signin":
                    return documents.sign_in_sheet(store, event_id, target, language=language, session_id=session_id,
                                                   blank_rows=blank_rows, landscape=landscape, columns=columns,
                                                   progress=progress)
                if kind == "matrix":
                    return documents.attendance_matrix(store, event_id, target, language=language, progress=progress)
                if kind == "summary":
                    return documents.summary_report(store, event_id, target, language=language, noun=noun,
                                                    progress=progress)
                if kind == "certificates":
                    from attendance.documents import certificates

                    return certificates.certificates(store, event_id, target, language=language, as_zip=as_zip,
                                                     issued_on=issued_on, issued_at=issued_at, progress=progress)
                listing = exports.participant_list(store, event_id, language)
                if kind == "csv":
                    return exports.write_csv(listing, target, delimiter=exports.csv_delimiter(store, language))
                return exports.write_xlsx(listing, target)

        return work

    def _run(self, work: Callable[[Callable[[int, int], None]], Any], target: Path, turned: bool = False) -> Job:
        saved = self.tr("Saved {path}")
        if turned:
            saved += " " + self.tr("Printed in landscape: the chosen columns do not fit a portrait page.")
        return self._run_export(work, title=self.tr("Reports"),
                                writing=self.tr("Writing {name}...").format(name=target.name), saved=saved)

    def _enable(self) -> None:
        idle = self.event_id is not None and not self._jobs
        for button in self.export_buttons.values():
            button.setEnabled(idle)
        self.copy_button.setEnabled(self.summary is not None)
