"""Who may book which receipt (issue #10, findings 1, 4 and 7), attacked over HTTP: a borrower books none, an agent
books the cash they collected into their cash in transit until an officer reconciles the deposit, an officer books
bank transfers, only the provider's confirmation books mobile money; no receipt beyond what is owed plus the
tolerance; references live in their own namespace; nothing is reversed on a written-off loan."""

from __future__ import annotations

import uuid
from decimal import ROUND_FLOOR, Decimal

import pytest

from tests.helpers import FARMER, receipt, staff_headers, stored
from tests.integration.test_loans import (
    assert_ledger_equals_replay,
    disbursed_loan,
    key,
    ledger_and_state,
    loan_world,  # noqa: F401
)
from tests.integration.test_ownership import bearer, borrower_tokens

TOKEN = "mm-callback-secret-for-tests"


@pytest.fixture
def world(app, client, loan_world, monkeypatch):
    monkeypatch.setitem(app.config, "MOBILE_MONEY_CALLBACK_TOKEN", TOKEN)
    loan = disbursed_loan(client, loan_world)
    borrower = bearer(borrower_tokens(app, client, FARMER["phone"])["access_token"])
    return {**loan_world, "loan": loan, "borrower": borrower}


def repayments(world) -> str:
    return f"/api/v1/loans/{world['loan']['id']}/repayments"


def owed_by_schedule(loan: dict) -> Decimal:
    """What a just-disbursed loan owes: every instalment's total (no penalty yet, nothing paid)."""
    return sum((Decimal(row["total"]) for row in loan["schedule"]), Decimal(0))


def callback(client, loan_id, amount: str, ref: str):
    return client.post(
        "/api/v1/payments/mobile-money/callback",
        headers={"X-Callback-Token": TOKEN},
        json={"loan_id": loan_id, "external_ref": ref, "amount": amount},
    )


def test_a_borrower_cannot_book_a_receipt_on_their_own_loan(app, client, world):
    before = stored(app)
    for body in (
        receipt("500.00"),
        receipt("500.00", channel="cash"),
        receipt("500.00", channel="mobile_money"),
        receipt("999999999.99", channel="bank_transfer"),
    ):
        refused = client.post(repayments(world), json=body, headers={**world["borrower"], **key()})
        assert refused.status_code == 403 and refused.json["code"] == "receipt_not_allowed", refused.json
        assert "channel" in refused.json["errors"]
    assert stored(app) == before
    balances, _, _ = ledger_and_state(app, world["loan"]["id"])
    assert balances["principal_receivable"] == Decimal("6000.00")


def test_each_staff_role_books_only_its_own_channel(app, client, world):
    before = stored(app)
    for headers, channel in (
        (world["agent"], "bank_transfer"),
        (world["agent"], "mobile_money"),
        (world["agent"], "wechat_pay"),
        (world["officer"], "cash"),
        (world["officer"], "mobile_money"),
    ):
        refused = client.post(repayments(world), json=receipt("100.00", channel=channel), headers={**headers, **key()})
        assert refused.status_code == 403 and refused.json["errors"].keys() == {"channel"}, (channel, refused.json)
    missing = client.post(repayments(world), json={"amount": "100.00"}, headers={**world["agent"], **key()})
    assert missing.status_code == 422 and "external_ref" in missing.json["errors"]
    assert stored(app) == before
    transfer = client.post(
        repayments(world),
        json={"amount": "100.00", "external_ref": "BANK-20261129-7"},
        headers={**world["officer"], **key()},
    )
    assert transfer.status_code == 201 and transfer.json["channel"] == "bank_transfer", transfer.json
    cash = client.post(
        repayments(world), json={"amount": "50.00", "external_ref": "R-0001"}, headers={**world["agent"], **key()}
    )
    assert cash.status_code == 201 and cash.json["channel"] == "cash", cash.json
    balances, _, _ = ledger_and_state(app, world["loan"]["id"])
    # the bank transfer is cash; the agent's 50.00 is in transit until banked
    assert (balances["cash"], balances["cash_in_transit"]) == (Decimal("-5940.00") + 100, Decimal("50.00"))
    assert_ledger_equals_replay(app, world["loan"]["id"])


