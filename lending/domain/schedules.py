"""Repayment schedules: `build(terms)` turns LoanTerms into a Schedule — the one function behind the offer's preview
and the disbursed loan, so the two can never differ.

Arithmetic (DESIGN.md §4): amounts are held as integers of the currency's minor unit and every product of
balance × rate × year fraction is an exact rational, rounded once, half-even, to the minor unit. Nothing is rounded
in between, so no precision setting can change a schedule. Principal parts are whole minor units and the last
instalment absorbs every residue: principal parts sum exactly to `financed_principal`.

Interest methods follow Fineract's loan schedule generator:
- annuity: equal instalments A = P·r / (1 − (1+r)^−n), r = annual_rate / 12, rounded half-even; each period's
  interest is balance × annual_rate × year fraction (30/360: exactly balance × rate / 12); principal = A − interest.
- equal_principal: principal P/n, interest on the declining balance.
- flat: interest P × rate × term_months / 12 spread equally; principal equal. The day count plays no part.
- balloon (harvest): principal at the harvest; interest monthly on the full balance, or all at the harvest.
- bullet: principal and interest start → due in one instalment.
A broken first period (`first_due`) accrues for its actual days, unlike FINERACT PR #1562's full-month charge.

APR (disclosed, 4 places half-even: 0.1200 = 12.00 %): the annualised rate by the IRR method of the PBoC's
disclosure rule for loans to individuals (announcement [2021] No. 3): the rate per repayment period × periods a year,
the periods being the loan's own. It is the x that makes the instalment totals, discounted back period by period,
equal what the farmer received:  disbursed = Σ total_k / Π_{j≤k} (1 + x·y_j),  y_j = period j's length in years.
- Monthly instalments: 12 periods a year; with equal periods (30/360) this is exactly 12 × the monthly IRR.
- One payment (bullet, harvest balloon paid at harvest): the loan's own term is its period, 1/y periods a year, so
  x = (total / disbursed − 1) / y.
- y is the period's length on the contract's own clock — the day count its interest accrues by — so without fees a
  declining-balance schedule discloses its contract rate (up to the cent rounding of its interest): never the lower
  figure that compounding a single payment monthly gave. Two exceptions, both towards the farmer's true cost: a
  360-day "year" is no year, so actual/360 periods are measured in days / 365 (the APR is then the rate × 365/360);
  flat interest counts months whatever the days, so flat periods are measured on 30/360. Fees only raise x.
Solved in binary floating point (integers of minor units are exact in a float) with an exact check when the root
lies within float error of a rounding boundary, so the disclosed figure is the exact IRR rounded half-even.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import ROUND_HALF_EVEN, Context, Decimal, Inexact, InvalidOperation
from fractions import Fraction
from functools import partial
from itertools import accumulate, islice, repeat, starmap
from operator import add, truediv

from lending.domain.daycount import DAY_COUNT_BASIS, accrual_ratio, add_months, month_dates, whole_months_between
from lending.domain.terms import BALLOON_INTEREST, FEE_MODES, Instalment, LoanMethod, LoanTerms, Schedule
from lending.money import minor_units

_APR_PLACES = 4
_EXACT = Context(prec=60, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, Inexact])
_ZERO = Decimal(0)
_METHODS = frozenset(LoanMethod)  # `in` an enum class needs a member on Python 3.11; a set takes the plain string
_MONTHLY_METHODS = frozenset({LoanMethod.ANNUITY, LoanMethod.EQUAL_PRINCIPAL, LoanMethod.FLAT})

# Instalment(*row) through tuple.__new__ directly: the NamedTuple's Python __new__ doubles the cost of 12 rows
_new_instalment = partial(tuple.__new__, Instalment)

Period = tuple[dt.date, dt.date, "int | None"]  # (accrues from, due date, whole months of the calendar or None)


def build(terms: LoanTerms) -> Schedule:
    """The repayment schedule of `terms`. Raises ValueError naming the first term that makes no loan."""
    places = _validate(terms)
    principal = int(terms.principal.scaleb(places))  # whole minor units: _validate checked it is exact
    rate_num, rate_den = terms.annual_rate.as_integer_ratio()
    fee_num, fee_den = terms.fee_rate.as_integer_ratio()
    fee = _div_half_even(principal * fee_num, fee_den)
    if terms.fee_mode == "capitalised":
        financed, disbursed = principal + fee, principal
    else:
        financed, disbursed = principal, principal - fee
        if disbursed <= 0:
            raise ValueError(f"fee_rate {terms.fee_rate} leaves nothing to disburse from principal {terms.principal}")

    periods = _periods(terms)
    fractions = _year_fractions(periods, terms.day_count)
    if terms.method == LoanMethod.ANNUITY:
        rows = _annuity(terms, fractions, financed, rate_num, rate_den)
    elif terms.method == LoanMethod.EQUAL_PRINCIPAL:
        part = _equal_share(financed, len(fractions) - terms.grace_months)
        rows = _declining(terms, fractions, financed, rate_num, rate_den, part, level=False)
    elif terms.method == LoanMethod.FLAT:
        rows = _flat(terms, len(fractions), financed, rate_num, rate_den)
    else:  # balloon, bullet: interest on the full balance each period, principal with the last
        rows = [(0, _div_half_even(financed * rate_num * days, rate_den * basis)) for days, basis in fractions]
        rows[-1] = (financed, rows[-1][1])

    principals, interests = zip(*rows)
    totals = list(map(add, principals, interests))
    total_interest = sum(interests)
    total_repayable = financed + total_interest
    due_dates = [due_date for _, due_date, _ in periods]
    apr = _apr(disbursed, totals, _apr_years(terms, periods, fractions), terms.annual_rate)

    # minor units → Decimal with the currency's exponent (1066.19, 0.00), exact in a private context; C-level maps
    # because building these objects is the larger part of build()'s time
    unit = Decimal(1).scaleb(-places)
    quantum = repeat(unit)
    multiply = _EXACT.multiply
    count = len(rows)
    principal_amounts = list(map(multiply, map(Decimal, principals), quantum))
    interest_amounts = list(map(multiply, map(Decimal, interests), quantum))
    financed_amount = multiply(Decimal(financed), unit)
    instalments = tuple(
        map(
            _new_instalment,
            zip(
                range(1, count + 1),
                due_dates,
                principal_amounts,
                interest_amounts,
                repeat(multiply(_ZERO, unit), count),  # no fee is spread over instalments (yet)
                map(_EXACT.add, principal_amounts, interest_amounts),
                islice(accumulate(principal_amounts, _EXACT.subtract, initial=financed_amount), 1, None),
            ),
        )
    )
    cost_of_credit = total_repayable - disbursed
    disbursed_amount, fee_amount, interest_amount, repayable_amount, cost_amount = map(
        multiply, map(Decimal, (disbursed, fee, total_interest, total_repayable, cost_of_credit)), quantum
    )
    return Schedule(
        terms=terms,
        instalments=instalments,
        disbursed=disbursed_amount,
        financed_principal=financed_amount,
        fee=fee_amount,
        total_interest=interest_amount,
        total_repayable=repayable_amount,
        apr=apr,
        total_cost_of_credit=cost_amount,
    )


def _validate(terms: LoanTerms) -> int:
    """Reject terms that make no loan; return the currency's minor units."""
    places = minor_units(terms.currency)
    for name in ("principal", "annual_rate", "fee_rate"):
        value = getattr(terms, name)
        if not isinstance(value, Decimal) or not value.is_finite():
            raise ValueError(f"{name} must be a finite Decimal, got {value!r}")
    if terms.principal <= 0:
        raise ValueError(f"principal must be positive, got {terms.principal}")
    if not _whole_minor_units(terms.principal, places):
        raise ValueError(f"principal {terms.principal} has more decimals than {terms.currency} allows ({places})")
    if terms.annual_rate < 0:
        raise ValueError(f"annual_rate must not be negative, got {terms.annual_rate}")
    if terms.fee_rate < 0:
        raise ValueError(f"fee_rate must not be negative, got {terms.fee_rate}")
    if terms.method not in _METHODS:
        raise ValueError(f"unknown method {terms.method!r}; expected one of {', '.join(LoanMethod)}")
    if terms.day_count not in DAY_COUNT_BASIS:
        raise ValueError(f"unknown day count {terms.day_count!r}; expected one of {', '.join(DAY_COUNT_BASIS)}")
    if terms.fee_mode not in FEE_MODES:
        raise ValueError(f"unknown fee_mode {terms.fee_mode!r}; expected one of {', '.join(FEE_MODES)}")
    if terms.balloon_interest not in BALLOON_INTEREST:
        raise ValueError(
            f"unknown balloon_interest {terms.balloon_interest!r}; expected one of {', '.join(BALLOON_INTEREST)}"
        )
    if not isinstance(terms.term_months, int) or terms.term_months < 1:
        raise ValueError(f"term_months must be a whole number of at least 1, got {terms.term_months!r}")
    if not isinstance(terms.grace_months, int) or terms.grace_months < 0:
        raise ValueError(f"grace_months must be a whole number of at least 0, got {terms.grace_months!r}")
    if terms.grace_months >= terms.term_months:
        raise ValueError(f"grace_months ({terms.grace_months}) must be shorter than term_months ({terms.term_months})")
    if terms.first_due is not None and terms.first_due <= terms.start:
        raise ValueError(f"first_due {terms.first_due} must be after start {terms.start}")
    if terms.method == LoanMethod.BALLOON and terms.harvest is not None and terms.harvest <= terms.start:
        raise ValueError(f"harvest {terms.harvest} must be after start {terms.start}")
    return places


