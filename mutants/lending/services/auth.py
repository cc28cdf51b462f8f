"""Sign-in use cases: staff with phone + password, borrowers with a one-time SMS code; token refresh."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import time
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from .. import i18n
from ..channels import sms
from ..domain.actors import Actor
from ..errors import Conflict, Forbidden, TooManyRequests, Unauthorized, ValidationFailed
from ..models import Agent, Farmer, OneTimeCode
from ..models.base import utcnow
from ..models.sessions import RateLimitCounter, RefreshToken, SignInSession
from ..security import passwords, tokens
from ..security.pii import blind_index
from . import audit
from .unit_of_work import settings_of, use_case

CODES_PER_HOUR = 5
FAILURE_EVENT_SECONDS = 60  # at most one audit event of failed sign-ins per phone in this many seconds
NOBODY = Actor(id=None, role="anonymous")  # type: ignore[arg-type]  # who fails to sign in is not known


def _failed(session: Session, *, phone: str, method: str, reason: str) -> None:
    """Record a failed sign-in in the audit log — the phone by its blind index only, never the phone — at most one
    event per phone a minute, so guessing cannot flood the log: the failures after a minute's first are counted
    (in `rate_limit_counters`, which keeps a counter an hour after its window) and the phone's next event reports
    them as `not_recorded_before`. Commits: the refusal that follows must not roll the record back."""
    index = blind_index("phone", phone)
    key, now = f"audit:sign_in_failed:{index}", time.time()
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(RateLimitCounter)
        .values(key=key, expires_at=0.0, count=0)  # exists, then lock it
        .on_conflict_do_nothing(index_elements=[RateLimitCounter.key])
    )
    counter = session.get(RateLimitCounter, key, with_for_update=True, populate_existing=True)
    if counter.expires_at <= now:  # the phone's first failure this minute
        audit.record(
            session,
            actor=NOBODY,
            action="auth.sign_in_failed",
            entity_type="phone",
            entity_id=index,
            detail={"method": method, "reason": reason, "not_recorded_before": max(counter.count - 1, 0)},
        )
        counter.expires_at, counter.count = now + FAILURE_EVENT_SECONDS, 1
    else:
        counter.count += 1
    session.commit()  # the failure is kept though the request is then refused (and its unit of work rolled back)


@dataclass(frozen=True)
class TokenPair:
    """A signed-in account's tokens: the access token (short-lived) and the refresh token that renews it, once."""

    access_token: str
    refresh_token: str
    expires_in: int  # seconds the access token lives
    role: str
    token_type: str = "Bearer"


def issue_pair(subject: uuid.UUID, role: str, *, session: Session, sign_in: SignInSession | None = None) -> TokenPair:
    """Access and refresh tokens of a sign-in session: a new session (a sign-in) unless `sign_in` continues one
    (a refresh). Records the refresh token (its id, never the token)."""
    now = utcnow()
    if sign_in is None:
        sign_in = SignInSession(id=uuid.uuid4(), subject=subject, role=role, created_at=now)
        session.add(sign_in)
        session.flush()  # before its first token, which refers to it
    settings = settings_of(session)
    secret, refresh_id = settings.secret_key, uuid.uuid4().hex
    refresh_lifetime = dt.timedelta(days=settings.refresh_token_days)
    session.add(
        RefreshToken(token_id=refresh_id, session_id=sign_in.id, issued_at=now, expires_at=now + refresh_lifetime)
    )
    return TokenPair(
        access_token=tokens.issue(
            secret=secret,
            subject=subject,
            role=role,
            kind="access",
            now=now,
            lifetime=dt.timedelta(minutes=settings.access_token_minutes),
            session_id=sign_in.id,
        ),
        refresh_token=tokens.issue(
            secret=secret,
            subject=subject,
            role=role,
            kind="refresh",
            now=now,
            lifetime=refresh_lifetime,
            token_id=refresh_id,
            session_id=sign_in.id,
        ),
        expires_in=settings.access_token_minutes * 60,
        role=role,
    )


