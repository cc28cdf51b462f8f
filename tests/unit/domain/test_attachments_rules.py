"""domain.attachments: a SHA-256 name is 64 lower-case hex digits exactly; a body's type is told by its first bytes
(each magic exactly, and one byte short of it), and a declared type other than the bytes' is refused with its
exact message."""

from __future__ import annotations

import pytest

from lending.domain.attachments import (
    NAMES,
    NOT_A_SHA256,
    SHA256_PATTERN,
    AttachmentType,
    is_sha256,
    sniff,
    type_of,
)
from lending.domain.refusals import Refused

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF"
PDF = b"%PDF-1.7\n"
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 "  # RIFF, a 4-byte size, then WEBP at bytes 8..11, then the chunk


def test_the_accepted_types_and_their_names():
    assert [kind.value for kind in AttachmentType] == ["image/jpeg", "image/png", "application/pdf", "image/webp"]
    assert NAMES == "JPEG, PNG, PDF or WebP"
    assert SHA256_PATTERN == "^[0-9a-f]{64}$"
    assert NOT_A_SHA256 == "Must be a SHA-256: 64 lower-case hex digits."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("0" * 64, True),
        ("0123456789abcdef" * 4, True),
        ("a" * 63, False),  # one digit short
        ("a" * 65, False),  # one digit over
        ("A" * 64, False),  # upper case
        ("g" + "a" * 63, False),
        ("a" * 64 + "\n", False),
        ("", False),
    ],
)
def test_a_sha256_is_exactly_64_lower_case_hex_digits(text, expected):
    assert is_sha256(text) is expected


@pytest.mark.parametrize(
    "body, expected",
    [
        (PNG, AttachmentType.PNG),
        (b"\x89PNG\r\n\x1a\n", AttachmentType.PNG),  # the magic alone
        (b"\x89PNG\r\n\x1a", None),  # one byte short of it
        (b"\x89PNG\r\n\x1a\r", None),
        (JPEG, AttachmentType.JPEG),
        (b"\xff\xd8\xff", AttachmentType.JPEG),
        (b"\xff\xd8", None),
        (b"\xff\xd8\xfe", None),
        (PDF, AttachmentType.PDF),
        (b"%PDF-", AttachmentType.PDF),
        (b"%PDF", None),
        (WEBP, AttachmentType.WEBP),
        (b"RIFF\x00\x00\x00\x00WEBP", AttachmentType.WEBP),  # exactly 12 bytes
        (b"RIFF\x00\x00\x00\x00WEB", None),  # one byte short
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", None),  # a RIFF of another kind (audio)
        (b"RIFX\x00\x00\x00\x00WEBPVP8 ", None),
        (b"RIF\x00\x00\x00\x00\x00WEBPVP8 ", None),
        (b"RIFF\x00\x00\x00WEBPVP8 ", None),  # WEBP one byte early
        (b"RIFF\x00\x00\x00\x00\x00WEBPVP8 ", None),  # one byte late
        (b"GIF89a", None),
        (b"", None),
    ],
)
def test_a_body_is_sniffed_by_its_first_bytes(body, expected):
    assert sniff(body) == expected


@pytest.mark.parametrize(
    "body, declared, expected",
    [
        (PNG, None, AttachmentType.PNG),  # nothing said: the bytes decide
        (PNG, "", AttachmentType.PNG),
        (PNG, "application/octet-stream", AttachmentType.PNG),
        (PNG, "  Application/Octet-Stream ", AttachmentType.PNG),
        (PNG, "image/png", AttachmentType.PNG),
        (PNG, " IMAGE/PNG ", AttachmentType.PNG),  # case and spaces do not matter
        (JPEG, "image/jpeg", AttachmentType.JPEG),
        (JPEG, "image/jpg", AttachmentType.JPEG),  # older phones' names for JPEG
        (JPEG, "image/pjpeg", AttachmentType.JPEG),
        (PDF, "application/pdf", AttachmentType.PDF),
        (WEBP, "image/webp", AttachmentType.WEBP),
    ],
)
def test_the_type_is_the_bytes_when_the_sender_says_nothing_or_the_same(body, declared, expected):
    assert type_of(body, declared=declared) is expected


def refusal(body: bytes, declared: str | None) -> tuple[str, str, str, bool]:
    with pytest.raises(Refused) as caught:
        type_of(body, declared=declared)
    return str(caught.value), caught.value.code, caught.value.field, caught.value.forbidden


@pytest.mark.parametrize(
    "declared, message",
    [
        (None, "The body is not a JPEG, PNG, PDF or WebP file."),
        ("", "The body is not a JPEG, PNG, PDF or WebP file."),
        ("application/octet-stream", "The body is not a JPEG, PNG, PDF or WebP file."),
        ("image/gif", "The body is not a JPEG, PNG, PDF or WebP file (sent as image/gif)."),
        (" Image/GIF ", "The body is not a JPEG, PNG, PDF or WebP file (sent as image/gif)."),
    ],
)
def test_a_body_of_no_accepted_type_is_refused(declared, message):
    assert refusal(b"GIF89a\x01\x00", declared) == (message, "unsupported_media_type", "Content-Type", False)


@pytest.mark.parametrize(
    "body, declared, message",
    [
        (PNG, "image/jpeg", "Sent as image/jpeg, but the body is image/png: send its own type, or none."),
        (PNG, "image/jpg", "Sent as image/jpg, but the body is image/png: send its own type, or none."),
        (JPEG, "Image/PNG", "Sent as image/png, but the body is image/jpeg: send its own type, or none."),
        (PDF, "image/webp", "Sent as image/webp, but the body is application/pdf: send its own type, or none."),
        (WEBP, "text/plain", "Sent as text/plain, but the body is image/webp: send its own type, or none."),
    ],
)
def test_a_declared_type_other_than_the_bytes_is_refused(body, declared, message):
    assert refusal(body, declared) == (message, "unsupported_media_type", "Content-Type", False)