def _whole_minor_units(amount: Decimal, places: int) -> bool:
    """True when `amount` has no more decimals than `places` (money.decimal_places, at a tenth of its cost)."""
    try:
        scaled = amount.scaleb(places, _EXACT)
    except (Inexact, InvalidOperation):
        return False
    return scaled == scaled.to_integral_value()


def _periods(terms: LoanTerms) -> list[Period]:
    """(accrues from, due date, whole months) of every instalment, on the monthly calendar of DESIGN §6.

    The calendar's dues keep their anchor's day of month: `first_due`'s when given, else the disbursement date's.
    A broken first period (start → first_due not a whole number of months) accrues for its actual days.
    """
    start = terms.start
    if terms.first_due is None:
        anchor, offset, first_months = start, 1, 1
    else:
        anchor, offset = terms.first_due, 0
        first_months = whole_months_between(start, anchor)
    if terms.method in _MONTHLY_METHODS:
        dues = month_dates(add_months(anchor, offset), terms.term_months, day=anchor.day)
        return list(zip([start, *dues[:-1]], dues, [first_months, *[1] * (len(dues) - 1)]))
    final = add_months(anchor, terms.term_months - 1 + offset)
    if terms.method == LoanMethod.BULLET or terms.balloon_interest == "at_harvest":
        due = final if terms.method == LoanMethod.BULLET else terms.harvest or final
        return [(start, due, whole_months_between(start, due))]
    harvest = terms.harvest or final
    first_due = add_months(anchor, offset)
    if harvest <= first_due:  # a harvest before (or on) the first monthly date: one period
        return [(start, harvest, whole_months_between(start, harvest))]  # on it: first_months, the same
    periods = [(start, first_due, first_months)]
    k = offset + 1
    due = add_months(anchor, k)
    while due < harvest:  # monthly interest dates up to the harvest, which may lie beyond term_months
        periods.append((periods[-1][1], due, 1))
        k += 1
        due = add_months(anchor, k)
    # a harvest off the monthly calendar ends a short last period from the previous due date
    periods.append((periods[-1][1], harvest, 1 if due == harvest else None))
    return periods


