"""The longest freeze of the window's GUI thread during what a desk does, at 20,000 and 100,000 registrations.

A probe timer asks to run every 5 ms on the GUI thread; while an action runs, the longest gap
between two of its ticks is how long the window could not repaint or take a key (a stall). Each
action is started from the event loop, which then runs on for a settling time and until every
worker has reported, so deferred refreshes and results coming back from workers (a list read in
a worker is counted when its rows arrive) are counted too. The baseline is the same probe around
an action that does nothing, in the same run. Goal: no stall over 200 ms at 20,000.

Actions: the first and a later opening of every tab; switching the selected event and back (the
window follows on every built page); a save elsewhere (``data_changed``) on the Participants
page; typing a search there; a scan at the door.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui_stalls.py [20000 100000]``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools

from common import demo_event, fill_people, fill_registrations, fresh_store

from attendance import services

PROBE_MS = 5
SETTLE_MS = 600
GOAL_MS = 200
REPEAT = 3
MAX_WAIT_S = 30  # for the workers an action started


def stall(app: object, action: Callable[[], object], settle_ms: int = SETTLE_MS) -> float:
    """The longest gap (ms) between two probe ticks while ``action`` runs and the loop settles."""
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    QThreadPool.globalInstance().waitForDone()  # the previous action's workers do not count here
    QApplication.processEvents()
    ticks: list[float] = [time.perf_counter()]
    probe = QTimer(interval=PROBE_MS)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    pool = QThreadPool.globalInstance()
    started = time.perf_counter()

    def quit_when_settled() -> None:
        # Until the settling time is over and every worker the action started has reported (at
        # 100,000 registrations a list takes seconds to read): its result's arrival counts too.
        settled = (time.perf_counter() - started) * 1000 >= 20 + settle_ms and pool.activeThreadCount() == 0
        if settled or time.perf_counter() - started > MAX_WAIT_S:
            QTimer.singleShot(50, loop.quit)  # and the queued result signals are delivered
            watch.stop()

    watch = QTimer(interval=20)
    watch.timeout.connect(quit_when_settled)
    probe.start()
    watch.start()
    QTimer.singleShot(20, action)
    loop.exec()
    probe.stop()
    ticks.append(time.perf_counter())
    return max(b - a for a, b in itertools.pairwise(ticks)) * 1000


def build(folder: Path, registrations: int) -> Path:
    """A database with two events: one with ``registrations`` people, a small one to switch to."""
    store = fresh_store(folder, f"stalls-{registrations}.db")
    big = demo_event(store, "BIG")
    small = demo_event(store, "SMALL")
    people = fill_people(store, registrations)
    fill_registrations(store, big.id, people)
    fill_registrations(store, small.id, people[:200])
    session = services.sessions(store, big.id)[0]
    rows = store.rows("SELECT badge_token FROM registrations WHERE event_id = ? LIMIT 2000", [big.id])
    from attendance import checkin

    for row in rows[:300]:  # some check-ins, so the lists and counts have something to join
        checkin.check_in(store, big, services.badge_payload(big, row["badge_token"]), session.id)
    path = store.path
    store.close()
    return path


def run(registrations: int) -> dict[str, float]:
    """Worst stall of each action (ms, the maximum over REPEAT tries where the action repeats)."""
    from PySide6.QtWidgets import QApplication

    from attendance.gui import app as gui_app
    from attendance.gui.main_window import MainWindow
    from attendance.gui.settings import file_settings
    from attendance.store import Store

    folder = Path(tempfile.mkdtemp(prefix="stalls-"))
    path = build(folder, registrations)
    app = gui_app.application()
    store = Store(path)
    window = MainWindow(store, file_settings(str(folder / "settings.ini")), "en")
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    big = next(e.id for e in services.list_events(store) if e.code == "BIG")
    small = next(e.id for e in services.list_events(store) if e.code == "SMALL")
    window.select_event(big)
    QApplication.processEvents()
    figures: dict[str, float] = {"baseline (probe only)": max(stall(app, lambda: None) for _ in range(REPEAT))}
    for index in range(window.tabs.count()):
        title = window.tabs.tabText(index)
        figures[f"first opening of {title}"] = stall(app, lambda index=index: window.tabs.setCurrentIndex(index),
                                                    settle_ms=1500)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(0)
        QApplication.processEvents()
        figures[f"later opening of {window.tabs.tabText(index)}"] = stall(
            app, lambda index=index: window.tabs.setCurrentIndex(index))
    participants = window.tabs.widget(1)
    window.tabs.setCurrentWidget(participants)
    QApplication.processEvents()
    figures["switch event and back (Participants shown)"] = max(
        max(stall(app, lambda: window.select_event(small)), stall(app, lambda: window.select_event(big)))
        for _ in range(REPEAT))
    figures["a save elsewhere (Participants shown)"] = max(
        stall(app, window.notify_data_changed) for _ in range(REPEAT))
    search = getattr(participants, "search", None)
    if search is not None:
        figures["typing a search (Participants)"] = max(
            stall(app, lambda text=text: search.setText(text)) for text in ("g", "ga", "garc", ""))
    from attendance.gui.checkin_page import CheckInPage

    door = window.page(CheckInPage)
    window.tabs.setCurrentWidget(door)
    QApplication.processEvents()
    token = store.scalar("SELECT badge_token FROM registrations WHERE event_id = ? ORDER BY id DESC LIMIT 1", [big])
    event = services.get_event(store, big)

    def scan() -> None:
        door.scan_field.setText(services.badge_payload(event, token))
        door.submit()

    figures["a scan at the door"] = stall(app, scan)
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    window.close()
    store.close()
    return figures


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [20_000, 100_000]
    for size in sizes:
        figures = run(size)
        baseline = figures["baseline (probe only)"]
        print(f"\n{size:,} registrations: longest GUI-thread stall per action (goal <= {GOAL_MS} ms at 20,000)")
        for name, value in figures.items():
            flag = "  OVER" if size <= 20_000 and value > GOAL_MS else ""
            print(f"  {name:<48} {value:8.1f} ms   x{value / baseline:6.1f} baseline{flag}")
        print(f"  median of all actions {statistics.median(figures.values()):.1f} ms")


if __name__ == "__main__":
    main()
