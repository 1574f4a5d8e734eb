"""The window's background worker: one QRunnable for every long job (badges, exports, imports, sync).

A :class:`Job` gets plain data and a function ``work(progress)``; it runs that function on the
thread pool and reports by signals, delivered on the GUI thread: ``progress(done, total)``, then
``finished(result)`` or ``failed(message)``. It never touches a widget, and the work must not use
the window's SQLite connection (a connection stays in its thread: open your own ``Store`` inside
``work``). Keep the job referenced until one of its end signals has been delivered.

A page's long reads go through :class:`LatestRead`: each read runs in the worker over its own
read-only connection (:meth:`Store.reader`), and only the newest read's result reaches the page,
so a fast event switch never shows the previous event's rows.
"""

from __future__ import annotations

import gc
import importlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from attendance.domain import AttendanceError
from attendance.store import Store

Progress = Callable[[int, int], None]
T = TypeVar("T")
READ_IN_WORKER = 2000  # rows above which a page reads in the worker (reading 2,000 takes ~30 ms here)
_RUNNING: set[Job] = set()  # reads in the worker, kept until they have reported


class JobSignals(QObject):
    """The signals of a :class:`Job` (a QRunnable is not a QObject)."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    """Runs ``work(progress)`` on the thread pool; reports by signals, never touches a widget."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()

    def run(self) -> None:
        """Do the work; ``finished(result)`` or ``failed(message)``."""
        try:
            result = self.work(lambda done, total: self._report("progress", done, total))
        except AttendanceError as error:
            self._report("failed", str(error))
        except Exception as error:  # a worker's exception would vanish with its thread: show it instead
            self._report("failed", f"{type(error).__name__}: {error}")
        else:
            self._report("finished", result)

    def _report(self, signal: str, *values: Any) -> None:
        """Emit one of the signals, unless they are gone: the app quit while the job ran, and a
        traceback on stderr ("Signal source has been deleted") would tell no one anything."""
        if shiboken6.isValid(self.signals):
            getattr(self.signals, signal).emit(*values)


def progress_dialog(parent: QWidget, label: str, title: str, name: str, job: Job, maximum: int = 0) -> QProgressDialog:
    """A window-modal progress dialog that follows ``job``'s progress signal.

    It has no Cancel button (the jobs write one file whole or not at all) and shows only after
    half a second, so short jobs finish without a flash; the caller closes it with ``reset()``
    and ``deleteLater()`` when the job has reported its end.
    """
    progress = QProgressDialog(label, "", 0, maximum, parent)
    progress.setObjectName(name)
    progress.setWindowTitle(title)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    progress.setValue(0)  # starts the half-second timer: a job that reports no progress is shown too
    job.signals.progress.connect(lambda value, total: (progress.setMaximum(total), progress.setValue(value)))
    return progress


def run_behind_progress(parent: QWidget, work: Callable[[Progress], Any], *, label: str, title: str, name: str,
                        jobs: list[Job], enable: Callable[[], None], done: Callable[[Any], None],
                        failed: Callable[[str], None], maximum: int = 0) -> Job:
    """Start ``work`` on the thread pool behind a :func:`progress_dialog` (the pages' exports and badges).

    The job stays in ``jobs`` (the page's list: it keeps the job alive and tells ``enable`` that one
    runs) until it ends; then the dialog closes, ``enable()`` runs and ``done(result)`` or
    ``failed(message)`` follows. ``enable()`` also runs now, with the job already listed.
    """
    job = Job(work)
    progress = progress_dialog(parent, label, title, name, job, maximum)
    jobs.append(job)

    def finish(result: Any = None, message: str | None = None) -> None:
        progress.reset()
        progress.deleteLater()
        jobs.remove(job)
        enable()
        if message is not None:
            failed(message)
        else:
            done(result)

    job.signals.finished.connect(lambda result: finish(result))
    job.signals.failed.connect(lambda message: finish(message=message))
    enable()
    QThreadPool.globalInstance().start(job)
    return job


