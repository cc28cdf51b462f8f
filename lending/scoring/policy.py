"""The credit policy: from a PD and the farmer's facts to approve / refer / decline, a limit, a price and a term.

Pure and deterministic (DESIGN.md §5 "Policy"): the same inputs give the same Outcome, so a stored decision can be
replayed. Order: hard rules → PD decline band → limit from repayment capacity → price → harvest-aligned term →
amount → approve or refer. `Outcome.rule` is a stable dotted code naming the rule that decided.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
from dataclasses import dataclass, field, replace
from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, Decimal

from lending.domain.statuses import ApplicationStatus
from lending.money import Money, fits_currency, minor_units, to_decimal
from lending.scoring import crops

APPROVED, REFERRED, DECLINED = ApplicationStatus.APPROVED, ApplicationStatus.REFERRED, ApplicationStatus.DECLINED
# A lump sum at the end: the term can run to the harvest that pays it.
HARVEST_AMORTIZATIONS = frozenset({"harvest_balloon", "bullet"})
APR_PLACES = Decimal("0.0001")


def _rate(value) -> Decimal:
    """A rate or share (not an amount): a float from a model or config is taken through str, as money is."""
    rate = Decimal(str(value)) if isinstance(value, float) else to_decimal(value)
    if not rate.is_finite():
        raise ValueError(f"not a finite rate: {value!r}")
    return rate


@dataclass(frozen=True)
class Product:
    """The bounds of a loan product (the shape of seeds/products.json); annual rates are fractions (0.0650)."""

    code: str
    currency: str
    min_amount: Decimal
    max_amount: Decimal
    min_term_months: int
    max_term_months: int
    min_apr: Decimal
    max_apr: Decimal
    base_apr: Decimal
    amortization: str
    allows_concurrent: bool = False  # may be taken while another loan is open (within the remaining limit)

    def __post_init__(self):
        for name in ("min_amount", "max_amount"):
            amount = to_decimal(getattr(self, name))
            if not fits_currency(amount, self.currency):
                raise ValueError(f"{name} {amount} has more decimals than {self.currency} allows")
            object.__setattr__(self, name, amount)
        for name in ("min_apr", "max_apr", "base_apr"):
            object.__setattr__(self, name, _rate(getattr(self, name)))
        if not 0 < self.min_amount <= self.max_amount:
            raise ValueError(f"product {self.code}: amount bounds {self.min_amount}..{self.max_amount}")
        if not 0 < self.min_term_months <= self.max_term_months:
            raise ValueError(f"product {self.code}: term bounds {self.min_term_months}..{self.max_term_months}")
        if not 0 <= self.min_apr <= self.max_apr:
            raise ValueError(f"product {self.code}: APR bounds {self.min_apr}..{self.max_apr}")

    @classmethod
    def from_dict(cls, product: dict) -> Product:
        """Read one entry of seeds/products.json; keys the policy doesn't need are ignored."""
        return cls(
            code=product["code"],
            currency=product["currency"],
            min_amount=to_decimal(product["min_amount"]),
            max_amount=to_decimal(product["max_amount"]),
            min_term_months=int(product["min_term_months"]),
            max_term_months=int(product["max_term_months"]),
            min_apr=to_decimal(product["min_apr"]),
            max_apr=to_decimal(product["max_apr"]),
            base_apr=to_decimal(product["base_apr"]),
            amortization=product["amortization"],
            allows_concurrent=bool(product.get("allows_concurrent")),
        )


@dataclass(frozen=True)
class Facts:
    """What the hard rules and the capacity need to know about the farmer, as of the application date."""

    age: int | None
    consent_to_scoring: bool
    kyc_complete: bool  # name, national_id and phone on file
    worst_days_past_due_current: int | None  # worst arrears on our own open loans; None = no open loan
    fraud_hold: bool  # the risk rules blocked this application
    revenue_12m: Decimal | None  # crop sales in the 12 months to the application; None = no sales
    annual_debt_service: Decimal = Decimal("0")  # other yearly repayments, e.g. a financed machine
    main_crop: str | None = None  # crops.main_crop(...) of the farmer's sales
    risk_review: bool = False  # the risk rules want a person to look (services.risk)
    open_exposure: Decimal = Decimal("0")  # principal outstanding + approved offers not yet taken, with us
    open_loans: int = 0  # loans open and offers not yet taken

    def __post_init__(self):
        if self.revenue_12m is not None:
            object.__setattr__(self, "revenue_12m", to_decimal(self.revenue_12m))
        object.__setattr__(self, "annual_debt_service", to_decimal(self.annual_debt_service))
        object.__setattr__(self, "open_exposure", to_decimal(self.open_exposure))
        if self.open_exposure < 0 or self.open_loans < 0:
            raise ValueError("open exposure and open loans cannot be negative")


