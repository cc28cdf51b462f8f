"""The USSD menus, in one place (issue #12; DESIGN.md §8): every screen, what it asks, how an answer is checked and
where it leads. The rules behind them live in the services (registration, PINs, quotes, applications, loans) — a
screen only asks, shows and calls. `flow.py` runs this table.

    unknown number:  reg.name → reg.village → reg.national_id (→ reg.birth_year, unless the ID says) → reg.language
                     → reg.consent → reg.pin → reg.pin_again → reg.done (registered; see your agent to verify records)
    known number:    pin (or, enrolled by an agent and without one yet: first.national_id → first.pin
                     → first.pin_again) → main:
                       1 apply (apply.product) → apply.amount → apply.term → apply.confirm → the decision
                       2 loan   3 repay.amount → repay.started   4 statement
                       5 pin.current → pin.new → pin.again → pin.changed   6 language
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import uuid
from decimal import Decimal, InvalidOperation

from lending.domain import countries, pins
from lending.domain.actors import RequestChannel
from lending.domain.refusals import Refused
from lending.domain.statuses import ApplicationStatus, LoanStatus
from lending.errors import Conflict, ValidationFailed
from lending.i18n import LANGUAGES
from lending.i18n.amounts import amount as shown
from lending.i18n.amounts import percent
from lending.money import fits_currency
from lending.services import (
    applications,
    farmers,
    loan_views,
    loans,
    products,
    quotes,
    registration,
)
from lending.services import pins as pin_service
from lending.services.unit_of_work import unit_of_work

from .flow import Context, Goto, Invalid, Option, Screen

LANGUAGE_NAMES = {"zh": "中文", "en": "English", "sw": "Kiswahili"}
STATEMENT_ROWS = 10
_NAME = re.compile(r"\A[^\W\d_]+(?:[ '.-][^\W\d_]+)*\Z")  # letters of any script, single spaces, ' . - between


# --- reading what was typed ---------------------------------------------------------------------------------------


def _filled(typed: str) -> str:
    text = typed.strip()
    if not text:
        raise Invalid("ussd.bad.empty")
    return text


def read_name(typed: str, context: Context) -> str:
    name = unicodedata.normalize("NFC", " ".join(_filled(typed).split()))
    if not 2 <= len(name) <= 100 or not _NAME.match(name):
        raise Invalid("ussd.bad.name")
    return name


def read_village(typed: str, context: Context) -> str:
    code = _filled(typed).upper()
    village = registration.village(context.session, code) if len(code) <= 12 else None
    if village is None:
        raise Invalid("ussd.bad.village")
    if countries.country_of_phone(context.conversation.phone) != village.country:  # as enrolment will refuse it
        raise Invalid("ussd.bad.village_country")
    context.values["country"] = village.country
    return code


def read_national_id(typed: str, context: Context) -> str:
    national_id = countries.normalise_id(_filled(typed))
    if not countries.id_valid(countries.Country(context.values["country"]), national_id):
        raise Invalid("ussd.bad.national_id")
    if registration.identity_taken(context.session, "national_id", national_id):
        raise Invalid("ussd.bad.taken")
    return national_id


def after_national_id(context: Context) -> str:
    """A Chinese ID carries the birth date: its year is the farmer's. Elsewhere the farmer is asked."""
    if context.values["country"] == countries.Country.CN:
        context.values["birth_year"] = int(context.values["national_id"][6:10])
        return "reg.language"
    return "reg.birth_year"


def read_birth_year(typed: str, context: Context) -> int:
    text = _filled(typed)
    youngest = dt.date.today().year - 16  # as the REST create allows (lending/api/farmers/schemas.py)
    if not re.fullmatch(r"[0-9]{4}", text) or not 1900 <= int(text) <= youngest:
        raise Invalid("ussd.bad.birth_year")
    return int(text)


def read_new_pin(typed: str, context: Context) -> str:
    pin = typed.strip()
    try:
        birth_year = context.farmer().birth_year if context.conversation.farmer_id else context.values.get("birth_year")
        pins.check_new(pin, birth_year=birth_year)
    except Refused as refusal:
        raise Invalid(f"ussd.bad.{refusal.code}") from None
    return pin


def read_pin(typed: str, context: Context) -> str:
    pin = typed.strip()
    if len(pin) != pins.LENGTH or not all("0" <= char <= "9" for char in pin):
        raise Invalid("ussd.bad.pin_format")
    return pin


def _same_pin(first_field: str, first_screen: str):
    def read(typed: str, context: Context) -> str:
        if typed.strip() != context.values.get(first_field):
            raise Goto(first_screen, "ussd.bad.pin_mismatch")
        return typed.strip()

    return read


