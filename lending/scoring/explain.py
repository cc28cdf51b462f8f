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


@dataclass(frozen=True)
class Reason:
    code: str
    en: str
    zh: str
    en_missing: str
    zh_missing: str


_NO_LEASE = ("No running land-transfer contract on record", "无在期土地流转合同记录")
_NO_SALES = ("No crop sales on record", "无农产品销售记录")
_NO_MACHINE = ("No farm machinery purchase on record", "无农机购置记录")

# Codes are stable: a code, once given out, always means the same feature. Add new features at the end.
REASONS: dict[str, Reason] = {
    "leased_area_mu": Reason("R01", "Little land farmed under land-transfer contracts", "流转经营的土地面积较小",
                             "No land-transfer contract on record", "无土地流转合同记录"),
    "lease_years_remaining": Reason("R02", "Few years left on the land-transfer contracts", "土地流转合同剩余年限较短",
                                    *_NO_LEASE),
    "lease_expiring_share": Reason("R03", "Much of the leased land's contracts end within a year",
                                   "较多流转土地的合同将在一年内到期", *_NO_LEASE),
    "rent_per_mu": Reason("R04", "Rent level of the leased land", "流转土地的租金水平", *_NO_LEASE),
    "late_rent_share": Reason("R05", "Rent payments were often late", "土地流转租金多次逾期支付",
                              "No rent payment history on record", "无土地流转租金支付记录"),
    "registered_share": Reason("R06", "Land-transfer contracts are not registered with the township",
                               "土地流转合同未在乡镇备案", *_NO_LEASE),
    "revenue_12m": Reason("R07", "Low crop sales in the last 12 months", "近12个月农产品销售收入较低", *_NO_SALES),
    "revenue_per_mu": Reason("R08", "Low crop sales per mu of leased land", "每亩流转土地的农产品销售收入较低",
                             "No crop sales or leased land on record", "无农产品销售或流转土地记录"),
    "revenue_trend": Reason("R09", "Crop sales fell compared with the year before", "农产品销售收入比上一年下降",
                            "Less than two years of crop sales on record", "农产品销售记录不足两年"),
    "revenue_volatility": Reason("R10", "Crop income changes a lot from season to season", "各季农产品收入波动较大",
                                 "Not enough seasons of crop sales on record", "农产品销售季数不足"),
    "buyer_count_24m": Reason("R11", "Crops were sold to few different buyers", "农产品买家数量较少", *_NO_SALES),
    "top_buyer_share": Reason("R12", "Most crop income came from one buyer", "大部分农产品收入来自单一买家",
                              *_NO_SALES),
    "traceable_share": Reason("R13", "Little crop income was paid through a bank or co-op",
                              "经银行或合作社结算的农产品收入较少", *_NO_SALES),
    "months_since_last_sale": Reason("R14", "A long time since the last crop sale", "距上次农产品销售时间较长",
                                     *_NO_SALES),
    "sales_history_months": Reason("R15", "Crop sales on record cover only a short time", "农产品销售记录时间较短",
                                   *_NO_SALES),
    "equipment_value": Reason("R16", "Value of the farm machinery owned", "拥有的农机价值", *_NO_MACHINE),
    "subsidy_share": Reason("R17", "Share of machinery cost covered by the state subsidy", "农机购置补贴占比",
                            *_NO_MACHINE),
    "financed_share": Reason("R18", "Much of the farm machinery was bought on credit", "较多农机为贷款购置",
                             *_NO_MACHINE),
    "equipment_debt": Reason("R19", "Debt still owed on farm machinery", "农机贷款尚未还清", *_NO_MACHINE),
    "debt_service_ratio": Reason("R20", "Machinery loan payments are high compared with crop income",
                                 "农机贷款还款额相对农产品收入较高",
                                 "No crop income on record to set against machinery loan payments",
                                 "无农产品收入记录，无法覆盖农机贷款还款"),
    "age": Reason("R21", "Age of the borrower", "借款人年龄", "Year of birth not on record", "无出生年份记录"),
    "household_size": Reason("R22", "Household size", "家庭人口数", "Household size not on record", "无家庭人口记录"),
    "prior_loans": Reason("R23", "Number of earlier loans with us", "在本机构的既往贷款笔数",
                          "No earlier loans with us", "在本机构无既往贷款"),
    "worst_days_past_due": Reason("R24", "Earlier loans with us were repaid late", "在本机构的既往贷款曾逾期还款",
                                  "No repayment history with us", "在本机构无还款记录"),
}


def reason_for(feature: str) -> Reason:
    """The reason of a feature; a generic one built from the name for a feature not yet in REASONS."""
    if feature in REASONS:
        return REASONS[feature]
    words = feature.replace("_", " ")
    return Reason(f"X-{feature}", f"{words[:1].upper()}{words[1:]}", f"指标：{feature}",
                  f"{words[:1].upper()}{words[1:]} not on record", f"无{feature}记录")


_BY_CODE = {reason.code: reason for reason in REASONS.values()}


def reason_text(code_or_feature: str, value_is_missing: bool, language: str = "zh") -> str:
    """Plain-language text of a reason code (or feature name), in "zh" or "en"."""
    if language not in ("zh", "en"):
        raise ValueError(f"language must be 'zh' or 'en', not {language!r}")
    if code_or_feature.startswith("X-"):
        code_or_feature = code_or_feature[2:]
    reason = _BY_CODE.get(code_or_feature) or reason_for(code_or_feature)
    return getattr(reason, f"{language}_missing" if value_is_missing else language)


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


def explain(model: "Model", x_row) -> Explanation:
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
        reasons.append({"code": reason_for(name).code, "feature": name, "points": cents[name] / 100,
                        "value": None if math.isnan(value) else value})
    return Explanation(pd=1.0 / (1.0 + math.exp(-logit)), score=score, unrounded_score=unrounded,
                       base_points=base_cents / 100, points={name: c / 100 for name, c in cents.items()},
                       reasons=reasons)


@dataclass(frozen=True)
class BatchExplanation:
    """Per row: PD, score and the codes of up to four reasons (most costly first)."""
    pd: np.ndarray
    score: np.ndarray
    reason_codes: list[list[str]]


def explain_many(model: "Model", X) -> BatchExplanation:
    """`explain` for many rows at once, without the per-feature points (for batch scoring)."""
    X = np.asarray(X, dtype=np.float64)
    logit = model.logit(X)
    raw_points = -FACTOR * model.contributions(X)[:, :-1]
    order = np.argsort(raw_points, axis=1, kind="stable")[:, :REASON_COUNT]
    costly = np.rint(np.take_along_axis(raw_points, order, axis=1) * 100) < 0   # negative once rounded to cents
    codes = np.array([reason_for(name).code for name in model.feature_names], dtype=object)[order]
    reason_codes = [list(row_codes[row_costly]) for row_codes, row_costly in zip(codes, costly)]
    return BatchExplanation(pd=1.0 / (1.0 + np.exp(-logit)), score=scores_from_logit(logit), reason_codes=reason_codes)
