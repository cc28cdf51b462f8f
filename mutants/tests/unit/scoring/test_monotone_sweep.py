"""The session's real model keeps every monotone promise of `features.MONOTONE` on real seed farmers: sweeping one
constrained feature across its observed range never moves PD the wrong way."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from lending.scoring import features
from lending.scoring import model as scoring_model

SEED_FARMERS = Path(__file__).resolve().parents[3] / "seeds" / "farmers.jsonl"
SWEEP_POINTS = 15
FARMERS = 40
SLACK = 1e-12


@pytest.fixture(scope="module")
def seed_matrix() -> np.ndarray:
    """Feature rows of the first 4,000 seed farmers (the ones the session's model was trained on)."""
    with open(SEED_FARMERS, encoding="utf-8") as source:
        return features.matrix(json.loads(line) for line in itertools.islice(source, 4000))


@pytest.fixture(scope="module")
def real_model(trained_model_dir) -> scoring_model.Model:
    return scoring_model.load(trained_model_dir, feature_names=features.FEATURES)


def observed_range(seed_matrix: np.ndarray, name: str) -> np.ndarray | None:
    """SWEEP_POINTS quantiles (0..1) of the feature's non-NaN seed values; None when it is never observed."""
    column = seed_matrix[:, features.FEATURES.index(name)]
    observed = column[~np.isnan(column)]
    return np.quantile(observed, np.linspace(0, 1, SWEEP_POINTS)) if observed.size else None


def sweep(model: scoring_model.Model, farmers: np.ndarray, column: int, values: np.ndarray) -> np.ndarray:
    """(farmers, values) PD with column `column` of each farmer's row set to each value in turn."""
    grid = np.repeat(farmers, values.size, axis=0)
    grid[:, column] = np.tile(values, farmers.shape[0])
    return model.predict_pd(grid).reshape(farmers.shape[0], values.size)


def test_model_was_trained_with_the_feature_directions(real_model):
    assert real_model.metadata["monotone"] == features.MONOTONE
    assert {name: direction for name, direction in features.MONOTONE.items() if direction} == features.MONOTONE


@pytest.mark.parametrize("name", sorted(features.MONOTONE))
def test_pd_never_moves_against_the_feature_direction(real_model, seed_matrix, name):
    values = observed_range(seed_matrix, name)
    if values is None:
        pytest.skip(f"{name} is missing for every one of the first 4,000 seed farmers: no observed range")
    column = features.FEATURES.index(name)
    assert values[-1] > values[0], f"{name} takes a single value in the seed data: nothing to sweep"
    farmers = seed_matrix[:FARMERS]

    steps = np.diff(sweep(real_model, farmers, column, values), axis=1) * features.MONOTONE[name]

    worst = np.unravel_index(np.argmin(steps), steps.shape)
    assert steps.min() >= -SLACK, (
        f"{name} (direction {features.MONOTONE[name]:+d}): PD moves the wrong way by "
        f"{-steps.min():.3g} for farmer row {worst[0]} between {values[worst[1]]:g} "
        f"and {values[worst[1] + 1]:g}"
    )


def test_several_monotone_features_do_move_pd(real_model, seed_matrix):
    """Guards the sweep above against passing vacuously (a model that ignores its monotone features)."""
    moving = []
    for name in features.MONOTONE:
        values = observed_range(seed_matrix, name)
        if values is None:
            continue
        pd = sweep(real_model, seed_matrix[:FARMERS], features.FEATURES.index(name), values)
        if np.max(pd[:, -1] - pd[:, 0]) * features.MONOTONE[name] > 1e-3:  # PD moved by 0.1 point for some farmer
            moving.append(name)
    assert len(moving) >= 3, moving
