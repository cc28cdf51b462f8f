"""Bad input on the money routes: a 4xx naming the field, nothing booked."""

from __future__ import annotations

import pytest

from tests.helpers import receipt, stored
from tests.integration.test_loans import disbursed_loan, key, loan_world  # noqa: F401


@pytest.mark.parametrize(
    "body, field",
    [
        ({"amount": "10.001"}, "amount"),
        ({"amount": "-5"}, "amount"),
        ({"amount": "1e1000000"}, "amount"),
        ({"amount": "NaN"}, "amount"),
        ({"amount": "10.00", "value_date": "2025-02-30"}, "value_date"),
        ({"amount": "10.00", "value_date": "2000-01-01"}, "value_date"),
        ({"amount": "10.00", "value_date": "2099-01-01"}, "value_date"),
        ({"amount": "10.00", "channel": "barter"}, "channel"),
        ({"amount": "10.00", "colour": "red"}, "colour"),
        ({}, "amount"),
    ],
)
def test_a_bad_repayment_is_refused_naming_the_field_and_books_nothing(app, client, loan_world, body, field):
    loan = disbursed_loan(client, loan_world)
    before = stored(app)
    response = client.post(
        f"/api/v1/loans/{loan['id']}/repayments",
        headers={**loan_world["agent"], **key()},
        json={"external_ref": "R-bad-0001", **body},
    )
    assert 400 <= response.status_code < 500 and field in response.json["errors"], response.json
    assert stored(app) == before


@pytest.mark.parametrize("header", ["short", "has space in it", "x" * 101, "ключ-ключ-ключ"])
def test_a_malformed_idempotency_key_is_a_400_naming_it(client, loan_world, header):
    loan = disbursed_loan(client, loan_world)
    response = client.post(
        f"/api/v1/loans/{loan['id']}/repayments",
        headers={**loan_world["agent"], "Idempotency-Key": header},
        json=receipt("10.00"),
    )
    assert response.status_code == 400 and "Idempotency-Key" in response.json["errors"]


def test_cob_and_preview_refuse_bad_arguments_in_words(app):
    runner = app.test_cli_runner()
    bad_date = runner.invoke(args=["cob", "run", "--date", "2025-02-30"])
    assert bad_date.exit_code == 2 and "--date" in bad_date.output
    for args, word in (
        (["--principal", "-5"], "principal"),
        (["--principal", "abc"], "principal"),
        (["--principal", "100.001"], "decimals"),
    ):
        result = runner.invoke(
            args=[
                "loan",
                "preview",
                "--method",
                "annuity",
                "--apr",
                "12%",
                "--term",
                "12",
                "--start",
                "2025-01-15",
                *args,
            ]
        )
        assert result.exit_code == 2 and word in result.output.lower(), result.output
