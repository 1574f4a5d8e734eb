"""Window figures: start-up time against a bare Qt window, and memory with 100,000 participants.

1. Start to window shown (offscreen), each run in a fresh interpreter, against a bare
   ``QApplication`` + ``QMainWindow`` shown, alternated in the same run. Target: within 2.5x.
   Measured twice: the window with only the Events and Participants pages, and the whole window
   as users get it (``main_window.PAGES``: those two built, the other tabs built when first shown).
   Bytecode is cached as in an installed app (see ``child``). Then where the time goes: the same
   start cut into phases (imports of Babel, the core, PySide6, the window's modules; QApplication,
   fonts, database, building the window, showing it), medians in ms.
2. The participants page holding 100,000 registrations: peak memory of the process
   (``getrusage`` maxrss) against the bare window's. Target: under 300 MB. Also the time to load
   the rows, to sort them and to filter them as a search is typed.

Run with ``.venv/bin/python benchmarks/bench_gui.py``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import demo_event, fill_people, fresh_store, percentile

from attendance import demo
from attendance.gui import main_window
from attendance.store import utc_now

RUNS = 7
PEOPLE = 100_000

# Each child prints one JSON line. Times start at the child's first line, before any import.
BARE_WINDOW = """
import time; started = time.perf_counter()
import json, resource
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1100, 720); window.show(); app.processEvents()
print(json.dumps({"ms": (time.perf_counter() - started) * 1000,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

# argv: database, settings file, "all" (the whole window) or "foundation" (Events and Participants only)
APP_WINDOW = """
import time; started = time.perf_counter()
import json, resource, sys
from attendance.gui import app as gui_app, main_window
from attendance.gui.settings import file_settings
if sys.argv[3] == "foundation":
    main_window.PAGES[:] = [main_window.EventsPage, main_window.ParticipantsPage]
app = gui_app.application()
window = gui_app.start(sys.argv[1], "en", file_settings(sys.argv[2]), offer_demo=False)
app.processEvents()
assert window.isVisible()
print(json.dumps({"ms": (time.perf_counter() - started) * 1000,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

# argv: database, settings file. The app's start (as APP_WINDOW, the whole window) cut into phases.
PHASES = """
import time; started = time.perf_counter(); marks = []
def mark(name): marks.append((name, time.perf_counter()))
import json, sys
from pathlib import Path
import babel.dates, babel.lists, babel.numbers; mark("import babel")
import attendance.services; mark("import attendance core (store, i18n, services)")
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets; mark("import PySide6 (QtCore, QtGui, QtWidgets)")
from attendance.gui import app as gui_app, main_window
from attendance.gui.settings import file_settings; mark("import the window's modules (attendance.gui)")
app = gui_app.application(); mark("QApplication")
gui_app.register_fonts(app); gui_app.install_translators(app, "en"); mark("fonts and translators")
store = gui_app.open_store(Path(sys.argv[1])); mark("open the database")
window = main_window.MainWindow(store, file_settings(sys.argv[2]), "en"); mark("build the window (pages, set_event)")
window.show(); app.processEvents(); mark("show and first paint")
before = [started] + [at for _, at in marks]
print(json.dumps({name: (at - previous) * 1000 for (name, at), previous in zip(marks, before)}))
"""

BIG_TABLE = """
import time; started = time.perf_counter()
import json, resource, sys
from attendance.gui import app as gui_app, main_window
from attendance.gui.participants_page import ParticipantsPage
from attendance.gui.settings import file_settings
if sys.argv[3] == "foundation":
    main_window.PAGES[:] = [main_window.EventsPage, main_window.ParticipantsPage]
app = gui_app.application()
window = gui_app.start(sys.argv[1], "en", file_settings(sys.argv[2]), offer_demo=False)
page = window.page(ParticipantsPage)
window.tabs.setCurrentWidget(page)
app.processEvents()
shown = (time.perf_counter() - started) * 1000
rows = page.model.rowCount()
reload_started = time.perf_counter(); page.reload(); app.processEvents()
reload_ms = (time.perf_counter() - reload_started) * 1000
searches = []
for typed in ["n", "nu", "nun", "nune", "nunez", "nunez 1", "nunez 12", "", "campbell", "ana luc"] * 3:
    search_started = time.perf_counter(); page.search.setText(typed); app.processEvents()
    searches.append((time.perf_counter() - search_started) * 1000)
sort_started = time.perf_counter(); page.table.sortByColumn(3, page.table.horizontalHeader().sortIndicatorOrder())
app.processEvents(); sort_ms = (time.perf_counter() - sort_started) * 1000
print(json.dumps({"rows": rows, "shown_ms": shown, "reload_ms": reload_ms, "search_ms": searches,
                  "sort_ms": sort_ms, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(script: str, *args: str) -> dict:
    """Run a script in a fresh interpreter (offscreen) and return the JSON it printed.

    Bytecode caching is allowed even where the environment turns it off (PYTHONDONTWRITEBYTECODE):
    an installed app starts from compiled .pyc files (pip writes them at install), and compiling
    every module from source at each start would measure the compiler, not the app.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def register_everyone(store, event_id: str) -> None:
    """Register every person for the event with plain SQL (fast fixture, not the service path)."""
    now = utc_now()
    rows = [(str(uuid.uuid4()), event_id, person_id, institution_id, "participant", "registered",
             uuid.uuid4().hex[:10].upper(), "import", now, now, now, store.device_id)
            for person_id, institution_id in store.db.execute("SELECT id, institution_id FROM people")]
    with store.transaction():
        store.db.conn.executemany(
            "INSERT INTO registrations (id, event_id, person_id, institution_id, role, status, badge_token,"
            " source, registered_at, created_at, updated_at, device_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)


def ms_line(name: str, samples: list[float]) -> str:
    return (f"{name:<44} median {statistics.median(samples):8.1f} ms   p95 {percentile(samples, 0.95):8.1f} ms"
            f"   (n={len(samples)})")


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench_gui_"))
    settings = str(folder / "settings.ini")

    demo_store = fresh_store(folder, "demo.db")
    demo.create_demo(demo_store)
    demo_store.close()

    bare: list[dict] = []
    app: dict[str, list[dict]] = {"foundation": [], "all": []}
    child(APP_WINDOW, str(folder / "demo.db"), settings, "all")  # warm-up: writes the bytecode, not timed
    for _ in range(RUNS):  # alternated, so a busy moment on the machine hits all alike
        bare.append(child(BARE_WINDOW))
        for pages, runs in app.items():
            runs.append(child(APP_WINDOW, str(folder / "demo.db"), settings, pages))
    bare_ms = [run["ms"] for run in bare]
    print("start to window shown, offscreen, fresh interpreter each time (demo database, 3 events)")
    print("  " + ms_line("bare QApplication + QMainWindow", bare_ms))
    for pages, runs in app.items():
        app_ms = [run["ms"] for run in runs]
        ratio = statistics.median(app_ms) / statistics.median(bare_ms)
        label = "Attendance, Events + Participants only" if pages == "foundation" else \
            f"Attendance, the whole window ({len(main_window.PAGES)} tabs)"
        print("  " + ms_line(label, app_ms))
        print(f"    ratio of medians {ratio:.2f}x   (target <= 2.5x: {'OK' if ratio <= 2.5 else 'MISSED'})")

    phases = [child(PHASES, str(folder / "demo.db"), settings) for _ in range(RUNS)]
    print("\nwhere the time goes (the whole window; median ms per phase, fresh interpreter each time)")
    for name in phases[0]:
        print(f"  {name:<52} {statistics.median(run[name] for run in phases):7.1f} ms")
    print(f"  {'total':<52} {statistics.median(sum(run.values()) for run in phases):7.1f} ms"
          f"   (bare window {statistics.median(bare_ms):.1f} ms)")

    big = fresh_store(folder, "big.db")
    fill_people(big, PEOPLE)
    register_everyone(big, demo_event(big).id)
    big.close()
    bare_rss = statistics.median(run["maxrss_mb"] for run in bare)
    for pages in app:
        table = child(BIG_TABLE, str(folder / "big.db"), settings, pages)
        print(f"\nparticipants page with {table['rows']:,} registrations ({pages} pages)")
        print(f"  start to window shown with the table loaded  {table['shown_ms']:8.0f} ms")
        print(f"  reload of all rows (query + model)           {table['reload_ms']:8.0f} ms")
        print(f"  sort by institution                          {table['sort_ms']:8.0f} ms")
        print("  " + ms_line("search as you type (one keystroke)", table["search_ms"]))
        print(f"  peak memory {table['maxrss_mb']:.0f} MB (bare window {bare_rss:.0f} MB)   "
              f"(target < 300 MB: {'OK' if table['maxrss_mb'] < 300 else 'MISSED'})")


if __name__ == "__main__":
    main()
