"""Where a loan, an application, a restructure and an outgoing SMS stand: the values of their `status` columns.
Pure Python. (A risk check's status sits with its rules in domain.risk, a record's verification in domain.evidence.)"""

from __future__ import annotations

from enum import StrEnum


class LoanStatus(StrEnum):
    ACCEPTED = "accepted"  # the farmer accepted the offer; not disbursed yet
    ACTIVE = "active"  # disbursed and being repaid
    CLOSED = "closed"  # repaid in full
    WRITTEN_OFF = "written_off"  # its receivables went to expense; recoveries may still come
    RESTRUCTURED = "restructured"  # settled by a new loan on new terms (loans.restructured_from)


# a loan that still counts against the farmer's limit, and that erasure must leave alone
OPEN_LOAN_STATUSES = (LoanStatus.ACCEPTED, LoanStatus.ACTIVE)


class ApplicationStatus(StrEnum):
    APPROVED = "approved"
    REFERRED = "referred"  # waiting for a credit officer
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"  # the farmer's data was erased before a loan was made from it


class RestructureStatus(StrEnum):
    """Maker-checker: one officer asks, another approves or rejects."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class OutboxStatus(StrEnum):
    """`sms_outbox.status`."""

    PENDING = "pending"  # written in the caller's transaction, not sent yet
    SENT = "sent"
