"""Report figures: the summary over 100,000 check-ins and a 5,000-person sign-in sheet, with baselines.

Targets (issue 6): ``reports.summarise`` over 100,000 check-ins <= 1 s, compared with a bare SQL
count of the same check-ins in the same run; ``documents.sign_in_sheet`` for 5,000 participants
<= 3 s, compared with a bare fpdf2 cell loop writing the same rows in the same fonts; then the
same sheet again with long names and institutions, so every row wraps (also <= 3 s).
The databases are filled with executemany on the tables (not the services) so setup stays quick.

Issue 13 asks the summary to come down to <= 10x the bare count (it was 0.72 s, 105x). Met: the
summary reads the ``participation`` table (migration 0015, one row per registration kept up to date by
triggers) through its index by event instead of walking the check-ins. Measured 2026-12-04 on the
2-core machine with nothing else running, the same 100,000 check-ins, medians of 7:

    summary (reports.summarise)     28.7 ms    6.0x the bare count of check-ins (4.8 ms)
    again, after migration 0016     28.0 ms    3.9x the bare count of check-ins (7.1 ms)

Before (2026-12-03, other test runs alongside): 935-969 ms, 98-115x the bare count, after migration
0009; 1193-1355 ms before it.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import demo_event, describe, fill_people, fill_registrations, fresh_store, timed
from fpdf import FPDF
from PIL import Image

from attendance import assets, organisations, presence, services
from attendance.documents import sheets as documents
from attendance.reports import summary as reports
from attendance.store import Store, utc_now

CHECKINS = 100_000
SESSIONS = 5
SIGNIN_PEOPLE = 5_000


def fill_checkins(store: Store, event_id: str, registration_ids: list[str], count: int) -> None:
    """``count`` check-ins spread over the sessions, 1 % of them undone by an undo row."""
    rng = random.Random(6)
    session_ids = [s.id for s in services.sessions(store, event_id)]
    now = utc_now()
    rows, undos = [], []
    for n in range(count):
        checkin_id = str(uuid.uuid4())
        registration = registration_ids[n % len(registration_ids)]
        session = session_ids[(n // len(registration_ids)) % len(session_ids)]
        rows.append((checkin_id, registration, event_id, session, now, now, now, store.device_id, None))
        if rng.random() < 0.01:
            undos.append((str(uuid.uuid4()), registration, event_id, session, now, now, now, store.device_id,
                          checkin_id))
    with presence.deferred(store):  # a bulk write, as an import: registrations computed once
        store.db.conn.executemany(
            "INSERT INTO checkins (id, registration_id, event_id, session_id, at, created_at, updated_at,"
            " device_id, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows + undos)


def bare_count(store: Store, event_id: str) -> int:
    """The bare SQL floor: count the event's check-ins, no view, no joins."""
    return store.db.execute("SELECT count(*) FROM checkins WHERE event_id = ?", [event_id]).fetchone()[0]


def bare_sign_in_sheet(rows: list[list[str]], path: Path) -> None:
    """The fpdf2 floor: the same rows as bordered cells in the same fonts, no header logic, no fitting."""
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(assets.font("DejaVuSans.ttf")))
    pdf.set_font("DejaVu", size=9)
    pdf.set_auto_page_break(True, margin=14)
    pdf.add_page()
    widths = [9.0, 51.0, 48.0, 24.0, 54.0]
    for row in rows:
        for width, text in zip(widths, row, strict=True):
            pdf.cell(width, 9, text, border=1)
        pdf.ln(9)
    pdf.output(str(path))


