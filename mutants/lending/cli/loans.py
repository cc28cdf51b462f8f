"""`flask loan preview ...`: the officer's calculator, from the code that schedules real loans."""

from __future__ import annotations

import json

import click

from ..domain.terms import BALLOON_INTEREST, DAY_COUNTS, FEE_MODES, LoanMethod
from ..money import parse_plain
from . import Group

group = Group("loan", help="Loan tools.")


def _decimal(ctx, param, value):
    """ASCII digits and an optional point, as the API reads an amount: no sign, exponent, separator or "１２"."""
    if value is None:
        return None
    try:
        return parse_plain(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a plain number such as 12000.00") from None


def _rate(ctx, param, value):
    """A rate in an unambiguous unit: per cent with a sign ("12%" → 0.12) or a fraction below 1 ("0.12" → 0.12).
    A bare number of 1 or more ("12", "1") could mean either, so it is refused rather than guessed. The digits are
    plain ASCII, as for an amount; a minus is read only to say that a rate is not negative."""
    if value is None:
        return None
    text = value.strip()
    per_cent = text.endswith("%")
    digits = text.removesuffix("%").strip()
    negative = digits.startswith("-")
    try:
        number = parse_plain(digits.removeprefix("-"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a number: write the rate as 12% or 0.12") from None
    if per_cent:
        number /= 100
    elif number >= 1:
        raise click.BadParameter(
            f"{value!r} is ambiguous: write {text}% for {text} per cent a year, or the rate as a "
            f"fraction below 1 (0.12 for 12 %)"
        )
    if negative and number:
        raise click.BadParameter("annual_rate must not be negative")
    return number


@group.command("preview")
@click.option("--method", type=click.Choice([method.value for method in LoanMethod]), required=True)
@click.option("--principal", required=True, callback=_decimal, help="amount lent, e.g. 12000.00")
@click.option(
    "--apr",
    "rate",
    required=True,
    callback=_rate,
    help="nominal annual rate: per cent with its sign (12%) or a fraction below 1 (0.12); a bare 12 or 1 "
    "is refused as ambiguous",
)
@click.option("--term", type=click.IntRange(1, 600), required=True, help="months")
@click.option("--start", type=click.DateTime(["%Y-%m-%d"]), required=True, help="disbursement date YYYY-MM-DD")
@click.option("--day-count", type=click.Choice(DAY_COUNTS), default="actual/365")
@click.option("--first-due", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--harvest", type=click.DateTime(["%Y-%m-%d"]), default=None, help="balloon: principal due date")
@click.option("--balloon-interest", type=click.Choice(BALLOON_INTEREST), default="monthly")
@click.option("--grace", type=click.IntRange(0, 600), default=0, help="months of principal grace")
@click.option("--fee-rate", callback=_decimal, default="0", help="origination fee as a fraction, e.g. 0.01")
@click.option("--fee-mode", type=click.Choice(FEE_MODES), default="deducted")
@click.option("--currency", default="CNY")
@click.option("--json", "as_json", is_flag=True, help="rows as JSON instead of a table")
def preview(
    method,
    principal,
    rate,
    term,
    start,
    day_count,
    first_due,
    harvest,
    balloon_interest,
    grace,
    fee_rate,
    fee_mode,
    currency,
    as_json,
):
    """Print a repayment schedule (due date, principal, interest, fee, total, balance after) — from the same code
    that schedules real loans."""
    from ..domain import schedules
    from ..domain.terms import LoanTerms

    try:
        schedule = schedules.build(
            LoanTerms(
                principal=principal,
                currency=currency,
                annual_rate=rate,
                method=method,
                term_months=term,
                start=start.date(),
                first_due=first_due.date() if first_due else None,
                day_count=day_count,
                harvest=harvest.date() if harvest else None,
                balloon_interest=balloon_interest,
                grace_months=grace,
                fee_rate=fee_rate,
                fee_mode=fee_mode,
            )
        )
    except ValueError as error:
        raise click.UsageError(str(error)) from None
    if as_json:
        click.echo(
            json.dumps(
                {
                    "apr": str(schedule.apr),
                    "disbursed": str(schedule.disbursed),
                    "total_cost_of_credit": str(schedule.total_cost_of_credit),
                    "rows": schedules.preview_rows(schedule),
                },
                indent=2,
            )
        )
    else:
        click.echo(schedules.format_table(schedule))
