"""Helpers for tests that sync laptops: pairing their device keys, as people do by comparing codes."""

from __future__ import annotations

from attendance.store import Store
from attendance.sync import devices


def pair(*stores: Store, coordinator: bool = False) -> None:
    """Make every one of ``stores`` trust every other one (as coordinators, if asked)."""
    for store in stores:
        for other in stores:
            if other is not store:
                # As when scanning the other's QR code: its keys are known, badge keys can be sealed for it.
                devices.trust(store, devices.qr_text(other), coordinator=coordinator)
