"""Printed badges scan: render the PDF with pdftoppm, decode every QR with zxing-cpp, check each in."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image
from test_badges import sample_people

from attendance import checkin, services
from attendance.checkin import CheckInStatus
from attendance.documents import badge_sheets


def decode_pages(pdf: Path, dpi: int = 150) -> list[list[str]]:
    """The QR texts found on each page of a PDF rendered at ``dpi``, in page order."""
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(pdf.parent.glob(f"{prefix.name}-*.png"))
    found = []
    for page in pages:
        pixels = np.asarray(Image.open(page).convert("L"))
        found.append([r.text for r in zxingcpp.read_barcodes(pixels, formats=zxingcpp.BarcodeFormat.QRCode)])
    return found


def test_forty_printed_badges_decode_and_check_in(store, event, samples, tmp_path) -> None:
    people = sample_people(samples)[:40]
    assert len(people) == 40
    registrations = {}
    for n, (given, family, institution) in enumerate(people):
        role = ("participant", "speaker", "organiser")[n % 3] if n < 6 else "participant"
        registration = services.register(store, event.id, given_names=given, family_names=family,
                                         institution=institution or None, role=role, sex="not_stated")
        registrations[registration.badge_token] = registration.id
    target = tmp_path / "badges.pdf"
    batch = badge_sheets.save_badges(store, event, target)
    assert batch.pages == 5

    pages = decode_pages(target)
    assert [len(codes) for codes in pages] == [8, 8, 8, 8, 8]
    payloads = [code for codes in pages for code in codes]
    assert len(set(payloads)) == 40

    session = services.sessions(store, event.id)[0]
    checked = set()
    for payload in payloads:
        result = checkin.check_in(store, event, payload, session.id)
        assert result.status is CheckInStatus.CHECKED_IN, (payload, result)
        assert registrations[result.badge_token] == result.registration_id
        checked.add(result.registration_id)
    assert checked == set(registrations.values())


@pytest.mark.parametrize("layout", [name for name in badge_sheets.LAYOUTS if name != "a4-8up"])
def test_every_layout_prints_scannable_codes(store, event, tmp_path, layout) -> None:
    ids = [services.register(store, event.id, given_names=f"Ana{n}", family_names="Paz", sex="female").id
           for n in range(2)]
    target = tmp_path / f"{layout}.pdf"
    badge_sheets.save_badges(store, event, target, layout=layout, mark_printed=False)
    payloads = [code for codes in decode_pages(target) for code in codes]
    expected = {services.badge_payload(event, services.get_registration(store, rid).badge_token) for rid in ids}
    assert set(payloads) == expected and len(payloads) == 2
