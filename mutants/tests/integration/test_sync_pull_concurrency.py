"""Pulling while others write (issue #13; DESIGN.md §7): the cursor only moves past committed sequence numbers, so a
device paging the change log while several processes push never skips a change and never sees one twice, and the
checksum of its last page is the checksum of what it pulled. Sequence numbers are taken when a transaction commits,
under the clock row's lock (lending/services/changes.py): a commit in flight makes the next one wait, and a write
still open takes its number only when it commits — after any that committed first, never behind a cursor. And a
mutation the database refuses inside a push (a race the service's checks cannot see) leaves nothing of itself."""

from __future__ import annotations

import contextlib
import hashlib
import random
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from tests.conftest import SECRET
from tests.helpers import FARMER, another_identity, at_the_same_instant, staff_headers

pytestmark = pytest.mark.postgres_only

VILLAGE = FARMER["village_code"]
RECORDED_AT = "2026-11-20T08:30:00+00:00"
WRITERS, WRITE_SECONDS = 3, 4
SEED = 1312


@pytest.fixture(autouse=True)
def _postgres_only(backend):
    if backend != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL (DESIGN.md §3)")


@pytest.fixture
def agent(app, client) -> tuple[uuid.UUID, dict]:
    return staff_headers(app, client, "agent", [VILLAGE])


def _client(database_url: str):
    from app import create_app

    application = create_app(
        {"DATABASE_URL": database_url, "SECRET_KEY": SECRET, "LOG_LEVEL": "WARNING", "RATELIMIT_ENABLED": False}
    )
    return application.test_client()


def _mutation(seq: int, type_: str, entity_id: str, payload: dict, base_version: int | None = None) -> dict:
    mutation = {"id": str(uuid.uuid4()), "seq": seq, "type": type_, "entity_id": entity_id,
                "recorded_at": RECORDED_AT, "payload": payload}  # fmt: skip
    if base_version is not None:
        mutation["base_version"] = base_version
    return mutation


def _write_for_a_while(database_url: str, headers: dict, seconds: float, start, results) -> None:
    """A device pushing small batches for `seconds`: two new farmers, and a new name for one it enrolled before."""
    client = _client(database_url)
    device_id, seq, versions, statuses = f"dev-{uuid.uuid4().hex[:8]}", 0, {}, Counter()
    rng = random.Random()
    start.wait()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        batch = []
        for _ in range(2):
            seq += 1
            batch.append(_mutation(seq, "farmer.create", str(uuid.uuid4()), {**FARMER, **another_identity()}))
        if versions:
            seq += 1
            farmer_id = rng.choice(sorted(versions))
            batch.append(_mutation(seq, "farmer.update", farmer_id, {"name": f"王{seq}"}, versions[farmer_id]))
        response = client.post("/api/v1/sync/push", json={"device_id": device_id, "mutations": batch}, headers=headers)
        assert response.status_code == 200, response.json
        for mutation, result in zip(batch, response.json["results"], strict=True):
            statuses[f"{mutation['type']} {result['status']}"] += 1
            if result["status"] == "applied":
                versions[mutation["entity_id"]] = result["version"]
    results.put(statuses)


def _push(database_url: str, headers: dict, mutations: list[dict], start, results) -> None:
    client = _client(database_url)
    start.wait()
    response = client.post(
        "/api/v1/sync/push", json={"device_id": f"dev-{uuid.uuid4().hex[:8]}", "mutations": mutations}, headers=headers
    )
    results.put((response.status_code, [(result["status"], result["code"]) for result in response.json["results"]]))


def pull(client, headers: dict, cursor: str | None, limit: int) -> dict:
    query = f"?limit={limit}" + (f"&cursor={cursor}" if cursor else "")
    response = client.get(f"/api/v1/sync/pull{query}", headers=headers)
    assert response.status_code == 200, response.json
    return response.json


