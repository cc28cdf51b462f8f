"""SIGKILL during a push (issue #13, "Done when"): the served app is killed while it applies a device's batch — its
worker, or the whole server (master and worker) — ten times, at seeded random points; started again, the device sends
the batch again. A push is one transaction: after each kill the batch is in the database whole or not at all, the
resend applies exactly what is missing, and the end state is the state of applying every batch once, in order — worked
out from the batches row by row — with the audit chain unbroken."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import threading
import time
import urllib.error
import urllib.request
import uuid
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select, text

from tests.helpers import FARMER, LAND, SALE, another_identity, staff_headers
from tests.served import ready, served_process

SEED = 1312
KILLS = 10
FARMERS_PER_BATCH = 100  # each with a land transfer and two crop sales: 400 mutations a batch
MUTATIONS_PER_BATCH = 4 * FARMERS_PER_BATCH
VILLAGE = FARMER["village_code"]
RECORDED_AT = "2026-11-20T08:30:00+00:00"


class Device:
    """An agent's phone that recorded `FARMERS_PER_BATCH` farmers (and their records) between two syncs, each time.
    Every id comes from the seeded `rng`, so both databases get the very same batches."""

    def __init__(self, rng: random.Random):
        self.rng, self.seq = rng, 0
        self.device_id = f"dev-{self._uuid()[:8]}"
        self.identities: set[str] = set()

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _identity(self) -> dict:
        # another_identity draws national IDs from 336,000 values: 1,100 farmers would repeat one (and be refused)
        while True:
            identity = another_identity()
            if not self.identities & set(identity.values()):
                self.identities |= set(identity.values())
                return identity

    def _mutation(self, type_: str, entity_id: str, payload: dict) -> dict:
        self.seq += 1
        return {"id": self._uuid(), "seq": self.seq, "type": type_, "entity_id": entity_id,
                "recorded_at": RECORDED_AT, "payload": payload}  # fmt: skip

    def batch(self) -> list[dict]:
        """A farmer, their land transfer and two crop sales, `FARMERS_PER_BATCH` times; for one farmer in ten the
        first sale is sent before the farmer (it waits in the backlog and is released when the farmer applies)."""
        mutations = []
        for _ in range(FARMERS_PER_BATCH):
            farmer_id = self._uuid()
            farmer = self._mutation("farmer.create", farmer_id, {**FARMER, **self._identity()})
            land = self._mutation(
                "land_transfer.create", self._uuid(), {**LAND, "contract_id": f"L{self.seq}", "farmer_id": farmer_id}
            )
            sales = [
                self._mutation(
                    "crop_sale.create", self._uuid(), {**SALE, "amount": f"{amount}.00", "farmer_id": farmer_id}
                )
                for amount in (self.rng.randrange(1000, 20000), self.rng.randrange(1000, 20000))
            ]
            mutations += [sales[0], farmer, land, sales[1]] if self.rng.random() < 0.1 else [farmer, land, *sales]
        return mutations


def push(base: str, headers: dict, device: Device, mutations: list[dict], timeout: float = 120) -> dict:
    body = json.dumps({"device_id": device.device_id, "mutations": mutations}).encode()
    request = urllib.request.Request(
        f"{base}/api/v1/sync/push", data=body, headers={**headers, "Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as answer:
        assert answer.status == 200
        return json.loads(answer.read())


def outcome(pushed: dict) -> list[str]:
    """Each mutation's status once the push ended: a waiting one that the push released counts as released."""
    released = {r["id"]: r["status"] for r in pushed["released"]}
    return [f"released {released[r['id']]}" if r["id"] in released else r["status"] for r in pushed["results"]]


class Server:
    """The served app (one gunicorn worker) on the test's database, to kill and start again."""

    def __init__(self, database_url: str, directory: Path):
        self.database_url, self.directory, self.starts = database_url, directory, 0
        self.running = contextlib.ExitStack()

    def start(self) -> None:
        self.starts += 1
        self.log = self.directory / f"server-{self.starts}.log"
        self.base, self.master = self.running.enter_context(
            served_process(self.database_url, self.log, workers=1, LOG_LEVEL="WARNING")
        )

    def kill(self, what: str) -> None:
        """SIGKILL the worker (the master forks another) or the whole server's process group (then start anew)."""
        if what == "worker":
            children = Path(f"/proc/{self.master.pid}/task/{self.master.pid}/children").read_text().split()
            assert len(children) == 1, children
            os.kill(int(children[0]), signal.SIGKILL)
            return
        os.killpg(self.master.pid, signal.SIGKILL)
        self.master.wait(timeout=10)

    def up(self) -> None:
        """Serving again: a new worker answers, or, if the master died too, a new server."""
        if self.master.poll() is None:
            ready(self.base, server=self.master, log=self.log)
        else:
            self.running.close()
            self.start()

    def stop(self) -> None:
        self.running.close()


