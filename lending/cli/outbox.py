"""`flask outbox run [--once]`: send pending SMS through the transport SMS_TRANSPORT names."""

from __future__ import annotations

import time

import click
from flask import current_app

from ..extensions import db
from . import Group

group = Group("outbox", help="The SMS outbox.")


@group.command("run")
@click.option("--once", is_flag=True, help="send what is pending and stop")
def run(once):
    """Send pending SMS through the configured transport (SMS_TRANSPORT)."""
    from ..channels import sms

    try:
        transport = sms.transport(current_app.config["SMS_TRANSPORT"])
    except ValueError as error:
        raise click.ClickException(f"SMS_TRANSPORT: {error}") from None
    while True:
        sent = sms.deliver_pending(db.session, transport)
        click.echo(f"sent {sent}")
        if once:
            return
        time.sleep(2)
