"""`flask seed`: demo staff and the first N farmers of seeds/farmers.jsonl with their records.

Ids are derived from the lender's keys (uuid5), so a second run finds everything present and changes nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import logging
import uuid
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.actors import SYSTEM
from ..domain.countries import Country
from ..domain.evidence import Provenance, VerificationStatus
from ..domain.histories import BadLine, read_file
from ..models import Agent, CropSale, EquipmentPurchase, Farmer, LandTransfer, Village
from ..security.pii import blind_index
from . import products, staff
from ._clock import lender_today
from .unit_of_work import use_case

log = logging.getLogger(__name__)
NAMESPACE = uuid.UUID("5b0c3d1e-6a57-4c1b-9d0e-a9d1e3f0c0de")


def seed_id(*parts) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, ":".join(str(p) for p in parts))


def _date(value: str, shift: dt.timedelta = dt.timedelta(0)) -> dt.date:
    return dt.date.fromisoformat(value) + shift


def _staff(session: Session, seeds: Path) -> int:
    created = 0
    for account in json.loads((seeds / "agents.json").read_text(encoding="utf-8")):
        if session.scalar(select(Agent.id).where(Agent.phone_index == blind_index("phone", account["phone"]))) is None:
            staff.create(
                session=session,
                actor=SYSTEM,
                phone=account["phone"],
                password=account["password"],
                role=account["role"],
                name=account["name"],
                villages=account.get("villages", []),
            )
            created += 1
    return created


def _villages(session: Session, seeds: Path) -> int:
    path = seeds / "villages.json"
    if not path.exists():
        return 0
    known = set(session.scalars(select(Village.code)))
    new = [
        Village(
            code=v["code"],
            name=v["name"],
            latitude=Decimal(str(v["latitude"])),
            longitude=Decimal(str(v["longitude"])),
            country=v.get("country", Country.CN),  # the file's Chinese villages say nothing
        )
        for v in json.loads(path.read_text(encoding="utf-8"))
        if v["code"] not in known
    ]
    session.add_all(new)
    session.flush()
    return len(new)


def _evidence(record: dict) -> dict:
    """Provenance and verification of a record of the seed file: the file's source (a loan book: third party,
    verified) unless the record says otherwise (DESIGN.md §5)."""
    return {
        "provenance": record.get("provenance", Provenance.THIRD_PARTY),
        "verification_status": (
            VerificationStatus.VERIFIED if record.get("verified", True) else VerificationStatus.UNVERIFIED
        ),
    }


def _records(farmer_key: str, history: dict, farmer_uuid: uuid.UUID, shift: dt.timedelta) -> list:
    """The farmer's records, every date moved by `shift` (so the history ends today, not on its as_of)."""
    records: list = []
    for n, lt in enumerate(history.get("land_transfers") or []):
        records.append(
            LandTransfer(
                id=seed_id(farmer_key, "land_transfer", n),
                farmer_id=farmer_uuid,
                contract_id=lt["contract_id"],
                area_mu=Decimal(lt["area_mu"]),
                start_date=_date(lt["start_date"], shift),
                end_date=_date(lt["end_date"], shift),
                annual_rent=Decimal(lt["annual_rent"]),
                rent_payments_on_time=lt.get("rent_payments_on_time", 0),
                rent_payments_late=lt.get("rent_payments_late", 0),
                registered=bool(lt.get("registered")),
                **_evidence(lt),
            )
        )
    for n, sale in enumerate(history.get("crop_sales") or []):
        records.append(
            CropSale(
                id=seed_id(farmer_key, "crop_sale", n),
                farmer_id=farmer_uuid,
                sale_date=_date(sale["sale_date"], shift),
                crop=sale["crop"],
                quantity_kg=Decimal(sale["quantity_kg"]),
                amount=Decimal(sale["amount"]),
                buyer_id=sale.get("buyer_id"),
                channel=sale.get("channel", "cash"),
                **_evidence(sale),
            )
        )
    for n, item in enumerate(history.get("equipment_purchases") or []):
        records.append(
            EquipmentPurchase(
                id=seed_id(farmer_key, "equipment_purchase", n),
                farmer_id=farmer_uuid,
                purchase_date=_date(item["purchase_date"], shift),
                category=item["category"],
                price=Decimal(item["price"]),
                subsidy=Decimal(item.get("subsidy", "0")),
                financed=bool(item.get("financed")),
                **_evidence(item),
            )
        )
    return records


@use_case
def load(
    *, session: Session, seeds_dir: str | Path, farmer_count: int, today: dt.date | None = None, progress=None
) -> dict[str, int]:
    """Load demo staff, products and farmers; returns counts of what was created (zero on a second run).

    A seeded history is moved forward so that its `as_of` falls on `today`: the demo farmers then have the
    recent sales a decision needs, with the same spacing (and so the same features) as in farmers.jsonl. `today`
    defaults to the lender's."""
    today = today or lender_today(session)
    seeds = Path(seeds_dir)
    villages = _villages(session, seeds)  # before the staff: an agent covers known villages only
    summary = {
        "staff created": _staff(session, seeds),
        "products created": products.load_fixture(
            session=session, products=json.loads((seeds / "products.json").read_text(encoding="utf-8"))
        ),
        "villages created": villages,
        "farmers created": 0,
        "records created": 0,
    }
    agent_of_village = {
        village.village_code: agent.id
        for agent in session.scalars(select(Agent).where(Agent.role == "agent"))
        for village in agent.villages
    }
    problems: list[BadLine] = []
    lines = list(itertools.islice(read_file(seeds / "farmers.jsonl", problems), farmer_count))
    existing = set(session.scalars(select(Farmer.farmer_id)))
    progress = progress or (lambda items, _label: contextlib.nullcontext(items))
    with progress(lines, "farmers") as bar:
        for _line_number, history in bar:
            key = history["farmer_id"]
            if key in existing:
                continue
            farmer_uuid = seed_id("farmer", key)
            as_of = _date(history["as_of"]) if history.get("as_of") else today
            shift = today - as_of
            birth_year = history.get("birth_year")
            session.add(
                Farmer(
                    id=farmer_uuid,
                    farmer_id=key,
                    name=history.get("name") or key,
                    phone=history.get("phone"),
                    national_id=history.get("national_id"),
                    language=history.get("language", "zh"),
                    village_code=history["village_code"],
                    birth_year=birth_year + today.year - as_of.year if birth_year else None,  # the same age today
                    household_size=history.get("household_size"),
                    agent_id=agent_of_village.get(history["village_code"]),
                )
            )
            session.flush()
            records = _records(key, history, farmer_uuid, shift)
            session.add_all(records)
            summary["farmers created"] += 1
            summary["records created"] += len(records)
    for problem in problems:
        log.warning("farmers.jsonl line %d skipped: %s", problem.line_number, problem.reason)
    summary["lines skipped"] = len(problems)
    return summary
