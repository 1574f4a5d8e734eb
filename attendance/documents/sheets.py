"""The PDFs of an event: sign-in sheets, the attendance matrix, the summary report (certificates are
:mod:`attendance.documents.certificates`).

All are drawn with fpdf2 ``cell()`` loops (``pdf.table()`` is several times slower, see
STACK-NOTES) in the bundled fonts, with the shared event header of :mod:`attendance.documents.pdf`
on every page. The figures of the summary report come from :func:`attendance.reports.summary.summarise`,
the same computation as the screen and ``attendance report --json``. Every function takes a
``progress(done, total)`` callback so the GUI can show a progress dialog for large exports.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from babel.dates import format_date, format_skeleton
from fpdf.enums import XPos, YPos

from attendance import services
from attendance.documents.layouts import (
    DEFAULT_SIGNIN_COLUMNS,
    NUMBER_WIDTH,
    SEX_COLOURS,
    SIGNIN_COLUMNS,
    signin_turns_landscape,
    signin_widths,
)
from attendance.documents.lists import attendance_by_registration
from attendance.documents.pdf import (
    FONT,
    GREY,
    EventPDF,
    cut_lines,
    fit_lines,
    fit_text,
    lines_height,
    save,
    text_cell,
)
from attendance.domain import InvalidValue, Participant, RegistrationStatus, Role, Sex, fold
from attendance.i18n import country_name, date_locale, tr
from attendance.reports.summary import (
    Breakdown,
    SexCounts,
    Summary,
    capitalised,
    event_funders,
    percent,
    role_label,
    sector_label,
    sentences,
    sex_label,
    summarise,
    unmatched_note,
)
from attendance.store import Store

Progress = Callable[[int, int], None]

SIGNIN_ROW_HEIGHT = 9.0  # room for two lines of 9 pt text
# How a sign-in sheet cell fits its text, first that works: (font size in points, most lines).
# One or two lines at 9 pt, two at 7.5 pt, in the 9 mm row; then three at 7.5 pt, the row
# growing to 10.3 mm (long institution names in portrait, narrow chosen columns).
SIGNIN_FITS = ((9.0, 2), (7.5, 2), (7.5, 3), (6.5, 4))
# The attendance matrix's name and institution: 7.5 pt on one or two lines (the row grows from
# 5.2 to 7.3 mm), then 6.5 pt on two to four lines (an institution is never cut).
MATRIX_FITS = ((7.5, 2), (6.5, 2), (6.5, 3), (6.5, 4))
# A summary table's labels (institutions): 8.5 pt on one or two lines, then 7.5 pt on up to three.
SUMMARY_FITS = ((8.5, 2), (7.5, 3))
# Column headings of the summary's tables: one or two lines at 7.5 pt, then 6.5 pt.
HEADER_FITS = ((7.5, 2), (6.5, 2))
MATRIX_SEX_WIDTH = 15.0  # "Not stated" / "No indicado" on two lines at 6.5 pt
MATRIX_COUNTRY_WIDTH = 24.0

HEADER_FILL = (232, 232, 232)


def _no_progress(done: int, total: int) -> None:
    """The default progress callback: nothing to report to."""


def display_name(person: Participant) -> str:
    """"Family, Given" as listed on sheets sorted by family name."""
    if person.family_names and person.given_names:
        return f"{person.family_names}, {person.given_names}"
    return person.family_names or person.given_names


def registered_people(store: Store, event_id: str) -> list[Participant]:
    """Everyone registered (not cancelled), any role, sorted by family then given names.

    Sorted here with accents folded, so "Ávila" comes before "Baptiste" (SQLite's NOCASE
    collation only folds ASCII and would put every accented initial after Z).
    """
    people = [p for p in services.participants(store, event_id) if p.status == RegistrationStatus.REGISTERED]
    return sorted(people, key=lambda p: (fold(p.family_names), fold(p.given_names)))


def _session_title(store: Store, event_id: str, session_id: str | None, language: str) -> list[tuple[str, str]]:
    """(session id, "Day 1 – Monday, 7 December 2026") for the chosen session, or for all of them."""
    titles = []
    for number, session in enumerate(services.sessions(store, event_id), 1):
        if session_id in (None, session.id):
            day = format_date(_date(session.date), "full", locale=date_locale(language))
            titles.append((session.id, f"{services.session_label(session, number, language)} – {day}"))
    return titles


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def session_by_number(store: Store, event_id: str, number: int) -> str:
    """The id of the event's session number ``number`` (1-based); InvalidValue names the range."""
    event_sessions = services.sessions(store, event_id)
    if not 1 <= number <= len(event_sessions):
        raise InvalidValue(tr("No session {number}: this event has {count} sessions.", number=number,
                              count=len(event_sessions)))
    return event_sessions[number - 1].id


