"""What every Attendance PDF shares: fonts, the event header with logos, the credits and "page x of y"
in the footer, fitting text.

:class:`EventPDF` is an fpdf2 document in the bundled DejaVu fonts (accents and ✓ everywhere,
no dependence on system fonts). Its header, drawn on every page, shows the organiser and
partner logos (paths from the settings, missing files skipped), the document's title, the
event's title, kind, dates and venue, and then the current table's column header, so long
tables keep their headings on every page. Its footer credits the event's organiser, partners,
funders and project with their logos (:mod:`attendance.documents.attribution`), wrapped to the
page's width; the bottom margin grows to hold them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from PIL import Image

from attendance import assets
from attendance.documents.attribution import DocumentCredits, credit_block, document_credits, draw_credit_block
from attendance.documents.lists import replacing
from attendance.domain import Event
from attendance.i18n import blocks_range, country_name, date_range, tr
from attendance.settings import ORGANISER_LOGO, PARTNER_LOGOS
from attendance.store import Store

FONT = "DejaVu"
LOGO_HEIGHT = 12.0
GREY = (110, 110, 110)


def logo_paths(store: Store | None, key: str) -> list[Path]:
    """The existing image files named by a setting (missing or unset paths are skipped).

    The value is a JSON list of paths (as the badge settings store ``partner_logos``) or plain
    paths separated by ``;`` or new lines.
    """
    value = (store.meta(key) if store is not None else None) or ""
    try:
        parts = json.loads(value) if value.lstrip().startswith("[") else value.replace("\n", ";").split(";")
    except ValueError:
        parts = []
    candidates = [Path(str(part).strip()).expanduser() for part in parts if str(part).strip()]
    return [path for path in candidates if path.is_file()]


def event_dates(store: Store | None, event: Event, language: str) -> str:
    """The event's dates as its sessions give them, in blocks of consecutive days
    ("7–10 December 2021 and 15–18 February 2022"); the event's own range when it has no sessions."""
    days = [row["date"] for row in store.rows("SELECT date FROM sessions WHERE event_id = ? AND deleted_at IS NULL",
                                              [event.id])] if store is not None else []
    return blocks_range(days, language) if days else date_range(event.start_date, event.end_date, language)


def event_line(event: Event, language: str, dates: str | None = None) -> str:
    """"Course · 7–10 December 2026 · Hotel, Kingston, Jamaica" (``dates`` as :func:`event_dates`, else
    the event's range as :func:`i18n.date_range`)."""
    place = ", ".join(part for part in (event.venue, event.city, country_name(event.country, language))
                      if part)
    parts = [tr(event.kind, language).capitalize(),
             dates if dates is not None else date_range(event.start_date, event.end_date, language), place]
    return " · ".join(part for part in parts if part)


class EventPDF(FPDF):
    """An A4 document about one event, with the shared header and footer on every page."""

    def __init__(self, event: Event, language: str, document_title: str, *, store: Store | None = None,
                 landscape: bool = False, with_header: bool = True) -> None:
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="A4")
        self.event = event
        self.language = language
        self.document_title = document_title
        self.subtitle = ""
        # Lines shown in grey under the event's details on every page ("Printed landscape: ...").
        self.notes: list[str] = []
        self.event_dates = event_dates(store, event, language)
        self._header_lines: dict[tuple[str, str, float, float], list[str]] = {}
        self.with_header = with_header
        # Drawn under the event header on each page while a long table is being written.
        self.table_header: Callable[[], None] | None = None
        self.organiser_logos = logo_paths(store, ORGANISER_LOGO)
        self.partner_logos = logo_paths(store, PARTNER_LOGOS)
        self.add_font(FONT, "", str(assets.font("DejaVuSans.ttf")))
        self.add_font(FONT, "B", str(assets.font("DejaVuSans-Bold.ttf")))
        self.set_font(FONT, size=10)
        self.set_margins(12, 12, 12)
        # The credits, laid out once: every page's footer draws them, and the bottom margin makes room.
        self.credits = document_credits(store, event.id, language) if store is not None else DocumentCredits()
        self.credits_block = credit_block(self, self.credits, language, self.epw, font=FONT,
                                          organiser_logos=not self.organiser_logos)
        self.set_auto_page_break(True, margin=14 + (self.credits_block.height + 1.5 if with_header and
                                                    self.credits_block.height else 0))
        self.set_title(f"{document_title} – {event.title}")
        self.set_creator("Attendance")
        self.set_lang(language)

    # ------------------------------------------------------------------ header and footer
    def header(self) -> None:
        """Logos, document title, event title and details, then the running table header."""
        if not self.with_header:
            return
        top = self.t_margin
        logos_bottom = top
        x = self.l_margin
        for path in self.organiser_logos:
            x = self.draw_logo(path, x, top) + 3
            logos_bottom = top + LOGO_HEIGHT
        right = self.w - self.r_margin
        for path in reversed(self.partner_logos):
            right = self.draw_logo(path, right, top, align_right=True) - 3
            logos_bottom = top + LOGO_HEIGHT
        self.set_xy(self.l_margin, logos_bottom + (2 if logos_bottom > top else 0))
        self.set_font(FONT, "B", 13)
        self.header_text(self.document_title, 6.5)
        self.set_font(FONT, "B", 10)
        self.header_text(self.event.title, 5)
        self.set_font(FONT, "", 8.5)
        self.set_text_color(*GREY)
        self.header_text(event_line(self.event, self.language, self.event_dates), 4.5)
        for note in self.notes:
            self.header_text(note, 4.5)
        if self.subtitle:
            self.set_text_color(0)
            self.set_font(FONT, "B", 10)
            self.header_text(self.subtitle, 5.5)
        self.set_text_color(0)
        self.set_draw_color(*GREY)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_draw_color(0)
        self.set_y(self.get_y() + 3)
        self.set_font(FONT, "", 10)
        if self.table_header is not None:
            self.table_header()

    def header_text(self, text: str, height: float) -> None:
        """One header line of the page's width at the current font, wrapped at word boundaries.

        The lines come from fpdf2's own word wrapping (``multi_cell(dry_run=True,
        output="LINES")``), computed once per text and font: the header is drawn on every page.
        """
        key = (text, self.font_style, self.font_size_pt, self.epw)
        lines = self._header_lines.get(key)
        if lines is None:
            lines = self.multi_cell(self.epw, height, text, dry_run=True, output=MethodReturnValue.LINES)
            self._header_lines[key] = lines
        for line in lines:
            self.cell(self.epw, height, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def draw_logo(self, path: Path, x: float, y: float, *, align_right: bool = False) -> float:
        """Draw one logo LOGO_HEIGHT high; returns the x where the next one may start.

        An unreadable image is skipped (the returned x is unchanged): a broken logo file must
        never stop a print.
        """
        width = logo_width(path)
        if width is None:
            return x
        left = x - width if align_right else x
        try:
            self.image(str(path), x=left, y=y, h=LOGO_HEIGHT)
        except Exception:
            return x
        return left if align_right else left + width

    def footer(self) -> None:
        """The event's credits (logos, then names), then "Page x of y" centred at the bottom."""
        if not self.with_header:
            return
        if self.credits_block.height:
            draw_credit_block(self, self.credits_block, self.h - 11 - self.credits_block.height, font=FONT)
        self.set_y(-10)
        self.set_font(FONT, "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, tr("Page {page} of {pages}", self.language, page=self.page_no(), pages="{nb}"),
                  align="C")
        self.set_text_color(0)


def logo_width(path: Path, height: float = LOGO_HEIGHT) -> float | None:
    """The width a picture takes when drawn ``height`` mm high; None when it cannot be read."""
    try:
        with Image.open(path) as picture:
            pixels_wide, pixels_high = picture.size
    except Exception:
        return None
    return height * pixels_wide / pixels_high if pixels_high else None


def text_width(pdf: FPDF, text: str) -> float:
    """The width of ``text`` in mm at the current font, from the font's glyph widths.

    Same result as ``pdf.get_string_width`` for our plain (unshaped, unstretched) text, several
    times faster: a 5,000-row sign-in sheet measures some 20,000 cells.
    """
    widths = pdf.current_font.cw
    return sum(widths[ord(c)] for c in text) * pdf.font_size_pt * 0.001 / pdf.k


def fit_text(pdf: FPDF, text: str, width: float, padding: float = 1.0) -> str:
    """``text`` cut with an ellipsis so it fits in ``width`` mm at the current font."""
    room = width - 2 * padding
    if text_width(pdf, text) <= room:
        return text
    return _cut(pdf.current_font.cw, text, room * pdf.k / (pdf.font_size_pt * 0.001))


# Where a word may break besides spaces: after these characters ("Pierre-|Louis", "ana@|example.org").
_PIECES = re.compile(r"[^-/@]+[-/@]*|[-/@]+")
LINE_SPACING = 1.15  # line height as a multiple of the font size, for text wrapped inside a cell
MM_PER_PT = 25.4 / 72


def wrap_lines(pdf: FPDF, text: str, width: float, *, max_lines: int = 2, size: float | None = None,
               padding: float = 1.0, break_words: bool = True) -> list[str] | None:
    """``text`` broken into at most ``max_lines`` lines that fit ``width`` mm; None when it cannot.

    Measured with the font's glyph widths (the current font, at ``size`` points if given). Text
    that fits stays one line, unchanged. Otherwise a break after a comma ("Family, | Given") is
    preferred when both halves fit; else lines are filled word by word, breaking after a hyphen,
    slash or @ if that helps, and inside a word only when the word alone is wider than a line
    and ``break_words`` allows it (else None).
    """
    widths = pdf.current_font.cw
    limit = (width - 2 * padding) * pdf.k / ((size or pdf.font_size_pt) * 0.001)  # in glyph units
    if sum(widths[ord(c)] for c in text) <= limit:
        return [text]
    if max_lines < 2:
        return None
    lines = _wrap(widths, text, limit, max_lines, break_words)
    return lines if lines is not None and len(lines) <= max_lines else None


def _wrap(widths: dict[int, float], text: str, limit: float, max_lines: int,
          break_words: bool = True) -> list[str] | None:
    """Greedy line filling in glyph units (see :func:`wrap_lines`); None once over ``max_lines``."""
    def units(part: str) -> float:
        return sum(widths[ord(c)] for c in part)

    if max_lines == 2:
        start = text.find(", ")
        while start != -1:
            first, second = text[:start + 1], text[start + 2:].strip()
            if second and units(first) <= limit and units(second) <= limit:
                return [first, second]
            start = text.find(", ", start + 1)
    space = widths[32]
    lines: list[str] = []
    current, used = "", 0.0
    for word in text.split():
        for index, piece in enumerate(_PIECES.findall(word)):
            glue = " " if current and index == 0 else ""
            piece_units = units(piece)
            if used + piece_units + (space if glue else 0) <= limit:
                current += glue + piece
                used += piece_units + (space if glue else 0)
                continue
            if current:
                lines.append(current)
                if len(lines) >= max_lines:
                    return None
            if piece_units > limit and not break_words:
                return None
            while piece_units > limit:  # a word wider than a line: break it where the line is full
                keep, total = 1, widths[ord(piece[0])]
                while keep < len(piece) and total + widths[ord(piece[keep])] <= limit:
                    total += widths[ord(piece[keep])]
                    keep += 1
                lines.append(piece[:keep])
                if len(lines) >= max_lines:
                    return None
                piece = piece[keep:]
                piece_units = units(piece)
            current, used = piece, piece_units
    if current:
        lines.append(current)
    return lines


def _cut(widths: dict[int, float], text: str, limit: float) -> str:
    """``text`` cut with an ellipsis to ``limit`` glyph units ("" when not even one character fits)."""
    limit -= widths[ord("…")]
    used, keep = 0.0, 0
    for keep, char in enumerate(text):  # noqa: B007 - keep is the number of characters that fit
        used += widths[ord(char)]
        if used > limit:
            break
    kept = text[:keep].rstrip()
    return kept + "…" if kept else ""


def fit_lines(pdf: FPDF, text: str, width: float, attempts: Sequence[tuple[float, int]],
              padding: float = 1.0) -> tuple[float, list[str]] | None:
    """The first of ``attempts`` (font size in points, most lines) at which ``text`` fits ``width``
    mm, as (size, lines); None when none does. Text that fits one line stays one line.

    Every attempt is first tried breaking only between words (and after hyphens, slashes, @);
    a word is broken inside only as the last resort, when no attempt holds it whole
    ("Barbados" never becomes "Barbado/s" while a smaller size or another line can hold it).
    """
    for break_words in (False, True):
        for size, max_lines in attempts:
            lines = wrap_lines(pdf, text, width, max_lines=max_lines, size=size, padding=padding,
                               break_words=break_words)
            if lines is not None:
                return size, lines
    return None


def lines_height(size: float, count: int, padding: float = 0.6) -> float:
    """The height, in mm, of a cell that holds ``count`` lines of ``size`` points with ``padding`` above and below."""
    return size * MM_PER_PT * LINE_SPACING * count + 2 * padding


def cut_lines(pdf: FPDF, text: str, width: float, size: float, *, max_lines: int = 2,
              padding: float = 1.0) -> list[str]:
    """The last resort for absurd lengths: ``max_lines`` lines at ``size``, the last cut with "…"."""
    widths = pdf.current_font.cw
    limit = (width - 2 * padding) * pdf.k / (size * 0.001)
    lines = _wrap(widths, text, limit, 10_000) or [text]
    if len(lines) <= max_lines:
        return lines
    return [*lines[:max_lines - 1], _cut(widths, " ".join(lines[max_lines - 1:]), limit)]


def text_cell(pdf: FPDF, width: float, height: float, lines: Sequence[str], *, size: float | None = None,
              align: str = "L", border: int | str = 1, padding: float = 1.0, fill: bool = False) -> None:
    """A bordered cell ``width`` × ``height`` mm with ``lines`` of text centred vertically in it.

    Like ``pdf.cell()`` (the cursor moves right; a page break happens before the cell when the
    row does not fit) but the text is placed with ``pdf.text()``, several times cheaper than a
    text cell, at ``size`` points (the current size if None; restored afterwards). ``align`` is
    "L" or "R".
    """
    pdf.cell(width, height, "", border=border, fill=fill)
    if not lines or not any(lines):
        return
    x, y = pdf.get_x() - width, pdf.get_y()
    previous = pdf.font_size_pt
    if size is not None and size != previous:
        pdf.set_font_size(size)
    font_size = pdf.font_size  # in mm
    line_height = font_size * LINE_SPACING if len(lines) > 1 else 0.0
    # The baseline of the first line, as pdf.cell() puts one line: half way down plus 0.3 font size.
    baseline = y + 0.5 * (height - line_height * (len(lines) - 1)) + 0.3 * font_size
    for line in lines:
        left = x + padding if align != "R" else x + width - padding - text_width(pdf, line)
        pdf.text(left, baseline, line)
        baseline += line_height
    if pdf.font_size_pt != previous:
        pdf.set_font_size(previous)


def save(pdf: FPDF, path: str | Path) -> Path:
    """Write the PDF to ``path`` (its folder is created, a failed write leaves no half file)."""
    with replacing(path) as temporary:
        pdf.output(str(temporary))
    return Path(path)
