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


def issue(*, secret: str, subject: uuid.UUID, role: str, kind: str, lifetime: dt.timedelta,
          now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    payload = {"sub": str(subject), "role": role, "typ": kind, "jti": uuid.uuid4().hex,
               "iat": now, "nbf": now, "exp": now + lifetime}
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def read(token: str, *, secret: str, kind: str) -> Claims:
    """Decode and check a token; every failure is the same 401 with a reason a client can act on."""
    try:
        payload = jwt.decode(token, secret, algorithms=[ALGORITHM],
                             options={"require": ["sub", "role", "typ", "exp", "jti"]})
    except jwt.ExpiredSignatureError:
        raise Unauthorized("The token has expired; refresh or sign in again.", code="token_expired") from None
    except jwt.PyJWTError:
        raise Unauthorized("The token is not valid.", code="token_invalid") from None
    if payload.get("typ") != kind or payload.get("role") not in ROLES:
        raise Unauthorized("The token is not valid.", code="token_invalid")
    try:
        subject = uuid.UUID(payload["sub"])
    except (ValueError, TypeError):
        raise Unauthorized("The token is not valid.", code="token_invalid") from None
    return Claims(subject=subject, role=payload["role"], kind=kind, token_id=payload["jti"])
