"""An import killed half-way (SIGKILL, a power cut) leaves the database exactly as it was."""

from __future__ import annotations

import csv
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from attendance import services
from attendance.store import Store

# The child imports the file and prints after each batch it has written (inside the transaction).
CHILD = """
import sys
from attendance import services
from attendance.intake import importer
from attendance.store import Store
store = Store(sys.argv[1])
event = services.event_by_code(store, "KILL26")
def progress(done, total):
    print(f"written {done} of {total}", flush=True)
importer.import_file(store, event.id, sys.argv[2], progress=progress)
print("finished", flush=True)
"""


def _big_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First name", "Last name", "Gender", "Organization", "Country", "Email"])
        for n in range(rows):
            writer.writerow([f"Given{n}", f"Family{n}", "F" if n % 2 else "M", f"Institution {n % 40}", "Jamaica",
                             f"person{n}@example.org"])


def _snapshot(path: Path) -> dict[str, int]:
    with Store(path) as store:
        return {table: store.scalar(f"SELECT count(*) FROM {table}")
                for table in ("people", "registrations", "institutions", "changes")}


def test_an_import_killed_half_way_leaves_the_database_as_before(tmp_path: Path) -> None:
    database = tmp_path / "attendance.db"
    with Store(database) as store:
        event = services.create_event(store, title="Killed import", code="KILL26", start_date="2026-12-07")
        services.register(store, event.id, given_names="Already", family_names="There", sex="female")
    before = _snapshot(database)
    source = tmp_path / "big.csv"
    _big_csv(source, 6000)
    rng = random.Random(5)
    for _ in range(3):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(database), str(source)], stdout=subprocess.PIPE,
                                 text=True)
        wanted = rng.randint(1, 3)  # kill after 1 to 3 batches were written, mid-transaction
        for seen, line in enumerate(child.stdout, 1):
            assert line.startswith("written"), line
            if seen == wanted:
                os.kill(child.pid, signal.SIGKILL)
                break
        child.wait(timeout=60)
        assert child.returncode == -signal.SIGKILL
        assert _snapshot(database) == before
    with Store(database) as store:
        assert store.integrity_check() == ["ok"]
