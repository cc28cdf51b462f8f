import datetime as dt
import json
import re
from itertools import islice
from pathlib import Path

import numpy as np
import pytest

from lending.scoring import features, metrics, model

FEATURE_NAMES = ["late_rent_share", "revenue_12m", "buyer_count", "noise"]
MONOTONE = {"late_rent_share": +1, "revenue_12m": -1}
SEED_FARMERS = Path(__file__).resolve().parents[3] / "seeds" / "farmers.jsonl"


def synthetic_population(n: int = 6000, seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Default log-odds = -1.9 + 3 * late share - 0.8 * revenue (10k yuan) - 0.3 * buyers: ~5% default; 10% NaN."""
    rng = np.random.default_rng(seed)
    late = rng.beta(1, 4, n)
    revenue = rng.gamma(2.0, 1.0, n)
    buyers = rng.integers(1, 5, n).astype(np.float64)
    noise = rng.normal(size=n)
    logit = -1.9 + 3.0 * late - 0.8 * revenue - 0.3 * buyers
    y = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(np.int64)
    X = np.column_stack([late, revenue, buyers, noise])
    X[rng.random(X.shape) < 0.10] = np.nan
    return X, y


def train_synthetic(**kwargs) -> model.TrainResult:
    X, y = synthetic_population()
    # One thread: on a few thousand rows threads gain nothing, and a busy 2-core machine makes them stall.
    return model.train(X, y, feature_names=FEATURE_NAMES, monotone=MONOTONE, nthread=1, **kwargs)


@pytest.fixture(scope="module")
def population():
    return synthetic_population()


@pytest.fixture(scope="module")
def trained():
    return train_synthetic(created_at=dt.datetime(2026, 11, 23, 8, 30, 5, tzinfo=dt.UTC))


def test_split_is_stratified_disjoint_and_repeatable():
    y = np.array([1] * 100 + [0] * 900)
    rows = model.split(y, seed=7)
    assert {name: idx.size for name, idx in rows.items()} == {
        "train": 600,
        "validation": 150,
        "calibration": 100,
        "holdout": 150,
    }
    assert {name: int(y[idx].sum()) for name, idx in rows.items()} == {
        "train": 60,
        "validation": 15,
        "calibration": 10,
        "holdout": 15,
    }
    assert np.array_equal(np.sort(np.concatenate(list(rows.values()))), np.arange(1000))
    again = model.split(y, seed=7)
    assert all(np.array_equal(rows[name], again[name]) for name in rows)
    assert not np.array_equal(rows["holdout"], model.split(y, seed=8)["holdout"])


def test_platt_recovers_known_slope_and_intercept():
    rng = np.random.default_rng(0)
    margin = rng.normal(-2, 1.5, 50000)
    y = (rng.random(50000) < 1 / (1 + np.exp(-(0.7 * margin - 0.4)))).astype(float)
    a, b = model._platt(margin, y)
    assert a == pytest.approx(0.7, abs=0.03)
    assert b == pytest.approx(-0.4, abs=0.06)


def test_pd_never_falls_as_late_rent_share_rises_and_never_rises_with_revenue(trained, population):
    X, _ = population
    sweep = np.linspace(0, 1, 21)
    for row in X[:50]:
        grid = np.repeat(row[None, :], sweep.size, axis=0)
        grid[:, 0] = sweep
        assert np.all(np.diff(trained.model.predict_pd(grid)) >= 0)
        grid = np.repeat(row[None, :], sweep.size, axis=0)
        grid[:, 1] = sweep * 8
        assert np.all(np.diff(trained.model.predict_pd(grid)) <= 0)


def test_calibrated_pd_matches_the_holdout_default_rate(trained, population):
    X, y = population
    holdout = model.split(y, seed=7)["holdout"]
    assert trained.model.predict_pd(X[holdout]).mean() == pytest.approx(y[holdout].mean(), abs=0.02)


def test_contributions_add_up_to_the_calibrated_log_odds(trained, population):
    X, _ = population
    contributions = trained.model.contributions(X[:200])
    assert contributions.shape == (200, len(FEATURE_NAMES) + 1)
    np.testing.assert_allclose(contributions.sum(axis=1), trained.model.logit(X[:200]), atol=1e-5)
    np.testing.assert_allclose(
        trained.model.logit(X[:200]),
        trained.model.calibration_a * trained.model.margin(X[:200]) + trained.model.calibration_b,
        rtol=1e-12,
    )


def test_metadata_records_split_metrics_version_and_baseline(trained):
    metadata = json.loads(json.dumps(trained.model.metadata))  # JSON-serialisable as is
    assert metadata["features"] == FEATURE_NAMES
    assert metadata["monotone"] == MONOTONE
    assert metadata["created_at"] == "2026-11-23T08:30:05Z"
    assert re.fullmatch(r"20261123-083005-[0-9a-f]{8}", metadata["version"])
    assert metadata["version"].endswith(metadata["data_hash"][:8])
    assert metadata["training"]["rows"] == {"train": 3600, "validation": 900, "calibration": 600, "holdout": 900}
    assert metadata["training"]["best_iteration"] >= 1
    assert set(metadata["metrics"]) == {"champion", "challenger"}
    assert metadata["metrics"]["champion"]["n"] == 900
    assert metadata["baseline"]["n"] == 900
    assert set(metadata["baseline"]["features"]) == set(FEATURE_NAMES)
    assert metadata["baseline"]["features"]["noise"]["shares"][-1] == pytest.approx(0.1, abs=0.03)  # NaN bin


def test_both_models_beat_chance_and_the_summary_names_them(trained):
    champion = trained.model.metadata["metrics"]["champion"]
    challenger = trained.model.metadata["metrics"]["challenger"]
    assert champion["auc"] > 0.7 and challenger["auc"] > 0.7
    assert trained.champion_wins == (champion["auc"] > challenger["auc"])
    table = trained.summary_table()
    assert "champion" in table and "challenger" in table and f"{champion['auc']:.4f}" in table


def test_same_data_and_seed_give_the_same_model():
    first = train_synthetic(data_sha256="a" * 64)
    second = train_synthetic(data_sha256="a" * 64)
    X, _ = synthetic_population()
    assert np.array_equal(first.model.predict_pd(X), second.model.predict_pd(X))
    assert first.model.metadata["data_hash"] == "a" * 64


def test_progress_is_reported_per_boosting_round():
    labels = []
    result = train_synthetic(progress=labels.append)
    rounds = [label for label in labels if label.startswith("boosting round")]
    assert rounds[0] == "boosting round 1"
    assert len(rounds) == result.model.metadata["training"]["best_iteration"] + 1 + model.EARLY_STOPPING_ROUNDS
    assert "calibrating" in labels


def test_save_then_load_predicts_the_same(trained, population, tmp_path):
    X, _ = population
    model.save(trained.model, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["challenger.json", "metadata.json", "model.json"]
    loaded = model.load(tmp_path, feature_names=FEATURE_NAMES)
    assert loaded.version == trained.model.version
    assert np.array_equal(loaded.predict_pd(X), trained.model.predict_pd(X))
    assert np.array_equal(loaded.challenger.predict_pd(X), trained.challenger.predict_pd(X))
    assert model.load(tmp_path) is loaded  # read once per process


def test_load_with_other_features_names_what_differs(trained, tmp_path):
    model.save(trained.model, tmp_path)
    with pytest.raises(model.FeatureMismatch, match=r"missing \['noise'\], unexpected \['household_size'\]"):
        model.load(tmp_path, feature_names=["late_rent_share", "revenue_12m", "buyer_count", "household_size"])
    with pytest.raises(model.FeatureMismatch, match="different order"):
        model.load(tmp_path, feature_names=list(reversed(FEATURE_NAMES)))


def test_predicting_with_the_wrong_number_of_columns_is_refused(trained):
    with pytest.raises(model.FeatureMismatch, match="4 features"):
        trained.model.predict_pd(np.zeros((2, 5)))


def test_constraint_on_an_unknown_feature_is_refused(population):
    X, y = population
    with pytest.raises(ValueError, match="unknown features"):
        model.train(X, y, feature_names=FEATURE_NAMES, monotone={"rent_late": 1})


def test_trains_on_the_first_5000_seed_farmers():
    histories = [json.loads(line) for line in islice(SEED_FARMERS.open(encoding="utf-8"), 5000)]
    X = features.matrix(histories)
    y = np.array([features.outcome(history) for history in histories])
    result = model.train(X, y, feature_names=features.FEATURES, monotone=features.MONOTONE, nthread=1)
    assert result.model.feature_names == list(features.FEATURES)
    holdout = model.split(y, seed=7)["holdout"]
    assert metrics.auc(y[holdout], result.model.predict_pd(X[holdout])) > 0.7
    assert result.model.predict_pd(X[holdout]).mean() == pytest.approx(y[holdout].mean(), abs=0.03)
