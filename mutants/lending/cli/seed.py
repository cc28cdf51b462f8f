"""`flask seed [--farmers N]`: the demo data."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from ..extensions import db
from . import Command


@click.command("seed", cls=Command)
@with_appcontext
@click.option("--farmers", "farmer_count", type=int, default=None, help="how many farmers of farmers.jsonl to load")
def command(farmer_count):
    """Load the demo data (staff accounts, farmers and their records). Running it twice changes nothing."""
    from ..services import seeding

    count = farmer_count if farmer_count is not None else current_app.config["SEED_FARMERS"]
    summary = seeding.load(
        session=db.session,
        seeds_dir=current_app.config["SEEDS_DIR"],
        farmer_count=count,
        progress=lambda items, label: click.progressbar(items, label=label),
    )
    click.echo(", ".join(f"{name}: {n}" for name, n in summary.items()))
