"""Receipt rules at their edges (domain.receipts): the exact refusal a person sees for each role and channel, the
default channel of each role, what is owed at and either side of a full overpayment, and the recording ceiling at
an exact minor unit of tolerance and one either side."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from lending.domain import ledger, receipts
from lending.domain.actors import Role
from lending.domain.receipts import ReceiptChannel
from lending.domain.refusals import Refused
from lending.domain.terms import LoanState

D = Decimal


def refusal(**kwargs) -> tuple[str, str, str, bool]:
    with pytest.raises(Refused) as refused:
        receipts.check_recorder(**kwargs)
    return str(refused.value), refused.value.code, refused.value.field, refused.value.forbidden


@pytest.mark.parametrize("channel", ["cash", "bank_transfer", "mobile_money", "wechat_pay"])
def test_a_borrower_is_told_to_pay_in_the_app_whatever_the_channel(channel):
    assert refusal(role="borrower", channel=channel, reference="R-1") == (
        "A borrower cannot record a receipt: start a payment in the app, and the provider's confirmation books it.",
        "receipt_not_allowed",
        "channel",
        True,
    )


@pytest.mark.parametrize("role", ["agent", "officer", "admin"])
@pytest.mark.parametrize("channel", ["mobile_money", "wechat_pay"])
def test_a_provider_payment_is_booked_only_by_its_confirmation(role, channel):
    assert refusal(role=role, channel=channel, reference="MP-1") == (
        f"A {channel} payment is booked only by the provider's confirmation.",
        "receipt_not_allowed",
        "channel",
        True,
    )


@pytest.mark.parametrize(
    "role, channel, message",
    [
        ("agent", "bank_transfer", "A agent may not record a bank_transfer receipt (may record: cash)."),
        ("officer", "cash", "A officer may not record a cash receipt (may record: bank_transfer)."),
        ("admin", "cash", "A admin may not record a cash receipt (may record: bank_transfer)."),
        ("auditor", "cash", "A auditor may not record a cash receipt (may record: none)."),  # a role with no channel
        ("agent", "cheque", "A agent may not record a cheque receipt (may record: cash)."),
    ],
)
def test_a_person_may_record_only_their_roles_channel(role, channel, message):
    assert refusal(role=role, channel=channel, reference="R-1") == (message, "receipt_not_allowed", "channel", True)


@pytest.mark.parametrize(
    "role, channel, message",
    [
        ("agent", "cash", "A cash receipt needs the receipt number the agent gave the farmer."),
        ("officer", "bank_transfer", "A bank_transfer receipt needs the bank's reference of the transfer."),
        ("admin", ReceiptChannel.BANK_TRANSFER, "A bank_transfer receipt needs the bank's reference of the transfer."),
    ],
)
@pytest.mark.parametrize("reference", [None, ""])
def test_a_receipt_without_its_evidence_is_refused_naming_the_evidence(role, channel, message, reference):
    assert refusal(role=role, channel=channel, reference=reference) == (
        message,
        "evidence_required",
        "external_ref",
        False,
    )


def test_the_enum_roles_and_channels_are_checked_like_their_names():
    assert receipts.check_recorder(role=Role.AGENT, channel=ReceiptChannel.CASH, reference="R-1") is None
    assert refusal(role=Role.BORROWER, channel=ReceiptChannel.CASH, reference="R-1")[1] == "receipt_not_allowed"


@pytest.mark.parametrize(
    "role, channel", [("agent", "cash"), ("officer", "bank_transfer"), ("admin", "bank_transfer"), ("borrower", None)]
)
def test_the_channel_each_role_records_when_naming_none(role, channel):
    assert receipts.default_channel(role) == channel


def test_a_role_with_no_channel_has_no_default():
    assert receipts.default_channel("auditor") is None


def test_a_role_with_several_channels_has_no_default_and_is_told_all_of_them(monkeypatch):
    # a second channel an officer might one day record: listed in alphabetical order
    monkeypatch.setitem(receipts.RECORDED_BY, Role.OFFICER, frozenset({"cheque", ReceiptChannel.BANK_TRANSFER}))
    assert receipts.default_channel("officer") is None
    assert refusal(role="officer", channel="cash", reference="R-1")[0] == (
        "A officer may not record a cash receipt (may record: bank_transfer, cheque)."
    )


def test_an_agents_receipt_book_is_scoped_by_their_id_as_text():
    assert receipts.reference_scope(channel=ReceiptChannel.CASH, recorded_by=42) == "42"
    assert receipts.reference_scope(channel="wechat_pay", recorded_by=42) == ""


@pytest.mark.parametrize(
    "channel, deposited, account",
    [
        ("cash", False, ledger.CASH_IN_TRANSIT),
        ("cash", True, ledger.CASH),
        ("bank_transfer", False, ledger.CASH),
        ("bank_transfer", True, ledger.CASH),
        ("mobile_money", False, ledger.CASH),
    ],
)
def test_the_account_money_received_lands_in(channel, deposited, account):
    assert receipts.cash_account(channel=channel, deposited=deposited) == account


def _instalment(number, parts, paid):
    item = {"number": number, "due_date": dt.date(2026, number, 1), "paid_on": None}
    for index, part in enumerate(("principal", "interest", "fee", "penalty")):
        item[part] = D(parts[index])
        item[f"{part}_paid"] = D(paid[index])
    return item


def _state(overpayment, instalments):
    return LoanState(
        as_of=dt.date(2026, 2, 15),
        principal_outstanding=D(0),
        interest_outstanding=D(0),
        fee_outstanding=D(0),
        penalty_outstanding=D(0),
        overpayment=D(overpayment),
        days_past_due=0,
        arrears_bucket="current",
        penalty_accrued=D(0),
        instalments=instalments,
    )


# Instalment 1: principal 300 − 100 paid, interest 10 − 10, fee 5 − 2, penalty 1.25 − 0.25 = 200 + 0 + 3 + 1 = 204;
# instalment 2, nothing paid: 400 + 7 + 2 + 0 = 409. Owed 613.00 before any overpayment.
INSTALMENTS = [
    _instalment(1, ("300", "10", "5", "1.25"), ("100", "10", "2", "0.25")),
    _instalment(2, ("400", "7", "2", "0"), ("0", "0", "0", "0")),
]


@pytest.mark.parametrize(
    "overpayment, owed",
    [
        ("0", "613.00"),
        ("612.99", "0.01"),  # one fen short of all of it
        ("613.00", "0"),  # exactly all of it
        ("613.01", "0"),  # more than all of it: nothing, never a negative amount
    ],
)
def test_owed_is_what_is_unpaid_less_overpayment_never_below_zero(overpayment, owed):
    assert receipts.owed(_state(overpayment, INSTALMENTS)) == D(owed)


@pytest.mark.parametrize(
    "part, amount",
    [("principal", "200"), ("interest", "0"), ("fee", "3"), ("penalty", "1.00")],
)
def test_owed_counts_each_part_less_what_was_paid_of_it(part, amount):
    # only one part left unpaid in a one-instalment loan
    parts = {name: "0" for name in ("principal", "interest", "fee", "penalty")}
    paid = dict(parts)
    parts[part] = str(D(amount) + 5)
    paid[part] = "5"
    instalment = _instalment(1, tuple(parts.values()), tuple(paid.values()))
    assert receipts.owed(_state("0", [instalment])) == D(amount)


def test_nothing_is_owed_on_a_loan_without_instalments():
    assert receipts.owed(_state("0", [])) == 0


@pytest.mark.parametrize(
    "owed, share, exponent, ceiling",
    [
        ("100.00", "0.015", -2, "101.50"),  # 1.5 exactly
        ("99.99", "0.015", -2, "101.48"),  # 1.49985 → 1.49
        ("100.01", "0.015", -2, "101.51"),  # 1.50015 → 1.50
        ("100.00", "0.00999", -2, "100.99"),  # 0.999 → 0.99 (down, not to the nearest 1.00)
        ("100.00", "0.01005", -2, "101.00"),  # 1.005 → 1.00 (down, though half-up gives 1.01)
        ("1000", "0.0159", 0, "1015"),  # UGX 15.9 → 15
        ("1000", "0.0159", -1, "1015.9"),  # a tenth as the minor unit: 15.9 exactly
        ("50.00", "0.5", -2, "75.00"),
    ],
)
def test_the_ceiling_is_owed_plus_a_tolerance_rounded_down_to_the_minor_unit(owed, share, exponent, ceiling):
    result = receipts.ceiling(D(owed), D(share), exponent)
    assert str(result) == ceiling
