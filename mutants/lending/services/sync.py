"""Offline sync's rules (issue #13; DESIGN.md §7): each pushed mutation applies exactly once, in the order sent; the
change log is pulled from a cursor; stale bases are merged and flagged or held for an officer; mutations that arrive
before the record they need wait in a backlog.

A push is one unit of work and each mutation runs in its own savepoint, so one bad mutation never blocks the others
and a push cut off midway (the server killed, the connection lost) keeps nothing of itself: resent, it applies whole.
What a mutation does is the channel's (`Applier`: the payload read by the REST schema of the same create, then the
same use case REST calls); what happened to it — applied, duplicate, conflict, rejected, retry, waiting — is kept
here, with the request's hash, so a replay gets the stored answer and another body under the same id is refused.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ..canonical import canonical_json, digest
from ..domain.actors import Actor, Role
from ..domain.sync import ConflictKind, ConflictStatus, MutationStatus, MutationType
from ..errors import Forbidden, Gone, LendingError, NotFound, ValidationFailed, integrity_conflict
from ..models import Agent, Farmer, SyncChange, SyncConflict, SyncDevice, SyncMutation
from ..models.base import utcnow
from . import audit
from ._held import existing, held, ids_in, prefetch
from ._scopes import farmer_scope
from .changes import MODELS
from .unit_of_work import settings_of, use_case

SKEW = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class Mutation:
    id: uuid.UUID
    seq: int
    type: str
    recorded_at: dt.datetime
    payload: dict
    entity_id: uuid.UUID | None = None
    base_version: int | None = None

    def request_hash(self) -> str:
        return digest(
            {
                "type": self.type,
                "entity_id": self.entity_id,
                "base_version": self.base_version,
                "recorded_at": self.recorded_at,
                "payload": self.payload,
            }
        )


@dataclass(frozen=True)
class Applied:
    entity_id: uuid.UUID
    entity: object | None = None  # the record written: its version is read once its savepoint has flushed it

    @property
    def version(self) -> int | None:
        return getattr(self.entity, "version", None)


class Waiting(Exception):
    """The mutation needs a record the server does not have yet (its create is still on its way): it waits."""

    def __init__(self, entity_id: uuid.UUID):
        super().__init__(str(entity_id))
        self.entity_id = entity_id


class Stale(Exception):
    """The mutation's base_version is behind the record: `fields` it changes, and whether any bears money (then
    nothing is applied and an officer decides) or all are descriptive (merged over the newer record, flagged)."""

    def __init__(self, *, entity_type: str, entity_id: uuid.UUID, farmer_id: uuid.UUID, fields: list[str],
                 server_version: int, money: bool, merged: Applied | None = None):  # fmt: skip
        super().__init__(entity_type)
        self.entity_type, self.entity_id, self.farmer_id = entity_type, entity_id, farmer_id
        self.fields, self.server_version, self.money, self.merged = fields, server_version, money, merged


Applier = Callable[[Session, Actor, Mutation], Applied]


@dataclass
class Result:
    id: uuid.UUID
    status: str
    entity_id: uuid.UUID | None = None
    version: int | None = None
    code: str | None = None
    message: str | None = None
    conflict_id: uuid.UUID | None = None


@dataclass
class Pushed:
    results: list[Result]
    server_time: dt.datetime
    clock_offset_seconds: float | None
    released: list[Result] = field(default_factory=list)  # waiting mutations the push let apply


def _device(session: Session, actor: Actor, device_id: str, *, sent_at: dt.datetime | None, now: dt.datetime):
    device = session.get(SyncDevice, device_id, with_for_update=True)
    if device is None:
        device = SyncDevice(device_id=device_id, agent_id=actor.id, first_seen_at=now, skew_flagged=False)
        session.add(device)
        session.flush()
    elif device.agent_id != actor.id:
        raise Forbidden(
            "This device is another agent's.", code="device_not_yours", errors={"device_id": ["Another agent's."]}
        )
    device.last_push_at = now
    if sent_at is not None:  # the device's clock when it sent the push, against ours on receipt
        device.clock_offset_seconds = round((sent_at - now).total_seconds(), 3)
        if abs(sent_at - now) > SKEW:
            device.skew_flagged = True
    return device


def _stored(row: SyncMutation) -> Result:
    return Result(
        id=row.id,
        status=MutationStatus.DUPLICATE,
        entity_id=row.entity_id,
        version=row.version,
        code=row.code if row.status != MutationStatus.APPLIED else None,
        message=f"already {row.status}" + (f": {row.message}" if row.message else ""),
    )


@dataclass
class _Known:
    """What a push knows of mutations already stored, read once for the whole batch and kept up to date as it goes:
    rows by id, this device's ids by sequence number, and the records some waiting mutation needs."""

    by_id: dict[uuid.UUID, SyncMutation]
    by_seq: dict[int, uuid.UUID]
    waited: set[uuid.UUID]
    new: list[SyncMutation] = field(default_factory=list)  # this push's rows, written in one statement at its end

    @classmethod
    def read(cls, session: Session, device: SyncDevice, mutations: list[Mutation]) -> _Known:
        ids, seqs = [m.id for m in mutations], [m.seq for m in mutations]
        by_id = {row.id: row for row in session.scalars(select(SyncMutation).where(SyncMutation.id.in_(ids)))}
        by_seq = dict(
            session.execute(
                select(SyncMutation.seq, SyncMutation.id).where(
                    SyncMutation.device_id == device.device_id, SyncMutation.seq.in_(seqs)
                )
            ).all()
        )
        waited = set(
            session.scalars(
                select(SyncMutation.waits_for).where(SyncMutation.status == MutationStatus.WAITING).distinct()
            )
        )
        return cls(by_id=by_id, by_seq=by_seq, waited=waited)

    def keep(self, row: SyncMutation) -> None:
        self.new.append(row)
        self.by_id[row.id], self.by_seq[row.seq] = row, row.id
        if row.status == MutationStatus.WAITING:
            self.waited.add(row.waits_for)

    def write(self, session: Session) -> None:
        """This push's rows, in their final state (a row that waited may have been released since), in one INSERT."""
        if self.new:
            columns = [column.key for column in SyncMutation.__table__.columns]
            session.execute(insert(SyncMutation), [{key: getattr(row, key) for key in columns} for row in self.new])
            self.new = []


