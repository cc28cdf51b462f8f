"""Who may book which receipt, with what evidence, up to what amount (domain.receipts) — by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from lending.domain import ledger, receipts
from lending.domain.evidence import check_checker, provenance_for
from lending.domain.refusals import Refused
from lending.domain.terms import LoanState


@pytest.mark.parametrize("role, channel", [("agent", "cash"), ("officer", "bank_transfer"), ("admin", "bank_transfer")])
def test_each_role_records_its_own_channel_with_a_reference(role, channel):
    receipts.check_recorder(role=role, channel=channel, reference="R-1")
    assert receipts.default_channel(role) == channel


@pytest.mark.parametrize(
    "role, channel",
    [
        ("borrower", "cash"),
        ("borrower", "mobile_money"),
        ("agent", "bank_transfer"),
        ("agent", "mobile_money"),
        ("agent", "wechat_pay"),
        ("officer", "cash"),
        ("officer", "mobile_money"),
        ("admin", "wechat_pay"),
    ],
)
def test_no_one_records_another_roles_channel_nor_a_providers(role, channel):
    with pytest.raises(Refused) as refused:
        receipts.check_recorder(role=role, channel=channel, reference="R-1")
    assert (refused.value.code, refused.value.field, refused.value.forbidden) == (
        "receipt_not_allowed",
        "channel",
        True,
    )


def test_a_receipt_without_its_number_is_refused_naming_it():
    with pytest.raises(Refused) as refused:
        receipts.check_recorder(role="agent", channel="cash", reference=None)
    assert (refused.value.code, refused.value.field, refused.value.forbidden) == (
        "evidence_required",
        "external_ref",
        False,
    )


def test_an_agents_receipt_book_is_their_own_namespace():
    assert receipts.reference_scope(channel="cash", recorded_by="agent-1") == "agent-1"
    assert receipts.reference_scope(channel="bank_transfer", recorded_by="officer-1") == ""
    assert receipts.reference_scope(channel="mobile_money", recorded_by="system") == ""


def test_collected_cash_is_in_transit_until_deposited():
    assert receipts.cash_account(channel="cash", deposited=False) == ledger.CASH_IN_TRANSIT
    assert receipts.cash_account(channel="cash", deposited=True) == ledger.CASH
    assert receipts.cash_account(channel="bank_transfer", deposited=False) == ledger.CASH


@pytest.mark.parametrize(
    "owed, share, exponent, ceiling",
    [
        ("6159.13", "0.01", -2, "6220.72"),  # 61.5913 → 61.59 (rounded down)
        ("6159.13", "0", -2, "6159.13"),
        ("0", "0.01", -2, "0"),  # nothing owed: nothing may be recorded
        ("1000050", "0.01", 0, "1010050"),  # UGX: 10,000.5 → 10,000
        ("100.00", "0.015", -2, "101.50"),  # 1.5 exactly
    ],
)
def test_the_ceiling_is_owed_plus_the_tolerance_rounded_down(owed, share, exponent, ceiling):
    assert receipts.ceiling(Decimal(owed), Decimal(share), exponent) == Decimal(ceiling)


def _instalment(number, principal, interest, fee="0", penalty="0", paid=None):
    item = {
        "number": number,
        "due_date": dt.date(2026, number, 1),
        "principal": Decimal(principal),
        "interest": Decimal(interest),
        "fee": Decimal(fee),
        "penalty": Decimal(penalty),
        "paid_on": None,
    }
    for part in ("principal", "interest", "fee", "penalty"):
        item[f"{part}_paid"] = Decimal((paid or {}).get(part, "0"))
    return item


def test_owed_is_every_unpaid_part_of_every_instalment_less_overpayment():
    # (1,000 + 25 + 3.20 penalty − 400 principal paid) + (1,000 + 50) = 628.20 + 1,050.00 = 1,678.20
    state = LoanState(
        as_of=dt.date(2026, 2, 15),
        principal_outstanding=Decimal("1600"),
        interest_outstanding=0,
        fee_outstanding=0,
        penalty_outstanding=Decimal("3.20"),
        overpayment=Decimal(0),
        days_past_due=0,
        arrears_bucket="current",
        penalty_accrued=Decimal("3.20"),
        instalments=[
            _instalment(1, "1000", "25", penalty="3.20", paid={"principal": "400"}),
            _instalment(2, "1000", "50"),
        ],
    )
    assert receipts.owed(state) == Decimal("1678.20")
    paid_off = LoanState(
        as_of=dt.date(2026, 3, 2),
        principal_outstanding=0,
        interest_outstanding=0,
        fee_outstanding=0,
        penalty_outstanding=0,
        overpayment=Decimal("12.00"),
        days_past_due=0,
        arrears_bucket="current",
        penalty_accrued=0,
        instalments=[_instalment(1, "1000", "25", paid={"principal": "1000", "interest": "25"})],
    )
    assert receipts.owed(paid_off) == 0


@pytest.mark.parametrize(
    "role, asked, ref, expected",
    [
        ("borrower", None, None, "declared"),
        ("agent", None, None, "agent"),
        ("agent", "document", "SLIP-1", "document"),
        ("officer", "third_party", "REG-1", "third_party"),
        ("admin", None, None, "agent"),
    ],
)
def test_the_provenance_each_role_may_claim(role, asked, ref, expected):
    assert provenance_for(role=role, asked=asked, evidence_ref=ref) == expected


@pytest.mark.parametrize(
    "role, asked, ref, code, field",
    [
        ("borrower", "agent", None, "provenance_not_allowed", "provenance"),
        ("borrower", "third_party", "X", "provenance_not_allowed", "provenance"),
        ("agent", "third_party", "X", "provenance_not_allowed", "provenance"),
        ("agent", "document", None, "evidence_required", "evidence_ref"),
        ("officer", "third_party", "", "evidence_required", "evidence_ref"),
    ],
)
def test_a_provenance_beyond_the_role_or_without_its_reference_is_refused(role, asked, ref, code, field):
    with pytest.raises(Refused) as refused:
        provenance_for(role=role, asked=asked, evidence_ref=ref)
    assert (refused.value.code, refused.value.field) == (code, field)


def test_the_maker_never_checks():
    check_checker(checker_id="b", maker_id="a")
    check_checker(checker_id="b", maker_id=None)  # bulk-loaded: no maker
    with pytest.raises(Refused) as refused:
        check_checker(checker_id="a", maker_id="a")
    assert refused.value.code == "maker_checker" and refused.value.forbidden
