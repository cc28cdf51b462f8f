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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_x_is_sha256__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_sha256__mutmut)
def is_sha256(text: str) -> bool:
    """64 lower-case hex digits: how a SHA-256 names an attachment (a record's `attachment`, the upload's path)."""
    return SHA256.fullmatch(text) is not None


def x_is_sha256__mutmut_orig(text: str) -> bool:
    """64 lower-case hex digits: how a SHA-256 names an attachment (a record's `attachment`, the upload's path)."""
    return SHA256.fullmatch(text) is not None


def x_is_sha256__mutmut_1(text: str) -> bool:
    """64 lower-case hex digits: how a SHA-256 names an attachment (a record's `attachment`, the upload's path)."""
    return SHA256.fullmatch(None) is not None


def x_is_sha256__mutmut_2(text: str) -> bool:
    """64 lower-case hex digits: how a SHA-256 names an attachment (a record's `attachment`, the upload's path)."""
    return SHA256.fullmatch(text) is None

mutants_x_is_sha256__mutmut['_mutmut_orig'] = x_is_sha256__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_sha256__mutmut['x_is_sha256__mutmut_1'] = x_is_sha256__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_sha256__mutmut['x_is_sha256__mutmut_2'] = x_is_sha256__mutmut_2 # type: ignore # mutmut generated
mutants_x_sniff__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sniff__mutmut)
def sniff(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        return AttachmentType.WEBP
    return None


def x_sniff__mutmut_orig(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        return AttachmentType.WEBP
    return None


def x_sniff__mutmut_1(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(None):
            return kind
    if body[:4] == b"RIFF" and body[8:12] == b"WEBP":
        return AttachmentType.WEBP
    return None


def x_sniff__mutmut_2(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] == b"RIFF" or body[8:12] == b"WEBP":
        return AttachmentType.WEBP
    return None


def x_sniff__mutmut_3(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:5] == b"RIFF" and body[8:12] == b"WEBP":
        return AttachmentType.WEBP
    return None


def x_sniff__mutmut_4(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] != b"RIFF" and body[8:12] == b"WEBP":
        return AttachmentType.WEBP
    return None


def x_sniff__mutmut_5(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] == b"XXRIFFXX" and body[8:12] == b"WEBP":
        return AttachmentType.WEBP
    return None


def x_sniff__mutmut_6(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] == b"riff" and body[8:12] == b"WEBP":
        return AttachmentType.WEBP
    return None


def x_sniff__mutmut_7(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] == b"RIFF" and body[9:12] == b"WEBP":
        return AttachmentType.WEBP
    return None


def x_sniff__mutmut_8(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] == b"RIFF" and body[8:13] == b"WEBP":
        return AttachmentType.WEBP
    return None


def x_sniff__mutmut_9(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] == b"RIFF" and body[8:12] != b"WEBP":
        return AttachmentType.WEBP
    return None


def x_sniff__mutmut_10(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] == b"RIFF" and body[8:12] == b"XXWEBPXX":
        return AttachmentType.WEBP
    return None


def x_sniff__mutmut_11(body: bytes) -> AttachmentType | None:
    """The accepted type these bytes begin as, or None."""
    for kind, magic in _MAGIC:
        if body.startswith(magic):
            return kind
    if body[:4] == b"RIFF" and body[8:12] == b"webp":
        return AttachmentType.WEBP
    return None

mutants_x_sniff__mutmut['_mutmut_orig'] = x_sniff__mutmut_orig # type: ignore # mutmut generated
mutants_x_sniff__mutmut['x_sniff__mutmut_1'] = x_sniff__mutmut_1 # type: ignore # mutmut generated
mutants_x_sniff__mutmut['x_sniff__mutmut_2'] = x_sniff__mutmut_2 # type: ignore # mutmut generated
mutants_x_sniff__mutmut['x_sniff__mutmut_3'] = x_sniff__mutmut_3 # type: ignore # mutmut generated
mutants_x_sniff__mutmut['x_sniff__mutmut_4'] = x_sniff__mutmut_4 # type: ignore # mutmut generated
mutants_x_sniff__mutmut['x_sniff__mutmut_5'] = x_sniff__mutmut_5 # type: ignore # mutmut generated
mutants_x_sniff__mutmut['x_sniff__mutmut_6'] = x_sniff__mutmut_6 # type: ignore # mutmut generated
mutants_x_sniff__mutmut['x_sniff__mutmut_7'] = x_sniff__mutmut_7 # type: ignore # mutmut generated
mutants_x_sniff__mutmut['x_sniff__mutmut_8'] = x_sniff__mutmut_8 # type: ignore # mutmut generated
mutants_x_sniff__mutmut['x_sniff__mutmut_9'] = x_sniff__mutmut_9 # type: ignore # mutmut generated
mutants_x_sniff__mutmut['x_sniff__mutmut_10'] = x_sniff__mutmut_10 # type: ignore # mutmut generated
mutants_x_sniff__mutmut['x_sniff__mutmut_11'] = x_sniff__mutmut_11 # type: ignore # mutmut generated
mutants_x_type_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_type_of__mutmut)
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


def x_type_of__mutmut_orig(body: bytes, *, declared: str | None) -> AttachmentType:
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


def x_type_of__mutmut_1(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = None
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


def x_type_of__mutmut_2(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().upper()
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


def x_type_of__mutmut_3(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared and "").strip().lower()
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


def x_type_of__mutmut_4(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "XXXX").strip().lower()
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


def x_type_of__mutmut_5(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = None
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


def x_type_of__mutmut_6(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(None)
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


def x_type_of__mutmut_7(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is not None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_8(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = None
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_9(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if (said not in _UNSAID) and False else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_10(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if (said not in _UNSAID) or True else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_11(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_12(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else "XXXX"
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_13(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(None, code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_14(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code=None, field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_15(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field=None)
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_16(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_17(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_18(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", )
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_19(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="XXunsupported_media_typeXX", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_20(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="UNSUPPORTED_MEDIA_TYPE", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_21(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="XXContent-TypeXX")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_22(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="content-type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_23(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="CONTENT-TYPE")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_24(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID or _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_25(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_26(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(None, said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_27(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, None) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_28(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_29(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, ) != kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_30(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) == kind:
        raise Refused(
            f"Sent as {said}, but the body is {kind.value}: send its own type, or none.",
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_31(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            None,
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_32(body: bytes, *, declared: str | None) -> AttachmentType:
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
            code=None,
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_33(body: bytes, *, declared: str | None) -> AttachmentType:
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
            field=None,
        )
    return kind


def x_type_of__mutmut_34(body: bytes, *, declared: str | None) -> AttachmentType:
    """The body's type, checked against the `declared` media type (parameters such as `; charset=` already cut).
    Refused (code unsupported_media_type) when the bytes are of no accepted type or of another than declared."""
    said = (declared or "").strip().lower()
    kind = sniff(body)
    if kind is None:
        shown = f" (sent as {said})" if said not in _UNSAID else ""
        raise Refused(f"The body is not a {NAMES} file{shown}.", code="unsupported_media_type", field="Content-Type")
    if said not in _UNSAID and _ALIASES.get(said, said) != kind:
        raise Refused(
            code="unsupported_media_type",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_35(body: bytes, *, declared: str | None) -> AttachmentType:
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
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_36(body: bytes, *, declared: str | None) -> AttachmentType:
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
            )
    return kind


def x_type_of__mutmut_37(body: bytes, *, declared: str | None) -> AttachmentType:
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
            code="XXunsupported_media_typeXX",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_38(body: bytes, *, declared: str | None) -> AttachmentType:
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
            code="UNSUPPORTED_MEDIA_TYPE",
            field="Content-Type",
        )
    return kind


def x_type_of__mutmut_39(body: bytes, *, declared: str | None) -> AttachmentType:
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
            field="XXContent-TypeXX",
        )
    return kind


def x_type_of__mutmut_40(body: bytes, *, declared: str | None) -> AttachmentType:
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
            field="content-type",
        )
    return kind


def x_type_of__mutmut_41(body: bytes, *, declared: str | None) -> AttachmentType:
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
            field="CONTENT-TYPE",
        )
    return kind

mutants_x_type_of__mutmut['_mutmut_orig'] = x_type_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_1'] = x_type_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_2'] = x_type_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_3'] = x_type_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_4'] = x_type_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_5'] = x_type_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_6'] = x_type_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_7'] = x_type_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_8'] = x_type_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_9'] = x_type_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_10'] = x_type_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_11'] = x_type_of__mutmut_11 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_12'] = x_type_of__mutmut_12 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_13'] = x_type_of__mutmut_13 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_14'] = x_type_of__mutmut_14 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_15'] = x_type_of__mutmut_15 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_16'] = x_type_of__mutmut_16 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_17'] = x_type_of__mutmut_17 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_18'] = x_type_of__mutmut_18 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_19'] = x_type_of__mutmut_19 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_20'] = x_type_of__mutmut_20 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_21'] = x_type_of__mutmut_21 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_22'] = x_type_of__mutmut_22 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_23'] = x_type_of__mutmut_23 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_24'] = x_type_of__mutmut_24 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_25'] = x_type_of__mutmut_25 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_26'] = x_type_of__mutmut_26 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_27'] = x_type_of__mutmut_27 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_28'] = x_type_of__mutmut_28 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_29'] = x_type_of__mutmut_29 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_30'] = x_type_of__mutmut_30 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_31'] = x_type_of__mutmut_31 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_32'] = x_type_of__mutmut_32 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_33'] = x_type_of__mutmut_33 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_34'] = x_type_of__mutmut_34 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_35'] = x_type_of__mutmut_35 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_36'] = x_type_of__mutmut_36 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_37'] = x_type_of__mutmut_37 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_38'] = x_type_of__mutmut_38 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_39'] = x_type_of__mutmut_39 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_40'] = x_type_of__mutmut_40 # type: ignore # mutmut generated
mutants_x_type_of__mutmut['x_type_of__mutmut_41'] = x_type_of__mutmut_41 # type: ignore # mutmut generated
