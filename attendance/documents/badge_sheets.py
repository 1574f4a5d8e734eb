"""Badge sheets: print-ready PDF layouts of QR badges (A4 8-up, label sheets, CR80 cards, A6).

Drawing happens in two steps so the PDF, the GUI preview and Qt printing show the same thing:

1. :func:`plan_sheets` decides everything in millimetres — which badge goes where on which page,
   the font size and line breaks of every text (measured with the bundled DejaVu fonts so long
   names shrink, then wrap to two lines, and never overflow), the QR code as rectangles, the logos.
2. :func:`sheets_pdf` draws those plans with fpdf2 (vector QR squares, merged into runs so files
   stay small); ``attendance.gui.badges_page`` draws the same plans with QPainter.

:func:`badge_pdf` and :func:`save_badges` are the services the CLI and the GUI call. A badge shows
the full name, institution, country, event title and dates, a role ribbon for speakers and
organisers, the organiser and partner logos and the QR code — never the person's sex, and the QR
holds no personal data (see :mod:`attendance.badges`). Text is in the event's language. Layouts
with room (A4 8-up, the A4 and Letter label sheets, A6; not the CR80 card) add a line naming the
event's partners and funders at the bottom (:mod:`attendance.documents.attribution`).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import as_file
from itertools import pairwise
from pathlib import Path
from typing import Any

import qrcode
import qrcode.util
from fpdf import FPDF
from PIL import Image, UnidentifiedImageError
from qrcode.constants import ERROR_CORRECT_M

from attendance import assets, badges, settings
from attendance.documents.attribution import credit_parts, document_credits
from attendance.documents.layouts import DEFAULT_LAYOUT, LAYOUTS, BadgeLayout, get_layout  # noqa: F401 (re-exported)
from attendance.documents.pdf import event_dates
from attendance.domain import AttendanceError, Event, NotFound, Role
from attendance.i18n import country_name, tr
from attendance.store import Store

MM_PER_PT = 25.4 / 72
LINE_SPACING = 1.17  # line height as a multiple of the font size (DejaVu: ascent .93 + descent .24)
BASELINE = 0.93  # distance from a line's top to its baseline, in font sizes
FONT_FAMILY = "DejaVu"
QR_BORDER = 4  # the quiet zone the QR standard asks for, in modules
ORGANISER_LOGO_KEY = settings.ORGANISER_LOGO  # the organiser's logo (a path)
PARTNER_LOGOS_KEY = settings.PARTNER_LOGOS  # partner logos (a JSON list of paths, or one per line)
RIBBON_COLOURS: dict[str, tuple[int, int, int]] = {
    Role.SPEAKER.value: (0, 84, 147),
    Role.ORGANISER.value: (165, 28, 48),
}
# The smallest a name is printed, read at arm's length, before it is ever cut (on three lines).
NAME_LEGIBLE_SIZE = 7.0
TEXT_COLOUR = (20, 20, 20)
MUTED_COLOUR = (80, 80, 80)

Progress = Callable[[int, int], None]


class NothingToPrint(AttendanceError):
    """The selection holds no badge (no registrations, all printed, or all cancelled)."""


# --------------------------------------------------------------------------- what a badge says
@dataclass(frozen=True)
class BadgeContent:
    """The words of one badge, already in the event's language. No sex: it is never printed."""

    registration_id: str
    given_names: str
    family_names: str
    institution: str
    country: str
    role: str
    payload: str

    @property
    def full_name(self) -> str:
        """Given names then family names."""
        return f"{self.given_names} {self.family_names}".strip()


@dataclass(frozen=True)
class EventHeader:
    """What every badge of an event shares: title, dates, language and logos."""

    title: str
    dates: str
    language: str
    organiser_logo: Path | None = None
    partner_logos: tuple[Path, ...] = ()
    # "Partner: … · Funded by: …" with full names, and with acronyms for when that does not fit.
    credits: str = ""
    short_credits: str = ""


_BADGE_ROWS_SQL = """
SELECT r.id, r.role, r.badge_token, r.badge_printed_at, p.given_names, p.family_names,
    coalesce(p.country, i.country, '') AS country, coalesce(i.name, '') AS institution
FROM registrations r
JOIN people p ON p.id = r.person_id AND p.deleted_at IS NULL
LEFT JOIN institutions i ON i.id = r.institution_id
WHERE r.event_id = ? AND r.deleted_at IS NULL AND r.status = 'registered'
ORDER BY p.family_names COLLATE NOCASE, p.given_names COLLATE NOCASE
"""


def _badge_rows(store: Store, event: Event, registration_ids: Iterable[str] | None,
                only_not_printed: bool) -> list[dict[str, Any]]:
    rows = store.rows(_BADGE_ROWS_SQL, [event.id])
    if only_not_printed:
        rows = [row for row in rows if not row["badge_printed_at"]]
    if registration_ids is not None:
        by_id = {row["id"]: row for row in rows}
        rows = [by_id[rid] for rid in dict.fromkeys(registration_ids) if rid in by_id]
    return rows


