"""Discrimination and calibration measures for a PD model: AUC, KS and the Brier score.

`y` is 1 for a default (a "bad"), 0 for a good; `p` is the predicted probability of default (any score that
ranks riskier borrowers higher works for AUC and KS).
"""

from __future__ import annotations

import numpy as np
from sklearn.metrics import roc_auc_score, roc_curve


def _arrays(y, p) -> tuple[np.ndarray, np.ndarray]:
    y = np.asarray(y, dtype=np.float64).ravel()
    p = np.asarray(p, dtype=np.float64).ravel()
    if y.shape != p.shape:
        raise ValueError(f"y has {y.size} values but p has {p.size}")
    if not np.isin(y, (0.0, 1.0)).all():
        raise ValueError("y must be 0 (good) or 1 (default)")
    if (y == 1).sum() == 0 or (y == 0).sum() == 0:
        raise ValueError("y needs both goods and defaults")
    return y, p


def auc(y, p) -> float:
    """Chance that a random defaulter gets a higher PD than a random good borrower (ties count half)."""
    y, p = _arrays(y, p)
    return float(roc_auc_score(y, p))


def ks(y, p) -> float:
    """Kolmogorov-Smirnov: the largest gap between the PD distributions (CDFs) of defaulters and goods."""
    y, p = _arrays(y, p)
    false_positive_rate, true_positive_rate, _ = roc_curve(y, p)
    return float(np.max(true_positive_rate - false_positive_rate))


def brier(y, p) -> float:
    """Mean squared error of the PD against the 0/1 outcome: lower is better, 0 is perfect."""
    y, p = _arrays(y, p)
    return float(np.mean((p - y) ** 2))


def evaluate(y, p) -> dict:
    """{"auc", "ks", "brier", "n"}: the three measures rounded to 4 places, and the number of rows."""
    y, p = _arrays(y, p)
    return {"auc": round(auc(y, p), 4), "ks": round(ks(y, p), 4), "brier": round(brier(y, p), 4), "n": int(y.size)}
