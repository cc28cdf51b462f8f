"""A gateway retry answered by several workers at the same instant (issue #12): the last hop of a registration, and
the confirmation of an application, sent four times at once — the gateway gave up waiting and sent it again while
the first was in flight — make one farmer and one application, and every copy is answered with the same screen."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.conftest import SECRET
from tests.helpers import at_the_same_instant, next_national_id, next_phone
from tests.integration.test_ussd import PIN, VILLAGE, borrower, lending_world  # noqa: F401 (fixture)
from tests.ussd_phone import SERVICE_CODE, Phone


def _hop(database_url: str, form: dict, start, results) -> None:
    from app import create_app

    application = create_app(
        {"DATABASE_URL": database_url, "SECRET_KEY": SECRET, "LOG_LEVEL": "WARNING", "RATELIMIT_ENABLED": False}
    )
    client = application.test_client()
    start.wait()
    response = client.post("/ussd/africastalking", data=form)
    results.put((response.status_code, response.get_data(as_text=True)))


def _last_hop(phone: Phone, typed: str) -> dict:
    return {
        "sessionId": phone.session_id,
        "serviceCode": SERVICE_CODE,
        "phoneNumber": phone.phone,
        "networkCode": "63902",
        "text": "*".join([*phone.inputs, typed]),
    }


@pytest.fixture
def postgres(backend):
    if backend != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL (DESIGN.md §3)")


@pytest.mark.postgres_only
def test_the_last_hop_of_a_registration_four_times_at_once_makes_one_farmer(app, client, database_url, postgres):
    from lending.extensions import db
    from lending.models import Farmer

    phone = Phone(client, next_phone()).dial().send("Li Wei", VILLAGE, next_national_id(), "2", "1", "4821")
    replies = at_the_same_instant(_hop, (database_url, _last_hop(phone, "4821")))
    assert {reply for reply in replies} == {
        (200, "END Registered, Li Wei. See your agent to have your records verified, then dial again to apply.")
    }, replies
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Farmer)) == 1


@pytest.mark.postgres_only
def test_a_confirmation_four_times_at_once_makes_one_application(app, client, lending_world, database_url, postgres):
    from lending.extensions import db
    from lending.models import Application

    phone = borrower(app, client, lending_world, language="en", gateway="africastalking")
    phone.dial().send(PIN, "1", "1", "6000", "6").assert_screen("1 Confirm")
    replies = at_the_same_instant(_hop, (database_url, _last_hop(phone, "1")))
    assert len({reply for reply in replies}) == 1 and replies[0][1].startswith("END Approved: CNY 6,000.00"), replies
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Application)) == 1
