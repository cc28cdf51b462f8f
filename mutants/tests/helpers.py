"""Building blocks for tests: staff accounts, tokens, farmers — made through the real services and API."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from tests.conftest import PASSWORD


def next_phone() -> str:
    return f"+86139{uuid.uuid4().int % 10**8:08d}"


def next_national_id() -> str:
    """A valid national ID (born in 1978, its check character computed) that another test farmer hardly has."""
    from lending.api.fields import national_id_valid

    n = uuid.uuid4().int
    first17 = f"3401231978{n % 12 + 1:02d}{n // 12 % 28 + 1:02d}{n // 336 % 1000:03d}"
    return next(first17 + check for check in "0123456789X" if national_id_valid(first17 + check))


def another_identity() -> dict:
    """Phone and national ID for a second farmer of a test: one farmer each (duplicates are refused)."""
    return {"phone": next_phone(), "national_id": next_national_id()}


def make_staff(app, role: str, villages: list[str] = (), phone: str | None = None):
    from lending.domain.actors import SYSTEM
    from lending.extensions import db
    from lending.services import staff

    with app.app_context():
        agent = staff.create(
            session=db.session,
            actor=SYSTEM,
            phone=phone or next_phone(),
            password=PASSWORD,
            role=role,
            name=f"{role} {uuid.uuid4().hex[:4]}",
            villages=list(villages),
        )
        return agent.id, agent.phone


def login(client, phone: str, password: str = PASSWORD) -> dict:
    response = client.post("/api/v1/auth/login", json={"phone": phone, "password": password})
    assert response.status_code == 200, response.json
    return {"Authorization": f"Bearer {response.json['access_token']}"}


def staff_headers(app, client, role: str, villages: list[str] = ()) -> tuple[uuid.UUID, dict]:
    """A new staff account's headers; an agent's app also reports where the agent is: at the centre of their first
    village (or of FARMER's), as the agent app does from its GPS for the risk rules."""
    agent_id, phone = make_staff(app, role, villages)
    headers = login(client, phone)
    if role == "agent":
        headers["X-Agent-Position"] = village_position((list(villages) or [FARMER["village_code"]])[0])
    return agent_id, headers


SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def load_villages(app) -> None:
    """The villages of seeds/villages.json, as `flask seed` loads them (farmers live in known villages only)."""
    from lending.extensions import db
    from lending.services import seeding

    with app.app_context():
        seeding._villages(db.session, SEEDS)
        db.session.commit()


def village_position(code: str) -> str:
    """`latitude,longitude` of a village of seeds/villages.json, as X-Agent-Position carries it."""
    village = next(v for v in json.loads((SEEDS / "villages.json").read_text("utf-8")) if v["code"] == code)
    return f"{village['latitude']},{village['longitude']}"


# DESIGN.md §5 example records
LAND = {
    "contract_id": "L1",
    "area_mu": "12.5",
    "start_date": "2022-03-01",
    "end_date": "2030-02-28",
    "annual_rent": "9600.00",
    "rent_payments_on_time": 3,
    "rent_payments_late": 0,
    "registered": True,
}
SALE = {
    "sale_date": "2024-10-12",
    "crop": "rice",
    "quantity_kg": "5000",
    "amount": "13500.00",
    "buyer_id": "COOP-7",
    "channel": "bank",
}
EQUIPMENT = {
    "purchase_date": "2023-04-02",
    "category": "tractor",
    "price": "85000.00",
    "subsidy": "25000.00",
    "financed": False,
}

FARMER = {
    "name": "王建国",
    "village_code": "340123104",
    "birth_year": 1978,
    "household_size": 4,
    "phone": "+8613800138000",
    "national_id": "340123197803011230",
    "language": "zh",
}


def create_farmer(client, headers, **overrides) -> dict:
    body = {**FARMER, **overrides}
    response = client.post("/api/v1/farmers", json=body, headers=headers)
    assert response.status_code == 201, response.json
    return response.json


def capture_records(client, headers, farmer_id, records: list[tuple[str, dict]], *, checker: dict | None) -> None:
    """Capture each (kind, body) record under the farmer as `headers` — kind as in the URL: land-transfers,
    crop-sales, equipment-purchases — and, given a `checker` (never the maker), have them verify each."""
    base = f"/api/v1/farmers/{farmer_id}"
    made = [(kind, client.post(f"{base}/{kind}", json=body, headers=headers)) for kind, body in records]
    assert all(response.status_code == 201 for _, response in made), [r.json for _, r in made]
    if checker is None:
        return
    for kind, response in made:
        checked = client.post(
            f"{base}/{kind}/{response.json['id']}/verify", json={"status": "verified"}, headers=checker
        )
        assert checked.status_code == 200, checked.json


def load_products(app) -> None:
    """The products of seeds/products.json, as `flask seed` loads them."""
    from lending.extensions import db
    from lending.services import products

    fixture = json.loads((SEEDS / "products.json").read_text("utf-8"))
    with app.app_context():
        products.load_fixture(session=db.session, products=fixture)
        db.session.commit()


def consent_to_scoring(client, headers, farmer_id) -> None:
    """The farmer consents to credit scoring under its current text."""
    from lending.i18n.consents import current

    response = client.post(
        f"/api/v1/farmers/{farmer_id}/consents",
        json={"purpose": "credit_scoring", "text_version": current("credit_scoring")},
        headers=headers,
    )
    assert response.status_code in (200, 201), response.json


def stored(app) -> dict:
    """Rows per table and the sum of row versions: any insert or update changes this. The audit log is left out:
    recording a refused request or a read of PII there is right (DESIGN.md §9), not a write that must not happen."""
    from sqlalchemy import Integer, func, select

    from lending.extensions import db
    from lending.models import AuditEvent, Base

    state = {}
    with app.app_context():
        with db.engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                if table.name == AuditEvent.__tablename__:
                    continue
                columns = [func.count()]
                if "version" in table.c and isinstance(table.c.version.type, Integer):  # not model_versions
                    columns.append(func.coalesce(func.sum(table.c.version), 0))
                state[table.name] = tuple(connection.execute(select(*columns).select_from(table)).one())
    return state


def sms_to(app, phone: str, purpose: str | None = None) -> list[str]:
    """Bodies of the SMS messages queued for `phone` (of one `purpose` if given), oldest first (recipients are
    encrypted: compared decrypted)."""
    from lending.channels import sms
    from lending.extensions import db

    with app.app_context():
        messages = sms.messages_to(db.session, phone)
        return [message.body for message in messages if purpose in (None, message.purpose)]


def code_sent_to(app, phone: str) -> str:
    """The six-digit sign-in code in the last SMS to `phone`."""
    import re

    bodies = sms_to(app, phone)
    assert bodies, f"no SMS to {phone}"
    return re.search(r"\b(\d{6})\b", bodies[-1]).group(1)


def receipt(amount: str, **extra) -> dict:
    """The body of a cash receipt an agent records: the amount and a receipt number from their book."""
    return {"amount": amount, "external_ref": f"R-{uuid.uuid4().hex[:10]}", **extra}


def at_the_same_instant(target, args: tuple, *, processes: int = 4, timeout: float = 120) -> list:
    """Run `target(*args, start, results)` in `processes` fresh processes that wait on `start` and put one result
    each on `results`; release them together and return what they put, in the order it arrived."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    workers = [context.Process(target=target, args=(*args, start, results)) for _ in range(processes)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=timeout)
    return [results.get(timeout=5) for _ in workers]
