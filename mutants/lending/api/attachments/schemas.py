"""Schemas of attachments: what an upload answers (the bytes themselves travel raw, not as JSON)."""

from __future__ import annotations

from marshmallow import Schema, fields

from ...domain.attachments import SHA256_PATTERN, AttachmentType


class AttachmentSchema(Schema):
    sha256 = fields.String(metadata={"pattern": SHA256_PATTERN})
    size = fields.Integer(metadata={"description": "bytes"})
    content_type = fields.String(metadata={"enum": [kind.value for kind in AttachmentType]})
    created_at = fields.DateTime()


BINARY = {"schema": {"type": "string", "format": "binary"}}
FILE_CONTENT = {kind.value: BINARY for kind in AttachmentType}
