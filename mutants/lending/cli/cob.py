"""`flask cob run [--date D]`: close of business through a business date, then the reminders it raised."""

from __future__ import annotations

import json
import time

import click

from ..extensions import db
from . import Group

group = Group("cob", help="Close of business.")


@group.command("run")
@click.option(
    "--date",
    "business_date",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="close through this business date (default: yesterday in LENDER_TZ)",
)
def run(business_date):
    """Close business dates through --date: book interest, fees and penalties due; age loans; raise reminders.
    Twice for one date changes nothing; several hosts may start it at once."""
    from ..services import cob

    started = time.perf_counter()
    try:
        closing = cob.close(
            session=db.session,
            through=business_date.date() if business_date else None,
            progress=lambda day: click.echo(f"  closed {day}", err=True),
        )
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    for result in closing.days:
        click.echo(json.dumps(result))
    sent, results = closing.reminders, closing.days
    click.echo(
        f"reminder SMS: {sent['queued']} queued, {sent['no_consent']} without service_sms consent, "
        f"{sent['no_phone']} without a phone"
    )
    click.echo(f"{len(results)} business date(s) in {time.perf_counter() - started:.1f}s", err=True)