def _content(event: Event, row: dict[str, Any]) -> BadgeContent:
    return BadgeContent(
        registration_id=row["id"], given_names=row["given_names"], family_names=row["family_names"],
        institution=row["institution"], country=country_name(row["country"], event.language), role=row["role"],
        payload=badges.make_payload(event.code, row["badge_token"], event.badge_key),
    )


def badge_contents(store: Store, event: Event, *, registration_ids: Iterable[str] | None = None,
                   only_not_printed: bool = False) -> list[BadgeContent]:
    """The badges to print for an event, sorted by family name: all live registrations (not
    cancelled), only those in ``registration_ids`` (kept in the order given), or only those whose
    badge was never printed."""
    return [_content(event, row) for row in _badge_rows(store, event, registration_ids, only_not_printed)]


def first_badges(store: Store, event: Event, count: int, *, registration_ids: Iterable[str] | None = None,
                 only_not_printed: bool = False) -> tuple[int, list[BadgeContent]]:
    """How many badges :func:`badge_contents` would give, and the first ``count`` of them (a preview):
    only those get their QR payload computed, which at 20,000 badges saves half a second."""
    rows = _badge_rows(store, event, registration_ids, only_not_printed)
    return len(rows), [_content(event, row) for row in rows[:count]]


def event_header(store: Store, event: Event) -> EventHeader:
    """The event's shared badge text and the logos from the settings (unreadable files left out)."""
    partners_setting = store.meta(PARTNER_LOGOS_KEY) or ""
    try:
        partner_paths = json.loads(partners_setting) if partners_setting.strip().startswith("[") else []
    except json.JSONDecodeError:
        partner_paths = []
    if not partner_paths:
        partner_paths = [line for line in partners_setting.splitlines() if line.strip()]
    organiser = _readable_image(store.meta(ORGANISER_LOGO_KEY))
    partners = tuple(p for p in (_readable_image(str(path)) for path in partner_paths) if p)
    credited = document_credits(store, event.id, event.language)
    credits, short = (" · ".join(credit_parts(credited, event.language, organiser=False, project=False, short=short))
                      for short in (False, True))
    return EventHeader(title=event.title, dates=event_dates(store, event, event.language),
                       language=event.language, organiser_logo=organiser, partner_logos=partners,
                       credits=credits, short_credits=short)


def registration_ids_for_codes(store: Store, event: Event, codes: Iterable[str]) -> list[str]:
    """The registrations named by badge codes: a badge token (``K7Q2M9XD``) or a scanned payload.

    An unknown code raises NotFound naming it, so a typo never prints the wrong badges silently.
    """
    found: list[str] = []
    for code in codes:
        text = "".join(code.split()).upper()
        parsed = badges.parse_payload(text, event.code, event.badge_key)
        token = parsed.badge_token if parsed.status is badges.PayloadStatus.VALID else text
        registration_id = store.scalar("SELECT id FROM registrations WHERE event_id = ? AND badge_token = ? "
                                       "AND deleted_at IS NULL", [event.id, token])
        if registration_id is None:
            raise NotFound(tr("No badge with code {code} in event {event}", code=code, event=event.code))
        found.append(registration_id)
    return found


def _readable_image(path: str | None) -> Path | None:
    """The path if it names an image Pillow can decode, else None (a missing logo never stops a print)."""
    if not path:
        return None
    try:
        with Image.open(path) as image:
            image.load()  # decodes it all: a truncated file fails here, not halfway through a batch
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError):
        return None
    return Path(path)


# --------------------------------------------------------------------------- plans (millimetres)
@dataclass(frozen=True)
class Box:
    """A rectangle: top-left corner, width and height in millimetres."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class TextBlock:
    """Lines of text fitted into a box: font size in points, lines already broken."""

    box: Box
    lines: tuple[str, ...]
    size: float
    bold: bool = False
    centred: bool = True
    colour: tuple[int, int, int] = TEXT_COLOUR
    middle: bool = False  # centre the lines vertically in the box (else from the top)

    @property
    def line_height(self) -> float:
        """Distance between baselines in millimetres."""
        return self.size * MM_PER_PT * LINE_SPACING

    def baselines(self) -> list[float]:
        """The y of each line's baseline."""
        top = self.box.y
        if self.middle:
            top += (self.box.h - len(self.lines) * self.line_height) / 2
        em = self.size * MM_PER_PT
        return [top + i * self.line_height + BASELINE * em + (LINE_SPACING - 1.164) / 2 * em
                for i in range(len(self.lines))]


