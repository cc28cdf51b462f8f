"""Applying pushed mutations (issue #13; DESIGN.md §7) at its edges, as a device resending, replaying or borrowing
ids would push them: each mutation is applied once and what became of it is kept for the replay (its status, code,
message, when it applied); an id of another device or sequence number reused is rejected with its message; a device
clock exactly 10 minutes off is not flagged, a second more is; a mutation waits exactly SYNC_BACKLOG_DAYS and not a
second longer. The clock is moved, never waited for."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import time_machine
from sqlalchemy import select

from tests.helpers import staff_headers
from tests.integration.test_sync import NOW, SALE, VILLAGE, Device, agent, farmer_body, statuses  # noqa: F401


def _soon() -> dt.datetime:
    """A whole second just ahead of the real clock: the agent's token (issued now) is valid then."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(seconds=2)


def _row(app, mutation_id):
    from lending.extensions import db
    from lending.models import SyncMutation

    with app.app_context():
        row = db.session.get(SyncMutation, uuid.UUID(mutation_id))
        db.session.expunge(row)
        return row


def _received(app, mutation_id, at):
    from lending.extensions import db
    from lending.models import SyncMutation

    with app.app_context():
        db.session.get(SyncMutation, uuid.UUID(mutation_id)).received_at = at
        db.session.commit()


def _device(app, device_id):
    from lending.extensions import db
    from lending.models import SyncDevice

    with app.app_context():
        device = db.session.get(SyncDevice, device_id)
        db.session.expunge(device)
        return device


def test_what_became_of_each_mutation_is_kept_for_its_replay(app, client, agent):
    moment = _soon()
    device = Device(client, agent)
    farmer_id = uuid.uuid4()
    create = device.mutation("farmer.create", farmer_body(), entity_id=farmer_id)
    bad = device.mutation("farmer.create", {**farmer_body(), "household_size": 99}, entity_id=uuid.uuid4())
    with time_machine.travel(moment, tick=False):
        pushed = device.push(create, bad)
    assert statuses(pushed) == [("applied", None), ("rejected", "validation_error")]
    applied, rejected = _row(app, create["id"]), _row(app, bad["id"])
    assert (applied.status, applied.code, applied.message) == ("applied", None, None)
    assert (applied.applied_at, applied.received_at, applied.recorded_at) == (moment, moment, NOW)
    assert (applied.entity_id, applied.version, applied.seq, applied.device_id) == (farmer_id, 1, 1, device.device_id)
    assert (rejected.status, rejected.code, rejected.applied_at, rejected.version) == (
        "rejected", "validation_error", None, None,
    )  # fmt: skip
    replay = device.push(create, bad)["results"]
    assert [(r["status"], r.get("code"), r["message"]) for r in replay] == [
        ("duplicate", None, "already applied"),
        ("duplicate", "validation_error", f"already rejected: {rejected.message}"),
    ]
    assert replay[0]["entity_id"] == str(farmer_id) and replay[0]["version"] == 1


def test_an_id_pushed_by_another_device_is_rejected_even_with_the_same_body(app, client, agent):
    first = Device(client, agent)
    create = first.mutation("farmer.create", farmer_body(), entity_id=uuid.uuid4())
    first.push(create)
    second = Device(client, agent)  # the agent's other phone, replaying what it copied
    result = second.push(create)["results"][0]
    assert (result["status"], result["code"], result["message"]) == (
        "rejected",
        "idempotency_mismatch",
        "This mutation id was pushed before with another body.",
    )
    assert result["entity_id"] == create["entity_id"]


def test_a_sequence_number_of_another_mutation_is_rejected_with_its_number(app, client, agent):
    device = Device(client, agent)
    device.push(device.mutation("farmer.create", farmer_body(), entity_id=uuid.uuid4()))
    entity_id = uuid.uuid4()
    reused = {**device.mutation("farmer.create", farmer_body(), entity_id=entity_id), "seq": 1}
    result = device.push(reused)["results"][0]
    assert (result["status"], result["code"], result["message"], result["entity_id"]) == (
        "rejected", "seq_reused", "Sequence number 1 of this device is another mutation's.", str(entity_id),
    )  # fmt: skip


def test_an_unknown_type_is_rejected_naming_the_types(app, client, agent):
    device = Device(client, agent)
    result = device.push(device.mutation("farmer.delete", {}))["results"][0]
    assert (result["status"], result["code"]) == ("rejected", "unknown_type")
    assert result["message"] == (
        "No mutation type 'farmer.delete'; the types are farmer.create, farmer.update, land_transfer.create, "
        "crop_sale.create, equipment_purchase.create, record.verify, application.create, repayment.collect, "
        "offer.accept."
    )


