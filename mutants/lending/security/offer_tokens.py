"""Offline offers as compact JWS (RFC 7515) signed with Ed25519 — EdDSA, RFC 8037 — by PyJWT, and the key set that
verifies them (a JWKS, RFC 7517), so an agent's device can check an offer with no signal and the server can check it
when the agent's acceptance syncs.

Keys come from OFFER_SIGNING_KEYS: `kid:base64 of the 32-byte private seed[,kid:base64…]`. The first key signs;
every listed key is published and verifies. To rotate: list the new key second (published, verifying nothing yet),
wait until devices have fetched the key set again (it may be cached for JWKS_MAX_AGE seconds), put it first; drop the
old key once the last offer it signed has expired. A token naming a kid that is not listed is not ours.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from jwt.algorithms import OKPAlgorithm

from . import key_lists

ALGORITHM = "EdDSA"
JWKS_MAX_AGE = 3600  # seconds a device or proxy may keep the key set


class OfferKeyError(RuntimeError):
    """OFFER_SIGNING_KEYS is empty or malformed."""


class InvalidOffer(ValueError):
    """Not an offer we signed: not a compact JWS, a kid not listed, a bad signature, or claims missing."""


class ExpiredOffer(ValueError):
    """A well-signed offer past its `exp`."""


@dataclass(frozen=True)
class SigningKeys:
    keys: dict[str, Ed25519PrivateKey]  # kid → key, in OFFER_SIGNING_KEYS order
    current: str  # the kid that signs

    def sign(self, claims: dict) -> str:
        """The compact JWS of `claims`, signed by the current key and naming it in the header's `kid`."""
        return jwt.encode(claims, self.keys[self.current], algorithm=ALGORITHM, headers={"kid": self.current})

    def verify(self, token: str, *, now: dt.datetime, required: tuple[str, ...] = ("jti", "exp")) -> dict:
        """The claims of `token` if a listed key signed it and it is valid at `now` (strictly before its `exp`, RFC
        7519 §4.1.4); InvalidOffer or ExpiredOffer otherwise. The signature is checked before anything it covers."""
        try:
            kid = jwt.get_unverified_header(token).get("kid")
            key = self.keys.get(kid) if isinstance(kid, str) else None
            if key is None:
                raise InvalidOffer("signed by a key that is not listed")
            claims = jwt.decode(
                token,
                key.public_key(),
                algorithms=[ALGORITHM],
                # expiry against `now` below: the caller's clock, not the library's
                options={"require": list(required), "verify_exp": False, "verify_iat": False, "verify_nbf": False},
            )
        except jwt.PyJWTError as error:
            raise InvalidOffer(str(error)) from None
        expires = claims["exp"]
        if isinstance(expires, bool) or not isinstance(expires, int):
            raise InvalidOffer("exp is not a whole number of seconds")
        if now.timestamp() >= expires:
            raise ExpiredOffer(f"expired {now.timestamp() - expires:.0f} seconds ago")
        return claims

    def key_set(self) -> dict:
        """The public keys as a JWKS: OKP, curve Ed25519, `x` the public key in base64url, with kid, alg and use."""
        return {
            "keys": [
                {**OKPAlgorithm.to_jwk(key.public_key(), as_dict=True), "kid": kid, "alg": ALGORITHM, "use": "sig"}
                for kid, key in self.keys.items()
            ]
        }


@functools.lru_cache(maxsize=8)
def parse(text: str) -> SigningKeys:
    """The keys of OFFER_SIGNING_KEYS (32-byte Ed25519 seeds); OfferKeyError names what is wrong."""
    seeds = key_lists.parse(text, setting="OFFER_SIGNING_KEYS", error=OfferKeyError)
    keys = {kid: Ed25519PrivateKey.from_private_bytes(seed) for kid, seed in seeds.items()}
    return SigningKeys(keys=keys, current=next(iter(keys)))
