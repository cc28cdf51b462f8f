"""Alembic is the only way the schema changes: it goes up, down and up again, and matches the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from lending.database import make_engine
from lending.migrate import downgrade, upgrade
from lending.models import Base


def _tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_upgrade_downgrade_upgrade_round_trip(backend, fresh_database):
    url = fresh_database(backend)
    upgrade(url)
    assert _tables(url) == set(Base.metadata.tables)
    downgrade(url, "base")
    assert _tables(url) == set()
    upgrade(url)
    assert _tables(url) == set(Base.metadata.tables)


def test_migrated_schema_matches_the_models(database_url):
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            drift = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert drift == []


def test_the_change_log_starts_with_every_record_already_there(backend, fresh_database):
    """Migration 0012 logs the farmers, records, applications and loans that exist, farmers first: a device
    pulling from the beginning gets all of its scope."""
    import datetime as dt
    import uuid

    import sqlalchemy as sa

    url = fresh_database(backend)
    upgrade(url, "0011")
    farmer_id, sale_id, now = uuid.uuid4(), uuid.uuid4(), dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    farmers = sa.table("farmers", *(sa.column(n) for n in ("farmer_id", "name", "language", "village_code")),
                       sa.column("id", sa.Uuid), sa.column("version", sa.Integer),
                       sa.column("created_at", sa.DateTime(timezone=True)),
                       sa.column("updated_at", sa.DateTime(timezone=True)))  # fmt: skip
    sales = sa.table("crop_sales", *(sa.column(n) for n in ("sale_date", "crop", "quantity_kg", "amount", "currency",
                     "channel", "verification_status", "provenance")), sa.column("id", sa.Uuid),
                     sa.column("farmer_id", sa.Uuid), sa.column("version", sa.Integer),
                     sa.column("created_at", sa.DateTime(timezone=True)),
                     sa.column("updated_at", sa.DateTime(timezone=True)))  # fmt: skip
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(farmers.insert().values(id=farmer_id, farmer_id="F1", name="王建国", language="zh",
                               village_code="340123104", version=2, created_at=now, updated_at=now))  # fmt: skip
            connection.execute(sales.insert().values(id=sale_id, farmer_id=farmer_id, sale_date=dt.date(2026, 10, 1),
                               crop="rice", quantity_kg=100, amount=1000, currency="CNY", channel="bank",
                               verification_status="unverified", provenance="agent", version=1, created_at=now,
                               updated_at=now))  # fmt: skip
    finally:
        engine.dispose()
    upgrade(url)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            logged = connection.execute(
                sa.text("SELECT seq, entity_type, version, deleted FROM sync_changes ORDER BY seq")
            ).all()
            clock = connection.execute(sa.text("SELECT last_seq FROM sync_clock")).scalar_one()
    finally:
        engine.dispose()
    assert [tuple(row) for row in logged] == [(1, "farmer", 2, False), (2, "crop_sale", 1, False)] and clock == 2
