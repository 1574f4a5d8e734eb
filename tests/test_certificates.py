"""Certificates (issue 11 item 6): the per-block rule, the issue date and place, the signatory block
centred under the line, the funders' logos and names, French agreeing with the recorded sex. Read
back from the rendered PDFs (pdftotext, pdfimages)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from attribution_support import FUNDER_NAMES, credit_event, flat, make_logo, pdf_text, two_block_course
from test_attribution import page_images

from attendance import services, settings
from attendance.cli import main as cli
from attendance.documents import certificates
from attendance.domain import Event, InvalidValue
from attendance.i18n import long_date
from attendance.store import Store

# The issue's course: 8 sessions in two blocks of 4. (given, family, sex, sessions attended by position, role)
PEOPLE = (
    ("Ana", "Alleyne", "female", (0, 1, 2, 3), "participant"),  # the whole first block
    ("Beatriz", "Bermúdez", "female", (4, 5, 6, 7), "participant"),  # the whole second block
    ("Carl", "Charles", "male", (0, 1, 2, 3), "participant"),
    ("Dana", "Dookeran", "not_stated", (4, 5, 6, 7), "participant"),
    ("Eve", "Edwards", "female", (0, 1, 2, 4, 5, 6), "participant"),  # 6 of 8 = 75 % of all sessions
    ("Finn", "Fraser", "male", (0, 1, 4, 5), "participant"),  # half of each block: neither rule
    ("Gus", "Greaves", "male", (0, 1, 2, 3), "speaker"),  # speakers get none
)
BLOCK_HOLDERS = ["Ana Alleyne", "Beatriz Bermúdez", "Carl Charles", "Dana Dookeran"]


@pytest.fixture()
def course(store: Store, tmp_path: Path) -> Event:
    event = two_block_course(store)
    sessions = services.sessions(store, event.id)
    for given, family, sex, attended, role in PEOPLE:
        registration = services.register(store, event.id, given_names=given, family_names=family, sex=sex,
                                          role=role, institution="Jamaica Constabulary Force", country="JM")
        for position in attended:
            services.record_checkin(store, registration.id, sessions[position].id, event_id=event.id)
    return event


def names(holders: list[certificates.CertificateHolder]) -> list[str]:
    return [holder.person.full_name for holder in holders]


def test_blocks_are_runs_of_consecutive_days(store: Store, course: Event) -> None:
    blocks = certificates.session_blocks(services.sessions(store, course.id))
    assert [[s.date for s in block] for block in blocks] == [
        ["2021-12-07", "2021-12-08", "2021-12-09", "2021-12-10"],
        ["2022-02-15", "2022-02-16", "2022-02-17", "2022-02-18"]]


def test_any_block_gives_the_four_who_attended_one_whole_block_a_certificate(store: Store, course: Event,
                                                                             tmp_path: Path) -> None:
    # all sessions (the default): 75 % of 8 = 6, only Eve
    assert names(certificates.certificate_holders(store, course.id)) == ["Eve Edwards"]
    settings.save(store, {"certificate_rule": "any_block"})
    assert names(certificates.certificate_holders(store, course.id)) == [*BLOCK_HOLDERS, "Eve Edwards"]
    path = certificates.certificates(store, course.id, tmp_path / "certificates.pdf")
    pages = [flat(page) for page in pdf_text(path).split("\f")[:-1]]
    assert len(pages) == 5
    for page, holder in zip(pages, [*BLOCK_HOLDERS, "Eve Edwards"], strict=True):
        assert holder in page
    assert "attending 4 sessions out of 8" in pages[0] and "attending 6 sessions out of 8" in pages[4]
    # the course's dates as its two blocks, as on the other documents
    assert all("7–10 December 2021 and 15–18 February 2022" in page for page in pages)
    assert not any("Finn" in page or "Gus" in page for page in pages)
    # the option wins over the setting, and so does the threshold
    assert names(certificates.certificate_holders(store, course.id, rule="all_sessions")) == ["Eve Edwards"]
    assert "Finn Fraser" in names(certificates.certificate_holders(store, course.id, threshold=50))
    with pytest.raises(InvalidValue, match="Unknown certificate rule weekly"):
        certificates.certificate_holders(store, course.id, rule="weekly")


def test_the_command_line_takes_the_rule_and_the_issue_date_and_place(store: Store, course: Event,
                                                                      tmp_path: Path, capsys) -> None:
    target = tmp_path / "c.pdf"
    base = ["--db", str(store.path), "export", "FIC21", "-o", str(target), "--kind", "certificates"]
    assert cli.main([*base, "--rule", "any_block", "--issued-on", "2022-02-24", "--issued-at", "Port of Spain",
                     "--lang", "es"]) == 0
    text = flat(pdf_text(target))
    assert text.count("Expedido en Port of Spain, el 24 de febrero de 2022") == 5
    assert all(name in text for name in BLOCK_HOLDERS)
    capsys.readouterr()
    assert cli.main([*base, "--issued-on", "24/02/2022"]) == 1
    assert "is not a date" in capsys.readouterr().err


@pytest.mark.parametrize(("language", "issued"), [
    ("en", "Issued in Kingston, Jamaica on {date}"),
    ("es", "Expedido en Kingston, Jamaica, el {date}"),
    ("fr", "Fait à Kingston, Jamaïque, le {date}"),
])
def test_issue_place_is_the_event_city_and_country_and_the_date_today_by_default(
        store: Store, course: Event, tmp_path: Path, language: str, issued: str) -> None:
    path = certificates.certificates(store, course.id, tmp_path / f"{language}.pdf", language=language)
    assert issued.format(date=long_date(dt.date.today(), language)) in flat(pdf_text(path))
    given = certificates.certificates(store, course.id, tmp_path / f"{language}-given.pdf", language=language,
                                      issued_on=dt.date(2022, 2, 24))
    assert issued.format(date=long_date("2022-02-24", language)) in flat(pdf_text(given))


def test_french_certificates_agree_with_the_recorded_sex(store: Store, course: Event, tmp_path: Path) -> None:
    settings.save(store, {"certificate_rule": "any_block"})
    pages = [flat(page) for page in
             pdf_text(certificates.certificates(store, course.id, tmp_path / "fr.pdf", language="fr")).split("\f")]
    by_name = {name: next(page for page in pages if name in page) for name in [*BLOCK_HOLDERS, "Eve Edwards"]}
    assert "présente à 4 sessions sur 8" in by_name["Ana Alleyne"]
    assert "présente à 6 sessions sur 8" in by_name["Eve Edwards"]
    assert re.search(r"présent à 4 sessions sur 8", by_name["Carl Charles"])
    assert "présent(e) à 4 sessions sur 8" in by_name["Dana Dookeran"]  # not stated: the inclusive form
    assert not any("présent(e)" in by_name[name] for name in ("Ana Alleyne", "Beatriz Bermúdez", "Carl Charles"))


def test_hours_are_counted_and_singular_reads_singular(store: Store, tmp_path: Path) -> None:
    one_day = services.create_event(store, title="Webinar", code="WEB1", kind="webinar", start_date="2022-02-24",
                                    end_date="2022-02-24")
    session = services.sessions(store, one_day.id)[0]
    services.update_session(store, session.id, starts="09:00", ends="12:30")
    person = services.register(store, one_day.id, given_names="Ana", family_names="Núñez", sex="female")
    services.record_checkin(store, person.id, session.id, event_id=one_day.id)
    texts = {language: flat(pdf_text(certificates.certificates(store, one_day.id, tmp_path / f"{language}.pdf",
                                                                  language=language)))
             for language in ("en", "es", "fr")}
    assert "attending 3.5 hours (1 session out of 1)" in texts["en"]
    assert "con una asistencia de 3.5 horas (1 sesión de 1)" in texts["es"]
    assert "présente pendant 3.5 heures (1 session sur 1)" in texts["fr"]


def word_boxes(path: Path) -> list[tuple[str, float, float, float]]:
    """(word, x centre, y top, page width) of every word on the first page, in points (pdftotext -bbox)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    return [(word, (float(x1) + float(x2)) / 2, float(y1), width) for x1, y1, x2, _y2, word in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]


