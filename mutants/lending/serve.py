"""`python -m lending.serve`: the app served as `make run` serves it — gunicorn with the project's gunicorn.conf.py
(bind from HOST and PORT, workers from WEB_CONCURRENCY or the cores, access log masked, no Server header). The bench
and the served-app tests start the same command."""

from __future__ import annotations

import os
import sys

from .config import PROJECT_ROOT

GUNICORN_CONFIG = PROJECT_ROOT / "gunicorn.conf.py"


def command(python: str = sys.executable) -> list[str]:
    """The command line that serves the app; run it with the project root as working directory."""
    return [python, "-m", "gunicorn", "--config", str(GUNICORN_CONFIG), "app:app"]


def main() -> None:
    os.chdir(PROJECT_ROOT)
    argv = command()
    os.execv(argv[0], argv)  # gunicorn takes this process: Ctrl-C and signals reach its master directly


if __name__ == "__main__":
    main()