def _amount(typed: str, currency: str) -> Decimal:
    text = _filled(typed)
    if not re.fullmatch(r"[0-9]{1,12}(?:\.[0-9]{1,4})?", text):
        raise Invalid("ussd.bad.amount")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise Invalid("ussd.bad.amount") from None
    if not fits_currency(value, currency):
        raise Invalid("ussd.bad.amount")
    if value <= 0:
        raise Invalid("ussd.bad.zero")
    return value


def _money(context: Context, name: str) -> str:
    return shown(Decimal(context.values[name]), context.values["currency"], context.language)


def read_loan_amount(typed: str, context: Context) -> str:
    value = _amount(typed, context.values["currency"])
    if value < Decimal(context.values["least"]):
        raise Invalid("ussd.bad.least", least=_money(context, "least"))
    if value > Decimal(context.values["limit"]):
        raise Invalid("ussd.bad.most", most=_money(context, "limit"))
    return str(value)


def read_months(typed: str, context: Context) -> int:
    least, most = context.values["least_months"], context.values["most_months"]
    text = typed.strip()
    if not re.fullmatch(r"[0-9]{1,3}", text) or not least <= int(text) <= most:
        raise Invalid("ussd.bad.months", least=least, most=most)
    return int(text)


def read_payment(typed: str, context: Context) -> str:
    value = _amount(typed, context.values["currency"])
    if value > Decimal(context.values["owed"]):
        raise Invalid("ussd.bad.most", most=_money(context, "owed"))
    return str(value)


# --- what answers do ----------------------------------------------------------------------------------------------


def choose_language(language: str):
    def then(context: Context) -> str:
        context.values["language"] = language
        context.conversation.language = language
        return "reg.consent"

    return then


def register(context: Context) -> str:
    values = context.values
    command = registration.Registration(
        # the session names the farmer: a retry answered by another worker at once enrols the same one (and its
        # idempotency key, owned by that farmer, finds the first)
        id=uuid.uuid5(uuid.NAMESPACE_URL, f"agrilend:ussd:{context.conversation.key}:farmer"),
        name=values["name"],
        phone=context.conversation.phone,
        national_id=values["national_id"],
        village_code=values["village_code"],
        language=values["language"],
        birth_year=values.get("birth_year"),
        pin=values["pin"],
        channel=RequestChannel.USSD,
    )
    try:
        farmer = registration.register(
            session=context.session, command=command, idempotency_key=context.key("register")
        )
    except (Conflict, ValidationFailed) as error:
        context.session.rollback()
        fields = set(error.errors or {})
        if "national_id" in fields:
            raise Goto("reg.national_id", "ussd.bad.taken" if isinstance(error, Conflict) else "ussd.bad.national_id")
        if "village_code" in fields or "phone" in fields:
            raise Goto("reg.village", "ussd.bad.village") from None
        if "pin" in fields:
            raise Goto("reg.pin", "ussd.bad.pin_trivial") from None
        raise
    context.conversation.farmer_id = str(farmer.id)
    for typed in ("pin", "pin_again", "national_id"):  # kept no longer than needed, even encrypted
        values.pop(typed, None)
    return "reg.done"


def sign_in(context: Context) -> str:
    result = pin_service.check(
        session=context.session, actor=context.actor(), farmer_id=context.farmer().id, pin=context.values.pop("pin")
    )
    if result.locked_until is not None:
        return "locked"
    if not result.right:
        raise Invalid("ussd.bad.pin_wrong", tries=result.tries_left)
    context.conversation.signed_in = True
    return context.values.pop("after_pin", "main")


def read_typed_id(typed: str, context: Context) -> str:
    return countries.normalise_id(_filled(typed))


def set_first_pin(context: Context) -> str:
    try:
        result = pin_service.first_pin(
            session=context.session,
            actor=context.actor(),
            farmer_id=context.farmer().id,
            national_id=context.values.pop("typed_id"),
            pin=context.values.pop("first_pin"),
            idempotency_key=context.key("first_pin"),
        )
    except Conflict as error:
        context.session.rollback()
        if error.code == "national_id_missing":
            return "first.no_id"
        raise
    context.values.pop("first_pin_again", None)
    if result.locked_until is not None:
        return "locked"
    if not result.right:
        raise Goto("first.national_id", "ussd.bad.identity_wrong", tries=result.tries_left)
    context.conversation.signed_in = True
    return "main"