@use_case
def login(*, session: Session, phone: str, password: str) -> TokenPair:
    """Staff sign-in. A wrong phone and a wrong password get the same answer, in the same time."""
    agent = session.scalar(select(Agent).where(Agent.phone_index == blind_index("phone", phone)))
    ok = passwords.verify_secret(agent.password_hash if agent else None, password)
    if not ok or agent is None or not agent.active:
        reason = "unknown_phone" if agent is None else "wrong_password" if not ok else "account_disabled"
        _failed(session, phone=phone, method="password", reason=reason)
        raise Unauthorized("Wrong phone or password.", code="invalid_credentials")
    audit.record(
        session, actor=Actor(id=agent.id, role=agent.role), action="auth.login", entity_type="agent", entity_id=agent.id
    )
    return issue_pair(agent.id, agent.role, session=session)


@use_case
def refresh(*, session: Session, refresh_token: str) -> TokenPair:
    """Trade a refresh token, once, for the next pair of its session. A second use means two parties hold it
    (a thief, or a client racing itself: the server cannot tell): the whole session is revoked."""
    claims = tokens.read(refresh_token, secret=settings_of(session).secret_key, kind="refresh")
    if claims.session_id is None:
        raise Unauthorized("The token is not valid.", code="token_invalid")
    # the conditional UPDATE is the lock: of two refreshes racing with one token, only one sees used_at empty
    spent = session.execute(
        update(RefreshToken)
        .where(
            RefreshToken.token_id == claims.token_id,
            RefreshToken.session_id == claims.session_id,
            RefreshToken.used_at.is_(None),
        )
        .values(used_at=utcnow())
    )
    if spent.rowcount != 1:
        session.rollback()  # the reuse is recorded, not the spending
        if session.get(RefreshToken, claims.token_id) is None:
            raise Unauthorized("The token is not valid.", code="token_invalid")
        revoke_session(session=session, session_id=claims.session_id, reason="token_reused")
        session.commit()  # the revocation stands though this request is refused
        raise Unauthorized(
            "This refresh token was already used; every token of its sign-in is revoked. Sign in again.",
            code="token_reused",
        )
    sign_in = session.get(SignInSession, claims.session_id)
    if sign_in is None or sign_in.revoked:
        raise Unauthorized("This sign-in was ended; sign in again.", code="token_revoked")
    if claims.role == "borrower":
        farmer = session.get(Farmer, claims.subject)
        exists = farmer is not None and farmer.erased_at is None
    else:
        agent = session.get(Agent, claims.subject)
        exists = agent is not None and agent.active and agent.role == claims.role
    if not exists:
        raise Unauthorized("The account is disabled or its role changed; sign in again.", code="token_invalid")
    return issue_pair(claims.subject, claims.role, session=session, sign_in=sign_in)


def _end(session: Session, sign_in: SignInSession, reason: str) -> None:
    sign_in.revoked_at, sign_in.revoked_reason = utcnow(), reason
    audit.record(
        session,
        actor=Actor(id=sign_in.subject, role=sign_in.role),
        action=f"auth.{reason}",
        entity_type="sign_in_session",
        entity_id=sign_in.id,
    )


@use_case
def revoke_session(*, session: Session, session_id: uuid.UUID, reason: str) -> None:
    """End a sign-in session: none of its access or refresh tokens works any more."""
    sign_in = session.get(SignInSession, session_id, with_for_update=True)
    if sign_in is not None and not sign_in.revoked:
        _end(session, sign_in, reason)


def end_sessions_of(*, session: Session, subject_id: uuid.UUID, reason: str) -> int:
    """End every open sign-in session of one account (an erased farmer), in the caller's transaction; returns how
    many. Their access and refresh tokens stop working (http.actors reads the session on every request)."""
    open_sessions = session.scalars(
        select(SignInSession)
        .where(SignInSession.subject == subject_id, SignInSession.revoked_at.is_(None))
        .with_for_update()
    ).all()
    for sign_in in open_sessions:
        _end(session, sign_in, reason)
    return len(open_sessions)


