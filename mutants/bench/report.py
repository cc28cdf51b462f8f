"""Results: medians over rounds, each scenario's p50 divided by its floor's; results.json and the printed table."""

from __future__ import annotations

import json
from pathlib import Path
from statistics import median

from .load import Measurement

COLUMNS = ("scenario", "p50 ms", "p99 ms", "req/s", "n", "floor", "ratio", "errors")


def summarise(rounds: dict[str, list[Measurement]], floors: dict[str, str | None]) -> dict[str, dict]:
    """scenario → {p50_ms, p99_ms, throughput_per_s, n, floor, ratio_p50, errors[, steps][, totals]}; n and errors
    are totals over the rounds, a total of one round (`totals`) the median of the rounds'."""
    results = {}
    for name, measurements in rounds.items():
        results[name] = {
            "p50_ms": round(median(m.p50_ms for m in measurements), 3),
            "p99_ms": round(median(m.p99_ms for m in measurements), 3),
            "throughput_per_s": round(median(m.throughput_per_s for m in measurements), 1),
            "n": sum(m.n for m in measurements),
            "floor": floors[name],
            "ratio_p50": None,
            "errors": sum(m.errors for m in measurements),
        }
        if measurements[0].steps:
            results[name]["steps"] = _steps([m.steps for m in measurements])
        if measurements[0].totals:
            results[name]["totals"] = {
                key: median(m.totals[key] for m in measurements) for key in measurements[0].totals
            }
    for result in results.values():
        floor = results.get(result["floor"]) if result["floor"] else result
        if floor and floor["p50_ms"]:
            result["ratio_p50"] = round(result["p50_ms"] / floor["p50_ms"], 2)
    return results


def _steps(rounds: list[dict[str, dict]]) -> dict[str, dict]:
    """Per step, as for a scenario: medians of the rounds' p50 and p99, n a total."""
    names = dict.fromkeys(name for steps in rounds for name in steps)
    return {
        name: {
            "p50_ms": round(median(steps[name]["p50_ms"] for steps in rounds if name in steps), 3),
            "p99_ms": round(median(steps[name]["p99_ms"] for steps in rounds if name in steps), 3),
            "n": sum(steps[name]["n"] for steps in rounds if name in steps),
        }
        for name in names
    }


def write(path: Path, results: dict[str, dict], meta: dict) -> None:
    path.write_text(json.dumps({**results, "_meta": meta}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _cells(name: str, result: dict) -> tuple[str, ...]:
    ratio = result["ratio_p50"]
    errors = result["errors"]
    return (
        name,
        f"{result['p50_ms']:.2f}",
        f"{result['p99_ms']:.2f}",
        f"{result['throughput_per_s']:.1f}",
        str(result["n"]),
        result["floor"] or "-",
        "-" if ratio is None else f"{ratio:.2f}",
        f"{errors} FAILED" if errors else "0",
    )


def table(results: dict[str, dict]) -> str:
    """An aligned text table: names left, numbers right."""
    rows = [COLUMNS, *(_cells(name, result) for name, result in results.items())]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    left = {0, 5}  # scenario and floor are names
    lines = [
        "  ".join(cell.ljust(widths[i]) if i in left else cell.rjust(widths[i]) for i, cell in enumerate(row))
        for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines)


def failures(results: dict[str, dict]) -> list[str]:
    """One line per scenario whose figures include failed requests (non-2xx, socket errors, timeouts)."""
    return [
        f"{name}: {result['errors']} failed requests (non-2xx answers, socket errors, timeouts) beside "
        f"{result['n']} completed; its figures do not measure the path it names"
        for name, result in results.items()
        if result["errors"]
    ]
