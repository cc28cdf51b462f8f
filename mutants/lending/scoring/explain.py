"""Scores and reasons (DESIGN.md §5): PD to a 300-850 score by PDO scaling, and the features that cost the most.

    score = OFFSET - FACTOR * logit(pd)      FACTOR = 40 / ln 2, OFFSET = 600 - FACTOR * ln 50

so good:bad odds of 50:1 (pd = 1/51) score 600 and every doubling of the odds adds 40 points (100:1 -> 640).
The calibrated log-odds is a sum of per-feature contributions plus a bias (`Model.contributions`), so the score
splits into base points (OFFSET - FACTOR * bias) plus -FACTOR * contribution per feature. A feature with negative
points pushed the score down; the four most negative are the farmer's reasons.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .model import Model

FACTOR = 40 / math.log(2)
OFFSET = 600 - FACTOR * math.log(50)
MIN_SCORE, MAX_SCORE = 300, 850
REASON_COUNT = 4


# Codes are stable: a code, once given out, always means the same feature. Add new features at the end. Their words,
# in every language, are in lending/i18n/reasons.py.
REASON_CODES: dict[str, str] = {
    "leased_area_mu": "R01",
    "lease_years_remaining": "R02",
    "lease_expiring_share": "R03",
    "rent_per_mu": "R04",
    "late_rent_share": "R05",
    "registered_share": "R06",
    "revenue_12m": "R07",
    "revenue_per_mu": "R08",
    "revenue_trend": "R09",
    "revenue_volatility": "R10",
    "buyer_count_24m": "R11",
    "top_buyer_share": "R12",
    "traceable_share": "R13",
    "months_since_last_sale": "R14",
    "sales_history_months": "R15",
    "equipment_value": "R16",
    "subsidy_share": "R17",
    "financed_share": "R18",
    "equipment_debt": "R19",
    "debt_service_ratio": "R20",
    "age": "R21",
    "household_size": "R22",
    "prior_loans": "R23",
    "worst_days_past_due": "R24",
}


def reason_code(feature: str) -> str:
    """The stable reason code of a feature; X-<feature> for a feature not yet in REASON_CODES."""
    return REASON_CODES.get(feature, f"X-{feature}")


def unrounded_scores(logit) -> np.ndarray:
    """OFFSET - FACTOR * calibrated log-odds of default, before rounding and clamping."""
    return OFFSET - FACTOR * np.asarray(logit, dtype=np.float64)


def scores_from_logit(logit) -> np.ndarray:
    """Integer scores: round half to even, then clamp to [300, 850]."""
    return np.clip(np.rint(unrounded_scores(logit)), MIN_SCORE, MAX_SCORE).astype(np.int64)


def score_from_pd(pd: float) -> int:
    """The integer score of one probability of default (0 < pd < 1)."""
    return int(scores_from_logit(math.log(pd / (1 - pd))))


@dataclass(frozen=True)
class Explanation:
    """One decision's score and why.

    `points` are rounded to cents; `base_points` = score - sum(points) so that, to the cent,
    base_points + sum(points.values()) == score. The base therefore absorbs both the rounding of the points and
    the clamp to [300, 850]; `unrounded_score` is the score before rounding and clamping.
    """

    pd: float
    score: int
    unrounded_score: float
    base_points: float
    points: dict[str, float]
    reasons: list[dict]


def explain(model: Model, x_row) -> Explanation:
    """Score, points per feature and the (up to) four reasons that cost the most, for one row of features."""
    row = np.asarray(x_row, dtype=np.float64).reshape(1, -1)
    logit = float(model.logit(row)[0])
    unrounded = float(unrounded_scores(logit))
    score = int(scores_from_logit(logit))
    contributions = model.contributions(row)[0]
    raw_points = -FACTOR * contributions[:-1]
    cents = {name: int(round(p * 100)) for name, p in zip(model.feature_names, raw_points)}
    base_cents = score * 100 - sum(cents.values())
    order = sorted(range(len(model.feature_names)), key=lambda j: (raw_points[j], j))
    reasons = []
    for j in order[:REASON_COUNT]:
        name = model.feature_names[j]
        if cents[name] >= 0:
            break
        value = float(row[0, j])
        reasons.append(
            {
                "code": reason_code(name),
                "feature": name,
                "points": cents[name] / 100,
                "value": None if math.isnan(value) else value,
            }
        )
    return Explanation(
        pd=1.0 / (1.0 + math.exp(-logit)),
        score=score,
        unrounded_score=unrounded,
        base_points=base_cents / 100,
        points={name: c / 100 for name, c in cents.items()},
        reasons=reasons,
    )


@dataclass(frozen=True)
class BatchExplanation:
    """Per row: PD, score and the codes of up to four reasons (most costly first)."""

    pd: np.ndarray
    score: np.ndarray
    reason_codes: list[list[str]]


def explain_many(model: Model, X) -> BatchExplanation:
    """`explain` for many rows at once, without the per-feature points (for batch scoring)."""
    X = np.asarray(X, dtype=np.float64)
    logit = model.logit(X)
    raw_points = -FACTOR * model.contributions(X)[:, :-1]
    order = np.argsort(raw_points, axis=1, kind="stable")[:, :REASON_COUNT]
    costly = np.rint(np.take_along_axis(raw_points, order, axis=1) * 100) < 0  # negative once rounded to cents
    codes = np.array([reason_code(name) for name in model.feature_names], dtype=object)[order]
    reason_codes = [list(row_codes[row_costly]) for row_codes, row_costly in zip(codes, costly)]
    return BatchExplanation(pd=1.0 / (1.0 + np.exp(-logit)), score=scores_from_logit(logit), reason_codes=reason_codes)
