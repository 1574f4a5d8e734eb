"""Certificates of participation: who earns one, and the landscape page each holder gets.

Who: participants (role participant, registered) who attended at least the threshold (the
``certificate_threshold`` setting, 75 % unless set) of the sessions. The ``certificate_rule``
setting says of which sessions: ``all_sessions`` (the event's), or ``any_block``: of any one block
of consecutive session days, so that someone who attended the whole first week of a course held
in two weeks months apart gets a certificate at 75 % (4 of 4), as they would have had the weeks
been two courses. Reaching the threshold over all the sessions counts under either rule.

The page: the logos of the organiser, partners and funders in a row at the top, the person's name
(French agreeing with the recorded sex: "présente" for a woman, the inclusive "présent(e)" when
not stated), the event, what they attended, the signatory block (signature image if set, the line,
the name and title centred under it), where and when it was issued (the event's city and country
and today unless given), and the event's credits in small print.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from fpdf.enums import MethodReturnValue, XPos, YPos

from attendance import organisations, services
from attendance.documents.attribution import CREDIT_LINE, credit_block, draw_credit_block
from attendance.documents.attribution import logo_width as png_width
from attendance.documents.layouts import SEX_COLOURS, issue_place
from attendance.documents.lists import attendance_by_registration, replacing
from attendance.documents.pdf import FONT, EventPDF, event_line, logo_paths, logo_width, save
from attendance.documents.sheets import registered_people
from attendance.domain import InvalidValue, Participant, RegistrationStatus, Role, Session, Sex, fold
from attendance.i18n import N_, long_date, nptr, tr
from attendance.reports.summary import certificate_sessions_needed
from attendance.settings import (
    ALL_SESSIONS,
    ANY_BLOCK,
    CERTIFICATE_RULE,
    CERTIFICATE_THRESHOLD,
    SIGNATORY_NAME,
    SIGNATORY_TITLE,
    SIGNATURE_IMAGE,
)
from attendance.settings import value as setting_value
from attendance.store import Store

Progress = Callable[[int, int], None]
RULES = (ALL_SESSIONS, ANY_BLOCK)
ISSUE_DATE = N_("issue date")  # what a bad --issued-on is called in the error
LOGO_ROW_HEIGHT = 14.0  # mm
LOGO_MAX_WIDTH = 48.0  # mm: a very wide logo is scaled down to this
SIGNATURE_HEIGHT = 18.0  # mm
SIGNATORY_WIDTH = 120.0  # mm: the signatory's name and title wrap within this, centred
# The translation context of the attendance line by the recorded sex (French agrees: présente/présent).
AGREEMENT = {Sex.FEMALE: "certificate, woman", Sex.MALE: "certificate, man"}
INCLUSIVE = "certificate, sex not stated"


def _no_progress(done: int, total: int) -> None:
    """The default progress callback: nothing to report to."""


@dataclass(frozen=True)
class CertificateHolder:
    """A participant who reached the attendance threshold, with what they attended."""

    person: Participant
    sessions_attended: int
    hours: float


def certificate_threshold(store: Store) -> float:
    """The % of sessions a participant must attend for a certificate (the setting, default 75)."""
    return float(setting_value(store, CERTIFICATE_THRESHOLD))


def certificate_rule(store: Store) -> str:
    """``all_sessions`` or ``any_block`` (the setting, default all sessions)."""
    return str(setting_value(store, CERTIFICATE_RULE))


def session_blocks(sessions: Sequence[Session]) -> list[list[Session]]:
    """The sessions in blocks of consecutive days, in date order (sessions of one day share a block):
    7–10 December and 15–18 February make two blocks of four."""
    ordered = sorted(sessions, key=lambda s: (s.date, s.position))
    blocks: list[list[Session]] = [[ordered[0]]] if ordered else []
    for before, session in pairwise(ordered):
        gap = (dt.date.fromisoformat(session.date) - dt.date.fromisoformat(before.date)).days
        if gap > 1:
            blocks.append([])
        blocks[-1].append(session)
    return blocks


def earns_certificate(present: set[str], sessions: Sequence[Session], threshold: float, rule: str) -> bool:
    """Whether attending the sessions ``present`` (ids) reaches ``threshold`` % under ``rule``."""
    needed = certificate_sessions_needed(len(sessions), threshold)
    if needed and len(present & {s.id for s in sessions}) >= needed:
        return True
    if rule != ANY_BLOCK:
        return False
    return any(len(present & {s.id for s in block}) >= certificate_sessions_needed(len(block), threshold)
               for block in session_blocks(sessions))


def certificate_holders(store: Store, event_id: str, threshold: float | None = None,
                        rule: str | None = None) -> list[CertificateHolder]:
    """Participants (role participant, registered) who reached the threshold under the rule
    (both from the settings unless given), sorted by family name."""
    threshold = certificate_threshold(store) if threshold is None else threshold
    rule = certificate_rule(store) if rule is None else choice_of_rule(rule)
    event_sessions = services.sessions(store, event_id)
    hours_of = {s.id: _session_hours(s.starts, s.ends) for s in event_sessions}
    attended = attendance_by_registration(store, event_id)
    holders = []
    for person in registered_people(store, event_id):
        present = attended.get(person.registration_id, set()) & set(hours_of)
        if (person.role == Role.PARTICIPANT and person.status == RegistrationStatus.REGISTERED
                and earns_certificate(present, event_sessions, threshold, rule)):
            holders.append(CertificateHolder(person, len(present), sum(hours_of[s] for s in present)))
    return holders


def choice_of_rule(rule: str) -> str:
    """``rule`` checked against :data:`RULES`; InvalidValue names them."""
    if rule not in RULES:
        raise InvalidValue(tr("Unknown certificate rule {rule}; use one of {rules}", rule=rule, rules=", ".join(RULES)))
    return rule


def _session_hours(starts: str | None, ends: str | None) -> float:
    """Hours between "09:00" and "17:30"; 0 when either time is missing or unreadable."""
    try:
        start_h, start_m = (int(part) for part in (starts or "").split(":")[:2])
        end_h, end_m = (int(part) for part in (ends or "").split(":")[:2])
    except ValueError:
        return 0.0
    return max(0.0, (end_h * 60 + end_m - start_h * 60 - start_m) / 60)


@dataclass(frozen=True)
class _Page:
    """What every certificate of a batch shares."""

    signature: Path | None
    signatory: str
    signatory_title: str
    issued: str
    total_sessions: int


def certificates(store: Store, event_id: str, path: str | Path, *, language: str | None = None,
                 as_zip: bool = False, threshold: float | None = None, rule: str | None = None,
                 issued_on: dt.date | str | None = None, issued_at: str | None = None,
                 progress: Progress = _no_progress) -> Path:
    """Certificates of participation: one landscape page per holder, in one PDF or a zip of one PDF each.

    ``threshold`` and ``rule`` default to the settings; ``issued_on`` to today and ``issued_at``
    to the event's city and country.
    """
    event = services.get_event(store, event_id)
    language = language or event.language
    holders = certificate_holders(store, event_id, threshold, rule)
    if not holders:
        raise InvalidValue(tr("Nobody attended enough sessions for a certificate (threshold {threshold} %).",
                              threshold=f"{certificate_threshold(store) if threshold is None else threshold:g}"))
    place = " ".join((issued_at or "").split()) or issue_place(event.city, event.country, language)
    day = long_date(services.parse_date(issued_on, ISSUE_DATE) if issued_on else dt.date.today(), language)
    page = _Page(signature=(logo_paths(store, SIGNATURE_IMAGE) or [None])[0],
                 signatory=store.meta(SIGNATORY_NAME) or _organiser_name(store, event_id, language),
                 signatory_title=store.meta(SIGNATORY_TITLE) or "",
                 issued=tr("Issued in {place} on {date}", language, place=place, date=day) if place
                 else tr("Issued on {date}", language, date=day),
                 total_sessions=len(services.sessions(store, event_id)))

    def new_pdf() -> EventPDF:
        pdf = EventPDF(event, language, tr("Certificate of participation", language), store=store,
                       landscape=True, with_header=False)
        pdf.set_auto_page_break(False)  # one page each, whatever the length of a name or title
        return pdf

    if not as_zip:
        pdf = new_pdf()
        for done, holder in enumerate(holders, 1):
            _certificate_page(pdf, holder, page)
            progress(done, len(holders))
        return save(pdf, path)
    with replacing(path) as temporary, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as bundle:
        for done, holder in enumerate(holders, 1):
            pdf = new_pdf()
            _certificate_page(pdf, holder, page)
            buffer = io.BytesIO()
            pdf.output(buffer)
            bundle.writestr(f"{done:03d}-{_file_slug(_display_name(holder.person))}.pdf", buffer.getvalue())
            progress(done, len(holders))
    return Path(path)


def _display_name(person: Participant) -> str:
    return ", ".join(part for part in (person.family_names, person.given_names) if part)


def _organiser_name(store: Store, event_id: str, language: str) -> str:
    """The event's first organiser in the language (signs when no signatory is set), or ""."""
    organisers = organisations.event_attribution(store, event_id, language).organiser
    return organisers[0].name if organisers else ""


