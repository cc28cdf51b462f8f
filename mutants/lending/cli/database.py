"""`flask db upgrade [REVISION]`: schema migrations (alembic)."""

from __future__ import annotations

import click
from flask import current_app

from . import Group

group = Group("db", help="Schema migrations (alembic).")


@group.command("upgrade")
@click.argument("revision", default="head")
def upgrade(revision):
    """Migrate the database to REVISION (default head)."""
    from ..migrate import upgrade as run_upgrade

    run_upgrade(current_app.config["DATABASE_URL"], revision)
    click.echo(f"database at {revision}")
