"""Population stability: how far today's scores (PSI) and features (CSI) have moved from the training baseline.

Bins are fixed on the baseline (quantile cut points of its non-missing values) and reused on new data, so both
distributions are counted over the same intervals. Bin i of `shares(values, edges)` holds the values in
(edges[i-1], edges[i]] with -inf/+inf at the ends; the last share is always the missing (NaN) bin.

    PSI = sum over bins of (actual - expected) * ln(actual / expected)

Rule of thumb used by credit-risk teams: < 0.10 stable, 0.10-0.25 watch, >= 0.25 drift (rebuild or investigate).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

EPSILON = 1e-4  # share given to an empty bin so that ln(actual / expected) stays finite
WATCH = 0.10
DRIFT = 0.25


def bin_edges(values, bins: int = 10) -> list[float]:
    """Interior cut points at the baseline's quantiles (duplicates removed; NaN ignored; [] if all missing)."""
    values = np.asarray(values, dtype=np.float64).ravel()
    present = values[~np.isnan(values)]
    if present.size == 0:
        return []
    cuts = np.quantile(present, np.arange(1, bins) / bins)
    return [float(edge) for edge in np.unique(cuts)]


def shares(values, edges: Sequence[float]) -> list[float]:
    """Share of `values` in each of the len(edges)+1 intervals, then the share that is NaN (len(edges)+2 total)."""
    values = np.asarray(values, dtype=np.float64).ravel()
    if values.size == 0:
        raise ValueError("no values to count")
    missing = np.isnan(values)
    index = np.searchsorted(np.asarray(edges, dtype=np.float64), values[~missing], side="left")
    counts = np.bincount(index, minlength=len(edges) + 1).tolist() + [int(missing.sum())]
    return [count / values.size for count in counts]


def psi(expected_shares: Sequence[float], actual_shares: Sequence[float]) -> float:
    """Population stability index between two share vectors over the same bins (empty bins get EPSILON)."""
    expected = np.clip(np.asarray(expected_shares, dtype=np.float64), EPSILON, None)
    actual = np.clip(np.asarray(actual_shares, dtype=np.float64), EPSILON, None)
    if expected.shape != actual.shape:
        raise ValueError(f"{expected.size} expected shares but {actual.size} actual shares")
    return float(np.sum((actual - expected) * np.log(actual / expected)))


def status(value: float) -> str:
    """ "stable" below 0.10, "watch" from 0.10 to below 0.25, "drift" from 0.25."""
    if value >= DRIFT:
        return "drift"
    if value >= WATCH:
        return "watch"
    return "stable"


def baseline(scores, X, feature_names: Sequence[str], bins: int = 10) -> dict:
    """The reference distributions stored with a model: score and per-feature edges and expected shares."""
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] != len(feature_names):
        raise ValueError(f"X has shape {X.shape} but there are {len(feature_names)} feature names")
    score_edges = bin_edges(scores, bins)
    features = {}
    for column, name in enumerate(feature_names):
        edges = bin_edges(X[:, column], bins)
        features[name] = {"edges": edges, "shares": shares(X[:, column], edges)}
    return {
        "n": int(X.shape[0]),
        "score": {"edges": score_edges, "shares": shares(scores, score_edges)},
        "features": features,
        "feature_order": list(feature_names),
    }


def drift(reference: dict, scores, X) -> dict:
    """PSI of the scores and CSI of each feature against `reference` (a `baseline` dict); X columns in its order.

    Returns {"psi", "status", "csi": {feature: {"csi", "status"}}, "n"}, values rounded to 4 places.
    """
    X = np.asarray(X, dtype=np.float64)
    names = reference["feature_order"]
    if X.ndim != 2 or X.shape[1] != len(names):
        raise ValueError(f"X has shape {X.shape} but the baseline has {len(names)} features")
    score_psi = psi(reference["score"]["shares"], shares(scores, reference["score"]["edges"]))
    csi = {}
    for column, name in enumerate(names):
        expected = reference["features"][name]
        value = psi(expected["shares"], shares(X[:, column], expected["edges"]))
        csi[name] = {"csi": round(value, 4), "status": status(value)}
    return {"psi": round(score_psi, 4), "status": status(score_psi), "csi": csi, "n": int(X.shape[0])}
