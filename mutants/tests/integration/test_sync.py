"""Offline sync (issue #13): pushed mutations apply exactly once and in order, the change log is pulled from a cursor,
stale bases merge or wait for an officer, and a mutation that arrives before its record waits in a backlog."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.helpers import FARMER, another_identity, staff_headers, stored
from tests.integration.test_applications import world  # noqa: F401 (fixture)
from tests.integration.test_loans import loan_world  # noqa: F401 (fixture)

VILLAGE = FARMER["village_code"]
NOW = dt.datetime(2026, 11, 20, 8, 30, tzinfo=dt.UTC)


@pytest.fixture
def agent(app, client):
    return staff_headers(app, client, "agent", [VILLAGE])[1]


class Device:
    """An agent's phone: numbers its mutations and pushes them."""

    def __init__(self, client, headers, device_id: str | None = None):
        self.client, self.headers = client, headers
        self.device_id = device_id or f"dev-{uuid.uuid4().hex[:8]}"
        self.seq = 0

    def mutation(self, type_: str, payload: dict, *, entity_id=None, base_version=None, recorded_at=NOW) -> dict:
        self.seq += 1
        body = {"id": str(uuid.uuid4()), "seq": self.seq, "type": type_, "recorded_at": recorded_at.isoformat(),
                "payload": payload}  # fmt: skip
        if entity_id is not None:
            body["entity_id"] = str(entity_id)
        if base_version is not None:
            body["base_version"] = base_version
        return body

    def push(self, *mutations: dict, expect: int = 200, **extra):
        response = self.client.post(
            "/api/v1/sync/push", json={"device_id": self.device_id, "mutations": list(mutations), **extra},
            headers=self.headers,
        )  # fmt: skip
        assert response.status_code == expect, response.json
        return response.json

    def pull(self, cursor: str | None = None, limit: int = 200, expect: int = 200):
        query = f"?limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        response = self.client.get(f"/api/v1/sync/pull{query}", headers=self.headers)
        assert response.status_code == expect, response.json
        return response.json


def farmer_body(**overrides) -> dict:
    return {**FARMER, **another_identity(), **overrides}


SALE = {"sale_date": "2026-10-12", "crop": "rice", "quantity_kg": "5000", "amount": "13500.00", "buyer_id": "COOP-7",
        "channel": "bank"}  # fmt: skip


def statuses(pushed) -> list[tuple[str, str | None]]:
    return [(r["status"], r["code"]) for r in pushed["results"]]


def test_a_farmer_and_a_sale_apply_once_and_a_replay_is_a_duplicate(app, client, agent):
    device = Device(client, agent)
    farmer_id = uuid.uuid4()
    create = device.mutation("farmer.create", farmer_body(), entity_id=farmer_id)
    sale = device.mutation("crop_sale.create", {**SALE, "farmer_id": str(farmer_id)}, entity_id=uuid.uuid4())
    first = device.push(create, sale)
    assert statuses(first) == [("applied", None), ("applied", None)]
    assert [r["id"] for r in first["results"]] == [create["id"], sale["id"]]
    assert first["results"][0]["entity_id"] == str(farmer_id) and first["results"][0]["version"] == 1
    before = stored(app)
    again = device.push(create, sale)  # the response was lost; the device sends the same batch again
    assert statuses(again) == [("duplicate", None), ("duplicate", None)]
    assert again["results"][0]["entity_id"] == str(farmer_id)
    assert stored(app) == before


def test_the_same_id_with_another_body_is_rejected_and_changes_nothing(app, client, agent):
    device = Device(client, agent)
    create = device.mutation("farmer.create", farmer_body(), entity_id=uuid.uuid4())
    device.push(create)
    before = stored(app)
    changed = {**create, "payload": {**create["payload"], "name": "李四"}}
    assert statuses(device.push(changed)) == [("rejected", "idempotency_mismatch")]
    assert stored(app) == before


