"""Delivering the SMS outbox: any number of workers (`flask outbox run`) on any number of hosts send each message once.

A pass (`deliver`):
1. Reconcile: a message left `sending` longer than STALE_AFTER (a worker died between handing it to the provider and
   recording the answer, or the answer was lost) is looked up at the provider — found: `sent` with the provider's
   id; not found: `pending` again. It is never sent again blindly.
2. Claim: due `pending` messages, oldest first (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so two workers never take
   one), become `sending` with `claimed_at` and one more attempt — committed before the provider is called, so a
   crash mid-send leaves a row that says so.
3. Send each and record its outcome in a commit of its own: accepted → `sent`; a transient failure → `pending` again
   after a backoff (SMS_RETRY_SECONDS doubled each try, with jitter, at most an hour); refused, or
   SMS_MAX_ATTEMPTS tries spent → `failed`, with `last_error`; no answer → left `sending` for step 1.

Time comes in as `now` (tests drive it); the jitter as `jitter`, a number in [0, 1).
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from ..channels import sms
from ..domain.statuses import OutboxStatus
from ..models import OutboxMessage
from ..models.base import utcnow
from .unit_of_work import settings_of

log = logging.getLogger(__name__)

STALE_AFTER = dt.timedelta(minutes=5)
MAX_BACKOFF = dt.timedelta(hours=1)
JITTER_SHARE = 0.2  # a retry comes up to 20% earlier or later than the doubling says, so retries do not bunch
BATCH = 100


def retry_delay(attempts: int, *, first_seconds: int, jitter: float) -> dt.timedelta:
    """The wait after the `attempts`-th failed try: first_seconds · 2^(attempts-1), scaled by 1 ± JITTER_SHARE
    (`jitter` 0 → -20%, 0.5 → exact, 1 → +20%), at most MAX_BACKOFF."""
    doubled = first_seconds * 2 ** min(attempts - 1, 30)
    scaled = doubled * (1 - JITTER_SHARE + 2 * JITTER_SHARE * jitter)
    return min(dt.timedelta(seconds=scaled), MAX_BACKOFF)


@dataclass
class Pass:
    """What one pass did, counted by outcome."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0
    unanswered: int = 0  # left `sending`: looked up on a later pass
    reconciled: int = 0  # found at the provider after a crash or a lost answer
    requeued: int = 0  # not found at the provider: pending again

    def __str__(self) -> str:
        details = [
            f"{count} {label}"
            for count, label in (
                (self.retrying, "to retry"),
                (self.failed, "failed"),
                (self.unanswered, "unanswered"),
                (self.reconciled, "found at the provider"),
                (self.requeued, "requeued"),
            )
            if count
        ]
        return ", ".join([f"sent {self.sent}", *details])


def _locked(session: Session, stmt):
    if session.get_bind().dialect.name == "postgresql":
        return stmt.with_for_update(skip_locked=True)
    return stmt


def _accepted(message: OutboxMessage, accepted: sms.Accepted, transport: sms.Transport, now: dt.datetime) -> None:
    message.status, message.sent_at = OutboxStatus.SENT.value, now
    message.provider = getattr(transport, "name", None)
    message.provider_id = accepted.provider_id
    message.last_error, message.next_attempt_at = None, None
    if accepted.delivery_status:
        message.delivery_status, message.delivery_updated_at = accepted.delivery_status, now
    if accepted.segments:
        message.segments = accepted.segments


def _unrecorded(session: Session, candidates: list[sms.Accepted]) -> sms.Accepted | None:
    """The oldest candidate whose provider id no message of ours has yet (two identical SMS to one phone are two)."""
    ids = [candidate.provider_id for candidate in candidates]
    recorded = set(session.scalars(select(OutboxMessage.provider_id).where(OutboxMessage.provider_id.in_(ids))))
    return next((candidate for candidate in candidates if candidate.provider_id not in recorded), None)


def _reconcile(session: Session, transport: sms.Transport, now: dt.datetime, done: Pass) -> None:
    stale = _locked(
        session,
        select(OutboxMessage)
        .where(OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.claimed_at < now - STALE_AFTER)
        .order_by(OutboxMessage.claimed_at)
        .limit(BATCH),
    )
    messages = list(session.scalars(stale))
    if not messages:
        session.commit()
        return
    find = getattr(transport, "find", None)
    for message in messages:
        try:
            candidates = find(message) if find else []
        except sms.Transient as error:
            message.last_error = f"lookup: {error}"[:500]
            continue
        found = _unrecorded(session, candidates)
        if found is not None:
            _accepted(message, found, transport, now)
            session.flush()  # its id is recorded before the next message is matched
            done.reconciled += 1
        else:
            message.status, message.claimed_at = OutboxStatus.PENDING.value, None
            done.requeued += 1
    session.commit()