@dataclass(frozen=True)
class Request:
    amount: Decimal
    term_months: int
    on: dt.date  # application date, in the lender's timezone

    def __post_init__(self):
        object.__setattr__(self, "amount", to_decimal(self.amount))
        if self.amount <= 0:
            raise ValueError(f"requested amount must be positive, not {self.amount}")
        if self.term_months <= 0:
            raise ValueError(f"requested term must be positive, not {self.term_months}")


@dataclass(frozen=True)
class Settings:
    """Policy thresholds; the app fills them from configuration. Rates and shares are fractions."""

    approve_below_pd: Decimal = Decimal("0.06")  # the book defaults ~5 %: average risk or better is approved
    decline_from_pd: Decimal = Decimal("0.15")  # 3× the book's rate: the loss outruns any APR within bounds
    min_age: int = 18  # legal age to contract
    max_age: int = 70  # DESIGN §5: beyond 70 health and succession risk outrun the records
    max_days_past_due: int = 30  # DESIGN §5: no loan with us more than 30 days late
    net_margin: Decimal = Decimal("0.30")  # revenue left after seed, fertiliser, machinery and rent
    capacity_share: Decimal = Decimal("0.50")  # at most half the surplus to us; the household lives on the rest
    risk_premium_per_pd: Decimal = Decimal("1.0")  # APR added per unit of PD: the expected loss, priced once
    limit_step: Decimal = Decimal("100")  # limits in round hundreds: what an agent can say and a farmer recall

    def __post_init__(self):
        for name in ("approve_below_pd", "decline_from_pd", "net_margin", "capacity_share", "risk_premium_per_pd"):
            object.__setattr__(self, name, _rate(getattr(self, name)))
        object.__setattr__(self, "limit_step", to_decimal(self.limit_step))
        if not 0 <= self.approve_below_pd <= self.decline_from_pd <= 1:
            raise ValueError("need 0 <= approve_below_pd <= decline_from_pd <= 1")
        if self.limit_step <= 0:
            raise ValueError("limit_step must be positive")


DEFAULTS = Settings()


def band(pd, settings: Settings) -> str:
    """The PD band alone: "approve" below approve_below_pd, "decline" from decline_from_pd, "refer" between."""
    probability = _rate(pd)
    if probability >= settings.decline_from_pd:
        return "decline"
    return "approve" if probability < settings.approve_below_pd else "refer"


@dataclass(frozen=True)
class Outcome:
    status: str  # approved | referred | declined
    rule: str  # the rule that decided, e.g. "hard.kyc", "band.refer"
    amount: Decimal  # principal granted, in the currency's minor unit; 0 when declined
    limit: Decimal  # what capacity allows within the product; 0 when declined before it was worked out
    apr: Decimal  # 4 places; 0 when declined before pricing
    term_months: int  # 0 when declined before the term was worked out
    due_date: dt.date | None  # final repayment date when aligned to a harvest; None: the schedule counts the term
    messages: tuple[str, ...] = field(default=())
    # the limit before the farmer's open exposure is taken off it (not compared: it is derived from the above)
    capacity: Decimal = field(default=Decimal("0"), compare=False)


def _show(amount: Decimal, currency: str) -> str:
    return f"{amount:,.{minor_units(currency)}f} {currency}"


def _in_minor_units(amount: Decimal, currency: str) -> Decimal:
    return Money(amount, currency).rounded().amount


