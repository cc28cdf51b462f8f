"""Chaos (issue #13): two devices of an agent push a seeded random mix — batches of random size, sent out of order,
with earlier mutations sent again, responses lost and the batch resent, both devices at the same time — until every
mutation is answered. The server ends as if each mutation applied exactly once: one farmer, record and receipt each,
and the cash in the ledger is the sum of the unique receipts."""

from __future__ import annotations

import random
import threading
import uuid
from decimal import Decimal

from sqlalchemy import func, select

from tests.integration.test_loans import assert_ledger_equals_replay, disbursed_loan, loan_world  # noqa: F401
from tests.integration.test_sync import SALE, Device, farmer_body

SEED = 1312
FARMERS_PER_DEVICE = 3
RECEIPTS_PER_DEVICE = 6
ANSWERED = {"applied", "duplicate", "waiting", "rejected", "conflict"}


def _script(device: Device, rng: random.Random, loan: dict, first_receipt: int) -> tuple[list[dict], list[str]]:
    """The device's mutations in seq order: farmers, each with three sales and a lease, and cash receipts."""
    mutations, amounts = [], []
    for _ in range(FARMERS_PER_DEVICE):
        farmer_id = uuid.uuid4()
        mutations.append(device.mutation("farmer.create", farmer_body(), entity_id=farmer_id))
        for n in range(3):
            sale = {**SALE, "farmer_id": str(farmer_id), "amount": f"{rng.randint(1000, 9000)}.{n}0"}
            mutations.append(device.mutation("crop_sale.create", sale, entity_id=uuid.uuid4()))
        lease = {"contract_id": f"L-{uuid.uuid4().hex[:6]}", "area_mu": "12.5", "start_date": "2024-03-01",
                 "end_date": "2030-02-28", "annual_rent": "9600.00", "farmer_id": str(farmer_id)}  # fmt: skip
        mutations.append(device.mutation("land_transfer.create", lease, entity_id=uuid.uuid4()))
    for n in range(RECEIPTS_PER_DEVICE):
        amount = f"{rng.randint(10, 99)}.{rng.randint(0, 99):02d}"
        amounts.append(amount)
        receipt = {"loan_id": loan["id"], "amount": amount, "external_ref": f"RCPT-{first_receipt + n:04d}",
                   "value_date": loan["start_date"]}  # cash taken the day it was paid out  # fmt: skip
        mutations.append(device.mutation("repayment.collect", receipt))
    return mutations, amounts


def _chaos(device: Device, mutations: list[dict], rng: random.Random, answers: dict, errors: list) -> None:
    """Push until every mutation is answered: random batches, shuffled, with repeats, some answers lost."""
    sent: list[dict] = []
    try:
        for _ in range(400):
            open_ = [m for m in mutations if answers.get(m["id"]) not in ANSWERED]
            if not open_:
                return
            batch = rng.sample(open_, k=min(len(open_), rng.randint(1, 8)))
            batch += rng.sample(sent, k=min(len(sent), rng.randint(0, 2)))  # sent before: a duplicate
            rng.shuffle(batch)  # out of order
            pushed = device.push(*batch)
            sent += [m for m in batch if m not in sent]
            if rng.random() < 0.3:
                continue  # the answer was lost on the way back: these are sent again later
            for result in pushed["results"] + pushed["released"]:
                if result["status"] != "duplicate" or answers.get(result["id"]) is None:
                    answers[result["id"]] = result["status"]
        errors.append(f"{device.device_id}: not every mutation was answered")
    except Exception as error:  # noqa: BLE001 (reported by the test)
        errors.append(f"{device.device_id}: {error!r}")


def test_two_devices_pushing_chaos_end_as_each_mutation_applied_once(app, client, loan_world):  # noqa: F811
    from lending.extensions import db
    from lending.models import CropSale, Farmer, LandTransfer, LoanTransaction, SyncMutation

    loan = disbursed_loan(client, loan_world)
    rng = random.Random(SEED)
    devices = [Device(app.test_client(), loan_world["agent"]) for _ in range(2)]
    scripts = [_script(d, rng, loan, n * RECEIPTS_PER_DEVICE) for n, d in enumerate(devices)]
    with app.app_context():
        before = {model: db.session.scalar(select(func.count()).select_from(model))
                  for model in (Farmer, CropSale, LandTransfer)}  # fmt: skip
    answers: dict[str, str] = {}
    errors: list[str] = []
    threads = [
        threading.Thread(target=_chaos, args=(d, s[0], random.Random(SEED + n), answers, errors))
        for n, (d, s) in enumerate(zip(devices, scripts))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors
    every = [m for mutations, _ in scripts for m in mutations]
    # every mutation ends applied (the sales and leases that came before their farmer waited and were released)
    with app.app_context():
        final = dict(db.session.execute(select(SyncMutation.id, SyncMutation.status)).all())
        assert {str(k): v for k, v in final.items()} == {m["id"]: "applied" for m in every}
        counts = {model: db.session.scalar(select(func.count()).select_from(model)) - before[model]
                  for model in (Farmer, CropSale, LandTransfer)}  # fmt: skip
        assert counts == {Farmer: 6, CropSale: 18, LandTransfer: 6}
        receipts = db.session.scalars(
            select(LoanTransaction).where(
                LoanTransaction.loan_id == uuid.UUID(loan["id"]), LoanTransaction.kind == "repayment"
            )  # fmt: skip
        ).all()
    amounts = [Decimal(a) for _, amounts_ in scripts for a in amounts_]
    assert sorted(r.external_ref for r in receipts) == [f"RCPT-{n:04d}" for n in range(2 * RECEIPTS_PER_DEVICE)]
    assert sum(r.amount for r in receipts) == sum(amounts)  # the cash in the ledger: the unique receipts, once
    assert_ledger_equals_replay(app, loan["id"])
