"""A pushed mutation the database could not apply for now (issue #13; DESIGN.md §7): a lock it waits for longer than
the connection's `lock_timeout`, say, is answered `retry` with code `transient`. Its savepoint rolls back, nothing of
it is kept — not the change, not its audit event or idempotency key, not a sync_mutations row — and the mutations
around it in the same push apply as usual. The device sends it again later: it applies then, once, and a third push is
a duplicate. Both ways a lock stops a mutation are tried: an UPDATE at the flush (a farmer renamed) and a
SELECT ... FOR UPDATE the use case runs itself (cash collected on a loan)."""

from __future__ import annotations

import contextlib
import uuid

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from tests.conftest import SECRET
from tests.helpers import FARMER, another_identity, staff_headers
from tests.integration.test_loans import loan_world  # noqa: F401 (fixture)
from tests.integration.test_sync import Device, statuses

pytestmark = pytest.mark.postgres_only

VILLAGE = FARMER["village_code"]
# the push gives up waiting for a row lock after this; the statement timeout only stops a push that would otherwise
# hang should the lock timeout not be in force (its message then says "statement timeout", and the test fails)
LOCK_TIMEOUT, STATEMENT_TIMEOUT = "300ms", "30s"


@pytest.fixture(autouse=True)
def _postgres_only(backend):
    if backend != "postgresql":
        pytest.skip("row locks and lock_timeout are tested on PostgreSQL (DESIGN.md §3)")


def with_options(database_url: str, *options: str) -> str:
    """`database_url` (which already sets the test schema's search_path in `options`) with more `-c` settings."""
    url = make_url(database_url)
    given = url.query.get("options", "")
    return url.update_query_dict({"options": " ".join([given, *options]).strip()}).render_as_string(hide_password=False)


@pytest.fixture
def impatient(database_url):
    """A client of an app whose connections wait at most LOCK_TIMEOUT for a row lock."""
    from app import create_app
    from lending.extensions import db

    url = with_options(database_url, f"-c lock_timeout={LOCK_TIMEOUT}", f"-c statement_timeout={STATEMENT_TIMEOUT}")
    application = create_app(
        {"DATABASE_URL": url, "SECRET_KEY": SECRET, "LOG_LEVEL": "WARNING", "RATELIMIT_ENABLED": False}
    )
    yield application.test_client()
    with application.app_context():
        db.engine.dispose()


@contextlib.contextmanager
def row_locked(database_url: str, table: str, row_id: uuid.UUID):
    """Another connection holds `SELECT ... FOR UPDATE` on the row until the block ends (then it rolls back and
    closes, whatever happened in the block)."""
    url = make_url(database_url).set(drivername="postgresql")
    # the holder itself never waits long, and PostgreSQL ends its transaction should this process stall holding it
    options = f"{url.query.get('options', '')} -c lock_timeout=5s -c idle_in_transaction_session_timeout=60s"
    with psycopg.connect(url.set(query={}).render_as_string(hide_password=False), options=options,
                         connect_timeout=10) as holder:  # fmt: skip
        try:
            locked = holder.execute(f"SELECT id FROM {table} WHERE id = %s FOR UPDATE", (row_id,)).fetchall()
            assert locked == [(row_id,)], f"no {table} row {row_id} to lock"
            yield
        finally:
            holder.rollback()


def farmer_row(app, farmer_id: uuid.UUID) -> tuple[str, int]:
    from lending.extensions import db
    from lending.models import Farmer

    with app.app_context():
        return tuple(db.session.execute(select(Farmer.name, Farmer.version).where(Farmer.id == farmer_id)).one())


def kept(app, mutation_id: str) -> int:
    from lending.extensions import db
    from lending.models import SyncMutation

    with app.app_context():
        return db.session.scalar(
            select(func.count()).select_from(SyncMutation).where(SyncMutation.id == uuid.UUID(mutation_id))
        )


def updates_audited(app, farmer_id: uuid.UUID) -> int:
    from lending.extensions import db
    from lending.models import AuditEvent

    with app.app_context():
        return db.session.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "farmer.update", AuditEvent.entity_id == str(farmer_id))
        )


def logged_versions(app, farmer_id: uuid.UUID) -> list[int]:
    from lending.extensions import db
    from lending.models import SyncChange

    with app.app_context():
        return list(
            db.session.scalars(
                select(SyncChange.version).where(SyncChange.entity_id == farmer_id).order_by(SyncChange.seq)
            )
        )


