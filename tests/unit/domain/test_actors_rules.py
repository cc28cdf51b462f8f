"""domain.actors: who is staff, the system actor, and the channel a request comes from when none is said."""

from __future__ import annotations

import uuid

import pytest

from lending.domain.actors import STAFF, STAFF_ROLES, SYSTEM, Actor, RequestChannel, Role, own_channel


@pytest.mark.parametrize(
    "role, channel",
    [
        (Role.BORROWER, RequestChannel.APP),
        (Role.AGENT, RequestChannel.AGENT),
        (Role.OFFICER, RequestChannel.AGENT),
        (Role.ADMIN, RequestChannel.AGENT),
    ],
)
def test_a_borrower_asks_from_the_app_and_staff_from_the_agent_channel(role, channel):
    assert own_channel(role) is channel


def test_staff_and_the_system():
    assert STAFF_ROLES == (Role.AGENT, Role.OFFICER, Role.ADMIN)
    assert STAFF == {"agent", "officer", "admin"}
    assert not Actor(uuid.uuid4(), Role.BORROWER).is_staff
    assert Actor(uuid.uuid4(), Role.AGENT).is_staff
    assert SYSTEM == Actor(uuid.UUID(int=0), Role.ADMIN, frozenset())
    assert [channel.value for channel in RequestChannel] == ["app", "agent", "ussd", "sms", "wechat"]
