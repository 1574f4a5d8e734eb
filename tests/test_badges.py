"""Badge sheets: every layout renders, texts fit their boxes, selections, printed marks, logos, CLI."""

from __future__ import annotations

import csv
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M

from attendance import services
from attendance.badges import make_payload, new_badge_key, new_badge_token
from attendance.documents import badge_sheets
from attendance.documents.badge_sheets import (
    LAYOUTS,
    BadgeContent,
    EventHeader,
    NothingToPrint,
    TextMeasure,
    plan_badge,
    plan_sheets,
)
from attendance.domain import AttendanceError, InvalidValue, NotFound
from attendance.i18n import date_range, tr

# (file, encoding, delimiter, given-names column, family-names column, institution column)
SAMPLE_LISTS = [
    ("preregistration-en.csv", "utf-8-sig", ",", "First name", "Last name", "Organization"),
    ("preregistration-es-excel.csv", "cp1252", ";", "Nombre", "Apellidos", "Institución"),
    ("preregistration-fr.csv", "utf-8", ";", "Prénom", "Nom", "Institution"),
]


def sample_people(samples: Path) -> list[tuple[str, str, str]]:
    """(given names, family names, institution) of every row of the pre-registration samples."""
    people = []
    for name, encoding, delimiter, given, family, institution in SAMPLE_LISTS:
        with open(samples / name, encoding=encoding, newline="") as file:
            for row in csv.DictReader(file, delimiter=delimiter):
                if (row.get(given) or "").strip() or (row.get(family) or "").strip():
                    people.append((row[given].strip(), row[family].strip(), (row[institution] or "").strip()))
    return people


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def register_some(store, event, count: int, **values) -> list[str]:
    ids = []
    for n in range(count):
        ids.append(services.register(store, event.id, given_names=f"Ana{n}", family_names=f"Pérez{n:02d}",
                                     sex="female", institution="Policía Nacional", **values).id)
    return ids


def content(given: str, family: str, institution: str, role: str = "participant") -> BadgeContent:
    return BadgeContent("r1", given, family, institution, "SAINT-VINCENT-ET-LES-GRENADINES", role,
                        "AT1SNR26K7Q2M9XD4HB7ZP1R")


HEADER = EventHeader("Regional Course on Serial Number Restoration and Firearms Tracing for Forensic Laboratories",
                     "7 December 2026 – 10 December 2026", "en")


def assert_fits(measure: TextMeasure, plan) -> None:
    """Every line of every text is no wider than its box, and the lines no taller than the box."""
    pdf = measure.pdf
    for block in plan.texts:
        pdf.set_font(badge_sheets.FONT_FAMILY, "B" if block.bold else "", block.size)
        for line in block.lines:
            assert pdf.get_string_width(line) <= block.box.w + 1e-6, (line, block.size, block.box)
        assert len(block.lines) * block.line_height <= block.box.h + 1e-6, (block.lines, block.box)
        assert block.box.x >= 0 and block.box.x + block.box.w <= plan.width + 1e-6
        assert block.box.y >= 0 and block.box.y + block.box.h <= plan.height + 1e-6


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_longest_sample_names_and_institutions_fit_their_boxes_whole(samples: Path, layout: str) -> None:
    people = sample_people(samples)
    longest_name = max(people, key=lambda p: len(f"{p[0]} {p[1]}"))
    longest_institution = max(people, key=lambda p: len(p[2]))
    measure = TextMeasure()
    for given, family, institution in (longest_name, longest_institution):
        for role in ("participant", "speaker"):
            plan = plan_badge(measure, LAYOUTS[layout], HEADER, content(given, family, institution, role))
            assert_fits(measure, plan)
            name, institution_block = plan.texts[2], plan.texts[3]
            # Sample texts fit whole: nothing cut with an ellipsis, every character printed (a
            # word wider than the box, like the sample's =HIPERVINCULO(...) name, shrinks down to
            # the legible minimum before it would break inside).
            assert "".join("".join(name.lines).split()) == "".join(f"{given}{family}".split())
            assert "".join("".join(institution_block.lines).split()) == "".join(institution.split())
            assert name.size >= badge_sheets.NAME_LEGIBLE_SIZE


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_absurdly_long_texts_shrink_wrap_and_are_cut_but_never_overflow(layout: str) -> None:
    measure = TextMeasure()
    giant = content("María de los Ángeles Guadalupe Esperanza", "Fernández-Castellanos de la Santísima Trinidad",
                    "Unidad " * 40 + "Supercalifragilisticoespialidosamenteinterminable" * 3)
    plan = plan_badge(measure, LAYOUTS[layout], HEADER, giant)
    assert_fits(measure, plan)
    assert plan.texts[3].lines[-1].endswith("…")


