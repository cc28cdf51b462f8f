"""What a farmer consents to (PIPL): one consent per purpose, revocable. Pure Python."""

from __future__ import annotations

from enum import StrEnum


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class ConsentPurpose(StrEnum):
    """`consents.purpose`."""

    CREDIT_SCORING = "credit_scoring"  # decide on applications from the farmer's records
    EXTERNAL_DATA = "external_data"  # check the records with co-ops, buyers and the rural property exchange
    SERVICE_SMS = "service_sms"  # sign-in codes, reminders and receipts by SMS
    MARKETING = "marketing"  # news of products by SMS
