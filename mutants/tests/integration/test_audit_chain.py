"""The audit log is hash-chained and append-only: events chain from 64 zeros in id order, UPDATE and DELETE are
refused by the database, and `flask audit verify` names the first event a rogue DBA edited or deleted."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import uuid

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DatabaseError

from lending.domain.actors import SYSTEM, Actor
from lending.models import AuditEvent
from lending.models.audit import APPEND_ONLY_GUARD
from lending.services import audit
from lending.services.audit import GENESIS
from tests.conftest import SECRET
from tests.helpers import create_farmer, next_phone, staff_headers
from tests.integration.test_ownership import borrower_tokens

OFFICER = Actor(id=uuid.UUID("5f0c6e7a-1b2c-4d3e-8f90-a1b2c3d4e5f6"), role="officer")
LOAN = "9d1f7a52-3c4b-4e8a-9f00-0123456789ab"


def record_repayments(session, amounts) -> None:
    """One committed loan.repay event per amount, as loans.repay records them."""
    for n, amount in enumerate(amounts, start=1):
        audit.record(
            session,
            actor=OFFICER,
            action="loan.repay",
            entity_type="loan",
            entity_id=LOAN,
            detail={"amount": amount, "channel": "cash", "transaction_id": f"T{n}"},
        )
        session.commit()


def events(app) -> list[AuditEvent]:
    from lending.extensions import db

    with app.app_context():
        return list(db.session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def as_rogue_dba(app, statement) -> None:
    """Run `statement` with the append-only guard out of the way, as someone with the database's keys could."""
    from lending.extensions import db

    with app.app_context():
        with db.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SET LOCAL session_replication_role = replica"))  # triggers off
            else:
                for drop in APPEND_ONLY_GUARD["sqlite"][1]:
                    connection.execute(text(drop))
            connection.execute(statement)
            if connection.dialect.name == "sqlite":
                for create in APPEND_ONLY_GUARD["sqlite"][0]:
                    connection.execute(text(create))


def verify(app, *args):
    return app.test_cli_runner().invoke(args=["audit", "verify", *args])


# --------------------------------------------------------------------------------------------------------------
# The chain


def test_events_chain_from_64_zeros_each_linking_to_the_one_before(app, session):
    record_repayments(session, ["150.00", "200.00", "50.00"])
    first, second, third = events(app)
    assert [first.id, second.id, third.id] == [1, 2, 3]
    assert first.prev_hash == "0" * 64
    assert second.prev_hash == first.hash and third.prev_hash == second.hash
    assert len({first.hash, second.hash, third.hash}) == 3


