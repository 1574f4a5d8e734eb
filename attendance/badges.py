"""QR badge payloads: signed, ``[A-Z0-9]`` only, with no personal data (ARCHITECTURE §5).

A payload is ``AT1`` + event code + badge token (8 chars) + MAC (8 chars), e.g.
``AT1SNR26K7Q2M9XD4HB7ZP1R``. The MAC is HMAC-SHA256 of the rest under the event's badge key,
truncated to 40 bits and written in Crockford base32, so a badge printed on another laptop for the
same event verifies before the bundles are merged. USB scanners type US key codes, so on an AZERTY
or QWERTZ keyboard the text arrives garbled; :func:`parse_payload` undoes that damage before
rejecting a code.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum

PREFIX = "AT1"
TOKEN_LENGTH = 8
MAC_LENGTH = 8
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_PAYLOAD = re.compile(rf"^{PREFIX}([A-Z0-9]{{2,12}})([{CROCKFORD}]{{{TOKEN_LENGTH}}})([{CROCKFORD}]{{{MAC_LENGTH}}})$")

# What a scanner sending US key codes produces under other layouts, mapped back to what it meant.
# Only characters that can appear in a payload matter. Letters are sent shifted (upper case).
_AZERTY = {
    "&": "1", "é": "2", "É": "2", '"': "3", "'": "4", "(": "5", "-": "6", "§": "6", "è": "7", "È": "7",
    "_": "8", "!": "8", "ç": "9", "Ç": "9", "à": "0", "À": "0",
    "A": "Q", "Q": "A", "Z": "W", "W": "Z", "?": "M", ",": "M",
    "a": "Q", "q": "A", "z": "W", "w": "Z",
}
_QWERTZ = {"Y": "Z", "Z": "Y", "y": "Z", "z": "Y"}
# Spanish and Latin American layouts keep letters and digits where US has them; only case and
# stray dead-key output need repair, which the plain attempt already does.
LAYOUT_REPAIRS: dict[str, dict[str, str]] = {"azerty": _AZERTY, "qwertz": _QWERTZ}


class PayloadStatus(StrEnum):
    """What a scanned text turned out to be."""

    VALID = "valid"
    OTHER_EVENT = "other_event"
    INVALID = "invalid"


@dataclass(frozen=True)
class ParsedPayload:
    """The result of reading a scanned text against one event."""

    status: PayloadStatus
    event_code: str | None = None
    badge_token: str | None = None
    repaired_from: str | None = None  # the keyboard layout whose damage was undone, if any


def new_badge_key() -> str:
    """A fresh secret for an event's badge MACs (hex, 256 bits)."""
    return secrets.token_hex(32)


def new_badge_token() -> str:
    """A random badge token of 8 Crockford base32 characters (40 bits)."""
    return "".join(secrets.choice(CROCKFORD) for _ in range(TOKEN_LENGTH))


def _mac(badge_key: str, event_code: str, token: str) -> str:
    return _base32_of_hmac(badge_key, f"{PREFIX}{event_code}{token}")


def badge_token_for(badge_key: str, person_id: str) -> str:
    """The badge token a person gets for an event, the same on every laptop that holds the event.

    Derived under the event's secret key, so it says nothing about the person to whoever lacks
    the key, and two desks that register the same person print the same badge.
    """
    return _base32_of_hmac(badge_key, f"token/{person_id}")


def _base32_of_hmac(badge_key: str, message: str) -> str:
    """HMAC-SHA256 of ``message`` under the key, truncated to 40 bits, in 8 Crockford characters."""
    digest = hmac.new(bytes.fromhex(badge_key), message.encode(), hashlib.sha256).digest()
    number = int.from_bytes(digest[:5], "big")
    return "".join(CROCKFORD[(number >> shift) & 31] for shift in range(35, -1, -5))


def make_payload(event_code: str, badge_token: str, badge_key: str) -> str:
    """The text printed in a badge's QR code."""
    return f"{PREFIX}{event_code}{badge_token}{_mac(badge_key, event_code, badge_token)}"


def parse_payload(text: str, event_code: str, badge_key: str) -> ParsedPayload:
    """Read a scanned text for the event ``event_code``: valid, another event's, or invalid.

    Tries the text as typed (upper-cased, spaces dropped), then with each known keyboard layout's
    damage undone; a repair is accepted only when the MAC verifies, so it cannot invent a badge.
    A well-formed code of another event is reported as such (its MAC cannot be checked here),
    unless the text starts with this event's own prefix: event codes vary in length, so this
    event's badge cut short ("AT1SNR26..." missing a character) can read as event "SNR2"; it is
    this event's damaged badge, INVALID.
    """
    cleaned = "".join(text.split())
    other_event: ParsedPayload | None = None
    for layout, candidate in _candidates(cleaned):
        match = _PAYLOAD.match(candidate)
        if not match:
            continue
        code, token, mac = match.groups()
        if code != event_code:
            if not candidate.startswith(PREFIX + event_code):
                other_event = other_event or ParsedPayload(PayloadStatus.OTHER_EVENT, code, token, layout)
            continue
        if hmac.compare_digest(mac, _mac(badge_key, code, token)):
            return ParsedPayload(PayloadStatus.VALID, code, token, layout)
    return other_event or ParsedPayload(PayloadStatus.INVALID)


def _candidates(text: str) -> list[tuple[str | None, str]]:
    seen: set[str] = set()
    candidates: list[tuple[str | None, str]] = []
    for layout, table in [(None, {}), *LAYOUT_REPAIRS.items()]:
        # Map before upper-casing: the tables know both cases, and "é" must become "2", not "É".
        repaired = "".join(table.get(c, c) for c in text).upper()
        if repaired not in seen:
            seen.add(repaired)
            candidates.append((layout, repaired))
    return candidates