@dataclass(frozen=True)
class BadgePlan:
    """Everything drawn on one badge, in millimetres from the badge's top-left corner."""

    width: float
    height: float
    texts: tuple[TextBlock, ...]
    qr_box: Box
    qr_modules: int  # modules per side, quiet zone included
    qr_rects: tuple[tuple[int, int, int, int], ...]  # dark areas as (x, y, w, h) in modules
    logos: tuple[tuple[Path, Box], ...] = ()
    ribbon: Box | None = None
    ribbon_colour: tuple[int, int, int] = (0, 0, 0)

    def qr_squares(self, x: float = 0.0, y: float = 0.0) -> list[Box]:
        """The QR's dark rectangles in millimetres, for a badge whose corner is at (x, y)."""
        module = self.qr_box.w / self.qr_modules
        left, top = x + self.qr_box.x, y + self.qr_box.y
        return [Box(left + mx * module, top + my * module, mw * module, mh * module)
                for mx, my, mw, mh in self.qr_rects]


@dataclass(frozen=True)
class PagePlan:
    """One sheet: its size, its badges with their corners, and the cut marks as line segments."""

    width: float
    height: float
    badges: tuple[tuple[float, float, BadgePlan], ...]
    cut_marks: tuple[tuple[float, float, float, float], ...] = ()
    registration_ids: tuple[str, ...] = field(default=())


