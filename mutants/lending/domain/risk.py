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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_xǁHitǁas_json__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Hit:
    rule: str
    outcome: RiskOutcome
    reason: str

    @_mutmut_mutated(mutants_xǁHitǁas_json__mutmut)
    def as_json(self) -> dict:
        return {"rule": self.rule, "outcome": self.outcome, "reason": self.reason}

    def xǁHitǁas_json__mutmut_orig(self) -> dict:
        return {"rule": self.rule, "outcome": self.outcome, "reason": self.reason}

    def xǁHitǁas_json__mutmut_1(self) -> dict:
        return {"XXruleXX": self.rule, "outcome": self.outcome, "reason": self.reason}

    def xǁHitǁas_json__mutmut_2(self) -> dict:
        return {"RULE": self.rule, "outcome": self.outcome, "reason": self.reason}

    def xǁHitǁas_json__mutmut_3(self) -> dict:
        return {"rule": self.rule, "XXoutcomeXX": self.outcome, "reason": self.reason}

    def xǁHitǁas_json__mutmut_4(self) -> dict:
        return {"rule": self.rule, "OUTCOME": self.outcome, "reason": self.reason}

    def xǁHitǁas_json__mutmut_5(self) -> dict:
        return {"rule": self.rule, "outcome": self.outcome, "XXreasonXX": self.reason}

    def xǁHitǁas_json__mutmut_6(self) -> dict:
        return {"rule": self.rule, "outcome": self.outcome, "REASON": self.reason}

mutants_xǁHitǁas_json__mutmut['_mutmut_orig'] = Hit.xǁHitǁas_json__mutmut_orig # type: ignore # mutmut generated
mutants_xǁHitǁas_json__mutmut['xǁHitǁas_json__mutmut_1'] = Hit.xǁHitǁas_json__mutmut_1 # type: ignore # mutmut generated
mutants_xǁHitǁas_json__mutmut['xǁHitǁas_json__mutmut_2'] = Hit.xǁHitǁas_json__mutmut_2 # type: ignore # mutmut generated
mutants_xǁHitǁas_json__mutmut['xǁHitǁas_json__mutmut_3'] = Hit.xǁHitǁas_json__mutmut_3 # type: ignore # mutmut generated
mutants_xǁHitǁas_json__mutmut['xǁHitǁas_json__mutmut_4'] = Hit.xǁHitǁas_json__mutmut_4 # type: ignore # mutmut generated
mutants_xǁHitǁas_json__mutmut['xǁHitǁas_json__mutmut_5'] = Hit.xǁHitǁas_json__mutmut_5 # type: ignore # mutmut generated
mutants_xǁHitǁas_json__mutmut['xǁHitǁas_json__mutmut_6'] = Hit.xǁHitǁas_json__mutmut_6 # type: ignore # mutmut generated
mutants_xǁAssessmentǁas_json__mutmut: MutantDict = {}  # type: ignore


@dataclass(frozen=True)
class Assessment:
    outcome: RiskOutcome
    hits: tuple[Hit, ...] = field(default=())

    @_mutmut_mutated(mutants_xǁAssessmentǁas_json__mutmut)
    def as_json(self) -> dict:
        return {"outcome": self.outcome, "hits": [hit.as_json() for hit in self.hits]}

    def xǁAssessmentǁas_json__mutmut_orig(self) -> dict:
        return {"outcome": self.outcome, "hits": [hit.as_json() for hit in self.hits]}

    def xǁAssessmentǁas_json__mutmut_1(self) -> dict:
        return {"XXoutcomeXX": self.outcome, "hits": [hit.as_json() for hit in self.hits]}

    def xǁAssessmentǁas_json__mutmut_2(self) -> dict:
        return {"OUTCOME": self.outcome, "hits": [hit.as_json() for hit in self.hits]}

    def xǁAssessmentǁas_json__mutmut_3(self) -> dict:
        return {"outcome": self.outcome, "XXhitsXX": [hit.as_json() for hit in self.hits]}

    def xǁAssessmentǁas_json__mutmut_4(self) -> dict:
        return {"outcome": self.outcome, "HITS": [hit.as_json() for hit in self.hits]}

