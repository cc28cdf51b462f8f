import pytest

from lending.scoring import metrics

# Two goods (p = .1, .4) and two defaults (p = .35, .8).
Y = [0, 0, 1, 1]
P = [0.1, 0.4, 0.35, 0.8]


def test_auc_counts_defaulter_above_good_pairs():
    # Pairs (default, good): (.35 > .1) yes, (.35 > .4) no, (.8 > .1) yes, (.8 > .4) yes -> 3 of 4.
    assert metrics.auc(Y, P) == pytest.approx(0.75)


def test_ks_is_largest_gap_between_cdfs():
    # Above a threshold of .8 half the defaulters and none of the goods: gap .5; no threshold does better.
    assert metrics.ks(Y, P) == pytest.approx(0.5)


def test_brier_is_mean_squared_error():
    # (.1-0)^2 + (.4-0)^2 + (.35-1)^2 + (.8-1)^2 = .01 + .16 + .4225 + .04 = .6325; / 4 = .158125
    assert metrics.brier(Y, P) == pytest.approx(0.158125)


def test_evaluate_rounds_to_four_places_and_counts_rows():
    assert metrics.evaluate(Y, P) == {"auc": 0.75, "ks": 0.5, "brier": 0.1581, "n": 4}


def test_perfect_ranking_scores_one_and_ties_count_half():
    assert metrics.auc([0, 0, 1], [0.1, 0.2, 0.9]) == 1.0
    assert metrics.ks([0, 0, 1], [0.1, 0.2, 0.9]) == 1.0
    assert metrics.auc([0, 1], [0.5, 0.5]) == 0.5


def test_outcomes_must_include_both_classes_and_match_lengths():
    with pytest.raises(ValueError, match="both"):
        metrics.auc([0, 0], [0.1, 0.2])
    with pytest.raises(ValueError, match="3 values"):
        metrics.auc([0, 1, 1], [0.1, 0.2])