def test_rejections_name_their_code_and_never_block_the_rest(app, client, agent):
    device = Device(client, agent)
    bad_payload = device.mutation("farmer.create", {**farmer_body(), "household_size": 99}, entity_id=uuid.uuid4())
    unknown = device.mutation("farmer.delete", {}, entity_id=uuid.uuid4())
    good = device.mutation("farmer.create", farmer_body(), entity_id=uuid.uuid4())
    pushed = device.push(bad_payload, unknown, good)
    assert statuses(pushed) == [("rejected", "validation_error"), ("rejected", "unknown_type"), ("applied", None)]
    assert "payload.household_size" in pushed["results"][0]["message"]
    reused = {**device.mutation("farmer.create", farmer_body(), entity_id=uuid.uuid4()), "seq": good["seq"]}
    assert statuses(device.push(reused)) == [("rejected", "seq_reused")]
    # rejections are kept: a replay is answered from them
    assert device.push(unknown)["results"][0]["status"] == "duplicate"


def test_a_batch_of_501_is_a_413_and_500_is_read(app, client, agent):
    device = Device(client, agent)
    too_many = [device.mutation("farmer.delete", {}) for _ in range(501)]
    response = device.push(*too_many, expect=413)
    assert response["code"] == "too_many_mutations" and "mutations" in response["errors"]
    device.seq = 0
    assert len(device.push(*too_many[:500])["results"]) == 500


def test_a_sale_before_its_farmer_waits_and_applies_when_the_farmer_arrives(app, client, agent):
    from lending.extensions import db
    from lending.models import CropSale

    device = Device(client, agent)
    farmer_id = uuid.uuid4()
    create = device.mutation("farmer.create", farmer_body(), entity_id=farmer_id)
    sale = device.mutation("crop_sale.create", {**SALE, "farmer_id": str(farmer_id)}, entity_id=uuid.uuid4())
    assert statuses(device.push(sale)) == [("waiting", "waiting_for_record")]  # the farmer's create was delayed
    pushed = device.push(create)
    assert statuses(pushed) == [("applied", None)]
    assert [(r["id"], r["status"]) for r in pushed["released"]] == [(sale["id"], "applied")]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(CropSale)) == 1
    assert device.push(sale)["results"][0]["status"] == "duplicate"


def test_a_sale_before_its_farmer_in_the_same_batch_waits_then_applies_in_that_push(app, client, agent):
    device = Device(client, agent)
    farmer_id = uuid.uuid4()
    sale = device.mutation("crop_sale.create", {**SALE, "farmer_id": str(farmer_id)}, entity_id=uuid.uuid4())
    create = device.mutation("farmer.create", farmer_body(), entity_id=farmer_id)
    pushed = device.push(sale, create)
    assert statuses(pushed) == [("waiting", "waiting_for_record"), ("applied", None)]
    assert [(r["id"], r["status"]) for r in pushed["released"]] == [(sale["id"], "applied")]
    assert device.push(sale)["results"][0]["message"] == "already applied"


def test_a_sale_waiting_for_a_farmer_enrolled_elsewhere_is_released_by_the_next_push(app, client, agent):
    """Nothing the device pushed created the farmer (the branch enrolled them over REST, or another push could not
    see the waiting row before it committed): the next push of anyone's releases what waits for a record that is
    there now."""
    from lending.extensions import db
    from lending.models import CropSale

    device = Device(client, agent)
    farmer_id = uuid.uuid4()
    sale = device.mutation("crop_sale.create", {**SALE, "farmer_id": str(farmer_id)}, entity_id=uuid.uuid4())
    assert statuses(device.push(sale)) == [("waiting", "waiting_for_record")]
    response = client.post("/api/v1/farmers", json={**farmer_body(), "id": str(farmer_id)}, headers=agent)
    assert response.status_code == 201, response.json
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(CropSale)) == 0
    other = Device(client, staff_headers(app, client, "agent", [VILLAGE])[1])
    pushed = other.push(other.mutation("farmer.create", farmer_body(), entity_id=uuid.uuid4()))
    assert [(r["id"], r["status"]) for r in pushed["released"]] == [(sale["id"], "applied")]
    with app.app_context():
        assert db.session.get(CropSale, uuid.UUID(sale["entity_id"])).farmer_id == farmer_id


