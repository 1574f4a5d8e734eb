"""Portfolio exports: an XLSX workbook, a CSV of participations and a PDF report with charts.

All three are written from one :class:`~attendance.reports.portfolio.Portfolio`, so they agree
with the JSON and the window. Text cells are neutralised against formulas as the participant lists
are (:mod:`attendance.documents.lists`): the CSV with a leading ``'``, the XLSX as string cells.
Files are written whole or not at all (``replacing``). Each writer takes ``progress(done, total)``.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from attendance import assets
from attendance.documents.lists import neutralise, replacing
from attendance.documents.pdf import FONT, GREY, fit_text, save
from attendance.domain import Sex
from attendance.i18n import country_name, tr
from attendance.reports import portfolio as reports
from attendance.reports.summary import percent, sex_label

Progress = Callable[[int, int], None]
SEX_COLOURS: dict[str, tuple[int, int, int]] = {
    Sex.FEMALE: (118, 66, 138), Sex.MALE: (46, 117, 182), Sex.OTHER: (222, 150, 30),
    Sex.NOT_STATED: (170, 170, 170),
}
SEXES = tuple(sex.value for sex in Sex)


def _no_progress(done: int, total: int) -> None:
    return None


def _sex_titles(language: str) -> list[str]:
    return [sex_label(sex, language) for sex in SEXES]


def flat_header(language: str) -> list[str]:
    """The columns of the flat, pivot-ready sheet of participations."""
    return [tr("Event", language), tr("Date", language), tr("Person ID", language), tr("Sex", language),
            tr("Country", language), tr("Sector", language), tr("Institution", language)]


def flat_rows(result: reports.Portfolio, language: str) -> Iterator[list[str]]:
    """One row per participation: event code, date, person id, sex, country, sector, institution."""
    for row in result.rows:
        yield [row.event_code, row.date, row.person_id, sex_label(row.sex, language),
               country_name(row.country, language) if row.country else "",
               reports.sector_label(row.sector, language) if row.sector else "", row.institution]


def tables(store: Any, result: reports.Portfolio, language: str) -> list[tuple[str, list[str], list[list[Any]]]]:
    """Every breakdown as (sheet title, header, rows): what the workbook and the PDF show."""
    sexes = _sex_titles(language)
    women = result.individuals_by_sex
    summary = [
        [tr("Activities", language), len(result.activities)],
        [tr("Participations", language), result.participations],
        [tr("Individuals", language), result.individuals],
        *[[f"{tr('Individuals', language)}: {title}", getattr(women, sex)] for sex, title in zip(SEXES, sexes,
                                                                                                   strict=True)],
        [tr("Women (% of stated sex)", language), percent(women.women_percent, language)],
        [tr("Repeat individuals (2 or more activities)", language), result.repeat_individuals],
        [tr("Hours of training", language), result.hours],
        [tr("Participant hours", language), result.participant_hours],
    ]

    def by_sex(counts: Any) -> list[int]:
        return [getattr(counts, sex) for sex in SEXES]

    individuals = tr("Individuals", language)
    return [
        (tr("Summary", language), [tr("Figure", language), tr("Value", language)], summary),
        (tr("Activities", language),
         [tr("Code", language), tr("Title", language), tr("Start", language), tr("End", language),
          tr("Country", language), tr("Attended", language), *sexes],
         [[a.code, a.title, a.start_date or "", a.end_date or "",
           country_name(a.country, language) if a.country else "", a.attended, *by_sex(a.by_sex)]
          for a in result.activities]),
        (tr("By country", language), [tr("Country", language), individuals, *sexes],
         [[g.label or tr("not stated", language), g.individuals, *by_sex(g.by_sex)] for g in result.by_country]),
        (tr("By sector", language), [tr("Sector", language), individuals, *sexes],
         [[g.label or tr("not stated", language), g.individuals, *by_sex(g.by_sex)] for g in result.by_sector]),
        (tr("By institution", language), [tr("Institution", language), individuals, *sexes],
         [[g.label or tr("not stated", language), g.individuals, *by_sex(g.by_sex)]
          for g in result.by_institution]),
        (tr("By year", language), [tr("Year", language), tr("Activities", language), individuals, *sexes],
         [[g.key, g.activities, g.individuals, *by_sex(g.by_sex)] for g in result.by_year]),
        (tr("By quarter", language), [tr("Quarter", language), tr("Activities", language), individuals, *sexes],
         [[g.key, g.activities, g.individuals, *by_sex(g.by_sex)] for g in result.by_quarter]),
        (tr("Activities per person", language), [tr("Activities attended", language), individuals],
         [[events, count] for events, count in result.events_per_person.items()]),
    ]


def write_csv(result: reports.Portfolio, path: str | Path, language: str = "en", *,
              progress: Progress = _no_progress) -> Path:
    """The flat sheet as UTF-8 CSV with a BOM, ``;``-separated for es/fr/pt (as Excel there expects)."""
    delimiter = "," if language == "en" else ";"
    total = len(result.rows)
    with replacing(path) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([neutralise(text) for text in flat_header(language)])
        for done, row in enumerate(flat_rows(result, language), 1):
            writer.writerow([neutralise(cell) for cell in row])
            if done % 5000 == 0:
                progress(done, total)
    progress(total, total)
    return Path(path)


def write_xlsx(store: Any, result: reports.Portfolio, path: str | Path, language: str = "en", *,
               progress: Progress = _no_progress) -> Path:
    """A workbook with one sheet per breakdown and the flat sheet of participations (pivot-ready)."""
    from openpyxl import Workbook  # imported here: only this export needs it
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = Workbook(write_only=False)
    workbook.remove(workbook.active)
    sheets = [*tables(store, result, language), (tr("Participations", language), flat_header(language),
                                                  list(flat_rows(result, language)))]
    for done, (title, header, rows) in enumerate(sheets, 1):
        sheet = workbook.create_sheet(title[:31])
        for row in (header, *rows):
            sheet.append([ILLEGAL_CHARACTERS_RE.sub("", cell) if isinstance(cell, str) else cell for cell in row])
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text is a string cell, never a formula
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for index, title_text in enumerate(header, 1):
            longest = max([len(str(title_text)), *(len(str(row[index - 1])) for row in rows[:200])])
            sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = min(50, longest + 2)
        progress(done, len(sheets))
    with replacing(path) as temporary:
        workbook.save(temporary)
    return Path(path)


# --------------------------------------------------------------------------- PDF
class PortfolioPDF(FPDF):
    """An A4 portfolio report: title and filters on the first page, "page x of y" on every page."""

    def __init__(self, title: str, language: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.language = language
        self.add_font(FONT, "", str(assets.font("DejaVuSans.ttf")))
        self.add_font(FONT, "B", str(assets.font("DejaVuSans-Bold.ttf")))
        self.set_margins(14, 14, 14)
        self.set_auto_page_break(True, margin=14)
        self.set_title(title)
        self.set_creator("Attendance")
        self.set_lang(language)
        self.alias_nb_pages()

    def footer(self) -> None:
        """"Page x of y" centred at the bottom."""
        self.set_y(-10)
        self.set_font(FONT, "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, tr("Page {page} of {pages}", self.language, page=self.page_no(), pages="{nb}"),
                  align="C")
        self.set_text_color(0)


def _table(pdf: PortfolioPDF, header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> None:
    """A bordered table (fpdf2's ``table``: long text wraps, the header repeats after a page break)."""
    aligns = tuple("L" if index == 0 or not rows or not isinstance(rows[0][index], int | float) else "R"
                   for index in range(len(header)))
    widths = _unbroken_headings(pdf, header, widths)
    pdf.set_font(FONT, "", 7.5)
    pdf.set_fill_color(255)  # the charts leave a colour behind; table rows are not filled
    with pdf.table(col_widths=tuple(widths), text_align=aligns, line_height=4.2, padding=0.8,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(232, 232, 232)),
                   repeat_headings=1) as table:
        for row in (header, *rows):
            table.row([f"{cell:g}" if isinstance(cell, float) else str(cell) for cell in row])
    pdf.ln(3)