@use_case
def push(
    *,
    session: Session,
    actor: Actor,
    device_id: str,
    mutations: list[Mutation],
    apply: Applier,
    sent_at: dt.datetime | None = None,
) -> Pushed:
    """Apply `mutations` in the order sent, each once. The answer has one result per mutation, in that order."""
    now = utcnow()
    device = _device(session, actor, device_id, sent_at=sent_at, now=now)
    known = _Known.read(session, device, mutations)
    results: list[Result] = []
    released: list[Result] = []
    with held(session):  # a farmer, village or agent read for one mutation is not read again for the next
        prefetch(session, _named(mutations), [m.payload.get("village_code") for m in mutations])
        released += _release_ready(session, actor, apply, known)
        at = 0
        while at < len(mutations):
            group = _group(mutations, at, known)
            at += len(group)
            together = _together(session, actor, device, group, apply, now, known) if len(group) > 1 else None
            if together is not None:
                results += together
                continue
            for mutation in group:  # one by one, each in its own savepoint
                result = _one(session, actor, device, mutation, apply, now, known)
                results.append(result)
                if result.status == MutationStatus.APPLIED and result.entity_id in known.waited:
                    released += _release(session, actor, result.entity_id, apply, known)
    known.write(session)
    _expire_backlog(session, now)
    return Pushed(results=results, server_time=now, clock_offset_seconds=device.clock_offset_seconds, released=released)


REFERENCES = {"farmer_id": "farmer", "loan_id": "loan"}  # payload fields naming a record, and its kind


def _named(mutations: list[Mutation]) -> dict[str, list]:
    """The records `mutations` name, by kind: each one's own (a `crop_sale.create` names a crop sale, a
    `record.verify` the record of its payload's kind) and those its payload refers to."""
    named: dict[str, list] = {kind: [] for kind in MODELS}
    for mutation in mutations:
        own = mutation.payload.get("kind") if mutation.type == MutationType.RECORD_VERIFY else mutation.type
        kind = str(own).partition(".")[0]
        if kind in named:
            named[kind] += [mutation.entity_id, mutation.payload.get("id")]
        for field_name, refers_to in REFERENCES.items():
            named[refers_to].append(mutation.payload.get(field_name))
    return {kind: values for kind, values in named.items() if any(values)}


# Creates of farmers and their records — the bulk of a backlog — are tried GROUP at a time in one savepoint, their
# rows flushed together; if any of them does not simply apply (refused, waiting, a database error), the savepoint is
# rolled back and each is run again in its own, exactly as if never grouped. The outcome is the same either way.
GROUPED = frozenset(
    {
        MutationType.FARMER_CREATE,
        MutationType.LAND_TRANSFER_CREATE,
        MutationType.CROP_SALE_CREATE,
        MutationType.EQUIPMENT_PURCHASE_CREATE,
    }
)
GROUP = 50