def test_one_bad_create_in_a_run_of_creates_is_refused_alone_and_the_rest_apply_once(app, client, agent):
    """Runs of creates are tried 50 at a time in one savepoint (services.sync.GROUP); one that does not simply apply
    sends its run back one by one: the answers and the state are those of applying each in its own savepoint."""
    from lending.extensions import db
    from lending.models import AuditEvent, CropSale, SyncChange, SyncMutation

    device = Device(client, agent)
    farmer_id = uuid.uuid4()
    create = device.mutation("farmer.create", farmer_body(), entity_id=farmer_id)
    sales = [
        device.mutation(
            "crop_sale.create",
            {**SALE, "farmer_id": str(farmer_id), "amount": f"{1000 + n}.00"},
            entity_id=uuid.uuid4(),
        )  # fmt: skip
        for n in range(60)
    ]
    sales[14]["payload"]["amount"] = "12.345"  # three decimals
    sales[19]["payload"]["farmer_id"] = str(uuid.uuid4())  # a farmer the server has not seen
    sales[24]["entity_id"] = sales[4]["entity_id"]  # the id of another sale, with another body
    sales[55]["payload"]["quantity_kg"] = "-1"  # in the second run of 50
    pushed = device.push(create, *sales)
    expected = [("applied", None)] + [("applied", None)] * 60
    expected[15] = ("rejected", "validation_error")
    expected[20] = ("waiting", "waiting_for_record")
    expected[25] = ("rejected", "idempotency_mismatch")
    expected[56] = ("rejected", "validation_error")
    assert statuses(pushed) == expected
    assert [r["version"] for r in pushed["results"] if r["status"] == "applied"] == [1] * 57
    with app.app_context():
        count = lambda model, *where: db.session.scalar(select(func.count()).select_from(model).where(*where))  # noqa: E731
        assert count(CropSale) == 56
        assert sorted(db.session.scalars(select(CropSale.amount))) == sorted(
            Decimal(f"{1000 + n}.00") for n in range(60) if n not in (14, 19, 24, 55)
        )
        assert count(AuditEvent, AuditEvent.action == "crop_sale.create") == 56
        assert count(SyncChange, SyncChange.entity_type == "crop_sale") == 56
        assert count(SyncMutation) == 61
    again = device.push(create, *sales)
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 61
    with app.app_context():
        assert count(CropSale) == 56 and count(SyncChange, SyncChange.entity_type == "crop_sale") == 56


def test_two_enrolments_with_one_phone_in_a_run_apply_the_first_and_refuse_the_second(app, client, agent):
    """In a run the farmers are written together at its end, so the database's unique index is what finds the second
    phone; the run is then applied one by one, and the second is refused as REST would refuse it."""
    from lending.extensions import db
    from lending.models import CropSale, Farmer

    device = Device(client, agent)
    first_id, second_id = uuid.uuid4(), uuid.uuid4()
    first = farmer_body()
    second = farmer_body(phone=first["phone"])
    pushed = device.push(
        device.mutation("farmer.create", first, entity_id=first_id),
        device.mutation("crop_sale.create", {**SALE, "farmer_id": str(first_id)}, entity_id=uuid.uuid4()),
        device.mutation("farmer.create", second, entity_id=second_id),
        device.mutation("crop_sale.create", {**SALE, "farmer_id": str(second_id)}, entity_id=uuid.uuid4()),
    )
    assert statuses(pushed) == [
        ("applied", None),
        ("applied", None),
        ("rejected", "duplicate_identity"),
        ("waiting", "waiting_for_record"),
    ]
    with app.app_context():
        assert db.session.scalars(select(Farmer.id)).all() == [first_id]
        assert db.session.scalars(select(CropSale.farmer_id)).all() == [first_id]


def test_a_mutation_waiting_longer_than_the_backlog_allows_is_rejected_and_shown_to_officers(app, client, agent):
    from lending.extensions import db
    from lending.models import SyncMutation

    device = Device(client, agent)
    sale = device.mutation("crop_sale.create", {**SALE, "farmer_id": str(uuid.uuid4())}, entity_id=uuid.uuid4())
    device.push(sale)
    with app.app_context():  # 14 days and a second later
        row = db.session.get(SyncMutation, uuid.UUID(sale["id"]))
        row.received_at -= dt.timedelta(days=14, seconds=1)
        db.session.commit()
    device.push(device.mutation("farmer.create", farmer_body(), entity_id=uuid.uuid4()))
    _, officer = staff_headers(app, client, "officer")
    listed = client.get("/api/v1/sync/backlog?status=rejected", headers=officer).json
    assert [(m["id"], m["code"]) for m in listed] == [(sale["id"], "dependency_missing")]
    assert device.push(sale)["results"][0]["code"] == "dependency_missing"