def resume(context: Context) -> str:
    """Continue the dropped session: its screen, what was typed, its way back; a farmer signs in again first."""
    conversation = context.conversation
    dropped = None if conversation.resumable is None else context.store.get(conversation.resumable)
    if dropped is None:
        return registration_or_pin(context)
    conversation.values, conversation.history = dict(dropped.values), list(dropped.history)
    conversation.language = dropped.language
    _settle(context)
    if conversation.farmer_id is None or not dropped.signed_in:  # registering, or choosing a first PIN
        return dropped.screen
    conversation.values["after_pin"] = dropped.screen
    return "pin"


def start_again(context: Context) -> str:
    _settle(context)
    return registration_or_pin(context)


def registration_or_pin(context: Context) -> str:
    context.conversation.history = []
    return "pin" if context.conversation.farmer_id else "reg.name"


def _settle(context: Context) -> None:
    if context.conversation.resumable:
        context.store.settle(context.conversation.resumable)
    context.conversation.resumable = None


def start_apply(context: Context) -> str:
    farmer = context.farmer()
    market = farmers.market_of(context.session, farmer.village_code)
    offered = quotes.products_for(session=context.session, currency=market.currency)
    context.values["products"] = [product.code for product in offered]
    if not offered:
        raise Goto("apply.unavailable")
    if len(offered) == 1:
        return choose_product(offered[0].code)(context)
    return "apply.product"


def choose_product(code: str):
    def then(context: Context) -> str:
        quote = quotes.quote(
            session=context.session, actor=context.actor(), farmer_id=context.farmer().id, product_code=code
        )
        if quote.missing:
            return f"missing.{quote.missing[0]}"
        if not quote.can_borrow:
            return "apply.unavailable"
        product = products.get_active_or_raise(session=context.session, code=code)
        context.values.update(
            product=code,
            currency=quote.currency,
            limit=str(quote.limit),
            least=str(quote.min_amount),
            least_months=product.min_term_months,
            most_months=product.max_term_months,
        )
        return "apply.amount"

    return then


def product_options(context: Context) -> tuple[Option, ...]:
    return tuple(Option(code, choose_product(code), literal=True) for code in context.values.get("products", []))


def confirm_terms(context: Context) -> str:
    """The APR and total cost of credit of what was asked, before applying (the engine may lend less or price it
    otherwise at the decision; the SMS carries the offer as decided)."""
    quote = quotes.quote(
        session=context.session,
        actor=context.actor(),
        farmer_id=context.farmer().id,
        product_code=context.values["product"],
        amount=Decimal(context.values["amount"]),
        term_months=context.values["months"],
    )
    if not quote.can_borrow or quote.total_cost_of_credit is None:
        return "apply.unavailable"
    context.values.update(
        offered=str(quote.amount),
        offered_months=quote.term_months,
        apr=str(quote.apr),
        cost=str(quote.total_cost_of_credit),
    )
    return "apply.confirm"


def apply(context: Context) -> str:
    command = applications.Submission(
        farmer_id=context.farmer().id,
        product_code=context.values["product"],
        amount=Decimal(context.values["amount"]),
        term_months=context.values["months"],
        channel=RequestChannel.USSD,
    )
    actor = context.actor()
    with unit_of_work(context.session):  # the decision and its SMS are kept together, or neither
        submitted = applications.submit(
            session=context.session, actor=actor, command=command, idempotency_key=context.key("apply")
        )
        application = submitted.application  # the decision's SMS went with it (services.notices)
        context.values.update(
            decided=str(application.amount), decided_months=application.term_months, decided_apr=str(application.apr)
        )
    return {
        ApplicationStatus.APPROVED: "apply.approved",
        ApplicationStatus.REFERRED: "apply.referred",
    }.get(application.status, "apply.declined")


def show_loan(context: Context) -> str:
    loan = loan_views.current_loan(session=context.session, actor=context.actor(), farmer_id=context.farmer().id)
    if loan is None or loan.status not in (LoanStatus.ACTIVE, LoanStatus.CLOSED):
        return "loan.none"
    view = loan_views.loan_view(session=context.session, loan=loan)
    context.values.update(currency=loan.currency, balance=str(view.balances.total), days=view.days_past_due)
    upcoming = loan_views.next_due(view)
    if upcoming is None:
        return "loan.settled"
    context.values.update(due=str(loan_views.unpaid(upcoming)), due_date=upcoming.due_date.isoformat())
    return "loan.show"


