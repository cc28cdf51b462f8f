"""Reading farmer histories in the DESIGN.md §5 JSON Lines format. Pure Python.

A malformed line is reported with its line number and skipped — never silently dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class BadLine:
    line_number: int
    reason: str
mutants_x_parse_lines__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_lines__mutmut)
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


def x_parse_lines__mutmut_orig(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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


def x_parse_lines__mutmut_1(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(None, start=1):
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


def x_parse_lines__mutmut_2(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=None):
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


def x_parse_lines__mutmut_3(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(start=1):
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


def x_parse_lines__mutmut_4(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, ):
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


def x_parse_lines__mutmut_5(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=2):
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


def x_parse_lines__mutmut_6(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=1):
        if line.strip():
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


def x_parse_lines__mutmut_7(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            break
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


def x_parse_lines__mutmut_8(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            farmer = None
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


def x_parse_lines__mutmut_9(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            farmer = json.loads(None)
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


def x_parse_lines__mutmut_10(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            farmer = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(None)
            continue
        if not isinstance(farmer, dict):
            problems.append(BadLine(line_number, "not a JSON object"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_11(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            farmer = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(BadLine(None, f"not JSON: {error.msg} at column {error.colno}"))
            continue
        if not isinstance(farmer, dict):
            problems.append(BadLine(line_number, "not a JSON object"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_12(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            farmer = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(BadLine(line_number, None))
            continue
        if not isinstance(farmer, dict):
            problems.append(BadLine(line_number, "not a JSON object"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_13(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            farmer = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(BadLine(f"not JSON: {error.msg} at column {error.colno}"))
            continue
        if not isinstance(farmer, dict):
            problems.append(BadLine(line_number, "not a JSON object"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_14(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            farmer = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(BadLine(line_number, ))
            continue
        if not isinstance(farmer, dict):
            problems.append(BadLine(line_number, "not a JSON object"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_15(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            farmer = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(BadLine(line_number, f"not JSON: {error.msg} at column {error.colno}"))
            break
        if not isinstance(farmer, dict):
            problems.append(BadLine(line_number, "not a JSON object"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_16(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    """Yield (line_number, farmer) for each good line; append a BadLine to `problems` for each bad one."""
    for line_number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            farmer = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(BadLine(line_number, f"not JSON: {error.msg} at column {error.colno}"))
            continue
        if isinstance(farmer, dict):
            problems.append(BadLine(line_number, "not a JSON object"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_17(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(None)
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_18(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine(None, "not a JSON object"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_19(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine(line_number, None))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_20(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine("not a JSON object"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_21(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine(line_number, ))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_22(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine(line_number, "XXnot a JSON objectXX"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_23(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine(line_number, "not a json object"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_24(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine(line_number, "NOT A JSON OBJECT"))
            continue
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_25(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            break
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_26(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
        if not isinstance(farmer.get("farmer_id"), str) and not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_27(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
        if isinstance(farmer.get("farmer_id"), str) or not farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_28(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
        if not isinstance(farmer.get("farmer_id"), str) or farmer["farmer_id"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_29(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["XXfarmer_idXX"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_30(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
        if not isinstance(farmer.get("farmer_id"), str) or not farmer["FARMER_ID"]:
            problems.append(BadLine(line_number, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_31(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(None)
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_32(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine(None, "farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_33(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine(line_number, None))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_34(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine("farmer_id missing"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_35(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine(line_number, ))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_36(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine(line_number, "XXfarmer_id missingXX"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_37(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            problems.append(BadLine(line_number, "FARMER_ID MISSING"))
            continue
        yield line_number, farmer


def x_parse_lines__mutmut_38(lines: Iterable[str], problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
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
            break
        yield line_number, farmer

mutants_x_parse_lines__mutmut['_mutmut_orig'] = x_parse_lines__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_1'] = x_parse_lines__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_2'] = x_parse_lines__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_3'] = x_parse_lines__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_4'] = x_parse_lines__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_5'] = x_parse_lines__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_6'] = x_parse_lines__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_7'] = x_parse_lines__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_8'] = x_parse_lines__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_9'] = x_parse_lines__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_10'] = x_parse_lines__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_11'] = x_parse_lines__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_12'] = x_parse_lines__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_13'] = x_parse_lines__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_14'] = x_parse_lines__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_15'] = x_parse_lines__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_16'] = x_parse_lines__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_17'] = x_parse_lines__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_18'] = x_parse_lines__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_19'] = x_parse_lines__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_20'] = x_parse_lines__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_21'] = x_parse_lines__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_22'] = x_parse_lines__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_23'] = x_parse_lines__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_24'] = x_parse_lines__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_25'] = x_parse_lines__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_26'] = x_parse_lines__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_27'] = x_parse_lines__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_28'] = x_parse_lines__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_29'] = x_parse_lines__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_30'] = x_parse_lines__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_31'] = x_parse_lines__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_32'] = x_parse_lines__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_33'] = x_parse_lines__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_34'] = x_parse_lines__mutmut_34 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_35'] = x_parse_lines__mutmut_35 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_36'] = x_parse_lines__mutmut_36 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_37'] = x_parse_lines__mutmut_37 # type: ignore # mutmut generated
mutants_x_parse_lines__mutmut['x_parse_lines__mutmut_38'] = x_parse_lines__mutmut_38 # type: ignore # mutmut generated
mutants_x_read_file__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_read_file__mutmut)
def read_file(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="utf-8") as handle:
        yield from parse_lines(handle, problems)


def x_read_file__mutmut_orig(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="utf-8") as handle:
        yield from parse_lines(handle, problems)


def x_read_file__mutmut_1(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(None, encoding="utf-8") as handle:
        yield from parse_lines(handle, problems)


def x_read_file__mutmut_2(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(path, encoding=None) as handle:
        yield from parse_lines(handle, problems)


def x_read_file__mutmut_3(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(encoding="utf-8") as handle:
        yield from parse_lines(handle, problems)


def x_read_file__mutmut_4(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(path, ) as handle:
        yield from parse_lines(handle, problems)


def x_read_file__mutmut_5(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="XXutf-8XX") as handle:
        yield from parse_lines(handle, problems)


def x_read_file__mutmut_6(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="UTF-8") as handle:
        yield from parse_lines(handle, problems)


def x_read_file__mutmut_7(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="utf-8") as handle:
        yield from parse_lines(None, problems)


def x_read_file__mutmut_8(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="utf-8") as handle:
        yield from parse_lines(handle, None)


def x_read_file__mutmut_9(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="utf-8") as handle:
        yield from parse_lines(problems)


def x_read_file__mutmut_10(path: str | Path, problems: list[BadLine]) -> Iterator[tuple[int, dict]]:
    with open(path, encoding="utf-8") as handle:
        yield from parse_lines(handle, )

mutants_x_read_file__mutmut['_mutmut_orig'] = x_read_file__mutmut_orig # type: ignore # mutmut generated
mutants_x_read_file__mutmut['x_read_file__mutmut_1'] = x_read_file__mutmut_1 # type: ignore # mutmut generated
mutants_x_read_file__mutmut['x_read_file__mutmut_2'] = x_read_file__mutmut_2 # type: ignore # mutmut generated
mutants_x_read_file__mutmut['x_read_file__mutmut_3'] = x_read_file__mutmut_3 # type: ignore # mutmut generated
mutants_x_read_file__mutmut['x_read_file__mutmut_4'] = x_read_file__mutmut_4 # type: ignore # mutmut generated
mutants_x_read_file__mutmut['x_read_file__mutmut_5'] = x_read_file__mutmut_5 # type: ignore # mutmut generated
mutants_x_read_file__mutmut['x_read_file__mutmut_6'] = x_read_file__mutmut_6 # type: ignore # mutmut generated
mutants_x_read_file__mutmut['x_read_file__mutmut_7'] = x_read_file__mutmut_7 # type: ignore # mutmut generated
mutants_x_read_file__mutmut['x_read_file__mutmut_8'] = x_read_file__mutmut_8 # type: ignore # mutmut generated
mutants_x_read_file__mutmut['x_read_file__mutmut_9'] = x_read_file__mutmut_9 # type: ignore # mutmut generated
mutants_x_read_file__mutmut['x_read_file__mutmut_10'] = x_read_file__mutmut_10 # type: ignore # mutmut generated
