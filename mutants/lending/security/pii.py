"""Personal data at rest and in sight: national ID and phone encrypted (AES-256-GCM), found by a blind index, masked.

Ciphertext, as stored: `<key id>:<base64url(nonce ‖ ciphertext ‖ tag)>` — a 12-byte random nonce per value, the
column's name (`farmers.phone`) as associated data, so a value copied into another column does not decrypt. The key
comes from PII_KEY: `id:base64key[,id:base64key…]`; the first key encrypts, every listed key decrypts, so a key is
rotated by putting the new one first and running `flask pii rotate-key` (re-encrypts every value under the first
key), after which the old one can be dropped.

Blind index: hex HMAC-SHA256 under PII_INDEX_KEY of `<kind>:<normalised value>` (kind `phone` or `national_id`):
equal values have equal indexes, so exact lookup (`?phone=`, sign-in) and duplicate detection work without the
plaintext, and nothing about a value can be read from its index without the key.

Masks keep the first and last four characters: 340123197803011230 → 3401**********1230, +8613800138000 →
+861******8000. `install_log_masking` applies them to every log line.
"""

from __future__ import annotations

import base64
import contextvars
import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import String, Text, TypeDecorator

from . import key_lists

_NONCE_BYTES = 12


class PiiKeyError(RuntimeError):
    """PII_KEY or PII_INDEX_KEY is malformed, or a stored value names a key that is not configured."""


@dataclass(frozen=True)
class Keyring:
    keys: dict[str, AESGCM]  # key id → cipher, in PII_KEY order
    current: str  # the id that encrypts
    index_key: bytes

    def encrypt(self, value: str, context: str) -> str:
        nonce = secrets.token_bytes(_NONCE_BYTES)
        sealed = self.keys[self.current].encrypt(nonce, value.encode("utf-8"), context.encode())
        return f"{self.current}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"

    def decrypt(self, stored: str, context: str) -> str:
        key_id, _, payload = stored.partition(":")
        cipher = self.keys.get(key_id)
        if cipher is None:
            raise PiiKeyError(f"a stored {context} is encrypted under key {key_id!r}, which PII_KEY does not list")
        raw = base64.urlsafe_b64decode(payload)
        return cipher.decrypt(raw[:_NONCE_BYTES], raw[_NONCE_BYTES:], context.encode()).decode("utf-8")

    def blind_index(self, kind: str, value: str) -> str:
        return hmac.new(self.index_key, f"{kind}:{normalise(kind, value)}".encode(), hashlib.sha256).hexdigest()


def parse(pii_key: str, index_key: str) -> Keyring:
    """The keyring from PII_KEY (`id:base64,…`, 32-byte keys) and PII_INDEX_KEY; PiiKeyError names what is wrong."""
    keys = {
        key_id: AESGCM(key) for key_id, key in key_lists.parse(pii_key, setting="PII_KEY", error=PiiKeyError).items()
    }
    if len(index_key) < 32:
        raise PiiKeyError("PII_INDEX_KEY: at least 32 characters")
    return Keyring(keys=keys, current=next(iter(keys)), index_key=index_key.encode())


_keyring: Keyring | None = None
# The keyring of the app in whose context the code runs (create_app sets it when an app context is pushed), so two
# apps in one process (tests, a rotation) each use their own keys; outside any app, the process default.
_scoped: contextvars.ContextVar[Keyring | None] = contextvars.ContextVar("pii_keyring", default=None)


def configure(config: dict) -> Keyring:
    """The keyring of these settings, installed as the process default (migrations, tools) and returned."""
    global _keyring
    _keyring = parse(config["PII_KEY"], config["PII_INDEX_KEY"])
    return _keyring


def use(ring: Keyring | None) -> Keyring | None:
    """Make `ring` the keyring of the running context; returns the one it replaces (to put back)."""
    previous = _scoped.get()
    _scoped.set(ring)
    return previous


def keyring() -> Keyring:
    """The running app's keyring, else the process default (from the settings)."""
    ring = _scoped.get()
    if ring is not None:
        return ring
    if _keyring is None:
        from .. import config as settings

        return configure(settings.load())
    return _keyring


def normalise(kind: str, value: str) -> str:
    value = value.strip()
    return value.upper() if kind == "national_id" else value


def blind_index(kind: str, value: str | None) -> str | None:
    return None if value is None else keyring().blind_index(kind, value)


class EncryptedString(TypeDecorator):
    """A string column stored encrypted (see the module doc); `context` is its `table.column` name."""

    impl = String(255)
    cache_ok = True

    def __init__(self, context: str):
        super().__init__()
        self.context = context

    def process_bind_param(self, value, dialect):
        return None if value is None else keyring().encrypt(value, self.context)

    def process_result_value(self, value, dialect):
        return None if value is None else keyring().decrypt(value, self.context)


class EncryptedText(EncryptedString):
    """An encrypted column without a length: a document (a USSD conversation's JSON), not a field."""

    impl = Text


def mask(value: str | None) -> str | None:
    """First and last four characters kept, the rest starred: 340123197803011230 → 3401**********1230."""
    if value is None:
        return None
    if len(value) <= 8:
        return "*" * len(value)
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


# A separator people write inside a number, raw or as a URL carries it (a query string's space is `+` or %20).
_SEP = r"(?:[\s.\-/()]|\+|%20|%2[DdEeFf]|%28|%29)"
_ID_SEP = r"(?:[\s\-]|\+|%20|%2[Dd])"  # no dots or brackets: a row of amounts is no ID number
# What the Phone and NationalId fields accept (lending/api/fields.py: the phone with its spaces and dashes) and
# more: an E.164 phone, `+` raw or URL-encoded, with separators anywhere; an 18-character resident ID number,
# grouped or not; an 11-digit mainland mobile number without the country code, grouped or not
_IN_TEXT = re.compile(
    rf"(?<![\w*])(?:(?:\+|%2[Bb]){_SEP}{{0,3}}[1-9](?:{_SEP}{{0,3}}\d){{6,14}}"
    rf"|(?<!-)\d(?:{_ID_SEP}{{0,3}}\d){{16}}{_ID_SEP}{{0,3}}[\dXx]"
    rf"|(?<!-)1[3-9](?:{_ID_SEP}{{0,3}}\d){{9}})(?![\w*])"
)
# A query or form parameter naming a phone or an ID number: its whole value, however written or encoded
_PARAMETER = re.compile(r"(?<![\w])(\w*?(?:phone|national_?id|id_?number|msisdn|mobile)\w*=)([^&\s\"'#;]+)", re.I)


def mask_text(text: str) -> str:
    """Every phone-number- or ID-number-like run of digits in free text masked (logs, error messages), and the value
    of every parameter whose name says phone or ID number (`?phone=%2B86%20138…` → `?phone=%2B8…8000`)."""
    text = _PARAMETER.sub(lambda match: match.group(1) + mask(match.group(2)), text)
    return _IN_TEXT.sub(lambda match: mask(match.group(0)), text)


def install_log_masking() -> None:
    """Mask phones and ID numbers in every log record of the process, whichever handler writes it: the record
    factory formats the message once and masks it (installed once; create_app calls this)."""
    previous = logging.getLogRecordFactory()
    if getattr(previous, "masks_pii", False):
        return

    def factory(*args, **kwargs) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a malformed record stays as it is for logging's own error report
            return record
        masked = mask_text(message)
        if masked != message:
            record.msg, record.args = masked, None
        return record

    factory.masks_pii = True
    logging.setLogRecordFactory(factory)
