"""Attachments: photos of land contracts and sale receipts, PUT under the SHA-256 of their bytes and read back."""

from __future__ import annotations

from flask import Response, current_app, request
from flask.views import MethodView
from werkzeug.exceptions import RequestEntityTooLarge

from ...domain.actors import STAFF_ROLES
from ...domain.attachments import SHA256_PATTERN as SHA256
from ...extensions import Blueprint, db
from ...http.actors import current_actor
from ...services import attachments
from .. import body_within_limit, signed_in
from .schemas import FILE_CONTENT, AttachmentSchema

blp = Blueprint(
    "attachments",
    __name__,
    url_prefix="/api/v1/attachments",
    description="Photos and scans of a record's evidence, named by their SHA-256",
)


@blp.route(
    "/<string:sha256>",
    parameters=[{"in": "path", "name": "sha256", "required": True, "schema": {"type": "string", "pattern": SHA256}}],
)
class AttachmentView(MethodView):
    @signed_in(blp, *STAFF_ROLES)
    @blp.doc(
        requestBody={
            "required": True,
            "description": "the file itself (JPEG, PNG, PDF or WebP, told by its bytes), at most "
            "ATTACHMENT_MAX_BYTES; Content-Type may say its type or be left out",
            "content": FILE_CONTENT,
        }
    )
    @blp.response(201, AttachmentSchema)
    @blp.alt_response(
        200, schema=AttachmentSchema, success=True, description="The same bytes again: stored once, the same answer."
    )
    def put(self, sha256):
        """Upload a file under the SHA-256 of its bytes (lower-case hex); retry-safe. A record may name it before."""
        limit = current_app.config["ATTACHMENT_MAX_BYTES"]
        request.max_content_length = limit  # this route's own limit, not MAX_CONTENT_LENGTH's
        try:
            body = body_within_limit()
        except RequestEntityTooLarge:
            raise attachments.too_large(limit) from None
        attachment, created = attachments.store(
            session=db.session, actor=current_actor(), sha256=sha256, body=body, declared_type=request.mimetype
        )
        return attachment, 201 if created else 200

    @signed_in(blp, *STAFF_ROLES)
    @blp.doc(responses={"200": {"description": "the file, with its type", "content": FILE_CONTENT}})
    @blp.response(200)
    def get(self, sha256):
        """Download a file: staff who may see a record naming it, and its uploader (404 otherwise, or not yet here)."""
        attachment, body = attachments.open(session=db.session, actor=current_actor(), sha256=sha256)
        return Response(body, mimetype=attachment.content_type, headers={"ETag": f'"{attachment.sha256}"'})
