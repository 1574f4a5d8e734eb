"""Virtual attendance figures (issue 10).

Target: a 3,000-row Zoom webinar attendee report (preamble, Host / Panelist / Attendee sections,
several rows per person who reconnected or used two devices, names typed as people type them)
read, minutes counted and matched against 5,000 registrations in <= 2 s. Printed beside a bare
``csv`` read of the same file (decode + csv.reader into lists), the floor any reader has.
"""

from __future__ import annotations

import csv
import io
import random
import statistics
import sys
import tempfile
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import FAMILY, GIVEN, demo_event, describe, fill_people, fill_registrations, fresh_store, timed

from attendance.intake import virtual

ROWS = 3_000
REGISTRATIONS = 5_000
REPEAT = 5
TARGET_SECONDS = 2.0


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def write_report(path: Path, people: list[tuple[str, str, str]]) -> None:
    """A webinar attendee report as Zoom exports it, for ROWS rows drawn from the registered people."""
    rng = random.Random(10)
    start = datetime(2026, 12, 7, 9, 0)

    def us(moment: datetime) -> str:
        return moment.strftime("%m/%d/%Y %I:%M:%S %p")

    header = ["Attended", "User Name (Original Name)", "First Name", "Last Name", "Email", "Registration Time",
              "Approval Status", "Join Time", "Leave Time", "Time in Session (minutes)", "Is Guest",
              "Country/Region Name"]
    lines = [["Attendee Report"], ["Report Generated:", us(start + timedelta(hours=3))],
             ["Topic", "Webinar ID", "Actual Start Time", "Actual Duration (minutes)", "# Registered"],
             ["Benchmark webinar", "900 0000 0000", us(start), "120", str(REGISTRATIONS)], [],
             ["Host Details"], header[:2] + header[4:5] + header[7:],
             ["Yes", "Host", "host@unit.example", us(start), us(start + timedelta(minutes=120)), "120", "No", "Peru"],
             [], ["Attendee Details"], header]
    written = 0
    while written < ROWS:
        given, family, email = rng.choice(people)
        typed = rng.choice([f"{given} {family}", f"{given.split()[0]} {family.split()[0]}".upper(),
                            f"{family}, {given}", _plain(f"{given} {family}") + " (Guest)"])
        shown_email = email if rng.random() < 0.6 else ""
        for _device in range(rng.choice([1, 1, 1, 2, 3])):  # reconnections and second devices
            joined = start + timedelta(minutes=rng.randint(-10, 100))
            left = min(joined + timedelta(minutes=rng.randint(5, 120)), start + timedelta(minutes=125))
            minutes = max(1, round((left - joined).total_seconds() / 60))
            lines.append(["Yes", typed, given, family, shown_email, us(start - timedelta(days=3)), "approved",
                          us(joined), us(left), str(minutes), "Yes" if not shown_email else "No", "Jamaica"])
            written += 1
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(lines)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


def bare_read(path: Path) -> list[list[str]]:
    """The floor: decode the bytes and split them with csv.reader."""
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        store = fresh_store(folder)
        event = demo_event(store)
        person_ids = fill_people(store, REGISTRATIONS)
        # Names as registrations have them (fill_people numbers its family names): given + two family names.
        combos = [(g, f"{a} {b}") for g in GIVEN for a in FAMILY for b in FAMILY if a != b]
        random.Random(5).shuffle(combos)
        with store.transaction():
            store.conn.executemany("UPDATE people SET given_names = ?, family_names = ? WHERE id = ?",
                                   [(*combos[n], person_id) for n, person_id in enumerate(person_ids)])
        fill_registrations(store, event.id, person_ids)
        people = [(row["given_names"], row["family_names"], row["email"]) for row in store.rows(
            "SELECT given_names, family_names, email FROM people")]
        report_path = folder / "webinar-attendees.csv"
        write_report(report_path, people)

        bare = timed(lambda: bare_read(report_path), REPEAT)
        outcome: dict[str, object] = {}

        def read_and_match() -> None:
            report = virtual.read_report(report_path)
            outcome["report"] = report
            outcome["matches"] = virtual.match_report(store, event, report)

        ours = timed(read_and_match, REPEAT)
        matches = outcome["matches"]
        kinds = {kind: sum(1 for m in matches if m.kind.value == kind) for kind in ("email", "name", "fuzzy", "none")}
        print(f"{ROWS} report rows ({len(outcome['report'].attendees)} people), {REGISTRATIONS} registrations; "
              f"matches {kinds}")
        print(describe("bare csv read of the same file", bare))
        print(describe("read + minutes + match (virtual)", ours))
        median = statistics.median(ours) / 1000
        verdict = "met" if median <= TARGET_SECONDS else "MISSED"
        print(f"ratio to the bare read: {statistics.median(ours) / statistics.median(bare):.1f}x; "
              f"median {median:.2f} s, target <= {TARGET_SECONDS:.0f} s: {verdict}")
        store.close()


if __name__ == "__main__":
    main()
