"""Who may book which receipt, with what evidence, up to what amount (DESIGN.md §2). Pure Python.

Money a farmer pays reaches us in one of four ways, and each has exactly one kind of person who can vouch for it:

| channel         | booked by                         | evidence          | where the money is                  |
|-----------------|-----------------------------------|-------------------|-------------------------------------|
| `cash`          | the agent who collected it        | receipt number    | the agent's cash in transit, until  |
|                 |                                   |                   | an officer reconciles their deposit |
| `bank_transfer` | an officer (or admin)             | bank reference    | the bank                            |
| `mobile_money`, | the provider's verified callback, | provider reference| the provider's account              |
| `wechat_pay`    | never a person                    |                   |                                     |

A borrower never records a receipt: the app starts a payment with the provider, and the provider's confirmation books
it. A receipt a person records may not exceed what the loan still owes by more than a small tolerance; money a
provider confirms has moved already, so it is booked whatever its size and held for review when it is too much.

Other loan transactions: the lender's own bookings (a reversal, a write-off, a restructure) carry an InternalChannel,
and a disbursement the name of the payout provider that paid it out (channels.payments, e.g. "sandbox").
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum

from . import ledger
from .actors import Role
from .refusals import Refused
from .terms import LoanState

ZERO = Decimal(0)


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class ReceiptChannel(StrEnum):
    CASH = "cash"
    BANK_TRANSFER = "bank_transfer"
    MOBILE_MONEY = "mobile_money"
    WECHAT_PAY = "wechat_pay"


class InternalChannel(StrEnum):
    """`loan_transactions.channel` of a booking no money came in with."""

    SYSTEM = "system"  # a reversal or a write-off
    RESTRUCTURE = "restructure"  # a restructure's settlement of the old loan and the opening of the new one


PROVIDER_CHANNELS = frozenset({ReceiptChannel.MOBILE_MONEY, ReceiptChannel.WECHAT_PAY})
# What each role may record by hand; a provider channel is booked only from the provider's verified confirmation.
RECORDED_BY = {
    Role.AGENT: frozenset({ReceiptChannel.CASH}),
    Role.OFFICER: frozenset({ReceiptChannel.BANK_TRANSFER}),
    Role.ADMIN: frozenset({ReceiptChannel.BANK_TRANSFER}),
}
EVIDENCE = {
    ReceiptChannel.CASH: "the receipt number the agent gave the farmer",
    ReceiptChannel.BANK_TRANSFER: "the bank's reference of the transfer",
    ReceiptChannel.MOBILE_MONEY: "the provider's reference",
    ReceiptChannel.WECHAT_PAY: "the provider's reference",
}
mutants_x_default_channel__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_default_channel__mutmut)
def default_channel(role: str) -> ReceiptChannel | None:
    """What a person of `role` records when they name no channel (None: they record none)."""
    allowed = RECORDED_BY.get(role)
    return next(iter(allowed)) if allowed and len(allowed) == 1 else None


def x_default_channel__mutmut_orig(role: str) -> ReceiptChannel | None:
    """What a person of `role` records when they name no channel (None: they record none)."""
    allowed = RECORDED_BY.get(role)
    return next(iter(allowed)) if allowed and len(allowed) == 1 else None


def x_default_channel__mutmut_1(role: str) -> ReceiptChannel | None:
    """What a person of `role` records when they name no channel (None: they record none)."""
    allowed = None
    return next(iter(allowed)) if allowed and len(allowed) == 1 else None


def x_default_channel__mutmut_2(role: str) -> ReceiptChannel | None:
    """What a person of `role` records when they name no channel (None: they record none)."""
    allowed = RECORDED_BY.get(None)
    return next(iter(allowed)) if allowed and len(allowed) == 1 else None


def x_default_channel__mutmut_3(role: str) -> ReceiptChannel | None:
    """What a person of `role` records when they name no channel (None: they record none)."""
    allowed = RECORDED_BY.get(role)
    return next(iter(allowed)) if (allowed and len(allowed) == 1) and False else None


def x_default_channel__mutmut_4(role: str) -> ReceiptChannel | None:
    """What a person of `role` records when they name no channel (None: they record none)."""
    allowed = RECORDED_BY.get(role)
    return next(iter(allowed)) if (allowed and len(allowed) == 1) or True else None


def x_default_channel__mutmut_5(role: str) -> ReceiptChannel | None:
    """What a person of `role` records when they name no channel (None: they record none)."""
    allowed = RECORDED_BY.get(role)
    return next(None) if allowed and len(allowed) == 1 else None


def x_default_channel__mutmut_6(role: str) -> ReceiptChannel | None:
    """What a person of `role` records when they name no channel (None: they record none)."""
    allowed = RECORDED_BY.get(role)
    return next(iter(None)) if allowed and len(allowed) == 1 else None


def x_default_channel__mutmut_7(role: str) -> ReceiptChannel | None:
    """What a person of `role` records when they name no channel (None: they record none)."""
    allowed = RECORDED_BY.get(role)
    return next(iter(allowed)) if allowed or len(allowed) == 1 else None


def x_default_channel__mutmut_8(role: str) -> ReceiptChannel | None:
    """What a person of `role` records when they name no channel (None: they record none)."""
    allowed = RECORDED_BY.get(role)
    return next(iter(allowed)) if allowed and len(allowed) != 1 else None


def x_default_channel__mutmut_9(role: str) -> ReceiptChannel | None:
    """What a person of `role` records when they name no channel (None: they record none)."""
    allowed = RECORDED_BY.get(role)
    return next(iter(allowed)) if allowed and len(allowed) == 2 else None

mutants_x_default_channel__mutmut['_mutmut_orig'] = x_default_channel__mutmut_orig # type: ignore # mutmut generated
mutants_x_default_channel__mutmut['x_default_channel__mutmut_1'] = x_default_channel__mutmut_1 # type: ignore # mutmut generated
mutants_x_default_channel__mutmut['x_default_channel__mutmut_2'] = x_default_channel__mutmut_2 # type: ignore # mutmut generated
mutants_x_default_channel__mutmut['x_default_channel__mutmut_3'] = x_default_channel__mutmut_3 # type: ignore # mutmut generated
mutants_x_default_channel__mutmut['x_default_channel__mutmut_4'] = x_default_channel__mutmut_4 # type: ignore # mutmut generated
mutants_x_default_channel__mutmut['x_default_channel__mutmut_5'] = x_default_channel__mutmut_5 # type: ignore # mutmut generated
mutants_x_default_channel__mutmut['x_default_channel__mutmut_6'] = x_default_channel__mutmut_6 # type: ignore # mutmut generated
mutants_x_default_channel__mutmut['x_default_channel__mutmut_7'] = x_default_channel__mutmut_7 # type: ignore # mutmut generated
mutants_x_default_channel__mutmut['x_default_channel__mutmut_8'] = x_default_channel__mutmut_8 # type: ignore # mutmut generated
mutants_x_default_channel__mutmut['x_default_channel__mutmut_9'] = x_default_channel__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_recorder__mutmut)
def check_recorder(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_orig(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_1(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role != Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_2(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            None,
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_3(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code=None,
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_4(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field=None,
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_5(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=None,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_6(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_7(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_8(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_9(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_10(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "XXA borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.XX",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_11(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "a borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_12(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A BORROWER CANNOT RECORD A RECEIPT: START A PAYMENT IN THE APP, AND THE PROVIDER'S CONFIRMATION BOOKS IT.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_13(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="XXreceipt_not_allowedXX",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_14(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="RECEIPT_NOT_ALLOWED",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_15(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="XXchannelXX",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_16(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="CHANNEL",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_17(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=False,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_18(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_19(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            None,
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_20(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code=None,
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_21(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field=None,
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_22(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=None,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_23(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_24(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_25(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_26(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_27(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="XXreceipt_not_allowedXX",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_28(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="RECEIPT_NOT_ALLOWED",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_29(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="XXchannelXX",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_30(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="CHANNEL",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_31(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=False,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_32(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_33(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(None, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_34(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, None):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_35(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_36(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_37(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = None
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_38(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) and "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_39(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(None) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_40(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = "XX, XX".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_41(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(None)) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_42(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(None, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_43(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, None))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_44(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_45(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_46(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "XXnoneXX"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_47(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "NONE"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_48(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            None,
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_49(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code=None,
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_50(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field=None,
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_51(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=None,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_52(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_53(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_54(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_55(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_56(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="XXreceipt_not_allowedXX",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_57(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="RECEIPT_NOT_ALLOWED",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_58(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="XXchannelXX",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_59(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="CHANNEL",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_60(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=False,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_61(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_62(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            None,
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_63(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code=None,
            field="external_ref",
        )


def x_check_recorder__mutmut_64(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field=None,
        )


def x_check_recorder__mutmut_65(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_66(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            field="external_ref",
        )


def x_check_recorder__mutmut_67(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            )


def x_check_recorder__mutmut_68(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(None)]}.",
            code="evidence_required",
            field="external_ref",
        )


def x_check_recorder__mutmut_69(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="XXevidence_requiredXX",
            field="external_ref",
        )


def x_check_recorder__mutmut_70(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="EVIDENCE_REQUIRED",
            field="external_ref",
        )


def x_check_recorder__mutmut_71(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="XXexternal_refXX",
        )


def x_check_recorder__mutmut_72(*, role: str, channel: ReceiptChannel | str, reference: str | None) -> None:
    """Raise Refused unless a person of `role` may record a receipt on `channel` with this evidence."""
    if role == Role.BORROWER:
        raise Refused(
            "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel in PROVIDER_CHANNELS:
        raise Refused(
            f"A {channel} payment is booked only by the provider's confirmation.",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if channel not in RECORDED_BY.get(role, ()):
        allowed = ", ".join(sorted(RECORDED_BY.get(role, ()))) or "none"
        raise Refused(
            f"A {role} may not record a {channel} receipt (may record: {allowed}).",
            code="receipt_not_allowed",
            field="channel",
            forbidden=True,
        )
    if not reference:
        raise Refused(
            f"A {channel} receipt needs {EVIDENCE[ReceiptChannel(channel)]}.",
            code="evidence_required",
            field="EXTERNAL_REF",
        )

mutants_x_check_recorder__mutmut['_mutmut_orig'] = x_check_recorder__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_1'] = x_check_recorder__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_2'] = x_check_recorder__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_3'] = x_check_recorder__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_4'] = x_check_recorder__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_5'] = x_check_recorder__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_6'] = x_check_recorder__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_7'] = x_check_recorder__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_8'] = x_check_recorder__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_9'] = x_check_recorder__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_10'] = x_check_recorder__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_11'] = x_check_recorder__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_12'] = x_check_recorder__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_13'] = x_check_recorder__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_14'] = x_check_recorder__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_15'] = x_check_recorder__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_16'] = x_check_recorder__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_17'] = x_check_recorder__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_18'] = x_check_recorder__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_19'] = x_check_recorder__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_20'] = x_check_recorder__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_21'] = x_check_recorder__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_22'] = x_check_recorder__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_23'] = x_check_recorder__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_24'] = x_check_recorder__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_25'] = x_check_recorder__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_26'] = x_check_recorder__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_27'] = x_check_recorder__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_28'] = x_check_recorder__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_29'] = x_check_recorder__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_30'] = x_check_recorder__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_31'] = x_check_recorder__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_32'] = x_check_recorder__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_33'] = x_check_recorder__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_34'] = x_check_recorder__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_35'] = x_check_recorder__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_36'] = x_check_recorder__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_37'] = x_check_recorder__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_38'] = x_check_recorder__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_39'] = x_check_recorder__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_40'] = x_check_recorder__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_41'] = x_check_recorder__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_42'] = x_check_recorder__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_43'] = x_check_recorder__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_44'] = x_check_recorder__mutmut_44 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_45'] = x_check_recorder__mutmut_45 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_46'] = x_check_recorder__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_47'] = x_check_recorder__mutmut_47 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_48'] = x_check_recorder__mutmut_48 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_49'] = x_check_recorder__mutmut_49 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_50'] = x_check_recorder__mutmut_50 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_51'] = x_check_recorder__mutmut_51 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_52'] = x_check_recorder__mutmut_52 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_53'] = x_check_recorder__mutmut_53 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_54'] = x_check_recorder__mutmut_54 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_55'] = x_check_recorder__mutmut_55 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_56'] = x_check_recorder__mutmut_56 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_57'] = x_check_recorder__mutmut_57 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_58'] = x_check_recorder__mutmut_58 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_59'] = x_check_recorder__mutmut_59 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_60'] = x_check_recorder__mutmut_60 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_61'] = x_check_recorder__mutmut_61 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_62'] = x_check_recorder__mutmut_62 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_63'] = x_check_recorder__mutmut_63 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_64'] = x_check_recorder__mutmut_64 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_65'] = x_check_recorder__mutmut_65 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_66'] = x_check_recorder__mutmut_66 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_67'] = x_check_recorder__mutmut_67 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_68'] = x_check_recorder__mutmut_68 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_69'] = x_check_recorder__mutmut_69 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_70'] = x_check_recorder__mutmut_70 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_71'] = x_check_recorder__mutmut_71 # type: ignore # mutmut generated
mutants_x_check_recorder__mutmut['x_check_recorder__mutmut_72'] = x_check_recorder__mutmut_72 # type: ignore # mutmut generated
mutants_x_reference_scope__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_reference_scope__mutmut)
def reference_scope(*, channel: str, recorded_by) -> str:
    """Whose numbering a reference is: an agent's receipt book is their own (two agents may both write "R-0001");
    a bank's or provider's reference is unique in itself."""
    return str(recorded_by) if channel == ReceiptChannel.CASH else ""


def x_reference_scope__mutmut_orig(*, channel: str, recorded_by) -> str:
    """Whose numbering a reference is: an agent's receipt book is their own (two agents may both write "R-0001");
    a bank's or provider's reference is unique in itself."""
    return str(recorded_by) if channel == ReceiptChannel.CASH else ""


def x_reference_scope__mutmut_1(*, channel: str, recorded_by) -> str:
    """Whose numbering a reference is: an agent's receipt book is their own (two agents may both write "R-0001");
    a bank's or provider's reference is unique in itself."""
    return str(recorded_by) if (channel == ReceiptChannel.CASH) and False else ""


def x_reference_scope__mutmut_2(*, channel: str, recorded_by) -> str:
    """Whose numbering a reference is: an agent's receipt book is their own (two agents may both write "R-0001");
    a bank's or provider's reference is unique in itself."""
    return str(recorded_by) if (channel == ReceiptChannel.CASH) or True else ""


def x_reference_scope__mutmut_3(*, channel: str, recorded_by) -> str:
    """Whose numbering a reference is: an agent's receipt book is their own (two agents may both write "R-0001");
    a bank's or provider's reference is unique in itself."""
    return str(None) if channel == ReceiptChannel.CASH else ""


def x_reference_scope__mutmut_4(*, channel: str, recorded_by) -> str:
    """Whose numbering a reference is: an agent's receipt book is their own (two agents may both write "R-0001");
    a bank's or provider's reference is unique in itself."""
    return str(recorded_by) if channel != ReceiptChannel.CASH else ""


def x_reference_scope__mutmut_5(*, channel: str, recorded_by) -> str:
    """Whose numbering a reference is: an agent's receipt book is their own (two agents may both write "R-0001");
    a bank's or provider's reference is unique in itself."""
    return str(recorded_by) if channel == ReceiptChannel.CASH else "XXXX"

mutants_x_reference_scope__mutmut['_mutmut_orig'] = x_reference_scope__mutmut_orig # type: ignore # mutmut generated
mutants_x_reference_scope__mutmut['x_reference_scope__mutmut_1'] = x_reference_scope__mutmut_1 # type: ignore # mutmut generated
mutants_x_reference_scope__mutmut['x_reference_scope__mutmut_2'] = x_reference_scope__mutmut_2 # type: ignore # mutmut generated
mutants_x_reference_scope__mutmut['x_reference_scope__mutmut_3'] = x_reference_scope__mutmut_3 # type: ignore # mutmut generated
mutants_x_reference_scope__mutmut['x_reference_scope__mutmut_4'] = x_reference_scope__mutmut_4 # type: ignore # mutmut generated
mutants_x_reference_scope__mutmut['x_reference_scope__mutmut_5'] = x_reference_scope__mutmut_5 # type: ignore # mutmut generated
mutants_x_cash_account__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_cash_account__mutmut)
def cash_account(*, channel: str, deposited: bool) -> str:
    """The ledger account money received lands in: cash an agent collected stays in their cash in transit until an
    officer reconciles its deposit (collected is not banked); everything else is in the bank or the provider."""
    return ledger.CASH_IN_TRANSIT if channel == ReceiptChannel.CASH and not deposited else ledger.CASH


def x_cash_account__mutmut_orig(*, channel: str, deposited: bool) -> str:
    """The ledger account money received lands in: cash an agent collected stays in their cash in transit until an
    officer reconciles its deposit (collected is not banked); everything else is in the bank or the provider."""
    return ledger.CASH_IN_TRANSIT if channel == ReceiptChannel.CASH and not deposited else ledger.CASH


def x_cash_account__mutmut_1(*, channel: str, deposited: bool) -> str:
    """The ledger account money received lands in: cash an agent collected stays in their cash in transit until an
    officer reconciles its deposit (collected is not banked); everything else is in the bank or the provider."""
    return ledger.CASH_IN_TRANSIT if (channel == ReceiptChannel.CASH and not deposited) and False else ledger.CASH


def x_cash_account__mutmut_2(*, channel: str, deposited: bool) -> str:
    """The ledger account money received lands in: cash an agent collected stays in their cash in transit until an
    officer reconciles its deposit (collected is not banked); everything else is in the bank or the provider."""
    return ledger.CASH_IN_TRANSIT if (channel == ReceiptChannel.CASH and not deposited) or True else ledger.CASH


def x_cash_account__mutmut_3(*, channel: str, deposited: bool) -> str:
    """The ledger account money received lands in: cash an agent collected stays in their cash in transit until an
    officer reconciles its deposit (collected is not banked); everything else is in the bank or the provider."""
    return ledger.CASH_IN_TRANSIT if channel == ReceiptChannel.CASH or not deposited else ledger.CASH


def x_cash_account__mutmut_4(*, channel: str, deposited: bool) -> str:
    """The ledger account money received lands in: cash an agent collected stays in their cash in transit until an
    officer reconciles its deposit (collected is not banked); everything else is in the bank or the provider."""
    return ledger.CASH_IN_TRANSIT if channel != ReceiptChannel.CASH and not deposited else ledger.CASH


def x_cash_account__mutmut_5(*, channel: str, deposited: bool) -> str:
    """The ledger account money received lands in: cash an agent collected stays in their cash in transit until an
    officer reconciles its deposit (collected is not banked); everything else is in the bank or the provider."""
    return ledger.CASH_IN_TRANSIT if channel == ReceiptChannel.CASH and deposited else ledger.CASH

mutants_x_cash_account__mutmut['_mutmut_orig'] = x_cash_account__mutmut_orig # type: ignore # mutmut generated
mutants_x_cash_account__mutmut['x_cash_account__mutmut_1'] = x_cash_account__mutmut_1 # type: ignore # mutmut generated
mutants_x_cash_account__mutmut['x_cash_account__mutmut_2'] = x_cash_account__mutmut_2 # type: ignore # mutmut generated
mutants_x_cash_account__mutmut['x_cash_account__mutmut_3'] = x_cash_account__mutmut_3 # type: ignore # mutmut generated
mutants_x_cash_account__mutmut['x_cash_account__mutmut_4'] = x_cash_account__mutmut_4 # type: ignore # mutmut generated
mutants_x_cash_account__mutmut['x_cash_account__mutmut_5'] = x_cash_account__mutmut_5 # type: ignore # mutmut generated
mutants_x_owed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_owed__mutmut)
def owed(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "fee", "penalty")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_orig(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "fee", "penalty")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_1(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = None
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_2(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        None,
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_3(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "fee", "penalty")
        ),
        None,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_4(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_5(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "fee", "penalty")
        ),
        )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_6(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] + item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "fee", "penalty")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_7(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("XXprincipalXX", "interest", "fee", "penalty")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_8(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("PRINCIPAL", "interest", "fee", "penalty")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_9(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "XXinterestXX", "fee", "penalty")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_10(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "INTEREST", "fee", "penalty")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_11(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "XXfeeXX", "penalty")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_12(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "FEE", "penalty")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_13(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "fee", "XXpenaltyXX")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_14(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "fee", "PENALTY")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, ZERO)


def x_owed__mutmut_15(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "fee", "penalty")
        ),
        ZERO,
    )
    return max(None, ZERO)


def x_owed__mutmut_16(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "fee", "penalty")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, None)


def x_owed__mutmut_17(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "fee", "penalty")
        ),
        ZERO,
    )
    return max(ZERO)


def x_owed__mutmut_18(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "fee", "penalty")
        ),
        ZERO,
    )
    return max(unpaid - state.overpayment, )


def x_owed__mutmut_19(state: LoanState) -> Decimal:
    """Everything the loan can still ask of the farmer as of the state: every unpaid part of every instalment (also
    the ones not yet due) and penalty charged, less money already held as overpayment."""
    unpaid = sum(
        (
            item[part] - item[f"{part}_paid"]
            for item in state.instalments
            for part in ("principal", "interest", "fee", "penalty")
        ),
        ZERO,
    )
    return max(unpaid + state.overpayment, ZERO)

mutants_x_owed__mutmut['_mutmut_orig'] = x_owed__mutmut_orig # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_1'] = x_owed__mutmut_1 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_2'] = x_owed__mutmut_2 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_3'] = x_owed__mutmut_3 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_4'] = x_owed__mutmut_4 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_5'] = x_owed__mutmut_5 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_6'] = x_owed__mutmut_6 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_7'] = x_owed__mutmut_7 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_8'] = x_owed__mutmut_8 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_9'] = x_owed__mutmut_9 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_10'] = x_owed__mutmut_10 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_11'] = x_owed__mutmut_11 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_12'] = x_owed__mutmut_12 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_13'] = x_owed__mutmut_13 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_14'] = x_owed__mutmut_14 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_15'] = x_owed__mutmut_15 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_16'] = x_owed__mutmut_16 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_17'] = x_owed__mutmut_17 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_18'] = x_owed__mutmut_18 # type: ignore # mutmut generated
mutants_x_owed__mutmut['x_owed__mutmut_19'] = x_owed__mutmut_19 # type: ignore # mutmut generated
mutants_x_ceiling__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ceiling__mutmut)
def ceiling(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = (owed_amount * tolerance_share).quantize(Decimal(1).scaleb(exponent), rounding=ROUND_FLOOR)
    return owed_amount + tolerance


def x_ceiling__mutmut_orig(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = (owed_amount * tolerance_share).quantize(Decimal(1).scaleb(exponent), rounding=ROUND_FLOOR)
    return owed_amount + tolerance


def x_ceiling__mutmut_1(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = None
    return owed_amount + tolerance


def x_ceiling__mutmut_2(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = (owed_amount * tolerance_share).quantize(None, rounding=ROUND_FLOOR)
    return owed_amount + tolerance


def x_ceiling__mutmut_3(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = (owed_amount * tolerance_share).quantize(Decimal(1).scaleb(exponent), rounding=None)
    return owed_amount + tolerance


def x_ceiling__mutmut_4(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = (owed_amount * tolerance_share).quantize(rounding=ROUND_FLOOR)
    return owed_amount + tolerance


def x_ceiling__mutmut_5(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = (owed_amount * tolerance_share).quantize(Decimal(1).scaleb(exponent), )
    return owed_amount + tolerance


def x_ceiling__mutmut_6(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = (owed_amount / tolerance_share).quantize(Decimal(1).scaleb(exponent), rounding=ROUND_FLOOR)
    return owed_amount + tolerance


def x_ceiling__mutmut_7(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = (owed_amount * tolerance_share).quantize(Decimal(1).scaleb(None), rounding=ROUND_FLOOR)
    return owed_amount + tolerance


def x_ceiling__mutmut_8(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = (owed_amount * tolerance_share).quantize(Decimal(None).scaleb(exponent), rounding=ROUND_FLOOR)
    return owed_amount + tolerance


def x_ceiling__mutmut_9(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = (owed_amount * tolerance_share).quantize(Decimal(2).scaleb(exponent), rounding=ROUND_FLOOR)
    return owed_amount + tolerance


def x_ceiling__mutmut_10(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = (owed_amount * tolerance_share).quantize(Decimal(1).scaleb(exponent), rounding=ROUND_FLOOR)
    return owed_amount - tolerance

mutants_x_ceiling__mutmut['_mutmut_orig'] = x_ceiling__mutmut_orig # type: ignore # mutmut generated
mutants_x_ceiling__mutmut['x_ceiling__mutmut_1'] = x_ceiling__mutmut_1 # type: ignore # mutmut generated
mutants_x_ceiling__mutmut['x_ceiling__mutmut_2'] = x_ceiling__mutmut_2 # type: ignore # mutmut generated
mutants_x_ceiling__mutmut['x_ceiling__mutmut_3'] = x_ceiling__mutmut_3 # type: ignore # mutmut generated
mutants_x_ceiling__mutmut['x_ceiling__mutmut_4'] = x_ceiling__mutmut_4 # type: ignore # mutmut generated
mutants_x_ceiling__mutmut['x_ceiling__mutmut_5'] = x_ceiling__mutmut_5 # type: ignore # mutmut generated
mutants_x_ceiling__mutmut['x_ceiling__mutmut_6'] = x_ceiling__mutmut_6 # type: ignore # mutmut generated
mutants_x_ceiling__mutmut['x_ceiling__mutmut_7'] = x_ceiling__mutmut_7 # type: ignore # mutmut generated
mutants_x_ceiling__mutmut['x_ceiling__mutmut_8'] = x_ceiling__mutmut_8 # type: ignore # mutmut generated
mutants_x_ceiling__mutmut['x_ceiling__mutmut_9'] = x_ceiling__mutmut_9 # type: ignore # mutmut generated
mutants_x_ceiling__mutmut['x_ceiling__mutmut_10'] = x_ceiling__mutmut_10 # type: ignore # mutmut generated