def test_collected_cash_is_in_transit_until_an_officer_reconciles_the_deposit(app, client, world):
    first = client.post(repayments(world), json=receipt("300.00"), headers={**world["agent"], **key()}).json
    second = client.post(repayments(world), json=receipt("200.50"), headers={**world["agent"], **key()}).json
    agent_id = _posted_by(app, first["id"])
    cash_url = f"/api/v1/agents/{agent_id}/cash"
    held = client.get(cash_url, headers=world["agent"]).json
    assert held["in_transit"] == "500.50" and [r["id"] for r in held["receipts"]] == [first["id"], second["id"]]
    deposits = f"/api/v1/agents/{agent_id}/cash-deposits"
    assert (
        client.post(
            deposits, json={"amount": "500.50", "bank_reference": "DEP-1"}, headers={**world["agent"], **key()}
        ).status_code
        == 403
    )  # an agent cannot bank-confirm
    short = client.post(
        deposits, json={"amount": "500.49", "bank_reference": "DEP-1"}, headers={**world["officer"], **key()}
    )
    assert short.status_code == 422 and short.json["code"] == "deposit_mismatch" and "amount" in short.json["errors"]
    part = client.post(
        deposits,
        json={"amount": "300.00", "bank_reference": "DEP-1", "receipts": [first["id"]]},
        headers={**world["officer"], **key()},
    )
    assert part.status_code == 201 and part.json["receipts"] == 1, part.json
    balances, _, _ = ledger_and_state(app, world["loan"]["id"])
    assert (balances["cash"], balances["cash_in_transit"]) == (Decimal("-5940.00") + 300, Decimal("200.50"))
    assert client.get(cash_url, headers=world["officer"]).json["in_transit"] == "200.50"
    again = client.post(
        deposits,
        json={"amount": "300.00", "bank_reference": "DEP-1", "receipts": [first["id"]]},
        headers={**world["officer"], **key()},
    )
    assert again.status_code == 200 and again.json["id"] == part.json["id"]  # the same deposit, once
    rest = client.post(
        deposits, json={"amount": "200.50", "bank_reference": "DEP-2"}, headers={**world["officer"], **key()}
    )
    assert rest.status_code == 201
    balances, _, _ = ledger_and_state(app, world["loan"]["id"])
    assert (balances["cash"], balances["cash_in_transit"]) == (Decimal("-5940.00") + Decimal("500.50"), 0)
    assert_ledger_equals_replay(app, world["loan"]["id"])
    # another agent does not see this agent's cash
    _, other = staff_headers(app, client, "agent", ["340123104"])
    assert client.get(cash_url, headers=other).status_code == 404


def _posted_by(app, transaction_id: str) -> uuid.UUID:
    from lending.extensions import db
    from lending.models import LoanTransaction

    with app.app_context():
        return db.session.get(LoanTransaction, uuid.UUID(transaction_id)).posted_by


def test_a_receipt_above_what_is_owed_plus_the_tolerance_is_refused(app, client, world):
    owed = owed_by_schedule(world["loan"])
    ceiling = owed + (owed * Decimal("0.01")).quantize(Decimal("0.01"), rounding=ROUND_FLOOR)
    before = stored(app)
    for amount in ("999999999.99", str(ceiling + Decimal("0.01"))):
        refused = client.post(repayments(world), json=receipt(amount), headers={**world["agent"], **key()})
        assert refused.status_code == 422 and refused.json["code"] == "amount_above_owed", refused.json
        assert str(ceiling) in refused.json["errors"]["amount"][0]
    assert stored(app) == before
    paid = client.post(repayments(world), json=receipt(str(ceiling)), headers={**world["agent"], **key()})
    assert paid.status_code == 201, paid.json
    loan = client.get(f"/api/v1/loans/{world['loan']['id']}", headers=world["officer"]).json
    assert loan["status"] == "closed"
    # a closed loan owes nothing: not a cent more may be recorded
    more = client.post(repayments(world), json=receipt("0.01"), headers={**world["agent"], **key()})
    assert more.status_code == 422 and more.json["code"] == "amount_above_owed"
    assert_ledger_equals_replay(app, world["loan"]["id"])