def _group(mutations: list[Mutation], at: int, known: _Known) -> list[Mutation]:
    """From `at`, the mutations that may run together (new, of a grouped type, no id or sequence number twice, none
    that a waiting mutation needs: its release runs right after it); at least one."""
    group: list[Mutation] = []
    ids, seqs = set(), set()
    for mutation in mutations[at : at + GROUP]:
        fresh = (
            mutation.type in GROUPED
            and mutation.id not in known.by_id
            and mutation.seq not in known.by_seq
            and mutation.id not in ids
            and mutation.seq not in seqs
            and not known.waited & ids_in((mutation.entity_id, mutation.payload.get("id")))
        )
        if not fresh:
            break
        group.append(mutation)
        ids.add(mutation.id)
        seqs.add(mutation.seq)
    return group or mutations[at : at + 1]


def _together(
    session: Session, actor: Actor, device: SyncDevice, group: list[Mutation], apply: Applier, now, known: _Known
) -> list[Result] | None:
    """Apply `group` in one savepoint: its results, or None (nothing kept) when any did not simply apply."""
    savepoint = session.begin_nested()
    try:
        with session.no_autoflush:  # the group's rows are written together when the savepoint commits
            applied = [apply(session, actor, mutation) for mutation in group]
        savepoint.commit()
    except (Waiting, Stale, LendingError, IntegrityError, OperationalError):
        savepoint.rollback()
        return None
    results = []
    for mutation, done in zip(group, applied, strict=True):
        result = Result(id=mutation.id, status=MutationStatus.APPLIED, entity_id=done.entity_id, version=done.version)
        row = _row(actor, device, mutation, now)
        _settle(row, result, now)
        known.keep(row)
        results.append(result)
    return results


def _row(actor: Actor, device: SyncDevice, mutation: Mutation, now: dt.datetime) -> SyncMutation:
    return SyncMutation(
        id=mutation.id,
        device_id=device.device_id,
        seq=mutation.seq,
        agent_id=actor.id,
        type=mutation.type,
        entity_id=mutation.entity_id,
        base_version=mutation.base_version,
        recorded_at=mutation.recorded_at,
        received_at=now,
        request_hash=mutation.request_hash(),
        status=MutationStatus.RETRY,
    )


def _one(
    session: Session, actor: Actor, device: SyncDevice, mutation: Mutation, apply: Applier, now, known: _Known
) -> Result:
    earlier = known.by_id.get(mutation.id)
    if earlier is not None:
        if earlier.request_hash != mutation.request_hash() or earlier.device_id != device.device_id:
            return Result(
                id=mutation.id,
                status=MutationStatus.REJECTED,
                entity_id=mutation.entity_id,
                code="idempotency_mismatch",
                message="This mutation id was pushed before with another body.",
            )
        return _stored(earlier)
    if mutation.seq in known.by_seq:
        return Result(
            id=mutation.id,
            status=MutationStatus.REJECTED,
            entity_id=mutation.entity_id,
            code="seq_reused",
            message=f"Sequence number {mutation.seq} of this device is another mutation's.",
        )
    row = _row(actor, device, mutation, now)
    result = _attempt(session, actor, mutation, apply, row)
    if result.status == MutationStatus.RETRY:
        return result  # not kept: the device sends it again
    _settle(row, result, now)
    known.keep(row)
    return result


def _settle(row: SyncMutation, result: Result, now: dt.datetime) -> None:
    """Keep what became of a mutation: the answer a replay of its id gets."""
    row.status, row.code, row.message = result.status, result.code, result.message
    row.entity_id, row.version = result.entity_id or row.entity_id, result.version
    row.applied_at = now if result.status == MutationStatus.APPLIED else None