def _file_slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", fold(text)).strip("-")[:60] or "participant"


def attendance_line(holder: CertificateHolder, total: int, language: str) -> str:
    """"attending 32 hours (4 sessions out of 8)", agreeing with the person's recorded sex where the
    language does ("présente à 4 sessions sur 8"; the inclusive "présent(e)" when not stated)."""
    context = AGREEMENT.get(holder.person.sex, INCLUSIVE)
    count = holder.sessions_attended
    if holder.hours:
        if context == AGREEMENT[Sex.FEMALE]:
            return nptr("certificate, woman", "attending {hours} hours ({n} session out of {total})",
                        "attending {hours} hours ({n} sessions out of {total})", count, language,
                        hours=f"{holder.hours:g}", total=total)
        if context == AGREEMENT[Sex.MALE]:
            return nptr("certificate, man", "attending {hours} hours ({n} session out of {total})",
                        "attending {hours} hours ({n} sessions out of {total})", count, language,
                        hours=f"{holder.hours:g}", total=total)
        return nptr("certificate, sex not stated", "attending {hours} hours ({n} session out of {total})",
                    "attending {hours} hours ({n} sessions out of {total})", count, language,
                    hours=f"{holder.hours:g}", total=total)
    if context == AGREEMENT[Sex.FEMALE]:
        return nptr("certificate, woman", "attending {n} session out of {total}",
                    "attending {n} sessions out of {total}", count, language, total=total)
    if context == AGREEMENT[Sex.MALE]:
        return nptr("certificate, man", "attending {n} session out of {total}",
                    "attending {n} sessions out of {total}", count, language, total=total)
    return nptr("certificate, sex not stated", "attending {n} session out of {total}",
                "attending {n} sessions out of {total}", count, language, total=total)


