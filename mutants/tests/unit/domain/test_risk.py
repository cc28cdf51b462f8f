"""domain.risk: each rule against its threshold, the most severe hit wins, distances by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lending.domain.risk import Signals, Thresholds, distance_km, evaluate, just_under

LIMITS = Thresholds(
    applications_per_hour=3,
    repayments_per_hour=10,
    agent_distance_km=25.0,
    near_limit_share=Decimal("0.95"),
    near_limit_count=3,
)


def rules(signals: Signals) -> list[tuple[str, str]]:
    return [(hit.rule, hit.outcome) for hit in evaluate(signals, LIMITS).hits]


def test_nothing_observed_is_allowed():
    assert evaluate(Signals(), LIMITS).outcome == "allow" and evaluate(Signals(), LIMITS).hits == ()


@pytest.mark.parametrize(
    "count, expected",
    [
        (3, []),
        (4, [("velocity.applications", "review")]),
        (6, [("velocity.applications", "review")]),
        (7, [("velocity.applications", "block")]),
    ],
)
def test_application_velocity_reviews_above_the_threshold_and_blocks_above_twice_it(count, expected):
    assert rules(Signals(applications_last_hour=count)) == expected


def test_repayment_velocity():
    assert rules(Signals(repayments_last_hour=10)) == []
    assert rules(Signals(repayments_last_hour=11)) == [("velocity.repayments", "review")]
    assert rules(Signals(repayments_last_hour=21)) == [("velocity.repayments", "block")]


def test_shared_identity():
    assert rules(Signals(farmers_sharing_national_id=0, farmers_sharing_phone=0)) == []
    assert rules(Signals(farmers_sharing_national_id=1)) == [("identity.shared_national_id", "review")]
    assert rules(Signals(farmers_sharing_national_id=2)) == [("identity.shared_national_id", "block")]
    hits = evaluate(Signals(farmers_sharing_phone=1), LIMITS).hits
    assert [(h.rule, h.reason) for h in hits] == [("identity.shared_phone", "the phone is on 1 other farmer")]


def test_a_new_device_is_reviewed_a_known_one_is_not():
    assert rules(Signals(new_device=True)) == [("device.new", "review")]
    assert rules(Signals(new_device=False)) == []


def test_agent_distance_beyond_the_threshold_is_reviewed_with_the_distance_in_the_reason():
    assert rules(Signals(agent_distance_km=25.0)) == []
    hits = evaluate(Signals(agent_distance_km=31.44), LIMITS).hits
    assert [h.reason for h in hits] == ["the agent is 31.4 km from the farmer's village (more than 25 km)"]


def test_amounts_just_under_a_limit_count_from_the_third_in_30_days():
    assert just_under(Decimal("9500"), Decimal("10000"), Decimal("0.95"))  # 95 % exactly
    assert not just_under(Decimal("9499.99"), Decimal("10000"), Decimal("0.95"))
    assert not just_under(Decimal("10000"), Decimal("10000"), Decimal("0.95"))  # at the limit is not under
    near = dict(amount=Decimal("9800"), limit=Decimal("10000"))
    assert rules(Signals(**near, just_under_limit_before=1)) == []  # the second
    assert rules(Signals(**near, just_under_limit_before=2)) == [("amount.just_under_limit", "review")]
    assert rules(Signals(amount=Decimal("5000"), limit=Decimal("10000"), just_under_limit_before=5)) == []


def test_the_outcome_is_the_most_severe_hit():
    assessment = evaluate(Signals(new_device=True, applications_last_hour=9, confirmed_fraud=0), LIMITS)
    assert assessment.outcome == "block"
    assert [h.rule for h in assessment.hits] == ["device.new", "velocity.applications"]
    assert evaluate(Signals(confirmed_fraud=1), LIMITS).outcome == "block"


def test_distance_by_hand():
    # one degree of latitude on a 6371 km sphere: 6371 × π / 180 = 111.195 km
    assert distance_km((31.0, 117.0), (32.0, 117.0)) == pytest.approx(111.195, abs=0.001)
    # one degree of longitude at 60° N is half that: cos 60° = 0.5 (haversine: 55.596 km)
    assert distance_km((60.0, 10.0), (60.0, 11.0)) == pytest.approx(55.596, abs=0.01)
    assert distance_km((31.72, 117.16), (31.72, 117.16)) == 0.0


def test_an_agent_without_a_position_or_a_known_village_is_reviewed():
    assert rules(Signals(agent_position_missing=False, agent_village_unknown=False)) == []
    hits = evaluate(Signals(agent_position_missing=True), LIMITS).hits
    assert [(h.rule, h.outcome, h.reason) for h in hits] == [
        (
            "agent.position_missing",
            "review",
            "the agent sent no position (X-Agent-Position): the distance to the farm was not checked",
        )
    ]
    assert rules(Signals(agent_village_unknown=True)) == [("agent.village_unknown", "review")]