def test_a_stored_hash_is_sha256_of_the_canonical_json_recomputed_by_hand(app, session):
    record_repayments(session, ["150.00", "200.00"])
    _, second = events(app)
    by_hand = json.dumps(
        {
            "id": 2,
            "at": second.at.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00"),
            "actor_id": "5f0c6e7a-1b2c-4d3e-8f90-a1b2c3d4e5f6",
            "actor_role": "officer",
            "action": "loan.repay",
            "entity_type": "loan",
            "entity_id": LOAN,
            "detail": {"amount": "200.00", "channel": "cash", "transaction_id": "T2"},
            "prev_hash": second.prev_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    assert second.hash == hashlib.sha256(by_hand.encode("utf-8")).hexdigest()


def test_events_of_one_transaction_chain_in_the_order_recorded(app, session):
    for action in ("loan.accept", "loan.disburse", "loan.repay"):
        audit.record(session, actor=OFFICER, action=action, entity_type="loan", entity_id=LOAN)
    session.commit()
    chained = events(app)
    assert [(e.id, e.action) for e in chained] == [(1, "loan.accept"), (2, "loan.disburse"), (3, "loan.repay")]
    assert [e.prev_hash for e in chained] == [GENESIS, chained[0].hash, chained[1].hash]


def test_a_rolled_back_transaction_leaves_no_event_and_no_gap(app, session):
    audit.record(session, actor=OFFICER, action="loan.repay", entity_type="loan", entity_id=LOAN)
    session.rollback()
    audit.record(session, actor=OFFICER, action="loan.reverse", entity_type="loan", entity_id=LOAN)
    session.commit()
    assert [(e.id, e.action, e.prev_hash) for e in events(app)] == [(1, "loan.reverse", GENESIS)]


def test_creating_staff_from_the_command_line_is_audited_with_the_role(app):
    result = app.test_cli_runner().invoke(
        args=[
            "users",
            "create",
            "--role",
            "officer",
            "--phone",
            "+8613900000077",
            "--password",
            "long enough",
            "--name",
            "Li",
        ]
    )
    assert result.exit_code == 0, result.output
    agent_id = result.output.split()[2]
    [created] = events(app)
    assert (created.action, created.entity_type, created.entity_id) == ("staff.create", "agent", agent_id)
    assert (created.actor_id, created.actor_role) == (SYSTEM.id, "admin")
    assert created.detail == {"role": "officer", "villages": []}


# --------------------------------------------------------------------------------------------------------------
# Append-only


def test_updating_an_event_through_the_orm_is_refused(app, session):
    record_repayments(session, ["150.00"])
    event = session.scalars(select(AuditEvent)).one()
    event.detail = {"amount": "1.00"}
    with pytest.raises(DatabaseError, match="append-only"):
        session.commit()
    session.rollback()
    assert events(app)[0].detail["amount"] == "150.00"


def test_deleting_an_event_through_the_orm_is_refused(app, session):
    record_repayments(session, ["150.00"])
    session.delete(session.scalars(select(AuditEvent)).one())
    with pytest.raises(DatabaseError, match="append-only"):
        session.commit()
    session.rollback()
    assert len(events(app)) == 1


def test_bulk_update_and_delete_statements_are_refused(app, session):
    record_repayments(session, ["150.00", "200.00"])
    for statement in (update(AuditEvent).values(actor_role="admin"), delete(AuditEvent)):
        with pytest.raises(DatabaseError, match="append-only"):
            session.execute(statement)
        session.rollback()
    assert [e.actor_role for e in events(app)] == ["officer", "officer"]


def test_truncate_is_refused_on_postgresql(app, session, backend):
    if backend != "postgresql":
        pytest.skip("SQLite has no TRUNCATE")
    record_repayments(session, ["150.00"])
    with pytest.raises(DatabaseError, match="append-only: TRUNCATE refused"):
        session.execute(text("TRUNCATE audit_events"))
    session.rollback()
    assert len(events(app)) == 1


# --------------------------------------------------------------------------------------------------------------
# flask audit verify


def test_verify_passes_an_intact_chain_and_prints_the_last_hash(app, session):
    record_repayments(session, ["150.00", "200.00", "50.00"])
    result = verify(app)
    assert result.exit_code == 0, result.output
    assert f"audit chain OK: 3 events, last hash {events(app)[-1].hash}" in result.output


def test_verify_passes_an_empty_log(app):
    result = verify(app)
    assert result.exit_code == 0, result.output
    assert f"audit chain OK: 0 events, last hash {'0' * 64}" in result.output


def test_an_amount_edited_in_the_database_fails_verify_naming_the_event(app, session):
    record_repayments(session, ["150.00", "200.00", "50.00"])
    as_rogue_dba(
        app,
        update(AuditEvent)
        .where(AuditEvent.id == 2)
        .values(detail={"amount": "20.00", "channel": "cash", "transaction_id": "T2"}),
    )
    assert events(app)[1].detail["amount"] == "20.00"  # the edit did land
    result = verify(app)
    assert result.exit_code == 1
    assert f"audit chain BROKEN at event 2 (loan.repay on loan {LOAN}): its contents were changed" in result.output


def test_an_edited_actor_fails_verify_naming_the_event(app, session):
    record_repayments(session, ["150.00", "200.00", "50.00"])
    as_rogue_dba(app, update(AuditEvent).where(AuditEvent.id == 3).values(actor_id=uuid.UUID(int=1)))
    result = verify(app)
    assert result.exit_code == 1
    assert "BROKEN at event 3 (loan.repay" in result.output and "contents were changed" in result.output


def test_a_deleted_middle_event_fails_verify_naming_the_event_after_the_gap(app, session):
    record_repayments(session, ["150.00", "200.00", "50.00"])
    as_rogue_dba(app, delete(AuditEvent).where(AuditEvent.id == 2))
    result = verify(app)
    assert result.exit_code == 1
    assert "BROKEN at event 3 (loan.repay" in result.output
    assert "link broken: its prev_hash does not match the hash of event 1" in result.output
    assert "1 id missing before it" in result.output


def test_a_deleted_first_event_fails_verify_naming_the_new_first_event(app, session):
    record_repayments(session, ["150.00", "200.00"])
    as_rogue_dba(app, delete(AuditEvent).where(AuditEvent.id == 1))
    result = verify(app)
    assert result.exit_code == 1
    assert "BROKEN at event 2 (loan.repay" in result.output and "the chain's start" in result.output


def test_an_edit_rehashed_to_match_is_caught_at_the_next_link(app, session):
    record_repayments(session, ["150.00", "200.00", "50.00"])
    second = events(app)[1]
    forged = {"amount": "20.00", "channel": "cash", "transaction_id": "T2"}
    forged_hash = audit.event_hash(
        id=2,
        at=second.at,
        actor_id=second.actor_id,
        actor_role="officer",
        action="loan.repay",
        entity_type="loan",
        entity_id=LOAN,
        detail=forged,
        prev_hash=second.prev_hash,
    )
    as_rogue_dba(app, update(AuditEvent).where(AuditEvent.id == 2).values(detail=forged, hash=forged_hash))
    result = verify(app)
    assert result.exit_code == 1
    assert "BROKEN at event 3 (loan.repay" in result.output
    assert "does not match the hash of event 2" in result.output


def test_verify_reads_in_batches_and_finds_a_break_past_the_first_batch(app, session):
    record_repayments(session, [f"{n}.00" for n in range(1, 8)])
    assert verify(app, "--batch-size", "2").exit_code == 0
    as_rogue_dba(app, update(AuditEvent).where(AuditEvent.id == 6).values(entity_id="another loan"))
    result = verify(app, "--batch-size", "2")
    assert result.exit_code == 1
    assert "BROKEN at event 6 (loan.repay on loan another loan): its contents were changed" in result.output
    assert "5 events before it are intact" in result.output


def test_migration_chains_the_events_already_there_in_id_order(backend, fresh_database):
    from app import create_app
    from lending.database import make_engine
    from lending.migrate import downgrade, upgrade
    from lending.models.base import UTCDateTime

    url = fresh_database(backend)
    upgrade(url, "0003")
    old_events = events_table_before_0004(UTCDateTime)
    engine = make_engine(url)
    with engine.begin() as connection:
        for id_, action in ((1, "auth.login"), (2, "farmer.create"), (5, "consent.grant")):  # 3 and 4 rolled back
            connection.execute(
                old_events.insert().values(
                    id=id_,
                    at=dt.datetime(2026, 1, id_, 8, 0, tzinfo=dt.UTC),
                    actor_id=OFFICER.id,
                    actor_role="officer",
                    action=action,
                    entity_type="farmer",
                    entity_id="F-1",
                    detail={"n": id_},
                )
            )
    engine.dispose()
    upgrade(url)
    application = create_app({"DATABASE_URL": url, "SECRET_KEY": SECRET, "TESTING": True, "LOG_LEVEL": "WARNING"})
    chained = events(application)
    assert [(e.id, e.action) for e in chained] == [(1, "auth.login"), (2, "farmer.create"), (5, "consent.grant")]
    assert [e.prev_hash for e in chained] == [GENESIS, chained[0].hash, chained[1].hash]
    result = verify(application)
    assert result.exit_code == 0, result.output
    assert f"audit chain OK: 3 events, last hash {chained[2].hash}" in result.output
    with application.app_context():  # the next event follows the last one migrated
        from lending.extensions import db

        audit.record(db.session, actor=OFFICER, action="loan.repay", entity_type="loan", entity_id=LOAN)
        db.session.commit()
        db.engine.dispose()
    assert [(e.id, e.prev_hash) for e in events(application)][-1] == (6, chained[2].hash)
    with application.app_context():
        from lending.extensions import db

        db.engine.dispose()
    downgrade(url, "0003")  # takes the guard, indexes and columns away and keeps the events
    engine = make_engine(url)
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(old_events)).scalar() == 4
    engine.dispose()


def events_table_before_0004(timestamp_type):
    from sqlalchemy import JSON, BigInteger, String, Uuid, column, table

    return table(
        "audit_events",
        column("id", BigInteger()),
        column("at", timestamp_type()),
        column("actor_id", Uuid()),
        column("actor_role", String()),
        column("action", String()),
        column("entity_type", String()),
        column("entity_id", String()),
        column("detail", JSON()),
    )


# --------------------------------------------------------------------------------------------------------------
# GET /api/v1/audit


def test_officers_read_events_newest_first_filtered_and_a_page_at_a_time(app, client, session):
    _, officer = staff_headers(app, client, "officer")  # staff.create, then auth.login
    record_repayments(session, ["150.00", "200.00", "50.00"])
    first = client.get("/api/v1/audit?entity_type=loan&limit=2", headers=officer)
    assert first.status_code == 200, first.json
    assert [e["detail"]["amount"] for e in first.json["items"]] == ["50.00", "200.00"]
    rest = client.get(f"/api/v1/audit?entity_type=loan&limit=2&cursor={first.json['next_cursor']}", headers=officer)
    assert [e["detail"]["amount"] for e in rest.json["items"]] == ["150.00"]
    assert rest.json["next_cursor"] is None
    [login] = client.get("/api/v1/audit?action=auth.login", headers=officer).json["items"]
    assert (login["id"], login["prev_hash"]) == (2, events(app)[0].hash)


def test_a_cursor_the_server_did_not_issue_is_a_422_naming_it(app, client):
    _, officer = staff_headers(app, client, "officer")
    response = client.get("/api/v1/audit?cursor=bm90LWEtY3Vyc29y", headers=officer)
    assert response.status_code == 422
    assert "cursor" in response.json["errors"]


def test_agents_and_borrowers_may_not_read_the_audit_log(app, client):
    _, agent = staff_headers(app, client, "agent", villages=["340123104"])
    phone = next_phone()
    create_farmer(client, agent, phone=phone)
    borrower = {"Authorization": f"Bearer {borrower_tokens(app, client, phone)['access_token']}"}
    assert client.get("/api/v1/audit", headers=agent).status_code == 403
    assert client.get("/api/v1/audit", headers=borrower).status_code == 403


# --------------------------------------------------------------------------------------------------------------
# Concurrency (PostgreSQL)

PROCESSES, EACH = 6, 40


def _append(database_url: str, worker: int) -> None:
    from app import create_app
    from lending.extensions import db

    application = create_app({"DATABASE_URL": database_url, "SECRET_KEY": SECRET, "LOG_LEVEL": "WARNING"})
    with application.app_context():
        for n in range(EACH):
            audit.record(
                db.session,
                actor=OFFICER,
                action="loan.repay",
                entity_type="loan",
                entity_id=LOAN,
                detail={"worker": worker, "n": n},
            )
            db.session.commit()
        db.engine.dispose()


@pytest.mark.postgres_only
def test_processes_appending_at_once_make_one_chain_without_a_fork(app, backend, database_url):
    if backend != "postgresql":
        pytest.skip("concurrency and locks are tested on PostgreSQL (DESIGN.md §3)")
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_append, args=(database_url, w)) for w in range(PROCESSES)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
    assert [worker.exitcode for worker in workers] == [0] * PROCESSES

    from lending.extensions import db

    with app.app_context():
        total, distinct_links, first_id, last_id = db.session.execute(
            select(
                func.count(),
                func.count(func.distinct(AuditEvent.prev_hash)),
                func.min(AuditEvent.id),
                func.max(AuditEvent.id),
            )
        ).one()
    assert (total, distinct_links, first_id, last_id) == (240, 240, 1, 240)  # 6 × 40, no two after one
    result = verify(app)
    assert result.exit_code == 0, result.output
    assert "audit chain OK: 240 events" in result.output


@pytest.mark.parametrize("event_id, status", [(2**63 - 1, 200), (2**63, 422), (10**30, 422), (0, 422)])
def test_a_crafted_audit_cursor_beyond_a_bigint_is_a_422_not_a_500(app, client, event_id, status):
    import base64

    _, officer = staff_headers(app, client, "officer")
    cursor = base64.urlsafe_b64encode(json.dumps(["audit", event_id]).encode()).decode().rstrip("=")
    response = client.get("/api/v1/audit", query_string={"cursor": cursor}, headers=officer)
    assert response.status_code == status, response.json
    if status == 422:
        assert "cursor" in response.json["errors"]