def test_a_device_clock_exactly_ten_minutes_off_is_not_flagged_a_second_more_is(app, client, agent):
    moment = _soon()
    for offset, flagged in ((dt.timedelta(minutes=10), False), (dt.timedelta(minutes=10, seconds=1), True),
                            (-dt.timedelta(minutes=10), False), (-dt.timedelta(minutes=10, seconds=1), True),
                            (dt.timedelta(milliseconds=1234.5678), False)):  # fmt: skip
        device = Device(client, agent)
        with time_machine.travel(moment, tick=False):
            pushed = device.push(sent_at=(moment + offset).isoformat())
        seconds = round(offset.total_seconds(), 3)  # 1.2345678 s: 1.235 (to the millisecond)
        assert pushed["clock_offset_seconds"] == seconds
        stored = _device(app, device.device_id)
        assert (stored.skew_flagged, stored.clock_offset_seconds, stored.last_push_at) == (flagged, seconds, moment)
        assert stored.first_seen_at == moment
    unsent = Device(client, agent)
    assert unsent.push()["clock_offset_seconds"] is None


def test_a_device_of_another_agent_is_refused(app, client, agent):
    device = Device(client, agent)
    device.push()
    _, other = staff_headers(app, client, "agent", [VILLAGE])
    refused = Device(client, other, device_id=device.device_id).push(expect=403)
    assert (refused["code"], refused["message"], refused["errors"]) == (
        "device_not_yours", "This device is another agent's.", {"device_id": ["Another agent's."]},
    )  # fmt: skip


def test_a_mutation_waits_exactly_the_backlog_days_and_not_a_second_longer(app, client, agent):
    moment = _soon()
    device = Device(client, agent)
    missing = uuid.uuid4()
    sale = device.mutation("crop_sale.create", {**SALE, "farmer_id": str(missing)}, entity_id=uuid.uuid4())
    with time_machine.travel(moment, tick=False):
        waiting = device.push(sale)["results"][0]
    assert (waiting["status"], waiting["code"], waiting["message"]) == (
        "waiting", "waiting_for_record", f"Waits for {missing}, whose create has not arrived; it applies when it does.",
    )  # fmt: skip
    for age, status in ((dt.timedelta(days=14), "waiting"), (dt.timedelta(days=14, seconds=1), "rejected")):
        _received(app, sale["id"], moment - age)  # SYNC_BACKLOG_DAYS is 14: at 14 days it waits still
        with time_machine.travel(moment, tick=False):
            device.push()
        assert _row(app, sale["id"]).status == status
    row = _row(app, sale["id"])
    assert (row.status, row.code, row.payload) == ("rejected", "dependency_missing", None)
    assert row.message == f"{missing} never arrived within 14 days."


def test_a_released_mutation_is_kept_applied_and_replays_as_a_duplicate(app, client, agent):
    moment = _soon()
    device = Device(client, agent)
    farmer_id = uuid.uuid4()
    sale = device.mutation("crop_sale.create", {**SALE, "farmer_id": str(farmer_id)}, entity_id=uuid.uuid4())
    with time_machine.travel(moment, tick=False):
        device.push(sale)
    create = device.mutation("farmer.create", farmer_body(), entity_id=farmer_id)
    later = moment + dt.timedelta(seconds=30)
    with time_machine.travel(later, tick=False):
        pushed = device.push(create)
    assert [(r["id"], r["status"], r["entity_id"]) for r in pushed["released"]] == [
        (sale["id"], "applied", sale["entity_id"])
    ]
    row = _row(app, sale["id"])
    assert (row.status, row.code, row.payload, row.waits_for, row.applied_at) == ("applied", None, None, None, later)
    assert (row.received_at, row.version) == (moment, 1)


# --- creates tried together: driven through services.sync.push with an applier that records what it is asked ------


class Recorder:
    """An applier that applies every mutation but those whose payload says `bad` (refused, 422), recording the
    sequence numbers it is asked to apply, in order: a group tried together and rolled back shows as its numbers
    twice."""

    def __init__(self):
        self.calls: list[int] = []
        self.seen: list[tuple] = []  # each call's sequence number, recorded_at and base_version
        self.made: set[uuid.UUID] = set()  # what it applied: a mutation that `needs` another record waits for it

    def __call__(self, session, actor, mutation):
        from lending.errors import Unavailable, ValidationFailed
        from lending.services.sync import Applied, Waiting

        self.calls.append(mutation.seq)
        self.seen.append((mutation.seq, mutation.recorded_at, mutation.base_version))
        needs = mutation.payload.get("needs")
        if needs is not None and uuid.UUID(needs) not in self.made:
            raise Waiting(uuid.UUID(needs))
        self.made.add(mutation.entity_id)
        raised = RAISED.get(mutation.payload.get("raise"))
        if raised is not None:
            raise raised()
        if mutation.payload.get("busy"):
            raise Unavailable()
        if mutation.payload.get("bad"):
            raise ValidationFailed("No.", code="refused_here", errors={"payload.bad": ["Bad."]})
        return Applied(entity_id=mutation.entity_id)