def test_a_stale_name_merges_and_is_flagged_a_stale_phone_waits_for_an_officer(app, client, agent):
    device = Device(client, agent)
    farmer_id = uuid.uuid4()
    device.push(device.mutation("farmer.create", farmer_body(), entity_id=farmer_id))
    # someone else changes the farmer (version 2) while the device still has version 1
    client.patch(f"/api/v1/farmers/{farmer_id}", json={"household_size": 6, "version": 1}, headers=agent)
    merged = device.push(device.mutation("farmer.update", {"name": "王建华"}, entity_id=farmer_id, base_version=1))
    assert statuses(merged) == [("applied", "merged")] and merged["results"][0]["version"] == 3
    phone = another_identity()["phone"]
    held = device.push(device.mutation("farmer.update", {"phone": phone}, entity_id=farmer_id, base_version=1))
    assert statuses(held) == [("conflict", "stale_base_version")]
    farmer = client.get(f"/api/v1/farmers/{farmer_id}", headers=agent).json
    assert (farmer["name"], farmer["household_size"], farmer["version"]) == ("王建华", 6, 3)
    _, officer = staff_headers(app, client, "officer")
    conflicts = client.get("/api/v1/sync/conflicts?status=open", headers=officer).json
    assert [(c["kind"], c["fields"], c["base_version"], c["server_version"]) for c in conflicts] == [
        ("merged", ["name"], 1, 2),
        ("conflict", ["phone"], 1, 3),
    ]
    resolved = client.post(
        f"/api/v1/sync/conflicts/{conflicts[1]['id']}/resolve",
        json={"resolution": "apply_device", "note": "the farmer showed the new SIM"},
        headers=officer,
    )
    assert resolved.status_code == 200 and resolved.json["status"] == "resolved", resolved.json
    assert client.get(f"/api/v1/farmers/{farmer_id}", headers=agent).json["version"] == 4


def test_pull_pages_the_agents_scope_from_a_cursor_and_a_foreign_cursor_is_a_410(app, client, agent):
    device = Device(client, agent)
    ids = [uuid.uuid4() for _ in range(3)]
    device.push(*(device.mutation("farmer.create", farmer_body(), entity_id=i) for i in ids))
    _, elsewhere = staff_headers(app, client, "agent", ["340123105"])
    assert Device(client, elsewhere).pull()["changes"] == []  # another village's agent sees none of them
    first = device.pull(limit=2)
    assert [c["entity_id"] for c in first["changes"]] == [str(i) for i in ids[:2]] and first["has_more"]
    assert first["checksum"] is None
    rest = device.pull(first["cursor"], limit=2)
    assert [c["entity_id"] for c in rest["changes"]] == [str(ids[2])] and not rest["has_more"]
    assert rest["changes"][0]["data"]["name"] == FARMER["name"] and len(rest["checksum"]) == 64
    assert device.pull(rest["cursor"])["changes"] == []
    forged = device.pull(rest["cursor"][:-1] + ("0" if rest["cursor"][-1] != "0" else "1"), expect=410)
    assert forged["code"] == "cursor_unknown"


def test_an_expired_cursor_is_a_410(app, client, agent, monkeypatch):
    device = Device(client, agent)
    cursor = device.pull()["cursor"]
    monkeypatch.setitem(app.config, "SYNC_CURSOR_DAYS", -1)
    assert device.pull(cursor, expect=410)["code"] == "cursor_expired"


def test_a_skewed_device_clock_is_flagged(app, client, agent):
    from lending.extensions import db
    from lending.models import SyncDevice

    device = Device(client, agent)
    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10, seconds=5)
    pushed = device.push(sent_at=ahead.isoformat())
    assert 600 < pushed["clock_offset_seconds"] < 606
    with app.app_context():
        assert db.session.get(SyncDevice, device.device_id).skew_flagged


# --- the other mutation types ----------------------------------------------------------------------------------------


