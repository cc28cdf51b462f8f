import json
import math

import numpy as np
import pytest

from lending.scoring import monitor


def test_bin_edges_are_quantiles_of_present_values():
    values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, math.nan]
    assert monitor.bin_edges(values, bins=2) == [5.5]  # the median of 1..10
    assert monitor.bin_edges([0, 0, 0, 1], bins=4) == [0.0, 0.25]  # duplicate cut points collapse
    assert monitor.bin_edges([math.nan, math.nan]) == []


def test_shares_put_missing_values_in_their_own_last_bin():
    # Edge 2: (-inf, 2] holds 1 and 2, (2, inf) holds 3, the NaN bin holds one of four values.
    assert monitor.shares([1, 2, 3, math.nan], [2]) == [0.5, 0.25, 0.25]


def test_psi_two_bin_example():
    # (.25 - .5) * ln(.25/.5) + (.75 - .5) * ln(.75/.5) = .25 ln 2 + .25 ln 1.5 = .1733 + .1014 = .2747
    assert monitor.psi([0.5, 0.5], [0.25, 0.75]) == pytest.approx(0.27465, abs=1e-5)


def test_psi_is_zero_for_the_same_shares_and_finite_for_an_empty_bin():
    assert monitor.psi([0.2, 0.3, 0.5], [0.2, 0.3, 0.5]) == 0.0
    assert math.isfinite(monitor.psi([0.5, 0.5, 0.0], [0.4, 0.4, 0.2]))


@pytest.mark.parametrize(
    "value, expected",
    [(0.0, "stable"), (0.0999, "stable"), (0.10, "watch"), (0.2499, "watch"), (0.25, "drift"), (1.3, "drift")],
)
def test_status_thresholds(value, expected):
    assert monitor.status(value) == expected


def test_drift_flags_only_the_feature_that_moved():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(5000, 2))
    scores = rng.integers(300, 851, 5000)
    reference = json.loads(json.dumps(monitor.baseline(scores, X, ["steady", "moving"])))  # survives JSON
    later = rng.normal(size=(5000, 2))
    later[:, 1] += 1.0
    later[:500, 0] = np.nan  # 10% newly missing is also a shift
    report = monitor.drift(reference, rng.integers(300, 851, 5000), later)
    assert report["status"] == "stable" and report["n"] == 5000
    assert report["csi"]["moving"]["status"] == "drift"
    assert report["csi"]["steady"]["status"] in ("watch", "drift")
    same = monitor.drift(reference, scores, X)
    assert same["psi"] == 0.0 and all(f["csi"] == 0.0 for f in same["csi"].values())


def test_drift_rejects_a_matrix_with_other_columns():
    reference = monitor.baseline([600, 610], np.zeros((2, 2)), ["a", "b"])
    with pytest.raises(ValueError, match="2 features"):
        monitor.drift(reference, [600], np.zeros((1, 3)))