# --------------------------------------------------------------------------- sign-in sheet
def sign_in_sheet(store: Store, event_id: str, path: str | Path, *, language: str | None = None,
                  session_id: str | None = None, columns: Sequence[str] = DEFAULT_SIGNIN_COLUMNS,
                  blank_rows: int = 5, landscape: bool = False, progress: Progress = _no_progress) -> Path:
    """Numbered rows sorted by family name with a wide signature column, one block per session.

    ``session_id`` None gives a sheet for every session (each starting on a new page);
    ``blank_rows`` empty numbered rows follow for walk-ins.
    """
    event = services.get_event(store, event_id)
    language = language or event.language
    unknown = [c for c in columns if c not in SIGNIN_COLUMNS]
    if unknown or not columns:
            raise InvalidValue(tr("Unknown sign-in sheet column {column}; choose from {choices}",
                              column=", ".join(unknown), choices=", ".join(SIGNIN_COLUMNS)))
    people = registered_people(store, event_id)
    turned = signin_turns_landscape(columns, landscape)
    pdf = EventPDF(event, language, tr("Sign-in sheet", language), store=store, landscape=landscape or turned)
    if turned:
        pdf.notes.append(tr("Printed in landscape: the chosen columns do not fit a portrait page.", language))
    widths = signin_widths(pdf.epw, columns)
    headers = [tr(SIGNIN_COLUMNS[c][0], language) for c in columns]

    def column_header() -> None:
        pdf.set_font(FONT, "B", 8.5)
        pdf.set_fill_color(*HEADER_FILL)
        for width, header in zip(widths, headers, strict=True):
            pdf.cell(width, 6.5, fit_text(pdf, header, width), border=1, fill=True)
        pdf.ln(6.5)

    titles = _session_title(store, event_id, session_id, language) or [("", "")]
    total_rows = len(titles) * (len(people) + blank_rows)
    done = 0
    for _, title in titles:
        pdf.table_header = None
        pdf.subtitle = title
        pdf.table_header = column_header
        pdf.set_font(FONT, "", SIGNIN_FITS[0][0])  # add_page() restores the font set before it
        pdf.add_page()
        for number in range(1, len(people) + blank_rows + 1):
            person = people[number - 1] if number <= len(people) else None
            if person is None and number > 1 and pdf.will_page_break(SIGNIN_ROW_HEIGHT):
                break  # blank rows never start a page of their own: they fill the last one
            cells = [(SIGNIN_FITS[0][0], [str(number)]) if key == "number" else
                     _wrapped(pdf, _signin_cell(person, key, language), width, SIGNIN_FITS,
                              person.institution_acronym if person is not None and key == "institution" else "")
                     for key, width in zip(columns, widths, strict=True)]
            height = max(SIGNIN_ROW_HEIGHT, *(lines_height(size, len(lines)) for size, lines in cells))
            for key, width, (size, lines) in zip(columns, widths, cells, strict=True):
                text_cell(pdf, width, height, lines, size=size, align="R" if key == "number" else "L")
            pdf.ln(height)
            done += 1
            if done % 200 == 0:
                progress(done, total_rows)
        pdf.table_header = None
    progress(total_rows, total_rows)
    return save(pdf, path)