def start_repay(context: Context) -> str:
    loan = loan_views.current_loan(session=context.session, actor=context.actor(), farmer_id=context.farmer().id)
    if loan is None or loan.status != LoanStatus.ACTIVE:
        return "loan.none"
    view = loan_views.loan_view(session=context.session, loan=loan)
    context.values.update(loan_id=str(loan.id), currency=loan.currency, owed=str(view.balances.total))
    return "repay.amount"


def repay(context: Context) -> str:
    key = context.key("repay")
    loans.start_payment(
        session=context.session,
        actor=context.actor(),
        loan_id=uuid.UUID(context.values["loan_id"]),
        amount=Decimal(context.values["payment"]),
        reference=uuid.uuid5(uuid.NAMESPACE_URL, key),  # one per session and step: a retry asks the provider once
        idempotency_key=key,
    )
    return "repay.started"


def statement(context: Context) -> list[str]:
    """The newest transactions of the farmer's loan first (paged when they do not fit one screen)."""
    loan = loan_views.current_loan(session=context.session, actor=context.actor(), farmer_id=context.farmer().id)
    rows = (
        [] if loan is None else loan_views.transactions(session=context.session, actor=context.actor(), loan_id=loan.id)
    )
    if not rows:
        return [context.text("ussd.statement.empty")]
    language = context.language
    return [
        f"{row.value_date:%d/%m} {context.text(f'ussd.kind.{row.kind}')} {shown(row.amount, row.currency, language)}"
        for row in reversed(rows[-STATEMENT_ROWS:])
    ]


def change_pin(context: Context) -> str:
    result = pin_service.change(
        session=context.session,
        actor=context.actor(),
        farmer_id=context.farmer().id,
        current=context.values.pop("current_pin"),
        new=context.values.pop("new_pin"),
        idempotency_key=context.key("pin"),
    )
    context.values.pop("new_pin_again", None)
    if result.locked_until is not None:
        context.conversation.signed_in = False
        return "locked"
    if not result.right:
        raise Goto("pin.current", "ussd.bad.pin_wrong", tries=result.tries_left)
    return "pin.changed"


def set_language(language: str):
    def then(context: Context) -> str:
        farmer = context.farmer()
        farmers.update(
            session=context.session,
            actor=context.actor(),
            farmer_id=farmer.id,
            expected_version=farmer.version,
            changes={"language": language},
        )
        context.conversation.language = language
        raise Goto("main", "ussd.language.saved")

    return then


# --- what screens show ----------------------------------------------------------------------------------------------


def _name(context: Context) -> dict:
    return {"name": context.farmer().name}