def test_a_long_name_shrinks_on_one_line_before_it_wraps() -> None:
    measure = TextMeasure()
    layout = LAYOUTS["a4-8up"]
    short = plan_badge(measure, layout, HEADER, content("Ana", "Paz", "UNLIREC"))
    longer = plan_badge(measure, layout, HEADER, content("Juan Carlos", "Peña", "UNLIREC"))
    longest = plan_badge(measure, layout, HEADER, content("María de los Ángeles", "Fernández Castellanos",
                                                           "UNLIREC"))
    assert short.texts[2].lines == ("Ana Paz",)
    assert len(longer.texts[2].lines) == 1 and longer.texts[2].size < short.texts[2].size
    assert longest.texts[2].lines == ("María de los Ángeles", "Fernández Castellanos")


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_layout_renders_with_names_country_event_and_ribbon(store, event, tmp_path, layout) -> None:
    services.update_event(store, event.id, language="fr")
    event = services.get_event(store, event.id)
    services.register(store, event.id, given_names="Iñaki", family_names="Zúñiga", sex="male",
                      institution="Office de la Protection du Citoyen", country="HT", role="speaker")
    services.register(store, event.id, given_names="Luz Marina", family_names="Gómez Ruiz", sex="female",
                      institution="Police Nationale d'Haïti", country="JM", role="organiser")
    services.register(store, event.id, given_names="Kemar", family_names="O'Brien", sex="male", country="BB")
    target = tmp_path / f"{layout}.pdf"
    batch = badge_sheets.save_badges(store, event, target, layout=layout)
    assert len(batch.registration_ids) == 3
    assert batch.pages == (3 if LAYOUTS[layout].per_page == 1 else 1)
    text = pdf_text(target)
    flat = " ".join(text.split())
    for expected in ("Iñaki", "Zúñiga", "Luz Marina", "Gómez Ruiz", "Kemar O'Brien", "HAÏTI", "JAMAÏQUE",
                     "BARBADE", "Serial Number Restoration Course", "7–10 décembre 2026",
                     tr("speaker", "fr").upper(), tr("organiser", "fr").upper()):
        assert expected in flat, expected
    pages = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    width_pt, height_pt = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", pages).groups())
    assert width_pt == pytest.approx(LAYOUTS[layout].page_width / 25.4 * 72, abs=0.5)
    assert height_pt == pytest.approx(LAYOUTS[layout].page_height / 25.4 * 72, abs=0.5)


def test_a_badge_never_shows_the_persons_sex(store, event, tmp_path) -> None:
    for language in ("en", "es", "fr"):
        services.update_event(store, event.id, language=language)
        current = services.get_event(store, event.id)
        for n, sex in enumerate(("female", "male", "other", "not_stated")):
            if language == "en":
                services.register(store, event.id, given_names=f"Alex{n}", family_names="Rivera", sex=sex,
                                  institution="Customs Authority", country="TT")
        target = tmp_path / f"badges-{language}.pdf"
        badge_sheets.save_badges(store, current, target, mark_printed=False)
        words = set(re.findall(r"\w+", pdf_text(target).lower()))
        sex_words = {"female", "male", "mujer", "hombre", "femme", "homme", "sex", "sexo", "sexe", "otro",
                     "autre", "other", "stated", "indicado", "indiqué", "f", "m"}
        assert not words & sex_words, words & sex_words
        assert "alex0" in words


def test_selection_all_ids_or_not_yet_printed_and_cancelled_left_out(store, event) -> None:
    ids = register_some(store, event, 5)
    services.cancel_registration(store, ids[4])
    everyone = badge_sheets.badge_pdf(store, event)
    assert set(everyone.registration_ids) == set(ids[:4])
    chosen = badge_sheets.badge_pdf(store, event, registration_ids=[ids[2], ids[0], ids[4]])
    assert chosen.registration_ids == (ids[2], ids[0])
    badge_sheets.mark_badges_printed(store, [ids[0], ids[1]])
    fresh = badge_sheets.badge_pdf(store, event, only_not_printed=True)
    assert set(fresh.registration_ids) == {ids[2], ids[3]}
    badge_sheets.mark_badges_printed(store, fresh.registration_ids)
    with pytest.raises(NothingToPrint):
        badge_sheets.badge_pdf(store, event, only_not_printed=True)