def test_a_mutation_that_waits_too_long_for_a_row_lock_is_retried_and_applies_once_when_sent_again(
    app, client, database_url, impatient
):
    _, headers = staff_headers(app, client, "agent", [VILLAGE])
    device = Device(impatient, headers)
    before, blocked, after = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    enrolled = device.push(
        *(
            device.mutation("farmer.create", {**FARMER, **another_identity()}, entity_id=i)
            for i in (before, blocked, after)
        )
    )
    assert statuses(enrolled) == [("applied", None)] * 3
    assert farmer_row(app, blocked) == (FARMER["name"], 1)

    renames = [
        device.mutation("farmer.update", {"name": name}, entity_id=farmer_id, base_version=1)
        for farmer_id, name in ((before, "王一"), (blocked, "王二"), (after, "王三"))
    ]
    with row_locked(database_url, "farmers", blocked):
        pushed = device.push(*renames)
        assert statuses(pushed) == [("applied", None), ("retry", "transient"), ("applied", None)]
        assert [(r["id"], r["version"]) for r in pushed["results"]] == [
            (renames[0]["id"], 2), (renames[1]["id"], None), (renames[2]["id"], 2)
        ]  # fmt: skip
        assert pushed["results"][1]["message"].startswith("canceling statement due to lock timeout")
    # nothing of the retried rename is kept: the device sends it again
    assert kept(app, renames[1]["id"]) == 0
    assert farmer_row(app, blocked) == (FARMER["name"], 1)
    assert updates_audited(app, blocked) == 0 and logged_versions(app, blocked) == [1]
    assert (farmer_row(app, before), farmer_row(app, after)) == (("王一", 2), ("王三", 2))
    assert [kept(app, renames[0]["id"]), kept(app, renames[2]["id"])] == [1, 1]

    # the lock is gone: the same mutation, sent again, applies once
    again = device.push(renames[1])
    assert statuses(again) == [("applied", None)]
    assert (again["results"][0]["entity_id"], again["results"][0]["version"]) == (str(blocked), 2)
    assert farmer_row(app, blocked) == ("王二", 2)
    assert kept(app, renames[1]["id"]) == 1
    assert updates_audited(app, blocked) == 1 and logged_versions(app, blocked) == [1, 2]

    third = device.push(renames[1])
    assert statuses(third) == [("duplicate", None)]
    assert (third["results"][0]["entity_id"], third["results"][0]["version"]) == (str(blocked), 2)
    assert farmer_row(app, blocked) == ("王二", 2)


def repayments(app, loan_id: str) -> list[tuple[str, str]]:
    from lending.extensions import db
    from lending.models import LoanTransaction

    with app.app_context():
        rows = db.session.execute(
            select(LoanTransaction.amount, LoanTransaction.external_ref)
            .where(LoanTransaction.loan_id == uuid.UUID(loan_id), LoanTransaction.kind == "repayment")
            .order_by(LoanTransaction.external_ref)
        )
        return [(f"{amount:.2f}", external_ref) for amount, external_ref in rows]


def idempotency_keys(app, key: str) -> int:
    from lending.extensions import db
    from lending.models import IdempotencyKey

    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(IdempotencyKey).where(IdempotencyKey.key == key))


def test_cash_collected_on_a_loan_another_transaction_holds_is_retried_and_booked_once_when_sent_again(
    app, client, database_url, impatient, loan_world
):
    from tests.integration.test_loans import disbursed_loan

    loan = disbursed_loan(client, loan_world)
    device = Device(impatient, loan_world["agent"])
    before, after = uuid.uuid4(), uuid.uuid4()
    collected = [
        device.mutation("farmer.create", {**FARMER, **another_identity()}, entity_id=before),
        device.mutation(
            "repayment.collect",
            {"loan_id": loan["id"], "amount": "300.00", "external_ref": "RCPT-0001", "value_date": loan["start_date"]},
        ),  # fmt: skip
        device.mutation("farmer.create", {**FARMER, **another_identity()}, entity_id=after),
    ]
    with row_locked(database_url, "loans", uuid.UUID(loan["id"])):
        pushed = device.push(*collected)
        assert statuses(pushed) == [("applied", None), ("retry", "transient"), ("applied", None)]
        assert pushed["results"][1]["message"].startswith("canceling statement due to lock timeout")
    assert repayments(app, loan["id"]) == []
    assert kept(app, collected[1]["id"]) == 0 and idempotency_keys(app, f"sync:{collected[1]['id']}") == 0
    assert [farmer_row(app, before), farmer_row(app, after)] == [(FARMER["name"], 1)] * 2

    again = device.push(collected[1])
    assert statuses(again) == [("applied", None)]
    assert repayments(app, loan["id"]) == [("300.00", "RCPT-0001")]
    assert kept(app, collected[1]["id"]) == 1 and idempotency_keys(app, f"sync:{collected[1]['id']}") == 1

    assert statuses(device.push(collected[1])) == [("duplicate", None)]
    assert repayments(app, loan["id"]) == [("300.00", "RCPT-0001")]