@use_case
def logout(*, session: Session, actor: Actor, refresh_token: str) -> None:
    """End the sign-in session of `refresh_token`, which must be the caller's own."""
    try:  # an expired refresh token still names its session, whose access tokens may live on
        claims = tokens.read(refresh_token, secret=settings_of(session).secret_key, kind="refresh", allow_expired=True)
    except Unauthorized:
        raise ValidationFailed(errors={"refresh_token": ["Not a refresh token of this service."]}) from None
    if claims.session_id is None or claims.subject != actor.id:
        raise Forbidden("This refresh token is not of your sign-in.", code="not_your_session")
    revoke_session(session=session, session_id=claims.session_id, reason="logout")


def _code_hash(secret_key: str, phone: str, code: str) -> str:
    return hmac.new(secret_key.encode(), f"{phone}:{code}".encode(), hashlib.sha256).hexdigest()


@use_case
def request_code(*, session: Session, phone: str) -> None:
    """Send a 6-digit sign-in code to a borrower's phone. Unknown phones get the same answer and no SMS."""
    settings = settings_of(session)
    now = utcnow()
    index = blind_index("phone", phone)
    recent = session.scalar(
        select(func.count())
        .select_from(OneTimeCode)
        .where(OneTimeCode.phone_index == index, OneTimeCode.created_at > now - dt.timedelta(hours=1))
    )
    if recent >= CODES_PER_HOUR:
        raise TooManyRequests(
            "Too many codes asked for this phone; try again in an hour.", headers={"Retry-After": "3600"}
        )
    code = f"{secrets.randbelow(10**6):06d}"
    session.add(
        OneTimeCode(
            phone_index=index,
            code_hash=_code_hash(settings.secret_key, phone, code),
            expires_at=now + dt.timedelta(minutes=settings.otp_minutes),
        )
    )
    language = session.scalar(select(Farmer.language).where(Farmer.phone_index == index).limit(1))
    if language is not None:  # a farmer has this phone: the code goes out in their language
        sms.enqueue(
            session,
            to=phone,
            purpose="sign_in",
            body=i18n.text("sms.sign_in_code", language, code=code, minutes=settings.otp_minutes),
        )


def farmer_by_code(session: Session, *, phone: str, code: str) -> uuid.UUID:
    """The farmer whose phone this one-time code was sent to, the code spent; in the caller's unit of work. A wrong,
    spent or expired code, or a phone no farmer has, is the same 401 `invalid_code` (the failure audited)."""
    settings = settings_of(session)
    now = utcnow()
    index = blind_index("phone", phone)
    pending = session.scalar(
        select(OneTimeCode)
        .where(OneTimeCode.phone_index == index, OneTimeCode.used_at.is_(None), OneTimeCode.expires_at > now)
        .order_by(OneTimeCode.created_at.desc())
        .limit(1)
    )
    reason = (
        "no_code"
        if pending is None
        else "too_many_tries"
        if pending.tries >= settings.otp_max_tries
        else "wrong_code"
        if not hmac.compare_digest(pending.code_hash, _code_hash(settings.secret_key, phone, code))
        else None
    )
    farmer_ids = [] if reason else list(session.scalars(select(Farmer.id).where(Farmer.phone_index == index).limit(2)))
    if reason is None and not farmer_ids:
        reason = "unknown_phone"
    if reason is not None:
        if reason == "wrong_code":
            pending.tries += 1
        _failed(session, phone=phone, method="otp", reason=reason)
        raise Unauthorized("The code is wrong or has expired; ask for a new one.", code="invalid_code")
    if len(farmer_ids) > 1:
        raise Conflict("Several farmers share this phone; ask your agent to fix the records.", code="shared_phone")
    pending.used_at = now
    return farmer_ids[0]


@use_case
def verify_code(*, session: Session, phone: str, code: str) -> TokenPair:
    farmer_id = farmer_by_code(session, phone=phone, code=code)
    audit.record(
        session,
        actor=Actor(id=farmer_id, role="borrower"),
        action="auth.otp_login",
        entity_type="farmer",
        entity_id=farmer_id,
    )
    return issue_pair(farmer_id, "borrower", session=session)
