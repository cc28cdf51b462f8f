"""Reading farmer histories in the DESIGN.md §5 JSON Lines format. Pure Python.

A malformed line is reported with its line number and skipped — never silently dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BadLine:
    line_number: int
    reason: str


def parse_lines(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            farmer = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(BadLine(line_number, f"not JSON: {error.msg} at column {error.colno}"))
            continue
        if not isinstance(farmer, dict):
            problems.append(BadLine(line_number, "not a JSON object"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def read_file(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="utf-8") as handle:
        yield from parse_lines(handle, problems)
