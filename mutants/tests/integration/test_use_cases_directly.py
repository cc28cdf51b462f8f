"""The use cases are channel-neutral (issue #11): USSD, sync and webhooks call them as REST does, with no Flask app or
request context — a session with its settings, an Actor and a typed command — and with the channel's own
idempotency key, a second call with that key is answered from the first and has no second effect."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from flask import has_app_context, has_request_context
from sqlalchemy import func, select

from tests.helpers import another_identity, village_position
from tests.integration.test_applications import VILLAGE, steady_farmer
from tests.integration.test_loans import disbursed_loan, loan_world  # noqa: F401 (fixture)


@pytest.fixture
def direct(app, loan_world, database_url):  # noqa: F811 (the fixture above)
    """A session opened as a job or a channel without Flask opens it: the engine and the app's settings."""
    from lending.config import Settings
    from lending.database import make_engine, open_session

    engine = make_engine(database_url)
    session = open_session(engine, Settings.from_config(app.config))
    yield session
    session.close()
    engine.dispose()


def _agent(world) -> Actor:  # noqa: F821
    from lending.domain.actors import Actor, Role

    return Actor(id=uuid.UUID(world["agent_id"]), role=Role.AGENT, villages=frozenset({VILLAGE}))


@pytest.fixture
def world(app, client, loan_world):  # noqa: F811
    from lending.extensions import db
    from lending.models import Agent

    with app.app_context():
        agent_id = db.session.scalar(select(Agent.id).where(Agent.role == "agent"))
    return {**loan_world, "agent_id": str(agent_id)}


def test_submit_twice_with_one_key_decides_once_without_an_app(client, world, direct):
    from lending.errors import IdempotencyMismatch
    from lending.models import Application, Decision
    from lending.services import applications, risk

    farmer = steady_farmer(client, world["agent"], **another_identity())
    command = applications.Submission(
        farmer_id=uuid.UUID(farmer["id"]), product_code="EQUIP-ANNUITY", amount=Decimal("6000.00"), term_months=6
    )
    assert not has_app_context() and not has_request_context()
    at_the_farm = risk.Client(position=tuple(float(x) for x in village_position(VILLAGE).split(",")))
    first = applications.submit(
        session=direct, actor=_agent(world), command=command, client=at_the_farm, idempotency_key="ussd:S-1:7"
    )
    again = applications.submit(
        session=direct, actor=_agent(world), command=command, client=at_the_farm, idempotency_key="ussd:S-1:7"
    )
    assert (first.created, again.created) == (True, False)
    assert again.application.id == first.application.id and first.application.status == "approved"
    decided = direct.scalar(
        select(func.count()).select_from(Application).where(Application.farmer_id == uuid.UUID(farmer["id"]))
    )
    decisions = direct.scalar(
        select(func.count()).select_from(Decision).where(Decision.application_id == first.application.id)
    )
    assert (decided, decisions) == (1, 1)
    other = applications.Submission(**{**command.__dict__, "amount": Decimal("5000.00")})
    with pytest.raises(IdempotencyMismatch):
        applications.submit(session=direct, actor=_agent(world), command=other, idempotency_key="ussd:S-1:7")


def test_repay_twice_with_one_key_books_once_without_an_app(client, world, direct):
    from lending.errors import IdempotencyMismatch
    from lending.models import Loan, LoanTransaction
    from lending.services import loans

    loan = disbursed_loan(client, world)
    command = loans.Repayment(loan_id=uuid.UUID(loan["id"]), amount=Decimal("100.00"), external_ref="RCPT-0001")
    assert not has_app_context() and not has_request_context()
    first = loans.repay(session=direct, actor=_agent(world), command=command, idempotency_key="sync:m-0001")
    again = loans.repay(session=direct, actor=_agent(world), command=command, idempotency_key="sync:m-0001")
    assert (first.created, again.created) == (True, False) and again.transaction.id == first.transaction.id
    repayments = direct.execute(
        select(LoanTransaction.amount, LoanTransaction.channel).where(
            LoanTransaction.loan_id == uuid.UUID(loan["id"]), LoanTransaction.kind == "repayment"
        )
    ).all()
    assert repayments == [(Decimal("100.00"), "cash")]
    # 100.00 against 6,000.00 at its disbursement on the same day: no interest yet, all of it is principal
    assert direct.get(Loan, uuid.UUID(loan["id"])).principal_outstanding == Decimal("5900.00")
    with pytest.raises(IdempotencyMismatch):
        loans.repay(
            session=direct,
            actor=_agent(world),
            idempotency_key="sync:m-0001",
            command=loans.Repayment(loan_id=command.loan_id, amount=Decimal("90.00"), external_ref="RCPT-0002"),
        )
