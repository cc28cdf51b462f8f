"""`flask sync status` shows each device that pushed (its agent, last push, clock offset and skew, what waits, the
conflicts it raised that are open) and the totals, after pushes through the API."""

from __future__ import annotations

import datetime as dt
import uuid

from tests.helpers import another_identity, staff_headers
from tests.integration.test_sync import SALE, VILLAGE, Device, farmer_body

LAST_PUSH = dt.datetime(2026, 11, 20, 8, 30, 15, tzinfo=dt.UTC)


def _name_of(app, agent_id) -> str:
    from lending.extensions import db
    from lending.models import Agent

    with app.app_context():
        return db.session.get(Agent, agent_id).name


def _pin(app, device_id: str, *, last_push_at: dt.datetime, clock_offset_seconds: float | None) -> None:
    """What a push stored, set to a value the expected table can name (a push stores the time it arrived)."""
    from lending.extensions import db
    from lending.models import SyncDevice

    with app.app_context():
        device = db.session.get(SyncDevice, device_id)
        device.last_push_at, device.clock_offset_seconds = last_push_at, clock_offset_seconds
        db.session.commit()


def _age(app, mutation_id: str, days: int, seconds: int) -> None:
    from lending.extensions import db
    from lending.models import SyncMutation

    with app.app_context():
        db.session.get(SyncMutation, uuid.UUID(mutation_id)).received_at -= dt.timedelta(days=days, seconds=seconds)
        db.session.commit()


def test_sync_status_lists_devices_and_totals_after_pushes(app, client):
    wang_id, wang = staff_headers(app, client, "agent", [VILLAGE])
    li_id, li = staff_headers(app, client, "agent", ["340123105"])
    tablet = Device(client, wang, "tablet-wang")
    farmer_id = uuid.uuid4()
    ahead = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10, seconds=5)  # the tablet's clock runs ahead
    tablet.push(
        tablet.mutation("farmer.create", farmer_body(), entity_id=farmer_id),
        # two sales of a farmer whose create has not arrived: they wait in the backlog
        *(
            tablet.mutation("crop_sale.create", {**SALE, "farmer_id": str(uuid.uuid4())}, entity_id=uuid.uuid4())
            for _ in range(2)
        ),  # fmt: skip
        sent_at=ahead.isoformat(),
    )
    # another write makes the tablet's version 1 stale: a name merges (flagged), a phone waits for an officer
    client.patch(f"/api/v1/farmers/{farmer_id}", json={"household_size": 6, "version": 1}, headers=wang)
    held = tablet.push(
        tablet.mutation("farmer.update", {"name": "王建华"}, entity_id=farmer_id, base_version=1),
        tablet.mutation("farmer.update", {"phone": another_identity()["phone"]}, entity_id=farmer_id, base_version=1),
    )
    assert [(r["status"], r["code"]) for r in held["results"]] == [
        ("applied", "merged"),
        ("conflict", "stale_base_version"),
    ]
    phone = Device(client, li, "phone-li")
    lost = phone.mutation("crop_sale.create", {**SALE, "farmer_id": str(uuid.uuid4())}, entity_id=uuid.uuid4())
    phone.push(lost)
    _age(app, lost["id"], days=14, seconds=1)  # one second past SYNC_BACKLOG_DAYS
    phone.push()  # any push gives up on what waited too long
    _pin(app, "tablet-wang", last_push_at=LAST_PUSH, clock_offset_seconds=605.2)
    _pin(app, "phone-li", last_push_at=LAST_PUSH + dt.timedelta(hours=1), clock_offset_seconds=-0.3)
    wang_name, li_name = _name_of(app, wang_id), _name_of(app, li_id)
    width = max(len("agent"), len(wang_name), len(li_name))

    result = app.test_cli_runner().invoke(args=["sync", "status"])

    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"device       {'agent'.ljust(width)}  last push (UTC)      clock offset  skew  waiting  open conflicts",
        f"phone-li     {li_name.ljust(width)}  2026-11-20 09:30:15        -0.3 s  no          0               0",
        f"tablet-wang  {wang_name.ljust(width)}  2026-11-20 08:30:15      +605.2 s  yes         2               2",
        "backlog waiting: 2",
        "rejected dependency_missing: 1",
        "open conflicts: conflict 1, merged 1",
    ]


def test_sync_status_before_any_push_says_so_and_counts_nothing(app):
    result = app.test_cli_runner().invoke(args=["sync", "status"])

    assert (result.exit_code, result.output) == (
        0,
        "no device has pushed yet\nbacklog waiting: 0\nrejected dependency_missing: 0\nopen conflicts: conflict 0, "
        "merged 0\n",
    )


def test_a_device_without_a_clock_reading_shows_a_dash(app, client):
    _, wang = staff_headers(app, client, "agent", [VILLAGE])
    Device(client, wang, "no-clock").push()  # no sent_at: no offset to estimate

    result = app.test_cli_runner().invoke(args=["sync", "status"])

    assert result.exit_code == 0, result.output
    row = result.output.splitlines()[1].split()
    assert (row[0], row[-4:]) == ("no-clock", ["-", "no", "0", "0"])
