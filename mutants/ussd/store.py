"""Where USSD conversations are kept between hops: the database by default, Redis when REDIS_URL is set (DESIGN.md §3).
Every worker of every host reads the same state, so two hops of one session may land on different gunicorn workers.

A conversation is kept for `KEEP` after its last hop (gateways end a session within a few minutes), encrypted like
other personal data. One left mid-flow — the farmer's network dropped, or the gateway timed it out — is marked
`dropped` and may be resumed from the same phone for `RESUME` (5 minutes) after its last hop.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lending.models import UssdSession
from lending.models.base import utcnow
from lending.security.pii import blind_index, keyring

from .conversation import Conversation

KEEP = dt.timedelta(minutes=15)
RESUME = dt.timedelta(minutes=5)


class Store(Protocol):
    def get(self, key: str) -> Conversation | None: ...

    def put(self, conversation: Conversation, *, dropped: bool) -> None: ...

    def dropped(self, phone: str, *, excluding: str) -> Conversation | None:
        """The phone's latest conversation left mid-flow within RESUME, other than `excluding`."""

    def settle(self, key: str) -> None:
        """The conversation is no longer to be resumed (it was, or the farmer started again)."""


class DatabaseStore:
    """The `ussd_sessions` table, in the request's session: a hop's state is written in its own transaction."""

    def __init__(self, session: Session):
        self.session = session

    def get(self, key: str) -> Conversation | None:
        row = self.session.scalar(
            select(UssdSession).where(UssdSession.key == key, UssdSession.expires_at > utcnow()).with_for_update()
        )
        return None if row is None else Conversation.from_json(row.data)

    def put(self, conversation: Conversation, *, dropped: bool) -> None:
        now = utcnow()
        row = self.session.get(UssdSession, conversation.key)
        if row is None:
            self.session.execute(delete(UssdSession).where(UssdSession.expires_at <= now))  # the expired go
            row = UssdSession(key=conversation.key, phone_index=blind_index("phone", conversation.phone))
            self.session.add(row)
        row.data, row.dropped, row.updated_at, row.expires_at = conversation.to_json(), dropped, now, now + KEEP
        try:
            self.session.commit()
        except IntegrityError:  # a retry of the first hop, answered by another worker at the same time: theirs stands
            self.session.rollback()

    def dropped(self, phone: str, *, excluding: str) -> Conversation | None:
        row = self.session.scalar(
            select(UssdSession)
            .where(
                UssdSession.phone_index == blind_index("phone", phone),
                UssdSession.dropped,
                UssdSession.key != excluding,
                UssdSession.updated_at > utcnow() - RESUME,
            )
            .order_by(UssdSession.updated_at.desc())
            .limit(1)
        )
        return None if row is None else Conversation.from_json(row.data)

    def settle(self, key: str) -> None:
        self.session.execute(update(UssdSession).where(UssdSession.key == key).values(dropped=False))
        self.session.commit()


class RedisStore:
    """Redis: `ussd:session:<key>` (the encrypted conversation, expiring after KEEP) and `ussd:dropped:<phone index>`
    (the key of the phone's dropped conversation, expiring after RESUME)."""

    CONTEXT = "ussd_sessions.data"

    def __init__(self, client):
        self.client = client

    def get(self, key: str) -> Conversation | None:
        data = self.client.get(f"ussd:session:{key}")
        return None if data is None else Conversation.from_json(keyring().decrypt(data.decode(), self.CONTEXT))

    def put(self, conversation: Conversation, *, dropped: bool) -> None:
        pointer = f"ussd:dropped:{blind_index('phone', conversation.phone)}"
        pipe = self.client.pipeline()
        pipe.set(
            f"ussd:session:{conversation.key}",
            keyring().encrypt(conversation.to_json(), self.CONTEXT),
            ex=int(KEEP.total_seconds()),
        )
        if dropped:
            pipe.set(pointer, conversation.key, ex=int(RESUME.total_seconds()))
        else:
            pipe.eval(_DELETE_IF_EQUAL, 1, pointer, conversation.key)
        pipe.execute()

    def dropped(self, phone: str, *, excluding: str) -> Conversation | None:
        key = self.client.get(f"ussd:dropped:{blind_index('phone', phone)}")
        if key is None or key.decode() == excluding:
            return None
        return self.get(key.decode())

    def settle(self, key: str) -> None:
        conversation = self.get(key)
        if conversation is not None:
            self.client.eval(_DELETE_IF_EQUAL, 1, f"ussd:dropped:{blind_index('phone', conversation.phone)}", key)


# delete KEYS[1] only while it still names ARGV[1]: a newer dropped session of the phone is not forgotten
_DELETE_IF_EQUAL = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
