"""`python -m bench [options]`: serve the app, load each scenario with wrk, write results.json, print the table."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys

from . import PROJECT_ROOT, RESULTS_PATH, load, loans, offline, report
from .client import Client, SetupFailed
from .scenarios import SCENARIOS, HttpScenario
from .server import Server, ServerFailed, postgres_version

POSTGRES_SUFFIX = "_postgresql"  # a scenario served on PostgreSQL, beside its SQLite figures in results.json
DURATION = re.compile(r"^(\d+)([smh]?)$")  # what wrk's -d and --timeout accept
SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600}


def _duration(text: str) -> str:
    if not DURATION.match(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration like 10s, 2m or 0")
    return text


def seconds(duration: str) -> int:
    number, unit = DURATION.match(duration).groups()
    return int(number) * SECONDS[unit]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    env = os.environ.get
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description=__doc__,
        epilog="Each option also reads the BENCH_* variable named in its help, e.g. `make bench BENCH_DURATION=30s`.",
    )
    parser.add_argument(
        "--scenarios",
        default=env("BENCH_SCENARIOS", ""),
        help="comma-separated names (BENCH_SCENARIOS; default all; floors are added)",
    )
    parser.add_argument(
        "--duration",
        type=_duration,
        default=env("BENCH_DURATION", "10s"),
        help="wrk -d per scenario and round (BENCH_DURATION; default 10s)",
    )
    parser.add_argument(
        "--warmup",
        type=_duration,
        default=env("BENCH_WARMUP", "2s"),
        help="unrecorded load before each scenario's first round, 0 for none (BENCH_WARMUP; default 2s)",
    )
    parser.add_argument(
        "--threads", type=int, default=int(env("BENCH_THREADS", "2")), help="wrk -t (BENCH_THREADS; default 2)"
    )
    parser.add_argument(
        "--connections",
        type=int,
        default=int(env("BENCH_CONNECTIONS", "2")),
        help="wrk -c (BENCH_CONNECTIONS; default 2: one request per worker, so p50 is the time to answer, "
        "not queueing)",
    )
    parser.add_argument(
        "--timeout",
        type=_duration,
        default=env("BENCH_TIMEOUT", "5s"),
        help="wrk --timeout: slower responses count as errors (BENCH_TIMEOUT; default 5s)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=int(env("BENCH_REPEAT", "1")),
        help="rounds over all scenarios; figures are medians of rounds (BENCH_REPEAT; default 1)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=int(env("BENCH_WORKERS", "2")),
        help="gunicorn workers (BENCH_WORKERS; default 2, one per core of this machine)",
    )
    parser.add_argument(
        "--database-url",
        default=env("BENCH_DATABASE_URL", ""),
        help="serve on a new schema of this PostgreSQL database (postgresql+psycopg://...), dropped at the end; the "
        f"server's scenarios are stored as <name>{POSTGRES_SUFFIX} (BENCH_DATABASE_URL; default a new SQLite file)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the database and server log in bench/.work/")
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    args = parser.parse_args(argv)
    if args.threads < 1 or args.connections < args.threads or args.repeat < 1 or args.workers < 1:
        parser.error("need threads ≥ 1, connections ≥ threads, repeat ≥ 1 and workers ≥ 1")
    if seconds(args.duration) < 1:
        parser.error("--duration must be at least 1s")
    if args.database_url and not args.database_url.startswith("postgresql"):
        parser.error("--database-url must be a PostgreSQL URL (postgresql+psycopg://user@host:port/database)")
    return args


def choose(names: str) -> list[HttpScenario]:
    """The named HTTP scenarios (all when none), plus the floors they are compared with, in registry order."""
    given = {name.strip() for name in names.split(",") if name.strip()}
    if given and given <= set(offline.NAMES) | set(loans.NAMES):
        return []
    wanted = given - set(offline.NAMES) - set(loans.NAMES) or set(SCENARIOS)
    unknown = wanted - set(SCENARIOS)
    if unknown:
        raise SystemExit(f"bench: unknown scenario {', '.join(sorted(unknown))}; known: {', '.join(SCENARIOS)}")
    wanted |= {SCENARIOS[name].floor for name in wanted if SCENARIOS[name].floor}
    return [scenario for name, scenario in SCENARIOS.items() if name in wanted]


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def meta(args: argparse.Namespace, wrk: str, commands: dict[str, str]) -> dict:
    status = _git("status", "--porcelain")
    return {
        "date_utc": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "git_commit": _git("rev-parse", "HEAD"),
        "git_dirty": None if status is None else bool(status),
        "cores": os.cpu_count(),
        "database": (
            f"{postgres_version(args.database_url)}, fresh schema"
            if args.database_url
            else f"SQLite {sqlite3.sqlite_version}, fresh file, WAL"
        ),
        "server": f"gunicorn, {args.workers} sync workers, 127.0.0.1",
        "workers": args.workers,
        "duration": args.duration,
        "warmup": args.warmup,
        "repeat": args.repeat,
        "wrk_version": load.wrk_version(wrk),
        "wrk_commands": commands,
    }


def run(args: argparse.Namespace, scenarios: list[HttpScenario], wrk: str) -> tuple[dict, dict[str, str]]:
    """Serve, prepare every scenario, then load each in turn for every round; the server stops in all cases."""
    settings = load.LoadSettings(
        threads=args.threads, connections=args.connections, duration=args.duration, timeout=args.timeout
    )
    rounds: dict[str, list[load.Measurement]] = {scenario.name: [] for scenario in scenarios}
    commands: dict[str, str] = {}
    token_minutes = 15 + (seconds(args.duration) + seconds(args.warmup)) * args.repeat * len(scenarios) // 60
    with Server(
        workers=args.workers, token_minutes=token_minutes, keep=args.keep, postgres_url=args.database_url or None
    ) as server:
        print(f"bench: gunicorn ({args.workers} workers) on {server.base_url}, database {server.database}")
        targets = {scenario.name: scenario.prepare(Client(server.base_url)) for scenario in scenarios}
        for number in range(1, args.repeat + 1):
            for scenario in scenarios:
                target = targets[scenario.name]
                url = server.base_url + target.path
                if scenario.drive is not None:  # conversations wrk cannot script: a Python driver of its own
                    if number == 1 and seconds(args.warmup):
                        scenario.drive(server.base_url, target, True)
                    commands[scenario.name] = scenario.describe()
                    measurement = scenario.drive(server.base_url, target, False)
                    rounds[scenario.name].append(measurement)
                    _progress(number, args.repeat, scenario.name, measurement)
                    continue
                if number == 1 and seconds(args.warmup):
                    # first requests pay for lazy imports and empty caches in each worker: leave them out
                    load.run(
                        load.command(wrk, settings, url, scenario.script_path, args.warmup),
                        {**target.env, "BENCH_RUN": "w"},
                    )
                argv = load.command(wrk, settings, url, scenario.script_path)
                commands[scenario.name] = load.show(["wrk", *argv[1:]]).replace(str(PROJECT_ROOT) + "/", "")
                measurement = load.run(argv, {**target.env, "BENCH_RUN": f"r{number}"})
                rounds[scenario.name].append(measurement)
                _progress(number, args.repeat, scenario.name, measurement)
    return rounds, commands


def _progress(number: int, repeat: int, name: str, measurement: load.Measurement) -> None:
    print(
        f"bench: round {number}/{repeat} {name:<16} p50 {measurement.p50_ms:8.2f} ms  "
        f"{measurement.throughput_per_s:9.1f} req/s  errors {measurement.errors}"
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.list:
        for name, scenario in SCENARIOS.items():
            print(f"{name:<16} floor {scenario.floor or '-'}")
        print(f"{'training_100k':<16} floor -\n{'batch_scoring':<16} floor inplace_predict")
        print(f"{'inplace_predict':<16} floor -")
        print(f"{'schedule_build':<16} floor terms_only\n{'terms_only':<16} floor -\n{'cob_1m_loans':<16} floor -")
        return 0
    scenarios = choose(args.scenarios)
    # a plain `kill` of the bench must still stop the server: make SIGTERM unwind like Ctrl-C does
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        wrk = load.find_wrk()
        rounds, commands = run(args, scenarios, wrk) if scenarios else ({}, {})
    except KeyboardInterrupt:
        print("\nbench: interrupted; server stopped", file=sys.stderr)
        return 130
    except (ServerFailed, SetupFailed, load.LoadFailed) as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1
    results = report.summarise(rounds, {scenario.name: scenario.floor for scenario in scenarios})
    if args.database_url:
        results = {
            name + POSTGRES_SUFFIX: {**result, "floor": result["floor"] and result["floor"] + POSTGRES_SUFFIX}
            for name, result in results.items()
        }
    names = {name.strip() for name in args.scenarios.split(",") if name.strip()}
    if not names or names & set(offline.NAMES):
        results.update(offline.run(args.repeat))
    if not names or names & {"schedule_build", "terms_only"}:
        results.update(loans.schedules_bench())
    if not names or "cob_1m_loans" in names:
        results.update(loans.cob_bench())
    if names and RESULTS_PATH.exists():  # a partial run keeps the other scenarios' last figures
        kept = {k: v for k, v in json.loads(RESULTS_PATH.read_text(encoding="utf-8")).items() if k != "_meta"}
        results = {**kept, **results}
    report.write(RESULTS_PATH, results, meta(args, wrk, commands))
    print()
    print(report.table(results))
    print(f"\nwritten {RESULTS_PATH.relative_to(PROJECT_ROOT)}; compare ratios, not absolute times, across runs")
    problems = report.failures(results)
    for line in problems:
        print(f"bench: FAILED {line}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
