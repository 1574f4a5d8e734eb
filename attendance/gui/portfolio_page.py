"""The Portfolio page: what a selection of events reached, with charts, the sentence to copy and the exports.

Thin by design: every figure comes from :func:`attendance.reports.portfolio.portfolio` (the same
computation as ``attendance portfolio`` and its files), the files from
:mod:`attendance.documents.portfolio`. Both run in a :class:`~attendance.gui.workers.Job` with its own
connection to the database file (an SQLite connection stays in its thread): over hundreds of events
the computation reads hundreds of thousands of check-ins, which must not freeze the window. A
result that arrives after the filters changed again is dropped (only the latest one is shown).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QRectF, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from attendance import organisations, settings
from attendance.domain import EventKind, Modality
from attendance.gui.models import TitledTableModel, value_label
from attendance.gui.reports_page import SexBarChart, sex_colours
from attendance.gui.widgets import (
    DeferredPage,
    SavedFileMessages,
    picked_country,
    remember_folder,
    remembered_folder,
    setup_country_picker,
)
from attendance.gui.workers import Job
from attendance.i18n import LANGUAGES, country_name
from attendance.reports import portfolio as reports
from attendance.reports.summary import SexCounts, percent
from attendance.store import Store

if TYPE_CHECKING:
    from attendance.gui.main_window import MainWindow

AnyIndex = QModelIndex | QPersistentModelIndex
EXPORT_FOLDER_KEY = "folders/portfolio"  # where the last portfolio export went
ANY_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any": no bound on that side


def _sex_values(counts: SexCounts) -> tuple[int, int, int, int]:
    return counts.female, counts.male, counts.other, counts.not_stated


class GroupsModel(TitledTableModel):
    """Individuals of each country, sector, institution, year or quarter, by sex (one breakdown)."""

    def __init__(self, first_title: str, *, with_activities: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.first_title = first_title
        self.with_activities = with_activities
        self.groups: list[reports.Group] = []
        self.language = "en"

    def set_groups(self, groups: list[reports.Group], language: str) -> None:
        """Show these groups (percentages written for ``language``)."""
        self.beginResetModel()
        self.groups, self.language = groups, language
        self.endResetModel()

    def titles(self) -> tuple[str, ...]:
        """Column titles, translated."""
        sexes = (self.tr("Women"), self.tr("Men"), self.tr("Other"), self.tr("Not stated"))
        first = (self.first_title, self.tr("Activities")) if self.with_activities else (self.first_title,)
        return (*first, *sexes, self.tr("Individuals"), self.tr("% women"))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Number of groups."""
        return 0 if parent.isValid() else len(self.groups)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The group's label and counts."""
        group = self.groups[index.row()]
        cells: list[Any] = [group.label or self.tr("(not stated)")]
        if self.with_activities:
            cells.append(group.activities)
        cells += [*_sex_values(group.by_sex), group.individuals, percent(group.by_sex.women_percent, self.language)]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ActivitiesModel(TitledTableModel):
    """The selected activities: code, title, dates, country, participants attended, women."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.activities: list[reports.Activity] = []
        self.language = "en"

    def set_activities(self, activities: list[reports.Activity], language: str) -> None:
        """Show these activities (countries named in ``language``)."""
        self.beginResetModel()
        self.activities, self.language = activities, language
        self.endResetModel()

    def titles(self) -> tuple[str, ...]:
        """Column titles, translated."""
        return (self.tr("Code"), self.tr("Title"), self.tr("Start"), self.tr("End"), self.tr("Country"),
                self.tr("Attended"), self.tr("Women"))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Number of activities."""
        return 0 if parent.isValid() else len(self.activities)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One activity's cell."""
        activity = self.activities[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (activity.code, activity.title, activity.start_date or "", activity.end_date or "",
                    country_name(activity.country, self.language) if activity.country else "",
                    activity.attended, activity.by_sex.female)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class YearChart(QWidget):
    """Vertical bars of individuals per year, stacked by sex, with totals, year labels and a legend."""

    LEGEND, AXIS = 22, 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[reports.Group] = []
        self.setMinimumSize(220, 170)

    def set_groups(self, groups: list[reports.Group]) -> None:
        """Draw these years."""
        self.groups = groups
        self.update()

    def legend_texts(self) -> list[str]:
        """The legend's words, in the colours' order."""
        return [self.tr("Women"), self.tr("Men"), self.tr("Other"), self.tr("Not stated")]

    def paintEvent(self, _event: object) -> None:
        """Legend on top, then one stacked column per year, its total above and its year below."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().text().color()
        metrics = painter.fontMetrics()
        x = 4.0
        for colour, text in zip(sex_colours(), self.legend_texts(), strict=True):
            painter.fillRect(QRectF(x, 6, 10, 10), colour)
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + 14, 0, metrics.horizontalAdvance(text) + 4, 22),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += 14 + metrics.horizontalAdvance(text) + 14
        if not self.groups:
            painter.end()
            return
        top, bottom = self.LEGEND + metrics.height() + 4, self.height() - self.AXIS
        tallest = max(group.individuals for group in self.groups) or 1
        scale = max(1, bottom - top) / tallest
        slot = max(1.0, (self.width() - 8) / len(self.groups))
        width = min(60.0, slot * 0.6)
        painter.setPen(text_colour)
        painter.drawLine(4, bottom, self.width() - 4, bottom)
        for index, group in enumerate(self.groups):
            left = 4 + index * slot + (slot - width) / 2
            y = float(bottom)
            for colour, value in zip(sex_colours(), _sex_values(group.by_sex), strict=True):
                if value:
                    painter.fillRect(QRectF(left, y - value * scale, width, value * scale), colour)
                    y -= value * scale
            painter.setPen(text_colour)
            painter.drawText(QRectF(left - 20, y - metrics.height() - 2, width + 40, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, str(group.individuals))
            painter.drawText(QRectF(4 + index * slot, bottom + 2, slot, self.AXIS - 2),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, group.label)
        painter.end()


class PortfolioPage(SavedFileMessages, DeferredPage):
    """Filters over every event, the portfolio's figures, charts, tables, sentence and exports."""

    def __init__(self, store: Store, window: MainWindow) -> None:
        super().__init__()
        self.store = store
        self.window_ = window
        self.thread_pool = QThreadPool.globalInstance()
        self._jobs: list[Job] = []  # kept alive until their signals have been delivered
        self._generation = 0  # which computation's result to show (older ones are dropped)
        self.result: reports.Portfolio | None = None
        self.shown_sentence = ""
        self.last_saved: Path | None = None
        self.setWindowTitle(self.tr("Portfolio"))

        # filters
        self.date_from = self._date_edit("date_from")
        self.date_to = self._date_edit("date_to")
        self.project_picker = QComboBox(objectName="project_picker")
        self.funder_picker = QComboBox(objectName="funder_picker")
        self.partner_picker = QComboBox(objectName="partner_picker")
        self.organiser_picker = QComboBox(objectName="organiser_picker")
        self.country_picker = QComboBox(objectName="country_picker")
        setup_country_picker(self.country_picker, getattr(window, "language", "en"))
        self.kind_picker = QComboBox(objectName="kind_picker")
        self.kind_picker.addItem(self.tr("Any"), None)
        for kind in EventKind:
            self.kind_picker.addItem(value_label(kind.value), kind.value)
        self.modality_picker = QComboBox(objectName="modality_picker")
        self.modality_picker.addItem(self.tr("Any"), None)
        for modality in Modality:
            self.modality_picker.addItem(value_label(modality.value), modality.value)
        self.language_picker = QComboBox(objectName="language_picker")
        for code, name in LANGUAGES.items():
            self.language_picker.addItem(name, code)
        # As on the Reports page: the default report language and noun (settings), else the window's language.
        language = settings.value(store, settings.REPORT_LANGUAGE) or getattr(window, "language", "en")
        self.language_picker.setCurrentIndex(max(0, self.language_picker.findData(language)))
        self.noun_picker = QComboBox(objectName="noun_picker")
        for noun, text in (("participants", self.tr("participants")), ("officials", self.tr("officials")),
                           ("representatives", self.tr("representatives"))):
            self.noun_picker.addItem(text, noun)
        self.noun_picker.setCurrentIndex(max(0, self.noun_picker.findData(settings.value(store, settings.REPORT_NOUN))))
        self.apply_button = QPushButton(self.tr("&Apply"), objectName="apply_button")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.refresh)
        self.clear_button = QPushButton(self.tr("C&lear filters"), objectName="clear_button")
        self.clear_button.clicked.connect(self.clear_filters)
        for combo in (self.project_picker, self.funder_picker, self.partner_picker, self.organiser_picker,
                      self.kind_picker, self.modality_picker, self.language_picker):
            combo.activated.connect(self.refresh)
        self.noun_picker.activated.connect(self.refresh)

        # figures
        self.figures: dict[str, QLabel] = {}
        for key in ("activities", "participations", "individuals", "women", "repeat"):
            label = QLabel(objectName=f"figure_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.figures[key] = label
        self.status = QLabel(objectName="status")
        self.status.setWordWrap(True)

        # sentence
        self.sentence = QPlainTextEdit(objectName="sentence")
        self.sentence.setReadOnly(True)
        self.sentence.setMaximumHeight(64)
        self.copy_button = QPushButton(self.tr("&Copy"), objectName="copy_button")
        self.copy_button.clicked.connect(self.copy_sentence)

        # charts and tables
        self.year_chart = YearChart(self)
        self.country_chart = SexBarChart(self)
        self.country_chart.LABEL_WIDTH = 130
        self.activities_model = ActivitiesModel(self)
        self.group_models = {
            "country": GroupsModel(self.tr("Country"), parent=self),
            "sector": GroupsModel(self.tr("Sector"), parent=self),
            "institution": GroupsModel(self.tr("Institution"), parent=self),
            "year": GroupsModel(self.tr("Year"), with_activities=True, parent=self),
            "quarter": GroupsModel(self.tr("Quarter"), with_activities=True, parent=self),
        }
        self.tables = QTabWidget(objectName="breakdowns")
        self.views: dict[str, QTableView] = {}
        for key, model, title in (
                ("activities", self.activities_model, self.tr("Activities")),
                ("country", self.group_models["country"], self.tr("By country")),
                ("sector", self.group_models["sector"], self.tr("By sector")),
                ("institution", self.group_models["institution"], self.tr("By institution")),
                ("year", self.group_models["year"], self.tr("By year")),
                ("quarter", self.group_models["quarter"], self.tr("By quarter"))):
            view = QTableView(objectName=f"{key}_table")
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.verticalHeader().hide()
            view.setAccessibleName(title)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1 if key == "activities" else 0, QHeaderView.ResizeMode.Stretch)
            self.tables.addTab(view, title)
            self.views[key] = view
        self.tables.setAccessibleName(self.tr("Breakdowns"))

        # exports
        self.export_buttons: dict[str, QPushButton] = {}
        for kind, text in (("xlsx", self.tr("&Excel workbook...")), ("pdf", self.tr("&PDF report...")),
                           ("csv", self.tr("C&SV of participations..."))):
            button = QPushButton(text, objectName=f"export_{kind}")
            button.clicked.connect(lambda _checked=False, chosen=kind: self.export(chosen))
            self.export_buttons[kind] = button
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("&Open folder"), objectName="open_folder")
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.open_folder)

        self._lay_out()
        self._fill_choices()
        self._enable()
        window.data_changed.connect(self._data_changed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("any"))  # shown at the minimum: no bound
        edit.setDate(ANY_DATE)
        edit.editingFinished.connect(self.refresh)
        return edit

    def _lay_out(self) -> None:
        filters = QGroupBox(self.tr("Events"))
        grid = QGridLayout(filters)
        cells = ((self.tr("&From:"), self.date_from), (self.tr("&To:"), self.date_to),
                 (self.tr("Pro&ject:"), self.project_picker), (self.tr("F&under:"), self.funder_picker),
                 (self.tr("Pa&rtner:"), self.partner_picker), (self.tr("Or&ganiser:"), self.organiser_picker),
                 (self.tr("Cou&ntry:"), self.country_picker), (self.tr("&Kind:"), self.kind_picker),
                 (self.tr("&Modality:"), self.modality_picker), (self.tr("Lan&guage:"), self.language_picker),
                 (self.tr("Peop&le are:"), self.noun_picker))
        for _text, field in cells:
            if isinstance(field, QComboBox):
                # Long organisation and country names must not widen the page past a small laptop's screen.
                field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                field.setMinimumContentsLength(10)
        columns = 4  # four filters a row: two rows and a half fit 1024 pixels
        for index, (text, field) in enumerate(cells):
            row, column = divmod(index, columns)
            grid.addWidget(QLabel(text, buddy=field), row, 2 * column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(field, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.apply_button)
        grid.addLayout(buttons, len(cells) // columns, 2 * (len(cells) % columns), 1, 2)

        figures = QGroupBox(self.tr("Reached"))
        figures_layout = QVBoxLayout(figures)
        for label in self.figures.values():
            figures_layout.addWidget(label)
        figures_layout.addWidget(self.status)
        figures_layout.addStretch(1)
        sentence_box = QGroupBox(self.tr("Ready-to-paste sentence"))
        sentence_layout = QHBoxLayout(sentence_box)
        sentence_layout.addWidget(self.sentence, 1)
        sentence_layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        export_box = QGroupBox(self.tr("Exports"))
        export_layout = QHBoxLayout(export_box)
        for button in self.export_buttons.values():
            export_layout.addWidget(button)
        export_layout.addWidget(self.message, 1)
        export_layout.addWidget(self.open_folder_button)

        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(figures, 2)
        year_box = QGroupBox(self.tr("Individuals by year and sex"))
        QVBoxLayout(year_box).addWidget(self.year_chart)
        charts_layout.addWidget(year_box, 3)
        country_box = QGroupBox(self.tr("Individuals by country"))
        QVBoxLayout(country_box).addWidget(self.country_chart)
        charts_layout.addWidget(country_box, 3)
        # Charts above, tables below; the user can give either more room (1024x640 is tight).
        body = QSplitter(Qt.Orientation.Vertical, objectName="portfolio_splitter")
        body.addWidget(charts)
        body.addWidget(self.tables)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setChildrenCollapsible(False)

        # Everything in a scroll area: on a 1024x640 laptop the page scrolls instead of squeezing the tables away.
        content = QWidget(objectName="portfolio_content")
        layout = QVBoxLayout(content)
        scroll = QScrollArea(objectName="portfolio_scroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout.addWidget(filters)
        layout.addWidget(sentence_box)
        layout.addWidget(body, 1)
        layout.addWidget(export_box)

    # ----------------------------------------------------------------- filters
    def _fill_choices(self) -> None:
        """Projects and organisations in the combos (kept selected across a refill)."""
        language = self.language()
        chosen = {combo: combo.currentData() for combo in (self.project_picker, self.funder_picker,
                                                           self.partner_picker, self.organiser_picker)}
        self.project_picker.clear()
        self.project_picker.addItem(self.tr("Any"), None)
        for project in organisations.list_projects(self.store):
            self.project_picker.addItem(f"{project.code} — {project.title}", project.code)
        listed = sorted(organisations.list_organisations(self.store),
                        key=lambda org: organisations.organisation_name(org, language).casefold())
        for combo in (self.funder_picker, self.partner_picker, self.organiser_picker):
            combo.clear()
            combo.addItem(self.tr("Any"), None)
            for org in listed:
                name = organisations.organisation_name(org, language)
                combo.addItem(f"{name} ({org.acronym})" if org.acronym and org.acronym != name else name, org.name_en)
        for combo, data in chosen.items():
            combo.setCurrentIndex(max(0, combo.findData(data)))

    def filters(self) -> reports.Filters:
        """The filters as chosen on the page."""
        def day(edit: QDateEdit) -> str | None:
            return None if edit.date() == ANY_DATE else edit.date().toString("yyyy-MM-dd")

        return reports.Filters(
            date_from=day(self.date_from), date_to=day(self.date_to), project=self.project_picker.currentData(),
            funder=self.funder_picker.currentData(), partner=self.partner_picker.currentData(),
            organiser=self.organiser_picker.currentData(), country=picked_country(self.country_picker),
            kind=self.kind_picker.currentData(), modality=self.modality_picker.currentData())

    def clear_filters(self) -> None:
        """Every filter back to "any", then recompute."""
        for edit in (self.date_from, self.date_to):
            edit.setDate(ANY_DATE)
        for combo in (self.project_picker, self.funder_picker, self.partner_picker, self.organiser_picker,
                      self.kind_picker, self.modality_picker, self.country_picker):
            combo.setCurrentIndex(0)
        self.refresh()

    def language(self) -> str:
        """The language of the sentence, the tables' names and the exports."""
        return self.language_picker.currentData() or "en"

    def noun(self) -> str:
        """What the sentence calls people."""
        return self.noun_picker.currentData() or "participants"

    def set_event(self, _event_id: str | None) -> None:
        """The portfolio spans events: the selected one does not change it."""

    def _data_changed(self) -> None:
        self._fill_choices()
        self.refresh_when_shown()

    # ----------------------------------------------------------------- computing
    def refresh(self) -> None:
        """Compute the portfolio of the chosen filters in the worker; the latest result is shown."""
        self.stale = False
        self._generation += 1
        generation = self._generation
        database, filters, language, noun = self.store.path, self.filters(), self.language(), self.noun()

        def work(_progress: Callable[[int, int], None]) -> tuple[reports.Portfolio, str]:
            with Store(database, verify=False) as store:  # this thread's own connection
                result = reports.portfolio(store, filters, language)
                return result, reports.sentence(store, result, language, noun=noun)

        job = Job(work)
        self._jobs.append(job)

        def finish(outcome: tuple[reports.Portfolio, str] | None = None, message: str | None = None) -> None:
            self._jobs.remove(job)
            if generation != self._generation:
                return  # the filters changed meanwhile: a newer computation is on its way
            self._enable()
            if message is not None:
                self._show_error(message)
            elif outcome is not None:
                self._show(*outcome, language)

        job.signals.finished.connect(lambda outcome: finish(outcome))
        job.signals.failed.connect(lambda message: finish(message=message))
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Counting..."))
        self._enable()
        self.thread_pool.start(job)

    def busy(self) -> bool:
        """Whether a computation or an export is still running."""
        return bool(self._jobs)

    def _show_error(self, message: str) -> None:
        self.result = None
        self.shown_sentence = ""
        self.sentence.clear()
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(message)
        self._enable()

    def _show(self, result: reports.Portfolio, said: str, language: str) -> None:
        self.result = result
        self.status.setText("")
        people = result.individuals_by_sex
        share = percent(people.women_percent, language) or "–"
        self.figures["activities"].setText(self.tr("<b>%n</b> activities", "", len(result.activities)))
        self.figures["participations"].setText(self.tr("<b>%n</b> participations", "", result.participations))
        self.figures["individuals"].setText(
            self.tr("<b>%n</b> individuals", "", result.individuals) + " " + self.tr(
                "({female} women, {male} men, {other} other, {not_stated} not stated)").format(
                female=people.female, male=people.male, other=people.other, not_stated=people.not_stated))
        self.figures["women"].setText(self.tr("<b>{percent}</b> women of those who stated their sex").format(
            percent=share))
        self.figures["repeat"].setText(self.tr("<b>%n</b> attended two or more activities", "",
                                               result.repeat_individuals))
        self.activities_model.set_activities(result.activities, language)
        for key, groups in (("country", result.by_country), ("sector", result.by_sector),
                            ("institution", result.by_institution), ("year", result.by_year),
                            ("quarter", result.by_quarter)):
            self.group_models[key].set_groups(groups, language)
        self.year_chart.set_groups(result.by_year)
        self.country_chart.set_rows([(group.label or self.tr("(not stated)"), group.by_sex)
                                     for group in result.by_country])
        self.shown_sentence = said
        self.sentence.setPlainText(said)
        self._enable()

    def copy_sentence(self) -> None:
        """Put the sentence on the clipboard."""
        if self.shown_sentence:
            QGuiApplication.clipboard().setText(self.shown_sentence)
            self._say(self.tr("Sentence copied."))

    # ----------------------------------------------------------------- exports
    def export(self, kind: str, path: str | None = None) -> Job | None:
        """Ask where to save (unless ``path`` is given), then write the export in the worker."""
        if self.result is None:
            return None
        if path is None:
            folder = remembered_folder(self.window_.settings, EXPORT_FOLDER_KEY)
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as"), str(Path(folder) / f"{self.tr('Portfolio')}.{kind}"),
                self.tr("{kind} files (*.{suffix})").format(kind=kind.upper(), suffix=kind))
            if not path:
                return None
            remember_folder(self.window_.settings, EXPORT_FOLDER_KEY, path)
        target = Path(path)
        database, filters, language, noun = self.store.path, self.result.filters, self.language(), self.noun()

        def work(progress: Callable[[int, int], None]) -> Path:
            from attendance.documents import portfolio as documents  # fpdf and openpyxl load on first export

            with Store(database, verify=False) as store:  # this thread's own connection
                result = reports.portfolio(store, filters, language)
                if kind == "xlsx":
                    return documents.write_xlsx(store, result, target, language, progress=progress)
                if kind == "pdf":
                    return documents.write_pdf(store, result, target, language, noun=noun, progress=progress)
                return documents.write_csv(result, target, language, progress=progress)

        return self._run_export(work, title=self.tr("Portfolio"),
                                writing=self.tr("Writing {name}...").format(name=target.name),
                                saved=self.tr("Saved {path}"))

    def _enable(self) -> None:
        ready = self.result is not None and not self._jobs
        for button in self.export_buttons.values():
            button.setEnabled(ready)
        self.copy_button.setEnabled(bool(self.shown_sentence) and self.result is not None)
