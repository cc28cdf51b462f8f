"""Two markets and a third (issue #12): each country's identity number, phone country code, currency and language."""

from __future__ import annotations

import pytest

from lending.domain import countries
from lending.domain.countries import Country


def test_each_market_has_its_country_code_currency_and_first_language():
    assert [(m.calling_code, m.currency, m.language) for m in countries.MARKETS.values()] == [
        ("+86", "CNY", "zh"),
        ("+254", "KES", "sw"),
        ("+233", "GHS", "en"),
    ]


@pytest.mark.parametrize(
    "value, valid",
    [
        ("340123197803011230", True),  # weighted sum 3·7+4·9+…+3·2 = 221 ≡ 1 (mod 11): "0"
        ("34012319780301123X", False),  # another check character
        ("11010519491231002X", True),  # check character X
        ("340123197802301230", False),  # 30 February
        ("34012319780301123", False),  # 17 characters
        ("3401231978030112300", False),  # 19
        ("３40123197803011230", False),  # a full-width digit
    ],
)
def test_a_chinese_resident_id_is_checked_by_its_date_and_check_character(value, valid):
    assert countries.id_valid(Country.CN, value) is valid


@pytest.mark.parametrize(
    "value, valid",
    [
        ("123456", False),
        ("1234567", True),
        ("12345678", True),
        ("123456789", False),
        ("1234567A", False),
        ("１２３４５６７", False),
        ("", False),
    ],
)
def test_a_kenyan_national_id_is_7_or_8_digits(value, valid):
    assert countries.id_valid(Country.KE, value) is valid


@pytest.mark.parametrize(
    "value, valid",
    [
        ("GHA-123456789-1", True),
        ("GHA-12345678-1", False),  # eight digits
        ("GHA-1234567890-1", False),  # ten
        ("GHA-123456789-12", False),
        ("GHA123456789-1", False),
        ("GHS-123456789-1", False),
        ("gha-123456789-1", False),  # as typed; normalise_id upper-cases it first
    ],
)
def test_a_ghana_card_number_is_gha_nine_digits_and_one(value, valid):
    assert countries.id_valid(Country.GH, value) is valid


def test_an_id_is_kept_upper_case_without_surrounding_spaces():
    assert countries.normalise_id("  gha-123456789-1 ") == "GHA-123456789-1"
    assert countries.id_valid(Country.GH, countries.normalise_id("gha-123456789-1"))
    assert countries.normalise_id("11010519491231002x") == "11010519491231002X"


@pytest.mark.parametrize(
    "phone, country",
    [
        ("+8613800138000", Country.CN),
        ("+254712345678", Country.KE),
        ("+233241234567", Country.GH),
        ("+256712345678", None),
        ("+1202555014", None),
    ],
)
def test_a_phone_belongs_to_the_market_of_its_country_code(phone, country):
    assert countries.country_of_phone(phone) is country