def _push(app, client, kinds: list[str], needs: dict[int, int] | None = None):
    """Push one mutation per kind ("create", "bad create", "update") through services.sync.push; the results and
    the sequence numbers the applier was asked for."""
    from lending.domain.actors import Actor, Role
    from lending.extensions import db
    from lending.services import sync

    agent_id, _ = staff_headers(app, client, "agent", [VILLAGE])
    mutations = [
        sync.Mutation(
            id=uuid.uuid4(),
            seq=seq,
            type="farmer.update" if kind == "update" else "farmer.create",
            recorded_at=NOW,
            payload={"bad": kind == "bad create", "busy": kind == "busy"},
            entity_id=uuid.uuid4(),
        )  # fmt: skip
        for seq, kind in enumerate(kinds, start=1)
    ]
    mutations = [
        m if k in ("create", "bad create", "update", "busy") else _raising(m, k) for m, k in zip(mutations, kinds)
    ]
    for seq, needed in (needs or {}).items():  # mutation `seq` needs the record of mutation `needed`
        m = mutations[seq - 1]
        mutations[seq - 1] = dataclasses.replace(
            m, payload={**m.payload, "needs": str(mutations[needed - 1].entity_id)}
        )
    recorder = Recorder()
    with app.app_context():  # the app's own keys encrypt what is stored (outside it, the process default's would)
        session = db.open()
        try:
            actor = Actor(id=agent_id, role=Role.AGENT, villages=frozenset({VILLAGE}))
            pushed = sync.push(
                session=session,
                actor=actor,
                device_id=f"dev-{uuid.uuid4().hex[:8]}",
                mutations=mutations,
                apply=recorder,
            )
        finally:
            session.close()
    released = [(r.status, r.code) for r in pushed.released]
    _push.seen = recorder.seen
    return [(r.status, r.code) for r in pushed.results], recorder.calls, pushed.results, released


def test_creates_in_a_row_are_tried_together_and_again_one_by_one_when_one_is_refused(app, client):
    applied, refused = ("applied", None), ("rejected", "refused_here")
    # 1, 2 together (3 is an update: alone), then 4, 5 together, rolled back for 5 and each tried again alone
    results, calls, answers, _ = _push(app, client, ["create", "create", "update", "create", "bad create"])
    assert results == [applied, applied, applied, applied, refused]
    assert calls == [1, 2, 3, 4, 5, 4, 5]
    assert answers[4].message == "No. (payload.bad: Bad.)"  # the refusal's message, then each field's


def test_a_refusal_that_may_pass_later_is_a_retry_and_not_kept(app, client):
    from lending.extensions import db
    from lending.models import SyncMutation

    results, calls, answers, _ = _push(app, client, ["busy"])
    assert (results, calls) == ([("retry", "unavailable")], [1])
    assert answers[0].message == "The service is unavailable just now; try again shortly."
    with app.app_context():
        assert db.session.get(SyncMutation, answers[0].id) is None  # the device sends it again


def test_a_lone_create_is_tried_once_and_groups_hold_at_most_50(app, client):
    results, calls, _, _ = _push(app, client, ["create"])
    assert (results, calls) == ([("applied", None)], [1])
    # 51 creates, the 51st refused: 1-50 together (applied), then 51 alone
    results, calls, _, _ = _push(app, client, ["create"] * 50 + ["bad create"])
    assert results[-1] == ("rejected", "refused_here") and results[:50] == [("applied", None)] * 50
    assert calls == list(range(1, 52))


FARMER_ID, RECORD_ID = uuid.UUID(int=0xF), uuid.UUID(int=0xE)


def _stale(merged: bool):
    from lending.services.sync import Applied, Stale

    def make():
        applied = Applied(entity_id=RECORD_ID) if merged else None
        return Stale(entity_type="farmer", entity_id=RECORD_ID, farmer_id=FARMER_ID, fields=["phone", "name"],
                     server_version=3, money=not merged, merged=applied)  # fmt: skip

    return make


