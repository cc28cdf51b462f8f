"""Offline sync (issue #13): a field agent back from two weeks without signal pushes the backlog the phone kept, then
the whole scope is pulled. Driven by the bench itself (the pushes are a chain: each batch goes once the one before
is answered, as a device sends them), over HTTP against gunicorn.

`sync_push` — each round a new device of the bench's agent and BENCH_SYNC_FARMERS (default 1,000) new farmers of the
agent's village, each enrolled and then given 4 crop sales, 3 land transfers and 2 equipment purchases in one visit:
10 mutations a farmer, 10,000 in all (1,000 farmer.create, 4,000 crop_sale.create, 3,000 land_transfer.create,
2,000 equipment_purchase.create), `recorded_at` spread over the two weeks. Pushed in batches of 500:

1. the apply: every batch in turn; every result must be `applied`. Figures: wall time from the first batch sent to
   the last answer (goal ≤ 10 s) and p50/p99 per batch (the row's p50 and p99); mutations a second;
2. the replay: ALL of it pushed again, as a device does whose answers were lost; every result must be `duplicate`.
   Its wall time (goal ≤ 3 s) and per-batch figures are under `totals` and `steps`;
3. nothing changed: the agent's change log, pulled before the round, after the apply and after the replay, must
   have gained exactly one change per mutation with the apply and none with the replay, and the scope's checksum
   must be the same after the replay as before it (untimed).

`sync_pull` — another agent (the demo agent of Hua county, seeds/agents.json), whose scope is one such backlog
pushed while preparing (that push's time is printed, not recorded): each round pulls it from an empty cursor to the
end in pages of 1,000 (10 pages, 10,000 changes; the last carries the scope's checksum). Figures: p50/p99 per page,
changes a second, the whole pull's wall time under `totals`.

A mutation answered otherwise than expected, a wrong count of changes or a changed checksum counts as an error.
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
from dataclasses import dataclass

from lending.domain.daycount import add_months

from ..client import Client, SetupFailed
from ..load import Measurement
from ..server import STAFF_PASSWORD, STAFF_PHONE, STAFF_VILLAGE
from .decisions import _position
from .http import HttpScenario, Target
from .ussd import figures, new_farmer

FARMERS = int(os.environ.get("BENCH_SYNC_FARMERS", "1000"))
WARMUP_FARMERS = 200  # 2,000 mutations: four batches, so each of the two workers has served pushes before the figures
BATCH = 500  # the most a push carries (POST /sync/push answers 413 above it)
PAGE = 1000  # the most a pull returns
APPLY_GOAL_S, REPLAY_GOAL_S = 10.0, 3.0  # issue #13
PUSH_PATH, PULL_PATH = "/api/v1/sync/push", "/api/v1/sync/pull"
TIMEOUT = 300  # seconds a batch may take before the bench calls it a socket error
PULL_AGENT = ("+8613800000004", "agent2-demo-2025", "410526101")  # seeds/agents.json: Hua county, no farmers yet
OFFLINE = dt.timedelta(days=14)

SALES = (("rice", "30000.00", 40), ("wheat", "20000.00", 160), ("rice", "28000.00", 400), ("maize", "9000.00", 520))
MACHINES = (("tractor", "85000.00", "25000.00", 300), ("thresher", "12000.00", "4000.00", 900))


def _agent(base_url: str, phone: str, password: str, village: str) -> Client:
    """A signed-in agent's app: its token, and where it is (at the centre of the village, for the risk rules)."""
    client = Client(base_url, timeout=TIMEOUT)
    client.login(phone, password)
    client.headers["X-Agent-Position"] = _position(village)
    return client


def _visit(village: str, today: dt.date) -> list[tuple[str, uuid.UUID, dict]]:
    """What an agent captures on a visit: a new farmer, then their 4 sales, 3 leases and 2 machines (10 mutations)."""
    farmer = new_farmer()  # a phone and a national ID no other farmer of the run has
    farmer_id = uuid.uuid4()
    made = [
        (
            "farmer.create",
            farmer_id,
            {
                "name": "王秀兰",
                "village_code": village,
                "birth_year": 1978,
                "household_size": 4,
                "language": "zh",
                "phone": farmer.phone,
                "national_id": farmer.national_id,
            },  # fmt: skip
        )
    ]
    of = {"farmer_id": str(farmer_id)}
    for crop, amount, days in SALES:
        sale = {"sale_date": str(today - dt.timedelta(days=days)), "crop": crop, "quantity_kg": "9000",
                "amount": amount, "buyer_id": "COOP-1", "channel": "coop"}  # fmt: skip
        made.append(("crop_sale.create", uuid.uuid4(), {**of, **sale}))
    for number in range(1, 4):
        start = add_months(today, -12 * number)  # a year back is 28 Feb from a 29 February
        lease = {"contract_id": f"L{number}", "area_mu": "6.5", "start_date": str(start),
                 "end_date": str(add_months(start, 60)), "annual_rent": "5200.00",
                 "rent_payments_on_time": number, "rent_payments_late": 0, "registered": True}  # fmt: skip
        made.append(("land_transfer.create", uuid.uuid4(), {**of, **lease}))
    for category, price, subsidy, days in MACHINES:
        machine = {"purchase_date": str(today - dt.timedelta(days=days)), "category": category, "price": price,
                   "subsidy": subsidy, "financed": False}  # fmt: skip
        made.append(("equipment_purchase.create", uuid.uuid4(), {**of, **machine}))
    return made


