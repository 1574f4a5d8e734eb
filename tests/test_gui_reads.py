"""Long reads off the GUI thread: pages fill from the worker, and an event switched to while the
previous one loads shows its own data only; the door's controls fit a 1024-pixel screen."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from attendance import i18n, services
from attendance.gui import app as gui_app
from attendance.gui import main_window, workers
from attendance.gui.badges_page import BadgesPage
from attendance.gui.checkin_page import CheckInPage
from attendance.gui.events_page import EventsPage
from attendance.gui.main_window import MainWindow
from attendance.gui.participants_page import ParticipantsPage
from attendance.gui.reports_page import ReportsPage
from attendance.gui.settings import file_settings
from attendance.gui.sync_dialogs import DuplicatesPage
from attendance.reports import summary
from attendance.store import Store
from attendance.sync import merge

WAIT_MS = 10000


@pytest.fixture()
def two_events(store, event):
    """The course with three people (the "big" one here) and a workshop with two others."""
    other = services.create_event(store, title="Firearms Tracing Workshop", code="FTW26", kind="workshop",
                                  start_date="2026-12-14", end_date="2026-12-14", country="TT")
    for given, family, sex in (("Luz", "Gómez", "female"), ("Kemar", "Brown", "male"), ("Iñaki", "Zúñiga", "male")):
        services.register(store, event.id, given_names=given, family_names=family, sex=sex)
    for given, family in (("Nadège", "Étienne"), ("Wilner", "Joseph")):
        services.register(store, other.id, given_names=given, family_names=family, sex="female")
    return event, other


@pytest.fixture()
def in_worker(monkeypatch):
    """Every list counts as big, so it is read in the worker; two threads, so one read can wait."""
    monkeypatch.setattr(workers, "READ_IN_WORKER", 0)
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(threads, 3))
    yield
    pool.waitForDone()
    pool.setMaxThreadCount(threads)


@pytest.fixture()
def slow_course(monkeypatch, two_events):
    """Reads of the course's participants and summary wait for ``gate`` (set it to let them finish)."""
    course, _ = two_events
    gate = threading.Event()
    participants, summarise = services.participants, summary.summarise

    def slow_participants(store, event_id, **kwargs):
        if event_id == course.id:
            assert gate.wait(WAIT_MS / 1000)
        return participants(store, event_id, **kwargs)

    def slow_summarise(store, event_id, language=None):
        if event_id == course.id:
            assert gate.wait(WAIT_MS / 1000)
        return summarise(store, event_id, language)

    monkeypatch.setattr(services, "participants", slow_participants)
    monkeypatch.setattr(summary, "summarise", slow_summarise)
    yield gate
    gate.set()


