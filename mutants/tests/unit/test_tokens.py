"""JWT access and refresh tokens: expiry, tampering and kind are all refused with a code a client can act on."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from lending.errors import Unauthorized
from lending.security import tokens

SECRET = "unit-test-secret-that-is-long-enough-for-hs256"


def _token(**kwargs) -> str:
    defaults = {
        "secret": SECRET,
        "subject": uuid.uuid4(),
        "role": "agent",
        "kind": "access",
        "lifetime": dt.timedelta(minutes=5),
    }
    return tokens.issue(**{**defaults, **kwargs})


def test_a_fresh_token_reads_back_its_subject_and_role():
    subject = uuid.uuid4()
    claims = tokens.read(_token(subject=subject, role="officer"), secret=SECRET, kind="access")
    assert (claims.subject, claims.role, claims.kind) == (subject, "officer", "access")


def test_an_expired_token_is_token_expired():
    with pytest.raises(Unauthorized) as caught:
        tokens.read(_token(lifetime=dt.timedelta(seconds=-1)), secret=SECRET, kind="access")
    assert caught.value.code == "token_expired"


def test_a_token_signed_with_another_key_is_token_invalid():
    with pytest.raises(Unauthorized) as caught:
        tokens.read(_token(secret="another-secret-that-is-long-enough-for-hs256"), secret=SECRET, kind="access")
    assert caught.value.code == "token_invalid"


def test_a_refresh_token_is_not_an_access_token():
    with pytest.raises(Unauthorized):
        tokens.read(_token(kind="refresh"), secret=SECRET, kind="access")


def test_a_token_with_an_unknown_role_is_refused():
    with pytest.raises(Unauthorized):
        tokens.read(_token(role="superuser"), secret=SECRET, kind="access")
