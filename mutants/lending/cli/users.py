"""`flask users create`: staff accounts (agents, officers, admins)."""

from __future__ import annotations

import click

from ..domain.actors import SYSTEM
from ..domain.phones import E164
from ..extensions import db
from ..models.staff import STAFF_ROLES
from . import Group

group = Group("users", help="Staff accounts.")


@group.command("create")
@click.option("--role", type=click.Choice(STAFF_ROLES), required=True)
@click.option("--phone", required=True, help="E.164, e.g. +8613900000001")
@click.option("--password", required=True, prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--name", default=None, help="display name (defaults to the role)")
@click.option("--village", "villages", multiple=True, help="a village code the agent covers (repeatable)")
def create_user(role, phone, password, name, villages):
    """Create a staff account (agent, officer or admin)."""
    from ..errors import LendingError
    from ..services import staff

    if not E164.match(phone):
        raise click.BadParameter("not an E.164 phone number (e.g. +8613900000001)", param_hint="--phone")
    if len(password) < 8:
        raise click.BadParameter("at least 8 characters", param_hint="--password")
    try:
        agent = staff.create(
            session=db.session,
            actor=SYSTEM,
            phone=phone,
            password=password,
            role=role,
            name=name or role.title(),
            villages=list(villages),
        )
    except LendingError as error:
        raise click.ClickException(error.message) from None
    click.echo(f"created {role} {agent.id} ({phone})")
