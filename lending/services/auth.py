"""Sign-in use cases: staff with phone + password, borrowers with a one-time SMS code; token refresh."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..channels import sms
from ..errors import Conflict, TooManyRequests, Unauthorized
from ..models import Agent, Farmer, OneTimeCode
from ..models.base import utcnow
from ..security import passwords, tokens
from ..security.actors import Actor
from . import audit

CODES_PER_HOUR = 5


def _pair(settings: dict, subject: uuid.UUID, role: str) -> dict:
    secret = settings["SECRET_KEY"]
    return {
        "access_token": tokens.issue(secret=secret, subject=subject, role=role, kind="access",
                                     lifetime=dt.timedelta(minutes=settings["ACCESS_TOKEN_MINUTES"])),
        "refresh_token": tokens.issue(secret=secret, subject=subject, role=role, kind="refresh",
                                      lifetime=dt.timedelta(days=settings["REFRESH_TOKEN_DAYS"])),
        "token_type": "Bearer",
        "expires_in": settings["ACCESS_TOKEN_MINUTES"] * 60,
        "role": role,
    }


def login(*, session: Session, settings: dict, phone: str, password: str) -> dict:
    """Staff sign-in. A wrong phone and a wrong password get the same answer, in the same time."""
    agent = session.scalar(select(Agent).where(Agent.phone == phone))
    ok = passwords.verify_secret(agent.password_hash if agent else None, password)
    if not ok or agent is None or not agent.active:
        raise Unauthorized("Wrong phone or password.", code="invalid_credentials")
    audit.record(session, actor=Actor(id=agent.id, role=agent.role), action="auth.login", entity_type="agent",
                 entity_id=agent.id)
    session.commit()
    return _pair(settings, agent.id, agent.role)


def refresh(*, session: Session, settings: dict, refresh_token: str) -> dict:
    claims = tokens.read(refresh_token, secret=settings["SECRET_KEY"], kind="refresh")
    if claims.role == "borrower":
        exists = session.get(Farmer, claims.subject) is not None
    else:
        agent = session.get(Agent, claims.subject)
        exists = agent is not None and agent.active and agent.role == claims.role
    if not exists:
        raise Unauthorized("The account is disabled or its role changed; sign in again.", code="token_invalid")
    return _pair(settings, claims.subject, claims.role)


def _code_hash(settings: dict, phone: str, code: str) -> str:
    return hmac.new(settings["SECRET_KEY"].encode(), f"{phone}:{code}".encode(), hashlib.sha256).hexdigest()


def request_code(*, session: Session, settings: dict, phone: str) -> None:
    """Send a 6-digit sign-in code to a borrower's phone. Unknown phones get the same answer and no SMS."""
    now = utcnow()
    recent = session.scalar(select(func.count()).select_from(OneTimeCode).where(
        OneTimeCode.phone == phone, OneTimeCode.created_at > now - dt.timedelta(hours=1)))
    if recent >= CODES_PER_HOUR:
        raise TooManyRequests("Too many codes asked for this phone; try again in an hour.",
                              headers={"Retry-After": "3600"})
    code = f"{secrets.randbelow(10**6):06d}"
    session.add(OneTimeCode(phone=phone, code_hash=_code_hash(settings, phone, code),
                            expires_at=now + dt.timedelta(minutes=settings["OTP_MINUTES"])))
    farmer_exists = session.scalar(select(Farmer.id).where(Farmer.phone == phone).limit(1)) is not None
    if farmer_exists:
        sms.enqueue(session, to=phone, purpose="sign_in",
                    body=f"agrilend: your sign-in code is {code}. It expires in {settings['OTP_MINUTES']} minutes. "
                         "Never share it.")
    session.commit()


def verify_code(*, session: Session, settings: dict, phone: str, code: str) -> dict:
    now = utcnow()
    pending = session.scalar(select(OneTimeCode).where(
        OneTimeCode.phone == phone, OneTimeCode.used_at.is_(None), OneTimeCode.expires_at > now)
        .order_by(OneTimeCode.created_at.desc()).limit(1))
    if pending is None or pending.tries >= settings["OTP_MAX_TRIES"]:
        raise Unauthorized("The code is wrong or has expired; ask for a new one.", code="invalid_code")
    if not hmac.compare_digest(pending.code_hash, _code_hash(settings, phone, code)):
        pending.tries += 1
        session.commit()
        raise Unauthorized("The code is wrong or has expired; ask for a new one.", code="invalid_code")
    farmer_ids = list(session.scalars(select(Farmer.id).where(Farmer.phone == phone).limit(2)))
    if not farmer_ids:
        raise Unauthorized("The code is wrong or has expired; ask for a new one.", code="invalid_code")
    if len(farmer_ids) > 1:
        raise Conflict("Several farmers share this phone; ask your agent to fix the records.", code="shared_phone")
    pending.used_at = now
    audit.record(session, actor=Actor(id=farmer_ids[0], role="borrower"), action="auth.otp_login",
                 entity_type="farmer", entity_id=farmer_ids[0])
    session.commit()
    return _pair(settings, farmer_ids[0], "borrower")
