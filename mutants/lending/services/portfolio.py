"""Portfolio at risk (one lending currency per book): outstanding principal, PAR30 / PAR90 and arrears by bucket,
product and village — set-based over the loans' state columns (kept by postings and close of business)."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..domain.arrears import ArrearsBucket
from ..domain.statuses import LoanStatus
from ..domain.terms import TransactionKind
from ..models import Farmer, Loan, LoanTransaction, Product
from ..money import Money

FOUR = Decimal("0.0001")


def _money(amount, currency: str) -> Decimal:
    return Money.of(Decimal(amount or 0), currency).rounded().amount


def _share(part, whole) -> Decimal:
    whole = Decimal(whole or 0)
    return (Decimal(part or 0) / whole).quantize(FOUR, rounding=ROUND_HALF_EVEN) if whole else Decimal("0.0000")


def _slices(session: Session, key_column, currency: str, join=None) -> list[dict]:
    at_risk = lambda days: func.sum(case((Loan.days_past_due > days, Loan.principal_outstanding), else_=0))  # noqa
    stmt = (
        select(key_column, func.count(), func.sum(Loan.principal_outstanding), at_risk(30), at_risk(90))
        .select_from(Loan)
        .where(Loan.status == LoanStatus.ACTIVE)
    )
    if join is not None:
        stmt = stmt.join(*join)
    rows = session.execute(stmt.group_by(key_column).order_by(key_column)).all()
    return [
        {
            "key": key,
            "loans": count,
            "outstanding": _money(total, currency),
            "par30": _share(p30, total),
            "par90": _share(p90, total),
        }
        for key, count, total, p30, p90 in rows
    ]


def summary(*, session: Session) -> dict:
    currency_code = session.scalar(select(Loan.currency).where(Loan.status == LoanStatus.ACTIVE).limit(1)) or "CNY"
    totals = _slices(session, Loan.currency, currency_code)
    currency = (
        totals[0]
        if totals
        else {
            "key": "CNY",
            "loans": 0,
            "outstanding": Decimal(0),
            "par30": Decimal("0.0000"),
            "par90": Decimal("0.0000"),
        }
    )
    buckets = dict(
        session.execute(
            select(Loan.arrears_bucket, func.count())
            .where(Loan.status == LoanStatus.ACTIVE)
            .group_by(Loan.arrears_bucket)
        ).all()
    )
    amounts = dict(
        session.execute(
            select(Loan.arrears_bucket, func.sum(Loan.principal_outstanding))
            .where(Loan.status == LoanStatus.ACTIVE)
            .group_by(Loan.arrears_bucket)
        ).all()
    )
    written_off = session.scalar(
        select(func.coalesce(func.sum(LoanTransaction.amount), 0)).where(
            LoanTransaction.kind == TransactionKind.WRITEOFF
        )
    )
    return {
        "currency": currency["key"],
        "active_loans": currency["loans"],
        "outstanding": currency["outstanding"],
        "par30": currency["par30"],
        "par90": currency["par90"],
        "non_performing_loans": session.scalar(
            select(func.count())
            .select_from(Loan)
            .where(Loan.status == LoanStatus.ACTIVE, Loan.non_performing.is_(True))
        ),
        "written_off": _money(written_off, currency_code),
        "by_bucket": [
            {"bucket": b.value, "loans": buckets.get(b, 0), "outstanding": _money(amounts.get(b), currency_code)}
            for b in ArrearsBucket
        ],
        "by_product": _slices(session, Product.code, currency_code, (Product, Product.id == Loan.product_id)),
        "by_village": _slices(session, Farmer.village_code, currency_code, (Farmer, Farmer.id == Loan.farmer_id)),
    }
