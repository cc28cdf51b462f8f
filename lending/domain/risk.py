"""Real-time risk rules: what was observed about one event (an application, a repayment, a disbursement) → allow,
review or block, with the reasons. Pure: the service gathers the signals, this decides; thresholds come from the
settings (RISK_* in lending/config.py).

Rules (each names the value it saw and the threshold it compared with):
- device.new: the account acts from a device it never used, having used another before → review.
- velocity.applications / velocity.repayments: more than the hourly threshold (this event included) → review;
  more than twice it → block.
- identity.shared_national_id / identity.shared_phone: another farmer has the same national ID / phone (found by the
  blind index) → review; the national ID on three or more farmers → block.
- agent.far_from_village: the agent's reported position is farther than the threshold from the farmer's village
  → review.
- agent.position_missing: an agent acts (an application, a repayment collected) without reporting a position, so
  the distance rule cannot run → review (leaving the position out must not be a way round that rule).
- agent.village_unknown: the agent reported a position but the farmer's village is not a known one (enrolled before
  village codes were checked), so the distance cannot be measured → review.
- amount.just_under_limit: the amount is at least RISK_NEAR_LIMIT_SHARE of the limit but under it, and this is the
  RISK_NEAR_LIMIT_COUNT-th such amount for the farmer in 30 days → review.
- receipt.above_owed: money a provider confirmed exceeds what the loan owes plus the tolerance (it has moved, so
  it is booked; an officer refunds the excess) → review.
- fraud.confirmed: an officer confirmed an earlier check of the farmer as fraud → block.
The outcome is the most severe hit (block > review > allow).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class RiskOutcome(StrEnum):
    """`risk_checks.outcome`, least severe first."""

    ALLOW = "allow"
    REVIEW = "review"
    BLOCK = "block"


class RiskEvent(StrEnum):
    """What was assessed (`risk_checks.event`)."""

    APPLICATION = "application"
    REPAYMENT = "repayment"
    DISBURSEMENT = "disbursement"


class RiskCheckStatus(StrEnum):
    """`risk_checks.status`: a review or block stays open until an officer resolves it."""

    NONE = "none"  # allowed: nothing to resolve
    OPEN = "open"
    CLEARED = "cleared"  # an officer found no fraud: released
    CONFIRMED = "confirmed"  # an officer confirmed fraud: keeps holding the farmer


_SEVERITY = tuple(RiskOutcome)


@dataclass(frozen=True)
class Thresholds:
    applications_per_hour: int = 3
    repayments_per_hour: int = 10
    agent_distance_km: float = 25.0
    near_limit_share: Decimal = Decimal("0.95")
    near_limit_count: int = 3


@dataclass(frozen=True)
class Signals:
    """What the service saw; None = not observed for this event (the rule does not apply)."""

    new_device: bool | None = None
    applications_last_hour: int | None = None  # including this one
    repayments_last_hour: int | None = None  # to this loan, including this one
    farmers_sharing_national_id: int | None = None  # other farmers
    farmers_sharing_phone: int | None = None
    agent_distance_km: float | None = None
    agent_position_missing: bool | None = None  # an agent's event without a position
    agent_village_unknown: bool | None = None  # a position, but no known village to measure it from
    amount: Decimal | None = None
    limit: Decimal | None = None
    just_under_limit_before: int | None = None  # earlier amounts just under a limit in 30 days
    confirmed_fraud: int | None = None  # checks of this farmer an officer confirmed as fraud
    receipt_ceiling: Decimal | None = None  # a receipt: the most a person could have recorded (owed + tolerance)


@dataclass(frozen=True)
class Hit:
    rule: str
    outcome: RiskOutcome
    reason: str

    def as_json(self) -> dict:
        return {"rule": self.rule, "outcome": self.outcome, "reason": self.reason}


@dataclass(frozen=True)
class Assessment:
    outcome: RiskOutcome
    hits: tuple[Hit, ...] = field(default=())

    def as_json(self) -> dict:
        return {"outcome": self.outcome, "hits": [hit.as_json() for hit in self.hits]}


def just_under(amount: Decimal, limit: Decimal, share: Decimal) -> bool:
    return limit > 0 and share * limit <= amount < limit


def evaluate(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit("device.new", RiskOutcome.REVIEW, "first use of this device on an account that used another"))
    for rule, count, limit, noun in (
        (
            "velocity.applications",
            signals.applications_last_hour,
            thresholds.applications_per_hour,
            "applications for this farmer",
        ),
        (
            "velocity.repayments",
            signals.repayments_last_hour,
            thresholds.repayments_per_hour,
            "repayments to this loan",
        ),
    ):
        if count is not None and count > limit:
            outcome = RiskOutcome.BLOCK if count > 2 * limit else RiskOutcome.REVIEW
            hits.append(Hit(rule, outcome, f"{count} {noun} in the last hour (more than {limit})"))
    if signals.farmers_sharing_national_id:
        others = signals.farmers_sharing_national_id
        hits.append(
            Hit(
                "identity.shared_national_id",
                RiskOutcome.BLOCK if others >= 2 else RiskOutcome.REVIEW,
                f"the national ID is on {others} other farmer{'s' if others > 1 else ''}",
            )
        )
    if signals.farmers_sharing_phone:
        others = signals.farmers_sharing_phone
        hits.append(
            Hit(
                "identity.shared_phone",
                RiskOutcome.REVIEW,
                f"the phone is on {others} other farmer{'s' if others > 1 else ''}",
            )
        )
    if signals.agent_distance_km is not None and signals.agent_distance_km > thresholds.agent_distance_km:
        hits.append(
            Hit(
                "agent.far_from_village",
                RiskOutcome.REVIEW,
                f"the agent is {signals.agent_distance_km:.1f} km from the farmer's village "
                f"(more than {thresholds.agent_distance_km:g} km)",
            )
        )
    if signals.agent_position_missing:
        hits.append(
            Hit(
                "agent.position_missing",
                RiskOutcome.REVIEW,
                "the agent sent no position (X-Agent-Position): the distance to the farm was not checked",
            )
        )
    if signals.agent_village_unknown:
        hits.append(
            Hit(
                "agent.village_unknown",
                RiskOutcome.REVIEW,
                "the farmer's village is not a known village: the agent's distance to it was not checked",
            )
        )
    if (
        signals.amount is not None
        and signals.limit is not None
        and signals.just_under_limit_before is not None
        and just_under(signals.amount, signals.limit, thresholds.near_limit_share)
        and signals.just_under_limit_before + 1 >= thresholds.near_limit_count
    ):
        hits.append(
            Hit(
                "amount.just_under_limit",
                RiskOutcome.REVIEW,
                f"{signals.just_under_limit_before + 1} amounts in 30 days just under the limit "
                f"{signals.limit} (at least {thresholds.near_limit_share:%} of it)",
            )
        )
    if signals.receipt_ceiling is not None and signals.amount is not None and signals.amount > signals.receipt_ceiling:
        hits.append(
            Hit(
                "receipt.above_owed",
                RiskOutcome.REVIEW,
                f"{signals.amount} received, more than the {signals.receipt_ceiling} the loan owes with "
                f"tolerance: refund the excess",
            )
        )
    outcome = max((hit.outcome for hit in hits), key=_SEVERITY.index, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
