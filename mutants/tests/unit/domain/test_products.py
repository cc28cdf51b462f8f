"""domain.products.loan_method: the schedule method a product's amortization and interest method make."""

from __future__ import annotations

import pytest

from lending.domain.products import loan_method


@pytest.mark.parametrize(
    "amortization, interest_method, expected",
    [
        ("equal_instalment", "declining", "annuity"),
        ("equal_instalment", "flat", "flat"),
        ("equal_principal", "declining", "equal_principal"),
        ("equal_principal", "flat", "equal_principal"),  # flat interest changes only equal instalments
        ("harvest_balloon", "declining", "balloon"),
        ("bullet", "declining", "bullet"),
    ],
)
def test_each_product_shape_makes_one_schedule_method(amortization, interest_method, expected):
    assert loan_method(amortization=amortization, interest_method=interest_method) == expected


def test_an_unknown_amortization_is_refused():
    with pytest.raises(ValueError):
        loan_method(amortization="weekly", interest_method="declining")
