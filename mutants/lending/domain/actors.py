"""Who acts: a signed-in borrower or staff member, or the system (CLI, background jobs) — what every use case takes;
and the channel a farmer's request came in through."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class Role(StrEnum):
    BORROWER = "borrower"
    AGENT = "agent"
    OFFICER = "officer"
    ADMIN = "admin"


STAFF_ROLES = (Role.AGENT, Role.OFFICER, Role.ADMIN)  # `agents.role`, in this order
STAFF = frozenset(STAFF_ROLES)


class RequestChannel(StrEnum):
    """Where an application or a consent came from (`applications.channel`, `consents.channel`)."""

    APP = "app"  # the farmer, self-service
    AGENT = "agent"  # a field agent, at the farm
    USSD = "ussd"
    SMS = "sms"
    WECHAT = "wechat"


@dataclass(frozen=True)
class Actor:
    id: uuid.UUID
    role: Role
    villages: frozenset[str] = field(default_factory=frozenset)  # an agent's villages

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF


SYSTEM = Actor(id=uuid.UUID(int=0), role=Role.ADMIN)  # the CLI and background jobs
mutants_x_own_channel__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_own_channel__mutmut)
def own_channel(role: Role) -> RequestChannel:
    """Where an actor's request comes from when the channel is not said: a borrower's app, or an agent's."""
    return RequestChannel.APP if role == Role.BORROWER else RequestChannel.AGENT


def x_own_channel__mutmut_orig(role: Role) -> RequestChannel:
    """Where an actor's request comes from when the channel is not said: a borrower's app, or an agent's."""
    return RequestChannel.APP if role == Role.BORROWER else RequestChannel.AGENT


def x_own_channel__mutmut_1(role: Role) -> RequestChannel:
    """Where an actor's request comes from when the channel is not said: a borrower's app, or an agent's."""
    return RequestChannel.APP if (role == Role.BORROWER) and False else RequestChannel.AGENT


def x_own_channel__mutmut_2(role: Role) -> RequestChannel:
    """Where an actor's request comes from when the channel is not said: a borrower's app, or an agent's."""
    return RequestChannel.APP if (role == Role.BORROWER) or True else RequestChannel.AGENT


def x_own_channel__mutmut_3(role: Role) -> RequestChannel:
    """Where an actor's request comes from when the channel is not said: a borrower's app, or an agent's."""
    return RequestChannel.APP if role != Role.BORROWER else RequestChannel.AGENT

mutants_x_own_channel__mutmut['_mutmut_orig'] = x_own_channel__mutmut_orig # type: ignore # mutmut generated
mutants_x_own_channel__mutmut['x_own_channel__mutmut_1'] = x_own_channel__mutmut_1 # type: ignore # mutmut generated
mutants_x_own_channel__mutmut['x_own_channel__mutmut_2'] = x_own_channel__mutmut_2 # type: ignore # mutmut generated
mutants_x_own_channel__mutmut['x_own_channel__mutmut_3'] = x_own_channel__mutmut_3 # type: ignore # mutmut generated
