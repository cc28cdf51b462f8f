"""Personal data at rest and in responses: nothing in storage reads as a phone or national ID; responses mask them;
the whole values are at /identity, audited; lookups go through the blind index; `flask pii rotate-key`."""

from __future__ import annotations

import base64
import json
import subprocess
import uuid
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from tests.helpers import FARMER, another_identity, code_sent_to, create_farmer, receipt, staff_headers
from tests.integration.test_loans import disbursed_loan, key, loan_world  # noqa: F401 (a fixture)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEEDED = 60


def _seeded_identities() -> list[str]:
    values = []
    with (SEEDS / "farmers.jsonl").open(encoding="utf-8") as lines:
        for _, line in zip(range(SEEDED), lines):
            farmer = json.loads(line)
            values += [farmer["phone"], farmer["national_id"]]
    values += [account["phone"] for account in json.loads((SEEDS / "agents.json").read_text(encoding="utf-8"))]
    return values


def _raw_storage(app, database_url: str) -> bytes:
    """Every byte the database holds: the SQLite file (WAL checkpointed into it) or a PostgreSQL dump."""
    from lending.extensions import db

    url = make_url(database_url)
    with app.app_context():
        db.session.commit()
        if url.get_backend_name() == "sqlite":
            with db.engine.begin() as connection:
                connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            path = Path(url.database)
            return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())
    schema = url.query["options"].removeprefix("-csearch_path=")
    dump = subprocess.run(
        [
            "pg_dump",
            "--data-only",
            f"--schema={schema}",
            "-h",
            url.host or "127.0.0.1",
            "-p",
            str(url.port or 5432),
            "-U",
            url.username or "postgres",
            url.database,
        ],
        capture_output=True,
        check=True,
    )
    assert b"COPY" in dump.stdout  # the dump holds the data it should be checked for
    return dump.stdout


def test_no_seeded_phone_or_national_id_is_stored_in_plain_text(app, client, database_url, loan_world):
    # loan_world: a farmer with FARMER's phone and ID, an approved application (its decision and stored inputs),
    # then a disbursed loan, a repayment (idempotency keys keep their responses), an export and risk checks
    loan = disbursed_loan(client, loan_world)
    assert (
        client.post(
            f"/api/v1/loans/{loan['id']}/repayments", json=receipt("100.00"), headers={**loan_world["agent"], **key()}
        ).status_code
        == 201
    )
    assert (
        client.get(f"/api/v1/farmers/{loan_world['farmer']['id']}/export", headers=loan_world["officer"]).status_code
        == 200
    )
    runner = app.test_cli_runner()
    assert runner.invoke(args=["seed", "--farmers", str(SEEDED)]).exit_code == 0
    first = json.loads((SEEDS / "farmers.jsonl").open(encoding="utf-8").readline())
    # a borrower signs in (one-time code, SMS outbox) and an agent enrols one more farmer
    assert client.post("/api/v1/auth/otp", json={"phone": first["phone"]}).status_code == 202
    code = code_sent_to(app, first["phone"])
    assert client.post("/api/v1/auth/otp/verify", json={"phone": first["phone"], "code": code}).status_code == 200
    _, headers = staff_headers(app, client, "agent", ["340123104"])
    other = another_identity()
    create_farmer(client, headers, **other)

    stored = _raw_storage(app, database_url)
    identities = _seeded_identities() + [FARMER["phone"], FARMER["national_id"], other["phone"], other["national_id"]]
    assert len(identities) == 2 * SEEDED + 5 + 4  # the seeded farmers' phones and IDs, the 5 demo staff's phones
    found = [value for value in identities if value.encode() in stored or value[1:].encode() in stored]
    assert found == []
    # and the seeded names (not encrypted, not secret) are there: the check reads the real data
    assert first["name"].encode() in stored


