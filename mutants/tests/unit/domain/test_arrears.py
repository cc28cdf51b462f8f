"""domain.arrears: the bucket of each number of days past due, and when a loan stops performing."""

from __future__ import annotations

import pytest

from lending.domain import arrears
from lending.domain.arrears import ArrearsBucket


@pytest.mark.parametrize(
    "days, expected",
    [
        (0, "current"),
        (1, "1-30"),
        (30, "1-30"),
        (31, "31-60"),
        (60, "31-60"),
        (61, "61-90"),
        (90, "61-90"),
        (91, "90+"),
        (400, "90+"),
    ],
)
def test_bucket_boundaries(days, expected):
    assert arrears.bucket(days_past_due=days) == expected


def test_buckets_are_listed_from_current_to_the_latest():
    assert [b.value for b in ArrearsBucket] == ["current", "1-30", "31-60", "61-90", "90+"]


@pytest.mark.parametrize("days, expected", [(0, False), (90, False), (91, True), (200, True)])
def test_a_loan_is_non_performing_after_90_days(days, expected):
    assert arrears.is_non_performing(days_past_due=days) is expected