def backlog(village: str, farmers: int) -> list[dict]:
    """A phone's backlog of `farmers` visits, numbered 1, 2, ... and recorded over the last two weeks."""
    today = dt.date.today()
    visits = [mutation for _ in range(farmers) for mutation in _visit(village, today)]
    started, step = dt.datetime.now(dt.UTC) - OFFLINE, OFFLINE / len(visits)
    return [
        {
            "id": str(uuid.uuid4()),
            "seq": seq,
            "type": type_,
            "entity_id": str(entity_id),
            "recorded_at": (started + step * seq).isoformat(),
            "payload": payload,
        }  # fmt: skip
        for seq, (type_, entity_id, payload) in enumerate(visits, start=1)
    ]


@dataclass
class Pushed:
    """One push of a whole backlog: seconds per batch, the wall time, and what came back otherwise than expected."""

    batch_seconds: list[float]
    wall_seconds: float
    failed_batches: int
    unexpected: dict[str, int]  # "status code" → how many results said so instead of the expected status


def push_all(agent: Client, device_id: str, mutations: list[dict], expected: str) -> Pushed:
    """Push `mutations` in batches of BATCH, each once the one before is answered; every result should be `expected`."""
    seconds, failed, unexpected = [], 0, {}
    started = time.perf_counter()
    for first in range(0, len(mutations), BATCH):
        body = {"device_id": device_id, "sent_at": dt.datetime.now(dt.UTC).isoformat(),
                "mutations": mutations[first : first + BATCH]}  # fmt: skip
        sent = time.perf_counter()
        try:
            answer = agent.request("POST", PUSH_PATH, body, expect=200)
        except (SetupFailed, OSError) as error:
            print(f"bench: sync push batch at seq {first + 1}: {str(error)[:300]}")
            failed += 1
            continue
        seconds.append(time.perf_counter() - sent)
        for result in answer["results"]:
            if result["status"] != expected:
                key = f"{result['status']} {result['code']}"
                unexpected[key] = unexpected.get(key, 0) + 1
    return Pushed(seconds, time.perf_counter() - started, failed, unexpected)


def pull_all(agent: Client, cursor: str | None) -> tuple[list[float], int, str, str]:
    """Pull from `cursor` (None: the beginning) to the end in pages of PAGE: seconds per page, changes, the cursor
    to send next time, and the scope's checksum the last page carries."""
    seconds, changes = [], 0
    while True:
        query = f"?limit={PAGE}" + (f"&cursor={cursor}" if cursor else "")
        started = time.perf_counter()
        page = agent.request("GET", PULL_PATH + query, expect=200)
        seconds.append(time.perf_counter() - started)
        changes, cursor = changes + len(page["changes"]), page["cursor"]
        if not page["has_more"]:
            return seconds, changes, cursor, page["checksum"]


# --- sync_push --------------------------------------------------------------------------------------------------------

_pulled_to: dict[str, str | None] = {}  # base URL → the push agent's cursor at the end of its change log


def prepare_push(client: Client) -> Target:
    _agent(client.base_url, STAFF_PHONE, STAFF_PASSWORD, STAFF_VILLAGE)  # signs in: a wrong password fails here
    _pulled_to[client.base_url] = None
    return Target(PUSH_PATH)


