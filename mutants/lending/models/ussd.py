"""USSD sessions (issue #12): where a farmer is in the menus of one gateway session, kept server-side between hops.

The conversation (screen, typed values, back history, the last reply) is one JSON document, encrypted like every
other piece of personal data — a registration types a name and a national ID into it. A session is found by its
gateway and id; a dropped one by the blind index of its phone, to be resumed on the next dial (ussd/store.py).
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from ..security.pii import EncryptedText
from .base import Base, timestamp, utcnow


class UssdSession(Base):
    __tablename__ = "ussd_sessions"

    key: Mapped[str] = mapped_column(String(160), primary_key=True, comment="gateway:session id")
    phone_index: Mapped[str] = mapped_column(String(64), index=True, comment="blind index (security.pii)")
    data: Mapped[str] = mapped_column(EncryptedText("ussd_sessions.data"), comment="the conversation, JSON, encrypted")
    dropped: Mapped[bool] = mapped_column(comment="left mid-flow: may be resumed")
    updated_at: Mapped[timestamp] = mapped_column(default=utcnow, onupdate=utcnow)
    expires_at: Mapped[timestamp] = mapped_column(index=True)
