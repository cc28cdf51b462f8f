"""Where a loan, an application, a restructure and an outgoing SMS stand: the values of their `status` columns.
Pure Python. (A risk check's status sits with its rules in domain.risk, a record's verification in domain.evidence.)"""

from __future__ import annotations

from enum import StrEnum


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
    """`sms_outbox.status`: what became of a message on our side."""

    PENDING = "pending"  # written in the caller's transaction, not sent yet (or waiting for its next try)
    SENDING = "sending"  # claimed by a worker and handed to the provider; not known to be accepted yet
    SENT = "sent"  # the provider accepted it (provider_id is its id; delivery_status follows its callbacks)
    FAILED = "failed"  # given up after SMS_MAX_ATTEMPTS tries, or refused by the provider for good
    SUPPRESSED = "suppressed"  # never sent: the phone opted out (STOP) and the message is not essential


class DeliveryStatus(StrEnum):
    """`sms_outbox.delivery_status`: what the provider says became of a sent message (its status callbacks)."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"


class SmsPurpose(StrEnum):
    """`sms_outbox.purpose`: why a message goes out. The essential ones still go to a phone that opted out (STOP)."""

    SIGN_IN = "sign_in"
    PIN_LOCKED = "pin_locked"
    CONSENT = "consent"
    OFFER = "offer"
    DISBURSEMENT = "disbursement"
    REMINDER = "reminder"
    REPLY = "reply"  # an answer to the farmer's own SMS command


ESSENTIAL_SMS = frozenset({SmsPurpose.SIGN_IN, SmsPurpose.PIN_LOCKED, SmsPurpose.CONSENT, SmsPurpose.REPLY})
