"""E.164, as the lender keeps a phone: `+`, a country code not starting with 0, 7 to 15 ASCII digits in all."""

from __future__ import annotations

import pytest

from lending.domain.phones import E164


@pytest.mark.parametrize("phone", ["+8613800138000", "+2547123456", "+1234567", "+123456789012345"])
def test_e164_numbers_match(phone):
    assert E164.match(phone)


@pytest.mark.parametrize(
    "phone",
    [
        "8613800138000",  # no plus
        "+0613800138000",  # country codes never start with 0
        "+123456",  # 6 digits: too short
        "+1234567890123456",  # 16 digits: too long
        "+86138\uff100138000",  # a full-width digit, which \d would let through
        "+8613800138000\n",  # a trailing line break
        "+86 138 0013 8000",  # separators are the REST field's to drop, not the rule's to allow
    ],
)
def test_other_text_does_not(phone):
    assert E164.match(phone) is None
