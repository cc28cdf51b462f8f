"""Attachments (photos of land contracts, sale receipts): named by the SHA-256 of their bytes, and of a kind told by
those bytes — never by what the sender says they are. Pure Python.

Accepted: JPEG, PNG, PDF and WebP, recognised by their first bytes (their "magic"). A sender may say the type
(Content-Type); saying nothing, or `application/octet-stream`, leaves it to the bytes, while saying another type
than the bytes' is refused: a client that calls a PNG a JPEG has mixed up its files, and the bytes are kept.
"""

from __future__ import annotations

import re
from enum import StrEnum

from .refusals import Refused

SHA256 = re.compile(r"[0-9a-f]{64}")
SHA256_PATTERN = f"^{SHA256.pattern}$"
NOT_A_SHA256 = "Must be a SHA-256: 64 lower-case hex digits."


class AttachmentType(StrEnum):
    """`attachments.content_type`: the media types accepted, as sent back when the file is read."""

    JPEG = "image/jpeg"
    PNG = "image/png"
    PDF = "application/pdf"
    WEBP = "image/webp"


NAMES = "JPEG, PNG, PDF or WebP"
_MAGIC = (
    (AttachmentType.PNG, b"\x89PNG\r\n\x1a\n"),
    (AttachmentType.JPEG, b"\xff\xd8\xff"),
    (AttachmentType.PDF, b"%PDF-"),
)
_UNSAID = frozenset({"", "application/octet-stream"})
_ALIASES = {"image/jpg": AttachmentType.JPEG, "image/pjpeg": AttachmentType.JPEG}  # seen from older phones


def is_sha256(text: str) -> bool:
    """64 lower-case hex digits: how a SHA-256 names an attachment (a record's `attachment`, the upload's path)."""
    return SHA256.fullmatch(text) is not None


def sniff(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        return AttachmentType.WEBP
    return None


def type_of(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind
