"""The door is never locked out: a check-in waits for another program's long write instead of failing.

The CI version holds the write lock from a second process for longer than SQLite's busy timeout
(made short here) while this process scans; the 120,000-change import version with p99 waits is
a benchmark, not a test.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from attendance import checkin, services
from attendance.store import Store

HOLDER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE meta SET value = value WHERE 0")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("COMMIT")
""")


def test_a_scan_waits_for_another_programs_long_write_and_is_recorded(store: Store, event) -> None:
    registration = services.register(store, event.id, given_names="Ana", family_names="Núñez")
    payload = services.badge_payload(event, registration.badge_token)
    session = services.sessions(store, event.id)[0].id
    store.execute("PRAGMA busy_timeout = 100")  # SQLite alone would give up after 0.1 s
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(Path(store.path)), "1.0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        result = checkin.check_in(store, event, payload, session)
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=30)
    assert result.status is checkin.CheckInStatus.CHECKED_IN
    assert waited >= 0.5  # it really waited for the other program
    assert store.scalar("SELECT count(*) FROM checkins") == 1
