"""Scoring without the server: training on 100,000 farmers, and batch scoring of a JSONL file beside its floor,
raw XGBoost `inplace_predict` on the same feature matrix.

100,000 farmers come from the seed generator (seed 7, as of 2025-03-01), written once to bench/.work/ and reused.
Batch scoring is timed per chunk of 20,000 farmers (JSON parse, features, PD, score, top-4 reasons, CSV row):
p50 / p99 are over the chunks of every round. The floor scores the same rows with only `inplace_predict` on the
ready matrix — what XGBoost alone costs, so the ratio says what our reading, features and reasons add.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from . import PROJECT_ROOT, WORK_DIR

FARMERS = 100_000
CHUNK = 20_000
NAMES = ("training_100k", "batch_scoring", "inplace_predict")


def _data() -> Path:
    path = WORK_DIR / f"farmers-{FARMERS}.jsonl"
    if not path.exists():
        sys.path.insert(0, str(PROJECT_ROOT))
        from seeds import generate

        WORK_DIR.mkdir(parents=True, exist_ok=True)
        print(f"bench: generating {FARMERS} farmers into {path.relative_to(PROJECT_ROOT)} (once)")
        generate.write_jsonl(generate.generate(FARMERS, 7, dt.date(2025, 3, 1)), str(path), total=FARMERS)
    return path


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _result(chunk_seconds: list[float], rows_per_chunk: int, floor: str | None, n: int) -> dict:
    p50 = statistics.median(chunk_seconds) * 1000
    return {
        "p50_ms": round(p50, 3),
        "p99_ms": round(percentile(chunk_seconds, 0.99) * 1000, 3),
        "throughput_per_s": round(rows_per_chunk / statistics.median(chunk_seconds), 1),
        "n": n,
        "floor": floor,
        "ratio_p50": None,
        "errors": 0,
    }


def run(repeat: int = 1) -> dict[str, dict]:
    from lending.scoring import batch, features

    data = _data()
    print(f"bench: training on {FARMERS} farmers")
    with tempfile.TemporaryDirectory(dir=WORK_DIR) as work:
        started = time.perf_counter()
        result, labelled = batch.train_file(data, Path(work) / "model")
        training_seconds = time.perf_counter() - started
        print(f"bench: trained in {training_seconds:.1f}s (features and boosting); holdout\n{result.summary_table()}")
        trained = result.model

        lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
        chunks = [lines[i : i + CHUNK] for i in range(0, len(lines), CHUNK)]
        batch_times, floor_times = [], []
        for _ in range(repeat):
            for number, chunk in enumerate(chunks):
                path = Path(work) / f"chunk-{number}.jsonl"
                path.write_text("".join(chunk), encoding="utf-8")
                started = time.perf_counter()
                batch.score_file(trained, path, Path(work) / f"chunk-{number}.csv")
                batch_times.append(time.perf_counter() - started)
                matrix = features.matrix(json.loads(line) for line in chunk)
                started = time.perf_counter()
                trained.booster.inplace_predict(matrix, predict_type="margin")
                floor_times.append(time.perf_counter() - started)

    results = {
        "training_100k": {
            "p50_ms": round(training_seconds * 1000, 1),
            "p99_ms": round(training_seconds * 1000, 1),
            "throughput_per_s": round(labelled.y.size / training_seconds, 1),
            "n": 1,
            "floor": None,
            "ratio_p50": None,
            "errors": 0,
        },
        "batch_scoring": _result(batch_times, CHUNK, "inplace_predict", FARMERS * repeat),
        "inplace_predict": _result(floor_times, CHUNK, None, FARMERS * repeat),
    }
    results["batch_scoring"]["ratio_p50"] = round(
        results["batch_scoring"]["p50_ms"] / results["inplace_predict"]["p50_ms"], 2
    )
    results["inplace_predict"]["ratio_p50"] = 1.0
    per_minute = results["batch_scoring"]["throughput_per_s"] * 60
    print(f"bench: batch scoring {per_minute:,.0f} farmers a minute")
    return results
