"""USSD conversations end to end (issue #12): HTTP through both gateways' adapters, the menus, the services, the
database — every reply checked for its shape and its limit by the phone (tests/ussd_phone.py)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.helpers import next_national_id, next_phone, sms_to
from tests.ussd_phone import Phone

VILLAGE = "340123104"
GATEWAYS = ("africastalking", "hubtel")


@pytest.fixture(params=GATEWAYS)
def gateway(request) -> str:
    return request.param


def _argon2_verifies(stored: str, secret: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import VerificationError

    try:
        return PasswordHasher().verify(stored, secret)
    except VerificationError:
        return False


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
        # argon2id at a hop's cost, over the PIN keyed with the blind-index key: the bare PIN does not verify
        assert farmer.pin_hash.startswith("$argon2id$v=19$m=8192,t=2,p=1$")
        assert not _argon2_verifies(farmer.pin_hash, "4821")
        from lending.security.passwords import verify_pin

        assert verify_pin(farmer.pin_hash, "4821") and not verify_pin(farmer.pin_hash, "4822")
        assert db.session.scalar(select(func.count()).select_from(Consent).where(Consent.farmer_id == farmer.id)) == 1
        assert db.session.scalar(select(func.count()).select_from(Farmer)) == 1
    assert sms_to(app, phone.phone)[-1].startswith("I agree that the lender uses my land-transfer contracts")


# --- a farmer who can borrow: enrolled by an agent, records verified, consent given --------------------------------

LANGUAGES = ("zh", "en", "sw")
PIN = "4821"


@pytest.fixture(params=LANGUAGES)
def language(request) -> str:
    return request.param


@pytest.fixture
def lending_world(app, client, current_model, monkeypatch):
    from tests.helpers import load_products, staff_headers

    monkeypatch.setitem(app.config, "POLICY_APPROVE_PD", "0.9")  # approve every application the rules allow
    monkeypatch.setitem(app.config, "POLICY_DECLINE_PD", "0.95")
    load_products(app)
    _, agent = staff_headers(app, client, "agent", [VILLAGE])
    _, officer = staff_headers(app, client, "officer")
    return {"agent": agent, "officer": officer}


def borrower(app, client, world, *, language: str, gateway: str, **overrides) -> Phone:
    """A steady farmer (tests.integration.test_applications) with a PIN, speaking `language`."""
    from lending.domain.actors import SYSTEM
    from lending.extensions import db
    from lending.services import pins
    from tests.integration.test_applications import steady_farmer

    phone = overrides.pop("phone", None) or next_phone()
    overrides.setdefault("name", NAMES[language])
    overrides.setdefault("national_id", next_national_id())
    farmer = steady_farmer(client, world["agent"], phone=phone, language=language, **overrides)
    with app.app_context():
        import uuid as uuid_

        pins.set_pin(session=db.session, actor=SYSTEM, farmer_id=uuid_.UUID(farmer["id"]), pin=PIN)
    device = Phone(client, phone, gateway)
    device.farmer = farmer
    return device


NAMES = {"zh": "王建国", "en": "Grace Mensah", "sw": "Amina Wanjiru"}
WORDS = {  # a few words of each language's screens, to see which language is shown
    "zh": {
        "pin": "请输入密码",
        "menu": "1 申请贷款",
        "limit": "您最多可借",
        "approved": "已批准",
        "months": "还款月数",
    },
    "en": {
        "pin": "Enter your PIN",
        "menu": "1 Apply for a loan",
        "limit": "You can borrow up to",
        "approved": "Approved",
        "months": "Months to repay",
    },
    "sw": {
        "pin": "Weka PIN yako",
        "menu": "1 Omba mkopo",
        "limit": "Unaweza kukopa hadi",
        "approved": "Umeidhinishwa",
        "months": "Miezi ya kulipa",
    },
}


def test_a_farmer_signs_in_and_applies_within_the_pre_approved_limit(app, client, lending_world, gateway, language):
    from lending.extensions import db
    from lending.models import Application

    phone = borrower(app, client, lending_world, language=language, gateway=gateway)
    words = WORDS[language]
    phone.dial().assert_screen(words["pin"], NAMES[language])
    phone.send(PIN).assert_screen(words["menu"], "6 ")
    phone.send("1").assert_screen("1 EQUIP-ANNUITY", "2 HARVEST-BALLOON", "3 MICRO-BULLET")
    phone.send("1").assert_screen(words["limit"])
    phone.send("6000").assert_screen(words["months"], "6", "36")
    phone.send("6").assert_screen("6,000.00", "%")
    phone.send("1").assert_screen(words["approved"], "6,000.00", ends=True)
    with app.app_context():
        applications = db.session.scalars(select(Application)).all()
        assert [(a.channel, a.status, a.requested_amount, a.requested_term_months) for a in applications] == [
            ("ussd", "approved", 6000, 6)
        ]
    offer_sms = sms_to(app, phone.phone)[-1]
    assert offer_sms.startswith("农贷" if language == "zh" else "agrilend") and "6,000.00" in offer_sms


def with_loan(client, world, farmer: dict, *, repaid: str | None = None, application_id: str | None = None) -> dict:
    """The farmer's loan of 6,000.00 over 6 months (EQUIP-ANNUITY) — or of the application `application_id` —
    accepted and paid out; `repaid` in cash."""
    from tests.helpers import receipt
    from tests.integration.test_applications import apply
    from tests.integration.test_loans import key

    if application_id is None:
        application = apply(client, world["agent"], farmer["id"], amount="6000.00", term_months=6).json
        assert application["status"] == "approved", application
        application_id = application["id"]
    url = f"/api/v1/applications/{application_id}"
    offer = client.get(f"{url}/offer", headers=world["agent"]).json
    accepted = client.post(
        f"{url}/accept",
        headers=world["agent"],
        json={"apr": offer["apr"], "total_cost_of_credit": offer["total_cost_of_credit"], "consent": True},
    )
    assert accepted.status_code == 201, accepted.json
    loan_id = accepted.json["id"]
    paid_out = client.post(f"/api/v1/loans/{loan_id}/disburse", headers={**world["officer"], **key()})
    assert paid_out.status_code == 201, paid_out.json
    if repaid:
        booked = client.post(
            f"/api/v1/loans/{loan_id}/repayments", headers={**world["agent"], **key()}, json=receipt(repaid)
        )
        assert booked.status_code == 201, booked.json
    return client.get(f"/api/v1/loans/{loan_id}", headers=world["agent"]).json


# --- registration in each language ----------------------------------------------------------------------------------

CHOICE = {"zh": "1", "en": "2", "sw": "3"}
DONE = {"zh": "注册成功", "en": "Registered", "sw": "Umesajiliwa"}
CONSENT_SMS = {"zh": "我同意贷款机构使用", "en": "I agree that the lender uses", "sw": "Ninakubali mkopeshaji atumie"}


def test_registration_goes_on_in_the_language_chosen(app, client, gateway, language):
    from lending.extensions import db
    from lending.services import registration

    phone = Phone(client, next_phone(), gateway)
    phone.dial().send("Li Wei", VILLAGE, next_national_id(), CHOICE[language])
    phone.assert_screen(
        {"zh": "全文短信发送", "en": "Full text sent by SMS", "sw": "Maandishi kamili kwa SMS"}[language]
    )
    phone.send("1", "2580", "2580").assert_screen(DONE[language], "Li Wei", ends=True)
    with app.app_context():
        assert registration.farmer_of_phone(db.session, phone.phone).language == language
    assert sms_to(app, phone.phone)[-1].startswith(CONSENT_SMS[language])


def test_no_consent_no_farmer(app, client, gateway):
    from lending.extensions import db
    from lending.services import registration

    phone = Phone(client, next_phone(), gateway)
    phone.dial().send("Li Wei", VILLAGE, next_national_id(), "2", "2")
    phone.assert_screen("Without your consent we cannot assess a loan", ends=True)
    with app.app_context():
        assert registration.farmer_of_phone(db.session, phone.phone) is None


def test_a_national_id_already_enrolled_is_refused_at_its_screen(app, client, gateway):
    national_id = next_national_id()
    register(Phone(client, next_phone(), gateway), national_id=national_id).assert_screen("Registered", ends=True)
    second = Phone(client, next_phone(), gateway).dial().send("Li Wei", VILLAGE, national_id)
    second.assert_screen("此号码已注册", "身份证号码")  # the same screen, in the phone's language


def test_trivial_and_mismatched_pins_are_asked_again(app, client, gateway):
    phone = Phone(client, next_phone(), gateway).dial().send("Li Wei", VILLAGE, next_national_id(), "2", "1")
    phone.send("1234").assert_screen("Too easy to guess", "Choose a 4-digit PIN")
    phone.send("0000").assert_screen("Too easy to guess")
    phone.send("12a4").assert_screen("A PIN is 4 digits")
    phone.send("4821", "4822").assert_screen("The PINs differ; choose again.", "Choose a 4-digit PIN")
    phone.send("4821", "4821").assert_screen("Registered", ends=True)


# --- what a farmer without enough records is told -------------------------------------------------------------------

MISSING_SALES = {
    "zh": "没有近12个月的销售记录",
    "en": "no crop sales of the last 12 months are on record. Your agent can add them.",
    "sw": "hakuna mauzo ya mazao ya miezi 12 iliyopita",
}


def test_a_farmer_without_records_is_told_what_is_missing_and_who_can_add_it(
    app, client, lending_world, gateway, language
):
    phone = register(Phone(client, next_phone(), gateway), language=CHOICE[language])
    phone.dial().send("4821", "1", "1").assert_screen(MISSING_SALES[language], "00 ")  # not an END: 00 goes home
    phone.send("00").assert_screen(WORDS[language]["menu"])


def test_unverified_records_are_named_as_such(app, client, lending_world, gateway):
    phone = borrower(app, client, lending_world, language="en", gateway=gateway, verified=False)
    phone.dial().send(PIN, "1", "1").assert_screen("your records are not verified. Your agent can verify them.")


def test_the_limit_shown_is_the_one_the_engine_decides(app, client, lending_world):
    from tests.integration.test_applications import apply

    phone = borrower(app, client, lending_world, language="en", gateway="africastalking")
    phone.dial().send(PIN, "1", "1")
    decided = apply(client, lending_world["agent"], phone.farmer["id"], amount="100000.00", term_months=6).json
    limit = f"CNY {Decimal(decided['limit']):,.2f}"
    phone.assert_screen(f"You can borrow up to {limit}.", f"Amount (CNY 5,000.00 to {limit})?")


# --- servicing: my loan, mini statement, repay ----------------------------------------------------------------------

LOAN_WORDS = {
    "zh": {
        "balance": "余额5,000.00元",
        "paid_out": "放款 5,940.00元",
        "repaid": "还款 1,000.00元",
        "started": "已向您的手机发送500.00元的付款请求",
    },
    "en": {
        "balance": "Balance CNY 5,000.00",
        "paid_out": "Loan paid out CNY 5,940.00",
        "repaid": "Repaid CNY 1,000.00",
        "started": "A payment request for CNY 500.00 was sent to your phone",
    },
    "sw": {
        "balance": "Salio CNY 5,000.00",
        "paid_out": "Mkopo umetolewa CNY 5,940.00",
        "repaid": "Umelipa CNY 1,000.00",
        "started": "Ombi la malipo la CNY 500.00 limetumwa",
    },
}


def test_my_loan_statement_and_a_repayment_request(app, client, lending_world, gateway, language):
    from lending.extensions import db
    from lending.models import AuditEvent

    phone = borrower(app, client, lending_world, language=language, gateway=gateway)
    loan = with_loan(client, lending_world, phone.farmer, repaid="1000.00")
    first = loan["schedule"][0]
    assert loan["balances"]["total"] == "5000.0000"  # 6,000.00 lent, 1,000.00 paid ahead of the first due date
    words = LOAN_WORDS[language]
    phone.dial().send(PIN, "2").assert_screen(words["balance"], first["due_date"], f"{Decimal(first['total']):,.2f}")
    phone.send("00", "4").assert_screen(words["repaid"], words["paid_out"])
    assert phone.screen.index(words["repaid"]) < phone.screen.index(words["paid_out"])  # the newest first
    phone.send("00", "3").assert_screen("5,000.00")
    phone.send("500").assert_screen(words["started"], ends=True)
    with app.app_context():
        starts = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "loan.payment_start")).all()
        assert [(event.entity_id, event.detail["amount"]) for event in starts] == [(loan["id"], "500")]


# --- change PIN, language ---------------------------------------------------------------------------------------

PIN_CHANGED = {"zh": "密码已修改", "en": "Your PIN is changed.", "sw": "PIN yako imebadilishwa."}


def test_a_farmer_changes_their_pin(app, client, lending_world, gateway, language):
    phone = borrower(app, client, lending_world, language=language, gateway=gateway)
    phone.dial().send(PIN, "5", PIN, "1357", "1357").assert_screen(PIN_CHANGED[language], ends=True)
    phone.dial().send(PIN).assert_screen({"zh": "密码错误", "en": "Wrong PIN", "sw": "PIN si sahihi"}[language])
    phone.dial().send("1357").assert_screen(WORDS[language]["menu"])


def test_a_wrong_current_pin_changes_nothing_and_counts_towards_the_lock(app, client, lending_world, gateway):
    phone = borrower(app, client, lending_world, language="en", gateway=gateway)
    phone.dial().send(PIN, "5", "9999", "1357", "1357").assert_screen("Wrong PIN; 2 tries left.", "Current PIN?")
    phone.dial().send("9999").assert_screen("Wrong PIN; 1 tries left.")  # the count outlives the session
    phone.send(PIN).assert_screen("1 Apply for a loan")


def test_a_farmer_changes_their_language(app, client, lending_world, gateway, language):
    from lending.extensions import db
    from lending.models import Farmer

    phone = borrower(app, client, lending_world, language="en", gateway=gateway)
    phone.dial().send(PIN, "6").assert_screen("1 中文", "2 English", "3 Kiswahili")
    phone.send(CHOICE[language]).assert_screen(WORDS[language]["menu"])
    with app.app_context():
        assert db.session.get(Farmer, uuid.UUID(phone.farmer["id"])).language == language


# --- resume, PIN lock, retries ----------------------------------------------------------------------------------------


def test_a_dropped_registration_resumes_on_the_next_dial_with_what_was_typed(app, client, gateway):
    from lending.extensions import db
    from lending.services import registration

    phone = Phone(client, next_phone(), gateway)
    national_id = next_national_id()
    phone.dial().send("Li Wei", VILLAGE).hang_up()  # the signal drops at the national ID screen
    phone.dial().assert_screen("您上次的操作未完成", "1 继续", "2 重新开始")
    phone.send("1").assert_screen("身份证号码")  # where it was, with the name and village kept
    phone.send(national_id, "2", "1", "2580", "2580").assert_screen("Registered, Li Wei", ends=True)
    with app.app_context():
        farmer = registration.farmer_of_phone(db.session, phone.phone)
        assert (farmer.name, farmer.village_code, farmer.national_id) == ("Li Wei", VILLAGE, national_id)
    phone.dial().assert_screen("Enter your PIN")  # resumed once: not offered again


def test_starting_again_forgets_the_dropped_session(app, client, gateway):
    phone = Phone(client, next_phone(), gateway)
    phone.dial().send("Li Wei", VILLAGE).hang_up()
    phone.dial().send("2").assert_screen("请输入您的姓名")
    phone.hang_up()
    phone.dial().assert_screen("请输入您的姓名")  # nothing typed in the new one: nothing to resume


def test_a_session_dropped_more_than_5_minutes_ago_is_not_offered(app, client, gateway):
    import datetime as dt

    from lending.extensions import db
    from lending.models import UssdSession

    phone = Phone(client, next_phone(), gateway)
    phone.dial().send("Li Wei", VILLAGE).hang_up()
    with app.app_context():  # the clock moves 5 minutes and a second on
        for row in db.session.scalars(select(UssdSession)):
            row.updated_at -= dt.timedelta(minutes=5, seconds=1)
        db.session.commit()
    phone.dial().assert_screen("请输入您的姓名")


def test_a_signed_in_farmer_resumes_after_their_pin_at_the_amount(app, client, lending_world, gateway):
    phone = borrower(app, client, lending_world, language="en", gateway=gateway)
    phone.dial().send(PIN, "1", "1").assert_screen("Amount (").hang_up()
    phone.dial().assert_screen("You left a session unfinished.", "1 Continue").send("1")
    phone.assert_screen("Enter your PIN")  # a dropped session's phone may be in other hands: the PIN first
    phone.send(PIN).assert_screen("You can borrow up to")
    phone.send("6000", "6").assert_screen("1 Confirm").hang_up()  # dropped again, at the confirmation
    phone.dial().send("1", PIN).assert_screen("1 Confirm")
    phone.send("0").assert_screen("Months to repay")  # Back leads where the farmer came from, not to the PIN
    phone.send("6", "1").assert_screen("Approved", ends=True)


def test_three_wrong_pins_lock_for_30_minutes_across_sessions_and_send_an_sms(app, client, lending_world, gateway):
    import datetime as dt

    from lending.extensions import db
    from lending.models import AuditEvent, Farmer

    phone = borrower(app, client, lending_world, language="en", gateway=gateway)
    phone.dial().send("1111").assert_screen("Wrong PIN; 2 tries left.")
    phone.dial().send("2222").assert_screen("Wrong PIN; 1 tries left.")  # a new session does not start again
    phone.send("3333").assert_screen("Your PIN is locked. Try again in 30 minutes.", ends=True)
    assert sms_to(app, phone.phone)[-1] == (
        "agrilend: your PIN was locked after 3 wrong tries, for 30 minutes. If this was not you, call your agent."
    )
    phone.dial().assert_screen("Your PIN is locked. Try again in 30 minutes.", ends=True)  # even before a PIN
    with app.app_context():
        farmer = db.session.get(Farmer, uuid.UUID(phone.farmer["id"]))
        locks = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "farmer.pin_locked")).all()
        assert [event.entity_id for event in locks] == [phone.farmer["id"]]
        farmer.pin_locked_until = farmer.pin_locked_until - dt.timedelta(minutes=29)  # a minute is left
        db.session.commit()
    phone.dial().assert_screen("Try again in 1 minutes.", ends=True)
    with app.app_context():
        farmer = db.session.get(Farmer, uuid.UUID(phone.farmer["id"]))
        farmer.pin_locked_until = farmer.pin_locked_until - dt.timedelta(minutes=1)  # unlocked now
        db.session.commit()
    phone.dial().send(PIN).assert_screen("1 Apply for a loan")


def test_a_gateway_retry_applies_once_and_requests_one_payment(app, client, lending_world, gateway):
    from lending.extensions import db
    from lending.models import Application, AuditEvent

    phone = borrower(app, client, lending_world, language="en", gateway=gateway)
    phone.dial().send(PIN, "1", "1", "6000", "6", "1").assert_screen("Approved", ends=True)
    first = phone.screen
    phone.retry().assert_screen(first, ends=True)  # the same request again: the same reply
    with app.app_context():
        (applied,) = db.session.scalars(select(Application.id)).all()
    loan = with_loan(client, lending_world, phone.farmer, application_id=str(applied))
    phone.dial().send(PIN, "3", "500").assert_screen("A payment request for CNY 500.00", ends=True)
    phone.retry().assert_screen("A payment request for CNY 500.00", ends=True)
    with app.app_context():
        mine = db.session.scalars(select(Application).where(Application.channel == "ussd")).all()
        assert len(mine) == 1
        starts = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "loan.payment_start")).all()
        assert [event.entity_id for event in starts] == [loan["id"]]
    assert len([body for body in sms_to(app, phone.phone) if "approved CNY 6,000.00" in body]) == 1


def test_a_retry_mid_flow_is_answered_with_the_same_screen(app, client, gateway):
    phone = Phone(client, next_phone(), gateway)
    phone.dial().send("Li Wei").assert_screen("村庄代码")
    phone.retry().assert_screen("村庄代码").assert_not_on_screen("没有此村庄代码")
    phone.send(VILLAGE).assert_screen("身份证号码")  # and the conversation goes on from there


# --- bad input: the same screen again with a short reason, never an END, never a 500 --------------------------------

BAD = ["", "   ", "x" * 200, "*", "#", "*#", "😀", "-5", "1.5.5", "99", "A"]  # none is a name
WORDS_TYPED = ["abc", "中文"]  # a name, but nothing else


def _same_screen_again(phone: Phone, typed: str, prompt: str, reasons: tuple[str, ...]) -> None:
    phone.send(typed)
    assert not phone.ends, f"{typed!r} ended the session:\n{phone.screen}"
    assert prompt in phone.screen and any(reason in phone.screen for reason in reasons), (typed, phone.screen)


def test_bad_input_at_every_registration_prompt_asks_again(app, client, gateway):
    phone = Phone(client, next_phone(), gateway).dial()
    for typed in BAD:
        if typed == "" and gateway == "africastalking":  # text "" again: to the gateway's protocol, a retry
            phone.send(typed).assert_screen("请输入您的姓名").assert_not_on_screen("请输入内容")
            continue
        _same_screen_again(phone, typed, "请输入您的姓名", ("姓名为2至100个字", "请输入内容"))
    phone.send("Li Wei")
    for typed in [*BAD, *WORDS_TYPED, "0", "999999999999"]:
        _same_screen_again(phone, typed, "村庄代码", ("没有此村庄代码", "请输入内容"))
    phone.send(VILLAGE)
    for typed in [*BAD, *WORDS_TYPED, "0", "340123197803011231"]:  # the last: a wrong check character
        _same_screen_again(phone, typed, "身份证号码", ("身份证号码无效", "请输入内容"))
    phone.send(next_national_id())
    for typed in [*BAD, *WORDS_TYPED, "4"]:
        _same_screen_again(phone, typed, "Kiswahili", ("请选择所列数字",))
    phone.send("0").assert_screen("身份证号码")  # on a menu, 0 goes back
    phone.send(next_national_id()).send("2")
    for typed in [*BAD, *WORDS_TYPED, "3"]:
        _same_screen_again(phone, typed, "I agree", ("Choose one of the numbers shown",))
    phone.send("1")
    for typed in [*BAD, *WORDS_TYPED, "0", "1978"]:  # the birth year of the ID's farmer
        _same_screen_again(phone, typed, "Choose a 4-digit PIN", ("A PIN is 4 digits", "Too easy to guess"))
    phone.send("4821", "4821").assert_screen("Registered", ends=True)


def test_bad_amounts_and_months_ask_again_with_the_reason(app, client, lending_world, gateway):
    phone = borrower(app, client, lending_world, language="en", gateway=gateway)
    phone.dial().send(PIN, "1", "1")
    limit = phone.screen.split("up to ")[1].split(".\n")[0]
    asks = "Amount ("
    for typed, reason in (
        ("abc", "Type the amount in digits."),
        ("0", "The amount must be more than zero."),
        ("00.00", "The amount must be more than zero."),
        ("-5", "Type the amount in digits."),
        ("", "Please type an answer."),
        ("1" * 200, "Type the amount in digits."),
        ("5000.001", "Type the amount in digits."),  # more decimals than CNY has
        ("4999.99", "The least is CNY 5,000.00."),  # a fen under the product's least
        ("😀", "Type the amount in digits."),
        ("*", "Type the amount in digits."),
        ("#", "Type the amount in digits."),
    ):
        _same_screen_again(phone, typed, asks, (reason,))
    over = Decimal(limit.removeprefix("CNY ").replace(",", "")) + Decimal("0.01")
    _same_screen_again(phone, str(over), asks, (f"The most is {limit}.",))  # a fen over the limit
    phone.send(limit.removeprefix("CNY ").replace(",", ""))  # the limit itself is taken
    for typed, reason in (("5", "Type 6 to 36."), ("37", "Type 6 to 36."), ("six", "Type 6 to 36."), ("", "Type 6")):
        _same_screen_again(phone, typed, "Months to repay (6 to 36)?", (reason,))
    phone.send("6").assert_screen("APR", "Total cost of credit")
    for typed in [*BAD, *WORDS_TYPED]:
        _same_screen_again(phone, typed, "1 Confirm", ("Choose one of the numbers shown.",))
    phone.send("2").assert_screen("1 Apply for a loan")  # cancelled: home, nothing applied


def test_bad_input_at_the_pin_and_menu_asks_again(app, client, lending_world, gateway):
    phone = borrower(app, client, lending_world, language="en", gateway=gateway).dial()
    for typed in ["abc", "", "12345", "😀", "*", "#", "x" * 200]:  # not a PIN's shape: no try is counted
        _same_screen_again(phone, typed, "Enter your PIN", ("A PIN is 4 digits.",))
    phone.send(PIN)
    for typed in [*BAD, *WORDS_TYPED, "0", "7", "98"]:
        _same_screen_again(phone, typed, "6 Language", ("Choose one of the numbers shown.",))


# --- the gateways' requests -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("missing", ["sessionId", "phoneNumber", "serviceCode", "text"])
def test_africastalking_without_a_field_is_a_400_naming_it(client, missing):
    form = {"sessionId": "s1", "serviceCode": "*384*123#", "phoneNumber": "+8613900000001", "text": ""}
    del form[missing]
    response = client.post("/ussd/africastalking", data={**form, "unknownField": "ignored"})
    assert response.status_code == 400 and response.json["errors"] == {missing: [f"{missing}: missing"]}


@pytest.mark.parametrize("missing", ["Mobile", "SessionId", "ServiceCode", "Type"])
def test_hubtel_without_a_field_is_a_400_naming_it(client, missing):
    body = {"Mobile": "8613900000001", "SessionId": "s1", "ServiceCode": "*384*123#", "Type": "Initiation"}
    del body[missing]
    response = client.post("/ussd/hubtel", json=body)
    assert response.status_code == 400 and response.json["errors"] == {missing: [f"{missing}: missing"]}


def test_hubtel_with_a_body_that_is_not_json_is_a_400(client):
    response = client.post("/ussd/hubtel", data="Type=Initiation", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400 and "body" in response.json["errors"]


def test_a_caller_outside_the_gateways_networks_is_refused(client):
    form = {"sessionId": "s1", "serviceCode": "*384*123#", "phoneNumber": "+8613900000001", "text": ""}
    outside = client.post("/ussd/africastalking", data=form, environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert outside.status_code == 403
    hubtel = client.post("/ussd/hubtel", json={}, environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert hubtel.status_code == 403


def test_with_a_secret_path_only_the_secret_path_answers(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "USSD_SECRET_PATH", "s3cr3t-path")
    form = {"sessionId": "s1", "serviceCode": "*384*123#", "phoneNumber": "+8613900000001", "text": ""}
    assert client.post("/ussd/africastalking", data=form).status_code == 403
    assert client.post("/ussd/wrong/africastalking", data=form).status_code == 403
    answered = client.post("/ussd/s3cr3t-path/africastalking", data=form)
    assert answered.status_code == 200 and answered.get_data(as_text=True).startswith("CON ")


def test_a_lower_limit_pages_the_menu_with_more_back_and_home(app, client, lending_world, monkeypatch):
    monkeypatch.setitem(app.config, "USSD_MAX_CHARS", 80)  # the menu takes 92: two pages (UCS-2 text gets 35)
    phone = borrower(app, client, lending_world, language="en", gateway="africastalking")
    phone.max_chars = 80
    phone.dial().send(PIN).assert_screen("1 Apply for a loan", "98 More", "00 Home").assert_not_on_screen("6 Language")
    phone.send("98").assert_screen("6 Language", "0 Back", "00 Home").assert_not_on_screen("1 Apply", "98 More")
    phone.send("98").assert_screen("6 Language")  # no page after the last: it stays
    phone.send("0").assert_screen("1 Apply for a loan")
    phone.send("6").assert_screen("Kiswahili")  # an option of another page is still an option


def test_registration_is_audited(app, client):
    from lending.extensions import db
    from lending.models import AuditEvent

    phone = register(Phone(client, next_phone(), "hubtel"))
    with app.app_context():
        actions = [e.action for e in db.session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions == ["farmer.create", "consent.grant", "farmer.pin_set", "farmer.register"], actions
    assert phone.ends


# --- a farmer an agent enrolled sets a first PIN ---------------------------------------------------------------------


def test_a_farmer_enrolled_by_an_agent_proves_their_id_to_set_a_first_pin(app, client, lending_world, gateway):
    from tests.helpers import create_farmer

    phone, national_id = next_phone(), next_national_id()
    create_farmer(client, lending_world["agent"], phone=phone, national_id=national_id, language="en", name="Li Na")
    device = Phone(client, phone, gateway)
    device.dial().assert_screen("Welcome, Li Na. To set up your PIN: your national ID number?")
    device.send(national_id.lower()).assert_screen("Choose a 4-digit PIN")  # as typed: the X may be lower-case
    device.send("2468", "2468").assert_screen("1 Apply for a loan")  # signed in
    device.dial().send("2468").assert_screen("1 Apply for a loan")  # the PIN it chose from now on


def test_a_wrong_id_for_a_first_pin_counts_towards_the_lock(app, client, lending_world, gateway):
    from tests.helpers import create_farmer

    phone = next_phone()
    create_farmer(client, lending_world["agent"], phone=phone, national_id=next_national_id(), language="en")
    device = Phone(client, phone, gateway).dial()
    device.send(next_national_id(), "2468", "2468").assert_screen("That does not match our records; 2 tries left.")
    device.send(next_national_id(), "2468", "2468").assert_screen("1 tries left")
    device.send(next_national_id(), "2468", "2468").assert_screen("Your PIN is locked", ends=True)
    assert sms_to(app, phone)[-1].startswith("agrilend: your PIN was locked after 3 wrong tries")


def test_a_farmer_without_an_id_on_record_is_sent_to_their_agent(app, client, lending_world, gateway):
    from tests.helpers import FARMER

    phone = next_phone()
    body = {name: value for name, value in FARMER.items() if name != "national_id"}
    created = client.post(
        "/api/v1/farmers", json={**body, "phone": phone, "language": "en"}, headers=lending_world["agent"]
    )
    assert created.status_code == 201, created.json
    device = Phone(client, phone, gateway).dial()
    device.send("340123197803011230", "2468", "2468").assert_screen("see your agent to set up your PIN", ends=True)


# --- Kenya: a Kenyan number registers, is scored and applies in shillings, in Swahili --------------------------------


def test_a_kenyan_number_registers_and_applies_in_kes(app, client, gateway, current_model, monkeypatch):
    from lending.extensions import db
    from lending.models import Application
    from lending.services import registration
    from tests.helpers import capture_records, load_products, staff_headers
    from tests.integration.test_markets import KENYA, LAND, RENT, SALES, kenyan_id, kenyan_phone

    monkeypatch.setitem(app.config, "POLICY_APPROVE_PD", "0.9")  # approve every application the rules allow
    monkeypatch.setitem(app.config, "POLICY_DECLINE_PD", "0.95")
    load_products(app)
    agent, officer = staff_headers(app, client, "agent", [KENYA])[1], staff_headers(app, client, "officer")[1]
    phone = Phone(client, kenyan_phone(), gateway)
    phone.dial().assert_screen("Karibu agrilend. Kujisajili:", "Jina lako kamili?")  # a +254 number: Swahili
    phone.send("Wanjiku Njoroge", KENYA).assert_screen("Nambari ya kitambulisho?")
    phone.send("340123197803011230").assert_screen("Nambari hiyo si sahihi.")  # a Chinese ID in a Kenyan ward
    phone.send(kenyan_id()).assert_screen("Mwaka wa kuzaliwa")  # a Kenyan ID does not carry the birth date
    phone.send("1978", "3", "1", "2580", "2580").assert_screen("Umesajiliwa, Wanjiku Njoroge", ends=True)
    with app.app_context():
        farmer = registration.farmer_of_phone(db.session, phone.phone)
        farmer_id, language, birth_year = str(farmer.id), farmer.language, farmer.birth_year
    assert (language, birth_year) == ("sw", 1978)

    phone.dial().send("2580", "1").assert_screen("Hatuwezi kukopesha bado: hakuna mauzo ya mazao")
    today = dt.date.today()  # the agent captures a lease and sales in shillings; an officer verifies them
    lease = {
        **LAND,
        "area_mu": "12",
        "annual_rent": RENT,
        "start_date": (today - dt.timedelta(days=1000)).isoformat(),
        "end_date": (today + dt.timedelta(days=1800)).isoformat(),
    }
    sales = [
        {
            "sale_date": (today - dt.timedelta(days=days)).isoformat(),
            "crop": crop,
            "quantity_kg": "3000",
            "amount": amount,
            "buyer_id": buyer,
            "channel": channel,
        }
        for days, crop, amount, buyer, channel in SALES
    ]
    capture_records(
        client, agent, farmer_id, [("land-transfers", lease), *(("crop-sales", s) for s in sales)], checker=officer
    )
    phone.send("00", "1").assert_screen("Unaweza kukopa hadi KES ", "(KES 2,000.00 hadi KES ")
    phone.send("20000", "12").assert_screen("Kopa KES 20,000.00 kwa miezi 12", "Riba ya mwaka", "Gharama yote KES ")
    phone.send("1").assert_screen("KES 20,000.00", ends=True)
    with app.app_context():
        (application,) = db.session.scalars(select(Application)).all()
        assert (application.currency, application.requested_amount, application.channel) == ("KES", 20000, "ussd")
    assert sms_to(app, phone.phone)[-1].startswith("agrilend: umeidhinishwa KES 20,000.00 kwa miezi 12")


def test_a_village_of_another_country_than_the_phone_is_asked_again(app, client, gateway):
    from tests.integration.test_markets import KENYA

    phone = Phone(client, next_phone(), gateway).dial().send("Li Wei")
    phone.send(KENYA).assert_screen("该村庄不在您手机号码所属的国家", "村庄代码")  # a +86 phone, a Kenyan ward
    phone.send(VILLAGE).assert_screen("身份证号码")
