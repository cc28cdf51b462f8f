"""security.pii: AES-GCM with the column as associated data, key ids and rotation, blind index, masks, log masking."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging

import pytest
from cryptography.exceptions import InvalidTag

from lending.security import pii

KEY_A = base64.b64encode(bytes(range(32))).decode()
KEY_B = base64.b64encode(bytes(range(100, 132))).decode()
INDEX_KEY = "i" * 40


def ring(pii_key: str = f"a:{KEY_A}") -> pii.Keyring:
    return pii.parse(pii_key, INDEX_KEY)


def test_a_value_round_trips_and_two_encryptions_of_it_differ():
    keys = ring()
    first, second = (
        keys.encrypt("340123197803011230", "farmers.national_id"),
        keys.encrypt("340123197803011230", "farmers.national_id"),
    )
    assert first != second  # a fresh nonce each time
    assert first.startswith("a:") and "340123" not in first
    assert keys.decrypt(first, "farmers.national_id") == "340123197803011230"
    # nonce 12 + plaintext 18 + tag 16 bytes
    assert len(base64.urlsafe_b64decode(first.split(":", 1)[1])) == 12 + 18 + 16


def test_a_ciphertext_moved_to_another_column_does_not_decrypt():
    keys = ring()
    stored = keys.encrypt("+8613800138000", "farmers.phone")
    with pytest.raises(InvalidTag):
        keys.decrypt(stored, "agents.phone")


def test_rotation_the_first_key_encrypts_every_listed_key_decrypts():
    old = ring(f"a:{KEY_A}")
    stored = old.encrypt("+8613800138000", "farmers.phone")
    rotated = ring(f"b:{KEY_B},a:{KEY_A}")
    assert rotated.current == "b"
    assert rotated.decrypt(stored, "farmers.phone") == "+8613800138000"
    assert rotated.encrypt("+8613800138000", "farmers.phone").startswith("b:")
    with pytest.raises(pii.PiiKeyError, match="key 'a'"):
        ring(f"b:{KEY_B}").decrypt(stored, "farmers.phone")


@pytest.mark.parametrize(
    "bad, message",
    [
        ("nocolon", "id:base64"),
        (f"bad id!:{KEY_A}", "id:base64"),
        ("a:not base64!!", "not base64"),
        (f"a:{base64.b64encode(bytes(16)).decode()}", "16 bytes"),
        (f"a:{KEY_A},a:{KEY_B}", "twice"),
    ],
)
def test_a_malformed_pii_key_is_refused_with_the_reason(bad, message):
    with pytest.raises(pii.PiiKeyError, match=message):
        pii.parse(bad, INDEX_KEY)


def test_a_short_index_key_is_refused():
    with pytest.raises(pii.PiiKeyError, match="PII_INDEX_KEY"):
        pii.parse(f"a:{KEY_A}", "short")


def test_the_blind_index_is_the_hmac_of_kind_and_normalised_value():
    keys = ring()
    expected = hmac.new(INDEX_KEY.encode(), b"national_id:34012319780301123X", hashlib.sha256).hexdigest()
    assert keys.blind_index("national_id", " 34012319780301123x ") == expected
    assert keys.blind_index("phone", "+8613800138000") != keys.blind_index("phone", "+8613800138001")
    assert keys.blind_index("phone", "+8613800138000") != pii.parse(f"a:{KEY_A}", "j" * 40).blind_index(
        "phone", "+8613800138000"
    )


@pytest.mark.parametrize(
    "value, masked",
    [
        ("340123197803011230", "3401**********1230"),
        ("+8613800138000", "+861******8000"),
        ("12345678", "********"),
        (None, None),
    ],
)
def test_masks_keep_the_first_and_last_four(value, masked):
    assert pii.mask(value) == masked


def test_every_log_line_is_masked_whoever_writes_it(caplog):
    pii.install_log_masking()
    pii.install_log_masking()  # twice is once
    with caplog.at_level(logging.INFO):
        logging.getLogger("lending.test").info(
            "farmer %s with ID %s called from 13800138000", "+8613800138000", "340123197803011230"
        )
        logging.getLogger("werkzeug").info('"GET /api/v1/farmers?phone=%s HTTP/1.1" 200', "%2B8613800138000")
    text = caplog.text
    assert "+861******8000" in text and "3401**********1230" in text and "1380***8000" in text
    assert "%2B8********8000" in text
    for secret in ("8613800138000", "340123197803011230", "13800138000"):
        assert secret not in text
