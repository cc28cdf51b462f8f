"""The app served as `make run` serves it (lending/serve.py: gunicorn with gunicorn.conf.py) for tests that talk to
it over real HTTP: `with served_app(database_url, log) as base:` — started on a free port of 127.0.0.1, stopped
(master and workers) when the block ends. `served_process` also gives the gunicorn master's process (its own process
group, with its workers), for tests that kill it."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from time_machine import escape_hatch

from lending import serve
from tests.clocked_serve import CLOCK, clock_value
from tests.conftest import SECRET


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (OSError, urllib.error.HTTPError):
        return False


@contextlib.contextmanager
def served_app(database_url: str, log: Path, *, workers: int = 2, **env: str):
    with served_process(database_url, log, workers=workers, **env) as (base, _):
        yield base


def ready(base: str, *, server: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    """Wait until the server at `base` answers /readyz (a worker is up), or fail with the end of its log."""
    deadline = time.monotonic() + seconds
    while not _ready(f"{base}/readyz"):
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the server did not start:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.1)


def _command_and_clock() -> tuple[list[str], dict[str, str]]:
    """The command that serves the app, and the environment it needs besides: under `--clock` (the session's clock
    moved by time-machine, which a subprocess does not share) gunicorn is started by tests/clocked_serve.py with the
    session's clock handed over, so the server reads the same moment as the test."""
    command = serve.command()
    if not escape_hatch.is_travelling():
        return command, {}
    gunicorn_args = command[command.index("gunicorn") + 1 :]
    clocked = [command[0], "-m", "tests.clocked_serve", *gunicorn_args]
    return clocked, {CLOCK: clock_value(dt.datetime.now(dt.UTC), escape_hatch.time.time())}


@contextlib.contextmanager
def served_process(database_url: str, log: Path, *, workers: int = 2, **env: str):
    """`served_app` yielding (base, the gunicorn master's Popen); the master leads its own process group."""
    port = free_port()
    command, clock = _command_and_clock()
    environment = {
        **os.environ,
        **clock,
        "DATABASE_URL": database_url,
        "SECRET_KEY": SECRET,
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": str(workers),
        "LOG_LEVEL": "INFO",
        **env,
    }
    with open(log, "wb") as output:
        server = subprocess.Popen(
            command,
            cwd=serve.PROJECT_ROOT,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        ready(base, server=server, log=log)
        yield base, server
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)  # its own session: the master and its workers
            server.wait(timeout=5)


@contextlib.contextmanager
def served_on_its_own_database(directory: Path, *, workers: int = 1):
    """`served_app` on a fresh, migrated SQLite database in `directory` (its log beside it), quiet but for access."""
    from lending.migrate import upgrade

    url = f"sqlite:///{directory / 'served.sqlite3'}"
    upgrade(url)
    with served_app(url, directory / "server.log", workers=workers, LOG_LEVEL="WARNING") as base:
        yield base