def _year_fractions(periods: list[Period], day_count: str) -> list[tuple[int, int]]:
    """Each period's year fraction as exact (numerator, denominator)."""
    if day_count == "30/360":
        return [accrual_ratio(start, end, day_count, months=months) for start, end, months in periods]
    basis = DAY_COUNT_BASIS[day_count]
    return [((end - start).days, basis) for start, end, _ in periods]


def _annuity(terms, fractions, financed, rate_num, rate_den) -> list[tuple[int, int]]:
    amortising = len(fractions) - terms.grace_months
    exact_num, exact_den = _annuity_payment(financed, rate_num, rate_den, amortising)
    payment = _div_half_even(exact_num, exact_den)
    rows = _declining(terms, fractions, financed, rate_num, rate_den, payment, level=True)
    if rows[-1][0] == 0 and payment * exact_den > exact_num:
        # a rounded-up instalment of a tiny loan closed it before its term (frappe/lending#1452): round down.
        # (A one-row schedule's last principal is the whole balance, never 0.)
        rows = _declining(terms, fractions, financed, rate_num, rate_den, exact_num // exact_den, level=True)
    return rows


def _annuity_payment(principal: int, rate_num: int, rate_den: int, periods: int) -> tuple[int, int]:
    """A = P·r/(1 − (1+r)^−n) with r = rate/12, as an exact fraction (numerator, denominator) of minor units."""
    if rate_num == 0:
        return principal, periods
    base = 12 * rate_den  # r = rate_num / base
    grown = (base + rate_num) ** periods  # (1+r)^n = grown / base^n
    return principal * rate_num * grown, base * (grown - base**periods)


def _declining(terms, fractions, financed, rate_num, rate_den, amount, *, level) -> list[tuple[int, int]]:
    """Interest on the declining balance; principal `amount` − interest when the instalment is `level` (annuity),
    else `amount`, never below 0 nor above the balance; nothing in grace; the last takes the remaining balance."""
    rows = []
    balance = financed
    grace = terms.grace_months
    last = len(fractions) - 1
    for index, (days, basis) in enumerate(fractions):
        # interest = balance × rate × days / basis, rounded half-even (inlined _div_half_even: the hot loop)
        denominator = rate_den * basis
        interest, remainder = divmod(balance * rate_num * days, denominator)
        if 2 * remainder > denominator or (2 * remainder == denominator and interest & 1):
            interest += 1
        if index == last:
            principal = balance
        elif index < grace:
            principal = 0
        else:
            principal = amount - interest if level else amount
            principal = 0 if principal < 0 else balance if principal > balance else principal
        balance -= principal
        rows.append((principal, interest))
    return rows


def _flat(terms, count, financed, rate_num, rate_den) -> list[tuple[int, int]]:
    total_interest = _div_half_even(financed * rate_num * terms.term_months, rate_den * 12)
    interest = _equal_share(total_interest, count)
    part = _equal_share(financed, count - terms.grace_months)
    rows = [(0 if index < terms.grace_months else part, interest) for index in range(count - 1)]
    paid_principal = sum(row[0] for row in rows)
    rows.append((financed - paid_principal, total_interest - interest * (count - 1)))
    return rows


def _equal_share(total: int, count: int) -> int:
    """total / count rounded half-even — or rounded down when rounding up would leave the last share negative."""
    share = _div_half_even(total, count)
    if share * (count - 1) > total:
        share = total // count
    return share


def _div_half_even(numerator: int, denominator: int) -> int:
    """numerator / denominator (both ≥ 0, denominator > 0) rounded half-even to an integer."""
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient & 1):
        quotient += 1
    return quotient