def make_window(qtbot, store, tmp_path, monkeypatch, pages) -> MainWindow:
    monkeypatch.setattr(main_window, "PAGES", pages)
    gui_app.install_translators(QApplication.instance(), "en")  # the English "%n badges" forms, as at start
    window = MainWindow(store, file_settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def names(model) -> set[str]:
    return {model.participant(row).family_names for row in range(model.rowCount())}


def settle() -> None:
    """Let every worker finish and its (possibly dropped) result be delivered."""
    QThreadPool.globalInstance().waitForDone()
    for _ in range(3):
        QApplication.processEvents()


# ----------------------------------------------------------------------------- the worker's connection
def test_the_workers_connection_reads_but_cannot_write(store, event) -> None:
    services.register(store, event.id, given_names="Ana", family_names="Núñez")
    reader = Store.reader(store.path)
    try:
        assert reader.scalar("SELECT count(*) FROM registrations") == 1
        assert reader.device_id == store.device_id
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.execute("DELETE FROM registrations")
    finally:
        reader.close()
    assert store.scalar("SELECT count(*) FROM registrations") == 1


def test_only_the_newest_read_reaches_the_page(qtbot, store, in_worker) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    reads = workers.LatestRead(store, owner)
    gate, shown = threading.Event(), []
    reads.read(lambda _store: (gate.wait(WAIT_MS / 1000), "first")[1], shown.append)
    reads.read(lambda reader: reader.scalar("SELECT 'second'"), shown.append)
    qtbot.waitUntil(lambda: shown == ["second"], timeout=WAIT_MS)
    gate.set()
    settle()
    assert shown == ["second"] and not reads.loading  # the overtaken read's result was dropped


def test_a_failed_read_says_why(qtbot, store, in_worker) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    said = []
    reads = workers.LatestRead(store, owner, failed=said.append)
    reads.read(lambda reader: reader.execute("SELECT * FROM no_such_table"), print)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
    assert "no such table" in said[0]



def test_a_job_whose_window_is_gone_ends_without_a_traceback(capfd) -> None:
    # The app quitting while a job ran deleted its signals; run() then printed "Error calling Python
    # override of QRunnable::run(): ... Signal source has been deleted" on stderr.
    import shiboken6

    progressed = []
    job = workers.Job(lambda progress: (progress(1, 2), progressed.append(1), "done")[-1])
    shiboken6.delete(job.signals)
    job.run()  # in this thread: it must neither raise nor print
    assert progressed == [1]
    assert "Traceback" not in capfd.readouterr().err


# ----------------------------------------------------------------------------- pages fill from the worker
def test_participants_fill_from_the_worker_and_a_fast_switch_shows_the_new_event_only(
        qtbot, store, tmp_path, monkeypatch, two_events, in_worker, slow_course) -> None:
    course, workshop = two_events
    window = make_window(qtbot, store, tmp_path, monkeypatch, [EventsPage, ParticipantsPage])
    page = window.page(ParticipantsPage)
    window.tabs.setCurrentWidget(page)
    window.select_event(workshop.id)
    qtbot.waitUntil(lambda: names(page.model) == {"Étienne", "Joseph"}, timeout=WAIT_MS)
    window.select_event(course.id)  # its read waits at the gate: the window says it is loading
    assert page.model.rowCount() == 0 and page.counts.text() == "Loading..."
    window.select_event(workshop.id)  # and back before the course's rows came
    qtbot.waitUntil(lambda: names(page.model) == {"Étienne", "Joseph"}, timeout=WAIT_MS)
    slow_course.set()
    settle()
    assert names(page.model) == {"Étienne", "Joseph"}  # the course's late rows were dropped
    assert page.counts.text().startswith("2 registered: 2 women")
    window.select_event(course.id)
    qtbot.waitUntil(lambda: names(page.model) == {"Gómez", "Brown", "Zúñiga"}, timeout=WAIT_MS)
    assert page.counts.text().startswith("3 registered: 1 women, 2 men")


def test_badges_fill_from_the_worker_and_a_fast_switch_shows_the_new_event_only(
        qtbot, store, tmp_path, monkeypatch, two_events, in_worker, slow_course) -> None:
    course, workshop = two_events
    window = make_window(qtbot, store, tmp_path, monkeypatch, [EventsPage, BadgesPage])
    window.select_event(course.id)
    page = window.page(BadgesPage)
    window.tabs.setCurrentWidget(page)  # first opening: the course's list is held at the gate
    assert page.model.rowCount() == 0
    assert page.summary.text() == "Loading..." and page.preview.text() == "Loading..."
    window.select_event(workshop.id)
    qtbot.waitUntil(lambda: names(page.model) == {"Étienne", "Joseph"} and not page.previews.loading,
                    timeout=WAIT_MS)
    assert page.summary.text().startswith("2 badges on 1 page.")
    assert page.preview.pixmap() is not None and not page.preview.pixmap().isNull()
    slow_course.set()
    settle()
    assert names(page.model) == {"Étienne", "Joseph"}
    assert page.summary.text().startswith("2 badges on 1 page.")
    window.select_event(course.id)
    qtbot.waitUntil(lambda: names(page.model) == {"Gómez", "Brown", "Zúñiga"}
                    and page.summary.text().startswith("3 badges on 1 page."), timeout=WAIT_MS)


def test_reports_fill_from_the_worker_and_a_fast_switch_shows_the_new_event_only(
        qtbot, store, tmp_path, monkeypatch, two_events, in_worker, slow_course) -> None:
    course, workshop = two_events
    window = make_window(qtbot, store, tmp_path, monkeypatch, [EventsPage, ReportsPage])
    window.select_event(course.id)
    page = window.page(ReportsPage)
    window.tabs.setCurrentWidget(page)
    assert page.key_figures.text() == "Loading..." and not page.copy_button.isEnabled()
    window.select_event(workshop.id)
    qtbot.waitUntil(lambda: page.key_figures.text().startswith("2 registered"), timeout=WAIT_MS)
    slow_course.set()
    settle()
    assert page.key_figures.text().startswith("2 registered, 0 attended: 0 women")
    assert page.summary.event.id == workshop.id
    window.select_event(course.id)
    qtbot.waitUntil(lambda: page.key_figures.text().startswith("3 registered"), timeout=WAIT_MS)
    assert page.summary.event.id == course.id


def test_duplicates_are_looked_for_in_the_worker(qtbot, store, event, tmp_path, monkeypatch, in_worker) -> None:
    for given in ("Ana", "Ana María"):
        services.register(store, event.id, given_names=given, family_names="Núñez", email="ana@example.org")
    gate = threading.Event()
    real = merge.possible_duplicates
    monkeypatch.setattr(merge, "possible_duplicates", lambda reader: (gate.wait(WAIT_MS / 1000), real(reader))[1])
    window = make_window(qtbot, store, tmp_path, monkeypatch, [EventsPage, DuplicatesPage])
    page = window.page(DuplicatesPage)
    window.tabs.setCurrentWidget(page)
    assert page.empty.isVisible() and page.empty.text() == "Looking for possible duplicates..."
    assert not page.merge_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    assert page.model.rows[0][1][:3] == ("Ana Núñez", "Ana María Núñez", "same email")
    assert not page.empty.isVisible() and page.merge_button.isEnabled()


# ----------------------------------------------------------------------------- a small screen
@pytest.mark.parametrize("language", list(i18n.LANGUAGES))
def test_the_door_fits_a_1024_pixel_screen_in_every_language(qtbot, store, event, language) -> None:
    app = QApplication.instance()
    gui_app.install_translators(app, language)
    try:
        page = CheckInPage(store)
        qtbot.addWidget(page)
        page.set_event(event.id)
        assert page.minimumSizeHint().width() <= 1024, (language, page.minimumSizeHint().width())
        page.arrivals_button.setChecked(True)  # F3: the "not yet arrived" list beside the door
        assert page.minimumSizeHint().width() <= 1024, (language, page.minimumSizeHint().width())
    finally:
        gui_app.install_translators(app, "en")


def test_the_preview_counts_every_badge_but_makes_only_the_first_pages(store, event, two_events) -> None:
    from attendance.documents import badge_sheets

    every = badge_sheets.badge_contents(store, event)
    total, first = badge_sheets.first_badges(store, event, 2)
    assert total == len(every) == 3 and first == every[:2]
    chosen = [every[2].registration_id, every[0].registration_id]
    assert badge_sheets.first_badges(store, event, 8, registration_ids=chosen) == (
        2, badge_sheets.badge_contents(store, event, registration_ids=chosen))
