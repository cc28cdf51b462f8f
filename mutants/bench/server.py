"""The app as production serves it: a fresh database, migrated, one staff account, gunicorn on 127.0.0.1. The
database is a new SQLite file, or, given a PostgreSQL URL (BENCH_DATABASE_URL), a new schema in that database,
dropped at the end."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from lending import serve

from . import PROJECT_ROOT, WORK_DIR

HOST = "127.0.0.1"  # the bench never loads anything but this machine
SECRET_KEY = "bench-secret-key-fixed-so-every-worker-signs-alike-0123456789"
STAFF_PHONE = "+8613900009999"
STAFF_PASSWORD = "bench-password-1"
STAFF_VILLAGE = "340123104"
NEVER_LIMITED = "100000000 per minute"


class ServerFailed(RuntimeError):
    """Preparing or starting the served app failed; the message carries its output."""


def executable(name: str) -> Path:
    """A tool of the virtualenv running the bench (`make bench` runs .venv/bin/python)."""
    path = Path(sys.executable).parent / name
    if not path.exists():
        raise ServerFailed(f"{path} not found: run the bench with the project's virtualenv (`make bench`).")
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class Server:
    """`with Server(workers=2) as server:` — serves on server.base_url; stops gunicorn and all its workers on exit."""

    def __init__(self, *, workers: int, token_minutes: int, keep: bool = False, postgres_url: str | None = None):
        self.workers = workers
        self.token_minutes = token_minutes
        self.keep = keep
        self.process: subprocess.Popen | None = None
        WORK_DIR.mkdir(parents=True, exist_ok=True)
        self.work_dir = Path(tempfile.mkdtemp(prefix="run-", dir=WORK_DIR))
        self.postgres_url = postgres_url
        if postgres_url:
            self.schema: str | None = f"bench_{uuid.uuid4().hex[:10]}"
            self.database_url = schema_url(postgres_url, self.schema)
            self.database = f"PostgreSQL schema {self.schema} of {_hide_password(postgres_url)}"
        else:
            self.schema = None
            self.database_url = f"sqlite:///{self.work_dir / 'bench.sqlite3'}"  # absolute path → four slashes
            self.database = str(self.work_dir / "bench.sqlite3")
        self.log_path = self.work_dir / "gunicorn.log"
        self.port = free_port()
        self.base_url = f"http://{HOST}:{self.port}"

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "MODELS_DIR": str(self.work_dir / "models"),
            "SECRET_KEY": SECRET_KEY,
            "LOG_LEVEL": "WARNING",
            # an access token must outlive the longest scenario, or a long run turns into a run of 401s
            "ACCESS_TOKEN_MINUTES": str(self.token_minutes),
            # every request still goes through the rate limiter (its cost is measured), but from 127.0.0.1 the
            # load tool would trip the real limits in a second
            **{name: NEVER_LIMITED for name in ("RATE_LIMIT_IP", "RATE_LIMIT_SIGN_IN", "RATE_LIMIT_AGENT")},
        }

    def __enter__(self) -> Server:
        try:
            if self.schema:
                on_postgres(self.postgres_url, f'CREATE SCHEMA "{self.schema}"')
            self._flask("db", "upgrade")
            self._flask("seed", "--farmers", "0")  # villages, products (and the demo staff)
            self._flask(
                "users",
                "create",
                "--role",
                "agent",
                "--phone",
                STAFF_PHONE,
                "--password",
                STAFF_PASSWORD,
                "--village",
                STAFF_VILLAGE,
                "--name",
                "Bench Agent",
            )  # an agent covers known villages
            self._flask("model", "ensure")  # a model trained on seeds/farmers.jsonl, promoted
            self._start()
        except BaseException:
            self.stop(failed=True)
            raise
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        # keep the log of a failure to read it; an interruption is no failure of the server
        self.stop(failed=exc_type is not None and not issubclass(exc_type, (KeyboardInterrupt, SystemExit)))

    def _flask(self, *args: str) -> None:
        command = [str(executable("flask")), "--app", "app", *args]
        done = subprocess.run(
            command,
            cwd=PROJECT_ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        if done.returncode != 0:
            raise ServerFailed(
                f"`flask --app app {' '.join(args[:2])}` failed ({done.returncode}):\n{done.stdout}{done.stderr}"
            )

    def _start(self) -> None:
        # as `make run` serves (lending/serve.py, gunicorn.conf.py); the access log goes to the server log
        command = serve.command(str(executable("python")))
        env = {**self.env, "HOST": HOST, "PORT": str(self.port), "WEB_CONCURRENCY": str(self.workers)}
        with open(self.log_path, "wb") as log:
            # its own session: a Ctrl-C at the terminal reaches the bench, which then stops the server in order
            self.process = subprocess.Popen(
                command,
                cwd=PROJECT_ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._wait_ready(timeout=60)

    def _wait_ready(self, *, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerFailed(f"gunicorn exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/readyz", timeout=2) as response:
                    if response.status == 200:
                        return
            except (OSError, urllib.error.HTTPError):
                pass  # not listening yet, or the database not ready: ask again
            time.sleep(0.1)
        raise ServerFailed(f"/readyz did not answer 200 within {timeout:.0f}s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    def stop(self, *, failed: bool = False) -> None:
        """Stop gunicorn gracefully, then make sure nothing of its process group is left; tidy the work dir."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # SIGTERM: the master stops its workers, then itself
            try:
                self.process.wait(timeout=15)  # gunicorn's master reaps its workers before it exits
            except subprocess.TimeoutExpired:
                # still alive, so its pid still names the group: kill the master and every worker at once
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        if failed or self.keep:
            print(f"bench: server files kept in {self.work_dir}", file=sys.stderr)
            if self.schema:
                print(f"bench: database kept: {self.database}", file=sys.stderr)
        else:
            shutil.rmtree(self.work_dir, ignore_errors=True)
            if self.schema:
                try:
                    on_postgres(self.postgres_url, f'DROP SCHEMA IF EXISTS "{self.schema}" CASCADE')
                except ServerFailed as error:
                    print(f"bench: could not drop the schema: {error}", file=sys.stderr)


def schema_url(postgres_url: str, schema: str) -> str:
    """`postgres_url` with every connection's search path set to `schema` (as the tests' PostgreSQL databases)."""
    from sqlalchemy.engine import make_url

    url = make_url(postgres_url).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


def _hide_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def on_postgres(url: str, statement: str) -> str | None:
    """Run one statement on the PostgreSQL database of `url`; the first column of its first row, if any."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            result = connection.execute(text(statement))
            return result.scalar() if result.returns_rows else None
    except Exception as error:  # unreachable, wrong password, no such database: say which, with no traceback
        raise ServerFailed(f"PostgreSQL at {_hide_password(url)}: {type(error).__name__}: {error}") from None
    finally:
        engine.dispose()


def postgres_version(url: str) -> str:
    return f"PostgreSQL {on_postgres(url, 'SHOW server_version')}"