class TextMeasure:
    """Widths of text in the bundled DejaVu fonts, the same metrics fpdf2 draws with.

    Widths of words at 1 pt are cached: a line's width at any size is the sum of its words and
    spaces times the size (fpdf2 draws without kerning, so widths add up exactly).
    """

    def __init__(self, pdf: FPDF | None = None) -> None:
        self.pdf = pdf or new_pdf((210, 297))  # pass the document being drawn: fonts are parsed once
        self._unit_widths: dict[tuple[bool, str], float] = {}

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Width in millimetres of ``text`` at ``size`` points."""
        key = (bold, text)
        unit = self._unit_widths.get(key)
        if unit is None:
            self.pdf.set_font(FONT_FAMILY, "B" if bold else "", 100)
            unit = self.pdf.get_string_width(text) / 100
            self._unit_widths[key] = unit
        return unit * size

    def line_width(self, words: Sequence[str], size: float, bold: bool = False) -> float:
        """Width of the words joined by single spaces."""
        if not words:
            return 0.0
        return (sum(self.width(w, size, bold) for w in words)
                + (len(words) - 1) * self.width(" ", size, bold))


def fit_text(measure: TextMeasure, text: str, box: Box, *, max_size: float, min_size: float,
             max_lines: int = 1, bold: bool = False, one_line_down_to: float | None = None,
             preferred_lines: Sequence[str] | None = None, legible_size: float | None = None,
             legible_lines: int | None = None, **style: object) -> TextBlock:
    """The largest font size (in half points, from ``max_size`` down to ``min_size``) at which
    ``text`` fits ``box`` on at most ``max_lines`` lines, never wider or taller than the box.

    With ``one_line_down_to`` a single line is tried first down to that size before wrapping
    (a name reads best on one line). ``preferred_lines`` (e.g. given names / family names) is
    used instead of greedy wrapping when it fits. Lines break between words and, when that is
    not enough, after a hyphen ("Ramkhelawan-|Bhagwan"). When nothing fits at ``min_size``, the
    text may go on down to ``legible_size`` on up to ``legible_lines`` lines (a name is never
    cut). Text too long even then is wrapped inside words and cut with an ellipsis: it never
    overflows.
    """
    words = text.split()
    if not words:
        return TextBlock(box, (), max_size, bold, **style)
    if one_line_down_to is not None:
        for size in _half_points(max_size, one_line_down_to):
            if _fits_height(size, 1, box) and measure.line_width(words, size, bold) <= box.w:
                return TextBlock(box, (" ".join(words),), size, bold, **style)
    attempts = [(size, max_lines) for size in _half_points(max_size, min_size)]
    if (legible_size is not None and legible_size < min_size) or (legible_lines or max_lines) > max_lines:
        attempts += [(size, legible_lines or max_lines)
                     for size in _half_points(min_size, min(min_size, legible_size or min_size))]
    for size, most in attempts:
        allowed = min(most, _lines_that_fit(size, box))
        if allowed < 1:
            continue
        if preferred_lines and len(preferred_lines) <= allowed and all(
                measure.line_width(line.split(), size, bold) <= box.w for line in preferred_lines):
            return TextBlock(box, tuple(" ".join(line.split()) for line in preferred_lines), size, bold, **style)
        lines = _wrap(measure, words, size, bold, box.w)
        if lines is None or len(lines) > allowed:
            lines = _wrap(measure, _hyphen_pieces(words), size, bold, box.w)
        if lines is not None and len(lines) <= allowed:
            return TextBlock(box, tuple(lines), size, bold, **style)
    size, most = attempts[-1]
    allowed = max(1, min(most, _lines_that_fit(size, box)))
    lines = _hard_wrap(measure, words, size, bold, box.w)
    if len(lines) > allowed:
        lines = [*lines[:allowed - 1], _ellipsize(measure, " ".join(lines[allowed - 1:]), size, bold, box.w)]
    return TextBlock(box, tuple(lines), size, bold, **style)


def _half_points(high: float, low: float) -> list[float]:
    steps = round((high - low) * 2)
    return [high - step / 2 for step in range(steps + 1)]


def _lines_that_fit(size: float, box: Box) -> int:
    return int((box.h + 1e-6) // (size * MM_PER_PT * LINE_SPACING))


def _fits_height(size: float, lines: int, box: Box) -> bool:
    return lines * size * MM_PER_PT * LINE_SPACING <= box.h + 1e-6


# A piece of a word that ends in a hyphen, and is not the word's end, is glued to the next piece
# without a space; the marker never reaches the page (see _wrap).
_GLUE = "\u2060"
_HYPHENATED = re.compile(r"[^-]+-+(?=[^-])")


def _hyphen_pieces(words: list[str]) -> list[str]:
    """Words split after their hyphens, every piece but the last marked to join its next piece
    without a space ("Ramkhelawan-Bhagwan" -> "Ramkhelawan-⁠", "Bhagwan")."""
    pieces: list[str] = []
    for word in words:
        parts = _HYPHENATED.findall(word)
        rest = word[sum(len(part) for part in parts):]
        pieces += [part + _GLUE for part in parts] + [rest]
    return pieces


def _wrap(measure: TextMeasure, words: list[str], size: float, bold: bool, width: float) -> list[str] | None:
    """Greedy word wrap; None when a single word is wider than the box.

    A word ending in the glue marker (see :func:`_hyphen_pieces`) joins the next one without a
    space on the same line, and may end a line (its hyphen shows the break).
    """
    lines: list[str] = []
    current = ""
    space = measure.width(" ", size, bold)
    used = 0.0
    for word in words:
        glued = current.endswith(_GLUE)
        shown = word.removesuffix(_GLUE)
        piece = measure.width(shown, size, bold)
        if piece > width:
            return None
        gap = 0.0 if glued or not current else space
        if current and used + gap + piece > width:
            lines.append(current.removesuffix(_GLUE))
            current, used = word, piece
        else:
            current = current.removesuffix(_GLUE) + (" " if gap else "") + word
            used += gap + piece
    lines.append(current.removesuffix(_GLUE))
    return lines


def _hard_wrap(measure: TextMeasure, words: list[str], size: float, bold: bool, width: float) -> list[str]:
    """Wrap, breaking inside words that are wider than the box on their own."""
    pieces: list[str] = []
    for word in words:
        while measure.width(word, size, bold) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and measure.width(word[:cut], size, bold) > width:
                cut -= 1
            pieces.append(word[:cut])
            word = word[cut:]
        pieces.append(word)
    return _wrap(measure, pieces, size, bold, width) or pieces


def _ellipsize(measure: TextMeasure, text: str, size: float, bold: bool, width: float) -> str:
    while text and measure.width(text + "…", size, bold) > width:
        text = text[:-1].rstrip()
    return text + "…"


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR code of ``payload``: error correction M, quiet zone included, qrcode's own mask choice.

    qrcode picks the mask (the pattern that avoids look-alikes of the finder squares and large
    blocks, which trouble scanners) by building the code eight times in pure Python: two thirds
    of a badge's drawing time. Here the code is built once with mask 0, the seven other masked
    versions are derived by XOR on whole rows and scored with qrcode's penalty rules
    (``qrcode.util.lost_point``) using string and bit operations; the winner gets its format bits.
    ``tests/test_badges.py`` checks the result is exactly qrcode's own code.
    """
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QR_BORDER)
    code.add_data(payload)
    code.best_fit()
    code.makeImpl(True, 0)  # "test" build: format bits left light, as qrcode scores them
    size = code.modules_count
    rows = [sum(1 << c for c, dark in enumerate(row) if dark) for row in code.modules]
    flips = _mask_flips(code.version, size)
    masked = [[row ^ flip for row, flip in zip(rows, flips[mask], strict=True)] for mask in range(8)]
    best = min(range(8), key=lambda mask: (_mask_penalty(masked[mask], size), mask))
    code.modules = [[bool(row >> c & 1) for c in range(size)] for row in masked[best]]
    code.setup_type_info(False, best)  # the real format bits, which the test build left light
    code.mask_pattern = best
    return code.get_matrix()


