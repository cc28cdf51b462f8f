"""`flask loan preview --apr`: a rate is per cent with its sign ("12%") or a fraction below 1 ("0.12"); a bare number
of 1 or more could mean either (`--apr 1` was read as 100 % a year) and is refused, never guessed."""

from __future__ import annotations

import json

import pytest

# 12,000.00 over 12 months, 30/360: the first month's interest is 12,000 × rate / 12
PREVIEW = [
    "loan",
    "preview",
    "--method",
    "annuity",
    "--principal",
    "12000.00",
    "--term",
    "12",
    "--start",
    "2025-01-15",
    "--day-count",
    "30/360",
    "--json",
]


@pytest.mark.parametrize(
    ("rate", "first_interest", "apr"),
    [
        ("12%", "120.00", "0.1200"),  # 12 per cent: 12,000 × 0.12 / 12 = 120.00
        (" 12 % ", "120.00", "0.1200"),
        ("0.12", "120.00", "0.1200"),  # the same rate as a fraction
        ("1%", "10.00", "0.0100"),  # 12,000 × 0.01 / 12 = 10.00
        ("100%", "1000.00", "1.0000"),  # said with its sign, 100 % a year is what was meant
        ("0.9999", "999.90", "0.9999"),  # the largest bare fraction at 4 places: 12,000 × 0.9999 / 12 = 999.90
        ("0", "0.00", "0.0000"),  # nought is nought in either unit
    ],
)
def test_a_rate_in_per_cent_or_as_a_fraction_is_read_as_written(app, rate, first_interest, apr):
    result = app.test_cli_runner().invoke(args=[*PREVIEW, "--apr", rate])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert (shown["rows"][0]["interest"], shown["apr"]) == (first_interest, apr)


@pytest.mark.parametrize("rate", ["1", "1.0", "1.0001", "12", "-1"])
def test_a_bare_number_of_1_or_more_is_refused_as_ambiguous(app, rate):
    result = app.test_cli_runner().invoke(args=[*PREVIEW, "--apr", rate])
    assert result.exit_code == 2, result.output
    assert "'--apr'" in result.output and "ambiguous" in result.output
    assert f"{rate}%" in result.output and "0.12 for 12 %" in result.output


@pytest.mark.parametrize(
    ("rate", "word"),
    [
        ("abc", "not a number"),
        ("%", "not a number"),
        ("NaN%", "not a number"),
        ("-12%", "annual_rate must not be negative"),
    ],
)
def test_a_rate_that_is_no_rate_is_refused_in_words(app, rate, word):
    result = app.test_cli_runner().invoke(args=[*PREVIEW, "--apr", rate])
    assert result.exit_code == 2 and word in result.output, result.output


def test_the_preview_table_shows_the_rate_and_its_apr(app):
    result = app.test_cli_runner().invoke(args=[*PREVIEW[:-1], "--apr", "12%", "--fee-rate", "0.02"])
    assert result.exit_code == 0, result.output
    assert "annuity loan of 12000.00 CNY at 12.00 % a year, 12 months, 30/360" in result.output
    # tests/unit/domain/test_apr.py works 15.85 % out by hand for this loan
    assert "APR:                  15.85 % a year, all costs" in result.output