def _locked(context: Context) -> dict:
    until = pin_service.locked_until(context.farmer())
    minutes = 0 if until is None else -(-(until - dt.datetime.now(dt.UTC)) // dt.timedelta(minutes=1))
    return {"minutes": max(minutes, 1)}


def _limit(context: Context) -> dict:
    return {"limit": _money(context, "limit"), "least": _money(context, "least")}


def _months(context: Context) -> dict:
    return {"least": context.values["least_months"], "most": context.values["most_months"]}


def _confirm(context: Context) -> dict:
    return {
        "amount": _money(context, "offered"),
        "months": context.values["offered_months"],
        "apr": percent(Decimal(context.values["apr"])),
        "cost": _money(context, "cost"),
    }


def _decided(context: Context) -> dict:
    return {
        "amount": _money(context, "decided"),
        "months": context.values["decided_months"],
        "apr": percent(Decimal(context.values["decided_apr"])),
    }


def _loan(context: Context) -> dict:
    values = context.values
    if "due" not in values:
        return {"balance": _money(context, "balance")}
    return {
        "balance": _money(context, "balance"),
        "date": values["due_date"],
        "due": _money(context, "due"),
        "days": values["days"],
    }


def _owed(context: Context) -> dict:
    return {"owed": _money(context, "owed")}


def _payment(context: Context) -> dict:
    return {"amount": _money(context, "payment")}


def _done(context: Context) -> dict:
    return {"name": context.values["name"]}


def _languages(then) -> tuple[Option, ...]:
    return tuple(Option(LANGUAGE_NAMES[language], then(language), literal=True) for language in LANGUAGES)


MAIN = (
    Option("ussd.main.apply", start_apply),
    Option("ussd.main.loan", show_loan),
    Option("ussd.main.repay", start_repay),
    Option("ussd.main.statement", "statement"),
    Option("ussd.main.pin", "pin.current"),
    Option("ussd.main.language", "language"),
)

MENUS: dict[str, Screen] = {
    # registration: an unknown number
    "reg.name": Screen("ussd.reg.name", read=read_name, field="name", then="reg.village", midway=True),
    "reg.village": Screen(
        "ussd.reg.village", read=read_village, field="village_code", then="reg.national_id", midway=True
    ),
    "reg.national_id": Screen(
        "ussd.reg.national_id", read=read_national_id, field="national_id", then=after_national_id, midway=True
    ),
    "reg.birth_year": Screen(
        "ussd.reg.birth_year", read=read_birth_year, field="birth_year", then="reg.language", midway=True
    ),
    "reg.language": Screen("ussd.reg.language", options=_languages(choose_language), midway=True),
    "reg.consent": Screen(
        "ussd.reg.consent",
        options=(Option("ussd.reg.agree", "reg.pin"), Option("ussd.reg.disagree", "reg.no_consent")),
        midway=True,
    ),
    "reg.no_consent": Screen("ussd.reg.no_consent", ends=True),
    "reg.pin": Screen("ussd.reg.pin", read=read_new_pin, field="pin", then="reg.pin_again", midway=True),
    "reg.pin_again": Screen(
        "ussd.reg.pin_again", read=_same_pin("pin", "reg.pin"), field="pin_again", then=register, midway=True
    ),
    "reg.done": Screen("ussd.reg.done", params=_done, ends=True),
    # signing in
    "resume": Screen(
        "ussd.resume",
        options=(Option("ussd.resume.continue", resume), Option("ussd.resume.restart", start_again)),
    ),
    "pin": Screen("ussd.pin", params=_name, read=read_pin, field="pin", then=sign_in),
    # a farmer an agent enrolled chooses a first PIN, proving who they are with their ID number
    "first.national_id": Screen(
        "ussd.first.national_id", params=_name, read=read_typed_id, field="typed_id", then="first.pin"
    ),
    "first.pin": Screen("ussd.reg.pin", read=read_new_pin, field="first_pin", then="first.pin_again", midway=True),
    "first.pin_again": Screen(
        "ussd.reg.pin_again",
        read=_same_pin("first_pin", "first.pin"),
        field="first_pin_again",
        then=set_first_pin,
        midway=True,
    ),
    "first.no_id": Screen("ussd.first.no_id", ends=True),
    "locked": Screen("ussd.locked", params=_locked, ends=True),
    "main": Screen("ussd.main", options=MAIN),
    # 1 apply
    "apply.product": Screen("ussd.apply.product", options=product_options, midway=True),
    "apply.amount": Screen(
        "ussd.apply.amount", params=_limit, read=read_loan_amount, field="amount", then="apply.term", midway=True
    ),
    "apply.term": Screen(
        "ussd.apply.term", params=_months, read=read_months, field="months", then=confirm_terms, midway=True
    ),
    "apply.confirm": Screen(
        "ussd.apply.confirm",
        params=_confirm,
        options=(Option("ussd.apply.confirm.yes", apply), Option("ussd.apply.confirm.no", "main")),
        midway=True,
    ),
    "apply.approved": Screen("ussd.apply.approved", params=_decided, ends=True),
    "apply.referred": Screen("ussd.apply.referred", params=_decided, ends=True),
    "apply.declined": Screen("ussd.apply.declined", ends=True),
    "apply.unavailable": Screen("ussd.apply.unavailable", home=True),
    **{
        f"missing.{what}": Screen(f"ussd.missing.{what}", home=True)
        for what in (quotes.CONSENT, quotes.IDENTITY, quotes.CROP_SALES, quotes.VERIFICATION)
    },
    # 2 my loan
    "loan.none": Screen("ussd.loan.none", home=True),
    "loan.show": Screen("ussd.loan.show", params=_loan, home=True),
    "loan.settled": Screen("ussd.loan.settled", params=_loan, home=True),
    # 3 repay
    "repay.amount": Screen(
        "ussd.repay.amount", params=_owed, read=read_payment, field="payment", then=repay, midway=True
    ),
    "repay.started": Screen("ussd.repay.started", params=_payment, ends=True),
    # 4 mini statement
    "statement": Screen("ussd.main.statement", lines=statement, home=True),
    # 5 change PIN
    "pin.current": Screen("ussd.pin.current", read=read_pin, field="current_pin", then="pin.new"),
    "pin.new": Screen("ussd.pin.new", read=read_new_pin, field="new_pin", then="pin.again", midway=True),
    "pin.again": Screen(
        "ussd.pin.again", read=_same_pin("new_pin", "pin.new"), field="new_pin_again", then=change_pin, midway=True
    ),
    "pin.changed": Screen("ussd.pin.changed", ends=True),
    # 6 language
    "language": Screen("ussd.main.language", options=_languages(set_language)),
}