def test_the_tolerance_boundary_is_exact_to_the_cent(app, client, world, monkeypatch):
    monkeypatch.setitem(app.config, "RECEIPT_TOLERANCE_SHARE", "0")
    owed = owed_by_schedule(world["loan"])
    over = client.post(
        repayments(world), json=receipt(str(owed + Decimal("0.01"))), headers={**world["agent"], **key()}
    )
    assert over.status_code == 422
    assert (
        client.post(repayments(world), json=receipt(str(owed)), headers={**world["agent"], **key()}).status_code == 201
    )


def test_money_a_provider_confirms_is_booked_and_too_much_of_it_held_for_review(app, client, world):
    owed = owed_by_schedule(world["loan"])
    booked = callback(client, world["loan"]["id"], str(owed + 1000), "MM-OVER-1")
    assert booked.status_code == 201 and booked.json["channel"] == "mobile_money", booked.json
    checks = client.get(
        "/api/v1/risk/checks", query_string={"status": "open", "event": "repayment"}, headers=world["officer"]
    ).json["items"]
    assert [hit["rule"] for check in checks for hit in check["hits"]] == ["receipt.above_owed"]
    assert_ledger_equals_replay(app, world["loan"]["id"])


def test_a_typed_reference_cannot_preempt_the_providers_callback(app, client, world):
    # the attack: book a fake mobile-money receipt under the provider's id, so the real callback gets a 409
    fake = client.post(
        repayments(world),
        json={"amount": "100.00", "external_ref": "MM-555", "channel": "mobile_money"},
        headers={**world["borrower"], **key()},
    )
    assert fake.status_code == 403
    cash = client.post(
        repayments(world), json={"amount": "100.00", "external_ref": "MM-555"}, headers={**world["agent"], **key()}
    )
    assert cash.status_code == 201  # an agent's receipt book is its own namespace
    real = callback(client, world["loan"]["id"], "100.00", "MM-555")
    assert real.status_code == 201 and real.json["id"] != cash.json["id"], real.json
    assert callback(client, world["loan"]["id"], "100.00", "MM-555").json["id"] == real.json["id"]  # once


def test_two_agents_may_both_write_receipt_one_but_one_agent_not_twice(app, client, world):
    _, other = staff_headers(app, client, "agent", ["340123104"])
    body = {"amount": "100.00", "external_ref": "R-0001"}
    assert client.post(repayments(world), json=body, headers={**world["agent"], **key()}).status_code == 201
    assert client.post(repayments(world), json=body, headers={**other, **key()}).status_code == 201
    reused = client.post(repayments(world), json={**body, "amount": "120.00"}, headers={**world["agent"], **key()})
    assert reused.status_code == 409 and reused.json["code"] == "duplicate_reference"


def test_nothing_is_reversed_after_a_write_off(app, client, world):
    paid = client.post(repayments(world), json=receipt("1000.00"), headers={**world["agent"], **key()}).json
    url = f"/api/v1/loans/{world['loan']['id']}"
    assert (
        client.post(
            f"{url}/write-off", json={"reason": "farmer moved away"}, headers={**world["officer"], **key()}
        ).status_code
        == 201
    )
    before = stored(app)
    reversal = client.post(
        f"{url}/transactions/{paid['id']}/reverse",
        json={"reason": "cheque bounced"},
        headers={**world["officer"], **key()},
    )
    assert reversal.status_code == 409 and reversal.json["code"] == "loan_written_off"
    assert stored(app) == before
    # a recovery is bounded by what was written off: 5,000.00 here (6,000 lent, 1,000 repaid as principal)
    over = client.post(repayments(world), json=receipt("5050.01"), headers={**world["agent"], **key()})
    assert over.status_code == 422 and over.json["code"] == "amount_above_owed"
    assert (
        client.post(repayments(world), json=receipt("5050.00"), headers={**world["agent"], **key()}).status_code == 201
    )


