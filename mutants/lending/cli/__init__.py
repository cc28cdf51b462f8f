"""Command line: `flask --app app users | db | seed | outbox | model | loan | cob | pii | audit | ussd | sync ...`.

One module per command group; a command parses its options, calls a service and prints. Every group is a `Group`
(a standalone command a `Command`), so that any command run against a database that is not migrated says so in one
line and exits 2 instead of printing SQLAlchemy's traceback.
"""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy.exc import DBAPIError

NOT_MIGRATED = "the database is not migrated: run `flask db upgrade`"
UNDEFINED_TABLE = "42P01"  # PostgreSQL's SQLSTATE for `relation "..." does not exist`


class NotMigrated(click.ClickException):
    """`Error: the database is not migrated: run `flask db upgrade`` on stderr, exit 2."""

    exit_code = 2

    def __init__(self) -> None:
        super().__init__(NOT_MIGRATED)


def not_migrated(error: DBAPIError) -> bool:
    """True when a statement met a missing table: SQLite's "no such table", PostgreSQL's undefined table."""
    return getattr(error.orig, "sqlstate", None) == UNDEFINED_TABLE or str(error.orig).startswith("no such table")


class _SaysWhenNotMigrated:
    """Turns a missing table, met anywhere in the command, into `NotMigrated`."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DBAPIError as error:
            if not_migrated(error):
                raise NotMigrated() from None
            raise


class Group(_SaysWhenNotMigrated, AppGroup):
    """A group of commands run in the app context (AppGroup) that say when the database is not migrated."""


class Command(_SaysWhenNotMigrated, click.Command):
    """A standalone command that says when the database is not migrated (add `flask.cli.with_appcontext`)."""


def register(app: Flask) -> None:
    """Add every command group to `flask`."""
    from . import audit, cob, database, loans, outbox, pii, scoring_models, seed, sync, users, ussd

    for command in (
        users.group,
        database.group,
        outbox.group,
        seed.command,
        scoring_models.group,
        loans.group,
        cob.group,
        pii.group,
        audit.group,
        ussd.group,
        sync.group,
    ):
        app.cli.add_command(command)
