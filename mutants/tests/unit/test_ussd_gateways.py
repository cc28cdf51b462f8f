"""The two USSD gateways' requests and replies (issue #12), as Africa's Talking and Hubtel send and read them."""

from __future__ import annotations

import pytest

from ussd import gateways
from ussd.gateways import GatewayError, HopKind, Reply

AT_FORM = {"sessionId": "ATUid_1", "serviceCode": "*384*123#", "phoneNumber": "+254712345678", "networkCode": "63902"}


def test_an_africastalking_first_dial_is_a_start_with_empty_text():
    hop = gateways.africastalking_hop({**AT_FORM, "text": ""})
    assert (hop.gateway, hop.session_id, hop.phone, hop.service_code, hop.kind, hop.text) == (
        "africastalking",
        "ATUid_1",
        "+254712345678",
        "*384*123#",
        HopKind.START,
        "",
    )


def test_an_africastalking_answer_carries_every_input_so_far_and_unknown_fields_are_ignored():
    hop = gateways.africastalking_hop({**AT_FORM, "text": "1*2", "extra": "x"})
    assert (hop.kind, hop.text) == (HopKind.INPUT, "1*2")


@pytest.mark.parametrize("missing", ["sessionId", "serviceCode", "phoneNumber", "text"])
def test_a_missing_africastalking_field_is_named(missing):
    form = {**AT_FORM, "text": "1"}
    del form[missing]
    with pytest.raises(GatewayError) as error:
        gateways.africastalking_hop(form)
    assert error.value.field == missing


@pytest.mark.parametrize("phone", ["0712345678", "+25471", "+254 712 345 678", "+２５４712345678", ""])
def test_a_phone_that_is_not_e164_is_refused(phone):
    with pytest.raises(GatewayError) as error:
        gateways.africastalking_hop({**AT_FORM, "phoneNumber": phone, "text": ""})
    assert error.value.field == "phoneNumber"


@pytest.mark.parametrize(
    "text, seen, newest",
    [
        ("1", "", "1"),  # the first answer after the first screen
        ("1*2", "1", "2"),
        ("1*12*34", "1", "12*34"),  # an input that itself contains *: kept whole
        ("1*#", "1", "#"),
        ("1*", "1", ""),  # an empty answer
        ("1*2", "1*2", None),  # the same text again: a gateway retry, answered with the reply it had
        ("", "", None),
        ("3*4", "1", "4"),  # the gateway lost what we saw: the last part is the best reading left
        ("7*8", None, "8"),
    ],
)
def test_the_newest_input_is_what_follows_the_text_seen_before(text, seen, newest):
    assert gateways.newest_input(text, seen) == newest


def test_africastalking_replies_start_con_or_end():
    assert gateways.africastalking_reply(Reply("1 Apply\n2 My loan")) == "CON 1 Apply\n2 My loan"
    assert gateways.africastalking_reply(Reply("Asante", ends=True)) == "END Asante"


HUBTEL = {"Mobile": "233241234567", "SessionId": "h-1", "ServiceCode": "*713*55#", "Message": "*713*55#", "Sequence": 1}


@pytest.mark.parametrize(
    "kind, message, expected",
    [
        ("Initiation", "*713*55#", (HopKind.START, "")),
        ("Response", "2", (HopKind.INPUT, "2")),
        ("Release", None, (HopKind.CLOSED, "")),
        ("Timeout", "", (HopKind.CLOSED, "")),
    ],
)
def test_hubtel_types_map_to_start_input_and_closed(kind, message, expected):
    hop = gateways.hubtel_hop({**HUBTEL, "Type": kind, "Message": message})
    assert (hop.kind, hop.text) == expected and hop.phone == "+233241234567" and hop.gateway == "hubtel"


@pytest.mark.parametrize(
    "body, field",
    [
        ({**HUBTEL, "Type": "Begin"}, "Type"),
        ({"Type": "Response", "Message": "1"}, "SessionId"),
        ({**HUBTEL, "Type": "Response", "Message": 7}, "Message"),
        ({**HUBTEL, "Type": "Response", "Mobile": 2332}, "Mobile"),
    ],
)
def test_a_bad_hubtel_body_names_the_field(body, field):
    with pytest.raises(GatewayError) as error:
        gateways.hubtel_hop(body)
    assert error.value.field == field


def test_hubtel_replies_are_response_or_release():
    assert gateways.hubtel_reply(Reply("1 Apply")) == {"Type": "Response", "Message": "1 Apply"}
    assert gateways.hubtel_reply(Reply("Asante", ends=True)) == {"Type": "Release", "Message": "Asante"}
