"""Reading a farmer's SMS command and its amount, and which delivery status a callback may move a message to."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lending.domain.sms_commands import AmountProblem, BadAmount, Command, Request, parse, read_amount
from lending.domain.sms_delivery import moves_to, reading
from lending.domain.statuses import DeliveryStatus


@pytest.mark.parametrize(
    "body, request_",
    [
        ("BAL", Request(Command.BALANCE)),
        ("  bal \n", Request(Command.BALANCE)),
        ("Bal.", Request(Command.BALANCE)),
        ("ＢＡＬ", Request(Command.BALANCE)),  # a Chinese keyboard's full-width letters
        ("余额", Request(Command.BALANCE)),
        ("余额？", Request(Command.BALANCE)),
        ("salio", Request(Command.BALANCE)),
        ("PAY 500", Request(Command.PAY, "500")),
        ("pay   1,500.50 ", Request(Command.PAY, "1,500.50")),
        ("PAY500", Request(Command.PAY, "500")),
        ("还款 500", Request(Command.PAY, "500")),
        ("还款500", Request(Command.PAY, "500")),
        ("还款　５００", Request(Command.PAY, "500")),  # an ideographic space and full-width digits
        ("lipa 200", Request(Command.PAY, "200")),
        ("PAY", Request(Command.PAY, None)),
        ("pay abc", Request(Command.PAY, "abc")),
        ("HELP", Request(Command.HELP)),
        ("帮助", Request(Command.HELP)),
        ("STOP", Request(Command.STOP)),
        ("stop", Request(Command.STOP)),
        ("Unsubscribe", Request(Command.STOP)),
        ("退订", Request(Command.STOP)),
        ("START", Request(Command.START)),
        ("unstop", Request(Command.START)),
        ("订阅", Request(Command.START)),
        ("", Request(Command.UNKNOWN)),
        ("payment", Request(Command.UNKNOWN)),
        ("BAL please", Request(Command.UNKNOWN)),
        ("stop it", Request(Command.UNKNOWN)),  # as carriers read STOP: the whole message
        ("hello", Request(Command.UNKNOWN)),
    ],
)
def test_a_command_is_read_whatever_its_case_width_and_spaces(body, request_):
    assert parse(body) == request_


@pytest.mark.parametrize(
    "typed, currency, value",
    [
        ("500", "CNY", Decimal("500")),
        ("1,500.50", "CNY", Decimal("1500.50")),
        ("500元", "CNY", Decimal("500")),
        ("cny 500", "CNY", Decimal("500")),
        ("250 kes", "KES", Decimal("250")),
        ("12.5", "KES", Decimal("12.5")),
    ],
)
def test_an_amount_is_read_in_the_loans_currency(typed, currency, value):
    assert read_amount(typed, currency) == value


@pytest.mark.parametrize(
    "typed, currency, problem",
    [
        (None, "CNY", AmountProblem.MISSING),
        ("abc", "CNY", AmountProblem.NOT_A_NUMBER),
        ("-5", "CNY", AmountProblem.NOT_A_NUMBER),
        ("1,50", "CNY", AmountProblem.NOT_A_NUMBER),
        ("500 kes", "CNY", AmountProblem.NOT_A_NUMBER),  # another currency than the loan's
        ("1e3", "CNY", AmountProblem.NOT_A_NUMBER),
        ("1.005", "CNY", AmountProblem.DECIMALS),
        ("0", "CNY", AmountProblem.ZERO),
        ("0.00", "CNY", AmountProblem.ZERO),
    ],
)
def test_an_amount_that_will_not_do_says_why(typed, currency, problem):
    with pytest.raises(BadAmount) as raised:
        read_amount(typed, currency)
    assert raised.value.problem is problem


def test_a_delivery_status_only_moves_forward_and_a_final_one_stays():
    queued, sent, delivered = DeliveryStatus.QUEUED, DeliveryStatus.SENT, DeliveryStatus.DELIVERED
    assert moves_to(None, queued) and moves_to("queued", sent) and moves_to("sent", delivered)
    assert moves_to(None, delivered)  # the first word heard may be the last one
    assert not moves_to("delivered", sent)
    assert not moves_to("sent", queued)
    assert not moves_to("sent", sent)
    assert not moves_to("undelivered", delivered)
    assert not moves_to("failed", DeliveryStatus.UNDELIVERED)


def test_twilios_status_words_are_read_as_delivery_steps():
    assert reading("accepted") is DeliveryStatus.QUEUED
    assert reading("Delivered") is DeliveryStatus.DELIVERED
    assert reading("read") is DeliveryStatus.DELIVERED
    assert reading("receiving") is None


def test_every_reply_fits_one_sms_in_its_encoding():
    """160 GSM-7 characters, or 70 UCS-2 (Chinese): filled with about the longest values a reply carries."""
    from lending import i18n
    from lending.channels import gsm

    values = {
        "balance": "KES 1,234,567.89",
        "due": "KES 123,456.78",
        "amount": "KES 1,234,567.89",
        "owed": "KES 1,234,567.89",
        "date": "2026-12-31",
        "days": 365,
        "currency": "KES",
        "places": 2,
    }
    for key in (key for key in i18n.CATALOG if key.startswith("sms.reply.")):
        for language in i18n.LANGUAGES:
            text = i18n.text(key, language, **values)
            limit = 160 if gsm.encoding(text) is gsm.Encoding.GSM7 else 70
            assert gsm.length(text) <= limit, (key, language, gsm.length(text), text)
