"""Borrowers' sign-in from the WeChat mini-program: a `wx.login` code → our own token pair, the same as an SMS-code
sign-in gives (services.auth).

- An openid bound to a farmer signs in as that farmer at once.
- An openid no farmer has gets a binding token instead (a signed JWT of kind `wechat_binding`, BINDING_MINUTES
  long, naming a `wechat_binding_requests` row, so the openid itself never reaches the client). The mini-program
  then asks for a one-time code for the farmer's phone (POST /auth/otp) and sends token, phone and code: the code
  proves the phone, and the openid is bound to the farmer whose phone it is — never on the phone number alone.
- One openid ↔ one farmer. A farmer who binds another WeChat account (a new phone) replaces the old binding, told by
  SMS; an openid bound to one farmer is not moved to another by binding (409 `wechat_bound_elsewhere`): its farmer
  unbinds it first (`unbind`), or erasure removes it. Every binding and unbinding is audited, by the openid's blind
  index. WeChat's session_key is neither stored, returned nor logged.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from .. import i18n
from ..channels import sms
from ..channels.wechat import MiniProgram
from ..domain.actors import Actor
from ..domain.statuses import SmsPurpose
from ..errors import Conflict, Unauthorized
from ..models import Farmer, WechatBinding, WechatBindingRequest
from ..models.base import utcnow
from ..models.wechat import OPENID
from ..security import tokens
from ..security.pii import blind_index
from . import audit, auth
from .unit_of_work import settings_of, use_case

BINDING_MINUTES = 10  # a binding token lives long enough to ask for an SMS code and type it
BINDING_KIND = "wechat_binding"


@dataclass(frozen=True)
class BindingRequired:
    """An openid no farmer has: bind it with this token, a phone and the one-time code sent to it."""

    binding_token: str
    expires_in: int  # seconds the binding token lives
    binding_required: bool = True


def _expired() -> Unauthorized:
    return Unauthorized(
        "The WeChat binding token is invalid, expired or spent; sign in with WeChat again.",
        code="wechat_binding_expired",
        errors={"binding_token": ["Invalid, expired or already used."]},
    )


@use_case
def sign_in(*, session: Session, mini_program: MiniProgram, code: str) -> auth.TokenPair | BindingRequired:
    """Trade a `wx.login` code for a token pair, or for a binding token when no farmer has this WeChat account.
    WeChat is asked first, before the database is touched (no transaction waits on it)."""
    identity = mini_program.code_to_session(code)
    index = blind_index(OPENID, identity.openid)
    farmer_id = session.scalar(select(WechatBinding.farmer_id).where(WechatBinding.openid_index == index))
    if farmer_id is not None:
        audit.record(
            session,
            actor=Actor(id=farmer_id, role="borrower"),
            action="auth.wechat_login",
            entity_type="farmer",
            entity_id=farmer_id,
        )
        return auth.issue_pair(farmer_id, "borrower", session=session)
    now = utcnow()
    # this openid's earlier requests are superseded; anyone's expired ones are dropped on the way
    session.execute(
        delete(WechatBindingRequest).where(
            or_(WechatBindingRequest.openid_index == index, WechatBindingRequest.expires_at <= now)
        )
    )
    lifetime = dt.timedelta(minutes=BINDING_MINUTES)
    request = WechatBindingRequest(openid=identity.openid, created_at=now, expires_at=now + lifetime)
    session.add(request)
    session.flush()
    token = tokens.issue(
        secret=settings_of(session).secret_key,
        subject=request.id,
        role="borrower",
        kind=BINDING_KIND,
        lifetime=lifetime,
        now=now,
    )
    return BindingRequired(binding_token=token, expires_in=BINDING_MINUTES * 60)


@use_case
def bind(*, session: Session, binding_token: str, phone: str, code: str) -> auth.TokenPair:
    """Bind the binding token's openid to the farmer whose phone the one-time `code` was sent to; their token pair.
    A wrong code (or a phone no farmer has) is 401 `invalid_code` and binds nothing; the token stays good for
    another code until it expires."""
    try:
        claims = tokens.read(binding_token, secret=settings_of(session).secret_key, kind=BINDING_KIND)
    except Unauthorized:
        raise _expired() from None
    request = session.get(WechatBindingRequest, claims.subject, with_for_update=True)
    if request is None or request.expires_at <= utcnow():
        raise _expired()
    farmer_id = auth.farmer_by_code(session, phone=phone, code=code)
    index = request.openid_index
    holder = session.scalar(select(WechatBinding.farmer_id).where(WechatBinding.openid_index == index))
    if holder is not None and holder != farmer_id:
        raise Conflict(
            "This WeChat account is bound to another farmer; that farmer must unbind it first.",
            code="wechat_bound_elsewhere",
        )
    binding = session.get(WechatBinding, farmer_id, with_for_update=True)
    replaced = None
    if binding is None:
        binding = WechatBinding(farmer_id=farmer_id, openid=request.openid, bound_at=utcnow())
        session.add(binding)
    elif binding.openid_index != index:
        replaced = binding.openid_index
        binding.openid, binding.bound_at = request.openid, utcnow()
    session.execute(delete(WechatBindingRequest).where(WechatBindingRequest.openid_index == index))
    session.flush()  # one farmer per openid: a race lost here is the unique index's 409 (errors.integrity_conflict)
    audit.record(
        session,
        actor=Actor(id=farmer_id, role="borrower"),
        action="auth.wechat_bound",
        entity_type="farmer",
        entity_id=farmer_id,
        detail={"openid_index": index, "replaced_openid_index": replaced},
    )
    farmer = session.get(Farmer, farmer_id)
    sms.enqueue(
        session, to=farmer.phone, purpose=SmsPurpose.SIGN_IN.value, body=i18n.text("sms.wechat_bound", farmer.language)
    )
    return auth.issue_pair(farmer_id, "borrower", session=session)


@use_case
def unbind(*, session: Session, actor: Actor) -> bool:
    """A borrower unbinds their WeChat account: its next sign-in asks for a binding again. False if none was bound."""
    binding = session.get(WechatBinding, actor.id, with_for_update=True)
    if binding is None:
        return False
    audit.record(
        session,
        actor=actor,
        action="auth.wechat_unbound",
        entity_type="farmer",
        entity_id=actor.id,
        detail={"openid_index": binding.openid_index},
    )
    session.delete(binding)
    return True


def openid_of(session: Session, farmer_id: uuid.UUID) -> str | None:
    """The openid of the WeChat account bound to the farmer (WeChat Pay's JSAPI orders name their payer by it)."""
    binding = session.get(WechatBinding, farmer_id)
    return binding.openid if binding is not None else None