def main() -> None:
    """Build both databases, time the summary and the sheet against their baselines, print figures."""
    folder = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    store = fresh_store(folder)
    event = services.create_event(store, title="Benchmark course", code="BENCH", start_date="2026-12-07",
                                  end_date=f"2026-12-{6 + SESSIONS:02d}")
    people = fill_people(store, CHECKINS // SESSIONS)
    registration_ids = [registration_id for registration_id, _ in fill_registrations(store, event.id, people)]
    fill_checkins(store, event.id, registration_ids, CHECKINS)
    print(f"{bare_count(store, event.id):,} check-ins ({CHECKINS:,} + undo rows) of {len(registration_ids):,} "
          f"registrations over {SESSIONS} sessions")

    summary_ms = timed(lambda: reports.summarise(store, event.id), 7)
    bare_ms = timed(lambda: bare_count(store, event.id), 7)
    summary = reports.summarise(store, event.id)
    print(describe("summary (reports.summarise)", summary_ms))
    print(describe("baseline: bare SELECT count(*) of check-ins", bare_ms))
    print(f"summary: {summary.attended:,} attended; median {statistics.median(summary_ms) / 1000:.3f} s "
          f"(target <= 1 s), {statistics.median(summary_ms) / statistics.median(bare_ms):.1f}x the bare count")

    sheet_event = demo_event(store, "SIGN")
    credit(store, sheet_event.id, folder)  # the footer's credits and logos on every page (issue 11)
    fill_registrations(store, sheet_event.id, people[:SIGNIN_PEOPLE])
    first_session = services.sessions(store, sheet_event.id)[0].id
    target = folder / "signin.pdf"
    sheet_ms = timed(lambda: documents.sign_in_sheet(store, sheet_event.id, target, session_id=first_session,
                                                     blank_rows=0), 3)
    rows = [[str(n), documents.display_name(p), p.institution, p.country, ""]
            for n, p in enumerate(documents.registered_people(store, sheet_event.id), 1)]
    bare_target = folder / "bare.pdf"
    baseline_ms = timed(lambda: bare_sign_in_sheet(rows, bare_target), 3)
    print(describe(f"sign-in sheet, {SIGNIN_PEOPLE:,} rows", sheet_ms))
    print(describe(f"baseline: bare fpdf2 cell loop, {len(rows):,} rows", baseline_ms))
    print(f"sign-in sheet: median {statistics.median(sheet_ms) / 1000:.3f} s (target <= 3 s), "
          f"{statistics.median(sheet_ms) / statistics.median(baseline_ms):.2f}x the bare cell loop; "
          f"{target.stat().st_size / 1e6:.1f} MB")

    lengthen_texts(store)
    long_ms = timed(lambda: documents.sign_in_sheet(store, sheet_event.id, target, session_id=first_session,
                                                    blank_rows=0), 3)
    print(describe(f"sign-in sheet, {SIGNIN_PEOPLE:,} rows, all wrapped", long_ms))
    print(f"sign-in sheet with long texts: median {statistics.median(long_ms) / 1000:.3f} s (target <= 3 s), "
          f"{statistics.median(long_ms) / statistics.median(baseline_ms):.2f}x the bare cell loop")
    store.close()


def credit(store: Store, event_id: str, folder: Path) -> None:
    """An organiser, a partner and two funders, two of them with a logo, as a real course has."""
    organisations.set_event_attribution(store, event_id, organiser=["UNLIREC"], partners=["CARICOM IMPACS"],
                                        funders=["Government of Germany", "European Union"])
    for name, colour in (("CARICOM IMPACS", (200, 120, 0)), ("Government of Germany", (30, 30, 30))):
        logo = folder / f"{colour[0]}.png"
        Image.new("RGB", (240, 90), colour).save(logo)
        organisations.set_logo(store, organisations.find_organisation(store, name).id, logo)


LONG_INSTITUTIONS = ("Ministerio de Seguridad Pública y Justicia de la República {}",
                     "Commission Nationale de Désarmement, Démantèlement et Réinsertion {}",
                     "Dirección Nacional de Investigación Criminal {}")


def lengthen_texts(store: Store) -> None:
    """Give every institution a long name and every person long names (plain SQL, as the fill), so
    each sign-in sheet row wraps its name and institution on two or three lines."""
    with store.transaction():
        ids = [row[0] for row in store.db.execute("SELECT id FROM institutions ORDER BY id").fetchall()]
        store.db.conn.executemany("UPDATE institutions SET name = ? WHERE id = ?",
                                  [(LONG_INSTITUTIONS[n % 3].format(n), id_) for n, id_ in enumerate(ids)])
        store.db.execute("UPDATE people SET family_names = family_names || ' González Ávila Martínez', "
                         "given_names = given_names || ' Fernanda'")


if __name__ == "__main__":
    main()
