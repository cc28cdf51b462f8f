"""The challenger: a weight-of-evidence (WoE) binned logistic scorecard, the model a credit officer can read.

Per feature, the non-missing values are cut into at most MAX_BINS bins by a shallow decision tree whose leaves hold
at least MIN_BIN_SHARE of the rows (monotone in the feature's known direction, when there is one); missing values
form their own bin. Each bin's WoE = ln(share of goods in the bin / share of defaults in the bin), with SMOOTHING
added to both counts so a bin without defaults stays finite; a bin that was empty in training gets WoE 0 (no
evidence). Information Value = sum of (share of goods - share of defaults) * WoE. A logistic regression on the WoE
matrix gives the PD. Everything needed to predict is in `to_dict()` (JSON), so the challenger can be replayed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier

MAX_BINS = 6
MIN_BIN_SHARE = 0.05
SMOOTHING = 0.5


@dataclass
class FeatureBins:
    """Cut points (a value v falls in bin i when edges[i-1] < v <= edges[i]), WoE per bin and for a missing value."""

    edges: list[float]
    woe: list[float]
    missing_woe: float

    def transform(self, values: np.ndarray) -> np.ndarray:
        missing = np.isnan(values)
        index = np.searchsorted(np.asarray(self.edges, dtype=np.float64), np.where(missing, 0.0, values), side="left")
        return np.where(missing, self.missing_woe, np.asarray(self.woe, dtype=np.float64)[index])


def _cut_points(values: np.ndarray, y: np.ndarray, direction: int, seed: int) -> list[float]:
    present = ~np.isnan(values)
    if present.sum() < 2 or np.unique(values[present]).size < 2:
        return []
    tree = DecisionTreeClassifier(
        max_leaf_nodes=MAX_BINS,
        min_samples_leaf=max(1, int(MIN_BIN_SHARE * values.size)),
        monotonic_cst=[direction] if direction else None,
        random_state=seed,
    )
    tree.fit(values[present].reshape(-1, 1), y[present])
    split = tree.tree_.feature >= 0  # internal nodes; leaves have feature -2
    # sklearn sends v <= threshold left, which matches searchsorted(side="left") on the same cut points.
    return sorted(float(t) for t in np.unique(tree.tree_.threshold[split]))


def _woe(y: np.ndarray, in_bin: np.ndarray, goods: int, bads: int, bins: int) -> tuple[float, float]:
    """(WoE, IV term) of one bin."""
    bin_goods = float(np.sum(in_bin & (y == 0)))
    bin_bads = float(np.sum(in_bin & (y == 1)))
    if bin_goods + bin_bads == 0:
        return 0.0, 0.0
    good_share = (bin_goods + SMOOTHING) / (goods + SMOOTHING * bins)
    bad_share = (bin_bads + SMOOTHING) / (bads + SMOOTHING * bins)
    woe = float(np.log(good_share / bad_share))
    return woe, (good_share - bad_share) * woe


@dataclass
class Scorecard:
    feature_names: list[str] = field(default_factory=list)
    bins: dict[str, FeatureBins] = field(default_factory=dict)
    iv: dict[str, float] = field(default_factory=dict)
    coefficients: list[float] = field(default_factory=list)
    intercept: float = 0.0

    def fit(
        self, X, y, feature_names: Sequence[str], monotone: Mapping[str, int] | None = None, seed: int = 7
    ) -> Scorecard:
        """Bin every feature, compute WoE and IV, and fit the logistic regression. Returns self."""
        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y).astype(np.int64).ravel()
        if X.shape != (y.size, len(feature_names)):
            raise ValueError(f"X has shape {X.shape}, expected ({y.size}, {len(feature_names)})")
        monotone = monotone or {}
        goods, bads = int((y == 0).sum()), int((y == 1).sum())
        self.feature_names, self.bins, self.iv = list(feature_names), {}, {}
        for column, name in enumerate(self.feature_names):
            values = X[:, column]
            edges = _cut_points(values, y, monotone.get(name, 0), seed)
            missing = np.isnan(values)
            index = np.searchsorted(np.asarray(edges), np.where(missing, 0.0, values), side="left")
            count = len(edges) + 2  # value bins + the missing bin
            terms = [_woe(y, ~missing & (index == i), goods, bads, count) for i in range(len(edges) + 1)]
            missing_woe, missing_iv = _woe(y, missing, goods, bads, count)
            self.bins[name] = FeatureBins(edges, [woe for woe, _ in terms], missing_woe)
            self.iv[name] = round(sum(iv for _, iv in terms) + missing_iv, 4)
        regression = LogisticRegression(C=1.0, max_iter=1000)
        regression.fit(self.woe_matrix(X), y)
        self.coefficients = [float(c) for c in regression.coef_[0]]
        self.intercept = float(regression.intercept_[0])
        return self

    def woe_matrix(self, X) -> np.ndarray:
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != len(self.feature_names):
            raise ValueError(f"X has shape {X.shape} but the scorecard has {len(self.feature_names)} features")
        return np.column_stack(
            [self.bins[name].transform(X[:, column]) for column, name in enumerate(self.feature_names)]
        )

    def predict_pd(self, X) -> np.ndarray:
        """Probability of default per row."""
        logit = self.woe_matrix(X) @ np.asarray(self.coefficients) + self.intercept
        return 1.0 / (1.0 + np.exp(-logit))

    def to_dict(self) -> dict:
        return {
            "features": self.feature_names,
            "bins": {
                name: {"edges": b.edges, "woe": b.woe, "missing_woe": b.missing_woe} for name, b in self.bins.items()
            },
            "iv": self.iv,
            "coefficients": self.coefficients,
            "intercept": self.intercept,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> Scorecard:
        return cls(
            feature_names=list(data["features"]),
            bins={
                name: FeatureBins(list(b["edges"]), list(b["woe"]), float(b["missing_woe"]))
                for name, b in data["bins"].items()
            },
            iv=dict(data["iv"]),
            coefficients=list(data["coefficients"]),
            intercept=float(data["intercept"]),
        )