def _unbroken_headings(pdf: PortfolioPDF, header: Sequence[str], widths: Sequence[float]) -> list[float]:
    """The column widths (mm, scaled to the page's width) widened so that no word of a heading is
    cut: fpdf2 splits a word longer than its cell ("hombr|e" in Spanish), so the widest column
    gives up what the others need."""
    widths = [width * pdf.epw / sum(widths) for width in widths]
    pdf.set_font(FONT, "B", 7.5)
    needed = [max((pdf.get_string_width(word) for word in str(text).split()), default=0) + 2 * 0.8 + 0.6
              for text in header]
    widest = widths.index(max(widths))
    for index, need in enumerate(needed):
        if index != widest and need > widths[index]:
            widths[widest] -= need - widths[index]
            widths[index] = need
    return widths


def _heading(pdf: PortfolioPDF, text: str) -> None:
    if pdf.will_page_break(20):
        pdf.add_page()
    pdf.set_font(FONT, "B", 10.5)
    pdf.cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 8)


def _legend(pdf: PortfolioPDF, language: str) -> None:
    x, y = pdf.l_margin, pdf.get_y()
    pdf.set_font(FONT, "", 7.5)
    for sex in SEXES:
        pdf.set_fill_color(*SEX_COLOURS[sex])
        pdf.rect(x, y + 0.8, 3, 3, style="F")
        label = sex_label(sex, language)
        pdf.text(x + 4, y + 3.4, label)
        x += 8 + pdf.get_string_width(label)
    pdf.set_y(y + 6)