def test_cash_collected_offline_books_once_on_the_day_it_changed_hands(app, client, loan_world):
    from tests.integration.test_loans import disbursed_loan

    loan = disbursed_loan(client, loan_world)
    device = Device(client, loan_world["agent"])
    collected = device.mutation(
        "repayment.collect",
        {"loan_id": loan["id"], "amount": "300.00", "external_ref": "RCPT-0001", "value_date": loan["start_date"]},
    )
    pushed = device.push(collected)
    assert statuses(pushed) == [("applied", None)]
    assert statuses(device.push(collected)) == [("duplicate", None)]  # the answer was lost: resent
    again = device.mutation(  # the same receipt number entered twice on the phone: one receipt
        "repayment.collect",
        {"loan_id": loan["id"], "amount": "300.00", "external_ref": "RCPT-0001", "value_date": loan["start_date"]},
    )
    assert device.push(again)["results"][0]["status"] == "applied"
    transactions = client.get(f"/api/v1/loans/{loan['id']}/transactions", headers=loan_world["agent"]).json
    repayments = [t for t in transactions if t["kind"] == "repayment"]
    assert [(Decimal(t["amount"]), t["value_date"], t["channel"]) for t in repayments] == [
        (Decimal("300.00"), loan["start_date"], "cash")
    ]


def test_an_application_pushed_is_decided_once(app, client, loan_world):
    from lending.extensions import db
    from lending.models import Application

    device = Device(client, loan_world["agent"])
    body = {"farmer_id": loan_world["farmer"]["id"], "product_code": "MICRO-BULLET", "amount": "1000.00",
            "term_months": 3}  # fmt: skip
    application = device.mutation("application.create", body, entity_id=uuid.uuid4())
    pushed = device.push(application)
    assert statuses(pushed) == [("applied", None)] and pushed["results"][0]["entity_id"] == application["entity_id"]
    device.push(application)
    with app.app_context():
        assert db.session.get(Application, uuid.UUID(application["entity_id"])) is not None
        assert db.session.scalar(select(func.count()).select_from(Application)) == 2  # the world's and this one


def test_a_verification_of_a_record_that_changed_waits_for_an_officer(app, client, agent):
    _, checker = staff_headers(app, client, "agent", [VILLAGE])
    device, checking = Device(client, agent), Device(client, checker)
    farmer_id, sale_id = uuid.uuid4(), uuid.uuid4()
    device.push(
        device.mutation("farmer.create", farmer_body(), entity_id=farmer_id),
        device.mutation("crop_sale.create", {**SALE, "farmer_id": str(farmer_id)}, entity_id=sale_id),
    )
    verify = {"kind": "crop_sale", "farmer_id": str(farmer_id), "status": "verified", "note": "bank statement seen"}
    pushed = checking.push(checking.mutation("record.verify", verify, entity_id=sale_id, base_version=1))
    assert statuses(pushed) == [("applied", None)] and pushed["results"][0]["version"] == 2
    stale = checking.push(checking.mutation("record.verify", verify, entity_id=sale_id, base_version=1))
    assert statuses(stale) == [("conflict", "stale_base_version")]
    own = device.push(device.mutation("record.verify", verify, entity_id=sale_id, base_version=2))
    assert statuses(own) == [("rejected", "maker_checker")]  # the agent who captured it never checks it


# --- offline offers accepted offline ---------------------------------------------------------------------------------


def test_an_offline_offer_accepted_syncs_once_and_every_misuse_is_rejected_with_its_code(app, client, world):
    import json as json_

    import jwt

    from lending.extensions import db
    from lending.models import Application
    from tests.integration.test_applications import steady_farmer
    from tests.integration.test_offline_offers import offers_for

    farmer = steady_farmer(client, world["agent"])
    offer = offers_for(client, world["agent"], farmer["id"])["EQUIP-ANNUITY"]
    device = Device(client, world["agent"])
    limit = Decimal(offer["limit"])
    accept = {"offer": offer["token"], "amount": offer["limit"], "term_months": 12}
    over = device.mutation("offer.accept", {**accept, "amount": str(limit + Decimal("0.01"))}, entity_id=uuid.uuid4())
    header, _, signature = offer["token"].split(".")
    raised = jwt.utils.base64url_encode(json_.dumps({"limit": "99999.00"}).encode()).decode()
    forged = device.mutation("offer.accept", {**accept, "offer": f"{header}.{raised}.{signature}"},
                             entity_id=uuid.uuid4())  # fmt: skip
    taken = device.mutation("offer.accept", accept, entity_id=uuid.uuid4())
    second = device.mutation("offer.accept", accept, entity_id=uuid.uuid4())
    pushed = device.push(over, forged, taken, second)
    assert statuses(pushed) == [
        ("rejected", "offer_over_limit"),
        ("rejected", "offer_invalid"),
        ("applied", None),
        ("rejected", "offer_used"),
    ]
    assert device.push(taken)["results"][0]["status"] == "duplicate"
    with app.app_context():
        application = db.session.get(Application, uuid.UUID(taken["entity_id"]))
        assert (application.requested_amount, application.requested_term_months, application.channel) == (
            limit,
            12,
            "agent",
        )


