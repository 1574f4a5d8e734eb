"""The Badges page: choose a layout and whose badges, see the first page, save a PDF or print.

The core plans every page in millimetres (:mod:`attendance.documents.badge_sheets`); the PDF is drawn from
those plans by fpdf2, and the preview and printing draw the very same plans with QPainter
(:func:`paint_page`). That keeps the preview exact and offline with no PDF renderer (QtPdf is not
in PySide6-Essentials, and poppler is not on a Windows laptop), and prints as vectors.

The preview's first page is planned and drawn in the worker over its own read-only connection (an SQLite
connection stays in its thread), and a big event's list is read there too, so opening the page
never waits for the PDF library or 20,000 rows. Saving and printing read the badges and generate
in a worker too, reporting progress by signals to a QProgressDialog. Badges are marked printed only
after the file is written or the printer accepted the pages. Other pages print one badge with
``window.page(BadgesPage).reprint_badge(registration_id)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
)

from attendance import assets, services
from attendance.domain import AttendanceError
from attendance.gui import workers
from attendance.gui.models import ParticipantsModel, ParticipantsProxy
from attendance.gui.widgets import DeferredPage
from attendance.gui.workers import Job, Progress, run_behind_progress
from attendance.i18n import tr
from attendance.store import Store

if TYPE_CHECKING:  # QtPrintSupport is loaded when printing, not at the window's start (~20 ms)
    from PySide6.QtPrintSupport import QPrinter

    from attendance.documents.badge_sheets import BadgeBatch, BadgeContent, BadgeLayout, EventHeader, PagePlan
    from attendance.domain import Event
    from attendance.gui.main_window import MainWindow

MIN_PREVIEW_DPI, MAX_PREVIEW_DPI = 50, 300
LAYOUT_SETTING = "badges/layout"


# --------------------------------------------------------------------------- drawing with QPainter
@cache
def badge_font_family() -> str:
    """The bundled DejaVu Sans registered with Qt (the same font the PDF uses)."""
    family = ""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(assets.font(name)))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family or "DejaVu Sans"


def paint_page(painter: QPainter, page: PagePlan, dots_per_mm: float) -> None:
    """Draw one planned page with QPainter at ``dots_per_mm`` (device pixels per millimetre).

    Fonts are set in points, which Qt converts with the device's own resolution, so the text has
    the size the plan measured it at.
    """
    def rect(x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * dots_per_mm, y * dots_per_mm, w * dots_per_mm, h * dots_per_mm)

    painter.save()
    if page.cut_marks:
        painter.setPen(QPen(QColor(0, 0, 0), 0.2 * dots_per_mm))
        for x1, y1, x2, y2 in page.cut_marks:
            painter.drawLine(QPointF(x1 * dots_per_mm, y1 * dots_per_mm), QPointF(x2 * dots_per_mm, y2 * dots_per_mm))
    for x, y, badge in page.badges:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for path, box in badge.logos:
            painter.drawImage(rect(x + box.x, y + box.y, box.w, box.h), QImage(str(path)))
        if badge.ribbon:
            r = badge.ribbon
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(*badge.ribbon_colour))
            painter.drawRoundedRect(rect(x + r.x, y + r.y, r.w, r.h), 1.5 * dots_per_mm, 1.5 * dots_per_mm)
        for block in badge.texts:
            font = QFont(badge_font_family())
            font.setBold(block.bold)
            font.setPointSizeF(block.size)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            painter.setFont(font)
            painter.setPen(QColor(*block.colour))
            metrics = QFontMetricsF(font, painter.device())
            for line, baseline in zip(block.lines, block.baselines(), strict=True):
                left = (x + block.box.x) * dots_per_mm
                if block.centred:
                    left += (block.box.w * dots_per_mm - metrics.horizontalAdvance(line)) / 2
                painter.drawText(QPointF(left, (y + baseline) * dots_per_mm), line)
        # QR squares edge to edge: no antialiasing, or hairline gaps show between runs.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for square in badge.qr_squares(x, y):
            painter.fillRect(rect(square.x, square.y, square.w, square.h), QColor(0, 0, 0))
    painter.restore()


def page_image(page: PagePlan, dpi: float) -> QImage:
    """A planned page drawn on a white image at ``dpi`` (the preview)."""
    dots_per_mm = dpi / 25.4
    image = QImage(round(page.width * dots_per_mm), round(page.height * dots_per_mm), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dots_per_mm * 1000))
    image.setDotsPerMeterY(round(dots_per_mm * 1000))
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    paint_page(painter, page, dots_per_mm)
    painter.end()
    return image


def printer_for(layout: BadgeLayout, printer: QPrinter | None = None) -> QPrinter:
    """A printer (new, or the one given) set to the layout's paper, whole page addressable."""
    from PySide6.QtPrintSupport import QPrinter

    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    size = QPageSize(QSizeF(layout.page_width, layout.page_height), QPageSize.Unit.Millimeter, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout.Unit.Millimeter))
    return printer


