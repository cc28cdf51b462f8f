"""`make bench`: serve the app with gunicorn as production would, load it with wrk, write results.json
(DESIGN.md §10)."""

from __future__ import annotations

from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
WORK_DIR = BENCH_DIR / ".work"  # gitignored: fresh databases and server logs
RESULTS_PATH = BENCH_DIR / "results.json"
