"""One unit of work per use case (STYLE.md rule 4): the outermost use case commits once at its end and rolls back on
any error; a use case called by another, or by a channel that opened the unit itself (REST's Idempotency-Key, a sync
batch's savepoint), joins it instead of committing. The unit's state lives on the session, so every channel — a web
request, a CLI command, a test without an app — gets the same behaviour from the same session it passes in.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from ..config import Settings

_OPEN = "lending.unit_of_work"


def settings_of(session: Session) -> Settings:
    """The settings the session was opened with (`database.open_session`, or the app per request)."""
    return session.info.get("settings") or Settings()


@contextmanager
def unit_of_work(session: Session) -> Iterator[Session]:
    """Open a unit of work on `session`, or join the one already open on it."""
    if session.info.get(_OPEN):
        yield session
        return
    session.info[_OPEN] = True
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.info[_OPEN] = False


def use_case(function):
    """Run a keyword-only use case (`session=` among its arguments) in a unit of work."""

    @functools.wraps(function)
    def run(*args, session: Session, **kwargs):
        with unit_of_work(session):
            return function(*args, session=session, **kwargs)

    return run
