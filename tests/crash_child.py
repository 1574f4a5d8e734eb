"""A check-in station that gets killed: the child process of the crash test and the crash soak.

Run as a script (``python tests/crash_child.py DB``) it checks badges in, round and round over
the event's registrations and sessions, undoing a check-in whenever the badge is already in, and
prints ``C <id>`` or ``U <id>`` after each write returned (so after its commit), flushing each
line. The parent (:func:`kill_round`) kills it with SIGKILL at a random moment; every id it
printed must then be in the database, and the file must pass ``PRAGMA integrity_check``.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

EVENT_CODE = "CRASH26"
PEOPLE = 20


def prepare_database(path: Path) -> None:
    """A database with a 4-day event and PEOPLE registrations, ready for the child."""
    from attendance import services
    from attendance.store import Store

    with Store(path) as store:
        event = services.create_event(store, title="Crash test", code=EVENT_CODE, start_date="2026-12-07",
                                      end_date="2026-12-10")
        for number in range(PEOPLE):
            services.register(store, event.id, given_names=f"Person {number}", family_names="Crash",
                              sex="female" if number % 2 else "male")


def run_station(path: Path) -> None:
    """Check in forever, printing each committed write's id (the child's whole life)."""
    from attendance import checkin, services
    from attendance.store import Store

    store = Store(path)
    event = services.event_by_code(store, EVENT_CODE)
    sessions = services.sessions(store, event.id)
    payloads = [services.badge_payload(event, p.badge_token) for p in services.participants(store, event.id)]
    print("ready", flush=True)
    number = 0
    while True:
        session = sessions[(number // len(payloads)) % len(sessions)]
        result = checkin.check_in(store, event, payloads[number % len(payloads)], session.id)
        if result.checkin_id:
            print(f"C {result.checkin_id}", flush=True)
        elif result.status is checkin.CheckInStatus.ALREADY:
            undone = checkin.undo_last(store, event.id, session.id)
            if undone:
                print(f"U {undone}", flush=True)
        number += 1


def kill_round(path: Path, rng: random.Random, *, max_delay: float = 0.25) -> tuple[list[str], list[str]]:
    """Start a child station, SIGKILL it after a random delay; return (check-in ids, undone ids) it printed."""
    child = subprocess.Popen([sys.executable, __file__, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        if child.stdout.readline().strip() != "ready":
            raise RuntimeError("the crash child did not start")
        time.sleep(rng.uniform(0, max_delay))
        child.send_signal(signal.SIGKILL)
        output = child.stdout.read()
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    lines = [line.split() for line in output.splitlines() if line.strip()]
    # The last line may be cut by the kill; an id is whole only if its line is.
    whole = [parts for parts in lines if len(parts) == 2 and len(parts[1]) == 36]
    return [i for kind, i in whole if kind == "C"], [i for kind, i in whole if kind == "U"]


if __name__ == "__main__":
    run_station(Path(sys.argv[1]))