def _hard_rule(facts: Facts, settings: Settings) -> tuple[str, str] | None:
    """The first hard rule the farmer fails, as (rule, message); None when all pass."""
    if not facts.consent_to_scoring:
        return "hard.consent", "no consent to credit scoring on file"
    if not facts.kyc_complete:
        return "hard.kyc", "name, national ID or phone missing"
    if facts.age is None or not settings.min_age <= facts.age <= settings.max_age:
        return "hard.age", f"age must be {settings.min_age}-{settings.max_age}"
    if facts.worst_days_past_due_current is not None and facts.worst_days_past_due_current > settings.max_days_past_due:
        return "hard.arrears", f"an open loan is more than {settings.max_days_past_due} days past due"
    if facts.fraud_hold:
        return "hard.fraud_hold", "held for fraud review"
    return None


def price(*, pd: Decimal, product: Product, settings: Settings) -> tuple[Decimal, list[str]]:
    """APR = base + premium × PD, kept within the product's bounds, 4 places half-even."""
    apr = product.base_apr + settings.risk_premium_per_pd * pd
    messages = []
    if apr > product.max_apr:
        apr = product.max_apr
        messages.append(f"APR capped at the product maximum {product.max_apr:.4f}")
    elif apr < product.min_apr:
        apr = product.min_apr
        messages.append(f"APR raised to the product minimum {product.min_apr:.4f}")
    return apr.quantize(APR_PLACES, rounding=ROUND_HALF_EVEN), messages


def term(*, facts: Facts, request: Request, product: Product) -> tuple[int, dt.date | None, list[str]]:
    """(term_months, due_date, messages). A lump-sum product runs to the next harvest of the main crop that is at
    least the product's minimum term away; otherwise the requested term within the product's bounds."""
    if product.amortization in HARVEST_AMORTIZATIONS and facts.main_crop is not None:
        min_days = max(
            crops.MIN_DAYS_TO_HARVEST_DUE, (crops.add_months(request.on, product.min_term_months) - request.on).days
        )
        due = crops.next_harvest_due(facts.main_crop, request.on, min_days=min_days)
        if due is not None:
            months = crops.months_rounded_up(request.on, due)
            if months <= product.max_term_months:
                return months, due, [f"term {months} months, due {due.isoformat()} after the {facts.main_crop} harvest"]
            capped = crops.add_months(request.on, product.max_term_months)
            return (
                product.max_term_months,
                capped,
                [
                    f"the {facts.main_crop} harvest due {due.isoformat()} is beyond the product's "
                    f"{product.max_term_months} months; term {product.max_term_months} months, due {capped.isoformat()}"
                ],
            )
    months = min(max(request.term_months, product.min_term_months), product.max_term_months)
    messages = (
        []
        if months == request.term_months
        else [f"term set to {months} months (product allows {product.min_term_months}-{product.max_term_months})"]
    )
    return months, None, messages


def capacity(*, facts: Facts, apr: Decimal, term_months: int, settings: Settings) -> Decimal:
    """The largest principal whose total repayable, principal × (1 + apr × term/12), fits within capacity_share of
    the expected surplus for the term (not rounded). 0 when there is no surplus."""
    if facts.revenue_12m is None:
        return Decimal("0")
    surplus = facts.revenue_12m * settings.net_margin - facts.annual_debt_service
    if surplus <= 0:
        return Decimal("0")
    years = Decimal(term_months) / 12
    # A term under a year is repaid from one season's proceeds, not a fraction of them.
    repayable = settings.capacity_share * surplus * max(Decimal(1), years)
    return repayable / (1 + apr * years)


def in_steps(principal: Decimal, settings: Settings) -> Decimal:
    """A principal rounded down to limit_step; nothing below zero."""
    if principal <= 0:
        return Decimal("0")
    return (principal / settings.limit_step).to_integral_value(rounding=ROUND_FLOOR) * settings.limit_step


def limit(*, facts: Facts, apr: Decimal, term_months: int, product: Product, settings: Settings) -> Decimal:
    """What may be lent now: capacity less the farmer's open exposure with us (loans outstanding and offers not yet
    taken, across products), rounded down to limit_step, capped at the product maximum."""
    available = capacity(facts=facts, apr=apr, term_months=term_months, settings=settings) - facts.open_exposure
    return min(in_steps(available, settings), product.max_amount)


def gross_limit(*, facts: Facts, apr: Decimal, term_months: int, settings: Settings) -> Decimal:
    """The farmer's capacity in limit steps, as if nothing were open and before any product's maximum: what an
    officer's later review nets the exposure of that day from."""
    return in_steps(capacity(facts=facts, apr=apr, term_months=term_months, settings=settings), settings)