mutants_xǁAssessmentǁas_json__mutmut['_mutmut_orig'] = Assessment.xǁAssessmentǁas_json__mutmut_orig # type: ignore # mutmut generated
mutants_xǁAssessmentǁas_json__mutmut['xǁAssessmentǁas_json__mutmut_1'] = Assessment.xǁAssessmentǁas_json__mutmut_1 # type: ignore # mutmut generated
mutants_xǁAssessmentǁas_json__mutmut['xǁAssessmentǁas_json__mutmut_2'] = Assessment.xǁAssessmentǁas_json__mutmut_2 # type: ignore # mutmut generated
mutants_xǁAssessmentǁas_json__mutmut['xǁAssessmentǁas_json__mutmut_3'] = Assessment.xǁAssessmentǁas_json__mutmut_3 # type: ignore # mutmut generated
mutants_xǁAssessmentǁas_json__mutmut['xǁAssessmentǁas_json__mutmut_4'] = Assessment.xǁAssessmentǁas_json__mutmut_4 # type: ignore # mutmut generated
mutants_x_just_under__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_just_under__mutmut)
def just_under(amount: Decimal, limit: Decimal, share: Decimal) -> bool:
    return limit > 0 and share * limit <= amount < limit


def x_just_under__mutmut_orig(amount: Decimal, limit: Decimal, share: Decimal) -> bool:
    return limit > 0 and share * limit <= amount < limit


def x_just_under__mutmut_1(amount: Decimal, limit: Decimal, share: Decimal) -> bool:
    return limit > 0 or share * limit <= amount < limit


def x_just_under__mutmut_2(amount: Decimal, limit: Decimal, share: Decimal) -> bool:
    return limit >= 0 and share * limit <= amount < limit


def x_just_under__mutmut_3(amount: Decimal, limit: Decimal, share: Decimal) -> bool:
    return limit > 1 and share * limit <= amount < limit


def x_just_under__mutmut_4(amount: Decimal, limit: Decimal, share: Decimal) -> bool:
    return limit > 0 and share / limit <= amount < limit


def x_just_under__mutmut_5(amount: Decimal, limit: Decimal, share: Decimal) -> bool:
    return limit > 0 and share * limit < amount < limit


def x_just_under__mutmut_6(amount: Decimal, limit: Decimal, share: Decimal) -> bool:
    return limit > 0 and share * limit <= amount <= limit

mutants_x_just_under__mutmut['_mutmut_orig'] = x_just_under__mutmut_orig # type: ignore # mutmut generated
mutants_x_just_under__mutmut['x_just_under__mutmut_1'] = x_just_under__mutmut_1 # type: ignore # mutmut generated
mutants_x_just_under__mutmut['x_just_under__mutmut_2'] = x_just_under__mutmut_2 # type: ignore # mutmut generated
mutants_x_just_under__mutmut['x_just_under__mutmut_3'] = x_just_under__mutmut_3 # type: ignore # mutmut generated
mutants_x_just_under__mutmut['x_just_under__mutmut_4'] = x_just_under__mutmut_4 # type: ignore # mutmut generated
mutants_x_just_under__mutmut['x_just_under__mutmut_5'] = x_just_under__mutmut_5 # type: ignore # mutmut generated
mutants_x_just_under__mutmut['x_just_under__mutmut_6'] = x_just_under__mutmut_6 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_evaluate__mutmut)
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


