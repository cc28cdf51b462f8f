"""Data-subject requests (PIPL art. 45, 47): a farmer's data exported whole, or erased as far as the law allows.

Export: everything held about one farmer — the farmer with the whole phone and national ID, records, consents,
applications with their decisions (score, PD, rule, reasons), loans with instalments and transactions, and, for
those who may read risk checks (officers, admins: risk.READERS), the risk checks — as one JSON document; the export
is audited. An agent's or the farmer's own export leaves the checks out, as GET /risk/checks refuses them: which
signals held a farmer would tell whoever games the rules how to pass them.

Erase: the personal data is pseudonymised — name replaced, phone, national ID, birth year and household size removed
(with their blind indexes), consents revoked, devices, the WeChat binding, pending sign-in codes and SMS to the phone
deleted; what was still pending is withdrawn (a referred application, or an approved one no loan was made from: its
offer can no longer be accepted) and every sign-in session of the farmer ends. From then on nothing is written for
the farmer (409 `farmer_erased`, services.farmers.require_not_erased). Kept, as
the law requires of a lender: the loans and their ledger, the decisions (records of automated decisions are kept 3
years, PIPL art. 56) and the economic records they were made from, now tied to a farmer no one can identify. A
farmer with a loan still open cannot be erased (409): the debt and its collection need who owes it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import delete, inspect, select
from sqlalchemy.orm import Session

from ..channels import sms
from ..domain.actors import Actor
from ..domain.statuses import OPEN_LOAN_STATUSES, ApplicationStatus
from ..errors import Conflict
from ..models import (
    Application,
    Consent,
    CropSale,
    Decision,
    Device,
    EquipmentPurchase,
    Farmer,
    LandTransfer,
    Loan,
    LoanInstalment,
    LoanTransaction,
    OneTimeCode,
    RiskCheck,
    WechatBinding,
)
from ..models.base import utcnow
from ..security.pii import blind_index
from . import audit, auth, farmers, risk
from .unit_of_work import use_case

ERASED_NAME = "(erased)"
# withdrawn on erasure, unless a loan was made from it
PENDING_APPLICATION = (ApplicationStatus.APPROVED, ApplicationStatus.REFERRED)


def _plain(value):
    if isinstance(value, (uuid.UUID, Decimal)):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _row(row, *, without: tuple[str, ...] = ()) -> dict:
    return {
        column.key: _plain(getattr(row, column.key))
        for column in inspect(row).mapper.column_attrs
        if column.key not in without
    }


def _all(session: Session, model, *criteria, order=None) -> list:
    return list(session.scalars(select(model).where(*criteria).order_by(order if order is not None else model.id)))


@use_case
def export(*, session: Session, actor: Actor, farmer_id: uuid.UUID) -> dict:
    """One farmer's data as a JSON-ready document (who may see the farmer may export it; audited)."""
    farmer = farmers.get_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    applications = _all(session, Application, Application.farmer_id == farmer.id, order=Application.submitted_at)
    decisions = {d.id: d for d in _all(session, Decision, Decision.id.in_([a.decision_id for a in applications]))}
    loans = _all(session, Loan, Loan.farmer_id == farmer.id, order=Loan.created_at)
    document = {
        "exported_at": utcnow().isoformat(),
        "farmer": _row(farmer, without=("phone_index", "national_id_index")),
        "land_transfers": [_row(r) for r in _all(session, LandTransfer, LandTransfer.farmer_id == farmer.id)],
        "crop_sales": [_row(r) for r in _all(session, CropSale, CropSale.farmer_id == farmer.id)],
        "equipment_purchases": [
            _row(r) for r in _all(session, EquipmentPurchase, EquipmentPurchase.farmer_id == farmer.id)
        ],
        "consents": [_row(r) for r in _all(session, Consent, Consent.farmer_id == farmer.id, order=Consent.granted_at)],
        "applications": [
            {
                **_row(a),
                "decision": {
                    name: decisions[a.decision_id].output.get(name)
                    for name in ("score", "pd", "rule", "reasons", "model_version")
                }
                if a.decision_id in decisions
                else None,
            }
            for a in applications
        ],
        "loans": [
            {
                **_row(loan),
                "instalments": [
                    _row(i, without=("loan_id",))
                    for i in _all(
                        session, LoanInstalment, LoanInstalment.loan_id == loan.id, order=LoanInstalment.number
                    )
                ],
                "transactions": [
                    _row(t, without=("loan_id",))
                    for t in _all(
                        session, LoanTransaction, LoanTransaction.loan_id == loan.id, order=LoanTransaction.sequence
                    )
                ],
            }
            for loan in loans
        ],
    }
    if actor.role in risk.READERS:
        document["risk_checks"] = [
            _row(r) for r in _all(session, RiskCheck, RiskCheck.farmer_id == farmer.id, order=RiskCheck.created_at)
        ]
    audit.record(
        session,
        actor=actor,
        action="farmer.export",
        entity_type="farmer",
        entity_id=farmer.id,
        detail={"sections": sorted(k for k in document if k not in ("exported_at", "farmer"))},
    )
    return document


