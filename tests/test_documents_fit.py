"""Text always fits, read back from the rendered PDFs: names never cut on any badge layout, header
lines and institutions wrapped rather than cut, no mid-word breaks, landscape when the columns need
it, no page of blank rows only; and dates as the UN writes them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from document_events import COURSE_DAYS, COURSE_PEOPLE, page_count, pdf_text, two_block_course, webinar

from attendance import i18n, services
from attendance.documents import badge_sheets, layouts
from attendance.documents import sheets as documents
from attendance.store import Store

# The longest family names of the samples and worse: each must print whole on every layout.
LONG_NAMES = (("Shivanand", "Ramkhelawan-Bhagwan"), ("Anastasia Marie-Josephine", "Ramkhelawan-Bhagwandin-Persaud"),
              ("Bartholomew Maximilian", "Wijeyaratnasingham-Vanderpuije"), ("Krishnadath", "Ramkhelawan-Bhagwan"))


def words(text: str) -> str:
    """The text with spaces and line breaks taken out, and a hyphen that ended a line joined back."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("layout", list(layouts.LAYOUTS))
def test_long_names_print_whole_on_every_badge_layout(store: Store, tmp_path: Path, layout: str) -> None:
    event = services.create_event(store, title="Regional Course on Firearms Tracing", code="RC1", kind="course",
                                  start_date="2021-12-07", end_date="2021-12-10")
    for given, family in LONG_NAMES:
        registration = services.register(store, event.id, given_names=given, family_names=family, sex="male",
                                          institution="Ministry of National Security (Trinidad and Tobago)")
        # one badge a file, read as laid out (poppler's reading order would join a hyphen at a line's end)
        path = tmp_path / f"{layout}.pdf"
        badge_sheets.save_badges(store, event, path, layout=layout, registration_ids=[registration.id])
        text = pdf_text(path)
        assert "…" not in text
        assert words(f"{given}{family}") in words(text), (layout, family, text)
    measure = badge_sheets.TextMeasure()
    for given, family in LONG_NAMES:
        content = badge_sheets.BadgeContent("r", given, family, "Ministry of National Security", "TT",
                                            "participant", "X")
        name = badge_sheets.plan_badge(measure, layouts.LAYOUTS[layout], badge_sheets.EventHeader("T", "", "en"),
                                       content).texts[2]
        assert name.size >= badge_sheets.NAME_LEGIBLE_SIZE
        # broken only between words or after a hyphen, never inside a word
        for line in name.lines[:-1]:
            following = name.lines[name.lines.index(line) + 1]
            assert line.endswith("-") or f"{line} {following}" in f"{given} {family}" or \
                f"{line.split()[-1]} {following.split()[0]}" in f"{given} {family}", name.lines


def test_a_name_breaks_after_its_hyphen_before_getting_smaller() -> None:
    measure = badge_sheets.TextMeasure()
    content = badge_sheets.BadgeContent("r", "Krishnadath", "Ramkhelawan-Bhagwandin-Persaud", "", "", "participant",
                                        "X")
    name = badge_sheets.plan_badge(measure, layouts.LAYOUTS["cr80"], badge_sheets.EventHeader("T", "", "en"),
                                   content).texts[2]
    assert any(line.endswith("Ramkhelawan-") for line in name.lines), name.lines
    assert "".join(name.lines).replace(" ", "") == "KrishnadathRamkhelawan-Bhagwandin-Persaud"


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_header_lines_wrap_instead_of_being_cut(store: Store, tmp_path: Path, language: str) -> None:
    event = two_block_course(store, language)
    services.update_event(store, event.id, title="Regional Course on Firearms Tracing, Serial Number Restoration "
                          "and the Forensic Examination of Illicit Small Arms and Light Weapons in the Caribbean")
    path = documents.sign_in_sheet(store, event.id, tmp_path / "signin.pdf", session_id=None)
    text = pdf_text(path, layout=False)
    assert "…" not in text
    flat = " ".join(text.split())
    assert "Illicit Small Arms and Light Weapons in the Caribbean" in flat
    assert "The Jamaica Pegasus Hotel, Kingston," in flat
    assert i18n.country_name("JM", language) in flat


def test_extra_columns_break_at_word_boundaries_and_turn_the_sheet_to_landscape(store: Store, tmp_path: Path) -> None:
    event = two_block_course(store)
    columns = ("number", "name", "institution", "country", "position", "email", "phone", "signature")
    assert layouts.signin_turns_landscape(columns)
    assert not layouts.signin_turns_landscape(layouts.DEFAULT_SIGNIN_COLUMNS)
    path = documents.sign_in_sheet(store, event.id, tmp_path / "wide.pdf", columns=columns,
                                   session_id=services.sessions(store, event.id)[0].id)
    text = pdf_text(path)
    assert "Printed in landscape: the chosen columns do not fit a portrait page." in " ".join(text.split())
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", __import__("subprocess").run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout)
    assert float(size.group(1)) > float(size.group(2))  # landscape
    raw = pdf_text(path, layout=False)
    for country in ("Barbados", "Suriname", "Jamaica", "Haiti"):
        assert re.search(rf"\b{country}\b", raw), country  # whole, not "Barbado/s"
    lines = set(raw.split("\n"))
    for word in ("Barbados", "Suriname", "Examiner", "Forensic"):
        assert not any(word.startswith(line) and line != word and len(line) > 2 for line in lines), word
    # the signature column keeps its room: at least the minimum width of the layouts
    widths = layouts.signin_widths(297 - 24, columns)
    assert widths[-1] >= layouts.SIGNIN_MIN_WIDTHS["signature"]


