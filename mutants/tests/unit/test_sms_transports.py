"""`sms.transport(name)`: the one lookup from the SMS_TRANSPORT setting to a transport."""

from __future__ import annotations

import pytest

from lending.channels import sms


def test_console_names_the_console_transport():
    assert isinstance(sms.transport("console"), sms.ConsoleTransport)


@pytest.mark.parametrize("name", ["Twilio", "Console", ""])
def test_an_unknown_name_is_a_value_error_naming_the_known_ones(name):
    with pytest.raises(ValueError) as refused:
        sms.transport(name)
    assert str(refused.value) == f"unknown SMS transport {name!r}; known: console, twilio"
