"""Import and duplicate-suggestion figures (issue 3).

Targets: a 10,000-row CSV imported (read, mapped, matched, written and committed) in <= 3 s and
within 4x of a bare ``executemany`` of the same rows into the same tables (institutions, people,
registrations, changes: same row counts) in the same run; header-row and source detection with
every column accounted for (issue 15) on a 200-column sheet in <= 50 ms (cold caches), beside
the bare csv parse of the same sheet; duplicate suggestions for a typed name among 100,000 known
people in <= 50 ms p95.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import FAMILY, GIVEN, demo_event, describe, fill_people, fresh_store, percentile

from attendance.intake import columns, importer
from attendance.intake.matching import PeopleIndex
from attendance.store import utc_now

ROWS = 10_000
PEOPLE = 100_000
REPEAT = 5
SEXES = ["Mujer", "Hombre", "F", "M", "Femenino", "Masculino"]
COUNTRIES = ["El Salvador", "Honduras", "Guatemala", "Panamá", "México", "Perú", "Jamaica", "Haïti"]


def write_csv(path: Path, rows: int) -> None:
    """A Spanish pre-registration list as Excel saves it: Windows-1252, ``;``, CRLF."""
    rng = random.Random(3)
    lines = ["Nombre;Apellidos;Sexo;Institución;Cargo;País;Correo electrónico;Teléfono"]
    for n in range(rows):
        lines.append(f"{rng.choice(GIVEN)};{rng.choice(FAMILY)} {n};{rng.choice(SEXES)};Institución {n % 40};"
                     f"Analista;{rng.choice(COUNTRIES)};persona{n}@example.org;+503 {7000 + n:04d}-{n % 9999:04d}")
    path.write_bytes("\r\n".join(lines).encode("cp1252"))


def bare_executemany(folder: Path, counts: dict[str, int], run: int) -> float:
    """Seconds to executemany prepared rows (same counts) into the same tables and commit."""
    store = fresh_store(folder, f"bare{run}.db")
    event = demo_event(store)
    now = utc_now()
    device, author = store.device_id, store.author
    institutions = [(str(uuid.uuid4()), f"Institución {n}", f"institucion {n}", "other", now, now, device)
                    for n in range(counts["institutions"])]
    people = [(str(uuid.uuid4()), "Ana", f"Núñez {n}", "female", f"p{n}@example.org", "+503 7000-0000", "SV",
               "Analista", institutions[n % len(institutions)][0], now, now, device) for n in range(counts["people"])]
    registrations = [(str(uuid.uuid4()), event.id, people[n][0], people[n][8], "Analista", "participant",
                      "registered", f"T{n:07d}", "import", now, now, now, device)
                     for n in range(counts["registrations"])]
    changes = [(str(uuid.uuid4()), entity, row[0], json.dumps({"n": n}), now, device, author, None)
               for entity, rows in (("institutions", institutions), ("people", people),
                                    ("registrations", registrations)) for n, row in enumerate(rows)]
    start = time.perf_counter()
    with store.transaction():
        conn = store.db.conn
        conn.executemany("INSERT INTO institutions (id, name, folded_name, sector, created_at, updated_at, "
                         "device_id) VALUES (?, ?, ?, ?, ?, ?, ?)", institutions)
        conn.executemany("INSERT INTO people (id, given_names, family_names, sex, email, phone, country, position, "
                         "institution_id, created_at, updated_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                         "?, ?)", people)
        conn.executemany("INSERT INTO registrations (id, event_id, person_id, institution_id, position, role, "
                         "status, badge_token, source, registered_at, created_at, updated_at, device_id) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", registrations)
        conn.executemany("INSERT INTO changes (id, entity, entity_id, fields, at, device_id, author, based_on) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", changes)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def bench_import(folder: Path) -> None:
    path = folder / "preregistration-10000.csv"
    write_csv(path, ROWS)
    import_s, import_cpu_s, bare_s = [], [], []
    for run in range(REPEAT):
        store = fresh_store(folder, f"import{run}.db")
        event = demo_event(store)
        start, start_cpu = time.perf_counter(), time.process_time()
        report = importer.import_file(store, event.id, path)
        import_s.append(time.perf_counter() - start)
        import_cpu_s.append(time.process_time() - start_cpu)
        assert report.saved and report.count("added") == ROWS, report.summary()
        counts = {t: store.scalar(f"SELECT count(*) FROM {t}") for t in ("institutions", "people", "registrations")}
        store.close()
        bare_s.append(bare_executemany(folder, counts, run))
    ratio = statistics.median(import_s) / statistics.median(bare_s)
    print(describe(f"import {ROWS:,}-row CSV (file to commit)", [s * 1000 for s in import_s]))
    print(describe("  the same, CPU time of this process", [s * 1000 for s in import_cpu_s]))
    print(describe("bare executemany, same rows and tables", [s * 1000 for s in bare_s]))
    print(f"import median {statistics.median(import_s):.2f} s (target <= 3 s); "
          f"ratio to bare executemany {ratio:.2f}x (target <= 4x)")


def wide_sheet(columns: int = 200, rows: int = 300) -> str:
    """A form export 200 columns wide: metadata, name/email/sex/country questions, many others."""
    rng = random.Random(5)
    headers = ["Marca temporal", "Dirección de correo electrónico", "Nombres", "Apellidos", "Sexo", "País",
               "Institución a la que pertenece"]
    headers += [f"{n}. ¿Pregunta número {n} del formulario?" for n in range(len(headers), columns)]
    lines = [",".join(f'"{h}"' for h in headers)]
    for n in range(rows):
        cells = [f"10/03/2026 9:{n % 60:02d}:00", f"p{n}@example.org", rng.choice(GIVEN), rng.choice(FAMILY),
                 rng.choice(SEXES), rng.choice(COUNTRIES), f"Institución {n % 40}"]
        cells += [rng.choice(["Sí", "No", "Tal vez", "", "3", "Muy de acuerdo"]) for _ in range(columns - len(cells))]
        lines.append(",".join(f'"{c}"' for c in cells))
    return "\n".join(lines) + "\n"


def bench_detection() -> None:
    """Header row, source and column choices on a 200-column sheet, against the bare csv parse."""
    text = wide_sheet()
    detect_ms, detect_cpu_ms, parse_ms = [], [], []
    for _ in range(REPEAT * 2):
        start = time.perf_counter()
        records = list(csv.reader(io.StringIO(text)))
        parse_ms.append((time.perf_counter() - start) * 1000)
        columns.header_scores.cache_clear()
        columns.is_metadata.cache_clear()
        columns.normalise_header.cache_clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        table = importer._table_from_records(records)  # the header search, then the choices
        detection = importer.detect(table)
        detect_ms.append((time.perf_counter() - start) * 1000)
        detect_cpu_ms.append((time.process_time() - start_cpu) * 1000)
        assert len(detection.columns) == 200 and detection.source == "google_forms"
    print(describe("header row + source + 200 column choices (cold caches)", detect_ms))
    print(describe("  the same, CPU time of this process", detect_cpu_ms))
    print(describe("bare csv parse of the same 200-column sheet", parse_ms))
    print(f"detection median {statistics.median(detect_ms):.1f} ms wall, {statistics.median(detect_cpu_ms):.1f} ms "
          f"CPU (target <= 50 ms); "
          f"{statistics.median(detect_ms) / statistics.median(parse_ms):.1f}x the bare parse")


def bench_suggestions(folder: Path) -> None:
    store = fresh_store(folder, "people.db")
    fill_people(store, PEOPLE)
    start = time.perf_counter()
    index = PeopleIndex.from_store(store)
    load_s = time.perf_counter() - start
    rng = random.Random(11)
    typed = []
    for _ in range(300):
        given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)} {rng.randrange(PEOPLE)}"
        variant = rng.choice(["as is", "swapped", "typo", "lower"])
        if variant == "swapped":
            given, family = family, given
        elif variant == "typo":
            position = rng.randrange(len(family))
            family = family[:position] + "x" + family[position + 1:]
        elif variant == "lower":
            given, family = given.lower(), family.lower()
        typed.append((given, family))
    suggest_ms, cpu_ms = [], []
    for given, family in typed:
        begin, begin_cpu = time.perf_counter(), time.process_time()
        index.suggest(given, family, email=None, phone=None)
        suggest_ms.append((time.perf_counter() - begin) * 1000)
        cpu_ms.append((time.process_time() - begin_cpu) * 1000)
    start = time.perf_counter()
    index.refresh()
    refresh_ms = (time.perf_counter() - start) * 1000
    print(f"index of {len(index):,} people loaded in {load_s:.2f} s; a refresh with nothing new {refresh_ms:.1f} ms")
    print(describe(f"suggest among {PEOPLE:,} people (wall clock)", suggest_ms))
    # CPU time shows what the query itself costs when other programs share the cores.
    print(describe("suggest, CPU time of this process", cpu_ms))
    print(f"suggest p95 {percentile(suggest_ms, 0.95):.1f} ms wall, {percentile(cpu_ms, 0.95):.1f} ms CPU "
          f"(target <= 50 ms); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    store.close()


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="attendance-bench-import-"))
    bench_import(folder)
    bench_detection()
    bench_suggestions(folder)


if __name__ == "__main__":
    main()
