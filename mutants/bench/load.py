"""Load with wrk: find (or install) it, run one bounded test, read its --latency report."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

INSTALL_HINT = (
    "wrk (the HTTP load tool) is not installed. Install it with `sudo apt-get install wrk` on "
    "Debian/Ubuntu or `brew install wrk` on macOS, then run `make bench` again."
)


class LoadFailed(RuntimeError):
    """wrk is missing, failed, or printed a report the bench cannot read."""


@dataclass(frozen=True)
class LoadSettings:
    threads: int
    connections: int
    duration: str  # as wrk takes it: "10s", "1m"
    timeout: str

    def wrk_args(self, duration: str | None = None) -> list[str]:
        return [
            f"-t{self.threads}",
            f"-c{self.connections}",
            f"-d{duration or self.duration}",
            "--timeout",
            self.timeout,
            "--latency",
        ]


@dataclass(frozen=True)
class Measurement:
    p50_ms: float
    p99_ms: float
    throughput_per_s: float
    n: int
    non_2xx: int
    socket_errors: int
    steps: dict[str, dict] | None = None  # a driven scenario's figures per kind of request: {p50_ms, p99_ms, n}
    totals: dict[str, float] | None = None  # a driven scenario's figures of the whole round (sync: seconds to apply)

    @property
    def errors(self) -> int:
        return self.non_2xx + self.socket_errors


def _apt_get(*args: str) -> bool:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(["apt-get", *args], env=env, stdin=subprocess.DEVNULL).returncode == 0


def find_wrk() -> str:
    """The wrk on PATH; as root on Debian, install the package first (refreshing the lists only if needed)."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("bench: wrk not found; installing the Debian package wrk")
        # a stale package list is the usual reason a plain install fails; update only then, it is slow
        if not _apt_get("install", "-y", "wrk"):
            _apt_get("update")
            _apt_get("install", "-y", "wrk")
        found = shutil.which("wrk")
        if found:
            return found
    raise LoadFailed(INSTALL_HINT)


def wrk_version(wrk: str) -> str:
    done = subprocess.run([wrk, "-v"], capture_output=True, text=True)  # prints its banner, then exits 1
    banner = (done.stdout or done.stderr).strip()
    return banner.splitlines()[0] if banner else "unknown"


def command(wrk: str, settings: LoadSettings, url: str, script: Path | None, duration: str | None = None) -> list[str]:
    return [wrk, *settings.wrk_args(duration), *(["-s", str(script)] if script else []), url]


def show(argv: list[str]) -> str:
    return shlex.join(argv)


def run(argv: list[str], env: dict[str, str]) -> Measurement:
    """Run wrk once (its Lua script reads `env`) and read the report it prints."""
    done = subprocess.run(argv, env={**os.environ, **env}, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise LoadFailed(f"`{show(argv)}` failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return parse(done.stdout)


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def _milliseconds(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m|h)", text).groups()
    return float(number) * _UNITS_MS[unit]


def parse(report: str) -> Measurement:
    """Read p50, p99, Requests/sec, request count and error counts from wrk's --latency report."""
    try:
        p50 = re.search(r"^\s*50(?:\.0+)?%\s+(\S+)", report, re.M).group(1)
        p99 = re.search(r"^\s*99(?:\.0+)?%\s+(\S+)", report, re.M).group(1)
        throughput = float(re.search(r"^Requests/sec:\s+([\d.]+)", report, re.M).group(1))
        n = int(re.search(r"^\s*(\d+) requests in ", report, re.M).group(1))
    except (AttributeError, ValueError) as error:
        raise LoadFailed(f"cannot read wrk's report ({error}):\n{report}") from None
    # both lines appear only when there is something to count
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", report)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", report)
    return Measurement(
        p50_ms=_milliseconds(p50),
        p99_ms=_milliseconds(p99),
        throughput_per_s=throughput,
        n=n,
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=sum(map(int, sockets.groups())) if sockets else 0,
    )