def test_saving_marks_the_badges_printed_in_the_synced_log(store, event, tmp_path) -> None:
    ids = register_some(store, event, 3)
    before = store.scalar("SELECT count(*) FROM changes")
    badge_sheets.save_badges(store, event, tmp_path / "b.pdf")
    printed = store.rows("SELECT id, badge_printed_at FROM registrations")
    assert {row["id"] for row in printed if row["badge_printed_at"]} == set(ids)
    assert len({row["badge_printed_at"] for row in printed}) == 1
    logged = store.rows("SELECT fields FROM changes WHERE entity = 'registrations' ORDER BY at")[-3:]
    assert all("badge_printed_at" in json.loads(row["fields"]) for row in logged)
    assert store.scalar("SELECT count(*) FROM changes") == before + 3
    badge_sheets.save_badges(store, event, tmp_path / "again.pdf", mark_printed=False)
    assert store.scalar("SELECT count(*) FROM changes") == before + 3


def test_a_failed_write_keeps_the_old_file_and_marks_nothing(store, event, tmp_path) -> None:
    register_some(store, event, 2)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(AttendanceError, match="Could not write"):
        badge_sheets.save_badges(store, event, blocker / "badges.pdf")
    assert store.scalar("SELECT count(*) FROM registrations WHERE badge_printed_at IS NOT NULL") == 0
    existing = tmp_path / "badges.pdf"
    existing.write_bytes(b"old")
    badge_sheets.save_badges(store, event, existing)
    assert existing.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))


def test_codes_name_registrations_by_token_or_scanned_payload(store, event) -> None:
    first, second = register_some(store, event, 2)
    token = services.get_registration(store, first).badge_token
    payload = services.badge_payload(event, services.get_registration(store, second).badge_token)
    assert badge_sheets.registration_ids_for_codes(store, event, [token.lower(), payload]) == [first, second]
    with pytest.raises(NotFound, match="ZZZZZZZZ"):
        badge_sheets.registration_ids_for_codes(store, event, ["ZZZZZZZZ"])


def test_an_unknown_layout_is_refused_naming_the_known_ones(store, event) -> None:
    register_some(store, event, 1)
    with pytest.raises(InvalidValue, match="a4-8up"):
        badge_sheets.badge_pdf(store, event, layout="a3-poster")


def test_progress_is_reported_up_to_the_total(store, event) -> None:
    register_some(store, event, 10)
    seen: list[tuple[int, int]] = []
    badge_sheets.badge_pdf(store, event, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_logos_from_the_settings_are_drawn_and_broken_ones_skipped(store, event, tmp_path) -> None:
    register_some(store, event, 1)
    organiser = tmp_path / "organiser.png"
    Image.new("RGB", (300, 100), (0, 90, 160)).save(organiser)
    partner = tmp_path / "partner.jpg"
    Image.new("RGB", (100, 100), (200, 30, 30)).save(partner)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    # A JPEG cut in half: Pillow's quick verify() accepts it, decoding (as fpdf2 would) fails.
    truncated = tmp_path / "truncated.jpg"
    Image.effect_noise((300, 300), 60).convert("RGB").save(tmp_path / "whole.jpg")
    whole = (tmp_path / "whole.jpg").read_bytes()
    truncated.write_bytes(whole[:len(whole) // 2])
    store.set_meta(badge_sheets.ORGANISER_LOGO_KEY, str(organiser))
    store.set_meta(badge_sheets.PARTNER_LOGOS_KEY, json.dumps([str(broken), str(tmp_path / "gone.png"),
                                                               str(truncated), str(partner)]))
    header = badge_sheets.event_header(store, event)
    assert header.organiser_logo == organiser and header.partner_logos == (partner,)
    target = tmp_path / "logos.pdf"
    badge_sheets.save_badges(store, event, target)
    listed = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True, check=True)
    assert len(listed.stdout.strip().splitlines()) - 2 == 2  # two images (header lines excluded)
    store.set_meta(badge_sheets.ORGANISER_LOGO_KEY, str(tmp_path / "missing.png"))
    store.set_meta(badge_sheets.PARTNER_LOGOS_KEY, "")
    assert badge_sheets.event_header(store, event).organiser_logo is None


def test_layout_descriptions_are_translated() -> None:
    for layout in LAYOUTS.values():
        assert tr(layout.description, "es") != layout.description
        assert tr(layout.description, "fr") != layout.description


def test_cut_marks_sit_in_the_margins_on_every_badge_edge() -> None:
    layout = LAYOUTS["a4-8up"]
    pages = plan_sheets(layout, HEADER, [content("Ana", "Paz", "X")])
    marks = pages[0].cut_marks
    vertical = sorted({x1 for x1, _, x2, _ in marks if x1 == x2})
    horizontal = {y1 for _, y1, _, y2 in marks if y1 == y2}
    assert vertical == pytest.approx([layout.left, layout.left + 95, layout.left + 190])
    assert len(horizontal) == 5
    for x1, y1, x2, y2 in marks:
        inside_x = layout.left < min(x1, x2) < layout.left + 190 or layout.left < max(x1, x2) < layout.left + 190
        inside_y = layout.top < min(y1, y2) < layout.top + 272 or layout.top < max(y1, y2) < layout.top + 272
        assert not (inside_x and inside_y), "a cut mark drawn over a badge"
    assert plan_sheets(LAYOUTS["a4-labels"], HEADER, [content("Ana", "Paz", "X")])[0].cut_marks == ()


def test_cli_writes_the_badges_and_reports_them(store, event, tmp_path) -> None:
    ids = register_some(store, event, 3)
    token = services.get_registration(store, ids[1]).badge_token
    db = store.path
    store.close()
    target = tmp_path / "cli.pdf"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "attendance", "--db", str(db), "badges", *args],
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ, "ATTENDANCE_LANG": "en"})

    only = run("snr26", "-o", str(target), "--layout", "cr80", "--only", token)
    assert only.returncode == 0, only.stderr
    assert only.stdout.strip() == f"Wrote 1 badge on 1 page to {target}"
    assert "Pérez01" in pdf_text(target)
    rest = run("SNR26", "-o", str(target), "--not-printed")
    assert rest.returncode == 0 and "Wrote 2 badges on 1 page" in rest.stdout
    none_left = run("SNR26", "-o", str(target), "--not-printed")
    assert none_left.returncode == 1 and "No badges to print" in none_left.stderr
    unknown = run("SNR26", "-o", str(target), "--only", "NOPE1234")
    assert unknown.returncode == 1 and "NOPE1234" in unknown.stderr



