"""What `flask sync status` shows (issue #13): every device that has pushed, with its agent, what of it waits and the
conflicts it raised that are open; then the backlog's and the conflicts' totals, counted in the database (the lists
officers page through stop at 500 rows)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.sync import ConflictKind, ConflictStatus, MutationStatus
from ..models import Agent, SyncConflict, SyncDevice, SyncMutation
from . import sync

DEPENDENCY_MISSING = "dependency_missing"  # the code services.sync gives a mutation that waited too long


@dataclass(frozen=True)
class DeviceLine:
    device: SyncDevice
    agent_name: str | None  # None when the agent's account is gone
    waiting: int
    open_conflicts: int


@dataclass(frozen=True)
class Status:
    devices: list[DeviceLine]
    waiting: int  # mutations in the backlog, waiting for the record they need
    dependency_missing: int  # mutations given up on: their record never arrived within SYNC_BACKLOG_DAYS
    open_conflicts: dict[str, int]  # every ConflictKind → how many are open


def status(*, session: Session) -> Status:
    devices = sync.devices(session=session)
    agents = {device.agent_id for device, _, _ in devices}
    names = dict(session.execute(select(Agent.id, Agent.name).where(Agent.id.in_(agents))).all())
    given_up = session.scalar(
        select(func.count())
        .select_from(SyncMutation)
        .where(SyncMutation.status == MutationStatus.REJECTED, SyncMutation.code == DEPENDENCY_MISSING)
    )
    open_by_kind = dict(
        session.execute(
            select(SyncConflict.kind, func.count())
            .where(SyncConflict.status == ConflictStatus.OPEN)
            .group_by(SyncConflict.kind)
        ).all()
    )
    return Status(
        devices=[DeviceLine(device, names.get(device.agent_id), waiting, open_) for device, waiting, open_ in devices],
        waiting=sum(waiting for _, waiting, _ in devices),
        dependency_missing=given_up,
        open_conflicts={kind.value: open_by_kind.get(kind.value, 0) for kind in ConflictKind},
    )
