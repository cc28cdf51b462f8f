"""domain.risk: every rule at its threshold and one unit either side, with its exact code, outcome and reason."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lending.domain.risk import (
    Assessment,
    Hit,
    RiskCheckStatus,
    RiskEvent,
    RiskOutcome,
    Signals,
    Thresholds,
    evaluate,
    just_under,
)

LIMITS = Thresholds(
    applications_per_hour=3,
    repayments_per_hour=10,
    agent_distance_km=25.0,
    near_limit_share=Decimal("0.95"),
    near_limit_count=3,
)


def hits(signals: Signals, thresholds: Thresholds = LIMITS) -> list[tuple[str, str, str]]:
    return [(hit.rule, hit.outcome.value, hit.reason) for hit in evaluate(signals, thresholds).hits]


def test_the_enums_are_stored_as_these_words():
    assert [outcome.value for outcome in RiskOutcome] == ["allow", "review", "block"]
    assert [event.value for event in RiskEvent] == ["application", "repayment", "disbursement"]
    assert [status.value for status in RiskCheckStatus] == ["none", "open", "cleared", "confirmed"]


def test_the_default_thresholds():
    assert Thresholds() == Thresholds(3, 10, 25.0, Decimal("0.95"), 3)


def test_signals_default_to_not_observed():
    assert all(value is None for value in vars(Signals()).values())


def test_an_assessment_as_json_lists_its_hits():
    assessment = evaluate(Signals(new_device=True), LIMITS)
    assert assessment.as_json() == {
        "outcome": "review",
        "hits": [
            {
                "rule": "device.new",
                "outcome": "review",
                "reason": "first use of this device on an account that used another",
            }
        ],
    }
    assert Assessment(RiskOutcome.ALLOW).as_json() == {"outcome": "allow", "hits": []}
    assert Hit("x", RiskOutcome.BLOCK, "y").as_json() == {"rule": "x", "outcome": "block", "reason": "y"}


def test_confirmed_fraud_blocks_from_the_first_confirmed_check():
    assert hits(Signals(confirmed_fraud=0)) == []
    assert hits(Signals(confirmed_fraud=1)) == [
        ("fraud.confirmed", "block", "an officer confirmed fraud on this farmer before")
    ]


@pytest.mark.parametrize(
    "count, expected",
    [
        (3, []),  # at the threshold: not more than it
        (4, [("velocity.applications", "review", "4 applications for this farmer in the last hour (more than 3)")]),
        # twice the threshold is 6: still a review at 6, a block from 7
        (6, [("velocity.applications", "review", "6 applications for this farmer in the last hour (more than 3)")]),
        (7, [("velocity.applications", "block", "7 applications for this farmer in the last hour (more than 3)")]),
    ],
)
def test_application_velocity_at_and_either_side_of_each_threshold(count, expected):
    assert hits(Signals(applications_last_hour=count)) == expected


@pytest.mark.parametrize(
    "count, expected",
    [
        (10, []),
        (11, [("velocity.repayments", "review", "11 repayments to this loan in the last hour (more than 10)")]),
        (20, [("velocity.repayments", "review", "20 repayments to this loan in the last hour (more than 10)")]),
        (21, [("velocity.repayments", "block", "21 repayments to this loan in the last hour (more than 10)")]),
    ],
)
def test_repayment_velocity_at_and_either_side_of_each_threshold(count, expected):
    assert hits(Signals(repayments_last_hour=count)) == expected


def test_both_velocities_are_reported_applications_first():
    assert [rule for rule, _, _ in hits(Signals(applications_last_hour=4, repayments_last_hour=11))] == [
        "velocity.applications",
        "velocity.repayments",
    ]


def test_a_zero_threshold_reviews_the_first_event_and_blocks_from_the_first_too():
    # limit 0: 1 > 0 reviews... and 1 > 2 × 0 blocks
    zero = Thresholds(applications_per_hour=0)
    assert hits(Signals(applications_last_hour=0), zero) == []
    assert hits(Signals(applications_last_hour=1), zero) == [
        ("velocity.applications", "block", "1 applications for this farmer in the last hour (more than 0)")
    ]


@pytest.mark.parametrize(
    "others, expected",
    [
        (0, []),
        (1, [("identity.shared_national_id", "review", "the national ID is on 1 other farmer")]),
        (2, [("identity.shared_national_id", "block", "the national ID is on 2 other farmers")]),
        (3, [("identity.shared_national_id", "block", "the national ID is on 3 other farmers")]),
    ],
)
def test_a_shared_national_id_reviews_one_other_farmer_and_blocks_two(others, expected):
    assert hits(Signals(farmers_sharing_national_id=others)) == expected


@pytest.mark.parametrize(
    "others, expected",
    [
        (0, []),
        (1, [("identity.shared_phone", "review", "the phone is on 1 other farmer")]),
        (2, [("identity.shared_phone", "review", "the phone is on 2 other farmers")]),
        (5, [("identity.shared_phone", "review", "the phone is on 5 other farmers")]),
    ],
)
def test_a_shared_phone_is_only_ever_reviewed(others, expected):
    assert hits(Signals(farmers_sharing_phone=others)) == expected


@pytest.mark.parametrize(
    "distance, expected",
    [
        (24.9, []),
        (25.0, []),  # at the threshold: not farther
        (
            25.1,
            [("agent.far_from_village", "review", "the agent is 25.1 km from the farmer's village (more than 25 km)")],
        ),
        (0.0, []),
    ],
)
def test_agent_distance_at_and_either_side_of_the_threshold(distance, expected):
    assert hits(Signals(agent_distance_km=distance)) == expected


def test_the_distance_threshold_is_shown_without_trailing_zeros():
    # :g of 12.5 is "12.5"; the distance is shown to one decimal (30.06 → "30.1")
    assert hits(Signals(agent_distance_km=30.06), Thresholds(agent_distance_km=12.5)) == [
        ("agent.far_from_village", "review", "the agent is 30.1 km from the farmer's village (more than 12.5 km)")
    ]


def test_an_agent_village_unknown_reason():
    assert hits(Signals(agent_village_unknown=True)) == [
        (
            "agent.village_unknown",
            "review",
            "the farmer's village is not a known village: the agent's distance to it was not checked",
        )
    ]


@pytest.mark.parametrize(
    "amount, limit, expected",
    [
        ("9500.00", "10000", True),  # 0.95 × 10000 = 9500: at the share
        ("9499.99", "10000", False),  # one cent under the share
        ("9500.01", "10000", True),
        ("9999.99", "10000", True),  # one cent under the limit
        ("10000", "10000", False),  # at the limit: not under it
        ("10000.01", "10000", False),
        ("0", "0", False),  # no limit: nothing is just under it
        ("-1", "0", False),
        ("0.99", "1", True),  # 0.95 × 1 = 0.95 ≤ 0.99 < 1: a limit of one unit still has amounts just under it
    ],
)
def test_just_under_a_limit_is_from_the_share_up_to_the_limit_excluded(amount, limit, expected):
    assert just_under(Decimal(amount), Decimal(limit), Decimal("0.95")) is expected


def test_just_under_needs_a_positive_limit():
    # share 1.5 of a negative limit -10 is -15: -15 ≤ -12 < -10 would hold, but the limit is not positive
    assert just_under(Decimal("-12"), Decimal("-10"), Decimal("1.5")) is False


NEAR = {"amount": Decimal("9500.00"), "limit": Decimal("10000")}
NEAR_REASON = "3 amounts in 30 days just under the limit 10000 (at least 95% of it)"


@pytest.mark.parametrize(
    "before, expected",
    [
        (1, []),  # this one is the second: under the count of 3
        (2, [("amount.just_under_limit", "review", NEAR_REASON)]),  # the third
        (3, [("amount.just_under_limit", "review", NEAR_REASON.replace("3 amounts", "4 amounts"))]),
    ],
)
def test_amounts_just_under_the_limit_review_from_the_third_in_30_days(before, expected):
    assert hits(Signals(**NEAR, just_under_limit_before=before)) == expected


def test_the_near_limit_rule_needs_the_amount_the_limit_and_the_count():
    assert hits(Signals(amount=Decimal("9500"), just_under_limit_before=5)) == []
    assert hits(Signals(limit=Decimal("10000"), just_under_limit_before=5)) == []
    assert hits(Signals(**NEAR)) == []
    # one cent under the share is not near the limit however many came before
    assert hits(Signals(amount=Decimal("9499.99"), limit=Decimal("10000"), just_under_limit_before=9)) == []


def test_a_near_limit_count_of_one_reviews_the_first_amount():
    # before 0 + 1 = 1 ≥ 1
    assert [
        rule for rule, _, _ in hits(Signals(**NEAR, just_under_limit_before=0), Thresholds(near_limit_count=1))
    ] == ["amount.just_under_limit"]
    assert hits(Signals(**NEAR, just_under_limit_before=0), Thresholds(near_limit_count=2)) == []


@pytest.mark.parametrize(
    "amount, expected",
    [
        ("1000.00", []),  # at the ceiling
        ("999.99", []),
        (
            "1000.01",
            [
                (
                    "receipt.above_owed",
                    "review",
                    "1000.01 received, more than the 1000.00 the loan owes with tolerance: refund the excess",
                )
            ],
        ),
    ],
)
def test_a_receipt_above_what_is_owed_plus_tolerance_is_reviewed(amount, expected):
    assert hits(Signals(amount=Decimal(amount), receipt_ceiling=Decimal("1000.00"))) == expected


def test_a_receipt_ceiling_without_an_amount_is_not_a_hit():
    assert hits(Signals(receipt_ceiling=Decimal("1000.00"))) == []


def test_every_rule_at_once_in_order_and_the_block_wins():
    signals = Signals(
        confirmed_fraud=1,
        new_device=True,
        applications_last_hour=4,
        repayments_last_hour=11,
        farmers_sharing_national_id=1,
        farmers_sharing_phone=1,
        agent_distance_km=30.0,
        agent_position_missing=True,
        agent_village_unknown=True,
        amount=Decimal("9500.00"),
        limit=Decimal("10000"),
        just_under_limit_before=2,
        receipt_ceiling=Decimal("9000"),
    )
    assessment = evaluate(signals, LIMITS)
    assert assessment.outcome is RiskOutcome.BLOCK
    assert [hit.rule for hit in assessment.hits] == [
        "fraud.confirmed",
        "device.new",
        "velocity.applications",
        "velocity.repayments",
        "identity.shared_national_id",
        "identity.shared_phone",
        "agent.far_from_village",
        "agent.position_missing",
        "agent.village_unknown",
        "amount.just_under_limit",
        "receipt.above_owed",
    ]


def test_a_review_after_a_block_leaves_the_block_and_reviews_alone_review():
    # fraud (block) first, then a review: the most severe is kept, not the last
    assert evaluate(Signals(confirmed_fraud=1, new_device=True), LIMITS).outcome is RiskOutcome.BLOCK
    # a review then a block: the block
    assert evaluate(Signals(new_device=True, farmers_sharing_national_id=2), LIMITS).outcome is RiskOutcome.BLOCK
    assert evaluate(Signals(new_device=True, farmers_sharing_phone=1), LIMITS).outcome is RiskOutcome.REVIEW
    assert evaluate(Signals(), LIMITS) == Assessment(RiskOutcome.ALLOW, ())