def in_database(app, batch: list[dict]) -> dict[str, int]:
    """How much of `batch` the database holds: its mutations, the farmers and records they create, and their changes."""
    from lending.extensions import db
    from lending.models import CropSale, Farmer, LandTransfer, SyncChange, SyncMutation

    def ids(type_: str | None = None) -> list[uuid.UUID]:
        return [uuid.UUID(m["entity_id"]) for m in batch if type_ in (None, m["type"])]

    counts = {
        "sync_mutations": (SyncMutation.id, [uuid.UUID(m["id"]) for m in batch]),
        "farmers": (Farmer.id, ids("farmer.create")),
        "land_transfers": (LandTransfer.id, ids("land_transfer.create")),
        "crop_sales": (CropSale.id, ids("crop_sale.create")),
        "sync_changes": (SyncChange.entity_id, ids()),
    }
    with app.app_context():
        return {
            name: db.session.scalar(select(func.count()).where(column.in_(values)))
            for name, (column, values) in counts.items()
        }


NONE = {"sync_mutations": 0, "farmers": 0, "land_transfers": 0, "crop_sales": 0, "sync_changes": 0}
WHOLE = {
    "sync_mutations": MUTATIONS_PER_BATCH,
    "farmers": FARMERS_PER_BATCH,
    "land_transfers": FARMERS_PER_BATCH,
    "crop_sales": 2 * FARMERS_PER_BATCH,
    "sync_changes": MUTATIONS_PER_BATCH,  # one change per row created: a record does not change its farmer
}


def transactions_open(app) -> int | None:
    """On PostgreSQL, how many other connections to the database are inside a transaction (the served app's push);
    None on SQLite."""
    from lending.extensions import db

    with app.app_context(), db.engine.connect() as connection:
        if connection.dialect.name != "postgresql":
            return None
        return connection.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid() AND xact_start IS NOT NULL"
            )
        )


def final_state(app) -> dict[str, list]:
    """What the pushes left: every farmer and record, every pushed mutation with its stored answer, the change log in
    sequence order, and the audit log's events about farmers and records."""
    from lending.extensions import db
    from lending.models import AuditEvent, CropSale, Farmer, LandTransfer, SyncChange, SyncConflict, SyncMutation

    def rows(statement) -> list[tuple]:
        return [tuple(str(v) if isinstance(v, uuid.UUID) else v for v in row) for row in db.session.execute(statement)]

    with app.app_context():
        return {
            "farmers": sorted(rows(select(Farmer.id, Farmer.version))),
            "land_transfers": sorted(rows(select(LandTransfer.id, LandTransfer.farmer_id, LandTransfer.version))),
            "crop_sales": sorted(rows(select(CropSale.id, CropSale.farmer_id, CropSale.amount, CropSale.version))),
            "sync_mutations": sorted(
                rows(
                    select(
                        SyncMutation.id,
                        SyncMutation.seq,
                        SyncMutation.type,
                        SyncMutation.status,
                        SyncMutation.code,
                        SyncMutation.entity_id,
                        SyncMutation.version,
                    )
                )
            ),  # fmt: skip
            "sync_changes": rows(
                select(SyncChange.entity_type, SyncChange.entity_id, SyncChange.version, SyncChange.deleted).order_by(
                    SyncChange.seq
                )
            ),
            "sync_conflicts": rows(select(SyncConflict.id)),
            "audit": sorted(
                rows(
                    select(AuditEvent.action, AuditEvent.entity_id).where(
                        AuditEvent.entity_type.in_(["farmer", "land_transfer", "crop_sale"])
                    )
                )
            ),
        }