@cache
def _mask_flips(version: int, size: int) -> tuple[tuple[int, ...], ...]:
    """For each mask, the bits to flip in each row to turn a mask-0 code into that mask's code:
    the data modules where the two mask patterns differ."""
    probe = qrcode.QRCode(version=version, error_correction=ERROR_CORRECT_M)
    probe.modules_count = size
    probe.modules = [[None] * size for _ in range(size)]
    for row, col in ((0, 0), (size - 7, 0), (0, size - 7)):
        probe.setup_position_probe_pattern(row, col)
    probe.setup_position_adjust_pattern()
    probe.setup_timing_pattern()
    probe.setup_type_info(True, 0)
    if version >= 7:
        probe.setup_type_number(True)
    data = [[module is None for module in row] for row in probe.modules]
    masks = [qrcode.util.mask_func(mask) for mask in range(8)]
    return tuple(
        tuple(sum(1 << c for c in range(size) if data[r][c] and masks[0](r, c) != masks[mask](r, c))
              for r in range(size))
        for mask in range(8))


_LONG_RUN = re.compile(r"0{5,}|1{5,}")
_FINDER_LIKE = re.compile(r"(?=10111010000|00001011101)")  # overlapping matches, as qrcode counts them


def _mask_penalty(rows: list[int], size: int) -> int:
    """qrcode's ``lost_point`` of a code given as one integer per row (bit c = column c)."""
    lines = [format(row, f"0{size}b")[::-1] for row in rows]
    lines += ["".join(column) for column in zip(*lines, strict=True)]
    text = " ".join(lines)  # one search over all rows and columns; no pattern spans a space
    runs = sum(len(run) - 2 for run in _LONG_RUN.findall(text))
    full = (1 << size) - 1
    blocks = 0
    for upper, lower in pairwise(rows):
        dark, light = upper & lower, ~(upper | lower) & full
        blocks += (dark & (dark >> 1)).bit_count() + (light & (light >> 1)).bit_count()
    finder_like = len(_FINDER_LIKE.findall(text))
    dark_share = sum(row.bit_count() for row in rows) / size**2
    return runs + 3 * blocks + 40 * finder_like + int(abs(dark_share * 100 - 50) / 5) * 10


def qr_rectangles(payload: str) -> tuple[int, tuple[tuple[int, int, int, int], ...]]:
    """The QR code of ``payload`` (error correction M, quiet zone kept) as dark rectangles.

    Dark modules are merged into horizontal runs, and runs with the same span on consecutive rows
    into taller rectangles: well under half as many squares to draw, so PDFs stay small and fast.
    Returns (modules per side, rectangles as (x, y, w, h) in modules).
    """
    matrix = qr_matrix(payload)
    open_rects: dict[tuple[int, int], list[int]] = {}  # (x, w) -> [y, h] of the rectangle growing down
    done: list[tuple[int, int, int, int]] = []
    for y, row in enumerate(matrix):
        runs: set[tuple[int, int]] = set()
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                runs.add((start, x - start))
            else:
                x += 1
        for span in list(open_rects):
            if span not in runs:
                top, height = open_rects.pop(span)
                done.append((span[0], top, span[1], height))
        for span in runs:
            if span in open_rects:
                open_rects[span][1] += 1
            else:
                open_rects[span] = [y, 1]
    done.extend((span[0], top, span[1], height) for span, (top, height) in open_rects.items())
    return len(matrix), tuple(sorted(done, key=lambda r: (r[1], r[0])))


@dataclass(frozen=True)
class _Design:
    """Where each part of a badge goes for one layout (computed once per batch)."""

    padding: float
    header: Box
    title_size: tuple[float, float]
    date_size: float
    name: Box
    name_size: tuple[float, float, float]  # largest, smallest on one line, smallest wrapped
    institution: Box
    institution_size: tuple[float, float]
    institution_lines: int
    country: Box
    country_size: float
    qr: Box
    ribbon: Box
    ribbon_size: float
    credits: Box | None = None  # the partners and funders line, on layouts with room for it
    credits_lines: int = 1


# Landscape badges at least this tall take a credits line under the ribbon (CR80 cards, 54 mm, do not).
CREDITS_MIN_HEIGHT = 59.0
CREDITS_SIZE = (5.5, 4.5)  # points, largest and smallest


