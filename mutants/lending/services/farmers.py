"""Farmer use cases: enrol, read, list, update. Every read and write is scoped to what the actor may see."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain import countries
from ..domain.actors import Actor
from ..errors import Conflict, Forbidden, NotFound, ValidationFailed, VersionMismatch
from ..models import Agent, Farmer, Village
from ..security.pii import blind_index
from . import _client_ids, audit, pagination
from ._client_ids import given
from ._scopes import farmer_scope, sees_farmer
from .unit_of_work import use_case


def find(session: Session, farmer_id: uuid.UUID) -> Farmer | None:
    """The farmer with this id whoever may see them: in the session already (read, or enrolled in this unit of work
    and not written yet — a sync push's run of creates writes them together), else read."""
    enrolled = next((new for new in session.new if isinstance(new, Farmer) and new.id == farmer_id), None)
    return enrolled if enrolled is not None else session.get(Farmer, farmer_id)


def get(*, session: Session, actor: Actor, farmer_id: uuid.UUID, lock: bool = False) -> Farmer | None:
    """The farmer if the actor may see them; `lock` takes the row lock (SELECT ... FOR UPDATE) for the rest of the
    transaction and re-reads the row."""
    if not lock:  # from the identity map when the session holds the farmer (a sync push reads its farmers once)
        farmer = find(session, farmer_id)
        return farmer if farmer is not None and sees_farmer(actor, farmer) else None
    stmt = select(Farmer).where(Farmer.id == farmer_id, farmer_scope(actor))
    return session.scalar(stmt.with_for_update().execution_options(populate_existing=True))


def get_or_raise(*, session: Session, actor: Actor, farmer_id: uuid.UUID, lock: bool = False) -> Farmer:
    farmer = get(session=session, actor=actor, farmer_id=farmer_id, lock=lock)
    if farmer is None:
        raise NotFound("No such farmer.")
    return farmer


def require_not_erased(farmer: Farmer) -> Farmer:
    """The farmer, unless their personal data was erased (services.subjects): then 409 `farmer_erased`. Nothing is
    written for an erased farmer any more — no update, consent, record, application, acceptance or disbursement."""
    if farmer.erased_at is not None:
        raise Conflict(
            "This farmer's personal data was erased on request; nothing more is recorded for them.",
            code="farmer_erased",
            errors={"farmer_id": ["The farmer was erased."]},
        )
    return farmer


def get_writable_or_raise(*, session: Session, actor: Actor, farmer_id: uuid.UUID, lock: bool = False) -> Farmer:
    """The farmer, to write for: 404 outside the actor's scope, 409 `farmer_erased` once erased. With `lock`, the
    row lock erasure takes too: a write and an erasure of the same farmer never interleave."""
    return require_not_erased(get_or_raise(session=session, actor=actor, farmer_id=farmer_id, lock=lock))


@use_case
def identity(*, session: Session, actor: Actor, farmer_id: uuid.UUID) -> Farmer:
    """The farmer with their whole phone and national ID, for those who may see the farmer; the read is audited."""
    farmer = get_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    audit.record(
        session,
        actor=actor,
        action="farmer.pii_read",
        entity_type="farmer",
        entity_id=farmer.id,
        detail={"fields": ["phone", "national_id"]},
    )
    return farmer


def _check_village(session: Session, village_code: str | None) -> None:
    """422 naming village_code unless it is a known village (the `villages` table: where it is, for the risk rules)."""
    if village_code is not None and session.get(Village, village_code) is None:
        raise ValidationFailed(errors={"village_code": [f"No village has the code {village_code}."]})


def market_of(session: Session, village_code: str) -> countries.Market:
    """The market of a village's farmers: its country decides their identity document, phone country code, currency
    and first language. A village not on file (a farmer enrolled before villages were) is taken as China, the
    villages table's own default."""
    village = session.get(Village, village_code)
    return countries.MARKETS[countries.Country(village.country if village is not None else countries.Country.CN)]


def _check_market(market: countries.Market, values: dict) -> None:
    """422 naming national_id unless it is the document of the village's country, and phone unless it has that
    country's code. Only the fields in `values` are checked (None = not on file)."""
    errors = {}
    if values.get("national_id") is not None and not countries.id_valid(market.country, values["national_id"]):
        errors["national_id"] = [f"A farmer in {market.name} is enrolled with their {market.id_document}."]
    if values.get("phone") is not None and countries.country_of_phone(values["phone"]) is not market.country:
        errors["phone"] = [f"A farmer in {market.name} has a phone number starting {market.calling_code}."]
    if errors:
        raise ValidationFailed(errors=errors)


def _check_agent(session: Session, agent_id: uuid.UUID | None) -> None:
    if agent_id is not None:
        agent = session.get(Agent, agent_id)
        if agent is None or agent.role != "agent":
            raise ValidationFailed(errors={"agent_id": ["No such field agent."]})


IDENTITY = {"phone": "phone", "national_id": "national ID"}  # one farmer each (found by the blind index)


def _require_identity_unused(
    session: Session, values: dict, *, farmer_id: uuid.UUID | None = None, farmer_number: str | None = None
) -> None:
    """409 `duplicate_identity` naming each of phone and national_id that another farmer is enrolled with — not
    whose. A phone is how a borrower signs in (a second farmer on it locks the first out of SMS sign-in); a national
    ID is one person, who is one farmer: a second record would be a second limit for the same person (or somebody
    else's identity), so it is refused here rather than only reviewed later (domain.risk identity rules, which
    still hold farmers enrolled before this check). An enrolment's `farmer_number` (the lender's farmer_id) is looked
    up in the same query: taken, it is a 422 `duplicate_farmer_id` first."""
    wanted = {f"{name}_index": blind_index(name, values[name]) for name in IDENTITY if values.get(name) is not None}
    if farmer_number is not None:
        wanted["farmer_id"] = farmer_number
    if not wanted:
        return
    columns = [getattr(Farmer, name) for name in wanted]
    others = select(*columns).where(or_(*(column == wanted[column.key] for column in columns)))
    if farmer_id is not None:
        others = others.where(Farmer.id != farmer_id)
    found = set()
    for row in session.execute(others.limit(len(wanted))):  # one farmer at most per value (unique indexes)
        found.update(name for name, value in zip(wanted, row, strict=True) if value == wanted[name])
    if "farmer_id" in found:
        raise ValidationFailed(
            "farmer_id is taken.",
            code="duplicate_farmer_id",
            errors={"farmer_id": ["Another farmer has this farmer_id."]},
        )
    taken = {
        name: [f"Another farmer is enrolled with this {label}."]
        for name, label in IDENTITY.items()
        if f"{name}_index" in found
    }
    if taken:
        raise Conflict(
            "Another farmer is enrolled with this identity; look the farmer up instead of enrolling them again.",
            code="duplicate_identity",
            errors=taken,
        )


@dataclass(frozen=True)
class Enrolment:
    """Enrol a farmer. `id` is the client's (an agent enrolling offline); `farmer_id` is assigned when absent."""

    name: str
    village_code: str
    id: uuid.UUID | None = None
    farmer_id: str | None = None
    phone: str | None = None
    national_id: str | None = None
    language: str | None = None  # by default the market's (zh in China, sw in Kenya, en in Ghana)
    birth_year: int | None = None
    household_size: int | None = None
    agent_id: uuid.UUID | None = None  # who looks after the farmer: an agent themself, or as an officer assigns


@use_case
def create(*, session: Session, actor: Actor, command: Enrolment) -> tuple[Farmer, bool]:
    """Enrol a farmer; returns (farmer, created). A replay of the same id and body returns the stored farmer."""
    values = given(command)
    if actor.role == "agent":
        if values.get("agent_id") not in (None, actor.id):
            raise Forbidden("An agent enrols farmers for themself.", errors={"agent_id": ["Must be you."]})
        values["agent_id"] = actor.id
    _check_agent(session, values.get("agent_id"))
    _check_village(session, values.get("village_code"))
    market = market_of(session, values["village_code"])
    _check_market(market, values)
    values.setdefault("language", market.language)
    values.setdefault("id", uuid.uuid4())
    if not values.get("farmer_id"):
        values["farmer_id"] = f"F-{values['id'].hex[:12].upper()}"
    earlier = _client_ids.created_before(
        session,
        Farmer,
        values,
        visible=lambda farmer: get(session=session, actor=actor, farmer_id=farmer.id) is not None,
    )
    if earlier is not None:
        return earlier, False
    _require_identity_unused(session, values, farmer_number=values["farmer_id"])
    farmer = Farmer(created_by=actor.id if actor.is_staff else None, **values)
    session.add(farmer)
    audit.record(session, actor=actor, action="farmer.create", entity_type="farmer", entity_id=farmer.id)
    return farmer, True


def list_(*, session: Session, actor: Actor, filters: dict, cursor: str | None, limit: int) -> pagination.Page:
    stmt = select(Farmer).where(farmer_scope(actor))
    for name in ("village_code", "farmer_id", "language", "agent_id"):
        if filters.get(name) is not None:
            stmt = stmt.where(getattr(Farmer, name) == filters[name])
    for name in ("phone", "national_id"):  # encrypted: found by their blind index
        if filters.get(name) is not None:
            stmt = stmt.where(getattr(Farmer, f"{name}_index") == blind_index(name, filters[name]))
    if filters.get("name"):
        stmt = stmt.where(Farmer.name.startswith(filters["name"], autoescape=True))
    return pagination.page(session, stmt, Farmer, cursor=cursor, limit=limit)


@use_case
def update(*, session: Session, actor: Actor, farmer_id: uuid.UUID, expected_version: int, changes: dict) -> Farmer:
    """Apply `changes` if the farmer is still at `expected_version` (else 412: someone else changed it)."""
    farmer = get_writable_or_raise(session=session, actor=actor, farmer_id=farmer_id)
    if actor.role == "borrower" and set(changes) - {"name", "language", "household_size"}:
        raise Forbidden("A borrower may change only name, language and household size; ask your agent.")
    if "agent_id" in changes:
        if actor.role not in ("officer", "admin"):
            raise Forbidden("Only an officer or admin reassigns a farmer.", errors={"agent_id": ["Not allowed."]})
        _check_agent(session, changes["agent_id"])
    if "village_code" in changes:
        _check_village(session, changes["village_code"])
    if {"village_code", "phone", "national_id"} & set(changes):  # a move checks what the farmer has against it
        market = market_of(session, changes.get("village_code", farmer.village_code))
        _check_market(
            market,
            {
                name: changes[name] if name in changes else getattr(farmer, name)
                for name in ("phone", "national_id")
                if name in changes or "village_code" in changes
            },
        )
    if farmer.version != expected_version:
        raise VersionMismatch(
            errors={"version": [f"You sent {expected_version}; the record is at {farmer.version}."]},
            headers={"ETag": f'"{farmer.version}"'},
        )
    _require_identity_unused(session, changes, farmer_id=farmer.id)
    before = {name: str(getattr(farmer, name)) for name in changes}
    for name, value in changes.items():
        setattr(farmer, name, value)
    audit.record(
        session,
        actor=actor,
        action="farmer.update",
        entity_type="farmer",
        entity_id=farmer.id,
        detail={
            "fields": sorted(changes),
            "before_version": expected_version,
            "changed": sorted(k for k in changes if before[k] != str(changes[k])),
        },
    )
    return farmer