def _logo_row(pdf: EventPDF) -> list[tuple[Path | io.BytesIO, float]]:
    """The top row's logos with their widths: the organiser's (setting, else the event's organisers'),
    the partner logos of the settings, then the event's partners' and funders' (those that fit)."""
    credits = pdf.credits
    sources: list[tuple[Path | io.BytesIO, float | None]] = []
    if pdf.organiser_logos:
        sources += [(p, logo_width(p, LOGO_ROW_HEIGHT)) for p in pdf.organiser_logos]
    else:
        sources += [(io.BytesIO(d), png_width(d, LOGO_ROW_HEIGHT)) for d in credits.organiser_logos]
    sources += [(p, logo_width(p, LOGO_ROW_HEIGHT)) for p in pdf.partner_logos]
    sources += [(io.BytesIO(d), png_width(d, LOGO_ROW_HEIGHT)) for d in credits.partner_logos + credits.funder_logos]
    row: list[tuple[Path | io.BytesIO, float]] = []
    used = 0.0
    for source, width in sources:
        if width is None:
            continue
        width = min(width, LOGO_MAX_WIDTH)
        if used + width > pdf.epw - 20:
            break
        row.append((source, width))
        used += width + 6
    return row


def _centred(pdf: EventPDF, text: str, height: float, width: float | None = None) -> None:
    """``text`` centred on the page, wrapped between words within ``width`` mm (the printable width)."""
    width = width or pdf.epw
    pdf.set_x((pdf.w - width) / 2)
    pdf.multi_cell(width, height, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _certificate_page(pdf: EventPDF, holder: CertificateHolder, page: _Page) -> None:
    pdf.add_page()
    pdf.set_draw_color(*SEX_COLOURS[Sex.MALE])
    pdf.set_line_width(1.2)
    pdf.rect(8, 8, pdf.w - 16, pdf.h - 16)
    pdf.set_line_width(0.3)
    pdf.rect(11, 11, pdf.w - 22, pdf.h - 22)
    pdf.set_draw_color(0)
    pdf.set_line_width(0.2)
    top = 17.0
    row = _logo_row(pdf)
    x = (pdf.w - (sum(width for _, width in row) + 6 * (len(row) - 1))) / 2
    for source, width in row:
        with contextlib.suppress(Exception):  # an unreadable logo is left out: the certificate still prints
            pdf.image(source, x=x, y=top, w=width, h=LOGO_ROW_HEIGHT, keep_aspect_ratio=True)
        x += width + 6
    body_top = top + (LOGO_ROW_HEIGHT + 4 if row else 4)
    signature_top = _signature_block(pdf, page)
    texts = _body(pdf, holder, page)
    height = 0.0
    for style, size, text, line_height, after in texts:
        pdf.set_font(FONT, style, size)
        height += len(_lines(pdf, text, pdf.epw)) * line_height + after
    # the body a little above the middle of the room between the logos and the signature
    pdf.set_y(body_top + max(0.0, (signature_top - 4 - body_top - height) * 0.45))
    for style, size, text, line_height, after in texts:
        pdf.set_font(FONT, style, size)
        _centred(pdf, text, line_height)
        pdf.ln(after)


def _body(pdf: EventPDF, holder: CertificateHolder, page: _Page) -> list[tuple[str, float, str, float, float]]:
    """The certificate's centred texts, top to bottom: (style, size in points, text, line height
    and space after in mm). A long name shrinks down to 16 pt, then wraps."""
    language, event = pdf.language, pdf.event
    name = holder.person.full_name
    size = 30.0
    pdf.set_font(FONT, "B", size)
    while size > 16 and pdf.get_string_width(name) > pdf.epw - 20:
        size -= 1
        pdf.set_font(FONT, "B", size)
    institution = holder.person.institution
    return [("B", 26.0, tr("Certificate of participation", language), 12.0, 3.0),
            ("", 13.0, tr("This is to certify that", language), 8.0, 1.0),
            ("B", size, name, size * 0.5, 0.0 if institution else 3.0),
            *([("", 12.0, institution, 6.0, 3.0)] if institution else []),
            ("", 13.0, tr("participated in", language), 8.0, 0.0),
            ("B", 16.0, event.title, 8.0, 0.0),
            ("", 12.0, event_line(event, language, pdf.event_dates), 6.5, 0.0),
            ("", 12.0, attendance_line(holder, page.total_sessions, language), 6.5, 0.0)]


def _signature_block(pdf: EventPDF, page: _Page) -> float:
    """From the bottom up: the credits, where and when issued, the signatory's title and name
    centred under the line, and the signature image (if any) centred on it; returns its top (mm),
    leaving room to sign by hand when there is no image."""
    credits = credit_block(pdf, pdf.credits, pdf.language, pdf.epw - 20, font=FONT, organiser_logos=False)
    credits = type(credits)((), credits.lines)  # the logos are in the top row already
    bottom = pdf.h - 13.5
    credits_top = bottom - len(credits.lines) * CREDIT_LINE
    if credits.lines:
        draw_credit_block(pdf, credits, credits_top, font=FONT)
    issued_top = credits_top - 8
    pdf.set_font(FONT, "", 9)
    title_lines = _lines(pdf, page.signatory_title, SIGNATORY_WIDTH) if page.signatory_title else []
    title_top = issued_top - 1.5 - 4.3 * len(title_lines)
    pdf.set_font(FONT, "B", 10.5)
    name_lines = _lines(pdf, page.signatory, SIGNATORY_WIDTH) if page.signatory else []
    name_top = title_top - 5 * len(name_lines)
    line_y = name_top - 1.2
    if page.signature is not None:
        # an unreadable signature image is left out: the certificate still prints
        with contextlib.suppress(Exception):
            image_width = min(logo_width(page.signature, SIGNATURE_HEIGHT) or 0, SIGNATORY_WIDTH)
            pdf.image(str(page.signature), x=(pdf.w - image_width) / 2, y=line_y - SIGNATURE_HEIGHT - 0.5,
                      w=image_width, h=SIGNATURE_HEIGHT, keep_aspect_ratio=True)
    pdf.line(pdf.w / 2 - 45, line_y, pdf.w / 2 + 45, line_y)
    pdf.set_y(name_top)
    for line in name_lines:
        _centred(pdf, line, 5, SIGNATORY_WIDTH)
    pdf.set_font(FONT, "", 9)
    pdf.set_y(title_top)
    for line in title_lines:
        _centred(pdf, line, 4.3, SIGNATORY_WIDTH)
    pdf.set_y(issued_top)
    pdf.set_font(FONT, "", 10)
    _centred(pdf, page.issued, 5)
    return line_y - (SIGNATURE_HEIGHT + 0.5 if page.signature is not None else 14.0)


def _lines(pdf: EventPDF, text: str, width: float) -> list[str]:
    """``text`` as fpdf2 wraps it ``width`` mm wide at the current font (between words)."""
    return list(pdf.multi_cell(width, 5, text, align="C", dry_run=True, output=MethodReturnValue.LINES))