def logged(app) -> list[tuple[int, str, str, int]]:
    """The change log of the village's farmers, in sequence order: (seq, type, entity_id, version)."""
    from lending.extensions import db
    from lending.models import Farmer, SyncChange

    with app.app_context():
        rows = db.session.execute(
            select(SyncChange.seq, SyncChange.entity_type, SyncChange.entity_id, SyncChange.version)
            .where(SyncChange.farmer_id.in_(select(Farmer.id).where(Farmer.village_code == VILLAGE)))
            .order_by(SyncChange.seq)
        )
        return [(seq, kind, str(entity_id), version) for seq, kind, entity_id, version in rows]


def checksum_of(pulled: list[dict]) -> str:
    """The scope's checksum as lending/services/sync.py `checksum` makes it, from the changes pulled: `type:id:version`
    of each entity's latest change (deleted ones left out), sorted, one per line, SHA-256."""
    latest = {(change["type"], change["entity_id"]): change for change in pulled}
    lines = sorted(f"{kind}:{entity_id}:{change['version']}" for (kind, entity_id), change in latest.items()
                   if not change.get("deleted"))  # fmt: skip
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def test_a_device_paging_while_three_processes_push_sees_every_change_once_in_order(app, client, database_url, agent):
    _, headers = agent
    rng = random.Random(SEED)
    outcomes: list[Counter] = []
    writing = threading.Thread(
        target=lambda: outcomes.extend(
            at_the_same_instant(_write_for_a_while, (database_url, headers, WRITE_SECONDS), processes=WRITERS)
        )
    )
    writing.start()
    pulled, cursor, pages_while_writing = [], None, 0
    while writing.is_alive():
        page = pull(client, headers, cursor, rng.choice([1, 2, 3, 5]))
        pulled += page["changes"]
        cursor = page["cursor"]
        pages_while_writing += bool(page["changes"])
        if not page["changes"]:
            time.sleep(0.01)
    writing.join()
    while True:  # the writers are done: drain the rest
        page = pull(client, headers, cursor, rng.choice([1, 2, 3, 5]))
        pulled += page["changes"]
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert len(outcomes) == WRITERS, outcomes  # a writer that failed put nothing
    written = sum(outcomes, Counter())
    assert written["farmer.create applied"] > 0 and written["farmer.update applied"] > 0, written
    assert not written["farmer.create retry"] and not written["farmer.update retry"], written
    assert pages_while_writing >= 10, f"only {pages_while_writing} pages brought changes while the writers wrote"
    seen = [(change["seq"], change["type"], change["entity_id"], change["version"]) for change in pulled]
    assert all(earlier < later for (earlier, *_), (later, *_) in pairwise(seen))
    assert seen == logged(app)
    assert page["checksum"] == checksum_of(pulled)
    again = pull(client, headers, cursor, 5)  # nothing more, and the checksum stands
    assert (again["changes"], again["has_more"], again["checksum"]) == ([], False, checksum_of(pulled))


@contextlib.contextmanager
def commit_held_after_numbering(entity_id: uuid.UUID):
    """In this process, the transaction that logs `entity_id` stops inside its commit once it has taken its sequence
    number (and with it the clock row's lock), until `release` is set; `numbered` is set when it stops there."""
    from lending.models import SyncChange

    numbered, release = threading.Event(), threading.Event()

    def hold(session: Session) -> None:  # runs after changes._write: listeners run in the order they were added
        if numbered.is_set():
            return
        if session.scalar(select(SyncChange.seq).where(SyncChange.entity_id == entity_id)) is not None:
            numbered.set()
            release.wait(timeout=120)

    event.listen(Session, "before_commit", hold)
    try:
        yield numbered, release
    finally:
        release.set()
        event.remove(Session, "before_commit", hold)


def waiting_for_the_clock(app) -> int:
    """Connections to the database waiting for a lock while they take sequence numbers (or put the clock's row
    back)."""
    from lending.extensions import db

    with app.app_context(), db.engine.connect() as connection:
        return connection.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND query LIKE '%sync_clock%'"
            )
        )


