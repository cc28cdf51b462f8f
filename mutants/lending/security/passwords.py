"""Password and PIN hashing with argon2id."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .pii import blind_index

_hasher = PasswordHasher()
# A real hash of a random string, so that a sign-in for an unknown phone costs the same time as a wrong password.
_DUMMY_HASH = _hasher.hash("no-such-account")


# A PIN has 10,000 values: no hashing cost stops a search of them all by whoever reads the database — a key does. A
# PIN is keyed first (HMAC with the blind-index key, which is not in the database: pii.blind_index), then hashed with
# argon2id at a cost a USSD hop can afford (about 6 ms here, not the 100 ms of a password's hash); online guessing is
# stopped by the lock after three wrong PINs (domain.pins).
_pin_hasher = PasswordHasher(time_cost=2, memory_cost=8 * 1024, parallelism=1)


def hash_pin(pin: str) -> str:
    return _pin_hasher.hash(blind_index("pin", pin))


def verify_pin(stored_hash: str, pin: str) -> bool:
    try:
        return _pin_hasher.verify(stored_hash, blind_index("pin", pin))
    except (VerificationError, InvalidHashError):
        return False


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def verify_secret(stored_hash: str | None, secret: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, secret) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False
