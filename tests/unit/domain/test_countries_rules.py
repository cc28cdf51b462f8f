"""domain.countries: the birth date inside a Chinese resident ID read from its own digits, and an ID of any
market."""

from __future__ import annotations

import pytest

from lending.domain import countries
from lending.domain.countries import Country


@pytest.mark.parametrize(
    "value, valid",
    [
        # born 2000-01-10: weighted sum of the 17 digits 1·7+1·9+0·10+1·5+0·8+5·4+2·2+0·1+0·6+0·3+0·7+1·9+1·10+0·5
        # +0·8+0·4+1·2 = 66 ≡ 0 (mod 11): check "1". Its year is 2000 (digits 7-10), its day 10 (digits 13-14).
        ("110105200001100011", True),
        ("110105200001100012", False),  # another check character
        # born 2000-12-31: sum 109 ≡ 10: check "2"
        ("110105200012310022", True),
        # born 1990-03-07: sum 211 ≡ 2: check "X"
        ("34010019900307123X", True),
        ("340100199003071230", False),
        ("34010019900307123x", False),  # lower case x: normalise_id upper-cases it first
    ],
)
def test_a_chinese_id_reads_its_birth_date_from_the_four_year_two_month_two_day_digits(value, valid):
    assert countries.id_valid(Country.CN, value) is valid


@pytest.mark.parametrize(
    "value, valid",
    [
        ("110105200001100011", True),  # China
        ("1234567", True),  # Kenya
        ("GHA-123456789-1", True),  # Ghana
        ("110105200001100012", False),  # a Chinese ID with a wrong check character is no other market's either
        ("GHA-123456789", False),
        ("123456", False),
    ],
)
def test_an_id_valid_anywhere_is_well_formed_in_some_market(value, valid):
    assert countries.id_valid_anywhere(value) is valid
