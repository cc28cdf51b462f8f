"""`python -m bench.sync_profile [--database-url URL] [--top N]`: where a push of 500 mutations and a pull of 1,000
changes spend their time, in process (the Flask test client, no gunicorn, no HTTP): the SQL statements each sends,
grouped by their text, with how many and how long, and cProfile's functions by cumulative and by own time.

A fresh database (a new SQLite file under bench/.work/, or a new schema of the PostgreSQL database given, dropped at
the end), migrated and seeded as the bench's server is; the bench's backlog (bench/scenarios/sync.py) of 150 farmers
(1,500 mutations): the first batch of 500 warms the process up, the second is timed and pushed again (every result
`duplicate`), the third the same under cProfile (which about doubles the time of Python-heavy code); then a pull of
the first 1,000 changes, timed, and again under cProfile.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import re
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import event

from . import PROJECT_ROOT, WORK_DIR
from .scenarios.sync import BATCH, PAGE, PULL_PATH, PUSH_PATH, backlog
from .server import SECRET_KEY, STAFF_PASSWORD, STAFF_PHONE, STAFF_VILLAGE, on_postgres, schema_url

NUMBERS = re.compile(r"\d+")


class Collections:
    """The garbage collector's passes while `on`: how many of each generation, and the seconds they took."""

    def __init__(self):
        self.on, self.count, self.seconds, self._started = False, [0, 0, 0], 0.0, 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if not self.on:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.count[info["generation"]] += 1
            self.seconds += time.perf_counter() - self._started

    def reset(self) -> None:
        self.count, self.seconds = [0, 0, 0], 0.0

    def report(self) -> str:
        return f"gc: {self.count[0]}/{self.count[1]}/{self.count[2]} passes (gen 0/1/2), {self.seconds * 1000:.0f} ms"


class Statements:
    """Every statement the engine sends while `on`: its text with numbers blanked (one group per shape), the count
    and the seconds of each group."""

    def __init__(self, engine):
        self.on = False
        self.count: dict[str, int] = defaultdict(int)
        self.seconds: dict[str, float] = defaultdict(float)
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn, cursor, statement, parameters, context, executemany):
        conn.info["bench.started"] = time.perf_counter()

    def _after(self, conn, cursor, statement, parameters, context, executemany):
        if self.on:
            shape = NUMBERS.sub("N", " ".join(statement.split()))[:150]
            self.count[shape] += 1
            self.seconds[shape] += time.perf_counter() - conn.info.pop("bench.started")

    def report(self, mutations: int, top: int) -> str:
        total, seconds = sum(self.count.values()), sum(self.seconds.values())
        lines = [f"{total} statements, {total / mutations:.1f} a mutation, {seconds:.3f} s in the database driver"]
        for shape in sorted(self.seconds, key=self.seconds.get, reverse=True)[:top]:
            lines.append(f"{self.count[shape]:6d} {self.seconds[shape] * 1000:9.1f} ms  {shape}")
        return "\n".join(lines)

    def reset(self) -> None:
        self.count.clear()
        self.seconds.clear()


def _app(url: str):
    from app import create_app
    from lending.domain.actors import SYSTEM
    from lending.extensions import db
    from lending.migrate import upgrade
    from lending.services import seeding, staff

    upgrade(url)
    app = create_app(
        {"DATABASE_URL": url, "SECRET_KEY": SECRET_KEY, "LOG_LEVEL": "WARNING", "RATELIMIT_ENABLED": False}
    )
    with app.app_context():
        seeding.load(session=db.session, seeds_dir=PROJECT_ROOT / "seeds", farmer_count=0)
        staff.create(session=db.session, actor=SYSTEM, phone=STAFF_PHONE, password=STAFF_PASSWORD, role="agent",
                     name="Bench Agent", villages=[STAFF_VILLAGE])  # fmt: skip
    return app


def profile(url: str, top: int) -> None:
    from lending.extensions import db

    from .scenarios.decisions import _position

    app = _app(url)
    gc.freeze()  # as the served worker does once it has loaded the app (gunicorn.conf.py)
    client = app.test_client()
    token = client.post("/api/v1/auth/login", json={"phone": STAFF_PHONE, "password": STAFF_PASSWORD}).json
    headers = {"Authorization": f"Bearer {token['access_token']}", "X-Agent-Position": _position(STAFF_VILLAGE)}
    mutations = backlog(STAFF_VILLAGE, 3 * BATCH // 10)
    with app.app_context():
        statements = Statements(db.engine)

    collections = Collections()

    def timed(send, count: int, label: str, profiled: bool):
        statements.reset()
        collections.reset()
        statements.on, collections.on = profiled, True
        profiler = cProfile.Profile() if profiled else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        answer = send()
        if profiler:
            profiler.disable()
        seconds = time.perf_counter() - started
        statements.on = collections.on = False
        print(f"\n=== {label}: {count} in {seconds * 1000:.0f} ms ({seconds / count * 1000:.2f} ms each); "
              f"{collections.report()}")  # fmt: skip
        if profiler:
            print(statements.report(count, top))
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            out.write("--- the project's functions by cumulative time\n")
            stats.sort_stats("cumulative").print_stats(r"/(lending|ussd)/", top * 2)
            out.write("--- every function by its own time\n")
            stats.sort_stats("tottime").print_stats(top)
            print(out.getvalue())
        return answer

    def push(batch: list[dict], expected: str, label: str, profiled: bool) -> None:
        body = {"device_id": "profile", "mutations": batch}
        answer = timed(lambda: client.post(PUSH_PATH, json=body, headers=headers), len(batch), label, profiled)
        statuses = {result["status"] for result in answer.json["results"]}
        assert answer.status_code == 200 and statuses == {expected}, (answer.status_code, statuses)

    def pull(label: str, profiled: bool) -> None:
        page = timed(lambda: client.get(f"{PULL_PATH}?limit={PAGE}", headers=headers), PAGE, label, profiled)
        assert page.status_code == 200 and len(page.json["changes"]) == PAGE, page.status_code

    push(mutations[:BATCH], "applied", "warm-up push", profiled=False)
    push(mutations[BATCH : 2 * BATCH], "applied", "push (the apply), not profiled", profiled=False)
    push(mutations[BATCH : 2 * BATCH], "duplicate", "push again (the replay), not profiled", profiled=False)
    push(mutations[2 * BATCH :], "applied", "push (the apply), profiled", profiled=True)
    push(mutations[2 * BATCH :], "duplicate", "push again (the replay), profiled", profiled=True)
    pull("pull of the first 1,000 changes, not profiled", profiled=False)
    pull("pull of the first 1,000 changes, profiled", profiled=True)
    with app.app_context():
        db.engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync_profile", description=__doc__)
    parser.add_argument("--database-url", default="", help="a PostgreSQL database to make a schema in")
    parser.add_argument("--top", type=int, default=20, help="statement groups and functions shown (×2)")
    args = parser.parse_args(argv)
    if args.database_url:
        schema = f"bench_profile_{int(time.time())}"
        on_postgres(args.database_url, f'CREATE SCHEMA "{schema}"')
        try:
            profile(schema_url(args.database_url, schema), args.top)
        finally:
            on_postgres(args.database_url, f'DROP SCHEMA "{schema}" CASCADE')
        return 0
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="profile-", dir=WORK_DIR))
    try:
        profile(f"sqlite:///{work / 'profile.sqlite3'}", args.top)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
