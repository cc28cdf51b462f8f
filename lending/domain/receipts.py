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


def default_channel(role: str) -> ReceiptChannel | None:
    """What a person of `role` records when they name no channel (None: they record none)."""
    allowed = RECORDED_BY.get(role)
    return next(iter(allowed)) if allowed and len(allowed) == 1 else None


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


def reference_scope(*, channel: str, recorded_by) -> str:
    """Whose numbering a reference is: an agent's receipt book is their own (two agents may both write "R-0001");
    a bank's or provider's reference is unique in itself."""
    return str(recorded_by) if channel == ReceiptChannel.CASH else ""


def cash_account(*, channel: str, deposited: bool) -> str:
    """The ledger account money received lands in: cash an agent collected stays in their cash in transit until an
    officer reconciles its deposit (collected is not banked); everything else is in the bank or the provider."""
    return ledger.CASH_IN_TRANSIT if channel == ReceiptChannel.CASH and not deposited else ledger.CASH


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


def ceiling(owed_amount: Decimal, tolerance_share: Decimal, exponent: int) -> Decimal:
    """The largest receipt a person may record: what is owed plus `tolerance_share` of it, rounded down to the
    currency's minor unit (`exponent`: -2 for CNY). Nothing owed → nothing may be recorded."""
    tolerance = (owed_amount * tolerance_share).quantize(Decimal(1).scaleb(exponent), rounding=ROUND_FLOOR)
    return owed_amount + tolerance