def waiting_for_a_lock(app) -> int:
    """Connections to the database waiting for a lock, whatever the statement."""
    from lending.extensions import db

    with app.app_context(), db.engine.connect() as connection:
        return connection.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
        )


def elsewhere(function, *args):
    """`function(*args)` run in a thread of its own, outside the app context this one has pushed."""
    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(function, *args).result()


def eventually(condition, seconds: float = 90) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.parametrize("clock", ["kept", "gone"])
def test_a_commit_in_flight_holds_the_next_one_back_and_a_pull_returns_neither_until_it_ends(
    app, database_url, agent, client, clock
):
    """`kept`: the clock's row as the migration leaves it. `gone`: as the suite leaves it after emptying every table
    (changes.next_numbers then puts it back at the log's last number) — the first two writes after that."""
    from lending.extensions import db

    _, headers = agent
    with app.app_context(), db.engine.begin() as connection:
        connection.execute(text("DELETE FROM sync_clock"))
        if clock == "kept":
            connection.execute(text("INSERT INTO sync_clock (id, last_seq) VALUES (1, 0)"))
    before = pull(client, headers, None, 10)["cursor"]
    first, second = uuid.uuid4(), str(uuid.uuid4())
    answers: dict = {}
    with commit_held_after_numbering(first) as (numbered, release):

        def enrol_first():
            response = app.test_client().post(
                "/api/v1/farmers", json={**FARMER, **another_identity(), "id": str(first)}, headers=headers
            )
            answers["first"] = response.status_code

        enrolling = threading.Thread(target=enrol_first)
        enrolling.start()
        assert numbered.wait(timeout=60), "the first enrolment never reached its commit"
        mutation = _mutation(1, "farmer.create", second, {**FARMER, **another_identity()})
        pushing = threading.Thread(
            target=lambda: answers.update(
                second=at_the_same_instant(_push, (database_url, headers, [mutation]), processes=1)
            )
        )
        pushing.start()
        # the push has applied its farmer and waits at the clock's row for the first commit to end
        assert eventually(lambda: waiting_for_the_clock(app) == 1), "the second write never waited for the clock"
        assert pushing.is_alive() and "second" not in answers
        assert pull(client, headers, before, 10)["changes"] == []  # neither is committed: nothing, and no cursor past
        release.set()
        enrolling.join(timeout=60)
        pushing.join(timeout=60)
    assert answers == {"first": 201, "second": [(200, [("applied", None)])]}
    changes = pull(client, headers, before, 10)["changes"]
    assert [(change["entity_id"], change["version"]) for change in changes] == [(str(first), 1), (second, 1)]
    assert changes[1]["seq"] == changes[0]["seq"] + 1


def test_a_write_still_open_is_numbered_when_it_commits_after_a_later_one_and_is_pulled_after_it(
    app, database_url, agent, client
):
    from lending.domain.actors import Actor, Role
    from lending.extensions import db
    from lending.services import farmers
    from lending.services.unit_of_work import unit_of_work

    agent_id, headers = agent
    actor = Actor(id=agent_id, role=Role.AGENT, villages=frozenset([VILLAGE]))
    earlier, later = uuid.uuid4(), str(uuid.uuid4())
    before = pull(client, headers, None, 10)["cursor"]
    with app.app_context():
        session = db.open()
        try:
            with unit_of_work(session):  # enrolled and written, but not committed until the block ends
                farmers.create(
                    session=session,
                    actor=actor,
                    command=farmers.Enrolment(id=earlier, name="李明", village_code=VILLAGE, **another_identity()),
                )
                session.flush()
                # meanwhile another device's push enrols a farmer and commits: it does not wait for the open write
                mutation = _mutation(1, "farmer.create", later, {**FARMER, **another_identity()})
                pushed = at_the_same_instant(_push, (database_url, headers, [mutation]), processes=1)
                assert pushed == [(200, [("applied", None)])]
                page = elsewhere(pull, client, headers, before, 10)
                assert [change["entity_id"] for change in page["changes"]] == [later]
        finally:
            session.close()
    # committed now, it took the next number: the cursor that passed the later farmer still reaches it
    changes = pull(client, headers, page["cursor"], 10)["changes"]
    assert [(change["entity_id"], change["seq"]) for change in changes] == [
        (str(earlier), page["changes"][0]["seq"] + 1)
    ]