_gc_lock = threading.Lock()
_gc_readers = 0
_gc_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    """No automatic garbage collection while a worker reads a big list (the reads nest and overlap).

    A collection runs in whichever thread allocates and holds the GIL throughout: while a worker
    builds 100,000 rows, each full collection walks every object of the process (the window's
    lists too) and froze the window for 0.3 s, several times per read. Paused, the rows (plain,
    without cycles) are freed by reference counting as usual, and the collector catches up once
    afterwards.
    """
    global _gc_readers, _gc_was_enabled
    with _gc_lock:
        _gc_readers += 1
        if _gc_readers == 1:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_readers -= 1
            if _gc_readers == 0 and _gc_was_enabled:
                gc.enable()


def big_event(store: Store, event_id: str | None) -> bool:
    """Whether the event has more than :data:`READ_IN_WORKER` registrations (its lists are read in a worker).

    Counting stops there: counting all of 100,000 registrations would itself hold the window ~30 ms.
    """
    return event_id is not None and store.scalar(
        "SELECT count(*) FROM (SELECT 1 FROM registrations WHERE event_id = ? AND deleted_at IS NULL LIMIT ?)",
        [event_id, READ_IN_WORKER + 1]) > READ_IN_WORKER


def many_rows(store: Store, table: str) -> bool:
    """Whether a table holds more than :data:`READ_IN_WORKER` rows (counting stops there)."""
    return store.scalar(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT ?)",
                        [READ_IN_WORKER + 1]) > READ_IN_WORKER


class LatestRead(QObject):
    """A page's reads, in the worker thread when they are big, the newest one winning.

    ``read(work, done, in_worker=True)`` runs ``work(store)`` on the thread pool with a read-only
    connection of its own to the page's database and then calls ``done(result)`` on the GUI thread,
    unless a newer ``read`` (or :meth:`drop`) came meanwhile: that result is then thrown away, so
    what the page shows always belongs to the last thing it asked for (an event switched to while
    the previous one was loading). A failed read calls ``failed(message)`` under the same rule.
    With ``in_worker=False`` (a small read) ``work`` runs at once on the page's own connection.
    """

    def __init__(self, store: Store, parent: QObject, failed: Callable[[str], None] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.failed = failed
        self.generation = 0
        self._jobs: dict[int, Job] = {}  # kept alive until their signals have been delivered

    def read(self, work: Callable[[Store], T], done: Callable[[T], None], *, in_worker: bool = True,
             imports: tuple[str, ...] = ()) -> Job | None:
        """Run ``work(store)`` (in the worker, or now); ``done(result)`` follows unless a newer read overtook it.

        ``imports`` names modules the work needs that may not be loaded yet (the PDF library): the
        worker imports them before pausing garbage collection (see :func:`gc_paused`), as the
        objects of a big import are better collected as they come.
        """
        self.generation += 1
        if not in_worker:
            try:
                result = work(self.store)
            except AttendanceError as error:
                if self.failed is not None:
                    self.failed(str(error))
                return None
            done(result)
            return None
        generation, path = self.generation, self.store.path

        def run(_progress: Progress) -> T:
            for module in imports:
                importlib.import_module(module)
            store = Store.reader(path)
            try:
                with gc_paused():
                    return work(store)
            finally:
                store.close()

        job = Job(run)
        job.signals.finished.connect(lambda result: self._ended(job, generation, done, result))
        job.signals.failed.connect(lambda message: self._ended(job, generation, self.failed, message))
        self._jobs[generation] = job
        _RUNNING.add(job)  # alive until it reports, even if the page is closed meanwhile
        QThreadPool.globalInstance().start(job)
        return job

    def drop(self) -> None:
        """Throw away the result of any read still running (nothing of it will be shown)."""
        self.generation += 1

    @property
    def loading(self) -> bool:
        """Whether the newest read is still running in the worker."""
        return self.generation in self._jobs

    def _ended(self, job: Job, generation: int, then: Callable[[Any], None] | None, value: Any) -> None:
        _RUNNING.discard(job)
        self._jobs.pop(generation, None)
        # The page may have been closed meanwhile (a language switch builds a new window).
        if generation == self.generation and then is not None and shiboken6.isValid(self):
            then(value)
