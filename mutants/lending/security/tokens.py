"""JWT access and refresh tokens (HS256, signed with SECRET_KEY)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import jwt

from ..errors import Unauthorized

ALGORITHM = "HS256"
ROLES = ("borrower", "agent", "officer", "admin")


@dataclass(frozen=True)
class Claims:
    subject: uuid.UUID
    role: str
    kind: str  # "access" | "refresh"
    token_id: str
    session_id: uuid.UUID | None = None  # the sign-in session (refresh-token family); None in older tokens


def issue(
    *,
    secret: str,
    subject: uuid.UUID,
    role: str,
    kind: str,
    lifetime: dt.timedelta,
    now: dt.datetime | None = None,
    token_id: str | None = None,
    session_id: uuid.UUID | None = None,
) -> str:
    """A signed token; `session_id` (claim `sid`) names the sign-in session it belongs to, so it can be revoked."""
    now = now or dt.datetime.now(dt.UTC)
    payload = {
        "sub": str(subject),
        "role": role,
        "typ": kind,
        "jti": token_id or uuid.uuid4().hex,
        "iat": now,
        "nbf": now,
        "exp": now + lifetime,
    }
    if session_id is not None:
        payload["sid"] = str(session_id)
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def read(token: str, *, secret: str, kind: str, allow_expired: bool = False) -> Claims:
    """Decode and check a token; every failure is the same 401 with a reason a client can act on.
    `allow_expired` accepts a well-signed token past its expiry (to end its session)."""
    try:
        payload = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            options={"require": ["sub", "role", "typ", "exp", "jti"], "verify_exp": not allow_expired},
        )
    except jwt.ExpiredSignatureError:
        raise Unauthorized("The token has expired; refresh or sign in again.", code="token_expired") from None
    except jwt.PyJWTError:
        raise Unauthorized("The token is not valid.", code="token_invalid") from None
    if payload.get("typ") != kind or payload.get("role") not in ROLES:
        raise Unauthorized("The token is not valid.", code="token_invalid")
    try:
        subject = uuid.UUID(payload["sub"])
        session_id = uuid.UUID(payload["sid"]) if "sid" in payload else None
    except (ValueError, TypeError, AttributeError):
        raise Unauthorized("The token is not valid.", code="token_invalid") from None
    if not isinstance(payload["jti"], str):
        raise Unauthorized("The token is not valid.", code="token_invalid")
    return Claims(subject=subject, role=payload["role"], kind=kind, token_id=payload["jti"], session_id=session_id)