def _operational():
    from sqlalchemy.exc import OperationalError

    return OperationalError("UPDATE farmers", {}, Exception("database is locked" + "." * 300))


def _waiting():
    from lending.services.sync import Waiting

    return Waiting(FARMER_ID)


RAISED = {"stale money": _stale(False), "stale merge": _stale(True), "locked": _operational, "waiting": _waiting}


def _raising(mutation, kind):
    return dataclasses.replace(mutation, type="farmer.update", base_version=1, payload={"raise": kind, "name": "A"})


def test_a_stale_base_is_a_conflict_for_an_officer_or_merged_and_flagged(app, client):
    from lending.extensions import db
    from lending.models import SyncConflict

    results, calls, answers, _ = _push(app, client, ["stale money", "stale merge"])
    assert results == [("conflict", "stale_base_version"), ("applied", "merged")]
    conflict, merged = answers
    assert (conflict.entity_id, conflict.version) == (RECORD_ID, 3)
    assert conflict.message == "The record is at version 3, not 1; phone, name changed meanwhile: an officer decides."
    assert (merged.entity_id, merged.version) == (RECORD_ID, None)
    assert merged.message == "Applied over version 3 (based on 1); flagged."
    with app.app_context():
        rows = {row.id: row for row in db.session.scalars(select(SyncConflict))}
        kept = [rows[conflict.conflict_id], rows[merged.conflict_id]]
        assert [(r.kind, r.status, r.entity_type, r.entity_id, r.farmer_id) for r in kept] == [
            ("conflict", "open", "farmer", RECORD_ID, FARMER_ID),
            ("merged", "open", "farmer", RECORD_ID, FARMER_ID),
        ]
        assert [(r.fields, r.base_version, r.server_version, r.mutation_id) for r in kept] == [
            (["phone", "name"], 1, 3, conflict.id),
            (["phone", "name"], 1, 3, merged.id),
        ]
        assert kept[0].theirs == '{"name":"A","raise":"stale money"}'


def test_a_lock_timeout_is_a_transient_retry_and_a_missing_record_waits(app, client):
    from lending.extensions import db
    from lending.models import SyncMutation

    results, calls, answers, _ = _push(app, client, ["locked", "waiting"])
    assert results == [("retry", "transient"), ("waiting", "waiting_for_record")]
    assert answers[0].message == ("database is locked" + "." * 300)[:200]
    with app.app_context():
        assert db.session.get(SyncMutation, answers[0].id) is None
        row = db.session.get(SyncMutation, answers[1].id)
        assert (row.status, row.waits_for, row.payload) == ("waiting", FARMER_ID, '{"name":"A","raise":"waiting"}')


def test_mutations_waiting_for_a_record_apply_when_it_does_in_the_devices_order_and_in_a_chain(app, client):
    # 1 and 2 wait for 4's record, 3 for 2's; 4 applies and releases 1, then 2, which releases 3
    results, calls, answers, released = _push(
        app, client, ["update", "update", "update", "create"], needs={1: 4, 2: 4, 3: 2}
    )
    assert results == [("waiting", "waiting_for_record")] * 3 + [("applied", None)]
    assert calls == [1, 2, 3, 4, 1, 2, 3]
    assert released == [("applied", None)] * 3
    assert _push.seen[4:] == [(1, NOW, None), (2, NOW, None), (3, NOW, None)]  # released as they were sent


def test_a_record_arriving_releases_only_what_waits_for_it(app, client):
    # 1 waits for a record that never comes, 2 for 3's: 3 applies and releases 2 alone (1 is not tried again)
    results, calls, _, released = _push(app, client, ["waiting", "update", "create"], needs={2: 3})
    assert results == [("waiting", "waiting_for_record")] * 2 + [("applied", None)]
    assert (calls, released) == ([1, 2, 3, 2], [("applied", None)])
    assert _push.seen[3] == (2, NOW, None)


def test_a_mutation_given_up_on_is_not_applied_when_its_record_arrives_after_all(app, client, agent):
    device = Device(client, agent)
    farmer_id = uuid.uuid4()
    sale = device.mutation("crop_sale.create", {**SALE, "farmer_id": str(farmer_id)}, entity_id=uuid.uuid4())
    device.push(sale)
    _received(app, sale["id"], dt.datetime.now(dt.UTC) - dt.timedelta(days=15))
    device.push()  # expired: rejected, dependency_missing
    pushed = device.push(device.mutation("farmer.create", farmer_body(), entity_id=farmer_id))
    assert statuses(pushed) == [("applied", None)] and pushed["released"] == []
    assert (_row(app, sale["id"]).status, _row(app, sale["id"]).code) == ("rejected", "dependency_missing")
