"""Who acts: a signed-in borrower or staff member, or the system (CLI, background jobs) — what every use case takes."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    BORROWER = "borrower"
    AGENT = "agent"
    OFFICER = "officer"
    ADMIN = "admin"


STAFF = frozenset({Role.AGENT, Role.OFFICER, Role.ADMIN})


@dataclass(frozen=True)
class Actor:
    id: uuid.UUID
    role: Role
    villages: frozenset[str] = field(default_factory=frozenset)   # an agent's villages

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF


SYSTEM = Actor(id=uuid.UUID(int=0), role=Role.ADMIN)   # the CLI and background jobs