def _signin_cell(person: Participant | None, key: str, language: str) -> str:
    if person is None or key == "signature":
        return ""
    if key == "name":
        return display_name(person)
    if key == "country":
        return country_name(person.country, language)
    return str(getattr(person, key) or "")


def _wrapped(pdf: EventPDF, text: str, width: float, fits: Sequence[tuple[float, int]],
             acronym: str = "") -> tuple[float, list[str]]:
    """The font size and lines of a table cell: the first of ``fits`` (size, most lines) that holds
    the whole text; for absurd lengths the institution's acronym, else the text cut with "…"."""
    text = " ".join(text.split())  # a line break or tab typed into a field is a space here
    if not text:
        return fits[0][0], []
    fitted = fit_lines(pdf, text, width, fits)
    if fitted is None and acronym:
        fitted = fit_lines(pdf, acronym, width, fits)
    size, most = fits[-1]
    return fitted or (size, cut_lines(pdf, text, width, size, max_lines=most))


# --------------------------------------------------------------------------- attendance matrix
def attendance_matrix(store: Store, event_id: str, path: str | Path, *, language: str | None = None,
                      progress: Progress = _no_progress) -> Path:
    """Everyone registered × sessions with ✓ where they attended, then per-session totals by sex.

    Landscape A4; session columns narrow as sessions grow so 10 and more fit on the page.
    """
    event = services.get_event(store, event_id)
    language = language or event.language
    people = registered_people(store, event_id)
    event_sessions = services.sessions(store, event_id)
    attended = attendance_by_registration(store, event_id)
    summary = summarise(store, event_id, language)
    pdf = EventPDF(event, language, tr("Attendance matrix", language), store=store, landscape=True)
    count = max(1, len(event_sessions))
    session_width = max(6.0, min(16.0, (pdf.epw - NUMBER_WIDTH - 12 - 90) / count))
    name_width = 55.0
    sex_width, country_width = MATRIX_SEX_WIDTH, MATRIX_COUNTRY_WIDTH
    institution_width = max(0.0, pdf.epw - NUMBER_WIDTH - name_width - sex_width - country_width - 12
                            - session_width * len(event_sessions))
    if institution_width < 25:  # too narrow to read: give the room to the names instead
        name_width += institution_width
        institution_width = 0.0
    row_height = 5.2

    def column_header() -> None:
        pdf.set_font(FONT, "B", 7)
        pdf.set_fill_color(*HEADER_FILL)
        y = pdf.get_y()
        pdf.cell(NUMBER_WIDTH, 9, tr("No.", language), border=1, fill=True)
        pdf.cell(name_width, 9, tr("Name", language), border=1, fill=True)
        if institution_width:
            pdf.cell(institution_width, 9, tr("Institution", language), border=1, fill=True)
        pdf.cell(sex_width, 9, fit_text(pdf, tr("Sex", language), sex_width, 0.5), border=1, fill=True)
        pdf.cell(country_width, 9, fit_text(pdf, tr("Country", language), country_width, 0.5), border=1, fill=True)
        for number, session in enumerate(event_sessions, 1):
            x = pdf.get_x()
            pdf.cell(session_width, 4.5, str(number), border="LTR", align="C", fill=True)
            pdf.set_xy(x, y + 4.5)
            pdf.set_font(FONT, "", 5.5)
            day = format_skeleton("MMMd", _date(session.date), locale=date_locale(language))
            pdf.cell(session_width, 4.5, fit_text(pdf, day, session_width, 0.3), border="LBR", align="C",
                     fill=True)
            pdf.set_font(FONT, "B", 7)
            pdf.set_xy(x + session_width, y)
        pdf.cell(12, 9, tr("Total", language), border=1, align="C", fill=True)
        pdf.ln(9)
        pdf.set_font(FONT, "", 7.5)

    pdf.table_header = column_header
    pdf.set_font(FONT, "", MATRIX_FITS[0][0])  # add_page() restores the font set before it
    pdf.add_page()
    for index, person in enumerate(people, 1):
        present = attended.get(person.registration_id, set())
        name = display_name(person)
        if person.role != Role.PARTICIPANT:
            name += f" ({role_label(person.role, language)})"
        texts = [(name, name_width)] + ([(person.institution, institution_width)] if institution_width else []) + [
            (capitalised(sex_label(person.sex or Sex.NOT_STATED, language)), sex_width),
            (country_name(person.country, language), country_width)]
        cells = [(width, _wrapped(pdf, text, width, MATRIX_FITS)) for text, width in texts]
        height = max(row_height, *(lines_height(size, len(lines)) for _, (size, lines) in cells))
        text_cell(pdf, NUMBER_WIDTH, height, [str(index)], align="R")
        for width, (size, lines) in cells:
            text_cell(pdf, width, height, lines, size=size)
        for session in event_sessions:
            pdf.cell(session_width, height, "✓" if session.id in present else "", border=1, align="C")
        pdf.cell(12, height, str(len(present)), border=1, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if index % 200 == 0:
            progress(index, len(people))
    pdf.table_header = None
    _matrix_totals(pdf, summary, language, name_width + institution_width + sex_width + country_width,
                   session_width)
    pdf.set_font(FONT, "", 7)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 3.5, tr("Totals count participants only (not speakers, organisers or observers).",
                              language), align="L")
    pdf.set_text_color(0)
    progress(len(people), len(people))
    return save(pdf, path)


