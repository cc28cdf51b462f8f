"""Random sequences of applications, acceptances and disbursements, receipts on every channel by every role,
provider confirmations, reversals and write-offs, over HTTP (issue #10's property). Whatever the order, after every
step:
- whenever money goes out, what the farmer owes us and was offered (principal outstanding + approved offers not
  taken) is within the largest capacity any of their decisions found — the total disbursed and still out is within
  their limit (a reversed repayment may put principal back later; no money goes out on top of it);
- no receipt was booked by a borrower;
- every booked receipt's channel is the one its booker's role may book (agent: cash, officer: bank transfer,
  the provider's confirmation: mobile money);
- every loan's journal balances and equals its replay.
"""

from __future__ import annotations

import itertools
import uuid
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.helpers import staff_headers
from tests.integration.test_applications import VILLAGE, apply, steady_farmer
from tests.integration.test_loans import assert_ledger_equals_replay, key
from tests.integration.test_ownership import bearer, borrower_tokens

TOKEN = "mm-callback-secret-for-property"
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_serial = itertools.count(1)

ROLES = ("borrower", "agent", "officer")
CHANNELS = ("cash", "bank_transfer", "mobile_money", "wechat_pay", None)
AMOUNTS = ("0.01", "100.00", "999.99", "2500.00", "6000.00", "999999999.99")
step = st.one_of(
    st.tuples(
        st.just("apply"),
        st.sampled_from(("agent", "borrower")),
        st.sampled_from(("EQUIP-ANNUITY", "MICRO-BULLET")),
        st.sampled_from(("500.00", "5000.00", "6000.00")),
    ),
    st.tuples(st.just("take"), st.integers(0, 5)),
    st.tuples(
        st.just("receipt"),
        st.sampled_from(ROLES),
        st.sampled_from(CHANNELS),
        st.sampled_from(AMOUNTS),
        st.integers(0, 5),
    ),
    st.tuples(st.just("provider"), st.sampled_from(AMOUNTS), st.integers(0, 5)),
    st.tuples(st.just("reverse"), st.integers(0, 20)),
    st.tuples(st.just("write_off"), st.integers(0, 5)),
)


def national_id() -> str:
    """A valid, unused national ID (born 1978-03-01, a fresh sequence number, its check character)."""
    body = f"34012319780301{next(_serial) % 1000:03d}"
    total = sum(int(d) * w for d, w in zip(body, _WEIGHTS))
    return body + "10X98765432"[total % 11]


@pytest.fixture
def people(app, client, current_model, monkeypatch):
    from tests.helpers import load_products

    monkeypatch.setitem(app.config, "POLICY_APPROVE_PD", "0.9")  # the limit and the roles decide, not the band
    monkeypatch.setitem(app.config, "POLICY_DECLINE_PD", "0.95")
    monkeypatch.setitem(app.config, "MOBILE_MONEY_CALLBACK_TOKEN", TOKEN)
    monkeypatch.setitem(app.config, "RISK_APPLICATIONS_PER_HOUR", 1000)  # velocity holds are another test's matter
    monkeypatch.setitem(app.config, "RISK_REPAYMENTS_PER_HOUR", 1000)
    load_products(app)
    agent_id, agent = staff_headers(app, client, "agent", [VILLAGE])
    officer_id, officer = staff_headers(app, client, "officer")
    return {"agent": agent, "officer": officer, "agent_id": agent_id, "officer_id": officer_id}


def _check(app, farmer_id: str, people: dict, loans: list[str], capacities: list[Decimal], paid_out: bool) -> None:
    from lending.domain.actors import SYSTEM
    from lending.extensions import db
    from lending.models import Application, Loan, LoanTransaction
    from lending.services import _exposure

    with app.app_context():
        fid = uuid.UUID(farmer_id)
        if paid_out:  # money went out: what is out and offered is within the capacity the decisions found
            open_ = _exposure.of_farmer(session=db.session, farmer_id=fid, currency="CNY", valid_days=30)
            assert open_.amount <= max(capacities, default=Decimal(0)), (open_, capacities)
        approved = db.session.scalars(
            select(Application).where(Application.farmer_id == fid, Application.status == "approved")
        ).all()
        assert all(a.amount <= a.credit_limit for a in approved)
        receipts = db.session.scalars(
            select(LoanTransaction)
            .join(Loan, Loan.id == LoanTransaction.loan_id)
            .where(Loan.farmer_id == fid, LoanTransaction.kind.in_(("repayment", "recovery")))
        ).all()
        allowed = {people["agent_id"]: {"cash"}, people["officer_id"]: {"bank_transfer"}, SYSTEM.id: {"mobile_money"}}
        for receipt in receipts:
            assert receipt.posted_by != fid, "a borrower booked a receipt"
            assert receipt.channel in allowed.get(receipt.posted_by, set()), (receipt.posted_by, receipt.channel)
        statuses = {str(loan.id): loan.status for loan in db.session.scalars(select(Loan).where(Loan.farmer_id == fid))}
    for loan_id in loans:
        if statuses[loan_id] in ("active", "closed"):  # a written-off loan's journal is closed by the write-off
            assert_ledger_equals_replay(app, loan_id)
        else:
            assert sum(loans_balances(app, loan_id).values()) == 0