def test_an_up_to_date_page_carries_the_checksum_of_what_it_brought_though_a_write_commits_while_it_reads(
    app, client, agent
):
    from lending.extensions import db

    _, headers = agent
    enrolled = [str(uuid.uuid4()), str(uuid.uuid4())]

    def enrol(farmer_id: str, seq: int) -> int:
        mutation = _mutation(seq, "farmer.create", farmer_id, {**FARMER, **another_identity()})
        response = app.test_client().post(
            "/api/v1/sync/push", json={"device_id": "dev-checksum", "mutations": [mutation]}, headers=headers
        )
        return response.status_code

    assert enrol(enrolled[0], 1) == 200
    first = pull(client, headers, None, 10)
    assert [change["entity_id"] for change in first["changes"]] == enrolled[:1] and not first["has_more"]
    pulling, wrote = threading.get_ident(), []

    def write_while_the_pull_reads(connection, cursor, statement, parameters, context, executemany):
        # once the pull has read the change log, a push enrols a farmer and commits
        if not wrote and threading.get_ident() == pulling and "FROM sync_changes" in statement:
            wrote.append(elsewhere(enrol, enrolled[1], 2))

    with app.app_context():
        engine = db.engine
    event.listen(engine, "after_cursor_execute", write_while_the_pull_reads)
    try:
        page = pull(client, headers, first["cursor"], 10)
    finally:
        event.remove(engine, "after_cursor_execute", write_while_the_pull_reads)
    assert wrote == [200] and not page["has_more"]
    # the device now holds first["changes"] + page["changes"]: the checksum must be of that, or it resets for nothing
    assert page["checksum"] == checksum_of(first["changes"] + page["changes"])


def test_an_enrolment_the_database_refuses_inside_a_push_leaves_no_audit_event(app, database_url, agent):
    """Two enrolments of one phone at once: the push's passes the service's check (the other is not committed yet)
    and the database's unique index refuses it when the other commits. Its savepoint rolls back — and with it
    everything the mutation did, the audit event of a farmer that never was included."""
    from lending.extensions import db
    from lending.models import AuditEvent

    _, headers = agent
    first, second = uuid.uuid4(), str(uuid.uuid4())
    identity = another_identity()
    answers: dict = {}
    with commit_held_after_numbering(first) as (numbered, release):

        def enrol_first():
            response = app.test_client().post(
                "/api/v1/farmers", json={**FARMER, **identity, "id": str(first)}, headers=headers
            )
            answers["first"] = response.status_code

        enrolling = threading.Thread(target=enrol_first)
        enrolling.start()
        assert numbered.wait(timeout=60), "the first enrolment never reached its commit"
        twin = _mutation(1, "farmer.create", second, {**FARMER, **identity})
        pushing = threading.Thread(
            target=lambda: answers.update(
                second=at_the_same_instant(_push, (database_url, headers, [twin]), processes=1)
            )
        )
        pushing.start()
        assert eventually(lambda: waiting_for_a_lock(app) == 1), "the twin never waited for the first enrolment"
        release.set()
        enrolling.join(timeout=60)
        pushing.join(timeout=60)
    assert answers == {"first": 201, "second": [(200, [("rejected", "duplicate_identity")])]}
    with app.app_context():
        events = db.session.execute(
            select(AuditEvent.action, AuditEvent.entity_id).where(AuditEvent.entity_type == "farmer")
        ).all()
    events = [tuple(event) for event in events]
    assert ("farmer.create", second) not in events, "the audit log names the refused twin: a farmer that never was"
    assert events == [("farmer.create", str(first))]
