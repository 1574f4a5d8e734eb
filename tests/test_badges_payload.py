"""QR badge payloads: only [A-Z0-9], signed per event, keyboard-layout damage repaired, nothing forged."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from attendance.badges import (
    CROCKFORD,
    PREFIX,
    TOKEN_LENGTH,
    PayloadStatus,
    make_payload,
    new_badge_key,
    new_badge_token,
    parse_payload,
)

KEY = "00" * 32
OTHER_KEY = "11" * 32

# What a scanner sending US key codes types for a text under an AZERTY or a QWERTZ keyboard.
_AZERTY_TYPED = {**dict(zip("1234567890", "&é\"'(-è_çà", strict=True)),
                 "A": "Q", "Q": "A", "Z": "W", "W": "Z", "M": "?"}
_QWERTZ_TYPED = {"Y": "Z", "Z": "Y"}


def typed_on(text: str, layout: dict[str, str]) -> str:
    return "".join(layout.get(c, c) for c in text)


def test_payload_is_prefix_event_token_and_mac_in_scanner_safe_characters() -> None:
    token = new_badge_token()
    payload = make_payload("SNR26", token, KEY)
    assert re.fullmatch(r"[A-Z0-9]+", payload)
    assert payload.startswith(PREFIX + "SNR26" + token)
    assert len(payload) == len(PREFIX) + len("SNR26") + TOKEN_LENGTH + 8


def test_a_payload_verifies_for_its_event() -> None:
    payload = make_payload("SNR26", "K7Q2M9XD", KEY)
    parsed = parse_payload(payload, "SNR26", KEY)
    assert parsed.status is PayloadStatus.VALID
    assert (parsed.event_code, parsed.badge_token, parsed.repaired_from) == ("SNR26", "K7Q2M9XD", None)


def test_lower_case_and_stray_spaces_are_forgiven() -> None:
    payload = make_payload("SNR26", "K7Q2M9XD", KEY)
    assert parse_payload(f"  {payload.lower()[:10]} {payload.lower()[10:]}\n", "SNR26", KEY).status \
        is PayloadStatus.VALID


def test_a_tampered_payload_is_invalid() -> None:
    payload = make_payload("SNR26", "K7Q2M9XD", KEY)
    changed_token = payload.replace("K7Q2M9XD", "K7Q2M9XE")
    last = payload[-1]
    changed_mac = payload[:-1] + ("0" if last != "0" else "1")
    for forged in (changed_token, changed_mac, payload[:-1], payload + "0", ""):
        assert parse_payload(forged, "SNR26", KEY).status is PayloadStatus.INVALID, forged


def test_a_payload_signed_with_another_key_is_invalid() -> None:
    """The MAC is what makes a badge genuine: the same text under another event key fails."""
    payload = make_payload("SNR26", "K7Q2M9XD", OTHER_KEY)
    assert parse_payload(payload, "SNR26", KEY).status is PayloadStatus.INVALID


def test_a_payload_of_another_event_is_named() -> None:
    payload = make_payload("ATT25", "K7Q2M9XD", OTHER_KEY)
    parsed = parse_payload(payload, "SNR26", KEY)
    assert parsed.status is PayloadStatus.OTHER_EVENT
    assert parsed.event_code == "ATT25"


def test_azerty_garbled_payload_is_repaired() -> None:
    # A token and code rich in the characters AZERTY moves: digits, A/Q, Z/W and M.
    payload = make_payload("QAZ26", "AQZWM019", KEY)
    garbled = typed_on(payload, _AZERTY_TYPED)
    assert garbled != payload
    parsed = parse_payload(garbled, "QAZ26", KEY)
    assert parsed.status is PayloadStatus.VALID
    assert parsed.repaired_from == "azerty"
    assert parsed.badge_token == "AQZWM019"


def test_azerty_with_lower_case_letters_is_repaired() -> None:
    payload = make_payload("SNR26", "K7Q2M9XD", KEY)
    garbled = typed_on(payload, _AZERTY_TYPED).lower()
    assert parse_payload(garbled, "SNR26", KEY).status is PayloadStatus.VALID


def test_qwertz_garbled_payload_is_repaired() -> None:
    payload = make_payload("YZ26", "ZYZY1234", KEY)
    garbled = typed_on(payload, _QWERTZ_TYPED)
    assert garbled != payload
    parsed = parse_payload(garbled, "YZ26", KEY)
    assert parsed.status is PayloadStatus.VALID
    assert parsed.repaired_from == "qwertz"
    assert parsed.badge_token == "ZYZY1234"


def test_a_repair_never_turns_a_forged_code_into_a_valid_one() -> None:
    payload = make_payload("QAZ26", "AQZWM019", KEY)
    garbled = typed_on(payload, _AZERTY_TYPED)
    assert parse_payload(garbled[:-1] + "&", "QAZ26", KEY).status is not PayloadStatus.VALID


def test_new_tokens_and_keys_have_the_documented_shape() -> None:
    tokens = {new_badge_token() for _ in range(200)}
    assert len(tokens) == 200
    assert all(len(t) == TOKEN_LENGTH and set(t) <= set(CROCKFORD) for t in tokens)
    assert len(bytes.fromhex(new_badge_key())) == 32


tokens = st.text(alphabet=CROCKFORD, min_size=TOKEN_LENGTH, max_size=TOKEN_LENGTH)
event_codes = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=2, max_size=12)
keys = st.binary(min_size=32, max_size=32).map(bytes.hex)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(token=tokens, code=event_codes, key=keys)
def test_encode_then_parse_round_trips(token: str, code: str, key: str) -> None:
    payload = make_payload(code, token, key)
    parsed = parse_payload(payload, code, key)
    assert parsed.status is PayloadStatus.VALID
    assert (parsed.event_code, parsed.badge_token) == (code, token)


@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@given(token=tokens, code=event_codes, key=keys)
def test_encode_then_azerty_garble_then_parse_round_trips(token: str, code: str, key: str) -> None:
    payload = make_payload(code, token, key)
    parsed = parse_payload(typed_on(payload, _AZERTY_TYPED), code, key)
    assert parsed.status is PayloadStatus.VALID
    assert parsed.badge_token == token
