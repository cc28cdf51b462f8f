"""Staff accounts: field agents, credit officers and admins, and the villages an agent covers."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from ..domain import actors
from ..security.pii import EncryptedString, blind_index
from .base import Base, Versioned, new_id, one_of

STAFF_ROLES = tuple(role.value for role in actors.STAFF_ROLES)  # plain strings: click.Choice shows an enum's names


class Agent(Versioned, Base):
    """A staff member; `role` says which (the table is `agents` because most staff are field agents)."""

    __tablename__ = "agents"
    __table_args__ = (one_of("role", actors.STAFF_ROLES, name="role"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    phone: Mapped[str] = mapped_column(EncryptedString("agents.phone"))
    phone_index: Mapped[str] = mapped_column(String(64), unique=True, comment="blind index (security.pii)")
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(10))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    villages: Mapped[list[AgentVillage]] = relationship(
        back_populates="agent", cascade="all, delete-orphan", lazy="selectin", order_by="AgentVillage.village_code"
    )

    @validates("phone")
    def _index(self, key: str, value: str) -> str:
        self.phone_index = blind_index("phone", value)
        return value

    @property
    def village_codes(self) -> list[str]:
        return [v.village_code for v in self.villages]


class AgentVillage(Base):
    __tablename__ = "agent_villages"

    agent_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True)
    village_code: Mapped[str] = mapped_column(String(12), primary_key=True, index=True)
    agent: Mapped[Agent] = relationship(back_populates="villages")