def test_a_waiting_mutation_of_another_agent_applies_as_that_agent_when_released(app, client, agent):
    from lending.extensions import db
    from lending.models import CropSale

    second_id, second = staff_headers(app, client, "agent", [VILLAGE])
    mine, theirs = Device(client, agent), Device(client, second)
    farmer_id, sale_id = uuid.uuid4(), uuid.uuid4()
    waiting = theirs.push(theirs.mutation("crop_sale.create", {**SALE, "farmer_id": str(farmer_id)}, entity_id=sale_id))
    assert statuses(waiting) == [("waiting", "waiting_for_record")]
    pushed = mine.push(mine.mutation("farmer.create", farmer_body(), entity_id=farmer_id))
    assert [(r["entity_id"], r["status"]) for r in pushed["released"]] == [(str(sale_id), "applied")]
    with app.app_context():
        assert db.session.get(CropSale, sale_id).created_by == second_id  # captured by the agent who pushed it


def test_every_change_of_a_push_is_logged_even_after_a_savepoint_rolled_back(app, client, agent):
    from lending.extensions import db
    from lending.models import SyncChange

    device = Device(client, agent)
    farmer_id, sale_id = uuid.uuid4(), uuid.uuid4()
    first = device.mutation("farmer.create", farmer_body(), entity_id=farmer_id)
    refused = device.mutation("farmer.create", {**farmer_body(), "household_size": 99}, entity_id=uuid.uuid4())
    sale = device.mutation("crop_sale.create", {**SALE, "farmer_id": str(farmer_id)}, entity_id=sale_id)
    assert statuses(device.push(first, refused, sale)) == [
        ("applied", None), ("rejected", "validation_error"), ("applied", None)
    ]  # fmt: skip
    with app.app_context():
        logged = db.session.execute(select(SyncChange.entity_type, SyncChange.entity_id).order_by(SyncChange.seq))
        assert [tuple(row) for row in logged] == [("farmer", farmer_id), ("crop_sale", sale_id)]


def test_a_device_pushes_for_the_agent_who_first_used_it_only(app, client, agent):
    device = Device(client, agent)
    device.push(device.mutation("farmer.create", farmer_body(), entity_id=uuid.uuid4()))
    _, other = staff_headers(app, client, "agent", [VILLAGE])
    borrowed = Device(client, other, device_id=device.device_id)
    before = stored(app)
    refused = borrowed.push(borrowed.mutation("farmer.create", farmer_body(), entity_id=uuid.uuid4()), expect=403)
    assert refused["code"] == "device_not_yours" and list(refused["errors"]) == ["device_id"]
    assert stored(app) == before


@pytest.mark.parametrize(
    "change, field",
    [
        ({"base_version": 2**63}, "mutations.0.base_version"),  # found by schemathesis: a 500 on SQLite
        ({"base_version": 2**31}, "mutations.0.base_version"),
        ({"payload": {"name": "\ud800"}}, "mutations.0.payload.name"),  # half a character: neither hashed nor stored
        ({"type": "farmer.\ud800"}, "mutations.0.type"),
    ],
)
def test_numbers_and_text_the_database_cannot_hold_are_a_422_naming_them(app, client, agent, change, field):
    device = Device(client, agent)
    mutation = {**device.mutation("farmer.update", {"name": "李四"}, entity_id=uuid.uuid4(), base_version=1), **change}
    before = stored(app)
    refused = device.push(mutation, expect=422)
    assert field in refused["errors"], refused
    assert stored(app) == before
