"""A setting that lists keys, `id:base64[,id:base64…]` (PII_KEY, OFFER_SIGNING_KEYS): the first is the one in use,
every one listed is kept, so a key is rotated by listing the new one first and dropping the old one later."""

from __future__ import annotations

import base64
import binascii
import re

KEY_ID = re.compile(r"^[A-Za-z0-9_-]{1,32}$")


def parse(text: str, *, setting: str, error: type[Exception], size: int = 32) -> dict[str, bytes]:
    """Key id → the key's `size` bytes, in the order listed; `error` names what is wrong (never the key itself)."""
    keys: dict[str, bytes] = {}
    for part in (item.strip() for item in text.split(",")):
        key_id, sep, encoded = part.partition(":")
        if not sep or not KEY_ID.match(key_id):
            raise error(f"{setting}: each key is `id:base64` with an id of 1-32 letters, digits, - or _")
        try:
            key = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            raise error(f"{setting}: key {key_id!r} is not base64") from None
        if len(key) != size:
            raise error(f"{setting}: key {key_id!r} is {len(key)} bytes; it must be {size}")
        if key_id in keys:
            raise error(f"{setting}: key id {key_id!r} appears twice")
        keys[key_id] = key
    return keys
