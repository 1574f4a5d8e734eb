"""Layouts of printed documents as plain data: badge sheets (paper sizes and the grid of badges on
them, in millimetres), the columns a sign-in sheet can have, and the colours of the sexes in charts.

Kept apart from the PDF drawing (:mod:`attendance.documents.badge_sheets`, :mod:`attendance.documents.sheets`) so the
command line and the window can list and choose layouts without loading the PDF and QR libraries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attendance.domain import InvalidValue, Sex
from attendance.i18n import country_name, tr


@dataclass(frozen=True)
class BadgeLayout:
    """A page size and the grid of badges on it, all in millimetres."""

    name: str
    description: str  # English; shown through tr()
    page_width: float
    page_height: float
    badge_width: float
    badge_height: float
    columns: int = 1
    rows: int = 1
    left: float = 0.0
    top: float = 0.0
    column_gap: float = 0.0
    row_gap: float = 0.0
    cut_marks: bool = False

    @property
    def per_page(self) -> int:
        """How many badges one page holds."""
        return self.columns * self.rows

    def position(self, slot: int) -> tuple[float, float]:
        """The top-left corner of the badge in ``slot`` (0-based, row by row) on its page."""
        row, column = divmod(slot, self.columns)
        return (self.left + column * (self.badge_width + self.column_gap),
                self.top + row * (self.badge_height + self.row_gap))


def _centred_grid(name: str, description: str, page: tuple[float, float], badge: tuple[float, float],
                  columns: int, rows: int, *, cut_marks: bool) -> BadgeLayout:
    return BadgeLayout(name, description, page[0], page[1], badge[0], badge[1], columns, rows,
                       left=(page[0] - columns * badge[0]) / 2, top=(page[1] - rows * badge[1]) / 2,
                       cut_marks=cut_marks)


A4 = (210.0, 297.0)
LETTER = (215.9, 279.4)
INCH = 25.4

LAYOUTS: dict[str, BadgeLayout] = {
    layout.name: layout
    for layout in (
        _centred_grid("a4-8up", "A4, 8 badges of 95 x 68 mm (2 x 4) with cut marks", A4, (95.0, 68.0), 2, 4,
                      cut_marks=True),
        # Avery L7165 / L7993 / Zweckform L7165: 99.1 x 67.7 mm, 2 x 4, 4.65 mm side and 13.1 mm top
        # margins, 2.5 mm between the columns, rows touching.
        BadgeLayout("a4-labels", "A4 label sheet, 8 labels of 99.1 x 67.7 mm (Avery L7165, L7993)",
                    A4[0], A4[1], 99.1, 67.7, 2, 4, left=4.65, top=13.1, column_gap=2.5),
        # Avery 5395 / 8395 adhesive name badges: 3 3/8 x 2 1/3 in, 2 x 4, 0.6875 in side and
        # 0.583 in top margins, 3/8 in between the columns, 1/6 in between the rows.
        BadgeLayout("letter-labels",
                    "US Letter name badge labels, 8 of 3 3/8 x 2 1/3 in (Avery 5395, 8395)",
                    LETTER[0], LETTER[1], 3.375 * INCH, 2.333 * INCH, 2, 4, left=0.6875 * INCH,
                    top=0.583 * INCH, column_gap=0.375 * INCH, row_gap=INCH / 6),
        BadgeLayout("cr80", "CR80 card, 85.6 x 54 mm, one per page (card printers)", 85.6, 54.0, 85.6, 54.0),
        BadgeLayout("a6", "A6, 105 x 148 mm, one badge per page", 105.0, 148.0, 105.0, 148.0),
    )
}
DEFAULT_LAYOUT = "a4-8up"


def get_layout(name: str) -> BadgeLayout:
    """The layout called ``name``, or InvalidValue naming the known layouts."""
    try:
        return LAYOUTS[name]
    except KeyError:
        raise InvalidValue(tr("Unknown badge layout {name}; use one of {names}", name=name,
                          names=", ".join(LAYOUTS))) from None


# Sign-in sheet columns: key -> (English header, relative width). "number" has a fixed width.
SIGNIN_COLUMNS: dict[str, tuple[str, float]] = {
    "number": ("No.", 0),
    "name": ("Name", 3.2),
    "institution": ("Institution", 3.0),
    "country": ("Country", 1.5),
    "position": ("Position", 2.2),
    "email": ("Email", 2.6),
    "phone": ("Phone", 1.7),
    "signature": ("Signature", 3.6),
}
DEFAULT_SIGNIN_COLUMNS = ("number", "name", "institution", "country", "signature")
NUMBER_WIDTH = 9.0  # mm, the "No." column
PORTRAIT_WIDTH = 210.0 - 2 * 12  # mm, A4 less the documents' margins
# The narrowest each sign-in column may get in mm (a signature needs room to sign, a country
# name room for "Trinidad and Tobago" on two lines); below, the sheet turns to landscape.
SIGNIN_MIN_WIDTHS: dict[str, float] = {"name": 38.0, "institution": 30.0, "country": 18.0, "position": 24.0,
                                       "email": 32.0, "phone": 22.0, "signature": 40.0}


def signin_widths(page_width: float, columns: Sequence[str]) -> list[float]:
    """The width in mm of each chosen sign-in column on a page ``page_width`` mm wide (by their weights)."""
    flexible = page_width - NUMBER_WIDTH * list(columns).count("number")
    weights = sum(SIGNIN_COLUMNS[c][1] for c in columns) or 1
    return [NUMBER_WIDTH if c == "number" else flexible * SIGNIN_COLUMNS[c][1] / weights for c in columns]


def signin_turns_landscape(columns: Sequence[str], landscape: bool = False) -> bool:
    """Whether a sign-in sheet asked for in portrait is printed in landscape: some chosen column
    would be narrower than its SIGNIN_MIN_WIDTHS there (the sheet and its callers say so)."""
    return not landscape and any(width < SIGNIN_MIN_WIDTHS.get(key, 0.0) for key, width in
                                 zip(columns, signin_widths(PORTRAIT_WIDTH, columns), strict=True))

# Colours of the sexes in charts and legends (readable in grey print too), the PDFs' and the window's.
SEX_COLOURS: dict[str, tuple[int, int, int]] = {
    Sex.FEMALE: (118, 66, 138), Sex.MALE: (46, 117, 182), Sex.OTHER: (222, 150, 30),
    Sex.NOT_STATED: (170, 170, 170),
}


def issue_place(city: str | None, country: str | None, language: str) -> str:
    """Where a certificate says it was issued when no place is given: the event's city and country
    ("Kingston, Jamaica"), or '' when the event has neither."""
    return ", ".join(part for part in (city, country_name(country, language) if country else "") if part)
