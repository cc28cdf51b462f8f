"""`flask model train | score | evaluate | report | list | promote | ensure` — the scoring model's command line."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click
from flask import current_app

from ..domain.actors import SYSTEM
from ..extensions import db
from . import Group

group = Group("model", help="Train, score with, evaluate, report on and promote scoring models.")


def _bar(total, label):
    return click.progressbar(length=total, label=f"{label:<9}", show_pos=True, show_eta=True, file=sys.stderr)


class _Stages:
    """Prints training stages; boosting rounds on one updating line."""

    def __call__(self, label: str) -> None:
        if label.startswith("boosting round"):
            if int(label.rsplit(" ", 1)[1]) % 25 == 0:
                click.echo(f"  {label}", err=True)
        else:
            click.echo(f"  {label}", err=True)


def _report_problems(problems) -> None:
    for problem in problems[:20]:
        click.echo(f"  line {problem.line_number}: {problem.reason}", err=True)
    if len(problems) > 20:
        click.echo(f"  ... and {len(problems) - 20} more skipped lines", err=True)


def _existing_file(ctx, param, value):
    if value is not None and not Path(value).is_file():
        raise click.BadParameter(f"no such file: {value}")
    return value


def _model(path: str):
    from ..scoring import features, model

    try:
        return model.load(path, feature_names=features.FEATURES)
    except FileNotFoundError:
        raise click.BadParameter(f"no model artifact (model.json, metadata.json) in {path}") from None
    except model.FeatureMismatch as error:
        raise click.ClickException(str(error)) from None


def _train_and_register(data: str, out: str | None, promote: bool) -> str:
    from ..scoring import batch
    from ..services import registry

    started = time.perf_counter()
    out_dir = out or str(Path(current_app.config["MODELS_DIR"]) / f"training-{time.strftime('%Y%m%d-%H%M%S')}")
    result, labelled = batch.train_file(data, out_dir, progress=_bar, stage=_Stages())
    click.echo("", err=True)
    _report_problems(labelled.problems)
    metadata = result.model.metadata
    click.echo(
        f"model {metadata['version']}: {labelled.y.size} farmers ({int(labelled.y.sum())} defaulted), "
        f"best round {metadata['training']['best_iteration'] + 1}, {time.perf_counter() - started:.1f}s"
    )
    click.echo("holdout:")
    click.echo(result.summary_table())
    if not result.champion_wins:
        click.secho(
            "!!! THE CHAMPION DOES NOT BEAT THE CHALLENGER ON HOLDOUT AUC — do not promote this model !!!",
            fg="red",
            bold=True,
            err=True,
        )
    version = registry.register(session=db.session, actor=SYSTEM, path=out_dir)
    click.echo(f"wrote {out_dir}; registered {version.version}")
    if registry.promote_trained(
        session=db.session, actor=SYSTEM, version=version.version, champion_wins=result.champion_wins, force=promote
    ):
        click.echo(f"promoted {version.version}: the API decides with it")
    return version.version


@group.command("train")
@click.option("--data", required=True, callback=_existing_file, help="farmer histories with outcomes (JSON Lines)")
@click.option("--out", default=None, help="artifact directory to write (default: MODELS_DIR/training-<time>)")
@click.option("--promote", is_flag=True, help="make it the current model even if one is promoted")
def train(data, out, promote):
    """Train the XGBoost champion and the WoE scorecard challenger; print holdout AUC, KS and Brier for both."""
    _train_and_register(data, out, promote)


@group.command("ensure")
@click.option("--data", default=None, help="training data (default: SEEDS_DIR/farmers.jsonl)")
def ensure(data):
    """Train and promote a model from the seed data when none is promoted (what `make run` does)."""
    from ..services import registry

    current = registry.current_version(session=db.session)
    if current is not None:
        click.echo(f"current model {current.version}")
        return
    _train_and_register(data or str(Path(current_app.config["SEEDS_DIR"]) / "farmers.jsonl"), None, promote=True)


@group.command("score")
@click.option("--model", "model_dir", required=True, help="model artifact directory")
@click.option("--data", required=True, callback=_existing_file, help="farmer histories (JSON Lines)")
@click.option("--out", required=True, help="CSV to write: farmer_id,pd,score,decision,reasons")
def score(model_dir, data, out):
    """Score every farmer of a file, in input order; decision is the PD band (approve / refer / decline)."""
    from ..scoring import batch

    model = _model(model_dir)
    started = time.perf_counter()
    written, problems = batch.score_file(model, data, out, progress=_bar)
    seconds = time.perf_counter() - started
    _report_problems(problems)
    click.echo(
        f"scored {written} farmers into {out} in {seconds:.1f}s "
        f"({written / seconds * 60:,.0f} a minute); {len(problems)} lines skipped",
        err=True,
    )


@group.command("evaluate")
@click.option("--model", "model_dir", required=True, help="model artifact directory")
@click.option("--data", required=True, callback=_existing_file, help="farmer histories with outcomes")
def evaluate(model_dir, data):
    """Print {"auc", "ks", "brier", "n"} of the model on the labelled farmers of a file (one JSON object)."""
    from ..scoring import batch

    result, problems = batch.evaluate_file(_model(model_dir), data)
    _report_problems(problems)
    click.echo(json.dumps(result))


@group.command("report")
@click.option("--model", "model_dir", required=True, help="model artifact directory")
@click.option("--out", required=True, help="directory for the PNG plots and index.html")
def report(model_dir, out):
    """ROC, calibration and score-distribution plots of the holdout, and an HTML page showing them."""
    from ..scoring import report as model_report

    _model(model_dir)
    for path in model_report.write(model_dir, out):
        click.echo(str(path))


@group.command("list")
def list_models():
    """Registered models, newest first; * marks the current one."""
    from ..services import registry

    for version in registry.list_(session=db.session):
        champion = version.metrics["champion"]
        click.echo(
            f"{'*' if version.is_current else ' '} {version.version}  auc {champion['auc']:.4f}  "
            f"ks {champion['ks']:.4f}  brier {champion['brier']:.4f}  {version.path}"
        )


@group.command("promote")
@click.argument("version")
def promote(version):
    """Make VERSION the model the API decides with."""
    from ..errors import LendingError
    from ..services import registry

    try:
        registry.promote(session=db.session, actor=SYSTEM, version=version)
    except LendingError as error:
        raise click.ClickException(error.message) from None
    click.echo(f"promoted {version}")
