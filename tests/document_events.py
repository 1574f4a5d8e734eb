"""Events for the document tests (and for looking at the rendered pages): an 8-session course in two
blocks and a 58-person webinar, with logos and a signature image made with Pillow."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw

from attendance import services
from attendance.domain import Event
from attendance.store import Store

COURSE_DAYS = ("2021-12-07", "2021-12-08", "2021-12-09", "2021-12-10",
               "2022-02-15", "2022-02-16", "2022-02-17", "2022-02-18")

# (given, family, sex, country, institution, sessions attended by position)
COURSE_PEOPLE = (
    ("Shivanand", "Ramkhelawan-Bhagwan", "male", "TT", "Ministry of National Security (Trinidad and Tobago)",
     (0, 1, 2, 3)),
    ("Anastasia Marie-Josephine", "Ramkhelawan-Bhagwandin-Persaud", "female", "TT",
     "Ministry of National Security (Trinidad and Tobago), Strategic Services Agency", (4, 5, 6, 7)),
    ("Marie-Claire", "Lefèvre", "female", "HT", "Police nationale d'Haïti", (0, 1, 2, 3, 4, 5, 6)),
    ("Kevin", "Baptiste", "male", "BB", "Barbados Forensic Sciences Centre", (0, 1, 2, 3, 4, 5, 6, 7)),
    ("Ana María", "Núñez", "female", "KN", "Royal St. Christopher and Nevis Police Force", (0,)),
    ("Sam", "Wijeyaratnasingham", "not_stated", "SR", "Korps Politie Suriname", (4, 5)),
    ("Alex", "Rivers", "other", "JM", "Jamaica Constabulary Force", (0, 1, 2)),
)


def pdf_text(path: Path, *, layout: bool = True) -> str:
    """The PDF's text as poppler lays it out."""
    command = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def page_count(path: Path) -> int:
    """How many pages the PDF has."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def make_images(store: Store, folder: Path) -> None:
    """An organiser logo, two partner logos and a signature image, set in the store's settings."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, size, colour in (("organiser.png", (360, 120), (0, 84, 147)), ("partner-1.png", (120, 120),
                               (165, 28, 48)), ("partner-2.png", (200, 100), (40, 130, 60))):
        image = Image.new("RGB", size, colour)
        ImageDraw.Draw(image).ellipse((10, 10, size[1] - 10, size[1] - 10), fill=(255, 255, 255))
        image.save(folder / name)
        paths.append(str(folder / name))
    signature = Image.new("RGBA", (300, 90), (255, 255, 255, 0))
    ImageDraw.Draw(signature).line([(10, 70), (80, 20), (140, 60), (210, 15), (290, 55)], fill=(20, 20, 90),
                                   width=5)
    signature.save(folder / "signature.png")
    store.set_meta("organiser_logo", paths[0])
    store.set_meta("partner_logos", json.dumps(paths[1:]))
    store.set_meta("signature_image", str(folder / "signature.png"))
    store.set_meta("signatory_name", "Amanda Russell-Whitfield")
    store.set_meta("signatory_title", "Director, Regional Centre")


def two_block_course(store: Store, language: str = "en") -> Event:
    """The 8-session course held 7–10 December 2021 and 15–18 February 2022, with its check-ins."""
    event = services.create_event(store, title="Regional Course on Firearms Tracing and Serial Number Restoration",
                                  code="FTC21", kind="course", start_date=COURSE_DAYS[0], end_date=COURSE_DAYS[-1],
                                  session_dates=COURSE_DAYS, country="JM", city="Kingston",
                                  venue="The Jamaica Pegasus Hotel", language=language)
    live = services.sessions(store, event.id)
    for given, family, sex, country, institution, attended in COURSE_PEOPLE:
        registration = services.register(store, event.id, given_names=given, family_names=family, sex=sex,
                                         country=country, institution=institution, institution_country=country,
                                         position="Senior Forensic Firearms Examiner",
                                         email=f"{family.lower()}@example.org")
        for position in attended:
            services.record_checkin(store, registration.id, live[position].id, event_id=event.id)
    return event


def webinar(store: Store, people: int = 58, language: str = "en") -> Event:
    """A one-session regional webinar with ``people`` participants, most of whom attended."""
    event = services.create_event(store, title="Regional Webinar on Gender and Small Arms Control", code="WEB22",
                                  kind="webinar", start_date="2022-02-24", end_date="2022-02-24",
                                  modality="virtual", language=language)
    session = services.sessions(store, event.id)[0]
    countries = ("JM", "TT", "BB", "BS", "GY", "SR", "KN", "LC", "VC", "DO")
    sexes = ("female", "male", "female", "male", "not_stated")
    for n in range(people):
        country = countries[n % len(countries)]
        registration = services.register(store, event.id, given_names=f"Person {n:02d}",
                                         family_names=f"Family-Name{n:02d}", sex=sexes[n % len(sexes)],
                                         country=country, institution=f"National Police {country}",
                                         institution_country=country)
        if n % 7:
            services.record_checkin(store, registration.id, session.id, event_id=event.id)
    return event
