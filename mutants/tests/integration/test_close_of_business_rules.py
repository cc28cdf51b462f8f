"""Close of business ages loans in SQL by the domain's rules: its CASE gives every number of days past due the
bucket domain.arrears gives it, on each database."""

from __future__ import annotations

import pytest
from sqlalchemy import Integer, literal, select

from lending.domain import arrears
from lending.extensions import make_engine
from lending.services.cob import arrears_bucket_sql


@pytest.fixture(scope="module")
def connection(database_url):
    engine = make_engine(database_url)
    with engine.connect() as connection:
        yield connection
    engine.dispose()


@pytest.mark.parametrize(
    "days, expected",
    [
        (0, "current"),
        (1, "1-30"),
        (30, "1-30"),
        (31, "31-60"),
        (60, "31-60"),
        (61, "61-90"),
        (90, "61-90"),
        (91, "90+"),
        (400, "90+"),
    ],
)
def test_the_sql_bucket_is_the_domain_bucket(connection, days, expected):
    in_sql = connection.scalar(select(arrears_bucket_sql(literal(days, Integer()))))
    assert in_sql == arrears.bucket(days_past_due=days) == expected
