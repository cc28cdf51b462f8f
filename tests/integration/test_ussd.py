"""USSD conversations end to end (issue #12): HTTP through both gateways' adapters, the menus, the services, the
database — every reply checked for its shape and its limit by the phone (tests/ussd_phone.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.helpers import next_national_id, next_phone, sms_to
from tests.ussd_phone import Phone

VILLAGE = "340123104"
GATEWAYS = ("africastalking", "hubtel")


@pytest.fixture(params=GATEWAYS)
def gateway(request) -> str:
    return request.param


def register(phone: Phone, *, name="Wang Fang", national_id=None, language="2", pin="4821") -> Phone:
    return phone.dial().send(name, VILLAGE, national_id or next_national_id(), language, "1", pin, pin)


def test_an_unknown_number_registers_and_is_told_to_see_their_agent(app, client, gateway):
    phone = Phone(client, next_phone(), gateway)
    phone.dial().assert_screen("欢迎使用农贷", "姓名")
    phone.send("Wang Fang").assert_screen("村庄代码")
    phone.send(VILLAGE).assert_screen("身份证号码")
    national_id = next_national_id()
    phone.send(national_id).assert_screen("1 中文", "2 English", "3 Kiswahili")
    phone.send("2").assert_screen("Full text sent by SMS", "1 I agree", "2 I do not agree")
    phone.send("1").assert_screen("Choose a 4-digit PIN")
    phone.send("4821").assert_screen("Enter the PIN again")
    phone.send("4821").assert_screen("Registered, Wang Fang. See your agent", ends=True)
    from lending.extensions import db
    from lending.models import Consent, Farmer
    from lending.services import registration

    with app.app_context():
        farmer = registration.farmer_of_phone(db.session, phone.phone)
        assert (farmer.name, farmer.national_id, farmer.village_code, farmer.language) == (
            "Wang Fang",
            national_id,
            VILLAGE,
            "en",
        )
        assert farmer.pin_hash.startswith("$argon2")
        assert db.session.scalar(select(func.count()).select_from(Consent).where(Consent.farmer_id == farmer.id)) == 1
        assert db.session.scalar(select(func.count()).select_from(Farmer)) == 1
    assert sms_to(app, phone.phone)[-1].startswith("I agree that the lender uses my land-transfer contracts")
