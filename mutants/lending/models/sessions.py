"""Sign-in sessions (refresh-token families) and the database's rate-limit counters.

One sign-in starts a session; each refresh token belongs to it and is good for one refresh, which issues the next.
A refresh token shown twice means someone else holds a copy: the whole session is revoked. Access tokens name
their session, so revoking it (logout, reuse) ends them too.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, new_id, timestamp, utcnow


class SignInSession(Base):
    """One sign-in and every token refreshed from it (a refresh-token family)."""

    __tablename__ = "sign_in_sessions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    subject: Mapped[uuid.UUID] = mapped_column(index=True, comment="the agent's or farmer's id")
    role: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    revoked_at: Mapped[timestamp | None]
    revoked_reason: Mapped[str | None] = mapped_column(String(20), comment="logout | token_reused")

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


class RefreshToken(Base):
    """A refresh token issued in a session: only its id (`jti`) is kept, never the token."""

    __tablename__ = "refresh_tokens"

    token_id: Mapped[str] = mapped_column(String(32), primary_key=True, comment="the token's jti")
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sign_in_sessions.id", ondelete="CASCADE"), index=True)
    issued_at: Mapped[timestamp] = mapped_column(default=utcnow)
    expires_at: Mapped[timestamp]
    used_at: Mapped[timestamp | None] = mapped_column(comment="set by the one refresh it was good for")


class RateLimitCounter(Base):
    """A fixed-window counter of the rate limiter's database storage (security/limit_storage.py)."""

    __tablename__ = "rate_limit_counters"

    key: Mapped[str] = mapped_column(String(255), primary_key=True, comment="limit and who it counts, no PII")
    expires_at: Mapped[float] = mapped_column(Float, comment="Unix time the window ends")
    count: Mapped[int]
