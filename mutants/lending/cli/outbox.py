"""`flask outbox run [--once]` sends pending SMS through the transport SMS_TRANSPORT names; `flask outbox status`
shows where the outbox stands."""

from __future__ import annotations

import time

import click
from flask import current_app

from ..config import Settings
from ..extensions import db
from . import Group

group = Group("outbox", help="The SMS outbox.")

IDLE_SECONDS = 2


@group.command("run")
@click.option("--once", is_flag=True, help="one pass over what is due, then stop")
def run(once):
    """Send due SMS through the configured transport (SMS_TRANSPORT); retry with backoff, reconcile lost answers.
    Any number of workers may run at once."""
    from ..channels import sms
    from ..services import outbox

    settings = Settings.from_config(current_app.config)
    try:
        transport = sms.transport(settings.sms_transport, settings)
    except ValueError as error:
        raise click.ClickException(f"SMS_TRANSPORT: {error}") from None
    while True:
        done = outbox.deliver(session=db.session, transport=transport)
        if once:
            click.echo(str(done))
            return
        if done != outbox.Pass():
            click.echo(str(done))
        else:
            time.sleep(IDLE_SECONDS)


@group.command("status")
def status():
    """Messages per status and per delivery status, the oldest pending, and the failed ones with their last error."""
    from ..services import outbox

    report = outbox.status(session=db.session)
    click.echo("status: " + ", ".join(f"{name} {count}" for name, count in report.by_status.items()))
    if report.by_delivery_status:
        delivery = ", ".join(f"{name} {count}" for name, count in sorted(report.by_delivery_status.items()))
        click.echo(f"delivery: {delivery}")
    click.echo(f"oldest pending: {report.oldest_pending.isoformat() if report.oldest_pending else '-'}")
    if report.stale_sending:
        click.echo(f"sending for over {outbox.STALE_AFTER}: {report.stale_sending} (looked up on the next pass)")
    for failed in report.failed:
        click.echo(f"failed {failed.id} {failed.purpose} after {failed.attempts} tries: {failed.last_error or '-'}")
