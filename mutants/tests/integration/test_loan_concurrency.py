"""On PostgreSQL: 8 processes post 100 repayments each to one loan at the same time — every repayment is counted
exactly once, the journal balances and equals the replayed loan, and the balance is exact to the cent."""

from __future__ import annotations

import multiprocessing
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.conftest import SECRET
from tests.integration.test_loans import accepted_loan, assert_ledger_equals_replay, key, ledger_and_state, loan_world  # noqa: F401

PROCESSES, EACH = 8, 100


def _post_repayments(database_url: str, loan_id: str, worker: int, results) -> None:
    from app import create_app
    from lending.extensions import db
    from lending.services import loans

    app = create_app({"DATABASE_URL": database_url, "SECRET_KEY": SECRET, "LOG_LEVEL": "WARNING"})
    posted = 0
    with app.app_context():
        for n in range(EACH):
            loans.confirm_provider_payment(
                session=db.session,
                provider="mobile_money",
                loan_id=uuid.UUID(loan_id),
                amount=Decimal("1.00"),
                external_ref=f"W{worker}-{n}",
            )
            posted += 1
        db.engine.dispose()
    results.put(posted)


@pytest.mark.postgres_only
def test_eight_processes_repaying_one_loan_count_every_repayment_once(app, client, backend, database_url, loan_world):
    if backend != "postgresql":
        pytest.skip("concurrency and row locks are tested on PostgreSQL (DESIGN.md §3)")
    loan = accepted_loan(client, loan_world)
    assert (
        client.post(f"/api/v1/loans/{loan['id']}/disburse", headers={**loan_world["officer"], **key()}).status_code
        == 201
    )
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [
        context.Process(target=_post_repayments, args=(database_url, loan["id"], w, results)) for w in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert [worker.exitcode for worker in workers] == [0] * PROCESSES
    assert sum(results.get(timeout=5) for _ in range(PROCESSES)) == PROCESSES * EACH

    from lending.extensions import db
    from lending.models import LoanTransaction

    with app.app_context():
        rows = db.session.execute(
            select(
                func.count(), func.sum(LoanTransaction.amount), func.count(func.distinct(LoanTransaction.sequence))
            ).where(LoanTransaction.kind == "repayment")
        ).one()
    assert rows == (800, Decimal("800.0000"), 800)
    balances, state, stored = ledger_and_state(app, loan["id"])
    # nothing is due yet: every cent prepaid principal; 6,000.00 - 800 × 1.00
    assert state.principal_outstanding == Decimal("5200.00") == stored.principal_outstanding
    assert balances["cash"] == Decimal("-5940.00") + Decimal("800.00")
    assert_ledger_equals_replay(app, loan["id"])
