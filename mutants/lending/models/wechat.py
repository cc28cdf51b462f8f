"""WeChat mini-program sign-in: which farmer an openid signs in as, and the sign-ins waiting to be bound.

An openid is a personal identifier (PIPL): it is stored encrypted (WeChat Pay's JSAPI orders need it back as the
payer) and found by its blind index (kind `wechat_openid`). The session_key WeChat returns with it is not stored.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, validates

from ..security.pii import EncryptedString, blind_index
from .base import Base, new_id, timestamp, utcnow

OPENID = "wechat_openid"  # the blind index's kind


class WechatBinding(Base):
    """One farmer ↔ one openid: the farmer is the key, the openid's index is unique."""

    __tablename__ = "wechat_bindings"

    farmer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("farmers.id", ondelete="CASCADE"), primary_key=True, comment="one WeChat account per farmer"
    )
    openid: Mapped[str] = mapped_column(EncryptedString("wechat_bindings.openid"))
    openid_index: Mapped[str] = mapped_column(
        String(64), unique=True, comment="blind index of the openid: one farmer per WeChat account"
    )
    bound_at: Mapped[timestamp] = mapped_column(default=utcnow)

    @validates("openid")
    def _index(self, key: str, value: str) -> str:
        self.openid_index = blind_index(OPENID, value)
        return value


class WechatBindingRequest(Base):
    """A WeChat sign-in of an openid no farmer has yet: the binding token names it; a one-time code sent to the
    farmer's phone binds it (once, before it expires)."""

    __tablename__ = "wechat_binding_requests"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id, comment="the binding token's subject")
    openid: Mapped[str] = mapped_column(EncryptedString("wechat_binding_requests.openid"))
    openid_index: Mapped[str] = mapped_column(String(64), index=True, comment="blind index of the openid")
    created_at: Mapped[timestamp] = mapped_column(default=utcnow)
    expires_at: Mapped[timestamp] = mapped_column(index=True)

    @validates("openid")
    def _index(self, key: str, value: str) -> str:
        self.openid_index = blind_index(OPENID, value)
        return value
