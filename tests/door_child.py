"""A check-in desk in its own process, for the door tests and ``benchmarks/bench_door.py``.

``python door_child.py DB EVENT_CODE FIRST COUNT STOP_FILE OUT`` scans the badges of registrations
FIRST .. FIRST+COUNT-1 (ordered by badge token) one after another until STOP_FILE exists, and writes
one JSON line per scan to OUT: when it started (``time.time()``), how long it took, its status, or
the error that refused it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from attendance import checkin, services
from attendance.domain import AttendanceError
from attendance.store import Store


def main(db: str, code: str, first: str, count: str, stop_file: str, out: str) -> None:
    """Scan until told to stop; one JSON line per scan."""
    store = Store(db)
    event = next(e for e in services.list_events(store) if e.code == code)
    session = services.sessions(store, event.id)[0].id
    tokens = [r[0] for r in store.execute("SELECT badge_token FROM registrations WHERE event_id = ? "
                                          "ORDER BY badge_token LIMIT ? OFFSET ?", [event.id, int(count), int(first)])]
    stop = Path(stop_file)
    with open(out, "w", encoding="utf-8") as results:
        print("ready", flush=True)
        for token in tokens:
            if stop.exists():
                break
            started, clock = time.time(), time.perf_counter()
            try:
                status, error = checkin.check_in(store, event, services.badge_payload(event, token), session).status, ""
            except AttendanceError as refused:
                status, error = None, str(refused)
            results.write(json.dumps({"started": started, "seconds": time.perf_counter() - clock,
                                      "status": status and status.value, "error": error}) + "\n")
            results.flush()
            time.sleep(0.02)  # a queue at the door: a badge every few tens of milliseconds
    store.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
