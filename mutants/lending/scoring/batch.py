"""Farmer-history files (DESIGN.md §5 JSON Lines) in bulk: train a model from one, score one to CSV, evaluate.

The same `features.compute` as the online decision builds every row, so batch and online never disagree. A
malformed line is reported with its line number and skipped (`problems`), never silently dropped.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..domain.histories import BadLine, read_file
from . import explain, features, metrics
from . import model as scoring_model
from .policy import DEFAULTS, band

CHUNK = 20_000
CSV_HEADER = ("farmer_id", "pd", "score", "decision", "reasons")
# A progress bar factory: (total or None, label) -> context manager whose value has .update(n). click.progressbar fits.
Bar = Callable[[int | None, str], object]


class _NoBar:
    def update(self, n: int) -> None:
        pass


def _bar(progress: Bar | None, total: int | None, label: str):
    return progress(total, label) if progress else nullcontext(_NoBar())


@dataclass
class Labelled:
    """Rows of a training file: features, outcomes, and what was skipped."""

    X: np.ndarray
    y: np.ndarray
    farmer_ids: list[str]
    problems: list[BadLine] = field(default_factory=list)


def count_lines(path: str | Path) -> int:
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)


def _rows(lines: Iterable[tuple[int, dict]], problems: list[BadLine], as_of) -> Iterator[tuple[int, dict, list]]:
    """(line number, history, feature row); a line whose records cannot be read is reported and skipped."""
    for line_number, history in lines:
        try:
            yield line_number, history, features.row(features.compute(history, as_of))
        except (KeyError, TypeError, ValueError, ArithmeticError) as error:
            problems.append(BadLine(line_number, f"records unreadable: {type(error).__name__}: {error}"))


def load_labelled(path: str | Path, *, progress: Bar | None = None, as_of=None) -> Labelled:
    """Features and outcomes of every farmer in `path` that has an outcome (others are reported)."""
    problems: list[BadLine] = []
    rows, outcomes, ids = [], [], []
    with _bar(progress, count_lines(path), "features") as bar:
        for count, (line_number, history, row) in enumerate(_rows(read_file(path, problems), problems, as_of), 1):
            if count % 1000 == 0:
                bar.update(1000)
            label = features.outcome(history)
            if label is None:
                problems.append(BadLine(line_number, "no outcome.defaulted: not training data"))
                continue
            rows.append(row)
            outcomes.append(label)
            ids.append(history["farmer_id"])
    X = np.array(rows, dtype=np.float64).reshape(-1, len(features.FEATURES))
    return Labelled(X=X, y=np.array(outcomes, dtype=np.int64), farmer_ids=ids, problems=problems)


def train_file(
    data: str | Path,
    out: str | Path,
    *,
    progress: Bar | None = None,
    stage: Callable[[str], None] | None = None,
    seed: int = 7,
):
    """Train on `data`, write the artifact to `out` (plus holdout.csv for the report); (TrainResult, Labelled)."""
    labelled = load_labelled(data, progress=progress)
    if labelled.y.size == 0 or labelled.y.min() == labelled.y.max():
        raise ValueError(f"{data}: training needs farmers with both outcomes; found {labelled.y.size} labelled rows")
    result = scoring_model.train(
        labelled.X, labelled.y, feature_names=features.FEATURES, monotone=features.MONOTONE, seed=seed, progress=stage
    )
    directory = scoring_model.save(result.model, out)
    holdout = scoring_model.split(labelled.y, seed)["holdout"]
    X, y = labelled.X[holdout], labelled.y[holdout]
    champion, challenger = result.model.predict_pd(X), result.challenger.predict_pd(X)
    with open(directory / "holdout.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(("y", "pd", "challenger_pd"))
        writer.writerows((int(label), f"{p:.6f}", f"{c:.6f}") for label, p, c in zip(y, champion, challenger))
    return result, labelled


def score_file(
    model, data: str | Path, out: str | Path, *, progress: Bar | None = None, as_of: dt.date | None = None
) -> tuple[int, list[BadLine]]:
    """Write `farmer_id,pd,score,decision,reasons` for every readable line of `data`, in input order. The decision
    is the PD band alone: a file carries no product, request or consent, so hard rules and capacity apply when an
    application is made."""
    problems: list[BadLine] = []
    written = 0
    rows = _rows(read_file(data, problems), problems, as_of)
    with open(out, "w", newline="", encoding="utf-8") as handle, _bar(progress, count_lines(data), "scoring") as bar:
        writer = csv.writer(handle)
        writer.writerow(CSV_HEADER)
        while chunk := list(itertools.islice(rows, CHUNK)):
            result = explain.explain_many(model, np.array([row for _, _, row in chunk], dtype=np.float64))
            for (_, history, _), pd, score, codes in zip(chunk, result.pd, result.score, result.reason_codes):
                writer.writerow(
                    (history["farmer_id"], f"{pd:.6f}", int(score), band(float(pd), DEFAULTS), ";".join(codes))
                )
            written += len(chunk)
            bar.update(len(chunk))
    return written, problems


def evaluate_file(model, data: str | Path) -> tuple[dict, list[BadLine]]:
    """{"auc", "ks", "brier", "n"} of `model` on the labelled farmers of `data`."""
    labelled = load_labelled(data)
    return metrics.evaluate(labelled.y, model.predict_pd(labelled.X)), labelled.problems
