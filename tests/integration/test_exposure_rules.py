"""A farmer's open exposure (DESIGN.md §2) at its edges, as a farmer stacking offers would probe them: an offer counts
until exactly OFFER_VALID_DAYS after its decision and not a second longer, an offer taken counts as its loan (never
twice), another currency is not netted, and the application under review is left out. Driven through
`services._exposure` with a session; the clock is moved, never waited for."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
import time_machine

from tests.integration.test_applications import apply
from tests.integration.test_loans import accepted_loan, loan_world  # noqa: F401 (fixture)

SECOND = dt.timedelta(seconds=1)


@pytest.fixture
def session(app):
    """A session as a channel or job opens one, held outside any app context (a request of the test client inside an
    open app context would share that context's session)."""
    from lending.extensions import db

    with app.app_context():
        session = db.open()
    yield session
    session.close()


def _application(session, world):
    from lending.models import Application

    session.expire_all()
    return session.get(Application, uuid.UUID(world["application"]["id"]))


def exposure_at(session, world, at, *, valid_days=30, currency="CNY", excluding=None):
    from lending.services import _exposure

    with time_machine.travel(at, tick=False):
        return _exposure.of_farmer(
            session=session, farmer_id=uuid.UUID(world["farmer"]["id"]), currency=currency, valid_days=valid_days,
            excluding=excluding,
        )  # fmt: skip


def test_an_offer_counts_until_exactly_its_valid_days_after_the_decision(session, loan_world):
    from lending.services import _exposure

    application = _application(session, loan_world)  # 6,000 approved at submission (no officer's review)
    assert application.reviewed_at is None
    decided = application.submitted_at
    expiry = decided + dt.timedelta(days=30)
    for at, counted in ((expiry - SECOND, True), (expiry, True), (expiry + SECOND, False)):
        exposure = exposure_at(session, loan_world, at)
        assert (exposure.amount, exposure.open_loans) == ((Decimal("6000.00"), 1) if counted else (Decimal(0), 0))
        with time_machine.travel(at, tick=False):
            assert _exposure.offer_expired(application, 30) is not counted
            assert _exposure.offer_valid_since(30) == at - dt.timedelta(days=30)
    # 7 valid days: expired a day after 7 days, still counted at 7 days exactly
    seven = decided + dt.timedelta(days=7)
    assert exposure_at(session, loan_world, seven, valid_days=7).open_loans == 1
    assert exposure_at(session, loan_world, seven + SECOND, valid_days=7).open_loans == 0


def test_a_reviewed_offer_counts_from_its_review_not_its_submission(session, loan_world):
    from lending.services import _exposure

    application = _application(session, loan_world)
    submitted = application.submitted_at
    reviewed = submitted + dt.timedelta(days=10)  # an officer approved it ten days after it was submitted
    application.reviewed_at = reviewed
    session.commit()
    late = submitted + dt.timedelta(days=30, seconds=1)  # past 30 days of its submission, inside 30 of its review
    assert exposure_at(session, loan_world, late).amount == Decimal("6000.00")
    end = reviewed + dt.timedelta(days=30)
    assert exposure_at(session, loan_world, end).open_loans == 1
    assert exposure_at(session, loan_world, end + SECOND).open_loans == 0
    with time_machine.travel(late, tick=False):
        assert not _exposure.offer_expired(_application(session, loan_world), 30)
    with time_machine.travel(end + SECOND, tick=False):
        assert _exposure.offer_expired(_application(session, loan_world), 30)
    # a (stale) review before a fresh submission: the review is the decision, and it is past 30 days
    application = _application(session, loan_world)
    application.reviewed_at, application.submitted_at = submitted - dt.timedelta(days=40), submitted
    session.commit()
    assert exposure_at(session, loan_world, submitted).open_loans == 0


def test_an_offer_taken_counts_as_its_loan_once_and_other_currencies_are_not_netted(client, session, loan_world):
    now = dt.datetime.now(dt.UTC)
    assert exposure_at(session, loan_world, now, currency="KES").amount == Decimal(0)
    accepted_loan(client, loan_world)  # the 6,000 offer is taken: now an accepted loan of 6,000 outstanding
    exposure = exposure_at(session, loan_world, now)
    assert (exposure.amount, exposure.open_loans) == (Decimal("6000.00"), 1)
    bullet = apply(client, loan_world["agent"], loan_world["farmer"]["id"], product_code="MICRO-BULLET",
                   amount="500.00", term_months=3).json  # fmt: skip
    assert bullet["status"] == "approved", bullet
    exposure = exposure_at(session, loan_world, now)
    assert (exposure.amount, exposure.open_loans) == (Decimal("6500.00"), 2)  # 6,000 loan + 500 offer
    under_review = exposure_at(session, loan_world, now, excluding=uuid.UUID(bullet["id"]))
    assert (under_review.amount, under_review.open_loans) == (Decimal("6000.00"), 1)
    kes = exposure_at(session, loan_world, now, currency="KES")
    assert (kes.amount, kes.open_loans) == (Decimal(0), 0)