@use_case
def erase(*, session: Session, actor: Actor, farmer_id: uuid.UUID, reason: str) -> Farmer:
    """Pseudonymise the farmer (see the module doc). Erasing twice is harmless; an open loan is a 409. The farmer's
    row lock is held throughout, so an acceptance that takes it (farmers.get_writable_or_raise) cannot slip in."""
    farmer = farmers.get_or_raise(session=session, actor=actor, farmer_id=farmer_id, lock=True)
    if farmer.erased_at is not None:
        return farmer
    open_loans = session.scalars(
        select(Loan.id).where(Loan.farmer_id == farmer.id, Loan.status.in_(OPEN_LOAN_STATUSES))
    ).all()
    if open_loans:
        raise Conflict(
            "The farmer has a loan still open; personal data is kept until it is repaid or written off.",
            code="open_loan",
            errors={"loans": [str(loan_id) for loan_id in open_loans]},
        )
    phone, now = farmer.phone, utcnow()
    if phone is not None:
        session.execute(delete(OneTimeCode).where(OneTimeCode.phone_index == blind_index("phone", phone)))
        for message in sms.messages_to(session, phone):
            session.delete(message)
    session.execute(delete(Device).where(Device.account_id == farmer.id))
    session.execute(delete(WechatBinding).where(WechatBinding.farmer_id == farmer.id))
    for consent in session.scalars(select(Consent).where(Consent.farmer_id == farmer.id, Consent.revoked_at.is_(None))):
        consent.revoked_at, consent.revoked_by = now, actor.id
    farmer.name, farmer.phone, farmer.national_id = ERASED_NAME, None, None
    farmer.birth_year = farmer.household_size = None
    farmer.erased_at = now
    withdrawn = _withdraw_pending(session, actor, farmer)
    sessions_ended = auth.end_sessions_of(session=session, subject_id=farmer.id, reason="erased")
    audit.record(
        session,
        actor=actor,
        action="farmer.erase",
        entity_type="farmer",
        entity_id=farmer.id,
        detail={"reason": reason, "applications_withdrawn": withdrawn, "sessions_ended": sessions_ended},
    )
    return farmer


def _withdraw_pending(session: Session, actor: Actor, farmer: Farmer) -> list[str]:
    """Withdraw the farmer's referred applications and the approved ones no loan was made from (each audited);
    returns their ids."""
    made_a_loan = select(Loan.id).where(Loan.application_id == Application.id).exists()
    pending = session.scalars(
        select(Application)
        .where(Application.farmer_id == farmer.id, Application.status.in_(PENDING_APPLICATION), ~made_a_loan)
        .order_by(Application.submitted_at, Application.id)
    ).all()
    for application in pending:
        audit.record(
            session,
            actor=actor,
            action="application.withdraw",
            entity_type="application",
            entity_id=application.id,
            detail={"farmer_id": str(farmer.id), "reason": "farmer_erased", "status_before": application.status},
        )
        application.status = ApplicationStatus.WITHDRAWN
    return [str(application.id) for application in pending]