def _attempt(session: Session, actor: Actor, mutation: Mutation, apply: Applier, row: SyncMutation) -> Result:
    """Run the mutation in a savepoint: its effect is kept only if it applied (or merged)."""
    if mutation.type not in set(MutationType):
        return Result(
            id=mutation.id,
            status=MutationStatus.REJECTED,
            entity_id=mutation.entity_id,
            code="unknown_type",
            message=f"No mutation type {mutation.type!r}; the types are {', '.join(MutationType)}.",
        )
    savepoint = session.begin_nested()
    try:
        applied = apply(session, actor, mutation)
        savepoint.commit()
    except Waiting as waiting:
        savepoint.rollback()
        row.waits_for, row.payload = waiting.entity_id, canonical_json(mutation.payload)
        return Result(
            id=mutation.id,
            status=MutationStatus.WAITING,
            entity_id=mutation.entity_id,
            code="waiting_for_record",
            message=f"Waits for {waiting.entity_id}, whose create has not arrived; it applies when it does.",
        )
    except Stale as stale:
        if stale.money or stale.merged is None:
            savepoint.rollback()
        else:
            savepoint.commit()
        conflict = _conflict(session, actor, row, mutation, stale)
        if stale.money or stale.merged is None:
            return Result(
                id=mutation.id,
                status=MutationStatus.CONFLICT,
                entity_id=stale.entity_id,
                version=stale.server_version,
                code="stale_base_version",
                message=f"The record is at version {stale.server_version}, not {mutation.base_version}; "
                f"{', '.join(stale.fields)} changed meanwhile: an officer decides.",
                conflict_id=conflict.id,
            )
        return Result(
            id=mutation.id,
            status=MutationStatus.APPLIED,
            entity_id=stale.merged.entity_id,
            version=stale.merged.version,
            code="merged",
            message=f"Applied over version {stale.server_version} (based on {mutation.base_version}); flagged.",
            conflict_id=conflict.id,
        )
    except LendingError as error:
        savepoint.rollback()
        return _refused(mutation, error)
    except IntegrityError as error:
        savepoint.rollback()
        return _refused(mutation, integrity_conflict(error))
    except OperationalError as error:  # a lock timeout, a dropped connection: nothing was applied, try again
        savepoint.rollback()
        return Result(
            id=mutation.id,
            status=MutationStatus.RETRY,
            entity_id=mutation.entity_id,
            code="transient",
            message=str(error.orig)[:200],
        )
    return Result(id=mutation.id, status=MutationStatus.APPLIED, entity_id=applied.entity_id, version=applied.version)


def _refused(mutation: Mutation, error: LendingError) -> Result:
    detail = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in (error.errors or {}).items())
    return Result(
        id=mutation.id,
        status=MutationStatus.RETRY if error.status in (429, 503) else MutationStatus.REJECTED,
        entity_id=mutation.entity_id,
        code=error.code,
        message=f"{error.message}" + (f" ({detail})" if detail else ""),
    )


def _conflict(session: Session, actor: Actor, row: SyncMutation, mutation: Mutation, stale: Stale) -> SyncConflict:
    conflict = SyncConflict(
        mutation_id=mutation.id,
        device_id=row.device_id,
        agent_id=actor.id,
        entity_type=stale.entity_type,
        entity_id=stale.entity_id,
        farmer_id=stale.farmer_id,
        kind=ConflictKind.CONFLICT if stale.money or stale.merged is None else ConflictKind.MERGED,
        fields=stale.fields,
        base_version=mutation.base_version or 0,
        server_version=stale.server_version,
        theirs=canonical_json(mutation.payload),
        status=ConflictStatus.OPEN,
    )
    session.add(conflict)
    session.flush()
    return conflict


# --- the backlog ----------------------------------------------------------------------------------------------------


def _release(session: Session, actor: Actor, entity_id: uuid.UUID, apply: Applier, known: _Known) -> list[Result]:
    """The mutations that waited for `entity_id`, applied now in their device's order (a chain may release more)."""
    results = []
    stored = session.scalars(
        select(SyncMutation).where(SyncMutation.status == MutationStatus.WAITING, SyncMutation.waits_for == entity_id)
    ).all()
    this_push = [row for row in known.new if row.status == MutationStatus.WAITING and row.waits_for == entity_id]
    for row in sorted([*stored, *this_push], key=lambda row: (row.device_id, row.seq)):
        mutation = Mutation(
            id=row.id,
            seq=row.seq,
            type=row.type,
            recorded_at=row.recorded_at,
            payload=json.loads(row.payload),
            entity_id=row.entity_id,
            base_version=row.base_version,
        )
        owner = actor if row.agent_id == actor.id else _agent(session, row.agent_id)
        if owner is None:  # the agent who pushed it is gone: it waits for an officer (and expires)
            continue
        result = _attempt(session, owner, mutation, apply, row)
        if result.status in (MutationStatus.WAITING, MutationStatus.RETRY):
            continue
        row.payload, row.waits_for = None, None
        _settle(row, result, utcnow())
        results.append(result)
        if result.status == MutationStatus.APPLIED and result.entity_id in known.waited:
            results += _release(session, owner, result.entity_id, apply, known)
    return results