def drive_push(base_url: str, target: Target, warmup: bool) -> Measurement:
    agent = _agent(base_url, STAFF_PHONE, STAFF_PASSWORD, STAFF_VILLAGE)
    mutations = backlog(STAFF_VILLAGE, WARMUP_FARMERS if warmup else FARMERS)
    device_id = f"bench-{uuid.uuid4().hex[:8]}"
    # what the other scenarios wrote since: the changes the apply logs are counted from here
    _, _, cursor, _ = pull_all(agent, _pulled_to[base_url])
    apply = push_all(agent, device_id, mutations, "applied")
    _, logged, cursor, before = pull_all(agent, cursor)
    replay = push_all(agent, device_id, mutations, "duplicate")
    _, changed, cursor, after = pull_all(agent, cursor)
    _pulled_to[base_url] = cursor
    wrong = sum(apply.unexpected.values()) + sum(replay.unexpected.values())
    wrong += (logged != len(mutations)) + (changed != 0) + (before != after)
    if warmup:
        return _push_measurement(apply, replay, 0, len(mutations))
    print(
        f"bench: sync_push: {len(mutations):,} mutations in {len(apply.batch_seconds)} batches of {BATCH}: "
        f"applied in {apply.wall_seconds:.2f} s (goal ≤ {APPLY_GOAL_S:.0f} s), "
        f"pushed again in {replay.wall_seconds:.2f} s (goal ≤ {REPLAY_GOAL_S:.0f} s)"
    )
    print(
        f"bench:   changes logged by the apply {logged:,}, by the replay {changed}; scope checksum "
        f"{'unchanged' if before == after else 'CHANGED'}; unexpected results {apply.unexpected or '-'} / "
        f"{replay.unexpected or '-'}"
    )
    for name, pushed in (("apply", apply), ("replay", replay)):
        shown = figures(pushed.batch_seconds or [0.0])
        print(f"bench:   {name:<6} per batch p50 {shown['p50_ms']:9.2f} ms  p99 {shown['p99_ms']:9.2f} ms")
        print(f"bench:          batches in order (s): {' '.join(f'{s:.2f}' for s in pushed.batch_seconds)}")
    return _push_measurement(apply, replay, wrong, len(mutations))


def _push_measurement(apply: Pushed, replay: Pushed, wrong: int, count: int) -> Measurement:
    shown = figures(apply.batch_seconds or [0.0])
    return Measurement(
        p50_ms=shown["p50_ms"],
        p99_ms=shown["p99_ms"],
        throughput_per_s=round(count / apply.wall_seconds, 1),
        n=len(apply.batch_seconds),
        non_2xx=apply.failed_batches + replay.failed_batches + wrong,
        socket_errors=0,
        steps={"apply": figures(apply.batch_seconds or [0.0]), "replay": figures(replay.batch_seconds or [0.0])},
        totals={
            "mutations": count,
            "apply_s": round(apply.wall_seconds, 3),
            "replay_s": round(replay.wall_seconds, 3),
            "apply_goal_s": APPLY_GOAL_S,
            "replay_goal_s": REPLAY_GOAL_S,
        },
    )


def describe_push() -> str:
    return (
        f"bench/scenarios/sync.py: one device, {FARMERS:,} farmers × (enrolment, 4 sales, 3 leases, 2 machines) = "
        f"{FARMERS * 10:,} mutations in batches of {BATCH}, each sent once the one before is answered; then all again"
    )


# --- sync_pull --------------------------------------------------------------------------------------------------------


def prepare_pull(client: Client) -> Target:
    agent = _agent(client.base_url, *PULL_AGENT)
    mutations = backlog(PULL_AGENT[2], FARMERS)
    pushed = push_all(agent, f"bench-{uuid.uuid4().hex[:8]}", mutations, "applied")
    if pushed.failed_batches or pushed.unexpected:
        raise SetupFailed(f"sync_pull: pushing the scope failed: {pushed.failed_batches} batches, {pushed.unexpected}")
    print(
        f"bench: sync_pull: {len(mutations):,} mutations pushed for the Hua county agent in {pushed.wall_seconds:.1f}s"
    )
    return Target(PULL_PATH, {"BENCH_SYNC_CHANGES": str(len(mutations))})


def drive_pull(base_url: str, target: Target, warmup: bool) -> Measurement:
    agent = _agent(base_url, *PULL_AGENT)
    if warmup:  # one page each worker
        for _ in range(2):
            agent.request("GET", f"{PULL_PATH}?limit={PAGE}", expect=200)
        return Measurement(0.0, 0.0, 0.0, 0, 0, 0)
    started = time.perf_counter()
    seconds, changes, _, checksum = pull_all(agent, None)
    wall = time.perf_counter() - started
    expected = int(target.env["BENCH_SYNC_CHANGES"])
    shown = figures(seconds)
    print(
        f"bench: sync_pull: {changes:,} changes in {len(seconds)} pages of {PAGE} in {wall:.2f} s; per page "
        f"p50 {shown['p50_ms']:.2f} ms, p99 {shown['p99_ms']:.2f} ms; checksum {'given' if checksum else 'MISSING'}"
    )
    return Measurement(
        p50_ms=shown["p50_ms"],
        p99_ms=shown["p99_ms"],
        throughput_per_s=round(changes / wall, 1),
        n=len(seconds),
        non_2xx=(changes != expected) + (checksum is None),
        socket_errors=0,
        totals={"pull_s": round(wall, 3), "changes": changes},
    )


def describe_pull() -> str:
    return (
        f"bench/scenarios/sync.py: GET {PULL_PATH}?limit={PAGE} from an empty cursor to the end, "
        f"{FARMERS * 10:,} changes"
    )


SYNC_PUSH = HttpScenario("sync_push", prepare=prepare_push, drive=drive_push, describe=describe_push)
SYNC_PULL = HttpScenario("sync_pull", prepare=prepare_pull, drive=drive_pull, describe=describe_pull)