def test_landscape_sign_in_for_eight_sessions_has_no_page_of_blank_rows(store: Store, tmp_path: Path) -> None:
    event = two_block_course(store)
    for n in range(8):  # enough people that the table nearly fills a landscape page
        services.register(store, event.id, given_names=f"Extra{n}", family_names=f"Person{n}", sex="female")
    path = documents.sign_in_sheet(store, event.id, tmp_path / "all.pdf", landscape=True, blank_rows=5)
    assert page_count(path) == 8
    for page in pdf_text(path).split("\f")[:-1]:
        assert "Person" in page or "Ramkhelawan" in page  # every page lists people


def test_a_two_block_course_prints_its_blocks_everywhere(store: Store, tmp_path: Path) -> None:
    event = two_block_course(store)
    blocks = "7–10 December 2021 and 15–18 February 2022"
    for make in (documents.sign_in_sheet, documents.attendance_matrix, documents.summary_report):
        assert blocks in " ".join(pdf_text(make(store, event.id, tmp_path / "doc.pdf")).split()), make.__name__
    assert badge_sheets.event_header(store, event).dates == blocks


@pytest.mark.parametrize(("language", "blocks", "day"), [
    ("en", "7–10 December 2021 and 15–18 February 2022", "24 February 2022"),
    ("es", "7–10 de diciembre de 2021 y 15–18 de febrero de 2022", "24 de febrero de 2022"),
    ("fr", "7–10 décembre 2021 et 15–18 février 2022", "24 février 2022"),
    ("pt", "7–10 de dezembro de 2021 e 15–18 de fevereiro de 2022", "24 de fevereiro de 2022"),
])
def test_dates_as_the_un_writes_them(language: str, blocks: str, day: str) -> None:
    assert i18n.blocks_range(COURSE_DAYS, language) == blocks
    assert i18n.long_date("2022-02-24", language) == day
    assert i18n.blocks_range(["2021-12-07"], language) == i18n.long_date("2021-12-07", language)
    assert i18n.day_blocks(["2021-12-08", "2021-12-07", "2021-12-07"]) == [
        (i18n.dt.date(2021, 12, 7), i18n.dt.date(2021, 12, 8))]


def test_a_webinar_header_says_24_february_2022(store: Store, tmp_path: Path) -> None:
    event = webinar(store, 5)
    text = " ".join(pdf_text(documents.summary_report(store, event.id, tmp_path / "s.pdf")).split())
    assert "Webinar · 24 February 2022" in text


def test_sample_people_institutions_are_not_cut_in_the_summary(store: Store, tmp_path: Path) -> None:
    event = two_block_course(store)
    text = pdf_text(documents.summary_report(store, event.id, tmp_path / "s.pdf"), layout=False)
    assert "…" not in text
    flat = " ".join(text.split())
    for *_, institution, attended in COURSE_PEOPLE:
        if attended:
            assert institution in flat, institution


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_matrix_has_sex_and_country_columns_and_totals_by_sex(store: Store, tmp_path: Path,
                                                                  language: str) -> None:
    event = two_block_course(store, language)
    text = pdf_text(documents.attendance_matrix(store, event.id, tmp_path / "m.pdf"), layout=False)
    assert "…" not in text
    flat = " ".join(text.split())
    assert i18n.tr("Sex", language) in flat and i18n.tr("Country", language) in flat
    assert i18n.country_name("SR", language) in flat
    assert documents.capitalised(documents.sex_label("female", language)) in flat
    for *_, institution, _ in COURSE_PEOPLE:
        assert institution.split()[0] in flat
    women = next(line for line in pdf_text(documents.attendance_matrix(store, event.id, tmp_path / "m.pdf"))
                 .splitlines() if line.strip().startswith(i18n.tr("Women", language)))
    # women per session: Lefèvre days 1-7, Núñez day 1, Ramkhelawan-Bhagwandin-Persaud days 5-8
    assert women.split()[-9:] == ["2", "1", "1", "1", "2", "2", "2", "1", "3"]


def test_the_summary_shows_registered_and_attended_by_sex_and_institutions_with_their_country(
        store: Store, tmp_path: Path) -> None:
    event = two_block_course(store)
    services.register(store, event.id, given_names="No", family_names="Show", sex="female", country="BS")
    text = pdf_text(documents.summary_report(store, event.id, tmp_path / "s.pdf"))
    women = next(line for line in text.splitlines() if line.strip().startswith("Women") and "%" not in line)
    assert women.split()[1:] == ["4", "3"]  # registered, attended
    row = next(line for line in text.splitlines() if line.strip().startswith("Korps Politie Suriname"))
    assert "Suriname" in row.split("Korps Politie Suriname", 1)[1]
