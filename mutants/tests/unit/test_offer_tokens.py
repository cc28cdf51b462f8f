"""Offline offers' signatures (lending/security/offer_tokens.py): the key of RFC 8037's example publishes the RFC's
public key, an offer is valid up to the second before its `exp`, and anything not signed by a listed key is refused."""

from __future__ import annotations

import datetime as dt

import jwt
import pytest

from lending.security import offer_tokens

# RFC 8037, appendix A.1: the Ed25519 private key d (here in base64, as OFFER_SIGNING_KEYS takes it) and its x
RFC_SEED = "nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A="
RFC_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
# RFC 8037, appendix A.4: "Example of Ed25519 signing" signed with that key under {"alg":"EdDSA"}
RFC_JWS = (
    "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
    "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"
)
OTHER_SEED = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE="  # 32 bytes of 0x01
EXP = 1_800_000_000  # 2027-01-15T08:00:00Z
AT_EXP = dt.datetime(2027, 1, 15, 8, 0, 0, tzinfo=dt.UTC)


def test_the_key_set_publishes_the_rfc_8037_public_key_and_it_verifies_the_rfcs_signature():
    keys = offer_tokens.parse(f"rfc:{RFC_SEED}, other:{OTHER_SEED}")
    published = keys.key_set()["keys"]
    assert published[0] == {"kty": "OKP", "crv": "Ed25519", "x": RFC_X, "kid": "rfc", "alg": "EdDSA", "use": "sig"}
    assert [key["kid"] for key in published] == ["rfc", "other"] and all("d" not in key for key in published)
    public = jwt.PyJWK(published[0]).key
    assert jwt.api_jws.decode(RFC_JWS, public, algorithms=["EdDSA"]) == b"Example of Ed25519 signing"


def test_the_first_key_signs_and_names_itself_in_the_header():
    keys = offer_tokens.parse(f"new:{OTHER_SEED},old:{RFC_SEED}")
    token = keys.sign({"jti": "a", "exp": EXP})
    assert jwt.get_unverified_header(token) == {"alg": "EdDSA", "kid": "new", "typ": "JWT"}


def test_an_offer_is_valid_until_the_second_before_its_exp():
    keys = offer_tokens.parse(f"rfc:{RFC_SEED}")
    token = keys.sign({"jti": "a", "exp": EXP})
    assert keys.verify(token, now=AT_EXP - dt.timedelta(seconds=1)) == {"jti": "a", "exp": EXP}
    for now in (AT_EXP, AT_EXP + dt.timedelta(seconds=1)):
        with pytest.raises(offer_tokens.ExpiredOffer):
            keys.verify(token, now=now)


def test_what_a_listed_key_did_not_sign_is_invalid():
    keys = offer_tokens.parse(f"rfc:{RFC_SEED}")
    stranger = offer_tokens.parse(f"rfc:{OTHER_SEED}")  # the same kid, another key
    unlisted = offer_tokens.parse(f"gone:{RFC_SEED}")  # the right key under a kid not listed
    header, payload, signature = keys.sign({"jti": "a", "exp": EXP}).split(".")
    forged_payload = jwt.utils.base64url_encode(b'{"jti":"b","exp":1800000000}').decode()
    for token in (
        stranger.sign({"jti": "a", "exp": EXP}),
        unlisted.sign({"jti": "a", "exp": EXP}),
        f"{header}.{forged_payload}.{signature}",
        jwt.encode({"jti": "a", "exp": EXP}, "a shared secret of thirty-two bytes!", algorithm="HS256"),
        jwt.encode({"jti": "a", "exp": EXP}, None, algorithm="none", headers={"kid": "rfc"}),
        keys.sign({"jti": "a"}),  # no exp
        keys.sign({"jti": "a", "exp": "1800000000"}),
        "not a token",
        "",
    ):
        with pytest.raises(offer_tokens.InvalidOffer):
            keys.verify(token, now=AT_EXP - dt.timedelta(days=1))


@pytest.mark.parametrize(
    "setting, message",
    [
        ("", "OFFER_SIGNING_KEYS: each key is `id:base64`"),
        (f"rfc {RFC_SEED}", "each key is `id:base64`"),
        (f"r.f.c:{RFC_SEED}", "each key is `id:base64`"),
        (f"rfc:{RFC_SEED},", "each key is `id:base64`"),
        ("rfc:not*base64", "key 'rfc' is not base64"),
        ("rfc:" + "A" * 40, "key 'rfc' is 30 bytes; it must be 32"),
        (f"rfc:{RFC_SEED},rfc:{OTHER_SEED}", "key id 'rfc' appears twice"),
    ],
)
def test_a_malformed_setting_is_refused_naming_what_is_wrong(setting, message):
    with pytest.raises(offer_tokens.OfferKeyError, match=message):
        offer_tokens.parse(setting)
