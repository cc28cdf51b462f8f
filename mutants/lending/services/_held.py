"""Reading once for a whole batch (a sync push of up to 500 mutations): the records its mutations name are read in one
query per table and kept in the session's identity map while the batch runs; so are the villages of its farmers and
whatever else it loads. SQLAlchemy holds the identity map weakly, so without this a farmer read for one mutation and
dropped is read from the database again for the next, and each create asks the database whether its client id is
taken. Ids the batch named and no table had are remembered as absent, once each: `_client_ids.created_before` takes
that answer instead of asking again (after a first use of the id it asks, as a second create under the same id must).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from ..models import Village
from .changes import MODELS

CHUNK = 500  # ids in one IN (...)
_ABSENT = "lending.absent"
_EVENTS = ("pending_to_persistent", "loaded_as_persistent", "detached_to_persistent", "deleted_to_persistent")


@contextmanager
def held(session: Session) -> Iterator[None]:
    """Every object the session loads or writes while the block runs stays in its identity map until it ends."""
    kept: list[object] = []

    def keep(_session, instance) -> None:
        kept.append(instance)

    for name in _EVENTS:
        event.listen(session, name, keep)
    try:
        yield
    finally:
        for name in _EVENTS:
            event.remove(session, name, keep)
        session.info.pop(_ABSENT, None)
        kept.clear()


def ids_in(values: Iterable[object]) -> set[uuid.UUID]:
    """The UUIDs among `values` (UUIDs or their text; anything else is skipped)."""
    ids = set()
    for value in values:
        if isinstance(value, uuid.UUID):
            ids.add(value)
        elif isinstance(value, str):
            try:
                ids.add(uuid.UUID(value))
            except ValueError:
                continue
    return ids


def _chunks(values: Iterable, size: int = CHUNK) -> Iterator[list]:
    values = sorted(values, key=str)
    for start in range(0, len(values), size):
        yield values[start : start + size]


def prefetch(session: Session, named: dict[str, Iterable[object]], village_codes: Iterable[object] = ()) -> None:
    """Read the records `named` names, by the change log's name of their table (farmer, crop_sale, ...: UUIDs or their
    text; anything else is skipped), and the villages of the farmers among them and of `village_codes`. Inside
    `held`, they stay; the ids no table had are remembered as absent."""
    absent: set[tuple[type, uuid.UUID]] = session.info.setdefault(_ABSENT, set())
    codes = {code for code in village_codes if isinstance(code, str)}
    for kind, values in named.items():
        model, ids, found = MODELS[kind], ids_in(values), set()
        for chunk in _chunks(ids):
            for entity in session.scalars(select(model).where(model.id.in_(chunk))):
                found.add(entity.id)
                codes.add(getattr(entity, "village_code", None))
        absent.update((model, entity_id) for entity_id in ids - found)
    codes.discard(None)
    for chunk in _chunks(codes):
        session.scalars(select(Village).where(Village.code.in_(chunk))).all()


def known_absent(session: Session, model: type, entity_id: uuid.UUID) -> bool:
    """Whether the batch's read found no `model` with this id (answered once per id: True the first time only)."""
    absent = session.info.get(_ABSENT)
    if absent is None or (model, entity_id) not in absent:
        return False
    absent.discard((model, entity_id))
    return True


def existing(session: Session, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Which of `ids` are records of a table the change log tracks."""
    ids, found = set(ids), set()
    for model in MODELS.values():
        for chunk in _chunks(ids - found):
            found.update(session.scalars(select(model.id).where(model.id.in_(chunk))))
    return found