@pytest.mark.parametrize("with_image", [True, False])
def test_the_signatory_is_centred_under_the_line_with_or_without_a_signature(
        store: Store, course: Event, tmp_path: Path, with_image: bool) -> None:
    if with_image:
        settings.save(store, {"signature_image": str(make_logo(tmp_path / "signature.png", (20, 20, 120), "sig",
                                                                (300, 90)))})
    settings.save(store, {"signatory_name": "Mélanie Régis", "signatory_title": "Director"})
    path = certificates.certificates(store, course.id, tmp_path / "c.pdf")
    boxes = word_boxes(path)
    page_width = boxes[0][3]
    name = [box for box in boxes if box[0] in ("Mélanie", "Régis")]
    title = next(box for box in boxes if box[0] == "Director")
    name_centre = (name[0][1] + name[1][1]) / 2  # both words: the line's middle
    assert abs(name_centre - page_width / 2) < 15  # points: centred (was at the left margin with an image)
    assert abs(title[1] - page_width / 2) < 2
    assert title[2] > name[0][2]  # the title under the name
    assert len(page_images(path)) == (1 if with_image else 0)


def test_certificates_show_the_funders_logos_and_names(store: Store, course: Event, tmp_path: Path) -> None:
    credit_event(store, course, tmp_path)
    for language in ("en", "es", "fr"):
        path = certificates.certificates(store, course.id, tmp_path / f"{language}.pdf", language=language)
        text = flat(pdf_text(path))
        assert FUNDER_NAMES[language] in text and "…" not in text
        assert page_images(path) == [1, 1, 1]  # UNLIREC, CARICOM IMPACS, the German government