def decide(*, pd: float, facts: Facts, request: Request, product: Product, settings: Settings = DEFAULTS) -> Outcome:
    """Decide one application. Deterministic and pure; raises ValueError on a PD outside [0, 1] or an amount with more
    decimals than the product's currency allows."""
    if isinstance(pd, bool) or not isinstance(pd, (numbers.Real, Decimal)) or not math.isfinite(pd) or not 0 <= pd <= 1:
        raise ValueError(f"pd must be a probability in [0, 1], not {pd!r}")
    if not fits_currency(request.amount, product.currency):
        raise ValueError(f"requested amount {request.amount} has more decimals than {product.currency} allows")
    probability = _rate(pd)
    zero = _in_minor_units(Decimal(0), product.currency)

    def declined(rule: str, messages, *, limit_=zero, apr=Decimal("0.0000"), months=0, due=None) -> Outcome:
        return Outcome(DECLINED, rule, zero, limit_, apr, months, due, tuple(messages))

    failed = _hard_rule(facts, settings)
    if failed is not None:
        rule, message = failed
        return declined(rule, [message])
    if band(probability, settings) == "decline":
        return declined("band.decline", [f"PD {probability} at or above {settings.decline_from_pd}"])

    apr, messages = price(pd=probability, product=product, settings=settings)
    months, due, term_messages = term(facts=facts, request=request, product=product)
    messages += term_messages
    ceiling = _in_minor_units(
        limit(facts=facts, apr=apr, term_months=months, product=product, settings=settings), product.currency
    )
    gross = _in_minor_units(gross_limit(facts=facts, apr=apr, term_months=months, settings=settings), product.currency)
    if ceiling < product.min_amount:
        # With nothing open the limit is the gross one within the product (whose maximum is at least its minimum):
        # a gross limit that reaches the minimum means open exposure is what holds the limit below it.
        if gross >= product.min_amount:
            return replace(
                declined(
                    "exposure.limit_used",
                    [
                        *messages,
                        f"{_show(facts.open_exposure, product.currency)} already lent or offered uses the limit "
                        f"of {_show(gross, product.currency)}",
                    ],
                    limit_=ceiling,
                    apr=apr,
                    months=months,
                    due=due,
                ),
                capacity=gross,
            )
        reason = (
            "no crop sales in the last 12 months"
            if facts.revenue_12m is None
            else f"capacity allows {_show(ceiling, product.currency)}, "
            f"below the product minimum {_show(product.min_amount, product.currency)}"
        )
        return replace(
            declined("capacity.none", [*messages, reason], limit_=ceiling, apr=apr, months=months, due=due),
            capacity=gross,
        )
    if request.amount < product.min_amount:
        return declined(
            "product.amount_below_minimum",
            [
                *messages,
                f"{_show(request.amount, product.currency)} is below the product minimum "
                f"{_show(product.min_amount, product.currency)}",
            ],
            limit_=ceiling,
            apr=apr,
            months=months,
            due=due,
        )
    amount = _in_minor_units(min(request.amount, ceiling), product.currency)
    if amount < request.amount:
        messages.append(f"amount reduced to the limit {_show(ceiling, product.currency)}")

    if facts.open_exposure > 0:
        messages.append(
            f"limit {_show(gross, product.currency)} less {_show(facts.open_exposure, product.currency)} "
            f"already lent or offered"
        )
    if band(probability, settings) == "approve" and facts.risk_review:
        status, rule = REFERRED, "risk.review"
        messages.append("held by the risk rules: a credit officer decides")
    elif band(probability, settings) == "approve" and facts.open_loans and not product.allows_concurrent:
        status, rule = REFERRED, "exposure.open_loan"
        messages.append(
            "a loan or offer is still open and this product is not taken alongside one: a credit officer decides"
        )
    elif band(probability, settings) == "approve":
        status, rule = APPROVED, "band.approve"
    else:
        status, rule = REFERRED, "band.refer"
        messages.append(f"PD {probability} at or above {settings.approve_below_pd}: a credit officer decides")
    return Outcome(status, rule, amount, ceiling, apr, months, due, tuple(messages), capacity=gross)