def design_for(layout: BadgeLayout) -> _Design:
    """The boxes of a badge of this layout's size: landscape badges put the QR code beside the
    text, portrait ones (A6) below it."""
    w, h = layout.badge_width, layout.badge_height
    pad = max(3.0, min(w, h) * 0.05)
    if w >= h:
        header = Box(pad, pad, w - 2 * pad, h * 0.19)
        ribbon = Box(pad, h - pad - h * 0.12, w - 2 * pad, h * 0.12)
        credits = None
        if h >= CREDITS_MIN_HEIGHT:  # the ribbon's strip gives its bottom 2.5 mm to the credits line
            credits = Box(pad, h - pad - 2.5, w - 2 * pad, 2.5)
            ribbon = Box(ribbon.x, ribbon.y, ribbon.w, ribbon.h - 2.8)
        body_top = header.y + header.h + 1.5
        body_h = ribbon.y - 1.5 - body_top
        qr_side = min(body_h, w * 0.38)
        qr = Box(w - pad - qr_side, body_top + (body_h - qr_side) / 2, qr_side, qr_side)
        text_w = qr.x - pad - 1.0  # the quiet zone inside the QR box already keeps text apart
        scale = h / 68.0
        name = Box(pad, body_top, text_w, body_h * 0.5)
        institution = Box(pad, name.y + name.h + 0.8, text_w, body_h * 0.34)
        country = Box(pad, institution.y + institution.h + 0.8, text_w, body_h * 0.16 - 1.6)
        return _Design(pad, header, (9 * scale, 6.0), 7 * scale, name, (20 * scale, 14 * scale, 10),
                       institution, (10 * scale, 7.0), 3, country, 8.5 * scale, qr, ribbon, 11 * scale, credits)
    header = Box(pad, pad, w - 2 * pad, h * 0.17)
    ribbon = Box(pad, h - pad - h * 0.08, w - 2 * pad, h * 0.08)
    credits = Box(pad, ribbon.y - 1 - 5.2, w - 2 * pad, 5.2)  # two lines between the QR code and the ribbon
    qr_side = w * 0.44
    qr = Box((w - qr_side) / 2, credits.y - 1 - qr_side, qr_side, qr_side)
    text_top = header.y + header.h + 3
    text_h = qr.y - text_top
    name = Box(pad, text_top, w - 2 * pad, text_h * 0.5)
    institution = Box(pad, name.y + name.h + 1, w - 2 * pad, text_h * 0.32)
    country = Box(pad, institution.y + institution.h, w - 2 * pad, text_h * 0.18 - 1)
    return _Design(pad, header, (13, 7), 10, name, (28, 20, 14), institution, (14, 9), 3, country, 11, qr,
                   ribbon, 16, credits, 2)


def plan_badge(measure: TextMeasure, layout: BadgeLayout, header: EventHeader, badge: BadgeContent,
               design: _Design | None = None, header_texts: tuple[TextBlock, ...] | None = None,
               logos: tuple[tuple[Path, Box], ...] | None = None) -> BadgePlan:
    """Fit one badge's texts and QR code into the layout's boxes (see :func:`fit_text`)."""
    design = design or design_for(layout)
    if logos is None or header_texts is None:
        logos, header_texts = plan_header(measure, design, header)
    name = fit_text(measure, badge.full_name, design.name, max_size=design.name_size[0],
                    one_line_down_to=design.name_size[1], min_size=design.name_size[2], max_lines=2,
                    legible_size=NAME_LEGIBLE_SIZE, legible_lines=3, bold=True, middle=True,
                    preferred_lines=[badge.given_names, badge.family_names]
                    if badge.given_names and badge.family_names else None)
    institution = fit_text(measure, badge.institution, design.institution, max_size=design.institution_size[0],
                           min_size=design.institution_size[1], max_lines=design.institution_lines,
                           colour=MUTED_COLOUR)
    country = fit_text(measure, badge.country.upper(), design.country, max_size=design.country_size,
                       min_size=6, bold=True, colour=MUTED_COLOUR)
    texts = [*header_texts, name, institution, country]
    ribbon = None
    colour = RIBBON_COLOURS.get(badge.role)
    if colour:
        ribbon = design.ribbon
        label = tr(badge.role, header.language).upper()
        texts.append(fit_text(measure, label, Box(ribbon.x + 1, ribbon.y, ribbon.w - 2, ribbon.h),
                              max_size=design.ribbon_size, min_size=6, bold=True, colour=(255, 255, 255),
                              middle=True))
    modules, rects = qr_rectangles(badge.payload)
    return BadgePlan(layout.badge_width, layout.badge_height, tuple(texts), design.qr, modules, rects,
                     logos, ribbon, colour or (0, 0, 0))


def plan_header(measure: TextMeasure, design: _Design,
                header: EventHeader) -> tuple[tuple[tuple[Path, Box], ...], tuple[TextBlock, ...]]:
    """Place the logos (organiser left, partners right) and fit the event title and dates between."""
    box = design.header
    logos: list[tuple[Path, Box]] = []
    left, right = box.x, box.x + box.w
    if header.organiser_logo:
        logo_box = _logo_box(header.organiser_logo, left, box.y, box.h, box.w * 0.2)
        logos.append((header.organiser_logo, logo_box))
        left += logo_box.w + 1.5
    # Partners share a fifth of the width equally, right-aligned in their order; the title keeps
    # the rest. Logos that would be too small to recognise are left out, the last ones first.
    partners = list(header.partner_logos)
    smallest = min(box.h * 0.4, 8.0)  # mm
    while partners and (box.w * 0.2 - 1.5 * (len(partners) - 1)) / len(partners) < smallest:
        partners.pop()
    for path in reversed(partners):
        share = min(box.w * 0.12, (box.w * 0.2 - 1.5 * (len(partners) - 1)) / len(partners))
        logo_box = _logo_box(path, right, box.y, box.h, share, from_right=True)
        logos.append((path, logo_box))
        right = logo_box.x - 1.5
    date_h = design.date_size * MM_PER_PT * LINE_SPACING
    title_box = Box(left, box.y, right - left, box.h - date_h)
    title = fit_text(measure, header.title, title_box, max_size=design.title_size[0],
                     min_size=design.title_size[1], max_lines=3, bold=True, middle=True)
    dates = fit_text(measure, header.dates, Box(left, box.y + box.h - date_h, right - left, date_h),
                     max_size=design.date_size, min_size=5, colour=MUTED_COLOUR)
    credits = _credits_text(measure, design, header)
    return tuple(logos), (title, dates, *credits)


