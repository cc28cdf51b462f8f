"""Engines and sessions, with no web framework: the app (extensions.Database), the CLI, migrations and tests that call
use cases directly all open the database through these."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from .config import Settings


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects after commit (a use case's result is presented after its commit)."""
    return sessionmaker(bind=engine, expire_on_commit=False)


def open_session(engine: Engine, settings: Settings) -> Session:
    """A session outside any web request (jobs, tests): the use cases read `settings` from it."""
    return session_factory(engine)(info={"settings": settings})