def test_the_fast_mask_choice_gives_exactly_qrcodes_own_code() -> None:
    """qr_matrix scores the eight masks itself; the result must be the code qrcode would make."""
    chooser = random.Random(4)
    key = new_badge_key()
    for _ in range(150):
        code = "".join(chooser.choice("ABCDEFGHJKMNPQRSTVWXYZ0123456789") for _ in range(chooser.randint(2, 12)))
        payload = make_payload(code, new_badge_token(), key)
        reference = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=badge_sheets.QR_BORDER)
        reference.add_data(payload)
        assert badge_sheets.qr_matrix(payload) == reference.get_matrix(), payload


def test_qr_rectangles_cover_exactly_the_dark_modules() -> None:
    payload = "AT1SNR26K7Q2M9XD4HB7ZP1R"
    matrix = badge_sheets.qr_matrix(payload)
    size, rects = badge_sheets.qr_rectangles(payload)
    covered = [[False] * size for _ in range(size)]
    for x, y, w, h in rects:
        for row in range(y, y + h):
            for column in range(x, x + w):
                assert not covered[row][column], "rectangles overlap"
                covered[row][column] = True
    assert covered == matrix
    assert len(rects) < sum(map(sum, matrix)) / 2  # merged: well under half as many squares as modules
    assert not any(matrix[row][column] for row in range(4) for column in range(size))  # quiet zone kept


def test_many_partner_logos_never_crowd_out_the_title(tmp_path) -> None:
    wide = tmp_path / "wide.png"
    Image.new("RGB", (400, 100), (0, 0, 0)).save(wide)
    header = EventHeader("Regional Course on Serial Number Restoration", "7–10 December 2026", "en",
                         organiser_logo=wide, partner_logos=(wide,) * 6)
    for layout in LAYOUTS.values():
        design = badge_sheets.design_for(layout)
        logos, (title, _dates) = badge_sheets.plan_header(TextMeasure(), design, header)
        assert title.box.w >= design.header.w * 0.55
        assert title.lines and not title.lines[-1].endswith("…")
        for _, box in logos:
            assert design.header.x - 1e-6 <= box.x and box.x + box.w <= design.header.x + design.header.w + 1e-6
            assert box.x + box.w <= title.box.x or box.x >= title.box.x + title.box.w  # beside, not over


def test_badge_dates_are_short_and_in_the_event_language(store, event) -> None:
    # one function for badges, documents and the command line: CLDR's yMMMMd interval, full months
    assert badge_sheets.event_header(store, event).dates == "7–10 December 2026"
    assert date_range("2026-12-07", "2026-12-10", "es") == "7–10 de diciembre de 2026"
    assert date_range("2026-11-28", "2026-12-03", "fr") == "28 novembre\u2009–\u20093 décembre 2026"
    assert date_range("2026-12-07", "2027-02-18", "fr") == "7 décembre 2026\u2009–\u200918 février 2027"
    assert date_range("2026-12-07", "2027-02-18", "en") == "7 December 2026\u2009–\u200918 February 2027"
    assert date_range("2026-12-07", None, "en") == date_range("2026-12-07", "2026-12-07", "en") == "7 December 2026"
    assert date_range(None, None, "en") == ""