def x_evaluate__mutmut_orig(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_1(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = None
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


def x_evaluate__mutmut_2(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(None)
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


def x_evaluate__mutmut_3(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit(None, RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
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


def x_evaluate__mutmut_4(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", None, "an officer confirmed fraud on this farmer before"))
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


def x_evaluate__mutmut_5(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, None))
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


def x_evaluate__mutmut_6(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit(RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
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


def x_evaluate__mutmut_7(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", "an officer confirmed fraud on this farmer before"))
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


def x_evaluate__mutmut_8(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, ))
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


def x_evaluate__mutmut_9(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("XXfraud.confirmedXX", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
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


def x_evaluate__mutmut_10(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("FRAUD.CONFIRMED", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
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


def x_evaluate__mutmut_11(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "XXan officer confirmed fraud on this farmer beforeXX"))
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


def x_evaluate__mutmut_12(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "AN OFFICER CONFIRMED FRAUD ON THIS FARMER BEFORE"))
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


def x_evaluate__mutmut_13(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(None)
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


def x_evaluate__mutmut_14(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit(None, RiskOutcome.REVIEW, "first use of this device on an account that used another"))
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


def x_evaluate__mutmut_15(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit("device.new", None, "first use of this device on an account that used another"))
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


def x_evaluate__mutmut_16(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit("device.new", RiskOutcome.REVIEW, None))
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


def x_evaluate__mutmut_17(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit(RiskOutcome.REVIEW, "first use of this device on an account that used another"))
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


def x_evaluate__mutmut_18(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit("device.new", "first use of this device on an account that used another"))
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


def x_evaluate__mutmut_19(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit("device.new", RiskOutcome.REVIEW, ))
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


def x_evaluate__mutmut_20(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit("XXdevice.newXX", RiskOutcome.REVIEW, "first use of this device on an account that used another"))
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


def x_evaluate__mutmut_21(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit("DEVICE.NEW", RiskOutcome.REVIEW, "first use of this device on an account that used another"))
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


def x_evaluate__mutmut_22(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit("device.new", RiskOutcome.REVIEW, "XXfirst use of this device on an account that used anotherXX"))
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


def x_evaluate__mutmut_23(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit("device.new", RiskOutcome.REVIEW, "FIRST USE OF THIS DEVICE ON AN ACCOUNT THAT USED ANOTHER"))
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


def x_evaluate__mutmut_24(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit("device.new", RiskOutcome.REVIEW, "first use of this device on an account that used another"))
    for rule, count, limit, noun in (
        (
            "XXvelocity.applicationsXX",
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


def x_evaluate__mutmut_25(signals: Signals, thresholds: Thresholds) -> Assessment:
    hits: list[Hit] = []
    if signals.confirmed_fraud:
        hits.append(Hit("fraud.confirmed", RiskOutcome.BLOCK, "an officer confirmed fraud on this farmer before"))
    if signals.new_device:
        hits.append(Hit("device.new", RiskOutcome.REVIEW, "first use of this device on an account that used another"))
    for rule, count, limit, noun in (
        (
            "VELOCITY.APPLICATIONS",
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


def x_evaluate__mutmut_26(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            "XXapplications for this farmerXX",
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


def x_evaluate__mutmut_27(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            "APPLICATIONS FOR THIS FARMER",
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


def x_evaluate__mutmut_28(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            "XXvelocity.repaymentsXX",
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


def x_evaluate__mutmut_29(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            "VELOCITY.REPAYMENTS",
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


def x_evaluate__mutmut_30(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            "XXrepayments to this loanXX",
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


def x_evaluate__mutmut_31(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            "REPAYMENTS TO THIS LOAN",
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


def x_evaluate__mutmut_32(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        if count is not None or count > limit:
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


def x_evaluate__mutmut_33(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        if count is None and count > limit:
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


def x_evaluate__mutmut_34(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        if count is not None and count >= limit:
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


def x_evaluate__mutmut_35(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            outcome = None
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


def x_evaluate__mutmut_36(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            outcome = RiskOutcome.BLOCK if (count > 2 * limit) and False else RiskOutcome.REVIEW
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


def x_evaluate__mutmut_37(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            outcome = RiskOutcome.BLOCK if (count > 2 * limit) or True else RiskOutcome.REVIEW
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


def x_evaluate__mutmut_38(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            outcome = RiskOutcome.BLOCK if count >= 2 * limit else RiskOutcome.REVIEW
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


def x_evaluate__mutmut_39(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            outcome = RiskOutcome.BLOCK if count > 2 / limit else RiskOutcome.REVIEW
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


def x_evaluate__mutmut_40(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            outcome = RiskOutcome.BLOCK if count > 3 * limit else RiskOutcome.REVIEW
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


def x_evaluate__mutmut_41(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            hits.append(None)
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


def x_evaluate__mutmut_42(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            hits.append(Hit(None, outcome, f"{count} {noun} in the last hour (more than {limit})"))
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


def x_evaluate__mutmut_43(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            hits.append(Hit(rule, None, f"{count} {noun} in the last hour (more than {limit})"))
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


def x_evaluate__mutmut_44(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            hits.append(Hit(rule, outcome, None))
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


def x_evaluate__mutmut_45(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            hits.append(Hit(outcome, f"{count} {noun} in the last hour (more than {limit})"))
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


def x_evaluate__mutmut_46(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            hits.append(Hit(rule, f"{count} {noun} in the last hour (more than {limit})"))
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


def x_evaluate__mutmut_47(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            hits.append(Hit(rule, outcome, ))
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


def x_evaluate__mutmut_48(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        others = None
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


def x_evaluate__mutmut_49(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            None
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


def x_evaluate__mutmut_50(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_51(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_52(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_53(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_54(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_55(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_56(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "XXidentity.shared_national_idXX",
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


def x_evaluate__mutmut_57(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "IDENTITY.SHARED_NATIONAL_ID",
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


def x_evaluate__mutmut_58(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                RiskOutcome.BLOCK if (others >= 2) and False else RiskOutcome.REVIEW,
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


def x_evaluate__mutmut_59(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                RiskOutcome.BLOCK if (others >= 2) or True else RiskOutcome.REVIEW,
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


def x_evaluate__mutmut_60(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                RiskOutcome.BLOCK if others > 2 else RiskOutcome.REVIEW,
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


def x_evaluate__mutmut_61(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                RiskOutcome.BLOCK if others >= 3 else RiskOutcome.REVIEW,
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


def x_evaluate__mutmut_62(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the national ID is on {others} other farmer{'s' if (others > 1) and False else ''}",
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


def x_evaluate__mutmut_63(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the national ID is on {others} other farmer{'s' if (others > 1) or True else ''}",
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


def x_evaluate__mutmut_64(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the national ID is on {others} other farmer{'XXsXX' if others > 1 else ''}",
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


def x_evaluate__mutmut_65(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the national ID is on {others} other farmer{'S' if others > 1 else ''}",
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


def x_evaluate__mutmut_66(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the national ID is on {others} other farmer{'s' if others >= 1 else ''}",
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


def x_evaluate__mutmut_67(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the national ID is on {others} other farmer{'s' if others > 2 else ''}",
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


def x_evaluate__mutmut_68(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the national ID is on {others} other farmer{'s' if others > 1 else 'XXXX'}",
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


def x_evaluate__mutmut_69(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        others = None
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


def x_evaluate__mutmut_70(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            None
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


def x_evaluate__mutmut_71(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_72(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_73(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_74(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_75(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_76(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_77(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "XXidentity.shared_phoneXX",
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


def x_evaluate__mutmut_78(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "IDENTITY.SHARED_PHONE",
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


def x_evaluate__mutmut_79(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the phone is on {others} other farmer{'s' if (others > 1) and False else ''}",
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


def x_evaluate__mutmut_80(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the phone is on {others} other farmer{'s' if (others > 1) or True else ''}",
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


def x_evaluate__mutmut_81(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the phone is on {others} other farmer{'XXsXX' if others > 1 else ''}",
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


def x_evaluate__mutmut_82(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the phone is on {others} other farmer{'S' if others > 1 else ''}",
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


def x_evaluate__mutmut_83(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the phone is on {others} other farmer{'s' if others >= 1 else ''}",
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


def x_evaluate__mutmut_84(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the phone is on {others} other farmer{'s' if others > 2 else ''}",
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


def x_evaluate__mutmut_85(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"the phone is on {others} other farmer{'s' if others > 1 else 'XXXX'}",
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


def x_evaluate__mutmut_86(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    if signals.agent_distance_km is not None or signals.agent_distance_km > thresholds.agent_distance_km:
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


def x_evaluate__mutmut_87(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    if signals.agent_distance_km is None and signals.agent_distance_km > thresholds.agent_distance_km:
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


def x_evaluate__mutmut_88(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    if signals.agent_distance_km is not None and signals.agent_distance_km >= thresholds.agent_distance_km:
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


def x_evaluate__mutmut_89(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            None
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


def x_evaluate__mutmut_90(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_91(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_92(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_93(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_94(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_95(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_96(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "XXagent.far_from_villageXX",
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


def x_evaluate__mutmut_97(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "AGENT.FAR_FROM_VILLAGE",
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


def x_evaluate__mutmut_98(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            None
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


def x_evaluate__mutmut_99(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_100(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_101(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_102(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_103(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_104(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_105(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "XXagent.position_missingXX",
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


def x_evaluate__mutmut_106(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "AGENT.POSITION_MISSING",
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


def x_evaluate__mutmut_107(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "XXthe agent sent no position (X-Agent-Position): the distance to the farm was not checkedXX",
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


def x_evaluate__mutmut_108(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "the agent sent no position (x-agent-position): the distance to the farm was not checked",
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


def x_evaluate__mutmut_109(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "THE AGENT SENT NO POSITION (X-AGENT-POSITION): THE DISTANCE TO THE FARM WAS NOT CHECKED",
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


def x_evaluate__mutmut_110(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            None
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


def x_evaluate__mutmut_111(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_112(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_113(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_114(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_115(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_116(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_117(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "XXagent.village_unknownXX",
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


def x_evaluate__mutmut_118(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "AGENT.VILLAGE_UNKNOWN",
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


def x_evaluate__mutmut_119(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "XXthe farmer's village is not a known village: the agent's distance to it was not checkedXX",
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


def x_evaluate__mutmut_120(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "THE FARMER'S VILLAGE IS NOT A KNOWN VILLAGE: THE AGENT'S DISTANCE TO IT WAS NOT CHECKED",
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


def x_evaluate__mutmut_121(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and just_under(signals.amount, signals.limit, thresholds.near_limit_share) or signals.just_under_limit_before + 1 >= thresholds.near_limit_count
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


def x_evaluate__mutmut_122(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and signals.just_under_limit_before is not None or just_under(signals.amount, signals.limit, thresholds.near_limit_share)
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


def x_evaluate__mutmut_123(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and signals.limit is not None or signals.just_under_limit_before is not None
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


def x_evaluate__mutmut_124(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        signals.amount is not None or signals.limit is not None
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


def x_evaluate__mutmut_125(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        signals.amount is None
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


def x_evaluate__mutmut_126(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and signals.limit is None
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


def x_evaluate__mutmut_127(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and signals.just_under_limit_before is None
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


def x_evaluate__mutmut_128(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and just_under(None, signals.limit, thresholds.near_limit_share)
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


def x_evaluate__mutmut_129(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and just_under(signals.amount, None, thresholds.near_limit_share)
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


def x_evaluate__mutmut_130(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and just_under(signals.amount, signals.limit, None)
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


def x_evaluate__mutmut_131(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and just_under(signals.limit, thresholds.near_limit_share)
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


def x_evaluate__mutmut_132(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and just_under(signals.amount, thresholds.near_limit_share)
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


def x_evaluate__mutmut_133(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and just_under(signals.amount, signals.limit, )
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


def x_evaluate__mutmut_134(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and signals.just_under_limit_before - 1 >= thresholds.near_limit_count
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


def x_evaluate__mutmut_135(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and signals.just_under_limit_before + 2 >= thresholds.near_limit_count
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


def x_evaluate__mutmut_136(signals: Signals, thresholds: Thresholds) -> Assessment:
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
        and signals.just_under_limit_before + 1 > thresholds.near_limit_count
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


def x_evaluate__mutmut_137(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            None
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


def x_evaluate__mutmut_138(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_139(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_140(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
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


def x_evaluate__mutmut_141(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_142(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_143(signals: Signals, thresholds: Thresholds) -> Assessment:
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


def x_evaluate__mutmut_144(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "XXamount.just_under_limitXX",
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


def x_evaluate__mutmut_145(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "AMOUNT.JUST_UNDER_LIMIT",
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


def x_evaluate__mutmut_146(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"{signals.just_under_limit_before - 1} amounts in 30 days just under the limit "
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


def x_evaluate__mutmut_147(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"{signals.just_under_limit_before + 2} amounts in 30 days just under the limit "
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


def x_evaluate__mutmut_148(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    if signals.receipt_ceiling is not None and signals.amount is not None or signals.amount > signals.receipt_ceiling:
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


def x_evaluate__mutmut_149(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    if signals.receipt_ceiling is not None or signals.amount is not None and signals.amount > signals.receipt_ceiling:
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


def x_evaluate__mutmut_150(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    if signals.receipt_ceiling is None and signals.amount is not None and signals.amount > signals.receipt_ceiling:
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


def x_evaluate__mutmut_151(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    if signals.receipt_ceiling is not None and signals.amount is None and signals.amount > signals.receipt_ceiling:
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


def x_evaluate__mutmut_152(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    if signals.receipt_ceiling is not None and signals.amount is not None and signals.amount >= signals.receipt_ceiling:
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


def x_evaluate__mutmut_153(signals: Signals, thresholds: Thresholds) -> Assessment:
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
            None
        )
    outcome = max((hit.outcome for hit in hits), key=_SEVERITY.index, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_154(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
                RiskOutcome.REVIEW,
                f"{signals.amount} received, more than the {signals.receipt_ceiling} the loan owes with "
                f"tolerance: refund the excess",
            )
        )
    outcome = max((hit.outcome for hit in hits), key=_SEVERITY.index, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_155(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
                f"{signals.amount} received, more than the {signals.receipt_ceiling} the loan owes with "
                f"tolerance: refund the excess",
            )
        )
    outcome = max((hit.outcome for hit in hits), key=_SEVERITY.index, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_156(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                None,
            )
        )
    outcome = max((hit.outcome for hit in hits), key=_SEVERITY.index, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_157(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                RiskOutcome.REVIEW,
                f"{signals.amount} received, more than the {signals.receipt_ceiling} the loan owes with "
                f"tolerance: refund the excess",
            )
        )
    outcome = max((hit.outcome for hit in hits), key=_SEVERITY.index, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_158(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                f"{signals.amount} received, more than the {signals.receipt_ceiling} the loan owes with "
                f"tolerance: refund the excess",
            )
        )
    outcome = max((hit.outcome for hit in hits), key=_SEVERITY.index, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_159(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                )
        )
    outcome = max((hit.outcome for hit in hits), key=_SEVERITY.index, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_160(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "XXreceipt.above_owedXX",
                RiskOutcome.REVIEW,
                f"{signals.amount} received, more than the {signals.receipt_ceiling} the loan owes with "
                f"tolerance: refund the excess",
            )
        )
    outcome = max((hit.outcome for hit in hits), key=_SEVERITY.index, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_161(signals: Signals, thresholds: Thresholds) -> Assessment:
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
                "RECEIPT.ABOVE_OWED",
                RiskOutcome.REVIEW,
                f"{signals.amount} received, more than the {signals.receipt_ceiling} the loan owes with "
                f"tolerance: refund the excess",
            )
        )
    outcome = max((hit.outcome for hit in hits), key=_SEVERITY.index, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_162(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    outcome = None
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_163(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    outcome = max(None, key=_SEVERITY.index, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_164(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    outcome = max((hit.outcome for hit in hits), key=None, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_165(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    outcome = max((hit.outcome for hit in hits), key=_SEVERITY.index, default=None)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_166(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    outcome = max(key=_SEVERITY.index, default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_167(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    outcome = max((hit.outcome for hit in hits), default=RiskOutcome.ALLOW)
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_168(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    outcome = max((hit.outcome for hit in hits), key=_SEVERITY.index, )
    return Assessment(outcome, tuple(hits))


def x_evaluate__mutmut_169(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    return Assessment(None, tuple(hits))


def x_evaluate__mutmut_170(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    return Assessment(outcome, None)


def x_evaluate__mutmut_171(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    return Assessment(tuple(hits))


def x_evaluate__mutmut_172(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    return Assessment(outcome, )


def x_evaluate__mutmut_173(signals: Signals, thresholds: Thresholds) -> Assessment:
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
    return Assessment(outcome, tuple(None))

mutants_x_evaluate__mutmut['_mutmut_orig'] = x_evaluate__mutmut_orig # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_1'] = x_evaluate__mutmut_1 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_2'] = x_evaluate__mutmut_2 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_3'] = x_evaluate__mutmut_3 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_4'] = x_evaluate__mutmut_4 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_5'] = x_evaluate__mutmut_5 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_6'] = x_evaluate__mutmut_6 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_7'] = x_evaluate__mutmut_7 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_8'] = x_evaluate__mutmut_8 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_9'] = x_evaluate__mutmut_9 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_10'] = x_evaluate__mutmut_10 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_11'] = x_evaluate__mutmut_11 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_12'] = x_evaluate__mutmut_12 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_13'] = x_evaluate__mutmut_13 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_14'] = x_evaluate__mutmut_14 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_15'] = x_evaluate__mutmut_15 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_16'] = x_evaluate__mutmut_16 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_17'] = x_evaluate__mutmut_17 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_18'] = x_evaluate__mutmut_18 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_19'] = x_evaluate__mutmut_19 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_20'] = x_evaluate__mutmut_20 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_21'] = x_evaluate__mutmut_21 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_22'] = x_evaluate__mutmut_22 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_23'] = x_evaluate__mutmut_23 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_24'] = x_evaluate__mutmut_24 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_25'] = x_evaluate__mutmut_25 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_26'] = x_evaluate__mutmut_26 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_27'] = x_evaluate__mutmut_27 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_28'] = x_evaluate__mutmut_28 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_29'] = x_evaluate__mutmut_29 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_30'] = x_evaluate__mutmut_30 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_31'] = x_evaluate__mutmut_31 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_32'] = x_evaluate__mutmut_32 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_33'] = x_evaluate__mutmut_33 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_34'] = x_evaluate__mutmut_34 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_35'] = x_evaluate__mutmut_35 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_36'] = x_evaluate__mutmut_36 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_37'] = x_evaluate__mutmut_37 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_38'] = x_evaluate__mutmut_38 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_39'] = x_evaluate__mutmut_39 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_40'] = x_evaluate__mutmut_40 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_41'] = x_evaluate__mutmut_41 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_42'] = x_evaluate__mutmut_42 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_43'] = x_evaluate__mutmut_43 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_44'] = x_evaluate__mutmut_44 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_45'] = x_evaluate__mutmut_45 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_46'] = x_evaluate__mutmut_46 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_47'] = x_evaluate__mutmut_47 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_48'] = x_evaluate__mutmut_48 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_49'] = x_evaluate__mutmut_49 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_50'] = x_evaluate__mutmut_50 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_51'] = x_evaluate__mutmut_51 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_52'] = x_evaluate__mutmut_52 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_53'] = x_evaluate__mutmut_53 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_54'] = x_evaluate__mutmut_54 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_55'] = x_evaluate__mutmut_55 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_56'] = x_evaluate__mutmut_56 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_57'] = x_evaluate__mutmut_57 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_58'] = x_evaluate__mutmut_58 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_59'] = x_evaluate__mutmut_59 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_60'] = x_evaluate__mutmut_60 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_61'] = x_evaluate__mutmut_61 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_62'] = x_evaluate__mutmut_62 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_63'] = x_evaluate__mutmut_63 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_64'] = x_evaluate__mutmut_64 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_65'] = x_evaluate__mutmut_65 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_66'] = x_evaluate__mutmut_66 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_67'] = x_evaluate__mutmut_67 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_68'] = x_evaluate__mutmut_68 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_69'] = x_evaluate__mutmut_69 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_70'] = x_evaluate__mutmut_70 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_71'] = x_evaluate__mutmut_71 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_72'] = x_evaluate__mutmut_72 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_73'] = x_evaluate__mutmut_73 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_74'] = x_evaluate__mutmut_74 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_75'] = x_evaluate__mutmut_75 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_76'] = x_evaluate__mutmut_76 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_77'] = x_evaluate__mutmut_77 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_78'] = x_evaluate__mutmut_78 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_79'] = x_evaluate__mutmut_79 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_80'] = x_evaluate__mutmut_80 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_81'] = x_evaluate__mutmut_81 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_82'] = x_evaluate__mutmut_82 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_83'] = x_evaluate__mutmut_83 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_84'] = x_evaluate__mutmut_84 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_85'] = x_evaluate__mutmut_85 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_86'] = x_evaluate__mutmut_86 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_87'] = x_evaluate__mutmut_87 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_88'] = x_evaluate__mutmut_88 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_89'] = x_evaluate__mutmut_89 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_90'] = x_evaluate__mutmut_90 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_91'] = x_evaluate__mutmut_91 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_92'] = x_evaluate__mutmut_92 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_93'] = x_evaluate__mutmut_93 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_94'] = x_evaluate__mutmut_94 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_95'] = x_evaluate__mutmut_95 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_96'] = x_evaluate__mutmut_96 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_97'] = x_evaluate__mutmut_97 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_98'] = x_evaluate__mutmut_98 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_99'] = x_evaluate__mutmut_99 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_100'] = x_evaluate__mutmut_100 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_101'] = x_evaluate__mutmut_101 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_102'] = x_evaluate__mutmut_102 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_103'] = x_evaluate__mutmut_103 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_104'] = x_evaluate__mutmut_104 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_105'] = x_evaluate__mutmut_105 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_106'] = x_evaluate__mutmut_106 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_107'] = x_evaluate__mutmut_107 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_108'] = x_evaluate__mutmut_108 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_109'] = x_evaluate__mutmut_109 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_110'] = x_evaluate__mutmut_110 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_111'] = x_evaluate__mutmut_111 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_112'] = x_evaluate__mutmut_112 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_113'] = x_evaluate__mutmut_113 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_114'] = x_evaluate__mutmut_114 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_115'] = x_evaluate__mutmut_115 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_116'] = x_evaluate__mutmut_116 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_117'] = x_evaluate__mutmut_117 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_118'] = x_evaluate__mutmut_118 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_119'] = x_evaluate__mutmut_119 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_120'] = x_evaluate__mutmut_120 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_121'] = x_evaluate__mutmut_121 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_122'] = x_evaluate__mutmut_122 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_123'] = x_evaluate__mutmut_123 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_124'] = x_evaluate__mutmut_124 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_125'] = x_evaluate__mutmut_125 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_126'] = x_evaluate__mutmut_126 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_127'] = x_evaluate__mutmut_127 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_128'] = x_evaluate__mutmut_128 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_129'] = x_evaluate__mutmut_129 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_130'] = x_evaluate__mutmut_130 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_131'] = x_evaluate__mutmut_131 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_132'] = x_evaluate__mutmut_132 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_133'] = x_evaluate__mutmut_133 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_134'] = x_evaluate__mutmut_134 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_135'] = x_evaluate__mutmut_135 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_136'] = x_evaluate__mutmut_136 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_137'] = x_evaluate__mutmut_137 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_138'] = x_evaluate__mutmut_138 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_139'] = x_evaluate__mutmut_139 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_140'] = x_evaluate__mutmut_140 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_141'] = x_evaluate__mutmut_141 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_142'] = x_evaluate__mutmut_142 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_143'] = x_evaluate__mutmut_143 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_144'] = x_evaluate__mutmut_144 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_145'] = x_evaluate__mutmut_145 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_146'] = x_evaluate__mutmut_146 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_147'] = x_evaluate__mutmut_147 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_148'] = x_evaluate__mutmut_148 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_149'] = x_evaluate__mutmut_149 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_150'] = x_evaluate__mutmut_150 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_151'] = x_evaluate__mutmut_151 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_152'] = x_evaluate__mutmut_152 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_153'] = x_evaluate__mutmut_153 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_154'] = x_evaluate__mutmut_154 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_155'] = x_evaluate__mutmut_155 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_156'] = x_evaluate__mutmut_156 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_157'] = x_evaluate__mutmut_157 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_158'] = x_evaluate__mutmut_158 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_159'] = x_evaluate__mutmut_159 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_160'] = x_evaluate__mutmut_160 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_161'] = x_evaluate__mutmut_161 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_162'] = x_evaluate__mutmut_162 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_163'] = x_evaluate__mutmut_163 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_164'] = x_evaluate__mutmut_164 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_165'] = x_evaluate__mutmut_165 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_166'] = x_evaluate__mutmut_166 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_167'] = x_evaluate__mutmut_167 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_168'] = x_evaluate__mutmut_168 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_169'] = x_evaluate__mutmut_169 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_170'] = x_evaluate__mutmut_170 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_171'] = x_evaluate__mutmut_171 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_172'] = x_evaluate__mutmut_172 # type: ignore # mutmut generated
mutants_x_evaluate__mutmut['x_evaluate__mutmut_173'] = x_evaluate__mutmut_173 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_distance_km__mutmut)
def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_orig(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_1(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = None
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_2(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(None, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_3(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, None)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_4(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map((*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_5(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, )
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_6(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = None
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_7(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 - math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_8(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) * 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_9(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin(None) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_10(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) * 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_11(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 + lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_12(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 3) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_13(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 3 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_14(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) / math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_15(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) / math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_16(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(None) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_17(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(None) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_18(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) * 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_19(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(None) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_20(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) * 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_21(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 + lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_22(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 3) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_23(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 3
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_24(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 / math.asin(math.sqrt(h))


def x_distance_km__mutmut_25(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 / 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_26(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 3 * 6371.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_27(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6372.0 * math.asin(math.sqrt(h))


def x_distance_km__mutmut_28(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(None)


def x_distance_km__mutmut_29(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees (haversine, R = 6371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(None))

mutants_x_distance_km__mutmut['_mutmut_orig'] = x_distance_km__mutmut_orig # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_1'] = x_distance_km__mutmut_1 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_2'] = x_distance_km__mutmut_2 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_3'] = x_distance_km__mutmut_3 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_4'] = x_distance_km__mutmut_4 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_5'] = x_distance_km__mutmut_5 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_6'] = x_distance_km__mutmut_6 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_7'] = x_distance_km__mutmut_7 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_8'] = x_distance_km__mutmut_8 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_9'] = x_distance_km__mutmut_9 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_10'] = x_distance_km__mutmut_10 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_11'] = x_distance_km__mutmut_11 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_12'] = x_distance_km__mutmut_12 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_13'] = x_distance_km__mutmut_13 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_14'] = x_distance_km__mutmut_14 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_15'] = x_distance_km__mutmut_15 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_16'] = x_distance_km__mutmut_16 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_17'] = x_distance_km__mutmut_17 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_18'] = x_distance_km__mutmut_18 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_19'] = x_distance_km__mutmut_19 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_20'] = x_distance_km__mutmut_20 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_21'] = x_distance_km__mutmut_21 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_22'] = x_distance_km__mutmut_22 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_23'] = x_distance_km__mutmut_23 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_24'] = x_distance_km__mutmut_24 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_25'] = x_distance_km__mutmut_25 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_26'] = x_distance_km__mutmut_26 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_27'] = x_distance_km__mutmut_27 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_28'] = x_distance_km__mutmut_28 # type: ignore # mutmut generated
mutants_x_distance_km__mutmut['x_distance_km__mutmut_29'] = x_distance_km__mutmut_29 # type: ignore # mutmut generated
