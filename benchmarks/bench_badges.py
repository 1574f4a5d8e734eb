"""Badge PDF speed and size: 1,000 badges on A4 8-up against a bare fpdf2 script, in the same run.

The issue's targets: 1,000 badges in at most 3 s, within 1.5x of a bare fpdf2 script that draws
the same texts and QR squares (no fitting, no layout), and at most 1 MB per 1,000 badges.
The baseline computes the same QR codes with qrcode and draws each row's runs of dark modules;
it puts name, institution, country, title and dates at fixed sizes without measuring anything.

Run: .venv/bin/python benchmarks/bench_badges.py [--badges N] [--runs R]
"""

from __future__ import annotations

import argparse
import statistics
import time
from importlib.resources import as_file

import qrcode
from fpdf import FPDF
from qrcode.constants import ERROR_CORRECT_M

from attendance import assets
from attendance.documents import badge_sheets
from attendance.documents.badge_sheets import LAYOUTS, BadgeContent, EventHeader

GIVEN = ["Luz Marina", "Kemar", "Iñaki", "Ramón", "Guadalupe", "Juan Carlos", "Keisha", "Héctor", "Andrea"]
FAMILY = ["Gómez Ruiz", "O'Brien", "Zúñiga", "Campbell", "Núñez", "Peña", "St. Hilaire", "Solís", "Benoît"]
INSTITUTIONS = ["Commission Nationale de Désarmement, Démantèlement et Réinsertion", "Police Nationale d'Haïti",
                "Jamaica Constabulary Force", "Ministerio de Seguridad", "Autorité Aéroportuaire Nationale"]
# With the credits line the layouts with room print (partners and funders, issue 11).
HEADER = EventHeader("Regional Course on Serial Number Restoration", "7 December 2026 – 10 December 2026", "en",
                     credits="Partner: CARICOM Implementation Agency for Crime and Security · Funded by: Government "
                             "of Germany and European Union",
                     short_credits="Partner: CARICOM IMPACS · Funded by: Government of Germany and EU")


def contents(count: int) -> list[BadgeContent]:
    """Synthetic badges with realistic names, institutions and payloads."""
    from attendance.badges import make_payload, new_badge_key, new_badge_token

    key = new_badge_key()
    return [BadgeContent(str(n), GIVEN[n % len(GIVEN)], f"{FAMILY[n % len(FAMILY)]} {n}",
                         INSTITUTIONS[n % len(INSTITUTIONS)], "Jamaica", ("participant", "speaker")[n % 7 == 0],
                         make_payload("SNR26", new_badge_token(), key)) for n in range(count)]


def ours(badges: list[BadgeContent]) -> bytes:
    """The real path: plan (fit texts, QR runs) then draw with fpdf2."""
    return badge_sheets.render_badges(LAYOUTS["a4-8up"], HEADER, badges).pdf


def bare_fpdf2(badges: list[BadgeContent]) -> bytes:
    """The baseline: fixed positions and sizes, QR modules drawn as horizontal runs."""
    layout = LAYOUTS["a4-8up"]
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    with as_file(assets.font("DejaVuSans.ttf")) as regular, as_file(assets.font("DejaVuSans-Bold.ttf")) as bold:
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
    for n, badge in enumerate(badges):
        slot = n % layout.per_page
        if slot == 0:
            pdf.add_page()
        x, y = layout.position(slot)
        pdf.set_font("DejaVu", "B", 8)
        pdf.text(x + 4, y + 7, HEADER.title)
        pdf.set_font("DejaVu", "", 6)
        pdf.text(x + 4, y + 11, HEADER.dates)
        pdf.set_font("DejaVu", "B", 16)
        pdf.text(x + 4, y + 25, badge.full_name)
        pdf.set_font("DejaVu", "", 8)
        pdf.text(x + 4, y + 35, badge.institution)
        pdf.text(x + 4, y + 45, badge.country)
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
        code.add_data(badge.payload)
        matrix = code.get_matrix()
        module = 34 / len(matrix)
        left, top = x + 57, y + 16
        for row_number, row in enumerate(matrix):
            start = None
            for column, dark in enumerate([*row, False]):
                if dark and start is None:
                    start = column
                elif not dark and start is not None:
                    pdf.rect(left + start * module, top + row_number * module, (column - start) * module, module,
                             style="F")
                    start = None
    return bytes(pdf.output())


def timed(function, badges: list[BadgeContent], runs: int) -> tuple[list[float], list[float], int]:
    """Wall-clock and CPU seconds of each run, and the PDF's size.

    CPU time is printed too: on a machine shared with other work, wall-clock time measures the
    neighbours as much as the code.
    """
    seconds, cpu, size = [], [], 0
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        size = len(function(badges))
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return seconds, cpu, size


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--badges", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    badges = contents(args.badges)
    ours(badges[:8])  # warm caches (font parsing, imports) for both, outside the timing
    bare_fpdf2(badges[:8])
    wall, cpu = {}, {}
    for name, function in (("bare fpdf2", bare_fpdf2), ("attendance", ours)):
        seconds, cpu_seconds, size = timed(function, badges, args.runs)
        wall[name], cpu[name] = statistics.median(seconds), statistics.median(cpu_seconds)
        print(f"{name:>11}: {args.badges} badges  median {wall[name]:.2f} s  "
              f"p95 {percentile(seconds, 0.95):.2f} s  p99 {percentile(seconds, 0.99):.2f} s  "
              f"(CPU median {cpu[name]:.2f} s)  "
              f"size {size / 1e6:.2f} MB ({size / 1e6 * 1000 / args.badges:.2f} MB per 1,000)")
    print(f"ratio attendance / bare fpdf2, medians: wall {wall['attendance'] / wall['bare fpdf2']:.2f}, "
          f"CPU {cpu['attendance'] / cpu['bare fpdf2']:.2f}  (targets: ratio <= 1.5, <= 3 s, <= 1 MB)")


if __name__ == "__main__":
    main()
