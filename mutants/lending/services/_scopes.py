"""What an actor may see, as SQL conditions (outside it a record does not exist: 404, never 403), and the same rule for
a farmer in hand."""

from __future__ import annotations

from sqlalchemy import false, or_, true

from ..domain.actors import Actor, Role
from ..models import Farmer


def farmer_scope(actor: Actor):
    """SQL condition on Farmer: the farmers this actor may see."""
    if actor.role in (Role.OFFICER, Role.ADMIN):
        return true()
    if actor.role == Role.AGENT:
        return or_(Farmer.agent_id == actor.id, Farmer.village_code.in_(sorted(actor.villages)))
    if actor.role == Role.BORROWER:
        return Farmer.id == actor.id
    return false()


def sees_farmer(actor: Actor, farmer: Farmer) -> bool:
    """`farmer_scope` for a farmer already in hand (read from the session's identity map, no query)."""
    if actor.role in (Role.OFFICER, Role.ADMIN):
        return True
    if actor.role == Role.AGENT:
        return farmer.agent_id == actor.id or farmer.village_code in actor.villages
    if actor.role == Role.BORROWER:
        return farmer.id == actor.id
    return False
