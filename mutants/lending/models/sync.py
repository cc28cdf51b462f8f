"""Offline sync (issue #13; DESIGN.md §7): agents' devices, the mutations they push (each applied once), the change
log they pull (sequenced by the server, in commit order), conflicts for an officer, redeemed offline offers, and
attachments' metadata."""

from __future__ import annotations

import uuid

from sqlalchemy import JSON, BigInteger, Float, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.sync import ConflictKind, ConflictStatus, MutationStatus
from ..security.pii import EncryptedText
from .base import Base, new_id, one_of, timestamp, utcnow


class SyncDevice(Base):
    __tablename__ = "sync_devices"

    device_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    agent_id: Mapped[uuid.UUID] = mapped_column(index=True)
    first_seen_at: Mapped[timestamp] = mapped_column(default=utcnow)
    last_push_at: Mapped[timestamp | None]
    clock_offset_seconds: Mapped[float | None] = mapped_column(Float, comment="device clock - server clock, last push")
    skew_flagged: Mapped[bool] = mapped_column(default=False, comment="an offset over 10 minutes was seen")


class SyncMutation(Base):
    __tablename__ = "sync_mutations"
    __table_args__ = (
        one_of("status", MutationStatus, name="status"),
        UniqueConstraint("device_id", "seq", name="uq_sync_mutations_device_seq"),
        Index("ix_sync_mutations_waiting", "status", "waits_for"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, comment="the device's mutation id")
    device_id: Mapped[str] = mapped_column(String(100))
    seq: Mapped[int]
    agent_id: Mapped[uuid.UUID]
    type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID | None]
    base_version: Mapped[int | None]
    recorded_at: Mapped[timestamp] = mapped_column(comment="the device's clock")
    received_at: Mapped[timestamp] = mapped_column(comment="the server's clock")
    request_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10))
    code: Mapped[str | None] = mapped_column(String(40))
    message: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int | None]
    waits_for: Mapped[uuid.UUID | None] = mapped_column(comment="the entity a waiting mutation needs")
    payload: Mapped[str | None] = mapped_column(
        EncryptedText("sync_mutations.payload"), comment="a waiting mutation's payload, encrypted"
    )
    applied_at: Mapped[timestamp | None]


class SyncClock(Base):
    """One row: the last sequence number the change log gave. Taking it (UPDATE, a row lock until commit) orders the
    log's sequence numbers as their transactions commit."""

    __tablename__ = "sync_clock"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)


class SyncChange(Base):
    __tablename__ = "sync_changes"
    __table_args__ = (Index("ix_sync_changes_farmer_seq", "farmer_id", "seq"),)

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[uuid.UUID]
    farmer_id: Mapped[uuid.UUID] = mapped_column(comment="whose: an agent pulls their farmers' changes")
    version: Mapped[int]
    deleted: Mapped[bool]
    changed_at: Mapped[timestamp] = mapped_column(default=utcnow)


class SyncConflict(Base):
    __tablename__ = "sync_conflicts"
    __table_args__ = (
        one_of("kind", ConflictKind, name="kind"),
        one_of("status", ConflictStatus, name="status"),
        Index("ix_sync_conflicts_status_created", "status", "created_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    mutation_id: Mapped[uuid.UUID]
    device_id: Mapped[str] = mapped_column(String(100))
    agent_id: Mapped[uuid.UUID]
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[uuid.UUID]
    farmer_id: Mapped[uuid.UUID]
    kind: Mapped[str] = mapped_column(String(10))
    fields: Mapped[list] = mapped_column(JSON)
    base_version: Mapped[int]
    server_version: Mapped[int]
    theirs: Mapped[str] = mapped_column(
        EncryptedText("sync_conflicts.theirs"), comment="the device's values, JSON, encrypted"
    )
    status: Mapped[str] = mapped_column(String(10), default=ConflictStatus.OPEN)
    resolution: Mapped[str | None] = mapped_column(String(20))
    resolved_by: Mapped[uuid.UUID | None]
    resolved_at: Mapped[timestamp | None]
    note: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)


class OfferRedemption(Base):
    """An offline offer redeemed: its token id, once."""

    __tablename__ = "offer_redemptions"

    token_id: Mapped[str] = mapped_column(String(64), primary_key=True, comment="the offer's jti")
    farmer_id: Mapped[uuid.UUID]
    mutation_id: Mapped[uuid.UUID | None]
    application_id: Mapped[uuid.UUID | None]
    redeemed_at: Mapped[timestamp] = mapped_column(default=utcnow)


class Attachment(Base):
    """A file (a photo of a land contract, a sale receipt) named by the SHA-256 of its bytes."""

    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    content_type: Mapped[str] = mapped_column(String(100))
    uploaded_by: Mapped[uuid.UUID]
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
