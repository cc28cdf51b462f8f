"""A repayment is allocated penalty → fee → interest → principal within the oldest instalment (DESIGN.md §4). The
order only shows when a payment stops inside a part: one that covers penalty, fee and interest in full splits the same
whichever of them comes first. So each case below stops inside one part.

The loan (tests/unit/domain/test_servicing.py): 1,000.00 CNY at 1 % a month in three instalments; instalment 1 is
due 2025-02-01 with principal 300.00, interest 10.00 and a fee of 5.00. Paid on 2025-02-14 with 3 days of grace:
penalty 300.00 × 0.0005 × 10 days (02-05 .. 02-14) = 1.50 is owed before anything else.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from lending.domain.terms import Allocation
from tests.unit.domain.test_servicing import hand_schedule, pay, run

D = Decimal
PAID_ON = dt.date(2025, 2, 14)


def fee_carrying_loan():
    return hand_schedule(
        [
            (dt.date(2025, 2, 1), "300.00", "10.00", "5.00"),
            (dt.date(2025, 3, 1), "400.00", "7.00"),
            (dt.date(2025, 4, 1), "300.00", "3.00"),
        ],
        fee=D("5.00"),
    )


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        # stops inside the penalty: 1.00 of the 1.50
        ("1.00", Allocation(penalty=D("1.00"))),
        # the penalty in full, the last cent of it exactly
        ("1.50", Allocation(penalty=D("1.50"))),
        # one cent past the penalty goes to the fee, not the interest
        ("1.51", Allocation(penalty=D("1.50"), fee=D("0.01"))),
        # stops inside the fee: 1.50 + 2.50 of the 5.00
        ("4.00", Allocation(penalty=D("1.50"), fee=D("2.50"))),
        # stops inside the interest: 1.50 + 5.00 + 3.50 of the 10.00
        ("10.00", Allocation(penalty=D("1.50"), fee=D("5.00"), interest=D("3.50"))),
        # one cent short of the principal: 1.50 + 5.00 + 10.00 = 16.50, 16.49 leaves 0.01 of interest owed
        ("16.49", Allocation(penalty=D("1.50"), fee=D("5.00"), interest=D("9.99"))),
        # stops inside the principal: 20.00 − 16.50 = 3.50 of the 300.00
        ("20.00", Allocation(penalty=D("1.50"), fee=D("5.00"), interest=D("10.00"), principal=D("3.50"))),
    ],
)
def test_a_partial_payment_stops_inside_one_part_in_the_order_penalty_fee_interest_principal(amount, expected):
    state = run(fee_carrying_loan(), [pay("R1", PAID_ON, amount)], PAID_ON)
    assert state.allocations["R1"] == expected
    first = state.instalments[0]
    owed = sum(first[part] - first[f"{part}_paid"] for part in ("penalty", "fee", "interest", "principal"))
    assert owed == D("316.50") - D(amount)  # 1.50 + 5.00 + 10.00 + 300.00 owed before it
