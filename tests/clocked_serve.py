"""`python -m tests.clocked_serve ARGS...`: gunicorn with ARGS, its clock moved as the test session's is (`--clock`).

The served-app tests (tests/served.py) start this instead of gunicorn when the session's clock is moved: the server
is another process, and time-machine only moves the clock of the process it runs in. AGRILEND_TEST_CLOCK is
"MOMENT@REAL": at the real time REAL (seconds since the epoch) the session's clock read MOMENT (ISO 8601), so the
server's clock reads MOMENT + (now − REAL) and ticks on: the same moment as the session's, whenever it starts. The
travel starts before gunicorn, so the master and the workers it forks read the same clock (gunicorn's worker
heartbeat uses time.monotonic, which time-machine leaves alone). Only tests start this; lending/ never reads it."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time

import time_machine

CLOCK = "AGRILEND_TEST_CLOCK"


def clock_value(moment: dt.datetime, real: float) -> str:
    """The AGRILEND_TEST_CLOCK for a session whose clock read `moment` at the real time `real`."""
    return f"{moment.isoformat()}@{real!r}"


def moment_now(value: str, real_now: float) -> dt.datetime:
    """The session's clock at the real time `real_now`, from an AGRILEND_TEST_CLOCK value."""
    moment, real = value.rsplit("@", 1)
    return dt.datetime.fromisoformat(moment) + dt.timedelta(seconds=real_now - float(real))


def main() -> None:
    time_machine.travel(moment_now(os.environ[CLOCK], time.time()), tick=True).start()
    from gunicorn.app.wsgiapp import run

    sys.argv = ["gunicorn", *sys.argv[1:]]
    run()


if __name__ == "__main__":
    main()
