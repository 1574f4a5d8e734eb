"""Who a document credits: the organiser, partners, funders and project of an event, with their logos.

:func:`document_credits` gathers them once per document from the event's organisations and project
(:func:`attendance.organisations.event_attribution`, names in the document's language: "Government of
Germany", "Gobierno de Alemania", "Gouvernement de l'Allemagne"), the organiser falling back to the
``organisation_name`` setting. :func:`credit_parts` writes them as labelled parts ("Organised by: …",
"Funded by: …"), which every PDF prints in its footer (:class:`attendance.documents.pdf.EventPDF`),
certificates under the signature and badges on one line where the layout has room.

Labels with a colon are used rather than a sentence ("with the support of the Government of …"):
they need no article before a name, which each language would inflect differently (del, du, de l').
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence
from dataclasses import dataclass

from fpdf import FPDF
from PIL import Image

from attendance import organisations
from attendance.i18n import join_list, ntr, tr
from attendance.organisations import Credit
from attendance.settings import ORGANISATION_NAME
from attendance.store import Store

CREDIT_SIZE = 7.0  # points: the footer's credit lines
CREDIT_LINE = 3.1  # mm between their baselines
CREDIT_LOGO_HEIGHT = 7.0  # mm: partners' and funders' logos in the footer
CREDIT_LOGO_MAX_WIDTH = 32.0  # mm: a very wide logo is scaled down to this
GREY = (110, 110, 110)


@dataclass(frozen=True)
class DocumentCredits:
    """What one document credits, in its language; logos as PNG bytes in the order they are shown."""

    organisers: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    funders: tuple[str, ...] = ()
    project: str = ""
    # Acronyms where known (else the name), for the badges' short line.
    partner_acronyms: tuple[str, ...] = ()
    funder_acronyms: tuple[str, ...] = ()
    organiser_logos: tuple[bytes, ...] = ()
    partner_logos: tuple[bytes, ...] = ()
    funder_logos: tuple[bytes, ...] = ()

    @property
    def empty(self) -> bool:
        """True when there is nobody to credit."""
        return not (self.organisers or self.partners or self.funders or self.project)

    def footer_logos(self, with_organiser: bool) -> tuple[bytes, ...]:
        """The logos a footer shows: the organisers' (when the header has no organiser logo of its
        own), then the partners', then the funders'."""
        return (self.organiser_logos if with_organiser else ()) + self.partner_logos + self.funder_logos


def document_credits(store: Store, event_id: str, language: str) -> DocumentCredits:
    """The event's credits in ``language``: its organisers (else the ``organisation_name`` setting),
    partners, funders and project "Title (CODE)"."""
    credited = organisations.event_attribution(store, event_id, language)
    organisers = tuple(credit.name for credit in credited.organiser)
    if not organisers and (store.meta(ORGANISATION_NAME) or "").strip():
        organisers = (" ".join((store.meta(ORGANISATION_NAME) or "").split()),)
    project = credited.project
    return DocumentCredits(
        organisers=organisers,
        partners=tuple(credit.name for credit in credited.partners),
        funders=tuple(credit.name for credit in credited.funders),
        project=f"{project.title} ({project.code})" if project is not None else "",
        partner_acronyms=tuple(credit.acronym or credit.name for credit in credited.partners),
        funder_acronyms=tuple(credit.acronym or credit.name for credit in credited.funders),
        organiser_logos=_logos(credited.organiser),
        partner_logos=_logos(credited.partners),
        funder_logos=_logos(credited.funders))


def _logos(credits: Sequence[Credit]) -> tuple[bytes, ...]:
    return tuple(credit.logo for credit in credits if credit.logo)


def credit_parts(credits: DocumentCredits, language: str, *, organiser: bool = True, project: bool = True,
                 short: bool = False) -> list[str]:
    """The credits as labelled parts: "Organised by: …", "Partners: …", "Funded by: …", "Project: …".

    ``short`` names partners and funders by their acronyms (badges); ``organiser`` and ``project``
    False leave those parts out.
    """
    partners = credits.partner_acronyms if short else credits.partners
    funders = credits.funder_acronyms if short else credits.funders
    parts = []
    if organiser and credits.organisers:
        parts.append(tr("Organised by: {names}", language, names=join_list(list(credits.organisers), language)))
    if partners:
        parts.append(ntr("Partner: {names}", "Partners: {names}", len(partners), language,
                         names=join_list(list(partners), language)))
    if funders:
        parts.append(tr("Funded by: {names}", language, names=join_list(list(funders), language)))
    if project and credits.project:
        parts.append(tr("Project: {title}", language, title=credits.project))
    return parts


def wrap_words(pdf: FPDF, parts: Sequence[str], width: float, separator: str = " · ") -> list[str]:
    """``parts`` joined by ``separator`` into lines no wider than ``width`` mm at the current font,
    never cut: a part that fits on the line goes on it, else it starts the next line; a part wider
    than a line is broken between its words.

    Our own filling: fpdf2's ``multi_cell(dry_run=True)`` needs a page, and a document's bottom
    margin must be known from the footer's height before its first page is added.
    """
    lines: list[str] = []
    current = ""
    for part in parts:
        joined = f"{current}{separator}{part}" if current else part
        if pdf.get_string_width(joined) <= width:
            current = joined
            continue
        if current:
            lines.append(current)
        current = ""
        for word in part.split():
            candidate = f"{current} {word}" if current else word
            if current and pdf.get_string_width(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
    if current:
        lines.append(current)
    return lines


def logo_width(data: bytes, height: float) -> float | None:
    """The width in mm of a PNG drawn ``height`` mm high (at most CREDIT_LOGO_MAX_WIDTH); None if unreadable."""
    try:
        with Image.open(io.BytesIO(data)) as picture:
            wide, high = picture.size
    except Exception:  # a broken logo is left out, never stops a print
        return None
    return min(CREDIT_LOGO_MAX_WIDTH, height * wide / high) if high else None


@dataclass(frozen=True)
class CreditBlock:
    """The credits laid out for one page width: the logos with their widths and the text lines."""

    logos: tuple[tuple[bytes, float], ...]
    lines: tuple[str, ...]
    logo_height: float = CREDIT_LOGO_HEIGHT

    @property
    def height(self) -> float:
        """The height the block takes, in mm (0 when empty)."""
        logos = self.logo_height + 1.2 if self.logos else 0.0
        return logos + len(self.lines) * CREDIT_LINE


def credit_block(pdf: FPDF, credits: DocumentCredits, language: str, width: float, *, font: str,
                 organiser_logos: bool = True, logo_height: float = CREDIT_LOGO_HEIGHT) -> CreditBlock:
    """Lay the credits out ``width`` mm wide: one centred row of logos (those that fit), then the
    text lines at CREDIT_SIZE points (the font is left as it was)."""
    logos: list[tuple[bytes, float]] = []
    used = 0.0
    for data in credits.footer_logos(organiser_logos):
        logo = logo_width(data, logo_height)
        if logo is None or used + logo > width:
            continue
        logos.append((data, logo))
        used += logo + 4
    family, style, size = pdf.font_family, pdf.font_style, pdf.font_size_pt
    pdf.set_font(font, "", CREDIT_SIZE)
    lines = wrap_words(pdf, credit_parts(credits, language), width)
    if family:
        pdf.set_font(family, style, size)
    return CreditBlock(tuple(logos), tuple(lines), logo_height)


def draw_credit_block(pdf: FPDF, block: CreditBlock, top: float, *, font: str) -> None:
    """Draw a :class:`CreditBlock` from ``top`` (mm), centred on the page's printable width."""
    left, width = pdf.l_margin, pdf.w - pdf.l_margin - pdf.r_margin
    y = top
    if block.logos:
        x = left + (width - (sum(w for _, w in block.logos) + 4 * (len(block.logos) - 1))) / 2
        for data, logo in block.logos:
            with contextlib.suppress(Exception):  # an unreadable logo is left out: the document still prints
                pdf.image(io.BytesIO(data), x=x, y=y, w=logo, h=block.logo_height, keep_aspect_ratio=True)
            x += logo + 4
        y += block.logo_height + 1.2
    family, style, size = pdf.font_family, pdf.font_style, pdf.font_size_pt
    pdf.set_font(font, "", CREDIT_SIZE)
    pdf.set_text_color(*GREY)
    for line in block.lines:
        pdf.text(left + (width - pdf.get_string_width(line)) / 2, y + CREDIT_LINE * 0.8, line)
        y += CREDIT_LINE
    pdf.set_text_color(0)
    if family:
        pdf.set_font(family, style, size)