def _credits_text(measure: TextMeasure, design: _Design, header: EventHeader) -> tuple[TextBlock, ...]:
    """The partners and funders line where the layout has room: full names when they fit whole,
    else acronyms (cut only if even those do not fit, which no real name list reaches)."""
    if design.credits is None or not header.credits:
        return ()
    block = None
    for text in dict.fromkeys((header.credits, header.short_credits or header.credits)):
        block = fit_text(measure, text, design.credits, max_size=CREDITS_SIZE[0], min_size=CREDITS_SIZE[1],
                         max_lines=design.credits_lines, colour=MUTED_COLOUR, middle=True)
        if " ".join(block.lines).split() == text.split():
            break
    return (block,) if block is not None else ()


def _logo_box(path: Path, x: float, y: float, height: float, max_width: float, *,
              from_right: bool = False) -> Box:
    with Image.open(path) as image:
        ratio = image.width / image.height if image.height else 1.0
    w = min(height * ratio, max_width)
    h = w / ratio
    return Box(x - w if from_right else x, y + (height - h) / 2, w, h)


def plan_sheets(layout: BadgeLayout, header: EventHeader, contents: Sequence[BadgeContent], *,
                progress: Progress | None = None, measure: TextMeasure | None = None) -> list[PagePlan]:
    """Lay the badges out on pages, ``layout.per_page`` to a page, with cut marks if the layout has them."""
    measure = measure or TextMeasure()
    design = design_for(layout)
    logos, header_texts = plan_header(measure, design, header)
    marks = cut_marks(layout)
    pages: list[PagePlan] = []
    total = len(contents)
    for first in range(0, total, layout.per_page):
        chunk = contents[first:first + layout.per_page]
        placed = []
        for slot, badge in enumerate(chunk):
            x, y = layout.position(slot)
            placed.append((x, y, plan_badge(measure, layout, header, badge, design, header_texts, logos)))
            if progress:
                progress(first + slot + 1, total)
        pages.append(PagePlan(layout.page_width, layout.page_height, tuple(placed), marks,
                              tuple(b.registration_id for b in chunk)))
    return pages


def cut_marks(layout: BadgeLayout, length: float = 5.0,
              offset: float = 1.5) -> tuple[tuple[float, float, float, float], ...]:
    """Short lines in the page margins, in line with every badge edge, to guide a guillotine."""
    if not layout.cut_marks:
        return ()
    xs = sorted({layout.left + c * (layout.badge_width + layout.column_gap) + e * layout.badge_width
                 for c in range(layout.columns) for e in (0, 1)})
    ys = sorted({layout.top + r * (layout.badge_height + layout.row_gap) + e * layout.badge_height
                 for r in range(layout.rows) for e in (0, 1)})
    top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
    marks = []
    for x in xs:
        marks += [(x, top - offset - length, x, top - offset), (x, bottom + offset, x, bottom + offset + length)]
    for y in ys:
        marks += [(left - offset - length, y, left - offset, y), (right + offset, y, right + offset + length, y)]
    return tuple(marks)


# --------------------------------------------------------------------------- PDF
def new_pdf(page_size: tuple[float, float]) -> FPDF:
    """An fpdf2 document in millimetres with the bundled DejaVu fonts and no automatic page breaks."""
    pdf = FPDF(unit="mm", format=page_size)
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.set_creator("Attendance")
    with ExitStack() as stack:
        regular = stack.enter_context(as_file(assets.font("DejaVuSans.ttf")))
        bold = stack.enter_context(as_file(assets.font("DejaVuSans-Bold.ttf")))
        pdf.add_font(FONT_FAMILY, "", str(regular))
        pdf.add_font(FONT_FAMILY, "B", str(bold))
    return pdf


def sheets_pdf(pages: Sequence[PagePlan], *, title: str = "", progress: Progress | None = None,
               pdf: FPDF | None = None) -> bytes:
    """Draw planned pages with fpdf2 (on ``pdf``, a fresh :func:`new_pdf` of the pages' size, if
    given) and return the PDF file's bytes."""
    if not pages:
        raise NothingToPrint(tr("No badges to print"))
    pdf = pdf or new_pdf((pages[0].width, pages[0].height))
    pdf.set_title(title)
    total = sum(len(page.badges) for page in pages)
    done = 0
    for page in pages:
        pdf.add_page()
        if page.cut_marks:
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.2)
            for x1, y1, x2, y2 in page.cut_marks:
                pdf.line(x1, y1, x2, y2)
        for x, y, badge in page.badges:
            _draw_badge(pdf, x, y, badge)
            done += 1
            if progress:
                progress(done, total)
    return bytes(pdf.output())


