"""A loan's life through the API: offer with disclosure, acceptance, one disbursement whatever the retries,
repayments allocated and booked, reversal, close of business — the journal always equal to the replayed loan."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest

from tests.helpers import receipt, staff_headers
from tests.integration.test_applications import VILLAGE, apply, steady_farmer


@pytest.fixture
def loan_world(app, client, current_model, monkeypatch):
    from tests.helpers import load_products

    monkeypatch.setitem(app.config, "POLICY_APPROVE_PD", "0.9")  # approve every application the rules allow
    monkeypatch.setitem(app.config, "POLICY_DECLINE_PD", "0.95")
    load_products(app)
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    _, officer = staff_headers(app, client, "officer")
    farmer = steady_farmer(client, agent)
    application = apply(client, agent, farmer["id"], amount="6000.00", term_months=6).json
    assert application["status"] == "approved", application
    return {"agent": agent, "officer": officer, "farmer": farmer, "application": application}


def key() -> dict:
    return {"Idempotency-Key": f"test-{uuid.uuid4()}"}


def accepted_loan(client, world) -> dict:
    url = f"/api/v1/applications/{world['application']['id']}"
    offer = client.get(f"{url}/offer", headers=world["agent"]).json
    response = client.post(
        f"{url}/accept",
        headers=world["agent"],
        json={"apr": offer["apr"], "total_cost_of_credit": offer["total_cost_of_credit"], "consent": True},
    )
    assert response.status_code == 201, response.json
    return response.json


def disbursed_loan(client, world) -> dict:
    loan = accepted_loan(client, world)
    response = client.post(f"/api/v1/loans/{loan['id']}/disburse", headers={**world["officer"], **key()})
    assert response.status_code == 201, response.json
    return response.json


def ledger_and_state(app, loan_id, as_of=None):
    from lending.extensions import db
    from lending.models import Loan
    from lending.services import _postings, loans

    with app.app_context():
        loan = db.session.get(Loan, uuid.UUID(loan_id))
        balances = loans.journal_balances(db.session, loan.id)
        as_of = as_of or _postings.journal_date(db.session, loan)
        state = _postings.replay(loan, _postings.transactions_of(db.session, loan), as_of)
        return balances, state, loan


def assert_ledger_equals_replay(app, loan_id):
    balances, state, _ = ledger_and_state(app, loan_id)
    assert sum(balances.values()) == 0
    assert balances["principal_receivable"] == state.principal_outstanding
    assert balances["interest_receivable"] == state.interest_outstanding
    assert balances["fee_receivable"] == state.fee_outstanding
    assert balances["penalty_receivable"] == state.penalty_outstanding
    assert -balances["overpayment_liability"] == state.overpayment


def test_the_offer_discloses_apr_and_total_cost_and_acceptance_must_match_it(client, loan_world):
    url = f"/api/v1/applications/{loan_world['application']['id']}"
    offer = client.get(f"{url}/offer", headers=loan_world["agent"]).json
    assert offer["principal"] == "6000.00" and offer["method"] == "annuity" and len(offer["schedule"]) == 6
    # EQUIP-ANNUITY deducts a 1 % fee: 60.00; the farmer receives 5,940.00
    assert (offer["fee"], offer["disbursed"]) == ("60.00", "5940.00")
    assert sum(Decimal(row["principal"]) for row in offer["schedule"]) == Decimal("6000.00")
    assert Decimal(offer["total_cost_of_credit"]) == Decimal(offer["total_repayable"]) - Decimal("5940.00")
    assert Decimal(offer["apr"]) > Decimal(offer["annual_rate"])  # the fee makes credit dearer than the rate
    stale = client.post(
        f"{url}/accept",
        headers=loan_world["agent"],
        json={"apr": "0.0100", "total_cost_of_credit": offer["total_cost_of_credit"], "consent": True},
    )
    assert stale.status_code == 409 and stale.json["code"] == "offer_changed" and "apr" in stale.json["errors"]
    refused = client.post(
        f"{url}/accept",
        headers=loan_world["agent"],
        json={"apr": offer["apr"], "total_cost_of_credit": offer["total_cost_of_credit"], "consent": False},
    )
    assert refused.status_code == 422 and "consent" in refused.json["errors"]
    loan = accepted_loan(client, loan_world)
    assert (loan["status"], loan["apr"]) == ("accepted", offer["apr"])
    assert [row["total"] for row in loan["schedule"]] == [row["total"] for row in offer["schedule"]]
    again = client.post(
        f"{url}/accept",
        headers=loan_world["agent"],
        json={"apr": offer["apr"], "total_cost_of_credit": offer["total_cost_of_credit"], "consent": True},
    )
    assert again.status_code == 409 and again.json["code"] == "already_accepted"


def test_a_disbursement_retried_with_the_same_key_pays_out_once(app, client, loan_world):
    loan = accepted_loan(client, loan_world)
    url, headers = f"/api/v1/loans/{loan['id']}/disburse", {**loan_world["officer"], **key()}
    first = client.post(url, headers=headers)
    retry = client.post(url, headers=headers)  # the client timed out and tried again
    assert (first.status_code, retry.status_code) == (201, 201) and retry.json == first.json
    assert retry.headers["Idempotent-Replayed"] == "true"
    other_key = client.post(url, headers={**loan_world["officer"], **key()})
    assert other_key.status_code == 409 and other_key.json["code"] == "already_disbursed"
    transactions = client.get(f"/api/v1/loans/{loan['id']}/transactions", headers=loan_world["officer"]).json
    assert [(t["kind"], t["amount"]) for t in transactions] == [("disbursement", "5940.00")]
    balances, _, _ = ledger_and_state(app, loan["id"])
    assert balances["cash"] == Decimal("-5940.00") and balances["fee_income"] == Decimal("-60.00")
    assert balances["principal_receivable"] == Decimal("6000.00")
    assert client.post(url, headers=loan_world["officer"]).status_code == 428
    assert client.post(url, headers={**loan_world["agent"], **key()}).status_code == 403


def test_a_repayment_is_allocated_booked_and_replayed_by_key(app, client, loan_world):
    loan = disbursed_loan(client, loan_world)
    first_due = loan["schedule"][0]
    url, headers = f"/api/v1/loans/{loan['id']}/repayments", {**loan_world["agent"], **key()}
    paid = client.post(url, headers=headers, json={"amount": first_due["total"], "external_ref": "R-0001"})
    assert paid.status_code == 201, paid.json
    # paid before it fell due: nothing is due yet, so all of it prepays principal
    assert paid.json["allocation"]["principal"] == first_due["total"]
    assert (
        client.post(url, headers=headers, json={"amount": first_due["total"], "external_ref": "R-0001"}).json
        == paid.json
    )
    mismatch = client.post(url, headers=headers, json={"amount": "1.00"})
    assert mismatch.status_code == 409 and mismatch.json["code"] == "idempotency_mismatch"
    after = client.get(f"/api/v1/loans/{loan['id']}", headers=loan_world["agent"]).json
    assert Decimal(after["balances"]["principal"]) == Decimal("6000.00") - Decimal(first_due["total"])
    assert_ledger_equals_replay(app, loan["id"])


def test_a_reversal_restores_the_balance(app, client, loan_world):
    loan = disbursed_loan(client, loan_world)
    repayment = client.post(
        f"/api/v1/loans/{loan['id']}/repayments", headers={**loan_world["agent"], **key()}, json=receipt("500.00")
    ).json
    url = f"/api/v1/loans/{loan['id']}/transactions/{repayment['id']}/reverse"
    reversed_ = client.post(url, headers={**loan_world["officer"], **key()}, json={"reason": "cheque bounced"})
    assert reversed_.status_code == 201 and reversed_.json["kind"] == "reversal"
    again = client.post(url, headers={**loan_world["officer"], **key()}, json={"reason": "again"})
    assert again.status_code == 409 and again.json["code"] == "already_reversed"
    after = client.get(f"/api/v1/loans/{loan['id']}", headers=loan_world["agent"]).json
    assert after["balances"]["principal"] == "6000.00"
    assert_ledger_equals_replay(app, loan["id"])


def test_close_of_business_ages_the_loan_and_charges_penalty_like_the_replay(app, client, loan_world):
    loan = disbursed_loan(client, loan_world)
    first_due = dt.date.fromisoformat(loan["schedule"][0]["due_date"])
    through = first_due + dt.timedelta(days=12)  # 12 days late; EQUIP-ANNUITY grace is 5 days
    runner = app.test_cli_runner()
    result = runner.invoke(args=["cob", "run", "--date", through.isoformat()])
    assert result.exit_code == 0, result.output
    balances, state, stored = ledger_and_state(app, loan["id"])
    assert (stored.days_past_due, stored.arrears_bucket) == (12, "1-30")
    from lending.extensions import db
    from lending.services import _postings

    with app.app_context():
        assert _postings.journal_date(db.session, db.session.merge(stored)) == through
    assert state.days_past_due == 12 and state.penalty_accrued > 0
    # days 6..12 after the due date accrue penalty: 7 days × round(0.0005 × first instalment's principal)
    principal = Decimal(loan["schedule"][0]["principal"])
    assert state.penalty_accrued == 7 * (principal * Decimal("0.0005")).quantize(Decimal("0.01"))
    assert_ledger_equals_replay(app, loan["id"])
    twice = runner.invoke(args=["cob", "run", "--date", through.isoformat()])
    assert '"done_before": true' in twice.output
    assert ledger_and_state(app, loan["id"])[0] == balances


def test_write_off_moves_every_receivable_to_expense_and_later_money_is_a_recovery(app, client, loan_world):
    loan = disbursed_loan(client, loan_world)
    client.post(
        f"/api/v1/loans/{loan['id']}/repayments", headers={**loan_world["agent"], **key()}, json=receipt("1000.00")
    )
    url = f"/api/v1/loans/{loan['id']}/write-off"
    assert client.post(url, headers={**loan_world["agent"], **key()}, json={"reason": "x"}).status_code == 403
    written = client.post(url, headers={**loan_world["officer"], **key()}, json={"reason": "farmer died"})
    assert written.status_code == 201, written.json
    assert written.json["status"] == "written_off" and written.json["balances"]["total"] == "0.00"
    balances, _, _ = ledger_and_state(app, loan["id"])
    assert sum(balances.values()) == 0
    assert all(
        balances[a] == 0
        for a in ("principal_receivable", "interest_receivable", "fee_receivable", "penalty_receivable")
    )
    assert balances["writeoff_expense"] == Decimal("5000.00")  # 6,000 lent, 1,000 repaid (all principal)
    # money in after the write-off is a recovery: income, not a receivable put back
    recovered = client.post(
        f"/api/v1/loans/{loan['id']}/repayments", headers={**loan_world["agent"], **key()}, json=receipt("10.00")
    )
    assert recovered.status_code == 201 and recovered.json["kind"] == "recovery", recovered.json
    after, _, _ = ledger_and_state(app, loan["id"])
    assert sum(after.values()) == 0
    assert (after["recoveries_income"], after["cash_in_transit"]) == (Decimal("-10.00"), Decimal("1010.00"))
    assert all(
        after[a] == 0 for a in ("principal_receivable", "interest_receivable", "fee_receivable", "penalty_receivable")
    )
    shown = client.get(f"/api/v1/loans/{loan['id']}", headers=loan_world["officer"]).json
    assert (shown["status"], shown["recovered"], shown["balances"]["total"]) == ("written_off", "10.00", "0.00")


def test_portfolio_summary_after_close_of_business(app, client, loan_world):
    loan = disbursed_loan(client, loan_world)
    summary = client.get("/api/v1/portfolio/summary", headers=loan_world["officer"]).json
    assert (summary["active_loans"], summary["outstanding"], summary["par30"]) == (1, "6000.00", "0.0000")
    first_due = dt.date.fromisoformat(loan["schedule"][0]["due_date"])
    assert (
        app.test_cli_runner()
        .invoke(args=["cob", "run", "--date", (first_due + dt.timedelta(days=31)).isoformat()])
        .exit_code
        == 0
    )
    summary = client.get("/api/v1/portfolio/summary", headers=loan_world["officer"]).json
    assert summary["par30"] == "1.0000" and summary["par90"] == "0.0000"  # the whole principal is at risk
    assert [b for b in summary["by_bucket"] if b["loans"]] == [
        {"bucket": "31-60", "loans": 1, "outstanding": "6000.00"}
    ]
    assert [p["key"] for p in summary["by_product"]] == ["EQUIP-ANNUITY"]
    assert [v["key"] for v in summary["by_village"]] == [VILLAGE]
    assert client.get("/api/v1/portfolio/summary", headers=loan_world["agent"]).status_code == 403


def test_a_restructure_needs_a_second_officer_and_rolls_what_is_owed_into_a_new_loan(app, client, loan_world):
    loan = disbursed_loan(client, loan_world)
    client.post(
        f"/api/v1/loans/{loan['id']}/repayments", headers={**loan_world["agent"], **key()}, json=receipt("1000.00")
    )
    asked = client.post(
        f"/api/v1/loans/{loan['id']}/restructures",
        headers=loan_world["officer"],
        json={"term_months": 12, "reason": "drought: the harvest failed"},
    )
    assert asked.status_code == 201 and asked.json["status"] == "pending"
    url = f"/api/v1/restructures/{asked.json['id']}/approve"
    same = client.post(url, headers={**loan_world["officer"], **key()}, json={"note": "ok"})
    assert same.status_code == 403 and same.json["code"] == "same_officer"
    _, checker = staff_headers(app, client, "officer")
    approved = client.post(url, headers={**checker, **key()}, json={"note": "visited, agreed"})
    assert approved.status_code == 200, approved.json
    old = client.get(f"/api/v1/loans/{loan['id']}", headers=checker).json
    new = client.get(f"/api/v1/loans/{approved.json['new_loan_id']}", headers=checker).json
    assert old["status"] == "restructured"
    # nothing was due yet: 1,000 prepaid principal, so 5,000.00 is owed and becomes the new principal
    assert (new["status"], new["principal"], new["term_months"]) == ("active", "5000.00", 12)
    assert sum(Decimal(row["principal"]) for row in new["schedule"]) == Decimal("5000.00")
    old_books, _, _ = ledger_and_state(app, loan["id"])
    new_books, _, _ = ledger_and_state(app, approved.json["new_loan_id"])
    assert old_books["restructure_clearing"] + new_books["restructure_clearing"] == 0
    assert old_books["principal_receivable"] == 0 and new_books["principal_receivable"] == Decimal("5000.00")
    assert_ledger_equals_replay(app, approved.json["new_loan_id"])
    again = client.post(url, headers={**checker, **key()}, json={"note": "twice"})
    assert again.status_code == 409 and again.json["code"] == "restructure_decided"


def test_the_farmer_hears_the_offer_and_the_payout_by_sms_once_each(app, client, loan_world):
    """Whatever channel applied and disbursed (here REST), the decision and the payout go to the farmer's phone
    through the outbox, in their language — once each, a retried disbursement sends nothing more."""
    from tests.helpers import FARMER, sms_to

    loan = disbursed_loan(client, loan_world)
    first = loan["schedule"][0]
    offers = sms_to(app, FARMER["phone"], "offer")
    assert len(offers) == 1 and offers[0].startswith("农贷：已批准")
    assert sms_to(app, FARMER["phone"], "disbursement") == [
        f"农贷：贷款{Decimal(loan['disbursed_amount']):,}元已发放。"
        f"首期应还{Decimal(first['total']):,}元，到期日{first['due_date']}。"
    ]
    again = client.post(f"/api/v1/loans/{loan['id']}/disburse", headers={**loan_world["officer"], **key()})
    assert again.status_code == 409
    assert len(sms_to(app, FARMER["phone"], "disbursement")) == 1


def test_close_of_business_sends_each_reminder_once_and_only_with_service_sms_consent(app, client, loan_world):
    from tests.helpers import FARMER, sms_to

    loan = disbursed_loan(client, loan_world)
    first = loan["schedule"][0]
    first_due = dt.date.fromisoformat(first["due_date"])
    runner = app.test_cli_runner()
    # three days before the first due date: due soon — but the farmer has not agreed to service SMS
    result = runner.invoke(args=["cob", "run", "--date", (first_due - dt.timedelta(days=3)).isoformat()])
    assert "reminder SMS: 0 queued, 1 without service_sms consent, 0 without a phone" in result.output
    assert sms_to(app, FARMER["phone"], "reminder") == []

    client.post(
        f"/api/v1/farmers/{loan_world['farmer']['id']}/consents",
        headers=loan_world["agent"],
        json={"purpose": "service_sms", "text_version": "2025-01"},
    )
    result = runner.invoke(args=["cob", "run", "--date", (first_due + dt.timedelta(days=1)).isoformat()])
    assert "reminder SMS: 1 queued, 0 without service_sms consent" in result.output  # the first day overdue
    assert sms_to(app, FARMER["phone"], "reminder") == [
        f"agrilend：您的贷款有 {Decimal(first['total']):,} CNY 已逾期（应还日 {first_due}）。"
        "请尽快还款或联系您的客户经理。"
    ]
    again = runner.invoke(args=["cob", "run", "--date", (first_due + dt.timedelta(days=1)).isoformat()])
    assert "reminder SMS: 0 queued, 0 without service_sms consent, 0 without a phone" in again.output
    assert len(sms_to(app, FARMER["phone"], "reminder")) == 1
