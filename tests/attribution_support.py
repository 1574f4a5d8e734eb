"""Shared fixtures of the attribution and certificate tests: small PNG logos, an event's organiser,
partners, funders and project, and the 8-session course in two blocks of the issue."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image, ImageDraw

from attendance import organisations, services
from attendance.domain import Event
from attendance.store import Store

BLOCKS = ("2021-12-07", "2021-12-08", "2021-12-09", "2021-12-10",
          "2022-02-15", "2022-02-16", "2022-02-17", "2022-02-18")
FUNDER_NAMES = {"en": "Government of Germany", "es": "Gobierno de Alemania", "fr": "Gouvernement de l'Allemagne"}


def pdf_text(path: Path, *, layout: bool = False) -> str:
    """The PDF's text as poppler reads it (``layout``: as laid out on the page)."""
    return subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def flat(text: str) -> str:
    """Text with every run of spaces and line breaks made one space (wrapped lines read as one)."""
    return " ".join(text.split())


def make_logo(path: Path, colour: tuple[int, int, int], text: str, size: tuple[int, int] = (240, 90)) -> Path:
    """A small PNG logo: a coloured band with a few letters."""
    picture = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((4, 4, size[0] - 5, size[1] - 5), fill=colour)
    draw.text((16, size[1] // 2 - 6), text, fill=(255, 255, 255))
    picture.save(path)
    return path


def credit_event(store: Store, event: Event, folder: Path) -> None:
    """Give the event an organiser, a partner, two funders (logos on three of them) and a project."""
    organisations.set_event_attribution(
        store, event.id, organiser=["UNLIREC"], partners=["CARICOM IMPACS"],
        funders=["Government of Germany", "European Union"], project="Strengthening forensic capacities")
    for name, colour, text in (("UNLIREC", (0, 102, 161), "UNLIREC"), ("CARICOM IMPACS", (200, 120, 0), "IMPACS"),
                               ("Government of Germany", (30, 30, 30), "DE")):
        found = organisations.find_organisation(store, name)
        assert found is not None
        organisations.set_logo(store, found.id, make_logo(folder / f"{text}.png", colour, text))


def two_block_course(store: Store, language: str = "en") -> Event:
    """The issue's course: 7–10 December 2021 and 15–18 February 2022, 8 sessions, in Kingston."""
    return services.create_event(store, title="Firearms Investigation Course", code="FIC21", kind="course",
                                 session_dates=BLOCKS, city="Kingston", country="JM", language=language)
