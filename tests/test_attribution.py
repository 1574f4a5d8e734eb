"""Attribution on every document (issue 11 item 1): the organiser, partners, funders and project, with
their logos, in the footer of sign-in sheets, the matrix and the summary, and on badges with room,
named in the document's language, wrapped and never cut. Read back from the rendered PDFs."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from attribution_support import FUNDER_NAMES, credit_event, flat, make_logo, pdf_text
from test_reports import build_report_event

from attendance import organisations, services
from attendance.documents import badge_sheets, sheets
from attendance.documents.layouts import LAYOUTS
from attendance.domain import Event
from attendance.store import Store

DOCUMENTS = {
    "signin": lambda store, event, path, language: sheets.sign_in_sheet(store, event.id, path, language=language),
    "matrix": lambda store, event, path, language: sheets.attendance_matrix(store, event.id, path,
                                                                            language=language),
    "summary": lambda store, event, path, language: sheets.summary_report(store, event.id, path,
                                                                          language=language),
}
PARTNER = {"en": "Partner: CARICOM Implementation Agency for Crime and Security",
           "es": "Socio: CARICOM Implementation Agency for Crime and Security",
           "fr": "Partenaire : CARICOM Implementation Agency for Crime and Security"}
FUNDED = {"en": "Funded by: Government of Germany and European Union",
          "es": "Financiado por: Gobierno de Alemania y Unión Europea",
          "fr": "Financé par : Gouvernement de l'Allemagne et Union européenne"}
PROJECT = {"en": "Project: Strengthening forensic capacities (SFC)",
           "es": "Proyecto: Strengthening forensic capacities (SFC)",
           "fr": "Projet : Strengthening forensic capacities (SFC)"}


def page_images(path: Path) -> list[int]:
    """The page number of every image drawn in the PDF (poppler's pdfimages)."""
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    return [int(line.split()[0]) for line in listing if line.strip()]


@pytest.fixture()
def credited(store: Store, event: Event, tmp_path: Path) -> Event:
    build_report_event(store, event)
    credit_event(store, event, tmp_path)
    return event


@pytest.mark.parametrize("language", ["en", "es", "fr"])
@pytest.mark.parametrize("kind", list(DOCUMENTS))
def test_every_document_credits_partners_funders_and_project_in_its_language(
        store: Store, credited: Event, tmp_path: Path, kind: str, language: str) -> None:
    path = DOCUMENTS[kind](store, credited, tmp_path / f"{kind}-{language}.pdf", language)
    pages = pdf_text(path).split("\f")[:-1]
    organiser = organisations.organisation_name(organisations.find_organisation(store, "UNLIREC"), language)
    for page in pages:  # on every page, not only the first
        text = flat(page)
        assert FUNDER_NAMES[language] in text
        assert flat(FUNDED[language]) in text and flat(PARTNER[language]) in text
        assert flat(PROJECT[language]) in text and organiser in text
        assert "…" not in text
    # the partner's and the German government's logos on every page (UNLIREC's too: no organiser setting)
    assert sorted(page_images(path)) == sorted(n for n in range(1, len(pages) + 1) for _ in range(3))


def test_the_organisation_setting_names_the_organiser_and_its_logo_replaces_the_entity_logo(
        store: Store, event: Event, tmp_path: Path) -> None:
    build_report_event(store, event)
    store.set_meta("organisation_name", "Caribbean Forensic Network")
    store.set_meta("organiser_logo", str(make_logo(tmp_path / "org.png", (0, 80, 40), "ORG")))
    text = flat(pdf_text(sheets.sign_in_sheet(store, event.id, tmp_path / "signin.pdf", session_id=None)))
    assert "Organised by: Caribbean Forensic Network" in text
    assert "Funded by" not in text and "Project:" not in text  # nothing invented
    credit_event(store, event, tmp_path)  # the event's own organiser wins over the setting
    path = sheets.sign_in_sheet(store, event.id, tmp_path / "credited.pdf", session_id=None)
    text = flat(pdf_text(path))
    assert "Organised by: United Nations Regional Centre for Peace" in text and "Caribbean Forensic" not in text
    pages = len(pdf_text(path).split("\f")) - 1
    # the setting's logo in the header, partner and funder logos in the footer; UNLIREC's not twice
    assert len(page_images(path)) == 3 * pages


def test_long_credits_wrap_on_whole_words_and_push_the_table_up(store: Store, event: Event,
                                                                 tmp_path: Path) -> None:
    build_report_event(store, event)
    funders = [f"Ministry of Foreign Affairs and International Cooperation of State Number {n}" for n in range(6)]
    organisations.set_event_attribution(store, event.id, funders=funders)
    path = sheets.sign_in_sheet(store, event.id, tmp_path / "signin.pdf", language="en")
    laid_out = pdf_text(path, layout=True)
    footer_lines = [line.strip() for line in laid_out.splitlines() if "State Number" in line or "Funded" in line]
    assert len(footer_lines) >= 3 * 4  # several lines on each of the 4 pages
    text = flat(pdf_text(path))
    assert "Funded by: " + ", ".join(funders[:-1]) + ", and " + funders[-1] in text
    assert "…" not in text
    # no table row under the footer: each page's last numbered row comes before its credits
    for page in laid_out.split("\f")[:-1]:
        lines = page.splitlines()
        credits_at = next(i for i, line in enumerate(lines) if "Funded by" in line)
        assert not any(line.strip()[:3].strip().isdigit() for line in lines[credits_at:] if "Page" not in line)


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_badges_name_the_funders_where_the_layout_has_room(store: Store, credited: Event, tmp_path: Path,
                                                           language: str) -> None:
    services.update_event(store, credited.id, language=language)
    event = services.get_event(store, credited.id)
    with_room = {"a4-8up", "a4-labels", "letter-labels", "a6"}
    for layout in LAYOUTS:
        path = tmp_path / f"{layout}.pdf"
        badge_sheets.save_badges(store, event, path, layout=layout, mark_printed=False)
        text = flat(pdf_text(path))
        named = FUNDER_NAMES[language] in text
        assert named == (layout in with_room), layout
        if named:  # the partner by its acronym where the full name does not fit
            assert "CARICOM" in text and "…" not in text
            assert text.count(FUNDER_NAMES[language]) == text.count(event.title)  # on every badge