def _release_ready(session: Session, actor: Actor, apply: Applier, known: _Known) -> list[Result]:
    """Mutations left waiting for a record that exists now: two pushes at once, one waiting for a record the other
    created, each unable to see what the other had not committed yet. The next push releases them."""
    ready = existing(session, known.waited)
    return [result for entity_id in sorted(ready) for result in _release(session, actor, entity_id, apply, known)]


def _agent(session: Session, agent_id: uuid.UUID) -> Actor | None:
    """The agent who pushed a waiting mutation, as they act now (their villages today), if still active."""
    agent = session.get(Agent, agent_id)
    if agent is None or not agent.active:
        return None
    return Actor(id=agent.id, role=Role(agent.role), villages=frozenset(agent.village_codes))


def _expire_backlog(session: Session, now: dt.datetime) -> int:
    """Mutations waiting longer than SYNC_BACKLOG_DAYS are rejected (`dependency_missing`), their payload dropped,
    and shown to officers (`rejected`)."""
    horizon = now - dt.timedelta(days=settings_of(session).sync_backlog_days)
    expired = session.scalars(
        select(SyncMutation).where(SyncMutation.status == MutationStatus.WAITING, SyncMutation.received_at < horizon)
    ).all()
    for row in expired:
        row.status, row.code, row.payload = MutationStatus.REJECTED, "dependency_missing", None
        row.message = f"{row.waits_for} never arrived within {settings_of(session).sync_backlog_days} days."
    return len(expired)


# --- the change log: pull ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    seq: int
    type: str
    entity_id: uuid.UUID
    version: int
    deleted: bool
    entity: object | None  # the row now (None when deleted)


@dataclass(frozen=True)
class Pulled:
    changes: list[Change]
    cursor: str
    has_more: bool
    checksum: str | None  # of the whole scope, once the device is up to date (has_more false)


def _cursor(secret: str, seq: int) -> str:
    body = base64.urlsafe_b64encode(json.dumps({"s": seq, "t": int(utcnow().timestamp())}).encode()).decode()
    mac = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()[:32]
    return f"{body}.{mac}"


def _read_cursor(secret: str, cursor: str, max_age_days: int) -> int:
    body, _, mac = cursor.partition(".")
    expected = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()[:32]
    try:
        if not hmac.compare_digest(mac, expected):
            raise ValueError
        values = json.loads(base64.urlsafe_b64decode(body.encode()))
        seq, issued = int(values["s"]), int(values["t"])
    except (ValueError, KeyError, TypeError, json.JSONDecodeError, UnicodeDecodeError):
        raise Gone(
            "This cursor was not issued here: pull again from the beginning (an empty cursor).",
            code="cursor_unknown",
            errors={"cursor": ["Unknown cursor."]},
        ) from None
    if utcnow().timestamp() - issued > max_age_days * 86400:
        raise Gone(
            f"This cursor is older than {max_age_days} days: pull again from the beginning (an empty cursor).",
            code="cursor_expired",
            errors={"cursor": ["Expired."]},
        )
    return seq


def _scoped(actor: Actor):
    return select(Farmer.id).where(farmer_scope(actor))


