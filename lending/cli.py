"""Command line: `flask --app app users create | seed | db upgrade | outbox run | model ...`."""
from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext

from .extensions import db
from .models.staff import STAFF_ROLES
from .domain.actors import SYSTEM

users = AppGroup("users", help="Staff accounts.")
database = AppGroup("db", help="Schema migrations (alembic).")
outbox = AppGroup("outbox", help="The SMS outbox.")


@users.command("create")
@click.option("--role", type=click.Choice(STAFF_ROLES), required=True)
@click.option("--phone", required=True, help="E.164, e.g. +8613900000001")
@click.option("--password", required=True, prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--name", default=None, help="display name (defaults to the role)")
@click.option("--village", "villages", multiple=True, help="a village code the agent covers (repeatable)")
def create_user(role, phone, password, name, villages):
    """Create a staff account (agent, officer or admin)."""
    from .api.fields import E164
    from .errors import LendingError
    from .services import staff

    if not E164.match(phone):
        raise click.BadParameter("not an E.164 phone number (e.g. +8613900000001)", param_hint="--phone")
    if len(password) < 8:
        raise click.BadParameter("at least 8 characters", param_hint="--password")
    try:
        agent = staff.create(session=db.session, actor=SYSTEM, phone=phone, password=password, role=role,
                             name=name or role.title(), villages=list(villages))
    except LendingError as error:
        raise click.ClickException(error.message) from None
    click.echo(f"created {role} {agent.id} ({phone})")


@database.command("upgrade")
@click.argument("revision", default="head")
def upgrade(revision):
    """Migrate the database to REVISION (default head)."""
    from .migrate import upgrade as run_upgrade
    run_upgrade(current_app.config["DATABASE_URL"], revision)
    click.echo(f"database at {revision}")


@click.command("seed")
@with_appcontext
@click.option("--farmers", "farmer_count", type=int, default=None, help="how many farmers of farmers.jsonl to load")
def seed(farmer_count):
    """Load the demo data (staff accounts, farmers and their records). Running it twice changes nothing."""
    from .services import seeding
    count = farmer_count if farmer_count is not None else current_app.config["SEED_FARMERS"]
    from .services.clock import lender_today
    summary = seeding.load(session=db.session, seeds_dir=current_app.config["SEEDS_DIR"], farmer_count=count,
                           today=lender_today(db.session), progress=lambda items, label: click.progressbar(items, label=label))
    click.echo(", ".join(f"{name}: {n}" for name, n in summary.items()))


@outbox.command("run")
@click.option("--once", is_flag=True, help="send what is pending and stop")
def run_outbox(once):
    """Send pending SMS through the configured transport."""
    import time

    from .channels import sms
    transport = sms.ConsoleTransport()
    while True:
        sent = sms.deliver_pending(db.session, transport)
        click.echo(f"sent {sent}")
        if once:
            return
        time.sleep(2)


def register(app: Flask) -> None:
    from .commands_audit import audit_cli
    from .commands_loans import cob_cli, loan_cli
    from .commands_model import model_cli
    from .commands_pii import pii_cli
    for command in (users, database, outbox, seed, model_cli, loan_cli, cob_cli, pii_cli, audit_cli):
        app.cli.add_command(command)
