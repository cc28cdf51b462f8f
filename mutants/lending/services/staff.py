"""Staff accounts: create agents, officers and admins, and assign villages."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.actors import Actor
from ..errors import Conflict, ValidationFailed
from ..models import Agent, AgentVillage, Village
from ..security import passwords
from ..security.pii import blind_index, mask
from . import audit
from .unit_of_work import use_case


@use_case
def create(
    *, session: Session, actor: Actor, phone: str, password: str, role: str, name: str, villages: list[str] = ()
) -> Agent:
    if session.scalar(select(Agent.id).where(Agent.phone_index == blind_index("phone", phone))) is not None:
        raise Conflict(f"A staff account with phone {mask(phone)} exists.", code="duplicate_phone")
    unknown = sorted(set(villages) - set(session.scalars(select(Village.code).where(Village.code.in_(villages)))))
    if unknown:
        raise ValidationFailed(
            f"No village has the code {', '.join(unknown)}.",
            errors={"villages": [f"No village has the code {code}." for code in unknown]},
        )
    agent = Agent(
        phone=phone,
        name=name,
        role=role,
        password_hash=passwords.hash_secret(password),
        villages=[AgentVillage(village_code=code) for code in sorted(set(villages))],
    )
    session.add(agent)
    session.flush()  # assigns agent.id, which the audit event names
    audit.record(
        session,
        actor=actor,
        action="staff.create",
        entity_type="agent",
        entity_id=agent.id,
        detail={"role": role, "villages": sorted(set(villages))},
    )
    return agent
