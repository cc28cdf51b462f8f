"""Declarative base: naming convention, shared column types, UUID keys and versioning."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import Annotated

from sqlalchemy import JSON, CheckConstraint, DateTime, MetaData, Numeric, String, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Timestamps are stored and returned as aware UTC datetimes on every database."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None:
            if value.tzinfo is None:
                raise ValueError("naive datetime; timestamps are UTC and aware")
            value = value.astimezone(dt.UTC)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


amount = Annotated[Decimal, 19]  # Numeric(19, 4) money amount; the currency sits in its own column
currency = Annotated[str, 3]
timestamp = Annotated[dt.datetime, "utc"]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        amount: Numeric(19, 4, asdecimal=True),
        currency: String(3),
        timestamp: UTCDateTime(),
        uuid.UUID: Uuid(),
        dict: JSON(),
    }


def one_of(column: str, values: Iterable[str], *, name: str) -> CheckConstraint:
    """CHECK (column IN ('a', 'b', …)) named ck_<table>_<name>: the column holds one of `values` (a StrEnum, or some
    of its members), listed in their order — the text the migrations wrote, so the schema is the same."""
    listed = ", ".join(f"'{value}'" for value in values)
    return CheckConstraint(f"{column} IN ({listed})", name=name)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class Versioned:
    """A mutable record: optimistic concurrency through `version` (If-Match / base_version)."""

    version: Mapped[int] = mapped_column(default=1, nullable=False)
    created_at: Mapped[timestamp] = mapped_column(default=utcnow, nullable=False)
    updated_at: Mapped[timestamp] = mapped_column(default=utcnow, onupdate=utcnow, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls):
        # SQLAlchemy adds `WHERE version = :read` to every UPDATE and bumps it, so a lost update is impossible.
        return {"version_id_col": cls.version}
