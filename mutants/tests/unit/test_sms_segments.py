"""How many SMS a text takes: GSM-7 160 septets in one, 153 a part beyond; UCS-2 70 units in one, 67 a part beyond.
Counts are by hand: "a" * 160 is 160 septets; "€" is 2 septets; "余" is 1 UTF-16 unit and "😀" 2."""

from __future__ import annotations

import datetime as dt

import pytest

from lending.channels import gsm
from lending.channels.gsm import Encoding
from lending.services.outbox import retry_delay

GSM, UCS = Encoding.GSM7, Encoding.UCS2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", (GSM, 1)),
        ("a" * 160, (GSM, 1)),
        ("a" * 161, (GSM, 2)),
        ("a" * 153 * 2, (GSM, 2)),  # 306
        ("a" * (153 * 2 + 1), (GSM, 3)),  # 307
        ("a" * 158 + "€", (GSM, 1)),  # 158 + 2 = 160
        ("a" * 159 + "€", (GSM, 2)),  # 159 + 2 = 161
        ("余" * 70, (UCS, 1)),
        ("余" * 71, (UCS, 2)),
        ("余" * 67 * 2, (UCS, 2)),  # 134
        ("余" * (67 * 2 + 1), (UCS, 3)),  # 135
        ("😀" * 35, (UCS, 1)),  # 70 units
        ("😀" * 35 + "a", (UCS, 2)),  # 71 units: one "a" makes no difference to the encoding, one unit to the count
        ("a" * 159 + "á", (UCS, 3)),  # á is not GSM-7: 160 UCS-2 units, 67 + 67 + 26
    ],
)
def test_segments_at_every_boundary(text, expected):
    assert gsm.sms_segments(text) == expected


def test_an_extension_character_is_never_split_from_its_escape():
    # 152 septets then "€" (2): the first part would end at 154 > 153, so "€" opens the second part
    parts = gsm.sms_parts("a" * 152 + "€" + "b" * 10)
    assert [len(part) for part in parts] == [152, 11]
    assert parts[1] == "€" + "b" * 10


def test_an_emoji_is_never_split_across_two_parts():
    # 66 units then "😀" (2 units): 68 > 67, so the emoji opens the second part
    parts = gsm.sms_parts("余" * 66 + "😀" + "余" * 10)
    assert parts == ["余" * 66, "😀" + "余" * 10]


CHINESE_REMINDER = (
    "农贷提醒：您的贷款本期应还款 1,234.50 元，到期日为 2026-12-03。请按时到村代办点或通过微信小程序还款，"
    "逾期将产生罚息并影响您的信用额度。如已还款请忽略本短信。回复 STOP 退订。"
)
ENGLISH_REMINDER = (
    "agrilend: KES 1,234.50 is due on 2026-12-03. Pay at your village agent or by M-Pesa to keep your limit. "
    "Reply HELP for help, STOP to stop. Thank you, Amina Juma!"
)


def test_a_chinese_reminder_is_ucs2_split_67_and_33():
    # 100 characters, each one UTF-16 unit (the Chinese, the digits, the spaces and "STOP" alike): over 70, so parts
    # of 67 — the first ends at 罚 of 罚息, the second holds the remaining 33
    assert len(CHINESE_REMINDER) == 100
    assert gsm.sms_segments(CHINESE_REMINDER) == (UCS, 2)
    assert gsm.sms_parts(CHINESE_REMINDER) == [
        "农贷提醒：您的贷款本期应还款 1,234.50 元，到期日为 2026-12-03。请按时到村代办点或通过微信小程序还款，"
        "逾期将产生罚",
        "息并影响您的信用额度。如已还款请忽略本短信。回复 STOP 退订。",
    ]


def test_an_english_reminder_of_161_septets_is_gsm7_split_153_and_8():
    assert len(ENGLISH_REMINDER) == 161
    assert gsm.sms_segments(ENGLISH_REMINDER) == (GSM, 2)
    assert [len(part) for part in gsm.sms_parts(ENGLISH_REMINDER)] == [153, 8]
    assert gsm.sms_parts(ENGLISH_REMINDER)[1] == "na Juma!"


@pytest.mark.parametrize(
    "attempts, jitter, seconds",
    [
        (1, 0.5, 30),  # the first wait is SMS_RETRY_SECONDS
        (2, 0.5, 60),
        (3, 0.5, 120),
        (4, 0.0, 192),  # 240 less 20%
        (4, 1.0, 288),  # 240 more 20%
        (7, 0.5, 1920),
        (8, 0.5, 3600),  # 3840 capped at an hour
        (40, 1.0, 3600),
    ],
)
def test_retry_waits_double_with_jitter_and_stop_at_an_hour(attempts, jitter, seconds):
    assert retry_delay(attempts, first_seconds=30, jitter=jitter) == dt.timedelta(seconds=seconds)
