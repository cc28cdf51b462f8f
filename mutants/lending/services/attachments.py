"""Use cases for attachments (photos of land contracts, sale receipts): store one, read one.

Content-addressed: the name is the SHA-256 of the bytes, so storing the same bytes again stores nothing and answers
as the first time did — whoever sends them, however often, at whatever moment (a twin upload racing this one included).
A record names its attachment by that digest, and may do so before the bytes arrive (captured offline, uploaded
later). Who may read one: staff who may see a record naming it (an agent: of one of their farmers), its uploader,
officers and admins; to anyone else it does not exist.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..channels import attachments as stores
from ..config import Settings
from ..domain import attachments
from ..domain.actors import Actor, Role
from ..domain.refusals import Refused
from ..errors import Forbidden, NotFound, PayloadTooLarge, UnsupportedMediaType, ValidationFailed
from ..models import Attachment, Farmer
from ..models.base import utcnow
from . import audit
from ._scopes import farmer_scope
from .records import KINDS
from .unit_of_work import settings_of, use_case


def store_of(settings: Settings) -> stores.AttachmentStore:
    return stores.store(settings.attachment_store, root=settings.attachment_dir)


@use_case
def store(
    *, session: Session, actor: Actor, sha256: str, body: bytes, declared_type: str | None
) -> tuple[Attachment, bool]:
    """Keep `body` under its digest `sha256`; returns (attachment, created). The same bytes again → the stored one.
    Refused: a borrower (403); `sha256` not 64 lower-case hex digits or not the body's digest (422 naming sha256);
    over ATTACHMENT_MAX_BYTES (413); not JPEG, PNG, PDF or WebP by its bytes, or declared as another type (415)."""
    _require_staff(actor)
    if not attachments.is_sha256(sha256):
        raise ValidationFailed(errors={"sha256": [attachments.NOT_A_SHA256]})
    settings = settings_of(session)
    if len(body) > settings.attachment_max_bytes:
        raise too_large(settings.attachment_max_bytes)
    digest = hashlib.sha256(body).hexdigest()
    if digest != sha256:
        raise ValidationFailed(
            "The body is not the file its path names.", errors={"sha256": [f"The body's digest is {digest}."]}
        )
    try:
        kind = attachments.type_of(body, declared=declared_type)
    except Refused as refusal:
        raise UnsupportedMediaType(str(refusal), errors={refusal.field: [str(refusal)]}) from None
    earlier = session.get(Attachment, sha256)
    if earlier is not None:
        return earlier, False
    store_of(settings).put(sha256, body)  # the bytes before the row: a row never names a missing file
    attachment = Attachment(
        sha256=sha256, size=len(body), content_type=kind.value, uploaded_by=actor.id, created_at=utcnow()
    )
    try:
        with session.begin_nested():
            session.add(attachment)
    except IntegrityError:  # a twin upload of the same bytes committed its row first: that one is the answer
        return session.scalar(
            select(Attachment).where(Attachment.sha256 == sha256).execution_options(populate_existing=True)
        ), False
    audit.record(
        session,
        actor=actor,
        action="attachment.store",
        entity_type="attachment",
        entity_id=sha256,
        detail={"size": len(body), "content_type": kind.value},
    )
    return attachment, True


def too_large(limit: int) -> PayloadTooLarge:
    message = f"An attachment may be at most {limit} bytes."
    return PayloadTooLarge(message, errors={"_body": [message]})


def open(*, session: Session, actor: Actor, sha256: str) -> tuple[Attachment, bytes]:
    """The attachment and its bytes, for an actor who may see it (module docstring); 404 otherwise, or when it has
    not arrived yet (a borrower: 403)."""
    _require_staff(actor)
    attachment = session.get(Attachment, sha256) if attachments.is_sha256(sha256) else None
    if attachment is None or not _may_see(session, actor, attachment):
        raise NotFound("No such attachment.")
    body = store_of(settings_of(session)).get(sha256)
    if body is None:  # the row without its file: the store lost it (restored from an older backup, say)
        raise NotFound("No such attachment.")
    return attachment, body


def _require_staff(actor: Actor) -> None:
    if not actor.is_staff:
        raise Forbidden("Attachments are sent and read by staff.")


def _may_see(session: Session, actor: Actor, attachment: Attachment) -> bool:
    if actor.role in (Role.OFFICER, Role.ADMIN) or attachment.uploaded_by == actor.id:
        return True
    named_by_a_visible_record = [
        exists().where(model.attachment == attachment.sha256, model.farmer_id == Farmer.id, farmer_scope(actor))
        for model in KINDS.values()
    ]
    return any(session.scalar(select(condition)) for condition in named_by_a_visible_record)
