"""Erasure ends what the farmer had going (issue #10, finding 6): pending applications are withdrawn, every sign-in
session of the farmer ends (a refresh and an access token minted before fail), and nothing more is written for an
erased farmer (409 `farmer_erased`)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from tests.conftest import SECRET
from tests.helpers import FARMER
from tests.integration.test_applications import apply
from tests.integration.test_loans import accepted_loan, key, loan_world  # noqa: F401 (a fixture)
from tests.integration.test_ownership import assert_problem, bearer, borrower_tokens


@pytest.fixture
def erasable(app, client, loan_world, monkeypatch):  # noqa: F811
    """loan_world's farmer with an approved application (no loan made from it) and a referred one, signed in as a
    borrower by SMS code."""
    monkeypatch.setitem(app.config, "POLICY_APPROVE_PD", "0")  # from here on every application is referred
    # a small loan, which may be taken alongside the approved one (within the farmer's limit)
    referred = apply(
        client,
        loan_world["agent"],
        loan_world["farmer"]["id"],
        product_code="MICRO-BULLET",
        amount="500.00",
        term_months=3,
    ).json
    assert referred["status"] == "referred", referred
    return {**loan_world, "referred": referred, "borrower": borrower_tokens(app, client, FARMER["phone"])}


def erase(client, world):
    response = client.post(
        f"/api/v1/farmers/{world['farmer']['id']}/erase", json={"reason": "DSR-6"}, headers=world["officer"]
    )
    assert response.status_code == 200, response.json
    return response.json


def test_erasure_withdraws_pending_applications_and_audits_each(app, client, erasable):
    from lending.extensions import db
    from lending.models import AuditEvent

    erase(client, erasable)
    for name in ("application", "referred"):
        shown = client.get(f"/api/v1/applications/{erasable[name]['id']}", headers=erasable["officer"])
        assert shown.status_code == 200 and shown.json["status"] == "withdrawn", shown.json
    with app.app_context():
        events = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "application.withdraw").order_by(AuditEvent.id)
        ).all()
        assert [(e.entity_id, e.detail["status_before"], e.detail["reason"]) for e in events] == [
            (erasable["application"]["id"], "approved", "farmer_erased"),
            (erasable["referred"]["id"], "referred", "farmer_erased"),
        ]
        erased = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "farmer.erase"))
        assert erased.detail["applications_withdrawn"] == [erasable["application"]["id"], erasable["referred"]["id"]]
        assert erased.detail["sessions_ended"] == 1


def test_an_application_with_a_loan_made_from_it_is_not_withdrawn(app, client, loan_world):  # noqa: F811
    """A repaid loan's application stays approved: it is history, not something pending."""
    from lending.extensions import db
    from lending.models import Loan

    loan = accepted_loan(client, loan_world)
    with app.app_context():  # the loan is over (repaid); the application it was made from is not pending
        db.session.get(Loan, uuid.UUID(loan["id"])).status = "closed"
        db.session.commit()
    erase(client, loan_world)
    shown = client.get(f"/api/v1/applications/{loan_world['application']['id']}", headers=loan_world["officer"])
    assert shown.json["status"] == "approved"


def test_after_erasure_the_borrowers_refresh_and_access_tokens_fail(app, client, erasable):
    borrower = erasable["borrower"]
    farmer_url = f"/api/v1/farmers/{erasable['farmer']['id']}"
    assert client.get(farmer_url, headers=bearer(borrower["access_token"])).status_code == 200
    erase(client, erasable)
    assert_problem(
        client.post("/api/v1/auth/refresh", json={"refresh_token": borrower["refresh_token"]}), 401, "token_revoked"
    )
    assert_problem(client.get(farmer_url, headers=bearer(borrower["access_token"])), 401, "token_revoked")
    assert_problem(client.get("/api/v1/auth/me", headers=bearer(borrower["access_token"])), 401, "token_revoked")


def test_an_access_token_without_a_session_fails_for_an_erased_farmer(client, erasable):
    """Tokens minted before sessions existed name none: the erased account itself refuses them."""
    from lending.security import tokens

    old_style = tokens.issue(
        secret=SECRET,
        subject=uuid.UUID(erasable["farmer"]["id"]),
        role="borrower",
        kind="access",
        lifetime=dt.timedelta(minutes=15),
    )
    me = client.get("/api/v1/auth/me", headers=bearer(old_style))
    assert me.status_code == 200
    erase(client, erasable)
    assert_problem(client.get("/api/v1/auth/me", headers=bearer(old_style)), 401, "token_invalid")


def test_erasure_ends_only_the_erased_farmers_sessions(app, client, erasable):
    assert client.get("/api/v1/auth/me", headers=erasable["agent"]).status_code == 200
    erase(client, erasable)
    assert client.get("/api/v1/auth/me", headers=erasable["agent"]).status_code == 200
    assert client.get("/api/v1/auth/me", headers=erasable["officer"]).status_code == 200


def test_an_erased_farmer_is_not_updated_and_gives_no_consent(client, erasable):
    farmer = erase(client, erasable)
    url = f"/api/v1/farmers/{farmer['id']}"
    problem = assert_problem(
        client.patch(url, json={"language": "en"}, headers={**erasable["agent"], "If-Match": f'"{farmer["version"]}"'}),
        409,
        "farmer_erased",
    )
    assert problem["errors"] == {"farmer_id": ["The farmer was erased."]}
    assert_problem(
        client.post(
            f"{url}/consents", json={"purpose": "credit_scoring", "text_version": "2026-11"}, headers=erasable["agent"]
        ),
        409,
        "farmer_erased",
    )
    assert client.get(url, headers=erasable["officer"]).json["version"] == farmer["version"]  # nothing changed
    # reads go on: the officer still sees the (pseudonymised) farmer and can export what is kept
    assert client.get(f"{url}/export", headers=erasable["officer"]).status_code == 200


def accept_after_erasure(client, world):
    """Accept the farmer's approved offer, as shown before the erasure, after it."""
    url = f"/api/v1/applications/{world['application']['id']}"
    offer = client.get(f"{url}/offer", headers=world["agent"]).json
    erase(client, world)
    return client.post(
        f"{url}/accept",
        headers=world["agent"],
        json={"apr": offer["apr"], "total_cost_of_credit": offer["total_cost_of_credit"], "consent": True},
    )


def test_the_withdrawn_offer_of_an_erased_farmer_is_not_accepted(client, erasable):
    accepted = accept_after_erasure(client, erasable)
    assert accepted.status_code == 409, accepted.json  # withdrawn: no longer an approved application


def test_accepting_for_an_erased_farmer_is_refused_naming_the_erasure(client, erasable):
    assert_problem(accept_after_erasure(client, erasable), 409, "farmer_erased")


def test_a_loan_accepted_as_the_farmer_was_erased_is_not_disbursed(app, client, loan_world):  # noqa: F811
    """The race erasure's open-loan check cannot see: an acceptance committed after erasure read no open loan.
    Its end state is made here directly: an accepted loan of an erased farmer."""
    from lending.extensions import db
    from lending.models import Farmer
    from lending.models.base import utcnow

    loan = accepted_loan(client, loan_world)
    with app.app_context():
        farmer = db.session.get(Farmer, uuid.UUID(loan_world["farmer"]["id"]))
        farmer.erased_at, farmer.phone = utcnow(), None
        db.session.commit()
    refused = client.post(f"/api/v1/loans/{loan['id']}/disburse", headers={**loan_world["officer"], **key()})
    assert_problem(refused, 409, "farmer_erased")