def _draw_badge(pdf: FPDF, x: float, y: float, badge: BadgePlan) -> None:
    for path, box in badge.logos:
        pdf.image(str(path), x + box.x, y + box.y, box.w, box.h)
    if badge.ribbon:
        pdf.set_fill_color(*badge.ribbon_colour)
        r = badge.ribbon
        pdf.rect(x + r.x, y + r.y, r.w, r.h, style="F", round_corners=True, corner_radius=1.5)
    for block in badge.texts:
        _draw_text(pdf, x, y, block)
    pdf.set_fill_color(0, 0, 0)
    _fill_rectangles(pdf, badge.qr_squares(x, y))


def _fill_rectangles(pdf: FPDF, boxes: Sequence[Box]) -> None:
    """Fill many rectangles as one PDF path: exactly what ``pdf.rect(..., style="F")`` writes for
    each, minus its per-call checks, which were a third of the time of a 1,000-badge batch."""
    k, page_height = pdf.k, pdf.h
    pdf._out(" ".join(f"{b.x * k:.2f} {(page_height - b.y) * k:.2f} {b.w * k:.2f} {-b.h * k:.2f} re"
                      for b in boxes) + " f")


def _draw_text(pdf: FPDF, x: float, y: float, block: TextBlock) -> None:
    if not block.lines:
        return
    pdf.set_font(FONT_FAMILY, "B" if block.bold else "", block.size)
    pdf.set_text_color(*block.colour)
    for line, baseline in zip(block.lines, block.baselines(), strict=True):
        left = x + block.box.x
        if block.centred:
            left += (block.box.w - pdf.get_string_width(line)) / 2
        pdf.text(left, y + baseline, line)


# --------------------------------------------------------------------------- services
@dataclass(frozen=True)
class BadgeBatch:
    """A generated badge PDF and whose badges it holds (in print order)."""

    pdf: bytes
    registration_ids: tuple[str, ...]
    pages: int


def badge_pdf(store: Store, event: Event, *, layout: str = DEFAULT_LAYOUT,
              registration_ids: Iterable[str] | None = None, only_not_printed: bool = False,
              progress: Progress | None = None) -> BadgeBatch:
    """The badges of an event as a PDF: all (not cancelled), the given registrations, or those
    never printed. ``progress(done, total)`` is called as badges are laid out, then drawn."""
    contents = badge_contents(store, event, registration_ids=registration_ids, only_not_printed=only_not_printed)
    return render_badges(get_layout(layout), event_header(store, event), contents, progress=progress)


def render_badges(layout: BadgeLayout, header: EventHeader, contents: Sequence[BadgeContent], *,
                  progress: Progress | None = None) -> BadgeBatch:
    """Plan and draw badges from plain data (no store: safe in a GUI worker thread)."""
    if not contents:
        raise NothingToPrint(tr("No badges to print"))

    def half(phase: int) -> Progress | None:
        if progress is None:
            return None
        return lambda done, total: progress(phase * total + done, 2 * total)

    document = new_pdf((layout.page_width, layout.page_height))
    pages = plan_sheets(layout, header, contents, progress=half(0), measure=TextMeasure(document))
    pdf = sheets_pdf(pages, title=header.title, progress=half(1), pdf=document)
    return BadgeBatch(pdf, tuple(b.registration_id for b in contents), len(pages))


def save_badges(store: Store, event: Event, path: str | Path, *, layout: str = DEFAULT_LAYOUT,
                registration_ids: Iterable[str] | None = None, only_not_printed: bool = False,
                progress: Progress | None = None, mark_printed: bool = True) -> BadgeBatch:
    """Write the badge PDF of :func:`badge_pdf` to ``path`` (whole or not at all) and, if asked,
    mark those badges printed."""
    batch = badge_pdf(store, event, layout=layout, registration_ids=registration_ids,
                      only_not_printed=only_not_printed, progress=progress)
    write_file_atomically(Path(path), batch.pdf)
    if mark_printed:
        mark_badges_printed(store, batch.registration_ids)
    return batch


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, so a full disk never leaves half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise AttendanceError(tr("Could not write {path}: {detail}", path=path,
                                 detail=error.strerror or error)) from error


def mark_badges_printed(store: Store, registration_ids: Iterable[str]) -> None:
    """Record now as when these badges were printed, in one transaction (the column syncs)."""
    with store.transaction():
        at = store.stamp()
        for registration_id in registration_ids:
            store.update("registrations", registration_id, {"badge_printed_at": at})