def pull(*, session: Session, actor: Actor, cursor: str | None, limit: int) -> Pulled:
    """The changes to the actor's farmers (and their records, applications and loans) after `cursor`, in sequence
    order; the cursor to send next time. An empty cursor starts from the beginning."""
    settings = settings_of(session)
    after = _read_cursor(settings.secret_key, cursor, settings.sync_cursor_days) if cursor else 0
    rows = session.scalars(
        select(SyncChange)
        .where(SyncChange.seq > after, SyncChange.farmer_id.in_(_scoped(actor)))
        .order_by(SyncChange.seq)
        .limit(limit + 1)
    ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    entities = _entities(session, [row for row in rows if not row.deleted])
    changes = []
    for row in rows:
        entity = entities.get((row.entity_type, row.entity_id))
        changes.append(Change(row.seq, row.entity_type, row.entity_id, row.version, entity is None, entity))
    last = rows[-1].seq if rows else after
    return Pulled(
        changes=changes,
        cursor=_cursor(settings.secret_key, last),
        has_more=has_more,
        checksum=None if has_more else checksum(session=session, actor=actor, up_to=last),
    )


def _entities(session: Session, rows: list[SyncChange]) -> dict[tuple[str, uuid.UUID], object]:
    """The records a page of changes names, as they are now: one query per table (a page holds at most 1,000)."""
    ids: dict[str, set[uuid.UUID]] = {}
    for row in rows:
        ids.setdefault(row.entity_type, set()).add(row.entity_id)
    return {
        (kind, entity.id): entity
        for kind, wanted in ids.items()
        for entity in session.scalars(select(MODELS[kind]).where(MODELS[kind].id.in_(wanted)))
    }


def checksum(*, session: Session, actor: Actor, up_to: int | None = None) -> str:
    """SHA-256 of `type:id:version` of every live record in the actor's scope as the change log has it up to `up_to`
    (the cursor a pull returns), sorted, one per line — what a device that applied every change up to there holds.
    Read from the log, not the tables, so a write committed after the page was read cannot make it disagree."""
    stmt = select(SyncChange.entity_type, SyncChange.entity_id, SyncChange.version, SyncChange.deleted).where(
        SyncChange.farmer_id.in_(_scoped(actor))
    )
    if up_to is not None:
        stmt = stmt.where(SyncChange.seq <= up_to)
    latest: dict[tuple[str, uuid.UUID], tuple[int, bool]] = {}
    for kind, entity_id, version, deleted in session.execute(stmt.order_by(SyncChange.seq)):
        latest[(kind, entity_id)] = (version, deleted)
    lines = [f"{kind}:{entity_id}:{version}" for (kind, entity_id), (version, deleted) in latest.items() if not deleted]
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()


# --- conflicts and the backlog, for officers ------------------------------------------------------------------------


def conflicts(*, session: Session, status: str | None) -> list[SyncConflict]:
    stmt = select(SyncConflict).order_by(SyncConflict.created_at, SyncConflict.id)
    if status:
        stmt = stmt.where(SyncConflict.status == status)
    return list(session.scalars(stmt.limit(500)))


@use_case
def resolve(*, session: Session, actor: Actor, conflict_id: uuid.UUID, resolution: str, note: str,
            apply_theirs: Callable[[Session, Actor, SyncConflict], None] | None = None) -> SyncConflict:  # fmt: skip
    """An officer closes a conflict: `keep_server` (the record stays as it is) or `apply_device` (the device's values
    are applied to the record as it is now, by `apply_theirs`)."""
    conflict = session.get(SyncConflict, conflict_id, with_for_update=True)
    if conflict is None:
        raise NotFound("No such conflict.")
    if conflict.status != ConflictStatus.OPEN:
        raise ValidationFailed("This conflict is resolved.", code="conflict_resolved", errors={"id": ["Resolved."]})
    if resolution == "apply_device":
        if apply_theirs is None:
            raise ValidationFailed(errors={"resolution": ["The device's values cannot be applied to this record."]})
        apply_theirs(session, actor, conflict)
    conflict.status, conflict.resolution, conflict.note = ConflictStatus.RESOLVED, resolution, note
    conflict.resolved_by, conflict.resolved_at = actor.id, utcnow()
    audit.record(
        session,
        actor=actor,
        action="sync.conflict_resolve",
        entity_type=conflict.entity_type,
        entity_id=conflict.entity_id,
        detail={"conflict_id": str(conflict.id), "resolution": resolution},
    )
    return conflict


def backlog(*, session: Session, status: str) -> list[SyncMutation]:
    """Mutations waiting for their record (`waiting`), or given up on (`rejected` with dependency_missing)."""
    stmt = select(SyncMutation).where(SyncMutation.status == status)
    if status == MutationStatus.REJECTED:
        stmt = stmt.where(SyncMutation.code == "dependency_missing")
    return list(session.scalars(stmt.order_by(SyncMutation.received_at).limit(500)))


def devices(*, session: Session) -> list[tuple[SyncDevice, int, int]]:
    """Each device with how many of its mutations wait and how many conflicts it raised that are open."""
    waiting = dict(
        session.execute(
            select(SyncMutation.device_id, func.count())
            .where(SyncMutation.status == MutationStatus.WAITING)
            .group_by(SyncMutation.device_id)
        ).all()
    )
    open_ = dict(
        session.execute(
            select(SyncConflict.device_id, func.count())
            .where(SyncConflict.status == ConflictStatus.OPEN)
            .group_by(SyncConflict.device_id)
        ).all()
    )
    return [
        (device, waiting.get(device.device_id, 0), open_.get(device.device_id, 0))
        for device in session.scalars(select(SyncDevice).order_by(SyncDevice.device_id))
    ]