def loans_balances(app, loan_id: str) -> dict:
    from lending.extensions import db
    from lending.services import loans

    with app.app_context():
        return loans.journal_balances(db.session, uuid.UUID(loan_id))


@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=4, max_size=14))
def test_no_sequence_of_moves_by_any_role_breaks_the_lending_rules(app, client, people, steps):
    phone = f"+86137{next(_serial):08d}"
    farmer = steady_farmer(client, people["agent"], phone=phone, national_id=national_id(), checker=people["officer"])
    borrower = bearer(borrower_tokens(app, client, phone)["access_token"])
    headers = {"borrower": borrower, "agent": people["agent"], "officer": people["officer"]}
    applications, loans, transactions, capacities = [], [], [], []
    # every sequence starts from a loan paid out, so that the moves after it have money to act on
    for move in [("apply", "agent", "EQUIP-ANNUITY", "6000.00"), ("take", 0), *steps]:
        kind, paid_out = move[0], False
        note(repr(move))
        if kind == "apply":
            _, role, product, amount = move
            term = 6 if product == "EQUIP-ANNUITY" else 3
            decided = apply(client, headers[role], farmer["id"], product_code=product, amount=amount, term_months=term)
            assert decided.status_code == 201, decided.json
            capacities.append(Decimal(decided.json["capacity"]))
            if decided.json["status"] == "approved":
                applications.append(decided.json["id"])
        elif kind == "take" and applications:
            url = f"/api/v1/applications/{applications[move[1] % len(applications)]}"
            offer = client.get(f"{url}/offer", headers=borrower)
            if offer.status_code == 200:
                accepted = client.post(
                    f"{url}/accept",
                    headers=borrower,
                    json={
                        "apr": offer.json["apr"],
                        "total_cost_of_credit": offer.json["total_cost_of_credit"],
                        "consent": True,
                    },
                )
                if accepted.status_code == 201:
                    disbursed = client.post(
                        f"/api/v1/loans/{accepted.json['id']}/disburse", headers={**people["officer"], **key()}
                    )
                    assert disbursed.status_code in (201, 409), disbursed.json
                    paid_out = disbursed.status_code == 201
                    loans.append(accepted.json["id"])
        elif kind == "receipt" and loans:
            _, role, channel, amount, which = move
            body = {
                "amount": amount,
                "external_ref": f"R-{uuid.uuid4().hex[:10]}",
                **({"channel": channel} if channel else {}),
            }
            booked = client.post(
                f"/api/v1/loans/{loans[which % len(loans)]}/repayments", json=body, headers={**headers[role], **key()}
            )
            assert booked.status_code in (201, 403, 409, 422), booked.json
            if booked.status_code == 201:
                transactions.append((loans[which % len(loans)], booked.json["id"]))
        elif kind == "provider" and loans:
            _, amount, which = move
            confirmed = client.post(
                "/api/v1/payments/mobile-money/callback",
                headers={"X-Callback-Token": TOKEN},
                json={
                    "loan_id": loans[which % len(loans)],
                    "amount": amount,
                    "external_ref": f"MM-{uuid.uuid4().hex[:10]}",
                },
            )
            assert confirmed.status_code in (201, 409), confirmed.json
            if confirmed.status_code == 201:
                transactions.append((loans[which % len(loans)], confirmed.json["id"]))
        elif kind == "reverse" and transactions:
            loan_id, transaction_id = transactions[move[1] % len(transactions)]
            reversed_ = client.post(
                f"/api/v1/loans/{loan_id}/transactions/{transaction_id}/reverse",
                json={"reason": "property test"},
                headers={**people["officer"], **key()},
            )
            assert reversed_.status_code in (201, 409), reversed_.json
        elif kind == "write_off" and loans:
            written = client.post(
                f"/api/v1/loans/{loans[move[1] % len(loans)]}/write-off",
                json={"reason": "property test"},
                headers={**people["officer"], **key()},
            )
            assert written.status_code in (201, 409), written.json
        _check(app, farmer["id"], people, loans, capacities, paid_out)
