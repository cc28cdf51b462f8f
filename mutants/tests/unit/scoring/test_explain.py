import math
import re

import numpy as np
import pytest

from lending.scoring import explain, features
from tests.unit.scoring.test_model import FEATURE_NAMES, synthetic_population, train_synthetic


@pytest.fixture(scope="module")
def trained():
    return train_synthetic().model


def test_scaling_constants():
    # FACTOR = 40 / ln 2 = 57.7078; OFFSET = 600 - 57.7078 * ln 50 = 600 - 57.7078 * 3.91202 = 374.2458
    assert explain.FACTOR == pytest.approx(57.7078, abs=1e-4)
    assert explain.OFFSET == pytest.approx(374.2458, abs=1e-4)


@pytest.mark.parametrize("good_to_bad_odds, score", [(50, 600), (100, 640), (25, 560), (200, 680), (12.5, 520)])
def test_score_is_600_at_odds_50_to_1_and_40_points_per_doubling(good_to_bad_odds, score):
    assert explain.score_from_pd(1 / (good_to_bad_odds + 1)) == score


def test_score_is_clamped_to_300_850():
    assert explain.score_from_pd(1e-9) == 850
    assert explain.score_from_pd(0.999) == 300


def test_points_add_up_to_the_score_to_the_cent(trained):
    X, _ = synthetic_population(n=300, seed=11)
    for row in X:
        result = explain.explain(trained, row)
        cents = round(result.base_points * 100) + sum(round(points * 100) for points in result.points.values())
        assert cents == result.score * 100
        assert math.fsum([result.base_points, *result.points.values()]) == pytest.approx(result.score, abs=1e-9)
        assert result.score == min(850, max(300, round(result.unrounded_score)))


def test_unrounded_score_is_the_pdo_transform_of_the_pd(trained):
    X, _ = synthetic_population(n=20, seed=12)
    result = explain.explain(trained, X[0])
    logit = math.log(result.pd / (1 - result.pd))
    assert result.unrounded_score == pytest.approx(explain.OFFSET - explain.FACTOR * logit, abs=1e-6)
    assert result.pd == pytest.approx(float(trained.predict_pd(X[:1])[0]), rel=1e-12)


def test_reasons_are_the_most_costly_features_only(trained):
    X, _ = synthetic_population(n=200, seed=13)
    for row in X:
        result = explain.explain(trained, row)
        costs = sorted((points, name) for name, points in result.points.items() if points < 0)
        assert [reason["feature"] for reason in result.reasons] == [name for _, name in costs[:4]]
        for reason in result.reasons:
            column = FEATURE_NAMES.index(reason["feature"])
            assert reason["points"] == result.points[reason["feature"]] < 0
            assert reason["value"] is None if math.isnan(row[column]) else reason["value"] == row[column]


def test_a_risky_farmer_is_told_about_late_rent():
    trained = train_synthetic().model
    row = np.array([0.95, 0.5, 1.0, 0.0])  # rent nearly always late, little revenue, one buyer
    result = explain.explain(trained, row)
    assert result.reasons[0]["feature"] in {"late_rent_share", "revenue_12m"}
    assert "late_rent_share" in [reason["feature"] for reason in result.reasons]
    assert result.score < 560


def test_batch_agrees_with_one_at_a_time(trained):
    X, _ = synthetic_population(n=100, seed=14)
    batch = explain.explain_many(trained, X)
    for i, row in enumerate(X):
        one = explain.explain(trained, row)
        assert batch.score[i] == one.score
        assert batch.pd[i] == pytest.approx(one.pd, rel=1e-12)
        assert batch.reason_codes[i] == [reason["code"] for reason in one.reasons]


def test_every_feature_has_a_reason_with_a_unique_code():
    assert set(features.FEATURES) <= set(explain.REASON_CODES)
    codes = list(explain.REASON_CODES.values())
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"R\d\d", code) for code in codes)
    assert explain.reason_code("late_rent_share") == "R05"


def test_a_feature_without_a_code_gets_one_from_its_name():
    assert explain.reason_code("soil_ph") == "X-soil_ph"