def _apr_years(terms: LoanTerms, periods: list[Period], fractions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each period's length in years for the APR (module doc): the contract's day count; actual/360 on 365 days;
    flat on 30/360. A period 30/360 counts as no days (the 30th to the 31st) is its one real day, 1/360."""
    if terms.method == LoanMethod.FLAT:
        fractions = _year_fractions(periods, "30/360")
    elif terms.day_count == "actual/360":
        return [(days, 365) for days, _ in fractions]
    # only a 30/360 period can count no days: on an actual count every period has a day at least
    return [(numerator or 1, denominator) for numerator, denominator in fractions]


def _apr(disbursed: int, totals: list[int], years: list[tuple[int, int]], contract_rate: Decimal) -> Decimal:
    """The x with disbursed = Σ totals[k] / Π_{j≤k} (1 + x·years[j]), rounded half-even to 4 places (module doc)."""
    total = sum(totals)
    if total <= disbursed:
        return _quantised_apr(0)
    if len(totals) == 1:  # one period: x = (total − disbursed) / (disbursed · y), exactly
        numerator, denominator = years[0]
        return _quantised_apr(
            _div_half_even((total - disbursed) * denominator * 10**_APR_PLACES, disbursed * numerator)
        )
    target = float(disbursed)
    flows = list(zip(starmap(truediv, years), totals))  # (y in years as a float, amount in minor units)
    # Newton on x: the present value is convex and decreasing in x, so from at or below the root every step stays
    # below it and climbs (from above, the first step lands below). Start at the contract rate, the root of a
    # fee-free schedule (below it on actual/360), and never below 0, where the value is total − disbursed > 0.
    rate = float(contract_rate)
    for _ in range(100):
        value, slope, discount, sensitivity = -target, 0.0, 1.0, 0.0
        for year, amount in flows:
            shrink = 1.0 / (1.0 + rate * year)
            discount *= shrink
            sensitivity += year * shrink  # −d ln(discount) / dx
            present = amount * discount
            value += present
            slope -= present * sensitivity
        step = value / slope
        rate = max(rate - step, 0.0)
        if abs(step) < 1e-7:  # quadratic convergence: what remains is ~step² ≈ 1e-14, well inside 1e-10
            break
    scaled = rate * 10**_APR_PLACES  # in basis points
    below = math.floor(scaled)
    if abs(scaled - below - 0.5) > 1e-6:  # 1e-10 clear of a rounding boundary: far beyond float error
        return _quantised_apr(round(scaled))
    # at a half basis point within float error: decide exactly on which side the root lies (value decreases in x)
    boundary = Fraction(2 * below + 1, 2 * 10**_APR_PLACES)
    present, discount = Fraction(0), Fraction(1)
    for (numerator, denominator), amount in zip(years, totals):
        discount /= 1 + boundary * numerator / denominator
        present += amount * discount
    if present == disbursed:  # the root is the boundary itself: half-even
        return _quantised_apr(below + (below & 1))
    return _quantised_apr(below + 1 if present > disbursed else below)


def _quantised_apr(basis_points: int) -> Decimal:
    """An APR in whole hundredths of a per cent (0.0001) as the 4-place Decimal disclosed."""
    return Decimal(basis_points).scaleb(-_APR_PLACES)


def preview_rows(schedule: Schedule) -> list[dict]:
    """The instalments as JSON-ready rows: dates ISO, amounts as strings with the currency's decimals."""
    return [
        {
            "number": instalment.number,
            "due_date": instalment.due_date.isoformat(),
            "principal": str(instalment.principal),
            "interest": str(instalment.interest),
            "fee": str(instalment.fee),
            "total": str(instalment.total),
            "balance_after": str(instalment.balance_after),
        }
        for instalment in schedule.instalments
    ]


def format_table(schedule: Schedule) -> str:
    """An aligned text table of the schedule with a totals line and the disclosure lines (for `flask loan preview`)."""
    terms = schedule.terms
    header = ("No", "Due date", "Principal", "Interest", "Fee", "Total", "Balance")
    rows = [
        (
            str(row["number"]),
            row["due_date"],
            row["principal"],
            row["interest"],
            row["fee"],
            row["total"],
            row["balance_after"],
        )
        for row in preview_rows(schedule)
    ]
    fees = [instalment.fee for instalment in schedule.instalments]
    totals = (
        "",
        "Total",
        str(schedule.financed_principal),
        str(schedule.total_interest),
        str(sum(fees[1:], fees[0])),
        str(schedule.total_repayable),
        "",
    )
    widths = [max(len(line[column]) for line in (header, *rows, totals)) for column in range(len(header))]

    def line(cells) -> str:
        return "  ".join(
            cell.ljust(width) if column == 1 else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(cells, widths))
        ).rstrip()

    rule = "-" * len(line(header))
    percent = (schedule.apr * 100).quantize(Decimal("0.01"))
    fee_note = "deducted from the disbursement" if terms.fee_mode == "deducted" else "added to the principal"
    return "\n".join(
        [
            f"{terms.method} loan of {terms.principal} {terms.currency} at {terms.annual_rate * 100:f} % a year, "
            f"{terms.term_months} months, {terms.day_count}, from {terms.start.isoformat()}",
            line(header),
            rule,
            *(line(row) for row in rows),
            rule,
            line(totals),
            "",
            f"Disbursed:            {schedule.disbursed} {terms.currency}",
            f"Origination fee:      {schedule.fee} {terms.currency} ({fee_note})",
            f"Financed principal:   {schedule.financed_principal} {terms.currency}",
            f"Total interest:       {schedule.total_interest} {terms.currency}",
            f"Total repayable:      {schedule.total_repayable} {terms.currency}",
            f"Total cost of credit: {schedule.total_cost_of_credit} {terms.currency}",
            f"APR:                  {percent} % a year, all costs (IRR: rate per repayment period × periods a year)",
        ]
    )