def print_pages(printer: QPrinter, pages: Sequence[PagePlan]) -> bool:
    """Send planned pages to a printer as vectors; False if the printer refused to start or finish."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    dots_per_mm = printer.resolution() / 25.4
    for number, page in enumerate(pages):
        if number and not printer.newPage():
            painter.end()
            return False
        paint_page(painter, page, dots_per_mm)
    return painter.end()


# --------------------------------------------------------------------------- the page
@dataclass(frozen=True)
class Chosen:
    """What to print: these registrations (None: every one), maybe only those never printed, and how
    many badges that is when already known (the preview counted them)."""

    registration_ids: list[str] | None
    only_not_printed: bool
    known: int | None


@dataclass(frozen=True)
class Preview:
    """What the preview shows, planned in the worker: how many badges, and the first page's plan."""

    event_id: str
    selection: tuple[str, tuple[str, ...] | None, bool]  # the event, the registrations chosen, only not printed
    layout: BadgeLayout
    badges: int
    printed: int
    first_page: PagePlan | None
    image: QImage | None  # the first page drawn at the preview's resolution


class BadgesPage(DeferredPage):
    """Badges of the selected event: layout, selection, preview, Save PDF and Print."""

    ALL, SELECTED, NOT_PRINTED = range(3)

    def __init__(self, store: Store, window: MainWindow) -> None:
        super().__init__()
        self.store = store
        self.window_ = window
        self.event_id: str | None = None
        self._jobs: list[Job] = []  # kept alive until their signals have been delivered
        self._preview_image: QImage | None = None
        self._shown_preview: Preview | None = None  # what the summary and preview show
        self.rows = workers.LatestRead(store, self, failed=lambda message: self._say(message, error=True))
        self.previews = workers.LatestRead(store, self, failed=lambda message: self._say(message, error=True))
        self.setWindowTitle(self.tr("Badges"))

        self.layout_picker = QComboBox(objectName="layout_picker")  # filled by _fill_layouts (imports fpdf)
        self.layout_picker.currentIndexChanged.connect(self._layout_changed)

        self.all_button = QRadioButton(self.tr("&All badges"), objectName="all_button")
        self.selected_button = QRadioButton(self.tr("&Selected rows"), objectName="selected_button")
        self.not_printed_button = QRadioButton(self.tr("&Not yet printed"), objectName="not_printed_button")
        self.selection_mode = QButtonGroup(self)
        for mode, button in ((self.ALL, self.all_button), (self.SELECTED, self.selected_button),
                             (self.NOT_PRINTED, self.not_printed_button)):
            self.selection_mode.addButton(button, mode)
        self.all_button.setChecked(True)
        self.selection_mode.idToggled.connect(lambda _id, checked: checked and self.update_preview())

        self.search = QLineEdit(objectName="badge_search")
        self.search.setPlaceholderText(self.tr("Search by name, institution, email or country"))
        self.search.setClearButtonEnabled(True)
        self.model = ParticipantsModel(self)
        self.proxy = ParticipantsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search_text)
        self.table = QTableView(objectName="badge_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ParticipantsModel.FAMILY_NAMES, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for column in (ParticipantsModel.SEX, ParticipantsModel.SESSIONS):
            self.table.hideColumn(column)  # not a badge matter; sex is never printed
        self.table.horizontalHeader().setSectionResizeMode(ParticipantsModel.INSTITUTION,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._rows_selected)

        self.preview = QLabel(objectName="preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(380, 420)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("QLabel#preview { background: #8a8a8a; }")
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)

        self.save_button = QPushButton(self.tr("Save &PDF..."), objectName="save_button")
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button = QPushButton(self.tr("P&rint..."), objectName="print_button")
        self.print_button.clicked.connect(lambda: self.print_badges())

        options = QGridLayout()
        options.addWidget(QLabel(self.tr("&Layout:"), buddy=self.layout_picker), 0, 0)
        options.addWidget(self.layout_picker, 0, 1, 1, 3)
        options.addWidget(QLabel(self.tr("Print:")), 1, 0)
        options.addWidget(self.all_button, 1, 1)
        options.addWidget(self.selected_button, 1, 2)
        options.addWidget(self.not_printed_button, 1, 3)
        left = QVBoxLayout()
        left.addLayout(options)
        left.addWidget(self.search)
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        left.addLayout(buttons)
        left.addWidget(self.message)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        page = QHBoxLayout(self)
        page.addLayout(left, 3)
        page.addLayout(right, 2)
        window.data_changed.connect(self.reload)
        self._enable()

    def _fill_layouts(self) -> None:
        """Fill the layout picker once, on first need (the layouts are plain data, no PDF library)."""
        if self.layout_picker.count():
            return
        from attendance.documents import layouts

        self.layout_picker.blockSignals(True)
        for name, layout in layouts.LAYOUTS.items():
            self.layout_picker.addItem(tr(layout.description), name)
        saved = self.window_.settings.value(LAYOUT_SETTING)
        if isinstance(saved, str) and saved in layouts.LAYOUTS:
            self.layout_picker.setCurrentIndex(self.layout_picker.findData(saved))
        self.layout_picker.blockSignals(False)

    # ----------------------------------------------------------------- the page contract
    def set_event(self, event_id: str | None) -> None:
        """Show the badges of this event (none of the previous one's while they load)."""
        if event_id != self.event_id:
            self.rows.drop()
            self.model.set_rows([])
        self.event_id = event_id
        self.reload()

    def reload(self) -> None:
        """Read the participants again and redraw the preview (after a save anywhere).

        A hidden page waits until it is shown: scans at the door save often, and nobody needs
        badges redrawn behind the check-in page.
        """
        self.refresh_when_shown()

    def refresh(self) -> None:
        """Read the participants (in the worker for a big event) and redraw the preview."""
        self._fill_layouts()
        self._enable()
        if self.event_id is None:
            self.rows.drop()
            self.model.set_rows([])
        else:
            event_id, model = self.event_id, self.model
            self.rows.read(lambda store: model.prepare(services.participants(store, event_id)),
                           self.model.set_prepared, in_worker=workers.big_event(self.store, event_id))
        self.update_preview()

    # ----------------------------------------------------------------- what to print
    def current_layout(self) -> BadgeLayout:
        """The layout chosen in the picker."""
        from attendance.documents import layouts

        self._fill_layouts()
        return layouts.LAYOUTS[self.layout_picker.currentData()]

    def selected_registration_ids(self) -> list[str]:
        """The registrations of the rows selected in the table, in the table's order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.participant(row).registration_id for row in rows]

    def _chosen_ids(self) -> tuple[list[str] | None, bool]:
        """What the selection mode names: (the selected registrations or None for all, only not printed)."""
        mode = self.selection_mode.checkedId()
        return (self.selected_registration_ids() if mode == self.SELECTED else None), mode == self.NOT_PRINTED

    def update_preview(self) -> None:
        """Plan and draw the first page of what would print now in the worker, then show it and say
        how many badges and pages that is.

        Planning loads the PDF library and its fonts (~0.8 s the first time) and a big event's badges
        take a while to count, so neither holds the window; until the plan comes back the preview
        says "Loading...", and a plan for a selection or event the page has since left is dropped.
        """
        self._preview_image = None
        if self.event_id is None:
            self.previews.drop()
            self._shown_preview = None
            self.preview.clear()
            self.summary.setText(self.tr("No event selected."))
            return
        if self._shown_preview is None or self._shown_preview.event_id != self.event_id:
            # another event's figures never stay up meanwhile
            self.preview.clear()
            self.preview.setText(self.tr("Loading..."))
            self.summary.setText(self.tr("Loading..."))
        chosen, only_not_printed = self._chosen_ids()
        event_id, layout = self.event_id, self.current_layout()
        selection = (event_id, None if chosen is None else tuple(chosen), only_not_printed)
        # Drawn at the resolution that fills the preview (a CR80 card is small, an A4 sheet large).
        fitting = min(self.preview.width() / layout.page_width, self.preview.height() / layout.page_height) * 25.4
        dpi = min(max(fitting, MIN_PREVIEW_DPI), MAX_PREVIEW_DPI) * self.devicePixelRatioF()
        badge_font_family()  # registered with Qt here, on the GUI thread; the worker only paints with it

        def work(store: Store) -> Preview:
            from attendance.documents import badge_sheets

            event = services.get_event(store, event_id)
            total, first = badge_sheets.first_badges(store, event, layout.per_page, registration_ids=chosen,
                                                     only_not_printed=only_not_printed)
            printed = store.scalar("SELECT count(*) FROM registrations WHERE event_id = ? AND deleted_at IS NULL "
                                   "AND status = 'registered' AND badge_printed_at IS NOT NULL", [event_id])
            page = badge_sheets.plan_sheets(layout, badge_sheets.event_header(store, event), first)[0] \
                if first else None
            # Painting a QImage is allowed in any thread; at ~0.2 s a page it is the worker's job too.
            return Preview(event_id, selection, layout, total, printed, page, page_image(page, dpi) if page else None)

        self.previews.read(work, self._show_planned, imports=("attendance.documents.badge_sheets",))

    def _show_planned(self, planned: Preview) -> None:
        """Show a plan made by :meth:`update_preview`'s worker."""
        self._shown_preview = planned
        layout = planned.layout
        pages = -(-planned.badges // layout.per_page)
        self.summary.setText(self.tr("{badges} on {pages}. {printed} printed before.").format(
            badges=self.tr("%n badges", "", planned.badges), pages=self.tr("%n pages", "", pages),
            printed=planned.printed))
        self._enable()
        if planned.image is None:
            self.preview.setText(self.tr("Nothing to print with this selection."))
            return
        self._preview_image = planned.image
        self._show_preview()

    # ----------------------------------------------------------------- save and print
    def save_pdf(self, path: str | None = None) -> Job | None:
        """Ask where (unless ``path`` is given), read and generate in the worker, write, mark printed."""
        chosen = self._what_to_print()
        if chosen is None or self.event_id is None:
            return None
        event = services.get_event(self.store, self.event_id)
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save badges"), f"badges-{event.code}.pdf",
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        layout = self.current_layout()

        def saved(batch: BadgeBatch) -> None:
            from attendance.documents import badge_sheets  # loaded by the worker already

            try:
                badge_sheets.write_file_atomically(Path(path), batch.pdf)
                badge_sheets.mark_badges_printed(self.store, batch.registration_ids)
            except AttendanceError as error:
                self._say(str(error), error=True)
                return
            self._say(self.tr("Saved %n badges to {path}.", "", len(batch.registration_ids)).format(path=path))
            self.window_.notify_data_changed()

        return self._run(self._read_then(event, chosen, lambda sheets, header, contents, progress:
                                         sheets.render_badges(layout, header, contents, progress=progress)),
                         chosen.known, saved)

    def print_badges(self, registration_ids: Sequence[str] | None = None) -> Job | None:
        """Print the selection (or these registrations): ask for a printer, read and plan in the worker, print."""
        chosen = self._what_to_print(registration_ids)
        if chosen is None or self.event_id is None:
            return None
        event, layout = services.get_event(self.store, self.event_id), self.current_layout()
        printer = self.ask_printer(layout)
        if printer is None:
            return None

        def planned(pages: list[PagePlan]) -> None:
            from attendance.documents import badge_sheets  # loaded by the worker already

            if not print_pages(printer, pages):
                self._say(self.tr("The printer did not accept the badges; nothing was marked printed."),
                          error=True)
                return
            ids = [rid for page in pages for rid in page.registration_ids]
            try:
                badge_sheets.mark_badges_printed(self.store, ids)
            except AttendanceError as error:
                self._say(str(error), error=True)
                return
            self._say(self.tr("Sent %n badges to the printer.", "", len(ids)))
            self.window_.notify_data_changed()

        return self._run(self._read_then(event, chosen, lambda sheets, header, contents, progress:
                                         sheets.plan_sheets(layout, header, contents, progress=progress)),
                         chosen.known, planned)

    def reprint_badge(self, registration_id: str) -> Job | None:
        """Print one person's badge again (the participants row's "Reprint badge", the walk-in form)."""
        return self.print_badges([registration_id])

    def ask_printer(self, layout: BadgeLayout) -> QPrinter | None:
        """The print dialog, set to the layout's paper; None when cancelled. Tests replace this."""
        printer = printer_for(layout)
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print badges"))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    # ----------------------------------------------------------------- internals
    def _what_to_print(self, registration_ids: Sequence[str] | None = None) -> Chosen | None:
        """What the buttons (or these registrations) would print, or None after saying why nothing."""
        if self.event_id is None:
            return None
        if registration_ids is not None:
            return Chosen(list(registration_ids), False, len(registration_ids))
        ids, only_not_printed = self._chosen_ids()
        if ids is not None and not ids:
            self._say(self.tr("Select participants in the list first."), error=True)
            return None
        # How many, when the preview shown counted this very selection (else the worker finds out).
        shown, selection = self._shown_preview, (self.event_id, None if ids is None else tuple(ids), only_not_printed)
        known = shown.badges if shown is not None and shown.selection == selection else None
        if known == 0:
            self._say(self.tr("No badges to print"), error=True)
            return None
        return Chosen(ids, only_not_printed, known)

    def _read_then(self, event: Event, chosen: Chosen,
                   then: Callable[[Any, EventHeader, list[BadgeContent], Progress], Any]) -> Callable[[Progress], Any]:
        """Work for the worker: read the badges with its own connection, then ``then(badge_sheets, header,
        contents, progress)``; "No badges to print" when the selection has none."""
        path, nothing = self.store.path, self.tr("No badges to print")
        ids, only_not_printed = chosen.registration_ids, chosen.only_not_printed

        def work(progress: Progress) -> Any:
            from attendance.documents import badge_sheets

            with Store.reader(path) as own:
                contents = badge_sheets.badge_contents(own, event, registration_ids=ids,
                                                       only_not_printed=only_not_printed)
                header = badge_sheets.event_header(own, event)
            if not contents:
                raise AttendanceError(nothing)
            return then(badge_sheets, header, contents, progress)

        return work

    def _run(self, work: Callable[[Progress], Any], total: int | None, done: Callable[[Any], None]) -> Job:
        preparing = self.tr("Preparing %n badges...", "", total) if total is not None \
            else self.tr("Preparing badges...")
        self._say(preparing)
        return run_behind_progress(self, work, label=preparing, title=self.tr("Badges"), name="badge_progress",
                                   jobs=self._jobs, enable=self._enable, done=done,
                                   failed=lambda message: self._say(message, error=True), maximum=total or 0)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def _enable(self) -> None:
        idle = self.event_id is not None and not self._jobs
        for widget in (self.save_button, self.print_button):
            widget.setEnabled(idle)
        for widget in (self.layout_picker, self.search, self.table):
            widget.setEnabled(self.event_id is not None)

    def _layout_changed(self) -> None:
        self.window_.settings.setValue(LAYOUT_SETTING, self.layout_picker.currentData())
        self.update_preview()

    def _rows_selected(self) -> None:
        if self.selection_mode.checkedId() == self.SELECTED:
            self.update_preview()

    def _show_preview(self) -> None:
        if self._preview_image is None:
            return
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(self._preview_image).scaled(
            self.preview.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)

    def resizeEvent(self, event: Any) -> None:
        """Fit the preview to the new size."""
        super().resizeEvent(event)
        self._show_preview()
