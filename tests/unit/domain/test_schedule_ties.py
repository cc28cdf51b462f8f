"""Exact half-minor-unit ties in a schedule are rounded half-even — the only rounding mode the products offer.

Each case lands exactly on x.5 fen, so half-up (or half-down) would give another cent. Half-even keeps the even
neighbour: 1000.5 → 1000, 1001.5 → 1002. Every case comes in a pair, one whose even neighbour is below (half-up
would differ) and one whose even neighbour is above (half-down would differ). All amounts in fen (0.01 CNY) in the
comments; 30/360, so one month's interest is exactly balance × annual rate / 12.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lending.domain.schedules import build
from tests.unit.domain.test_schedule_edges import terms


def rows(schedule) -> list[tuple[str, str, str, str]]:
    return [(str(i.principal), str(i.interest), str(i.total), str(i.balance_after)) for i in schedule.instalments]


@pytest.mark.parametrize(
    ("principal", "fee", "disbursed"),
    [
        # 100,050 fen × 0.01 = 1,000.5 fen: a tie; 1000 is even → 10.00 (half-up: 10.01)
        ("1000.50", "10.00", "990.50"),
        # 100,150 fen × 0.01 = 1,001.5 fen: a tie; 1002 is even → 10.02 (half-down: 10.01)
        ("1001.50", "10.02", "991.48"),
    ],
)
def test_a_fee_on_an_exact_half_fen_is_rounded_to_the_even_fen(principal, fee, disbursed):
    schedule = build(terms(principal, "annuity", 12, fee_rate=Decimal("0.01")))
    assert (str(schedule.fee), str(schedule.disbursed)) == (fee, disbursed)


@pytest.mark.parametrize(
    ("principal", "shares"),
    [
        # 100,002 fen / 4 = 25,000.5: a tie → 25,000 (even); the last takes 100,002 − 3 × 25,000 = 25,002
        # (half-up: 250.01 × 3 and 249.99)
        ("1000.02", ["250.00", "250.00", "250.00", "250.02"]),
        # 100,006 fen / 4 = 25,001.5: a tie → 25,002 (even); the last takes 100,006 − 3 × 25,002 = 25,000
        # (half-down: 250.01 × 3 and 250.03)
        ("1000.06", ["250.02", "250.02", "250.02", "250.00"]),
    ],
)
def test_an_equal_principal_share_on_an_exact_half_fen_is_rounded_to_the_even_fen(principal, shares):
    schedule = build(terms(principal, "equal_principal", 4, annual_rate="0"))
    assert [str(i.principal) for i in schedule.instalments] == shares


def test_declining_balance_interest_on_an_exact_half_fen_is_rounded_to_the_even_fen():
    # 1,501.50 at 12 % (1 % a month) in 3 equal principal parts of 150,150 / 3 = 50,050 fen:
    #   1: 150,150 × 1 % = 1,501.5 fen, a tie → 1,502 (even; half-down: 15.01)
    #   2: 100,100 × 1 % = 1,001 fen exactly
    #   3:  50,050 × 1 % =   500.5 fen, a tie → 500 (even; half-up: 5.01)
    schedule = build(terms("1501.50", "equal_principal", 3))
    assert rows(schedule) == [
        ("500.50", "15.02", "515.52", "1001.00"),
        ("500.50", "10.01", "510.51", "500.50"),
        ("500.50", "5.00", "505.50", "0.00"),
    ]
    assert str(schedule.total_interest) == "30.03"  # 15.02 + 10.01 + 5.00


@pytest.mark.parametrize(
    ("principal", "expected", "total_interest"),
    [
        # 1,000.50 at 12 % for 2 months: 100,050 × 0.12 × 2 / 12 = 2,001 fen of interest, exactly;
        # 2,001 / 2 = 1,000.5 a tie → 1,000 (even; half-up 1,001); the last takes 2,001 − 1,000 = 1,001.
        # principal 100,050 / 2 = 50,025 each
        (
            "1000.50",
            [("500.25", "10.00", "510.25", "500.25"), ("500.25", "10.01", "510.26", "0.00")],
            "20.01",
        ),
        # 1,003.50 for 2 months: 100,350 × 0.02 = 2,007 fen; 2,007 / 2 = 1,003.5 a tie → 1,004 (even; half-down
        # 1,003); the last takes 2,007 − 1,004 = 1,003. Principal 100,350 / 2 = 50,175 each
        (
            "1003.50",
            [("501.75", "10.04", "511.79", "501.75"), ("501.75", "10.03", "511.78", "0.00")],
            "20.07",
        ),
    ],
)
def test_flat_interest_shares_on_an_exact_half_fen_are_rounded_to_the_even_fen(principal, expected, total_interest):
    schedule = build(terms(principal, "flat", 2))
    assert rows(schedule) == expected
    assert str(schedule.total_interest) == total_interest


@pytest.mark.parametrize(
    ("principal", "total_interest", "instalment_interest"),
    [
        # 1,001.50 at 12 % for 3 months: 100,150 × 0.12 × 3 / 12 = 3,004.5 fen, a tie → 3,004 (even; half-up
        # 3,005). Spread: 3,004 / 3 = 1,001.33 → 1,001, 1,001, and the last 3,004 − 2,002 = 1,002
        ("1001.50", "30.04", ["10.01", "10.01", "10.02"]),
        # 1,000.50 for 3 months: 100,050 × 0.03 = 3,001.5 fen, a tie → 3,002 (even; half-down 3,001).
        # Spread: 3,002 / 3 = 1,000.67 → 1,001, 1,001, and the last 3,002 − 2,002 = 1,000
        ("1000.50", "30.02", ["10.01", "10.01", "10.00"]),
    ],
)
def test_flat_total_interest_on_an_exact_half_fen_is_rounded_to_the_even_fen(
    principal, total_interest, instalment_interest
):
    schedule = build(terms(principal, "flat", 3))
    assert str(schedule.total_interest) == total_interest
    assert [str(i.interest) for i in schedule.instalments] == instalment_interest


@pytest.mark.parametrize(
    ("principal", "expected"),
    [
        # 2 months at 1 % a month: A = P·r / (1 − (1+r)^−2) = P × 1.01² / 2.01 = P × 10,201 / 20,100.
        # P = 10,050 fen (100.50): A = 10,201 / 2 = 5,100.5 fen, a tie → 5,100 (even; half-up 51.01).
        # Interest 1: 10,050 × 1 % = 100.5 → 100 (even); principal 5,100 − 100 = 5,000; balance 5,050.
        # Interest 2: 5,050 × 1 % = 50.5 → 50 (even); the last pays the balance 5,050: total 5,100.
        ("100.50", [("50.00", "1.00", "51.00", "50.50"), ("50.50", "0.50", "51.00", "0.00")]),
        # P = 30,150 fen (301.50): A = 3 × 10,201 / 2 = 15,301.5, a tie → 15,302 (even; half-down 153.01).
        # Interest 1: 301.5 → 302; principal 15,302 − 302 = 15,000; balance 15,150.
        # Interest 2: 151.5 → 152; the last pays 15,150 + 152 = 15,302.
        ("301.50", [("150.00", "3.02", "153.02", "151.50"), ("151.50", "1.52", "153.02", "0.00")]),
    ],
)
def test_an_annuity_payment_on_an_exact_half_fen_is_rounded_to_the_even_fen(principal, expected):
    assert rows(build(terms(principal, "annuity", 2))) == expected


@pytest.mark.parametrize(
    ("principal", "first", "last"),
    [
        # no interest: A = P / n. 100,001 fen / 2 = 50,000.5, a tie → 50,000 (even; half-up 500.01)
        ("1000.01", "500.00", "500.01"),
        # 100,003 / 2 = 50,001.5, a tie → 50,002 (even; half-down 500.01); the last 100,003 − 50,002 = 50,001
        ("1000.03", "500.02", "500.01"),
    ],
)
def test_an_interest_free_annuity_payment_on_an_exact_half_fen_is_rounded_to_the_even_fen(principal, first, last):
    schedule = build(terms(principal, "annuity", 2, annual_rate="0"))
    assert [str(i.total) for i in schedule.instalments] == [first, last]


@pytest.mark.parametrize(
    ("annual_rate", "interest", "apr"),
    [
        # a 12-month bullet of 10,000.00 on 30/360: one period of exactly 1 year, so APR = interest / disbursed.
        # 1,000,000 fen × 0.12345 = 123,450 fen; 123,450 / 1,000,000 = 0.12345 = 1,234.5 basis points, a tie
        # → 1,234 (even; half-up 12.35 %)
        ("0.12345", "1234.50", "0.1234"),
        # 0.12355: 123,550 fen → 1,235.5 basis points → 1,236 (even; half-down 12.35 %)
        ("0.12355", "1235.50", "0.1236"),
    ],
)
def test_a_single_payment_apr_on_an_exact_half_basis_point_is_rounded_to_the_even_basis_point(
    annual_rate, interest, apr
):
    schedule = build(terms("10000.00", "bullet", 12, annual_rate=annual_rate))
    assert (str(schedule.total_interest), schedule.apr) == (interest, Decimal(apr))
