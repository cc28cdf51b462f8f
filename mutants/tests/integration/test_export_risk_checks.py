"""A farmer's export shows risk checks only to those who may read GET /risk/checks (issue #10, finding 14)."""

from __future__ import annotations

from sqlalchemy import select

from tests.helpers import FARMER
from tests.integration.test_loans import loan_world  # noqa: F401 (a fixture)
from tests.integration.test_ownership import bearer, borrower_tokens


def export(client, world, headers):
    response = client.get(f"/api/v1/farmers/{world['farmer']['id']}/export", headers=headers)
    assert response.status_code == 200, response.json
    return response.json


def test_officers_and_admins_see_the_risk_checks_in_the_export(app, client, loan_world):  # noqa: F811
    from tests.helpers import staff_headers

    _, admin = staff_headers(app, client, "admin")
    for headers in (loan_world["officer"], admin):
        checks = export(client, loan_world, headers)["risk_checks"]
        # the one application was assessed once: its check is there, as /risk/checks shows it
        assert [(c["event"], c["subject_id"]) for c in checks] == [("application", loan_world["application"]["id"])]


def test_agents_and_the_borrower_get_the_export_without_risk_checks(app, client, loan_world):  # noqa: F811
    from lending.extensions import db
    from lending.models import AuditEvent

    borrower = bearer(borrower_tokens(app, client, FARMER["phone"])["access_token"])
    for headers in (loan_world["agent"], borrower):
        assert client.get("/api/v1/risk/checks", headers=headers).status_code == 403
        document = export(client, loan_world, headers)
        assert "risk_checks" not in document
        assert [a["id"] for a in document["applications"]] == [loan_world["application"]["id"]]  # the rest is there
    with app.app_context():
        sections = [
            event.detail["sections"]
            for event in db.session.scalars(
                select(AuditEvent).where(AuditEvent.action == "farmer.export").order_by(AuditEvent.id)
            )
        ]
    assert (
        sections == [["applications", "consents", "crop_sales", "equipment_purchases", "land_transfers", "loans"]] * 2
    )