def _matrix_totals(pdf: EventPDF, summary: Summary, language: str, label_width: float,
                   session_width: float) -> None:
    rows = [
        (tr("Participants present", language), lambda c: c.total),
        (tr("Women", language), lambda c: c.female),
        (tr("Men", language), lambda c: c.male),
        (tr("Other", language), lambda c: c.other),
        (tr("Not stated", language), lambda c: c.not_stated),
    ]
    if pdf.will_page_break(len(rows) * 5.2 + 2):
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font(FONT, "B", 7.5)
    pdf.set_fill_color(*HEADER_FILL)
    for label, figure in rows:
        pdf.cell(NUMBER_WIDTH + label_width, 5.2, fit_text(pdf, label, NUMBER_WIDTH + label_width), border=1,
                 fill=True)
        for session in summary.sessions:
            pdf.cell(session_width, 5.2, str(figure(session.by_sex)), border=1, align="C")
        pdf.cell(12, 5.2, str(figure(summary.by_sex)), border=1, align="C", new_x=XPos.LMARGIN,
                 new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 7.5)


# --------------------------------------------------------------------------- summary report
def summary_report(store: Store, event_id: str, path: str | Path, *, language: str | None = None,
                   noun: str = "participants", activity: str = "", progress: Progress = _no_progress) -> Path:
    """The figures of :func:`~attendance.reports.summary.summarise` as tables and bar charts, with the sentences."""
    event = services.get_event(store, event_id)
    language = language or event.language
    summary = summarise(store, event_id, language)
    pdf = EventPDF(event, language, tr("Attendance summary", language), store=store)
    pdf.add_page()
    said = sentences(summary, language, noun=noun, activity=activity,
                     funders=event_funders(store, event_id, language))
    pdf.set_fill_color(244, 244, 244)
    pdf.set_font(FONT, "", 10)
    texts = [said["basic"]] + ([said["with_sectors"]] if said["with_sectors"] != said["basic"] else [])
    texts.append(said["women_percent"])
    note = unmatched_note(summary, language)
    for text in [*texts, note] if note else texts:
        pdf.multi_cell(0, 5, text, align="L", fill=True, padding=(1.5, 2), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    progress(1, 6)

    _heading(pdf, tr("Key figures", language))
    _key_figures(pdf, summary, language)
    pdf.ln(2)
    _bar_chart(pdf, [(tr("Participants who attended", language), summary.by_sex)], language)
    progress(2, 6)

    session_rows = [(f"{s.label} ({format_skeleton('MMMd', _date(s.date), locale=date_locale(language))})", s.by_sex)
                    for s in summary.sessions]
    _section(pdf, tr("Attendance per session", language), tr("Session", language), session_rows, language)
    progress(3, 6)
    _section(pdf, tr("By institution sector", language), tr("Sector", language),
             _labelled(summary.by_sector, lambda key: capitalised(sector_label(key, language))), language)
    _section(pdf, tr("By country", language), tr("Country", language),
             _labelled(summary.by_country, lambda key: country_name(key, language) or tr("not stated", language)),
             language)
    progress(4, 6)
    _section(pdf, tr("By institution", language), tr("Institution", language),
             _labelled(summary.by_institution, lambda key: key or tr("not stated", language)), language,
             chart=False, countries=[country_name(row.country, language) for row in summary.by_institution])
    progress(5, 6)

    _heading(pdf, tr("By role", language))
    pdf.set_font(FONT, "B", 8.5)
    pdf.set_fill_color(*HEADER_FILL)
    for text, width in ((tr("Role", language), 70), (tr("Registered", language), 30),
                        (tr("Attended", language), 30)):
        pdf.cell(width, 6, text, border=1, fill=True, align="L" if width == 70 else "R")
    pdf.ln(6)
    pdf.set_font(FONT, "", 8.5)
    for figures in summary.by_role:
        pdf.cell(70, 5.5, capitalised(role_label(figures.role, language)), border=1)
        pdf.cell(30, 5.5, str(figures.registered), border=1, align="R")
        pdf.cell(30, 5.5, str(figures.attended), border=1, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    progress(6, 6)
    return save(pdf, path)


def _labelled(rows: list[Breakdown], label: Callable[[str], str]) -> list[tuple[str, SexCounts]]:
    return [(label(row.key), row.by_sex) for row in rows]


def _heading(pdf: EventPDF, text: str) -> None:
    if pdf.will_page_break(22):
        pdf.add_page()
    pdf.ln(3)
    pdf.set_font(FONT, "B", 11.5)
    pdf.cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 9)


def _key_figures(pdf: EventPDF, summary: Summary, language: str) -> None:
    """Participants registered and who attended, side by side, by sex, with the % of women."""
    label_width, figure_width = 70.0, 32.0
    pdf.set_font(FONT, "B", 8.5)
    pdf.set_fill_color(*HEADER_FILL)
    pdf.cell(label_width, 6, "", border="B", fill=True)
    for text in (tr("Registered", language), tr("Attended", language)):
        pdf.cell(figure_width, 6, text, border="B", fill=True, align="R")
    pdf.ln(6)
    pdf.set_font(FONT, "", 9)
    registered, attended = summary.registered_by_sex, summary.by_sex
    rows = [
        (tr("Participants", language), registered.total, attended.total),
        (tr("Women", language), registered.female, attended.female),
        (tr("Men", language), registered.male, attended.male),
        (tr("Other", language), registered.other, attended.other),
        (tr("Not stated", language), registered.not_stated, attended.not_stated),
        (tr("Women, % of those with a stated sex", language), percent(registered.women_percent, language),
         percent(attended.women_percent, language)),
    ]
    for label, *figures in rows:
        pdf.cell(label_width, 5.5, label, border="B")
        for figure in figures:
            pdf.cell(figure_width, 5.5, str(figure), border="B", align="R")
        pdf.ln(5.5)


def _section(pdf: EventPDF, title: str, first_column: str, rows: list[tuple[str, SexCounts]], language: str,
             *, chart: bool = True, countries: Sequence[str] | None = None) -> None:
    """A heading, a table of counts by sex with totals and % women, and (optionally) its bar chart.

    Labels wrap onto more lines (the row grows) rather than being cut; ``countries`` adds a
    Country column after the label (one name per row).
    """
    _heading(pdf, title)
    sexes = [(tr("Women", language), "female"), (tr("Men", language), "male"), (tr("Other", language), "other"),
             (tr("Not stated", language), "not_stated")]
    figure_width = 21.0 if countries is None else 17.0
    country_width = 0.0 if countries is None else 30.0
    label_width = pdf.epw - figure_width * 6 - country_width

    def column_header() -> None:
        pdf.set_font(FONT, "B", 7.5)
        pdf.set_fill_color(*HEADER_FILL)
        heads = [(label_width, first_column, "L")] + ([(country_width, tr("Country", language), "L")]
                                                       if country_width else [])
        heads += [(figure_width, text, "R") for text in
                  [*(label for label, _ in sexes), tr("Total", language), tr("% women", language)]]
        cells = [(width, align, _wrapped(pdf, text, width, HEADER_FITS)) for width, text, align in heads]
        height = max(6.0, *(lines_height(size, len(lines)) for _, _, (size, lines) in cells))
        for width, align, (size, lines) in cells:
            text_cell(pdf, width, height, lines, size=size, align=align, fill=True)
        pdf.ln(height)
        pdf.set_font(FONT, "", 8.5)

    column_header()
    pdf.table_header = column_header
    for index, (label, counts) in enumerate(rows):
        cells = [(label_width, _wrapped(pdf, label, label_width, SUMMARY_FITS))]
        if country_width:
            cells.append((country_width, _wrapped(pdf, countries[index], country_width, SUMMARY_FITS)))
        height = max(5.5, *(lines_height(size, len(lines)) for _, (size, lines) in cells))
        for width, (size, lines) in cells:
            text_cell(pdf, width, height, lines, size=size)
        for _, key in sexes:
            pdf.cell(figure_width, height, str(getattr(counts, key)), border=1, align="R")
        pdf.cell(figure_width, height, str(counts.total), border=1, align="R")
        pdf.cell(figure_width, height, percent(counts.women_percent, language), border=1, align="R",
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.table_header = None
    if chart and rows:
        pdf.ln(2)
        _bar_chart(pdf, rows[:15], language)


def _bar_chart(pdf: EventPDF, rows: list[tuple[str, SexCounts]], language: str) -> None:
    """Horizontal bars stacked by sex, drawn as vector rectangles, with a legend."""
    bar, gap, label_width = 4.5, 1.8, 55.0
    height = len(rows) * (bar + gap) + 9
    if pdf.will_page_break(height):
        pdf.add_page()
    longest = max((counts.total for _, counts in rows), default=0) or 1
    scale = (pdf.epw - label_width - 12) / longest
    pdf.set_font(FONT, "", 7.5)
    for label, counts in rows:
        y = pdf.get_y()
        pdf.cell(label_width, bar, fit_text(pdf, label, label_width))
        x = pdf.l_margin + label_width
        for sex in Sex:
            value = getattr(counts, sex.value)
            if not value:
                continue
            pdf.set_fill_color(*SEX_COLOURS[sex])
            pdf.rect(x, y, value * scale, bar, style="F")
            if value * scale > pdf.get_string_width(str(value)) + 1.5:
                pdf.set_text_color(255)
                pdf.set_xy(x, y)
                pdf.cell(value * scale, bar, str(value), align="C")
                pdf.set_text_color(0)
            x += value * scale
        pdf.set_xy(x + 1, y)
        pdf.cell(10, bar, str(counts.total))
        pdf.set_xy(pdf.l_margin, y + bar + gap)
    # legend
    x = pdf.l_margin + label_width
    y = pdf.get_y() + 0.5
    for sex, text in ((Sex.FEMALE, tr("Women", language)), (Sex.MALE, tr("Men", language)),
                      (Sex.OTHER, tr("Other", language)), (Sex.NOT_STATED, tr("Not stated", language))):
        pdf.set_fill_color(*SEX_COLOURS[sex])
        pdf.rect(x, y + 0.8, 3, 3, style="F")
        pdf.set_xy(x + 4, y)
        pdf.cell(pdf.get_string_width(text) + 2, 4.5, text)
        x = pdf.get_x() + 3
    pdf.set_xy(pdf.l_margin, y + 7)