def pushed_once(batches: list[list[dict]]) -> dict[str, list]:
    """`final_state` worked out from the batches: each mutation applied once, in the order sent — a sale sent before
    its farmer right after the farmer (released) — every row at version 1, one change and one audit event each."""
    state = {
        name: [] for name in ("farmers", "land_transfers", "crop_sales", "sync_mutations", "sync_changes", "audit")
    }
    state["sync_conflicts"] = []
    farmers: set[str] = set()
    waiting: dict[str, list[dict]] = {}
    for mutation in (mutation for batch in batches for mutation in batch):
        kind, entity_id, payload = mutation["type"].removesuffix(".create"), mutation["entity_id"], mutation["payload"]
        state["sync_mutations"].append(
            (mutation["id"], mutation["seq"], mutation["type"], "applied", None, entity_id, 1)
        )
        state["audit"].append((mutation["type"], entity_id))
        if kind == "farmer":
            state["farmers"].append((entity_id, 1))
            farmers.add(entity_id)
            released = waiting.pop(entity_id, [])
            state["sync_changes"] += [(kind, entity_id, 1, False)] + [
                ("crop_sale", sale["entity_id"], 1, False) for sale in released
            ]
        elif payload["farmer_id"] not in farmers:
            waiting.setdefault(payload["farmer_id"], []).append(mutation)
        else:
            state["sync_changes"].append((kind, entity_id, 1, False))
        if kind == "land_transfer":
            state["land_transfers"].append((entity_id, payload["farmer_id"], 1))
        if kind == "crop_sale":
            state["crop_sales"].append((entity_id, payload["farmer_id"], Decimal(payload["amount"]), 1))
    assert not waiting
    return {name: rows if name == "sync_changes" else sorted(rows) for name, rows in state.items()}


def audit_chain_breaks(app):
    from lending.extensions import db
    from lending.services import audit

    with app.app_context():
        return audit.verify(session=db.session).broken


def test_a_push_killed_ten_times_at_random_points_and_resent_ends_as_if_pushed_once(
    app, client, database_url, backend, tmp_path
):
    rng = random.Random(SEED)
    device = Device(rng)
    batches = [device.batch() for _ in range(KILLS + 1)]
    _, headers = staff_headers(app, client, "agent", [VILLAGE])
    server = Server(database_url, tmp_path)
    server.start()
    try:
        # the first batch, pushed whole, tells how long a push takes: the kills fall within that time
        started = time.monotonic()
        assert set(outcome(push(server.base, headers, device, batches[0]))) <= {"applied", "released applied"}
        duration = time.monotonic() - started
        rounds = []
        for batch in batches[1:]:
            delay, what = rng.uniform(0, duration), rng.choice(["worker", "server"])
            answer: dict = {}

            def send(batch=batch, answer=answer):
                try:
                    answer["pushed"] = push(server.base, headers, device, batch)
                except (OSError, ConnectionError) as error:  # reset, refused, or the remote end closed
                    answer["error"] = repr(error)

            sending = threading.Thread(target=send)
            sending.start()
            time.sleep(delay)
            open_then = transactions_open(app)
            server.kill(what)
            sending.join(timeout=120)
            assert not sending.is_alive()
            server.up()
            kept = in_database(app, batch)
            assert kept in (NONE, WHOLE), f"half-applied after a kill at {delay:.3f} s: {kept}"
            resent = outcome(push(server.base, headers, device, batch))
            expected = "duplicate" if kept == WHOLE else "applied"
            assert {status.removeprefix("released ") for status in resent} == {expected}, resent
            rounds.append((round(delay, 3), what, "answered" if "pushed" in answer else "cut off", kept == WHOLE,
                           open_then))  # fmt: skip
        # and every batch once more: nothing new, nothing to retry
        for batch in batches:
            assert set(outcome(push(server.base, headers, device, batch))) == {"duplicate"}
    finally:
        server.stop()
    print(f"\n{backend}: a push takes {duration:.3f} s; (delay, killed, push, kept whole, transactions open):")
    print("\n".join(map(str, rounds)))
    cut_off_with_nothing_kept = [r for r in rounds if r[2] == "cut off" and not r[3]]
    assert cut_off_with_nothing_kept, f"no kill cut a push off before its commit: {rounds}"
    if backend == "postgresql":  # a kill fell while the push's transaction was open in the database
        assert any(r[4] for r in cut_off_with_nothing_kept), rounds

    state, expected = final_state(app), pushed_once(batches)
    farmers = (KILLS + 1) * FARMERS_PER_BATCH
    assert (
        len(state["farmers"]) == farmers and len(state["sync_mutations"]) == len(state["sync_changes"]) == 4 * farmers
    )
    for table in expected:
        assert state[table] == expected[table], table
    assert audit_chain_breaks(app) is None