def test_responses_mask_and_identity_reveals_once_audited(app, client):
    from lending.extensions import db
    from lending.models import AuditEvent

    agent_id, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    assert (farmer["phone"], farmer["national_id"]) == ("+861******8000", "3401**********1230")
    listed = client.get("/api/v1/farmers", headers=headers).json["items"]
    assert [(f["phone"], f["national_id"]) for f in listed] == [("+861******8000", "3401**********1230")]

    identity = client.get(f"/api/v1/farmers/{farmer['id']}/identity", headers=headers)
    assert identity.status_code == 200
    assert identity.json == {"id": farmer["id"], "phone": FARMER["phone"], "national_id": FARMER["national_id"]}
    with app.app_context():
        reads = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "farmer.pii_read")).all()
        assert [(event.actor_id, event.entity_id) for event in reads] == [(agent_id, farmer["id"])]

    _, other_agent = staff_headers(app, client, "agent", ["410526101"])
    response = client.get(f"/api/v1/farmers/{farmer['id']}/identity", headers=other_agent)
    assert response.status_code == 404


def test_lookup_by_phone_and_national_id_goes_through_the_blind_index(app, client):
    from lending.extensions import db
    from lending.models import Farmer
    from lending.security import pii

    _, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    create_farmer(client, headers, phone="+8613800138001", national_id="340123198001011233", name="李四")

    by_phone = client.get("/api/v1/farmers", query_string={"phone": FARMER["phone"]}, headers=headers).json
    by_id = client.get("/api/v1/farmers", query_string={"national_id": FARMER["national_id"]}, headers=headers).json
    assert [f["id"] for f in by_phone["items"]] == [farmer["id"]]
    assert [f["id"] for f in by_id["items"]] == [farmer["id"]]
    with app.app_context():
        keyring = pii.keyring()
        row = db.session.execute(
            text("SELECT phone, phone_index FROM farmers WHERE phone_index = :index"),
            {"index": keyring.blind_index("phone", FARMER["phone"])},
        ).one()
        assert row.phone.startswith(f"{keyring.current}:") and FARMER["phone"] not in row.phone
        assert db.session.get(Farmer, uuid.UUID(farmer["id"])).phone == FARMER["phone"]


def test_staff_sign_in_finds_the_encrypted_phone(app, client):
    from lending.extensions import db
    from lending.models import Agent

    agent_id, headers = staff_headers(app, client, "officer")
    assert client.get("/api/v1/auth/me", headers=headers).json["role"] == "officer"
    with app.app_context():
        stored = db.session.execute(text("SELECT phone FROM agents")).scalar_one()
        assert not stored.startswith("+") and db.session.get(Agent, agent_id).phone.startswith("+86")


def test_rotate_key_re_encrypts_everything_under_the_new_key(app, client, database_url):
    from app import create_app
    from lending.extensions import db
    from tests.conftest import SECRET

    _, headers = staff_headers(app, client, "agent", ["340123104"])
    farmer = create_farmer(client, headers)
    assert client.post("/api/v1/auth/otp", json={"phone": FARMER["phone"]}).status_code == 202

    new_key = "k2026:" + base64.b64encode(bytes(range(1, 33))).decode()
    rotated = create_app(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": SECRET,
            "TESTING": True,
            "LOG_LEVEL": "WARNING",
            "PII_KEY": f"{new_key},{app.config['PII_KEY']}",
        }
    )
    try:
        runner = rotated.test_cli_runner()
        before = runner.invoke(args=["pii", "status"])
        assert "farmers.phone: 1 under an older key" in before.output
        result = runner.invoke(args=["pii", "rotate-key"])
        assert result.exit_code == 0, result.output
        assert "farmers.phone: 1, farmers.national_id: 1" in result.output
        assert "agents.phone: 1" in result.output and "sms_outbox.to: 1" in result.output
        again = runner.invoke(args=["pii", "rotate-key"])  # nothing left: a second run changes nothing
        assert "farmers.phone: 0, farmers.national_id: 0, agents.phone: 0, sms_outbox.to: 0" in again.output
        with rotated.app_context():
            phones = db.session.execute(text("SELECT phone FROM farmers UNION ALL SELECT phone FROM agents")).scalars()
            assert all(value.startswith("k2026:") for value in phones)
        # the app with both keys reads the farmer whole; lookups still work (the index key did not change)
        rotated_client = rotated.test_client()
        response = rotated_client.get(f"/api/v1/farmers/{farmer['id']}/identity", headers=headers)
        assert response.json["phone"] == FARMER["phone"]
        found = rotated_client.get("/api/v1/farmers", query_string={"phone": FARMER["phone"]}, headers=headers)
        assert [f["id"] for f in found.json["items"]] == [farmer["id"]]
    finally:
        with rotated.app_context():
            db.engine.dispose()
