import json
import math

import numpy as np
import pytest

from lending.scoring.scorecard import Scorecard


def two_group_population():
    """x = 0: 900 goods, 100 defaults (10%); x = 1: 700 goods, 300 defaults (30%); plus a feature of pure noise."""
    x = np.repeat([0.0, 1.0], 1000)
    y = np.concatenate([np.repeat([0, 1], [900, 100]), np.repeat([0, 1], [700, 300])])
    noise = np.random.default_rng(0).normal(size=2000)
    return np.column_stack([x, noise]), y


def test_woe_and_iv_of_a_two_value_feature_match_the_hand_computation():
    X, y = two_group_population()
    card = Scorecard().fit(X, y, ["late", "noise"])
    bins = card.bins["late"]
    # 3 bins (x <= .5, x > .5, missing) so smoothing adds .5 per bin: 1600 goods -> 1601.5, 400 defaults -> 401.5.
    # x=0: goods 900.5/1601.5 = .56229, defaults 100.5/401.5 = .25031, WoE = ln(.56229/.25031) = .8093
    # x=1: goods 700.5/1601.5 = .43740, defaults 300.5/401.5 = .74844, WoE = ln(.43740/.74844) = -.5371
    # IV = (.56229-.25031)*.8093 + (.43740-.74844)*(-.5371) = .2525 + .1671 = .4196
    assert bins.edges == [0.5]
    assert bins.woe == pytest.approx([0.8093, -0.5371], abs=1e-4)
    assert bins.missing_woe == 0.0  # no missing values in training: no evidence
    assert card.iv["late"] == pytest.approx(0.4196, abs=1e-4)
    assert card.iv["noise"] < 0.1  # "weak" or less by the usual IV rule of thumb


def test_predicted_pd_follows_the_group_default_rates():
    X, y = two_group_population()
    card = Scorecard().fit(X, y, ["late", "noise"])
    pd = card.predict_pd(X)
    assert pd[:1000].mean() == pytest.approx(0.10, abs=0.02)
    assert pd[1000:].mean() == pytest.approx(0.30, abs=0.02)


def test_missing_values_get_their_own_bin():
    rng = np.random.default_rng(1)
    x = rng.normal(size=4000)
    y = (rng.random(4000) < 0.05).astype(int)
    missing = rng.random(4000) < 0.2
    x[missing] = np.nan
    y[missing] = (rng.random(missing.sum()) < 0.5).astype(int)  # a missing value is a strong warning here
    card = Scorecard().fit(x.reshape(-1, 1), y, ["rent_per_mu"])
    assert card.bins["rent_per_mu"].missing_woe < -1.5  # ln((400/3440) / (400/590)) ~ -1.8
    assert card.predict_pd([[math.nan]])[0] > 0.3 > card.predict_pd([[0.0]])[0]


def test_round_trip_through_json_predicts_the_same():
    X, y = two_group_population()
    card = Scorecard().fit(X, y, ["late", "noise"])
    copy = Scorecard.from_dict(json.loads(json.dumps(card.to_dict())))
    assert np.array_equal(copy.predict_pd(X), card.predict_pd(X))
    assert copy.iv == card.iv


def test_monotone_direction_gives_monotone_woe():
    rng = np.random.default_rng(2)
    x = rng.uniform(0, 1, 20000)
    y = (rng.random(20000) < 0.02 + 0.15 * x + 0.03 * np.sin(12 * x)).astype(int)
    card = Scorecard().fit(x.reshape(-1, 1), y, ["late_rent_share"], {"late_rent_share": +1})
    woe = card.bins["late_rent_share"].woe
    assert len(woe) >= 3
    assert all(later <= earlier for earlier, later in zip(woe, woe[1:]))  # riskier bins, lower (more negative) WoE


def test_wrong_number_of_columns_is_rejected():
    X, y = two_group_population()
    card = Scorecard().fit(X, y, ["late", "noise"])
    with pytest.raises(ValueError, match="2 features"):
        card.predict_pd(np.zeros((1, 3)))
