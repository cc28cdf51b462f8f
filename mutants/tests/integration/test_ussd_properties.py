"""Random input at any screen (issue #12): whatever a farmer types — digits, `*`, `#`, nothing, 200 characters,
other scripts, emoji, the navigation codes — every hop is answered, CON/END or Hubtel's Type, within the screen
limit of its encoding (tests/ussd_phone.py checks each reply), and a first dial never ends the session."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import next_phone
from tests.integration.test_ussd import PIN, borrower, lending_world  # noqa: F401 (fixture)
from tests.ussd_phone import Phone

TYPED = st.one_of(
    st.sampled_from(["1", "2", "3", "4", "5", "6", "0", "00", "98", "", "*", "#", "**", "*#*", "😀", "x" * 200]),
    st.sampled_from(["340123104", "340123197803011230", "4821", "1357", "6000", "6", "99999999", "-1", "0.5"]),
    st.text(min_size=0, max_size=30),
    st.text(alphabet="0123456789*#", min_size=1, max_size=12),
)
RUNS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@pytest.mark.parametrize("gateway", ["africastalking", "hubtel"])
@RUNS
@given(inputs=st.lists(TYPED, max_size=12))
def test_an_unknown_number_typing_anything_gets_a_screen_within_the_limit(app, client, gateway, inputs):
    phone = Phone(client, next_phone(), gateway).dial()
    assert not phone.ends, phone.screen
    for typed in inputs:
        if phone.ends:
            break
        phone.send(typed)


@pytest.mark.parametrize("gateway", ["africastalking", "hubtel"])
@RUNS
@given(inputs=st.lists(TYPED, max_size=12))
def test_a_signed_in_farmer_typing_anything_gets_a_screen_within_the_limit(
    app,
    client,
    lending_world,
    gateway,
    inputs,  # noqa: F811
):
    import uuid

    from lending.domain.actors import SYSTEM
    from lending.extensions import db
    from lending.services import pins

    if not hasattr(client, "ussd_farmer"):  # one farmer for every example: making one takes a second
        client.ussd_farmer = borrower(app, client, lending_world, language="en", gateway=gateway)
    phone = client.ussd_farmer
    with app.app_context():  # each example starts with the PIN as the farmer chose it, unlocked
        pins.set_pin(session=db.session, actor=SYSTEM, farmer_id=uuid.UUID(phone.farmer["id"]), pin=PIN)
    phone.dial()
    assert not phone.ends, phone.screen
    phone.send(PIN)
    for typed in inputs:
        if phone.ends:
            break
        phone.send(typed)
