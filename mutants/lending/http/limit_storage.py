"""Rate-limit counters in a database: a `limits` storage for the fixed-window strategy.

The embedded default keeps rate limits in a database (DESIGN §3), so that every worker counts together without
Redis. Registered under the storage URI `database://`; the engine comes as a storage option:
`storage_from_string("database://", engine=engine)`.

Which database (rate_limits.storage): on PostgreSQL the app's own, so every host of that database counts together.
On SQLite a file of their own beside the app's (`agrilend.sqlite3` → `agrilend.rate-limits.sqlite3`): SQLite has
one writer per file, and a counter bumped on every request would otherwise queue behind, and hold up, the app's
writes. That file is shared by every worker of the host, as the app's SQLite file is: limits hold across workers,
and a SQLite database has only one host. Counters are not worth an fsync: a crash may forget the last counts.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from limits.storage import Storage
from sqlalchemy import Engine, bindparam, case, create_engine, delete, event, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.schema import CreateTable

from ..models.sessions import RateLimitCounter

SWEEP_EVERY = 1000  # increments between deletions of long-ended windows, so the table holds only live keys

_counters = RateLimitCounter.__table__


def _increment_statement(dialect: str):
    """Add :amount to :key's count in one atomic statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING); a
    window that has ended starts again at :amount and ends at :window_end. Built once: building it per call cost
    four times as much as running it."""
    insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(_counters)
    ended = _counters.c.expires_at <= bindparam("now")  # on the right of SET, the row as it was
    return (
        insert.values(key=bindparam("key"), expires_at=bindparam("window_end"), count=bindparam("amount"))
        .on_conflict_do_update(
            index_elements=[_counters.c.key],
            set_={
                "count": case((ended, bindparam("amount")), else_=_counters.c.count + bindparam("amount")),
                "expires_at": case((ended, bindparam("window_end")), else_=_counters.c.expires_at),
            },
        )
        .returning(_counters.c.count)
    )


def counters_path(database_url: str) -> Path | None:
    """The SQLite file the limiter counts in for this app database: beside it, or None when the app's database is
    not a SQLite file (PostgreSQL: its own database; in-memory SQLite: one process, counted in memory)."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    database = Path(url.database)
    return database.with_name(f"{database.stem}.rate-limits.sqlite3")


_CREATE_SQLITE_COUNTERS = str(CreateTable(_counters, if_not_exists=True).compile(dialect=sqlite.dialect()))


def sqlite_counters_engine(path: Path) -> Engine:
    """An engine on a SQLite file of counters only. Nothing is opened until the first count; each new connection
    makes the table if it is missing (whichever worker comes first), so the file needs no migration."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 10})

    @event.listens_for(engine, "connect")
    def _prepare(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=OFF")  # the OS writes it out; only a machine crash loses recent counts
        cursor.execute(_CREATE_SQLITE_COUNTERS)
        cursor.close()

    return engine


class DatabaseStorage(Storage):
    """Fixed-window counters in `rate_limit_counters`: one row per key, reset in place when its window ends."""

    STORAGE_SCHEME = ["database"]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, *, engine: Engine, **options):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        if engine.dialect.name not in ("sqlite", "postgresql"):
            raise ValueError(f"no rate-limit upsert for {engine.dialect.name}")
        self.engine = engine
        self._increment = _increment_statement(engine.dialect.name)
        self._increments = itertools.count(1)

    @property
    def base_exceptions(self) -> type[Exception]:
        return SQLAlchemyError

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        with self.engine.begin() as connection:
            count = connection.execute(
                self._increment, {"key": key, "now": now, "amount": amount, "window_end": now + expiry}
            ).scalar_one()
            if next(self._increments) % SWEEP_EVERY == 0:
                connection.execute(delete(_counters).where(_counters.c.expires_at < now - 3600))
        return count

    def get(self, key: str) -> int:
        with self.engine.connect() as connection:
            count = connection.scalar(
                select(_counters.c.count).where(_counters.c.key == key, _counters.c.expires_at > time.time())
            )
        return count or 0

    def get_expiry(self, key: str) -> float:
        with self.engine.connect() as connection:
            expires_at = connection.scalar(select(_counters.c.expires_at).where(_counters.c.key == key))
        return expires_at if expires_at is not None and expires_at > time.time() else time.time()

    def check(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
            return True
        except SQLAlchemyError:
            return False

    def reset(self) -> int:
        with self.engine.begin() as connection:
            return connection.execute(delete(_counters)).rowcount

    def clear(self, key: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(_counters).where(_counters.c.key == key))