def test_a_borrower_starts_a_payment_and_only_the_providers_confirmation_books_it(app, client, world):
    url = f"/api/v1/loans/{world['loan']['id']}/payments"
    before = stored(app)
    started = client.post(url, json={"amount": "500.00"}, headers={**world["borrower"], **key()})
    assert started.status_code == 202 and started.json["status"] == "pending", started.json
    assert started.json["provider_ref"].startswith("SBC-")
    assert {k: v for k, v in stored(app).items() if k != "idempotency_keys"} == {
        k: v for k, v in before.items() if k != "idempotency_keys"
    }  # nothing booked
    too_much = client.post(
        url,
        json={"amount": str(owed_by_schedule(world["loan"]) + Decimal("0.01"))},
        headers={**world["borrower"], **key()},
    )
    assert too_much.status_code == 422 and "amount" in too_much.json["errors"]
    assert client.post(url, json={"amount": "500.00"}, headers={**world["agent"], **key()}).status_code == 403
    confirmed = callback(client, world["loan"]["id"], "500.00", started.json["provider_ref"])
    assert confirmed.status_code == 201 and confirmed.json["amount"] == "500.00"
    assert_ledger_equals_replay(app, world["loan"]["id"])


def test_bad_deposits_are_refused_naming_the_field_and_bank_nothing(app, client, world):
    first = client.post(repayments(world), json=receipt("300.00"), headers={**world["agent"], **key()}).json
    agent_id = _posted_by(app, first["id"])
    deposits = f"/api/v1/agents/{agent_id}/cash-deposits"
    before = stored(app)
    for body, field in (
        ({"amount": "300.00", "bank_reference": "D-1", "receipts": ["not-a-uuid"]}, "receipts"),
        ({"amount": "300.00", "bank_reference": "D-1", "receipts": [str(uuid.uuid4())]}, "receipts"),
        ({"amount": "0", "bank_reference": "D-1"}, "amount"),
        ({"amount": "300.00"}, "bank_reference"),
        ({"amount": "300.00", "bank_reference": "D-1", "receipts": [first["id"], first["id"]]}, "receipts"),
    ):
        refused = client.post(deposits, json=body, headers={**world["officer"], **key()})
        assert refused.status_code == 422, (body, refused.json)
        assert any(name.split(".")[0] == field for name in refused.json["errors"]), (body, refused.json)
    assert stored(app) == before
    assert client.get(f"/api/v1/agents/{uuid.uuid4()}/cash", headers=world["officer"]).status_code == 404


def test_a_borrowers_refusal_is_in_their_language_when_they_ask_for_it(client, world):
    """The refusal's message is the farmer's words (lending/i18n error.<code>) for zh and sw; the detailed English
    message otherwise. Code, status and the field named are the same in every language."""
    answers = {
        language: client.post(
            repayments(world), json=receipt("100.00"), headers={**world["borrower"], **key(), **accept}
        ).json
        for language, accept in (
            ("zh", {"Accept-Language": "zh-CN,zh;q=0.9"}),
            ("sw", {"Accept-Language": "sw-KE,sw;q=0.9,en;q=0.5"}),
            ("en", {"Accept-Language": "en-GB"}),
            ("none", {}),
        )
    }
    assert {answer["code"] for answer in answers.values()} == {"receipt_not_allowed"}
    assert all("channel" in answer["errors"] for answer in answers.values())
    assert answers["zh"]["message"] == "还款请通过手机支付完成，或交给您的协理员并索取收据。"
    assert answers["sw"]["message"] == "Lipa kupitia simu yako, au mpe wakala wako pesa taslimu na uombe risiti."
    assert answers["en"]["message"] == answers["none"]["message"] != answers["zh"]["message"]
    assert "borrower" in answers["en"]["message"].lower() or "receipt" in answers["en"]["message"].lower()


def test_a_nan_amount_under_an_idempotency_key_is_a_422_and_leaves_no_key(app, client, world):
    """Canonical JSON refuses NaN, so the key's request hash is taken over the text as sent: the body still reaches
    validation (422 naming `amount`), and a refused request keeps no key, so the same key may be sent again."""
    body = b'{"amount": NaN, "external_ref": "R-NAN-1"}'
    headers = {**world["agent"], "Idempotency-Key": "nan-key-0001", "Content-Type": "application/json"}
    before = stored(app)
    for _ in range(2):
        refused = client.post(repayments(world), data=body, headers=headers)
        assert refused.status_code == 422 and "amount" in refused.json["errors"], refused.json
        assert "Idempotent-Replayed" not in refused.headers
    assert stored(app) == before