def _stacked_bars(pdf: PortfolioPDF, groups: Sequence[reports.Group], language: str, *, horizontal: bool) -> None:
    """Bars of individuals by sex, one per group (years upright, countries lying), drawn with rectangles."""
    if not groups:
        return
    _legend(pdf, language)
    largest = max(g.individuals for g in groups) or 1
    pdf.set_font(FONT, "", 7.5)
    if horizontal:
        label_width, bar_width = 45.0, pdf.epw - 60
        for group in groups:
            if pdf.will_page_break(6):
                pdf.add_page()
            y = pdf.get_y()
            pdf.text(pdf.l_margin, y + 3.4, fit_text(pdf, group.label or tr("not stated", language), label_width))
            x = pdf.l_margin + label_width
            for sex in SEXES:
                width = bar_width * getattr(group.by_sex, sex) / largest
                if width > 0:
                    pdf.set_fill_color(*SEX_COLOURS[sex])
                    pdf.rect(x, y + 0.5, width, 4, style="F")
                    x += width
            pdf.text(x + 1.5, y + 3.4, str(group.individuals))
            pdf.set_y(y + 5.5)
        pdf.ln(3)
        return
    height, top = 45.0, pdf.get_y() + 4
    if pdf.will_page_break(height + 14):
        pdf.add_page()
        top = pdf.get_y() + 4
    slot = min(25.0, pdf.epw / len(groups))
    for index, group in enumerate(groups):
        x = pdf.l_margin + index * slot + slot * 0.2
        y = top + height
        for sex in SEXES:
            size = height * getattr(group.by_sex, sex) / largest
            if size > 0:
                pdf.set_fill_color(*SEX_COLOURS[sex])
                pdf.rect(x, y - size, slot * 0.6, size, style="F")
                y -= size
        pdf.text(x, y - 1, str(group.individuals))
        pdf.text(x, top + height + 4, group.label)
    pdf.set_draw_color(*GREY)
    pdf.line(pdf.l_margin, top + height, pdf.l_margin + slot * len(groups), top + height)
    pdf.set_draw_color(0)
    pdf.set_y(top + height + 8)


def write_pdf(store: Any, result: reports.Portfolio, path: str | Path, language: str = "en", *,
              noun: str = "participants", progress: Progress = _no_progress) -> Path:
    """The portfolio report: the sentence, the headline figures, a stacked bar by year and sex, a bar
    by country, and every breakdown table."""
    title = tr("Portfolio report", language)
    pdf = PortfolioPDF(title, language)
    pdf.add_page()
    pdf.set_font(FONT, "B", 14)
    pdf.cell(0, 8, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    described = describe_filters(store, result.filters, language)
    if described:
        pdf.set_font(FONT, "", 8.5)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(0, 4.5, described, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0)
    pdf.ln(2)
    pdf.set_font(FONT, "", 10.5)
    pdf.multi_cell(0, 5.5, reports.sentence(store, result, language, noun=noun), new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.ln(3)
    sheets = tables(store, result, language)
    steps = len(sheets) + 2
    _heading(pdf, sheets[0][0])
    _table(pdf, sheets[0][1], sheets[0][2], (110, 40))
    progress(1, steps)
    _heading(pdf, tr("Individuals by year and sex", language))
    _stacked_bars(pdf, result.by_year, language, horizontal=False)
    _heading(pdf, tr("Individuals by country", language))
    _stacked_bars(pdf, result.by_country, language, horizontal=True)
    progress(2, steps)
    sex_width = 18.0
    for done, (heading, header, rows) in enumerate(sheets[1:], 3):
        _heading(pdf, heading)
        fixed = len(header) - 1
        if heading == sheets[1][0]:  # activities: code, title, start, end, country, attended, by sex
            widths = [17, pdf.epw - 17 - 17 * 2 - 22 - 17 - 13 * 4, 17, 17, 22, 17, *[13] * 4]
        else:
            widths = [pdf.epw - sex_width * fixed, *[sex_width] * fixed]
        _table(pdf, header, rows, widths)
        progress(done, steps)
    progress(steps, steps)
    return save(pdf, path)


def describe_filters(store: Any, filters: reports.Filters, language: str) -> str:
    """The selection in words ("Project: SFC · Funder: European Union · From 2022-01-01")."""
    parts = []
    for value, label in ((filters.date_from, tr("From", language)), (filters.date_to, tr("To", language)),
                         (filters.project, tr("Project", language)), (filters.funder, tr("Funder", language)),
                         (filters.partner, tr("Partner", language)), (filters.organiser, tr("Organiser", language)),
                         (filters.country, tr("Country", language)), (filters.kind, tr("Kind", language)),
                         (filters.modality, tr("Modality", language))):
        if value:
            parts.append(f"{label}: {value}")
    return " · ".join(parts)