def _claim(session: Session, now: dt.datetime, limit: int) -> list[OutboxMessage]:
    """Take up to `limit` due messages, oldest first. The UPDATE re-checks `pending`, so even where rows cannot be
    locked (SQLite) a message another worker took in between is not taken twice."""
    due = _locked(
        session,
        select(OutboxMessage.id)
        .where(
            OutboxMessage.status == OutboxStatus.PENDING,
            or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now),
        )
        .order_by(OutboxMessage.created_at, OutboxMessage.id)
        .limit(limit),
    )
    ids = list(session.scalars(due))
    if not ids:
        session.commit()
        return []
    claimed = session.scalars(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_(ids), OutboxMessage.status == OutboxStatus.PENDING)
        .values(status=OutboxStatus.SENDING.value, claimed_at=now, attempts=OutboxMessage.attempts + 1)
        .returning(OutboxMessage.id)
        .execution_options(synchronize_session=False)
    ).all()
    session.commit()
    return list(
        session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.id.in_(claimed))
            .order_by(OutboxMessage.created_at, OutboxMessage.id)
            .execution_options(populate_existing=True)
        )
    )


def _retry(message: OutboxMessage, error: str, *, now, jitter, max_attempts, first_seconds) -> str:
    message.last_error = error[:500]
    if message.attempts >= max_attempts:
        message.status = OutboxStatus.FAILED.value
        return "failed"
    message.status, message.claimed_at = OutboxStatus.PENDING.value, None
    message.next_attempt_at = now + retry_delay(message.attempts, first_seconds=first_seconds, jitter=jitter())
    return "retrying"


def _send(message: OutboxMessage, transport: sms.Transport, *, now, jitter, max_attempts, first_seconds) -> str:
    """Send one claimed message and record the outcome; returns the name of the Pass counter it adds to."""
    try:
        accepted = transport.send(message)
    except sms.Refused as error:
        message.status, message.last_error = OutboxStatus.FAILED.value, str(error)[:500]
        return "failed"
    except sms.NoAnswer as error:
        message.last_error = str(error)[:500]
        return "unanswered"
    except sms.Transient as error:
        return _retry(
            message, str(error), now=now, jitter=jitter, max_attempts=max_attempts, first_seconds=first_seconds
        )
    except Exception as error:  # a fault of ours after the call may follow an accept: look it up, never resend blindly
        log.exception("sending SMS %s", message.id)
        message.last_error = f"{type(error).__name__}: {error}"[:500]
        return "unanswered"
    if isinstance(accepted, str):
        accepted = sms.Accepted(provider_id=accepted)
    _accepted(message, accepted, transport, now)
    return "sent"


def deliver(
    *,
    session: Session,
    transport: sms.Transport,
    now: dt.datetime | None = None,
    limit: int = BATCH,
    jitter: Callable[[], float] = random.random,
) -> Pass:
    """One pass over the outbox: reconcile stale claims, claim what is due (at most `limit`), send it."""
    settings = settings_of(session)
    now = now or utcnow()
    done = Pass()
    _reconcile(session, transport, now, done)
    for message in _claim(session, now, limit):
        outcome = _send(
            message,
            transport,
            now=now,
            jitter=jitter,
            max_attempts=settings.sms_max_attempts,
            first_seconds=settings.sms_retry_seconds,
        )
        setattr(done, outcome, getattr(done, outcome) + 1)
        session.commit()
    return done


@dataclass(frozen=True)
class Failed:
    id: str
    purpose: str
    attempts: int
    last_error: str | None
    created_at: dt.datetime


@dataclass(frozen=True)
class Status:
    """The outbox at a glance (`flask outbox status`)."""

    by_status: dict[str, int]
    by_delivery_status: dict[str, int]
    oldest_pending: dt.datetime | None
    stale_sending: int
    failed: list[Failed] = field(default_factory=list)


def status(*, session: Session, now: dt.datetime | None = None, failed_limit: int = 20) -> Status:
    """Counts per status and per delivery status, the oldest pending message, claims older than STALE_AFTER, and the
    most recent failed messages with their last error."""
    now = now or utcnow()
    count = func.count(OutboxMessage.id)
    by_status = dict(session.execute(select(OutboxMessage.status, count).group_by(OutboxMessage.status)).all())
    by_delivery = dict(
        session.execute(
            select(OutboxMessage.delivery_status, count)
            .where(OutboxMessage.delivery_status.is_not(None))
            .group_by(OutboxMessage.delivery_status)
        ).all()
    )
    oldest = session.scalar(
        select(func.min(OutboxMessage.created_at)).where(OutboxMessage.status == OutboxStatus.PENDING)
    )
    stale = session.scalar(
        select(count).where(OutboxMessage.status == OutboxStatus.SENDING, OutboxMessage.claimed_at < now - STALE_AFTER)
    )
    failed = session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.status == OutboxStatus.FAILED)
        .order_by(OutboxMessage.created_at.desc())
        .limit(failed_limit)
    ).all()
    session.rollback()  # read only: end the transaction rather than hold it open in a long-lived worker
    return Status(
        by_status={state.value: by_status.get(state.value, 0) for state in OutboxStatus},
        by_delivery_status=by_delivery,
        oldest_pending=oldest,
        stale_sending=stale,
        failed=[
            Failed(
                id=str(message.id),
                purpose=message.purpose,
                attempts=message.attempts,
                last_error=message.last_error,
                created_at=message.created_at,
            )
            for message in failed
        ],
    )
